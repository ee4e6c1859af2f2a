"""Shapes brought by importer-f, once a development set: a date line with the outlet after it
(«vie 8 mar 2024 · Gaceta del Nazas»), a title broken over two lines, an outlet named with a
number («Canal 44 Noticias»), a «###» title, edition labels and CMS stamps among byline lines,
«City, St. date» with no comma before the date, arrow separators and more teaser labels,
labelled contact lines, a teaser that never swallows the sentence after it, writers' credits in
press releases, field offices («Promotoría», «Gerencia Estatal») and space-separated Jekyll
categories. One invented fixture per shape group (fixtures/sources/cases/)."""

import pytest

from articles.importing.cleaning.boilerplate import is_contact_only, split_teaser, strip_boilerplate
from articles.importing.cleaning.dates import strip_date_label
from articles.importing.cleaning.placement import split_placement
from articles.importing.cleaning.press import is_end_marker, is_issuer_line, take_credits
from articles.importing.parsing import parse_bytes
from articles.importing.readers.wire import (
    outlet_name,
    read_masthead,
    split_byline_line,
    wrapped_title,
)

from .conftest import EDITOR_VIEW_FIELDS, assert_editor_view, local, parse

EDITOR_VIEW = [
    # (file, format, title, date, bylines, source, body start, body end, phrases gone)
    (
        # «date · Outlet» over a title broken over two lines; «Por X y Redacción»; arrow
        # teasers («Lee además ►», «Checa esto →» over its headline, «Relacionado ➜», «>>»).
        "wire-date-outlet-line-wrapped-title-arrow-teasers.md",
        "wire",
        "Pescadores de la presa Lázaro Cárdenas piden veda escalonada para la mojarra",
        local(2024, 3, 8),
        ["Celestino Ugarte Maciel"],
        "Gaceta del Nazas",
        "Los pescadores de las cooperativas",
        "durante todo el mes.",
        ("Lee además", "Cuaresma", "Checa esto", "muelle", "Relacionado", "embalse por", ">>"),
    ),
    (
        # «###» title; «Canal 44 Noticias» / «Autor:» / «Edición 2023/11/21» / «Last
        # modified: …»; «» Lectura recomendada:» glued, its headline on the next line;
        # labelled contact lines closing the story.
        "wire-numbered-outlet-heading-cms-stamps-contact.md",
        "wire",
        "Reabren el mercado de artesanías de Tlaquiltenango tras la remodelación",
        local(2023, 11, 21),
        ["Marisol Quintanar Ledesma"],
        "Canal 44 Noticias",
        "Los artesanos del mercado municipal",
        "la llegada de visitantes.",
        ("Lectura recomendada", "tianguis navideño", "»", "Contacto:", "TikTok", "Last modified"),
    ),
    (
        # A plain title over two lines, then the outlet, «Posted on … by admin», «Tecomán,
        # Col. 04-03-2023» and «Texto:» in the same paragraph; a teaser before a sentence;
        # «Recibe <outlet> cada mañana en tu correo» and «Síguenos…» under an emoji.
        "wire-plain-wrapped-title-posted-stamp-place-state-date.txt",
        "wire",
        "Vecinos de la colonia Las Brisas denuncian fugas de agua sin atender desde enero",
        local(2023, 3, 4),
        ["Ramiro Ochoa Belmonte"],
        "La Voz de Tecomán",
        "Los vecinos de la colonia Las Brisas",
        "para llenar sus tinacos.",
        ("Posted on", "Te puede interesar", "cortes programados", "Recibe", "Síguenos"),
    ),
    (
        # A federal body over its state field office («Gerencia Estatal en Sinaloa»); «Por:»
        # under the title, before the dateline; «Foto:» over the end marker.
        "press-release-field-office-writer-credits.md",
        "press_release",
        "Entregan cisternas a familias de la sierra de Badiraguato",
        local(2023, 6, 12),
        ["Anselmo Rubalcava Tirado"],
        "Comisión Nacional de Zonas Áridas, Gerencia Estatal en Sinaloa",
        "La Gerencia Estatal en Sinaloa entregó",
        "los techos y las canaletas.",
        ("Por:", "Foto:", "oOo", "Badiraguato, Sin."),
    ),
    (
        # «Texto: X» over «Foto: Y» closing the text, then «Atentamente» and the office.
        "press-release-closing-writer-and-photo-credits.txt",
        "press_release",
        "Abren registro para el torneo de voleibol de playa juvenil",
        local(2022, 8, 3),
        ["Yadira Castañón Urbina"],
        "Instituto Municipal de la Juventud de Zihuatanejo",
        "El Instituto Municipal de la Juventud abrió",
        "en las oficinas del instituto.",
        ("Texto:", "Foto:", "Atentamente", "Comunicación Social"),
    ),
]


