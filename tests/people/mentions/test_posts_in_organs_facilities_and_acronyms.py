"""Session 6 (rows and small mechanisms from linker-f/b1): a legislator's post in an organ,
honorifics in a body's name, acronyms made of a named body's initials, facilities named
in lower case or before their staff, short forms of a state body, units named by their
area, and more titles. Sentences invented for these tests.
"""

from people.mentions import Registry
from people.mentions.institutions import canonical_institution, with_state
from tests.people.mentions.support import found, post

# A legislator's post in an organ ------------------------------------------------------


def test_a_legislators_post_in_an_organ_after_the_name(empty_registry):
    extraction = found(
        empty_registry,
        "La diputada Ofelia Cárdenas Ruelas, presidenta de la Comisión de Educación, pidió "
        "más plazas. El senador Julián Montaño Rivas —presidente de la Comisión de Energía— "
        "votó en contra.",
        "MX-SIN",
    )
    assert post(extraction, "Ofelia Cárdenas Ruelas") == (
        "presidenta de la Comisión de Educación",
        "Congreso del Estado de Sinaloa",
    )
    assert post(extraction, "Julián Montaño Rivas")[0] == "senador"  # an aside keeps the seat


def test_a_seat_with_its_article_between_a_post_and_the_name(empty_registry):
    extraction = found(
        empty_registry,
        "El presidente de la comisión, el diputado Arnoldo Vega Ruelas, recibió la propuesta.",
        "MX-DUR",
    )
    assert post(extraction, "Arnoldo Vega Ruelas") == (
        "presidente de la comisión",
        "Congreso del Estado de Durango",
    )


# Private bodies --------------------------------------------------------------------


def test_a_producers_agricultural_council_is_private(empty_registry):
    extraction = found(
        empty_registry,
        "Anselmo Ruiz Vega, presidente del Consejo Agrícola del Valle del Fuerte, y el "
        "presidente del Consejo Agropecuario de Chihuahua, Tomás Nevárez Ríos, se opusieron.",
        "MX-SIN",
    )
    assert extraction.official_names == set()


# Names of bodies -------------------------------------------------------------------


def test_an_honorific_is_part_of_a_bodys_name_and_its_description_refers_back(empty_registry):
    text = (
        "La rectora de la Benemérita Universidad Autónoma de Tlaxcala, Ofelia Méndez Cruz, "
        "firmó el convenio con el Congreso del Estado. "
        + "Los diputados revisaron el presupuesto de cada dependencia estatal. " * 8
        + "La tesorera de la universidad, Noelia Pérez Hoyos, presentó las cifras."
    )
    extraction = found(empty_registry, text, "MX-TLA")
    university = "Benemérita Universidad Autónoma de Tlaxcala"
    assert extraction.institution(university) is not None
    assert post(extraction, "Noelia Pérez Hoyos")[1] == university


def test_a_bare_acronym_made_of_a_named_bodys_initials(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisión Estatal de Servicios Públicos de Mexicali informó de la fuga. El gerente "
        "de la CESPM, Hugo Lerma Ibarra, explicó la reparación. La Comisión Estatal del Agua "
        "de Baja California lo apoyó; la vocal ejecutiva de la CEA, Nora Félix Romo, dio "
        "cifras.",
        "MX-BCN",
    )
    assert post(extraction, "Hugo Lerma Ibarra")[1] == (
        "Comisión Estatal de Servicios Públicos de Mexicali"
    )
    assert post(extraction, "Nora Félix Romo")[1] == "Comisión Estatal del Agua de Baja California"
    assert {h.name for h in extraction.institutions} == {
        "Comisión Estatal de Servicios Públicos de Mexicali",
        "Comisión Estatal del Agua de Baja California",
    }


def test_a_state_body_named_with_one_of_its_towns_or_its_bare_state():
    assert with_state("Comisión Estatal de Servicios Públicos de Tecate", "MX-BCN") == (
        "Comisión Estatal de Servicios Públicos de Tecate"
    )
    assert canonical_institution("Secretaría de Turismo Sonora", "MX-SON") == (
        "Secretaría de Turismo de Sonora",
        "MX-SON",
    )


def test_a_body_named_after_another_inside_its_name():
    assert canonical_institution(
        "Tribunal Electoral del Poder Judicial de la Federación", "MX-TAB"
    ) == ("Tribunal Electoral del Poder Judicial de la Federación", "MX")


