"""Town units and the offices of national bodies (linker round l8):

- a town's unit named by its head noun and area with the level after it in lower case
  ("la Dirección de Catastro municipal") is the unit of the article's town, named with the
  town as the press also writes it ("Dirección de Catastro de Tlacotalpan");
- "<body>, a cargo de la comisaria X" (or "—a cargo del comandante X—"): X, found by a title
  that names no body, works in that body;
- a title with a local adjective ("la gerente estatal de la Conafor") heads the office
  the article names with that adjective ("la Gerencia Estatal de la Conafor en …").

Sentences invented for these tests.
"""

import pytest

from people.mentions.store import town_unit_forms
from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    ("text", "state", "unit"),
    [
        (
            "La alcaldesa de Tlacotalpan, Irene Sosa Mar, dijo que la Dirección de Catastro "
            "municipal revisará los predios.",
            "MX-VER",
            "Dirección de Catastro Municipal de Tlacotalpan",
        ),
        (
            "El presidente municipal de Tecomán, Saúl Rivas Lara, pidió a la Dirección de "
            "Alumbrado Público municipal un censo de luminarias.",
            "MX-COL",
            "Dirección de Alumbrado Público Municipal de Tecomán",
        ),
    ],
)
def test_a_unit_with_the_town_level_after_it_is_the_towns(empty_registry, text, state, unit):
    assert unit in found(empty_registry, text, state).institution_names


def test_a_state_unit_is_not_made_the_towns(empty_registry):
    text = (
        "El alcalde de Tecomán, Saúl Rivas Lara, se reunió con la Dirección de Catastro "
        "del Estado y con los comités municipales."
    )
    names = found(empty_registry, text, "MX-COL").institution_names
    assert not any("Municipal" in name and "Catastro" in name for name in names)


def test_a_towns_unit_is_also_known_by_its_area_and_town():
    forms = town_unit_forms("Dirección de Catastro Municipal de Tlacotalpan", "MX-VER/Tlacotalpan")
    assert "Dirección de Catastro de Tlacotalpan" in forms


def test_a_unit_of_a_town_named_as_its_state_keeps_the_level():
    forms = town_unit_forms("Dirección de Catastro Municipal de Durango", "MX-DUR/Durango")
    assert "Dirección de Catastro de Durango" not in forms


@pytest.mark.parametrize(
    ("text", "state", "name", "unit"),
    [
        (
            "La alcaldesa de Tlacotalpan, Irene Sosa Mar, dijo que la Dirección de Tránsito "
            "municipal, a cargo de la comisaria Rosa Pérez Luna, cerrará calles.",
            "MX-VER",
            "Rosa Pérez Luna",
            "Dirección de Tránsito Municipal de Tlacotalpan",
        ),
        (
            "El alcalde de Tecomán, Saúl Rivas Lara, pidió apoyo a la Dirección de Policía "
            "Vial municipal —a cargo del comandante Luis Ortega Díaz— para el desfile.",
            "MX-COL",
            "Luis Ortega Díaz",
            "Dirección de Policía Vial Municipal de Tecomán",
        ),
        (
            "Llegaron agentes de la Coordinación Estatal de la Guardia Nacional en Colima, a "
            "cargo de la comisaria general Marta Ruiz Soto, quien habló.",
            "MX-COL",
            "Marta Ruiz Soto",
            "Coordinación Estatal de la Guardia Nacional en Colima",
        ),
    ],
)
def test_a_title_holder_the_body_is_in_charge_of_works_there(
    empty_registry, text, state, name, unit
):
    assert post(found(empty_registry, text, state), name)[1] == unit


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        (
            "La gerente estatal de la Conafor, Irma Soto Ruiz, pidió calma. La Gerencia "
            "Estatal de la Conafor en Colima suspendió las quemas.",
            "Irma Soto Ruiz",
            "Gerencia Estatal de la Conafor en Colima",
        ),
        (
            "El director local de la Conagua en Colima, Raúl Peña Vega, habló. La Dirección "
            "Local Colima de la Comisión Nacional del Agua revisará los pozos.",
            "Raúl Peña Vega",
            "Dirección Local Colima de la Comisión Nacional del Agua",
        ),
    ],
)
def test_a_local_title_holder_heads_the_office_the_article_names(
    empty_registry, text, name, office
):
    assert post(found(empty_registry, text, "MX-COL"), name)[1] == office


def test_a_local_title_holder_keeps_the_national_body_without_its_office(empty_registry):
    text = (
        "El coordinador estatal de la Guardia Nacional, Raúl Peña Vega, habló. La "
        "Coordinación Estatal de Protección Civil cerró la carretera."
    )
    assert post(found(empty_registry, text, "MX-COL"), "Raúl Peña Vega")[1] == "Guardia Nacional"
