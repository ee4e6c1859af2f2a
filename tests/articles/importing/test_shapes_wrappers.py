"""Shapes of the ninth session, second round (importer-u): the wrappers around a text,
taken off before the readers look (the e-mail that forwarded it, the chrome of the page,
portal or word processor it was copied from), and the header, byline and date shapes
those files brought. Every text is invented."""

import pytest

from articles.importing.cleaning.body import clean_body
from articles.importing.cleaning.boilerplate import (
    chrome_fields,
    is_chrome_line,
    is_chrome_paragraph,
    is_copyright_notice,
    is_desk_initials,
    is_page_number,
    is_share_bar,
    strip_boilerplate,
)
from articles.importing.cleaning.chrome import (
    home_breadcrumb,
    is_mail_footer,
    nav_bar,
    strip_chrome,
)
from articles.importing.cleaning.dates import strip_date_label
from articles.importing.cleaning.letters import (
    is_bare_sign_off,
    is_cover_note,
    read_mail_block,
    strip_cover_note,
    strip_forward_prefix,
    take_mail_headers,
)
from articles.importing.cleaning.names import split_bylines
from articles.importing.cleaning.outlets import outlet_name
from articles.importing.cleaning.placement import breadcrumb, is_section_name, section_label
from articles.importing.cleaning.press import logo_text, parse_bulletin_number, take_credits
from articles.importing.cleaning.text import drop_cms_markup, is_rule
from articles.importing.parsing import parse_bytes
from articles.importing.readers import unwrap
from articles.importing.readers.wire import read_byline, read_masthead, split_byline_line

from .conftest import local


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


# E-mail wrappers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "---------- Forwarded message ---------",
        "-------- Mensaje reenviado --------",
        "-----Mensaje original-----",
        "----- Original Message -----",
        "Begin forwarded message:",
        "Inicio del mensaje reenviado:",
    ],
)
def test_a_forward_separator_opens_the_block(line):
    lines = [line, "De: Prensa <prensa@ejemplo.example>", "Asunto: Aviso", "", "Texto."]
    block = read_mail_block(lines)
    assert block is not None and block.forwarded
    assert (block.separator, block.start, block.end) == (0, 1, 3)


def test_an_outlook_forward_without_separator_is_known_by_its_subject():
    lines = [
        "De: Oficina de prensa <prensa@ejemplo.example>",
        "Enviado el: lunes, 3 de junio de 2024 10:20",
        "Para: mesa@diario.example",
        "Asunto: RV: Boletín 12 - Feria del libro",
        "",
        "Texto.",
    ]
    block = read_mail_block(lines)
    assert block is not None and block.forwarded and block.end == 4
    fields, _index = take_mail_headers(lines)
    assert fields["title"] == "Boletín 12 - Feria del libro"  # the forward's prefix goes
    assert fields["date"] == "lunes, 3 de junio de 2024 10:20"


def test_a_message_that_was_not_forwarded_is_no_forward():
    lines = ["De: Ana <ana@diario.example>", "Asunto: Cobertura del sábado", "", "Hola:"]
    block = read_mail_block(lines)
    assert block is not None and not block.forwarded
    assert read_mail_block(["Asunto: Nota", "", "Texto del correo."]) is None  # one header


def test_an_outlook_rule_over_headers_is_a_separator_and_the_note_over_it_goes():
    lines = [
        "Te paso la nota.",
        "",
        "________________________________",
        "**From:** Corresponsal <c@diario.example>",
        "**Sent:** Friday, May 3, 2024 9:12 PM",
        "**Subject:** FW: nota",
        "",
        "Texto.",
    ]
    block = read_mail_block(lines)
    assert block is not None and (block.separator, block.end) == (2, 6)
    assert block.removed(lines)[0] == "Te paso la nota."


@pytest.mark.parametrize(
    ("subject", "bare"),
    [("RV: Boletín 45", "Boletín 45"), ("Fwd: Fwd: Nota", "Nota"), ("RE:FW: Aviso", "Aviso")],
)
def test_forward_prefixes_leave_the_subject(subject, bare):
    assert strip_forward_prefix(subject) == bare
    assert strip_forward_prefix("Revisión del presupuesto") == "Revisión del presupuesto"


