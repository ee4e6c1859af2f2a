"""Shapes brought by importer-g, once a development set: a press release's number line that
carries the date too («Boletín No. 112/2023 | 14.08.2023»), a letterhead written as Markdown
headings («# Instituto…» / «## Escuela…»), highlights whose bullet sits inside the bold («**•
…**»), a story signed at its end by its author over the outlet's name («—Name» / «Outlet»),
more teaser labels and placement flags among a Jekyll post's tags. One invented fixture per
shape group (fixtures/sources/cases/)."""

import pytest

from articles.importing.cleaning import find_dateline, strip_boilerplate, take_highlights
from articles.importing.cleaning.dates import find_place_dateline
from articles.importing.cleaning.outlets import has_outlet_word, outlet_like
from articles.importing.cleaning.placement import placement_tags
from articles.importing.cleaning.press import (
    header_parts,
    header_text,
    is_acronym_office,
    is_contact_line,
    is_issuer_line,
    read_header,
)
from articles.importing.cleaning.signatures import closing_signature, trailing_credit
from articles.importing.parsing import parse_bytes
from articles.importing.readers.wire import split_byline_line

from .conftest import EDITOR_VIEW_FIELDS, assert_editor_view, local, parse

EDITOR_VIEW = [
    # (file, format, title, date, bylines, source, body start, body end, phrases gone)
    (
        # «Boletín No. … | date» over a letterhead, an office and its unit; «▪ **…**»
        # highlights; «Atentamente» and an end marker over the contact line.
        "press-release-number-date-line-over-stacked-offices.md",
        "press_release",
        "Productores de miel de Compostela exportan su primera cosecha a Europa",
        local(2023, 8, 14),
        [],
        "Secretaría de Desarrollo Rural, Dirección de Fomento Apícola",
        "La Dirección de Fomento Apícola informó",
        "dos años de trabajo con los productores.",
        ("Boletín", "14.08.2023", "NAYARIT", "Atentamente", "Correo:", "▪"),
    ),
    (
        # «# Institute» / «## School» as the letterhead, a bold title, «**• …**»
        # highlights, the dateline alone on its line closing with a full stop.
        "press-release-heading-letterhead-bold-bullets-dateline-line.md",
        "press_release",
        "Alumnos recuperan semillas de maíz criollo en diez comunidades del Valle",
        local(2024, 2, 9),
        [],
        "Instituto Tecnológico del Valle del Mezquital, Escuela de Ingeniería Agrícola",
        "Un equipo de alumnos y profesores",
        "devolver el préstamo con parte de su cosecha.",
        ("#", "•", "Ixmiquilpan, Hidalgo", "Departamento de Difusión"),
    ),
    (
        # A date line over the title and no outlet above it; «Podría interesarte →» opening
        # the lede, «Para que no te la pierdas →» in the middle of a paragraph; «Con
        # información de»; «—Author» over the outlet's name closing the story.
        "wire-date-over-title-closing-signature-outlet.txt",
        "wire",
        "Pescadores de Alvarado reparan el muelle con sus propios recursos",
        local(2024, 3, 14),
        ["Fermín Ochoa Villalobos"],
        "El Centinela del Papaloapan",
        "Los pescadores de la cooperativa La Garza",
        "durante la marea alta, dijeron los socios.",
        ("Podría interesarte", "transbordador", "pierdas", "regata", "Con información", "—"),
    ),
    (
        # A plain note with no date, signed the same way: still a note, with its author and
        # outlet.
        "generic-note-closing-signature-outlet.txt",
        "generic",
        "Reabren la biblioteca del barrio de San Bernabé tras la inundación",
        None,
        ["Leonor Cuevas Arizmendi"],
        "Crónica de la Mixteca",
        "La biblioteca del barrio de San Bernabé",
        "el resto llegó de otras bibliotecas del municipio.",
        ("Leonor Cuevas", "Crónica de la Mixteca"),
    ),
    (
        # «COMUNICADO DE PRENSA | date» over the office; a dateline with a place and no
        # date («Guaymas, Son.-»); «Para más información:» leading the contact block, with
        # no end marker.
        "press-release-place-only-dateline-contact-lead-in.txt",
        "press_release",
        "Inauguran la primera pista de patinaje pública del puerto",
        local(2022, 8, 22),
        [],
        "Instituto Municipal del Deporte de Guaymas",
        "El Instituto Municipal del Deporte inauguró",
        "tendrá clases gratuitas los sábados.",
        ("Guaymas, Son.-", "Para más información", "Coordinación de Prensa", "622"),
    ),
]


