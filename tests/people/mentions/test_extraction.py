"""The Extraction record: what one article mentions, with counts, snippets and roles."""

import dataclasses
import datetime

import pytest

from people.mentions import Extraction, OfficialHit, extract_mentions


def test_extraction_is_frozen_and_carries_the_date(fixture_registry):
    day = datetime.date(2024, 1, 9)
    extraction = extract_mentions(
        "Título", "", [], "El IMSS informó.", registry=fixture_registry, published_on=day
    )
    assert isinstance(extraction, Extraction)
    assert extraction.published_on == day
    with pytest.raises(dataclasses.FrozenInstanceError):
        extraction.officials = ()


def test_markdown_is_stripped_before_matching(fixture_registry):
    body = "El director del **Instituto Mexicano del Seguro Social (IMSS)**, Zoé Robledo, anunció."
    extraction = extract_mentions(body=body, registry=fixture_registry)
    (official,) = extraction.officials
    assert isinstance(official, OfficialHit)
    assert (official.name, official.id is not None, official.institution) == (
        "Zoé Robledo",
        True,
        "Instituto Mexicano del Seguro Social",
    )
    assert "**" not in official.snippet


def test_role_as_written_and_position_role(fixture_registry):
    body = "Javier de Jesús Cabral Soto,  delegado del IMSS en Zacatecas, y el otro firmaron."
    (hit,) = extract_mentions(body=body, registry=fixture_registry).officials
    assert hit.role == "delegado del IMSS en Zacatecas"
    assert (hit.position_role, hit.area) == ("Delegado", "Zacatecas")
    assert hit.institution_id is not None


def test_snippet_is_at_most_200_characters_around_the_first_body_mention(fixture_registry):
    body = ("Palabras de relleno " * 20) + "y el IMSS informó " + ("más relleno " * 30) + "."
    extraction = extract_mentions(
        title="El IMSS en el título", body=body, registry=fixture_registry
    )
    (hit,) = extraction.institutions
    assert hit.count == 2 and hit.in_title
    assert len(hit.snippet) <= 200 and "IMSS informó" in hit.snippet


def test_titles_names_and_highlights_all_count(fixture_registry):
    extraction = extract_mentions(
        "IMSS Bienestar tiene bases jurídicas: Zoé Robledo",
        "",
        ["El director general del Seguro Social dijo que sí"],
        "El director general del Instituto Mexicano del Seguro Social (IMSS), Zoé Robledo, señaló.",
        registry=fixture_registry,
    )
    counts = {h.name: h.count for h in extraction.officials + extraction.institutions}
    assert counts == {
        "Zoé Robledo": 2,
        "Instituto Mexicano del Seguro Social": 2,
        "IMSS-Bienestar": 1,
    }


def test_empty_text_gives_an_empty_extraction(empty_registry):
    assert extract_mentions("", "", [], "", registry=empty_registry) == Extraction()


def test_discovered_institution_of_a_post_is_listed_for_creation(empty_registry):
    extraction = extract_mentions(
        body="el gobernador Miguel Alonso Reyes y los integrantes",
        registry=empty_registry,
        jurisdiction="MX-ZAC",
    )
    assert extraction.institutions == ()
    assert [r.name for r in extraction.position_institutions] == [
        "Gobierno del Estado de Zacatecas"
    ]


def test_a_bare_gobierno_municipal_is_the_articles_council(empty_registry):
    text = (
        "Jerez de García Salinas, Zacatecas.- La presidenta municipal, Luisa Ortega Villa, "
        "inauguró la feria. El Ayuntamiento instaló módulos y el Gobierno Municipal pide "
        "a las familias llegar temprano."
    )
    extraction = extract_mentions(
        title="", body=text, registry=empty_registry, jurisdiction="MX-ZAC"
    )
    names = [hit.name for hit in extraction.institutions]
    assert names == ["Ayuntamiento de Jerez de García Salinas"], names
