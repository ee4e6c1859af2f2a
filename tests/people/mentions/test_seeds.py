"""The five seeds, parsed by the importer, with and without the registry."""

import pytest

from people.mentions import extract_mentions
from tests.people.conftest import SEED_FILES, parse_source

SEEDS = {path.name[:3]: path for path in SEED_FILES}

EXPECTED = {
    "000": (
        {"Javier de Jesús Cabral Soto", "Enrique Peña Nieto"},
        {"Instituto Mexicano del Seguro Social"},
    ),
    "001": (
        {"Javier de Jesús Cabral Soto", "Fernando Soto Acosta", "Miguel Alonso Reyes"},
        {
            "Instituto Mexicano del Seguro Social",
            "Gobierno del Estado de Zacatecas",
            "Secretaría de Finanzas",
            "Ayuntamiento de Luis Moya",
        },
    ),
    "002": (
        {"Miguel Alonso Reyes", "Javier de Jesús Cabral Soto"},
        {
            "Instituto Mexicano del Seguro Social",
            "Gobierno del Estado de Zacatecas",
            "Secretaría de Infraestructura",
        },
    ),
    "003": ({"Zoé Robledo"}, {"Instituto Mexicano del Seguro Social", "IMSS-Bienestar"}),
    "004": (
        {"Zoé Robledo", "Andrés Manuel López Obrador"},
        {"Instituto Mexicano del Seguro Social", "IMSS-Bienestar"},
    ),
}

# With an empty registry every official named with a role is still found.
DISCOVERED = {
    "000": {"Javier Cabral Soto", "Enrique Peña"},
    "001": {"Javier de Jesús Cabral Soto", "Fernando Soto Acosta", "Miguel Alonso Reyes"},
    "002": {"Javier Cabral Soto", "Miguel Alonso Reyes"},
    "003": {"Zoé Robledo"},
    "004": {"Zoé Robledo", "Andrés Manuel López Obrador"},
}


def extract(seed, registry):
    parsed = parse_source(SEEDS[seed])
    return extract_mentions(
        parsed.title,
        parsed.deck,
        parsed.highlights,
        parsed.body,
        registry=registry,
        jurisdiction="MX-ZAC",
    )


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_links_the_registered_entities(fixture_registry, seed):
    extraction = extract(seed, fixture_registry)
    officials, institutions = EXPECTED[seed]
    assert extraction.official_names == officials
    assert institutions <= extraction.institution_names
    assert all(h.id is not None for h in extraction.officials + extraction.institutions)
    assert all(h.count >= 1 and len(h.snippet) <= 200 for h in extraction.officials)


def test_boilerplate_teasers_are_not_linked(fixture_registry):
    # 003 ends with "También puedes leer: AMLO va por regulaciones…": the importer cuts it.
    assert "Andrés Manuel López Obrador" not in extract("003", fixture_registry).official_names


@pytest.mark.parametrize("seed", sorted(DISCOVERED))
def test_seed_with_an_empty_registry_discovers_every_official_with_a_role(empty_registry, seed):
    extraction = extract(seed, empty_registry)
    assert extraction.official_names == DISCOVERED[seed]
    assert all(h.id is None and h.evidence for h in extraction.officials)


def test_seed_roles_and_counts(fixture_registry):
    extraction = extract("001", fixture_registry)
    soto = extraction.official("Fernando Soto Acosta")
    assert (soto.count, soto.position_role, soto.institution) == (
        2,
        "Secretario de Finanzas",
        "Secretaría de Finanzas",
    )
    governor = extraction.official("Miguel Alonso Reyes")
    assert governor.institution == "Gobierno del Estado de Zacatecas"
    cabral = extract("000", fixture_registry).official("Javier de Jesús Cabral Soto")
    assert cabral.count == 2  # "Javier Cabral Soto" and later "Cabral Soto"
    robledo = extract("003", fixture_registry).official("Zoé Robledo")
    assert robledo.count == 4
