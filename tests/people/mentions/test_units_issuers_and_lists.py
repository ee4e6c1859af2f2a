"""Units of bodies, issuers, towns and plural lists (session 9 rows and mechanisms): a
press release's issuer, a city's municipality, a town's units and their other names,
national bodies' hospitals, regional units and local offices, judges' and prosecutors'
units, descriptions, plural unit nouns, a mayor's demonym. Sentences invented for these
tests.
"""

import pytest

from people.mentions.extraction import issuer_institutions
from people.mentions.institutions import canonical_institution
from people.mentions.lexicon import council_name, is_feminine_name, municipality
from people.mentions.patterns import private_opening
from people.mentions.store import town_unit_forms
from tests.people.mentions.support import found, post

# A press release's issuer ----------------------------------------------------------


def test_an_issuer_the_text_never_names_is_a_body_the_article_mentions(empty_registry):
    hits = issuer_institutions(
        "H. Ayuntamiento de Tecomán, Colima",
        "La presidenta municipal inauguró el pozo.",
        registry=empty_registry,
        jurisdiction="MX-COL",
    )
    assert [h.name for h in hits] == ["Ayuntamiento de Tecomán"]


def test_an_issuers_parts_count_only_when_each_is_a_bodys_name(empty_registry):
    # the importer glued the release's headline after its issuer: the text has it
    hits = issuer_institutions(
        "XXI Ayuntamiento de Tecomán, Dirección de Turismo, Cabildo Aprueba Feria del Limón",
        "CABILDO APRUEBA FERIA DEL LIMÓN\n\nLa feria abrirá el viernes.",
        registry=empty_registry,
        jurisdiction="MX-COL",
    )
    names = {h.name for h in hits}
    assert "Ayuntamiento de Tecomán" in names
    assert not any(name.startswith("Cabildo") for name in names)


def test_an_issuer_named_with_commas_inside_its_name_is_one_body(empty_registry):
    hits = issuer_institutions(
        "Secretaría de Turismo, Cultura y Deporte",
        "",
        registry=empty_registry,
        jurisdiction="MX-COL",
    )
    assert [h.name for h in hits] == ["Secretaría de Turismo, Cultura y Deporte de Colima"]


def test_an_issuer_the_text_names_is_left_to_the_text(empty_registry):
    text = "El Ayuntamiento de Tecomán informó que el pozo opera."
    hits = issuer_institutions(
        "Ayuntamiento de Tecomán", text, registry=empty_registry, jurisdiction="MX-COL"
    )
    assert hits == ()


def test_a_state_named_free_and_sovereign_is_the_state():
    assert canonical_institution("Congreso del Estado Libre y Soberano de Colima", "MX-COL") == (
        "Congreso del Estado de Colima",
        "MX-COL",
    )


@pytest.mark.django_db
def test_linking_a_press_release_mentions_its_issuer():
    from people.mentions import Registry, link_article
    from tests.people.conftest import make_article

    article = make_article(
        title="Arranca la temporada de lluvias",
        body="Manzanillo, Colima, 2 de junio de 2025.- La alcaldesa pidió limpiar los arroyos.",
        issuer="H. Ayuntamiento de Manzanillo, Colima",
    )
    link_article(article, registry=Registry.load())
    names = {m.institution.name for m in article.institution_mentions.all()}
    assert "Ayuntamiento de Manzanillo" in names


# Towns and their units -------------------------------------------------------------


def test_a_city_is_governed_by_a_municipality_of_another_name():
    assert municipality("Playa del Carmen") == "Solidaridad"
    assert council_name("MX-TAB", "Villahermosa") == "Ayuntamiento de Centro"
    assert municipality("Tecomán") == "Tecomán"


def test_a_council_named_by_its_city_is_its_municipalitys(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Cancún aprobó el reglamento de playas.",
        "MX-ROO",
    )
    hit = extraction.institution("Ayuntamiento de Benito Juárez")
    assert hit is not None and hit.jurisdiction == "MX-ROO/Benito Juárez"


def test_a_towns_unit_is_also_named_with_municipio_and_its_level_first():
    forms = town_unit_forms("Dirección de Protección Civil de Colima", "MX-COL/Colima")
    assert "Dirección de Protección Civil del Municipio de Colima" in forms
    assert "Dirección de Protección Civil del Ayuntamiento de Colima" in forms
    assert "Dirección Municipal de Protección Civil de Colima" in forms
    assert town_unit_forms("Secretaría de Salud de Colima", "MX-COL") == []


