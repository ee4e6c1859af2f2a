#!/usr/bin/env python3
"""importer-cj, files 21-30."""
import io
import zipfile
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- cj21 jekyll (front matter closed with "...", <!--more-->)
cj21 = """---
title: Vagoneros del Metro, entre el operativo y la necesidad
date: 2013-09-12
author: [Omar Quezada Bravo]
category: Ciudad
medio: Reportaje Urbano
tags: [Metro, comercio informal]
...

En el andén de la estación Pino Suárez, Rubén acomoda en su mochila cuarenta paquetes de chicles y una bocina que cuelga de su cuello con un cordón. Tiene 19 años y desde hace cuatro vende en los vagones de la Línea 2, igual que lo hizo su padre.

<!--more-->

El Sistema de Transporte Colectivo Metro asegura que en lo que va del año ha retirado de las instalaciones a más de 11 mil vendedores ambulantes, a quienes la policía bancaria remite ante el juez cívico. La mayoría paga una multa o pasa unas horas detenido y regresa al día siguiente.

Los vagoneros calculan que en toda la red trabajan unas 3 mil personas. Muchos pertenecen a organizaciones que les asignan líneas y horarios a cambio de una cuota semanal, aunque los líderes niegan cobrarla.

Para los usuarios, la opinión está dividida. Hay quienes se quejan del ruido de las bocinas y de los empujones en horas pico, y quienes compran todos los días un dulce o una pila para el control de la televisión. "Yo prefiero que vendan a que roben", dice una pasajera que viaja de Tasqueña a Cuatro Caminos.

Rubén dice que ha intentado conseguir otro trabajo, pero en las fábricas le piden secundaria terminada y experiencia. Mientras tanto, sigue haciendo cuentas: con un buen día saca 300 pesos, con uno malo no alcanza ni para el pasaje de regreso.
"""
write_source('cj21.markdown', cj21)
write_gold('cj21', family='jekyll',
           title='Vagoneros del Metro, entre el operativo y la necesidad',
           date='2013-09-12', bylines=['Omar Quezada Bravo'], source='Reportaje Urbano',
           section='Ciudad',
           body_first_words='En el andén de la estación Pino Suárez, Rubén acomoda en su mochila',
           body_last_words='no alcanza ni para el pasaje de regreso.',
           must_keep=['Tiene 19 años y desde hace cuatro vende en los vagones de la Línea 2, igual que lo hizo su padre.',
                      'La mayoría paga una multa o pasa unas horas detenido y regresa al día siguiente.',
                      '"Yo prefiero que vendan a que roben", dice una pasajera que viaja de Tasqueña a Cuatro Caminos.'])

# ---------------------------------------------------------------- cj22 jekyll (WordPress via jekyll-import: nested author, [caption])
cj22 = """---
layout: post
title: Crónica de una noche de martes en la Arena México
date: 2014-07-08 13:45:12.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Deportes
tags:
- lucha libre
- Arena México
meta:
  _edit_last: '3'
  _thumbnail_id: '1187'
author:
  login: jsalas
  email: jsalas@tribunadeportiva.example.mx
  display_name: Jimena Salas Oviedo
  first_name: Jimena
  last_name: Salas Oviedo
permalink: "/2014/07/08/cronica-de-una-noche-de-martes-en-la-arena-mexico/"
---
<p>[caption id="attachment_1187" align="aligncenter" width="640"]<img class="size-large wp-image-1187" src="http://tribunadeportiva.example.mx/wp-content/uploads/2014/07/arena-640x427.jpg" alt="Arena México" width="640" height="427" /> Foto: Héctor Vela Cisneros[/caption]</p>
<p>A las siete de la tarde, la fila para entrar a la Arena México ya da vuelta a la esquina de la calle Dr. Lavista. Hay familias completas, oficinistas que salieron temprano y turistas con la máscara recién comprada en los puestos de afuera.</p>
<p>Adentro, el olor a palomitas se mezcla con el de la cerveza. En la zona de ring, los aficionados de siempre ocupan los mismos lugares desde hace años y saludan por su nombre a los vendedores. En la parte alta, la porra de los rudos ensaya los gritos que dedicará a los técnicos.<!--more--></p>
<p>La función empieza con las luchas de los novatos, que salen al ring entre aplausos tibios. El ambiente cambia con la tercera lucha, cuando aparece un luchador enmascarado de Guadalajara al que el público adoptó como propio desde su debut.&nbsp;</p>
<p>Don Aurelio Barrera, de 74 años, lleva más de medio siglo asistiendo cada semana. "Aquí he visto llorar a hombres grandes cuando su ídolo pierde la máscara", cuenta mientras señala el ring con su bastón.</p>
<p>La lucha estelar termina pasadas las diez de la noche, con el técnico levantando el brazo y la arena de pie. Afuera, los vendedores recogen sus puestos y las familias caminan hacia el Metro Cuauhtémoc, comentando cada llave como si fuera un gol.</p>
"""
write_source('cj22.md', cj22)
write_gold('cj22', family='jekyll',
           title='Crónica de una noche de martes en la Arena México',
           date='2014-07-08', bylines=['Jimena Salas Oviedo'], section='Deportes',
           body_first_words='A las siete de la tarde, la fila para entrar a la Arena México',
           body_last_words='comentando cada llave como si fuera un gol.',
           boilerplate=['Foto: Héctor Vela Cisneros'],
           must_keep=['En la parte alta, la porra de los rudos ensaya los gritos que dedicará a los técnicos.',
                      'Don Aurelio Barrera, de 74 años, lleva más de medio siglo asistiendo cada semana.',
                      'La lucha estelar termina pasadas las diez de la noche, con el técnico levantando el brazo y la arena de pie.'],
           photo_credit='Héctor Vela Cisneros')

