"""A title's edges and a note's furniture first line: a town glued before the headline
as a dateline writes it, a kicker in capitals glued with a bar (the section), a closing
full stop (also in front matter, and under a kicker line over a byline and a date),
pictographs framing a post's headline; a generic note whose first lines are a code, a
number, a stamp or a rule of symbols; an old CMS's labelled export under a banner
between rules, its camel-case system fields, the body's label under a rule. All text
invented."""

import pytest

from articles.importing.cleaning.title_edges import strip_closing_stop, tidy_title
from articles.importing.parsing import parse_bytes

LEDE = (
    "Los productores de nuez de la región reportaron una cosecha menor a la esperada por "
    "las heladas tardías de marzo, que dañaron la floración de miles de árboles."
)
SECOND = (
    "La asociación local pidió apoyo para reponer los árboles perdidos y para revisar los "
    "sistemas de riego antes del siguiente ciclo, que inicia en octubre."
)


def _parse(text: str, name: str = "nota.txt", encoding: str = "utf-8"):
    return parse_bytes(text.encode(encoding), source_path=name)


@pytest.mark.parametrize(
    ("raw", "title", "kicker"),
    [
        (
            "PARRAS.- CAE LA COSECHA DE NUEZ EN LA COMARCA",
            "CAE LA COSECHA DE NUEZ EN LA COMARCA",
            "",
        ),
        ("SAN PEDRO, Coah.- Cae la cosecha de nuez", "Cae la cosecha de nuez", ""),
        (
            "TORREÓN.– Cae la cosecha de nuez en la comarca.",
            "Cae la cosecha de nuez en la comarca",
            "",
        ),
        (
            "HUERTAS | Cae la cosecha de nuez en la comarca",
            "Cae la cosecha de nuez en la comarca",
            "HUERTAS",
        ),
        ("CAE LA COSECHA DE NUEZ EN LA COMARCA.", "CAE LA COSECHA DE NUEZ EN LA COMARCA", ""),
        # What is no glued piece stays.
        ("Cae la cosecha; ONU.- dice otra cosa", "Cae la cosecha; ONU.- dice otra cosa", ""),
        ("EL DIARIO | Cae la cosecha de nuez", "EL DIARIO | Cae la cosecha de nuez", ""),
        ("UNO | DOS | Cae la cosecha de nuez", "UNO | DOS | Cae la cosecha de nuez", ""),
        ("RIEGO | AGUA PARA LA COMARCA", "RIEGO | AGUA PARA LA COMARCA", ""),
        ("Nogaleros esperan apoyo...", "Nogaleros esperan apoyo...", ""),
    ],
)
def test_a_titles_glued_edges(raw, title, kicker):
    assert tidy_title(raw) == (title, kicker)


@pytest.mark.parametrize(
    "title",
    [
        "Llega la feria a Parras, Coah.",
        "Firman acuerdo con empresa de EE.UU.",
        "Piden útiles, mochilas, etc.",
        "Reabren el mercado de Ixtapaluca, Edo. Méx.",
        "Cierran la playa norte de Chetumal, Q. Roo.",
        "Suben las tarifas del agua en Parral, CHIH.",
    ],
)
def test_an_abbreviations_stop_closes_a_title(title):
    assert strip_closing_stop(title) == title


def test_a_states_full_name_closing_a_title_loses_the_stop():
    # Only a state's abbreviation keeps its stop: a full name is a word like any other.
    assert strip_closing_stop("Vuelve la lluvia a Veracruz.") == "Vuelve la lluvia a Veracruz"
    assert strip_closing_stop("Sin agua por tres días.") == "Sin agua por tres días"


def test_a_town_glued_before_a_notes_title_is_no_part_of_it():
    article = _parse(f"NAZAS, Dgo.- Cae la cosecha de nuez en la región\n\n{LEDE}\n\n{SECOND}\n")
    assert article.title == "Cae la cosecha de nuez en la región"


def test_a_glued_kicker_is_the_section_unless_it_names_a_place():
    text = f"NOGALES | Cae la cosecha de nuez en la región\n\n{LEDE}\n\n{SECOND}\n"
    kicked = _parse(text.replace("NOGALES", "HUERTAS"))
    assert (kicked.title, kicked.section) == ("Cae la cosecha de nuez en la región", "HUERTAS")
    placed = _parse(text.replace("NOGALES", "SONORA"))
    assert (placed.title, placed.section) == ("Cae la cosecha de nuez en la región", "")


