#!/usr/bin/env python3
"""importer-ci, files 21-30."""
import io, zipfile
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- ci21 jekyll (regional site, N.L.: front matter closed with `...`, CRLF)
ci21 = """---
layout: post
title: 'Alex: el río Santa Catarina se desborda y se lleva puentes en Monterrey'
date: 2010-07-01 21:10:00 -05:00
author: Gilberto Montemayor Salazar
categories:
  - Destacada
  - Ciudad
tags: [huracán Alex, lluvias, río Santa Catarina]
site_name: Regio Crónica
...

Las lluvias que dejó a su paso el huracán Alex desbordaron este jueves el río Santa Catarina, que durante la mayor parte del año es un cauce seco, y arrastraron tramos de las avenidas Morones Prieto y Constitución, además de al menos cuatro puentes vehiculares en Monterrey, Guadalupe y San Pedro Garza García.

Desde la madrugada, la corriente creció hasta ocupar todo el lecho del río. Canchas de futbol, estacionamientos y el mercado ambulante que se instala cada domingo en el cauce quedaron bajo el agua. Por la tarde, cientos de personas se asomaban desde los puentes que seguían en pie para ver pasar autos, árboles y tanques de gas.

Protección Civil del estado informó que evacuó a más de 3 mil personas de colonias cercanas al río y a los arroyos Topo Chico y La Silla, y que abrió 25 albergues en escuelas y gimnasios. Hasta la noche se reportaban cinco personas fallecidas en el área metropolitana.

La mayor parte de la zona metropolitana se quedó sin agua potable porque la corriente dañó acueductos y plantas de bombeo. Las autoridades pidieron a la población no salir de sus casas y hervir el agua antes de consumirla.

“Nunca había visto el río así; el agua llegó hasta la banqueta de la casa”, dijo Rosa Elia Garza, vecina de la colonia Independencia, mientras subía muebles a la azotea con ayuda de sus hijos.
"""
write_source('ci21.md', ci21, eol='crlf')
write_gold('ci21', family='jekyll',
           title='Alex: el río Santa Catarina se desborda y se lleva puentes en Monterrey',
           date='2010-07-01', bylines=['Gilberto Montemayor Salazar'], source='Regio Crónica',
           section='Ciudad', placement=['Destacada'],
           body_first_words='Las lluvias que dejó a su paso el huracán Alex desbordaron este jueves',
           body_last_words='mientras subía muebles a la azotea con ayuda de sus hijos.',
           must_keep=['Canchas de futbol, estacionamientos y el mercado ambulante que se instala cada domingo en el cauce quedaron bajo el agua.',
                      'Hasta la noche se reportaban cinco personas fallecidas en el área metropolitana.',
                      'Las autoridades pidieron a la población no salir de sus casas y hervir el agua antes de consumirla.'])

# ---------------------------------------------------------------- ci22 jekyll (Tampico opinion site: day-first quoted date, published "false", author object, <!--more-->)
ci22 = """---
layout: columna
title: "El malecón del Pánuco merece algo más que pintura"
date: "23/04/2019"
published: "false"
author:
  name: Arturo Pérez Lerma
  twitter: "@arturoperezlerma_ej"
category: Opinión
excerpt_separator: <!--more-->
site_name: La Ribera del Pánuco
---

Cada administración municipal de Tampico estrena su propia idea del malecón del río Pánuco: una pinta las barandas de azul, otra cambia las luminarias, la siguiente instala juegos infantiles que a los dos años ya están oxidados.
<!--more-->

El malecón es, quizá, el espacio público más querido de la ciudad. Ahí se pasea los domingos, se ve llegar a los barcos y se come una torta de la barda con el calor pegando en la espalda. Pero también es un lugar que se inunda cada temporada de lluvias, donde faltan baños, sombra y vigilancia después de las nueve de la noche.

Lo que necesita no es otra capa de pintura, sino un plan de largo plazo que sobreviva a los cambios de gobierno. Un consejo ciudadano, con arquitectos, comerciantes de la zona y vecinos del centro histórico, podría decidir qué se construye y vigilar que se mantenga.

Ciudades como Mazatlán o Veracruz lograron que sus malecones fueran proyectos de ciudad y no de un alcalde. Tampico tiene el río, la historia y la gente para hacerlo.

Mientras tanto, bastaría con algo sencillo: árboles. Una hilera de sombra a lo largo del río cambiaría más la vida de quienes caminan por ahí que cualquier escultura monumental.
"""
write_source('ci22.md', ci22)
write_gold('ci22', family='jekyll',
           title='El malecón del Pánuco merece algo más que pintura',
           date='2019-04-23', published=False, bylines=['Arturo Pérez Lerma'],
           source='La Ribera del Pánuco', section='Opinión',
           body_first_words='Cada administración municipal de Tampico estrena su propia idea',
           body_last_words='que cualquier escultura monumental.',
           must_keep=['El malecón es, quizá, el espacio público más querido de la ciudad.',
                      'Tampico tiene el río, la historia y la gente para hacerlo.',
                      'Mientras tanto, bastaría con algo sencillo: árboles.'])

