#!/usr/bin/env python3
"""importer-ck, files 17-30 (Jekyll-family posts, generic texts, bad files)."""
import io
import zipfile
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- ck17 jekyll (Ghost via converter, Kg cards)
ck17 = """---
title: "Sargazo: qué playas de Cancún tienen bandera roja esta semana"
slug: sargazo-playas-cancun-bandera-roja
published_at: 2021-06-18T15:20:00.000Z
updated_at: 2021-06-19T01:05:00.000Z
status: published
visibility: public
primary_author: Itzel Canché Pool
authors: [Itzel Canché Pool]
primary_tag: Medio ambiente
tags: [Medio ambiente, sargazo, playas, Cancún]
feature_image: /content/images/2021/06/sargazo-delfines.jpg
feature_image_caption: "Foto: Roberto Ku / Caribe Abierto"
site_title: Caribe Abierto
---
<!--kg-card-begin: markdown-->
El semáforo de sargazo del gobierno de Quintana Roo marcó esta semana en rojo, el nivel de recale excesivo, a la mayor parte de las playas de Cancún, desde Playa Delfines hasta Punta Nizuc, mientras que las playas del lado de la bahía, como Playa Langosta y Playa Tortugas, se mantuvieron en amarillo.

La Zona Federal Marítimo Terrestre del municipio informó que en los primeros 17 días de junio se retiraron más de 4 mil toneladas de alga de las playas públicas. Cuadrillas de trabajadores comienzan a limpiar desde las cinco de la mañana para que la arena esté despejada antes de la llegada de los bañistas.
<!--kg-card-end: markdown-->
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2021/06/sargazo-nizuc.jpg" class="kg-image" alt="Sargazo en Punta Nizuc" loading="lazy"><figcaption>Foto: Roberto Ku / Caribe Abierto</figcaption></figure>
<!--kg-card-begin: markdown-->
En Isla Mujeres, las playas del norte, como Playa Norte y Playa Centro, siguen libres de sargazo por estar protegidas del oleaje que llega del sureste. Por eso, varios operadores turísticos han ofrecido esta semana excursiones a la isla como alternativa para los visitantes.

Los especialistas del Instituto de Ciencias del Mar y Limnología en Puerto Morelos explicaron que la temporada de este año podría superar a la de 2018, la peor registrada hasta ahora. El alga no es peligrosa para los bañistas, pero al descomponerse en la orilla desprende ácido sulfhídrico, que puede causar mareo y dolor de cabeza a quienes pasan mucho tiempo cerca.

Las autoridades recomiendan consultar el semáforo antes de ir a la playa y no meterse al mar en las zonas con acumulación de sargazo.
<!--kg-card-end: markdown-->
<!--kg-card-begin: html-->
<div class="newsletter-cta">Suscríbete a Caribe Abierto y recibe el semáforo del sargazo cada lunes en tu correo.</div>
<!--kg-card-end: html-->
"""
write_source('ck17.md', ck17)
write_gold('ck17', family='jekyll',
           title='Sargazo: qué playas de Cancún tienen bandera roja esta semana',
           date='2021-06-18', bylines=['Itzel Canché Pool'], source='Caribe Abierto',
           section='Medio ambiente',
           body_first_words='El semáforo de sargazo del gobierno de Quintana Roo marcó esta semana en rojo',
           body_last_words='en las zonas con acumulación de sargazo.',
           boilerplate=['Foto: Roberto Ku / Caribe Abierto',
                        'Suscríbete a Caribe Abierto y recibe el semáforo del sargazo cada lunes en tu correo.'],
           must_keep=['Cuadrillas de trabajadores comienzan a limpiar desde las cinco de la mañana para que la arena esté despejada antes de la llegada de los bañistas.',
                      'Por eso, varios operadores turísticos han ofrecido esta semana excursiones a la isla como alternativa para los visitantes.',
                      'Las autoridades recomiendan consultar el semáforo antes de ir a la playa y no meterse al mar en las zonas con acumulación de sargazo.'],
           photo_credit='Roberto Ku / Caribe Abierto')

