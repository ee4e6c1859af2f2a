#!/usr/bin/env python3
"""importer-au, files 01-10."""
from common import write_source, write_gold, NBSP, SHY

# ---------------------------------------------------------------- au01 wire
au01 = """Campo sonorense

## Productores del Valle del Yaqui adelantan la trilla de trigo por falta de agua en presas

**Por Mariela Quiñónez Valenzuela**
*El Vigía del Yaqui* — Ciudad Obregón, Sonora | Junio 17, 2019

![Trilla en el block 910](/fotos/2019/06/trilla-910.jpg)
Fotografía: Ramón Espinoza Leyva / El Vigía del Yaqui

Ante el bajo almacenamiento de las presas del sistema Yaqui, que este lunes se ubicó en 19 por ciento de su capacidad, productores del Distrito de Riego 041 comenzaron a trillar sus parcelas de trigo hasta dos semanas antes de lo habitual para evitar mayores pérdidas por el calor.

En un recorrido por el block 910, al sur de Ciudad Obregón, el agricultor Everardo Siqueiros Moreno explicó que el último riego de auxilio no llegó a tiempo y que el grano se secó antes de completar su llenado. “Estamos cosechando con prisa porque la planta ya no aguanta; preferimos sacar lo que hay a perderlo todo”, comentó mientras supervisaba una trilladora rentada.

De acuerdo con la Unión de Productores Agrícolas del Sur de Sonora, el rendimiento promedio en los primeros lotes levantados ronda las 5.2 toneladas por hectárea, frente a las 6.8 que se obtuvieron en el ciclo anterior. La caída, estimó la organización, podría llegar hasta 30 por ciento en las zonas más alejadas de los canales principales. Checa también: Cajeme rompe récord de calor con 47 grados

El gerente del módulo de riego número 5, Saúl Armenta Bojórquez, reconoció que este año se autorizaron solo tres riegos para el trigo, uno menos que en 2018, debido a que la autoridad federal redujo el volumen disponible para el ciclo otoño-invierno. Señaló que los usuarios que sembraron en diciembre fueron los más afectados, porque el calor de mayo los sorprendió con la espiga todavía verde.  

A la falta de agua se suma el precio. Los productores denunciaron que los compradores ofrecen alrededor de 3 mil 900 pesos por tonelada, una cifra que, dijeron, no alcanza a cubrir los costos de producción, que este año superaron los 24 mil pesos por hectárea por el aumento en fertilizantes y diésel.

Representantes de las uniones de crédito pidieron a los gobiernos estatal y federal adelantar el pago de los apoyos a la comercialización y establecer un precio de referencia antes de que termine la cosecha, prevista para la primera semana de julio.

Mientras tanto, en los patios de las bodegas de Esperanza y Pueblo Yaqui ya se forman filas de camiones desde la madrugada. Los transportistas calculan que la espera para descargar es de hasta diez horas, por lo que algunos productores optaron por almacenar el grano en sus propios predios, con el riesgo de plagas que eso implica.

___

📲 Recibe las noticias del Valle en tu celular: únete a nuestro canal de Telegram t.me/vigiayaqui_ex
Síguenos en Google Noticias y en Instagram @elvigiadelyaqui_ex
"""
write_source('au01.md', au01)
write_gold('au01', family='wire',
    title='Productores del Valle del Yaqui adelantan la trilla de trigo por falta de agua en presas',
    date='2019-06-17', bylines=['Mariela Quiñónez Valenzuela'], source='El Vigía del Yaqui',
    section='Campo sonorense',
    body_first_words='Ante el bajo almacenamiento de las presas del sistema Yaqui',
    body_last_words='con el riesgo de plagas que eso implica.',
    boilerplate=['Fotografía: Ramón Espinoza Leyva / El Vigía del Yaqui',
                 'Checa también: Cajeme rompe récord de calor con 47 grados',
                 'Recibe las noticias del Valle en tu celular: únete a nuestro canal de Telegram t.me/vigiayaqui_ex',
                 'Síguenos en Google Noticias y en Instagram @elvigiadelyaqui_ex'],
    must_keep=['“Estamos cosechando con prisa porque la planta ya no aguanta; preferimos sacar lo que hay a perderlo todo”, comentó mientras supervisaba una trilladora rentada.',
               'La caída, estimó la organización, podría llegar hasta 30 por ciento en las zonas más alejadas de los canales principales.',
               'A la falta de agua se suma el precio.'],
    photo_credit='Ramón Espinoza Leyva / El Vigía del Yaqui')

