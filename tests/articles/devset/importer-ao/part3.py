"""ao21-ao30."""
import random
from common import emit, emit_bytes, gold, bad_gold, NB

# ---------------------------------------------------------------- ao21 jekyll (naive datetime, authors list, medio key)
emit('ao21', 'md', """---
layout: post
title: "Corredor keniano y atleta de Ixtlán ganan la Carrera Atlética Monte Albán"
date: 2018-11-02 07:45
category: Deportes
authors: [Joel Santiago Velasco, Karla Hernández Ruiz]
medio: Pulso Deportivo Oaxaca
image: /img/2018/carrera-monte-alban.jpg
---

![Salida de la carrera](/img/2018/carrera-monte-alban.jpg)
Foto: Karla Hernández Ruiz / Pulso Deportivo

El keniano Daniel Kiprotich Rono y la oaxaqueña Marisela Luna Bautista, originaria de Ixtlán de Juárez, se impusieron en la décima edición de la Carrera Atlética Monte Albán, que reunió a 2,300 corredores en un recorrido de 15 kilómetros entre el centro de la capital y la zona arqueológica.

Kiprotich cruzó la meta con un tiempo de 47 minutos y 12 segundos, a pesar de la pendiente de casi cinco kilómetros que los participantes enfrentan en la subida al cerro. Detrás de él llegaron el mexiquense Aarón Gómez Vilchis y el oaxaqueño Pedro Cruz Antonio, de San Juan Guelavía, quien fue el mejor local de la rama varonil.

En la rama femenil, Luna Bautista dominó desde el kilómetro ocho y registró 55 minutos y 40 segundos, nueva marca de la prueba. “Entreno en la sierra, a más de dos mil metros, así que la subida me favoreció”, dijo la atleta de 24 años, quien prepara su debut en maratón para la próxima primavera.

El comité organizador informó que la bolsa de premios fue de 180 mil pesos y que por primera vez hubo categoría para corredores con discapacidad, en la que participaron 36 atletas. Los servicios médicos atendieron a 14 personas por deshidratación y calambres, sin casos graves.

La próxima edición se correrá el 1 de noviembre de 2019 y mantendrá la salida nocturna con velas en honor al Día de Muertos.
""")
gold('ao21', 'jekyll',
     title='Corredor keniano y atleta de Ixtlán ganan la Carrera Atlética Monte Albán',
     date='2018-11-02', bylines=['Joel Santiago Velasco', 'Karla Hernández Ruiz'],
     source='Pulso Deportivo Oaxaca', section='Deportes', placement=[],
     body_first_words='El keniano Daniel Kiprotich Rono y la oaxaqueña Marisela Luna Bautista,',
     body_last_words='y mantendrá la salida nocturna con velas en honor al Día de Muertos.',
     boilerplate=['Foto: Karla Hernández Ruiz / Pulso Deportivo', '![Salida de la carrera]'],
     must_keep=['Kiprotich cruzó la meta con un tiempo de 47 minutos y 12 segundos, a pesar de la pendiente de casi cinco kilómetros que los participantes enfrentan en la subida al cerro.',
                'Los servicios médicos atendieron a 14 personas por deshidratación y calambres, sin casos graves.'],
     photo_credit='Karla Hernández Ruiz / Pulso Deportivo')

