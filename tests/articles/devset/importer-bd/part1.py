#!/usr/bin/env python3
"""importer-bd, files bd01-bd10 (wire 01-08, press releases 09-10)."""
from common import write_source, write_gold

# ---------------------------------------------------------------- bd01 wire
T01 = '''> Esta nota se publicó originalmente en **Radio Nandiá**, integrante de la Red Sureña de Medios Comunitarios. Se reproduce con autorización de sus autoras.

Territorio

## Comuneros de San Miguel el Grande cierran el paso a una minera y exigen consulta previa

Por Elvira Santiago Cruz · *Radio Nandiá* · 14/03/2019

![Asamblea en el paraje Yuku Kasa](/img/2019/03/asamblea-yuku-kasa.jpg)
Foto: Radio Nandiá / Cortesía

Autoridades agrarias de San Miguel el Grande, en la Mixteca alta de Oaxaca, instalaron desde el martes un filtro en el camino de terracería que lleva al paraje Yuku Kasa, donde una empresa pretende hacer trabajos de exploración sin haber consultado a la asamblea comunitaria.

El presidente del comisariado de bienes comunales, Teodoro López Bautista, explicó que la comunidad se enteró de los trabajos cuando vio llegar dos camionetas con una perforadora ligera. "Nadie nos avisó, nadie pidió permiso a la asamblea, y este monte es de todos", dijo en entrevista con esta radio. Lee también: La Mixteca, entre la sequía y el abandono del campo Según el comisariado, la concesión fue otorgada hace seis años sin que ninguna autoridad federal visitara el pueblo.

Los comuneros muestran copias del título de concesión, que abarca poco más de 900 hectáreas de bosque de pino y encino y varios manantiales que abastecen a tres agencias municipales. Las mujeres de la asamblea, que participan en el filtro por turnos, advierten que el agua es lo primero que se pierde cuando llega una mina.

La empresa, Minera Cerro Alto, no respondió a las llamadas de Radio Nandiá. En la entrada del paraje, los trabajadores dejaron un letrero con el número de la concesión y un teléfono que nadie contesta.

La asamblea acordó mantener el filtro las 24 horas y volverá a reunirse el domingo para nombrar una comisión que viaje a la capital del estado a pedir la cancelación de la concesión.

🎧 Escucha esta nota en tu'un savi (mixteco) en la sección de audios de Radio Nandiá.

**Resumen (versión en español de la cápsula en tu'un savi, traducida por Rosa Ortiz Sánchez):** La comunidad cerró el camino a Yuku Kasa porque una minera quiere trabajar sin permiso de la asamblea. El domingo se nombrará una comisión.

---
*Red Sureña de Medios Comunitarios · Compartimos la palabra de los pueblos*
'''
write_source('bd01.md', T01)
write_gold('bd01', family='wire',
           title='Comuneros de San Miguel el Grande cierran el paso a una minera y exigen consulta previa',
           date='2019-03-14', bylines=['Elvira Santiago Cruz'], source='Radio Nandiá',
           section='Territorio',
           body_first_words='Autoridades agrarias de San Miguel el Grande',
           body_last_words='a pedir la cancelación de la concesión.',
           boilerplate=['Esta nota se publicó originalmente en **Radio Nandiá**, integrante de la Red Sureña de Medios Comunitarios. Se reproduce con autorización de sus autoras.',
                        'Foto: Radio Nandiá / Cortesía',
                        'Lee también: La Mixteca, entre la sequía y el abandono del campo',
                        "Escucha esta nota en tu'un savi (mixteco) en la sección de audios de Radio Nandiá.",
                        "Resumen (versión en español de la cápsula en tu'un savi, traducida por Rosa Ortiz Sánchez):",
                        'La comunidad cerró el camino a Yuku Kasa porque una minera quiere trabajar sin permiso de la asamblea.',
                        'Red Sureña de Medios Comunitarios · Compartimos la palabra de los pueblos'],
           must_keep=['"Nadie nos avisó, nadie pidió permiso a la asamblea, y este monte es de todos", dijo en entrevista con esta radio.',
                      'Según el comisariado, la concesión fue otorgada hace seis años sin que ninguna autoridad federal visitara el pueblo.',
                      'La empresa, Minera Cerro Alto, no respondió a las llamadas de Radio Nandiá.'],
           photo_credit='Foto: Radio Nandiá / Cortesía')

