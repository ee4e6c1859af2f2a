from common import *

# ---------- 06 Tabasco (Jekyll)
jekyll("06", "Enfermeras del hospital del ISSSTE en Villahermosa paran labores por adeudos", "2026-03-07",
       "Redacción Tabasco", ["salud", "tabasco"], [
"Villahermosa, Tabasco.— Personal de enfermería del Hospital General del ISSSTE en Villahermosa suspendió labores durante cuatro horas este sábado para exigir el pago de guardias extra adeudadas desde noviembre. La protesta bloqueó la avenida Rosendo Chablé frente al nosocomio.",
"La secretaria general de la Sección 43 del Sindicato Nacional de Trabajadores del ISSSTE, Beatriz Hernández Ovando, aseguró que 212 enfermeras y enfermeros esperan pagos por más de 9 millones de pesos.",
"La directora del hospital, Martha Elena Priego Sastré, reconoció el adeudo y atribuyó el retraso a un cambio en el sistema de nómina. Más tarde, la directora firmó una minuta con las trabajadoras. El subdirector administrativo del nosocomio, Ramón Pérez Notario, precisó que el primer pago saldrá el 15 de marzo.",
"Por la tarde, la Oficina de Representación del ISSSTE en Tabasco informó, a través de su titular, Karla Gordillo Zurita, que se enviará personal de apoyo desde Campeche y Chiapas para cubrir los turnos vacíos.",
"El subsecretario de Salud Pública Jorge Magaña Cruz ofreció que los pacientes urgentes sean recibidos en hospitales de la Secretaría de Salud mientras dure el conflicto.",
"Las diputadas Fabiola Torres Pérez, Lucía Jiménez Arias y Carmen Sosa Landero, promoventes de un exhorto al instituto en el Congreso del Estado, pidieron que la dirección general del ISSSTE intervenga de inmediato.",
"La exsecretaria de Salud de Tabasco Verónica Zapata Broca recordó que el déficit de enfermeras en la entidad supera las mil plazas. Gerardo León Morales, presidente de la Comisión Estatal de Derechos Humanos, informó que se abrió una queja de oficio por posibles afectaciones a pacientes.",
])
C = "Congreso del Estado de Tabasco"
gold("06", "Tabasco", [
 O("Martha Elena Priego Sastré", "f", "directora", "Hospital General del ISSSTE en Villahermosa", "role_only_reference"),
 O("Ramón Pérez Notario", "m", "subdirector administrativo", "Hospital General del ISSSTE en Villahermosa", "description_only"),
 O("Karla Gordillo Zurita", "f", "titular", "Oficina de Representación del ISSSTE en Tabasco", "other"),
 O("Jorge Magaña Cruz", "m", "subsecretario de Salud Pública", "Secretaría de Salud de Tabasco", "no_comma"),
 O("Fabiola Torres Pérez", "f", "diputada", C, "plural_list"),
 O("Lucía Jiménez Arias", "f", "diputada", C, "plural_list"),
 O("Carmen Sosa Landero", "f", "diputada", C, "plural_list"),
 O("Verónica Zapata Broca", "f", "exsecretaria de Salud de Tabasco", "Secretaría de Salud de Tabasco", "former"),
 O("Gerardo León Morales", "m", "presidente", "Comisión Estatal de Derechos Humanos de Tabasco", "after_name"),
], [
 I("Hospital General del ISSSTE en Villahermosa", "nosocomio"),
 I("Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado", "ISSSTE", "instituto"),
 I("Oficina de Representación del ISSSTE en Tabasco"),
 I("Secretaría de Salud de Tabasco", "Secretaría de Salud"),
 I(C, "Congreso del Estado"),
 I("Comisión Estatal de Derechos Humanos de Tabasco", "Comisión Estatal de Derechos Humanos"),
], [
 "Rosendo Chablé (avenida con nombre de persona)",
 "Beatriz Hernández Ovando (secretaria general de la Sección 43 del Sindicato Nacional de Trabajadores del ISSSTE, dirigente sindical)",
 "Notario (apellido del subdirector Ramón Pérez Notario, no es un cargo)",
])