# ---------------------------------------------------------------- au02 wire (radio web desk)
au02 = """Radio Frontera 98.3 FM
Sección: Frontera

Reabren carril SENTRI en la garita DeConcini tras dos semanas de obras

Reporta: Guadalupe Ochoa Treviño
Publicado: 03/02/2021 14:10 hrs | Actualizado: 04/02/2021 09:02 hrs

[audio mp3="https://radiofrontera.example.mx/audio/2021/02/garita-sentri.mp3"][/audio]
Escucha la nota completa en la voz de nuestra reportera.

Después de dos semanas de trabajos de repavimentación, este miércoles volvió a operar el carril SENTRI de la garita DeConcini, el cruce peatonal y vehicular más utilizado por los nogalenses que viajan a diario a Nogales, Arizona.

Desde las seis de la mañana, la fila de automovilistas con pase de viajero confiable se extendía por la avenida Obregón hasta la altura del mercado municipal. Varios conductores comentaron a este medio que, durante el cierre, tuvieron que usar la garita Mariposa, lo que les significó hasta una hora y media adicional para llegar a sus trabajos del otro lado.

La Oficina de Aduanas y Protección Fronteriza de Estados Unidos informó en un comunicado que la obra incluyó la sustitución de 1,800 metros cuadrados de concreto, nuevas casetas de inspección y un sistema de lectura de placas más rápido. Según la dependencia, el tiempo promedio de revisión por vehículo debería bajar de 90 a 60 segundos una vez que el personal se familiarice con el nuevo equipo.

Te sugerimos: Aduana de Nogales amplía horario para el cruce de carga comercial

Comerciantes del centro de la ciudad recibieron con alivio la reapertura. Leticia Moraga Durazo, propietaria de una farmacia sobre la calle Elías, explicó que sus ventas cayeron casi a la mitad durante las obras, porque los clientes estadounidenses evitaban cruzar por las largas esperas. “Ojalá que ahora sí dure, porque cada vez que cierran un carril los que pagamos somos los de este lado”, dijo.

Por su parte, la Dirección de Tránsito Municipal anunció que mantendrá agentes en los cruces de las calles Campillo y Obregón durante las horas pico, de 5 a 9 de la mañana y de 3 a 7 de la tarde, para evitar que la fila bloquee las entradas a las colonias del centro.

Las autoridades estadounidenses recordaron que, por las restricciones sanitarias vigentes, el cruce terrestre sigue limitado a viajes considerados esenciales, por lo que pidieron a los usuarios llevar consigo los documentos que acrediten el motivo de su visita.

Escúchanos en vivo por el 98.3 FM y en radiofrontera.example.mx/envivo
¿Viste algo en tu colonia? Mándanos tu reporte por WhatsApp al 631 555 0198
"""
write_source('au02.txt', au02, enc='cp1252', eol='crlf')
write_gold('au02', family='wire',
    title='Reabren carril SENTRI en la garita DeConcini tras dos semanas de obras',
    date='2021-02-03', bylines=['Guadalupe Ochoa Treviño'], source='Radio Frontera 98.3 FM',
    section='Frontera',
    body_first_words='Después de dos semanas de trabajos de repavimentación',
    body_last_words='acrediten el motivo de su visita.',
    boilerplate=['Escucha la nota completa en la voz de nuestra reportera.',
                 'Te sugerimos: Aduana de Nogales amplía horario para el cruce de carga comercial',
                 'Escúchanos en vivo por el 98.3 FM y en radiofrontera.example.mx/envivo',
                 '¿Viste algo en tu colonia? Mándanos tu reporte por WhatsApp al 631 555 0198'],
    must_keep=['Desde las seis de la mañana, la fila de automovilistas con pase de viajero confiable se extendía por la avenida Obregón hasta la altura del mercado municipal.',
               '“Ojalá que ahora sí dure, porque cada vez que cierran un carril los que pagamos somos los de este lado”, dijo.',
               'Comerciantes del centro de la ciudad recibieron con alivio la reapertura.'])