# ---------------------------------------------------------------- bd02 wire (radio script)
T02 = '''VOCES DE LA COSTA CHICA - NOTICIERO "DESPERTAR COSTEÑO"
Guion adaptado para la página web

Pescadores de Punta Maldonado piden apoyo tras mar de fondo que destruyó sus lanchas

Información: Fidel Añorve Bello
Transmitido el 22 de agosto de 2015, emisión de las 7:00 horas

(ENTRA CORTINILLA INFORMATIVA)

LOCUTORA: Muy buenos días, Costa Chica, son las siete con doce minutos.

LOCUTOR: Pescadores de Punta Maldonado, en el municipio de Cuajinicuilapa, pidieron apoyo urgente a los gobiernos municipal y estatal luego de que el mar de fondo del miércoles destruyó once lanchas y arrastró redes y motores que estaban en la playa.

LOCUTORA: La cooperativa pesquera de la comunidad informó que las olas alcanzaron las primeras casas de la orilla y que varias familias pasaron la noche en la escuela primaria. No hubo personas lesionadas, pero las pérdidas dejan sin trabajo a más de cuarenta pescadores.

(INSERTO 1: AUDIO PESCADOR, 0:32)

"Nosotros vivimos de lo que sacamos cada día. Sin lancha no hay pesca y sin pesca no hay comida en la casa", dijo a nuestra emisora el pescador Aurelio Noyola Salinas, socio de la cooperativa desde hace veinte años.

LOCUTOR: Los pescadores calculan que cada lancha con motor cuesta alrededor de 120 mil pesos y que la mayoría no tenía seguro. Piden que se active un programa de empleo temporal mientras reparan el equipo que se pudo rescatar.

LOCUTORA: Por su parte, el comisario municipal de Punta Maldonado, Margarito Torres Calleja, dijo que ya entregó una lista de los afectados a la presidencia municipal de Cuajinicuilapa y que espera una respuesta esta semana. También pidió a las familias no regresar todavía a las casas más cercanas al mar, porque el oleaje continuará por lo menos hasta el domingo.

(SALE CORTINILLA)

LOCUTOR: Con información de Fidel Añorve Bello, para Voces de la Costa Chica. Seguimos con más noticias después de la pausa.

(ENTRA PAUSA COMERCIAL)
'''
write_source('bd02.txt', T02, enc='cp1252', eol='crlf')
write_gold('bd02', family='wire',
           title='Pescadores de Punta Maldonado piden apoyo tras mar de fondo que destruyó sus lanchas',
           date='2015-08-22', bylines=['Fidel Añorve Bello'], source='Voces de la Costa Chica',
           section=None,
           body_first_words='Pescadores de Punta Maldonado, en el municipio de Cuajinicuilapa',
           body_last_words='continuará por lo menos hasta el domingo.',
           boilerplate=['(ENTRA CORTINILLA INFORMATIVA)',
                        'LOCUTORA: Muy buenos días, Costa Chica, son las siete con doce minutos.',
                        'LOCUTOR:', 'LOCUTORA:',
                        '(INSERTO 1: AUDIO PESCADOR, 0:32)',
                        '(SALE CORTINILLA)',
                        'Con información de Fidel Añorve Bello, para Voces de la Costa Chica. Seguimos con más noticias después de la pausa.',
                        '(ENTRA PAUSA COMERCIAL)'],
           must_keep=['No hubo personas lesionadas, pero las pérdidas dejan sin trabajo a más de cuarenta pescadores.',
                      '"Nosotros vivimos de lo que sacamos cada día. Sin lancha no hay pesca y sin pesca no hay comida en la casa", dijo a nuestra emisora el pescador Aurelio Noyola Salinas',
                      'Piden que se active un programa de empleo temporal mientras reparan el equipo que se pudo rescatar.'])

