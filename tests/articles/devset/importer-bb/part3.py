#!/usr/bin/env python3
"""importer-bb, files 21-30: Jekyll posts (21-23), generic texts (24-27), bad files (28-30)."""
import io
import zipfile
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bb21 ---
# Generator 3, hand-edited: the title has an unquoted ": " (strict YAML refuses
# the whole block: "mapping values are not allowed here"); date is a quoted
# string with a compact offset "-0600"; flow categories with a placement word
# first; author as a flow list of two people; "site_name". UTF-8, LF.
bb21 = '''---
layout: nota
title: Monterrey: arranca el Buen Fin con filas desde la madrugada en plazas de San Pedro y Escobedo
date: "2021-11-10 08:30:00 -0600"
author: [Iván Salinas Treviño, Daniela Fong Garza]
categories: [Destacadas, Economía]
tags: [Buen Fin, comercio, consumo]
site_name: Norte al Día
---

Cientos de personas hicieron fila desde antes de las seis de la mañana en los accesos de plazas comerciales de San Pedro Garza García y Escobedo para aprovechar el primer día del Buen Fin, que este año se extiende del 10 al 16 de noviembre.

Las tiendas departamentales y de electrónica concentraron la mayor afluencia. En una plaza de la avenida Vasconcelos, el personal de seguridad tuvo que organizar turnos de ingreso de veinte personas para evitar aglomeraciones frente a los aparadores de pantallas y computadoras.

La Cámara Nacional de Comercio de Monterrey estima que las ventas en el estado crecerán alrededor de 15 por ciento respecto a la edición anterior, impulsadas por el pago de aguinaldos anticipados en algunas empresas y por la reapertura total de los centros comerciales.

La Procuraduría Federal del Consumidor instaló módulos en diez plazas del área metropolitana para recibir quejas y recordó a los compradores que deben comparar el precio final y no sólo el porcentaje de descuento anunciado.

Entre los primeros compradores había familias que llegaron desde Apodaca y Juárez con listas de aparatos para el hogar, así como comerciantes que adquieren mercancía para revenderla en diciembre.

Los organizadores recomendaron revisar las condiciones de los meses sin intereses antes de pagar, pues las promociones varían según el banco emisor de la tarjeta.
'''
write_source('bb21.md', bb21, enc='utf-8', eol='lf')
write_gold('bb21', family='jekyll',
           title='Monterrey: arranca el Buen Fin con filas desde la madrugada en plazas de San Pedro y Escobedo',
           date='2021-11-10', bylines=['Iván Salinas Treviño', 'Daniela Fong Garza'],
           source='Norte al Día', section='Economía', placement=['Destacadas'],
           body_first_words='Cientos de personas hicieron fila desde antes de las seis',
           body_last_words='según el banco emisor de la tarjeta.',
           boilerplate=['layout: nota', 'site_name: Norte al Día'],
           must_keep=['En una plaza de la avenida Vasconcelos, el personal de seguridad tuvo que organizar turnos de ingreso de veinte personas para evitar aglomeraciones frente a los aparadores de pantallas y computadoras.',
                      'La Procuraduría Federal del Consumidor instaló módulos en diez plazas del área metropolitana para recibir quejas y recordó a los compradores que deben comparar el precio final y no sólo el porcentaje de descuento anunciado.'])

