"""The shapes newsrooms actually send, one fixture per case (fixtures/sources/cases/),
through parse_bytes as the importer runs it."""

from datetime import datetime

import pytest
from django.utils.timezone import get_default_timezone

from articles.importing.parsing import parse_bytes
from articles.importing.readers import detect_reader
from articles.importing.records import ImportFailure

from .conftest import case_bytes


def local(*args) -> datetime:
    return datetime(*args, tzinfo=get_default_timezone())


def parse(name: str):
    return parse_bytes(case_bytes(name), source_path=f"cases/{name}")


def press_fields(article) -> tuple:
    return (
        article.format,
        article.title,
        article.bulletin_number,
        article.issuer,
        article.dateline_city,
        article.published_at,
    )


# Detection weighs evidence ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An office header and a bulletin number, no end marker.
        ("SECRETARÍA DE SALUD\nNo. 12/2024\n\nTítulo\n\nTexto de la nota aquí.", "press_release"),
        # A kicker alone before the title.
        ("COMUNICADO\n\nTítulo de la nota\n\nTexto de la nota aquí.\n\nFIN", "press_release"),
        # "* * *" closes a release; a wire story's outlet/date line outweighs it.
        ("Título\n\nTexto de la nota aquí.\n\n* * *\n", "press_release"),
        ("## Título\n\nEl Sol · 9 de enero de 2024\n\nTexto.\n\n* * *\n", "wire"),
        # A heading and a dateline: the dateline is not enough to beat the heading.
        ("# Título\n\nTexto de la nota, sin más.", "wire"),
        # Nothing known: a title line and a body.
        ("Aviso a los suscriptores\n\nEl periódico no circulará el lunes festivo.", "generic"),
    ],
)
def test_detection_weighs_the_evidence(text, name):
    assert detect_reader(text).name == name


# Refusals: one Spanish line each ----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("front-matter-without-body.md", "el archivo solo tiene front matter, sin cuerpo de nota"),
        ("saved-html-page.html", "es una página HTML guardada, no una nota en texto"),
        ("unknown-format.md", "formato no reconocido"),
    ],
)
def test_unreadable_shapes_are_refused_with_one_spanish_line(name, reason):
    with pytest.raises(ImportFailure) as failure:
        parse(name)
    assert failure.value.reason == reason


# Press releases ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "press-release-office-header.txt",
            (
                "press_release",
                "Arranca la jornada de vacunación en los municipios del oriente",
                "318/2023",
                "Secretaría de Salud",
                "Valladolid",
                local(2023, 5, 3),
            ),
        ),
        (
            "press-release-kicker-and-code.txt",
            (
                "press_release",
                "Aprueba el Instituto lineamientos para los debates municipales",
                "IEED/CS/089/2025",
                "Instituto Electoral del Estado de Durango",
                "Durango",
                local(2025, 4, 26),
            ),
        ),
        (
            "press-release-semicolon-dateline.txt",
            (
                "press_release",
                "Exhorta el Congreso a atender el desabasto de agua en la Montaña",
                "",
                "H. Congreso del Estado de Guerrero, LXIII Legislatura",
                "Chilpancingo",
                local(2023, 9, 19),
            ),
        ),
        (
            "press-release-contact-block-without-marker.txt",
            (
                "press_release",
                "Rehabilitan 14 parques en colonias del sur",
                "1102",
                "Ayuntamiento de Cajeme",
                "Ciudad Obregón",
                local(2023, 6, 12),
            ),
        ),
        (
            # A date alone in the header gives the year the dateline leaves out.
            "press-release-date-line-yearless-dateline-signature.txt",
            (
                "press_release",
                "Pide la Comisión atender a familias afectadas por las lluvias en Lerdo",
                "77",
                "Comisión Estatal de los Derechos Humanos de Durango",
                "Ciudad Lerdo",
                local(2024, 4, 9),
            ),
        ),
        (
            "press-release-defensoria-header.txt",
            (
                "press_release",
                "Brinda Defensoría asesoría gratuita en comunidades de la Sierra Gorda",
                "015/2024",
                "Defensoría Pública del Estado de Hidalgo",
                "Pachuca de Soto",
                local(2024, 2, 22),
            ),
        ),
    ],
)
def test_press_release_headers_become_fields(name, expected):
    article = parse(name)
    assert press_fields(article) == expected
    assert article.source == article.issuer