# ---------------------------------------------------------------- au03 press (state gov coordination)
au03 = """Gobierno de Sinaloa
Coordinación General de Comunicación Social
BOLETÍN CGCS/2471/2022

Entrega Gobierno del Estado 120 motores fuera de borda a pescadores ribereños del sur de Sinaloa

• Los apoyos se suman a los 340 equipos entregados en el norte del estado durante el primer semestre
• La inversión conjunta con los municipios es de 28.6 millones de pesos

Escuinapa, Sinaloa, a 12 de octubre de 2022.

Con el objetivo de renovar la flota ribereña y reducir el consumo de combustible, el Gobierno del Estado entregó este miércoles 120 motores fuera de borda de cuatro tiempos a pescadores de Escuinapa, Rosario y Mazatlán, en un evento realizado en el muelle de la comunidad de Teacapán.

El secretario de Pesca y Acuacultura, Heriberto Valdez Camacho, explicó que cada motor tiene un valor aproximado de 238 mil pesos y que el Estado aportó el 50 por ciento de su costo, mientras que los municipios cubrieron un 20 por ciento y los propios pescadores el 30 por ciento restante, con opción de pagarlo en dos temporadas.

“Un motor nuevo significa hasta 35 por ciento menos gasolina por viaje y menos descomposturas en altamar; eso se traduce directamente en más ingreso para las familias”, señaló el funcionario ante representantes de 46 cooperativas.

Valdez Camacho detalló que, como requisito para recibir el apoyo, los beneficiarios entregaron su motor anterior para ser retirado de circulación, con lo que se evita que los equipos viejos, más contaminantes, se revendan en otras comunidades pesqueras del estado.

El presidente de la Federación de Cooperativas Pesqueras del Sur, Lorenzo Tiznado Aréchiga, agradeció el respaldo y pidió que el programa continúe el próximo año, pues estimó que todavía hay más de 900 embarcaciones en la región con motores de más de quince años de uso.

En su mensaje, el funcionario estatal recordó que la temporada de captura de camarón en bahías y esteros está por iniciar, y exhortó a los pescadores a respetar las tallas mínimas y las zonas de refugio establecidas por las autoridades federales.

Finalmente, informó que antes de que concluya el año se abrirá una nueva convocatoria para la sustitución de embarcaciones de fibra de vidrio, dirigida prioritariamente a cooperativas integradas por mujeres y a pescadores de las comunidades indígenas del norte del estado.

=000=

Contacto para medios:
Coordinación General de Comunicación Social
Tel. (667) 555 0170 ext. 2204
prensa@cgcs.sinaloa.example.mx
www.sinaloa.example.mx | @GobSinaloa_ex
"""
write_source('au03.txt', au03, eol='crlf', bom=True)
write_gold('au03', family='press_release',
    title='Entrega Gobierno del Estado 120 motores fuera de borda a pescadores ribereños del sur de Sinaloa',
    date='2022-10-12', source='Coordinación General de Comunicación Social',
    bulletin_number='CGCS/2471/2022', issuer='Coordinación General de Comunicación Social',
    dateline_city='Escuinapa',
    body_first_words='Con el objetivo de renovar la flota ribereña',
    body_last_words='de las comunidades indígenas del norte del estado.',
    boilerplate=['Gobierno de Sinaloa', '=000=', 'Contacto para medios:',
                 'Tel. (667) 555 0170 ext. 2204', 'prensa@cgcs.sinaloa.example.mx',
                 'www.sinaloa.example.mx | @GobSinaloa_ex'],
    must_keep=['“Un motor nuevo significa hasta 35 por ciento menos gasolina por viaje y menos descomposturas en altamar; eso se traduce directamente en más ingreso para las familias”, señaló el funcionario ante representantes de 46 cooperativas.',
               'El presidente de la Federación de Cooperativas Pesqueras del Sur, Lorenzo Tiznado Aréchiga, agradeció el respaldo y pidió que el programa continúe el próximo año, pues estimó que todavía hay más de 900 embarcaciones en la región con motores de más de quince años de uso.'])