@pytest.mark.parametrize(EDITOR_VIEW_FIELDS, EDITOR_VIEW)
def test_what_an_editor_sees(name, fmt, title, date, bylines, source, first, last, gone):
    assert_editor_view(name, fmt, title, date, bylines, source, first, last, gone)


def test_the_release_fields_of_the_new_headers():
    numbered = parse("press-release-number-date-line-over-stacked-offices.md")
    assert (numbered.bulletin_number, numbered.dateline_city, numbered.highlights) == (
        "112/2023",
        "Compostela",
        (
            "Se enviaron 18 toneladas de miel orgánica certificada",
            "Participan 42 apicultores de seis ejidos",
        ),
    )
    headings = parse("press-release-heading-letterhead-bold-bullets-dateline-line.md")
    assert (headings.dateline_city, len(headings.highlights)) == ("Ixmiquilpan", 2)


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Boletín No. 112/2023 | 14.08.2023", ["Boletín No. 112/2023", "14.08.2023"]),
        ("Comunicado 58/2022 — 3 de marzo de 2022", ["Comunicado 58/2022", "3 de marzo de 2022"]),
        ("Boletín 07 - 21/05/2021", ["Boletín 07", "21/05/2021"]),
        ("Comunicado No. 9, 2 de junio de 2020", ["Comunicado No. 9", "2 de junio de 2020"]),
        ("COMUNICADO · 11/10/2023", ["COMUNICADO", "11/10/2023"]),
        (
            "Boletín 88/2021 · Tuxtepec, Oax., 6 de julio de 2021",
            ["Boletín 88/2021", "Tuxtepec, Oax., 6 de julio de 2021"],
        ),
        (
            "Tuxtepec, Oax., 6 de julio de 2021 | Boletín 88",
            ["Tuxtepec, Oax., 6 de julio de 2021", "Boletín 88"],
        ),
        ("12 de mayo de 2023 | 13:00", None),  # dates alone: a date line, read as one
        ("Alcaldes piden recursos - 3 de mayo de 2023", None),  # a headline
    ],
)
def test_header_lines_with_a_number_and_a_date(line, parts):
    assert header_parts(line) == parts


def test_a_number_and_date_line_gives_both():
    header = read_header(["Comunicado No. 9, 2 de junio de 2020", "", "Título de la nota"])
    assert (header.title_index, header.bulletin_number, header.moment) == (
        2,
        "9",
        local(2020, 6, 2),
    )


def test_a_place_only_dateline_gives_the_city():
    article = parse("press-release-place-only-dateline-contact-lead-in.txt")
    assert article.dateline_city == "Guaymas"


@pytest.mark.parametrize(
    ("paragraph", "city", "rest"),
    [
        ("Sahuayo, Mich.- La feria abrió.", "Sahuayo", "La feria abrió."),
        ("COMITÁN, CHIS.— El cabildo aprobó.", "COMITÁN", "El cabildo aprobó."),
        ("Ensenada.- Los pescadores llegaron.", "Ensenada", "Los pescadores llegaron."),
        ("Cd. Mante, Tamps.— Una brigada llegó.", "Cd. Mante", "Una brigada llegó."),
        ("San Blas, Nayarit — La marea subió.", "San Blas", "La marea subió."),
    ],
)
def test_place_only_datelines(paragraph, city, rest):
    found = find_place_dateline(paragraph)
    assert (found.moment, found.city, found.rest) == (None, city, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "La Comisión Estatal del Agua —CEA— informó que…",  # an aside, not a dateline
        "El alcalde —en su informe— dijo que…",
        "Durante la sesión.- El cabildo…",  # lower-case words: a sentence
        "Ana Ruiz, vocera — dijo que…",
    ],
)
def test_no_place_only_dateline(paragraph):
    assert find_place_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Para más información:", True),
        ("Más información: prensa@sitio.example", True),
        ("Contacto para medios:", True),
        ("Informes:", True),
        ("Atención a medios", True),
        ("Más información sobre el programa se dará a conocer en los próximos días.", False),
    ],
)
def test_contact_block_lead_ins(line, expected):
    assert is_contact_line(line) is expected