# ---------------------------------------------------------------- ck18 jekyll family (Hugo, TOML front matter, shortcodes)
ck18 = """+++
title = "Cenotes de Homún: el pueblo que aprendió a vivir del agua"
date = 2018-07-15T09:00:00-05:00
draft = false
authors = ["Lucía May Tun"]
categories = ["Crónicas"]
tags = ["Homún", "cenotes", "turismo comunitario"]
[params]
  portada = "/img/2018/homun-santa-rosa.jpg"
+++

Hace quince años, los cenotes de Homún eran pozos donde los campesinos bajaban a sacar agua para el ganado y donde los niños se bañaban los domingos. Hoy, este municipio del sur de Yucatán recibe cada fin de semana a cientos de visitantes que llegan en mototaxi a nadar en aguas transparentes bajo bóvedas de piedra.

{{< figure src="/img/2018/homun-santa-rosa.jpg" caption="Cenote Santa Rosa, en Homún." >}}

El cambio empezó cuando un grupo de ejidatarios limpió la entrada de un cenote que estaba lleno de basura y puso una escalera de madera. Cobraban diez pesos por persona. Ahora hay más de veinte cenotes abiertos al público, casi todos administrados por familias del pueblo.

Doña Rosaura Kú, que atiende la taquilla del cenote de su familia, recuerda que al principio nadie creía que los turistas iban a pagar por meterse a un pozo. “Mi suegro decía que estábamos locos; ahora él es el que cuenta a los visitantes la historia del cenote”, dice entre risas.

El éxito trajo también preocupaciones. Los guías del pueblo piden que los visitantes se bañen antes de entrar al agua y no usen bloqueador, y varios cenotes limitan el número de personas por hora. En 2017, los habitantes se organizaron para oponerse a una granja porcícola que, temían, podía contaminar el acuífero.

Para los jóvenes de Homún, los cenotes significan trabajo sin tener que irse a Cancún o a Mérida. Muchos se capacitaron como guías y rescatistas, y algunos ya aprendieron inglés para atender a los extranjeros que llegan en temporada alta.
"""
write_source('ck18.md', ck18)
write_gold('ck18', family='jekyll',
           title='Cenotes de Homún: el pueblo que aprendió a vivir del agua',
           date='2018-07-15', bylines=['Lucía May Tun'], source=None, section='Crónicas',
           body_first_words='Hace quince años, los cenotes de Homún eran pozos',
           body_last_words='para atender a los extranjeros que llegan en temporada alta.',
           must_keep=['Cobraban diez pesos por persona.',
                      '“Mi suegro decía que estábamos locos; ahora él es el que cuenta a los visitantes la historia del cenote”, dice entre risas.',
                      'En 2017, los habitantes se organizaron para oponerse a una granja porcícola que, temían, podía contaminar el acuífero.'])