# ---------------------------------------------------------------- bb22 ---
# Generator 2 (Drupal migration) re-saved on Windows: UTF-8 BOM before the
# opening "---", CRLF. Quoted date with offset where the local date (26 July)
# differs from UTC (27 July); "category" singular scalar; "author: Staff"
# (a desk); "excerpt" key that repeats the lead; unpublished flag in Drupal
# style "status: 1" kept next to "published: true".
bb22 = '''---
layout: post
title: "Hanna deja sin luz a 230 mil usuarios en Nuevo León y Tamaulipas"
date: '2020-07-26 21:40:00 -05:00'
status: 1
published: true
category: Estados
author: Staff
drupal_nid: 40127
excerpt: "La Comisión Federal de Electricidad trabaja para restablecer el servicio tras el paso de la tormenta."
---
<p>Cerca de 230 mil usuarios de Nuevo León y Tamaulipas permanecían sin energía eléctrica la noche de este domingo tras el paso de la tormenta tropical Hanna, que tocó tierra el sábado como huracán en la costa tamaulipeca y cruzó la región con lluvias de más de 200 milímetros.</p>
<p>La Comisión Federal de Electricidad informó que los municipios más afectados son Reynosa, Matamoros, Río Bravo, Cadereyta y Guadalupe, donde la caída de árboles y postes dañó líneas de media tensión y varias subestaciones quedaron inundadas.</p>
<p>La empresa movilizó a 1,600 trabajadores, 400 grúas y camionetas y dos helicópteros para revisar las líneas de transmisión, y calculó que el servicio quedará restablecido para la mayoría de los usuarios en un plazo de 48 horas, siempre que las lluvias disminuyan.</p>
<p>En Reynosa, vecinos de la colonia Ampliación Rodríguez reportaron que el agua alcanzó más de un metro de altura dentro de sus casas, y que algunos tuvieron que pasar la noche en las azoteas en espera de ayuda de los cuerpos de rescate.</p>
<p>En el área metropolitana de Monterrey, el río Santa Catarina arrastró vehículos estacionados en su cauce y obligó a cerrar los cruces de la avenida Constitución y de la avenida Morones Prieto durante varias horas.</p>
<p>Las autoridades de ambos estados pidieron a la población no acercarse a cables caídos y reportar cualquier falla al número de emergencias.</p>
'''
write_source('bb22.md', bb22, enc='utf-8', eol='crlf', bom=True)
write_gold('bb22', family='jekyll',
           title='Hanna deja sin luz a 230 mil usuarios en Nuevo León y Tamaulipas',
           date='2020-07-26', bylines=[], source=None, section='Estados',
           body_first_words='Cerca de 230 mil usuarios de Nuevo León y Tamaulipas',
           body_last_words='reportar cualquier falla al número de emergencias.',
           boilerplate=['drupal_nid', 'La Comisión Federal de Electricidad trabaja para restablecer el servicio tras el paso de la tormenta.'],
           must_keep=['La Comisión Federal de Electricidad informó que los municipios más afectados son Reynosa, Matamoros, Río Bravo, Cadereyta y Guadalupe, donde la caída de árboles y postes dañó líneas de media tensión y varias subestaciones quedaron inundadas.',
                      'En Reynosa, vecinos de la colonia Ampliación Rodríguez reportaron que el agua alcanzó más de un metro de altura dentro de sus casas, y que algunos tuvieron que pasar la noche en las azoteas en espera de ayuda de los cuerpos de rescate.'])