# ---------------------------------------------------------------- ci23 jekyll (Saltillo cultural magazine: Latin-1, `fecha`, two placement words, "y" in author)
ci23 = """---
layout: articulo
title: Las sarapeleras de Saltillo tejen su último telar de pedal
fecha: 2008-11-20
autor: María José Valdés Ramos y Ernesto Galindo Flores
categories: [Destacadas, Cultura, Portada]
sitio: Desierto Adentro
---

En un taller de la calle de Allende, en el centro de Saltillo, tres mujeres siguen tejiendo sarapes en el último telar de pedal que funciona en la ciudad. El más joven de los telares tiene cerca de ochenta años; el más viejo llegó de San Luis Potosí a principios del siglo pasado.

Doña Eufemia Rangel aprendió el oficio de su padre, que tejía los sarapes de colores intensos que dieron fama a la ciudad. &laquo;Antes había talleres en cada cuadra. Ahora la gente compra sarapes de máquina en las tiendas del centro y cree que son de aquí&raquo;, dice mientras pasa la lanzadera.

Un sarape de lana tejido a mano tarda entre tres y cuatro semanas en terminarse y se vende en alrededor de 2 mil pesos, un precio que pocos turistas están dispuestos a pagar. El taller sobrevive gracias a pedidos de coleccionistas y de algunas tiendas de artesanía de Monterrey.

El Instituto Coahuilense de Cultura prepara un registro de los artesanos del sarape que todavía trabajan en el estado, con el propósito de ofrecer talleres a jóvenes y evitar que el oficio desaparezca.

Las tejedoras dicen que están dispuestas a enseñar, pero que nadie se ha acercado. &laquo;Los muchachos quieren trabajar en las armadoras, donde les pagan cada semana&raquo;, comenta doña Eufemia.
"""
write_source('ci23.md', ci23, enc='latin-1')
write_gold('ci23', family='jekyll',
           title='Las sarapeleras de Saltillo tejen su último telar de pedal',
           date='2008-11-20', bylines=['María José Valdés Ramos', 'Ernesto Galindo Flores'],
           source='Desierto Adentro', section='Cultura', placement=['Destacadas', 'Portada'],
           body_first_words='En un taller de la calle de Allende, en el centro de Saltillo',
           body_last_words='comenta doña Eufemia.',
           must_keep=['El más joven de los telares tiene cerca de ochenta años; el más viejo llegó de San Luis Potosí a principios del siglo pasado.',
                      'El taller sobrevive gracias a pedidos de coleccionistas y de algunas tiendas de artesanía de Monterrey.',
                      'Las tejedoras dicen que están dispuestas a enseñar, pero que nadie se ha acercado.'])

