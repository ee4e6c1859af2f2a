from common import *

# ---------- 15 San Luis Potosí
bulletin("15", "SERVICIOS DE SALUD DE SAN LUIS POTOSÍ", "Dirección de Comunicación Social", "Boletín SSSLP-087/2026",
 "Inauguran unidad de hemodiálisis en el Hospital Central", "San Luis Potosí", "San Luis Potosí", "4 de marzo de 2026", [
"La directora general de Servicios de Salud de San Luis Potosí, Ximena Robledo Castillo, y el director del Hospital Central Dr. Isidro Salazar Verástegui, Alonso Medellín Torres, inauguraron este miércoles la nueva Unidad de Hemodiálisis, con 24 máquinas que permitirán atender sin costo a 140 pacientes por semana.",
"La titular de la dependencia explicó que la unidad funcionará en tres turnos y que se contrataron 36 enfermeras especializadas. Medellín Torres detalló que la lista de espera del hospital se reducirá a la mitad antes de junio.",
"Las jefas de las jurisdicciones sanitarias I y IV, Esther Loredo Puente y Amparo Zavala Rangel, informaron que ya se censó a 610 pacientes con enfermedad renal en la capital y la zona media.",
"El rector de la Universidad Autónoma de San Luis Potosí (UASLP), Gonzalo Lárraga Nieto, firmó un convenio para que residentes de nefrología de la Facultad de Medicina realicen su servicio en la unidad.",
"La diputada local Marcela Aranda Puente, presidenta de la Comisión de Salud y Asistencia Social del Congreso del Estado, reconoció que el proyecto se financió con una ampliación presupuestal aprobada en diciembre.",
"Nancy Hernández Olvera, directora de la Beneficencia Pública Estatal, entregó 300 paquetes de catéteres, y la síndica segunda del Ayuntamiento de San Luis Potosí, Adela Tristán Ortiz, anunció transporte gratuito para pacientes de colonias alejadas.",
"El titular del Centro Estatal de Trasplantes de los Servicios de Salud, Iván Rosillo Tapia, recordó que 212 potosinos esperan un riñón. Al acto asistió el exdirector del hospital Raúl Charles Zúñiga, quien impulsó el proyecto en 2022.",
"La presidenta de la Fundación Riñón Potosino, asociación civil privada, Consuelo Labastida Rangel, agradeció la obra en nombre de las familias.",
])
S = "Servicios de Salud de San Luis Potosí"; H = "Hospital Central Dr. Isidro Salazar Verástegui"
gold("15", "San Luis Potosí", [
 O("Ximena Robledo Castillo", "f", "directora general", S, "role_only_reference"),
 O("Alonso Medellín Torres", "m", "director", H, "surname_only_later"),
 O("Esther Loredo Puente", "f", "jefa de la Jurisdicción Sanitaria I", "Jurisdicción Sanitaria I de San Luis Potosí", "plural_list"),
 O("Amparo Zavala Rangel", "f", "jefa de la Jurisdicción Sanitaria IV", "Jurisdicción Sanitaria IV de San Luis Potosí", "plural_list"),
 O("Gonzalo Lárraga Nieto", "m", "rector", "Universidad Autónoma de San Luis Potosí", "rare_title"),
 O("Marcela Aranda Puente", "f", "presidenta de la Comisión de Salud y Asistencia Social", "Congreso del Estado de San Luis Potosí", "after_name"),
 O("Nancy Hernández Olvera", "f", "directora", "Beneficencia Pública del Estado de San Luis Potosí", "after_name"),
 O("Adela Tristán Ortiz", "f", "síndica segunda", "Ayuntamiento de San Luis Potosí", "rare_title"),
 O("Iván Rosillo Tapia", "m", "titular del Centro Estatal de Trasplantes", "Centro Estatal de Trasplantes de San Luis Potosí", "nested_body"),
 O("Raúl Charles Zúñiga", "m", "exdirector del hospital", H, "former"),
], [
 I(S, "Servicios de Salud", "dependencia"),
 I(H, "Hospital Central"),
 I("Jurisdicción Sanitaria I de San Luis Potosí"),
 I("Jurisdicción Sanitaria IV de San Luis Potosí"),
 I("Universidad Autónoma de San Luis Potosí", "UASLP"),
 I("Facultad de Medicina de la UASLP", "Facultad de Medicina"),
 I("Congreso del Estado de San Luis Potosí", "Congreso del Estado"),
 I("Beneficencia Pública del Estado de San Luis Potosí", "Beneficencia Pública Estatal"),
 I("Ayuntamiento de San Luis Potosí"),
 I("Centro Estatal de Trasplantes de San Luis Potosí", "Centro Estatal de Trasplantes"),
], [
 "Isidro Salazar Verástegui (nombre de persona dentro del nombre del hospital)",
 "Consuelo Labastida Rangel (presidenta de la Fundación Riñón Potosino, asociación civil privada)",
])

