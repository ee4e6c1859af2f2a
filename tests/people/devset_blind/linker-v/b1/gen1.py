from common import *

# ---------- 01 Chihuahua (Jekyll)
jekyll("01", "Regidores de Juárez exigen informe tras ataque frente a clínica", "2026-03-02",
       "Redacción Norte", ["seguridad", "juarez"], [
"Ciudad Juárez, Chihuahua.— Los regidores Mayra Aguirre Loya, Fernando Quiñones Baca y Daniela Holguín Terrazas, integrantes de la Comisión de Seguridad del Ayuntamiento de Juárez, exigieron este lunes un informe detallado sobre el ataque armado ocurrido el sábado frente a una clínica particular de la colonia Anselmo Treviño.",
"Durante la sesión extraordinaria, la fiscal de Distrito Zona Norte, Lorena Chavira Olivas, informó que hay dos personas detenidas y que la Fiscalía General del Estado mantiene abiertas tres carpetas de investigación. Chavira Olivas pidió no difundir versiones sin confirmar sobre las víctimas.",
"El comandante de la Guarnición Militar de Ciudad Juárez, general de brigada Arturo Benavides Corral, ofreció reforzar los recorridos con elementos del Ejército Mexicano y de la Guardia Nacional en los accesos a hospitales y clínicas.",
"César Domínguez Rentería, titular de la Secretaría de Seguridad Pública Municipal, reconoció que la corporación tiene 300 plazas vacantes y que la academia de policía apenas gradúa a 60 cadetes por semestre.",
"En el Hospital General de Ciudad Juárez, su directora, la doctora Silvia Portillo Anchondo, explicó que el área de urgencias atendió a cuatro heridos, dos de ellos en estado grave. La titular de la Oficina de Representación del IMSS en Chihuahua, Alma Rosa Villalobos Ochoa, precisó que el Instituto Mexicano del Seguro Social recibió a otros dos lesionados en su hospital de especialidades.",
"La síndica municipal, Patricia Carrasco Ruelas, anunció que revisará los contratos de videovigilancia firmados en 2025, pues varias cámaras de la zona no funcionaban la noche del ataque.",
"Fuera del recinto, el presidente de la Cámara Nacional de Comercio en Juárez, Rubén Terrazas Lugo, pidió a las autoridades “resultados y no diagnósticos”, mientras que la activista Yadira Cisneros Prieto, del colectivo Madres en Búsqueda, entregó un pliego petitorio a los ediles.",
"La Comisión de Seguridad volverá a sesionar el próximo jueves con la presencia de la Fiscalía General del Estado y de los mandos militares de la plaza.",
])
A = "Ayuntamiento de Juárez"
gold("01", "Chihuahua", [
 O("Mayra Aguirre Loya", "f", "regidora", A, "plural_list"),
 O("Fernando Quiñones Baca", "m", "regidor", A, "plural_list"),
 O("Daniela Holguín Terrazas", "f", "regidora", A, "plural_list"),
 O("Lorena Chavira Olivas", "f", "fiscal de Distrito Zona Norte", "Fiscalía de Distrito Zona Norte", "surname_only_later"),
 O("Arturo Benavides Corral", "m", "comandante de la Guarnición Militar de Ciudad Juárez", "Guarnición Militar de Ciudad Juárez", "military_rank"),
 O("César Domínguez Rentería", "m", "titular de la Secretaría de Seguridad Pública Municipal", "Secretaría de Seguridad Pública Municipal de Juárez", "after_name"),
 O("Silvia Portillo Anchondo", "f", "directora", "Hospital General de Ciudad Juárez", "other"),
 O("Alma Rosa Villalobos Ochoa", "f", "titular", "Oficina de Representación del IMSS en Chihuahua", "apposition"),
 O("Patricia Carrasco Ruelas", "f", "síndica municipal", A, "rare_title"),
], [
 I(A, "Ayuntamiento"),
 I("Fiscalía de Distrito Zona Norte"),
 I("Fiscalía General del Estado de Chihuahua", "Fiscalía General del Estado"),
 I("Guarnición Militar de Ciudad Juárez"),
 I("Ejército Mexicano"),
 I("Guardia Nacional"),
 I("Secretaría de Seguridad Pública Municipal de Juárez", "Secretaría de Seguridad Pública Municipal"),
 I("Hospital General de Ciudad Juárez"),
 I("Oficina de Representación del IMSS en Chihuahua"),
 I("Instituto Mexicano del Seguro Social", "IMSS"),
], [
 "Anselmo Treviño (colonia con nombre de persona)",
 "Rubén Terrazas Lugo (presidente de la Cámara Nacional de Comercio en Juárez, cámara empresarial privada)",
 "Yadira Cisneros Prieto (activista del colectivo Madres en Búsqueda)",
])

