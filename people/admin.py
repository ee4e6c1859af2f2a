"""Editors' admin for bylines, institutions and officials, with the review of discovered ones.

Beyond the declarative lists: a review page listing discovered (unverified)
officials and institutions with the sentence that introduced them, and the
actions approve, reject and merge (an intermediate page picks the target).
The work itself lives in ``people.mentions.review``, imported where an action or
view runs: importing it compiles the extractor's patterns (0.14 s of CPU), which
every process paid at start through the admin's autodiscovery (a management
command, a web worker), though few of them ever review anything.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from people.models import (
    Author,
    InferredLink,
    Institution,
    InstitutionAlias,
    LinkSuppression,
    Official,
    OfficialAlias,
    Position,
)

ARTICLE_LINKS = 50


def _article_links(articles, total: int):
    def url(article):
        try:
            return reverse("admin:articles_article_change", args=[article.pk])
        except NoReverseMatch:
            return article.get_absolute_url()

    if not articles:
        return _("Ninguna nota todavía.")
    items = format_html_join(
        "",
        '<li><a href="{}">{}</a>{}</li>',
        (
            (
                url(a),
                a.title,
                format_html(" ({} menciones)", a.count) if getattr(a, "count", None) else "",
            )
            for a in articles
        ),
    )
    more = ""
    if total > len(articles):
        more = format_html("<p>{}</p>", _("…y %(n)s más.") % {"n": total - len(articles)})
    return format_html("<ul>{}</ul>{}", items, more)


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["article_links"]

    @admin.display(description=_("notas"))
    def article_links(self, obj):
        if not obj.pk:
            return "-"
        articles = obj.articles.order_by("-published_at", "-id")
        return _article_links(list(articles[:ARTICLE_LINKS]), articles.count())


class InstitutionAliasInline(admin.TabularInline):
    model = InstitutionAlias
    extra = 1
    fields = ["name", "kind", "auto_link", "normalized"]
    readonly_fields = ["normalized"]


class OfficialAliasInline(admin.TabularInline):
    model = OfficialAlias
    extra = 1
    fields = ["name", "kind", "auto_link", "normalized"]
    readonly_fields = ["normalized"]


class PositionInline(admin.TabularInline):
    model = Position
    extra = 0
    fields = ["role", "institution", "area", "start_date", "end_date", "status", "source_article"]
    autocomplete_fields = ["institution", "source_article"]


class StatusFilter(admin.SimpleListFilter):
    title = _("revisión")
    parameter_name = "revision"

    def lookups(self, request, model_admin):
        return [
            ("pendiente", _("Por revisar (descubiertos)")),
            ("fusionado", _("Fusionados en otro")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "pendiente":
            return queryset.awaiting_review()
        if self.value() == "fusionado":
            return queryset.filter(merged_into__isnull=False)
        return queryset


class MergeForm(forms.Form):
    def __init__(self, *args, model, admin_site, exclude=(), **kwargs):
        super().__init__(*args, **kwargs)
        field = model._meta.get_field("merged_into")
        self.fields["target"] = forms.ModelChoiceField(
            label=_("Fusionar en"),
            queryset=model.objects.linkable().exclude(pk__in=exclude),
            widget=AutocompleteSelect(field, admin_site),
            help_text=_(
                "La entidad que se queda. Recibe las variantes del nombre, los cargos y las "
                "menciones; el nombre fusionado queda como variante y su página redirige aquí."
            ),
        )


class EntityAdmin(admin.ModelAdmin):
    """What institutions and officials share: review actions and article links."""

    list_filter = [StatusFilter, "status"]
    readonly_fields = ["merged_into", "article_links", "created_at", "updated_at"]
    actions = ["approve_selected", "reject_selected", "merge_selected"]
    list_per_page = 50

    def get_queryset(self, request):
        return (
            super().get_queryset(request).annotate(mention_total=Count("mentions", distinct=True))
        )

    @admin.display(description=_("notas"), ordering="mention_total")
    def mention_count(self, obj):
        return obj.mention_total

    @admin.display(description=_("evidencia"))
    def evidence_excerpt(self, obj):
        return Truncator(obj.evidence).chars(140) if obj.evidence else "-"

    @admin.display(description=_("notas que lo mencionan"))
    def article_links(self, obj):
        if not obj.pk:
            return "-"
        mentions = obj.mentions.select_related("article").order_by(
            "-article__published_at", "-article_id"
        )
        articles = []
        for mention in mentions[:ARTICLE_LINKS]:
            article = mention.article
            article.count = mention.count
            articles.append(article)
        return _article_links(articles, mentions.count())

    # ---------------------------------------------------------------- actions

    @admin.action(description=_("Aprobar (marcar como verificados)"), permissions=["change"])
    def approve_selected(self, request, queryset):
        from people.mentions.review import approve

        done = approve(queryset)
        self.message_user(
            request,
            ngettext("%(n)d entidad aprobada.", "%(n)d entidades aprobadas.", done) % {"n": done},
            messages.SUCCESS,
        )

    @admin.action(description=_("Rechazar (no se volverán a descubrir)"), permissions=["change"])
    def reject_selected(self, request, queryset):
        from people.mentions.review import reject

        done = reject(queryset)
        self.message_user(
            request,
            ngettext("%(n)d entidad rechazada.", "%(n)d entidades rechazadas.", done) % {"n": done},
            messages.SUCCESS,
        )

    @admin.action(description=_("Fusionar en otra entidad…"), permissions=["change"])
    def merge_selected(self, request, queryset):
        ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
        return HttpResponseRedirect(f"{reverse(self._url_name('merge'))}?ids={ids}")

    # ------------------------------------------------------------------ views

    def _url_name(self, view: str) -> str:
        opts = self.model._meta
        return f"admin:{opts.app_label}_{opts.model_name}_{view}"

    def get_urls(self):
        opts = self.model._meta
        prefix = f"{opts.app_label}_{opts.model_name}"
        return [
            path("fusionar/", self.admin_site.admin_view(self.merge_view), name=f"{prefix}_merge"),
            path(
                "revision/", self.admin_site.admin_view(self.review_view), name=f"{prefix}_review"
            ),
            *super().get_urls(),
        ]

    def merge_view(self, request):
        from people.mentions.review import MergeError, merge

        if not self.has_change_permission(request):
            raise PermissionDenied
        raw = request.POST.get("ids") or request.GET.get("ids", "")
        ids = [int(x) for x in raw.split(",") if x.strip().isdigit()]
        sources = list(
            self.model.objects.filter(pk__in=ids).annotate(
                mention_total=Count("mentions", distinct=True)
            )
        )
        if not sources:
            self.message_user(
                request, _("Elige al menos una entidad para fusionar."), messages.WARNING
            )
            return HttpResponseRedirect(reverse(self._url_name("changelist")))
        form = MergeForm(request.POST or None, model=self.model, admin_site=self.admin_site)
        if request.method == "POST" and form.is_valid():
            target = form.cleaned_data["target"]
            merged = 0
            try:
                for source in sources:
                    if source.pk != target.pk:
                        merge(source, target)
                        merged += 1
            except MergeError as exc:
                self.message_user(request, str(exc), messages.ERROR)
            else:
                self.message_user(
                    request,
                    ngettext(
                        "%(n)d entidad fusionada en «%(target)s».",
                        "%(n)d entidades fusionadas en «%(target)s».",
                        merged,
                    )
                    % {"n": merged, "target": target},
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(reverse(self._url_name("change"), args=[target.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Fusionar duplicados"),
            "sources": sources,
            "ids": ",".join(str(s.pk) for s in sources),
            "form": form,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/people/merge.html", context)

    def review_view(self, request):
        """Discovered officials and institutions, with their evidence, to approve or reject."""
        from people.mentions.review import approve, reject

        if not self.has_view_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            if not self.has_change_permission(request):
                raise PermissionDenied
            model = {"official": Official, "institution": Institution}.get(request.POST.get("kind"))
            entity = model.objects.filter(pk=request.POST.get("pk")).first() if model else None
            decision = request.POST.get("decision")
            if entity is not None and decision in ("approve", "reject"):
                (approve if decision == "approve" else reject)([entity])
                label = _("aprobado") if decision == "approve" else _("rechazado")
                self.message_user(request, f"«{entity}»: {label}.", messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        officials = (
            Official.objects.awaiting_review()
            .prefetch_related("positions__institution")
            .annotate(mention_total=Count("mentions", distinct=True))
            .order_by("-mention_total", "name")[:200]
        )
        institutions = (
            Institution.objects.awaiting_review()
            .annotate(mention_total=Count("mentions", distinct=True))
            .order_by("-mention_total", "name")[:200]
        )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Revisión de funcionarios e instituciones descubiertos"),
            "officials": officials,
            "institutions": institutions,
            "official_merge_url": reverse("admin:people_official_merge"),
            "institution_merge_url": reverse("admin:people_institution_merge"),
        }
        return TemplateResponse(request, "admin/people/review.html", context)


@admin.register(Institution)
class InstitutionAdmin(EntityAdmin):
    list_display = [
        "name",
        "acronym",
        "jurisdiction",
        "parent",
        "status",
        "mention_count",
        "evidence_excerpt",
    ]
    list_filter = [StatusFilter, "status", "jurisdiction"]
    list_select_related = ["parent"]
    search_fields = ["name", "acronym", "aliases__name", "slug"]
    autocomplete_fields = ["parent"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [InstitutionAliasInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "acronym", "parent", "jurisdiction", "status"]}),
        (_("Revisión"), {"fields": ["evidence", "merged_into"]}),
        (_("Notas"), {"fields": ["article_links"]}),
        (_("Registro"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]


@admin.register(Official)
class OfficialAdmin(EntityAdmin):
    list_display = ["name", "current_roles", "status", "mention_count", "evidence_excerpt"]
    search_fields = ["name", "aliases__name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [OfficialAliasInline, PositionInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "status"]}),
        (_("Revisión"), {"fields": ["evidence", "merged_into"]}),
        (_("Notas"), {"fields": ["article_links"]}),
        (_("Registro"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("positions__institution")

    @admin.display(description=_("cargos"))
    def current_roles(self, obj):
        return "; ".join(str(p) for p in obj.positions.all()[:3]) or "-"


@admin.register(InferredLink)
class InferredLinkAdmin(admin.ModelAdmin):
    """Links made by role at date ("el gobernador"): remove one on its article to undo it."""

    list_display = ["phrase", "official_name", "article"]
    list_select_related = ["official", "article"]
    search_fields = ["phrase", "official__name", "article__title"]
    fields = readonly_fields = ["article", "official_name", "position", "phrase"]

    # The model's foreign keys carry no Spanish name: the admin gives them one.
    @admin.display(description=_("funcionario"), ordering="official__name")
    def official_name(self, link):
        return link.official

    def has_add_permission(self, request):
        return False


@admin.register(LinkSuppression)
class LinkSuppressionAdmin(admin.ModelAdmin):
    """Automatic links editors removed; deleting a row lets relinking make it again."""

    list_display = ["article", "official_name", "institution_name", "created_at"]
    list_select_related = ["article", "official", "institution"]
    fields = readonly_fields = ["article", "official_name", "institution_name", "created_at"]

    @admin.display(description=_("funcionario"), ordering="official__name")
    def official_name(self, suppression):
        return suppression.official or "—"

    @admin.display(description=_("institución"), ordering="institution__name")
    def institution_name(self, suppression):
        return suppression.institution or "—"

    def has_add_permission(self, request):
        return False
