"""The read-only JSON API under /api/ (namespace "api")."""

from django.urls import path

from articles import api as article_api
from people import api as people_api

app_name = "api"
urlpatterns = [
    path("articles/", article_api.article_list, name="article-list"),
    path("articles/<str:slug>/", article_api.article_detail, name="article-detail"),
    path("officials/", people_api.official_list, name="official-list"),
    path("officials/<str:slug>/", people_api.official_detail, name="official-detail"),
    path("institutions/", people_api.institution_list, name="institution-list"),
    path("institutions/<str:slug>/", people_api.institution_detail, name="institution-detail"),
]
