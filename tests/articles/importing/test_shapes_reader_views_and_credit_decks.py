"""Bylines where a house style keeps them by shape: a reader view's name line beside its
reading time under the title, an «outlet | section» bar over a «Por …» line, a credit
line the wire reader took for the deck (invented text throughout)."""

from articles.importing.cleaning.boilerplate import is_chrome_line
from articles.importing.parsing import parse_bytes

BODY = (
    "Los apicultores del sur de Zacatecas levantaron la cosecha de miel de mezquite con "
    "un rendimiento menor al del año pasado, por la sequía que secó la floración en abril."
)
CLOSE = "La asociación pedirá apoyo estatal para alimentar a las colmenas en el estiaje."


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=f"lote/{name}")


def test_a_reading_time_alone_is_chrome():
    assert is_chrome_line("3–4 minutos")
    assert is_chrome_line("7 min de lectura")
    assert is_chrome_line("3–4 minutos")
    assert not is_chrome_line("Tres minutos de silencio por las víctimas")


def test_a_reader_views_name_line_beside_its_reading_time_is_the_byline():
    article = read(
        "colmenasdelsur.example.mx\n"
        "Cae la cosecha de miel de mezquite en el sur de Zacatecas\n"
        "Rosaura Ibarra Quiñones\n"
        "3–4 minutos\n\n"
        "Martes 4 de junio de 2024 · Campo\n\n"
        f"{BODY}\n\n{CLOSE}\n"
    )
    assert article.title == "Cae la cosecha de miel de mezquite en el sur de Zacatecas"
    assert [b.name for b in article.bylines] == ["Rosaura Ibarra Quiñones"]
    assert "Rosaura Ibarra" not in article.body
    assert "3–4 minutos" not in article.body


def test_a_name_under_the_title_without_a_reading_time_is_no_byline():
    article = read(
        "Cae la cosecha de miel de mezquite en el sur de Zacatecas\n"
        "Valle Hermoso\n\n"
        f"{BODY}\n\n{CLOSE}\n"
    )
    assert not article.bylines


def test_an_outlet_and_section_bar_over_a_by_line_gives_the_writers():
    article = read(
        "Apagón en el centro de Zacatecas: lo que sabemos\n\n"
        "Fresnillo al Instante | Ciudad\n"
        "Por Ramiro Luján Olvera y Dalia Portillo Nava\n"
        "Publicado: 12/03/2022 08:05 | Última actualización: 12/03/2022 13:40\n\n"
        f"{BODY}\n\n{CLOSE}\n"
    )
    assert sorted(b.name for b in article.bylines) == [
        "Dalia Portillo Nava",
        "Ramiro Luján Olvera",
    ]
    assert article.source == "Fresnillo al Instante"
    assert "Fresnillo al Instante | Ciudad" not in article.body


def test_a_credit_line_taken_for_the_deck_gives_the_byline():
    article = read(
        "# Cierran el puente del arroyo Tlacuache por la crecida | VIDEO\n\n"
        "**Saltillo** | Canal Sierra Noticias | 14 de julio de 2020, 20:10\n\n"
        "Reportera: Elvira Garza Montemayor · Camarógrafo: Iván Tello Ruiz\n\n"
        f"{BODY}\n\n{CLOSE}\n",
        "nota.md",
    )
    assert [b.name for b in article.bylines] == ["Elvira Garza Montemayor"]
    assert "Camarógrafo" not in article.deck
    assert "Camarógrafo" not in article.body
