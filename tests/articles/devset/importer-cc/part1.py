#!/usr/bin/env python3
"""importer-cc, files 01-10."""
import base64, json
from common import write_source, write_gold, NBSP, paras_html, php_json

# ---------------------------------------------------------------- cc01 jekyll (Hugo, TOML, draft = true)
cc01 = """+++
title = "Villahermosa estrena ciclovía sobre el malecón Carlos A. Madrazo"
slug = "villahermosa-ciclovia-malecon"
date = 2021-08-14T09:30:00-05:00
lastmod = 2021-08-16T12:02:00-05:00
draft = true
authors = ["Karla Dagdug Priego"]
categories = ["Ciudad"]
tags = ["movilidad", "bicicleta", "Grijalva"]
description = '''
Cinco kilómetros de carril confinado
entre el puente Grijalva I y la Zona Luz.'''

[params]
  imagen = "/img/2021/08/ciclovia-malecon.jpg"
  destacado = false
+++

La capital tabasqueña tiene desde este sábado su primera ciclovía confinada a la orilla del río: un carril de doble sentido de cinco kilómetros que corre sobre el malecón Carlos A. Madrazo, desde el puente Grijalva I hasta la entrada de la Zona Luz.

La obra, que costó 21 millones de pesos, separa a los ciclistas del tráfico con bolardos de concreto y una franja de pintura verde. En los cruces con las calles que bajan al río se instalaron semáforos con botón para peatones y ciclistas.

{{< figure src="/img/2021/08/ciclovia-malecon.jpg" caption="El nuevo carril frente al río Grijalva. Foto: Karla Dagdug" >}}

Durante la primera mañana, decenas de familias salieron a rodar antes de que apretara el calor. Don Eleazar Jiménez, que repara bicicletas desde hace treinta años en la colonia Gil y Sáenz, dijo que nunca había visto tantas en el centro. "Aquí todos usamos la bici para ir al trabajo, pero por la banqueta, porque en la calle te avientan el carro", comentó.

Colectivos ciclistas celebraron la obra, aunque advirtieron que el carril termina de golpe en la Zona Luz y que no conecta con las colonias donde vive la mayoría de quienes pedalean a diario, como Tamulté de las Barrancas o Casa Blanca.

El ayuntamiento respondió que en 2022 se licitará una segunda etapa hacia Tabasco 2000 y que la vigilancia del carril quedará a cargo de la policía municipal, que patrullará en bicicleta por las tardes.
"""
write_source('cc01.md', cc01)
write_gold('cc01', family='jekyll',
           title='Villahermosa estrena ciclovía sobre el malecón Carlos A. Madrazo',
           date='2021-08-14', published=False, bylines=['Karla Dagdug Priego'], section='Ciudad',
           body_first_words='La capital tabasqueña tiene desde este sábado su primera ciclovía confinada',
           body_last_words='que patrullará en bicicleta por las tardes.',
           boilerplate=['El nuevo carril frente al río Grijalva. Foto: Karla Dagdug'],
           must_keep=['En los cruces con las calles que bajan al río se instalaron semáforos con botón para peatones y ciclistas.',
                      'Don Eleazar Jiménez, que repara bicicletas desde hace treinta años en la colonia Gil y Sáenz, dijo que nunca había visto tantas en el centro.',
                      'El ayuntamiento respondió que en 2022 se licitará una segunda etapa hacia Tabasco 2000 y que la vigilancia del carril quedará a cargo de la policía municipal, que patrullará en bicicleta por las tardes.'],
           photo_credit='Karla Dagdug')

