"""Approve, reject and merge discovered entities; resolve merged slugs."""

import pytest

from articles.models import InstitutionMention, OfficialMention
from people.mentions import Registry, approve, link_article, merge, reject, resolve_merged
from people.mentions.review import MergeError
from people.models import EntityStatus, Institution, Official, Position
from tests.people.conftest import make_article

pytestmark = pytest.mark.django_db


def discover(body):
    article = make_article(body=body)
    link_article(article, registry=Registry.load())
    return article


def test_approve_verifies_the_official_and_its_discovered_posts():
    discover("La secretaria de Economía, Sofía Treviño Lara, dijo.")
    sofia = Official.objects.get()
    assert approve([sofia]) == 1
    sofia.refresh_from_db()
    assert sofia.status == EntityStatus.VERIFIED
    assert sofia.positions.get().status == EntityStatus.VERIFIED


def test_reject_drops_automatic_mentions_and_the_name_is_never_rediscovered():
    article = discover("El director del IMSS, Kevin Marshall Lee, explicó.")
    kevin = Official.objects.get(name="Kevin Marshall Lee")
    manual = make_article(body="Otra nota")
    OfficialMention.objects.create(article=manual, official=kevin, manual=True)
    assert reject(Official.objects.filter(pk=kevin.pk)) == 1
    assert not OfficialMention.objects.filter(official=kevin, manual=False).exists()
    assert OfficialMention.objects.filter(official=kevin, manual=True).exists()
    link_article(article, registry=Registry.load())
    later = discover("El director del IMSS, Kevin Marshall Lee, volvió a hablar.")
    assert Official.objects.filter(name__startswith="Kevin").count() == 1
    assert not later.official_mentions.exists()


def test_merge_moves_everything_and_keeps_the_old_name():
    first = discover("El delegado del IMSS, Javier Cabral Soto, dijo.")
    second = discover("Según el delegado del ISSSTE, Xavier Cabral Soto, no.")
    both = make_article(body="x")
    target = Official.objects.get(name="Javier Cabral Soto")
    source = Official.objects.get(name="Xavier Cabral Soto")
    OfficialMention.objects.create(article=both, official=target, count=2)
    OfficialMention.objects.create(article=both, official=source, count=3, manual=True)
    merge(source, target)
    source.refresh_from_db()
    assert source.merged_into == target
    assert set(target.aliases.values_list("name", flat=True)) >= {
        "Javier Cabral Soto",
        "Xavier Cabral Soto",
    }
    assert set(second.officials.all()) == {target}
    assert set(first.officials.all()) == {target}
    combined = OfficialMention.objects.get(article=both, official=target)
    assert (combined.count, combined.manual) == (5, True)
    assert set(Position.objects.filter(official=target).values_list("role", flat=True)) == {
        "Delegado"
    }
    assert Position.objects.filter(official=target).count() == 2  # IMSS and ISSSTE posts
    assert resolve_merged(Official, source.slug) == target
    # The merged name now links to the target, and is not rediscovered.
    third = discover("El delegado Xavier Cabral Soto dijo.")
    assert list(third.officials.all()) == [target]
    assert Official.objects.count() == 2


def test_merge_institutions_moves_posts_children_and_mentions():
    discover("El titular de la Secretaría de Salud de Zacatecas, Rubén Ortiz Delgado, dijo.")
    source = Institution.objects.get(name="Secretaría de Salud de Zacatecas")
    target = Institution.objects.create(name="Servicios de Salud de Zacatecas", acronym="SSZ")
    child = Institution.objects.create(name="Hospital de la Mujer", parent=source)
    merge(source, target)
    assert InstitutionMention.objects.filter(institution=target).count() == 1
    assert Position.objects.get().institution == target
    child.refresh_from_db()
    assert child.parent == target
    assert "Secretaría de Salud de Zacatecas" in set(target.aliases.values_list("name", flat=True))
    assert resolve_merged(Institution, source.slug) == target


def test_merge_refuses_nonsense():
    a = Official.objects.create(name="Ana Uno Dos")
    b = Official.objects.create(name="Ana Tres Cuatro")
    with pytest.raises(MergeError):
        merge(a, a)
    merge(a, b)
    with pytest.raises(MergeError):
        merge(b, a)


def test_resolve_merged_follows_chains_and_unknown_slugs():
    a = Official.objects.create(name="Persona A Uno")
    b = Official.objects.create(name="Persona B Dos")
    c = Official.objects.create(name="Persona C Tres")
    merge(a, b)
    merge(b, c)
    assert resolve_merged(Official, a.slug) == c
    assert resolve_merged(Official, c.slug) == c
    assert resolve_merged(Official, "no-existe") is None
