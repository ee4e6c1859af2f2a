"""A bilingual site's teaser, pitch, caption credit and byline lead, a scan's page
numbers and a note that the story is developing, a pasted post's buttons, a release
whose title line opens with its number, a regional release's number and a state
company's umbrella line over the subsidiary that issues: invented texts, asserting
what an editor sees."""

from datetime import date

import pytest

from articles.importing.cleaning import boilerplate, press, strip_boilerplate
from articles.importing.parsing import parse_bytes


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


LEDE = (
    "La ocupación de los hoteles del corredor costero llegó al 85 por ciento durante el "
    "puente, la cifra más alta para esa fecha desde que hay registro."
)
QUOTE = (
    '"Vemos un viajero que reserva con más anticipación", dijo la gerente de ventas '
    "Marisol Pech Uc, quien atribuyó el alza a las nuevas rutas aéreas."
)


def test_a_bilingual_teaser_glued_inside_a_paragraph_goes_and_the_sentences_stay():
    paragraph = (
        f"{QUOTE} Read also / Lee también: New flights to the coast this winter "
        "La asociación de hoteles espera cerrar el año con cifras similares."
    )
    kept, _credit, _source, removed = strip_boilerplate([paragraph])
    assert kept and kept[0].startswith(QUOTE[:40])
    assert "La asociación de hoteles espera" in kept[0]
    assert "Read also" not in kept[0]
    assert removed


@pytest.mark.parametrize(
    "pitch",
    [
        "📬 Subscribe to our newsletter / Suscríbete a nuestro boletín: costa.example.mx/news",
        "Sign up for our newsletter and get the week's stories every Monday.",
    ],
)
def test_an_english_or_bilingual_pitch_goes(pitch):
    kept, _credit, _source, removed = strip_boilerplate([LEDE, pitch])
    assert kept == [LEDE]
    assert removed == [pitch]


@pytest.mark.parametrize(
    "caption, credit",
    [
        ("*Playa del malecón / Malecón beach. Foto / Photo: Raúl Chan / CNC*", "Raúl Chan / CNC"),
        ("Vista del nuevo muelle. Photo / Foto: Archivo", "Archivo"),
        ("Foto / Photo: Karla Dzib", "Karla Dzib"),
    ],
)
def test_a_bilingual_caption_is_a_credit_not_body(caption, credit):
    kept, found, _source, _removed = strip_boilerplate([LEDE, caption, QUOTE])
    assert kept == [LEDE, QUOTE]
    assert found == credit


def test_a_bilingual_byline_lead_is_one_lead():
    article = read(
        "# Récord de ocupación en el corredor costero\n\n"
        "**Costa Negocios** · Por / By Lorena Ix Canul · 2020-03-02 09:30\n\n"
        f"{LEDE}\n\n{QUOTE}\n",
        "ocupacion.md",
    )
    assert [b.name for b in article.bylines] == ["Lorena Ix Canul"]


def test_a_scans_page_numbers_and_a_developing_note_are_no_text():
    assert boilerplate.is_page_number("- 12 -") and boilerplate.is_page_number("— 7 —")
    assert not boilerplate.is_page_number("-30-") and not boilerplate.is_page_number("- 30 -")
    assert boilerplate.is_developing_note("*** Nota en desarrollo ***")
    assert boilerplate.is_developing_note("(Información en desarrollo)")
    assert not boilerplate.is_developing_note("El proyecto sigue en desarrollo desde 2019.")
    kept, _c, _s, removed = strip_boilerplate([LEDE, "- 14 -", QUOTE, "*** Nota en desarrollo ***"])
    assert kept == [LEDE, QUOTE]
    assert removed == ["- 14 -", "*** Nota en desarrollo ***"]


def test_a_pasted_posts_buttons_are_no_text():
    buttons = "👍 Me gusta   💬 Comentar   ↗️ Compartir"
    kept, _c, _s, removed = strip_boilerplate([LEDE, buttons])
    assert kept == [LEDE]
    assert removed == [buttons]


def test_a_title_line_that_opens_with_the_bulletins_number():
    assert press.numbered_title("📢 BOLETÍN 215 | Inicia la veda del mero en la costa") == (
        "215",
        "Inicia la veda del mero en la costa",
    )
    assert press.numbered_title("Comunicado 12 – Abren albergues en la zona baja") == (
        "12",
        "Abren albergues en la zona baja",
    )
    assert press.numbered_title("Inicia la veda del mero | Pesca") is None
    article = read(
        "H. Ayuntamiento de Celestún\n\n"
        "📢 BOLETÍN 215 | Inicia la veda del mero en la costa 🐟\n\n"
        f"Celestún, Yucatán, 3 de febrero de 2021.- {LEDE}\n\n"
        f"{QUOTE}\n\n"
        "-o0o-\n"
    )
    assert article.title == "Inicia la veda del mero en la costa"
    assert article.bulletin_number == "215"


def test_a_regional_releases_number_and_a_state_companys_umbrella_line():
    assert press.parse_bulletin_number("Comunicado Regional No. RNE-044/2015") == "RNE-044/2015"
    article = read(
        "PETRÓLEOS MEXICANOS\n"
        "Pemex Transformación Industrial\n"
        "Región Norte\n\n"
        "Comunicado Regional No. RNE-044/2015\n\n"
        "Concluye mantenimiento de la refinería sin afectar el abasto\n\n"
        f"Salina Cruz, Oax., 9 de marzo de 2015.- {LEDE}\n\n"
        f"{QUOTE}\n\n"
        "FIN\n"
    )
    assert article.title == "Concluye mantenimiento de la refinería sin afectar el abasto"
    assert article.issuer == "Pemex Transformación Industrial"
    assert article.bulletin_number == "RNE-044/2015"
    assert article.dateline_city == "Salina Cruz"
    assert article.published_at.date() == date(2015, 3, 9)
