#!/usr/bin/env python3
"""importer-cc, files 11-20."""
import json, quopri
from common import write_source, write_gold, NBSP, paras_html, php_json

# ---------------------------------------------------------------- cc11 wire (newsroom CMS, Spanish labelled fields, Despublicado)
cc11 = """==================== EXPORTACIÓN SISTEMA EDITORIAL v3 ====================
MEDIO: El Centinela del Golfo
NOTA_ID: 20170614-0331
TÍTULO: Pescadores de Coatzacoalcos bloquean el acceso a la terminal de Pajaritos
SUMARIO: Exigen una indemnización por la mortandad de peces en la laguna
AUTOR: Gerardo Hernández Cabañas
SECCIÓN: Regional
FECHA: 14/06/2017 18:40
ESTATUS: Despublicado
ÚLTIMA MODIFICACIÓN: 15/06/2017 09:12 (editor.web)
PIE DE FOTO: Los pescadores colocaron sus lanchas sobre la carretera. Foto: Gerardo Hernández / El Centinela del Golfo
TEXTO:
Unos 150 pescadores de la laguna de Pajaritos bloquearon desde la mañana de este miércoles el acceso principal a la terminal marítima del complejo petroquímico, para exigir una indemnización por la mortandad de peces que, aseguran, ha reducido sus capturas a la mitad desde abril.

Los manifestantes colocaron sus lanchas atravesadas sobre la carretera y encendieron llantas a la orilla del camino. Decenas de pipas y tractocamiones quedaron varados en la fila, que por la tarde alcanzaba el puente Coatzacoalcos I.

Marcelino Cruz Reyes, presidente de una de las cooperativas, dijo que desde hace dos meses aparecen peces muertos en la orilla y que el agua tiene un olor a combustible. “Nadie nos dice qué pasó ni cuándo se va a limpiar, y nosotros no tenemos de qué vivir”, afirmó.

Personal de la empresa se reunió con una comisión de pescadores en una oficina cercana, pero al cierre de esta edición no había acuerdo. La Procuraduría Federal de Protección al Ambiente informó que tomó muestras de agua y de sedimentos, cuyos resultados estarán listos en tres semanas.

Los pescadores advirtieron que no levantarán el bloqueo hasta que se firme un compromiso por escrito.

Síguenos en X como @CentinelaGolfoEj para más noticias del sur de Veracruz.
MÁS INFORMACIÓN:
- Minatitlán reporta fuga en ducto de la colonia Insurgentes Norte
- Cierran temporalmente el malecón de Coatzacoalcos por oleaje
===========================================================================
"""
write_source('cc11.txt', cc11, enc='cp1252', eol='crlf')
write_gold('cc11', family='wire',
           title='Pescadores de Coatzacoalcos bloquean el acceso a la terminal de Pajaritos',
           date='2017-06-14', published=False, bylines=['Gerardo Hernández Cabañas'],
           source='El Centinela del Golfo', section='Regional',
           body_first_words='Unos 150 pescadores de la laguna de Pajaritos bloquearon',
           body_last_words='hasta que se firme un compromiso por escrito.',
           boilerplate=['Exigen una indemnización por la mortandad de peces en la laguna',
                        'Los pescadores colocaron sus lanchas sobre la carretera. Foto: Gerardo Hernández / El Centinela del Golfo',
                        'Síguenos en X como @CentinelaGolfoEj para más noticias del sur de Veracruz.',
                        'MÁS INFORMACIÓN:',
                        'Minatitlán reporta fuga en ducto de la colonia Insurgentes Norte',
                        'Cierran temporalmente el malecón de Coatzacoalcos por oleaje'],
           must_keep=['“Nadie nos dice qué pasó ni cuándo se va a limpiar, y nosotros no tenemos de qué vivir”, afirmó.',
                      'Decenas de pipas y tractocamiones quedaron varados en la fila, que por la tarde alcanzaba el puente Coatzacoalcos I.',
                      'Los pescadores advirtieron que no levantarán el bloqueo hasta que se firme un compromiso por escrito.'],
           photo_credit='Gerardo Hernández / El Centinela del Golfo')

