"""ap11-ap20."""
from common import write_text, write_bytes, gold, bad

NB = '\u00a0'

# ---------------------------------------------------------------- ap11 jekyll, Tamaulipas (fecha key, entities)
write_text('ap11', 'md', '''
---
layout: post
title: "Puerto de Altamira rompe récord de movimiento de contenedores en septiembre"
fecha: "5 de octubre de 2022"
author: Julián Castillo Ruvalcaba
categories:
  - Destacadas
  - Economía
site_title: Brisa del Golfo
---

El puerto de Altamira movió en septiembre 98 mil 460 contenedores de 20 pies, la cifra mensual más alta en su historia, de acuerdo con el reporte estadístico que dio a conocer este miércoles la administración portuaria.

El volumen representa un crecimiento de 14 por ciento respecto al mismo mes de 2021 y se explica, sobre todo, por el aumento de las importaciones de resinas plásticas y autopartes destinadas a plantas del Bajío y del noreste del país.

Te puede interesar | Tampico invertirá 60 millones en la rehabilitación de la laguna del Carpintero El gerente de operaciones de una de las terminales especializadas, Fausto Medellín Ochoa, dijo que en las últimas semanas los buques han tenido que esperar hasta dos días en fondeadero por la saturación de los patios. &quot;Estamos trabajando las 24 horas para desalojar la carga, pero el cuello de botella está en el transporte terrestre&quot;, explicó.

Transportistas de la zona sur del estado coincidieron en que faltan operadores y que la revisión en los puntos de inspección carreteros alarga los tiempos de salida de los tractocamiones, que en promedio tardan cinco horas en cargar y abandonar el recinto.

La administración portuaria informó que en noviembre concluirá la ampliación de un patio de contenedores de 12 hectáreas, que permitirá almacenar 9 mil unidades adicionales, y que se trabaja con el Ferrocarril del Noreste &amp; Golfo para sumar dos corridas semanales de tren hacia San Luis Potosí y Monterrey.
''')
gold('ap11', family='jekyll',
     title='Puerto de Altamira rompe récord de movimiento de contenedores en septiembre',
     date='2022-10-05', bylines=['Julián Castillo Ruvalcaba'], source='Brisa del Golfo',
     section='Economía', placement=['Destacadas'],
     body_first_words='El puerto de Altamira movió en septiembre 98 mil 460 contenedores',
     body_last_words='dos corridas semanales de tren hacia San Luis Potosí y Monterrey.',
     boilerplate=['Te puede interesar | Tampico invertirá 60 millones en la rehabilitación de la laguna del Carpintero'],
     must_keep=['El gerente de operaciones de una de las terminales especializadas, Fausto Medellín Ochoa, dijo que en las últimas semanas los buques han tenido que esperar hasta dos días en fondeadero por la saturación de los patios.',
                'Estamos trabajando las 24 horas para desalojar la carga, pero el cuello de botella está en el transporte terrestre',
                'y que se trabaja con el Ferrocarril del Noreste & Golfo para sumar dos corridas semanales de tren hacia San Luis Potosí y Monterrey.'])

