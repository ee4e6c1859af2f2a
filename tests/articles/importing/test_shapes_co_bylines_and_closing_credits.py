"""Bylines as north-eastern newsrooms write them: co-bylines without «Por» («Ana Ruiz, Luis
Pérez y Eva Sol»), the writer's role and place after the name («, corresponsal en
Reynosa»), a credit closing the story («Por Ana Ruiz / Matamoros», in italics under a
post), a desk's front matter credit («author: Staff») under a body that names the writers,
«Texto: X | Fotos: Y», pooled agencies («Redacción / Agencias») under the outlet's name;
pitches led by a clause to the reader («Para no perderte nada, descarga…») or opened by
«¡»; a council's «R.» (Republicano) courtesy title. One invented fixture per shape group
(fixtures/sources/cases/)."""

import pytest

from articles.importing.cleaning import split_bylines, strip_boilerplate
from articles.importing.cleaning.names import is_byline_role, is_pooled_credit
from articles.importing.cleaning.press import is_issuer_line
from articles.importing.cleaning.signatures import closing_credits, co_byline

from .conftest import EDITOR_VIEW_FIELDS, assert_editor_view, local, parse

EDITOR_VIEW = [
    # (file, format, title, date, bylines, source, body start, body end, phrases gone)
    (
        # Three writers without «Por» over the outlet and the dateline; a pitch led by a
        # clause to the reader, and one opened by «¡».
        "wire-co-byline-without-por-pitch-lead-in.md",
        "wire",
        "Vecinos de Ciudad Madero limpian el canal de la Cortadura antes de las lluvias",
        local(2021, 6, 9),
        ["Rosalinda Herrera Cano", "Tomás Quiroga", "María Fernanda Lara"],
        "Tribuna del Pánuco",
        "Más de 300 vecinos",
        "vuelva a acumularse en el cauce.",
        ("Rosalinda", "descarga la app", "Suscríbete", "no perderte"),
    ),
    (
        # «Texto: X | Fotos: Y» over the outlet and the dateline.
        "wire-text-and-photo-credit-line.md",
        "wire",
        "Productores de nuez de Parras esperan la mejor cosecha en seis años",
        local(2020, 10, 21),
        ["Graciela Munguía Reyes"],
        "El Vigía del Desierto",
        "Los productores de nuez",
        "hasta mediados de diciembre.",
        ("Texto:", "Fotos:", "Arturo Benavides"),
    ),
    (
        # The outlet's name over «Redacción / Agencias» and the date; «Por X / Town»
        # closing the story.
        "wire-pooled-agencies-closing-town-credit.txt",
        "wire",
        "Cierran temporalmente el mercado municipal de Ébano por fallas eléctricas",
        local(2019, 8, 3),
        ["Silvano Portillo Acuña"],
        "Noticias de la Planicie",
        "El mercado municipal de Ébano",
        "mientras concluyen las reparaciones.",
        ("Agencias", "Silvano", "/ Ébano"),
    ),
    (
        # «author: Staff» and «Por X y Y» opening the body: the body's line names them.
        "jekyll-desk-author-opening-co-byline.md",
        "jekyll",
        "Estudiantes de Matehuala construyen un invernadero con botellas recicladas",
        local(2018, 3, 14),
        ["Leticia Ocampo Durán", "Rigoberto Salas"],
        "Voz del Altiplano",
        "Un grupo de 40 estudiantes",
        "antes de que termine el ciclo escolar.",
        ("Por Leticia", "Rigoberto"),
    ),
    (
        # No author key; an italic «Por X, corresponsal en Town» closing the post, a
        # teaser under it.
        "jekyll-closing-italic-credit-role-place.md",
        "jekyll",
        "Pavimentan la calle principal de la colonia Las Fuentes en Río Bravo",
        local(2023, 5, 22, 18, 30),
        ["Abelardo Cisneros Lugo"],
        "Enlace Ribereño",
        "Cuadrillas municipales concluyeron",
        "otras tres calles del mismo sector.",
        ("Abelardo", "corresponsal", "Lee también"),
    ),
    (
        # «R. AYUNTAMIENTO DE …» over the bulletin number: the issuer, not the title.
        "press-release-republicano-ayuntamiento.txt",
        "press_release",
        "Entregan uniformes a 1,500 alumnos de primarias rurales de Sabinas",
        local(2019, 8, 28),
        [],
        "R. Ayuntamiento de Sabinas",
        "El Ayuntamiento de Sabinas entregó",
        "subieron casi 20 por ciento.",
        ("AYUNTAMIENTO", "Boletín", "-o0o-", "Tel."),
    ),
]


@pytest.mark.parametrize(EDITOR_VIEW_FIELDS, EDITOR_VIEW)
def test_what_an_editor_sees(name, fmt, title, date, bylines, source, first, last, gone):
    assert_editor_view(name, fmt, title, date, bylines, source, first, last, gone)


def test_the_photographer_of_a_text_and_photo_line_credits_the_lead_image():
    assert parse("wire-text-and-photo-credit-line.md").lead_image_credit == "Arturo Benavides"


def test_a_republicano_council_is_the_issuer():
    article = parse("press-release-republicano-ayuntamiento.txt")
    assert (article.issuer, article.bulletin_number) == ("R. Ayuntamiento de Sabinas", "0231")


@pytest.mark.parametrize(
    "text",
    ["Corresponsal", "corresponsal en Piedras Negras", "Enviada especial a Bruselas",
     "colaborador de Diario del Golfo", "reportera"],
)  # fmt: skip
def test_a_role_with_its_place_is_no_byline(text):
    assert is_byline_role(text)


