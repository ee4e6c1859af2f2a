from common import *

# ---------- 11 Campeche (wire)
wire("11", "Marina y Pemex refuerzan vigilancia en Ciudad del Carmen tras robo de combustible",
     "Alejandra Pech", "Golfo Informa", "Ciudad del Carmen", "Campeche", "6 de marzo de 2026", [
"Ciudad del Carmen vivió este viernes un fuerte despliegue de seguridad luego de que se detectaran tres tomas clandestinas en el ducto que abastece a la terminal marítima de Petróleos Mexicanos (Pemex) en la isla.",
"El comandante del Sector Naval de Ciudad del Carmen, contralmirante Rafael Uc Ehuán, informó que 200 marinos de la Secretaría de Marina vigilarán la zona industrial durante al menos un mes. Wendy Cach Mukul, gerente de Salvaguardia Estratégica de Pemex, detalló que las tomas provocaron una pérdida de 1.2 millones de litros de diésel.",
"La presidenta municipal de Carmen, Anahí Gutiérrez Lara, pidió a la población denunciar la venta de combustible en la colonia Fidencio Ek, donde se aseguraron 40 bidones. La mandataria municipal ordenó a los titulares de Protección Civil y de Seguridad Pública municipales, Jorge Luis Sosa Dzib y Karen Ek Moo, realizar recorridos nocturnos.",
"El delegado de la Fiscalía General de la República (FGR) en Campeche, Amado Moo Castillo, confirmó cinco detenidos. Por su parte, la vicefiscal regional de Carmen, Jazmín Pérez Canul, de la Fiscalía General del Estado, indagará la posible participación de policías locales.",
"Víctor Sansores Pool, coordinador regional de la Guardia Nacional, aseguró que la corporación instalará un filtro permanente en el puente de acceso a la isla.",
"En el Congreso del Estado, la presidenta de la Mesa Directiva, Laura Baqueiro Ruiz, anunció que se pedirá un informe a la paraestatal. La exdirectora del Hospital General de Pemex en Ciudad del Carmen Irene Chan Ortegón recordó que en 2023 una toma clandestina provocó la intoxicación de 30 vecinos.",
"El líder de la Unión de Pescadores Ribereños de Carmen, Teodoro Can Pérez, reclamó que los operativos impiden a los pescadores salir al mar por las mañanas.",
])
A = "Ayuntamiento de Carmen"
gold("11", "Campeche", [
 O("Rafael Uc Ehuán", "m", "comandante del Sector Naval de Ciudad del Carmen", "Sector Naval de Ciudad del Carmen", "military_rank"),
 O("Wendy Cach Mukul", "f", "gerente de Salvaguardia Estratégica", "Petróleos Mexicanos", "after_name"),
 O("Anahí Gutiérrez Lara", "f", "presidenta municipal de Carmen", A, "role_only_reference"),
 O("Jorge Luis Sosa Dzib", "m", "titular de Protección Civil", A, "plural_list"),
 O("Karen Ek Moo", "f", "titular de Seguridad Pública", A, "plural_list"),
 O("Amado Moo Castillo", "m", "delegado", "Fiscalía General de la República", "other"),
 O("Jazmín Pérez Canul", "f", "vicefiscal regional de Carmen", "Fiscalía General del Estado de Campeche", "rare_title"),
 O("Víctor Sansores Pool", "m", "coordinador regional de la Guardia Nacional", "Guardia Nacional", "after_name"),
 O("Laura Baqueiro Ruiz", "f", "presidenta de la Mesa Directiva", "Congreso del Estado de Campeche", "feminine"),
 O("Irene Chan Ortegón", "f", "exdirectora del Hospital General de Pemex en Ciudad del Carmen", "Hospital General de Pemex en Ciudad del Carmen", "former"),
], [
 I("Petróleos Mexicanos", "Pemex", "paraestatal"),
 I("Sector Naval de Ciudad del Carmen"),
 I("Secretaría de Marina"),
 I(A),
 I("Fiscalía General de la República", "FGR"),
 I("Fiscalía General del Estado de Campeche", "Fiscalía General del Estado"),
 I("Guardia Nacional"),
 I("Congreso del Estado de Campeche", "Congreso del Estado"),
 I("Hospital General de Pemex en Ciudad del Carmen"),
], [
 "Fidencio Ek (colonia con nombre de persona)",
 "Teodoro Can Pérez (líder de la Unión de Pescadores Ribereños de Carmen, organización privada)",
])

