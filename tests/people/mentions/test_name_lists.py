"""Several officials after one plural title: a party after each name, units or bodies
listed one per name, and a singular title joined to the plural one. Sentences invented
for these tests.
"""

import pytest

from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    "text",
    [
        "Los diputados locales Ofelia Sáenz Robles (Morena), Braulio Tapia Guerra (PAN) y "
        "Inés Garza Leal (MC) presentaron la iniciativa.",
        "Los diputados locales Ofelia Sáenz Robles, de Morena, Braulio Tapia Guerra, del PAN, "
        "e Inés Garza Leal, de Movimiento Ciudadano, presentaron la iniciativa.",
    ],
)
def test_a_party_after_each_name_of_a_list_is_no_name(empty_registry, text):
    extraction = found(empty_registry, text, "MX-NLE")
    assert extraction.official_names == {
        "Ofelia Sáenz Robles",
        "Braulio Tapia Guerra",
        "Inés Garza Leal",
    }
    assert post(extraction, "Braulio Tapia Guerra")[0] == "diputado local"
    assert post(extraction, "Inés Garza Leal")[0] == "diputada local"


def test_units_listed_in_lower_case_give_each_holder_a_unit(empty_registry):
    extraction = found(
        empty_registry,
        "Los Servicios de Salud de Hidalgo convocaron a los jefes de las jurisdicciones "
        "sanitarias de Huejutla, Tula y Pachuca: Rocío Manzano Ibarra, Germán Olvera Paz "
        "y Lidia Pérez Soto, respectivamente.",
        "MX-HID",
    )
    assert post(extraction, "Rocío Manzano Ibarra") == (
        "jefa de la jurisdicción sanitaria de Huejutla",
        "Servicios de Salud de Hidalgo",
    )
    assert post(extraction, "Germán Olvera Paz")[0] == "jefe de la jurisdicción sanitaria de Tula"
    assert post(extraction, "Lidia Pérez Soto")[0] == "jefa de la jurisdicción sanitaria de Pachuca"


def test_bodies_listed_after_a_plural_title_are_one_each(empty_registry):
    extraction = found(
        empty_registry,
        "Firmaron los directores del DIF Apizaco, del DIF Huamantla y del DIF Calpulalpan, "
        "Sonia Flores Cano, Raúl Meza Vega y Elena Ríos Paz, el convenio.",
        "MX-TLA",
    )
    assert post(extraction, "Sonia Flores Cano")[0] == "directora del DIF Apizaco"
    assert "Huamantla" in post(extraction, "Raúl Meza Vega")[1]
    assert "Calpulalpan" in post(extraction, "Elena Ríos Paz")[1]


def test_a_singular_title_before_a_plural_one_is_the_first_names(empty_registry):
    extraction = found(
        empty_registry,
        "Asistieron el Ayuntamiento de Lerdo, la síndica municipal y los regidores de Obras "
        "y de Cultura, Norma Chávez Ruiz, Mario Solís Gil y Ana Luna Mora, respectivamente.",
        "MX-DUR",
    )
    assert post(extraction, "Norma Chávez Ruiz")[0] == "síndica municipal"
    assert post(extraction, "Mario Solís Gil")[0] == "regidor de Obras"
    assert post(extraction, "Ana Luna Mora")[0] == "regidora de Cultura"


def test_a_party_after_one_name_alone_is_no_list(empty_registry):
    extraction = found(
        empty_registry,
        "La diputada Ofelia Sáenz Robles (Morena) votó en contra; Movimiento Ciudadano se abstuvo.",
        "MX-NLE",
    )
    assert extraction.official_names == {"Ofelia Sáenz Robles"}


def test_an_adjunct_title_in_the_plural_is_each_holders_in_their_gender(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisión de Derechos Humanos del Estado de Hidalgo informó que los visitadores "
        "adjuntos Ramiro Téllez Ortiz y Lucía Monroy Cerón documentaron la queja.",
        "MX-HID",
    )
    assert post(extraction, "Ramiro Téllez Ortiz")[0] == "visitador adjunto"
    assert post(extraction, "Lucía Monroy Cerón")[0] == "visitadora adjunta"


