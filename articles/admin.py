import taggit.admin
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models, router, transaction
from django.db.models import Exists, OuterRef, Prefetch
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin
from taggit.models import Tag

from articles import workflow
from articles.admin_forms import ArticleAdminForm
from articles.admin_pagination import EstimatedCountPaginator
from articles.models import (
    Article,
    ArticleAuthor,
    Correction,
    InstitutionMention,
    OfficialMention,
    Section,
)
from articles.revisions import compare_revisions
from articles.search import search_articles
from people.models import EntityStatus

# Written by the importer; editors read them.
IMPORT_RECORD_FIELDS = [
    "source_file",
    "source_format",
    "content_hash",
    "imported_at",
    "edited_since_import",
    "created_by",
    "created_at",
    "updated_at",
]


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    extra = 0
    autocomplete_fields = ["author"]
    fields = ["author", "position"]


class OfficialMentionInline(admin.TabularInline):
    model = OfficialMention
    extra = 0
    autocomplete_fields = ["official", "institution"]
    fields = ["official", "role", "institution", "count", "snippet", "manual"]
    readonly_fields = ["count", "snippet"]


class InstitutionMentionInline(admin.TabularInline):
    model = InstitutionMention
    extra = 0
    autocomplete_fields = ["institution"]
    fields = ["institution", "count", "snippet", "manual"]
    readonly_fields = ["count", "snippet"]


class CorrectionInline(admin.StackedInline):
    model = Correction
    extra = 0
    fields = ["corrected_at", "text"]


