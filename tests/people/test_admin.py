"""The editors' admin: search by any name, article links, review, approve, reject, merge."""

import pytest
from django.urls import reverse

from people.mentions import Registry, link_article
from people.models import Author, EntityStatus, Institution, Official
from tests.people.conftest import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def linked(people_registry):
    article = make_article(
        title="Nota del delegado",
        body=(
            "El delegado del IMSS, Javier Cabral Soto, informó. La secretaria de Economía, "
            "Sofía Treviño Lara, asistió."
        ),
    )
    link_article(article, registry=Registry.load())
    return article


def test_search_officials_and_institutions_by_any_name_variant(admin_client, linked):
    url = reverse("admin:people_official_changelist")
    response = admin_client.get(url, {"q": "Cabral Soto"})
    assert "Javier de Jesús Cabral Soto" in response.content.decode()
    response = admin_client.get(url, {"q": "AMLO"})
    assert "Andrés Manuel López Obrador" in response.content.decode()
    response = admin_client.get(reverse("admin:people_institution_changelist"), {"q": "Godezac"})
    assert "Gobierno del Estado de Zacatecas" in response.content.decode()


def test_change_pages_list_the_articles_and_inlines(admin_client, linked):
    cabral = Official.objects.get(slug="javier-de-jesus-cabral-soto")
    page = admin_client.get(reverse("admin:people_official_change", args=[cabral.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Nota del delegado" in html
    assert "variantes del nombre" in html.lower() and "cargos" in html.lower()
    imss = Institution.objects.get(slug="instituto-mexicano-del-seguro-social")
    page = admin_client.get(reverse("admin:people_institution_change", args=[imss.pk]))
    assert "Nota del delegado" in page.content.decode()


def test_author_admin(admin_client, db):
    author = Author.objects.create(name="Rafael de Santiago", slug="rafael-de-santiago")
    page = admin_client.get(reverse("admin:people_author_change", args=[author.pk]))
    assert page.status_code == 200 and "Ninguna nota" in page.content.decode()
    page = admin_client.get(reverse("admin:people_author_changelist"), {"q": "Santiago"})
    assert "Rafael de Santiago" in page.content.decode()


def test_review_page_lists_discovered_entities_with_their_evidence(admin_client, linked):
    page = admin_client.get(reverse("admin:people_official_review"))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Sofía Treviño Lara" in html
    assert "La secretaria de Economía, Sofía Treviño Lara, asistió." in html
    assert "Secretaría de Economía" in html
    assert "Javier de Jesús Cabral Soto" not in html  # verified: nothing to review
    changelist = admin_client.get(
        reverse("admin:people_official_changelist"), {"revision": "pendiente"}
    )
    assert "Sofía Treviño Lara" in changelist.content.decode()
    assert "Revisar descubiertos" in changelist.content.decode()


def test_review_page_buttons_approve_and_reject(admin_client, linked):
    sofia = Official.objects.get(name="Sofía Treviño Lara")
    economia = Institution.objects.get(name="Secretaría de Economía")
    url = reverse("admin:people_official_review")
    admin_client.post(url, {"kind": "official", "pk": sofia.pk, "decision": "approve"})
    admin_client.post(url, {"kind": "institution", "pk": economia.pk, "decision": "reject"})
    sofia.refresh_from_db()
    economia.refresh_from_db()
    assert (sofia.status, economia.status) == (EntityStatus.VERIFIED, EntityStatus.REJECTED)
    assert not linked.institution_mentions.filter(institution=economia).exists()


def test_actions_approve_and_reject(admin_client, linked):
    sofia = Official.objects.get(name="Sofía Treviño Lara")
    url = reverse("admin:people_official_changelist")
    admin_client.post(url, {"action": "reject_selected", "_selected_action": [sofia.pk]})
    sofia.refresh_from_db()
    assert sofia.status == EntityStatus.REJECTED
    admin_client.post(url, {"action": "approve_selected", "_selected_action": [sofia.pk]})
    sofia.refresh_from_db()
    assert sofia.status == EntityStatus.VERIFIED


def test_merge_action_goes_through_an_intermediate_page(admin_client, linked):
    duplicate = Official.objects.create(name="Javier Cabral S.", status=EntityStatus.DISCOVERED)
    target = Official.objects.get(slug="javier-de-jesus-cabral-soto")
    url = reverse("admin:people_official_changelist")
    response = admin_client.post(
        url, {"action": "merge_selected", "_selected_action": [duplicate.pk]}
    )
    assert response.status_code == 302
    page = admin_client.get(response["Location"])
    assert page.status_code == 200
    assert "Fusionar duplicados" in page.content.decode()
    assert "Javier Cabral S." in page.content.decode()
    done = admin_client.post(
        reverse("admin:people_official_merge"), {"ids": str(duplicate.pk), "target": target.pk}
    )
    assert done.status_code == 302
    duplicate.refresh_from_db()
    assert duplicate.merged_into == target
    assert target.aliases.filter(name="Javier Cabral S.").exists()


def test_merge_page_without_a_selection_goes_back(admin_client, db):
    response = admin_client.get(reverse("admin:people_institution_merge"))
    assert response.status_code == 302


def test_admin_is_in_spanish(admin_client, db):
    Official.objects.create(name="Persona Uno Dos")
    page = admin_client.get(reverse("admin:people_official_changelist"))
    html = page.content.decode()
    assert "funcionarios" in html.lower()
    assert "Aprobar (marcar como verificados)" in html
