from common import emit
# 05 Jalisco
emit("05","jekyll","Zapopan y Tlaquepaque piden al Congreso de Jalisco más recursos para seguridad","2024-12-13 09:20:00 -0600","Andrea Gudiño",None,"Jalisco","""
Guadalajara, Jalisco.- Los presidentes municipales de Zapopan, Tlaquepaque y Tonalá, Lorena Arriaga Padilla, Citlali Barba Orozco y Héctor Macías Lomelí, comparecieron ante la Comisión de Hacienda y Presupuesto del Congreso del Estado de Jalisco para pedir un fondo metropolitano de seguridad de mil millones de pesos.

La presidenta de la comisión, la diputada Rosa Elena Pérez Topete, dijo que el dictamen del presupuesto estatal se votará el 20 de diciembre. Arriaga Padilla pidió además que el Gobierno del Estado de Jalisco transfiera patrullas a la Comisaría de Seguridad Pública de Zapopan.

Fernanda Cortés Urzúa, comisaria de Seguridad Pública de Zapopan, expuso que la corporación tiene un déficit de 600 elementos. El comandante de la 15 Zona Militar, general Raúl Benavides Ochoa, confirmó que el Ejército Mexicano mantendrá el despliegue de la Guardia Nacional en el corredor de López Mateos.

La Secretaría de la Hacienda Pública de Jalisco, cuya titular, Mónica Villaseñor Garibay, envió una tarjeta informativa, advirtió que las participaciones federales caerán 3 por ciento. La titular de la dependencia recordó que el estado ya absorbió el costo de la nómina policial de 2024.

La exalcaldesa de Tonalá Judith Ramírez Cuevas, ahora asesora en el Congreso, pidió "no repetir el error de prometer sin fondos".

El presidente del Consejo de Cámaras Industriales de Jalisco, Alfonso Sánchez Garibi, respaldó la petición, mientras que el investigador Luis Mendoza Aldana, del ITESO, advirtió que los fondos anteriores se usaron en compras de vehículos sin evaluación.

La sesión se realizó en el recinto de la avenida Hidalgo, donde trabajadores del Sistema para el Desarrollo Integral de la Familia de Jalisco protestaron por aumentos salariales.

Los tres alcaldes acordaron volver a reunirse con la comisión el martes, antes de que el pleno discuta el paquete fiscal. La Secretaría de la Defensa Nacional no ha informado si enviará elementos adicionales a la zona metropolitana durante las fiestas decembrinas.
""",[
("Lorena Arriaga Padilla","f","presidenta municipal de Zapopan","Ayuntamiento de Zapopan",False,"plural_list"),
("Citlali Barba Orozco","f","presidenta municipal de Tlaquepaque","Ayuntamiento de Tlaquepaque",False,"plural_list"),
("Héctor Macías Lomelí","m","presidente municipal de Tonalá","Ayuntamiento de Tonalá",False,"plural_list"),
("Rosa Elena Pérez Topete","f","presidenta de la comisión","Congreso del Estado de Jalisco",False,"feminine"),
("Fernanda Cortés Urzúa","f","comisaria de Seguridad Pública de Zapopan","Comisaría de Seguridad Pública de Zapopan",False,"after_name"),
("Raúl Benavides Ochoa","m","comandante de la 15 Zona Militar","15 Zona Militar",False,"military_rank"),
("Mónica Villaseñor Garibay","f","titular","Secretaría de la Hacienda Pública de Jalisco",False,"cuyo_titular"),
("Judith Ramírez Cuevas","f","exalcaldesa de Tonalá","Ayuntamiento de Tonalá",True,"former"),
],[
("Ayuntamiento de Zapopan",[]),
("Ayuntamiento de Tlaquepaque",[]),
("Ayuntamiento de Tonalá",[]),
("Congreso del Estado de Jalisco",["Congreso"]),
("Gobierno del Estado de Jalisco",[]),
("Comisaría de Seguridad Pública de Zapopan",["corporación"]),
("15 Zona Militar",[]),
("Ejército Mexicano",[]),
("Guardia Nacional",[]),
("Secretaría de la Hacienda Pública de Jalisco",["dependencia"]),
("Sistema para el Desarrollo Integral de la Familia de Jalisco",[]),
("Secretaría de la Defensa Nacional",[]),
],["Alfonso Sánchez Garibi (presidente del Consejo de Cámaras Industriales, organismo privado)",
"Luis Mendoza Aldana (investigador de universidad privada)",
"ITESO (universidad privada)",
"López Mateos (nombre de avenida)"])

