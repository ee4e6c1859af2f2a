from common import *

# 16 Quintana Roo — agua
press("16", "Comisión de Agua Potable y Alcantarillado del Estado de Quintana Roo", "Coordinación de Comunicación Social", "CAPA-031/2025",
      "CAPA y municipio de Benito Juárez acuerdan plan contra fugas en Cancún", """
Cancún, Quintana Roo, 12 de marzo de 2025.- La directora general de la Comisión de Agua Potable y Alcantarillado (CAPA), Ivonne Pacheco Rivero, y la presidenta municipal de Benito Juárez, Marisol Chablé Poot, firmaron un plan para reducir las fugas que hoy desperdician 35 por ciento del agua que se bombea a Cancún. La titular del organismo explicó que se sustituirán 80 kilómetros de tubería.

La subdirectora de Saneamiento del organismo operador, Paulina Ek Rosado, informó que tres plantas de tratamiento operan por debajo de su capacidad. La Secretaría de Ecología y Medio Ambiente (SEMA), cuya titular, Lorena Canul Aké, participó en la firma, vigilará las descargas al sistema lagunar Nichupté.

El superintendente de la Zona Cancún de la Comisión Federal de Electricidad (CFE), Omar Tun Ucán, garantizó suministro estable a los rebombeos. El comandante del Sector Naval de Isla Mujeres, contralmirante Rubén Carrillo Sosa, ofreció apoyo de la Secretaría de Marina para inspeccionar los emisores submarinos.

Manuel Palomo Azcorra, auditor superior del estado, anunció que la Auditoría Superior del Estado de Quintana Roo (ASEQROO) revisará las obras. En el Congreso del Estado, la presidenta de la Comisión de Desarrollo Urbano Sustentable y Agua, Alma Góngora Tuz, pidió informes trimestrales. El exdirector de la CAPA Efraín Aké Chi reconoció que durante su gestión no se invirtió en redes.

Fernando Ruiz Peón, director de la concesionaria privada Aguas del Caribe, aseguró que la empresa cumplirá sus metas. Las primeras obras iniciarán en la colonia Doctor Alfonso Tun Mex. Durante los trabajos habrá cortes programados de hasta ocho horas, que se avisarán con tres días de anticipación en redes sociales y en las oficinas de atención a usuarios. Se enviarán pipas a hospitales, escuelas y albergues.
""")
write_gold("16", "Quintana Roo", [
    O("Ivonne Pacheco Rivero", "f", "directora general", "Comisión de Agua Potable y Alcantarillado del Estado de Quintana Roo", "role_only_reference"),
    O("Marisol Chablé Poot", "f", "presidenta municipal de Benito Juárez", "Ayuntamiento de Benito Juárez", "other"),
    O("Paulina Ek Rosado", "f", "subdirectora de Saneamiento del organismo operador", "Comisión de Agua Potable y Alcantarillado del Estado de Quintana Roo", "description_only"),
    O("Lorena Canul Aké", "f", "titular", "Secretaría de Ecología y Medio Ambiente de Quintana Roo", "cuyo_titular"),
    O("Omar Tun Ucán", "m", "superintendente de la Zona Cancún", "Zona Cancún de la CFE", "rare_title"),
    O("Rubén Carrillo Sosa", "m", "comandante del Sector Naval de Isla Mujeres", "Sector Naval de Isla Mujeres", "military_rank"),
    O("Manuel Palomo Azcorra", "m", "auditor superior del estado", "Auditoría Superior del Estado de Quintana Roo", "rare_title"),
    O("Alma Góngora Tuz", "f", "presidenta de la Comisión de Desarrollo Urbano Sustentable y Agua", "Congreso del Estado de Quintana Roo", "feminine"),
    O("Efraín Aké Chi", "m", "exdirector de la CAPA", "Comisión de Agua Potable y Alcantarillado del Estado de Quintana Roo", "former", True),
], [
    I("Comisión de Agua Potable y Alcantarillado del Estado de Quintana Roo", "Comisión de Agua Potable y Alcantarillado", "CAPA", "organismo"),
    I("Ayuntamiento de Benito Juárez", "municipio de Benito Juárez"),
    I("Secretaría de Ecología y Medio Ambiente de Quintana Roo", "Secretaría de Ecología y Medio Ambiente", "SEMA"),
    I("Comisión Federal de Electricidad", "CFE"), I("Zona Cancún de la CFE", "Zona Cancún"),
    I("Sector Naval de Isla Mujeres"), I("Secretaría de Marina"),
    I("Auditoría Superior del Estado de Quintana Roo", "ASEQROO"),
    I("Congreso del Estado de Quintana Roo", "Congreso del Estado"),
], [
    "Benito Juárez (nombre del municipio)",
    "Fernando Ruiz Peón (director de una concesionaria privada)",
    "Alfonso Tun Mex (nombre de una colonia)",
])