def test_a_number_and_dateline_line_gives_the_city_too():
    header = read_header(
        ["Boletín 88/2021 · Tuxtepec, Oax., 6 de julio de 2021", "Título de la nota"]
    )
    assert (header.title_index, header.bulletin_number, header.city, header.moment) == (
        1,
        "88/2021",
        "Tuxtepec",
        local(2021, 7, 6),
    )


def test_a_bulletin_number_is_no_dateline_city():
    assert find_dateline("Boletín No. 45, 3 de mayo de 2023") is None
    assert find_dateline("Tuxpan, Ver., 3 de mayo de 2023.- Texto.").city == "Tuxpan"


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("# Universidad Autónoma del Istmo", "Universidad Autónoma del Istmo"),
        ("## Facultad de Odontología ##", "Facultad de Odontología"),
        ("SECRETARÍA DE SALUD", "SECRETARÍA DE SALUD"),
        ("#Etiqueta", "#Etiqueta"),  # a hashtag, not a heading
    ],
)
def test_heading_marks_are_dropped_from_header_lines(line, text):
    assert header_text(line) == text


def test_a_letterhead_written_as_headings():
    header = read_header(
        ["# Universidad Autónoma del Istmo", "## Facultad de Odontología", "", "**Título**"]
    )
    assert (header.title_index, header.issuer) == (
        3,
        "Universidad Autónoma del Istmo, Facultad de Odontología",
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "**• Vacunarán a 3 mil perros**\n**• La campaña dura dos semanas**",
        "__- Vacunarán a 3 mil perros__",
        "● Vacunarán a 3 mil perros\n● La campaña dura dos semanas",
        "**▪ Vacunarán a 3 mil perros**",
        "➤ **Vacunarán a 3 mil perros**",
    ],
)
def test_highlight_bullets(paragraph):
    highlights, rest = take_highlights([paragraph, "Texto."], bullets=True)
    assert highlights[0] == "Vacunarán a 3 mil perros"
    assert rest == ["Texto."]


@pytest.mark.parametrize(
    "paragraph",
    ["- Vacunarán a 3 mil perros\n- La campaña dura dos semanas", "▪ Vacunarán a 3 mil perros"],
)
def test_plain_list_bullets_open_the_body(paragraph):
    # Only bold balazos (or summary marks such as «●») are highlights.
    assert take_highlights([paragraph, "Texto."], bullets=True) == ([], [paragraph, "Texto."])


def test_a_bold_paragraph_is_no_highlight():
    assert take_highlights(["**Vacunarán a 3 mil perros**", "Texto."], bullets=True)[0] == []


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        (
            "Podría interesarte → Cierran el puente de Tecolutla Los lancheros pidieron apoyo.",
            "Los lancheros pidieron apoyo.",
        ),
        (
            "Llovió toda la noche. Para que no te lo pierdas: Alistan la feria del café "
            "Los caminos quedaron cerrados.",
            "Llovió toda la noche. Los caminos quedaron cerrados.",
        ),
        (
            "Te invitamos a leer: Crece la venta de artesanías El mercado abrió temprano.",
            "El mercado abrió temprano.",
        ),
        (
            "No dejes de leer | Ganan becas alumnos de Perote La escuela recibió a los padres.",
            "La escuela recibió a los padres.",
        ),
    ],
)
def test_more_teaser_labels(paragraph, kept):
    assert strip_boilerplate([paragraph])[0] == [kept]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Podría interesarte saber que el museo abre los lunes.",
        "No dejes de leer las instrucciones antes de votar, pidió el consejero.",
    ],
)
def test_the_new_labels_in_a_sentence_stay(paragraph):
    assert strip_boilerplate([paragraph])[0] == [paragraph]