# ---------------------------------------------------------------- ao22 wire (outlet+city line, date before title, mixed EOL, NBSP)
emit('ao22', 'md', f"""Bahía Noticias | Acapulco, Guerrero
Miércoles 27 de marzo de 2024 ·{NB}14:20{NB}h

**Ocupación hotelera en Acapulco llega a 71% en el arranque de Semana Santa**

Por: Ana Luisa Cárdenas Bello

La ocupación hotelera en Acapulco alcanzó 71{NB}por ciento este miércoles, al inicio de los días de descanso de Semana Santa, informó la asociación de hoteles y empresas turísticas del puerto, que prevé llegar a 80 por ciento entre el jueves y el sábado.

La zona Diamante registra la mayor afluencia, con 78 por ciento de habitaciones ocupadas, seguida de la zona Dorada con 69 y la zona tradicional con 55 por ciento. El presidente de la asociación, Julio César Radilla Ávila, recordó que apenas 60 por ciento de los cuartos del puerto están en operación tras los daños del huracán de octubre, por lo que la cifra equivale a unas 9 mil habitaciones.

Te puede interesar: Así será el operativo vial en la Costera durante las vacaciones En las playas de Caletilla, Caleta y Hornos se observó desde temprano la llegada de familias procedentes de la Ciudad de México, Morelos y el Estado de México. Prestadores de servicios de la playa señalaron que las ventas aún están por debajo de las de 2023, pero celebraron que los turistas hayan vuelto.

Autoridades municipales desplegaron 420 elementos de seguridad, salvavidas y protección civil en las playas y la zona de la Costera, además de módulos de información turística en las tres casetas de acceso de la Autopista del Sol.

Los restauranteros de la zona tradicional pidieron reforzar la recolección de basura, pues en algunos tramos de la Costera los contenedores se saturan antes del mediodía.

¿Tienes una denuncia o información? Escríbenos a redaccion@bahianoticias.example.mx
""", eol='mixed')
gold('ao22', 'wire',
     title='Ocupación hotelera en Acapulco llega a 71% en el arranque de Semana Santa',
     date='2024-03-27', bylines=['Ana Luisa Cárdenas Bello'], source='Bahía Noticias',
     body_first_words='La ocupación hotelera en Acapulco alcanzó 71 por ciento este miércoles,',
     body_last_words='pues en algunos tramos de la Costera los contenedores se saturan antes del mediodía.',
     boilerplate=['Te puede interesar: Así será el operativo vial en la Costera durante las vacaciones',
                  '¿Tienes una denuncia o información?', 'redaccion@bahianoticias.example.mx'],
     must_keep=['En las playas de Caletilla, Caleta y Hornos se observó desde temprano la llegada de familias procedentes de la Ciudad de México, Morelos y el Estado de México.',
                'La zona Diamante registra la mayor afluencia, con 78 por ciento de habitaciones ocupadas, seguida de la zona Dorada con 69 y la zona tradicional con 55 por ciento.',
                'La ocupación hotelera en Acapulco alcanzó 71 por ciento este miércoles, al inicio de los días de descanso de Semana Santa, informó la asociación de hoteles y empresas turísticas del puerto, que prevé llegar a 80 por ciento entre el jueves y el sábado.'])

# ---------------------------------------------------------------- ao23 press (municipal, Oaxaca; * * *)
emit('ao23', 'txt', """H. Ayuntamiento de Oaxaca de Juárez
Comunicado 208
Oaxaca de Juárez, Oax., 7 de noviembre de 2016

Municipio ajusta calendario de distribución de agua en 46 colonias por mantenimiento de pozos

Foto: Comunicación Social del Ayuntamiento

La Dirección Municipal de Agua Potable informó que, a partir del miércoles 9 de noviembre y durante tres semanas, se modificará el calendario de distribución por tandeo en 46 colonias del norte y el oriente de la ciudad, debido a los trabajos de mantenimiento en cuatro pozos que abastecen a esa zona.

Las colonias afectadas, entre ellas Reforma, Estrella, San Felipe del Agua y Jalatlaco, recibirán el servicio cada cinco días en lugar de cada tres. El calendario por sector puede consultarse en los módulos de atención del palacio municipal y en las oficinas de las agencias municipales.

El titular de la dependencia, Armando Jarquín Ruiz, explicó que los trabajos incluyen la sustitución de bombas sumergibles con más de 15 años de uso, la limpieza de los ademes y la reparación de una línea de conducción de 12 pulgadas que presenta fugas en el cruce con el río Jalatlaco. La inversión asciende a 4.8 millones de pesos.

Para atender a la población durante este periodo, el Ayuntamiento dispondrá de 12 pipas que distribuirán agua sin costo en escuelas, centros de salud y viviendas de adultos mayores que lo soliciten. Las solicitudes se recibirán en el número 951 555 0127, de lunes a sábado de 8:00 a 18:00 horas.

La dirección pidió a la ciudadanía hacer un uso responsable del agua, reparar fugas domiciliarias y almacenar el líquido en recipientes tapados.

* * *

Coordinación de Comunicación Social
comunicacion@oaxacadejuarez.example.mx | Tel. 951 555 0100 ext. 212
""", enc='cp1252')
gold('ao23', 'press_release',
     title='Municipio ajusta calendario de distribución de agua en 46 colonias por mantenimiento de pozos',
     date='2016-11-07', source='H. Ayuntamiento de Oaxaca de Juárez',
     bulletin_number='208', issuer='H. Ayuntamiento de Oaxaca de Juárez',
     dateline_city='Oaxaca de Juárez',
     body_first_words='La Dirección Municipal de Agua Potable informó que, a partir del',
     body_last_words='reparar fugas domiciliarias y almacenar el líquido en recipientes tapados.',
     boilerplate=['* * *', 'Foto: Comunicación Social del Ayuntamiento', 'comunicacion@oaxacadejuarez.example.mx',
                  'Tel. 951 555 0100 ext. 212', 'Comunicado 208'],
     must_keep=['Las colonias afectadas, entre ellas Reforma, Estrella, San Felipe del Agua y Jalatlaco, recibirán el servicio cada cinco días en lugar de cada tres.',
                'La inversión asciende a 4.8 millones de pesos.',
                'Las solicitudes se recibirán en el número 951 555 0127, de lunes a sábado de 8:00 a 18:00 horas.'],
     photo_credit='Comunicación Social del Ayuntamiento')

