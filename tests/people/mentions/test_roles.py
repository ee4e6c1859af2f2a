"""The roles table: each row is found in its masculine, feminine and plural forms.

Adding a role is a row in people/mentions/roles.py and a case here.
"""

import pytest

from people.mentions import extract_mentions
from people.mentions import lexicon as lx
from people.mentions.roles import ROLES, plural_of


def found(registry, text):
    return extract_mentions(title="", body=text, registry=registry, jurisdiction="MX-ZAC")


def test_every_form_of_every_row_reaches_the_matcher():
    for index, role in enumerate(ROLES):
        for form in role.forms():
            assert lx.fold(form).split()[0] in lx.TITLE_WORDS, form
        for plural in role.plurals():
            assert lx.PLURAL_TITLES[lx.fold(plural)] == index, plural


@pytest.mark.parametrize(
    ("form", "plural"),
    [
        ("regidora", "regidoras"),
        ("juez", "jueces"),
        ("síndico", "síndicos"),
        ("edil", "ediles"),
        ("oficial mayor", "oficiales mayores"),
        ("encargada de despacho", "encargadas de despacho"),
    ],
)
def test_plural_forms_are_derived(form, plural):
    assert plural_of(form) == plural


@pytest.mark.parametrize(
    ("text", "name", "position_role"),
    [
        ("la comisaria Ana Ruiz Pérez informó", "Ana Ruiz Pérez", "Comisaria"),
        ("la jueza Irma Sotelo Vega resolvió", "Irma Sotelo Vega", "Jueza"),
        ("la visitadora Olga Treviño Garza dijo", "Olga Treviño Garza", "Visitadora"),
        ("el comandante Raúl Ibarra Soto dijo", "Raúl Ibarra Soto", "Comandante"),
        (
            "la vicefiscal de Delitos Sexuales, Dora Cavazos Peña, dijo",
            "Dora Cavazos Peña",
            "Vicefiscal",
        ),
        (
            "el gerente divisional de la CFE, Mario Lugo Ríos, dijo",
            "Mario Lugo Ríos",
            "Gerente",
        ),
        (
            "la ombudsperson de Sonora, Alma Ruiz Vega, dijo",
            "Alma Ruiz Vega",
            "Ombudsperson",
        ),
        (
            "el comisario público del instituto, Raúl Meza Soto, dijo",
            "Raúl Meza Soto",
            "Comisario público",
        ),
        (
            "la decana de la Facultad de Derecho de la Universidad Autónoma de Zacatecas, "
            "Lidia Rayas Soto, dijo",
            "Lidia Rayas Soto",
            "Decana",
        ),
        (
            "la encargada del despacho de la Contraloría, Edith Mar Solano, dijo",
            "Edith Mar Solano",
            "Encargada del despacho",
        ),
    ],
)
def test_roles_beyond_the_basic_lexicon(empty_registry, text, name, position_role):
    hit = found(empty_registry, text).official(name)
    assert hit is not None
    assert hit.position_role.startswith(position_role)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Los regidores Marisol Encinas Duarte, Héctor Quijada Lugo y Alejandra "
            "Valenzuela Ríos votaron en contra.",
            {
                "Marisol Encinas Duarte": "regidora",
                "Héctor Quijada Lugo": "regidor",
                "Alejandra Valenzuela Ríos": "regidora",
            },
        ),
        (
            "las diputadas locales Mariana Cantú Garza y Perla Zamudio Treviño, "
            "promoventes de la iniciativa, pidieron",
            {"Mariana Cantú Garza": "diputada local", "Perla Zamudio Treviño": "diputada local"},
        ),
        (
            "Las juezas Irma Sotelo Vega, Rosa Lara Núñez e Inés Mora Rey firmaron.",
            {"Irma Sotelo Vega": "jueza", "Rosa Lara Núñez": "jueza", "Inés Mora Rey": "jueza"},
        ),
    ],
)
def test_a_plural_title_introduces_every_name_of_its_list(empty_registry, text, roles):
    """Each person named after a plural title holds the title in the singular and in
    their own gender."""
    extraction = found(empty_registry, text)
    assert sorted(extraction.official_names) == sorted(roles)
    for name, role in roles.items():
        assert extraction.official(name).role.lower() == role