@pytest.mark.parametrize(
    ("paragraph", "signature"),
    [
        (
            "—Fermín Ochoa Villalobos\nEl Centinela del Papaloapan",
            ("Fermín Ochoa Villalobos", "El Centinela del Papaloapan"),
        ),
        (
            "Por Ada Quiroz Lara\nNoticias del Soconusco",
            ("Ada Quiroz Lara", "Noticias del Soconusco"),
        ),
        ("—Fermín Ochoa Villalobos", None),  # no outlet: a trailing credit, not a signature
        ("—Fermín Ochoa\nY se fueron todos a casa.", None),
        ("La marea subió\nEl Centinela del Papaloapan", None),
        ("Ada Quiroz Lara / Noticias del Soconusco", ("Ada Quiroz Lara", "Noticias del Soconusco")),
        ("—Ada Quiroz Lara, Noticias del Soconusco", ("Ada Quiroz Lara", "Noticias del Soconusco")),
        ("Ada Quiroz Lara, Noticias del Soconusco", None),  # a comma only after a credit mark
        # The writer's role before the outlet is no part of its name.
        (
            "Por Ada Quiroz Lara\nCorresponsal de Noticias del Soconusco",
            ("Ada Quiroz Lara", "Noticias del Soconusco"),
        ),
        (
            "—Ada Quiroz Lara\nEspecial para El Eco de Tapachula",
            ("Ada Quiroz Lara", "El Eco de Tapachula"),
        ),
        ("Lluvias y granizo / Noticias del Soconusco", None),
        # The outlet's line may carry its follow pitch after the name.
        (
            "Texto: Ada Quiroz Lara\nNoticias del Soconusco · síguenos en X @NSoconusco",
            ("Ada Quiroz Lara", "Noticias del Soconusco"),
        ),
        (
            "—Ada Quiroz Lara\nNoticias del Soconusco | Síguenos en Facebook",
            ("Ada Quiroz Lara", "Noticias del Soconusco"),
        ),
        ("—Ada Quiroz Lara\nNoticias del Soconusco · Tapachula y la costa", None),
    ],
)
def test_closing_signatures(paragraph, signature):
    assert closing_signature(paragraph) == signature


def test_a_trailing_signature_gives_the_outlet():
    assert trailing_credit("Texto.\n\n—Ada Quiroz Lara\nNoticias del Soconusco") == (
        "Texto.",
        "Ada Quiroz Lara",
        "Noticias del Soconusco",
    )


def test_a_placement_flag_among_the_tags_is_a_flag():
    article = parse("jekyll-placement-flag-among-tags.md")
    assert (article.section, article.tags, article.placement) == (
        "",
        ("festivales", "Puebla"),
        ("Portada",),
    )


@pytest.mark.parametrize(
    ("tags", "flags", "rest"),
    [
        (["Destacadas", "Espectáculos"], ("Destacadas",), ["Espectáculos"]),
        (["portada", "PORTADA"], ("Portada",), []),
        (["Home office", "empleo"], (), ["Home office", "empleo"]),  # a flag word in a tag
    ],
)
def test_placement_tags(tags, flags, rest):
    assert placement_tags(tags) == (flags, rest)