# ---------------------------------------------------------------- cc12 jekyll (Decap CMS: whole article in YAML, body as a key)
cc12 = """---
template: nota
title: Bacalar limita el número de lanchas en la laguna para proteger los estromatolitos
date: 2022-05-10T16:45:00.000Z
draft: false
author: Ximena Chablé Ek
category: Medio ambiente
thumbnail: /uploads/lanchas-bacalar.jpg
description: Sólo 60 embarcaciones con motor podrán navegar al mismo tiempo
body: |-
  A partir del 1 de junio, sólo 60 embarcaciones de motor podrán navegar al mismo tiempo en la laguna de Bacalar, de acuerdo con el reglamento que aprobó este martes el cabildo con el propósito de proteger los estromatolitos, las formaciones vivas más antiguas de la región.

  Los estromatolitos, construidos durante miles de años por bacterias que fijan carbonato de calcio, forman bancos en las orillas de la laguna y en el canal de Los Piratas. Biólogos de la zona advierten que el oleaje de las lanchas y el bloqueador de los turistas los están dañando.

  El nuevo reglamento crea un padrón de prestadores de servicios, obliga a usar motores de cuatro tiempos y fija una velocidad máxima de diez nudos cerca de las orillas. Los kayaks y las tablas de remo no tendrán límite, pero deberán mantenerse a veinte metros de los bancos.

  "No estamos en contra del turismo, vivimos de él, pero si se acaban los estromatolitos se acaba la laguna de siete colores", dijo Teresa Villanueva, que renta kayaks desde hace quince años.

  Algunos lancheros protestaron porque temen quedarse fuera del padrón. El ayuntamiento respondió que se dará preferencia a los prestadores con más antigüedad y a las cooperativas de la comunidad.
---
"""
write_source('cc12.md', cc12)
write_gold('cc12', family='jekyll',
           title='Bacalar limita el número de lanchas en la laguna para proteger los estromatolitos',
           date='2022-05-10', bylines=['Ximena Chablé Ek'], section='Medio ambiente',
           body_first_words='A partir del 1 de junio, sólo 60 embarcaciones de motor podrán navegar',
           body_last_words='a los prestadores con más antigüedad y a las cooperativas de la comunidad.',
           boilerplate=['Sólo 60 embarcaciones con motor podrán navegar al mismo tiempo'],
           must_keep=['Los estromatolitos, construidos durante miles de años por bacterias que fijan carbonato de calcio, forman bancos en las orillas de la laguna y en el canal de Los Piratas.',
                      'Los kayaks y las tablas de remo no tendrán límite, pero deberán mantenerse a veinte metros de los bancos.',
                      'Algunos lancheros protestaron porque temen quedarse fuera del padrón.'])

