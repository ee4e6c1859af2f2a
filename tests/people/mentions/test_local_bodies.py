"""A town's and a state's own bodies as data (session 5 rows): units of a town
(``roles.OWN_UNITS``: tesorería, town-only areas, localities' authorities, capitanías de
puerto, state environmental attorneys), the DIF of a town or a state
(``institutions.LEVEL_ACRONYMS``), named facilities (``institutions.FACILITY_HEADS``),
council commissions (``lexicon.COMMISSION_AREAS``), places listed after a plural title and
the other name of a state's body. Sentences invented for these tests.
"""

import pytest

from people.mentions.institutions import canonical_institution, with_state
from people.mentions.states import infer_states
from people.mentions.store import state_body_forms
from tests.people.mentions.support import found, post

# A state's body has two names ------------------------------------------------------


def test_a_state_body_is_also_named_with_del_estado_de():
    assert state_body_forms("Secretaría de Turismo de Nayarit", "MX-NAY") == [
        "Secretaría de Turismo del Estado de Nayarit",
        # a unit of the state's government is also named after it
        "Secretaría de Turismo del Gobierno del Estado de Nayarit",
        "Secretaría de Turismo del Gobierno de Nayarit",
    ]
    assert state_body_forms("Fiscalía General del Estado de Colima", "MX-COL") == [
        "Fiscalía General de Colima"
    ]
    assert state_body_forms("Secretaría de Turismo del Estado de México", "MX-MEX") == []
    assert state_body_forms("Ayuntamiento de Tepic", "MX-NAY/Tepic") == []


def test_a_body_named_with_mexico_city_keeps_one_state():
    name = "Secretaría de Cultura de la Ciudad de México"
    assert with_state(name, "MX-CMX") == name


def test_a_body_of_the_state_named_after_its_noun_is_the_articles_states():
    assert canonical_institution(
        "Procuraduría de Protección al Ambiente", "MX-HID", after=" del estado, "
    ) == ("Procuraduría de Protección al Ambiente de Hidalgo", "MX-HID")


# Units of a town -------------------------------------------------------------------


def test_a_municipal_treasurer_works_in_the_towns_tesoreria(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Tecomán aprobó el presupuesto. La tesorera municipal, Noemí "
        "Arreguín Solís, explicó el recorte.",
        "MX-COL",
    )
    assert post(extraction, "Noemí Arreguín Solís")[1] == "Tesorería Municipal de Tecomán"
    assert "Tesorería Municipal de Tecomán" in extraction.institution_names


def test_a_head_of_a_town_only_area_works_in_the_towns_direction(empty_registry):
    extraction = found(
        empty_registry,
        "**SALAMANCA, Gto.—** El director de Aseo Público, Fermín Olvera Téllez, y el "
        "director de Ecología del Ayuntamiento, Rubén Zavala Cuéllar, anunciaron rutas.",
        "MX-GUA",
    )
    assert post(extraction, "Fermín Olvera Téllez")[1] == "Dirección de Aseo Público de Salamanca"
    assert post(extraction, "Rubén Zavala Cuéllar")[1] == "Dirección de Ecología de Salamanca"


def test_localities_authorities_are_bodies_of_their_own(empty_registry):
    extraction = found(
        empty_registry,
        "El presidente auxiliar de San Miguel Canoa, Abundio Xicale Pérez, pidió patrullas. "
        "Rosalba Tecpa Ríos, presidenta de comunidad de Guadalupe Tlachco, habló después. "
        "El agente municipal de Mata Naranjo, Eleuterio Cruz Landa, y la delegada municipal "
        "de Santa Rosa, Imelda Pozos Ugalde, firmaron el acta.",
        "MX-PUE",
    )
    assert post(extraction, "Abundio Xicale Pérez")[1] == "Junta Auxiliar de San Miguel Canoa"
    assert post(extraction, "Rosalba Tecpa Ríos")[1] == (
        "Presidencia de Comunidad de Guadalupe Tlachco"
    )
    assert post(extraction, "Eleuterio Cruz Landa")[1] == "Agencia Municipal de Mata Naranjo"
    assert post(extraction, "Imelda Pozos Ugalde")[1] == "Delegación Municipal de Santa Rosa"


