"""Categories the linker missed on text it had never seen (issue 12, task I6).

One user-level assertion per category, on a short invented sentence: which official,
with which role, in which institution; which institutions the article mentions.
"""

import pytest

from people.mentions import extract_mentions
from people.mentions.states import dateline_town


def found(registry, text, state="MX-ZAC"):
    return extract_mentions(title="", body=text, registry=registry, jurisdiction=state)


def institution_of(extraction, name):
    hit = extraction.official(name)
    assert hit is not None, extraction.official_names
    return hit.institution


# The official's institution -------------------------------------------------------


def test_municipal_roles_take_the_ayuntamiento_the_article_names_alone(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Hermosillo aprobó el ajuste. Los regidores Marisol Encinas Duarte "
        "y Héctor Quijada Lugo votaron en contra; el secretario del Ayuntamiento, Julio "
        "Moreno Bracamontes, leyó el acta.",
        state="MX-SON",
    )
    for name in ("Marisol Encinas Duarte", "Héctor Quijada Lugo", "Julio Moreno Bracamontes"):
        assert institution_of(extraction, name) == "Ayuntamiento de Hermosillo"
    assert "Secretaría del Ayuntamiento de Sonora" not in extraction.institution_names


def test_municipal_roles_take_the_town_of_the_dateline(empty_registry):
    extraction = found(
        empty_registry,
        "**TIJUANA, B.C.—** La regidora Paola Gastélum Rubio presentó un punto de acuerdo "
        "en la sesión de Cabildo.",
        state="MX-BCN",
    )
    assert institution_of(extraction, "Paola Gastélum Rubio") == "Ayuntamiento de Tijuana"
    assert "Ayuntamiento de Tijuana" in extraction.institution_names  # "Cabildo"


def test_a_town_named_in_a_title_is_the_post_and_a_mention_of_its_council(empty_registry):
    # Session 6 (linker-h/b1): "la presidenta municipal de Champotón" names the council as
    # surely as "el Ayuntamiento de Champotón" does (linker-c, d, e, f and h list it).
    extraction = found(
        empty_registry,
        "La presidenta municipal de Champotón, Rosa Cauich Pech, pidió apoyo.",
        state="MX-CAM",
    )
    assert institution_of(extraction, "Rosa Cauich Pech") == "Ayuntamiento de Champotón"
    assert extraction.institution_names == {"Ayuntamiento de Champotón"}


def test_a_secretary_of_a_named_government_is_that_states_secretariat(fixture_registry):
    extraction = found(
        fixture_registry,
        "La secretaria de Finanzas del Gobierno de Zacatecas, Ana Ruiz López, dijo que sí.",
    )
    hit = extraction.official("Ana Ruiz López")
    assert hit.institution_ref.id is not None  # the registered Secretaría de Finanzas
    assert hit.institution == "Secretaría de Finanzas"


def test_a_secretary_of_another_states_government(empty_registry):
    extraction = found(
        empty_registry,
        "La secretaria de Movilidad y Transporte del Gobierno de Puebla, Araceli Bonilla "
        "Sosa, adelantó el plan.",
    )
    ref = extraction.official("Araceli Bonilla Sosa").institution_ref
    assert (ref.name, ref.jurisdiction) == ("Secretaría de Movilidad y Transporte", "MX-PUE")


def test_an_organ_of_the_legislature_sits_in_it_and_is_no_institution(empty_registry):
    extraction = found(
        empty_registry,
        "La presidenta de la Mesa Directiva, Sofía Elizondo Benavides, turnó la propuesta a "
        "comisiones.",
        state="MX-NLE",
    )
    assert institution_of(extraction, "Sofía Elizondo Benavides") == (
        "Congreso del Estado de Nuevo León"
    )
    # the organ is the chamber's, not a body of its own (the field lists the Congress)
    assert not any("Mesa Directiva" in name for name in extraction.institution_names)


