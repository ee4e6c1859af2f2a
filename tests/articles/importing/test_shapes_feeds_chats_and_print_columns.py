"""A feed's entry saved as text (RSS and Atom fields over the entry's HTML, a blog's
«La entrada … se publicó primero en …» footer), a chat export that opens with the
app's own notice and sends the headline and the writer's credit as messages of their
own, a title's leading pictograph and Markdown escapes, a print page's running head
typed back in columns, a notice's label and an administration's motto in a release's
header, and a document exporter's embedded pictures: invented texts, asserting what
an editor sees."""

from datetime import date

from articles.importing.cleaning.chat import strip_chat_export
from articles.importing.cleaning.field_block import read_field_block, running_head
from articles.importing.cleaning.text import clean_title, drop_cms_markup
from articles.importing.parsing import parse_bytes


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


LEDE = (
    "Los productores de dátil del valle informaron este jueves que la cosecha se "
    "adelantó dos semanas por el calor de junio y que ya negocian precios con dos "
    "empacadoras de la región."
)
SECOND = "La asociación estima que la producción superará las 900 toneladas este año."
THIRD = "Los compradores pidieron que el fruto se entregue seleccionado por tamaño."


def test_a_feed_item_saved_as_text_gives_its_fields_and_its_html_is_the_body():
    article = read(
        "Title: Adelantan la cosecha de dátil en el valle por el calor de junio\n"
        "Link: https://diariodelvalle.example.mx/2019/07/04/datil/\n"
        "Date: Thu, 04 Jul 2019 18:20:00 -0700\n"
        "Author: mesa@diariodelvalle.example.mx (Tomasa Urías León)\n"
        "Category: Campo\n"
        "Category: Economía\n"
        "Feed: Diario del Valle — La voz del desierto\n"
        "\n"
        f"<p>{LEDE}</p>\n"
        f"<p>{SECOND}</p>\n"
        f"<p>{THIRD}</p>\n"
        '<p>La entrada <a href="https://diariodelvalle.example.mx/2019/07/04/datil/">'
        "Adelantan la cosecha de dátil</a> se publicó primero en "
        '<a href="https://diariodelvalle.example.mx">Diario del Valle</a>.</p>\n',
        "datil.txt",
    )
    assert article.title == "Adelantan la cosecha de dátil en el valle por el calor de junio"
    assert names(article) == ["Tomasa Urías León"]
    assert article.published_at.date() == date(2019, 7, 4)
    assert article.source == "Diario del Valle"
    assert article.section == "Campo"
    assert article.body.startswith("Los productores de dátil")
    assert article.body.rstrip().endswith("seleccionado por tamaño.")
    for leak in ("Link:", "mesa@", "La voz del desierto", "se publicó primero", "<a"):
        assert leak not in article.body


def test_an_atom_entry_under_the_note_of_whoever_saved_it():
    text = (
        "Copia de la entrada guardada el 2015-02-11 09:10\n"
        "feed: Noticias del Desierto — Portal informativo\n"
        "title: Reabren el paso de montaña tras la nevada del fin de semana\n"
        "author/name: Efrén Quiñónez Parra\n"
        "author/email: equinonez@desierto.example.mx\n"
        "published: 2015-02-09T19:30:00-07:00\n"
        "updated: 2015-02-10T08:00:00-07:00\n"
        "category: Carreteras\n"
        "id: tag:desierto.example.mx,2015:entrada-88\n"
        "link: https://desierto.example.mx/carreteras/paso\n"
        "\n"
        "content (html):\n"
        f"<p>{LEDE}</p>\n<p>{SECOND}</p>\n"
    )
    block = read_field_block(text)
    assert block is not None
    assert block.fields["byline"] == "Efrén Quiñónez Parra"
    assert "Copia de la entrada guardada el 2015-02-11 09:10" in block.removed
    article = read(text, "paso.txt")
    assert article.title == "Reabren el paso de montaña tras la nevada del fin de semana"
    assert names(article) == ["Efrén Quiñónez Parra"]
    assert article.published_at.date() == date(2015, 2, 9)
    assert article.source == "Noticias del Desierto"
    assert article.section == "Carreteras"
    assert article.body.startswith("Los productores de dátil")
    for leak in ("equinonez@", "tag:desierto", "content (html)", "Copia de la entrada"):
        assert leak not in article.body