# ---------------------------------------------------------------- ci24 generic (radio script, UTF-16 BE with BOM, CRLF)
ci24 = """Las leyendas del Cerro de la Silla
CÁPSULA HISTÓRICA · NOTICIERO MATUTINO · DURACIÓN 2:30

(ENTRA CORTINILLA MUSICAL, 5 SEG. Y BAJA A FONDO)

LOC. 1: Cuentan los abuelos de Guadalupe que el Cerro de la Silla no siempre tuvo esa forma. Antes de que llegaran los españoles, los pueblos del valle decían que la montaña era un caballo dormido que un día despertaría.

LOC. 2: Los primeros pobladores de Monterrey, a finales del siglo dieciséis, lo llamaron así por su parecido con una silla de montar. Desde entonces se volvió el símbolo de la ciudad y aparece en el escudo del estado.

(EFECTO: VIENTO)

LOC. 1: Una de las leyendas más conocidas habla de un tesoro escondido en una de sus cuevas. Se dice que unos arrieros lo enterraron para esconderlo de los bandoleros y que nunca pudieron regresar por él. Todavía hay quien sube con pala y linterna a buscarlo.

LOC. 2: Otra historia asegura que en las noches de luna llena se escucha desde la cima una campana. Los guardabosques del área natural protegida dicen que lo que se oye es el viento que pasa entre las rocas del picacho.

LOC. 1: Hoy el cerro recibe a miles de excursionistas cada fin de semana. Las autoridades recuerdan que hay que subir con agua suficiente, no salirse de las veredas marcadas y bajar antes de que oscurezca.

LOC. 2: Porque las leyendas se cuentan mejor cuando uno regresa a casa.

(SUBE CORTINILLA Y SALE)
"""
write_source('ci24.txt', ci24, enc='utf-16-be', eol='crlf', bom=True)
write_gold('ci24', family='generic',
           title='Las leyendas del Cerro de la Silla',
           body_first_words='LOC. 1: Cuentan los abuelos de Guadalupe',
           body_last_words='Porque las leyendas se cuentan mejor cuando uno regresa a casa.',
           must_keep=['Desde entonces se volvió el símbolo de la ciudad y aparece en el escudo del estado.',
                      'Todavía hay quien sube con pala y linterna a buscarlo.',
                      'Hoy el cerro recibe a miles de excursionistas cada fin de semana.'])

# ---------------------------------------------------------------- ci25 generic (setext `=====` title, numbered list)
ci25 = """Mochila de emergencia para la temporada de huracanes en el sur de Tamaulipas
==========================================================================

La temporada de huracanes en el Golfo de México va del 1 de junio al 30 de noviembre. En Tampico, Madero y Altamira, las inundaciones más graves han llegado con tormentas que no eran huracanes, así que conviene tener lista una mochila de emergencia desde el inicio de la temporada y no esperar al aviso.

Qué debe llevar la mochila:

1. Copias de actas de nacimiento, identificaciones, escrituras y recetas médicas, guardadas en una bolsa de plástico con cierre.
2. Agua embotellada para tres días, a razón de cuatro litros por persona al día.
3. Alimentos enlatados o empacados que no necesiten cocinarse, y un abrelatas manual.
4. Linterna, radio de pilas y pilas de repuesto.
5. Medicamentos de uso diario para al menos una semana y un botiquín básico.
6. Dinero en efectivo en billetes pequeños, porque los cajeros y las terminales dejan de funcionar cuando se va la luz.

Además de la mochila, cada familia debería acordar un punto de reunión fuera de la colonia y escribir en papel los teléfonos de sus parientes. Cuando se cae la red, el celular sirve de poco si nadie se sabe un número de memoria.

Si vives cerca de la laguna del Carpintero, del río Tamesí o de algún canal, ubica desde ahora cuál es el albergue más cercano y cuál es la ruta para llegar a él sin cruzar calles que se inundan. Las mascotas también necesitan agua, comida y una correa.

Revisa la mochila cada seis meses: el agua y los alimentos caducan, y los niños crecen y necesitan otra ropa.
"""
write_source('ci25.md', ci25)
write_gold('ci25', family='generic',
           title='Mochila de emergencia para la temporada de huracanes en el sur de Tamaulipas',
           body_first_words='La temporada de huracanes en el Golfo de México va del 1 de junio al 30 de noviembre.',
           body_last_words='y los niños crecen y necesitan otra ropa.',
           must_keep=['2. Agua embotellada para tres días, a razón de cuatro litros por persona al día.',
                      'Cuando se cae la red, el celular sirve de poco si nadie se sabe un número de memoria.',
                      'Las mascotas también necesitan agua, comida y una correa.'])