FORWARDED_RELEASE = """\
Les comparto el comunicado.

---------- Forwarded message ---------
De: Prensa Municipal <prensa@municipio.example>
Date: mié, 5 jun 2024 a las 11:02
Subject: Comunicado 88 - Bacheo nocturno
To: <medios@municipio.example>


AYUNTAMIENTO DE SAN JUAN DEL RÍO
Comunicado 88

Arranca programa de bacheo nocturno en avenidas principales

San Juan del Río, Qro., 5 de junio de 2024.- El Ayuntamiento inició un programa de \
bacheo nocturno en 12 avenidas, con cuadrillas que trabajarán de 22:00 a 5:00 horas \
para no afectar el tránsito.

El director de Obras, Julián Paredes Soto, dijo que se cubrirán 9 mil metros cuadrados.

-o0o-

Enviado desde mi iPhone
"""


def test_a_forwarded_release_is_read_as_the_release_it_forwards():
    article = read(FORWARDED_RELEASE)
    assert article.format == "press_release"
    assert article.title == "Arranca programa de bacheo nocturno en avenidas principales"
    assert (article.bulletin_number, article.dateline_city) == ("88", "San Juan del Río")
    assert article.published_at == local(2024, 6, 5)
    assert article.body.startswith("El Ayuntamiento inició un programa")
    assert "Forwarded" not in article.body and "Subject" not in article.body
    assert "Les comparto el comunicado." in article.removed


FORWARDED_NOTE = """\
-------- Mensaje reenviado --------
Asunto: \tRV: Guardia del fin de semana
Fecha: \tTue, 2 Apr 2024 10:15:00 -0600
De: \tJefatura <jefatura@diario.example>

Hola a todos:

La guardia de este fin de semana la cubre el equipo de la tarde, con dos reporteros.

Saludos,
Jefatura
"""


def test_a_forwarded_note_keeps_its_subject_as_the_title():
    article = read(FORWARDED_NOTE)
    assert article.format == "generic"
    assert article.title == "Guardia del fin de semana"
    assert article.body.startswith("La guardia de este fin de semana")


MEMO = """\
De: Mesa de edición <mesa@diario.example>
Para: reporteros@diario.example
Asunto: Cierre adelantado el viernes
Fecha: 14 de marzo de 2024

El cierre de la edición impresa del viernes se adelanta a las 20:00 horas por el partido.
"""


def test_a_memo_sent_to_the_newsroom_keeps_its_headers_for_the_generic_reader():
    article = read(MEMO)
    assert (article.format, article.title) == ("generic", "Cierre adelantado el viernes")
    assert article.published_at == local(2024, 3, 14)


def test_a_forward_of_a_forward_is_unwrapped_to_the_story():
    story = (
        "## Abren inscripciones para la liga infantil de futbol\n\n"
        "**Voz de la Sierra** · Zacapoaxtla, Pue. · 8 de enero de 2024\n\n"
        "Por Mónica Trejo Lara\n\n"
        "La liga infantil de futbol abrió sus inscripciones para 24 equipos de "
        "cinco categorías, con partidos los sábados en la unidad deportiva.\n"
    )
    inner = "---------- Forwarded message ---------\nDe: A <a@x.example>\nSubject: nota\n\n"
    outer = "---------- Forwarded message ---------\nDe: B <b@x.example>\nSubject: Fwd: nota\n\n"
    article = read(outer + inner + story)
    assert article.title == "Abren inscripciones para la liga infantil de futbol"
    assert (names(article), article.source) == (["Mónica Trejo Lara"], "Voz de la Sierra")


# A page's chrome ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Comparte en Facebook   Comparte en X   WhatsApp",
        "Compartir | Imprimir | Enviar por correo",
        "Facebook · Twitter · Telegram",
        "Compartir esto:",
    ],
)
def test_share_bars(line):
    assert is_share_bar(line)


@pytest.mark.parametrize(
    "line", ["Facebook", "Comparte tu opinión con los vecinos", "X", "Compartir la mesa"]
)
def test_not_share_bars(line):
    assert not is_share_bar(line)


def test_a_navigation_bar_names_the_outlet_among_its_commands():
    bar = nav_bar("Agencia Costera (ACO) | Área de clientes | Descargar en PDF | Imprimir")
    assert bar == (["Área de clientes", "Descargar en PDF", "Imprimir"], ["Agencia Costera (ACO)"])
    assert nav_bar("Por Ana Ruiz | El Sol | Mérida") is None
    assert nav_bar("Inicio | Mérida") is None  # one command is no bar


