#!/usr/bin/env python3
"""importer-bo, files 21-30 (jekyll 21-23, generic 24-27, bad 28-30)."""
import io
import zipfile
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bo21 jekyll (indigenous-language community radio site; Spanish keys, dd-mm-yyyy)
bo21 = """---
titulo: "Vendedoras del mercado de Juchitán reciben en diidxazá la capacitación sanitaria"
fecha: 07-08-2020
autor: "Elvia Luis Matus (texto y locución)"
emisora: Radio Biaani
frecuencia: 104.3 FM
categoria: Comunidad
lengua: diidxazá y español
audio: /audios/2020/08/mercado-capacitacion.mp3
---

Más de trescientas vendedoras del mercado provisional de Juchitán recibieron esta semana una capacitación sobre medidas sanitarias para reducir los contagios de covid-19, impartida por primera vez en diidxazá, el zapoteco del Istmo, por promotoras de salud de la región.

La capacitación se dio puesto por puesto, en grupos pequeños, durante las primeras horas de la mañana, antes de que llegaran los compradores. Las promotoras explicaron cómo usar el cubrebocas, por qué es importante lavarse las manos con frecuencia y cómo limpiar las mesas y las básculas.

Muchas de las vendedoras de totopos, pescado seco, queso y flores hablan zapoteco como primera lengua y se habían quejado de que los avisos oficiales sólo llegaban en español y por internet. "Cuando te lo explican en tu idioma, lo entiendes a la primera y se lo puedes contar a tu mamá", dijo una vendedora de guetabingui.

Las promotoras también grabaron mensajes cortos en diidxazá que esta radio transmite varias veces al día, y que los grupos de vecinos comparten por mensajería. Las autoridades municipales anunciaron que colocarán carteles bilingües en las entradas del mercado.

Desde los sismos de 2017, las vendedoras trabajan en locales provisionales, a la espera de que concluya la reconstrucción del palacio municipal y del mercado.

🎧 Escucha la nota completa en diidxazá en nuestro reproductor.
"""
write_source('bo21.md', bo21)
write_gold('bo21', family='jekyll',
           title='Vendedoras del mercado de Juchitán reciben en diidxazá la capacitación sanitaria',
           date='2020-08-07', bylines=['Elvia Luis Matus'], source='Radio Biaani',
           section='Comunidad',
           body_first_words='Más de trescientas vendedoras del mercado provisional de Juchitán',
           body_last_words='la reconstrucción del palacio municipal y del mercado.',
           boilerplate=['Escucha la nota completa en diidxazá en nuestro reproductor.'],
           must_keep=['La capacitación se dio puesto por puesto, en grupos pequeños, durante las primeras horas de la mañana, antes de que llegaran los compradores.',
                      '"Cuando te lo explican en tu idioma, lo entiendes a la primera y se lo puedes contar a tu mamá", dijo una vendedora de guetabingui.',
                      'Las autoridades municipales anunciaron que colocarán carteles bilingües en las entradas del mercado.'])

