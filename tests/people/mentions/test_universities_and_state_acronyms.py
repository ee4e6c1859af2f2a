"""Round of linker-bj: public universities and state bodies the press names by their
acronym alone («la UANL», «de la UNAM», «la Cofom»), a unit named after its university's
acronym mentioning the university too, a university's campuses and divisions, the state body
a «procurador de …» title names, Querétaro's «Legislatura», «capitalino» outside Mexico City,
and Mexico City's alcaldías written in lower case. Sentences invented for these tests.
"""

import pytest

from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    ("text", "state", "body"),
    [
        (
            "La rectora de la UAEH, Norma Téllez Quiroz, inauguró el laboratorio de aguas.",
            "MX-HID",
            "Universidad Autónoma del Estado de Hidalgo",
        ),
        (
            "El rector de la UANL, Mauricio Lozano Treviño, firmó el convenio de becas.",
            "MX-NLE",
            "Universidad Autónoma de Nuevo León",
        ),
        (
            "La titular de la Cofom, Adela Rangel Pérez, pidió no quemar rastrojo.",
            "MX-MIC",
            "Comisión Forestal del Estado de Michoacán",
        ),
        (
            "El titular de la Semarnath, Julián Osorio Vega, clausuró la calera.",
            "MX-HID",
            "Secretaría de Medio Ambiente y Recursos Naturales del Estado de Hidalgo",
        ),
        (
            "La titular de la Segiagua, Berta Lira Campos, anunció cortes en Iztapalapa.",
            "MX-CMX",
            "Secretaría de Gestión Integral del Agua de la Ciudad de México",
        ),
    ],
)
def test_a_state_university_or_body_named_by_its_acronym(empty_registry, text, state, body):
    extraction = found(empty_registry, text, state)
    assert post(extraction, text.split(", ")[1])[1] == body
    assert body in extraction.institution_names


def test_a_national_university_named_by_its_acronym(empty_registry):
    extraction = found(
        empty_registry,
        "El rector de la UNAM, Esteban Quiroga Lima, habló en Toluca.",
        "MX-MEX",
    )
    assert post(extraction, "Esteban Quiroga Lima")[1] == (
        "Universidad Nacional Autónoma de México"
    )


def test_a_faculty_named_after_its_universitys_acronym_mentions_it(empty_registry):
    extraction = found(
        empty_registry,
        "Estudiantes de la Facultad de Química de la UAQ tomaron muestras del río.",
        "MX-QUE",
    )
    assert "Universidad Autónoma de Querétaro" in extraction.institution_names


def test_the_same_letters_in_another_state_name_nothing(empty_registry):
    extraction = found(
        empty_registry, "El rector de la UANL, Mauricio Lozano Treviño, habló en Mérida.", "MX-YUC"
    )
    assert "Universidad Autónoma de Nuevo León" not in extraction.institution_names


def test_queretaros_legislature_by_its_own_name(empty_registry):
    extraction = found(
        empty_registry,
        "La presidenta de la Mesa Directiva de la Legislatura, Olga Pérez Ugalde, citó a sesión.",
        "MX-QUE",
    )
    assert post(extraction, "Olga Pérez Ugalde")[1] == "Legislatura del Estado de Querétaro"


@pytest.mark.parametrize(
    ("text", "state", "parent"),
    [
        (
            "La directora del Instituto de Ecología de la UNAM, Rocío Lara Ponce, midió el "
            "hundimiento.",
            "MX-CMX",
            "Universidad Nacional Autónoma de México",
        ),
        (
            "El director del Instituto de Ciencias Agropecuarias de la UAEH, Tomás Vite Ortiz, "
            "prestó sus drones.",
            "MX-HID",
            "Universidad Autónoma del Estado de Hidalgo",
        ),
    ],
)
def test_an_institute_named_after_its_universitys_acronym_mentions_it(
    empty_registry, text, state, parent
):
    extraction = found(empty_registry, text, state)
    assert parent in extraction.institution_names


@pytest.mark.parametrize(
    ("text", "state", "name", "body"),
    [
        (
            "La procuradora interina de Protección de Niñas, Niños y Adolescentes, Elsa Ríos "
            "Mata, abrió 30 expedientes.",
            "MX-DUR",
            "Elsa Ríos Mata",
            "Procuraduría de Protección de Niñas, Niños y Adolescentes del Estado de Durango",
        ),
        (
            "El procurador de Protección al Ambiente, Omar Leal Solís, clausuró el tiradero.",
            "MX-COA",
            "Omar Leal Solís",
            "Procuraduría de Protección al Ambiente del Estado de Coahuila",
        ),
        (
            "La procuradora de los Derechos Humanos del Estado, Irene Salas Olvera, visitó el "
            "penal.",
            "MX-GUA",
            "Irene Salas Olvera",
            "Procuraduría de los Derechos Humanos del Estado de Guanajuato",
        ),
        (
            "La procuradora de Desarrollo Urbano del estado, Rita Cano Félix, suspendió la obra.",
            "MX-NAY",
            "Rita Cano Félix",
            "Procuraduría de Desarrollo Urbano del Estado de Nayarit",
        ),
        (
            "La procuradora de Protección de Niñas, Niños y Adolescentes del Estado de México, "
            "Elsa Ríos Mata, abrió 30 expedientes.",
            "MX-MEX",
            "Elsa Ríos Mata",
            "Procuraduría de Protección de Niñas, Niños y Adolescentes del Estado de México",
        ),
        (
            "El exprocurador de Justicia del estado, Ramón Cota Ibarra, declaró como testigo.",
            "MX-SIN",
            "Ramón Cota Ibarra",
            "Procuraduría General de Justicia del Estado de Sinaloa",
        ),
    ],
)
def test_a_title_that_names_its_own_body_heads_the_states(empty_registry, text, state, name, body):
    assert post(found(empty_registry, text, state), name)[1] == body


