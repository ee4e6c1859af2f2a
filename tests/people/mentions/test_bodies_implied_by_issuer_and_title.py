"""Officials whose title names no body, given one by the article: a unit's
head in a press release works for the release's issuing body; a unit head's secretaría is
the one another title of the article implies; a state prosecutor's unit head works in the
state's Fiscalía. Sentences invented for these tests."""

import pytest

from people.mentions import Registry
from people.mentions.lexicon import role_row
from tests.people.mentions.support import found, post


def test_a_roles_row_is_read_from_the_role_as_written():
    assert role_row("exgerente regional").masculine == "gerente"
    assert role_row("superintendente de la Zona Norte").masculine == "superintendente"
    assert role_row("subsecretaria de Planeación").masculine == "subsecretario"
    assert role_row("encargada de despacho").masculine == "encargado de despacho"
    assert role_row("cantante") is None


def _linked(body, issuer, state):
    from people.mentions import link_article
    from tests.people.conftest import make_article

    article = make_article(title="Boletín", body=body, issuer=issuer)
    link_article(article, registry=Registry.load(), jurisdiction=state)
    return {m.official.name: m.institution for m in article.official_mentions.all()}


@pytest.mark.django_db
def test_a_units_head_in_a_release_works_for_its_issuer_the_text_names_too():
    posts = _linked(
        "Tepic, Nayarit, 4 de marzo de 2026.- El Instituto Nayarita de Caminos (INCA) "
        "reabrió el tramo dañado. La gerente de Conservación Norte, Lidia Robles Ceja, "
        "informó que las obras terminarán en abril; el exsuperintendente Tomás Ulloa Vera "
        "asesora a las cuadrillas.",
        "Instituto Nayarita de Caminos",
        "MX-NAY",
    )
    assert posts["Lidia Robles Ceja"].name == "Instituto Nayarita de Caminos"
    assert posts["Tomás Ulloa Vera"].name == "Instituto Nayarita de Caminos"


@pytest.mark.django_db
def test_a_title_of_another_level_is_not_the_issuers():
    posts = _linked(
        "Tepic, Nayarit, 4 de marzo de 2026.- El Instituto Nayarita de Caminos reabrió el "
        "tramo. El director de Vialidad municipal Óscar Peña Lomelí cerró dos calles.",
        "Instituto Nayarita de Caminos",
        "MX-NAY",
    )
    institution = posts.get("Óscar Peña Lomelí")
    assert institution is None or institution.name != "Instituto Nayarita de Caminos"


def test_a_subsecretary_works_in_the_secretaria_another_title_implies(empty_registry):
    extraction = found(
        empty_registry,
        "La secretaria de Cultura Nayarit, Irene Solís Ávila, abrió el festival con el "
        "subsecretario de Cultura Popular, Omar Lara Ceja.",
        "MX-NAY",
    )
    assert post(extraction, "Omar Lara Ceja")[1] == post(extraction, "Irene Solís Ávila")[1]
    assert post(extraction, "Omar Lara Ceja")[1].startswith("Secretaría de Cultura")


def test_a_regional_prosecutor_works_in_the_states_fiscalia(empty_registry):
    extraction = found(
        empty_registry,
        "La fiscal regional de Tuxpan, Elena Ríos Mora, informó de tres detenidos.",
        "MX-NAY",
    )
    assert post(extraction, "Elena Ríos Mora")[1] == "Fiscalía General del Estado de Nayarit"


def test_a_prosecutors_unit_in_mexico_city_is_its_own_fiscalias(empty_registry):
    extraction = found(
        empty_registry,
        "El fiscal de Investigación Territorial, Mario Ávila Ruiz, presentó el informe.",
        "MX-CMX",
    )
    assert post(extraction, "Mario Ávila Ruiz")[1] == (
        "Fiscalía General de Justicia de la Ciudad de México"
    )


def test_a_prosecutor_named_with_no_unit_or_of_another_level_gets_no_state_fiscalia(
    empty_registry,
):
    extraction = found(
        empty_registry,
        "El fiscal federal de Delitos Ambientales, Mario Ávila Ruiz, presentó el informe.",
        "MX-NAY",
    )
    assert post(extraction, "Mario Ávila Ruiz")[1] != "Fiscalía General del Estado de Nayarit"
