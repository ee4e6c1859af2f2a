"""Person names: tokens, the compatibility rule and in-article short forms."""

import pytest

from people.mentions.names import compatible, short_forms, surname_key, tokens


def test_tokens_drop_particles_and_accents():
    assert tokens("Javier de Jesús Cabral Soto") == ("javier", "jesus", "cabral", "soto")
    assert surname_key("Javier de Jesús Cabral Soto") == "cabral soto"
    assert surname_key("Zoé Robledo") == "robledo"


@pytest.mark.parametrize(
    ("mention", "canonical", "expected"),
    [
        ("Javier Cabral Soto", "Javier de Jesús Cabral Soto", True),
        ("Javier de Jesús Cabral Soto", "Javier de Jesús Cabral Soto", True),
        ("Enrique Peña", "Enrique Peña Nieto", True),
        ("Zoé Robledo Aburto", "Zoé Robledo", True),
        ("Andrés López Obrador", "Andrés Manuel López Obrador", True),
        ("Claudia Soriano Peña", "Enrique Peña Nieto", False),
        ("Fernando Soto Acosta", "Javier de Jesús Cabral Soto", False),
        ("Soto", "Fernando Soto Acosta", False),
        ("Jesús Cabral Soto", "Javier de Jesús Cabral Soto", False),  # first given name differs
        ("Enrique Peña Gómez", "Enrique Peña Nieto", False),
    ],
)
def test_compatible(mention, canonical, expected):
    assert compatible(mention, canonical) is expected


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("Javier de Jesús Cabral Soto", ("Cabral Soto", "Javier Cabral Soto")),
        ("Miguel Alonso Reyes", ("Alonso Reyes",)),
        ("Andrés Manuel López Obrador", ("López Obrador", "Andrés López Obrador")),
        ("Zoé Robledo", ("Robledo",)),
        ("Robledo", ()),
    ],
)
def test_short_forms(name, forms):
    assert short_forms(name) == forms
