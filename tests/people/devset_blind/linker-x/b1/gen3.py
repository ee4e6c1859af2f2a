from common import emit
# 09 Sinaloa
emit("09","wire","Cabildo de Culiacán aprueba tarifa de agua; JAPAC y CFE se culpan por apagones en pozos","12 de diciembre de 2024",
"Sergio Lizárraga","Culiacán","Sinaloa","""
El Ayuntamiento de Culiacán aprobó un aumento de 4.5 por ciento a la tarifa de agua para 2025, en una sesión marcada por las fallas de bombeo que dejaron sin servicio a 40 colonias la semana pasada.

La gerente general de la Junta Municipal de Agua Potable y Alcantarillado de Culiacán (JAPAC), Marisela Inzunza Lara, atribuyó los cortes a los apagones en los pozos. La titular del organismo dijo que se han presentado 31 interrupciones eléctricas desde octubre.

El gerente divisional de la División Noroeste de la Comisión Federal de Electricidad, Armando Gastélum Félix, negó esa versión y aseguró que los transformadores de la JAPAC "no han recibido mantenimiento". Gastélum ofreció una mesa técnica.

La directora de Comercialización y Atención a Usuarios de la JAPAC, Beatriz Sarabia Osuna, explicó que el aumento no aplicará a la tarifa social.

El presidente municipal Ramón Bojórquez Valdez pidió "dejar de culparse". La síndica procuradora Cecilia Lugo Ayón, quien votó en contra, advirtió que el organismo arrastra observaciones de la Auditoría Superior del Estado de Sinaloa.

En el Congreso del Estado de Sinaloa, las diputadas Aurelia Leyva Camacho y Minerva Ruelas Soto, promoventes de una iniciativa para congelar tarifas, anunciaron que la presentarán en enero.

El comandante de la Tercera Región Militar, general Leopoldo Ibarra Vega, informó en conferencia aparte que la Secretaría de la Defensa Nacional resguarda desde noviembre las subestaciones de la zona norte de la ciudad.

El presidente del Consejo para el Desarrollo Económico de Sinaloa, Miguel Valenzuela Alcalde, pidió "certidumbre tarifaria", y la vocera vecinal Guadalupe Rocha Meza organizó una protesta en la colonia Emiliano Zapata.

La JAPAC publicará las nuevas tarifas en el Periódico Oficial El Estado de Sinaloa. El organismo estima recaudar 180 millones de pesos adicionales, que destinará a reponer bombas y equipos de respaldo en los pozos de la zona poniente.
""",[
("Marisela Inzunza Lara","f","gerente general","Junta Municipal de Agua Potable y Alcantarillado de Culiacán",False,"description_only"),
("Armando Gastélum Félix","m","gerente divisional","División Noroeste de la Comisión Federal de Electricidad",False,"nested_body"),
("Beatriz Sarabia Osuna","f","directora de Comercialización y Atención a Usuarios","Junta Municipal de Agua Potable y Alcantarillado de Culiacán",False,"feminine"),
("Ramón Bojórquez Valdez","m","presidente municipal","Ayuntamiento de Culiacán",False,"no_comma"),
("Cecilia Lugo Ayón","f","síndica procuradora","Ayuntamiento de Culiacán",False,"rare_title"),
("Aurelia Leyva Camacho","f","diputada","Congreso del Estado de Sinaloa",False,"plural_list"),
("Minerva Ruelas Soto","f","diputada","Congreso del Estado de Sinaloa",False,"plural_list"),
("Leopoldo Ibarra Vega","m","comandante de la Tercera Región Militar","Tercera Región Militar",False,"military_rank"),
],[
("Ayuntamiento de Culiacán",[]),
("Junta Municipal de Agua Potable y Alcantarillado de Culiacán",["JAPAC","organismo"]),
("División Noroeste de la Comisión Federal de Electricidad",[]),
("Comisión Federal de Electricidad",[]),
("Auditoría Superior del Estado de Sinaloa",[]),
("Congreso del Estado de Sinaloa",[]),
("Tercera Región Militar",[]),
("Secretaría de la Defensa Nacional",[]),
],["Miguel Valenzuela Alcalde (presidente de consejo empresarial privado; apellido que es cargo)",
"Guadalupe Rocha Meza (vocera vecinal)",
"Emiliano Zapata (nombre de colonia)"])

