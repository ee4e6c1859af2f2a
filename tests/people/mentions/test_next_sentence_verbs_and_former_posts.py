"""Officials missed by shape (linker-az/bb/bd round): a title with its body in the next
sentence, "quien preside / quien dirige" + an organ or a body no pattern names, a former
post "y hoy" another, members of a commission and a university's divisions listed after
a plural title. Invented sentences."""

from tests.people.mentions.support import found, post


def test_a_title_with_its_body_in_the_next_sentence_is_the_subject_before(empty_registry):
    extraction = found(
        empty_registry,
        "Rodrigo Salas Mena inspeccionó los albergues el jueves. El coordinador estatal de "
        "Protección Civil pidió a los vecinos no cruzar los arroyos.",
        "MX-HGO",
    )
    role, _institution = post(extraction, "Rodrigo Salas Mena")
    assert role == "coordinador estatal de Protección Civil"
    extraction = found(
        empty_registry,
        "Irma Coral Balam firmó el acuerdo por el Poder Judicial. La magistrada presidenta "
        "del Tribunal Superior de Justicia del Estado dijo que habrá traductores.",
        "MX-CAM",
    )
    role, institution = post(extraction, "Irma Coral Balam")
    assert role.startswith("magistrada presidenta")
    assert institution.startswith("Tribunal Superior de Justicia")


def test_the_next_sentence_title_needs_an_untitled_subject_and_a_free_post(empty_registry):
    described = found(
        empty_registry,
        "Rodrigo Salas Mena, vecino de la colonia, habló. Rodrigo Salas Mena recorrió el "
        "cauce. El coordinador estatal de Protección Civil pidió calma.",
        "MX-HGO",
    )
    assert described.official("Rodrigo Salas Mena") is None
    held = found(
        empty_registry,
        "El coordinador estatal de Protección Civil, Tomás Villa Ortiz, dio el aviso. Rodrigo "
        "Salas Mena recorrió el cauce. El coordinador estatal de Protección Civil pidió calma.",
        "MX-HGO",
    )
    assert held.official("Rodrigo Salas Mena") is None
    other_gender = found(
        empty_registry,
        "Marcela Quiroz Lima llegó al albergue. El director del Hospital General dijo que "
        "no hay camas.",
        "MX-HGO",
    )
    assert other_gender.official("Marcela Quiroz Lima") is None


def test_quien_preside_or_dirige_an_organ_or_an_unnamed_body(empty_registry):
    extraction = found(
        empty_registry,
        "El pleno del Congreso del Estado sesionó. Óscar Lira Beltrán, quien preside la "
        "Junta de Coordinación Política, pidió un receso.",
        "MX-DUR",
    )
    role, institution = post(extraction, "Óscar Lira Beltrán")
    assert role == "presidente de la Junta de Coordinación Política"
    assert institution == "Congreso del Estado de Durango"
    extraction = found(
        empty_registry,
        "Sergio Nava Ochoa, quien dirige el Centro Integrador para el Migrante Nueva "
        "Esperanza, dijo que faltan camas.",
        "MX-CHH",
    )
    assert post(extraction, "Sergio Nava Ochoa")[0].startswith("director del Centro Integrador")
    private = found(
        empty_registry,
        "Sergio Nava Ochoa, quien preside el Consejo Coordinador Empresarial, dijo algo.",
        "MX-CHH",
    )
    assert private.official("Sergio Nava Ochoa") is None


def test_a_former_post_and_what_its_holder_is_now(empty_registry):
    extraction = found(
        empty_registry,
        "La exalcaldesa de Navojoa y hoy presidenta de la Fundación Mayo Verde, Rebeca "
        "Quintero Soto, entregó despensas.",
        "MX-SON",
    )
    role, institution = post(extraction, "Rebeca Quintero Soto")
    assert role == "exalcaldesa de Navojoa"
    assert institution == "Ayuntamiento de Navojoa"
    current = found(
        empty_registry,
        "El director del hospital privado Clínica del Mayo, Rubén Tapia Gil, pidió calma.",
        "MX-SON",
    )
    assert current.official("Rubén Tapia Gil") is None


def test_members_of_a_commission_and_a_universitys_divisions_listed(empty_registry):
    extraction = found(
        empty_registry,
        "Los diputados integrantes de la Comisión de Hacienda, Marco Ríos Peña y Luisa "
        "Arce Gil, firmaron el dictamen.",
        "MX-NAY",
    )
    assert post(extraction, "Luisa Arce Gil")[0] == "diputada integrante de la Comisión de Hacienda"
    extraction = found(
        empty_registry,
        "La Universidad de Sonora abrió la convocatoria. Los directores de las divisiones de "
        "Ciencias Exactas y de Ciencias e Ingenierías, Marco Ríos Peña y Luisa Arce Gil, "
        "firmaron.",
        "MX-SON",
    )
    role, institution = post(extraction, "Luisa Arce Gil")
    assert role == "directora de la División de Ciencias e Ingenierías"
    assert institution == "Universidad de Sonora"  # a division may be a campus's
