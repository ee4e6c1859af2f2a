"""Web copy of TV and radio newsrooms: player captions, the newscast a report ran in,
«Nota de:» bylines, a desk credit with the outlet's name, dial frequencies in a
station's name, a state's name as the regional section, schedule pitches (invented
text throughout)."""

import pytest

from articles.importing.cleaning import strip_boilerplate
from articles.importing.cleaning.broadcast import (
    cut_inline_captions,
    drop_program_parts,
    is_player_caption,
    is_program_name,
)
from articles.importing.cleaning.chrome import strip_chrome
from articles.importing.cleaning.names import BY_START
from articles.importing.cleaning.outlets import outlet_name
from articles.importing.cleaning.placement import is_state_name
from articles.importing.parsing import parse_bytes

LEDE = (
    "La Comisión Estatal del Agua inició este jueves la limpieza del canal de riego que "
    "abastece a los ejidos del valle, luego de que vecinos reportaran basura acumulada."
)
MIDDLE = (
    "Los trabajos durarán dos semanas y se realizarán con maquinaria del municipio. "
    "Los ejidatarios pidieron que se repita la limpieza antes de la temporada de lluvias."
)
CLOSE = "El organismo pidió a la población no arrojar desechos al cauce."


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=f"lote/{name}")


@pytest.mark.parametrize(
    "line",
    [
        "▶ VIDEO | Así trabajan las cuadrillas en el canal (2:05)",
        "[VIDEO] Vecinos muestran la basura acumulada · Duración 1:12",
        "🎥 VIDEO: Así quedó el canal tras la limpieza",
        "[AUDIO] Entrevista con el director del organismo",
        "🎧 Escucha la nota completa en nuestra emisión del mediodía",
        "Mira el video completo",
    ],
)
def test_a_player_caption_is_known_by_its_marks(line):
    assert is_player_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "VIDEO: Captan a un venado en la carretera a la sierra",  # a headline
        "Video muestra el momento del derrumbe en la mina",
        "El video fue grabado por un vecino.",
    ],
)
def test_a_headline_about_a_video_is_no_caption(line):
    assert not is_player_caption(line)


@pytest.mark.parametrize(
    "part",
    [
        "Noticiero Vespertino Canal 40",
        "Segunda Emisión con Laura Téllez",
        "Telediario Sierra Mediodía",
        "Programa: La Mañana en el Valle",
        "Edición: Telediario Sierra Nocturno",
        "Visto en Noticiero Estelar, 21:30 h",
        "EN VIVO | Noticiero Matutino del Valle",
        "«Informativo de la Tarde»",
    ],
)
def test_a_newscast_is_known_by_its_words(part):
    assert is_program_name(part)


@pytest.mark.parametrize(
    "part",
    [
        "Arranca la segunda edición del programa de becas",  # a headline, sentence case
        "AGENCIA MATUTINA DE NOTICIAS",  # an agency's name
        "Radio Noticias Primera",  # a station's name
        "Edición: impresa",  # a paper's edition
        "Programa Estatal de Vivienda",  # an office's program, no label
        "Diario del Valle",
    ],
)
def test_an_outlet_or_a_headline_is_no_newscast(part):
    assert not is_program_name(part)


def test_the_newscast_part_of_a_byline_line_goes_and_the_rest_stays():
    line = "Nota de: Laura Téllez Ibarra | Noticiero Canal 40 Edición Nocturna"
    assert drop_program_parts(line) == (
        "Nota de: Laura Téllez Ibarra",
        ["Noticiero Canal 40 Edición Nocturna"],
    )
    assert drop_program_parts("Radio Valle 1240 AM — «Informativo de la Tarde»") == (
        "Radio Valle 1240 AM",
        ["«Informativo de la Tarde»"],
    )
    assert drop_program_parts("Por Laura Téllez | El Sol del Valle") == (
        "Por Laura Téllez | El Sol del Valle",
        [],
    )


