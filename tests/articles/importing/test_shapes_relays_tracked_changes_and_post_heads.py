"""Shapes of a newsroom's odd archive copies: a syndicate's envelope around a re-sent
story, a word processor's tracked changes as pandoc writes them, editors' comments in
brackets, a note dictated by phone under a masthead, a copied Instagram post's head and
spacers, and a chat app's emphasis around a title (invented text throughout)."""

import datetime

import pytest

from articles.importing.cleaning.desk_notes import (
    cut_inline_desk_notes,
    is_desk_note,
    is_noted_end,
)
from articles.importing.cleaning.relay import read_relay
from articles.importing.cleaning.text import drop_cms_markup
from articles.importing.cleaning.title_edges import tidy_title
from articles.importing.parsing import parse_bytes

LEDE = (
    "Productores de durazno de la cañada firmaron este lunes un convenio con la unión de "
    "transportistas para llevar la cosecha a la central de abasto sin intermediarios."
)
SECOND = "El convenio fija un flete de 900 pesos por tonelada durante toda la temporada."
CLOSE = "La primera carga saldrá el sábado desde la bodega ejidal de la comunidad."


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=f"lote/{name}")


def test_pandoc_tracked_changes_are_read_accepted_and_comments_dropped():
    text = (
        'Se entregaron [120]{.insertion author="Ana" date="2020-01-02T10:00:00Z"}'
        '[80]{.deletion author="Ana" date="2020-01-02T10:00:00Z"} despensas'
        '[Confirmar con el DIF]{.comment-start id="3" author="Luis"} en la sierra'
        '[]{.comment-end id="3"}. [Dato viejo.]{.deletion author="Ana"}'
    )
    assert drop_cms_markup(text).rstrip() == "Se entregaron 120 despensas en la sierra."


def test_a_bracket_that_is_no_tracked_change_stays():
    text = "Ver [el mapa](https://example.mx) y el rango [3, 5]{.rango}."
    assert drop_cms_markup(text) == text


@pytest.mark.parametrize(
    "note",
    [
        "[ED: ¿de dónde sale la cifra? —MR]",
        "[EDITOR: va en la portada del domingo.]",
        "(OJO MESA: el apellido lleva acento, lo confirmo mañana.)",
        "[[PACO: me falta la versión del comisariado. —P.]]",
    ],
)
def test_an_editors_comment_in_brackets_is_a_desk_note(note):
    assert is_desk_note(note)


def test_an_editors_comment_glued_to_a_paragraph_goes_and_the_sentence_stays():
    paragraph = f"{SECOND} [ED: ¿quién lo dijo? poner cargo. —MR]"
    assert cut_inline_desk_notes(paragraph) == (SECOND, ["[ED: ¿quién lo dijo? poner cargo. —MR]"])


@pytest.mark.parametrize(
    "paragraph",
    ["El alcalde (PRI: Partido Revolucionario Institucional) habló.", "[Foto: Ana Ruiz]"],
)
def test_brackets_that_are_no_editors_comment_stay(paragraph):
    assert not is_desk_note(paragraph)
    assert cut_inline_desk_notes(paragraph)[0] == paragraph


def test_an_end_mark_with_the_dictation_note_is_the_desks():
    assert is_noted_end("FIN — dictó Paco, tomó Lupita, 20:05")
    assert not is_noted_end("Fin de semana largo para los productores de la cañada")


def test_a_dictated_note_under_a_masthead_and_a_desk_line_reads_its_fields():
    text = (
        "Diario La Cañada — Mesa de información\n"
        "NOTA RECIBIDA POR TELÉFONO\n\n"
        "Recibió: Lupita M.\n"
        "Dicta: Francisco Olguín Reyes, corresponsal en Zongolica\n"
        "Fecha: 02/03/2011\n"
        "Sección: Campo\n"
        "Cabeza: Duraznicultores de la cañada venden directo en la central de abasto\n\n"
        f"TEXTO:\n\n{LEDE}\n\n{SECOND}\n\n{CLOSE}\n\nFIN — dictó Paco, tomó Lupita, 20:05\n"
    )
    article = read(text)
    assert article.title == "Duraznicultores de la cañada venden directo en la central de abasto"
    assert [b.name for b in article.bylines] == ["Francisco Olguín Reyes"]
    assert article.section == "Campo"
    assert article.body.startswith("Productores de durazno")
    assert "dictó" not in article.body and "NOTA RECIBIDA" not in article.body