# ---------------------------------------------------------------- bd03 wire (news site)
T03 = '''Inicio › Guerrero › Acapulco

# Tras Otis, colonias de la periferia de Acapulco siguen sin agua a una semana del huracán

**Redacción Pacífico Hoy** | Acapulco, Gro.
Publicado el 1 de noviembre de 2023 a las 21:47 · Actualizado el 2 de noviembre de 2023 a las 08:10

![Fila para recibir agua](https://pacificohoy.example.mx/wp-content/uploads/2023/11/otis-agua-renacimiento.jpg)
*Vecinos de Ciudad Renacimiento hacen fila frente a una pipa. Foto: Pacífico Hoy / Archivo*

A una semana del paso del huracán Otis, habitantes de al menos quince colonias de la periferia de Acapulco denunciaron que no han recibido agua potable y que dependen de las pipas que llegan de manera irregular, a veces una sola vez en tres días.

En Ciudad Renacimiento, donde el viento arrancó techos de lámina y tiró postes de luz, las familias hacen filas desde las cinco de la mañana con cubetas y garrafones. "Ya no tenemos con qué lavar ni con qué cocinar; lo poco que llega se acaba en una hora", dijo Gloria Bahena, vecina de la zona. Te puede interesar | Otis: así quedó la Costera Miguel Alemán tras el huracán

El organismo operador del agua informó que las plantas de bombeo siguen sin energía eléctrica y que la reparación depende del restablecimiento del servicio en las subestaciones dañadas. Mientras tanto, se distribuye agua en pipas en coordinación con las fuerzas armadas y con voluntarios llegados de otros estados.

Vecinos de Ciudad Renacimiento, La Sabana y Emiliano Zapata pidieron que las rutas de reparto se publiquen cada mañana para no perder horas esperando en la calle. También reportaron que algunas personas revenden garrafones a precios de hasta 80 pesos.

En recorridos de este medio se observó que en varias calles el agua de lluvia acumulada en tinacos destapados es la única reserva de las familias, lo que preocupa a los médicos de los centros de salud por el riesgo de enfermedades gastrointestinales y de dengue.

📲 Únete a nuestro canal de WhatsApp y recibe las noticias de Acapulco al momento.

Síguenos en Facebook, Instagram y X como @PacificoHoyMx

**MÁS NOTICIAS**
- Reabren parcialmente la Autopista del Sol tras deslaves
- Comerciantes del mercado central limpian sus locales con sus propios recursos
- Suspenden clases en escuelas dañadas de Coyuca de Benítez
'''
write_source('bd03.md', T03, bom=True)
write_gold('bd03', family='wire',
           title='Tras Otis, colonias de la periferia de Acapulco siguen sin agua a una semana del huracán',
           date='2023-11-01', bylines=[], source='Pacífico Hoy', section='Acapulco',
           body_first_words='A una semana del paso del huracán Otis, habitantes',
           body_last_words='riesgo de enfermedades gastrointestinales y de dengue.',
           boilerplate=['Inicio › Guerrero › Acapulco',
                        'Vecinos de Ciudad Renacimiento hacen fila frente a una pipa. Foto: Pacífico Hoy / Archivo',
                        'Te puede interesar | Otis: así quedó la Costera Miguel Alemán tras el huracán',
                        'Únete a nuestro canal de WhatsApp y recibe las noticias de Acapulco al momento.',
                        'Síguenos en Facebook, Instagram y X como @PacificoHoyMx',
                        'MÁS NOTICIAS',
                        'Reabren parcialmente la Autopista del Sol tras deslaves',
                        'Comerciantes del mercado central limpian sus locales con sus propios recursos',
                        'Suspenden clases en escuelas dañadas de Coyuca de Benítez'],
           must_keep=['"Ya no tenemos con qué lavar ni con qué cocinar; lo poco que llega se acaba en una hora", dijo Gloria Bahena, vecina de la zona.',
                      'También reportaron que algunas personas revenden garrafones a precios de hasta 80 pesos.',
                      'Mientras tanto, se distribuye agua en pipas en coordinación con las fuerzas armadas y con voluntarios llegados de otros estados.'],
           photo_credit='Foto: Pacífico Hoy / Archivo')