# ---------------------------------------------------------------- au04 press (municipality)
au04 = """![Escudo municipal](/img/escudo-ensenada.png)

**H. XXIV AYUNTAMIENTO DE ENSENADA**
Comunicado Núm. 0118/2018

# Inicia Ayuntamiento programa emergente de bacheo tras las lluvias de fin de año

Ensenada, B.C., 5 ENE 2018.- Con cuadrillas trabajando en dos turnos, el Gobierno Municipal arrancó este viernes un programa emergente de bacheo para atender los daños que dejaron en la carpeta asfáltica las lluvias registradas entre el 26 y el 31 de diciembre.

El director de Infraestructura, Ing. Abelardo Montijo Salcido, informó que durante el fin de semana se levantó un censo con apoyo de los delegados municipales y se identificaron más de 2,300 baches en vialidades primarias y secundarias, la mayoría en las avenidas Reforma, Pedro Loyola y Juárez, así como en el bulevar Costero.

Explicó que en una primera etapa se utilizarán 450 toneladas de mezcla asfáltica en caliente, adquiridas con recursos del Fondo de Infraestructura Municipal, y que las cuadrillas darán prioridad a las rutas del transporte público y a los accesos a escuelas, hospitales y al puerto.

“Sabemos que los baches son hoy la principal molestia de los ensenadenses. Nuestra meta es atender las vialidades principales en un plazo de seis semanas y después avanzar hacia las colonias”, afirmó el funcionario durante el arranque de los trabajos en el cruce de Reforma y Ambar.

Montijo Salcido precisó que en las delegaciones de Maneadero, San Quintín y El Sauzal se enviarán camiones con material frío mientras mejoran las condiciones del clima, pues la mezcla caliente no puede aplicarse sobre superficies mojadas.

El Ayuntamiento pidió a los automovilistas circular con precaución y respetar los señalamientos en los tramos donde trabajan las cuadrillas, que en algunos casos obligarán a cerrar un carril de manera temporal durante el día.

Asimismo, recordó que la ciudadanía puede reportar baches y fugas a través de la línea 074, disponible las 24 horas, o en la aplicación de Atención Ciudadana, donde cada reporte recibe un número de folio para darle seguimiento.

Por último, el Gobierno Municipal informó que la Dirección de Protección Civil mantiene la vigilancia en los arroyos El Gallo y Ensenada, donde el escurrimiento de las lluvias arrastró sedimento y basura que ya se retira con maquinaria pesada.

--ooOoo--

Síguenos en Facebook: /GobiernoEnsenadaEx | X: @EnsenadaGob_ex
"""
write_source('au04.md', au04)
write_gold('au04', family='press_release',
    title='Inicia Ayuntamiento programa emergente de bacheo tras las lluvias de fin de año',
    date='2018-01-05', source='H. XXIV AYUNTAMIENTO DE ENSENADA',
    bulletin_number='0118/2018', issuer='H. XXIV AYUNTAMIENTO DE ENSENADA',
    dateline_city='Ensenada',
    body_first_words='Con cuadrillas trabajando en dos turnos',
    body_last_words='que ya se retira con maquinaria pesada.',
    boilerplate=['--ooOoo--', 'Síguenos en Facebook: /GobiernoEnsenadaEx | X: @EnsenadaGob_ex'],
    must_keep=['“Sabemos que los baches son hoy la principal molestia de los ensenadenses. Nuestra meta es atender las vialidades principales en un plazo de seis semanas y después avanzar hacia las colonias”, afirmó el funcionario durante el arranque de los trabajos en el cruce de Reforma y Ambar.',
               'Asimismo, recordó que la ciudadanía puede reportar baches y fugas a través de la línea 074, disponible las 24 horas, o en la aplicación de Atención Ciudadana, donde cada reporte recibe un número de folio para darle seguimiento.'])