# ---------------------------------------------------------------- ck19 jekyll family (Hugo YAML, draft, late-night offset)
ck19 = """---
title: 'Tulum: hoteleros de la zona costera piden frenar el cobro de acceso al parque'
date: 2021-05-02T23:30:00-05:00
draft: true
author: Redacción
summary: "El nuevo cobro de acceso divide a hoteleros, autoridades y visitantes."
categories:
  - Portada
  - Turismo
tags:
  - Tulum
  - parque nacional
aliases:
  - /2021/05/03/tulum-cobro-acceso/
---

Los propietarios de hoteles y restaurantes de la zona costera de Tulum pidieron a las autoridades federales suspender el cobro de acceso al Parque Nacional Tulum que comenzará a aplicarse en los próximos días, porque aseguran que la medida afectará a sus huéspedes y trabajadores.

De acuerdo con el anuncio oficial, los visitantes deberán pagar una cuota diaria para entrar a la franja costera que se encuentra dentro del área natural protegida, incluida la carretera que lleva a los hoteles de Punta Allen. Los residentes y los trabajadores registrados quedarán exentos.

Los hoteleros afirman que no fueron consultados. “Nuestros huéspedes ya pagan impuestos y derechos de saneamiento; cobrarles por llegar a su habitación no tiene sentido”, dijo Gonzalo Ek Dzul, representante de una agrupación de pequeños hoteles de la zona.

Las autoridades ambientales explicaron que los recursos se utilizarán para la vigilancia del parque, la atención de los nidos de tortuga marina y el manejo de los residuos que generan los miles de visitantes que llegan cada día.

Mientras tanto, los trabajadores de los hoteles que viven en la ciudad temen que los controles en la entrada provoquen filas todas las mañanas. El comité de vecinos de la zona costera propuso que el cobro se haga solamente en la playa pública y no en la carretera.

Las partes acordaron reunirse la próxima semana en la presidencia municipal.
"""
write_source('ck19.md', ck19)
write_gold('ck19', family='jekyll',
           title='Tulum: hoteleros de la zona costera piden frenar el cobro de acceso al parque',
           date='2021-05-02', published=False, bylines=[], source=None, section='Turismo',
           placement=['Portada'],
           body_first_words='Los propietarios de hoteles y restaurantes de la zona costera de Tulum',
           body_last_words='reunirse la próxima semana en la presidencia municipal.',
           must_keep=['Los residentes y los trabajadores registrados quedarán exentos.',
                      '“Nuestros huéspedes ya pagan impuestos y derechos de saneamiento; cobrarles por llegar a su habitación no tiene sentido”, dijo Gonzalo Ek Dzul, representante de una agrupación de pequeños hoteles de la zona.',
                      'El comité de vecinos de la zona costera propuso que el cobro se haga solamente en la playa pública y no en la carretera.'])

# ---------------------------------------------------------------- ck20 jekyll (Spanish keys with accents, Liquid and kramdown markup)
ck20 = """---
layout: nota
título: "La trova yucateca vuelve a la Plaza Grande con un festival de cinco noches"
fecha: 5 de octubre de 2022
autor: Redacción Mérida en Corto
categoría: Cultura
etiquetas: [trova, música, Mérida]
sitio: Mérida en Corto
---

{% include figura.html src="/img/2022/10/trova-plaza-grande.jpg" pie="Trío en la Plaza Grande" %}

Con cinco noches de conciertos gratuitos, el Festival de la Trova Yucateca regresará a la Plaza Grande de Mérida del 12 al 16 de octubre, luego de dos años en los que se realizó en formato virtual por la pandemia.
{: .entradilla}

Participarán 24 tríos, solistas y rondallas de Mérida, Valladolid, Tizimín y Campeche, además de dos agrupaciones invitadas de Cuba, donde el bolero y la trova comparten raíces con la canción yucateca.

Los organizadores explicaron que cada noche estará dedicada a un compositor distinto. La primera será un homenaje a los autores de principios del siglo XX, cuyas canciones se siguen cantando en las serenatas de los barrios de Santiago, Santa Ana y San Sebastián.

La cantante Maricarmen Cervera Tec, que se presentará en la noche de clausura, dijo que el festival es una oportunidad para que los jóvenes escuchen en vivo un repertorio que muchos conocen sólo por sus abuelos. “La trova no es música de museo: se sigue componiendo y se sigue cantando en las fiestas”, afirmó.

Habrá sillas para 1{n}500 personas frente al escenario principal, y el ayuntamiento instalará pantallas en el costado de la Catedral. También se venderán discos y cancioneros de los grupos participantes en un pabellón instalado en el pasaje Picheta.

Los conciertos comenzarán a las ocho y media de la noche.
""".replace('{n}', NBSP)
write_source('ck20.md', ck20)
write_gold('ck20', family='jekyll',
           title='La trova yucateca vuelve a la Plaza Grande con un festival de cinco noches',
           date='2022-10-05', bylines=[], source='Mérida en Corto', section='Cultura',
           body_first_words='Con cinco noches de conciertos gratuitos, el Festival de la Trova Yucateca',
           body_last_words='Los conciertos comenzarán a las ocho y media de la noche.',
           must_keep=['Participarán 24 tríos, solistas y rondallas de Mérida, Valladolid, Tizimín y Campeche, además de dos agrupaciones invitadas de Cuba, donde el bolero y la trova comparten raíces con la canción yucateca.',
                      '“La trova no es música de museo: se sigue componiendo y se sigue cantando en las fiestas”, afirmó.',
                      'Los organizadores explicaron que cada noche estará dedicada a un compositor distinto.'])