@pytest.mark.parametrize(EDITOR_VIEW_FIELDS, EDITOR_VIEW)
def test_what_an_editor_sees(name, fmt, title, date, bylines, source, first, last, gone):
    assert_editor_view(name, fmt, title, date, bylines, source, first, last, gone)


def test_the_place_before_a_date_without_a_comma_is_the_location():
    article = parse("wire-plain-wrapped-title-posted-stamp-place-state-date.txt")
    assert article.location == "Tecomán, Colima"


def test_press_credits_give_the_photo_credit_the_bulletin_and_the_dateline():
    field = parse("press-release-field-office-writer-credits.md")
    assert (field.lead_image_credit, field.bulletin_number, field.dateline_city) == (
        "Gerencia Estatal en Sinaloa",
        "GES-044",
        "Badiraguato",
    )
    closing = parse("press-release-closing-writer-and-photo-credits.txt")
    assert (closing.lead_image_credit, closing.dateline_city) == (
        "Instituto Municipal de la Juventud",
        "Zihuatanejo",
    )


def test_space_separated_categories_are_one_category_a_word():
    article = parse("jekyll-space-separated-categories.md")
    assert (article.section, article.tags, article.placement) == (
        "cultura",
        ("municipios",),
        ("Destacadas",),
    )


@pytest.mark.parametrize(
    ("categories", "flags", "rest"),
    [
        (["portada deportes comunidad"], ("Portada",), ["deportes", "comunidad"]),
        (["Destacadas Salud"], ("Destacadas",), ["Salud"]),
        (["Portada Ciudad de México"], ("Portada",), ["Ciudad de México"]),
        (["deportes comunidad"], (), ["deportes comunidad"]),  # no flag: one name
    ],
)
def test_split_placement(categories, flags, rest):
    assert split_placement(categories) == (flags, rest)


# Byline and masthead lines -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "source", "authors"),
    [
        ("jue 14 dic 2023 · Diario del Llano", "Diario del Llano", ()),
        ("14/12/2023 | Diario del Llano", "Diario del Llano", ()),
        ("2023-12-14 — Diario del Llano · Fresnillo, Zac.", "Diario del Llano", ()),
        ("jue 14 dic 2023 · Por Ana Ruiz Soto", "", ("Por Ana Ruiz Soto",)),
    ],
)
def test_a_date_before_the_outlet(line, source, authors):
    found = split_byline_line(line)
    assert found is not None
    assert (found.source, found.authors, found.published_at) == (
        source,
        authors,
        local(2023, 12, 14),
    )


@pytest.mark.parametrize("line", ["jue 14 dic 2023 · Reunión de vecinos", "14/12/2023 · Nota"])
def test_a_date_before_words_that_are_no_outlet_is_no_byline_line(line):
    assert split_byline_line(line) is None