def test_a_plural_title_without_names_finds_nobody(empty_registry):
    extraction = found(empty_registry, "Los regidores votaron en contra de la propuesta.")
    assert extraction.officials == ()


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (  # a body named by a description, and a rank between role and name
            "El comandante de la zona militar, general Eduardo Castañón Rivas, dijo que sí.",
            "Eduardo Castañón Rivas",
            "comandante de la zona militar",
        ),
        (
            "El titular de la dependencia, Gustavo Arana Prieto, dijo que sí.",
            "Gustavo Arana Prieto",
            "titular de la dependencia",
        ),
        (  # "para el" introduces the area like "de"
            "participó la secretaria para el Desarrollo Energético, Graciela Olán Magaña, "
            "quien dijo que sí.",
            "Graciela Olán Magaña",
            "secretaria para el Desarrollo Energético",
        ),
        (  # a role that needs a complement, followed directly by a full name
            "encabezado por la subsecretaria Elvira Santiago Uscanga, quien indicó que sí.",
            "Elvira Santiago Uscanga",
            "subsecretaria",
        ),
        (  # the acronym in parentheses is not part of the role as written
            "La rectora de la Universidad Autónoma de Yucatán (UADY), Rosa Chi Pech, dijo.",
            "Rosa Chi Pech",
            "rectora de la Universidad Autónoma de Yucatán",
        ),
    ],
)
def test_other_positions_of_the_role(empty_registry, text, name, role):
    hit = found(empty_registry, text).official(name)
    assert hit is not None
    assert hit.role == role


@pytest.mark.parametrize(
    "text",
    [
        "La presidenta del Colegio de Contadores de Chihuahua, Rebeca Anchondo Ruiz, dijo.",
        "El presidente de la Unión Estatal de Padres de Familia, Rodolfo Aceves Casillas, dijo.",
        "la presidenta del Comité de Vecinos de Gaviotas Sur, Rosa Ovando Jiménez, dijo.",
    ],
)
def test_presidents_of_private_bodies_are_not_officials(empty_registry, text):
    assert found(empty_registry, text).officials == ()


def test_municipal_roles_belong_to_the_ayuntamiento_the_article_names(empty_registry):
    extraction = found(
        empty_registry,
        "El presidente municipal de Cajeme, Javier Lugo Soto, y la regidora Elena Ruiz Mora "
        "revisaron las obras.",
    )
    assert extraction.official("Elena Ruiz Mora").institution == "Ayuntamiento de Cajeme"


def test_a_deputy_sits_in_the_congress_of_the_articles_state(empty_registry):
    extraction = extract_mentions(
        title="", body="La diputada Dafne Cervera Osorio presentó una iniciativa.",
        registry=empty_registry, jurisdiction="MX-YUC",
    )  # fmt: skip
    hit = extraction.official("Dafne Cervera Osorio")
    assert hit.institution == "Congreso del Estado de Yucatán"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("el tesorero de la universidad —Jesús Antonio Vega Cota—, quien detalló", None),
        ("La contralora municipal (Ivonne Pacheco Rosales) detalló que sí.", None),
        (
            "Por el Isssteson firmó su director general, Ernesto Bojórquez Palafox, quien dijo.",
            None,
        ),
        (
            "El comandante de la zona naval, vicealmirante José Antonio Balam Ordóñez, informó.",
            None,
        ),
        ("La auditora superior, Amanda Tenorio Vélez, explicó ante la Comisión.", None),
        ("la capitana de Puerto de Progreso, Lourdes Cach Sosa, recordó.", None),
    ],
    ids=["dashes", "parentheses", "possessive", "rank", "auditora", "capitana"],
)
def test_more_positions_and_roles(empty_registry, text, name):
    assert len(found(empty_registry, text).officials) == 1


@pytest.mark.parametrize(
    "text",
    [
        "El Sindicato de Trabajadores Académicos, a través de su secretario general, "
        "Luis Ángel Moreno Tapia, se sumó a la petición.",
        "Los vendedores se manifestaron. Su vocero, José Saldívar Alcalde, señaló que sí.",
    ],
)
def test_su_after_a_private_body_is_no_official(empty_registry, text):
    assert found(empty_registry, text).officials == ()


