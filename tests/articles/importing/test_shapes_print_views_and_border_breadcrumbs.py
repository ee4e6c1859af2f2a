"""Shapes brought by importer-be's first batch, a development batch: a print view's title
bar and address over the story («Diario X - Versión para imprimir»), its closing bar of
page commands («Comentarios (0) | … | Cerrar ventana»), a CMS's «Town, St. / date» line
under a «Por:» line, breadcrumbs written as Markdown links or starting at the outlet's
name over a «#» title, a writer and her role inside a byline line («Ana Ruiz,
corresponsal»), Mexico's time zones by their legal names, and a release's bulletin number
with a thousands comma, its campus line and its press-room breadcrumb. All text invented."""

from datetime import timedelta, timezone

import pytest

from articles.importing.cleaning import chrome
from articles.importing.cleaning.dates import split_time_zone
from articles.importing.cleaning.press import is_kicker, parse_bulletin_number
from articles.importing.parsing import parse_bytes
from articles.importing.readers.wire import split_byline_line

LEDE = (
    "Vecinos de la colonia Las Palmas denunciaron que el camión recolector no pasa desde "
    "hace tres semanas y que la basura ya ocupa media calle frente a la escuela primaria."
)
SECOND = (
    "El director de Servicios Públicos prometió que una cuadrilla llegará el lunes y que se "
    "revisarán las rutas de todo el sector oriente para evitar que el problema se repita."
)


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode(), source_path=name)


def test_print_view_title_bar_address_and_command_footer_are_chrome():
    article = _parse(
        "La Gaceta de Anáhuac - Versión para imprimir\n"
        "http://www.gacetaanahuac.example.mx/imprimir.php?id=771\n"
        "Inicio > Ciudad\n\n"
        "Se acumula la basura en la colonia Las Palmas\n\n"
        "Por: Benito Quiroga Salazar\n"
        "Anáhuac, N.L. / 21.06.2012 09:15:00\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "Comentarios (3) | Enviar a un amigo | Imprimir | Cerrar ventana\n"
    )
    assert article.title == "Se acumula la basura en la colonia Las Palmas"
    assert article.source == "La Gaceta de Anáhuac"
    assert article.section == "Ciudad"
    assert [b.name for b in article.bylines] == ["Benito Quiroga Salazar"]
    assert article.published_at.date().isoformat() == "2012-06-21"
    assert article.body.startswith("Vecinos de la colonia")
    for phrase in ("imprimir", "Cerrar ventana", "Comentarios", "http"):
        assert phrase not in article.body


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("La Gaceta de Anáhuac - Versión para imprimir", "La Gaceta de Anáhuac"),
        ("El Faro del Golfo | Imprimir", "El Faro del Golfo"),
        ("Se acumula la basura - vecinos piden ayuda", ""),
    ],
)
def test_page_title_bar(line, outlet):
    assert chrome.page_title_bar(line) == outlet


def test_breadcrumb_of_markdown_links():
    line = "[Inicio](https://www.ejemplo.example.mx/) / [Municipios](https://www.ejemplo.example.mx/m/)"
    assert chrome.home_breadcrumb(line) == "Municipios"


def test_outlet_breadcrumb_over_heading_and_writer_with_role():
    article = _parse(
        "Telenorte 8 Sabinas > Región Carbonífera\n\n"
        "# Se acumula la basura en la colonia Las Palmas\n\n"
        "Por Benito Quiroga y Sara Elizondo | Telenorte 8 Sabinas\n"
        "Publicado el 4 de marzo de 2020, 22:40 (hora del Pacífico) · Actualizado el "
        "5 de marzo de 2020, 08:00\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        "nota.md",
    )
    assert article.format == "wire"
    assert article.title == "Se acumula la basura en la colonia Las Palmas"
    assert article.source == "Telenorte 8 Sabinas"
    assert article.section == "Región Carbonífera"
    assert [b.name for b in article.bylines] == ["Benito Quiroga", "Sara Elizondo"]
    assert article.published_at.date().isoformat() == "2020-03-04"


