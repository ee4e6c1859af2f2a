"""Shapes of central Mexico's files: a print system's «@WORD:» tag codes (several on
one line, jumps glued to a paragraph, a caption opening with its credit), a post's
hashtag bulletin number, a chat channel's pinned place over its pen credit, a blog
theme's «Publicado por … el …» line. Invented text throughout."""

from articles.importing.cleaning.press import parse_bulletin_number
from articles.importing.parsing import parse_bytes

from .conftest import local

PRINT_TAGS = """\
@PUB:La Gaceta del Valle
@EDICION:IMPRESA @FECHA:03/02/2015 @PAG:7B @SECC:Región
@ANTE:Agua
@TIT:Instalan dos bombas nuevas en el pozo de San Lucas
@BAL:La obra costó 4 millones de pesos
@AUT:Rosa Tlatelpa Cano
@TXT:
El organismo operador instaló dos bombas nuevas en el pozo de San Lucas, que abastece \
a cuatro colonias del norte de la ciudad.

Los vecinos habían reportado tandeos de tres días durante el mes pasado. @SIGUE:9B
@VIENE:7B
El director del organismo dijo que el servicio se normalizará esta semana.
@PIE:Foto: Archivo La Gaceta / Vecinos observan los trabajos en la calle principal.
@FIN
"""


def test_print_tags_side_by_side_jumps_and_caption_credit():
    article = parse_bytes(PRINT_TAGS.encode(), source_path="gaceta.txt")
    assert article.title == "Instalan dos bombas nuevas en el pozo de San Lucas"
    assert article.published_at == local(2015, 2, 3)
    assert [b.name for b in article.bylines] == ["Rosa Tlatelpa Cano"]
    assert article.source == "La Gaceta del Valle"
    assert article.section == "Región"
    assert article.lead_image_credit == "Archivo La Gaceta"
    assert "@" not in article.body
    assert "Vecinos observan" not in article.body
    assert "tandeos de tres días durante el mes pasado." in article.body
    assert article.body.rstrip().endswith("se normalizará esta semana.")


def test_print_kicker_tag_is_the_section_when_no_section_tag():
    text = PRINT_TAGS.replace(" @SECC:Región", "")
    article = parse_bytes(text.encode(), source_path="gaceta.txt")
    assert article.section == "Agua"
    assert article.title == "Instalan dos bombas nuevas en el pozo de San Lucas"


def test_bulletin_number_as_hashtag_and_subject_bulletin():
    assert parse_bulletin_number("#BoletínSSA 014/2022") == "014/2022"
    assert parse_bulletin_number("#ComunicadoCEAS 7") == "7"
    assert parse_bulletin_number("BOLETÍN DE PROTECCIÓN CIVIL No. 5/2020") == "5/2020"
    assert parse_bulletin_number("Boletín de Salud Núm. 31") == "31"
    assert parse_bulletin_number("Boletín de 2023") is None


CHAT = """\
[03/04/22, 07:10:12] Valle al Minuto: Los mensajes y las llamadas están cifrados de \
extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.
[03/04/22, 07:11:40] Valle al Minuto: *Se desborda el río Tula en dos colonias de Tepeji*
📍 Tepeji del Río, Hgo.
✍️ Omar Cuautle Ramírez

El río Tula se desbordó la madrugada de este domingo en las colonias Centro y La Peña, \
donde el agua alcanzó medio metro de altura en algunas calles.

Protección Civil municipal habilitó un albergue en el auditorio para las familias afectadas.
"""


def test_chat_post_pinned_place_over_pen_credit_and_channel_outlet():
    article = parse_bytes(CHAT.encode(), source_path="chat.txt")
    assert article.title == "Se desborda el río Tula en dos colonias de Tepeji"
    assert [b.name for b in article.bylines] == ["Omar Cuautle Ramírez"]
    assert article.source == "Valle al Minuto"
    assert "📍" not in article.body
    assert article.body.startswith("El río Tula se desbordó")


BLOG = """\
Reabren la biblioteca del barrio de San Martín tras su remodelación

Publicado por Lucía Netzahual Ortega el 14 agosto, 2019 · 3 Comentarios

La biblioteca pública del barrio de San Martín reabrió sus puertas con nuevas \
estanterías, una sala infantil y diez computadoras con internet gratuito.

La encargada explicó que el horario se amplió hasta las 20:00 horas entre semana.
"""


def test_blog_post_line_gives_byline_and_date():
    article = parse_bytes(BLOG.encode(), source_path="blog.txt")
    assert [b.name for b in article.bylines] == ["Lucía Netzahual Ortega"]
    assert article.published_at == local(2019, 8, 14)
    assert "Publicado por" not in article.body
