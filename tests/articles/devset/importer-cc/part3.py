#!/usr/bin/env python3
"""importer-cc, files 21-30."""
import html
from common import write_source, write_gold, NBSP, paras_html

# ---------------------------------------------------------------- cc21 jekyll (Pelican metadata header, no fences, Status: published)
cc21 = """Title: Izamal pinta de nuevo sus fachadas de amarillo antes de la temporada de verano
Date: 2010-07-22 10:20
Modified: 2010-07-23 09:00
Category: Turismo
Tags: Izamal, pueblos mágicos, fachadas
Slug: izamal-pinta-fachadas-amarillo
Authors: Andrea Canché Pool, Luis Tzuc May
Summary: Brigadas de vecinos y el ayuntamiento trabajan en 400 fachadas del centro.
Status: published

Las calles del centro de Izamal amanecieron esta semana llenas de andamios y cubetas: brigadas de vecinos y trabajadores del ayuntamiento pintan de nuevo de amarillo ocre las fachadas de unas 400 casas, comercios y edificios públicos antes de la temporada de vacaciones de verano.

El color, que distingue a la llamada ciudad de las tres culturas, se desgasta con rapidez por el sol y las lluvias. Cada dos o tres años, el ayuntamiento compra la pintura y los propietarios ponen la mano de obra, aunque esta vez el gobierno del estado aportó además una cuadrilla para los edificios más altos.

El trabajo más delicado es el del convento de San Antonio de Padua, cuyo atrio es uno de los más grandes de América. Ahí los pintores trabajan con la supervisión del Instituto Nacional de Antropología e Historia, que pidió usar pintura a la cal en lugar de pintura vinílica.

Doña Eusebia May Chan, que vende bordados frente al convento, dice que no todos los vecinos están de acuerdo con el amarillo. "Hay quien quisiera pintar su casa de otro color, pero aquí ya es tradición y los turistas vienen a ver eso", comenta.

Los calesas que llevan a los visitantes por el centro seguirán trabajando durante la obra, aunque con rutas cortas. Se espera que las fachadas estén listas antes del 1 de agosto.
"""
write_source('cc21.md', cc21)
write_gold('cc21', family='jekyll',
           title='Izamal pinta de nuevo sus fachadas de amarillo antes de la temporada de verano',
           date='2010-07-22', bylines=['Andrea Canché Pool', 'Luis Tzuc May'], section='Turismo',
           body_first_words='Las calles del centro de Izamal amanecieron esta semana',
           body_last_words='Se espera que las fachadas estén listas antes del 1 de agosto.',
           boilerplate=['Brigadas de vecinos y el ayuntamiento trabajan en 400 fachadas del centro.'],
           must_keep=['El trabajo más delicado es el del convento de San Antonio de Padua, cuyo atrio es uno de los más grandes de América.',
                      '"Hay quien quisiera pintar su casa de otro color, pero aquí ya es tradición y los turistas vienen a ver eso", comenta.',
                      'Se espera que las fachadas estén listas antes del 1 de agosto.'])

