"""Shapes brought by importer-e's third batch, once a development batch: a place line in
a masthead or byline paragraph («Nuevo Laredo, Tamps.» between the outlet and the date), a time
zone after a date or a time («2024-07-04 23:15 (GMT-6)», «13:40 h, tiempo del centro»),
a clock time after a date in words («mar 7 may 2024 08:30»), bare teaser verbs and
context pointers with their separator («LEE: …», «Mira: …», «En contexto: …») and
«Más sobre el tema» headline blocks. One invented fixture per shape
(fixtures/sources/cases/)."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from articles.importing.cleaning import parse_date
from articles.importing.cleaning.boilerplate import strip_boilerplate
from articles.importing.cleaning.dates import DateProblem, parse_date_line, split_time_zone
from articles.importing.parsing import parse_bytes
from articles.importing.readers.wire import place_line, read_masthead, split_byline_line

from .conftest import EDITOR_VIEW_FIELDS, assert_editor_view, local, parse

EDITOR_VIEW = [
    # (file, format, title, date, bylines, source, body start, body end, phrases gone)
    (
        # Outlet, «City, St.» and date lines over a «##» title; «LEA:» glued mid-paragraph;
        # a «Más sobre este caso:» block of headlines closing the story.
        "wire-masthead-place-line-glued-bare-teaser.md",
        "wire",
        "Exportadores de nuez esperan hasta dos días para cruzar el puente de carga",
        local(2024, 3, 15),
        ["Rodolfo Garza Villarreal"],
        "LA ATALAYA DEL BRAVO",
        "Transportistas que llevan nuez pecanera",
        "la remodelación de las casetas.",
        ("Nuevo Laredo", "LEA", "Suben las cuotas", "Más sobre", "báscula", "Por Rodolfo"),
    ),
    (
        # «Outlet — ISO date time (GMT-6)» under a «#» title; «Por X y Redacción»;
        # «Para contexto:» opening the lede, «Mira:» closing a paragraph.
        "wire-byline-time-zone-context-teaser.md",
        "wire",
        "Alfareros de Atzompa llevan su barro verde a una feria en Monterrey",
        local(2024, 9, 12),
        ["Eustolia Reyes Cid"],
        "Heraldo de los Valles Centrales",
        "Un grupo de veinte alfareras",
        "otras ferias del año.",
        ("GMT", "Para contexto", "pueblo del barro", "Mira:", "sin plomo", "Redacción"),
    ),
    (
        # «Fecha: vie 14 jun 2024 17:45 (hora del centro)»: an abbreviated date with a
        # time and a zone; the greeting and sign-off go (importer-a/-b convention).
        "generic-email-abbreviated-date-with-time.eml",
        "generic",
        "Cambio de horario en la guardia de fin de semana",
        local(2024, 6, 14, 17, 45),
        [],
        "",
        "A partir de este fin de semana",
        "buscar un reemplazo.",
        ("Para:", "Hola a todos", "Saludos"),
    ),
]


@pytest.mark.parametrize(EDITOR_VIEW_FIELDS, EDITOR_VIEW)
def test_what_an_editor_sees(name, fmt, title, date, bylines, source, first, last, gone):
    assert_editor_view(name, fmt, title, date, bylines, source, first, last, gone)


def test_the_masthead_place_line_is_the_location():
    assert (
        parse("wire-masthead-place-line-glued-bare-teaser.md").location
        == "Nuevo Laredo, Tamaulipas"
    )


# Dates: clock times and zones -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mar 7 may 2024 08:30", local(2024, 5, 7, 8, 30)),
        ("9 de enero de 2024, 13:40 h", local(2024, 1, 9, 13, 40)),
        ("martes 9 de enero de 2024 a las 8:05 p. m.", local(2024, 1, 9, 20, 5)),
        ("9 de enero de 2024 12:10 a.m.", local(2024, 1, 9, 0, 10)),
        ("2024-07-04 23:15 (GMT-6)", local(2024, 7, 4, 23, 15)),
        ("2024-07-04 23:15 UTC-06:00", local(2024, 7, 4, 23, 15)),
        ("04/07/2024 23:15 GMT", datetime(2024, 7, 4, 23, 15, tzinfo=UTC)),
        ("jue 14 dic 2023 13:40 hrs. (tiempo del centro)", local(2023, 12, 14, 13, 40)),
        (
            "14 de diciembre de 2023, 10:00 horas, hora de la Ciudad de México",
            local(2023, 12, 14, 10),
        ),
        ("2024-03-01 09:00 CST", datetime(2024, 3, 1, 9, tzinfo=timezone(timedelta(hours=-6)))),
    ],
)
def test_dates_with_a_clock_time_and_a_zone(text, expected):
    assert parse_date(text) == expected
    assert parse_date_line(text) == expected


def test_an_impossible_date_with_a_time_is_still_impossible():
    with pytest.raises(DateProblem) as problem:
        parse_date("31 de febrero de 2024 10:00")
    assert problem.value.impossible


@pytest.mark.parametrize("text", ["hora del centro", "Reunión de vecinos (GMT-6)", "en el centro"])
def test_a_zone_needs_a_date_or_a_time_before_it(text):
    assert split_time_zone(text) is None


def test_a_time_and_zone_after_words_is_no_date_line():
    assert parse_date_line("Reunión a las 10:00 (GMT-6)") is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Gaceta del Valle — 2024-07-04 23:15 (GMT-6)", local(2024, 7, 4)),
        ("El Sol de la Sierra · sáb 6 ene 2024 · 13:40 h (GMT-6)", local(2024, 1, 6)),
        (
            "Gaceta del Valle | 4 de julio de 2024, 23:15 horas, tiempo del centro",
            local(2024, 7, 4),
        ),
        ("Diario del Golfo · 04/07/2024 8:15 p. m. CST", local(2024, 7, 4)),
    ],
)
def test_byline_lines_closing_in_a_time_zone(line, date):
    found = split_byline_line(line)
    assert found is not None
    assert found.published_at.date() == date.date()
    assert found.source and not found.authors


# Place lines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Tijuana, B.C.", "TLAPA DE COMONFORT, GUERRERO", "Cd. Juárez, Chih.", "**Ensenada, B.C.**"],
)
def test_place_lines(line):
    assert place_line(line)


@pytest.mark.parametrize(
    "line", ["Tijuana", "Por Ana Ruiz, corresponsal", "La obra terminó, dijo.", "Ana, Luis y 3 más"]
)
def test_not_place_lines(line):
    assert not place_line(line)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "LA TRINCHERA\nTecate\nmar 9 abr 2024\n\n## Reabren la garita\n\n"
            "Por Ana Ruiz\n\nTexto.",
            "Tecate",
        ),
        (
            "EL VIGÍA DEL NORTE\nCiudad Juárez\nmar 9 abr 2024\n\nReabren la garita peatonal\n\n"
            "La garita reabrió ayer.\n\nOtro párrafo.",
            "Ciudad Juárez",
        ),
        (
            "Ensenada, Baja California\nLA VOZ DEL VALLE\n9 de abril de 2024\n\n"
            "Reabren la garita peatonal\n\nLa garita reabrió ayer.\n\nOtro párrafo.",
            "Ensenada, Baja California",
        ),
    ],
)
def test_a_place_in_a_masthead(text, location):
    masthead = read_masthead(text)
    assert masthead is not None
    assert (masthead.byline.location, masthead.byline.published_at) == (
        location,
        local(2024, 4, 9),
    )
    assert masthead.byline.source in ("LA TRINCHERA", "EL VIGÍA DEL NORTE", "LA VOZ DEL VALLE")


def test_a_place_line_in_a_byline_paragraph_under_a_heading():
    data = (
        "## Reabren la garita peatonal\n\n"
        "La Voz del Valle\nEnsenada, B.C.\n9 de abril de 2024\n\n"
        "La garita reabrió ayer por la tarde.\n"
    )
    article = parse_bytes(data.encode(), source_path="nota.md")
    assert (article.source, article.location, article.published_at) == (
        "La Voz del Valle",
        "Ensenada, Baja California",
        local(2024, 4, 9),
    )
    assert article.body == "La garita reabrió ayer por la tarde."


def test_two_places_and_no_outlet_are_no_masthead():
    text = (
        "Ensenada, B.C.\nTijuana, B.C.\n\nReabren la garita peatonal\n\nLa garita reabrió.\n\nMás."
    )
    assert read_masthead(text) is None


# Teasers and headline blocks -----------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "LEE: Suben las cuotas del puente",
        "Lee | Suben las cuotas del puente",
        "Lea: Suben las cuotas del puente",
        "Lea también: Suben las cuotas del puente",
        "Mira: Así se ve el puente nuevo",
        "Checa → Así se ve el puente nuevo",
        "Vea: Así se ve el puente nuevo",
        "Ver más: Así se ve el puente nuevo",
        "Lee aquí: Así se ve el puente nuevo",
        "En contexto: Mexicali, la capital del valle agrícola",
        "Más contexto: Mexicali, la capital del valle agrícola",
        "**Para entender:** Qué es la revisión secundaria",
    ],
)
def test_bare_teaser_verbs_and_context_pointers(paragraph):
    kept, _credit, _source, removed = strip_boilerplate([paragraph, "La obra terminó ayer."])
    assert kept == ["La obra terminó ayer."]
    assert removed


def test_a_context_pointer_opening_the_lede_leaves_the_lede():
    paragraph = (
        "En contexto: Mexicali, la capital del valle agrícola Miles de jornaleros llegaron "
        "a los campos de algodón para la pizca, la más grande de la última década."
    )
    kept, _credit, _source, removed = strip_boilerplate([paragraph])
    assert kept == [paragraph.split("agrícola ", 1)[1]]
    assert removed == ["En contexto: Mexicali, la capital del valle agrícola"]


def test_a_bare_teaser_glued_mid_paragraph():
    paragraph = (
        "Los comerciantes cerraron temprano. LEE: Suben las cuotas del puente peatonal "
        "Su líder pidió una mesa de diálogo con la aduana."
    )
    kept, _credit, _source, removed = strip_boilerplate([paragraph])
    assert kept == [
        "Los comerciantes cerraron temprano. Su líder pidió una mesa de diálogo con la aduana."
    ]
    assert removed == ["LEE: Suben las cuotas del puente peatonal"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "En contexto",  # a subheading: no separator
        "Mira, no es tan fácil como parece, dijo la vendedora.",
        "Lee Ann Park llegó a la ciudad en 2019.",
        "Para entender el problema hay que revisar las cifras.",
        "Ve a la tienda antes de que cierre, le dijo su madre.",
        "—Mira: si no vienen hoy, mañana no habrá lugar —advirtió el encargado.",
        "| Lee | 34 años | Tijuana |\n| Ana | 29 años | Tecate |",
    ],
)
def test_the_bare_words_without_their_separator_stay(paragraph):
    kept, _credit, _source, _removed = strip_boilerplate([paragraph, "La obra terminó ayer."])
    assert kept == [paragraph, "La obra terminó ayer."]


@pytest.mark.parametrize(
    "heading",
    [
        "Más sobre el tema:",
        "MÁS SOBRE ESTE CASO",
        "Lee más sobre el tema",
        "Sobre el tema",
        "Del mismo tema:",
    ],
)
def test_more_on_the_topic_blocks(heading):
    block = f"{heading}\n- Abren el nuevo mercado de mariscos\n- Sube el diésel para la flota"
    kept, _credit, _source, removed = strip_boilerplate(["La temporada empezó.", block])
    assert kept == ["La temporada empezó."]
    assert removed


def test_a_more_on_subheading_over_real_text_keeps_the_text():
    kept, _credit, _source, _removed = strip_boilerplate(
        ["Más sobre la reforma", "La reforma entra en vigor el lunes, dijo el diputado."]
    )
    assert kept == ["Más sobre la reforma", "La reforma entra en vigor el lunes, dijo el diputado."]


# Byline lines in any order of the parts they are known to hold -------------------------


@pytest.mark.parametrize(
    ("line", "source", "place", "moment"),
    [
        # The dateline first, the outlet after a dash.
        (
            "Ixmiquilpan, Hgo., viernes 3 de mayo de 2024 — La Voz del Mezquital",
            "La Voz del Mezquital",
            "Ixmiquilpan",
            local(2024, 5, 3),
        ),
        # «a» before the date, as in press datelines.
        (
            "EL SOL SERRANO — Zacatlán, Pue., a 3 de mayo de 2024",
            "EL SOL SERRANO",
            "Zacatlán, Pue.",
            local(2024, 5, 3),
        ),
        # A clock time between the date and the outlet.
        ("03/05/2024 · 09:15 h · Diario del Valle", "Diario del Valle", "", local(2024, 5, 3)),
    ],
)
def test_byline_line_parts_in_any_order(line, source, place, moment):
    byline = split_byline_line(line)
    assert (byline.source, byline.published_at) == (source, moment)
    assert place in byline.location


def test_a_section_label_alone_over_a_heading_title():
    text = (
        "Sección: Costa\n\n# Pescadores de Alvarado reparan sus lanchas\n\n"
        "Por: Ana Ruiz Peña\nAlvarado, Ver., 3 de mayo de 2024 — El Puerto Hoy\n\n"
        "Los pescadores de Alvarado comenzaron a reparar sus lanchas tras el temporal.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.txt")
    assert (article.format, article.title, article.section) == (
        "wire",
        "Pescadores de Alvarado reparan sus lanchas",
        "Costa",
    )
    assert [b.name for b in article.bylines] == ["Ana Ruiz Peña"]
    assert (article.source, article.published_at) == ("El Puerto Hoy", local(2024, 5, 3))


def test_a_byline_under_an_italic_bajada():
    text = (
        "EL PUERTO HOY — Alvarado, Ver., 3 de mayo de 2024\n\n"
        "# Pescadores de Alvarado reparan sus lanchas\n\n"
        "*El temporal dañó 40 embarcaciones*\n\nPor Ana Ruiz Peña y Luis Mora Cruz\n\n"
        "Los pescadores de Alvarado comenzaron a reparar sus lanchas tras el temporal.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.md")
    assert [b.name for b in article.bylines] == ["Ana Ruiz Peña", "Luis Mora Cruz"]
    assert article.body.startswith("*El temporal dañó 40 embarcaciones*")
    assert "Por Ana" not in article.body
