"""Units named in full with their parent after "de la"/"del"/"de": the unit
is one body named with its parent, the parent a body of its own, also when only its short
name closes the unit's name ("… de Pemex"); the one council a title implies, named in lower
case ("del ayuntamiento"). Sentences invented for these tests."""

from tests.people.mentions.support import found, post


def test_a_specialised_prosecutors_office_is_named_with_its_parent(empty_registry):
    extraction = found(
        empty_registry,
        "El titular de la Fiscalía Especializada en Combate a la Tortura de la Fiscalía "
        "General del Estado de Nayarit, Rogelio Ibarra Solano, abrió tres carpetas.",
        "MX-NAY",
    )
    unit = (
        "Fiscalía Especializada en Combate a la Tortura de la Fiscalía General del Estado "
        "de Nayarit"
    )
    assert post(extraction, "Rogelio Ibarra Solano")[1] == unit
    assert {unit, "Fiscalía General del Estado de Nayarit"} <= set(extraction.institution_names)
    assert "Fiscalía Especializada en Combate a la Tortura" not in extraction.institution_names


def test_a_local_office_named_by_its_place_is_named_with_its_parent(empty_registry):
    extraction = found(
        empty_registry,
        "La Dirección Local Colima de la Comisión Nacional del Agua revisará los pozos "
        "de Tecomán y Armería.",
        "MX-COL",
    )
    assert "Dirección Local Colima de la Comisión Nacional del Agua" in (
        extraction.institution_names
    )
    assert "Dirección Local Colima" not in extraction.institution_names


def test_a_universitys_institute_keeps_its_lower_case_words(empty_registry):
    extraction = found(
        empty_registry,
        "La directora del Instituto de Investigaciones sobre los Ecosistemas de la "
        "Universidad Autónoma de Nayarit, Elsa Carrillo Pimienta, midió el acuífero.",
        "MX-NAY",
    )
    unit = (
        "Instituto de Investigaciones sobre los Ecosistemas de la Universidad Autónoma de Nayarit"
    )
    assert post(extraction, "Elsa Carrillo Pimienta")[1] == unit
    assert "Instituto de Investigaciones" not in extraction.institution_names


def test_a_unit_closed_by_its_parents_short_name_lists_the_parent(empty_registry):
    extraction = found(
        empty_registry,
        "El administrador del Activo Integral Litoral de Tabasco de Pemex, Saúl Cámara "
        "Priego, prometió 30 pipas. La Refinería Olmeca de Pemex redujo su toma y su "
        "gerente, Rubén Ocaña Díaz, lo confirmó.",
        "MX-TAB",
    )
    names = set(extraction.institution_names)
    assert "Petróleos Mexicanos" in names
    assert post(extraction, "Saúl Cámara Priego")[1] == (
        "Activo Integral Litoral de Tabasco de Petróleos Mexicanos"
    )
    refinery = next(h for h in extraction.institutions if h.name.startswith("Refinería Olmeca"))
    assert "Refinería Olmeca" in {refinery.name, *refinery.aliases}


def test_the_anticorruption_systems_executive_body_is_one_name(empty_registry):
    extraction = found(
        empty_registry,
        "La secretaria técnica de la Secretaría Ejecutiva del Sistema Estatal "
        "Anticorrupción, Dalia Rentería Olguín, pidió turnar los expedientes.",
        "MX-DGO",
    )
    body = post(extraction, "Dalia Rentería Olguín")[1]
    assert body.startswith("Secretaría Ejecutiva del Sistema Estatal Anticorrupción")
    assert not any(n.startswith("Sistema Estatal") for n in extraction.institution_names)


def test_the_one_council_a_title_implies_named_in_lower_case(empty_registry):
    extraction = found(
        empty_registry,
        "El alcalde porteño, Efrén Solís Carrasco, pidió que las pipas del ayuntamiento "
        "lleguen primero a las escuelas.",
        "MX-COL",
        dateline="Manzanillo",
    )
    council = post(extraction, "Efrén Solís Carrasco")[1]
    assert council.startswith("Ayuntamiento de Manzanillo")
    assert council in extraction.institution_names


def test_a_teacher_college_with_a_head_is_a_body(empty_registry):
    extraction = found(
        empty_registry,
        "La directora de la Benemérita Escuela Normal Michoacana Vasco de Quiroga, Irma "
        "Pureco Tapia, pidió más plazas. Los alumnos de la Escuela Normal de Tiripetío "
        "marcharon el lunes.",
        "MX-MIC",
    )
    college = "Benemérita Escuela Normal Michoacana Vasco de Quiroga"
    assert post(extraction, "Irma Pureco Tapia")[1] == college
    assert college in extraction.institution_names
    assert "Escuela Normal de Tiripetío" not in extraction.institution_names  # no head named


def test_a_towns_own_council_is_one_name(empty_registry):
    extraction = found(
        empty_registry,
        "Mario Tehuitzil Cruz, keri del Concejo Mayor de Gobierno Comunal de Nahuatzen, "
        "cerró el camino a los talamontes.",
        "MX-MIC",
    )
    assert "Concejo Mayor de Gobierno Comunal de Nahuatzen" in extraction.institution_names
    assert "Gobierno Comunal de Nahuatzen" not in extraction.institution_names
