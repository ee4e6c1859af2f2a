"""Wire boilerplate, one row per shape (cleaning/boilerplate.py), and the
byline-line shapes of the wire reader."""

from datetime import date, datetime

import pytest
from django.utils.timezone import get_default_timezone

from articles.importing.cleaning import strip_boilerplate
from articles.importing.cleaning.boilerplate import (
    cut_glued_teasers,
    is_chrome_line,
    is_client_notice,
    is_embargo_line,
    is_language_edition,
    is_wire_slug,
    pitch_outlet,
    split_teaser,
)
from articles.importing.cleaning.dates import find_credited_dateline
from articles.importing.cleaning.outlets import outlet_byline
from articles.importing.cleaning.placement import section_label
from articles.importing.parsing import parse_bytes
from articles.importing.readers.wire import is_deck, outlet_credit, split_byline_line


def local(*args) -> datetime:
    return datetime(*args, tzinfo=get_default_timezone())


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # Glued to the start, the middle and the end of a real paragraph.
        (
            "Lee también: Cierran playa de Chelem por mal tiempo El puerto registra sargazo.",
            "El puerto registra sargazo.",
        ),
        (
            "Dijo que sí. Relacionado: Suben precios del pescado Sus lanchas siguen varadas.",
            "Dijo que sí. Sus lanchas siguen varadas.",
        ),
        (
            "Retiraron 45 toneladas. Te puede interesar | Alistan obras en el malecón",
            "Retiraron 45 toneladas.",
        ),
        (
            "Habló ante la prensa. También te recomendamos: Suben 8% las exportaciones "
            "Los afectados demandaron.",
            "Habló ante la prensa. Los afectados demandaron.",
        ),
        (
            "Marcharon miles. Lee también: Localizan con vida a joven "
            "Otras manifestantes portaban pañuelos.",
            "Marcharon miles. Otras manifestantes portaban pañuelos.",
        ),
        # A pitch or credit sentence closing a real paragraph.
        ("El alcalde inauguró la obra. Síguenos en X: @Diario", "El alcalde inauguró la obra."),
        (
            "Habrá lluvias toda la semana. Con información de Atalaya Lagunera.",
            "Habrá lluvias toda la semana.",
        ),
        (
            "Lo dijo el vocero, que también leyó el informe.",
            "Lo dijo el vocero, que también leyó el informe.",
        ),
        (
            "Sigue a la baja el precio del maíz en la región.",
            "Sigue a la baja el precio del maíz en la región.",
        ),
        # A pitch with no full stop glued before a real sentence: the sentence stays.
        (
            "Abrirán en marzo. Descarga nuestra app en Android e iOS Además, la tienda "
            "venderá café de la sierra a precio de productor.",
            "Abrirán en marzo. Además, la tienda venderá café de la sierra a precio de productor.",
        ),
        (
            "Abrirán en marzo. Síguenos en Instagram y Facebook Los socios esperan vender "
            "mil bolsas al mes.",
            "Abrirán en marzo. Los socios esperan vender mil bolsas al mes.",
        ),
        # A lede opening with the people it is about («Pobladores», «Vecinos»…): the
        # headline ends before them, even after a place's name.
        (
            "Te puede interesar | Suben las tarifas del agua en Gómez Palacio Pobladores "
            "del ejido La Loma reportaron cortes de agua desde el lunes.",
            "Pobladores del ejido La Loma reportaron cortes de agua desde el lunes.",
        ),
        (
            "Ya hay fecha. Lee también: Abren otra ruta a Tlaxiaco Vecinos de la colonia "
            "Reforma pidieron más unidades.",
            "Ya hay fecha. Vecinos de la colonia Reforma pidieron más unidades.",
        ),
        # A question that is no pitch stays; so does a lede that opens with «Recibe».
        (
            "Recibe el albergue a más de cien personas cada noche.",
            "Recibe el albergue a más de cien personas cada noche.",
        ),
        (
            "¿Sigues pensando que el agua es barata? El recibo de marzo dirá otra cosa.",
            "¿Sigues pensando que el agua es barata? El recibo de marzo dirá otra cosa.",
        ),
        (
            "¿Conoces el nuevo reglamento de tránsito? Entra en vigor el lunes.",
            "¿Conoces el nuevo reglamento de tránsito? Entra en vigor el lunes.",
        ),
        # A headline that asks, then answers, glued to the lede: the answer goes with it.
        (
            "Lee también: ¿Vas a Mazunte? Así quedaron los horarios del ferry Vecinos de la "
            "colonia Centro cerraron la calle durante cuatro horas.",
            "Vecinos de la colonia Centro cerraron la calle durante cuatro horas.",
        ),
        # The question alone when a closed sentence follows it.
        (
            "Lee también: ¿Vas a Mazunte? Los vecinos cerraron la calle durante cuatro horas. "
            "La policía llegó después.",
            "Los vecinos cerraron la calle durante cuatro horas. La policía llegó después.",
        ),
    ],
)
def test_glued_teasers_are_cut_and_the_sentence_kept(paragraph, kept):
    assert strip_boilerplate([paragraph])[0] == [kept]


