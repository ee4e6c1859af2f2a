from common import emit
# 01 Guanajuato
emit("01","jekyll","Cabildo de León aprueba presupuesto 2025 entre reclamos de la oposición","2024-12-12 19:30:00 -0600","Redacción Bajío",None,"Guanajuato","""
León, Guanajuato.- En una sesión extraordinaria que se prolongó más de cinco horas, el Ayuntamiento de León aprobó por mayoría el presupuesto de egresos para 2025, que asciende a 11 mil 400 millones de pesos.

La presidenta municipal Mariela Ocampo Ledesma defendió el aumento de 9 por ciento en seguridad y obra pública. "No es un presupuesto de campaña, es un presupuesto de calles", dijo. Más tarde, la alcaldesa pidió a los inconformes presentar propuestas por escrito.

Votaron en contra las regidoras Fabiola Cisneros Ruelas y Tania Mendiola Prieto, quienes acusaron que el Cabildo recibió el proyecto con apenas 48 horas de anticipación. A ellas se sumó la síndica segunda Rocío Aranda Villalpando, quien advirtió sobre el crecimiento de la deuda de corto plazo.

Ernesto Lizardi Camarena, tesorero municipal, explicó que la Tesorería Municipal de León proyecta ingresos propios por 3 mil 200 millones. La directora de Ingresos de la Tesorería Municipal de León, Sandra Vela Oropeza, detalló que el predial no subirá más allá de la inflación.

El contralor municipal (Héctor Pons Arredondo) informó que las observaciones de la cuenta pública anterior fueron solventadas en 80 por ciento.

Desde las gradas, el exalcalde Rodolfo Guerra Tinajero criticó la reducción de recursos para el Sistema para el Desarrollo Integral de la Familia de León, mientras que la diputada local Itzel Murguía Salcedo, presidenta de la Comisión de Hacienda y Fiscalización del Congreso del Estado de Guanajuato, anunció que revisará el endeudamiento en la Legislatura.

Fuera del recinto, el presidente de la Cámara de la Industria del Calzado, Leopoldo Regidor Anaya, celebró que se mantenga el programa de apoyo a curtidores, y la activista Norma Ibarra Luján encabezó un plantón de vecinos de la colonia Valentín Gómez Farías, que exigen pavimentación.

La Cámara de la Industria del Calzado, organismo privado, pidió además que el Ayuntamiento destine recursos a la vigilancia de la zona piel. El dictamen será publicado en el Periódico Oficial del Gobierno del Estado de Guanajuato la próxima semana, y los ediles deberán aprobar en enero el programa de obra pública.
""",[
("Mariela Ocampo Ledesma","f","presidenta municipal","Ayuntamiento de León",False,"role_only_reference"),
("Fabiola Cisneros Ruelas","f","regidora","Ayuntamiento de León",False,"plural_list"),
("Tania Mendiola Prieto","f","regidora","Ayuntamiento de León",False,"plural_list"),
("Rocío Aranda Villalpando","f","síndica segunda","Ayuntamiento de León",False,"rare_title"),
("Ernesto Lizardi Camarena","m","tesorero municipal","Tesorería Municipal de León",False,"after_name"),
("Sandra Vela Oropeza","f","directora de Ingresos","Tesorería Municipal de León",False,"nested_body"),
("Héctor Pons Arredondo","m","contralor municipal","Ayuntamiento de León",False,"parenthesis"),
("Rodolfo Guerra Tinajero","m","exalcalde","Ayuntamiento de León",True,"former"),
("Itzel Murguía Salcedo","f","presidenta de la Comisión de Hacienda y Fiscalización","Congreso del Estado de Guanajuato",False,"feminine"),
],[
("Ayuntamiento de León",["Cabildo","Ayuntamiento"]),
("Tesorería Municipal de León",[]),
("Sistema para el Desarrollo Integral de la Familia de León",[]),
("Congreso del Estado de Guanajuato",["Legislatura"]),
("Gobierno del Estado de Guanajuato",[]),
],["Leopoldo Regidor Anaya (presidente de la Cámara de la Industria del Calzado, cámara privada; apellido que es cargo)",
"Norma Ibarra Luján (activista)",
"Valentín Gómez Farías (nombre de colonia)"])