@pytest.mark.parametrize(
    ("line", "chrome", "others"),
    [
        ("Visitas: 1208", ["Visitas: 1208"], []),
        ("Clave: ACO-YUC-0031   Palabras: 412", ["Clave: ACO-YUC-0031", "Palabras: 412"], []),
        ("Fecha: 04.06.2024\tHora: 10:05   Palabras: 412", ["Hora: 10:05", "Palabras: 412"],
         ["Fecha: 04.06.2024"]),
        ("Tiempo de lectura: 3 min", ["Tiempo de lectura: 3 min"], []),
    ],
)  # fmt: skip
def test_chrome_fields(line, chrome, others):
    assert chrome_fields(line) == (chrome, others)


def test_an_hour_is_chrome_only_beside_a_portal_field():
    assert chrome_fields("Hora: 18:00") is None  # an event's notice keeps its hour
    assert chrome_fields("Clave: SSA/045/2024") is None  # a release's number, maybe
    assert chrome_fields("Hora: 18:00", nearby=True) == (["Hora: 18:00"], [])
    assert chrome_fields("Lugar: Casa de la Cultura") is None


@pytest.mark.parametrize(
    "line", ["Detalles", "Me gusta esto:", "Cargando...", "Deja un comentario", "3 comentarios"]
)
def test_chrome_lines(line):
    assert is_chrome_line(line)


def test_page_numbers_copyright_initials_and_mail_footers():
    assert is_page_number("Página 2 de 3") and is_page_number("Pág. 4")
    assert not is_page_number("-30-") and not is_page_number("Página web del museo")
    assert is_copyright_notice("© 2023 Diario del Llano. Todos los derechos reservados.")
    assert is_copyright_notice("ACO © 2024. Prohibida su reproducción total o parcial.")
    assert is_copyright_notice("Copyright 2022 La Voz del Puerto")
    assert not is_copyright_notice("La ley prohíbe la reproducción de las obras sin permiso.")
    assert is_desk_initials("(ACO) RMT/lgs") and is_desk_initials("NTX/ABC/jmr")
    assert not is_desk_initials("y/o") and not is_desk_initials("km/h")
    assert is_mail_footer("Enviado desde mi iPhone") and is_mail_footer("Sent from my Galaxy")
    assert is_mail_footer("Enviado desde mi Nokia® de Movistar")  # a trademark sign
    assert is_mail_footer("Sent from my Palm™ device")


def test_a_breadcrumb_from_home_gives_its_section():
    assert home_breadcrumb("Inicio » Estados") == "Estados"
    assert home_breadcrumb("Inicio > Noticias > Municipios") == "Municipios"
    assert home_breadcrumb("La Voz del Puerto > Local") == ""  # the outlet's: the wire reader's
    assert breadcrumb("El Sol > Noticias > Deportes") == ("El Sol", "Deportes")


PORTAL = """\
Agencia Costera (ACO) | Área de clientes | Descargar en TXT | Imprimir
Clave: ACO-YUC-0031
Fecha: 04.06.2024   Hora: 10:05
Sección: Estados
Palabras: 412
-------------------------------------------
CIERRAN PUERTO DE ALTURA POR FRENTE FRÍO

Por Raúl Canul Pech / ACO

PROGRESO, Yuc., 4 de junio de 2024 (ACO).- La Capitanía de Puerto cerró la navegación \
a embarcaciones menores por el ingreso del frente frío número 12, que trae rachas de \
viento de hasta 70 kilómetros por hora en la costa.

La medida se mantendrá al menos hasta el jueves, informó la dependencia.

(ACO) RCP/lgs
-------------------------------------------
ACO © 2024. Prohibida su reproducción total o parcial.
"""


def test_strip_chrome_takes_a_portal_apart_and_keeps_what_the_readers_understand():
    text, chrome = strip_chrome(PORTAL)
    assert text.splitlines()[:4] == [
        "Fecha: 04.06.2024",
        "Sección: Estados",
        "",
        "CIERRAN PUERTO DE ALTURA POR FRENTE FRÍO",
    ]
    assert text.rstrip().endswith("informó la dependencia.")
    assert (chrome.source, chrome.section) == ("Agencia Costera", "")
    assert "Palabras: 412" in chrome.removed and "(ACO) RCP/lgs" in chrome.removed


