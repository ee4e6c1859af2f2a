"""An office its head's title names, written alone in the article
("el oficial mayor … la Oficialía Mayor"). Sentences invented for these tests."""

from tests.people.mentions.support import found, post


def test_the_town_s_office_a_title_heads_when_the_article_names_it_alone(empty_registry):
    extraction = found(
        empty_registry,
        "El alcalde de Tecomán, Rubén Salas Ochoa, firmó el convenio. El oficial mayor, "
        "Iván Robles Quintero, dijo que la Oficialía Mayor publicará las bases el lunes.",
        "MX-COL",
    )
    assert post(extraction, "Iván Robles Quintero")[1] == "Oficialía Mayor de Tecomán"
    assert "Oficialía Mayor de Tecomán" in extraction.institution_names


def test_the_council_s_officer_works_in_the_office_the_article_names(empty_registry):
    extraction = found(
        empty_registry,
        "La oficial mayor del Ayuntamiento de Tecomán, Lidia Fuentes Arce, explicó que la "
        "Oficialía Mayor revisará la nómina.",
        "MX-COL",
    )
    assert post(extraction, "Lidia Fuentes Arce")[1] == "Oficialía Mayor de Tecomán"


def test_a_body_s_office_when_the_title_names_the_body(empty_registry):
    extraction = found(
        empty_registry,
        "El Poder Judicial del Estado de Colima abrió una sala. El oficial mayor del Poder "
        "Judicial, Tomás Ávila Meza, detalló que la Oficialía Mayor pagó la obra. La "
        "alcaldesa de Tecomán, Irma Solís Peña, asistió.",
        "MX-COL",
    )
    assert (
        post(extraction, "Tomás Ávila Meza")[1]
        == "Oficialía Mayor del Poder Judicial del Estado de Colima"
    )


def test_no_office_when_the_article_does_not_name_it_alone(empty_registry):
    extraction = found(
        empty_registry,
        "El alcalde de Tecomán, Rubén Salas Ochoa, firmó el convenio. El oficial mayor, "
        "Iván Robles Quintero, publicará las bases el lunes con la Oficialía Mayor de "
        "Gobierno del estado.",
        "MX-COL",
    )
    assert "Oficialía Mayor de Tecomán" not in extraction.institution_names
    assert post(extraction, "Iván Robles Quintero")[1] != "Oficialía Mayor de Tecomán"
