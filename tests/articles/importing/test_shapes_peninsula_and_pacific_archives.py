"""Known shapes in the variants the peninsula's and the Pacific's archives hold: a
teletype's «ZCZC» line carrying the number and the slug, a running head whose page
number has a hyphen, print tags no table lists, a line saying where a post was shared
from, an outlet's name alone over a post, and release headers whose contact block,
notice to members, club name or labelled place line stood over the title: invented
texts, asserting what an editor sees."""

import textwrap
from datetime import date

from articles.importing.parsing import parse_bytes

from .conftest import LEDE, SECOND, THIRD


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


def test_zczc_line_with_the_message_number_and_the_slug_is_no_title():
    for start in (
        "ZCZC NTS0412 BC-OAXACA-APICULTURA",
        "ZCZC NTS0412 2 EST APICULTURA-ZACUALPAN",
        "ZCZC NTS0412 APICULTURA/VALLE 14-05-01 10:12",
    ):
        text = (
            f"{start}\n"
            "NTS - Noticias del Tule y la Sierra\n"
            "14-05-2001 10:12\n"
            "PRIORIDAD: NORMAL\n\n"
            "Apicultores del valle reportan la cosecha más corta en una década\n\n"
            "Por Rosendo Matus Olivera\n\n"
            f"ZACUALPAN, Oax., 14 de mayo (NTS).- {LEDE}\n\n{SECOND}\n\n{THIRD}\n\n"
            "NTS/RMO/pqa\n"
            "NNNN\n"
        )
        article = read(text)
        assert article.title == "Apicultores del valle reportan la cosecha más corta en una década"
        assert article.source == "Noticias del Tule y la Sierra"
        assert article.published_at.date() == date(2001, 5, 14)
        assert names(article) == ["Rosendo Matus Olivera"]
        assert article.body.startswith("Los apicultores del valle")
        assert "ZCZC" not in article.body and "NTS0412" not in article.body


def typed_back(paragraph: str) -> str:
    """A paragraph as a page typed back holds it: wrapped, its first line indented."""
    return "\n".join(textwrap.wrap(paragraph, 70, initial_indent="   "))


def test_running_head_in_columns_with_a_hyphenated_page_number():
    for page in ("PÁGINA 7-B", "Pág. B-7", "7-B"):
        text = (
            f"EL CORREO DEL MEZQUITAL          Ixmiquilpan, Hgo., jueves 3 de abril de 1997"
            f"          {page}\n"
            "REGIÓN\n"
            "Apicultores del valle reportan la cosecha más corta en una década\n"
            "Por Rosendo Matus Olivera\n"
            f"{typed_back(LEDE)}\n{typed_back(SECOND)}\n{typed_back(THIRD)}\n"
        )
        article = read(text)
        assert article.title == "Apicultores del valle reportan la cosecha más corta en una década"
        assert article.published_at.date() == date(1997, 4, 3)
        assert article.source == "El Correo del Mezquital"
        assert names(article) == ["Rosendo Matus Olivera"]
        assert article.section in ("REGIÓN", "Región")
        assert "CORREO DEL MEZQUITAL" not in article.body
        assert article.body.startswith("Los apicultores del valle")
        assert article.body.count("\n\n") == 2  # three paragraphs, marked by indentation


def test_print_tags_the_table_does_not_list_are_still_a_tagged_page():
    for kicker in ("@Cintillo:Campo", "@Volanta:Campo", "@Etiqueta_roja:Campo"):
        text = (
            "<v5.00><e0>\r"
            "@Folio:La Hoja del Mezquital<\\t>Ixmiquilpan, Hidalgo<\\t>Jueves 3 de abril de 1997"
            "<\\t>Página 6B\r"
            f"{kicker}\r"
            "@Cabeza:Apicultores del valle reportan la cosecha más corta en una década\r"
            "@Credito:Rosendo Matus Olivera\r"
            f"@Texto:{LEDE}\r"
            f"@Texto:{SECOND}\r"
            f"@Texto:{THIRD}\r"
        )
        article = parse_bytes(text.encode("utf-8"), source_path="pagina.txt")
        assert article.title == "Apicultores del valle reportan la cosecha más corta en una década"
        assert names(article) == ["Rosendo Matus Olivera"]
        assert article.published_at.date() == date(1997, 4, 3)
        assert article.source == "La Hoja del Mezquital"
        assert article.body.startswith("Los apicultores del valle")
        assert "@" not in article.body and "Campo" not in article.body
    assert article.section == ""  # a tag no table lists names no field


HEADLINE = "Apicultores del valle recibirán semilla de plantas melíferas"
DATELINE = "Zacualpan, Oaxaca, a 3 de abril de 2019.- "


def test_a_notice_to_members_over_a_releases_title_is_no_title():
    for notice in (
        "AVISO A LOS SOCIOS Y A LA OPINIÓN PÚBLICA",
        "Aviso a los productores",
        "COMUNICADO A LOS AGREMIADOS Y A LOS MEDIOS",
    ):
        article = read(
            "SOCIEDAD COOPERATIVA APÍCOLA DEL VALLE DE ZACUALPAN, S.C. DE R.L.\n"
            "Boletín informativo Núm. 7\n\n"
            f"{notice}\n\n"
            f"{HEADLINE}\n\n"
            f"{DATELINE}{LEDE}\n\n{SECOND}\n\n-oOo-\n"
        )
        assert article.title == HEADLINE
        assert article.bulletin_number == "7"
        assert notice not in article.body


