"""Bodies and officials of session 11's second round: fuel depots, port captaincies, a
state's health districts named by town, "la Defensa", a council's DIF under its
seat's long name, ranks between a post and a name, regions in a plural list.
Sentences invented for these tests."""

from tests.people.mentions.support import found, post


def test_a_fuel_depot_is_the_superintendents_body(empty_registry):
    extraction = found(
        empty_registry,
        "El superintendente de la Terminal de Almacenamiento y Despacho Ensenada de "
        "Petróleos Mexicanos (Pemex), Tomás Ruelas Meza, negó fugas.",
        "MX-BCN",
    )
    role, institution = post(extraction, "Tomás Ruelas Meza")
    assert institution == "Terminal de Almacenamiento y Despacho Ensenada"
    # The role as written: the post and the body it belongs to.
    assert role.startswith("superintendente de la Terminal de Almacenamiento y Despacho Ensenada")
    assert "Petróleos Mexicanos" in extraction.institution_names


def test_a_health_district_named_by_its_town(empty_registry):
    extraction = found(
        empty_registry,
        "Norma Vélez Ochoa, jefa de la Jurisdicción de Servicios de Salud Mexicali, pidió "
        "beber agua.",
        "MX-BCN",
    )
    assert post(extraction, "Norma Vélez Ochoa")[1] == (
        "Jurisdicción de Servicios de Salud Mexicali"
    )
    assert "Servicios de Salud Mexicali" not in extraction.institution_names


def test_la_defensa_is_the_army_but_not_a_defence_of_something(empty_registry):
    named = found(empty_registry, "Dijo que la Defensa vigila el ducto.", "MX-BCN")
    assert "Secretaría de la Defensa Nacional" in named.institution_names
    noun = found(empty_registry, "Pidió que la Defensa de los derechos sea prioridad.", "MX-BCN")
    assert "Secretaría de la Defensa Nacional" not in noun.institution_names


def test_a_navy_rank_between_the_post_and_the_name(empty_registry):
    extraction = found(
        empty_registry,
        "La capitana de puerto de Guaymas, capitana de corbeta Inés Ruelas Meza, cerró la "
        "navegación.",
        "MX-SON",
    )
    assert post(extraction, "Inés Ruelas Meza") == (
        "capitana de puerto de Guaymas",
        "Capitanía de Puerto de Guaymas",
    )


def test_a_dif_of_a_capital_written_by_its_long_name(empty_registry):
    extraction = found(
        empty_registry,
        "Victoria de Durango, Dgo.- El alcalde prestó dos unidades del DIF Municipal.",
        "MX-DUR",
        dateline="Victoria de Durango",
    )
    assert (
        "Sistema para el Desarrollo Integral de la Familia de Durango"
        in extraction.institution_names
    )


def test_a_plural_list_after_the_regions_each_holder_covers(empty_registry):
    extraction = found(
        empty_registry,
        "Los delegados de Bienestar en el norte y el sur, Rubén Tapia Ochoa y Olga Meza "
        "Ruelas, encabezarán las brigadas.",
        "MX-NAY",
    )
    assert post(extraction, "Rubén Tapia Ochoa")[0] == "delegado de Bienestar"
    assert post(extraction, "Olga Meza Ruelas")[0] == "delegada de Bienestar"


def test_a_citizen_comptroller(empty_registry):
    extraction = found(
        empty_registry,
        "La contralora ciudadana Olga Meza Ruelas revisará cada contrato.",
        "MX-JAL",
    )
    assert post(extraction, "Olga Meza Ruelas")[0] == "contralora ciudadana"
