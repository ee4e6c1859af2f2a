"""Files as11-as20."""
from common import write_source, write_gold, NBSP


def fx(t):
    return t.replace('¤', NBSP).replace('<TS>', '  ')


# ---------------------------------------------------------------- as11 wire
t11 = fx('''Medio ambiente

# Sargazo obliga a cerrar cinco playas públicas en Playa del Carmen

Por: Daniela Poot Uc / Corresponsal en Playa del Carmen<TS>
Caribe Informa | Publicado: martes 7 de julio de 2015, 09:10 hrs.

Foto: Especial

La acumulación de sargazo en la costa de Solidaridad obligó a las autoridades municipales a cerrar de manera temporal cinco playas públicas, entre ellas las de Punta Esmeralda y la calle 38, donde el alga alcanzó hasta un metro de altura.

La Dirección de Zona Federal Marítimo Terrestre informó que desde el fin de semana llegaron alrededor de 2 mil toneladas de sargazo, y que las cuadrillas de limpieza, integradas por 120 trabajadores, no se dan abasto para retirar el material antes de que se descomponga. El olor, parecido al de huevo podrido, se percibe hasta la Quinta Avenida.<TS>

Lee también: Hoteleros de Tulum piden declaratoria de emergencia por sargazo Prestadores de servicios turísticos calcularon que la venta de paseos en lancha y equipo de esnórquel cayó 30 por ciento en la última semana. Algunos hoteles ofrecen a sus huéspedes traslados gratuitos a Xpu-Ha y Puerto Aventuras, donde la llegada del alga ha sido menor.

El biólogo marino Esteban Rejón Alcocer, investigador de un centro de estudios costeros en Puerto Morelos, explicó que el fenómeno está relacionado con el aumento de la temperatura del mar y con el exceso de nutrientes que arrastran grandes ríos de Sudamérica hacia el Atlántico. Advirtió que el sargazo en descomposición reduce el oxígeno del agua cercana a la orilla y puede afectar a pastos marinos y tortugas.

El Ayuntamiento anunció que solicitará apoyo a la Secretaría de Marina para instalar barreras flotantes frente a las playas más visitadas.

Suscríbete a nuestro boletín y recibe cada mañana lo más importante de Quintana Roo.
''')
write_source('as11.md', t11)
write_gold('as11', family='wire',
    title='Sargazo obliga a cerrar cinco playas públicas en Playa del Carmen',
    date='2015-07-07', bylines=['Daniela Poot Uc'], source='Caribe Informa',
    section='Medio ambiente',
    body_first_words='La acumulación de sargazo en la costa de Solidaridad obligó',
    body_last_words='para instalar barreras flotantes frente a las playas más visitadas.',
    boilerplate=['Foto: Especial',
                 'Lee también: Hoteleros de Tulum piden declaratoria de emergencia por sargazo',
                 'Suscríbete a nuestro boletín'],
    must_keep=['Prestadores de servicios turísticos calcularon que la venta de paseos en lancha y equipo de esnórquel cayó 30 por ciento en la última semana.',
               'El olor, parecido al de huevo podrido, se percibe hasta la Quinta Avenida.',
               'El Ayuntamiento anunció que solicitará apoyo a la Secretaría de Marina para instalar barreras flotantes frente a las playas más visitadas.'],
    photo_credit='Especial')

