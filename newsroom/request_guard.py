"""Refuse requests that carry NUL characters, before anything reads the database.

PostgreSQL does not accept NUL (``\\x00``) in text parameters, so a NUL in a
slug, a query parameter, a form field or the session cookie made the query
fail with a 500. No legitimate request carries one: the guard answers 400
with a short Spanish message (JSON under /api/, the site's error page
elsewhere). It goes first in MIDDLEWARE.
"""

from django.http import HttpResponseBadRequest, JsonResponse
from django.template import loader
from django.utils.translation import gettext

NUL = "\x00"
API_PREFIX = "/api/"


def _has_nul(values) -> bool:
    return any(NUL in value for value in values)


def carries_nul(request) -> bool:
    """Whether the path, a GET or POST parameter (name or value) or a cookie holds NUL."""
    if NUL in request.path_info or NUL in request.path:
        return True
    for params in (request.GET, request.COOKIES):
        if _has_nul(params) or _has_nul(_values(params)):
            return True
    if request.method == "POST" and request.content_type in {
        "application/x-www-form-urlencoded",
        "multipart/form-data",
    }:
        return _has_nul(request.POST) or _has_nul(_values(request.POST))
    return False


def _values(params):
    if hasattr(params, "lists"):
        return (value for _, values in params.lists() for value in values)
    return params.values()


def bad_request(request, message: str):
    if request.path.startswith(API_PREFIX):
        return JsonResponse(
            {"detail": message}, status=400, json_dumps_params={"ensure_ascii": False}
        )
    body = loader.render_to_string("400.html", {"message": message})
    return HttpResponseBadRequest(body)


class RejectNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if carries_nul(request):
            return bad_request(request, gettext("Solicitud no válida: contiene caracteres nulos."))
        return self.get_response(request)