def test_a_port_captain_works_in_the_ports_capitania(empty_registry):
    extraction = found(
        empty_registry,
        "El capitán de puerto de Tuxpan, Everardo Lagunes Mora, suspendió la pesca. En "
        "Veracruz, la capitana de puerto, Iliana Fuentes Roa, hizo lo mismo.",
        "MX-VER",
        dateline="Coatzacoalcos",
    )
    assert post(extraction, "Everardo Lagunes Mora")[1] == "Capitanía de Puerto de Tuxpan"
    assert post(extraction, "Iliana Fuentes Roa")[1] == "Capitanía de Puerto de Coatzacoalcos"


def test_a_states_environmental_attorney_is_not_profepa(empty_registry):
    extraction = found(
        empty_registry,
        "La Procuraduría Federal de Protección al Ambiente (Profepa) clausuró el predio; la "
        "procuradora de Protección al Ambiente de Guanajuato, Tania Ugalde Ríos, pidió datos.",
        "MX-GUA",
    )
    assert post(extraction, "Tania Ugalde Ríos")[1] == (
        "Procuraduría de Protección al Ambiente de Guanajuato"
    )


# Councils and their towns ----------------------------------------------------------


def test_a_town_named_with_its_article_is_one_name(empty_registry):
    extraction = found(
        empty_registry, "El Cabildo de Las Choapas aprobó el reglamento de mercados.", "MX-VER"
    )
    assert "Ayuntamiento de Las Choapas" in extraction.institution_names


def test_a_towns_short_name_is_the_council_the_article_names_in_full(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Zinapécuaro de Figueroa aprobó el plan. El presidente "
        "municipal de Zinapécuaro, Abel Prieto Lara, lo firmó.",
        "MX-MIC",
    )
    assert post(extraction, "Abel Prieto Lara")[1] == "Ayuntamiento de Zinapécuaro de Figueroa"
    assert "Ayuntamiento de Zinapécuaro" not in extraction.institution_names


def test_a_regidora_of_a_commission_is_the_councils(empty_registry):
    extraction = found(
        empty_registry,
        "**IGUALA, Gro.—** La regidora de Educación, Marisela Nava Peña, y el regidor de "
        "Pesca, Delfino Ruiz Abarca, visitaron las escuelas.",
        "MX-GRO",
    )
    assert post(extraction, "Marisela Nava Peña")[1] == "Ayuntamiento de Iguala"
    assert post(extraction, "Delfino Ruiz Abarca")[1] == "Ayuntamiento de Iguala"


def test_a_syndic_of_the_ayuntamiento_is_no_town_called_ayuntamiento(empty_registry):
    extraction = found(
        empty_registry,
        "**LEÓN, Gto.—** La síndica segunda del Ayuntamiento, Flor Anaya Ruiz, votó en contra.",
        "MX-GUA",
    )
    assert post(extraction, "Flor Anaya Ruiz")[1] == "Ayuntamiento de León"


def test_mexico_citys_boroughs_place_the_article_there():
    assert infer_states("La alcaldesa de Xochimilco inauguró un embarcadero.")[0] == "MX-CMX"


# Places listed after a plural title ------------------------------------------------


def test_each_person_listed_after_the_places_gets_hers(empty_registry):
    extraction = found(
        empty_registry,
        "Los presidentes municipales de Teapa, Tacotalpa y Jalapa, Gonzalo Arias Pech, Irma "
        "Luna Cruz y Rafael Bautista Ovando, pidieron apoyo. Las presidentas de comunidad de "
        "Santa Cruz y San Lucas, Rosa Tlapale Díaz y Juana Xochihua Pérez, también.",
        "MX-TAB",
    )
    # each keeps the place in the role (linker-a/c/e; linker-d drops it)
    assert post(extraction, "Gonzalo Arias Pech") == (
        "presidente municipal de Teapa",
        "Ayuntamiento de Teapa",
    )
    assert post(extraction, "Irma Luna Cruz") == (
        "presidenta municipal de Tacotalpa",
        "Ayuntamiento de Tacotalpa",
    )
    assert post(extraction, "Rafael Bautista Ovando")[1] == "Ayuntamiento de Jalapa"
    assert post(extraction, "Juana Xochihua Pérez")[1] == "Presidencia de Comunidad de San Lucas"
    assert "Santa Cruz" not in extraction.official_names


def test_two_towns_then_two_names(empty_registry):
    extraction = found(
        empty_registry,
        "Los presidentes municipales de Tekax y Oxkutzcab, Efraín Chan Uc y Lorena Pech Ku, "
        "firmaron el convenio.",
        "MX-YUC",
    )
    assert post(extraction, "Lorena Pech Ku")[1] == "Ayuntamiento de Oxkutzcab"


