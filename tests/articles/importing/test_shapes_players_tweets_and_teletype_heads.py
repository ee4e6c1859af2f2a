"""Web copy with a video player's controls and a recommendation widget, a pasted post
without its quote marks, a comment form under the story, a stamp between the byline
and a dateline closed by a dash, a correspondent's note to the desk under the «--» of
the signature, teletype heads with their slug and bureau's sign-off, and a kicker that
names the town before the section (invented text throughout)."""

from datetime import date

import pytest

from articles.importing.cleaning.boilerplate import (
    is_chrome_paragraph,
    is_desk_initials,
    is_embedded_post,
)
from articles.importing.cleaning.desk_notes import is_desk_note
from articles.importing.cleaning.embeds import is_embed_chrome
from articles.importing.cleaning.placement import place_kicker
from articles.importing.cleaning.transmission import read_transmission
from articles.importing.parsing import parse_bytes

FIRST = (
    "Productores de limón del valle instalaron este jueves un centro de acopio en la "
    "carretera a la presa, donde venderán su cosecha sin intermediarios."
)
SECOND = "La cooperativa reúne a 140 familias y espera mover 30 toneladas por semana."
THIRD = "Los compradores podrán pagar con transferencia o en efectivo en la báscula."


def read(text: str, name: str = "nota.md"):
    return parse_bytes(text.encode("utf-8"), source_path=f"lote/{name}")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Reproducir video\n0:00 / 3:05\nVideo: Televisora del Valle",
        "Reproducir video\n1:02:10 / 1:20:00",
        "Play video\nAudio: Radio Sierra",
    ],
)
def test_a_video_players_controls_are_chrome(paragraph):
    assert is_embed_chrome(paragraph)


@pytest.mark.parametrize("paragraph", ["Video: Televisora del Valle", "Video: la rueda de prensa"])
def test_a_clips_credit_alone_is_no_players_chrome(paragraph):
    assert not is_embed_chrome(paragraph)


def test_player_and_recommendations_leave_the_story_whole():
    text = (
        "# Limoneros abren centro de acopio en el valle\n\n"
        "Por Rosaura Quintero | Televisora del Valle\n"
        "Publicado el 4 de marzo de 2022, 10:15\n\n"
        "Reproducir video\n0:00 / 2:48\nVideo: Televisora del Valle\n\n"
        f"{FIRST}\n\n{SECOND}\n\n"
        "Recomendados para ti\n- Suben las tarifas del agua en el valle\n"
        "- ¿Dónde vacunar a tu perro este fin de semana?\n\n"
        f"{THIRD}\n"
    )
    article = read(text)
    assert article.body.startswith("Productores de limón")
    for leftover in ("Reproducir video", "0:00", "Video:", "Recomendados", "tarifas", "perro"):
        assert leftover not in article.body
    assert THIRD in article.body


@pytest.mark.parametrize(
    "paragraph",
    [
        "Cerramos el año con 12 mil visitantes en el museo. ¡Gracias! pic.twitter.com/abc123\n"
        "— Museo del Valle (@MuseoValleEj) December 30, 2019",
        "Arranca la vacunación en la sierra 💉\n— Ana Rivas (@anarivas_ej) 3 de mayo de 2021",
    ],
)
def test_a_post_pasted_without_quote_marks_is_an_embed(paragraph):
    assert is_embedded_post(paragraph)


def test_a_sentence_that_names_an_account_stays():
    paragraph = (
        "El museo informó en su cuenta (@MuseoValleEj) que abrirá los lunes a partir de "
        "enero, cuando concluya la obra en la sala principal."
    )
    assert not is_embedded_post(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "### Comentarios (3)\nInicia sesión para comentar.",
        "Comentarios (0)\nRegístrate para dejar un comentario",
        "Sign in to comment",
    ],
)
def test_a_comment_forms_lines_are_chrome(paragraph):
    assert is_chrome_paragraph(paragraph)


def test_a_stamp_between_byline_and_a_dash_closed_dateline():
    text = (
        "# Limoneros abren centro de acopio en el valle\n\n"
        "**Diario del Valle** | Rosaura Quintero, corresponsal | 2022-03-04T10:15:00-06:00\n\n"
        "Publicado hace 2 años\n\n"
        f"Apatzingán, Mich.— {FIRST}\n\n{SECOND}\n\n{THIRD}\n\n"
        "### Comentarios (0)\nInicia sesión para comentar.\n"
    )
    article = read(text)
    assert article.body.startswith("Productores de limón")
    assert "Comentarios" not in article.body and "sesión" not in article.body


