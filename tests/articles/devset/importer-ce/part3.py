#!/usr/bin/env python3
"""importer-ce, files 21-30."""
import io
import zipfile
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- ce21 jekyll (digital outlet, CST abbreviation, placement first, Camp.)
ce21 = """---
layout: post
title: Altares de Hanal Pixán llenan la Plaza de la Independencia de Campeche
date: 2016-11-01 23:45:00 CST
categories:
  - Portada
  - Tradiciones
author: Gaspar Ehuán Tun
medio: El Baluarte Digital
imagen_destacada: /img/2016/11/altares-plaza.jpg
---

Cuarenta y dos altares de Hanal Pixán, levantados por escuelas, barrios y comunidades de los once municipios del estado, ocuparon este martes la Plaza de la Independencia de San Francisco de Campeche, en la muestra con la que la ciudad recibe a las ánimas de los difuntos.

Los altares siguen la tradición maya peninsular: mesa cubierta con mantel bordado, arco de ramas de huano, velas, fotografías de los difuntos y, sobre todo, comida. No faltan el pib, el tamal grande cocido bajo tierra, ni los dulces de papaya, calabaza y coco, ni el chocolate con agua.

Los organizadores calculan que durante la tarde y la noche pasaron por la plaza unas 15 mil personas. Muchas familias recorrieron los altares con sus hijos y explicaron a los más pequeños el significado de cada objeto.

El altar del barrio de San Román, uno de los más visitados, recreó una casa tradicional con paredes de bajareque y techo de guano. “Mi abuela decía que las ánimas llegan cansadas y con hambre, por eso se pone agua, sal y comida”, explicó una de las vecinas que lo armaron.

La muestra permanecerá abierta hasta el 2 de noviembre. Para el fin de semana, el barrio de Santa Ana organiza su tradicional paseo de ánimas, una procesión nocturna hasta el cementerio que reúne cada año a cientos de personas con velas.
"""
write_source('ce21.md', ce21, bom=True)
write_gold('ce21', family='jekyll',
           title='Altares de Hanal Pixán llenan la Plaza de la Independencia de Campeche',
           date='2016-11-01', bylines=['Gaspar Ehuán Tun'], source='El Baluarte Digital',
           section='Tradiciones', placement=['Portada'],
           body_first_words='Cuarenta y dos altares de Hanal Pixán',
           body_last_words='que reúne cada año a cientos de personas con velas.',
           must_keep=['No faltan el pib, el tamal grande cocido bajo tierra, ni los dulces de papaya, calabaza y coco, ni el chocolate con agua.',
                      'Los organizadores calculan que durante la tarde y la noche pasaron por la plaza unas 15 mil personas.',
                      'La muestra permanecerá abierta hasta el 2 de noviembre.'])

