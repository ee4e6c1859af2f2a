"""Shapes found in the fourth blind set (importer-d), one invented fixture per shape
(fixtures/sources/cases/), asserting what an editor sees: title, date, bylines, source,
where the body starts and ends, and that no boilerplate phrase is left in it."""

import pytest

from articles.importing.cleaning import parse_date, split_bylines
from articles.importing.cleaning.boilerplate import split_teaser, strip_boilerplate
from articles.importing.cleaning.dates import (
    DateProblem,
    is_relative_stamp,
    parse_date_line,
    strip_date_label,
)
from articles.importing.cleaning.press import is_end_marker, is_issuer_line, last_end_marker
from articles.importing.parsing import parse_bytes
from articles.importing.readers.press_release import continues_title
from articles.importing.readers.wire import (
    outlet_name,
    section_bar,
    split_byline_line,
    trailing_credit,
)

from .conftest import EDITOR_VIEW_FIELDS, assert_editor_view, local, parse


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


# What an editor sees, file by file ---------------------------------------------------

EDITOR_VIEW = [
    # (file, format, title, date, bylines, source, body start, body end, phrases gone)
    (
        # An outlet line and a dd.mm.yyyy line above the title; «Por A y B»; a glued
        # «Para saber más:» teaser opening a paragraph.
        "wire-masthead-outlet-and-date-line.txt",
        "wire",
        "PRODUCTORES DE NUEZ ESPERAN COSECHA RÉCORD EN LERDO",
        local(2024, 4, 17),
        ["Aurelio Cisneros Vela", "Mónica Saucedo"],
        "LA VOZ DEL NAZAS",
        "Los huerteros de Lerdo prevén",
        "durante la cosecha.",
        (
            "LA VOZ DEL NAZAS",
            "17.04.2024",
            "Por Aurelio",
            "Para saber más",
            "Suben tarifas",
            "Con información",
        ),
    ),
    (
        # A relative stamp is no date; «Reportero:» names the author; «Mira también»
        # without a colon, its headline on the next line.
        "wire-masthead-relative-stamp.txt",
        "wire",
        "Granizada daña techos de 200 viviendas en Perote",
        None,
        ["Efraín Landa Ortiz"],
        "Noticias del Cofre",
        "Una granizada de media hora",
        "durante la noche.",
        ("hace 3 horas", "Reportero", "Mira también", "Cierran la carretera", "WhatsApp"),
    ),
    (
        # «Outlet — Section» alone above the title; «Publicado el …» under the byline;
        # «Te puede interesar »» glued at a paragraph's end; an English CMS stamp.
        "wire-masthead-section-suffix-cms-stamp.txt",
        "wire",
        "Obregón recibirá el torneo estatal de beisbol juvenil",
        local(2024, 5, 3),
        ["Leticia Valenzuela Félix"],
        "Diario del Yaqui",
        "La liga municipal confirmó",
        "segunda quincena de junio.",
        ("Deportes", "Publicado", "Te puede interesar", "Remodelan", "Last updated"),
    ),
    (
        # The outlet/date line, then «Texto y fotos: X» in a paragraph of its own;
        # ENTÉRATE glued at the end; a «TAMBIÉN EN …» block mid-article; «Sigue leyendo:».
        "wire-byline-credit-label-paragraph.md",
        "wire",
        "Abren el primer banco de leche materna en Gómez Palacio",
        local(2023, 4, 2),
        ["Rebeca Ontiveros Zamora"],
        "El Heraldo Lagunero",
        "El hospital general de Gómez Palacio",
        "por la mañana.",
        (
            "Texto y fotos",
            "ENTÉRATE",
            "Vacunan a 3 mil",
            "TAMBIÉN EN",
            "→",
            "Sigue leyendo",
            "incubadoras",
        ),
    ),
    (
        # An impossible date (31/04) is no date; «/ Name» closing the story is the byline.
        "wire-trailing-credit-impossible-date.md",
        "wire",
        "Vecinos de Comitán reabren el mercado de artesanías",
        None,
        ["Teresa Albores Guillén"],
        "El Centinela de los Lagos",
        "Los artesanos del barrio",
        "de lunes a domingo.",
        ("/ Teresa", "MÁS NOTICIAS", "Montebello"),
    ),
    (
        # The outlet's name alone on a byline line; «Por Redacción» names no one; a glued
        # «Lee más:» headline with no sentence opener after it keeps the real sentence.
        "wire-collective-credit-outlet-line.txt",
        "wire",
        "Suspenden por una semana las clases en tres escuelas de Altamira",
        local(2024, 3, 5),
        [],
        "Mirador Tamaulipeco",
        "La secretaría estatal de educación",
        "revisará los patios de las escuelas cada día.",
        ("Por Redacción", "Lee más", "Reportan más casos", "Foto:"),
    ),
    (
        # Spanish abbreviated weekday and month (mié 6 mar 2024); «Por X / Outlet».
        "wire-abbreviated-spanish-date.txt",
        "wire",
        "Reabren la biblioteca pública de Tuxpan tras la inundación",
        local(2024, 3, 6),
        ["Isabel Cruz Mendoza"],
        "Gaceta del Tuxpan",
        "La biblioteca pública de Tuxpan",
        "escuelas y particulares.",
        ("mié 6 mar", "Por Isabel"),
    ),
    (
        "generic-labelled-date-lines.txt",
        "generic",
        "Vecinos acuerdan cerrar el paso de camiones por la calle Juárez",
        local(2023, 10, 9),
        [],
        "",
        "En una reunión con el comisariado",
        "dentro de tres meses.",
        ("Fecha:",),
    ),
    (
        "generic-place-and-date-label.text",
        "generic",
        "Relato: la noche de rábanos en la plaza",
        local(2023, 12, 23),
        [],
        "",
        "Desde la tarde",
        "calenda navideña.",
        ("Lugar y fecha",),
    ),
]


