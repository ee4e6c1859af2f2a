"""Round of linker-av and linker-aw: names before a plural title, two titles sharing one
body and one list, a counterpart in another area of the same body, days of an
appointment, a post held "desde", numbered units with a name, rights defenders, "y la"
inside a name, facilities named after a place, state centres,
and people who hold no public office (a company "la empresa privada", a foreign
official named by demonym, an international sports body, a union's numbered section, a
private hospital chain). Sentences invented for these tests.
"""

import pytest

from tests.people.mentions.support import found, post


def test_names_listed_before_a_plural_title(empty_registry):
    extraction = found(
        empty_registry,
        "El cabildo sesionó el martes. Mariela Chan Couoh y Ramiro Pool Kantún, regidores "
        "de Tizimín, pidieron revisar el alumbrado.",
        "MX-YUC",
    )
    assert post(extraction, "Mariela Chan Couoh") == (
        "regidora de Tizimín",
        "Ayuntamiento de Tizimín",
    )
    assert post(extraction, "Ramiro Pool Kantún") == (
        "regidor de Tizimín",
        "Ayuntamiento de Tizimín",
    )


def test_two_titles_share_one_body_and_one_list_of_names(empty_registry):
    extraction = found(
        empty_registry,
        "La secretaria y el subsecretario de Pesca y Acuacultura, Renata Olguín Barba y "
        "Damián Escárcega Villa, presentaron el programa de vedas.",
        "MX-SON",
    )
    role, institution = post(extraction, "Renata Olguín Barba")
    assert role == "secretaria de Pesca y Acuacultura"
    assert institution.startswith("Secretaría de Pesca y Acuacultura")
    role, institution = post(extraction, "Damián Escárcega Villa")
    assert role == "subsecretario de Pesca y Acuacultura"
    assert institution.startswith("Secretaría de Pesca y Acuacultura")


def test_a_counterpart_in_another_area_of_the_same_body(empty_registry):
    extraction = found(
        empty_registry,
        "La presidenta de la Comisión de Educación, Olga Ibarra Quezada, y su homólogo de "
        "Salud, Tomás Rentería Gil, presentaron el dictamen en el Congreso del Estado.",
        "MX-ZAC",
    )
    assert post(extraction, "Tomás Rentería Gil")[1] == post(extraction, "Olga Ibarra Quezada")[1]
    assert post(extraction, "Tomás Rentería Gil")[1] == "Legislatura del Estado de Zacatecas"


@pytest.mark.parametrize("day", ["este jueves", "la semana pasada"])
def test_an_appointment_with_this_weeks_day(empty_registry, day):
    extraction = found(
        empty_registry,
        f"Irene Salcido Barraza, quien {day} rindió protesta como directora del Instituto "
        "Estatal de las Mujeres, anunció un refugio.",
        "MX-CHH",
    )
    assert post(extraction, "Irene Salcido Barraza")[0].startswith("directora del Instituto")


def test_a_post_held_since_a_date_after_the_name(empty_registry):
    extraction = found(
        empty_registry,
        "Saúl Benavides Ortega, presidente municipal interino de Tepehuanes desde febrero, "
        "abrió un albergue.",
        "MX-DUR",
    )
    assert post(extraction, "Saúl Benavides Ortega") == (
        "presidente municipal interino de Tepehuanes",
        "Ayuntamiento de Tepehuanes",
    )


def test_a_numbered_unit_with_its_own_name_closes_the_title(empty_registry):
    extraction = found(
        empty_registry,
        "Amparo Quiroz Lizárraga, jefa del Distrito de Riego 075 Río Fuerte, pidió "
        "reparar canales.",
        "MX-SIN",
    )
    assert post(extraction, "Amparo Quiroz Lizárraga") == (
        "jefa del Distrito de Riego 075 Río Fuerte",
        "Distrito de Riego 075 Río Fuerte",
    )


def test_a_numbered_unit_with_its_number_only_is_its_parents(empty_registry):
    extraction = found(
        empty_registry,
        "El jefe del Distrito de Riego 038, Anselmo Trujillo Vega, calculó pérdidas.",
        "MX-SON",
    )
    assert post(extraction, "Anselmo Trujillo Vega")[1] == "Comisión Nacional del Agua"


def test_a_rights_defender_with_a_capitalised_matter_is_an_official(empty_registry):
    extraction = found(
        empty_registry,
        "La defensora de los Derechos Universitarios de la Universidad Autónoma de "
        "Zacatecas, Lidia Robles Cázares, recibió quejas. El defensor de los migrantes, "
        "Arturo Peña Solís, pidió albergues.",
        "MX-ZAC",
    )
    assert extraction.official_names == {"Lidia Robles Cázares"}


