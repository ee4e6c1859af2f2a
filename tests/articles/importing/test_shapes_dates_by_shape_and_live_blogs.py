"""Dates by the shape of the file: a formal dateline with its day and year in words, a
bilingual release's date given in English too after a slash, a labelled date field
holding a CMS's Unix time, a story pasted from a chat export dated by its messages'
stamps, a press office's release record («Dependencia:», «Número de boletín:»), and a
live blog whose head gives only its last update's day. All text invented."""

from datetime import date

from articles.importing.cleaning.chat import sent_day
from articles.importing.cleaning.dates import (
    find_dateline,
    live_blog,
    parse_date_line,
    parse_field_date,
    update_unlabelled,
)
from articles.importing.parsing import parse_bytes

LEDE = (
    "Los productores de nopal de la región informaron este lunes que la cosecha de la "
    "temporada será una tercera parte menor que la del año pasado por las heladas tardías."
)
SECOND = (
    "La unión de productores pidió a las autoridades un programa de apoyo para la compra de "
    "semilla y para rehabilitar los canales de riego que se azolvaron durante el invierno."
)
THIRD = (
    "Los comerciantes del mercado municipal calcularon que el precio por kilo subirá al menos "
    "una quinta parte antes de que termine el mes si no llegan envíos de otros estados."
)


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode(), source_path=name)


def _day(article):
    return article.published_at.date() if article.published_at else None


# A date in words -------------------------------------------------------------------------


def test_a_day_and_a_year_in_words_are_a_date():
    assert parse_date_line("once de noviembre de dos mil diecinueve").date() == date(2019, 11, 11)
    assert parse_date_line("treinta y uno de enero de dos mil veintitrés").date() == date(
        2023, 1, 31
    )
    assert parse_date_line("quince de agosto de mil novecientos noventa y ocho").date() == date(
        1998, 8, 15
    )
    assert parse_date_line("primero de marzo de dos mil veinte").date() == date(2020, 3, 1)


def test_a_formal_dateline_in_words_dates_the_release_and_is_no_title():
    found = find_dateline(
        "Zacualtipán de Ángeles, Hidalgo, a diecisiete de mayo de dos mil dieciocho."
    )
    assert found is not None and found.moment.date() == date(2018, 5, 17)
    assert found.city == "Zacualtipán de Ángeles"
    text = "\n\n".join(
        [
            "AYUNTAMIENTO DE ZACUALTIPÁN DE ÁNGELES\nCoordinación de Comunicación Social\n"
            "Boletín No. 112",
            "Zacualtipán de Ángeles, Hidalgo, a diecisiete de mayo de dos mil dieciocho.",
            "Inicia el programa de empleo temporal para productores de nopal",
            LEDE,
            SECOND,
        ]
    )
    article = _parse(text)
    assert article.title == "Inicia el programa de empleo temporal para productores de nopal"
    assert _day(article) == date(2018, 5, 17)
    assert article.dateline_city == "Zacualtipán de Ángeles"


def test_words_that_are_no_date_stay_none():
    assert parse_date_line("dos mil personas de marzo") is None
    assert find_dateline("En la sesión, a tres de mayo, se votó la reforma.") is None


# A bilingual dateline ----------------------------------------------------------------------


def test_a_dateline_with_its_english_date_after_a_slash_is_one_dateline():
    paragraph = (
        "Bacalar, Quintana Roo, 9 de octubre de 2021 / October 9, 2021.– La asociación "
        "civil presentó el conteo anual de aves en la laguna."
    )
    found = find_dateline(paragraph)
    assert found is not None and found.moment.date() == date(2021, 10, 9)
    assert found.city == "Bacalar"
    assert found.rest.startswith("La asociación civil")
    spanish_first = "Bacalar, Q. Roo, 9 de octubre de 2021 / 9th October 2021.- La asociación."
    assert find_dateline(spanish_first).moment.date() == date(2021, 10, 9)


# A Unix time in a labelled date field -------------------------------------------------------


def test_a_labelled_date_field_may_hold_a_unix_time_in_the_newsrooms_zone():
    # 1609567200 is 2021-01-02 06:00 UTC: still the 2nd in Mexico City (00:00)
    assert parse_field_date("1609567200").date() == date(2021, 1, 2)
    # 1609480800 is 2021-01-01 06:00 UTC, the 1st at midnight local time
    assert parse_field_date("1609480800").date() == date(2021, 1, 1)
    assert parse_field_date("12/05/2020").date() == date(2020, 5, 12)
    assert parse_date_line("1609567200") is None  # unlabelled, ten digits are no date


def test_a_story_record_with_a_unix_publish_date_is_dated():
    text = "\n".join(
        [
            "REDACCIÓN DIGITAL 3.1 - EXPORTACIÓN DE NOTA",
            "--------------------------------------------------",
            "Headline:      Suben los precios del nopal en el mercado de la sierra",
            "Publication:   El Vigía Serrano",
            "Byline:        Por Leonor Quiroz Baltazar",
            "Publish date:  1609567200",
            "--------------------------------------------------",
            "BODY:",
            LEDE,
            "",
            SECOND,
        ]
    )
    article = _parse(text)
    assert article.title == "Suben los precios del nopal en el mercado de la sierra"
    assert _day(article) == date(2021, 1, 2)