# ---------------------------------------------------------------- bo22 jekyll (agricultural site; no date key: date only in the permalink, last_modified_at later)
bo22 = """---
layout: nota
title: "Cañeros del Papaloapan inician la zafra con un precio de referencia más bajo"
permalink: /2012/11/18/caneros-papaloapan-inician-zafra/
last_modified_at: 2012-12-02T10:15:00-06:00
author: Bernardo Uscanga Ríos
section: Campo
site_name: Sotavento Rural
tags: [caña, zafra, Tierra Blanca, Cosamaloapan]
---

Los productores de caña de azúcar de la cuenca del Papaloapan comenzaron la zafra 2012-2013 con un precio de referencia menor al del ciclo anterior, lo que, según sus organizaciones, apenas alcanzará para cubrir los costos de cultivo y de corte.

En los municipios de Tierra Blanca, Cosamaloapan, Tres Valles y Carlos A. Carrillo, las cuadrillas de cortadores llegaron desde la semana pasada a los campamentos instalados junto a los ingenios. La mayoría viene de la sierra de Zongolica, de Oaxaca y de Chiapas, y trabaja durante seis meses cortando a destajo.

Los dirigentes cañeros atribuyen la caída del precio a la sobreproducción de azúcar en el país y a la entrada de edulcorantes importados. "Cada tonelada que cortamos nos cuesta más que el año pasado: el fertilizante, el diésel, los fletes", explicó Filiberto Carvajal Moreno, productor de Tres Valles.

Las organizaciones pidieron al gobierno federal un programa de apoyo por tonelada y la revisión de las importaciones de jarabe de maíz. Advierten que, si el precio se mantiene, muchos productores pequeños dejarán de fertilizar sus parcelas el próximo año.

Los ingenios de la región esperan moler alrededor de siete millones de toneladas de caña en esta zafra, una cifra similar a la del ciclo anterior.
"""
write_source('bo22.md', bo22)
write_gold('bo22', family='jekyll',
           title='Cañeros del Papaloapan inician la zafra con un precio de referencia más bajo',
           date='2012-11-18', bylines=['Bernardo Uscanga Ríos'], source='Sotavento Rural',
           section='Campo',
           body_first_words='Los productores de caña de azúcar de la cuenca del Papaloapan',
           body_last_words='una cifra similar a la del ciclo anterior.',
           must_keep=['La mayoría viene de la sierra de Zongolica, de Oaxaca y de Chiapas, y trabaja durante seis meses cortando a destajo.',
                      'Las organizaciones pidieron al gobierno federal un programa de apoyo por tonelada y la revisión de las importaciones de jarabe de maíz.',
                      '"Cada tonelada que cortamos nos cuesta más que el año pasado: el fertilizante, el diésel, los fletes", explicó Filiberto Carvajal Moreno, productor de Tres Valles.'])

# ---------------------------------------------------------------- bo23 jekyll (oil-town site; block-scalar title, author string with roles, Portada)
bo23 = """---
layout: post
title: >-
  Minatitlán reabre el mercado Morelos seis meses después del incendio
date: 2006-09-15
author: "Texto: Leticia Vargas Olmos | Fotos: Raúl Arcos Medel"
categories: [Portada, Sociedad]
site_title: Oro Negro Noticias
---

Con música de marimba y una misa en el pasillo central, los locatarios del mercado Morelos de Minatitlán volvieron este viernes a sus puestos, seis meses después del incendio que destruyó casi la mitad del inmueble en la madrugada del 12 de marzo.

La reconstrucción costó alrededor de 14 millones de pesos, aportados por el ayuntamiento, el gobierno del estado y una parte por los propios comerciantes, que durante medio año vendieron en toldos instalados sobre la calle Hidalgo.

El nuevo edificio tiene instalaciones eléctricas ocultas, extintores en cada pasillo y una salida de emergencia hacia la avenida Justo Sierra. La investigación de Protección Civil concluyó que el fuego comenzó por un cortocircuito en un puesto de comida.

Doña Rufina Alor Antonio, que vende pescado y mariscos desde hace treinta años, dijo que lo más difícil fue recuperar a la clientela. "Mucha gente se acostumbró a comprar en el súper y ahora hay que convencerla de que regrese", contó.

Los locatarios acordaron formar un comité de vigilancia y pidieron al ayuntamiento que el camión de la basura pase todos los días por el mercado. Las fiestas de inauguración continuarán el fin de semana con un baile popular.
"""
write_source('bo23.md', bo23, eol='crlf')
write_gold('bo23', family='jekyll',
           title='Minatitlán reabre el mercado Morelos seis meses después del incendio',
           date='2006-09-15', bylines=['Leticia Vargas Olmos'], source='Oro Negro Noticias',
           section='Sociedad', placement=['Portada'],
           body_first_words='Con música de marimba y una misa en el pasillo central',
           body_last_words='continuarán el fin de semana con un baile popular.',
           boilerplate=['Fotos: Raúl Arcos Medel'],
           must_keep=['La investigación de Protección Civil concluyó que el fuego comenzó por un cortocircuito en un puesto de comida.',
                      '"Mucha gente se acostumbró a comprar en el súper y ahora hay que convencerla de que regrese", contó.',
                      'Los locatarios acordaron formar un comité de vigilancia y pidieron al ayuntamiento que el camión de la basura pase todos los días por el mercado.'],
           photo_credit='Raúl Arcos Medel')

