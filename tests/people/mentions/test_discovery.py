"""Discovery with an empty registry: the appositive patterns and their traps.

The examples are entities.md §3.7 (names marked † there are invented).
"""

import pytest

from people.mentions import extract_mentions


def found(registry, text, title=""):
    extraction = extract_mentions(title=title, body=text, registry=registry, jurisdiction="MX-ZAC")
    return extraction


@pytest.mark.parametrize(
    ("text", "name", "role", "institution"),
    [
        (  # 1, P1 with an acronym in parentheses
            "El director general del Instituto Mexicano del Seguro Social (IMSS), Zoé Robledo, "
            "señaló que sí.",
            "Zoé Robledo",
            "Director general",
            "Instituto Mexicano del Seguro Social",
        ),
        (  # 2, the institution named only by the title
            "…y el Secretario de Finanzas, Fernando Soto Acosta, se llevó a cabo.",
            "Fernando Soto Acosta",
            "Secretario de Finanzas",
            "Secretaría de Finanzas",
        ),
        (  # 3, P2
            "la reunión semanal del gobernador Miguel Alonso Reyes y los integrantes",
            "Miguel Alonso Reyes",
            "Gobernador",
            "Gobierno del Estado de Zacatecas",
        ),
        (  # 4, P3 closed by ", y"
            "Javier de Jesús Cabral Soto,  delegado del IMSS en Zacatecas, y el otro",
            "Javier de Jesús Cabral Soto",
            "Delegado",
            "Instituto Mexicano del Seguro Social",
        ),
        (  # 7
            "fue propuesta por el presidente Enrique Peña, es el de",
            "Enrique Peña",
            "Presidente",
            "",
        ),
        (  # 13
            "la presidenta municipal de Guadalupe, Laura Méndez Rivas, informó",
            "Laura Méndez Rivas",
            "Presidenta municipal",
            "Ayuntamiento de Guadalupe",
        ),
        (  # 14, the state capital
            "el alcalde capitalino, Jorge Ramírez Luna, dijo",
            "Jorge Ramírez Luna",
            "Presidente municipal",
            "Ayuntamiento de Zacatecas",
        ),
        (  # 15
            "la senadora por Zacatecas Verónica Díaz Robles presentó",
            "Verónica Díaz Robles",
            "Senadora",
            "Senado de la República",
        ),
        (  # 16, "(Morena)" is a party
            "el diputado local Ernesto Ruiz Tapia (Morena) votó en contra",
            "Ernesto Ruiz Tapia",
            "Diputado local",
            "Legislatura del Estado de Zacatecas",  # the state's legislature (its row)
        ),
        (  # 17
            "el magistrado presidente del Tribunal Superior de Justicia del Estado, "
            "Arturo Nava Solís, dijo",
            "Arturo Nava Solís",
            "Magistrado presidente",
            "Tribunal Superior de Justicia del Estado de Zacatecas",
        ),
        (  # 18
            "la fiscal general del Estado, Claudia Soriano Peña, dijo",
            "Claudia Soriano Peña",
            "Fiscal general",
            "Fiscalía General del Estado de Zacatecas",  # named as the title names it
        ),
        (
            "el fiscal general de Justicia del Estado, Raúl Pinedo Ávila, dijo",
            "Raúl Pinedo Ávila",
            "Fiscal general",
            "Fiscalía General de Justicia del Estado de Zacatecas",
        ),
        (  # 19, P4
            "el titular de la Secretaría de Salud de Zacatecas, Rubén Ortiz Delgado, dijo",
            "Rubén Ortiz Delgado",
            "Titular",
            "Secretaría de Salud de Zacatecas",
        ),
        (  # 20
            "el coordinador estatal del programa IMSS-Bienestar, Hugo Salas Ferrer, dijo",
            "Hugo Salas Ferrer",
            "Coordinador",
            "Servicios de Salud del Instituto Mexicano del Seguro Social para el Bienestar",
        ),
        (  # 23, not a state governor
            "la gobernadora del Banco de México, Irene Castañeda Robles, explicó",
            "Irene Castañeda Robles",
            "Gobernadora",
            "Banco de México",
        ),
        (  # 27, "secretaria" is the office holder, not the Secretaría
            "La secretaria de Economía, Sofía Treviño Lara, dijo",
            "Sofía Treviño Lara",
            "Secretaria de Economía",
            "Secretaría de Economía",
        ),
        (  # 30, honorific stripped
            "el Lic. Pedro Gómez Ávila, director de Catastro municipal, dijo",
            "Pedro Gómez Ávila",
            "Director de Catastro",
            "",
        ),
        (  # a rank before the name
            "acompañada por el secretario de Seguridad Pública, general Adolfo Marín Marín.",
            "Adolfo Marín Marín",
            "Secretario de Seguridad Pública",
            "Secretaría de Seguridad Pública",
        ),
        (  # no comma between the area and the name
            "el secretario de Finanzas Fernando Soto Acosta dijo",
            "Fernando Soto Acosta",
            "Secretario de Finanzas",
            "Secretaría de Finanzas",
        ),
        (  # "como" after the name
            "nombró a Raúl Esquivel Pinedo como encargado de despacho de la Secretaría del Campo.",
            "Raúl Esquivel Pinedo",
            "Encargado de despacho",
            "Secretaría del Campo de Zacatecas",
        ),
    ],
)
def test_official_patterns(empty_registry, text, name, role, institution):
    extraction = found(empty_registry, text)
    hit = extraction.official(name)
    assert hit is not None, extraction.official_names
    assert hit.id is None
    assert (hit.position_role, hit.institution) == (role, institution)
    assert hit.evidence and name in hit.evidence
    assert len(extraction.officials) == 1


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("el exgobernador Alejandro Tello Cristerna afirmó", True),  # 21
        ("el ex gobernador Alejandro Tello Cristerna afirmó", True),
        ("el entonces secretario de Gobernación, Juan Pablo Ibarra Lugo, dijo", True),  # 22
        ("el nuevo delegado del IMSS, Javier Cabral Soto, dijo", False),  # 5
    ],
)
def test_past_posts_are_marked(empty_registry, text, past):
    (hit,) = found(empty_registry, text).officials
    assert hit.past is past


