"""Platform exports and their furniture: a CMS's field dump under an export banner, a
blog's plain-text export under its underlined name, a document export's anchor over
its title."""

from articles.importing.parsing import parse_bytes

# A CMS's node exported as labelled fields under the export's banner, its text as HTML
# paragraphs and its image, path and comment fields under the text.
NODE_EXPORT = """Exportación de contenido · Diario Ribereño (diarioribereno.example.mx)
Nodo: 5521
Tipo de contenido: Artículo
Título: Pescadores de Chapala estrenan muelle comunitario en San Juan Cosalá
Autor: Rosalba Ibarra Quezada
Sección: Ribera
Etiquetas: Chapala, pesca
Fecha de publicación: jue, 04/06/2015 - 09:20
Estado: Publicado
Cuerpo:
<p>Las cooperativas de pescadores de San Juan Cosalá recibieron este jueves un muelle \
de concreto que sustituye al embarcadero de madera dañado por el oleaje del invierno.</p>
<p>El presidente de la cooperativa dijo que el muelle permitirá descargar el charal \
sin mojar la mercancía y recibir a más lanchas de turistas los fines de semana.</p>
Imagen: muelle-cosala.jpg
Pie de imagen: Lanchas atracadas en el nuevo muelle. Foto: Diario Ribereño / Archivo
Alias de URL: /ribera/2015/06/04/pescadores-estrenan-muelle
Comentarios: abiertos
"""


def test_a_node_export_under_its_banner_gives_the_fields_and_the_outlet():
    article = parse_bytes(NODE_EXPORT.encode(), source_path="exports/muelle.txt")
    assert article.title == ("Pescadores de Chapala estrenan muelle comunitario en San Juan Cosalá")
    assert [b.name for b in article.bylines] == ["Rosalba Ibarra Quezada"]
    assert article.published_at.date().isoformat() == "2015-06-04"
    assert article.source == "Diario Ribereño"
    assert article.section == "Ribera"
    assert article.body.startswith("Las cooperativas de pescadores")
    assert "Nodo" not in article.body and "Cuerpo" not in article.body


def test_an_exports_fields_under_its_text_are_no_body_and_give_the_photo_credit():
    article = parse_bytes(NODE_EXPORT.encode(), source_path="exports/muelle.txt")
    assert article.body.rstrip().endswith("los fines de semana.")
    for gone in ("muelle-cosala.jpg", "Pie de imagen", "Alias de URL", "Comentarios"):
        assert gone not in article.body
    assert article.lead_image_credit == "Diario Ribereño / Archivo"


# A blog's plain-text export: the blog's name underlined, then its labelled fields.
POST_EXPORT = """El Faro Serrano
===============
POST ID: 771
TITLE: Abre en Talpa un albergue para peregrinos con 200 camas
AUTHOR: Teodoro Cisneros Lara
DATE: 2020-11-04 08:15:00
CATEGORIES: Destacadas, Salud
TAGS: Talpa, peregrinación
STATUS: publish
CONTENT:
<!-- wp:paragraph -->
<p>El ayuntamiento de Talpa de Allende abrió un albergue con 200 camas para los \
peregrinos que llegan a pie durante las fiestas de la Virgen.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>El albergue tendrá médicos y enfermeras de guardia y regaderas con agua caliente \
durante toda la temporada de peregrinación.</p>
<!-- /wp:paragraph -->
"""


def test_a_blog_export_under_its_underlined_name_gives_title_byline_date_and_section():
    article = parse_bytes(POST_EXPORT.encode(), source_path="exports/albergue.txt")
    assert article.title == "Abre en Talpa un albergue para peregrinos con 200 camas"
    assert [b.name for b in article.bylines] == ["Teodoro Cisneros Lara"]
    assert article.published_at.date().isoformat() == "2020-11-04"
    assert article.source == "El Faro Serrano"
    assert article.body.startswith("El ayuntamiento de Talpa de Allende")


def test_an_exports_category_list_gives_the_section_and_the_placement():
    article = parse_bytes(POST_EXPORT.encode(), source_path="exports/albergue.txt")
    assert article.section == "Salud"
    assert article.placement == ("Destacadas",)


# A document exported with its heading's anchor alone on the first line.
ANCHORED_NOTE = """<a id="h.x7k2p9"></a>
**Guía rápida para tramitar el permiso de poda en Tonalá**

El permiso se pide en la ventanilla de Ecología con una identificación y una foto \
del árbol que se quiere podar.

La respuesta tarda diez días hábiles y el trámite no tiene costo.
"""


def test_an_empty_anchor_over_the_title_is_markup_and_the_note_is_imported():
    article = parse_bytes(ANCHORED_NOTE.encode(), source_path="docs/poda.md")
    assert article.title == "Guía rápida para tramitar el permiso de poda en Tonalá"
    assert article.body.startswith("El permiso se pide en la ventanilla")


# An agency's dispatch: its name and code over the dispatch's number, the priority and
# the slug's field side by side, the stamp, then the copy.
DISPATCH = """AGENCIA INFORMATIVA DEL PACÍFICO (AIP) -- DESPACHO 1290
PRIORIDAD: URGENTE   CLAVE: /PUERTO-GRUAS/
14-02-2019 09:05

Llegan a Lázaro Cárdenas cuatro grúas para el nuevo muelle de contenedores

Por Joaquín Berumen Sandoval

Lázaro Cárdenas, 14 Feb (AIP).- Cuatro grúas de pórtico llegaron este jueves por barco \
al puerto michoacano, donde serán montadas en el muelle de contenedores que se inaugurará \
a mediados de año.

La administración portuaria informó que cada grúa mide 70 metros de altura y puede mover \
treinta contenedores por hora.

AIP/JBS/rtm
"""