@pytest.mark.parametrize(EDITOR_VIEW_FIELDS, EDITOR_VIEW)
def test_what_an_editor_sees(name, fmt, title, date, bylines, source, first, last, gone):
    article = assert_editor_view(name, fmt, title, date, bylines, source, first, last, gone)
    assert not article.draft


def test_an_undated_wire_story_is_warned_about():
    article = parse("wire-masthead-relative-stamp.txt")
    assert "sin fecha" in article.warnings


def test_a_photo_credit_is_kept_as_the_credit():
    assert parse("wire-collective-credit-outlet-line.txt").lead_image_credit == (
        "Archivo Mirador Tamaulipeco"
    )


# Press releases -----------------------------------------------------------------------

PRESS = [
    # (file, title, number, issuer, dateline city, date, body start, phrases gone)
    (
        # A bare reference code; a mixed-case title over two lines; «;» and «.–» dateline.
        "press-release-two-line-title-bare-code.txt",
        "Aprueba el Consejo General la ubicación de las casillas para la elección de ayuntamientos",
        "IEEC/CS/012/2024",
        "Instituto Electoral del Estado de Colima",
        "Colima",
        local(2024, 3, 22),
        "El Consejo General aprobó",
        ("IEEC/CS", "para la elección de ayuntamientos\n"),
    ),
    (
        # Number line before the offices; a title in capitals over two lines; «-fin-».
        "press-release-two-line-capitals-title-fin.txt",
        "REHABILITAN EL ALUMBRADO DEL MALECÓN Y DE LAS CALLES DEL CENTRO",
        "0231",
        "H. Ayuntamiento de Champotón, Dirección de Servicios Públicos Municipales",
        "Champotón",
        local(2024, 2, 8),
        "La Dirección de Servicios Públicos",
        ("-fin-", "Comunicación Social", "982 828"),
    ),
    (
        # A faculty under its university; the number between the title and the
        # highlights; a yearless dateline ending «.—» takes the header date's year; «o-O-o».
        "press-release-faculty-number-before-highlights.md",
        "Estudiantes diseñan un filtro de agua con carbón de mezquite",
        "41/2024",
        "Universidad Tecnológica de la Sierra Gorda, Facultad de Ingeniería Ambiental",
        "Jalpan de Serra",
        local(2024, 9, 12),
        "- El prototipo se probará en dos comunidades",
        ("Comunicado 41", "o-O-o", "difusion.fia", "Jalpan de Serra, Qro."),
    ),
    (
        # A federal institute's state «Órgano …» office is the most specific line; «+++».
        "press-release-state-office-organo.txt",
        "REALIZA IMSS DURANGO JORNADA DE CIRUGÍA PEDIÁTRICA EN SANTIAGO PAPASQUIARO",
        "052",
        "Instituto Mexicano del Seguro Social, Órgano de Operación Administrativa "
        "Desconcentrada en Durango",
        "Victoria de Durango",
        local(2024, 5, 14),
        "El Órgano de Operación",
        ("+++", "Coordinación de Comunicación Social"),
    ),
]


