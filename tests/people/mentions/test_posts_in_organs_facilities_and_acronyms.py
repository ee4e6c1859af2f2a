"""Session 6 (rows and small mechanisms from linker-f/b1): a legislator's post in an organ,
honorifics in a body's name, acronyms made of a named body's initials, facilities named
in lower case or before their staff, short forms of a state body, units named by their
area, and more titles. Sentences invented for these tests.
"""

from people.mentions import Registry
from people.mentions.institutions import canonical_institution, with_state
from tests.people.mentions.support import found, post

# A legislator's post in an organ ------------------------------------------------------


def test_a_legislators_post_in_an_organ_after_the_name(empty_registry):
    extraction = found(
        empty_registry,
        "La diputada Ofelia Cárdenas Ruelas, presidenta de la Comisión de Educación, pidió "
        "más plazas. El senador Julián Montaño Rivas —presidente de la Comisión de Energía— "
        "votó en contra.",
        "MX-SIN",
    )
    assert post(extraction, "Ofelia Cárdenas Ruelas") == (
        "presidenta de la Comisión de Educación",
        "Congreso del Estado de Sinaloa",
    )
    assert post(extraction, "Julián Montaño Rivas")[0] == "senador"  # an aside keeps the seat


def test_a_seat_with_its_article_between_a_post_and_the_name(empty_registry):
    extraction = found(
        empty_registry,
        "El presidente de la comisión, el diputado Arnoldo Vega Ruelas, recibió la propuesta.",
        "MX-DUR",
    )
    assert post(extraction, "Arnoldo Vega Ruelas") == (
        "presidente de la comisión",
        "Congreso del Estado de Durango",
    )


# Private bodies --------------------------------------------------------------------


def test_a_producers_agricultural_council_is_private(empty_registry):
    extraction = found(
        empty_registry,
        "Anselmo Ruiz Vega, presidente del Consejo Agrícola del Valle del Fuerte, y el "
        "presidente del Consejo Agropecuario de Chihuahua, Tomás Nevárez Ríos, se opusieron.",
        "MX-SIN",
    )
    assert extraction.official_names == set()


# Names of bodies -------------------------------------------------------------------


def test_an_honorific_is_part_of_a_bodys_name_and_its_description_refers_back(empty_registry):
    text = (
        "La rectora de la Benemérita Universidad Autónoma de Tlaxcala, Ofelia Méndez Cruz, "
        "firmó el convenio con el Congreso del Estado. "
        + "Los diputados revisaron el presupuesto de cada dependencia estatal. " * 8
        + "La tesorera de la universidad, Noelia Pérez Hoyos, presentó las cifras."
    )
    extraction = found(empty_registry, text, "MX-TLA")
    university = "Benemérita Universidad Autónoma de Tlaxcala"
    assert extraction.institution(university) is not None
    assert post(extraction, "Noelia Pérez Hoyos")[1] == university


def test_an_honorific_before_a_hospitals_head_keeps_both_words(empty_registry):
    extraction = found(
        empty_registry,
        "El Centenario Hospital Ignacio Morones, cuyo director, Saúl Lira Cano, recibió a "
        "los médicos, abrió su área de urgencias.",
        "MX-SLP",
    )
    assert post(extraction, "Saúl Lira Cano")[1] == "Centenario Hospital Ignacio Morones"


def test_the_security_systems_executive_body_is_one_name(empty_registry):
    extraction = found(
        empty_registry,
        "La secretaria ejecutiva del Secretariado Ejecutivo del Sistema Estatal de Seguridad "
        "Pública, Nidia Ruelas Paz, presentó el informe.",
        "MX-SIN",
    )
    assert post(extraction, "Nidia Ruelas Paz")[1] == (
        "Secretariado Ejecutivo del Sistema Estatal de Seguridad Pública de Sinaloa"
    )


def test_the_citys_bus_network_is_public_but_other_networks_are_civic(empty_registry):
    extraction = found(
        empty_registry,
        "Joel Tapia Nieto (gerente de Operación de la Red de Transporte de Pasajeros) y la "
        "presidenta de la Red de Ciclistas Urbanos, Eva Marín Pozos, revisaron la ruta.",
        "MX-CMX",
    )
    assert extraction.official_names == {"Joel Tapia Nieto"}
    assert post(extraction, "Joel Tapia Nieto")[1] == "Red de Transporte de Pasajeros"


def test_a_place_after_a_bodys_name_and_a_is_where_it_goes(empty_registry):
    extraction = found(
        empty_registry,
        "El general anunció el envío de 200 elementos de la Secretaría de Marina a Mazatlán "
        "y a Escuinapa.",
        "MX-SIN",
    )
    assert [hit.name for hit in extraction.institutions] == ["Secretaría de Marina"]


def test_a_bare_acronym_keeping_the_y_of_a_named_bodys_name(empty_registry):
    extraction = found(
        empty_registry,
        "La Secretaría de Desarrollo Urbano y Ecología abrió la consulta. La directora de "
        "Planeación de la SDUyE Rosalba Olvera Paz dijo que durará un mes.",
        "MX-NLE",
    )
    hit = extraction.official("Rosalba Olvera Paz")
    assert hit is not None
    assert hit.institution.startswith("Secretaría de Desarrollo Urbano y Ecología")


def test_a_bare_acronym_made_of_a_named_bodys_initials(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisión Estatal de Servicios Públicos de Mexicali informó de la fuga. El gerente "
        "de la CESPM, Hugo Lerma Ibarra, explicó la reparación. La Comisión Estatal del Agua "
        "de Baja California lo apoyó; la vocal ejecutiva de la CEA, Nora Félix Romo, dio "
        "cifras.",
        "MX-BCN",
    )
    assert post(extraction, "Hugo Lerma Ibarra")[1] == (
        "Comisión Estatal de Servicios Públicos de Mexicali"
    )
    assert post(extraction, "Nora Félix Romo")[1] == "Comisión Estatal del Agua de Baja California"
    assert {h.name for h in extraction.institutions} == {
        "Comisión Estatal de Servicios Públicos de Mexicali",
        "Comisión Estatal del Agua de Baja California",
    }


