"""Shapes of the linker-bh round: a mayor named by the demonym of one town in the country
("el alcalde regiomontano", "la alcaldesa tapatía") heads that town's council even when the
text never names the town; a former post given by a relative clause with no "ex" ("X,
quien fuera alcaldesa de …", "quien fue director del … entre 2019 y 2021", "quien se
desempeñó como gerente …") is the person's former post. Sentences invented for these tests.
"""

import pytest

from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    ("text", "state", "name", "council"),
    [
        (
            "El alcalde regiomontano, Tomás Elizondo Garza, inauguró la biblioteca.",
            "MX-NLE",
            "Tomás Elizondo Garza",
            "Ayuntamiento de Monterrey",
        ),
        (
            "La alcaldesa tapatía, Renata Ochoa Villaseñor, cerró la avenida.",
            "MX-JAL",
            "Renata Ochoa Villaseñor",
            "Ayuntamiento de Guadalajara",
        ),
        (
            "El edil tepiqueño, Gonzalo Rentería Parra, pidió calma a los vecinos.",
            "MX-NAY",
            "Gonzalo Rentería Parra",
            "Ayuntamiento de Tepic",
        ),
        (
            "En la capital del estado, el alcalde juarense, Emilio Portillo Rascón, firmó.",
            "MX-CHH",
            "Emilio Portillo Rascón",
            "Ayuntamiento de Juárez",
        ),
    ],
)
def test_a_mayor_named_by_a_towns_demonym(empty_registry, text, state, name, council):
    assert post(found(empty_registry, text, state), name)[1] == council


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Leticia Ramos Guajardo, quien fuera alcaldesa de Múzquiz, pidió ayuda.",
            "Leticia Ramos Guajardo",
            "alcaldesa de Múzquiz",
        ),
        (
            "Ramiro Téllez Baca, quien fue director del Instituto Estatal de Pensiones entre "
            "2018 y 2020, criticó la reforma.",
            "Ramiro Téllez Baca",
            "director del Instituto Estatal de Pensiones",
        ),
        (
            "Elvira Cota Ledezma, quien se desempeñó como secretaria de Turismo, opinó.",
            "Elvira Cota Ledezma",
            "secretaria de Turismo",
        ),
    ],
)
def test_a_former_post_given_by_a_relative_clause(empty_registry, text, name, role):
    hit = found(empty_registry, text, "MX-COA").official(name)
    assert hit is not None
    assert hit.role.startswith(role)
    assert hit.past


@pytest.mark.parametrize(
    ("text", "state", "body"),
    [
        (
            "La directora de Pesca de la SEPADA, Laura Meza Ruiz, repartió redes.",
            "MX-BCS",
            "Secretaría de Pesca, Acuacultura y Desarrollo Agropecuario de Baja California Sur",
        ),
        (
            "El titular de la SSPE, Mario Baeza Loya, presentó el operativo.",
            "MX-CHH",
            "Secretaría de Seguridad Pública del Estado de Chihuahua",
        ),
        (
            "El vocal ejecutivo de la CAED, Iván Soto Nevárez, anunció pozos nuevos.",
            "MX-DUR",
            "Comisión del Agua del Estado de Durango",
        ),
    ],
)
def test_a_states_body_named_by_its_acronym_alone(empty_registry, text, state, body):
    names = {i.name for i in found(empty_registry, text, state).institutions}
    assert body in names


def test_a_pension_institute_for_the_government_and_towns_workers(empty_registry):
    text = (
        "Jubilados tomaron el Instituto de Seguridad y Servicios Sociales de los Trabajadores "
        "del Gobierno y Municipios del Estado de Baja California, en Tijuana."
    )
    names = {i.name for i in found(empty_registry, text, "MX-BCN").institutions}
    assert names == {
        "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Gobierno y "
        "Municipios del Estado de Baja California"
    }
