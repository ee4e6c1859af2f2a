"""Shapes of the centre-south archive, one invented fixture per shape
(fixtures/sources/cases/): a date and place line over «Writer / Outlet» over a bold
title; «Outlet — Town | Redacción» over a date line with its update stamp; a headline
that asks and answers glued to the lede; the outlet's call for donations; a Jekyll
body opening with the picture its front matter names as the lead image."""

import pytest

from .conftest import EDITOR_VIEW_FIELDS, assert_editor_view, local, parse

EDITOR_VIEW = [
    # (file, format, title, date, bylines, source, body start, body end, phrases gone)
    (
        # «date | Town, St.» over «Writer / Outlet» (no «Por»), then the **bold** title.
        "wire-date-place-over-writer-outlet.markdown",
        "wire",
        "Campesinos de Tlapa reciben semilla de maíz criollo para el temporal",
        local(2023, 3, 14),
        ["Rosendo Cantú Ayala"],
        "Noticiario de la Montaña",
        "Unas 400 familias",
        "una hectárea de milpa.",
        ("Rosendo", "Te puede interesar", "Síguenos"),
    ),
    (
        # «Outlet — Town | Redacción» (no writer) over «date, time | Actualizado: …»;
        # «Lee también: ¿…? answer» glued to the lede; a donation pitch closing it.
        "wire-outlet-town-desk-line.md",
        "wire",
        "Cierran el puente de Amacuzac por un socavón en la entrada norte",
        local(2024, 6, 4),
        [],
        "Heraldo del Sur",
        "Autoridades de Protección Civil cerraron",
        "los elementos que vigilan el cruce.",
        ("Redacción", "Actualizado", "Estas son las casetas", "Apoya", "donativo"),
    ),
]


@pytest.mark.parametrize(EDITOR_VIEW_FIELDS, EDITOR_VIEW)
def test_what_an_editor_sees(name, fmt, title, date, bylines, source, first, last, gone):
    assert_editor_view(name, fmt, title, date, bylines, source, first, last, gone)


def test_a_body_image_repeating_the_front_matter_image_leaves_the_body():
    post = parse("jekyll-repeated-lead-image.md")
    assert post.body.startswith("Vecinos de San Pedro Ixcatlán abrieron")
    assert "![" not in post.body
    assert post.lead_image_credit == "Luisa Méndez Toral"
    assert post.section == "Cultura"