RULE = "=" * 50


def test_a_syndicates_ruled_envelope_goes_and_its_sending_date_dates_the_story():
    text = (
        f"{RULE}\nAGENCIA SURESTE · SERVICIO A SOCIOS\n"
        "Fecha de envío: 04/09/2018 12:30\n"
        "Origen: socio La Voz de la Cañada | 300 palabras\n"
        f"{RULE}\n\nCAMPO\n\n"
        "Duraznicultores de la cañada venden directo en la central de abasto\n\n"
        "Por Francisco Olguín Reyes | La Voz de la Cañada\n\n"
        f"{LEDE}\n\n{SECOND}\n\n{CLOSE}\n\n"
        f"{RULE}\nFIN DEL ENVÍO 812\nMaterial exclusivo para socios.\n{RULE}\n"
    )
    relayed = read_relay(text)
    assert relayed is not None and relayed[1] == {"sent": "04/09/2018"}
    article = read(text)
    assert article.title == "Duraznicultores de la cañada venden directo en la central de abasto"
    assert article.published_at.date() == datetime.date(2018, 9, 4)
    assert article.body.endswith(CLOSE)
    assert "Origen" not in article.body and "ENVÍO" not in article.body


def test_a_relays_prompted_lines_go_and_never_override_the_storys_date():
    text = (
        "SURNET>>> ENVÍO 77 >>> 01-01-2019 09:00 >>> REENVIADO\n"
        "SURNET>>> Fuente: Ayuntamiento de Zongolica\n\n"
        "Duraznicultores de la cañada venden directo en la central de abasto\n\n"
        f"Zongolica, Ver., 30 de diciembre de 2018.- {LEDE}\n\n{SECOND}\n\n{CLOSE}\n\n"
        "SURNET>>> FIN ENVÍO 77\n"
    )
    body, fields, removed = read_relay(text)
    assert body.strip().endswith(CLOSE) and "SURNET" not in body
    assert fields == {"sent": "01-01-2019"} and len(removed) == 3
    assert read(text).published_at.date() == datetime.date(2018, 12, 30)


def test_a_text_opening_with_a_rule_and_no_labelled_head_wears_no_envelope():
    assert read_relay(f"{RULE}\nUn título\n{RULE}\n\n{LEDE}\n") is None


def test_a_copied_instagram_post_loses_its_head_spacers_and_comment_bar():
    text = (
        "lavozcanada_mx • Seguir\nZongolica, Veracruz\n\n"
        "lavozcanada_mx 🍑 | Duraznicultores venden directo en la central de abasto\n.\n"
        f"{LEDE}\n.\n{SECOND}\n.\n{CLOSE}\n.\n"
        "🔗 Nota completa en el link de nuestra bio\n.\n"
        "#Zongolica #Durazno #Campo\nVer traducción\nVer los 7 comentarios\n"
        "412 Me gusta\nAgrega un comentario...\n"
    )
    article = read(text)
    assert article.title == "Duraznicultores venden directo en la central de abasto"
    assert article.body.split("\n\n")[0] == LEDE
    assert article.body.endswith(CLOSE)
    for chrome in ("Seguir", "bio", "Me gusta", "traducción", "comentario"):
        assert chrome not in article.body


@pytest.mark.parametrize(
    ("title", "tidied"),
    [
        ("*Cierran la carretera por deslave*", "Cierran la carretera por deslave"),
        ("_Cierran la carretera por deslave_", "Cierran la carretera por deslave"),
        ("| Cierran la carretera por deslave", "Cierran la carretera por deslave"),
        (
            "Cierran la carretera *otra vez* por deslave",
            "Cierran la carretera *otra vez* por deslave",
        ),
    ],
)
def test_a_titles_chat_emphasis_and_opening_bar_go(title, tidied):
    assert tidy_title(title)[0] == tidied
