#!/usr/bin/env python3
"""importer-bn, files 21-30."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bn21 jekyll (Camp.; YAML comments; front matter closed by "..."; "---" rule in the body)
bn21 = """---
# plantilla nota v2 -- no borrar los comentarios
layout: nota
title: "Ciudad del Carmen: pescadores ribereños reciben motores de bajo consumo"
date: 2016-02-29 09:00
author: Alejandra Sosa Pech
category: Economía   # una sola sección por nota
site_name: Isla del Carmen Hoy
...

Un grupo de 46 pescadores ribereños de Ciudad del Carmen recibió motores fuera de borda de cuatro tiempos, que consumen hasta 40 por ciento menos gasolina y contaminan menos que los de dos tiempos que usaban hasta ahora, como parte de un programa federal de sustitución de motores.

Los beneficiarios, integrantes de cuatro cooperativas de la colonia Playa Norte y de Isla Aguada, aportaron una parte del costo de cada motor y el resto fue cubierto con recursos federales y estatales.

La entrega llega en un momento difícil para la isla. Con la caída de la actividad petrolera, cientos de familias que dependían de empresas contratistas han vuelto a la pesca, y la competencia en la Laguna de Términos y en la sonda es cada vez mayor.

---

## Lo que sigue

Las cooperativas pidieron que el programa se amplíe a otras 300 embarcaciones y que se refuerce la vigilancia contra la pesca ilegal. “Con menos gasto de gasolina, lo que se pesca ya alcanza para algo más que recuperar lo invertido”, dijo Santiago Ehuan Moo, uno de los beneficiarios.

La delegación federal de pesca informó que en abril se abrirá una nueva convocatoria para el resto del estado.
"""
write_source('bn21.md', bn21)
write_gold('bn21', family='jekyll',
           title='Ciudad del Carmen: pescadores ribereños reciben motores de bajo consumo',
           date='2016-02-29', bylines=['Alejandra Sosa Pech'], source='Isla del Carmen Hoy',
           section='Economía',
           body_first_words='Un grupo de 46 pescadores ribereños de Ciudad del Carmen',
           body_last_words='una nueva convocatoria para el resto del estado.',
           must_keep=['Los beneficiarios, integrantes de cuatro cooperativas de la colonia Playa Norte y de Isla Aguada, aportaron una parte del costo de cada motor y el resto fue cubierto con recursos federales y estatales.',
                      'La entrega llega en un momento difícil para la isla.',
                      '“Con menos gasto de gasolina, lo que se pesca ya alcanza para algo más que recuperar lo invertido”, dijo Santiago Ehuan Moo, uno de los beneficiarios.'])

# ---------------------------------------------------------------- bn22 jekyll (Q. Roo; Spanish keys fecha/hora/autores/secciones/sitio; teaser and pitch in the body)
bn22 = """---
titulo: "Bacalar limita el acceso de lanchas al Canal de los Piratas para proteger los estromatolitos"
fecha: 2025-07-04
hora: "19:30"
autores:
  - Lucía Pat Canul
  - Redacción
secciones: [Portada, Medio ambiente]
sitio: Bacalar al Día
---

El Ayuntamiento de Bacalar y la dirección del área natural protegida acordaron limitar a 40 el número de lanchas que pueden recorrer cada día el Canal de los Piratas, uno de los puntos más visitados de la laguna, para reducir el daño a los estromatolitos que crecen en sus orillas.

Los estromatolitos son estructuras formadas por microorganismos a lo largo de miles de años y se consideran de los registros de vida más antiguos del planeta. Investigadores han documentado en la última década el deterioro de varias colonias por el oleaje de las embarcaciones, el contacto de los bañistas y el uso de bloqueadores solares.

**Te puede interesar:** [Chetumal y Bacalar, entre los destinos con mayor ocupación del verano](/2025/07/02/ocupacion-verano/)

A partir del 15 de julio, las lanchas deberán registrarse en un padrón municipal, navegar a una velocidad máxima de diez kilómetros por hora dentro del canal y mantenerse a por lo menos cinco metros de las orillas. Se prohíbe además que los visitantes se bajen a caminar sobre las formaciones.

Prestadores de servicios turísticos dijeron estar de acuerdo con la medida, aunque pidieron que el padrón se asigne de manera transparente. “Si no cuidamos la laguna, en unos años no vamos a tener qué enseñar”, comentó Ernesto Cahum Chi, lanchero desde hace quince años.

Las autoridades instalarán boyas de señalización y una caseta de vigilancia en la entrada del canal antes del inicio de las vacaciones de verano.

