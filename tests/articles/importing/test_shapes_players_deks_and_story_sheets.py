"""Headlines placed unusually, read by their shape: under an audio player's line and
wrapped with its second line in lower case; under a kicker and a summary in italics;
under a slug line that counts its words; in a story sheet exported as a table; in a
print layout's tagged text; in a reporter's mail under a note to the desk. A credit bar
with the outlet before the writer, and a «Por … | outlet | date» line. All text
invented."""

from articles.importing.parsing import parse_bytes

LEDE = (
    "Los productores de nuez del valle reportaron una cosecha 30 por ciento menor a la del "
    "año pasado por la falta de lluvias y las heladas tardías de marzo en la región."
)
SECOND = (
    "La asociación de nogaleros pidió a la secretaría estatal un programa de apoyo para "
    "rehabilitar los pozos y comprar sistemas de riego por goteo antes del próximo ciclo."
)


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode(), source_path=name)


def test_a_players_line_is_no_title_and_the_wrapped_headline_is():
    article = _parse(
        "► Oír la nota   00:00 / 03:12\n\n"
        "Nogaleros del valle reportan una cosecha\n"
        "menor por la sequía y las heladas\n\n"
        "Radio Nogal Noticias · Redacción: Teodoro Salcido Ibarra · 4 de noviembre de 2023"
        " · 3 min de lectura\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == (
        "Nogaleros del valle reportan una cosecha menor por la sequía y las heladas"
    )
    assert [b.name for b in article.bylines] == ["Teodoro Salcido Ibarra"]
    assert article.source == "Radio Nogal Noticias"
    assert article.body.startswith("Los productores de nuez")


def test_a_wrapped_headline_with_a_stamp_on_its_second_line_is_no_headline():
    from articles.importing.readers.headline import headline_shaped

    assert headline_shaped("Nogaleros del valle reportan una cosecha\nmenor por la sequía")
    assert not headline_shaped("Nogaleros del valle reportan una cosecha\nactualizado 12:40")


def test_a_kicker_and_an_italic_summary_over_the_headline():
    article = _parse(
        "CAMPO\n\n"
        "_Las heladas tardías y la falta de lluvia dejaron a los huertos con la mitad del"
        " agua que necesitan; los productores piden apoyo para los pozos._\n\n"
        "# Nogaleros del valle reportan una cosecha 30% menor\n\n"
        "Por Leonor Gastélum Ruiz | El Surco Diario | 4 de noviembre de 2023, 09:15\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        "nota.md",
    )
    assert article.title == "Nogaleros del valle reportan una cosecha 30% menor"
    assert article.section == "CAMPO"
    assert article.deck.startswith("Las heladas tardías")
    assert [b.name for b in article.bylines] == ["Leonor Gastélum Ruiz"]
    assert article.source == "El Surco Diario"
    assert article.published_at.date().isoformat() == "2023-11-04"
    assert article.body.startswith("Los productores de nuez")


