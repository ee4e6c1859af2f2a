from common import O, I, write

t07 = """## Escuelas de Yucatán arrancan jornada de salud y consulta infantil

Por Mario Baeza | Diario Peninsular Digital | Mérida, Yucatán, 11 de marzo de 2025

Más de 1,200 escuelas de Yucatán iniciaron este martes una jornada que combina revisión médica, vacunación y la Consulta Infantil y Juvenil 2025.

Los titulares de Salud y Educación del estado, Mauricio Sauri Vivas y Liliana Cervera Pacheco, encabezaron el arranque en la primaria de la colonia Felipe Carrillo Puerto. Sauri Vivas explicó que se aplicarán 80 mil dosis contra sarampión.

La directora de Salud y Bienestar Social del Ayuntamiento de Mérida, Rosa Pérez Canto, informó que 30 brigadas municipales visitarán las comisarías del sur.

En Dzityá, la comisaria municipal Teresa Canul May recibió a las brigadas y pidió una ambulancia permanente.

El Hospital Regional de Alta Especialidad de la Península de Yucatán, cuyo director general, Fernando Vera Cámara, coordina la atención de los casos graves, reservará diez camas pediátricas.

La consejera presidenta del Instituto Electoral y de Participación Ciudadana de Yucatán (IEPAC), Patricia Gamboa Wong, explicó que la consulta preguntará a niñas y niños sobre su seguridad en la escuela.

El vocal ejecutivo de la Junta Local Ejecutiva del INE en Yucatán, Felipe Novelo Sosa, indicó que el Instituto Nacional Electoral instalará 900 casillas infantiles.

El rector de la Universidad Autónoma de Yucatán (UADY), Raúl Góngora Bojórquez, aportó 400 estudiantes de enfermería. Góngora Bojórquez dijo que el servicio social contará como práctica clínica.

La exalcaldesa de Progreso Verónica Cetina Rosado, ahora activista por la salud infantil, pidió extender las revisiones a las escuelas de la costa.

José Ramírez Arjona, presidente de la Asociación de Escuelas Particulares de Yucatán, anunció que los colegios privados se sumarán de manera voluntaria, y la académica Silvia Euán Medina, de la Universidad Marista de Mérida, advirtió que falta personal de psicología en las primarias públicas.
"""
write("07", "md", t07, "Yucatán", [
  O("Mauricio Sauri Vivas","m","titular de Salud","Secretaría de Salud de Yucatán","plural_list"),
  O("Liliana Cervera Pacheco","f","titular de Educación","Secretaría de Educación de Yucatán","plural_list"),
  O("Rosa Pérez Canto","f","directora de Salud y Bienestar Social","Ayuntamiento de Mérida","feminine"),
  O("Teresa Canul May","f","comisaria municipal","Ayuntamiento de Mérida","rare_title"),
  O("Fernando Vera Cámara","m","director general","Hospital Regional de Alta Especialidad de la Península de Yucatán","cuyo_titular"),
  O("Patricia Gamboa Wong","f","consejera presidenta","Instituto Electoral y de Participación Ciudadana de Yucatán","feminine"),
  O("Felipe Novelo Sosa","m","vocal ejecutivo","Junta Local Ejecutiva del INE en Yucatán","rare_title"),
  O("Raúl Góngora Bojórquez","m","rector","Universidad Autónoma de Yucatán","surname_only_later"),
  O("Verónica Cetina Rosado","f","exalcaldesa de Progreso","Ayuntamiento de Progreso","former",True),
], [
  I("Secretaría de Salud de Yucatán"), I("Secretaría de Educación de Yucatán"),
  I("Ayuntamiento de Mérida"),
  I("Hospital Regional de Alta Especialidad de la Península de Yucatán"),
  I("Instituto Electoral y de Participación Ciudadana de Yucatán","IEPAC"),
  I("Junta Local Ejecutiva del INE en Yucatán"),
  I("Instituto Nacional Electoral","INE"),
  I("Universidad Autónoma de Yucatán","UADY"),
  I("Ayuntamiento de Progreso"),
], [
  "Felipe Carrillo Puerto (colonia)",
  "José Ramírez Arjona (presidente de asociación privada de escuelas particulares)",
  "Silvia Euán Medina (académica de universidad privada)",
], ["plural","women","rare_titles","role_positions","former","other_state_bodies","nested_bodies","private_leaders"])