@pytest.mark.parametrize(
    ("line", "source", "authors", "location", "date"),
    [
        # The date between the outlet and the author, or between a place and the outlet.
        (
            "Heraldo del Bajío / 9 de mayo de 2022 / Fidel Arteaga Luna",
            "Heraldo del Bajío",
            ("Fidel Arteaga Luna",),
            "",
            local(2022, 5, 9),
        ),
        (
            "Acámbaro, Gto. · 9 de mayo de 2022 · Heraldo del Bajío",
            "Heraldo del Bajío",
            (),
            "Acámbaro, Gto.",
            local(2022, 5, 9),
        ),
        # The author first, without «Por», then the outlet.
        (
            "Fidel Arteaga Luna | Diario de Acámbaro | 2022-05-09",
            "Diario de Acámbaro",
            ("Fidel Arteaga Luna",),
            "",
            local(2022, 5, 9),
        ),
        (
            "Fidel Arteaga | La Tribuna del Sur | 09/05/2022",
            "La Tribuna del Sur",
            ("Fidel Arteaga",),
            "",
            local(2022, 5, 9),
        ),
        # The outlet first stays the outlet («Horizonte | Ana Ruiz Soto | date»).
        (
            "Horizonte | Ana Ruiz Soto | 09/05/2022",
            "Horizonte",
            ("Ana Ruiz Soto",),
            "",
            local(2022, 5, 9),
        ),
        # «Outlet, date»: an outlet's word makes it no place; a town stays the place.
        (
            "Noticias de Acámbaro, 9 de mayo de 2022",
            "Noticias de Acámbaro",
            (),
            "",
            local(2022, 5, 9),
        ),
        ("La Piedad, 9 de mayo de 2022", "", (), "La Piedad", local(2022, 5, 9)),
    ],
)
def test_byline_lines_in_other_orders(line, source, authors, location, date):
    byline = split_byline_line(line)
    assert (byline.source, byline.authors, byline.location, byline.published_at) == (
        source,
        authors,
        location,
        date,
    )


@pytest.mark.parametrize(
    ("paragraph", "city", "date", "rest"),
    [
        # Numbers, day first.
        ("Tehuacán, Pue., 21/09/2022.- El cabildo…", "Tehuacán", local(2022, 9, 21), "El cabildo…"),
        (
            "Tehuacán, Puebla; 21.09.2022.- El cabildo…",
            "Tehuacán",
            local(2022, 9, 21),
            "El cabildo…",
        ),
        # A state and no comma before the date.
        ("Tehuacán, Pue. 21 de septiembre de 2022.- El…", "Tehuacán", local(2022, 9, 21), "El…"),
        ("Tehuacán, Puebla. 21 de septiembre de 2022", "Tehuacán", local(2022, 9, 21), ""),
        ("Tehuacán, Pue. 21/09/2022", "Tehuacán", local(2022, 9, 21), ""),
    ],
)
def test_more_dateline_forms(paragraph, city, date, rest):
    found = find_dateline(paragraph)
    assert (found.city, found.moment, found.rest) == (city, date, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Los vecinos, 21/09/2022 fue la fecha del acuerdo.",  # lower-case words: a sentence
        "Tehuacán, Puebla y Orizaba 21 de septiembre de 2022 firmaron el convenio.",
    ],
)
def test_no_dateline_in_a_sentence(paragraph):
    assert find_dateline(paragraph) is None


def test_an_author_mapping_and_a_heading_that_repeats_the_title():
    article = parse("jekyll-author-mapping-repeated-title-heading.md")
    assert ([b.name for b in article.bylines], article.section) == (
        ["Graciela Montiel Sosa"],
        "Cultura",
    )
    assert article.body.startswith("El kiosco de la plaza principal")


@pytest.mark.parametrize(
    ("front_matter", "names"),
    [
        ("author:\n  nombre: Rubén Islas", ["Rubén Islas"]),
        ("authors:\n  - name: Rubén Islas\n  - name: Sara Tapia", ["Rubén Islas", "Sara Tapia"]),
        ("by: Rubén Islas", ["Rubén Islas"]),
        ("escrito por: Rubén Islas", ["Rubén Islas"]),
        ("author: [Rubén Islas, Sara Tapia]", ["Rubén Islas", "Sara Tapia"]),
    ],
)
def test_author_spellings_and_mappings(front_matter, names):
    text = f"---\ntitle: Título\n{front_matter}\n---\nTexto de la nota con varias palabras.\n"
    article = parse_bytes(text.encode(), source_path="cases/autor.md")
    assert [b.name for b in article.bylines] == names