📸 Síguenos en Instagram: @BacalarAlDiaEj
"""
write_source('bn22.md', bn22)
write_gold('bn22', family='jekyll',
           title='Bacalar limita el acceso de lanchas al Canal de los Piratas para proteger los estromatolitos',
           date='2025-07-04', bylines=['Lucía Pat Canul'], source='Bacalar al Día',
           section='Medio ambiente', placement=['Portada'],
           body_first_words='El Ayuntamiento de Bacalar y la dirección del área natural protegida',
           body_last_words='antes del inicio de las vacaciones de verano.',
           boilerplate=['Te puede interesar:',
                        'Chetumal y Bacalar, entre los destinos con mayor ocupación del verano',
                        'Síguenos en Instagram: @BacalarAlDiaEj'],
           must_keep=['Se prohíbe además que los visitantes se bajen a caminar sobre las formaciones.',
                      '“Si no cuidamos la laguna, en unos años no vamos a tener qué enseñar”, comentó Ernesto Cahum Chi, lanchero desde hace quince años.',
                      'Los estromatolitos son estructuras formadas por microorganismos a lo largo de miles de años y se consideran de los registros de vida más antiguos del planeta.'])

# ---------------------------------------------------------------- bn23 jekyll (Yuc.; 2003 CMS archive migrated to Jekyll; legacy keys; HTML figure)
bn23 = """---
layout: nota-archivo
title: "Hanal Pixán: familias de Mérida preparan el mucbipollo y los altares"
date: 2003-10-31 12:00:00 -0600
legacy_id: 20931
old_url: /notas.php?id=20931&sec=4
author: Manuel Chi Pool
categories: [Tradiciones]
site_title: Crónica Yucateca
---
<figure><img src="/archivo/2003/10/hanal-pixan.jpg" alt="Altar de Hanal Pixán"><figcaption>Un altar en el barrio de San Sebastián. Foto: Archivo Crónica Yucateca</figcaption></figure>

<p>En los mercados de Mérida la semana previa al Hanal Pixán se nota en los puestos: montones de hojas de plátano, masa colada, achiote, velas de colores y flores de xpujuc y de virginia ocupan los pasillos desde muy temprano.</p>

<p>Las familias yucatecas preparan estos días los altares con los que reciben a las ánimas de sus difuntos. El 31 de octubre se dedica a los niños, el 1 de noviembre a los adultos y el 2 a todas las ánimas, y en cada fecha se colocan en la mesa los alimentos y objetos que más les gustaban.</p>

<p>El platillo principal es el mucbipollo, un gran tamal de masa y carne de cerdo y pollo que se cocina enterrado en un horno de tierra o píib. Doña Candelaria Tun, que lo vende por encargo en el barrio de Santiago, dice que este año recibió más de 80 pedidos. <em>“La gente ya no tiene tiempo de hacer el píib en el patio, pero no quiere dejar de poner el mucbipollo en el altar”</em>, explica.</p>

<p>En las escuelas y en la plaza grande se montan altares de concurso, y el ayuntamiento organiza recorridos nocturnos por el cementerio general y por los barrios tradicionales.</p>

<p>Las tradiciones varían de un pueblo a otro. En algunas comunidades del oriente del estado todavía se amarra un hilo rojo en la muñeca de los niños para que las ánimas no se los lleven.</p>
"""
write_source('bn23.markdown', bn23)
write_gold('bn23', family='jekyll',
           title='Hanal Pixán: familias de Mérida preparan el mucbipollo y los altares',
           date='2003-10-31', bylines=['Manuel Chi Pool'], source='Crónica Yucateca', section='Tradiciones',
           body_first_words='En los mercados de Mérida la semana previa al Hanal Pixán',
           body_last_words='para que las ánimas no se los lleven.',
           boilerplate=['Un altar en el barrio de San Sebastián. Foto: Archivo Crónica Yucateca'],
           must_keep=['El 31 de octubre se dedica a los niños, el 1 de noviembre a los adultos y el 2 a todas las ánimas, y en cada fecha se colocan en la mesa los alimentos y objetos que más les gustaban.',
                      'Doña Candelaria Tun, que lo vende por encargo en el barrio de Santiago, dice que este año recibió más de 80 pedidos.',
                      'En las escuelas y en la plaza grande se montan altares de concurso'],
           photo_credit='Archivo Crónica Yucateca')

# ---------------------------------------------------------------- bn24 generic (AsciiDoc chronicle saved as .txt, Jal.)
bn24 = """= El último tonelero de Tequila
Eréndira Hinojosa Plascencia <ehinojosa@cronicasdeljalisco.example.mx>
:lang: es
:toc!:

