"""Shapes of a regional newsroom's merged archive: a teletype sent in takes under an
agency line that names its service and a two-digit-year stamp; a QuarkXPress Tags
export; a CMS's labelled export under a banner; a headline with its section label
under it; a broadcast script's slot line, date and labelled fields; a story filed in a
chat with its headline under «Cabeza:» and the desk's chatter after the writer's
credit; a release from a press room's web page with its breadcrumb; writers named
over their roles, a paragraph each. All text invented."""

from articles.importing.parsing import parse_bytes

LEDE = (
    "Los apicultores de la sierra reportaron una cosecha de miel 40 por ciento menor a la "
    "del año pasado por la sequía y la pérdida de colmenas durante la primavera."
)
SECOND = (
    "La unión de productores pidió al gobierno estatal un programa de apoyo para comprar "
    "abejas reina y alimento durante los meses secos, antes del siguiente ciclo."
)
THIRD = (
    "Los técnicos recomendaron mover las colmenas a zonas con floración tardía y revisar "
    "cada semana la presencia de plagas en los apiarios de la región."
)


def _parse(text: str, name: str = "nota.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), source_path=name)


def test_a_teletype_in_takes_under_an_agency_service_line_and_a_short_stamp():
    article = _parse(
        "ZCZC AIS0201 2 EST 0388\n"
        "Agencia Informativa Serrana (AIS) - Servicio Regional Norte\n"
        "03-06-17 09:15\n"
        "ESTADOS\n\n"
        "Cae 40 por ciento la cosecha de miel en la sierra\n\n"
        "Por M. L. Ontiveros\n\n"
        f"TEPEHUANES, Dgo., 3 de junio de 2017 (AIS).- {LEDE}\n\n"
        "-MÁS-\n\n"
        "ZCZC AIS0202 2 EST 0389\n"
        "1a. ADICIONAL MIEL SIERRA\n\n"
        f"{SECOND}\n\n{THIRD}\n\n"
        "AIS/MLO/abc/09:15\n"
        "NNNN\n"
    )
    assert article.title == "Cae 40 por ciento la cosecha de miel en la sierra"
    assert article.source == "Agencia Informativa Serrana"
    assert article.section == "ESTADOS"
    assert [b.name for b in article.bylines] == ["M. L. Ontiveros"]
    assert article.published_at.date().isoformat() == "2017-06-03"
    assert "ZCZC" not in article.body and "ADICIONAL" not in article.body
    assert article.body.endswith(THIRD)


def test_a_quarkxpress_tags_export_is_read_as_a_layouts_fields():
    article = _parse(
        "<v8.00><e1>\n"
        "@Normal=<Ps100t0h100z12k0b0>\n"
        "@Normal:\n"
        "@Titular_grande:Cae 40 por ciento la cosecha de miel en la sierra\n"
        "@Firma:Por Marina Ontiveros Leal\n"
        f"@Texto_entrada:{LEDE}\n"
        f"@Texto:{SECOND}<\\#8212>con <B>apoyo<B> estatal.\n"
        "@Pie_foto:Un apicultor revisa un panal. Foto: Marina Ontiveros Leal\n"
        f"@Texto:{THIRD}\n",
        encoding="mac_roman",
    )
    assert article.title == "Cae 40 por ciento la cosecha de miel en la sierra"
    assert [b.name for b in article.bylines] == ["Marina Ontiveros Leal"]
    assert article.body.startswith(LEDE)
    assert "ciclo.—con" in article.body
    assert "<" not in article.body and "@" not in article.body
    assert article.lead_image_credit == "Marina Ontiveros Leal"


def test_a_cms_export_under_a_banner_with_underscored_labels_and_a_status():
    text = (
        "*** VOLCADO DE CONTENIDOS · La Gaceta del Mezquital · nota 3 de 9 ***\n"
        "ID: 7731\n"
        "TITULO: Cae 40 por ciento la cosecha de miel en la sierra\n"
        "SUBTITULO:\n"
        "SECCION: Campo\n"
        "AUTOR: Marina Ontiveros Leal; Julio Sarmiento Paz\n"
        "FECHA_PUB: 2017-06-03 10:20:00\n"
        "FECHA_MOD: 2017-06-05 08:00:00\n"
        "ESTATUS: {status}\n"
        "CONTENIDO:\n"
        f"<p>{LEDE}</p>\n<p>{SECOND}</p>\n"
        "*** FIN DE LA NOTA ***\n"
    )
    article = _parse(text.format(status="publicado"))
    assert article.title == "Cae 40 por ciento la cosecha de miel en la sierra"
    assert article.source == "La Gaceta del Mezquital"
    assert article.section == "Campo"
    assert [b.name for b in article.bylines] == ["Marina Ontiveros Leal", "Julio Sarmiento Paz"]
    assert article.published_at.date().isoformat() == "2017-06-03"
    assert not article.draft
    assert "FIN DE LA NOTA" not in article.body and "ESTATUS" not in article.body
    assert _parse(text.format(status="en revisión")).draft  # fail closed


def test_a_headline_with_its_section_label_under_it_below_a_dated_masthead():
    article = _parse(
        "Noticias del Altiplano (NDA)\n"
        "Sábado 3 de junio de 2017\n\n"
        "Cae 40 por ciento la cosecha de miel en la sierra\n"
        "AGRO\n\n"
        "Textos: Marina Ontiveros Leal y Julio Sarmiento Paz\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == "Cae 40 por ciento la cosecha de miel en la sierra"
    assert article.section == "AGRO"
    assert article.source == "Noticias del Altiplano"
    assert article.body.startswith(LEDE)


def test_a_broadcast_scripts_slot_line_date_and_fields_over_the_read_text():
    article = _parse(
        "EMISIÓN VESPERTINA · SEGMENTO 3 · NOTA 2\n"
        "Sábado 3 de junio de 2017\n"
        "TÍTULO WEB: Cae 40 por ciento la cosecha de miel en la sierra\n"
        "REDACTA: Marina Ontiveros Leal\n"
        "LEE: Locutor 2\n"
        "DURACIÓN: 2'10\"\n\n"
        f"LOC 1: {LEDE}\n\n"
        "(ENTRA AUDIO 2: presidente de la unión — 0'21\" — ENTRA: «Las abejas...» "
        "SALE: «...antes de julio»)\n\n"
        f"LOC 2: {SECOND}\n"
    )
    assert article.title == "Cae 40 por ciento la cosecha de miel en la sierra"
    assert [b.name for b in article.bylines] == ["Marina Ontiveros Leal"]
    assert article.published_at.date().isoformat() == "2017-06-03"
    assert "ENTRA AUDIO" not in article.body and "DURACIÓN" not in article.body
    assert article.body.startswith(LEDE)


def test_a_story_filed_in_a_chat_under_a_headline_label():
    stamp = "03/06/17 10:{:02d} - Marina Ontiveros Corresp.: "
    article = _parse(
        "03/06/17 10:00 - Los mensajes y las llamadas están cifrados de extremo a extremo.\n"
        + stamp.format(1) + "Ahí te va la de la miel, luego las fotos\n"
        + stamp.format(2) + "Cabeza: Cae 40 por ciento la cosecha de miel en la sierra\n"
        + stamp.format(3) + LEDE + "\n"
        + stamp.format(4) + "VID-20170603-WA0003.mp4 (archivo adjunto)\n"
        + stamp.format(5) + SECOND + "\n"
        + stamp.format(6) + "Marina Ontiveros Leal / Corresponsal\n"
        + "03/06/17 10:09 - Mesa Web: Va, gracias\n"
        + stamp.format(10) + "Sale\n"
    )  # fmt: skip
    assert article.title == "Cae 40 por ciento la cosecha de miel en la sierra"
    assert [b.name for b in article.bylines] == ["Marina Ontiveros Leal"]
    assert article.body == f"{LEDE}\n\n{SECOND}"


def test_a_press_rooms_breadcrumb_and_header_are_no_title():
    article = _parse(
        "GOBIERNO DEL ESTADO DE DURANGO\n\n"
        "Sala de Prensa\n\n"
        "Inicio › Comunicados › Cae 40 por ciento la cosecha de miel en la sierra\n\n"
        "Comunicado 0412\n\n"
        "Cae 40 por ciento la cosecha de miel en la sierra\n\n"
        f"Durango, Dgo., 3 de junio de 2017.- {LEDE}\n\n"
        f"La Secretaría de Agricultura del Estado informó que {SECOND[0].lower()}{SECOND[1:]}\n\n"
        f"{THIRD}\n"
    )
    assert article.title == "Cae 40 por ciento la cosecha de miel en la sierra"
    assert article.issuer == "Gobierno del Estado de Durango"
    assert "Inicio" not in article.body and "Sala de Prensa" not in article.body


def test_writers_named_over_their_roles_a_paragraph_each():
    article = _parse(
        "Gaceta del Instituto Serrano | Núm. 41 | 3 de junio de 2017\n\n"
        "INVESTIGACIÓN\n\n"
        "Cae 40 por ciento la cosecha de miel en la sierra\n\n"
        "Marina Ontiveros Leal\n"
        "Departamento de Divulgación\n\n"
        "Julio Sarmiento Paz\n"
        "Corresponsal | Tepehuanes, Dgo.\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert [b.name for b in article.bylines] == ["Marina Ontiveros Leal", "Julio Sarmiento Paz"]
    assert article.body.startswith(LEDE)
    assert "Divulgación" not in article.body