def test_agency_copy_from_a_portal():
    article = read(PORTAL)
    assert article.format == "wire"
    assert article.title == "CIERRAN PUERTO DE ALTURA POR FRENTE FRÍO"
    assert article.published_at == local(2024, 6, 4)
    assert names(article) == ["Raúl Canul Pech"]
    assert (article.source, article.section) == ("Agencia Costera", "Estados")  # not «ACO»
    assert article.body.startswith("La Capitanía de Puerto cerró")
    assert article.body.endswith("informó la dependencia.")


def test_a_rule_under_a_title_is_its_underline_and_an_end_marker_stays():
    text = "Título de la nota\n-----------------\n\nTexto de la nota con palabras.\n"
    assert strip_chrome(text)[0] == text
    release = "Texto del comunicado.\n\n===\n\nTel. 555 010 0101\n"
    assert strip_chrome(release)[0] == release


WORDPRESS_COPY = """\
Inicio » Noticias » Municipios
Pescadores de Alvarado reciben motores nuevos para sus lanchas
Publicado el 2 de julio de 2024 | Por: Sergio Cházaro Luna
Compartir: Facebook Twitter WhatsApp

ALVARADO, Ver. (Costa Informativa).— Sesenta pescadores de la cooperativa del río \
Papaloapan recibieron motores fuera de borda nuevos con un apoyo estatal de 4.2 millones \
de pesos, que cubre la mitad de su precio.

Los motores consumen 30 por ciento menos combustible que los que sustituyen.

Compartir esto:
Twitter
Facebook

Me gusta esto:
Cargando...
"""


def test_a_wordpress_copy():
    article = read(WORDPRESS_COPY)
    assert article.format == "wire"
    assert article.title == "Pescadores de Alvarado reciben motores nuevos para sus lanchas"
    assert article.published_at == local(2024, 7, 2)
    assert (names(article), article.source) == (["Sergio Cházaro Luna"], "Costa Informativa")
    assert article.section == "Municipios"
    assert article.body.startswith("Sesenta pescadores")
    assert article.body.endswith("los que sustituyen.")


def test_the_chrome_does_not_give_a_release_its_section():
    text = "Inicio » Comunicados\n" + FORWARDED_RELEASE.split("\n\n\n", 1)[1]
    article = read(text)
    assert (article.format, article.section) == ("press_release", "")


def test_a_jekyll_post_is_left_as_it_is():
    text = "---\ntitle: Nota\n---\nVisitas: 12\n\nTexto de la nota.\n"
    assert unwrap(text).text == text


# Leftovers in the body --------------------------------------------------------------------


def test_plugin_tags_alone_on_a_line_are_leftovers():
    text = "Uno.\n{loadposition banner-nota}\n{mosimage}\nDos {con llaves}."
    assert drop_cms_markup(text) == "Uno.\n\n\nDos {con llaves}."


def test_copyright_and_chrome_paragraphs_leave_the_body():
    paragraphs = [
        "Texto de la nota.",
        "Visitas: 87",
        "Compartir esto:\nTwitter\nFacebook",
        "Página 2 de 2",
        "© 2021 Semanario del Valle. Todos los derechos reservados.",
    ]
    kept, _credit, _source, removed = strip_boilerplate(paragraphs)
    assert kept == ["Texto de la nota."]
    assert len(removed) == 4
    assert not is_chrome_paragraph("Hora: 18:00\nLugar: Auditorio municipal")


def test_a_rule_left_at_the_end_of_a_body_goes():
    cleaned = clean_body("Texto de la nota.\n\n---\n\nSíguenos en Facebook como /ElSol")
    assert cleaned.text == "Texto de la nota."
    assert is_rule("* * *") and is_rule("______") and not is_rule("-30-")


# Dates, sections, names and outlets --------------------------------------------------------


def test_a_cms_stamp_naming_a_login_is_a_date_label():
    assert strip_date_label("Enviado por editor_web el Mié, 05/06/2024 - 10:00") == (
        "Mié, 05/06/2024 - 10:00"
    )
    assert strip_date_label("Submitted by admin on Tue, 06/04/2024") == "Tue, 06/04/2024"
    assert strip_date_label("Creado: Lunes, 03 Junio 2024 10:12") == "Lunes, 03 Junio 2024 10:12"
    assert strip_date_label("Enviado por Ana Ruiz el martes") is None  # a person's name


def test_section_names_and_labels():
    assert is_section_name("Deportes") and is_section_name("Medio Ambiente")
    assert not is_section_name("Querétaro")
    assert section_label("Categorías: Estados, Local") == "Estados"
    assert section_label("Archivado en: Cultura") == "Cultura"


