from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("articles.api_urls")),
    path("", include("people.urls")),
    path("", include("articles.urls")),
]
