"""Shapes from the last development batches (importer-bm, -bo, -bp, -bq): a release forwarded
by mail whose headline is only in the subject, a fax cover sheet and its page lines, an iPhone
chat export's notice and attachments, a communiqué addressed to the public with its headline in
capitals and its dateline closing it, an office and a title broken over short lines in a scanned
release, a Ghost export's authors as mappings, a pen credit under a line of hashtags, and a
teletype stamp with its month in letters. All text is invented."""

from articles.importing.parsing import parse_bytes


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


def test_a_forwarded_release_without_a_headline_takes_the_subject():
    article = _parse(
        "De: Prensa Villa Alta <prensa@villa-alta.example.mx>\n"
        "Enviado el: martes, 5 de marzo de 2019 11:02 a. m.\n"
        "Para: mesa@diario.example.mx\n"
        "Asunto: RV: Comunicado 112 - Reparan el alumbrado del parque central de Las Palmas\n"
        "\n"
        "________________________________\n"
        "De: Oficina de Prensa [mailto:op@villa-alta.example.mx]\n"
        "Enviado el: martes, 5 de marzo de 2019 10:40 a. m.\n"
        "Asunto: Comunicado 112 - Reparan el alumbrado del parque central de Las Palmas\n"
        "\n"
        "H. AYUNTAMIENTO DE VILLA ALTA, OAX.\n"
        "DIRECCIÓN DE COMUNICACIÓN SOCIAL\n"
        "\n"
        f"Villa Alta, Oax., a 5 de marzo de 2019.- {PROSE}\n\n{PROSE_2}\n"
    )
    assert article.title == "Reparan el alumbrado del parque central de Las Palmas"
    assert article.bulletin_number == "112"
    assert article.dateline_city == "Villa Alta"
    assert article.published_at is not None and article.published_at.day == 5
    assert article.body.startswith("Los vecinos de la colonia Las Palmas")
    assert "El regidor de obras" in article.body


def test_a_fax_cover_sheet_is_no_title_and_its_page_lines_no_body():
    article = _parse(
        "T E L E F A X\n"
        "DE: OFICINA DE PRENSA DEL AYUNTAMIENTO DE SAN JUAN\n"
        "PARA: MESA DE INFORMACION\n"
        "FAX: 555 010 2233\n"
        "NO. DE HOJAS (CON ESTA): 2\n"
        "FECHA: 4-III-97\n"
        "--------------------------------------------\n"
        "\n"
        "H. AYUNTAMIENTO DE SAN JUAN\n"
        "BOLETIN DE PRENSA No. 87\n"
        "\n"
        "REPARAN EL ALUMBRADO DEL PARQUE CENTRAL DE LAS PALMAS\n"
        "\n"
        "San Juan, Oax., a 4 de marzo de 1997.\n"
        "\n"
        f"{PROSE}\n\n"
        "                         HOJA 1 DE 2\n"
        "FAX AYTO SAN JUAN 04-III-97 10:12 P.02\n\n"
        f"{PROSE_2}\n\n- 30 -\n"
    )
    assert article.title == "REPARAN EL ALUMBRADO DEL PARQUE CENTRAL DE LAS PALMAS"
    assert article.bulletin_number == "87"
    assert "HOJA 1" not in article.body and "P.02" not in article.body
    assert "El regidor de obras" in article.body and "Los vecinos" in article.body


def test_an_iphone_chat_export_notice_and_attachment_are_no_release_lines():
    article = _parse(
        "[3/2/22, 9:14:03] Prensa Ayuntamiento San Juan: \u200eLos mensajes y las llamadas "
        "están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, "
        "puede leerlos ni escucharlos.\n"
        "[3/2/22, 9:15:10] Prensa Ayuntamiento San Juan: \u200e<adjunto: 00000012-PHOTO-2022-02-03"
        "-09-15-10.jpg>\n"
        "[3/2/22, 9:15:40] Prensa Ayuntamiento San Juan: *H. AYUNTAMIENTO DE SAN JUAN*\n"
        "*Boletín 204*\n\n"
        "*Reparan el alumbrado del parque central de Las Palmas*\n\n"
        f"San Juan, Oax., 3 de febrero de 2022.- {PROSE}\n\n{PROSE_2}\n\n*-30-*\n"
        "[3/2/22, 9:20:00] Mesa: Recibido\n"
    )
    assert article.title == "Reparan el alumbrado del parque central de Las Palmas"
    assert article.bulletin_number == "204"
    assert "adjunto" not in article.body and "cifrados" not in article.body
    assert article.body.startswith("Los vecinos")


