from common import *

# 01 Puebla — educación
jekyll("01", "Alcaldes de la Mixteca y la Sierra firman plan contra el rezago escolar", "2025-03-10 09:30:00 -0600", "Mariela Cuevas", ["educacion", "puebla"], """
Tehuacán, Puebla.- Los presidentes municipales de Tehuacán, Atlixco y Zacatlán, Rebeca Solís Parra, Humberto Cienfuegos Tapia y Marisol Ortega Vives, firmaron este lunes un convenio con el Gobierno del Estado para rehabilitar 140 escuelas primarias dañadas por las lluvias del año pasado.

En el acto, la secretaria de Educación del Gobierno del Estado, Lorena Gutiérrez Amaro, explicó que la Secretaría de Educación aportará 60 por ciento de la inversión y que los ayuntamientos cubrirán el resto con recursos del fondo de infraestructura social. La funcionaria anunció que la primera obra será la escuela de la calle Profesora Josefa Ledesma, en el barrio de San Lorenzo.

Raúl Bonilla Cano (coordinador de la Oficina de Representación de la SEP en Puebla) detalló que la Secretaría de Educación Pública enviará 300 paquetes de mobiliario. A su vez, Ernesto Villaseñor Juez, jefe de la Jurisdicción Sanitaria 4 de Tehuacán, dependiente de la Secretaría de Salud, informó que brigadas revisarán la calidad del agua en los planteles antes del regreso a clases.

La rectora de la Benemérita Universidad Autónoma de Puebla (BUAP), Dra. Silvia Cuautle Romero, ofreció que estudiantes de Ingeniería Civil realicen los dictámenes estructurales como parte de su servicio social. La contralora municipal de Atlixco, Araceli Montiel Rosas, adelantó que publicará cada contrato en el portal de transparencia del ayuntamiento.

Entre los invitados estuvo la exsecretaria de Educación Guadalupe Merino Salas, quien impulsó en 2019 el primer censo de planteles en riesgo y pidió no repetir los retrasos de entonces.

No todos celebraron. Mauricio Lezama Trejo, presidente de la Unión de Padres de Familia de Puebla, organización civil, reclamó que las cuotas escolares sigan cubriendo reparaciones menores. La investigadora Carolina Estrada Ibáñez, de la Universidad Angelopolitana, institución privada, calculó que el rezago real supera las 400 escuelas y que el convenio apenas cubre un tercio de la necesidad.

Según el calendario acordado, las obras comenzarán en abril en Zacatlán y concluirán antes del inicio del ciclo escolar, en agosto.
""")
write_gold("01", "Puebla", [
    O("Rebeca Solís Parra", "f", "presidenta municipal de Tehuacán", "Ayuntamiento de Tehuacán", "plural_list"),
    O("Humberto Cienfuegos Tapia", "m", "presidente municipal de Atlixco", "Ayuntamiento de Atlixco", "plural_list"),
    O("Marisol Ortega Vives", "f", "presidenta municipal de Zacatlán", "Ayuntamiento de Zacatlán", "plural_list"),
    O("Lorena Gutiérrez Amaro", "f", "secretaria de Educación", "Secretaría de Educación de Puebla", "apposition"),
    O("Raúl Bonilla Cano", "m", "coordinador de la Oficina de Representación de la SEP en Puebla", "Oficina de Representación de la SEP en Puebla", "parenthesis"),
    O("Ernesto Villaseñor Juez", "m", "jefe de la Jurisdicción Sanitaria 4 de Tehuacán", "Jurisdicción Sanitaria 4 de Tehuacán", "after_name"),
    O("Silvia Cuautle Romero", "f", "rectora", "Benemérita Universidad Autónoma de Puebla", "rare_title"),
    O("Araceli Montiel Rosas", "f", "contralora municipal de Atlixco", "Ayuntamiento de Atlixco", "rare_title"),
    O("Guadalupe Merino Salas", "f", "exsecretaria de Educación", "Secretaría de Educación de Puebla", "former", True),
], [
    I("Ayuntamiento de Tehuacán"), I("Ayuntamiento de Atlixco", "ayuntamiento"), I("Ayuntamiento de Zacatlán"),
    I("Gobierno del Estado de Puebla", "Gobierno del Estado"),
    I("Secretaría de Educación de Puebla", "Secretaría de Educación"),
    I("Oficina de Representación de la SEP en Puebla"),
    I("Secretaría de Educación Pública", "SEP"),
    I("Jurisdicción Sanitaria 4 de Tehuacán"),
    I("Secretaría de Salud de Puebla", "Secretaría de Salud"),
    I("Benemérita Universidad Autónoma de Puebla", "BUAP"),
], [
    "Juez (apellido de Ernesto Villaseñor Juez, no es cargo)",
    "Josefa Ledesma (nombre de una calle)",
    "Mauricio Lezama Trejo (presidente de la Unión de Padres de Familia de Puebla, organización civil)",
    "Carolina Estrada Ibáñez (investigadora de una universidad privada)",
])