# 10 Sonora
emit("10","wire","Congreso de Sonora aprueba licencia de alcaldesa de Cajeme; asume presidente interino","11 de diciembre de 2024",
"Daniela Ruibal","Hermosillo","Sonora","""
El Congreso del Estado de Sonora aprobó la licencia por tiempo indefinido de la presidenta municipal de Cajeme, Brenda Valenzuela Yocupicio, quien buscará la dirigencia de un organismo federal. En su lugar, el cabildo designó como presidente municipal interino a Jorge Armenta Ruiz, hasta ahora regidor.

La presidenta de la Mesa Directiva del Congreso, Rosario Quiroz Leyva, tomó la protesta al interino. La diputada local Paulina Encinas Moreno votó en contra y cuestionó que el cabildo no consultara a la síndica.

La síndica procuradora de Cajeme, Lourdes Bórquez Soto, confirmó que no fue convocada y anunció que presentará una queja ante el Tribunal de Justicia Administrativa del Estado de Sonora.

Entre los asistentes estuvo el director de Seguridad Pública Municipal de Cajeme, comandante Ulises Acosta Parra, así como el comandante de la Guarnición Militar de Ciudad Obregón, general Andrés Villegas Tena.

Armenta Ruiz anunció que ratificará al tesorero Rafael Duarte Ibarra y a la secretaria del Ayuntamiento, Olga Maldonado Félix; Duarte se reunirá el lunes con la Secretaría de Hacienda del Estado de Sonora para revisar el adeudo con el Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado de Sonora (ISSSTESON).

El exalcalde de Cajeme Alberto Escalante Molina advirtió que el interinato "no debe servir para cambiar a todo el gabinete".

El presidente de la Canaco Ciudad Obregón, Ernesto Zaragoza Cota, pidió continuidad en las obras del centro, y la dirigente estatal de un partido, Karina Gutiérrez Ibarra, sin cargo público, celebró la designación.

El Ayuntamiento de Cajeme sesionará el jueves para aprobar su presupuesto. El interino tendrá que presentar el proyecto de egresos, que la administración saliente dejó en borrador, antes del 31 de diciembre.
""",[
("Brenda Valenzuela Yocupicio","f","presidenta municipal de Cajeme","Ayuntamiento de Cajeme",False,"feminine"),
("Jorge Armenta Ruiz","m","presidente municipal interino","Ayuntamiento de Cajeme",False,"surname_only_later"),
("Rosario Quiroz Leyva","f","presidenta de la Mesa Directiva","Congreso del Estado de Sonora",False,"feminine"),
("Paulina Encinas Moreno","f","diputada local","Congreso del Estado de Sonora",False,"no_comma"),
("Lourdes Bórquez Soto","f","síndica procuradora","Ayuntamiento de Cajeme",False,"apposition"),
("Ulises Acosta Parra","m","director de Seguridad Pública Municipal de Cajeme","Ayuntamiento de Cajeme",False,"military_rank"),
("Andrés Villegas Tena","m","comandante de la Guarnición Militar de Ciudad Obregón","Guarnición Militar de Ciudad Obregón",False,"military_rank"),
("Rafael Duarte Ibarra","m","tesorero","Ayuntamiento de Cajeme",False,"surname_only_later"),
("Olga Maldonado Félix","f","secretaria del Ayuntamiento","Ayuntamiento de Cajeme",False,"after_name"),
("Alberto Escalante Molina","m","exalcalde de Cajeme","Ayuntamiento de Cajeme",True,"former"),
],[
("Congreso del Estado de Sonora",["Congreso"]),
("Ayuntamiento de Cajeme",["cabildo"]),
("Tribunal de Justicia Administrativa del Estado de Sonora",[]),
("Guarnición Militar de Ciudad Obregón",[]),
("Secretaría de Hacienda del Estado de Sonora",[]),
("Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado de Sonora",["ISSSTESON"]),
],["Ernesto Zaragoza Cota (presidente de la Canaco, cámara privada)",
"Karina Gutiérrez Ibarra (dirigente de partido sin cargo público)",
"Canaco Ciudad Obregón (organismo privado)"])