# 02 Querétaro
emit("02","jekyll","Congreso de Querétaro designa auditora superior; renuncia titular de Finanzas de Corregidora","2024-12-10 14:05:00 -0600","Laura Peniche",None,"Querétaro","""
Santiago de Querétaro, Querétaro.- El pleno del Congreso del Estado de Querétaro designó con 21 votos a Verónica Aldama Rentería como auditora superior del estado, cargo que estaba vacante desde agosto. La nueva titular de la Entidad Superior de Fiscalización del Estado de Querétaro rindió protesta ante la presidenta de la Mesa Directiva, la diputada Griselda Pineda Olvera.

Las diputadas Marisol Trejo Bárcenas, Elena Cabrera Loyola y Adriana Salinas Moctezuma, promoventes de la reforma que obliga a publicar las auditorías en línea, celebraron el nombramiento, aunque pidieron que Aldama presente en 30 días su programa anual.

En la misma sesión se leyó la renuncia de Javier Centeno Olalde, secretario de Finanzas del municipio de Corregidora, quien dejó el cargo "por motivos personales". El Ayuntamiento de Corregidora, cuyo presidente municipal, Fernando Ugalde Ríos, aceptó la dimisión el martes, nombró como encargada de despacho a Luz María Téllez Herrera.

La Universidad Autónoma de Querétaro también estuvo presente: su rector Alonso Zúñiga Quintanar entregó a los legisladores un estudio sobre transparencia municipal elaborado por la Facultad de Derecho.

La discusión se calentó cuando el dirigente estatal de un partido de oposición, Rubén Camacho Vives, acusó desde la tribuna de invitados un "reparto de cuotas". Camacho no ocupa ningún cargo público. También tomó la palabra el académico Sergio Presidente Olmos, del Tecnológico de Monterrey campus Querétaro, quien advirtió sobre la falta de perfiles técnicos.

La Entidad Superior de Fiscalización deberá entregar en febrero los informes de resultados de 2023 de los 18 municipios. De acuerdo con la Ley de Fiscalización, la auditora superior durará siete años en el cargo y podrá ser removida sólo por dos terceras partes del pleno.

El Poder Ejecutivo del Gobierno del Estado de Querétaro no envió representante a la sesión. La Legislatura cerrará su periodo ordinario el próximo 15 de diciembre con la aprobación del paquete económico.
""",[
("Verónica Aldama Rentería","f","auditora superior","Entidad Superior de Fiscalización del Estado de Querétaro",False,"surname_only_later"),
("Griselda Pineda Olvera","f","presidenta de la Mesa Directiva","Congreso del Estado de Querétaro",False,"feminine"),
("Marisol Trejo Bárcenas","f","diputada","Congreso del Estado de Querétaro",False,"plural_list"),
("Elena Cabrera Loyola","f","diputada","Congreso del Estado de Querétaro",False,"plural_list"),
("Adriana Salinas Moctezuma","f","diputada","Congreso del Estado de Querétaro",False,"plural_list"),
("Javier Centeno Olalde","m","secretario de Finanzas","Ayuntamiento de Corregidora",False,"apposition"),
("Fernando Ugalde Ríos","m","presidente municipal","Ayuntamiento de Corregidora",False,"cuyo_titular"),
("Luz María Téllez Herrera","f","encargada de despacho","Ayuntamiento de Corregidora",False,"feminine"),
("Alonso Zúñiga Quintanar","m","rector","Universidad Autónoma de Querétaro",False,"no_comma"),
],[
("Congreso del Estado de Querétaro",["Legislatura"]),
("Entidad Superior de Fiscalización del Estado de Querétaro",["Entidad Superior de Fiscalización"]),
("Ayuntamiento de Corregidora",[]),
("Universidad Autónoma de Querétaro",[]),
("Facultad de Derecho de la Universidad Autónoma de Querétaro",["Facultad de Derecho"]),
("Gobierno del Estado de Querétaro",[]),
],["Rubén Camacho Vives (dirigente estatal de partido sin cargo público)",
"Sergio Presidente Olmos (académico de universidad privada; apellido que es cargo)",
"Tecnológico de Monterrey (universidad privada)"])