# ---------------------------------------------------------------- bo24 generic (reporter's notes typed on a phone; emoji, missing accents)
bo24 = """Lo que dejo el norte en Alvarado 🌊

Alvarado amanecio con las calles del barrio de la Punta llenas de arena y ramas. El norte que entro el domingo en la noche trajo rachas que tumbaron techos de lamina y dejaron sin luz a media ciudad durante casi todo el lunes.

👉 En el malecon las olas brincaron la barda y el agua llego hasta las primeras casas. Los vecinos dicen que no veian algo asi desde hace años. Una señora que vende minilla y tamales de masa en la esquina del mercado perdio todo lo que tenia guardado en la bodega.

👉 Los pescadores amarraron sus lanchas en el rio desde el sabado porque la capitania ya habia avisado. Aun asi dos lanchas se hundieron junto al muelle viejo. No hubo heridos.

👉 En la laguna de Alvarado el agua subio casi medio metro. Las palapas de los restaurantes de la orilla quedaron sin techo y los meseros estaban sacando sillas del agua desde temprano.

La gente de aqui esta acostumbrada a los nortes pero este fue distinto porque llego con lluvia fuerte y sin parar durante diez horas. Varias familias se fueron con sus parientes a Tlalixcoyan y a Lerdo de Tejada mientras pasa.

Pendiente: confirmar con PC cuantas casas dañadas y si van a abrir albergue en la escuela del centro. Hablar con el de la cooperativa para lo de las lanchas 📞
"""
write_source('bo24.txt', bo24)
write_gold('bo24', family='generic',
           title='Lo que dejo el norte en Alvarado',
           body_first_words='Alvarado amanecio con las calles del barrio de la Punta llenas de arena',
           body_last_words='a Tlalixcoyan y a Lerdo de Tejada mientras pasa.',
           boilerplate=['Pendiente: confirmar con PC cuantas casas dañadas y si van a abrir albergue en la escuela del centro. Hablar con el de la cooperativa para lo de las lanchas'],
           must_keep=['Aun asi dos lanchas se hundieron junto al muelle viejo.',
                      'Las palapas de los restaurantes de la orilla quedaron sin techo y los meseros estaban sacando sillas del agua desde temprano.',
                      'Varias familias se fueron con sus parientes a Tlalixcoyan y a Lerdo de Tejada mientras pasa.'])

# ---------------------------------------------------------------- bo25 generic (UTF-16 BE with BOM; setext "=" title)
bo25 = """Cruzar el Coatzacoalcos antes del puente
=========================================

Antes de que existiera el puente sobre el río Coatzacoalcos, cruzar de una orilla a otra era parte de la vida diaria de miles de personas. Los trabajadores de las plantas de Pajaritos, los comerciantes que iban al mercado y los estudiantes de Allende dependían de las pangas y de los chalanes que iban y venían desde la madrugada.

Los más viejos del barrio de Allende recuerdan que la panga grande podía llevar dos o tres camiones, y que en temporada de nortes se suspendía el servicio por horas. Entonces las filas de vehículos llegaban hasta la calle principal y los choferes dormían en las cabinas esperando que bajara el viento.

Los lancheros cobraban unos centavos por persona y conocían a casi todos sus pasajeros. Había lanchas que salían sólo cuando se llenaban, y otras que esperaban a los obreros del turno de la noche aunque fueran dos o tres.

Cuando se construyó el puente, muchas de esas lanchas dejaron de trabajar. Algunos lancheros se dedicaron a la pesca y otros entraron a trabajar en la industria que crecía en la zona. Todavía hoy, en la orilla de Allende, quedan pequeñas lanchas que cruzan a quienes prefieren no dar la vuelta por el puente.

Para los vecinos, el río nunca fue una frontera, sino un camino. Esa memoria sigue viva en las fotografías familiares y en las historias que se cuentan en las fiestas del barrio.
"""
write_source('bo25.txt', bo25, enc='utf-16-be', eol='crlf', bom=True)
write_gold('bo25', family='generic',
           title='Cruzar el Coatzacoalcos antes del puente',
           body_first_words='Antes de que existiera el puente sobre el río Coatzacoalcos',
           body_last_words='en las historias que se cuentan en las fiestas del barrio.',
           must_keep=['Los lancheros cobraban unos centavos por persona y conocían a casi todos sus pasajeros.',
                      'Para los vecinos, el río nunca fue una frontera, sino un camino.',
                      'Algunos lancheros se dedicaron a la pesca y otros entraron a trabajar en la industria que crecía en la zona.'])