# ---------------------------------------------------------------- ci26 generic (stenographic transcript, cp1252, CRLF)
ci26 = """Versión estenográfica: conferencia sobre el programa de bacheo en Saltillo

PRESIDENTE MUNICIPAL, JAVIER ALDACO FUENTES: Buenos días a todas y a todos. Los convocamos para informarles del programa de bacheo que arranca el próximo lunes en las cinco zonas de la ciudad.

Vamos a trabajar con doce cuadrillas, una por cada sector, y con dos máquinas recicladoras de asfalto que llegaron la semana pasada. La meta es cubrir 60 mil metros cuadrados antes de que empiece la temporada de lluvias.

PREGUNTA: ¿Cuáles son las colonias donde van a empezar?

PRESIDENTE MUNICIPAL, JAVIER ALDACO FUENTES: Vamos a empezar por las vialidades con más tráfico: el periférico, el bulevar Venustiano Carranza y el bulevar Fundadores. Después seguimos con las calles de las colonias, de acuerdo con los reportes que hace la gente en la línea ciudadana.

PREGUNTA: ¿Cuánto va a costar el programa y de dónde salen los recursos?

DIRECTOR DE OBRAS PÚBLICAS, RAÚL ESPINOZA DÁVILA: Son 28 millones de pesos, todos de recursos municipales. Una parte viene del ahorro que tuvimos en el alumbrado público al cambiar las luminarias.

PREGUNTA: Los vecinos se quejan de que los baches vuelven a abrirse a los pocos meses. ¿Qué van a hacer diferente?

DIRECTOR DE OBRAS PÚBLICAS, RAÚL ESPINOZA DÁVILA: Vamos a cortar el pavimento en forma de cuadro y a compactar la base antes de poner la mezcla caliente. No vamos a tapar baches con mezcla fría, que es la que se levanta con la primera lluvia.

PRESIDENTE MUNICIPAL, JAVIER ALDACO FUENTES: Muchas gracias a todos. Cualquier reporte, la línea ciudadana está abierta las 24 horas.

---000---
"""
write_source('ci26.txt', ci26, enc='cp1252', eol='crlf')
write_gold('ci26', family='generic',
           title='Versión estenográfica: conferencia sobre el programa de bacheo en Saltillo',
           body_first_words='PRESIDENTE MUNICIPAL, JAVIER ALDACO FUENTES: Buenos días a todas y a todos.',
           body_last_words='la línea ciudadana está abierta las 24 horas.',
           boilerplate=['---000---'],
           must_keep=['La meta es cubrir 60 mil metros cuadrados antes de que empiece la temporada de lluvias.',
                      'PREGUNTA: ¿Cuánto va a costar el programa y de dónde salen los recursos?',
                      'No vamos a tapar baches con mezcla fría, que es la que se levanta con la primera lluvia.'])

