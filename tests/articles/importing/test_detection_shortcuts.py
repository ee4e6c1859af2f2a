"""The importer's shortcuts give the answers of the full work (docs/performance.md,
session 21): a post's front matter settles its reader before the others are weighed,
and the cheap tests before costly patterns keep what the patterns find."""

from articles.importing.cleaning.boilerplate import _PITCH_WORD, is_contact_only
from articles.importing.readers import READERS, detect_reader, press_release, unwrap, wire
from articles.importing.readers.jekyll import FRONT_MATTER_EVIDENCE
from people.mentions.patterns import called_private

POST = (
    "---\ntitle: Reabren el mercado municipal\ndate: 2024-03-12\n---\n\n"
    "## Reabren el mercado municipal\n\nPor Ana Ruiz | El Diario del Valle\n\n"
    "Zacatecas, Zac.- El mercado municipal reabrió este martes tras dos semanas de obras.\n"
)
NOTE = (
    "## Reabren el mercado municipal\n\nPor Ana Ruiz | El Diario del Valle\n\n"
    "Zacatecas, Zac.- El mercado municipal reabrió este martes tras dos semanas de obras.\n"
)


def _full_ranking(text: str) -> list[str]:
    """Every reader weighed, best score first, the generic reader last."""
    cleaned = unwrap(text).text
    scored = sorted(
        ((-reader.score(cleaned), index, reader) for index, reader in enumerate(READERS)),
        key=lambda entry: entry[:2],
    )
    ranked = [reader.name for score, _i, reader in scored if score < 0]
    return [*(name for name in ranked if name != "generic"), "generic"]


def test_front_matter_outweighs_every_other_readers_evidence_together():
    assert sum(press_release.EVIDENCE.values()) < FRONT_MATTER_EVIDENCE
    assert sum(wire.EVIDENCE.values()) < FRONT_MATTER_EVIDENCE
    assert READERS[0].score(POST) == FRONT_MATTER_EVIDENCE


def test_a_posts_fallback_readers_are_those_a_full_ranking_gives():
    detected = detect_reader(POST)
    assert detected.name == "jekyll"
    assert [reader.name for reader in detected.readers] == _full_ranking(POST)


def test_a_note_without_front_matter_is_ranked_in_full():
    detected = detect_reader(NOTE)
    assert [reader.name for reader in detected.readers] == _full_ranking(NOTE)
    article = detected.parse(NOTE, source_path="nota.txt")
    assert article.title == "Reabren el mercado municipal"


def test_the_pitch_words_are_found_wherever_they_stand():
    for sentence in (
        "Síguenos en redes sociales.",
        "Descarga nuestra app.",
        "Únete a nuestro canal de WhatsApp.",
        "Escúchanos en el 98.5.",
        "Esta nota se publicó originalmente en El Sol.",
        "Mira el video completo.",
        "Es un medio independiente.",
        "Tu aportación nos ayuda.",
    ):
        assert _PITCH_WORD.search(sentence), sentence
    assert not _PITCH_WORD.search("El cabildo aprobó el presupuesto de obras para 2025.")


def test_a_contact_line_needs_an_address_a_handle_or_a_number():
    assert is_contact_only("Contacto: redaccion@diario.example | WhatsApp 555 010 0199")
    assert is_contact_only("@diariodelvalle")
    assert not is_contact_only("Contacto con la redacción")


def test_a_body_called_a_company_only_where_the_text_describes_one():
    assert called_private(
        "Lo dijo la empresa Constructora del Valle ayer.", "Constructora del Valle"
    )
    assert not called_private("Constructora del Valle ganó la obra.", "Constructora del Valle")
