"""Wire mastheads around the title: a kicker in a paragraph of its own over the title
(in any case, under the outlet's line or alone), an outlet's line carrying a station's
dial and a newscast's name, an edition number or an agency's slug with its section,
a writer's name between dashes, a format label glued before the title, and the outlet
named only by the copyright line closing the story."""

import pytest

from articles.importing.cleaning import clean_title
from articles.importing.cleaning.outlets import copyright_holder, outlet_with_tagline
from articles.importing.parsing import parse_bytes
from articles.importing.readers.wire import split_byline_line

from .conftest import local

BODY = (
    "La obra comenzó este lunes con la demolición de la banqueta norte y durará cuatro "
    "meses, informó el Ayuntamiento en un comunicado.\n\n"
    "Los comerciantes de la zona pidieron que los trabajos se hagan de noche para no "
    "perder clientes durante la temporada alta.\n"
)


def read(text: str):
    return parse_bytes(text.encode(), source_path="nota.md")


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


def test_a_kicker_in_ordinary_case_over_a_heading_title_is_the_section():
    article = read(
        "Obras urbanas\n\n"
        "## Ensanchan la avenida principal de Villa Arista\n\n"
        "**Por Rosalía Benavides Ortega**\n"
        "*Mirador Potosino* — Villa Arista, S.L.P. | Marzo 4, 2021\n\n" + BODY
    )
    assert article.format == "wire"
    assert article.title == "Ensanchan la avenida principal de Villa Arista"
    assert article.section == "Obras urbanas"
    assert names(article) == ["Rosalía Benavides Ortega"]
    assert article.source == "Mirador Potosino"
    assert article.published_at == local(2021, 3, 4)
    assert article.body.startswith("La obra comenzó")


def test_a_short_line_over_an_unsigned_heading_title_is_no_kicker():
    article = read("Pendiente\n\n## Ensanchan la avenida principal de Villa Arista\n\n" + BODY)
    assert article.format != "wire"
    assert article.section == ""


def test_an_outlet_in_capitals_a_kicker_and_a_writer_between_dashes():
    article = read(
        "LA CAMPANA SERRANA\n"
        "Creel, Chih. — Martes 9 de Abril de 2013\n\n"
        "Barrancas\n\n"
        "Ensanchan la avenida principal de Creel antes de la temporada alta\n\n"
        "—Octavio Ruelas Barraza—\n\n" + BODY + "\nSuscríbete a La Campana Serrana impresa.\n"
    )
    assert article.format == "wire"
    assert article.title == "Ensanchan la avenida principal de Creel antes de la temporada alta"
    assert article.section == "Barrancas"
    assert names(article) == ["Octavio Ruelas Barraza"]
    assert article.published_at == local(2013, 4, 9)
    # The name in capitals on the masthead, as the text prints it elsewhere.
    assert article.source == "La Campana Serrana"


def test_an_outlet_in_capitals_stays_so_when_the_text_never_spells_it_otherwise():
    article = read(
        "LA CAMPANA SERRANA\nMartes 9 de Abril de 2013\n\n"
        "Ensanchan la avenida principal de Creel\n\nPor Octavio Ruelas Barraza\n\n" + BODY
    )
    assert article.source == "LA CAMPANA SERRANA"


def test_a_radio_stations_line_with_its_dial_and_a_newscasts_name():
    article = read(
        "Onda Lagunera 94.5 FM · Noticias en la Mañana\n"
        "Lunes 2 de febrero de 2026 | 07:10\n\n"
        "Ensanchan la avenida principal de Lerdo; cierran un carril\n\n"
        "Por Hilda Cepeda Rangel y Tomás Aguirre Luna\n\n" + BODY
    )
    assert article.format == "wire"
    assert article.source == "Onda Lagunera 94.5 FM"
    assert names(article) == ["Hilda Cepeda Rangel", "Tomás Aguirre Luna"]
    assert article.published_at.date() == local(2026, 2, 2).date()
    assert article.section == ""


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Onda Lagunera 94.5 FM · Noticias en la Mañana", "Onda Lagunera 94.5 FM"),
        ("Estéreo Cumbres | Noticias del Valle", "Estéreo Cumbres"),
        ("Onda Lagunera 94.5 FM · Rosalía Benavides Ortega", ""),  # a person, no motto
        ("Rosalía Benavides | Los Mochis del Norte", ""),  # no outlet first
    ],
)
def test_a_motto_in_title_case_holds_an_outlets_word(line, outlet):
    assert outlet_with_tagline(line) == outlet


def test_a_kicker_under_an_outlet_line_with_an_edition_number():
    article = read(
        "Semanario El Puente — Edición 208\n\n"
        "Frontera\n\n"
        "**Ensanchan la avenida principal de Nogales**\n\n"
        "Texto y fotos: Adela Quijada Ruiz\n"
        "Publicado el jueves 5 de junio de 2014\n\n" + BODY
    )
    assert article.source == "Semanario El Puente"
    assert article.section == "Frontera"
    assert article.location == ""
    assert names(article) == ["Adela Quijada Ruiz"]


