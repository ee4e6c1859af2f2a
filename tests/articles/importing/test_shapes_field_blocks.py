"""A block of labelled fields over the story (a CMS export's, an agency's, a
template's), a print page's running head and page jumps, a lone «Fuente:» over a
repost, a player's caption over a radio story and a Jekyll post's own date key:
invented texts, asserting what an editor sees."""

from datetime import date

from articles.importing.cleaning.boilerplate import is_chrome_line
from articles.importing.cleaning.field_block import (
    is_page_furniture,
    read_field_block,
    running_head,
)
from articles.importing.parsing import parse_bytes


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


FIELD_BLOCK = (
    "SECCIÓN: Campo\n"
    "TITULAR: Productores de nuez de Jiménez esperan cosecha récord este año\n"
    "FIRMA: Por Leonor Castañeda Ruelas\n"
    "MEDIO: El Vigía del Desierto\n"
    "FECHA: 03/10/2021 09:15\n"
    "CLAVE: VD-CAM-1003-22\n"
    "RESUMEN: Esperan levantar 12 mil toneladas.\n"
    "TEXTO:\n"
    "Los nogaleros de la región sur del estado prevén una cosecha de 12 mil toneladas, "
    "la mayor en una década, informó la asociación local.\n"
    "\n"
    "Las lluvias de agosto favorecieron el llenado de la nuez, dijeron los productores.\n"
)


def test_a_block_of_fields_gives_the_title_byline_date_outlet_and_section():
    article = read(FIELD_BLOCK)
    assert article.title == "Productores de nuez de Jiménez esperan cosecha récord este año"
    assert names(article) == ["Leonor Castañeda Ruelas"]
    assert article.published_at.date() == date(2021, 10, 3)
    assert article.source == "El Vigía del Desierto"
    assert article.section == "Campo"
    assert article.deck == "Esperan levantar 12 mil toneladas."
    assert article.body.startswith("Los nogaleros de la región sur")
    assert "CLAVE" not in article.body and "TEXTO" not in article.body


def test_english_labels_and_a_rule_under_the_block():
    text = (
        "AGENCY: Northline Wire\n"
        "HEADLINE: Exportaciones de aguacate crecen 9% en el primer trimestre\n"
        "BYLINE: Mark Ellison\n"
        "DATE: 2022-04-11\n"
        "PRIORITY: Normal\n"
        "==========================\n"
        "\n"
        "Las exportaciones de aguacate de Michoacán sumaron 410 mil toneladas en el "
        "trimestre, según la asociación de empacadores.\n"
    )
    article = read(text)
    assert article.title == "Exportaciones de aguacate crecen 9% en el primer trimestre"
    assert names(article) == ["Mark Ellison"]
    assert article.published_at.date() == date(2022, 4, 11)
    assert "PRIORITY" not in article.body and "=====" not in article.body


def test_two_labelled_lines_are_no_block():
    assert read_field_block("Fecha: 3 de mayo\nAutor: Ana Ruiz\n\nTexto de la nota.\n") is None


def test_a_lone_source_line_over_a_repost_is_no_title():
    text = (
        "Fuente: Voz de la Cañada (https://vozcanada-ej.mx/local/2018/puente)\n"
        "\n"
        "REABREN EL PUENTE DE LA CAÑADA TRAS SEIS MESES DE OBRAS\n"
        "\n"
        "Por Rigoberto Almanza Félix\n"
        "\n"
        "CAÑADA DE NEGROS, Gto., 2 de marzo de 2018.— El puente vehicular volvió a "
        "abrirse al tránsito este viernes, informó el ayuntamiento.\n"
    )
    article = read(text)
    assert article.title == "REABREN EL PUENTE DE LA CAÑADA TRAS SEIS MESES DE OBRAS"
    assert names(article) == ["Rigoberto Almanza Félix"]
    assert article.source == "Voz de la Cañada"


def test_an_agency_service_line_names_the_source():
    text = (
        "NORTHLINE WIRE - SERVICIO EN ESPAÑOL\n"
        "Reventa autorizada a: Editora del Pacífico\n"
        "-----------------------------------\n"
        "\n"
        "Suben 4% las ventas de autos usados en el noroeste\n"
        "\n"
        "Por Carla Benítez\n"
        "\n"
        "HERMOSILLO, 5 mar 2023 (NW) — Las ventas de autos usados crecieron 4% en "
        "febrero, según la asociación de distribuidores.\n"
    )
    article = read(text)
    assert article.title == "Suben 4% las ventas de autos usados en el noroeste"
    assert article.source == "Northline Wire"
    assert "Reventa" not in article.body


def test_a_print_running_head_and_page_jumps():
    head = "La Voz de Mazatlán | Puerto | Martes 4 de junio de 2024 | 3B"
    assert running_head(head) == {
        "source": "La Voz de Mazatlán",
        "section": "Puerto",
        "date": "Martes 4 de junio de 2024",
    }
    assert running_head("Uno | Dos | Tres") is None
    assert is_page_furniture("PASA A LA PÁGINA 4B")
    assert is_page_furniture("Viene de la página 3B")
    assert is_page_furniture("3B")
    assert not is_page_furniture("La obra costó 3 millones.")
    text = (
        f"{head}\n"
        "\n"
        "DRAGAN LA DÁRSENA DEL PUERTO DE MAZATLÁN\n"
        "\n"
        "Por Efraín Lizárraga\n"
        "\n"
        "MAZATLÁN, Sin.- La Administración Portuaria inició el dragado de la dársena.\n"
        "PASA A LA PÁGINA 4B\n"
        "\n"
        "La Voz de Mazatlán | Puerto | Martes 4 de junio de 2024 | 4B\n"
        "\n"
        "VIENE DE LA PÁGINA 3B\n"
        "Los trabajos durarán tres meses.\n"
    )
    article = read(text)
    assert article.title == "DRAGAN LA DÁRSENA DEL PUERTO DE MAZATLÁN"
    assert article.published_at.date() == date(2024, 6, 4)
    assert article.source == "La Voz de Mazatlán"
    assert article.section == "Puerto"
    assert "PÁGINA" not in article.body and "|" not in article.body


def test_a_players_caption_over_a_radio_story_is_chrome():
    assert is_chrome_line("Escucha aquí la nota ▶️")
    assert is_chrome_line("Reproducir esta nota")
    assert not is_chrome_line("Escucha el Congreso a los vecinos de la colonia")


def test_a_jekyll_publication_date_key():
    text = (
        "---\n"
        'title: "Inauguran biblioteca en Tamazunchale"\n'
        'fecha_publicacion: "2020-02-10 09:00:00 -0600"\n'
        "---\n"
        "\n"
        "La biblioteca pública abrió sus puertas este lunes.\n"
    )
    article = read(text, "2020-biblioteca.md")
    assert article.published_at.date() == date(2020, 2, 10)
