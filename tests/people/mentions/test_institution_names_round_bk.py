"""Bodies' names read whole (issue 12, institutions as found entities, round linker-bk): a
headline's short name for a body the story names in full, a district court's seat after
its matter, the executive's legal office, a meeting of bodies that is none of them, a state
secretariat of government as a body of its own, a national unit also known without its
parent's short name, and rows (a state's acronym, a town's official name). Sentences
invented for these tests.
"""

from people.mentions import extract_mentions
from people.mentions.registry import Registry
from tests.people.mentions.support import found, post


def _names(extraction) -> set[str]:
    return {hit.name for hit in extraction.institutions}


def test_a_headline_short_name_is_the_body_the_story_names_in_full(empty_registry):
    extraction = extract_mentions(
        title="Tribunal de Arbitraje sanciona a jueza de Tepic",
        body=(
            "El Tribunal de Arbitraje Burocrático del Estado de Nayarit sancionó a la "
            "jueza Marcela Ibarra Solano por diferir audiencias."
        ),
        registry=empty_registry,
        jurisdiction="MX-NAY",
        dateline="",
    )
    names = _names(extraction)
    assert "Tribunal de Arbitraje" not in names
    assert any(name.startswith("Tribunal de Arbitraje Burocrático") for name in names)


def test_a_headline_short_name_is_the_registered_body_the_story_names(empty_registry):
    registry = Registry.from_records(
        institutions=[
            {"id": 7, "name": "Tribunal de Arbitraje Burocrático", "jurisdiction": "MX-NAY"}
        ]
    )
    extraction = extract_mentions(
        title="Tribunal de Arbitraje sanciona a jueza de Tepic",
        body="El Tribunal de Arbitraje Burocrático sancionó a la jueza Marcela Ibarra Solano.",
        registry=registry,
        jurisdiction="MX-NAY",
        dateline="",
    )
    assert _names(extraction) == {"Tribunal de Arbitraje Burocrático"}


def test_a_district_court_keeps_its_seat_after_its_matter(empty_registry):
    text = (
        "La jueza Elisa Montaño Ruelas, titular del Juzgado Segundo de Distrito de Amparo en "
        "Materia Administrativa en el Estado de Sonora, concedió la suspensión."
    )
    extraction = found(empty_registry, text, "MX-SON")
    wanted = (
        "Juzgado Segundo de Distrito de Amparo en Materia Administrativa en el Estado de Sonora"
    )
    assert wanted in _names(extraction)


def test_the_executive_legal_office_is_a_body(empty_registry):
    text = "La titular de la Consejería Jurídica del Ejecutivo Federal, Nora Baeza Tirado, opinó."
    extraction = found(empty_registry, text, "MX-CMX")
    assert post(extraction, "Nora Baeza Tirado")[1] == "Consejería Jurídica del Ejecutivo Federal"


def test_a_meeting_of_bodies_is_no_body(empty_registry):
    text = (
        "La Mesa de Coordinación Estatal de Seguridad Ciudadana sesionó en Colima con el "
        "secretario de Seguridad, Ulises Pardo Meza."
    )
    extraction = found(empty_registry, text, "MX-COL")
    assert not any("Coordinación Estatal" in name for name in _names(extraction))


def test_the_secretary_general_of_government_heads_a_secretariat(empty_registry):
    text = "El secretario general de Gobierno, Baltasar Quiñones Ledo, recibió a los padres."
    extraction = found(empty_registry, text, "MX-ZAC")
    assert post(extraction, "Baltasar Quiñones Ledo")[1] == (
        "Secretaría General de Gobierno de Zacatecas"
    )


def test_the_secretary_standing_for_the_government_is_the_governments(empty_registry):
    text = (
        "A nombre del Gobierno del Estado habló la secretaria general de Gobierno, "
        "Ofelia Rentería Cano."
    )
    extraction = found(empty_registry, text, "MX-SIN")
    assert post(extraction, "Ofelia Rentería Cano")[1] == "Gobierno del Estado de Sinaloa"