def test_a_deputy_sits_in_the_legislature_as_the_article_names_it(empty_registry):
    extraction = found(
        empty_registry,
        "Toluca, Estado de México, 23 de junio de 2023.- La LXI Legislatura del Estado de "
        "México aprobó la reforma que propuso la diputada Ingrid Montiel Valdés.",
        state="MX-MEX",
    )
    assert institution_of(extraction, "Ingrid Montiel Valdés") == (
        "Legislatura del Estado de México"
    )


def test_a_state_body_named_by_a_bare_noun_is_the_articles_states(empty_registry):
    extraction = found(
        empty_registry,
        "La LXIV Legislatura aprobó la cuenta pública y el Gobierno estatal la publicará. "
        "Según la Legislatura, el gasto bajó.",
    )
    assert {"Legislatura del Estado de Zacatecas", "Gobierno del Estado de Zacatecas"} <= (
        extraction.institution_names
    )


@pytest.mark.parametrize(
    "text",
    [
        "El gobierno estatal repartió despensas en las colonias inundadas.",
        "Tras la tormenta. El gobierno del estado repartió despensas en las colonias.",
    ],
)
def test_a_states_government_in_lower_case_opening_a_sentence(empty_registry, text):
    extraction = found(empty_registry, text)
    assert extraction.institution_names == {"Gobierno del Estado de Zacatecas"}


@pytest.mark.parametrize(
    ("state", "name"), [("MX-NLE", "Nuevo León"), ("MX-BCN", "Baja California")]
)
def test_a_local_search_commission_is_the_articles_states(empty_registry, state, name):
    extraction = found(
        empty_registry,
        "Dijo que la Comisión Local de Búsqueda abrirá un módulo. La titular de la "
        "comisión, Rebeca Ortiz Lara, pidió paciencia a las familias.",
        state=state,
    )
    body = f"Comisión Local de Búsqueda de {name}"
    assert extraction.institution_names == {body}
    assert institution_of(extraction, "Rebeca Ortiz Lara") == body


@pytest.mark.parametrize(
    "text", ["El gobierno federal repartió despensas.", "El gobierno de Zacatecas repartió."]
)
def test_a_government_opening_a_sentence_without_its_level_is_not_read(empty_registry, text):
    """ "El gobierno de Zacatecas" opening a sentence may be the capital's."""
    assert not found(empty_registry, text).institution_names


@pytest.mark.parametrize(
    ("text", "name", "institution"),
    [
        (
            "El Tribunal Superior de Justicia del Estado inauguró dos salas. La magistrada "
            "Irma Sosa Bretón explicó el plan.",
            "Irma Sosa Bretón",
            "Tribunal Superior de Justicia del Estado de Zacatecas",
        ),
        (
            "El Consejo General del Instituto Tlaxcalteca de Elecciones (ITE) aprobó el "
            "presupuesto; el consejero Edgar Meneses Rojas votó a favor.",
            "Edgar Meneses Rojas",
            "Instituto Tlaxcalteca de Elecciones",
        ),
    ],
    ids=["magistrada", "consejero"],
)
def test_a_role_with_no_body_sits_in_the_one_of_its_kind_the_article_names(
    empty_registry, text, name, institution
):
    assert institution_of(found(empty_registry, text), name) == institution


def test_a_units_head_works_in_the_secretariat_whose_area_the_unit_names(empty_registry):
    extraction = found(
        empty_registry,
        "La Secretaría de Educación de Chiapas abrió la convocatoria. La subsecretaria de "
        "Educación Federalizada, Luisa Gómez Ruiz, dio los detalles.",
        state="MX-CHP",
    )
    assert institution_of(extraction, "Luisa Gómez Ruiz") == "Secretaría de Educación de Chiapas"


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        (
            "la fiscal general, Claudia Soriano Peña, dijo",
            "Fiscalía General del Estado de Sinaloa",
        ),
        (
            "el fiscal general de Justicia del Estado, Claudia Soriano Peña, dijo",
            "Fiscalía General de Justicia del Estado de Sinaloa",
        ),
    ],
)
def test_a_prosecutors_office_is_named_as_the_title_names_it(empty_registry, text, institution):
    extraction = found(empty_registry, text, state="MX-SIN")
    assert institution_of(extraction, "Claudia Soriano Peña") == institution


