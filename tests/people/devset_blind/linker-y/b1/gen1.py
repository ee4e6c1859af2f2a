from common import O, I, write

t01 = """---
layout: post
title: "Agua y Drenaje de Monterrey anuncia cortes escalonados por el estiaje"
date: 2025-03-10 09:30:00 -0600
author: Redacción Noreste
categories: [nuevo-leon, agua, municipios]
---

MONTERREY, Nuevo León.— La directora general de Servicios de Agua y Drenaje de Monterrey, Aurora Cantú Villarreal, anunció este lunes cortes escalonados en 14 colonias del área metropolitana por el bajo nivel de la presa Rodrigo Gómez, conocida como La Boca, y de El Cuchillo. La titular del organismo precisó que las colonias Fidel Velázquez y Valle Verde serán las primeras en recibir el suministro por tandeo.

En conferencia conjunta, los alcaldes de Guadalupe, Apodaca y Escobedo, Héctor Garza Treviño, Marisol Leal Elizondo y Ramiro Salinas Ochoa, pidieron a la Comisión Nacional del Agua (Conagua) liberar volúmenes adicionales de los pozos del acuífero.

Isabel Zambrano Peña, directora de la Dirección Local de la Conagua en Nuevo León, respondió que la dependencia federal analiza la petición y que en abril presentará un balance de las concesiones industriales.

El secretario de Medio Ambiente Alfonso Martínez Alcalde advirtió que el Gobierno del Estado multará a las empresas que desperdicien agua tratada y pidió a los municipios revisar los permisos de riego en parques y camellones.

En el Congreso del Estado, la diputada local Verónica Guajardo Sepúlveda, presidenta de la Comisión de Agua, presentó un exhorto para que la paraestatal publique cada semana el calendario de cortes por colonia.

El coordinador municipal de Protección Civil de Monterrey, Erik Cavazos Tijerina, informó que se instalarán 40 tinacos comunitarios y que las pipas darán prioridad a escuelas, asilos y centros de salud.

La exdirectora de Agua y Drenaje Sofía Elizondo Garza, hoy consultora, recordó que en 2022 la crisis se agravó porque las obras del acueducto se retrasaron dos años.

Por su parte, la rectora de la Universidad Autónoma de Nuevo León (UANL), Gabriela Treviño Salas, ofreció los laboratorios de la institución para medir la calidad del agua en los tanques de distribución.

Desde la iniciativa privada, Lorena Villarreal Gutiérrez, presidenta de la Cámara Nacional de la Industria de Transformación (Canacintra) en Nuevo León, aseguró que las industrias afiliadas reducirán su consumo un diez por ciento durante marzo y abril. El activista Daniel Ortiz Cárdenas, del colectivo Pueblo Bicicletero, pidió que los cortes no se concentren en las colonias más pobres del poniente de la ciudad.
"""
write("01", "md", t01, "Nuevo León", [
  O("Aurora Cantú Villarreal","f","directora general","Servicios de Agua y Drenaje de Monterrey","role_only_reference"),
  O("Héctor Garza Treviño","m","alcalde de Guadalupe","Ayuntamiento de Guadalupe","plural_list"),
  O("Marisol Leal Elizondo","f","alcaldesa de Apodaca","Ayuntamiento de Apodaca","plural_list"),
  O("Ramiro Salinas Ochoa","m","alcalde de Escobedo","Ayuntamiento de Escobedo","plural_list"),
  O("Isabel Zambrano Peña","f","directora de la Dirección Local de la Conagua en Nuevo León","Dirección Local de la Conagua en Nuevo León","nested_body"),
  O("Alfonso Martínez Alcalde","m","secretario de Medio Ambiente","Secretaría de Medio Ambiente de Nuevo León","no_comma"),
  O("Verónica Guajardo Sepúlveda","f","presidenta de la Comisión de Agua","Congreso del Estado de Nuevo León","feminine"),
  O("Erik Cavazos Tijerina","m","coordinador municipal de Protección Civil de Monterrey","Ayuntamiento de Monterrey","rare_title"),
  O("Sofía Elizondo Garza","f","exdirectora de Agua y Drenaje","Servicios de Agua y Drenaje de Monterrey","former",True),
  O("Gabriela Treviño Salas","f","rectora","Universidad Autónoma de Nuevo León","rare_title"),
], [
  I("Servicios de Agua y Drenaje de Monterrey","Agua y Drenaje","organismo","paraestatal"),
  I("Ayuntamiento de Guadalupe"), I("Ayuntamiento de Apodaca"), I("Ayuntamiento de Escobedo"), I("Ayuntamiento de Monterrey"),
  I("Comisión Nacional del Agua","Conagua","dependencia federal"),
  I("Dirección Local de la Conagua en Nuevo León"),
  I("Secretaría de Medio Ambiente de Nuevo León","Secretaría de Medio Ambiente"),
  I("Gobierno del Estado de Nuevo León","Gobierno del Estado"),
  I("Congreso del Estado de Nuevo León","Congreso del Estado"),
  I("Universidad Autónoma de Nuevo León","UANL"),
], [
  "Rodrigo Gómez (presa nombrada por una persona)",
  "Fidel Velázquez (colonia)",
  "Alcalde (apellido que es palabra de cargo, parte de Alfonso Martínez Alcalde)",
  "Lorena Villarreal Gutiérrez (presidenta de Canacintra, cámara empresarial privada)",
  "Daniel Ortiz Cárdenas (activista de un colectivo)",
], ["plural","women","rare_titles","role_positions","former","other_state_bodies","nested_bodies","description_institution","private_leaders","surname_role_word","new_user"])