def test_a_caption_glued_inside_a_paragraph_is_cut():
    paragraph = f"{MIDDLE} [VIDEO: Las cuadrillas retiran lodo · 0:48] {CLOSE}"
    assert cut_inline_captions(paragraph) == (
        f"{MIDDLE} {CLOSE}",
        ["[VIDEO: Las cuadrillas retiran lodo · 0:48]"],
    )
    linked = "Consulte el [video del recorrido](https://ejemplo.example/v) en el sitio."
    assert cut_inline_captions(linked) == (linked, [])


def test_the_head_of_a_station_page_loses_its_player_and_newscast_lines():
    text = (
        "Canal 40 del Valle\n\nLimpian el canal de riego del valle\n\n"
        "▶ VIDEO | Así trabajan las cuadrillas (2:05)\n\n"
        "Nota de: Laura Téllez Ibarra\nVisto en Noticiero Estelar, 21:30 h\n\n"
        f"{LEDE}\n"
    )
    cleaned, chrome = strip_chrome(text)
    assert "VIDEO" not in cleaned and "Noticiero" not in cleaned
    assert "Nota de: Laura Téllez Ibarra" in cleaned
    assert "Visto en Noticiero Estelar, 21:30 h" in chrome.removed


def test_a_video_headline_is_kept_at_the_top_of_the_page():
    text = f"🎥 VIDEO: Así quedó el canal tras la limpieza\n\n{LEDE}\n"
    assert strip_chrome(text)[0] == text


@pytest.mark.parametrize("line", ["Nota de: Laura Téllez", "Reportó: Laura Téllez"])
def test_a_stations_byline_label_opens_a_byline(line):
    assert BY_START.match(line)


def test_a_dial_frequency_is_part_of_a_stations_name():
    assert outlet_name("Frecuencia Valle 101.3 Noticias") == "Frecuencia Valle 101.3 Noticias"
    assert outlet_name("101.3 Noticias") == ""  # a figure never opens the name


@pytest.mark.parametrize("name", ["Quintana Roo", "NUEVO LEÓN", "Estado de México"])
def test_a_states_name_is_known(name):
    assert is_state_name(name)


def test_a_schedule_pitch_closing_a_station_story_goes():
    paragraphs = [
        MIDDLE,
        "Mira la emisión completa de Noticias del Valle a las 14:00 y 21:00 h.",
        "Escucha Primera Emisión de lunes a viernes a las 7:00 h por el 1240 AM.",
        f"{CLOSE} ¡Únete a nuestro canal de WhatsApp y recibe las noticias al momento!",
    ]
    kept, _credit, _source, removed = strip_boilerplate(paragraphs)
    assert kept == [MIDDLE, CLOSE]
    assert len(removed) == 3


def test_a_sentence_about_a_broadcast_is_no_pitch():
    sentence = "La audiencia sigue la transmisión de los debates desde el auditorio municipal."
    assert strip_boilerplate([sentence])[0] == [sentence]


def test_a_station_story_reads_as_wire_copy():
    text = (
        "Canal 40 del Valle | Noticias\nSinaloa\n\n"
        "Limpian el canal de riego que abastece a los ejidos del valle\n\n"
        "[VIDEO] Cuadrillas retiran basura del cauce · Duración 1:40\n\n"
        "Nota de: Laura Téllez Ibarra | Noticiero Canal 40 Edición Nocturna\n"
        "Culiacán, Sin., 14 de marzo de 2024 · 20:10 h\n\n"
        f"{LEDE}\n\n{MIDDLE} [VIDEO: Las cuadrillas retiran lodo · 0:48] {CLOSE}\n\n"
        "Mira la emisión completa de Noticias Canal 40 a las 21:00 h.\n"
    )
    article = read(text)
    assert article.format == "wire"
    assert article.title == "Limpian el canal de riego que abastece a los ejidos del valle"
    assert article.source == "Canal 40 del Valle"
    assert article.section == "Sinaloa"
    assert article.published_at.date().isoformat() == "2024-03-14"
    assert [b.name for b in article.bylines] == ["Laura Téllez Ibarra"]
    assert article.body.startswith("La Comisión Estatal del Agua")
    assert article.body.endswith(CLOSE)
    for gone in ("VIDEO", "Noticiero", "Mira la emisión"):
        assert gone not in article.body


