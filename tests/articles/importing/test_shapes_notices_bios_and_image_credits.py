"""Session 22 (importer round 3): closing notices, columnists' bios, image credits.

Invented text only: the shapes, never a development file's words.
"""

from articles.importing.cleaning.boilerplate import (
    is_developing_note,
    photo_credit,
    strip_boilerplate,
)
from articles.importing.parsing import parse_bytes

STORY = (
    "El comité de vecinos de la colonia Las Palmas entregó este martes un pliego de "
    "peticiones al cabildo para pedir alumbrado en las calles del fraccionamiento."
)
CLOSING = "La sesión de cabildo en la que se votará la propuesta será el próximo jueves."


def _kept(*paragraphs: str) -> list[str]:
    kept, _credit, _source, _removed = strip_boilerplate(list(paragraphs))
    return kept


def test_an_english_edition_photo_credit_is_a_credit():
    assert photo_credit("Photo: Diario del Golfo / Archive") == "Diario del Golfo / Archive"
    kept, credit, _source, _removed = strip_boilerplate(
        ["Photo: Diario del Golfo / Archive", STORY]
    )
    assert kept == [STORY]
    assert credit == "Diario del Golfo / Archive"


def test_an_image_from_another_site_goes_with_its_credit_line():
    text = (
        "# Vecinos de Las Palmas piden alumbrado\n\n"
        "Por Ramiro Tzec Canul\n\n"
        f"{STORY}\n\n"
        "![Calle sin luz en Las Palmas](/wp-content/uploads/2020/01/calle.jpg)\n"
        "*Foto: Cortesía del comité vecinal*\n\n"
        f"{CLOSING}\n"
    )
    article = parse_bytes(text.encode(), source_path="palmas.md")
    assert "![" not in article.body
    assert "calle.jpg" not in article.body
    assert article.lead_image_credit == "Cortesía del comité vecinal"
    assert article.body.endswith(CLOSING)


def test_an_absolute_image_with_its_credit_stays_in_the_body():
    image = "![Calle sin luz](https://fotos.example.mx/calle.jpg)"
    kept, credit, _source, _removed = strip_boilerplate(
        [STORY, f"{image}\nFoto: Ana Pech", CLOSING]
    )
    assert kept == [STORY, image, CLOSING]
    assert credit == "Ana Pech"


def test_a_live_page_notice_goes():
    assert is_developing_note(
        "Esta cobertura se actualiza constantemente. Recarga la página para ver lo nuevo."
    )
    assert _kept(STORY, "Esta nota se actualiza minuto a minuto.") == [STORY]
    # the writers' own promise of more closes the story for some desks: it stays
    promise = "Esta nota se actualizará conforme avance el rescate."
    assert _kept(STORY, promise) == [STORY, promise]
    # a real sentence that reports an update is no notice
    real = "La información se actualizará conforme avance la investigación, dijo el fiscal."
    assert _kept(STORY, real) == [STORY, real]


def test_a_betting_notice_and_a_follow_question_close_nothing_of_the_story():
    notice = (
        "Juega con responsabilidad. Prohibida la venta a menores de edad.\n"
        "¿Ya nos sigues en Instagram? Búscanos como @deportes_del_norte"
    )
    assert _kept(STORY, CLOSING, notice) == [STORY, CLOSING]
    assert _kept(STORY, "Prohibida la venta a menores de edad.") == [STORY]
    # a law's clause is news
    law = "Prohibida la venta de bebidas a menores, la reforma también sanciona a los padres."
    assert _kept(STORY, law) == [STORY, law]


def test_a_newsletter_sign_off_and_its_forwarding_pitch_go():
    closing = (
        "Gracias por leer Brújula Norte. Si te reenviaron este boletín, suscríbete gratis "
        "en https://brujula.example.mx/alta"
    )
    assert _kept(STORY, CLOSING, closing) == [STORY, CLOSING]
    quote = "«Gracias por leer mis cuentos a los niños», dijo la autora al despedirse."
    assert _kept(STORY, quote) == [STORY, quote]


def test_a_columnist_bio_with_a_contact_and_the_syndicate_notice_go():
    bio = "Leonor Cimé Balam es antropóloga e investigadora. Correo: leonor.cime@example.mx"
    notice = (
        "Esta columna se distribuye a los medios suscritos a la Agencia de Opinión del "
        "Sur. Su reproducción total o parcial requiere autorización."
    )
    assert _kept(STORY, CLOSING, bio, notice) == [STORY, CLOSING]
    # a closing sentence about someone, with no contact, stays
    real = "Leonor Cimé Balam es antropóloga e investigadora del museo regional."
    assert _kept(STORY, real) == [STORY, real]


def test_a_syndicate_service_note_with_its_attachment_goes():
    note = (
        "Para uso exclusivo de los medios suscritos. Favor de dar crédito a Noticias del "
        "Altiplano.\nAdjunto: danzantes.jpg (2.1 MB)"
    )
    assert _kept(STORY, note) == [STORY]


def test_a_teletype_tail_with_the_send_time_and_a_further_take_slug():
    text = (
        "ZCZC AGS0211 3 0915 EST\n"
        "URGENTE\n"
        "ZAC-GRANIZO 04-05-11\n"
        "Granizada daña cultivos de frijol en el semidesierto zacatecano\n"
        "Por Octavio Berumen Saucedo, corresponsal\n\n"
        "FRESNILLO, Zac., 4 de mayo de 2011 (AGS).- Una granizada de media hora dañó esta "
        "tarde cerca de 900 hectáreas de frijol en ejidos del norte del municipio.\n\n"
        "(MAS)\n\n"
        "ZCZC AGS0212 3 0916 EST\n"
        "ZAC-GRANIZO 2 ADD\n\n"
        "Los ejidatarios pidieron a la delegación agraria que levante un censo de daños "
        "antes del fin de semana.\n\n"
        "AGS/OBS/lmr\n"
        "09:40 P.M.\n"
        "NNNN\n"
    )
    article = parse_bytes(text.encode(), source_path="granizo.txt")
    assert "ADD" not in article.body
    assert "P.M." not in article.body
    assert "AGS/OBS" not in article.body
    assert article.body.endswith("antes del fin de semana.")


def test_a_newsletter_block_of_headlines_under_a_heading_framed_by_rules():
    block = (
        "————————————\n"
        "LO MÁS VISTO DE LA SEMANA\n"
        "————————————\n"
        "· Reabren el mercado de la colonia Centro tras su remodelación\n"
        "· Un grupo de ciclistas pide carriles en la avenida del puerto"
    )
    assert _kept(STORY, CLOSING, block) == [STORY, CLOSING]