# 02 Guerrero — agua y caminos
jekyll("02", "Tras la tormenta, Chilpancingo sigue sin agua en 30 colonias", "2025-03-10 18:05:00 -0600", "Luis Catalán", ["agua", "caminos", "guerrero"], """
Chilpancingo, Guerrero.- A cuatro días del paso de la tormenta tropical, 30 colonias de la capital siguen sin agua potable y tres tramos carreteros de la Montaña permanecen cerrados.

La presidenta municipal de Chilpancingo, Teresa Olvera Bahena, recorrió la colonia Profesor Amado Villalva, donde una creciente arrastró la línea de conducción. La alcaldesa pidió paciencia y prometió pipas diarias mientras se repara el acueducto.

El comandante de la 35 Zona Militar, general Arturo Cevallos Ruiz, informó que 600 elementos de la Secretaría de la Defensa Nacional aplican el Plan DN-III en la zona. La secretaria de Protección Civil del Gobierno de Guerrero, Mariana Tapia Ocampo, precisó que se mantienen abiertos once refugios temporales.

Héctor Sandoval Nava, titular de la Comisión de Agua Potable, Alcantarillado y Saneamiento del Estado de Guerrero (CAPASEG), aseguró que la reparación tardará una semana. En la Comisión de Agua Potable y Alcantarillado de Chilpancingo (CAPACH) la versión es distinta: el director general del organismo, Julio Abarca Leyva, reconoció que faltan bombas y que el organismo operador arrastra adeudos con la Comisión Federal de Electricidad (CFE).

Sobre ese punto, la superintendente de la Zona de Distribución Chilpancingo de la CFE, Rosalba Nájera Flores, aseguró que no se cortará el suministro a los pozos durante la emergencia.

En Tixtla, la coordinadora municipal de Protección Civil de Tixtla, Erika Salmerón Díaz, reportó dos viviendas colapsadas y 40 familias evacuadas. El director del Centro SICT Guerrero Óscar Bello Cortés explicó que la Secretaría de Infraestructura, Comunicaciones y Transportes (SICT) trabaja en los deslaves de la carretera Chilapa-Tlapa.

La diputada local Yesenia Moreno Astudillo pidió al Congreso del Estado una partida extraordinaria para los municipios afectados.

Ramiro Galeana Soto, presidente de la Canaco Servytur Chilpancingo, estimó pérdidas de 80 millones de pesos para el comercio, y la activista Norma Ríos Castrejón, del colectivo Agua para Todos, denunció el cobro irregular de pipas.
""")
write_gold("02", "Guerrero", [
    O("Teresa Olvera Bahena", "f", "presidenta municipal de Chilpancingo", "Ayuntamiento de Chilpancingo", "role_only_reference"),
    O("Arturo Cevallos Ruiz", "m", "comandante de la 35 Zona Militar", "35 Zona Militar", "military_rank"),
    O("Mariana Tapia Ocampo", "f", "secretaria de Protección Civil", "Secretaría de Protección Civil de Guerrero", "apposition"),
    O("Héctor Sandoval Nava", "m", "titular de la Comisión de Agua Potable, Alcantarillado y Saneamiento del Estado de Guerrero", "Comisión de Agua Potable, Alcantarillado y Saneamiento del Estado de Guerrero", "after_name"),
    O("Julio Abarca Leyva", "m", "director general del organismo", "Comisión de Agua Potable y Alcantarillado de Chilpancingo", "description_only"),
    O("Rosalba Nájera Flores", "f", "superintendente de la Zona de Distribución Chilpancingo", "Zona de Distribución Chilpancingo de la CFE", "rare_title"),
    O("Erika Salmerón Díaz", "f", "coordinadora municipal de Protección Civil de Tixtla", "Ayuntamiento de Tixtla", "rare_title"),
    O("Óscar Bello Cortés", "m", "director del Centro SICT Guerrero", "Centro SICT Guerrero", "no_comma"),
    O("Yesenia Moreno Astudillo", "f", "diputada local", "Congreso del Estado de Guerrero", "feminine"),
], [
    I("Ayuntamiento de Chilpancingo"), I("Ayuntamiento de Tixtla"),
    I("35 Zona Militar"), I("Secretaría de la Defensa Nacional"),
    I("Secretaría de Protección Civil de Guerrero", "Secretaría de Protección Civil"),
    I("Gobierno del Estado de Guerrero", "Gobierno de Guerrero"),
    I("Comisión de Agua Potable, Alcantarillado y Saneamiento del Estado de Guerrero", "CAPASEG"),
    I("Comisión de Agua Potable y Alcantarillado de Chilpancingo", "CAPACH", "organismo operador", "organismo"),
    I("Comisión Federal de Electricidad", "CFE"),
    I("Zona de Distribución Chilpancingo de la CFE", "Zona de Distribución Chilpancingo"),
    I("Centro SICT Guerrero"),
    I("Secretaría de Infraestructura, Comunicaciones y Transportes", "SICT"),
    I("Congreso del Estado de Guerrero", "Congreso del Estado"),
], [
    "Amado Villalva (nombre de una colonia)",
    "Ramiro Galeana Soto (presidente de la Canaco Servytur Chilpancingo, cámara empresarial privada)",
    "Norma Ríos Castrejón (activista del colectivo Agua para Todos)",
])

