"""Round 11 of the second looks: the writer's credit among other roles' credit lines in a
block at the story's foot (emoji-led, as a social post signs), and the headline right
over the «Por …» line outranking an earlier headline-shaped line of page furniture (a
page number beside a section, an antetítulo). All text invented."""

from articles.importing.parsing import parse_bytes
from articles.importing.readers.date_byline import _credit_paragraph, credit_writers

LEDE = (
    "Vecinos de la colonia Lomas del Carrizal bloquearon durante tres horas la avenida "
    "principal para exigir que el organismo operador repare una fuga que lleva dos semanas."
)
SECOND = (
    "El gerente del organismo dijo que la cuadrilla trabajará el fin de semana y que el "
    "servicio se restablecerá de manera gradual a partir del lunes por la mañana."
)


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode(), source_path=name)


def test_a_credit_paragraph_keeps_its_writer_beside_other_roles_led_by_emoji():
    paragraph = "✍️ Texto: Odilia Tepale Cuautle\n📷 Foto: Archivo La Voz del Carrizal"
    assert _credit_paragraph(paragraph) == ["Odilia Tepale Cuautle"]
    assert credit_writers("📸 Fotos: Cortesía de vecinos") is None


def test_the_writer_in_a_foot_block_of_role_credits_is_the_byline():
    text = (
        "Noticias del Carrizal\n\n"
        "Bloquean la avenida principal por una fuga de dos semanas\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "📝 Información: Odilia Tepale Cuautle\n📸 Fotos: Cortesía de vecinos\n"
    )
    article = _parse(text)
    assert [b.name for b in article.bylines] == ["Odilia Tepale Cuautle"]
    assert "Odilia" not in article.body
    assert "Fotos" not in article.body


def test_a_foot_block_of_other_roles_alone_gives_no_byline():
    text = (
        "Bloquean la avenida principal por una fuga de dos semanas\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "Fotos: Odilia Tepale Cuautle\nVideo: Ramiro Xelhua Tzoni\n"
    )
    article = _parse(text)
    assert article.bylines == ()


def test_the_headline_over_the_byline_outranks_a_page_label_over_it():
    text = (
        "LA VOZ DEL CARRIZAL                         MARTES 4 DE MAYO DE 2010\n"
        "7B                                                        CIUDAD\n\n\n"
        "          Bloquean vecinos la avenida\n"
        "     principal por una fuga de dos semanas\n\n"
        "          Por Odilia Tepale Cuautle / Corresponsal\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    article = _parse(text)
    assert article.title == "Bloquean vecinos la avenida principal por una fuga de dos semanas"
    assert [b.name for b in article.bylines] == ["Odilia Tepale Cuautle"]
