"""Credits, dates and leftovers of new houses: a «Por:» alone on its line over the name,
a closing «Reportaron: A y B», a role or a photographer's credit after a bar or a slash,
a name linked to the writer's page, a «con información de …» tail; a headless CMS's
camel-case keys (`authorName`, `heroImageCredit`, `canonicalUrl` with an empty date), a
twelve-hour clock after an ISO day, a CMS desk account whose e-mail domain spells the
outlet; a broadcast script's «EMISIÓN:»/«REDACTÓ:»; an audio player's controls, a mail's
confidentiality notice and its «BAJA» line, notes to the desk, a classified ad after the
story, a print page's rule and jump keyword, initials signing off; a release's number and
dateline in two columns of one header line and a later page's «ACRONYM · Comunicado …».
All text invented."""

import datetime

import pytest

from articles.importing.cleaning.dates import parse_date
from articles.importing.cleaning.embeds import is_embed_line
from articles.importing.cleaning.names import split_bylines
from articles.importing.parsing import parse_bytes

LEDE = (
    "Los productores de nuez de la región reportaron una cosecha menor a la esperada por "
    "las heladas tardías de marzo, que dañaron la floración de miles de árboles."
)
SECOND = (
    "La asociación local pidió apoyo para reponer los árboles perdidos y para revisar los "
    "sistemas de riego antes del siguiente ciclo, que inicia en octubre."
)


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def _names(article) -> list[str]:
    return [b.name for b in article.bylines]


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Por Nadia Ferrer Olmos | Reportera de La Brújula", ["Nadia Ferrer Olmos"]),
        ("Nadia Ferrer Olmos · Corresponsal", ["Nadia Ferrer Olmos"]),
        ("Texto: Nadia Ferrer Olmos / Fotos: Emilio Tapia Roa", ["Nadia Ferrer Olmos"]),
        (
            "Por [Nadia Ferrer Olmos](https://labrujula.example.mx/autor/nferrer) · Reportera",
            ["Nadia Ferrer Olmos"],
        ),
        ("Por Nadia Ferrer Olmos, con información de AMX", ["Nadia Ferrer Olmos"]),
        (
            "Reportaron: Nadia Ferrer Olmos y Emilio Tapia Roa",
            ["Nadia Ferrer Olmos", "Emilio Tapia Roa"],
        ),
    ],
)
def test_credit_lines_name_only_the_writers(raw, names):
    assert [b.name for b in split_bylines(raw)] == names


def test_a_lone_por_over_the_name_is_the_byline():
    text = (
        "La Voz del Nogal        Parras, Coah., martes 4 de abril de 2006        Página 3\n"
        "____________________________________________________________\n\n"
        "Cae la cosecha de nuez en la comarca\n\n"
        f"Por:\nRosendo Aguilar Campos\n\n{LEDE}\n\n{SECOND}\n"
    )
    article = _parse(text)
    assert _names(article) == ["Rosendo Aguilar Campos"]
    assert "Rosendo" not in article.body


def test_a_closing_reportaron_line_gives_the_writers():
    text = (
        "Cae la cosecha de nuez en la comarca\n\nOnda Nogalera Noticias\n"
        f"4 de abril de 2019 · 08:10 h\n\n{LEDE}\n\n{SECOND}\n\n"
        "Reportaron: Rosendo Aguilar Campos y Dalia Pruneda Salas\n"
    )
    article = _parse(text)
    assert _names(article) == ["Rosendo Aguilar Campos", "Dalia Pruneda Salas"]
    assert "Reportaron" not in article.body


