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


def test_a_name_after_a_semicolon_opens_a_clause(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Bocoyna abrió un albergue; Marta Loya Ruiz encabezó la apertura. "
        "La presidenta municipal pidió donar cobijas.",
        "MX-CHH",
    )
    assert post(extraction, "Marta Loya Ruiz") == (
        "presidenta municipal",
        "Ayuntamiento de Bocoyna",
    )


def test_the_ombudsperson_is_referred_to_by_the_title_alone(empty_registry):
    extraction = found(
        empty_registry,
        "La directora del DIF Estatal, Norma Cantú Leal, dio cifras. Rosa Elia Garza Tovar "
        "visitó los albergues en nombre de la Comisión de Derechos Humanos del Estado de "
        "Nuevo León. La ombudsperson pidió atención médica para los niños.",
        "MX-NLE",
    )
    assert post(extraction, "Rosa Elia Garza Tovar")[1] == (
        "Comisión de Derechos Humanos del Estado de Nuevo León"
    )


def test_the_ombudsperson_named_with_her_title_leaves_no_one_to_refer_to(empty_registry):
    extraction = found(
        empty_registry,
        "La ombudsperson estatal, Rosa Elia Garza Tovar, visitó los albergues. Inés Salas "
        "Villa habló con las familias. La ombudsperson pidió atención médica.",
        "MX-NLE",
    )
    assert extraction.official_names == {"Rosa Elia Garza Tovar"}