# ---------------------------------------------------------------- cc22 press (Drupal Views data export, escaped HTML, "No publicado", Tab.)
cc22_body = paras_html([
    '<strong>Villahermosa, Tabasco, a 9 de septiembre de 2019.</strong> Investigadores de la División Académica de Ciencias Biológicas de la Universidad Juárez Autónoma de Tabasco registraron la presencia de al menos tres manatíes en la laguna de las Ilusiones, en pleno centro de Villahermosa, donde la especie no se había observado de manera constante desde hace más de una década.',
    'Los avistamientos se confirmaron mediante recorridos en lancha, fotografías y un hidrófono que capta las vocalizaciones de los animales. El equipo cree que los manatíes llegaron desde el río Carrizal a través de los canales que conectan la laguna durante la temporada de lluvias.',
    'La coordinadora del proyecto, doctora Guadalupe Arias Zapata, explicó que la laguna ofrece alimento suficiente, pero que los animales enfrentan riesgos por la basura, las descargas de aguas residuales y las embarcaciones recreativas.',
    '&ldquo;Es una buena noticia, pero también una responsabilidad para toda la ciudad&rdquo;, afirmó la investigadora, quien pidió a la población no alimentar a los manatíes ni acercarse a ellos en kayak.',
    'La Universidad propondrá a las autoridades municipales señalar una zona de baja velocidad en el sector norte de la laguna y colocará carteles informativos en el parque Tomás Garrido Canabal.',
])
cc22 = """<?xml version="1.0" encoding="UTF-8" ?>
<nodes>
  <node>
    <nid>4512</nid>
    <titulo>Investigadores registran el regreso del manatí a la laguna de las Ilusiones</titulo>
    <dependencia>Universidad Juárez Autónoma de Tabasco</dependencia>
    <area>Dirección General de Comunicación Social y Relaciones Públicas</area>
    <numero_de_boletin>DGCS-187-2019</numero_de_boletin>
    <fecha>Lunes, 9 Septiembre, 2019 - 11:05</fecha>
    <estado>No publicado</estado>
    <autor>comunicacion_ujat</autor>
    <cuerpo>""" + html.escape(cc22_body, quote=False) + """</cuerpo>
    <etiquetas>manatí, laguna de las Ilusiones, investigación</etiquetas>
  </node>
</nodes>
"""
write_source('cc22.xml', cc22)
write_gold('cc22', family='press_release',
           title='Investigadores registran el regreso del manatí a la laguna de las Ilusiones',
           date='2019-09-09', published=False, source='Universidad Juárez Autónoma de Tabasco',
           bulletin_number='DGCS-187-2019', issuer='Universidad Juárez Autónoma de Tabasco',
           dateline_city='Villahermosa',
           body_first_words='Investigadores de la División Académica de Ciencias Biológicas',
           body_last_words='en el parque Tomás Garrido Canabal.',
           boilerplate=['Villahermosa, Tabasco, a 9 de septiembre de 2019.',
                        'Dirección General de Comunicación Social y Relaciones Públicas'],
           must_keep=['El equipo cree que los manatíes llegaron desde el río Carrizal a través de los canales que conectan la laguna durante la temporada de lluvias.',
                      '“Es una buena noticia, pero también una responsabilidad para toda la ciudad”, afirmó la investigadora, quien pidió a la población no alimentar a los manatíes ni acercarse a ellos en kayak.',
                      'La coordinadora del proyecto, doctora Guadalupe Arias Zapata, explicó que la laguna ofrece alimento suficiente, pero que los animales enfrentan riesgos por la basura, las descargas de aguas residuales y las embarcaciones recreativas.'])

