"""Where a story's writer and outlet are named, by shape: a masthead's description of
the paper («Semanario de negocios») beside its name, a news channel sending a chat's
messages, a truncated post's «… Ver más», an acronym spelt with the first letters of
its name's words («SIGNO»), a desk's «Staff / Outlet» credit, an update noted in
brackets after the date, an editor's credit beside the writer's, and the outlet first
with the writer's credit closing the line. All text invented."""

from articles.importing.cleaning.field_block import running_head
from articles.importing.cleaning.outlets import initials_of, motto_apart, publication_motto
from articles.importing.cleaning.text import drop_see_more
from articles.importing.parsing import parse_bytes
from articles.importing.readers.wire import split_byline_line

LEDE = (
    "Los productores de limón de la región informaron este lunes que la cosecha de la "
    "temporada será una tercera parte menor que la del año pasado por la falta de lluvias."
)
SECOND = (
    "La asociación local pidió a las autoridades un programa de apoyo para la compra de "
    "fertilizante y para rehabilitar los pozos que dejaron de funcionar en el verano."
)


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode(), source_path=name)


# A masthead's motto ----------------------------------------------------------------------


def test_a_kind_of_paper_and_a_lower_case_word_is_a_motto_not_a_name():
    assert publication_motto("Semanario de pesca y turismo")
    assert publication_motto("Diario independiente de la sierra")
    assert not publication_motto("Diario del Altiplano")
    assert not publication_motto("Semanario de la Costa Chica")
    assert not publication_motto("Noticias de la frontera")  # no paper's kind: a motto's job


def test_the_motto_after_the_name_goes_from_a_mastheads_parts():
    parts = ["Brisa del Golfo", "Semanario de pesca y turismo", "Martes 4 de abril de 2017"]
    assert motto_apart(parts) == ["Brisa del Golfo", "Martes 4 de abril de 2017"]


def test_a_masthead_line_with_a_motto_names_the_paper_not_its_description():
    line = (
        "Brisa del Golfo · Semanario de pesca y turismo · Año 3 · Núm. 88 · "
        "Martes 4 de abril de 2017"
    )
    found = split_byline_line(line)
    assert found is not None
    assert found.source == "Brisa del Golfo"
    assert found.authors == ()
    assert found.published_at is not None and found.published_at.day == 4


def test_a_running_head_in_columns_names_the_paper_not_its_description():
    line = (
        "La Voz Ganadera     Semanario agropecuario de Zacatecas     "
        "Sábado 3 de junio de 2006     7"
    )
    head = running_head(line)
    assert head is not None
    assert head["source"] == "La Voz Ganadera"
    assert "section" not in head


# A news channel's chat -------------------------------------------------------------------


def test_a_news_channel_that_sent_every_message_is_the_source():
    text = (
        "3/5/22 9:01 a. m. - Tlaxco al Momento: *CIERRAN EL MERCADO DE TLAXCO POR OBRAS*\n"
        "3/5/22 9:01 a. m. - Tlaxco al Momento: ✍️ Itzel Cuapio Romero\n"
        f"3/5/22 9:02 a. m. - Tlaxco al Momento: {LEDE}\n\n{SECOND}\n"
        "3/5/22 9:05 a. m. - Tlaxco al Momento: Comparte la información\n"
    )
    article = _parse(text)
    assert article.source == "Tlaxco al Momento"


def test_a_person_sending_a_chat_is_no_source():
    text = (
        "3/5/22 9:01 a. m. - Itzel Cuapio Romero: *CIERRAN EL MERCADO DE TLAXCO POR OBRAS*\n"
        f"3/5/22 9:02 a. m. - Itzel Cuapio Romero: {LEDE}\n\n{SECOND}\n"
    )
    assert _parse(text).source == ""


# A truncated post's «… Ver más» ---------------------------------------------------------


def test_a_truncated_posts_see_more_link_goes():
    assert drop_see_more(f"{LEDE} … Ver más") == LEDE
    assert drop_see_more("Las ventas bajaron... ver más") == "Las ventas bajaron"
    assert drop_see_more("Dijo que habrá que ver más adelante.") == (
        "Dijo que habrá que ver más adelante."
    )


