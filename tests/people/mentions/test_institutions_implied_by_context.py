"""Officials whose title names no body, resolved from the article (``people.mentions
.context``): a unit head whose title ends with a town the article names as a council.
Sentences invented for these tests."""

from tests.people.mentions.support import found, post


def test_a_unit_head_of_a_town_the_article_names_as_a_council(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Tecomán aprobó el reglamento de tránsito. La directora de "
        "Vialidad y Transporte de Tecomán, Irma Solís Cárdenas, explicó los cambios.",
        "MX-COL",
    )
    assert post(extraction, "Irma Solís Cárdenas")[1] == "Ayuntamiento de Tecomán"


def test_a_former_unit_head_of_a_town_the_article_names_as_a_council(empty_registry):
    extraction = found(
        empty_registry,
        "La alcaldesa de Armería, Lidia Cruz Ortega, inauguró el mercado. El exdirector de "
        "Imagen Urbana de Armería Raúl Soto Vega recordó el proyecto.",
        "MX-COL",
    )
    assert post(extraction, "Raúl Soto Vega")[1] == "Ayuntamiento de Armería"


def test_a_unit_head_of_a_town_the_article_names_no_council_of_stays_open(empty_registry):
    extraction = found(
        empty_registry,
        "La alcaldesa de Armería, Lidia Cruz Ortega, inauguró el mercado. La directora de "
        "Vialidad y Transporte de Tecomán, Irma Solís Cárdenas, asistió.",
        "MX-COL",
    )
    assert post(extraction, "Irma Solís Cárdenas")[1] != "Ayuntamiento de Armería"


def test_a_unit_head_named_after_a_state_capital_that_is_the_state_stays_open(empty_registry):
    extraction = found(
        empty_registry,
        "El Ayuntamiento de Colima aprobó el plan. La directora de Vialidad y Transporte de "
        "Colima, Irma Solís Cárdenas, explicó los cambios.",
        "MX-COL",
    )
    assert post(extraction, "Irma Solís Cárdenas")[1] != "Ayuntamiento de Colima"


_FILLER = (
    "Las familias recorrieron las oficinas durante toda la mañana y entregaron sus "
    "documentos a los visitadores, que revisaron cada expediente con cuidado. "
) * 6


def test_a_description_refers_to_the_one_body_of_its_noun_named_long_before(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisión de Derechos Humanos del Estado de Colima emitió una recomendación. "
        + _FILLER
        + "La presidenta de la comisión, Irma Solís Cárdenas, pidió una disculpa pública.",
        "MX-COL",
    )
    assert post(extraction, "Irma Solís Cárdenas")[1] == (
        "Comisión de Derechos Humanos del Estado de Colima"
    )


def test_a_description_with_two_bodies_of_its_noun_named_long_before_stays_open(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisión de Derechos Humanos del Estado de Colima y la Comisión Estatal del Agua "
        "de Colima firmaron un convenio. "
        + _FILLER
        + "La presidenta de la comisión, Irma Solís Cárdenas, pidió una disculpa pública.",
        "MX-COL",
    )
    assert not post(extraction, "Irma Solís Cárdenas")[1]
