"""Bodies referred back to by a description of their kind, and a bare deputy's chamber, in
invented sentences."""

from tests.people.mentions.support import found, post


def test_the_prison_named_before_is_the_one_of_the_penal(empty_registry):
    extraction = found(
        empty_registry,
        "Un motín dejó dos heridos en el Centro de Reinserción Social de Matamoros. La "
        "directora del penal, Leticia Arreola Fuentes, dijo que la calma volvió al mediodía.",
        "MX-TAM",
    )
    assert post(extraction, "Leticia Arreola Fuentes") == (
        "directora del penal",
        "Centro de Reinserción Social de Matamoros",
    )
    assert "Centro de Reinserción Social de Matamoros" in extraction.institution_names


def test_two_prisons_named_leave_the_penal_open(empty_registry):
    extraction = found(
        empty_registry,
        "Cuarenta internos pasaron del Centro Penitenciario de Valladolid al Centro de "
        "Reinserción Social de Tizimín. El director del penal, Gaspar Uc Balam, dijo que "
        "el traslado fue ordenado por un juez.",
        "MX-YUC",
    )
    assert post(extraction, "Gaspar Uc Balam") == ("director del penal", "")


def test_a_prison_named_alone_is_a_place(empty_registry):
    extraction = found(
        empty_registry,
        "Familiares de internos protestaron frente al Centro Penitenciario de Valladolid "
        "para exigir visitas los domingos.",
        "MX-YUC",
    )
    assert extraction.institution_names == set()


def test_the_guarantor_body_is_the_transparency_institute_named_before(empty_registry):
    extraction = found(
        empty_registry,
        "El Instituto de Transparencia y Acceso a la Información Pública del Estado de "
        "Nayarit multó al Ayuntamiento de Bahía de Banderas. La presidenta del órgano "
        "garante, Yesenia Ocampo Luna, dijo que el municipio no respondió.",
        "MX-NAY",
    )
    assert post(extraction, "Yesenia Ocampo Luna")[1] == (
        "Instituto de Transparencia y Acceso a la Información Pública del Estado de Nayarit"
    )


def test_an_unnamed_refinery_is_the_oil_companys(empty_registry):
    extraction = found(
        empty_registry,
        "Petróleos Mexicanos reportó una fuga de gas junto a la refinería. El "
        "superintendente de la refinería, ingeniero Octavio Lerma Pineda, dijo que fue "
        "controlada.",
        "MX-HID",
    )
    assert post(extraction, "Octavio Lerma Pineda")[1] == "Petróleos Mexicanos"


def test_a_named_refinery_stays_the_refinerys(empty_registry):
    extraction = found(
        empty_registry,
        "La Refinería Miguel Hidalgo, de Petróleos Mexicanos, reportó una fuga. El gerente "
        "de la refinería, Octavio Lerma Pineda, dijo que fue controlada.",
        "MX-HID",
    )
    assert post(extraction, "Octavio Lerma Pineda")[1] == "Refinería Miguel Hidalgo"


def test_hospitals_joined_by_al_are_two(empty_registry):
    extraction = found(
        empty_registry,
        "Un paciente fue trasladado del Hospital General de Tecomán al Hospital Civil de "
        "Colima. El director del nosocomio, Rubén Larios Cuevas, dijo que llegó estable.",
        "MX-COL",
    )
    assert post(extraction, "Rubén Larios Cuevas")[1] == "Hospital Civil de Colima"


def test_a_bare_deputy_in_a_story_of_the_federal_chamber(empty_registry):
    extraction = found(
        empty_registry,
        "La Cámara de Diputados discutió el presupuesto para el campo. La diputada Irene "
        "Salcido Ponce, de Morena, pidió más recursos para los productores de Sinaloa.",
        "MX-SIN",
    )
    assert post(extraction, "Irene Salcido Ponce") == ("diputada", "Cámara de Diputados")


def test_a_bare_deputy_with_a_state_legislature_named_is_the_states(empty_registry):
    extraction = found(
        empty_registry,
        "La Cámara de Diputados aprobó la reforma. En el Congreso del Estado de Sinaloa, la "
        "diputada Irene Salcido Ponce votó en contra de la minuta.",
        "MX-SIN",
    )
    assert post(extraction, "Irene Salcido Ponce")[1] == "Congreso del Estado de Sinaloa"


def test_a_private_institute_or_university_described_is_no_body(empty_registry):
    extraction = found(
        empty_registry,
        "El Instituto Cultural Vasconcelos, escuela privada, abrió inscripciones. La "
        "presidenta del instituto, Marta Ibarra Solís, anunció becas. La Universidad del "
        "Valle de Atemajac abrió una carrera; el rector de la casa de estudios, Tomás "
        "Garibay Peña, dijo que habrá becas.",
        "MX-JAL",
    )
    for name in ("Marta Ibarra Solís", "Tomás Garibay Peña"):
        hit = extraction.official(name)
        assert hit is None or hit.institution == ""