t02 = """---
layout: post
title: "Coahuila refuerza inspección en minas de carbón tras derrumbe en Sabinas"
date: 2025-03-11 12:00:00 -0600
author: Mariana Castro
categories: [coahuila, seguridad, mineria]
---

SALTILLO, Coahuila.— El derrumbe de un pozo de carbón en el ejido Barrancón, que dejó tres trabajadores lesionados, llevó al Gobierno del Estado a convocar este martes a una reunión de seguridad con autoridades federales, municipales y del Poder Judicial.

Los titulares de Salud y Educación de Coahuila, Mireya Valdés Aguirre y Tomás Ramos Berlanga, informaron que los lesionados están estables en el Hospital General de Sabinas y que las escuelas cercanas al tiro suspenderán clases dos días.

Julián Aguirre Fuentes, presidente municipal de Sabinas, pidió cerrar los pozos que operan sin permiso y denunció que varios se ubican a menos de un kilómetro de la colonia Venustiano Carranza.

La fiscal general del estado, Daniela Rodríguez Lara, anunció que la Fiscalía General del Estado abrió una carpeta de investigación contra el concesionario. Rodríguez Lara adelantó que se revisarán los contratos de compra de carbón.

El comandante de la Sexta Zona Militar, general Raúl Ibarra Montes, dijo que la Secretaría de la Defensa Nacional mantendrá patrullajes en la región carbonífera y que elementos del Plan DN-III apoyaron el rescate.

La magistrada presidenta del Tribunal Superior de Justicia del Estado, Miriam Cárdenas Flores, informó que un juzgado de Sabinas atenderá en turno especial las demandas laborales de las familias.

La superintendente de la Zona de Distribución Sabinas de la Comisión Federal de Electricidad (CFE), Elena Morales Padilla, explicó que se cortó la energía a tres pozos irregulares conectados a la red.

A su vez, la visitadora general de la Comisión de los Derechos Humanos del Estado de Coahuila, Patricia Saucedo Méndez, abrió un expediente de queja de oficio.

El exalcalde de Múzquiz Gerardo Villanueva Cruz, que encabeza un colectivo de viudas mineras, sostuvo que los accidentes se repiten desde hace veinte años.

En contraste, Francisco Aguilar Siller, líder de una sección del sindicato minero, defendió a los pequeños productores, mientras que Rogelio Montemayor Garza, presidente de la Unión Mexicana de Productores de Carbón, organismo privado, pidió no frenar la compra de mineral.
"""
write("02", "md", t02, "Coahuila", [
  O("Mireya Valdés Aguirre","f","titular de Salud","Secretaría de Salud de Coahuila","plural_list"),
  O("Tomás Ramos Berlanga","m","titular de Educación","Secretaría de Educación de Coahuila","plural_list"),
  O("Julián Aguirre Fuentes","m","presidente municipal de Sabinas","Ayuntamiento de Sabinas","after_name"),
  O("Daniela Rodríguez Lara","f","fiscal general del estado","Fiscalía General del Estado de Coahuila","surname_only_later"),
  O("Raúl Ibarra Montes","m","comandante de la Sexta Zona Militar","Sexta Zona Militar","military_rank"),
  O("Miriam Cárdenas Flores","f","magistrada presidenta","Tribunal Superior de Justicia de Coahuila","feminine"),
  O("Elena Morales Padilla","f","superintendente de la Zona de Distribución Sabinas","Zona de Distribución Sabinas de la Comisión Federal de Electricidad","rare_title"),
  O("Patricia Saucedo Méndez","f","visitadora general","Comisión de los Derechos Humanos del Estado de Coahuila","rare_title"),
  O("Gerardo Villanueva Cruz","m","exalcalde de Múzquiz","Ayuntamiento de Múzquiz","former",True),
], [
  I("Gobierno del Estado de Coahuila","Gobierno del Estado"),
  I("Secretaría de Salud de Coahuila","Salud"), I("Secretaría de Educación de Coahuila","Educación"),
  I("Hospital General de Sabinas"),
  I("Ayuntamiento de Sabinas"), I("Ayuntamiento de Múzquiz"),
  I("Fiscalía General del Estado de Coahuila","Fiscalía General del Estado"),
  I("Sexta Zona Militar"), I("Secretaría de la Defensa Nacional"),
  I("Tribunal Superior de Justicia de Coahuila","Tribunal Superior de Justicia del Estado"),
  I("Poder Judicial del Estado de Coahuila","Poder Judicial"),
  I("Zona de Distribución Sabinas de la Comisión Federal de Electricidad","Zona de Distribución Sabinas"),
  I("Comisión Federal de Electricidad","CFE"),
  I("Comisión de los Derechos Humanos del Estado de Coahuila"),
], [
  "Venustiano Carranza (colonia)",
  "Francisco Aguilar Siller (líder sindical minero)",
  "Rogelio Montemayor Garza (presidente de una unión privada de productores)",
  "Unión Mexicana de Productores de Carbón (organismo privado, no institución pública)",
], ["plural","women","rare_titles","role_positions","former","other_state_bodies","nested_bodies","private_leaders","military"])

