#!/usr/bin/env python3
"""importer-ch, files 01-10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- ch01 wire (Drupal field export, Mich.)
ch01 = """Exportación de contenido · Voz de la Meseta (vozdelameseta.example.mx)
Nodo: 48213
Tipo de contenido: Nota
Título: Productores de Paracho piden apoyo tras caída en la venta de guitarras
Autor: Citlali Huerta Rangel
Sección: Región
Etiquetas: Paracho, artesanías, guitarras
Fecha de publicación: mié, 14/03/2012 - 18:42
Estado: Publicado
Cuerpo:
<p>Los talleres de guitarras de Paracho, en la Meseta Purépecha, vendieron en 2011 alrededor de 30 por ciento menos instrumentos que el año anterior, de acuerdo con un sondeo de la unión de artesanos del municipio, que pidió al gobierno estatal un programa de apoyo para la comercialización.</p>
<p>Los artesanos atribuyen la caída a la llegada de guitarras importadas de bajo precio, que se venden en tiendas departamentales y por internet, y a la disminución del turismo en la región. <strong>Lee también:</strong> <a href="/region/2012/03/feria-guitarra">Alistan la Feria Nacional de la Guitarra con menos expositores</a></p>
<p>Don Refugio Cuiriz Tapia, que ha fabricado guitarras durante cuarenta años, relató que antes vendía hasta veinte instrumentos al mes a comerciantes de Guadalajara y de la Ciudad de México. “Ahora si vendo seis ya es un buen mes”, dijo mientras lijaba el mástil de una guitarra de cedro.</p>
<p>En Paracho hay cerca de 1,600 talleres familiares, la mayoría en las casas de los propios artesanos. Muchos de ellos compran a crédito la madera de cedro, pino y palo escrito, y dependen de la venta para pagar a sus proveedores.</p>
<p>La unión de artesanos propuso crear una marca colectiva que garantice el origen de las guitarras y abrir una tienda en línea administrada por la propia organización. También pidió que el gobierno incluya a los guitarreros en los programas de financiamiento para pequeñas empresas.</p>
<p>La Casa de las Artesanías de Michoacán informó que ya analiza la propuesta y que en abril llevará una muestra de artesanos de Paracho a la feria artesanal de Morelia.</p>
Imagen: paracho-guitarras-taller.jpg
Pie de imagen: Un artesano trabaja en su taller de la cabecera municipal. Foto: Voz de la Meseta / Archivo
Alias de URL: /region/2012/03/14/productores-de-paracho-piden-apoyo
Comentarios: cerrados
"""
write_source('ch01.txt', ch01)
write_gold('ch01', family='wire',
           title='Productores de Paracho piden apoyo tras caída en la venta de guitarras',
           date='2012-03-14', bylines=['Citlali Huerta Rangel'], source='Voz de la Meseta',
           section='Región',
           body_first_words='Los talleres de guitarras de Paracho, en la Meseta Purépecha',
           body_last_words='a la feria artesanal de Morelia.',
           boilerplate=['Lee también:',
                        'Alistan la Feria Nacional de la Guitarra con menos expositores',
                        'Pie de imagen: Un artesano trabaja en su taller de la cabecera municipal. Foto: Voz de la Meseta / Archivo',
                        'Alias de URL: /region/2012/03/14/productores-de-paracho-piden-apoyo',
                        'Comentarios: cerrados'],
           must_keep=['Los artesanos atribuyen la caída a la llegada de guitarras importadas de bajo precio, que se venden en tiendas departamentales y por internet, y a la disminución del turismo en la región.',
                      '“Ahora si vendo seis ya es un buen mes”, dijo mientras lijaba el mástil de una guitarra de cedro.',
                      'También pidió que el gobierno incluya a los guitarreros en los programas de financiamiento para pequeñas empresas.'],
           photo_credit='Voz de la Meseta / Archivo')

# ---------------------------------------------------------------- ch02 press (municipality, Jal.)
ch02 = """GOBIERNO DE ZAPOPAN
Administración 2018 - 2021
Dirección de Comunicación Social
Boletín No. 0412/2020

