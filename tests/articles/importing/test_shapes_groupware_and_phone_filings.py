"""A groupware archive's records (Lotus Domino structured text), a correspondent's
filings by SMS and by e-mail, and other head shapes of the SLP/Huasteca batch:
invented texts, asserting what an editor sees."""

from datetime import date

from articles.importing.parsing import parse_bytes


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


DOMINO_RECORD = (
    "$Revisions:  02/06/2003 11:40:10 p.m.\r\n"
    "Form:  NotaDiaria\r\n"
    "Medio:  La Atalaya del Norte\r\n"
    "Edicion:  03/06/2003\r\n"
    "Seccion:  Ciudad\r\n"
    "Pagina:  7-B\r\n"
    "Cabeza:  Reabren el mercado de la colonia Jardines tras dos meses de obras\r\n"
    "Autor:  CN=Saúl Berrones Quintero/OU=Reporteros/O=Atalaya\r\n"
    "$UpdatedBy:  CN=Cierre Nocturno/OU=Edicion/O=Atalaya\r\n"
    "Fotos:  Archivo La Atalaya\r\n"
    "Body:  Los locatarios del mercado de la colonia Jardines volvieron a abrir sus puestos "
    "este lunes, luego de dos meses de trabajos en el techo y el drenaje.\r\n"
    "\r\n"
    "La obra costó 3 millones de pesos y fue pagada por el municipio.\r\n"
    "\f"
)


def test_a_groupware_record_gives_its_fields_and_its_system_items_go():
    article = read(DOMINO_RECORD)
    assert article.title == "Reabren el mercado de la colonia Jardines tras dos meses de obras"
    assert names(article) == ["Saúl Berrones Quintero"]
    assert article.published_at.date() == date(2003, 6, 3)
    assert article.source == "La Atalaya del Norte"
    assert article.section == "Ciudad"
    assert article.lead_image_credit == "Archivo La Atalaya"
    assert article.body.startswith("Los locatarios del mercado")
    for leftover in ("$Revisions", "$UpdatedBy", "NotaDiaria", "7-B", "CN="):
        assert leftover not in article.body


def test_a_groupware_record_with_an_empty_body_is_refused():
    record = DOMINO_RECORD.split("Body:")[0].replace("Fotos:  Archivo La Atalaya\r\n", "")
    record += "$FILE:  foto_portada.jpg\r\nBody:  \r\n"
    try:
        article = read(record)
    except Exception as problem:  # ImportFailure
        assert "ImportFailure" in type(problem).__name__
    else:
        raise AssertionError(f"imported: {article.title!r}")


MAILED_WITH_LABEL = (
    "De: Octavio Reséndiz Lara <oresendiz@agencia-bajio.example.mx>\n"
    "Enviado: jueves, 14 de abril de 2011 19:05\n"
    "Para: Mesa de Cierre <mesa@agencia-bajio.example.mx>\n"
    "Asunto: NOTA DOLORES -- presa (para mañana)\n"
    "\n"
    "Mesa:\n"
    "\n"
    "Les mando la nota de Dolores. Cualquier cosa me llaman.\n"
    "\n"
    "CABEZA: Baja a 12 por ciento el nivel de la presa que abastece a Dolores Hidalgo\n"
    "\n"
    "Por Octavio Reséndiz Lara\n"
    "Corresponsal de Agencia Informativa del Bajío (AIB)\n"
    "\n"
    "DOLORES HIDALGO, Gto., 14 de abril de 2011 (AIB).- La presa que surte de agua a "
    "la ciudad llegó este jueves a 12 por ciento de su capacidad, informó el organismo "
    "operador, que pidió a la población reducir el consumo.\n"
    "\n"
    "Los tandeos comenzarán la próxima semana en las colonias altas.\n"
    "\n"
    "Saludos,\n"
    "Octavio\n"
)


