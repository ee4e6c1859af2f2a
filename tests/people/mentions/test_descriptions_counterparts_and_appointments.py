"""Round 6 (session 10): officials missed by construction, in invented sentences."""

import pytest

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


@pytest.mark.parametrize(
    ("text", "role", "institution"),
    [
        (
            "Elsa Marina Quintal Rosas, quien encabeza la Secretaría de Turismo de Nayarit, "
            "inauguró la feria.",
            "titular",
            "Secretaría de Turismo de Nayarit",
        ),
        (
            "Elsa Marina Quintal Rosas, quien preside el Instituto Electoral del Estado de "
            "Nayarit, inauguró la feria.",
            "presidenta",
            "Instituto Electoral del Estado de Nayarit",
        ),
        (
            "Elsa Marina Quintal Rosas, quien está al frente de la Comisión Estatal del Agua "
            "de Nayarit, inauguró la feria.",
            "titular",
            "Comisión Estatal del Agua de Nayarit",
        ),
    ],
)
def test_a_verb_after_the_name_gives_the_post_in_the_body_named(
    empty_registry, text, role, institution
):
    extraction = found(empty_registry, text, "MX-NAY")
    assert post(extraction, "Elsa Marina Quintal Rosas") == (role, institution)


def test_a_verb_gives_a_post_in_a_public_body_only(empty_registry):
    extraction = found(
        empty_registry,
        "Óscar Iván Medina Ruelas, quien preside el Consejo Coordinador Empresarial de "
        "Tepic, pidió más patrullas. Luis Ángel Pineda Solís, quien dirige el Instituto "
        "Nayarita de la Juventud, ofreció becas.",
        "MX-NAY",
    )
    assert extraction.official("Óscar Iván Medina Ruelas") is None
    assert post(extraction, "Luis Ángel Pineda Solís")[0] == "director"


@pytest.mark.parametrize(
    "link",
    [
        "recién nombrada",
        "quien el martes rindió protesta como nueva",
        "quien tomó protesta como",
        "quien rindió protesta el martes como",  # the day before "como"
    ],
)
def test_an_official_just_appointed_holds_the_post_written_after(empty_registry, link):
    extraction = found(
        empty_registry,
        "La Secretaría de Salud de Colima abrió el hospital. Irene Dolores Vaca Llamas, "
        f"{link} subsecretaria de Salud Pública de Colima, explicó el plan.",
        "MX-COL",
    )
    hit = extraction.official("Irene Dolores Vaca Llamas")
    assert hit is not None
    assert hit.role.startswith("subsecretaria de Salud Pública")
    assert not hit.past


def test_the_cfe_named_as_the_empresa_electrica(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisión Federal de Electricidad (CFE) repuso los postes. La jefa de la zona "
        "Tuxpan de la empresa eléctrica, Olga Márquez Lara, prometió luz para el jueves.",
        "MX-VER",
    )
    assert post(extraction, "Olga Márquez Lara")[1] == "Comisión Federal de Electricidad"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Raquel Soto Beltrán, quien coordina la Comisión Estatal de Búsqueda de Personas, "
            "pidió paciencia a las familias.",
            "Raquel Soto Beltrán",
            "coordinadora",
        ),
        (
            "La Secretaría de Salud informó el saldo. Efraín Lugo Mena, a cargo de la "
            "Dirección de Epidemiología, detalló los casos.",
            "Efraín Lugo Mena",
            "titular",
        ),
    ],
)
def test_posts_given_by_quien_coordina_and_a_cargo_de(empty_registry, text, name, role):
    extraction = found(empty_registry, text, "MX-SIN")
    hit = extraction.official(name)
    assert hit is not None, extraction.official_names
    assert hit.role == role
