"""A page's furniture by its shape (cleaning/furniture.py) and the rows it added to the
boilerplate tables: polls, ads and sponsor lines, gallery headings, print page footers
and jumps, note-app properties, word-processor comments, newsletter lines, cut markers,
paywall notices and rating widgets. Every text here is invented."""

import pytest

from articles.importing.cleaning import clean_body
from articles.importing.cleaning.boilerplate import (
    caption_credit_of,
    is_chrome_line,
    is_language_edition,
    is_print_jump,
)
from articles.importing.cleaning.furniture import (
    is_ad,
    is_ad_box,
    is_newsletter_line,
    is_page_footer,
    poll_length,
    strip_furniture,
)

LEDE = (
    "La junta de agua de Villa Serena reparó durante la madrugada la tubería que dejó sin "
    "servicio a doce colonias del poniente."
)
CLOSE = (
    "El organismo informó que el suministro quedará normalizado el jueves por la tarde, "
    "cuando termine la limpieza del tanque elevado."
)


def body(*middle: str) -> str:
    return "\n\n".join([LEDE, *middle, CLOSE])


def kept(text: str) -> str:
    return clean_body(text).text


# Polls -------------------------------------------------------------------------------


def test_a_poll_in_one_block_goes_and_the_text_around_it_stays():
    poll = (
        "SONDEO\n¿Le parece justo el nuevo cobro por la recolección de basura?\n"
        "◯ Sí, es necesario\n◯ No, ya pagamos el predial\n◯ Me da igual\nVotar · Resultados"
    )
    text = kept(body(poll))
    assert "SONDEO" not in text and "recolección de basura" not in text
    assert "Votar" not in text and LEDE in text and CLOSE in text


def test_a_poll_over_several_paragraphs_with_options_on_one_line():
    paragraphs = [
        LEDE,
        "**Opina**",
        "¿Debe ampliarse el horario del mercado municipal?",
        "( ) Sí ( ) No ( ) No sé",
        "Enviar | Ver resultados",
        CLOSE,
    ]
    assert poll_length(paragraphs, 1) == 4
    assert strip_furniture(paragraphs)[0] == [LEDE, CLOSE]


def test_a_question_over_a_plain_list_is_text():
    question = "¿Qué documentos se necesitan para el trámite?"
    items = "- Acta de nacimiento\n- Comprobante de domicilio\n- Identificación oficial"
    paragraphs = [LEDE, question, items, CLOSE]
    assert poll_length(paragraphs, 1) == 0
    assert strip_furniture(paragraphs)[0] == paragraphs


# Ads and sponsors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ad",
    [
        "ANUNCIO\nLlantas Rin de Oro: medio uso garantizadas desde $650 · Col. Centro",
        "**PUBLICIDAD** · Ferretería La Tuerca: todo para la obra. Llámenos al 662 555 0177.",
        "*Patrocinado por Tortillería Doña Chayo: el sabor de la sierra desde 1979.*",
        "---\nESPACIO PUBLICITARIO\nClínica dental Sonrisa Norte · Tel. 614 555 0123\n---",
    ],
)
def test_an_ad_or_a_sponsor_line_goes(ad):
    assert is_ad(ad)
    text = kept(body(ad))
    assert LEDE in text and CLOSE in text
    assert "Tuerca" not in text and "Rin de Oro" not in text and "Doña Chayo" not in text
    assert "Sonrisa Norte" not in text


def test_an_ad_label_alone_takes_the_copy_under_it():
    text = kept(body("PUBLICIDAD", "Mudanzas El Correcaminos · fletes locales · 844 555 0102"))
    assert "Correcaminos" not in text and CLOSE in text


def test_a_sentence_that_mentions_a_sponsor_is_text():
    sentence = (
        "Patrocinado por la cámara de comercio, el torneo reunirá este año a 40 equipos de "
        "cinco municipios y repartirá 200 mil pesos en premios entre los primeros lugares."
    )
    assert not is_ad(sentence)
    assert sentence in kept(body(sentence))


def test_a_print_ad_box_without_a_label_goes():
    box = "MATERIALES EL ÁLAMO\nBlock, cemento y varilla · Flete gratis\nTel. 871 555 0190"
    assert is_ad_box(box)
    assert "ÁLAMO" not in kept(body(box))