Zapopan, Jalisco, 15 de enero de 2020

Arranca programa de descacharrización en 40 colonias para prevenir el dengue

Con el objetivo de eliminar criaderos del mosquito transmisor del dengue antes de la temporada de lluvias, el Gobierno de Zapopan inició este miércoles un programa de descacharrización que recorrerá 40 colonias del municipio durante los próximos tres meses.

Cuadrillas de Aseo Público y de la Coordinación de Servicios Municipales pasarán casa por casa para recoger llantas, botes, tinas, muebles viejos y cualquier objeto que pueda acumular agua. Los vecinos sólo deberán sacar los cachivaches a la banqueta el día señalado para su colonia.

En la primera etapa se atenderán las siguientes zonas:
\u2022 Colonia Constitución y Lomas de Tabachines
\u2022 Colonia Santa Margarita y Arcos de Zapopan
\u2022 Mesa Colorada y El Colli Urbano

El año pasado Jalisco fue uno de los estados con más casos de dengue en el país, y Zapopan registró más de 2 mil casos confirmados, la mayoría en colonias del norte y del poniente del municipio. La Secretaría de Salud Jalisco acompañará los recorridos con brigadas de abatización y de promoción de la salud.

El coordinador de Servicios Municipales, Saúl Benavides Iñiguez, pidió a la población no tirar los cacharros en lotes baldíos ni en los cauces de arroyos. “Un solo bote con agua en el patio puede producir cientos de mosquitos en una semana”, advirtió.

El calendario completo de recorridos puede consultarse en las redes sociales del municipio y en las oficinas de las delegaciones.

Descarga las fotografías en: https://fotos.zapopan-gob.example.mx/boletin-0412

-oOo-

Para más información:
Dirección de Comunicación Social
Tel. 33 5551 2200 ext. 1412
prensa@zapopan-gob.example.mx
"""
write_source('ch02.txt', ch02, enc='cp1252', eol='crlf')
write_gold('ch02', family='press_release',
           title='Arranca programa de descacharrización en 40 colonias para prevenir el dengue',
           date='2020-01-15', source='GOBIERNO DE ZAPOPAN',
           bulletin_number='0412/2020', issuer='GOBIERNO DE ZAPOPAN', dateline_city='Zapopan',
           body_first_words='Con el objetivo de eliminar criaderos del mosquito transmisor del dengue',
           body_last_words='y en las oficinas de las delegaciones.',
           boilerplate=['Administración 2018 - 2021', 'Dirección de Comunicación Social',
                        'Boletín No. 0412/2020', 'Zapopan, Jalisco, 15 de enero de 2020',
                        'Descarga las fotografías en: https://fotos.zapopan-gob.example.mx/boletin-0412',
                        '-oOo-', 'Para más información:', 'Tel. 33 5551 2200 ext. 1412',
                        'prensa@zapopan-gob.example.mx'],
           must_keep=['Los vecinos sólo deberán sacar los cachivaches a la banqueta el día señalado para su colonia.',
                      'Colonia Santa Margarita y Arcos de Zapopan',
                      '“Un solo bote con agua en el patio puede producir cientos de mosquitos en una semana”, advirtió.'])

# ---------------------------------------------------------------- ch03 jekyll (WordPress via jekyll-import, Gto.)
ch03 = """---
layout: post
title: Celaya, la cajeta y los dulceros que no se rinden
date: 2013-05-19 11:02:35.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Portada
- Cultura
tags:
- Celaya
- cajeta
- dulces típicos
meta:
  _edit_last: '3'
  _thumbnail_id: '5512'
  _yoast_wpseo_metadesc: Los dulceros de Celaya defienden la receta tradicional frente a la cajeta industrial.