# ---------------------------------------------------------------- bb23 ---
# Generator 3 again: "titulo", "fecha" as a Spanish long date, "autores" block
# list, "categorias" flow list with Portada first, "sitio", and a hand-edited
# published: "false" (a quoted string: not readable as published -> draft).
# Body in Markdown with a "##" subheading and an italic line. UTF-8, LF.
bb23 = '''---
titulo: La Casa de la Cultura de Tampico reabre su sala de cine con un ciclo de cine mexicano restaurado
fecha: "5 de octubre de 2022"
autores:
  - Marisol Olguín Castro
  - Raúl Enrique Nava
categorias: [Portada, Cultura]
etiquetas: [cine, Tampico, patrimonio]
sitio: Cultura Norte
published: "false"
---

La sala de cine de la Casa de la Cultura de Tampico volverá a proyectar películas a partir del próximo viernes, después de casi tres años cerrada, con un ciclo de cine mexicano restaurado que incluye títulos filmados en el puerto durante la época de oro.

La sala, con capacidad para 180 personas, recibió un nuevo proyector digital, butacas tapizadas y un sistema de aire acondicionado que sustituye al equipo que dejó de funcionar en 2019 y que obligó a suspender las funciones en pleno verano.

## Un ciclo con memoria porteña

El programa de apertura reúne doce largometrajes, entre ellos dramas y comedias rodados en las calles del centro histórico y en los muelles del río Pánuco, que serán presentados por investigadores de la Universidad Autónoma de Tamaulipas.

La coordinadora de la sala, Ana Cecilia Reyna Lugo, explicó que las copias proceden de un acervo nacional que digitalizó los negativos originales y que algunas de ellas no se habían exhibido en Tampico desde su estreno.

*Las funciones serán los viernes y sábados a las 19:00 horas, con entrada libre hasta completar el cupo.*

Al término de cada proyección habrá una charla con el público, y los asistentes podrán compartir fotografías familiares de los rodajes para una exposición que se montará en diciembre en el vestíbulo del edificio.
'''
write_source('bb23.md', bb23, enc='utf-8', eol='lf')
write_gold('bb23', family='jekyll',
           title='La Casa de la Cultura de Tampico reabre su sala de cine con un ciclo de cine mexicano restaurado',
           date='2022-10-05', published=False,
           bylines=['Marisol Olguín Castro', 'Raúl Enrique Nava'], source='Cultura Norte',
           section='Cultura', placement=['Portada'],
           body_first_words='La sala de cine de la Casa de la Cultura de Tampico volverá',
           body_last_words='en el vestíbulo del edificio.',
           boilerplate=['etiquetas: [cine, Tampico, patrimonio]'],
           must_keep=['La sala, con capacidad para 180 personas, recibió un nuevo proyector digital, butacas tapizadas y un sistema de aire acondicionado que sustituye al equipo que dejó de funcionar en 2019 y que obligó a suspender las funciones en pleno verano.',
                      'Las funciones serán los viernes y sábados a las 19:00 horas, con entrada libre hasta completar el cupo.',
                      'La coordinadora de la sala, Ana Cecilia Reyna Lugo, explicó que las copias proceden de un acervo nacional que digitalizó los negativos originales y que algunas de ellas no se habían exhibido en Tampico desde su estreno.'])

# ---------------------------------------------------------------- bb24 ---
# Generic: a contributor's crónica mailed from a phone and saved as text.
# Plain first-line title, tab-free paragraphs, an ellipsis character and
# curly quotes, a sign-off name and "Enviado desde mi iPhone" at the end
# (mail residue, not body). cp1252, CRLF.
bb24 = '''La última función del Cine Elizondo

Durante casi sesenta años, el Cine Elizondo fue el lugar donde media colonia Independencia aprendió a besar, a llorar y a gritar con las películas de luchadores. El domingo pasado, sin anuncio en la marquesina, proyectó su última función ante veintitrés personas.

Don Abundio Treviño, el proyeccionista, llegó como siempre a las cuatro de la tarde, barrió el pasillo central y revisó las bocinas que él mismo reparó hace décadas con piezas de radios viejos. “La película es lo de menos”, dijo mientras enhebraba el último rollo. “Lo que se va a perder es la costumbre de venir juntos”.

La sala, con sus butacas de madera y su telón de terciopelo rojo desteñido, había sobrevivido a la llegada de la televisión, a los videoclubes y a las plazas comerciales con veinte pantallas. No sobrevivió a la renta: los herederos del terreno vendieron el edificio a una cadena de farmacias.

Entre el público había una pareja que se conoció en ese mismo cine en 1971, tres hermanos que venían cada domingo desde niños y un par de estudiantes de cine que grabaron todo con el celular. Cuando se encendieron las luces nadie se levantó durante un buen rato…

Afuera, el barrio seguía su ritmo: los puestos de elotes, los camiones de la ruta 1 subiendo la loma, los niños jugando futbol en la calle. Don Abundio cerró la cortina metálica, se guardó la llave en la bolsa de la camisa y caminó cuesta arriba sin voltear.

Pilar Guajardo

Enviado desde mi iPhone
'''
write_source('bb24.txt', bb24, enc='cp1252', eol='crlf')
write_gold('bb24', family='generic', title='La última función del Cine Elizondo',
           date=None, bylines=[], source=None, section=None,
           body_first_words='Durante casi sesenta años, el Cine Elizondo fue el lugar',
           body_last_words='y caminó cuesta arriba sin voltear.',
           boilerplate=['Enviado desde mi iPhone'],
           must_keep=['El domingo pasado, sin anuncio en la marquesina, proyectó su última función ante veintitrés personas.',
                      'No sobrevivió a la renta: los herederos del terreno vendieron el edificio a una cadena de farmacias.'])