# 06 Michoacán
emit("06","jekyll","Renuncia tesorera de Uruapan; Congreso de Michoacán cita a comparecer a la auditora","2024-12-12 21:10:00 -0600","Ricardo Tapia",None,"Michoacán","""
Morelia, Michoacán.- La tesorera municipal de Uruapan, Gabriela Solórzano Mújica, presentó su renuncia este jueves, tres días después de que la Auditoría Superior de Michoacán detectara pagos sin comprobar por 62 millones de pesos en el Ayuntamiento de Uruapan.

El presidente municipal Arturo Magaña Villicaña aceptó la dimisión y designó como encargado de despacho a Julio César Ayala Pulido. Magaña negó que la salida esté ligada a la auditoría.

La auditora superior de Michoacán, Lucía Anguiano Pedraza, será citada a comparecer ante la Comisión Inspectora de la Auditoría Superior del Congreso del Estado de Michoacán, cuya presidenta, Xóchitl Campos Guzmán, consideró "grave" el hallazgo. La auditora confirmó que el expediente fue turnado a la Fiscalía Especializada en Combate a la Corrupción de Michoacán, que encabeza Mario Pantoja Robles.

La exalcaldesa de Tacámbaro y actual regidora de oposición en Uruapan, Gloria Méndez Ortiz, acusó que el cabildo aprobó los pagos "a ciegas".

En la sesión del Congreso, los diputados Salvador Rauda Nieves y Amalia Huerta Bucio, integrantes de la Comisión de Hacienda, pidieron suspender las participaciones extraordinarias al municipio mientras se aclaran las cuentas.

La Universidad Michoacana de San Nicolás de Hidalgo ofreció a través de su Facultad de Contaduría un diplomado para funcionarios municipales. El presidente del Colegio de Contadores Públicos de Uruapan, Isidro Tesorero Barriga, se ofreció a revisar la información "de manera independiente", y la activista Elvira Patiño Chávez pidió que los pagos se expongan en la plaza de Los Mártires de Uruapan.

El Ayuntamiento de Uruapan tiene 15 días para presentar la documentación. El encargado de despacho se reunirá el lunes con personal de la Auditoría Superior para revisar las pólizas.
""",[
("Gabriela Solórzano Mújica","f","tesorera municipal de Uruapan","Ayuntamiento de Uruapan",False,"apposition"),
("Arturo Magaña Villicaña","m","presidente municipal","Ayuntamiento de Uruapan",False,"no_comma"),
("Julio César Ayala Pulido","m","encargado de despacho","Ayuntamiento de Uruapan",False,"other"),
("Lucía Anguiano Pedraza","f","auditora superior de Michoacán","Auditoría Superior de Michoacán",False,"role_only_reference"),
("Xóchitl Campos Guzmán","f","presidenta de la Comisión Inspectora de la Auditoría Superior","Congreso del Estado de Michoacán",False,"cuyo_titular"),
("Mario Pantoja Robles","m","encabeza","Fiscalía Especializada en Combate a la Corrupción de Michoacán",False,"after_name"),
("Gloria Méndez Ortiz","f","exalcaldesa de Tacámbaro","Ayuntamiento de Tacámbaro",True,"former"),
("Salvador Rauda Nieves","m","diputado","Congreso del Estado de Michoacán",False,"plural_list"),
("Amalia Huerta Bucio","f","diputada","Congreso del Estado de Michoacán",False,"plural_list"),
],[
("Auditoría Superior de Michoacán",["Auditoría Superior"]),
("Ayuntamiento de Uruapan",["cabildo","municipio"]),
("Ayuntamiento de Tacámbaro",[]),
("Congreso del Estado de Michoacán",["Congreso"]),
("Fiscalía Especializada en Combate a la Corrupción de Michoacán",[]),
("Universidad Michoacana de San Nicolás de Hidalgo",[]),
("Facultad de Contaduría de la Universidad Michoacana de San Nicolás de Hidalgo",["Facultad de Contaduría"]),
],["Isidro Tesorero Barriga (presidente de colegio de profesionistas privado; apellido que es cargo)",
"Elvira Patiño Chávez (activista)",
"Colegio de Contadores Públicos de Uruapan (organismo privado)",
"San Nicolás de Hidalgo (nombre dentro del nombre de la universidad)"])

