"""Session 9, round 2 (shapes from linker-s/b1): leaders of civic groups, bodies named
after people, clauses between a name and its post, descriptions of bodies, local offices
in a saint's place, units of an acronym's body, compound titles and councils listed before
"sus". Sentences invented for these tests.
"""

from tests.people.mentions.support import found, post

# Leaders of groups -------------------------------------------------------------------


def test_a_title_inside_the_name_of_a_group_a_leader_leads(empty_registry):
    extraction = found(
        empty_registry,
        "El dirigente de la Coordinadora Regional de Maestros del Istmo (CRMI), Ramiro Solís "
        "Vega, convocó a un paro. La lideresa del Coordinador Estatal de Colonos, Nidia Paz "
        "Rosas, lo respaldó.",
        "MX-OAX",
    )
    assert extraction.official_names == set()
    assert extraction.institution_names == set()


# Bodies named after people -----------------------------------------------------------


def test_a_faculty_bears_a_persons_name_before_its_holder(empty_registry):
    extraction = found(
        empty_registry,
        "La directora de la Facultad de Odontología Dr. Mario Ruiz Ortega, Elena Campos "
        "Ibarra, pidió más plazas para pasantes.",
        "MX-MIC",
    )
    assert extraction.official_names == {"Elena Campos Ibarra"}
    assert (
        "Facultad de Odontología Dr. Mario Ruiz Ortega"
        in post(extraction, "Elena Campos Ibarra")[1]
    )


def test_a_scholarship_body_bears_a_persons_name_before_its_state_and_holder(
    empty_registry,
):
    extraction = found(
        empty_registry,
        "El coordinador estatal de la Coordinación Nacional de Becas para el Bienestar "
        "Benito Juárez en Yucatán, Hugo Canché Pech, dijo que los pagos siguen.",
        "MX-YUC",
    )
    assert extraction.official_names == {"Hugo Canché Pech"}
    assert post(extraction, "Hugo Canché Pech")[1] == (
        "Coordinación Nacional de Becas para el Bienestar Benito Juárez"
    )


# A clause between a name and its post --------------------------------------------------


def test_a_clause_joins_a_name_to_the_post_after_it(empty_registry):
    extraction = found(
        empty_registry,
        "Andrés Molina Tapia, quien funge como director de Catastro del Ayuntamiento de "
        "Tepic, presentó el padrón. Marisol Ortega Ruiz, en su calidad de directora del "
        "Instituto de la Juventud de Nayarit, lo acompañó. Óscar Pineda Lara, quien se "
        "desempeña como vicefiscal de Homicidios de la Fiscalía General del Estado de Nayarit, "
        "no asistió.",
        "MX-NAY",
    )
    assert post(extraction, "Andrés Molina Tapia")[0].startswith("director de Catastro")
    assert post(extraction, "Marisol Ortega Ruiz")[1].startswith("Instituto de la Juventud")
    assert post(extraction, "Óscar Pineda Lara")[1] == "Fiscalía General del Estado de Nayarit"


# Bodies named by a description -------------------------------------------------------


def test_a_decentralised_body_by_its_legal_description(empty_registry):
    extraction = found(
        empty_registry,
        "El Congreso citó al Instituto de Vivienda del Estado de Colima (Ivecol) por los "
        "retrasos en la entrega de casas. La obra se detuvo en marzo, cuando la constructora "
        "abandonó el predio y los vecinos bloquearon la calle durante dos semanas para exigir "
        "una respuesta. Ayer compareció el secretario de Infraestructura, Rubén Pardo Silva. "
        "La Secretaría de Infraestructura pagará la obra. Lo acompañó el director general del "
        "organismo público descentralizado, Germán Olvera Cruz, quien presentó un calendario.",
        "MX-COL",
    )
    assert post(extraction, "Germán Olvera Cruz") == (
        "director general del organismo público descentralizado",
        "Instituto de Vivienda del Estado de Colima",
    )


def test_an_ombuds_office_and_a_basin_body_by_their_description(empty_registry):
    extraction = found(
        empty_registry,
        "La Defensoría Pública del Estado abrirá dos oficinas; la titular de la defensoría, "
        "Paula Ríos Medina, pidió más personal. La Conagua, a través del Organismo de Cuenca "
        "Golfo Norte, vigila las presas; la directora del organismo de cuenca, Irene Salas "
        "Mora, descartó cortes.",
        "MX-TAM",
    )
    assert post(extraction, "Paula Ríos Medina")[1] == "Defensoría Pública del Estado de Tamaulipas"
    assert post(extraction, "Irene Salas Mora")[1].startswith("Organismo de Cuenca Golfo Norte")


def test_a_collective_transport_system_is_a_body(empty_registry):
    extraction = found(
        empty_registry,
        "El Sistema de Transporte Colectivo Tren Ligero cerró dos estaciones; el director del "
        "organismo, Raúl Mena Gil, ofreció disculpas.",
        "MX-JAL",
    )
    assert post(extraction, "Raúl Mena Gil")[1] == "Sistema de Transporte Colectivo Tren Ligero"


# Local offices and units -------------------------------------------------------------


def test_a_local_office_in_a_saints_place(empty_registry):
    extraction = found(
        empty_registry,
        "La titular de la Oficina de Representación del IMSS en San Luis Potosí, Nora Gil "
        "Campos, inauguró la clínica.",
        "MX-SLP",
    )
    assert extraction.official_names == {"Nora Gil Campos"}
    assert post(extraction, "Nora Gil Campos")[1] == (
        "Oficina de Representación del IMSS en San Luis Potosí"
    )


def test_a_faculty_of_a_university_named_only_by_its_acronym(empty_registry):
    extraction = found(
        empty_registry,
        "El director de la Facultad de Química de la UAEMX Joel Ibarra Soto reunió a 200 "
        "estudiantes.",
        "MX-MEX",
    )
    assert post(extraction, "Joel Ibarra Soto")[1] == "Facultad de Química de la UAEMX"


# Compound titles and lists -----------------------------------------------------------


def test_a_title_inside_the_post_before_it_is_no_title(empty_registry):
    extraction = found(
        empty_registry,
        "El Tribunal Superior de Justicia del Estado abrió una sala. La exmagistrada "
        "presidenta Laura Medina Soto asistió como invitada.",
        "MX-DUR",
    )
    assert post(extraction, "Laura Medina Soto")[0] == "exmagistrada presidenta"


def test_councils_listed_before_their_heads(empty_registry):
    extraction = found(
        empty_registry,
        "Los ayuntamientos de Tecate, Rosarito y Ensenada pondrán pipas; sus presidentes "
        "municipales, Clara Núñez Vela, Mario Cota Ruiz y Elsa Duarte Gil, firmaron el acuerdo.",
        "MX-BCN",
    )
    assert post(extraction, "Clara Núñez Vela") == (
        "presidenta municipal",
        "Ayuntamiento de Tecate",
    )
    assert post(extraction, "Mario Cota Ruiz")[1] == "Ayuntamiento de Rosarito"
    assert post(extraction, "Elsa Duarte Gil")[1] == "Ayuntamiento de Ensenada"
