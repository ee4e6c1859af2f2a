"""Known names: the gazetteer pass, its word boundaries, capitals and scope."""

import pytest

from people.mentions import extract_mentions


def linked(registry, text, *, jurisdiction="MX-ZAC"):
    extraction = extract_mentions(body=text, registry=registry, jurisdiction=jurisdiction)
    return (
        {h.name: h.count for h in extraction.officials if h.id is not None},
        {h.name: h.count for h in extraction.institutions if h.id is not None},
    )


IMSS = "Instituto Mexicano del Seguro Social"


@pytest.mark.parametrize(
    ("text", "institutions"),
    [
        ("Lo anunció el IMSS ayer.", {IMSS: 1}),
        ("Lo anunció el imss ayer.", {}),  # acronyms are case-sensitive
        ("El INSTITUTO MEXICANO DEL SEGURO SOCIAL informó", {IMSS: 1}),  # all-caps headline
        ("el instituto mexicano del seguro social informó", {}),  # capitals required
        ("El Instituto Mexicano del Seguro Social (IMSS) informó", {IMSS: 1}),  # one mention
        ("Trabajadores del Seguro Social protestaron", {IMSS: 1}),
        ("no tienen seguro social ni pensión", {}),  # the benefit, lower case
        ("romper esa dinámica del Seguro Popular", {}),  # a programme
        ("Los servicios que tiene el Instituto", {}),  # anaphora is not an alias
        ("El IMSS-Bienestar asumirá", {"IMSS-Bienestar": 1}),  # longest match, not also IMSS
        ("El IMSS Bienestar asumirá", {"IMSS-Bienestar": 1}),
        ("GOBIERNO DEL IMSS-BIENESTAR", {"IMSS-Bienestar": 1}),
        ("Acuerdan Godezac e IMSS coordinar", {"Gobierno del Estado de Zacatecas": 1, IMSS: 1}),
        ("IMSSA no es una institución", {}),  # whole words only
        ("el programa IMSS-Oportunidades", {}),  # a hyphenated word is one word
        ("la Secretaría de Finanzas de Zacatecas informó", {"Secretaría de Finanzas": 1}),
        ("el municipio de Luis Moya", {"Ayuntamiento de Luis Moya": 1}),
    ],
)
def test_institution_aliases(fixture_registry, text, institutions):
    assert linked(fixture_registry, text)[1] == institutions


def test_scoped_aliases_link_only_in_their_jurisdiction(fixture_registry):
    text = "El Gobierno del Estado y la Secretaría de Finanzas firmaron"
    zacatecas = {"Gobierno del Estado de Zacatecas": 1, "Secretaría de Finanzas": 1}
    assert linked(fixture_registry, text, jurisdiction="MX-ZAC")[1] == zacatecas
    assert linked(fixture_registry, text, jurisdiction="MX-DUR")[1] == {}


def test_jurisdiction_defaults_to_the_setting(fixture_registry, settings):
    def known(text):
        hits = extract_mentions(body=text, registry=fixture_registry).institutions
        return {h.name for h in hits if h.id is not None}

    settings.NEWSROOM_JURISDICTION = "MX-DUR"
    assert known("El Gobierno del Estado informó") == set()
    settings.NEWSROOM_JURISDICTION = "MX-ZAC"
    assert known("El Gobierno del Estado informó") == {"Gobierno del Estado de Zacatecas"}


@pytest.mark.parametrize(
    "text",
    [
        "el Gobierno del Estado de México anunció",  # another state's government
        "la Secretaría de Finanzas de Puebla anunció",
        "la Secretaría de Finanzas del Estado de Puebla anunció",
    ],
)
def test_a_named_other_state_is_not_ours(fixture_registry, text):
    institutions = linked(fixture_registry, text)[1]
    assert "Gobierno del Estado de Zacatecas" not in institutions
    assert "Secretaría de Finanzas" not in institutions


@pytest.mark.parametrize(
    ("text", "officials"),
    [
        ("según Javier de Jesús Cabral Soto, no", {"Javier de Jesús Cabral Soto": 1}),
        ("según Javier Cabral Soto, no", {"Javier de Jesús Cabral Soto": 1}),
        ("según javier cabral soto, no", {}),
        ("según Javier Cabral-Soto, no", {"Javier de Jesús Cabral Soto": 1}),
        ("según ZOE ROBLEDO, no", {"Zoé Robledo": 1}),
        ("según Zoe Robledo, no", {"Zoé Robledo": 1}),  # accents optional
        ("lo propuso Enrique Peña en 2013", {"Enrique Peña Nieto": 1}),
        ("lo dijo EPN en 2013", {"Enrique Peña Nieto": 1}),
        ("lo dijo Epn en 2013", {}),
        ("AMLO va por regulaciones", {"Andrés Manuel López Obrador": 1}),
        ("Cabral Soto destacó", {}),  # surnames alone: only after the full name
        ("la fiscal Claudia Soriano Peña dijo", {}),
        ("Luis Enrique Peña Gómez, vecino", {}),  # part of a longer name
    ],
)
def test_official_aliases(fixture_registry, text, officials):
    assert linked(fixture_registry, text)[0] == officials


def test_counts_every_mention_of_each_entity(fixture_registry):
    text = (
        "El IMSS y el Seguro Social. El Instituto Mexicano del Seguro Social (IMSS) dijo. "
        "Zoé Robledo, y luego Zoé Robledo Aburto."
    )
    officials, institutions = linked(fixture_registry, text)
    assert institutions == {IMSS: 3}
    assert officials == {"Zoé Robledo": 2}


def test_a_councils_other_name_that_ends_another_name_is_no_mention_of_it():
    from people.mentions import Registry
    from people.mentions.gazetteer import scan
    from people.mentions.text import Document

    registry = Registry.from_records(
        institutions=[
            {
                "id": 1,
                "name": "Ayuntamiento de Tepic",
                "jurisdiction": "MX-NAY/Tepic",
                "aliases": ["Municipio de Tepic"],
            }
        ]
    )

    def known(text):
        return [occ.name for occ in scan(Document(body=text), registry, "MX-NAY")[0]]

    assert known("El Municipio de Tepic firmó el convenio.") == ["Ayuntamiento de Tepic"]
    assert known("Aguas del Municipio de Tepic firmó el convenio.") == []