# ---------------------------------------------------------------- ap12 wire, Tabasco (kicker, two bylines)
write_text('ap12', 'md', f'''
Clima

# Frente frío 9 dejará lluvias de hasta 150 milímetros en la Sierra de Tabasco

Por Daniela Torruco Pérez y Mario Alberto Castellanos Ruiz
Diario Usumacinta ·{NB}12 de noviembre de 2021

Foto: Diario Usumacinta / Archivo

El frente frío número 9 y la masa de aire que lo impulsa provocarán a partir de este sábado lluvias intensas en Tabasco, con acumulados de entre 100 y 150 milímetros en los municipios de la Sierra, advirtió el Instituto de Protección Civil del estado.

El director de Análisis de Riesgos, Wilbert Chablé Jiménez, indicó que las precipitaciones más fuertes se esperan en Tacotalpa, Teapa y Jalapa, donde los ríos de respuesta rápida como el Puxcatán y el Teapa pueden crecer varios metros en pocas horas.

"No se trata de una inundación como la de 2020, pero sí de un evento que puede provocar deslaves en caminos de la Sierra y desbordamientos puntuales", señaló.

📲 Únete a nuestro canal de WhatsApp y recibe las noticias más importantes de Tabasco

Protección Civil informó que mantiene en alerta 56 refugios temporales en los 17 municipios y que brigadas federales realizan recorridos en los bordos de Villahermosa. Hasta el momento, el nivel del río Grijalva en la estación Gaviotas se mantiene 1.20 metros por debajo de su nivel de prevención.

Se recomienda a la población asegurar techos de lámina, evitar cruzar corrientes de agua y mantenerse informada por canales oficiales. En la zona costera de Centla y Paraíso, los vientos del norte podrían alcanzar rachas de 70 kilómetros por hora, por lo que la Capitanía de Puerto suspendió la navegación a embarcaciones menores.

Relacionado: Estas son las carreteras de Tabasco con más riesgo de deslave en temporada de nortes
''')
gold('ap12', family='wire',
     title='Frente frío 9 dejará lluvias de hasta 150 milímetros en la Sierra de Tabasco',
     date='2021-11-12', bylines=['Daniela Torruco Pérez', 'Mario Alberto Castellanos Ruiz'],
     source='Diario Usumacinta', section='Clima',
     body_first_words='El frente frío número 9 y la masa de aire que lo impulsa',
     body_last_words='por lo que la Capitanía de Puerto suspendió la navegación a embarcaciones menores.',
     boilerplate=['Foto: Diario Usumacinta / Archivo',
                  'Únete a nuestro canal de WhatsApp y recibe las noticias más importantes de Tabasco',
                  'Relacionado: Estas son las carreteras de Tabasco con más riesgo de deslave en temporada de nortes'],
     must_keep=['Hasta el momento, el nivel del río Grijalva en la estación Gaviotas se mantiene 1.20 metros por debajo de su nivel de prevención.',
                'Protección Civil informó que mantiene en alerta 56 refugios temporales en los 17 municipios y que brigadas federales realizan recorridos en los bordos de Villahermosa.'],
     photo_credit='Diario Usumacinta / Archivo')

# ---------------------------------------------------------------- ap13 generic, Michoacán (mixed EOL, entities)
write_text('ap13', 'markdown', '''
# Aguacateros de Tancítaro instalan 40 ollas de captación para enfrentar el estiaje

Productores de aguacate de Tancítaro concluyeron la construcción de 40 ollas de captación de agua de lluvia con capacidad conjunta de 620 mil metros cúbicos, con las que buscan reducir la extracción de manantiales durante el estiaje, que en la meseta purépecha se extiende de febrero a mayo.

Las obras se financiaron con aportaciones de 230 huertas asociadas a una junta local de sanidad vegetal y con un crédito de la banca de desarrollo. Cada olla está recubierta con geomembrana y cuenta con un sistema de filtros para retener sedimentos.

El ingeniero agrónomo Bernardo Aguilar Pulido, asesor técnico del proyecto, explicó que una huerta adulta de aguacate Hass consume en promedio entre 8 mil y 10 mil metros cúbicos de agua por hectárea al año. &quot;Lo que buscamos es que el riego de auxilio en secas no dependa de los ojos de agua que abastecen a las comunidades&quot;, dijo.

Organizaciones ambientalistas de la región reconocieron el proyecto, pero insistieron en que la expansión de huertas sobre zonas forestales sigue siendo el principal problema hídrico de la meseta. Según sus estimaciones, en la última d&eacute;cada se perdieron alrededor de 7 mil hectáreas de bosque de pino y encino en los municipios de Tancítaro, Peribán y Uruapan.

Los productores se comprometieron a presentar en seis meses un informe sobre el volumen captado y a no abrir nuevas huertas en predios sin autorización de cambio de uso de suelo.
''', eol='mixed')
gold('ap13', family='generic',
     title='Aguacateros de Tancítaro instalan 40 ollas de captación para enfrentar el estiaje',
     body_first_words='Productores de aguacate de Tancítaro concluyeron la construcción de 40 ollas',
     body_last_words='no abrir nuevas huertas en predios sin autorización de cambio de uso de suelo.',
     must_keep=['Según sus estimaciones, en la última década se perdieron alrededor de 7 mil hectáreas de bosque de pino y encino en los municipios de Tancítaro, Peribán y Uruapan.',
                'Cada olla está recubierta con geomembrana y cuenta con un sistema de filtros para retener sedimentos.'])

