"""Units that are bodies of their own (``people.mentions.roles.OWN_UNITS``).

The head of a town's or a state's own unit ("el coordinador municipal de Protección
Civil", "la directora de Bomberos de X", "la contralora municipal") works in that
unit, not in the ayuntamiento; an editor sees the unit as the official's institution.
Sentences invented for these tests.
"""

import pytest

from people.mentions import extract_mentions
from tests.people.mentions.support import found, post


def test_a_municipal_coordinator_works_in_the_towns_coordination(empty_registry):
    extraction = found(
        empty_registry,
        "El coordinador municipal de Protección Civil de Tecomán, Rodolfo Anaya Quiroz, "
        "pidió evacuar la colonia.",
        "MX-COL",
    )
    assert post(extraction, "Rodolfo Anaya Quiroz") == (
        "coordinador municipal de Protección Civil de Tecomán",
        "Coordinación Municipal de Protección Civil de Tecomán",
    )
    names = extraction.institution_names
    assert "Coordinación Municipal de Protección Civil de Tecomán" in names


def test_with_no_town_in_the_title_the_unit_is_the_articles_council(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Salamanca cerró el mercado. La coordinadora municipal de "
        "Protección Civil y Bomberos, Inés Cárdenas Mejía, revisó las instalaciones.",
        "MX-GUA",
    )
    assert post(extraction, "Inés Cárdenas Mejía")[1] == (
        "Coordinación Municipal de Protección Civil y Bomberos de Salamanca"
    )


def test_a_state_coordinator_works_in_the_states_coordination(empty_registry):
    extraction = found(
        empty_registry,
        "La coordinadora estatal de Protección Civil, Marta Luján Orozco, emitió una alerta "
        "por lluvias en la sierra de Durango.",
        "MX-DUR",
    )
    assert post(extraction, "Marta Luján Orozco") == (
        "coordinadora estatal de Protección Civil",
        "Coordinación Estatal de Protección Civil de Durango",
    )


def test_a_director_with_a_town_and_no_level_heads_that_towns_direction(empty_registry):
    extraction = found(
        empty_registry,
        "El director de Bomberos de Ensenada, Julián Ochoa Beltrán, informó del incendio.",
        "MX-BCN",
    )
    assert post(extraction, "Julián Ochoa Beltrán")[1] == "Dirección de Bomberos de Ensenada"


def test_a_level_written_after_the_area_is_no_part_of_the_name_unless_capitalised(
    empty_registry,
):
    extraction = found(
        empty_registry,
        "**CELAYA, Gto.—** La directora de Obras Públicas municipal, Sofía Rangel Patiño, "
        "y el director de Seguridad Pública Municipal, Tomás Aguilera Ruiz, recorrieron "
        "el puente.",
        "MX-GUA",
    )
    assert post(extraction, "Sofía Rangel Patiño")[1] == "Dirección de Obras Públicas de Celaya"
    assert post(extraction, "Tomás Aguilera Ruiz")[1] == (
        "Dirección de Seguridad Pública Municipal de Celaya"
    )


def test_a_municipal_comptroller_works_in_the_contraloria_not_counted_as_a_mention(
    empty_registry,
):
    extraction = found(
        empty_registry,
        "**COMITÁN, Chis.—** La contralora municipal, Adela Gordillo Pinto, abrió tres "
        "procedimientos por obras inconclusas.",
        "MX-CHP",
    )
    assert post(extraction, "Adela Gordillo Pinto") == (
        "contralora municipal",
        "Contraloría Municipal de Comitán",
    )
    assert "Contraloría Municipal de Comitán" not in extraction.institution_names


def test_an_area_that_is_no_unit_of_its_own_keeps_its_government(empty_registry):
    extraction = found(
        empty_registry,
        "El director municipal de Fomento Económico, Raúl Zepeda Lira, presentó la feria.",
        "MX-ZAC",
    )
    _role, institution = post(extraction, "Raúl Zepeda Lira")
    assert not institution.startswith("Dirección")


