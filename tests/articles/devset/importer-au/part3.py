#!/usr/bin/env python3
"""importer-au, files 21-30."""
from common import write_source, write_gold, NBSP, SHY

# ---------------------------------------------------------------- au21 wire (web outlet, BCS)
au21 = """Inicio » Clima

# VIDEO | Tormenta tropical deja calles inundadas y 2 mil usuarios sin luz en La Paz

Autor: Damián Cuevas Higuera
Publicado: 02 septiembre, 2024 - 08:12 a. m.

<iframe width="560" height="315" src="https://video.example.mx/embed/x8Kq2" frameborder="0" allowfullscreen></iframe>

Las lluvias que dejó durante la noche del domingo el paso de la tormenta tropical frente a las costas del sur de la península provocaron inundaciones en al menos quince colonias de La Paz y dejaron sin energía eléctrica a cerca de 2 mil usuarios, de acuerdo con el reporte preliminar de las autoridades.

Entre las zonas más afectadas están las colonias Indeco, El Manglito, Lomas de Palmira y Vista Hermosa, donde el agua alcanzó hasta cincuenta centímetros de altura en algunas calles. Vecinos de la colonia Indeco reportaron que el arroyo El Piojillo volvió a desbordarse y arrastró piedras y lodo hasta las viviendas cercanas.

La Coordinación Municipal de Protección Civil informó que durante la madrugada se abrieron dos refugios temporales, en los que pasaron la noche 46 personas, la mayoría adultos mayores y familias con niños pequeños que viven en las partes bajas de la ciudad. Ahora lee: «Cierran el puerto de La Paz a la navegación menor» Las cuadrillas de la empresa eléctrica trabajaban desde temprano para restablecer el servicio en los sectores afectados, aunque advirtieron que algunas reparaciones podrían tardar hasta la tarde.

El titular de la dependencia, Norberto Amador Castro, pidió a la población no cruzar arroyos ni vados con vehículos y mantenerse informada por los canales oficiales. “Todavía tenemos bandas nubosas que pueden dejar lluvias fuertes en las próximas horas; no es momento de confiarse”, señaló en conferencia.

Las clases presenciales en escuelas de nivel básico fueron suspendidas este lunes en La Paz y Los Cabos, mientras que en Comondú y Loreto se mantuvieron, al no registrarse afectaciones importantes.

En el malecón, el oleaje derribó parte de la barda de protección frente a la playa de El Coromuel, y elementos de la Marina restringieron el paso de peatones en ese tramo. Los pescadores de la zona aseguraron sus pangas desde el sábado, tras el aviso de cierre a la navegación.

De acuerdo con el pronóstico, el sistema se alejará de Baja California Sur durante el martes, aunque se esperan todavía lluvias intermitentes y rachas de viento en la región sur del estado.

🔔 Activa las notificaciones y no te pierdas ninguna alerta.
👉 Únete a nuestro canal de WhatsApp: whatsapp.example.mx/brujulabcs
Brújula Sudcaliforniana © 2024. Todos los derechos reservados.
"""
write_source('au21.md', au21, bom=True)
write_gold('au21', family='wire',
    title='Tormenta tropical deja calles inundadas y 2 mil usuarios sin luz en La Paz',
    date='2024-09-02', bylines=['Damián Cuevas Higuera'], source='Brújula Sudcaliforniana',
    section='Clima',
    body_first_words='Las lluvias que dejó durante la noche del domingo',
    body_last_words='rachas de viento en la región sur del estado.',
    boilerplate=['VIDEO |', 'Ahora lee: «Cierran el puerto de La Paz a la navegación menor»',
                 'Activa las notificaciones y no te pierdas ninguna alerta.',
                 'Únete a nuestro canal de WhatsApp: whatsapp.example.mx/brujulabcs',
                 'Brújula Sudcaliforniana © 2024. Todos los derechos reservados.'],
    must_keep=['La Coordinación Municipal de Protección Civil informó que durante la madrugada se abrieron dos refugios temporales, en los que pasaron la noche 46 personas, la mayoría adultos mayores y familias con niños pequeños que viven en las partes bajas de la ciudad.',
               'Las cuadrillas de la empresa eléctrica trabajaban desde temprano para restablecer el servicio en los sectores afectados, aunque advirtieron que algunas reparaciones podrían tardar hasta la tarde.',
               '“Todavía tenemos bandas nubosas que pueden dejar lluvias fuertes en las próximas horas; no es momento de confiarse”, señaló en conferencia.'])