def test_a_rights_defender_heads_the_body_her_title_names(empty_registry):
    extraction = found(
        empty_registry,
        "Marisol Cruz Bautista, defensora de los Derechos Humanos del Pueblo de Oaxaca, "
        "pidió medidas cautelares.",
        "MX-OAX",
    )
    assert post(extraction, "Marisol Cruz Bautista")[1] == (
        "Defensoría de los Derechos Humanos del Pueblo de Oaxaca"
    )


def test_y_la_between_two_words_of_one_name(empty_registry):
    extraction = found(
        empty_registry,
        "El secretario del Agua y la Energía Limpia, Rodrigo Téllez Ávila, anunció pozos.",
        "MX-BCN",
    )
    assert post(extraction, "Rodrigo Téllez Ávila")[1].startswith(
        "Secretaría del Agua y la Energía Limpia"
    )


def test_a_person_after_a_facility_named_by_its_place(empty_registry):
    extraction = found(
        empty_registry,
        "El exadministrador de la Aduana de Ensenada Gilberto Carrasco Ruelas criticó los "
        "retrasos.",
        "MX-BCN",
    )
    assert "Gilberto Carrasco Ruelas" in extraction.official_names
    assert "Aduana de Ensenada" in extraction.institution_names


def test_a_state_centre_for_women_named_alone(empty_registry):
    extraction = found(
        empty_registry,
        "La coordinadora del Centro de Justicia para las Mujeres, Mtra. Laura de la Garza "
        "Treviño, amplió el horario.",
        "MX-TAM",
    )
    assert post(extraction, "Laura de la Garza Treviño")[1].startswith(
        "Centro de Justicia para las Mujeres"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a company the text then calls private, with its article
        "Julio Barragán Tello, gerente de Limpia Total del Bajío, la empresa privada que "
        "recoge la basura, pidió el pago.",
        # a foreign official named by a demonym
        "Karen Whitmore, comisionada de la sección estadounidense de la comisión "
        "binacional, visitó la presa.",
        # an international sports body
        "Paola Andretti Ruiz, gerente de sede de la FIFA en Guadalajara, revisó el estadio.",
        # a union's numbered section
        "Efrén Lucas Matías, secretario general de la Sección 7, anunció un paro.",
        # a private hospital chain
        "El director médico del Hospital Ángeles Tijuana, Ramiro Zúñiga Paz, ofreció camas.",
    ],
)
def test_people_who_hold_no_public_office(empty_registry, sentence):
    extraction = found(empty_registry, sentence, "MX-JAL")
    assert extraction.officials == ()


def test_a_units_parent_between_commas_before_its_holder(empty_registry):
    extraction = found(
        empty_registry,
        "El administrador de la Aduana de Ensenada, de la Agencia Nacional de Aduanas de "
        "México (ANAM), Tadeo Rubalcava Ortiz, amplió el horario.",
        "MX-BCN",
    )
    assert post(extraction, "Tadeo Rubalcava Ortiz") == (
        "administrador de la Aduana de Ensenada",
        "Aduana de Ensenada",
    )


def test_a_federal_service_named_by_its_word_acronym(empty_registry):
    extraction = found(
        empty_registry, "Inspectores del Senasica revisaron las huertas de aguacate.", "MX-MIC"
    )
    assert extraction.institution_names == {
        "Servicio Nacional de Sanidad, Inocuidad y Calidad Agroalimentaria"
    }


def test_locality_authorities_sit_in_the_articles_council(empty_registry):
    # the locality is where each serves, not a town of its own nor a part of the post
    extraction = found(
        empty_registry,
        "El presidente municipal de Tepoztlán, Arturo Villalba Cruz, recibió a los vecinos. "
        "Los ayudantes municipales de Amatlán y Santo Domingo, Rubén Xolalpa Díaz y Elena "
        "Tlacotempa Ruiz, pidieron pipas. Ofelia Canul Pech, subcomisaria de Xcanatún, "
        "también habló.",
        "MX-MOR",
    )
    assert post(extraction, "Rubén Xolalpa Díaz") == (
        "ayudante municipal",
        "Ayuntamiento de Tepoztlán",
    )
    assert post(extraction, "Elena Tlacotempa Ruiz")[1] == "Ayuntamiento de Tepoztlán"
    assert post(extraction, "Ofelia Canul Pech") == (
        "subcomisaria",
        "Ayuntamiento de Tepoztlán",
    )
    assert extraction.institution_names == {"Ayuntamiento de Tepoztlán"}