def test_a_communique_to_the_public_headline_in_capitals_address_and_closing_dateline():
    article = _parse(
        "H. AYUNTAMIENTO DE VILLA ALTA\n"
        "DIRECCIÓN DE COMUNICACIÓN SOCIAL\n"
        "COMUNICADO No. 31/2006\n\n"
        "AYUNTAMIENTO DE VILLA ALTA EXPLICA LA REPARACIÓN DEL ALUMBRADO\n\n"
        "A la ciudadanía:\n\n"
        f"{PROSE}\n\n{PROSE_2}\n\n"
        "Atentamente\n\n"
        "Villa Alta, Oaxaca, a 9 de mayo de 2006.\n\n"
        "Dirección de Comunicación Social\n"
    )
    assert article.title == "AYUNTAMIENTO DE VILLA ALTA EXPLICA LA REPARACIÓN DEL ALUMBRADO"
    assert article.issuer == "H. Ayuntamiento de Villa Alta"
    assert article.body.startswith("Los vecinos")
    assert article.dateline_city == "Villa Alta"


def test_a_scanned_release_with_its_office_and_title_broken_over_short_lines():
    article = _parse(
        "H. AYUNTAMIENTO MUNICIPAL\n"
        "DE SAN JUAN, OAXACA\n"
        "2019 - 2021\n"
        "- ' . , '\n"
        "COMUNICADO No. 14\n\n"
        "REPARAN 40\n"
        "LÁMPARAS\n"
        "DEL PARQUE\n"
        "CENTRAL\n\n"
        f"San Juan, Oax., a 6 de junio de 2020.- {PROSE}\n\n{PROSE_2}\n\n"
        "#SanJuanCumple | Página 1\n"
    )
    assert article.title == "REPARAN 40 LÁMPARAS DEL PARQUE CENTRAL"
    assert article.issuer == "H. Ayuntamiento Municipal de San Juan, Oaxaca"
    assert article.bulletin_number == "14"
    assert article.dateline_city == "San Juan"
    assert article.body.startswith("Los vecinos")
    assert "Página 1" not in article.body and "2019" not in article.body


def test_a_ghost_export_with_two_authors_as_mappings_and_a_feature_image_caption():
    article = _parse(
        "---\n"
        'title: "Reparan el alumbrado del parque central"\n'
        "published_at: '2021-06-02T10:00:00.000-05:00'\n"
        "primary_author:\n  name: Marta Ibarra Solís\n  slug: marta\n"
        "authors:\n"
        "  - name: Marta Ibarra Solís\n    slug: marta\n"
        "  - name: Ramón Quiroz Tena\n    slug: ramon\n"
        'feature_image_caption: "Foto: Ramón Quiroz Tena / El Farol"\n'
        "---\n\n"
        f"{PROSE}\n\n{PROSE_2}\n"
    )
    assert sorted(b.name for b in article.bylines) == ["Marta Ibarra Solís", "Ramón Quiroz Tena"]
    assert article.lead_image_credit.startswith("Ramón Quiroz Tena")


def test_a_pen_credit_under_a_line_of_hashtags():
    article = _parse(
        "*REPARAN EL ALUMBRADO DEL PARQUE CENTRAL DE LAS PALMAS*\n\n"
        "📢 #LasPalmas #Alumbrado\n"
        "✍️ Ofelia Cárdenas Ruiz\n\n"
        f"{PROSE}\n\n{PROSE_2}\n"
    )
    assert [b.name for b in article.bylines] == ["Ofelia Cárdenas Ruiz"]
    assert article.body.startswith("Los vecinos")


def test_the_public_a_communique_addresses_under_its_title_is_no_body():
    article = _parse(
        "H. AYUNTAMIENTO DE VILLA ALTA\n"
        "Comunicado 45/2006\n\n"
        "Explica el Ayuntamiento la reparación del alumbrado\n\n"
        "A los vecinos de la colonia Las Palmas:\n\n"
        f"{PROSE}\n\n{PROSE_2}\n\n-oOo-\n"
    )
    assert article.title == "Explica el Ayuntamiento la reparación del alumbrado"
    assert article.body.startswith("Los vecinos")


def test_a_teletype_message_line_with_its_month_in_letters_dates_the_copy():
    article = _parse(
        "ZCZC AGS0112 03-ABR-98 09:12\n"
        "URGENTE\n"
        "Agencia Galeana de Servicios (AGS)\n"
        "ALUMBRADO-PALMAS (200 palabras)\n\n"
        "Reparan el alumbrado del parque central de Las Palmas\n\n"
        "Por Ofelia Cárdenas Ruiz, corresponsal\n\n"
        f"   SAN JUAN, Oax., 3 de abril (AGS).- {PROSE}\n\n   {PROSE_2}\n\n"
        "AGS/OCR/jtm\n"
        "03-04-98 0931 HRS\n"
        "NNNN\n"
    )
    assert article.published_at is not None
    assert (article.published_at.year, article.published_at.month) == (1998, 4)
    assert "NNNN" not in article.body and "AGS/OCR" not in article.body
    assert "HRS" not in article.body
