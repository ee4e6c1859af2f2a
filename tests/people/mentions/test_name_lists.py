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