# ---------------------------------------------------------------- bd04 wire (agency)
T04 = '''SISMO
Juchitán, entre escombros: la noche en que se vino abajo el palacio municipal
Familias duermen en la calle por miedo a las réplicas; vecinas instalan comedores comunitarios en las secciones más dañadas
Por Mauricio Guerra López | Agencia Istmeña de Noticias (AIN) | 08-09-2017 | 14:20

JUCHITÁN DE ZARAGOZA, Oax. (AIN).— Cientos de familias de Juchitán pasaron la madrugada de este viernes en las calles, sobre sillas de plástico y petates, luego del sismo de magnitud 8.2 que sacudió el Istmo de Tehuantepec poco antes de la medianoche del jueves.

La parte frontal del palacio municipal, con sus arcos de más de un siglo, se desplomó sobre la calle y el parque central quedó cubierto de escombro. En las secciones Séptima y Octava, donde abundan las casas de adobe y teja, los vecinos dicen que casi ninguna vivienda quedó en pie.

"Se oyó como si el cerro se partiera. Salimos con los niños y ya no pudimos volver a entrar", contó Natividad Jiménez Orozco, de 62 años, mientras sus hijos sacaban de la casa lo poco que podían rescatar.

Las autoridades de Protección Civil informaron que el número de víctimas en la ciudad sigue en revisión y que las brigadas recorren los barrios para determinar qué inmuebles deben demolerse. Las réplicas no han cesado y mantienen a la población fuera de sus casas.

Ante la falta de energía eléctrica y de agua, vecinas de la Séptima sección encendieron fogones en la calle y comenzaron a repartir café, tortillas y frijoles. Jóvenes en bicicleta recorren las secciones para anotar qué familias necesitan cobijas, medicinas o pañales.

Una clínica de la ciudad también sufrió daños, por lo que algunos heridos son atendidos en carpas instaladas en su estacionamiento y otros fueron trasladados a Salina Cruz y a Tehuantepec.

AIN/MGL/rsc
'''
write_source('bd04.txt', T04, eol='crlf')
write_gold('bd04', family='wire',
           title='Juchitán, entre escombros: la noche en que se vino abajo el palacio municipal',
           date='2017-09-08', bylines=['Mauricio Guerra López'], source='Agencia Istmeña de Noticias',
           section='SISMO',
           body_first_words='Cientos de familias de Juchitán pasaron la madrugada',
           body_last_words='trasladados a Salina Cruz y a Tehuantepec.',
           boilerplate=['JUCHITÁN DE ZARAGOZA, Oax. (AIN).—', 'AIN/MGL/rsc'],
           must_keep=['"Se oyó como si el cerro se partiera. Salimos con los niños y ya no pudimos volver a entrar", contó Natividad Jiménez Orozco',
                      'Las réplicas no han cesado y mantienen a la población fuera de sus casas.',
                      'Jóvenes en bicicleta recorren las secciones para anotar qué familias necesitan cobijas, medicinas o pañales.'])

# ---------------------------------------------------------------- bd05 wire (regional digital outlet, repost)
T05 = '''Campo

**Comuneros de Nahuatzen denuncian ollas de agua clandestinas para huertas de aguacate**

**Por: Gerardo Cuin Tapia** / Enlace Purépecha Noticias
Nahuatzen, Mich. | lunes 12 de febrero de 2024

![](/uploads/2024/02/olla-agua-nahuatzen.jpg)
Foto: Archivo EPN

Comuneros de Nahuatzen, en la Meseta Purépecha, denunciaron la construcción de al menos siete ollas de agua clandestinas en terrenos recién deforestados del cerro, que se usan para regar huertas de aguacate establecidas sin permiso de cambio de uso de suelo.

Según el consejo comunal, las ollas captan los escurrimientos que antes alimentaban dos manantiales de los que beben cerca de 400 familias. Desde diciembre, el agua que llega a las tomas comunitarias sale turbia y solo durante unas horas al día.

"Primero tumbaron el pinar, luego metieron la maquinaria y ahora se están llevando el agua", dijo Juana Sebastián Alonso, integrante de la ronda comunitaria que recorre el monte los fines de semana.

Relacionado: Cherán cumple 13 años de autogobierno

La ronda documentó con fotografías y coordenadas los sitios donde se encuentran las ollas y entregó la información a la procuraduría ambiental del estado y a la Comisión Nacional del Agua. Hasta ahora, ninguna de las dos dependencias ha realizado una inspección en el lugar.

Los comuneros explicaron que no están en contra de quienes siembran aguacate, sino de que se haga a costa del bosque y del agua de la comunidad. En asamblea acordaron no permitir la entrada de más maquinaria y pedir a las autoridades que clausuren las obras.

La próxima semana, representantes del consejo viajarán a Morelia para entregar un expediente con las denuncias acumuladas desde 2021.

*Con información de Radio Uandárhi.*

Esta nota también está disponible en p'urhépecha en nuestra sección de audios.
'''
write_source('bd05.md', T05)
write_gold('bd05', family='wire',
           title='Comuneros de Nahuatzen denuncian ollas de agua clandestinas para huertas de aguacate',
           date='2024-02-12', bylines=['Gerardo Cuin Tapia'], source='Enlace Purépecha Noticias',
           section='Campo',
           body_first_words='Comuneros de Nahuatzen, en la Meseta Purépecha',
           body_last_words='con las denuncias acumuladas desde 2021.',
           boilerplate=['Foto: Archivo EPN',
                        'Relacionado: Cherán cumple 13 años de autogobierno',
                        'Con información de Radio Uandárhi.',
                        "Esta nota también está disponible en p'urhépecha en nuestra sección de audios."],
           must_keep=['Desde diciembre, el agua que llega a las tomas comunitarias sale turbia y solo durante unas horas al día.',
                      'Hasta ahora, ninguna de las dos dependencias ha realizado una inspección en el lugar.',
                      'En asamblea acordaron no permitir la entrada de más maquinaria y pedir a las autoridades que clausuren las obras.'],
           photo_credit='Foto: Archivo EPN')