@pytest.mark.parametrize(
    ("name", "title", "number", "issuer", "city", "date", "first", "gone"), PRESS
)
def test_press_release_shapes(name, title, number, issuer, city, date, first, gone):
    article = parse(name)
    assert article.format == "press_release"
    assert (article.title, article.bulletin_number, article.issuer) == (title, number, issuer)
    assert (article.dateline_city, article.published_at) == (city, date)
    assert article.source == article.issuer
    assert article.body.startswith(first)
    for phrase in gone:
        assert phrase not in article.body


def test_plain_bullets_after_the_number_open_the_body():
    # Only bold balazos are highlights; plain «- …» lines are the body's first lines,
    # and the dateline under them is still the release's.
    article = parse("press-release-faculty-number-before-highlights.md")
    assert article.highlights == ()
    assert article.body.startswith("- El prototipo se probará en dos comunidades de Jalpan")
    assert "Jalpan de Serra, Qro." not in article.body


# The rows, one by one -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("jue 14 dic 2023", local(2023, 12, 14)),
        ("mié. 6 mar. 2024", local(2024, 3, 6)),
        ("14 sept 2022", local(2022, 9, 14)),
        ("Jueves 12/09/2024", local(2024, 9, 12)),
        ("2024/02/09", local(2024, 2, 9)),
        ("2024/02/09 18:30", local(2024, 2, 9, 18, 30)),
        ("05.10.2023", local(2023, 10, 5)),
        ("29-02-2024", local(2024, 2, 29)),
    ],
)
def test_date_forms(raw, expected):
    assert parse_date(raw) == expected
    assert parse_date_line(raw) == expected


@pytest.mark.parametrize("raw", ["Jueves 29/02/2023", "31/06/2023", "31 dic 2023x"])
def test_impossible_or_unreadable_dates_are_never_guessed(raw):
    with pytest.raises(DateProblem):
        parse_date(raw)


@pytest.mark.parametrize(
    "text", ["hace 2 horas", "Actualizado hace 15 minutos", "hace un día", "HACE 3 HRS"]
)
def test_relative_stamps_are_not_dates(text):
    assert is_relative_stamp(text)
    with pytest.raises(DateProblem):
        parse_date(text)


def test_date_labels():
    assert strip_date_label("Fecha: 12/09/2023") == "12/09/2023"
    assert strip_date_label("Publicado el 7 de marzo de 2024") == "7 de marzo de 2024"
    assert strip_date_label("Fecha de publicación: 05.10.2023") == "05.10.2023"
    assert strip_date_label("Fechas de pago a jubilados") is None


@pytest.mark.parametrize(
    ("line", "source", "authors", "date", "place"),
    [
        ("Outlet · 9 de enero de 2024", "Outlet", (), local(2024, 1, 9), ""),
        ("Miércoles, 11 de octubre de 2023 · 18:05", "", (), local(2023, 10, 11), ""),
        (
            "Mazatlán, Sin., 2 de septiembre de 2023 (10:15 hrs.)",
            "",
            (),
            local(2023, 9, 2),
            "Mazatlán, Sin.",
        ),
        (
            "Apatzingán, Mich. — 18 de enero de 2024 — 07:40 am",
            "",
            (),
            local(2024, 1, 18),
            "Apatzingán, Mich.",
        ),
        (
            "Juchitán, Oax. | viernes 9 de junio de 2023 | Actualizado hace 2 horas",
            "",
            (),
            local(2023, 6, 9),
            "Juchitán, Oax.",
        ),
        ("Por: Redacción | 15-03-2024", "", ("Por: Redacción",), local(2024, 3, 15), ""),
        ("Reportera: Ana Ruiz", "", ("Reportera: Ana Ruiz",), None, ""),
        ("Por Ana Ruiz / El Sol", "El Sol", ("Por Ana Ruiz",), None, ""),
        ("Publicado el 7 de marzo de 2024", "", (), local(2024, 3, 7), ""),
        ("El Sol · 2023-09-02T07:15:00-06:00", "El Sol", (), local(2023, 9, 2, 7, 15), ""),
    ],
)
def test_byline_lines(line, source, authors, date, place):
    found = split_byline_line(line)
    assert found is not None
    assert (found.source, found.authors, found.published_at, found.location) == (
        source,
        authors,
        date,
        place,
    )


