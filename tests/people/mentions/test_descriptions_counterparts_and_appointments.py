"""Round 6 (session 10): officials missed by construction, in invented sentences."""

from tests.people.mentions.support import found, post


def test_a_former_head_named_by_a_description_of_his_unit(empty_registry):
    extraction = found(
        empty_registry,
        "La Dirección de Mercados abrió una auditoría. La exdirectora del área, Nadia "
        "Ruelas Ochoa, fue citada a declarar.",
        "MX-SIN",
    )
    role, institution = post(extraction, "Nadia Ruelas Ochoa")
    assert role == "exdirectora del área"
    assert institution == "Dirección de Mercados"


def test_a_hospital_named_as_the_nosocomio(empty_registry):
    extraction = found(
        empty_registry,
        "El Hospital Central de Tepic recibió insumos. El subdirector médico del "
        "nosocomio, Arturo Lemus Parra, informó que alcanzan para un mes.",
        "MX-NAY",
    )
    assert post(extraction, "Arturo Lemus Parra")[1] == "Hospital Central de Tepic"


def test_the_prison_without_comma_and_the_auditing_organ(empty_registry):
    extraction = found(
        empty_registry,
        "El exdirector del penal Samuel Ibarra Loza declaró ante el juez. El Órgano "
        "Superior de Fiscalización del Estado de Durango auditará el gasto; el titular "
        "del órgano fiscalizador, Óscar Meraz Lugo, firmó el oficio.",
        "MX-DUR",
    )
    assert post(extraction, "Samuel Ibarra Loza")[0] == "exdirector del penal"
    assert post(extraction, "Óscar Meraz Lugo")[1] == (
        "Órgano Superior de Fiscalización del Estado de Durango"
    )


def test_an_area_or_a_school_of_a_private_body_is_no_post(empty_registry):
    extraction = found(
        empty_registry,
        "La empresa Maderas del Pacífico despidió a 40 trabajadores. El director del área, "
        "Tomás Quiroz Félix, lo confirmó. El Colegio Miraflores suspendió clases; la "
        "directora del plantel, Elsa Rivas Nájera, pidió calma.",
        "MX-SIN",
    )
    assert extraction.official("Tomás Quiroz Félix") is None
    assert extraction.official("Elsa Rivas Nájera") is None


def test_an_honorific_with_its_article_after_the_comma(empty_registry):
    extraction = found(
        empty_registry,
        "En el Hospital General de Zacatecas, su directora, la doctora Irene Soto "
        "Valdez, explicó el protocolo; su administrador —el ingeniero Raúl Ochoa "
        "Mares— revisó las compras.",
        "MX-ZAC",
    )
    assert post(extraction, "Irene Soto Valdez")[1] == "Hospital General de Zacatecas"
    assert extraction.official("Raúl Ochoa Mares") is not None


def test_a_mayor_with_the_town_demonym_and_no_comma(empty_registry):
    extraction = found(
        empty_registry,
        "El alcalde durangueño Ramiro Soto Cháirez inauguró la obra.",
        "MX-DUR",
    )
    assert post(extraction, "Ramiro Soto Cháirez")[0] == "alcalde durangueño"


def test_a_counterpart_of_another_town_is_its_mayor(empty_registry):
    extraction = found(
        empty_registry,
        "La presidenta municipal de Calera, Aurora Félix Ortega, pidió apoyo. Su homólogo "
        "de Villanueva, Héctor Ruvalcaba Díaz, respaldó la petición.",
        "MX-ZAC",
    )
    role, institution = post(extraction, "Héctor Ruvalcaba Díaz")
    assert role == "homólogo de Villanueva"
    assert institution == "Ayuntamiento de Villanueva"


def test_a_counterpart_needs_a_mayor_before(empty_registry):
    extraction = found(
        empty_registry,
        "El gobernador Mario Lara Soto habló. Su homólogo de Durango, Iván Pérez Gil, también.",
        "MX-ZAC",
    )
    assert extraction.official("Iván Pérez Gil") is None


def test_an_appointment_names_the_title_then_its_holder(empty_registry):
    extraction = found(
        empty_registry,
        "Tras la renuncia, el cabildo designó como encargada de despacho a Carmen Vela "
        "Osuna; luego nombró como tesorero municipal a Félix Durán Paz.",
        "MX-SIN",
    )
    assert post(extraction, "Carmen Vela Osuna")[0] == "encargada de despacho"
    assert post(extraction, "Félix Durán Paz")[0] == "tesorero municipal"
