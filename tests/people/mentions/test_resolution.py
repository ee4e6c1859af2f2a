"""Who is who inside one article: short forms, ambiguity and registry matches."""

from people.mentions import Registry, extract_mentions


def counts(registry, text, title=""):
    extraction = extract_mentions(title=title, body=text, registry=registry, jurisdiction="MX-ZAC")
    return {h.name: h.count for h in extraction.officials}


def test_surnames_link_to_the_official_named_in_full_earlier(fixture_registry):
    text = (
        "El nuevo delegado del IMSS, Javier Cabral Soto, habló. "
        "Cabral Soto destacó que Zacatecas es el único estado."
    )
    assert counts(fixture_registry, text) == {"Javier de Jesús Cabral Soto": 2}


def test_a_surname_shared_by_two_officials_links_to_nobody(fixture_registry):
    text = (
        "Javier de Jesús Cabral Soto, delegado del IMSS, y el Secretario de Finanzas, "
        "Fernando Soto Acosta, firmaron. Cabral Soto y Soto Acosta sonrieron. Soto dijo."
    )
    assert counts(fixture_registry, text) == {
        "Javier de Jesús Cabral Soto": 2,
        "Fernando Soto Acosta": 2,
    }


def test_discovered_people_get_short_forms_too(empty_registry):
    text = (
        "El director del IMSS, Zoé Robledo, anunció el plan. Durante la conferencia, "
        "Robledo detalló avances. robledo en minúsculas no cuenta."
    )
    assert counts(empty_registry, text) == {"Zoé Robledo": 2}


def test_bare_surname_needs_a_capital_and_a_whole_word(empty_registry):
    text = "El director del IMSS, Zoé Robledo, habló. Los Robledos y robledo no cuentan."
    assert counts(empty_registry, text) == {"Zoé Robledo": 1}


def test_a_short_form_inside_another_persons_name_is_ambiguous(empty_registry):
    text = (
        "La senadora Laura Méndez Rivas votó. Méndez Rivas explicó su voto. "
        "El diputado Pedro Méndez Rivas Ochoa no votó."
    )
    assert counts(empty_registry, text) == {"Laura Méndez Rivas": 1, "Pedro Méndez Rivas Ochoa": 1}


def test_two_spellings_of_one_discovered_person_are_one_person(empty_registry):
    text = (
        "El delegado del IMSS en Zacatecas, Javier de Jesús Cabral Soto, firmó. "
        "Después, el delegado Javier Cabral Soto dio una entrevista."
    )
    assert counts(empty_registry, text) == {"Javier de Jesús Cabral Soto": 2}


def test_a_compatible_name_links_to_the_one_registered_official():
    registry = Registry.from_records(
        officials=[{"id": 7, "name": "Javier de Jesús Cabral Soto", "aliases": []}]
    )
    extraction = extract_mentions(
        body="El delegado del IMSS, Javier Cabral Soto, dijo.", registry=registry
    )
    (hit,) = extraction.officials
    assert (hit.id, hit.name, hit.aliases) == (
        7,
        "Javier de Jesús Cabral Soto",
        ("Javier Cabral Soto",),
    )


def test_an_ambiguous_compatible_name_is_not_guessed():
    registry = Registry.from_records(
        officials=[
            {"id": 1, "name": "Juan Carlos Pérez López"},
            {"id": 2, "name": "Juan Antonio Pérez López"},
        ]
    )
    extraction = extract_mentions(
        body="El delegado del IMSS, Juan Pérez López, dijo.", registry=registry
    )
    assert [h.id for h in extraction.officials] == []


def test_rejected_names_are_never_rediscovered():
    registry = Registry.from_records(
        officials=[{"id": 3, "name": "Kevin Marshall", "status": "rejected"}],
        institutions=[{"id": 4, "name": "Junta Local Ejecutiva", "status": "rejected"}],
    )
    text = (
        "El director del IMSS, Kevin Marshall, dijo que la Junta Local Ejecutiva (JLE) sesionará."
    )
    extraction = extract_mentions(body=text, registry=registry)
    assert extraction.officials == ()
    assert extraction.institution_names <= {"Instituto Mexicano del Seguro Social"}


def test_registry_learns_in_memory_and_links_the_next_article(empty_registry):
    from people.mentions.registry import InstitutionRecord, OfficialRecord

    empty_registry.add_official(OfficialRecord(11, "Rubén Ortiz Delgado"), ["Ortiz Delgado"])
    empty_registry.add_institution(
        InstitutionRecord(12, "Instituto Nacional Electoral", "INE", "MX"), ["INE"]
    )
    extraction = extract_mentions(
        body="Rubén Ortiz Delgado habló del INE.", registry=empty_registry
    )
    assert [(h.id, h.name) for h in extraction.officials] == [(11, "Rubén Ortiz Delgado")]
    assert [(h.id, h.name) for h in extraction.institutions] == [
        (12, "Instituto Nacional Electoral")
    ]