author:
  login: mfuentes
  email: mfuentes@surcodelbajio.example.mx
  display_name: Marcela Fuentes Olalde
  first_name: Marcela
  last_name: Fuentes Olalde
permalink: "/2013/05/19/celaya-la-cajeta-y-los-dulceros/"
---
[caption id="attachment_5512" align="aligncenter" width="640"]<img class="size-large wp-image-5512" src="http://surcodelbajio.example.mx/wp-content/uploads/2013/05/cazo-cajeta.jpg" alt="Cazo de cobre con cajeta" width="640" height="427" /> Foto: Marcela Fuentes Olalde[/caption]

En una cocina del barrio de Tierras Negras, en Celaya, doña Amparo Villagómez mueve con una pala de madera la leche de cabra que hierve desde hace cuatro horas en un cazo de cobre. Su familia hace cajeta de la misma manera desde 1930, y ella asegura que el secreto está en no tener prisa.

&nbsp;

Los dulceros tradicionales de la ciudad calculan que quedan menos de cincuenta talleres que elaboran la cajeta con leche de cabra y azúcar, sin espesantes ni conservadores. La mayor parte del producto que se vende en las carreteras del Bajío, dicen, se fabrica en plantas industriales con leche de vaca y jarabe de maíz.

El precio es la diferencia más visible. Un frasco de medio kilo de cajeta artesanal cuesta alrededor de 70 pesos, mientras que el industrial se consigue en la mitad. <em>"La gente compra lo barato y luego dice que la cajeta ya no sabe como antes"</em>, lamenta doña Amparo.

Un grupo de productores formó el año pasado una asociación para registrar una marca colectiva y ofrecer visitas guiadas a sus talleres. La idea es que los turistas vean el proceso completo, desde la ordeña de las cabras en las rancherías cercanas hasta el envasado en cajas de madera.

&nbsp;

La asociación también busca que las escuelas de gastronomía de la región incluyan la cajeta tradicional en sus programas, para que las nuevas generaciones de cocineros conozcan la receta original.
"""
write_source('ch03.md', ch03)
write_gold('ch03', family='jekyll',
           title='Celaya, la cajeta y los dulceros que no se rinden',
           date='2013-05-19', bylines=['Marcela Fuentes Olalde'], section='Cultura',
           placement=['Portada'],
           body_first_words='En una cocina del barrio de Tierras Negras, en Celaya',
           body_last_words='conozcan la receta original.',
           boilerplate=['Foto: Marcela Fuentes Olalde'],
           must_keep=['Su familia hace cajeta de la misma manera desde 1930, y ella asegura que el secreto está en no tener prisa.',
                      'El precio es la diferencia más visible.',
                      'La idea es que los turistas vean el proceso completo, desde la ordeña de las cabras en las rancherías cercanas hasta el envasado en cajas de madera.'],
           photo_credit='Marcela Fuentes Olalde')

# ---------------------------------------------------------------- ch04 wire (agency teletype 1999, cp850, Gto.)
ch04 = """ZCZC SIO0147 3 ECO 0412
PRIORIDAD: ORDINARIA
SERVICIO INFORMATIVO DEL OCCIDENTE (SIO)
CATEGORIA: ECONOMIA
22-02-1999 14:32 HRS

FRESEROS DE IRAPUATO ENFRENTAN SU PEOR TEMPORADA EN UNA DÉCADA

Por Gilberto Arellano Méndez

IRAPUATO, Gto., 22 de febrero de 1999 (SIO).- Los productores de fresa de Irapuato y de los municipios vecinos enfrentan la peor temporada de la última década, luego de que las heladas de enero dañaron alrededor de mil 200 hectáreas y de que el precio de la fruta en el mercado de exportación cayó casi a la mitad.

