#!/usr/bin/env python3
"""importer-bz, files 21-30."""
import io
import zipfile
from common import write_source, write_gold, NBSP, LS, to_bytes

# ---------------------------------------------------------------- bz21 jekyll (Decap/Netlify CMS, 2021; draft: true, Spanish category key)
bz21 = """---
title: Tlaxcala abre macromódulo de vacunación para personas de 40 a 49 años en Apizaco
date: 2021-06-02T19:05:00.000-05:00
draft: true
thumbnail: /assets/uploads/vacunacion-apizaco.jpg
categoria: Salud
author: Mesa de Redacción
---

A partir del próximo lunes, las personas de 40 a 49 años que viven en Apizaco, Yauhquemehcan, Tetla y Xaloztoc podrán recibir la primera dosis de la vacuna contra COVID-19 en el macromódulo que se instalará en el polideportivo de Apizaco, informaron las autoridades de salud del estado.

![Fila de vacunación en el polideportivo](/assets/uploads/fila-vacunacion.jpg)
*Foto: Cortesía Secretaría de Salud de Tlaxcala*

El módulo funcionará de 8:00 a 18:00 horas durante cinco días, y se organizará por la letra inicial del primer apellido para evitar aglomeraciones. Las personas deberán llevar el expediente de vacunación impreso, una identificación oficial y un comprobante de domicilio.

En las jornadas anteriores, dedicadas a las personas de 50 a 59 años, se formaron filas de hasta cuatro horas bajo el sol, por lo que esta vez se colocarán carpas, sillas y puntos de hidratación a lo largo del recorrido. También habrá una fila preferente para personas con discapacidad y mujeres embarazadas.

Las autoridades pidieron no acudir antes del día que corresponde a cada letra y recordaron que no es necesario pernoctar afuera del polideportivo, porque se garantizan dosis suficientes para toda la población registrada.

Para las personas que viven en comunidades alejadas, el ayuntamiento de Apizaco pondrá en marcha un servicio gratuito de transporte desde las juntas auxiliares, con salidas cada hora desde las siete de la mañana.

Después de la vacuna, cada persona deberá permanecer 30 minutos en el área de observación.
"""
write_source('bz21.md', bz21)
write_gold('bz21', family='jekyll',
           title='Tlaxcala abre macromódulo de vacunación para personas de 40 a 49 años en Apizaco',
           date='2021-06-02', published=False, bylines=[], section='Salud',
           body_first_words='A partir del próximo lunes, las personas de 40 a 49 años',
           body_last_words='deberá permanecer 30 minutos en el área de observación.',
           boilerplate=['![Fila de vacunación en el polideportivo](/assets/uploads/fila-vacunacion.jpg)',
                        'Foto: Cortesía Secretaría de Salud de Tlaxcala'],
           must_keep=['Las personas deberán llevar el expediente de vacunación impreso, una identificación oficial y un comprobante de domicilio.',
                      'También habrá una fila preferente para personas con discapacidad y mujeres embarazadas.',
                      'Después de la vacuna, cada persona deberá permanecer 30 minutos en el área de observación.'],
           photo_credit='Cortesía Secretaría de Salud de Tlaxcala')

