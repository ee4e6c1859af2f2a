"""A state named by its demonym after a title ("el fiscal michoacano X", "la secretaria de
Turismo jalisciense, X"): the official is found, the demonym is no part of the role, and
the state is the demonym's. A staff diploma after a rank ("general de brigada D.E.M. X").
Sentences invented for these tests.
"""

import pytest

from people.mentions.states import state_of_demonym
from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    "word, code", [("veracruzana", "MX-VER"), ("michoacano", "MX-MIC"), ("casa", "")]
)
def test_a_demonym_names_its_state(word, code):
    assert state_of_demonym(word) == code


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Al acto llegó la secretaria de Turismo jalisciense, Olga Beltrán Meza, con su equipo.",
            "Olga Beltrán Meza",
            "secretaria de Turismo",
        ),
        (
            "El secretario de Obras chihuahuense, Darío Luján Portillo, inauguró el puente.",
            "Darío Luján Portillo",
            "secretario de Obras",
        ),
        (
            "El fiscal sonorense Efraín Leyva Moreno descartó el robo.",
            "Efraín Leyva Moreno",
            "fiscal",
        ),
    ],
)
def test_a_title_with_a_states_demonym_finds_its_holder(empty_registry, text, name, role):
    extraction = found(empty_registry, text, "MX-DUR")
    assert extraction.official_names == {name}
    assert post(extraction, name)[0] == role


def test_a_prosecutor_with_a_states_demonym_heads_that_states_fiscalia(empty_registry):
    extraction = found(
        empty_registry, "El fiscal sonorense Efraín Leyva Moreno descartó el robo.", "MX-DUR"
    )
    assert post(extraction, "Efraín Leyva Moreno")[1] == "Fiscalía General del Estado de Sonora"


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "El comandante de la 31 Zona Militar, general de brigada D.E.M. Tobías Lugo Franco, "
            "activó el plan de auxilio.",
            "Tobías Lugo Franco",
            "comandante de la 31 Zona Militar",
        ),
    ],
)
def test_a_staff_diploma_after_a_rank(empty_registry, text, name, role):
    extraction = found(empty_registry, text, "MX-SIN")
    assert extraction.official_names == {name}
    assert post(extraction, name)[0] == role
