"""Degrees and ranks before a name, and titles joined to a name with no comma: former
officials, a facility's staff, "cuyo titular es el profesor X", a level's area in lower
case. Sentences invented for these tests.
"""

import pytest

from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    "text",
    [
        "El rector de la universidad, M.C. Tomás Rivas Ochoa, inauguró el ciclo.",
        "El rector de la universidad, M.A. Tomás Rivas Ochoa, inauguró el ciclo.",
        "El rector de la universidad, Biól. Tomás Rivas Ochoa, inauguró el ciclo.",
        "El rector de la universidad, Q.F.B. Tomás Rivas Ochoa, inauguró el ciclo.",
        "El rector de la universidad, Mtro. Tomás Rivas Ochoa, inauguró el ciclo.",
        "El rector de la universidad, C.P. Tomás Rivas Ochoa, inauguró el ciclo.",
    ],
)
def test_a_degree_before_the_name_is_no_part_of_it(empty_registry, text):
    assert found(empty_registry, text, "MX-DUR").official_names == {"Tomás Rivas Ochoa"}


def test_a_rank_may_name_its_arm_and_retirement(empty_registry):
    extraction = found(
        empty_registry,
        "El director de Tránsito, coronel de Caballería en retiro Hugo Lara Peña, informó.",
        "MX-CAM",
    )
    assert extraction.official_names == {"Hugo Lara Peña"}


def test_the_general_staff_is_no_state(empty_registry):
    extraction = found(
        empty_registry,
        "La capitana de corbeta Irene Soto Gil, jefa del Estado Mayor de la Quinta Zona Naval, "
        "habló.",
        "MX-CAM",
    )
    assert post(extraction, "Irene Soto Gil")[0].startswith("jefa del Estado Mayor")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "La exjefa de Urgencias del Hospital General de Matehuala Rosa Íñiguez Paz advirtió "
            "que faltan camas.",
            "Rosa Íñiguez Paz",
            "exjefa de Urgencias del Hospital General de Matehuala",
        ),
        (
            "La subdirectora de Enseñanza del Hospital General 12 Laura Campos Ruiz firmó.",
            "Laura Campos Ruiz",
            "subdirectora de Enseñanza del Hospital General 12",
        ),
        (
            "La excomisionada estatal de búsqueda Teresa Lozano Garza pidió más peritos.",
            "Teresa Lozano Garza",
            "excomisionada estatal de búsqueda",
        ),
    ],
)
def test_a_title_and_a_name_with_no_comma(empty_registry, text, name, role):
    assert post(found(empty_registry, text, "MX-SLP"), name)[0] == role


def test_a_facility_keeps_its_name_before_its_holders(empty_registry):
    extraction = found(
        empty_registry,
        "La subdirectora de Enseñanza del Hospital General 12 Laura Campos Ruiz firmó.",
        "MX-SLP",
    )
    assert post(extraction, "Laura Campos Ruiz")[1] == "Hospital General 12"


def test_a_holder_given_with_es_and_a_degree(empty_registry):
    extraction = found(
        empty_registry,
        "La Secretaría de Cultura de Durango, cuyo titular es el profesor Iván Roldán Meza, "
        "abrió la feria.",
        "MX-DUR",
    )
    assert post(extraction, "Iván Roldán Meza") == ("titular", "Secretaría de Cultura de Durango")


def test_an_area_of_the_town_in_lower_case_after_the_title(empty_registry):
    extraction = found(
        empty_registry,
        "Sara Vidal Ochoa, directora de Ecología y Parques del ayuntamiento, informó.",
        "MX-NAY",
    )
    assert post(extraction, "Sara Vidal Ochoa")[0] == "directora de Ecología y Parques"


def test_a_unit_the_title_names_short_is_the_one_named_in_full(empty_registry):
    extraction = found(
        empty_registry,
        "La coordinadora general de Turismo, Inés Paredes Luna, dijo que la Coordinación "
        "General de Turismo del Estado de Tlaxcala abrirá una oficina. La ex titular de la "
        "Coordinación General de Turismo, Eva Rojas Cid, criticó el plan.",
        "MX-TLA",
    )
    body = "Coordinación General de Turismo del Estado de Tlaxcala"
    assert post(extraction, "Inés Paredes Luna")[1] == body
    assert post(extraction, "Eva Rojas Cid")[1] == body


def test_an_area_in_a_secretarias_name_keeps_its_article(empty_registry):
    extraction = found(
        empty_registry,
        "La secretaria de las Mujeres de Oaxaca, Dalia Cruz Pérez, habló.",
        "MX-OAX",
    )
    assert post(extraction, "Dalia Cruz Pérez")[1].startswith("Secretaría de las Mujeres")