# ---------------------------------------------------------------- as12 wire (cp1252, CRLF)
t12 = '''Pescadores de Tuxpan denuncian mancha de hidrocarburo frente a la barra
Ernesto Villalobos Lara / Heraldo Costero / Tuxpan, Ver., 22 de enero de 2014

Pescadores de la cooperativa Barra de Tuxpan denunciaron la aparición de una mancha de hidrocarburo de aproximadamente tres kilómetros de largo frente a la bocana del río, que desde el lunes les impide salir a trabajar.

Los afectados mostraron redes y boyas cubiertas de una sustancia negra y espesa, así como fotografías de peces y aves muertas en la playa de Tuxpan. “No sabemos de dónde salió; nadie nos ha dado una explicación”, dijo el presidente de la cooperativa, Marcos Barrios Olmedo. Te puede interesar | Aumentan robos a lanchas en la laguna de Tampamachoco Agregó que alrededor de 180 familias dependen de la pesca de sierra y robalo en esa zona.

Personal de la Procuraduría Federal de Protección al Ambiente acudió el martes a tomar muestras del agua y de la arena para determinar el origen del derrame. Los pescadores señalaron que en la zona operan ductos y plataformas petroleras, así como buques que esperan turno para entrar al puerto.

La Capitanía de Puerto informó que no tiene reporte de ningún incidente con embarcaciones en la última semana y que colabora con las autoridades ambientales en la investigaci&oacute;n.

Mientras tanto, los pescadores pidieron un apoyo económico emergente, pues calculan que cada día sin salir al mar representa pérdidas de unos 600 pesos por lancha. Amenazaron con bloquear el puente Tuxpan si no reciben respuesta antes del viernes.

Descarga la app de Heraldo Costero y activa las notificaciones para no perderte nada.
'''
write_source('as12.txt', t12, enc='cp1252', eol='crlf')
write_gold('as12', family='wire',
    title='Pescadores de Tuxpan denuncian mancha de hidrocarburo frente a la barra',
    date='2014-01-22', bylines=['Ernesto Villalobos Lara'], source='Heraldo Costero',
    body_first_words='Pescadores de la cooperativa Barra de Tuxpan denunciaron la aparición de',
    body_last_words='bloquear el puente Tuxpan si no reciben respuesta antes del viernes.',
    boilerplate=['Te puede interesar | Aumentan robos a lanchas en la laguna de Tampamachoco',
                 'Descarga la app de Heraldo Costero'],
    must_keep=['“No sabemos de dónde salió; nadie nos ha dado una explicación”, dijo el presidente de la cooperativa, Marcos Barrios Olmedo.',
               'Agregó que alrededor de 180 familias dependen de la pesca de sierra y robalo en esa zona.',
               'Personal de la Procuraduría Federal de Protección al Ambiente acudió el martes a tomar muestras del agua y de la arena para determinar el origen del derrame.'])

# ---------------------------------------------------------------- as13 wire (agency, mixed EOL)
t13 = '''Elecciones 2024
EN VIVO

## Arrancan cómputos distritales en Tabasco con 14 paquetes por recontar

Staff | Agencia Sureste de Noticias (ASN) | 5 de junio de 2024

Los 21 consejos distritales del Instituto Electoral local en Tabasco iniciaron este miércoles a las 8:00 horas los cómputos de la elección de diputaciones, en los que se prevé el recuento de 14 paquetes electorales con inconsistencias en las actas.

La consejera presidenta del instituto, Alma Rosa Cárdenas Zurita, informó que los paquetes a recontar corresponden a casillas de los distritos de Cárdenas, Comalcalco y Macuspana, donde el número de votos no coincidía con el de boletas utilizadas. Precisó que en ningún caso la diferencia supera los 30 votos. Relacionado: Así quedó la participación ciudadana en el sureste

Representantes de los partidos acudieron desde temprano a las sedes distritales; en Centro, un grupo de simpatizantes se concentró frente a las oficinas de la avenida Paseo Usumacinta, sin que se registraran incidentes.

Según el Programa de Resultados Electorales Preliminares, la participación en el estado fue de 63.4 por ciento, superior a la de la elección intermedia de 2021. El instituto prevé entregar las constancias de mayoría el domingo, una vez concluidos todos los cómputos.

A las 13:00 horas, once consejos ya habían concluido el cotejo de actas y comenzaban la captura en el sistema de cómputos. En Jalpa de Méndez se registró un retraso de dos horas porque uno de los consejeros no se presentó y tuvo que llamarse al suplente.

El instituto transmite las sesiones en sus redes sociales y mantiene una página con los avances en tiempo real.

Este contenido se publicó originalmente en Agencia Sureste de Noticias y se reproduce con autorización.
'''
write_source('as13.md', t13, eol=('alternate',))
write_gold('as13', family='wire',
    title='Arrancan cómputos distritales en Tabasco con 14 paquetes por recontar',
    date='2024-06-05', bylines=[], source='Agencia Sureste de Noticias',
    section='Elecciones 2024',
    body_first_words='Los 21 consejos distritales del Instituto Electoral local en Tabasco',
    body_last_words='mantiene una página con los avances en tiempo real.',
    boilerplate=['EN VIVO',
                 'Relacionado: Así quedó la participación ciudadana en el sureste',
                 'Este contenido se publicó originalmente en Agencia Sureste de Noticias y se reproduce con autorización.'],
    must_keep=['Precisó que en ningún caso la diferencia supera los 30 votos.',
               'Representantes de los partidos acudieron desde temprano a las sedes distritales; en Centro, un grupo de simpatizantes se concentró frente a las oficinas de la avenida Paseo Usumacinta, sin que se registraran incidentes.',
               'El instituto transmite las sesiones en sus redes sociales y mantiene una página con los avances en tiempo real.'])