# ---------------------------------------------------------------- bz22 jekyll (hand-written by a correspondent, 2023; Spanish keys, free-form date)
bz22 = """---
titulo: "Tlatlauquitepec celebra 40 años de su Feria del Tejocote y la Manzana"
fecha: "sábado, 18 de noviembre del 2023 - 11:20 hrs"
por: "Elvia Tepatl Ortiz / Corresponsal"
medio: Serranía Noticias
categorias: [Destacado, Tradiciones]
publicado: sí
---

Con una procesión de carros alegóricos adornados con tejocotes, manzanas y flores de cempasúchil, Tlatlauquitepec inició este sábado la edición número 40 de su Feria del Tejocote y la Manzana, que durante nueve días reunirá a productores, artesanos y grupos de danza de la Sierra Nororiental.

La feria nació a principios de los años ochenta como una exposición de fruta organizada por los productores del barrio de Ocotzingo, y con el tiempo se convirtió en la fiesta más importante del municipio después de la celebración de la Virgen de la Asunción.

Este año participan 85 productores de tejocote y manzana de las comunidades de Jonotla, Xonocuautla y Mazatepec, quienes venden la fruta fresca, en conserva, en licor y en los tradicionales dulces cristalizados que se preparan para las fiestas de diciembre.

"Mi abuelo vendía el tejocote por costales en la plaza; ahora mis hijas lo venden en frascos con etiqueta y hasta lo mandan a Puebla", contó don Efrén Gálvez, productor de Xonocuautla.

El programa incluye concursos de la fruta más grande, presentaciones de danzas de Negritos y Quetzales, bailes populares y un torneo de básquetbol entre comunidades. La coronación de la reina de la feria será el próximo viernes en la explanada municipal.

Los organizadores pidieron a los visitantes llegar temprano, porque las calles del centro permanecerán cerradas a la circulación durante los días de mayor afluencia.
"""
write_source('bz22.md', bz22)
write_gold('bz22', family='jekyll',
           title='Tlatlauquitepec celebra 40 años de su Feria del Tejocote y la Manzana',
           date='2023-11-18', bylines=['Elvia Tepatl Ortiz'], source='Serranía Noticias',
           section='Tradiciones', placement=['Destacado'],
           body_first_words='Con una procesión de carros alegóricos adornados con tejocotes',
           body_last_words='durante los días de mayor afluencia.',
           must_keep=['Este año participan 85 productores de tejocote y manzana de las comunidades de Jonotla, Xonocuautla y Mazatepec',
                      '"Mi abuelo vendía el tejocote por costales en la plaza; ahora mis hijas lo venden en frascos con etiqueta y hasta lo mandan a Puebla", contó don Efrén Gálvez, productor de Xonocuautla.',
                      'La coronación de la reina de la feria será el próximo viernes en la explanada municipal.'])

# ---------------------------------------------------------------- bz23 jekyll (early sports site, 2010; cp1252, CRLF, slashed date)
bz23 = """---
layout: post
title: "Más de 600 corredores suben a Real del Monte en la Carrera de la Neblina"
date: 2010/02/15 18:00
category: Deportes
author: "Redacción con información de agencias"
sitio: Hidalgo en la Cancha
---

Más de 600 corredores participaron el domingo en la décima edición de la Carrera de la Neblina, que sube durante 12 kilómetros desde la salida de Pachuca hasta el centro de Mineral del Monte, con un desnivel de casi 400 metros.

La prueba, que se corre cada febrero, es conocida entre los atletas de la región por su última parte, un tramo de calles empedradas y muy empinadas que obliga a muchos a caminar los últimos metros antes de la meta, frente a la parroquia de Nuestra Señora del Rosario.

En la rama varonil el ganador fue Marcelino Cuevas Badillo, de Tulancingo, con un tiempo de 43 minutos y 18 segundos. En la femenil se impuso Adriana Licona Hernández, de Pachuca, que cruzó la meta en 51 minutos y 5 segundos y mejoró el récord de la prueba por casi un minuto.

Como cada año, la niebla que da nombre a la carrera cubrió buena parte del recorrido, y la temperatura en la salida fue de apenas cuatro grados. Los organizadores instalaron puestos de abastecimiento cada tres kilómetros y una ambulancia acompañó a los últimos corredores.

Al terminar la competencia, los participantes recibieron una medalla de plata fundida en la región y un paste, como manda la tradición del pueblo minero.

La siguiente fecha del circuito estatal de carreras de montaña será en marzo, en El Chico.
"""
write_source('bz23.md', bz23, enc='cp1252', eol='crlf')
write_gold('bz23', family='jekyll',
           title='Más de 600 corredores suben a Real del Monte en la Carrera de la Neblina',
           date='2010-02-15', bylines=[], source='Hidalgo en la Cancha', section='Deportes',
           body_first_words='Más de 600 corredores participaron el domingo en la décima edición',
           body_last_words='será en marzo, en El Chico.',
           must_keep=['En la rama varonil el ganador fue Marcelino Cuevas Badillo, de Tulancingo, con un tiempo de 43 minutos y 18 segundos.',
                      'Los organizadores instalaron puestos de abastecimiento cada tres kilómetros y una ambulancia acompañó a los últimos corredores.',
                      'Al terminar la competencia, los participantes recibieron una medalla de plata fundida en la región y un paste, como manda la tradición del pueblo minero.'])