def test_an_agencys_slug_line_gives_the_section_and_its_byline_the_agencys_name():
    article = read(
        "ANS | Servicio regional | Infraestructura\n"
        "Mexicali, martes 6 de junio de 2023\n\n"
        "Ensanchan la avenida principal de Mexicali\n\n"
        "Rosalía Benavides Ortega / Agencia Noticiosa del Sur\n\n"
        "MEXICALI, B.C. (ANS).- " + BODY
    )
    assert article.format == "wire"
    assert article.section == "Infraestructura"
    assert article.source == "Agencia Noticiosa del Sur"
    assert names(article) == ["Rosalía Benavides Ortega"]
    assert article.body.startswith("La obra comenzó")


def test_an_agencys_acronym_alone_on_its_service_line_stays_as_written():
    article = read(
        "ANS - Servicio regional\nTítulo: Ensanchan la avenida principal de Mexicali\n"
        "Fecha: 06/06/2023\nFirma: Rosalía Benavides Ortega\n\n" + BODY
    )
    assert article.source == "ANS"


def test_an_agencys_acronym_beside_its_full_name_gives_the_full_name():
    article = read(
        "Infraestructura\n\n"
        "# Ensanchan la avenida principal de Mexicali\n\n"
        "ANS — Agencia Noticiosa del Sur\n"
        "Por Rosalía Benavides Ortega | 06-06-2023\n\n"
        "MEXICALI, B.C., 6 de junio de 2023 (ANS).- " + BODY
    )
    assert article.format == "wire"
    assert article.title == "Ensanchan la avenida principal de Mexicali"
    assert article.section == "Infraestructura"
    assert article.source == "Agencia Noticiosa del Sur"
    assert names(article) == ["Rosalía Benavides Ortega"]
    assert article.published_at == local(2023, 6, 6)
    assert article.body.startswith("La obra comenzó")


def test_a_kicker_in_capitals_over_a_plain_title_and_a_co_byline_with_the_outlet():
    article = read(
        "OBRAS EN LA CAPITAL\n"
        "Ensanchan la avenida principal de Mexicali\n"
        "Rosalía Benavides Ortega y Tomás Urquidi Peña | Heraldo del Desierto\n"
        "06.06.2023 | 08:15 hrs\n\n" + BODY
    )
    assert article.format == "wire"
    assert article.title == "Ensanchan la avenida principal de Mexicali"
    assert article.section == "OBRAS EN LA CAPITAL"
    assert names(article) == ["Rosalía Benavides Ortega", "Tomás Urquidi Peña"]
    assert article.source == "Heraldo del Desierto"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("—Octavio Ruelas Barraza—", ("Octavio Ruelas Barraza",)),
        ("– Adela Quijada Ruiz –", ("Adela Quijada Ruiz",)),
    ],
)
def test_a_writers_name_between_dashes_is_a_byline(line, authors):
    assert split_byline_line(line).authors == authors


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("VIDEO | Ensanchan la avenida", "Ensanchan la avenida"),
        ("Video | Ensanchan la avenida", "Ensanchan la avenida"),
        ("[GALERÍA] Así luce la avenida", "Así luce la avenida"),
        ("EN VIVO: Sesión del Cabildo", "Sesión del Cabildo"),
        ("Video: así luce la avenida", "Video: así luce la avenida"),  # a sentence's colon
        ("Videovigilancia llega a la avenida", "Videovigilancia llega a la avenida"),
    ],
)
def test_a_format_label_before_the_title_is_not_the_title(raw, title):
    assert clean_title(raw) == title


def test_the_copyright_line_names_the_outlet_nothing_else_names():
    article = read(
        "# VIDEO | Ensanchan la avenida principal de Loreto\n\n"
        "Autor: Rosalía Benavides Ortega\n"
        "Publicado: 03 marzo, 2024 - 09:15 a. m.\n\n" + BODY + "\n"
        "🔔 Activa las notificaciones de nuestra app.\n"
        "Crónica de Loreto © 2024. Todos los derechos reservados.\n"
    )
    assert article.title == "Ensanchan la avenida principal de Loreto"
    assert article.source == "Crónica de Loreto"
    assert "derechos" not in article.body


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("Crónica de Loreto © 2024. Todos los derechos reservados.", "Crónica de Loreto"),
        ("© 2022 Diario del Valle. Todos los derechos reservados.", "Diario del Valle"),
        ("Copyright 2021-2023 El Heraldo Costeño", "El Heraldo Costeño"),
        ("© 2024 Todos los derechos reservados.", ""),
        ("Rosalía Benavides © 2024", ""),  # a person's
        ("La obra comenzó este lunes © 2024", ""),
    ],
)
def test_copyright_holder(line, holder):
    assert copyright_holder(line) == holder
