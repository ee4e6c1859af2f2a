from common import *

# ---------- 18 Guanajuato
bulletin("18", "GOBIERNO MUNICIPAL DE CELAYA", "Dirección de Comunicación Social", "Boletín 058/2026",
 "Celaya gradúa a 120 policías y estrena centro de mando", "Celaya", "Guanajuato", "7 de marzo de 2026", [
"La presidenta municipal de Celaya, Lizeth Ramírez Aguado, tomó protesta este sábado a 120 nuevos policías de la generación 2025-2026 y puso en marcha el Centro de Mando Municipal, ubicado sobre el bulevar Anacleto Ferro.",
"El comisario general Abraham Pineda Olalde, secretario de Seguridad Ciudadana, informó que con esta generación la corporación alcanza 1,050 elementos, la cifra más alta en una década. La directora de la Academia de Policía Comandante Eusebio Tovar, dependiente de la Secretaría de Seguridad Ciudadana, Ana Luisa Muñiz Ortega, detalló que los cadetes cursaron 972 horas de formación inicial.",
"El comandante del 18/o. Batallón de Infantería, coronel Ulises Navarrete Olmos, destacó que el Ejército Mexicano mantendrá los patrullajes conjuntos en las comunidades rurales. La fiscal regional Carolina Vega Arredondo, titular de la Fiscalía Regional C de la Fiscalía General del Estado, presentó el nuevo protocolo para el resguardo de escenas del crimen.",
"Los regidores Alicia Mendoza Prieto, Salvador Trejo Luna y Fátima Ledesma Cano, de la Comisión de Seguridad Pública del Ayuntamiento, aprobaron por unanimidad un bono de permanencia de 3 mil pesos mensuales. El oficial mayor —Emilio Cabrera Sotelo— precisó que el pago comenzará en abril.",
"La exsecretaria de Seguridad Pública de Guanajuato Leonor Villagómez Ruiz, invitada al acto, reconoció el esfuerzo municipal y pidió mantener los exámenes de control de confianza.",
"La presidenta de la Asociación de Colonos de Las Insurgentes, Maricela Ortiz Rangel, pidió que el nuevo centro de mando atienda los reportes de robo a casa habitación en menos de 15 minutos.",
])
A = "Ayuntamiento de Celaya"
gold("18", "Guanajuato", [
 O("Lizeth Ramírez Aguado", "f", "presidenta municipal de Celaya", A, "feminine"),
 O("Abraham Pineda Olalde", "m", "secretario de Seguridad Ciudadana", "Secretaría de Seguridad Ciudadana de Celaya", "after_name"),
 O("Ana Luisa Muñiz Ortega", "f", "directora", "Academia de Policía Comandante Eusebio Tovar", "nested_body"),
 O("Ulises Navarrete Olmos", "m", "comandante del 18/o. Batallón de Infantería", "18/o. Batallón de Infantería", "military_rank"),
 O("Carolina Vega Arredondo", "f", "fiscal regional", "Fiscalía Regional C de Guanajuato", "no_comma"),
 O("Alicia Mendoza Prieto", "f", "regidora", A, "plural_list"),
 O("Salvador Trejo Luna", "m", "regidor", A, "plural_list"),
 O("Fátima Ledesma Cano", "f", "regidora", A, "plural_list"),
 O("Emilio Cabrera Sotelo", "m", "oficial mayor", A, "parenthesis"),
 O("Leonor Villagómez Ruiz", "f", "exsecretaria de Seguridad Pública de Guanajuato", "Secretaría de Seguridad Pública de Guanajuato", "former"),
], [
 I(A, "Gobierno Municipal de Celaya", "Ayuntamiento"),
 I("Centro de Mando Municipal de Celaya", "Centro de Mando Municipal"),
 I("Secretaría de Seguridad Ciudadana de Celaya", "Secretaría de Seguridad Ciudadana"),
 I("Academia de Policía Comandante Eusebio Tovar"),
 I("18/o. Batallón de Infantería"),
 I("Ejército Mexicano"),
 I("Fiscalía Regional C de Guanajuato", "Fiscalía Regional C"),
 I("Fiscalía General del Estado de Guanajuato", "Fiscalía General del Estado"),
 I("Secretaría de Seguridad Pública de Guanajuato"),
], [
 "Anacleto Ferro (bulevar con nombre de persona)",
 "Eusebio Tovar (nombre de persona dentro del nombre de la academia; 'Comandante' no es cargo actual)",
 "Maricela Ortiz Rangel (presidenta de la Asociación de Colonos de Las Insurgentes, asociación vecinal privada)",
])

