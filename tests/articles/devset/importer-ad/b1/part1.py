# -*- coding: utf-8 -*-
"""Files ad01-ad10."""
from common import enc, gold, bad

NB = '\u00a0'
FILES = []

# ---------------------------------------------------------------- ad01 wire, NBSP
t01 = f"""# Amplían horario de la Línea 4 del Tren Ligero durante las fiestas de octubre

**Por Ximena Ledezma Partida** | Crónica Tapatía Digital
Metrópoli · 12{NB}de octubre de 2024 · 09:40{NB}h

![Usuarios en la estación Plaza Patria](/img/2024/10/linea4.jpg)
Foto: Crónica Tapatía / Ximena Ledezma

Únete a nuestro canal de WhatsApp y recibe las noticias de Guadalajara al momento.

El Sistema de Tren Eléctrico Urbano (Siteur) ampliará el horario de la Línea{NB}4 a partir de este sábado y hasta el 31 de octubre, con el fin de atender la demanda de visitantes que acuden a las celebraciones de la temporada en Tlaquepaque y Tlajomulco de Zúñiga.

El último tren saldrá de la estación Periférico Sur a las 00:30 horas, una hora más tarde de lo habitual. Lee también: Cierran la avenida Alcalde por la Romería este fin de semana

La directora de Operación del organismo, Leticia Baeza Orendáin, explicó que los fines de semana se registran hasta 41{NB}mil validaciones diarias en la línea. Se agregarán dos trenes de reserva en las horas de mayor afluencia.

Los usuarios podrán pagar con la tarjeta Mi Movilidad o con tarjetas bancarias sin contacto en todas las estaciones. El organismo pidió a los pasajeros no recargarse en las puertas y permitir la salida antes de abordar.

Siteur recordó que los elevadores de la estación Las Juntas permanecerán fuera de servicio hasta el próximo martes por trabajos de mantenimiento, por lo que habrá personal de apoyo para personas con discapacidad.

Comerciantes del centro de Tlaquepaque celebraron la medida, pues consideran que facilitará el regreso de los visitantes que se quedan a cenar después de las presentaciones de mariachi.

La ampliación del servicio tendrá un costo estimado de 2.6 millones de pesos, que será cubierto con recursos propios del organismo.

---
*Ximena Ledezma Partida es reportera de Crónica Tapatía Digital. Escríbele a ximena.ledezma@cronicatapatia.example*

Síguenos en Facebook, X e Instagram como @cronicatapatia.mx
"""
FILES.append(('ad01.md', enc(t01), gold(
    'wire', 'Amplían horario de la Línea 4 del Tren Ligero durante las fiestas de octubre',
    '2024-10-12',
    'El Sistema de Tren Eléctrico Urbano (Siteur) ampliará el horario',
    'será cubierto con recursos propios del organismo.',
    ['El último tren saldrá de la estación Periférico Sur a las 00:30 horas, una hora más tarde de lo habitual.',
     'Se agregarán dos trenes de reserva en las horas de mayor afluencia.',
     'La ampliación del servicio tendrá un costo estimado de 2.6 millones de pesos, que será cubierto con recursos propios del organismo.'],
    ['Únete a nuestro canal de WhatsApp',
     'Lee también: Cierran la avenida Alcalde por la Romería este fin de semana',
     'es reportera de Crónica Tapatía Digital',
     'ximena.ledezma@cronicatapatia.example',
     'Síguenos en Facebook, X e Instagram',
     '@cronicatapatia.mx'],
    bylines=['Ximena Ledezma Partida'], source='Crónica Tapatía Digital', section='Metrópoli',
    photo_credit='Crónica Tapatía / Ximena Ledezma')))

