"""A role given by a later sentence, after the name ("X respondió… La alcaldesa agregó…"):
linked only when exactly one person fits. Sentences invented for these tests.
"""

import pytest

from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Al salir del cabildo, Luisa Cárdenas Prieto respondió que no habrá aumento. "
            "La alcaldesa agregó que revisará las cuentas.",
            "Luisa Cárdenas Prieto",
            "alcaldesa",
        ),
        (
            "Samuel Ortiz Beltrán recorrió la colonia por la tarde. El presidente municipal "
            "pidió apoyo a la federación.",
            "Samuel Ortiz Beltrán",
            "presidente municipal",
        ),
        (
            "En el muelle, Carla Núñez Pool dio el banderazo. La munícipe explicó el plan.",
            "Carla Núñez Pool",
            "munícipe",
        ),
    ],
)
def test_a_bare_title_after_a_name_is_that_persons(empty_registry, text, name, role):
    assert post(found(empty_registry, text, "MX-GUA", dateline="Irapuato"), name)[0] == role


@pytest.mark.parametrize(
    "text",
    [
        # two people of the title's gender: nobody
        "Luisa Cárdenas Prieto y Marta Gil Rivas llegaron tarde. La alcaldesa agregó que sí.",
        # a person the sentence describes otherwise
        "La activista Luisa Cárdenas Prieto criticó el plan. La alcaldesa respondió que no.",
        # the title's gender is not the person's
        "Samuel Ortiz Beltrán criticó el plan. La alcaldesa respondió que no.",
        # someone in the article already holds the title
        "La alcaldesa Rosa Ibarra Gil habló. Luisa Cárdenas Prieto preguntó. La alcaldesa "
        "respondió que no.",
        # a new paragraph: no sentence before it to refer to
        "Luisa Cárdenas Prieto criticó el plan.\n\nLa alcaldesa respondió que no.",
    ],
)
def test_a_bare_title_links_nobody_unless_one_person_fits(empty_registry, text):
    extraction = found(empty_registry, text, "MX-GUA", dateline="Irapuato")
    assert "Luisa Cárdenas Prieto" not in extraction.official_names
    assert "Samuel Ortiz Beltrán" not in extraction.official_names
