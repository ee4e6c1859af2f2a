"""Stories pasted from a chat, head lines with a template's labels, the first of the
month as an ordinal, the note of where a story first ran, and a release whose title
opens with an office's word: invented texts, asserting what an editor sees."""

import pytest

from articles.importing.cleaning.chat import strip_chat_export
from articles.importing.cleaning.dates import parse_date_line
from articles.importing.cleaning.head_labels import unlabel_head
from articles.importing.cleaning.syndication import syndication_note
from articles.importing.cleaning.text import clean_title
from articles.importing.parsing import parse_bytes

from .conftest import local


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


# Chat exports ------------------------------------------------------------------------

CHAT_STORY = (
    "[12/03/22 08:15:40] Corresponsal Valle: \u200eReenviado\n"
    "[12/03/22 08:15:40] Corresponsal Valle: "
    "*CIERRAN CARRETERA A SAN PEDRO POR DESLAVE EN LA SIERRA*\n"
    "\n"
    "Por Mariela Sotomayor Ibarra | Noticias del Valle Alto\n"
    "\n"
    "SAN PEDRO, Dgo., 12 de marzo de 2022.— Un deslave de rocas cerró la carretera "
    "estatal durante la madrugada, informó Protección Civil.\n"
    "\n"
    "Las cuadrillas retiraron piedras de gran tamaño con maquinaria pesada.\n"
    "[12/03/22 08:16:02] Corresponsal Valle: \u200e<Multimedia omitido>\n"
    "[12/03/22 08:17:11] Corresponsal Valle: Favor de confirmar de recibido\n"
)


def test_a_story_pasted_from_a_chat_loses_the_stamps_and_the_apps_lines():
    article = read(CHAT_STORY, "chat.md")
    assert article.title == "CIERRAN CARRETERA A SAN PEDRO POR DESLAVE EN LA SIERRA"
    assert article.published_at.date() == local(2022, 3, 12).date()
    assert names(article) == ["Mariela Sotomayor Ibarra"]
    assert article.source == "Noticias del Valle Alto"
    for gone in ("Corresponsal Valle:", "Multimedia omitido", "Reenviado", "confirmar de recibido"):
        assert gone not in article.body
    assert article.body.rstrip().endswith("con maquinaria pesada.")


def test_an_android_chat_export_is_unwrapped_too():
    text = "3/5/24 19:02 - Prensa Norte: Línea uno del texto\nLínea dos del texto\n"
    kept, removed = strip_chat_export(text)
    assert kept.startswith("Línea uno del texto\nLínea dos")
    assert removed == ["3/5/24 19:02 - Prensa Norte:"]


def test_a_text_that_opens_with_a_bracketed_date_in_prose_is_no_chat():
    text = "[Actualizado] El cabildo aprobó la obra.\n"
    assert strip_chat_export(text) == (text, [])


def test_a_chats_single_asterisk_bold_is_not_kept_in_a_title():
    assert clean_title("*REABREN EL MERCADO CENTRAL*") == "REABREN EL MERCADO CENTRAL"
    assert clean_title("_Reabren el mercado central_") == "Reabren el mercado central"
    assert clean_title("*Uno* y *dos*") == "*Uno* y *dos*"


# Labelled head lines -----------------------------------------------------------------


@pytest.mark.parametrize("label", ["TÍTULO:", "Titulo:", "Titular:", "Cabeza:", "**Encabezado:**"])
def test_a_title_label_is_dropped(label):
    head = f"{label} Reabren el mercado de Tlacotalpan tras la inundación\nsigue\n"
    assert unlabel_head(head).startswith("Reabren el mercado de Tlacotalpan tras la inundación\n")


def test_a_glossary_line_keeps_its_colon():
    text = "Cabeza: la parte de arriba\nTérmino: definición larga de algo\n"
    assert unlabel_head(text) == text


def test_a_section_line_over_the_title_gives_the_section_and_not_the_title():
    text = (
        "Sección: Deportes\n"
        "Titular: Los Cañeros ganan la serie final en casa ante su afición\n"
        "\n"
        "Staff / Gaceta del Istmo\n"
        "14.08.2023\n"
        "\n"
        "SALINA CRUZ, Oax.— El equipo local se impuso en el séptimo juego de la serie.\n"
        "\n"
        "La afición llenó el estadio municipal desde temprano.\n"
    )
    article = read(text)
    assert article.title == "Los Cañeros ganan la serie final en casa ante su afición"
    assert article.section == "Deportes"
    assert article.source == "Gaceta del Istmo"
    assert article.published_at.date() == local(2023, 8, 14).date()


