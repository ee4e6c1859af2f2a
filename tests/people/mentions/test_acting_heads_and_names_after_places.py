"""Officials missed (issue 12, recall, link6): an acting head named by "encargado de" and
the public body, a given name that is also a common word ("Abril"), a name right after a
district's town with no comma, and given names the list lacked. Sentences invented for
these tests.
"""

import pytest

from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        (
            "El encargado de la Coordinación Estatal de Protección Civil, Tomás Ibarra "
            "Celis, pidió no cruzar los vados.",
            "Tomás Ibarra Celis",
            "Coordinación Estatal de Protección Civil",
        ),
        (
            "La encargada de la Fiscalía Regional de Zamora, Noemí Arteaga Villa, abrió "
            "tres carpetas.",
            "Noemí Arteaga Villa",
            "Fiscalía Regional de Zamora",
        ),
        (
            "Rubén Solano Ochoa, encargado de la Dirección de Tránsito Municipal, informó "
            "del cierre.",
            "Rubén Solano Ochoa",
            "Dirección de Tránsito Municipal",
        ),
    ],
)
def test_an_acting_head_of_a_public_body(empty_registry, text, name, body):
    role, institution = post(found(empty_registry, text, "MX-MIC"), name)
    assert role.lower().startswith("encargad")
    assert institution.startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "El encargado de la obra, Tomás Ibarra Celis, pidió paciencia a los vecinos.",
        "La encargada de Logística, Noemí Arteaga Villa, coordinó la entrega.",
        "El encargado de la Cámara Nacional de Comercio en Zamora, Tomás Ibarra Celis, "
        "pidió seguridad.",
        "El encargado de la Secretaría de Acción Juvenil del PRI, Tomás Ibarra Celis, "
        "convocó a los militantes.",
        "El encargado de la Diócesis de Zamora, Tomás Ibarra Celis, ofició la misa.",
        "El encargado de la Liga Municipal de Futbol, Tomás Ibarra Celis, dio el banderazo.",
        "El encargado de la parroquia, Tomás Ibarra Celis, abrió el templo.",
    ],
)
def test_an_acting_head_of_nothing_public_is_no_official(empty_registry, text):
    assert found(empty_registry, text, "MX-MIC").official_names == set()


@pytest.mark.parametrize(
    "text",
    [
        "La regidora Abril Montaño Ruelas pidió más alumbrado.",
        "La coordinadora de Salud Municipal, Abril Montaño Ruelas, encabezó la jornada.",
    ],
)
def test_a_given_name_that_is_a_month(empty_registry, text):
    assert found(empty_registry, text, "MX-SIN").official_names == {"Abril Montaño Ruelas"}


def test_a_month_in_a_date_is_no_given_name(empty_registry):
    extraction = found(
        empty_registry, "El alcalde informó que el 3 de Abril Montaño Ruelas rendirá.", "MX-SIN"
    )
    assert "Abril Montaño Ruelas" not in extraction.official_names


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "La diputada local por el distrito de Pánuco Idalia Cortés Mena solicitó la "
            "comparecencia del secretario.",
            "Idalia Cortés Mena",
            "Pánuco",
        ),
        (
            "El diputado local por el distrito de San Andrés Tuxtla Anselmo Pérez Luna votó "
            "en contra.",
            "Anselmo Pérez Luna",
            "San Andrés Tuxtla",
        ),
    ],
)
def test_a_name_after_a_district_with_no_comma(empty_registry, text, name, place):
    role, _institution = post(found(empty_registry, text, "MX-VER"), name)
    assert role.endswith(f"distrito de {place}")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "El presidente municipal de Tlaltizapán Marcelino Ocampo Rivas anunció la obra.",
            "Marcelino Ocampo Rivas",
        ),
        (
            "La presidenta municipal de Tlaltizapán Mariela Ocampo Rivas anunció la obra.",
            "Mariela Ocampo Rivas",
        ),
        ("El secretario de Salud Lucio Ocampo Rivas anunció la campaña.", "Lucio Ocampo Rivas"),
    ],
)
def test_common_given_names_end_a_title_with_no_comma(empty_registry, text, name):
    assert found(empty_registry, text, "MX-MOR").official_names == {name}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Petróleos Mexicanos (Pemex) reconoció la fuga. La subgerente de Seguridad "
            "Industrial de la petrolera, Olga Cetina Ramos, dijo que no hubo riesgo.",
            "Olga Cetina Ramos",
            "subgerente de Seguridad Industrial de la petrolera",
        ),
        (
            "La gerenta estatal de Diconsa, Olga Cetina Ramos, abrió tres tiendas.",
            "Olga Cetina Ramos",
            "gerenta estatal de Diconsa",
        ),
    ],
)
def test_a_deputy_manager_and_the_feminine_manager(empty_registry, text, name, role):
    assert post(found(empty_registry, text, "MX-TAB"), name)[0] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Julio Canto Marín, primer visitador de la Comisión de Derechos Humanos del "
            "Estado de Yucatán, visitó el penal.",
            "Julio Canto Marín",
            "primer visitador de la Comisión de Derechos Humanos del Estado de Yucatán",
        ),
        (
            "La segunda visitadora general de la Comisión de Derechos Humanos del Estado de "
            "Yucatán, Rosa Canto Marín, visitó el penal.",
            "Rosa Canto Marín",
            "segunda visitadora general de la Comisión de Derechos Humanos del Estado de Yucatán",
        ),
    ],
)
def test_an_ordinal_opens_the_title(empty_registry, text, name, role):
    assert post(found(empty_registry, text, "MX-YUC"), name)[0] == role


def test_an_ordinal_before_a_union_post_is_no_official(empty_registry):
    text = (
        "Rosa Canto Marín, primera secretaria del Sindicato de Trabajadores de la Educación, habló."
    )
    assert found(empty_registry, text, "MX-YUC").official_names == set()


def test_the_delegation_is_the_federal_bodys_office_of_representation(empty_registry):
    text = (
        "La titular de la Oficina de Representación del ISSSTE en Sonora, Elsa Murrieta "
        "Ochoa, informó del cierre. La jefa de Prestaciones de la delegación, Dora Vega "
        "Quijada, explicó el trámite."
    )
    _role, institution = post(found(empty_registry, text, "MX-SON"), "Dora Vega Quijada")
    assert institution == "Oficina de Representación del ISSSTE en Sonora"


def test_the_federal_food_body_named_with_no_head_noun(empty_registry):
    text = (
        "Alimentación para el Bienestar, cuya gerenta estatal, Nora Beltrán Soto, recibió a "
        "los productores, abrirá tres centros de acopio."
    )
    _role, institution = post(found(empty_registry, text, "MX-SIN"), "Nora Beltrán Soto")
    assert institution == "Alimentación para el Bienestar"