@pytest.mark.parametrize(
    ("name", "first", "last", "gone"),
    [
        (
            "press-release-office-header.txt",
            "La Secretaría de Salud de Yucatán inició",
            "de 8:00 a 15:00 horas.",
            ("GOBIERNO DE YUCATÁN", "No. 318/2023", "Valladolid, Yucatán", "-oOo-", "Tel."),
        ),
        (
            "press-release-kicker-and-code.txt",
            "El Consejo General aprobó",
            "tres municipios más poblados.",
            ("IEED/CS/089/2025", "Durango, Dgo.", "FIN", "Unidad de Comunicación Social"),
        ),
        (
            "press-release-semicolon-dateline.txt",
            "• El punto de acuerdo fue aprobado por unanimidad\n\nEl Pleno aprobó por unanimidad",
            "Comisión de Recursos Naturales.",
            ("COMUNICADO", "LXIII", "Chilpancingo", "oo0oo", "@CongresoGro"),
        ),
        (
            "press-release-contact-block-without-marker.txt",
            "El Ayuntamiento de Cajeme concluyó",
            "juegos infantiles y bancas.",
            ("Boletín 1102", "Unidad de Comunicación Social", "prensa@ejemplo.gob.mx"),
        ),
        (
            "press-release-date-line-yearless-dateline-signature.txt",
            "La Comisión Estatal de los Derechos Humanos pidió",
            "apoyo para reparar sus casas.",
            ("Martes 9 de abril", "Ciudad Lerdo, Dgo.", "Atentamente", "Coordinación de"),
        ),
    ],
)
def test_press_release_body_is_the_story_alone(name, first, last, gone):
    article = parse(name)
    assert article.body.startswith(first)
    assert article.body.endswith(last)
    for text in gone:
        assert text not in article.body


def test_press_release_links_after_the_end_marker_are_media_links():
    article = parse("press-release-kicker-and-code.txt")
    assert article.media_links == ("https://fotos.ejemplo.mx/sesion-26-abril",)


# Wire copy ---------------------------------------------------------------------------


def test_wire_boilerplate_is_cut_and_the_real_sentences_kept():
    article = parse("wire-teasers-glued-and-pitches.md")
    assert (article.source, article.published_at) == ("Faro del Golfo", local(2024, 5, 20))
    assert [b.name for b in article.bylines] == ["Ana Pech Dzib"]
    assert article.lead_image_credit == "Faro del Golfo / Archivo"
    assert article.deck == ""  # the lede is a sentence: it stays in the body
    assert article.body.split("\n\n") == [
        "El puerto de Progreso registra desde el fin de semana la llegada de grandes "
        "cantidades de sargazo.",
        "Los pescadores dijeron que no pueden salir al mar. Sus lanchas permanecen varadas "
        "desde el sábado.",
        "El Ayuntamiento retiró 45 toneladas de la macroalga en tres días.",
    ]


