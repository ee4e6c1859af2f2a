"""Feed URLs under /feeds/ (namespace "feeds"): RSS and Atom for every scope."""

from django.urls import path

from articles import feeds

app_name = "feeds"


def _both(prefix: str, feed_class, name: str) -> list:
    return [
        path(f"{prefix}rss/", feed_class(), name=f"{name}-rss"),
        path(f"{prefix}atom/", feed_class(atom=True), name=f"{name}-atom"),
    ]


urlpatterns = [
    *_both("", feeds.ArticleFeed, "site"),
    *_both("seccion/<str:slug>/", feeds.SectionFeed, "section"),
    *_both("autores/<str:slug>/", feeds.AuthorFeed, "author"),
    *_both("temas/<str:slug>/", feeds.TagFeed, "tag"),
    *_both("funcionarios/<str:slug>/", feeds.OfficialFeed, "official"),
    *_both("instituciones/<str:slug>/", feeds.InstitutionFeed, "institution"),
]