# 03 Oaxaca — cultura
jekyll("03", "Oaxaca alista su Feria del Mezcal con nuevas reglas para los bailes en el Cerro", "2025-03-11 10:15:00 -0600", "Araceli Matus", ["cultura", "oaxaca"], """
Oaxaca de Juárez, Oaxaca.- La secretaria de las Culturas y Artes de Oaxaca, Itzel Ramírez Cruz, presentó el programa de la Feria del Mezcal y las Danzas, que reunirá en abril a 40 delegaciones de las ocho regiones del estado.

Este año habrá aforos más estrictos. La directora del Centro INAH Oaxaca del Instituto Nacional de Antropología e Historia, Beatriz Mendoza Olmedo, explicó que el templete del Cerro del Fortín no podrá recibir más de tres mil personas por función para proteger los vestigios cercanos.

El presidente municipal de Oaxaca de Juárez, Rodolfo Cházaro Vela, anunció que el centro histórico será peatonal durante diez días. El edil reconoció que los comerciantes del mercado piden compensaciones y dijo que la regidora de Cultura Sofía Alcalde Ruiz coordinará las mesas de diálogo.

Por su parte, el rector de la Universidad Autónoma Benito Juárez de Oaxaca (UABJO), Fernando Zárate Luna, confirmó que la Banda de Música universitaria abrirá el festival. Gustavo Pineda Ruiz (director del Hospital General Dr. Aurelio Valdivieso) informó que habrá módulos médicos para atender golpes de calor.

En el Congreso del Estado, la presidenta de la Comisión de Cultura, la diputada Nayeli Jiménez Toledo, propuso que 20 por ciento de la taquilla se destine a las comunidades que aportan las danzas. La exsecretaria de Turismo Alma Delia Santiago Reyes, que organizó la feria durante seis años, respaldó la idea, aunque advirtió que las cuentas de ediciones anteriores nunca se publicaron.

La visitadora general de la Defensoría de los Derechos Humanos del Pueblo de Oaxaca (DDHPO), Liliana Cruz Matus, dijo que vigilará que las comunidades indígenas no sean usadas como atractivo sin consentimiento ni pago.

Ricardo Matus Vásquez, presidente de la Asociación de Hoteles y Moteles de Oaxaca, agrupación privada, prevé una ocupación de 85 por ciento. Los boletos se venderán en línea a partir del 20 de marzo.
""")
write_gold("03", "Oaxaca", [
    O("Itzel Ramírez Cruz", "f", "secretaria de las Culturas y Artes", "Secretaría de las Culturas y Artes de Oaxaca", "apposition"),
    O("Beatriz Mendoza Olmedo", "f", "directora del Centro INAH Oaxaca", "Centro INAH Oaxaca", "nested_body"),
    O("Rodolfo Cházaro Vela", "m", "presidente municipal de Oaxaca de Juárez", "Ayuntamiento de Oaxaca de Juárez", "role_only_reference"),
    O("Sofía Alcalde Ruiz", "f", "regidora de Cultura", "Ayuntamiento de Oaxaca de Juárez", "no_comma"),
    O("Fernando Zárate Luna", "m", "rector", "Universidad Autónoma Benito Juárez de Oaxaca", "rare_title"),
    O("Gustavo Pineda Ruiz", "m", "director del Hospital General Dr. Aurelio Valdivieso", "Hospital General Dr. Aurelio Valdivieso", "parenthesis"),
    O("Nayeli Jiménez Toledo", "f", "presidenta de la Comisión de Cultura", "Congreso del Estado de Oaxaca", "feminine"),
    O("Alma Delia Santiago Reyes", "f", "exsecretaria de Turismo", "Secretaría de Turismo de Oaxaca", "former", True),
    O("Liliana Cruz Matus", "f", "visitadora general", "Defensoría de los Derechos Humanos del Pueblo de Oaxaca", "rare_title"),
], [
    I("Secretaría de las Culturas y Artes de Oaxaca"),
    I("Centro INAH Oaxaca"),
    I("Instituto Nacional de Antropología e Historia", "INAH"),
    I("Ayuntamiento de Oaxaca de Juárez"),
    I("Universidad Autónoma Benito Juárez de Oaxaca", "UABJO"),
    I("Hospital General Dr. Aurelio Valdivieso"),
    I("Congreso del Estado de Oaxaca", "Congreso del Estado"),
    I("Secretaría de Turismo de Oaxaca"),
    I("Defensoría de los Derechos Humanos del Pueblo de Oaxaca", "DDHPO"),
], [
    "Alcalde (apellido de la regidora Sofía Alcalde Ruiz, no es cargo)",
    "Benito Juárez (parte del nombre de la UABJO)",
    "Aurelio Valdivieso (parte del nombre del hospital)",
    "Ricardo Matus Vásquez (presidente de la Asociación de Hoteles y Moteles de Oaxaca, agrupación privada)",
])