# A state's numbered units (``institutions.STATE_UNIT_KINDS``) --------------------------


def test_the_head_of_a_health_district_works_in_the_states_district(empty_registry):
    extraction = found(
        empty_registry,
        "La jefa de la Jurisdicción Sanitaria número 4, Gloria Mendívil Araujo, pidió "
        "eliminar criaderos de mosco.",
        "MX-SIN",
    )
    assert post(extraction, "Gloria Mendívil Araujo") == (
        "jefa de la Jurisdicción Sanitaria número 4",
        "Jurisdicción Sanitaria número 4 de Sinaloa",
    )
    hit = extraction.institution("Jurisdicción Sanitaria número 4 de Sinaloa")
    assert hit is not None and "Jurisdicción Sanitaria número 4" in hit.aliases


def test_a_health_district_named_with_its_state_is_that_states(empty_registry):
    extraction = found(
        empty_registry,
        "Los casos los confirmó la Jurisdicción Sanitaria III de Puebla, que abrió un módulo.",
        "MX-TLA",
    )
    hit = extraction.institution("Jurisdicción Sanitaria III de Puebla")
    assert hit is not None and hit.jurisdiction == "MX-PUE"


# Offices of a national body in a state (``institutions.LOCAL_OFFICE_HEADS``) -----------


def test_an_office_of_a_national_body_in_a_state_is_a_body_of_its_own(empty_registry):
    extraction = found(
        empty_registry,
        "El titular de la Oficina de Representación del IMSS en Nayarit, Ramón Ceja "
        "Valdivia, inauguró la guardería.",
        "MX-NAY",
    )
    assert post(extraction, "Ramón Ceja Valdivia")[1] == (
        "Oficina de Representación del IMSS en Nayarit"
    )
    hit = extraction.institution("Oficina de Representación del IMSS en Nayarit")
    assert hit is not None and hit.jurisdiction == "MX-NAY"


def test_a_local_board_of_the_electoral_institute_keeps_its_state(empty_registry):
    extraction = found(
        empty_registry,
        "La vocal ejecutiva de la Junta Local del INE en Colima, Irene Cárdenas Moreno, "
        "entregó las listas nominales.",
        "MX-COL",
    )
    assert post(extraction, "Irene Cárdenas Moreno")[1] == "Junta Local del INE en Colima"


def test_a_national_body_in_a_state_without_an_office_head_stays_the_national_body(
    empty_registry,
):
    extraction = found(
        empty_registry,
        "La Comisión Nacional del Agua en Sonora, cuyo titular es Arturo Félix Soto, "
        "reportó presas al 30 %.",
        "MX-SON",
    )
    assert "Comisión Nacional del Agua" in extraction.institution_names


# Mexico City's alcaldías (``lexicon.COUNCIL_FORMS``) ------------------------------------


def test_a_mayor_in_mexico_city_heads_an_alcaldia_not_an_ayuntamiento(empty_registry):
    extraction = found(
        empty_registry,
        "**Ciudad de México.-** La alcaldesa de Xochimilco, Elena Barrios Tapia, y el "
        "concejal Omar Garduño Ríos recorrieron los canales. La Alcaldía Xochimilco y Sedema "
        "firmaron un convenio.",
        "MX-CMX",
    )
    assert post(extraction, "Elena Barrios Tapia") == (
        "alcaldesa de Xochimilco",
        "Alcaldía Xochimilco",
    )
    assert post(extraction, "Omar Garduño Ríos") == ("concejal", "Alcaldía Xochimilco")
    assert "Alcaldía Xochimilco" in extraction.institution_names
    assert not any(" y " in name for name in extraction.institution_names)


def test_outside_mexico_city_a_mayor_still_heads_the_ayuntamiento(empty_registry):
    extraction = found(
        empty_registry,
        "El alcalde de Guaymas, Mario Leyva Ochoa, inauguró el malecón.",
        "MX-SON",
    )
    assert post(extraction, "Mario Leyva Ochoa")[1] == "Ayuntamiento de Guaymas"


