#!/usr/bin/env python3
"""importer-az, files az21-az30."""
from common import write_source, write_gold, NBSP, SHY, ZWSP, LRM

# ---------------------------------------------------------------- az21 press
T21 = 'Cotaipec sanciona a tres ayuntamientos por no actualizar su información en la Plataforma Nacional de Transparencia'
DL21 = 'San Francisco de Campeche, Camp.; a 28 de septiembre de 2023.-'
S21a = 'El Pleno de la Comisión de Transparencia y Acceso a la Información Pública del Estado de Campeche aprobó por unanimidad imponer amonestaciones públicas a los ayuntamientos de Calakmul, Candelaria y Palizada, por incumplir de manera reiterada con la publicación de sus obligaciones de transparencia.'
S21b = 'La sesión puede consultarse completa en la página de Facebook de la Comisión, donde se transmitió en vivo.'
src21 = f"""COMUNICADO DE PRENSA
Comisión de Transparencia y Acceso a la Información Pública del Estado de Campeche
Núm. COTAIPEC/UCS/045/2023

{T21}

{DL21} {S21a}

De acuerdo con la verificación realizada en agosto, los tres municipios presentaron un cumplimiento inferior al 40 por ciento en la información que deben mantener actualizada en la Plataforma Nacional de Transparencia, como contratos, nóminas, viáticos y padrones de beneficiarios de programas sociales.

La comisionada presidenta, Norma Cauich Dzib, recordó que en marzo se les otorgó un plazo de 60 días para subsanar las deficiencias, sin que se registraran avances significativos. “La transparencia no es opcional; la ciudadanía tiene derecho a saber en qué se gasta su dinero”, señaló.

En caso de que persista el incumplimiento, el organismo garante podrá imponer multas a los servidores públicos responsables, que van de 150 a mil 500 veces el valor diario de la Unidad de Medida y Actualización.

La Comisión ofreció a los tres ayuntamientos capacitación gratuita para el personal de sus unidades de transparencia y puso a su disposición un calendario de asesorías durante octubre.

{S21b}

--oOo--

Unidad de Comunicación Social
comunicacion@cotaipec.example.mx · Tel. 981 555 1290
"""
write_source('az21.txt', src21, enc='cp1252', eol='crlf')
write_gold('az21', family='press_release', title=T21, date='2023-09-28',
           bulletin_number='COTAIPEC/UCS/045/2023',
           issuer='Comisión de Transparencia y Acceso a la Información Pública del Estado de Campeche',
           dateline_city='San Francisco de Campeche',
           body_first_words='El Pleno de la Comisión de Transparencia',
           body_last_words='donde se transmitió en vivo.',
           boilerplate=['COMUNICADO DE PRENSA', 'Núm. COTAIPEC/UCS/045/2023', DL21, '--oOo--',
                        'Unidad de Comunicación Social',
                        'comunicacion@cotaipec.example.mx · Tel. 981 555 1290'],
           must_keep=[S21a, S21b])

