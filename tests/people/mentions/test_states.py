"""An article's state comes from the article; state bodies resolve to that state's."""

import datetime

import pytest
from django.utils import timezone

from people.mentions import Registry, extract_mentions, link_article
from people.mentions.institutions import canonical_institution
from people.mentions.states import infer_states, location_town, primary_state
from people.models import Institution
from tests.factories import make_article


@pytest.mark.parametrize(
    ("text", "location", "expected"),
    [
        ("El gobernador de Sonora visitó Hermosillo.", "", "MX-SON"),
        ("Los sonorenses pagarán menos por el agua.", "", "MX-SON"),
        ("La presa abastecerá a Reynosa y Matamoros.", "", "MX-TAM"),
        ("Ocurrió en la avenida Hidalgo de Fresnillo.", "", "MX-ZAC"),  # a street, not a state
        ("Sin lugar alguno.", "Local", "MX-ZAC"),  # the newsroom's own: the article says so
        ("Sin lugar alguno.", "", ""),  # never a default
        ("Sin lugar alguno.", "Mérida, Yucatán", "MX-YUC"),
        ("El progreso de la paz social.", "", ""),  # common words are not places
        ("Viajó a la Ciudad de México y volvió a Zacatecas.", "", "MX-ZAC"),
        ("Los mexiquenses de Ecatepec.", "", "MX-MEX"),
    ],
)
def test_state_of_an_article(text, location, expected):
    assert primary_state(text, location=location, home="MX-ZAC") == expected


def test_states_are_ordered_by_how_much_the_article_cites_them():
    text = "En Durango, el gobernador de Zacatecas se reunió con duranguenses de Durango."
    assert infer_states(text)[:2] == ("MX-DUR", "MX-ZAC")


@pytest.mark.parametrize(
    ("phrase", "state", "expected"),
    [
        ("Gobierno del Estado", "MX-SON", ("Gobierno del Estado de Sonora", "MX-SON")),
        ("Gobierno del Estado", "", None),  # no state: not resolved to any
        (
            "Tribunal Superior de Justicia del Estado",
            "MX-VER",
            ("Tribunal Superior de Justicia del Estado de Veracruz", "MX-VER"),
        ),
        ("Secretaría de Salud", "MX-VER", ("Secretaría de Salud de Veracruz", "MX-VER")),
        (
            "Secretaría de Salud de Tamaulipas",
            "MX-ZAC",
            ("Secretaría de Salud de Tamaulipas", "MX-TAM"),
        ),
        ("Secretaría de Educación Pública", "MX-ZAC", ("Secretaría de Educación Pública", "MX")),
        (
            "Secretaría de Seguridad Pública del Estado",
            "MX-SON",
            ("Secretaría de Seguridad Pública de Sonora", "MX-SON"),
        ),
        ("Secretaría de Salud", "MX-MEX", ("Secretaría de Salud del Estado de México", "MX-MEX")),
        ("Secretaría del Ayuntamiento", "MX-SON", ("Secretaría del Ayuntamiento", "")),
    ],
)
def test_state_bodies_resolve_to_the_articles_state(phrase, state, expected):
    assert canonical_institution(phrase, state) == expected


def names(extraction):
    return {(h.name, h.jurisdiction) for h in extraction.institutions}


def test_extraction_keeps_names_with_a_person_inside_whole():
    extraction = extract_mentions(
        body="El rector de la Universidad Autónoma Benito Juárez de Oaxaca, Luis Ruiz Mora, habló.",
        registry=Registry(),
        jurisdiction="MX-OAX",
    )
    assert ("Universidad Autónoma Benito Juárez de Oaxaca", "MX-OAX") in names(extraction)
    assert extraction.official("Luis Ruiz Mora") is not None


@pytest.mark.django_db
def test_another_states_body_is_not_the_registered_one(people_registry):
    zacatecas_health = Institution.objects.create(name="Secretaría de Salud", jurisdiction="MX-ZAC")
    day = timezone.make_aware(datetime.datetime(2024, 3, 1, 12))
    registry = Registry.load()
    tamaulipas = make_article(
        body="La Secretaría de Salud de Tamaulipas y el Gobierno del Estado informaron en Reynosa.",
        published_at=day,
    )
    zacatecas = make_article(
        body="La Secretaría de Salud informó en Fresnillo.", location="Zacatecas", published_at=day
    )
    link_article(tamaulipas, registry=registry)
    link_article(zacatecas, registry=registry)
    linked = set(tamaulipas.institution_mentions.values_list("institution__name", flat=True))
    assert linked == {"Secretaría de Salud de Tamaulipas", "Gobierno del Estado de Tamaulipas"}
    assert not tamaulipas.institution_mentions.filter(institution=zacatecas_health).exists()
    assert (
        Institution.objects.get(name="Gobierno del Estado de Tamaulipas").jurisdiction == "MX-TAM"
    )
    assert zacatecas.institution_mentions.filter(institution=zacatecas_health).exists()