Según la asociación de freseros de la región, la producción de este ciclo será de unas 40 mil toneladas, muy lejos de las más de 100 mil que se cosechaban a principios de los años noventa, cuando Irapuato era conocida como la capital mundial de la fresa.

Las empacadoras y congeladoras que compran la fruta para enviarla a Estados Unidos ofrecen este mes entre dos y tres pesos por kilo, precio que según los productores no alcanza para cubrir el costo de la mano de obra y de los fertilizantes.

«Hay compañeros que ya no van a levantar la cosecha porque les sale más caro cortarla que dejarla en el surco», dijo Salvador Ortega Lara, ejidatario de la comunidad de Aldama.

Los freseros pidieron al gobierno del estado un programa emergente de créditos a la palabra y apoyo para buscar compradores en el mercado nacional. La Secretaría de Desarrollo Agropecuario estatal informó que la próxima semana hará un recorrido por las parcelas afectadas para cuantificar los daños.

SIO/GAM/rtv
NNNN
"""
write_source('ch04.txt', ch04, enc='cp850', eol='crlf')
write_gold('ch04', family='wire',
           title='FRESEROS DE IRAPUATO ENFRENTAN SU PEOR TEMPORADA EN UNA DÉCADA',
           date='1999-02-22', bylines=['Gilberto Arellano Méndez'],
           source='SERVICIO INFORMATIVO DEL OCCIDENTE', section='ECONOMIA',
           body_first_words='Los productores de fresa de Irapuato y de los municipios vecinos',
           body_last_words='para cuantificar los daños.',
           boilerplate=['ZCZC SIO0147 3 ECO 0412', 'PRIORIDAD: ORDINARIA', '22-02-1999 14:32 HRS',
                        'IRAPUATO, Gto., 22 de febrero de 1999 (SIO).-', 'SIO/GAM/rtv', 'NNNN'],
           must_keep=['cuando Irapuato era conocida como la capital mundial de la fresa.',
                      '«Hay compañeros que ya no van a levantar la cosecha porque les sale más caro cortarla que dejarla en el surco», dijo Salvador Ortega Lara, ejidatario de la comunidad de Aldama.',
                      'Los freseros pidieron al gobierno del estado un programa emergente de créditos a la palabra y apoyo para buscar compradores en el mercado nacional.'])

# ---------------------------------------------------------------- ch05 press (state university, Nay.)
ch05 = """UNIVERSIDAD AUTÓNOMA DE NAYARIT
Dirección de Comunicación Social y Gaceta Universitaria
BOLETÍN DCS/0831/2011

Tepic, Nayarit; 26 de septiembre de 2011.

INVESTIGADORES DE LA UAN DOCUMENTAN CATORCE ESPECIES DE MURCIÉLAGOS
EN LA SIERRA DE VALLEJO

Fotografía: Archivo UAN

Un grupo de investigadores y estudiantes de la licenciatura en Biología de la Universidad Autónoma de Nayarit registró catorce especies de murciélagos en la Sierra de Vallejo, en el municipio de Bahía de Banderas, como parte de un estudio sobre la fauna de la selva mediana de la costa sur del estado.

El trabajo de campo se realizó durante dieciocho meses con redes de niebla y grabadoras de ultrasonido, que permiten identificar a cada especie por la frecuencia de su llamado. Entre los hallazgos destaca un murciélago nectarívoro que no se había registrado antes en esa zona y que participa en la polinización del agave y de varias cactáceas.

La responsable del proyecto, la doctora Elvia Carrillo Pimienta, explicó que los murciélagos son indispensables para los ecosistemas y para la agricultura de la región. "Una sola colonia puede consumir toneladas de insectos cada temporada, lo que ahorra a los productores una gran cantidad de plaguicidas", señaló.

Los resultados se presentarán en el congreso nacional de mastozoología que se celebrará en noviembre, y servirán de base para proponer medidas de protección de las cuevas donde se refugian las colonias.

