"""An agency's teleprinter transmission around its copy, a story its writer e-mailed,
a CMS's record notes over a block of fields, a platform's default category, a title
in two languages, a release dated with the issuer's acronym, a kicker right over a
plain title and a «Texto y foto» credit: invented texts, asserting what an editor sees."""

from datetime import date

from articles.importing.cleaning.bilingual import bilingual_title
from articles.importing.cleaning.placement import split_placement
from articles.importing.cleaning.press import is_end_marker
from articles.importing.cleaning.transmission import read_transmission
from articles.importing.parsing import parse_bytes


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


LEDE = (
    "Productores de limón del valle denunciaron que los acopiadores pagan menos de lo que "
    "cuesta cosechar, por lo que pidieron un precio de garantía."
)
SECOND = "La asociación local calcula que la mitad de las huertas no se cortará este año."
THIRD = "Las autoridades dijeron que revisarán la propuesta la próxima semana."

TRANSMISSION = (
    "NRT0218 3 MICH 0380 ESP /NRT-AGRO\n"
    "LIMON-VALLE-PRECIOS\n"
    "PRIORIDAD: 3\n"
    "Limoneros del valle piden precio de garantía ante caída de pagos\n"
    "Por Amalia Zavala Rentería\n"
    f"Apatzingán, Mich., 2 feb (NRT).- {LEDE}\n"
    f"{SECOND}\n"
    f"{THIRD}\n"
    "NRT/AZR/jcm\n"
    "02/02/2019 11:40:12\n"
    "Noticias de la Región Tierra Caliente. Servicio exclusivo para suscriptores.\n"
)


def test_agency_transmission_is_no_part_of_the_story():
    article = read(TRANSMISSION)
    assert article.title == "Limoneros del valle piden precio de garantía ante caída de pagos"
    assert names(article) == ["Amalia Zavala Rentería"]
    assert article.source == "Noticias de la Región Tierra Caliente"
    assert article.published_at.date() == date(2019, 2, 2)  # the stamp gives the year
    assert article.body.startswith("Productores de limón")
    for junk in ("NRT0218", "LIMON-VALLE", "PRIORIDAD", "(NRT).-", "NRT/AZR", "02/02/2019"):
        assert junk not in article.body
    assert "suscriptores" not in article.body
    assert SECOND in article.body and THIRD in article.body


def test_teleprinter_markers_and_the_agency_line_over_the_title():
    text = (
        "ZCZC\n"
        "NRT0331 4 MICH 0290 ESP /NRT-GRAL\n"
        "URGENTE\n"
        "SISMO-COSTA (AMPLÍA)\n"
        "Noticias de la Región Tierra Caliente\n"
        "Sismo de magnitud 5.1 sacude la costa sin causar daños\n"
        f"Lázaro Cárdenas, Mich., 30 dic (NRT).- {LEDE}\n"
        f"{SECOND}\n"
        "NRT/LMG/mcl\n"
        "02-01-2024 07:41\n"
        "NNNN\n"
    )
    article = read(text)
    assert article.title == "Sismo de magnitud 5.1 sacude la costa sin causar daños"
    assert article.source == "Noticias de la Región Tierra Caliente"
    assert names(article) == []  # the editors' initials name no one
    assert article.published_at.date() == date(2023, 12, 30)  # sent after new year
    assert "NNNN" not in article.body and "AMPLÍA" not in article.body


def test_text_that_opens_with_no_transmission_is_not_read_as_one():
    assert read_transmission("Limoneros piden precio de garantía\n\nPor Ana Ruiz\n") is None
    assert read_transmission("ZCZC\nLimoneros piden precio de garantía\n") is None


MAILED = (
    "De: Amalia Zavala [mailto:azavala@correo.example.mx]\n"
    "Enviado el: martes, 5 de marzo de 2019 06:10 p.m.\n"
    "Para: Mesa de Redacción\n"
    "Asunto: NOTA VALLE - limoneros\n"
    "\n"
    "Compañeros, va la nota de hoy.\n"
    "\n"
    "LIMONEROS DEL VALLE PIDEN PRECIO DE GARANTÍA\n"
    "\n"
    "Amalia Zavala Rentería / Corresponsal\n"
    "\n"
    f"APATZINGÁN, MICH.- {LEDE}\n"
    "\n"
    f"{SECOND}\n"
    "\n"
    "Saludos\n"
    "\n"
    "--\n"
    "Amalia Zavala Rentería\n"
    "Corresponsal Diario del Valle Caliente, región Tierra Caliente\n"
    "Cel. 555 555 0100\n"
)


def test_a_story_its_writer_mailed_keeps_its_headline_byline_and_outlet():
    article = read(MAILED)
    assert article.title == "LIMONEROS DEL VALLE PIDEN PRECIO DE GARANTÍA"  # not the subject
    assert names(article) == ["Amalia Zavala Rentería"]
    assert article.source == "Diario del Valle Caliente"
    assert article.published_at.date() == date(2019, 3, 5)
    assert article.body.startswith("Productores de limón")
    for junk in ("Asunto", "va la nota", "/ Corresponsal", "APATZINGÁN", "Saludos", "Cel."):
        assert junk not in article.body