# ---------------------------------------------------------------- bb25 ---
# Generic: a WordPress (Gutenberg) block fragment saved as .md: the file opens
# with a block comment, the title is an <h2> heading block, paragraphs are
# <p> blocks, numeric entities (&#8220; &#8221; &#8211;), a list block.
# No date, no byline. UTF-8, LF.
bb25 = '''<!-- wp:heading -->
<h2>Cabrito al pastor como lo hacen en Linares: guía para la carne asada de fin de año</h2>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>En el norte de Nuevo León el cabrito al pastor no es un platillo, es una ceremonia. Se prepara despacio, frente a las brasas, y casi siempre alrededor de él se reúne media familia a opinar sobre el punto de la carne y la distancia correcta al fuego.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Los cabriteros de Linares recomiendan elegir un animal de leche de entre 30 y 40 días de nacido, con un peso de 7 a 9 kilos. El cabrito se abre en canal, se lava con agua y sal y se ensarta en varas de acero o de mezquite, que después se clavan en la tierra inclinadas hacia la lumbre.</p>
<!-- /wp:paragraph -->

<!-- wp:list -->
<ul><li>Leña de mezquite o de encino, nunca carbón con encendedor.</li><li>Sal de grano, sin más condimentos.</li><li>Paciencia: entre dos horas y media y tres horas de cocción.</li></ul>
<!-- /wp:list -->

<!-- wp:paragraph -->
<p>La regla más repetida es que el fuego nunca debe tocar la carne. Las brasas se mantienen a un lado y el cabrito se voltea cada media hora para que se cueza con el calor y el humo. &#8220;Si lo apuras, se te seca&#8221;, dice don Eleazar Garza, que lleva cuarenta años asando en una fonda de la plaza principal.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Las piezas más codiciadas son la pierna y la riñonada, esta última servida con su grasa dorada. Se acompañan con tortillas de harina, frijoles charros y una salsa de chile piquín molcajeteada &#8211; y, para los valientes, con la fritada que se prepara con la sangre y las vísceras.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Quien no tenga patio puede pedirlo por kilo en las cabrerías de la carretera a Linares, aunque advierten que en diciembre hay que apartarlo con una semana de anticipación.</p>
<!-- /wp:paragraph -->
'''
write_source('bb25.md', bb25, enc='utf-8', eol='lf')
write_gold('bb25', family='generic',
           title='Cabrito al pastor como lo hacen en Linares: guía para la carne asada de fin de año',
           date=None, bylines=[], source=None, section=None,
           body_first_words='En el norte de Nuevo León el cabrito al pastor no es un platillo',
           body_last_words='apartarlo con una semana de anticipación.',
           boilerplate=['<!-- wp:paragraph -->', '<!-- /wp:heading -->'],
           must_keep=['Los cabriteros de Linares recomiendan elegir un animal de leche de entre 30 y 40 días de nacido, con un peso de 7 a 9 kilos.',
                      'Paciencia: entre dos horas y media y tres horas de cocción.',
                      'La regla más repetida es que el fuego nunca debe tocar la carne.'])