def test_emphasis_around_a_byline_name_goes():
    assert [b.name for b in split_bylines(["Por **Luis Ortega Pinto**"])] == ["Luis Ortega Pinto"]


def test_an_outlet_named_with_its_acronym():
    assert outlet_name("Agencia Informativa del Bajío (AIB)") == "Agencia Informativa del Bajío"


# Wire shapes --------------------------------------------------------------------------------


def test_the_last_part_of_a_byline_line_may_be_its_section():
    byline = split_byline_line("Por Ana Ruiz Peña | El Sol de Tampico | Deportes")
    assert (byline.authors, byline.source, byline.section) == (
        ("Por Ana Ruiz Peña",),
        "El Sol de Tampico",
        "Deportes",
    )
    assert split_byline_line("Por Ana Ruiz | El Sol | Querétaro").location == "Querétaro"


def test_a_name_without_por_is_the_town_when_another_line_names_the_author():
    block = "Noticias del Valle | San Juan Bautista | 3 de mayo de 2024\nPor Rita Gómez Luna"
    byline, taken = read_byline([block])
    assert taken == 1
    assert byline.authors == ("Por Rita Gómez Luna",)
    assert byline.location == "San Juan Bautista"
    alone, _taken = read_byline(["Horizonte | Ángel Coutiño Espinosa | 30/11/2023"])
    assert alone.authors == ("Ángel Coutiño Espinosa",)


WORD_EXPORT = """\
LA TRIBUNA DEL NORTE — Edición digital
Sección: Municipios

ESTIAJE EN LA SIERRA
Se secan los pozos de tres comunidades de Guachochi
Guachochi, Chih., miércoles 8 de mayo de 2024
Por Teresa Loya Ruiz

Tres comunidades de Guachochi se quedaron sin agua luego de que se secaron los pozos \
que las abastecían, por lo que el municipio envía pipas dos veces por semana.

La presidencia municipal pidió apoyo a la Conagua para perforar un pozo nuevo.
"""


def test_a_word_export_runs_kicker_title_and_byline_together():
    article = read(WORD_EXPORT)
    assert article.format == "wire"
    assert article.title == "Se secan los pozos de tres comunidades de Guachochi"
    assert article.published_at == local(2024, 5, 8)
    assert (names(article), article.section) == (["Teresa Loya Ruiz"], "Municipios")
    assert article.source.lower() == "la tribuna del norte"
    assert "ESTIAJE" not in article.body and "ESTIAJE" not in article.deck


def test_a_town_under_the_outlet_is_no_second_outlet():
    text = (
        "Crónica Fronteriza\nCiudad Acuña | 15/03/2024\n\n"
        "Reabren el puente internacional tras la revisión\n\nPor Redacción\n\n"
        "El puente internacional reabrió este viernes luego de dos días de revisión.\n"
    )
    masthead = read_masthead(text)
    assert masthead is not None
    assert (masthead.byline.source, masthead.byline.location) == (
        "Crónica Fronteriza",
        "Ciudad Acuña",
    )


def test_a_subtitle_over_the_lede_does_not_hide_its_dateline():
    text = (
        "Diario del Caribe\nSección: Turismo\n15/05/2024\n\n"
        "Llegan 14 cruceros a Cozumel en una semana\n\n"
        "La terminal espera superar el récord del año pasado\n\n"
        "COZUMEL, Q. Roo.— Catorce cruceros con 48 mil pasajeros arribaron esta semana.\n"
    )
    article = read(text)
    assert article.deck == "La terminal espera superar el récord del año pasado"
    assert article.body.startswith("Catorce cruceros")


def test_an_agency_title_over_its_credited_dateline_is_wire_copy():
    text = (
        "Suspenden clases en 30 escuelas por lluvias\n\n"
        "TEAPA, Tab., 3 de octubre de 2023 (Agencia Tabasqueña).- La Secretaría de Educación "
        "suspendió las clases en 30 escuelas de Teapa y Tacotalpa.\n"
    )
    article = read(text)
    assert (article.format, article.source) == ("wire", "Agencia Tabasqueña")
    assert article.published_at == local(2023, 10, 3)
    assert article.body.startswith("La Secretaría de Educación")


# Press-release shapes -----------------------------------------------------------------------


def test_a_bulletin_number_with_an_office_code_of_several_parts():
    assert parse_bulletin_number("Núm. UTS-CS-012/2024") == "UTS-CS-012/2024"
    assert parse_bulletin_number("No. DG/CS/45") == "DG/CS/45"


