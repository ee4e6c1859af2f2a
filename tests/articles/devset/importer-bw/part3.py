#!/usr/bin/env python3
"""importer-bw, files 21-30."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bw21 jekyll (WordPress via jekyll-import, author mapping, [caption])
bw21 = """---
layout: post
title: Morelia estrena ciclovía en la avenida Madero Poniente
date: 2011-06-15 12:30:11.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Ciudad
tags: []
meta:
  _edit_last: '3'
  _thumbnail_id: '512'
author:
  login: mrosales
  email: mrosales@moreliaaldia.example.mx
  display_name: Martha Rosales Ceja
  first_name: Martha
  last_name: Rosales Ceja
permalink: "/2011/06/15/morelia-estrena-ciclovia-en-madero-poniente/"
---
<p>[caption id="attachment_512" align="aligncenter" width="600"]<img class="size-full wp-image-512" src="/wp-content/uploads/2011/06/ciclovia.jpg" alt="ciclovia" width="600" height="400" /> Foto: Archivo[/caption]</p>
<p>Desde este miércoles, los ciclistas de Morelia cuentan con un carril confinado de 3.2 kilómetros en la avenida Madero Poniente, entre la salida a Quiroga y el Bosque Cuauhtémoc, la primera ciclovía de la ciudad separada del tránsito de automóviles por bolardos y guarniciones.</p>
<p>La obra costó alrededor de 11 millones de pesos e incluyó la colocación de semáforos para bicicletas en seis cruceros, la construcción de rampas y la instalación de 40 estacionamientos para bicicletas en el tramo del centro histórico.</p>
<p>Colectivos ciclistas que durante años organizaron paseos nocturnos para pedir infraestructura celebraron la apertura, aunque advirtieron que la ciclovía servirá de poco si no se conecta con las colonias del norte y del sur, de donde salen a diario miles de trabajadores en bicicleta.</p>
<p>Algunos comerciantes de la avenida se quejaron de que perdieron cajones de estacionamiento frente a sus negocios. &ldquo;Nadie nos preguntó, y los clientes que llegan en carro ya no se paran&rdquo;, dijo el encargado de una refaccionaria.</p>
<p>El ayuntamiento informó que en el segundo semestre del año licitará la segunda etapa, que llevará la ciclovía por la avenida Acueducto hasta la salida a Mil Cumbres, y que realizará una campaña para que los automovilistas respeten el carril.</p>
"""
write_source('bw21.md', bw21)
write_gold('bw21', family='jekyll',
           title='Morelia estrena ciclovía en la avenida Madero Poniente',
           date='2011-06-15', bylines=['Martha Rosales Ceja'], section='Ciudad',
           body_first_words='Desde este miércoles, los ciclistas de Morelia cuentan con un carril confinado',
           body_last_words='para que los automovilistas respeten el carril.',
           boilerplate=['[caption id="attachment_512" align="aligncenter" width="600"]', 'Foto: Archivo[/caption]'],
           must_keep=['La obra costó alrededor de 11 millones de pesos e incluyó la colocación de semáforos para bicicletas en seis cruceros, la construcción de rampas y la instalación de 40 estacionamientos para bicicletas en el tramo del centro histórico.',
                      'Algunos comerciantes de la avenida se quejaron de que perdieron cajones de estacionamiento frente a sus negocios.',
                      'la primera ciclovía de la ciudad separada del tránsito de automóviles por bolardos y guarniciones.'],
           photo_credit='Archivo')

# ---------------------------------------------------------------- bw22 jekyll (BOM + CRLF, desk author, <!--more-->, Liquid include)
bw22 = """---
layout: nota
title: Celaya instala 40 cámaras lectoras de placas en sus accesos carreteros
date: "2020-03-15 18:20:00 -0600"
author: Redacción Crucero
categories:
  - Destacada
  - Seguridad
site_name: Crucero Celaya Noticias
---
La Secretaría de Seguridad Ciudadana de Celaya puso en funcionamiento 40 cámaras lectoras de placas en los nueve accesos carreteros del municipio, que registrarán cada vehículo que entre o salga de la ciudad y alertarán de inmediato cuando detecten uno con reporte de robo.

