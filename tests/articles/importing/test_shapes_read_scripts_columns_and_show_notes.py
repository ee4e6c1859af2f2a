"""Radio scripts read straight under their head, opinion columns' closing notes, podcast
show notes, labelled dates of notes, photo credits inside shortcodes, and the closing
notices of translated stories and live blogs (importer-cg, -ch, -cj shapes), in
invented text."""

from articles.importing.parsing import parse_bytes

from .conftest import LEDE, SECOND, THIRD

# A radio script whose story is read right under its head label, no cue between them.
SCRIPT_READ_UNDER_HEAD = f"""Radio Valle Alto 880 AM - Noticiero Vespertino
GUION DE NOTICIAS
JUEVES 14 DE ABRIL DE 2011
REDACCIÓN: Leopoldo Arizmendi Cano
SECCIÓN: CAMPO
========================================
NOTA 4          DURACIÓN: 1'05"

CABEZA: Se adelanta la floración y la cosecha de miel sale corta en Zacualpan

LOCUTOR: {LEDE}

LOCUTORA: {SECOND}
"""


def test_a_scripts_text_read_right_under_its_head_label_is_the_body():
    article = parse_bytes(SCRIPT_READ_UNDER_HEAD.encode(), source_path="radio/miel.txt")
    assert article.title == "Se adelanta la floración y la cosecha de miel sale corta en Zacualpan"
    assert [b.name for b in article.bylines] == ["Leopoldo Arizmendi Cano"]
    assert article.body.startswith(LEDE)
    assert SECOND in article.body and "LOCUTOR" not in article.body


# A capsule's script: its production line with the air date, its writer and voice, the
# operator's cues and the speaker's label alone over what is read.
CAPSULE_SCRIPT = f"""Las colmenas del valle cambian de lugar con la sequía
Cápsula para la barra vespertina · Transmisión: 11 de octubre de 2018 · Duración: 1'50"
Guion y voz: Reynaldo Quiroga Salas

OPERADOR: ENTRA TEMA "VOCES DEL CAMPO" Y BAJA A FONDO

LOCUTOR:
{LEDE}

{SECOND}

OPERADOR: SUBE TEMA Y SALE
"""


def test_a_capsules_air_date_writer_and_operators_cues_leave_the_body():
    article = parse_bytes(CAPSULE_SCRIPT.encode(), source_path="radio/colmenas.txt")
    assert article.title == "Las colmenas del valle cambian de lugar con la sequía"
    assert article.published_at.date().isoformat() == "2018-10-11"
    assert [b.name for b in article.bylines] == ["Reynaldo Quiroga Salas"]
    assert article.body.startswith(LEDE)
    assert article.body.endswith(SECOND)
    for gone in ("OPERADOR", "ENTRA TEMA", "LOCUTOR", "Cápsula", "Guion"):
        assert gone not in article.body


