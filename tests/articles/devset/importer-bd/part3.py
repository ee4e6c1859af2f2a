#!/usr/bin/env python3
"""importer-bd, files bd21-bd30 (Jekyll 21-23, generic 24-27, bad 28-30)."""
import io
import zipfile
from common import write_source, write_gold

# ---------------------------------------------------------------- bd21 jekyll (radio capsule site, Liquid includes)
T21 = '''---
layout: episodio
title: 'Cápsula: ¿Qué hacer si tu parcela está dentro de una concesión minera?'
date: 2013-05-02T08:00:00-05:00
author: Nicolás Hernández Rojas
locucion: Yesenia Cruz Martínez
audio: /audios/2013/capsula-concesiones.mp3
duracion: "04:32"
categories: [Derechos, Capsulas]
medio: Radio Tsinaxi
---
{% include audio.html src=page.audio %}

**[Descarga el audio de la cápsula (MP3, 4 MB)]({{ site.baseurl }}/audios/2013/capsula-concesiones.mp3)**

Esta cápsula forma parte de la serie *Nuestro territorio, nuestros derechos*, que transmitimos cada jueves en el noticiero de la mañana. Aquí compartimos el texto para quienes no pudieron escucharla.

Muchas comunidades de la Costa y de la Sierra se enteran de que su territorio está concesionado a una empresa minera cuando ya llegaron los trabajadores a medir el terreno. Una concesión la otorga el gobierno federal, pero no le da a la empresa la propiedad de la tierra: para entrar a una parcela ejidal o comunal necesita el permiso de sus dueños.

Lo primero que puede hacer la comunidad es pedir información. Cualquier persona puede consultar en las oficinas de la Secretaría de Economía o en su página de internet si hay concesiones dentro de su municipio, cuántas hectáreas abarcan y a quién pertenecen.

Lo segundo es llevar el tema a la asamblea. Solo la asamblea puede decidir si se permite o no la entrada de una empresa a las tierras de uso común, y ese acuerdo debe quedar por escrito en un acta.

Además, los pueblos indígenas tienen derecho a ser consultados de manera previa, libre e informada antes de cualquier proyecto que afecte su territorio, como lo establece el Convenio 169 de la Organización Internacional del Trabajo.

Si tienes dudas, acércate a la radio: cada jueves, después del noticiero, una abogada voluntaria atiende consultas en nuestra cabina.

{% include suscribete.html %}
'''
write_source('bd21.md', T21)
write_gold('bd21', family='jekyll',
           title='Cápsula: ¿Qué hacer si tu parcela está dentro de una concesión minera?',
           date='2013-05-02', bylines=['Nicolás Hernández Rojas'], source='Radio Tsinaxi', section='Derechos',
           body_first_words='Esta cápsula forma parte de la serie',
           body_last_words='una abogada voluntaria atiende consultas en nuestra cabina.',
           boilerplate=['{% include audio.html src=page.audio %}',
                        'Descarga el audio de la cápsula (MP3, 4 MB)',
                        '{% include suscribete.html %}'],
           must_keep=['Una concesión la otorga el gobierno federal, pero no le da a la empresa la propiedad de la tierra',
                      'Solo la asamblea puede decidir si se permite o no la entrada de una empresa a las tierras de uso común',
                      'como lo establece el Convenio 169 de la Organización Internacional del Trabajo.'])