# ---------- 12 Yucatán (wire)
wire("12", "IMSS abre hospital en Mérida; DIF Yucatán y Ayuntamiento anuncian apoyos",
     "Mariana Canché", "Península Hoy", "Mérida", "Yucatán", "7 de marzo de 2026", [
"El Instituto Mexicano del Seguro Social abrió este sábado el Hospital General Regional No. 12 en el poniente de Mérida, con 260 camas y 14 quirófanos, en un terreno contiguo al fraccionamiento Bernardino Poot.",
"El delegado del Instituto Mexicano del Seguro Social (IMSS) en Yucatán, Jesús Canto Ávila, informó que la unidad atenderá a 600 mil derechohabientes de 18 municipios. El hospital, cuya directora, María José Peniche Cervera, fue jefa de cirugía en Campeche, iniciará consultas de especialidad el 16 de marzo.",
"Los titulares de Salud y de Movilidad del Gobierno del Estado, Felipe Pech Cetina y Rebeca Puerto Manzanilla, presentaron dos rutas de transporte que llegarán hasta la puerta del nosocomio.",
"Claudia Góngora Peraza, directora general del Sistema para el Desarrollo Integral de la Familia en Yucatán (DIF Yucatán), anunció un albergue para familiares de pacientes del interior del estado; la titular del organismo precisó que tendrá 80 camas.",
"La alcaldesa de Mérida Fernanda Cámara Loría se comprometió a pavimentar los accesos, tarea que supervisará la directora de Desarrollo Social del Ayuntamiento de Mérida, Ana Rosa Chi Balam.",
"La directora de la Facultad de Medicina de la Universidad Autónoma de Yucatán (UADY), Landy Cauich Medina, firmó un convenio para que 120 médicos internos roten en el hospital. La diputada local Josefina Aké Uicab, del Congreso del Estado, pidió garantizar la plantilla de enfermería.",
"El exdelegado del IMSS en Yucatán Jorge Carlos Escalante Rosado recordó que la obra se anunció en 2019. El presidente de la Cámara Nacional de la Industria de Transformación (Canacintra) en Yucatán, Luis Ancona Gamboa, celebró la apertura.",
])
D = "Delegación del IMSS en Yucatán"
gold("12", "Yucatán", [
 O("Jesús Canto Ávila", "m", "delegado", D, "other"),
 O("María José Peniche Cervera", "f", "directora", "Hospital General Regional No. 12 del IMSS en Mérida", "cuyo_titular"),
 O("Felipe Pech Cetina", "m", "titular de Salud", "Secretaría de Salud de Yucatán", "plural_list"),
 O("Rebeca Puerto Manzanilla", "f", "titular de Movilidad", "Secretaría de Movilidad de Yucatán", "plural_list"),
 O("Claudia Góngora Peraza", "f", "directora general", "Sistema para el Desarrollo Integral de la Familia de Yucatán", "role_only_reference"),
 O("Fernanda Cámara Loría", "f", "alcaldesa de Mérida", "Ayuntamiento de Mérida", "no_comma"),
 O("Ana Rosa Chi Balam", "f", "directora de Desarrollo Social", "Ayuntamiento de Mérida", "apposition"),
 O("Landy Cauich Medina", "f", "directora de la Facultad de Medicina", "Facultad de Medicina de la UADY", "nested_body"),
 O("Josefina Aké Uicab", "f", "diputada local", "Congreso del Estado de Yucatán", "feminine"),
 O("Jorge Carlos Escalante Rosado", "m", "exdelegado del IMSS en Yucatán", D, "former"),
], [
 I("Instituto Mexicano del Seguro Social", "IMSS"),
 I(D, "IMSS en Yucatán"),
 I("Hospital General Regional No. 12 del IMSS en Mérida", "Hospital General Regional No. 12", "nosocomio"),
 I("Gobierno del Estado de Yucatán", "Gobierno del Estado"),
 I("Secretaría de Salud de Yucatán"),
 I("Secretaría de Movilidad de Yucatán"),
 I("Sistema para el Desarrollo Integral de la Familia de Yucatán", "Sistema para el Desarrollo Integral de la Familia en Yucatán", "DIF Yucatán", "organismo"),
 I("Ayuntamiento de Mérida"),
 I("Facultad de Medicina de la UADY", "Facultad de Medicina"),
 I("Universidad Autónoma de Yucatán", "UADY"),
 I("Congreso del Estado de Yucatán", "Congreso del Estado"),
], [
 "Bernardino Poot (fraccionamiento con nombre de persona)",
 "Luis Ancona Gamboa (presidente de la Canacintra en Yucatán, cámara empresarial privada)",
])