En un taller de paredes de adobe a dos cuadras de la parroquia de Tequila, Severiano Macías Cortés sigue armando barricas de roble como le enseñó su padre hace más de sesenta años. Es, según los propios fabricantes de la región, el último tonelero que trabaja completamente a mano en el pueblo.

Las destilerías compran hoy sus barricas a proveedores de Estados Unidos y Francia, que las envían usadas después de añejar whisky o vino. Don Severiano se dedica sobre todo a repararlas: cambia duelas, ajusta los aros de hierro y vuelve a tostar el interior cuando algún maestro tequilero se lo pide.

[quote, Severiano Macías Cortés]
____
La barrica se hace con el oído: cuando golpeas la duela y suena hueco, todavía le falta.
____

Su taller es pequeño y huele a madera quemada. En una pared cuelgan las herramientas que heredó, algunas con mangos que él mismo ha cambiado tres o cuatro veces. En la otra, fotografías de las destilerías para las que trabajó cuando el tequila todavía se vendía en garrafón.

Ninguno de sus hijos quiso seguir el oficio. Hace dos años, un joven de la escuela de artes y oficios del municipio empezó a visitarlo por las tardes para aprender, y don Severiano dice que tiene *buenas manos*, aunque poca paciencia.

Cuando se le pregunta cuántas barricas ha hecho en su vida, se ríe y responde que perdió la cuenta el día que se casó.
"""
write_source('bn24.txt', bn24)
write_gold('bn24', family='generic',
           title='El último tonelero de Tequila',
           bylines=['Eréndira Hinojosa Plascencia'],
           body_first_words='En un taller de paredes de adobe a dos cuadras de la parroquia de Tequila',
           body_last_words='perdió la cuenta el día que se casó.',
           boilerplate=['ehinojosa@cronicasdeljalisco.example.mx', ':lang: es', ':toc!:',
                        '[quote, Severiano Macías Cortés]'],
           must_keep=['La barrica se hace con el oído: cuando golpeas la duela y suena hueco, todavía le falta.',
                      'Don Severiano se dedica sobre todo a repararlas: cambia duelas, ajusta los aros de hierro y vuelve a tostar el interior cuando algún maestro tequilero se lo pide.',
                      'Ninguno de sus hijos quiso seguir el oficio.'])

# ---------------------------------------------------------------- bn25 generic (reStructuredText with field list, Camp., CRLF)
bn25 = """=============================================================
Los baluartes de Campeche, de defensa contra piratas a museos
=============================================================

:Autor: Óscar Huchín Canché
:Fecha: 2009-05-02
:Etiquetas: patrimonio, Campeche, murallas

.. image:: img/baluarte-soledad.jpg
   :alt: Baluarte de la Soledad

San Francisco de Campeche fue durante los siglos XVI y XVII uno de los puertos más atacados por piratas en el Golfo de México. Después de varios saqueos, la Corona española decidió rodear la ciudad con una muralla de más de dos kilómetros y medio, reforzada con baluartes en sus esquinas.

La obra tardó décadas en concluirse. Los baluartes recibieron nombres de santos, y desde sus garitas los vigías podían ver las velas de los barcos mucho antes de que llegaran a la costa.

A principios del siglo XX buena parte de la muralla fue derribada para que la ciudad pudiera crecer y para abrir paso a nuevas calles. Se conservaron varios de los baluartes y dos de las puertas, la de Mar y la de Tierra.

Hoy los baluartes alojan museos, jardines y oficinas culturales. En uno de ellos se exhiben estelas mayas y en otro funciona un pequeño jardín botánico con plantas de la región.

Desde 1999 el centro histórico fortificado forma parte de la lista de Patrimonio Mundial de la UNESCO, y por las noches la Puerta de Tierra es escenario de un espectáculo de luz y sonido que recuerda los ataques de los piratas. Para quien visita la ciudad por primera vez, caminar sobre el tramo de muralla que une la Puerta de Tierra con el baluarte vecino es la mejor manera de entender su historia.
"""
write_source('bn25.text', bn25, eol='crlf')
write_gold('bn25', family='generic',
           title='Los baluartes de Campeche, de defensa contra piratas a museos',
           date='2009-05-02', bylines=['Óscar Huchín Canché'],
           body_first_words='San Francisco de Campeche fue durante los siglos XVI y XVII',
           body_last_words='es la mejor manera de entender su historia.',
           boilerplate=[':Etiquetas: patrimonio, Campeche, murallas', '.. image:: img/baluarte-soledad.jpg',
                        ':alt: Baluarte de la Soledad'],
           must_keep=['Se conservaron varios de los baluartes y dos de las puertas, la de Mar y la de Tierra.',
                      'En uno de ellos se exhiben estelas mayas y en otro funciona un pequeño jardín botánico con plantas de la región.',
                      'La obra tardó décadas en concluirse.'])

# ---------------------------------------------------------------- bn26 generic (Word "Unicode big-endian" text, Nay.; leading blank lines; tab paragraphs)
bn26 = """