# ---------------------------------------------------------------- ao24 generic (setext heading, entities, NBSP)
emit('ao24', 'markdown', f"""Cooperativa de Cuetzalan exporta su primer lote de café a Japón
===============================================================

Una cooperativa de productores nahuas de Cuetzalan, en la Sierra Nororiental de Puebla, envió su primer contenedor de café a Japón: 19.2 toneladas de grano verde de las variedades típica y bourbon, cultivadas bajo sombra en parcelas de entre media y dos hectáreas.

La cooperativa Tlakualli Kafen agrupa a 312 familias de nueve comunidades. Su presidente, Pascual Tecolotl Hernández, explicó que el contrato se logró después de tres años de visitas de compradores de una tostadora de Osaka, que exigió trazabilidad por parcela y un puntaje mínimo de 84 en catación.

El precio pactado es de 5.10 dólares por kilo, casi el doble de lo que pagan los intermediarios en la región. &laquo;Antes vendíamos en cereza al primero que llegaba; ahora secamos, seleccionamos y sabemos cuánto vale cada costal&raquo;, dijo el dirigente.

Para cumplir con el pedido, la organización construyó con recursos propios un beneficio seco con camas africanas y una bodega con control de humedad. Los socios también recibieron capacitación en catación y manejo de sombra con apoyo de una universidad{NB}pública de Puebla.

El reto ahora es sostener la producción. La roya y las lluvias irregulares redujeron la cosecha de algunas comunidades hasta 35 por ciento en los últimos dos ciclos, y muchos jóvenes prefieren emigrar a la Ciudad de México antes que trabajar en los cafetales.

La cooperativa planea renovar 80 hectáreas con plantas tolerantes a la roya y abrir en 2020 una cafetería en el centro de Cuetzalan para vender tostado a los turistas.
""")
gold('ao24', 'generic',
     title='Cooperativa de Cuetzalan exporta su primer lote de café a Japón',
     date=None,
     body_first_words='Una cooperativa de productores nahuas de Cuetzalan, en la Sierra Nororiental',
     body_last_words='una cafetería en el centro de Cuetzalan para vender tostado a los turistas.',
     boilerplate=['===============================================================' ],
     must_keep=['El precio pactado es de 5.10 dólares por kilo, casi el doble de lo que pagan los intermediarios en la región.',
                'El reto ahora es sostener la producción.',
                'La cooperativa Tlakualli Kafen agrupa a 312 familias de nueve comunidades.'])

