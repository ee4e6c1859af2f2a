"""Session 5, third tuner (rows and small mechanisms from linker-d/b3 and linker-e/b3):
civic "coordinadoras" are private, Mexico City named by one of its own bodies, a town's
own secretarías. Sentences invented for these tests.
"""

from people.mentions.states import infer_states
from tests.people.mentions.support import found, post


def test_an_officer_of_a_civic_coordinadora_is_no_official(empty_registry):
    extraction = found(
        empty_registry,
        "El presidente de la Coordinadora de Estudiantes en Resistencia, Damián Orozco "
        "Vela, marchó junto a la secretaria de Salud, Irma Canseco Ruiz.",
        "MX-OAX",
    )
    assert extraction.official_names == {"Irma Canseco Ruiz"}


def test_mexico_city_counts_when_one_of_its_bodies_is_named():
    text = (
        "La Secretaría de Obras de la Ciudad de México, cuyo titular habló, cerró la calle "
        "en Cuauhtémoc."
    )
    assert infer_states(text) == ("MX-CMX",)
    # A meeting held in the capital is not a story about it.
    assert infer_states("Los alcaldes de Sonora viajaron a la Ciudad de México.") == ("MX-SON",)


def test_a_secretary_of_the_town_is_the_towns_secretaria(empty_registry):
    extraction = found(
        empty_registry,
        "Celaya, Gto.- El Ayuntamiento de Celaya aprobó el plan. La secretaria de Seguridad "
        "Ciudadana municipal, Rosa Pérez Ortiz, dijo que la Secretaría de Seguridad Ciudadana "
        "de Celaya tendrá 300 agentes. El secretario de Obras Públicas municipal, Juan Ruiz "
        "Soto, habló después.",
        "MX-GUA",
    )
    assert post(extraction, "Rosa Pérez Ortiz")[1] == "Secretaría de Seguridad Ciudadana de Celaya"
    assert (
        post(extraction, "Juan Ruiz Soto")[1] == "Secretaría de Obras Públicas Municipal de Celaya"
    )
    names = {hit.name for hit in extraction.institutions}
    assert "Secretaría de Seguridad Ciudadana de Guanajuato" not in names
    assert "Secretaría de Obras Públicas" not in names


def test_a_town_named_as_its_state_keeps_municipal(empty_registry):
    extraction = found(
        empty_registry,
        "Zacatecas, Zac.- El Ayuntamiento de Zacatecas presentó su plan. El secretario de "
        "Gobierno municipal, Tomás Ibarra Luna, lo explicó.",
        "MX-ZAC",
    )
    assert (
        post(extraction, "Tomás Ibarra Luna")[1] == "Secretaría de Gobierno Municipal de Zacatecas"
    )


def test_a_mayor_of_the_dateline_towns_short_name(empty_registry):
    extraction = found(
        empty_registry,
        "Soledad de Graciano Sánchez, S.L.P.- El alcalde de Soledad, Marcos Lara Pineda, "
        "inauguró el pozo.",
        "MX-SLP",
    )
    assert (
        post(extraction, "Marcos Lara Pineda")[1] == "Ayuntamiento de Soledad de Graciano Sánchez"
    )


def test_a_towns_unit_is_also_named_without_municipal():
    from people.mentions.store import town_body_forms

    assert town_body_forms("Secretaría de Obras Públicas Municipal de Celaya", "MX-GUA/Celaya") == [
        "Secretaría de Obras Públicas de Celaya"
    ]
    # "Secretaría de Gobierno de Zacatecas" is the state's.
    assert (
        town_body_forms("Secretaría de Gobierno Municipal de Zacatecas", "MX-ZAC/Zacatecas") == []
    )
    assert town_body_forms("Secretaría de Salud de Zacatecas", "MX-ZAC") == []