@pytest.mark.parametrize(
    "text",
    [
        "…se firmó el convenio con el municipio de Luis Moya.",  # 24
        "la reciente federalización de 9,723 trabajadores en el estado de México",  # 25
        "una reunión con gobernadores, secretarios de Salud, secretarios de Finanzas y "
        "coordinadores del programa",  # 26
        "Juana Pérez Ibarra, paciente del hospital, agradeció la obra",
        "Ramón Ortiz, propietario de una tlapalería en la calle Juárez, pidió",
        "los trabajos comenzarán por la calle Benito Juárez y la avenida Hidalgo",
        "frente al Hospital General Dr. Manuel Gea González, el director dijo",
        "encabezó en Palacio Nacional el acto",
        "como lo acaba de decir el señor presidente; la mayoría",  # role only
        "El presidente de la Confederación Patronal de la República Mexicana (Coparmex), "
        "Luis Fernando Aguayo, pidió",
        "El dirigente de la sección 201 del sindicato minero, Arnulfo Cepeda, pidió",
        "El director de la empresa en México, Kevin Marshall, explicó",
        "dijo el delegado a los presentes",
        "El director general del Seguro Social reconoció la voluntad",
    ],
)
def test_not_officials(empty_registry, text):
    assert found(empty_registry, text).officials == ()


def test_p3_needs_a_closed_apposition(empty_registry):
    # 10: the second phrase is the subject of the next clause, not AMLO's title.
    text = (
        "Durante la conferencia que encabezó en Palacio Nacional el presidente Andrés Manuel "
        "López Obrador, el director general del Seguro Social reconoció la voluntad"
    )
    (hit,) = found(empty_registry, text).officials
    assert (hit.name, hit.position_role) == ("Andrés Manuel López Obrador", "Presidente")


def test_headline_attribution_counts_for_a_person_named_in_the_body(empty_registry):
    extraction = found(
        empty_registry,
        "El director general del IMSS, Zoé Robledo, señaló que sí.",
        title="IMSS Bienestar tiene bases jurídicas: Zoé Robledo",
    )
    hit = extraction.official("Zoé Robledo")
    assert hit.count == 2 and hit.in_title


@pytest.mark.parametrize(
    ("text", "institutions"),
    [
        (
            "El Instituto Nacional Electoral (INE) instaló su consejo. El INE informó.",
            {"Instituto Nacional Electoral": 2},
        ),
        (
            "El Gobierno del Estado de México y el Gobierno del Estado firmaron",
            {"Gobierno del Estado de México": 1, "Gobierno del Estado de Zacatecas": 1},
        ),
        (
            "La Secretaría de Salud de Zacatecas (SSZ) y la Secretaría de Salud federal",
            {("Secretaría de Salud de Zacatecas", "MX-ZAC"): 1, ("Secretaría de Salud", "MX"): 1},
        ),
        ("el Ayuntamiento de Luis Moya aprobó", {"Ayuntamiento de Luis Moya": 1}),
        ("la Comisión Nacional del Agua (Conagua) en Zacatecas", {"Comisión Nacional del Agua": 1}),
        ("la Junta de Gobierno del Banco de México decidió", {"Banco de México": 1}),
        ("la presidenta de la Comisión de Presupuesto y Cuenta Pública votó", {}),
        (
            "la Auditoría Superior citó. La Auditoría Superior del Estado (ASE) dijo",
            {"Auditoría Superior del Estado de Zacatecas": 2},
        ),
        (
            "en la Cámara de Diputados y en el Senado",
            {"Cámara de Diputados": 1, "Senado de la República": 1},
        ),
        ("el Gobierno federal analiza", {"Gobierno de México": 1}),
        ("la Confederación Patronal de la República Mexicana (Coparmex) pidió", {}),
        ("en Palacio Nacional y en el Hospital General", {}),
    ],
)
def test_institution_phrases(empty_registry, text, institutions):
    extraction = found(empty_registry, text)
    by_name = {h.name: h.count for h in extraction.institutions}
    by_place = {(h.name, h.jurisdiction): h.count for h in extraction.institutions}
    assert institutions in (by_name, by_place)