# 17 San Luis Potosí — caminos
press("17", "Junta Estatal de Caminos de San Luis Potosí", "Departamento de Comunicación Social", "JEC-022/2025",
      "Inicia rehabilitación de 180 kilómetros de caminos en la Huasteca", """
Ciudad Valles, San Luis Potosí, 12 de marzo de 2025.- El vocal ejecutivo de la Junta Estatal de Caminos, Roberto Gama Zúñiga, dio el banderazo a la rehabilitación de 180 kilómetros de caminos rurales en la Huasteca, con una inversión de 320 millones de pesos. Gama precisó que se contratará mano de obra local.

La titular de la Secretaría de Comunicaciones y Transportes del estado Fabiola Rangel Maza anunció nuevas rutas de transporte escolar. El Centro SICT San Luis Potosí, encabezado por Hernán Zavala Leos, atenderá en paralelo la carretera federal 85.

Las alcaldesas de Ciudad Valles, Tamazunchale y Xilitla, Olga Hernández Martell, Berenice Cruz Azuara y Josefina Bautista Rubio, pidieron priorizar los accesos a escuelas y centros de salud. El coordinador municipal de Protección Civil de Ciudad Valles, Tomás Barrón Medina, identificó 14 puntos de riesgo por deslaves.

La presidenta de la Comisión Estatal de Derechos Humanos (CEDH), Luz Elena Martell Ramos, recordó la recomendación emitida en 2024 por la falta de caminos para trasladar enfermos. El exsecretario de Comunicaciones y Transportes Alfredo Loredo Castillo reconoció que las obras de su gestión quedaron inconclusas.

Juan Ramón Ortiz Leija, presidente de la delegación Huasteca de la Canacar, cámara privada de autotransporte, y el transportista Ignacio Juez Barragán pidieron señalización nocturna. Los trabajos comenzarán en la calzada Doctor Pedro Moctezuma Leos. Según el calendario de obra, los tramos de Aquismón y Tancanhuitz se atenderán en mayo, antes de la temporada de lluvias, y el resto concluirá en octubre. La dependencia publicará cada semana el avance físico y financiero de los contratos en su portal de internet, con fotografías de cada tramo.
""")
write_gold("17", "San Luis Potosí", [
    O("Roberto Gama Zúñiga", "m", "vocal ejecutivo", "Junta Estatal de Caminos de San Luis Potosí", "surname_only_later"),
    O("Fabiola Rangel Maza", "f", "titular de la Secretaría de Comunicaciones y Transportes del estado", "Secretaría de Comunicaciones y Transportes de San Luis Potosí", "no_comma"),
    O("Hernán Zavala Leos", "m", "encabezado por", "Centro SICT San Luis Potosí", "other"),
    O("Olga Hernández Martell", "f", "alcaldesa de Ciudad Valles", "Ayuntamiento de Ciudad Valles", "plural_list"),
    O("Berenice Cruz Azuara", "f", "alcaldesa de Tamazunchale", "Ayuntamiento de Tamazunchale", "plural_list"),
    O("Josefina Bautista Rubio", "f", "alcaldesa de Xilitla", "Ayuntamiento de Xilitla", "plural_list"),
    O("Tomás Barrón Medina", "m", "coordinador municipal de Protección Civil de Ciudad Valles", "Ayuntamiento de Ciudad Valles", "rare_title"),
    O("Luz Elena Martell Ramos", "f", "presidenta", "Comisión Estatal de Derechos Humanos de San Luis Potosí", "apposition"),
    O("Alfredo Loredo Castillo", "m", "exsecretario de Comunicaciones y Transportes", "Secretaría de Comunicaciones y Transportes de San Luis Potosí", "former", True),
], [
    I("Junta Estatal de Caminos de San Luis Potosí", "Junta Estatal de Caminos"),
    I("Secretaría de Comunicaciones y Transportes de San Luis Potosí", "Secretaría de Comunicaciones y Transportes del estado"),
    I("Centro SICT San Luis Potosí"),
    I("Ayuntamiento de Ciudad Valles"), I("Ayuntamiento de Tamazunchale"), I("Ayuntamiento de Xilitla"),
    I("Comisión Estatal de Derechos Humanos de San Luis Potosí", "Comisión Estatal de Derechos Humanos", "CEDH"),
], [
    "Juan Ramón Ortiz Leija (presidente de una cámara privada de autotransporte)",
    "Ignacio Juez Barragán (transportista particular; Juez es apellido)",
    "Pedro Moctezuma Leos (nombre de una calzada)",
])