# ---------------------------------------------------------------- au05 jekyll
au05 = """---
layout: nota
medio: El Cardonal Digital
titulo: "Tortugas golfinas regresan a anidar en playas de Todos Santos"
date: 2017-08-09 07:00:00
autor: [Itzel Manríquez Cota, Jesús Amador Geraldo]
categoria: Medio Ambiente
etiquetas: [tortugas, Todos Santos, conservación]
portada: true
excerpt: |
  Voluntarios del campamento Punta Lobos contabilizan 412 nidos en lo que va de la temporada.
---

![Crías de tortuga golfina](/assets/img/2017/golfinas.jpg)
{: .pie-foto}
*Foto: cortesía Campamento Tortuguero Punta Lobos*

La temporada de anidación de la tortuga golfina en las playas de Todos Santos y Pescadero va en camino de convertirse en una de las mejores de la última década, de acuerdo con el conteo que realizan todas las noches los voluntarios del campamento tortuguero Punta Lobos.

Hasta el lunes se tenían registrados 412 nidos en un tramo de once kilómetros de costa, una cifra que ya supera el total de toda la temporada 2016, cuando se protegieron 367. La coordinadora del campamento, Lucía Castro Amador, explicó que el pico de la anidación suele presentarse entre agosto y septiembre, por lo que esperan rebasar los 700 nidos antes de noviembre.

<!--more-->

Cada noche, grupos de cuatro a seis voluntarios recorren la playa en cuatrimotos desde las nueve de la noche hasta el amanecer. Cuando encuentran un rastro fresco, localizan la nidada, cuentan los huevos y los trasladan a un corral de incubación cercado, donde permanecen unos 45 días hasta que nacen las crías.

“El mayor peligro ya no son los saqueadores, como hace veinte años, sino los perros sueltos y los vehículos que circulan por la arena de noche”, dijo Castro Amador, quien pidió a los visitantes no transitar en la franja de playa con automóviles ni fogatas.

El campamento también enfrenta la llegada de nuevos desarrollos turísticos a la zona. Vecinos y organizaciones civiles han solicitado a las autoridades que las licencias de construcción frente al mar incluyan restricciones de iluminación, ya que las luces artificiales desorientan a las crías cuando salen del nido y las alejan del océano.

Las liberaciones de tortugas recién nacidas son abiertas al público y se realizan al atardecer, casi todos los días, frente al campamento. Los organizadores piden llegar con quince minutos de anticipación, no usar flash ni tocar a los animales y respetar la línea marcada en la arena.

Quienes deseen sumarse como voluntarios pueden registrarse en la oficina del campamento, ubicada a un costado de la escuela primaria de Las Playitas; solo se pide ser mayor de edad y comprometerse a cubrir al menos dos noches por semana durante un mes.
"""
write_source('au05.md', au05)
write_gold('au05', family='jekyll',
    title='Tortugas golfinas regresan a anidar en playas de Todos Santos',
    date='2017-08-09', bylines=['Itzel Manríquez Cota', 'Jesús Amador Geraldo'],
    source='El Cardonal Digital', section='Medio Ambiente', placement=['portada'],
    body_first_words='La temporada de anidación de la tortuga golfina',
    body_last_words='al menos dos noches por semana durante un mes.',
    boilerplate=['Foto: cortesía Campamento Tortuguero Punta Lobos'],
    must_keep=['Hasta el lunes se tenían registrados 412 nidos en un tramo de once kilómetros de costa, una cifra que ya supera el total de toda la temporada 2016, cuando se protegieron 367.',
               'El campamento también enfrenta la llegada de nuevos desarrollos turísticos a la zona.',
               'Las liberaciones de tortugas recién nacidas son abiertas al público y se realizan al atardecer, casi todos los días, frente al campamento.'],
    photo_credit='cortesía Campamento Tortuguero Punta Lobos')