# ---------------------------------------------------------------- az22 jekyll
T22 = 'Con tequio y libros donados, Ixtenco abre su primera biblioteca comunitaria'
S22a = 'La biblioteca ocupa un cuarto de adobe que durante años sirvió como bodega de la mayordomía, en el barrio de San Gabriel, y fue rehabilitada por vecinos que trabajaron en tequio los fines de semana.'
S22b = 'La biblioteca abrirá de martes a sábado, de cuatro a ocho de la noche, y cualquier persona podrá llevarse libros a casa con sólo dejar su nombre en una libreta.'
src22 = f"""---
defaults: &defaults
  layout: post
  comments: false
<<: *defaults
title: >-
  {T22}
date: 23/04/2019
author: Joel Tecpa Sánchez
blog_title: "Tlaxcala en Corto"
categories:
  - Destacadas
  - Cultura
tags: ["libros", "Ixtenco", "yumhu"]
---

En el Día Internacional del Libro, vecinas y vecinos de San Juan Ixtenco inauguraron la primera biblioteca comunitaria del municipio, con un acervo de casi 2 mil ejemplares reunidos por donación.

{S22a} Las mesas se hicieron con madera de una troje y los estantes, con tablones que donó un aserradero de Huamantla.

La idea surgió de un grupo de jóvenes universitarios que, durante la carrera, tenían que viajar a Puebla o a Tlaxcala para conseguir libros. “Aquí no había dónde leer; ahora los niños vienen a hacer la tarea y se quedan”, cuenta Anayeli Flores Tapia, una de las promotoras.

Además de novelas, cuentos infantiles y libros de texto, el acervo incluye una pequeña sección dedicada a la lengua yumhu, el otomí que todavía hablan algunas personas mayores de Ixtenco. Los promotores quieren grabar a los hablantes y organizar talleres para que las nuevas generaciones la aprendan.

{S22b} Los organizadores invitan a quienes quieran donar libros o dar talleres a acercarse los sábados por la tarde.
"""
write_source('az22.md', src22)
write_gold('az22', family='jekyll', title=T22, date='2019-04-23',
           bylines=['Joel Tecpa Sánchez'], source='Tlaxcala en Corto', section='Cultura',
           placement=['Destacadas'],
           body_first_words='En el Día Internacional del Libro',
           body_last_words='a acercarse los sábados por la tarde.',
           must_keep=[S22a, S22b])

# ---------------------------------------------------------------- az23 wire
T23 = 'Huamantla alista operativo para la Noche que Nadie Duerme; esperan 300 mil visitantes'
CHK23 = 'Checa también ➡️ Así se elaboran las alfombras de aserrín de Huamantla'
S23a = 'El Ayuntamiento de Huamantla informó que más de 800 elementos de seguridad, protección civil y servicios médicos participarán en el operativo para la Noche que Nadie Duerme, en la que se espera la visita de unas 300 mil personas.'
S23b = 'La alcaldía pidió a los visitantes consultar sus redes sociales oficiales para conocer los cierres viales y la ubicación de los estacionamientos habilitados.'
NEWS23 = 'Suscríbete a nuestro newsletter y recibe cada mañana lo más importante de Tlaxcala.'
src23 = f"""<h2>{T23}</h2>

<p><em>Por Lucía Xochitiotzi Pérez · Enlace Tlaxcala Radio · 13 ago 2014, 12:05</em></p>

Imagen: Cortesía Protección Civil Huamantla

{S23a}

Las calles del centro permanecerán cerradas a la circulación desde las 18:00 horas del jueves y hasta las 10:00 horas del viernes, para permitir la elaboración de las alfombras de aserrín y flores por las que pasará la procesión de la Virgen de la Caridad. {CHK23}

El director de Protección Civil municipal, Sergio Montiel Cuéllar, detalló que se instalarán seis módulos de atención médica, dos puestos de mando y un centro de información para personas extraviadas en el atrio de la basílica. También se colocarán 40 sanitarios portátiles en el primer cuadro.

{S23b} Además, recomendó a las familias acordar un punto de reunión en caso de separarse entre la multitud y vigilar en todo momento a las niñas y los niños.

La venta de bebidas alcohólicas estará prohibida en el primer cuadro de la ciudad durante toda la noche. Los comerciantes que incumplan la disposición podrán ser sancionados con la clausura de su establecimiento.

Con información de Gabriel Meneses

{NEWS23}
"""
write_source('az23.md', src23)
write_gold('az23', family='wire', title=T23, date='2014-08-13',
           bylines=['Lucía Xochitiotzi Pérez'], source='Enlace Tlaxcala Radio', section=None,
           body_first_words='El Ayuntamiento de Huamantla informó que más de 800',
           body_last_words='con la clausura de su establecimiento.',
           boilerplate=['Imagen: Cortesía Protección Civil Huamantla', CHK23,
                        'Con información de Gabriel Meneses', NEWS23],
           must_keep=[S23a, S23b], photo_credit='Cortesía Protección Civil Huamantla')