# ---------------------------------------------------------------- cc02 wire (WordPress WXR, publish, Yuc.)
cc02_content = """[caption id="attachment_20417" align="aligncenter" width="1024"]<img class="size-large wp-image-20417" src="https://elfarodeprogreso.example.mx/wp-content/uploads/2018/06/muelle.jpg" alt="" width="1024" height="683" /> Foto: Archivo El Faro de Progreso[/caption]

Pescadores de Progreso y de Chicxulub Puerto denunciaron ante la Capitanía de Puerto que al menos nueve embarcaciones ribereñas fueron golpeadas esta semana por barcos de mayor calado que pescan mero dentro de la franja reservada para la flota artesanal.

Según los afectados, los incidentes ocurrieron de noche, entre las 8 y las 15 millas de la costa, donde las lanchas de fibra de vidrio trabajan con palangre. En dos casos los pescadores perdieron todo el equipo y tuvieron que ser remolcados de regreso al puerto.

Gaspar Euán Chan, que encabeza una de las cooperativas de la zona, explicó que la temporada de mero abrió con buenos precios y que eso atrajo a embarcaciones de otros puertos. &#8220;Nos echan las luces encima y no se mueven, como si el mar fuera de ellos&#8221;, dijo. Lee también: Inicia veda de pulpo rojo en la península con vigilancia en 14 puertos Los pescadores pidieron que la Secretaría de Marina aumente los recorridos nocturnos.

La Capitanía de Puerto confirmó que recibió las denuncias y que abrió expedientes para identificar a los barcos involucrados mediante sus registros de localización satelital.

Las cooperativas anunciaron que, si no hay respuesta en quince días, se manifestarán con sus lanchas frente al muelle de altura, como lo hicieron en 2015."""
cc02 = """<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<!-- generator="WordPress/4.9.8" created="2018-09-03 10:41" -->
<rss version="2.0"
\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:wp="http://wordpress.org/export/1.2/"
>

<channel>
\t<title>El Faro de Progreso</title>
\t<link>https://elfarodeprogreso.example.mx</link>
\t<description>Noticias del puerto y la costa yucateca</description>
\t<pubDate>Mon, 03 Sep 2018 15:41:08 +0000</pubDate>
\t<language>es-MX</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>https://elfarodeprogreso.example.mx</wp:base_site_url>
\t<wp:base_blog_url>https://elfarodeprogreso.example.mx</wp:base_blog_url>

\t<wp:author><wp:author_id>3</wp:author_id><wp:author_login><![CDATA[mjcanul]]></wp:author_login><wp:author_email><![CDATA[mjcanul@elfarodeprogreso.example.mx]]></wp:author_email><wp:author_display_name><![CDATA[María José Canul Tzec]]></wp:author_display_name><wp:author_first_name><![CDATA[María José]]></wp:author_first_name><wp:author_last_name><![CDATA[Canul Tzec]]></wp:author_last_name></wp:author>

\t<wp:category><wp:term_id>4</wp:term_id><wp:category_nicename><![CDATA[portada]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Portada]]></wp:cat_name></wp:category>
\t<wp:category><wp:term_id>9</wp:term_id><wp:category_nicename><![CDATA[costa]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Costa]]></wp:cat_name></wp:category>

\t<generator>https://wordpress.org/?v=4.9.8</generator>

\t<item>
\t\t<title>Pescadores de Progreso denuncian choques con barcos de mediana altura en la zona ribereña</title>
\t\t<link>https://elfarodeprogreso.example.mx/2018/06/11/pescadores-denuncian-choques/</link>
\t\t<pubDate>Tue, 12 Jun 2018 01:15:00 +0000</pubDate>
\t\t<dc:creator><![CDATA[mjcanul]]></dc:creator>
\t\t<guid isPermaLink="false">https://elfarodeprogreso.example.mx/?p=20416</guid>
\t\t<description></description>
\t\t<content:encoded><![CDATA[""" + cc02_content + """]]></content:encoded>
\t\t<excerpt:encoded><![CDATA[Nueve lanchas dañadas en una semana, según las cooperativas.]]></excerpt:encoded>
\t\t<wp:post_id>20416</wp:post_id>
\t\t<wp:post_date><![CDATA[2018-06-11 20:15:00]]></wp:post_date>
\t\t<wp:post_date_gmt><![CDATA[2018-06-12 01:15:00]]></wp:post_date_gmt>
\t\t<wp:comment_status><![CDATA[open]]></wp:comment_status>
\t\t<wp:ping_status><![CDATA[open]]></wp:ping_status>
\t\t<wp:post_name><![CDATA[pescadores-denuncian-choques]]></wp:post_name>
\t\t<wp:status><![CDATA[publish]]></wp:status>
\t\t<wp:post_parent>0</wp:post_parent>
\t\t<wp:menu_order>0</wp:menu_order>
\t\t<wp:post_type><![CDATA[post]]></wp:post_type>
\t\t<wp:post_password><![CDATA[]]></wp:post_password>
\t\t<wp:is_sticky>0</wp:is_sticky>
\t\t<category domain="category" nicename="portada"><![CDATA[Portada]]></category>
\t\t<category domain="category" nicename="costa"><![CDATA[Costa]]></category>
\t\t<category domain="post_tag" nicename="pesca"><![CDATA[pesca]]></category>
\t\t<category domain="post_tag" nicename="mero"><![CDATA[mero]]></category>
\t\t<wp:postmeta>
\t\t\t<wp:meta_key><![CDATA[_thumbnail_id]]></wp:meta_key>
\t\t\t<wp:meta_value><![CDATA[20417]]></wp:meta_value>
\t\t</wp:postmeta>
\t</item>
</channel>
</rss>
"""
write_source('cc02.xml', cc02)
write_gold('cc02', family='wire',
           title='Pescadores de Progreso denuncian choques con barcos de mediana altura en la zona ribereña',
           date='2018-06-11', bylines=['María José Canul Tzec'], source='El Faro de Progreso',
           section='Costa', placement=['Portada'],
           body_first_words='Pescadores de Progreso y de Chicxulub Puerto denunciaron ante la Capitanía de Puerto',
           body_last_words='frente al muelle de altura, como lo hicieron en 2015.',
           boilerplate=['Foto: Archivo El Faro de Progreso',
                        'Lee también: Inicia veda de pulpo rojo en la península con vigilancia en 14 puertos',
                        'Nueve lanchas dañadas en una semana, según las cooperativas.'],
           must_keep=['“Nos echan las luces encima y no se mueven, como si el mar fuera de ellos”, dijo.',
                      'Los pescadores pidieron que la Secretaría de Marina aumente los recorridos nocturnos.',
                      'En dos casos los pescadores perdieron todo el equipo y tuvieron que ser remolcados de regreso al puerto.'],
           photo_credit='Archivo El Faro de Progreso')