# ---------------------------------------------------------------- ck21 jekyll (day-first date, BOM + CRLF, a horizontal rule in the body)
ck21 = """---
layout: post
title: "Campeche celebra el Día del Libro con lecturas en los baluartes"
date: 23/04/2019
author: Aurora Pech Chan
categories: Cultura
---

Con lecturas en voz alta en los baluartes de la muralla, trueque de libros en el parque principal y una feria de editoriales independientes, la ciudad de Campeche celebró este martes el Día Internacional del Libro.

Desde las nueve de la mañana, estudiantes de secundaria leyeron fragmentos de novelas y poemas en el Baluarte de San Carlos y en el de Santiago, donde funciona el jardín botánico. Por la tarde, escritores campechanos presentaron sus obras más recientes en la Biblioteca Central.

---

El trueque de libros fue la actividad más concurrida. Cada persona podía llevar hasta cinco libros usados y cambiarlos por otros. Los organizadores calcularon que al cierre de la jornada habían circulado más de dos mil ejemplares, entre ellos novelas, libros de texto antiguos y cuentos infantiles.

La promotora de lectura Guadalupe Chi Ehuan, que coordina los clubes de lectura de la ciudad, dijo que cada año llega más gente joven. “Antes venían sobre todo maestros y jubilados; ahora vemos familias completas con los niños cargando sus bolsas de libros”, contó.

Las actividades continuarán el fin de semana con un maratón de lectura de cuentos en lengua maya en el Centro Cultural El Claustro.
"""
write_source('ck21.md', ck21, eol='crlf', bom=True)
write_gold('ck21', family='jekyll',
           title='Campeche celebra el Día del Libro con lecturas en los baluartes',
           date='2019-04-23', bylines=['Aurora Pech Chan'], source=None, section='Cultura',
           body_first_words='Con lecturas en voz alta en los baluartes de la muralla',
           body_last_words='en el Centro Cultural El Claustro.',
           must_keep=['Por la tarde, escritores campechanos presentaron sus obras más recientes en la Biblioteca Central.',
                      'Cada persona podía llevar hasta cinco libros usados y cambiarlos por otros.',
                      'Las actividades continuarán el fin de semana con un maratón de lectura de cuentos en lengua maya en el Centro Cultural El Claustro.'])

# ---------------------------------------------------------------- ck22 jekyll (folded title, quoted date string, author as a map)
ck22 = """---
layout: post
title: >-
  Isla Mujeres despide a la temporada de tortugas con la liberación
  de 12 mil crías
date: "2016-11-20 18:45:00 -0600"
author:
  name: Ernesto Balam Cupul
  twitter: "@ebalam_islaej"
category: Medio ambiente
site_name: Isla al Día
---

Con la liberación de casi 12 mil crías de tortuga blanca y caguama en Playa Norte, los voluntarios del programa de conservación de Isla Mujeres cerraron este domingo la temporada de anidación 2016, una de las más abundantes de la última década.

Desde mayo, los voluntarios recorrieron cada noche las playas de la costa oriental de la isla para localizar los nidos y trasladar los huevos a un corral de protección, donde permanecieron alrededor de 50 días hasta la eclosión. Este año se contabilizaron 486 nidos, contra 310 del año pasado.

La bióloga a cargo del campamento, Teresa Ucán Vela, explicó que el aumento se debe en parte a la vigilancia nocturna, que redujo el saqueo de huevos, y a que los hoteles de la costa apagan las luces que dan hacia la playa durante la temporada. “Una cría que se desorienta con la luz de un hotel casi nunca llega al mar”, señaló.

A la liberación asistieron más de 200 personas, entre vecinos, turistas y alumnos de las escuelas de la isla, que formaron un pasillo en la arena para que las crías avanzaran hacia el agua sin ser pisadas.

El programa se sostiene con donativos y con el trabajo de estudiantes que hacen su servicio social. Sus organizadores buscan ahora recursos para construir un segundo corral en la zona de Punta Sur, donde cada año se pierden nidos por la erosión de la playa.
"""
write_source('ck22.md', ck22)
write_gold('ck22', family='jekyll',
           title='Isla Mujeres despide a la temporada de tortugas con la liberación de 12 mil crías',
           date='2016-11-20', bylines=['Ernesto Balam Cupul'], source='Isla al Día',
           section='Medio ambiente',
           body_first_words='Con la liberación de casi 12 mil crías de tortuga blanca y caguama',
           body_last_words='donde cada año se pierden nidos por la erosión de la playa.',
           must_keep=['Este año se contabilizaron 486 nidos, contra 310 del año pasado.',
                      '“Una cría que se desorienta con la luz de un hotel casi nunca llega al mar”, señaló.',
                      'El programa se sostiene con donativos y con el trabajo de estudiantes que hacen su servicio social.'])

