"""The admin speaks Spanish (es-MX) everywhere, third-party screens included.

A superuser opens every admin page, each on a real row of its model (index,
changelists with a search and with an action, add, change and delete forms,
history, the revert form of every revision, the comparison, taggit's screens,
the media library, home-page curation, the review pages) and reads what an
editor sees: no English and no wrong gender or case. The browser tests walk
the same pages as an editor (tests/e2e/test_admin_pages.py).
"""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.urls import resolve, reverse
from django.utils import timezone

from articles.management.commands.compile_catalogue import catalogues, compiled
from articles.models import Article, ArticleAuthor, BreakingNews, HomeSlot
from people.models import InferredLink, LinkSuppression
from tests.articles.test_admin_permissions import concrete_urls, newsroom  # noqa: F401
from tests.factories import make_article, make_author, make_position, make_section
from tests.media.factories import make_image

pytestmark = pytest.mark.django_db

# Words an English screen gives away, and Spanish that is wrong.
GIVEAWAYS = [
    "Revert",
    "Choose a date",
    "Changed by",
    "CHANGED BY",
    "Change reason",
    "CHANGE REASON",
    "Comment",
    "results (total",
    "resultados (total",
    "Tags",
    "TAGGIT",
    "Taggit",
    "OBJECT",
    "Object",
    "Change history",
    "View history",
    "El nota",
    "seleccionados/as",
    "seleccionado/a",
    "(s)/a(s)",
    "Created",
    "Changed",
    "Author",
    "Official",
    "Institution",
    " Eliminar?",
    " → ",
    "Merge",
    "New Tag Name",
    "Enter new or existing",
]
CAPITAL_MONTH = re.compile(
    r"\d de (Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|"
    r"Noviembre|Diciembre)"
)
# "3 Dic 2026": Django's abbreviated Spanish months are capitalised ("M"); ours are not.
CAPITAL_SHORT_MONTH = re.compile(r"\d (Ene|Feb|Mar|Abr|May|Jun|Jul|Ago|Sep|Oct|Nov|Dic)\.? \d{4}")
SKIP = {"logout", "view_on_site", "jsi18n", "autocomplete"}
# English words a page may show for a reason (none today).
KNOWN: set[tuple[str, str]] = set()


def visible_text(html: str) -> str:
    """The text an editor reads: tags, scripts and styles removed, entities decoded."""
    html = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", html)
    return unescape(re.sub(r"<[^>]+>", " ", html))


def english_on(text: str) -> list[str]:
    found = [word for word in GIVEAWAYS if word in text]
    if re.search(r"(^|\s)None(\s|$)", text):
        found.append("None")
    found += CAPITAL_MONTH.findall(text)
    found += CAPITAL_SHORT_MONTH.findall(text)
    return found


@pytest.fixture
def every_kind_of_row(newsroom, settings, tmp_path):  # noqa: F811
    """A real row behind every admin model, so each change, history and delete page is one."""
    settings.MEDIA_ROOT = tmp_path / "media"
    article = newsroom["published"]
    official = newsroom["targets"]["people.official"][0]
    institution = newsroom["targets"]["people.institution"][0]
    position = make_position(official=official, institution=institution, role="Directora")
    targets = newsroom["targets"]
    targets["articles.section"] = [make_section(name="Salud")]
    targets["media.image"] = [make_image(alt_text="Presa de riego en Jerez")]
    targets["articles.homeslot"] = [
        HomeSlot.objects.create(kind=HomeSlot.Kind.MAIN, article=article, position=1)
    ]
    targets["articles.breakingnews"] = [
        BreakingNews.objects.create(
            text="Cierre de la carretera 45", expires_at=timezone.now() + timedelta(hours=3)
        )
    ]
    targets["people.inferredlink"] = [
        InferredLink.objects.create(
            article=article, official=official, position=position, phrase="la directora"
        )
    ]
    targets["people.linksuppression"] = [
        LinkSuppression.objects.create(article=article, institution=institution)
    ]
    return newsroom


def admin_pages(rows):
    """(url name, url, row) for every admin URL; object URLs once per real row of their model.

    ``concrete_urls`` fills object URLs by route, which for most models names no
    model; here the model comes from the URL name (``people_official_change``).
    """
    models = {
        f"{model._meta.app_label}_{model._meta.model_name}_": model._meta.label_lower
        for model in admin.site._registry
    }
    done = set()
    for name, url, target in concrete_urls(rows):
        model = next((label for prefix, label in models.items() if name.startswith(prefix)), None)
        if (
            model is None
            or name == "articles_article_simple_history"
            or "object_id" not in resolve(url).kwargs
        ):
            yield name, url, target
        elif name not in done:
            done.add(name)
            assert rows["targets"].get(model), f"no {model} row to open"
            for row in rows["targets"][model]:
                yield name, reverse(f"admin:{name}", kwargs={"object_id": row.pk}), row