# A chat export's stamps ------------------------------------------------------------------------


def test_a_chat_exports_first_message_stamp_gives_its_day():
    android = "07/11/22 9:14 - Juana Pérez: Buenos días\n07/11/22 9:15 - Juana Pérez: Va la nota"
    assert sent_day(android) == "07/11/2022"
    iphone = "[3/2/2019, 6:05:11 p. m.] Radio Sierra: Nota para web"
    assert sent_day(iphone) == "3/2/2019"
    assert sent_day("Una nota cualquiera\n07/11/22 9:14 - Juana: hola") == ""


def test_a_story_pasted_from_a_chat_export_is_dated_by_its_stamps():
    text = "\n".join(
        [
            "14/02/23 8:01 - Los mensajes y las llamadas están cifrados de extremo a extremo.",
            "14/02/23 8:02 - Noticias de la Cañada: *Suben los precios del nopal en la sierra*",
            "14/02/23 8:02 - Noticias de la Cañada: _Texto: Anselmo Rivas Cortés_",
            f"14/02/23 8:03 - Noticias de la Cañada: {LEDE}",
            "",
            SECOND,
            "",
            THIRD,
        ]
    )
    article = _parse(text)
    assert article.title == "Suben los precios del nopal en la sierra"
    assert _day(article) == date(2023, 2, 14)


def test_a_date_the_chat_story_gives_itself_wins_over_the_stamp():
    text = "\n".join(
        [
            "14/02/23 8:02 - Ana Ruiz: Cabeza: Suben los precios del nopal en la sierra",
            "14/02/23 8:02 - Ana Ruiz: Por Ana Ruiz",
            f"14/02/23 8:03 - Ana Ruiz: Tehuacán, Puebla, 13 de febrero de 2023.- {LEDE}",
            f"14/02/23 8:04 - Ana Ruiz: {SECOND}",
        ]
    )
    assert _day(_parse(text)) == date(2023, 2, 13)


# A press office's release record -----------------------------------------------------------


def test_a_release_records_office_and_bulletin_number_are_read_and_its_workflow_goes():
    text = "\n".join(
        [
            "Dependencia: Instituto de Vivienda del Estado de Tlaxcala",
            "Área: Coordinación de Prensa",
            "Número de boletín: IVT/CP/015/2020",
            "Fecha: 03/04/2020",
            "Capturó: jrosas · Revisa: dirección",
            "Título: Entregan 40 viviendas a familias de la sierra de Tlaxco",
            "Texto:",
            f"Tlaxco, Tlax., 3 de abril de 2020.- {LEDE}",
            "",
            SECOND,
        ]
    )
    article = _parse(text)
    assert article.title == "Entregan 40 viviendas a familias de la sierra de Tlaxco"
    assert _day(article) == date(2020, 4, 3)
    assert article.source == "Instituto de Vivienda del Estado de Tlaxcala"
    assert article.bulletin_number == "IVT/CP/015/2020"
    assert "jrosas" not in article.body and "Coordinación de Prensa" not in article.body


# A live blog ----------------------------------------------------------------------------------


def test_a_live_blog_is_told_by_its_clock_stamped_updates():
    updates = [f"{hour}:15 — {LEDE}" for hour in (13, 12, 11)]
    assert live_blog(updates)
    assert not live_blog(updates[:2])
    assert not live_blog([LEDE, SECOND, "La reunión empezó a las 10:30 horas."])


def test_an_update_label_goes_and_leaves_its_date():
    line = "Diario del Bajío · Redacción · Última actualización: 02/05/2023 18:10"
    assert update_unlabelled(line) == "Diario del Bajío · Redacción · 02/05/2023 18:10"
    assert update_unlabelled("Diario del Bajío · 02/05/2023") == "Diario del Bajío · 02/05/2023"


def test_a_live_blog_dated_only_by_its_last_update_takes_that_day():
    text = "\n\n".join(
        [
            "# Incendio en el mercado de Salamanca: lo que sabemos",
            "Diario del Bajío · Redacción · Última actualización: 02/05/2023 18:10",
            f"18:10 — {LEDE}",
            f"17:35 — {SECOND}",
            f"16:50 — {THIRD}",
        ]
    )
    article = _parse(text, "vivo.md")
    assert _day(article) == date(2023, 5, 2)
    assert article.source == "Diario del Bajío"


def test_an_ordinary_story_is_not_dated_by_its_update_stamp():
    text = "\n\n".join(
        [
            "# Incendio en el mercado de Salamanca deja pérdidas millonarias",
            "Diario del Bajío · Redacción · Última actualización: 02/05/2023 18:10",
            LEDE,
            SECOND,
            THIRD,
        ]
    )
    assert _parse(text, "nota.md").published_at is None