# ---------------------------------------------------------------- au06 jekyll
au06 = """---
layout: post
title: "Guaymas: pescadores de camarón piden adelantar el fin de la veda"
# date: 2016-04-20 09:00:00 -0700
date: 2016-04-22 18:30:00 -0700
author:
  name: Rosendo Yocupicio Armenta
  twitter: rosendoyoc_ex
tags: "pesca, Guaymas, veda, camarón"
categories:
  - Destacadas
  - Pesca
blog_name: Bitácora del Mar de Cortés
comments: true
---

Con los barcos amarrados en el muelle desde finales de marzo, armadores y tripulantes de la flota camaronera de Guaymas pidieron a las autoridades federales revisar el calendario de la veda y permitir que la temporada de altamar arranque a principios de septiembre, dos semanas antes de lo que se ha acostumbrado en los últimos años.

La petición se formalizó esta tarde en una reunión celebrada en las instalaciones de la Cámara Pesquera de Guaymas, a la que asistieron representantes de unas 90 embarcaciones. Ahí, el presidente del organismo, Gilberto Mendívil Acosta, presentó un estudio elaborado por biólogos contratados por el propio sector, según el cual el camarón azul alcanza la talla comercial antes de lo que suponen las evaluaciones oficiales.

“No estamos pidiendo pescar chiquito ni acabarnos el recurso. Lo que decimos es que, con el agua más caliente, el camarón crece más rápido y cuando abrimos ya se movió a aguas profundas”, explicó Mendívil Acosta a los asistentes.

Los armadores sostienen que la temporada pasada se capturó 18 por ciento menos camarón que en 2014 y que muchos barcos no lograron cubrir los gastos de diésel, hielo y salarios. De los 160 barcos registrados en el puerto, calculan que al menos 30 no saldrán este año si no consiguen financiamiento.

Las tripulaciones, por su parte, viven de empleos temporales mientras dura la veda. Marineros consultados en el malecón contaron que se emplean como albañiles, choferes o vendedores ambulantes, y que el apoyo económico que reciben durante el paro, cuando llega, alcanza para muy poco.

No todos comparten la propuesta. Cooperativas ribereñas de la bahía advirtieron que adelantar la apertura en altamar afectaría a los pescadores de panga, que dependen de los ejemplares que todavía permanecen en esteros y bahías a finales del verano.

Investigadores del centro regional de investigación pesquera señalaron que revisarán el documento presentado por los armadores, pero recordaron que las fechas de la veda se definen con base en muestreos que se hacen cada año en toda la costa de Sonora y Sinaloa, no solo en Guaymas.

La respuesta oficial se espera para julio, cuando se realicen los cruceros de prospección que determinan el estado del recurso.

*Si te gustó esta nota, compártela. Bitácora se sostiene con tus aportaciones: paypal.example.mx/bitacoramarcortes*
"""
write_source('au06.markdown', au06, eol='crlf')
write_gold('au06', family='jekyll',
    title='Guaymas: pescadores de camarón piden adelantar el fin de la veda',
    date='2016-04-22', bylines=['Rosendo Yocupicio Armenta'],
    source='Bitácora del Mar de Cortés', section='Pesca', placement=['Destacadas'],
    body_first_words='Con los barcos amarrados en el muelle desde finales de marzo',
    body_last_words='que determinan el estado del recurso.',
    boilerplate=['Si te gustó esta nota, compártela. Bitácora se sostiene con tus aportaciones: paypal.example.mx/bitacoramarcortes'],
    must_keep=['“No estamos pidiendo pescar chiquito ni acabarnos el recurso. Lo que decimos es que, con el agua más caliente, el camarón crece más rápido y cuando abrimos ya se movió a aguas profundas”, explicó Mendívil Acosta a los asistentes.',
               'No todos comparten la propuesta.',
               'La respuesta oficial se espera para julio, cuando se realicen los cruceros de prospección que determinan el estado del recurso.'])

# ---------------------------------------------------------------- au07 generic (cp1252, CR-only)
au07 = """Historia breve del Mercado Municipal de Navojoa

El mercado municipal de Navojoa se levantó en 1949 sobre el terreno que ocupaba un antiguo corral de carretas, a dos cuadras de la estación del ferrocarril. En sus primeros años reunía a poco más de cuarenta locatarios, casi todos vendedores de carne, legumbres y abarrotes que llegaban de las comunidades mayos de la ribera del río.

La construcción original era de adobe con techo de lámina y un patio central donde se instalaban los puestos de comida. Según recuerdan los locatarios más antiguos, el lugar se inundaba cada temporada de lluvias, porque el nivel del piso quedaba por debajo de la calle y el agua del arroyo entraba sin obstáculo.

En 1968 el Ayuntamiento demolió la mitad del edificio y construyó una nave de concreto con cien locales, baños públicos y una bodega de refrigeración que durante años fue la única de la ciudad. La obra se financió en parte con una cooperación de los propios comerciantes, quienes a cambio recibieron la concesión de sus locales por veinte años.

La década de los ochenta fue la de mayor actividad. Los domingos llegaban camiones desde Huatabampo, Etchojoa y Álamos, y el mercado se convirtió en el punto de encuentro de los productores del valle del Mayo. Las fondas del patio central ganaron fama por la cahuamanta, la barbacoa y el menudo, que se servían desde las cinco de la mañana.

Con la apertura de las primeras tiendas de autoservicio, a mediados de los noventa, el número de clientes comenzó a bajar. Varios locales cerraron y otros cambiaron de giro hacia la venta de ropa, celulares y artículos de temporada. Un incendio en 2003 destruyó el ala norte, que tardó casi tres años en reconstruirse.

Hoy el mercado conserva 86 locales en operación. La mayoría son atendidos por los hijos o nietos de los comerciantes fundadores, y las fondas siguen siendo el principal atractivo para visitantes y trabajadores del centro. Los locatarios han pedido en varias ocasiones la renovación de la instalación eléctrica y del drenaje, que datan de la remodelación de 1968.
"""
write_source('au07.txt', au07, enc='cp1252', eol='cr')
write_gold('au07', family='generic',
    title='Historia breve del Mercado Municipal de Navojoa',
    body_first_words='El mercado municipal de Navojoa se levantó en 1949',
    body_last_words='que datan de la remodelación de 1968.',
    must_keep=['La década de los ochenta fue la de mayor actividad.',
               'Un incendio en 2003 destruyó el ala norte, que tardó casi tres años en reconstruirse.',
               'Hoy el mercado conserva 86 locales en operación.'])