# ---------------------------------------------------------------- as14 press (BOM, NBSP)
t14 = fx('''PODER LEGISLATIVO DEL ESTADO
H. Congreso del Estado de Quintana Roo
Boletín No. 245/2022<TS>

Aprueban diputados ley para regular la renta vacacional en plataformas digitales

Chetumal, Quintana Roo, 29 de noviembre de 2022.<TS>

Con 21 votos a favor y tres en contra, el Pleno de la XVII Legislatura aprobó la Ley de Hospedaje Temporal en Viviendas de Uso Turístico, que obliga a los propietarios que rentan casas y departamentos a través de plataformas digitales a inscribirse en un padrón estatal y a pagar el impuesto sobre hospedaje.

La iniciativa, presentada por la diputada Verónica Ancona Tzuc, presidenta de la Comisión de Turismo, establece que cada inmueble deberá contar con un número de registro visible en los anuncios en línea, póliza de seguro de responsabilidad civil y un responsable localizable las 24¤horas.

Durante la discusión, la legisladora señaló que en Quintana Roo hay alrededor de 38¤mil viviendas ofertadas en plataformas, de las cuales menos de la mitad paga impuestos. Dijo que la falta de regulación ha encarecido las rentas para trabajadores de la industria turística en Tulum, Playa del Carmen y Bacalar.

Los diputados que votaron en contra, entre ellos Gerardo Mis Balam, argumentaron que la ley podría afectar a familias que rentan un cuarto de su casa para completar el gasto, y propusieron un régimen simplificado para pequeños arrendadores, propuesta que fue rechazada.

La ley entrará en vigor 90¤días después de su publicación en el Periódico Oficial del Estado. Los municipios tendrán seis meses para firmar convenios con la Secretaría de Finanzas para compartir la información del padrón.

---o0o---

Coordinación de Comunicación Social del H. Congreso
Tel. 983 832 0000
comunicacion@congresoqroo.example.mx
''')
write_source('as14.txt', t14, bom=True)
write_gold('as14', family='press_release',
    title='Aprueban diputados ley para regular la renta vacacional en plataformas digitales',
    date='2022-11-29', bylines=[], source='H. Congreso del Estado de Quintana Roo',
    bulletin_number='245/2022', issuer='H. Congreso del Estado de Quintana Roo',
    dateline_city='Chetumal',
    body_first_words='Con 21 votos a favor y tres en contra, el Pleno',
    body_last_words='firmar convenios con la Secretaría de Finanzas para compartir la información del padrón.',
    boilerplate=['---o0o---', 'Coordinación de Comunicación Social del H. Congreso',
                 'Tel. 983 832 0000', 'comunicacion@congresoqroo.example.mx', 'PODER LEGISLATIVO DEL ESTADO'],
    must_keep=['Durante la discusión, la legisladora señaló que en Quintana Roo hay alrededor de 38 mil viviendas ofertadas en plataformas, de las cuales menos de la mitad paga impuestos.',
               'La ley entrará en vigor 90 días después de su publicación en el Periódico Oficial del Estado.',
               'Dijo que la falta de regulación ha encarecido las rentas para trabajadores de la industria turística en Tulum, Playa del Carmen y Bacalar.'])