# ---------------------------------------------------------------- au22 jekyll (offset date, published: no)
au22 = """---
layout: post
title: 'Cierran el "Paseo del Centenario" por obras del malecón en plena temporada'
date: 2019-12-31 20:15:00 -07:00
last_modified_at: 2020-01-03 10:00:00 -07:00
author: Brenda Lizeth Osuna Tirado
categories: [portada, ciudad]
published: no
site_name: Mazatlán a Pie
---

A unas horas de la celebración de Año Nuevo, el tramo del <strong>Paseo del Centenario</strong> comprendido entre el Fuerte 31 y la Casa del Marino amaneció cerrado con vallas metálicas y cintas de precaución, lo que obligó a cientos de visitantes a buscar otro camino para recorrer la zona de miradores del viejo Mazatlán.

El cierre se debe a los trabajos de reforzamiento del muro de contención, dañado por el oleaje del mar de fondo que se registró a principios de diciembre. De acuerdo con un aviso colocado en las vallas, las obras se prolongarán hasta finales de enero, en plena temporada vacacional.

Comerciantes y guías de turistas cuestionaron que la obra se haya iniciado justo en una de las semanas de mayor afluencia del año. Jesús Manuel Tirado, quien desde hace diez años vende cocos en la zona de Olas Altas, calculó que sus ventas cayeron más de la mitad desde que colocaron las vallas.

“Nos avisaron el sábado en la tarde. Si nos hubieran dicho antes, uno se organiza, pero así, de un día para otro, nos quedamos sin clientes en la mejor temporada”, dijo mientras acomodaba su mercancía en un punto alterno, frente a la escalinata del Cerro del Vigía.

Personal de la obra explicó que el muro presentaba grietas en varios puntos y que existía riesgo de desprendimiento de piedras hacia la calle, por lo que no era posible esperar a que pasaran las vacaciones. Los trabajos consisten en la inyección de concreto en las fisuras y en la colocación de una nueva capa de rocas al pie del muro.

Para los paseantes, la alternativa es tomar la calle Paseo Claussen o subir por las escalinatas, un recorrido más largo y con pendientes que complica el paso a personas mayores y con carriolas. Algunos turistas, sin embargo, no respetaron las vallas y cruzaron el tramo cerrado para tomarse fotografías junto al mar.

En el lugar no había agentes de tránsito ni personal de protección civil para orientar a los visitantes. Los organizadores del festejo de Año Nuevo en Olas Altas informaron que el escenario y los puestos de comida se mantendrán en su ubicación habitual, fuera del área de obra.
"""
write_source('au22.md', au22)
write_gold('au22', family='jekyll',
    title='Cierran el "Paseo del Centenario" por obras del malecón en plena temporada',
    date='2019-12-31', published=False, bylines=['Brenda Lizeth Osuna Tirado'],
    source='Mazatlán a Pie', section='ciudad', placement=['portada'],
    body_first_words='A unas horas de la celebración de Año Nuevo, el tramo del',
    body_last_words='en su ubicación habitual, fuera del área de obra.',
    boilerplate=[],
    must_keep=['El cierre se debe a los trabajos de reforzamiento del muro de contención, dañado por el oleaje del mar de fondo que se registró a principios de diciembre.',
               '“Nos avisaron el sábado en la tarde. Si nos hubieran dicho antes, uno se organiza, pero así, de un día para otro, nos quedamos sin clientes en la mejor temporada”, dijo mientras acomodaba su mercancía en un punto alterno, frente a la escalinata del Cerro del Vigía.',
               'En el lugar no había agentes de tránsito ni personal de protección civil para orientar a los visitantes.'])

