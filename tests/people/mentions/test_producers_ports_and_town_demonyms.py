"""Shapes of the linker-be round: a producers' "Sistema Producto" committee and a port
terminal's operator are private beside real officials; a subsecretary of an area of a body
named by its acronym; a mayor named by a town's demonym in a story that names the town; a
port's administration by its acronym and port, before its holder's name. Sentences
invented for these tests.
"""

import pytest

from people.mentions.complements import is_private
from tests.people.mentions.support import found, post


@pytest.mark.parametrize(
    "name",
    [
        "Comité Estatal Sistema Producto Aguacate",
        "Comité Nacional Sistema Producto Café",
        "Terminal Especializada de Granos del Golfo",
        "Terminal de Contenedores de Altamira",
    ],
)
def test_producers_committees_and_port_terminals_are_private(name):
    assert is_private(name)


def test_pemex_terminals_stay_public():
    assert not is_private("Terminal Marítima de Tuxpan")
    assert not is_private("Terminal de Almacenamiento y Despacho Irapuato")


def test_a_producers_committee_beside_an_official(empty_registry):
    text = (
        "Anselmo Ríos Treviño, presidente del Comité Estatal Sistema Producto Nuez, pidió "
        "créditos a la secretaria de Desarrollo Rural, Inés Murguía Pinto."
    )
    assert found(empty_registry, text, "MX-COA").official_names == {"Inés Murguía Pinto"}


def test_a_port_terminals_director_beside_the_ports_director(empty_registry):
    text = (
        "El director general de la Terminal Especializada de Granos del Golfo, Ramiro "
        "Quezada Ibarra, y el capitán de puerto de Tuxpan, Hilario Sosa Mena, revisaron "
        "los muelles."
    )
    assert found(empty_registry, text, "MX-VER").official_names == {"Hilario Sosa Mena"}


def test_a_subsecretary_of_a_body_named_by_its_acronym(empty_registry):
    text = "La subsecretaria de Planeación de la SEDATU, Rebeca Anaya Luna, visitó las obras."
    role, institution = post(found(empty_registry, text, "MX-SIN"), "Rebeca Anaya Luna")
    assert role == "subsecretaria de Planeación de la SEDATU"
    # the capitals of the table's "Sedatu" (``institutions.capitals_spellings``)
    assert institution == "Secretaría de Desarrollo Agrario, Territorial y Urbano"


def test_a_mayor_named_by_the_demonym_of_a_town_the_story_names(empty_registry):
    text = (
        "Las lluvias inundaron Tecomán y Armería. El alcalde tecomense, Ulises Bravo Silva, "
        "pidió apoyo al gobierno estatal."
    )
    extraction = found(empty_registry, text, "MX-COL", dateline="Colima")
    assert post(extraction, "Ulises Bravo Silva")[1] == "Ayuntamiento de Tecomán"


def test_an_irregular_demonym_keeps_the_articles_town(empty_registry):
    text = "La alcaldesa porteña, Celia Robles Ortiz, cerró el malecón."
    extraction = found(empty_registry, text, "MX-VER", dateline="Veracruz")
    assert post(extraction, "Celia Robles Ortiz")[1] == "Ayuntamiento de Veracruz"


def test_a_ports_administration_by_its_acronym_and_port(empty_registry):
    text = (
        "El exgerente de Operaciones de la API Guaymas Néstor Valdez Rubio habló. La "
        "ASIPONA Topolobampo recibió dos buques."
    )
    extraction = found(empty_registry, text, "MX-SON")
    assert "Néstor Valdez Rubio" in extraction.official_names
    assert post(extraction, "Néstor Valdez Rubio")[1] == (
        "Administración del Sistema Portuario Nacional Guaymas"
    )
    assert "Administración del Sistema Portuario Nacional Topolobampo" in (
        extraction.institution_names
    )


def test_a_demonym_of_a_ciudad_is_the_towns_whole_name(empty_registry):
    text = (
        "La tormenta dejó sin luz a Madero y a Ciudad Madero. El alcalde maderense, "
        "Omar Ledezma Cruz, habló con la regidora Victoria Salas Ruiz."
    )
    extraction = found(empty_registry, text, "MX-TAM", dateline="Tampico")
    assert post(extraction, "Omar Ledezma Cruz")[1] == "Ayuntamiento de Ciudad Madero"


def test_a_known_town_after_an_acronym_is_no_part_of_the_next_name(empty_registry):
    text = "El director del SIAPA Tepic Arturo Ríos Soto anunció cortes de agua."
    extraction = found(empty_registry, text, "MX-NAY")
    assert extraction.official_names == {"Arturo Ríos Soto"}