def test_a_posts_first_paragraph_cut_by_see_more_is_the_body_not_a_deck():
    text = (
        "Diario del Limonar\n"
        "14 de agosto de 2018 a las 19:42\n\n"
        "Cae la cosecha de limón por la sequía\n\n"
        f"{LEDE} … Ver más\n\n{SECOND}\n"
    )
    article = _parse(text)
    assert article.deck == ""
    assert article.body.startswith("Los productores de limón")
    assert "Ver más" not in article.body


# Acronyms spelt from the name's words -----------------------------------------------------


def test_an_acronym_may_take_the_first_letters_of_each_word_in_turn():
    assert initials_of("SIPNO", "Servicio Informativo del Pacífico Noroeste")
    assert initials_of("CONASE", "Comisión Nacional de Seguridad")
    assert initials_of("AIC", "Agencia Informativa del Centro")
    assert not initials_of("SIPNO", "Servicio Informativo del Pacífico")
    assert not initials_of("ANV", "ANV/RMH/jgc 13:05")  # the desk's initials, no name


def test_an_agencys_acronym_yields_to_the_full_name_it_spells():
    text = (
        "SIPNO | Servicio Informativo del Pacífico Noroeste\n"
        "Estados\n"
        "15.03.2021 — 11:48 h\n"
        "Por Karina Loaiza Verdugo\n\n"
        "## Cae la cosecha de limón por la sequía\n\n"
        f"CULIACÁN, Sin., 15 de marzo (SIPNO).– {LEDE}\n\n{SECOND}\n\n"
        "Esta nota puede reproducirse libremente citando a SIPNO como fuente.\n"
    )
    assert _parse(text, "nota.md").source == "Servicio Informativo del Pacífico Noroeste"


# A desk's credit beside the outlet ------------------------------------------------------


def test_a_desks_credit_beside_the_outlet_names_it():
    text = (
        "CAE LA COSECHA DE LIMÓN POR LA SEQUÍA\n\n"
        "Detalles\n"
        "Escrito por Administrator\n"
        "Categoría: Campo\n"
        "Publicado: 02 Agosto 2017\n\n"
        "Staff / Diario del Limonar\n\n"
        f"APATZINGÁN, Mich.— {LEDE}\n\n{SECOND}\n\n"
        "Imprimir Email\n"
    )
    assert _parse(text).source == "Diario del Limonar"


# The byline's line -----------------------------------------------------------------------


