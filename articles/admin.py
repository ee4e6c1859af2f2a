from django.contrib import admin, messages
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from articles.models import (
    Article,
    ArticleAuthor,
    InstitutionMention,
    OfficialMention,
    Section,
)


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


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "section",
        "byline",
        "status",
        "published_at",
        "source_format",
        "edited_since_import",
    ]
    list_filter = ["status", "section", "source_format", "source", "authors", "edited_since_import"]
    list_select_related = ["section"]
    search_fields = ["title", "body"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    show_full_result_count = False
    list_per_page = 50
    actions = ["publish", "unpublish"]
    inlines = [ArticleAuthorInline, OfficialMentionInline, InstitutionMentionInline]
    readonly_fields = [
        "source_file",
        "source_format",
        "content_hash",
        "imported_at",
        "edited_since_import",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["title", "slug", "deck", "highlights", "body"]}),
        (
            _("Publicación"),
            {"fields": ["status", "published_at", "section", "location", "source", "tags"]},
        ),
        (_("Multimedia"), {"fields": ["lead_image_url", "lead_image_credit", "media_links"]}),
        (
            _("Importación"),
            {
                "classes": ["collapse"],
                "fields": [
                    "source_file",
                    "source_format",
                    "content_hash",
                    "imported_at",
                    "edited_since_import",
                    "created_at",
                    "updated_at",
                ],
            },
        ),
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch(
                    "article_authors",
                    queryset=ArticleAuthor.objects.select_related("author").order_by("position"),
                )
            )
        )

    @admin.display(description=_("autores"))
    def byline(self, article):
        return ", ".join(author.name for author in article.ordered_authors())

    def save_model(self, request, obj, form, change):
        if change and obj.source_file and form.has_changed():
            obj.edited_since_import = True
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        # Links an editor adds by hand are marked manual, so relinking keeps them.
        instances = formset.save(commit=False)
        for instance in instances:
            if isinstance(instance, OfficialMention | InstitutionMention) and instance._state.adding:
                instance.manual = True
            instance.save()
        for obj in formset.deleted_objects:
            obj.delete()
        formset.save_m2m()
        article = form.instance
        if change and article.source_file and formset.has_changed():
            Article.objects.filter(pk=article.pk).update(edited_since_import=True)

    @admin.action(description=_("Publicar las notas seleccionadas"))
    def publish(self, request, queryset):
        updated = queryset.exclude(status=Article.Status.PUBLISHED).update(
            status=Article.Status.PUBLISHED
        )
        self.message_user(
            request,
            ngettext("%d nota publicada.", "%d notas publicadas.", updated) % updated,
            messages.SUCCESS,
        )

    @admin.action(description=_("Despublicar (pasar a borrador) las notas seleccionadas"))
    def unpublish(self, request, queryset):
        updated = queryset.exclude(status=Article.Status.DRAFT).update(
            status=Article.Status.DRAFT
        )
        self.message_user(
            request,
            ngettext("%d nota despublicada.", "%d notas despublicadas.", updated) % updated,
            messages.SUCCESS,
        )