def test_titulares_of_a_towns_areas_work_in_its_directions(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Tecomán instaló el comité. Los titulares de Ecología y de "
        "Deporte municipales, Ramiro Gálvez Orta y Delia Pizano Cruz, respectivamente, "
        "firmaron el acta.",
        "MX-COL",
    )
    assert post(extraction, "Ramiro Gálvez Orta")[1] == "Dirección de Ecología de Tecomán"
    assert post(extraction, "Delia Pizano Cruz")[1] == "Dirección de Deporte de Tecomán"


def test_a_sentence_opening_with_a_town_names_the_council_of_a_municipal_role(empty_registry):
    extraction = found(
        empty_registry,
        "La Secretaría de Salud reforzó la vacunación. En Armería, el secretario del "
        "Ayuntamiento, Óscar Preciado Lara, pidió más dosis.",
        "MX-COL",
    )
    assert post(extraction, "Óscar Preciado Lara")[1] == "Ayuntamiento de Armería"


def test_a_mayors_demonym_is_no_name(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Manzanillo cerró la playa. El alcalde porteño, Julián Ceja "
        "Robles, pidió calma.",
        "MX-COL",
    )
    assert post(extraction, "Julián Ceja Robles") == (
        "alcalde porteño",
        "Ayuntamiento de Manzanillo",
    )


# National bodies' units --------------------------------------------------------------


def test_a_national_institutes_hospital_is_named_with_its_town(empty_registry):
    extraction = found(
        empty_registry,
        "La directora del Hospital General del IMSS en Manzanillo, Irene Cárdenas Lugo, "
        "pidió donadores.",
        "MX-COL",
    )
    assert post(extraction, "Irene Cárdenas Lugo")[1] == "Hospital General del IMSS en Manzanillo"


def test_cuyo_director_refers_to_the_whole_name_not_the_body_inside_it(empty_registry):
    extraction = found(
        empty_registry,
        "Los heridos llegaron al Hospital Regional de Pemex en Salina Cruz, cuyo director, "
        "Tomás Ruiz Bernal, dio el parte médico.",
        "MX-OAX",
    )
    assert post(extraction, "Tomás Ruiz Bernal")[1] == "Hospital Regional de Pemex en Salina Cruz"


def test_a_cfe_division_is_a_body_of_its_own_named_with_its_parent(empty_registry):
    extraction = found(
        empty_registry,
        "La gerente divisional de Distribución Jalisco, Nora Tello Ruiz, dijo que la "
        "División de Distribución Jalisco cambiará 90 postes. El superintendente de la Zona "
        "Colima de la CFE, Hugo Salas Pinto, lo confirmó.",
        "MX-COL",
    )
    assert post(extraction, "Nora Tello Ruiz")[1] == "División de Distribución Jalisco de la CFE"
    assert post(extraction, "Hugo Salas Pinto")[1] == "Zona Colima de la CFE"


def test_a_cfe_division_named_only_in_a_title_leaves_the_post_with_the_cfe(empty_registry):
    extraction = found(
        empty_registry,
        "El gerente divisional de Distribución Jalisco de la CFE, Ramón Tello Ruiz, habló.",
        "MX-COL",
    )
    assert post(extraction, "Ramón Tello Ruiz")[1] != "División de Distribución Jalisco de la CFE"


def test_a_local_office_named_with_its_parents_acronym_inside(empty_registry):
    extraction = found(
        empty_registry,
        "La titular de la Oficina de Representación del Instituto Nacional de los Pueblos "
        "Indígenas (INPI) en Colima, Rosa Chávez Pinto, entregó apoyos.",
        "MX-COL",
    )
    office = "Oficina de Representación del Instituto Nacional de los Pueblos Indígenas en Colima"
    assert post(extraction, "Rosa Chávez Pinto")[1] == office
    assert "Oficina de Representación del INPI en Colima" in extraction.institution(office).aliases


def test_a_local_office_with_its_own_acronym_and_its_later_uses(empty_registry):
    extraction = found(
        empty_registry,
        "El titular de la Representación Estatal (REC) del ISSSTE en Colima, Luis Peña "
        "Soto, habló. La jefa de Servicios Médicos de la REC, Ana Ríos Luna, también.",
        "MX-COL",
    )
    assert post(extraction, "Luis Peña Soto")[1] == "Representación Estatal del ISSSTE en Colima"


