"""Water utilities, a national body's offices in a state, and bodies named by a description
or a short name of their own: a utility's short name with a compass word, "el organismo
operador", "Agua de <town>", a state's procuraduría a title names with its level, an
organ named "la Directiva", a facility's acronym before its number, a registry's acronym
in the article's spelling, "la Oficina de Representación del instituto", a
representative's office, a "titular" of a body named by its matter, a release's issuing
office. Sentences invented for these tests.
"""

import pytest

from people.mentions import Registry
from tests.people.mentions.support import found, post

# Utilities and their short names ---------------------------------------------------


def test_a_short_name_with_a_compass_word_is_the_bodys_acronym(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisión de Agua Potable y Alcantarillado del Área Metropolitana (Capama Norte) "
        "cerró dos pozos. La exgerente de Capama Norte Irene Solís Pardo lo había advertido.",
        "MX-TAM",
    )
    hit = extraction.institution("Comisión de Agua Potable y Alcantarillado del Área Metropolitana")
    assert hit is not None and hit.acronym == "Capama Norte"
    assert post(extraction, "Irene Solís Pardo")[1] == hit.name


def test_the_operating_body_is_the_water_utility_not_the_nearest_body(empty_registry):
    extraction = found(
        empty_registry,
        "El Sistema de Agua Potable y Saneamiento (SAPS) de Tuxpan suspendió el servicio "
        "cerca de la Terminal Marítima de Petróleos Mexicanos (Pemex). La subdirectora "
        "Técnica del organismo operador, Nadia Ferrer Olmos, pidió paciencia.",
        "MX-VER",
    )
    assert post(extraction, "Nadia Ferrer Olmos")[1].startswith("Sistema de Agua Potable")


def test_a_utility_named_water_of_its_town_is_a_body(empty_registry):
    extraction = found(
        empty_registry,
        "Aguas de Nogales, cuyo director general, Saúl Ibarra Peña, asistió, prometió "
        "pipas. La Comisión Estatal del Agua de Sonora revisará los pozos.",
        "MX-SON",
    )
    assert post(extraction, "Saúl Ibarra Peña")[1] == "Aguas de Nogales"
    # "del Agua de Sonora" is a word of the commission's name, not a utility of its own
    assert extraction.institution("Agua de Sonora") is None
    assert extraction.institution("Comisión Estatal del Agua de Sonora") is not None


# Titles that name a state body or an organ -----------------------------------------


def test_a_state_procuraduria_named_by_its_head_and_level(empty_registry):
    extraction = found(
        empty_registry,
        "El procurador estatal de Protección al Ambiente, Marco Lira Gaona, clausuró el basurero.",
        "MX-TAB",
    )
    assert post(extraction, "Marco Lira Gaona")[1] == (
        "Procuraduría Estatal de Protección al Ambiente de Tabasco"
    )


@pytest.mark.parametrize(
    ("text", "state", "body"),
    [
        (
            "La titular de la Sema, Norma Chan Pech, recorrió las playas de Tulum.",
            "MX-ROO",
            "Secretaría de Ecología y Medio Ambiente de Quintana Roo",
        ),
        (
            "El director de la UEPC, Tomás Ceja Llamas, pidió evitar los cauces.",
            "MX-COL",
            "Unidad Estatal de Protección Civil de Colima",
        ),
        (
            "El director de la UEPC, Tomás Ceja Llamas, pidió evitar los cauces.",
            "MX-NAY",
            "Unidad Estatal de Protección Civil de Nayarit",
        ),
    ],
)
def test_a_state_body_named_by_its_short_name_alone_is_the_articles_states(
    empty_registry, text, state, body
):
    extraction = found(empty_registry, text, state)
    assert extraction.institution_names == {body}
    assert post(extraction, text.split(", ")[1])[1] == body


def test_a_short_name_the_article_spells_out_is_that_body(empty_registry):
    extraction = found(
        empty_registry,
        "La Secretaría de Medio Ambiente (Sema) cerró el parque. Dijo que la titular de la "
        "Sema, Norma Chan Pech, lo reabrirá en mayo.",
        "MX-ROO",
    )
    assert extraction.institution_names == {"Secretaría de Medio Ambiente de Quintana Roo"}


def test_a_states_short_name_is_no_other_states_body(empty_registry):
    extraction = found(
        empty_registry, "Dijo que la Sema revisará los permisos del parque.", "MX-YUC"
    )
    assert "Secretaría de Ecología y Medio Ambiente de Quintana Roo" not in (
        extraction.institution_names
    )


