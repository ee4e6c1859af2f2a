"""Shapes found in the fifth blind set (importer-e), one invented fixture per shape
(fixtures/sources/cases/): mastheads stacked over the title (outlet, date, byline and
CMS-stamp lines, or a date over the title with the outlet's name under it), a date line
over a generic note's title, a unit of an office («Subprocuraduría …») in a release's
header, and the teaser, pitch, end-marker and stamp rows they brought."""

import pytest

from articles.importing.cleaning import parse_date
from articles.importing.cleaning.boilerplate import split_teaser, strip_boilerplate
from articles.importing.cleaning.dates import DateProblem, is_relative_stamp
from articles.importing.cleaning.press import is_end_marker, is_issuer_line, issuer_case
from articles.importing.parsing import parse_bytes
from articles.importing.readers.wire import read_masthead, split_byline_line

from .conftest import EDITOR_VIEW_FIELDS, assert_editor_view, local, parse

EDITOR_VIEW = [
    # (file, format, title, date, bylines, source, body start, body end, phrases gone)
    (
        # A date line over the title, the outlet's name (with a section) alone under it;
        # a teaser whose headline runs into the lede with no sentence opener; an emoji
        # before «Para que no te pierdas:»; «—Name» closing the story.
        "wire-masthead-date-title-outlet-line.txt",
        "wire",
        "Restauran el faro de la Barra Norte tras veinte años de abandono",
        local(2024, 3, 18),
        ["Octavio Pinzón Herrera"],
        "EL FARO DEL GOLFO",
        "Pescadores de Coatzacoalcos, Nanchital y Agua Dulce celebraron",
        "toda la noche.",
        ("18/03/2024", "Regional", "Foto:", "Te puede interesar", "Reparan el", "Jicacal"),
    ),
    (
        # Outlet line and «date | City, St.» line, then «**Por X, corresponsal**» in a
        # paragraph of its own, then the title; «Quizá te interese:» glued mid-paragraph;
        # «Lee, comenta y comparte: síguenos …» and «…: descárgala …» pitches.
        "wire-masthead-stacked-byline.txt",
        "wire",
        "Productores de vainilla de Papantla exigen precio de garantía",
        local(2024, 4, 12),
        ["Leonor Gallardo Ibáñez"],
        "EL VIGÍA DEL TOTONACAPAN",
        "Un centenar de productores de vainilla",
        "pliego petitorio al cabildo.",
        ("Quizá te interese", "denominación de origen", "Lee, comenta", "descárgala"),
    ),
    (
        # A labelled ISO date and an English CMS stamp over a «##» title; «Outlet — City»
        # under it; «Por X y Redacción» closing the story.
        "wire-masthead-stamps-over-heading.md",
        "wire",
        "Comuneros de la Montaña reparan la escuela con faena",
        local(2024, 5, 18, 22, 10),
        ["Bernardina Olivares Casarrubias"],
        "Crónica de la Montaña",
        "Comuneros de cuatro localidades",
        "la comida para todos.",
        ("Publicado", "Updated", "Tlapa", "Redacción"),
    ),
    (
        # A plain title over «Por X / Outlet» and a relative stamp: wire copy, undated.
        "wire-plain-title-author-outlet-relative.txt",
        "wire",
        "Liberan a un cocodrilo atrapado en un canal de riego de Tecomán",
        None,
        ["Gerardo Anaya Preciado"],
        "Gaceta del Valle de Armería",
        "Elementos de Protección Civil",
        "sin lesiones.",
        ("Por Gerardo", "Hace 20 minutos"),
    ),
    (
        # A date line over the title of a note with no outlet: the note's date.
        "generic-date-line-over-title.txt",
        "generic",
        "Notas sueltas de la asamblea de colonos de Las Palmas",
        local(2024, 7, 9),
        [],
        "",
        "Los colonos acordaron",
        "primer sábado de agosto.",
        ("Martes 9 de julio",),
    ),
]


@pytest.mark.parametrize(EDITOR_VIEW_FIELDS, EDITOR_VIEW)
def test_what_an_editor_sees(name, fmt, title, date, bylines, source, first, last, gone):
    assert_editor_view(name, fmt, title, date, bylines, source, first, last, gone)


def test_a_date_line_over_a_title_never_refuses_a_note():
    data = "02/05/2024\n\nReunión de vecinos\n\nSe acordó reparar la banqueta del parque.\n"
    article = parse_bytes(data.encode(), source_path="nota.txt")
    assert (article.title, article.published_at) == ("Reunión de vecinos", local(2024, 5, 2))


def test_an_impossible_date_line_over_a_title_is_no_date():
    data = "31/06/2024\n\nReunión de vecinos\n\nSe acordó reparar la banqueta del parque.\n"
    article = parse_bytes(data.encode(), source_path="nota.txt")
    assert (article.title, article.published_at) == ("Reunión de vecinos", None)


def test_a_press_office_over_a_title_is_no_masthead():
    text = "SECRETARÍA DE TURISMO\n15/03/2024\n\nAbren ruta del café\n\nLa ruta abrió.\n"
    assert read_masthead(text) is None


def test_a_dated_masthead_needs_an_outlet_of_two_words_under_the_title():
    text = "15/03/2024\n\nAbren la ruta del café en la sierra\n\nAntecedentes\n\nLa ruta abrió.\n"
    assert read_masthead(text) is None