# ---------------------------------------------------------------- ci27 generic (travel chronicle from a word processor: soft hyphens, NBSP, mixed EOL)
SHY = '\u00ad'
ci27 = """Apuntes de viaje: Real de Catorce en temporada de lluvias   

Llegar a Real de Catorce en agosto tiene algo de aventura. El camino empedrado que sube desde la carretera federal 57 se vuelve resbaloso con las lluvias de la tarde, y el túnel Ogarrio, de dos kilómetros y medio, es la única entrada al pueblo para los vehículos.

Del otro lado del túnel, el pueblo aparece entre la neblina: casas de piedra sin techo, calles que suben y bajan, y la torre de la parroquia de la Purísima Concepción. En el siglo XIX vivieron aquí más de 15{n}000 personas, atraídas por las minas de plata; hoy son poco más de mil.

Los domingos, los peregrinos que vienen a ver a San Francisco de Asís, al que aquí llaman Panchito, llenan la parroquia y los puestos de veladoras. Entre semana, el pueblo es de los caminantes que bajan a pie o a caballo hacia el pueblo fantasma y de los hua{s}chi{s}les que venden artesanías en la plaza.

En temporada de lluvias el desierto se pone verde. Los guías recomiendan llevar impermeable, calzado con suela firme y no salir a caminar después de las cuatro de la tarde, cuando empiezan las tormentas eléctricas.

Para comer, las gorditas de horno de la calle Lanzagorta son una parada obligada. Y para dormir, conviene reservar: los fines de semana largos no queda un cuarto libre.
""".replace('{n}', NBSP).replace('{s}', SHY)
write_source('ci27.text', ci27, eol=('mixed', 3))
write_gold('ci27', family='generic',
           title='Apuntes de viaje: Real de Catorce en temporada de lluvias',
           body_first_words='Llegar a Real de Catorce en agosto tiene algo de aventura.',
           body_last_words='los fines de semana largos no queda un cuarto libre.',
           must_keep=['En el siglo XIX vivieron aquí más de 15 000 personas, atraídas por las minas de plata; hoy son poco más de mil.',
                      'En temporada de lluvias el desierto se pone verde.',
                      'Para comer, las gorditas de horno de la calle Lanzagorta son una parada obligada.'])

# ---------------------------------------------------------------- ci28 bad (front matter, then only whitespace)
ci28 = """---
layout: post
title: "Tigres de la Laguna presentan su plantel para el torneo de Apertura"
date: 2018-07-12T10:00:00-05:00
author: Redacción
categories: [Deportes]
---
   

\t
"""
write_source('ci28.markdown', ci28, eol='crlf')
write_gold('ci28', family='bad',
           refusal_reason='El archivo sólo tiene encabezado (front matter) y después únicamente espacios: no hay cuerpo de texto.')

# ---------------------------------------------------------------- ci29 bad (saved HTML page: navigation only, no article)
ci29 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Noticias | El Pregonero de Ciudad Victoria</title>
<link rel="stylesheet" href="/static/css/main.3f9a1c.css">
<script src="/static/js/bundle.8b21e4.js" defer></script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">El Pregonero de Ciudad Victoria</a>
  <nav>
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/victoria/">Victoria</a></li>
      <li><a href="/estado/">Estado</a></li>
      <li><a href="/deportes/">Deportes</a></li>
      <li><a href="/opinion/">Opinión</a></li>
      <li><a href="/contacto/">Contacto</a></li>
    </ul>
  </nav>
  <form action="/buscar/"><input type="search" name="q" placeholder="Buscar"></form>
</header>
<main id="app">
  <div class="loader">Cargando…</div>
  <noscript>Necesitas activar JavaScript para ver este sitio.</noscript>
</main>
<footer>
  <p><a href="/aviso-de-privacidad/">Aviso de privacidad</a> · <a href="/directorio/">Directorio</a></p>
  <p>© 2021 El Pregonero de Ciudad Victoria. Todos los derechos reservados.</p>
</footer>
</body>
</html>
"""
write_source('ci29.html', ci29)
write_gold('ci29', family='bad',
           refusal_reason='Es una página HTML guardada que sólo contiene menús, buscador y pie de página; no hay ninguna nota.')

# ---------------------------------------------------------------- ci30 bad (a Word .docx saved with a .txt name)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo('[Content_Types].xml', (2017, 5, 2, 9, 30, 0)),
               '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Default Extension="xml" ContentType="application/xml"/></Types>')
    z.writestr(zipfile.ZipInfo('word/document.xml', (2017, 5, 2, 9, 30, 0)),
               '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
               '<w:body><w:p><w:r><w:t>Boletín de prensa</w:t></w:r></w:p></w:body></w:document>')
write_source('ci30.txt', raw=buf.getvalue())
write_gold('ci30', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, comprimido y binario) guardado con extensión .txt; no es texto legible.')