t08 = """## Sargazo récord en Cancún: Marina y municipio refuerzan barreras

Por Andrea Poot | Agencia Caribe Noticias | Cancún, Quintana Roo, 12 de marzo de 2025

La llegada de 9 mil toneladas de sargazo en una semana llevó a autoridades de los tres órdenes de gobierno a reforzar las barreras en las playas de Benito Juárez y Solidaridad.

El comandante de la Undécima Zona Naval, almirante Sergio Ramos Olivares, informó que la Secretaría de Marina opera cuatro buques sargaceros frente a Puerto Morelos.

La presidenta municipal de Benito Juárez, Teresa Novelo Canto, anunció la contratación de 300 trabajadores temporales. La edil añadió que el Ayuntamiento de Benito Juárez habilitará un centro de acopio en la avenida Kabah.

La síndica municipal de Benito Juárez, Lourdes Cauich Dzib, pidió transparentar los contratos de recolección.

La directora general de la Administración Portuaria Integral de Quintana Roo (Apiqroo), Gabriela Aguilar Kú, dijo que los muelles de cruceros siguen operando.

Marcos Pool Yam, director de Ecología de Solidaridad, informó que la playa Mamitas permanecerá cerrada.

La Secretaría de Ecología y Medio Ambiente de Quintana Roo, cuya titular, Elda Castillo Moo, presentó el semáforo de sargazo, pidió no enterrar el alga en la arena.

Diana Chan Uicab, titular de la Fiscalía Especializada en Delitos Ambientales de la Fiscalía General del Estado, abrió carpetas por tiraderos clandestinos.

El superintendente de la Zona Cancún de la CFE, Rodrigo Paz Aguilar, aseguró que la planta de la Comisión Federal de Electricidad no se ha afectado. Paz Aguilar explicó que las tomas de agua cuentan con mallas.

La exsecretaria de Turismo estatal Karla Medina Uc advirtió caídas en la ocupación hotelera.

Ricardo Peniche Loría, presidente de la Asociación de Hoteles de Cancún, organismo privado, pidió más barreras, y el biólogo Tomás Reyes Lara, de la Universidad Anáhuac Cancún, propuso convertir el sargazo en fertilizante.
"""
write("08", "md", t08, "Quintana Roo", [
  O("Sergio Ramos Olivares","m","comandante de la Undécima Zona Naval","Undécima Zona Naval","military_rank"),
  O("Teresa Novelo Canto","f","presidenta municipal de Benito Juárez","Ayuntamiento de Benito Juárez","role_only_reference"),
  O("Lourdes Cauich Dzib","f","síndica municipal","Ayuntamiento de Benito Juárez","rare_title"),
  O("Gabriela Aguilar Kú","f","directora general","Administración Portuaria Integral de Quintana Roo","apposition"),
  O("Marcos Pool Yam","m","director de Ecología de Solidaridad","Ayuntamiento de Solidaridad","after_name"),
  O("Elda Castillo Moo","f","titular","Secretaría de Ecología y Medio Ambiente de Quintana Roo","cuyo_titular"),
  O("Diana Chan Uicab","f","titular de la Fiscalía Especializada en Delitos Ambientales","Fiscalía Especializada en Delitos Ambientales de Quintana Roo","nested_body"),
  O("Rodrigo Paz Aguilar","m","superintendente de la Zona Cancún","Zona Cancún de la CFE","surname_only_later"),
  O("Karla Medina Uc","f","exsecretaria de Turismo","Secretaría de Turismo de Quintana Roo","former",True),
], [
  I("Undécima Zona Naval"), I("Secretaría de Marina","Marina"),
  I("Ayuntamiento de Benito Juárez","municipio"), I("Ayuntamiento de Solidaridad"),
  I("Administración Portuaria Integral de Quintana Roo","Apiqroo"),
  I("Secretaría de Ecología y Medio Ambiente de Quintana Roo"),
  I("Fiscalía Especializada en Delitos Ambientales de Quintana Roo","Fiscalía Especializada en Delitos Ambientales"),
  I("Fiscalía General del Estado de Quintana Roo","Fiscalía General del Estado"),
  I("Zona Cancún de la CFE"), I("Comisión Federal de Electricidad","CFE"),
  I("Secretaría de Turismo de Quintana Roo"),
], [
  "Benito Juárez (municipio nombrado por una persona)",
  "Ricardo Peniche Loría (presidente de asociación hotelera privada)",
  "Tomás Reyes Lara (biólogo de universidad privada)",
], ["women","rare_titles","role_positions","former","other_state_bodies","nested_bodies","name_inside_institution","private_leaders","military"])