def test_a_heading_that_is_another_title_stays():
    text = "---\ntitle: Título de la nota\n---\n# Antecedentes\n\nTexto de la nota.\n"
    article = parse_bytes(text.encode(), source_path="cases/antecedentes.md")
    assert article.body.startswith("# Antecedentes")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Haz clic aquí y recibe las noticias de Tlaxcala en tu celular.",
        "Da clic aquí para ver la galería completa.",
        "Descarga gratis nuestra aplicación para Android.",
        "Escucha nuestro podcast semanal en tu plataforma favorita.",
        "Activa la campanita para no perderte ninguna transmisión.",
        "Dale like a nuestra página y comenta.",
        "Apoya el periodismo local con una suscripción.",
        "Sigue la cobertura de la elección en nuestro canal de YouTube.",
        "LO ÚLTIMO\n- Suspenden clases en la sierra\n- Reabren la carretera costera",
        "Te recomendamos estas notas:\n- Suspenden clases en la sierra",
        "Publicidad",
        "**PUBLICIDAD**",
        "Continúa leyendo después de la publicidad",
        "Ver esta publicación en Instagram",
    ],
)
def test_more_pitches_blocks_and_placeholders(paragraph):
    assert strip_boilerplate([paragraph])[0] == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Da inicio la temporada de lluvias en la costa, informó Conagua.",
        "La publicidad en espectaculares quedó prohibida en el centro histórico.",
        "Sigue la búsqueda de los pescadores desaparecidos frente a Tecolutla.",
        "El anuncio se hizo en la explanada del palacio municipal.",
    ],
)
def test_sentences_with_those_words_stay(paragraph):
    assert strip_boilerplate([paragraph])[0] == [paragraph]


def test_a_trailing_click_pitch_is_cut_from_its_paragraph():
    kept = strip_boilerplate(["La feria abrió el viernes. Haz clic aquí para ver las fotos."])[0]
    assert kept == ["La feria abrió el viernes."]


def test_a_labelled_date_among_header_lines_and_an_abbreviated_sign_off():
    article = parse("generic-minutes-labelled-date-and-sign-off.txt")
    assert (article.format, article.title, article.published_at) == (
        "generic",
        "Minuta de la junta de la mesa de deportes",
        local(2023, 10, 3),
    )
    assert article.body.startswith("Lugar: Sala de juntas")
    assert article.body.endswith("antes del mediodía.")
    assert "Fecha:" not in article.body and "Atte." not in article.body


def test_a_labelled_line_that_is_no_date_leaves_the_note_undated():
    text = "Aviso a la redacción\n\nFecha: por confirmar\nLugar: sala 2\n\nHabrá junta de cierre."
    article = parse_bytes(text.encode(), source_path="cases/aviso.txt")
    assert article.published_at is None
    assert article.body.startswith("Fecha: por confirmar")


@pytest.mark.parametrize(
    ("name", "word", "like"),
    [
        ("Noticias del Llano", True, True),
        ("Diario de Acámbaro", True, True),
        ("La Tribuna del Sur", True, True),
        ("El Centinela", True, True),
        ("Los Altos Hoy", True, True),  # «Hoy» after the name marks an outlet
        ("Hoy", False, False),  # alone it is a date stamp's word
        ("Los Altos", False, True),
        ("Fidel Arteaga Luna", False, False),
        ("La Piedad", False, True),
    ],
)
def test_outlet_words(name, word, like):
    assert (has_outlet_word(name), outlet_like(name)) == (word, like)


def test_an_office_by_its_acronym_over_the_bulletin_number():
    article = parse("press-release-acronym-office-over-number.txt")
    assert (article.title, article.issuer, article.bulletin_number, article.published_at) == (
        "Abre clínica familiar de Jerez consultorio de geriatría",
        "ISSSTE ZACATECAS",
        "061",
        local(2023, 4, 18),
    )


@pytest.mark.parametrize(
    ("text", "title_index", "issuer"),
    [
        ("CONALEP MICHOACÁN\nBoletín 14\n\nTítulo de la nota", 3, "CONALEP MICHOACÁN"),
        ("SEPE-USET\n\nComunicado 9/2024\n\nTítulo de la nota", 4, "SEPE-USET"),
        # A title in capitals over the dateline is no office.
        ("Boletín 14\nVACUNAN A PERROS\n\nMorelia, Mich., 3 de mayo de 2024.- Texto.", 1, ""),
        ("IMSS TLAXCALA\n\nTítulo de la nota\n\nTexto.", 0, ""),  # nothing follows it
    ],
)
def test_acronym_offices(text, title_index, issuer):
    header = read_header(text.split("\n"))
    assert (header.title_index, header.issuer) == (title_index, issuer)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("IMSS TLAXCALA", True),
        ("SEPE-USET", True),
        ("CEDH Tabasco", True),
        ("VACUNAN A PERROS EN LAS COLONIAS DEL CENTRO", False),  # too long
        ("Secretaría de Salud", False),
        ("IMSS informa:", False),
    ],
)
def test_is_acronym_office(line, expected):
    assert is_acronym_office(line) is expected