# ---------------------------------------------------------------- ad02 press Jalisco, CRLF
t02 = """GOBIERNO DE JALISCO
Secretaría de Medio Ambiente y Desarrollo Territorial
Comunicado 071/2024

Inicia programa de reforestación en el Bosque La Primavera con 25 mil árboles nativos

Guadalajara, Jalisco, 12 de marzo de 2024.- La Secretaría de Medio Ambiente y Desarrollo Territorial (Semadet) arrancó este martes el programa de reforestación del Área de Protección de Flora y Fauna La Primavera, que contempla la plantación de 25 mil ejemplares de pino, encino y roble en 60 hectáreas afectadas por los incendios del año pasado.

La titular de la dependencia, Rosaura Ibarra Cervantes, informó que las especies fueron producidas en el vivero estatal de Zapopan y que cada planta tiene una altura promedio de 40 centímetros, lo que aumenta su probabilidad de supervivencia durante el temporal.

“Trabajamos con ejidatarios, brigadistas y voluntarios para que la reforestación no sea un acto simbólico, sino un proceso con seguimiento de tres años”, señaló la funcionaria.

Las jornadas se realizarán todos los sábados de marzo y abril en los predios de El Pedernal y Las Tinajas. Las personas interesadas en participar deberán registrarse previamente en la plataforma de voluntariado del Gobierno del Estado.

El organismo público descentralizado Bosque La Primavera aportará 18 brigadistas para el riego de auxilio y el monitoreo de los sitios. Además, se instalarán cuatro cisternas de 10 mil litros para asegurar el agua durante la temporada de estiaje.

La Semadet recordó que está prohibido encender fogatas dentro del área natural protegida y pidió reportar cualquier columna de humo al número de emergencias 911.

---o0o---

Coordinación de Comunicación Social Semadet
Tel. 33 0000 4512 ext. 118
prensa.semadet@jalisco.example
Facebook e Instagram: @SemadetJal_ejemplo
"""
FILES.append(('ad02.txt', enc(t02, eol='\r\n'), gold(
    'press_release', 'Inicia programa de reforestación en el Bosque La Primavera con 25 mil árboles nativos',
    '2024-03-12',
    'La Secretaría de Medio Ambiente y Desarrollo Territorial (Semadet) arrancó este martes',
    'reportar cualquier columna de humo al número de emergencias 911.',
    ['La Semadet recordó que está prohibido encender fogatas dentro del área natural protegida y pidió reportar cualquier columna de humo al número de emergencias 911.',
     'Las jornadas se realizarán todos los sábados de marzo y abril en los predios de El Pedernal y Las Tinajas.'],
    ['GOBIERNO DE JALISCO', 'Comunicado 071/2024', 'Guadalajara, Jalisco, 12 de marzo de 2024.-',
     '---o0o---', 'Coordinación de Comunicación Social Semadet', 'Tel. 33 0000 4512 ext. 118',
     'prensa.semadet@jalisco.example', '@SemadetJal_ejemplo'],
    source='Secretaría de Medio Ambiente y Desarrollo Territorial',
    bulletin_number='071/2024', issuer='Secretaría de Medio Ambiente y Desarrollo Territorial',
    dateline_city='Guadalajara')))