# 11 Baja California
emit("11","wire","Juez federal frena cobro de derecho de alumbrado en Tijuana; Cabildo alista apelación","13 de diciembre de 2024",
"Nayeli Camarena","Tijuana","Baja California","""
El Juzgado Tercero de Distrito en Materia Administrativa en Baja California concedió una suspensión definitiva contra el cobro del derecho de alumbrado público en Tijuana, en respuesta a un amparo de 300 comerciantes.

La jueza de distrito Adela Ponce Esquivel consideró que el cobro basado en el consumo eléctrico "carece de proporcionalidad". El Ayuntamiento de Tijuana, cuya consejera jurídica, Ivonne Salgado Trujillo, ya prepara el recurso de revisión, estima que dejará de recaudar 400 millones.

La presidenta municipal Mónica Zárate Beltrán dijo en la sesión de cabildo que el fallo "pone en riesgo la seguridad de las calles". La mandataria municipal pidió al Congreso del Estado de Baja California reformar la Ley de Ingresos.

Los regidores Óscar Lamadrid Soto, Fabiola Ortega Nava y Sonia Cárdenas Rey, de la Comisión de Hacienda, respaldaron el recurso.

El superintendente de la Zona Tijuana de la Comisión Federal de Electricidad, Ricardo Benítez Arana, aclaró que la CFE sólo recauda el derecho "por convenio" y que el dinero se entrega a la Tesorería Municipal de Tijuana.

La diputada Dunnia Robles Pimentel, presidenta de la Comisión de Hacienda y Presupuesto del Congreso, adelantó que la reforma se discutirá en enero. El exsíndico procurador Raúl Esparza Gil recordó que desde 2019 advirtió de la fragilidad jurídica del cobro.

El presidente del Consejo Coordinador Empresarial de Tijuana, Gilberto Solís Meza, celebró la suspensión, mientras que el investigador Armando Ley Castro, de la Universidad Iberoamericana Tijuana, explicó que otras ciudades ya han perdido juicios similares.

La suspensión estará vigente hasta que se resuelva el fondo del amparo. Mientras tanto, la Tesorería Municipal de Tijuana deberá abstenerse de cobrar el derecho a los quejosos en los recibos de enero.
""",[
("Adela Ponce Esquivel","f","jueza de distrito","Juzgado Tercero de Distrito en Materia Administrativa en Baja California",False,"no_comma"),
("Ivonne Salgado Trujillo","f","consejera jurídica","Ayuntamiento de Tijuana",False,"cuyo_titular"),
("Mónica Zárate Beltrán","f","presidenta municipal","Ayuntamiento de Tijuana",False,"role_only_reference"),
("Óscar Lamadrid Soto","m","regidor","Ayuntamiento de Tijuana",False,"plural_list"),
("Fabiola Ortega Nava","f","regidora","Ayuntamiento de Tijuana",False,"plural_list"),
("Sonia Cárdenas Rey","f","regidora","Ayuntamiento de Tijuana",False,"plural_list"),
("Ricardo Benítez Arana","m","superintendente","Zona Tijuana de la Comisión Federal de Electricidad",False,"nested_body"),
("Dunnia Robles Pimentel","f","presidenta de la Comisión de Hacienda y Presupuesto","Congreso del Estado de Baja California",False,"after_name"),
("Raúl Esparza Gil","m","exsíndico procurador","Ayuntamiento de Tijuana",True,"former"),
],[
("Juzgado Tercero de Distrito en Materia Administrativa en Baja California",[]),
("Ayuntamiento de Tijuana",["cabildo"]),
("Congreso del Estado de Baja California",["Congreso"]),
("Zona Tijuana de la Comisión Federal de Electricidad",[]),
("Comisión Federal de Electricidad",["CFE"]),
("Tesorería Municipal de Tijuana",[]),
],["Gilberto Solís Meza (presidente del Consejo Coordinador Empresarial, organismo privado)",
"Armando Ley Castro (investigador de universidad privada)",
"Universidad Iberoamericana Tijuana (universidad privada)"])