# ---------- 02 Sonora (Jekyll)
jekyll("02", "Sonora declara alerta por dengue; hospitales de Hermosillo, al límite", "2026-03-03",
       "Lucía Bracamontes", ["salud", "sonora"], [
"Hermosillo, Sonora.— La secretaria de Salud del Gobierno de Sonora, Marisela Encinas Valenzuela, declaró este martes la alerta epidemiológica por dengue en nueve municipios, luego de que se confirmaran 412 casos en lo que va del año, el doble que en el mismo periodo de 2025.",
"Acompañada por el coordinador de la Jurisdicción Sanitaria I, Tomás Ibarra Moreno, la funcionaria explicó que la Secretaría de Salud destinará 40 brigadas de nebulización a las colonias del norte de la capital, en especial a la colonia Leocadio Salcido, donde se concentra un tercio de los contagios.",
"En el Hospital General del Estado de Sonora, cuya directora médica, Claudia Yépiz Romo, reconoció que las camas de medicina interna están ocupadas al 94 por ciento, se habilitó un área de hidratación en el estacionamiento. La directora del Hospital Infantil del Estado de Sonora, Guadalupe Arvizu Durazo, pidió a madres y padres acudir a consulta ante fiebre alta y dolor abdominal.",
"Rocío Galaz Urquijo (subdelegada médica del ISSSTE en Sonora) informó que la Clínica Hospital del ISSSTE en Hermosillo suspendió las cirugías programadas durante dos semanas para liberar camas.",
"El exsecretario de Salud de Sonora Ernesto Munguía Lizárraga, hoy consultor privado, advirtió que el pico de contagios podría llegar en abril si no se eliminan los criaderos en patios y azoteas.",
"En el Congreso del Estado, la presidenta de la Comisión de Salud, la diputada Ana Karen Valenzuela Ruiz, presentó un punto de acuerdo para ampliar el presupuesto de control de vectores. El alcalde de Hermosillo Ricardo Moreno Félix ordenó la limpieza de 120 lotes baldíos, tarea que supervisará la coordinadora municipal de Protección Civil, Brenda Ochoa Peralta.",
"El presidente de la Unión de Padres de Familia de Sonora, Francisco Javier Bórquez Leyva, solicitó suspender las actividades al aire libre en las escuelas, mientras que la investigadora Itzel Noriega Castro, de la Universidad del Desierto, una institución privada, recomendó repartir repelente entre los alumnos.",
])
gold("02", "Sonora", [
 O("Marisela Encinas Valenzuela", "f", "secretaria de Salud", "Secretaría de Salud de Sonora", "apposition"),
 O("Tomás Ibarra Moreno", "m", "coordinador de la Jurisdicción Sanitaria I", "Jurisdicción Sanitaria I de Sonora", "rare_title"),
 O("Claudia Yépiz Romo", "f", "directora médica", "Hospital General del Estado de Sonora", "cuyo_titular"),
 O("Guadalupe Arvizu Durazo", "f", "directora", "Hospital Infantil del Estado de Sonora", "feminine"),
 O("Rocío Galaz Urquijo", "f", "subdelegada médica del ISSSTE en Sonora", "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado", "parenthesis"),
 O("Ernesto Munguía Lizárraga", "m", "exsecretario de Salud de Sonora", "Secretaría de Salud de Sonora", "former"),
 O("Ana Karen Valenzuela Ruiz", "f", "presidenta de la Comisión de Salud", "Congreso del Estado de Sonora", "feminine"),
 O("Ricardo Moreno Félix", "m", "alcalde de Hermosillo", "Ayuntamiento de Hermosillo", "no_comma"),
 O("Brenda Ochoa Peralta", "f", "coordinadora municipal de Protección Civil", "Ayuntamiento de Hermosillo", "rare_title"),
], [
 I("Gobierno del Estado de Sonora", "Gobierno de Sonora"),
 I("Secretaría de Salud de Sonora", "Secretaría de Salud"),
 I("Jurisdicción Sanitaria I de Sonora", "Jurisdicción Sanitaria I"),
 I("Hospital General del Estado de Sonora"),
 I("Hospital Infantil del Estado de Sonora"),
 I("Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado", "ISSSTE"),
 I("Clínica Hospital del ISSSTE en Hermosillo"),
 I("Congreso del Estado de Sonora", "Congreso del Estado"),
 I("Ayuntamiento de Hermosillo"),
], [
 "Leocadio Salcido (colonia con nombre de persona)",
 "Francisco Javier Bórquez Leyva (presidente de la Unión de Padres de Familia de Sonora, organización privada)",
 "Itzel Noriega Castro (investigadora de la Universidad del Desierto, universidad privada)",
])