t03 = """---
layout: post
title: "Tamaulipas declara alerta por dengue; hospitales de Victoria, al límite"
date: 2025-03-12 08:15:00 -0600
author: Juan Pablo Leal
categories: [tamaulipas, salud]
---

CIUDAD VICTORIA, Tamaulipas.— La secretaria de Salud de Tamaulipas, Vanessa Treviño Luna, declaró alerta epidemiológica por dengue en 11 municipios tras confirmar 420 casos en lo que va del año, el doble que en 2024.

El jefe de la Jurisdicción Sanitaria número 1 de Victoria, Rogelio Castillo Paz, detalló que las brigadas fumigarán 60 colonias, empezando por la colonia Pedro Sosa y el fraccionamiento Nuevo Santander.

El Hospital General Dr. Norberto Treviño Zapata opera al 95 por ciento; su saturación fue reconocida por el propio nosocomio, cuya directora, Alma Delia Reyes Tovar, pidió a la población acudir primero a los centros de salud.

Karina Salazar Olvera, representante estatal de la Oficina de Representación del IMSS en Tamaulipas, informó que las unidades de medicina familiar del Instituto Mexicano del Seguro Social ampliarán su horario.

En sesión de Cabildo, los regidores Adriana Zúñiga Lerma, Samuel Cortés Rivas y Noemí Barrientos Tovar pidieron al Ayuntamiento de Victoria retirar cacharros de los lotes baldíos. La Comisión Municipal de Agua Potable y Alcantarillado de Victoria (COMAPA) fue señalada por fugas que forman charcos; Jorge Lerma Hinojosa, gerente general del organismo operador, prometió repararlas en quince días.

La Universidad Autónoma de Tamaulipas (UAT) sumará a 200 estudiantes de medicina a las brigadas, anunció Dulce Hinojosa Garza (directora de la Facultad de Medicina de Tampico).

El exdelegado del ISSSTE en Tamaulipas, Arturo Benavides Soto, criticó que las clínicas del Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado carezcan de reactivos para las pruebas.

Rosa Elena Garza Tijerina, presidenta de la Unión Estatal de Padres de Familia, pidió suspender los honores a la bandera al aire libre, y el investigador Luis Ángel Cantú, de la Universidad del Norte de Tamaulipas, institución privada, advirtió que el pico llegará en mayo.
"""
write("03", "md", t03, "Tamaulipas", [
  O("Vanessa Treviño Luna","f","secretaria de Salud","Secretaría de Salud de Tamaulipas","apposition"),
  O("Rogelio Castillo Paz","m","jefe de la Jurisdicción Sanitaria número 1 de Victoria","Jurisdicción Sanitaria número 1 de Victoria","nested_body"),
  O("Alma Delia Reyes Tovar","f","directora","Hospital General Dr. Norberto Treviño Zapata","cuyo_titular"),
  O("Karina Salazar Olvera","f","representante estatal","Oficina de Representación del IMSS en Tamaulipas","feminine"),
  O("Adriana Zúñiga Lerma","f","regidora","Ayuntamiento de Victoria","plural_list"),
  O("Samuel Cortés Rivas","m","regidor","Ayuntamiento de Victoria","plural_list"),
  O("Noemí Barrientos Tovar","f","regidora","Ayuntamiento de Victoria","plural_list"),
  O("Jorge Lerma Hinojosa","m","gerente general del organismo operador","Comisión Municipal de Agua Potable y Alcantarillado de Victoria","description_only"),
  O("Dulce Hinojosa Garza","f","directora de la Facultad de Medicina de Tampico","Facultad de Medicina de Tampico de la Universidad Autónoma de Tamaulipas","parenthesis"),
  O("Arturo Benavides Soto","m","exdelegado del ISSSTE en Tamaulipas","Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado","former",True),
], [
  I("Secretaría de Salud de Tamaulipas"),
  I("Jurisdicción Sanitaria número 1 de Victoria"),
  I("Hospital General Dr. Norberto Treviño Zapata","nosocomio"),
  I("Oficina de Representación del IMSS en Tamaulipas"),
  I("Instituto Mexicano del Seguro Social","IMSS"),
  I("Ayuntamiento de Victoria","Cabildo"),
  I("Comisión Municipal de Agua Potable y Alcantarillado de Victoria","COMAPA","organismo operador"),
  I("Universidad Autónoma de Tamaulipas","UAT"),
  I("Facultad de Medicina de Tampico de la Universidad Autónoma de Tamaulipas","Facultad de Medicina de Tampico"),
  I("Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado","ISSSTE"),
], [
  "Norberto Treviño Zapata (nombre de persona dentro del nombre del hospital)",
  "Pedro Sosa (colonia)",
  "Rosa Elena Garza Tijerina (presidenta de la Unión Estatal de Padres de Familia, organización privada)",
  "Luis Ángel Cantú (investigador de universidad privada)",
], ["plural","women","rare_titles","role_positions","former","other_state_bodies","nested_bodies","description_institution","name_inside_institution","private_leaders"])