# Titles after the name, in parentheses or between dashes ---------------------------


def test_a_title_in_parentheses_or_between_dashes_after_the_name(empty_registry):
    extraction = found(
        empty_registry,
        "Mauricio Lira Ochoa (titular de la Fiscalía Anticorrupción del Estado) recibió la "
        "denuncia. Ofelia Ruiz Cano —directora de Atención al Migrante— explicó el caso.",
        "MX-ZAC",
    )
    assert post(extraction, "Mauricio Lira Ochoa")[0] == (
        "titular de la Fiscalía Anticorrupción del Estado"
    )
    assert post(extraction, "Ofelia Ruiz Cano")[0] == "directora de Atención al Migrante"


def test_a_water_utility_named_with_its_listed_services(empty_registry):
    extraction = found(
        empty_registry,
        "Leonardo Ibarra Solís, director del Sistema de Agua Potable, Alcantarillado y "
        "Saneamiento de Guasave (SAPAG), anunció cortes.",
        "MX-SIN",
    )
    assert post(extraction, "Leonardo Ibarra Solís")[1] == (
        "Sistema de Agua Potable, Alcantarillado y Saneamiento de Guasave"
    )


# Numbered units with a region, the DIF, named facilities ---------------------------


def test_a_health_district_named_with_its_region(empty_registry):
    extraction = found(
        empty_registry,
        "La Jurisdicción Sanitaria 05 instaló módulos. El jefe de la Jurisdicción Sanitaria 05 "
        "Montaña, Hilario Sixto Morales, dio el informe.",
        "MX-GRO",
    )
    assert post(extraction, "Hilario Sixto Morales")[1] == "Jurisdicción Sanitaria 05 Montaña"
    assert "Montaña" not in extraction.official_names
    names = [n for n in extraction.institution_names if n.startswith("Jurisdicción")]
    assert names == ["Jurisdicción Sanitaria 05 Montaña"]


def test_the_dif_of_a_town_and_of_a_state(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Zapotlanejo informó que el DIF municipal abrirá un comedor. La "
        "presidenta del DIF Jalisco, Ofelia Macías Luna, asistió.",
        "MX-JAL",
    )
    names = extraction.institution_names
    assert "Sistema para el Desarrollo Integral de la Familia de Zapotlanejo" in names
    assert post(extraction, "Ofelia Macías Luna")[1] == (
        "Sistema para el Desarrollo Integral de la Familia del Estado de Jalisco"
    )
    town = extraction.institution(
        "Sistema para el Desarrollo Integral de la Familia de Zapotlanejo"
    )
    assert "DIF municipal" not in town.aliases  # every town has one: no alias for the next


def test_a_facility_named_after_a_person_is_a_body_not_a_person(empty_registry):
    extraction = found(
        empty_registry,
        "El gerente de la Refinería Ingeniero Antonio M. Amor, Raúl Gómez Vela, habló. La "
        "administradora de la Aduana de Nogales, Inés Duarte Robles, revisó la carga.",
        "MX-GUA",
    )
    assert post(extraction, "Inés Duarte Robles")[1] == "Aduana de Nogales"
    assert "Aduana de Nogales" in extraction.institution_names
    assert not {"Ingeniero Antonio", "Antonio M. Amor"} & extraction.official_names


# Ranks between the post and the name; areas listed with "y de" ---------------------


def test_a_rank_between_the_post_and_the_name_is_no_title(empty_registry):
    extraction = found(
        empty_registry,
        "El coordinador regional de la Guardia Nacional, comisario Alonso Beltrán Quiroz, "
        "y la directora de Tránsito municipal, comandante Lidia Arce Moya, revisaron el "
        "operativo.",
        "MX-SIN",
    )
    assert post(extraction, "Alonso Beltrán Quiroz") == (
        "coordinador regional de la Guardia Nacional",
        "Guardia Nacional",
    )
    assert post(extraction, "Lidia Arce Moya")[0] == "directora de Tránsito municipal"