def test_record_notes_over_a_labelled_export_are_not_its_title():
    text = (
        "[nid:3110] [migrado: joomla -> drupal 2013-05-02]\n"
        "Título: Limoneros del valle piden precio de garantía\n"
        "Autor: Amalia Zavala Rentería\n"
        "Medio: Diario del Valle Caliente\n"
        "Sección: Campo\n"
        "Fecha: 2012-02-02 09:00:00\n"
        "Estado: publicado\n"
        "------------------------------\n"
        f"{LEDE}\n\n{SECOND}\n"
    )
    article = read(text)
    assert article.title == "Limoneros del valle piden precio de garantía"
    assert (article.source, article.section) == ("Diario del Valle Caliente", "Campo")
    assert names(article) == ["Amalia Zavala Rentería"]
    assert "nid:" not in article.body and "Estado:" not in article.body


def test_a_platforms_default_category_is_no_section():
    assert split_placement(["Sin categoría", "Campo"]) == ((), ["Campo"])
    assert split_placement(["Uncategorized", "Portada"]) == (("Portada",), [])


def test_spaced_end_marker_with_a_letter_in_the_middle():
    assert is_end_marker("- - - o - - -")
    assert not is_end_marker("- o -  de la lista")


def test_labelled_title_in_two_languages_gives_the_spanish_line():
    spanish, other = bilingual_title(
        "MAYA | U jaats'ik yéetel u k'áax kaajo'ob",
        "ESPAÑOL | Reforestan con especies nativas los montes de la región",
    )
    assert spanish == "Reforestan con especies nativas los montes de la región"
    assert other.startswith("MAYA |")


def test_unlabelled_title_in_two_languages_gives_the_spanish_line():
    spanish, _other = bilingual_title(
        "### Tlakualchiuanij kinpalehuiskej masehualmej kampa tepetl",
        "### Cocineras tradicionales recibirán apoyo para sus fondas en la sierra",
    )
    assert spanish == "### Cocineras tradicionales recibirán apoyo para sus fondas en la sierra"


def test_a_title_over_its_spanish_subtitle_is_no_pair():
    assert bilingual_title(
        "Reforestan los montes de la región",
        "Plantarán 40 mil árboles nativos en las faldas del cerro",
    ) is None  # fmt: skip
    assert bilingual_title("Reforestan los montes de la región", "Por Ana Ruiz") is None


def test_release_with_a_title_in_two_languages():
    text = (
        "H. AYUNTAMIENTO DE HOPELCHÉN\n"
        "Comunicado CS/041/2022\n"
        "\n"
        "MAYA | U jaats'ik yéetel u k'áax kaajo'ob\n"
        "ESPAÑOL | Reforestan con especies nativas los montes de la región\n"
        "\n"
        f"Hopelchén, Campeche, a 4 de julio de 2022.- {LEDE}\n"
        "\n"
        f"{SECOND}\n"
        "\n"
        "-oOo-\n"
    )
    article = read(text)
    assert article.title == "Reforestan con especies nativas los montes de la región"
    assert "jaats'ik" not in article.body
    assert article.published_at.date() == date(2022, 7, 4)


def test_release_dateline_closed_by_the_issuers_acronym():
    text = (
        "SERVICIOS DE SALUD DEL VALLE\n"
        "Boletín SSV/0101/2020\n"
        "\n"
        "Refuerzan vacunación en las comunidades del valle\n"
        "\n"
        f"Apatzingán, Mich., 9 de enero de 2020 (SSV).- {LEDE}\n"
        "\n"
        f"{SECOND}\n"
        "\n"
        "-oOo-\n"
    )
    article = read(text)
    assert article.published_at.date() == date(2020, 1, 9)
    assert article.dateline_city == "Apatzingán"
    assert article.body.startswith("Productores de limón")


def test_kicker_right_over_a_plain_title_and_a_closing_text_and_photo_credit():
    text = (
        "FERIA DEL LIMÓN 2019\n"
        "Limoneros del valle abren la feria con 80 expositores\n"
        "Diario del Valle Caliente · Sábado 9 de marzo, 2019\n"
        "\n"
        f"{LEDE}\n"
        "\n"
        f"{SECOND}\n"
        "\n"
        "Texto y foto: Amalia Zavala Rentería\n"
    )
    article = read(text)
    assert article.title == "Limoneros del valle abren la feria con 80 expositores"
    assert article.section == "FERIA DEL LIMÓN 2019"
    assert article.source == "Diario del Valle Caliente"
    assert article.published_at.date() == date(2019, 3, 9)
    assert names(article) == ["Amalia Zavala Rentería"]
    assert article.lead_image_credit == "Amalia Zavala Rentería"
    assert "Texto y foto" not in article.body


def test_an_agencys_slug_line_and_its_correction_note_are_no_part_of_the_story():
    text = (
        "NCI  21/05/2011  08:05  COAH-AGUA  URGENTE\n"
        "RACIONAN EL AGUA EN CUATRO COLONIAS DE PIEDRAS NEGRAS\n"
        "(CORRIGE NOMBRE DE LA COLONIA EN EL SEGUNDO PÁRRAFO)\n"
        "Por Hilda Cepeda Ríos\n"
        "\n"
        "PIEDRAS NEGRAS, Coah., 21 de mayo de 2011 (NCI).- " + LEDE + "\n"
        "\n" + SECOND + "\n"
        "\n"
        "NCI/hcr/lmv\n"
    )
    article = read(text)
    assert article.title == "RACIONAN EL AGUA EN CUATRO COLONIAS DE PIEDRAS NEGRAS"
    assert article.section == ""
    assert names(article) == ["Hilda Cepeda Ríos"]
    assert article.published_at.date() == date(2011, 5, 21)
    assert "CORRIGE" not in article.body and "NCI/" not in article.body
    assert "URGENTE" not in article.body
    # A line of words two spaces apart with no stamp is no slug line.
    assert read_transmission("NCI  COAH-AGUA  URGENTE\nTítulo de la nota aquí\n") is None
