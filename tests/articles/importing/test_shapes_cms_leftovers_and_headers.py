"""Shapes of the ninth session (importer-r and importer-s): CMS leftovers read before the
readers look for headers, the generic reader as the last resort, and the header, byline,
masthead, teaser and front-matter shapes widened that round. Every text is invented."""

import pytest

from articles.importing.cleaning.body import take_dateline
from articles.importing.cleaning.boilerplate import is_boilerplate, is_tag_line, strip_boilerplate
from articles.importing.cleaning.dates import DateProblem, parse_date_line
from articles.importing.cleaning.outlets import outlet_like
from articles.importing.cleaning.placement import breadcrumb
from articles.importing.cleaning.press import is_unit_name, read_header
from articles.importing.cleaning.signatures import closing_signature
from articles.importing.cleaning.text import drop_cms_markup
from articles.importing.parsing import parse_bytes
from articles.importing.readers import Detected, detect_reader, without_cms_leftovers
from articles.importing.readers.generic import GenericReader
from articles.importing.readers.jekyll import JekyllReader
from articles.importing.readers.wire import split_byline_line, wrapped_title
from articles.importing.records import ImportFailure

from .conftest import local


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


# CMS leftovers, before any reader looks -------------------------------------------------

PRESS_WITH_TEMPLATE_COMMENT = """\
SECRETARÍA DE ECONOMÍA DE TLAXCALA
<!-- formato: comunicado-v3 -->
Boletín 118/2024

Entregan créditos a 60 talleres textiles de Contla

Tlaxcala, Tlax., 9 de abril de 2024.- La Secretaría de Economía entregó créditos a 60 \
talleres textiles de Contla de Juan Cuamatzi para comprar telares y materia prima.

Los préstamos, de hasta 80 mil pesos, se pagarán en tres años sin intereses.

-30-
"""


def test_a_template_comment_between_header_lines_is_no_title():
    article = read(PRESS_WITH_TEMPLATE_COMMENT)
    assert article.format == "press_release"
    assert article.title == "Entregan créditos a 60 talleres textiles de Contla"
    assert (article.bulletin_number, article.dateline_city) == ("118/2024", "Tlaxcala")
    assert article.issuer == "Secretaría de Economía de Tlaxcala"
    assert article.published_at == local(2024, 4, 9)
    assert article.body.startswith("La Secretaría de Economía entregó")


WIRE_WITH_BLOCK_COMMENTS = """\
<!-- wp:paragraph -->
PESCA RIBEREÑA EN ALVARADO
# Pescadores de Alvarado reciben motores nuevos para sus lanchas

Redacción / Eco del Papaloapan
22/08/2023 09:15 hrs
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
Un total de 48 pescadores de la cooperativa La Mojarra recibieron motores fuera de borda \
con los que podrán volver a salir al mar abierto.
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
Los motores costaron 3.2 millones de pesos, aportados por el municipio y el estado.
<!-- /wp:paragraph -->
"""


def test_block_comments_around_a_masthead_and_a_long_kicker():
    article = read(WIRE_WITH_BLOCK_COMMENTS, "nota.md")
    assert article.format == "wire"
    assert article.title == "Pescadores de Alvarado reciben motores nuevos para sus lanchas"
    assert (article.source, names(article), article.section) == ("Eco del Papaloapan", [], "")
    assert article.published_at.date() == local(2023, 8, 22).date()
    assert article.body.startswith("Un total de 48 pescadores")
    assert "PESCA RIBEREÑA" not in article.body
    assert "wp:paragraph" not in article.body