# ---------------------------------------------------------------- as15 press (university)
t15 = '''UNIVERSIDAD AUTÓNOMA DE LOS ALTOS DE CHIAPAS
Comunicado No. 037/2018

Investigadores registran 46 especies de orquídeas en bosques de niebla de Los Altos

San Cristóbal de Las Casas, Chiapas, 12 de marzo de 2018

Foto: Cortesía Laboratorio de Botánica

Un equipo del Laboratorio de Botánica de la Universidad registró 46 especies de orquídeas en fragmentos de bosque de niebla de los municipios de Chamula, Tenejapa y Huixtán, cuatro de ellas consideradas en peligro de extinción por la norma oficial mexicana.

El estudio, coordinado por la doctora Elena Gómez Santiz, se realizó durante tres años con la participación de estudiantes de la licenciatura en Biología y de guardabosques comunitarios de los ejidos, quienes recorrieron 28 parcelas de monitoreo a más de 2 mil metros sobre el nivel del mar.

La investigadora explicó que la mayoría de las especies son epífitas, es decir, crecen sobre los troncos y ramas de robles y pinos, por lo que la tala para leña y la ampliación de la frontera agrícola representan la principal amenaza. &quot;Cuando se tumba un roble viejo se pierde una colonia completa que tardó décadas en formarse&quot;, señaló.

Como parte del proyecto, el equipo instaló un vivero comunitario en Tenejapa donde se rescatan plantas de árboles caídos, y elaboró una guía ilustrada en español y tsotsil para las escuelas de la región. Los resultados se publicarán en la revista Botánica del Sur &amp; Mesoamérica.

El rector, Dr. Julio César Pérez Hernández, anunció que la Universidad destinará recursos para que el monitoreo continúe al menos cinco años más y se amplíe a los bosques de Oxchuc.

oo0oo

Contacto de prensa: Lic. Marisol Hernández Gómez
Tel. 967 678 0000 · prensa@uaach.example.mx
'''
write_source('as15.md', t15)
write_gold('as15', family='press_release',
    title='Investigadores registran 46 especies de orquídeas en bosques de niebla de Los Altos',
    date='2018-03-12', bylines=[], source='UNIVERSIDAD AUTÓNOMA DE LOS ALTOS DE CHIAPAS',
    bulletin_number='037/2018', issuer='UNIVERSIDAD AUTÓNOMA DE LOS ALTOS DE CHIAPAS',
    dateline_city='San Cristóbal de Las Casas',
    body_first_words='Un equipo del Laboratorio de Botánica de la Universidad registró 46',
    body_last_words='continúe al menos cinco años más y se amplíe a los bosques de Oxchuc.',
    boilerplate=['Foto: Cortesía Laboratorio de Botánica', 'oo0oo',
                 'Contacto de prensa: Lic. Marisol Hernández Gómez', 'prensa@uaach.example.mx'],
    must_keep=['Un equipo del Laboratorio de Botánica de la Universidad registró 46 especies de orquídeas en fragmentos de bosque de niebla de los municipios de Chamula, Tenejapa y Huixtán, cuatro de ellas consideradas en peligro de extinción por la norma oficial mexicana.',
               'Como parte del proyecto, el equipo instaló un vivero comunitario en Tenejapa donde se rescatan plantas de árboles caídos, y elaboró una guía ilustrada en español y tsotsil para las escuelas de la región.'],
    photo_credit='Cortesía Laboratorio de Botánica')