# ---------- 16 Nayarit
bulletin("16", "FISCALÍA GENERAL DEL ESTADO DE NAYARIT", "Dirección de Comunicación Social", "Boletín FGE/045/2026",
 "Vinculan a proceso a extesorero municipal de Tepic por peculado", "Tepic", "Nayarit", "5 de marzo de 2026", [
"La Fiscalía General del Estado de Nayarit, por conducto de la Fiscalía Especializada en Combate a la Corrupción, cuya titular, Liliana Ocegueda Partida, presentó las pruebas en audiencia, obtuvo la vinculación a proceso del extesorero municipal de Tepic Samuel Arciniega Ponce por el presunto desvío de 27 millones de pesos.",
"La jueza de Control del Distrito Judicial de Tepic, Araceli Bernal Pineda, del Poder Judicial del Estado, impuso como medida cautelar la prisión preventiva justificada y fijó un plazo de cuatro meses para la investigación complementaria.",
"La carpeta se integró a partir de la denuncia de la Auditoría Superior del Estado de Nayarit. La auditora superior del Estado —Ruth Ibarra Sandoval— documentó 41 transferencias a cuentas de empresas fantasma con domicilio fiscal en la calle Candelario Ibarra, en el centro de la capital.",
"La contralora municipal de Tepic, Celia Pérez Madrigal, aportó los expedientes de las licitaciones, mientras que el presidente municipal Octavio Lomelí Ruiz instruyó a la Tesorería Municipal a colaborar con la investigación.",
"El vicefiscal de Investigación, Braulio Estrada Cueto, explicó que se aseguraron dos inmuebles y tres vehículos. Los regidores Marisa Aguiar Delgado y Esteban Parra Lamas, de la Comisión de Hacienda del Ayuntamiento de Tepic, solicitaron la reparación integral del daño.",
"Dalia Ríos Bañuelos, asesora jurídica de la Comisión Ejecutiva Estatal de Atención a Víctimas, participará en el proceso en representación del municipio afectado.",
"El presidente del Colegio de Contadores Públicos de Nayarit, Fermín Zepeda Acosta, pidió revisar los controles de todas las tesorerías municipales del estado.",
])
A = "Ayuntamiento de Tepic"; F = "Fiscalía General del Estado de Nayarit"
gold("16", "Nayarit", [
 O("Liliana Ocegueda Partida", "f", "titular", "Fiscalía Especializada en Combate a la Corrupción de Nayarit", "cuyo_titular"),
 O("Samuel Arciniega Ponce", "m", "extesorero municipal de Tepic", A, "former"),
 O("Araceli Bernal Pineda", "f", "jueza de Control", "Poder Judicial del Estado de Nayarit", "feminine"),
 O("Ruth Ibarra Sandoval", "f", "auditora superior del Estado", "Auditoría Superior del Estado de Nayarit", "parenthesis"),
 O("Celia Pérez Madrigal", "f", "contralora municipal de Tepic", A, "rare_title"),
 O("Octavio Lomelí Ruiz", "m", "presidente municipal", A, "no_comma"),
 O("Braulio Estrada Cueto", "m", "vicefiscal de Investigación", F, "rare_title"),
 O("Marisa Aguiar Delgado", "f", "regidora", A, "plural_list"),
 O("Esteban Parra Lamas", "m", "regidor", A, "plural_list"),
 O("Dalia Ríos Bañuelos", "f", "asesora jurídica", "Comisión Ejecutiva Estatal de Atención a Víctimas de Nayarit", "after_name"),
], [
 I(F),
 I("Fiscalía Especializada en Combate a la Corrupción de Nayarit", "Fiscalía Especializada en Combate a la Corrupción"),
 I(A),
 I("Poder Judicial del Estado de Nayarit", "Poder Judicial del Estado"),
 I("Auditoría Superior del Estado de Nayarit"),
 I("Tesorería Municipal de Tepic", "Tesorería Municipal"),
 I("Comisión Ejecutiva Estatal de Atención a Víctimas de Nayarit", "Comisión Ejecutiva Estatal de Atención a Víctimas"),
], [
 "Candelario Ibarra (calle con nombre de persona)",
 "Fermín Zepeda Acosta (presidente del Colegio de Contadores Públicos de Nayarit, asociación privada)",
])

