"""The project's URLs plus ``/bench/ceiling/``: the cheapest Django view through the same stack.

Its requests/s is the ceiling every real page is compared with: same
gunicorn, same middleware, no template, no query.
"""

from django.http import HttpResponse
from django.urls import include, path

from newsroom import urls as project_urls


def ceiling(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("bench/ceiling/", ceiling, name="bench-ceiling"),
    path("", include(project_urls)),
]

# Keep the project's error views, if it defines any.
for _name in ("handler400", "handler403", "handler404", "handler500"):
    if hasattr(project_urls, _name):
        globals()[_name] = getattr(project_urls, _name)