def test_press_release_unit_of_an_office_and_fin_del_boletin():
    article = parse("press-release-vice-office-fin-del-comunicado.txt")
    assert article.format == "press_release"
    assert article.title == "Clausura Subprocuraduría aserradero clandestino en Yécora"
    assert article.bulletin_number == "0412"
    assert article.issuer == (
        "Procuraduría de Protección al Ambiente del Estado de Sonora, "
        "Subprocuraduría de Inspección Forestal"
    )
    assert (article.dateline_city, article.published_at) == ("Yécora", local(2024, 8, 21))
    assert article.body.endswith("el registro de origen de la madera.")
    assert "FIN DEL" not in article.body and "662" not in article.body


# The rows, one by one -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Vicefiscalía General de Asuntos Internos", "SUBPROCURADURÍA DE DEFENSA DEL TRABAJO"],
)
def test_units_of_an_office_are_issuer_lines(line):
    assert is_issuer_line(line)


def test_office_particles_stay_lower_case():
    assert issuer_case("COMISIÓN PARA EL DESARROLLO AL SUR") == "Comisión para el Desarrollo al Sur"


@pytest.mark.parametrize("line", ["FIN DEL COMUNICADO", "— Fin del boletín —", "FIN"])
def test_end_markers(line):
    assert is_end_marker(line)


@pytest.mark.parametrize(
    "text", ["3 hours ago", "Last updated 3 hours ago", "Updated an hour ago", "hace 2 horas"]
)
def test_english_relative_stamps_are_not_dates(text):
    assert is_relative_stamp(text)
    with pytest.raises(DateProblem):
        parse_date(text)


def test_a_date_before_a_place_on_a_byline_line():
    found = split_byline_line("vie 12 abr 2024 | Poza Rica, Ver.")
    assert found is not None
    assert (found.published_at, found.location, found.stamp) == (
        local(2024, 4, 12),
        "Poza Rica, Ver.",
        True,
    )


@pytest.mark.parametrize(
    ("paragraph", "gone"),
    [
        ("🔴 Para que no te pierdas: Cierran el malecón", "Para que no te pierdas"),
        ("Quizá te interese: Suben las tarifas del agua", "Quizá"),
        ("Lee, comenta y comparte: síguenos en Telegram", "Lee, comenta"),
        ("Más noticias en nuestra app: descárgala en tu teléfono", "Más noticias"),
    ],
)
def test_teasers_and_pitches(paragraph, gone):
    kept, _credit, _source, removed = strip_boilerplate([paragraph, "La obra terminó ayer."])
    assert kept == ["La obra terminó ayer."]
    assert any(gone in text for text in removed)


def test_a_teaser_headline_ends_at_its_first_run_of_capitals_before_a_long_sentence():
    headline, rest = split_teaser(
        "Reparan el muelle de Puerto Esperanza Pescadores de la costa celebraron la "
        "reapertura del faro, que estuvo apagado durante dos décadas."
    )
    assert headline == "Reparan el muelle de Puerto Esperanza"
    assert rest.startswith("Pescadores de la costa celebraron")


def test_a_short_closed_headline_is_still_all_teaser():
    assert split_teaser("Gobernador Juan Pérez inaugura la obra.") == (
        "Gobernador Juan Pérez inaugura la obra.",
        "",
    )


def test_an_emoji_teaser_label_and_a_closing_credit_leave_the_body():
    body = parse("wire-masthead-date-title-outlet-line.txt").body
    for phrase in ("📌", "Para que no te pierdas", "—Octavio", "EL FARO"):
        assert phrase not in body


def test_a_stamp_over_a_notes_title_is_neither_title_nor_date():
    data = "Hace 2 horas\n\nReunión de vecinos\n\nSe acordó reparar la banqueta del parque.\n"
    article = parse_bytes(data.encode(), source_path="nota.txt")
    assert (article.title, article.published_at) == ("Reunión de vecinos", None)


def test_a_relative_stamp_paragraph_is_no_body():
    kept, _credit, _source, removed = strip_boilerplate(["Hace 45 minutos", "La obra terminó."])
    assert (kept, removed) == (["La obra terminó."], ["Hace 45 minutos"])


def test_an_outlet_alone_over_a_byline_paragraph():
    data = (
        "Reabren el mercado de Playa Azul tras la remodelación\n\n"
        "Gaceta de la Bahía\n\n"
        "Por Ana Ruiz Soto\n12/03/2024\n\n"
        "Los locatarios volvieron a sus puestos después de seis meses de obra.\n"
    )
    article = parse_bytes(data.encode(), source_path="nota.txt")
    assert (article.format, article.source, article.published_at) == (
        "wire",
        "Gaceta de la Bahía",
        local(2024, 3, 12),
    )
    assert [b.name for b in article.bylines] == ["Ana Ruiz Soto"]
    assert article.body.startswith("Los locatarios volvieron")


def test_an_outlet_and_a_relative_stamp_over_a_heading_are_a_masthead():
    data = (
        "NOTICIAS DEL PUERTO\nHace 3 horas\n\n## Reabren el malecón\n\nEl malecón reabrió ayer.\n"
    )
    article = parse_bytes(data.encode(), source_path="nota.md")
    assert (article.format, article.title, article.source) == (
        "wire",
        "Reabren el malecón",
        "NOTICIAS DEL PUERTO",
    )
    assert article.published_at is None


def test_a_note_signed_por_x_slash_role_is_no_wire_copy():
    data = "Reabren el malecón de la bahía\n\nPor Ana Ruiz / Corresponsal\n\nEl malecón reabrió.\n"
    article = parse_bytes(data.encode(), source_path="nota.txt")
    assert (article.format, article.source) == ("generic", "")


def test_a_quoted_phrase_is_no_teaser():
    quote = "«Te recomendamos: leer con calma», dijo la autora."
    kept, _credit, _source, _removed = strip_boilerplate([quote])
    assert kept == [quote]
