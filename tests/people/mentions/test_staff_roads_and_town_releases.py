"""Shapes of linker-bp and the open ones of the previous round (issue 12): a town named
after a person with an initial in a list of places; a town whose name ends with a place word
before its mayor's name; a post taken by the sentence's own verb; Chihuahua's sectional
presidents; a post that serves an official named after it; two titles sharing one body
with "respectivamente"; a road's unit; a secretary with no level in a town's release.
Sentences invented for these tests."""

import pytest

from people.mentions import Registry
from tests.people.mentions.support import found, post


def test_a_town_named_after_a_person_with_an_initial_in_a_list_of_places(empty_registry):
    text = (
        "Los alcaldes de Tepeji del Río, Francisco I. Madero y Apan, Olga Rivas Peña, "
        "Tomás Ibarra Luna y Elsa Mora Gil, pidieron semilla para la resiembra."
    )
    result = found(empty_registry, text, "MX-HID")
    assert "Francisco I. Madero" not in result.official_names
    assert post(result, "Tomás Ibarra Luna")[1] == "Ayuntamiento de Francisco I. Madero"
    assert post(result, "Elsa Mora Gil")[1] == "Ayuntamiento de Apan"


def test_a_town_ending_with_a_place_word_before_its_mayors_name(empty_registry):
    text = "El exalcalde de Gómez Palacio Rodrigo Ibarra Solís pidió revisar las tarifas."
    result = found(empty_registry, text, "MX-DUR")
    assert post(result, "Rodrigo Ibarra Solís") == (
        "exalcalde de Gómez Palacio",
        "Ayuntamiento de Gómez Palacio",
    )


def test_a_post_taken_by_the_sentences_own_verb(empty_registry):
    text = (
        "La rectora de la Universidad Autónoma de Campeche, Lucía Pérez Gil, presidió el "
        "acto. Marta Cano Ruiz rindió protesta como nueva secretaria de Extensión de la "
        "universidad."
    )
    result = found(empty_registry, text, "MX-CAM")
    role, institution = post(result, "Marta Cano Ruiz")
    assert role == "secretaria de Extensión de la universidad"
    assert institution == "Universidad Autónoma de Campeche"


@pytest.mark.parametrize(
    "text",
    [
        "En Guachochi, la presidenta seccional de Baborigame, Rosa Gil Paz, pidió leña "
        "para 40 familias.",
        "En Guachochi, la presidenta seccional de Baborigame Rosa Gil Paz pidió leña para "
        "40 familias.",
    ],
)
def test_a_sectional_president_works_for_her_towns_council(empty_registry, text):
    result = found(empty_registry, text, "MX-CHH")
    assert post(result, "Rosa Gil Paz") == (
        "presidenta seccional",
        "Ayuntamiento de Guachochi",
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "El jefe de la oficina privada del gobernador, Saúl Medina Ortiz, recibió a los "
            "productores.",
            "jefe de la oficina privada del gobernador",
        ),
        (
            "El secretario particular del gobernador, Saúl Medina Ortiz, recibió a los "
            "productores.",
            "secretario particular del gobernador",
        ),
    ],
)
def test_a_post_that_serves_the_official_named_after_it(empty_registry, text, role):
    result = found(empty_registry, text, "MX-SON")
    assert post(result, "Saúl Medina Ortiz") == (role, "Gobierno del Estado de Sonora")


def test_a_verb_between_a_title_and_a_post_serves_nobody(empty_registry):
    text = (
        "La alcaldesa llegó acompañada del director municipal de Protección Civil, Saúl "
        "Medina Ortiz."
    )
    result = found(empty_registry, text, "MX-SON")
    assert post(result, "Saúl Medina Ortiz")[0] == "director municipal de Protección Civil"


def test_two_titles_share_the_last_ones_body_respectively(empty_registry):
    text = (
        "Irene Pozos Lara y Mario Díaz Paz, presidenta y secretario de la Comisión de "
        "Hacienda del Congreso del Estado, respectivamente, presentaron el dictamen."
    )
    result = found(empty_registry, text, "MX-SON")
    assert post(result, "Irene Pozos Lara") == (
        "presidenta de la Comisión de Hacienda del Congreso del Estado",
        "Congreso del Estado de Sonora",
    )
    assert post(result, "Mario Díaz Paz")[1] == "Congreso del Estado de Sonora"


def test_a_road_named_as_the_unit_of_the_road_body_named_before(empty_registry):
    text = (
        "El director de Operación de Capufe, Ana Ruiz Gil, informó del aforo. La jefa de la "
        "plaza de cobro del Puente Tampico, Lidia Soto Reyes, pidió paciencia."
    )
    result = found(empty_registry, text, "MX-TAM")
    assert post(result, "Lidia Soto Reyes") == (
        "jefa de la plaza de cobro del Puente Tampico",
        "Caminos y Puentes Federales de Ingresos y Servicios Conexos",
    )


def _linked(body, issuer, state):
    from people.mentions import link_article
    from tests.people.conftest import make_article

    article = make_article(title="Boletín", body=body, issuer=issuer)
    link_article(article, registry=Registry.load(), jurisdiction=state)
    officials = {m.official.name: m.institution.name for m in article.official_mentions.all()}
    return officials, {m.institution.name for m in article.institution_mentions.all()}


@pytest.mark.django_db
def test_a_secretary_with_no_level_in_a_towns_release_is_the_towns():
    officials, bodies = _linked(
        "Tulancingo, Hidalgo, 3 de mayo de 2026.- La presidenta municipal, Ana Soto Ruiz, "
        "presentó el operativo. Asistió la secretaria de Seguridad Ciudadana, Paola Trejo "
        "Islas.",
        "H. Ayuntamiento de Tulancingo",
        "MX-HID",
    )
    assert officials["Paola Trejo Islas"] == "Ayuntamiento de Tulancingo"
    assert not any(name.startswith("Secretaría de Seguridad") for name in bodies)


@pytest.mark.django_db
def test_a_states_secretary_named_so_in_a_towns_release_stays_the_states():
    officials, _bodies = _linked(
        "Tulancingo, Hidalgo, 3 de mayo de 2026.- La secretaria de Turismo del Gobierno del "
        "Estado de Hidalgo, Paola Trejo Islas, visitó la feria. El secretario de Salud Raúl "
        "Lima Sosa dijo que la Secretaría de Salud de Hidalgo enviará brigadas.",
        "H. Ayuntamiento de Tulancingo",
        "MX-HID",
    )
    assert officials["Paola Trejo Islas"] != "Ayuntamiento de Tulancingo"
    assert officials["Raúl Lima Sosa"] != "Ayuntamiento de Tulancingo"


@pytest.mark.django_db
def test_a_secretary_whose_secretariat_the_release_names_by_acronym_is_the_states():
    officials, bodies = _linked(
        "Cancún, Quintana Roo, 2 de abril de 2026.- El secretario de Turismo Omar Pech Ruiz "
        "dijo que la Sedetur no registra cancelaciones.",
        "H. Ayuntamiento de Benito Juárez",
        "MX-ROO",
    )
    assert officials["Omar Pech Ruiz"] == "Secretaría de Turismo de Quintana Roo"
    assert "Secretaría de Turismo de Quintana Roo" in bodies