# ---------------------------------------------------------------- az24 generic
T24 = 'Tabla de posiciones de la Liga Estatal de Béisbol de Chihuahua, jornada 12'
S24a = 'Los Mineros de Parral se mantienen como líderes del torneo luego de ganar dos de los tres juegos de la serie del fin de semana ante los Manzaneros de Cuauhtémoc.'
S24b = 'La jornada 13 se jugará el próximo fin de semana con la serie estelar entre Mineros y Dorados en el estadio de Hidalgo del Parral.'
src24 = f"""# {ZWSP}{LRM}{T24}

{S24a} El equipo dirigido por Rosendo Lozoya suma once victorias y apenas cuatro derrotas, con una ventaja de dos juegos sobre el segundo lugar.

| Pos. | Equipo | JJ | JG | JP | Dif. |
|---|---|---|---|---|---|
| 1 | Mineros de Parral | 15 | 11 | 4 | — |
| 2 | Dorados de Chihuahua | 15 | 9 | 6 | 2 |
| 3 | Manzaneros de Cuauhtémoc | 15 | 8 | 7 | 3 |
| 4 | Algodoneros de Delicias | 15 | 7 | 8 | 4 |
| 5 | Indios de Ciudad Juárez | 15 | 6 | 9 | 5 |
| 6 | Serranos de Guachochi | 15 | 4 | 11 | 7 |

Los Dorados de Chihuahua fueron el equipo más productivo de la semana al anotar 27 carreras en tres juegos ante los Serranos de Guachochi, a quienes barrieron en el estadio de la capital. Su primera base, Ernesto Holguín Baeza, conectó tres cuadrangulares y empujó nueve carreras.

En Delicias, los Algodoneros dividieron la serie con los Indios de Ciudad Juárez; el tercer juego fue suspendido en la quinta entrada por lluvia y se reanudará el martes a las 19:00 horas.

Para los Serranos, la racha de siete derrotas consecutivas complica sus posibilidades de clasificar a la postemporada, a la que avanzan los primeros cuatro lugares al término de las 24 jornadas del calendario regular.

{S24b} Los boletos tendrán un costo de 40 pesos y los niños menores de diez años entrarán gratis.
"""
write_source('az24.md', src24)
write_gold('az24', family='generic', title=T24, date=None,
           body_first_words='Los Mineros de Parral se mantienen como líderes',
           body_last_words='menores de diez años entrarán gratis.',
           must_keep=[S24a, S24b])

# ---------------------------------------------------------------- az25 press
T25 = 'Conafor y ejidos del Nevado de Toluca arrancan programa de restauración de 1,200 hectáreas'
DL25 = 'Metepec, Estado de México, 14 de marzo de 2025'
S25a = 'La Comisión Nacional Forestal, a través de su Gerencia Estatal en el Estado de México, firmó convenios con 14 ejidos y comunidades del Área de Protección de Flora y Fauna Nevado de Toluca para restaurar 1,200 hectáreas afectadas por incendios, plagas y tala clandestina.'
S25b = 'Los ejidos interesados en incorporarse a la siguiente convocatoria pueden acudir a las oficinas de la Gerencia Estatal en Metepec.'
src25 = f"""COMISIÓN NACIONAL FORESTAL
Gerencia Estatal Estado de México
Boletín No. 063

{DL25}

**{T25}**

- **Se invertirán 38 millones de pesos en tres años**
- **Participarán 14 ejidos y comunidades de siete municipios**

{S25a}

El gerente estatal, Humberto Salgado Pichardo, explicó que los trabajos incluyen la plantación de 1.3 millones de árboles de especies nativas, como oyamel, pino hartwegii y encino, así como obras de conservación de suelo para frenar la erosión en las laderas del volcán.

Los recursos, por 38 millones de pesos, se entregarán en tres años a los núcleos agrarios, que serán responsables de la producción de planta, la reforestación y el mantenimiento. “Los dueños del bosque son quienes mejor lo cuidan; nuestra tarea es acompañarlos”, señaló.

Los ejidos participantes pertenecen a los municipios de Zinacantepec, Toluca, Temascaltepec, Villa Guerrero, Calimaya, Tenango del Valle y Coatepec Harinas. Cada uno integrará brigadas comunitarias que recibirán capacitación en prevención y combate de incendios antes del inicio de la temporada de estiaje.

La Conafor informó que el avance de los trabajos podrá consultarse en un tablero público que se actualizará cada trimestre. {S25b}

-FIN-

Comunicación Social Conafor Edomex
Tel. 722 555 8014 | comunicacion.edomex@conafor.example.mx
"""
write_source('az25.md', src25, eol='crlf')
write_gold('az25', family='press_release', title=T25, date='2025-03-14',
           bulletin_number='063', issuer='COMISIÓN NACIONAL FORESTAL', dateline_city='Metepec',
           body_first_words='Se invertirán 38 millones de pesos en tres años',
           body_last_words='de la Gerencia Estatal en Metepec.',
           boilerplate=['Boletín No. 063', DL25, '-FIN-', 'Comunicación Social Conafor Edomex',
                        'Tel. 722 555 8014 | comunicacion.edomex@conafor.example.mx'],
           must_keep=[S25a, S25b])

