"""Text copied from a print PDF (words hyphenated at the line's end, a deck over a
«POR …» line and the outlet under it, a caption line with its credit) and byline
lines whose outlet is a desk's («Redacción <Outlet>»), whose place and date sit in
the next paragraph, or under a kicker that names a state. Invented texts."""

from datetime import date

from articles.importing.cleaning.hyphenation import join_broken_words
from articles.importing.cleaning.names import desk_outlet
from articles.importing.parsing import parse_bytes


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


def test_a_word_hyphenated_by_the_line_is_joined():
    text = "la obra de pavimen-\ntación terminará en mayo y el trans-\nporte volverá"
    assert (
        join_broken_words(text)
        == "la obra de pavimentación\nterminará en mayo y el transporte\nvolverá"
    )


def test_a_real_compound_keeps_its_hyphen():
    assert join_broken_words("un acuerdo político-\nelectoral firmado") == (
        "un acuerdo político-\nelectoral firmado"
    )
    # the text writes it with its hyphen elsewhere
    text = "el convenio franco-mexicano se firmó. El franco-\nmexicano entra en vigor"
    assert join_broken_words(text) == text
    # a capital after the break is a name, not the rest of a word
    assert join_broken_words("la ruta Saltillo-\nMonterrey") == "la ruta Saltillo-\nMonterrey"


PRINT_COPY = (
    "Gaceta del Bolsón | Región | Lunes 3 de marzo de 2025 | 4B\n"
    "\n"
    "INAUGURAN CLÍNICA DE HEMODIÁLISIS EN MONCLOVA\n"
    "Atenderá a 300 pacientes al mes sin costo\n"
    "\n"
    "POR RAMIRO ESPARZA LEAL\n"
    "Gaceta del Bolsón\n"
    "\n"
    "MONCLOVA, Coah.- La Secretaría de Salud abrió ayer una clínica de hemo-\n"
    "diálisis con 24 máquinas, informó la directora de la unidad.\n"
    "La paciente María Ochoa, en la sala de espera. FOTO: IRMA DUARTE\n"
    "El horario será de lunes a sábado.\n"
)


def test_a_print_copy_gives_its_deck_byline_outlet_and_caption_credit():
    article = read(PRINT_COPY, "clinica.text")
    assert article.deck == "Atenderá a 300 pacientes al mes sin costo"
    assert names(article) == ["Ramiro Esparza Leal"]
    assert article.source == "Gaceta del Bolsón"
    assert article.body.startswith("La Secretaría de Salud")  # the dateline is no body
    # the page shows the dateline's place by the date, its state written out
    assert article.location == "Monclova, Coahuila"
    assert "hemodiálisis" in article.body
    assert "FOTO" not in article.body and "María Ochoa" not in article.body
    assert article.lead_image_credit == "IRMA DUARTE"


def test_a_desks_credit_names_the_outlet():
    assert desk_outlet("Redacción Voz del Semidesierto") == "Voz del Semidesierto"
    assert desk_outlet("Por Staff El Heraldo Lagunero") == "El Heraldo Lagunero"
    assert desk_outlet("Redacción AMN") == ""
    assert desk_outlet("Redacción") == ""


STORY = (
    "El ayuntamiento colocó 200 luminarias nuevas en la colonia, informó la dirección "
    "de Alumbrado Público.\n\nLa obra costó 3 millones de pesos.\n"
)


def test_a_desk_byline_line_gives_the_outlet_and_no_byline():
    article = read(
        "## Colocan 200 luminarias en la colonia Obrera\n\n"
        "**Redacción Voz del Semidesierto** | 14 de marzo de 2024, 10:20 h\n\n" + STORY,
        "luminarias.md",
    )
    assert article.source == "Voz del Semidesierto"
    assert names(article) == []


def test_a_place_and_date_paragraph_under_the_byline_dates_the_story():
    article = read(
        "# Colocan 200 luminarias en la colonia Obrera\n\n"
        "Octavio Lumbreras Sáenz / Voz del Semidesierto\n\n"
        "Matehuala, S.L.P., 14 de marzo de 2024\n\n" + STORY,
        "luminarias.md",
    )
    assert article.published_at.date() == date(2024, 3, 14)
    assert names(article) == ["Octavio Lumbreras Sáenz"]
    assert article.source == "Voz del Semidesierto"
    assert article.body.startswith("El ayuntamiento colocó")


def test_a_kicker_naming_a_state_is_no_outlet():
    article = read(
        "Zacatecas | Seguridad\n\n"
        "## Detienen a dos por robo de ganado en Jerez\n\n"
        "Por Elvira Cázares, reportera | Voz del Semidesierto | Jerez, 2 de mayo de 2024\n\n"
        + STORY,
        "ganado.md",
    )
    assert article.source == "Voz del Semidesierto"
    assert article.section == "Seguridad"