# ---------------------------------------------------------------- cc03 press (WordPress WXR of a state health office, Camp.)
cc03_content = paras_html([
    '<strong>San Francisco de Campeche, Campeche, 14 de febrero de 2023.-</strong> La Secretaría de Salud del Estado de Campeche inició la campaña de descacharrización en los once municipios de la entidad, con el propósito de eliminar criaderos del mosquito transmisor del dengue, zika y chikungunya antes del inicio de la temporada de lluvias.',
    'Brigadas de la dependencia, en coordinación con los ayuntamientos, recorrerán colonias y comunidades para recoger llantas, cubetas, botellas y cualquier recipiente que acumule agua. En la capital, los primeros recorridos se harán en los barrios de San Román, Santa Ana y Santa Lucía, así como en las colonias del norte de la ciudad.',
    'El director de Salud Pública, doctor Efraín Herrera Cu, informó que el año pasado se confirmaron en el estado 214 casos de dengue, la mayoría en Ciudad del Carmen, Champotón y Escárcega. &ldquo;Nueve de cada diez criaderos que encontramos están dentro de las casas o en los patios&rdquo;, explicó.',
    'La Secretaría pidió a la población tapar los depósitos de agua, voltear las cubetas, cambiar cada tercer día el agua de floreros y bebederos de animales, y permitir el paso del personal acreditado, que porta uniforme y credencial.',
    'Quienes presenten fiebre, dolor de cabeza intenso, dolor detrás de los ojos o dolor en las articulaciones deberán acudir a su centro de salud y evitar automedicarse.',
    '<em>Comunicación Social &middot; Tel. 981 555 0148 &middot; prensa@salud-campeche.example.mx</em>',
])
cc03 = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Secretaría de Salud del Estado de Campeche</title>
<link>https://salud-campeche.example.mx/sala-de-prensa</link>
<description>Sala de prensa &#8211; Boletines oficiales</description>
<pubDate>Thu, 02 Mar 2023 17:20:44 +0000</pubDate>
<language>es</language>
<wp:wxr_version>1.2</wp:wxr_version>
<item>
<title>Arranca campaña estatal de descacharrización contra el dengue en los once municipios</title>
<link>https://salud-campeche.example.mx/sala-de-prensa/2023/02/14/arranca-campana-descacharrizacion/</link>
<pubDate>Tue, 14 Feb 2023 19:05:00 +0000</pubDate>
<dc:creator><![CDATA[comsoc_salud]]></dc:creator>
<guid isPermaLink="false">https://salud-campeche.example.mx/sala-de-prensa/?p=8813</guid>
<description></description>
<content:encoded><![CDATA[""" + cc03_content + """]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>8813</wp:post_id>
<wp:post_date><![CDATA[2023-02-14 13:05:00]]></wp:post_date>
<wp:post_date_gmt><![CDATA[2023-02-14 19:05:00]]></wp:post_date_gmt>
<wp:post_name><![CDATA[arranca-campana-descacharrizacion]]></wp:post_name>
<wp:status><![CDATA[publish]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="category" nicename="boletines"><![CDATA[Boletines]]></category>
<wp:postmeta>
<wp:meta_key><![CDATA[numero_boletin]]></wp:meta_key>
<wp:meta_value><![CDATA[SSC/CS/045/2023]]></wp:meta_value>
</wp:postmeta>
<wp:postmeta>
<wp:meta_key><![CDATA[_yoast_wpseo_metadesc]]></wp:meta_key>
<wp:meta_value><![CDATA[Campaña de descacharrización 2023 en Campeche.]]></wp:meta_value>
</wp:postmeta>
</item>
</channel>
</rss>
"""
write_source('cc03.xml', cc03)
write_gold('cc03', family='press_release',
           title='Arranca campaña estatal de descacharrización contra el dengue en los once municipios',
           date='2023-02-14', source='Secretaría de Salud del Estado de Campeche',
           bulletin_number='SSC/CS/045/2023', issuer='Secretaría de Salud del Estado de Campeche',
           dateline_city='San Francisco de Campeche',
           body_first_words='La Secretaría de Salud del Estado de Campeche inició la campaña de descacharrización',
           body_last_words='deberán acudir a su centro de salud y evitar automedicarse.',
           boilerplate=['San Francisco de Campeche, Campeche, 14 de febrero de 2023.-',
                        'Comunicación Social · Tel. 981 555 0148 · prensa@salud-campeche.example.mx',
                        'Campaña de descacharrización 2023 en Campeche.'],
           must_keep=['“Nueve de cada diez criaderos que encontramos están dentro de las casas o en los patios”, explicó.',
                      'En la capital, los primeros recorridos se harán en los barrios de San Román, Santa Ana y Santa Lucía, así como en las colonias del norte de la ciudad.',
                      'Quienes presenten fiebre, dolor de cabeza intenso, dolor detrás de los ojos o dolor en las articulaciones deberán acudir a su centro de salud y evitar automedicarse.'])

# ---------------------------------------------------------------- cc04 jekyll (Hugo, JSON front matter without fences)
cc04 = """{
    "title": "Cenote Zací: el ayuntamiento de Valladolid cierra el acceso para limpiar el fondo",
    "date": "2019-02-03",
    "draft": false,
    "author": "Jazmín Uc Balam",
    "categories": ["Portada", "Medio ambiente"],
    "tags": ["cenotes", "Valladolid", "turismo"],
    "description": "Buzos retirarán basura acumulada durante décadas",
    "images": ["/fotos/2019/zaci.jpg"]
}

El cenote Zací, a tres cuadras del parque principal de Valladolid, permanecerá cerrado a los visitantes durante seis semanas mientras un equipo de buzos retira del fondo la basura acumulada durante décadas, informó el ayuntamiento.

Los trabajos comenzaron el viernes con una inspección en la que participaron espeleobuzos de Mérida y personal de la Dirección de Ecología municipal. En la primera inmersión encontraron botellas de vidrio, llantas, restos de una motocicleta y cientos de monedas que los turistas arrojan desde la orilla.

El cenote es una de las cavernas semiabiertas más visitadas del oriente de Yucatán: recibe cerca de 900 personas al día en temporada alta. Los restauranteros que trabajan junto a la entrada aceptaron el cierre, aunque pidieron que no se prolongue hasta la Semana Santa.

El biólogo Ismael Pech Ku, que coordina los trabajos, explicó que la basura no sólo afecta el paisaje. "Los plásticos y los metales se van degradando y terminan en el agua que luego llega a los pozos de la ciudad", señaló.

Cuando reabra, el cenote tendrá un nuevo reglamento: se prohibirá el uso de bloqueador solar que no sea biodegradable y se limitará el número de nadadores a cuarenta por turno.
"""
write_source('cc04.md', cc04)
write_gold('cc04', family='jekyll',
           title='Cenote Zací: el ayuntamiento de Valladolid cierra el acceso para limpiar el fondo',
           date='2019-02-03', bylines=['Jazmín Uc Balam'], section='Medio ambiente', placement=['Portada'],
           body_first_words='El cenote Zací, a tres cuadras del parque principal de Valladolid',
           body_last_words='se limitará el número de nadadores a cuarenta por turno.',
           boilerplate=['Buzos retirarán basura acumulada durante décadas'],
           must_keep=['En la primera inmersión encontraron botellas de vidrio, llantas, restos de una motocicleta y cientos de monedas que los turistas arrojan desde la orilla.',
                      'Los restauranteros que trabajan junto a la entrada aceptaron el cierre, aunque pidieron que no se prolongue hasta la Semana Santa.',
                      '"Los plásticos y los metales se van degradando y terminan en el agua que luego llega a los pozos de la ciudad", señaló.'])

# ---------------------------------------------------------------- cc05 wire (Ghost JSON export, status draft, Q. Roo)
cc05_html = (
    '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="__GHOST_URL__/content/images/2020/09/sargazo-playa.jpg" class="kg-image" alt loading="lazy" width="1600" height="1067"><figcaption>Foto: Archivo Bitácora Caribe</figcaption></figure>'
    + paras_html([
        'La Secretaría de Marina retiró en las dos primeras semanas de septiembre más de 2 mil toneladas de sargazo de las playas de Playa del Carmen, Puerto Morelos y Tulum, la mayor cantidad para ese periodo desde que comenzó el monitoreo en 2018.',
        'Las barreras flotantes instaladas frente a Punta Esmeralda y Playacar contuvieron parte del alga, pero los pescadores de la zona aseguran que el sargazo rodea las barreras con el oleaje y termina varado de todos modos en la arena.',
        'Hoteleros de la Riviera Maya reconocieron que algunos huéspedes cancelaron sus estancias o pidieron cambio de destino a Cozumel. &quot;La gente ve las fotos en redes y piensa que toda la costa está igual, cuando hay playas completamente limpias&quot;, dijo Adriana Castellanos, gerente de un hotel en la Quinta Avenida.',
        'Científicos de la Unidad Académica de Sistemas Arrecifales de la UNAM advirtieron que la descomposición del alga en la orilla reduce el oxígeno del agua y afecta a los pastos marinos y a las tortugas que anidan en esta temporada.',
        'El semáforo de sargazo que publica el gobierno del estado mantiene en rojo las playas del norte de Tulum y en naranja las de Playa del Carmen. Para octubre se espera que los arribos disminuyan con la llegada de los primeros nortes.',
    ]))
cc05_obj = {
    "db": [{
        "meta": {"exported_on": 1600443611000, "version": "3.33.0"},
        "data": {
            "posts": [{
                "id": "5f64d1b7c2a14e0017a3f2e1",
                "uuid": "c1a7e1f2-4b4f-4c55-9d3e-5f1f6c2b9a10",
                "title": "Marina retira 2 mil toneladas de sargazo en la Riviera Maya en dos semanas",
                "slug": "marina-retira-sargazo-riviera-maya",
                "mobiledoc": None,
                "html": cc05_html,
                "comment_id": "5f64d1b7c2a14e0017a3f2e1",
                "feature_image": None,
                "featured": 0,
                "type": "post",
                "status": "draft",
                "locale": None,
                "visibility": "public",
                "email_recipient_filter": "none",
                "created_at": "2020-09-18T15:20:11.000Z",
                "updated_at": "2020-09-18T16:02:45.000Z",
                "published_at": None,
                "custom_excerpt": "El alga rodea las barreras y llega a la arena, dicen pescadores.",
                "codeinjection_head": None,
                "canonical_url": None,
            }],
            "users": [
                {"id": "1", "name": "Equipo Bitácora Caribe", "slug": "equipo", "email": "admin@bitacoracaribe.example.mx", "status": "active"},
                {"id": "5f3c0a9e8b1d2e0017c4d7a2", "name": "Renata Pech Couoh", "slug": "renata", "email": "renata@bitacoracaribe.example.mx", "status": "active"},
            ],
            "posts_authors": [
                {"id": "5f64d1b7c2a14e0017a3f2e2", "post_id": "5f64d1b7c2a14e0017a3f2e1", "author_id": "5f3c0a9e8b1d2e0017c4d7a2", "sort_order": 0},
            ],
            "tags": [],
            "posts_tags": [],
            "settings": [
                {"id": "5f1a0b", "group": "site", "key": "title", "value": "Bitácora Caribe", "type": "string"},
                {"id": "5f1a0c", "group": "site", "key": "timezone", "value": "America/Cancun", "type": "string"},
            ],
        },
    }]
}
write_source('cc05.json', json.dumps(cc05_obj, ensure_ascii=False, indent=2) + '\n')
write_gold('cc05', family='wire',
           title='Marina retira 2 mil toneladas de sargazo en la Riviera Maya en dos semanas',
           date=None, published=False, bylines=['Renata Pech Couoh'], source='Bitácora Caribe',
           body_first_words='La Secretaría de Marina retiró en las dos primeras semanas de septiembre',
           body_last_words='con la llegada de los primeros nortes.',
           boilerplate=['Foto: Archivo Bitácora Caribe',
                        'El alga rodea las barreras y llega a la arena, dicen pescadores.'],
           must_keep=['"La gente ve las fotos en redes y piensa que toda la costa está igual, cuando hay playas completamente limpias", dijo Adriana Castellanos, gerente de un hotel en la Quinta Avenida.',
                      'El semáforo de sargazo que publica el gobierno del estado mantiene en rojo las playas del norte de Tulum y en naranja las de Playa del Carmen.',
                      'Las barreras flotantes instaladas frente a Punta Esmeralda y Playacar contuvieron parte del alga, pero los pescadores de la zona aseguran que el sargazo rodea las barreras con el oleaje y termina varado de todos modos en la arena.'],
           photo_credit='Archivo Bitácora Caribe')

# ---------------------------------------------------------------- cc06 generic (Google Docs .txt: BOM + CRLF, BORRADOR header)
cc06 = """ESTADO: BORRADOR · NO PUBLICAR TODAVÍA
Notas para edición: faltan fotos de la procesión; confirmar con Turismo municipal la cifra de visitantes.

Tlacotalpan se prepara para las fiestas de la Candelaria con el río más bajo en una década

A dos semanas de las fiestas de la Virgen de la Candelaria, el río Papaloapan corre frente a Tlacotalpan con el nivel más bajo que recuerdan los lancheros en por lo menos diez años, y eso tiene preocupados a los organizadores de la procesión fluvial.

La imagen de la Virgen recorre cada 2 de febrero el río a bordo de una embarcación adornada, seguida por decenas de lanchas. Este año, los capitanes de las embarcaciones más grandes temen quedar varados en los bancos de arena que aparecieron frente al malecón.

"Con el agua así, la lancha de la Virgen tiene que ir por el centro y las demás detrás, en fila, sin salirse", explicó Rigoberto Tenorio, que ha llevado el timón de la procesión durante doce años.

En el pueblo, mientras tanto, los preparativos siguen como siempre. Las familias pintan las fachadas de colores, los jaraneros ensayan en los portales para el encuentro de son jarocho y en los patios se engordan los toros para la tradicional pamplonada, que cada año genera protestas de organizaciones defensoras de los animales.

Los hoteles y casas de huéspedes están llenos desde diciembre. Muchos vecinos rentan cuartos o ponen casas de campaña en los patios para quienes llegan de Veracruz, Xalapa y la Ciudad de México.

Protección Civil estatal enviará una brigada a revisar el recorrido fluvial tres días antes de la fiesta.
"""
write_source('cc06.txt', cc06, eol='crlf', bom=True)
write_gold('cc06', family='generic',
           title='Tlacotalpan se prepara para las fiestas de la Candelaria con el río más bajo en una década',
           published=False,
           body_first_words='A dos semanas de las fiestas de la Virgen de la Candelaria',
           body_last_words='revisar el recorrido fluvial tres días antes de la fiesta.',
           boilerplate=['ESTADO: BORRADOR · NO PUBLICAR TODAVÍA',
                        'Notas para edición: faltan fotos de la procesión; confirmar con Turismo municipal la cifra de visitantes.'],
           must_keep=['Este año, los capitanes de las embarcaciones más grandes temen quedar varados en los bancos de arena que aparecieron frente al malecón.',
                      'Los hoteles y casas de huéspedes están llenos desde diciembre.',
                      'Protección Civil estatal enviará una brigada a revisar el recorrido fluvial tres días antes de la fiesta.'])

# ---------------------------------------------------------------- cc07 bad (Strapi entry: metadata only, empty body)
cc07_obj = {"data": {"id": 88, "attributes": {
    "titulo": "Juchitán reabre el mercado 5 de Septiembre tras su reconstrucción",
    "slug": "juchitan-reabre-mercado",
    "balazo": None,
    "cuerpo": "",
    "fecha": "2021-02-11",
    "createdAt": "2021-02-11T18:02:13.551Z",
    "updatedAt": "2021-02-11T18:02:13.551Z",
    "publishedAt": "2021-02-11T18:10:00.000Z",
    "portada": {"data": None},
    "autor": {"data": {"id": 4, "attributes": {"nombre": "Redacción Pulso Istmeño"}}},
}}, "meta": {}}
write_source('cc07.json', json.dumps(cc07_obj, ensure_ascii=False, indent=2) + '\n')
write_gold('cc07', family='bad',
           refusal_reason='La exportación sólo trae metadatos (título, fecha, autor); el campo del cuerpo está vacío.')

# ---------------------------------------------------------------- cc08 wire (Strapi v4 entry, one line, \\u escapes, Chis.)
cc08_body = """![Solicitantes de refugio frente a las oficinas de la Comar](/uploads/comar_tapachula_2022_8f3a1c.jpg)
*Foto: Especial*

Más de 3 mil personas migrantes hicieron fila desde la madrugada de este jueves frente a las oficinas de la Comisión Mexicana de Ayuda a Refugiados (Comar) en Tapachula, luego de que se corrió el rumor de que se entregarían documentos de tránsito a quienes se presentaran antes del fin de semana.

La fila se extendió por más de un kilómetro sobre la avenida Central Oriente. Familias de Venezuela, Haití, Honduras y Cuba durmieron en la banqueta con cartones y mantas, y algunos comerciantes vendieron café y tamales a quienes esperaban.

Personal de la Comar informó a través de un altavoz que no habría entrega masiva de documentos y que las citas se asignan únicamente por el sistema en línea. Te puede interesar: Cierran albergue temporal en el parque Bicentenario por saturación La aclaración provocó empujones y gritos, y elementos de la Guardia Nacional formaron una valla frente a la puerta.

Organizaciones civiles que acompañan a las personas solicitantes de refugio señalaron que la espera para obtener una cita supera los tres meses y que muchas familias ya no tienen dinero para pagar renta en la ciudad.

Al mediodía, la mayoría se retiró a los parques del centro, aunque un grupo de unas 200 personas permaneció en el lugar con la intención de pasar ahí la noche."""
cc08_obj = {"data": {"id": 412, "attributes": {
    "titulo": "Miles de migrantes hacen fila frente a la Comar en Tapachula por un rumor de documentos",
    "slug": "migrantes-fila-comar-tapachula",
    "balazo": "La dependencia aclaró que no habrá entrega masiva de permisos",
    "cuerpo": cc08_body,
    "fecha": "2022-11-03",
    "createdAt": "2022-11-03T16:58:40.112Z",
    "updatedAt": "2022-11-03T17:05:12.481Z",
    "publishedAt": "2022-11-03T17:05:12.481Z",
    "locale": "es-MX",
    "autor": {"data": {"id": 9, "attributes": {"nombre": "Óscar Velázquez Gálvez", "cargo": "Reportero"}}},
    "seccion": {"data": {"id": 3, "attributes": {"nombre": "Frontera", "slug": "frontera"}}},
    "medio": {"data": {"id": 1, "attributes": {"nombre": "Diario Fronterizo del Sur"}}},
}}, "meta": {}}
write_source('cc08.json', php_json(cc08_obj))
write_gold('cc08', family='wire',
           title='Miles de migrantes hacen fila frente a la Comar en Tapachula por un rumor de documentos',
           date='2022-11-03', bylines=['Óscar Velázquez Gálvez'], source='Diario Fronterizo del Sur',
           section='Frontera',
           body_first_words='Más de 3 mil personas migrantes hicieron fila desde la madrugada de este jueves',
           body_last_words='con la intención de pasar ahí la noche.',
           boilerplate=['Foto: Especial',
                        'Te puede interesar: Cierran albergue temporal en el parque Bicentenario por saturación',
                        'La dependencia aclaró que no habrá entrega masiva de permisos'],
           must_keep=['Personal de la Comar informó a través de un altavoz que no habría entrega masiva de documentos y que las citas se asignan únicamente por el sistema en línea.',
                      'La aclaración provocó empujones y gritos, y elementos de la Guardia Nacional formaron una valla frente a la puerta.',
                      'La fila se extendió por más de un kilómetro sobre la avenida Central Oriente.'],
           photo_credit='Especial')

# ---------------------------------------------------------------- cc09 jekyll (Spanish keys, estado: borrador, Chis.)
cc09 = """---
layout: nota
titulo: "San Cristóbal: los telares de cintura vuelven a los mercados con precio justo"
fecha: 12 de marzo de 2016
autor: Mateo Gómez Díaz
seccion: Cultura
etiquetas: [textiles, Zinacantán, Chamula]
estado: borrador
sitio: Cuaderno de Los Altos
---

Un grupo de 60 tejedoras de Zinacantán, Chamula y Tenejapa abrió esta semana un local en el mercado de artesanías de Santo Domingo, en San Cristóbal de las Casas, donde venden sus prendas con una etiqueta que indica cuántas horas de trabajo llevó cada pieza y cuánto recibe la artesana.

La idea surgió después de años de regateo con turistas e intermediarios. "Un huipil bordado lleva tres meses y nos querían pagar 400 pesos", cuenta María Hernández Pérez, una de las fundadoras de la cooperativa, mientras termina una faja en el telar de cintura que lleva amarrado a un poste.

Las etiquetas están escritas en tsotsil, español e inglés. En ellas se explica también el significado de los dibujos: las flores de Zinacantán, que cambian de color según la moda de cada año, o los rombos que representan el universo en los tejidos de Tenejapa.

Los precios son más altos que en los puestos vecinos, pero las tejedoras dicen que los compradores los aceptan cuando entienden el trabajo que hay detrás. En la primera semana vendieron casi todas las blusas que llevaron.

Una organización de la ciudad les ayudó a abrir una tienda en línea, aunque las artesanas prefieren vender en persona. "Queremos que la gente nos vea tejer", dice María.
"""
write_source('cc09.md', cc09)
write_gold('cc09', family='jekyll',
           title='San Cristóbal: los telares de cintura vuelven a los mercados con precio justo',
           date='2016-03-12', published=False, bylines=['Mateo Gómez Díaz'],
           source='Cuaderno de Los Altos', section='Cultura',
           body_first_words='Un grupo de 60 tejedoras de Zinacantán, Chamula y Tenejapa',
           body_last_words='"Queremos que la gente nos vea tejer", dice María.',
           must_keep=['Las etiquetas están escritas en tsotsil, español e inglés.',
                      'En la primera semana vendieron casi todas las blusas que llevaron.',
                      '"Un huipil bordado lleva tres meses y nos querían pagar 400 pesos", cuenta María Hernández Pérez, una de las fundadoras de la cooperativa, mientras termina una faja en el telar de cintura que lleva amarrado a un poste.'])

# ---------------------------------------------------------------- cc10 press (e-mail, multipart, base64 parts, Ayuntamiento de Mérida)
cc10_plain = """AYUNTAMIENTO DE MÉRIDA
Dirección de Comunicación Social
Boletín 1187

Mérida amplía el horario de la biblioteca del parque de La Mejorada durante la temporada de exámenes

Mérida, Yucatán, 3 de mayo de 2023.- A partir del próximo lunes y hasta el 30 de junio, la biblioteca municipal del parque de La Mejorada abrirá de 7:00 a 22:00 horas de lunes a sábado, para que estudiantes de secundaria, preparatoria y universidad cuenten con un espacio de estudio durante la temporada de exámenes.

La Dirección de Cultura del Ayuntamiento informó que la medida responde a las solicitudes de estudiantes del centro histórico y de las colonias del oriente de la ciudad, que en temporada de calor no tienen en casa un lugar fresco y con internet para preparar sus evaluaciones.

La biblioteca cuenta con 120 lugares, aire acondicionado, red inalámbrica gratuita y una sala de cómputo con 30 equipos. Durante el horario ampliado habrá personal de apoyo para orientar en la búsqueda de materiales y en el uso de las bases de datos académicas.

El director de Cultura, Rodrigo Sosa Peniche, explicó que si la respuesta es buena el horario extendido se aplicará también en las bibliotecas de los parques de Francisco de Montejo y de Caucel durante los periodos de exámenes de diciembre.

El acceso es libre y no es necesario registrarse, aunque quienes deseen usar la sala de cómputo deberán presentar una credencial escolar vigente.

-30-

Dirección de Comunicación Social
Ayuntamiento de Mérida
Tel. 999 555 0311 | prensa@merida-ayto.example.mx

AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos son para uso exclusivo del destinatario y pueden contener información reservada.
"""
cc10_html = '<html><body>' + ''.join('<p>%s</p>' % p.replace('\n', '<br>') for p in cc10_plain.strip().split('\n\n')) + '</body></html>'


def b64(s):
    raw = base64.b64encode(s.replace('\n', '\r\n').encode('utf-8')).decode('ascii')
    return '\n'.join(raw[i:i + 76] for i in range(0, len(raw), 76))


cc10 = """Return-Path: <prensa@merida-ayto.example.mx>
Received: from mail.merida-ayto.example.mx (mail.merida-ayto.example.mx [198.51.100.23])
\tby mx.periodicodelsureste.example.mx with ESMTPS id 4QBK2x1Z; Wed, 03 May 2023 13:42:14 -0600
From: =?UTF-8?Q?Comunicaci=C3=B3n_Social_M=C3=A9rida?= <prensa@merida-ayto.example.mx>
To: redaccion@periodicodelsureste.example.mx
Subject: =?UTF-8?Q?Bolet=C3=ADn_1187_=E2=80=94_Biblioteca_de_La_Mejorada_ampl=C3=ADa_horario?=
Date: Wed, 03 May 2023 13:42:10 -0600
Message-ID: <20230503194210.1187.prensa@merida-ayto.example.mx>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_1187_20230503"
X-Mailer: Microsoft Outlook 16.0

------=_Part_1187_20230503
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

""" + b64(cc10_plain) + """

------=_Part_1187_20230503
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

""" + b64(cc10_html) + """

------=_Part_1187_20230503--
"""
write_source('cc10.eml', cc10, eol='crlf')
write_gold('cc10', family='press_release',
           title='Mérida amplía el horario de la biblioteca del parque de La Mejorada durante la temporada de exámenes',
           date='2023-05-03', source='AYUNTAMIENTO DE MÉRIDA',
           bulletin_number='1187', issuer='AYUNTAMIENTO DE MÉRIDA', dateline_city='Mérida',
           body_first_words='A partir del próximo lunes y hasta el 30 de junio, la biblioteca municipal',
           body_last_words='deberán presentar una credencial escolar vigente.',
           boilerplate=['Dirección de Comunicación Social', 'Boletín 1187',
                        'Mérida, Yucatán, 3 de mayo de 2023.-', '-30-',
                        'Tel. 999 555 0311 | prensa@merida-ayto.example.mx',
                        'AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos son para uso exclusivo del destinatario y pueden contener información reservada.'],
           must_keep=['La biblioteca cuenta con 120 lugares, aire acondicionado, red inalámbrica gratuita y una sala de cómputo con 30 equipos.',
                      'El acceso es libre y no es necesario registrarse, aunque quienes deseen usar la sala de cómputo deberán presentar una credencial escolar vigente.',
                      'La Dirección de Cultura del Ayuntamiento informó que la medida responde a las solicitudes de estudiantes del centro histórico y de las colonias del oriente de la ciudad, que en temporada de calor no tienen en casa un lugar fresco y con internet para preparar sus evaluaciones.'])
