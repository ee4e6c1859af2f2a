"""aq21-aq30."""
import random
from common import write, emit_gold, mixed_eol

NB = '\u00a0'

# ---------------------------------------------------------------- aq21 wire (kicker, ALL-CAPS title, Staff, dd/mm date, glued teaser at paragraph end)
t = """Economía
REABREN MERCADO MUNICIPAL DE ARMERÍA TRAS MÁS DE UN AÑO DE REMODELACIÓN
Por Staff Colima Al Día
03/02/2025 - 14:35 h

Foto: Especial

Después de trece meses de obras, el mercado municipal Benito Juárez de Armería reabrió sus puertas este lunes con 74 locales renovados, nuevas instalaciones eléctricas y de gas, y un área de comida con capacidad para 120 comensales.

La remodelación tuvo un costo de 28.4 millones de pesos, aportados en partes iguales por el gobierno estatal y el ayuntamiento, e incluyó la sustitución completa de la techumbre, dañada desde el sismo de septiembre de 2022.

Durante la obra, los comerciantes trabajaron en puestos provisionales instalados sobre la calle Manuel Álvarez, donde las ventas cayeron hasta 60 por ciento, según la mesa directiva de locatarios. Lee también: Aumenta 12% el precio del limón en mercados de Colima

La presidenta de la unión de locatarios, Esperanza Vuelvas Mendoza, reconoció la calidad de los trabajos, aunque advirtió que varios comerciantes todavía no pueden ocupar sus espacios porque falta conectar los medidores de luz. "Nos dijeron que en quince días queda, pero ya llevamos mucho tiempo esperando", comentó.

El alcalde, Saúl Magaña Ceja, aseguró que las conexiones concluirán antes de que termine el mes y anunció que el ayuntamiento exentará del pago de piso a los locatarios durante tres meses para apoyar su recuperación.

Entre los giros que regresaron al inmueble hay fondas, carnicerías, pescaderías, puestos de frutas y legumbres, y expendios de sal de Cuyutlán, uno de los productos más buscados por los visitantes.

El mercado abrirá de lunes a domingo, de 7:00 a 18:00 horas.
"""
write('aq21.md', t)
emit_gold('aq21', family='wire',
          title='REABREN MERCADO MUNICIPAL DE ARMERÍA TRAS MÁS DE UN AÑO DE REMODELACIÓN',
          date='2025-02-03', bylines=[], source='Colima Al Día', section='Economía',
          body_first_words='Después de trece meses de obras, el mercado municipal Benito Juárez de Armería',
          body_last_words='El mercado abrirá de lunes a domingo, de 7:00 a 18:00 horas.',
          boilerplate=['Foto: Especial', 'Lee también: Aumenta 12% el precio del limón en mercados de Colima',
                       'Por Staff Colima Al Día', '03/02/2025 - 14:35 h'],
          must_keep=['Durante la obra, los comerciantes trabajaron en puestos provisionales instalados sobre la calle Manuel Álvarez, donde las ventas cayeron hasta 60 por ciento, según la mesa directiva de locatarios.',
                     'La remodelación tuvo un costo de 28.4 millones de pesos, aportados en partes iguales por el gobierno estatal y el ayuntamiento, e incluyó la sustitución completa de la techumbre, dañada desde el sismo de septiembre de 2022.'],
          photo_credit='Especial')