def test_a_state_body_named_with_one_of_its_towns_or_its_bare_state():
    assert with_state("Comisión Estatal de Servicios Públicos de Tecate", "MX-BCN") == (
        "Comisión Estatal de Servicios Públicos de Tecate"
    )
    assert canonical_institution("Secretaría de Turismo Sonora", "MX-SON") == (
        "Secretaría de Turismo de Sonora",
        "MX-SON",
    )


def test_a_body_named_after_another_inside_its_name():
    assert canonical_institution(
        "Tribunal Electoral del Poder Judicial de la Federación", "MX-TAB"
    ) == ("Tribunal Electoral del Poder Judicial de la Federación", "MX")


def test_the_tribunal_of_the_federal_judiciary_is_one_body(empty_registry):
    extraction = found(
        empty_registry,
        "El partido acudirá al Tribunal Electoral del Poder Judicial de la Federación.",
        "MX-TAB",
    )
    assert [h.name for h in extraction.institutions] == [
        "Tribunal Electoral del Poder Judicial de la Federación"
    ]


def test_a_secretary_of_the_controllers_office_heads_a_secretaria(empty_registry):
    extraction = found(
        empty_registry,
        "El secretario de la Contraloría de Colima, Ramón Zepeda Lino, anunció auditorías.",
        "MX-COL",
    )
    assert post(extraction, "Ramón Zepeda Lino")[1] == "Secretaría de la Contraloría de Colima"


def test_a_state_body_shortened_to_its_head_and_state(empty_registry):
    extraction = found(
        empty_registry,
        "Fiscalía de Nayarit detiene a dos funcionarios. La Fiscalía General del Estado de "
        "Nayarit informó que el fiscal general, Ernesto Lara Paz, encabezó el operativo.",
        "MX-NAY",
    )
    assert [h.name for h in extraction.institutions] == ["Fiscalía General del Estado de Nayarit"]


def test_a_short_form_of_a_registered_state_body():
    registry = Registry.from_records(
        institutions=[
            {
                "id": 3,
                "name": "Auditoría Superior del Estado de Nayarit",
                "jurisdiction": "MX-NAY",
                "status": "discovered",
                "aliases": ["Auditoría Superior del Estado"],
            }
        ]
    )
    extraction = found(
        registry,
        "Auditoría de Nayarit observa pagos. La Auditoría Superior del Estado publicó el informe.",
        "MX-NAY",
    )
    assert [h.id for h in extraction.institutions] == [3]


# Facilities ------------------------------------------------------------------------


def test_a_hospitals_director_named_after_the_hospital(empty_registry):
    extraction = found(
        empty_registry,
        "Los pacientes fueron trasladados al Hospital General de Zona No. 6 Rafael Pascacio "
        "Gamboa, en la capital. La directora del hospital, Irene Solís Paz, dijo que hay camas.",
        "MX-CHP",
    )
    hospital = "Hospital General de Zona No. 6 Rafael Pascacio Gamboa"
    assert post(extraction, "Irene Solís Paz") == ("directora del hospital", hospital)
    assert extraction.institution(hospital) is not None


def test_a_refinery_named_with_a_lower_case_noun(empty_registry):
    extraction = found(
        empty_registry,
        "Pemex reparó la refinería Héctor Lara Sosa, en Cadereyta. El superintendente "
        "de la refinería, ingeniero Saúl Garza Leal, informó. El exgerente de la refinería "
        "Tomás Ibarra Villa, hoy jubilado, opinó.",
        "MX-NLE",
    )
    refinery = "Refinería Héctor Lara Sosa"
    assert post(extraction, "Saúl Garza Leal")[1] == refinery
    # "Pemex reparó": the text names Pemex too (``SHORT_FEDERAL_ACRONYMS``)
    assert {h.name for h in extraction.institutions} == {refinery, "Petróleos Mexicanos"}
    # named alone, with no staff referring to it, it is a place
    alone = found(empty_registry, "Llegaron obreros a la refinería Salina Cruz.", "MX-OAX")
    assert not alone.institutions


def test_a_towns_water_services_are_the_directors_body(empty_registry):
    extraction = found(
        empty_registry,
        "El director de Servicios de Agua y Drenaje de Apodaca, Iván Leal Garza, habló.",
        "MX-NLE",
    )
    assert post(extraction, "Iván Leal Garza")[1] == "Servicios de Agua y Drenaje de Apodaca"


# Bodies from context ---------------------------------------------------------------


def test_the_state_office_is_the_dependencia_estatal(empty_registry):
    extraction = found(
        empty_registry,
        "La Secretaría de Desarrollo Agropecuario de Zacatecas y la Universidad Politécnica de "
        "Zacatecas firmaron un convenio. La titular de la dependencia estatal, Elvira Robles "
        "Haro, lo presentó.",
        "MX-ZAC",
    )
    assert post(extraction, "Elvira Robles Haro")[1] == (
        "Secretaría de Desarrollo Agropecuario de Zacatecas"
    )


def test_the_municipality_the_article_names_is_its_council(empty_registry):
    extraction = found(
        empty_registry,
        "La consulta se hará en el municipio de Bacanora. En Bacanora, el presidente "
        "municipal, Ramiro Lugo Vega, dijo que el Ayuntamiento prestará locales.",
        "MX-SON",
    )
    assert post(extraction, "Ramiro Lugo Vega")[1] == "Ayuntamiento de Bacanora"


