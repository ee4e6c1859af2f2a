from common import O, I, write

t04 = """---
layout: post
title: "Fuga en ducto de Pemex obliga a evacuar a 300 familias en Coatzacoalcos"
date: 2025-03-13 18:40:00 -0600
author: Alejandra Ruiz
categories: [veracruz, medio-ambiente, seguridad]
---

COATZACOALCOS, Veracruz.— Una fuga de hidrocarburo en un ducto de Petróleos Mexicanos (Pemex) que abastece a la Refinería General Lázaro Cárdenas obligó este jueves a evacuar a unas 300 familias de la colonia Emiliano Zapata.

La gerente de Seguridad Industrial de la petrolera, Claudia Ordaz Montiel, informó que la válvula dañada quedó sellada por la tarde y que no hubo personas lesionadas.

La secretaria de Protección Civil del Gobierno de Veracruz, Luz María Osorno Herrera, instaló un albergue en el domo municipal y pidió a los vecinos no regresar hasta recibir autorización.

La alcaldesa de Coatzacoalcos, Amparo Lagunes Toledo, recorrió la zona afectada. La edil aseguró que el Ayuntamiento de Coatzacoalcos cobrará a la empresa los gastos de limpieza de calles y drenes.

El comandante del Sector Naval de Coatzacoalcos, vicealmirante Ernesto Palacios Ríos, desplegó a 80 elementos de la Secretaría de Marina para contener la mancha en el río Calzadas.

Dos personas con mareos fueron trasladadas al Hospital Regional de Pemex en Minatitlán, donde Héctor Cruz Domínguez —director del Hospital Regional de Pemex en Minatitlán— descartó intoxicación grave.

La procuradora estatal de Protección al Medio Ambiente, Fabiola Rosas Uscanga, anunció que la Procuraduría Estatal de Protección al Medio Ambiente tomará muestras de suelo y agua.

En el plano federal, la Oficina de Representación de la Profepa en Veracruz, cuyo titular, Iván Castillo Mora, llegó por la noche, abrió un procedimiento administrativo contra la subsidiaria. La Procuraduría Federal de Protección al Ambiente no descartó multas.

El síndico segundo de Nanchital, Rubén Hernández Lagunes, pidió revisar los ductos que cruzan ese municipio, y la exalcaldesa de Minatitlán Marisela Toledo Ruiz recordó que en 2019 otra fuga contaminó los pozos de la zona.

Ramiro Gómez Alor, presidente de la Coparmex Coatzacoalcos, exigió indemnizar a los comercios cerrados, mientras que Jesús Pérez Juárez, líder de la sección 11 del sindicato petrolero, defendió a los trabajadores de mantenimiento.
"""
write("04", "md", t04, "Veracruz", [
  O("Claudia Ordaz Montiel","f","gerente de Seguridad Industrial de la petrolera","Petróleos Mexicanos","description_only"),
  O("Luz María Osorno Herrera","f","secretaria de Protección Civil","Secretaría de Protección Civil de Veracruz","apposition"),
  O("Amparo Lagunes Toledo","f","alcaldesa de Coatzacoalcos","Ayuntamiento de Coatzacoalcos","role_only_reference"),
  O("Ernesto Palacios Ríos","m","comandante del Sector Naval de Coatzacoalcos","Sector Naval de Coatzacoalcos","military_rank"),
  O("Héctor Cruz Domínguez","m","director del Hospital Regional de Pemex en Minatitlán","Hospital Regional de Pemex en Minatitlán","parenthesis"),
  O("Fabiola Rosas Uscanga","f","procuradora estatal de Protección al Medio Ambiente","Procuraduría Estatal de Protección al Medio Ambiente de Veracruz","feminine"),
  O("Iván Castillo Mora","m","titular","Oficina de Representación de la Profepa en Veracruz","cuyo_titular"),
  O("Rubén Hernández Lagunes","m","síndico segundo de Nanchital","Ayuntamiento de Nanchital","rare_title"),
  O("Marisela Toledo Ruiz","f","exalcaldesa de Minatitlán","Ayuntamiento de Minatitlán","former",True),
], [
  I("Petróleos Mexicanos","Pemex","petrolera","empresa"),
  I("Refinería General Lázaro Cárdenas"),
  I("Secretaría de Protección Civil de Veracruz","Secretaría de Protección Civil del Gobierno de Veracruz"),
  I("Gobierno del Estado de Veracruz","Gobierno de Veracruz"),
  I("Ayuntamiento de Coatzacoalcos"), I("Ayuntamiento de Nanchital"), I("Ayuntamiento de Minatitlán"),
  I("Sector Naval de Coatzacoalcos"), I("Secretaría de Marina"),
  I("Hospital Regional de Pemex en Minatitlán"),
  I("Procuraduría Estatal de Protección al Medio Ambiente de Veracruz","Procuraduría Estatal de Protección al Medio Ambiente"),
  I("Oficina de Representación de la Profepa en Veracruz"),
  I("Procuraduría Federal de Protección al Ambiente","Profepa"),
], [
  "Lázaro Cárdenas (nombre de persona dentro del nombre de la refinería)",
  "Emiliano Zapata (colonia)",
  "Ramiro Gómez Alor (presidente de la Coparmex, organismo empresarial privado)",
  "Jesús Pérez Juárez (líder sindical petrolero)",
], ["women","rare_titles","role_positions","former","other_state_bodies","nested_bodies","description_institution","name_inside_institution","private_leaders","military"])