# ---------------------------------------------------------------- cc13 wire (WXR, status future, ISO-8859-1, Camp.)
cc13_content = """El puente La Unidad, que une Isla Aguada con Isla del Carmen, reabrirá a la circulaci&oacute;n de veh&iacute;culos pesados el pr&oacute;ximo lunes, luego de tres meses de trabajos de reparaci&oacute;n en las juntas de dilatación y en el pavimento de los accesos, informó la Secretaría de Infraestructura y Comunicaciones.

Durante la obra, los camiones de carga tuvieron que esperar turno para cruzar en un solo carril y, en los días de mayor tránsito, las filas llegaron a tres kilómetros en el lado de Isla Aguada. Transportistas que abastecen a las plataformas petroleras calcularon que cada viaje les tomó hasta dos horas más.

El residente de obra, ingeniero Saúl Moha Zetina, explicó que se sustituyeron 14 juntas y se reforzaron los apoyos de dos claros que presentaban desgaste por la salinidad. Relacionado: Ciudad del Carmen alista plan de movilidad para la temporada de nortes "El puente tiene más de treinta años y está en un ambiente muy agresivo; necesita mantenimiento constante", dijo.

Con la reapertura, la velocidad máxima se mantendrá en 60 kilómetros por hora y quedará prohibido que los vehículos de carga se detengan sobre la estructura.

Comerciantes de Isla Aguada dijeron que esperan recuperar las ventas que perdieron durante el cierre parcial, pues muchos viajeros dejaron de detenerse en los restaurantes del pueblo para no quedar atrapados en la fila."""
cc13 = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<!-- generator="WordPress/5.8.3" created="2026-01-26 12:02" -->
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>Campeche al Instante</title>
\t<link>https://campechealinstante.example.mx</link>
\t<description>Noticias de Ciudad del Carmen y todo Campeche</description>
\t<pubDate>Mon, 26 Jan 2026 18:02:11 +0000</pubDate>
\t<language>es</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[redaccion2]]></wp:author_login><wp:author_display_name><![CDATA[Redacción Campeche al Instante]]></wp:author_display_name></wp:author>
\t<item>
\t\t<title>Reabren el puente La Unidad a vehículos pesados tras tres meses de reparaciones</title>
\t\t<link>https://campechealinstante.example.mx/?p=55120</link>
\t\t<pubDate>Mon, 02 Feb 2026 12:00:00 +0000</pubDate>
\t\t<dc:creator><![CDATA[redaccion2]]></dc:creator>
\t\t<guid isPermaLink="false">https://campechealinstante.example.mx/?p=55120</guid>
\t\t<content:encoded><![CDATA[""" + cc13_content + """]]></content:encoded>
\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>
\t\t<wp:post_id>55120</wp:post_id>
\t\t<wp:post_date><![CDATA[2026-02-02 06:00:00]]></wp:post_date>
\t\t<wp:post_date_gmt><![CDATA[2026-02-02 12:00:00]]></wp:post_date_gmt>
\t\t<wp:post_name><![CDATA[reabren-puente-la-unidad]]></wp:post_name>
\t\t<wp:status><![CDATA[future]]></wp:status>
\t\t<wp:post_type><![CDATA[post]]></wp:post_type>
\t\t<category domain="category" nicename="carmen"><![CDATA[Carmen]]></category>
\t</item>
</channel>
</rss>
"""
write_source('cc13.xml', cc13, enc='iso-8859-1')
write_gold('cc13', family='wire',
           title='Reabren el puente La Unidad a vehículos pesados tras tres meses de reparaciones',
           date='2026-02-02', published=False, bylines=[], source='Campeche al Instante', section='Carmen',
           body_first_words='El puente La Unidad, que une Isla Aguada con Isla del Carmen',
           body_last_words='para no quedar atrapados en la fila.',
           boilerplate=['Relacionado: Ciudad del Carmen alista plan de movilidad para la temporada de nortes'],
           must_keep=['El residente de obra, ingeniero Saúl Moha Zetina, explicó que se sustituyeron 14 juntas y se reforzaron los apoyos de dos claros que presentaban desgaste por la salinidad.',
                      '"El puente tiene más de treinta años y está en un ambiente muy agresivo; necesita mantenimiento constante", dijo.',
                      'Con la reapertura, la velocidad máxima se mantendrá en 60 kilómetros por hora y quedará prohibido que los vehículos de carga se detengan sobre la estructura.'])

# ---------------------------------------------------------------- cc14 jekyll (jekyll-import from WordPress: status publish, author mapping, late-night offset)
cc14 = """---
layout: post
title: Termina con récord de visitantes la Feria del Cacao y el Chocolate en Cárdenas
date: 2014-10-31 23:15:00.000000000 -06:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Portada
- Municipios
tags:
- cacao
- Chontalpa
meta:
  _edit_last: '2'
  _thumbnail_id: '11873'
  _wp_old_slug: feria-cacao-cardenas-2
author:
  login: lmhernandez
  email: lmhernandez@portalchontalpa.example.mx
  display_name: Luz María Hernández Ocaña
  first_name: Luz María
  last_name: Hernández Ocaña