# 18 Colima — agricultura
press("18", "Gobierno del Estado de Colima", "Secretaría de Desarrollo Rural - Comunicación Social", "SEDER-057/2025",
      "Colima y la Federación lanzan plan de sanidad para el limón", """
Tecomán, Colima, 13 de marzo de 2025.- La secretaria de Desarrollo Rural del Gobierno del Estado, Adriana Mancilla Ceballos, presentó el plan de sanidad vegetal para contener la plaga que afecta 6 mil hectáreas de limón en el valle de Tecomán.

La representante estatal de la Sader, Martha Zepeda Gudiño, dijo que la Oficina de Representación de la Sader en Colima aportará 45 millones de pesos. El Servicio Nacional de Sanidad, Inocuidad y Calidad Agroalimentaria (Senasica), cuyo coordinador estatal, Gerardo Ochoa Preciado, encabeza el monitoreo, colocará 20 mil trampas.

Sonia Gudiño Ramos (jefa del Distrito de Desarrollo Rural 002 de Tecomán) detalló el calendario de aplicaciones. La presidenta municipal de Tecomán, Elia Mendoza Larios, pidió empleo temporal para jornaleros; la alcaldesa ofreció maquinaria del municipio.

El rector de la Universidad de Colima, Eduardo Virgen Lara, y el director de la Facultad de Ciencias Biológicas y Agropecuarias de la Universidad de Colima, Rafael Castañeda Brizuela, pusieron a disposición el laboratorio de diagnóstico. El comandante de la Sexta Zona Naval, vicealmirante Pedro Orozco Llamas, informó que la Secretaría de Marina revisará los embarques en el puerto de Manzanillo.

La exdiputada federal Leticia Brizuela Vázquez, que promovió el fondo de contingencias en la Cámara de Diputados, pidió reactivarlo.

Arnoldo Cárdenas Vázquez, presidente del Consejo Estatal de Productores de Limón, organismo privado, calificó el plan de tardío. Las primeras aplicaciones se harán junto al canal Ingeniero Tiburcio Zamora. El plan contempla además la renovación de 800 hectáreas con planta certificada, la capacitación de 1,500 productores y un registro de huertas para rastrear cada embarque hasta su origen. Los productores interesados podrán inscribirse en las oficinas de la dependencia a partir del lunes.
""")
write_gold("18", "Colima", [
    O("Adriana Mancilla Ceballos", "f", "secretaria de Desarrollo Rural", "Secretaría de Desarrollo Rural de Colima", "apposition"),
    O("Martha Zepeda Gudiño", "f", "representante estatal de la Sader", "Oficina de Representación de la Sader en Colima", "feminine"),
    O("Gerardo Ochoa Preciado", "m", "coordinador estatal", "Servicio Nacional de Sanidad, Inocuidad y Calidad Agroalimentaria", "cuyo_titular"),
    O("Sonia Gudiño Ramos", "f", "jefa del Distrito de Desarrollo Rural 002 de Tecomán", "Distrito de Desarrollo Rural 002 de Tecomán", "parenthesis"),
    O("Elia Mendoza Larios", "f", "presidenta municipal de Tecomán", "Ayuntamiento de Tecomán", "role_only_reference"),
    O("Eduardo Virgen Lara", "m", "rector", "Universidad de Colima", "rare_title"),
    O("Rafael Castañeda Brizuela", "m", "director de la Facultad de Ciencias Biológicas y Agropecuarias", "Facultad de Ciencias Biológicas y Agropecuarias de la Universidad de Colima", "nested_body"),
    O("Pedro Orozco Llamas", "m", "comandante de la Sexta Zona Naval", "Sexta Zona Naval", "military_rank"),
    O("Leticia Brizuela Vázquez", "f", "exdiputada federal", "Cámara de Diputados", "former", True),
], [
    I("Secretaría de Desarrollo Rural de Colima", "Secretaría de Desarrollo Rural"),
    I("Gobierno del Estado de Colima", "Gobierno del Estado"),
    I("Oficina de Representación de la Sader en Colima"),
    I("Secretaría de Agricultura y Desarrollo Rural", "Sader"),
    I("Servicio Nacional de Sanidad, Inocuidad y Calidad Agroalimentaria", "Senasica"),
    I("Distrito de Desarrollo Rural 002 de Tecomán"),
    I("Ayuntamiento de Tecomán", "municipio"),
    I("Universidad de Colima"),
    I("Facultad de Ciencias Biológicas y Agropecuarias de la Universidad de Colima"),
    I("Sexta Zona Naval"), I("Secretaría de Marina"),
    I("Cámara de Diputados"),
], [
    "Arnoldo Cárdenas Vázquez (presidente de un consejo privado de productores)",
    "Tiburcio Zamora (nombre de un canal)",
])

