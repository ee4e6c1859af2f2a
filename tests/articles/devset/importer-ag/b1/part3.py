"""Files ag21-ag30: three Jekyll posts, four generic notes, three bad files."""
from common import write, gold, NBSP

# ag21 - Jekyll, naive datetime, categories as a space-separated string, draft: true
t = """---
layout: post
title: Cineteca Mexiquense proyecta ciclo de cine mexicano restaurado
date: 2025-06-14 18:00
author: Emiliano Cervantes
categories: Portada Cine
tags: [cine mexicano, Toluca, restauración]
draft: true
image:
  path: /assets/img/2025/cineteca-ciclo.jpg
  alt: Sala de proyección vacía
---

La Cineteca Mexiquense presentará durante julio un ciclo de 12 películas mexicanas de las décadas de 1940 y 1950 restauradas digitalmente.

Entre los títulos destacan *Distinto amanecer*, de Julio Bracho, y *Los Fernández de Peralta*, de Miguel M. Delgado.

Las funciones serán los viernes y sábados a las 17:00 horas, con entrada libre hasta agotar el cupo de la sala.
"""
write("ag21.md", t, gold(
    family="jekyll", title="Cineteca Mexiquense proyecta ciclo de cine mexicano restaurado",
    date="2025-06-14", published=False, bylines=["Emiliano Cervantes"], section="Cine",
    placement=["Portada"],
    body_first_words="La Cineteca Mexiquense presentará durante julio un ciclo de 12 películas mexicanas",
    body_last_words="con entrada libre hasta agotar el cupo de la sala.",
    must_keep=["La Cineteca Mexiquense presentará durante julio un ciclo de 12 películas mexicanas de las décadas de 1940 y 1950 restauradas digitalmente.",
               "Las funciones serán los viernes y sábados a las 17:00 horas, con entrada libre hasta agotar el cupo de la sala."]))

# ag22 - Jekyll, UTF-8 BOM, single-quoted date string, publisher key, placement + section in flow list,
#         explicit published: true, Liquid include and image in body
t = """---
layout: cronica
title: 'Crónica: el último sastre de la calle Guerrero'
date: '2020-11-30'
author: Abril Montoya
publisher: Gaceta del Mezquital
categories: [Destacadas, Crónica]
tags:
- oficios
- Pachuca
- centro histórico
published: true
---

Don Rutilio Badillo abre su sastrería a las nueve de la mañana desde hace 52 años, en el mismo local de la calle Guerrero, en el centro de Pachuca.

{% include figura.html src="/img/2020/sastre.jpg" pie="Don Rutilio en su taller" %}

Aprendió el oficio a los 14 años con un maestro español que llegó a Real del Monte a trabajar en las minas y terminó cortando trajes para los capataces.

![Tijeras y gises sobre la mesa de corte](/img/2020/sastre-mesa.jpg)

Hoy casi no le encargan trajes nuevos: vive de composturas, dobladillos y algún uniforme escolar en agosto.

“Mientras me aguanten las manos, aquí voy a estar”, dice antes de volver a la máquina de coser.
"""
write("ag22.md", t, gold(
    family="jekyll", title="Crónica: el último sastre de la calle Guerrero",
    date="2020-11-30", bylines=["Abril Montoya"], source="Gaceta del Mezquital", section="Crónica",
    placement=["Destacadas"],
    body_first_words="Don Rutilio Badillo abre su sastrería a las nueve de la mañana",
    body_last_words="dice antes de volver a la máquina de coser.",
    must_keep=["Aprendió el oficio a los 14 años con un maestro español que llegó a Real del Monte a trabajar en las minas y terminó cortando trajes para los capataces.",
               "Hoy casi no le encargan trajes nuevos: vive de composturas, dobladillos y algún uniforme escolar en agosto."]),
    bom=True)