def test_the_ines_local_board_has_two_names_and_is_not_electoral_kind(empty_registry):
    extraction = found(
        empty_registry,
        "El Instituto Electoral del Estado de Colima sesionó. El vocal ejecutivo de la Junta "
        "Local del Instituto Nacional Electoral (INE) en Colima, Raúl Rangel Ortiz, asistió. "
        "La consejera Diana Vera Lomelí presentó el calendario.",
        "MX-COL",
    )
    office = "Junta Local del Instituto Nacional Electoral en Colima"
    assert post(extraction, "Raúl Rangel Ortiz")[1] == office
    assert "Junta Local Ejecutiva del Instituto Nacional Electoral en Colima" in (
        extraction.institution(office).aliases
    )
    assert post(extraction, "Diana Vera Lomelí")[1] == "Instituto Electoral del Estado de Colima"


def test_a_ports_administration_named_after_its_acronym(empty_registry):
    extraction = found(
        empty_registry,
        "Mario Luna Díaz, director general de la Administración del Sistema Portuario "
        "Nacional (Asipona) Manzanillo, dijo que el puerto opera.",
        "MX-COL",
    )
    name = "Administración del Sistema Portuario Nacional Manzanillo"
    assert post(extraction, "Mario Luna Díaz")[1] == name
    assert "Asipona Manzanillo" in extraction.institution(name).aliases


def test_naval_zones_and_garrisons_named_after_their_town(empty_registry):
    extraction = found(
        empty_registry,
        "El comandante de la Zona Naval de Manzanillo, almirante Óscar Rivas Peña, y el de "
        "la Guarnición Militar de Colima, general Luis Ortiz Gil, coordinaron el operativo.",
        "MX-COL",
    )
    assert post(extraction, "Óscar Rivas Peña")[1] == "Zona Naval de Manzanillo"
    assert {"Zona Naval de Manzanillo", "Guarnición Militar de Colima"} <= (
        extraction.institution_names
    )


# Courts and prosecutors --------------------------------------------------------------


def test_a_court_of_first_instance_is_a_body(empty_registry):
    extraction = found(
        empty_registry,
        "El Juzgado Segundo de lo Familiar de Manzanillo y el Juzgado Especializado en "
        "Violencia contra las Mujeres abrieron sus audiencias.",
        "MX-COL",
    )
    assert {
        "Juzgado Segundo de lo Familiar de Manzanillo",
        "Juzgado Especializado en Violencia contra las Mujeres",
    } <= extraction.institution_names


def test_a_district_courts_seat_is_part_of_its_name(empty_registry):
    extraction = found(
        empty_registry,
        "La titular del Juzgado Tercero de Distrito en el Estado de Colima, Elsa Lara Vega, "
        "concedió la suspensión.",
        "MX-COL",
    )
    court = "Juzgado Tercero de Distrito en el Estado de Colima"
    assert post(extraction, "Elsa Lara Vega")[1] == court
    assert court in extraction.institution_names


def test_a_judge_named_by_the_number_of_her_court_heads_it(empty_registry):
    extraction = found(
        empty_registry,
        "La jueza tercera de Distrito en el Estado de Colima, Elsa Montes Rey, concedió el amparo.",
        "MX-COL",
    )
    assert (
        post(extraction, "Elsa Montes Rey")[1]
        == "Juzgado Tercero de Distrito en el Estado de Colima"
    )


def test_a_judge_of_a_numbered_court_the_text_names_shorter(empty_registry):
    extraction = found(
        empty_registry,
        "El Juzgado Primero Penal abrió el juicio. El juez primero penal de Tecomán, Iván "
        "Solís Mora, citó a las partes.",
        "MX-COL",
    )
    assert post(extraction, "Iván Solís Mora")[1] == "Juzgado Primero Penal"


def test_judges_named_in_the_plural_with_an_adjective(empty_registry):
    extraction = found(
        empty_registry,
        "Los jueces cívicos Rodolfo Lara Gil y Rosa Meza Orta sancionaron a 20 conductores.",
        "MX-COL",
    )
    assert post(extraction, "Rosa Meza Orta")[0] == "jueza cívica"
    assert post(extraction, "Rodolfo Lara Gil")[0] == "juez cívico"


