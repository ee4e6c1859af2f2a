"""Shapes from the newest development batches (importer-bs, -bt): headless and Arc-style
CMS exports (a nested or dotted-key headline, credits and taxonomy, camel-case keys such as
«publishedAt», a null publication stamp meaning a draft). All text is invented."""

import datetime

from articles.importing.parsing import parse_bytes


def _parse(text: str, name: str = "nota.md"):
    return parse_bytes(text.encode("utf-8"), source_path=f"lote/{name}")


BODY = (
    "La junta de vecinos del barrio de San Telmo acordó este domingo pintar las bancas del "
    "jardín y sembrar veinte fresnos en la calle principal, con material donado por la "
    "ferretería de la esquina.\n\n"
    "Las faenas empezarán el próximo sábado a las ocho de la mañana y cualquier vecino puede "
    "sumarse con sus propias herramientas.\n"
)


def test_a_nested_headline_credits_and_taxonomy_give_title_byline_and_section():
    article = _parse(
        "---\n"
        "type: story\n"
        "site_name: Gaceta del Valle\n"
        "headlines:\n"
        '  basic: "Vecinos de San Telmo pintan el jardín y siembran fresnos"\n'
        '  meta_title: "Vecinos pintan el jardín | Gaceta del Valle"\n'
        "credits:\n"
        "  by:\n"
        "    - type: author\n"
        "      name: Rebeca Olvera Tlapa\n"
        'display_date: "2018-04-07T18:00:00Z"\n'
        'last_updated_date: "2018-04-09T10:00:00Z"\n'
        "taxonomy:\n"
        "  primary_section:\n"
        "    name: Comunidad\n"
        "  sections:\n"
        "    - name: Comunidad\n"
        "    - name: Portada\n"
        "---\n\n" + BODY
    )
    assert article.title == "Vecinos de San Telmo pintan el jardín y siembran fresnos"
    assert [b.name for b in article.bylines] == ["Rebeca Olvera Tlapa"]
    assert article.section == "Comunidad"
    assert article.published_at.date() == datetime.date(2018, 4, 7)
    assert not article.draft


def test_quoted_dotted_keys_read_as_the_nested_ones():
    article = _parse(
        "---\n"
        'website_name: "Gaceta del Valle"\n'
        '"headlines.basic": "Reabren el mercado de San Telmo tras su remodelación"\n'
        '"credits.by.0.name": "Rebeca Olvera Tlapa"\n'
        '"credits.by.1.name": "Tomás Huerta Lino"\n'
        '"taxonomy.primary_section.name": "Ciudad"\n'
        '"display_date": "2020-10-02T17:00:00.000Z"\n'
        "---\n\n" + BODY
    )
    assert article.title == "Reabren el mercado de San Telmo tras su remodelación"
    assert [b.name for b in article.bylines] == ["Rebeca Olvera Tlapa", "Tomás Huerta Lino"]
    assert article.section == "Ciudad"
    assert article.source == "Gaceta del Valle"
    assert article.published_at.date() == datetime.date(2020, 10, 2)


def test_a_headless_draft_with_a_null_publication_stamp_stays_a_draft_and_undated():
    article = _parse(
        "---\n"
        'headline: "¿Cómo se poda un fresno sin dañarlo?"\n'
        "publishedAt: null\n"
        'createdAt: "2023-02-01T10:00:00.000Z"\n'
        "authors:\n"
        "  - name: Tomás Huerta Lino\n"
        "category:\n"
        "  name: Guías\n"
        "---\n\n" + BODY
    )
    assert article.title == "¿Cómo se poda un fresno sin dañarlo?"
    assert article.draft
    assert article.published_at is None
    assert article.section == "Guías"


# Bilingual community outlets, chat forwards, mailed newsletters and translators' credits.

STORY = (
    "Las familias del ejido Los Pinos levantaron este lunes la cosecha de frijol en las "
    "parcelas comunales, con ayuda de jóvenes que regresaron de la ciudad para la temporada.\n\n"
    "La asamblea del ejido acordó vender una parte en el tianguis regional y guardar el resto "
    "para las semillas del próximo ciclo de siembra.\n"
)


def test_a_headline_in_two_languages_under_a_kicker_gives_the_spanish_line():
    article = _parse(
        "Campo\n\n"
        "# Ejidatarios de Los Pinos levantan la cosecha de frijol\n"
        "# Ta'ak'o'ob u bu'ul tu kaajil Los Pinos yéetel u láak'o'ob\n\n" + STORY,
        name="nota.md",
    )
    assert article.title == "Ejidatarios de Los Pinos levantan la cosecha de frijol"
    assert "Ta'ak'o'ob" not in article.body