La investigadora invitó a los ejidatarios de la sierra a colaborar con el proyecto reportando la ubicación de cuevas y refugios, y aseguró que la universidad mantendrá en reserva los sitios para evitar saqueos y perturbaciones.

###
Dirección de Comunicación Social y Gaceta Universitaria
Ciudad de la Cultura Amado Nervo, Tepic, Nayarit
Tel. 311 555 0268 | comunicacion@uan-gaceta.example.mx
"""
write_source('ch05.md', ch05, bom=True)
write_gold('ch05', family='press_release',
           title='INVESTIGADORES DE LA UAN DOCUMENTAN CATORCE ESPECIES DE MURCIÉLAGOS EN LA SIERRA DE VALLEJO',
           date='2011-09-26', source='UNIVERSIDAD AUTÓNOMA DE NAYARIT',
           bulletin_number='DCS/0831/2011', issuer='UNIVERSIDAD AUTÓNOMA DE NAYARIT',
           dateline_city='Tepic',
           body_first_words='Un grupo de investigadores y estudiantes de la licenciatura en Biología',
           body_last_words='para evitar saqueos y perturbaciones.',
           boilerplate=['Dirección de Comunicación Social y Gaceta Universitaria', 'BOLETÍN DCS/0831/2011',
                        'Tepic, Nayarit; 26 de septiembre de 2011.', 'Fotografía: Archivo UAN', '###',
                        'Ciudad de la Cultura Amado Nervo, Tepic, Nayarit',
                        'Tel. 311 555 0268 | comunicacion@uan-gaceta.example.mx'],
           must_keep=['Entre los hallazgos destaca un murciélago nectarívoro que no se había registrado antes en esa zona y que participa en la polinización del agave y de varias cactáceas.',
                      'La responsable del proyecto, la doctora Elvia Carrillo Pimienta, explicó que los murciélagos son indispensables para los ecosistemas y para la agricultura de la región.',
                      'y servirán de base para proponer medidas de protección de las cuevas donde se refugian las colonias.'],
           photo_credit='Archivo UAN')

# ---------------------------------------------------------------- ch06 generic (diocesan weekly column, hard-wrapped, ISO-8859-1)
ch06 = """La Candelaria y los tamales: una fiesta que viene de lejos

Cada 2 de febrero las mesas de media ciudad se llenan de tamales, y
pocas personas se preguntan por qué. La fiesta de la Presentación del
Señor, que el pueblo llama de la Candelaria, cierra el ciclo de la
Navidad: cuarenta días después del nacimiento, María y José llevaron
al Niño al templo, como mandaba la ley.

En nuestras parroquias la costumbre tiene dos partes. La primera es
la bendición de las velas, que recuerda las palabras del anciano
Simeón cuando llamó al Niño luz para alumbrar a las naciones. La
segunda es la del Niño Dios de la casa, que ese día se viste con ropa
nueva y se lleva a misa en brazos de sus padrinos.

Los tamales llegaron después, por la rosca del 6 de enero. A quien le
sale el muñeco le toca invitar el día de la Candelaria, y así una
tradición de origen europeo se encontró con una comida que ya se
preparaba en estas tierras mucho antes de la llegada de los
misioneros.

En los barrios antiguos de la ciudad todavía hay familias que visten
al Niño con el traje de algún oficio: de médico, de bombero, de
agricultor. Algunos sacerdotes ven con recelo esas modas, pero la
mayoría entiende que detrás del vestido hay una petición sencilla por
el trabajo y la salud de la familia.