def test_an_areas_titular_works_in_its_health_services(empty_registry):
    extraction = found(
        empty_registry,
        "Los titulares de Salud y Turismo del estado, Mauro Can Pech y Rosa Uc Dzib, hablaron. "
        "Can dijo que los Servicios de Salud de Campeche vacunarán.",
        "MX-CAM",
    )
    assert post(extraction, "Mauro Can Pech")[1] == "Servicios de Salud de Campeche"


def test_a_unit_of_its_own_is_also_named_by_its_area_and_place(empty_registry):
    extraction = found(
        empty_registry,
        "La coordinadora estatal de Protección Civil, Dalia Ortega Rivas, confirmó daños.",
        "MX-OAX",
    )
    unit = extraction.institution("Coordinación Estatal de Protección Civil de Oaxaca")
    assert "Protección Civil de Oaxaca" in unit.aliases


def test_a_towns_health_office_named_by_level_and_area(empty_registry):
    extraction = found(
        empty_registry,
        "El presidente municipal de Ixmiquilpan, Hugo Cruz Ángeles, y el director municipal "
        "de Salud, Fausto Pérez Lugo, visitaron la Dirección Municipal de Salud.",
        "MX-HID",
    )
    unit = "Dirección Municipal de Salud de Ixmiquilpan"
    assert post(extraction, "Fausto Pérez Lugo")[1] == unit
    assert extraction.institution(unit) is not None


def test_a_towns_police_named_with_its_town(empty_registry):
    extraction = found(
        empty_registry,
        "El comisario de la Policía de Uruapan, Leonel Ávila Soto, informó de las detenciones.",
        "MX-MIC",
    )
    assert post(extraction, "Leonel Ávila Soto")[1] == "Policía de Uruapan"


def test_a_unit_named_by_its_area_keeps_the_registered_secretaria(empty_registry):
    registry = Registry.from_records(
        institutions=[
            {
                "id": 7,
                "name": "Secretaría de Educación de Tabasco",
                "jurisdiction": "MX-TAB",
                "status": "discovered",
                "aliases": ["SETAB", "Secretaría de Educación de Tabasco"],
            }
        ]
    )
    extraction = found(
        registry,
        "La Secretaría de Educación de Tabasco (SETAB) abrió plazas. La subsecretaria de "
        "Educación Media, Karla Pérez Dagdug, y el titular de la SETAB, Luis Gil Cano, "
        "hablaron.",
        "MX-TAB",
    )
    assert post(extraction, "Karla Pérez Dagdug")[1] == "Secretaría de Educación de Tabasco"


# More titles -----------------------------------------------------------------------


def test_more_titles_of_towns_and_regions(empty_registry):
    extraction = found(
        empty_registry,
        "El oficial mayor del municipio, Joel Ríos Ayala, presentó el gasto. La cronista "
        "municipal, Aida Rendón Paz, narró la historia. El cronista deportivo Rafael Mena Luna "
        "comentó el partido. El gerente regional Golfo Norte de la Comisión Federal de "
        "Electricidad, Óscar Treviño Garza, informó. La exsecretaria de Turismo de Hidalgo "
        "Georgina Licona Ramírez opinó.",
        "MX-TAM",
        dateline="Matamoros",
    )
    assert post(extraction, "Joel Ríos Ayala")[1] == "Ayuntamiento de Matamoros"
    assert post(extraction, "Aida Rendón Paz")[1] == "Ayuntamiento de Matamoros"
    assert extraction.official("Rafael Mena Luna") is None
    assert post(extraction, "Óscar Treviño Garza")[1] == "Comisión Federal de Electricidad"
    assert extraction.official("Georgina Licona Ramírez").past


def test_a_former_head_of_a_mexico_city_delegacion(empty_registry):
    extraction = found(
        empty_registry,
        "La exjefa delegacional de Tlalpan Leonor Ruiz Mena pidió revisar los pozos.",
        "MX-CMX",
    )
    assert post(extraction, "Leonor Ruiz Mena") == (
        "exjefa delegacional de Tlalpan",
        "Alcaldía Tlalpan",
    )


# linker-h/b1 (session 6): bodies a title names, names that go on, bodies a sentence opens
# with ---------------------------------------------------------------------------------


def test_a_mayors_title_with_the_town_names_its_council(empty_registry):
    extraction = found(
        empty_registry,
        "El alcalde de Tepatitlán, Hugo Lara Ceja, pidió más pipas. Los presidentes "
        "municipales de Arandas y Atotonilco, Rosa Íñiguez Mora y Tomás Ruvalcaba Gil, "
        "firmaron el convenio. El regidor de Catastro, Elías Mora Plascencia, votó a favor.",
        "MX-JAL",
    )
    names = extraction.institution_names
    assert {
        "Ayuntamiento de Tepatitlán",
        "Ayuntamiento de Arandas",
        "Ayuntamiento de Atotonilco",
    } <= names
    assert "Ayuntamiento de Catastro" not in names  # a commission's area, not a town
    assert post(extraction, "Elías Mora Plascencia")[1] != "Ayuntamiento de Catastro"


def test_a_governors_title_with_the_state_names_its_government(empty_registry):
    named = found(
        empty_registry,
        "El gobernador del Estado de Colima, Arturo Ríos Vega, inauguró la clínica.",
        "MX-COL",
    )
    assert "Gobierno del Estado de Colima" in named.institution_names
    bare = found(empty_registry, "El gobernador Arturo Ríos Vega inauguró la clínica.", "MX-COL")
    assert post(bare, "Arturo Ríos Vega")[1] == "Gobierno del Estado de Colima"
    assert "Gobierno del Estado de Colima" not in bare.institution_names  # implied only


def test_a_title_inside_its_offices_name_is_the_unit(empty_registry):
    extraction = found(
        empty_registry,
        "La secretaria de Administración y Tesorera General del Estado, Nora Salas Ibarra, "
        "presentó el informe.",
        "MX-SLP",
    )
    assert post(extraction, "Nora Salas Ibarra")[1] == (
        "Secretaría de Administración y Tesorería General"
    )