@pytest.mark.parametrize(
    "paragraph",
    [
        # No contact follows: a sentence of the story.
        "Para publicidad del festival, el ayuntamiento destinó dos millones de pesos.",
        "Para sugerencias de la ciudadanía se instalarán buzones en cada mercado.",
    ],
)
def test_story_sentences_that_open_like_a_contact_line_stay(paragraph):
    kept, *_ = strip_boilerplate(["Texto real.", paragraph])
    assert kept == ["Texto real.", paragraph]


def test_a_glued_pitch_keeps_only_a_real_sentence_after_it():
    # Too short and unclosed to be a sentence of the story: it goes with the pitch.
    kept, *_ = strip_boilerplate(["Abrirán en marzo. Síguenos en Instagram y Facebook Ya somos"])
    assert kept == ["Abrirán en marzo."]


def test_cut_glued_teasers_reports_the_teaser():
    kept, removed = cut_glued_teasers("Dijo que sí. Relacionado: Suben precios Sus lanchas siguen.")
    assert (kept, removed) == ("Dijo que sí. Sus lanchas siguen.", ["Relacionado: Suben precios"])


def test_a_teaser_glued_with_no_space_after_the_stop_is_cut():
    kept, removed = cut_glued_teasers(
        "La brigada terminó a las seis.Te puede interesar: Cierran el mercado "
        "Los vecinos volvieron."
    )
    assert kept == "La brigada terminó a las seis. Los vecinos volvieron."
    assert removed == ["Te puede interesar: Cierran el mercado"]
    # With no space, only a capital right after the stop opens a teaser.
    assert cut_glued_teasers("Consulte sitio.lee también: el aviso del cabildo.")[1] == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "MÁS NOTICIAS\n- Detienen a tres por robo de cable\n- Reportan saldo blanco",
        "MÁS NOTICIAS\n• Reportan aumento de casos de dengue",
        "Te puede interesar:\nAlistan operativo por Semana Santa en el Cañón",
        "📲 Descarga nuestra app en Google Play y App Store para no perderte ninguna noticia.",
        "👉 Sigue el canal de El Faro en WhatsApp y entérate primero.",
        "¿Ya conoces nuestro boletín? Recibe cada mañana las noticias de Hidalgo en tu correo.",
        "Recibe nuestro newsletter todas las mañanas. Descarga la app en iOS y Android.",
        "Lleva las noticias de Jalisco en tu bolsillo: descarga la app.",
        "Síguenos en X: @EcoMontanaGro",
        "Con información de Atalaya Lagunera y agencias.",
        "Para reportes y denuncias escríbenos a redaccion@correo.example.mx",
        "redaccion@caribe.example.mx",
        "Entérate primero: únete al canal de WhatsApp de Noticiero del Pacífico.",
        "📲 Únete al canal de Telegram de La Voz del Sur.",
        "¿Tienes una denuncia? Mándanos un mensaje por WhatsApp al 951 123 4567",
        "Sigue a La Voz del Sur en Google Noticias",
        "Mantente informado: sigue nuestro canal de WhatsApp",
        "Comparte esta nota",
        # The outlet's own contact line: what to write about, then where.
        "Para información, denuncias o publicidad escribe a buzon@gaceta.example o llama al "
        "228 555 0199.",
        "Para publicidad y suscripciones: ventas@gaceta.example",
        "Para anunciarte llama al 55 5555 0123",
        "Para quejas o sugerencias, contáctanos por WhatsApp.",
        # A question that is the pitch; a longer «Recibe … cada mañana».
        "*¿Ya te suscribiste a nuestro boletín? Llega cada viernes con lo mejor de Colima.*",
        "¿Ya estás en nuestro canal de WhatsApp?",
        "¿Ya nos sigues en Instagram? Búscanos como @ecodelnazas",
        "Recibe las notas más leídas de Colima cada mañana en tu correo.",
        "Recibe lo que pasa en la Costa Chica cada semana en tu WhatsApp.",
        # The outlet asking its readers for money.
        "**Apoya nuestro trabajo:** haz un donativo en gaceta.example.mx/apoya y ayúdanos a "
        "seguir informando.",
        "Haz tu aportación a este medio independiente desde 50 pesos al mes.",
        "Apoya este proyecto periodístico: dona en línea con tarjeta o transferencia.",
        "Hazte socio de Brújula Serrana y recibe nuestro boletín antes que nadie.",
        "💛 Súmate a nuestra comunidad de lectores que sostienen este periodismo.",
        "Tu donativo hace posible que sigamos investigando en la región.",
    ],
)
def test_boilerplate_paragraphs_go(paragraph):
    kept, _credit, _source, removed = strip_boilerplate(["Texto real.", paragraph])
    assert kept == ["Texto real."]
    assert removed