def test_a_level_written_after_the_area_names_no_body(empty_registry):
    extraction = found(
        empty_registry,
        "La procuradora de Protección al Ambiente estatal, Iris Mena Cano, clausuró el basurero.",
        "MX-TAB",
    )
    assert post(extraction, "Iris Mena Cano")[1] != (
        "Procuraduría Estatal de Protección al Ambiente de Tabasco"
    )


def test_the_directiva_alone_is_the_legislatures_board(empty_registry):
    extraction = found(
        empty_registry,
        "La presidenta de la Directiva, Olga Rentería Paz, abrió la sesión del Congreso.",
        "MX-DUR",
    )
    assert post(extraction, "Olga Rentería Paz") == (
        "presidenta de la Directiva",
        "Congreso del Estado de Durango",
    )


# Facilities and acronyms -------------------------------------------------------------


def test_a_facilitys_own_acronym_before_its_number(empty_registry):
    extraction = found(
        empty_registry,
        "Rebeca Salas Nieto —directora de la Unidad Médica de Alta Especialidad (UMAE) "
        "número 25 del Instituto Mexicano del Seguro Social (IMSS)— abrió el quirófano.",
        "MX-NLE",
    )
    hit = extraction.institution("Unidad Médica de Alta Especialidad número 25")
    assert hit is not None and hit.acronym == "UMAE"
    assert post(extraction, "Rebeca Salas Nieto")[1] == hit.name


def test_a_registry_acronym_in_the_articles_own_spelling():
    registry = Registry.from_records(
        institutions=[
            {
                "id": 41,
                "name": "Junta Municipal de Agua Potable de Navolato",
                "acronym": "JUMAPAN",
                "jurisdiction": "MX-SIN/Navolato",
                "aliases": ["JUMAPAN"],
            }
        ]
    )
    extraction = found(
        registry,
        "La Junta Municipal de Agua Potable de Navolato (Jumapan) y la Zona de Distribución "
        "Los Mochis de la CFE firmaron.\n\nLa Jumapan, cuyo gerente, Ulises Tirado Ríos, "
        "firmó, pagará la deuda.",
        "MX-SIN",
    )
    hit = extraction.official("Ulises Tirado Ríos")
    assert hit.institution_ref.id == 41


# A national body's office in the state ---------------------------------------------------

ISSSTE = "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado"


def test_the_office_of_the_described_institute_and_its_representative(empty_registry):
    extraction = found(
        empty_registry,
        "La representante del ISSSTE en Zacatecas, Elvia Mares Luna, dijo que la Oficina de "
        "Representación del instituto pagará las cirugías.",
        "MX-ZAC",
    )
    assert post(extraction, "Elvia Mares Luna")[1] == (
        "Oficina de Representación del ISSSTE en Zacatecas"
    )
    assert extraction.institution(ISSSTE) is not None


def test_a_representative_with_no_office_named_is_the_bodys(empty_registry):
    extraction = found(
        empty_registry,
        "La representante estatal del ISSSTE, Elvia Mares Luna, visitó la clínica.",
        "MX-ZAC",
    )
    assert post(extraction, "Elvia Mares Luna")[1] == ISSSTE


def test_a_titular_named_by_the_matter_of_a_body_the_article_names(empty_registry):
    extraction = found(
        empty_registry,
        "Comparecieron los titulares de Agua y Saneamiento y de Educación, Raúl Ponce Vera "
        "y Sara Tello Ruiz. Ponce dijo que Servicios de Agua y Saneamiento de Saltillo no "
        "subirá tarifas.",
        "MX-COA",
    )
    assert post(extraction, "Raúl Ponce Vera")[1] == "Servicios de Agua y Saneamiento de Saltillo"
    assert extraction.institution("Secretaría de Agua y Saneamiento de Coahuila") is None


@pytest.mark.django_db
def test_a_secretary_in_his_offices_release_heads_that_office():
    from people.mentions import link_article
    from tests.people.conftest import make_article

    article = make_article(
        title="Sesiona la mesa de seguridad",
        body="Hermosillo, Sonora, 3 de abril de 2026.- La reunión fue encabezada por el "
        "secretario general de Gobierno, Tomás Robles Peralta.",
        issuer="Secretaría General de Gobierno",
    )
    link_article(article, registry=Registry.load(), jurisdiction="MX-SON")
    mention = article.official_mentions.get()
    assert mention.institution.name == "Secretaría General de Gobierno de Sonora"