# 07 Colima
emit("07","wire","Cabildo de Manzanillo aprueba convenio portuario; Marina asume vigilancia de malecón","11 de diciembre de 2024",
"Jimena Ochoa","Manzanillo","Colima","""
El Ayuntamiento de Manzanillo aprobó por unanimidad un convenio con la Administración del Sistema Portuario Nacional Manzanillo para reubicar el paso de tractocamiones fuera de la zona centro.

La alcaldesa de Manzanillo, Yolanda Cervantes Sevilla, dijo que el acuerdo retirará 2 mil camiones diarios del bulevar costero. El director general de la Administración del Sistema Portuario Nacional Manzanillo (ASIPONA), vicealmirante Eduardo Robles Ordaz, se comprometió a construir un patio regulador en 18 meses.

La vigilancia del malecón quedará a cargo de la Secretaría de Marina. El comandante de la Sexta Zona Naval, almirante Gonzalo Ferrer Ibáñez, explicó que 120 marinos patrullarán la zona.

En la sesión, la síndica municipal Rebeca Amezcua Llamas pidió que el convenio incluya indemnizaciones a comerciantes. Las regidoras Patricia Gudiño Silva y Noemí Larios Vázquez votaron a favor, pero exigieron una auditoría al predial de la zona portuaria.

La coordinadora municipal de Protección Civil, Irene Macedo Farías, advirtió que el nuevo patio deberá contar con un estudio de riesgo por las lluvias.

En Colima, capital del estado, la diputada local Mayra Figueroa Tene, presidenta de la Comisión de Desarrollo Municipal del Congreso del Estado de Colima, dijo que el Congreso revisará el convenio porque compromete recursos por más de un trienio. El exgobernador Leonel Morfín Larios, invitado a la sesión, calificó el acuerdo como "histórico".

El presidente de la Asociación de Agentes Aduanales de Manzanillo, Jacinto Alcaraz Cano, pidió que el patio tenga servicios aduanales, y el líder de transportistas Rigoberto Chávez Delgado anunció que vigilará el cumplimiento.

La Administración del Sistema Portuario Nacional Manzanillo publicará la licitación del patio en enero. La Comisión Federal de Electricidad deberá reubicar tres líneas de media tensión antes de iniciar las obras, informó el Ayuntamiento.

De acuerdo con cifras del Ayuntamiento, el tránsito pesado es responsable de siete de cada diez accidentes viales en el centro de la ciudad.
""",[
("Yolanda Cervantes Sevilla","f","alcaldesa de Manzanillo","Ayuntamiento de Manzanillo",False,"feminine"),
("Eduardo Robles Ordaz","m","director general","Administración del Sistema Portuario Nacional Manzanillo",False,"parenthesis"),
("Gonzalo Ferrer Ibáñez","m","comandante de la Sexta Zona Naval","Sexta Zona Naval",False,"military_rank"),
("Rebeca Amezcua Llamas","f","síndica municipal","Ayuntamiento de Manzanillo",False,"no_comma"),
("Patricia Gudiño Silva","f","regidora","Ayuntamiento de Manzanillo",False,"plural_list"),
("Noemí Larios Vázquez","f","regidora","Ayuntamiento de Manzanillo",False,"plural_list"),
("Irene Macedo Farías","f","coordinadora municipal de Protección Civil","Ayuntamiento de Manzanillo",False,"rare_title"),
("Mayra Figueroa Tene","f","presidenta de la Comisión de Desarrollo Municipal","Congreso del Estado de Colima",False,"feminine"),
("Leonel Morfín Larios","m","exgobernador","Gobierno del Estado de Colima",True,"former"),
],[
("Ayuntamiento de Manzanillo",["Ayuntamiento"]),
("Administración del Sistema Portuario Nacional Manzanillo",["ASIPONA"]),
("Secretaría de Marina",[]),
("Sexta Zona Naval",[]),
("Congreso del Estado de Colima",["Congreso"]),
("Gobierno del Estado de Colima",[]),
("Comisión Federal de Electricidad",[]),
],["Jacinto Alcaraz Cano (presidente de asociación privada de agentes aduanales)",
"Rigoberto Chávez Delgado (líder de transportistas)",
"Asociación de Agentes Aduanales de Manzanillo (organismo privado)"],outlet="Agencia Pacífico Noticias")

