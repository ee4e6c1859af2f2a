"""A head stacked with no blank line between its lines (the outlet, a section, the
title, a «Por …» line and a date line, each on its own line, over the story): each
line is read as a paragraph of its own, so the outlet is never the title."""

from articles.importing.parsing import parse_bytes
from articles.importing.readers import open_stacked_head

STACKED = """Heraldo del Bajío Norte
Campo
Productores de fresa de Irapuato estrenan centro de acopio refrigerado
Por Leticia Arredondo Salcedo
martes, 9 de abril de 2024 · 10:15 hrs

La Unión de Fresicultores de Irapuato inauguró un centro de acopio con cámaras \
de frío para 300 toneladas, con el que esperan vender directamente a exportadoras.

El presidente de la unión dijo que las cámaras reducirán las mermas a la mitad \
durante la temporada de cosecha.
"""

STACKED_NO_SECTION = """Voz de la Mixteca
Reabren el mercado municipal de Tlaxiaco tras dos años de obra
Por Jacinto Ramírez Bautista
15/02/2022

Los locatarios del mercado municipal regresaron este martes a sus puestos, \
luego de que concluyeran los trabajos de reconstrucción del inmueble.
"""


def test_a_stacked_head_gives_title_byline_date_section_and_outlet():
    article = parse_bytes(STACKED.encode(), source_path="stacked/fresa.txt")
    assert article.title == "Productores de fresa de Irapuato estrenan centro de acopio refrigerado"
    assert [b.name for b in article.bylines] == ["Leticia Arredondo Salcedo"]
    assert article.published_at.date().isoformat() == "2024-04-09"
    assert article.source == "Heraldo del Bajío Norte"
    assert article.section == "Campo"
    assert article.body.startswith("La Unión de Fresicultores de Irapuato")
    assert "durante la temporada de cosecha." in article.body


def test_a_stacked_head_without_a_section():
    article = parse_bytes(STACKED_NO_SECTION.encode(), source_path="stacked/mercado.txt")
    assert article.title == "Reabren el mercado municipal de Tlaxiaco tras dos años de obra"
    assert [b.name for b in article.bylines] == ["Jacinto Ramírez Bautista"]
    assert article.published_at.date().isoformat() == "2022-02-15"
    assert article.body.startswith("Los locatarios del mercado municipal")


def test_lines_without_a_credit_and_a_date_are_no_stacked_head():
    verse = "Luna de octubre\nsobre el río\nse apaga la plaza\nnadie canta\n\nY siguió la noche.\n"
    assert open_stacked_head(verse) == verse
    no_date = "Medio Tal\nSección\nTítulo de la nota aquí\nPor Ana Ruiz\n\nTexto de la nota.\n"
    assert open_stacked_head(no_date) == no_date


# A Markdown release: its header a bar of the office, the bulletin number and a labelled
# date under the «#» title, a dateline opening the first paragraph, «FIN» closing it.
BAR_RELEASE = """# Instituto de Vivienda entrega 80 escrituras en Tlacotalpan

**Instituto Veracruzano de Vivienda Popular** | Boletín 112/2023 | Fecha: 06/09/2023

Tlacotalpan, Veracruz, a 6 de septiembre de 2023.- El Instituto Veracruzano de Vivienda \
Popular entregó 80 escrituras a familias de las colonias ribereñas del municipio.

Las familias esperaban la regularización de sus predios desde hace más de diez años.

FIN
"""


def test_a_labelled_date_is_a_part_of_a_release_header_bar():
    from articles.importing.cleaning.press import header_parts

    assert header_parts("Instituto Tal del Estado | Boletín 12/2023 | Publicado: 3/02/2023") == [
        "Instituto Tal del Estado",
        "Boletín 12/2023",
        "3/02/2023",
    ]


def test_a_markdown_release_under_its_header_bar_is_a_release():
    article = parse_bytes(BAR_RELEASE.encode(), source_path="boletines/escrituras.md")
    assert article.format == "press_release"
    assert article.title == "Instituto de Vivienda entrega 80 escrituras en Tlacotalpan"
    assert article.bulletin_number == "112/2023"
    assert article.issuer == "Instituto Veracruzano de Vivienda Popular"
    assert article.dateline_city == "Tlacotalpan"
    assert article.published_at.date().isoformat() == "2023-09-06"
    assert article.body.startswith("El Instituto Veracruzano de Vivienda Popular entregó")
    assert article.body.rstrip().endswith("desde hace más de diez años.")
    assert "FIN" not in article.body