Mexcaltitán, la isla que se inunda cada año   

\tMexcaltitán es una pequeña isla de unos 400 metros de diámetro en medio de las marismas de Santiago Ixcuintla, en el norte de Nayarit. Sus calles forman una cruz y un círculo, y durante la temporada de lluvias se llenan de agua, de modo que los habitantes se mueven de casa en casa en canoa.
\tMuchos nayaritas la consideran la antigua Aztlán, el lugar del que habrían partido los mexicas en su peregrinación hacia el centro del país. Los historiadores discuten la idea, pero en la isla se habla de ella con naturalidad, y el pequeño museo de la plaza dedica una sala al tema.
\tLa vida gira alrededor del camarón. En septiembre y octubre, cuando comienza la temporada, las familias salen antes del amanecer a revisar los tapos, las trampas de madera y malla que se colocan en los esteros, y por las tardes las mujeres secan el producto al sol en los patios.
\tDe esa tradición nacen los platillos que atraen a los visitantes: el tamal de camarón, el paté de camarón seco y las albóndigas de camarón en caldo.
\tPara llegar a la isla hay que tomar una lancha en el embarcadero de La Batanga. El recorrido dura unos quince minutos entre manglares, garzas y, con suerte, algún cocodrilo asoleándose en la orilla.
"""
write_source('bn26.txt', bn26, enc='utf-16-be', eol='crlf', bom=True)
write_gold('bn26', family='generic',
           title='Mexcaltitán, la isla que se inunda cada año',
           body_first_words='Mexcaltitán es una pequeña isla de unos 400 metros de diámetro',
           body_last_words='algún cocodrilo asoleándose en la orilla.',
           must_keep=['Sus calles forman una cruz y un círculo, y durante la temporada de lluvias se llenan de agua, de modo que los habitantes se mueven de casa en casa en canoa.',
                      'La vida gira alrededor del camarón.',
                      'Para llegar a la isla hay que tomar una lancha en el embarcadero de La Batanga.'])

# ---------------------------------------------------------------- bn27 generic (WhatsApp chat export: a correspondent files a story to the web desk, Yuc.)
W = 'Gaspar Uc Interián'
msgs27 = [
    ('09:38', None, 'Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información.'),
    ('09:40', W, 'Buen día, va la nota de Izamal para la web'),
    ('09:41', W, 'CABEZA: Artesanos de Izamal abren sus talleres a los visitantes los fines de semana'),
    ('09:41', W, 'Texto y fotos: Gaspar Uc Interián'),
    ('09:43', W, 'Una veintena de talleres artesanales de Izamal abrirán sus puertas al público todos los sábados y domingos, como parte de una ruta que busca que los visitantes conozcan de cerca el trabajo de bordadoras, talladores de madera, joyeros y hamaqueros de la ciudad amarilla.'),
    ('09:44', W, 'La ruta fue organizada por los propios artesanos con apoyo de la casa de la cultura. Los visitantes reciben un mapa en la plaza principal y pueden recorrer los talleres a pie o en calesa, sin costo.'),
    ('09:46', W, 'Doña Marcelina Canul, que borda hipiles con la técnica de xmanikté desde hace cuarenta años, dijo que por primera vez los turistas le preguntan cuánto tiempo le toma cada pieza.\n“Antes sólo veían el precio; ahora ven que un hipil lleva tres meses de trabajo”, contó.'),
    ('09:47', W, 'En el taller de la familia Ek se puede ver cómo se tiñe el henequén con tintes naturales y cómo se arma una hamaca en el bastidor.'),
    ('09:49', W, 'Los artesanos esperan que la ruta ayude a que los turistas que llegan al convento de San Antonio de Padua se queden más tiempo en la ciudad y compren directamente a los productores, sin intermediarios.'),
    ('09:50', W, 'La ruta funciona de 9:00 a 14:00 horas y el mapa también se puede pedir en la casa de la cultura.'),
    ('09:51', W, '<Multimedia omitido>'),
    ('09:51', W, '<Multimedia omitido>'),
    ('09:55', 'Mesa Web', 'Recibido, gracias 👍'),
]
lines27 = []
for hm, who, txt in msgs27:
    lines27.append('12/3/23, %s - %s%s' % (hm, (who + ': ') if who else '', txt))
bn27 = '\n'.join(lines27) + '\n'
write_source('bn27.txt', bn27)
write_gold('bn27', family='generic',
           title='Artesanos de Izamal abren sus talleres a los visitantes los fines de semana',
           bylines=['Gaspar Uc Interián'],
           body_first_words='Una veintena de talleres artesanales de Izamal',
           body_last_words='el mapa también se puede pedir en la casa de la cultura.',
           boilerplate=['Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        'Buen día, va la nota de Izamal para la web', 'CABEZA:',
                        'Texto y fotos: Gaspar Uc Interián']
                       + ['12/3/23, %s - %s:' % (hm, W) for hm in ('09:44', '09:46', '09:47', '09:49', '09:50')]
                       + ['<Multimedia omitido>', 'Recibido, gracias'],
           must_keep=['Los visitantes reciben un mapa en la plaza principal y pueden recorrer los talleres a pie o en calesa, sin costo.',
                      '“Antes sólo veían el precio; ahora ven que un hipil lleva tres meses de trabajo”, contó.',
                      'En el taller de la familia Ek se puede ver cómo se tiñe el henequén con tintes naturales y cómo se arma una hamaca en el bastidor.'])

# ---------------------------------------------------------------- bn28 bad (HTML section page with navigation only, saved as .txt)
bn28 = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Costa Alegre Noticias | Municipios</title>
<link rel="stylesheet" href="/css/estilos.css?v=3">
<script src="/js/menu.js"></script>
</head>
<body class="seccion">
<header>
  <a href="/" class="logo"><img src="/img/logo-costa-alegre.png" alt="Costa Alegre Noticias"></a>
  <nav id="menu-principal">
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/municipios/">Municipios</a></li>
      <li><a href="/seguridad/">Seguridad</a></li>
      <li><a href="/turismo/">Turismo</a></li>
      <li><a href="/deportes/">Deportes</a></li>
      <li><a href="/opinion/">Opinión</a></li>
      <li><a href="/contacto/">Contacto</a></li>
    </ul>
  </nav>
</header>
<main>
  <div id="listado-notas" data-seccion="municipios" data-pagina="1">
    <!-- las notas se cargan con JavaScript -->
  </div>
  <nav class="paginacion"><a href="?p=2">Siguiente &raquo;</a></nav>
</main>
<footer>
  <ul>
    <li><a href="/aviso-de-privacidad/">Aviso de privacidad</a></li>
    <li><a href="/quienes-somos/">Quiénes somos</a></li>
    <li><a href="https://facebook.example.mx/CostaAlegreNoticiasEj">Facebook</a></li>
  </ul>
  <p>&copy; 2019 Costa Alegre Noticias. Cihuatlán, Jalisco.</p>
</footer>
</body>
</html>
"""
write_source('bn28.txt', bn28)
write_gold('bn28', family='bad',
           refusal_reason='Página HTML guardada que sólo contiene menús de navegación y pie de página; no hay nota que importar.')