# 08 Nayarit
emit("08","wire","Tribunal electoral de Nayarit ordena reinstalar a regidora de Bahía de Banderas","10 de diciembre de 2024",
"Omar Bañuelos","Tepic","Nayarit","""
El Tribunal Estatal Electoral de Nayarit ordenó al Ayuntamiento de Bahía de Banderas reinstalar a la regidora Karla Villanueva Robles, a quien el cabildo retiró de la Comisión de Turismo sin convocarla a sesión, lo que constituye violencia política en razón de género.

La magistrada presidenta del Tribunal Estatal Electoral, Ana Luisa Cárdenas Flores, leyó el resolutivo y dio cinco días al municipio para cumplir. La ponencia estuvo a cargo del magistrado Fausto Ríos Pelayo.

El presidente municipal de Bahía de Banderas, Abel Quintero Zepeda, dijo que respetará la resolución. Su secretario del Ayuntamiento, Noé Carrillo Arce, informó que la sesión se convocará el lunes.

Villanueva Robles agradeció el acompañamiento de la consejera presidenta del Instituto Estatal Electoral de Nayarit, Dolores Bernal Ochoa. Según Villanueva, la destitución se debió a que denunció permisos irregulares en la zona de Nuevo Vallarta.

La directora del Instituto para la Mujer Nayarita —Teresa Huízar Prado— anunció que la dependencia dará talleres a los integrantes del cabildo. Su antecesora, la exdirectora del instituto Rosalba Cambero Lara, denunció que el caso "no es aislado".

En el Congreso del Estado de Nayarit, el diputado Ismael Flores Tapia pidió reformar la Ley Municipal.

La presidenta de la Asociación de Hoteles y Moteles de Bahía de Banderas, Ximena Duarte Olmos, dijo que el sector "no tiene postura". El abogado de la regidora, Braulio Gobernador Ruiz, de un despacho particular de Tepic, adelantó que pedirá medidas de protección.

El Tribunal Estatal Electoral advirtió que, de no cumplir, podrá imponer multas a los integrantes del cabildo. La Sala Regional Guadalajara del Tribunal Electoral del Poder Judicial de la Federación podría revisar el caso si el Ayuntamiento impugna la sentencia.

La regidora será reinstalada en la comisión en la sesión del lunes, según lo acordado.
""",[
("Karla Villanueva Robles","f","regidora","Ayuntamiento de Bahía de Banderas",False,"surname_only_later"),
("Ana Luisa Cárdenas Flores","f","magistrada presidenta","Tribunal Estatal Electoral de Nayarit",False,"feminine"),
("Fausto Ríos Pelayo","m","magistrado","Tribunal Estatal Electoral de Nayarit",False,"no_comma"),
("Abel Quintero Zepeda","m","presidente municipal de Bahía de Banderas","Ayuntamiento de Bahía de Banderas",False,"apposition"),
("Noé Carrillo Arce","m","secretario del Ayuntamiento","Ayuntamiento de Bahía de Banderas",False,"other"),
("Dolores Bernal Ochoa","f","consejera presidenta","Instituto Estatal Electoral de Nayarit",False,"rare_title"),
("Teresa Huízar Prado","f","directora","Instituto para la Mujer Nayarita",False,"parenthesis"),
("Rosalba Cambero Lara","f","exdirectora del instituto","Instituto para la Mujer Nayarita",True,"former"),
("Ismael Flores Tapia","m","diputado","Congreso del Estado de Nayarit",False,"no_comma"),
],[
("Tribunal Estatal Electoral de Nayarit",["Tribunal Estatal Electoral"]),
("Ayuntamiento de Bahía de Banderas",["cabildo","municipio"]),
("Instituto Estatal Electoral de Nayarit",[]),
("Instituto para la Mujer Nayarita",["dependencia","instituto"]),
("Congreso del Estado de Nayarit",[]),
("Sala Regional Guadalajara del Tribunal Electoral del Poder Judicial de la Federación",[]),
],["Ximena Duarte Olmos (presidenta de asociación hotelera privada)",
"Braulio Gobernador Ruiz (abogado particular; apellido que es cargo)",
"Asociación de Hoteles y Moteles de Bahía de Banderas (organismo privado)"],outlet="Noticias del Occidente")
