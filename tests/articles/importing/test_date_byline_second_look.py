"""The second look at the date and the byline (``readers.date_byline``): when the reader
found none, they are taken by their shape where pages keep them (a date line or a bar
of furniture in the head or the foot, a dateline opening the story or closing a letter,
a labelled field, the page's own dated address, an agency slug's compact date, a credit
line with roles), never from the story's prose; and the CMS keys a Jekyll-like export
dates and signs a post with. All text invented."""

import pytest

from articles.importing.parsing import parse_bytes
from articles.importing.readers.date_byline import credit_writers, line_date

LEDE = (
    "Vecinos de la colonia Palmar Viejo bloquearon durante tres horas la avenida principal "
    "para exigir que el organismo operador repare una fuga que lleva dos semanas abierta."
)
SECOND = (
    "El gerente del organismo dijo que la cuadrilla trabajará el fin de semana y que el "
    "servicio se restablecerá de manera gradual a partir del lunes por la mañana."
)


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode(), source_path=name)


def _day(article) -> str:
    return article.published_at.date().isoformat() if article.published_at else ""


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("*El Faro Costero* · 9 de julio de 2019 (actualizado el 10 de julio)", "2019-07-09"),
        ("Actualizado el 12/05/2022 | Publicado el 10/05/2022", "2022-05-10"),
        ("Folio 3 | La Gaceta del Río | Jueves 2 de mayo de 2013", "2013-05-02"),
        ("Oficio No. 44      Fecha:     17/01/2016", "2016-01-17"),
        ("Puerto Ángel, Oaxaca, a 4 de marzo de 2010.", "2010-03-04"),
    ],
)
def test_a_furniture_line_gives_its_publication_date(line, day):
    assert line_date(line).date().isoformat() == day


@pytest.mark.parametrize(
    "line",
    [
        "La feria se celebrará el 3 de mayo de 2024 en la explanada municipal.",
        "Actualizado el 12 de mayo de 2022",
        "El evento (3 de mayo de 2024) reunió a cientos de personas.",
    ],
)
def test_prose_and_an_update_give_no_publication_date(line):
    assert line_date(line) is None


def test_credit_lines_keep_only_the_writing_roles():
    assert credit_writers("Texto: Marta Gil Ocaña y Raúl Paz Mena | Edición: Ivo Sanz") == [
        "Marta Gil Ocaña y Raúl Paz Mena"
    ]
    assert credit_writers("Por: Dulce Ramos Tello | La Gaceta del Río") == ["Dulce Ramos Tello"]
    assert credit_writers("Reportó: Tomás Rivas Leal para Radio Laguna.") == ["Tomás Rivas Leal"]
    assert credit_writers(LEDE) is None


def test_a_credit_and_outlet_date_paragraph_in_the_head_signs_and_dates_the_story():
    article = _parse(
        "# ¿Cobrarán la basura en Palmar Viejo? Es engañoso\n\n"
        "**Veredicto: ENGAÑOSO**\n\n"
        "Texto: Marta Gil Ocaña y Raúl Paz Mena | Edición: Ivo Sanz Roldán\n"
        "*El Faro Costero* · 9 de julio de 2019 (actualizado el 10 de julio)\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        "nota.md",
    )
    assert _day(article) == "2019-07-09"
    assert [b.name for b in article.bylines] == ["Marta Gil Ocaña", "Raúl Paz Mena"]
    assert "Ivo Sanz" not in article.body


def test_a_byline_over_a_relative_stamp_is_a_byline_and_the_page_address_dates_it():
    article = _parse(
        "La Gaceta del Río — Noticias de la cuenca\n\n"
        "Palmar Viejo bloquea la avenida por una fuga de dos semanas\n\n"
        "Por Dulce Ramos Tello\n"
        "Hace 6 años · 3 min de lectura\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "URL: https://www.gacetadelrio.example.mx/2018/09/14/bloqueo-fuga-palmar/\n"
    )
    assert _day(article) == "2018-09-14"
    assert [b.name for b in article.bylines] == ["Dulce Ramos Tello"]
    assert "Hace 6 años" not in article.body


def test_a_teasers_link_does_not_date_the_story():
    article = _parse(
        "Palmar Viejo bloquea la avenida por una fuga de dos semanas\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "Lee también: https://www.gacetadelrio.example.mx/2017/01/02/otra-nota/\n"
    )
    assert article.published_at is None


