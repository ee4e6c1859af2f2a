from django.urls import path

from media import views

app_name = "media"

urlpatterns = [
    path("imagenes/<int:pk>/", views.image_redirect, name="image"),
]
