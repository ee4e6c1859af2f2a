"""The armed forces' schools are public bodies their directors work in
(``people.mentions.institutions``). Sentences invented for these tests."""

from tests.people.mentions.support import found, post


def test_the_director_of_a_naval_school_past_his_rank(empty_registry):
    extraction = found(
        empty_registry,
        "El director de la Heroica Escuela Naval Militar, contralmirante Julián Osorio Vega, "
        "recibió a los cadetes.",
        "MX-VER",
    )
    assert post(extraction, "Julián Osorio Vega") == (
        "director de la Heroica Escuela Naval Militar",
        "Heroica Escuela Naval Militar",
    )


def test_a_military_school_named_alone_is_listed(empty_registry):
    extraction = found(
        empty_registry,
        "La Escuela Militar de Sargentos abrió su convocatoria para el próximo año.",
        "MX-PUE",
    )
    assert "Escuela Militar de Sargentos" in extraction.institution_names