# ---------- 17 Jalisco
bulletin("17", "SECRETARÍA DE SALUD JALISCO", "Coordinación de Comunicación Social", "Boletín 233/2026",
 "Jalisco refuerza vigilancia de sarampión en la zona metropolitana", "Guadalajara", "Jalisco", "6 de marzo de 2026", [
"La secretaria de Salud Paulina Gudiño Arias activó este viernes el cerco epidemiológico en la colonia Nicasio Robles, de Guadalajara, tras confirmarse dos casos de sarampión en menores sin esquema de vacunación, y anunció la aplicación de 40 mil dosis en la zona metropolitana.",
"Efrén Topete Lara, director del Hospital Civil Fray Tomás Alcalde, informó que ambos pacientes están estables y permanecen aislados en el área de infectología.",
"Las directoras de Salud de Guadalajara y Zapopan, Elisa Camarena Ruiz y Frida Ochoa Casillas, coordinarán 60 brigadas casa por casa en escuelas, mercados y centros comerciales.",
"La directora del Hospital de Pediatría del Centro Médico Nacional de Occidente del IMSS, Sonia Padilla Cervantes, precisó que el hospital reservó seis camas de aislamiento. Isaac Barba Medina, director del Laboratorio Estatal de Salud Pública, dijo que las muestras se procesan en 48 horas.",
"La rectora general de la Universidad de Guadalajara (UdeG), Mercedes Valle Aceves, puso a disposición a 500 estudiantes de medicina y enfermería. El Sistema DIF Zapopan vacunará a los menores de sus 30 estancias infantiles; la directora general del organismo, Citlali Ramos Íñiguez, dijo que la jornada iniciará el lunes.",
"El exsubsecretario de Prevención y Promoción de la Salud de la Secretaría de Salud federal Andrés Pelayo Vargas advirtió que la cobertura de vacunación en Jalisco cayó a 81 por ciento.",
"El presidente del Colegio de Pediatras de Jalisco, asociación privada, Óliver Garibay Núñez, pidió a madres y padres revisar las cartillas de sus hijos.",
])
gold("17", "Jalisco", [
 O("Paulina Gudiño Arias", "f", "secretaria de Salud", "Secretaría de Salud Jalisco", "no_comma"),
 O("Efrén Topete Lara", "m", "director", "Hospital Civil Fray Tomás Alcalde", "after_name"),
 O("Elisa Camarena Ruiz", "f", "directora de Salud de Guadalajara", "Ayuntamiento de Guadalajara", "plural_list"),
 O("Frida Ochoa Casillas", "f", "directora de Salud de Zapopan", "Ayuntamiento de Zapopan", "plural_list"),
 O("Sonia Padilla Cervantes", "f", "directora", "Hospital de Pediatría del Centro Médico Nacional de Occidente del IMSS", "nested_body"),
 O("Isaac Barba Medina", "m", "director", "Laboratorio Estatal de Salud Pública de Jalisco", "after_name"),
 O("Mercedes Valle Aceves", "f", "rectora general", "Universidad de Guadalajara", "rare_title"),
 O("Citlali Ramos Íñiguez", "f", "directora general del organismo", "Sistema para el Desarrollo Integral de la Familia de Zapopan", "description_only"),
 O("Andrés Pelayo Vargas", "m", "exsubsecretario de Prevención y Promoción de la Salud", "Secretaría de Salud del Gobierno de México", "former"),
], [
 I("Secretaría de Salud Jalisco"),
 I("Hospital Civil Fray Tomás Alcalde"),
 I("Ayuntamiento de Guadalajara"),
 I("Ayuntamiento de Zapopan"),
 I("Hospital de Pediatría del Centro Médico Nacional de Occidente del IMSS"),
 I("Centro Médico Nacional de Occidente del IMSS", "Centro Médico Nacional de Occidente"),
 I("Instituto Mexicano del Seguro Social", "IMSS"),
 I("Laboratorio Estatal de Salud Pública de Jalisco", "Laboratorio Estatal de Salud Pública"),
 I("Universidad de Guadalajara", "UdeG"),
 I("Sistema para el Desarrollo Integral de la Familia de Zapopan", "Sistema DIF Zapopan", "organismo"),
 I("Secretaría de Salud del Gobierno de México", "Secretaría de Salud federal"),
], [
 "Nicasio Robles (colonia con nombre de persona)",
 "Tomás Alcalde (nombre de persona dentro del nombre del hospital; 'Alcalde' no es cargo)",
 "Óliver Garibay Núñez (presidente del Colegio de Pediatras de Jalisco, asociación privada)",
])