def test_a_headline_list_after_a_block_heading_goes_too():
    kept, *_ = strip_boilerplate(
        ["Texto.", "MÁS NOTICIAS", "Cierran el malecón\nInauguran sede", "Fin real."]
    )
    assert kept == ["Texto.", "Fin real."]


@pytest.mark.parametrize(
    ("paragraphs", "credit", "kept"),
    [
        (["Foto: Especial", "Texto."], "Especial", ["Texto."]),
        (
            ["Foto: Crónica de Occidente / Archivo", "Texto."],
            "Crónica de Occidente / Archivo",
            ["Texto."],
        ),
        (
            ["![Ensamble](https://sitio.example/img/a.jpg)\n*Foto: Especial*", "Texto."],
            "Especial",
            ["![Ensamble](https://sitio.example/img/a.jpg)", "Texto."],
        ),
        # another site's path cannot be shown here: the image goes with its credit line
        (["![Ensamble](/img/a.jpg)\n*Foto: Especial*", "Texto."], "Especial", ["Texto."]),
    ],
)
def test_photo_credits_are_kept_as_credits(paragraphs, credit, kept):
    result_kept, result_credit, _source, _removed = strip_boilerplate(paragraphs)
    assert (result_kept, result_credit) == (kept, credit)


@pytest.mark.parametrize(
    ("line", "source", "authors", "location", "date"),
    [
        (
            "Faro Peninsular / Mérida, 14 de marzo de 2023",
            "Faro Peninsular",
            (),
            "Mérida",
            local(2023, 3, 14),
        ),
        (
            "**Pulso de Cajeme** · 27 de marzo de 2024",
            "Pulso de Cajeme",
            (),
            "",
            local(2024, 3, 27),
        ),
        (
            "Horizonte | Ángel Coutiño Espinosa | 30/11/2023",
            "Horizonte",
            ("Ángel Coutiño Espinosa",),
            "",
            local(2023, 11, 30),
        ),
        (
            "Voz del Istmo · Juchitán · 22/08/2023",
            "Voz del Istmo",
            (),
            "Juchitán",
            local(2023, 8, 22),
        ),
        (
            "Crónica · Zapopan · Viernes 1 de diciembre de 2023",
            "Crónica",
            (),
            "Zapopan",
            local(2023, 12, 1),
        ),
        (
            "Hidalgo en Línea — Pachuca, Hgo. — Lunes 12 de febrero de 2024",
            "Hidalgo en Línea",
            (),
            "Pachuca, Hgo.",
            local(2024, 2, 12),
        ),
        (
            "Por Ana Ruiz y Omar Pulido | Gaceta | 25 de septiembre de 2023",
            "Gaceta",
            ("Por Ana Ruiz y Omar Pulido",),
            "",
            local(2023, 9, 25),
        ),
        # A time after the date: "· 13:40 h", ", 9:05 hrs", "a las 18:00 horas".
        (
            "**Noticiero del Pacífico** · jueves 7 de septiembre de 2023 · 07:15 h",
            "Noticiero del Pacífico",
            (),
            "",
            local(2023, 9, 7),
        ),
        ("Eco de la Sierra | 07/09/2023, 9:05 hrs", "Eco de la Sierra", (), "", local(2023, 9, 7)),
        ("Semanario del Nazas | 03.10.2023", "Semanario del Nazas", (), "", local(2023, 10, 3)),
        # A desk's credit names no one: the line is the place and the date.
        (
            "Lerdo, Durango, 17 de abril de 2023 | Redacción NDN",
            "",
            (),
            "Lerdo, Durango",
            local(2023, 4, 17),
        ),
        # ... but a desk named after its outlet names the outlet.
        ("Redacción El Faro · 2 de marzo de 2024", "El Faro", (), "", local(2024, 3, 2)),
        # «Escrito por» stands for «Por».
        ("Escrita por Lucía Ferrer Andrade", "", ("Escrita por Lucía Ferrer Andrade",), "", None),
        # A desk's credit with the outlet, either way round: the outlet alone.
        ("Redacción / Gaceta del Valle", "Gaceta del Valle", (), "", None),
        ("El Faro del Norte / Redacción", "El Faro del Norte", (), "", None),
        # The outlet and its town beside the desk's credit (the date on the next line).
        ("Gaceta del Valle — Tehuacán | Redacción", "Gaceta del Valle", (), "Tehuacán", None),
        (
            "Redacción | Eco de la Sierra | Zacatlán, Pue.",
            "Eco de la Sierra",
            (),
            "Zacatlán, Pue.",
            None,
        ),
        # A writer signing with the outlet, no «Por»: «noticiario» is an outlet's word.
        (
            "Mario Cortés Lara / Noticiario de la Mixteca",
            "Noticiario de la Mixteca",
            ("Mario Cortés Lara",),
            "",
            None,
        ),
        # A semicolon between the state and the date.
        (
            "Gaceta del Valle — Juchitán de Zaragoza, Oax.; 2 de mayo de 2024",
            "Gaceta del Valle",
            (),
            "Juchitán de Zaragoza, Oax.",
            local(2024, 5, 2),
        ),
    ],
)
def test_byline_line_shapes(line, source, authors, location, date):
    found = split_byline_line(line)
    assert (found.source, found.authors, found.location, found.published_at) == (
        source,
        authors,
        location,
        date,
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("El director del IMSS anunció el inicio de los preparativos", True),
        ("Autoridades ordenaron el cierre temporal del cenote Santa Rosa.", False),  # the lede
        ("Foto: Especial", False),
        ("Lee también: Cierran playa de Chelem", False),
    ],
)
def test_is_deck(paragraph, expected):
    assert is_deck(paragraph) is expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Más noticias de Enlace Serrano:\n- Abren camino rural\n- Llega la feria"],
        ["Otras notas en Diario del Valle\n- Abren camino rural"],
        ["Lo más leído de El Sol:", "- Abren camino rural\n- Llega la feria"],
    ],
)
def test_headline_blocks_naming_the_outlet(paragraphs):
    kept, _credit, _source, _removed = strip_boilerplate(["Texto de la nota.", *paragraphs])
    assert kept == ["Texto de la nota."]