def test_a_town_or_a_state_ends_a_name_before_and(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Manzanillo y Capitanía de Puerto cerraron la playa. La Fiscalía "
        "de Colima y Semar revisaron la zona.",
        "MX-COL",
    )
    names = extraction.institution_names
    assert "Ayuntamiento de Manzanillo" in names
    assert not any(" y " in name for name in names), names


# Councils named as the press names them ------------------------------------------------


def test_the_cabildo_of_a_town_is_its_ayuntamiento(empty_registry):
    extraction = found(
        empty_registry,
        "El Cabildo de Navojoa aprobó el presupuesto. Las regidoras Lucía Valenzuela Ochoa "
        "y Carmen Yocupicio Ruiz votaron en contra.",
        "MX-SON",
    )
    assert "Ayuntamiento de Navojoa" in extraction.institution_names
    for name in ("Lucía Valenzuela Ochoa", "Carmen Yocupicio Ruiz"):
        assert post(extraction, name) == ("regidora", "Ayuntamiento de Navojoa")


def test_with_several_towns_named_the_dateline_town_is_the_council(empty_registry):
    extraction = found(
        empty_registry,
        "**MOTUL, Yuc.—** El presidente municipal de Motul, Jorge Canul Pech, y el alcalde "
        "de Telchac, Raúl Ek May, firmaron el convenio. Los regidores Elena Couoh Chan y "
        "Mario Dzib Tec pidieron transparencia.",
        "MX-YUC",
    )
    assert post(extraction, "Raúl Ek May")[1] == "Ayuntamiento de Telchac"
    assert post(extraction, "Elena Couoh Chan") == ("regidora", "Ayuntamiento de Motul")
    assert post(extraction, "Mario Dzib Tec") == ("regidor", "Ayuntamiento de Motul")


# One plural title over several areas ---------------------------------------------------


def test_holders_listed_after_titular_of_several_areas_take_one_area_each(empty_registry):
    extraction = found(
        empty_registry,
        "Los titulares de Turismo y Economía, Adriana Sáenz Rubio y Hugo Treviño Lara, "
        "presentaron la feria regional.",
        "MX-COA",
    )
    role, institution = post(extraction, "Adriana Sáenz Rubio")
    assert role == "titular de Turismo"
    assert institution.startswith("Secretaría de Turismo")
    role, institution = post(extraction, "Hugo Treviño Lara")
    assert role == "titular de Economía"
    assert institution.startswith("Secretaría de Economía")


def test_a_titular_of_a_named_body_is_not_a_secretariat(empty_registry):
    extraction = found(
        empty_registry,
        "La titular de la Defensoría Pública, Mirna Osuna Leal, pidió más defensores.",
        "MX-SIN",
    )
    _role, institution = post(extraction, "Mirna Osuna Leal")
    assert not institution.startswith("Secretaría")


# A dateline the importer took out of the body (``Article.dateline_city``) ----------------


def test_a_dateline_taken_out_of_the_body_still_places_the_council(empty_registry):
    extraction = extract_mentions(
        body="Los regidores Ana Lugo Pérez y Tomás Ibarra Ruiz pidieron una auditoría.",
        registry=empty_registry,
        jurisdiction="MX-JAL",
        dateline="Zapotlanejo",
    )
    assert post(extraction, "Ana Lugo Pérez") == ("regidora", "Ayuntamiento de Zapotlanejo")


@pytest.mark.django_db
def test_linking_an_article_reads_its_dateline_city():
    from people.mentions import Registry, link_article
    from tests.people.conftest import make_article

    article = make_article(
        title="Piden auditoría al agua potable",
        body="El coordinador municipal de Protección Civil, Iván Robles Félix, cerró el "
        "balneario. El Gobierno del Estado de Nayarit enviará peritos.",
        dateline_city="Compostela",
    )
    link_article(article, registry=Registry.load())
    mention = article.official_mentions.select_related("institution").get()
    assert mention.official.name == "Iván Robles Félix"
    assert mention.institution.name == "Coordinación Municipal de Protección Civil de Compostela"