def test_a_federal_secretariat_by_its_short_area_gets_its_full_name(empty_registry):
    extraction = found(
        empty_registry,
        "El exsecretario de Agricultura federal, Saúl Ferrer Ochoa, criticó el plan.",
        "MX-SIN",
    )
    assert post(extraction, "Saúl Ferrer Ochoa")[1] == (
        "Secretaría de Agricultura y Desarrollo Rural"
    )


def test_a_unions_name_and_a_chambers_commission_are_no_bodies(empty_registry):
    extraction = found(
        empty_registry,
        "La líder de la Federación de Trabajadores al Servicio del Municipio de Tepic, "
        "Irma Cota Ruiz, pidió aumento. La diputada Celia Bañuelos Ortiz, presidenta de la "
        "Comisión de Energía del Congreso del Estado de Nayarit, respondió.",
        "MX-NAY",
    )
    names = extraction.institution_names
    assert not any(n.startswith(("Servicio", "Comisión de Energía")) for n in names), names
    assert "Congreso del Estado de Nayarit" in names


def test_a_fiscal_body_named_entidad_and_its_head(empty_registry):
    extraction = found(
        empty_registry,
        "La obra fue revisada por la Entidad Superior de Fiscalización del Estado de "
        "Querétaro, cuyo auditor superior, Mauro Pérez Lugo, no halló daños.",
        "MX-QUE",
    )
    assert post(extraction, "Mauro Pérez Lugo")[1] == (
        "Entidad Superior de Fiscalización del Estado de Querétaro"
    )


def test_a_water_operator_named_with_the_system_it_runs(empty_registry):
    extraction = found(
        empty_registry,
        "El Sistema Municipal de los Servicios de Agua y Saneamiento (SIMAS) de Torreón "
        "cortó el suministro. El Organismo Operador del Sistema de Agua Potable de Cabo San "
        "Lucas pidió calma.",
        "MX-COA",
    )
    names = extraction.institution_names
    assert "Sistema Municipal" not in names
    assert any(n.startswith("Sistema Municipal de los Servicios de Agua") for n in names)
    assert any(n.startswith("Organismo Operador del Sistema de Agua Potable") for n in names)


def test_a_body_the_sentence_opens_with_speaks_through_its_officials(empty_registry):
    extraction = found(
        empty_registry,
        "Por la Procuraduría Federal del Consumidor, la subdelegada de Quejas, Nora Ibarra "
        "Téllez, explicó el trámite. Por la Comisión Nacional Forestal firmó el gerente de "
        "Restauración, Iván Cota Ruelas.",
        "MX-DUR",
    )
    assert post(extraction, "Nora Ibarra Téllez")[1] == "Procuraduría Federal del Consumidor"
    assert post(extraction, "Iván Cota Ruelas")[1] == "Comisión Nacional Forestal"


def test_a_unit_of_a_secretariat_named_by_its_first_area(empty_registry):
    extraction = found(
        empty_registry,
        "La Secretaría de Salud y Bienestar Social de Colima abrió el hospital; la "
        "subsecretaria de Salud Mental, Irene Chávez Topete, informó.",
        "MX-COL",
    )
    assert post(extraction, "Irene Chávez Topete")[1].startswith(
        "Secretaría de Salud y Bienestar Social"
    )


def test_a_hyphenated_name_of_three_words_and_a_city_governed_by_another_name(
    empty_registry,
):
    extraction = found(
        empty_registry,
        "El director del Organismo de Cuenca Balsas-Tepalcatepec-Costa de la Comisión "
        "Nacional del Agua, Samuel Ayala Nieto, informó.",
        "MX-MIC",
    )
    # the three hyphenated words are one region's name; the regional body is its own
    # (session 7: most writers list the Organismo de Cuenca, not the Conagua)
    assert post(extraction, "Samuel Ayala Nieto")[1] == (
        "Organismo de Cuenca Balsas-Tepalcatepec-Costa"
    )
    from people.mentions.lexicon import council_name

    assert council_name("MX-SON", "Ciudad Obregón") == "Ayuntamiento de Cajeme"
    assert council_name("MX-CHH", "Ciudad Juárez") == "Ayuntamiento de Juárez"


def test_a_state_post_of_a_federal_body_after_cuyo(empty_registry):
    extraction = found(
        empty_registry,
        "Los brigadistas se formaron con la Comisión Nacional del Agua (Conagua), cuyo "
        "director estatal, Rigoberto Sauceda Lima, dio el curso. La dependencia estatal "
        "no opinó.",
        "MX-ZAC",
    )
    assert post(extraction, "Rigoberto Sauceda Lima")[1] == "Comisión Nacional del Agua"


def test_a_mayors_title_mentions_the_council_in_every_state_but_an_alcaldia_does_not(
    empty_registry,
):
    home = found(
        empty_registry,
        "El presidente municipal de Sombrerete, Joel Rivas Haro, pidió apoyo.",
        "MX-ZAC",  # the newsroom's own state: no exception
    )
    assert post(home, "Joel Rivas Haro")[1] == "Ayuntamiento de Sombrerete"
    assert "Ayuntamiento de Sombrerete" in home.institution_names
    city = found(
        empty_registry, "La alcaldesa de Tláhuac, Irma Sosa Peña, inauguró el pozo.", "MX-CMX"
    )
    assert post(city, "Irma Sosa Peña")[1] == "Alcaldía Tláhuac"
    assert "Alcaldía Tláhuac" not in city.institution_names


def test_subsidiaries_of_state_companies_and_a_region_after_the_body(empty_registry):
    extraction = found(
        empty_registry,
        "El gerente de Seguridad Industrial de Pemex Exploración y Producción en la Región "
        "Norte, Tomás Vera Ibarra, informó. La CFE Distribución reparó las líneas.",
        "MX-TAM",
    )
    assert post(extraction, "Tomás Vera Ibarra")[1] == "Pemex Exploración y Producción"
    assert {"Pemex Exploración y Producción", "CFE Distribución"} <= extraction.institution_names