# ---------------------------------------------------------------- cc23 wire (e-mail: CMS workflow notification, pending review, Ver.)
cc23 = """From: "Sistema Editorial - Altas Montañas Hoy" <no-responder@altasmontanashoy.example.mx>
To: mesa.web@altasmontanashoy.example.mx
Subject: =?UTF-8?B?W1BlbmRpZW50ZSBkZSByZXZpc2nDs25dIE5vdGEgIzQ0ODE3?=
Date: Wed, 23 Sep 2015 19:48:02 -0500
Message-ID: <cms.44817.1443055682@altasmontanashoy.example.mx>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-CMS-Estado: pending
X-CMS-Nota: 44817

Hola, Mesa Web:

Claudia Rosas Fentanes envió una nota que está PENDIENTE DE REVISIÓN. No se publicará hasta que un editor la apruebe.

Título: Orizaba reabre el paseo del río tras reparar los muros dañados por las lluvias
Sección: Orizaba
Autor: Claudia Rosas Fentanes
Fecha: 23/09/2015
Estado: Pendiente

----- Texto de la nota -----
El paseo ribereño del río Orizaba reabrió este miércoles el tramo comprendido entre el puente de la calle Sur 8 y el Palacio de Hierro, luego de casi dos meses de trabajos para reparar los muros de contención que se derrumbaron durante las lluvias de julio.

Las obras consistieron en reconstruir 140 metros de muro con piedra y concreto, colocar nuevos barandales y reforzar el andador, que en algunos puntos quedó suspendido sobre el cauce. El ayuntamiento invirtió cerca de 6 millones de pesos.

Desde temprano, vecinos de las colonias del centro volvieron a caminar y a correr por el paseo, uno de los lugares más visitados de la ciudad. El pequeño zoológico que funciona junto al río, con venados, monos araña y cocodrilos, también reabrió sus puertas.

Sergio Ruiz Bello, que vende nieves en el paseo desde hace veinte años, dijo que durante el cierre sus ventas bajaron a la mitad. "La gente viene al río los fines de semana; sin el paseo, el centro se queda vacío", comentó.

Protección Civil municipal pidió a los visitantes no bajar al cauce y respetar las zonas acordonadas, pues todavía hay trabajos pendientes en la margen opuesta del río.
----- Fin del texto -----

Para aprobarla o devolverla entra a https://cms.altasmontanashoy.example.mx/notas/44817/revisar
Este es un mensaje automático; por favor no respondas a este correo.
"""
write_source('cc23.eml', cc23, eol='crlf')
write_gold('cc23', family='wire',
           title='Orizaba reabre el paseo del río tras reparar los muros dañados por las lluvias',
           date='2015-09-23', published=False, bylines=['Claudia Rosas Fentanes'],
           source='Altas Montañas Hoy', section='Orizaba',
           body_first_words='El paseo ribereño del río Orizaba reabrió este miércoles',
           body_last_words='todavía hay trabajos pendientes en la margen opuesta del río.',
           boilerplate=['Claudia Rosas Fentanes envió una nota que está PENDIENTE DE REVISIÓN.',
                        'No se publicará hasta que un editor la apruebe.',
                        '----- Fin del texto -----',
                        'Este es un mensaje automático; por favor no respondas a este correo.'],
           must_keep=['El ayuntamiento invirtió cerca de 6 millones de pesos.',
                      'El pequeño zoológico que funciona junto al río, con venados, monos araña y cocodrilos, también reabrió sus puertas.',
                      '"La gente viene al río los fines de semana; sin el paseo, el centro se queda vacío", comentó.'])

# ---------------------------------------------------------------- cc24 jekyll (draft: no, Unix-timestamp date, Camp.)
cc24 = """---
layout: articulo
title: "Calakmul: cámaras trampa registran 14 jaguares en el corredor de la reserva"
date: 1552664400
draft: no
author: Redacción Calakmul Verde
categories: Naturaleza
site_name: Calakmul Verde
image: /assets/img/2019/jaguar-camara.jpg
---

Un programa de monitoreo con 60 cámaras trampa instaladas en ejidos de la zona de amortiguamiento de la Reserva de la Biosfera de Calakmul registró a 14 jaguares distintos durante 2018, cuatro más que en el conteo anterior, informaron los responsables del proyecto.

Las cámaras se colocaron en brechas y junto a las aguadas donde los animales bajan a beber durante la temporada seca. Cada jaguar se identifica por el patrón de sus manchas, que es único, como una huella digital.

El monitoreo lo realizan ejidatarios de Nuevo Becal, Once de Mayo y Conhuás, capacitados por biólogos de una organización civil. Los ejidatarios revisan las cámaras cada mes y reciben un pago por el trabajo, lo que según el proyecto ha reducido la cacería en la zona.

"Antes el jaguar era el que se comía los becerros; ahora la gente lo cuida porque sabe que deja más vivo que muerto", dijo Fermín Chi Ek, uno de los monitores comunitarios.

Además de los jaguares, las cámaras captaron pumas, tapires, ocelotes y pavos ocelados. Los resultados se entregarán a la dirección de la reserva para actualizar el plan de manejo.

El proyecto busca ahora financiamiento para ampliar la red de cámaras hacia los ejidos de la frontera con Guatemala, donde casi no hay información sobre la fauna.
"""
write_source('cc24.md', cc24)
write_gold('cc24', family='jekyll',
           title='Calakmul: cámaras trampa registran 14 jaguares en el corredor de la reserva',
           date='2019-03-15', bylines=[], source='Calakmul Verde', section='Naturaleza',
           body_first_words='Un programa de monitoreo con 60 cámaras trampa',
           body_last_words='donde casi no hay información sobre la fauna.',
           must_keep=['Cada jaguar se identifica por el patrón de sus manchas, que es único, como una huella digital.',
                      '"Antes el jaguar era el que se comía los becerros; ahora la gente lo cuida porque sabe que deja más vivo que muerto", dijo Fermín Chi Ek, uno de los monitores comunitarios.',
                      'Además de los jaguares, las cámaras captaron pumas, tapires, ocelotes y pavos ocelados.'])