# ---------------------------------------------------------------- au23 press (federal agency state office)
au23 = """GOBIERNO DE MÉXICO | MEDIO AMBIENTE
Comisión Nacional Forestal — Gerencia Estatal Durango
Nota informativa No. DGO-031/2021

Combaten 14 brigadas incendio en la sierra de Pueblo Nuevo; suman 2,300 hectáreas afectadas

Victoria de Durango, Dgo., 18 de mayo de 2021.- La Comisión Nacional Forestal informa que catorce brigadas, integradas por 196 combatientes, trabajan desde el pasado jueves en el control del incendio forestal que afecta el predio El Conejo, en el municipio de Pueblo Nuevo, y que hasta este martes registra un avance de 65 por ciento en su control y de 40 por ciento en su liquidación.

El siniestro, que se originó por una quema agrícola que se salió de control en un terreno colindante, ha afectado hasta ahora unas 2,300 hectáreas, principalmente de pastos, arbustos y hojarasca. La vegetación arbórea afectada corresponde sobre todo a renuevo de pino y encino, sin que hasta el momento se registren daños en viviendas o personas lesionadas.

En las labores participan brigadas de la Comisión, de la Secretaría de Recursos Naturales y Medio Ambiente del estado, de la Secretaría de la Defensa Nacional, de los ejidos de la región y de empresas forestales comunitarias. Además, se cuenta con el apoyo de un helicóptero con helibalde, que ha realizado 48 descargas de agua sobre las zonas de mayor pendiente.

El gerente estatal, Ing. Samuel Reyes Galindo, explicó que las altas temperaturas, los vientos de hasta 40 kilómetros por hora y la baja humedad relativa han dificultado las maniobras, por lo que las brigadas trabajan en la apertura de brechas cortafuego para evitar que el fuego alcance zonas de arbolado adulto.

En lo que va de 2021, en Durango se han registrado 112 incendios forestales que han afectado una superficie de 18,450 hectáreas, lo que coloca a la entidad entre los cinco estados con mayor superficie afectada en el país durante la presente temporada.

La Comisión recuerda a los productores que la norma oficial establece que las quemas agrícolas deben avisarse a las autoridades y realizarse con brechas, vigilancia y en horarios de menor temperatura, y reitera que las personas que provoquen un incendio forestal pueden ser sancionadas conforme a la ley.

Para reportar un incendio forestal, la población puede comunicarse a la línea gratuita 800 555 0134, disponible las 24 horas del día.

—oo0oo—

Contacto: Enlace de Comunicación Social · Tel. 618 555 0159 · durango@conafor-dgo.example.mx
"""
write_source('au23.txt', au23)
write_gold('au23', family='press_release',
    title='Combaten 14 brigadas incendio en la sierra de Pueblo Nuevo; suman 2,300 hectáreas afectadas',
    date='2021-05-18', source='Comisión Nacional Forestal — Gerencia Estatal Durango',
    bulletin_number='DGO-031/2021', issuer='Comisión Nacional Forestal — Gerencia Estatal Durango',
    dateline_city='Victoria de Durango',
    body_first_words='La Comisión Nacional Forestal informa que catorce brigadas',
    body_last_words='disponible las 24 horas del día.',
    boilerplate=['GOBIERNO DE MÉXICO | MEDIO AMBIENTE', '—oo0oo—',
                 'Contacto: Enlace de Comunicación Social · Tel. 618 555 0159 · durango@conafor-dgo.example.mx'],
    must_keep=['En lo que va de 2021, en Durango se han registrado 112 incendios forestales que han afectado una superficie de 18,450 hectáreas, lo que coloca a la entidad entre los cinco estados con mayor superficie afectada en el país durante la presente temporada.',
               'Para reportar un incendio forestal, la población puede comunicarse a la línea gratuita 800 555 0134, disponible las 24 horas del día.'])