Conviene recordar, sin embargo, que lo importante no es el atuendo
ni el número de tamales, sino el encuentro. El 1º de febrero, víspera
de la fiesta, muchas parroquias abren sus puertas para confesiones y
para preparar a los padrinos. Vale la pena acercarse.
"""
write_source('ch06.txt', ch06, enc='iso-8859-1')
write_gold('ch06', family='generic',
           title='La Candelaria y los tamales: una fiesta que viene de lejos',
           body_first_words='Cada 2 de febrero las mesas de media ciudad se llenan de tamales',
           body_last_words='Vale la pena acercarse.',
           must_keep=['La primera es la bendición de las velas, que recuerda las palabras del anciano Simeón cuando llamó al Niño luz para alumbrar a las naciones.',
                      'Los tamales llegaron después, por la rosca del 6 de enero.',
                      'El 1º de febrero, víspera de la fiesta, muchas parroquias abren sus puertas para confesiones y para preparar a los padrinos.'])

# ---------------------------------------------------------------- ch07 wire (Medium publication, pasted with English UI, Jal.)
ch07 = """Guadalajara pierde árboles en sus avenidas: lo que dicen los datos

Ximena Robles Araiza
Follow
Published in
Datos Tapatíos
·
6 min read
·
Mar 3, 2021
--
2
Listen
Share

Entre 2011 y 2020, las seis avenidas más transitadas de Guadalajara perdieron cerca de una cuarta parte de sus árboles, según un análisis de imágenes de satélite y de los registros de podas y derribos que el ayuntamiento entregó por transparencia.

Foto: Ximena Robles Araiza

Revisamos tramo por tramo las avenidas Federalismo, Vallarta, López Mateos, Lázaro Cárdenas, Patria y Circunvalación. En total contamos 3,412 árboles en 2011 y 2,560 en 2020. La pérdida más grande ocurrió en Federalismo, donde las obras de la Línea 3 del tren ligero obligaron a retirar los ejemplares del camellón central.

Los registros oficiales muestran que el municipio autorizó 1,120 derribos en esas avenidas durante el periodo, pero sólo documentó la plantación de 410 árboles de reposición. De ellos, los vecinos consultados calculan que sobrevivió menos de la mitad, porque nadie los regó durante el primer estiaje.

La arquitecta paisajista Regina Tovar Lomelí explica que el problema no es sólo cuántos árboles se pierden, sino cuáles. “Un fresno de cuarenta años da una sombra que un arbolito recién plantado no va a dar en dos décadas”, dice.

En las colonias por donde pasan estas avenidas, la temperatura del pavimento a mediodía puede superar los 50 grados en mayo. Los datos de la red de monitoreo muestran además que en esos tramos se concentran los registros más altos de partículas suspendidas de la ciudad.

La base de datos que construimos para esta nota es pública y puede descargarse desde el repositorio de la publicación. Si encuentras un error o un árbol que no contamos, escríbenos.