permalink: "/2014/10/31/termina-feria-cacao-cardenas/"
---
<p>La Feria del Cacao y el Chocolate de Cárdenas cerró la noche de este viernes con 48 mil visitantes en cuatro días, la cifra más alta desde que se organiza, según el comité de productores que la encabeza.</p>
<p>Durante el último día, las familias recorrieron los puestos de chocolate de mesa, pozol y dulces de cacao instalados en el parque Independencia, mientras en el escenario principal se presentaban grupos de tamborileros de la Chontalpa.</p>
<!--more-->
<p>Los productores vendieron cerca de 12 toneladas de cacao seco y fermentado a compradores de Villahermosa, Puebla y la Ciudad de México. Varias haciendas de Comalcalco y Cunduacán llevaron muestras de cacao criollo, que se paga hasta al doble del precio del cacao común.</p>
<p>José Guadalupe Torres Ramón, presidente del comité, dijo que la feria se ha convertido en la mejor vitrina para los pequeños productores.&nbsp;"Antes sólo vendíamos al intermediario; aquí el comprador prueba el grano y se lleva nuestro teléfono", señaló.</p>
<p>La clausura incluyó la premiación del concurso de chocolate artesanal, que ganó una cooperativa de mujeres del poblado C-29, y un homenaje a los productores que han trabajado el cacao durante más de cincuenta años.</p>
<p>El comité anunció que la próxima edición se ampliará a cinco días y que se buscará que coincida con el inicio de la cosecha de invierno.</p>
"""
write_source('cc14.md', cc14)
write_gold('cc14', family='jekyll',
           title='Termina con récord de visitantes la Feria del Cacao y el Chocolate en Cárdenas',
           date='2014-10-31', bylines=['Luz María Hernández Ocaña'], section='Municipios', placement=['Portada'],
           body_first_words='La Feria del Cacao y el Chocolate de Cárdenas cerró la noche de este viernes',
           body_last_words='coincida con el inicio de la cosecha de invierno.',
           must_keep=['Varias haciendas de Comalcalco y Cunduacán llevaron muestras de cacao criollo, que se paga hasta al doble del precio del cacao común.',
                      '"Antes sólo vendíamos al intermediario; aquí el comprador prueba el grano y se lleva nuestro teléfono", señaló.',
                      'José Guadalupe Torres Ramón, presidente del comité, dijo que la feria se ha convertido en la mejor vitrina para los pequeños productores.'])

# ---------------------------------------------------------------- cc15 press (government CMS JSON, php-style escapes, Unix date, Q. Roo)
cc15_html = paras_html([
    '<strong>Canc\u00fan, Quintana Roo, 27 de junio de 2023.-</strong> La Fiscal\u00eda General del Estado obtuvo la vinculaci\u00f3n a proceso de Jorge Luis \u201cN\u201d, como probable responsable del delito de fraude en agravio de al menos 23 turistas nacionales a quienes vendi\u00f3 paquetes vacacionales que nunca existieron.',
    'De acuerdo con la investigaci\u00f3n, el imputado ofrec\u00eda a trav\u00e9s de redes sociales estancias de cinco noches en hoteles de la zona hotelera de Canc\u00fan a precios inferiores a los del mercado, y ped\u00eda a las v\u00edctimas un dep\u00f3sito del 50 por ciento a cuentas bancarias a nombre de terceros.',
    'Las personas afectadas, originarias de Puebla, Jalisco y el Estado de M\u00e9xico, descubrieron el enga\u00f1o al llegar a los hoteles, donde no hab\u00eda ninguna reservaci\u00f3n a su nombre. El monto del fraude supera los 380 mil pesos.',
    'El juez de control impuso como medida cautelar la prisi\u00f3n preventiva oficiosa y fij\u00f3 un plazo de dos meses para el cierre de la investigaci\u00f3n complementaria.',
    'La Fiscal\u00eda recomend\u00f3 a quienes planean vacacionar en Quintana Roo contratar sus paquetes s\u00f3lo con agencias registradas, desconfiar de precios demasiado bajos y verificar la reservaci\u00f3n directamente con el hotel antes de hacer cualquier pago.',
])
cc15_obj = {"status": "ok", "data": {
    "id": 31877,
    "tipo": "comunicado",
    "numero": "FGE/QROO/CS/0318/2023",
    "dependencia": "Fiscal\u00eda General del Estado de Quintana Roo",
    "titulo": "Vinculan a proceso a hombre por fraude a turistas con paquetes vacacionales falsos en Canc\u00fan",
    "fecha": 1687894200,
    "lugar": "Canc\u00fan",
    "estatus": "publicado",
    "url": "https://fge-qroo.example.mx/comunicados/2023/06/31877",
    "contenido": cc15_html,
    "contacto": "Direcci\u00f3n de Comunicaci\u00f3n Social \u00b7 998 555 0172 \u00b7 comunicacion@fge-qroo.example.mx",
    "imagenes": [],
}}
write_source('cc15.json', php_json(cc15_obj, indent=4) + '\n')
write_gold('cc15', family='press_release',
           title='Vinculan a proceso a hombre por fraude a turistas con paquetes vacacionales falsos en Cancún',
           date='2023-06-27', source='Fiscalía General del Estado de Quintana Roo',
           bulletin_number='FGE/QROO/CS/0318/2023', issuer='Fiscalía General del Estado de Quintana Roo',
           dateline_city='Cancún',
           body_first_words='La Fiscalía General del Estado obtuvo la vinculación a proceso de Jorge Luis',
           body_last_words='verificar la reservación directamente con el hotel antes de hacer cualquier pago.',
           boilerplate=['Cancún, Quintana Roo, 27 de junio de 2023.-',
                        'Dirección de Comunicación Social · 998 555 0172 · comunicacion@fge-qroo.example.mx'],
           must_keep=['El monto del fraude supera los 380 mil pesos.',
                      'El juez de control impuso como medida cautelar la prisión preventiva oficiosa y fijó un plazo de dos meses para el cierre de la investigación complementaria.',
                      'como probable responsable del delito de fraude en agravio de al menos 23 turistas nacionales a quienes vendió paquetes vacacionales que nunca existieron.'])

# ---------------------------------------------------------------- cc16 generic (Word for Mac "text only": Mac Roman, CR line ends)
cc16 = """Los palenques de Santiago Matatlán y la larga espera del maguey
Por Aurelio Matus Jiménez