# ---------------------------------------------------------------- bz24 generic (old Mac text, CR only; setext '=' title)
bz24 = """La noche que Huamantla no duerme
================================

Cada 14 de agosto, cuando oscurece, las calles de Huamantla empiezan a llenarse de gente con cubetas de aserrín teñido, moldes de madera y costales de flores. Nadie se va a dormir: durante toda la noche, familias enteras trabajan de rodillas sobre el pavimento para tender las alfombras por donde pasará, de madrugada, la imagen de la Virgen de la Caridad.

Las alfombras cubren varios kilómetros de calles. Algunas son sencillas, de un solo color, y otras son verdaderos murales con escenas religiosas, grecas y paisajes de La Malinche. Los diseños se preparan con semanas de anticipación y, en muchos barrios, se heredan de generación en generación.

El aserrín se tiñe con anilinas en los patios de las casas y se deja secar al sol durante los días anteriores. Para los detalles finos se usan flores deshojadas, semillas, pétalos de cempasúchil y hasta café molido.

Hacia la medianoche, los visitantes recorren las calles con cuidado para no pisar el trabajo recién terminado, mientras los vecinos ofrecen atole, tamales y pan a quienes ayudan a tender. A las cuatro de la mañana comienza la procesión, y en unas cuantas horas las alfombras quedan deshechas bajo los pies de los peregrinos.

Para quienes las hacen, esa es precisamente la gracia: una obra que dura una noche y se entrega completa. Al día siguiente, las calles amanecen cubiertas de aserrín de colores, y los barrios comienzan a pensar en el diseño del año que viene.
"""
write_source('bz24.text', bz24, eol='cr')
write_gold('bz24', family='generic',
           title='La noche que Huamantla no duerme',
           body_first_words='Cada 14 de agosto, cuando oscurece, las calles de Huamantla',
           body_last_words='comienzan a pensar en el diseño del año que viene.',
           must_keep=['Los diseños se preparan con semanas de anticipación y, en muchos barrios, se heredan de generación en generación.',
                      'Para los detalles finos se usan flores deshojadas, semillas, pétalos de cempasúchil y hasta café molido.',
                      'Para quienes las hacen, esa es precisamente la gracia: una obra que dura una noche y se entrega completa.'])

# ---------------------------------------------------------------- bz25 generic (Google Docs "Download as Markdown": escaped punctuation)
bz25 = """# Cómo llegar a las grutas de Tolantongo sin perderse

Las grutas de Tolantongo, en el municipio de Cardonal, están a unas cuatro horas de la Ciudad de México y a poco más de dos de Pachuca. El último tramo es un camino de terracería con curvas cerradas que baja hasta el fondo de la barranca, así que conviene hacerlo de día.

**En auto.** Desde Pachuca se toma la carretera a Ixmiquilpan y, al llegar, se sigue hacia Cardonal. Pasando el pueblo comienza la desviación a San Cristóbal y, después, la bajada a las grutas. Hay que llevar efectivo: la caseta de acceso del ejido no acepta tarjetas.

**En autobús.** De la terminal de Ixmiquilpan salen camionetas hacia las grutas varias veces al día\\. El viaje dura alrededor de una hora y media, y los horarios cambian en temporada vacacional.

Algunas recomendaciones:

1\\. Llegar antes de las 10 de la mañana en fin de semana, porque el estacionamiento se llena.
2\\. Llevar zapatos para agua: las pozas y el río tienen piedras resbalosas.
3\\. No olvidar una lámpara si se piensa entrar al túnel, donde la luz es escasa.

La entrada cuesta alrededor de \\$180 pesos por persona y da acceso al río, las pozas termales, la gruta y el túnel. Dentro del parque hay hoteles y zonas para acampar, pero en Semana Santa y en diciembre se recomienda reservar con semanas de anticipación.

El agua del río es tibia todo el año y tiene un color azul turquesa por los minerales que arrastra. En la temporada de lluvias el río puede crecer y el acceso a algunas zonas se cierra por seguridad.
"""
write_source('bz25.md', bz25)
write_gold('bz25', family='generic',
           title='Cómo llegar a las grutas de Tolantongo sin perderse',
           body_first_words='Las grutas de Tolantongo, en el municipio de Cardonal',
           body_last_words='el acceso a algunas zonas se cierra por seguridad.',
           must_keep=['Hay que llevar efectivo: la caseta de acceso del ejido no acepta tarjetas.',
                      'El viaje dura alrededor de una hora y media, y los horarios cambian en temporada vacacional.',
                      'El agua del río es tibia todo el año y tiene un color azul turquesa por los minerales que arrastra.'])