# ---------------------------------------------------------------- ce22 jekyll (second cultural magazine, Liquid includes, Tab.)
ce22 = """---
layout: post
title: "La marimba vuelve a las escuelas de Nacajuca"
date: 2025-03-21
author:
  - Perla Chablé Arias
category: Música
excerpt_separator: <!--más-->
image: /assets/2025/03/marimba-nacajuca.jpg
sitio: Jícara Revista
---

En seis escuelas primarias de Nacajuca, en la región Chontalpa de Tabasco, la clase de música dejó de ser la flauta dulce: desde enero, niñas y niños de cuarto a sexto grado aprenden a tocar la marimba con maestros que a su vez aprendieron de los viejos marimbistas de las comunidades chontales.

<!--más-->

{% include figura.html src="/assets/2025/03/marimba-nacajuca.jpg" pie="Alumnas de la primaria de Tecoluta ensayan antes de clases. Foto: Ulises Arias Méndez" %}

El programa lo impulsan un grupo de maestros jubilados y la casa de la cultura municipal, que consiguieron prestadas ocho marimbas y mandaron restaurar otras tres que estaban arrumbadas en bodegas escolares. Las teclas son de hormiguillo, una madera que se vuelve cada vez más difícil de conseguir.

Don Candelario de la Cruz Hernández, marimbista de 68 años de la comunidad de Guatacalca, enseña los sábados a los maestros. “La marimba no se aprende en un libro; se aprende oyendo al que toca junto a ti”, dice mientras marca el compás con la baqueta sobre la madera.

Cada grupo ensaya dos veces por semana. El repertorio incluye sones tradicionales chontales, piezas que se tocan en las fiestas patronales y algunos arreglos de canciones populares que los alumnos eligen.

La primera presentación pública será el 3 de mayo, durante la fiesta de la Santa Cruz en la cabecera municipal. Los organizadores buscan apoyo para construir marimbas nuevas con madera certificada.

{% include boletin.html %}
"""
write_source('ce22.md', ce22)
write_gold('ce22', family='jekyll',
           title='La marimba vuelve a las escuelas de Nacajuca',
           date='2025-03-21', bylines=['Perla Chablé Arias'], source='Jícara Revista', section='Música',
           body_first_words='En seis escuelas primarias de Nacajuca, en la región Chontalpa de Tabasco',
           body_last_words='para construir marimbas nuevas con madera certificada.',
           boilerplate=['{% include figura.html src="/assets/2025/03/marimba-nacajuca.jpg" pie="Alumnas de la primaria de Tecoluta ensayan antes de clases. Foto: Ulises Arias Méndez" %}',
                        '{% include boletin.html %}'],
           must_keep=['Las teclas son de hormiguillo, una madera que se vuelve cada vez más difícil de conseguir.',
                      'Cada grupo ensaya dos veces por semana.',
                      'La primera presentación pública será el 3 de mayo, durante la fiesta de la Santa Cruz en la cabecera municipal.'],
           photo_credit='Ulises Arias Méndez')

# ---------------------------------------------------------------- ce23 jekyll (blog of a Chetumal outlet: folded title, author mapping, category string)
ce23 = """---
layout: post
title: >-
  Chetumal proyecta cine al aire libre en el
  Boulevard Bahía durante todo el verano
date: 2010-08-27 19:00:00 -0500
author:
  name: Alonso Kú Pacheco
  twitter: "@alonsoku_ej"
categories: Crónica Portada
comments: true
---

Cada viernes, cuando baja el sol sobre la bahía, una pantalla inflable de ocho metros se levanta frente al monumento al Pescador, en el Boulevard Bahía de Chetumal, y cientos de familias acomodan sillas plegables, hieleras y petates sobre el pasto para ver una película gratis.

El ciclo de cine al aire libre comenzó en julio con la idea de llevar gente al malecón en las noches de verano, cuando el calor hace difícil quedarse en casa. La primera función reunió a unas 200 personas; la del viernes pasado, según los organizadores, a más de 900.

La programación mezcla películas infantiles, clásicos del cine mexicano y documentales sobre el Caribe. Antes de cada función, grupos de teatro y música locales tienen quince minutos para presentarse.

Los vendedores de marquesitas, esquites y elotes se instalan desde las seis de la tarde. “Aquí vendo en una noche lo que vendo en una semana en la colonia”, dice Josefina Yam, que llega con su carrito desde la colonia Proterritorio.

El ciclo termina el último viernes de agosto con la proyección de una película filmada en la península. Los organizadores esperan repetirlo el próximo año y extenderlo a Calderitas y a la zona del Cocal.
"""
write_source('ce23.md', ce23)
write_gold('ce23', family='jekyll',
           title='Chetumal proyecta cine al aire libre en el Boulevard Bahía durante todo el verano',
           date='2010-08-27', bylines=['Alonso Kú Pacheco'], section='Crónica', placement=['Portada'],
           body_first_words='Cada viernes, cuando baja el sol sobre la bahía',
           body_last_words='extenderlo a Calderitas y a la zona del Cocal.',
           must_keep=['La primera función reunió a unas 200 personas; la del viernes pasado, según los organizadores, a más de 900.',
                      'Antes de cada función, grupos de teatro y música locales tienen quince minutos para presentarse.',
                      '“Aquí vendo en una noche lo que vendo en una semana en la colonia”, dice Josefina Yam, que llega con su carrito desde la colonia Proterritorio.'])