# Session 7 (linker-i/b1): people's names inside bodies' names, lists between dashes ------


def test_a_persons_name_inside_a_bodys_name_then_its_holder(empty_registry):
    extraction = found(
        empty_registry,
        "La directora del Hospital Comunitario Aurelio Baeza Ortiz, Silvia Mena Olguín, "
        "pidió médicos. El rector de la Universidad Tecnológica Rafael Solís Cano, Iván "
        "Rendón Pardo, firmó el convenio.",
        "MX-CAM",
    )
    assert extraction.official_names == {"Silvia Mena Olguín", "Iván Rendón Pardo"}
    assert post(extraction, "Silvia Mena Olguín")[1] == "Hospital Comunitario Aurelio Baeza Ortiz"
    assert post(extraction, "Iván Rendón Pardo")[1] == "Universidad Tecnológica Rafael Solís Cano"


def test_a_name_between_commas_that_holds_a_post_of_its_own_is_not_the_holder(empty_registry):
    extraction = found(
        empty_registry,
        "El secretario de Salud Rubén Olvera Paz, Marta Gil Luna, directora de Salud, y el "
        "alcalde llegaron.",
        "MX-CAM",
    )
    assert "Rubén Olvera Paz" in extraction.official_names


def test_places_then_names_between_dashes(empty_registry):
    extraction = found(
        empty_registry,
        "Las alcaldesas de Allende, General Bravo y Linares —Rosa Garza Ibarra, Elsa Tijerina "
        "Salas y Dora Cantú Leal— pidieron pipas.",
        "MX-NLE",
    )
    assert extraction.official_names == {
        "Rosa Garza Ibarra",
        "Elsa Tijerina Salas",
        "Dora Cantú Leal",
    }
    assert post(extraction, "Elsa Tijerina Salas")[1] == "Ayuntamiento de General Bravo"


def test_a_migrants_shelter_is_private(empty_registry):
    extraction = found(
        empty_registry,
        "La religiosa Inés Vela Torres, directora de la Casa del Migrante San José, dijo que "
        "no hay camas.",
        "MX-COA",
    )
    assert extraction.official_names == set()


def test_a_supreme_tribunal_and_the_judiciarys_administration(empty_registry):
    extraction = found(
        empty_registry,
        "Morelia, Michoacán.- El Supremo Tribunal de Justicia del Estado abrió dos salas. "
        "La jueza Irma Loeza Cano pidió personal y el consejero del Órgano de Administración "
        "Judicial Tomás Ibarra Ruiz lo prometió. El Tribunal de Michoacán no dio fechas.",
        "MX-MIC",
    )
    tribunal = "Supremo Tribunal de Justicia del Estado de Michoacán"
    assert tribunal in extraction.institution_names
    assert "Tribunal de Justicia del Estado de Michoacán" not in extraction.institution_names
    assert post(extraction, "Irma Loeza Cano")[1] == tribunal
    assert post(extraction, "Tomás Ibarra Ruiz")[1].startswith("Órgano de Administración Judicial")


def test_a_place_right_after_an_acronym(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisión Estatal de Derechos Humanos de Sonora (CEDH) abrió una queja. La "
        "visitadora de la CEDH Sonora, Ruth Acuña Vega, la firmó. El gerente del SAPAS "
        "Navojoa, Omar Félix Ruiz, respondió.",
        "MX-SON",
    )
    assert post(extraction, "Ruth Acuña Vega")[1] == (
        "Comisión Estatal de Derechos Humanos de Sonora"
    )
    assert "Omar Félix Ruiz" in extraction.official_names


def test_a_public_bachillerato_college_is_a_body_but_a_professional_college_is_not(
    empty_registry,
):
    extraction = found(
        empty_registry,
        "La directora general del Colegio de Bachilleres del Estado de Tlaxcala, Rosa Ávila "
        "Cote, y el presidente del Colegio de Arquitectos, Raúl Meza Lira, firmaron.",
        "MX-TLA",
    )
    assert extraction.official_names == {"Rosa Ávila Cote"}
    assert post(extraction, "Rosa Ávila Cote")[1] == (
        "Colegio de Bachilleres del Estado de Tlaxcala"
    )


def test_a_commission_named_by_one_area_is_an_organ_not_a_body(empty_registry):
    extraction = found(
        empty_registry,
        "En el Congreso del Estado, la diputada Rita Soto Paz, presidenta de la Comisión de "
        "Salud, pidió informes a la Comisión Estatal de Derechos Humanos y al Comité de Agua.",
        "MX-SIN",
    )
    assert "Comisión de Salud" not in extraction.institution_names
    assert "Comité de Agua" not in extraction.institution_names
    assert not any("Mesa" in n or "Comisión de Salud" in n for n in extraction.institution_names)
    assert any(
        n.startswith("Comisión Estatal de Derechos Humanos") for n in extraction.institution_names
    )
    assert post(extraction, "Rita Soto Paz")[1] == "Congreso del Estado de Sinaloa"


def test_a_units_head_of_a_body_named_by_its_description(empty_registry):
    extraction = found(
        empty_registry,
        "Petróleos Mexicanos suspendió el bombeo. El gerente de Ductos de la petrolera, Saúl "
        "Ortega Pineda, lo confirmó. La Universidad Autónoma de Campeche abrió un laboratorio "
        "y la coordinadora de Posgrado de la universidad, Lidia Chan Uc, lo dirige.",
        "MX-CAM",
    )
    assert post(extraction, "Saúl Ortega Pineda")[1] == "Petróleos Mexicanos"
    assert post(extraction, "Lidia Chan Uc")[1] == "Universidad Autónoma de Campeche"


