"""An agency's copy sent in takes under a slug line, a print system's tagged export
under its page slug, a mail's picture placeholder over a release, a decentralised
body as issuer, a migrated CMS's post status and Unix creation time, a deck over a
byline block closed by a photo credit, and a post saved as its theme's HTML
fragment: invented texts, asserting what an editor sees."""

from datetime import date

from articles.importing.cleaning.boilerplate import is_chrome_line
from articles.importing.cleaning.chrome import copyright_outlet
from articles.importing.cleaning.cms_fragment import read_cms_fragment
from articles.importing.cleaning.field_block import running_head
from articles.importing.cleaning.press import is_end_marker, is_issuer_line, issuer_case
from articles.importing.cleaning.transmission import read_transmission
from articles.importing.parsing import parse_bytes


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


FIRST_TAKE = (
    "Pescadores de la laguna reportaron que la marea roja llegó a la bocana y que las "
    "capturas de lisa cayeron a la mitad en una semana."
)
SECOND_TAKE = (
    "La cooperativa local pidió a la autoridad pesquera un apoyo temporal mientras "
    "duren los muestreos del agua."
)

TAKES = (
    "NGS 11/09/2022 07:05 EST-PESCA\n"
    "NGS-0912/SIN/MAREA\n"
    "URGENTE\n"
    "1a. parte\n"
    "\n"
    "Marea roja frena la pesca de lisa en la laguna de Santa Irene\n"
    "\n"
    "Por Lucrecia Osuna Beltrán\n"
    "\n"
    f"SANTA IRENE, Sin., 11 de septiembre de 2022 (NGS).- {FIRST_TAKE}\n"
    "\n"
    "(SIGUE)\n"
    "\n"
    "NGS-0912/SIN/MAREA\n"
    "2a. parte y última\n"
    "\n"
    f"{SECOND_TAKE}\n"
    "\n"
    "NGS/LOB/pqr\n"
    "\n"
    "Noticias del Golfo y Sierra. Prohibida su reproducción total o parcial.\n"
)


def test_a_slug_line_with_single_spaces_and_two_takes_make_one_story():
    article = read(TAKES)
    assert article.title == "Marea roja frena la pesca de lisa en la laguna de Santa Irene"
    assert names(article) == ["Lucrecia Osuna Beltrán"]
    assert article.published_at.date() == date(2022, 9, 11)
    assert article.source == "Noticias del Golfo y Sierra"
    assert article.body.startswith("Pescadores de la laguna")
    assert FIRST_TAKE in article.body and SECOND_TAKE in article.body
    for junk in ("NGS-0912", "1a. parte", "(SIGUE)", "2a. parte", "URGENTE", "NGS/LOB"):
        assert junk not in article.body


def test_a_message_number_apart_from_the_agency_code_and_a_bare_take_label():
    text = (
        "RDS 0317 2 4 0290 DGO-PRESA-NIVEL\n"
        "AMPLÍA\n"
        "Sube a 60 por ciento el nivel de la presa de la sierra tras las lluvias\n"
        "(Amplía con declaraciones del organismo de cuenca)\n"
        "\n"
        "EL SALTO, Dgo., 17 de marzo de 2016 (RDS).- La presa de la sierra alcanzó este "
        "jueves 60 por ciento de su capacidad, informó el organismo de cuenca.\n"
        "\n"
        "El organismo dijo que el agua alcanza para el riego de dos ciclos.\n"
        "\n"
        "RDS/MQE/lrt\n"
    )
    transmission = read_transmission(text)
    assert transmission is not None
    assert "RDS 0317" not in transmission.text and "AMPLÍA" not in transmission.text
    article = read(text)
    assert article.title == (
        "Sube a 60 por ciento el nivel de la presa de la sierra tras las lluvias"
    )
    assert article.published_at.date() == date(2016, 3, 17)
    assert article.body.startswith("La presa de la sierra alcanzó")
    assert "Amplía con" not in article.body