def test_a_bare_address_as_a_feeds_author_names_nobody():
    block = read_field_block(
        "Title: Reabren el paso de montaña\n"
        "Author: redaccion@desierto.example.mx\n"
        "Date: Mon, 09 Feb 2015 19:30:00 -0700\n"
        "Category: Carreteras\n\n"
        f"{LEDE}\n"
    )
    assert block is not None
    assert "byline" not in block.fields
    assert "Author: redaccion@desierto.example.mx" in block.removed


def test_a_chat_export_opening_with_the_apps_own_notice():
    text = (
        "14/08/22 6:58 - Los mensajes y las llamadas están cifrados de extremo a extremo.\n"
        "14/08/22 7:01 - Noticias Sierra Sur: *🔴 Cierran la carretera a la costa por "
        "un deslave en el kilómetro 140*\n"
        "14/08/22 7:01 - Noticias Sierra Sur: _Texto: Abigail Ramírez Santos_\n"
        f"14/08/22 7:02 - Noticias Sierra Sur: {LEDE}\n\n{SECOND}\n\n{THIRD}\n"
        "14/08/22 7:03 - Noticias Sierra Sur: Comparte con tus contactos 🙏\n"
    )
    story, removed = strip_chat_export(text)
    assert "cifrados" not in story
    assert any("cifrados" in line for line in removed)
    article = read(text, "chat.txt")
    assert article.title == "Cierran la carretera a la costa por un deslave en el kilómetro 140"
    assert names(article) == ["Abigail Ramírez Santos"]
    assert article.body.startswith("Los productores de dátil")
    assert "Texto:" not in article.body


def test_a_titles_leading_pictograph_and_markdown_escapes_are_no_part_of_it():
    assert clean_title("📢⚠️ Suspenden clases en la costa") == "Suspenden clases en la costa"
    assert clean_title("Lanzan la campaña \\#RíoLimpio en el puerto") == (
        "Lanzan la campaña #RíoLimpio en el puerto"
    )
    assert clean_title("Llega el 2\\. festival del mango") == "Llega el 2. festival del mango"


def test_a_print_pages_running_head_typed_back_in_columns():
    spaces = " " * 8
    head = running_head(
        f"3B{spaces}LA GACETA DEL PUERTO{spaces}Guaymas, Son., martes 4 de abril de 2006"
    )
    assert head == {
        "source": "La Gaceta del Puerto",
        "date": "martes 4 de abril de 2006",
    }
    inner = running_head(
        f"\f8B{spaces}REGIÓN{spaces}LA GACETA DEL PUERTO{spaces}Martes 4 de abril de 2006"
    )
    assert inner is not None and inner["section"] == "Región"
    assert running_head("Los   vecinos   dijeron   que   sí") is None
    article = read(
        "3B        LA GACETA DEL PUERTO        Guaymas, Son., martes 4 de abril de 2006\n\n"
        "Pesca\n\n"
        "Pescadores de camarón piden\n"
        "adelantar el fin de la veda\n\n"
        "Por Dionisio Valenzuela Soto\n"
        "Reportero\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "PASA A LA PÁGINA 8B\n"
        "\f8B        REGIÓN        LA GACETA DEL PUERTO        Martes 4 de abril de 2006\n\n"
        f"{THIRD}\n",
        "gaceta.txt",
    )
    assert article.title == "Pescadores de camarón piden adelantar el fin de la veda"
    assert article.source == "La Gaceta del Puerto"
    assert article.published_at.date() == date(2006, 4, 4)
    assert names(article) == ["Dionisio Valenzuela Soto"]
    assert "GACETA" not in article.body and "PASA A LA" not in article.body


def test_a_notices_label_over_a_releases_title_is_no_title():
    article = read(
        "AYUNTAMIENTO DE PUERTO LIBERTAD\n"
        "Dirección de Comunicación Social\n"
        "Boletín 077\n\n"
        "ALERTA A LA CIUDADANÍA\n\n"
        "Cierran el malecón por marea alta durante el fin de semana\n\n"
        f"Puerto Libertad, Son., 3 de octubre de 2018.- {LEDE}\n\n{SECOND}\n",
        "aviso.txt",
    )
    assert article.title == "Cierran el malecón por marea alta durante el fin de semana"
    assert "ALERTA" not in article.body