def test_a_bare_section_name_run_into_a_capitals_title_is_a_kicker():
    text = (
        "Policiaca\n"
        "DETIENEN A DOS POR EL ROBO A UNA TIENDA DE CONVENIENCIA EN EL CENTRO\n"
        "Staff / La Voz de Nogales\n"
        "Nogales, Son., 3 de abril de 2019\n"
        "\n"
        "NOGALES, Son.— Agentes municipales detuvieron a dos hombres tras el asalto.\n"
        "\n"
        "Los detenidos fueron puestos a disposición del Ministerio Público.\n"
    )
    article = read(text)
    assert article.title.startswith("DETIENEN A DOS POR EL ROBO")
    assert article.section == "Policiaca"
    assert article.published_at.date() == local(2019, 4, 3).date()


# The first of the month --------------------------------------------------------------


@pytest.mark.parametrize("day", ["1o.", "1o", "1º", "1ro.", "1er.", "primero"])
def test_the_first_of_the_month_as_an_ordinal(day):
    assert parse_date_line(f"{day} de junio de 2021").date() == local(2021, 6, 1).date()


# Where the story first ran -----------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("Esta nota se publicó originalmente en El Heraldo Serrano.", "El Heraldo Serrano"),
        ("Este artículo apareció primero en Brújula Digital", "Brújula Digital"),
        ("Publicado originalmente por Agencia Sur de Noticias.", "Agencia Sur de Noticias"),
    ],
)
def test_a_note_of_where_the_story_first_ran_names_its_outlet(note, outlet):
    assert syndication_note(note)[0] == outlet


def test_a_sentence_that_mentions_a_first_publication_is_no_note():
    assert syndication_note("El decreto se publicó en el Periódico Oficial ayer.") is None


def test_the_note_and_a_reproduction_notice_leave_the_body_and_give_the_source():
    text = (
        "Vecinos de Bacalar piden alumbrado en la costera\n"
        "Por: Rosa Cauich Pat, reportera\n"
        "Bacalar, Quintana Roo, 1ro. de julio de 2024\n"
        "\n"
        "Habitantes de tres colonias entregaron un escrito al Ayuntamiento.\n"
        "\n"
        "El municipio dijo que revisará el presupuesto de alumbrado.\n"
        "\n"
        "Esta nota fue publicada originalmente en Laguna Siete Colores. "
        "Prohibida su reproducción total o parcial.\n"
    )
    article = read(text)
    assert article.source == "Laguna Siete Colores"
    assert article.published_at.date() == local(2024, 7, 1).date()
    assert names(article) == ["Rosa Cauich Pat"]
    assert "originalmente" not in article.body
    assert "Prohibida" not in article.body


# A release's title that opens with an office's word ----------------------------------


def test_a_capitals_title_opening_with_an_office_word_is_the_title_not_the_issuer():
    text = (
        "H. CONGRESO DEL ESTADO DE COLIMA\n"
        "Dirección de Comunicación Social\n"
        "\n"
        "BOLETÍN No. 0311\n"
        "\n"
        "COMISIÓN DE SALUD APRUEBA REFORMA A LA LEY DE DONACIÓN DE ÓRGANOS\n"
        "\n"
        "Colima, Colima, 4 de octubre de 2023.- La Comisión de Salud aprobó por "
        "unanimidad el dictamen.\n"
        "\n"
        "El dictamen pasará al Pleno la próxima semana.\n"
        "\n"
        "-30-\n"
    )
    article = read(text)
    assert article.title == "COMISIÓN DE SALUD APRUEBA REFORMA A LA LEY DE DONACIÓN DE ÓRGANOS"
    assert "CONGRESO DEL ESTADO DE COLIMA" in article.issuer.upper()
    assert "COMISIÓN DE SALUD" not in article.issuer.upper()
    assert article.published_at.date() == local(2023, 10, 4).date()
    assert article.body.startswith("La Comisión de Salud aprobó")


# Front-matter keys with a typing slip ------------------------------------------------


def test_front_matter_keys_with_a_typing_slip_still_give_their_fields():
    text = (
        "---\n"
        "title: Reforestan la ribera del río Nazas con 800 árboles\n"
        "date: 2020-07-18\n"
        "auhtor: Lucía Ontiveros Gallegos\n"
        "categoires: [Medio Ambiente]\n"
        "---\n"
        "\n"
        "Voluntarios plantaron sabinos y álamos a lo largo de la ribera.\n"
    )
    article = read(text, "post.md")
    assert names(article) == ["Lucía Ontiveros Gallegos"]
    assert article.section == "Medio Ambiente"


def test_a_key_spelt_right_wins_over_a_slip():
    text = (
        "---\n"
        "title: Reforestan la ribera del río Nazas con 800 árboles\n"
        "date: 2020-07-18\n"
        "auhtor: Nombre Equivocado Aquí\n"
        "author: Lucía Ontiveros Gallegos\n"
        "---\n"
        "\n"
        "Voluntarios plantaron sabinos y álamos a lo largo de la ribera.\n"
    )
    assert names(read(text, "post.md")) == ["Lucía Ontiveros Gallegos"]
