"""The site's URLs plus MEDIA_URL served from MEDIA_ROOT, as the web server does in
production (docs/deployment.md), so tests can fetch a rendition's address."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from newsroom.urls import urlpatterns as site_urlpatterns


def media_file(request, path):
    # MEDIA_ROOT is read per request: each test has its own (tests/media/conftest.py).
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    re_path(r"^{}(?P<path>.*)$".format(settings.MEDIA_URL.lstrip("/")), media_file),
    *site_urlpatterns,
]