# ---------------------------------------------------------------- bz26 generic (copied from a web editor: U+2028 line separators inside paragraphs)
bz26 = ("El pulque de los llanos de Apan, de bebida de hacienda a bebida de moda\n\n"
        "Durante casi tres siglos, los llanos de Apan vivieron del maguey. Las haciendas pulqueras de la región, como Chimalpa, San Bartolomé del Monte o Tepa el Chico, enviaban cada madrugada trenes cargados de barriles hacia las pulquerías de la Ciudad de México." + LS +
        "A principios del siglo XX, el pulque era la bebida más consumida en el centro del país.\n\n"
        "La caída llegó rápido. La Revolución afectó a las haciendas, el reparto agrario fragmentó los magueyales y, a partir de los años treinta, la cerveza industrial ganó terreno con campañas que presentaban al pulque como una bebida sucia y atrasada." + LS +
        "Muchas pulquerías cerraron y los magueyes dejaron de sembrarse.\n\n"
        "En los ranchos de Apan, Tepeapulco y Emiliano Zapata, sin embargo, el oficio nunca desapareció. Los tlachiqueros siguieron raspando los magueyes dos veces al día para extraer el aguamiel, y las familias siguieron fermentándolo en tinas de madera o de plástico en los tinacales." + LS +
        "El conocimiento pasó de padres a hijos sin que nadie lo escribiera.\n\n"
        "En la última década, el pulque volvió a ponerse de moda entre los jóvenes de las ciudades. Abrieron nuevas pulquerías en Pachuca y en la capital del país, y algunas haciendas recibieron de nuevo a visitantes interesados en recorrer los magueyales y probar curados de avena, de fresa o de piñón." + LS +
        "El reto ahora es que haya magueyes suficientes: una planta tarda entre ocho y doce años en estar lista para producir.\n")
write_source('bz26.txt', bz26)
write_gold('bz26', family='generic',
           title='El pulque de los llanos de Apan, de bebida de hacienda a bebida de moda',
           body_first_words='Durante casi tres siglos, los llanos de Apan vivieron del maguey.',
           body_last_words='una planta tarda entre ocho y doce años en estar lista para producir.',
           must_keep=['A principios del siglo XX, el pulque era la bebida más consumida en el centro del país.',
                      'Muchas pulquerías cerraron y los magueyes dejaron de sembrarse.',
                      'El conocimiento pasó de padres a hijos sin que nadie lo escribiera.'])

# ---------------------------------------------------------------- bz27 generic (UTF-16 BE with BOM, LF)
bz27 = """Los pastes de Real del Monte: de Cornualles a la Comarca Minera

Los pastes llegaron a Real del Monte en la primera mitad del siglo XIX con los mineros de Cornualles, en el suroeste de Inglaterra, que vinieron a trabajar las minas de plata de la comarca. En su tierra, las esposas de los mineros preparaban una empanada de masa gruesa rellena de carne, papa y cebolla que se podía llevar al socavón y comer con las manos.

La costumbre cuenta que la orilla gruesa de la masa servía de asa: el minero la sostenía con los dedos sucios de polvo y, al terminar, la tiraba. En Real del Monte, las cocineras adaptaron la receta con ingredientes locales, y con el tiempo aparecieron pastes de mole, de frijol con chile, de arroz con leche y de piña.

Hoy hay decenas de pastelerías en Real del Monte y en Pachuca, y el paste se vende en las terminales de autobuses y en las carreteras de todo Hidalgo. Algunas familias todavía conservan recetas que, según dicen, vienen directamente de las bisabuelas inglesas.

La herencia de Cornualles no se quedó en la cocina. En la región se jugó el primer partido de futbol del país, y en el panteón inglés del pueblo las tumbas de los mineros miran hacia el noreste, en dirección a su tierra natal.

Cada octubre, Real del Monte celebra un festival internacional del paste en el que participan cocineros de Hidalgo y de Cornualles. Durante esos días, las calles empinadas del pueblo se llenan de visitantes que recorren los hornos buscando el relleno más original.
"""
write_source('bz27.txt', bz27, enc='utf-16-be', bom=True)
write_gold('bz27', family='generic',
           title='Los pastes de Real del Monte: de Cornualles a la Comarca Minera',
           body_first_words='Los pastes llegaron a Real del Monte en la primera mitad del siglo XIX',
           body_last_words='recorren los hornos buscando el relleno más original.',
           must_keep=['La costumbre cuenta que la orilla gruesa de la masa servía de asa: el minero la sostenía con los dedos sucios de polvo y, al terminar, la tiraba.',
                      'Algunas familias todavía conservan recetas que, según dicen, vienen directamente de las bisabuelas inglesas.',
                      'En la región se jugó el primer partido de futbol del país'])

