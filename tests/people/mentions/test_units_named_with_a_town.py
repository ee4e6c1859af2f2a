"""Units named after their town: numbered health jurisdictions and regional prosecutors'
offices (``people.mentions.institutions``, ``people.mentions.posts``). Sentences invented
for these tests."""

from tests.people.mentions.support import found, post


def test_a_numbered_jurisdiction_keeps_the_town_that_names_it(empty_registry):
    extraction = found(
        empty_registry,
        "Irene Pech Canul, jefa de la Jurisdicción Sanitaria No. 2 de Valladolid, pidió "
        "vacunarse antes de diciembre.",
        "MX-YUC",
    )
    assert post(extraction, "Irene Pech Canul")[1] == "Jurisdicción Sanitaria No. 2 de Valladolid"
    assert "Jurisdicción Sanitaria No. 2 de Yucatán" not in extraction.institution_names


def test_a_numbered_jurisdiction_with_no_place_is_the_states(empty_registry):
    extraction = found(
        empty_registry,
        "La jefa de la Jurisdicción Sanitaria número 4, Irene Pech Canul, pidió vacunarse.",
        "MX-YUC",
    )
    assert post(extraction, "Irene Pech Canul")[1] == "Jurisdicción Sanitaria número 4 de Yucatán"


def test_a_regional_vice_prosecutor_works_in_the_towns_vicefiscalia(empty_registry):
    extraction = found(
        empty_registry,
        "Hugo Tzec Balam, vicefiscal regional de Champotón, informó que la Vicefiscalía "
        "Regional de Champotón abrió tres carpetas.",
        "MX-CAM",
    )
    role, institution = post(extraction, "Hugo Tzec Balam")
    assert role == "vicefiscal regional de Champotón"
    assert institution.startswith("Vicefiscalía Regional de Champotón")


def test_a_regional_prosecutor_works_in_the_towns_fiscalia_the_article_names(empty_registry):
    extraction = found(
        empty_registry,
        "La fiscal regional de Zitácuaro, Rebeca Olvera Sáenz, dijo que la Fiscalía Regional "
        "de Zitácuaro abrió una carpeta.",
        "MX-MIC",
    )
    assert post(extraction, "Rebeca Olvera Sáenz")[1].startswith("Fiscalía Regional de Zitácuaro")


def test_a_regional_office_named_only_in_the_title_is_no_body_of_its_own(empty_registry):
    extraction = found(
        empty_registry,
        "La fiscal regional de Zitácuaro, Rebeca Olvera Sáenz, abrió una carpeta.",
        "MX-MIC",
    )
    assert not post(extraction, "Rebeca Olvera Sáenz")[1].startswith("Fiscalía Regional")


def test_an_acronym_with_its_place_in_parentheses_before_a_rank(empty_registry):
    extraction = found(
        empty_registry,
        "El gerente general de la Administración del Sistema Portuario Nacional Salina Cruz "
        "(ASIPONA Salina Cruz), vicealmirante Tomás Ríos Cabañas, cerró el puerto.",
        "MX-OAX",
    )
    role, institution = post(extraction, "Tomás Ríos Cabañas")
    assert role == "gerente general de la Administración del Sistema Portuario Nacional Salina Cruz"
    assert institution == "Administración del Sistema Portuario Nacional Salina Cruz"


def test_a_federal_delegate_in_a_state_heads_that_states_delegation(empty_registry):
    extraction = found(
        empty_registry,
        "Marco Tlatelpa Rosas, delegado de Programas para el Bienestar en Tlaxcala, entregó "
        "las tarjetas.",
        "MX-TLA",
    )
    assert post(extraction, "Marco Tlatelpa Rosas") == (
        "delegado de Programas para el Bienestar en Tlaxcala",
        "Delegación de Programas para el Bienestar en Tlaxcala",
    )