def test_a_front_matter_title_loses_its_glued_town_and_closing_stop():
    article = _parse(
        "---\n"
        'titulo: "LERDO.- Cae la cosecha de nuez en la región."\n'
        "fecha: 2021-09-04\n"
        "---\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        name="2021-09-04-nuez.md",
    )
    assert article.title == "Cae la cosecha de nuez en la región"


def test_a_stopped_headline_under_a_kicker_line_over_its_desk_and_date():
    article = _parse(
        "CAMPO\n"
        "Cae la cosecha de nuez en la región por las heladas.\n"
        "Redacción | Nogal Noticias\n"
        "Ayer, martes 7 de septiembre de 2021 a las 9:40 p.m.\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == "Cae la cosecha de nuez en la región por las heladas"
    assert article.section == "CAMPO"
    assert article.source == "Nogal Noticias"
    assert article.published_at.date().isoformat() == "2021-09-07"


def test_pictographs_of_alarm_framing_a_posts_headline_are_no_part_of_it():
    article = _parse(f"‼️ CAE LA COSECHA DE NUEZ EN LA REGIÓN ‼️\n\n{LEDE}\n\n{SECOND}\n")
    assert article.title == "CAE LA COSECHA DE NUEZ EN LA REGIÓN"


def test_a_kicker_in_a_bar_the_headlines_look_takes_apart_is_the_section():
    article = _parse(f"🔵 HELADAS | Cae la cosecha de nuez en la región\n\n{LEDE}\n\n{SECOND}\n")
    assert (article.title, article.section) == ("Cae la cosecha de nuez en la región", "HELADAS")
    tagged = _parse(f"🔵 #ALERTA | Cae la cosecha de nuez en la región\n\n{LEDE}\n\n{SECOND}\n")
    assert (tagged.title, tagged.section) == ("Cae la cosecha de nuez en la región", "")


@pytest.mark.parametrize(
    "furniture",
    [
        "0552-C",
        "2021/337",
        ">>> 07 / 09 / 4",
        "%%%% 4410 %%%%",
        "1.",
        "0552-C\n2021/337\n+++ ++ +++",
    ],
)
def test_a_generic_note_under_furniture_lines_with_no_words_is_imported(furniture):
    article = _parse(
        f"{furniture}\n\nNogaleros de la región pierden la mitad de su cosecha\n\n{LEDE}\n"
    )
    assert article.format == "generic"
    assert article.title == "Nogaleros de la región pierden la mitad de su cosecha"
    assert article.body.startswith("Los productores de nuez")


def test_figures_only_and_front_matter_without_a_body_are_still_refused():
    from articles.importing.records import ImportFailure

    with pytest.raises(ImportFailure):
        _parse("0001\n0002\n0003\n0004\n0005\n0006\n0007\n0008\n0009\n0010\n0011\n0012\n")
    with pytest.raises(ImportFailure):
        _parse("---\ntitulo: Cae la cosecha\n---\n\n   \n", name="vacio.md")


def test_an_old_cms_labelled_export_under_a_banner_between_rules():
    article = _parse(
        "==========================================\n"
        " El Nogal  ::  Respaldo de notas (nota.php)\n"
        "==========================================\n"
        "IdNoticia: 7781\n"
        "Seccion: CAMPO\n"
        "Fecha: 07/09/2021 09:40:00 p.m.\n"
        "Titulo: LERDO.- CAE LA COSECHA DE NUEZ EN LA REGIÓN.\n"
        "Autor: Por Rosa Elvira Quiñones / EL NOGAL\n"
        "ArchivoOriginal: /notas/2021/09/nota_20210906_nuez.php\n"
        "------------------------------------------\n"
        "Texto:\n"
        f"{LEDE}\n\n{SECOND}\n",
        encoding="cp1252",
    )
    assert article.title == "CAE LA COSECHA DE NUEZ EN LA REGIÓN"
    assert [b.name for b in article.bylines] == ["Rosa Elvira Quiñones"]
    assert (article.source, article.section) == ("El Nogal", "CAMPO")
    assert article.published_at.date().isoformat() == "2021-09-07"
    assert article.body.startswith("Los productores de nuez")
    assert "ArchivoOriginal" not in article.body and "Texto:" not in article.body
