from django.urls import path

from people import views

app_name = "people"
urlpatterns = [
    path("autores/", views.AuthorIndexView.as_view(), name="authors"),
    path("funcionarios/", views.OfficialIndexView.as_view(), name="officials"),
    path("instituciones/", views.InstitutionIndexView.as_view(), name="institutions"),
    path("autores/<str:slug>/", views.AuthorView.as_view(), name="author"),
    path("funcionarios/<str:slug>/", views.OfficialView.as_view(), name="official"),
    path("instituciones/<str:slug>/", views.InstitutionView.as_view(), name="institution"),
]