t05 = """## Crecida del Grijalva mantiene en alerta a Villahermosa; abren 40 albergues

Por Laura Jiménez | Agencia Sureste Informa | Villahermosa, Tabasco, 14 de marzo de 2025

Las lluvias atípicas de la última semana elevaron el nivel del río Grijalva a 7.8 metros frente a Villahermosa, y el Gobierno de Tabasco activó 40 albergues en Centro, Nacajuca y Cunduacán.

El director del Organismo de Cuenca Frontera Sur de la Conagua Julio Zapata Magaña explicó que la presa Peñitas reducirá sus descargas a partir del sábado para aliviar la planicie.

La directora general del Instituto de Protección Civil del Estado de Tabasco (IPCET), Nelly Arias Chablé, pidió a los habitantes de la colonia José María Pino Suárez atender las órdenes de evacuación.

El comandante de la 30 Zona Militar, general de brigada Arturo Gallegos Sierra, informó que el Ejército Mexicano aplica el Plan DN-III-E con 900 elementos.

El presidente municipal de Centro, Óscar de la Cruz Palma, recorrió los bordos de Gaviotas Sur. El edil pidió apoyo federal para reforzar 3 kilómetros de costales.

La gerente divisional de la División de Distribución Sureste de la CFE, Mariana Hernández Ocaña, detalló que 12 mil usuarios siguen sin luz y que la Comisión Federal de Electricidad restablecerá el servicio en 48 horas.

El Sistema para el Desarrollo Integral de la Familia de Tabasco (DIF Tabasco) repartió 5 mil despensas; Alicia Chablé Pérez, directora general del organismo asistencial, dijo que se priorizará a adultos mayores.

En el Congreso del Estado de Tabasco, las diputadas Laura Pérez Torruco, Guadalupe Ovando Jiménez y Fabiola Sastré Hernández, promoventes de un punto de acuerdo, pidieron auditar las obras de protección construidas desde 2020.

El exgobernador Ramiro Priego Ocaña sostuvo que esas obras quedaron inconclusas por recortes.

La Universidad Juárez Autónoma de Tabasco (UJAT) habilitó dos gimnasios como refugio. Enrique Sosa Garrido, presidente de la Canaco Servytur Villahermosa, estimó pérdidas de 300 millones de pesos, y el ambientalista Carlos Pellicer Arias, del colectivo Ríos Vivos, culpó a la deforestación de la cuenca alta.
"""
write("05", "md", t05, "Tabasco", [
  O("Julio Zapata Magaña","m","director del Organismo de Cuenca Frontera Sur","Organismo de Cuenca Frontera Sur de la Conagua","no_comma"),
  O("Nelly Arias Chablé","f","directora general","Instituto de Protección Civil del Estado de Tabasco","apposition"),
  O("Arturo Gallegos Sierra","m","comandante de la 30 Zona Militar","30 Zona Militar","military_rank"),
  O("Óscar de la Cruz Palma","m","presidente municipal de Centro","Ayuntamiento de Centro","role_only_reference"),
  O("Mariana Hernández Ocaña","f","gerente divisional de la División de Distribución Sureste","División de Distribución Sureste de la CFE","rare_title"),
  O("Alicia Chablé Pérez","f","directora general del organismo asistencial","Sistema para el Desarrollo Integral de la Familia de Tabasco","description_only"),
  O("Laura Pérez Torruco","f","diputada","Congreso del Estado de Tabasco","plural_list"),
  O("Guadalupe Ovando Jiménez","f","diputada","Congreso del Estado de Tabasco","plural_list"),
  O("Fabiola Sastré Hernández","f","diputada","Congreso del Estado de Tabasco","plural_list"),
  O("Ramiro Priego Ocaña","m","exgobernador","Gobierno del Estado de Tabasco","former",True),
], [
  I("Gobierno del Estado de Tabasco","Gobierno de Tabasco"),
  I("Organismo de Cuenca Frontera Sur de la Conagua","Organismo de Cuenca Frontera Sur"),
  I("Comisión Nacional del Agua","Conagua"),
  I("Instituto de Protección Civil del Estado de Tabasco","IPCET"),
  I("30 Zona Militar"), I("Ejército Mexicano"),
  I("Ayuntamiento de Centro"), I("Ayuntamiento de Nacajuca"), I("Ayuntamiento de Cunduacán"),
  I("División de Distribución Sureste de la CFE"),
  I("Comisión Federal de Electricidad","CFE"),
  I("Sistema para el Desarrollo Integral de la Familia de Tabasco","DIF Tabasco","organismo asistencial"),
  I("Congreso del Estado de Tabasco"),
  I("Universidad Juárez Autónoma de Tabasco","UJAT"),
], [
  "José María Pino Suárez (colonia)",
  "Juárez (apellido dentro de Universidad Juárez Autónoma de Tabasco)",
  "Enrique Sosa Garrido (presidente de la Canaco Servytur, cámara privada)",
  "Carlos Pellicer Arias (ambientalista de un colectivo)",
], ["plural","women","rare_titles","role_positions","former","other_state_bodies","nested_bodies","description_institution","name_inside_institution","private_leaders","military"])