def test_the_tribunal_of_the_federal_judiciary_is_one_body(empty_registry):
    extraction = found(
        empty_registry,
        "El partido acudirá al Tribunal Electoral del Poder Judicial de la Federación.",
        "MX-TAB",
    )
    assert [h.name for h in extraction.institutions] == [
        "Tribunal Electoral del Poder Judicial de la Federación"
    ]


def test_a_secretary_of_the_controllers_office_heads_a_secretaria(empty_registry):
    extraction = found(
        empty_registry,
        "El secretario de la Contraloría de Colima, Ramón Zepeda Lino, anunció auditorías.",
        "MX-COL",
    )
    assert post(extraction, "Ramón Zepeda Lino")[1] == "Secretaría de la Contraloría de Colima"


def test_a_state_body_shortened_to_its_head_and_state(empty_registry):
    extraction = found(
        empty_registry,
        "Fiscalía de Nayarit detiene a dos funcionarios. La Fiscalía General del Estado de "
        "Nayarit informó que el fiscal general, Ernesto Lara Paz, encabezó el operativo.",
        "MX-NAY",
    )
    assert [h.name for h in extraction.institutions] == ["Fiscalía General del Estado de Nayarit"]


def test_a_short_form_of_a_registered_state_body():
    registry = Registry.from_records(
        institutions=[
            {
                "id": 3,
                "name": "Auditoría Superior del Estado de Nayarit",
                "jurisdiction": "MX-NAY",
                "status": "discovered",
                "aliases": ["Auditoría Superior del Estado"],
            }
        ]
    )
    extraction = found(
        registry,
        "Auditoría de Nayarit observa pagos. La Auditoría Superior del Estado publicó el informe.",
        "MX-NAY",
    )
    assert [h.id for h in extraction.institutions] == [3]


# Facilities ------------------------------------------------------------------------


def test_a_hospitals_director_named_after_the_hospital(empty_registry):
    extraction = found(
        empty_registry,
        "Los pacientes fueron trasladados al Hospital General de Zona No. 6 Rafael Pascacio "
        "Gamboa, en la capital. La directora del hospital, Irene Solís Paz, dijo que hay camas.",
        "MX-CHP",
    )
    hospital = "Hospital General de Zona No. 6 Rafael Pascacio Gamboa"
    assert post(extraction, "Irene Solís Paz") == ("directora del hospital", hospital)
    assert extraction.institution(hospital) is not None


def test_a_refinery_named_with_a_lower_case_noun(empty_registry):
    extraction = found(
        empty_registry,
        "Pemex reparó la refinería Héctor Lara Sosa, en Cadereyta. El superintendente "
        "de la refinería, ingeniero Saúl Garza Leal, informó. El exgerente de la refinería "
        "Tomás Ibarra Villa, hoy jubilado, opinó.",
        "MX-NLE",
    )
    refinery = "Refinería Héctor Lara Sosa"
    assert post(extraction, "Saúl Garza Leal")[1] == refinery
    assert {h.name for h in extraction.institutions} == {refinery}
    # named alone, with no staff referring to it, it is a place
    alone = found(empty_registry, "Llegaron obreros a la refinería Salina Cruz.", "MX-OAX")
    assert not alone.institutions


def test_a_towns_water_services_are_the_directors_body(empty_registry):
    extraction = found(
        empty_registry,
        "El director de Servicios de Agua y Drenaje de Apodaca, Iván Leal Garza, habló.",
        "MX-NLE",
    )
    assert post(extraction, "Iván Leal Garza")[1] == "Servicios de Agua y Drenaje de Apodaca"


# Bodies from context ---------------------------------------------------------------


def test_the_state_office_is_the_dependencia_estatal(empty_registry):
    extraction = found(
        empty_registry,
        "La Secretaría de Desarrollo Agropecuario de Zacatecas y la Universidad Politécnica de "
        "Zacatecas firmaron un convenio. La titular de la dependencia estatal, Elvira Robles "
        "Haro, lo presentó.",
        "MX-ZAC",
    )
    assert post(extraction, "Elvira Robles Haro")[1] == (
        "Secretaría de Desarrollo Agropecuario de Zacatecas"
    )