# ---------------------------------------------------------------- au08 bad (front matter, only an HTML comment)
au08 = """---
layout: post
title: "Resultados de la jornada 14 de la Liga Norte de Béisbol Invernal"
date: 2024-11-20
categories: [Deportes]
author: Staff
---

<!-- pendiente: pegar aquí el texto de la nota cuando lo mande la mesa de deportes -->

"""
write_source('au08.md', au08, eol='crlf')
write_gold('au08', family='bad',
    refusal_reason='front matter sin cuerpo: después del front matter solo hay un comentario HTML')

# ---------------------------------------------------------------- au09 wire (border weekly)
au09 = """Semanario La Garita — Edición 512

Migración

**Deportados duermen en la canalización del río Tijuana pese al frío y a los operativos**

Texto y fotos: Héctor Camou Ruelas
Publicado el viernes 14 de marzo de 2014

A unos metros de la línea internacional, en el cauce de concreto del río Tijuana, decenas de hombres deportados de Estados Unidos pasan la noche en agujeros excavados en los bordos, cubiertos con cobijas, cartones y lonas que recogen de la basura de la zona centro.

Durante tres noches, La Garita recorrió el tramo que va del puente de la avenida Negrete al de la calle Ocampo. En ese trayecto se contaron al menos 160 personas, la mayoría originarias de Michoacán, Guerrero, Oaxaca y Jalisco, que aseguran haber vivido durante años en California antes de ser detenidas y expulsadas.

[Foto: Héctor Camou / La Garita]

Ramiro, de 43 años, llegó deportado en octubre después de pasar catorce años en Los Ángeles. Cuenta que no tiene documentos mexicanos, porque su acta de nacimiento se quedó en la casa que rentaba, y que sin identificación ningún empleador lo contrata. “Aquí abajo estamos los que no tenemos a quién llamar. Los que tienen familia se van rápido”, dice mientras calienta agua en una lata sobre una fogata.

Las temperaturas de esta semana bajaron hasta los cinco grados durante la madrugada. Voluntarios de dos albergues de la zona Norte reparten café y pan cada noche, pero reconocen que sus espacios, con capacidad para unas 250 personas, están llenos desde diciembre. Quizá te interese → Tecate: crece la demanda en el comedor del Padre Chava

Los operativos de la policía municipal son otra preocupación. Varios de los entrevistados relataron que los agentes los detienen por no portar identificación, los trasladan a los juzgados calificadores y, después de 36 horas de arresto, los dejan de nuevo en la calle, sin sus pertenencias.

La Secretaría de Seguridad Pública Municipal respondió por escrito a este semanario que los recorridos en la canalización se realizan para prevenir delitos y atender denuncias de los vecinos de la zona Río, y negó que se retire a las personas sus documentos o sus objetos personales.

Organizaciones de defensa de los migrantes han propuesto que el Ayuntamiento habilite un módulo permanente para tramitar actas de nacimiento y credenciales en la propia zona de la canalización, con el fin de que los deportados puedan buscar empleo formal. Hasta ahora la propuesta no ha sido discutida en Cabildo.

Esta nota forma parte de nuestra edición impresa. Encuentra La Garita en los puestos de periódicos de Tijuana, Tecate y Rosarito cada viernes.
"""
write_source('au09.md', au09, eol=('mixed', 12))
write_gold('au09', family='wire',
    title='Deportados duermen en la canalización del río Tijuana pese al frío y a los operativos',
    date='2014-03-14', bylines=['Héctor Camou Ruelas'], source='Semanario La Garita',
    section='Migración',
    body_first_words='A unos metros de la línea internacional',
    body_last_words='Hasta ahora la propuesta no ha sido discutida en Cabildo.',
    boilerplate=['[Foto: Héctor Camou / La Garita]',
                 'Quizá te interese → Tecate: crece la demanda en el comedor del Padre Chava',
                 'Esta nota forma parte de nuestra edición impresa. Encuentra La Garita en los puestos de periódicos de Tijuana, Tecate y Rosarito cada viernes.'],
    must_keep=['Voluntarios de dos albergues de la zona Norte reparten café y pan cada noche, pero reconocen que sus espacios, con capacidad para unas 250 personas, están llenos desde diciembre.',
               '“Aquí abajo estamos los que no tenemos a quién llamar. Los que tienen familia se van rápido”, dice mientras calienta agua en una lata sobre una fogata.',
               'Los operativos de la policía municipal son otra preocupación.'],
    photo_credit='Héctor Camou / La Garita')