# ---------------------------------------------------------------- au24 wire (radio web desk, Durango)
au24 = """Estéreo Guadiana 101.7 FM · Noticias al Momento
Jueves 15 de enero de 2026 | 06:55

Termómetro baja a 12 grados bajo cero en El Salto; escuelas de la sierra retrasan la entrada

Por Julio César Nevárez Soto y Marisol Ibarra Candelas

La madrugada de este jueves se registró la temperatura más baja en lo que va del invierno en el estado, con 12 grados bajo cero en la localidad de El Salto, en el municipio de Pueblo Nuevo, de acuerdo con la estación meteorológica que opera la Coordinación Estatal de Protección Civil.

En la capital el termómetro marcó 4 grados bajo cero a las seis de la mañana, mientras que en Santiago Papasquiaro, Tepehuanes y Guanaceví las temperaturas oscilaron entre los 7 y los 9 grados bajo cero. En varias comunidades de la sierra amanecieron congelados los tinacos y las tuberías de agua de las viviendas.

Ante las condiciones, la Secretaría de Educación autorizó que las escuelas de educación básica de los municipios serranos retrasen su horario de entrada hasta las nueve de la mañana durante el resto de la semana. La medida aplica para los turnos matutinos y podrá extenderse si continúan las heladas (Te recomendamos: Nieve en la carretera Durango-Mazatlán, ¿qué tramos están cerrados?). Los directores deberán informar a los padres de familia a través de los grupos escolares.

En entrevista para este noticiero, el coordinador estatal de Protección Civil, Mario Alberto Soto Reveles, informó que se mantienen abiertos once refugios temporales en la capital y en la región serrana, en los que durante la noche del miércoles se atendió a 87 personas, la mayoría en situación de calle.

“Pedimos a la población no usar anafres ni braseros en espacios cerrados. Cada invierno tenemos casos de intoxicación por monóxido de carbono que se pueden evitar con una ventilación adecuada”, advirtió el funcionario.

La Secretaría de Salud reportó que en la primera quincena de enero se han atendido más de 2 mil consultas por infecciones respiratorias agudas en las unidades médicas del estado, y recordó que la vacuna contra la influenza sigue disponible en los centros de salud.

Para el viernes se espera un ligero aumento de temperatura durante el día, aunque las heladas continuarán en las madrugadas hasta el fin de semana, con valores de entre 8 y 10 grados bajo cero en las partes altas de la sierra.

🎙️ Escucha el noticiero Al Momento de lunes a viernes de 6 a 10 de la mañana por el 101.7 FM
También en Estéreo Guadiana:
▸ Reabren la carretera a Mazatlán tras el paso de la nevada
▸ Suben 8 por ciento las tarifas del transporte urbano
"""
write_source('au24.txt', au24, eol='crlf')
write_gold('au24', family='wire',
    title='Termómetro baja a 12 grados bajo cero en El Salto; escuelas de la sierra retrasan la entrada',
    date='2026-01-15', bylines=['Julio César Nevárez Soto', 'Marisol Ibarra Candelas'],
    source='Estéreo Guadiana 101.7 FM', section=None,
    body_first_words='La madrugada de este jueves se registró la temperatura más baja',
    body_last_words='en las partes altas de la sierra.',
    boilerplate=['(Te recomendamos: Nieve en la carretera Durango-Mazatlán, ¿qué tramos están cerrados?)',
                 'Escucha el noticiero Al Momento de lunes a viernes de 6 a 10 de la mañana por el 101.7 FM',
                 'También en Estéreo Guadiana:',
                 '▸ Reabren la carretera a Mazatlán tras el paso de la nevada',
                 '▸ Suben 8 por ciento las tarifas del transporte urbano'],
    must_keep=['La medida aplica para los turnos matutinos y podrá extenderse si continúan las heladas',
               'Los directores deberán informar a los padres de familia a través de los grupos escolares.',
               '“Pedimos a la población no usar anafres ni braseros en espacios cerrados. Cada invierno tenemos casos de intoxicación por monóxido de carbono que se pueden evitar con una ventilación adecuada”, advirtió el funcionario.'])