@pytest.mark.parametrize(
    ("line", "location"),
    [
        ("El Sol del Istmo | Juchitán, Oax. 15-08-2021", "Juchitán, Oax."),
        ("El Sol del Istmo · Juchitán, Oaxaca 15 de agosto de 2021", "Juchitán, Oaxaca"),
        ("Juchitán, Oax. domingo 15 de agosto de 2021", "Juchitán, Oax."),
    ],
)
def test_a_state_before_the_date_without_a_comma(line, location):
    found = split_byline_line(line)
    assert found is not None
    assert (found.location, found.published_at) == (location, local(2021, 8, 15))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Edición 2024/02/29", "2024/02/29"),
        ("Edición impresa del 29 de febrero de 2024", "29 de febrero de 2024"),
        ("Edición digital: 29-02-2024", "29-02-2024"),
    ],
)
def test_edition_labels(text, expected):
    assert strip_date_label(text) == expected
    found = split_byline_line(f"Semanario La Cañada — {text}")
    assert found is not None and found.published_at == local(2024, 2, 29)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Canal 44 Noticias", "Canal 44 Noticias"),
        ("Meridiano 99", "Meridiano 99"),
        ("Radio 790 La Grande", "Radio 790 La Grande"),
        ("Noticias 2023", ""),  # a year
        ("44 Noticias", ""),  # the number first
        ("Boletín 1102", ""),  # a bulletin number
        ("Canal 44 y 45", ""),  # two numbers
        ("Noticias 12/03", ""),  # a date
    ],
)
def test_outlet_names_with_a_number(line, name):
    assert outlet_name(line) == name


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "Comerciantes del mercado rechazan\nreubicación durante la obra",
            "Comerciantes del mercado rechazan reubicación durante la obra",
        ),
        # A clause mark ends the first line; the title goes on.
        (
            "Cierran el muelle de Progreso por norte;\nsuspenden la salida de lanchas",
            "Cierran el muelle de Progreso por norte; suspenden la salida de lanchas",
        ),
        (
            "Sube el río Papaloapan,\nevacúan a 300 familias de Tlacotalpan",
            "Sube el río Papaloapan, evacúan a 300 familias de Tlacotalpan",
        ),
        # A sentence's end or a label's colon does not.
        ("Comerciantes del mercado rechazan.\nreubicación durante la obra", ""),
        ("Lee también:\nreubicación durante la obra", ""),
        ("Oaxaca de Juárez, Oax.,\na 3 de mayo de 2023", ""),
        ("Comerciantes del mercado rechazan\nReubicación durante la obra", ""),
        ("Por Ana Ruiz\nreubicación durante la obra", ""),
        ("Uno\ndos\ntres", ""),
        # One bold run broken over both lines.
        (
            "**Cañeros de Tala bloquean el ingenio en demanda\nde pago por la zafra**",
            "**Cañeros de Tala bloquean el ingenio en demanda de pago por la zafra**",
        ),
        ("**Cañeros bloquean el ingenio**\nde pago por la zafra**", ""),
    ],
)
def test_wrapped_titles(paragraph, title):
    assert wrapped_title(paragraph) == title


def test_a_heading_wrapped_after_a_semicolon_keeps_its_byline_and_date():
    text = (
        "## Cierran el muelle de Progreso por norte;\nsuspenden la salida de lanchas\n\n"
        "Por Ana Ruiz Soto y Luis Pech | Diario del Golfo\nProgreso, Yuc., 4 de marzo de 2024\n\n"
        "La Capitanía cerró el puerto a embarcaciones menores desde la madrugada.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.md")
    assert article.title == (
        "Cierran el muelle de Progreso por norte; suspenden la salida de lanchas"
    )
    assert [b.name for b in article.bylines] == ["Ana Ruiz Soto", "Luis Pech"]
    assert article.source == "Diario del Golfo"
    assert article.published_at == local(2024, 3, 4)
    assert article.body.startswith("La Capitanía cerró")


