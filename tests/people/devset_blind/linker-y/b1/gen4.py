from common import O, I, write

t10 = """GOBIERNO DEL ESTADO DE SAN LUIS POTOSÍ
Coordinación General de Comunicación Social
Boletín número 214/2025

FIRMAN CONVENIO PARA REHABILITAR 300 ESCUELAS CON RECURSOS ESTATALES Y UNIVERSITARIOS

San Luis Potosí, San Luis Potosí, 10 de marzo de 2025.- La titular de la Secretaría de Educación de Gobierno del Estado (SEGE), Mónica Rangel Torres, firmó un convenio con la Universidad Autónoma de San Luis Potosí (UASLP) para rehabilitar 300 planteles de educación básica en la Huasteca y el Altiplano.

El rector de la UASLP, Ernesto Castillo Ugalde, explicó que estudiantes de ingeniería y arquitectura harán los diagnósticos estructurales. Castillo Ugalde añadió que la Facultad del Hábitat supervisará las obras.

Para vigilar el gasto, la auditora superior del Estado, Rocío Cervantes Salgado, anunció que la Auditoría Superior del Estado revisará cada contrato, y la contralora general del Estado, Brenda Loredo Pineda, indicó que la Contraloría General del Estado publicará los avances en línea.

Los diputados locales Gabriel Rosillo Ortiz y Cinthia Segovia Colunga, integrantes de la Comisión de Educación del Congreso del Estado de San Luis Potosí, asistieron como testigos.

Guadalupe Almaguer Pardo, directora general del Sistema para el Desarrollo Integral de la Familia del Estado de San Luis Potosí, informó que los desayunadores escolares serán prioridad.

El Colegio de Bachilleres del Estado de San Luis Potosí (Cobach), cuyo director general, Arturo Zavala Robledo, firmó como invitado, sumará 20 planteles de nivel medio superior.

El exsecretario de Educación estatal Hugo Muñiz Arredondo, hoy asesor legislativo, reconoció que muchos inmuebles no se atendían desde 2010.

Al acto acudieron Laura Salazar Tristán, presidenta de la Asociación Estatal de Padres de Familia, organización privada, y el académico José Luis Mendizábal Rocha, de la Universidad del Centro de México, institución particular. La primera escuela en obra será la primaria de la calle Ponciano Arriaga, en el barrio de San Miguelito, donde los trabajos iniciarán el próximo lunes con la revisión de techos, baños y la instalación eléctrica.

Las autoridades acordaron reunirse cada mes para revisar el avance y publicar en la página del Gobierno del Estado el padrón de escuelas, el monto invertido y la empresa encargada de cada obra.

-30-
"""
write("10", "txt", t10, "San Luis Potosí", [
  O("Mónica Rangel Torres","f","titular","Secretaría de Educación de Gobierno del Estado de San Luis Potosí","apposition"),
  O("Ernesto Castillo Ugalde","m","rector","Universidad Autónoma de San Luis Potosí","surname_only_later"),
  O("Rocío Cervantes Salgado","f","auditora superior del Estado","Auditoría Superior del Estado de San Luis Potosí","rare_title"),
  O("Brenda Loredo Pineda","f","contralora general del Estado","Contraloría General del Estado de San Luis Potosí","feminine"),
  O("Gabriel Rosillo Ortiz","m","diputado local","Congreso del Estado de San Luis Potosí","plural_list"),
  O("Cinthia Segovia Colunga","f","diputada local","Congreso del Estado de San Luis Potosí","plural_list"),
  O("Guadalupe Almaguer Pardo","f","directora general","Sistema para el Desarrollo Integral de la Familia del Estado de San Luis Potosí","after_name"),
  O("Arturo Zavala Robledo","m","director general","Colegio de Bachilleres del Estado de San Luis Potosí","cuyo_titular"),
  O("Hugo Muñiz Arredondo","m","exsecretario de Educación","Secretaría de Educación de Gobierno del Estado de San Luis Potosí","former",True),
], [
  I("Gobierno del Estado de San Luis Potosí","Gobierno del Estado"),
  I("Secretaría de Educación de Gobierno del Estado de San Luis Potosí","Secretaría de Educación de Gobierno del Estado","SEGE"),
  I("Universidad Autónoma de San Luis Potosí","UASLP"),
  I("Facultad del Hábitat de la Universidad Autónoma de San Luis Potosí","Facultad del Hábitat"),
  I("Auditoría Superior del Estado de San Luis Potosí","Auditoría Superior del Estado"),
  I("Contraloría General del Estado de San Luis Potosí","Contraloría General del Estado"),
  I("Congreso del Estado de San Luis Potosí"),
  I("Sistema para el Desarrollo Integral de la Familia del Estado de San Luis Potosí"),
  I("Colegio de Bachilleres del Estado de San Luis Potosí","Cobach"),
], [
  "Laura Salazar Tristán (presidenta de asociación privada de padres de familia)",
  "José Luis Mendizábal Rocha (académico de universidad particular)",
  "Ponciano Arriaga (calle)",
], ["plural","women","rare_titles","role_positions","former","other_state_bodies","nested_bodies","private_leaders"])

