"""Shapes of stories drafted in a note-taking app (an Obsidian vault's wiki links,
callouts and checklists; a Notion page's title over its properties, custom ones among
them) and of a radio script (cues in square brackets or bare with their timing, the
reporter's sign-off «Desde X, Name, para Program.»). All text invented."""

from articles.importing.cleaning.note_apps import strip_note_app_blocks, unlink_wikilinks
from articles.importing.parsing import parse_bytes

from .conftest import LEDE, SECOND, THIRD


def _parse(text: str, name: str = "nota.md"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def test_a_wiki_link_reads_as_its_text_and_an_embedded_file_as_nothing():
    text = unlink_wikilinks(
        "En [[Zacualpan de Amilpas|Zacualpan]] y en [[Tetela del Volcán#Historia]] "
        "hay colmenas. ![[colmena-03.jpg]]\n[[ANA: falta el dato del municipio]]"
    )
    assert text == (
        "En Zacualpan y en Tetela del Volcán hay colmenas. \n[[ANA: falta el dato del municipio]]"
    )


def test_in_front_matter_only_a_quoted_wiki_link_is_one():
    text = unlink_wikilinks('---\nautor: "[[Leonor Tlacotempa]]"\nlista: [[1, 2]]\n---\n[[Pie]]')
    assert text == '---\nautor: "Leonor Tlacotempa"\nlista: [[1, 2]]\n---\nPie'


def test_an_obsidian_note_keeps_its_story_and_loses_its_callout_and_links():
    article = _parse(
        "---\n"
        "tags:\n  - morelos\n"
        "date: 2021-05-09\n"
        'autor: "[[Leonor Tlacotempa Ruiz]]"\n'
        "medio: Revista Tierra Adentro Sur\n"
        "publish: true\n"
        "---\n"
        "# Se adelanta la floración del mezquite en Zacualpan\n\n"
        "> [!todo] Pendiente\n"
        "> Pedir fotos a [[Archivo fotos abejas]] antes del lunes.\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "> [!quote] Dicho en la asamblea\n"
        "> «Sin flores no hay miel», dijo la presidenta de la cooperativa.\n\n"
        f"{THIRD} Lo confirmó la [[Secretaría de Desarrollo Agropecuario|secretaría]].\n"
    )
    assert [b.name for b in article.bylines] == ["Leonor Tlacotempa Ruiz"]
    assert "[[" not in article.body and "[!" not in article.body
    assert "Pedir fotos" not in article.body
    assert "«Sin flores no hay miel», dijo la presidenta de la cooperativa." in article.body
    assert article.body.rstrip().endswith("Lo confirmó la secretaría.")
    assert LEDE in article.body and SECOND in article.body


def test_a_checklist_and_its_heading_are_the_writers_to_do_list():
    removed: list[str] = []
    kept = strip_note_app_blocks(
        [LEDE, SECOND, "### Por hacer", "- [x] Llamar a la cooperativa\n* [ ] Subir fotos"],
        removed,
    )
    assert kept == [LEDE, SECOND]
    assert removed == ["### Por hacer", "- [x] Llamar a la cooperativa", "* [ ] Subir fotos"]
    article = _parse(
        f"# Se adelanta la floración del mezquite\n\n{LEDE}\n\n{SECOND}\n\n"
        "## Tareas\n- [ ] Revisar cifra de colmenas\n- [x] Foto de portada\n"
    )
    assert article.body.rstrip().endswith(SECOND)
    assert "Tareas" not in article.body and "Revisar cifra" not in article.body


def test_a_notion_page_title_over_its_properties_gives_the_fields():
    article = _parse(
        "# Se adelanta la floración del mezquite en Zacualpan\n\n"
        "Medio: Noticias del Volcán\n"
        "Autor: Leonor Tlacotempa Ruiz\n"
        "Fecha de publicación: 9 de mayo de 2021\n"
        "Sección: Campo\n"
        "Tarifa: Por cobrar\n"
        "Revisó: Joaquín\n\n"
        "---\n\n"
        f"{LEDE}\n\n{SECOND}\n\n{THIRD}\n\n"
        "> Nota para la mesa: confirmar con Protección Civil el número de colmenas.\n"
    )
    assert article.title == "Se adelanta la floración del mezquite en Zacualpan"
    assert [b.name for b in article.bylines] == ["Leonor Tlacotempa Ruiz"]
    assert article.source == "Noticias del Volcán"
    assert article.section == "Campo"
    assert article.published_at.date().isoformat() == "2021-05-09"
    assert article.body.startswith(LEDE)
    assert article.body.rstrip().endswith(THIRD)
    assert "Tarifa" not in article.body and "Nota para la mesa" not in article.body


def test_a_notion_page_marked_draft_stays_a_draft():
    article = _parse(
        "# Se adelanta la floración del mezquite en Zacualpan\n\n"
        "Medio: Noticias del Volcán\n"
        "Autor: Leonor Tlacotempa Ruiz\n"
        "Sección: Campo\n"
        "Estado: Borrador\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.draft


def test_a_radio_script_loses_its_square_bracketed_cues_and_the_sign_off():
    article = _parse(
        "Se adelanta la floración del mezquite en Zacualpan\n\n"
        "[ENTRA MÚSICA DE FONDO]\n\n"
        f"CORRESPONSAL: {LEDE}\n\n{SECOND}\n\n{THIRD}\n\n"
        "Desde Zacualpan de Amilpas, Leonor Tlacotempa, para Noticias de la Mañana.\n\n"
        "[SALE MÚSICA]\n",
        "guion.txt",
    )
    assert article.body.startswith(LEDE)
    assert article.body.rstrip().endswith(THIRD)
    assert "[" not in article.body and "Desde Zacualpan" not in article.body


def test_a_radio_script_loses_its_bare_cues_with_their_timing_and_keeps_the_speakers_text():
    article = _parse(
        "Se adelanta la floración del mezquite en Zacualpan\n\n"
        'SUBE MÚSICA DE ENTRADA (6")\n\n'
        f"LOC 1: {LEDE}\n\n"
        f"LOC 2: {SECOND}\n\n"
        'INSERTO 2 — Presidenta de la cooperativa (0\'18") — ENTRA: "Sin flores..."\n\n'
        f"LOC 1: {THIRD}\n\n"
        "PASA A NOTA 5\n",
        "guion.txt",
    )
    assert article.body.startswith(LEDE)
    assert SECOND in article.body
    assert article.body.rstrip().endswith(THIRD)
    assert "SUBE" not in article.body and "INSERTO" not in article.body
    assert "PASA A NOTA" not in article.body


def test_a_capitals_line_opening_with_a_cue_word_outside_a_script_stays():
    article = _parse(
        "Se adelanta la floración del mezquite\n\n"
        f"{LEDE}\n\nENTRA EN VIGOR EL PROGRAMA 2\n\n{SECOND}\n",
        "nota.txt",
    )
    assert "ENTRA EN VIGOR EL PROGRAMA 2" in article.body


def test_a_broadcast_transcript_is_dated_by_its_emission_line():
    article = _parse(
        "Radio Valle Alto 101.3 FM\n\n"
        "Se adelanta la floración del mezquite en Zacualpan\n\n"
        "Transcripción de la emisión del viernes 7 de mayo de 2021\n"
        "Reportero: Joaquín Tlaltetela Cano\n\n"
        f"{LEDE}\n\n{SECOND}\n\n{THIRD}\n",
        "transcripcion.txt",
    )
    assert article.title == "Se adelanta la floración del mezquite en Zacualpan"
    assert article.published_at.date().isoformat() == "2021-05-07"
    assert [b.name for b in article.bylines] == ["Joaquín Tlaltetela Cano"]
    assert article.body.startswith(LEDE)
