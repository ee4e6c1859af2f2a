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
