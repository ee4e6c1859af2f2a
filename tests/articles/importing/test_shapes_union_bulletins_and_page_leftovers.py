"""Shapes of the eighteenth session's third importer round (importer-bk, -bi, -bh): a
union's bulletin (its sections and committees over an addressee line, signed by several
under «Atentamente»), the leftovers of pages copied as text (bracketed buttons, tag lists
of links, folded «most seen» widgets, bold end markers and pitches), a house desk named
in a photo's credit and a data site's organisation key. Every text is invented."""

import pytest

from articles.importing.cleaning.boilerplate import (
    is_chrome_paragraph,
    is_copyright_notice,
    is_desk_initials,
    is_page_number,
    is_share_bar,
    is_tag_line,
    strip_boilerplate,
)
from articles.importing.cleaning.hyphenation import join_broken_words
from articles.importing.cleaning.letters import strip_signature
from articles.importing.cleaning.outlets import outlet_name
from articles.importing.cleaning.press import is_end_marker, is_issuer_line, is_kicker
from articles.importing.cleaning.syndication import syndication_note
from articles.importing.parsing import parse_bytes

from .conftest import local


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


# A union's bulletin ----------------------------------------------------------------------

UNION_BULLETIN = """\
SINDICATO DE TRABAJADORES DEL TRANSPORTE URBANO DE LA LAGUNA
SECCIÓN 12 — GÓMEZ PALACIO, DGO.
Comité Ejecutivo Seccional
Secretaría de Actas y Acuerdos

BOLETÍN INFORMATIVO 31/2019

A LOS COMPAÑEROS OPERADORES Y A LA SOCIEDAD LAGUNERA:

PIDEN OPERADORES REVISIÓN DE TURNOS EN LAS RUTAS NOCTURNAS

Gómez Palacio, Durango, a 9 de octubre de 2019.

Los operadores de la sección pidieron revisar los turnos de las rutas nocturnas.

La asamblea acordó entregar un pliego durante la próxima semana.

ATENTAMENTE
"UNIDOS EN EL VOLANTE"

EL SECRETARIO GENERAL
C. FAUSTINO ARREOLA BUENROSTRO

EL SECRETARIO DE ACTAS Y ACUERDOS
C. OCTAVIO LUJÁN PIÑA
"""


def test_a_union_bulletin_reads_its_office_title_date_and_signature():
    article = read(UNION_BULLETIN)
    assert article.title == "PIDEN OPERADORES REVISIÓN DE TURNOS EN LAS RUTAS NOCTURNAS"
    assert article.issuer.startswith("Sindicato de Trabajadores del Transporte Urbano")
    assert article.published_at == local(2019, 10, 9)
    assert article.body.startswith("Los operadores de la sección pidieron")
    assert article.body.rstrip().endswith("durante la próxima semana.")
    for line in (
        "A LOS COMPAÑEROS OPERADORES",
        "ATENTAMENTE",
        "OCTAVIO LUJÁN",
        "Secretaría de Actas",
    ):
        assert line not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "SINDICATO ÚNICO DE TRABAJADORES DEL AYUNTAMIENTO",
        "Unión de Cañeros del Papaloapan",
        "FEDERACIÓN DE SINDICATOS DE BURÓCRATAS",
        "Confederación de Pescadores Ribereños",
    ],
)
def test_labour_bodies_are_issuers(line):
    assert is_issuer_line(line)


def test_a_field_label_is_no_issuer():
    assert not is_issuer_line("Unidad: Centro")
    assert not is_issuer_line("Sección: Deportes")
    assert is_issuer_line("Sección 22")


@pytest.mark.parametrize(
    "line",
    [
        "A LA OPINIÓN PÚBLICA:",
        "Al pueblo de Zacatecas:",
        "A LOS MEDIOS DE COMUNICACIÓN Y A LA CIUDADANÍA EN GENERAL:",
    ],
)
def test_an_addressee_line_is_a_kicker(line):
    assert is_kicker(line)