def test_a_utility_division_is_an_issuer_line():
    assert is_issuer_line("División de Distribución Golfo Centro")


def test_a_setext_title_over_an_author_with_a_role_and_the_outlet_line():
    assert_editor_view(
        "wire-setext-title-author-role-line.md",
        "wire",
        "Suben las cuotas de la caseta de Amozoc para el transporte de carga",
        local(2023, 8, 7),
        ["Leopoldo Zárate Ruelas"],
        "Voces de la Angelópolis",
        "Los transportistas de la zona industrial",
        "más de diez veces al día.",
        ("===", "Corresponsal", "18:20"),
    )


@pytest.mark.parametrize(
    "line",
    [
        "Martes 7 de agosto de 2023 | Año 31 | Núm. 10,442",
        "Martes 7 de agosto de 2023 · Año XXXI · No. 10442",
        "Martes 7 de agosto de 2023 | Edición 3210",
    ],
)
def test_a_volume_and_issue_on_the_date_line_are_dropped(line):
    byline = split_byline_line(line)
    assert (byline.published_at, byline.source, byline.authors) == (local(2023, 8, 7), "", ())


def test_an_author_and_a_role_make_an_author_line():
    assert split_byline_line("Leopoldo Zárate Ruelas | Reportero").authors == (
        "Leopoldo Zárate Ruelas",
    )
    assert split_byline_line("Tecamachalco | Reportero") is None  # no person's name


def test_the_letterhead_printed_again_on_the_next_page_leaves_the_body():
    article = parse_bytes(
        (
            "        SECRETARÍA DE DESARROLLO RURAL DE NAYARIT\n"
            "           Coordinación de Comunicación Social\n\n"
            "Comunicado SDR/CS/0077/2021\n\n"
            "Entregan semilla mejorada de frijol a productores de la sierra\n\n"
            "Tepic, Nay., 9 de marzo de 2021.- La Secretaría de Desarrollo Rural entregó 40\n"
            "toneladas de semilla mejorada de frijol a productores de cinco municipios.\n"
            "                                        Página 1 de 2\n"
            "\f        SECRETARÍA DE DESARROLLO RURAL DE NAYARIT\n"
            "           Coordinación de Comunicación Social\n"
            "La entrega continuará la próxima semana en los municipios de la costa.\n\n"
            "---o0o---\n"
        ).encode(),
        source_path="nay/frijol.txt",
    )
    assert article.format == "press_release"
    assert article.issuer.casefold() == "secretaría de desarrollo rural de nayarit"
    assert "SECRETARÍA" not in article.body and "Coordinación" not in article.body
    assert article.body.rstrip().endswith("en los municipios de la costa.")


def test_a_courtesy_line_over_the_signature_closes_the_release_with_it():
    article = parse_bytes(
        (
            "H. AYUNTAMIENTO DE XALISCO\n\nBoletín 31/2020\n\n"
            "CIERRE TEMPORAL DEL PANTEÓN MUNICIPAL\n\n"
            "Xalisco, Nay., a 2 de noviembre de 2020.- El Gobierno Municipal informa que el "
            "panteón municipal permanecerá cerrado este lunes por trabajos de limpieza.\n\n"
            "Las visitas se reanudarán el martes en el horario habitual.\n\n"
            "¡Gracias por su comprensión! 🙏\nAtentamente\nDirección de Comunicación Social\n"
        ).encode(),
        source_path="nay/panteon.txt",
    )
    assert article.body.rstrip().endswith("en el horario habitual.")
    assert "Gracias" not in article.body