def test_a_media_contact_block_before_the_issuer_is_header():
    for lead, contact in (
        ("Contacto para medios:", "Irma Ortiz Cruz | 951 555 0142 | prensa@apicultores.example.mx"),
        ("Para más información:", "Irma Ortiz Cruz · Tel. 951 555 0142"),
    ):
        article = read(
            "PARA PUBLICACIÓN INMEDIATA\n\n"
            f"{lead}\n{contact}\n\n"
            "**ASOCIACIÓN DE APICULTORES DEL VALLE DE ZACUALPAN**\n"
            "Comunicado AAVZ-04/2019\n\n"
            f"**{HEADLINE}**\n\n"
            f"{DATELINE}{LEDE}\n\n{SECOND}\n\n###\n",
            "comunicado.md",
        )
        assert article.title == HEADLINE
        assert article.issuer.upper() == "ASOCIACIÓN DE APICULTORES DEL VALLE DE ZACUALPAN"
        assert article.bulletin_number == "AAVZ-04/2019"
        assert "951 555" not in article.body


def test_a_clubs_name_in_capitals_heads_its_release():
    article = read(
        "⚽ CLUB DEPORTIVO ABEJAS DE ZACUALPAN\n"
        "COMUNICADO OFICIAL 04/2019\n\n"
        f"{HEADLINE}\n\n"
        f"{DATELINE}{LEDE}\n\n{SECOND}\n\n* * *\n"
    )
    assert article.title == HEADLINE
    assert article.issuer.upper() == "CLUB DEPORTIVO ABEJAS DE ZACUALPAN"
    assert article.bulletin_number == "04/2019"


def test_a_release_forms_labelled_place_and_subject_are_header():
    for place in ("LUGAR: Zacualpan, Oax.", "Sede: Zacualpan, Oaxaca", "CIUDAD: Zacualpan"):
        article = read(
            "SECRETARÍA DE DESARROLLO AGROPECUARIO DEL ESTADO DE OAXACA\n"
            "ÁREA: Comunicación Social\n"
            "BOLETÍN: 0412\n"
            "FECHA: 03/04/2019\n"
            f"{place}\n"
            "ASUNTO: Semilla para apicultores\n\n"
            f"TÍTULO: {HEADLINE}\n\n"
            "TEXTO:\n"
            f"{LEDE}\n\n{SECOND}\n\nFIN DEL BOLETÍN\n"
        )
        assert article.title == HEADLINE
        assert article.bulletin_number == "0412"
        assert article.dateline_city == "Zacualpan"
        assert article.published_at.date() == date(2019, 4, 3)
        assert article.body.startswith("Los apicultores del valle")
        assert "ASUNTO" not in article.body and "TEXTO:" not in article.body


def test_the_line_naming_the_app_a_story_was_shared_from_is_no_title():
    for line in (
        "Compartido desde la app Noticias Tule",
        "Enviado con la aplicación de Radio Valle",
        "Shared via the Tule News app",
    ):
        article = read(
            f"{line}\n\n{HEADLINE}\n\nPor Rosendo Matus Olivera\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n"
        )
        assert article.title == HEADLINE
        assert line not in article.body


def test_a_pages_name_over_its_posts_day_alone_and_a_cameras_credit():
    article = read(
        "\ufeffValle de Zacualpan Informa\n"
        "3 de abril de 2019\xa0\xa0·\n"
        f"🔴 {HEADLINE}\n\n{LEDE}\n\n{SECOND}\n\n"
        "📸 Irma Ortiz Cruz / Valle de Zacualpan Informa\n"
    )
    assert article.title == HEADLINE
    assert article.source == "Valle de Zacualpan Informa"
    assert article.published_at.date() == date(2019, 4, 3)
    assert article.lead_image_credit == "Irma Ortiz Cruz / Valle de Zacualpan Informa"
    assert "📸" not in article.body


def test_a_print_pages_section_jump_keyword_and_foot_ad_around_its_running_heads():
    article = read(
        "EL CORREO DEL MEZQUITAL        Ixmiquilpan, Hgo., jueves 3 de abril de 1997        1A\n\n"
        "CAMPO\n\n"
        f"{HEADLINE}\n\n"
        "Por Rosendo Matus Olivera\n\n"
        f"{LEDE}\n\n"
        "(Pasa a la página 6A)\n"
        "AVISO OPORTUNO  SE VENDE MIEL  INFORMES AL 555-01-02\n"
        "\f6A        EL CORREO DEL MEZQUITAL        Jueves 3 de abril de 1997\n\n"
        "VIENE DE LA PÁGINA 1A\n"
        "APICULTORES DEL VALLE...\n\n"
        f"{SECOND}\n\n{THIRD}\n"
    )
    assert article.title == HEADLINE
    assert article.section.upper() == "CAMPO"
    assert article.body.startswith("Los apicultores del valle")
    assert "AVISO OPORTUNO" not in article.body
    assert "APICULTORES DEL VALLE" not in article.body
    assert SECOND in article.body and article.body.endswith(THIRD)