# ag23 - Jekyll, datetime with -0500 offset at 21:10 (UTC is the next day), author as a mapping,
#         block categories, last_modified_at
t = """---
layout: post
title: "Querétaro en bicicleta: la ciclovía de Zaragoza cumple un año"
date: 2022-07-31 21:10:00 -0500
last_modified_at: 2022-08-02 09:00:00 -0500
author:
  name: Julián Orozco
  twitter: juorozco_ejemplo
categories:
  - Ciudad
tags:
  - movilidad
  - ciclismo urbano
comments: true
---

La ciclovía de avenida Zaragoza cumplió su primer año con un promedio de 2 mil 300 viajes en bicicleta al día, según los conteos del colectivo Bici Querétaro.

El tramo de 4.2 kilómetros conecta la Alameda Hidalgo con el Centro Cívico y fue la primera vía confinada para ciclistas en el centro de la ciudad.

Comerciantes de la avenida, que al principio se opusieron a perder cajones de estacionamiento, reconocen ahora que las ventas no bajaron.

El municipio prometió ampliar la red hacia Bernardo Quintana antes de que termine el año.
"""
write("ag23.md", t, gold(
    family="jekyll", title="Querétaro en bicicleta: la ciclovía de Zaragoza cumple un año",
    date="2022-07-31", bylines=["Julián Orozco"], section="Ciudad",
    body_first_words="La ciclovía de avenida Zaragoza cumplió su primer año con un promedio",
    body_last_words="la red hacia Bernardo Quintana antes de que termine el año.",
    must_keep=["El tramo de 4.2 kilómetros conecta la Alameda Hidalgo con el Centro Cívico y fue la primera vía confinada para ciclistas en el centro de la ciudad.",
               "Comerciantes de la avenida, que al principio se opusieron a perder cajones de estacionamiento, reconocen ahora que las ventas no bajaron."]))

# ag24 - generic: plain first line as title, prose body, no byline/date/outlet
t = """Atlixco y su Valle de Catrinas: una tradición nueva que ya es nuestra

Hace apenas unos años nadie en Atlixco hablaba de catrinas monumentales. Hoy, cada octubre, el zócalo se llena de figuras de hasta 20 metros que atraen a miles de visitantes.

La idea nació en un taller de artesanos de cartonería que buscaban una forma de mostrar su trabajo fuera de la temporada de ofrendas.

Hay quien dice que no es una tradición auténtica. Pero las tradiciones también empiezan alguna vez, y esta ya tiene nombre, fecha y una comunidad que la sostiene.

Lo importante es que los cartoneros de Atlixco hoy viven de su oficio todo el año.
"""
write("ag24.txt", t, gold(
    family="generic", title="Atlixco y su Valle de Catrinas: una tradición nueva que ya es nuestra",
    body_first_words="Hace apenas unos años nadie en Atlixco hablaba de catrinas monumentales.",
    body_last_words="cartoneros de Atlixco hoy viven de su oficio todo el año.",
    must_keep=["La idea nació en un taller de artesanos de cartonería que buscaban una forma de mostrar su trabajo fuera de la temporada de ofrendas.",
               "Pero las tradiciones también empiezan alguna vez, y esta ya tiene nombre, fecha y una comunidad que la sostiene."]))

# ag25 - generic: "# " heading, explainer with ### subheadings and a list, no byline/date
t = """# ¿Qué es el Hoy No Circula y cómo saber si tu auto descansa?

El programa Hoy No Circula limita la circulación de vehículos en la Ciudad de México y 18 municipios conurbados del Estado de México para reducir la contaminación.

### ¿Qué autos descansan?

- Los que tienen holograma 1 descansan un día entre semana y dos sábados al mes.
- Los que tienen holograma 2 descansan un día entre semana y todos los sábados.
- Los hologramas 0 y 00 circulan todos los días, salvo en contingencia ambiental.

### ¿Cómo saber qué día me toca?

El día depende del color del engomado y del último dígito de la placa.

Si tienes dudas, revisa la tarjeta de circulación antes de salir y evita una multa.
"""
write("ag25.md", t, gold(
    family="generic", title="¿Qué es el Hoy No Circula y cómo saber si tu auto descansa?",
    body_first_words="El programa Hoy No Circula limita la circulación de vehículos en la Ciudad de México",
    body_last_words="revisa la tarjeta de circulación antes de salir y evita una multa.",
    must_keep=["El programa Hoy No Circula limita la circulación de vehículos en la Ciudad de México y 18 municipios conurbados del Estado de México para reducir la contaminación.",
               "El día depende del color del engomado y del último dígito de la placa."]))

# ag26 - generic: Setext heading (=====), Windows-1252 + CRLF, curly quotes
t = """Memoria del sismo de 2017 en Jojutla
====================================

El 19 de septiembre de 2017, Jojutla fue uno de los municipios más golpeados por el sismo de magnitud 7.1 que sacudió el centro del país.

Más de dos mil viviendas quedaron inservibles y el centro de la ciudad perdió buena parte de sus edificios antiguos.

“La reconstrucción no fue solo de casas, fue de la vida de barrio”, dicen quienes vivieron aquellos meses en campamentos.

Hoy una placa en el jardín central recuerda a las 74 personas que murieron en el municipio.
"""
write("ag26.text", t, gold(
    family="generic", title="Memoria del sismo de 2017 en Jojutla",
    body_first_words="El 19 de septiembre de 2017, Jojutla fue uno de los municipios más golpeados",
    body_last_words="recuerda a las 74 personas que murieron en el municipio.",
    must_keep=["Más de dos mil viviendas quedaron inservibles y el centro de la ciudad perdió buena parte de sus edificios antiguos.",
               "Hoy una placa en el jardín central recuerda a las 74 personas que murieron en el municipio."]),
    enc="cp1252", eol="crlf")

