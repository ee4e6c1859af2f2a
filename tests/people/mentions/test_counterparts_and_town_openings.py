"""Session 20 (linker-bg): counterparts of officials whose town or body comes from
context, and a paragraph opened by its town, in invented sentences."""

import pytest

from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    "text",
    [
        # the mayor's town comes from the sentence's opening, after the counterpart is read
        "En Tepezalá, la presidenta municipal Lorena Ibarra Cruz abrió un albergue. Su "
        "homólogo de Asientos, Mauricio Delgado Ruiz, envió dos pipas.",
        "En Tepezalá, la presidenta municipal Lorena Ibarra Cruz abrió un albergue, y su "
        "homólogo de Asientos, Mauricio Delgado Ruiz, envió dos pipas.",
    ],
)
def test_the_counterpart_of_a_mayor_placed_by_context(empty_registry, text):
    extraction = found(empty_registry, text, "MX-AGU")
    assert post(extraction, "Lorena Ibarra Cruz")[1] == "Ayuntamiento de Tepezalá"
    assert post(extraction, "Mauricio Delgado Ruiz")[1] == "Ayuntamiento de Asientos"
    assert extraction.official("Mauricio Delgado Ruiz").position_role == "Presidente municipal"


def test_the_counterpart_of_a_town_unit_in_another_town(empty_registry):
    extraction = found(
        empty_registry,
        "La presidenta municipal de Tecate, Rocío Salas Pérez, asistió. El secretario de "
        "Seguridad Pública de Ensenada, Iván Ruelas Soto, y su homóloga de Mexicali, Dora "
        "Lugo Fimbres, firmaron un convenio.",
        "MX-BCN",
    )
    role, institution = post(extraction, "Dora Lugo Fimbres")
    assert role == "homóloga de Mexicali"
    assert institution == "Secretaría de Seguridad Pública de Mexicali"
    assert extraction.official("Dora Lugo Fimbres").position_role.startswith("Secretaria")


def test_the_counterpart_in_a_body_named_after_the_word(empty_registry):
    extraction = found(
        empty_registry,
        "El director del Sistema de Agua Potable de Zamora, Tomás Pulido Arce, y su "
        "homóloga del Organismo Operador de Agua de Jacona, Elvia Chávez Mora, firmaron "
        "el convenio.",
        "MX-MIC",
    )
    role, institution = post(extraction, "Elvia Chávez Mora")
    assert institution == "Organismo Operador de Agua de Jacona"
    assert role.startswith("homóloga del Organismo")


@pytest.mark.parametrize(
    "opening",
    [
        "En Calpan, también afectado por la lluvia, la presidenta municipal",
        "En el caso de Calpan, el municipio más afectado, la presidenta municipal",
        "De Calpan, sede del encuentro, acudieron la presidenta municipal",
    ],
)
def test_a_paragraph_opened_by_its_town(empty_registry, opening):
    extraction = found(
        empty_registry,
        "HUEJOTZINGO, Pue.— El Ayuntamiento de Huejotzingo instaló un albergue.\n\n"
        f"{opening} Irma Cuautle Ramos pidió víveres. El regidor de Salud, Joel Tlaxcalteca "
        "Pérez, dijo que el Cabildo aprobó recursos.",
        "MX-PUE",
    )
    assert post(extraction, "Irma Cuautle Ramos")[1] == "Ayuntamiento de Calpan"
    assert post(extraction, "Joel Tlaxcalteca Pérez")[1] == "Ayuntamiento de Calpan"
