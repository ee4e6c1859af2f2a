"""Boilerplate that leaked into bodies: a dateline any reader left opening the story,
a print story's page break (jumps, the other page's running head and ads, the
continuation's slug), a phone's signature under a note to the desk, a writer's tip
jar, a release's «+ + +», a pasted post's reactions bar and its comments, a
fact-check's verdict and its call for claims, an outlet describing itself, a
transcriber's note in brackets. Invented texts."""

from articles.importing.cleaning.furniture import strip_furniture
from articles.importing.parsing import parse_bytes

PROSE = (
    "Los productores de nopal de la región instalaron este martes un mercado "
    "temporal en la explanada municipal para vender su cosecha sin intermediarios."
)
MORE = (
    "La asociación de productores calcula que venderán unas doce toneladas "
    "durante la primera semana, según informó su presidenta."
)
LAST = "Las autoridades pidieron a los compradores llevar sus propias bolsas."


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def shown(article) -> str:
    return f"{article.deck}\n\n{article.body}"


def test_a_dateline_left_opening_a_generic_story_goes():
    for dateline in (
        "TLALNEPANTLA, Méx.-",
        "Santa Rosa, Zac., a 4 de marzo de 2011.-",
        "MAZAPIL, Zac., 9 oct (NRE).-",
        "**Bocoyna, Chihuahua.- **",
    ):
        text = f"Venden nopal sin intermediarios en la plaza\n\n{dateline} {PROSE}\n\n{MORE}\n"
        article = read(text)
        assert article.body.startswith("Los productores de nopal"), dateline
        assert "intermediarios." in article.body


def test_a_dateline_alone_over_the_story_goes_and_names_nothing_else():
    text = (
        "Venden nopal sin intermediarios en la plaza\n\n"
        f"Santa Rosa, Zac., a 4 de marzo de 2011.-\n\n{PROSE}\n\n{MORE}\n"
    )
    article = read(text)
    assert article.body.startswith("Los productores de nopal")


def test_a_markdown_escaped_dateline_goes():
    text = (
        "---\ntitle: Venden nopal sin intermediarios\ndate: 2011-03-04\n---\n\n"
        f"Santa Rosa, Zacatecas, 4 de marzo de 2011\\.- {PROSE}\n\n{MORE}\n"
    )
    article = read(text, "2011-03-04-nopal.md")
    assert article.body.startswith("Los productores de nopal")


def test_a_sentence_that_opens_with_a_place_is_no_dateline():
    text = (
        "Venden nopal sin intermediarios en la plaza\n\n"
        f"En Santa Rosa, los productores se organizaron. {PROSE}\n\n{MORE}\n"
    )
    assert read(text).body.startswith("En Santa Rosa, los productores")


def test_a_print_page_break_goes_with_its_jumps_and_the_other_page():
    paragraphs = [
        f"{PROSE} (Continúa en la página 7-B)",
        "7-B          Gaceta del Altiplano          Jueves 4 de marzo de 2011\n=====",
        "FERRETERÍA LA LLAVE  Tel. 555-44-21",
        "NOPAL... (Viene de la 1-B)\n" + MORE,
        LAST,
    ]
    kept, removed = strip_furniture(paragraphs)
    assert kept == [PROSE, MORE, LAST]
    assert "(Continúa en la página 7-B)" not in "\n".join(kept)
    assert any("Gaceta del Altiplano" in line for line in removed)


def test_a_jump_in_and_its_slug_in_capitals_go():
    paragraphs = [PROSE, "SIGUE EN LA PÁGINA 9", "VIENE DE LA PÁGINA 1\nVENDEN NOPAL...", MORE]
    kept, _removed = strip_furniture(paragraphs)
    assert kept == [PROSE, MORE]


def test_a_note_to_the_desk_over_the_phone_signature_goes():
    text = (
        f"Venden nopal sin intermediarios en la plaza\n\n{PROSE}\n\n{MORE}\n\n"
        "Ahí va mi nota, los videos te los mando por whats\nEnviado desde mi Motorola\n"
    )
    body = read(text).body
    assert "Motorola" not in body and "whats" not in body
    assert body.endswith("su presidenta.")


def test_a_writers_tip_jar_and_phone_apology_go():
    text = (
        "---\ntitle: Un día en el mercado de nopal\ndate: 2011-03-04\n---\n\n"
        f"{PROSE}\n\n{MORE}\n\n"
        "🍵 Si te gusta lo que escribo, invítame un café: tipjar.example.mx/rosa\n"
        "✏️ Escrito desde mi celular, perdón por los errores.\n"
    )
    body = read(text, "2011-03-04-nopal.md").body
    assert "café" not in body and "celular" not in body
    assert body.endswith("su presidenta.")


def test_a_release_ends_at_spaced_plus_signs():
    text = (
        "AYUNTAMIENTO DE SANTA ROSA\nComunicado 14/2011\n\n"
        "Venden nopal sin intermediarios en la plaza\n\n"
        f"Santa Rosa, Zac., 4 de marzo de 2011.- {PROSE}\n\n{MORE}\n\n+ + +\n\n"
        "Comunicación Social\nTel. 492 555 0100\n"
    )
    article = read(text)
    assert "+ + +" not in article.body
    assert article.body.endswith("su presidenta.")


def test_a_pasted_posts_reactions_and_comments_go():
    text = (
        f"Venden nopal sin intermediarios en la plaza\n\n{PROSE}\n\n{MORE}\n\n"
        "#SantaRosaProduce #ConsumeLocal\nVer más\nTodas las reacciones:\n88\n"
        "12 comentarios\n9 veces compartido\nMe gusta\nComentar\nCompartir\n"
        "Rogelio Pámanes Ortiz\n¿Y a qué hora abren el domingo?\n3 d\nResponder\n"
    )
    body = read(text).body
    assert body.endswith("su presidenta.")
    assert "domingo" not in body and "Compartir" not in body


def test_a_fact_checks_verdict_call_and_self_description_go():
    text = (
        "¿Es cierto que regalarán semillas de nopal en la plaza?\n\n"
        "**Veredicto: FALSO**\n\n"
        f"{PROSE}\n\n{MORE}\n\n"
        "¿Te llegó algo sospechoso? Envíanoslo por WhatsApp al 492 555 0199 y lo revisamos.\n\n"
        "Lupa Zacatecana es un colectivo independiente de periodistas del semidesierto. "
        "Conoce nuestra metodología en lupa.example.mx/metodo\n"
    )
    text_shown = shown(read(text))
    assert "Veredicto" not in text_shown
    assert "Envíanoslo" not in text_shown
    assert "colectivo independiente" not in text_shown
    assert "su presidenta." in text_shown


def test_a_transcribers_note_in_brackets_goes():
    paragraphs = [PROSE, "[Tres palabras ilegibles en el original]", MORE]
    kept, removed = strip_furniture(paragraphs)
    assert kept == [PROSE, MORE]
    assert removed == ["[Tres palabras ilegibles en el original]"]
    # a bracketed aside of the story is no such note
    aside = "[La presidenta pidió no publicar su apellido]"
    assert strip_furniture([PROSE, aside])[0] == [PROSE, aside]