# ---------------------------------------------------------------- ad03 jekyll, plain date, block categories
t03 = """---
layout: post
title: "Pescadores de San Blas reportan la mejor temporada de camarón en cinco años"
date: 2023-08-14
author: Efraín Villaseñor Topete
categories:
  - Destacadas
  - Economía
tags:
  - pesca
  - San Blas
  - camarón
image: /assets/img/sanblas-camaron.jpg
image_caption: "Lanchas en el estero El Pozo. Foto: Archivo Marea Alta"
---

Las cooperativas pesqueras de San Blas, Nayarit, cerraron la temporada de camarón de estero con una captura de 412 toneladas, la cifra más alta desde 2018, según los registros de la federación regional de sociedades cooperativas.

El presidente de la cooperativa Aztlán del Pacífico, Gerardo Ocegueda Lamas, atribuyó el resultado a las lluvias tempranas y al respeto de la veda por parte de la mayoría de los pescadores ribereños.

> "Este año sí se dejó crecer el producto. Se vendió a mejor precio porque salió de buena talla", dijo a este sitio.

El kilo de camarón grande se pagó en playa a 190 pesos, mientras que el mediano alcanzó 140 pesos. Los compradores llegaron principalmente de Guadalajara, Tepic y Mazatlán.

Sin embargo, los pescadores advirtieron que el azolve del estero El Pozo sigue siendo un problema. Las lanchas deben esperar la marea alta para salir, lo que reduce las horas de trabajo.

La federación solicitó a las autoridades estatales un estudio para el dragado de la bocana, que no se realiza desde hace nueve años. También pidió apoyos para sustituir motores fuera de borda con más de quince años de uso.

Por ahora, las cooperativas preparan la captura de escama para los próximos meses, cuando se espera la llegada del pargo y el robalo a las costas de la región.
"""
FILES.append(('ad03.md', enc(t03), gold(
    'jekyll', 'Pescadores de San Blas reportan la mejor temporada de camarón en cinco años',
    '2023-08-14',
    'Las cooperativas pesqueras de San Blas, Nayarit, cerraron la temporada',
    'la llegada del pargo y el robalo a las costas de la región.',
    ['El kilo de camarón grande se pagó en playa a 190 pesos, mientras que el mediano alcanzó 140 pesos.',
     'Las lanchas deben esperar la marea alta para salir, lo que reduce las horas de trabajo.'],
    ['layout: post', 'image_caption:'],
    bylines=['Efraín Villaseñor Topete'], source=None, section='Economía',
    placement=['Destacadas'], photo_credit='Archivo Marea Alta')))

# ---------------------------------------------------------------- ad04 generic plain text
t04 = """Cierre parcial del malecón de Puerto Vallarta por obras de drenaje pluvial

A partir del lunes 3 de junio, el tramo del malecón comprendido entre las calles Abasolo y Galeana permanecerá cerrado al paso peatonal durante seis semanas, mientras se sustituyen los colectores de drenaje pluvial que desembocan en la bahía.

La obra forma parte de los trabajos de preparación para la temporada de lluvias. Los colectores actuales tienen más de treinta años y se obstruyen con arena cada vez que sube la marea, lo que provoca encharcamientos en el centro de la ciudad.

Los comercios de la zona seguirán abiertos. Los peatones podrán circular por la calle Morelos, donde se colocarán señalamientos y se reforzará la presencia de agentes de tránsito. Los artistas que trabajan con esculturas de arena serán reubicados frente a la Plaza de Armas.

Vecinos de la colonia Centro pidieron que las obras se realicen de noche para no afectar la llegada de turistas, aunque la dependencia responsable explicó que el trabajo con maquinaria pesada requiere luz natural por razones de seguridad.

Se prevé que los nuevos colectores reduzcan hasta en un 70 por ciento los encharcamientos en la avenida Morelos y en las calles aledañas al río Cuale.

La inversión total es de 14.3 millones de pesos. Las personas con dudas sobre las rutas alternas pueden acudir al módulo de información instalado en el Parque Hidalgo, de lunes a sábado de 9:00 a 15:00 horas.
"""
FILES.append(('ad04.txt', enc(t04), gold(
    'generic', 'Cierre parcial del malecón de Puerto Vallarta por obras de drenaje pluvial', None,
    'A partir del lunes 3 de junio, el tramo del malecón',
    'de lunes a sábado de 9:00 a 15:00 horas.',
    ['Los comercios de la zona seguirán abiertos.',
     'La inversión total es de 14.3 millones de pesos.'],
    [], source=None)))

