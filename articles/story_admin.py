"""The admin side of "Otras versiones": the panel, "Separar" and "Agrupar como versiones".

A mixin for ``ArticleAdmin``: the logic is in ``articles/story_grouping.py``;
here only permissions, messages and redirects. Changing a group changes what
readers see on every article of it, so an editor needs change permission on
every article involved (a reporter never can, but on their own drafts).
"""

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from articles import story_grouping
from articles.models import Article
from articles.story_models import StoryVersion


class StoryVersionsAdminMixin:
    """Adds the "Otras versiones" panel, its split view and the join action."""

    story_versions_fields = ["story_versions"]

    def may_regroup(self, request, articles) -> bool:
        return request.user.has_perm("articles.change_article") and all(
            self.has_change_permission(request, article) for article in articles
        )

    def _group_of(self, article) -> list[Article]:
        version = StoryVersion.objects.filter(article=article).first()
        if version is None or version.group_id is None:
            return []
        return list(
            Article.objects.filter(story__group_id=version.group_id)
            .exclude(pk=article.pk)
            .select_related("story")
            .order_by("published_at", "id")
        )

    @admin.display(description=_("Otras versiones"))
    def story_versions(self, article):
        if article is None or article.pk is None:
            return "—"
        others = self._group_of(article)
        if not others:
            return _("Ninguna: esta nota no está agrupada con otras versiones.")
        rows = format_html_join(
            "",
            '<li><a href="{}">{}</a> · {} · {}</li>',
            (
                (
                    reverse("admin:articles_article_change", args=[other.pk]),
                    other.title,
                    story_grouping.outlet(other) or "—",
                    other.get_status_display(),
                )
                for other in others
            ),
        )
        split_url = reverse("admin:articles_article_story_split", args=[article.pk])
        return format_html(
            '<ul class="story-versions">{}</ul>'
            '<button type="submit" class="button" formaction="{}" formmethod="post" '
            'formnovalidate name="_story_split">{}</button> <span class="help">{}</span>',
            rows,
            split_url,
            _("Separar"),
            _("Quita esta nota del grupo; el reagrupamiento automático la deja aparte."),
        )

    def story_split_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        article = get_object_or_404(Article, pk=unquote(object_id))
        if not self.may_regroup(request, [article, *self._group_of(article)]):
            raise PermissionDenied
        story_grouping.split(article, user=request.user)
        self.message_user(request, _("La nota se separó de sus otras versiones."), messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))

    @admin.action(description=_("Agrupar como versiones"), permissions=["change"])
    def group_as_versions(self, request, queryset):
        articles = list(queryset[:50])
        if len(articles) < 2:
            self.message_user(
                request, _("Elige al menos dos notas para agruparlas."), messages.WARNING
            )
            return None
        involved = list(articles)
        for article in articles:
            involved += self._group_of(article)
        if not self.may_regroup(request, involved):
            raise PermissionDenied
        story_grouping.join(articles, user=request.user)
        count = len(articles)
        self.message_user(
            request,
            ngettext(
                "%d nota agrupada como versiones de una historia.",
                "%d notas agrupadas como versiones de una historia.",
                count,
            )
            % count,
            messages.SUCCESS,
        )
        return None

    def story_urls(self):
        return [
            path(
                "<path:object_id>/versiones/separar/",
                self.admin_site.admin_view(self.story_split_view),
                name="articles_article_story_split",
            )
        ]
