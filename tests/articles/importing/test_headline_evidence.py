"""The title weighed by evidence (``readers.headline_evidence``): a title with no
headline evidence (a label closed by a colon, «Label: value», codes, or no verb and a
name's, an app's or a desk's shape) gives way to the first strong candidate among the
body's first paragraphs (a headline's shape, a verb when the title has none, and a
byline, a date, a dateline or the prose under it), furniture only between them. A
headline, a front-matter title and a release's title under its issuer stay. All text
invented; the prose is the shared LEDE, SECOND and THIRD."""

import pytest

from articles.importing.parsing import parse_bytes
from articles.importing.readers.headline_evidence import title_weakness, verb_like

from .conftest import LEDE, SECOND, THIRD

HEADLINE = "Apicultores de Zacualpan reciben semilla de plantas melíferas para sus parcelas"
BODY = f"{LEDE}\n\n{SECOND}\n\n{THIRD}\n"


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode(), source_path=name)


@pytest.mark.parametrize(
    ("title", "weakness"),
    [
        ("Enviado desde la app Pregonero Móvil", "app"),
        ("Sierra Norte al Minuto", "name"),
        ("Información para la prensa:", "label"),
        ("AVISO A LOS APICULTORES Y A LA OPINIÓN PÚBLICA", "name"),
        ("LIGA DE APICULTORES DEL VALLE DE ZACUALPAN", "name"),
        ("SITIO: Zacualpan de Amilpas, Mor.", "field"),
        ("QQRT NTX0412 MOR-MIEL-COSECHA", "codes"),
        ("NO DIFUNDIR AÚN", "capitals"),
        # headlines: a verb by its ending, after «se»/«no»/«que», or before an article
        ("Reparten semilla entre apicultores", ""),
        ("Zacualpan se queda sin miel", ""),
        ("Cosecha de miel: lo que cambia con la sequía", ""),
        ("Adelantan la floración del mezquite", ""),
        # a short headline with no verb the tables know is no name: it stays
        ("Llueve en Zacualpan", ""),
    ],
)
def test_a_titles_weakness_is_told_by_its_evidence(title, weakness):
    assert title_weakness(title) == weakness


def test_verbs_are_read_by_form_not_by_capitals():
    assert verb_like("COOPERATIVAS ADELANTARON LA COSECHA")
    assert verb_like("Las lluvias llegarán al valle")
    assert not verb_like("Diario El Mirador")  # a name's article, capitalised
    assert not verb_like("Casa de la Cultura de Zacualpan")
    assert not verb_like("No publicar")  # an order: the infinitive after «no»


def test_an_apps_share_line_gives_way_to_the_headline_over_the_byline():
    article = _parse(
        f"Enviado desde la app Pregonero Móvil\n\n{HEADLINE}\n\nPor Marta Ocotl Rendón\n\n{BODY}"
    )
    assert article.title == HEADLINE
    assert [b.name for b in article.bylines] == ["Marta Ocotl Rendón"]
    assert article.body.startswith("Los apicultores del valle")
    assert "Pregonero" not in article.body


def test_an_outlets_name_alone_gives_way_and_is_the_source():
    article = _parse(f"Sierra Norte al Minuto\n\n{HEADLINE}\n\n{BODY}")
    assert article.title == HEADLINE
    assert article.source == "Sierra Norte al Minuto"
    assert article.body.startswith("Los apicultores del valle")


def test_an_outlets_name_and_motto_give_way_and_the_byline_is_read_under_the_headline():
    article = _parse(
        "Mirador Serrano - El diario de la sierra en internet\n\n"
        f"{HEADLINE}\n\n"
        "Jueves 4 de mayo de 2023 | 10:15 hrs.\nPor: Marta Ocotl Rendón\nTamaño de letra: A+ A-\n\n"
        f"{BODY}"
    )
    assert article.title == HEADLINE
    assert article.source == "Mirador Serrano"
    assert [b.name for b in article.bylines] == ["Marta Ocotl Rendón"]
    assert article.published_at.date().isoformat() == "2023-05-04"


def test_a_label_closed_by_a_colon_gives_way_to_the_headline_over_its_dateline():
    article = _parse(
        "Información para la prensa:\n\n"
        f"{HEADLINE}\n\n"
        f"Zacualpan de Amilpas, Morelos, 3 de mayo de 2023.- {LEDE}\n\n{SECOND}\n"
    )
    assert article.title == HEADLINE
    assert "Información para la prensa" not in article.body