# ---------------------------------------------------------------- au25 jekyll (cp1252, space-separated categories)
au25 = """---
layout: entrada
title: El Festival de las Artes del Guadiana cierra con récord de asistencia
date: "21 ago 2014"
categories: portada cultura
tags: feria, música, Durango
author: Rocío Valles Quiñones
sitio: Durango Cultural
---

Con un concierto de la Orquesta Sinfónica del Estado en la Plaza de Armas, al que asistieron unas 8 mil personas, concluyó la noche del miércoles la novena edición del Festival de las Artes del Guadiana, que en dos semanas reunió a más de 95 mil asistentes, la cifra más alta desde su creación.

<!--more-->

<figure><img src="/img/2014/festival-cierre.jpg" alt="Concierto de clausura"><figcaption>Foto: Rocío Valles</figcaption></figure>

El programa incluyó 140 actividades en 22 sedes de la capital y de seis municipios del interior, entre ellas conciertos, obras de teatro, lecturas, exposiciones y talleres para niños. Por primera vez, el festival llevó funciones a comunidades de la sierra como Tepehuanes y El Mezquital, donde se presentaron grupos de danza y un cine móvil.

La directora del festival, Adriana Gurrola Meraz, atribuyó el aumento en la asistencia a que la mayoría de las actividades fueron gratuitas y a que se dio más espacio a los artistas locales. “Durango tiene un público que responde cuando se le ofrece calidad. Este año demostró que no hace falta traer solo nombres famosos para llenar las plazas”, afirmó.

Entre los eventos más concurridos estuvieron la noche de música norteña en el Parque Guadiana, el encuentro de bandas de viento de los pueblos tepehuanos y la obra de teatro sobre la historia de la Casa de Moneda, que tuvo que abrir dos funciones adicionales por la demanda.

No todo fueron buenas noticias. Algunos grupos de teatro independiente se quejaron de que los pagos por sus presentaciones todavía no se han realizado, y vecinos del centro histórico pidieron mayor control del ruido y de la basura después de los conciertos nocturnos.

La organización informó que el presupuesto del festival fue de 11 millones de pesos, de los cuales cerca de la mitad provino de patrocinios privados. Para la próxima edición se buscará ampliar la participación de los municipios y extender la programación a tres semanas.

El cierre incluyó un homenaje al compositor duranguense Silvestre Revueltas, con la interpretación de fragmentos de su obra a cargo de la orquesta y de un coro formado por estudiantes de música de la universidad estatal.
"""
write_source('au25.markdown', au25, enc='cp1252')
write_gold('au25', family='jekyll',
    title='El Festival de las Artes del Guadiana cierra con récord de asistencia',
    date='2014-08-21', bylines=['Rocío Valles Quiñones'], source='Durango Cultural',
    section='cultura', placement=['portada'],
    body_first_words='Con un concierto de la Orquesta Sinfónica del Estado',
    body_last_words='estudiantes de música de la universidad estatal.',
    boilerplate=['Foto: Rocío Valles'],
    must_keep=['“Durango tiene un público que responde cuando se le ofrece calidad. Este año demostró que no hace falta traer solo nombres famosos para llenar las plazas”, afirmó.',
               'No todo fueron buenas noticias.',
               'La organización informó que el presupuesto del festival fue de 11 millones de pesos, de los cuales cerca de la mitad provino de patrocinios privados.'],
    photo_credit='Rocío Valles')