# ---------- 13 Quintana Roo (wire)
wire("13", "Cancún suma 80 policías turísticos; hoteleros piden más",
     "Andrea May", "Caribe Noticias", "Cancún", "Quintana Roo", "2 de marzo de 2026", [
"La presidenta municipal de Benito Juárez, Martha Cervera Pool, presentó este lunes a 80 nuevos agentes de la Policía Turística que patrullarán la zona hotelera de Cancún a partir de la próxima semana.",
"La comisaria Elena Ku Alcocer, secretaria municipal de Seguridad Ciudadana y Tránsito, explicó que los agentes hablan inglés y recibieron capacitación en atención a víctimas. Con ellos, la corporación llega a 1,420 elementos, todavía lejos de los 2 mil que recomienda la norma.",
"La secretaria de Finanzas y Planeación del Gobierno de Quintana Roo, Noelia Aguilar Lizama, detalló que el estado aportó 36 millones de pesos del impuesto al hospedaje para las patrullas. El subsecretario de Seguridad Ciudadana del estado, Alfredo Canul Regidor, anunció que las policías estatal y municipal compartirán radiofrecuencia.",
"El coordinador estatal de la Guardia Nacional, general Isidro Téllez Bravo, ofreció 150 elementos para la temporada vacacional de Semana Santa.",
"Luisa Chan Poot, directora de Incorporación y Recaudación del IMSS, presente en la reunión, recordó que las empresas de seguridad privada deben registrar a sus guardias ante el instituto.",
"Las regidoras Yesica Balam Tun, Alondra Ríos Ceh y Paola Medina Coral, de la Comisión de Turismo del Ayuntamiento, pidieron que la Policía Turística tenga un módulo en el aeropuerto.",
"El exsecretario de Turismo del estado Marcos Díaz Borges consideró que la vigilancia debe extenderse a la zona continental, donde ocurren la mayoría de los robos a turistas.",
"El presidente de la Asociación de Hoteles de Cancún, Puerto Morelos e Isla Mujeres, Roberto Cintrón Guzmán, agradeció el refuerzo, aunque pidió 200 agentes más.",
])
A = "Ayuntamiento de Benito Juárez"
gold("13", "Quintana Roo", [
 O("Martha Cervera Pool", "f", "presidenta municipal de Benito Juárez", A, "feminine"),
 O("Elena Ku Alcocer", "f", "secretaria municipal de Seguridad Ciudadana y Tránsito", "Secretaría Municipal de Seguridad Ciudadana y Tránsito de Benito Juárez", "after_name"),
 O("Noelia Aguilar Lizama", "f", "secretaria de Finanzas y Planeación", "Secretaría de Finanzas y Planeación de Quintana Roo", "apposition"),
 O("Alfredo Canul Regidor", "m", "subsecretario de Seguridad Ciudadana", "Secretaría de Seguridad Ciudadana de Quintana Roo", "other"),
 O("Isidro Téllez Bravo", "m", "coordinador estatal de la Guardia Nacional", "Guardia Nacional", "military_rank"),
 O("Luisa Chan Poot", "f", "directora de Incorporación y Recaudación", "Instituto Mexicano del Seguro Social", "after_name"),
 O("Yesica Balam Tun", "f", "regidora", A, "plural_list"),
 O("Alondra Ríos Ceh", "f", "regidora", A, "plural_list"),
 O("Paola Medina Coral", "f", "regidora", A, "plural_list"),
 O("Marcos Díaz Borges", "m", "exsecretario de Turismo", "Secretaría de Turismo de Quintana Roo", "former"),
], [
 I(A, "Ayuntamiento"),
 I("Policía Turística de Benito Juárez", "Policía Turística"),
 I("Secretaría Municipal de Seguridad Ciudadana y Tránsito de Benito Juárez", "Secretaría Municipal de Seguridad Ciudadana y Tránsito"),
 I("Gobierno del Estado de Quintana Roo", "Gobierno de Quintana Roo"),
 I("Secretaría de Finanzas y Planeación de Quintana Roo", "Secretaría de Finanzas y Planeación"),
 I("Secretaría de Seguridad Ciudadana de Quintana Roo", "Seguridad Ciudadana del estado"),
 I("Guardia Nacional"),
 I("Instituto Mexicano del Seguro Social", "IMSS", "instituto"),
 I("Secretaría de Turismo de Quintana Roo", "Turismo del estado"),
], [
 "Benito Juárez (nombre del municipio dentro de Ayuntamiento de Benito Juárez, no es una persona citada)",
 "Regidor (apellido del subsecretario Alfredo Canul Regidor, no es un cargo)",
 "Roberto Cintrón Guzmán (presidente de la Asociación de Hoteles de Cancún, Puerto Morelos e Isla Mujeres, organismo privado)",
])

