"""Saving an article in the admin links it; editors' links and removals survive."""

import datetime
import time

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, InstitutionMention, OfficialMention
from articles.roles import EDITORS, setup_roles
from people.mentions import Registry, link_article
from people.models import Institution, LinkSuppression, Official
from tests.factories import make_article

pytestmark = pytest.mark.django_db

BODY = (
    "El delegado del Instituto Mexicano del Seguro Social (IMSS), Javier Cabral Soto, "
    "informó que el IMSS trabaja con el Gobierno del Estado."
)


@pytest.fixture
def editor_client(client):
    setup_roles()
    user = User.objects.create_user("editora", password="clave-segura-123", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(user)
    return client


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def _value(field):
    value = field.value()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else ""
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    if hasattr(value, "pk"):
        return str(value.pk)
    return str(value)


def _put(data, bound):
    value = _value(bound)
    if getattr(bound.field.widget, "input_type", None) == "checkbox":
        if value:
            data[bound.html_name] = "on"
    else:
        data[bound.html_name] = value


def posted(response, **overrides):
    """What the change form posts as the editor saw it (every field and inline row)."""
    data = {}
    for bound in response.context["adminform"].form:
        _put(data, bound)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for bound in formset.management_form:
            data[bound.html_name] = _value(bound)
        for row in formset.forms:
            for bound in row:
                _put(data, bound)
    data.update(overrides)
    return data


def row_prefix(response, model, entity_id):
    """The inline form prefix of the row that links ``entity_id``."""
    field = "official_id" if model is OfficialMention else "institution_id"
    for inline in response.context["inline_admin_formsets"]:
        if inline.formset.model is model:
            for row in inline.formset.forms:
                if getattr(row.instance, field) == entity_id:
                    return row.prefix
    raise AssertionError(f"no inline row for {entity_id}")


def test_saving_a_new_text_in_the_admin_links_it(editor_client, people_registry):
    article = make_article(title="Nota sin enlaces", body="Sin nombres todavía.")
    assert not article.official_mentions.exists()
    page = editor_client.get(change_url(article))
    response = editor_client.post(change_url(article), posted(page, body=BODY))
    assert response.status_code == 302, response.content.decode()[:3000]
    officials = set(article.official_mentions.values_list("official__name", flat=True))
    institutions = set(article.institution_mentions.values_list("institution__name", flat=True))
    assert officials == {"Javier de Jesús Cabral Soto"}
    assert "Instituto Mexicano del Seguro Social" in institutions


def test_a_link_the_editor_removed_does_not_come_back(editor_client, people_registry):
    article = make_article(title="Nota", body=BODY, location="Zacatecas")
    link_article(article, registry=Registry.load())
    cabral = Official.objects.get(slug="javier-de-jesus-cabral-soto")
    imss = Institution.objects.get(acronym="IMSS")
    page = editor_client.get(change_url(article))
    official_row = row_prefix(page, OfficialMention, cabral.pk)
    institution_row = row_prefix(page, InstitutionMention, imss.pk)
    response = editor_client.post(
        change_url(article),
        posted(page, **{f"{official_row}-DELETE": "on", f"{institution_row}-DELETE": "on"}),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert not article.official_mentions.filter(official=cabral).exists()
    assert not article.institution_mentions.filter(institution=imss).exists()
    # Neither a later save nor relinking the archive brings them back.
    editor_client.post(change_url(article), posted(editor_client.get(change_url(article))))
    link_article(Article.objects.get(pk=article.pk), registry=Registry.load())
    assert not article.official_mentions.filter(official=cabral).exists()
    assert not article.institution_mentions.filter(institution=imss).exists()
    assert LinkSuppression.objects.filter(article=article).count() == 2


def test_a_manual_link_survives_and_lifts_a_removal(editor_client, people_registry):
    article = make_article(title="Nota", body=BODY, location="Zacatecas")
    robledo = Official.objects.get(slug="zoe-robledo")
    page = editor_client.get(change_url(article))
    data = posted(page)
    total = int(data["official_mentions-TOTAL_FORMS"])
    data.update(
        {
            "official_mentions-TOTAL_FORMS": str(total + 1),
            f"official_mentions-{total}-official": str(robledo.pk),
            f"official_mentions-{total}-role": "director general",
            f"official_mentions-{total}-institution": "",
        }
    )
    response = editor_client.post(change_url(article), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    mention = article.official_mentions.get(official=robledo)
    assert mention.manual
    link_article(Article.objects.get(pk=article.pk), registry=Registry.load())
    assert article.official_mentions.filter(official=robledo, manual=True).exists()


def test_the_admin_save_stays_fast(editor_client, people_registry):
    article = make_article(
        title="Nota",
        body=BODY * 5,
        location="Zacatecas",
        published_at=timezone.make_aware(datetime.datetime(2014, 5, 2, 12)),
    )
    page = editor_client.get(change_url(article))
    data = posted(page)
    started = time.perf_counter()
    response = editor_client.post(change_url(article), data)
    elapsed = time.perf_counter() - started
    assert response.status_code == 302
    assert article.official_mentions.exists()
    assert elapsed < 2.0  # the whole admin save, linking included


def test_the_admin_lists_inferred_links_and_removals(admin_client, people_registry):
    article = make_article(title="Nota", body=BODY, location="Zacatecas")
    cabral = Official.objects.get(slug="javier-de-jesus-cabral-soto")
    LinkSuppression.objects.create(article=article, official=cabral)
    response = admin_client.get(reverse("admin:people_linksuppression_changelist"))
    assert response.status_code == 200
    assert cabral.name in response.content.decode()
    assert admin_client.get(reverse("admin:people_inferredlink_changelist")).status_code == 200
