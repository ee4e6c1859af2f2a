"""Private bodies whose heads hold no public office: universities with no public shape,
a private body's acronym, "cuyo" after a private body, a body the text calls a civil
association, a group's local chapter. Sentences invented for these tests.
"""

import pytest

from people.mentions.complements import is_private
from people.mentions.institutions import canonical_institution
from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    "name",
    [
        "Universidad Fray Bartolomé de Olmedo",
        "Universidad del Golfo Norte",
        "Universidad Santa Brígida de Texcoco",
        "Universidad Autónoma de Durango",  # a private one with a state's name: a row
    ],
)
def test_a_university_with_no_public_shape_is_private(name):
    assert is_private(name)
    assert canonical_institution(name, "MX-VER") is None


@pytest.mark.parametrize(
    "name",
    [
        "Universidad Autónoma de Campeche",
        "Universidad Veracruzana",
        "Universidad de Guadalajara",
        "Universidad Juárez del Estado de Durango",
        "Universidad Tecnológica de Tlaxcala",
        "Universidad Intercultural del Estado de Puebla",
        "Universidad Autónoma",  # a short form of the one named before
    ],
)
def test_a_university_with_a_public_shape_is_public(name):
    assert not is_private(name)


def test_the_rector_of_a_private_university_is_no_official(empty_registry):
    extraction = found(
        empty_registry,
        "El rector de la Universidad Fray Bartolomé de Olmedo, Julián Zárate Mendoza, ofreció "
        "sus aulas, y la rectora de la Universidad Veracruzana, Elvira Huesca Rangel, dijo "
        "que la casa de estudios abrirá un albergue.",
        "MX-VER",
    )
    assert extraction.official_names == {"Elvira Huesca Rangel"}
    assert extraction.institution_names == {"Universidad Veracruzana"}


def test_a_private_universitys_acronym_is_no_institution(empty_registry):
    extraction = found(
        empty_registry,
        "El vicerrector de la Universidad Autónoma de Durango (UAD), Marcos Ibarra Soto, "
        "anunció becas.",
        "MX-DUR",
    )
    assert extraction.officials == ()
    assert extraction.institutions == ()


def test_cuyo_after_a_private_university_is_no_official(empty_registry):
    extraction = found(
        empty_registry,
        "La Universidad Santa Brígida de Texcoco, cuyo rector, Ramón Ugalde Prieto, ofreció "
        "sus instalaciones, recibirá víveres.",
        "MX-MEX",
    )
    assert extraction.officials == ()


def test_a_body_the_text_calls_a_civil_association_after_its_heads_title(empty_registry):
    extraction = found(
        empty_registry,
        "Asistieron Raúl Cisneros Beltrán, director del Consejo Regulador del Agave de Altura, "
        "asociación civil que certifica la bebida, y la secretaria de Economía estatal, "
        "Norma Ibáñez Lara.",
        "MX-JAL",
    )
    assert extraction.official_names == {"Norma Ibáñez Lara"}


@pytest.mark.parametrize("said", ["organización civil de vecinos", "organización no gubernamental"])
def test_a_body_the_text_calls_a_civil_organisation_after_its_heads_title(empty_registry, said):
    extraction = found(
        empty_registry,
        f"Rebeca Islas Montaño, vocera de los Comités del Valle del Yaqui, {said}, pidió "
        "agua limpia al secretario de Salud, Abel Soto Gil.",
        "MX-SON",
    )
    assert extraction.official_names == {"Abel Soto Gil"}


def test_a_presidents_local_chapter_of_a_group_is_private(empty_registry):
    extraction = found(
        empty_registry,
        "El presidente de Amexme Tijuana, Gustavo Lerma Ochoa, pidió seguridad, y la "
        "presidenta de la Comisión de Salud, Irene Cota Valdez, citó al secretario.",
        "MX-BCN",
    )
    assert extraction.official_names == {"Irene Cota Valdez"}
    assert post(extraction, "Irene Cota Valdez")[0] == "presidenta de la Comisión de Salud"


@pytest.mark.parametrize(
    "text",
    [
        "Rubén Olvera Castro, presidente de la Onexpo en Querétaro, pidió más patrullas.",
        "Marisela Tapia Ruiz, vocera del Observatorio Ciudadano de Movilidad, criticó el plan.",
        "Iván Leyva Soto, vocero de la Asamblea Estudiantil de Derecho, exigió becas.",
    ],
)
def test_watchdogs_students_and_fuel_retailers_speak_for_no_public_body(empty_registry, text):
    assert found(empty_registry, text, "MX-QUE").official_names == set()


def test_a_body_the_text_calls_a_company_is_private(empty_registry):
    extraction = found(
        empty_registry,
        "El Cabildo revisará el contrato de la empresa Agua de Zamora Siempre, que cobra el "
        "servicio desde 2015. Rosendo Ibarra Quiñones, director general de Agua de Zamora "
        "Siempre, dijo que colaborará.",
        "MX-MIC",
    )
    assert extraction.official_names == set()
    assert extraction.institution_names == set()


@pytest.mark.parametrize(
    "text",
    [
        "El director de Cáritas Diocesana, Anselmo Ruiz Pech, repartió despensas.",
        "Habló Efrén Rangel Soto, gerente de la planta de Cementos del Altiplano en Apizaco.",
    ],
)
def test_church_charities_and_cement_makers_are_private(empty_registry, text):
    assert found(empty_registry, text, "MX-TLA").official_names == set()


@pytest.mark.parametrize(
    "text",
    [
        "El gerente de Minera Peñascal, Octavio Lumbreras Gil, negó la fuga.",
        "La gerente de Carbonífera de Palaú, Irasema Cantú Ríos, visitó la mina.",
        "El director de Constructora Bajío Norte, Hilario Sáenz Pruneda, firmó la obra.",
    ],
)
def test_a_company_named_by_its_trade_is_private(empty_registry, text):
    assert found(empty_registry, text, "MX-COA").official_names == set()


def test_a_company_the_text_calls_a_concessionaire_after_its_heads_name(empty_registry):
    extraction = found(
        empty_registry,
        "Asistió el director general de Aguas de Lerma Limpia, Néstor Ojeda Falcón, empresa "
        "concesionaria del drenaje, y la regidora de Ecología, Mireya Paz Olguín.",
        "MX-MEX",
    )
    assert extraction.official_names == {"Mireya Paz Olguín"}


@pytest.mark.parametrize(
    "text",
    [
        "La ministra de Turismo de Guatemala, Floridalma Pac Xiloj, visitó la feria.",
        "El embajador de Canadá, Robert Tanner Hughes, se reunió con la alcaldesa.",
        "El secretario de Energía de Estados Unidos, Bradley Owens Pratt, habló del gas.",
    ],
)
def test_a_foreign_countrys_officials_are_not_mexican_officials(empty_registry, text):
    assert found(empty_registry, text, "MX-QRO").official_names == set()


def test_a_mexican_place_that_names_a_foreign_one_is_no_foreign_post(empty_registry):
    text = (
        "La directora de la Reserva de la Biosfera del Alto Golfo de California, Itzel "
        "Arámburo Quiñones, presentó el censo de vaquitas."
    )
    assert found(empty_registry, text, "MX-SON").official_names == {"Itzel Arámburo Quiñones"}