def test_commissions_shared_out_after_a_plural_title_are_areas_not_towns(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Tecali aprobó el plan. Las regidoras de Patrimonio Cultural y de "
        "Espectáculos, Flor Cuautle Reyes y Nadia Sosa Lima, lo presentaron.",
        "MX-PUE",
    )
    assert post(extraction, "Flor Cuautle Reyes") == (
        "regidora de Patrimonio Cultural",
        "Ayuntamiento de Tecali",
    )
    assert post(extraction, "Nadia Sosa Lima") == (
        "regidora de Espectáculos",
        "Ayuntamiento de Tecali",
    )


def test_one_commission_then_the_towns_gives_each_holder_her_towns_council(empty_registry):
    extraction = found(
        empty_registry,
        "Las regidoras de Salud de Tizimín y de Valladolid, Flor Canul Reyes y Nadia Pech "
        "Lima, pidieron fumigar. La regidora de Turismo de Umán, Ruth Dzib May, se sumó.",
        "MX-YUC",
    )
    assert post(extraction, "Flor Canul Reyes")[1] == "Ayuntamiento de Tizimín"
    assert post(extraction, "Nadia Pech Lima")[1] == "Ayuntamiento de Valladolid"
    assert post(extraction, "Ruth Dzib May")[1] == "Ayuntamiento de Umán"


def test_towns_listed_with_de_repeated_are_one_each(empty_registry):
    extraction = found(
        empty_registry,
        "Los presidentes municipales de Tepetlán y de Chiconquiaco, Raúl Ortiz Lara y Elsa "
        "Rivas Mora, firmaron el convenio.",
        "MX-VER",
    )
    assert post(extraction, "Elsa Rivas Mora") == (
        "presidenta municipal de Chiconquiaco",
        "Ayuntamiento de Chiconquiaco",
    )


def test_a_town_in_parentheses_after_each_name_is_that_holders_council(empty_registry):
    extraction = found(
        empty_registry,
        "Los ediles Tomás Lagunes Vela (Tlalixcoyan) y Rosa Croda Ibáñez (Ignacio de la "
        "Llave) pidieron apoyo.",
        "MX-VER",
    )
    assert post(extraction, "Tomás Lagunes Vela") == ("edil", "Ayuntamiento de Tlalixcoyan")
    assert post(extraction, "Rosa Croda Ibáñez") == ("edil", "Ayuntamiento de Ignacio de la Llave")
    assert extraction.official_names == {"Tomás Lagunes Vela", "Rosa Croda Ibáñez"}


def test_names_before_a_plural_title_shared_out_respectively(empty_registry):
    extraction = found(
        empty_registry,
        "En Zitácuaro, Rubén Colín Arias y Martha Rangel Bucio, alcaldes de Tuxpan y "
        "Jungapeo, respectivamente, firmaron el convenio.",
        "MX-MIC",
    )
    assert post(extraction, "Rubén Colín Arias") == ("alcalde de Tuxpan", "Ayuntamiento de Tuxpan")
    assert post(extraction, "Martha Rangel Bucio") == (
        "alcaldesa de Jungapeo",
        "Ayuntamiento de Jungapeo",
    )


def test_a_town_with_y_in_its_name_inside_a_list_of_towns(empty_registry):
    extraction = found(
        empty_registry,
        "Los presidentes municipales de Urique, Piedra y Cal y Batopilas, Rafael Mora Gil, "
        "Nora Tena Ruiz y Saúl Ochoa Paz, pidieron víveres.",
        "MX-CHH",
    )
    assert post(extraction, "Nora Tena Ruiz")[1] == "Ayuntamiento de Piedra y Cal"
    assert post(extraction, "Saúl Ochoa Paz")[1] == "Ayuntamiento de Batopilas"


def test_a_list_of_an_area_and_a_named_body(empty_registry):
    extraction = found(
        empty_registry,
        "Los titulares de Turismo y del Instituto Estatal de Cultura, Ramona Íñiguez Paz y "
        "Tadeo Urrutia Gil, abrieron el festival.",
        "MX-NAY",
    )
    assert post(extraction, "Ramona Íñiguez Paz")[0] == "titular de Turismo"
    assert post(extraction, "Tadeo Urrutia Gil")[1] == "Instituto Estatal de Cultura de Nayarit"
