"""Furniture at a body's edges, by evidence (``readers.edge_furniture``): a line with no
sentence evidence and a furniture sign (a field, a label, codes, a stamp, a page line, a
name alone, capitals, contact data, a share line), or with a sign no story carries (a
copyright mark, a download's size, a cue in brackets, a note to the desk), leaves the
head and the tail of a body, and a running head its middle. Prose, a list, a quote, a
signature, an interview's lines and a hard-wrapped sentence's pieces stay. All text
invented; the prose is the shared LEDE, SECOND and THIRD."""

import pytest

from articles.importing.parsing import parse_bytes
from articles.importing.readers.edge_furniture import furniture_kind

from .conftest import LEDE, SECOND, THIRD

HEADLINE = "Apicultores de Zacualpan reciben semilla de plantas melíferas para sus parcelas"


def _body(head: str = "", tail: str = "", middle: str = "") -> str:
    """The body the importer keeps of a note with ``head`` over the prose, ``middle``
    between its second and third paragraphs and ``tail`` under it."""
    parts = [HEADLINE, head, LEDE, SECOND, middle, THIRD, tail]
    text = "\n\n".join(part for part in parts if part) + "\n"
    return parse_bytes(text.encode(), source_path="nota.txt").body


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Folio: 14 y 15", "field"),
        ("Tecleó: R.J.M.", "field"),
        ("PALABRAS: 2 415", "field"),
        ("CUERPO:", "label"),
        ("MOR-MIEL-cvz", "codes"),
        ("April 7, 2021 at 9:40 am", "stamp"),
        ("3B · El Colmenar · Jueves 4 de abril de 2019", "page"),
        ("BLOQUE 3 / NOTA 2", "page"),
        ("Dirección de Comunicación Social", "name"),
        ("CIERRE DE LA VERSIÓN", "capitals"),
        ("Tel. 735 555 0199 | prensa@colmenar.example.mx", "contact"),
        ("Mandar por WhatsApp", "app"),
        ("© 2021 El Colmenar. Avenida Morelos 12, Zacualpan.", "copyright"),
        ("Bajar el comunicado (PDF, 96 KB)", "download"),
        ("(LOCUTOR A CUADRO)", "cue"),
        ("Prohibida su reproducción total o parcial sin permiso.", "notice"),
        # prose, an interview's lines, a salutation, a signature: no furniture
        ("Nadie resultó herido.", ""),
        ("Sin más por el momento.", ""),
        ("P: ¿Cuándo empieza la cosecha?", ""),
        ("R: No.", ""),
        ("Queridos socios:", ""),
        ("ING. MARTA SOLÍS ROJAS", ""),
        ("Marta Solís Rojas", ""),
        ("- Semilla de girasol", ""),
    ],
)
def test_a_lines_furniture_is_told_by_its_evidence(line, kind):
    assert furniture_kind(line) == kind


def test_fields_and_codes_over_the_prose_leave_the_head():
    body = _body(head="Folio: 14 y 15\nTecleó: R.J.M.\n\nCUERPO:")
    assert body.startswith(LEDE)
    for line in ("Folio", "Tecleó", "CUERPO"):
        assert line not in body


def test_a_closing_run_of_furniture_leaves_the_tail():
    tail = (
        "Mandar por WhatsApp\n"
        "Bajar el comunicado (PDF, 96 KB)\n"
        "Notas relacionadas\n"
        "Reparten semilla de girasol en la sierra\n"
        "Cooperativa de Tetela exporta su primera miel\n"
        "© 2021 El Colmenar. Avenida Morelos 12, Zacualpan.\n"
        "Tel. 735 555 0199 | prensa@colmenar.example.mx"
    )
    body = _body(tail=tail)
    assert body.endswith(THIRD)
    for phrase in ("WhatsApp", "PDF", "girasol", "Tetela", "©", "prensa@"):
        assert phrase not in body


def test_a_page_line_repeated_in_the_middle_leaves_it():
    body = _body(middle="El Colmenar · Núm. 8 · página 1", tail="El Colmenar · Núm. 8 · página 2")
    assert "página" not in body
    assert body == f"{LEDE}\n\n{SECOND}\n\n{THIRD}"


def test_prose_signatures_and_short_sentences_stay():
    tail = "Nadie resultó herido.\n\nMarta Solís Rojas\n\nING. MARTA SOLÍS ROJAS"
    body = _body(tail=tail)
    assert body.endswith(tail)


def test_an_interviews_lines_and_a_list_under_its_label_stay():
    tail = "P: ¿Cuándo empieza la cosecha?\n\nR: En mayo."
    assert _body(tail=tail).endswith(tail)
    head = "Requisitos:\n\n- Credencial de productor\n- Comprobante de domicilio"
    assert _body(head=head).startswith(head)


def test_a_forms_fields_stay_over_its_labelled_answers():
    head = (
        "Fecha de solicitud: 2 de mayo de 2022\n\n"
        "Texto de la pregunta:\n«¿Cuántas colmenas se perdieron en 2021?»"
    )
    assert _body(head=head).startswith(head)


def test_a_hard_wrapped_sentence_keeps_its_pieces():
    wrapped = (
        "La Dirección de Comunicación Social de\n"
        "Zacualpan informó que la cosecha de miel fue la más corta en una década,\n"
        "según el registro de la cooperativa."
    )
    tail = "Los resultados pueden consultarse en la página del\nInstituto."
    text = f"{HEADLINE}\n\n{wrapped}\n\n{SECOND}\n\n{tail}\n"
    body = parse_bytes(text.encode(), source_path="nota.txt").body
    assert body.startswith("La Dirección de Comunicación Social de")
    assert body.endswith("página del\nInstituto.")


def test_a_short_closing_sentence_ends_the_tail_and_keeps_what_is_over_it():
    tail = "Copió: R.J.M.\n\nHabrá junta de cierre."
    assert _body(tail=tail).endswith(tail)
