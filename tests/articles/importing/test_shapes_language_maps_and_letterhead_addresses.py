"""Shapes brought by importer-cg (Oaxaca, Chiapas, Guerrero), once a development set: a
multilingual site's front-matter field written as a map of language tags («title: {es: …,
en: …}»), a letterhead's postal address and switchboard lines between the office and the
title, a press unit that names the office it speaks for («Coordinación de Comunicación Social
y Vocería del Gobierno del Estado»), a copied page's skip link and links to the neighbouring
posts, a station's menu, and «Reportaje:» as a writer's label. All text invented."""

import re

import pytest

from articles.importing.cleaning import press
from articles.importing.cleaning.boilerplate import is_boilerplate
from articles.importing.cleaning.names import BYLINE_LABELS
from articles.importing.parsing import parse_bytes


def _parse(text: str, name: str = "nota.md"):
    return parse_bytes(text.encode("utf-8"), source_path=f"cases/{name}")


_BODY = (
    "El cabildo aprobó este lunes la compra de dos camiones recolectores para las colonias "
    "del norte de la ciudad, que desde enero reciben el servicio una vez por semana.\n\n"
    "La regidora de servicios públicos dijo que las unidades llegarán antes de las lluvias "
    "y que la ruta nueva se dará a conocer en las agencias municipales.\n"
)


@pytest.mark.parametrize(
    ("title_block", "expected"),
    [
        ('title:\n  es: "Compran dos camiones de basura"\n  en: "Two garbage trucks bought"\n',
         "Compran dos camiones de basura"),
        ('title: {en: "Two garbage trucks bought", es-MX: "Compran dos camiones de basura"}\n',
         "Compran dos camiones de basura"),
        ('titulo:\n  zap: "Guiráa xcamión"\n  spa: "Compran dos camiones de basura"\n',
         "Compran dos camiones de basura"),
        # no Spanish version: the first language's title, never a refusal
        ('title:\n  en: "Two garbage trucks bought"\n  fr: "Deux camions achetés"\n',
         "Two garbage trucks bought"),
    ],
)  # fmt: skip
def test_a_title_written_as_a_map_of_languages_gives_the_spanish_one(title_block, expected):
    text = f'---\nlayout: post\nlang: es\n{title_block}date: "2021-03-04"\n---\n\n{_BODY}'
    article = _parse(text)
    assert article.title == expected
    assert article.body.startswith("El cabildo aprobó")


def test_a_mapping_that_is_no_language_map_is_not_read_as_one():
    # keys that are no language tags: no title from it, the heading gives it
    head = "---\ntitle:\n  tipo: nota\n  orden: 2\n---\n\n"
    text = head + "# Compran dos camiones de basura\n\n" + _BODY
    assert _parse(text).title == "Compran dos camiones de basura"


@pytest.mark.parametrize(
    "line",
    [
        "Palacio Municipal, 2do. piso, Santa Lucía del Camino, Oax.",
        "Ciudad Administrativa, Edificio 7, Nivel 1",
        "Calzada Porfirio Díaz 241, Reforma, Oaxaca, Oax. C.P. 68050",
        "Carretera Federal 190 Km. 3.2, Tuxtla Gutiérrez",
        "Tels. 961 555 0101 y 961 555 0102 | prensa@municipio.example.mx",
        "Conmutador 555-77-00   Fax 555-77-09",
    ],
)
def test_letterhead_address_lines(line):
    assert press.is_letterhead_address(line)


@pytest.mark.parametrize(
    "line",
    [
        "Vecinos de la colonia Reforma piden alumbrado en la calle Pino",
        "Inauguran el nuevo edificio de la clínica rural de Ocotepec",
        "Entregan 120 becas a estudiantes de la Mixteca",
        "La obra costó 3 millones de pesos y se entregará en el km 14 de la carretera federal.",
    ],
)
def test_headlines_and_sentences_are_no_letterhead_address(line):
    assert not press.is_letterhead_address(line)