# ---------------------------------------------------------------- au26 generic (UTF-16LE with BOM, CRLF)
au26 = """Río Sonora, diez años después del derrame

En agosto de 2014, una falla en una represa de lixiviados de una mina de cobre en Cananea vertió miles de metros cúbicos de solución ácida al arroyo Tinajas, desde donde la contaminación bajó por el río Bacanuchi hasta el río Sonora. Siete municipios de la cuenca quedaron de un día para otro sin poder usar el agua de sus pozos.

Diez años después, en las comunidades de Arizpe, Banámichi, Huépac, San Felipe de Jesús, Aconchi, Baviácora y Ures la desconfianza sigue presente. Muchas familias todavía compran garrafones para beber y cocinar, aunque los análisis oficiales indiquen que el agua de la red cumple con la norma.

Las plantas potabilizadoras que se prometieron para cada comunidad se construyeron solo en parte. Algunas operaron unos meses y después se detuvieron por falta de mantenimiento o porque los ayuntamientos no podían pagar la electricidad para hacerlas funcionar. Otras nunca llegaron a entregarse.

La clínica especializada que debía atender a las personas con afectaciones en la piel, los riñones y el sistema respiratorio tampoco se terminó como se anunció. Los pacientes de la región siguen viajando a Hermosillo para consultas y estudios, un trayecto de hasta tres horas por carretera.

Para los productores, el daño fue también económico. Durante años, los compradores de queso, carne y hortalizas del río evitaron los productos de la región por temor a la contaminación, y algunos ganaderos vendieron sus animales a precios muy bajos.

Los comités de cuenca que se formaron tras el derrame han mantenido sus reuniones y sus denuncias. Entre sus demandas principales están un monitoreo independiente de la calidad del agua y del suelo, la reparación completa de los daños y la participación de los habitantes en las decisiones sobre los fondos que todavía quedan por ejercer.

Este recuento sirve como base para la cobertura del aniversario. Conviene contrastar cada dato con las fuentes oficiales, con los comités y con las familias que han dado seguimiento al caso durante una década.
"""
write_source('au26.text', au26, enc='utf-16-le', eol='crlf', bom=True)
write_gold('au26', family='generic',
    title='Río Sonora, diez años después del derrame',
    body_first_words='En agosto de 2014, una falla en una represa',
    body_last_words='que han dado seguimiento al caso durante una década.',
    must_keep=['Las plantas potabilizadoras que se prometieron para cada comunidad se construyeron solo en parte.',
               'Para los productores, el daño fue también económico.'])

# ---------------------------------------------------------------- au27 press (municipality, "Gobierno Municipal")
au27 = """GOBIERNO MUNICIPAL DE LOS CABOS
2021-2024
COMUNICADO | 0234

**Instala Gobierno Municipal 18 módulos itinerantes para el pago del predial con descuento**
*Los módulos operarán en delegaciones y subdelegaciones hasta el 20 de diciembre*

San José del Cabo, B.C.S., a 9 de noviembre de 2021.- Con el fin de acercar los servicios de la Tesorería a las comunidades y evitar largas filas al cierre del año, el Gobierno Municipal de Los Cabos puso en marcha 18 módulos itinerantes en los que la ciudadanía podrá pagar el impuesto predial con descuentos de hasta 20 por ciento.

La tesorera municipal, C.P. Gabriela Mendoza Aguirre, detalló que los módulos se instalarán en las delegaciones de Cabo San Lucas, La Ribera, Santiago, Miraflores y Santa Catarina, así como en plazas comerciales y en las oficinas de algunos fraccionamientos de San José del Cabo, con horario de 8 de la mañana a 3 de la tarde.

Explicó que el descuento de 20 por ciento aplica para quienes liquiden su adeudo antes del 30 de noviembre, mientras que del 1 al 20 de diciembre el beneficio será de 15 por ciento. Además, las personas jubiladas, pensionadas, con discapacidad o mayores de 60 años mantendrán el descuento de 50 por ciento en su vivienda.

“Lo que buscamos es que nadie tenga que venir hasta el palacio municipal a hacer fila bajo el sol. Queremos que el pago sea fácil y que la recaudación se refleje en obras para cada comunidad”, expresó la funcionaria.

Mendoza Aguirre recordó que en 2021 la recaudación por predial ha alcanzado 412 millones de pesos, lo que representa un avance de 78 por ciento respecto a la meta anual, y que estos recursos se destinan principalmente a alumbrado público, recolección de basura y mantenimiento de vialidades.

Para realizar el pago en los módulos es necesario presentar la clave catastral o el último recibo, así como una identificación oficial. También es posible pagar en línea con tarjeta bancaria o en las tiendas de conveniencia con la referencia que se genera en el portal del Ayuntamiento.

La Tesorería informó que, durante las dos últimas semanas de diciembre, las cajas del palacio municipal y de la delegación de Cabo San Lucas ampliarán su horario hasta las 7 de la noche, incluido el sábado.

—30—

#LosCabosNosUne · Facebook e Instagram: @LosCabosGobMx_ex
"""
write_source('au27.md', au27, eol=('alternate',))
write_gold('au27', family='press_release',
    title='Instala Gobierno Municipal 18 módulos itinerantes para el pago del predial con descuento',
    date='2021-11-09', source='GOBIERNO MUNICIPAL DE LOS CABOS',
    bulletin_number='0234', issuer='GOBIERNO MUNICIPAL DE LOS CABOS',
    dateline_city='San José del Cabo',
    body_first_words='Con el fin de acercar los servicios de la Tesorería',
    body_last_words='ampliarán su horario hasta las 7 de la noche, incluido el sábado.',
    boilerplate=['2021-2024', '—30—', '#LosCabosNosUne · Facebook e Instagram: @LosCabosGobMx_ex'],
    must_keep=['“Lo que buscamos es que nadie tenga que venir hasta el palacio municipal a hacer fila bajo el sol. Queremos que el pago sea fácil y que la recaudación se refleje en obras para cada comunidad”, expresó la funcionaria.',
               'Para realizar el pago en los módulos es necesario presentar la clave catastral o el último recibo, así como una identificación oficial.'])