def test_an_apostrophe_and_a_rank_inside_a_facilitys_name(empty_registry):
    extraction = found(
        empty_registry,
        "La directora del Hospital Comunitario Dr. Ramiro Nájera Ruiz, Olga Ríos Peña, y el "
        "director del Hospital General Tomás O'Gorman, Félix Dzib Can, pidieron insumos. "
        "El secretario de Salud Dr. Hugo Cen Ek los escuchó.",
        "MX-YUC",
    )
    assert post(extraction, "Olga Ríos Peña")[1] == "Hospital Comunitario Dr. Ramiro Nájera Ruiz"
    assert post(extraction, "Félix Dzib Can")[1] == "Hospital General Tomás O'Gorman"
    assert post(extraction, "Hugo Cen Ek")[0] == "secretario de Salud"


def test_a_regional_body_of_a_federal_one_ends_before_its_parent(empty_registry):
    extraction = found(
        empty_registry,
        "El director del Organismo de Cuenca Pacífico Norte de la Conagua, Aldo Ibarra Sosa, "
        "anunció cortes. La Comisión Nacional del Agua los confirmó.",
        "MX-SIN",
    )
    assert post(extraction, "Aldo Ibarra Sosa")[1] == "Organismo de Cuenca Pacífico Norte"
    assert "Organismo de Cuenca Pacífico Norte" in extraction.institution_names


def test_a_states_government_in_lower_case(empty_registry):
    extraction = found(
        empty_registry,
        "El alcalde dijo que el gobierno estatal pagará la obra. La junta de gobierno del "
        "organismo y los tres órdenes de gobierno firmaron.",
        "MX-TLA",
    )
    assert extraction.institution_names == {"Gobierno del Estado de Tlaxcala"}
    other = found(empty_registry, "La Marina y el gobierno de Campeche firmaron.", "MX-CAM")
    assert "Gobierno del Estado de Campeche" in other.institution_names


def test_a_defensoria_is_a_body_and_a_word_of_an_institutes_name(empty_registry):
    extraction = found(
        empty_registry,
        "La titular de la Defensoría de los Derechos Humanos de Querétaro, Ana Luna Gil, y el "
        "director del Instituto de la Defensoría Pública, Raúl Paz Ortiz, firmaron.",
        "MX-QUE",
    )
    assert post(extraction, "Ana Luna Gil")[1].startswith("Defensoría de los Derechos Humanos")
    assert post(extraction, "Raúl Paz Ortiz")[1].startswith("Instituto de la Defensoría Pública")


def test_elected_mayors_listed_and_councils_listed(empty_registry):
    extraction = found(
        empty_registry,
        "Llegaron las presidentas municipales electas de Perote y Naolinco, Rosa Ávila Roa y "
        "Eva Tapia Luna. Los ayuntamientos de Coatepec, Xico y Teocelo firmaron.",
        "MX-VER",
    )
    assert post(extraction, "Eva Tapia Luna") == (
        "presidenta municipal electa de Naolinco",
        "Ayuntamiento de Naolinco",
    )
    assert {
        "Ayuntamiento de Coatepec",
        "Ayuntamiento de Xico",
        "Ayuntamiento de Teocelo",
    } <= extraction.institution_names


def test_areas_with_a_and_contra_and_a_judges_court_in_lower_case(empty_registry):
    extraction = found(
        empty_registry,
        "La comisionada estatal de Atención a Víctimas, Laura Ochoa Pineda, y el vicefiscal "
        "de Delitos contra la Libertad, Óscar Luna Ruiz, asistieron. La jueza tercera de lo "
        "familiar de Ixmiquilpan, Rosa Tovar Gil, y el juez cívico de Tula, Ian Mora Paz, "
        "también. La fiscal de Distrito Zona Sur, Eva Ruiz Cano, habló. El gobernador "
        "nombró secretario de Salud a Juan Pérez Gil.",
        "MX-HID",
    )
    assert post(extraction, "Laura Ochoa Pineda")[0] == "comisionada estatal de Atención a Víctimas"
    assert post(extraction, "Óscar Luna Ruiz")[0] == "vicefiscal de Delitos contra la Libertad"
    assert post(extraction, "Rosa Tovar Gil")[0] == "jueza tercera de lo familiar de Ixmiquilpan"
    assert post(extraction, "Ian Mora Paz")[0] == "juez cívico de Tula"
    assert post(extraction, "Eva Ruiz Cano")[0] == "fiscal de Distrito Zona Sur"
    assert not any("Salud a" in (h.role or "") for h in extraction.officials)


def test_a_holder_named_after_a_lower_case_facility_and_a_rank_in_a_bodys_name(
    empty_registry,
):
    extraction = found(
        empty_registry,
        "La Refinería Ing. Jaime Olvera Sáenz redujo su proceso. El exsuperintendente de la "
        "refinería Mario Pech Canul declaró que faltan refacciones. En la Secretaría de Salud "
        "Dr. Luis Gómez Paz dio cifras.",
        "MX-TAM",
    )
    assert post(extraction, "Mario Pech Canul") == (
        "exsuperintendente de la refinería",
        "Refinería Ing. Jaime Olvera Sáenz",
    )
    assert "Secretaría de Salud de Tamaulipas" in extraction.institution_names
    assert not any(n.endswith("Dr.") for n in extraction.institution_names)


def test_a_teachers_college_is_its_directors_body_with_its_state(empty_registry):
    extraction = found(
        empty_registry,
        "El director de la Escuela Normal Rural Vasco de Quiroga, Iván Zamora Ruiz, y la "
        "directora de la Escuela Normal Superior de Michoacán, Elsa Pérez Lugo, firmaron.",
        "MX-MIC",
    )
    assert post(extraction, "Iván Zamora Ruiz")[1] == "Escuela Normal Rural Vasco de Quiroga"
    assert post(extraction, "Elsa Pérez Lugo")[1] == "Escuela Normal Superior de Michoacán"