t11 = """INSTITUTO MEXICANO DEL SEGURO SOCIAL
Oficina de Representación en Oaxaca - Coordinación de Comunicación Social
Boletín No. 045/2025

IMSS Y UABJO FIRMAN CONVENIO PARA FORMAR 150 MÉDICOS INTERNOS EN OAXACA

Oaxaca de Juárez, Oaxaca, 12 de marzo de 2025.- La representante estatal del IMSS en Oaxaca, Claudia Matus Toledo, y el rector de la Universidad Autónoma Benito Juárez de Oaxaca (UABJO), Miguel Santiago Luis, firmaron un convenio para que 150 estudiantes realicen su internado de pregrado en unidades del Instituto Mexicano del Seguro Social.

La directora de la Facultad de Medicina y Cirugía de la UABJO, Elvira Cruz Matías, señaló que los internos rotarán por cirugía, pediatría y ginecología.

El Hospital General de Zona número 1 del IMSS en Oaxaca, cuyo director, Pablo Jiménez Ruiz, será sede principal, destinará un piso de aulas a la enseñanza.

La jefa de Servicios de Prestaciones Médicas Irma López Santiago detalló que cada interno recibirá beca y seguro. Rubén Ojeda Salas —jefe del departamento de Incorporación y Recaudación— explicó que las becas se cubrirán con recursos de la Oficina de Representación del IMSS en Oaxaca.

La secretaria de Salud de Oaxaca, Adriana Vásquez Reyes, invitó a los egresados a cubrir plazas en hospitales de la Sierra Sur.

El presidente municipal de Oaxaca de Juárez, Raymundo Chávez Ruiz, ofreció transporte nocturno. El edil capitalino indicó que habrá rutas desde el centro hasta la calle Porfirio Díaz.

La exdelegada del IMSS en Oaxaca Norma Pacheco Cruz, hoy profesora de la facultad, recordó que el último convenio similar venció en 2018.

Javier Ruiz Santos, presidente del Colegio de Médicos de Oaxaca, A.C., agrupación privada, celebró el acuerdo.

Con la firma, el Instituto busca reducir el déficit de médicos generales en las regiones de la Costa y la Mixteca, donde hay menos de un médico por cada mil derechohabientes, y la universidad asegura espacios para sus alumnos del último año de la licenciatura.

-30-
"""
write("11", "txt", t11, "Oaxaca", [
  O("Claudia Matus Toledo","f","representante estatal del IMSS en Oaxaca","Oficina de Representación del IMSS en Oaxaca","feminine"),
  O("Miguel Santiago Luis","m","rector","Universidad Autónoma Benito Juárez de Oaxaca","rare_title"),
  O("Elvira Cruz Matías","f","directora de la Facultad de Medicina y Cirugía","Facultad de Medicina y Cirugía de la Universidad Autónoma Benito Juárez de Oaxaca","nested_body"),
  O("Pablo Jiménez Ruiz","m","director","Hospital General de Zona número 1 del IMSS en Oaxaca","cuyo_titular"),
  O("Irma López Santiago","f","jefa de Servicios de Prestaciones Médicas","Oficina de Representación del IMSS en Oaxaca","no_comma"),
  O("Rubén Ojeda Salas","m","jefe del departamento de Incorporación y Recaudación","Oficina de Representación del IMSS en Oaxaca","parenthesis"),
  O("Adriana Vásquez Reyes","f","secretaria de Salud","Secretaría de Salud de Oaxaca","apposition"),
  O("Raymundo Chávez Ruiz","m","presidente municipal de Oaxaca de Juárez","Ayuntamiento de Oaxaca de Juárez","role_only_reference"),
  O("Norma Pacheco Cruz","f","exdelegada del IMSS en Oaxaca","Instituto Mexicano del Seguro Social","former",True),
], [
  I("Instituto Mexicano del Seguro Social","IMSS","Instituto"),
  I("Oficina de Representación del IMSS en Oaxaca","Oficina de Representación en Oaxaca"),
  I("Universidad Autónoma Benito Juárez de Oaxaca","UABJO","universidad"),
  I("Facultad de Medicina y Cirugía de la Universidad Autónoma Benito Juárez de Oaxaca","Facultad de Medicina y Cirugía de la UABJO","facultad"),
  I("Hospital General de Zona número 1 del IMSS en Oaxaca"),
  I("Secretaría de Salud de Oaxaca"),
  I("Ayuntamiento de Oaxaca de Juárez"),
], [
  "Benito Juárez (nombre de persona dentro de UABJO)",
  "Porfirio Díaz (calle)",
  "Javier Ruiz Santos (presidente de colegio médico privado)",
], ["women","rare_titles","role_positions","former","other_state_bodies","nested_bodies","name_inside_institution","private_leaders","new_user"])