def test_an_administrations_motto_between_a_releases_offices_is_header():
    article = read(
        "H. AYUNTAMIENTO DE SANTA ROSALÍA DEL MAR\n"
        "“Unidos por el progreso de nuestra gente”\n"
        "COORDINACIÓN DE COMUNICACIÓN SOCIAL\n\n"
        "COMUNICADO 112/18\n\n"
        "Santa Rosalía del Mar, 9 de mayo de 2018.\n\n"
        "ENTREGAN 40 LANCHAS A COOPERATIVAS RIBEREÑAS\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        "lanchas.txt",
    )
    assert article.title == "ENTREGAN 40 LANCHAS A COOPERATIVAS RIBEREÑAS"
    assert article.bulletin_number == "112/18"
    assert "Unidos por el progreso" not in article.body


def test_a_document_exporters_embedded_pictures_are_dropped():
    text = (
        f"{LEDE}\n\n![][image1]\n\n{SECOND}\n\n"
        "[image1]: <data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB>\n"
    )
    cleaned = drop_cms_markup(text)
    assert "data:image" not in cleaned and "![][image1]" not in cleaned
    assert LEDE in cleaned and SECOND in cleaned
    kept = "![Mapa](https://example.mx/mapa.png)\n\n[nota]: https://example.mx/nota\n"
    assert drop_cms_markup(kept) == kept


def test_a_byline_an_exporter_bolded_word_by_word():
    article = read(
        "# Llega la temporada de ballenas a la laguna\n\n"
        "Por **Rebeca** **Amador Ojeda**  \n"
        "12 de enero de 2021\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        "ballenas.md",
    )
    assert names(article) == ["Rebeca Amador Ojeda"]
    assert article.published_at.date() == date(2021, 1, 12)


def test_a_reporters_notes_to_the_desk_in_the_copy_are_not_body():
    article = read(
        "Suben las tortillas dos pesos en el mercado del puerto\n\n"
        "OJO MESA: va para el sábado, falta foto de la tortillería\n\n"
        "los tortilleros del mercado subieron el kilo a 24 pesos desde el lunes "
        "[checar cifra con Economía] y dicen que la harina subió otra vez\n\n"
        f"{SECOND}\n\n"
        "--\n"
        "NOTAS: pedir dato oficial de precios a la Profeco\n",
        "tortillas.txt",
    )
    assert "OJO MESA" not in article.body
    assert "checar cifra" not in article.body
    assert "pedir dato oficial" not in article.body
    assert "subieron el kilo a 24 pesos desde el lunes y dicen" in article.body
    note = "Nota para el público: [1] véase el anexo"
    kept = read(f"Título de prueba para una nota\n\n{LEDE}\n\n{note}\n", "anexo.txt")
    assert note in kept.body


def test_a_blog_platforms_head_and_closing_writers_card():
    article = read(
        "# Los guardianes del manglar\n\n"
        "[![Marisol Chan Pech](https://img.example.mx/avatar.jpeg)]"
        "(https://blogs.example.mx/@marisolchan)\n\n"
        "[Marisol Chan Pech](https://blogs.example.mx/@marisolchan?source=post_page)\n\n"
        "Follow\n\n"
        "Published in [Costa Viva](https://blogs.example.mx/costa-viva)\n\n"
        "·\n\n7 min read\n\n·\n\nAug 3, 2021\n\n--\n\nListen\n\nShare\n\n"
        f"{LEDE}\n\n{SECOND}\n\n{THIRD}\n\n"
        "--\n\n--\n\n"
        "[![Costa Viva](https://img.example.mx/logo.png)](https://blogs.example.mx/costa-viva)\n\n"
        "Written by Marisol Chan Pech\n\n"
        "1,204 Followers\n\n"
        "Reportera de Costa Viva. Historias de la costa.\n",
        "manglar.md",
    )
    assert names(article) == ["Marisol Chan Pech"]
    assert article.source == "Costa Viva"
    assert article.published_at.date() == date(2021, 8, 3)
    assert article.body.startswith("Los productores de dátil")
    assert article.body.rstrip().endswith("seleccionado por tamaño.")
    for leak in ("min read", "Listen", "Follow", "Written by", "Followers", "Historias de"):
        assert leak not in article.body


