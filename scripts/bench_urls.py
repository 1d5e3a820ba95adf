"""The service's URLs and the read bench's floors: a bare JSON view and a bare one-SELECT view (Django alone),
and the same SELECT through Django REST framework with the service's key check, request budget and renderer,
once as a plain response and once as a paginated list of a three-field serializer (a count and a page)."""

from django.http import JsonResponse
from django.urls import path
from rest_framework import generics, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from config.urls import urlpatterns as service_urlpatterns


def _latest_conferences():
    from meetings.models import Conference

    return Conference.objects.order_by("-id")


def bare_json(request):
    return JsonResponse({"results": []})


def bare_select(request):
    return JsonResponse({"results": list(_latest_conferences().values("id", "name", "date")[:20])})


class BareDrfSelect(APIView):
    def get(self, request):
        return Response({"results": list(_latest_conferences().values("id", "name", "date")[:20])})


class BenchConferenceRowSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    date = serializers.DateField()


class BareDrfList(generics.ListAPIView):
    serializer_class = BenchConferenceRowSerializer

    def get_queryset(self):
        return _latest_conferences().only("id", "name", "date")


urlpatterns = [
    path("bench/bare-json/", bare_json),
    path("bench/bare-select/", bare_select),
    path("bench/bare-drf/", BareDrfSelect.as_view()),
    path("bench/bare-drf-list/", BareDrfList.as_view()),
    *service_urlpatterns,
]