# ---------------------------------------------------------------- bd22 jekyll (Windows volunteer: BOM, CRLF, capitalised keys)
T22 = '''---
Title: Productores de café de la Sierra Madre de Chiapas obtienen certificación orgánica colectiva
Date: 09-02-2025
Author: [María José Pineda, Saúl Hernández Gómez]
Category: Campo
Published: true
Layout: nota
Imagen: /img/2025/cafe-sierra.jpg
---

Una cooperativa de 212 familias productoras de café de los municipios de Siltepec, Bella Vista y La Grandeza, en la Sierra Madre de Chiapas, obtuvo la certificación orgánica colectiva para su cosecha 2024-2025, después de cuatro años de transición en los que dejaron de usar fertilizantes y herbicidas químicos.

La certificación les permitirá vender su café a compradores que pagan un sobreprecio por el grano orgánico, que en esta temporada ronda entre 15 y 20 por ciento por encima del precio convencional.

Los socios explicaron que el cambio no fue fácil. Durante los primeros años la producción bajó y varias familias estuvieron a punto de abandonar el proceso. "Nos sostuvimos porque trabajamos juntos: hacíamos la composta en faenas y compartíamos las herramientas", dijo Elías Roblero Pérez, presidente del consejo de administración.

La cooperativa produce su propio abono con pulpa de café, estiércol y hojarasca, y mantiene árboles de sombra que protegen los cafetales y el agua de los arroyos. Las inspecciones revisan cada parcela, por lo que todas las familias llevan un registro de sus labores.

El siguiente paso será abrir una pequeña tostadora en Siltepec para vender café tostado y molido en mercados de Tapachula y Tuxtla Gutiérrez, y así quedarse con una parte mayor del valor de su trabajo.
'''
write_source('bd22.md', T22, eol='crlf', bom=True)
write_gold('bd22', family='jekyll',
           title='Productores de café de la Sierra Madre de Chiapas obtienen certificación orgánica colectiva',
           date='2025-02-09', bylines=['María José Pineda', 'Saúl Hernández Gómez'], source=None, section='Campo',
           body_first_words='Una cooperativa de 212 familias productoras de café',
           body_last_words='una parte mayor del valor de su trabajo.',
           boilerplate=[],
           must_keep=['Durante los primeros años la producción bajó y varias familias estuvieron a punto de abandonar el proceso.',
                      '"Nos sostuvimos porque trabajamos juntos: hacíamos la composta en faenas y compartíamos las herramientas", dijo Elías Roblero Pérez',
                      'Las inspecciones revisan cada parcela, por lo que todas las familias llevan un registro de sus labores.'])

# ---------------------------------------------------------------- bd23 jekyll (fecha day-first, placement + section mixed)
T23 = '''---
layout: post
title: "Pescadores de Chacahua reabren la bocabarra con palas y lanchas"
fecha: 1/2/2021
autor: "Irma Gopar Santiago"
categories: [Portada, Costa, Destacadas]
tags: [Chacahua, pesca, laguna]
sitio: Mar de Fondo Noticias
published: true
---

Con palas, cubetas y la fuerza de sus lanchas, cerca de 150 pescadores de las cooperativas de Chacahua y El Azufre trabajaron durante tres días para reabrir la bocabarra que comunica la laguna con el mar, cerrada desde octubre por la arena que acumuló el oleaje.

Sin esa apertura, explicaron, el agua de la laguna se estanca, baja el oxígeno y los peces y camarones mueren o dejan de entrar desde el mar. En las últimas semanas las capturas se habían reducido a casi nada y muchas familias sobrevivían con lo que vendían a los pocos turistas.

"Cada año esperamos la máquina que nos prometen y cada año terminamos abriendo con las manos", dijo Fermín Ávila Cruz, pescador de 58 años, mientras descansaba a la sombra de una palapa.

Los pescadores lograron abrir un canal de unos ocho metros de ancho. Sin embargo, advierten que sin una obra permanente la arena volverá a cerrar la boca en pocos meses, como ha ocurrido desde hace más de una década.

Las cooperativas pidieron a las autoridades federales y estatales un proyecto de dragado que tome en cuenta a la comunidad y proteja los manglares del parque nacional, del que depende también el turismo de la zona.

Mientras tanto, las familias esperan que en unas semanas vuelva el camarón y puedan retomar la pesca.
'''
write_source('bd23.md', T23)
write_gold('bd23', family='jekyll',
           title='Pescadores de Chacahua reabren la bocabarra con palas y lanchas',
           date='2021-02-01', bylines=['Irma Gopar Santiago'], source='Mar de Fondo Noticias', section='Costa',
           placement=['Portada', 'Destacadas'],
           body_first_words='Con palas, cubetas y la fuerza de sus lanchas',
           body_last_words='vuelva el camarón y puedan retomar la pesca.',
           boilerplate=[],
           must_keep=['"Cada año esperamos la máquina que nos prometen y cada año terminamos abriendo con las manos", dijo Fermín Ávila Cruz',
                      'Los pescadores lograron abrir un canal de unos ocho metros de ancho.',
                      'Las cooperativas pidieron a las autoridades federales y estatales un proyecto de dragado'])