# ---------------------------------------------------------------- as16 press (federal office, CRLF)
t16 = fx('''GOBIERNO DE MÉXICO
Dirección Local Chiapas de la Comisión Nacional del Agua
Comunicado de Prensa No. 112-21<TS>

Tuxtla Gutiérrez, Chiapas, a 21 de junio de 2021

Emite Conagua aviso preventivo por posible desbordamiento del río Sabinal

La Dirección Local Chiapas de la Comisión Nacional del Agua emitió un aviso preventivo para los habitantes de las colonias ubicadas en la ribera del río Sabinal, en Tuxtla Gutiérrez, ante el pronóstico de lluvias intensas de 75 a 150 milímetros para las próximas 48 horas.

De acuerdo con el Servicio Meteorológico Nacional, la onda tropical número 6 y la entrada de humedad del océano Pacífico provocarán tormentas con descargas eléctricas y posible caída de granizo en las regiones Centro, Frailesca y Altos de Chiapas.<TS>

El director local, ingeniero Rubén Coutiño Hidalgo, indicó que el nivel del Sabinal se encuentra 1.20 metros por debajo de su escala crítica, pero que en eventos anteriores el río ha subido más de un metro en menos de tres horas. Por ello, se mantiene comunicación permanente con Protección Civil estatal y municipal para activar, en caso necesario, los protocolos de evacuación.

La dependencia recomendó a la población no cruzar cauces de ríos ni arroyos crecidos, evitar tirar basura en calles y drenes, y mantenerse informada a través de los canales oficiales. Asimismo, pidió a los conductores extremar precauciones en los pasos a desnivel del libramiento norte, donde suelen formarse encharcamientos.

La Comisión mantendrá el monitoreo de las 14 estaciones hidrométricas de la cuenca y emitirá actualizaciones cada seis horas.

* * *

Síguenos en redes sociales: @ConaguaChis_Ofic
www.conagua-chiapas.example.mx
''')
write_source('as16.md', t16, eol='crlf')
write_gold('as16', family='press_release',
    title='Emite Conagua aviso preventivo por posible desbordamiento del río Sabinal',
    date='2021-06-21', bylines=[], source='Dirección Local Chiapas de la Comisión Nacional del Agua',
    bulletin_number='112-21', issuer='Dirección Local Chiapas de la Comisión Nacional del Agua',
    dateline_city='Tuxtla Gutiérrez',
    body_first_words='La Dirección Local Chiapas de la Comisión Nacional del Agua emitió',
    body_last_words='hidrométricas de la cuenca y emitirá actualizaciones cada seis horas.',
    boilerplate=['GOBIERNO DE MÉXICO', '* * *', 'Síguenos en redes sociales: @ConaguaChis_Ofic',
                 'www.conagua-chiapas.example.mx'],
    must_keep=['Por ello, se mantiene comunicación permanente con Protección Civil estatal y municipal para activar, en caso necesario, los protocolos de evacuación.',
               'La Comisión mantendrá el monitoreo de las 14 estaciones hidrométricas de la cuenca y emitirá actualizaciones cada seis horas.'])