# ---------------------------------------------------------------- ck23 jekyll (Maya-language community radio, bilingual body)
ck23 = """---
layout: post
title: "Radio comunitaria celebra el Día de los Pueblos Indígenas con 12 horas de transmisión en maya"
titulo_maya: "U k'iinil u kaajilo'ob máasewal: 12 p'iis óora k'aay yéetel tsikbal ich maaya t'aan"
date: 2013-08-09 07:00:00 -0500
author: [Filiberta Canul Ek, Hilario Chan May]
categories: [Comunidad]
lang: es-yua
site: Radio Comunitaria Ko'ox T'aan
---

La Radio Comunitaria Ko'ox T'aan, que transmite desde Felipe Carrillo Puerto para las comunidades mayas del centro de Quintana Roo, celebró este viernes el Día Internacional de los Pueblos Indígenas con doce horas de programación continua en lengua maya.

Desde las siete de la mañana, la cabina recibió a músicos de maya pax, a parteras, a médicos tradicionales y a jóvenes que escriben poesía en su lengua. Por la tarde, los niños de la escuela primaria bilingüe del barrio leyeron al aire las adivinanzas que aprendieron de sus abuelos.

La coordinadora de la radio, Filiberta Canul Ek, explicó que la emisora nació hace ocho años para que los pueblos de la zona maya pudieran escuchar noticias, avisos y música en su propio idioma. “Aquí la gente llama para avisar que se perdió una vaca, que hay junta ejidal o que ya llegó el programa de salud; todo en maya”, dijo.

Los locutores también transmitieron entrevistas con autoridades tradicionales de Tixcacal Guardia y de Chancah Veracruz sobre la importancia de que los jóvenes no dejen de hablar la lengua. La radio es sostenida por los propios oyentes, que cooperan con maíz, gallinas o pequeñas aportaciones en efectivo.

**Ich maaya t'aan**

Le k'iin je'ela' k'a'anan ti' tuláakal le kaajo'obo'. Tu k'iinil u 9 ti' agosto, le x-ch'úupalo'ob yéetel le xi'ipalo'obo' tu k'aayo'ob yéetel tu tsikbalo'ob ich maaya t'aan. Dios bo'otik tuláakal le máaxo'ob tu yu'ubo'ob le radio.
"""
write_source('ck23.md', ck23)
write_gold('ck23', family='jekyll',
           title='Radio comunitaria celebra el Día de los Pueblos Indígenas con 12 horas de transmisión en maya',
           date='2013-08-09', bylines=['Filiberta Canul Ek', 'Hilario Chan May'],
           source="Radio Comunitaria Ko'ox T'aan", section='Comunidad',
           body_first_words="La Radio Comunitaria Ko'ox T'aan, que transmite desde Felipe Carrillo Puerto",
           body_last_words="Dios bo'otik tuláakal le máaxo'ob tu yu'ubo'ob le radio.",
           must_keep=['Por la tarde, los niños de la escuela primaria bilingüe del barrio leyeron al aire las adivinanzas que aprendieron de sus abuelos.',
                      'La radio es sostenida por los propios oyentes, que cooperan con maíz, gallinas o pequeñas aportaciones en efectivo.',
                      "Le k'iin je'ela' k'a'anan ti' tuláakal le kaajo'obo'."])