t06 = """## Pescadores de Ciudad del Carmen bloquean acceso a muelle petrolero

Por Raúl Canché | Noticias del Golfo | Ciudad del Carmen, Campeche, 14 de marzo de 2025

Unos 200 pescadores ribereños bloquearon este viernes el acceso al muelle de Laguna Azul para exigir a Petróleos Mexicanos (Pemex) el pago de compensaciones por la veda en zonas de exclusión.

El capitán de puerto de Ciudad del Carmen, capitán de fragata Luis Coronel Ek, informó que la Capitanía de Puerto de Ciudad del Carmen suspendió temporalmente el zarpe de embarcaciones de servicio, con apoyo de la Secretaría de Marina.

La presidenta municipal de Carmen, Yesenia Uc Huchín, dialogó con los manifestantes en la avenida Pedro Sainz de Baranda. La alcaldesa ofreció una mesa con la empresa el lunes.

Jaime Tun Pech, gerente de Responsabilidad Social de la empresa productiva del Estado, aseguró que los pagos del programa de compensación se reanudarán en abril.

La titular de la Secretaría de Pesca y Acuacultura de Campeche, Rosario Cahuich Dzib, reconoció que el padrón estatal tiene 3 mil pescadores sin registro.

En el Cabildo, los regidores Wilberth Canché May y Ofelia Chi Pool pidieron al Ayuntamiento de Carmen un fondo emergente, mientras que Efraín Chan Cauich (contralor municipal de Carmen) anunció una revisión de los apoyos entregados en 2024.

La visitadora adjunta de la Comisión de Derechos Humanos del Estado de Campeche (Codhecam), Mirna Pech Euán, acudió al bloqueo como observadora.

El oficial mayor del Congreso del Estado de Campeche, Roberto Aké Dzul, recibió un pliego petitorio que turnará a la Comisión de Pesca.

La exsecretaria de Pesca estatal Gladys Poot Moo afirmó que el problema se arrastra desde 2016.

Armando Ku Balam, presidente de la Federación de Cooperativas Pesqueras del Golfo, organización privada, advirtió que los bloqueos seguirán, y el párroco de la colonia Benito Juárez, Tomás Ehuán, pidió calma.
"""
write("06", "md", t06, "Campeche", [
  O("Luis Coronel Ek","m","capitán de puerto de Ciudad del Carmen","Capitanía de Puerto de Ciudad del Carmen","military_rank"),
  O("Yesenia Uc Huchín","f","presidenta municipal de Carmen","Ayuntamiento de Carmen","role_only_reference"),
  O("Jaime Tun Pech","m","gerente de Responsabilidad Social de la empresa productiva del Estado","Petróleos Mexicanos","description_only"),
  O("Rosario Cahuich Dzib","f","titular","Secretaría de Pesca y Acuacultura de Campeche","apposition"),
  O("Wilberth Canché May","m","regidor","Ayuntamiento de Carmen","plural_list"),
  O("Ofelia Chi Pool","f","regidora","Ayuntamiento de Carmen","plural_list"),
  O("Efraín Chan Cauich","m","contralor municipal de Carmen","Ayuntamiento de Carmen","parenthesis"),
  O("Mirna Pech Euán","f","visitadora adjunta","Comisión de Derechos Humanos del Estado de Campeche","rare_title"),
  O("Roberto Aké Dzul","m","oficial mayor","Congreso del Estado de Campeche","rare_title"),
  O("Gladys Poot Moo","f","exsecretaria de Pesca","Secretaría de Pesca y Acuacultura de Campeche","former",True),
], [
  I("Petróleos Mexicanos","Pemex","empresa productiva del Estado","empresa"),
  I("Capitanía de Puerto de Ciudad del Carmen"), I("Secretaría de Marina"),
  I("Ayuntamiento de Carmen","Cabildo"),
  I("Secretaría de Pesca y Acuacultura de Campeche"),
  I("Comisión de Derechos Humanos del Estado de Campeche","Codhecam"),
  I("Congreso del Estado de Campeche"),
], [
  "Coronel (apellido que es grado militar, parte de Luis Coronel Ek)",
  "Pedro Sainz de Baranda (avenida)",
  "Armando Ku Balam (presidente de federación privada de cooperativas)",
  "Tomás Ehuán (párroco)",
  "Benito Juárez (colonia)",
], ["plural","women","rare_titles","role_positions","former","other_state_bodies","description_institution","private_leaders","military","surname_role_word","new_user"])