def test_a_title_of_another_level_heads_no_state_body(empty_registry):
    extraction = found(
        empty_registry,
        "La procuradora municipal de Protección de Niñas, Niños y Adolescentes, Elsa Ríos "
        "Mata, abrió 30 expedientes.",
        "MX-DUR",
    )
    assert "del Estado de Durango" not in (post(extraction, "Elsa Ríos Mata")[1] or "")


def test_the_body_a_title_names_is_mentioned(empty_registry):
    extraction = found(
        empty_registry,
        "La procuradora de Protección de Niñas, Niños y Adolescentes, Elsa Ríos Mata, abrió "
        "30 expedientes.",
        "MX-DUR",
    )
    assert (
        "Procuraduría de Protección de Niñas, Niños y Adolescentes del Estado de Durango"
        in extraction.institution_names
    )


def test_capitalino_outside_mexico_city_is_the_states_capital(empty_registry):
    extraction = found(
        empty_registry,
        "La secretaria de Obras Públicas capitalina, Lidia Ortiz Nava, cerró dos calles.",
        "MX-SLP",
    )
    assert extraction.official("Lidia Ortiz Nava").institution_ref.jurisdiction != "MX-CMX"
    extraction = found(
        empty_registry,
        "La secretaria de Obras capitalina, Lidia Ortiz Nava, cerró dos calles.",
        "MX-CMX",
    )
    assert extraction.official("Lidia Ortiz Nava").institution_ref.jurisdiction == "MX-CMX"


@pytest.mark.parametrize(
    ("text", "state", "name", "body"),
    [
        (
            "La rectora de la Universidad de Sonora, Ana Ruiz Díaz, pidió calma. La directora "
            "de la División de Ciencias Exactas y Naturales, Lucía Soto Lara, suspendió clases.",
            "MX-SON",
            "Lucía Soto Lara",
            "División de Ciencias Exactas y Naturales de la Universidad de Sonora",
        ),
        (
            "El rector del Campus Celaya-Salvatierra de la Universidad de Guanajuato, Mario "
            "Gil Pardo, abrió el auditorio.",
            "MX-GUA",
            "Mario Gil Pardo",
            "Campus Celaya-Salvatierra de la Universidad de Guanajuato",
        ),
    ],
)
def test_a_universitys_campus_or_division_is_named_after_it(
    empty_registry, text, state, name, body
):
    extraction = found(empty_registry, text, state)
    assert post(extraction, name)[1] == body
    assert body in extraction.institution_names


def test_mexico_citys_alcaldias_in_lower_case(empty_registry):
    extraction = found(
        empty_registry,
        "Las alcaldías Tláhuac e Iztacalco cerraron pozos. El director de Obras de la alcaldía "
        "Tlalpan, Efrén Solís Mora, revisó la grieta.",
        "MX-CMX",
    )
    assert {"Alcaldía Tláhuac", "Alcaldía Iztacalco", "Alcaldía Tlalpan"} <= (
        extraction.institution_names
    )
    assert post(extraction, "Efrén Solís Mora")[1] == "Alcaldía Tlalpan"


def test_a_name_after_alcaldia_is_no_town(empty_registry):
    extraction = found(
        empty_registry,
        "La alcaldía Tlalpan y Rosa Méndez Gil firmaron el convenio.",
        "MX-CMX",
    )
    assert extraction.institution_names == {"Alcaldía Tlalpan"}


def test_a_state_body_a_title_names_is_also_known_by_its_short_form(empty_registry):
    extraction = found(
        empty_registry,
        "La procuradora de Desarrollo Urbano, Rita Cano Félix, suspendió la obra.",
        "MX-JAL",
    )
    ref = extraction.official("Rita Cano Félix").institution_ref
    assert ref.name == "Procuraduría de Desarrollo Urbano del Estado de Jalisco"
    assert "Procuraduría de Desarrollo Urbano de Jalisco" in ref.aliases


@pytest.mark.parametrize("noun", ["alcaldías", "Alcaldías"])
def test_holders_listed_after_mexico_citys_alcaldias(empty_registry, noun):
    extraction = found(
        empty_registry,
        f"Los titulares de las {noun} Tlalpan, Iztacalco y Xochimilco, Ana Ruiz Díaz, Rosa "
        "Gil Mena y Pedro Soto Lara, abrieron albergues.",
        "MX-CMX",
    )
    assert post(extraction, "Ana Ruiz Díaz")[1] == "Alcaldía Tlalpan"
    assert post(extraction, "Rosa Gil Mena")[1] == "Alcaldía Iztacalco"
    assert post(extraction, "Pedro Soto Lara")[1] == "Alcaldía Xochimilco"


def test_a_campus_named_alone_is_a_place(empty_registry):
    extraction = found(
        empty_registry,
        "La CFE instalará paneles solares en el Campus Juriquilla, que abastecerá a tres "
        "facultades.",
        "MX-QUE",
    )
    assert not any(n.startswith("Campus") for n in extraction.institution_names)