# ---------------------------------------------------------------- bd06 wire (border daily)
T06 = '''MIGRACIÓN
Caravana migrante cruza el Suchiate en balsas tras el cierre del puente fronterizo
Texto y fotos: Rubén Ocaña Pérez
Diario Fronterizo del Soconusco | Ciudad Hidalgo, Chiapas | 2018-10-20 | 08:15 h

Cientos de personas migrantes hondureñas que permanecían desde la tarde del viernes sobre el puente fronterizo Rodolfo Robles comenzaron esta mañana a cruzar el río Suchiate en balsas hechas con cámaras de llanta y tablones, luego de que las autoridades mexicanas mantuvieran cerrado el paso en la garita.

Desde la orilla guatemalteca, los balseros cobraban entre 25 y 50 quetzales por persona. Muchas familias cruzaron con niños en brazos y con sus pertenencias en bolsas de plástico para protegerlas del agua. Te puede interesar | ¿Qué es la Tarjeta de Visitante Regional y quién la puede tramitar? En la ribera mexicana, habitantes de Ciudad Hidalgo ofrecían agua, pan y ropa seca a quienes llegaban.

"Venimos huyendo de la violencia y del hambre. No queremos hacer daño a nadie, solo pasar", dijo Marlon, de 27 años, originario de San Pedro Sula, quien viaja con su esposa y dos hijas.

Sobre el puente, agentes federales mantenían una valla y permitían el paso en grupos pequeños a quienes aceptaban iniciar un trámite de refugio. Personal de la Comisión Nacional de los Derechos Humanos observaba el operativo desde la garita.

Párrocos y organizaciones civiles de Tapachula pidieron a las autoridades de los tres órdenes de gobierno garantizar un trato digno a las personas migrantes y no separar a las familias durante los trámites.

Hasta el mediodía no se había informado de personas lesionadas, aunque se reportaron algunos casos de deshidratación entre niños y adultos mayores.

Recibe las noticias del Soconusco en tu correo: suscríbete al boletín en diariofronterizo.example.mx/boletin

© Diario Fronterizo del Soconusco. Todos los derechos reservados.
'''
write_source('bd06.txt', T06, enc='cp1252')
write_gold('bd06', family='wire',
           title='Caravana migrante cruza el Suchiate en balsas tras el cierre del puente fronterizo',
           date='2018-10-20', bylines=['Rubén Ocaña Pérez'], source='Diario Fronterizo del Soconusco',
           section='MIGRACIÓN',
           body_first_words='Cientos de personas migrantes hondureñas',
           body_last_words='deshidratación entre niños y adultos mayores.',
           boilerplate=['Te puede interesar | ¿Qué es la Tarjeta de Visitante Regional y quién la puede tramitar?',
                        'Recibe las noticias del Soconusco en tu correo: suscríbete al boletín en diariofronterizo.example.mx/boletin',
                        '© Diario Fronterizo del Soconusco. Todos los derechos reservados.'],
           must_keep=['Muchas familias cruzaron con niños en brazos y con sus pertenencias en bolsas de plástico para protegerlas del agua.',
                      'En la ribera mexicana, habitantes de Ciudad Hidalgo ofrecían agua, pan y ropa seca a quienes llegaban.',
                      'Personal de la Comisión Nacional de los Derechos Humanos observaba el operativo desde la garita.'])