def test_a_saints_place_in_a_name_is_no_state_and_a_short_form_of_a_registered_name():
    registry = Registry.from_records(
        institutions=[
            {
                "id": 7,
                "name": "Universidad Autónoma de San Juan de Colima",
                "jurisdiction": "",
                "status": "discovered",
            }
        ]
    )
    extraction = found(
        registry,
        "La Universidad Autónoma pide recursos. La Universidad Autónoma de San Juan de "
        "Colima firmó un convenio.",
        "MX-JAL",
    )
    assert [(h.name, h.id) for h in extraction.institutions] == [
        ("Universidad Autónoma de San Juan de Colima", 7)
    ]
    _name, jurisdiction = canonical_institution("Escuela Normal de San Pedro de Coahuila", "MX-NLE")
    assert jurisdiction != "MX-COA"


def test_a_municipal_role_in_a_sentence_that_opens_with_its_town(empty_registry):
    extraction = found(
        empty_registry,
        "El informe revisó a los ayuntamientos de Zamora y Jacona. En Jacona, la síndica "
        "Irene Soto Ávila pidió tiempo. En Zamora, el síndico Luis Mora Paz lo negó.",
        "MX-MIC",
    )
    assert post(extraction, "Irene Soto Ávila")[1] == "Ayuntamiento de Jacona"
    assert post(extraction, "Luis Mora Paz")[1] == "Ayuntamiento de Zamora"


def test_a_sentence_opening_with_another_town_than_the_one_council_named(empty_registry):
    extraction = found(
        empty_registry,
        "La helada dañó cultivos de Huamantla y Apizaco. El alcalde de Huamantla, Efrén "
        "Sosa Gil, pidió apoyo. En Apizaco, la presidenta municipal, Olga Rivas Paz, abrió "
        "dos albergues.",
        "MX-TLA",
    )
    assert post(extraction, "Efrén Sosa Gil")[1] == "Ayuntamiento de Huamantla"
    assert post(extraction, "Olga Rivas Paz")[1] == "Ayuntamiento de Apizaco"


# Session 8 (linker-k/b1): bodies a title names by its level or its area ---------------


def test_a_national_title_heads_the_national_body_it_names(empty_registry):
    extraction = found(
        empty_registry,
        "El comisionado nacional de Zonas Áridas, Hugo Lerma Ávila, llegó a Durango. La "
        "procuradora federal del Consumidor, Mirna Olea Saldívar, firmó el convenio. El "
        "comisionado estatal de Búsqueda, Iván Soto Reyes, no asistió.",
        "MX-DUR",
    )
    assert post(extraction, "Hugo Lerma Ávila")[1] == "Comisión Nacional de Zonas Áridas"
    assert post(extraction, "Mirna Olea Saldívar")[1] == "Procuraduría Federal del Consumidor"
    assert post(extraction, "Iván Soto Reyes")[1] != "Comisión Nacional de Búsqueda"


def test_a_councillor_of_the_judiciary_sits_in_the_states_council(empty_registry):
    extraction = found(
        empty_registry,
        "La consejera de la Judicatura Norma Ríos Vela inauguró el juzgado. El consejero de "
        "la Judicatura Federal, Arturo Gil Lozano, envió un mensaje.",
        "MX-TLA",
    )
    assert (
        post(extraction, "Norma Ríos Vela")[1] == "Consejo de la Judicatura del Estado de Tlaxcala"
    )
    assert post(extraction, "Arturo Gil Lozano")[1] == "Consejo de la Judicatura Federal"


def test_an_area_branded_with_its_state_names_the_states_secretaria(empty_registry):
    extraction = found(
        empty_registry,
        "El secretario de Salud Morelos, Abel Cuevas Luna, inauguró el centro de salud.",
        "MX-MOR",
    )
    ref = extraction.official("Abel Cuevas Luna").institution_ref
    assert (ref.name, ref.jurisdiction) == ("Secretaría de Salud", "MX-MOR")
    assert with_state(ref.name, ref.jurisdiction) == "Secretaría de Salud de Morelos"


def test_a_production_asset_of_pemex_is_its_administrators_body(empty_registry):
    extraction = found(
        empty_registry,
        "El administrador del Activo de Producción Ku-Maloob-Zaap de Pemex Exploración y "
        "Producción, Julio Canché Pool, explicó el derrame.",
        "MX-CAM",
    )
    assert post(extraction, "Julio Canché Pool")[1] == "Activo de Producción Ku-Maloob-Zaap"


# Session 8 (linker-l/b1): faculties and local offices named after their parents ---------


def test_a_faculty_is_named_after_its_university(empty_registry):
    extraction = found(
        empty_registry,
        "El rector de la Universidad Autónoma de Tlaxcala (UATx), Mario Ruiz Pérez, y la "
        "directora de la Facultad de Odontología de la UATx, Inés Varela Soto, firmaron. "
        "La rectora, dijo Ruiz Pérez, no asistió.",
        "MX-TLA",
    )
    faculty = "Facultad de Odontología de la Universidad Autónoma de Tlaxcala"
    assert post(extraction, "Inés Varela Soto")[1] == faculty
    assert post(extraction, "Mario Ruiz Pérez")[1] == "Universidad Autónoma de Tlaxcala"
    assert {faculty, "Universidad Autónoma de Tlaxcala"} <= extraction.institution_names


def test_a_bare_faculty_is_the_one_university_of_the_story(empty_registry):
    # and the bare rector still sits in the university, not in its faculty
    extraction = found(
        empty_registry,
        "La Universidad Autónoma de Zacatecas abrió un laboratorio. La rectora Elvia Gómez "
        "Lara lo inauguró y el director de la Facultad de Agronomía, Raúl Ortiz Vela, "
        "explicó su uso.",
        "MX-ZAC",
    )
    faculty = "Facultad de Agronomía de la Universidad Autónoma de Zacatecas"
    assert post(extraction, "Raúl Ortiz Vela")[1] == faculty
    assert post(extraction, "Elvia Gómez Lara")[1] == "Universidad Autónoma de Zacatecas"