def test_the_municipality_the_article_names_is_its_council(empty_registry):
    extraction = found(
        empty_registry,
        "La consulta se hará en el municipio de Bacanora. En Bacanora, el presidente "
        "municipal, Ramiro Lugo Vega, dijo que el Ayuntamiento prestará locales.",
        "MX-SON",
    )
    assert post(extraction, "Ramiro Lugo Vega")[1] == "Ayuntamiento de Bacanora"


def test_an_areas_titular_works_in_its_health_services(empty_registry):
    extraction = found(
        empty_registry,
        "Los titulares de Salud y Turismo del estado, Mauro Can Pech y Rosa Uc Dzib, hablaron. "
        "Can dijo que los Servicios de Salud de Campeche vacunarán.",
        "MX-CAM",
    )
    assert post(extraction, "Mauro Can Pech")[1] == "Servicios de Salud de Campeche"


def test_a_unit_of_its_own_is_also_named_by_its_area_and_place(empty_registry):
    extraction = found(
        empty_registry,
        "La coordinadora estatal de Protección Civil, Dalia Ortega Rivas, confirmó daños.",
        "MX-OAX",
    )
    unit = extraction.institution("Coordinación Estatal de Protección Civil de Oaxaca")
    assert "Protección Civil de Oaxaca" in unit.aliases


def test_a_towns_health_office_named_by_level_and_area(empty_registry):
    extraction = found(
        empty_registry,
        "El presidente municipal de Ixmiquilpan, Hugo Cruz Ángeles, y el director municipal "
        "de Salud, Fausto Pérez Lugo, visitaron la Dirección Municipal de Salud.",
        "MX-HID",
    )
    unit = "Dirección Municipal de Salud de Ixmiquilpan"
    assert post(extraction, "Fausto Pérez Lugo")[1] == unit
    assert extraction.institution(unit) is not None


def test_a_towns_police_named_with_its_town(empty_registry):
    extraction = found(
        empty_registry,
        "El comisario de la Policía de Uruapan, Leonel Ávila Soto, informó de las detenciones.",
        "MX-MIC",
    )
    assert post(extraction, "Leonel Ávila Soto")[1] == "Policía de Uruapan"


def test_a_unit_named_by_its_area_keeps_the_registered_secretaria(empty_registry):
    registry = Registry.from_records(
        institutions=[
            {
                "id": 7,
                "name": "Secretaría de Educación de Tabasco",
                "jurisdiction": "MX-TAB",
                "status": "discovered",
                "aliases": ["SETAB", "Secretaría de Educación de Tabasco"],
            }
        ]
    )
    extraction = found(
        registry,
        "La Secretaría de Educación de Tabasco (SETAB) abrió plazas. La subsecretaria de "
        "Educación Media, Karla Pérez Dagdug, y el titular de la SETAB, Luis Gil Cano, "
        "hablaron.",
        "MX-TAB",
    )
    assert post(extraction, "Karla Pérez Dagdug")[1] == "Secretaría de Educación de Tabasco"


# More titles -----------------------------------------------------------------------


def test_more_titles_of_towns_and_regions(empty_registry):
    extraction = found(
        empty_registry,
        "El oficial mayor del municipio, Joel Ríos Ayala, presentó el gasto. La cronista "
        "municipal, Aida Rendón Paz, narró la historia. El cronista deportivo Rafael Mena Luna "
        "comentó el partido. El gerente regional Golfo Norte de la Comisión Federal de "
        "Electricidad, Óscar Treviño Garza, informó. La exsecretaria de Turismo de Hidalgo "
        "Georgina Licona Ramírez opinó.",
        "MX-TAM",
        dateline="Matamoros",
    )
    assert post(extraction, "Joel Ríos Ayala")[1] == "Ayuntamiento de Matamoros"
    assert post(extraction, "Aida Rendón Paz")[1] == "Ayuntamiento de Matamoros"
    assert extraction.official("Rafael Mena Luna") is None
    assert post(extraction, "Óscar Treviño Garza")[1] == "Comisión Federal de Electricidad"
    assert extraction.official("Georgina Licona Ramírez").past


def test_a_former_head_of_a_mexico_city_delegacion(empty_registry):
    extraction = found(
        empty_registry,
        "La exjefa delegacional de Tlalpan Leonor Ruiz Mena pidió revisar los pozos.",
        "MX-CMX",
    )
    assert post(extraction, "Leonor Ruiz Mena") == (
        "exjefa delegacional de Tlalpan",
        "Alcaldía Tlalpan",
    )