# ---------------------------------------------------------------- aq22 press (municipality, "; a" dateline with NBSP, FIN + handles)
t = """Gobierno Municipal de Puerto Vallarta
Comunicado 0612/2025

Concluye la rehabilitación del puente peatonal sobre el río Cuale

Puerto Vallarta, Jalisco; a{nb}9 de junio de 2025.- El Gobierno Municipal entregó este lunes la rehabilitación del puente peatonal que cruza el río Cuale a la altura de la calle Insurgentes, una de las estructuras más transitadas por habitantes y visitantes del centro histórico.

Los trabajos incluyeron la sustitución de 46{nb}metros lineales de duela de madera, el reforzamiento de los cables de suspensión, la colocación de barandales nuevos y la instalación de luminarias LED en todo el trayecto.

La directora de Obras Públicas, arquitecta Verónica Peña Curiel, explicó que el puente presentaba desgaste severo por la humedad y el paso constante de personas, que de acuerdo con aforos municipales supera los 9{nb}mil cruces diarios en temporada alta.

La inversión fue de 3.2{nb}millones de pesos, provenientes del Fondo de Aportaciones para la Infraestructura Social y de recursos propios, y la obra se ejecutó en diez semanas, dos menos de lo programado.

Durante la entrega, vecinos de la colonia Emiliano Zapata agradecieron que el cruce vuelva a estar abierto, pues durante la obra debían rodear hasta el puente vehicular de la calle Ignacio L. Vallarta. "Para los adultos mayores era una vuelta muy larga, sobre todo con el calor", señaló Herminia Arreola Joya, vecina de la zona.

La funcionaria adelantó que en julio iniciará la segunda etapa, que contempla la rehabilitación del andador de la isla del río Cuale y de los accesos para personas con discapacidad.

FIN

Dirección de Comunicación Social
comunicacion@puertovallarta.example.mx
Síguenos en redes: @PVGobierno_ej
""".format(nb=NB)
write('aq22.md', t)
emit_gold('aq22', family='press_release',
          title='Concluye la rehabilitación del puente peatonal sobre el río Cuale',
          date='2025-06-09', source='Gobierno Municipal de Puerto Vallarta',
          bulletin_number='0612/2025', issuer='Gobierno Municipal de Puerto Vallarta', dateline_city='Puerto Vallarta',
          body_first_words='El Gobierno Municipal entregó este lunes la rehabilitación del puente peatonal',
          body_last_words='del andador de la isla del río Cuale y de los accesos para personas con discapacidad.',
          boilerplate=['FIN', 'Dirección de Comunicación Social', 'comunicacion@puertovallarta.example.mx',
                       'Síguenos en redes: @PVGobierno_ej', 'Comunicado 0612/2025'],
          must_keep=['Los trabajos incluyeron la sustitución de 46 metros lineales de duela de madera, el reforzamiento de los cables de suspensión, la colocación de barandales nuevos y la instalación de luminarias LED en todo el trayecto.',
                     '"Para los adultos mayores era una vuelta muy larga, sobre todo con el calor", señaló Herminia Arreola Joya, vecina de la zona.'])

# ---------------------------------------------------------------- aq23 jekyll (BOM + CRLF, quoted date, block categories w/ Destacadas, autor Redacción)
t = """---
layout: post
title: "La Paz inicia vacaciones de verano con 78% de ocupación hotelera"
date: "2024-07-19"
autor: "Redacción"
categories:
  - Destacadas
  - Turismo
tags: [verano, hoteles, La Paz, malecón]
site_title: Malecón Digital
---

La ocupación hotelera en La Paz alcanzó 78 por ciento en el primer fin de semana de las vacaciones de verano, siete puntos más que en el mismo periodo de 2023, de acuerdo con el reporte de la asociación local de hoteles y moteles.

El presidente del organismo, Gerardo Castro Aguilar, explicó que la mayoría de los visitantes proviene de Jalisco, Sonora, Sinaloa y la Ciudad de México, y que la ampliación de vuelos directos desde Guadalajara y Monterrey influyó en el aumento.

La afluencia también se refleja en el malecón, donde los restaurantes reportan esperas de hasta 40 minutos por las noches, y en las playas Balandra y El Tecolote, que el fin de semana registraron más de 3 mil visitantes cada una.

Para proteger Balandra, el área natural protegida mantiene el cupo máximo de 450 personas por turno, con dos turnos al día. Autoridades ambientales recordaron que está prohibido ingresar con alimentos, bocinas y mascotas.

Por su parte, la Dirección de Seguridad Pública municipal desplegó 120 elementos en el corredor turístico y en la carretera a Pichilingue, además de un módulo de atención al turista frente al muelle fiscal.

Los prestadores de servicios náuticos esperan una temporada especialmente buena para los recorridos a la Isla Espíritu Santo y el nado con lobos marinos, actividades que se ofrecen desde 1,500 pesos por persona.
"""
write('aq23.markdown', t, bom=True, eol='\r\n')
emit_gold('aq23', family='jekyll',
          title='La Paz inicia vacaciones de verano con 78% de ocupación hotelera',
          date='2024-07-19', bylines=[], source='Malecón Digital', section='Turismo', placement=['Destacadas'],
          body_first_words='La ocupación hotelera en La Paz alcanzó 78 por ciento en el primer',
          body_last_words='actividades que se ofrecen desde 1,500 pesos por persona.',
          boilerplate=['site_title: Malecón Digital', 'autor: "Redacción"'],
          must_keep=['Para proteger Balandra, el área natural protegida mantiene el cupo máximo de 450 personas por turno, con dos turnos al día.',
                     'Autoridades ambientales recordaron que está prohibido ingresar con alimentos, bocinas y mascotas.',
                     'El presidente del organismo, Gerardo Castro Aguilar, explicó que la mayoría de los visitantes proviene de Jalisco, Sonora, Sinaloa y la Ciudad de México, y que la ampliación de vuelos directos desde Guadalajara y Monterrey influyó en el aumento.'])