# ---------------------------------------------------------------- cc25 wire (Joomla J2XML-style export, state -2 = papelera, Oax.)
cc25_intro = paras_html([
    'Tejedoras y tejedores de sombrero de palma de la Mixteca denunciaron que el precio que pagan los acaparadores por cada pieza bajó a cuatro pesos, lo que hace imposible vivir de un oficio que en la región practican miles de familias.',
])
cc25_full = paras_html([
    'En comunidades de Huajuapan de León, Tezoatlán y Santiago Chazumba, la palma se teje en los ratos libres, mientras se cuida a los animales o se camina al mercado. Una tejedora hábil termina cuatro o cinco sombreros al día; el acaparador los recoge en rollos y los lleva a talleres de Puebla y Guerrero, donde se planchan, se cosen y se venden hasta diez veces más caros.',
    '{loadposition publicidad-nota}',
    'Petra Sánchez López, de 64 años, aprendió a tejer a los siete. &laquo;Antes con el sombrero se compraba el maíz de la semana; ahora no alcanza ni para el jabón&raquo;, dijo durante una reunión en el atrio de la catedral de Huajuapan.',
    'Las tejedoras pidieron a las autoridades estatales apoyo para crear un centro de acopio propio y una marca colectiva que les permita vender directamente a tiendas y a compradores del extranjero. También solicitaron que la palma, que se corta en los cerros de la región, se incluya en los programas de manejo forestal.',
    'La reunión terminó con el compromiso de formar una comisión que acudirá a la capital del estado el próximo mes.',
])
cc25 = """<?xml version="1.0" encoding="UTF-8" ?>
<j2xml version="12.5.0">
<!-- Exportado por J2XML desde Noticias de la Mixteca (Joomla 2.5) -->
<!-- state: 1 = publicado, 0 = despublicado, 2 = archivado, -2 = papelera -->
<content>
<id>2291</id>
<title><![CDATA[Tejedoras de palma de la Mixteca denuncian que el sombrero se paga a cuatro pesos]]></title>
<alias><![CDATA[tejedoras-palma-mixteca-sombrero]]></alias>
<introtext><![CDATA[""" + cc25_intro + """]]></introtext>
<fulltext><![CDATA[""" + cc25_full + """]]></fulltext>
<state>-2</state>
<catid><![CDATA[noticias/mixteca]]></catid>
<category><![CDATA[Mixteca]]></category>
<created><![CDATA[2012-05-17 14:22:09]]></created>
<created_by><![CDATA[admin]]></created_by>
<created_by_alias><![CDATA[Efrén Bautista Ramírez]]></created_by_alias>
<modified><![CDATA[2013-01-08 17:40:51]]></modified>
<publish_up><![CDATA[2012-05-17 14:30:00]]></publish_up>
<publish_down><![CDATA[0000-00-00 00:00:00]]></publish_down>
<attribs><![CDATA[{"show_title":"","link_titles":"","show_intro":""}]]></attribs>
<metadesc><![CDATA[Tejedoras de sombrero de palma piden centro de acopio.]]></metadesc>
<language><![CDATA[*]]></language>
<hits>1873</hits>
</content>
</j2xml>
"""
write_source('cc25.xml', cc25)
write_gold('cc25', family='wire',
           title='Tejedoras de palma de la Mixteca denuncian que el sombrero se paga a cuatro pesos',
           date='2012-05-17', published=False, bylines=['Efrén Bautista Ramírez'],
           source='Noticias de la Mixteca', section='Mixteca',
           body_first_words='Tejedoras y tejedores de sombrero de palma de la Mixteca denunciaron',
           body_last_words='acudirá a la capital del estado el próximo mes.',
           boilerplate=['{loadposition publicidad-nota}',
                        'Tejedoras de sombrero de palma piden centro de acopio.'],
           must_keep=['Una tejedora hábil termina cuatro o cinco sombreros al día; el acaparador los recoge en rollos y los lleva a talleres de Puebla y Guerrero, donde se planchan, se cosen y se venden hasta diez veces más caros.',
                      '«Antes con el sombrero se compraba el maíz de la semana; ahora no alcanza ni para el jabón», dijo durante una reunión en el atrio de la catedral de Huajuapan.',
                      'La reunión terminó con el compromiso de formar una comisión que acudirá a la capital del estado el próximo mes.'])

