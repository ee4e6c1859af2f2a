"""Text pasted from screens and the furniture that leaks into bodies: a web page copied
with no blank line between its masthead, menu, title, byline, date, paragraphs and
footer; a social post's counters and action bar on one line; a page's post head (its
name over the stamp and audience icon); an agency's service mailed with its banner over
the headline; an export's end mark with the story's number. Invented texts."""

from datetime import date

from articles.importing.cleaning.chrome import is_reaction_line
from articles.importing.cleaning.furniture import is_newsletter_line
from articles.importing.cleaning.press import is_end_marker
from articles.importing.cleaning.social_post import read_page_post_head
from articles.importing.parsing import parse_bytes
from articles.importing.readers import open_pasted_page


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


PARAGRAPH_ONE = (
    "Los productores de nuez del sur de Coahuila calculan que la cosecha de este año será "
    "la más corta en una década, porque la helada de marzo quemó la flor en la mayoría de "
    "las huertas de los municipios de la región lagunera y del desierto."
)
PARAGRAPH_TWO = (
    "La asociación de nogaleros pidió a la Secretaría de Agricultura que adelante los "
    "apoyos para replantar y que revise el precio de garantía, que no ha cambiado desde "
    "hace tres ciclos, aunque los costos de riego subieron casi al doble."
)

PASTED_PAGE = (
    "EL CLARÍN DE LA LAGUNA\n"
    "Inicio   Secciones   Buscar   Suscríbete\n"
    "Inicio › Campo\n"
    "Helada deja la cosecha de nuez más corta en una década\n"
    "Por Rosendo Aguirre Villarreal\n"
    "3 de noviembre de 2021 | 09:40 a.m.\n"
    "Compartir: Facebook   Twitter   WhatsApp\n"
    f"{PARAGRAPH_ONE}\n"
    f"{PARAGRAPH_TWO}\n"
    "Etiquetas: nuez, Coahuila, helada\n"
    "Comentarios (3)\n"
    "© 2021 El Clarín de la Laguna. Todos los derechos reservados.\n"
)


def test_a_page_pasted_with_no_blank_line_is_read_line_by_line():
    article = read(PASTED_PAGE)
    assert article.title == "Helada deja la cosecha de nuez más corta en una década"
    assert [b.name for b in article.bylines] == ["Rosendo Aguirre Villarreal"]
    assert article.published_at.date() == date(2021, 11, 3)
    assert article.source == "El Clarín de la Laguna"  # the masthead as the footer spells it
    assert PARAGRAPH_ONE in article.body and PARAGRAPH_TWO in article.body
    for leak in ("Etiquetas", "Comentarios (3)", "Todos los derechos", "Suscríbete"):
        assert leak not in article.body


def test_only_a_page_without_blank_lines_and_with_paragraph_lines_is_opened():
    wrapped = "\n".join(["Una línea de texto envuelto a setenta columnas, como en papel"] * 10)
    assert open_pasted_page(wrapped) == wrapped  # hard-wrapped prose: no paragraph lines
    with_blanks = PASTED_PAGE.replace("Por Rosendo", "\nPor Rosendo")
    assert open_pasted_page(with_blanks) == with_blanks  # the writer set its paragraphs
    assert "\n\nPor Rosendo Aguirre Villarreal\n\n" in open_pasted_page(PASTED_PAGE)


def test_a_posts_counters_and_action_bar_on_one_line_are_the_bar():
    assert is_reaction_line("41 comentarios · 96 veces compartido")
    assert is_reaction_line("1,2 mil reacciones  88 comentarios")
    assert is_reaction_line("Me gusta    Comentar    Compartir")
    assert is_reaction_line("😡😢👍 2,3 mil")
    assert not is_reaction_line("Comentar la reforma llevó tres sesiones al cabildo")
    assert not is_reaction_line("Compartieron 96 fotografías del desfile")
    post = (
        "## Cierran el puente de la calle Juárez por revisión estructural\n"
        "\n"
        "Protección Civil cerró este lunes el puente vehicular de la calle Juárez para "
        "revisar las grietas que aparecieron tras las lluvias.\n"
        "\n"
        "Los peatones podrán cruzar por el puente de la calle Hidalgo.\n"
        "\n"
        "😮👍 321\n"
        "19 comentarios · 44 veces compartido\n"
        "Me gusta   Comentar   Compartir\n"
    )
    body = read(post, "nota.md").body
    assert body.endswith("por el puente de la calle Hidalgo.")
    assert "comentarios" not in body and "Compartir" not in body


