"""Titles and the page furniture around them in shapes the readers did not expect: a
mailed newsletter's lead story under its masthead and greeting, a browser's page title
«Sección | Medio» over the headline, a release form's labelled «Fecha:»/«Área:» header,
a legal entity's registered name over a release, an agency transmission opened by
«ZCZC» and one code, with its place and stamp line. Every text here is invented."""

import pytest

from articles.importing.cleaning.furniture import is_newsletter_line
from articles.importing.cleaning.press import is_header_field, is_issuer_line
from articles.importing.parsing import parse_bytes

from .conftest import local

PROSE = (
    "Los vecinos del barrio de San Lorenzo llevan tres semanas sin recolección de basura "
    "porque el camión asignado a la ruta sigue en el taller municipal, según denunciaron "
    "ante el cabildo este martes."
)
PROSE_2 = (
    "El regidor de servicios públicos prometió que una unidad rentada cubrirá la ruta a "
    "partir del lunes y que el camión volverá a circular a finales de mes."
)
HEADLINE = "Vecinos de San Lorenzo cumplen tres semanas sin recolección de basura"


def parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=f"lote/{name}")


# A mailed newsletter's lead story ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "¿No ves bien este correo? Ábrelo en tu navegador",
        "¿Problemas para ver este correo? Ábrelo en tu navegador.",
        "¿Tienes problemas para ver este boletín? Consúltalo en línea",
    ],
)
def test_a_newsletters_view_in_browser_line_in_other_words(line):
    assert is_newsletter_line(line)


@pytest.mark.parametrize("rule", ["=" * 50, "—" * 18, "-" * 60])
@pytest.mark.parametrize("heading", ["LA HISTORIA DE HOY", "Nota principal"])
def test_a_newsletters_lead_story_under_its_framed_heading(rule, heading):
    text = "\n".join(
        [
            "¿No ves bien este correo? Ábrelo en tu navegador.",
            "",
            "EL FAROL DEL VALLE",
            "Boletín quincenal · Número 31",
            "",
            "Buenas tardes. Hoy te contamos qué pasa con la basura en San Lorenzo, y",
            "al final, las notas más leídas de la quincena.",
            "",
            rule,
            heading,
            rule,
            "",
            HEADLINE,
            "",
            "Por Regina Soto Alcalá",
            "",
            PROSE,
            "",
            PROSE_2,
        ]
    )
    article = parse(text)
    assert article.title == HEADLINE
    assert [b.name for b in article.bylines] == ["Regina Soto Alcalá"]
    assert article.body.startswith("Los vecinos del barrio")
    assert "Buenas tardes" not in article.body and heading not in article.body


def test_a_mailed_newsletters_headers_date_it_and_its_subject_is_no_title():
    text = "\n".join(
        [
            "De: El Farol del Valle <boletin@farol.example.mx>",
            "Enviado: martes, 4 de marzo de 2025 06:30",
            "Para: mesa@redaccion.example.mx",
            "Asunto: El Farol #31 | Basura, lluvias y un puente",
            "",
            "¿Problemas para ver este correo? Ábrelo en tu navegador.",
            "",
            "Hola, ¿cómo va tu semana? Empezamos por San Lorenzo.",
            "",
            "=" * 40,
            "LO PRINCIPAL",
            "=" * 40,
            "",
            HEADLINE,
            "",
            PROSE,
            "",
            PROSE_2,
        ]
    )
    article = parse(text)
    assert article.title == HEADLINE
    assert article.published_at.date() == local(2025, 3, 4).date()
    assert "Hola" not in article.body


def test_a_newsletter_whose_first_section_is_a_digest_keeps_its_reading():
    """A digest of headlines under the first framed heading is no lead story."""
    text = "\n".join(
        [
            "¿No ves bien este correo? Ábrelo en tu navegador.",
            "",
            HEADLINE,
            "",
            PROSE,
            "",
            "-" * 40,
            "LO MÁS LEÍDO",
            "-" * 40,
            "* Cierran el puente de la calle Hidalgo por obras",
            "* Abre el nuevo mercado de la colonia Centro",
        ]
    )
    assert parse(text).title == HEADLINE


# A browser's page title over the story -------------------------------------------------


