"""The official's institution for a town's own authorities: a locality's delegate or
commissioner named by the locality alone ("el exdelegado de San Isidro Tlalcoyan") works
for the town's council when the article calls that place a municipal locality elsewhere
("el delegado municipal de San Isidro Tlalcoyan", "la delegación San Isidro Tlalcoyan");
a civic judge ("la jueza cívica de Tlaxiaco", "el juez calificador X") is an officer of
the town's council, never of the state's judiciary. Sentences invented for these tests.
"""

import pytest

from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    ("text", "state", "name", "council"),
    [
        (
            "El Ayuntamiento de Ixtapaluca convocó a elegir al delegado municipal de San Isidro "
            "Tlalcoyan. El exdelegado de San Isidro Tlalcoyan Rogelio Baeza Tinoco pidió "
            "revisar el padrón.",
            "MX-MEX",
            "Rogelio Baeza Tinoco",
            "Ayuntamiento de Ixtapaluca",
        ),
        (
            "En la delegación Loma Bonita, el delegado de Loma Bonita, Anselmo Ruvalcaba "
            "Peña, repartió despensas con apoyo del Ayuntamiento de Tonalá.",
            "MX-JAL",
            "Anselmo Ruvalcaba Peña",
            "Ayuntamiento de Tonalá",
        ),
        (
            "El Ayuntamiento de Umán recorrió la comisaría de Xtepén con el comisario municipal "
            "de Xtepén. La excomisaria de Xtepén Dora Pech Canché pidió luminarias.",
            "MX-YUC",
            "Dora Pech Canché",
            "Ayuntamiento de Umán",
        ),
    ],
)
def test_a_localitys_head_works_for_the_towns_council(empty_registry, text, state, name, council):
    assert post(found(empty_registry, text, state), name)[1] == council


def test_a_delegate_of_a_place_never_called_a_locality_stays_unplaced(empty_registry):
    text = (
        "El Ayuntamiento de Tonalá firmó un convenio. El delegado de Loma Bonita, Anselmo "
        "Ruvalcaba Peña, asistió."
    )
    assert post(found(empty_registry, text, "MX-JAL"), "Anselmo Ruvalcaba Peña")[1] == ""


@pytest.mark.parametrize(
    ("text", "state", "name", "council"),
    [
        (
            "La jueza cívica de Tlaxiaco, Irma Cruz Bautista, y el regidor de Salud, Omar "
            "Sosa Ríos, revisaron los casos.",
            "MX-OAX",
            "Irma Cruz Bautista",
            "Ayuntamiento de Tlaxiaco",
        ),
        (
            "El Ayuntamiento de Fresnillo y el Poder Judicial del Estado de Zacatecas "
            "firmaron un convenio; el juez cívico Ramón Tello Acuña rindió protesta.",
            "MX-ZAC",
            "Ramón Tello Acuña",
            "Ayuntamiento de Fresnillo",
        ),
        (
            "El juez calificador Tomás Vera Gil no fijó las multas, señaló la "
            "recomendación al Ayuntamiento de Lerdo.",
            "MX-DUR",
            "Tomás Vera Gil",
            "Ayuntamiento de Lerdo",
        ),
    ],
)
def test_a_civic_judge_works_for_the_towns_council(empty_registry, text, state, name, council):
    assert post(found(empty_registry, text, state), name)[1] == council


# The same round: a unit named with the town's level ("directora de Salud Municipal de
# Tizimín") is never the state's secretariat's unit, even when a state secretary of that
# area is named; a commissioner "para la …" heads the state's commission of that purpose
# ("la comisionada para la Protección contra Riesgos Sanitarios de Colima"), also when the
# article names it by acronym.


def test_a_towns_unit_is_no_unit_of_the_states_secretariat(empty_registry):
    text = (
        "Rebeca Canul Pat, directora de Salud Municipal de Tizimín, pidió fumigar. "
        "La secretaria de Salud estatal, Irene Balam Cen, respondió."
    )
    assert post(found(empty_registry, text, "MX-YUC"), "Rebeca Canul Pat")[1] != (
        "Secretaría de Salud"
    )
    text = "El Ayuntamiento de Tizimín apoyará. " + text
    assert post(found(empty_registry, text, "MX-YUC"), "Rebeca Canul Pat")[1] == (
        "Ayuntamiento de Tizimín"
    )


