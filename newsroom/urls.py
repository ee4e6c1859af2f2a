from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from newsroom.login_limits import RateLimitedAdminAuthenticationForm

admin.site.login_form = RateLimitedAdminAuthenticationForm
admin.site.site_header = _("Redacción · Administración")
admin.site.site_title = _("Redacción")
admin.site.index_title = _("Contenido de la redacción")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("articles.api_urls")),
    path("", include("people.urls")),
    path("", include("articles.urls")),
]
