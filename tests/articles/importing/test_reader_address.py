"""Lines that address the reader (``readers.reader_address``) leave a body's edges as
pitches (``readers.edge_furniture``): an imperative carrying a pronoun, a second-person
pronoun or possessive, an app's availability beside them. Quotes, a speaker's lines, a
third-person request, service information, a body that itself speaks to its reader and
a language where «te» is no pronoun stay. All text invented; the prose is the shared
LEDE, SECOND and THIRD."""

import pytest

from articles.importing.parsing import parse_bytes
from articles.importing.readers.edge_furniture import furniture_kind
from articles.importing.readers.reader_address import addresses_reader

from .conftest import LEDE, SECOND, THIRD

HEADLINE = "Apicultores de Zacualpan reciben semilla de plantas melíferas para sus parcelas"


def _parse(*paragraphs: str):
    text = "\n\n".join([HEADLINE, *paragraphs]) + "\n"
    return parse_bytes(text.encode(), source_path="nota.txt")


@pytest.mark.parametrize(
    "line",
    [
        "Síguenos en nuestras redes y entérate antes que nadie.",
        "Descárgala gratis en la tienda de aplicaciones.",
        "Si ya no deseas recibir estos avisos, date de baja aquí.",
        "Para opinar necesitas estar registrado. Crea un perfil o inscríbete.",
        "No te pierdas la crónica del domingo.",
        "Suscríbase al boletín semanal de El Colmenar.",
        "Recibe tus noticias del valle cada mañana. Disponible para Android y iPhone.",
        "_Reenvíalo a quien le sirva_ 🐝",
        "Si te gustó, [apóyanos aquí](https://colmenar.example.mx/apoyo).",
        "Disponible para Android y iPhone.",
    ],
)
def test_a_line_that_speaks_to_its_reader_is_a_pitch(line):
    assert addresses_reader(line)
    assert furniture_kind(line) == "address"


@pytest.mark.parametrize(
    "line",
    [
        # a third-person request, service information: the story's
        "La delegación pidió a los productores que registren sus colmenas antes de mayo.",
        "Las personas interesadas pueden acudir a la delegación de 9:00 a 14:00 horas.",
        # a speaker's words: quoted, after a dash, after a label
        "“Denuncien”, pidió la presidenta municipal.",
        "«Si tú no cuidas las colmenas, nadie lo hará», dijo el apicultor.",
        "—¿Y tú qué opinas? —preguntó la técnica.",
        "LOCUTORA: Si usted tiene colmenas, revíselas antes de la lluvia.",
        "P: ¿Tú cuándo empezaste con las abejas?",
        # a name, a noun that ends as an imperative would, another language's «te»
        "El programa Tu Colmena entregó 300 apoyos en el valle.",
        "El escándalo creció tras la votación del cabildo.",
        "Compraron colmenas, cárceles de reina y ahumadores.",
        "Te kʼinal ya xkʼot te jtekʼ.",
        # a request to the reader followed by what the story reports
        "Si tienes dudas, acércate a la radio: cada jueves una técnica atiende consultas.",
    ],
)
def test_the_storys_own_lines_do_not_address_the_reader(line):
    assert not addresses_reader(line)


def test_a_pitch_and_the_widget_lines_around_it_leave_the_tail():
    article = _parse(
        LEDE,
        SECOND,
        THIRD,
        "Opiniones (4)\nPara opinar necesitas estar registrado. Crea un perfil o inscríbete.",
        "Recibe tus noticias del valle cada mañana. Disponible para Android y iPhone.",
    )
    assert article.body.endswith(THIRD)
    assert "Opiniones (4)" in article.removed
    assert any("inscríbete" in line for line in article.removed)


def test_a_pitch_leaves_the_head():
    article = _parse("Escúchala en nuestro pódcast de las mañanas", LEDE, SECOND, THIRD)
    assert article.body.startswith(LEDE)


@pytest.mark.parametrize(
    "last",
    [
        "La delegación pidió a los productores que registren sus colmenas antes de mayo.",
        "“Revisen sus cajas cada semana”, pidió la técnica.",
        "«Si tú no cuidas las colmenas, nadie lo hará», dijo el apicultor.",
        "Las personas interesadas pueden acudir a la delegación de 9:00 a 14:00 horas.",
    ],
)
def test_a_last_line_that_reports_or_quotes_stays(last):
    article = _parse(LEDE, SECOND, THIRD, last)
    assert article.body.endswith(last)


def test_a_body_that_speaks_to_its_reader_keeps_its_closing_advice():
    column = (
        "Si tienes colmenas cerca de la parcela, te conviene revisar cada semana que las "
        "cajas no se humedezcan y que la reina siga poniendo."
    )
    advice = "Guarda siempre tus registros de cosecha hasta el cierre del ciclo."
    article = _parse(LEDE, column, SECOND, THIRD, advice)
    assert article.body.endswith(advice)


def test_a_readers_questions_answered_keep_their_closing_advice():
    advice = "Guarda siempre tus registros de cosecha hasta el cierre del ciclo."
    article = _parse(
        LEDE,
        "¿Cuándo conviene cosechar? Cuando las celdas están operculadas en sus tres cuartas.",
        SECOND,
        advice,
    )
    assert article.body.endswith(advice)