# ---------------------------------------------------------------- ck24 generic (editor's HTML comment first, # title, table; cp1252)
ck24 = """<!-- NOTA INTERNA: verificar precios con la cooperativa antes de subir. No publicar este comentario. -->

# Qué pescado comprar en Cuaresma sin gastar de más en Progreso

Cada año, en cuanto empieza la Cuaresma, los precios del pescado y los mariscos suben en los mercados de la costa yucateca. Sin embargo, no todas las especies se encarecen igual, y con un poco de información es posible comer bien sin pagar lo mismo que en un restaurante.

Las especies más buscadas, como el mero y el pargo, son también las que más suben, porque la demanda de los restaurantes de Mérida compite con la de las familias. En cambio, el boquinete, la rubia, el chac chí y la sierra suelen mantenerse a precios accesibles y son igual de frescos.

Estos fueron los precios por kilo que registramos el lunes en el mercado de Progreso:

| Especie | Precio por kilo |
|---|---|
| Mero entero | 180 pesos |
| Pargo | 160 pesos |
| Sierra | 85 pesos |
| Chac chí | 70 pesos |
| Rubia | 75 pesos |

Los pescadores recomiendan fijarse en los ojos y en las agallas: un pescado fresco tiene los ojos brillantes y las agallas rojas, y su carne regresa a su forma cuando se presiona con el dedo. También conviene comprar temprano, antes de que el calor del mediodía afecte el producto.

Otra opción es comprar directamente a las cooperativas en el muelle, donde el pescado se vende entero y los precios son menores que en los puestos del centro. Ahí mismo hay personas que lo limpian y lo filetean por una pequeña cantidad.

Por último, conviene recordar que el mero está en veda del 1 de febrero al 31 de marzo, por lo que el que se ofrece en esas fechas debería provenir de capturas anteriores y congeladas.
"""
write_source('ck24.md', ck24, enc='cp1252')
write_gold('ck24', family='generic',
           title='Qué pescado comprar en Cuaresma sin gastar de más en Progreso',
           body_first_words='Cada año, en cuanto empieza la Cuaresma, los precios del pescado',
           body_last_words='debería provenir de capturas anteriores y congeladas.',
           boilerplate=['NOTA INTERNA: verificar precios con la cooperativa antes de subir. No publicar este comentario.'],
           must_keep=['En cambio, el boquinete, la rubia, el chac chí y la sierra suelen mantenerse a precios accesibles y son igual de frescos.',
                      'También conviene comprar temprano, antes de que el calor del mediodía afecte el producto.',
                      'Ahí mismo hay personas que lo limpian y lo filetean por una pequeña cantidad.'])

# ---------------------------------------------------------------- ck25 generic (radio script with speaker labels and cues)
ck25 = """El terno yucateco, puntada por puntada

LOCUTORA: En los pueblos del oriente de Yucatán todavía hay mujeres que bordan el terno a mano, como lo aprendieron de sus madres y de sus abuelas. Un terno de gala puede llevar hasta seis meses de trabajo.

(ENTRA MÚSICA DE JARANA, BAJA A FONDO)

LOCUTOR: El terno tiene tres piezas: el fustán, que es la falda; el hipil, que es el vestido; y el doblez, que es la pieza bordada que se coloca sobre el hipil. Las mujeres lo usan en las vaquerías, en las bodas y en las fiestas del pueblo.

LOCUTORA: Doña Eusebia Chan, bordadora de Tekom, nos contó que cada flor del bordado tiene su nombre y su manera de hacerse. Para el xmanikté, la puntada de cruz, se cuentan los hilos de la tela uno por uno. Si un hilo se salta, hay que deshacer toda la flor.

(SUBE MÚSICA, BAJA A FONDO)

LOCUTOR: Hoy muchas bordadoras trabajan para tiendas de Mérida y de Cancún, que venden los ternos a precios mucho más altos de lo que ellas reciben. Por eso algunas se han organizado en cooperativas para vender directamente y cobrar lo justo por su trabajo.

LOCUTORA: Si usted tiene un terno de su mamá o de su abuela, guárdelo bien: envuelto en tela de algodón, lejos del sol y de la humedad. Así se conservará para las nietas.

LOCUTOR: Esto fue Cápsula de Nuestra Tierra. Hasta la próxima semana.

(SALE MÚSICA)
"""
write_source('ck25.txt', ck25, eol='crlf')
write_gold('ck25', family='generic',
           title='El terno yucateco, puntada por puntada',
           body_first_words='LOCUTORA: En los pueblos del oriente de Yucatán',
           body_last_words='(SALE MÚSICA)',
           must_keep=['Un terno de gala puede llevar hasta seis meses de trabajo.',
                      'Si un hilo se salta, hay que deshacer toda la flor.',
                      'Por eso algunas se han organizado en cooperativas para vender directamente y cobrar lo justo por su trabajo.'])