# ---------------------------------------------------------------- az26 jekyll
T26 = 'Rodada nocturna por Morelia reúne a 600 ciclistas para exigir carriles seguros'
S26a = 'La rodada, convocada por cinco colectivos de la ciudad, partió a las 20:00 horas de la Plaza Melchor Ocampo y recorrió 14 kilómetros por las avenidas Madero, Camelinas y Acueducto.'
S26b = 'Los colectivos anunciaron que repetirán la rodada el último sábado de cada mes hasta obtener una respuesta por escrito.'
src26 = f"""---
layout: post
title: {T26}
date: 2026-01-31T23:50:00-06:00
draft: true
authors: ["Pablo Ireta Solórzano", "Nadia Cázares Villa"]
category: Movilidad
tags:
  - bicicleta
  - Morelia
---

Seiscientas personas en bicicleta recorrieron la noche del sábado el centro de Morelia para exigir al Ayuntamiento carriles confinados y semáforos ciclistas en las principales avenidas, luego de que en enero murieran dos ciclistas atropellados.

{S26a} Al frente iba una bicicleta pintada de blanco, en memoria de las víctimas.

“No pedimos privilegios, pedimos llegar vivos a la casa”, dijo al final del recorrido Mariana Equihua Rangel, integrante de uno de los colectivos convocantes, quien leyó un pliego petitorio con siete demandas.

Entre ellas se encuentran la construcción de una red de ciclovías que conecte el centro con las colonias del sur y del poniente, la reducción del límite de velocidad a 30 kilómetros por hora en las calles del centro histórico y la aplicación de sanciones a los conductores que invadan los carriles compartidos.

De acuerdo con los colectivos, en los últimos tres años han muerto al menos once ciclistas en la capital michoacana. La mayoría de los accidentes ocurrió de noche y en avenidas sin iluminación.

El Ayuntamiento no envió a ningún representante a la rodada. {S26b}
"""
write_source('az26.md', src26)
write_gold('az26', family='jekyll', title=T26, date='2026-01-31', published=False,
           bylines=['Pablo Ireta Solórzano', 'Nadia Cázares Villa'], source=None,
           section='Movilidad',
           body_first_words='Seiscientas personas en bicicleta recorrieron',
           body_last_words='hasta obtener una respuesta por escrito.',
           must_keep=[S26a, S26b])