@pytest.mark.parametrize(
    "line", ["Las lluvias seguirán", "La Secretaría de Salud informó.", "18:05"]
)
def test_not_byline_lines(line):
    assert split_byline_line(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("EL CORREO DE LOS ALTOS", "EL CORREO DE LOS ALTOS"),
        ("**Diario La Huasteca Hoy**", "Diario La Huasteca Hoy"),
        ("Cuadrante Sonorense — Local", "Cuadrante Sonorense"),
        ("Tormenta tropical deja sin luz a 30 comunidades", ""),
        ("Por Ana Ruiz", ""),
        ("El Sol.", ""),
    ],
)
def test_outlet_names(line, name):
    assert outlet_name(line) == name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Por Redacción", []),
        ("Por: Redacción", []),
        ("Por Ana Ruiz Soto y Redacción", ["Ana Ruiz Soto"]),
        ("Texto y fotos: Ana Ruiz Soto", ["Ana Ruiz Soto"]),
        ("Reportero: Luis Peña Gil", ["Luis Peña Gil"]),
        ("Por Agencias", ["Agencias"]),
    ],
)
def test_another_outlets_desk_is_no_byline(raw, expected):
    assert [b.name for b in split_bylines([raw], desk=False)] == expected


def test_this_newsrooms_desk_stays_a_byline_in_front_matter():
    assert [b.name for b in split_bylines("Redacción")] == ["Redacción"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Texto.\n\n/ Hugo Cancino Ruiz", "Hugo Cancino Ruiz"),
        ("Texto.\n\nPor Marisela Lizárraga Tostado", "Marisela Lizárraga Tostado"),
        ("Texto.\n\n—Ana Ruiz Soto", "Ana Ruiz Soto"),
        ("Texto.\n\nPor la tarde, llovió.", None),
        ("/ Hugo Cancino Ruiz", None),
        ("Texto.\n\n/ 2023", None),
    ],
)
def test_trailing_credits(body, name):
    found = trailing_credit(body)
    assert (found[1] if found else None) == name
    if found:
        assert found[0] == "Texto."


@pytest.mark.parametrize(
    ("paragraph", "kept", "gone"),
    [
        ("Dijo que sí. ENTÉRATE: Alistan pozos en Lerdo", "Dijo que sí.", "ENTÉRATE"),
        ("Sigue leyendo: Repunta el limón El paro sigue.", "El paro sigue.", "Repunta"),
        ("Cerró el mercado. Te puede interesar » Abren otro local", "Cerró el mercado.", "»"),
        ("Cerró el mercado. Para saber más → Abren otro local", "Cerró el mercado.", "→"),
        ("Mira también\nCierran la carretera al Cofre", None, "Cierran"),
        ("Last updated: Mar 9, 2024 08:15 AM", None, "Last"),
        ("Foto: Ana Ruiz\nSíguenos en Instagram: @sitio", None, "Síguenos"),
    ],
)
def test_boilerplate_rows(paragraph, kept, gone):
    paragraphs, _credit, _source, removed = strip_boilerplate([paragraph])
    assert paragraphs == ([kept] if kept else [])
    assert any(gone in r for r in removed)


def test_a_sentence_opening_like_a_stamp_is_kept():
    sentence = "Actualizado el padrón, 300 familias recibirán el apoyo en 2024."
    assert strip_boilerplate([sentence])[0] == [sentence]


def test_a_teaser_headline_ends_before_a_capital_after_a_lower_case_word():
    headline, rest = split_teaser(
        "Suben a 14 los cruceros sin semáforo en la zona conurbada Tránsito municipal "
        "colocará agentes."
    )
    assert headline == "Suben a 14 los cruceros sin semáforo en la zona conurbada"
    assert rest == "Tránsito municipal colocará agentes."


def test_a_teaser_headline_with_a_name_in_it_keeps_the_sentence_after_it():
    headline, rest = split_teaser("Alcalde visita Juchitán y promete obras Vecinos pidieron agua.")
    assert (headline, rest) == ("Alcalde visita Juchitán y promete obras", "Vecinos pidieron agua.")


def test_a_teaser_headline_closing_the_paragraph_is_all_teaser():
    assert split_teaser("Alcalde visita Juchitán y promete obras") == (
        "Alcalde visita Juchitán y promete obras",
        "",
    )