def test_a_state_body_is_never_found_as_a_towns():
    from people.mentions.institutions import lookup_institution
    from people.mentions.registry import Registry

    registry = Registry.from_records(
        institutions=[
            {
                "id": 7,
                "name": "Secretaría de Obras Públicas Municipal de Celaya",
                "jurisdiction": "MX-GUA/Celaya",
                "status": "discovered",
                "aliases": ["Secretaría de Obras Públicas"],
            },
            {
                "id": 8,
                "name": "Secretaría de Obras Públicas de Sonora",
                "jurisdiction": "MX-SON",
                "status": "discovered",
                "aliases": ["Secretaría de Obras Públicas"],
            },
        ]
    )
    assert lookup_institution(registry, "secretaria de obras publicas", "MX-GUA", "MX-GUA") is None
    assert lookup_institution(registry, "secretaria de obras publicas", "MX-SON", "MX-SON") == 8


def test_a_middle_initial_inside_a_facilitys_name(empty_registry):
    extraction = found(
        empty_registry,
        "El gerente de la Planta de Tratamiento José M. Morelos, Abel Quiroz Díaz, cerró la "
        "válvula. Lo dijo ante la Secretaría de Obras de la Zona A. La obra sigue.",
        "MX-MIC",
    )
    assert post(extraction, "Abel Quiroz Díaz")[1] == "Planta de Tratamiento José M. Morelos"
    assert not any(hit.name.endswith("A. La") for hit in extraction.institutions)


def test_one_body_named_two_ways_is_the_one_body_of_its_kind(empty_registry):
    extraction = found(
        empty_registry,
        "El Tribunal Electoral de Colima validó la elección. En el Tribunal Electoral del "
        "Estado de Colima, la magistrada Inés Carrillo Vega votó en contra.",
        "MX-COL",
    )
    assert post(extraction, "Inés Carrillo Vega")[1] in {
        "Tribunal Electoral de Colima",
        "Tribunal Electoral del Estado de Colima",
    }


def test_the_head_of_a_town_secretaria_named_by_su_takes_its_town_name(empty_registry):
    # The body is renamed for the article's town after the post was read: both agree.
    extraction = found(
        empty_registry,
        "La Secretaría de Seguridad Pública de Silao compró 50 patrullas, informó su "
        "titular, el comisario Octavio Reyes Cano.",
        "MX-GUA",
        dateline="Silao",
    )
    institution = post(extraction, "Octavio Reyes Cano")[1]
    assert institution == "Secretaría de Seguridad Pública de Silao"
    assert institution in extraction.institution_names


def test_a_town_of_two_given_names_then_its_mayor_without_comma(empty_registry):
    extraction = found(
        empty_registry,
        "Asistió el presidente municipal de Jesús María Rogelio Cuéllar Dávila.",
        "MX-AGU",
    )
    assert post(extraction, "Rogelio Cuéllar Dávila") == (
        "presidente municipal de Jesús María",
        "Ayuntamiento de Jesús María",
    )


def test_a_town_ending_in_a_states_name_in_a_list_of_towns(empty_registry):
    extraction = found(
        empty_registry,
        "Los presidentes municipales de Tuzantán y Frontera Hidalgo, Rocío Méndez Cruz y "
        "Abel Gómez Ruiz, firmaron el convenio.",
        "MX-CHP",
    )
    assert post(extraction, "Abel Gómez Ruiz")[1] == "Ayuntamiento de Frontera Hidalgo"


def test_another_states_body_is_never_the_local_one_of_its_bare_name():
    from people.mentions.institutions import lookup_institution
    from people.mentions.registry import Registry

    registry = Registry.from_records(
        institutions=[
            {
                "id": 3,
                "name": "Dirección de Bomberos de Sonora",
                "jurisdiction": "MX-SON",
                "status": "discovered",
                "aliases": ["Dirección de Bomberos"],
            },
            {
                "id": 4,
                "name": "Dirección de Bomberos de Colima",
                "jurisdiction": "MX-COL",
                "status": "discovered",
                "aliases": ["Dirección de Bomberos"],
            },
        ]
    )
    # "… de Sinaloa" in a Sonora story: Sinaloa's, which nobody registered yet
    key = "direccion de bomberos de sinaloa"
    assert lookup_institution(registry, key, "MX-SIN", "MX-SON") is None
    assert lookup_institution(registry, "direccion de bomberos", "MX-SON", "MX-SON") == 3