# ---------------------------------------------------------------- aq24 jekyll (ISO datetime w/ offset crossing UTC midnight, space-separated categories, <!--more-->, no site key)
t = """---
layout: post
title: "Garbanceros del Évora cierran el año con precios por debajo de sus costos"
date: 2023-12-31T19:30:00-07:00
author: Anselmo Bojórquez Rubio
categories: Portada Agricultura
tags: [garbanzo, Angostura, Salvador Alvarado]
---

Productores de garbanzo de la región del Évora cierran 2023 con la preocupación de no recuperar lo invertido, luego de que el precio del grano de exportación se ubicara en 18 pesos por kilo, cuando sus costos de producción rondan los 21 pesos.

<!--more-->

El dirigente de la asociación de garbanceros de Salvador Alvarado, Ismael Castro Montoya, explicó que la sobreoferta de Turquía y Australia en los mercados internacionales presionó los precios desde octubre, justo cuando las bodegas de la región comenzaban a recibir la cosecha del ciclo anterior.

"Sembramos con un dólar caro y con fertilizante caro, y ahora nos pagan como si nada hubiera subido", lamentó el productor, quien cultiva 60 hectáreas en el valle de Angostura.

De acuerdo con el distrito de desarrollo rural, en la región se sembraron este ciclo alrededor de 14 mil hectáreas de garbanzo blanco, 20 por ciento menos que el año pasado, debido a la escasez de agua en las presas del sistema Sinaloa-Humaya.

Los productores pidieron a las autoridades federales un precio de garantía o un apoyo a la comercialización de al menos 3 pesos por kilo, así como créditos a la palabra para la siembra de primavera-verano.

Mientras tanto, varias familias han optado por vender su cosecha a intermediarios locales a 16 pesos el kilo para cubrir los créditos de avío que vencen en enero.

Síguenos en Facebook: Notas del Évora
"""
write('aq24.md', t)
emit_gold('aq24', family='jekyll',
          title='Garbanceros del Évora cierran el año con precios por debajo de sus costos',
          date='2023-12-31', bylines=['Anselmo Bojórquez Rubio'], source=None,
          section='Agricultura', placement=['Portada'],
          body_first_words='Productores de garbanzo de la región del Évora cierran 2023 con la preocupación',
          body_last_words='a 16 pesos el kilo para cubrir los créditos de avío que vencen en enero.',
          boilerplate=['<!--more-->', 'Síguenos en Facebook: Notas del Évora'],
          must_keep=['"Sembramos con un dólar caro y con fertilizante caro, y ahora nos pagan como si nada hubiera subido", lamentó el productor, quien cultiva 60 hectáreas en el valle de Angostura.',
                     'Mientras tanto, varias familias han optado por vender su cosecha a intermediarios locales a 16 pesos el kilo para cubrir los créditos de avío que vencen en enero.'])