@pytest.fixture
def superuser_client(client, newsroom):  # noqa: F811
    admin_user = User.objects.create_superuser("directora", password="clave-segura-123")
    client.force_login(admin_user)
    return client


def test_every_admin_page_is_in_spanish(superuser_client, every_kind_of_row):
    rows = every_kind_of_row
    article = rows["published"]
    ArticleAuthor.objects.create(article=article, author=make_author(name="Rafael de Santiago"))
    revisions = list(article.history.order_by("history_date"))
    # A revision whose change starts from an empty value (simple_history says "None").
    dated = make_article(title="Nota fechada al publicar", published_at=None)
    dated.published_at = timezone.now()
    dated.save()
    compare = reverse("admin:articles_article_compare", args=[article.pk])
    extra = [
        ("search", reverse("admin:articles_article_changelist") + "?q=Nota", None),
        ("search", reverse("admin:people_official_changelist") + "?q=Laura", None),
        ("search", reverse("admin:taggit_tag_changelist") + "?q=salud", None),
        ("search", reverse("admin:media_image_changelist") + "?q=presa", None),
        (
            "scheduled",
            reverse("admin:articles_article_changelist") + "?programacion=programadas",
            None,
        ),
        (
            "compare",
            f"{compare}?desde={revisions[0].history_id}&hasta={revisions[-1].history_id}",
            None,
        ),
        ("history", reverse("admin:articles_article_history", args=[dated.pk]), None),
        # The revert form of every revision (simple_history), the newest included.
        *[
            (
                "revert",
                reverse(
                    "admin:articles_article_simple_history", args=[article.pk, revision.history_id]
                ),
                None,
            )
            for revision in revisions
        ],
    ]
    session = superuser_client.session
    session["selected_tag_ids"] = ",".join(str(tag.pk) for tag in rows["targets"]["taggit.tag"])
    session.save()
    pages = {}
    for name, url, target in [*admin_pages(rows), *extra]:
        if any(part in name for part in SKIP):
            continue
        response = superuser_client.get(url, follow=True)
        if target is not None and "object_id" in resolve(url.split("?")[0]).kwargs:
            # A real row: the page itself, never "does not exist" and a redirect.
            assert response.redirect_chain == [], (url, target)
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            found = english_on(visible_text(response.content.decode()))
            pages[url] = [
                w
                for w in found
                if not any(name.startswith(prefix) and w == word for prefix, word in KNOWN)
            ]
    assert len(pages) >= 80
    english = {url: found for url, found in pages.items() if found}
    assert english == {}, english


def test_change_and_selection_messages_agree_with_a_feminine_noun(superuser_client):
    article = make_article(title="Nota de prueba para el mensaje", status=Article.Status.DRAFT)
    changelist = superuser_client.get(reverse("admin:articles_article_changelist"))
    text = visible_text(changelist.content.decode())
    # One msgid serves "nota" and "autor": the Spanish agrees with either.
    assert "Elija qué nota modificar" in text

    institutions = visible_text(
        superuser_client.get(reverse("admin:people_institution_changelist")).content.decode()
    )
    assert "Eliminar la selección (instituciones)" in institutions

    from tests.articles.test_admin_workflow import form_data

    response = superuser_client.post(
        reverse("admin:articles_article_change", args=[article.pk]),
        form_data(article, title="Nota de prueba para el mensaje (corregida)"),
        follow=True,
    )
    text = " ".join(visible_text(response.content.decode()).split())
    assert "Se guardaron los cambios: nota “ Nota de prueba para el mensaje (corregida) ”." in text
    assert "El nota" not in text


def test_byline_row_is_labelled_with_the_authors_name():
    article = make_article(title="Nota con firma")
    byline = ArticleAuthor.objects.create(
        article=article, author=make_author(name="Rafael de Santiago"), position=1
    )
    assert str(byline) == "Rafael de Santiago (1)"


def test_compiled_catalogue_is_up_to_date_with_its_source():
    sources = catalogues()
    assert sources, "locale/ has no .po catalogue"
    for po_path in sources:
        mo_path = po_path.with_suffix(".mo")
        assert mo_path.exists() and mo_path.read_bytes() == compiled(po_path), (
            f"run `make catalogue`: {mo_path} is out of date"
        )