# ---------------------------------------------------------------- ao25 jekyll (offset before midnight, space-separated categories, liquid)
emit('ao25', 'md', """---
layout: post
title: "Migrantes mixtecos llegan a Huajuapan en caravana pese a restricciones sanitarias"
date: 2020-12-31T22:30:00-06:00
categories: Portada Sociedad
tags: [migración, Mixteca, covid-19]
author: Bernardino Cruz Ortiz
publisher: Voces de la Mixteca
comments: true
---

Una caravana de 74 vehículos con migrantes mixtecos procedentes de California, Oregon y Nueva York llegó la noche de este jueves a Huajuapan de León, luego de cruzar la frontera por Nogales y recorrer más de tres mil kilómetros para pasar el fin de año con sus familias.

<!--more-->

Los viajeros fueron recibidos en la entrada de la ciudad por personal de salud municipal, que tomó la temperatura a los conductores, repartió cubrebocas y entregó un folleto con las medidas de aislamiento recomendadas. De acuerdo con el registro, en la caravana viajaban 286 personas, entre ellas 41 menores de edad.

{% include anuncio-medio.html %}

Varias comunidades de la región, como San Juan Mixtepec y Santiago Juxtlahuaca, mantienen cerrados sus accesos por acuerdo de asamblea y exigen a quienes llegan de fuera una cuarentena de 14 días. Algunas familias explicaron que sus parientes la cumplirán en casas deshabitadas a las afueras de los pueblos.

&quot;Llevamos cuatro años sin venir. Sabemos del riesgo, pero mi mamá ya está grande&quot;, contó uno de los conductores, originario de Tezoatlán, que trabaja en la cosecha de fresa en Oxnard.

La regidora de Salud de Huajuapan, Elvira Montes Guzmán, informó que el hospital regional tiene ocupadas 22 de sus 30 camas para pacientes con covid-19 y pidió a las familias evitar reuniones numerosas. Por su parte, autoridades de la Mixteca acordaron instalar filtros sanitarios en los principales cruceros hasta el 10 de enero.
""")
gold('ao25', 'jekyll',
     title='Migrantes mixtecos llegan a Huajuapan en caravana pese a restricciones sanitarias',
     date='2020-12-31', bylines=['Bernardino Cruz Ortiz'], source='Voces de la Mixteca',
     section='Sociedad', placement=['Portada'],
     body_first_words='Una caravana de 74 vehículos con migrantes mixtecos procedentes de California,',
     body_last_words='acordaron instalar filtros sanitarios en los principales cruceros hasta el 10 de enero.',
     boilerplate=['<!--more-->', '{% include anuncio-medio.html %}'],
     must_keep=['De acuerdo con el registro, en la caravana viajaban 286 personas, entre ellas 41 menores de edad.',
                'Algunas familias explicaron que sus parientes la cumplirán en casas deshabitadas a las afueras de los pueblos.',
                'Por su parte, autoridades de la Mixteca acordaron instalar filtros sanitarios en los principales cruceros hasta el 10 de enero.'])

# ---------------------------------------------------------------- ao26 wire (kicker section, byline + Redacción, control bytes)
emit('ao26', 'md', """Cultura

# Guelaguetza 2017 abre con 14 delegaciones y lleno total en el Cerro del Fortín

Por Citlali Ramírez López y Redacción | Oaxaca Digital Hoy
Oaxaca de Juárez, 24 de julio de 2017

Foto: Especial

Con las gradas del auditorio Guelaguetza llenas desde las 9:00 horas, 14 delegaciones de las ocho regiones de Oaxaca abrieron este lunes la primera jornada de los Lunes del Cerro, ante unas 11 mil personas que ocuparon tanto las zonas de pago como las gradas gratuitas.\x07

La presentación más aplaudida fue la de la delegación de Pinotepa Nacional, que ejecutó la chilena con más de 40 parejas, seguida por la Flor de Piña de San Juan Bautista Tuxtepec, que cerró la función de la mañana. Por primera vez participó la comunidad de San Miguel Tlacotepec, de la Mixteca, con el baile de los chareos.

Como es tradición, al término de cada número los danzantes lanzaron a los asistentes frutas, panes, sombreros de palma y pequeñas artesanías. Algunas personas llegaron desde la madrugada para asegurar un lugar en las gradas más cercanas al escenario.

La Secretaría de Turismo estatal informó que la ocupación hotelera en la capital alcanzó 92 por ciento y que se esperan alrededor de 140 mil visitantes durante las dos semanas de festividades. Comerciantes del centro histórico reportaron ventas superiores a las del año pasado.

La segunda función se presentará el lunes 31 de julio con la participación de 15 delegaciones, entre ellas la de Juchitán de Zaragoza, que volverá al escenario tras dos años de ausencia.\x7f

Lee también: Estas son las delegaciones que se presentarán en la octava de la Guelaguetza
""")
gold('ao26', 'wire',
     title='Guelaguetza 2017 abre con 14 delegaciones y lleno total en el Cerro del Fortín',
     date='2017-07-24', bylines=['Citlali Ramírez López'], source='Oaxaca Digital Hoy', section='Cultura',
     body_first_words='Con las gradas del auditorio Guelaguetza llenas desde las 9:00 horas,',
     body_last_words='entre ellas la de Juchitán de Zaragoza, que volverá al escenario tras dos años de ausencia.',
     boilerplate=['Lee también: Estas son las delegaciones que se presentarán en la octava de la Guelaguetza',
                  'Foto: Especial'],
     must_keep=['Por primera vez participó la comunidad de San Miguel Tlacotepec, de la Mixteca, con el baile de los chareos.',
                'Algunas personas llegaron desde la madrugada para asegurar un lugar en las gradas más cercanas al escenario.',
                'Comerciantes del centro histórico reportaron ventas superiores a las del año pasado.'],
     photo_credit='Especial')