def test_a_surname_pair_after_a_title_is_the_person_named_in_full(empty_registry):
    extraction = found(
        empty_registry,
        "La magistrada presidenta del Tribunal Superior de Justicia del Estado y del Consejo "
        "de la Judicatura, Irma Lucía Sosa Bretón, anunció dos juzgados. Durante la sesión, "
        "la magistrada Sosa Bretón explicó el plan.",
    )
    assert extraction.official_names == {"Irma Lucía Sosa Bretón"}


def test_a_description_links_the_body_named_before_it(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisión Estatal de Derechos Humanos emitió una recomendación. El primer "
        "visitador general del organismo, Hipólito Nava Cuevas, explicó los hechos.",
    )
    hit = extraction.official("Hipólito Nava Cuevas")
    # an "Estatal" body is the article's state's
    assert hit.institution == "Comisión Estatal de Derechos Humanos de Zacatecas"


def test_an_acting_head_named_after_the_name(empty_registry):
    hit = found(
        empty_registry,
        "El Hospital General de Fresnillo tiene camas. Lucio Ramos Treviño, encargado de "
        "la dirección del Hospital General de Fresnillo, dijo que bastan.",
    ).official("Lucio Ramos Treviño")
    assert hit is not None
    assert hit.role == "encargado de la dirección del Hospital General de Fresnillo"
    assert hit.institution == "Hospital General de Fresnillo"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (  # a country's member of a binational body: the adjective belongs to the title
            "La comisionada mexicana de la Comisión Binacional de Pesca (CBP), Irene Lugo "
            "Paredes, firmó el acta.",
            "Irene Lugo Paredes",
            "comisionada mexicana de la Comisión Binacional de Pesca",
        ),
        (  # an acting head of a jefatura, after the name
            "Tomás Cárdenas Ugalde, encargado de la jefatura del Distrito de Temporal 14, "
            "pidió paciencia.",
            "Tomás Cárdenas Ugalde",
            "encargado de la jefatura del Distrito de Temporal 14",
        ),
    ],
)
def test_title_adjectives_and_acting_heads_of_a_jefatura(empty_registry, text, name, role):
    extraction = found(empty_registry, text)
    hit = extraction.official(name)
    assert hit is not None, extraction.official_names
    assert hit.role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (  # abbreviated titles are spellings of their row, dot included
            "En la sesión, la Dip. local Rosa Amezcua Tinoco pidió más recursos.",
            "Rosa Amezcua Tinoco",
            "Dip. local",
        ),
        (
            "Tomó la palabra el Dip. Anselmo Quiroz Beltrán, quien votó en contra.",
            "Anselmo Quiroz Beltrán",
            "Dip.",
        ),
        (  # an abbreviated given name is a word of the name, like an initial
            "La directora del Instituto de la Juventud, Ma. Guadalupe Tenorio Lara, dijo que sí.",
            "Ma. Guadalupe Tenorio Lara",
            "directora del Instituto de la Juventud",
        ),
        (
            "El tesorero municipal, Fco. Javier Olvera Ruiz, entregó el informe.",
            "Fco. Javier Olvera Ruiz",
            "tesorero municipal",
        ),
    ],
)
def test_abbreviated_titles_and_given_names(empty_registry, text, name, role):
    extraction = found(empty_registry, text)
    hit = extraction.official(name)
    assert hit is not None, extraction.official_names
    assert hit.role == role


def test_a_public_defender_sits_in_the_public_defence_named_after_the_name(empty_registry):
    extraction = found(
        empty_registry,
        "El defensor público Rubén Lara Tovar, del Instituto de la Defensoría Pública, pidió "
        "la libertad del imputado; el abogado defensor particular Luis Moreno Paz no habló.",
    )
    hit = extraction.official("Rubén Lara Tovar")
    assert hit is not None, extraction.official_names
    assert hit.role == "defensor público"
    assert hit.institution.startswith("Instituto de la Defensoría Pública")
    assert extraction.official("Luis Moreno Paz") is None
