"""Leaders of bodies that are no public institutions, found by the body's shape or by a row
of data rather than by one example (issue 12, "no trap linked"): a public university's
unions named "S…" + the university's short name, chambers and unions by acronym, private
universities by short name, a union's section and a company's plant written in lower case.
Their bodies are no institutions either. Sentences invented for these tests.
"""

import pytest

from tests.people.mentions.support import found


@pytest.mark.parametrize(
    "state, text, body",
    [
        # a public university's unions: "S", what the union is, the university's short name
        (
            "MX-NAY",
            "Teodoro Lizárraga Ponce, secretario general del SPAUAN, convocó a la asamblea.",
            "SPAUAN",
        ),
        (
            "MX-CMX",
            "El secretario general del STUNAM, Rubén Osorio Lira, emplazó a huelga.",
            "STUNAM",
        ),
        (
            "MX-PUE",
            "El secretario general del SUNTUAP, Fausto Carmona Ríos, pidió el aumento.",
            "SUNTUAP",
        ),
        (
            "MX-PUE",
            "La secretaria general del Sitbuap, Elvira Tena Solís, pidió el aumento.",
            "Sitbuap",
        ),
        # chambers and unions by acronym
        ("MX-JAL", "El presidente de la CMIC Jalisco, Octavio Berrueta Gil, pidió obra.", "CMIC"),
        ("MX-OAX", "La vocera de la CNTE, Rufina Santiago Alavez, anunció la marcha.", "CNTE"),
        # private universities by their short names
        ("MX-PUE", "El rector de la UDLAP, Gerardo Ocampo Tello, abrió el foro.", "UDLAP"),
        ("MX-PUE", "El rector de la Upaep, Gerardo Ocampo Tello, abrió el foro.", "Upaep"),
        ("MX-CMX", "La rectora de la Ibero, Silvia Landa Mercado, abrió el foro.", "Ibero"),
        ("MX-JAL", "El rector del ITESO, Gerardo Ocampo Tello, abrió el foro.", "ITESO"),
        ("MX-JAL", "El rector de la UAG, Gerardo Ocampo Tello, abrió el foro.", "UAG"),
        (
            "MX-NLE",
            "La rectora del Tec de Monterrey, Silvia Landa Mercado, abrió el foro.",
            "Tec de Monterrey",
        ),
    ],
)
def test_private_bodies_by_short_name_have_no_officials(empty_registry, state, text, body):
    extraction = found(empty_registry, text, state)
    assert extraction.official_names == set()
    assert not any(body in hit.name for hit in extraction.institutions)


@pytest.mark.parametrize(
    "state, text",
    [
        # a union's section of a public body, in lower case
        (
            "MX-SIN",
            "El secretario general de la sección sindical de la Secretaría de Salud, Arturo "
            "Beltrán Osuna, pidió plazas.",
        ),
        # a company's plant or branch, its owner named
        ("MX-COA", "El gerente de la planta de Nemak, Arturo Beltrán Osuna, anunció despidos."),
        (
            "MX-COA",
            "La gerente de la planta de General Motors en Ramos Arizpe, Irene Saldaña Vela, "
            "anunció el tercer turno.",
        ),
    ],
)
def test_a_unions_or_a_companys_unit_has_no_officials(empty_registry, state, text):
    assert found(empty_registry, text, state).official_names == set()


@pytest.mark.parametrize(
    "state, text, name",
    [
        # a public university's own short name and its staff stay public
        (
            "MX-NAY",
            "El rector de la UAN, Arturo Beltrán Osuna, pidió el rescate.",
            "Arturo Beltrán Osuna",
        ),
        # public bodies whose short names open with S
        (
            "MX-CMX",
            "La directora del Sistema de Transporte Colectivo, Irene Saldaña Vela, informó.",
            "Irene Saldaña Vela",
        ),
        # a public body's plant
        (
            "MX-GUA",
            "El gerente de la planta de la CFE, Arturo Beltrán Osuna, informó del apagón.",
            "Arturo Beltrán Osuna",
        ),
        (
            "MX-GUA",
            "El gerente de la planta de tratamiento de la Comisión Estatal del Agua, Arturo "
            "Beltrán Osuna, informó.",
            "Arturo Beltrán Osuna",
        ),
    ],
)
def test_public_bodies_near_those_shapes_keep_their_officials(empty_registry, state, text, name):
    assert name in found(empty_registry, text, state).official_names