@pytest.mark.parametrize(
    ("text", "state", "name", "body"),
    [
        (
            "La comisionada para la Protección contra Riesgos Sanitarios de Colima, Elvira "
            "Mancilla Torres, clausuró dos purificadoras.",
            "MX-COL",
            "Elvira Mancilla Torres",
            "Comisión para la Protección contra Riesgos Sanitarios del Estado de Colima",
        ),
        (
            "El comisionado para la Protección contra Riesgos Sanitarios del Estado, Nicolás "
            "Arce Lugo, informó que la COEPRIS mantiene la veda en la bahía.",
            "MX-BCS",
            "Nicolás Arce Lugo",
            "Comisión para la Protección contra Riesgos Sanitarios del Estado de Baja "
            "California Sur",
        ),
    ],
)
def test_a_commissioner_for_a_purpose_heads_the_states_commission(
    empty_registry, text, state, name, body
):
    assert post(found(empty_registry, text, state), name)[1] == body


@pytest.mark.parametrize(
    "text",
    [
        # the title itself is no other mention of the locality
        "La comisaria de San Blas Atempa, Irma Luna Ortiz, pidió luz. El Ayuntamiento de "
        "Tehuantepec respondió.",
        # an area, and a body's name in capitals, are no locality
        "El comisario de Seguridad Pública, Irma Luna Ortiz, habló; la Comisaría de Seguridad "
        "Pública de Tehuantepec y el Ayuntamiento de Tehuantepec abrieron expedientes.",
    ],
)
def test_no_locality_from_the_title_itself_or_a_bodys_name(empty_registry, text):
    body = post(found(empty_registry, text, "MX-OAX"), "Irma Luna Ortiz")[1]
    assert body != "Ayuntamiento de Tehuantepec"


# A town's water utility named by the short name its state's utilities share, then the
# town ("la Comapa Altamira", "la Comapa de Altamira", "la JMAS Delicias"), is that town's
# utility; a person's name after the town is no part of it; a state's secretariat known by
# its acronym or short name alone is a row ("la Sedrae" in Aguascalientes, "el Heroico
# Cuerpo de Bomberos" in Mexico City).


@pytest.mark.parametrize(
    ("text", "state", "name", "body"),
    [
        (
            "El gerente general de Comapa Altamira, Rubén Salinas Ochoa, pidió paciencia.",
            "MX-TAM",
            "Rubén Salinas Ochoa",
            "Comisión Municipal de Agua Potable y Alcantarillado de Altamira",
        ),
        (
            "La exgerente de la Comapa de Ciudad Madero Laura Peña Tovar criticó el tandeo.",
            "MX-TAM",
            "Laura Peña Tovar",
            "Comisión Municipal de Agua Potable y Alcantarillado de Ciudad Madero",
        ),
        (
            "El presidente de la JMAS Delicias, Óscar Baeza Ruiz, anunció cortes.",
            "MX-CHH",
            "Óscar Baeza Ruiz",
            "Junta Municipal de Agua y Saneamiento de Delicias",
        ),
        (
            "El titular de la Sedrae, Ramiro Esparza Luévano, recorrió las huertas.",
            "MX-AGU",
            "Ramiro Esparza Luévano",
            "Secretaría de Desarrollo Rural y Agroempresarial de Aguascalientes",
        ),
        (
            "El segundo superintendente del Heroico Cuerpo de Bomberos, Iván Olmos Rojo, "
            "informó que el fuego quedó controlado.",
            "MX-CMX",
            "Iván Olmos Rojo",
            "Heroico Cuerpo de Bomberos de la Ciudad de México",
        ),
    ],
)
def test_a_towns_utility_by_its_states_short_name(empty_registry, text, state, name, body):
    assert post(found(empty_registry, text, state), name)[1] == body


def test_a_utilitys_short_name_in_another_state_is_no_row(empty_registry):
    text = "El gerente de la Comapa Altamira, Rubén Salinas Ochoa, pidió paciencia."
    assert "Comisión Municipal de Agua Potable y Alcantarillado de Altamira" not in (
        found(empty_registry, text, "MX-SON").institution_names
    )
