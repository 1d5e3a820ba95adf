"""Page-number pagination whose page size the client may choose, within a cap."""

from rest_framework.pagination import PageNumberPagination


class PageNumberPaginationWithSize(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 200
    invalid_page_message = "There is no page {page_number} of this list: pages are numbered from 1 ({message})."