# ---------------------------------------------------------------- aq25 generic (ALL-CAPS first line, CRLF, trailing spaces)
t = """TEMPORADA DE CAMARÓN DE ALTAMAR ARRANCA CON BAJAS CAPTURAS EN MAZATLÁN   

A dos semanas del levantamiento de la veda, los barcos camaroneros que zarparon del puerto de Mazatlán reportan capturas de entre 300 y 500 kilos por embarcación, muy por debajo de las dos toneladas que consideran necesarias para cubrir los gastos del primer viaje.  

Armadores del parque industrial pesquero señalaron que de los 280 barcos registrados en el puerto, apenas 190 salieron a pescar, pues el resto no consiguió financiamiento para el diésel, el hielo y los víveres, que en conjunto superan los 400 mil pesos por viaje.

El capitán Juan Bautista Sánchez Velarde, con 25 años de experiencia en altamar, relató que el agua está más caliente de lo normal para la época y que el camarón se encuentra disperso y en tallas chicas. "Hay que arrastrar el doble de horas para sacar lo mismo que antes en una noche", explicó.   

Los precios en playa, sin embargo, se mantienen altos: el camarón de talla grande se paga hasta en 380 pesos por kilo, mientras que el mediano ronda los 240 pesos, lo que ha permitido a algunas tripulaciones sostener la operación.

Los trabajadores del sector recordaron que de cada barco dependen alrededor de diez familias, entre tripulantes, descabezadoras y empleados de congeladoras, por lo que una mala temporada repercute en toda la economía del puerto.

Las organizaciones de armadores prevén que las capturas mejoren a mediados de octubre, cuando bajen las temperaturas del agua.
"""
write('aq25.text', t, eol='\r\n')
emit_gold('aq25', family='generic',
          title='TEMPORADA DE CAMARÓN DE ALTAMAR ARRANCA CON BAJAS CAPTURAS EN MAZATLÁN',
          date=None,
          body_first_words='A dos semanas del levantamiento de la veda, los barcos camaroneros',
          body_last_words='prevén que las capturas mejoren a mediados de octubre, cuando bajen las temperaturas del agua.',
          boilerplate=[],
          must_keep=['"Hay que arrastrar el doble de horas para sacar lo mismo que antes en una noche", explicó.',
                     'Armadores del parque industrial pesquero señalaron que de los 280 barcos registrados en el puerto, apenas 190 salieron a pescar, pues el resto no consiguió financiamiento para el diésel, el hielo y los víveres, que en conjunto superan los 400 mil pesos por viaje.'])