# ---------------------------------------------------------------- ao27 press (state civil protection, Guerrero; title before bulletin)
emit('ao27', 'txt', """COMUNICADO
Secretaría de Protección Civil de Guerrero

Habilitan 312 refugios temporales en Acapulco y Costa Chica ante pronóstico de lluvias intensas
Boletín 0632
Acapulco, Gro., 18 de septiembre de 2024

La Secretaría de Protección Civil de Guerrero habilitó 312 refugios temporales en los municipios de Acapulco, Coyuca de Benítez, San Marcos, Florencio Villarreal, Cuajinicuilapa y Ometepec, ante el pronóstico de lluvias intensas asociadas a una zona de baja presión con probabilidad de desarrollo ciclónico frente a las costas del estado.

Los refugios, instalados principalmente en escuelas, auditorios y comisarías, tienen capacidad para recibir a 41 mil personas y cuentan con agua, colchonetas, cobijas y paquetes de alimentos. En Acapulco se habilitaron 118 espacios, la mayoría en colonias de la periferia ubicadas cerca de barrancas y cauces.

El titular de la dependencia, Rubén Navarrete Solís, informó que 640 elementos de protección civil estatal y municipal, así como personal de las fuerzas armadas, realizan recorridos en zonas de riesgo para identificar viviendas vulnerables y orientar a la población sobre las rutas de evacuación.

Asimismo, se pidió a los pescadores y prestadores de servicios náuticos no salir al mar hasta nuevo aviso y a las autoridades portuarias mantener cerrada la navegación para embarcaciones menores.

La dependencia recomendó a la población no cruzar ríos ni arroyos crecidos, retirar objetos que puedan ser arrastrados por el viento, tener a la mano documentos personales en bolsas de plástico y atender únicamente la información de fuentes oficiales.

- - -

Secretaría de Protección Civil | Emergencias 911 | X: @PCGuerrero_ej
""")
gold('ao27', 'press_release',
     title='Habilitan 312 refugios temporales en Acapulco y Costa Chica ante pronóstico de lluvias intensas',
     date='2024-09-18', source='Secretaría de Protección Civil de Guerrero',
     bulletin_number='0632', issuer='Secretaría de Protección Civil de Guerrero',
     dateline_city='Acapulco',
     body_first_words='La Secretaría de Protección Civil de Guerrero habilitó 312 refugios temporales',
     body_last_words='en bolsas de plástico y atender únicamente la información de fuentes oficiales.',
     boilerplate=['- - -', 'Emergencias 911 | X: @PCGuerrero_ej', 'Boletín 0632', 'COMUNICADO'],
     must_keep=['En Acapulco se habilitaron 118 espacios, la mayoría en colonias de la periferia ubicadas cerca de barrancas y cauces.',
                'Asimismo, se pidió a los pescadores y prestadores de servicios náuticos no salir al mar hasta nuevo aviso y a las autoridades portuarias mantener cerrada la navegación para embarcaciones menores.'])