# ---------------------------------------------------------------- ap14 press, federal agency state office, Chiapas (CRLF)
write_text('ap14', 'txt', '''
GOBIERNO DE MÉXICO
Gerencia Estatal de la Comisión Nacional Forestal en Chiapas
COMUNICADO No. 045/2024

INSTALAN 14 CAMPAMENTOS DE BRIGADISTAS PARA LA TEMPORADA DE INCENDIOS EN LA SELVA LACANDONA

Tuxtla Gutiérrez, Chiapas; a 21 de marzo de 2024.- La Gerencia Estatal de la Comisión Nacional Forestal (Conafor) en Chiapas instaló 14 campamentos temporales de brigadistas en los municipios de Ocosingo, Marqués de Comillas, Benemérito de las Américas y Maravilla Tenejapa, como parte de la estrategia para la temporada de incendios forestales 2024, que se prevé más severa que la del año pasado por la falta de lluvias.

El gerente estatal, Abelardo Gómez Nandayapa, informó que en los campamentos permanecerán 210 combatientes, entre personal de la Conafor, brigadas comunitarias y elementos de las fuerzas armadas, con equipo de radiocomunicación, herramientas manuales y motobombas.

Explicó que, de acuerdo con el monitoreo satelital, en lo que va del año se han detectado 326 puntos de calor en la entidad, la mayoría asociados a quemas agrícolas que se salen de control. Por ello, pidió a productores y ejidatarios notificar a las autoridades municipales antes de realizar cualquier quema y respetar el calendario de quemas vigente.

La dependencia recordó que la norma oficial mexicana en la materia establece las especificaciones para el uso del fuego en terrenos forestales y agropecuarios, y que su incumplimiento puede ser sancionado.

Para reportar un incendio forestal, la población puede comunicarse al 800 737 0010 o al número de emergencias 911, disponible las 24 horas.

* * *

Unidad de Comunicación Social
Gerencia Estatal Chiapas
comunicacion.chiapas@conafor.example.mx
Tel. 961 618 22 40
X: @ConaforChiapasMx
''', eol='crlf')
gold('ap14', family='press_release',
     title='INSTALAN 14 CAMPAMENTOS DE BRIGADISTAS PARA LA TEMPORADA DE INCENDIOS EN LA SELVA LACANDONA',
     date='2024-03-21', source='Gerencia Estatal de la Comisión Nacional Forestal en Chiapas',
     bulletin_number='045/2024', issuer='Gerencia Estatal de la Comisión Nacional Forestal en Chiapas',
     dateline_city='Tuxtla Gutiérrez',
     body_first_words='La Gerencia Estatal de la Comisión Nacional Forestal (Conafor) en Chiapas instaló',
     body_last_words='al número de emergencias 911, disponible las 24 horas.',
     boilerplate=['GOBIERNO DE MÉXICO', 'COMUNICADO No. 045/2024', '* * *',
                  'Unidad de Comunicación Social', 'comunicacion.chiapas@conafor.example.mx',
                  'Tel. 961 618 22 40', '@ConaforChiapasMx'],
     must_keep=['Por ello, pidió a productores y ejidatarios notificar a las autoridades municipales antes de realizar cualquier quema y respetar el calendario de quemas vigente.',
                'Para reportar un incendio forestal, la población puede comunicarse al 800 737 0010 o al número de emergencias 911, disponible las 24 horas.'])