# ---------------------------------------------------------------- cj23 jekyll (folded block-scalar title, "Por" author, late-night offset)
cj23 = """---
title: >-
  Miles de capitalinos despiden 2025 en el Zócalo con conciertos
  y un espectáculo de drones
date: 2025-12-31T23:15:00-06:00
author: "Por Luis Fernando Acosta Mier"
categories: [Ciudad]
tags: [Zócalo, Año Nuevo, fiestas]
site_name: Crónica Chilanga
---

Con chamarras, bufandas y botellas de sidra escondidas en las mochilas, miles de personas llenaron desde la tarde de este miércoles la plancha del Zócalo capitalino para despedir el año con un festival que incluyó cinco conciertos y, por primera vez, un espectáculo de drones en lugar de fuegos artificiales.

El gobierno de la ciudad calculó a las 22:00 horas una asistencia de 180 mil personas. Los accesos por las calles de Madero, 5 de Mayo y 20 de Noviembre se cerraron en varios momentos por el sobrecupo, y los asistentes tuvieron que esperar en las calles aledañas.

La decisión de sustituir la pirotecnia por 800 drones iluminados se tomó, según las autoridades, para reducir la contaminación y el riesgo para las personas con mascotas y con sensibilidad al ruido. No a todos les convenció. "Sin cohetes no se siente que se acaba el año", dijo entre risas un vendedor de cornetas de la colonia Guerrero.

Hasta el cierre de esta edición, Protección Civil no reportaba incidentes graves; los paramédicos habían atendido a 37 personas, la mayoría por crisis nerviosas y cortaduras leves.

Las autoridades pidieron a los asistentes retirarse de manera escalonada después de la medianoche y recordaron que el Metro dará servicio gratuito hasta las dos de la mañana.
"""
write_source('cj23.md', cj23, eol='crlf', bom=True)
write_gold('cj23', family='jekyll',
           title='Miles de capitalinos despiden 2025 en el Zócalo con conciertos y un espectáculo de drones',
           date='2025-12-31', bylines=['Luis Fernando Acosta Mier'], source='Crónica Chilanga',
           section='Ciudad',
           body_first_words='Con chamarras, bufandas y botellas de sidra escondidas en las mochilas',
           body_last_words='dará servicio gratuito hasta las dos de la mañana.',
           must_keep=['El gobierno de la ciudad calculó a las 22:00 horas una asistencia de 180 mil personas.',
                      '"Sin cohetes no se siente que se acaba el año", dijo entre risas un vendedor de cornetas de la colonia Guerrero.',
                      'Hasta el cierre de esta edición, Protección Civil no reportaba incidentes graves; los paramédicos habían atendido a 37 personas, la mayoría por crisis nerviosas y cortaduras leves.'])