def test_a_subtitle_in_another_language_under_the_headline_is_no_body():
    article = _parse(
        "# Ejidatarios de Los Pinos levantan la cosecha de frijol\n"
        "## U ts'o'okol u jóok'sa'al u bu'ul u kaajil\n\n"
        "**U T'aan Kaaj** · Noticias en español y maaya t'aan\n"
        "Texto: Rosa Kuyoc Dzul\n"
        "Valladolid, 4 de octubre de 2021\n\n" + STORY,
        name="nota.md",
    )
    assert article.title == "Ejidatarios de Los Pinos levantan la cosecha de frijol"
    assert article.body.startswith("Las familias del ejido Los Pinos")


def test_a_translators_credit_beside_the_writer_is_no_byline():
    article = _parse(
        "Ejidatarios de Los Pinos levantan la cosecha de frijol\n\n"
        "Por Rosa Kuyoc Dzul, con traducción de Mateo Canché Poot\n\n" + STORY,
        name="nota.txt",
    )
    assert [b.name for b in article.bylines] == ["Rosa Kuyoc Dzul"]
    labelled = _parse(
        "Ejidatarios de Los Pinos levantan la cosecha de frijol\n\n"
        "Texto: Rosa Kuyoc Dzul · Traducción al maya: Mateo Canché Poot\n\n" + STORY,
        name="nota.txt",
    )
    assert [b.name for b in labelled.bylines] == ["Rosa Kuyoc Dzul"]


def test_a_newsletters_view_in_browser_line_is_no_title():
    article = _parse(
        "¿No puedes ver este correo? Ábrelo en tu navegador <https://boletin.example.mx/v/12>\n\n"
        "SECRETARÍA DE DESARROLLO RURAL DEL ESTADO\n"
        "Comunicado SDR/CS/012/2025\n\n"
        "Entregan semilla de frijol a 300 familias de Los Pinos\n\n"
        "Los Pinos, 3 de marzo de 2025.- " + STORY,
        name="boletin.txt",
    )
    assert article.title == "Entregan semilla de frijol a 300 familias de Los Pinos"
    assert article.bulletin_number == "SDR/CS/012/2025"


def test_a_chat_senders_greeting_over_the_whole_story_is_no_title():
    article = _parse(
        "[2022-09-14 08:10] Mesa Norte: Buenos días, va la nota del ejido para hoy\n"
        "[2022-09-14 08:11] Mesa Norte: Agencia Campo Sur\n"
        "Campo\n"
        "Ejidatarios de Los Pinos levantan la cosecha de frijol\n"
        "Por Rosa Kuyoc Dzul\n\n" + STORY + "[2022-09-14 08:15] Redacción: recibido\n",
        name="chat.txt",
    )
    assert article.title == "Ejidatarios de Los Pinos levantan la cosecha de frijol"
    assert [b.name for b in article.bylines] == ["Rosa Kuyoc Dzul"]
    assert "Buenos días" not in article.body
    assert article.body.startswith("Las familias del ejido Los Pinos")


def test_a_forwarded_channel_post_loses_the_apps_lines_and_keeps_its_dateline():
    article = _parse(
        "Forwarded from Difusión Desarrollo Rural\n"
        "📢 BOLETÍN No. 044/2021\n\n"
        "SECRETARÍA DE DESARROLLO RURAL DEL ESTADO\n\n"
        "🌽 Entregan semilla de frijol a 300 familias de Los Pinos\n\n"
        "📍Los Pinos, a 3 de marzo de 2021.- " + STORY + "\n"
        "#Campo #LosPinos #Frijol\n"
        "👁 1.2K  edited 09:12\n",
        name="canal.txt",
    )
    assert article.title == "Entregan semilla de frijol a 300 familias de Los Pinos"
    assert article.dateline_city == "Los Pinos"
    assert article.published_at is not None and article.published_at.day == 3
    assert "#Campo" not in article.body and "edited" not in article.body


def test_an_associations_newsletter_number_with_its_month_and_its_legal_form():
    article = _parse(
        "COMEDOR COMUNITARIO MANOS DEL EJIDO, A.C.\n"
        "Boletín informativo No. 9 — Marzo 2021\n\n"
        "Los Pinos, Tab., a 3 de marzo de 2021.\n\n"
        "El comedor comunitario de Los Pinos sirve ya 200 raciones al día y pide voluntarios\n\n"
        + STORY,
        name="boletin.txt",
    )
    assert article.title == (
        "El comedor comunitario de Los Pinos sirve ya 200 raciones al día y pide voluntarios"
    )
    assert article.bulletin_number == "9"
    assert article.issuer.startswith("Comedor Comunitario Manos del Ejido")