@pytest.mark.parametrize(
    "bar, source, section",
    [
        ("Deportes | Gaceta del Río Mayo", "Gaceta del Río Mayo", "Deportes"),
        ("Gaceta del Río Mayo | Economía", "Gaceta del Río Mayo", "Economía"),
    ],
)
def test_a_browsers_page_title_names_the_section_and_the_outlet(bar, source, section):
    text = "\n".join([bar, HEADLINE, "Navojoa, Son., 14/05/2021", "", PROSE, "", PROSE_2])
    article = parse(text)
    assert article.title == HEADLINE
    assert article.section == section
    assert article.published_at.date() == local(2021, 5, 14).date()


# A release form's labelled header ------------------------------------------------------


@pytest.mark.parametrize(
    "line, field",
    [
        ("Área:\tDirección de Ecología", True),
        ("Dependencia: Secretaría de Obras", True),
        ("Tipo de comunicado: Informativo", True),
        ("Hora: 13:20 hrs.", True),
        ("Sección: Local", False),
        ("Vecinos piden: basta de baches", False),
    ],
)
def test_a_release_forms_routing_fields(line, field):
    assert is_header_field(line) is field


@pytest.mark.parametrize("separator", ["\t", " ", "\t\t"])
def test_a_release_forms_labelled_date_and_unit_lines_are_no_title(separator):
    text = "\n".join(
        [
            "AYUNTAMIENTO DE VILLA SERENA",
            "Comunicado de prensa",
            "",
            f"Número:{separator}077/2024",
            f"Fecha:{separator}09/10/2024",
            f"Área:{separator}Dirección de Servicios Públicos",
            "Para publicación inmediata",
            "",
            HEADLINE,
            "",
            "Villa Serena.- " + PROSE,
            "",
            PROSE_2,
            "",
            "-30-",
        ]
    )
    article = parse(text)
    assert article.title == HEADLINE
    assert article.bulletin_number == "077/2024"
    assert article.published_at.date() == local(2024, 10, 9).date()
    assert "Servicios Públicos" not in article.title


def test_a_dateline_under_a_labelled_date_still_gives_the_city():
    text = "\n".join(
        [
            "SECRETARÍA DE CULTURA DEL ESTADO",
            "BOLETÍN No. 0412",
            "FECHA: 03/02/2020",
            "HORA: 11:05 hrs.",
            "PARA SU PUBLICACIÓN INMEDIATA",
            "",
            "Villa Serena, 3 de febrero de 2020",
            "",
            HEADLINE,
            "",
            PROSE,
        ]
    )
    article = parse(text)
    assert article.title == HEADLINE
    assert article.dateline_city == "Villa Serena"
    assert article.published_at.date() == local(2020, 2, 3).date()


# A legal entity's registered name over a release --------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "PESCADORES RIBEREÑOS DEL ESTERO S.C. DE R.L. DE C.V.",
        "Productores de Nuez del Valle S.P.R. de R.L.",
        "TRANSPORTES UNIDOS DEL SUR S.A. DE C.V.",
        "Agrícola La Vega S. de R.L. de C.V.",
    ],
)
def test_a_legal_entitys_registered_name_is_an_issuer(name):
    assert is_issuer_line(name)


def test_a_cooperatives_release_under_its_registered_name():
    name = "PESCADORES RIBEREÑOS DEL ESTERO S.C. DE R.L. DE C.V."
    title = "PESCADORES DEL ESTERO LEVANTAN LA MEJOR CAPTURA DE CAMARÓN EN UNA DÉCADA"
    text = "\n".join(
        [
            name,
            "BOLETÍN INFORMATIVO No. 3/2023",
            "",
            "Villa Serena, Sonora, a 12 de octubre de 2023.",
            "",
            title,
            "",
            PROSE,
        ]
    )
    article = parse(text)
    assert article.title == title
    assert article.issuer.upper() == name
    assert article.bulletin_number == "3/2023"


# An agency transmission opened by «ZCZC» and one code ----------------------------------


def test_a_transmission_with_one_code_after_its_number_and_a_place_stamp_line():
    text = "\n".join(
        [
            "ZCZC AGV0311 NAL",
            "SIN-PESCA",
            "CULIACAN 08-11-2022 09:15 (AGV)",
            "",
            HEADLINE,
            "",
            "CULIACÁN, Sin., 8 de noviembre (AGV).- " + PROSE,
            "",
            PROSE_2,
            "",
            "AGV/RSA/mlp",
            "NNNN",
        ]
    )
    article = parse(text)
    assert article.title == HEADLINE
    assert article.published_at.date() == local(2022, 11, 8).date()
    assert "ZCZC" not in article.body and "CULIACAN 08-11" not in article.body