# 04 Hidalgo — elecciones
jekyll("04", "Hidalgo arranca la organización de su primera elección judicial local", "2025-03-11 16:40:00 -0600", "Rubén Islas", ["elecciones", "hidalgo"], """
Pachuca, Hidalgo.- Con 41 cargos de jueces y magistrados en juego, el Instituto Estatal Electoral de Hidalgo (IEEH) instaló este martes el consejo que organizará la primera elección judicial local, prevista para junio.

La consejera presidenta del IEEH, Marisela Cortés Tovar, admitió que el presupuesto aprobado cubre apenas 70 por ciento de lo solicitado. A su lado, la vocal ejecutiva de la Junta Local Ejecutiva del INE en Hidalgo, Leticia Bautista Monroy, confirmó que el Instituto Nacional Electoral prestará 1,200 urnas y capacitará a los funcionarios de casilla.

Leopoldo Escamilla Ortega, presidente del Tribunal Superior de Justicia del Estado, pidió que los aspirantes acrediten experiencia judicial mínima de cinco años. La magistrada presidenta del Tribunal Electoral del Estado de Hidalgo, Rocío Badillo Ángeles, adelantó que el órgano se prepara para recibir más de 300 impugnaciones.

En el Congreso del Estado, la presidenta de la Junta de Gobierno, diputada Claudia Lugo Pérez, anunció que la próxima semana se votará un ajuste a la convocatoria. Los diputados Armando Téllez Cruz y Gabriela Olguín Reyes, promoventes de la reforma, defendieron que las boletas incluyan la trayectoria de cada aspirante.

El titular de la Fiscalía Especializada en Delitos Electorales de la Procuraduría General de Justicia del Estado de Hidalgo, Raúl Estrada Licona, pidió denunciar cualquier uso de programas sociales a favor de candidatos. El exconsejero presidente del IEEH Guillermo Ramos Lara, ahora observador, cuestionó que la campaña dure solo 30 días.

Desde fuera de las instituciones también hubo críticas. Jorge Meneses Islas, dirigente estatal del partido Movimiento Progresista, calificó el proceso de "elección de acordeón", y la politóloga Patricia Licona Serrano, de la Universidad Interamericana de Pachuca, escuela privada, advirtió que la participación podría no llegar a 15 por ciento. Enrique Baños Ruiz, presidente del Consejo Coordinador Empresarial de Hidalgo, llamó a las empresas a dar permiso a sus trabajadores para votar.

El IEEH publicará la lista final de aspirantes el 4 de abril.
""")
write_gold("04", "Hidalgo", [
    O("Marisela Cortés Tovar", "f", "consejera presidenta", "Instituto Estatal Electoral de Hidalgo", "rare_title"),
    O("Leticia Bautista Monroy", "f", "vocal ejecutiva", "Junta Local Ejecutiva del INE en Hidalgo", "rare_title"),
    O("Leopoldo Escamilla Ortega", "m", "presidente del Tribunal Superior de Justicia del Estado", "Tribunal Superior de Justicia del Estado de Hidalgo", "after_name"),
    O("Rocío Badillo Ángeles", "f", "magistrada presidenta", "Tribunal Electoral del Estado de Hidalgo", "feminine"),
    O("Claudia Lugo Pérez", "f", "presidenta de la Junta de Gobierno", "Congreso del Estado de Hidalgo", "feminine"),
    O("Armando Téllez Cruz", "m", "diputado", "Congreso del Estado de Hidalgo", "plural_list"),
    O("Gabriela Olguín Reyes", "f", "diputada", "Congreso del Estado de Hidalgo", "plural_list"),
    O("Raúl Estrada Licona", "m", "titular de la Fiscalía Especializada en Delitos Electorales", "Fiscalía Especializada en Delitos Electorales de Hidalgo", "nested_body"),
    O("Guillermo Ramos Lara", "m", "exconsejero presidente", "Instituto Estatal Electoral de Hidalgo", "former", True),
], [
    I("Instituto Estatal Electoral de Hidalgo", "IEEH"),
    I("Junta Local Ejecutiva del INE en Hidalgo"),
    I("Instituto Nacional Electoral", "INE"),
    I("Tribunal Superior de Justicia del Estado de Hidalgo", "Tribunal Superior de Justicia del Estado"),
    I("Tribunal Electoral del Estado de Hidalgo"),
    I("Congreso del Estado de Hidalgo", "Congreso del Estado"),
    I("Fiscalía Especializada en Delitos Electorales de Hidalgo", "Fiscalía Especializada en Delitos Electorales"),
    I("Procuraduría General de Justicia del Estado de Hidalgo"),
], [
    "Jorge Meneses Islas (dirigente estatal de un partido, sin cargo público)",
    "Patricia Licona Serrano (académica de una universidad privada)",
    "Enrique Baños Ruiz (presidente del Consejo Coordinador Empresarial de Hidalgo, organismo privado)",
])