# ---------------------------------------------------------------- cj24 generic (answer to a transparency request)
cj24 = """Respuesta a la solicitud de acceso a la información pública con folio 090163324000871

Solicitud recibida: 4 de marzo de 2024
Sujeto obligado: Secretaría de Movilidad de la Ciudad de México
Fecha de respuesta: 19 de marzo de 2024

Texto de la solicitud:
"Solicito el número de infracciones captadas por fotocívicas en 2023, desglosado por alcaldía, y el número de cursos en línea que se impartieron a las personas infractoras."

Respuesta:
En atención a su solicitud, la Dirección General de Seguridad Vial y Sistemas de Movilidad Urbana Sustentable informa que durante el ejercicio 2023 el sistema de cámaras registró 1 millón 214 mil 380 infracciones, de las cuales la mayor parte corresponde a exceso de velocidad en vías primarias.

Las alcaldías con el mayor número de registros fueron Iztapalapa, con 198 mil 402; Gustavo A. Madero, con 151 mil 77, y Álvaro Obregón, con 129 mil 950. La alcaldía con menos registros fue Milpa Alta, con 4 mil 318. El desglose completo se adjunta en el archivo de hoja de cálculo que acompaña esta respuesta.

Por lo que hace a la segunda parte de su solicitud, se informa que en el mismo periodo se impartieron 402 mil 116 cursos en línea de cultura cívica, y 38 mil 940 personas realizaron trabajo comunitario para recuperar los puntos de su placa.

No omito señalar que la información se proporciona en el estado en que se encuentra en los archivos de esta dependencia, sin que exista obligación de elaborar documentos ad hoc.

En caso de inconformidad con la presente respuesta, podrá interponer recurso de revisión ante el Instituto de Transparencia de la Ciudad de México dentro de los quince días hábiles siguientes a la fecha de su notificación.

Atentamente
Unidad de Transparencia
"""
write_source('cj24.txt', cj24)
write_gold('cj24', family='generic',
           title='Respuesta a la solicitud de acceso a la información pública con folio 090163324000871',
           date='2024-03-19',
           body_first_words='Solicitud recibida: 4 de marzo de 2024',
           body_last_words='Unidad de Transparencia',
           must_keep=['La alcaldía con menos registros fue Milpa Alta, con 4 mil 318.',
                      'Por lo que hace a la segunda parte de su solicitud, se informa que en el mismo periodo se impartieron 402 mil 116 cursos en línea de cultura cívica, y 38 mil 940 personas realizaron trabajo comunitario para recuperar los puntos de su placa.',
                      'En caso de inconformidad con la presente respuesta, podrá interponer recurso de revisión ante el Instituto de Transparencia de la Ciudad de México dentro de los quince días hábiles siguientes a la fecha de su notificación.'])

# ---------------------------------------------------------------- cj25 generic (radio script)
cj25 = """La primera línea del Metro, medio siglo después
Cápsula para el noticiero matutino · Transmisión: 4 de septiembre de 2019 · Duración: 2'30"
Guion y voz: Sofía Lemus Carranza

OPERADOR: ENTRA CORTINILLA "CRÓNICAS DE LA CIUDAD" Y BAJA A FONDO

LOCUTORA:
Un día como hoy, pero de 1969, un tren naranja salió de la estación Chapultepec rumbo a Zaragoza. Era el primer recorrido del Metro de la Ciudad de México, y la ciudad entera quería subirse.

En aquel entonces la Línea 1 tenía 16 estaciones y poco más de doce kilómetros. Los periódicos de la época cuentan que muchas personas hicieron el viaje de ida y vuelta sólo para conocer los vagones con llantas de hule, que no hacían ruido sobre las vías.

Cada estación tenía un símbolo, una idea del arquitecto Lance Wyman, para que cualquier persona pudiera ubicarse aunque no supiera leer: un chapulín para Chapultepec, una campana para Balderas, un pato para Pino Suárez.

Cincuenta años después, la red tiene doce líneas y transporta a millones de pasajeros al día. Los vagones ya no son nuevos, las escaleras eléctricas a veces no funcionan y las horas pico ponen a prueba la paciencia de cualquiera.

Pero el Metro sigue siendo, para muchos capitalinos, la forma más rápida y barata de cruzar la ciudad. Y todavía hay quien recuerda, con una sonrisa, la primera vez que escuchó las puertas cerrarse.

OPERADOR: SUBE CORTINILLA Y SALE
"""
write_source('cj25.txt', cj25, enc='cp1252', eol='crlf')
write_gold('cj25', family='generic',
           title='La primera línea del Metro, medio siglo después',
           date='2019-09-04', bylines=['Sofía Lemus Carranza'],
           body_first_words='Un día como hoy, pero de 1969, un tren naranja salió de la estación Chapultepec',
           body_last_words='la primera vez que escuchó las puertas cerrarse.',
           boilerplate=['Cápsula para el noticiero matutino · Transmisión: 4 de septiembre de 2019 · Duración: 2\'30"',
                        'OPERADOR: ENTRA CORTINILLA "CRÓNICAS DE LA CIUDAD" Y BAJA A FONDO',
                        'OPERADOR: SUBE CORTINILLA Y SALE'],
           must_keep=['En aquel entonces la Línea 1 tenía 16 estaciones y poco más de doce kilómetros.',
                      'Cincuenta años después, la red tiene doce líneas y transporta a millones de pasajeros al día.',
                      'Pero el Metro sigue siendo, para muchos capitalinos, la forma más rápida y barata de cruzar la ciudad.'])