# ---------------------------------------------------------------- bd07 wire (state news site, pasted twice title)
T07 = '''Manzanillo

# Manzanillo cobrará nueva tarifa de agua desde marzo; Cabildo aprobó aumento de 8%

# Manzanillo cobrará nueva tarifa de agua desde marzo; Cabildo aprobó aumento de 8%

Ana Lucía Preciado y Jorge Ceballos | Colima al Instante | 19.01.2015 · 06:40

El Cabildo de Manzanillo aprobó por mayoría de votos el aumento de 8 por ciento a las tarifas de agua potable, drenaje y saneamiento que cobra el organismo operador del municipio, el cual entrará en vigor en los recibos de marzo.

De acuerdo con el dictamen, el incremento permitirá cubrir el costo de la energía eléctrica para el bombeo, que representa casi la mitad del gasto del organismo, y sustituir tuberías de asbesto en colonias del centro y de Santiago.

- Publicidad -

Regidores de oposición votaron en contra al señalar que el aumento llega sin que se haya resuelto la falta de agua en colonias de la zona norte, donde el servicio llega por tandeo dos o tres días a la semana. También te recomendamos: [Colima, entre los estados con más tomas clandestinas](https://colimaalinstante.example.mx/2015/01/tomas-clandestinas)

El director del organismo, Everardo Quintero Zamora, explicó que las familias que paguen el año completo por adelantado en enero y febrero mantendrán la tarifa anterior y recibirán un descuento adicional. Jubilados, pensionados y personas con discapacidad conservarán el descuento de 50 por ciento.

- Publicidad -

Comerciantes del centro histórico pidieron que el aumento no se aplique a los pequeños negocios, que ya pagan una tarifa comercial más alta que la doméstica. El Cabildo acordó revisar esa petición en la próxima sesión ordinaria.

Únete a nuestro canal de WhatsApp 👉 https://wa.example.mx/colimaalinstante
'''
write_source('bd07.md', T07)
write_gold('bd07', family='wire',
           title='Manzanillo cobrará nueva tarifa de agua desde marzo; Cabildo aprobó aumento de 8%',
           date='2015-01-19', bylines=['Ana Lucía Preciado', 'Jorge Ceballos'], source='Colima al Instante',
           section='Manzanillo',
           body_first_words='El Cabildo de Manzanillo aprobó por mayoría',
           body_last_words='revisar esa petición en la próxima sesión ordinaria.',
           boilerplate=['- Publicidad -',
                        'También te recomendamos: [Colima, entre los estados con más tomas clandestinas](https://colimaalinstante.example.mx/2015/01/tomas-clandestinas)',
                        'Únete a nuestro canal de WhatsApp 👉 https://wa.example.mx/colimaalinstante'],
           must_keep=['donde el servicio llega por tandeo dos o tres días a la semana.',
                      'Jubilados, pensionados y personas con discapacidad conservarán el descuento de 50 por ciento.',
                      'El Cabildo acordó revisar esa petición en la próxima sesión ordinaria.'])

# ---------------------------------------------------------------- bd08 wire (community radio Facebook post, CR line ends)
T08 = '''🔴 #ÚLTIMAHORA | Desbordamiento del río Papagayo deja incomunicadas a 12 comunidades

Radio Xuajen 98.3 FM · La voz de los pueblos
16 de septiembre de 2013 · 🌎

Reporta: Crescencio Rendón Mendoza

Al menos doce comunidades de los municipios de Juan R. Escudero y Tecoanapa quedaron incomunicadas la noche del domingo por el desbordamiento del río Papagayo, que creció por las lluvias de la tormenta tropical Manuel.

El agua se llevó el vado que comunica a Tierra Colorada con las localidades de la margen derecha del río y derrumbó parte del camino hacia la sierra. Vecinos reportan que hay familias que pasaron la noche en los techos de sus casas y otras que se refugiaron en la iglesia y en la comisaría.

Nuestro compañero Crescencio recorrió esta mañana la orilla del río y constató que el agua cubrió huertas de mango y parcelas de maíz a punto de cosecharse. "Lo perdimos todo, la milpa, los animales, hasta la ropa", nos dijo una señora de la comunidad de Omitlán.

Las autoridades comunitarias piden a Protección Civil que envíe lanchas, agua embotellada y despensas, porque las tiendas ya no tienen qué vender y no hay manera de salir por tierra.

También solicitan revisar el puente de la carretera federal, donde se observan grietas, antes de permitir el paso de camiones.

Seguiremos informando durante el día desde nuestra cabina en Tierra Colorada. Si tienes información de tu comunidad, mándanos un mensaje por inbox.

📻 Escúchanos en el 98.3 FM y en vivo por Facebook.
🙏 Comparte para que la información llegue a las comunidades.
#Guerrero #Manuel #Ingrid #RadioXuajen

Ver traducción
👍❤️ 245 · 38 comentarios · 112 veces compartido
'''
write_source('bd08.txt', T08, eol='cr')
write_gold('bd08', family='wire',
           title='Desbordamiento del río Papagayo deja incomunicadas a 12 comunidades',
           date='2013-09-16', bylines=['Crescencio Rendón Mendoza'], source='Radio Xuajen',
           section=None,
           body_first_words='Al menos doce comunidades de los municipios',
           body_last_words='antes de permitir el paso de camiones.',
           boilerplate=['🔴 #ÚLTIMAHORA |',
                        'Seguiremos informando durante el día desde nuestra cabina en Tierra Colorada. Si tienes información de tu comunidad, mándanos un mensaje por inbox.',
                        '📻 Escúchanos en el 98.3 FM y en vivo por Facebook.',
                        '🙏 Comparte para que la información llegue a las comunidades.',
                        '#Guerrero #Manuel #Ingrid #RadioXuajen',
                        'Ver traducción',
                        '👍❤️ 245 · 38 comentarios · 112 veces compartido'],
           must_keep=['Vecinos reportan que hay familias que pasaron la noche en los techos de sus casas y otras que se refugiaron en la iglesia y en la comisaría.',
                      '"Lo perdimos todo, la milpa, los animales, hasta la ropa", nos dijo una señora de la comunidad de Omitlán.',
                      'También solicitan revisar el puente de la carretera federal'])