<!--more-->

{% include anuncio-300x250.html %}

Las cámaras se instalaron en arcos metálicos sobre la carretera federal 45, la autopista a Querétaro, la carretera a Salvatierra, el libramiento norte y los caminos a Comonfort, Villagrán, Juventino Rosas, Cortazar y Apaseo el Alto. Cada una puede leer placas a una velocidad de hasta 160 kilómetros por hora, de día y de noche.

La información se concentra en el centro de mando municipal, donde operadores revisan las alertas y las transmiten a las patrullas más cercanas. Según la dependencia, durante la semana de pruebas el sistema permitió recuperar siete vehículos robados.

Organizaciones civiles pidieron que el municipio publique las reglas sobre cuánto tiempo se guardarán los registros y quién podrá consultarlos. “Está bien que se busquen autos robados, pero no queremos un registro de todos nuestros movimientos sin control”, señaló la representante de un observatorio ciudadano.

El ayuntamiento respondió que los datos se conservarán 90 días y que sólo podrán consultarse con un folio de investigación. El proyecto tuvo un costo de 36 millones de pesos, financiados con recursos federales para la seguridad pública.
"""
write_source('bw22.md', bw22, bom=True, eol='crlf')
write_gold('bw22', family='jekyll',
           title='Celaya instala 40 cámaras lectoras de placas en sus accesos carreteros',
           date='2020-03-15', bylines=[], source='Crucero Celaya Noticias',
           section='Seguridad', placement=['Destacada'],
           body_first_words='La Secretaría de Seguridad Ciudadana de Celaya puso en funcionamiento',
           body_last_words='financiados con recursos federales para la seguridad pública.',
           boilerplate=['{% include anuncio-300x250.html %}'],
           must_keep=['Cada una puede leer placas a una velocidad de hasta 160 kilómetros por hora, de día y de noche.',
                      'Según la dependencia, durante la semana de pruebas el sistema permitió recuperar siete vehículos robados.',
                      'El ayuntamiento respondió que los datos se conservarán 90 días y que sólo podrán consultarse con un folio de investigación.'])

# ---------------------------------------------------------------- bw23 jekyll (hand-edited: unquoted colon in title, day-first date)
bw23 = """---
layout: post
title: Ocampo: llegan las primeras monarcas al santuario de El Rosario
date: 12/11/2012
author: Nayeli Sánchez Colín
category: Turismo
periodico: Oriente Michoacano
---

Las primeras colonias de mariposa monarca comenzaron a llegar esta semana al santuario de El Rosario, en el municipio de Ocampo, luego de un viaje de más de 4 mil kilómetros desde el sur de Canadá y el norte de Estados Unidos.

Los guías del ejido informaron que los primeros grupos se posaron en los oyameles de la parte alta del cerro, y que en los próximos días se espera que formen las grandes concentraciones que cubren los troncos de los árboles hasta marzo.

El santuario abrirá oficialmente a los visitantes el próximo fin de semana. Los ejidatarios, que se turnan como guías, caballerangos y vendedores de comida, prepararon los senderos y reforzaron la señalización para que los turistas no se salgan de las rutas autorizadas.

Investigadores que dan seguimiento a la migración explicaron que la superficie ocupada por las mariposas en la temporada pasada fue una de las más bajas de la última década, por lo que este año será clave para conocer la tendencia de la población.

“Las monarcas nos dan de comer cuatro meses al año; por eso cuidamos el bosque los otros ocho”, dijo Efrén Cruz Mondragón, guía del ejido desde hace quince años.