def test_signers_blocks_under_the_signature_go_with_it():
    paragraphs = [
        "Texto del boletín con su primer párrafo.",
        "Segundo párrafo del boletín.",
        'ATENTAMENTE\n"LEMA DEL COMITÉ"',
        "LA PRESIDENTA\nC. ROSA ELENA MUÑIZ",
        "EL TESORERO\nC. JAIME OLVERA",
        "LA VOCAL\nC. IRMA SOLÍS",
    ]
    kept, removed = strip_signature(paragraphs)
    assert kept == paragraphs[:2]
    assert removed[0].startswith("ATENTAMENTE")
    # far from the end, over more of the text, it is no signature
    paragraphs = [
        "Texto.",
        "Atentamente",
        "Luego siguió la asamblea con una discusión larga sobre las cuotas del año.",
        "Y terminó por la noche.",
    ]
    assert strip_signature(paragraphs) == (paragraphs, [])


# Page leftovers --------------------------------------------------------------------------


def test_bracketed_buttons_of_an_old_cms_are_a_share_bar():
    assert is_share_bar("[ Imprimir esta nota ]  [ Enviar a un amigo ]  [ Comentarios (2) ]")
    assert not is_share_bar("[ Imprimir esta nota ] y llévela al módulo")


def test_a_tag_list_of_links_between_dots_is_a_tag_line():
    assert is_tag_line(
        "Etiquetas: [Mazatlán](/tags/mazatlan) · [malecón](/tags/malecon) · [obras](/tags/obras)"
    )
    assert is_tag_line("Temas: [Cabildo](/t/cabildo) • [agua](/t/agua)")


def test_a_share_bar_of_links():
    assert is_share_bar(
        "Compartir: [Facebook](https://fb.example/s?u=1) | [X](https://x.example/s?u=1)"
    )


def test_a_folded_most_seen_widget_and_a_more_videos_pointer_are_chrome():
    assert is_chrome_paragraph(
        "Comentarios (7)\nVer más videos de Sinaloa\n"
        "Lo más visto: Cierran la avenida del Mar por una fuga | Suben las tarifas del agua"
    )
    assert not is_chrome_paragraph(
        "Lo más visto: la gente llegó temprano y se quedó hasta el final."
    )


@pytest.mark.parametrize("line", ["-ooo-", "--OOO--", "**--o--**", "*-30-*", "__###__"])
def test_end_markers_in_emphasis_or_of_three_letters(line):
    assert is_end_marker(line)


def test_a_bold_question_before_a_pitch_goes():
    kept, _credit, _source, removed = strip_boilerplate(
        ["El texto de la nota.", "**¿Viste un bache?** Escríbenos al WhatsApp 667 555 0101."]
    )
    assert kept == ["El texto de la nota."]
    assert removed


# A house desk and a data site's organisation ------------------------------------------------


def test_a_house_desk_named_by_the_photo_credit_is_no_byline():
    text = """---
title: "Reabren el paso peatonal del puente Negro"
date: 2018-03-02
author: Redacción La Brújula
---
![Puente](https://img.example/puente.jpg)
*Foto: Lidia Rangel / La Brújula*

El paso peatonal del puente Negro reabrió este viernes tras dos meses de trabajos.
"""
    article = read(text, "nota.md")
    assert names(article) == []
    assert article.source == ""
    # an outlet named nowhere else: another outlet's desk, a byline
    text = """---
title: "Reabren el paso peatonal del puente Negro"
date: 2018-03-02
author: Redacción La Brújula
---
El paso peatonal del puente Negro reabrió este viernes tras dos meses de trabajos.
"""
    assert names(read(text, "nota.md")) == ["Redacción La Brújula"]


def test_an_organisation_key_is_the_source():
    text = """---
title: "Contamos los árboles del bulevar"
date: 2020-06-01
author: Ema Salcido Rivas
org: Laboratorio Cívico del Valle
---
Contamos 1,204 árboles a lo largo del bulevar durante tres fines de semana.
"""
    assert read(text, "nota.md").source == "Laboratorio Cívico del Valle"


# Exports and print copies ------------------------------------------------------------------


def test_an_escaped_end_marker_is_an_end_marker():
    assert is_end_marker("\\#\\#\\#")
    assert is_end_marker("\\-30\\-")