# ---------------------------------------------------------------- cc26 jekyll (estado: programado, future publication date, Q. Roo)
cc26 = """---
title: "Cozumel recibirá 38 cruceros en la primera semana de mayo, récord para la temporada"
estado: programado
fecha_publicacion: "2026-05-04 07:00"
creado: 2026-04-27T18:32:00-05:00
autor: Paulina Aké Canul
categoria: Turismo
etiquetas:
  - cruceros
  - muelles
medio: Cozumel Isla Viva
---

Los tres muelles de cruceros de Cozumel recibirán esta semana 38 barcos con cerca de 110 mil pasajeros, la cifra más alta para la primera semana de mayo desde que la isla lleva registro, según el calendario de arribos de la Administración Portuaria Integral de Quintana Roo.

El día de mayor actividad será el miércoles, cuando coincidirán nueve barcos en la isla. Las autoridades municipales prepararon un operativo de tránsito en la avenida Rafael E. Melgar y en la carretera costera sur, donde se concentran los clubes de playa.

Los taxistas de la isla, que tienen la concesión exclusiva del transporte de los muelles, anunciaron que trabajarán con turnos dobles. Los comerciantes del centro esperan ventas altas, aunque se quejan de que muchos pasajeros compran paquetes de excursión desde el barco y casi no caminan por el pueblo.

Organizaciones ambientalistas recordaron que los arrecifes del sur de la isla siguen en recuperación tras el brote de la enfermedad de pérdida de tejido de coral, y pidieron limitar el número de buzos y snorkelistas por día en los sitios más visitados.

La temporada alta de cruceros en el Caribe mexicano terminará a finales de mayo, cuando las navieras trasladan parte de sus barcos a Alaska y al Mediterráneo.
"""
write_source('cc26.md', cc26)
write_gold('cc26', family='jekyll',
           title='Cozumel recibirá 38 cruceros en la primera semana de mayo, récord para la temporada',
           date='2026-05-04', published=False, bylines=['Paulina Aké Canul'],
           source='Cozumel Isla Viva', section='Turismo',
           body_first_words='Los tres muelles de cruceros de Cozumel recibirán esta semana 38 barcos',
           body_last_words='trasladan parte de sus barcos a Alaska y al Mediterráneo.',
           must_keep=['El día de mayor actividad será el miércoles, cuando coincidirán nueve barcos en la isla.',
                      'Los taxistas de la isla, que tienen la concesión exclusiva del transporte de los muelles, anunciaron que trabajarán con turnos dobles.',
                      'Organizaciones ambientalistas recordaron que los arrecifes del sur de la isla siguen en recuperación tras el brote de la enfermedad de pérdida de tejido de coral, y pidieron limitar el número de buzos y snorkelistas por día en los sitios más visitados.'])