# ---------------------------------------------------------------- au28 jekyll (folded title, "A y B" authors string, offset date)
au28 = """---
layout: post
title: >-
  Viticultores del Valle de Guadalupe piden frenar la extracción ilegal de agua
date: 2021-02-28T19:40:00-08:00
authors: "Ximena Larroque Duarte y Tomás Bernal Ochoa"
categories:
  - Destacadas
  - Vino y campo
site_title: Ruta del Vino Noticias
lang: es-MX
---

Productores de uva y vino del Valle de Guadalupe pidieron a las autoridades federales y estatales cancelar los pozos que operan sin concesión en la zona y revisar los volúmenes que se extraen para abastecer a desarrollos turísticos, ante un acuífero que, aseguran, está al borde del agotamiento.	

El planteamiento se hizo este domingo en una asamblea celebrada en la delegación de Francisco Zarco, a la que asistieron alrededor de 70 viticultores, ejidatarios y representantes de bodegas. De acuerdo con las cifras que presentaron, el nivel de los pozos agrícolas ha bajado en promedio doce metros en la última década.

> “Estamos regando con agua cada vez más salada. Hay viñedos de treinta años que ya no aguantan y hemos tenido que arrancar plantas”, dijo la productora Elena Cervantes Ruiz durante la asamblea.

Los asistentes señalaron que en los últimos cinco años se abrieron decenas de hoteles, restaurantes y salones de eventos en el valle, muchos de ellos abastecidos con pipas que se llenan en pozos sin registro o en aprovechamientos autorizados para uso agrícola.	

La asociación de vitivinicultores de la región propuso un censo de pozos con participación de los propios usuarios, la instalación de medidores en todos los aprovechamientos y una moratoria de dos años para nuevas licencias de construcción de proyectos turísticos de gran tamaño.

También solicitaron que se concluya la línea de agua tratada que debería llegar desde la ciudad de Ensenada para el riego agrícola, una obra que se anunció hace más de diez años y que, según los productores, se encuentra detenida por falta de recursos.

Un representante de los ejidatarios recordó que el problema no es solo de los viñedos. Las familias de El Porvenir y de San Antonio de las Minas dependen de pozos comunitarios que en los meses de verano ya no alcanzan a cubrir la demanda, por lo que deben recibir agua en pipas varios días a la semana.

Los organizadores acordaron entregar un documento con sus propuestas a las autoridades del agua y al gobierno estatal durante la primera semana de marzo, y convocar a una nueva asamblea en abril para dar seguimiento a las respuestas.
"""
write_source('au28.md', au28)
write_gold('au28', family='jekyll',
    title='Viticultores del Valle de Guadalupe piden frenar la extracción ilegal de agua',
    date='2021-02-28', bylines=['Ximena Larroque Duarte', 'Tomás Bernal Ochoa'],
    source='Ruta del Vino Noticias', section='Vino y campo', placement=['Destacadas'],
    body_first_words='Productores de uva y vino del Valle de Guadalupe',
    body_last_words='para dar seguimiento a las respuestas.',
    boilerplate=[],
    must_keep=['“Estamos regando con agua cada vez más salada. Hay viñedos de treinta años que ya no aguantan y hemos tenido que arrancar plantas”, dijo la productora Elena Cervantes Ruiz durante la asamblea.',
               'Un representante de los ejidatarios recordó que el problema no es solo de los viñedos.',
               'De acuerdo con las cifras que presentaron, el nivel de los pozos agrícolas ha bajado en promedio doce metros en la última década.'])