# ---------------------------------------------------------------- bd24 generic (old Mac text, CR only, cp1252)
T24 = '''La chilena, el baile que llegó por mar a la Costa Chica

Nadie sabe con certeza cuándo llegó la chilena a las costas de Guerrero y Oaxaca, pero los viejos músicos de Pinotepa y de Cuajinicuilapa cuentan la misma historia: que a mediados del siglo XIX desembarcaron en Acapulco marineros y mineros chilenos que iban de paso hacia California, y que con ellos venía la cueca, un baile de pañuelos que la gente de la costa hizo suyo.

Con los años, la cueca cambió tanto que dejó de parecerse a la original. Se le metieron el son de tarima de los pueblos afromexicanos, los versos pícaros de los trovadores, el arpa, la jarana y después la banda de viento. Así nació la chilena, que hoy se baila en bodas, mayordomías y fiestas patronales de toda la Costa Chica.

En la chilena la pareja no se toca. El hombre persigue, la mujer esquiva, los pañuelos se agitan en el aire y el zapateado marca el ritmo sobre la tarima. Quien la baila bien dice que es una conversación sin palabras.

Cada pueblo tiene sus chilenas favoritas, y muchas llevan el nombre de un lugar o de una persona. Algunas se cantan para presumir la belleza de la tierra; otras, para burlarse del vecino o para recordar a un amor que se fue al norte.

Los músicos jóvenes siguen componiendo chilenas nuevas, a veces con guitarras eléctricas y teclados. Los mayores refunfuñan, pero en la fiesta todos terminan bailando.
'''
write_source('bd24.txt', T24, enc='cp1252', eol='cr')
write_gold('bd24', family='generic',
           title='La chilena, el baile que llegó por mar a la Costa Chica',
           date=None, bylines=[], source=None, section=None,
           body_first_words='Nadie sabe con certeza cuándo llegó la chilena',
           body_last_words='pero en la fiesta todos terminan bailando.',
           boilerplate=[],
           must_keep=['En la chilena la pareja no se toca.',
                      'Quien la baila bien dice que es una conversación sin palabras.',
                      'Así nació la chilena, que hoy se baila en bodas, mayordomías y fiestas patronales de toda la Costa Chica.'])

# ---------------------------------------------------------------- bd25 generic (Markdown from Word, leading HTML comment)
T25 = '''<!-- Documento migrado desde Word por el equipo de voluntarios. No editar el encabezado. -->

# Guía rápida: cómo solicitar una concesión de radio de uso social indígena

Esta guía resume los pasos que han seguido varias radios comunitarias de la red para obtener su concesión. No sustituye la asesoría legal, pero ayuda a que la comunidad sepa qué documentos preparar desde el principio.

1. **Acuerdo de asamblea.** La comunidad debe decidir en asamblea que quiere una radio propia y nombrar a las personas que se encargarán del trámite. El acta debe llevar firmas y sellos de las autoridades.
2. **Constitución de la organización.** La concesión se otorga a una comunidad o a una asociación sin fines de lucro, por lo que hay que tener en regla sus documentos y su representación legal.
3. **Proyecto de la radio.** Se describe para qué servirá la emisora, en qué lenguas transmitirá, qué programas tendrá y cómo participará la comunidad en las decisiones.
4. **Solicitud ante el Instituto Federal de Telecomunicaciones.** La solicitud se presenta en los periodos que marca el programa anual de bandas de frecuencias, junto con los documentos técnicos del equipo y de la ubicación de la antena.

Después de presentar la solicitud, el Instituto puede pedir información adicional. Es importante responder a tiempo, porque un requerimiento sin respuesta puede detener el trámite durante meses.

> Consejo de la red: guarden copia de todo lo que entreguen y de cada acuse de recibo.

Las radios que ya tienen concesión ofrecen acompañar a las comunidades que inician el proceso. Para pedir ese apoyo, basta con escribir a la coordinación de la red o acercarse a cualquiera de las emisoras en el próximo encuentro regional.
'''
write_source('bd25.md', T25)
write_gold('bd25', family='generic',
           title='Guía rápida: cómo solicitar una concesión de radio de uso social indígena',
           date=None, bylines=[], source=None, section=None,
           body_first_words='Esta guía resume los pasos que han seguido',
           body_last_words='en el próximo encuentro regional.',
           boilerplate=['Documento migrado desde Word por el equipo de voluntarios. No editar el encabezado.'],
           must_keep=['La comunidad debe decidir en asamblea que quiere una radio propia',
                      'Es importante responder a tiempo, porque un requerimiento sin respuesta puede detener el trámite durante meses.',
                      'Consejo de la red: guarden copia de todo lo que entreguen y de cada acuse de recibo.'])