# ---------------------------------------------------------------- ap15 bad: saved HTML page
write_text('ap15', 'md', '''
<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reabren el Mercado Hidalgo tras seis meses de remodelación | Noticias del Bajío</title>
<link rel="stylesheet" href="/static/css/main.4f2a1c.css">
<script async src="https://analytics.noticiasdelbajio.example.mx/tag.js"></script>
</head>
<body class="article-page">
<header class="site-header"><a href="/">Noticias del Bajío</a>
<nav><ul><li><a href="/guanajuato">Guanajuato</a></li><li><a href="/leon">León</a></li><li><a href="/deportes">Deportes</a></li></ul></nav>
</header>
<main>
<article>
<h1>Reabren el Mercado Hidalgo tras seis meses de remodelación</h1>
<p class="byline">Por <span>Karla Ortega Nieto</span> | 11/05/2023</p>
<p>Los 230 locatarios del Mercado Hidalgo de Guanajuato capital regresaron este jueves a sus puestos luego de seis meses de obras de remodelación en la estructura metálica y en las instalaciones eléctricas del inmueble.</p>
<p>La inversión fue de 42 millones de pesos, informó el ayuntamiento.</p>
</article>
<aside class="related"><h3>Lo más leído</h3><ol><li><a href="/n/1">Cierran túnel por obras</a></li></ol></aside>
</main>
<footer>&copy; 2023 Noticias del Bajío. Todos los derechos reservados.</footer>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>
</body>
</html>
''')
bad('ap15', 'Es una página HTML guardada, no el texto de una nota')

# ---------------------------------------------------------------- ap16 jekyll, Coahuila (CRLF, quoted date, Redacción)
write_text('ap16', 'md', '''
---
layout: post
title: "Más de 4 mil corredores toman las calles de Torreón en la Carrera 10K del Nazas"
date: "2021-08-17"
author: Redacción
categories: ["Deportes", "Portada"]
tags: [atletismo, Torreón, carreras]
site_name: Crónica Lagunera
---

Foto: Cortesía Comité Organizador

Con la participación de 4 mil 380 corredores, la Carrera 10K del Nazas regresó el pasado domingo a las calles de Torreón tras un año de ausencia por la pandemia, con protocolos sanitarios que incluyeron salidas escalonadas por bloques y el uso de cubrebocas en la zona de arranque.

El corredor de Gómez Palacio Luis Ángel Rosales Meraz se impuso en la rama varonil con un tiempo de 30 minutos y 12 segundos, mientras que en la femenil la victoria fue para la saltillense Daniela Cepeda Arizpe, quien cruzó la meta en 34 minutos y 48 segundos, nuevo récord de la prueba.

El recorrido partió de la Plaza Mayor, siguió por la avenida Morelos y el bulevar Revolución y regresó por la calzada junto al cauce del Nazas, donde cientos de familias se colocaron a lo largo del río seco para animar a los participantes.

La presidenta del comité organizador, Gabriela Murra Villarreal, informó que la bolsa de premios sumó 180 mil pesos y que por primera vez se premió a los tres primeros lugares de la categoría de corredores con discapacidad visual, que compitieron acompañados de guías.

"Sabíamos que había muchas ganas de volver a correr juntos; la respuesta de la gente superó lo que esperábamos", dijo Murra Villarreal.

Los servicios médicos atendieron a 23 personas, principalmente por deshidratación y calambres, sin que se reportaran incidentes graves. Las vialidades del primer cuadro quedaron abiertas a la circulación antes del mediodía.
''', eol='crlf')
gold('ap16', family='jekyll',
     title='Más de 4 mil corredores toman las calles de Torreón en la Carrera 10K del Nazas',
     date='2021-08-17', bylines=[], source='Crónica Lagunera', section='Deportes',
     placement=['Portada'],
     body_first_words='Con la participación de 4 mil 380 corredores, la Carrera',
     body_last_words='quedaron abiertas a la circulación antes del mediodía.',
     boilerplate=['Foto: Cortesía Comité Organizador'],
     must_keep=['Los servicios médicos atendieron a 23 personas, principalmente por deshidratación y calambres, sin que se reportaran incidentes graves.',
                'Sabíamos que había muchas ganas de volver a correr juntos; la respuesta de la gente superó lo que esperábamos'],
     photo_credit='Cortesía Comité Organizador')