# ---------- 03 Baja California (Jekyll)
jekyll("03", "Tribunal de Baja California abre salas de oralidad familiar en Tijuana", "2026-03-04",
       "Redacción Frontera", ["justicia", "tijuana"], [
"Tijuana, Baja California.— La magistrada presidenta del Tribunal Superior de Justicia del Estado, Adriana Beltrán Osuna, inauguró este miércoles cuatro salas de oralidad familiar en el edificio judicial del bulevar Everardo Rubalcava, obra que costó 38 millones de pesos aportados por el Gobierno del Estado.",
"Los magistrados Rosa Elena Camacho Ibarra, Joaquín Velarde Soto y Leticia Ramos Alcalde, integrantes de la Sala Familiar, explicaron que las audiencias de pensión alimenticia se resolverán en un plazo máximo de 90 días.",
"La titular del Juzgado Primero de lo Familiar de Tijuana, la jueza Mónica Lizárraga Peña, detalló que su juzgado acumula 2 mil 300 expedientes en trámite, la mitad relacionados con violencia familiar. A su vez, la consejera de la Judicatura Karina Osuna Meléndez anunció la contratación de 18 secretarios de acuerdos.",
"La Fiscalía Regional de Tijuana, dependiente de la Fiscalía General del Estado, cuyo titular, Omar Cázares Villa, asistió al acto, firmó un convenio con el Poder Judicial para enviar por vía electrónica las órdenes de protección. La directora del Instituto de la Defensoría Pública del Estado, Yesenia Torres Gallardo, pidió más plazas de defensores, pues cada uno lleva en promedio 140 asuntos.",
"Silvia Amaya Corona, procuradora de Protección de Niñas, Niños y Adolescentes del Sistema DIF de Baja California, señaló que las nuevas salas contarán con espacios de escucha para menores.",
"El expresidente del Tribunal Superior de Justicia Gilberto Rubio Castañeda, presente como invitado, celebró la obra, aunque recordó que el proyecto se aprobó hace seis años.",
"La presidenta del Colegio de Abogados de Tijuana, Nora Elizalde Fimbres, calificó el avance como “insuficiente” y pidió audiencias en horario nocturno para las madres trabajadoras.",
])
T = "Tribunal Superior de Justicia del Estado de Baja California"
gold("03", "Baja California", [
 O("Adriana Beltrán Osuna", "f", "magistrada presidenta", T, "feminine"),
 O("Rosa Elena Camacho Ibarra", "f", "magistrada", T, "plural_list"),
 O("Joaquín Velarde Soto", "m", "magistrado", T, "plural_list"),
 O("Leticia Ramos Alcalde", "f", "magistrada", T, "plural_list"),
 O("Mónica Lizárraga Peña", "f", "jueza", "Juzgado Primero de lo Familiar de Tijuana", "feminine"),
 O("Karina Osuna Meléndez", "f", "consejera de la Judicatura", "Consejo de la Judicatura del Estado de Baja California", "no_comma"),
 O("Omar Cázares Villa", "m", "titular", "Fiscalía Regional de Tijuana", "cuyo_titular"),
 O("Yesenia Torres Gallardo", "f", "directora", "Instituto de la Defensoría Pública de Baja California", "feminine"),
 O("Silvia Amaya Corona", "f", "procuradora de Protección de Niñas, Niños y Adolescentes", "Sistema para el Desarrollo Integral de la Familia de Baja California", "after_name"),
 O("Gilberto Rubio Castañeda", "m", "expresidente del Tribunal Superior de Justicia", T, "former"),
], [
 I(T, "Tribunal Superior de Justicia del Estado", "Tribunal Superior de Justicia"),
 I("Poder Judicial del Estado de Baja California", "Poder Judicial"),
 I("Gobierno del Estado de Baja California", "Gobierno del Estado"),
 I("Juzgado Primero de lo Familiar de Tijuana"),
 I("Consejo de la Judicatura del Estado de Baja California", "Judicatura"),
 I("Fiscalía Regional de Tijuana"),
 I("Fiscalía General del Estado de Baja California", "Fiscalía General del Estado"),
 I("Instituto de la Defensoría Pública de Baja California", "Instituto de la Defensoría Pública del Estado"),
 I("Sistema para el Desarrollo Integral de la Familia de Baja California", "Sistema DIF de Baja California"),
], [
 "Everardo Rubalcava (bulevar con nombre de persona)",
 "Alcalde (apellido de la magistrada Leticia Ramos Alcalde, no es un cargo)",
 "Nora Elizalde Fimbres (presidenta del Colegio de Abogados de Tijuana, asociación privada)",
])