# ---------------------------------------------------------------- au10 press (state prosecutor)
au10 = """FISCALÍA GENERAL DEL ESTADO DE CHIHUAHUA
COMUNICACIÓN SOCIAL
Hidalgo del Parral, Chihuahua; 14/06/2016.-
Nota informativa No. FGE-ZS-322/2016

Vinculan a proceso a dos hombres por el robo de 37 cabezas de ganado en Balleza

La Fiscalía de Distrito Zona Sur informa que un juez de control vinculó a proceso a José Luis M. R., de 34 años, y a Efrén A. C., de 29, como probables responsables del delito de abigeato cometido en perjuicio de un productor del ejido San Pablo, en el municipio de Balleza.

De acuerdo con la investigación realizada por agentes de la Unidad Especializada en Delitos contra el Patrimonio, los hechos ocurrieron la madrugada del pasado 28 de mayo, cuando los imputados, presuntamente acompañados de otras personas, cortaron el cerco de un potrero y sacaron 37 cabezas de ganado bovino que posteriormente cargaron en dos camiones tipo torton.

Los semovientes, marcados con el fierro del afectado, fueron localizados tres días después en un corral ubicado a las afueras de la cabecera municipal de Guachochi, a donde llegaron agentes ministeriales tras el seguimiento de las rutas de terracería de la región.

En el lugar fueron detenidos los dos hombres, quienes no pudieron acreditar la legal procedencia de los animales. También se aseguró uno de los vehículos utilizados para el traslado, el cual contaba con reporte de robo en el estado de Durango.

Durante la audiencia inicial, el Ministerio Público presentó como datos de prueba el dictamen de identificación de los fierros, las declaraciones de dos testigos y el informe de la Asociación Ganadera Local, que confirmó que el ganado estaba registrado a nombre de la víctima.

El juez fijó como medida cautelar la prisión preventiva justificada y otorgó un plazo de tres meses para el cierre de la investigación complementaria.

La Fiscalía de Distrito Zona Sur reitera su compromiso de combatir el abigeato en la región serrana e invita a los productores a denunciar cualquier robo o movimiento irregular de ganado, así como a mantener actualizado el registro de sus fierros ante las autoridades ganaderas.

-0-

Área de Prensa FGE Zona Sur — Tel. (627) 555 0133 — prensa.zonasur@fge.chihuahua.example.mx
"""
write_source('au10.txt', au10, enc='cp1252')
write_gold('au10', family='press_release',
    title='Vinculan a proceso a dos hombres por el robo de 37 cabezas de ganado en Balleza',
    date='2016-06-14', source='FISCALÍA GENERAL DEL ESTADO DE CHIHUAHUA',
    bulletin_number='FGE-ZS-322/2016', issuer='FISCALÍA GENERAL DEL ESTADO DE CHIHUAHUA',
    dateline_city='Hidalgo del Parral',
    body_first_words='La Fiscalía de Distrito Zona Sur informa que un juez de control',
    body_last_words='ante las autoridades ganaderas.',
    boilerplate=['COMUNICACIÓN SOCIAL', '-0-',
                 'Área de Prensa FGE Zona Sur — Tel. (627) 555 0133 — prensa.zonasur@fge.chihuahua.example.mx'],
    must_keep=['En el lugar fueron detenidos los dos hombres, quienes no pudieron acreditar la legal procedencia de los animales.',
               'El juez fijó como medida cautelar la prisión preventiva justificada y otorgó un plazo de tres meses para el cierre de la investigación complementaria.'])