def test_the_front_matter_keeps_its_lines():
    text = "---\ntitle: Nota\ntags:\n  [obras]\n---\n<!-- more -->\nTexto de la nota."
    assert (
        without_cms_leftovers(text)
        == "---\ntitle: Nota\ntags:\n  [obras]\n---\n\nTexto de la nota."
    )


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # A template comment block over several lines.
        ("Uno.\n{% comment %}\nrevisar el pie\n{% endcomment %}\nDos.", "Uno.\n\nDos."),
        # A template expression inside an image's address, or a sentence.
        ("![Obra]({{ site.baseurl }}/img/obra.jpg)", "![Obra](/img/obra.jpg)"),
        ("Vea la galería {{ galeria }} completa.", "Vea la galería  completa."),
        # A kramdown attribute list alone on a line.
        ("La obra inició.\n{: .lead}\n\nSiguió.", "La obra inició.\n\n\nSiguió."),
        ("{:#resumen .destacado}\nTexto.", "\nTexto."),
    ],
)
def test_more_cms_leftovers_are_dropped(text, left):
    assert drop_cms_markup(text) == left


@pytest.mark.parametrize(
    ("line", "left"),
    [
        (
            '[caption id="attachment_77" align="alignleft" width="640"]Vecinos en la plaza. '
            "Foto: Julia Ortega Ríos[/caption]",
            "Foto: Julia Ortega Ríos",
        ),
        (
            '[caption id="a9"]<img src="x.jpg" /> Fotografía: Archivo / El Eco[/caption]',
            "Fotografía: Archivo / El Eco",
        ),
        ('[caption id="a3"]El puente, terminado.[/caption]', ""),
        (
            '<figure><img src="/img/feria.jpg" alt="La feria"><figcaption>Foto: Luis Mora'
            "</figcaption></figure>",
            "Foto: Luis Mora",
        ),
        (
            '<figure class="ancha"><img src="/img/p.jpg"><figcaption>El puente.'
            "</figcaption></figure>",
            "",
        ),
    ],
)
def test_a_caption_shortcode_keeps_only_its_photo_credit(line, left):
    assert drop_cms_markup(line) == left


def test_a_caption_credit_becomes_the_photo_credit():
    text = (
        "## Limpian el cauce del río Tamazula\n\nPor Ana Beltrán Soto / Noticias del Humaya\n"
        "Culiacán, Sin., 3 de abril de 2024\n\n"
        '[caption id="attachment_1" width="800"]Máquinas en el cauce. Foto: Ernesto Gil Vega'
        "[/caption]\n\nBrigadas municipales retiraron 40 toneladas de basura del cauce del "
        "río durante la semana.\n\nLa limpieza seguirá en mayo."
    )
    article = read(text, "nota.md")
    assert article.lead_image_credit == "Ernesto Gil Vega"
    assert names(article) == ["Ana Beltrán Soto"]
    assert "Máquinas en el cauce" not in article.body


# The generic reader takes what the winner cannot read -----------------------------------


class _Refuses:
    name = "wire"

    def score(self, text: str) -> int:
        return 9

    def parse(self, text: str, *, source_path: str):
        raise ImportFailure("falta el título")


def test_the_next_readers_take_a_text_the_winner_cannot_read():
    text = "Cierran el mercado por fumigación\n\nEl mercado municipal cerrará dos días."
    article = Detected([_Refuses(), GenericReader()]).parse(text, source_path="a.txt")
    assert (article.format, article.title) == ("generic", "Cierran el mercado por fumigación")


def test_the_winners_reason_stands_when_no_reader_can():
    text = "---\ntitle: Sin cuerpo\nauthor: Ana Ruiz\n---\n\n   \n"
    reader = detect_reader(text)
    assert reader.name == "jekyll"
    with pytest.raises(ImportFailure, match="solo tiene front matter"):
        reader.parse(text, source_path="a.md")


def test_a_saved_page_behind_a_comment_is_refused():
    text = "<!-- saved from url=(0040)https://sitio.example/nota -->\n<html><body>x</body></html>"
    with pytest.raises(ImportFailure, match="página HTML"):
        detect_reader(text)


# Wire: titles, mastheads, bylines, datelines --------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        (
            "REPORTAN SAQUEOS EN TIENDAS DEL CENTRO\nTRAS EL PASO DEL HURACÁN",
            "REPORTAN SAQUEOS EN TIENDAS DEL CENTRO TRAS EL PASO DEL HURACÁN",
        ),
        ("EL SOL DE TAMPICO\nEDICIÓN MATUTINA", ""),  # a masthead, not a headline
        ("ÚLTIMA HORA\nPOLICÍACA", ""),  # too short for a headline
    ],
)
def test_a_headline_in_capitals_wrapped_over_two_lines(paragraph, title):
    assert wrapped_title(paragraph) == title