# ---------------------------------------------------------------- ap17 wire, Puebla (plain title, block teaser, entities)
write_text('ap17', 'txt', '''
Línea 3 de RUTA sumará 18 autobuses y ampliará su horario hasta las 23:00 horas
Por Ana Sofía Rangel Tlatelpa y Julio Méndez Cuautle / Enlace Puebla / 03 de febrero de 2025

Foto: Enlace Puebla / Archivo

La Línea 3 de la Red Urbana de Transporte Articulado (RUTA) incorporará 18 autobuses nuevos a partir de marzo y extenderá su horario de servicio hasta las 23:00 horas, informó este lunes la Secretaría de Movilidad y Transporte del estado.

El titular de la dependencia, Ernesto Sánchez Xochipa, explicó que las unidades, de 12 metros y con motor a gas natural, permitirán reducir el intervalo de paso en hora pico de 11 a 6 minutos en el tramo que va de Valsequillo al centro de la ciudad. &quot;Hoy tenemos estaciones donde la gente deja pasar dos o tres autobuses porque no cabe&quot;, reconoció.

También te recomendamos:
- Puebla registra la mañana más fría del invierno con 1 grado en la zona norte
- Alistan operativo vial por partido en el estadio Cuauhtémoc

La ampliación del horario responde a una petición de trabajadores de la zona de Valsequillo y del sur de la ciudad, quienes salen de sus turnos después de las 21:00 horas, cuando actualmente deja de operar el servicio troncal. Las rutas alimentadoras de San Francisco Totimehuacan y Loma Bella también extenderán su horario.

De acuerdo con la Secretaría, la Línea 3 transporta en promedio 58 mil pasajeros diarios, cifra que aún está por debajo de los 75 mil proyectados cuando entró en operación. Con la renovación de la flota, la dependencia espera alcanzar los 65 mil usuarios antes de que termine el año.

Usuarios consultados por Enlace Puebla coincidieron en que, además de más unidades, hacen falta iluminación y vigilancia en algunas estaciones del sur, donde se han reportado asaltos por la noche.

La tarifa se mantendrá en 8.50 pesos y podrá pagarse con la tarjeta recargable o mediante código QR.
''')
gold('ap17', family='wire',
     title='Línea 3 de RUTA sumará 18 autobuses y ampliará su horario hasta las 23:00 horas',
     date='2025-02-03', bylines=['Ana Sofía Rangel Tlatelpa', 'Julio Méndez Cuautle'],
     source='Enlace Puebla',
     body_first_words='La Línea 3 de la Red Urbana de Transporte Articulado (RUTA) incorporará',
     body_last_words='podrá pagarse con la tarjeta recargable o mediante código QR.',
     boilerplate=['Foto: Enlace Puebla / Archivo', 'También te recomendamos:',
                  'Puebla registra la mañana más fría del invierno con 1 grado en la zona norte',
                  'Alistan operativo vial por partido en el estadio Cuauhtémoc'],
     must_keep=['Hoy tenemos estaciones donde la gente deja pasar dos o tres autobuses porque no cabe',
                'La ampliación del horario responde a una petición de trabajadores de la zona de Valsequillo y del sur de la ciudad, quienes salen de sus turnos después de las 21:00 horas, cuando actualmente deja de operar el servicio troncal.',
                'Usuarios consultados por Enlace Puebla coincidieron en que, además de más unidades, hacen falta iluminación y vigilancia en algunas estaciones del sur, donde se han reportado asaltos por la noche.'],
     photo_credit='Enlace Puebla / Archivo')