t12 = """CONGRESO DEL ESTADO DE PUEBLA
Dirección General de Comunicación Social
Boletín 118/2025

APRUEBA EL PLENO REFORMA PARA SANCIONAR A MUNICIPIOS QUE NO ENTREGUEN CUENTAS PÚBLICAS

Puebla, Puebla, 13 de marzo de 2025.- El Pleno del Congreso del Estado de Puebla aprobó por unanimidad la reforma que permitirá retener participaciones a los ayuntamientos que no entreguen su cuenta pública a tiempo.

La presidenta de la Mesa Directiva, diputada Nora Escamilla Ruiz, turnó la minuta al Ejecutivo para su publicación. La Junta de Gobierno y Coordinación Política, cuyo presidente, Fernando Morales Alcalde, impulsó el dictamen, destacó que 41 municipios adeudan cuentas de 2023.

Las diputadas Karina Romero Alcalá, Elsa Bretón Pineda y Guadalupe Sosa Munive, promoventes de la iniciativa, explicaron que la sanción se aplicará tras dos requerimientos.

El auditor superior del Estado, Amado Ríos Castillo, informó que la Auditoría Superior del Estado de Puebla (ASE) capacitará a tesoreros municipales en abril.

La presidenta de la Comisión de Derechos Humanos del Estado de Puebla, Paola Zacarías Toxqui, pidió que la retención no afecte servicios de salud ni programas sociales.

Vicente Tlapale Cuaya, síndico municipal de San Andrés Cholula, reconoció que su municipio entregó la cuenta con tres meses de retraso.

El expresidente municipal de Tehuacán Artemio Vera Lezama, auditado por la ASE, calificó la reforma como recaudatoria.

Durante la sesión, Jorge Méndez Spínola, presidente del Consejo Coordinador Empresarial de Puebla, respaldó la medida desde las galerías, mientras que Lucía Tovar Ponce, dirigente estatal de un partido político sin cargo público, la criticó en redes sociales. La sesión se realizó en el recinto de la avenida 5 de Mayo.

La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado y dará a los ayuntamientos 90 días para regularizar sus cuentas pendientes. Los municipios que cumplan podrán solicitar la devolución de las participaciones retenidas, según el dictamen.

-30-
"""
write("12", "txt", t12, "Puebla", [
  O("Nora Escamilla Ruiz","f","presidenta de la Mesa Directiva","Congreso del Estado de Puebla","feminine"),
  O("Fernando Morales Alcalde","m","presidente de la Junta de Gobierno y Coordinación Política","Congreso del Estado de Puebla","cuyo_titular"),
  O("Karina Romero Alcalá","f","diputada","Congreso del Estado de Puebla","plural_list"),
  O("Elsa Bretón Pineda","f","diputada","Congreso del Estado de Puebla","plural_list"),
  O("Guadalupe Sosa Munive","f","diputada","Congreso del Estado de Puebla","plural_list"),
  O("Amado Ríos Castillo","m","auditor superior del Estado","Auditoría Superior del Estado de Puebla","rare_title"),
  O("Paola Zacarías Toxqui","f","presidenta","Comisión de Derechos Humanos del Estado de Puebla","apposition"),
  O("Vicente Tlapale Cuaya","m","síndico municipal de San Andrés Cholula","Ayuntamiento de San Andrés Cholula","after_name"),
  O("Artemio Vera Lezama","m","expresidente municipal de Tehuacán","Ayuntamiento de Tehuacán","former",True),
], [
  I("Congreso del Estado de Puebla","Pleno"),
  I("Auditoría Superior del Estado de Puebla","ASE"),
  I("Comisión de Derechos Humanos del Estado de Puebla"),
  I("Ayuntamiento de San Andrés Cholula"), I("Ayuntamiento de Tehuacán"),
  I("Gobierno del Estado de Puebla","Ejecutivo"),
], [
  "Alcalde (apellido que es palabra de cargo, parte de Fernando Morales Alcalde)",
  "Jorge Méndez Spínola (presidente de organismo empresarial privado)",
  "Lucía Tovar Ponce (dirigente partidista sin cargo público)",
], ["plural","women","rare_titles","role_positions","former","other_state_bodies","private_leaders","surname_role_word","new_user"])