@pytest.mark.parametrize("acronym", ["", " (JLC)"])
def test_a_body_of_the_state_government_carries_the_articles_state(empty_registry, acronym):
    extraction = extract_mentions(
        title="",
        body=f"La directora de la Junta Local de Caminos{acronym} del Gobierno del Estado, "
        "Rosa Ibáñez Luna, inauguró el tramo en Mazatlán.",
        registry=empty_registry,
        jurisdiction="MX-SIN",
    )
    hit = extraction.official("Rosa Ibáñez Luna")
    assert hit is not None and hit.institution == "Junta Local de Caminos de Sinaloa"


@pytest.mark.django_db
def test_nested_unit_hangs_from_its_body(people_registry):
    article = make_article(
        body=(
            "La titular de la Dirección de Prestaciones Médicas del IMSS, Ana López Pérez, "
            "presentó el plan en Zacatecas."
        ),
        published_at=timezone.make_aware(datetime.datetime(2024, 3, 1, 12)),
    )
    link_article(article, registry=Registry.load())
    unit = Institution.objects.get(name="Dirección de Prestaciones Médicas del IMSS")
    assert unit.parent.acronym == "IMSS"


# A wire story's dateline kept in its location line (session 8) ---------------------------


@pytest.mark.parametrize(
    ("location", "town"),
    [
        ("Celaya, Gto.", "Celaya"),
        ("San Juan del Río, Qro.", "San Juan del Río"),
        ("Tepic", "Tepic"),
        ("Colima", "Colima"),  # a capital named like its state
        ("Nayarit", ""),  # a state is no town
        ("", ""),
    ],
)
def test_the_town_of_a_location_line(location, town):
    assert location_town(location) == town


def test_a_wire_storys_location_is_its_dateline(empty_registry):
    from people.mentions.linking import extract_in_state

    extraction, state = extract_in_state(
        "",
        "",
        (),
        "La presidenta municipal Carolina Yáñez Olmos anunció más patrullas. El regidor "
        "Tomás Ibarra Luna pidió cuentas.",
        location="Celaya, Gto.",
        registry=empty_registry,
        published_on=None,
    )
    assert state == "MX-GUA"
    assert extraction.official("Carolina Yáñez Olmos").institution == "Ayuntamiento de Celaya"
    assert extraction.official("Tomás Ibarra Luna").institution == "Ayuntamiento de Celaya"


def test_a_press_releases_issuer_names_the_articles_state():
    # the importer took the issuer and the dateline out; the text names a university
    # called after a person whose surname is another state's name
    text = (
        "La Secretaría de Turismo informó que 40 alumnos de la Universidad Michoacana de "
        "San Nicolás de Hidalgo apoyaron los módulos."
    )
    assert primary_state(text, issuer="SECRETARÍA DE SALUD DE MICHOACÁN") == "MX-MIC"
    assert primary_state(text) == "MX-HID"
    # a town in the issuer is not enough: only a state's name counts
    assert primary_state("Sin lugar alguno.", issuer="H. Ayuntamiento de Tepic") == ""


@pytest.mark.django_db
@pytest.mark.parametrize("other_state", [True, False])
def test_a_state_body_learns_its_bare_name_only_when_no_other_states_has_it(other_state):
    from people.mentions.store import EntityStore

    if other_state:
        veracruz = Institution.objects.create(name="Secretaría de Salud", jurisdiction="MX-VER")
        veracruz.aliases.create(name="Secretaría de Salud", normalized="secretaria de salud")
    tamaulipas = Institution.objects.create(
        name="Secretaría de Salud de Tamaulipas", jurisdiction="MX-TAM"
    )
    registry = Registry.load()
    EntityStore(registry, "MX-TAM").learn_institution_aliases(
        tamaulipas.pk, ["Secretaría de Salud", "Secretaría de Salud estatal"]
    )
    learned = set(tamaulipas.aliases.values_list("name", flat=True))
    assert "Secretaría de Salud estatal" in learned
    assert ("Secretaría de Salud" in learned) is not other_state