def test_an_english_platform_note_goes_without_naming_an_outlet():
    assert syndication_note(
        "_Originally published at [blog.example.mx](https://blog.example.mx/@a) on May 2, 2019._"
    ) == ("", "")
    assert syndication_note("This story first appeared in Diario del Valle.") == (
        "Diario del Valle",
        "",
    )


def test_a_folio_in_columns_is_a_page_number():
    assert is_page_number("22                 REVISTA DEL GOLFO")
    assert is_page_number("CRÓNICA                                   23")
    assert not is_page_number("22                 Se reunieron en la plaza")


def test_a_broken_word_takes_its_closing_point_up():
    text = "Se usó como moneda y como tri-\nbuto.\n\nOtro párrafo."
    assert join_broken_words(text).startswith("Se usó como moneda y como tributo.\n")


# A community station's page ------------------------------------------------------------------

STATION_PAGE = """Radio Cañada Verde · Radio comunitaria · 103.7 FM · Cuetzalan, Pue.

REFORESTAN LOS MANANTIALES DE LA SIERRA CON 4 MIL ÁRBOLES NATIVOS

Escrito por Evaristo Molina Ortiz
Categoría: Territorio
Publicado: Jueves, 3 Mayo 2018 10:15

Brigadas de ocho comunidades sembraron durante el fin de semana cuatro mil árboles nativos
alrededor de los manantiales que abastecen a la cabecera municipal y a sus juntas auxiliares.
"""


def test_a_station_masthead_bar_is_no_title_and_names_the_station():
    article = read(STATION_PAGE, "nota.md")
    assert article.title == "REFORESTAN LOS MANANTIALES DE LA SIERRA CON 4 MIL ÁRBOLES NATIVOS"
    assert article.source == "Radio Cañada Verde"
    assert article.section == "Territorio"
    assert names(article) == ["Evaristo Molina Ortiz"]
    assert article.published_at == local(2018, 5, 3, 10, 15)


def test_a_labelled_field_is_no_outlet_name():
    assert outlet_name("Categoría: Deportes") == ""
    assert outlet_name("Radio Cañada Verde") == "Radio Cañada Verde"


@pytest.mark.parametrize("key", ["radio", "radio_site", "emisora"])
def test_a_station_key_is_the_source(key):
    text = f"""---
title: "Abren la feria del café en la plaza"
date: 2020-02-01
author: Irma Téllez Rubio
{key}: Radio Tsinaka 105.1 FM
---
La feria del café abrió este sábado con 40 productores de la región.
"""
    assert read(text, "nota.md").source == "Radio Tsinaka 105.1 FM"


# An agency's closing lines ----------------------------------------------------------------


def test_an_agency_leave_to_reproduce_and_its_initials_go():
    assert is_copyright_notice("Este despacho puede ser reproducido citando a ANOR como fuente.")
    assert is_desk_initials("NORTEX/MRG/aol")
    kept, _credit, _source, _removed = strip_boilerplate(
        [
            "El texto de la nota.",
            "Esta nota puede reproducirse libremente citando a NORTEX como fuente.\nNORTEX/MRG/aol",
        ]
    )
    assert kept == ["El texto de la nota."]


# A headless CMS's export -------------------------------------------------------------------


def test_a_photographer_among_the_authors_and_a_section_reference():
    text = """---
title: "Llega la feria del queso a Tonalá"
publishedAt: "2024-03-02T10:00:00-06:00"
authors:
  - name: Clara Ibáñez Soto
  - name: Ramón Ulloa
    role: fotografía
section:
  name: Región
  slug: region
---
La feria del queso reunió a 60 productores de la región en la plaza principal.
"""
    article = read(text, "nota.md")
    assert names(article) == ["Clara Ibáñez Soto"]
    assert article.section == "Región"


def test_a_ghost_export_primary_author_and_tag():
    text = """---
title: "Vuelven las garzas al estero"
published_at: 2021-04-10T09:00:00.000-06:00
primary_author: Lidia Osorio Cano
primary_tag: Naturaleza
tags: [Naturaleza, Estero]
---
Las garzas volvieron al estero después de dos temporadas de sequía.
"""
    article = read(text, "nota.md")
    assert names(article) == ["Lidia Osorio Cano"]
    assert article.section == "Naturaleza"