@pytest.mark.parametrize(
    ("pitch", "outlet"),
    [
        ("📱 Descarga la app de La Voz del Puerto en iOS y Android", "La Voz del Puerto"),
        ("Suscríbete al boletín de Diario del Valle", "Diario del Valle"),
        ("Sigue a Noticias del Llano en Google News", "Noticias del Llano"),
        ("Síguenos en Facebook", ""),
        ("Descarga nuestra app", ""),
    ],
)
def test_pitch_outlet(pitch, outlet):
    assert pitch_outlet(pitch) == outlet


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Sección: Economía", "Economía"),
        ("**Categoría:** Local", "Local"),
        ("Sección: la de deportes.", ""),
        ("Secciones del periódico", ""),
    ],
)
def test_section_label(line, section):
    assert section_label(line) == section


@pytest.mark.parametrize(
    ("paragraph", "date", "credit", "rest"),
    [
        (
            "MÉRIDA, Yuc., 7 de mayo de 2023 (Faro Maya).- Los pescadores…",
            local(2023, 5, 7),
            "Faro Maya",
            "Los pescadores…",
        ),
        ("Oaxaca, Oax., 3/05/2024 (EFE).— La marcha…", local(2024, 5, 3), "EFE", "La marcha…"),
        # The credit between the place and the date.
        (
            "TEPIC, Nay. (Meridiano Nayarita), 9 de abril de 2024.— Los taxistas…",
            local(2024, 4, 9),
            "Meridiano Nayarita",
            "Los taxistas…",
        ),
        ("Colima, Col. (AP); 2/02/2023.- La lluvia…", local(2023, 2, 2), "AP", "La lluvia…"),
    ],
)
def test_credited_dateline(paragraph, date, credit, rest):
    dateline, found = find_credited_dateline(paragraph)
    assert (dateline.moment, found, dateline.rest) == (date, credit, rest)


@pytest.mark.parametrize(
    ("paragraph", "city", "credit"),
    [
        ("TEPIC, Nay. (Meridiano Nayarita).— Los taxistas…", "TEPIC", "Meridiano Nayarita"),
        ("Ciudad Obregón, Son. (EFE).- La lluvia…", "Ciudad Obregón", "EFE"),
        ("ENSENADA (Voz del Puerto).— Los pescadores…", "ENSENADA", "Voz del Puerto"),
    ],
)
def test_credited_dateline_with_a_place_and_no_date(paragraph, city, credit):
    # The date is then the byline's; the dateline is still no part of the lede.
    dateline, found = find_credited_dateline(paragraph)
    assert (dateline.moment, dateline.city, found) == (None, city, credit)
    assert not dateline.rest.startswith(city)


def test_a_wire_lede_credit_with_no_date_gives_the_outlet():
    text = (
        "# Cierran carril en la garita\n\nPor Ana Ruiz Peña\n"
        "Publicado: 3 de marzo de 2024 | 10:15 hrs.\n\n"
        "TIJUANA, B.C. (Frontera al Día).— Agentes aduanales cerraron dos carriles.\n\n"
        "La medida dura una semana.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.md")
    assert (article.source, article.published_at.date()) == ("Frontera al Día", date(2024, 3, 3))
    assert article.body.startswith("Agentes aduanales")