# ---------------------------------------------------------------- ao28 generic (ALL-CAPS first line, control bytes, tabs)
emit('ao28', 'txt', """FESTIVAL DEL MOLE DE CADERAS EN TEHUACÁN REÚNE A 40 COCINERAS TRADICIONALES  

\tCon la matanza ritual de chivos en las haciendas de la región y la llegada de cocineras de 18 comunidades, arrancó en Tehuacán la temporada del mole de caderas, platillo que sólo se prepara entre mediados de octubre y finales de noviembre.\x0c

\tEste año, 40 cocineras tradicionales instalaron sus fogones en el parque Juárez, donde venden el platillo a 220 pesos la porción. El caldo se prepara con el espinazo y la cadera del chivo, chile guajillo, chile costeño, ejote, guaje y hoja de aguacate, y se cocina durante al menos seis horas en ollas de barro.  

\tLa cocinera Eufrosina Lezama Cid, de San Gabriel Chilac, relató que aprendió la receta de su abuela y que cada familia guarda su propia proporción de chiles. “El secreto está en no apurar la lumbre; si se hace rápido, la carne queda dura y el caldo no agarra sabor”, explicó.

\tLos organizadores calculan que durante las tres semanas del festival se servirán cerca de 25 mil platos. Además de la venta, habrá talleres para niños, una muestra de alfarería de la Sierra Negra y conciertos de bandas de viento los fines de semana.

\tProductores de chivo de la Mixteca poblana y de Oaxaca señalaron que el precio del animal subió a 2,800 pesos por cabeza por la sequía, que redujo los pastos en los agostaderos durante el verano.
""")
gold('ao28', 'generic',
     title='FESTIVAL DEL MOLE DE CADERAS EN TEHUACÁN REÚNE A 40 COCINERAS TRADICIONALES',
     date=None,
     body_first_words='Con la matanza ritual de chivos en las haciendas de la región',
     body_last_words='por la sequía, que redujo los pastos en los agostaderos durante el verano.',
     boilerplate=[],
     must_keep=['Este año, 40 cocineras tradicionales instalaron sus fogones en el parque Juárez, donde venden el platillo a 220 pesos la porción.',
                '“El secreto está en no apurar la lumbre; si se hace rápido, la carne queda dura y el caldo no agarra sabor”, explicó.',
                'Los organizadores calculan que durante las tres semanas del festival se servirán cerca de 25 mil platos.'])

# ---------------------------------------------------------------- ao29 jekyll (cp1252, CRLF, flow-mapping site, Redacción)
emit('ao29', 'md', """---
layout: post
title: "Congreso de Tlaxcala recibe iniciativa para recortar 30% el financiamiento a partidos"
date: '2016-09-16'
author: Redacción
categories:
- Destacadas
- Política
site: {name: "El Observador de Tlaxcala", url: "https://observador.example.mx"}
---

Foto: Archivo / El Observador

Un grupo de 14 organizaciones civiles presentó ante el Congreso de Tlaxcala una iniciativa ciudadana para reducir 30 por ciento el financiamiento público que reciben los partidos políticos en la entidad y destinar los recursos ahorrados a becas para estudiantes de bachillerato.

La propuesta, respaldada por 4,870 firmas, plantea modificar la fórmula con la que se calcula la bolsa para actividades ordinarias, que actualmente multiplica el número de ciudadanos inscritos en el padrón por 65 por ciento del valor diario de la unidad de medida. Con el cambio, el porcentaje bajaría a 45 por ciento.

Según los promoventes, en 2016 los partidos recibieron en conjunto 98 millones de pesos del presupuesto estatal, además de los recursos federales. Con la reducción, se liberarían alrededor de 29 millones de pesos al año, suficientes para otorgar unas 9 mil becas de mil pesos mensuales durante el ciclo escolar.

La vocera del colectivo, Araceli Tlapale Munive, señaló que la iniciativa cumple con el requisito de firmas que establece la ley de participación ciudadana y pidió que se turne a comisiones sin dilación. “No queremos que se quede en la congeladora como las dos anteriores”, dijo.

Diputados de distintas bancadas coincidieron en que la propuesta debe analizarse, aunque algunos advirtieron que una reducción drástica podría favorecer la entrada de dinero privado de origen desconocido a las campañas. La Mesa Directiva informó que la iniciativa se turnará el próximo martes.
""", enc='cp1252', eol='\r\n')
gold('ao29', 'jekyll',
     title='Congreso de Tlaxcala recibe iniciativa para recortar 30% el financiamiento a partidos',
     date='2016-09-16', bylines=[], source='El Observador de Tlaxcala',
     section='Política', placement=['Destacadas'],
     body_first_words='Un grupo de 14 organizaciones civiles presentó ante el Congreso de',
     body_last_words='La Mesa Directiva informó que la iniciativa se turnará el próximo martes.',
     boilerplate=['Foto: Archivo / El Observador'],
     must_keep=['Con el cambio, el porcentaje bajaría a 45 por ciento.',
                '“No queremos que se quede en la congeladora como las dos anteriores”, dijo.',
                'Según los promoventes, en 2016 los partidos recibieron en conjunto 98 millones de pesos del presupuesto estatal, además de los recursos federales.'],
     photo_credit='Archivo / El Observador')

# ---------------------------------------------------------------- ao30 bad (binary junk)
rng = random.Random(30)
junk = bytearray(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03')
junk += bytes(rng.randrange(256) for _ in range(2038))
emit_bytes('ao30', 'md', bytes(junk))
bad_gold('ao30', 'Archivo binario (datos comprimidos), no es texto legible')

print('part3 ok')