t09 = """## Alcaldes de la frontera sur piden apoyo ante aumento de migrantes en Tapachula

Por Sergio Gordillo | Agencia Frontera Sur | Tapachula, Chiapas, 13 de marzo de 2025

Los presidentes municipales de Tapachula, Suchiate y Huixtla, Elena Solís Ramos, Darío Coutiño Pérez y Aurora Gordillo Nañez, pidieron este jueves al Gobierno federal recursos extraordinarios para atender a unas 8 mil personas migrantes varadas en la región.

La encargada de despacho de la Oficina de Representación del Instituto Nacional de Migración en Chiapas, Yadira Ruiz Cancino, aseguró que se abrirán dos módulos más para trámites de regularización.

El coordinador estatal de la Guardia Nacional, general Arnulfo Velasco Tovilla, negó que haya operativos de contención en el parque Miguel Hidalgo.

El jefe de la Jurisdicción Sanitaria VII de Tapachula Manuel Castellanos Capitán informó de 140 casos de infecciones respiratorias atendidos en albergues.

La visitadora general de la Comisión Estatal de los Derechos Humanos de Chiapas, Lucía Méndez Gómez, documentó quejas por extorsión en retenes.

Carmen Trujillo Nucamendi, fiscal de la Fiscalía contra Delitos Cometidos en Agravio de Inmigrantes, detuvo a tres presuntos polleros. La fiscal especializada dijo que la Fiscalía General del Estado de Chiapas investiga a una red de transporte irregular.

El exdelegado del INM en Chiapas Jorge Urbina Grajales cuestionó la falta de personal y recordó que en 2019 las oficinas de Tapachula llegaron a atender a más de 3 mil solicitantes por día, con apenas una veintena de agentes.

En el albergue de la colonia 5 de Febrero, las familias esperan hasta seis semanas por una cita. Los alcaldes acordaron reunirse de nuevo el lunes para presentar un censo conjunto de personas varadas y de los servicios de salud, agua y limpieza que requieren.

Rosalinda Cruz Velasco, defensora del Centro de Derechos Humanos Fray Matías de Córdova, organización civil, denunció detenciones arbitrarias, y Esteban Morales Díaz, presidente de la Cámara Nacional de Comercio de Tapachula, calculó pérdidas por el cierre de negocios.
"""
write("09", "md", t09, "Chiapas", [
  O("Elena Solís Ramos","f","presidenta municipal de Tapachula","Ayuntamiento de Tapachula","plural_list"),
  O("Darío Coutiño Pérez","m","presidente municipal de Suchiate","Ayuntamiento de Suchiate","plural_list"),
  O("Aurora Gordillo Nañez","f","presidenta municipal de Huixtla","Ayuntamiento de Huixtla","plural_list"),
  O("Yadira Ruiz Cancino","f","encargada de despacho","Oficina de Representación del Instituto Nacional de Migración en Chiapas","feminine"),
  O("Arnulfo Velasco Tovilla","m","coordinador estatal de la Guardia Nacional","Guardia Nacional","military_rank"),
  O("Manuel Castellanos Capitán","m","jefe de la Jurisdicción Sanitaria VII de Tapachula","Jurisdicción Sanitaria VII de Tapachula","no_comma"),
  O("Lucía Méndez Gómez","f","visitadora general","Comisión Estatal de los Derechos Humanos de Chiapas","rare_title"),
  O("Carmen Trujillo Nucamendi","f","fiscal especializada","Fiscalía contra Delitos Cometidos en Agravio de Inmigrantes","role_only_reference"),
  O("Jorge Urbina Grajales","m","exdelegado del INM en Chiapas","Instituto Nacional de Migración","former",True),
], [
  I("Gobierno de México","Gobierno federal"),
  I("Ayuntamiento de Tapachula"), I("Ayuntamiento de Suchiate"), I("Ayuntamiento de Huixtla"),
  I("Oficina de Representación del Instituto Nacional de Migración en Chiapas"),
  I("Instituto Nacional de Migración","INM"),
  I("Guardia Nacional"),
  I("Jurisdicción Sanitaria VII de Tapachula"),
  I("Comisión Estatal de los Derechos Humanos de Chiapas"),
  I("Fiscalía contra Delitos Cometidos en Agravio de Inmigrantes"),
  I("Fiscalía General del Estado de Chiapas"),
], [
  "Miguel Hidalgo (parque)",
  "Capitán (apellido que es grado, parte de Manuel Castellanos Capitán)",
  "Rosalinda Cruz Velasco (defensora de una organización civil)",
  "Fray Matías de Córdova (nombre dentro de una organización civil)",
  "Esteban Morales Díaz (presidente de cámara de comercio privada)",
], ["plural","women","rare_titles","role_positions","former","other_state_bodies","nested_bodies","private_leaders","military","surname_role_word","new_user"])