# ---------------------------------------------------------------- az27 wire
T27 = 'MIGRANTES VARADOS EN TAPACHULA INICIAN CARAVANA HACIA EL NORTE'
REP27 = 'Esta nota se publicó originalmente en Diario Frontera Sur y se reproduce con autorización.'
TPI27 = 'Te puede interesar | Instalan albergue temporal en el parque Bicentenario'
S27a = 'Cerca de mil 500 personas migrantes, en su mayoría de Honduras, Guatemala y El Salvador, salieron la madrugada de este viernes de Tapachula con la intención de llegar a la frontera norte del país.'
S27b = 'La caravana avanzó por la carretera costera sin que se registraran enfrentamientos con agentes del Instituto Nacional de Migración, que mantuvieron un puesto de revisión a la altura de Huehuetán.'
src27 = f"""{T27}

Por Alma Rosa Toledo Ruiz | Diario Frontera Sur
Tapachula, Chiapas · 10 de enero de 2020

{REP27}

Foto: Archivo DFS

{S27a} Muchos de ellos llevaban semanas esperando una respuesta a sus solicitudes de refugio.

{S27b} {TPI27}

Entre los participantes había familias con niños pequeños y mujeres embarazadas, que avanzaron a pie y en algunos tramos a bordo de camiones de carga que se detuvieron a ofrecerles un aventón. Organizaciones civiles repartieron agua, fruta y medicamentos a lo largo del camino.

“Llevo tres meses aquí y no me dan nada; no tengo trabajo ni dónde dormir”, dijo Nelson, un hondureño de 27 años que viaja con su esposa y su hija de dos años y que no quiso dar su apellido.

Por la tarde, el grupo llegó a Huixtla, donde el Ayuntamiento habilitó el parque central para que pasaran la noche. Activistas estimaron que al menos 200 personas se quedaron en el camino por cansancio o para regresar a Tapachula.

Con información de agencias

LO MÁS LEÍDO
1. Reportan sismo de 5.1 con epicentro en Pijijiapan
2. Cierran el puente fronterizo de Ciudad Hidalgo por protesta
3. Ofrecen empleo a migrantes en Tapachula

Recibe nuestro boletín semanal: escríbenos a boletin@diariofronterasur.example.mx
"""
write_source('az27.txt', src27, enc='cp1252')
write_gold('az27', family='wire', title=T27, date='2020-01-10',
           bylines=['Alma Rosa Toledo Ruiz'], source='Diario Frontera Sur', section=None,
           body_first_words='Cerca de mil 500 personas migrantes',
           body_last_words='o para regresar a Tapachula.',
           boilerplate=[REP27, 'Foto: Archivo DFS', TPI27, 'Con información de agencias',
                        'LO MÁS LEÍDO', '1. Reportan sismo de 5.1 con epicentro en Pijijiapan',
                        'Recibe nuestro boletín semanal: escríbenos a boletin@diariofronterasur.example.mx'],
           must_keep=[S27a, S27b], photo_credit='Archivo DFS')

# ---------------------------------------------------------------- az28 jekyll
T28 = 'El puente de Guanajuato de Parral cumple 100 años'
S28a = 'El puente fue construido con cantera rosa extraída de los cerros cercanos y sustituyó a un paso de madera que las crecidas del río Parral arrastraban cada temporada de lluvias.'
S28b = 'La Sociedad de Historia local prepara una exposición de fotografías antiguas del puente, que se inaugurará el próximo sábado en el Palacio Alvarado.'
src28 = f"""---
Title: "{T28}"
fecha: 9 may 2010
autor: Guadalupe Chavira Loya
site_title: Ecos de Parral
category:
  - Historia
published: [false]
---
Este fin de semana se cumple un siglo de la inauguración del puente de Guanajuato, una de las construcciones más antiguas que todavía cruzan el río Parral y que por décadas fue el paso obligado entre el centro de la ciudad y los barrios mineros del sur.

{S28a} Según los documentos del archivo municipal, la obra costó 18 mil pesos de la época, que se reunieron con aportaciones de los comerciantes y de las compañías mineras.

Por el puente pasaron las carretas cargadas de mineral, los desfiles de las fiestas patrias y, de acuerdo con la tradición oral, también las tropas revolucionarias que entraron a Parral en 1913. Los más viejos del barrio recuerdan que en los años cincuenta todavía había un vigilante que cobraba un centavo a quienes lo cruzaban con animales.

En 1990 el puente fue reforzado después de que una avenida extraordinaria dañó uno de sus arcos. Desde entonces sólo se permite el paso de peatones y de vehículos ligeros.

{S28b} Los organizadores piden a las familias que tengan imágenes o documentos relacionados con el puente que los presten para digitalizarlos.
"""
write_source('az28.md', src28, enc='utf-16-le', eol='crlf', bom=True)
write_gold('az28', family='jekyll', title=T28, date='2010-05-09', published=False,
           bylines=['Guadalupe Chavira Loya'], source='Ecos de Parral', section='Historia',
           body_first_words='Este fin de semana se cumple un siglo',
           body_last_words='que los presten para digitalizarlos.',
           must_keep=[S28a, S28b])