def test_a_mailed_story_with_a_labelled_headline_under_a_note_to_the_desk():
    article = read(MAILED_WITH_LABEL, "nota.eml")
    assert article.title == (
        "Baja a 12 por ciento el nivel de la presa que abastece a Dolores Hidalgo"
    )
    assert names(article) == ["Octavio Reséndiz Lara"]
    assert article.source == "Agencia Informativa del Bajío"
    assert article.published_at.date() == date(2011, 4, 14)
    assert article.body.startswith("La presa que surte de agua")
    assert "Les mando" not in article.body and "Mesa:" not in article.body


SMS_FILING = (
    "Conversación con: Rubí Tenorio Garza - Corresp. Río Verde (Agencia Noticias del Altiplano)\r\n"
    "Número: +52 487 555 0199\r\n"
    "Exportado el 10/09/2012 07:30 con CopiaMensajes 4.1\r\n"
    "\r\n"
    "[09/09/2012 20:01] Rubí Tenorio Garza: Mesa, ahí va nota en 3 mensajes. Cabeza:\r\n"
    "[09/09/2012 20:01] Rubí Tenorio Garza: Desborda el río Verde y deja 40 casas inundadas\r\n"
    "[09/09/2012 20:03] Rubí Tenorio Garza: (1/3) RÍO VERDE, SLP, 9 de septiembre (ANA).- "
    "El río se desbordó la tarde de este domingo tras una tormenta de cuatro horas.\r\n"
    "[09/09/2012 20:04] Rubí Tenorio Garza: (2/3) Protección Civil abrió dos albergues "
    "en escuelas del centro.\r\n"
    "[09/09/2012 20:06] Rubí Tenorio Garza: (3/3) No se reportaron personas heridas.\r\n"
    "[09/09/2012 20:07] Rubí Tenorio Garza: Fin. Rubí.\r\n"
    "[09/09/2012 20:10] Mesa ANA: Recibida, gracias.\r\n"
)


def test_a_story_filed_by_sms_in_numbered_parts():
    article = read(SMS_FILING)
    assert article.title == "Desborda el río Verde y deja 40 casas inundadas"
    assert names(article) == ["Rubí Tenorio Garza"]
    assert article.published_at.date() == date(2012, 9, 9)
    assert article.source == "Agencia Noticias del Altiplano"
    assert article.body.startswith("El río se desbordó la tarde")
    assert "No se reportaron personas heridas." in article.body
    assert "Protección Civil abrió dos albergues en escuelas del centro." in article.body
    for leftover in ("(1/3)", "Mesa", "Fin.", "Recibida", "[09/09/2012"):
        assert leftover not in article.body


def test_a_masthead_with_its_motto_over_the_issue_line_and_section():
    text = (
        "Mercado del Bajío — Quincenario de comercio y servicios\n"
        "Edición 87 · Viernes 9 de marzo de 2007 · Pág. 6\n"
        "Sección: Comercio\n"
        "\n"
        "Las tiendas de barrio resisten la llegada de las cadenas en León\n"
        "\n"
        "Texto: Alma Verduzco Pineda\n"
        "\n"
        "Las tiendas de abarrotes de la zona centro de León mantienen a sus clientes pese "
        "a la apertura de cuatro tiendas de conveniencia en un año, según un sondeo de la "
        "cámara de comercio local.\n"
        "\n"
        "Los tenderos atribuyen la lealtad de sus clientes al fiado y al trato directo.\n"
    )
    article = read(text)
    assert article.title == "Las tiendas de barrio resisten la llegada de las cadenas en León"
    assert article.source == "Mercado del Bajío"
    assert article.section == "Comercio"
    assert article.published_at.date() == date(2007, 3, 9)
    assert names(article) == ["Alma Verduzco Pineda"]
    assert "Edición 87" not in article.body and "Quincenario" not in article.body