@pytest.mark.parametrize(
    ("line", "source", "location"),
    [
        # A wire dateline written as its own line, the outlet in brackets closing it.
        (
            "Tuxtepec, Oax., 4 de junio de 2024 (Noticias del Papaloapan)",
            "Noticias del Papaloapan",
            "Tuxtepec, Oax.",
        ),
        ("Colima, Col., 12/05/2023 (Agencia Costera).", "Agencia Costera", "Colima, Col."),
    ],
)
def test_byline_line_closed_by_its_outlet_in_brackets(line, source, location):
    found = split_byline_line(line)
    assert (found.source, found.location, found.stamp) == (source, location, False)
    assert found.published_at is not None


@pytest.mark.parametrize(
    "paragraph",
    [
        "En la reunión (con vecinos).- La obra",
        "Mérida, Yuc., 7 de mayo de 2023.- Los",
        "Los vecinos (unos 40), ayer por la tarde.- Se reunieron",
    ],
)
def test_not_credited_datelines(paragraph):
    assert find_credited_dateline(paragraph) is None


def test_a_photo_credit_in_brackets():
    kept, credit, _source, _removed = strip_boilerplate(["(Foto: Especial)", "Texto."])
    assert (kept, credit) == (["Texto."], "Especial")


@pytest.mark.parametrize(
    "teaser",
    ["Te recomendamos 👉 Suben las tarifas del agua", "Lee también 👇 Suben las tarifas del agua"],
)
def test_a_pointing_emoji_separates_a_teaser(teaser):
    kept, _credit, _source, removed = strip_boilerplate(["Texto.", teaser, "Más texto."])
    assert kept == ["Texto.", "Más texto."]
    assert removed == [teaser]


@pytest.mark.parametrize(
    "label", ["Noticias relacionadas:", "Temas relacionados", "Notas relacionadas:"]
)
def test_a_related_label_over_its_headline_list(label):
    block = f"{label}\n- Cierran la carretera a Perote\n- Suspenden clases en Coatepec"
    kept, _credit, _source, removed = strip_boilerplate(["Texto.", block])
    assert kept == ["Texto."]
    assert len(removed) == 3


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # A pitch opening the paragraph: the real sentence glued after it stays.
        (
            "Sigue nuestro canal de Telegram y entérate de todo. La Comisión del Agua "
            "anunció que el tandeo terminará el próximo lunes en las 22 colonias afectadas.",
            "La Comisión del Agua anunció que el tandeo terminará el próximo lunes en las "
            "22 colonias afectadas.",
        ),
        # In the middle, with its tail addressed to the reader.
        (
            "El mercado abrirá a las seis de la mañana. Descarga nuestra app y activa las "
            "notificaciones. Es gratis para ti. Los locatarios esperan a unos tres mil "
            "visitantes durante el fin de semana.",
            "El mercado abrirá a las seis de la mañana. Los locatarios esperan a unos tres "
            "mil visitantes durante el fin de semana.",
        ),
        # A short real sentence after a pitch is text, not the pitch's tail.
        (
            "El fuego se controló al mediodía. Síguenos en Instagram. Nadie resultó herido.",
            "El fuego se controló al mediodía. Nadie resultó herido.",
        ),
    ],
)
def test_a_pitch_is_cut_from_the_real_sentences_around_it(paragraph, kept):
    result, _credit, _source, removed = strip_boilerplate(["Texto.", paragraph])
    assert result == ["Texto.", kept]
    assert removed and not any("colonias" in r or "visitantes" in r for r in removed)


@pytest.mark.parametrize(
    "paragraph",
    [
        # Pitches only: the paragraph goes whole.
        "Únete a nuestro canal de WhatsApp. Recibirás las noticias más importantes del día.",
        "Escucha nuestro pódcast semanal. Disponible en Spotify y en nuestro sitio web.",
        "Suscríbete al boletín. Es gratis.",
    ],
)
def test_a_paragraph_of_pitches_goes_whole(paragraph):
    result, _credit, _source, removed = strip_boilerplate(["Texto.", paragraph])
    assert result == ["Texto."]
    assert removed == [paragraph]


@pytest.mark.parametrize(
    "paragraph",
    [
        # A campaign the story reports, not the outlet's call: no site, no «nosotros».
        "Haz tu donativo en las cajas de cualquier tienda, pidió la presidenta del patronato "
        "durante el arranque de la colecta.",
        "Apoya el municipio a 300 familias de productores con semilla mejorada y fertilizante.",
    ],
)
def test_a_story_about_donations_stays(paragraph):
    kept, *_ = strip_boilerplate(["Texto real.", paragraph])
    assert kept == ["Texto real.", paragraph]


