"""The service's URLs and two floors for the read bench: a bare JSON view and a bare one-SELECT view."""

from django.http import JsonResponse
from django.urls import path

from config.urls import urlpatterns as service_urlpatterns


def bare_json(request):
    return JsonResponse({"results": []})


def bare_select(request):
    from meetings.models import Conference

    return JsonResponse({"results": list(Conference.objects.order_by("-id").values("id", "name", "date")[:20])})


urlpatterns = [path("bench/bare-json/", bare_json), path("bench/bare-select/", bare_select), *service_urlpatterns]