# ag27 - generic: radio capsule script, title line with em dash, trailing spaces, NBSP,
#         UTF-8 BOM and a DOS EOF byte (0x1A) at the end
t = f"""Cápsula radiofónica — El pulque en Tlaxcala, de bebida sagrada a producto de exportación   

En los llanos de Apan y de Tlaxcala, el maguey pulquero fue durante siglos la base de la economía de las haciendas.   

Para los pueblos prehispánicos, el pulque era una bebida ritual reservada a sacerdotes, ancianos y guerreros.

En las últimas décadas, las pulquerías casi desaparecieron, pero una nueva generación de tlachiqueros vende hoy pulque enlatado en Estados Unidos y Europa.

Un maguey tarda entre ocho y doce años en madurar antes de dar aguamiel, por lo que cada planta cuenta.{NBSP}
"""
write("ag27.txt", t, gold(
    family="generic", title="Cápsula radiofónica — El pulque en Tlaxcala, de bebida sagrada a producto de exportación",
    body_first_words="En los llanos de Apan y de Tlaxcala, el maguey pulquero fue",
    body_last_words="antes de dar aguamiel, por lo que cada planta cuenta.",
    must_keep=["Para los pueblos prehispánicos, el pulque era una bebida ritual reservada a sacerdotes, ancianos y guerreros.",
               "En las últimas décadas, las pulquerías casi desaparecieron, pero una nueva generación de tlachiqueros vende hoy pulque enlatado en Estados Unidos y Europa."]),
    bom=True, tail=b"\x1a")

BAD = dict(readable=False, family="bad", published=None)

# ag28 - bad: Jekyll front matter with no body (gallery stub)
t = """---
layout: galeria
title: "Galería: Noche de Museos en Puebla"
date: 2024-03-27
author: Redacción
categories: [Galerías]
image: /assets/img/galerias/noche-museos.jpg
fotos: 24
---
"""
write("ag28.md", t, gold(**BAD, refusal_reason="front matter with no body"))

# ag29 - bad: a saved HTML page of a radio station's news item (.txt extension)
t = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Reabren Paseo Bravo tras remodelación | Radio Tonantzin 104.1 FM</title>
<meta property="og:type" content="article">
<link rel="stylesheet" href="/wp-content/themes/tonantzin/style.css">
<script async src="/wp-includes/js/jquery/jquery.min.js"></script>
</head>
<body class="single-post">
<header><nav><ul><li><a href="/">Inicio</a></li><li><a href="/puebla/">Puebla</a></li><li><a href="/en-vivo/">En vivo</a></li></ul></nav></header>
<article>
<h1 class="entry-title">Reabren Paseo Bravo tras remodelación</h1>
<div class="byline">Por <span class="author">Redacción</span> · <time datetime="2024-08-19T10:15:00-06:00">19 agosto, 2024</time></div>
<div class="entry-content">
<p>El parque Paseo Bravo, en el centro de Puebla, reabrió este lunes tras ocho meses de trabajos de remodelación.</p>
<p>La obra incluyó la restauración de la fuente y la sustitución de 300 metros de andadores.</p>
</div>
</article>
<footer><p>&copy; 2024 Radio Tonantzin. Todos los derechos reservados.</p></footer>
</body>
</html>
"""
write("ag29.txt", t, gold(**BAD, refusal_reason="saved HTML page, not a source article"))

# ag30 - bad: CSV export from a state auditor's transparency portal; cp1252 + CRLF
t = """Ejercicio;Municipio;Tipo de auditoría;Observaciones;Monto observado (MXN);Estatus
2024;Actopan;Financiera y de cumplimiento;12;"3,482,110.50";Solventada parcialmente
2024;Apan;Obra pública;9;"7,104,230.00";En proceso
2024;Huejutla de Reyes;Financiera y de cumplimiento;17;"11,920,045.12";En proceso
2024;Ixmiquilpan;Desempeño;4;"0.00";Solventada
2024;Tulancingo de Bravo;Obra pública;21;"14,336,880.75";Promoción de responsabilidad
"""
write("ag30.text", t, gold(**BAD, refusal_reason="CSV export of audit data, not an article"),
      enc="cp1252", eol="crlf")
