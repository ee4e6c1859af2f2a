"""People the press writes in an official's shape who hold no Mexican public office
(issue 12, "no trap linked"): foreign officials, party and union leaders, church and
sports officers, companies and banks, civic groups, communal land authorities and
candidates. A public post the same person also holds still links them. Sentences
invented for these tests.

Ejido and communal authorities (comisariado ejidal, comisariado de bienes comunales,
consejo de vigilancia) are organs of the agrarian community under the Ley Agraria, elected
by its assembly: no public servants, so no officials. An agente municipal or a town's
mayor elected by usos y costumbres is a public servant of the town.
"""

import pytest

from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    "text",
    [
        # a foreign town's mayor, across the border
        "La alcaldesa de El Paso, Margaret Collins Reyes, se reunió con empresarios.",
        "El alcalde de Brownsville, John Cowen Pérez, visitó Matamoros.",
        "El alcalde de Tecún Umán, Érick Súñiga López, habló del puente fronterizo.",
        "El gobernador de Florida, Ronald Hale Scott, firmó la ley migratoria.",
        # a foreign government's agency, an international body
        "El jefe de la Patrulla Fronteriza, Michael Banks Cole, declaró ante la prensa.",
        "La directora del FBI en El Paso, Jeanette Harper Lee, habló del caso.",
        "El director de la DEA, Terrance Cole Brown, acusó al cártel.",
        "La representante de la ONU en México, Ana Lucía Grant Smith, presentó el informe.",
        # a cabinet post Mexico has not
        "El secretario de Estado, Marco Rubio Peña, visitó Palacio Nacional.",
        "La secretaria de Seguridad Nacional, Kristi Noem Hall, visitó la frontera.",
    ],
)
def test_foreign_officials_are_no_mexican_officials(empty_registry, text):
    assert found(empty_registry, text, "MX-CHH").official_names == set()


@pytest.mark.parametrize(
    "text",
    [
        "El secretario general del Suteo, Ángel Ruiz Cruz, convocó al paro.",
    ],
)
def test_a_unions_short_name_is_private(empty_registry, text):
    assert found(empty_registry, text, "MX-OAX").official_names == set()


@pytest.mark.parametrize(
    "text",
    [
        # church
        "El rector de la Basílica de la Soledad, José Luis Cruz Pérez, anunció la misa.",
        "El secretario de la Conferencia del Episcopado Mexicano, Ramón Castro Díaz, habló.",
        # sports
        "El presidente de la Liga Municipal de Futbol, Pedro Ruiz Cruz, suspendió la jornada.",
        "La presidenta del Comité Olímpico Mexicano, Mariana Alcalá Ruiz, habló.",
        # communal land
        "El presidente de Bienes Comunales de Zaachila, Juan Ruiz Cruz, rechazó el proyecto.",
        # civic groups
        "El director del Centro de Derechos Humanos Fray Tomás, Santiago Ruiz Espinosa, habló.",
        "El director ejecutivo de Mexicanos contra la Corrupción, Pedro Ruiz Cruz, habló.",
        "La directora de Amnistía Internacional México, Edith Olivares Pérez, habló.",
        "El coordinador del Observatorio Nacional Ciudadano, Francisco Rivas Ruiz, habló.",
        # business: a producers' council, a company's group, a bank, a company
        "El presidente del Consejo Nacional Agropecuario, Juan Cortina Ruiz, pidió apoyos.",
        "El director general de Grupo Bimbo, Daniel Servitje Ruiz, anunció la inversión.",
        "La directora de análisis de Banco Base, Gabriela Siller Ruiz, explicó el dato.",
        "El economista en jefe de Banorte, Gabriel Casillas Ruiz, explicó el dato.",
        "El director de Walmart de México, Guilherme Loureiro Silva, inauguró la tienda.",
        # a private school
        "El director de la Escuela Particular Simón Bolívar, Juan Ruiz Cruz, habló.",
        # a private hospital
        "El director del Hospital Reforma, Juan Pérez Cruz, informó del herido.",
    ],
)
def test_private_bodies_heads_are_no_officials(empty_registry, text):
    assert found(empty_registry, text, "MX-OAX").official_names == set()


@pytest.mark.parametrize(
    "text",
    [
        "El candidato a diputado local por el distrito 5, Juan Luna Ruiz, recorrió colonias.",
        "La excandidata a regidora de Salud, Rosa Cruz Díaz, denunció amenazas.",
    ],
)
def test_a_candidate_runs_for_a_post_he_does_not_hold(empty_registry, text):
    assert found(empty_registry, text, "MX-OAX").official_names == set()


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "La diputada local y líder de la Sección 22, Ana María Cruz Velasco, habló.",
            "Ana María Cruz Velasco",
            "diputada local",
        ),
        (
            "El senador y líder de la CTM, Carlos Aceves Olmo, votó en contra.",
            "Carlos Aceves Olmo",
            "senador",
        ),
        (
            "El regidor de Salud y dirigente del PRI municipal, José Luis Pérez Ruiz, habló.",
            "José Luis Pérez Ruiz",
            "regidor de Salud",
        ),
    ],
)
def test_a_public_post_joined_to_a_private_one_is_held(empty_registry, text, name, role):
    assert post(found(empty_registry, text, "MX-OAX"), name)[0] == role


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "El coordinador del Grupo Parlamentario de Morena, Juan Pérez Cruz, habló.",
            "Juan Pérez Cruz",
        ),
        ("La directora del Banco del Bienestar, Victoria Ruiz Ceja, habló.", "Victoria Ruiz Ceja"),
        (
            "El jefe del Estado Mayor de la Defensa, Gabriel García Ruiz, habló.",
            "Gabriel García Ruiz",
        ),
        ("El coordinador del Grupo Beta de Tapachula, Luis Ruiz Gómez, habló.", "Luis Ruiz Gómez"),
        (
            "El alcalde de Nogales, Juan Francisco Gim Ruiz, se reunió con su homólogo.",
            "Juan Francisco Gim Ruiz",
        ),
        (
            "El secretario de Seguridad Pública de Tijuana, Juan Ruiz Díaz, se reunió con la "
            "Patrulla Fronteriza.",
            "Juan Ruiz Díaz",
        ),
        (
            "El delegado del IMSS en Oaxaca, Juan Cruz Ruiz, dialogó con la Sección 22.",
            "Juan Cruz Ruiz",
        ),
    ],
)
def test_public_posts_near_those_shapes_stay_officials(empty_registry, text, name):
    assert name in found(empty_registry, text, "MX-OAX").official_names


@pytest.mark.parametrize(
    "text",
    [
        "La reapertura depende del Departamento de Agricultura de Estados Unidos (USDA). Su "
        "subsecretario de Inocuidad, Mark Hollins Reed, vendrá en marzo.",
        "La decisión es de la Patrulla Fronteriza. Su jefe en El Paso, Mark Hollins Reed, habló.",
    ],
)
def test_su_after_a_foreign_body_is_that_bodys(empty_registry, text):
    assert found(empty_registry, text, "MX-SON").official_names == set()


def test_su_after_a_foreign_place_alone_is_the_public_bodys(empty_registry):
    text = (
        "El INM atendió a 300 migrantes deportados de Estados Unidos. Su titular, Francisco "
        "Garduño Yáñez, pidió calma."
    )
    assert found(empty_registry, text, "MX-CHH").official_names == {"Francisco Garduño Yáñez"}