# ---------------------------------------------------------------- ck26 generic (title with over- and underline of '=', ISO-8859-15)
ck26 = """==========================================================
La laguna de Bacalar y sus estromatolitos, explicados
==========================================================

La laguna de Bacalar, en el sur de Quintana Roo, es conocida como «la laguna de los siete colores» por los tonos de azul que adquiere según la profundidad y el tipo de fondo. Pero su mayor riqueza no se ve desde la orilla: en sus aguas viven algunos de los estromatolitos de agua dulce más grandes del mundo.

Los estromatolitos son estructuras de roca formadas por comunidades de microorganismos que, durante miles de años, atrapan y depositan carbonato de calcio. Parecen piedras, pero están vivos. Son parientes de las primeras formas de vida que aparecieron en la Tierra hace más de tres mil millones de años.

En Bacalar se encuentran sobre todo en la zona de Los Rápidos y frente al Canal de los Piratas. Algunos tienen forma de cabeza de coliflor y otros forman plataformas que pueden medir varios metros.

Los científicos advierten que los estromatolitos crecen apenas unos milímetros al año y que son muy sensibles a los cambios en el agua. El uso de bloqueadores solares, los desechos de las casas sin drenaje y el contacto directo de los visitantes que se paran sobre ellos los han dañado en los últimos años.

Por eso está prohibido caminar sobre los estromatolitos, y en varias zonas de la laguna se permite únicamente la navegación en kayak o en velero. Quien visite Bacalar puede observarlos desde los muelles y los andadores, sin tocarlos.
"""
write_source('ck26.text', ck26, enc='iso-8859-15')
write_gold('ck26', family='generic',
           title='La laguna de Bacalar y sus estromatolitos, explicados',
           body_first_words='La laguna de Bacalar, en el sur de Quintana Roo',
           body_last_words='puede observarlos desde los muelles y los andadores, sin tocarlos.',
           must_keep=['Parecen piedras, pero están vivos.',
                      'Algunos tienen forma de cabeza de coliflor y otros forman plataformas que pueden medir varios metros.',
                      'Por eso está prohibido caminar sobre los estromatolitos, y en varias zonas de la laguna se permite únicamente la navegación en kayak o en velero.'])

