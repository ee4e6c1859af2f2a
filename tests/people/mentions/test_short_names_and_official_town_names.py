"""Round of the institution side (linker-av, -aw, -as, -at, -ar, -ap): federal bodies the
press names by a word acronym with no article, a body a title calls "la agencia federal"
after naming it, a state's body by its short name in that state, and a town's council
under its municipality's official name. Sentences invented for these tests.
"""

import pytest

from people.mentions import Registry, link_articles
from people.mentions.store import council_forms
from people.models import Institution
from tests.people.conftest import make_article
from tests.people.mentions.support import found, post


def test_a_federal_acronym_written_with_no_article(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Navojoa pidió un préstamo a Banobras. El delegado de Banobras en "
        "Sonora, Rodrigo Llamas Ferrer, firmó el convenio.",
        "MX-SON",
    )
    assert post(extraction, "Rodrigo Llamas Ferrer")[1] == (
        "Banco Nacional de Obras y Servicios Públicos"
    )
    assert "Banco Nacional de Obras y Servicios Públicos" in [
        i.name for i in extraction.institutions
    ]


def test_a_body_the_title_calls_federal_after_naming_it(empty_registry):
    extraction = found(
        empty_registry,
        "La Agencia Reguladora del Transporte Ferroviario (ARTF) revisó las vías; la directora "
        "de Supervisión de la agencia federal, Olivia Mancera Trejo, dijo que el tramo cerrará.",
        "MX-QUE",
    )
    assert post(extraction, "Olivia Mancera Trejo")[1] == (
        "Agencia Reguladora del Transporte Ferroviario"
    )


def test_a_state_body_by_its_short_name_in_its_state_only(empty_registry):
    text = (
        "El director de Operación Vial de la SSC, Gerardo Ybarra Luna, anunció cortes en el "
        "Periférico."
    )
    extraction = found(empty_registry, text, "MX-CMX")
    assert post(extraction, "Gerardo Ybarra Luna")[1] == (
        "Secretaría de Seguridad Ciudadana de la Ciudad de México"
    )
    elsewhere = found(empty_registry, text, "MX-QUE")
    assert post(elsewhere, "Gerardo Ybarra Luna")[1] != (
        "Secretaría de Seguridad Ciudadana de la Ciudad de México"
    )


def test_a_council_under_its_municipalitys_official_name(empty_registry):
    extraction = found(
        empty_registry,
        "El alcalde de Poza Rica, Fermín Zamudio Lara, y el director de Obras Públicas de "
        "Poza Rica, Tadeo Ruelas Nieto, recorrieron la colonia.",
        "MX-VER",
    )
    assert post(extraction, "Fermín Zamudio Lara")[1] == "Ayuntamiento de Poza Rica de Hidalgo"
    # the town's units keep the name the press gives the town
    assert post(extraction, "Tadeo Ruelas Nieto")[1] == "Dirección de Obras Públicas de Poza Rica"


def test_a_council_under_its_official_name_is_also_its_short_name():
    forms = council_forms("Ayuntamiento de Ecatepec de Morelos", "MX-MEX/Ecatepec de Morelos")
    assert "Ayuntamiento de Ecatepec" in forms
    assert "Municipio de Ecatepec de Morelos" in forms
    assert council_forms("Ayuntamiento de Toluca", "MX-MEX/Toluca") == ["Municipio de Toluca"]


def test_a_secretariat_a_title_names_short_is_the_one_another_title_names_in_full(
    empty_registry,
):
    extraction = found(
        empty_registry,
        "La secretaria de Pesca y Acuacultura Sustentable, Yolanda Ferrer Baeza, presentó el "
        "censo. El exsecretario de Pesca Arnulfo Quiñones Rey pidió ampliar la veda.",
        "MX-SIN",
    )
    assert (
        post(extraction, "Arnulfo Quiñones Rey")[1] == post(extraction, "Yolanda Ferrer Baeza")[1]
    )
    assert post(extraction, "Arnulfo Quiñones Rey")[1].startswith(
        "Secretaría de Pesca y Acuacultura Sustentable"
    )


@pytest.mark.django_db
def test_one_council_whether_a_text_names_its_town_short_or_in_full():
    first = make_article(
        body="El alcalde de Taxco, Rogelio Nájera Cruz, inauguró el mercado.", location="Guerrero"
    )
    second = make_article(
        body=(
            "El Ayuntamiento de Taxco de Alarcón aprobó el presupuesto. El alcalde de Taxco, "
            "Rogelio Nájera Cruz, lo presentó."
        ),
        location="Guerrero",
    )
    link_articles([first, second], registry=Registry.load())
    councils = Institution.objects.filter(name="Ayuntamiento de Taxco de Alarcón")
    assert councils.count() == 1
    assert "ayuntamiento de taxco" in {a.normalized for a in councils.get().aliases.all()}
    assert [m.institution.name for m in second.institution_mentions.all()] == [
        "Ayuntamiento de Taxco de Alarcón"
    ]