def test_an_agency_credited_under_the_title_is_not_the_deck():
    text = (
        "## Reabren el muelle fiscal de Progreso tras la reparación de pilotes\n\n"
        "AGENCIA INFORMATIVA DEL GOLFO (AIG)\n\n"
        "Los trabajos en el muelle duraron cuatro meses y costaron 18 millones de pesos, "
        "informó la administración portuaria.\n\n"
        "Las embarcaciones pesqueras podrán atracar desde el lunes.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.md")
    assert article.deck == ""
    assert "AGENCIA" not in article.body
    assert article.body.startswith("Los trabajos en el muelle")
    assert article.source == "AGENCIA INFORMATIVA DEL GOLFO"


@pytest.mark.parametrize(
    ("line", "credited"),
    [
        ("Agencia Informativa del Golfo", True),
        ("AGENCIA ESTATAL DE ENERGÍA", False),  # an office, no outlet's word after «Agencia»
        ("Foto: Diario del Golfo / Archivo", False),
        ("Suben las tarifas del agua en Progreso", False),
    ],
)
def test_outlet_credit_lines(line, credited):
    assert bool(outlet_credit(line)) is credited


# --- Agency copy resold to papers: embargo, slug, client notices (session 10, round 3) ---


@pytest.mark.parametrize(
    ("line", "embargo"),
    [
        ("EMBARGO: No difundir antes de las 07:00 horas del 2 de febrero de 2025", True),
        ("Embargado hasta las 06:00 h del 9 de julio", True),
        ("BAJO EMBARGO HASTA EL LUNES 4", True),
        ("No publicar antes de las 20:00 horas", True),
        ("El embargo de las cuentas del municipio sigue vigente.", False),
    ],
)
def test_embargo_lines(line, embargo):
    assert is_embargo_line(line) is embargo


@pytest.mark.parametrize(
    ("line", "slug"),
    [
        ("NVA-COAH-0207-MINERIA", True),
        ("ANS-OAX-CULTURA-020225 / 388 palabras", True),
        ("XYZ-1502 | 512 words", True),
        ("CS-071-2024", False),  # a release's number: one word
        ("SSEP/318/2023", False),
        ("COVID-19", False),
    ],
)
def test_wire_slugs(line, slug):
    assert is_wire_slug(line) is slug


@pytest.mark.parametrize(
    ("paragraph", "notice"),
    [
        (
            "CORRECCIÓN (09:15 h): En la versión enviada a las 08:40 se escribió mal el "
            "apellido del alcalde. Favor de sustituir.",
            True,
        ),
        ("NOTA A LOS EDITORES: se repite completa la nota por un error de formato.", True),
        # A paper's erratum to its readers: no instruction to a desk, it stays.
        ("Corrección: en una versión anterior de esta nota se dijo que eran 40 familias.", False),
    ],
)
def test_client_notices(paragraph, notice):
    assert is_client_notice(paragraph) is notice


@pytest.mark.parametrize(
    "paragraph",
    [
        "*Esta crónica también está disponible en maya y en inglés.*",
        "[Read this story in English](/en/2021/05/04/puerto-reopens/)",
        "Lee esta nota en náhuatl",
        "Also available in English",
        # the audio in an indigenous language, a pictograph before it
        "🎧 Escucha esta nota en ayuuk (mixe) en la sección de audios de Radio Cerro.",
        "Esta nota también está disponible en bats'il k'op en nuestra sección de audios.",
        # the translated summary of that other edition, under its label
        "**Resumen (versión en español de la cápsula en zapoteco, traducida por Ana "
        "Luis Pérez):** El pueblo pide agua. La asamblea se reúne el lunes.",
        "Síntesis traducida del tseltal: la cooperativa vendió su café.",
    ],
)
def test_language_editions_are_removed(paragraph):
    kept, _credit, _source, removed = strip_boilerplate(["El muelle reabrió.", paragraph])
    assert kept == ["El muelle reabrió."]
    assert removed == [paragraph]


def test_a_sentence_about_languages_stays():
    paragraph = "El material estará disponible en inglés y maya a partir del lunes, dijo."
    assert not is_language_edition(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Resumen de la sesión: el cabildo aprobó el presupuesto por mayoría.",
        "Escucha la gente del barrio cuando los vecinos hablan en asamblea, dijo.",
    ],
)
def test_a_summary_or_a_sentence_about_listening_stays(paragraph):
    assert not is_language_edition(paragraph)


@pytest.mark.parametrize("slot", ["- Publicidad -", "— Publicidad —", "**- Anuncio -**"])
def test_an_ad_slot_between_dashes_is_removed(slot):
    kept, _credit, _source, removed = strip_boilerplate(["El muelle reabrió.", slot])
    assert (kept, removed) == (["El muelle reabrió."], [slot])