@pytest.mark.parametrize(
    "head",
    [
        "AVISO A LOS APICULTORES Y A LA OPINIÓN PÚBLICA",  # the public a notice addresses
        "LIGA DE APICULTORES DEL VALLE DE ZACUALPAN",  # a body's name in capitals
        "SITIO: Zacualpan de Amilpas, Mor.",  # a labelled field
        "QQRT NTX0412 MOR-MIEL-COSECHA",  # a transmission's codes
    ],
)
def test_a_name_an_address_a_field_or_codes_over_the_headline_are_no_title(head):
    article = _parse(f"{head}\n\n{HEADLINE}\n\n{BODY}")
    assert article.title == HEADLINE
    assert article.body.startswith("Los apicultores del valle")


def test_a_wires_headline_in_capitals_with_its_stop_wins_over_a_labelled_code():
    article = _parse(
        "FICHERO: NTX_20230503_0412_MOR.TXT\n\n"
        "APICULTORES DE ZACUALPAN REPORTAN LA COSECHA MÁS CORTA.\n\n"
        f"{BODY}"
    )
    assert article.title == "APICULTORES DE ZACUALPAN REPORTAN LA COSECHA MÁS CORTA"
    assert article.section == ""  # the labelled code line names no section
    assert article.body.startswith("Los apicultores del valle")


def test_a_desks_order_in_capitals_gives_way_to_a_headline_past_the_desks_note():
    article = _parse(
        f"NO DIFUNDIR AÚN\n\nPendiente: fotos del apiario de la barranca\n\n{HEADLINE}\n\n{BODY}"
    )
    assert article.title == HEADLINE
    assert article.body.startswith("Los apicultores del valle")
    assert "Pendiente" not in article.body


def test_a_headline_sharing_its_paragraph_with_the_posts_date_is_found():
    article = _parse(
        "Sierra Norte al Minuto\n"
        "3 de mayo de 2023 ·\n"
        "APICULTORES DE ZACUALPAN REPORTAN LA COSECHA MÁS CORTA\n\n"
        f"{BODY}"
    )
    assert article.title == "APICULTORES DE ZACUALPAN REPORTAN LA COSECHA MÁS CORTA"
    assert article.published_at.date().isoformat() == "2023-05-03"
    assert article.body.startswith("Los apicultores del valle")


# Titles that must not change.


def test_a_headline_in_capitals_with_no_better_candidate_stays():
    article = _parse(f"LLUEVE EN ZACUALPAN\n\nPor Marta Ocotl Rendón\n\n{BODY}")
    assert article.title == "LLUEVE EN ZACUALPAN"
    assert article.body.startswith("Los apicultores del valle")


def test_a_headline_in_capitals_keeps_its_summary_under_it():
    # No verb the tables know, but no name either: the line right under it is its summary.
    summary = "Los productores temen perder la segunda cosecha del año por la sequía"
    article = _parse(f"LLUEVE EN ZACUALPAN\n\n{summary}\n\n{BODY}")
    assert article.title == "LLUEVE EN ZACUALPAN"
    assert article.body.startswith(summary)


def test_a_short_headline_of_three_words_stays():
    article = _parse(f"Llueve en Zacualpan\n\n{HEADLINE}\n\n{BODY}")
    assert article.title == "Llueve en Zacualpan"
    assert article.body.startswith(HEADLINE)


def test_a_headline_over_another_headline_shaped_line_stays():
    article = _parse(f"Apicultores reportan la cosecha más corta\n\n{HEADLINE}\n\n{BODY}")
    assert article.title == "Apicultores reportan la cosecha más corta"


def test_a_releases_title_under_its_issuer_header_stays():
    article = _parse(
        "SECRETARÍA DE DESARROLLO AGROPECUARIO DE MORELOS\n"
        "Dirección de Comunicación Social\n\n"
        "Boletín 045\n\n"
        "Reparten semilla de plantas melíferas a los apicultores del valle\n\n"
        f"Zacualpan de Amilpas, Morelos, 3 de mayo de 2023.- {LEDE}\n\n{SECOND}\n\n{THIRD}\n"
    )
    assert article.format == "press_release"
    assert article.title == "Reparten semilla de plantas melíferas a los apicultores del valle"
    assert article.issuer.lower().startswith("secretaría de desarrollo agropecuario")


def test_a_jekyll_posts_title_is_never_weighed():
    article = _parse(
        f"---\ntitle: Sierra Norte al Minuto\ndate: 2023-05-03\n---\n\n{HEADLINE}\n\n{BODY}",
        name="2023-05-03-miel.md",
    )
    assert article.title == "Sierra Norte al Minuto"