# ---------------------------------------------------------------- ce24 generic (reStructuredText title with overline and underline)
ce24 = """=========================================
Cómo se construye una jarana jarocha
=========================================

Una jarana jarocha se hace de una sola pieza. El laudero elige un tronco de cedro rojo, lo deja secar durante meses a la sombra y después lo talla con gubias y formones hasta sacar de él el cuerpo, el mástil y el clavijero, sin uniones ni pegamento.

La tapa, en cambio, es una lámina delgada de cedro blanco o de pino que se pega al cuerpo ya vaciado. Su grosor decide buena parte del sonido: si queda gruesa, la jarana suena apagada; si queda demasiado delgada, se raja con la humedad del Sotavento.

Las jaranas tienen ocho cuerdas agrupadas en cinco órdenes, y se afinan de distintas maneras según la región y el son que se va a tocar. Los músicos viejos hablan de afinaciones *por cruzado*, *por variación* o *por tercera*, que cambian de una ranchería a otra.

Hay jaranas de muchos tamaños. La más pequeña, el *mosquito*, cabe en una mano; la tercera y la segunda llevan el ritmo en el fandango, y la jarana primera, más grande, da el bajo al conjunto junto con el requinto y la leona.

Un laudero tarda entre dos semanas y un mes en terminar una jarana, según la madera y los adornos. Algunos graban en el clavijero figuras de animales o el nombre del dueño; otros prefieren dejar la madera lisa, sólo con aceite.

En los talleres de Santiago Tuxtla, Tlacotalpan y Chacalapa se sigue trabajando así, aunque cada vez se usan más herramientas eléctricas para desbastar el tronco.
"""
write_source('ce24.txt', ce24)
write_gold('ce24', family='generic',
           title='Cómo se construye una jarana jarocha',
           body_first_words='Una jarana jarocha se hace de una sola pieza.',
           body_last_words='cada vez se usan más herramientas eléctricas para desbastar el tronco.',
           must_keep=['Su grosor decide buena parte del sonido: si queda gruesa, la jarana suena apagada; si queda demasiado delgada, se raja con la humedad del Sotavento.',
                      'Las jaranas tienen ocho cuerdas agrupadas en cinco órdenes, y se afinan de distintas maneras según la región y el son que se va a tocar.',
                      'Un laudero tarda entre dos semanas y un mes en terminar una jarana, según la madera y los adornos.'])

# ---------------------------------------------------------------- ce25 generic (Pelican / MultiMarkdown metadata header, no delimiters)
ce25 = """Title: Siete lugares para comer pejelagarto en Villahermosa
Date: 2014-07-19 10:20
Author: Fermín Priego Olán
Category: Gastronomía
Tags: pejelagarto, Villahermosa, cocina tabasqueña
Slug: siete-lugares-pejelagarto-villahermosa
Summary: Asado, en tamal o en empanada: una ruta por la ciudad.

El pejelagarto es el pez más tabasqueño que existe. Tiene el hocico largo como de cocodrilo, escamas duras como hueso y una carne blanca que en Villahermosa se come asada, en tamales, en empanadas o guisada en chirmol. Éstos son siete lugares donde se prepara bien.

1. **El Jahuactal**, en la colonia Atasta, asa el pescado sobre leña y lo sirve con limón, chile amashito y tortillas hechas a mano. Conviene llegar antes de la una, porque se acaba.
2. **La Palapa de Doña Chabela**, junto a la laguna de las Ilusiones, tiene las mejores empanadas de pejelagarto de la ciudad, fritas en el momento.
3. **Mercado Pino Suárez**, en las cocinas del segundo piso: tacos de pejelagarto desmenuzado y caldo de mariscos a precios de mercado.
4. **Cocina Los Ríos**, en Tabasco 2000, prepara el pejelagarto en chirmol, una salsa espesa de chile, tortilla quemada y pepita.
5. **Tamales Lupita**, en la calle Zaragoza, vende los viernes tamales de pejelagarto envueltos en hoja de plátano.
6. **El Muelle de Gaviotas**, del otro lado del Grijalva, donde se puede comer frente al río mientras pasan las lanchas.
7. **Los puestos de la carretera a Frontera**, ya fuera de la ciudad, donde los pescadores asan el pejelagarto ensartado en varas de madera.

Un consejo: el pejelagarto se come con la mano, separando la carne de la piel dura. Nadie en Tabasco lo mirará raro si pide una segunda pieza.
"""
write_source('ce25.md', ce25)
write_gold('ce25', family='generic',
           title='Siete lugares para comer pejelagarto en Villahermosa',
           date='2014-07-19', bylines=['Fermín Priego Olán'], section='Gastronomía',
           body_first_words='El pejelagarto es el pez más tabasqueño que existe.',
           body_last_words='Nadie en Tabasco lo mirará raro si pide una segunda pieza.',
           boilerplate=['Slug: siete-lugares-pejelagarto-villahermosa',
                        'Tags: pejelagarto, Villahermosa, cocina tabasqueña'],
           must_keep=['Tiene el hocico largo como de cocodrilo, escamas duras como hueso y una carne blanca que en Villahermosa se come asada, en tamales, en empanadas o guisada en chirmol.',
                      'Conviene llegar antes de la una, porque se acaba.',
                      'Un consejo: el pejelagarto se come con la mano, separando la carne de la piel dura.'])