def test_a_wrapped_title_under_an_outlet_alone():
    text = (
        "El Vigía del Mayo\n\n"
        "Productores de trigo reclaman el pago\nde la cosecha del ciclo pasado\n\n"
        "Por Ana Ruiz Soto — mié 8 nov 2023\n\nLos productores esperan el pago desde julio.\n"
    )
    masthead = read_masthead(text)
    assert masthead is not None
    assert masthead.title == "Productores de trigo reclaman el pago de la cosecha del ciclo pasado"
    article = parse_bytes(text.encode(), source_path="nota.md")
    assert (article.source, article.published_at) == ("El Vigía del Mayo", local(2023, 11, 8))


@pytest.mark.parametrize(
    "stamp",
    [
        "Posted on March 4, 2023 by admin",
        "Last modified: 11/22/2023",
        "Modified on 2023-11-22 10:15",
        "Última modificación: 22/11/2023",
        "Modificado el 22 de noviembre de 2023",
    ],
)
def test_cms_stamps_among_byline_lines_are_dropped(stamp):
    text = (
        f"## Reabren el mercado de artesanías\n\nCanal 44 Noticias\n{stamp}\n21/11/2023\n"
        "Por Ana Ruiz Soto\n\nLos artesanos volvieron a sus locales.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.md")
    assert (article.format, article.source, article.published_at) == (
        "wire",
        "Canal 44 Noticias",
        local(2023, 11, 21),
    )
    assert article.body == "Los artesanos volvieron a sus locales."


def test_a_relative_stamp_under_the_outlet_still_reads_as_a_byline_line():
    text = (
        "# Marchan estudiantes por las becas\n\nEl Faro del Golfo\nActualizado hace 2 horas\n\n"
        "Cientos de estudiantes marcharon ayer por la tarde.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.md")
    assert article.source == "El Faro del Golfo"
    assert "hace 2 horas" not in article.body


# Teasers, pitches and contact lines ----------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Lee además ► Suben las cuotas del puente",
        "Checa esto → Suben las cuotas del puente",
        "Mira esto: Suben las cuotas del puente",
        "Relacionado ➜ Suben las cuotas del puente",
        "Te recomendamos >> Suben las cuotas del puente",
        "Recomendado ▶ Suben las cuotas del puente",
        "» Lectura recomendada: Suben las cuotas del puente",
        "Nota recomendada: Suben las cuotas del puente",
        "Te recomendamos leer: Suben las cuotas del puente",
        "No te lo pierdas: Suben las cuotas del puente",
        "Esto te puede interesar | Suben las cuotas del puente",
        "Te podría interesar: Suben las cuotas del puente",
        "Checa esto →\nSuben las cuotas del puente",
    ],
)
def test_more_teaser_labels_and_arrows(paragraph):
    kept, _credit, _source, removed = strip_boilerplate([paragraph, "La obra terminó ayer."])
    assert kept == ["La obra terminó ayer."]
    assert removed


@pytest.mark.parametrize(
    "paragraph",
    [
        "Recomendado por la Secretaría de Salud, el esquema incluye tres dosis.",
        "No te lo pierdas, dijo el vendedor a los clientes del tianguis.",
        "» Lo que dijo el alcalde fue distinto, según los regidores.",
        "La tasa fue > 5 por ciento, según el reporte del instituto.",
    ],
)
def test_the_new_labels_without_their_separator_stay(paragraph):
    kept, _credit, _source, _removed = strip_boilerplate([paragraph])
    assert kept == [paragraph]