def test_a_national_unit_is_also_known_without_its_parents_short_name(empty_registry):
    text = (
        "La Fiscalía Especializada en Materia de Derechos Humanos de la FGR, cuyo titular, "
        "Emilio Landa Urquidi, atrajo el caso."
    )
    extraction = found(empty_registry, text, "MX-CMX")
    unit = next(h for h in extraction.institutions if h.name.startswith("Fiscalía Especializada"))
    assert "Fiscalía Especializada en Materia de Derechos Humanos" in (unit.name, *unit.aliases)


def test_rows_a_state_acronym_and_a_towns_official_name(empty_registry):
    extraction = found(
        empty_registry, "La titular de la SFIA, Rebeca Obregón Lara, defendió el gasto.", "MX-GUA"
    )
    assert post(extraction, "Rebeca Obregón Lara")[1] == (
        "Secretaría de Finanzas, Inversión y Administración de Guanajuato"
    )
    extraction = found(
        empty_registry, "El alcalde de Silao, Rodrigo Esparza Núñez, inauguró el pozo.", "MX-GUA"
    )
    assert post(extraction, "Rodrigo Esparza Núñez")[1] == "Ayuntamiento de Silao de la Victoria"


def test_a_faculty_keeps_the_name_of_the_person_it_is_named_after(empty_registry):
    text = (
        'La directora de la Facultad de Odontología "Dra. Elvira Quezada" de la Universidad '
        "Autónoma de Zacatecas, Lorena Tapia Mijares, suspendió las clínicas. Alumnos de la "
        "Facultad de Agronomía Profesor Librado Ríos de la Universidad Autónoma de Zacatecas "
        "marcharon."
    )
    extraction = found(empty_registry, text, "MX-ZAC")
    names = {name for hit in extraction.institutions for name in (hit.name, *hit.aliases)}
    assert "Facultad de Odontología Dra. Elvira Quezada" in names
    assert "Facultad de Agronomía Profesor Librado Ríos" in names
    assert post(extraction, "Lorena Tapia Mijares")[1].startswith(
        "Facultad de Odontología Dra. Elvira Quezada"
    )


def test_en_after_a_research_noun_is_the_bodys_matter(empty_registry):
    text = (
        "Por parte del Instituto Estatal de Investigación en Suelos y Riego Agrícola, el "
        "director Anselmo Fierro Lugo presentó el estudio."
    )
    extraction = found(empty_registry, text, "MX-SIN")
    assert any(
        name.startswith("Instituto Estatal de Investigación en Suelos y Riego Agrícola")
        for name in _names(extraction)
    )


def test_a_head_listed_among_a_names_areas_is_no_body(empty_registry):
    text = (
        "Rosa Iturbe Lara, presidenta de la Cámara Regional de Industria, Servicios y "
        "Transporte de Guanajuato, pidió obras."
    )
    extraction = found(empty_registry, text, "MX-GUA")
    assert not any(name.startswith("Servicios") for name in _names(extraction))


def test_a_public_legal_form_and_en_el_estado_are_the_name_as_written(empty_registry):
    extraction = found(
        empty_registry,
        "Servicios de Agua Potable de Linares, O.P.D. y el Ayuntamiento de Linares firmaron.",
        "MX-NLE",
    )
    hit = next(h for h in extraction.institutions if h.name.startswith("Servicios de Agua"))
    assert "Servicios de Agua Potable de Linares, O.P.D." in hit.aliases
    extraction = found(
        empty_registry,
        "La Secretaría de Cultura en el Estado, a cargo de Irene Sauceda Paz, abrió el museo.",
        "MX-NAY",
    )
    forms = {name for hit in extraction.institutions for name in (hit.name, *hit.aliases)}
    assert "Secretaría de Cultura en el Estado de Nayarit" in forms


def test_names_that_go_on_through_a_las_con_and_listed_areas_with_de(empty_registry):
    text = (
        "Ramiro Solís Tejeda (titular del Instituto de Inclusión a las Personas con "
        "Discapacidad del Estado) habló. El Pleno del Instituto de Acceso, de Archivos y de "
        "Protección de Datos del Estado de Colima resolvió."
    )
    names = _names(found(empty_registry, text, "MX-COL"))
    assert any(
        name.startswith("Instituto de Inclusión a las Personas con Discapacidad del Estado")
        for name in names
    )
    assert any(
        name.startswith("Instituto de Acceso, de Archivos y de Protección de Datos")
        for name in names
    )
