from django.urls import path, re_path

from articles import views

app_name = "articles"
# Slugs are matched as <str:> so that an imported slug with accents still resolves.
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articulos/", views.ArticleListView.as_view(), name="list"),
    path("articulos/<str:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("seccion/<str:slug>/", views.SectionView.as_view(), name="section"),
    path("temas/", views.TagIndexView.as_view(), name="tags"),
    path("temas/<str:slug>/", views.TagView.as_view(), name="tag"),
    path("buscar/", views.SearchView.as_view(), name="search"),
    path("archivo/", views.ArchiveIndexView.as_view(), name="archive"),
    re_path(r"^archivo/(?P<year>[0-9]{4})/$", views.ArchiveYearView.as_view(), name="archive-year"),
    re_path(
        r"^archivo/(?P<year>[0-9]{4})/(?P<month>0[1-9]|1[0-2])/$",
        views.ArchiveMonthView.as_view(),
        name="archive-month",
    ),
]