def test_an_english_edition_credit_with_a_translator_and_a_month_first_date():
    text = (
        "PENÍNSULA HOY · English Edition\n"
        "\n"
        "Merida street vendors win a year of permits downtown\n"
        "\n"
        "By Claire Dunmore and Baltazar Ek Chan\n"
        "Translated from the Spanish by Irma Poot Cab\n"
        "09/17/2019 | 6:40 p.m.\n"
        "\n"
        "MERIDA, Yuc. — About 300 street vendors in downtown Merida will keep their spots "
        "for another year after the city council approved new permits on Tuesday, ending a "
        "dispute that lasted most of the summer.\n"
        "\n"
        "Vendors must now wear an ID badge and keep the sidewalks clear for pedestrians.\n"
    )
    article = read(text)
    assert article.title == "Merida street vendors win a year of permits downtown"
    assert names(article) == ["Claire Dunmore", "Baltazar Ek Chan"]
    assert article.published_at.date() == date(2019, 9, 17)
    assert "Translated" not in article.body and "Irma Poot" not in article.body


def test_a_numeric_date_is_day_first_unless_only_month_first_reads():
    from articles.importing.cleaning.dates import parse_date

    assert parse_date("05/04/2021").date() == date(2021, 4, 5)
    assert parse_date("04/23/2021").date() == date(2021, 4, 23)
    assert parse_date("04/23/2021 | 10:15 a.m.").hour == 10


def test_a_restructuredtext_field_list_under_the_title_gives_writer_and_date():
    text = (
        "==========================================\n"
        "Cómo se teje un huipil de cadenilla en Tekit\n"
        "==========================================\n"
        "\n"
        ":Autor: Genaro Uc Poot\n"
        ":Fecha: 2014-08-02\n"
        "\n"
        "Las bordadoras de Tekit tardan hasta tres semanas en terminar un huipil de "
        "cadenilla, una técnica que aprendieron de sus madres y que todavía se hace en "
        "máquinas de pedal.\n"
        "\n"
        "Cada pieza se vende en el mercado del pueblo o por encargo.\n"
    )
    article = read(text, "huipil.text")
    assert article.title == "Cómo se teje un huipil de cadenilla en Tekit"
    assert names(article) == ["Genaro Uc Poot"]
    assert article.published_at.date() == date(2014, 8, 2)
    assert ":Autor:" not in article.body and ":Fecha:" not in article.body


def test_a_fax_cover_sheet_under_the_issuers_letterhead():
    text = (
        "              H. AYUNTAMIENTO DE SAN ANDRÉS TUXTLA\n"
        "                COORDINACIÓN DE COMUNICACIÓN SOCIAL\n"
        "\n"
        "                            F A X\n"
        "\n"
        "PARA: Jefatura de Información / El Correo del Golfo\n"
        "DE: Comunicación Social San Andrés\n"
        "FAX: 294 555 0110\n"
        "HOJAS: 1\n"
        "\n"
        "BOLETÍN No. 41/2004\n"
        "\n"
        "San Andrés Tuxtla, Ver., a 6 de mayo de 2004.\n"
        "\n"
        "ARRANCA LA CAMPAÑA DE DESCACHARRIZACIÓN EN LAS COLONIAS DEL NORTE\n"
        "\n"
        "El Ayuntamiento de San Andrés Tuxtla inició este jueves la campaña de "
        "descacharrización en doce colonias del norte de la ciudad, para prevenir el "
        "dengue antes de la temporada de lluvias.\n"
        "\n"
        "Los camiones recogerán llantas, botes y muebles viejos frente a cada domicilio.\n"
    )
    article = read(text)
    assert article.title == "ARRANCA LA CAMPAÑA DE DESCACHARRIZACIÓN EN LAS COLONIAS DEL NORTE"
    assert article.bulletin_number == "41/2004"
    assert article.dateline_city == "San Andrés Tuxtla"
    assert article.published_at.date() == date(2004, 5, 6)
    for leftover in ("F A X", "PARA:", "HOJAS", "294 555 0110"):
        assert leftover not in article.body