# ---------------------------------------------------------------- ap18 press, autonomous body, Guerrero (no number)
write_text('ap18', 'md', f'''
Comisión de los Derechos Humanos del Estado de Guerrero   
COMUNICADO

Emite CDHEG recomendación a municipio de Tlapa por falta de atención médica a jornaleros agrícolas

Chilpancingo de los Bravo, Guerrero; a 12 de septiembre de 2024.-{NB}La Comisión de los Derechos Humanos del Estado de Guerrero (CDHEG) emitió la recomendación 014/2024 al ayuntamiento de Tlapa de Comonfort por omitir la atención médica y el traslado oportuno de un grupo de 23 jornaleros agrícolas de la Montaña que regresaron enfermos de los campos de cultivo de Sinaloa en marzo pasado.  

De acuerdo con la investigación, los trabajadores, entre ellos cinco menores de edad, llegaron a la terminal de autobuses de Tlapa con síntomas de intoxicación por agroquímicos y permanecieron más de diez horas sin recibir atención, pese a que sus familiares solicitaron apoyo a la Dirección Municipal de Salud y a Protección Civil.

La Comisión acreditó violaciones al derecho a la protección de la salud y al interés superior de la niñez, y determinó que el ayuntamiento carece de un protocolo para recibir a la población jornalera que retorna al término de las temporadas agrícolas.  

Entre los puntos recomendatorios, el organismo pidió al ayuntamiento reparar el daño a las víctimas, cubrir los gastos médicos que las familias pagaron por su cuenta, capacitar a su personal en derechos de las personas jornaleras y elaborar, en un plazo de 90 días, un protocolo de atención en coordinación con la Secretaría de Salud estatal.

La presidenta de la CDHEG, Rosalba Nava Tepec, recordó que cada año salen de la región de la Montaña alrededor de 9 mil jornaleros hacia campos del norte del país, y que muchas de estas familias viajan sin seguridad social.

El ayuntamiento cuenta con 15 días hábiles para informar si acepta la recomendación.

- - -

Coordinación de Comunicación Social
CDHEG
Tel. 747 494 20 00
comunicacion@cdheg.example.mx
''')
gold('ap18', family='press_release',
     title='Emite CDHEG recomendación a municipio de Tlapa por falta de atención médica a jornaleros agrícolas',
     date='2024-09-12', source='Comisión de los Derechos Humanos del Estado de Guerrero',
     bulletin_number=None, issuer='Comisión de los Derechos Humanos del Estado de Guerrero',
     dateline_city='Chilpancingo de los Bravo',
     body_first_words='La Comisión de los Derechos Humanos del Estado de Guerrero (CDHEG) emitió',
     body_last_words='cuenta con 15 días hábiles para informar si acepta la recomendación.',
     boilerplate=['COMUNICADO', '- - -', 'Coordinación de Comunicación Social',
                  'Tel. 747 494 20 00', 'comunicacion@cdheg.example.mx'],
     must_keep=['emitió la recomendación 014/2024 al ayuntamiento de Tlapa de Comonfort',
                'La Comisión acreditó violaciones al derecho a la protección de la salud y al interés superior de la niñez, y determinó que el ayuntamiento carece de un protocolo para recibir a la población jornalera que retorna al término de las temporadas agrícolas.',
                'El ayuntamiento cuenta con 15 días hábiles para informar si acepta la recomendación.'])

# ---------------------------------------------------------------- ap19 generic, Oaxaca (cp1252, CRLF, control bytes)
write_text('ap19', 'text', '''
Tejedoras de Teotitlán del Valle abren escuela de tintes naturales para jóvenes

Un colectivo de 16 tejedoras zapotecas de Teotitlán del Valle inauguró este fin de semana una escuela de tintes naturales en la que jóvenes de la comunidad aprenderán a teñir lana con grana cochinilla, añil, pericón y cáscara de nuez, técnicas que, aseguran, se están perdiendo frente al uso de anilinas industriales.

La escuela funciona en el patio de la casa de Amalia Ruiz Bautista, una de las fundadoras del colectivo, quien explicó que durante seis meses se impartirán talleres gratuitos los sábados para 30 estudiantes de entre 14 y 25 años. “Nuestras abuelas sabían sacar más de 40 colores de las plantas del cerro; nosotras ya sólo sabemos unos 15”, lamentó.
\x0c
El proyecto recibió apoyo de una fundación cultural de la ciudad de Oaxaca, que financió la construcción de fogones, tinas de cobre y un pequeño invernadero donde se cultivará añil. Los alumnos también recorrerán las laderas de la sierra para identificar las plantas tintóreas y aprender a recolectarlas sin dañarlas.

Las tejedoras señalaron que los tapetes teñidos con colorantes naturales pueden venderse hasta en el triple de precio que los elaborados con tintes sintéticos, pero requieren más tiempo: teñir un kilo de lana con grana cochinilla puede llevar hasta tres días.

Al término del curso, los participantes elaborarán un tapete colectivo que será exhibido durante la feria artesanal de diciembre en el mercado de la comunidad.
\x1a''', enc='cp1252', eol='crlf')
gold('ap19', family='generic',
     title='Tejedoras de Teotitlán del Valle abren escuela de tintes naturales para jóvenes',
     body_first_words='Un colectivo de 16 tejedoras zapotecas de Teotitlán del Valle inauguró',
     body_last_words='durante la feria artesanal de diciembre en el mercado de la comunidad.',
     must_keep=['Nuestras abuelas sabían sacar más de 40 colores de las plantas del cerro; nosotras ya sólo sabemos unos 15',
                'El proyecto recibió apoyo de una fundación cultural de la ciudad de Oaxaca, que financió la construcción de fogones, tinas de cobre y un pequeño invernadero donde se cultivará añil.',
                'teñir un kilo de lana con grana cochinilla puede llevar hasta tres días.'])