# ---------- 07 Nuevo León (wire)
wire("07", "Congreso de Nuevo León cita a fiscal anticorrupción por compra de patrullas",
     "Verónica Salinas", "Agencia Noreste", "Monterrey", "Nuevo León", "2 de marzo de 2026", [
"La Comisión Anticorrupción del Congreso del Estado de Nuevo León aprobó este lunes citar a comparecer a la fiscal especializada en Combate a la Corrupción, Perla Garza Elizondo, para que explique el avance de las denuncias por la compra de 400 patrullas blindadas en 2024.",
"La presidenta de la Comisión Anticorrupción, la diputada Mariela Cantú Leal, informó que la comparecencia será el 17 de marzo. Los diputados Rodrigo Treviño Saldaña, Ana Sofía Villarreal Páez y Claudia Guajardo Rivas, promoventes del acuerdo, señalaron que cada unidad costó 40 por ciento más que en otros estados.",
"De acuerdo con el informe de la auditora superior del Estado, Gabriela Lozano Tamez, la Auditoría Superior detectó pagos anticipados por 312 millones de pesos sin que las unidades fueran entregadas completas. La Fiscalía Especializada en Combate a la Corrupción abrió una carpeta en 2025, pero no ha judicializado el caso.",
"El secretario de Seguridad del Gobierno de Nuevo León, Eduardo Salazar Montes, defendió la adquisición y dijo que 310 patrullas ya circulan en el área metropolitana. Hugo Leal Fernández (oficial mayor de la Secretaría de Administración) aseguró que el resto llegará en abril.",
"El exsecretario de Finanzas Mauricio Peña Quiroga, quien firmó los contratos cuando encabezaba la Secretaría de Finanzas y Tesorería General del Estado, no respondió a las solicitudes de entrevista.",
"El director de la empresa proveedora, Blindajes del Norte, Santiago Garza Fiscal, sostuvo en un comunicado que los retrasos se deben a la falta de chasises importados. Para el investigador Tomás Leal Sepúlveda, de la Universidad Cumbres del Norte, una institución privada, el caso muestra “la ausencia de controles” en las compras de seguridad.",
])
C = "Congreso del Estado de Nuevo León"
gold("07", "Nuevo León", [
 O("Perla Garza Elizondo", "f", "fiscal especializada en Combate a la Corrupción", "Fiscalía Especializada en Combate a la Corrupción de Nuevo León", "feminine"),
 O("Mariela Cantú Leal", "f", "presidenta de la Comisión Anticorrupción", C, "feminine"),
 O("Rodrigo Treviño Saldaña", "m", "diputado", C, "plural_list"),
 O("Ana Sofía Villarreal Páez", "f", "diputada", C, "plural_list"),
 O("Claudia Guajardo Rivas", "f", "diputada", C, "plural_list"),
 O("Gabriela Lozano Tamez", "f", "auditora superior del Estado", "Auditoría Superior del Estado de Nuevo León", "rare_title"),
 O("Eduardo Salazar Montes", "m", "secretario de Seguridad", "Secretaría de Seguridad de Nuevo León", "apposition"),
 O("Hugo Leal Fernández", "m", "oficial mayor de la Secretaría de Administración", "Secretaría de Administración de Nuevo León", "parenthesis"),
 O("Mauricio Peña Quiroga", "m", "exsecretario de Finanzas", "Secretaría de Finanzas y Tesorería General del Estado de Nuevo León", "former"),
], [
 I(C, "Congreso del Estado"),
 I("Fiscalía Especializada en Combate a la Corrupción de Nuevo León", "Fiscalía Especializada en Combate a la Corrupción"),
 I("Auditoría Superior del Estado de Nuevo León", "Auditoría Superior"),
 I("Gobierno del Estado de Nuevo León", "Gobierno de Nuevo León"),
 I("Secretaría de Seguridad de Nuevo León", "secretario de Seguridad del Gobierno de Nuevo León"),
 I("Secretaría de Administración de Nuevo León", "Secretaría de Administración"),
 I("Secretaría de Finanzas y Tesorería General del Estado de Nuevo León", "Secretaría de Finanzas y Tesorería General del Estado"),
], [
 "Santiago Garza Fiscal (director de la empresa privada Blindajes del Norte; 'Fiscal' es apellido)",
 "Tomás Leal Sepúlveda (investigador de la Universidad Cumbres del Norte, universidad privada)",
])