# 12 Baja California Sur
emit("12","wire","La Paz: Cabildo aprueba reglamento de playas; Profepa y Semarnat piden ajustes","12 de diciembre de 2024",
"Tomás Cota","La Paz","Baja California Sur","""
El Ayuntamiento de La Paz aprobó el nuevo reglamento de playas que prohíbe el ingreso de vehículos a la zona de Balandra, tras cuatro meses de consultas.

El presidente municipal de La Paz, Humberto Amador Geraldo, afirmó que el reglamento "protege el principal patrimonio de la ciudad". El edil adelantó que el Ayuntamiento contratará 40 guardaparques.

La directora de Ecología y Medio Ambiente de la Dirección General de Servicios Públicos Municipales de La Paz, Araceli Meza Cosío, explicó que las multas irán de 5 mil a 50 mil pesos.

La Procuraduría Federal de Protección al Ambiente (Profepa) pidió ajustes. Su representante en Baja California Sur, Norma Villavicencio Ruiz, señaló que la zona federal marítimo terrestre corresponde a la Secretaría de Medio Ambiente y Recursos Naturales, cuya titular de la oficina de representación estatal, Leticia Cota Lucero, solicitó una mesa de trabajo.

El comandante del Sector Naval de La Paz, capitán de navío Ernesto Lugo Amador, se comprometió a apoyar la vigilancia en el mar.

La regidora Itzel Romero Castro, presidenta de la Comisión de Ecología, destacó que el reglamento fue consultado con pescadores. La síndica municipal, Elvia Osuna Geraldo, votó a favor.

La exalcaldesa de Los Cabos Alma Talamantes Peña, ahora diputada local en el Congreso del Estado de Baja California Sur, anunció que propondrá un reglamento similar para Cabo Pulmo.

La presidenta de la Asociación de Prestadores de Servicios Turísticos de Balandra, Karen Cota Villarino, rechazó las restricciones, y el biólogo Alfredo Guardado Mendoza, de la organización civil Niparajá, dijo que el reglamento llega tarde.

El reglamento entrará en vigor en marzo, tras su publicación en el Boletín Oficial del Gobierno del Estado de Baja California Sur.
""",[
("Humberto Amador Geraldo","m","presidente municipal de La Paz","Ayuntamiento de La Paz",False,"role_only_reference"),
("Araceli Meza Cosío","f","directora de Ecología y Medio Ambiente","Dirección General de Servicios Públicos Municipales de La Paz",False,"nested_body"),
("Norma Villavicencio Ruiz","f","representante","Procuraduría Federal de Protección al Ambiente",False,"description_only"),
("Leticia Cota Lucero","f","titular de la oficina de representación estatal","Secretaría de Medio Ambiente y Recursos Naturales",False,"cuyo_titular"),
("Ernesto Lugo Amador","m","comandante del Sector Naval de La Paz","Sector Naval de La Paz",False,"military_rank"),
("Itzel Romero Castro","f","regidora","Ayuntamiento de La Paz",False,"after_name"),
("Elvia Osuna Geraldo","f","síndica municipal","Ayuntamiento de La Paz",False,"apposition"),
("Alma Talamantes Peña","f","exalcaldesa de Los Cabos","Ayuntamiento de Los Cabos",True,"former"),
],[
("Ayuntamiento de La Paz",["Ayuntamiento"]),
("Dirección General de Servicios Públicos Municipales de La Paz",[]),
("Procuraduría Federal de Protección al Ambiente",["Profepa"]),
("Secretaría de Medio Ambiente y Recursos Naturales",[]),
("Sector Naval de La Paz",[]),
("Ayuntamiento de Los Cabos",[]),
("Congreso del Estado de Baja California Sur",[]),
("Gobierno del Estado de Baja California Sur",[]),
],["Karen Cota Villarino (presidenta de asociación privada de prestadores turísticos)",
"Alfredo Guardado Mendoza (biólogo de organización civil)",
"Asociación de Prestadores de Servicios Turísticos de Balandra (organismo privado)"])