# ---------------------------------------------------------------- bd09 press (pasted from a two-page PDF)
T09 = '''                                    SERVICIOS DE SALUD DE OAXACA
                                 Dirección de Comunicación Social


Comunicado SSO/DCS/0318/2022


         Refuerzan vacunación contra sarampión y poliomielitis en la
                            Sierra Sur y la Costa


Oaxaca de Juárez, Oax., 11 de agosto de 2022.- Los Servicios de Salud de
Oaxaca (SSO) informaron que, a partir de esta semana, 46 brigadas de
vacunación recorrerán 94 localidades de la Sierra Sur y la Costa para
aplicar dosis de refuerzo contra el sarampión y la poliomielitis a niñas
y niños de uno a nueve años de edad.
La dependencia explicó que la estrategia se dirige a comunidades alejadas
de las unidades médicas, donde la cobertura de vacunación bajó durante la
pandemia de COVID-19 porque muchas familias dejaron de acudir a los centros
de salud.
Las brigadas estarán integradas por personal de enfermería, promotores de
salud y traductores de lenguas zapoteca, chatina y mixteca, quienes visita-
rán casa por casa las localidades de los distritos de Miahuatlán, Pochutla,
Juquila y Jamiltepec.
                                                             Página 1 de 2
\f                                    SERVICIOS DE SALUD DE OAXACA
                                 Dirección de Comunicación Social

El director de Prevención y Promoción de la Salud, Joaquín Reyes Matus,
pidió a madres, padres y tutores tener a la mano la Cartilla Nacional de
Salud de sus hijos. Quienes la hayan perdido podrán solicitar una nueva
durante la visita de la brigada. No se requiere cita.
Recordó que el sarampión es una enfermedad muy contagiosa que puede causar
complicaciones graves en la infancia. La vacuna es segura y gratuita.
Asimismo, informó que las brigadas llevarán sobres de vida suero oral y
material informativo en lenguas indígenas sobre la prevención de enfermeda-
des diarreicas durante la temporada de lluvias.
La campaña concluirá el 30 de septiembre. Las personas interesadas pueden
consultar las fechas de visita a su localidad en la unidad médica más cer-
cana o con su autoridad municipal.

                               ---o0o---

Dirección de Comunicación Social SSO
Tel. 951 555 0182, ext. 204 | comunicacion@saludoaxaca.example.mx
Facebook: SaludOaxacaEj | X: @SaludOax_ej
                                                             Página 2 de 2
'''
write_source('bd09.txt', T09)
write_gold('bd09', family='press_release',
           title='Refuerzan vacunación contra sarampión y poliomielitis en la Sierra Sur y la Costa',
           date='2022-08-11', bylines=[], source='SERVICIOS DE SALUD DE OAXACA',
           bulletin_number='SSO/DCS/0318/2022', issuer='SERVICIOS DE SALUD DE OAXACA',
           dateline_city='Oaxaca de Juárez',
           body_first_words='Los Servicios de Salud de',
           body_last_words='o con su autoridad municipal.',
           boilerplate=['Oaxaca de Juárez, Oax., 11 de agosto de 2022.-',
                        'Página 1 de 2',
                        'SERVICIOS DE SALUD DE OAXACA',
                        'Dirección de Comunicación Social',
                        'Tel. 951 555 0182, ext. 204 | comunicacion@saludoaxaca.example.mx',
                        'Facebook: SaludOaxacaEj | X: @SaludOax_ej',
                        'Página 2 de 2'],
           must_keep=['No se requiere cita.',
                      'La vacuna es segura y gratuita.',
                      'La campaña concluirá el 30 de septiembre.'])