# A state's legislature, however the press names it (``states.State.legislature``) -------


def test_every_name_of_a_state_legislature_is_one_body(empty_registry):
    extraction = found(
        empty_registry,
        "El Congreso de Durango aprobó la reforma. La LXX Legislatura del Congreso del "
        "Estado de Durango la turnó al Ejecutivo; el diputado local Raúl Meraz Soto la "
        "defendió.",
        "MX-DUR",
    )
    legislatures = {
        n for n in extraction.institution_names if n.startswith(("Congreso", "Legislatura"))
    }
    assert legislatures == {"Congreso del Estado de Durango"}
    assert post(extraction, "Raúl Meraz Soto")[1] == "Congreso del Estado de Durango"


def test_a_state_whose_legislature_has_its_own_name_keeps_it(empty_registry):
    extraction = found(
        empty_registry,
        "La diputada local Rosa Ocampo Gil presentó la iniciativa ante el Congreso del "
        "Estado de México.",
        "MX-MEX",
    )
    assert post(extraction, "Rosa Ocampo Gil")[1] == "Legislatura del Estado de México"
    hit = extraction.institution("Legislatura del Estado de México")
    assert hit is not None and "Congreso del Estado de México" in hit.aliases


def test_mexico_citys_congress_is_named_as_its_own(empty_registry):
    extraction = found(
        empty_registry,
        "**Ciudad de México.-** El diputado local Iván Zárate Ortiz presentó la iniciativa.",
        "MX-CMX",
    )
    assert post(extraction, "Iván Zárate Ortiz")[1] == "Congreso de la Ciudad de México"


# Leaders of private groups (``discovery._led_private_group``) ---------------------------


def test_the_president_leading_a_group_of_businessmen_is_no_official(empty_registry):
    extraction = found(
        empty_registry,
        "Comerciantes del centro, encabezados por el presidente del Consejo de Desarrollo "
        "Turístico, Ramiro Ochoa Villa, pidieron más vigilancia. El alcalde de Mazatlán, "
        "Luis Guerrero Ríos, los recibió.",
        "MX-SIN",
    )
    assert extraction.official_names == {"Luis Guerrero Ríos"}


def test_an_office_that_is_public_by_itself_still_leads_a_private_group(empty_registry):
    extraction = found(
        empty_registry,
        "Vecinos de la colonia Centro, encabezados por la regidora Sara Lozano Íñiguez, "
        "bloquearon la avenida. Los diputados, encabezados por el presidente de la Junta "
        "de Coordinación Política, Hugo Ceballos Nava, recibieron a los manifestantes.",
        "MX-SIN",
    )
    assert {"Sara Lozano Íñiguez", "Hugo Ceballos Nava"} <= extraction.official_names


# A hospital written with the body it belongs to ("… del IMSS-Bienestar") ------------------


@pytest.mark.django_db
def test_a_hospital_named_with_its_parent_is_known_by_its_own_name():
    from people.mentions import Registry, link_article
    from tests.people.conftest import make_article

    first = make_article(
        body="El director del Hospital General de Ixmiquilpan del IMSS-Bienestar, Gonzalo "
        "Pérez Trejo, pidió más enfermeras."
    )
    link_article(first, registry=Registry.load())
    hospital = first.official_mentions.select_related("institution").get().institution
    assert hospital.name == "Hospital General de Ixmiquilpan del IMSS-Bienestar"
    # a later story names it alone: the same hospital
    later = make_article(body="Pacientes del Hospital General de Ixmiquilpan esperan cirugía.")
    link_article(later, registry=Registry.load())
    assert later.institution_mentions.filter(institution=hospital).exists()


def test_a_place_after_a_hospitals_name_is_no_parent(empty_registry):
    extraction = found(
        empty_registry,
        "La directora del Hospital General de Zona número 8 de Ciudad del Carmen, Irma "
        "Cahuich Poot, habló.",
        "MX-CAM",
    )
    hit = extraction.institution("Hospital General de Zona número 8 de Ciudad del Carmen")
    assert hit is not None and hit.aliases == ()