_RELEASE = """GOBIERNO DEL ESTADO DE TABASCO
COORDINACIÓN GENERAL DE COMUNICACIÓN SOCIAL Y VOCERÍA DEL GOBIERNO DEL ESTADO
Palacio de Gobierno, 3er. piso, Villahermosa, Tabasco
Av. Paseo Tabasco 1504, Col. Tabasco 2000, C.P. 86035
Tel. 993 555 2200 | prensa@tabasco-gob.example.mx

BOLETÍN No. 0277

Entregan tractores a productores de cacao de la Chontalpa

Cárdenas, Tab., 12 de mayo de 2020.- El Gobierno del Estado entregó 40 tractores a \
productores de cacao de la región de la Chontalpa, informó la Secretaría de Desarrollo \
Agropecuario.

Los equipos se repartirán entre 18 cooperativas de Cárdenas, Huimanguillo y Comalcalco, \
que los usarán por turnos durante la temporada de siembra.

-oOo-
"""


def test_a_release_under_a_letterhead_with_its_address_keeps_its_title_and_issuer():
    article = _parse(_RELEASE, "boletin.txt")
    assert article.title == "Entregan tractores a productores de cacao de la Chontalpa"
    assert article.bulletin_number == "0277"
    assert "GOBIERNO DEL ESTADO DE TABASCO" in article.issuer.upper()
    assert "Comunicación Social" not in article.issuer
    assert "Palacio de Gobierno" not in article.body
    assert "C.P. 86035" not in article.body
    assert article.body.startswith("El Gobierno del Estado entregó")


def test_a_press_unit_gives_way_to_the_office_and_alone_gives_the_office_it_names():
    unit = "Coordinación de Comunicación Social y Vocería del Ayuntamiento de Tlacolula"
    assert press.combine_issuer(["H. AYUNTAMIENTO DE TLACOLULA", unit]) != unit
    assert "Comunicación" not in press.combine_issuer([unit])
    assert "Tlacolula" in press.combine_issuer([unit])


@pytest.mark.parametrize(
    "line",
    [
        "Ir al contenido",
        "Saltar al contenido principal",
        "Skip to content",
        "Entrada anterior: Llega la feria del mole a Teotitlán",
        "Entrada siguiente: Concierto de banda en Zaachila",
        "Artículo siguiente › Abren la temporada de tejate",
        "Next post: Rain in the valley",
    ],
)
def test_skip_links_and_neighbouring_post_links_are_chrome(line):
    assert is_boilerplate(line)


def test_a_sentence_about_a_previous_entry_is_kept():
    assert not is_boilerplate(
        "En la entrada anterior del diario de campo contamos cómo llegó el agua a la escuela."
    )


_PAGE = """Ir al contenido
Inicio | Noticias | Programación | Escucha en vivo | Contacto

Vecinos de Yalálag limpian el río antes de la temporada de lluvias

Publicado el 2021-05-09 por Reportaje: Teodora Ruiz Alavez

Más de cien vecinos de Villa Hidalgo Yalálag retiraron el domingo cerca de dos toneladas \
de basura del cauce del río, en una jornada de tequio convocada por la autoridad municipal.

La limpieza se repetirá cada mes hasta octubre, dijo el regidor de ecología, y las \
escuelas llevarán a sus alumnos a recoger plástico en la ribera.

Entrada anterior: Taller de bordado en la casa del pueblo
Entrada siguiente: Cosecha de granada en la Sierra
"""


def test_a_copied_station_page_loses_its_skip_link_menu_and_post_links():
    article = _parse(_PAGE, "radio.md")
    assert article.title == "Vecinos de Yalálag limpian el río antes de la temporada de lluvias"
    assert article.source != "Noticias"
    assert "Entrada anterior" not in article.body
    assert "Entrada siguiente" not in article.body
    assert "Ir al contenido" not in article.body
    assert article.body.rstrip().endswith("a recoger plástico en la ribera.")


def test_reportaje_is_a_writers_label():
    assert any(re.fullmatch(label, "reportaje") for label in BYLINE_LABELS)