# ---------------------------------------------------------------- ap20 jekyll, Hidalgo (naive datetime, autor key, no site key)
write_text('ap20', 'markdown', '''
---
layout: post
title: "Habilitan 60 camas más para pacientes con COVID-19 en el Hospital General de Pachuca"
date: 2020-06-09 08:15:00
autor: Efraín Hernández Soto
categories: [Salud, Portada, Destacadas]
tags:
  - COVID-19
  - Pachuca
  - hospitales
---

La Secretaría de Salud de Hidalgo habilitó 60 camas adicionales para la atención de pacientes con COVID-19 en el Hospital General de Pachuca, con lo que la capacidad de ese nosocomio para casos graves llega a 142 camas, 38 de ellas con ventilador mecánico.  

La ampliación se realizó en el área que ocupaba la consulta externa, que fue trasladada temporalmente a un centro de salud de la colonia Morelos. Los trabajos incluyeron la instalación de tomas de oxígeno, un sistema de presión negativa y una entrada exclusiva para el personal del área COVID.

El director del hospital, Arturo Olvera Zúñiga, informó que hasta la mañana de este martes la ocupación de camas generales era de 71 por ciento y la de camas con ventilador de 64 por ciento. "Estamos en el momento más delicado de la epidemia en el estado y necesitamos tener margen para las próximas semanas", dijo.   

Para atender las nuevas áreas se contrataron 85 trabajadores, entre médicos generales, enfermeras, inhaloterapeutas y personal de limpieza, con contratos por seis meses. Parte del equipo médico fue donado por empresas de la zona industrial de Tizayuca.

Las autoridades sanitarias reiteraron el llamado a la población a quedarse en casa, usar cubrebocas en el transporte público y acudir de inmediato al médico si se presentan dificultad para respirar, fiebre persistente o dolor en el pecho.

Hidalgo acumula a la fecha 2 mil 104 casos confirmados y 347 defunciones por el virus, de acuerdo con el reporte técnico estatal.

¿Tienes una denuncia? Escríbenos a denuncias@valledelmezquital.example.mx
''')
gold('ap20', family='jekyll',
     title='Habilitan 60 camas más para pacientes con COVID-19 en el Hospital General de Pachuca',
     date='2020-06-09', bylines=['Efraín Hernández Soto'], source=None, section='Salud',
     placement=['Portada', 'Destacadas'],
     body_first_words='La Secretaría de Salud de Hidalgo habilitó 60 camas adicionales',
     body_last_words='347 defunciones por el virus, de acuerdo con el reporte técnico estatal.',
     boilerplate=['¿Tienes una denuncia? Escríbenos a denuncias@valledelmezquital.example.mx'],
     must_keep=['Parte del equipo médico fue donado por empresas de la zona industrial de Tizayuca.',
                'Los trabajos incluyeron la instalación de tomas de oxígeno, un sistema de presión negativa y una entrada exclusiva para el personal del área COVID.'])