--
2
Follow
Written by Ximena Robles Araiza
312 Followers
·
Editor for Datos Tapatíos
Periodista de datos. Guadalajara, Jalisco.
More from Ximena Robles Araiza and Datos Tapatíos
Recommended from Medium
"""
write_source('ch07.txt', ch07)
write_gold('ch07', family='wire',
           title='Guadalajara pierde árboles en sus avenidas: lo que dicen los datos',
           date='2021-03-03', bylines=['Ximena Robles Araiza'], source='Datos Tapatíos',
           body_first_words='Entre 2011 y 2020, las seis avenidas más transitadas de Guadalajara',
           body_last_words='Si encuentras un error o un árbol que no contamos, escríbenos.',
           boilerplate=['Follow', 'Published in', '6 min read', 'Listen', 'Share',
                        'Foto: Ximena Robles Araiza', 'Written by Ximena Robles Araiza',
                        '312 Followers', 'Editor for Datos Tapatíos',
                        'Periodista de datos. Guadalajara, Jalisco.',
                        'More from Ximena Robles Araiza and Datos Tapatíos',
                        'Recommended from Medium'],
           must_keep=['En total contamos 3,412 árboles en 2011 y 2,560 en 2020.',
                      '“Un fresno de cuarenta años da una sombra que un arbolito recién plantado no va a dar en dos décadas”, dice.',
                      'La base de datos que construimos para esta nota es pública y puede descargarse desde el repositorio de la publicación.'],
           photo_credit='Ximena Robles Araiza')

# ---------------------------------------------------------------- ch08 bad (saved HTML page, navigation only)
ch08 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Noticias | El Mirador Hidrocálido</title>
<link rel="stylesheet" href="/static/css/portal.min.css">
<script src="/static/js/analytics.js"></script>
</head>
<body class="home">
<header>
  <a class="logo" href="/">El Mirador Hidrocálido</a>
  <nav>
    <ul>
      <li><a href="/local/">Local</a></li>
      <li><a href="/municipios/">Municipios</a></li>
      <li><a href="/deportes/">Deportes</a></li>
      <li><a href="/feria/">Feria de San Marcos</a></li>
      <li><a href="/opinion/">Opinión</a></li>
      <li><a href="/contacto/">Contacto</a></li>
    </ul>
  </nav>
  <form action="/buscar/"><input type="search" name="q" placeholder="Buscar..."></form>
</header>
<main>
  <div id="contenido" data-src="/api/nota/88213"><!-- se carga con JavaScript --></div>
  <noscript>Activa JavaScript para ver este contenido.</noscript>
</main>
<footer>
  <ul>
    <li><a href="/aviso-de-privacidad/">Aviso de privacidad</a></li>
    <li><a href="/directorio/">Directorio</a></li>
    <li><a href="/publicidad/">Publicidad</a></li>
  </ul>
  <p>&copy; 2019 El Mirador Hidrocálido. Todos los derechos reservados.</p>
</footer>
</body>
</html>
"""
write_source('ch08.html', ch08)
write_gold('ch08', family='bad',
           refusal_reason='Página HTML guardada que sólo contiene menús, buscador y pie de página; el texto de la nota nunca se guardó.')

# ---------------------------------------------------------------- ch09 jekyll (Joomla article converted to front matter, Col.)
ch09 = """---
title: "Manzanillo recibe el primer crucero de la temporada"
alias: manzanillo-recibe-primer-crucero-temporada
created: 2011-10-08 09:15:00
modified: 2011-10-09 12:40:12
created_by_alias: Rocío Barajas Anguiano
catid: 14
category: Puerto
state: 1
hits: 2381
language: es-MX
sitename: Brisa Manzanillera
---
<p>Con cerca de 2 mil 400 pasajeros a bordo, el primer crucero de la temporada 2011-2012 atracó la mañana de este sábado en la terminal de la zona de San Pedrito, en el puerto de Manzanillo, donde fue recibido con mariachi y un grupo de danza folclórica.</p>
<hr id="system-readmore" />
<p>La Administración Portuaria Integral informó que para esta temporada están programados 32 arribos, cinco más que el año pasado, la mayoría de barcos que recorren la Riviera Mexicana desde Los Ángeles y San Diego.</p>
<p>Los turistas pudieron elegir entre recorridos por el centro histórico, visitas a las playas de La Audiencia y Miramar y excursiones a la laguna de Cuyutlán. Los guías locales calculan que cada pasajero gasta en promedio 80 dólares durante las ocho horas que el barco permanece en el puerto.</p>
<p>Comerciantes del jardín Álvaro Obregón instalaron puestos de artesanías, dulces de coco y tuba. Teresa Cárdenas, que vende collares de concha desde hace quince años, dijo que los cruceros son la mejor venta del año. "Cuando llega barco, en un día saco lo de una semana", contó.</p>
<p>Los prestadores de servicios turísticos pidieron a las autoridades mejorar la señalización en el malecón y ampliar el horario de los módulos de información, que cierran antes de que los pasajeros regresen al barco.</p>
<p>El siguiente crucero está previsto para el 22 de octubre.</p>
"""
write_source('ch09.md', ch09)
write_gold('ch09', family='jekyll',
           title='Manzanillo recibe el primer crucero de la temporada',
           date='2011-10-08', bylines=['Rocío Barajas Anguiano'], source='Brisa Manzanillera',
           section='Puerto',
           body_first_words='Con cerca de 2 mil 400 pasajeros a bordo, el primer crucero',
           body_last_words='El siguiente crucero está previsto para el 22 de octubre.',
           must_keep=['La Administración Portuaria Integral informó que para esta temporada están programados 32 arribos, cinco más que el año pasado, la mayoría de barcos que recorren la Riviera Mexicana desde Los Ángeles y San Diego.',
                      '"Cuando llega barco, en un día saco lo de una semana", contó.',
                      'El siguiente crucero está previsto para el 22 de octubre.'])

