from django.urls import path

from people import views

app_name = "people"
urlpatterns = [
    path("autores/<str:slug>/", views.AuthorView.as_view(), name="author"),
    path("funcionarios/<str:slug>/", views.OfficialView.as_view(), name="official"),
    path("instituciones/<str:slug>/", views.InstitutionView.as_view(), name="institution"),
]