def test_a_print_systems_page_slug_and_tagged_lines():
    head = "LA GACETA DEL VALLE / PAG 7B / REGIÓN / 22-FEB-2012 / ED. MATUTINA"
    assert running_head(head) == {
        "source": "LA GACETA DEL VALLE",
        "section": "Región",
        "date": "22-FEB-2012",
    }
    assert running_head("Uno / Dos / Tres / Cuatro") is None
    text = (
        f"{head}\n"
        "CAB: Piden semáforo en el cruce de la escuela del ejido San Rafael\n"
        "SUM: Los padres de familia juntaron 400 firmas\n"
        "CRED: Por Genaro Ibarra Soto\n"
        "TXT:\n"
        "Padres de familia del ejido San Rafael entregaron al municipio 400 firmas para "
        "pedir un semáforo frente a la escuela primaria.\n"
        "El director de Tránsito dijo que el estudio vial estará listo en un mes.\n"
        "FIN NOTA\n"
    )
    article = read(text)
    assert article.title == "Piden semáforo en el cruce de la escuela del ejido San Rafael"
    assert names(article) == ["Genaro Ibarra Soto"]
    assert article.published_at.date() == date(2012, 2, 22)
    assert article.section == "Región"
    assert article.body.startswith("Padres de familia")
    for junk in ("CAB:", "CRED:", "TXT:", "FIN NOTA", "PAG 7B", "400 firmas\n"):
        assert junk not in article.body


RELEASE_LEDE = (
    "Zacatecas, Zacatecas, a 4 de abril de 2024.- Protección Civil Estatal instaló "
    "doce puestos de auxilio en las carreteras del estado durante el periodo vacacional."
)


def test_a_mail_picture_placeholder_is_no_title_and_an_office_named_for_its_work_issues():
    text = (
        "De: Prensa <prensa@pcivil.example.mx>\n"
        "Asunto: Operativo vacacional\n"
        "\n"
        "[image003.jpg]\n"
        "\n"
        "PROTECCIÓN CIVIL DEL ESTADO DE ZACATECAS\n"
        "Boletín 112/2024\n"
        "\n"
        "Instalan doce puestos de auxilio en carreteras por vacaciones\n"
        "\n"
        f"{RELEASE_LEDE}\n"
        "\n"
        "Los puestos funcionarán las 24 horas hasta el 14 de abril.\n"
        "\n"
        "-oOo-\n"
    )
    article = read(text)
    assert article.title == "Instalan doce puestos de auxilio en carreteras por vacaciones"
    # In normal case, «CIVIL» no roman numeral.
    assert article.issuer == "Protección Civil del Estado de Zacatecas"
    assert article.bulletin_number == "112/2024"
    assert "image003" not in article.body


def test_the_rows_behind_those_shapes():
    assert is_chrome_line("[image001.png]") and is_chrome_line("[cid:logo_prensa]")
    assert not is_chrome_line("[Nota de la redacción]")
    assert is_issuer_line("PARQUES ESTATALES DE DURANGO")
    assert not is_issuer_line("Parques estatales abren en Semana Santa")
    assert issuer_case("PROTECCIÓN CIVIL DE SONORA") == "Protección Civil de Sonora"
    assert issuer_case("XXIV AYUNTAMIENTO DE SONOITA") == "XXIV Ayuntamiento de Sonoita"
    assert is_end_marker("FIN NOTA") and is_end_marker("Fin de la nota")
    assert not is_end_marker("Fin de semana largo")


def jekyll(front: str, name: str = "2015-01-01-nota.md"):
    body = "El cabildo aprobó el presupuesto del año con el voto de nueve regidores.\n"
    return read(f"---\n{front}---\n\n{body}", name)


def test_a_drupal_node_status_and_its_unix_creation_time():
    published = jekyll("title: Aprueban presupuesto\nstatus: 1\ncreated: 1420113600\n")
    assert not published.draft
    # 1420113600 is 12:00 UTC on 1 January 2015: the same day in the newsroom.
    assert published.published_at.date() == date(2015, 1, 1)
    assert jekyll("title: Aprueban presupuesto\nstatus: 0\n").draft
    # A date key, when there is one, is the date; the creation time does not override it.
    dated = jekyll("title: Aprueban presupuesto\ndate: 2016-05-02\ncreated: 1420113600\n")
    assert dated.published_at.date() == date(2016, 5, 2)