# A rank inside a facility's name (``discovery._rank_continues_a_name``) -----------------


def test_a_rank_continuing_a_facilitys_name_is_no_rank_before_a_person(empty_registry):
    extraction = found(
        empty_registry,
        "El director de la Academia de Policía General Lázaro Ortiz Mena, Rubén Haro "
        "Salcedo, entregó diplomas a 80 cadetes.",
    )
    assert "Lázaro Ortiz Mena" not in extraction.official_names
    assert "Rubén Haro Salcedo" in extraction.official_names


def test_a_lower_case_rank_after_a_title_still_stands_before_a_person(empty_registry):
    extraction = found(
        empty_registry,
        "El secretario de Seguridad Pública, general Lázaro Ortiz Mena, presentó el operativo.",
    )
    assert "Lázaro Ortiz Mena" in extraction.official_names


# A facility's holder right after its name, no comma (``institutions._holder_after_place``)


def test_the_holder_after_a_hospital_s_place_is_no_word_of_its_name(empty_registry):
    extraction = found(
        empty_registry,
        "La exdirectora del Hospital General de Fresnillo Julieta Campos Rangel, que abrió "
        "el área de urgencias, acudió como invitada.",
    )
    hit = extraction.official("Julieta Campos Rangel")
    assert hit is not None, extraction.official_names
    assert hit.institution == "Hospital General de Fresnillo"


def test_a_hospital_named_after_a_person_keeps_the_name_before_its_holder(empty_registry):
    extraction = found(
        empty_registry,
        "El director del Hospital General del Norte Ramiro Téllez Arce, Óscar Villa Ponce, "
        "pidió más camas. El director del Hospital Regional de Fresnillo Dr. Tomás Lira Ochoa "
        "recibió el equipo.",
    )
    assert "Ramiro Téllez Arce" not in extraction.official_names
    assert "Tomás Lira Ochoa" not in extraction.official_names
    assert "Óscar Villa Ponce" in extraction.official_names


# Women's forms of men's given names (``lexicon.GIVEN_NAMES``) -----------------------------


def test_a_woman_s_form_of_a_man_s_given_name_starts_a_name_after_a_town(empty_registry):
    extraction = found(
        empty_registry,
        "La exalcaldesa de Sombrerete Celestina Ruelas Olague respondió a las críticas.",
    )
    hit = extraction.official("Celestina Ruelas Olague")
    assert hit is not None, extraction.official_names
    assert hit.role == "exalcaldesa de Sombrerete"


# A rank before the name, the post after it (``resolution._post_after_bare_title``) --------


def test_the_post_after_the_name_outranks_a_bare_rank_before_it(empty_registry):
    extraction = found(
        empty_registry,
        "El alcalde de Fresnillo, Saúl Monreal Ávila, encabezó el acto. La comisaria Inés "
        "Lara Pulido, secretaria municipal de Seguridad Pública, presentó a los cadetes.",
    )
    hit = extraction.official("Inés Lara Pulido")
    assert hit is not None, extraction.official_names
    assert hit.role == "secretaria municipal de Seguridad Pública"
    assert hit.institution is not None


def test_a_rank_with_no_post_after_it_stays_the_role(empty_registry):
    extraction = found(
        empty_registry,
        "La comisaria Inés Lara Pulido, quien dirige el operativo, informó de 12 detenidos "
        "en la Policía Estatal.",
    )
    hit = extraction.official("Inés Lara Pulido")
    assert hit is not None, extraction.official_names
    assert hit.role == "comisaria"


# Army units numbered in the masculine (``institutions._NUMBERED_UNIT``) -----------------