# ---------------------------------------------------------------- ck27 generic (checklist with numbered and checkbox items)
ck27 = """Mochila de emergencia para la temporada de huracanes: lista básica
La temporada de huracanes en el Atlántico va del 1 de junio al 30 de noviembre, y en la península de Yucatán los meses de mayor riesgo suelen ser septiembre y octubre. Preparar una mochila de emergencia con anticipación evita compras de último momento, cuando las tiendas se vacían y las filas en las gasolineras se alargan.

1) Documentos
   [ ] Actas de nacimiento, credenciales de elector, escrituras y pólizas de seguro, dentro de una bolsa de plástico con cierre.
   [ ] Una copia digital de cada documento en el teléfono o en una memoria USB.

2) Agua y alimentos
   [ ] Cuatro litros de agua por persona por cada día, para al menos tres días.
   [ ] Latas con abrefácil, galletas, atún, frijoles y leche en polvo.

3) Botiquín
   [ ] Medicamentos de uso diario para dos semanas, con la receta.
   [ ] Gasas, vendas, alcohol, suero oral y repelente de mosquitos.

4) Otros
   [ ] Linterna y radio de pilas, con pilas de repuesto.
   [ ] Cargador portátil para el teléfono, silbato y una muda de ropa por persona.

Conviene revisar la mochila cada año al comenzar la temporada, cambiar el agua y los alimentos que estén por caducar y ponerse de acuerdo con la familia sobre el refugio al que irán en caso de evacuación. Las mascotas también necesitan agua, alimento y una correa o transportadora.
"""
write_source('ck27.text', ck27)
write_gold('ck27', family='generic',
           title='Mochila de emergencia para la temporada de huracanes: lista básica',
           body_first_words='La temporada de huracanes en el Atlántico va del 1 de junio al 30 de noviembre',
           body_last_words='Las mascotas también necesitan agua, alimento y una correa o transportadora.',
           must_keep=['Cuatro litros de agua por persona por cada día, para al menos tres días.',
                      'Una copia digital de cada documento en el teléfono o en una memoria USB.',
                      'Conviene revisar la mochila cada año al comenzar la temporada, cambiar el agua y los alimentos que estén por caducar y ponerse de acuerdo con la familia sobre el refugio al que irán en caso de evacuación.'])

# ---------------------------------------------------------------- ck28 bad (saved HTML page: navigation only, no article)
ck28 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Noticias | Canal 10 Caribe</title>
<link rel="stylesheet" href="Noticias%20_%20Canal%2010%20Caribe_files/main.css">
<script src="Noticias%20_%20Canal%2010%20Caribe_files/gtm.js"></script>
</head>
<body class="home">
<header>
  <a class="logo" href="https://canal10caribe.example.mx/">Canal 10 Caribe</a>
  <nav>
    <ul>
      <li><a href="/noticias/">Noticias</a></li>
      <li><a href="/quintana-roo/">Quintana Roo</a></li>
      <li><a href="/turismo/">Turismo</a></li>
      <li><a href="/deportes/">Deportes</a></li>
      <li><a href="/en-vivo/">En vivo</a></li>
      <li><a href="/programacion/">Programación</a></li>
    </ul>
  </nav>
</header>
<main>
  <div id="article-root" data-loading="true"></div>
  <noscript>Activa JavaScript para ver el contenido.</noscript>
</main>
<footer>
  <a href="/aviso-de-privacidad/">Aviso de privacidad</a> ·
  <a href="/contacto/">Contacto</a> ·
  © 2022 Canal 10 Caribe
</footer>
</body>
</html>
"""
write_source('ck28.html', ck28, eol='crlf')
write_gold('ck28', family='bad',
           refusal_reason='Página HTML guardada que sólo contiene menús de navegación y pie de página; no hay ninguna nota.')

# ---------------------------------------------------------------- ck29 bad (Hugo TOML front matter, no body)
ck29 = """+++
title = "Chetumal estrena ciclovía en el Boulevard Bahía"
date = 2023-02-11T08:00:00-05:00
draft = false
authors = ["Redacción"]
categories = ["Ciudad"]
+++

  
"""
write_source('ck29.md', ck29)
write_gold('ck29', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter TOML) y no tiene cuerpo de texto.')

# ---------------------------------------------------------------- ck30 bad (a Word .docx, i.e. a ZIP archive, saved as .txt)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, body in [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/></Types>'),
        ('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         '<w:p><w:r><w:t>Boletín 112 Ayuntamiento de Bacalar</w:t></w:r></w:p></w:body></w:document>'),
    ]:
        info = zipfile.ZipInfo(name, date_time=(2021, 3, 2, 10, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, body)
write_source('ck30.txt', raw=buf.getvalue())
write_gold('ck30', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, binario comprimido) guardado con extensión .txt; no es texto legible.')