\tEn Santiago Matatlán, a una hora de la ciudad de Oaxaca por la carretera al Istmo, un letrero a la entrada del pueblo anuncia que ahí está la capital mundial del mezcal. Nadie en el pueblo discute el título, pero casi todos los maestros mezcaleros coinciden en que el negocio nunca había sido tan difícil.

\tEl problema es el maguey. Un espadín tarda entre siete y ocho años en madurar, y los silvestres, como el tobalá o el tepeztate, pueden tardar más de quince. Cuando el mezcal se puso de moda en las ciudades y en el extranjero, la demanda creció mucho más rápido que los campos.

* * *

\tDon Faustino Hernández tiene un palenque de tres hornos junto al río. Cuenta que hace diez años compraba la tonelada de piña a dos mil pesos y que hoy paga más de diez mil. “El que tiene maguey hoy es el rico del pueblo, no el que sabe hacer mezcal”, dice mientras mueve con una pala el bagazo en la tina.

\tAlgunas familias han empezado a sembrar sus propias parcelas y a recolectar semilla de magueyes silvestres para reproducirlos en viveros. Es una apuesta larga: quienes siembran hoy no verán la primera cosecha antes de 2020.

\tMientras tanto, los palenques pequeños resisten vendiendo a granel a las marcas que embotellan en la ciudad, y guardando unos cuantos litros del mejor mezcal para las fiestas del pueblo, que no se venden a nadie.
"""
write_source('cc16.txt', cc16, enc='mac_roman', eol='cr')
write_gold('cc16', family='generic',
           title='Los palenques de Santiago Matatlán y la larga espera del maguey',
           bylines=['Aurelio Matus Jiménez'],
           body_first_words='En Santiago Matatlán, a una hora de la ciudad de Oaxaca',
           body_last_words='para las fiestas del pueblo, que no se venden a nadie.',
           must_keep=['El problema es el maguey.',
                      '“El que tiene maguey hoy es el rico del pueblo, no el que sabe hacer mezcal”, dice mientras mueve con una pala el bagazo en la tina.',
                      'Es una apuesta larga: quienes siembran hoy no verán la primera cosecha antes de 2020.'])

# ---------------------------------------------------------------- cc17 wire (English-labelled newsroom CMS record, Status EXPIRED, epoch dates)
cc17 = """NEWSDESK PRO 4.2 - STORY RECORD EXPORT
----------------------------------------------------------------
Story ID:       88213
Publication:    Mirador Oaxaqueño
Headline:       Guelaguetza: hoteles de la capital oaxaqueña reportan 92% de ocupación
Deck:           Turismo nacional llena la ciudad en el primer Lunes del Cerro
Byline:         Por Itandehui Santiago Cruz
Desk:           Estado
Status:         EXPIRED
Publish date:   1500910200
Expiry date:    1503588600
Photo credit:   Itandehui Santiago / Mirador Oaxaqueño
----------------------------------------------------------------
BODY:
La ocupación hotelera en la ciudad de Oaxaca llegó a 92 por ciento durante el primer fin de semana de la Guelaguetza, informó la asociación de hoteles y moteles del estado, que calculó una derrama de 310 millones de pesos en hospedaje, alimentos y transporte.

