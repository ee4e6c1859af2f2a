"""Reporters' notes from a newsroom's shared drive (a note to the desk, the credits at
the end, a deck over a dated byline), forwarded bulletins' cover notes, embeds' chrome,
credits nested in a theme's front matter (invented text throughout)."""

from datetime import date

import pytest

from articles.importing.cleaning.desk_notes import is_desk_note
from articles.importing.cleaning.embeds import is_embed_chrome
from articles.importing.cleaning.signatures import closing_credits
from articles.importing.parsing import parse_bytes

LEDE = (
    "Huixtla, Chis., 4 de marzo de 2022.- Vecinos del barrio San Pedro inauguraron este "
    "viernes un huerto comunitario en el predio que ocupaba el antiguo rastro municipal."
)
MIDDLE = "El proyecto costó 300 mil pesos y lo financiaron cooperativas de la región."
CLOSE = "Los organizadores prevén la primera cosecha de hortalizas antes de junio."


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=f"lote/{name}")


@pytest.mark.parametrize(
    "note",
    [
        "(para web e impreso, va con 4 fotos)",
        "[va con video]",
        "(Nota para web; fotos en la carpeta)",
        "Ojo mesa: pendiente la foto del alcalde",
    ],
)
def test_a_note_to_the_desk_is_not_text(note):
    assert is_desk_note(note)


@pytest.mark.parametrize(
    "paragraph",
    [
        "(El alcalde firmó el convenio con los ejidatarios)",
        "Las fotos van en la portada del suplemento dominical, dijo el editor.",
    ],
)
def test_a_sentence_in_brackets_stays(paragraph):
    assert not is_desk_note(paragraph)


def test_a_reporters_note_with_its_credits_at_the_end():
    text = (
        f"**Huerto comunitario en el viejo rastro de Huixtla**\n\n"
        f"(para web, va con 3 fotos)\n\n{LEDE}\n\n{MIDDLE}\n\n{CLOSE}\n\n"
        "Foto: Especial\nPor: Marisol Tovar Cancino / Corresponsal\n"
    )
    article = read(text)
    assert article.title == "Huerto comunitario en el viejo rastro de Huixtla"
    assert [b.name for b in article.bylines] == ["Marisol Tovar Cancino"]
    assert article.lead_image_credit == "Especial"
    assert article.published_at.date() == date(2022, 3, 4)
    assert "va con 3 fotos" not in article.body
    assert "Corresponsal" not in article.body
    assert article.body.rstrip().endswith(CLOSE)


def test_closing_credits_need_a_writer():
    assert closing_credits("Foto: Especial\nPor: Ana Ruiz Peña, reportera") == (
        ("Ana Ruiz Peña",),
        "Especial",
    )
    assert closing_credits("Foto: Especial") is None
    assert closing_credits("Los vecinos llegaron temprano / Corresponsal") is None


def test_a_deck_line_over_a_dated_byline_and_a_credited_lede():
    text = (
        "Pescadores de Paredón piden dragar la bocabarra\n"
        "La arena cerró el paso de las lanchas desde enero\n"
        "Por: Efraín Nucamendi Toledo, corresponsal | 12 de febrero de 2020\n\n"
        "TONALÁ, Chis. (Diario del Soconusco).— Pescadores de Paredón pidieron dragar la "
        "bocabarra que la arena cerró desde enero.\n\n"
        f"{MIDDLE}\n\n{CLOSE}\n"
    )
    article = read(text)
    assert article.deck == "La arena cerró el paso de las lanchas desde enero"
    assert [b.name for b in article.bylines] == ["Efraín Nucamendi Toledo"]
    assert article.published_at.date() == date(2020, 2, 12)
    assert article.source == "Diario del Soconusco"


def test_a_staff_line_and_an_agency_in_the_lede():
    text = (
        "ASALTAN TIENDA DE CONVENIENCIA EN CÁRDENAS\n\nStaff\n\n"
        "CÁRDENAS, Tab. (Agencia Sureste Informa).— Dos hombres asaltaron una tienda en "
        "la colonia Centro la madrugada de este lunes.\n\n"
        f"{MIDDLE}\n\n{CLOSE}\n"
    )
    article = read(text)
    assert article.source == "Agencia Sureste Informa"
    assert not article.body.startswith("Staff")
    assert article.bylines == ()


def test_a_desk_credit_names_the_outlet_over_a_town():
    text = (
        "# Así avanza la carrera nocturna en el centro\n\n"
        "Redacción Pulso Capital | Ciudad de México | 3 de abril de 2025\n\n"
        f"{MIDDLE}\n\nLa Policía cerró tres calles.\nFoto: Pulso Capital / Archivo\n\n{CLOSE}\n"
    )
    article = read(text, "nota.md")
    assert article.source == "Pulso Capital"
    assert article.lead_image_credit == "Pulso Capital / Archivo"
    assert "Foto:" not in article.body


def test_a_cover_note_over_a_forwarded_bulletin_is_no_title():
    text = (
        "---------- Forwarded message ---------\n"
        "De: Prensa Municipal <prensa@ejemplo.mx>\n"
        "Date: lun, 3 jun 2024 a las 10:00\n"
        "Subject: BOLETÍN\n\n"
        "Se anexa boletín. Gracias por el espacio.\n\n"
        "H. Ayuntamiento de Pichucalco\nDirección de Comunicación Social\nBoletín No. 0211\n\n"
        "Reparan el puente peatonal de la colonia Centro\n\n"
        "Pichucalco, Chis., 3 de junio de 2024.- El Ayuntamiento reparó el puente "
        "peatonal que cruza el arroyo de la colonia Centro.\n\n"
        f"{MIDDLE}\n\nFIN\n"
    )
    article = read(text)
    assert article.title == "Reparan el puente peatonal de la colonia Centro"
    assert "Se anexa" not in article.body


@pytest.mark.parametrize(
    "paragraph",
    [
        "[Instagram] Ver esta publicación en Instagram\n"
        "Una publicación compartida por Café Central (@cafecentral_mx)",
        "View this post on Instagram",
        "Ver este video en TikTok",
    ],
)
def test_an_embeds_chrome_is_not_text(paragraph):
    assert is_embed_chrome(paragraph)


def test_a_sentence_about_instagram_stays():
    assert not is_embed_chrome("El alcalde publicó en Instagram un video del recorrido.")


def test_credits_and_outlet_nested_in_a_themes_front_matter():
    text = (
        "---\n"
        'title: "Abren la ciclovía del malecón"\n'
        "date: 2023-05-02\n"
        "site:\n  name: Brisa del Golfo\n  url: https://brisa.example.mx\n"
        "params:\n  hero:\n    image: /img/ciclovia.jpg\n    credit: 'Foto: Especial'\n"
        "---\n\n"
        f"{MIDDLE}\n\n{CLOSE}\n"
    )
    article = read(text, "ciclovia.md")
    assert article.source == "Brisa del Golfo"
    assert article.lead_image_credit == "Especial"