def test_an_update_noted_in_brackets_after_the_date_dates_nothing():
    text = (
        "# ¿Regalan fertilizante por WhatsApp? Es falso\n\n"
        "Texto: Karina Loaiza Verdugo\n"
        "*Limonar Verifica* · 21 de marzo de 2024 (actualizado el 22 de marzo)\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    article = _parse(text, "nota.md")
    assert article.source == "Limonar Verifica"
    assert article.published_at is not None and article.published_at.day == 21


def test_an_editors_credit_beside_the_writers_is_no_outlet():
    found = split_byline_line("Texto: Karina Loaiza Verdugo | Edición: Mauro Tzab Chi")
    assert found is not None
    assert found.source == ""


def test_the_outlet_first_and_the_writers_credit_closing_the_line():
    found = split_byline_line("Diario del Limonar / Por Karina Loaiza Verdugo")
    assert found is not None
    assert found.source == "Diario del Limonar"
    assert found.authors == ("Por Karina Loaiza Verdugo",)
    found = split_byline_line("Diario del Limonar — Campo / Texto: Karina Loaiza Verdugo")
    assert found is not None
    assert found.source == "Diario del Limonar"
    assert found.section == "Campo"
    assert found.authors == ("Texto: Karina Loaiza Verdugo",)


# Records and sheets that name the outlet --------------------------------------------------


def test_a_story_sheets_caption_names_the_paper_by_its_kind_in_brackets():
    text = (
        "| Voz del Mezquital (semanario) — ficha de nota |  |\n"
        "| :---- | :---- |\n"
        "| **Sección** | Campo |\n"
        "| **Cabeza** | Cae la cosecha de limón por la sequía |\n"
        "| **Reportero** | Karina Loaiza Verdugo |\n"
        "| **Edición** | Núm. 311, 4 de abril de 2021 |\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    article = _parse(text, "nota.md")
    assert article.source == "Voz del Mezquital"
    assert [b.name for b in article.bylines] == ["Karina Loaiza Verdugo"]


def test_a_communiques_record_names_its_issuing_office():
    text = (
        '{"data": {"tipo": "comunicado", "dependencia": "Secretaría del Campo de Colima", '
        '"titulo": "Cae la cosecha de limón por la sequía", "fecha": "2023-06-27", '
        f'"contenido": "<p>{LEDE}</p><p>{SECOND}</p>"}}}}'
    )
    assert _parse(text, "nota.json").source == "Secretaría del Campo de Colima"


def test_a_caption_closing_with_the_writers_text_and_photo_credit_names_the_writer():
    text = (
        "Diario del Limonar · Lunes 7 de marzo de 2011\n\n"
        "Campo\n\n"
        "Cae la cosecha de limón por la sequía\n\n"
        "Cortadores en una huerta de Apatzingán. Texto y foto: Karina Loaiza Verdugo\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    article = _parse(text)
    assert [b.name for b in article.bylines] == ["Karina Loaiza Verdugo"]
    assert article.lead_image_credit == "Karina Loaiza Verdugo"
    assert "Cortadores en una huerta" not in f"{article.deck}\n{article.body}"


def test_a_weeklys_day_in_its_calendar_beside_the_date_is_no_outlet():
    found = split_byline_line("Domingo III de Cuaresma · 3 de marzo de 2024 · Año XII · No. 540")
    assert found is not None
    assert found.source == ""
    assert found.published_at is not None and found.published_at.day == 3


def test_the_kind_of_paper_under_a_mastheads_name_is_its_description():
    text = (
        "ECO DE LA MIXTECA\n"
        "Semanario de la Diócesis de Huajuapan\n"
        "Domingo III de Cuaresma · 3 de marzo de 2024 · Año XII · No. 540\n\n"
        "Vida diocesana\n\n"
        "Cae la cosecha de limón por la sequía\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "Karina Loaiza Verdugo / Eco de la Mixteca\n"
    )
    article = _parse(text)
    assert article.title == "Cae la cosecha de limón por la sequía"
    assert article.source.casefold() == "eco de la mixteca"


def test_a_numbered_naval_command_heads_its_release():
    text = (
        "TERCERA ZONA NAVAL - SECRETARÍA DE MARINA\n"
        "COMUNICADO DE PRENSA NÚMERO 012/2019\n\n"
        "Alvarado, Ver., a 2 de abril de 2019.\n\n"
        "RESCATAN A CUATRO PESCADORES A LA DERIVA FRENTE A LA BARRA\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    article = _parse(text)
    assert article.source.casefold().startswith("tercera zona naval")
    assert article.issuer == article.source


def test_an_english_story_record_under_its_systems_banner_names_writer_and_outlet():
    text = (
        "DESKFLOW 3.1 - STORY RECORD EXPORT\n"
        "--------------------------------------------------\n"
        "Story ID:       4471\n"
        "Publication:    Diario del Limonar\n"
        "Headline:       Cae la cosecha de limón por la sequía\n"
        "Byline:         Por Karina Loaiza Verdugo\n"
        "Desk:           Campo\n"
        "Photo credit:   Karina Loaiza / Diario del Limonar\n"
        "--------------------------------------------------\n"
        "BODY:\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    article = _parse(text)
    assert article.title == "Cae la cosecha de limón por la sequía"
    assert [b.name for b in article.bylines] == ["Karina Loaiza Verdugo"]
    assert article.source == "Diario del Limonar"
    assert article.section == "Campo"
    assert article.lead_image_credit == "Karina Loaiza / Diario del Limonar"
    assert article.body.startswith("Los productores de limón")