# 03 Aguascalientes
emit("03","jekyll","Tribunal anula despido de 40 trabajadores del Ayuntamiento de Jesús María","2024-12-11 10:15:00 -0600","Marco Esparza",None,"Aguascalientes","""
Aguascalientes, Aguascalientes.- La Sala Administrativa del Tribunal Superior de Justicia del Estado de Aguascalientes declaró nulo el despido de 40 trabajadores de limpia del Ayuntamiento de Jesús María y ordenó su reinstalación con salarios caídos.

La magistrada presidenta de la sala, Beatriz Lomelí Gallardo, explicó que el cabildo "no siguió el procedimiento previsto en el Estatuto Jurídico". La resolución fue turnada a la jueza Araceli Nieto Landín, del Juzgado Segundo Civil de Jesús María, para la ejecución de los pagos.

El edil de Jesús María, Gustavo Ruvalcaba Serna, dijo que el municipio acatará el fallo, aunque el oficial mayor, Armando Dávila Prieto, calculó el costo en 14 millones de pesos. La síndica procuradora del Ayuntamiento de Jesús María, Ofelia Rangel Estrada, adelantó que no se interpondrá amparo.

En el Congreso del Estado de Aguascalientes, la presidenta de la Comisión de Vigilancia, la diputada Karina Chávez Femat, pidió al Órgano Superior de Fiscalización del Estado de Aguascalientes auditar la nómina municipal. El titular del órgano fiscalizador, Miguel Ángel Alcalde Durón, respondió que la revisión ya forma parte del programa 2025; Alcalde Durón precisó que la auditoría incluirá los contratos de recolección.

La visitadora general de la Comisión de Derechos Humanos del Estado de Aguascalientes, Patricia Olivares Mota, había emitido en octubre una recomendación por el trato a los trabajadores, que protestaron durante semanas frente a la presidencia municipal.

El líder del sindicato de trabajadores, Juan Carlos Gallegos Urrutia, agradeció el apoyo de la abogada Silvia Romo Macías, de la Universidad Panamericana, quien llevó el caso sin cobrar honorarios.

Los trabajadores serán reinstalados a partir del 2 de enero en el relleno sanitario ubicado sobre la avenida Siglo XXI, informó el Ayuntamiento. La Sala Administrativa dio 15 días al municipio para acreditar el cumplimiento, y advirtió que en caso contrario dará vista al Congreso para un posible procedimiento de responsabilidad contra los integrantes del cabildo.
""",[
("Beatriz Lomelí Gallardo","f","magistrada presidenta de la sala","Sala Administrativa del Tribunal Superior de Justicia del Estado de Aguascalientes",False,"feminine"),
("Araceli Nieto Landín","f","jueza","Juzgado Segundo Civil de Jesús María",False,"no_comma"),
("Gustavo Ruvalcaba Serna","m","edil de Jesús María","Ayuntamiento de Jesús María",False,"other"),
("Armando Dávila Prieto","m","oficial mayor","Ayuntamiento de Jesús María",False,"rare_title"),
("Ofelia Rangel Estrada","f","síndica procuradora","Ayuntamiento de Jesús María",False,"apposition"),
("Karina Chávez Femat","f","presidenta de la Comisión de Vigilancia","Congreso del Estado de Aguascalientes",False,"feminine"),
("Miguel Ángel Alcalde Durón","m","titular del órgano fiscalizador","Órgano Superior de Fiscalización del Estado de Aguascalientes",False,"description_only"),
("Patricia Olivares Mota","f","visitadora general","Comisión de Derechos Humanos del Estado de Aguascalientes",False,"rare_title"),
],[
("Sala Administrativa del Tribunal Superior de Justicia del Estado de Aguascalientes",["Sala Administrativa"]),
("Tribunal Superior de Justicia del Estado de Aguascalientes",[]),
("Juzgado Segundo Civil de Jesús María",[]),
("Ayuntamiento de Jesús María",["cabildo","municipio"]),
("Congreso del Estado de Aguascalientes",["Congreso"]),
("Órgano Superior de Fiscalización del Estado de Aguascalientes",["órgano fiscalizador"]),
("Comisión de Derechos Humanos del Estado de Aguascalientes",[]),
],["Juan Carlos Gallegos Urrutia (líder sindical)",
"Silvia Romo Macías (abogada de universidad privada)",
"Universidad Panamericana (universidad privada)"])

