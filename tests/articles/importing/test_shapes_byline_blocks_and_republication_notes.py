"""Byline blocks as metropolitan newsrooms write them: a topical kicker over the title
(«Transporte», «Movilidad»), the writer's role between the name and the outlet
(«Ana Ruiz | Enviada especial | El Sol»), the photographer credited inside the block
(«Fotos: Luis Pérez»), several writers without «Por» over the outlet («Ana Ruiz, Luis
Pérez y Eva Sol / El Sol»); and the note of a story republished with permission
(«… publicado originalmente por El Sol y se reproduce con autorización.»), which names
the outlet when the dated line under it names only the town. One invented fixture per
shape group (fixtures/sources/cases/)."""

import pytest

from articles.importing.cleaning import split_bylines
from articles.importing.cleaning.placement import is_section_name
from articles.importing.cleaning.syndication import syndication_note
from articles.importing.parsing import parse_bytes
from articles.importing.readers.wire import read_byline, split_byline_line

from .conftest import EDITOR_VIEW_FIELDS, assert_editor_view, local, parse

EDITOR_VIEW = [
    # (file, format, title, date, bylines, source, body start, body end, phrases gone)
    (
        # A section's name over the title; three writers without «Por» over the outlet;
        # the update stamp beside the publication date.
        "wire-kicker-over-title-co-byline-outlet.txt",
        "wire",
        "Usuarios del Tren Ligero denuncian retrasos de hasta media hora en Xochimilco",
        local(2023, 3, 9),
        ["Adriana Téllez", "Ramón Pliego", "Lucía Fonseca"],
        "Reportaje Urbano",
        "Pasajeros del Tren Ligero",
        "en las horas de mayor afluencia.",
        ("Transporte\n", "Actualizado", "Ramón Pliego"),
    ),
    (
        # «Name | Enviada especial | Outlet», the photographer's line, the town and date.
        "wire-role-part-photographer-in-byline-block.md",
        "wire",
        "Pescadores de Tecolutla piden apoyo tras el cierre de la barra",
        local(2023, 5, 6),
        ["Marisol Quintero Vela"],
        "La Crónica del Golfo",
        "Medio centenar de lanchas",
        "un dragado de emergencia.",
        ("Enviada especial", "Fotos:", "Evaristo"),
    ),
    (
        # An italic republication note over «Por X y Y» and «Town · date · time».
        "wire-republished-note-over-town-date-line.md",
        "wire",
        "Cierran por obras el puente vehicular de la avenida Central en Ecatepec",
        local(2022, 8, 21),
        ["Joel Arriaga", "Nayeli Corona"],
        "El Pregonero Mexiquense",
        "El puente vehicular",
        "agentes de tránsito en los cruces principales.",
        ("originalmente", "autorización"),
    ),
]


@pytest.mark.parametrize(EDITOR_VIEW_FIELDS, EDITOR_VIEW)
def test_what_an_editor_sees(name, fmt, title, date, bylines, source, first, last, gone):
    assert_editor_view(name, fmt, title, date, bylines, source, first, last, gone)


def test_a_kicker_over_the_title_is_the_section():
    assert parse("wire-kicker-over-title-co-byline-outlet.txt").section == "Transporte"


@pytest.mark.parametrize("name", ["Movilidad", "TRANSPORTE", "Alcaldías", "Zona Metropolitana"])
def test_a_metropolitan_desks_sections_are_section_names(name):
    assert is_section_name(name)


def test_the_photographer_in_the_byline_block_credits_the_lead_image():
    article = parse("wire-role-part-photographer-in-byline-block.md")
    assert article.lead_image_credit == "Evaristo Lomelí"
    assert [b.name for b in article.bylines] == ["Marisol Quintero Vela"]


@pytest.mark.parametrize(
    ("line", "names", "source"),
    [
        (
            "Rubén Ortiz Cano | Enviado especial | Diario del Altiplano",
            ["Rubén Ortiz Cano"],
            "Diario del Altiplano",
        ),
        (
            "Por Rubén Ortiz Cano | Corresponsal en Toluca | El Eco Mexiquense",
            ["Rubén Ortiz Cano"],
            "El Eco Mexiquense",
        ),
        (
            "Lidia Mar, Óscar Peña y Irma Gil / Hoja Metropolitana",
            ["Lidia Mar", "Óscar Peña", "Irma Gil"],
            "Hoja Metropolitana",
        ),
    ],
)
def test_a_writers_role_or_a_co_byline_before_the_outlet(line, names, source):
    found = split_byline_line(line)
    assert [b.name for b in split_bylines(list(found.authors), desk=False)] == names
    assert found.source == source