# ---------------------------------------------------------------- az29 generic
T29 = 'Cinco datos para ver el eclipse total de sol desde Durango'
S29a = 'La franja de totalidad cruzará el estado de suroeste a noreste, por lo que ciudades como Durango, Gómez Palacio y Lerdo quedarán dentro de ella.'
S29b = f'Nunca mire el sol directamente sin filtros certificados: los lentes oscuros comunes no protegen la vista y el daño en la retina puede ser permanente.'
src29 = f"""


{T29}   

El eclipse total de sol del 8 de abril será visible en una franja que atraviesa el norte de México, y Durango es uno de los mejores lugares del país para observarlo. Estos son algunos datos para aprovecharlo con seguridad.

1. Dónde verlo. {S29a} En la capital, la totalidad durará alrededor de tres minutos con cuarenta segundos.

2. A qué hora. La Luna comenzará a cubrir el disco solar poco antes de las diez de la mañana; la fase total ocurrirá cerca de las 12:12 horas, tiempo del centro, y el eclipse terminará pasada la una y media de la tarde.

3. Cómo protegerse. {S29b} Tampoco sirven las radiografías, los vidrios ahu{SHY}mados ni los discos compactos. Sólo durante los minutos de totalidad se puede mirar sin protección.

4. Qué llevar. Agua, sombrero, bloqueador solar y, si se va a un lugar abierto, una silla plegable. Se recomienda llegar temprano, porque se esperan miles de visitantes y puede haber cierres viales.

5. Qué observar. Durante la totalidad el cielo se oscurecerá como al anochecer, la temperatura bajará varios grados y podrán verse algunos planetas y estrellas brillantes. Muchas aves y animales domésticos reaccionan como si llegara la noche.
"""
write_source('az29.txt', src29, eol='crlf', bom=True)
write_gold('az29', family='generic', title=T29, date=None,
           body_first_words='El eclipse total de sol del 8 de abril',
           body_last_words='reaccionan como si llegara la noche.',
           must_keep=[S29a, S29b])

# ---------------------------------------------------------------- az30 bad
src30 = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Nación Digital | Iniciar sesión</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.3f9a1c.css">
<script async src="https://analytics.example.mx/tag.js?id=ND-55501"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body class="login">
<header><nav><a href="/">Inicio</a> <a href="/chihuahua">Chihuahua</a> <a href="/puebla">Puebla</a> <a href="/chiapas">Chiapas</a></nav></header>
<main>
<form action="/cuenta/entrar" method="post">
<label>Correo electrónico <input type="email" name="correo"></label>
<label>Contraseña <input type="password" name="clave"></label>
<button type="submit">Entrar</button>
</form>
<p>¿Olvidaste tu contraseña? <a href="/cuenta/recuperar">Recupérala aquí</a>.</p>
</main>
<footer>© 2024 Nación Digital. Todos los derechos reservados.</footer>
</body>
</html>
"""
write_source('az30.txt', src30)
write_gold('az30', family='bad',
           refusal_reason='El archivo es una página HTML guardada (pantalla de inicio de sesión), no contiene ninguna nota.')