@pytest.mark.parametrize(
    "line",
    ["Temas: Cabildo · Alumbrado · Deuda", "Etiquetas: #Presa #Lluvias #Sonora"],
)
def test_more_tag_line_shapes(line):
    kept, _credit, _source, removed = strip_boilerplate(["Texto de la nota.", line])
    assert kept == ["Texto de la nota."]
    assert removed == [line]


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("Por Agencia Norteña de Información (ANI)", "Agencia Norteña de Información"),
        ("Noticias del Valle", "Noticias del Valle"),
        ("Por Sol Ramírez Vega", ""),
        ("Por Ana Ruiz", ""),
    ],
)
def test_outlet_bylines(credit, outlet):
    assert outlet_byline(credit) == outlet


def test_an_agency_copy_loses_its_embargo_slug_and_client_notices():
    text = (
        "AGENCIA NORTEÑA DE INFORMACIÓN (ANI) — SERVICIO REGIONAL\r\n"
        "ANI-COAH-0207-MINERIA\r\n"
        "SECCIÓN: Economía\r\n"
        "EMBARGO: No difundir antes de las 07:00 horas del 7 de febrero de 2025\r\n\r\n"
        "Reabren la mina de carbón de Palaú tras dos años cerrada\r\n\r\n"
        "Por Irma Valdés Treviño\r\n\r\n"
        "SABINAS, Coah., 7 de febrero de 2025 (ANI).- La mina de carbón de Palaú reanudó "
        "operaciones este viernes con 140 trabajadores, informó la empresa concesionaria.\r\n\r\n"
        "Los mineros recibieron capacitación durante seis semanas antes del arranque.\r\n\r\n"
        "ANI/IVT/kmr\r\nFIN\r\n\r\n"
        "CORRECCIÓN (08:02 h): En la versión enviada a las 07:00 horas se indicó que eran 410 "
        "trabajadores; la cifra correcta es 140. Favor de sustituir.\r\n"
        "Servicio exclusivo para suscriptores de ANI. Prohibida su reproducción.\r\n"
    )
    article = parse_bytes(text.encode(), source_path="ani.txt")
    assert article.title == "Reabren la mina de carbón de Palaú tras dos años cerrada"
    assert [b.name for b in article.bylines] == ["Irma Valdés Treviño"]
    assert article.published_at.date() == date(2025, 2, 7)
    assert article.body.startswith("La mina de carbón de Palaú reanudó")
    assert article.body.endswith("antes del arranque.")
    for phrase in ("EMBARGO", "ANI-COAH", "CORRECCIÓN", "FIN", "Favor de sustituir"):
        assert phrase not in article.body


def test_a_story_credited_to_an_agency_names_no_one():
    text = (
        "ANS-OAX-CULTURA-020225 / 388 palabras\n\n"
        "# Abren museo comunitario en Teotitlán del Valle\n\n"
        "Por Agencia Norteña de Información (ANI)\n\n"
        "TEOTITLÁN DEL VALLE, Oax. (ANI).— El museo comunitario abrió sus puertas este domingo "
        "con una muestra de tapetes de lana teñidos con grana cochinilla.\n\n"
        "La entrada será gratuita durante el primer mes.\n\n"
        "Este material es propiedad de la Agencia Norteña de Información. Queda prohibida su "
        "redistribución sin contrato vigente.\n"
    )
    article = parse_bytes(text.encode(), source_path="ans.md")
    assert article.bylines == ()
    assert "ANS-OAX" not in article.body
    assert "propiedad de la Agencia" not in article.body
    assert article.body.endswith("durante el primer mes.")


def test_a_credited_dateline_under_the_lead_image_and_its_credit():
    text = (
        "## Pescadores de Salina Cruz bloquean la carretera por falta de apoyos\n\n"
        "**Noticias del Istmo** | Lunes 3 de marzo de 2025\n\n"
        "![Bloqueo](/img/2025/03/bloqueo.jpg)\n"
        "Foto: Noticias del Istmo / Archivo\n\n"
        "SALINA CRUZ, Oax. (AGENCIA).— Un grupo de 200 pescadores bloqueó la carretera "
        "Transístmica para exigir el pago del apoyo anual a la pesca ribereña.\n\n"
        "El bloqueo duró cinco horas.\n"
    )
    article = parse_bytes(text.encode(), source_path="istmo.md")
    assert "AGENCIA" not in article.body
    assert article.body.startswith("![Bloqueo]") or article.body.startswith("Un grupo de 200")
    assert "Un grupo de 200 pescadores bloqueó" in article.body
    assert article.lead_image_credit == "Noticias del Istmo / Archivo"