# ---------- 19 Aguascalientes
bulletin("19", "GOBIERNO DEL ESTADO DE AGUASCALIENTES", "Coordinación de Comunicación Social", "Boletín CCS-141/2026",
 "Abre sus puertas el segundo Centro de Justicia para las Mujeres", "Aguascalientes", "Aguascalientes", "8 de marzo de 2026", [
"En el marco del Día Internacional de la Mujer, el Gobierno del Estado inauguró este domingo el segundo Centro de Justicia para las Mujeres, ubicado en la avenida Rosalío Durán Tiscareño, al oriente de la capital.",
"La directora general del Centro de Justicia para las Mujeres del Estado, Montserrat Durón Esparza, explicó que el inmueble reúne en un solo lugar a ministerios públicos, juzgados, atención psicológica y una ludoteca, y que podrá atender a 80 mujeres por día.",
"La fiscal general del Estado, Renata Macías Romo, anunció que la Fiscalía asignará 14 agentes del Ministerio Público especializados en violencia familiar. La magistrada presidenta del Supremo Tribunal de Justicia del Estado, Jimena Correa Luévano, informó que dos juezas de control despacharán en el centro las órdenes de protección.",
"El Instituto Aguascalentense de las Mujeres, cuya directora, Dolores Serna Medina, coordinará los talleres de autonomía económica, destinará 6 millones de pesos a becas para las usuarias.",
"Las diputadas Irasema Femat Lozano, Cristina Chávez Ruvalcaba y Elvira Torres Jasso, integrantes de la Comisión de Igualdad de Género del Congreso del Estado, se comprometieron a etiquetar recursos para un tercer centro en Calvillo.",
"El presidente municipal de Aguascalientes, Mario Alberto Reynoso Pedroza, ofreció transporte gratuito hacia el centro; el edil dijo que las rutas se definirán en dos semanas. El secretario de Seguridad Pública del Estado, general Arnulfo Cervantes Peña, presentó 20 patrullas de la Policía Violeta.",
"La exmagistrada del Supremo Tribunal de Justicia Angélica Medina Romo, pionera en juicios de violencia familiar, recibió un reconocimiento.",
"La abogada Itzia Soto Lugo, de la Red de Abogadas por la Igualdad, asociación civil, y la investigadora Gloria Nava Ruiz, de la Universidad del Bajío Norte, institución privada, pidieron publicar cada trimestre las estadísticas del centro.",
])
C = "Congreso del Estado de Aguascalientes"; T = "Supremo Tribunal de Justicia del Estado de Aguascalientes"
gold("19", "Aguascalientes", [
 O("Montserrat Durón Esparza", "f", "directora general", "Centro de Justicia para las Mujeres del Estado de Aguascalientes", "apposition"),
 O("Renata Macías Romo", "f", "fiscal general del Estado", "Fiscalía General del Estado de Aguascalientes", "feminine"),
 O("Jimena Correa Luévano", "f", "magistrada presidenta", T, "feminine"),
 O("Dolores Serna Medina", "f", "directora", "Instituto Aguascalentense de las Mujeres", "cuyo_titular"),
 O("Irasema Femat Lozano", "f", "diputada", C, "plural_list"),
 O("Cristina Chávez Ruvalcaba", "f", "diputada", C, "plural_list"),
 O("Elvira Torres Jasso", "f", "diputada", C, "plural_list"),
 O("Mario Alberto Reynoso Pedroza", "m", "presidente municipal de Aguascalientes", "Ayuntamiento de Aguascalientes", "role_only_reference"),
 O("Arnulfo Cervantes Peña", "m", "secretario de Seguridad Pública", "Secretaría de Seguridad Pública de Aguascalientes", "military_rank"),
 O("Angélica Medina Romo", "f", "exmagistrada del Supremo Tribunal de Justicia", T, "former"),
], [
 I("Gobierno del Estado de Aguascalientes", "Gobierno del Estado"),
 I("Centro de Justicia para las Mujeres del Estado de Aguascalientes", "Centro de Justicia para las Mujeres del Estado", "Centro de Justicia para las Mujeres"),
 I("Fiscalía General del Estado de Aguascalientes", "Fiscalía"),
 I(T, "Supremo Tribunal de Justicia del Estado", "Supremo Tribunal de Justicia"),
 I("Instituto Aguascalentense de las Mujeres"),
 I(C, "Congreso del Estado"),
 I("Ayuntamiento de Aguascalientes"),
 I("Secretaría de Seguridad Pública de Aguascalientes", "Secretaría de Seguridad Pública del Estado"),
 I("Policía Violeta de Aguascalientes", "Policía Violeta"),
], [
 "Rosalío Durán Tiscareño (avenida con nombre de persona)",
 "Itzia Soto Lugo (abogada de la Red de Abogadas por la Igualdad, asociación civil)",
 "Gloria Nava Ruiz (investigadora de la Universidad del Bajío Norte, universidad privada)",
])