def test_a_deck_over_a_byline_block_closed_by_a_photo_credit():
    text = (
        "Sonora\n"
        "Abren el nuevo mercado municipal de Navojoa tras un año de obras\n"
        "Los locatarios regresan con rentas congeladas por dos años\n"
        "Por Aurelio Valenzuela Ruiz | Corresponsal\n"
        "El Diario del Mayo\n"
        "Publicado el lunes 6 de mayo de 2024 | 10:12 · Actualizado el 7 de mayo de 2024\n"
        "Foto: Archivo / El Diario del Mayo\n"
        "\n"
        "El nuevo mercado municipal abrió este lunes sus 140 locales, después de un año "
        "de obras que costaron 38 millones de pesos.\n"
        "\n"
        "Los locatarios dijeron que la clientela volvió desde la primera hora.\n"
    )
    article = read(text)
    assert article.title == "Abren el nuevo mercado municipal de Navojoa tras un año de obras"
    assert names(article) == ["Aurelio Valenzuela Ruiz"]
    assert article.published_at.date() == date(2024, 5, 6)
    assert article.section == "Sonora"
    assert article.body.startswith("El nuevo mercado municipal")
    assert "Foto:" not in article.body and "Actualizado" not in article.body


WORDPRESS = (
    '<article id="post-77" class="post-77 post type-post status-publish hentry">\n'
    '<header class="entry-header">\n'
    '<span class="cat-links"><a href="/category/campo/" rel="category tag">Campo</a></span>\n'
    '<h1 class="entry-title">Llega la primera helada a los valles altos</h1>\n'
    '<div class="entry-meta"><span class="byline">Por <span class="author vcard">'
    '<a class="url fn n" href="/author/rg/">Rebeca Gallegos Nava</a></span></span> '
    '<time class="entry-date published" datetime="2021-11-03T23:10:00-06:00">3 noviembre, '
    '2021</time><time class="updated" datetime="2021-11-05T08:00:00-06:00">5 noviembre, '
    "2021</time></div>\n"
    "</header>\n"
    '<div class="entry-content">\n'
    "<p>La temperatura bajó a cuatro grados bajo cero en los valles altos la madrugada de "
    "este miércoles, y los productores de avena reportaron daños en las parcelas.</p>\n"
    "<p>Los agricultores pidieron al gobierno estatal adelantar el seguro catastrófico.</p>\n"
    "</div>\n"
    '<div class="sharedaddy"><h3 class="sd-title">Comparte esto:</h3></div>\n'
    "</article>\n"
)

DRUPAL = (
    '<div id="node-5" class="node node-article clearfix">\n'
    '  <h2 class="node-title"><a href="/nota/5">Reparan el puente colgante del río</a></h2>\n'
    '  <div class="submitted">Enviado por editor el Vie, 02/14/2014 - 09:30</div>\n'
    '  <div class="field field-name-field-seccion"><div class="field-label">Sección:&nbsp;'
    '</div><div class="field-items"><div class="field-item even">Municipios</div></div></div>\n'
    '  <div class="field field-name-field-autor"><div class="field-items"><div '
    'class="field-item even">Octavio Serna Lugo</div></div></div>\n'
    '  <div class="field field-name-field-fuente"><div class="field-label">Fuente:&nbsp;'
    '</div><div class="field-items"><div class="field-item even">La Voz del Río</div></div>'
    "</div>\n"
    '  <div class="field field-name-body"><div class="field-items"><div class="field-item">'
    "<p>Cuadrillas municipales comenzaron a cambiar los cables del puente colgante que une "
    "a las dos orillas del río.</p>\n<p>El paso estará cerrado dos semanas.</p>\n"
    "</div></div></div>\n"
    '  <div class="field field-name-field-tags"><div class="field-label">Etiquetas:&nbsp;'
    '</div><a href="/t/puentes">puentes</a></div>\n'
    '  <ul class="links inline"><li class="comment-add"><a href="#">Añadir nuevo '
    "comentario</a></li></ul>\n"
    "</div>\n"
)