# ---------------------------------------------------------------- ad05 wire agency, BOM
t05 = """CULIACÁN
Registran 38 grados en Culiacán; Salud pide evitar exposición al sol entre 11:00 y 17:00 horas

Agencia Pacífico Noticias (APN) | Redacción
Publicado el 27/05/2024 — Actualizado el 27/05/2024 a las 16:12

CULIACÁN, Sin. (APN).— La capital sinaloense registró este lunes una temperatura máxima de 38 grados centígrados, la más alta en lo que va del año, por lo que la Secretaría de Salud estatal emitió una alerta preventiva por golpe de calor.

Relacionado: Sequía obliga a tandeos de agua en 40 colonias de Culiacán

El jefe del área de Epidemiología, Fermín Armenta Quiñónez, informó que en lo que va de la temporada se han atendido 23 casos de agotamiento por calor y dos de golpe de calor, todos en trabajadores agrícolas y de la construcción.

Recomendó beber agua aun sin tener sed, usar ropa ligera de colores claros y no dejar a niñas, niños ni mascotas dentro de vehículos estacionados. Las personas adultas mayores y quienes padecen diabetes o hipertensión son las más vulnerables.

La Comisión Nacional del Agua pronosticó que las temperaturas superiores a 36 grados se mantendrán al menos hasta el domingo en los valles de Culiacán, Navolato y Elota.

Descarga la app de APN y activa las notificaciones.

En los centros de salud se instalaron puntos de hidratación y se pidió a los patrones del campo ajustar los horarios de trabajo para que las jornadas terminen antes del mediodía. La Secretaría del Trabajo estatal anunció que realizará inspecciones en los campos agrícolas del municipio durante las próximas dos semanas.

Con información de Brenda Lizárraga.

MÁS NOTICIAS
- Cierran temporalmente la playa de Altata por marea roja
- Suspenden servicio de camiones urbanos en la colonia Tierra Blanca
- Detienen a dos por robo de cable en Navolato
"""
FILES.append(('ad05.text', enc(t05, bom=True), gold(
    'wire', 'Registran 38 grados en Culiacán; Salud pide evitar exposición al sol entre 11:00 y 17:00 horas',
    '2024-05-27',
    'La capital sinaloense registró este lunes una temperatura máxima de',
    'en los campos agrícolas del municipio durante las próximas dos semanas.',
    ['Recomendó beber agua aun sin tener sed, usar ropa ligera de colores claros y no dejar a niñas, niños ni mascotas dentro de vehículos estacionados.',
     'La Comisión Nacional del Agua pronosticó que las temperaturas superiores a 36 grados se mantendrán al menos hasta el domingo en los valles de Culiacán, Navolato y Elota.'],
    ['CULIACÁN, Sin. (APN).—', 'Actualizado el 27/05/2024 a las 16:12',
     'Relacionado: Sequía obliga a tandeos de agua en 40 colonias de Culiacán',
     'Descarga la app de APN y activa las notificaciones.',
     'Con información de Brenda Lizárraga.', 'MÁS NOTICIAS',
     'Cierran temporalmente la playa de Altata por marea roja',
     'Detienen a dos por robo de cable en Navolato'],
    bylines=[], source='Agencia Pacífico Noticias', section=None)))