# ---------------------------------------------------------------- bb26 ---
# Generic: a service guide typed in Word and saved as "Texto Unicode"
# (UTF-16 LE with BOM, CRLF). First-line title in title case with a year,
# an intro, lines that start with an en dash as list items, no date line.
bb26 = '''Guía para Cruzar a Texas en Semana Santa 2024

Con la llegada del periodo vacacional de Semana Santa, miles de familias de Monterrey y su área metropolitana se preparan para viajar a Texas por los puentes internacionales de Nuevo Laredo, Colombia y Reynosa. Estas son algunas recomendaciones que repiten cada año las autoridades de ambos lados de la frontera.

Antes de salir:
– Revise que su pasaporte y su visa estén vigentes; una visa vencida no se renueva en el puente.
– Si viaja con menores que no van con ambos padres, lleve una carta de autorización firmada.
– Tramite el permiso de internación para estancias mayores a tres días o si viajará más allá de la zona fronteriza.

En el camino, la carretera a Nuevo Laredo concentra el mayor aforo el Jueves Santo por la mañana. Los elementos de la Guardia Nacional y de Fuerza Civil mantienen puntos de auxilio en Sabinas Hidalgo y Vallecillo, y los Ángeles Verdes recorren la autopista durante todo el día.

El puente Colombia, en el municipio de Anáhuac, suele registrar tiempos de espera menores que los de Nuevo Laredo, aunque queda a más distancia de la ciudad. Conviene consultar los tiempos de espera en línea antes de elegir el cruce.

Al regresar, declare las compras que superen la franquicia permitida y conserve sus comprobantes. Recuerde que no está permitido introducir frutas frescas, carne cruda ni plantas sin el certificado correspondiente, y que las multas por omitirlo pueden ser altas.

Por último, evite viajar de noche por los tramos despoblados de la carretera y mantenga el tanque lleno: entre Sabinas Hidalgo y Nuevo Laredo hay pocas estaciones de servicio abiertas las 24 horas.
'''
write_source('bb26.txt', bb26, enc='utf-16-le', eol='crlf', bom=True)
write_gold('bb26', family='generic', title='Guía para Cruzar a Texas en Semana Santa 2024',
           date=None, bylines=[], source=None, section=None,
           body_first_words='Con la llegada del periodo vacacional de Semana Santa',
           body_last_words='pocas estaciones de servicio abiertas las 24 horas.',
           boilerplate=[],
           must_keep=['Revise que su pasaporte y su visa estén vigentes; una visa vencida no se renueva en el puente.',
                      'El puente Colombia, en el municipio de Anáhuac, suele registrar tiempos de espera menores que los de Nuevo Laredo, aunque queda a más distancia de la ciudad.'])

# ---------------------------------------------------------------- bb27 ---
# Generic: Markdown with a setext level-1 title ("=====" underline), an
# HTML comment left by an editor right under it, a Markdown blockquote with a
# testimony, "&nbsp;" entity, a closing horizontal rule and an editor's
# note after it ("Nota del editor" is not body). UTF-8, LF.
bb27 = '''Memoria de Alex: el día que el río Santa Catarina recuperó su cauce
==================================================================

<!-- TODO: confirmar cifras con Protección Civil antes de publicar -->

El 1 de julio de 2010 los regiomontanos descubrieron que el lecho seco del río Santa Catarina, convertido durante décadas en canchas de futbol, estacionamientos y tianguis, seguía siendo un río. Las lluvias del huracán Alex, que superaron en algunas zonas los 900 milímetros en tres días, lo llenaron de orilla a orilla.

El agua se llevó tramos de las avenidas Morones Prieto y Constitución, derribó puentes y dejó incomunicados a municipios enteros de la zona citrícola y de la sierra. En Santa Catarina y San Pedro, colonias completas amanecieron cubiertas de lodo.

> Vimos pasar coches, refrigeradores y árboles completos. Mi papá decía que el río nomás estaba dormido.&nbsp;Ese día despertó.

Así lo recuerda Leticia Cárdenas, quien entonces tenía doce años y vivía a dos cuadras del cauce, en la colonia Nuevo Repueblo. Su familia pasó tres días sin agua potable ni luz, como cientos de miles de habitantes del área metropolitana.

La reconstrucción tardó años. Se levantaron nuevos puentes, se reforzaron los bordos y se prohibió volver a instalar canchas en el lecho del río, aunque con el tiempo la vegetación volvió a crecer y el cauce recuperó su aspecto de parque silvestre.

Para quienes lo vivieron, cada temporada de huracanes reaviva la pregunta de si la ciudad aprendió la lección o si sólo espera a que el río vuelva a despertar.

---

*Nota del editor: este texto forma parte de la serie de aniversarios de la redacción y puede actualizarse.*
'''
write_source('bb27.text', bb27, enc='utf-8', eol='lf')
write_gold('bb27', family='generic',
           title='Memoria de Alex: el día que el río Santa Catarina recuperó su cauce',
           date=None, bylines=[], source=None, section=None,
           body_first_words='El 1 de julio de 2010 los regiomontanos descubrieron',
           body_last_words='a que el río vuelva a despertar.',
           boilerplate=['TODO: confirmar cifras con Protección Civil antes de publicar',
                        'Nota del editor: este texto forma parte de la serie de aniversarios de la redacción y puede actualizarse.'],
           must_keep=['Las lluvias del huracán Alex, que superaron en algunas zonas los 900 milímetros en tres días, lo llenaron de orilla a orilla.',
                      'Así lo recuerda Leticia Cárdenas, quien entonces tenía doce años y vivía a dos cuadras del cauce, en la colonia Nuevo Repueblo.'])