# ---------- 14 Baja California Sur (wire)
wire("14", "Encargada de despacho de la Fiscalía de BCS comparece por desapariciones",
     "Fernando Geraldo", "Sudcaliforniano Digital", "La Paz", "Baja California Sur", "3 de marzo de 2026", [
"La encargada de despacho de la Fiscalía General de Justicia del Estado, Rosalía Cota Amador, compareció este martes ante el Congreso del Estado para explicar por qué 214 denuncias por desaparición siguen sin una línea de investigación.",
"Durante cuatro horas, Cota Amador respondió a las preguntas de los legisladores y reconoció que la institución solo tiene 11 peritos en genética. Tadeo Aguilar Osuna, director del Servicio Médico Forense de la Fiscalía, añadió que hay 97 cuerpos sin identificar en la bodega de la avenida Leonardo Beltrán Amao.",
"La titular de la Comisión Estatal de Búsqueda de Personas, Mirna Verdugo Higuera, pidió un presupuesto propio; la comisionada señaló que su oficina depende de los vehículos del Gobierno del Estado para salir a campo.",
"La presidenta de la Junta de Gobierno y Coordinación Política, diputada Zulema Meza Castro, anunció una reforma para crear un centro regional de identificación humana. Nidia Liera Cosío, presidenta de la Comisión Estatal de Derechos Humanos, entregó un informe con 38 quejas contra agentes ministeriales.",
"Los presidentes municipales de La Paz, Los Cabos y Comondú, Hilario Cota Salgado, Marisol Green Castro y Adán Romero Talamantes, se comprometieron a ceder terrenos para panteones forenses.",
"El exgobernador Abel Ceseña Romero, asistente a la sesión, sostuvo que el rezago viene de “administraciones anteriores, incluida la mía”.",
"La vocera del colectivo Buscadoras de La Paz, Rita Murillo Castro, acusó que la Fiscalía no entrega a las familias copias de sus expedientes. El presidente del Consejo Coordinador Empresarial de Los Cabos, Damián Ojeda Lucero, propuso financiar equipo genético con aportaciones de empresas.",
])
F = "Fiscalía General de Justicia del Estado de Baja California Sur"
gold("14", "Baja California Sur", [
 O("Rosalía Cota Amador", "f", "encargada de despacho", F, "surname_only_later"),
 O("Tadeo Aguilar Osuna", "m", "director del Servicio Médico Forense", "Servicio Médico Forense de la Fiscalía General de Justicia de Baja California Sur", "nested_body"),
 O("Mirna Verdugo Higuera", "f", "comisionada", "Comisión Estatal de Búsqueda de Personas de Baja California Sur", "role_only_reference"),
 O("Zulema Meza Castro", "f", "presidenta de la Junta de Gobierno y Coordinación Política", "Congreso del Estado de Baja California Sur", "feminine"),
 O("Nidia Liera Cosío", "f", "presidenta", "Comisión Estatal de Derechos Humanos de Baja California Sur", "after_name"),
 O("Hilario Cota Salgado", "m", "presidente municipal de La Paz", "Ayuntamiento de La Paz", "plural_list"),
 O("Marisol Green Castro", "f", "presidenta municipal de Los Cabos", "Ayuntamiento de Los Cabos", "plural_list"),
 O("Adán Romero Talamantes", "m", "presidente municipal de Comondú", "Ayuntamiento de Comondú", "plural_list"),
 O("Abel Ceseña Romero", "m", "exgobernador", "Gobierno del Estado de Baja California Sur", "former"),
], [
 I(F, "Fiscalía General de Justicia del Estado", "Fiscalía"),
 I("Congreso del Estado de Baja California Sur", "Congreso del Estado"),
 I("Servicio Médico Forense de la Fiscalía General de Justicia de Baja California Sur", "Servicio Médico Forense"),
 I("Comisión Estatal de Búsqueda de Personas de Baja California Sur", "Comisión Estatal de Búsqueda de Personas"),
 I("Gobierno del Estado de Baja California Sur", "Gobierno del Estado"),
 I("Comisión Estatal de Derechos Humanos de Baja California Sur", "Comisión Estatal de Derechos Humanos"),
 I("Ayuntamiento de La Paz"),
 I("Ayuntamiento de Los Cabos"),
 I("Ayuntamiento de Comondú"),
], [
 "Leonardo Beltrán Amao (avenida con nombre de persona)",
 "Rita Murillo Castro (vocera del colectivo Buscadoras de La Paz, activista)",
 "Damián Ojeda Lucero (presidente del Consejo Coordinador Empresarial de Los Cabos, organismo empresarial privado)",
])