def test_a_facultys_bare_name_links_only_in_its_state():
    from people.mentions.store import _institution_auto_link

    name = "Facultad de Medicina de la Universidad Autónoma de Tlaxcala"
    assert not _institution_auto_link("Facultad de Medicina", "", name)
    assert _institution_auto_link(name, "", name)


def test_a_local_office_named_after_its_national_body(empty_registry):
    extraction = found(
        empty_registry,
        "La Dirección Local de la Comisión Nacional del Agua en Nayarit, cuyo titular, "
        "Joel Ávila Ríos, asistió, pidió cuidar las presas. La titular de la "
        "Representación del IMSS en Nayarit, Sara Núñez Gil, habló después.",
        "MX-NAY",
    )
    office = "Dirección Local de la Comisión Nacional del Agua en Nayarit"
    assert post(extraction, "Joel Ávila Ríos")[1] == office
    assert post(extraction, "Sara Núñez Gil")[1] == "Representación del IMSS en Nayarit"
    # the national bodies are mentioned too
    assert {office, "Comisión Nacional del Agua", "IMSS"} <= extraction.institution_names


def test_a_state_coordination_without_a_place_after_en_keeps_its_state(empty_registry):
    extraction = found(
        empty_registry,
        "La Coordinación Estatal de Protección Civil de Nayarit emitió una alerta.",
        "MX-NAY",
    )
    assert extraction.institution_names == {"Coordinación Estatal de Protección Civil de Nayarit"}


def test_the_executive_is_the_states_government(empty_registry):
    extraction = found(
        empty_registry,
        "El Congreso turnó la reforma al Ejecutivo estatal para su publicación, pero el "
        "Ejecutivo federal aún no opina.",
        "MX-NAY",
    )
    assert extraction.institution_names == {"Gobierno del Estado de Nayarit"}
    # A bare "el Ejecutivo" is the branch of power, not a body the writers list.
    bare = found(
        empty_registry,
        "Acudió en representación del Ejecutivo y de los poderes Ejecutivo y Legislativo.",
        "MX-NAY",
    )
    assert bare.institution_names == set()


def test_the_navy_and_the_army_by_their_short_names(empty_registry):
    extraction = found(
        empty_registry,
        "Los patrullajes con el Ejército Mexicano y la Marina seguirán, dijo la jueza Marina "
        "Ortiz Ruiz. Pemex perfora en la Región Marina Noreste.",
        "MX-TAM",
    )
    assert extraction.institution_names == {
        "Secretaría de la Defensa Nacional",
        "Secretaría de Marina",
        "Petróleos Mexicanos",  # "Pemex perfora": named by its short name
    }
    assert "Marina Ortiz Ruiz" in extraction.official_names


def test_a_local_body_by_its_popular_name(empty_registry):
    # "Metrorrey" names one body wherever it is written, even before a holder's name
    alone = found(
        empty_registry,
        "La exdirectora de Metrorrey Alma Treviño Garza criticó la obra. Metrorrey respondió "
        "con un comunicado.",
        "MX-NLE",
    )
    assert post(alone, "Alma Treviño Garza") == (
        "exdirectora de Metrorrey",
        "Sistema de Transporte Colectivo Metrorrey",
    )
    assert alone.institution_names == {"Sistema de Transporte Colectivo Metrorrey"}
    # "el Metro" is Mexico City's only where the article names that body in full; its
    # popular name after its acronym closes the body's name, not the role's
    named = found(
        empty_registry,
        "El director general del Sistema de Transporte Colectivo (STC) Metro, Raúl Cortés "
        "Ibarra, anunció obras. La exdirectora del Metro Sonia Beltrán Ochoa las criticó.",
        "MX-CMX",
    )
    assert post(named, "Raúl Cortés Ibarra") == (
        "director general del Sistema de Transporte Colectivo",
        "Sistema de Transporte Colectivo",
    )
    assert post(named, "Sonia Beltrán Ochoa") == (
        "exdirectora del Metro",
        "Sistema de Transporte Colectivo",
    )
    assert named.institution_names == {"Sistema de Transporte Colectivo"}
    other = found(empty_registry, "Las obras del Metro de la ciudad siguen.", "MX-JAL")
    assert other.institution_names == set()


def test_a_hospital_is_a_body_named_whole(empty_registry):
    extraction = found(
        empty_registry,
        "La directora del Hospital Civil Fray Juan Alcalde, Irma Téllez Soto, pidió camas. "
        "El Hospital General de Zona No. 4 y el Hospital General de Ciudad Valles también.",
        "MX-SLP",
    )
    assert post(extraction, "Irma Téllez Soto") == (
        "directora del Hospital Civil Fray Juan Alcalde",
        "Hospital Civil Fray Juan Alcalde",
    )
    # The two hospitals nobody in the text works in are buildings, not bodies.
    assert extraction.institution_names == {"Hospital Civil Fray Juan Alcalde"}


def test_a_national_institutes_hospital_mentions_the_institute(empty_registry):
    extraction = found(
        empty_registry,
        "El director del Hospital Regional del ISSSTE en Tampico, Hugo Lara Díaz, pidió médicos.",
        "MX-TAM",
    )
    # the institute has one in many towns: the town after "en" names which
    assert {"Hospital Regional del ISSSTE en Tampico", "ISSSTE"} <= extraction.institution_names
    assert post(extraction, "Hugo Lara Díaz")[1] == "Hospital Regional del ISSSTE en Tampico"


def test_a_hospital_is_of_the_articles_state():
    # "Hospital General de Zona No. 1": every state has one
    assert canonical_institution("Hospital General de Zona No. 1", "MX-DUR") == (
        "Hospital General de Zona No. 1",
        "MX-DUR",
    )