@pytest.mark.parametrize(
    ("name", "source", "location", "authors", "date"),
    [
        ("wire-outlet-city-date.md", "Faro Peninsular", "Mérida", [], local(2023, 3, 14)),
        (
            "wire-outlet-author-without-por.md",
            "Horizonte del Sur",
            "",
            ["Ángel Coutiño Espinosa"],
            local(2023, 11, 30),
        ),
        # "Por …" on its own line over the outlet/place/date line.
        (
            "wire-two-line-byline.md",
            "Gaceta del Semidesierto",
            "Tolimán",
            ["Fernanda Olvera Ríos"],
            local(2022, 8, 14),
        ),
        # A time closes the line.
        ("wire-byline-with-time.md", "Noticiero del Pacífico", "", [], local(2023, 9, 7)),
        # A plain first line as the title, the byline line right under it.
        ("wire-plain-title-byline-line.txt", "Semanario del Nazas", "", [], local(2023, 10, 3)),
    ],
)
def test_wire_byline_line_shapes(name, source, location, authors, date):
    article = parse(name)
    assert article.format == "wire"
    assert (article.source, article.location) == (source, location)
    assert [b.name for b in article.bylines] == authors
    assert article.published_at == date
    assert not article.body.startswith(("Por ", source, "**"))


def test_a_plain_title_over_a_byline_line_is_the_title():
    article = parse("wire-plain-title-byline-line.txt")
    assert article.title == "Productores de nuez esperan una cosecha récord en la región lagunera"
    assert article.body.startswith("Los productores de nuez")


def test_a_whatsapp_channel_pitch_is_not_body():
    article = parse("wire-byline-with-time.md")
    assert "WhatsApp" not in article.body
    assert article.body.endswith("los planteles son seguros.")


# Jekyll -------------------------------------------------------------------------------


def test_placement_categories_are_flags_not_sections():
    article = parse("jekyll-placement-categories.md")
    assert (article.section, article.placement, article.tags) == ("Salud", ("Destacadas",), ())


# Generic -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "first", "date"),
    [
        (
            "generic-note.txt",
            "Biblioteca Pública Central amplía horario durante vacaciones",
            "La Biblioteca Pública Central abrirá",
            None,
        ),
        (
            "generic-setext-title.md",
            "Consejo Ciudadano presenta informe trimestral",
            "El Consejo Ciudadano de Seguridad presentó",
            None,
        ),
        (
            "generic-email.eml",
            "Comerciantes del centro presentan balance de ventas",
            "La Cámara Nacional de Comercio informó",
            local(2024, 5, 14),
        ),
        (
            # "Por …, corresponsal" and "City, date" under the title: byline and date.
            "generic-byline-and-dateline-lines.txt",
            "Vecinos de Santa Ana rescatan el manantial del barrio",
            "Un grupo de vecinos del barrio de Santa Ana",
            local(2022, 3, 18),
        ),
        (
            # "Asunto:" over the mail program's "Subject:"; an RFC 2822 "Fecha:".
            "generic-email-asunto-and-mime-headers.eml",
            "Llega el primer crucero de la temporada a Puerto Chiapas",
            "El primer crucero de la temporada",
            local(2023, 11, 6, 10, 5),
        ),
    ],
)
def test_readable_text_of_no_known_family_is_imported_with_a_warning(name, title, first, date):
    article = parse(name)
    assert (article.format, article.title, article.published_at) == ("generic", title, date)
    assert article.body.startswith(first)
    assert article.warnings[0] == "formato no reconocido: se importó como texto genérico"


def test_an_emails_greeting_and_sign_off_are_not_body():
    article = parse("generic-email.eml")
    assert article.body.endswith("850 pesos por compra.")
    for gone in ("Estimados compañeros", "Saludos cordiales", "Departamento de Prensa", "De:"):
        assert gone not in article.body


def test_a_correspondents_role_is_not_a_byline():
    article = parse("generic-byline-and-dateline-lines.txt")
    assert [b.name for b in article.bylines] == ["Hilda Marroquín"]
    assert "Tlacotalpan" not in article.body


@pytest.mark.parametrize(
    "text",
    [
        # A "City, date" line under a note's title is no office's release.
        "Título de la nota\n\nMérida, 3 de mayo de 2023\n\nTexto de la nota aquí.",
        "Título de la nota\n=================\n\nMérida, 3 de mayo de 2023\n\nTexto aquí.",
    ],
)
def test_a_dateline_alone_does_not_make_a_press_release(text):
    assert detect_reader(text).name == "generic"