# ---------------------------------------------------------------- bo26 generic (radio script; production cues around and inside the text)
bo26 = """CÁPSULA AMBIENTAL - GUION
Los manglares de Centla pierden terreno frente al mar
Duración: 2'40"  |  Voz: locutora  |  Fondo: oleaje suave

(ENTRA CORTINILLA Y BAJA A FONDO)

En la costa de Centla, en Tabasco, los manglares forman una muralla verde entre el mar y las lagunas. Sus raíces detienen la arena, filtran el agua y sirven de refugio a peces, cangrejos y aves que llegan cada invierno desde el norte del continente.

Pero esa muralla se está adelgazando. Los pescadores de la barra de San Pedro cuentan que hace veinte años había que caminar un buen rato entre los mangles para llegar a la playa, y que hoy el mar llega casi hasta las primeras casas.

(SUBE FONDO Y BAJA)

Las causas son varias: la tala para abrir potreros, los caminos que cortaron el paso del agua dulce y la fuerza de los nortes, que cada año se lleva un poco más de orilla. Cuando se pierde el manglar, también se pierde la pesca.

En algunas comunidades, grupos de mujeres y jóvenes recogen semillas de mangle rojo y las siembran en viveros. Cuando las plantas crecen, las llevan en lancha a las zonas que el mar ha dejado desnudas.

Cuidar el manglar es cuidar la casa. Si usted vive en la costa, no corte mangle y apoye a los viveros comunitarios de su localidad.

(SUBE CORTINILLA DE SALIDA)
"""
write_source('bo26.txt', bo26, eol='crlf')
write_gold('bo26', family='generic',
           title='Los manglares de Centla pierden terreno frente al mar',
           body_first_words='En la costa de Centla, en Tabasco, los manglares forman una muralla verde',
           body_last_words='apoye a los viveros comunitarios de su localidad.',
           boilerplate=['CÁPSULA AMBIENTAL - GUION',
                        'Duración: 2\'40"  |  Voz: locutora  |  Fondo: oleaje suave',
                        '(ENTRA CORTINILLA Y BAJA A FONDO)', '(SUBE FONDO Y BAJA)',
                        '(SUBE CORTINILLA DE SALIDA)'],
           must_keep=['Pero esa muralla se está adelgazando.',
                      'Cuando se pierde el manglar, también se pierde la pesca.',
                      'Cuando las plantas crecen, las llevan en lancha a las zonas que el mar ha dejado desnudas.'])