class UnresolvedMentionsFilter(admin.SimpleListFilter):
    title = _("menciones por revisar")
    parameter_name = "por_revisar"

    def lookups(self, request, model_admin):
        return [("1", _("Con funcionarios sin verificar")), ("0", _("Sin pendientes"))]

    def queryset(self, request, queryset):
        if self.value() in {"0", "1"}:
            return queryset.filter(has_unresolved_mentions=self.value() == "1")
        return queryset


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    form = ArticleAdminForm
    list_display = [
        "title",
        "section",
        "byline",
        "status",
        "published_at",
        "source_format",
        "edited_since_import",
        "unresolved_mentions",
    ]
    list_filter = [
        "status",
        "section",
        "source_format",
        "source",
        "authors",
        "edited_since_import",
        UnresolvedMentionsFilter,
    ]
    list_select_related = ["section"]
    search_fields = ["title", "body"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    list_per_page = 50
    actions = ["publish", "unpublish"]
    inlines = [
        ArticleAuthorInline,
        OfficialMentionInline,
        InstitutionMentionInline,
        CorrectionInline,
    ]
    object_history_template = "admin/articles/article/object_history.html"
    # A bare address typed by an editor means https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = IMPORT_RECORD_FIELDS
    fieldsets = [
        (None, {"fields": ["title", "slug", "deck", "highlights", "body", "loaded_version"]}),
        (
            _("Publicación"),
            {"fields": ["status", "published_at", "section", "location", "source", "tags"]},
        ),
        (_("Multimedia"), {"fields": ["lead_image_url", "lead_image_credit", "media_links"]}),
        (
            _("Importación"),
            {
                "classes": ["collapse"],
                "fields": IMPORT_RECORD_FIELDS,
            },
        ),
    ]

    def get_queryset(self, request):
        queryset = (
            super()
            .get_queryset(request)
            .annotate(
                has_unresolved_mentions=Exists(
                    OfficialMention.objects.filter(
                        article=OuterRef("pk"), official__status=EntityStatus.DISCOVERED
                    )
                )
            )
            .prefetch_related(
                Prefetch(
                    "article_authors",
                    queryset=ArticleAuthor.objects.select_related("author").order_by("position"),
                )
            )
        )
        return workflow.editable_by(request.user, queryset)

    def get_search_results(self, request, queryset, search_term):
        """The site's search engine (articles.search), drafts included; never duplicates."""
        if not search_term.strip():
            return queryset, False
        return search_articles(search_term, queryset=queryset), False

    @admin.display(description=_("autores"))
    def byline(self, article):
        return ", ".join(author.name for author in article.ordered_authors())

    @admin.display(description=_("por revisar"), boolean=True)
    def unresolved_mentions(self, article):
        return article.has_unresolved_mentions

    # Roles: publishing is a permission, enforced here on the server, not
    # only hidden in forms.
    def has_publish_permission(self, request):
        return workflow.can_publish(request.user)

    def has_view_permission(self, request, obj=None):
        # Also guards django-simple-history's history and revision views,
        # which ask only for view permission on the object.
        if not super().has_view_permission(request, obj):
            return False
        return obj is None or workflow.can_view(request.user, obj)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or workflow.can_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        if not super().has_delete_permission(request, obj):
            return False
        return obj is None or workflow.can_edit(request.user, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not workflow.can_publish(request.user):
            fields += ["status", "published_at"]
        return fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        if change and form.current_version is not None:
            # The form checked it against the locked row; save() bumps it.
            obj.version = form.current_version
        if workflow.can_publish(request.user):
            obj.published_at = form.publication_date(obj)
        else:
            obj.status = Article.Status.DRAFT
        if change and obj.source_file and form.has_changed():
            obj.edited_since_import = True
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        # Links an editor adds by hand are marked manual, so relinking keeps them.
        instances = formset.save(commit=False)
        for instance in instances:
            if (
                isinstance(instance, OfficialMention | InstitutionMention)
                and instance._state.adding
            ):
                instance.manual = True
            instance.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()
        article = form.instance
        if change and article.source_file and formset.has_changed():
            Article.objects.filter(pk=article.pk).update(edited_since_import=True)

    # Deleting remembers who did it, so the importer never brings it back.
    def delete_model(self, request, obj):
        obj.delete(deleted_by=request.user)

    def delete_queryset(self, request, queryset):
        queryset.delete(deleted_by=request.user)

    @admin.action(description=_("Publicar las notas seleccionadas"), permissions=["publish"])
    def publish(self, request, queryset):
        updated = workflow.publish(queryset, user=request.user)
        self.message_user(
            request,
            ngettext("%d nota publicada.", "%d notas publicadas.", updated) % updated,
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Despublicar (pasar a borrador) las notas seleccionadas"),
        permissions=["publish"],
    )
    def unpublish(self, request, queryset):
        updated = workflow.unpublish(queryset, user=request.user)
        self.message_user(
            request,
            ngettext("%d nota despublicada.", "%d notas despublicadas.", updated) % updated,
            messages.SUCCESS,
        )

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """The revision form of django-simple-history, with the change form's rules.

        The third-party view checks only *view* permission, even when it saves
        (a revert). Here a POST needs change permission on the article as it is
        now, and restoring a deleted article needs the publish permission.
        """
        article = self.model.objects.filter(pk=unquote(object_id)).first()
        if article is None:
            allowed = workflow.can_publish(request.user) and self.has_add_permission(request)
        elif request.method == "POST":
            allowed = self.has_change_permission(request, article)
        else:
            allowed = self.has_view_permission(request, article)
        if not allowed:
            raise PermissionDenied
        # One transaction, as in the change form: the version check locks the row.
        with transaction.atomic(using=router.db_for_write(self.model)):
            return super().history_form_view(request, object_id, version_id, extra_context)

    def get_urls(self):
        compare = self.admin_site.admin_view(self.compare_view)
        return [
            path(
                "<path:object_id>/history/compare/",
                compare,
                name="articles_article_compare",
            ),
            *super().get_urls(),
        ]

    def compare_view(self, request, object_id):
        article = get_object_or_404(self.get_queryset(request), pk=object_id)
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        revisions = list(article.history.select_related("history_user").order_by("-history_date"))
        older = _pick(revisions, request.GET.get("desde"), default=1)
        newer = _pick(revisions, request.GET.get("hasta"), default=0)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": article,
            "title": _("Comparar revisiones"),
            "revisions": revisions,
            "older": older,
            "newer": newer,
            "changes": compare_revisions(older, newer) if older and newer else [],
        }
        return TemplateResponse(request, "admin/articles/article/compare.html", context)


def _pick(revisions, history_id, *, default):
    for revision in revisions:
        if str(revision.history_id) == str(history_id):
            return revision
    return revisions[default] if len(revisions) > default else None


# taggit's own admin lets any staff user merge tags (its merge view checks no
# permission at all); the same admin, with the permission enforced.
admin.site.unregister(Tag)


@admin.register(Tag)
class TagAdmin(taggit.admin.TagAdmin):
    def has_merge_permission(self, request):
        return self.has_change_permission(request)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not self.has_merge_permission(request):
            actions.pop("render_tag_form", None)
        return actions

    def merge_tags_view(self, request):
        if not self.has_merge_permission(request):
            raise PermissionDenied
        selected = request.session.get("selected_tag_ids", "").split(",")
        if not [tag_id for tag_id in selected if tag_id.isdigit()]:
            self.message_user(request, _("Elige al menos un tema para fusionar."), messages.WARNING)
            return HttpResponseRedirect(reverse("admin:taggit_tag_changelist"))
        return super().merge_tags_view(request)