def test_a_wordpress_theme_fragment():
    article = read(WORDPRESS, "nota.md")
    assert article.title == "Llega la primera helada a los valles altos"
    assert names(article) == ["Rebeca Gallegos Nava"]
    # The publication stamp's date as written (not UTC's, not the update's).
    assert article.published_at.date() == date(2021, 11, 3)
    assert article.section == "Campo"
    assert article.body.startswith("La temperatura bajó")
    assert "Comparte esto" not in article.body and "<" not in article.body


def test_a_drupal_node_fragment_with_its_month_first_stamp():
    fragment = read_cms_fragment(DRUPAL)
    assert fragment is not None and fragment.fields["date"] == "2014-02-14"
    article = read(DRUPAL, "nota.md")
    assert article.title == "Reparan el puente colgante del río"
    assert names(article) == ["Octavio Serna Lugo"]
    assert article.source == "La Voz del Río"
    assert article.section == "Municipios"
    assert article.published_at.date() == date(2014, 2, 14)
    assert article.body.startswith("Cuadrillas municipales")
    for junk in ("Etiquetas", "Añadir nuevo comentario", "Enviado por", "Sección:"):
        assert junk not in article.body


def test_html_without_a_themes_title_and_body_is_no_fragment():
    assert read_cms_fragment("<div><p>Un párrafo suelto.</p></div>") is None
    assert read_cms_fragment("Texto llano con <b>negritas</b>.") is None


def test_the_credit_closing_a_caption_under_the_end_marker():
    text = (
        "H. AYUNTAMIENTO DE TECATE\n"
        "Comunicado 088/2022\n"
        "\n"
        "Rehabilitan la cancha de la unidad deportiva del poniente\n"
        "\n"
        "Tecate, Baja California, a 9 de mayo de 2022.- El Ayuntamiento entregó la cancha "
        "rehabilitada de la unidad deportiva del poniente, con nueva iluminación.\n"
        "\n"
        "La obra costó 1.2 millones de pesos, informó la dirección de Obras.\n"
        "\n"
        "-oOo-\n"
        "\n"
        "Pie de foto: Niñas de la liga local juegan en la cancha renovada. "
        "(Foto: Comunicación Social)\n"
        "\n"
        "Comunicación Social\n"
        "Tel. 555 100 2000\n"
    )
    article = read(text)
    assert article.lead_image_credit == "Comunicación Social"
    assert "Pie de foto" not in article.body


def test_a_link_to_the_photos_under_the_end_marker_is_no_credit():
    text = (
        "H. AYUNTAMIENTO DE TECATE\n"
        "Comunicado 089/2022\n"
        "\n"
        "Inauguran el parque lineal del arroyo\n"
        "\n"
        "Tecate, Baja California, a 10 de mayo de 2022.- El Ayuntamiento inauguró el parque "
        "lineal del arroyo, con dos kilómetros de andador y juegos infantiles.\n"
        "\n"
        "* * *\n"
        "\n"
        "Fotografías: https://fotos.example.mx/tecate/089\n"
    )
    assert read(text).lead_image_credit == ""


def test_the_outlet_a_closing_copyright_names_is_the_source():
    assert copyright_outlet(
        "© 2019 Agencia Costera de Noticias. Todos los derechos reservados."
    ) == ("Agencia Costera de Noticias")
    assert copyright_outlet("© Ana Ruiz Peña. Todos los derechos reservados.") == ""
    assert copyright_outlet("La obra costó 3 millones.") == ""
    text = (
        "## Cierran el muelle de pescadores por oleaje\n"
        "\n"
        "*ACN* | Por Ramiro Chan Poot | 14/09/2019\n"
        "\n"
        "PROGRESO, Yuc. (ACN).— La capitanía de puerto cerró el muelle de pescadores por el "
        "oleaje de hasta tres metros que dejó el frente frío.\n"
        "\n"
        "Los pescadores dijeron que esperan volver al mar el lunes.\n"
        "\n"
        "© Agencia Costera de Noticias. Todos los derechos reservados.\n"
    )
    article = read(text, "nota.md")
    assert article.source == "Agencia Costera de Noticias"  # not its acronym alone
    assert "derechos reservados" not in article.body