CAPITALS_UNDER_A_LABELLED_MASTHEAD = """\
HERALDO DEL DESIERTO
Sección: Estado

REPORTAN SAQUEOS EN TIENDAS DEL CENTRO
TRAS EL PASO DEL HURACÁN

Texto: Mirna Quintero Solís y Abel Ochoa Luna
Guaymas, Sonora, 2 de octubre de 2023

GUAYMAS, Son.— Comerciantes del primer cuadro denunciaron el saqueo de al menos \
15 tiendas durante la noche del domingo.

La policía municipal detuvo a nueve personas.
"""


def test_a_wrapped_headline_in_capitals_under_a_labelled_masthead():
    article = read(CAPITALS_UNDER_A_LABELLED_MASTHEAD)
    assert article.format == "wire"
    assert article.title == "REPORTAN SAQUEOS EN TIENDAS DEL CENTRO TRAS EL PASO DEL HURACÁN"
    assert names(article) == ["Mirna Quintero Solís", "Abel Ochoa Luna"]
    assert (article.source, article.section) == ("HERALDO DEL DESIERTO", "Estado")
    assert article.published_at == local(2023, 10, 2)
    assert article.body.startswith("Comerciantes del primer cuadro")


AGENCY_MASTHEAD = """\
Agencia Informativa del Golfo
Sección: Municipios
Lunes 6 de mayo de 2024

Rescatan a 14 tortugas atrapadas en redes frente a Tecolutla

TECOLUTLA, Ver. (AIG).— Pescadores y voluntarios liberaron a 14 tortugas marinas \
que quedaron atrapadas en una red abandonada a dos millas de la costa.

Los ejemplares fueron revisados por veterinarios antes de volver al mar.

Rosa Lagunes Pérez / AIG
"""


def test_an_outlet_whose_name_opens_with_an_office_word():
    article = read(AGENCY_MASTHEAD)
    assert article.format == "wire"
    assert article.title == "Rescatan a 14 tortugas atrapadas en redes frente a Tecolutla"
    assert (article.source, article.section) == ("Agencia Informativa del Golfo", "Municipios")
    assert names(article) == ["Rosa Lagunes Pérez"]
    assert article.published_at == local(2024, 5, 6)
    assert article.body.startswith("Pescadores y voluntarios")
    assert "AIG" not in article.body


@pytest.mark.parametrize(
    ("paragraph", "signature"),
    [
        ("Rosa Lagunes Pérez / AIG", ("Rosa Lagunes Pérez", "AIG")),
        ("—Tomás Ibarra Cano / NTX", ("Tomás Ibarra Cano", "NTX")),
        ("Rosa Lagunes Pérez / aig", None),
    ],
)
def test_a_signature_closed_by_an_agency_acronym(paragraph, signature):
    assert closing_signature(paragraph) == signature


BREADCRUMB_MASTHEAD = """\
El Diario del Istmo > Regional > Juchitán

CIERRAN LA CARRETERA TRANSÍSTMICA POR BLOQUEO DE TRANSPORTISTAS

Martes, 11 de junio de 2024 - 10:20
Por Ernesto Vicente López y Alma Toledo Ruiz

Juchitán, Oax.- Transportistas de carga bloquearon desde la madrugada la carretera \
Transístmica en demanda de mayor seguridad.

La policía estatal instaló una mesa de diálogo.
"""


def test_a_breadcrumb_names_the_outlet_and_the_section():
    article = read(BREADCRUMB_MASTHEAD)
    assert article.format == "wire"
    assert article.title == "CIERRAN LA CARRETERA TRANSÍSTMICA POR BLOQUEO DE TRANSPORTISTAS"
    assert (article.source, article.section) == ("El Diario del Istmo", "Regional")
    assert names(article) == ["Ernesto Vicente López", "Alma Toledo Ruiz"]
    assert article.published_at.date() == local(2024, 6, 11).date()
    assert article.body.startswith("Transportistas de carga")