def test_an_agencys_dispatch_line_opens_its_transmission():
    article = parse_bytes(DISPATCH.encode(), source_path="wire/gruas.txt")
    assert article.title == (
        "Llegan a Lázaro Cárdenas cuatro grúas para el nuevo muelle de contenedores"
    )
    assert article.source == "Agencia Informativa del Pacífico"
    assert article.published_at.date().isoformat() == "2019-02-14"
    assert [b.name for b in article.bylines] == ["Joaquín Berumen Sandoval"]
    assert "PRIORIDAD" not in article.body and "DESPACHO" not in article.body
    assert article.body.startswith("Cuatro grúas de pórtico llegaron")


# Two releases whose headers the press reader reads by shape: a bulletin numbered with
# «N°.» and a dateline naming the building before the city; a market bulletin whose
# number stands over the period it covers.
VENUE_RELEASE = """CONGRESO DEL ESTADO DE JALISCO
LXIII LEGISLATURA

Boletín N°. 0871

Aprueban diputados ampliar el horario de las bibliotecas públicas municipales

Recinto Legislativo, Guadalajara, Jalisco, 9 de marzo de 2022

El pleno aprobó por mayoría una reforma que obliga a los municipios a abrir sus \
bibliotecas públicas también los sábados y domingos.

La reforma entrará en vigor el primero de julio próximo.

-oOo-
"""

PERIOD_RELEASE = """GOBIERNO DEL ESTADO DE GUANAJUATO
Secretaría del Campo
Boletín de Precios No. 12/2023
Semana del 6 al 10 de marzo

Celaya, Gto., 10 de marzo de 2023.

Baja el precio del sorgo en las bodegas del Bajío por la cosecha temprana

El precio de la tonelada de sorgo pagado en las bodegas de Celaya y Salvatierra bajó \
ocho por ciento durante la semana por la llegada de la cosecha de riego.

Los compradores esperan que el precio se estabilice a finales de mes.

---000---
"""

MAILED_CITY_RELEASE = """From: "Prensa" <prensa@jefatura.example.mx>
To: medios@jefatura.example.mx
Date: Tue, 3 Oct 2023 10:00:00 -0600
Subject: Boletín 0210 | Abre la jefatura de gobierno un centro de acopio para Acapulco
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

JEFATURA DE GOBIERNO DEL ESTADO LIBRE
Dirección de Comunicación Social

Boletín 0210
Ciudad de México, martes 3 de octubre de 2023

Abre la jefatura de gobierno un centro de acopio para Acapulco

El centro de acopio recibirá agua embotellada, alimentos enlatados y artículos de \
limpieza en la explanada del edificio de gobierno.

Los donativos se enviarán en camiones cada tarde.

---000---
"""


def test_a_bulletin_numbered_with_a_degree_sign_and_a_dateline_naming_a_building():
    article = parse_bytes(VENUE_RELEASE.encode(), source_path="releases/bibliotecas.txt")
    assert article.title == (
        "Aprueban diputados ampliar el horario de las bibliotecas públicas municipales"
    )
    assert article.bulletin_number == "0871"
    assert article.dateline_city == "Guadalajara"


def test_a_bulletins_number_glued_with_a_hyphen():
    from articles.importing.cleaning.press import parse_bulletin_number

    assert parse_bulletin_number("Boletín-2204") == "2204"
    assert parse_bulletin_number("Comunicado Nº 15/2019") == "15/2019"


def test_the_period_a_bulletin_covers_is_no_title():
    article = parse_bytes(PERIOD_RELEASE.encode(), source_path="releases/sorgo.txt")
    assert article.title == (
        "Baja el precio del sorgo en las bodegas del Bajío por la cosecha temprana"
    )
    assert article.bulletin_number == "12/2023"
    assert article.issuer == "Secretaría del Campo"


def test_a_jefatura_heads_a_mailed_release_as_its_issuer():
    article = parse_bytes(MAILED_CITY_RELEASE.encode(), source_path="releases/acopio.eml")
    assert article.title == "Abre la jefatura de gobierno un centro de acopio para Acapulco"
    assert article.issuer.casefold() == "jefatura de gobierno del estado libre"


# A town's letterhead with its government's term under its name, and a web page's date
# line with its weekday over the release's own dateline.
TERM_RELEASE = """GOBIERNO DE TLAQUEPAQUE
Administración 2015 - 2018
Dirección de Comunicación Social
Boletín No. 0233/2016

Tlaquepaque, Jalisco, 2 de mayo de 2016

Rehabilitan el andador Independencia con adoquín y nuevas luminarias

Los trabajos en el andador Independencia concluyeron este lunes con la colocación de \
120 luminarias y la sustitución del adoquín en sus cuatro cuadras.

-oOo-
"""


def test_a_governments_term_under_its_name_is_no_issuer():
    article = parse_bytes(TERM_RELEASE.encode(), source_path="releases/andador.txt")
    assert article.issuer.casefold() == "gobierno de tlaquepaque"
    assert article.title == "Rehabilitan el andador Independencia con adoquín y nuevas luminarias"


def test_a_weekday_before_the_date_is_no_datelines_city():
    from articles.importing.cleaning.dates import find_dateline

    assert find_dateline("Miércoles, 7 de junio de 2017") is None
    assert find_dateline("Tepic, Nayarit, 7 de junio de 2017.- Texto.").city == "Tepic"