def test_a_prosecutors_unit_named_by_the_title(empty_registry):
    extraction = found(
        empty_registry,
        "La fiscal especializada en Combate a la Trata de Personas de la Fiscalía General "
        "del Estado, Inés Pardo León, habló. El fiscal de Distrito Zona Costa, Raúl Ávila "
        "Cruz, también. La Fiscalía Especializada abrió 14 carpetas.",
        "MX-COL",
    )
    assert post(extraction, "Inés Pardo León")[1] == (
        "Fiscalía Especializada en Combate a la Trata de Personas de Colima"
    )
    assert post(extraction, "Raúl Ávila Cruz")[1] == "Fiscalía de Distrito Zona Costa de Colima"


# Descriptions, plural lists, names ---------------------------------------------------


def test_the_highest_house_of_studies_is_the_university_named_before(empty_registry):
    extraction = found(
        empty_registry,
        "La Universidad de Colima abrió su albergue. El rector de la máxima casa de "
        "estudios, Jorge Ochoa Ruiz, y el secretario académico de la universidad, Pablo "
        "Llamas Díaz, lo recorrieron.",
        "MX-COL",
    )
    assert post(extraction, "Jorge Ochoa Ruiz")[1] == "Universidad de Colima"
    assert post(extraction, "Pablo Llamas Díaz")[1] == "Universidad de Colima"


def test_a_unit_of_a_body_described_after_it(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisión Estatal del Agua de Colima cortó el suministro. El subdirector de "
        "operación del organismo, Hugo Vidales Paz, dio el horario.",
        "MX-COL",
    )
    assert post(extraction, "Hugo Vidales Paz")[1] == "Comisión Estatal del Agua de Colima"


def test_a_plural_title_then_a_plural_unit_noun_gives_one_unit_each(empty_registry):
    extraction = found(
        empty_registry,
        "La Universidad de Colima firmó el convenio. Los directores de las facultades de "
        "Derecho y de Enfermería, Lucía Zepeda Gil y Omar Brizuela Paz, lo presentaron.",
        "MX-COL",
    )
    assert post(extraction, "Lucía Zepeda Gil") == (
        "directora de la Facultad de Derecho",
        "Facultad de Derecho de la Universidad de Colima",
    )
    assert post(extraction, "Omar Brizuela Paz")[1] == (
        "Facultad de Enfermería de la Universidad de Colima"
    )


def test_a_plural_title_over_listed_councils_gives_one_council_each(empty_registry):
    extraction = found(
        empty_registry,
        "Los síndicos segundos de los ayuntamientos de Armería y Tecomán, Rosa Pinto Gil y "
        "Luis Cano Paz, respectivamente, pidieron la auditoría.",
        "MX-COL",
    )
    assert post(extraction, "Rosa Pinto Gil") == ("síndica segunda", "Ayuntamiento de Armería")
    assert post(extraction, "Luis Cano Paz")[1] == "Ayuntamiento de Tecomán"


def test_a_plural_title_over_state_secretarias_keeps_an_areas_own_y(empty_registry):
    extraction = found(
        empty_registry,
        "Las titulares de las secretarías estatales de Turismo y de Movilidad y Transporte, "
        "Eva Robles Soto y Dina Cruz Meza, firmaron.",
        "MX-COL",
    )
    assert post(extraction, "Dina Cruz Meza") == (
        "titular de Movilidad y Transporte",
        "Secretaría de Movilidad y Transporte de Colima",
    )


def test_more_feminine_given_names():
    assert is_feminine_name("Leonor Amador Gil")
    assert is_feminine_name("Aracely Chablé Cruz")
    assert not is_feminine_name("Tomás Ruiz Bernal")


def test_private_universities_and_chambers_are_not_public(empty_registry):
    assert private_opening("universidad anahuac colima")
    extraction = found(
        empty_registry,
        "El presidente de la Caintra, Gil Medina Ruiz, y la presidenta del Consejo de "
        "Mujeres Empresarias de Colima, Luz Olvera Paz, se reunieron. Al paro se sumó la "
        "Sección 39 del SNTE. Su secretario general, Raúl Pinto Lara, habló.",
        "MX-COL",
    )
    assert extraction.official_names == set()


def test_a_role_word_surname_stays_in_the_name(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisión de Agua de Armería, cuyo director, Luis Alberto Juez Rentería, "
        "reconoció el adeudo, pidió paciencia.",
        "MX-COL",
    )
    assert "Luis Alberto Juez Rentería" in extraction.official_names