Desde el viernes, las calles del centro histórico se llenaron de visitantes que acudieron a los desfiles de delegaciones y a las muestras gastronómicas del andador de Macedonio Alcalá. Los restaurantes del centro reportaron esperas de hasta una hora para conseguir mesa.

La mayoría de los visitantes llegó de la Ciudad de México, Puebla y Veracruz, aunque los hoteleros notaron un aumento de turistas de Guadalajara y Monterrey, atraídos por los vuelos directos que se abrieron este año. Lee también | Delegación de Tuxtepec estrena vestuario para la Flor de Piña El auditorio Guelaguetza vendió todos los boletos de las dos funciones del lunes.

Algunos vecinos del cerro del Fortín se quejaron del ruido y de los autos estacionados en sus calles, y pidieron al ayuntamiento más agentes de tránsito para el segundo lunes.

La asociación de hoteleros espera que la ocupación se mantenga por encima de 85 por ciento hasta el 31 de julio.
----------------------------------------------------------------
END OF STORY 88213
"""
write_source('cc17.txt', cc17, eol=('mixed', 15))
write_gold('cc17', family='wire',
           title='Guelaguetza: hoteles de la capital oaxaqueña reportan 92% de ocupación',
           date='2017-07-24', published=False, bylines=['Itandehui Santiago Cruz'],
           source='Mirador Oaxaqueño', section='Estado',
           body_first_words='La ocupación hotelera en la ciudad de Oaxaca llegó a 92 por ciento',
           body_last_words='por encima de 85 por ciento hasta el 31 de julio.',
           boilerplate=['Turismo nacional llena la ciudad en el primer Lunes del Cerro',
                        'Itandehui Santiago / Mirador Oaxaqueño',
                        'Lee también | Delegación de Tuxtepec estrena vestuario para la Flor de Piña',
                        'END OF STORY 88213'],
           must_keep=['El auditorio Guelaguetza vendió todos los boletos de las dos funciones del lunes.',
                      'Los restaurantes del centro reportaron esperas de hasta una hora para conseguir mesa.',
                      'La asociación de hoteleros espera que la ocupación se mantenga por encima de 85 por ciento hasta el 31 de julio.'],
           photo_credit='Itandehui Santiago / Mirador Oaxaqueño')

# ---------------------------------------------------------------- cc18 jekyll (jekyll-import from WordPress: status private, published false)
cc18 = """---
layout: post
title: 'Cosecheros de tabaco de San Andrés Tuxtla: "la hoja ya no paga el jornal"'
date: 2016-03-08 10:05:00.000000000 -06:00
type: post
parent_id: '0'
published: false
password: ''
status: private
categories:
- Región
tags:
- tabaco
- puros
meta:
  _edit_last: '1'