def test_a_numbered_battalion_is_the_body_of_its_commander(empty_registry):
    extraction = found(
        empty_registry,
        "El comandante del 97/o. Batallón de Infantería, coronel Tadeo Ríos Luján, "
        "informó que 120 elementos vigilarán los caminos.",
    )
    hit = extraction.official("Tadeo Ríos Luján")
    assert hit is not None, extraction.official_names
    assert hit.institution == "97/o. Batallón de Infantería"
    assert hit.role == "comandante del 97/o. Batallón de Infantería"


def test_battalions_counted_are_no_body(empty_registry):
    extraction = found(empty_registry, "Llegaron 3 batallones y 12 regimientos a la sierra.")
    assert not extraction.institution_names


@pytest.mark.parametrize("place", ["la ciudad", "la unidad", "la comunidad"])
def test_a_place_word_ending_the_sentence_before_a_name_is_no_cue(empty_registry, place):
    extraction = found(
        empty_registry,
        f"Las brigadas recorren {place}. Olga Beltrán Ponce, directora del Hospital "
        "General de Fresnillo, pidió repelente.",
    )
    assert extraction.official("Olga Beltrán Ponce") is not None, extraction.official_names


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (  # appointed, with the day after the participle
            "Sofía Arvizu Lemus, nombrada el jueves contralora interna de la Universidad "
            "Autónoma de Nayarit, revisará los contratos.",
            "Sofía Arvizu Lemus",
            "contralora interna de la Universidad Autónoma de Nayarit",
        ),
        (  # "el … pasado"
            "Rubén Ojeda Tapia, designado el lunes pasado tesorero del Instituto Estatal "
            "Electoral, presentó el informe.",
            "Rubén Ojeda Tapia",
            "tesorero del Instituto Estatal Electoral",
        ),
        (  # "quien desde el … funge como"
            "Alma Zepeda Ruiz, quien desde el martes funge como directora del Hospital "
            "General de Tlaltenango, pidió insumos.",
            "Alma Zepeda Ruiz",
            "directora del Hospital General de Tlaltenango",
        ),
    ],
)
def test_a_post_after_the_name_with_the_day_it_began(empty_registry, text, name, role):
    hit = found(empty_registry, text).official(name)
    assert hit is not None, found(empty_registry, text).official_names
    assert hit.role == role


@pytest.mark.parametrize(
    ("text", "name", "role", "institution"),
    [
        (
            "La Comisión Estatal de Vivienda, a cargo de Ramiro Solís Bañuelos, entregó "
            "200 escrituras.",
            "Ramiro Solís Bañuelos",
            "titular de la Comisión Estatal de Vivienda",
            "Comisión Estatal de Vivienda de Zacatecas",
        ),
        (
            "El Instituto de la Juventud (Injuz), encabezado por Paola Ríos Lara, abrió la "
            "convocatoria.",
            "Paola Ríos Lara",
            "titular del Instituto de la Juventud",
            "Instituto de la Juventud",
        ),
    ],
)
def test_a_body_then_the_name_of_its_head(empty_registry, text, name, role, institution):
    hit = found(empty_registry, text).official(name)
    assert hit is not None, found(empty_registry, text).official_names
    assert hit.role == role
    assert hit.institution.startswith(institution)


@pytest.mark.parametrize(
    "text",
    [
        "La Cámara de Comercio de Fresnillo, encabezada por Jaime Olvera Ruiz, protestó.",
        "La marcha, encabezada por Rosa Gallegos Ibarra, llegó a la plaza.",
    ],
)
def test_a_private_body_or_no_body_before_the_clause_gives_no_official(empty_registry, text):
    assert not found(empty_registry, text).official_names


def test_a_facility_quoted_name_is_the_institutions_not_the_roles(empty_registry):
    text = (
        'El director del Hospital General de Zona No. 4 "Emilio Varela Luján", Tomás Ibarra '
        "Gil, anunció la apertura de 20 camas. El jefe de la unidad, Ramón Luna Ortiz, dijo."
    )
    extraction = found(empty_registry, text)
    hit = extraction.official("Tomás Ibarra Gil")
    assert hit.role == "director del Hospital General de Zona No. 4"
    assert hit.institution == "Hospital General de Zona No. 4 Emilio Varela Luján"
    assert extraction.official("Ramón Luna Ortiz").institution == hit.institution


def test_a_verb_clause_naming_a_unit_gives_its_titular(empty_registry):
    text = (
        "El Hospital General de Zona 3 amplió su horario. Rocío Beltrán Islas, quien está "
        "al frente de la Jefatura de Enfermería, pidió 20 plazas."
    )
    hit = found(empty_registry, text).official("Rocío Beltrán Islas")
    assert hit.role == "titular de la Jefatura de Enfermería"
    assert hit.institution == "Hospital General de Zona 3"
