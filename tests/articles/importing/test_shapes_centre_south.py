"""Shapes brought by importer-bq, once a development set: a writer's initials and the agency's
code in brackets after the name («Por Ana Ruiz (ARP/AGN)»), a surname's initial with its full
stop («Ana Ruiz M.»), «Name / Outlet» in an author field, a «Por A y B | Outlet | date» line
naming an outlet no table knows, a masthead bar «OUTLET | HEADLINE» whose outlet is named in
capitals, an AsciiDoc document («= Title», «:attribute:» lines, «== Section»), a heading whose
translation in italics sits under it, and a phone's «x Name» byline. All text is invented."""

from articles.importing.cleaning.names import split_bylines
from articles.importing.parsing import parse_bytes


def _names(raw) -> list[str]:
    return [byline.name for byline in split_bylines(raw)]


def _parse(text: str):
    return parse_bytes(text.encode("utf-8"), source_path="casos/nota.txt")


PROSE = (
    "Los vecinos de la colonia Las Palmas se reunieron este martes con autoridades del "
    "ayuntamiento para pedir que se reparen las lámparas del parque central, que llevan tres "
    "meses apagadas y han vuelto inseguro el paso de los estudiantes por las noches."
)
PROSE_2 = (
    "El regidor de obras se comprometió a enviar una cuadrilla la próxima semana y a revisar "
    "el contrato de mantenimiento del alumbrado, que vence a finales de este año."
)


def test_initials_in_brackets_after_a_name_are_no_second_writer():
    assert _names("Por Rosalba Quintanar Ibáñez (RQI/AGN)") == ["Rosalba Quintanar Ibáñez"]
    assert _names("Por Rosalba Quintanar Ibáñez (AGN)") == ["Rosalba Quintanar Ibáñez"]


def test_a_surname_initial_keeps_its_full_stop():
    assert _names("Por Teodoro Amaxal R.") == ["Teodoro Amaxal R."]
    assert _names("Teodoro Amaxal Ruiz.") == ["Teodoro Amaxal Ruiz"]


def test_an_outlet_after_a_slash_is_no_writer():
    assert _names("Mariela Coyotzi Paredes / El Faro del Valle") == ["Mariela Coyotzi Paredes"]
    assert _names("Mariela Coyotzi Paredes / Tomás Huerta León") == [
        "Mariela Coyotzi Paredes",
        "Tomás Huerta León",
    ]


def test_a_byline_outlet_and_date_line_names_an_outlet_no_table_knows():
    article = _parse(
        "Medio ambiente\n\n"
        "# ¿Es verdad que el lago de la Presa Roja ya no tiene peces?\n\n"
        "**Veredicto: FALSO**\n\n"
        "Por Noemí Atenco Ruiz y Gilberto Sánchez Coronel | Lupa Ciudadana | 4 de marzo de 2020\n\n"
        f"{PROSE}\n\n{PROSE_2}\n"
    )
    assert sorted(b.name for b in article.bylines) == [
        "Gilberto Sánchez Coronel",
        "Noemí Atenco Ruiz",
    ]
    assert article.source == "Lupa Ciudadana"
    assert "Noemí" not in article.body


def test_an_outlet_in_capitals_before_the_headline_on_one_bar():
    article = _parse(
        "GACETA DEL VALLE DE ATLIXCO | REABREN EL MERCADO MUNICIPAL TRAS SEIS MESES DE OBRAS\n"
        "Atlixco, Pue. | 03/02/2015 10:20\n\n"
        f"{PROSE}\n\n{PROSE_2}\n\n"
        "© 2015 Gaceta del Valle de Atlixco. Todos los derechos reservados.\n"
    )
    assert article.title == "REABREN EL MERCADO MUNICIPAL TRAS SEIS MESES DE OBRAS"
    assert article.source == "Gaceta del Valle de Atlixco"


def test_an_asciidoc_document():
    article = _parse(
        "= Los telares de cintura de San Andrés resisten\n"
        ":lang: es\n"
        ":description: Reportaje sobre las tejedoras de la sierra\n\n"
        f"{PROSE}\n\n"
        "== Un oficio que pasa de madre a hija\n\n"
        f"{PROSE_2}\n"
    )
    assert article.title == "Los telares de cintura de San Andrés resisten"
    assert ":description:" not in article.body and ":lang:" not in article.body
    assert "## Un oficio que pasa de madre a hija" in article.body


def test_a_translation_in_italics_under_a_heading_is_no_part_of_the_title():
    article = _parse(
        "# Cosechan la primera miel orgánica de la sierra de Tlaxco\n"
        "*The first organic honey of the Tlaxco highlands is harvested*\n\n"
        f"{PROSE}\n\n{PROSE_2}\n"
    )
    assert article.title == "Cosechan la primera miel orgánica de la sierra de Tlaxco"
    assert "honey" not in article.body and "honey" not in article.deck


def test_a_phone_byline_with_x_for_por():
    article = _parse(
        "Vecinos de Las Palmas piden reparar el alumbrado del parque\n"
        "x Eusebia Morales Tlatempa\n"
        f"{PROSE}\n{PROSE_2}\n"
    )
    assert [b.name for b in article.bylines] == ["Eusebia Morales Tlatempa"]
    assert "Eusebia" not in article.body


def test_a_print_head_block_with_the_headline_in_capitals_among_its_deck_lines():
    article = _parse(
        "La Hoja del Sur · Iguala, Gro., jueves 9 de octubre de 2014 · 3\n\n"
        "Sierra Norte\n\n"
        "Un vivero comunitario para la cañada\n"
        "PLANTAN CINCO MIL PINOS EN LOS\n"
        "CERROS DE TEPECOACUILCO\n"
        "Los ejidatarios esperan recuperar los manantiales en diez años\n"
        "Información: Gaudencio Ríos Salmerón | Edición: Marta Inés Bello\n\n"
        f"{PROSE}\n\n{PROSE_2}\n"
    )
    assert article.title == "PLANTAN CINCO MIL PINOS EN LOS CERROS DE TEPECOACUILCO"
    assert [b.name for b in article.bylines] == ["Gaudencio Ríos Salmerón"]
    assert (
        article.published_at is not None and article.published_at.date().isoformat() == "2014-10-09"
    )
    assert article.source == "La Hoja del Sur"
    shown = f"{article.deck}\n{article.body}"
    assert "vivero" not in shown and "manantiales en diez" not in shown and "Edición" not in shown