# ---------------------------------------------------------------- ce26 generic (DOS word-processor text, cp850, box-drawing underline)
ce26 = """Crónica de la Feria de la Piña en Isla, Veracruz
════════════════════════════════════════════════

Isla es un municipio de la cuenca del Papaloapan donde la piña se ve en todas partes: en los camiones que salen cargados hacia el norte, en los puestos de la carretera, en los anuncios pintados a mano y, cada mayo, en la feria que llena de gente la cabecera municipal.

La feria empieza con la elección de la reina, que desfila sobre un carro adornado con coronas de piña, y sigue con una semana de jaripeos, bailes y concursos. El más esperado es el de la piña más grande: los productores llegan con frutos de más de cinco kilos que cuidaron durante meses bajo bolsas de papel para que no se quemaran con el sol.

En los puestos de la plaza se vende la piña de todas las formas posibles: en rebanadas con chile, en agua fresca, en tepache, en dulce cristalizado y en licor. Las cocineras del mercado preparan también pollo en salsa de piña y tamales dulces que sólo se hacen en esta temporada.

Para los productores, la feria es también el momento de hablar de precios. Muchos venden la cosecha a compradores que llegan de la Ciudad de México y de Monterrey, y se quejan de que el precio que les pagan en el campo es apenas una fracción de lo que cuesta la fruta en los supermercados.

Los jornaleros que cortan la piña, muchos de ellos de Oaxaca, aprovechan el domingo de la feria para descansar. Es el único día del año en que los campos quedan en silencio.
"""
write_source('ce26.txt', ce26, enc='cp850', eol='crlf')
write_gold('ce26', family='generic',
           title='Crónica de la Feria de la Piña en Isla, Veracruz',
           body_first_words='Isla es un municipio de la cuenca del Papaloapan',
           body_last_words='Es el único día del año en que los campos quedan en silencio.',
           must_keep=['El más esperado es el de la piña más grande: los productores llegan con frutos de más de cinco kilos que cuidaron durante meses bajo bolsas de papel para que no se quemaran con el sol.',
                      'Las cocineras del mercado preparan también pollo en salsa de piña y tamales dulces que sólo se hacen en esta temporada.',
                      'Los jornaleros que cortan la piña, muchos de ellos de Oaxaca, aprovechan el domingo de la feria para descansar.'])

