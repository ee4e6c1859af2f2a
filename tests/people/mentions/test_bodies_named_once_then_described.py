"""Bodies named once in full, then by a description, a capitalised noun alone or a
release's heading; units named by their number or as a town's police. Sentences invented
for these tests.
"""

from tests.people.mentions.support import found, post


def test_a_military_zone_numbered_with_a_slash_and_no_dot(empty_registry):
    extraction = found(
        empty_registry,
        "El comandante de la 21/a Zona Militar, general de brigada Tomás Ríos Galván, "
        "anunció el envío de 300 elementos.",
        "MX-MIC",
    )
    assert post(extraction, "Tomás Ríos Galván") == (
        "comandante de la 21/a Zona Militar",
        "21/a Zona Militar",
    )
    assert "21/a Zona Militar" in extraction.institution_names


def test_a_towns_police_commissariat_is_a_body_its_commissioner_heads(empty_registry):
    extraction = found(
        empty_registry,
        "La Comisaría General de Seguridad Pública de Tlaquepaque desplegará 500 agentes, "
        "dijo el comisario general, Ramón Ibarra Solís, en conferencia.",
        "MX-JAL",
    )
    assert post(extraction, "Ramón Ibarra Solís")[1] == (
        "Comisaría General de Seguridad Pública de Tlaquepaque"
    )


def test_a_municipal_government_is_the_towns_council(empty_registry):
    extraction = found(
        empty_registry,
        "El Gobierno Municipal de Irapuato y la Secretaría de Salud firmaron un convenio.",
        "MX-GUA",
    )
    assert "Ayuntamiento de Irapuato" in extraction.institution_names
    assert "Gobierno Municipal de Irapuato" not in extraction.institution_names


def test_a_possessive_after_a_described_utility_is_the_utility(empty_registry):
    extraction = found(
        empty_registry,
        "El Cabildo aprobó un convenio con el Sistema Intermunicipal de los Servicios de "
        "Agua Potable y Alcantarillado (SIAPA) para distribuir pipas en 40 colonias. La "
        "síndica revisó el contrato. Más tarde, el Cabildo pidió informes semanales sobre "
        "cada una de las rutas, las colonias atendidas y el volumen repartido cada día, "
        "así como un padrón de las escuelas y estancias que recibirán agua, con sus "
        "horarios y los responsables de cada entrega, para publicarlo en el portal "
        "municipal y en los estrados del palacio. Por el organismo operador habló su "
        "director general, Samuel Ortega Lira, quien pidió paciencia.",
        "MX-JAL",
    )
    assert post(extraction, "Samuel Ortega Lira")[1] == (
        "Sistema Intermunicipal de los Servicios de Agua Potable y Alcantarillado"
    )


def test_a_capitalised_noun_alone_is_the_body_named_before(empty_registry):
    extraction = found(
        empty_registry,
        "La Universidad Autónoma de Nayarit (UAN) pidió un adelanto de su subsidio. El "
        "secretario general de la Universidad, Óscar Medina Tello, explicó el déficit.",
        "MX-NAY",
    )
    assert post(extraction, "Óscar Medina Tello")[1] == "Universidad Autónoma de Nayarit"
    assert not any(n.startswith("Secretaría") for n in extraction.institution_names)


def test_a_town_closing_a_units_area_is_written_once(empty_registry):
    extraction = found(
        empty_registry,
        "El presidente municipal de Zamora, Luis Pardo Ruiz, recibió a productores. Rosa "
        "Tapia Lemus, directora de Ecología de Zamora, habló con ellos.",
        "MX-MIC",
    )
    assert post(extraction, "Rosa Tapia Lemus")[1] == "Dirección de Ecología de Zamora"


def test_the_paramunicipal_is_the_towns_utility_named_before(empty_registry):
    extraction = found(
        empty_registry,
        "El Sistema de Agua Potable y Alcantarillado de Navojoa (Sapan) subirá sus tarifas. "
        "Los vecinos pidieron una consulta pública y el Cabildo aceptó revisarla en "
        "diciembre, luego de tres sesiones en las que los regidores de oposición pidieron "
        "conocer los contratos de compra de medidores y de bombas. En respuesta, el gerente "
        "general de la paramunicipal, Óscar Ibarra Vega, explicó el alza.",
        "MX-SON",
    )
    assert post(extraction, "Óscar Ibarra Vega")[1] == (
        "Sistema de Agua Potable y Alcantarillado de Navojoa"
    )


def test_a_states_development_promoter_is_a_public_body(empty_registry):
    extraction = found(
        empty_registry,
        "La Promotora para el Desarrollo Minero de Zacatecas (Prodemiz) compra mineral. La "
        "Prodemiz, cuyo director general, Jaime Soto Ávila, asistió, dio cifras.",
        "MX-ZAC",
    )
    assert post(extraction, "Jaime Soto Ávila") == (
        "director general",
        "Promotora para el Desarrollo Minero de Zacatecas",
    )


def test_a_former_head_of_the_described_body_named_without_a_comma(empty_registry):
    extraction = found(
        empty_registry,
        "La directora del Instituto de Movilidad de Durango, Ana Ríos Paz, habló. Su "
        "antecesor, el extitular del instituto Ramón Salas Mena, propuso descuentos.",
        "MX-DUR",
    )
    role, institution = post(extraction, "Ramón Salas Mena")
    assert role == "extitular del instituto"
    assert institution.startswith("Instituto de Movilidad")
    assert extraction.official("Ramón Salas Mena").past


def test_a_former_general_head_of_the_institute_named_without_a_comma(empty_registry):
    # "general": he headed the whole body the description stands for, named paragraphs
    # before (the acronym inside a unit's name between them names no body of its own)
    extraction = found(
        empty_registry,
        "La directora general del Instituto de Salud de Colima (ISC), Marta Ruiz Peña, abrió "
        "la clínica de la colonia Centro, que atenderá a 200 pacientes cada mes con seis "
        "consultorios, un laboratorio y una farmacia propia. La obra costó 40 millones de "
        "pesos y tardó dos años; los vecinos pidieron que abra también los fines de semana y "
        "que tenga una ambulancia. Asistió la titular de la Dirección de Vigilancia Sanitaria "
        "del ISC, Carla Soto Mena, quien explicó que la clínica tendrá un turno nocturno a "
        "partir de junio, cuando lleguen los médicos residentes de la generación que egresa "
        "este año de la facultad. Los pacientes con diabetes tendrán prioridad en la agenda de "
        "citas y recibirán un carnet para sus consultas de control cada tres meses.\n\n"
        "El exdirector general del instituto Tomás Garza Villalobos, quien inició el "
        "proyecto, fue reconocido.",
        "MX-COL",
    )
    assert post(extraction, "Tomás Garza Villalobos") == (
        "exdirector general del instituto",
        "Instituto de Salud de Colima",
    )