# ---------------------------------------------------------------- aq26 press (cp1252, state secretariat, own-line dateline ", a", ---000---)
t = """GOBIERNO DEL ESTADO DE BAJA CALIFORNIA SUR
Secretaría de Turismo, Economía y Sustentabilidad
Comunicado 0187/2024

La Paz, Baja California Sur, a 15 de marzo de 2024

TEMPORADA DE AVISTAMIENTO DE BALLENA GRIS SUPERA LOS 48 MIL VISITANTES

La temporada 2023-2024 de avistamiento de ballena gris en Baja California Sur registró hasta la primera quincena de marzo un total de 48 mil 630 visitantes, 11 por ciento más que en el ciclo anterior, informó la Secretaría de Turismo, Economía y Sustentabilidad.

El titular de la dependencia, Luis Humberto Araiza Lucero, detalló que Bahía Magdalena concentró el 52 por ciento de los visitantes, seguida por la Laguna Ojo de Liebre y la Laguna San Ignacio, en el municipio de Mulegé.

La derrama económica estimada es de 310 millones de pesos, que benefició a 87 cooperativas y empresas locales de Puerto Adolfo López Mateos, Puerto San Carlos, Guerrero Negro y San Ignacio, donde el avistamiento es la principal fuente de ingresos durante el invierno.

El funcionario destacó que la temporada transcurrió sin incidentes graves y que se reforzó la vigilancia en coordinación con la autoridad ambiental federal para que las embarcaciones respeten la distancia y el tiempo máximo de observación.

Asimismo, informó que los conteos preliminares registraron 1,420 ballenas adultas y 390 crías en las tres lagunas, cifras similares a las de la temporada pasada.

La temporada concluye oficialmente el 15 de abril, por lo que invitó a los visitantes nacionales y extranjeros a contratar únicamente a prestadores de servicios autorizados, que portan la credencial vigente emitida por la autoridad.

---000---

Unidad de Comunicación Social
Tel. (612) 555 39 40 / 555 39 41
comunicacion.setues@bcs.example.mx
"""
write('aq26.txt', t, enc='cp1252')
emit_gold('aq26', family='press_release',
          title='TEMPORADA DE AVISTAMIENTO DE BALLENA GRIS SUPERA LOS 48 MIL VISITANTES',
          date='2024-03-15', source='Secretaría de Turismo, Economía y Sustentabilidad',
          bulletin_number='0187/2024', issuer='Secretaría de Turismo, Economía y Sustentabilidad',
          dateline_city='La Paz',
          body_first_words='La temporada 2023-2024 de avistamiento de ballena gris en Baja California Sur',
          body_last_words='que portan la credencial vigente emitida por la autoridad.',
          boilerplate=['---000---', 'Unidad de Comunicación Social', 'Tel. (612) 555 39 40 / 555 39 41',
                       'comunicacion.setues@bcs.example.mx', 'GOBIERNO DEL ESTADO DE BAJA CALIFORNIA SUR',
                       'Comunicado 0187/2024'],
          must_keep=['La derrama económica estimada es de 310 millones de pesos, que benefició a 87 cooperativas y empresas locales de Puerto Adolfo López Mateos, Puerto San Carlos, Guerrero Negro y San Ignacio, donde el avistamiento es la principal fuente de ingresos durante el invierno.',
                     'Asimismo, informó que los conteos preliminares registraron 1,420 ballenas adultas y 390 crías en las tres lagunas, cifras similares a las de la temporada pasada.'])