# ---------------------------------------------------------------- ch10 press (diocese, Qro., signed letter)
ch10 = """DIÓCESIS DE QUERÉTARO
Oficina de Comunicación Social
Comunicado 12/2016

Santiago de Querétaro, Qro., a 7 de abril de 2016.

Abren inscripciones para la 126 Peregrinación a pie de Querétaro al Tepeyac

La Diócesis de Querétaro informa que a partir del lunes 11 de abril quedarán abiertas las inscripciones para la 126 Peregrinación a pie al Santuario de Nuestra Señora de Guadalupe, que saldrá de la capital del estado el próximo mes de julio.

Las inscripciones se realizarán en las parroquias de la diócesis, donde los interesados recibirán la credencial y la información sobre las rutas. Este año los grupos de hombres saldrán el 20 de julio y el de mujeres lo hará el 26, como es tradición.

Por recomendación de las autoridades de salud, las personas mayores de 60 años y quienes padezcan alguna enfermedad crónica deberán presentar un certificado médico al momento de inscribirse. Las parroquias contarán con módulos de orientación para quienes no puedan obtenerlo por su cuenta.

La Oficina de Comunicación Social recuerda que la peregrinación es, ante todo, un acto de fe y de penitencia, y pide a los peregrinos respetar los lugares de descanso, no dejar basura en el camino y atender las indicaciones de los coordinadores de cada grupo.

El Obispo de Querétaro presidirá la misa de envío en la Catedral y encomendará a la Virgen de Guadalupe a todos los que caminarán durante diez días hasta la Basílica.

Atentamente
Pbro. Lic. Octavio Rangel Sauceda
Vocero de la Diócesis de Querétaro

* * *
Oficina de Comunicación Social
Tel. 442 555 0634 | comunicacion@diocesisqro-prensa.example.mx
"""
write_source('ch10.txt', ch10, eol='crlf')
write_gold('ch10', family='press_release',
           title='Abren inscripciones para la 126 Peregrinación a pie de Querétaro al Tepeyac',
           date='2016-04-07', source='DIÓCESIS DE QUERÉTARO',
           bulletin_number='12/2016', issuer='DIÓCESIS DE QUERÉTARO',
           dateline_city='Santiago de Querétaro',
           body_first_words='La Diócesis de Querétaro informa que a partir del lunes 11 de abril',
           body_last_words='durante diez días hasta la Basílica.',
           boilerplate=['Oficina de Comunicación Social', 'Comunicado 12/2016',
                        'Santiago de Querétaro, Qro., a 7 de abril de 2016.', 'Atentamente',
                        'Pbro. Lic. Octavio Rangel Sauceda', 'Vocero de la Diócesis de Querétaro',
                        '* * *', 'Tel. 442 555 0634 | comunicacion@diocesisqro-prensa.example.mx'],
           must_keep=['Este año los grupos de hombres saldrán el 20 de julio y el de mujeres lo hará el 26, como es tradición.',
                      'Las parroquias contarán con módulos de orientación para quienes no puedan obtenerlo por su cuenta.',
                      'y pide a los peregrinos respetar los lugares de descanso, no dejar basura en el camino y atender las indicaciones de los coordinadores de cada grupo.'])