# ---------- 20 Querétaro
bulletin("20", "COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL DE QUERÉTARO", "Área de Comunicación Social", "Comunicado 019/2026",
 "Realizan simulacro hospitalario simultáneo en Querétaro y San Juan del Río", "Querétaro", "Querétaro", "3 de marzo de 2026", [
"Más de 2 mil personas participaron este martes en el primer simulacro hospitalario simultáneo del año, con hipótesis de sismo de magnitud 7.1, en hospitales de Querétaro y San Juan del Río.",
"Tobías Reséndiz Olvera, coordinador estatal de Protección Civil, informó que el tiempo promedio de evacuación fue de 3 minutos con 40 segundos. La secretaria de Salud del Estado, Ivette Montes Rubio, supervisó la evacuación de pacientes de terapia intensiva; Montes Rubio adelantó que en mayo se repetirá el ejercicio en el turno nocturno.",
"Los directores del Hospital General de Querétaro y del Hospital General de San Juan del Río, Bernardo Luna Feregrino y Minerva Trejo Ugalde, reportaron que ningún paciente resultó lesionado durante el traslado a las áreas de resguardo.",
"El superintendente de la Zona Querétaro de la Comisión Federal de Electricidad (CFE), Ezequiel Mendoza Bárcenas, verificó el arranque de las plantas de emergencia. La Comisión Estatal de Aguas (CEA) garantizó el abasto con pipas; el director general del organismo, Benjamín Zúñiga Montes, dijo que ningún hospital quedó sin agua.",
"La directora de la Facultad de Enfermería de la Universidad Autónoma de Querétaro (UAQ), Rosario Hernández Pérez, coordinó a 300 estudiantes que actuaron como pacientes. En San Juan del Río, la coordinadora municipal de Protección Civil, Cinthia Arteaga Nieves, cerró la avenida Gregorio Tenorio Luna para el paso de ambulancias.",
"El comandante de la 17/a. Zona Militar, general Fausto Ledezma Barrera, activó el Plan DN-III-E con 80 elementos del Ejército Mexicano. La exdirectora del Hospital General de Querétaro Eugenia Prado Rico, que diseñó el primer protocolo en 2017, fungió como observadora.",
"El presidente del consejo local de la Cruz Roja Mexicana, institución privada de asistencia, Valentín Uribe Sosa, destacó la coordinación con las ambulancias públicas.",
])
H = "Hospital General de Querétaro"
gold("20", "Querétaro", [
 O("Tobías Reséndiz Olvera", "m", "coordinador estatal de Protección Civil", "Coordinación Estatal de Protección Civil de Querétaro", "after_name"),
 O("Ivette Montes Rubio", "f", "secretaria de Salud del Estado", "Secretaría de Salud de Querétaro", "surname_only_later"),
 O("Bernardo Luna Feregrino", "m", "director del Hospital General de Querétaro", H, "plural_list"),
 O("Minerva Trejo Ugalde", "f", "directora del Hospital General de San Juan del Río", "Hospital General de San Juan del Río", "plural_list"),
 O("Ezequiel Mendoza Bárcenas", "m", "superintendente", "Zona Querétaro de la CFE", "rare_title"),
 O("Benjamín Zúñiga Montes", "m", "director general del organismo", "Comisión Estatal de Aguas de Querétaro", "description_only"),
 O("Rosario Hernández Pérez", "f", "directora de la Facultad de Enfermería", "Facultad de Enfermería de la UAQ", "nested_body"),
 O("Cinthia Arteaga Nieves", "f", "coordinadora municipal de Protección Civil", "Ayuntamiento de San Juan del Río", "rare_title"),
 O("Fausto Ledezma Barrera", "m", "comandante de la 17/a. Zona Militar", "17/a. Zona Militar", "military_rank"),
 O("Eugenia Prado Rico", "f", "exdirectora del Hospital General de Querétaro", H, "former"),
], [
 I("Coordinación Estatal de Protección Civil de Querétaro"),
 I("Secretaría de Salud de Querétaro", "Secretaría de Salud del Estado"),
 I(H),
 I("Hospital General de San Juan del Río"),
 I("Zona Querétaro de la CFE", "Zona Querétaro"),
 I("Comisión Federal de Electricidad", "CFE"),
 I("Comisión Estatal de Aguas de Querétaro", "Comisión Estatal de Aguas", "CEA", "organismo"),
 I("Facultad de Enfermería de la UAQ", "Facultad de Enfermería"),
 I("Universidad Autónoma de Querétaro", "UAQ"),
 I("Ayuntamiento de San Juan del Río"),
 I("17/a. Zona Militar"),
 I("Ejército Mexicano"),
], [
 "Gregorio Tenorio Luna (avenida con nombre de persona)",
 "Valentín Uribe Sosa (presidente del consejo local de la Cruz Roja Mexicana, institución privada de asistencia)",
])