Las autoridades recomendaron a los visitantes llevar ropa abrigadora, guardar silencio en las zonas de concentración y no recoger mariposas del suelo.
"""
write_source('bw23.md', bw23)
write_gold('bw23', family='jekyll',
           title='Ocampo: llegan las primeras monarcas al santuario de El Rosario',
           date='2012-11-12', bylines=['Nayeli Sánchez Colín'], source='Oriente Michoacano',
           section='Turismo',
           body_first_words='Las primeras colonias de mariposa monarca comenzaron a llegar',
           body_last_words='y no recoger mariposas del suelo.',
           must_keep=['El santuario abrirá oficialmente a los visitantes el próximo fin de semana.',
                      '“Las monarcas nos dan de comer cuatro meses al año; por eso cuidamos el bosque los otros ocho”, dijo Efrén Cruz Mondragón, guía del ejido desde hace quince años.',
                      'por lo que este año será clave para conocer la tendencia de la población.'])

# ---------------------------------------------------------------- bw24 generic (QuarkXPress Tags export of a print weekly, Mac Roman, CR)
bw24 = """<v7.00><e0>
@Normal:
@Cabeza:Productores de Tolimán convierten el garambullo en mermelada y licor
@Firma:Por Abigail Trejo Morales
@Texto_inicial:En las laderas secas de Tolimán, donde la lluvia apenas alcanza para el maíz, un grupo de 22 familias encontró en el garambullo una fuente de ingresos que no depende del temporal.
@Texto:El fruto, pequeño y morado, crece en un cactus que abunda en el semidesierto queretano y que durante generaciones se comió sólo en temporada, directamente de la planta. Desde hace tres años, la cooperativa que formaron estas familias lo procesa para hacer mermelada, ate, licor y una bebida fermentada que venden en ferias y tiendas de Bernal y de la capital del estado.
@Texto:La cosecha se hace entre mayo y julio. Las mujeres salen antes del amanecer, cuando el fruto está frío y firme, y lo cortan con pinzas de madera para no lastimarse con las espinas.<\\#8212>Lo que se junta en la mañana se procesa ese mismo día, porque el garambullo se fermenta rápido.
@Pie:Doña Celestina Pérez revisa el fruto recién cortado. Foto: Abigail Trejo Morales
@Texto:La cooperativa vendió el año pasado unos 3 mil frascos de mermelada. “Antes el garambullo se quedaba en el cerro para los pájaros; ahora es lo que nos paga la escuela de los hijos”, dice Celestina Pérez, una de las fundadoras.
@Texto:Los productores buscan ahora el registro sanitario que les permitiría vender en tiendas de autoservicio, y un investigador de la universidad estatal los asesora para medir los antioxidantes del fruto, que podrían darle valor en el mercado de alimentos naturales.
@Texto:Mientras tanto, las familias han comenzado a plantar garambullos en las orillas de sus parcelas, para no depender sólo de las plantas silvestres del cerro.
"""
write_source('bw24.txt', bw24, enc='mac_roman', eol='cr')
write_gold('bw24', family='generic',
           title='Productores de Tolimán convierten el garambullo en mermelada y licor',
           bylines=['Abigail Trejo Morales'],
           body_first_words='En las laderas secas de Tolimán, donde la lluvia apenas alcanza para el maíz',
           body_last_words='para no depender sólo de las plantas silvestres del cerro.',
           boilerplate=['<v7.00><e0>',
                        '@Pie:Doña Celestina Pérez revisa el fruto recién cortado. Foto: Abigail Trejo Morales'],
           must_keep=['La cosecha se hace entre mayo y julio.',
                      '“Antes el garambullo se quedaba en el cerro para los pájaros; ahora es lo que nos paga la escuela de los hijos”, dice Celestina Pérez, una de las fundadoras.',
                      'La cooperativa vendió el año pasado unos 3 mil frascos de mermelada.'],
           photo_credit='Abigail Trejo Morales')

# ---------------------------------------------------------------- bw25 generic (radio script turned into a web note, Celaya)
bw25 = """NOTICIERO MATUTINO · BLOQUE 2 · NOTA 4
Martes 11 de febrero de 2020
TÍTULO WEB: Celaya amplía el horario de recolección de basura en colonias del oriente
REDACTA: Pamela Guerrero Soto
LEE: Conductor 1 / Conductora 2
DURACIÓN: 1'50"