# ---------------------------------------------------------------- bd26 generic (UTF-16, centred title line)
T26 = '''                 Testimonio: la noche que tembló en Pinotepa


Eran casi las seis de la tarde del 16 de febrero cuando empezó a moverse el piso de la tienda. Al principio pensé que era un camión pesado pasando por la carretera, pero el ruido no se iba y las botellas empezaron a caer de los estantes.

Salí a la calle con mi hija en brazos. Los vecinos también salían, algunos descalzos, otros con el teléfono en la mano tratando de llamar a sus familiares. Los cables de luz se mecían como cuerdas y el polvo de una barda caída llenó la esquina.

Cuando por fin se detuvo, nadie quería volver a entrar a su casa. Sacamos sillas y cobijas a la banqueta y nos quedamos ahí, escuchando la radio de pilas de don Efrén, que era la única que tenía señal. Por la radio supimos que el temblor se había sentido hasta la Ciudad de México.

Esa noche casi nadie durmió. Cada réplica nos hacía brincar. Los niños terminaron dormidos sobre los costales de maíz y los mayores contaban historias de otros temblores, de cuando se cayó la iglesia vieja y de cuando el mar se retiró de la playa.

Al día siguiente revisamos las casas. La mía tenía grietas en dos paredes, pero seguía en pie. Otras no tuvieron la misma suerte.

Escribo esto para que mis nietos sepan que aquella noche nos cuidamos entre todos.
'''
write_source('bd26.txt', T26, enc='utf-16-le', bom=True)
write_gold('bd26', family='generic',
           title='Testimonio: la noche que tembló en Pinotepa',
           date=None, bylines=[], source=None, section=None,
           body_first_words='Eran casi las seis de la tarde del 16 de febrero',
           body_last_words='aquella noche nos cuidamos entre todos.',
           boilerplate=[],
           must_keep=['Por la radio supimos que el temblor se había sentido hasta la Ciudad de México.',
                      'La mía tenía grietas en dos paredes, pero seguía en pie.',
                      'Escribo esto para que mis nietos sepan que aquella noche nos cuidamos entre todos.'])

# ---------------------------------------------------------------- bd27 generic (MultiMarkdown/Pandoc metadata block, no ---)
T27 = '''Title: Memoria del huracán Paulina, veinte años después
Author: Josefina Arellano Vargas
Date: 2017-10-09
Keywords: Paulina, Acapulco, Costa de Oaxaca, memoria

Hace veinte años, en la madrugada del 9 de octubre de 1997, el huracán Paulina tocó tierra en la costa de Oaxaca y avanzó pegado al litoral hasta Acapulco. En su camino dejó comunidades arrasadas, ríos desbordados y una herida que todavía no cierra en muchas familias.

En Acapulco, las lluvias bajaron por los cerros del anfiteatro y convirtieron calles y barrancas en ríos de lodo y piedras. Colonias enteras de la parte alta quedaron sepultadas o incomunicadas durante días.

Para esta nota conversamos con personas que vivieron aquella noche. Coinciden en que lo peor no fue el viento, sino el agua que bajó de golpe por las barrancas cuando ya todos dormían. "El río pasó por la mitad de la casa y se llevó todo lo que teníamos", recuerda una vecina de la colonia La Laja, que entonces tenía diecinueve años.

En la costa de Oaxaca, los pueblos de la Costa y de la Sierra Sur quedaron aislados por la caída de puentes y caminos. La ayuda tardó en llegar y fueron las propias comunidades las que se organizaron para repartir comida y buscar a los desaparecidos.

Dos décadas después, muchas de las barrancas de Acapulco vuelven a estar ocupadas por viviendas. Especialistas en protección civil advierten que la memoria de Paulina debería servir para no repetir los mismos errores.
'''
write_source('bd27.md', T27, eol='crlf')
write_gold('bd27', family='generic',
           title='Memoria del huracán Paulina, veinte años después',
           date='2017-10-09', bylines=['Josefina Arellano Vargas'], source=None, section=None,
           body_first_words='Hace veinte años, en la madrugada del 9 de octubre de 1997',
           body_last_words='para no repetir los mismos errores.',
           boilerplate=['Keywords: Paulina, Acapulco, Costa de Oaxaca, memoria'],
           must_keep=['Colonias enteras de la parte alta quedaron sepultadas o incomunicadas durante días.',
                      '"El río pasó por la mitad de la casa y se llevó todo lo que teníamos", recuerda una vecina de la colonia La Laja',
                      'La ayuda tardó en llegar y fueron las propias comunidades las que se organizaron para repartir comida y buscar a los desaparecidos.'])