# 04 San Luis Potosí
emit("04","jekyll","Cabildo de Soledad nombra nueva contralora tras renuncia; CEGAIP abre investigación","2024-12-09 18:40:00 -0600","Paola Rosillo",None,"San Luis Potosí","""
San Luis Potosí, San Luis Potosí.- El Ayuntamiento de Soledad de Graciano Sánchez nombró este lunes a Diana Leos Castañeda como contralora interna, luego de la renuncia de Omar Bustos Villegas, quien ocupó el cargo durante dos años y medio.

La designación fue propuesta por la presidenta municipal interina, Claudia Espinosa Rubio, y aprobada con 14 votos. La edil explicó que Leos Castañeda trabajó antes en la Auditoría Superior del Estado de San Luis Potosí. Leos asumió de inmediato las investigaciones sobre compras de luminarias.

Bustos Villegas, excontralor interno, dijo en una carta que su salida "obedece a presiones" y pidió intervenir a la Comisión Estatal de Garantía de Acceso a la Información Pública (CEGAIP). La comisionada presidenta del organismo, Yadira Contreras Ponce, anunció que abrió un expediente por la negativa del municipio a entregar contratos.

Por su parte, los regidores Esteban Loredo Pardo y Gerardo Zapata Mireles pidieron comparecer al director de Alumbrado Público, Irving Castro Guel, mientras que la secretaria general del Ayuntamiento —Martha Ledezma Olguín— aseguró que toda la información fue enviada a tiempo.

En el Congreso del Estado de San Luis Potosí, la diputada local Alejandra Moncada Salas presentó un punto de acuerdo para que la Auditoría Superior del Estado practique una auditoría especial.

El empresario Ramiro Coronado Bravo, presidente de la Coparmex San Luis Potosí, llamó a "no politizar" el caso. Las sesiones de cabildo se realizan en el edificio de la calle Mariano Jiménez, frente a la plaza principal.

La CEGAIP dará a conocer su resolución en un plazo de 30 días hábiles. Mientras tanto, la nueva contralora anunció que revisará los contratos firmados con tres proveedores foráneos entre 2022 y 2024, y que presentará un informe al cabildo en febrero. El Ayuntamiento mantendrá abierta la licitación de luminarias hasta que concluya la revisión.
""",[
("Diana Leos Castañeda","f","contralora interna","Ayuntamiento de Soledad de Graciano Sánchez",False,"surname_only_later"),
("Omar Bustos Villegas","m","excontralor interno","Ayuntamiento de Soledad de Graciano Sánchez",True,"former"),
("Claudia Espinosa Rubio","f","presidenta municipal interina","Ayuntamiento de Soledad de Graciano Sánchez",False,"role_only_reference"),
("Yadira Contreras Ponce","f","comisionada presidenta del organismo","Comisión Estatal de Garantía de Acceso a la Información Pública",False,"description_only"),
("Esteban Loredo Pardo","m","regidor","Ayuntamiento de Soledad de Graciano Sánchez",False,"plural_list"),
("Gerardo Zapata Mireles","m","regidor","Ayuntamiento de Soledad de Graciano Sánchez",False,"plural_list"),
("Irving Castro Guel","m","director de Alumbrado Público","Ayuntamiento de Soledad de Graciano Sánchez",False,"other"),
("Martha Ledezma Olguín","f","secretaria general del Ayuntamiento","Ayuntamiento de Soledad de Graciano Sánchez",False,"parenthesis"),
("Alejandra Moncada Salas","f","diputada local","Congreso del Estado de San Luis Potosí",False,"feminine"),
],[
("Ayuntamiento de Soledad de Graciano Sánchez",["cabildo","municipio"]),
("Auditoría Superior del Estado de San Luis Potosí",["Auditoría Superior del Estado"]),
("Comisión Estatal de Garantía de Acceso a la Información Pública",["CEGAIP","organismo"]),
("Congreso del Estado de San Luis Potosí",[]),
],["Ramiro Coronado Bravo (presidente de Coparmex, organismo empresarial privado)",
"Coparmex San Luis Potosí (organismo privado)",
"Mariano Jiménez (nombre de calle)",
"Graciano Sánchez (nombre de persona dentro del nombre del municipio)"])