def test_writer_and_role_inside_a_byline_line():
    found = split_byline_line(
        "**El Eco de Múzquiz** | Sara Elizondo Garza, corresponsal | 2018-05-02T10:00:00-05:00"
    )
    assert found is not None and found.source == "El Eco de Múzquiz"
    assert found.authors and "Sara Elizondo Garza" in found.authors[0]
    assert found.location == ""


@pytest.mark.parametrize(
    "text, hours",
    [
        ("4 de marzo de 2020, 22:40 (hora del Pacífico)", -7),
        ("4 de marzo de 2020, 22:40, tiempo del noroeste", -8),
        ("4 de marzo de 2020, 22:40 (hora del sureste)", -5),
    ],
)
def test_mexican_zones_by_legal_name(text, hours):
    head, zone = split_time_zone(text)
    assert head.endswith("22:40") and zone == timezone(timedelta(hours=hours))


@pytest.mark.parametrize(
    "line, number",
    [("Boletín núm. 2,318", "2,318"), ("Boletín No. 1,102", "1,102")],
)
def test_bulletin_number_with_thousands_comma(line, number):
    assert parse_bulletin_number(line) == number


@pytest.mark.parametrize(
    "line", ["Sala de Prensa › Boletines", "Campus Ensenada", "Plantel Valle de las Palmas"]
)
def test_press_room_breadcrumb_and_campus_lines_are_header_kickers(line):
    assert is_kicker(line)


def test_release_under_campus_line_keeps_its_title():
    article = _parse(
        "INSTITUTO TECNOLÓGICO DE SAN LUIS RÍO COLORADO\n"
        "Campus Norte\n"
        "Sala de Prensa › Boletines\n\n"
        "Boletín núm. 2,318\n\n"
        "Estudiantes diseñan un filtro solar para pozos del valle\n\n"
        "San Luis Río Colorado, Sonora, a 2 de abril de 2016.- "
        f"{LEDE}\n\n{SECOND}\n\n-oOo-\n"
    )
    assert article.format == "press_release"
    assert article.title == "Estudiantes diseñan un filtro solar para pozos del valle"
    assert article.bulletin_number == "2,318"


def test_release_posted_stamp_and_issuer_under_the_title():
    article = _parse(
        "Inicio / Sala de prensa / Boletines\n\n"
        "# Rehabilitan el mercado municipal de Frontera\n\n"
        "Publicado el 12/03/2018 por Comunicación Social\n\n"
        "**Municipio de Frontera**\n"
        "**Boletín 2018-0233**\n\n"
        f"Frontera, Coah.- {LEDE}\n\n{SECOND}\n\no-o-o\n",
        "boletin.md",
    )
    assert article.format == "press_release"
    assert article.title == "Rehabilitan el mercado municipal de Frontera"
    assert article.published_at.date().isoformat() == "2018-03-12"
    assert article.issuer == "Municipio de Frontera"
    assert article.bulletin_number == "2018-0233"
    assert "Publicado el" not in article.body and "Boletín" not in article.body


def test_telegram_desktop_copy_of_an_office_channel():
    article = _parse(
        "Secretaría de Seguridad Pública de Sonora, [11.09.23 18:05]\n"
        "[Forwarded from SSP Región Sur]\n"
        "COMUNICADO SSP-0877/2023\n\n"
        "ASEGURAN CARGAMENTO DE MADERA SIN PERMISOS EN ÁLAMOS\n\n"
        f"Álamos, Sonora, 11 de septiembre de 2023.- {LEDE}\n\n{SECOND}\n\n"
        "👁 1.3K  edited 18:09\n"
    )
    assert article.format == "press_release"
    assert article.title == "ASEGURAN CARGAMENTO DE MADERA SIN PERMISOS EN ÁLAMOS"
    assert article.issuer == "Secretaría de Seguridad Pública de Sonora"
    assert article.bulletin_number == "SSP-0877/2023"
    assert article.published_at.date().isoformat() == "2023-09-11"
    for phrase in ("Forwarded", "edited", "1.3K"):
        assert phrase not in article.body