# ---------------------------------------------------------------- bd28 bad (Jekyll redirect stub: front matter, no body)
T28 = '''---
layout: redirect
title: "Cierran mercados de Juchitán por contingencia sanitaria"
redirect_to: /2020/05/11/cierran-mercados-juchitan/
sitemap: false
---


'''
write_source('bd28.md', T28)
write_gold('bd28', family='bad',
           refusal_reason='front matter sin cuerpo: es una página de redirección de Jekyll (redirect_to), no un artículo')

# ---------------------------------------------------------------- bd29 bad (web page saved from the browser as .txt)
T29 = '''<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inundaciones en Pinotepa: vecinos piden apoyo | La Voz Costeña</title>
<link rel="stylesheet" href="https://lavozcostena.example.mx/wp-content/themes/voz/style.css?ver=5.2.4">
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-0000000-1"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag('js', new Date());</script>
</head>
<body class="post-template-default single single-post">
<header class="site-header"><nav><ul><li><a href="/">Inicio</a></li><li><a href="/costa/">Costa</a></li><li><a href="/istmo/">Istmo</a></li><li><a href="/contacto/">Contacto</a></li></ul></nav></header>
<main id="main">
<article class="post-8812 post type-post status-publish">
<h1 class="entry-title">Inundaciones en Pinotepa: vecinos piden apoyo</h1>
<div class="entry-meta"><span class="byline">Por <a href="/author/redaccion/">Redacción</a></span> <time datetime="2019-09-21T10:15:00-05:00">21 septiembre, 2019</time></div>
<div class="entry-content"><p>Vecinos de tres colonias de Pinotepa Nacional pidieron apoyo tras las lluvias de la noche del viernes.</p>
<div class="sharedaddy"><a class="share-facebook" href="#">Facebook</a><a class="share-whatsapp" href="#">WhatsApp</a></div>
</div>
</article>
</main>
<footer><p>&copy; 2019 La Voz Costeña. Todos los derechos reservados.</p></footer>
<script src="https://lavozcostena.example.mx/wp-includes/js/wp-embed.min.js?ver=5.2.4"></script>
</body>
</html>
'''
write_source('bd29.txt', T29)
write_gold('bd29', family='bad',
           refusal_reason='página HTML guardada desde el navegador (DOCTYPE, head, scripts), no un artículo en texto')


# ---------------------------------------------------------------- bd30 bad (a Word .docx saved with a .md name)
def docx_bytes():
    buf = io.BytesIO()
    fixed = (2020, 3, 17, 9, 41, 10)
    parts = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ('word/document.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         '<w:p><w:r><w:t>Suspenden tianguis de los martes en Tlaxiaco por la contingencia</w:t></w:r></w:p>'
         '<w:p><w:r><w:t>Las autoridades municipales acordaron suspender el tianguis a partir del próximo martes.</w:t></w:r></w:p>'
         '</w:body></w:document>'),
    ]
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=fixed)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode('utf-8'))
    return buf.getvalue()


write_source('bd30.md', raw=docx_bytes())
write_gold('bd30', family='bad',
           refusal_reason='archivo binario: un documento de Word (.docx, ZIP) guardado con extensión .md')