def test_a_desk_credit_with_the_outlets_name_names_no_one():
    text = (
        "## Limpian el canal de riego que abastece a los ejidos del valle\n\n"
        "*Radio Valle Noticias* | 14 de marzo de 2024 | Programa: La Mañana en el Valle\n\n"
        "Por Staff Radio Valle\n\n"
        f"{LEDE}\n\n{CLOSE}\n"
    )
    article = read(text, "nota.md")
    assert article.bylines == ()
    assert article.source == "Radio Valle Noticias"
    assert "Programa" not in article.body and "Staff" not in article.body


def test_a_radio_script_published_as_read_loses_its_cues_labels_and_greeting():
    article = parse_bytes(
        (
            'RADIO LAGUNA VERDE - NOTICIERO "AMANECER RIBEREÑO"\n\n'
            "Guion adaptado para la página web\n\n"
            "Vecinos de El Carrizal reparan el puente colgante con sus propias manos\n\n"
            "Información: Hermelinda Cárdenas Ortiz\n"
            "Transmitido el 4 de marzo de 2019, emisión de las 6:30 horas\n\n"
            "(ENTRA RÚBRICA DEL NOTICIERO)\n\n"
            "LOCUTOR: Muy buenos días, ribera del lago, son las seis y media.\n\n"
            f"LOCUTORA: {LEDE}\n\n"
            "(INSERTO 2: AUDIO COMISARIO, 0:41)\n\n"
            f"LOCUTOR: {MIDDLE}\n\n"
            f"LOCUTORA: {CLOSE}\n\n"
            "(SALE RÚBRICA)\n"
        ).encode(),
        source_path="radio/puente.txt",
    )
    assert article.title == (
        "Vecinos de El Carrizal reparan el puente colgante con sus propias manos"
    )
    assert article.published_at.date().isoformat() == "2019-03-04"
    assert [b.name for b in article.bylines] == ["Hermelinda Cárdenas Ortiz"]
    assert article.source.casefold() == "radio laguna verde"  # its case is decided elsewhere
    assert article.body.startswith("La Comisión Estatal del Agua")
    for gone in ("ENTRA", "INSERTO", "LOCUTOR", "buenos días", "Guion", "SALE"):
        assert gone not in article.body


def test_one_bracketed_aside_in_capitals_in_a_story_stays():
    article = parse_bytes(
        (
            "## Reabren el canal de riego\n\n**Radio Laguna Verde** | 4 de marzo de 2019\n\n"
            f"{LEDE}\n\n(SIGUE LA OBRA)\n\n{CLOSE}\n"
        ).encode(),
        source_path="radio/canal.md",
    )
    assert "(SIGUE LA OBRA)" in article.body


def test_a_program_word_with_its_quoted_name_is_a_program():
    assert is_program_name('NOTICIERO "TARDES DEL VALLE"')
    assert drop_program_parts('RADIO ALTIPLANO - NOTICIERO "TARDES DEL VALLE"')[0] == (
        "RADIO ALTIPLANO"
    )


def test_a_stations_name_with_its_dial_and_motto_over_the_date_gives_the_outlet():
    article = parse_bytes(
        (
            "🔴 #ÚLTIMAHORA | Se desborda el arroyo Seco y cierra el paso a tres rancherías\n\n"
            "Radio Cañada 101.5 FM · La voz de la sierra\n"
            "2 de julio de 2020 · 🌎\n\n"
            "Reporta: Eusebio Morán Luna\n\n"
            f"{LEDE}\n\n{MIDDLE}\n\n"
            "Seguiremos informando desde la cabina. Si tienes información de tu ranchería, "
            "mándanos un mensaje.\n\n"
            "*Radio Cañada transmite por el 101.5 FM y en línea en radiocanada.example.mx*\n"
        ).encode(),
        source_path="radio/arroyo.txt",
    )
    assert article.title == "Se desborda el arroyo Seco y cierra el paso a tres rancherías"
    assert article.published_at.date().isoformat() == "2020-07-02"
    assert [b.name for b in article.bylines] == ["Eusebio Morán Luna"]
    assert article.source == "Radio Cañada 101.5 FM"
    assert "Seguiremos" not in article.body and "transmite" not in article.body
    assert article.body.rstrip().endswith("antes de la temporada de lluvias.")
