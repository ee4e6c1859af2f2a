"""A title, a description of a body named before, then its holder's name with no comma
("la exdirectora del instituto Ana Ruiz Gil criticó…"); a council's head noun followed by
a person's name with no "de" ends the body's name there. Sentences invented for these
tests."""

import pytest

from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    ("text", "name", "role", "body"),
    [
        (
            "El Instituto Estatal de las Juventudes abrió dos albergues. La exdirectora del "
            "instituto Renata Olvera Castañón criticó el recorte a los programas.",
            "Renata Olvera Castañón",
            "exdirectora del instituto",
            "Instituto Estatal de las Juventudes de Hidalgo",
        ),
        (
            "La Comisión de Agua Potable de Pachuca (CAPOSA) cortó el servicio. El exgerente "
            "del organismo Sergio Anaya Villalobos recordó que la red tiene 40 años.",
            "Sergio Anaya Villalobos",
            "exgerente del organismo",
            "Comisión de Agua Potable de Pachuca",
        ),
    ],
)
def test_a_holder_after_a_description_with_no_comma(empty_registry, text, name, role, body):
    assert post(found(empty_registry, text, "MX-HID"), name) == (role, body)


@pytest.mark.parametrize(
    "text",
    [
        # a school's name after its description: a building, not a holder
        "La Escuela Primaria Benito Juárez reabrió. El director de la escuela Benito Juárez "
        "García dio la bienvenida.",
        # no body the description stands for was named
        "El director del instituto Tomás Guerra Leal criticó el recorte.",
    ],
)
def test_no_holder_after_a_building_or_an_unknown_body(empty_registry, text):
    extraction = found(empty_registry, text, "MX-HID")
    assert not extraction.official_names


def test_a_person_after_a_council_with_no_de_is_its_officer(empty_registry):
    extraction = found(
        empty_registry,
        "Marcela Ortega Ibarra, nueva secretaria del Ayuntamiento, sustituye al exsecretario "
        "del Ayuntamiento Octavio Gallardo Reynoso, quien buscará una diputación.",
        "MX-HID",
        dateline="Tulancingo",
    )
    assert "Octavio Gallardo Reynoso" in extraction.official_names
    assert not any("Octavio" in body.name for body in extraction.institutions)
