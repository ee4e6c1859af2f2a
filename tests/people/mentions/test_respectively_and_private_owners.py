"""Shapes of linker-bn (issue 12): names listed, then one post each and "respectivamente";
a unit of a body that only its opening says is private; a body an apposition says belongs
to a private one; traders' own councils; a post's tenure after its area; a unit in lower
case that names its matter; a state's legislature by its demonym and the body a title is
held "en". Sentences invented for these tests."""

import pytest

from tests.people.mentions.support import found, post


def test_posts_listed_after_names_go_one_to_each_name(empty_registry):
    text = (
        "Sofía Treviño Luna y Marcos Ibarra Solís, directora de Turismo y tesorero "
        "municipal, respectivamente, presentaron el balance de la temporada."
    )
    result = found(empty_registry, text, "MX-SIN")
    assert post(result, "Sofía Treviño Luna")[0] == "directora de Turismo"
    assert post(result, "Marcos Ibarra Solís")[0] == "tesorero municipal"


def test_three_names_and_three_posts_respectively(empty_registry):
    text = (
        "Inés Padilla Roque, Tadeo Medina Cruz y Lorena Gil Farías, secretaria de Salud, "
        "fiscal general del Estado y directora del DIF Estatal, respectivamente, firmaron "
        "el acuerdo."
    )
    result = found(empty_registry, text, "MX-SIN")
    assert post(result, "Inés Padilla Roque")[0] == "secretaria de Salud"
    assert post(result, "Tadeo Medina Cruz")[0] == "fiscal general del Estado"
    assert post(result, "Lorena Gil Farías")[0] == "directora del DIF Estatal"


@pytest.mark.parametrize(
    "text",
    [
        # a unit, then a private body known by its opening
        "Héctor Pineda Lara, jefe de Urgencias de la Cruz Roja Mexicana en Sonora, pidió "
        "precaución en carretera.",
        # an apposition that says whom the body belongs to
        "Ramiro Cota Ibarra, director del Museo de la Ballena, museo de una fundación "
        "privada, presentó la exposición.",
        "Ramiro Cota Ibarra, director del Museo de la Ballena, propiedad de una asociación "
        "de pescadores, presentó la exposición.",
        # a private group named in lower case before a public body
        "Rebeca Soto Lima, presidenta de una asociación de colonos del Infonavit, pidió "
        "reparar las bardas.",
        # traders' own council
        "Aurelio Garza Nava, presidente del Consejo de Citricultores de Montemorelos, pidió "
        "apoyo por la helada.",
    ],
)
def test_officers_of_private_owners_and_traders_are_no_officials(empty_registry, text):
    assert found(empty_registry, text, "MX-SON").official_names == set()


def test_tenure_after_the_area_closes_the_post(empty_registry):
    text = "El director de Tránsito interino, Raúl Ochoa Beltrán, informó del operativo."
    result = found(empty_registry, text, "MX-SON")
    assert post(result, "Raúl Ochoa Beltrán")[0] == "director de Tránsito interino"


def test_a_lower_case_unit_may_name_its_matter(empty_registry):
    text = (
        "El jefe de la oficina de control de armas de la Fiscalía General del Estado, "
        "Gonzalo Reyes Ulloa, revisó los permisos."
    )
    result = found(empty_registry, text, "MX-SON")
    role, institution = post(result, "Gonzalo Reyes Ulloa")
    assert role.startswith("jefe de la oficina de control de armas")
    assert institution == "Fiscalía General del Estado de Sonora"


def test_a_legislature_named_by_its_states_demonym(empty_registry):
    result = found(empty_registry, "El Congreso poblano aprobó la reforma.", "MX-TLA")
    assert "Congreso del Estado de Puebla" in result.institution_names


def test_the_body_a_post_is_held_in(empty_registry):
    text = (
        "Irma Solís Peña (diputada local por Ecatepec en la Legislatura mexiquense) "
        "presentó la iniciativa."
    )
    result = found(empty_registry, text, "MX-MEX")
    assert post(result, "Irma Solís Peña") == (
        "diputada local por Ecatepec",
        "Legislatura del Estado de México",
    )