LOC 1: A partir del próximo lunes, los camiones recolectores de basura de Celaya ampliarán su horario en 24 colonias del oriente de la ciudad, donde los vecinos se han quejado durante meses de que el servicio pasa a deshoras o de plano no pasa.

LOC 2: El Departamento de Limpia informó que los camiones trabajarán en dos turnos, uno de seis de la mañana a dos de la tarde y otro de cuatro de la tarde a diez de la noche, y que a la flotilla se sumarán ocho unidades nuevas.

(ENTRA AUDIO 1: director de Servicios Municipales — 0'18" — ENTRA: «Vamos a cubrir...» SALE: «...sin dejar bolsas en la calle»)

LOC 1: Entre las colonias beneficiadas están Las Insurgentes, Rancho Seco, Valle del Real y Los Olivos, además de las comunidades de Rincón de Tamayo y San Juan de la Vega, que hasta ahora sólo tenían servicio dos veces por semana.

LOC 2: El municipio pidió a los vecinos sacar la basura únicamente cuando escuchen la campana del camión y separar los residuos orgánicos de los inorgánicos. Quienes dejen bolsas en la vía pública podrán ser multados con hasta diez unidades de medida y actualización.

(CORTINILLA)

LOC 1: Para reportar fallas en el servicio, los vecinos pueden llamar a la línea de atención ciudadana del municipio, que funciona de lunes a sábado, o acudir a las oficinas del Departamento de Limpia en la colonia Alameda.

LOC 2: La dependencia informó que en marzo evaluará los resultados del nuevo horario para decidir si lo extiende a las colonias del norte de la ciudad.

(FONDO MUSICAL Y SALIDA A CORTE COMERCIAL)
"""
write_source('bw25.text', bw25, eol='crlf')
write_gold('bw25', family='generic',
           title='Celaya amplía el horario de recolección de basura en colonias del oriente',
           date='2020-02-11', bylines=['Pamela Guerrero Soto'],
           body_first_words='A partir del próximo lunes, los camiones recolectores de basura de Celaya',
           body_last_words='si lo extiende a las colonias del norte de la ciudad.',
           boilerplate=['NOTICIERO MATUTINO · BLOQUE 2 · NOTA 4', 'LEE: Conductor 1 / Conductora 2',
                        'DURACIÓN: 1\'50"', 'LOC 1:', 'LOC 2:',
                        '(ENTRA AUDIO 1: director de Servicios Municipales — 0\'18" — ENTRA: «Vamos a cubrir...» SALE: «...sin dejar bolsas en la calle»)',
                        '(CORTINILLA)', '(FONDO MUSICAL Y SALIDA A CORTE COMERCIAL)'],
           must_keep=['y que a la flotilla se sumarán ocho unidades nuevas.',
                      'Quienes dejen bolsas en la vía pública podrán ser multados con hasta diez unidades de medida y actualización.',
                      'que hasta ahora sólo tenían servicio dos veces por semana.'])

# ---------------------------------------------------------------- bw26 generic (WhatsApp chat export: a correspondent files to the desk)
S = '12/03/21 {t} - Ramiro Paredes Corresp. Pénjamo: '
bw26 = """12/03/21 9:01 - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.
{9:02}Va nota de Pénjamo, ahorita te mando fotos
{9:03}Cabeza: Vecinos de Santa Ana Pacueco bloquean el puente sobre el Lerma por falta de agua
{9:05}Pénjamo, Gto., 12 de marzo de 2021.- Vecinos de Santa Ana Pacueco bloquearon desde las siete de la mañana de este viernes el puente que une a esta localidad con La Piedad, Michoacán, para exigir al municipio de Pénjamo que restablezca el suministro de agua potable, suspendido desde hace once días.
{9:06}Los inconformes colocaron piedras y una camioneta atravesada en el acceso al puente, por lo que cientos de personas que cruzan a diario a trabajar o a estudiar al otro lado del río tuvieron que caminar hasta el siguiente cruce.
{9:07}Según los vecinos, la bomba del pozo que abastece a la colonia se descompuso a finales de febrero y el organismo de agua municipal sólo ha enviado dos pipas, que no alcanzan para las cerca de 800 familias afectadas. "Tenemos niños y abuelitos, y estamos comprando garrafones para bañarnos", dijo una de las manifestantes.
{9:07}IMG-20210312-WA0007.jpg (archivo adjunto)
{9:09}Al lugar llegó el director del organismo de agua, quien explicó que la bomba ya fue reparada y que será instalada este mismo fin de semana. Los vecinos aceptaron liberar un carril, pero advirtieron que mantendrán el plantón hasta que vean salir el agua de las llaves.
{9:10}Elementos de seguridad pública de ambos municipios desviaron el tránsito de vehículos pesados hacia el libramiento de La Piedad.
{9:10}Ramiro Paredes Lara / Corresponsal
12/03/21 9:14 - Mesa Regional: Recibido, gracias 👍 ¿La quieres para web o para impreso?
{9:15}Para las dos
"""
import re as _re
bw26 = _re.sub(r'\{(\d+:\d+)\}', lambda m: S.format(t=m.group(1)), bw26)
write_source('bw26.txt', bw26)
write_gold('bw26', family='generic',
           title='Vecinos de Santa Ana Pacueco bloquean el puente sobre el Lerma por falta de agua',
           date='2021-03-12', bylines=['Ramiro Paredes Lara'],
           body_first_words='Vecinos de Santa Ana Pacueco bloquearon desde las siete de la mañana',
           body_last_words='hacia el libramiento de La Piedad.',
           boilerplate=['Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        'Ramiro Paredes Corresp. Pénjamo:', 'Va nota de Pénjamo, ahorita te mando fotos',
                        'Cabeza:', 'Pénjamo, Gto., 12 de marzo de 2021.-',
                        'IMG-20210312-WA0007.jpg (archivo adjunto)', 'Ramiro Paredes Lara / Corresponsal',
                        'Mesa Regional: Recibido, gracias 👍 ¿La quieres para web o para impreso?',
                        'Para las dos'],
           must_keep=['para exigir al municipio de Pénjamo que restablezca el suministro de agua potable, suspendido desde hace once días.',
                      '"Tenemos niños y abuelitos, y estamos comprando garrafones para bañarnos", dijo una de las manifestantes.',
                      'Los vecinos aceptaron liberar un carril, pero advirtieron que mantendrán el plantón hasta que vean salir el agua de las llaves.'])

# ---------------------------------------------------------------- bw27 generic (UTF-16 BE, roman-numeral parts, byline at the end)
bw27 = """La cajeta de Celaya, entre el cazo de cobre y la fábrica

I

A las cinco de la mañana, en un patio de la colonia Alameda, don Leopoldo Araujo enciende el fogón bajo un cazo de cobre que heredó de su padre. En él caben ochenta litros de leche de cabra, que durante las siguientes cuatro horas se moverán sin descanso con una pala de madera hasta convertirse en cajeta.

La receta no tiene secretos, dice: leche, azúcar, una pizca de bicarbonato y paciencia. Lo difícil es saber cuándo apagar el fuego. Si se pasa, la cajeta se cristaliza; si le falta, se corta en el frasco a las pocas semanas.

II

En Celaya trabajan hoy unas cuarenta cajeteras, desde talleres familiares como el de don Leopoldo hasta fábricas que envasan varias toneladas al día en cajitas de madera y en frascos de vidrio que se venden en las centrales de autobuses de todo el país.

Los productores pequeños se quejan de que la leche de cabra es cada vez más cara y más escasa, porque los rebaños del Bajío se han reducido con el crecimiento de las ciudades. Algunas fábricas mezclan leche de vaca para abaratar el producto, algo que los artesanos consideran una traición a la receta.

III

La cajeta tiene su propio festival cada año, con concursos de postres y recorridos por los talleres. Para don Leopoldo, sin embargo, la mejor promoción sigue siendo la de siempre: los viajeros que se detienen en la carretera, prueban una cucharada y se llevan una caja para el camino.

Leticia Morales Ayala / Colaboradora
"""
write_source('bw27.txt', bw27, enc='utf-16-be', bom=True, eol='crlf')
write_gold('bw27', family='generic',
           title='La cajeta de Celaya, entre el cazo de cobre y la fábrica',
           bylines=['Leticia Morales Ayala'],
           body_first_words='A las cinco de la mañana, en un patio de la colonia Alameda',
           body_last_words='y se llevan una caja para el camino.',
           boilerplate=['Leticia Morales Ayala / Colaboradora'],
           must_keep=['Si se pasa, la cajeta se cristaliza; si le falta, se corta en el frasco a las pocas semanas.',
                      'Algunas fábricas mezclan leche de vaca para abaratar el producto, algo que los artesanos consideran una traición a la receta.',
                      'Lo difícil es saber cuándo apagar el fuego.'])

# ---------------------------------------------------------------- bw28 bad (saved HTML page: navigation only, no article)
bw28 = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Secciones | El Faro Hidrocálido</title>
<link rel="stylesheet" href="/static/css/main.min.css">
<script async src="/static/js/ads.js"></script>
</head>
<body class="section-index">
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/logo-faro.svg" alt="El Faro Hidrocálido"></a>
  <nav class="main-nav">
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/local/">Local</a></li>
      <li><a href="/seguridad/">Seguridad</a></li>
      <li><a href="/feria/">Feria</a></li>
      <li><a href="/deportes/">Deportes</a></li>
      <li><a href="/opinion/">Opinión</a></li>
      <li><a href="/galerias/">Galerías</a></li>
    </ul>
  </nav>
  <form class="search" action="/buscar/"><input type="search" name="q" placeholder="Buscar"></form>
</header>
<main>
  <div class="ad-slot" id="div-gpt-ad-top"></div>
  <!-- contenido cargado por JavaScript -->
  <div id="app"></div>
</main>
<footer>
  <ul>
    <li><a href="/aviso-de-privacidad/">Aviso de privacidad</a></li>
    <li><a href="/contacto/">Contacto</a></li>
    <li><a href="/directorio/">Directorio</a></li>
  </ul>
  <p>© 2021 El Faro Hidrocálido. Todos los derechos reservados.</p>
</footer>
</body>
</html>
"""
write_source('bw28.txt', bw28)
write_gold('bw28', family='bad',
           refusal_reason='El archivo es una página HTML guardada que sólo contiene menús de navegación; no contiene ninguna nota.')

# ---------------------------------------------------------------- bw29 bad (front matter, body is only an HTML comment)
bw29 = """---
layout: post
title: "Arranca la temporada de la uva en Dolores Hidalgo"
date: 2016-08-12 09:00:00 -0500
author: Redacción
categories: [Portada, Campo]
---

<!-- pendiente: falta subir el texto de la nota -->

"""
write_source('bw29.markdown', bw29, eol='crlf')
write_gold('bw29', family='bad',
           refusal_reason='El archivo sólo tiene encabezado (front matter) y un comentario; no tiene cuerpo de texto.')

# ---------------------------------------------------------------- bw30 bad (binary Word .doc saved as .txt)
ole = bytearray(b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00'
                + b'\x06\x00' + b'\x00' * 10 + b'\x01\x00\x00\x00' + b'\x00' * 8 + b'\x00\x10\x00\x00')
ole += b'\xff' * (512 - len(ole))
ole += b'\xec\xa5\xc1\x00\x07\x80\x19\x04\x00\x00\xf0\x12\xbf\x00\x00\x00\x00\x00\x00\x10\x00\x00'
ole += 'Nota Irapuato'.encode('utf-16-le') + b'\x00\x00' + bytes(range(0, 256)) * 2
ole += b'\x00' * (1536 - len(ole))
write_source('bw30.txt', raw=bytes(ole))
write_gold('bw30', family='bad',
           refusal_reason='El archivo es un documento de Word binario (.doc) guardado con extensión .txt; no es texto legible.')