def test_areas_listed_with_y_de_give_each_person_hers(empty_registry):
    extraction = found(
        empty_registry,
        "Los secretarios de Turismo y de Cultura, Ernesto Villa Gómez y Paulina Rosas "
        "Treviño, presentaron la feria. Los titulares de Salud y de Deporte municipales, "
        "Ramiro Olmos Paz y Celia Duarte Vega, la apoyaron.",
        "MX-SLP",
    )
    assert post(extraction, "Ernesto Villa Gómez")[0] == "secretario de Turismo"
    assert post(extraction, "Paulina Rosas Treviño")[0] == "secretaria de Cultura"
    # A town's heads of area: the title's, never the state's secretaría.
    assert post(extraction, "Celia Duarte Vega") == ("titular de Deporte", "")


def test_a_towns_unit_named_without_its_town_takes_the_councils(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Corregidora aprobó el plan. La secretaria de Seguridad Pública "
        "Municipal, comisaria Irma Lugo Peña, dijo que la Secretaría de Seguridad Pública "
        "municipal lo aplicará.",
        "MX-QUE",
    )
    name = "Secretaría de Seguridad Pública Municipal de Corregidora"
    assert post(extraction, "Irma Lugo Peña") == ("secretaria de Seguridad Pública Municipal", name)
    assert "Secretaría de Seguridad Pública Municipal" not in extraction.institution_names


def test_cuya_directora_es_and_a_region_after_the_title(empty_registry):
    extraction = found(
        empty_registry,
        "El DIF Navojoa, cuya directora es Amalia Ochoa Ruelas, abrió un albergue. La "
        "Comisión Estatal de Derechos Humanos abrió una queja; su visitador regional en el "
        "norte, Tadeo Brambila Soto, acudió.",
        "MX-SON",
    )
    assert post(extraction, "Amalia Ochoa Ruelas") == (
        "directora",
        "Sistema para el Desarrollo Integral de la Familia de Navojoa",
    )
    assert post(extraction, "Tadeo Brambila Soto")[0] == "visitador regional en el norte"


def test_a_state_name_that_goes_on_and_a_secretaria_para_el(empty_registry):
    extraction = found(
        empty_registry,
        "El Congreso del Estado de Baja California Sur recibió el informe del Órgano de "
        "Fiscalización Superior del Estado. La secretaria para el Desarrollo Agrario, Luz "
        "Amador Peralta, asistió.",
        "MX-BCS",
    )
    names = extraction.institution_names
    assert "Congreso del Estado de Baja California Sur" in names
    assert any(n.startswith("Órgano de Fiscalización Superior") for n in names)
    assert post(extraction, "Luz Amador Peralta")[1].startswith(
        "Secretaría para el Desarrollo Agrario"
    )


def test_a_towns_unit_named_with_a_town_that_reads_as_a_person_keeps_the_town(
    empty_registry,
):
    # The gazetteer stops a name before "Benito Juárez"; the council's town completes it.
    extraction = found(
        empty_registry,
        "La presidenta municipal de Benito Juárez, Irma Canché Dzib, dijo que la Dirección "
        "de Ecología de Benito Juárez vigilará las playas.",
        "MX-ROO",
    )
    names = extraction.institution_names
    assert "Dirección de Ecología de Benito Juárez" in names
    assert "Dirección de Ecología" not in names


# Town posts named with no body (session 10, round 5) ---------------------------------


def test_a_bare_oficial_mayor_or_tesorero_is_the_article_s_council(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Tecomán aprobó el presupuesto. El oficial mayor, Iván Robles "
        "Quintero, explicó los recortes, y el tesorero Hugo Lara Méndez detalló la deuda.",
        "MX-COL",
    )
    assert post(extraction, "Iván Robles Quintero")[1] == "Ayuntamiento de Tecomán"
    assert post(extraction, "Hugo Lara Méndez")[1] == "Ayuntamiento de Tecomán"


def test_a_bare_town_title_waits_for_the_office_the_article_names(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Tecomán aprobó el presupuesto. El oficial mayor, Iván Robles "
        "Quintero, firmó con la Oficialía Mayor de Gobierno del estado.",
        "MX-COL",
    )
    assert post(extraction, "Iván Robles Quintero")[1] != "Ayuntamiento de Tecomán"


def test_a_treasurer_of_a_town_the_article_names_as_a_council(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Armería y el Ayuntamiento de Ixtlahuacán firmaron un convenio. "
        "La tesorera de Ixtlahuacán, Rosa Peña Lara, presentó las cuentas.",
        "MX-COL",
    )
    assert post(extraction, "Rosa Peña Lara")[1] == "Ayuntamiento de Ixtlahuacán"