@pytest.mark.parametrize(
    ("line", "crumbs"),
    [
        ("El Diario del Istmo > Regional > Juchitán", ("El Diario del Istmo", "Regional")),
        ("Inicio » Salud » Hospitales", ("", "Salud")),
        ("Portada › Deportes", ("", "Deportes")),
        # A site filing by place first: the usual section's name further down wins.
        ("Noticias del Sureste > Campeche > Local", ("Noticias del Sureste", "Local")),
        ("La Gaceta > Tehuacán > Deportes > Futbol", ("La Gaceta", "Deportes")),
        ("La Gaceta > Tehuacán > Barrios", ("La Gaceta", "Tehuacán")),  # no usual name
        ("Lee también » Cierran el puente", None),  # a teaser
        ("El Sol > 3 de mayo", None),
        ("Mérida, Yuc.", None),
    ],
)
def test_breadcrumb_lines(line, crumbs):
    assert breadcrumb(line) == crumbs


def test_a_by_line_with_the_outlet_and_the_town():
    byline = split_byline_line("Por Ramón Vega Ortiz | Heraldo Costeño | Acapulco")
    assert byline.authors == ("Por Ramón Vega Ortiz",)
    assert (byline.source, byline.location) == ("Heraldo Costeño", "Acapulco")


def test_a_town_after_a_date_and_a_time():
    byline = split_byline_line("12/05/2024 · 08:10 h · Zihuatanejo")
    assert byline.published_at == local(2024, 5, 12)
    assert (byline.source, byline.location) == ("", "Zihuatanejo")


@pytest.mark.parametrize("name", ["Pulso Serrano", "Enlace Norte", "Horizonte Huasteco"])
def test_words_only_outlets_use(name):
    assert outlet_like(name)


def test_the_person_before_an_outlet_named_by_its_words():
    byline = split_byline_line("Pedro Ávila Ruiz | Horizonte Huasteco | 12/03/2024")
    assert (byline.authors, byline.source) == (("Pedro Ávila Ruiz",), "Horizonte Huasteco")


PLACE_ONLY_OPENER = """\
## Suspenden clases en 40 escuelas de Mazatlán por el calor

Por Irma Tirado Osuna | Noticias del Pacífico | 28/05/2024

MAZATLÁN, Sin.- Los planteles de turno vespertino suspendieron clases ante \
temperaturas de hasta 41 grados.

Las clases se reanudarán el lunes.
"""


def test_a_dateline_with_a_place_and_no_date_under_a_byline():
    article = read(PLACE_ONLY_OPENER, "nota.md")
    assert article.body.startswith("Los planteles de turno vespertino")
    assert article.location == "Mazatlán, Sinaloa"  # the state written out (places.py)


# Press releases --------------------------------------------------------------------------

TITLE_OVER_ITS_HEADER = """\
Detienen a dos por robo de cableado en el alumbrado de la costera

FISCALÍA GENERAL DEL ESTADO DE GUERRERO
Comunicado No. 402 | Dirección de Comunicación Social

Acapulco, Guerrero, 8 de febrero de 2024.- Agentes de la Policía Investigadora detuvieron \
a dos hombres que retiraban cable de cobre de las luminarias de la avenida costera.

Los detenidos fueron puestos a disposición del Ministerio Público.

-o0o-
"""


def test_a_header_written_under_the_title():
    article = read(TITLE_OVER_ITS_HEADER)
    assert article.format == "press_release"
    assert article.title == "Detienen a dos por robo de cableado en el alumbrado de la costera"
    assert (article.bulletin_number, article.dateline_city) == ("402", "Acapulco")
    assert article.issuer == "Fiscalía General del Estado de Guerrero"
    assert article.published_at == local(2024, 2, 8)
    assert article.body.startswith("Agentes de la Policía Investigadora")
    assert "Comunicado" not in article.body