_RELEASE = """GOBIERNO DEL ESTADO DE BAJA CALIFORNIA SUR
SECRETARÍA DE DESARROLLO RURAL

Boletín 088

ENTREGA DESARROLLO RURAL SEMILLA DE GARBANZO A EJIDOS DEL VALLE

{dateline} La Secretaría de Desarrollo Rural repartió 40 toneladas de semilla a ejidatarios
que venden su cosecha a empacadoras de Mexicali, Baja California.

El titular de la dependencia, Saúl Orendáin Lizárraga, dijo que el Gobierno del Estado
ampliará el programa el próximo ciclo.

-o0o-
"""


@pytest.mark.django_db
@pytest.mark.parametrize(
    "dateline",
    [
        "Villa Insurgentes, B.C.S., 20 de enero de 2026.-",  # the dateline's state
        "Villa Insurgentes, 20 de enero de 2026.-",  # the letterhead's, the dateline names none
    ],
)
def test_a_releases_state_bodies_are_its_dateline_or_letterheads_state(dateline):
    # The importer keeps the state in the location («Villa Insurgentes, Baja California
    # Sur»); the text names another state in passing, twice (a city and its name).
    from articles.importing.parsing import parse_bytes

    parsed = parse_bytes(_RELEASE.format(dateline=dateline).encode(), source_path="bcs.txt")
    article = make_article(
        title=parsed.title,
        body=parsed.body,
        published_at=parsed.published_at,
        location=parsed.location,
        dateline_city=parsed.dateline_city,
        issuer=parsed.issuer,
    )
    link_article(article, registry=Registry.load())
    linked = set(article.institution_mentions.values_list("institution__name", flat=True))
    assert "Gobierno del Estado de Baja California Sur" in linked
    assert "Secretaría de Desarrollo Rural de Baja California Sur" in linked
    assert not any(name.endswith("de Baja California") for name in linked)
    assert set(
        Institution.objects.filter(name__in=linked).values_list("jurisdiction", flat=True)
    ) <= {"MX-BCS"}


@pytest.mark.parametrize("tail", ["de ese estado", "de esa entidad", "del mismo estado"])
def test_a_body_of_that_state_is_the_state_named_just_before(empty_registry, tail):
    # the article is Nayarit's; the counterpart's body belongs to the state named before it
    extraction = extract_mentions(
        title="",
        body="La Secretaría de Turismo firmó con su homóloga de Sinaloa, Irma Cota Félix, "
        f"titular de la Secretaría de Turismo {tail}, un convenio. El Gobierno del Estado "
        "aportará tres millones.",
        registry=empty_registry,
        jurisdiction="MX-NAY",
    )
    names = {(h.name, h.jurisdiction) for h in extraction.institutions}
    assert ("Secretaría de Turismo de Sinaloa", "MX-SIN") in names
    assert ("Secretaría de Turismo de Nayarit", "MX-NAY") in names
    assert ("Gobierno del Estado de Nayarit", "MX-NAY") in names
    if tail != "del mismo estado":  # there the title is not read as hers (left as it was)
        official = extraction.official("Irma Cota Félix")
        assert official.institution == "Secretaría de Turismo de Sinaloa"


def test_the_state_named_last_before_a_point():
    from people.mentions.states import last_state_named

    text = "Llegó de Sonora a Culiacán, Sin., y luego habló con la gente de Colima."
    assert last_state_named(text, text.index("Culiacán")) == "MX-SON"
    assert last_state_named(text, text.index("y luego")) == "MX-SIN"
    assert last_state_named(text, len(text)) == "MX-COL"
    assert last_state_named("Sin estado alguno.", 10) == ""


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("B.C.S.", "Baja California Sur"),
        ("Q.Roo", "Quintana Roo"),
        ("YUCATÁN", "Yucatán"),
        ("Edo. Méx.", "Estado de México"),
        ("México", None),  # the country, or a state's short name: no state
        ("Centro", None),
    ],
)
def test_a_state_by_its_name_or_abbreviation(written, name):
    from people.mentions.states import state_named

    found = state_named(written)
    assert (found.name if found else None) == name