# ---------------------------------------------------------------- bz28 bad (saved HTML page: navigation, cookie banner and footer, no article)
bz28 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Municipios | Noticias de la Sierra</title>
<link rel="stylesheet" href="./Municipios _ Noticias de la Sierra_files/style.min.css">
<script src="./Municipios _ Noticias de la Sierra_files/app.bundle.js" defer></script>
</head>
<body class="archive category category-municipios">
<div id="cookie-banner">Usamos cookies para mejorar tu experiencia. <a href="/privacidad">Aviso de privacidad</a> <button>Aceptar</button></div>
<header class="site-header">
  <a class="logo" href="https://noticiasdelasierra.example.mx/"><img src="./Municipios _ Noticias de la Sierra_files/logo.svg" alt="Noticias de la Sierra"></a>
  <nav class="menu-principal">
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/categoria/municipios/">Municipios</a></li>
      <li><a href="/categoria/sierra-norte/">Sierra Norte</a></li>
      <li><a href="/categoria/hidalgo/">Hidalgo</a></li>
      <li><a href="/categoria/tlaxcala/">Tlaxcala</a></li>
      <li><a href="/categoria/deportes/">Deportes</a></li>
      <li><a href="/categoria/opinion/">Opinión</a></li>
      <li><a href="/contacto/">Contacto</a></li>
    </ul>
  </nav>
  <form class="buscador" action="/"><input type="search" name="s" placeholder="Buscar..."></form>
</header>
<main id="contenido">
  <h1 class="archive-title">Municipios</h1>
  <div id="lista-notas" data-endpoint="/wp-json/wp/v2/posts?categories=12"><!-- las notas se cargan con JavaScript --></div>
  <div class="cargando">Cargando...</div>
</main>
<footer class="site-footer">
  <ul class="redes">
    <li><a href="https://facebook.example.mx/noticiasdelasierra">Facebook</a></li>
    <li><a href="https://x.example.mx/nsierra_ej">X</a></li>
    <li><a href="https://instagram.example.mx/noticiasdelasierra_ej">Instagram</a></li>
  </ul>
  <p>&copy; 2024 Noticias de la Sierra. Todos los derechos reservados. | <a href="/aviso-legal">Aviso legal</a></p>
</footer>
</body>
</html>
"""
write_source('bz28.txt', bz28, eol='crlf')
write_gold('bz28', family='bad',
           refusal_reason='Es una página HTML guardada que sólo contiene menú, aviso de cookies y pie de página; no hay texto de ninguna nota.')

# ---------------------------------------------------------------- bz29 bad (front matter whose "body" is only Liquid includes and a more-marker)
bz29 = """---
layout: post
title: "Galería: así se vivió el Carnaval de Tlaxcala en Papalotla"
date: 2019-03-05 12:30:00 -0600
categories: [Portada, Galerías]
author: Fotografía NS
galeria: carnaval-papalotla-2019
---

{% include galeria.html id=page.galeria %}

<!--more-->

{% include compartir.html %}
"""
write_source('bz29.md', bz29)
write_gold('bz29', family='bad',
           refusal_reason='El archivo sólo tiene encabezado (front matter) e instrucciones de plantilla; no tiene texto de la nota.')

# ---------------------------------------------------------------- bz30 bad (a Word .docx renamed to .txt: a ZIP container)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    def add(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2022, 6, 9, 13, 2, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>')
    add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
    add('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        '<w:p><w:r><w:t>COMUNICADO 204/2022</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>Tulancingo de Bravo, Hgo., 9 de junio de 2022.</w:t></w:r></w:p>'
        '</w:body></w:document>')
write_source('bz30.txt', raw=buf.getvalue())
write_gold('bz30', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, binario comprimido) guardado con extensión .txt; no es texto legible.')