author: Rocío Chagala Xolo
permalink: "/?p=5541"
---
<p>En los campos que rodean San Andrés Tuxtla, la cosecha de tabaco de esta temporada avanza con menos jornaleros que nunca. Los productores dicen que el precio que pagan las fábricas de puros por la hoja apenas alcanza para cubrir los salarios de quienes la cortan, la ensartan y la cuelgan en las casas de curado.</p>
<p>Un productor de la comunidad de Sihuapan, que pidió no dar su nombre, calcula que una hectárea de tabaco necesita el trabajo de quince personas durante cuatro meses. "Antes la gente venía de la sierra a trabajar en la temporada; ahora se van a las maquiladoras del norte o al otro lado", explica.</p>
<p>La región de Los Tuxtlas produce una de las hojas para capa más apreciadas por los fabricantes de puros, gracias al suelo volcánico y a la humedad del Golfo. Sin embargo, la superficie sembrada se ha reducido a menos de la mitad en los últimos quince años.</p>
<p>Las fábricas de la ciudad, que dan empleo a cientos de torcedoras, reconocen el problema. Algunas han comenzado a comprar hoja de Nicaragua y de Honduras para completar su producción, aunque aseguran que para los puros de mayor precio siguen usando tabaco de la región.</p>
<p>Los productores piden que el gobierno del estado los incluya en los programas de apoyo al campo, de los que, dicen, el tabaco siempre ha quedado fuera por ser un cultivo "mal visto".</p>
"""
write_source('cc18.md', cc18)
write_gold('cc18', family='jekyll',
           title='Cosecheros de tabaco de San Andrés Tuxtla: "la hoja ya no paga el jornal"',
           date='2016-03-08', published=False, bylines=['Rocío Chagala Xolo'], section='Región',
           body_first_words='En los campos que rodean San Andrés Tuxtla, la cosecha de tabaco',
           body_last_words='por ser un cultivo "mal visto".',
           must_keep=['La región de Los Tuxtlas produce una de las hojas para capa más apreciadas por los fabricantes de puros, gracias al suelo volcánico y a la humedad del Golfo.',
                      '"Antes la gente venía de la sierra a trabajar en la temporada; ahora se van a las maquiladoras del norte o al otro lado", explica.',
                      'Sin embargo, la superficie sembrada se ha reducido a menos de la mitad en los últimos quince años.'])

# ---------------------------------------------------------------- cc19 bad (JSON: a navigation menu export, list of links)
cc19_obj = [
    {"label": "Inicio", "url": "/", "orden": 1, "hijos": []},
    {"label": "Veracruz Puerto", "url": "/categoria/puerto", "orden": 2, "hijos": [
        {"label": "Boca del Río", "url": "/categoria/boca-del-rio"},
        {"label": "Medellín", "url": "/categoria/medellin"}]},
    {"label": "Policía", "url": "/categoria/policia", "orden": 3, "hijos": []},
    {"label": "Deportes", "url": "/categoria/deportes", "orden": 4, "hijos": [
        {"label": "Tiburones Rojos", "url": "/etiqueta/tiburones"},
        {"label": "Béisbol", "url": "/categoria/beisbol"}]},
    {"label": "Opinión", "url": "/categoria/opinion", "orden": 5, "hijos": []},
    {"label": "Contacto", "url": "/contacto", "orden": 6, "hijos": []},
    {"label": "Aviso de privacidad", "url": "/aviso-de-privacidad", "orden": 7, "hijos": []},
]
write_source('cc19.json', json.dumps(cc19_obj, ensure_ascii=False, indent=1) + '\n')
write_gold('cc19', family='bad',
           refusal_reason='El archivo es un menú de navegación (lista de enlaces en JSON), no una nota.')

# ---------------------------------------------------------------- cc20 wire (agency e-mail service, quoted-printable, Chis.)
cc20_plain = """AGENCIA SURESTE DE INFORMACIÓN
Servicio para suscriptores · Envío de las 14:20 h