def test_a_pages_post_head_names_the_outlet_and_dates_the_story():
    post = (
        "Noticias del Valle de Tehuacán\n"
        "22 de junio de 2017 a las 08:15 · 🌎\n"
        "\n"
        "Granizada tumba techos de lámina en tres juntas auxiliares de Tehuacán\n"
        "\n"
        "La tormenta de la madrugada dejó granizo de hasta tres centímetros en San Diego "
        "Chalma, San Pablo Tepetzingo y Santa María Coapan, donde al menos 40 viviendas "
        "perdieron parte de sus techos.\n"
        "\n"
        "El Ayuntamiento instaló un centro de acopio en la presidencia auxiliar.\n"
    )
    head = read_page_post_head(post)
    assert head is not None and head[2]["source"] == "Noticias del Valle de Tehuacán"
    article = read(post)
    assert article.title.startswith("Granizada tumba techos")
    assert article.source == "Noticias del Valle de Tehuacán"
    assert article.published_at.date() == date(2017, 6, 22)
    assert read_page_post_head("Título de una nota\n22 de junio de 2017\n\nTexto.") is None


def test_an_agencys_mailed_service_reads_its_headline_not_its_headers():
    mail = (
        "De: Mesa de Noticias ANO <mesa@ano.example.mx>\n"
        "Enviado: jueves, 14 de abril de 2016 06:05 p.m.\n"
        "Para: Redacción Diario Costero <redaccion@costero.example.mx>\n"
        "Asunto: [ANO] GRO-PESCA / Pescadores de Zihuatanejo piden ampliar la veda\n"
        "\n"
        "AGENCIA DE NOTICIAS DEL OCCIDENTE (ANO)\n"
        "Envío 0931 | Prioridad: normal | 410 palabras\n"
        "\n"
        "COSTAS\n"
        "\n"
        "Pescadores de Zihuatanejo piden ampliar la veda del huachinango\n"
        "\n"
        "Por Eréndira Salgado Nava\n"
        "Corresponsal ANO\n"
        "\n"
        "ZIHUATANEJO, Gro., 14 de abril (ANO).- Las cooperativas de la bahía pidieron a "
        "las autoridades federales ampliar dos meses la veda del huachinango, porque las "
        "capturas del último año fueron la mitad de las de 2014.\n"
        "\n"
        "Los pescadores ofrecieron vigilar ellos mismos la zona de reproducción.\n"
        "\n"
        "--\n"
        "Usted recibe este servicio porque su medio está suscrito a la Agencia de "
        "Noticias del Occidente. Para dejar de recibirlo responda BAJA.\n"
    )
    article = read(mail)
    assert article.title == "Pescadores de Zihuatanejo piden ampliar la veda del huachinango"
    assert [b.name for b in article.bylines] == ["Eréndira Salgado Nava"]
    assert article.published_at.date() == date(2016, 4, 14)
    assert article.source == "Agencia de Noticias del Occidente"
    assert article.section == "COSTAS"
    assert article.body.startswith("Las cooperativas de la bahía")
    assert article.body.endswith("la zona de reproducción.")
    assert "Envío 0931" not in article.body


def test_a_services_subscription_notice_is_a_newsletter_line():
    assert is_newsletter_line("Usted recibe este servicio porque su diario es cliente.")
    assert is_newsletter_line("Para dejar de recibirla responda a este mensaje con BAJA.")
    assert not is_newsletter_line("Los vecinos dejaron de recibir agua desde el lunes.")


def test_an_end_mark_may_carry_the_storys_number():
    assert is_end_marker("END OF STORY 40127")
    assert is_end_marker("-END-")
    assert is_end_marker("FIN DE NOTA 5512")
    assert not is_end_marker("Endless summer")
    assert not is_end_marker("END OF STORY and more words here")