# ---------------------------------------------------------------- cc27 press (government intake record with labels, "En revisión", Ver.)
cc27 = """SISTEMA DE GESTIÓN DE COMUNICADOS · FICHA DE BOLETÍN
Dependencia: Comisión del Agua del Estado de Veracruz
Área: Unidad de Comunicación Social
Número de boletín: CAEV/UCS/077/2021
Fecha: 19/08/2021
Estado: En revisión
Capturó: lmartinez · Revisa: jefatura de prensa
Título: CAEV restablece el suministro de agua en Tuxpan tras reparar la línea de conducción
Texto:
Xalapa, Ver., 19 de agosto de 2021.- La Comisión del Agua del Estado de Veracruz (CAEV) informó que quedó restablecido el suministro de agua potable en 32 colonias de la ciudad de Tuxpan, luego de que cuadrillas de la dependencia repararon durante la madrugada la línea de conducción de 24 pulgadas que resultó dañada por el paso del huracán Grace.

La ruptura se localizó en el cruce de la línea con el arroyo Jácome, donde la crecida arrastró parte del terraplén que la protegía. El personal trabajó durante más de 30 horas continuas para sustituir un tramo de doce metros de tubería y construir un nuevo soporte de concreto.

La oficina operadora de Tuxpan explicó que el servicio se normalizará de manera gradual durante las próximas 48 horas, primero en las partes bajas de la ciudad y después en las colonias de las lomas, donde el agua tarda más en llegar.

Mientras tanto, seguirán circulando pipas en las colonias Del Valle, Anáhuac y Jardines de Tuxpan, así como en los hospitales y albergues de la zona.

La CAEV recomendó a la población hervir el agua durante los primeros días o desinfectarla con dos gotas de cloro por litro, y reportar cualquier fuga al teléfono de atención ciudadana.
-oOo-
Unidad de Comunicación Social CAEV · Tel. 228 555 0190 · comunicacion@caev-ver.example.mx
"""
write_source('cc27.txt', cc27)
write_gold('cc27', family='press_release',
           title='CAEV restablece el suministro de agua en Tuxpan tras reparar la línea de conducción',
           date='2021-08-19', published=False, source='Comisión del Agua del Estado de Veracruz',
           bulletin_number='CAEV/UCS/077/2021', issuer='Comisión del Agua del Estado de Veracruz',
           dateline_city='Xalapa',
           body_first_words='La Comisión del Agua del Estado de Veracruz (CAEV) informó que quedó restablecido',
           body_last_words='reportar cualquier fuga al teléfono de atención ciudadana.',
           boilerplate=['Xalapa, Ver., 19 de agosto de 2021.-', '-oOo-',
                        'Unidad de Comunicación Social CAEV · Tel. 228 555 0190 · comunicacion@caev-ver.example.mx',
                        'Capturó: lmartinez · Revisa: jefatura de prensa'],
           must_keep=['La ruptura se localizó en el cruce de la línea con el arroyo Jácome, donde la crecida arrastró parte del terraplén que la protegía.',
                      'Mientras tanto, seguirán circulando pipas en las colonias Del Valle, Anáhuac y Jardines de Tuxpan, así como en los hospitales y albergues de la zona.',
                      'La CAEV recomendó a la población hervir el agua durante los primeros días o desinfectarla con dos gotas de cloro por litro, y reportar cualquier fuga al teléfono de atención ciudadana.'])

# ---------------------------------------------------------------- cc28 generic (Google Docs "Download as Markdown": escapes, bold, list)
cc28 = """# Temporada de huracanes en Yucatán: qué preparar antes de que llegue el primer aviso

La temporada de huracanes en el Atlántico comienza el 1 de junio y termina el 30 de noviembre, pero en la península los meses de mayor riesgo suelen ser septiembre y octubre\\. Prepararse con tiempo evita las filas de última hora en supermercados y ferreterías\\.

**Antes de la temporada**

Revisa el techo, las ventanas y los árboles que estén cerca de la casa\\. Las ramas secas y las láminas sueltas son las primeras que el viento convierte en proyectiles\\. Si vives en la costa, en Progreso, Celestún o Río Lagartos, averigua cuál es el refugio temporal más cercano y cómo llegar a él\\.

**La mochila de emergencia**

Guarda en una bolsa impermeable copias de actas, credenciales y escrituras\\. Agrega una lámpara con pilas, un radio, un botiquín, los medicamentos que tomes todos los días y algo de efectivo, porque después de un huracán los cajeros y las terminales de pago pueden dejar de funcionar\\.

1\\. Agua: calcula cuatro litros por persona por día, para al menos tres días\\.  
2\\. Comida: latas, galletas y alimentos que no necesiten cocinarse\\.  
3\\. Mascotas: croquetas, agua y una correa o transportadora\\.

**Cuando llega el aviso**

Sigue sólo la información oficial de Protección Civil y del Servicio Meteorológico Nacional, y desconfía de las cadenas que circulan por mensajería\\. Si las autoridades piden evacuar, hazlo de inmediato: las casas se reparan, las vidas no\\.
"""
write_source('cc28.md', cc28)
write_gold('cc28', family='generic',
           title='Temporada de huracanes en Yucatán: qué preparar antes de que llegue el primer aviso',
           body_first_words='La temporada de huracanes en el Atlántico comienza el 1 de junio',
           body_last_words='las casas se reparan, las vidas no.',
           must_keep=['Las ramas secas y las láminas sueltas son las primeras que el viento convierte en proyectiles.',
                      'Agua: calcula cuatro litros por persona por día, para al menos tres días.',
                      'Si las autoridades piden evacuar, hazlo de inmediato: las casas se reparan, las vidas no.'])