def test_a_block_heading_naming_the_outlet_removes_its_headlines():
    paragraphs, _c, _s, _removed = strip_boilerplate(
        ["**TAMBIÉN EN EL SOL**", "→ Uno dos tres\n→ Cuatro cinco seis", "Sigue el texto."]
    )
    assert paragraphs == ["Sigue el texto."]


@pytest.mark.parametrize("line", ["-fin-", "+++", "o-O-o", "===", "/ / /", "—o0o—"])
def test_end_markers(line):
    assert is_end_marker(line)


def test_a_setext_underline_is_no_end_marker():
    assert last_end_marker(["Crónica de la feria", "=====", "", "Texto."]) is None
    assert last_end_marker(["Texto.", "", "===", "", "Tel. 555"]) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Facultad de Ciencias del Mar",
        "Órgano de Operación Administrativa Desconcentrada en Oaxaca",
        "Escuela Normal Rural de Tenería",
    ],
)
def test_office_heads(line):
    assert is_issuer_line(line)


@pytest.mark.parametrize(
    ("title", "line", "joined"),
    [
        ("MANTIENE VIGILANCIA", "ANTE LLUVIAS DE LA ONDA 32", True),
        ("Aprueba Consejo calendario", "para las presidencias municipales", True),
        ("Aprueba Consejo calendario", "Mérida, Yuc., 3 de mayo de 2023.- El Consejo…", False),
        ("Aprueba Consejo calendario", "- El equipo competirá", False),
        ("Aprueba Consejo calendario", "No. 1045", False),
        ("Aprueba Consejo calendario", "El Consejo aprobó el calendario de los debates.", False),
        ("Título cerrado.", "y algo más", False),
        # A capitalised line under a mixed-case title is its subtitle, unless the title
        # stops on a word no headline ends with.
        ("Inicia campaña de descacharrización", "Brigadas recorrerán 20 colonias", False),
        ("Inauguran centro de salud en", "San Juan de los Lagos", True),
    ],
)
def test_a_title_over_two_lines(title, line, joined):
    assert continues_title(title, line) is joined


# A masthead with the outlet's motto; a deck as a smaller heading over a signed byline -----


def test_a_masthead_line_with_the_outlets_motto():
    from articles.importing.parsing import parse_bytes

    text = (
        "Pulso del Altiplano | El diario de los potosinos\n\n"
        "Reabren el mercado República tras su remodelación\n\n"
        "Por Ismael Carrizales Tovar\n"
        "Lunes 6 de mayo de 2024 — 08:40 h\n\n"
        "El mercado República reabrió este lunes con 140 locales renovados y un nuevo "
        "sistema de drenaje, informó el Ayuntamiento.\n\n"
        "Los locatarios volverán a sus puestos de forma escalonada durante la semana.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.txt")
    assert article.title == "Reabren el mercado República tras su remodelación"
    assert article.source == "Pulso del Altiplano"
    assert names(article) == ["Ismael Carrizales Tovar"]
    assert article.published_at.date() == local(2024, 5, 6).date()
    assert "potosinos" not in article.body


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Pulso del Altiplano | El diario de los potosinos", "Pulso del Altiplano"),
        ("La Voz de Tula — Noticias de la región", "La Voz de Tula"),
        ("Pulso del Altiplano | Ana Ruiz Peña", ""),  # a person, not a motto
        ("Pulso del Altiplano | 3 de mayo de 2024", ""),  # a date
    ],
)
def test_outlet_with_tagline(line, outlet):
    from articles.importing.cleaning.outlets import outlet_with_tagline

    assert outlet_with_tagline(line) == outlet