# ---------------------------------------------------------------- ad06 press Sinaloa, cp1252
t06 = """H. AYUNTAMIENTO DE MAZATLÁN
Dirección de Comunicación Social
Boletín 1102

Mazatlán, Sinaloa; a 3 de mayo de 2023

ENTREGAN REHABILITACIÓN DEL MERCADO PINO SUÁREZ TRAS SIETE MESES DE OBRA

El Gobierno Municipal entregó este miércoles la rehabilitación del mercado José María Pino Suárez, en el Centro Histórico, una obra que incluyó la sustitución total de la instalación eléctrica, la impermeabilización de la techumbre y la renovación de los sanitarios públicos.

La presidenta municipal, Olga Trejo Beltrán, recorrió los pasillos acompañada por locatarios y explicó que la inversión fue de 21.7 millones de pesos, aportados en partes iguales por el Ayuntamiento y el programa estatal de mejoramiento urbano.

“Este mercado tiene más de 120 años y es parte de la identidad de Mazatlán; había que darle seguridad a quienes trabajan aquí y a quienes vienen a comprar”, expresó la alcaldesa.

El administrador del inmueble, Rubén Osuna Zatarain, señaló que los 248 locales contarán ahora con medidores individuales de luz, lo que permitirá terminar con los cortes que afectaban a todo el edificio cuando fallaba un solo circuito.

También se instalaron 32 cámaras de videovigilancia conectadas al centro de mando municipal y se habilitó un área de carga y descarga sobre la calle Juárez para evitar el congestionamiento vial en las primeras horas del día.

Los locatarios de la sección de mariscos recibieron nuevas tarjas de acero inoxidable y un sistema de drenaje separado para evitar malos olores.

-oOo-

Dirección de Comunicación Social
comunicacion@mazatlan-ayto.example | 669 000 1190
"""
FILES.append(('ad06.txt', enc(t06, encoding='cp1252'), gold(
    'press_release', 'ENTREGAN REHABILITACIÓN DEL MERCADO PINO SUÁREZ TRAS SIETE MESES DE OBRA',
    '2023-05-03',
    'El Gobierno Municipal entregó este miércoles la rehabilitación del mercado',
    'un sistema de drenaje separado para evitar malos olores.',
    ['La presidenta municipal, Olga Trejo Beltrán, recorrió los pasillos acompañada por locatarios y explicó que la inversión fue de 21.7 millones de pesos, aportados en partes iguales por el Ayuntamiento y el programa estatal de mejoramiento urbano.',
     'Los locatarios de la sección de mariscos recibieron nuevas tarjas de acero inoxidable y un sistema de drenaje separado para evitar malos olores.'],
    ['H. AYUNTAMIENTO DE MAZATLÁN', 'Boletín 1102', 'Mazatlán, Sinaloa; a 3 de mayo de 2023',
     '-oOo-', 'comunicacion@mazatlan-ayto.example', '669 000 1190'],
    source='H. Ayuntamiento de Mazatlán', bulletin_number='1102',
    issuer='H. AYUNTAMIENTO DE MAZATLÁN', dateline_city='Mazatlán')))

# ---------------------------------------------------------------- ad07 jekyll, offset date (UTC would be next day), curly quotes
t07 = """---
layout: nota
title: '“Sin agua no hay cosecha”: productores del Valle del Yaqui piden revisar cuotas de riego'
date: "2022-11-03 21:40:00 -0700"
sitio: Yaqui Valle Informa
autor: "Por Rosalía Valenzuela Anduaga"
category: Campo
tags: [agua, Cajeme, riego, trigo]
published: true
---

Productores de trigo del Valle del Yaqui solicitaron a la Comisión Nacional del Agua revisar el volumen asignado para el próximo ciclo agrícola, luego de que el distrito de riego 041 anunciara que sólo podrá abastecer el 45 por ciento de la superficie habitual.

En una asamblea realizada este jueves en Ciudad Obregón, los representantes de los módulos de riego advirtieron que la reducción dejaría sin sembrar cerca de 90 mil hectáreas.

“Sin agua no hay cosecha, y sin cosecha no hay trabajo para los jornaleros ni para los transportistas”, dijo Armando Encinas Ruiz, presidente de uno de los módulos.

Las presas Álvaro Obregón y Plutarco Elías Calles se encuentran por debajo del 20 por ciento de su capacidad, de acuerdo con el último reporte semanal del organismo de cuenca.

Los agricultores propusieron sustituir parte del trigo por cártamo y garbanzo, cultivos que requieren menos riegos, pero pidieron apoyos para la compra de semilla y garantías de precio.

El gerente del distrito, Julio César Morales Cota, dijo que la decisión final se tomará a mediados de noviembre, cuando se conozca el pronóstico de lluvias invernales.

Mientras tanto, los productores acordaron reunirse cada semana y enviar un documento con sus propuestas a la Secretaría de Agricultura del estado y a los diputados federales de Sonora.
"""
FILES.append(('ad07.markdown', enc(t07), gold(
    'jekyll', '“Sin agua no hay cosecha”: productores del Valle del Yaqui piden revisar cuotas de riego',
    '2022-11-03',
    'Productores de trigo del Valle del Yaqui solicitaron a la Comisión',
    'a los diputados federales de Sonora.',
    ['“Sin agua no hay cosecha, y sin cosecha no hay trabajo para los jornaleros ni para los transportistas”, dijo Armando Encinas Ruiz, presidente de uno de los módulos.',
     'En una asamblea realizada este jueves en Ciudad Obregón, los representantes de los módulos de riego advirtieron que la reducción dejaría sin sembrar cerca de 90 mil hectáreas.'],
    ['layout: nota', 'tags: [agua, Cajeme, riego, trigo]'],
    bylines=['Rosalía Valenzuela Anduaga'], source='Yaqui Valle Informa', section='Campo')))