# ---------------------------------------------------------------- au29 generic (HTML comment, then an H3 title)
au29 = """<!-- copia de seguridad, versión corregida por la mesa de edición -->
### Cuatro décadas de veda de la totoaba: lo que se sabe y lo que falta

La totoaba es un pez endémico del Alto Golfo de California que puede superar los dos metros de largo y los cien kilos de peso. Su pesca comercial está prohibida desde 1975, cuando las capturas ya habían caído a una fracción de lo que se obtenía en las décadas de los cuarenta y cincuenta en San Felipe y el delta del río Colorado.

A pesar de la veda, la especie nunca dejó de capturarse. Su vejiga natatoria, conocida como buche, se vende de manera ilegal en mercados de Asia, donde se le atribuyen propiedades medicinales y alcanza precios de miles de dólares por kilo. Ese comercio sostiene una red de pesca furtiva que opera principalmente de noche, con redes agalleras de gran tamaño.

Las redes que se usan para la totoaba son la principal amenaza para la vaquita marina, la marsopa más pequeña del mundo, que vive únicamente en esa misma zona. Los conteos acústicos y visuales de los últimos años sugieren que quedan apenas unas decenas de ejemplares, lo que la convierte en uno de los mamíferos marinos más amenazados del planeta.

Las medidas adoptadas incluyen zonas de exclusión, la prohibición de redes agalleras en buena parte del Alto Golfo, programas de compensación para pescadores y la retirada de redes fantasma. Su aplicación ha sido irregular, y en las comunidades de San Felipe y el Golfo de Santa Clara persisten las quejas por la falta de alternativas económicas.

Entre los temas que siguen sin respuesta clara están el tamaño real de la población de totoaba, que algunos estudios consideran en recuperación, y la posibilidad de permitir una pesca legal controlada o el cultivo en granjas marinas como vía para reducir el mercado negro.

Para cualquier nota sobre el tema conviene consultar a pescadores ribereños, autoridades ambientales, investigadores y organizaciones civiles, porque cada uno tiene datos y posiciones muy distintos sobre el futuro del Alto Golfo.
"""
write_source('au29.markdown', au29)
write_gold('au29', family='generic',
    title='Cuatro décadas de veda de la totoaba: lo que se sabe y lo que falta',
    body_first_words='La totoaba es un pez endémico del Alto Golfo de California',
    body_last_words='sobre el futuro del Alto Golfo.',
    must_keep=['A pesar de la veda, la especie nunca dejó de capturarse.',
               'Las redes que se usan para la totoaba son la principal amenaza para la vaquita marina, la marsopa más pequeña del mundo, que vive únicamente en esa misma zona.'])

# ---------------------------------------------------------------- au30 bad (empty: a BOM and whitespace only)
write_source('au30.text', raw=b'\xef\xbb\xbf\r\n   \r\n\t\r\n')
write_gold('au30', family='bad',
    refusal_reason='archivo vacío: solo contiene una marca BOM y espacios en blanco')