# ---------------------------------------------------------------- ce27 generic (setext level-1 title, CR-only line ends)
ce27 = """Un día con los pescadores de pulpo de Champotón
===============================================

A las cuatro de la mañana, en la desembocadura del río Champotón, los pescadores ya cargan en sus lanchas las jimbas, las varas largas de bambú de las que cuelgan las líneas con jaibas vivas que sirven de carnada para el pulpo.

La técnica se llama gareteo. La lancha no lleva el motor encendido mientras pesca: se deja llevar por el viento y la corriente, arrastrando las líneas por el fondo. Cuando un pulpo abraza la jaiba, el pescador siente el peso en la línea y lo sube despacio hasta la superficie.

La temporada va de agosto a diciembre, y en los mejores días una lancha con dos pescadores puede volver con más de cien kilos. En los malos, regresa con apenas lo suficiente para pagar la gasolina. El precio lo fijan los compradores de las congeladoras, que exportan buena parte del pulpo a Europa y a Asia.

Don Ramiro Ucán, que pesca desde los catorce años, dice que el pulpo de ahora es más chico que el de antes y que cada temporada hay que ir más lejos para encontrarlo. Su hijo lo acompaña en la lancha los fines de semana, aunque estudia para técnico en refrigeración.

Al mediodía las lanchas empiezan a regresar. En el muelle, las mujeres de las familias limpian el pulpo y lo pesan antes de entregarlo. Lo que sobra se cocina esa misma tarde en su tinta, con arroz blanco.
"""
write_source('ce27.txt', ce27, eol='cr')
write_gold('ce27', family='generic',
           title='Un día con los pescadores de pulpo de Champotón',
           body_first_words='A las cuatro de la mañana, en la desembocadura del río Champotón',
           body_last_words='Lo que sobra se cocina esa misma tarde en su tinta, con arroz blanco.',
           must_keep=['La técnica se llama gareteo.',
                      'En los malos, regresa con apenas lo suficiente para pagar la gasolina.',
                      'Su hijo lo acompaña en la lancha los fines de semana, aunque estudia para técnico en refrigeración.'])

# ---------------------------------------------------------------- ce28 bad (saved HTML page of navigation only)
ce28 = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Sala de prensa | Turismo Costa Esmeralda</title>
<link rel="stylesheet" href="/css/main.min.css">
<script src="/js/vendor/jquery.min.js"></script>
</head>
<body class="sala-prensa">
<header class="site-header">
  <a class="logo" href="/"><img src="/img/logo-costa-esmeralda.svg" alt="Costa Esmeralda, Veracruz"></a>
  <nav class="menu-principal">
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/destinos/">Destinos</a></li>
      <li><a href="/hospedaje/">Hospedaje</a></li>
      <li><a href="/eventos/">Eventos</a></li>
      <li class="activo"><a href="/sala-de-prensa/">Sala de prensa</a></li>
      <li><a href="/contacto/">Contacto</a></li>
    </ul>
  </nav>
</header>
<main>
  <div id="lista-comunicados" data-src="/api/comunicados?pagina=1"><!-- se carga con JavaScript --></div>
  <nav class="paginacion"><a href="?pagina=1">1</a> <a href="?pagina=2">2</a> <a href="?pagina=3">Siguiente »</a></nav>
</main>
<footer>
  <ul class="redes"><li><a href="#">Facebook</a></li><li><a href="#">Instagram</a></li><li><a href="#">YouTube</a></li></ul>
  <p>Aviso de privacidad · Mapa del sitio</p>
</footer>
</body>
</html>
"""
write_source('ce28.txt', ce28)
write_gold('ce28', family='bad',
           refusal_reason='Es una página HTML guardada que sólo contiene menús y navegación; no hay ninguna nota que importar.')

# ---------------------------------------------------------------- ce29 bad (Jekyll redirect stub: front matter only)
ce29 = """---
layout: redirect
title: "Ruta del cacao: guía para visitar las haciendas de la Chontalpa"
permalink: /2019/04/ruta-del-cacao/
redirect_to: /guias/ruta-del-cacao-chontalpa/
sitemap: false
---
"""
write_source('ce29.md', ce29)
write_gold('ce29', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) de una redirección y no tiene cuerpo de texto.')

# ---------------------------------------------------------------- ce30 bad (a .docx saved with a .md name)
buf = io.BytesIO()


def zinfo(name):
    zi = zipfile.ZipInfo(name, (2021, 8, 30, 9, 12, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    return zi


with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr(zinfo('[Content_Types].xml'),
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr(zinfo('word/document.xml'),
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Nota para web: temporada de huracanes en Veracruz</w:t></w:r></w:p></w:body></w:document>')
write_source('ce30.md', raw=buf.getvalue())
write_gold('ce30', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, binario comprimido) guardado con extensión .md; no es texto legible.')