def test_a_body_name_between_an_office_and_its_press_unit():
    lines = [
        "PODER JUDICIAL DEL ESTADO DE NAYARIT",
        "Sala Constitucional Electoral",
        "Coordinación de Comunicación Social",
        "Boletín 12/2024",
        "",
        "Resuelve la Sala impugnación sobre la elección de Ixtlán",
    ]
    header = read_header(lines)
    assert header.title_index == 5
    assert (header.issuer, header.bulletin_number) == (
        "Poder Judicial del Estado de Nayarit",
        "12/2024",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sala Constitucional Electoral", True),
        ("Consejo Técnico de la Judicatura", True),
        ("SALA CONSTITUCIONAL ELECTORAL", False),  # in capitals it could be a headline
        ("Resuelve la Sala impugnación", False),
        ("Sala Uno.", False),
    ],
)
def test_unit_names(line, expected):
    assert is_unit_name(line) is expected


def test_a_dateline_after_a_subtitle_closed_by_a_full_stop():
    taken = take_dateline(
        [
            "La obra incluye 12 kilómetros de colectores nuevos en la zona norte.",
            "Ensenada, B.C., 5 de junio de 2023.- Más.",
        ]
    )
    assert taken.dateline is not None and taken.dateline.city == "Ensenada"
    assert taken.paragraphs[0].startswith("La obra incluye")


def test_no_dateline_after_two_sentences():
    taken = take_dateline(
        [
            "La obra incluye colectores nuevos. Costará 40 millones de pesos en total.",
            "Ensenada, B.C., 5 de junio de 2023.- Más.",
        ]
    )
    assert taken.dateline is None


# Tag lines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Etiquetas: agua, Tepic, tandeo", True),
        ("Tags: Juchitán | transporte | bloqueo", True),
        ("**Palabras clave:** presupuesto, cabildo", True),
        ("Etiquetas: la ciudad creció mucho. Otra cosa", False),
        ("Etiquetas de precio en los comercios del centro", False),
    ],
)
def test_tag_lines(line, expected):
    assert is_tag_line(line) is expected


def test_a_tag_line_is_not_body():
    kept, _credit, _source, removed = strip_boilerplate(
        ["La obra terminará en mayo.", "Etiquetas: obras, Tepic, drenaje"]
    )
    assert kept == ["La obra terminará en mayo."]
    assert removed == ["Etiquetas: obras, Tepic, drenaje"]


# Jekyll ----------------------------------------------------------------------------------


def jekyll(front: str, body: str = "Texto de la nota sobre la feria."):
    return JekyllReader().parse(f"---\n{front}\n---\n{body}\n", source_path="nota.md")


def test_the_site_key_names_the_outlet():
    assert jekyll("title: Feria\nsite: Brújula Serrana").source == "Brújula Serrana"


def test_an_address_is_no_outlet():
    assert jekyll("title: Feria\nsite: https://brujula.example").source == ""


def test_the_outlet_beside_the_author_is_no_byline():
    article = jekyll("title: Feria\nauthor: Laura Nieto Paz | El Portal Serrano")
    assert names(article) == ["Laura Nieto Paz"]


@pytest.mark.parametrize(
    ("front", "bylines"),
    [
        ("author: Redacción Brújula Serrana\nmedio: Brújula Serrana", []),
        ("author: Redacción Brújula\nmedio: La Brújula del Norte", []),
        ("author: Redacción Cauce Sur\nmedio: Brújula Serrana", ["Redacción Cauce Sur"]),
        # A bare desk on a post that names its outlet is that outlet's desk.
        ("author: Redacción\nmedio: Brújula Serrana", []),
        ("author: Redacción\nblog: Bitácora del Valle", []),
        # So is another spelling of the bare desk («Redacción Web»).
        ("author: Redacción Web\nmedio: Brújula Serrana", []),
        # With no outlet named it is the newsroom's own desk.
        ("author: Redacción", ["Redacción"]),
    ],
)
def test_the_outlets_own_desk_names_no_one(front, bylines):
    assert names(jekyll(f"title: Feria\n{front}")) == bylines