# ---------------------------------------------------------------- as17 jekyll (odd keys, CRLF)
t17 = '''---
titulo: "Festival del Centro Histórico reunirá a 300 artistas en Campeche"
fecha: 5 de octubre de 2022
autor: Alondra Cahuich Mex
categoria: Cultura
tags:
  - festival
  - centro histórico
  - Campeche
site_title: Campeche Hoy
---

Más de 300 artistas de México, Cuba, Guatemala y Belice participarán en la edición 21 del Festival del Centro Histórico, que se realizará del 14 al 23 de octubre en plazas, baluartes y templos de la capital campechana.

La directora del festival, Gabriela Sansores Uc, informó que el programa incluye 86 actividades gratuitas, entre conciertos, obras de teatro, danza contemporánea, cine al aire libre y talleres para niñas y niños. La inauguración será el viernes 14 en la Plaza de la Independencia con la Orquesta Sinfónica de Campeche y el coro infantil del Instituto de Cultura.

Entre los invitados destacan el trovador Mauricio Arjona Pool, la compañía de teatro guatemalteca Tierra de Nadie y el ensamble de jazz beliceño Kriol Sound, que cerrará el festival en el Baluarte de San Francisco.

Este año se sumarán por primera vez los barrios de San Román, Guadalupe y Santa Ana, donde se instalarán escenarios con artistas locales y una muestra gastronómica con cocineras tradicionales. Los organizadores esperan la visita de 45 mil personas y una derrama económica cercana a 18 millones de pesos.

El programa completo puede consultarse en las redes sociales del festival y en los módulos de información turística del malecón.
'''
write_source('as17.markdown', t17, eol='crlf')
write_gold('as17', family='jekyll',
    title='Festival del Centro Histórico reunirá a 300 artistas en Campeche',
    date='2022-10-05', bylines=['Alondra Cahuich Mex'], source='Campeche Hoy',
    section='Cultura',
    body_first_words='Más de 300 artistas de México, Cuba, Guatemala y Belice',
    body_last_words='festival y en los módulos de información turística del malecón.',
    boilerplate=[],
    must_keep=['Este año se sumarán por primera vez los barrios de San Román, Guadalupe y Santa Ana, donde se instalarán escenarios con artistas locales y una muestra gastronómica con cocineras tradicionales.',
               'El programa completo puede consultarse en las redes sociales del festival y en los módulos de información turística del malecón.'])

# ---------------------------------------------------------------- as18 jekyll (BOM, quoted date)
t18 = '''---
layout: post
title: "Regresan los entrenamientos a la Unidad Deportiva El Manantial de Alvarado"
date: '2020-07-08'
author: "Redacción"
category: Deportes
sitio: Golfo Deportivo
---

Después de casi cuatro meses sin actividad por la pandemia, los equipos de la Liga Municipal de Futbol de Alvarado volvieron este miércoles a entrenar en la Unidad Deportiva El Manantial, aunque sin público y con grupos de máximo 15 jugadores.

El coordinador de Deportes del municipio, Leonel Chacha Reyes, explicó que cada equipo tiene asignado un horario de 90 minutos y que al terminar se sanitizan los balones, las porterías y las bancas. A la entrada se toma la temperatura a los jugadores, que deben llegar con cubrebocas y su propia botella de agua.

Por ahora solo se permiten ejercicios físicos y prácticas con balón, sin partidos ni contacto. Si los contagios se mantienen a la baja, la liga podría reanudar el torneo de primera fuerza a mediados de agosto, con 12 equipos y sin aficionados en las gradas.

Te puede interesar | Suspenden torneo de softbol en Tlacotalpan El regreso fue recibido con entusiasmo por los jugadores. &quot;Ya extrañábamos la cancha; muchos estuvimos entrenando solos en la playa&quot;, comentó Abraham Mortera, delantero del equipo Pescadores del Papaloapan.

La Dirección de Salud municipal advirtió que cualquier jugador con síntomas deberá aislarse y que, si se detecta un caso positivo, el equipo completo suspenderá sus entrenamientos durante dos semanas.
'''
write_source('as18.md', t18, bom=True)
write_gold('as18', family='jekyll',
    title='Regresan los entrenamientos a la Unidad Deportiva El Manantial de Alvarado',
    date='2020-07-08', bylines=[], source='Golfo Deportivo', section='Deportes',
    body_first_words='Después de casi cuatro meses sin actividad por la pandemia, los',
    body_last_words='el equipo completo suspenderá sus entrenamientos durante dos semanas.',
    boilerplate=['Te puede interesar | Suspenden torneo de softbol en Tlacotalpan'],
    must_keep=['El regreso fue recibido con entusiasmo por los jugadores.',
               'Por ahora solo se permiten ejercicios físicos y prácticas con balón, sin partidos ni contacto.',
               'A la entrada se toma la temperatura a los jugadores, que deben llegar con cubrebocas y su propia botella de agua.'])