# 05 Michoacán — agricultura
jekyll("05", "Productores de aguacate y autoridades pactan veda de huertas en zonas de recarga", "2025-03-11 20:10:00 -0600", "Efrén Ceja", ["agricultura", "agua", "michoacan"], """
Uruapan, Michoacán.- Autoridades de los tres órdenes de gobierno acordaron este martes suspender por dos años la apertura de nuevas huertas de aguacate en las zonas de recarga de la cuenca del río Cupatitzio.

La Oficina de Representación de la Sader en Michoacán, cuyo titular, Arturo Villanueva Chávez, encabezó la reunión, condicionará los certificados de exportación a que cada huerta acredite el origen legal de su agua. La Secretaría de Agricultura y Desarrollo Rural federal enviará 30 inspectores.

La Dirección Local de la Conagua en Michoacán, a cargo de Ingrid Paz Carranza, reveló que 60 por ciento de las ollas de agua de la región no tienen concesión. Mónica Ayala Tena, titular de la Sader estatal, ofreció créditos para riego tecnificado.

Los presidentes municipales de Uruapan y Tancítaro, Efraín Solorio Magaña y Rosa Elena Ceja Mora, pidieron que parte de las multas se quede en los municipios para reforestar. El rector de la Universidad Michoacana de San Nicolás de Hidalgo, Salvador Huerta Ibarra, puso a disposición el laboratorio de suelos de la Facultad de Agrobiología.

La magistrada titular del Tribunal Unitario Agrario Distrito 17, Verónica Anaya Sosa, recordó que hay 200 juicios pendientes por cambio de uso de suelo en tierras ejidales. La representante estatal de la Procuraduría Agraria, Dalia Pérez Cuevas, prometió asesoría gratuita a los ejidos.

El exgobernador Leonel Godínez Arriaga, presente como invitado, recordó que durante su gestión el Gobierno del Estado intentó un acuerdo similar que no prosperó por falta de vigilancia.

Del lado privado, Ramón Gil Barajas, presidente de la Asociación de Productores y Empacadores Exportadores de Aguacate, aceptó la veda, pero pidió que no se frenen las huertas ya certificadas. Fidel Cuara Tapia, comisariado ejidal de San Juan Nuevo, exigió que los vigilantes comunitarios reciban pago.

La primera revisión se hará en los alrededores de la presa Ingeniero Melchor Campos, donde los vecinos denuncian bombeo nocturno.
""")
write_gold("05", "Michoacán", [
    O("Arturo Villanueva Chávez", "m", "titular", "Oficina de Representación de la Sader en Michoacán", "cuyo_titular"),
    O("Ingrid Paz Carranza", "f", "a cargo de la Dirección Local de la Conagua en Michoacán", "Dirección Local de la Conagua en Michoacán", "other"),
    O("Mónica Ayala Tena", "f", "titular de la Sader estatal", "Secretaría de Agricultura y Desarrollo Rural de Michoacán", "after_name"),
    O("Efraín Solorio Magaña", "m", "presidente municipal de Uruapan", "Ayuntamiento de Uruapan", "plural_list"),
    O("Rosa Elena Ceja Mora", "f", "presidenta municipal de Tancítaro", "Ayuntamiento de Tancítaro", "plural_list"),
    O("Salvador Huerta Ibarra", "m", "rector", "Universidad Michoacana de San Nicolás de Hidalgo", "rare_title"),
    O("Verónica Anaya Sosa", "f", "magistrada titular", "Tribunal Unitario Agrario Distrito 17", "feminine"),
    O("Dalia Pérez Cuevas", "f", "representante estatal", "Procuraduría Agraria", "feminine"),
    O("Leonel Godínez Arriaga", "m", "exgobernador", "Gobierno del Estado de Michoacán", "former", True),
], [
    I("Oficina de Representación de la Sader en Michoacán"),
    I("Secretaría de Agricultura y Desarrollo Rural", "Sader"),
    I("Dirección Local de la Conagua en Michoacán"),
    I("Comisión Nacional del Agua", "Conagua"),
    I("Secretaría de Agricultura y Desarrollo Rural de Michoacán", "Sader estatal"),
    I("Ayuntamiento de Uruapan"), I("Ayuntamiento de Tancítaro"),
    I("Universidad Michoacana de San Nicolás de Hidalgo"),
    I("Facultad de Agrobiología de la Universidad Michoacana", "Facultad de Agrobiología"),
    I("Tribunal Unitario Agrario Distrito 17"),
    I("Procuraduría Agraria"),
    I("Gobierno del Estado de Michoacán", "Gobierno del Estado"),
], [
    "Ramón Gil Barajas (presidente de una asociación privada de productores)",
    "Fidel Cuara Tapia (comisariado ejidal, autoridad agraria no servidor público)",
    "Melchor Campos (nombre de una presa)",
    "San Nicolás de Hidalgo (parte del nombre de la universidad)",
])