def test_a_letters_closing_place_and_date_dates_the_release():
    article = _parse(
        "H. AYUNTAMIENTO DE PALMAR VIEJO\n"
        "COORDINACIÓN DE COMUNICACIÓN SOCIAL\n"
        "COMUNICADO No. 57/2010\n\n"
        "EL AYUNTAMIENTO ACLARA EL COBRO DEL SERVICIO DE AGUA\n\n"
        "A la ciudadanía:\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "Atentamente\n\n"
        "Puerto Ángel, Oaxaca, a 4 de marzo de 2010.\n\n"
        "Coordinación de Comunicación Social\n"
    )
    assert _day(article) == "2010-03-04"


def test_a_dateline_under_a_caption_dates_the_release():
    article = _parse(
        "AYUNTAMIENTO DE SAN JACINTO EL ALTO\n"
        "Boletín No. 0112\n\n"
        "Arranca la rehabilitación del pozo de la colonia Las Palmas\n\n"
        "Pie de foto: Vecinos y autoridades durante el arranque de la obra. (Foto: Especial)\n\n"
        f"San Jacinto, Ver., a 11 de febrero de 2005.- {LEDE}\n\n{SECOND}\n\n"
        "-o0o-\n"
    )
    assert _day(article) == "2005-02-11"


def test_an_agency_slugs_compact_date_dates_the_take():
    article = _parse(
        "ZCZC NTR0112 3 SOC 0311\n"
        "NOTICIAS DEL TRÓPICO - SERVICIO REGIONAL\n"
        "SLUG: PALMAR-FUGA-BLOQUEO-20070618\n"
        "PRIORIDAD: NORMAL\n\n"
        "BLOQUEAN AVENIDA EN PALMAR VIEJO POR FUGA DE AGUA\n\n"
        f"PALMAR VIEJO, Ver., 18 jun (NTR).- {LEDE}\n\n{SECOND}\n\n"
        "Texto: Ramiro Solano Fuentes, corresponsal\n"
        "NNNN\n"
    )
    assert _day(article) == "2007-06-18"


def test_a_closing_credit_for_the_outlet_signs_the_story():
    article = _parse(
        "Radio Laguna · 1420 AM\n"
        "Lunes 6 de abril de 2015 | 13:05 hrs\n\n"
        "Palmar Viejo bloquea la avenida por una fuga de dos semanas\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "Reportó: Tomás Rivas Leal para Radio Laguna.\n"
    )
    assert [b.name for b in article.bylines] == ["Tomás Rivas Leal"]


def test_a_joomla_export_is_dated_by_publish_up_and_signed_by_its_alias():
    article = _parse(
        "---\n"
        "title: Bloqueo en Palmar Viejo por una fuga\n"
        "author: admin\n"
        "created_by_alias: Dulce Ramos Tello\n"
        "created: 2012-02-03 19:40:00\n"
        "publish_up: 2012-02-04 07:00:00\n"
        "---\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        "nota.md",
    )
    assert _day(article) == "2012-02-04"
    assert [b.name for b in article.bylines] == ["Dulce Ramos Tello"]


def test_a_posts_permalink_dates_it_when_no_key_does():
    article = _parse(
        "---\n"
        "title: Bloqueo en Palmar Viejo por una fuga\n"
        "permalink: /2016/08/21/bloqueo-palmar/\n"
        "last_modified_at: 2016-09-02\n"
        "---\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        "nota.md",
    )
    assert _day(article) == "2016-08-21"


def test_an_author_string_with_roles_and_a_role_note_give_the_writer_only():
    article = _parse(
        "---\n"
        "title: Bloqueo en Palmar Viejo por una fuga\n"
        "date: 2016-08-21\n"
        'author: "Texto: Dulce Ramos Tello | Fotos: Ivo Sanz Roldán"\n'
        "---\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        "nota.md",
    )
    assert [b.name for b in article.bylines] == ["Dulce Ramos Tello"]
    noted = _parse(
        "---\n"
        "title: Bloqueo en Palmar Viejo por una fuga\n"
        "date: 2016-08-21\n"
        "autor: Dulce Ramos Tello (texto y locución)\n"
        "---\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        "nota.md",
    )
    assert [b.name for b in noted.bylines] == ["Dulce Ramos Tello"]
