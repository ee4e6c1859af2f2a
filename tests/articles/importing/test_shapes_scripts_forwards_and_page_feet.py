"""Shapes of a northern newsroom's archive: a teletype in two messages under a worded
priority; a groupware forward of an agency's copy under its name and service; a radio
script's masthead, slot line and labelled fields, its speakers' cues and the reporter's
sign-off; a layout's tagged caption, credit and end tag; a share bar one button a line;
a chat post's bold title under its decoration, its pointer to the site and reactions; a
government site's menu in columns and its related posts; a border outlet's date with its
zone; a pitch under a channel's label; a PDF's foot with the page's count. All text
invented."""

from articles.importing.cleaning.boilerplate import strip_boilerplate
from articles.importing.cleaning.text import clean_title
from articles.importing.parsing import parse_bytes

LEDE = (
    "Los productores de nuez del valle reportaron una cosecha 30 por ciento menor a la del "
    "año pasado por las heladas tardías y la falta de agua en los canales de riego."
)
SECOND = (
    "La asociación de productores pidió a la delegación estatal un programa de apoyo para "
    "rehabilitar los pozos y comprar fertilizante antes del siguiente ciclo de siembra."
)
THIRD = (
    "Los técnicos recomendaron podar en invierno los árboles dañados y revisar cada semana "
    "la presencia de plagas en las huertas de la región."
)


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def test_a_teletype_in_two_messages_under_a_worded_priority():
    article = _parse(
        "ZCZC ANS0311 2 EST 0420\n"
        "ANS-DGO-NUEZ 21-11-07 10:05\n"
        "PRIORIDAD: ORDINARIA\n"
        "Agencia Noticiosa Serrana (ANS) - Servicio a los Estados\n\n"
        "Cae 30 por ciento la cosecha de nuez en el valle\n\n"
        "Por Rosalba Quiñones Terán\n\n"
        f"   DURANGO, Dgo., 21 de noviembre (ANS).- {LEDE}\n\n"
        f"   {SECOND}\n\n"
        "(SIGUE)\n"
        "NNNN\n"
        "ZCZC ANS0312 2 EST 0420\n"
        "ANS-DGO-NUEZ 2A. PARTE 21-11-07 10:11\n\n"
        f"   {THIRD}\n\n"
        "ANS RQT/mlr\n"
    )
    assert article.title == "Cae 30 por ciento la cosecha de nuez en el valle"
    assert article.source == "Agencia Noticiosa Serrana"
    assert article.published_at.date().isoformat() == "2007-11-21"
    assert "NNNN" not in article.body
    assert "PARTE" not in article.body
    assert "PRIORIDAD" not in article.body
    assert LEDE in article.body and THIRD in article.body


def test_a_groupware_forward_of_an_agency_copy_under_its_name_and_service():
    article = _parse(
        "----- Reenviado por Mesa Web/Diario Norte con fecha 03/02/2011 09:40 AM -----\n\n"
        '            "Despacho ANS" <despacho@ans.example.mx>\n'
        "            03/02/2011 09:12 AM\n\n"
        "                    Para:   <mesa@diario.example.mx>\n"
        "                    cc:\n"
        "                    Asunto: ANS-DGO: Cae la cosecha de nuez en el valle\n\n\n"
        "AGENCIA NOTICIOSA SERRANA (ANS)\n"
        "Servicio informativo para suscriptores\n\n"
        "Cae la cosecha de nuez en el valle\n\n"
        "Por Rosalba Quiñones Terán\n\n"
        f"DURANGO, Dgo., 3 de febrero de 2011 (ANS).- {LEDE}\n\n"
        f"{SECOND}\n\n"
        "ANS/RQT/mlr\n"
    )
    assert article.title == "Cae la cosecha de nuez en el valle"
    assert article.source == "Agencia Noticiosa Serrana"
    assert [b.name for b in article.bylines] == ["Rosalba Quiñones Terán"]
    assert "Reenviado" not in article.body
    assert "Servicio informativo" not in article.body
    assert "Para:" not in article.body
    assert article.body.startswith("Los productores de nuez")


def test_a_radio_script_with_its_masthead_slot_line_cues_and_sign_off():
    article = _parse(
        "RADIO LAGUNA 1150 AM — LA VOZ DE LA COMARCA\n"
        "GUION DE NOTICIERO / EMISIÓN: VESPERTINA / FECHA: 04-MAR-2012\n"
        "Sección: Campo\n"
        "TÍTULO: Cae 30 por ciento la cosecha de nuez en el valle\n"
        "REPORTERO: Anselmo Ibarra Leyva\n"
        "CONDUCTORA: Lidia Esparza\n"
        "DURACIÓN TOTAL: 3:05\n"
        "==========================================\n\n"
        "(CONDUCTORA)\n"
        f"{LEDE}\n\n"
        "(REPORTERO)\n"
        f"{SECOND}\n\n"
        "Desde la huerta El Nogal, reportó Anselmo Ibarra para Radio Laguna.\n\n"
        "(REGRESA A CABINA)\n\n"
        "(CONDUCTORA)\n"
        f"{THIRD}\n"
    )
    assert article.title == "Cae 30 por ciento la cosecha de nuez en el valle"
    assert article.source == "Radio Laguna 1150 AM"
    assert article.section == "Campo"
    assert [b.name for b in article.bylines] == ["Anselmo Ibarra Leyva"]
    assert article.published_at.date().isoformat() == "2012-03-04"
    for gone in ("(CONDUCTORA)", "(REPORTERO)", "CABINA", "reportó Anselmo", "Lidia", "3:05"):
        assert gone not in article.body
    assert article.body.startswith(LEDE[:40])
    assert article.body.rstrip().endswith(THIRD)