def test_a_co_byline_over_a_town_names_no_outlet():
    found = split_byline_line("Lidia Mar, Óscar Peña y Irma Gil / San Pedro Garza García")
    assert found is None or found.source != "San Pedro Garza García"


def test_the_update_stamp_beside_the_date_dates_nothing():
    found, taken = read_byline(
        [
            "Lidia Mar y Óscar Peña / Hoja Metropolitana\n"
            "Publicado: 4 feb 2021, 07:30 | Actualizado: 6 feb 2021, 09:00"
        ]
    )
    assert taken == 1
    assert found.published_at.date() == local(2021, 2, 4).date()


def test_an_update_stamp_after_spaces_alone_dates_nothing():
    found, _taken = read_byline(
        ["Por Lidia Mar Peña\nPublicado: 04/02/2021 07:30    Actualizado: 06/02/2021 09:00"]
    )
    assert found.published_at.date() == local(2021, 2, 4).date()


def test_an_outlet_and_section_line_and_a_photo_credit_in_the_block_under_a_plain_title():
    text = (
        "Vecinos del barrio de San Miguel reabren su mercado tras dos años\n"
        "Hoja Metropolitana | Estados\n"
        "Por Lidia Mar Peña\n"
        "Publicado: 04/02/2021 07:30    Actualizado: 06/02/2021 09:00\n"
        "Foto: Hoja Metropolitana / Archivo\n\n"
        "Los locatarios volvieron a abrir las cortinas este jueves, después de dos años de "
        "obras en la techumbre del edificio.\n\n"
        "La alcaldía informó que la segunda etapa de la obra comenzará en el verano.\n"
    )
    article = parse_bytes(text.encode(), source_path="nota.txt")
    assert article.format == "wire"
    assert article.title == "Vecinos del barrio de San Miguel reabren su mercado tras dos años"
    assert [b.name for b in article.bylines] == ["Lidia Mar Peña"]
    assert (article.source, article.section) == ("Hoja Metropolitana", "Estados")
    assert article.published_at.date() == local(2021, 2, 4).date()
    assert article.lead_image_credit == "Hoja Metropolitana / Archivo"
    assert article.body.startswith("Los locatarios volvieron")


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        (
            "*Este texto fue publicado originalmente por Brújula Sur y se reproduce con "
            "autorización.*",
            "Brújula Sur",
        ),
        (
            "Este reportaje se publicó originalmente en Plaza Pública, que lo republica "
            "bajo licencia Creative Commons.",
            "Plaza Pública",
        ),
        (
            "La crónica apareció primero en El Faro del Valle, con permiso de sus editores.",
            "El Faro del Valle",
        ),
        (
            "Esta nota fue publicada originalmente en Zona Libre. Se reproduce con permiso.",
            "Zona Libre",
        ),
    ],
)
def test_a_republication_note_with_its_permission_names_the_outlet(note, outlet):
    assert syndication_note(note) == (outlet, "")


def test_a_sentence_about_permission_is_no_note():
    assert syndication_note("El texto se reproduce con autorización de la alcaldía.") is None


def test_a_note_with_the_outlet_in_bold_and_its_network_names_the_outlet_alone():
    note = (
        "Esta nota se publicó originalmente en **Radio Tepeyolo**, integrante de la Red "
        "Serrana de Radios. Se reproduce con autorización."
    )
    assert syndication_note(note) == ("Radio Tepeyolo", "")


def test_a_quoted_republication_note_over_the_kicker_is_neither_title_nor_body():
    article = parse_bytes(
        (
            "> Esta nota se publicó originalmente en **Radio Tepeyolo**, integrante de la "
            "Red Serrana de Radios. Se reproduce con autorización.\n\n"
            "Campo\n\n"
            "## Ejidatarios de Tepeyolo levantan la primera cosecha de café orgánico\n\n"
            "Por Rosalba Nieto Cruz · *Radio Tepeyolo* · 09/11/2021\n\n"
            "Los ejidatarios de Tepeyolo levantaron este fin de semana la primera cosecha de "
            "café certificado como orgánico, tras cuatro años de trabajo en las parcelas.\n\n"
            "La cooperativa venderá el grano a un tostador de la capital del estado.\n"
        ).encode(),
        source_path="red/cafe.md",
    )
    assert article.title == "Ejidatarios de Tepeyolo levantan la primera cosecha de café orgánico"
    assert article.published_at.date().isoformat() == "2021-11-09"
    assert [b.name for b in article.bylines] == ["Rosalba Nieto Cruz"]
    assert (article.source, article.section) == ("Radio Tepeyolo", "Campo")
    assert "originalmente" not in article.body
    assert article.body.startswith("Los ejidatarios de Tepeyolo")