def test_a_print_subscription_pitch_and_edition_note_close_no_story():
    article = read(
        "Productores de dátil adelantan la cosecha en el valle\n\n"
        "Por Tomasa Urías León\n\n"
        f"{LEDE}\n\n{SECOND}\n\n{THIRD}\n\n"
        "Este reportaje se publicó en la edición impresa número 412 de El Valle. "
        "Suscripciones: suscripciones@elvalle.example.mx\n\n"
        "Suscríbase a la edición impresa: 24 números por 480 pesos.\n",
        "datil.txt",
    )
    assert article.body.rstrip().endswith("seleccionado por tamaño.")


def test_a_social_posts_pictograph_before_the_credit_and_reactions_under_it():
    article = read(
        "Diario del Soconusco\n"
        "3 de abril de 2019 a las 8:15 · 🌎\n\n"
        "Piden productores de mango un centro de acopio en Tapachula\n\n"
        "✍️ Por: Celia Montes Aguilar\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "👍😮😢 2,3 mil · 140 comentarios · 88 veces compartido\n"
        "Me gusta · Comentar · Compartir\n",
        "mango.txt",
    )
    assert names(article) == ["Celia Montes Aguilar"]
    assert "comentarios" not in article.body and "Me gusta" not in article.body


def test_an_english_month_abbreviation_that_is_a_spanish_weekday_too():
    from articles.importing.cleaning.dates import parse_date_line

    assert parse_date_line("Mar 12, 2020").date() == date(2020, 3, 12)
    assert parse_date_line("Tue, 14 Mar 2017 21:40:00 -0700").date() == date(2017, 3, 14)


def test_a_word_processors_bold_runs_in_a_releases_header():
    article = read(
        "**INSTITUTO TECNOLÓGICO DEL VALLE**\n\n"
        "**Departamento de Comunicación y Difusión**\n\n"
        "**Boletín** **ITV/DCD/031/2020**\n\n"
        "**Abre el Tecnológico su convocatoria de ingreso en tres campus**\n\n"
        "San Quintín, B.C.**,** 9 de marzo de 2020**.-** " + LEDE + "\n\n" + SECOND + "\n",
        "itv.md",
    )
    assert article.title == "Abre el Tecnológico su convocatoria de ingreso en tres campus"
    assert article.bulletin_number == "ITV/DCD/031/2020"
    assert article.published_at.date() == date(2020, 3, 9)
    assert article.dateline_city == "San Quintín"


def test_a_releases_dateline_in_italics_alone_under_its_title():
    article = read(
        "GOBIERNO DEL ESTADO DE SONORA\n"
        "Coordinación de Comunicación Social\n\n"
        "No. 0412/19\n\n"
        "# Inicia la veda de camarón en altamar\n\n"
        "*Hermosillo, Sonora, 2 de abril de 2019*\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        "veda.md",
    )
    assert article.published_at.date() == date(2019, 4, 2)
    assert article.dateline_city == "Hermosillo"
    assert article.body.startswith("Los productores de dátil")


def test_a_releases_closing_note_about_its_issuer_is_no_body():
    text = (
        "SECRETARÍA DE ECONOMÍA DEL ESTADO\n"
        "Comunicado 88/2022\n\n"
        "Abren ventanilla para exportadores de dátil\n\n"
        f"Mexicali, B.C., 5 de mayo de 2022.- {LEDE}\n\n{SECOND}\n\n"
        "Acerca del Consejo Estatal del Dátil\n"
        "El Consejo Estatal del Dátil es un organismo que agrupa a productores y "
        "empacadoras del valle desde 1998.\n\n"
        "-o0o-\n"
    )
    article = read(text, "consejo.txt")
    assert article.body.rstrip().endswith(SECOND)
    wrapped = read(
        text.replace(
            "Acerca del Consejo Estatal del Dátil\nEl Consejo",
            "Sobre el particular, el consejo dijo que\nel Consejo",
        ),
        "consejo2.txt",
    )
    assert "Sobre el particular" in wrapped.body


