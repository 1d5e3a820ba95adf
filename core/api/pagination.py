"""Page-number pagination whose page size the client may choose, within a cap."""

from rest_framework.pagination import PageNumberPagination


class PageNumberPaginationWithSize(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 200