# ---------- 08 Coahuila (wire)
wire("08", "Reubican a 140 internos del penal de Saltillo tras riña",
     "Julián Ramos", "Noticias del Desierto", "Saltillo", "Coahuila", "3 de marzo de 2026", [
"Un total de 140 personas privadas de la libertad fueron trasladadas este martes del Centro Penitenciario Varonil de Saltillo a los penales de Torreón y Piedras Negras, luego de la riña del domingo que dejó tres internos muertos y 11 heridos.",
"El secretario de Seguridad Pública del Estado Federico Múzquiz Garza explicó que el traslado se hizo de madrugada con apoyo de la Policía Estatal y de la Secretaría de la Defensa Nacional (Sedena). El comandante de la Sexta Zona Militar, general Héctor Anaya Cisneros, aportó 60 soldados y dos helicópteros.",
"La directora del penal, la licenciada Adriana Flores Galindo, dijo que la riña comenzó por el control de las tiendas internas. Flores Galindo aceptó que el centro tiene 30 por ciento más internos que su capacidad.",
"La comisaria Isabel Ramos Siller, jefa de la Policía Estatal, informó que se decomisaron 48 armas blancas y 20 teléfonos celulares en la revisión posterior.",
"La jueza de Ejecución Penal Mariana Aguirre Castro, del Poder Judicial del Estado, ordenó que se garantice la comunicación de los trasladados con sus familias. El vicefiscal de Investigación de la Fiscalía General del Estado, Rolando Sifuentes Ochoa, confirmó que hay siete internos señalados como probables responsables.",
"Sofía Morales Dávila (visitadora general de la Comisión de los Derechos Humanos del Estado de Coahuila) acudió al penal para entrevistar a los heridos.",
"En el Ayuntamiento de Saltillo, los regidores Lidia Ibarra Cepeda y Javier Oyervides Sánchez pidieron reforzar la vigilancia en la colonia Rufino Tamez, vecina del penal. El exdirector del penal Julio César Valdez Herrera, destituido en 2024, declaró que la sobrepoblación “era conocida desde hace años”.",
"La vocera del colectivo Familias Unidas por los Internos, Rosalba Medina Cepeda, denunció que las familias no fueron avisadas de los traslados.",
])
P = "Centro Penitenciario Varonil de Saltillo"
gold("08", "Coahuila", [
 O("Federico Múzquiz Garza", "m", "secretario de Seguridad Pública del Estado", "Secretaría de Seguridad Pública de Coahuila", "no_comma"),
 O("Héctor Anaya Cisneros", "m", "comandante de la Sexta Zona Militar", "Sexta Zona Militar", "military_rank"),
 O("Adriana Flores Galindo", "f", "directora del penal", P, "surname_only_later"),
 O("Isabel Ramos Siller", "f", "comisaria", "Policía Estatal de Coahuila", "rare_title"),
 O("Mariana Aguirre Castro", "f", "jueza de Ejecución Penal", "Poder Judicial del Estado de Coahuila", "feminine"),
 O("Rolando Sifuentes Ochoa", "m", "vicefiscal de Investigación", "Fiscalía General del Estado de Coahuila", "rare_title"),
 O("Sofía Morales Dávila", "f", "visitadora general", "Comisión de los Derechos Humanos del Estado de Coahuila", "parenthesis"),
 O("Lidia Ibarra Cepeda", "f", "regidora", "Ayuntamiento de Saltillo", "plural_list"),
 O("Javier Oyervides Sánchez", "m", "regidor", "Ayuntamiento de Saltillo", "plural_list"),
 O("Julio César Valdez Herrera", "m", "exdirector del penal", P, "former"),
], [
 I(P, "penal"),
 I("Secretaría de Seguridad Pública de Coahuila", "Secretaría de Seguridad Pública del Estado"),
 I("Policía Estatal de Coahuila", "Policía Estatal"),
 I("Secretaría de la Defensa Nacional", "Sedena"),
 I("Sexta Zona Militar"),
 I("Poder Judicial del Estado de Coahuila", "Poder Judicial del Estado"),
 I("Fiscalía General del Estado de Coahuila", "Fiscalía General del Estado"),
 I("Comisión de los Derechos Humanos del Estado de Coahuila"),
 I("Ayuntamiento de Saltillo"),
], [
 "Rufino Tamez (colonia con nombre de persona)",
 "Rosalba Medina Cepeda (vocera del colectivo Familias Unidas por los Internos, activista)",
])