# ---------------------------------------------------------------- bd10 press (municipal Facebook post)
T10 = '''H. Ayuntamiento de Zihuatanejo de Azueta
30 de junio de 2021 · 🌐

📄 Boletín 245/2021

📢 #AVISO | CIERRE TEMPORAL DE PLAYA LA ROPA POR LIMPIEZA Y MONITOREO DE LA CALIDAD DEL AGUA 🌊

Zihuatanejo, Gro., a 30 de junio de 2021.- El Gobierno Municipal de Zihuatanejo de Azueta informa a la población y a los visitantes que, a partir de mañana jueves 1 de julio y hasta el domingo 4, la playa La Ropa permanecerá cerrada al público para realizar trabajos de limpieza y tomar muestras del agua de mar. 🏖️

La medida se acordó con la Dirección de Ecología, la Capitanía de Puerto y los prestadores de servicios turísticos de la playa, luego de que las lluvias de la semana pasada arrastraron basura y sedimento desde los arroyos de la parte alta de la ciudad.

Durante estos días, cuadrillas de Servicios Públicos y voluntarios de las cooperativas de lancheros retirarán residuos de la arena y de la zona de manglar. Personal de Salud municipal tomará muestras en cinco puntos de la bahía, que serán analizadas por el laboratorio estatal.

Los restaurantes de la playa podrán seguir atendiendo a sus clientes, pero no se permitirá el uso de camastros ni la entrada al mar. Los paseos en lancha hacia Las Gatas e Ixtapa saldrán con normalidad desde el muelle municipal.

El Ayuntamiento informará los resultados de los análisis antes de reabrir la playa, con el fin de dar certeza a turistas y familias locales en el inicio de las vacaciones de verano.

Cualquier reporte puede hacerse a la línea de Protección Civil municipal, 755 555 0147, que atiende las 24 horas.

¡Gracias por tu comprensión! 🙌
Atentamente
Coordinación de Comunicación Social

#ZihuatanejoNosUne #PlayasLimpias #Guerrero

Ver menos
Todas las reacciones: 1,2 mil
87 comentarios · 340 veces compartido
'''
write_source('bd10.md', T10)
write_gold('bd10', family='press_release',
           title='CIERRE TEMPORAL DE PLAYA LA ROPA POR LIMPIEZA Y MONITOREO DE LA CALIDAD DEL AGUA',
           date='2021-06-30', bylines=[], source='H. Ayuntamiento de Zihuatanejo de Azueta',
           bulletin_number='245/2021', issuer='H. Ayuntamiento de Zihuatanejo de Azueta',
           dateline_city='Zihuatanejo',
           body_first_words='El Gobierno Municipal de Zihuatanejo de Azueta informa',
           body_last_words='que atiende las 24 horas.',
           boilerplate=['Zihuatanejo, Gro., a 30 de junio de 2021.-',
                        '¡Gracias por tu comprensión! 🙌',
                        'Coordinación de Comunicación Social',
                        '#ZihuatanejoNosUne #PlayasLimpias #Guerrero',
                        'Ver menos',
                        'Todas las reacciones: 1,2 mil',
                        '87 comentarios · 340 veces compartido'],
           must_keep=['Los restaurantes de la playa podrán seguir atendiendo a sus clientes, pero no se permitirá el uso de camastros ni la entrada al mar.',
                      'Personal de Salud municipal tomará muestras en cinco puntos de la bahía, que serán analizadas por el laboratorio estatal.',
                      'Cualquier reporte puede hacerse a la línea de Protección Civil municipal, 755 555 0147, que atiende las 24 horas.'])