def test_how_a_municipal_post_is_held_keeps_it_the_council_s(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Armería sesionó. La presidenta municipal interina, Lidia Cruz "
        "Ortega, y el presidente municipal electo, Raúl Soto Vega, firmaron el acta.",
        "MX-COL",
    )
    assert post(extraction, "Lidia Cruz Ortega")[1] == "Ayuntamiento de Armería"
    assert post(extraction, "Raúl Soto Vega")[1] == "Ayuntamiento de Armería"


def test_a_municipal_director_of_an_area_with_no_unit_of_its_own(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Manzanillo entregó redes. La directora municipal de Pesca, Ana "
        "Gil Rosas, levantará el censo.",
        "MX-COL",
    )
    assert post(extraction, "Ana Gil Rosas")[1] == "Ayuntamiento de Manzanillo"


def test_a_council_named_with_del(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento del Carmen firmó el acuerdo. La presidenta municipal, Eva Chan "
        "Uc, lo anunció; el tesorero municipal, Luis Poot Can, dijo que la Tesorería del "
        "Carmen pagará en marzo.",
        "MX-CAM",
    )
    assert post(extraction, "Eva Chan Uc")[1] == "Ayuntamiento del Carmen"
    # the unit as the article names it, not a "Tesorería Municipal de …" of its own
    assert post(extraction, "Luis Poot Can")[1] == "Tesorería del Carmen"


def test_a_registered_unit_named_after_its_government_names_the_government_too(
    empty_registry,
):
    from people.mentions.gazetteer import InstOcc
    from people.mentions.institutions import government_parents
    from people.mentions.text import Document

    text = "Pagará ante la Secretaría de Finanzas del Gobierno del Estado de Colima en enero."
    doc = Document("", "", (), text)
    start = text.index("Secretaría")
    end = text.index(" en enero")
    unit = InstOcc(
        start,
        end,
        "Secretaría de Finanzas de Colima",
        "secretaria de finanzas de colima",
        7,
        "MX-COL",
        "",
        text[start:end],
        [],
        "alias",
    )
    parents = government_parents(doc, empty_registry, "MX-COL", [unit])
    assert [p.name for p in parents] == ["Gobierno del Estado de Colima"]


def test_a_national_bodys_centre_in_a_state_is_a_body_under_its_parent(empty_registry):
    extraction = found(
        empty_registry,
        "El director del Centro INAH Tlaxcala, Armando Xicohténcatl Ruiz, y el exdirector del "
        "Centro INAH Tlaxcala Mario Pérez Cuapio revisaron la capilla.",
        "MX-TLA",
    )
    assert post(extraction, "Armando Xicohténcatl Ruiz")[1] == "Centro INAH Tlaxcala"
    assert post(extraction, "Mario Pérez Cuapio")[1] == "Centro INAH Tlaxcala"
    assert extraction.institution_names == {
        "Centro INAH Tlaxcala",
        "Instituto Nacional de Antropología e Historia",
    }


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "El delegado de la Profepa en Sonora, Ramiro Félix Ochoa, clausuró la mina.",
            "Procuraduría Federal de Protección al Ambiente",
        ),
        (
            "La exdelegada de la Semarnat en Sonora, Luz Quintero Amaya, defendió el permiso.",
            "Secretaría de Medio Ambiente y Recursos Naturales",
        ),
        (
            "El comisario de la Fuerza Civil, Adán Garza Rosales, reforzó la vigilancia.",
            "Fuerza Civil",
        ),
        (
            "La procuradora general de Justicia del Estado de Sonora, Irma Vega Luján, "
            "abrió una carpeta.",
            "Procuraduría General de Justicia del Estado de Sonora",
        ),
    ],
)
def test_bodies_named_by_a_word_acronym_a_name_of_their_own_or_an_old_title(
    empty_registry, text, body
):
    extraction = found(empty_registry, text, "MX-SON")
    (hit,) = extraction.officials
    assert hit.institution == body
    assert extraction.institution(body) is not None


def test_a_body_named_whole_then_another_after_y(empty_registry):
    extraction = found(
        empty_registry, "Fuerza Civil y Protección Civil repartirán agua en Apodaca.", "MX-NLE"
    )
    assert extraction.institution("Fuerza Civil") is not None
    assert extraction.institution("Fuerza Civil y Protección Civil") is None
