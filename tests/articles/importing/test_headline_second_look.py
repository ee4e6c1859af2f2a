"""The second look at a title (``readers.headline``): when the line a reader took for the
title has the shape of page furniture (a stamp with a year or an hour, a path of
sections, a code, a lower-case slug, two words, a bar of labels), the headline is the
first headline-shaped paragraph under it, before the prose; a title with a headline's
shape is never touched. All text invented."""

import pytest

from articles.importing.parsing import parse_bytes
from articles.importing.readers.headline import furniture_sign, headline_shaped

LEDE = (
    "Comerciantes del tianguis de los jueves denunciaron que el nuevo reglamento los obliga "
    "a pagar una cuota doble por metro lineal y que nadie les consultó antes de aprobarlo."
)
SECOND = (
    "La regidora de Mercados dijo que la cuota se revisará en la próxima sesión de cabildo "
    "y que mientras tanto no se cobrará a quienes vendan productos del campo."
)


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode(), source_path=name)


def test_a_print_pages_masthead_is_no_title_and_dates_the_story():
    article = _parse(
        "DIARIO DEL ALTIPLANO Lerdo, Dgo., jueves 3 de abril de 2008 PÁG. 7-B\n\n"
        "REGIÓN\n\n"
        "PROTESTAN TIANGUISTAS\nPOR CUOTA DOBLE\n\n"
        "Por JUANA OLVERA PIÑA\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == "PROTESTAN TIANGUISTAS POR CUOTA DOBLE"
    assert article.published_at.date().isoformat() == "2008-04-03"
    assert [b.name.lower() for b in article.bylines] == ["juana olvera piña"]
    assert article.body.startswith("Comerciantes del tianguis")
    assert "PÁG." not in article.body and "REGIÓN" not in article.body


def test_a_portal_stamp_over_the_headline_is_no_title():
    article = _parse(
        "Enlace Lagunero [12.05.19 08:40]\n\n"
        "Tianguistas de Gómez Palacio rechazan la cuota doble del nuevo reglamento\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == (
        "Tianguistas de Gómez Palacio rechazan la cuota doble del nuevo reglamento"
    )
    assert article.body.startswith("Comerciantes del tianguis")


def test_a_desk_slug_in_lower_case_is_no_title():
    article = _parse(
        "nota tianguis cuota - va con 3 fotos\n\n"
        "Rechazan tianguistas la cuota doble del reglamento de mercados\n\n"
        "Por: Rubén Ontiveros\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == "Rechazan tianguistas la cuota doble del reglamento de mercados"
    assert [b.name for b in article.bylines] == ["Rubén Ontiveros"]
    assert "va con 3 fotos" not in article.body


def test_a_headline_behind_a_bar_of_furniture_is_the_title():
    article = _parse(
        "📣 AVISO 22 | Reabren el mercado Juárez tras tres meses de remodelación\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == "Reabren el mercado Juárez tras tres meses de remodelación"


def test_a_dated_title_over_a_label_line_is_kept():
    # A minute's title carries its date; the line under it is a list of those present.
    article = _parse(
        "Acta de la asamblea de tianguistas (4 de marzo de 2019)\n\n"
        "Presentes: 40 comerciantes, el administrador del mercado y una regidora.\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == "Acta de la asamblea de tianguistas (4 de marzo de 2019)"


def test_a_title_with_a_headlines_shape_is_never_replaced():
    article = _parse(
        "Protestan tianguistas por la cuota doble\n\n"
        "Piden a cabildo revisar el reglamento de mercados antes de junio\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == "Protestan tianguistas por la cuota doble"


@pytest.mark.parametrize(
    "line, sign",
    [
        ("Enlace Lagunero [12.05.19 08:40]", "stamp"),
        ("Portada › Región › Lerdo", "path"),
        ("[Inicio](https://enlace.example.mx/) / Región", "path"),
        ("DAL-0212 URGENTE", "code"),
        ("Boletín 318", "code"),
        ("nota tianguis cuota", "lower case"),
        ("Campus Lerdo", "short"),
        ("SECRETARÍA DE ECONOMÍA - DELEGACIÓN DURANGO", "labels"),
        ("Protestan tianguistas por la cuota doble", ""),
        ("Llegan 300 mil visitantes a la feria de Lerdo", ""),
        ("Vence el 31 de mayo el plazo para regularizar puestos", ""),
    ],
)
def test_furniture_signs(line, sign):
    assert furniture_sign(line) == sign


@pytest.mark.parametrize(
    "paragraph, shaped",
    [
        ("PROTESTAN TIANGUISTAS\nPOR CUOTA DOBLE", True),
        ("Rechazan tianguistas la cuota doble", True),
        ("Por: Rubén Ontiveros", False),
        ("Presentes: 40 comerciantes y una regidora.", False),
        ("- Reabren el mercado Juárez", False),
        ("Mercado Municipal Benito Juárez", False),  # a name, not a sentence
    ],
)
def test_headline_shape(paragraph, shaped):
    assert headline_shaped(paragraph) is shaped