@pytest.mark.parametrize(
    "line",
    [
        "Comentarios (0) | Votos: 0",
        "1,204 visitas · 3 comentarios",
        "Calificación: 4.5/5",
        "Votos: 27",
    ],
)
def test_a_pages_counters_are_chrome(line):
    assert is_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Comentarios: redaccion@sitio.example",
        "Votos de los regidores: seis a favor y tres en contra.",
    ],
)
def test_a_labelled_sentence_is_no_counter(line):
    assert not is_chrome_line(line)


@pytest.mark.parametrize(
    ("paragraph", "gone"),
    [
        ("Envíanos tus comentarios a lectores@sitio.example", True),
        ("Envíanos tus opiniones por WhatsApp al 555 010 0199", True),
        ("Feliz año nuevo a todos los que visitan este blog.", True),
        ("Gracias por leer este blog, nos vemos la próxima semana.", True),
        ("Feliz Navidad, dijo el párroco a los fieles que llenaron la capilla.", False),
    ],
)
def test_reader_calls_and_a_bloggers_greeting(paragraph, gone):
    kept, _credit, _source, _removed = strip_boilerplate(["La obra terminó este lunes.", paragraph])
    assert (paragraph not in kept) is gone


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        (
            "La lluvia siguió toda la noche (Te recomendamos: ¿Qué calles están cerradas?). "
            "Los vecinos pidieron apoyo.",
            "La lluvia siguió toda la noche. Los vecinos pidieron apoyo.",
        ),
        (
            "El puente se cerró a las diez. Ahora lee: «Suspenden clases en la costa» "
            "Las brigadas limpiaron la zona durante la mañana.",
            "El puente se cerró a las diez. Las brigadas limpiaron la zona durante la mañana.",
        ),
    ],
)
def test_teasers_in_brackets_or_with_a_quoted_headline_are_cut(paragraph, kept):
    assert cut_glued_teasers(paragraph)[0] == kept


@pytest.mark.parametrize(
    "paragraph",
    [
        "Con datos de la Secretaría de Salud",
        "Esta nota forma parte de nuestra edición impresa. Encuentra El Faro en los puestos "
        "de periódicos de la ciudad cada domingo.",
        "Adquiere El Faro impreso en tu tienda de la esquina o suscríbete: ventas@faro.example",
        "*Si te gustó esta nota, compártela. El Faro vive de tus aportaciones: dona.example/faro*",
    ],
)
def test_sourcing_print_and_donation_pitches_go(paragraph):
    kept, _credit, _source, removed = strip_boilerplate([paragraph])
    assert kept == [] and removed


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        ("Crédito de imagen: Ana Ruiz", "Ana Ruiz"),
        ("Créditos de la foto: Archivo", "Archivo"),
    ],
)
def test_a_credit_label_naming_the_image_is_a_photo_credit(paragraph, credit):
    kept, found, _source, _removed = strip_boilerplate([paragraph, "Texto de la nota."])
    assert (kept, found) == (["Texto de la nota."], credit)


def test_a_paragraph_of_pitch_lines_goes_whole():
    kept, _credit, _source, removed = strip_boilerplate(
        [
            "La presa abrió sus compuertas por la tarde.",
            "Mira la cobertura especial en Canal Seis Noticias Edición Estelar, a las 21:30 "
            "horas por el canal 6.1.\n"
            "Únete al canal de WhatsApp de Canal Seis y recibe las alertas del día.",
        ]
    )
    assert kept == ["La presa abrió sus compuertas por la tarde."]
    assert len(removed) == 2


def test_following_the_outlet_in_its_own_channel_is_a_pitch():
    kept, _credit, _source, removed = strip_boilerplate(
        ["Sigue a La Gaceta del Bravo en nuestro canal de Telegram."]
    )
    assert kept == [] and removed == ["Sigue a La Gaceta del Bravo en nuestro canal de Telegram."]


def test_a_teaser_ends_before_a_lede_opening_with_de():
    head, rest = split_teaser(
        "Presa El Cuchillo recibe escurrimientos de la sierra De acuerdo con la comisión "
        "estatal, el nivel subió dos metros en una semana."
    )
    assert head == "Presa El Cuchillo recibe escurrimientos de la sierra"
    assert rest.startswith("De acuerdo con la comisión")


def test_a_pasted_post_title_loses_its_closing_pictographs():
    from articles.importing.cleaning.text import clean_title

    assert clean_title("CIERRE DEL MERCADO MUNICIPAL POR FUMIGACIÓN 🧹🐀") == (
        "CIERRE DEL MERCADO MUNICIPAL POR FUMIGACIÓN"
    )
    assert clean_title("Llega el 🌽 a la feria de San Juan") == "Llega el 🌽 a la feria de San Juan"