# ---------- 09 Sinaloa (wire)
wire("09", "Brote de hepatitis A suspende clases en tres primarias de Culiacán",
     "Daniela Osuna", "Enlace Pacífico", "Culiacán", "Sinaloa", "4 de marzo de 2026", [
"Las secretarias de Salud y de Educación Pública y Cultura del Gobierno de Sinaloa, Cecilia Félix Armenta y Yolanda López Rubio, anunciaron este miércoles la suspensión de clases en tres primarias de Culiacán tras confirmarse 37 casos de hepatitis A en menores de 12 años.",
"Los planteles se ubican en la colonia Aurelio Inzunza Peraza, donde vecinos reportaron agua turbia desde enero. El gerente general de la Junta Municipal de Agua Potable y Alcantarillado de Culiacán (JAPAC), Luis Alberto Camacho Inzunza, negó que la red esté contaminada, aunque la directora de Calidad del Agua del organismo, Teresa Sánchez Beltrán, admitió que dos tanques de la zona no se lavaban desde hace un año.",
"El alcalde de Culiacán, Efraín Lizárraga Zazueta, ordenó distribuir agua en pipas; el edil pidió a la JAPAC un informe en 48 horas. La síndica procuradora, Elsa Armenta Leyva, abrió una investigación administrativa.",
"Nueve niños permanecen internados en el Hospital Pediátrico de Sinaloa Dr. Ernesto Zazueta Rivas, cuyo director, Manuel Gastélum Torres, descartó casos graves. Otros cuatro reciben atención en el Hospital Civil de Culiacán, que depende de la Universidad Autónoma de Sinaloa (UAS); la rectora de la UAS, Graciela Inzunza Ochoa, ofreció los laboratorios de la Facultad de Ciencias Químico Biológicas para analizar muestras.",
"La exdiputada federal Rosa Isela Gaxiola Ruiz, que representó a la zona en la Cámara de Diputados, acusó que las quejas se ignoraron durante meses. El presidente de la Asociación Estatal de Padres de Familia de Sinaloa, Rogelio Bojórquez Félix, pidió que las clases se reanuden en línea y no en aulas prestadas.",
])
J = "Junta Municipal de Agua Potable y Alcantarillado de Culiacán"
gold("09", "Sinaloa", [
 O("Cecilia Félix Armenta", "f", "secretaria de Salud", "Secretaría de Salud de Sinaloa", "plural_list"),
 O("Yolanda López Rubio", "f", "secretaria de Educación Pública y Cultura", "Secretaría de Educación Pública y Cultura de Sinaloa", "plural_list"),
 O("Luis Alberto Camacho Inzunza", "m", "gerente general", J, "apposition"),
 O("Teresa Sánchez Beltrán", "f", "directora de Calidad del Agua", J, "description_only"),
 O("Efraín Lizárraga Zazueta", "m", "alcalde de Culiacán", "Ayuntamiento de Culiacán", "role_only_reference"),
 O("Elsa Armenta Leyva", "f", "síndica procuradora", "Ayuntamiento de Culiacán", "rare_title"),
 O("Manuel Gastélum Torres", "m", "director", "Hospital Pediátrico de Sinaloa Dr. Ernesto Zazueta Rivas", "cuyo_titular"),
 O("Graciela Inzunza Ochoa", "f", "rectora", "Universidad Autónoma de Sinaloa", "rare_title"),
 O("Rosa Isela Gaxiola Ruiz", "f", "exdiputada federal", "Cámara de Diputados", "former"),
], [
 I("Gobierno del Estado de Sinaloa", "Gobierno de Sinaloa"),
 I("Secretaría de Salud de Sinaloa"),
 I("Secretaría de Educación Pública y Cultura de Sinaloa"),
 I(J, "JAPAC", "organismo"),
 I("Ayuntamiento de Culiacán"),
 I("Hospital Pediátrico de Sinaloa Dr. Ernesto Zazueta Rivas"),
 I("Hospital Civil de Culiacán"),
 I("Universidad Autónoma de Sinaloa", "UAS"),
 I("Facultad de Ciencias Químico Biológicas de la UAS", "Facultad de Ciencias Químico Biológicas"),
 I("Cámara de Diputados"),
], [
 "Aurelio Inzunza Peraza (colonia con nombre de persona)",
 "Ernesto Zazueta Rivas (nombre de persona dentro del nombre del hospital)",
 "Rogelio Bojórquez Félix (presidente de la Asociación Estatal de Padres de Familia de Sinaloa, organización privada)",
])