# ---------- 04 Tamaulipas (Jekyll)
jekyll("04", "Fuga en ducto de Pemex obliga a evacuar colonias de Reynosa", "2026-03-05",
       "Redacción Golfo", ["seguridad", "reynosa"], [
"Reynosa, Tamaulipas.— Unas 600 familias de las colonias Lomas del Real y Ampliación Rodolfo Garza Villegas fueron evacuadas la madrugada de este jueves por una fuga de gas en un ducto de Petróleos Mexicanos (Pemex) que cruza la zona oriente de la ciudad.",
"El superintendente del Activo Integral Burgos de Pemex, el ingeniero Jaime Salazar Montemayor, informó que la válvula de seccionamiento se cerró a las 4:10 horas y que la petrolera revisará 12 kilómetros de tubería.",
"La Coordinación Estatal de Protección Civil, cuya titular, Diana Leal Cavazos, encabezó el operativo, mantuvo un perímetro de 800 metros durante seis horas. La presidenta municipal de Reynosa, Elvia Garza Treviño, dispuso tres albergues en escuelas primarias; por la tarde, la alcaldesa anunció que el Ayuntamiento cubrirá los gastos de las familias que no puedan volver a sus casas.",
"Óscar Villarreal Elizondo, gerente divisional de la Comisión Federal de Electricidad (CFE) en la División Golfo Norte, explicó que se cortó el suministro eléctrico a 3 mil usuarios como medida preventiva.",
"En el Hospital General Dr. Alfonso Lozano Cárdenas fueron atendidas 14 personas por intoxicación leve, informó su directora, Ivonne Cantú Salinas. El coordinador estatal de la Guardia Nacional, general Marco Antonio Rangel Ortiz, desplegó 90 elementos para evitar robos en las viviendas desalojadas.",
"Las diputadas locales Sandra Luz Olvera Chapa y Griselda Medina Ríos, de la Comisión de Energía del Congreso del Estado, pidieron que el superintendente comparezca ante el pleno.",
"El exalcalde de Reynosa Luis Fernando Peña Gómez acusó a la empresa productiva del Estado de falta de mantenimiento, y el presidente de la Coparmex Reynosa, Alberto Hinojosa Lara, estimó pérdidas de 20 millones de pesos para los comercios cercanos.",
])
A = "Ayuntamiento de Reynosa"
gold("04", "Tamaulipas", [
 O("Jaime Salazar Montemayor", "m", "superintendente del Activo Integral Burgos", "Activo Integral Burgos de Pemex", "rare_title"),
 O("Diana Leal Cavazos", "f", "titular", "Coordinación Estatal de Protección Civil de Tamaulipas", "cuyo_titular"),
 O("Elvia Garza Treviño", "f", "presidenta municipal de Reynosa", A, "role_only_reference"),
 O("Óscar Villarreal Elizondo", "m", "gerente divisional", "División Golfo Norte de la CFE", "after_name"),
 O("Ivonne Cantú Salinas", "f", "directora", "Hospital General Dr. Alfonso Lozano Cárdenas de Reynosa", "other"),
 O("Marco Antonio Rangel Ortiz", "m", "coordinador estatal de la Guardia Nacional", "Guardia Nacional", "military_rank"),
 O("Sandra Luz Olvera Chapa", "f", "diputada local", "Congreso del Estado de Tamaulipas", "plural_list"),
 O("Griselda Medina Ríos", "f", "diputada local", "Congreso del Estado de Tamaulipas", "plural_list"),
 O("Luis Fernando Peña Gómez", "m", "exalcalde de Reynosa", A, "former"),
], [
 I("Petróleos Mexicanos", "Pemex", "petrolera", "empresa productiva del Estado"),
 I("Activo Integral Burgos de Pemex", "Activo Integral Burgos"),
 I("Coordinación Estatal de Protección Civil de Tamaulipas", "Coordinación Estatal de Protección Civil"),
 I(A, "Ayuntamiento"),
 I("Comisión Federal de Electricidad", "CFE"),
 I("División Golfo Norte de la CFE", "División Golfo Norte"),
 I("Hospital General Dr. Alfonso Lozano Cárdenas de Reynosa", "Hospital General Dr. Alfonso Lozano Cárdenas"),
 I("Guardia Nacional"),
 I("Congreso del Estado de Tamaulipas", "Congreso del Estado"),
], [
 "Rodolfo Garza Villegas (colonia con nombre de persona)",
 "Alfonso Lozano Cárdenas (nombre de persona dentro del nombre del hospital)",
 "Alberto Hinojosa Lara (presidente de la Coparmex Reynosa, organismo empresarial privado)",
])