def test_a_slug_line_counting_its_words_is_no_title():
    article = _parse(
        "NOGAL-COSECHA (300 palabras)\n\n"
        "Reportan nogaleros del valle una cosecha menor por la sequía\n\n"
        "Por Ismael Quiñones Vega, corresponsal\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == "Reportan nogaleros del valle una cosecha menor por la sequía"
    assert [b.name for b in article.bylines] == ["Ismael Quiñones Vega"]


def test_a_story_sheet_exported_as_a_table_gives_its_fields():
    article = _parse(
        "| Hoja de nota |  |\n"
        "| :---- | :---- |\n"
        "| **Sección** | Campo |\n"
        "| **Cabeza** | Nogaleros del valle reportan una cosecha menor por la sequía |\n"
        "| **Reportero** | Ismael Quiñones Vega |\n"
        "| **Edición** | Núm. 512, 4 de noviembre de 2023 |\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        "ficha.md",
    )
    assert article.title == "Nogaleros del valle reportan una cosecha menor por la sequía"
    assert article.section == "Campo"
    assert [b.name for b in article.bylines] == ["Ismael Quiñones Vega"]
    assert article.published_at.date().isoformat() == "2023-11-04"
    assert "Cabeza" not in article.body and "|" not in article.body


def test_a_print_layouts_tagged_text_gives_its_fields_and_paragraphs():
    article = _parse(
        "@Seccion:Campo\n"
        "@Cabeza:Nogaleros del valle reportan una cosecha menor por la sequía\n"
        "@Autor:Por Ismael Quiñones Vega\n"
        f"@Texto:{LEDE}\n"
        f"@Texto:{SECOND}\n"
        "@Folio:El Surco Diario · Delicias, Chih., sábado 4 de noviembre de 2023 · Página 6B\n"
    )
    assert article.title == "Nogaleros del valle reportan una cosecha menor por la sequía"
    assert article.section == "Campo"
    assert [b.name for b in article.bylines] == ["Ismael Quiñones Vega"]
    assert article.source == "El Surco Diario"
    assert article.published_at.date().isoformat() == "2023-11-04"
    assert article.body == f"{LEDE}\n\n{SECOND}"


def test_a_reporters_mail_with_headline_and_summary_labels_under_a_note():
    article = _parse(
        "De: Ismael Quiñones <iquinones@surco.example.mx>\n"
        "Enviado: sábado, 4 de noviembre de 2023 08:10\n"
        "Para: Mesa <mesa@surco.example.mx>\n"
        "Asunto: nota nogal cosecha\n\n"
        "Ahi les va, la foto en un rato\n\n"
        "Cabeza: Nogaleros del valle reportan una cosecha menor por la sequía\n"
        "Balazo: Piden apoyo para rehabilitar pozos\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "Ismael Quiñones Vega / El Surco Diario\n"
    )
    assert article.title == "Nogaleros del valle reportan una cosecha menor por la sequía"
    assert article.deck == "Piden apoyo para rehabilitar pozos"
    assert article.published_at.date().isoformat() == "2023-11-04"
    assert article.body.startswith("Los productores de nuez")


def test_an_images_alt_text_repeating_the_headline_is_no_title():
    article = _parse(
        "Imagen: Nogaleros del valle reportan una cosecha menor por la sequía\n"
        "Foto: Ismael Quiñones / El Surco Diario\n\n"
        "CAMPO\n\n"
        "Nogaleros del valle reportan una cosecha menor por la sequía\n\n"
        "Por Ismael Quiñones Vega\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == "Nogaleros del valle reportan una cosecha menor por la sequía"
    assert article.section == "CAMPO"
    assert [b.name for b in article.bylines] == ["Ismael Quiñones Vega"]
    assert article.body.startswith("Los productores de nuez")


def test_a_label_over_a_headline_with_a_row_of_fields_under_it():
    article = _parse(
        "CRÓNICA DEL CAMPO - LIBRETO\n\n"
        "Los nogales del valle resisten la peor sequía en años\n"
        "Duración: 3'10\" | Voz: locutor | Fondo: viento\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == "Los nogales del valle resisten la peor sequía en años"
    assert "Duración" not in article.body
    assert article.body.startswith("Los productores de nuez")


def test_a_markdown_heading_under_an_offices_name_is_the_title():
    article = _parse(
        "**Ferrocarril Nogalero del Valle de Delicias**\n\n"
        "Boletín CRN/CS/045/2023\n\n"
        "# Nogaleros del valle reportan una cosecha menor por la sequía\n\n"
        f"Delicias, Chihuahua; sábado 4 de noviembre de 2023.- {LEDE}\n\n{SECOND}\n\n-oOo-\n",
        "boletin.md",
    )
    assert article.title == "Nogaleros del valle reportan una cosecha menor por la sequía"
    assert article.issuer == "Ferrocarril Nogalero del Valle de Delicias"
    assert article.dateline_city == "Delicias"
    assert article.published_at.date().isoformat() == "2023-11-04"
    assert article.body.startswith("Los productores de nuez")


def test_a_groupware_memos_head_is_no_part_of_the_release():
    article = _parse(
        '"Prensa Nogal" <prensa@nogal-chih.example.mx>\n'
        "04/11/2023 09:05 a.m.\n\n"
        '         Para:    "Redaccion" <redaccion@surco.example.mx>\n'
        "         cc:\n"
        "         Asunto:  Boletin 045/23\n\n\n"
        "SECRETARÍA DE AGRICULTURA DEL ESTADO DE CHIHUAHUA\n"
        "BOLETÍN 045/23\n\n"
        "REPORTAN NOGALEROS DEL VALLE UNA COSECHA MENOR POR LA SEQUÍA\n\n"
        f"Delicias, Chih., 4 de noviembre de 2023.- {LEDE}\n\n{SECOND}\n\n---000---\n"
    )
    assert article.title == "REPORTAN NOGALEROS DEL VALLE UNA COSECHA MENOR POR LA SEQUÍA"
    assert article.bulletin_number == "045/23"
    assert article.dateline_city == "Delicias"
    assert "Para:" not in article.body and "prensa@" not in article.body