# ---------- 10 Durango (wire)
wire("10", "IEPC e INE firman convenio para la primera elección judicial de Durango",
     "Ricardo Soto", "Crónica del Guadiana", "Durango", "Durango", "5 de marzo de 2026", [
"La consejera presidenta del Instituto Electoral y de Participación Ciudadana de Durango (IEPC), Alma Delia Reyes Nevárez, y la vocal ejecutiva de la Junta Local Ejecutiva del Instituto Nacional Electoral (INE) en Durango, Berenice Castañeda Soto, firmaron este jueves el convenio para organizar la primera elección judicial local, prevista para junio.",
"El acuerdo establece que el INE instalará 2 mil 100 casillas y que el organismo local se encargará del cómputo de los 42 cargos de jueces y magistrados. Horacio Vizcarra Olguín, secretario ejecutivo del organismo local, precisó que el presupuesto asciende a 96 millones de pesos.",
"Al acto asistió el magistrado presidente del Tribunal Superior de Justicia, Ramiro Ortiz Salas. Ortiz Salas pidió que los aspirantes no hagan campaña en los juzgados. La magistrada presidenta del Tribunal Electoral del Estado de Durango, Lourdes Rosales Meraz, adelantó que el órgano prevé recibir más de 300 impugnaciones.",
"Los diputados locales Fabián Herrera Lugo, Paloma Núñez Bracho y Ofelia Reyes Ceniceros, integrantes de la Comisión de Justicia del Congreso del Estado, se comprometieron a aprobar antes de abril los ajustes a la ley electoral.",
"La exconsejera electoral del INE María Elena Soto Cabral advirtió que en municipios como Guadalupe Victoria y Tepehuanes faltan capacitadores y que la participación podría ser menor al 20 por ciento.",
"En contraste, el presidente del comité estatal de un partido de oposición, Sergio Ávila Galindo, pidió aplazar la elección un año. La politóloga Beatriz Mena Rosales, de la Universidad del Valle del Guadiana, institución privada, consideró que el calendario es “apretado pero viable”.",
])
E = "Instituto Electoral y de Participación Ciudadana de Durango"
C = "Congreso del Estado de Durango"
gold("10", "Durango", [
 O("Alma Delia Reyes Nevárez", "f", "consejera presidenta", E, "rare_title"),
 O("Berenice Castañeda Soto", "f", "vocal ejecutiva", "Junta Local Ejecutiva del INE en Durango", "rare_title"),
 O("Horacio Vizcarra Olguín", "m", "secretario ejecutivo", E, "description_only"),
 O("Ramiro Ortiz Salas", "m", "magistrado presidente", "Tribunal Superior de Justicia del Estado de Durango", "surname_only_later"),
 O("Lourdes Rosales Meraz", "f", "magistrada presidenta", "Tribunal Electoral del Estado de Durango", "feminine"),
 O("Fabián Herrera Lugo", "m", "diputado local", C, "plural_list"),
 O("Paloma Núñez Bracho", "f", "diputada local", C, "plural_list"),
 O("Ofelia Reyes Ceniceros", "f", "diputada local", C, "plural_list"),
 O("María Elena Soto Cabral", "f", "exconsejera electoral", "Instituto Nacional Electoral", "former"),
], [
 I(E, "IEPC", "organismo local"),
 I("Junta Local Ejecutiva del INE en Durango", "Junta Local Ejecutiva"),
 I("Instituto Nacional Electoral", "INE"),
 I("Tribunal Superior de Justicia del Estado de Durango", "Tribunal Superior de Justicia"),
 I("Tribunal Electoral del Estado de Durango"),
 I(C, "Congreso del Estado"),
], [
 "Guadalupe Victoria (municipio con nombre de persona)",
 "Sergio Ávila Galindo (presidente del comité estatal de un partido de oposición, dirigente partidista sin cargo público)",
 "Beatriz Mena Rosales (politóloga de la Universidad del Valle del Guadiana, universidad privada)",
])