# ---------------------------------------------------------------- ad08 bad: front matter without body
t08 = """---
layout: post
title: "Suspenden clases en 12 municipios de la Costa Chica por lluvias"
date: 2024-09-20 07:15:00 -0600
categories: [Portada, Guerrero]
tags: [lluvias, clases]
author: redaccion
image: /assets/img/costa-chica-lluvias.jpg
---
"""
FILES.append(('ad08.md', enc(t08), bad(
    'El archivo sólo contiene encabezado (front matter) y no tiene cuerpo de nota.')))

# ---------------------------------------------------------------- ad09 wire, trailing spaces
t09 = """Diario del Mar de Cortés — Guaymas   
Sección: Puerto   

## Llega a Guaymas el primer crucero de la temporada con 2 mil 100 pasajeros   

Escrito por: Teodoro Amavizca Félix y Lucía Ruelas Lugo   
Fecha: 18 de octubre de 2023   

El crucero Pacific Aurora atracó la mañana de este miércoles en la terminal de la Administración del Sistema Portuario Nacional de Guaymas, con 2 mil 100 pasajeros y 870 tripulantes a bordo, lo que marcó el inicio formal de la temporada de cruceros en el puerto sonorense.   

Los visitantes fueron recibidos con un grupo de danza yaqui y música de banda en el muelle. Más de la mitad de los pasajeros contrató recorridos a San Carlos, al cerro Tetakawi y a la misión de San José de Guaymas.  

La coordinadora de turismo municipal, Alma Delia Corrales Leyva, informó que se esperan 14 arribos hasta abril, dos más que la temporada anterior. Cada crucero deja una derrama estimada de 4.5 millones de pesos en comercios, transporte y restaurantes. También te recomendamos: Rescatan a lobo marino atrapado en una red en Bahía de Lobos   

Taxistas y guías de turistas se coordinaron para ofrecer tarifas fijas publicadas en la salida del recinto portuario, con el fin de evitar cobros excesivos que en años anteriores generaron quejas.   

Comerciantes del malecón Malpica ampliaron su horario y colocaron menús en inglés. Algunos restaurantes de mariscos reportaron ventas hasta tres veces mayores que en un día normal.   

El siguiente arribo está programado para el 2 de noviembre, con el buque Coral Serenade, que transportará alrededor de mil 600 pasajeros.   

Foto: Diario del Mar de Cortés / Lucía Ruelas   

Recibe nuestro boletín diario: suscríbete gratis en diariomarcortes.example/boletin   
Escríbenos: redaccion@diariomarcortes.example   
"""
FILES.append(('ad09.txt', enc(t09), gold(
    'wire', 'Llega a Guaymas el primer crucero de la temporada con 2 mil 100 pasajeros',
    '2023-10-18',
    'El crucero Pacific Aurora atracó la mañana de este miércoles',
    'que transportará alrededor de mil 600 pasajeros.',
    ['Cada crucero deja una derrama estimada de 4.5 millones de pesos en comercios, transporte y restaurantes.',
     'Taxistas y guías de turistas se coordinaron para ofrecer tarifas fijas publicadas en la salida del recinto portuario, con el fin de evitar cobros excesivos que en años anteriores generaron quejas.'],
    ['También te recomendamos: Rescatan a lobo marino atrapado en una red en Bahía de Lobos',
     'Recibe nuestro boletín diario', 'redaccion@diariomarcortes.example', 'Sección: Puerto'],
    bylines=['Teodoro Amavizca Félix', 'Lucía Ruelas Lugo'], source='Diario del Mar de Cortés',
    section='Puerto', photo_credit='Diario del Mar de Cortés / Lucía Ruelas')))