def test_a_logo_placeholder_named_as_an_image():
    assert logo_text("[Imagen: logotipo Universidad Tecnológica del Sur]") == (
        "Universidad Tecnológica del Sur"
    )
    assert logo_text("[Logotipo de la Secretaría de Turismo]") == "Secretaría de Turismo"


def test_writer_and_photo_credits_side_by_side():
    credits = take_credits(["Texto del boletín.", "Texto: Irma Chi Pool | Foto: Cortesía UTS"])
    assert (credits.writers, credits.photo) == (("Irma Chi Pool",), "Cortesía UTS")
    assert credits.paragraphs == ["Texto del boletín."]
    kept = take_credits(["Texto.", "Texto: Irma Chi Pool\nFoto: Diario del Sur / Archivo"])
    assert (kept.writers, kept.photo) == (("Irma Chi Pool",), "Diario del Sur / Archivo")


# The note of whoever forwarded a story ------------------------------------------------------


def test_a_cover_note_and_a_sign_off_around_a_forwarded_story_go():
    text = (
        "Buenas tardes, les compartimos la nota de hoy.\n\n"
        "Título de la nota\n\nTexto de la nota.\n\n"
        "Saludos cordiales,\nMesa de Estados\n"
    )
    story, removed = strip_cover_note(text)
    assert story == "Título de la nota\n\nTexto de la nota."
    assert removed == [
        "Buenas tardes, les compartimos la nota de hoy.",
        "Saludos cordiales,\nMesa de Estados",
    ]
    assert is_cover_note("Va la nota para web, gracias.")
    assert not is_bare_sign_off("Gracias a los voluntarios, el parque reabrió.")
    assert is_bare_sign_off("Quedo atenta,\nLaura")


def test_a_long_header_value_goes_on_in_the_next_line():
    lines = ["Para: a@x.example,", " b@x.example", "Asunto: Nota", "", "Texto."]
    fields, index = take_mail_headers(lines)
    assert (fields["title"], index) == ("Nota", 3)


def test_a_footer_of_commands_and_a_mail_signature_close_the_text():
    text = (
        "Título de la nota\n\nTexto de la nota, con más de veinte palabras para que sea "
        "prosa y no la cabeza del texto que se lee.\n\n"
        "Aviso de privacidad | Contacto | Directorio\n\nEnviado desde mi Android\n"
    )
    stripped, chrome = strip_chrome(text)
    assert stripped.rstrip().endswith("que se lee.")
    assert chrome.removed[-1] == "Enviado desde mi Android"


def test_a_breadcrumb_from_home_with_slashes():
    assert home_breadcrumb("Inicio / Noticias / Deportes") == "Deportes"
    assert home_breadcrumb("Inicio de clases / ciclo 2024") == ""


def test_a_release_header_is_no_kicker_over_a_title():
    text = (
        "GOBIERNO DEL ESTADO DE NAYARIT\n\nSECRETARÍA DE SALUD\nBoletín de prensa 45/2024\n\n"
        "Inicia campaña de vacunación en Tepic\n\n"
        "Tepic, Nay., 3 de mayo de 2024.- La Secretaría de Salud inició la campaña.\n\n-30-\n"
    )
    article = read(text)
    assert (article.format, article.title) == (
        "press_release",
        "Inicia campaña de vacunación en Tepic",
    )
    assert article.bulletin_number == "45/2024"


def test_a_copied_note_with_its_date_and_byline_on_one_line():
    text = (
        "Inicio » Local\n"
        "Vecinos organizan un tianguis de trueque en la plaza\n"
        "Publicado el 3 de mayo de 2024 | Por: Ana Lilia Cortés\n"
        "Comparte en Facebook   Comparte en X\n\n"
        "Más de 60 familias intercambiaron ropa, libros y plantas sin usar dinero.\n"
    )
    article = read(text)
    assert (article.format, article.published_at) == ("generic", local(2024, 5, 3))
    assert (names(article), article.section) == (["Ana Lilia Cortés"], "Local")
    assert article.body.startswith("Más de 60 familias")


def test_a_comment_command_is_no_outlet_of_the_bar():
    # «COMENTAR» in capitals reads like an acronym: it is the page's command.
    assert nav_bar("ENVIAR | IMPRIMIR | COMENTAR") == (["ENVIAR", "IMPRIMIR", "COMENTAR"], [])
