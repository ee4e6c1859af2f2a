"""A teleprinter message numbered with its sending stamp (year in two digits), a note
dictated by phone with the desk's fields side by side and its note between them, and an
old portal's page whose masthead, title and byline run together with no blank lines:
invented texts, asserting what an editor sees."""

from datetime import date

from articles.importing.cleaning.desk_notes import cut_inline_desk_notes
from articles.importing.cleaning.press import is_end_marker
from articles.importing.parsing import parse_bytes


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


LEDE = (
    "La cosecha de mango en la costa del municipio se adelantó dos semanas por el calor, "
    "y los empacadores ya contratan jornaleros para la temporada."
)
SECOND = (
    "Los productores calculan que este año se enviarán unas 12 mil toneladas a las "
    "centrales de abasto del centro del país."
)
THIRD = (
    "La asociación local pidió a las autoridades reparar el camino que une las huertas "
    "con la carretera federal antes de las lluvias."
)


def test_a_message_numbered_with_its_stamp_is_a_transmission_dated_by_it():
    text = (
        "ZCZC\n"
        "AGN0417 3 08-09-15 10:12\n"
        "SIN-MANGO/COSECHA\n"
        "Se adelanta la cosecha de mango en la costa de Sinaloa\n"
        "   Por Rosario Quintero Beltrán\n"
        "\n"
        f"   ESCUINAPA, Sin., 8 Sep (AGNOR).- {LEDE}\n"
        "\n"
        f"   {SECOND}\n"
        "\n"
        f"   {THIRD}\n"
        "\n"
        "AGNOR RQB/ltz/0-22\n"
        "08-09-15 10:12 CDT\n"
        "NNNN\n"
    )
    article = read(text)
    assert article.title == "Se adelanta la cosecha de mango en la costa de Sinaloa"
    assert article.published_at.date() == date(2015, 9, 8)
    assert [b.name for b in article.bylines] == ["Rosario Quintero Beltrán"]
    assert article.source == "AGNOR"
    assert article.body.startswith("La cosecha de mango")
    assert "NNNN" not in article.body and "CDT" not in article.body
    assert "AGNOR RQB" not in article.body


def test_a_note_dictated_by_phone_reads_its_fields_side_by_side_and_its_end():
    text = (
        "LA VOZ DEL VALLE - MESA DE REDACCIÓN\n"
        "NOTA RECIBIDA POR TELÉFONO\n"
        "Corresponsal: Esteban Ochoa Medina (Escuinapa, Sin.)\n"
        "Tomó: JLR    Hora: 09:45    Fecha: 14/03/11\n"
        "Sección: Costa Sur\n"
        "CABEZA: Se adelanta la cosecha de mango en la costa\n"
        "\n"
        f"{LEDE}\n"
        "\n"
        f"{SECOND} [se cayó la llamada, volvió a llamar 09:52]\n"
        "\n"
        f"{THIRD}\n"
        "\n"
        "FIN DE LA NOTA -- confirmar el nombre del presidente de la asociación\n"
    )
    article = read(text)
    assert article.title == "Se adelanta la cosecha de mango en la costa"
    assert article.published_at.date() == date(2011, 3, 14)
    assert [b.name for b in article.bylines] == ["Esteban Ochoa Medina"]
    assert article.section == "Costa Sur"
    assert article.body.startswith("La cosecha de mango")
    assert "llamada" not in article.body
    assert "FIN DE LA NOTA" not in article.body
    assert article.body.rstrip().endswith("antes de las lluvias.")


def test_the_end_words_with_a_note_after_a_dash_end_the_story():
    assert is_end_marker("FIN DE LA NOTA -- checar la cifra con el corresponsal")
    assert not is_end_marker("Fin de la temporada -- los pescadores regresan al puerto")


def test_a_note_about_the_dropped_call_is_cut_from_the_paragraph():
    kept, cut = cut_inline_desk_notes(f"{SECOND} [se cortó la llamada] Siguió el dictado.")
    assert cut == ["[se cortó la llamada]"]
    assert "llamada" not in kept


def test_a_run_together_page_head_gives_outlet_section_date_title_and_byline():
    text = (
        "Diario de la Sierra - Economía\n"
        "Fecha: 21/10/2007\n"
        "Se adelanta la cosecha de mango en la costa de Sinaloa\n"
        "Autor: Marcela Ibarra Zazueta / Corresponsal\n"
        "\n"
        f"{LEDE}\n"
        "\n"
        f"{SECOND}\n"
        "\n"
        f"{THIRD}\n"
    )
    article = read(text)
    assert article.title == "Se adelanta la cosecha de mango en la costa de Sinaloa"
    assert article.published_at.date() == date(2007, 10, 21)
    assert [b.name for b in article.bylines] == ["Marcela Ibarra Zazueta"]
    assert article.source == "Diario de la Sierra"
    assert article.section == "Economía"
    assert article.body.startswith("La cosecha de mango")


def test_a_state_opening_the_dated_bar_under_a_station_is_the_section():
    text = (
        "CANAL DEL PACÍFICO - Canal 7\n"
        "Sinaloa | Martes 4 de mayo de 2010 | 21:30 hrs.\n"
        "Se adelanta la cosecha de mango en la costa de Sinaloa\n"
        "Texto: Redacción / Video: Omar Félix Sandoval\n"
        "\n"
        f"{LEDE}\n"
        "\n"
        f"{SECOND}\n"
        "\n"
        f"{THIRD}\n"
    )
    article = read(text)
    assert article.title == "Se adelanta la cosecha de mango en la costa de Sinaloa"
    assert article.published_at.date() == date(2010, 5, 4)
    assert article.section == "Sinaloa"
    assert "CANAL DEL PACÍFICO" in article.source
    assert article.body.startswith("La cosecha de mango")