@pytest.mark.parametrize("text", ["Ana Corral", "Corral de Piedra", "editorial del lunes"])
def test_names_are_no_roles(text):
    assert not is_byline_role(text)


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Por Nadia Pruneda Garza, corresponsal en Sabinas Hidalgo", ["Nadia Pruneda Garza"]),
        ("Por Lucio Vela, enviado especial a Houston", ["Lucio Vela"]),
        ("Por Nadia Pruneda, Lucio Vela", ["Nadia Pruneda", "Lucio Vela"]),
    ],
)
def test_a_role_after_the_comma_is_not_a_second_writer(raw, names):
    assert [b.name for b in split_bylines(raw)] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Irma Solís Treviño y Julián Peña", ("Irma Solís Treviño", "Julián Peña")),
        ("Irma Solís, Julián Peña y Olga Ruelas", ("Irma Solís", "Julián Peña", "Olga Ruelas")),
        ("San Nicolás de los Garza, Nuevo León", ()),  # a town and its state
        ("Irma Solís Treviño", ()),  # one name: no list
        ("Tribuna del Norte y La Voz del Sur", ()),  # outlets
        ("Ortega y Gasset", ()),
    ],
)
def test_co_byline_lines_without_por(line, names):
    assert co_byline(line) == names


@pytest.mark.parametrize(
    ("paragraph", "writers"),
    [
        ("Por Gerardo Lomas Vidal / Valle Hermoso", ("Gerardo Lomas Vidal",)),
        ("*Por Gerardo Lomas Vidal, corresponsal en Valle Hermoso*", ("Gerardo Lomas Vidal",)),
        ("— Gerardo Lomas Vidal, reportero", ("Gerardo Lomas Vidal",)),
    ],
)
def test_closing_credits_with_a_town_or_a_role(paragraph, writers):
    assert closing_credits(paragraph) == (writers, "")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Gerardo Lomas Vidal / Valle Hermoso",  # no «Por»: a name and a town read the same
        "Por la tarde / Valle Hermoso",
        "Por Gerardo Lomas Vidal / las colonias del norte",
    ],
)
def test_no_closing_credit(paragraph):
    assert closing_credits(paragraph) is None


@pytest.mark.parametrize(
    "pitch",
    [
        "¡Suscríbete a nuestro boletín de la mañana!",
        "Para no perderte nada, descarga la app de Tribuna del Pánuco.",
        "Si quieres estar al día, únete a nuestro canal de WhatsApp.",
        "Para estar informado, síguenos en Facebook.",
    ],
)
def test_pitches_led_by_a_clause_or_an_exclamation_go(pitch):
    assert strip_boilerplate([pitch])[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "Para recibir el apoyo, los productores deberán registrarse antes del viernes.",
        "Si quieres ganar, entrena, dijo el entrenador a los jugadores del equipo local.",
        "¡Viva México!, gritaron los asistentes al final de la ceremonia en la plaza.",
    ],
)
def test_text_led_the_same_way_stays(text):
    assert strip_boilerplate([text])[0] == [text]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("R. AYUNTAMIENTO DE MONCLOVA", True),
        ("Republicano Ayuntamiento de Monclova", True),
        ("H. Ayuntamiento de Sabinas", True),
        ("R. Ayuntamiento aprueba presupuesto", False),
    ],
)
def test_council_courtesy_titles(line, expected):
    assert is_issuer_line(line) is expected


@pytest.mark.parametrize(
    ("credit", "pooled"),
    [("Agencias", True), ("Por: Agencias", True), ("AP", False), ("Diario del Norte", False)],
)
def test_pooled_agency_credits(credit, pooled):
    assert is_pooled_credit(credit) is pooled


def test_a_teaser_glued_to_the_next_sentence_without_a_space_is_cut_at_the_glued_word():
    paragraph = (
        "La fila de camiones llegó a seis kilómetros sobre la carretera.Lee también: Cierran "
        "el cruce de Colombia por obrasLos agentes aduanales pidieron abrir un segundo turno "
        "durante el fin de semana."
    )
    kept, _credit, _source, removed = strip_boilerplate([paragraph])
    assert kept == [
        "La fila de camiones llegó a seis kilómetros sobre la carretera. Los agentes aduanales "
        "pidieron abrir un segundo turno durante el fin de semana."
    ]
    assert removed == ["Lee también: Cierran el cruce de Colombia por obras"]


def test_two_writers_before_the_outlet_and_the_date_on_one_line():
    from articles.importing.readers.wire import split_byline_line

    found = split_byline_line("Marta Ibáñez Solís y Raúl Quezada | Tepic al Momento | 03.05.2016")
    assert found.source == "Tepic al Momento"
    assert found.published_at.date().isoformat() == "2016-05-03"
    assert split_bylines(" y ".join(found.authors))[0].name == "Marta Ibáñez Solís"


def test_a_title_pasted_twice_is_one_title_and_no_body():
    from articles.importing.parsing import parse_bytes

    title = "# Tepic amplía el horario del transporte nocturno a partir de junio"
    article = parse_bytes(
        (
            f"Tepic\n\n{title}\n\n{title}\n\n"
            "Marta Ibáñez Solís y Raúl Quezada | Tepic al Momento | 03.05.2016 · 07:10\n\n"
            "El Ayuntamiento de Tepic anunció que las rutas nocturnas del transporte público "
            "funcionarán hasta la medianoche a partir del primero de junio.\n\n"
            "La medida beneficiará a trabajadores de los turnos vespertinos del centro.\n"
        ).encode(),
        source_path="nay/rutas.md",
    )
    assert article.title == "Tepic amplía el horario del transporte nocturno a partir de junio"
    assert [b.name for b in article.bylines] == ["Marta Ibáñez Solís", "Raúl Quezada"]
    assert (article.source, article.section) == ("Tepic al Momento", "Tepic")
    assert "amplía el horario" not in article.body
