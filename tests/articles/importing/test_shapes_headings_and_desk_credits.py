"""Shapes brought by importer-i, once a development set: a ``##`` title broken over two
lines, or written between the outlet's name and the dateline with no blank line around it;
a desk's credit on the date line («… | Redacción NDN»); «Escrito por» for «Por»; a pitch
that is a question («¿Ya te suscribiste a nuestro boletín?»). One invented fixture per
shape group (fixtures/sources/cases/); the boilerplate and byline-line rows are in
test_boilerplate.py and test_cleaning.py."""

import pytest

from articles.importing.cleaning.names import is_desk_credit
from articles.importing.parsing import parse_bytes
from articles.importing.readers.wire import heading_title, read_masthead

from .conftest import EDITOR_VIEW_FIELDS, assert_editor_view, local

EDITOR_VIEW = [
    # (file, format, title, date, bylines, source, body start, body end, phrases gone)
    (
        # The outlet, the «##» title and «place, date | Redacción …» on three lines with
        # no blank line between; a teaser glued to the lede, which opens with the people
        # it is about; a pitch that starts with a question.
        "wire-outlet-heading-desk-date-line-no-blank-lines.txt",
        "wire",
        "Ejidatarios de Lerdo inauguran una planta purificadora de agua",
        local(2023, 4, 17),
        [],
        "NOTICIERO DEL NAZAS",
        "Pobladores del ejido La Loma estrenaron",
        "podrán comprar en el local de la plaza.",
        ("Redacción", "Te puede interesar", "Gómez Palacio", "suscribiste", "Lerdo, Durango,"),
    ),
    (
        # A «##» title going on in lower case on the next line; «Outlet / date»; an
        # «Escrito por» credit; a question pitch closing the last paragraph.
        "wire-heading-over-two-lines-escrito-por.md",
        "wire",
        "Cierran por dos semanas el mercado municipal de Tecomán para cambiar su techumbre",
        local(2024, 6, 5),
        ["Rosalba Quintero Alcaraz"],
        "Voz del Valle Colimense",
        "Los locatarios del mercado municipal de Tecomán",
        "antes de la temporada de lluvias.",
        ("para cambiar su techumbre", "Escrito por", "Instagram"),
    ),
]


@pytest.mark.parametrize(EDITOR_VIEW_FIELDS, EDITOR_VIEW)
def test_what_an_editor_sees(name, fmt, title, date, bylines, source, first, last, gone):
    assert_editor_view(name, fmt, title, date, bylines, source, first, last, gone)


@pytest.mark.parametrize(
    ("text", "title", "rest"),
    [
        ("## Llueve en Colima\n\nTexto.", "Llueve en Colima", "\n\nTexto."),
        # The second line goes on in lower case: one title.
        (
            "## Reparan el puente de Pihuamo\ntras la creciente de julio\n\nTexto.",
            "Reparan el puente de Pihuamo tras la creciente de julio",
            "\n\nTexto.",
        ),
        # A date line or a capitalised line under it is not the title's.
        (
            "## Reparan el puente de Pihuamo\nEl Faro · 3 de agosto de 2023\n\nTexto.",
            "Reparan el puente de Pihuamo",
            "\nEl Faro · 3 de agosto de 2023\n\nTexto.",
        ),
        (
            "## Reparan el puente.\nla obra terminó\n\nTexto.",
            "Reparan el puente.",
            "\nla obra terminó\n\nTexto.",
        ),
        ("Reparan el puente\n\nTexto.", None, None),
    ],
)
def test_heading_titles(text, title, rest):
    found = heading_title(text)
    assert (found or (None, None)) == (title, rest)


@pytest.mark.parametrize(
    "text",
    [
        "EL FARO DEL PACÍFICO\n## Abren albergue en Mazatlán\nMazatlán, Sin., 3 de octubre "
        "de 2023\n\nEl albergue recibió a 40 familias.\n\nOtro párrafo.",
        "EL FARO DEL PACÍFICO\n\n## Abren albergue en Mazatlán\nMazatlán, Sin., 3 de octubre "
        "de 2023\n\nEl albergue recibió a 40 familias.\n\nOtro párrafo.",
        "EL FARO DEL PACÍFICO\n## Abren albergue en Mazatlán\n\nMazatlán, Sin., 3 de octubre "
        "de 2023\n\nEl albergue recibió a 40 familias.\n\nOtro párrafo.",
    ],
)
def test_a_heading_title_is_its_own_paragraph_in_a_masthead(text):
    masthead = read_masthead(text)
    assert (masthead.title, masthead.byline.source) == (
        "Abren albergue en Mazatlán",
        "EL FARO DEL PACÍFICO",
    )
    assert masthead.rest.startswith("Mazatlán, Sin., 3 de octubre de 2023\n\nEl albergue")
    article = parse_bytes(text.encode(), source_path="nota.txt")
    assert (article.format, article.title, article.published_at, article.location) == (
        "wire",
        "Abren albergue en Mazatlán",
        local(2023, 10, 3),
        "Mazatlán, Sinaloa",
    )
    assert article.body.startswith("El albergue recibió")