def test_a_notes_labelled_answer_date_dates_it():
    text = (
        "Respuesta a la consulta ciudadana con número de expediente 2231-0098\n\n"
        "Consulta recibida: 2 de mayo de 2022\n"
        "Área responsable: Dirección de Desarrollo Rural\n"
        "Fecha de respuesta: 16 de mayo de 2022\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    article = parse_bytes(text.encode(), source_path="notas/consulta.txt")
    assert article.published_at.date().isoformat() == "2022-05-16"
    assert article.body.startswith("Consulta recibida")


# An opinion column: its name beside the writer's credit, the writer's bio with the
# address to write to, and the paper's disclaimer under the text.
COLUMN = f"""Opinión

## Lo que las abejas saben del agua

**Columna «Panal»** · Por Ismael Trejo Urquiza · El Correo del Altiplano · 3 de junio de 2016

{LEDE}

{SECOND}

*Ismael Trejo Urquiza es agrónomo y apicultor. Escríbele a itrejo@correoaltiplano.example.mx \
o síguelo en Twitter: @IsmaelTrejoEj*

*Las opiniones expresadas en este espacio son responsabilidad exclusiva de su autor y no \
reflejan necesariamente la postura de El Correo del Altiplano.*
"""


def test_a_columns_name_bio_and_disclaimer_are_no_byline_source_or_body():
    article = parse_bytes(COLUMN.encode(), source_path="opinion/panal.md")
    assert [b.name for b in article.bylines] == ["Ismael Trejo Urquiza"]
    assert article.source == "El Correo del Altiplano"
    assert article.body.endswith(SECOND)


# A podcast's show notes: its hosts in the front matter, a guest who writes nothing, the
# production's credits under a heading and the pitch to listen closing them.
SHOW_NOTES = f"""---
title: "Las abejas y la sequía"
date: 2022-09-08 07:00:00 -0500
podcast: Campo Abierto
hosts:
  - Mirna Estévez Galván
  - Octavio Lazcano Ríos
invitado: Fermín Ugalde Santos
---

{LEDE}

{SECOND}

## Créditos

Producción: Lidia Carmona Peña. Edición y mezcla: Saúl Benítez. \
Música original: Banda Los Jilgueros.

Escucha Campo Abierto cada martes en tu aplicación de podcasts favorita.
"""


def test_show_notes_hosts_are_the_byline_and_the_credits_leave_the_body():
    article = parse_bytes(SHOW_NOTES.encode(), source_path="podcast/abejas.md")
    assert [b.name for b in article.bylines] == ["Mirna Estévez Galván", "Octavio Lazcano Ríos"]
    assert article.source == "Campo Abierto"
    assert article.body.endswith(SECOND)


def test_a_newsletter_archives_newsletter_key_is_the_source():
    text = (
        '---\ntitle: "La semana en el campo"\nfecha: 2023-02-06\n'
        f"newsletter: Surco Semanal\nautora: Elvira Paz Montiel\n---\n\n{LEDE}\n\n{SECOND}\n"
    )
    article = parse_bytes(text.encode(), source_path="boletin/semana.md")
    assert article.source == "Surco Semanal"


def test_spaced_zeros_between_dashes_end_a_release():
    for marker in ("- 0 0 0 -", "-- o o o --"):
        text = (
            "SECRETARÍA DE DESARROLLO RURAL DEL ESTADO\nBoletín 118/2019\n\n"
            "## Entregan semilla de plantas melíferas a cooperativas del valle\n\n"
            f"Zacualpan, Morelos, 4 de abril de 2019.- {LEDE}\n\n{SECOND}\n\n{marker}\n\n"
            "Síguenos en Twitter: @DesarrolloRuralEj\n"
        )
        article = parse_bytes(text.encode(), source_path="boletines/semilla.md")
        assert article.body.endswith(SECOND), marker
        assert "0 0" not in article.body and "o o" not in article.body


def test_a_translated_storys_original_title_and_a_live_blogs_closing_notice_go():
    text = (
        "## Cooperativas de miel piden semilla para las lluvias\n\n"
        "Por Ana Ruiz | Agencia del Valle | 5 de mayo de 2021\n\n"
        f"{LEDE}\n\n{SECOND}\n\n"
        '*(Título original: "Honey cooperatives ask for seed before the rains")*\n\n'
        "La cobertura en vivo ha concluido. Consulta aquí nuestras notas más recientes.\n"
    )
    article = parse_bytes(text.encode(), source_path="agencia/miel.md")
    assert article.body.endswith(SECOND)


CAPTION = "Colmenas en la barranca. Foto: Archivo Ejidal"


def test_a_photo_credit_closing_a_shortcodes_or_an_includes_caption_is_the_credit():
    for figure in (
        '{{< figure src="/img/colmenas.jpg" caption="' + CAPTION + '" >}}',
        '{% include figura.html src="/img/colmenas.jpg" pie="' + CAPTION + '" %}',
    ):
        text = (
            '---\ntitle: "Las colmenas bajan a la barranca"\ndate: 2020-03-02\n---\n\n'
            f"{LEDE}\n\n{figure}\n\n{SECOND}\n"
        )
        article = parse_bytes(text.encode(), source_path="posts/colmenas.md")
        assert article.lead_image_credit == "Archivo Ejidal", figure
        assert "barranca. Foto" not in article.body


def test_a_print_pages_section_and_number_under_its_running_head_give_the_section():
    text = (
        "EL CORREO DEL ALTIPLANO                    JUEVES 3 DE MARZO DE 2011\n"
        "REGIÓN 6B\n\n"
        "Apicultores del valle piden semilla\npara sembrar plantas melíferas\n\n"
        "Por Leopoldo Arizmendi Cano\nCorresponsal\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    article = parse_bytes(text.encode(), source_path="impreso/semilla.txt")
    assert article.title == "Apicultores del valle piden semilla para sembrar plantas melíferas"
    assert article.section.casefold() == "región"  # its case is the writer's convention
    assert "6B" not in article.body


# A release copied from an office's page with no blank line at all: its site's name, menu,
# breadcrumb, number, title, the date under it, a share bar a button a line, the text.
PASTED_RELEASE = f"""CONGRESO DEL ESTADO DE MORELOS
LV Legislatura
Ir al contenido principal
Inicio
Diputados
Comisiones
Gaceta
Comunicación
Transparencia
Inicio » Comunicación » Boletines » 2022 » Abril
Boletín-0412
Aprueban exhorto para proteger a los polinizadores del valle
Martes, 5 de abril de 2022
Compartir
Facebook
Twitter
WhatsApp
Imprimir
Cuernavaca, Morelos, 5 de abril de 2022.- {LEDE}
{SECOND}
{THIRD}
Congreso del Estado de Morelos · Calle Matamoros 10 · Todos los derechos reservados 2022
"""


def test_a_pasted_pages_share_bar_and_the_date_under_the_title_leave_the_release():
    article = parse_bytes(PASTED_RELEASE.encode(), source_path="boletines/polinizadores.txt")
    assert article.title == "Aprueban exhorto para proteger a los polinizadores del valle"
    assert article.published_at.date().isoformat() == "2022-04-05"
    assert article.body.startswith(LEDE[:40])
    for gone in ("Martes, 5 de abril", "Facebook", "Twitter", "WhatsApp", "Imprimir"):
        assert gone not in article.body