# 19 Ciudad de México — cultura
press("19", "Secretaría de Cultura de la Ciudad de México", "Dirección de Comunicación", "SC-CDMX-088/2025",
      "Festival de las Calles llevará 200 funciones al Centro Histórico", """
Ciudad de México, Ciudad de México, 13 de marzo de 2025.- La secretaria de Cultura de la Ciudad de México, Renata Barragán Solís, y la alcaldesa en Cuauhtémoc, Verónica Hinojosa Pérez, presentaron el Festival de las Calles, con 200 funciones gratuitas del 28 de marzo al 6 de abril. La alcaldesa anunció el cierre parcial de cinco calles.

El Instituto Nacional de Bellas Artes y Literatura (INBAL), que dirige Marcos Anguiano Ferrer, sumará 40 espectáculos. La directora del Museo del Palacio de Bellas Artes del INBAL, Cecilia Esparza Lima, abrirá el museo en horario nocturno.

La Secretaría de Obras y Servicios (Sobse), cuyo titular, Raúl Basurto Olea, supervisa el mantenimiento de la Alameda, colocará iluminación. El coordinador de Protección Civil de la demarcación, Iván Cerón Luna, dijo que habrá 300 elementos. La directora general del Metro Alma Sáenz Ruiz informó que el Sistema de Transporte Colectivo ampliará su horario.

La presidenta de la Comisión de Derechos Culturales del Congreso de la Ciudad de México, Jimena Loaeza Pardo, celebró el presupuesto. El exdirector del Centro Nacional de las Artes Julián Ortega Rubio coordinará las funciones de danza.

Felipe Salas Barrón, presidente de la Canirac en la capital, cámara privada de restaurantes, prevé más ventas. El promotor Esteban Lira Garcés, de la Fundación Arte en Calle, organización privada, pidió espacios para artistas independientes. La programación completa, con horarios y sedes, se publicará el 20 de marzo en la página de la dependencia. Habrá funciones de teatro, danza, música tradicional y circo en plazas, jardines y patios de edificios históricos, además de talleres gratuitos para niñas y niños los fines de semana y un programa especial para personas mayores.
""")
write_gold("19", "Ciudad de México", [
    O("Renata Barragán Solís", "f", "secretaria de Cultura", "Secretaría de Cultura de la Ciudad de México", "apposition"),
    O("Verónica Hinojosa Pérez", "f", "alcaldesa en Cuauhtémoc", "Alcaldía Cuauhtémoc", "role_only_reference"),
    O("Marcos Anguiano Ferrer", "m", "dirige", "Instituto Nacional de Bellas Artes y Literatura", "other"),
    O("Cecilia Esparza Lima", "f", "directora del Museo del Palacio de Bellas Artes", "Museo del Palacio de Bellas Artes", "nested_body"),
    O("Raúl Basurto Olea", "m", "titular", "Secretaría de Obras y Servicios de la Ciudad de México", "cuyo_titular"),
    O("Iván Cerón Luna", "m", "coordinador de Protección Civil de la demarcación", "Alcaldía Cuauhtémoc", "description_only"),
    O("Alma Sáenz Ruiz", "f", "directora general del Metro", "Sistema de Transporte Colectivo", "no_comma"),
    O("Jimena Loaeza Pardo", "f", "presidenta de la Comisión de Derechos Culturales", "Congreso de la Ciudad de México", "feminine"),
    O("Julián Ortega Rubio", "m", "exdirector del Centro Nacional de las Artes", "Centro Nacional de las Artes", "former", True),
], [
    I("Secretaría de Cultura de la Ciudad de México"),
    I("Alcaldía Cuauhtémoc", "demarcación"),
    I("Instituto Nacional de Bellas Artes y Literatura", "INBAL"),
    I("Museo del Palacio de Bellas Artes"),
    I("Secretaría de Obras y Servicios de la Ciudad de México", "Secretaría de Obras y Servicios", "Sobse"),
    I("Sistema de Transporte Colectivo", "Metro"),
    I("Congreso de la Ciudad de México"),
    I("Centro Nacional de las Artes"),
], [
    "Cuauhtémoc (nombre de la alcaldía)",
    "Felipe Salas Barrón (presidente de la Canirac, cámara privada)",
    "Esteban Lira Garcés (promotor de una fundación privada)",
])

