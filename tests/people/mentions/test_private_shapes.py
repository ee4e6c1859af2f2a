"""Shapes of private posts beside real officials (linker-bd round): a private body's short
name repeated, "cuyo" after a private body whose name holds a public one, a party's organ, a
saint-named hospital, a union's secretariat, a bare title after a private body, a company the
text describes, a civil association's legal form. Sentences invented for these tests; each
keeps a real official found in the same paragraph.
"""

import pytest

from people.mentions.complements import is_private, private_short_names
from tests.people.mentions.support import found, post


def test_a_private_bodys_short_name_is_private_wherever_the_text_repeats_it(empty_registry):
    text = (
        "La Federación de Estudiantes Normalistas (FEN) convocó una marcha. El presidente de la "
        "FEN, Saúl Ontiveros Lara, habló con el secretario de Educación, Mauro Díaz Ochoa."
    )
    extraction = found(empty_registry, text, "MX-DGO")
    assert extraction.official_names == {"Mauro Díaz Ochoa"}
    assert "FEN" not in extraction.institution_names


def test_a_public_bodys_short_name_stays_public(empty_registry):
    assert private_short_names("La Secretaría de Industria y Comercio (SIC) abrió.") == set()
    text = (
        "La Comisión Estatal del Agua (CEA) cortó el servicio. El director de la CEA, Román "
        "Quiñones Báez, ofreció pipas."
    )
    assert post(found(empty_registry, text, "MX-DGO"), "Román Quiñones Báez")[0] == (
        "director de la CEA"
    )


def test_cuyo_after_a_private_body_named_after_a_public_one(empty_registry):
    text = (
        "Firmaron la Sociedad de Alumnos de la Universidad Autónoma de Nayarit, cuyo "
        "presidente, Elías Carrillo Tapia, leyó el pliego, y el rector de la Universidad "
        "Autónoma de Nayarit, Rubén Cázares Ibarra."
    )
    extraction = found(empty_registry, text, "MX-NAY")
    assert extraction.official_names == {"Rubén Cázares Ibarra"}


@pytest.mark.parametrize(
    "name",
    [
        "Consejo Estatal de Morena",
        "Comité Directivo Estatal del PAN",
        "Comité Ejecutivo Estatal del Partido Verde",
    ],
)
def test_a_partys_organs_are_private(name):
    assert is_private(name)


def test_a_partys_group_in_congress_is_of_legislators(empty_registry):
    assert not is_private("Grupo Parlamentario del PRI")
    text = (
        "La presidenta del Consejo Estatal de Morena, Rebeca Solís Arzate, y el diputado "
        "local Tomás Yáñez Coria votaron la reforma."
    )
    assert found(empty_registry, text, "MX-HID").official_names == {"Tomás Yáñez Coria"}


def test_a_hospital_named_after_a_saint_is_private(empty_registry):
    text = (
        "El director del Hospital Santa Inés, Germán Urías Pacheco, y la directora del "
        "Hospital General de Zona 4, Alma Rosas Villegas, pidieron donadores."
    )
    assert found(empty_registry, text, "MX-SIN").official_names == {"Alma Rosas Villegas"}


def test_a_unions_secretariats_are_no_cabinet(empty_registry):
    text = (
        "Firmaron el secretario de Actas y Acuerdos, Lino Zepeda Cruz; el secretario de "
        "Organización de la Sección 61, Omar Ríos Pineda, y el secretario de Trabajo del "
        "estado, Efraín Luna Mejía."
    )
    assert found(empty_registry, text, "MX-TLA").official_names == {"Efraín Luna Mejía"}


def test_a_bare_title_after_a_private_body_is_its_officer(empty_registry):
    text = (
        "El secretario general del Sindicato Único de Trabajadores de Cervecería Norteña, "
        "Aldo Ferriz Camacho, pidió el aumento. Su antecesor, el exsecretario general Joel "
        "Bracho Meléndez, lo respaldó. La secretaria del Trabajo, Irma Lozano Pinto, medió."
    )
    extraction = found(empty_registry, text, "MX-NLE")
    assert extraction.official_names == {"Irma Lozano Pinto"}


def test_a_unit_of_a_body_the_text_calls_a_company(empty_registry):
    text = (
        "Entre Textiles Marbella y sus obreros no hubo acuerdo: la empresa ofrece 4 por "
        "ciento. Ulises Brambila Ochoa, gerente de Planta de Textiles Marbella, lo confirmó "
        "ante la directora de Inspección de la Secretaría del Trabajo, Nora Lira Saucedo."
    )
    extraction = found(empty_registry, text, "MX-PUE")
    assert extraction.official_names == {"Nora Lira Saucedo"}


def test_a_civil_associations_legal_form_after_its_name(empty_registry):
    text = (
        "Jacinta Noriega Pulido, directora del Centro de Apoyo a la Mujer Migrante, A.C., "
        "pidió albergues a la directora del DIF estatal, Perla Ugalde Rentería."
    )
    assert found(empty_registry, text, "MX-SON").official_names == {"Perla Ugalde Rentería"}


def test_a_private_university_by_its_acronym_said_private(empty_registry):
    text = (
        "Lorenzo Gaxiola Peña, rector de UNEA Universidad, institución privada, y la "
        "rectora de la UABC, Sofía Beltrán Acuña, firmaron el convenio."
    )
    assert found(empty_registry, text, "MX-BCN").official_names == {"Sofía Beltrán Acuña"}


def test_a_collective_is_a_civic_body():
    assert is_private("Colectiva Mujeres del Sur")