def test_a_teaser_never_swallows_the_sentence_after_it():
    text = (
        "Clausuran puestos ambulantes en el zócalo Comerciantes del centro confiaron en que "
        "las medidas ayuden a recuperar las ventas de los últimos meses. Algunos temen perder "
        "clientela durante la reubicación."
    )
    headline, rest = split_teaser(text)
    assert headline == "Clausuran puestos ambulantes en el zócalo"
    assert rest.startswith("Comerciantes del centro confiaron")


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # A name after a lower-case word close to the full stop is the headline's.
        (
            "Inauguran hospital Regional de Tlapa. Los trabajos duraron dos años y costaron "
            "cien millones de pesos, según la secretaría.",
            "Inauguran hospital Regional de Tlapa.",
        ),
        # An abbreviation is no full stop.
        (
            "Llega el Gral. Ramírez a la zona serrana El alcalde dijo que el operativo durará "
            "todo el mes en las comunidades.",
            "Llega el Gral. Ramírez a la zona serrana",
        ),
    ],
)
def test_the_sentence_limit_keeps_headlines_whole(text, headline):
    assert split_teaser(text)[0] == headline


@pytest.mark.parametrize(
    "paragraph",
    [
        "Contacto: redaccion@diariodelllano.example | WhatsApp 492 555 0101",
        "TikTok: @diariodelllano · Instagram: @diario.del.llano",
        "Tel. (492) 555 0101 / redaccion@diariodelllano.example",
        "Facebook: /DiarioDelLlano\nX: @diariodelllano",
        "Escríbenos: diariodelllano.example/contacto",
    ],
)
def test_labelled_contact_lines(paragraph):
    assert is_contact_only(paragraph)
    kept, _credit, _source, _removed = strip_boilerplate(["La obra terminó ayer.", paragraph])
    assert kept == ["La obra terminó ayer."]


@pytest.mark.parametrize(
    "paragraph",
    [
        "La obra costó 4.5 millones de pesos, informó el director.",
        "Informes: de lunes a viernes, de 9:00 a 14:00 horas.",
        "El 12 de marzo de 2024 se inauguró la obra.",
    ],
)
def test_text_with_numbers_is_no_contact_line(paragraph):
    assert not is_contact_only(paragraph)


def test_a_pitch_naming_the_outlet_and_the_delivery():
    for pitch in (
        "☕ Recibe El Diario del Llano cada mañana en tu correo: diariodelllano.example/boletin",
        "Recibe lo más leído en tu WhatsApp",
    ):
        kept, _credit, _source, _removed = strip_boilerplate(["La obra terminó ayer.", pitch])
        assert kept == ["La obra terminó ayer."]


# Press releases ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Promotoría de Desarrollo Forestal en Campeche",
        "Gerencia Estatal en Sinaloa",
        "Residencia General de Carreteras Federales",
        "Jurisdicción Sanitaria No. 2",
        "Visitaduría Regional de Tehuantepec",
        "Vocalía Ejecutiva de la Junta Distrital 04",
    ],
)
def test_field_offices_are_issuer_lines(line):
    assert is_issuer_line(line)


def test_a_headline_opening_with_a_field_office_word_is_no_issuer_line():
    assert not is_issuer_line("Gerencia estatal entrega cisternas en la sierra")


@pytest.mark.parametrize("line", ["=== FIN ===", "**FIN**", "== Fin del comunicado =="])
def test_decorated_fin_markers(line):
    assert is_end_marker(line)


@pytest.mark.parametrize(
    ("paragraphs", "writers", "photo"),
    [
        (["Por: Ana Ruiz Soto", "Texto.", "Más texto."], ("Ana Ruiz Soto",), ""),
        (["Texto y fotos: Ana Ruiz Soto", "Texto.", "Más texto."], ("Ana Ruiz Soto",), ""),
        (
            ["Texto.", "Más texto.", "Texto: Ana Ruiz Soto\nFoto: Comunicación Social"],
            ("Ana Ruiz Soto",),
            "Comunicación Social",
        ),
        (
            ["Reportera: Ana Ruiz Soto y Luis Pérez de la Rosa", "Texto.", "Más."],
            ("Ana Ruiz Soto y Luis Pérez de la Rosa",),
            "",
        ),
    ],
)
def test_writers_credits_in_a_release(paragraphs, writers, photo):
    credits = take_credits(paragraphs)
    assert (credits.writers, credits.photo) == (writers, photo)
    assert credits.paragraphs[0].startswith("Texto") and "Ruiz" not in " ".join(credits.paragraphs)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Por su parte, el director habló.", "Texto."],
        ["Por: Comunicación Social", "Texto."],
        ["Texto: Unidad de Comunicación Social", "Texto."],
        ["Foto: Archivo", "Texto."],  # a photo credit alone is boilerplate's
        ["Por Ana", "Texto."],  # one word is no name
    ],
)
def test_no_writers_credit(paragraphs):
    assert take_credits(paragraphs).paragraphs == paragraphs