@pytest.mark.parametrize(
    ("text", "desk"),
    [
        ("Redacción", True),
        ("Redacción NDN", True),
        ("REDACCIÓN El Faro del Golfo", True),
        ("Redacción web", True),
        ("Staff", True),
        ("Ana Ruiz", False),
        ("Redactores del Sur", False),
        ("Redacción y fotos de Ana Ruiz Peña", False),
    ],
)
def test_desk_credits(text, desk):
    assert is_desk_credit(text) is desk


# Shapes brought by importer-l: a «Texto:» credit and a dateline crediting the outlet in
# brackets; a desk's credit with the outlet («Redacción / Outlet») over a «Sección:» line;
# a semicolon between the state and the date; the outlet named only by its own pitch.
def test_a_dateline_crediting_the_outlet_dates_and_sources_a_plain_title():
    text = (
        "Reabren el muelle de Progreso tras las reparaciones\n"
        "Texto: Ana Luisa Pech Dzul y Rubén Cen May\n\n"
        "PROGRESO, Yuc., 3 de abril de 2024 (Costa Informa).- Pescadores y prestadores de "
        "servicios volvieron a usar el muelle este miércoles, luego de dos meses de obras.\n\n"
        "Las autoridades portuarias dijeron que la obra costó 12 millones de pesos.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.txt")
    assert (article.format, article.title, article.published_at, article.source) == (
        "wire",
        "Reabren el muelle de Progreso tras las reparaciones",
        local(2024, 4, 3),
        "Costa Informa",
    )
    assert [b.name for b in article.bylines] == ["Ana Luisa Pech Dzul", "Rubén Cen May"]
    assert article.body.startswith("Pescadores y prestadores")


def test_a_desk_with_the_outlet_and_a_section_line_open_the_story():
    text = (
        "**Crece la venta de artesanías en la feria de Tonalá**\n\n"
        "Redacción / Diario del Occidente\n"
        "Sección: Economía\n"
        "Tonalá, Jalisco, 14/05/2023\n\n"
        "Los artesanos de Tonalá vendieron más piezas que el año pasado durante la feria.\n\n"
        "Más noticias de Diario del Occidente:\n"
        "- Cierran calle del centro por obras\n"
        "- Anuncian festival de mariachi\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.txt")
    assert (article.format, article.published_at, article.source, article.section) == (
        "wire",
        local(2023, 5, 14),
        "Diario del Occidente",
        "Economía",
    )
    assert article.bylines == ()
    assert article.body == (
        "Los artesanos de Tonalá vendieron más piezas que el año pasado durante la feria."
    )


def test_an_outlet_over_its_desk_then_a_date_paragraph():
    text = (
        "# Suspenden clases en la sierra por las heladas\n\n"
        "Noticias del Altiplano / Redacción\n\n"
        "Cuauhtémoc, Chihuahua · martes 9 de enero de 2024\n\n"
        "Las escuelas de cuatro municipios de la sierra suspendieron las clases por el frío.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.md")
    assert (article.source, article.published_at, article.bylines) == (
        "Noticias del Altiplano",
        local(2024, 1, 9),
        (),
    )


def test_a_semicolon_between_the_state_and_the_date():
    text = (
        "Vendedores del mercado de Tehuantepec piden techumbre nueva\n"
        "Por Rosa Elena Toledo Luis\n"
        "Voz del Sur — Santo Domingo Tehuantepec, Oax.; 8 de marzo de 2024\n\n"
        "Los vendedores del mercado Jesús Carranza pidieron al municipio cambiar el techo.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.txt")
    assert (article.format, article.published_at, article.source) == (
        "wire",
        local(2024, 3, 8),
        "Voz del Sur",
    )
    assert [b.name for b in article.bylines] == ["Rosa Elena Toledo Luis"]


def test_the_outlet_named_only_by_its_own_pitch():
    text = (
        "## Productores de limón denuncian bajos precios\n\n"
        "Por Julián Ortega Ramos\n\n"
        "Apatzingán, Mich. — 4 de junio de 2022\n\n"
        "Los productores de limón de la región dijeron que el kilo se paga a tres pesos.\n\n"
        "📱 Descarga la app de El Eco de Tierra Caliente en iOS y Android\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.md")
    assert article.source == "El Eco de Tierra Caliente"
    assert "Descarga" not in article.body