# ---------------------------------------------------------------- bb28 ---
# Bad: generator 3 front matter with a long "resumen" (a summary that reads
# like a lead) and an image, but no body after the closing "---": only blank
# lines with spaces. UTF-8, LF.
bb28 = '''---
titulo: "Inauguran el Museo del Acero en la antigua Fundidora de Monclova"
fecha: 14/11/2025
autor: Staff
seccion: Cultura
sitio: Cultura Norte
resumen: "El nuevo museo ocupa una nave industrial restaurada y exhibe maquinaria, fotografías y testimonios de tres generaciones de obreros siderúrgicos de la Región Centro de Coahuila."
imagen: /img/2025/11/museo-acero.jpg
---

   

'''
write_source('bb28.md', bb28, enc='utf-8', eol='lf')
write_gold('bb28', family='bad',
           refusal_reason='front matter with no body (only a "resumen" key; nothing after the closing ---)')

# ---------------------------------------------------------------- bb29 ---
# Bad: a whole web page saved from the browser ("Ver código fuente", pasted
# into Notepad, saved as .txt): doctype, head with meta/og tags and scripts,
# nav, a cookie banner, the article inside, footer. UTF-8, CRLF.
bb29 = '''<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Detienen obra de puente en Escobedo por falta de permisos | Norte al Día</title>
<meta property="og:title" content="Detienen obra de puente en Escobedo por falta de permisos">
<meta property="og:site_name" content="Norte al Día">
<meta property="article:published_time" content="2024-02-19T12:40:00-06:00">
<link rel="stylesheet" href="https://nortealdia.example.mx/assets/css/main.min.css?v=3.2.1">
<script async src="https://ads.nortealdia.example.mx/gpt.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body class="post-template">
<nav class="site-nav"><ul><li><a href="/">Inicio</a></li><li><a href="/monterrey/">Monterrey</a></li><li><a href="/deportes/">Deportes</a></li><li><a href="/opinion/">Opinión</a></li></ul></nav>
<div id="cookie-banner">Usamos cookies para mejorar tu experiencia. <button>Aceptar</button></div>
<main>
<article class="post">
<h1>Detienen obra de puente en Escobedo por falta de permisos</h1>
<p class="meta">Por Iván Salinas Treviño · 19 de febrero de 2024</p>
<p>La Secretaría de Movilidad estatal suspendió la construcción de un puente vehicular sobre la avenida Sendero, en Escobedo, al detectar que la empresa no contaba con los permisos de impacto vial.</p>
<p>Vecinos de la zona habían denunciado cierres sin aviso y desvíos improvisados durante las últimas dos semanas.</p>
</article>
<aside class="newsletter">Suscríbete a nuestro boletín</aside>
</main>
<footer><p>&copy; 2024 Norte al Día. Todos los derechos reservados.</p></footer>
<script src="https://nortealdia.example.mx/assets/js/app.min.js"></script>
</body>
</html>
'''
write_source('bb29.txt', bb29, enc='utf-8', eol='crlf')
write_gold('bb29', family='bad',
           refusal_reason='a whole saved HTML page (doctype, head, scripts, navigation), not an article file')

# ---------------------------------------------------------------- bb30 ---
# Bad: a Word .docx attachment (a ZIP container) saved from the mail client
# with a .txt name. Built deterministically with a fixed timestamp.
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    def add(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2022, 5, 16, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    add('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        '<w:p><w:r><w:t>BOLETÍN 112/2022 Ayuntamiento de Matamoros</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>Matamoros, Tamaulipas, a 16 de mayo de 2022.- Rehabilitan la Plaza Hidalgo.</w:t></w:r></w:p>'
        '</w:body></w:document>')
write_source('bb30.txt', raw=buf.getvalue())
write_gold('bb30', family='bad',
           refusal_reason='binary file: a Word .docx (ZIP container) saved with a .txt name')

print('part3: bb21-bb30 written')