# ---------------------------------------------------------------- as19 generic (cp1252, mixed EOL)
t19 = '''# La ruta de los cenotes en Puerto Morelos: turismo comunitario en el ejido

En el ejido de Puerto Morelos, a media hora de Cancún, una cooperativa de 42 familias administra desde hace una década cinco cenotes abiertos al público sobre la carretera que lleva a Leona Vicario.

Los socios se turnan para cobrar la entrada, rentar chalecos y vigilar a los bañistas. Cada cenote tiene un reglamento propio: no se permite usar bloqueador, se pide ducharse antes de entrar y el número de visitantes se limita a 60 personas por hora.

Don Felipe Canché May, uno de los fundadores, recuerda que al principio los guías de las agencias llegaban con grupos de cien personas y no pagaban. Tuvieron que instalar una caseta en la entrada del camino y negociar precios para grupos. Hoy, dice, la mayoría de los visitantes llega por su cuenta, en auto rentado o en bicicleta.

Con lo recaudado, la cooperativa paga salarios, mantiene los caminos de sascab y aporta a un fondo para becas de los hijos de los ejidatarios. El año pasado, 14 jóvenes recibieron apoyo para estudiar en Cancún y Chetumal.

El principal problema es la basura y el desarrollo inmobiliario que avanza hacia la selva. Los socios temen que las nuevas construcciones afecten el agua subterránea que alimenta los cenotes y piden que cualquier obra cercana cuente con estudios de impacto ambiental.

Foto: Archivo
'''
write_source('as19.md', t19, enc='cp1252', eol=('mixed', 6))
write_gold('as19', family='generic',
    title='La ruta de los cenotes en Puerto Morelos: turismo comunitario en el ejido',
    date=None, bylines=[], source=None,
    body_first_words='En el ejido de Puerto Morelos, a media hora de Cancún,',
    body_last_words='piden que cualquier obra cercana cuente con estudios de impacto ambiental.',
    boilerplate=['Foto: Archivo'],
    must_keep=['Tuvieron que instalar una caseta en la entrada del camino y negociar precios para grupos.',
               'El año pasado, 14 jóvenes recibieron apoyo para estudiar en Cancún y Chetumal.',
               'Los socios temen que las nuevas construcciones afecten el agua subterránea que alimenta los cenotes y piden que cualquier obra cercana cuente con estudios de impacto ambiental.'],
    photo_credit='Archivo')

# ---------------------------------------------------------------- as20 bad: saved HTML page
t20 = '''<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Reabren mercado de Comalcalco tras remodelación | Pulso Chontal</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://pulsochontal.example.mx/wp-content/themes/pulso/style.css?ver=5.8">
<script async src="https://ads.example.mx/tag.js"></script>
</head>
<body class="single single-post postid-48213">
<header class="site-header"><nav><ul><li><a href="/">Inicio</a></li><li><a href="/municipios/">Municipios</a></li><li><a href="/deportes/">Deportes</a></li></ul></nav></header>
<main id="content">
<article>
<h1 class="entry-title">Reabren mercado de Comalcalco tras remodelación</h1>
<div class="entry-meta"><span class="author">Por Karla Pérez Zurita</span> <time datetime="2021-11-12T10:05:00-06:00">12 noviembre, 2021</time></div>
<div class="entry-content">
<p>Después de ocho meses de obras, el mercado público de Comalcalco reabrió sus puertas con 212 locales renovados&hellip;</p>
<div class="ad-slot" id="div-gpt-ad-1"></div>
</div>
</article>
</main>
<footer><p>&copy; 2021 Pulso Chontal. Todos los derechos reservados.</p></footer>
<script src="https://pulsochontal.example.mx/wp-includes/js/jquery.min.js"></script>
</body>
</html>
'''
write_source('as20.txt', t20)
write_gold('as20', family='bad',
    refusal_reason='Es una página HTML guardada, no un texto de nota')
print('part2 ok')