def test_headless_camel_case_keys_and_an_empty_date_dated_by_the_address():
    text = (
        "---\n"
        "title: Cae la cosecha de nuez en la comarca\n"
        'publishDate: ""\n'
        'canonicalUrl: "https://vozdelnogal.example.mx/2021/04/06/cae-cosecha-nuez/"\n'
        "authorName: Rosendo Aguilar Campos\n"
        'heroImage: "/img/nuez.jpg"\n'
        'heroImageCredit: "Dalia Pruneda Salas"\n'
        "---\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    article = _parse(text, "nota.md")
    assert _names(article) == ["Rosendo Aguilar Campos"]
    assert article.published_at.date() == datetime.date(2021, 4, 6)
    assert article.lead_image_credit == "Dalia Pruneda Salas"


def test_a_twelve_hour_clock_after_an_iso_day():
    moment = parse_date("2017-09-02 07:45 p.m.")
    assert (moment.date(), moment.hour, moment.minute) == (datetime.date(2017, 9, 2), 19, 45)


@pytest.mark.parametrize(
    ("email", "names"),
    [
        ("redaccion@lavozdelnogal.example.mx", []),
        # The account of another outlet's desk is that desk's credit.
        ("redaccion@otrodiario.example.mx", ["Redacción La Voz del Nogal"]),
    ],
)
def test_a_cms_desk_account_of_the_sites_own_desk(email, names):
    text = (
        "---\n"
        "title: Cae la cosecha de nuez en la comarca\n"
        "date: 2015-04-06 10:00:00 -06:00\n"
        "author:\n"
        "  login: redaccion\n"
        f"  email: {email}\n"
        "  display_name: Redacción La Voz del Nogal\n"
        "---\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert [b.name for b in _parse(text, "nota.md").bylines] == names


def test_por_la_redaccion_of_the_posts_own_outlet_names_no_one():
    text = (
        "---\n"
        "title: Cae la cosecha de nuez en la comarca\n"
        "date: 2015-04-06\n"
        'autor: "Por la Redacción"\n'
        "sitio: La Voz del Nogal\n"
        "---\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert _parse(text, "nota.md").bylines == ()


def test_a_broadcast_scripts_emission_and_writer_labels():
    text = (
        "TÍTULO: Cae la cosecha de nuez en la comarca\n"
        "EMISIÓN: lunes 6 de abril de 2015 · 7:00 a.m.\n"
        "REDACTÓ: Dalia Pruneda Salas\n"
        "DURACIÓN: 1'20\"\n\n"
        f"LOC 1: {LEDE}\n\nLOC 2: {SECOND}\n"
    )
    article = _parse(text)
    assert _names(article) == ["Dalia Pruneda Salas"]
    assert article.published_at.date() == datetime.date(2015, 4, 6)
    assert "REDACTÓ" not in article.body


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("▶ 00:00 / 03:12", True),
        ("Velocidad 1.5x", True),
        ("⏯ Velocidad 2x", True),
        ("La velocidad máxima será de 60 kilómetros por hora.", False),
    ],
)
def test_an_audio_players_controls(line, chrome):
    assert is_embed_line(line) is chrome


def test_a_mails_confidentiality_notice_and_its_way_out_close_nothing_of_the_story():
    text = (
        "Cae la cosecha de nuez en la comarca\n\n"
        f"PARRAS, Coah., 4 de abril de 2019 (AMX).- {LEDE}\n\n{SECOND}\n\n"
        "_____\n"
        "Este mensaje y sus anexos son para uso exclusivo de los clientes de la Agencia "
        "del Nogal. Queda prohibida su reproducción total o parcial sin autorización.\n"
        "Para dejar de recibir estas notas responda con la palabra BAJA.\n"
    )
    body = _parse(text).body
    assert "exclusivo" not in body
    assert "BAJA" not in body
    assert "siguiente ciclo" in body


@pytest.mark.parametrize(
    "note",
    [
        "Nota para el editor: confirmar el nombre completo del productor antes de publicar.",
        "**OBSERVACIONES:** Va con galería de 6 fotos.",
    ],
)
def test_notes_to_the_desk_closing_the_copy(note):
    head = "Cae la cosecha de nuez en la comarca\n\nPor Dalia Pruneda Salas"
    text = f"{head}\n\n{LEDE}\n\n{SECOND}\n\n{note}\n"
    article = _parse(text)
    assert "editor" not in article.body and "galería" not in article.body
    assert "siguiente ciclo" in article.body


def test_a_comment_forms_notice_and_the_tags_over_it():
    text = (
        "Cae la cosecha de nuez en la comarca\n\nPor Dalia Pruneda Salas\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "Etiquetas: nuez, Parras, heladas\n"
        "Deja un comentario\n"
        "Tu dirección de correo electrónico no será publicada.\n"
    )
    body = _parse(text).body
    assert "comentario" not in body and "Etiquetas" not in body and "publicada" not in body


def test_a_print_pages_jump_keyword_rule_and_classified_ad():
    text = (
        "La Voz del Nogal        Parras, Coah., martes 4 de abril de 2006        Página 3\n"
        "____________________________________________________________\n\n"
        "Cae la cosecha de nuez en la comarca\n\n"
        f"Por Rosendo Aguilar Campos\n\n{LEDE}\n"
        "                                   PASA A LA PÁGINA 7\n\n"
        "7        La Voz del Nogal        Parras, Coah., martes 4 de abril de 2006\n"
        "____________________________________________________________\n\n"
        "NUEZ\n"
        "VIENE DE LA PÁGINA 3\n"
        f"{SECOND} ■\n\n"
        "|\n"
        "SE VENDE HUERTA DE NOGAL · 12 hectáreas con pozo · Tel. 842 555 0199\n"
    )
    article = _parse(text)
    assert "____" not in article.body
    assert "NUEZ" not in article.body
    assert "SE VENDE" not in article.body
    assert "siguiente ciclo" in article.body


def test_initials_signing_off_the_copy_go():
    text = (
        "Cae la cosecha de nuez en la comarca\n\nPor Dalia Pruneda Salas\n\n"
        f"{LEDE}\n\n{SECOND}\n\nRAC\n"
    )
    body = _parse(text).body
    assert not body.rstrip().endswith("RAC")
    assert "siguiente ciclo" in body


def test_a_releases_number_and_dateline_in_columns_and_a_later_pages_head():
    text = (
        "                     GOBIERNO DEL ESTADO DE COAHUILA\n\n"
        "                  SECRETARÍA DE DESARROLLO RURAL\n"
        "                  Coordinación de Comunicación Social\n\n"
        "Boletín No. 214/2019                Parras, Coahuila, 4 de abril de 2019\n\n"
        "     Apoyará el estado a nogaleros afectados por las heladas\n\n"
        f"{LEDE}\n\n"
        "SEDER · Boletín No. 214/2019\n\n"
        f"{SECOND}\n\n"
        "-oOo-\n"
    )
    article = _parse(text)
    assert article.format == "press_release"
    assert article.bulletin_number == "214/2019"
    assert article.dateline_city == "Parras"
    assert "SEDER" not in article.body
    assert "siguiente ciclo" in article.body
