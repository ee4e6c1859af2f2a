"""What a blog, a CMS, a station or a translating desk leaves under the story: a
post's footer (who posted it, when, its comments), a glued share bar, the tags and
counters, a comments disclaimer, a translation note, a station's dial call, a video
pointer. Invented texts, asserting what an editor sees."""

from articles.importing.cleaning.boilerplate import (
    is_boilerplate,
    is_post_footer,
    is_share_bar,
    strip_boilerplate,
)
from articles.importing.parsing import parse_bytes


def read(text: str, name: str = "nota.md"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


STORY = (
    "## Reabren el mercado municipal de Tepatitlán tras su remodelación\n"
    "\n"
    "Por Ofelia Ramírez Tapia | Los Altos Hoy | Tepatitlán, 9 de mayo de 2022\n"
    "\n"
    "El Ayuntamiento reabrió este lunes el mercado municipal, cerrado desde enero por "
    "obras de remodelación que costaron 14 millones de pesos.\n"
    "\n"
    "Los 86 locatarios regresaron a sus puestos con nuevas instalaciones eléctricas.\n"
    "\n"
)


def test_a_blog_posts_footer_share_bar_and_tags_leave_the_body():
    article = read(
        STORY + "Publicado por Los Altos Hoy en 8:40 a.m. 2 comentarios:\n"
        "Enviar por correo electrónicoBlogThis!Compartir en TwitterCompartir en Facebook\n"
        "Etiquetas: mercados, Tepatitlán\n"
    )
    assert article.body.endswith("nuevas instalaciones eléctricas.")
    assert "Publicado por" not in article.body
    assert "BlogThis" not in article.body


def test_a_cms_footer_with_counters_leaves_the_body():
    article = read(
        STORY + "Etiquetas: mercados, obra pública\n"
        "Visitas: 877\n"
        "Comentarios (3)\n"
        "Enviado por capturista el Lun, 09/05/2022 - 10:05\n"
    )
    assert article.body.endswith("nuevas instalaciones eléctricas.")
    assert "Enviado por" not in article.body


def test_a_post_footer_is_not_a_sentence_of_the_story():
    assert is_post_footer("Posted by admin at 9:02 AM")
    assert is_post_footer("Enviado por redaccion el Mié, 02/11/2022 - 07:31")
    assert not is_post_footer(
        "Publicado por el Periódico Oficial el 3 de mayo de 2020, el decreto entró en vigor."
    )


def test_a_glued_share_bar_is_a_share_bar_and_a_sentence_is_not():
    assert is_share_bar("Enviar por correo electrónicoBlogThis!Compartir en Facebook")
    assert not is_share_bar("Compartir en Facebook fotos del evento fue una idea del alcalde")


def test_a_comments_disclaimer_and_a_translation_note_leave_the_body():
    kept, _credit, _source, removed = strip_boilerplate(
        [
            "La planta producirá 200 mil piezas al año.",
            "(Traducido del portugués por la mesa en español de Agencia Sur. Edición: Raúl Vega)",
            "Este sitio no se hace responsable de los comentarios de sus lectores.",
            "Los comentarios son responsabilidad exclusiva de sus autores.",
        ]
    )
    assert kept == ["La planta producirá 200 mil piezas al año."]
    assert len(removed) == 3


def test_a_translated_sentence_of_the_story_stays():
    assert not is_boilerplate(
        "El libro, traducido del inglés por primera vez, se presentará el jueves en la FIL."
    )


def test_a_stations_dial_call_and_a_video_pointer_are_boilerplate():
    assert is_boilerplate("Sintonízanos todas las mañanas en el 101.3 FM y en nuestra app")
    assert is_boilerplate("Mira el video completo ▶️")
    assert not is_boilerplate("Mira el video que grabó un vecino: el agua cubre la calle.")