# ---------------------------------------------------------------- aq27 wire (setext title, co-written, Relacionado, newsletter, Con información de, mixed EOL, control bytes)
t = """Reabren el Parque Las Riberas tras seis meses de rehabilitación
================================================================

Por Daniel Sauceda Félix y Paola Gastélum Ríos | La Voz de Culiacán
Culiacán, Sinaloa. Domingo 6 de octubre de 2024

Foto: Especial / La Voz de Culiacán

El Parque Las Riberas reabrió este domingo sus andadores, juegos infantiles y la ciclovía que corre a lo largo del río Tamazula, luego de seis meses de trabajos de rehabilitación en los que se invirtieron 42 millones de pesos.\x01

Las obras incluyeron la reposición de 3.5 kilómetros de ciclovía, la instalación de 600 luminarias, la construcción de dos baños públicos y la renovación completa del área de juegos, que ahora cuenta con módulos accesibles para niñas y niños con discapacidad.

Relacionado: Así lucía el parque antes de las obras

El director del Instituto Municipal de Planeación, Gilberto Rochín Leyva, explicó que la rehabilitación también atendió el sistema de riego, que estaba fuera de servicio desde 2019, por lo que se espera que en unos meses las áreas verdes recuperen su aspecto.

Desde temprana hora, cientos de familias acudieron a recorrer el parque. "Veníamos cada domingo antes de que lo cerraran; a los niños les hacía falta un lugar así para correr", comentó Julia Armenta Beltrán, vecina de la colonia Guadalupe.\x1f

Los vendedores ambulantes que trabajaban en el parque fueron reubicados en una zona de 30 módulos junto al acceso principal, con servicio de agua y electricidad. Algunos de ellos señalaron que el espacio es reducido y pidieron a las autoridades revisar la asignación de lugares.

El parque abrirá todos los días de 5:00 a 23:00 horas y contará con vigilancia permanente de la policía municipal en bicicleta.

Con información de Javier Osuna

¿Ya te suscribiste a nuestro newsletter? Recibe lo más importante de Sinaloa cada mañana en tu correo.
"""
write('aq27.md', mixed_eol(t, ('\n', '\r\n', '\r\n', '\n', '\r')))
emit_gold('aq27', family='wire',
          title='Reabren el Parque Las Riberas tras seis meses de rehabilitación',
          date='2024-10-06', bylines=['Daniel Sauceda Félix', 'Paola Gastélum Ríos'], source='La Voz de Culiacán',
          body_first_words='El Parque Las Riberas reabrió este domingo sus andadores, juegos infantiles',
          body_last_words='y contará con vigilancia permanente de la policía municipal en bicicleta.',
          boilerplate=['Foto: Especial / La Voz de Culiacán', 'Relacionado: Así lucía el parque antes de las obras',
                       'Con información de Javier Osuna', '¿Ya te suscribiste a nuestro newsletter?',
                       'Recibe lo más importante de Sinaloa cada mañana en tu correo.'],
          must_keep=['Las obras incluyeron la reposición de 3.5 kilómetros de ciclovía, la instalación de 600 luminarias, la construcción de dos baños públicos y la renovación completa del área de juegos, que ahora cuenta con módulos accesibles para niñas y niños con discapacidad.',
                     'El director del Instituto Municipal de Planeación, Gilberto Rochín Leyva, explicó que la rehabilitación también atendió el sistema de riego, que estaba fuera de servicio desde 2019, por lo que se espera que en unos meses las áreas verdes recuperen su aspecto.',
                     'Algunos de ellos señalaron que el espacio es reducido y pidieron a las autoridades revisar la asignación de lugares.'],
          photo_credit='Especial / La Voz de Culiacán')

# ---------------------------------------------------------------- aq28 jekyll (capitalised keys, Spanish-words date, HTML entities, site key)
t = """---
Layout: post
Title: Rincón de Guayabitos llega a 95% de ocupación en el puente de marzo
Date: "17 de marzo de 2025"
Author: Citlali Bernal Partida
Categories: [Turismo]
Tags: "Guayabitos, Compostela, puente"
Site: La Brújula de Compostela
---

Rincón de Guayabitos registró una ocupación hotelera de 95 por ciento durante el fin de semana largo por el natalicio de Benito Juárez, de acuerdo con el reporte de la asociación de hoteleros del municipio de Compostela.

La mayor&iacute;a de los visitantes lleg&oacute; desde Guadalajara, Tepic y el Baj&iacute;o, y desde la madrugada del sábado se registraron filas de hasta dos kilómetros en la entrada al pueblo por la carretera federal 200.

El presidente de la asociación, Ernesto Villaseñor Curiel, señaló que el puente de marzo marca el inicio de la temporada alta que se extiende hasta Semana Santa, y que los negocios esperan recuperar lo perdido durante un invierno con pocos turistas.

Las lanchas que cruzan a la Isla del Coral trabajaron sin descanso; los prestadores de servicios calcularon más de 2 mil traslados entre el sábado y el lunes, a 250 pesos por persona.

Protección Civil de Compostela reportó saldo blanco, aunque atendió a 14 personas por picaduras de medusa y a dos menores que se extraviaron en la playa y fueron localizados minutos después.

Sin embargo, vecinos se quejaron de la acumulación de basura en la avenida del Sol Nuevo y en la playa central, donde los contenedores se desbordaron desde el domingo. El ayuntamiento informó que reforzó la recolección con dos camiones adicionales durante la noche del lunes.

&#8220;Necesitamos un plan para los puentes, porque cada vez llega más gente y los servicios son los mismos&#8221;, dijo Rosa Elena Plascencia, dueña de un restaurante frente al mar.
"""
write('aq28.md', t)
emit_gold('aq28', family='jekyll',
          title='Rincón de Guayabitos llega a 95% de ocupación en el puente de marzo',
          date='2025-03-17', bylines=['Citlali Bernal Partida'], source='La Brújula de Compostela',
          section='Turismo',
          body_first_words='Rincón de Guayabitos registró una ocupación hotelera de 95 por ciento',
          body_last_words='dijo Rosa Elena Plascencia, dueña de un restaurante frente al mar.',
          boilerplate=['Site: La Brújula de Compostela', 'Layout: post'],
          must_keep=['Las lanchas que cruzan a la Isla del Coral trabajaron sin descanso; los prestadores de servicios calcularon más de 2 mil traslados entre el sábado y el lunes, a 250 pesos por persona.',
                     'El ayuntamiento informó que reforzó la recolección con dos camiones adicionales durante la noche del lunes.'])