# ---------------------------------------------------------------- cj26 generic (Mac OS Roman, CR line ends)
cj26 = """El último organillero de la calle de Madero

Lo encuentras casi siempre en la esquina de Madero y Bolívar, con el uniforme caqui y la gorra de visera que usaban los organilleros hace cien años. Se llama Fermín, tiene 68 años y toca el mismo organillo alemán que le heredó su abuelo.

El instrumento pesa cerca de cuarenta kilos y guarda en su cilindro ocho melodías: valses, pasodobles y “Las golondrinas”. Para que suene hay que girar la manivela con un ritmo parejo, ni muy rápido ni muy lento; si el brazo se cansa, la música se arrastra.

Mientras Fermín toca, su sobrino pasa la gorra entre los peatones. Algunos dejan una moneda sin detenerse; otros se quedan a escuchar y le preguntan si el aparato es de verdad o si trae una grabación escondida.

Fermín cuenta que en los años setenta había más de cien organilleros en el Centro. Hoy quedan unos cuantos, y casi todos rentan sus organillos porque los instrumentos originales ya no se fabrican y repararlos cuesta una fortuna.

—¿Por qué sigue? —le pregunto.

—Porque si me voy, ¿quién le va a tocar a la ciudad?

Al caer la tarde guarda el organillo en una bodega de la calle de Tacuba y regresa en Metro a su casa, en la colonia Bondojito. Mañana volverá a la misma esquina.
"""
write_source('cj26.txt', cj26, enc='mac_roman', eol='cr')
write_gold('cj26', family='generic',
           title='El último organillero de la calle de Madero',
           body_first_words='Lo encuentras casi siempre en la esquina de Madero y Bolívar',
           body_last_words='Mañana volverá a la misma esquina.',
           must_keep=['Se llama Fermín, tiene 68 años y toca el mismo organillo alemán que le heredó su abuelo.',
                      '—Porque si me voy, ¿quién le va a tocar a la ciudad?',
                      'Fermín cuenta que en los años setenta había más de cien organilleros en el Centro.'])