# 20 Aguascalientes — elecciones
press("20", "Instituto Estatal Electoral de Aguascalientes", "Unidad de Comunicación Social", "IEE-019/2025",
      "IEE y autoridades firman acuerdo de blindaje electoral", """
Aguascalientes, Aguascalientes, 14 de marzo de 2025.- La consejera presidenta del Instituto Estatal Electoral (IEE), Alma Delgado Esparza, firmó con autoridades federales y estatales un acuerdo para evitar el uso de recursos públicos en la elección judicial local.

Las consejeras electorales Dulce Romo Lara y Ana Cecilia Macías Durán presentaron el calendario de debates. La titular de la Unidad Técnica de Fiscalización del organismo, Karla Dávila Ruiz, explicó que se revisarán los gastos de cada candidatura.

El magistrado presidente del Tribunal Electoral del Estado de Aguascalientes, Héctor Salas Vela, afirmó que las impugnaciones se resolverán en un máximo de diez días. La titular de la Fiscalía Especializada en Delitos Electorales de la Fiscalía General del Estado de Aguascalientes, Norma Rangel Pedroza, habilitó una línea de denuncia.

Luis Femat Ruiz (vocal ejecutivo de la Junta Local Ejecutiva del INE en Aguascalientes) confirmó que el Instituto Nacional Electoral prestará su sistema de cómputo. El contralor interno del IEE, Sergio Tiscareño Luévano, dijo que se auditarán las compras del proceso. La exalcaldesa de Jesús María Gloria Medina Reyes, observadora, pidió vigilar a los servidores públicos municipales.

Javier Luévano Romo, presidente del Comité Directivo Estatal del partido Fuerza Cívica, acudió como invitado. La académica Paula Jiménez Orozco, de la Universidad del Centro Hidrocálido, privada, pidió que el voto se explique en escuelas. El acuerdo prevé que ninguna dependencia estatal o municipal entregue apoyos sociales durante los tres días previos a la jornada y que los servidores públicos se abstengan de asistir a actos de campaña en horario laboral. Las quejas podrán presentarse en línea o en las oficinas del instituto, que darán respuesta en un máximo de 48 horas.
""")
write_gold("20", "Aguascalientes", [
    O("Alma Delgado Esparza", "f", "consejera presidenta", "Instituto Estatal Electoral de Aguascalientes", "rare_title"),
    O("Dulce Romo Lara", "f", "consejera electoral", "Instituto Estatal Electoral de Aguascalientes", "plural_list"),
    O("Ana Cecilia Macías Durán", "f", "consejera electoral", "Instituto Estatal Electoral de Aguascalientes", "plural_list"),
    O("Karla Dávila Ruiz", "f", "titular de la Unidad Técnica de Fiscalización del organismo", "Instituto Estatal Electoral de Aguascalientes", "description_only"),
    O("Héctor Salas Vela", "m", "magistrado presidente", "Tribunal Electoral del Estado de Aguascalientes", "apposition"),
    O("Norma Rangel Pedroza", "f", "titular de la Fiscalía Especializada en Delitos Electorales", "Fiscalía Especializada en Delitos Electorales de Aguascalientes", "nested_body"),
    O("Luis Femat Ruiz", "m", "vocal ejecutivo", "Junta Local Ejecutiva del INE en Aguascalientes", "parenthesis"),
    O("Sergio Tiscareño Luévano", "m", "contralor interno del IEE", "Instituto Estatal Electoral de Aguascalientes", "rare_title"),
    O("Gloria Medina Reyes", "f", "exalcaldesa de Jesús María", "Ayuntamiento de Jesús María", "former", True),
], [
    I("Instituto Estatal Electoral de Aguascalientes", "Instituto Estatal Electoral", "IEE", "organismo"),
    I("Tribunal Electoral del Estado de Aguascalientes"),
    I("Fiscalía Especializada en Delitos Electorales de Aguascalientes", "Fiscalía Especializada en Delitos Electorales"),
    I("Fiscalía General del Estado de Aguascalientes"),
    I("Junta Local Ejecutiva del INE en Aguascalientes"),
    I("Instituto Nacional Electoral", "INE"),
    I("Ayuntamiento de Jesús María"),
], [
    "Jesús María (nombre de un municipio)",
    "Javier Luévano Romo (dirigente de un partido, sin cargo público)",
    "Paula Jiménez Orozco (académica de una universidad privada)",
])