def test_a_deck_as_a_smaller_heading_over_a_writer_signing_with_the_outlet():
    from articles.importing.parsing import parse_bytes

    text = (
        "# Ampliarán el horario del transporte nocturno en Zacatecas\n"
        "### La medida empezará a regir el 1 de julio en seis rutas\n\n"
        "Octavio Berumen Salas / Enlace Minero Hoy\n"
        "Zacatecas | 14/06/2024 - 11:20\n\n"
        "Las rutas nocturnas del transporte urbano circularán hasta la medianoche a partir "
        "del 1 de julio, anunció la Secretaría de Movilidad.\n\n"
        "La ampliación beneficiará a trabajadores del comercio y de los servicios.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.md")
    assert article.deck == "La medida empezará a regir el 1 de julio en seis rutas"
    assert names(article) == ["Octavio Berumen Salas"]
    assert article.source == "Enlace Minero Hoy"
    assert article.published_at.date() == local(2024, 6, 14).date()
    assert article.body.startswith("Las rutas nocturnas")


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("Octavio Berumen Salas / Enlace Minero Hoy", ("Octavio Berumen Salas",),
         "Enlace Minero Hoy"),
        ("Octavio Berumen Salas / Luisa Haro Díaz", None, None),  # two people, no outlet
    ],
)  # fmt: skip
def test_a_person_then_an_outlet_on_a_byline_line(line, authors, source):
    found = split_byline_line(line)
    if authors is None:
        assert found is None or not found.source
    else:
        assert (found.authors, found.source) == (authors, source)


# An old portal's page: header line, capitals title, stamp, share bar, counters ----------

OLD_PORTAL = """\
{header}

INAUGURAN BIBLIOTECA MUNICIPAL EN EL BARRIO DE SAN ROQUE

Wednesday, October 7, 2009 6:15 PM
Por DNV

ENVIAR | IMPRIMIR | COMENTAR

San Roque, Son. (DNV).- El ayuntamiento abrió este miércoles la nueva biblioteca \
del barrio, con cuatro mil volúmenes y una sala de cómputo para los estudiantes.

La obra costó tres millones de pesos y la pagaron en partes iguales el municipio y el estado.

Comentarios (3) | Votos: 12
"""


@pytest.mark.parametrize(
    ("header", "section"),
    [
        ("Diario del Norte Vespertino | Municipios | San Roque", "Municipios"),
        ("Diario del Norte Vespertino :: Municipios", "Municipios"),
        ("Diario del Norte Vespertino / Municipios", "Municipios"),
    ],
)
def test_an_old_portals_header_bar_stamp_and_counters(header, section):
    article = parse_bytes(OLD_PORTAL.format(header=header).encode(), source_path="n.txt")
    assert article.format == "wire"
    assert article.title == "INAUGURAN BIBLIOTECA MUNICIPAL EN EL BARRIO DE SAN ROQUE"
    assert article.source == "Diario del Norte Vespertino"
    assert article.section == section
    assert article.published_at == local(2009, 10, 7)
    assert article.bylines == ()  # «Por DNV»: the outlet's initials, no one
    assert article.body.startswith("El ayuntamiento abrió")
    assert "Comentarios" not in article.body and "COMENTAR" not in article.source


OUTLET = "Diario del Norte Vespertino"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Diario del Norte Vespertino | Municipios | San Roque", (OUTLET, "Municipios")),
        ("Diario del Norte Vespertino | Municipios", (OUTLET, "Municipios")),
        ("Por Ana Ruiz | Municipios", None),  # a byline, not an outlet
        ("Diario del Norte Vespertino | Feria del Libro", None),  # no usual section
        ("Diario del Norte Vespertino | Municipios | 7 de octubre de 2009", None),
    ],
)
def test_section_bar(line, expected):
    assert section_bar(line) == expected


def test_a_section_line_under_the_byline_is_the_section():
    text = (
        "## Reabren el mercado de la colonia Centro\n\n"
        "**El Vigía del Valle** | 3 de mayo de 2011 | Por Ana Ruiz Peña\n\n"
        "Sección: Economía\n\n"
        "Los locatarios del mercado volvieron este martes a sus puestos tras cuatro meses "
        "de obras de remodelación en la nave principal.\n"
    )
    article = parse_bytes(text.encode(), source_path="n.md")
    assert article.section == "Economía"
    assert "Sección" not in article.body


def test_a_photo_credit_closing_the_byline_goes_to_the_lead_image():
    text = (
        "El Vigía del Valle\nCiudad | Martes, 3 de mayo de 2011\n\n"
        "Reabren el mercado de la colonia Centro\n\n"
        "Por: Ana Ruiz Peña / El Vigía\nFoto: El Vigía / Archivo\n\n"
        "Los locatarios del mercado volvieron este martes a sus puestos tras cuatro meses "
        "de obras de remodelación en la nave principal.\n"
    )
    article = parse_bytes(text.encode(), source_path="n.txt")
    assert names(article) == ["Ana Ruiz Peña"]
    assert article.lead_image_credit == "El Vigía / Archivo"
    assert article.body.startswith("Los locatarios")
