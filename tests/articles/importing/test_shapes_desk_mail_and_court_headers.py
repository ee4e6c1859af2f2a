"""A correspondent's e-mail to the desk (a slug before the subject, a note to the
desk, the story, a signature), a desk's credit beside the outlet in a plain note,
and a release whose office's name opens with an adjective («Supremo Tribunal»).
Invented texts, asserting what an editor sees."""

from articles.importing.cleaning.letters import strip_desk_slug
from articles.importing.cleaning.press import is_issuer_line
from articles.importing.parsing import parse_bytes


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def names(article) -> list[str]:
    return [b.name for b in article.bylines]


DESK_MAIL = (
    "From: Ismael Tovar Rentería <itovar@correo.example>\n"
    "To: mesa@diariodelbajio.example\n"
    "Date: Wed, 4 Sep 2024 21:05:00 -0600\n"
    "Subject: NOTA Irapuato -- Desborda canal en colonias del sur de Irapuato\n"
    "\n"
    "Va nota para la edición de mañana. Fotos aparte.\n"
    "\n"
    "Desborda canal en colonias del sur de Irapuato\n"
    "\n"
    "Por Ismael Tovar Rentería, corresponsal\n"
    "Diario del Bajío\n"
    "\n"
    "IRAPUATO, Gto.— El canal de riego La Cinta se desbordó la tarde del miércoles y "
    "dejó bajo el agua 120 viviendas de tres colonias, informó Protección Civil.\n"
    "\n"
    "Las familias afectadas fueron llevadas a un albergue en la unidad deportiva.\n"
    "\n"
    "--\n"
    "Ismael Tovar Rentería\n"
    "Corresponsal en Irapuato\n"
    "Cel. 462 555 0142\n"
)


def test_a_correspondents_mail_gives_title_byline_outlet_and_story_only():
    article = read(DESK_MAIL, "canal.txt")
    assert article.title == "Desborda canal en colonias del sur de Irapuato"
    assert names(article) == ["Ismael Tovar Rentería"]
    assert article.source == "Diario del Bajío"
    assert article.published_at is not None
    assert "Va nota" not in article.body
    assert "Corresponsal en Irapuato" not in article.body and "555 0142" not in article.body
    assert article.body.rstrip().endswith("en la unidad deportiva.")


def test_a_desk_slug_leaves_the_subject_and_a_subject_without_one_stays():
    assert strip_desk_slug("INFO Tepic | Cierran playas por mar de fondo") == (
        "Cierran playas por mar de fondo"
    )
    assert strip_desk_slug("Nota informativa sobre el corte de agua") == (
        "Nota informativa sobre el corte de agua"
    )


def test_a_desk_and_outlet_line_under_a_plain_note_gives_the_outlet():
    article = read(
        "Aprueban presupuesto participativo en Pabellón\n\n"
        "Redacción / Voz del Valle de Aguascalientes\n\n"
        "El cabildo aprobó 12 millones de pesos para obras que eligieron los vecinos en "
        "una consulta pública realizada en agosto.\n\n"
        "Las obras empezarán en enero.\n",
        "presupuesto.txt",
    )
    assert article.source == "Voz del Valle de Aguascalientes"
    assert names(article) == []
    assert "Redacción" not in article.body


def test_an_office_whose_name_opens_with_an_adjective_heads_the_release():
    assert is_issuer_line("SUPREMO TRIBUNAL DE JUSTICIA DEL ESTADO DE CHIHUAHUA")
    assert is_issuer_line("Benemérita Universidad Autónoma de Puebla")
    assert not is_issuer_line("Supremo Tribunal aprueba nuevo reglamento interior")
    article = read(
        "SUPREMO TRIBUNAL DE JUSTICIA DEL ESTADO DE CHIHUAHUA\n"
        "Coordinación de Comunicación Social\n"
        "\n"
        "Comunicado No. 77/2024\n"
        "\n"
        "Chihuahua, Chih., 3 de junio de 2024.\n"
        "\n"
        "Abren juzgado especializado en violencia familiar en Parral\n"
        "\n"
        "El Pleno del Supremo Tribunal inauguró un juzgado especializado en violencia "
        "familiar en Hidalgo del Parral, que atenderá a once municipios del sur.\n"
        "\n"
        "El juzgado contará con dos jueces y una unidad de atención a víctimas.\n",
        "juzgado.txt",
    )
    assert article.title == "Abren juzgado especializado en violencia familiar en Parral"
    assert article.source == "Supremo Tribunal de Justicia del Estado de Chihuahua"