def test_a_visitor_sits_in_the_articles_human_rights_body_whatever_its_name(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisión Estatal de Derechos Humanos de Colima emitió una recomendación. La "
        "primera visitadora general, Irma Lepe Ruiz, la explicó.",
        "MX-COL",
    )
    assert post(extraction, "Irma Lepe Ruiz")[1] == (
        "Comisión Estatal de Derechos Humanos de Colima"
    )


def test_su_after_a_unit_named_with_its_parent_is_the_units(empty_registry):
    extraction = found(
        empty_registry,
        "La Facultad de Ciencias Marinas de la Universidad de Colima (UdeC) analizará el "
        "agua; su directora, Paula Vaca Lino, dará los resultados.",
        "MX-COL",
    )
    assert post(extraction, "Paula Vaca Lino")[1] == (
        "Facultad de Ciencias Marinas de la Universidad de Colima"
    )


def test_a_council_found_by_a_registered_alias_is_still_the_articles_council(
    fixture_registry,
):
    extraction = found(
        fixture_registry,
        "El municipio de Luis Moya aprobó su presupuesto. La regidora Ana Villa Ruiz votó en "
        "contra.",
        "MX-ZAC",
    )
    assert post(extraction, "Ana Villa Ruiz") == ("regidora", "Ayuntamiento de Luis Moya")


def test_a_role_with_no_body_takes_the_states_body_over_the_national_one(empty_registry):
    extraction = found(
        empty_registry,
        "El Instituto Nacional Electoral y el Instituto Electoral del Estado de Colima "
        "firmaron. La consejera Villalvazo Rey presentó el convenio.",
        "MX-COL",
    )
    assert post(extraction, "Villalvazo Rey")[1] == "Instituto Electoral del Estado de Colima"


def test_the_staff_of_a_legislature_the_article_does_not_name(empty_registry):
    extraction = found(
        empty_registry,
        "El oficial mayor del Congreso, Rubén Preciado Gil, abrió el recinto como albergue.",
        "MX-COL",
    )
    assert post(extraction, "Rubén Preciado Gil")[1] == "Congreso del Estado de Colima"


def test_an_organ_of_a_numbered_legislature_is_no_body(empty_registry):
    extraction = found(
        empty_registry,
        "La titular compareció ante la Comisión Ordinaria de Salud de la LXI Legislatura. La "
        "diputada Eva Ríos Gil, presidenta de la Comisión de Energía, preguntó.",
        "MX-COL",
    )
    assert not any(name.startswith("Comisión") for name in extraction.institution_names)


def test_heads_of_areas_listed_before_the_government_they_share(empty_registry):
    extraction = found(
        empty_registry,
        "Los titulares de Salud y de Turismo del Gobierno del Estado, Mauro Pech Can y "
        "Lidia Uc Dzib, inauguraron la clínica. Las secretarias de Salud y de Educación "
        "Pública y Cultura del Gobierno de Campeche, Rosa Chi Ek y Nora Poot May, hablaron.",
        "MX-CAM",
    )
    # The government only says whose areas they are: one secretaría each, in order.
    assert post(extraction, "Mauro Pech Can") == ("titular de Salud", "Secretaría de Salud")
    assert post(extraction, "Lidia Uc Dzib") == ("titular de Turismo", "Secretaría de Turismo")
    # The repeated "de" marks where each area starts ("Educación Pública y Cultura").
    assert post(extraction, "Rosa Chi Ek") == ("secretaria de Salud", "Secretaría de Salud")
    assert post(extraction, "Nora Poot May") == (
        "secretaria de Educación Pública y Cultura",
        "Secretaría de Educación Pública y Cultura",
    )


def test_a_head_of_area_of_a_named_government(empty_registry):
    extraction = found(
        empty_registry,
        "La titular de Movilidad del Gobierno del Estado, Inés Canto Pool, presentó rutas.",
        "MX-YUC",
    )
    assert post(extraction, "Inés Canto Pool")[1] == "Secretaría de Movilidad"


def test_a_hospital_named_after_a_doctor_after_its_state(empty_registry):
    extraction = found(
        empty_registry,
        "Cinco niños siguen en el Hospital Pediátrico de Sonora Dr. Mario Ruiz Paz, cuyo "
        "director, Ramón Soto Gil, descartó casos graves.",
        "MX-SON",
    )
    name = "Hospital Pediátrico de Sonora Dr. Mario Ruiz Paz"
    assert post(extraction, "Ramón Soto Gil")[1] == name
    assert "Mario Ruiz Paz" not in extraction.official_names