def test_a_layouts_caption_credit_and_end_tags_under_the_text():
    # an old layout's export, its lines apart by carriage returns alone
    lines = [
        "@SECCION:Campo",
        "@PAGINA:6B",
        "@FECHA:12/05/2009",
        "@CABEZA:Cae la cosecha de nuez en el valle",
        "@AUTOR:Por Rosalba Quiñones Terán",
        "@MEDIO:Diario del Nazas",
        f"@TEXTO:{LEDE}",
        SECOND,
        "@PIE:Un productor revisa los árboles dañados por la helada.",
        "@CREDITO:Foto: Íñigo Salas / Diario del Nazas",
        "@FIN",
    ]
    article = _parse("\r".join(lines))
    assert article.title == "Cae la cosecha de nuez en el valle"
    assert article.lead_image_credit == "Íñigo Salas / Diario del Nazas"
    for gone in ("@PIE", "@CREDITO", "@FIN", "revisa los árboles"):
        assert gone not in article.body


def test_a_share_bar_one_button_a_line_over_the_story():
    article = _parse(
        "Cae la cosecha de nuez en el valle\n\n"
        "Por Rosalba Quiñones Terán\n"
        "12 de mayo de 2019 · 10:40\n\n"
        "Compartir\nFacebook\nX\nWhatsApp\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    for gone in ("Compartir", "Facebook", "WhatsApp"):
        assert gone not in article.body
    assert article.body.startswith(LEDE[:40])


def test_a_chat_posts_bold_title_under_its_decoration():
    assert clean_title("🔴 *Cae la cosecha de nuez en el valle") == (
        "Cae la cosecha de nuez en el valle"
    )
    # a title broken over lines keeps its opening mark for the line that closes it
    assert clean_title("**Cae la cosecha de nuez") == "**Cae la cosecha de nuez"


def test_a_chat_posts_pointer_to_the_site_and_its_reactions():
    article = _parse(
        "Diario del Nazas 📰\n"
        "5 sep 2023, 18:40\n\n"
        "🔴 *Cae 30 por ciento la cosecha de nuez en el valle*\n\n"
        "✍️ Por Rosalba Quiñones Terán\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "👉 Más información en diariodelnazas.example.mx\n"
        "📲 Sigue el canal de Diario del Nazas en WhatsApp\n\n"
        "❤️ 98  😮 12  🙏 7\n"
    )
    assert article.title == "Cae 30 por ciento la cosecha de nuez en el valle"
    assert "Más información" not in article.body
    assert "❤️" not in article.body
    assert article.body.rstrip().endswith(SECOND)


def test_a_government_sites_menu_in_columns_and_its_related_posts():
    article = _parse(
        "H. AYUNTAMIENTO DE LERDO\n"
        "Inicio   Trámites   Transparencia   Sala de prensa   Contacto\n\n"
        "Inicio » Sala de prensa » Boletines\n\n"
        "Cae la cosecha de nuez en el valle\n\n"
        "Boletín 0412\n\n"
        f"Lerdo, Durango.- {LEDE}\n\n{SECOND}\n\n"
        "Entradas relacionadas\n"
        "Arranca la campaña de descacharrización en el oriente\n"
        "Entregan uniformes a los alumnos de la escuela Benito Juárez\n"
    )
    assert article.title == "Cae la cosecha de nuez en el valle"
    assert article.bulletin_number == "0412"
    assert "Entradas relacionadas" not in article.body
    assert "descacharrización" not in article.body


def test_a_border_outlets_date_with_its_zone():
    article = _parse(
        "Campo\n\n"
        "Cae la cosecha de nuez en el valle\n\n"
        "Por Rosalba Quiñones Terán | Diario del Bravo\n"
        "Publicado: 11/23/2016 6:15 p.m. MT\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.published_at.date().isoformat() == "2016-11-23"
    assert [b.name for b in article.bylines] == ["Rosalba Quiñones Terán"]


def test_a_pitch_under_its_channels_label():
    kept, _credit, _source, removed = strip_boilerplate(
        [LEDE, "Newsletter: Recibe cada tarde las noticias del campo en tu correo."]
    )
    assert kept == [LEDE]
    assert removed


def test_a_pdfs_foot_with_the_pages_count_inside_a_paragraph():
    foot = "Av. Juárez 120, Lerdo, Dgo. · Tel. 871 555 0199"
    article = _parse(
        "GOBIERNO DEL ESTADO DE DURANGO\n"
        "SECRETARÍA DE AGRICULTURA\n\n"
        "Comunicado SA/045/2019\n\n"
        "Durango, Durango, 9 de octubre de 2019\n\n"
        "Cae la cosecha de nuez en el valle\n\n"
        "Los productores de nuez del valle reportaron una cosecha menor\n"
        "a la del año pasado por las heladas tardías y la falta de agua\n"
        f"{foot}          Página 1 de 2\n"
        "en los canales de riego de la región.\n"
        f"{SECOND}\n\n"
        "oOo\n\n"
        f"{foot}          Página 2 de 2\n"
    )
    assert "Página" not in article.body
    assert "Tel." not in article.body
    assert "falta de agua en los canales" in " ".join(article.body.split())
