"""load_people, relink_mentions and export_popolo."""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from people.models import (
    Institution,
    InstitutionAlias,
    Official,
    OfficialAlias,
    Position,
)
from tests.conftest import PEOPLE_FIXTURE
from tests.people.conftest import make_article

pytestmark = pytest.mark.django_db


def table_sizes():
    return tuple(
        m.objects.count()
        for m in (Institution, InstitutionAlias, Official, OfficialAlias, Position)
    )


def snapshot():
    return (
        sorted(
            Institution.objects.values_list(
                "slug", "name", "acronym", "jurisdiction", "parent__slug"
            )
        ),
        sorted(
            InstitutionAlias.objects.values_list("institution__slug", "name", "kind", "auto_link")
        ),
        sorted(OfficialAlias.objects.values_list("official__slug", "name", "kind", "auto_link")),
        sorted(
            Position.objects.values_list(
                "official__slug", "institution__slug", "role", "start_date", "end_date"
            )
        ),
    )


def test_load_people_is_idempotent():
    out = StringIO()
    call_command("load_people", str(PEOPLE_FIXTURE), stdout=out)
    assert "instituciones: 8 creadas" in out.getvalue()
    first = snapshot()
    sizes = table_sizes()
    call_command("load_people", str(PEOPLE_FIXTURE), verbosity=0)
    assert snapshot() == first and table_sizes() == sizes


def test_load_people_content():
    call_command("load_people", str(PEOPLE_FIXTURE), verbosity=0)
    finanzas = Institution.objects.get(slug="secretaria-de-finanzas-zacatecas")
    assert finanzas.parent.name == "Gobierno del Estado de Zacatecas"
    assert finanzas.jurisdiction == "MX-ZAC"
    assert not finanzas.aliases.get(name="Secretaría de Finanzas").auto_link
    bienestar = Institution.objects.get(slug="imss-bienestar")
    assert set(bienestar.aliases.values_list("normalized", flat=True)) >= {"imss bienestar"}
    cabral = Official.objects.get(slug="javier-de-jesus-cabral-soto")
    assert not cabral.aliases.get(name="Cabral Soto").auto_link
    amlo = Official.objects.get(slug="andres-manuel-lopez-obrador")
    position = amlo.positions.get()
    assert position.institution.name == "Presidencia de la República"
    assert position.start_date == datetime.date(2018, 12, 1)


def test_load_people_keeps_learned_dates_and_editor_aliases():
    call_command("load_people", str(PEOPLE_FIXTURE), verbosity=0)
    position = Position.objects.get(official__slug="zoe-robledo")
    position.start_date = datetime.date(2020, 1, 1)
    position.save()
    OfficialAlias.objects.create(official=position.official, name="Zoé R.")
    call_command("load_people", str(PEOPLE_FIXTURE), verbosity=0)
    position.refresh_from_db()
    assert position.start_date == datetime.date(2020, 1, 1)
    assert OfficialAlias.objects.filter(name="Zoé R.").exists()


def test_load_people_reports_bad_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"institutions": [{"name": "Sin slug"}]}))
    with pytest.raises(CommandError):
        call_command("load_people", str(bad), verbosity=0)
    with pytest.raises(CommandError):
        call_command("load_people", str(tmp_path / "missing.json"), verbosity=0)


def test_relink_mentions_all_and_selected(people_registry):
    old = make_article(
        body="El IMSS informó.",
        slug="vieja",
        published_at=timezone.make_aware(datetime.datetime(2013, 1, 1, 12)),
    )
    new = make_article(
        body="Zoé Robledo habló del IMSS.",
        slug="nueva",
        published_at=timezone.make_aware(datetime.datetime(2024, 1, 9, 12)),
    )
    out = StringIO()
    call_command("relink_mentions", stdout=out)
    assert "2 notas reenlazadas" in out.getvalue() and "notas/s" in out.getvalue()
    assert old.institution_mentions.count() == 1 and new.official_mentions.count() == 1

    new.official_mentions.all().delete()
    out = StringIO()
    call_command("relink_mentions", "--slug", "nueva", stdout=out)
    assert "1 notas reenlazadas" in out.getvalue()
    assert new.official_mentions.count() == 1

    out = StringIO()
    call_command("relink_mentions", "--since", "2020-01-01", stdout=out)
    assert "1 notas reenlazadas" in out.getvalue()
    out = StringIO()
    call_command("relink_mentions", str(old.pk), str(new.pk), "--batch-size", "1", stdout=out)
    assert "2 notas reenlazadas" in out.getvalue()
    with pytest.raises(CommandError):
        call_command("relink_mentions", "--since", "ayer")


def test_export_popolo(people_registry, tmp_path):
    target = tmp_path / "popolo.json"
    call_command("export_popolo", "-o", str(target), verbosity=0)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert set(data) == {"persons", "organizations", "memberships"}
    persons = {p["id"]: p for p in data["persons"]}
    organizations = {o["id"]: o for o in data["organizations"]}
    cabral = persons["javier-de-jesus-cabral-soto"]
    assert {n["name"] for n in cabral["other_names"]} == {"Javier Cabral Soto", "Cabral Soto"}
    finanzas = organizations["secretaria-de-finanzas-zacatecas"]
    assert finanzas["parent_id"] == "gobierno-del-estado-de-zacatecas"
    assert "SEFIN" in {n["name"] for n in finanzas["other_names"]}
    amlo = next(m for m in data["memberships"] if m["person_id"] == "andres-manuel-lopez-obrador")
    assert amlo == {
        "id": amlo["id"],
        "person_id": "andres-manuel-lopez-obrador",
        "organization_id": "presidencia-de-la-republica",
        "role": "Presidente de la República",
        "start_date": "2018-12-01",
        "end_date": "2024-09-30",
        "evidence": {"first_seen": None, "last_seen": None, "articles": 0},
    }
    out = StringIO()
    call_command("export_popolo", stdout=out)
    assert json.loads(out.getvalue())["persons"]


def test_export_popolo_leaves_out_rejected_and_merged(people_registry):
    from people.models import EntityStatus

    Official.objects.create(name="Rechazado Uno Dos", status=EntityStatus.REJECTED)
    target = Official.objects.get(slug="zoe-robledo")
    Official.objects.create(name="Zoe Robledo Duplicado", merged_into=target)
    out = StringIO()
    call_command("export_popolo", "--verified-only", stdout=out)
    names = {p["name"] for p in json.loads(out.getvalue())["persons"]}
    assert "Rechazado Uno Dos" not in names and "Zoe Robledo Duplicado" not in names