# Dates, bylines and pitches widened ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        ("julio 7, 2024", local(2024, 7, 7)),
        ("Martes, marzo 12, 2024", local(2024, 3, 12)),
        ("Feb. 8 de 2024", local(2024, 2, 8)),
        ("08-feb-2024", local(2024, 2, 8)),
        ("08/Feb/2024", local(2024, 2, 8)),
        ("Jue, 08/02/2024 - 13:45", local(2024, 2, 8, 13, 45)),
        ("08/02/2024 | 9:05 h", local(2024, 2, 8, 9, 5)),
    ],
)
def test_more_date_forms(line, moment):
    assert parse_date_line(line) == moment


def test_an_impossible_date_with_the_month_first():
    with pytest.raises(DateProblem):
        parse_date_line("marzo 32, 2024")


@pytest.mark.parametrize(
    ("line", "authors", "source", "moment"),
    [
        ("Por Ana Ruiz Peña (El Sol del Valle)", ("Por Ana Ruiz Peña",), "El Sol del Valle", None),
        (
            "Escrito por Ana Ruiz Peña el 3 de mayo de 2024",
            ("Escrito por Ana Ruiz Peña",),
            "",
            local(2024, 5, 3),
        ),
        ("Texto: Ana Ruiz | Fotos: Luis Pérez", ("Texto: Ana Ruiz",), "", None),
    ],
)
def test_more_byline_shapes(line, authors, source, moment):
    byline = split_byline_line(line)
    assert (byline.authors, byline.source, byline.published_at) == (authors, source, moment)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Manda tu denuncia al WhatsApp 555 000 1234",
        "Visita nuestro sitio para más noticias.",
        "Encuéntranos en Facebook como Pulso Norte",
        "Para más noticias visita pulso.example",
        "Te invitamos a seguirnos en Instagram @pulsonorte",
        "Sigue toda la información en nuestras redes sociales",
        "Seguir leyendo: Cierran el puente de la calle 5",
        "Otras notas\n- Cierran el puente\n- Abren la feria del elote",
    ],
)
def test_more_pitches_and_teasers(paragraph):
    assert is_boilerplate(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Visitaron el museo 300 personas durante el fin de semana.",
        "Para más información, los interesados pueden acudir a la presidencia municipal.",
        "Manda el gobierno 30 pipas a la colonia Solidaridad.",
        "Encuentran sin vida a un hombre en la carretera.",
    ],
)
def test_sentences_like_pitches_stay(paragraph):
    assert not is_boilerplate(paragraph)


def test_an_office_over_its_acronym_signs_nothing():
    assert closing_signature("Secretaría de Salud / SSA") is None


# Print-edition copies, page-builder shortcodes, WordPress keys, data exports -----------

PRINT_EDITION_STORY = """\
EL HERALDO DEL VALLE
Edición impresa | Sección Regional | Página 4C
Jueves 6 de marzo de 2025

Reparan el puente peatonal de la avenida Juárez tras el choque de un tráiler

**Los trabajos durarán tres semanas; habrá paso provisional por el camellón**

Por Marta Quiroz Lemus

Cuadrillas de Obras Públicas comenzaron la reparación del puente peatonal dañado el lunes.

El paso provisional estará señalizado y vigilado por agentes de tránsito.

Continúa en la página 7C

Lee la edición completa en nuestra versión digital.
"""


def test_a_print_edition_folio_is_a_masthead_line():
    article = read(PRINT_EDITION_STORY)
    assert article.title.startswith("Reparan el puente peatonal")
    assert article.source.casefold() == "el heraldo del valle"  # as the masthead writes it
    assert article.section == "Regional"
    assert article.published_at == local(2025, 3, 6)
    assert names(article) == ["Marta Quiroz Lemus"]
    assert "Página 4C" not in article.body
    assert "Continúa en la página" not in article.body
    assert "edición completa" not in article.body
    assert article.body.rstrip().endswith("agentes de tránsito.")


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Edición impresa | Sección Regional | Página 4C", "Regional"),
        ("Edición impresa · Pág. 12 · Seguridad y Justicia", "Seguridad y Justicia"),
        ("Edición impresa — Primera plana — Columna: Voces del barrio", ""),
        ("Página 9", ""),
        ("Ana Ruiz | Regional", None),
        ("Por Ana Ruiz | Página 3", None),
        ("El Heraldo del Valle", None),
    ],
)
def test_print_edition_line(line, section):
    from articles.importing.cleaning.placement import print_edition_line

    assert print_edition_line(line) == section