def test_a_short_list_of_facts_is_no_ad_box():
    facts = "Lugar: auditorio municipal\nHora: 18:00 horas"
    assert not is_ad_box(facts)


# Galleries -----------------------------------------------------------------------------


def test_a_gallery_heading_and_its_numbered_captions_go():
    gallery = "FOTOGALERÍA (2 fotos)\n1/2 Los vecinos cargan cubetas.\n2/2 La pipa llega al barrio."
    text = kept(body(gallery))
    assert "FOTOGALERÍA" not in text and "cubetas" not in text and CLOSE in text


def test_a_credited_gallery_keeps_its_credit():
    cleaned = clean_body(body("### Galería", "1. Los vecinos cargan cubetas. Foto: Ana Lucía Peña"))
    assert "Galería" not in cleaned.text and "cubetas" not in cleaned.text
    assert cleaned.lead_image_credit == "Ana Lucía Peña"


# Print pages ---------------------------------------------------------------------------


def test_a_page_footer_with_the_address_and_the_page_number_goes():
    footer = (
        "Av. Juárez 120, Parral, Chih. · Tel. 627 555 0150 · prensa@ejemplo.example.mx"
        "   Página 1 de 3"
    )
    assert is_page_footer(footer)
    assert "Página 1" not in kept(body(footer))
    assert not is_page_footer("La sesión terminó a las 14:00 horas. Página 3")


@pytest.mark.parametrize("jump", ["Continúa en la página 8 ►", "◄ Viene de la página 7"])
def test_a_print_jump_with_its_arrow(jump):
    assert is_print_jump(jump)


def test_a_caption_credit_with_an_initial():
    caption = "Las pacas se apilan junto al corral. (Foto: M. Quiñones)"
    assert caption_credit_of(caption) == "M. Quiñones"


# Exports ------------------------------------------------------------------------------


def test_a_note_apps_properties_over_the_note_go():
    properties = "Estatus: en revisión\nEtiquetas: agua, colonias\nCreado: 2019-02-03 10:15"
    text = kept("---\n\n" + properties + "\n\n---\n\n" + body())
    assert "Estatus" not in text and "Etiquetas" not in text and text.startswith(LEDE)


def test_labelled_lines_that_are_no_app_properties_stay():
    facts = "Lugar: auditorio municipal\nHora: 18:00 horas"
    assert facts in kept(facts + "\n\n" + body())


def test_word_processor_comments_and_their_anchors_go():
    text = kept(f"{LEDE}[a]\n\n{CLOSE}[b]\n\n[a]¿Quién dio el dato? —Rosa\n[b]Revisar fecha. —Iván")
    assert "[a]" not in text and "[b]" not in text and "Rosa" not in text
    assert LEDE in text and CLOSE in text


def test_bracketed_letters_without_comments_stay():
    text = kept(body("El inciso [a] del reglamento fija la tarifa."))
    assert "inciso [a]" in text


@pytest.mark.parametrize(
    "line",
    [
        "¿No logras ver bien este boletín? Ábrelo en tu navegador: https://ejemplo.example.mx/b/12",
        "Recibiste este correo porque te registraste en Noticias del Valle Alto.",
        "Darse de baja | Administrar suscripción",
    ],
)
def test_a_newsletters_own_lines_go(line):
    assert is_newsletter_line(line)
    assert kept(body(line)) == f"{LEDE}\n\n{CLOSE}"


# Rows in the boilerplate tables -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Continúa leyendo →",
        "[Leer más…](/2020/01/01/nota.html)",
        "🔒 Este contenido es exclusivo para suscriptores.",
        "¿Ya eres socio? Inicia sesión para continuar leyendo.",
        "¿Qué te pareció esta nota? ★★★★☆ Vota",
    ],
)
def test_cut_markers_paywalls_and_ratings_are_chrome(line):
    assert is_chrome_line(line)


def test_a_language_edition_with_its_link():
    assert is_language_edition("*Read this story in English: [Night shift](/en/night-shift/)*")


def test_a_broadcasts_note_under_its_web_copy_goes():
    note = "Esta información se transmitió en el noticiero Voz del Valle a las 19:00 horas."
    assert "Voz del Valle" not in kept(body(note))


def test_a_pitch_under_a_rule_goes_with_it():
    pitch = "---\n**Apoya nuestro periodismo:** Dona en ejemplo.example.mx/dona"
    assert "Dona" not in kept(body(pitch))