def test_a_military_unit_named_by_its_number(empty_registry):
    extraction = found(
        empty_registry,
        "El comandante de la Octava Región Naval, almirante José Pérez Díaz, y elementos de "
        "la 11/a. Zona Militar recorrieron la costa.",
    )
    assert institution_of(extraction, "José Pérez Díaz") == "Octava Región Naval"
    assert {"Octava Región Naval", "11/a. Zona Militar"} <= extraction.institution_names


# Institutions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Instituto Electoral y de Participación Ciudadana de Tabasco",
        "Instituto Zacatecano de Transparencia, Acceso a la Información y Protección de "
        "Datos Personales",
    ],
)
def test_a_name_with_commas_and_y_de_is_kept_whole(empty_registry, name):
    assert name in found(empty_registry, f"El {name} sesionó ayer.").institution_names


def test_people_named_after_a_body_are_not_part_of_its_name(empty_registry):
    extraction = found(
        empty_registry, "La Secretaría de Salud, Zacarías Pérez Ruiz y Luis Gómez Soto fueron."
    )
    assert extraction.institution_names == {"Secretaría de Salud de Zacatecas"}


def test_two_bodies_joined_by_y_del_are_two(empty_registry):
    extraction = found(
        empty_registry,
        "La magistrada presidenta del Tribunal Superior de Justicia y del Consejo de la "
        "Judicatura, Adriana Mosqueda Farías, tomó la protesta.",
    )
    assert extraction.official_names == {"Adriana Mosqueda Farías"}
    assert not any(" y del " in name for name in extraction.institution_names)


def test_a_name_ends_with_its_state(empty_registry):
    extraction = found(
        empty_registry,
        "Diputadas del Congreso de la Ciudad de México Mariel Bernal Cuevas y otras dijeron.",
        state="MX-CMX",
    )
    assert "Congreso de la Ciudad de México" in extraction.institution_names


def test_a_head_noun_after_a_given_name_is_a_surname(empty_registry):
    extraction = found(
        empty_registry, "La directora del DIF, Guadalupe Cámara Zapata, entregó apoyos."
    )
    assert not any(name.startswith("Cámara") for name in extraction.institution_names)


# Officials ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La tesorera municipal, Claudia Quiñones Rivas, informó.", "Claudia Quiñones Rivas"),
        ("la síndica procuradora, Alma Villanueva Meza, dijo.", "Alma Villanueva Meza"),
        (
            "la fiscal especializada en Delitos Electorales, Iris Valdivia Torres, dijo.",
            "Iris Valdivia Torres",
        ),
        (
            "El coordinador municipal de Protección Civil, Efrén Mayo Nava, dijo.",
            "Efrén Mayo Nava",
        ),
        (
            "La directora de la normal, Luz Cházaro Landa, recibió a los padres.",
            "Luz Cházaro Landa",
        ),
    ],
    ids=["level-adjective", "procuradora", "especializada", "municipal-area", "normal"],
)
def test_more_title_shapes(empty_registry, text, name):
    assert found(empty_registry, text).official_names == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("El regidor José Saldívar Alcalde votó en contra.", "José Saldívar Alcalde"),
        ("El regidor Jorge Alcalde Márquez votó en contra.", "Jorge Alcalde Márquez"),
        ("El regidor Armando Gobernador Saucedo votó.", "Armando Gobernador Saucedo"),
    ],
)
def test_a_surname_that_is_a_role_word_stays_in_the_name(empty_registry, text, name):
    assert found(empty_registry, text).official_names == {name}


@pytest.mark.parametrize(
    "text",
    [
        "El presidente de la Canaco-Servytur Mérida, Felipe Ancona Millet, estimó pérdidas.",
        "La presidenta del Consejo Coordinador de Los Cabos, Laura Beltrán Regidor, opinó.",
        "el gerente de la refinería Miguel Hidalgo, ingeniero Germán Olguín Cervantes, dijo.",
        "la presidenta municipal de Othón P. Blanco, dijo ayer.",
    ],
    ids=["chamber", "business-council", "refinery", "town-named-after-a-person"],
)
def test_no_trap_is_an_official(empty_registry, text):
    names = found(empty_registry, text).official_names
    assert not names & {"Felipe Ancona Millet", "Laura Beltrán Regidor", "Miguel Hidalgo"}
    assert "P. Blanco" not in names


