"""Roles of Mexican public servants the lexicon lacked (Mexico's ambassadors and consuls,
the agrarian attorney, FIRA's state residents: rows of ``roles.ROLES``) and federal and
state acronyms written in capitals where the tables write them as words ("la CONAGUA",
"la SEGEY", ``institutions.capitals_spellings``), never in a sentence written in capitals.
Sentences invented for these tests.
"""

import pytest

from tests.people.mentions.support import found, post

SRE = "Secretaría de Relaciones Exteriores"


@pytest.mark.parametrize(
    ("text", "name", "role", "body"),
    [
        (
            "La embajadora de México en Noruega, Leticia Arvizu Campos, inauguró la muestra.",
            "Leticia Arvizu Campos",
            "embajadora de México en Noruega",
            SRE,
        ),
        (
            "El embajador mexicano en Corea, Fausto Iglesias Rubio, recibió a los empresarios.",
            "Fausto Iglesias Rubio",
            "embajador mexicano en Corea",
            SRE,
        ),
        (
            "El cónsul general de México en Chicago, Ramiro Betancourt Sosa, abrió la oficina.",
            "Ramiro Betancourt Sosa",
            "cónsul general de México en Chicago",
            SRE,
        ),
        (
            "La cónsul mexicana en Tucson, Noemí Echeverría Paz, atendió a los detenidos.",
            "Noemí Echeverría Paz",
            "cónsul mexicana en Tucson",
            SRE,
        ),
        (
            "La procuradora agraria, Amalia Quintero Beltrán, entregó 80 certificados.",
            "Amalia Quintero Beltrán",
            "procuradora agraria",
            "Procuraduría Agraria",
        ),
        (
            "El residente estatal de FIRA, Baltazar Ocampo Ríos, presentó los créditos.",
            "Baltazar Ocampo Ríos",
            "residente estatal de FIRA",
            "Fideicomisos Instituidos en Relación con la Agricultura",
        ),
    ],
)
def test_roles_of_mexican_public_servants(empty_registry, text, name, role, body):
    assert post(found(empty_registry, text, "MX-SON"), name) == (role, body)


def test_consuls_listed_after_one_plural_title_each_keep_their_city(empty_registry):
    text = (
        "Las cónsules de México en Laredo y Phoenix, Irene Balderas Cota y Julieta Anaya "
        "Ponce, firmaron el convenio."
    )
    extraction = found(empty_registry, text, "MX-TAM")
    assert post(extraction, "Irene Balderas Cota") == ("cónsul de México en Laredo", SRE)
    assert post(extraction, "Julieta Anaya Ponce") == ("cónsul de México en Phoenix", SRE)


@pytest.mark.parametrize(
    "text",
    [
        "El embajador de Nigeria, Emeka Adebayo Okoro, visitó la planta.",
        "El cónsul de Guatemala en Tapachula, Rigoberto Chután Mejía, atendió a los migrantes.",
        "La embajadora de Canadá, Helen Brooks Miller, visitó la planta.",
    ],
)
def test_a_foreign_diplomat_is_no_official(empty_registry, text):
    assert found(empty_registry, text, "MX-CHP").official_names == set()


@pytest.mark.parametrize(
    ("text", "state", "name", "body"),
    [
        (
            "El titular de la PROFEPA, Anselmo Robles Díaz, clausuró el aserradero.",
            "MX-DUR",
            "Anselmo Robles Díaz",
            "Procuraduría Federal de Protección al Ambiente",
        ),
        (
            "La subdelegada de la CONAPESCA, Yadira Félix Osuna, anunció la veda.",
            "MX-SIN",
            "Yadira Félix Osuna",
            "Comisión Nacional de Acuacultura y Pesca",
        ),
        (
            "El coordinador estatal del IMSS Bienestar, Efrén Lagunas Mora, abrió la clínica.",
            "MX-NAY",
            "Efrén Lagunas Mora",
            "Servicios de Salud del Instituto Mexicano del Seguro Social para el Bienestar",
        ),
        (
            "La titular de la SEGEY, Maricruz Dzul Pech, visitó la primaria.",
            "MX-YUC",
            "Maricruz Dzul Pech",
            "Secretaría de Educación del Gobierno del Estado de Yucatán",
        ),
    ],
)
def test_an_acronym_in_capitals_is_its_body(empty_registry, text, state, name, body):
    extraction = found(empty_registry, text, state)
    assert post(extraction, name)[1] == body
    assert body in extraction.institution_names


def test_acronyms_in_capitals_in_an_ordinary_sentence(empty_registry):
    extraction = found(
        empty_registry,
        "La SEMARNAT, la CONAGUA y el IMSS firmaron un convenio con el municipio.",
        "MX-ZAC",
    )
    assert {
        "Secretaría de Medio Ambiente y Recursos Naturales",
        "Comisión Nacional del Agua",
    } <= extraction.institution_names


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("LA CONAGUA ADVIERTE POR LLUVIAS EN TODA LA REGIÓN", "MX-SON"),
        ("CIERRA PROFEPA TIRADERO CLANDESTINO EN LA SIERRA", "MX-DUR"),
        ("SUSPENDE LA SEGEY CLASES POR CALOR", "MX-YUC"),
    ],
)
def test_a_headline_in_capitals_names_no_body(empty_registry, text, state):
    assert found(empty_registry, text, state).institution_names == set()
