"""Shapes of a blog platform's credit line («By Name on Date», «Publicado el … por …»),
a newsletter platform's mail, a weekly's masthead over its story and a radio script's
head whose fields stand in a bar and over a cue. All text invented."""

from articles.importing.parsing import parse_bytes

from .conftest import LEDE, SECOND, THIRD

TITLE = "Se adelanta la floración del mezquite en el valle de Zacualpan"


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def test_a_radio_scripts_head_in_a_bar_and_its_title_under_a_cue():
    article = _parse(
        "RADIO VALLE DE LAS FLORES — INFORMATIVO DEL MEDIODÍA\n"
        "LIBRETO | Emisión del martes 4 de mayo de 2021\n"
        "Nota 2 de 5 | Redactó: Joaquín Tlaltetela Cano | Duración: 2'10\"\n\n"
        'ENTRA CORTINILLA INFORMATIVA (4")\n\n'
        f"TÍTULO DE NOTA: {TITLE}\n\n"
        f"LOC 1: {LEDE}\n\nLOC 2: {SECOND}\n\nLOC 1: {THIRD}\n\n"
        "PASA A NOTA 3\n",
        "guion.txt",
    )
    assert article.title == TITLE
    assert article.published_at.date().isoformat() == "2021-05-04"
    assert [b.name for b in article.bylines] == ["Joaquín Tlaltetela Cano"]
    assert article.source == "Radio Valle de las Flores"
    assert article.body.startswith(LEDE)
    assert SECOND in article.body
    assert "Redactó" not in article.body and "CORTINILLA" not in article.body


def test_a_blog_themes_post_line_with_its_date_first_names_the_writer():
    article = _parse(
        "Inicio | Noticias | Programación | Contacto\n\n"
        f"{TITLE}\n\n"
        "Publicado el abril 9, 2020 por Reportaje: Joaquín Tlaltetela Cano\n\n"
        f"{LEDE}\n\n{SECOND}\n\n{THIRD}\n",
        "entrada.md",
    )
    assert article.title == TITLE
    assert [b.name for b in article.bylines] == ["Joaquín Tlaltetela Cano"]
    assert article.published_at.date().isoformat() == "2020-04-09"
    assert article.body.startswith(LEDE)
    assert "Publicado" not in article.body


def test_a_blog_platforms_export_footer_names_the_writer_and_its_links_go():
    article = _parse(
        "---\n"
        f"title: {TITLE}\n"
        "description: La sequía adelantó la flor y acortó la cosecha de miel.\n"
        "date: '2020-04-09T17:05:00.000Z'\n"
        "---\n\n"
        f"### {TITLE}\n\n"
        "#### La sequía adelantó la flor y acortó la cosecha de miel.\n\n"
        f"{LEDE}\n\n{SECOND}\n\n{THIRD}\n\n"
        "By [Joaquín Tlaltetela Cano](https://blogs.example.mx/@jtlaltetela) on "
        "[April 9, 2020](https://blogs.example.mx/p/9a8b7c).\n\n"
        "[Canonical link](https://blogs.example.mx/@jtlaltetela/mezquite-9a8b7c)\n\n"
        "Exported from [Blogs](https://blogs.example.mx) on June 1, 2022.\n",
        "2020-04-09-mezquite.md",
    )
    assert article.title == TITLE
    assert article.deck == "La sequía adelantó la flor y acortó la cosecha de miel."
    assert [b.name for b in article.bylines] == ["Joaquín Tlaltetela Cano"]
    assert article.body.startswith(LEDE)
    assert article.body.rstrip().endswith(THIRD)


def test_a_closing_credit_with_its_date_names_the_writer():
    article = _parse(
        f"{TITLE}\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n\n"
        "Por Joaquín Tlaltetela Cano el 9 de abril de 2020.\n",
    )
    assert [b.name for b in article.bylines] == ["Joaquín Tlaltetela Cano"]
    assert article.body.rstrip().endswith(THIRD)


def test_a_weeklys_masthead_in_columns_with_its_name_in_quotes_over_the_issue_line():
    article = _parse(
        "SEMANARIO “LA MILPA”\tUnión de Ejidos del Valle\n"
        "Año XII\tNúmero 588\tSábado 3 de octubre de 2015\n"
        "Sección: Vida Rural\n\n"
        f"{TITLE}\n\n"
        "Texto: Joaquín Tlaltetela Cano\n\n"
        f"{LEDE}\n\n{SECOND}\n\n{THIRD}\n",
    )
    assert article.title == TITLE
    assert article.source == "La Milpa"
    assert article.published_at.date().isoformat() == "2015-10-03"
    assert article.section == "Vida Rural"
    assert [b.name for b in article.bylines] == ["Joaquín Tlaltetela Cano"]
    assert article.body.startswith(LEDE)


def test_a_blog_platforms_export_stamp_and_canonical_link_are_chrome_even_linked():
    from articles.importing.cleaning.boilerplate import is_chrome_line

    assert is_chrome_line("[Canonical link](https://blogs.example.mx/@ana/nota-1a2b)")
    assert is_chrome_line("Exported from [Blogs](https://blogs.example.mx) on June 1, 2022.")
    assert is_chrome_line("Exportado desde Blogs el 1 de junio de 2022.")
    assert not is_chrome_line(
        "Los productores exportaron desde [Manzanillo](https://mapas.example.mx) 40 toneladas."
    )


def test_a_front_matter_decks_heading_opening_the_body_goes():
    article = _parse(
        f"---\ntitle: {TITLE}\ndescription: La sequía acortó la cosecha.\n---\n\n"
        f"## La sequía acortó la cosecha.\n\n{LEDE}\n\n{SECOND}\n",
        "post.md",
    )
    assert article.deck == "La sequía acortó la cosecha."
    assert article.body.startswith(LEDE)
