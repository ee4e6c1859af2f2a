"""Shapes of importer-ae/af: a data export under a report's title lines, an agency's
forward signed below «-- », Jekyll keys for the section and the caption, and the
teasers and pitches glued to the text. Every text is invented."""

import pytest

from articles.importing.cleaning.body import clean_body
from articles.importing.cleaning.boilerplate import cut_glued_teasers
from articles.importing.cleaning.chrome import strip_chrome
from articles.importing.cleaning.text import is_delimited_table
from articles.importing.parsing import parse_bytes
from articles.importing.readers.jekyll import caption_credit
from articles.importing.records import ImportFailure

REPORT_TABLE = (
    "COMISIÓN MUNICIPAL DE AGUA DE ZAMORA\r\n"
    "Padrón de tomas por colonia 2019\r\n"
    "Fecha de corte: 30/09/2019;Usuario: sistemas\r\n"
    "CLAVE;COLONIA;SECTOR;TOMAS;ADEUDO\r\n"
    "0101;CENTRO;A;412;91230\r\n"
    "0102;JARDINADAS;A;380;40110\r\n"
    "0203;LA LUNA;B;215;12800\r\n"
)


def test_a_table_under_a_reports_title_lines_is_refused_in_spanish():
    with pytest.raises(ImportFailure) as refused:
        parse_bytes(REPORT_TABLE.encode("utf-8"), source_path="padron.txt")
    assert "tabla de datos" in str(refused.value)


def test_a_story_with_a_table_after_its_prose_is_no_table():
    story = (
        "Suben las tomas de agua en Zamora\n"
        "El organismo operador registró más tomas que el año pasado, informó su director "
        "en la sesión de cabildo de este martes.\n"
        "CLAVE;COLONIA;TOMAS\n"
        "0101;CENTRO;412\n"
        "0102;JARDINADAS;380\n"
        "La comisión espera regularizar otras 300 tomas antes de diciembre, según dijo.\n"
    )
    assert not is_delimited_table(story)


def test_a_title_line_over_rows_of_prose_is_no_table():
    notes = "Resultados\nUno; dos; tres\nLa junta se alargó, y nadie votó; todos se fueron.\n"
    assert not is_delimited_table(notes)


FORWARD = """---------- Forwarded message ---------
De: Mesa de Noticias ANP <mesa@anp.example>
Date: jue, 2 mar 2023 a las 11:10
Subject: EST-SOC Reabren mercado tras incendio
To: <redaccion@diario.example>


Reabren el mercado Hidalgo de Uruapan tras el incendio de enero
(ANP) 02/03/2023 11:05

URUAPAN, Mich., 2 de marzo (ANP).— Los locatarios del mercado Hidalgo volvieron a \
abrir sus puestos este jueves, siete semanas después del incendio que dañó el ala norte.

La alcaldía informó que la reconstrucción del techo costó cuatro millones de pesos.

--
ANP · Agencia de Noticias del Pacífico
Servicio exclusivo para suscriptores. Prohibida su reproducción total o parcial.
"""


def test_an_agency_forward_gives_the_storys_title_and_the_signed_agency():
    article = parse_bytes(FORWARD.encode("utf-8"), source_path="fwd.txt")
    assert article.title == "Reabren el mercado Hidalgo de Uruapan tras el incendio de enero"
    assert article.source == "Agencia de Noticias del Pacífico"
    assert article.published_at.date().isoformat() == "2023-03-02"
    assert "suscriptores" not in article.body
    assert "Agencia de Noticias del Pacífico" not in article.body
    assert article.body.rstrip().endswith("cuatro millones de pesos.")


def test_a_signature_with_a_persons_line_stays():
    text = "Texto de la nota con prosa suficiente.\n\n--\nAna Ruiz Peña\nReportera\n"
    kept, chrome = strip_chrome(text)
    assert "Ana Ruiz Peña" in kept
    assert chrome.source == ""


def _jekyll(front: str) -> bytes:
    body = "El cabildo aprobó el reglamento de mercados en su sesión ordinaria de este lunes."
    return f"---\ntitle: Aprueban reglamento de mercados\n{front}---\n\n{body}\n".encode()


def test_a_section_key_gives_the_section_when_the_category_is_a_flag():
    article = parse_bytes(_jekyll("categoria: Portada\nseccion: Política\n"), source_path="a.md")
    assert article.section == "Política"
    assert article.placement


def test_a_caption_key_gives_the_photo_credit_after_its_description():
    front = 'imagen: /img/cabildo.jpg\npie_de_foto: "Regidores en la sesión. Foto: Luis Mora"\n'
    article = parse_bytes(_jekyll(front), source_path="a.md")
    assert article.lead_image_credit == "Luis Mora"


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Foto: Archivo", "Archivo"),
        ("Vecinos en la plaza (Foto: Especial)", "Especial"),
        ("Vecinos en la plaza | Foto: Eva Sol", "Eva Sol"),
        ("Vecinos en la plaza principal", ""),
    ],
)
def test_caption_credit(caption, credit):
    assert caption_credit(caption) == credit


def test_a_sentence_after_a_glued_teaser_stays_when_its_verb_opens_it():
    paragraph = (
        "Los brigadistas hallaron a los excursionistas al amanecer. Lee también: Rescatan a "
        "montañista en el Nevado de Colima Fueron llevados a la clínica rural de la comunidad."
    )
    kept, removed = cut_glued_teasers(paragraph)
    assert kept.endswith("Fueron llevados a la clínica rural de la comunidad.")
    assert "Nevado" not in kept
    assert removed


def test_a_send_off_to_read_on_elsewhere_goes():
    body = (
        "La feria del libro cerró con 40 mil visitantes, informaron los organizadores.\n\n"
        "Continúa leyendo en nuestra edición impresa y síguenos en Instagram @diario.\n"
    )
    cleaned = clean_body(body)
    assert "Continúa leyendo" not in cleaned.text
    assert "40 mil visitantes" in cleaned.text


def test_a_story_that_keeps_reading_a_document_is_no_send_off():
    body = "La regidora siguió leyendo en voz alta el dictamen durante dos horas.\n"
    assert "siguió leyendo" in clean_body(body).text