# ---------------------------------------------------------------- ad10 press Colima, NBSP, ### marker
t10 = f"""COMUNICADO
No.{NB}318/2023

Secretaría de Turismo del Gobierno del Estado de Colima

**Manzanillo recibe certificación internacional para cuatro playas limpias**

Manzanillo, Colima, 21{NB}de noviembre de 2023.- Las playas La Audiencia, Santiago, Miramar y Olas Altas obtuvieron la certificación de playa limpia bajo estándares internacionales, informó la Secretaría de Turismo del Gobierno del Estado.

El subsecretario de Promoción, Héctor Ceballos Virgen, explicó que el distintivo se otorga después de una evaluación de once meses que incluye análisis mensuales de calidad del agua, manejo de residuos sólidos, señalización, accesibilidad y servicios de salvavidas.

Con esta certificación, Colima suma siete playas reconocidas, lo que coloca al estado entre los primeros lugares del Pacífico mexicano en este rubro. “Es un reconocimiento al trabajo de los prestadores de servicios y de las familias que cuidan su playa”, dijo el funcionario.

Durante la evaluación se instalaron 120 contenedores para separar basura, se rehabilitaron regaderas y baños públicos y se capacitó a 46{NB}salvavidas en primeros auxilios y rescate acuático.

La dependencia informó que la vigencia del certificado es de dos años y que se realizarán auditorías sorpresa para mantenerlo. En caso de incumplimiento, el distintivo podría ser retirado antes de ese plazo.

Para la próxima temporada vacacional de invierno se prevé una ocupación hotelera superior al 80 por ciento en Manzanillo, con visitantes principalmente de Jalisco, Michoacán y el Bajío.

###

Contacto para medios:
Unidad de Comunicación Social | Secretaría de Turismo Colima
314{NB}000{NB}2207 · medios.turismo@colima.example
"""
FILES.append(('ad10.md', enc(t10), gold(
    'press_release', 'Manzanillo recibe certificación internacional para cuatro playas limpias',
    '2023-11-21',
    'Las playas La Audiencia, Santiago, Miramar y Olas Altas obtuvieron',
    'con visitantes principalmente de Jalisco, Michoacán y el Bajío.',
    ['Con esta certificación, Colima suma siete playas reconocidas, lo que coloca al estado entre los primeros lugares del Pacífico mexicano en este rubro.',
     'En caso de incumplimiento, el distintivo podría ser retirado antes de ese plazo.'],
    ['COMUNICADO', 'No. 318/2023', 'Manzanillo, Colima, 21 de noviembre de 2023.-', '###',
     'Contacto para medios:', 'Unidad de Comunicación Social | Secretaría de Turismo Colima',
     'medios.turismo@colima.example'],
    source='Secretaría de Turismo del Gobierno del Estado de Colima', bulletin_number='318/2023',
    issuer='Secretaría de Turismo del Gobierno del Estado de Colima', dateline_city='Manzanillo')))
