"""The admin speaks Spanish (es-MX) everywhere, third-party screens included.

A superuser opens every admin page (index, changelists with a search and with
an action, add and change forms, history, the revision form, the comparison,
taggit's screens, the review pages) and reads what an editor sees: no English
and no wrong gender or case.
"""

import re
from html import unescape

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from articles.management.commands.compile_catalogue import catalogues, compiled
from articles.models import Article, ArticleAuthor
from tests.articles.test_admin_permissions import concrete_urls, newsroom  # noqa: F401
from tests.factories import make_article, make_author

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
    return found


@pytest.fixture
def superuser_client(client, newsroom):  # noqa: F811
    admin_user = User.objects.create_superuser("directora", password="clave-segura-123")
    client.force_login(admin_user)
    return client


def test_every_admin_page_is_in_spanish(superuser_client, newsroom):  # noqa: F811
    article = newsroom["published"]
    article.history.update(history_change_reason="")
    ArticleAuthor.objects.create(article=article, author=make_author(name="Rafael de Santiago"))
    extra = [
        ("search", reverse("admin:articles_article_changelist") + "?q=Nota", None),
        ("search", reverse("admin:people_official_changelist") + "?q=Laura", None),
        ("search", reverse("admin:taggit_tag_changelist") + "?q=salud", None),
    ]
    session = superuser_client.session
    session["selected_tag_ids"] = ",".join(str(tag.pk) for tag in newsroom["targets"]["taggit.tag"])
    session.save()
    pages = {}
    for name, url, _target in [*concrete_urls(newsroom), *extra]:
        if any(part in name for part in SKIP):
            continue
        response = superuser_client.get(url, follow=True)
        if response.status_code == 200 and "html" in response.get("Content-Type", ""):
            found = english_on(visible_text(response.content.decode()))
            pages[url] = [
                w
                for w in found
                if not any(name.startswith(prefix) and w == word for prefix, word in KNOWN)
            ]
    assert len(pages) >= 35
    assert {url: found for url, found in pages.items() if found} == {}


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