def test_the_role_keeps_no_acronym_the_page_adds(fixture_registry):
    extraction = found(
        fixture_registry,
        "El delegado del Instituto Mexicano del Seguro Social (IMSS) en Zacatecas, Javier "
        "Cabral Soto, dijo.",
    )
    (hit,) = extraction.officials
    assert "(IMSS)" not in hit.role


# Datelines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("**HERMOSILLO, Son.—** El Ayuntamiento…", "Hermosillo"),
        ("CIUDAD JUÁREZ, Chih. La Universidad…", "Ciudad Juárez"),
        ("Ciudad Obregón, Sonora, 6 de julio de 2023.- El Ayuntamiento…", "Ciudad Obregón"),
        ("Cancún, Q. Roo.— A dos semanas…", "Cancún"),
        ("**TOLUCA, Méx.—** La Universidad…", "Toluca"),
        ("ZACATECAS, Zac. La magistrada…", "Zacatecas"),
        ("Ciudad de México. Las senadoras…", ""),
        ("La gobernadora, Ana Pérez, dijo.", ""),
    ],
)
def test_dateline_town(body, town):
    assert dateline_town(body) == town


def test_an_estatal_body_is_the_articles_states(empty_registry):
    extraction = found(
        empty_registry, "La Comisión Estatal del Agua anunció cortes.", state="MX-GUA"
    )
    assert extraction.institution_names == {"Comisión Estatal del Agua de Guanajuato"}


@pytest.mark.parametrize(
    ("text", "council"),
    [
        ("La alcaldesa de La Paz, Celina Beltrán Castro, dijo.", "Ayuntamiento de La Paz"),
        ("El alcalde de Los Cabos, Ignacio Liera Meza, dijo.", "Ayuntamiento de Los Cabos"),
    ],
)
def test_a_towns_article_stays_in_its_name(empty_registry, text, council):
    (hit,) = found(empty_registry, text, state="MX-BCS").officials
    assert hit.institution == council


def test_a_saints_town_is_no_persons_name(empty_registry):
    extraction = found(
        empty_registry, "El Tribunal Electoral del Estado de San Luis Potosí resolvió.",
        state="MX-SLP",
    )  # fmt: skip
    assert extraction.institution_names == {"Tribunal Electoral del Estado de San Luis Potosí"}


def test_an_electoral_councillor_sits_in_the_states_institute_not_the_ine(empty_registry):
    extraction = found(
        empty_registry,
        "El Instituto Nacional Electoral (INE) y el Instituto Electoral y de Participación "
        "Ciudadana del Estado de Guerrero firmaron un convenio. La consejera presidenta, "
        "Luz Salmerón Nava, y la consejera Hermelinda Cayetano Sotelo lo presentaron.",
        state="MX-GRO",
    )
    state_institute = "Instituto Electoral y de Participación Ciudadana del Estado de Guerrero"
    assert extraction.official("Luz Salmerón Nava").role == "consejera presidenta"
    for name in ("Luz Salmerón Nava", "Hermelinda Cayetano Sotelo"):
        assert institution_of(extraction, name) == state_institute


def test_a_town_named_after_a_person_later_in_a_list_of_towns(empty_registry):
    """ "de A y de <town named after a person>": the second town of the list, one each."""
    extraction = found(
        empty_registry,
        "Las síndicas de Alvarado y de Ignacio de la Llave, Ana Ruiz Soto y Lucía Mena Gil, "
        "pidieron apoyo.",
        state="MX-VER",
    )
    assert institution_of(extraction, "Ana Ruiz Soto") == "Ayuntamiento de Alvarado"
    assert institution_of(extraction, "Lucía Mena Gil") == "Ayuntamiento de Ignacio de la Llave"
    assert not any(name.endswith(" y") for name in extraction.institution_names)