# ---------------------------------------------------------------- aq29 generic (markdown heading, NBSP, HTML entities, italic note)
t = """# Pescadores de Barra de Navidad denuncian lirio acuático en la laguna

Pescadores de la cooperativa Laguna de Navidad denunciaron que el lirio acuático cubre ya cerca de 40{nb}hectáreas de la laguna de Barra de Navidad, en el municipio de Cihuatlán, lo que les impide sacar sus pangas y colocar las redes.

De acuerdo con los pescadores, la planta comenzó a extenderse hace tres meses desde la desembocadura del río Marabasco y avanzó rápidamente con las temperaturas altas y el agua estancada por la falta de lluvias.

&laquo;Antes salíamos a las cinco de la mañana y a las nueve ya teníamos la captura; ahora tardamos una hora nada más en abrir paso entre el lirio&raquo;, explicó Ramiro Gómez Ruelas, quien pesca lisa y mojarra desde hace 30 años.

Los prestadores de servicios turísticos también resienten el problema, pues los recorridos en lancha hacia el manglar y hacia la isla de la Colimilla se han reducido a la mitad. Algunos restauranteros de la Colimilla reportan caídas de hasta 50{nb}por ciento en sus ventas.

Los pescadores solicitaron a las autoridades municipales, estatales y federales maquinaria para retirar la planta y un estudio para conocer si las descargas de aguas residuales de las comunidades río arriba están favoreciendo su crecimiento.

Mientras llega el apoyo, los socios de la cooperativa organizaron jornadas de limpieza manual los fines de semana, con machetes y redes, en las que han retirado alrededor de 12{nb}toneladas de lirio.
""".format(nb=NB)
write('aq29.md', t)
emit_gold('aq29', family='generic',
          title='Pescadores de Barra de Navidad denuncian lirio acuático en la laguna',
          date=None,
          body_first_words='Pescadores de la cooperativa Laguna de Navidad denunciaron que el lirio acuático',
          body_last_words='en las que han retirado alrededor de 12 toneladas de lirio.',
          boilerplate=[],
          must_keep=['De acuerdo con los pescadores, la planta comenzó a extenderse hace tres meses desde la desembocadura del río Marabasco y avanzó rápidamente con las temperaturas altas y el agua estancada por la falta de lluvias.',
                     'Algunos restauranteros de la Colimilla reportan caídas de hasta 50 por ciento en sus ventas.'])

# ---------------------------------------------------------------- aq30 bad (binary junk: truncated JPEG saved as .txt)
rng = random.Random(3030)
raw = (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00'
       b'\xff\xdb\x00C\x00' + bytes(rng.randrange(256) for _ in range(64)) +
       b'\xff\xc0\x00\x11\x08\x02\x58\x03\x20\x03\x01\x22\x00' +
       bytes(rng.randrange(256) for _ in range(2400)))
write('aq30.txt', raw=raw)
emit_gold('aq30', readable=False, family='bad', published=None,
          refusal_reason='archivo binario (imagen JPEG truncada), no es texto')
