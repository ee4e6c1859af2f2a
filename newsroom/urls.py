from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.templatetags.static import static as static_url
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView, TemplateView

from articles.sitemaps import SITEMAPS, NewsSitemap
from newsroom.login_limits import RateLimitedAdminAuthenticationForm


class FaviconView(RedirectView):
    """/favicon.ico for clients that ask for it without reading the page's icon links."""

    permanent = True

    def get_redirect_url(self, *args, **kwargs):
        return static_url("img/favicon-32.png")


admin.site.login_form = RateLimitedAdminAuthenticationForm
admin.site.site_header = _("Redacción · Administración")
admin.site.site_title = _("Redacción")
admin.site.index_title = _("Contenido de la redacción")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("articles.api_urls")),
    path("feeds/", include("articles.feed_urls")),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-news.xml",
        sitemap_views.sitemap,
        {"sitemaps": {"news": NewsSitemap}, "template_name": "articles/sitemap_news.xml"},
        name="sitemap-news",
    ),
    path(
        "sitemap-<str:section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path(
        "manifest.webmanifest",
        TemplateView.as_view(
            template_name="manifest.webmanifest", content_type="application/manifest+json"
        ),
        name="manifest",
    ),
    path("favicon.ico", FaviconView.as_view(), name="favicon"),
    path("", include("media.urls")),
    path("", include("people.urls")),
    path("", include("articles.urls")),
]
# Uploaded images: Django serves them only in DEBUG (static() is empty otherwise);
# production serves MEDIA_URL from the web server or object storage.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