# ---------- 05 Veracruz (Jekyll)
jekyll("05", "Coatzacoalcos instala mesa regional de seguridad con la Marina", "2026-03-06",
       "Redacción Sur", ["seguridad", "veracruz"], [
"Coatzacoalcos, Veracruz.— El comandante de la Tercera Zona Naval, vicealmirante Rogelio Cházaro Ortega, encabezó este viernes la instalación de la Mesa Regional de Construcción de Paz del sur de Veracruz, con la que la Secretaría de Marina asumirá la coordinación operativa en cinco municipios.",
"Los titulares de Seguridad Pública y de Salud del Gobierno del Estado, Leonel Hernández Cobos y Estela Pavón Aguirre, viajaron desde Xalapa para la reunión, celebrada en el edificio del Ayuntamiento sobre la avenida Ignacio Pérez Alcalá.",
"Nayeli Chagra Domínguez —fiscal regional de la Zona Sur de la Fiscalía General del Estado— reportó 11 denuncias por extorsión en febrero, cuatro menos que en enero, y pidió a los comerciantes no pagar cuotas.",
"La alcaldesa de Coatzacoalcos, Norma Ríos Cadena, solicitó que la Marina vigile los accesos a la zona industrial; la edil también pidió patrullas para las colonias de la periferia.",
"La subgerente de Protección Ambiental de la petrolera, Irma Valdivia Luna, confirmó que Petróleos Mexicanos (Pemex) aportará vehículos y cámaras para el nuevo centro de mando regional.",
"El titular de la Jefatura de Servicios de Prestaciones Médicas del IMSS en Veracruz Sur, Gustavo Lara Prieto, ofreció capacitar al personal de urgencias en atención a víctimas de violencia.",
"La contralora municipal, Alejandra Fentanes Ruiz, se comprometió a publicar cada mes el gasto de la mesa, y la visitadora regional de la Comisión Estatal de Derechos Humanos, Roxana Jiménez Pulido, pidió protocolos para las revisiones en carretera.",
"Al encuentro asistió el presidente del Consejo Coordinador Empresarial del Sur de Veracruz, Humberto Ferrer Lagunes, quien pidió que la mesa también atienda el robo a transporte de carga en la autopista.",
])
A = "Ayuntamiento de Coatzacoalcos"
gold("05", "Veracruz", [
 O("Rogelio Cházaro Ortega", "m", "comandante de la Tercera Zona Naval", "Tercera Zona Naval", "military_rank"),
 O("Leonel Hernández Cobos", "m", "titular de Seguridad Pública", "Secretaría de Seguridad Pública de Veracruz", "plural_list"),
 O("Estela Pavón Aguirre", "f", "titular de Salud", "Secretaría de Salud de Veracruz", "plural_list"),
 O("Nayeli Chagra Domínguez", "f", "fiscal regional de la Zona Sur", "Fiscalía Regional Zona Sur de Veracruz", "parenthesis"),
 O("Norma Ríos Cadena", "f", "alcaldesa de Coatzacoalcos", A, "role_only_reference"),
 O("Irma Valdivia Luna", "f", "subgerente de Protección Ambiental", "Petróleos Mexicanos", "description_only"),
 O("Gustavo Lara Prieto", "m", "titular de la Jefatura de Servicios de Prestaciones Médicas", "Jefatura de Servicios de Prestaciones Médicas del IMSS en Veracruz Sur", "nested_body"),
 O("Alejandra Fentanes Ruiz", "f", "contralora municipal", A, "rare_title"),
 O("Roxana Jiménez Pulido", "f", "visitadora regional", "Comisión Estatal de Derechos Humanos de Veracruz", "rare_title"),
], [
 I("Tercera Zona Naval"),
 I("Secretaría de Marina", "Marina"),
 I("Gobierno del Estado de Veracruz", "Gobierno del Estado"),
 I("Secretaría de Seguridad Pública de Veracruz"),
 I("Secretaría de Salud de Veracruz"),
 I(A, "Ayuntamiento"),
 I("Fiscalía Regional Zona Sur de Veracruz", "Zona Sur de la Fiscalía General del Estado"),
 I("Fiscalía General del Estado de Veracruz", "Fiscalía General del Estado"),
 I("Petróleos Mexicanos", "Pemex", "petrolera"),
 I("Jefatura de Servicios de Prestaciones Médicas del IMSS en Veracruz Sur"),
 I("Instituto Mexicano del Seguro Social", "IMSS"),
 I("Comisión Estatal de Derechos Humanos de Veracruz", "Comisión Estatal de Derechos Humanos"),
], [
 "Ignacio Pérez Alcalá (avenida con nombre de persona)",
 "Humberto Ferrer Lagunes (presidente del Consejo Coordinador Empresarial del Sur de Veracruz, organismo empresarial privado)",
])