@pytest.mark.parametrize(
    ("line", "jump"),
    [
        ("Continúa en la página 7C", True),
        ("Pasa a la pág. 12", True),
        ("(Viene de la portada)", True),
        ("Sigue en la página web del instituto", False),
        ("Continúa en la página siguiente del informe", False),
    ],
)
def test_print_jump_lines(line, jump):
    from articles.importing.cleaning.boilerplate import is_print_jump

    assert is_print_jump(line) is jump


def test_a_usual_section_under_the_outlet_is_the_section():
    text = (
        "NOTICIAS DEL ALTIPLANO\nDeportes\n\n"
        "## Gana el equipo local la final estatal de voleibol\n\n"
        "*Noticias del Altiplano* | 3 de febrero de 2025\n\n"
        "El equipo local ganó la final en tres sets ante un auditorio lleno.\n"
    )
    article = read(text, "nota.md")
    assert article.section == "Deportes"
    assert article.source.casefold() == "noticias del altiplano"


def test_a_section_name_in_a_dated_line_is_no_outlet():
    byline = split_byline_line("Cultura | 9 de abril de 2025")
    assert byline.section == "Cultura"
    assert byline.source == ""
    assert byline.published_at == local(2025, 4, 9)


def test_a_run_of_page_builder_shortcodes_on_a_line_goes():
    text = "[vc_row][vc_column][vc_column_text]\n\nTexto.\n\n[/vc_column_text][/vc_column][/vc_row]"
    assert drop_cms_markup(text).split() == ["Texto."]
    assert "[Video]" in drop_cms_markup("[Video]\n\nTexto.")


def test_wordpress_column_keys_in_front_matter():
    article = jekyll(
        "post_title: Feria\npost_author: Laura Nieto Paz\nauthor_login: lnieto\n"
        "site_title: El Portal Serrano\nwp_status: draft"
    )
    assert article.title == "Feria"
    assert names(article) == ["Laura Nieto Paz"]
    assert article.source == "El Portal Serrano"
    assert article.draft


CSV_EXPORT = """\
id,titulo,fecha,seccion,autor
7,"Cierran el mercado, por obras",2024-02-01,Local,"Redacción"
8,"Abre la feria del libro",2024-02-02,Cultura,"Ana Ruiz"
9,"Suben casos de influenza",2024-02-02,Salud,"Redacción"
"""


def test_a_csv_export_of_records_is_refused():
    with pytest.raises(ImportFailure) as failure:
        read(CSV_EXPORT, "notas.txt")
    assert failure.value.reason == "es una tabla de datos exportada (CSV), no una nota"
    tsv = CSV_EXPORT.replace(",", "\t")
    with pytest.raises(ImportFailure):
        read(tsv, "notas.txt")


def test_a_story_with_commas_in_its_first_lines_is_no_table():
    text = (
        "Mérida, Yucatán, a 3 de mayo de 2025\n\nLlueve, truena, y cae granizo en el norte\n\n"
        "Vecinos, comerciantes y choferes reportaron encharcamientos, árboles caídos y apagones.\n"
    )
    read(text)


def test_the_blog_key_names_the_outlet():
    assert jekyll("title: Feria\nblog: Bitácora del Valle").source == "Bitácora del Valle"


@pytest.mark.parametrize(
    ("line", "moment"),
    [
        # An old CMS's stamp in its server's English locale.
        ("Tuesday, June 3, 2008 4:05 PM", local(2008, 6, 3, 16, 5)),
        ("November 21, 2010", local(2010, 11, 21)),
        ("Saturday, 14 February 2009", local(2009, 2, 14)),
    ],
)
def test_english_date_stamps(line, moment):
    assert parse_date_line(line) == moment