def test_a_note_to_the_desk_under_the_signatures_dashes():
    assert is_desk_note("--\nmesa: las fotos van en el siguiente correo. Saludos, Toño")
    assert is_desk_note("mesa: el video va por otro correo")
    assert not is_desk_note("--\nLa mesa directiva votó el acuerdo en el siguiente correo")


def test_a_labelled_story_loses_the_note_under_its_signature():
    text = (
        "CABEZA: Limoneros abren centro de acopio en el valle\n"
        "REPORTERO: Rosaura Quintero Lara\n"
        "FECHA: 04-03-2022\n\n"
        "----- TEXTO -----\n\n"
        f"APATZINGÁN, MICH.- {FIRST}\n\n{SECOND}\n\n{THIRD}\n\n"
        "--\nmesa: las fotos van en el siguiente correo. Saludos\n"
    )
    article = read(text, "nota.txt")
    assert article.body.startswith("Productores de limón")  # the dateline is no body
    assert "APATZINGÁN, MICH.-" in article.removed
    assert article.body.rstrip().endswith("en la báscula.")
    assert "mesa:" not in article.body


@pytest.mark.parametrize("line", ["AVN GDL RQL/mfs", "(AVN) RQL/mfs", "AVN RQL/KIF/mfs"])
def test_a_bureaus_code_in_the_desks_initials(line):
    assert is_desk_initials(line)


def test_the_slug_of_a_teletype_head_gives_the_section():
    text = (
        "AVN0512 2 ECO 0311 MICH\n"
        "04/03/2022 10:15\n"
        "CAMPO-MICH-LIMON\n\n"
        "Limoneros abren centro de acopio en el valle\n\n"
        f"APATZINGÁN, Mich., 4 Mar (AVN).- {FIRST}\n\n{SECOND}\n\n{THIRD}\n\n"
        "AVN APZ RQL/mfs\n-0-\n"
    )
    found = read_transmission(text)
    assert found is not None
    assert found.fields.get("section") == "Campo"
    article = read(text, "nota.txt")
    assert article.section == "Campo"
    assert article.published_at.date() == date(2022, 3, 4)
    assert "RQL/mfs" not in article.body


def test_a_slug_that_opens_with_no_sections_name_gives_none():
    text = (
        "AVN0512 2 ECO 0311 MICH\n04/03/2022 10:15\nMICH-LIMON-ACOPIO\n\n"
        f"Limoneros abren centro de acopio\n\n{FIRST}\n\n{SECOND}\n"
    )
    found = read_transmission(text)
    assert found is not None and "section" not in found.fields


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("APATZINGÁN | Campo", "Campo"),
        ("LÁZARO CÁRDENAS | Puerto", "Puerto"),
        ("DEPORTES | Béisbol", ""),  # two levels of sections: the first is read elsewhere
        ("EL LIMONERO | Noticias", ""),  # an outlet's name, then a motto
        ("Apatzingán | Campo", ""),  # the town is in capitals when it is one
        ("APATZINGÁN | Michoacán", ""),  # a town and its state
    ],
)
def test_a_kicker_that_names_the_town_first(line, section):
    assert place_kicker(line) == section


def test_a_town_and_section_kicker_over_a_signed_story():
    text = (
        "APATZINGÁN | Agro\n\n"
        "Limoneros abren centro de acopio en el valle\n\n"
        "Por Rosaura Quintero Lara\nDiario del Valle\nViernes, 04/03/2022 - 10:15\n\n"
        f"{FIRST}\n\n{SECOND}\n\n{THIRD}\n"
    )
    article = read(text, "nota.txt")
    assert article.section == "Agro"
    assert article.title == "Limoneros abren centro de acopio en el valle"


def test_an_office_under_two_names_over_a_dateline_and_a_plain_title():
    text = (
        "COMISIÓN ESTATAL DEL AGUA - CUENCAS DEL VALLE DE APATZINGÁN\n"
        "Unidad de Comunicación Social\n\n"
        "COMUNICADO DE PRENSA\nNúmero 118/2022\n\n"
        "Apatzingán, Michoacán, 4 de marzo de 2022\n\n"
        "Limoneros abren centro de acopio en el valle\n\n"
        f"{FIRST}\n\n{SECOND}\n\n{THIRD}\n"
    )
    article = read(text, "boletin.txt")
    assert article.title == "Limoneros abren centro de acopio en el valle"
    assert article.bulletin_number == "118/2022"
    assert "Comisión Estatal del Agua" in article.issuer


@pytest.mark.parametrize(
    "line",
    ["Secretaría de Salud - Arranca la campaña de vacunación", "SECRETARÍA DE SALUD -"],
)
def test_a_headline_after_an_offices_dash_is_no_office(line):
    from articles.importing.cleaning.press import is_issuer_line

    assert not is_issuer_line(line)
