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
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin
from taggit.forms import MergeTagsForm
from taggit.models import Tag

from articles import admin_views, presence, workflow
from articles.admin_forms import ArticleAdminForm
from articles.admin_pagination import EstimatedCountPaginator
from articles.history_display import LocalHistoryHelper
from articles.models import (
    Article,
    ArticleAuthor,
    BreakingNews,
    Correction,
    HomeSlot,
    InstitutionMention,
    OfficialMention,
    Section,
)
from articles.revisions import compare_revisions
from articles.search import search_articles
from articles.story_admin import StoryVersionsAdminMixin
from articles.story_grouping import regroup_on_commit
from articles.tagging import merge_tags
from articles.templatetags.fechas import MONTHS
from newsroom.indexes import distinct_values
from people import visibility
from people.models import EntityStatus, InferredLink

# Written by the importer; editors read them.
IMPORT_RECORD_FIELDS = [
    "source_file",
    "source_format",
    "bulletin_number",
    "issuer",
    "dateline_city",
    "placement",
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
    fields = ["official", "role", "institution", "count", "snippet", "manual", "inferred"]
    readonly_fields = ["count", "snippet", "inferred"]

    def get_queryset(self, request):
        # Links made by role at date ("el gobernador"), which editors may undo.
        inferred = InferredLink.objects.filter(
            article=OuterRef("article"), official=OuterRef("official")
        )
        return super().get_queryset(request).annotate(is_inferred=Exists(inferred))

    @admin.display(description=_("inferido por el cargo"), boolean=True)
    def inferred(self, mention):
        return getattr(mention, "is_inferred", False)


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


class ScheduledFilter(admin.SimpleListFilter):
    title = _("programación")
    parameter_name = "programacion"

    def lookups(self, request, model_admin):
        return [("programadas", _("Programadas")), ("en-linea", _("En línea"))]

    def queryset(self, request, queryset):
        published = queryset.filter(status=Article.Status.PUBLISHED)
        if self.value() == "programadas":
            return published.filter(published_at__gt=timezone.now())
        if self.value() == "en-linea":
            return published.exclude(published_at__gt=timezone.now())
        return queryset


class SourceFilter(admin.AllValuesFieldListFilter):
    """The sources named on articles; articles with none are not a source."""

    def __init__(self, field, request, params, model, model_admin, field_path):
        super().__init__(field, request, params, model, model_admin, field_path)
        if workflow.can_publish(request.user):
            # Editors list every article: the sources by a walk of their index
            # instead of a DISTINCT over every row (reporters keep their own).
            self.lookup_choices = distinct_values(model, field.name)

    def choices(self, changelist):
        for choice in super().choices(changelist):
            if str(choice["display"]).strip():
                yield choice


def short_datetime(value) -> str:
    """ "15 jun 2030 10:00" in the newsroom's time zone."""
    local = timezone.localtime(value)
    return f"{local.day} {MONTHS[local.month - 1][:3]} {local.year} {local:%H:%M}"


@admin.register(Article)
class ArticleAdmin(StoryVersionsAdminMixin, SimpleHistoryAdmin):
    form = ArticleAdminForm
    # What an editor scans for; the rest is in the filters.
    list_display = [
        "title",
        "status",
        "publication",
        "section",
        "byline",
        "edited",
    ]
    list_filter = [
        "status",
        ScheduledFilter,
        "section",
        "source_format",
        ("source", SourceFilter),
        "authors",
        "edited_since_import",
        UnresolvedMentionsFilter,
    ]
    list_select_related = ["section"]
    autocomplete_fields = ["lead_image"]
    search_fields = ["title", "body"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    show_full_result_count = False
    paginator = EstimatedCountPaginator
    list_per_page = 50
    actions = ["publish", "unpublish", "group_as_versions"]
    inlines = [
        ArticleAuthorInline,
        OfficialMentionInline,
        InstitutionMentionInline,
        CorrectionInline,
    ]
    object_history_template = "admin/articles/article/object_history.html"
    # A bare address typed by an editor means https (Django 6's default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    readonly_fields = [*IMPORT_RECORD_FIELDS, *StoryVersionsAdminMixin.story_versions_fields]
    fieldsets = [
        (None, {"fields": ["title", "slug", "deck", "highlights", "body", "loaded_version"]}),
        (
            _("Publicación"),
            {
                "fields": [
                    "status",
                    "schedule",
                    "published_at",
                    "section",
                    "location",
                    "source",
                    "tags",
                ]
            },
        ),
        (
            _("Multimedia"),
            {"fields": ["lead_image", "lead_image_url", "lead_image_credit", "media_links"]},
        ),
        (_("Otras versiones"), {"fields": StoryVersionsAdminMixin.story_versions_fields}),
        (
            _("Importación"),
            {
                "classes": ["collapse"],
                "fields": IMPORT_RECORD_FIELDS,
            },
        ),
    ]

    class Media:
        css = {"all": ["admin/articles/editor.css"]}
        js = ["admin/articles/editor.js"]

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

    @admin.display(description=_("fecha"), ordering="published_at")
    def publication(self, article):
        if article.published_at is None:
            return _("Sin fecha")
        when = short_datetime(article.published_at)
        if article.status == Article.Status.PUBLISHED and not article.is_public:
            return _("Programada · %(when)s") % {"when": when}
        return when

    @admin.display(description=_("editada"), boolean=True, ordering="edited_since_import")
    def edited(self, article):
        """Edited in the admin since it was imported (the importer then leaves it alone)."""
        return article.edited_since_import

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

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if workflow.can_publish(request.user):
            return fieldsets
        # Scheduling is publishing: reporters see status and date read-only.
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "schedule"]})
            for name, options in fieldsets
        ]

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
        if not change and formset.model is ArticleAuthor:
            workflow.sign_new_article(article, user=request.user)
        if change and article.source_file and formset.has_changed():
            Article.objects.filter(pk=article.pk).update(edited_since_import=True)

    def save_related(self, request, form, formsets, change):
        """Link the saved article; links the editor removed stay removed."""
        # Imported here: the linker's patterns cost every process 0.14 s at start
        # (the admin is imported by every command and web worker; see people/admin.py).
        from people.mentions.linking import link_edited_article

        # What the links showed before the inlines change them (see people.visibility).
        linked_before = visibility.linked_to([form.instance.pk])
        super().save_related(request, form, formsets, change)
        removed = [
            mention
            for formset in formsets
            for mention in getattr(formset, "deleted_objects", ())
            if isinstance(mention, OfficialMention | InstitutionMention)
        ]
        link_edited_article(form.instance, removed=removed, linked_before=linked_before)
        regroup_on_commit(form.instance.pk)  # every version of a story, after the commit

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

    def get_historical_record_context_helper(self, request, historical_record):
        # Dates in the history list as in the rest of the admin, not "…+00:00".
        return LocalHistoryHelper(self.model, historical_record)

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

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        article = self.get_object(request, unquote(object_id))
        if article is not None and self.has_view_permission(request, article):
            extra_context["others_editing"] = presence.heartbeat(
                article.pk, user=request.user, session_key=admin_views.session_key(request)
            )
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        compare = self.admin_site.admin_view(self.compare_view)

        def bound(view):
            def call(request, *args, **kwargs):
                return view(request, *args, model_admin=self, **kwargs)

            return self.admin_site.admin_view(call)

        return [
            path("preview/", bound(admin_views.preview), name="articles_article_preview_new"),
            path(
                "<path:object_id>/preview/",
                bound(admin_views.preview),
                name="articles_article_preview",
            ),
            path(
                "<path:object_id>/presence/",
                bound(admin_views.heartbeat),
                name="articles_article_presence",
            ),
            path(
                "<path:object_id>/history/compare/",
                compare,
                name="articles_article_compare",
            ),
            *self.story_urls(),
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

# taggit's admin sends these as bare English strings (no gettext): a table of
# their Spanish, applied by TagAdmin.message_user.
TAGGIT_MESSAGES = {
    "Tags have been merged": _("Se fusionaron los temas."),
    "Form is invalid.": _("Escriba el nombre del tema resultante."),
    "Please select at least one tag.": _("Elija al menos un tema para fusionar."),
}


@admin.register(Tag)
class TagAdmin(taggit.admin.TagAdmin):
    # taggit's inline edits its generic TaggedItem rows, which articles no longer
    # use (ArticleTag); an article's topics are edited on the article.
    inlines = []

    def message_user(self, request, message, *args, **kwargs):
        message = TAGGIT_MESSAGES.get(str(message), message)
        return super().message_user(request, message, *args, **kwargs)

    def has_merge_permission(self, request):
        return self.has_change_permission(request)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not self.has_merge_permission(request):
            actions.pop("render_tag_form", None)
        elif "render_tag_form" in actions:
            # taggit's description is a bare English string, never translated.
            func, name, _description = actions["render_tag_form"]
            actions["render_tag_form"] = (func, name, _("Fusionar los temas seleccionados"))
        return actions

    def merge_tags_view(self, request):
        if not self.has_merge_permission(request):
            raise PermissionDenied
        selected = request.session.get("selected_tag_ids", "").split(",")
        tag_ids = [int(tag_id) for tag_id in selected if tag_id.isdigit()]
        if not tag_ids:
            self.message_user(request, _("Elige al menos un tema para fusionar."), messages.WARNING)
            return HttpResponseRedirect(reverse("admin:taggit_tag_changelist"))
        form = MergeTagsForm(request.POST) if request.method == "POST" else None
        if form is None or not form.is_valid():
            return super().merge_tags_view(request)  # the form, or its error
        # taggit's view moves only its generic rows; the articles' topics are ArticleTag.
        merge_tags(tag_ids, form.cleaned_data["new_tag_name"])
        self.message_user(request, _("Se fusionaron los temas."), messages.SUCCESS)
        request.session.pop("selected_tag_ids", None)
        return HttpResponseRedirect(reverse("admin:taggit_tag_changelist"))


class EditorsOnlyAdmin(admin.ModelAdmin):
    """Home-page curation is an editor's task: the publish permission decides."""

    def _is_editor(self, request) -> bool:
        return request.user.is_active and request.user.has_perm("articles.publish_article")

    def has_module_permission(self, request):
        return self._is_editor(request)

    def has_view_permission(self, request, obj=None):
        return self._is_editor(request)

    def has_add_permission(self, request):
        return self._is_editor(request)

    def has_change_permission(self, request, obj=None):
        return self._is_editor(request)

    def has_delete_permission(self, request, obj=None):
        return self._is_editor(request)


@admin.register(HomeSlot)
class HomeSlotAdmin(EditorsOnlyAdmin):
    list_display = ["article", "kind", "position"]
    list_editable = ["kind", "position"]
    list_select_related = ["article"]
    raw_id_fields = ["article"]


@admin.register(BreakingNews)
class BreakingNewsAdmin(EditorsOnlyAdmin):
    list_display = ["text", "expires_at", "created_at"]
    date_hierarchy = "created_at"