# ---------------------------------------------------------------- cj27 generic (Google Docs export, UTF-16 BE, bold-only title line)
cj27 = """<a id="h.gjdgxs"></a>
**Cronología: cuatro sismos que cambiaron la Ciudad de México**

La capital del país está construida sobre el lecho de un antiguo lago, y sus suelos blandos amplifican las ondas de los terremotos que se originan a cientos de kilómetros. Estos son cuatro de los sismos que más marcaron a la ciudad en el último siglo.

**1957: la caída del Ángel**

En la madrugada del 28 de julio de 1957, un sismo con epicentro en Guerrero derribó la Victoria alada que corona la Columna de la Independencia. La escultura se partió en pedazos sobre el Paseo de la Reforma y tardó más de un año en volver a su lugar.

**1979: la Universidad Iberoamericana**

El 14 de marzo de 1979, un temblor nocturno provocó el colapso de varios edificios del campus de la Universidad Iberoamericana, en la colonia Campestre Churubusco. Como no había clases a esa hora, no hubo víctimas entre los estudiantes.

**1985: la ciudad que se organizó sola**

El sismo del 19 de septiembre de 1985 destruyó cientos de edificios en el Centro, la Roma, la Doctores y Tlatelolco. Ante la lentitud de la respuesta oficial, miles de vecinos formaron brigadas de rescate, y de esa experiencia nacieron el sistema de protección civil y el simulacro anual.

**2017: la misma fecha, otra vez**

Treinta y dos años después, el 19 de septiembre de 2017, un sismo con epicentro entre Puebla y Morelos sacudió la ciudad horas después del simulacro. Se derrumbaron decenas de inmuebles y, de nuevo, la ciudadanía salió a las calles a remover escombros.
"""
write_source('cj27.md', cj27, enc='utf-16-be', eol='crlf', bom=True)
write_gold('cj27', family='generic',
           title='Cronología: cuatro sismos que cambiaron la Ciudad de México',
           body_first_words='La capital del país está construida sobre el lecho de un antiguo lago',
           body_last_words='la ciudadanía salió a las calles a remover escombros.',
           must_keep=['La escultura se partió en pedazos sobre el Paseo de la Reforma y tardó más de un año en volver a su lugar.',
                      'Como no había clases a esa hora, no hubo víctimas entre los estudiantes.',
                      'Ante la lentitud de la respuesta oficial, miles de vecinos formaron brigadas de rescate, y de esa experiencia nacieron el sistema de protección civil y el simulacro anual.'])

# ---------------------------------------------------------------- cj28 bad (saved HTML page: navigation and cookie banner only)
cj28 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Noticias | El Portal de la Capital</title>
<link rel="stylesheet" href="./El Portal de la Capital_files/main.css">
<script src="./El Portal de la Capital_files/app.bundle.js"></script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="https://portalcapital.example.mx/">El Portal de la Capital</a>
  <nav>
    <ul>
      <li><a href="/nacional">Nacional</a></li>
      <li><a href="/ciudad">Ciudad</a></li>
      <li><a href="/mundo">Mundo</a></li>
      <li><a href="/deportes">Deportes</a></li>
      <li><a href="/opinion">Opinión</a></li>
      <li><a href="/videos">Videos</a></li>
    </ul>
  </nav>
  <a class="btn" href="/suscripcion">Suscríbete</a>
</header>
<main id="app"><div class="loader">Cargando…</div></main>
<div class="cookie-banner">Usamos cookies para mejorar tu experiencia. <button>Aceptar</button></div>
<footer>
  <ul>
    <li><a href="/aviso-de-privacidad">Aviso de privacidad</a></li>
    <li><a href="/terminos">Términos y condiciones</a></li>
    <li><a href="/contacto">Contacto</a></li>
  </ul>
  <p>© 2023 El Portal de la Capital. Todos los derechos reservados.</p>
</footer>
</body>
</html>
"""
write_source('cj28.md', cj28, eol='crlf')
write_gold('cj28', family='bad',
           refusal_reason='El archivo es una página HTML guardada que sólo contiene menús, aviso de cookies y pie de página; no hay ninguna nota que importar.')

# ---------------------------------------------------------------- cj29 bad (front matter, then only blank lines)
cj29 = ("---\n"
        "layout: post\n"
        "title: \"Inicia la Feria Internacional del Libro del Zócalo con 300 editoriales\"\n"
        "date: 2016-10-07 10:00:00 -0500\n"
        "author: Redacción\n"
        "categories: [Cultura]\n"
        "---\n"
        "\n   \n\t\n\n")
write_source('cj29.md', cj29, eol='crlf', bom=True)
write_gold('cj29', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter); después de él no hay texto.')

# ---------------------------------------------------------------- cj30 bad (a .docx, i.e. a ZIP archive, saved as .txt)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    for fname, content in (
            ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
            ('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Boletín 0918. Inauguran la nueva biblioteca de la alcaldía Azcapotzalco.</w:t></w:r></w:p></w:body></w:document>')):
        zi = zipfile.ZipInfo(fname, date_time=(2018, 11, 5, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, content)
write_source('cj30.txt', raw=buf.getvalue())
write_gold('cj30', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, un archivo ZIP binario) guardado con extensión .txt; no es texto legible.')