# ---------------------------------------------------------------- bn29 bad (binary Word 97-2003 document saved as .txt)
ole = bytearray(b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00'
                + b'\x06\x00' + b'\x00' * 10 + b'\x01\x00\x00\x00' + b'\x00' * 8 + b'\x00\x10\x00\x00'
                + b'\xfe\xff\xff\xff' * 4)
ole += b'\xff' * (512 - len(ole))
ole += b'\xec\xa5\xc1\x00\x07\x80\x19\x04\x00\x00\xf8\x12\xbf\x00' + b'\x00' * 50
ole += 'Boletín Colima'.encode('utf-16-le') + b'\x00\x00' + bytes(range(0, 256)) * 2
ole += b'Microsoft Word 97-2003\x00\x00MSWordDoc\x00Word.Document.8\x00\xf49\xb2q' + b'\x00' * 64
write_source('bn29.txt', raw=bytes(ole))
write_gold('bn29', family='bad',
           refusal_reason='El archivo es un documento binario de Word 97-2003 (.doc) guardado con extensión .txt; no es texto legible.')

# ---------------------------------------------------------------- bn30 bad (front matter whose "body" is only an HTML comment)
bn30 = """---
layout: post
title: "Cancún: hoteleros reportan 92% de ocupación en Semana Santa"
date: 2024-03-30 18:00:00 -0500
author: Redacción Cancún
categories: [Turismo]
---

<!-- PENDIENTE: pegar aquí la nota cuando la mande el corresponsal -->

"""
write_source('bn30.md', bn30, eol='crlf')
write_gold('bn30', family='bad',
           refusal_reason='El archivo sólo tiene encabezado (front matter) y un comentario HTML; no tiene cuerpo de texto.')
