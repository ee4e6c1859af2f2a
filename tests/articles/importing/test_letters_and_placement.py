"""E-mail notes (cleaning/letters.py) and placement flags (cleaning/placement.py)."""

import pytest

from articles.importing.cleaning.letters import (
    is_greeting,
    is_sign_off,
    strip_letter,
    take_mail_headers,
)
from articles.importing.cleaning.placement import split_placement


def test_mail_headers_give_the_subject_and_the_date():
    lines = [
        "De: Prensa <p@x.mx>",
        "Fecha: 14 de mayo de 2024",
        "Asunto: Balance de ventas",
        "",
        "Texto",
    ]
    assert take_mail_headers(lines) == (
        {"from": "Prensa <p@x.mx>", "date": "14 de mayo de 2024", "title": "Balance de ventas"},
        3,
    )


def test_the_spanish_subject_wins_and_mime_headers_are_skipped():
    lines = [
        "From: Mesa <m@x.mx>",
        "Subject: nota puerto",
        "Asunto: Llega el primer crucero",
        "Date: Mon, 06 Nov 2023 10:05:00 -0600",
        "Lugar y fecha: Tapachula, Chis., 6 de noviembre de 2023",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "X-Mailer: Correo 2.1",
        "",
        "Texto",
    ]
    assert take_mail_headers(lines) == (
        {
            "from": "Mesa <m@x.mx>",
            "title": "Llega el primer crucero",
            "date": "Mon, 06 Nov 2023 10:05:00 -0600",
            "place_date": "Tapachula, Chis., 6 de noviembre de 2023",
        },
        8,
    )


def test_text_without_mail_headers_has_none():
    assert take_mail_headers(["Título", "", "Texto"]) == ({}, 0)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Estimados compañeros de medios:", True),
        ("Hola, les mando lo que tengo hasta ahorita para que lo suban cuando puedan.", True),
        ("Buenos días:", True),
        ("La Cámara Nacional de Comercio informó que las ventas crecieron.", False),
    ],
)
def test_is_greeting(paragraph, expected):
    assert is_greeting(paragraph) is expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Saludos cordiales,\nDepartamento de Prensa", True),
        ("Atentamente,", True),
        ("Gracias", True),
        ("Saludos que envió el presidente a los asistentes fueron breves y emotivos.", True),
        ("El presidente agradeció el apoyo.", False),
        ("Atte.\nRamiro Celis\nJefe de información", True),
        ("Att. La coordinación", True),
        ("Un saludo,\nMarisa", True),
        ("Reciban un saludo cordial.", True),
        ("Abrazos,\nTere", True),
        ("Quedo pendiente de sus comentarios.", True),
        ("Atención a la ciudadanía será de 9 a 15 horas.", False),
    ],
)
def test_is_sign_off(paragraph, expected):
    assert is_sign_off(paragraph) is expected


def test_strip_letter_keeps_the_story():
    kept, removed = strip_letter(["Hola:", "Primer párrafo.", "Segundo párrafo.", "Saludos,\nAna"])
    assert kept == ["Primer párrafo.", "Segundo párrafo."]
    assert removed == ["Hola:", "Saludos,\nAna"]


@pytest.mark.parametrize(
    ("categories", "flags", "rest"),
    [
        (["Portada"], ("Portada",), []),
        (["Destacadas", "Portada"], ("Destacadas", "Portada"), []),
        (["Destacadas Salud"], ("Destacadas",), ["Salud"]),
        (["destacado", "Local"], ("Destacadas",), ["Local"]),
        (["Salud", "Portada"], ("Portada",), ["Salud"]),
        (["Ciencia y Tecnología"], (), ["Ciencia y Tecnología"]),
    ],
)
def test_split_placement(categories, flags, rest):
    assert split_placement(categories) == (flags, rest)


def test_a_reply_quoting_the_whole_story_gives_the_story():
    from articles.importing.cleaning.letters import take_quoted_story

    text = (
        "Memo, va la nota del puerto para la edición de mañana.\nGracias, Toña\n\n"
        "> Pescadores de Puerto Escondite piden muelle nuevo\n>\n"
        "> Por Antonia Ledesma\n>\n"
        "> Los pescadores de la cooperativa La Gaviota pidieron al municipio reparar el muelle.\n"
        ">\n> El muelle tiene tres tramos caídos desde el huracán del año pasado.\n>\n"
        "> La cooperativa reúne a 140 socios que salen a diario.\n"
    )
    story, note = take_quoted_story(text)
    assert story.startswith("Pescadores de Puerto Escondite piden muelle nuevo\n\nPor Antonia")
    assert ">" not in story
    assert note == ["Memo, va la nota del puerto para la edición de mañana.", "Gracias, Toña"]


def test_quotes_between_the_writers_lines_are_no_quoted_story():
    from articles.importing.cleaning.letters import take_quoted_story

    answer = (
        "> ¿Cuándo llega?\nMañana temprano.\n> ¿Con fotos?\nSí, tres.\n> ¿Y video?\n> ¿Y audio?\n"
    )
    assert take_quoted_story(answer) is None
    assert take_quoted_story("Una nota sin citas.\n\nOtro párrafo.") is None


def test_a_quoted_story_is_read_without_the_note_over_it():
    from articles.importing.parsing import parse_bytes

    text = (
        "Memo, te paso la nota del puerto. Va sin foto.\nSaludos, Toña\n\n"
        "> Pescadores de Puerto Escondite piden un muelle nuevo\n>\n"
        "> Gaceta de la Bahía | Región\n"
        "> Por Antonia Ledesma Ríos\n"
        "> Publicado: 12/05/2033 08:10\n>\n"
        "> Los pescadores de la cooperativa La Gaviota pidieron al municipio reparar el "
        "muelle, que tiene tres tramos caídos desde el huracán del año pasado.\n>\n"
        "> La cooperativa reúne a 140 socios que salen a diario y que ahora desembarcan "
        "en la playa, con riesgo para las lanchas.\n"
    )
    article = parse_bytes(text.encode(), source_path="respuesta.txt")
    assert article.title == "Pescadores de Puerto Escondite piden un muelle nuevo"
    assert article.published_at.date().isoformat() == "2033-05-12"
    assert [b.name for b in article.bylines] == ["Antonia Ledesma Ríos"]
    assert "Toña" not in article.body and "> " not in article.body
