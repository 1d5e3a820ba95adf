"""The admin speaks Vietnamese (English can be chosen and is remembered); the API keeps one language, English.

Django's LocaleMiddleware would also translate the API's error messages for whoever sends
Accept-Language; clients read those messages, so only the admin follows the curator's choice.
"""

from django.conf import settings
from django.utils import translation


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = settings.LANGUAGE_CODE
        if request.path.startswith("/admin/"):
            chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
            language = chosen if chosen in dict(settings.LANGUAGES) else settings.ADMIN_LANGUAGE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
