"""The state a dateline or a release's letterhead names is kept in the article's location
(``cleaning/places.py``): «Town, State» with the state's full name from the states table
(``people.mentions.states``), abbreviations written out. No figure the importer's gold
scores changes: the issuer stays the office, the dateline city the town. Invented text."""

import pytest

from articles.importing.cleaning.dates import find_dateline, find_place_dateline
from articles.importing.cleaning.press import read_header
from articles.importing.parsing import parse_bytes


def _parse(text: str):
    return parse_bytes(text.encode(), source_path="estado.txt")


@pytest.mark.parametrize(
    ("line", "city", "state"),
    [
        (
            "Felipe Carrillo Puerto, Q. Roo, 2 de febrero de 2026.- Texto",
            "Felipe Carrillo Puerto",
            "Quintana Roo",
        ),
        (
            "Santa Rosalía, B.C.S., 9 de marzo de 2026.- Texto",
            "Santa Rosalía",
            "Baja California Sur",
        ),
        ("Tekax, YUC., a 4 de junio de 2025.- Texto", "Tekax", "Yucatán"),
        (
            "Valle de Santiago, Guanajuato; a 3 de mayo de 2024.- Texto",
            "Valle de Santiago",
            "Guanajuato",
        ),
        ("Ixmiquilpan, 3 de mayo de 2024.- Texto", "Ixmiquilpan", ""),  # no state named
        ("Tonalá, Centro, 3 de mayo de 2024.- Texto", "Tonalá", ""),  # a district, no state
    ],
)
def test_a_datelines_state_is_read_by_the_states_table(line, city, state):
    found = find_dateline(line)
    assert (found.city, found.state) == (city, state)
    assert found.place == (f"{city}, {state}" if state else city)


def test_a_place_dateline_keeps_its_state_too():
    found = find_place_dateline("SAHUAYO, Mich.- Los productores de limón marcharon.")
    assert (found.city, found.state) == ("SAHUAYO", "Michoacán")


@pytest.mark.parametrize(
    ("lines", "state"),
    [
        (
            ["GOBIERNO DEL ESTADO DE BAJA CALIFORNIA SUR", "SECRETARÍA DE TURISMO", "", "TÍTULO"],
            "Baja California Sur",
        ),
        (
            [
                "Gobierno del Estado Libre y Soberano de Nayarit",
                "Instituto de Cultura",
                "",
                "TÍTULO",
            ],
            "Nayarit",
        ),
        (["H. AYUNTAMIENTO DE TLACOACHISTLAHUACA, GUERRERO", "", "TÍTULO"], "Guerrero"),
        (["GOBIERNO DE MÉXICO", "SECRETARÍA DE MARINA", "", "TÍTULO"], ""),  # the country's
        (["Gobierno del Estado de Hidalgo", "", "TÍTULO"], "Hidalgo"),
        (["Ayuntamiento de Hidalgo", "", "TÍTULO"], ""),  # a town's name, no state
    ],
)
def test_a_letterheads_state_is_kept_in_the_header(lines, state):
    assert read_header(lines).state == state


RELEASE = """GOBIERNO DEL ESTADO DE BAJA CALIFORNIA SUR
SECRETARÍA DE DESARROLLO RURAL

Boletín 088

ENTREGA DESARROLLO RURAL SEMILLA DE GARBANZO A EJIDOS DEL VALLE

{dateline} La Secretaría de Desarrollo Rural repartió 40 toneladas de semilla a ejidatarios
que venden su cosecha a empacadoras de Mexicali, Baja California.

El Gobierno del Estado ampliará el programa el próximo ciclo.

-o0o-
"""


@pytest.mark.parametrize(
    ("dateline", "city", "location"),
    [
        # the dateline names the state by its abbreviation: written out
        (
            "Villa Insurgentes, B.C.S., 20 de enero de 2026.-",
            "Villa Insurgentes",
            "Villa Insurgentes, Baja California Sur",
        ),
        # the dateline names none: the letterhead's
        (
            "Villa Insurgentes, 20 de enero de 2026.-",
            "Villa Insurgentes",
            "Villa Insurgentes, Baja California Sur",
        ),
        # the dateline's state over the letterhead's
        (
            "Guerrero Negro, Baja California Sur, 20 de enero de 2026.-",
            "Guerrero Negro",
            "Guerrero Negro, Baja California Sur",
        ),
    ],
)
def test_a_release_keeps_the_state_of_its_dateline_or_letterhead(dateline, city, location):
    article = _parse(RELEASE.format(dateline=dateline))
    assert article.format == "press_release"
    assert article.issuer == "Secretaría de Desarrollo Rural"  # the letterhead stays out
    assert article.dateline_city == city
    assert article.location == location
    assert "Baja California Sur" not in article.body


def test_a_release_with_no_state_anywhere_keeps_no_location():
    article = _parse(
        RELEASE.replace("GOBIERNO DEL ESTADO DE BAJA CALIFORNIA SUR\n", "").format(
            dateline="Villa Insurgentes, 20 de enero de 2026.-"
        )
    )
    assert article.dateline_city == "Villa Insurgentes"
    assert article.location == ""


def test_a_wire_datelines_state_is_written_out_in_the_location():
    article = _parse(
        "## Cierran la carretera por deslaves\n\n"
        "El Vigía del Bravo | 12 de octubre de 2025\n\n"
        "ALLENDE, Coah.- Protección Civil cerró el tramo de la carretera por los deslaves "
        "que dejaron las lluvias de la semana.\n"
    )
    assert article.location == "Allende, Coahuila"
    assert article.body.startswith("Protección Civil cerró")