def test_a_phone_in_a_sentence_is_no_contact_line():
    assert not is_contact_only("Informes al 492 555 0101.")
    assert is_contact_only("WhatsApp 492 555 0101")


def test_a_kicker_over_the_title_is_the_section_not_the_outlet():
    text = (
        "DEPORTES\n\n## Los Alacranes ganan el clásico del norte\n\n"
        "Por Ana Ruiz Soto\nDurango, Dgo. | Meridiano Durangueño | 04/03/2024\n\n"
        "Los Alacranes vencieron 2-1 a su rival en el estadio Francisco Zarco.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.md")
    assert (article.source, article.section) == ("Meridiano Durangueño", "DEPORTES")
    assert article.published_at == local(2024, 3, 4)


def test_an_outlet_over_the_title_named_again_in_the_byline_stays_the_outlet():
    text = (
        "Meridiano Durangueño\n\n## Los Alacranes ganan el clásico del norte\n\n"
        "Por Ana Ruiz Soto | Meridiano Durangueño | 04/03/2024\n\n"
        "Los Alacranes vencieron 2-1 a su rival en el estadio Francisco Zarco.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.md")
    assert (article.source, article.section) == ("Meridiano Durangueño", "")


def test_a_dated_byline_block_with_a_section_line_is_wire_copy():
    text = (
        "**Pescadores de Celestún piden ampliar la veda del pulpo**\n\n"
        "Texto: Ana Ruiz Soto\nSección: Estado\nMérida, Yuc. / jueves 4 de abril de 2024\n\n"
        "Los pescadores pidieron ampliar la veda un mes más.\n\n"
        "Descarga la app de Faro Maya en Google Play y App Store\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.txt")
    assert (article.format, article.section, article.source) == ("wire", "Estado", "Faro Maya")
    assert [b.name for b in article.bylines] == ["Ana Ruiz Soto"]
    assert article.published_at == local(2024, 4, 4)
    assert article.body.startswith("Los pescadores")


@pytest.mark.parametrize(
    ("byline", "lede"),
    [
        # The outlet named over the lede; the lede's dateline dates it, past a photo credit.
        ("Meridiano Nayarita / Redacción", "TEPIC, NAY., 9 DE ABRIL DE 2024.- Los taxistas"),
        # The dateline credits the outlet.
        (
            "Texto: Ana Ruiz Soto",
            "TEPIC, Nay. (Meridiano Nayarita), 9 de abril de 2024.— Los taxistas",
        ),
    ],
)
def test_a_plain_title_dated_by_its_ledes_dateline(byline, lede):
    text = (
        f"Taxistas de Tepic protestan por el alza de la gasolina\n{byline}\n\n"
        f"Foto: Archivo\n\n{lede} bloquearon la avenida México durante dos horas.\n\n"
        "Pidieron a las autoridades un subsidio al combustible.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.txt")
    assert (article.format, article.source) == ("wire", "Meridiano Nayarita")
    assert article.published_at == local(2024, 4, 9)
    assert article.body.startswith("Los taxistas bloquearon")


def test_a_note_with_a_byline_and_no_dateline_stays_generic():
    text = (
        "Reunión de vecinos de la colonia Centro\nPor Ana Ruiz Soto\n\n"
        "Los vecinos se reunieron para hablar del alumbrado.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.txt")
    assert article.format == "generic"