# ---------------------------------------------------------------- cc29 jekyll (cp1252, CRLF, Spanish keys, estatus: publicado, day-first date)
cc29 = """---
titulo: Los Pejelagartos de Nacajuca ganan su primer campeonato de la Liga Chontalpa
fecha: 20/11/2008
autor: Manuel Ovando Torruco
seccion: Deportes
etiquetas: [béisbol, Nacajuca, Liga Chontalpa]
estatus: publicado
sitio: Gradas del Sureste
---

Los Pejelagartos de Nacajuca conquistaron anoche su primer campeonato de la Liga Chontalpa de béisbol, al vencer 6–4 a los Cañeros de Cárdenas en el séptimo juego de la serie final, ante un estadio municipal lleno hasta las bardas.

El partido se decidió en la octava entrada, cuando con dos outs y las bases llenas el jardinero Eliseo de la Cruz conectó un doble por el jardín derecho que remolcó tres carreras. Los Cañeros alcanzaron a anotar una en la novena, pero el cerrador Ángel Hernández ponchó al último bateador con una recta por encima de las 90 millas.

Al terminar el juego, cientos de aficionados bajaron al terreno y cargaron en hombros a los peloteros. El mánager Julio César Torres dedicó el título a los pescadores y campesinos de Nacajuca que durante la temporada viajaron en camión a todos los juegos de visita…

La Liga Chontalpa, que reúne a ocho equipos de Cárdenas, Comalcalco, Cunduacán, Huimanguillo, Paraíso y Nacajuca, se juega los fines de semana y muchos de sus peloteros trabajan entre semana en el campo o en la industria petrolera.

El equipo campeón representará a la región en el torneo estatal de diciembre en Villahermosa.
"""
write_source('cc29.md', cc29, enc='cp1252', eol='crlf')
write_gold('cc29', family='jekyll',
           title='Los Pejelagartos de Nacajuca ganan su primer campeonato de la Liga Chontalpa',
           date='2008-11-20', bylines=['Manuel Ovando Torruco'], source='Gradas del Sureste',
           section='Deportes',
           body_first_words='Los Pejelagartos de Nacajuca conquistaron anoche su primer campeonato',
           body_last_words='en el torneo estatal de diciembre en Villahermosa.',
           must_keep=['El partido se decidió en la octava entrada, cuando con dos outs y las bases llenas el jardinero Eliseo de la Cruz conectó un doble por el jardín derecho que remolcó tres carreras.',
                      'Al terminar el juego, cientos de aficionados bajaron al terreno y cargaron en hombros a los peloteros.',
                      'El equipo campeón representará a la región en el torneo estatal de diciembre en Villahermosa.'])

# ---------------------------------------------------------------- cc30 bad (WXR export cut off before any content)
cc30 = """<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>Puerto Morelos Informa</title>
\t<link>https://puertomorelosinforma.example.mx</link>
\t<description>Noticias de Puerto Morelos</description>
\t<pubDate>Sat, 14 Mar 2020 02:11:40 +0000</pubDate>
\t<language>es-MX</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<item>
\t\t<title>Pescadores de Puerto Morelos piden ampliar la zona de refugio del arrecife</title>
\t\t<link>https://puertomorelosinforma.example.mx/2020/03/13/pescadores-piden-ampliar-refu"""
write_source('cc30.xml', cc30)
write_gold('cc30', family='bad',
           refusal_reason='El XML está truncado: termina dentro de la primera nota, antes de su contenido.')
