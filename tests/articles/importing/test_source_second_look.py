"""The second look at the source (``readers.source_look``): the outlet a page names
twice over (a masthead, a credit beside the archive or a desk, its own notes, a mail's
or chat's sender, a site or handle spelling it) fills an empty source or replaces one
that is no outlet (a place, a section, a role's credit); a name seen once, a person's
name, a word alone and a page number never become the source; and a story sheet's
labelled fields name the publication, never an edition. All text invented."""

from articles.importing.parsing import parse_bytes

LEDE = (
    "Vecinos de la colonia Palmar Viejo bloquearon durante tres horas la avenida principal "
    "para exigir que el organismo operador repare una fuga que lleva dos semanas abierta."
)
SECOND = (
    "El gerente del organismo dijo que la cuadrilla trabajará el fin de semana y que el "
    "servicio se restablecerá de manera gradual a partir del lunes por la mañana."
)


def _parse(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode(), source_path=name)


def test_a_credit_beside_the_archive_and_the_site_name_the_outlet():
    text = (
        "Reabren el mercado de Palmar Viejo tras la remodelación\n\n"
        "Por Rosalba Ichazo Tun\n\n"
        "Foto: Archivo / Brisa Costera Hoy\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "URL: https://www.brisacosterahoy.example.mx/2021/05/04/mercado/\n"
    )
    assert _parse(text).source == "Brisa Costera Hoy"


def test_a_masthead_and_a_closing_note_name_the_outlet():
    text = (
        "El Farol del Altiplano — Noticias de la meseta\n\n"
        "Reabren el mercado de Palmar Viejo tras la remodelación\n\n"
        "Por Rosalba Ichazo Tun\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "Únete al canal de WhatsApp de El Farol del Altiplano y recibe las noticias.\n"
    )
    assert _parse(text).source == "El Farol del Altiplano"


def test_a_running_head_repeats_a_print_masthead():
    text = (
        "LA CAMPANA DEL SUR        Tenosique, Tab., jueves 3 de mayo de 2001        5\n\n"
        "Reabren el mercado de Palmar Viejo tras la remodelación\n\n"
        "Por Rosalba Ichazo Tun\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert _parse(text).source.casefold() == "la campana del sur"


def test_a_mail_sender_spelled_by_its_domain_is_the_outlet():
    text = (
        'From: "Ventana Norteña" <hola@ventananortena.example.mx>\n'
        "To: lectores@example.mx\n"
        "Subject: Reabren el mercado de Palmar Viejo\n"
        "Date: Tue, 04 May 2021 07:00:00 -0600\n\n"
        "Reabren el mercado de Palmar Viejo tras la remodelación\n\n"
        "Por Rosalba Ichazo Tun\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert _parse(text).source == "Ventana Norteña"


def test_a_place_taken_for_the_source_gives_way_to_the_outlet():
    text = (
        "Reabren el mercado de Palmar Viejo tras la remodelación\n\n"
        "Staff / Telecanal Costero | Campeche, Camp. | 4 de mayo de 2021\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        "Síguenos en @TelecanalCostero y mira Telecanal Costero a las 21:00 horas.\n"
    )
    assert _parse(text).source == "Telecanal Costero"


def test_a_name_seen_once_or_a_person_or_a_word_is_no_source():
    text = (
        "NOTICIERO DE LA TARDE · BLOQUE 3 · NOTA 2\n"
        "Reabren el mercado de Palmar Viejo tras la remodelación\n\n"
        "Texto: Rosalba Ichazo Tun | Foto: Tomás Ek Canché / Corresponsal\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert _parse(text).source == ""


def test_a_story_sheet_names_the_publication_never_the_edition():
    sheet = (
        "@PUBLICACION:La Brújula del Valle\n@SLUG:MERCADO-PALMAR\n@SECCION:Ciudad\n"
        "@PAG:3B\n@FECHA:04/05/01\n@EDICION:Vespertina\n"
        "@CABEZA:Reabren el mercado de Palmar Viejo\n@FIRMA:Por Rosalba Ichazo Tun\n"
        f"@TEXTO:{LEDE}\n@TEXTO:{SECOND}\n"
    )
    assert _parse(sheet).source == "La Brújula del Valle"
    fields = (
        "**NOTA PARA:** Edición sabatina\n\n"
        "**CABEZA:** Reabren el mercado de Palmar Viejo tras la remodelación\n\n"
        "**AUTOR:** Rosalba Ichazo Tun\n\n"
        f"**TEXTO:**\n\n{LEDE}\n\n{SECOND}\n"
    )
    assert _parse(fields, "nota.md").source == ""