def test_a_cms_pager_closing_a_story_and_a_quoted_name_in_capitals():
    from articles.importing.cleaning.boilerplate import is_chrome_line
    from articles.importing.cleaning.names import spanish_name_case

    assert is_chrome_line("< Anterior   Siguiente >")
    assert is_chrome_line("« Previous | Next »")
    assert not is_chrome_line("Anterior a la reunión")
    assert spanish_name_case('UNIVERSIDAD "BENITO JUÁREZ"') == 'Universidad "Benito Juárez"'


def test_a_release_pasted_from_a_pdf_loses_each_pages_furniture():
    footer = "Av. del Puerto 45, Centro · Guaymas, Sonora · (622) 555 0190"
    article = read(
        "AYUNTAMIENTO DE GUAYMAS\n"
        "Dirección de Comunicación Social\n"
        "Boletín 233/21\n\n"
        "Rehabilitan el muelle de pescadores de la bahía\n\n"
        f"Guaymas, Son., 6 de mayo de 2021.- {LEDE}\n\n"
        f"{footer}\n"
        "Página 1 de 2\n\n"
        "Ayuntamiento de Guaymas · Boletín 233/21 · 06/05/21\n\n"
        f"{SECOND}\n\n"
        "Boletín 233/21 · Hoja 2\n\n"
        f"{THIRD}\n\n"
        "-o0o-\n\n"
        f"{footer}\n"
        "Página 2 de 2\n",
        "muelle.txt",
    )
    for leak in ("Av. del Puerto", "Hoja 2", "Boletín 233/21", "06/05/21"):
        assert leak not in article.body
    assert SECOND in article.body and THIRD in article.body
    assert article.bulletin_number == "233/21"


def test_an_agencys_name_over_its_slug_line_and_its_takes():
    article = read(
        "ANSO — Agencia de Noticias del Sotavento\n"
        "ANSO   VER-PUERTO/1   14-02-2013   09:40\n"
        "SERVICIO ESPECIAL PARA SUSCRIPTORES\n\n"
        "Llegan tres cruceros al puerto en una sola semana\n\n"
        "Por Hilda Cházaro Ruiz / Corresponsal\n\n"
        f"VERACRUZ, Ver., 14 de febrero de 2013 (ANSO).- {LEDE}\n\n{SECOND}\n\n"
        "-MÁS-\n\n"
        "ANSO   VER-PUERTO/2   14-02-2013   09:52   (2a. parte)\n\n"
        f"{THIRD}\n\n"
        "ANSO/HCR/jlm/09:52\n",
        "cruceros.txt",
    )
    assert article.title == "Llegan tres cruceros al puerto en una sola semana"
    assert article.source == "Agencia de Noticias del Sotavento"
    assert article.published_at.date() == date(2013, 2, 14)
    assert names(article) == ["Hilda Cházaro Ruiz"]
    assert article.body.startswith("Los productores de dátil")
    for leak in ("MÁS", "VER-PUERTO", "SUSCRIPTORES", "ANSO/HCR"):
        assert leak not in article.body
    assert THIRD in article.body


def test_a_tv_reports_crew_under_the_reporter_and_the_newscasts_schedule():
    article = read(
        "Se desborda el canal de riego en el ejido Las Palmas\n\n"
        "Canal Diez Noticias · Regional\n"
        "14/08/2016 · 21:10 hrs\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "Reportó: Octavio Leyva Ruelas\n"
        "Camarógrafo: Marcos Ibarra Lugo\n\n"
        "Canal Diez Noticias se transmite de lunes a viernes a las 21:00 horas.\n"
        "Comparte: Facebook · Twitter · Correo\n",
        "canal.md",
    )
    assert names(article) == ["Octavio Leyva Ruelas"]
    assert article.lead_image_credit == ""
    assert article.body.rstrip().endswith(SECOND)
    for leak in ("Camarógrafo", "se transmite", "Comparte"):
        assert leak not in article.body