ECONOMÍA

Cafeticultores del Soconusco prevén la cosecha más baja en 20 años por la roya y los precios

Por Brenda Ruiz Solís

TAPACHULA, Chis., 8 de noviembre de 2019 (ASI).- Los productores de café de la región del Soconusco calculan que la cosecha que comienza este mes será la más baja en dos décadas, afectada por un nuevo brote de roya en las fincas de las partes bajas y por un precio internacional que no cubre los costos de producción.

En los municipios de Tapachula, Cacahoatán, Unión Juárez y Motozintla, las organizaciones de pequeños productores estiman pérdidas de entre 30 y 40 por ciento respecto del ciclo anterior. Muchas familias dejaron de fertilizar sus parcelas el año pasado porque no les alcanzaba el dinero.

Abelardo Morales Cifuentes, dirigente de una cooperativa de Cacahoatán, dijo que el quintal de café pergamino se paga hoy por debajo de los 2 mil pesos. “Con ese precio no sale ni para pagar a los cortadores que vienen de Guatemala”, explicó.

Los productores pidieron a la Secretaría de Agricultura que adelante la entrega de planta resistente a la roya y que reactive los apoyos para renovar cafetales, que se suspendieron en 2018.

Algunas fincas grandes de la zona alta, que exportan café de especialidad a Estados Unidos y Japón, esperan en cambio una buena cosecha gracias a que renovaron sus plantas hace cinco años.

ASI/BRS/ama

--
Usted recibe este servicio porque su medio está suscrito a la Agencia Sureste de Información. Para dejar de recibirlo responda a este correo con la palabra BAJA.
"""
cc20_qp = quopri.encodestring(cc20_plain.encode('utf-8')).decode('ascii')
cc20 = """From: Agencia Sureste de =?utf-8?q?Informaci=C3=B3n?= <servicio@asi-chiapas.example.mx>
To: suscriptores@asi-chiapas.example.mx
Subject: =?utf-8?q?ASI_=7C_ECONOM=C3=8DA_=7C_Cafeticultores_del_Soconusco_prev?=
 =?utf-8?q?=C3=A9n_la_cosecha_m=C3=A1s_baja_en_20_a=C3=B1os?=
Date: Fri, 08 Nov 2019 14:20:31 -0600
Message-ID: <asi.20191108.1420.0042@asi-chiapas.example.mx>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-ASI-Envio: 0042

""" + cc20_qp
write_source('cc20.eml', cc20, eol='crlf')
write_gold('cc20', family='wire',
           title='Cafeticultores del Soconusco prevén la cosecha más baja en 20 años por la roya y los precios',
           date='2019-11-08', bylines=['Brenda Ruiz Solís'], source='Agencia Sureste de Información',
           section='ECONOMÍA',
           body_first_words='Los productores de café de la región del Soconusco calculan',
           body_last_words='gracias a que renovaron sus plantas hace cinco años.',
           boilerplate=['Servicio para suscriptores · Envío de las 14:20 h',
                        'TAPACHULA, Chis., 8 de noviembre de 2019 (ASI).-', 'ASI/BRS/ama',
                        'Usted recibe este servicio porque su medio está suscrito a la Agencia Sureste de Información.',
                        'Para dejar de recibirlo responda a este correo con la palabra BAJA.'],
           must_keep=['“Con ese precio no sale ni para pagar a los cortadores que vienen de Guatemala”, explicó.',
                      'Muchas familias dejaron de fertilizar sus parcelas el año pasado porque no les alcanzaba el dinero.',
                      'Los productores pidieron a la Secretaría de Agricultura que adelante la entrega de planta resistente a la roya y que reactive los apoyos para renovar cafetales, que se suspendieron en 2018.'])
