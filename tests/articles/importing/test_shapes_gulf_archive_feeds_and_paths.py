"""A front matter with an unquoted colon in a value, a student paper's site key, a
caption's credit after a slash, an agency feed's slug line with its message number and
a correction notice between asterisks, an agency's bracketed header, a «Redacción:»
label before the writer, a kicker written as a path, and a correspondent's mailed copy
under the desk's labelled fields: invented texts, asserting what an editor sees."""

from datetime import date

from articles.importing.cleaning import placement
from articles.importing.cleaning.field_block import read_field_block
from articles.importing.parsing import parse_bytes
from articles.importing.readers.front_matter import split_front_matter


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


LEDE = (
    "Los apicultores de la sierra baja reportaron que la floración llegó tres semanas "
    "antes de lo habitual, por lo que adelantaron la primera cosecha del año."
)
SECOND = "La cooperativa regional calcula que la producción crecerá una quinta parte."
THIRD = "Los compradores locales ofrecieron mantener el precio del año anterior."


def test_a_plain_value_with_a_colon_is_read_as_a_person_reads_it():
    text = (
        "---\n"
        "title: Feria del Cacao: veinte años de tradición\n"
        "date: 2019-3-9\n"
        "author: Lucía Can y Pedro Uc\n"
        "---\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    data, _body = split_front_matter(text)
    assert data["title"] == "Feria del Cacao: veinte años de tradición"
    article = read(text, "feria.md")
    assert article.title == "Feria del Cacao: veinte años de tradición"
    assert names(article) == ["Lucía Can", "Pedro Uc"]
    assert article.published_at.date() == date(2019, 3, 9)


def test_a_front_matter_that_is_broken_otherwise_is_still_refused():
    text = "---\ntitle: [sin cerrar: uno\n---\n\nTexto.\n"
    try:
        read(text, "roto.md")
    except Exception as error:  # ImportFailure
        assert "YAML" in str(error)
    else:
        raise AssertionError("a broken front matter was imported")


def test_a_student_papers_site_key_and_a_caption_credit_after_a_slash():
    article = read(
        "---\n"
        "title: Inauguran laboratorio de robótica\n"
        "date: 2012-10-03\n"
        "periodico_escolar: Ecos del Plantel\n"
        'pie: "Alumnos prueban los primeros prototipos / Foto: Rebeca Pool"\n'
        "---\n\n"
        f"{LEDE}\n",
        "robotica.md",
    )
    assert article.source == "Ecos del Plantel"
    assert article.lead_image_credit == "Rebeca Pool"


FEED = (
    "ANP-0412   18/06/2011   09:47   URGENTE\n"
    "CAMPECHE-APICULTURA\n"
    "** Sustituye a ANP-0409 (corrige cifra de colmenas) **\n"
    "\n"
    "Adelantan cosecha de miel en la sierra baja por floración temprana\n"
    "\n"
    "Por Elena Chi Balam, corresponsal\n"
    "\n"
    f"Hopelchén, Camp., 18 de junio (ANP).- {LEDE}\n"
    "\n"
    f"{SECOND}\n"
    "\n"
    f"{THIRD}\n"
    "\n"
    "ANP/ECB/jlm\n"
)


def test_a_feeds_slug_line_with_its_message_number_and_a_correction_notice():
    article = read(FEED)
    assert article.title == "Adelantan cosecha de miel en la sierra baja por floración temprana"
    assert names(article) == ["Elena Chi Balam"]
    assert article.source == "ANP"  # the agency's code credits the dateline
    assert article.published_at.date() == date(2011, 6, 18)  # the slug line's year
    assert article.body.startswith("Los apicultores")
    for junk in ("ANP-0412", "CAMPECHE-APICULTURA", "Sustituye", "(ANP).-"):
        assert junk not in article.body


def test_an_agencys_bracketed_header_and_a_redaccion_label():
    article = read(
        "[NPS] SALUD :: 4 marzo 2015 :: 11:20\n\n"
        "Refuerzan vacunación en comunidades ribereñas del Usumacinta\n\n"
        "Redacción: Tomás Hau Ek\n\n"
        f"Balancán, Tabasco, 4 marzo 2015 (NPS).— {LEDE}\n\n"
        f"{SECOND}\n\n{THIRD}\n\n"
        "© Noticias del Poniente del Sureste (NPS). Prohibida su reproducción.\n"
    )
    assert article.title == "Refuerzan vacunación en comunidades ribereñas del Usumacinta"
    assert article.section == "Salud"
    assert article.published_at.date() == date(2015, 3, 4)
    assert names(article) == ["Tomás Hau Ek"]
    assert "NPS] SALUD" not in article.body and "Redacción:" not in article.body


def test_a_kicker_written_as_a_path_gives_its_first_level():
    assert placement.kicker_path("Deportes ▸ Béisbol") == "Deportes"
    assert placement.kicker_path("Economía | Campo") == "Economía"
    assert placement.kicker_path("Por Ana Ruiz | 3 de mayo de 2020") == ""
    article = read(
        "Región ▸ Los Ríos\n\n"
        "# Productores de cacao piden reabrir centro de acopio\n\n"
        "*Por Irma Cupul Dzib*\n"
        "*El Correo del Usumacinta — 14/05/2019*\n\n"
        f"{LEDE}\n\n{SECOND}\n",
        "cacao.md",
    )
    assert article.title == "Productores de cacao piden reabrir centro de acopio"
    assert article.section == "Región"
    assert names(article) == ["Irma Cupul Dzib"]
    assert article.published_at.date() == date(2019, 5, 14)


def test_a_section_path_under_the_outlets_name_is_no_place():
    article = read(
        "EL VIGÍA DEL PUERTO\n"
        "Deportes | Regatas\n\n"
        "Suman once tripulaciones a la regata del malecón\n\n"
        "Por Samuel Dzul Pech\n"
        "Publicado: 12/07/2018 10:15\n\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    assert article.section == "Deportes"
    assert article.location == ""


MAILED_COPY = (
    "De: Hilda Poot <hpoot@correo.example.mx>\n"
    "Para: mesa@elecodelgolfo.example.mx\n"
    "Fecha: lun, 8 jun 2015 18:02\n"
    "Asunto: nota apicultores - mando fotos aparte\n"
    "\n"
    "NOTA PARA: El Eco del Golfo / edición martes\n"
    "SECCIÓN: Estado\n"
    "CABEZA: Adelantan cosecha de miel en la sierra baja\n"
    "REPORTERO: Hilda Poot Canul\n"
    "FECHA: 08-06-2015\n"
    "\n"
    "----- TEXTO -----\n"
    "\n"
    f"{LEDE}\n\n{SECOND}\n"
)


def test_a_correspondents_mail_under_the_desks_labelled_fields():
    block = read_field_block(MAILED_COPY.split("\n\n", 1)[1])
    assert block is not None and block.fields["source"] == "El Eco del Golfo"
    article = read(MAILED_COPY)
    assert article.title == "Adelantan cosecha de miel en la sierra baja"
    assert names(article) == ["Hilda Poot Canul"]
    assert article.source == "El Eco del Golfo"
    assert article.section == "Estado"
    assert article.published_at.date() == date(2015, 6, 8)
    assert article.body.startswith("Los apicultores")
    assert "TEXTO" not in article.body and "Asunto" not in article.body