# ---------------------------------------------------------------- bo27 generic (bold-line title, numbered list, UTF-8 BOM)
bo27 = """**Cómo se hacen los totopos en los comixcales de Juchitán**

En los patios de las casas de Juchitán, el día empieza antes de que salga el sol, cuando las mujeres encienden el comixcal, el horno de barro enterrado en el suelo donde se cuecen los totopos. El olor a leña y a maíz tostado es la primera señal de que el barrio ya está despierto.

El proceso lleva casi dos días y pasa por varios pasos:

1. El maíz se pone a cocer con cal y se deja reposar toda la noche.
2. Por la mañana se lava y se muele hasta obtener una masa fina.
3. Las tortillas se palmean a mano y se perforan con pequeños agujeros para que no se inflen.
4. Cada tortilla se pega en la pared caliente del comixcal y se retira cuando está dorada y crujiente.

Las totoperas dicen que el secreto está en la temperatura del horno y en la humedad de la masa. Si el comixcal está demasiado caliente, el totopo se quema; si está frío, se despega de la pared y cae a las brasas.

Los totopos se venden por docena en el mercado y en las calles, y viajan en costales hasta Oaxaca, la Ciudad de México y los Estados Unidos, donde los compran familias istmeñas que viven lejos de su tierra.

Después de los sismos de 2017, muchos comixcales se rompieron y varias familias tuvieron que pedir prestado un horno a sus vecinas para seguir trabajando. Hoy la mayoría ya los reconstruyó.
"""
write_source('bo27.md', bo27, bom=True)
write_gold('bo27', family='generic',
           title='Cómo se hacen los totopos en los comixcales de Juchitán',
           body_first_words='En los patios de las casas de Juchitán, el día empieza antes de que salga el sol',
           body_last_words='Hoy la mayoría ya los reconstruyó.',
           must_keep=['El proceso lleva casi dos días y pasa por varios pasos:',
                      'Las tortillas se palmean a mano y se perforan con pequeños agujeros para que no se inflen.',
                      'Si el comixcal está demasiado caliente, el totopo se quema; si está frío, se despega de la pared y cae a las brasas.'])

# ---------------------------------------------------------------- bo28 bad (saved HTML page: navigation, cookie banner and a 404 notice only)
bo28 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Página no encontrada | Diario Marítimo del Istmo</title>
<link rel="stylesheet" href="/static/css/main.8f3a2c.css">
<script async src="/static/js/analytics.js"></script>
</head>
<body class="error404">
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/logo-dmi.svg" alt="Diario Marítimo del Istmo"></a>
  <nav class="menu-principal">
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/salina-cruz/">Salina Cruz</a></li>
      <li><a href="/juchitan/">Juchitán</a></li>
      <li><a href="/tehuantepec/">Tehuantepec</a></li>
      <li><a href="/puerto/">Puerto</a></li>
      <li><a href="/deportes/">Deportes</a></li>
      <li><a href="/opinion/">Opinión</a></li>
    </ul>
  </nav>
  <form class="buscador" action="/buscar/"><input type="search" name="q" placeholder="Buscar..."></form>
</header>
<div class="cookie-banner">Usamos cookies para mejorar tu experiencia. <button>Aceptar</button></div>
<main>
  <h2>Error 404</h2>
  <p>Lo sentimos, la página que buscas no existe o fue movida.</p>
  <p><a href="/">Volver a la portada</a></p>
</main>
<footer>
  <ul class="redes"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Instagram</a></li></ul>
  <p>© 2019 Diario Marítimo del Istmo. Todos los derechos reservados. Contacto: redaccion@dmistmo.example.mx</p>
</footer>
</body>
</html>
"""
write_source('bo28.txt', bo28, eol='crlf')
write_gold('bo28', family='bad',
           refusal_reason='El archivo es una página HTML guardada que sólo contiene menú, aviso de cookies y un mensaje de error 404; no hay ninguna nota.')

# ---------------------------------------------------------------- bo29 bad (Joomla-era export: front matter, body is only an empty paragraph)
bo29 = """---
id: 3880
title: "Galería: carnaval de Villahermosa 2008"
alias: galeria-carnaval-villahermosa-2008
sitename: Tabasco al Instante
catid: 9
category_title: Galerías
created: 2008-02-03 21:14:55
created_by_alias: Fotografía TAI
publish_up: 2008-02-04 00:00:00
state: 1
---
<p>&nbsp;</p>

"""
write_source('bo29.md', bo29)
write_gold('bo29', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter); el cuerpo es un párrafo vacío (&nbsp;) sin texto.')

# ---------------------------------------------------------------- bo30 bad (a .docx, i.e. a ZIP archive, saved with a .md name)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, body in [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
        ('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Nota Cosoleacaque agua potable</w:t></w:r></w:p></w:body></w:document>'),
    ]:
        zi = zipfile.ZipInfo(name, date_time=(2021, 6, 14, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, body)
write_source('bo30.md', raw=buf.getvalue())
write_gold('bo30', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, archivo ZIP binario) guardado con extensión .md; no es texto legible.')
