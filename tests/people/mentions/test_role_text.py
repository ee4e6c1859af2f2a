"""The role as a mention shows it: the post, less the government it belongs to
(``people.mentions.role_text``). Sentences invented for these tests."""

import pytest

from people.mentions.role_text import without_government
from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("secretaria de Turismo del Gobierno del Estado de Sonora", "secretaria de Turismo"),
        ("Secretario de Obras del Gobierno de Tlaxcala", "Secretario de Obras"),
        ("director de Cultura del Ayuntamiento de Celaya", "director de Cultura"),
        ("directora de Panteones del municipio", "directora de Panteones"),
        # the government is the post's complement: nothing else names the post
        ("secretaria del Ayuntamiento de Celaya", "secretaria del Ayuntamiento de Celaya"),
        ("oficial mayor del Ayuntamiento", "oficial mayor del Ayuntamiento"),
        # a body named inside the title keeps its town
        (
            "director de la Junta de Agua del Municipio de Irapuato",
            "director de la Junta de Agua del Municipio de Irapuato",
        ),
        (
            "gerente de Aguas del Municipio de Irapuato",
            "gerente de Aguas del Municipio de Irapuato",
        ),
    ],
)
def test_the_government_closing_a_title_is_left_out(written, shown):
    assert without_government(written) == shown


def test_an_apposition_keeps_the_post_and_links_the_states_secretariat(empty_registry):
    extraction = found(
        empty_registry,
        "La secretaria de Turismo y Desarrollo Portuario del Gobierno del Estado de Sonora, "
        "Aurelia Moncada Ibarra, inauguró el muelle.",
        "MX-SON",
    )
    role, institution = post(extraction, "Aurelia Moncada Ibarra")
    assert role == "secretaria de Turismo y Desarrollo Portuario"
    assert institution.startswith("Secretaría de Turismo y Desarrollo Portuario")


def test_a_plural_title_of_a_councils_areas_gives_each_person_their_area(empty_registry):
    extraction = found(
        empty_registry,
        "El alcalde reunió a los titulares de Cultura y de Servicios Públicos del "
        "Ayuntamiento de Celaya, Rogelio Báez Pintor y Marina Olguín Serrano, en el teatro.",
        "MX-GUA",
    )
    assert post(extraction, "Rogelio Báez Pintor") == (
        "titular de Cultura",
        "Ayuntamiento de Celaya",
    )
    assert post(extraction, "Marina Olguín Serrano")[0] == "titular de Servicios Públicos"


def test_a_deputy_chairing_a_committee_of_her_congress_holds_the_chair(empty_registry):
    extraction = found(
        empty_registry,
        "La diputada local Elvira Montaño Ruelas, presidenta de la Comisión de Turismo del "
        "Congreso del Estado, pidió más recursos.",
        "MX-SIN",
    )
    role, institution = post(extraction, "Elvira Montaño Ruelas")
    assert role.startswith("presidenta de la Comisión de Turismo")
    assert institution == "Congreso del Estado de Sinaloa"


def test_a_deputy_coordinating_a_group_keeps_the_seat(empty_registry):
    extraction = found(
        empty_registry,
        "La diputada Elvira Montaño Ruelas, coordinadora del grupo del PT en el Congreso del "
        "Estado, votó en contra.",
        "MX-SIN",
    )
    assert post(extraction, "Elvira Montaño Ruelas")[0] == "diputada"
