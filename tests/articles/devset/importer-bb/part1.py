#!/usr/bin/env python3
"""importer-bb, files 01-10: wire copy (01-08) and the first press releases (09-10)."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bb01 ---
# National/regional agency copy in two takes: transmission line, slug code,
# URGENTE, "1a. parte" ... "(SIGUE)" ... slug again, "2a. parte y última",
# sign-off code and a rights line. cp1252, CRLF.
bb01 = '''ANN 20/06/2024 08:12 NAL-EST
ANN-0347/NL/LLUVIAS
URGENTE
1a. parte

Cierran la Carretera Nacional en Santiago por deslave tras lluvias de “Alberto”

Por Ximena Treviño Garza
Corresponsal

SANTIAGO, NL, 20 de junio de 2024 (ANN).- Protección Civil de Nuevo León cerró esta mañana la circulación en la Carretera Nacional a la altura de la comunidad de El Cercado, luego de que un deslave de lodo y piedras cubrió los dos carriles con dirección a Linares.

El desprendimiento ocurrió alrededor de las 06:40 horas, después de casi treinta horas de lluvia continua por los remanentes de la tormenta tropical “Alberto”, que desde el miércoles mantiene en alerta a la zona metropolitana de Monterrey y a los municipios de la sierra.

De acuerdo con el reporte preliminar, no hubo vehículos atrapados, aunque una camioneta de reparto quedó varada a unos metros del material y su conductor fue auxiliado por elementos de Fuerza Civil.

(SIGUE)

ANN-0347/NL/LLUVIAS
2a. parte y última

Las autoridades pidieron a los automovilistas utilizar la Autopista a Linares como vía alterna, aunque advirtieron que también ahí hay encharcamientos en el tramo de Allende y Montemorelos.

El coordinador regional de Protección Civil, Anselmo Quiroga Leal, dijo que la remoción del material podría tardar al menos dos días, porque el cerro continúa soltando piedra y no es seguro meter maquinaria pesada mientras siga lloviendo.

En tanto, el río Santa Catarina volvió a correr con fuerza por el centro de Monterrey y las autoridades cerraron los vados de las avenidas Morones Prieto y Constitución.

Los albergues instalados en Santiago y Allende recibieron hasta el mediodía a 86 personas, en su mayoría habitantes de comunidades ribereñas del río Ramos.

ANN/XTG/rml

Agencia de Noticias del Noreste. Servicio para suscriptores. Prohibida su reproducción total o parcial.
'''
write_source('bb01.txt', bb01, enc='cp1252', eol='crlf')
write_gold('bb01', family='wire',
           title='Cierran la Carretera Nacional en Santiago por deslave tras lluvias de “Alberto”',
           date='2024-06-20', bylines=['Ximena Treviño Garza'],
           source='Agencia de Noticias del Noreste', section=None,
           body_first_words='Protección Civil de Nuevo León cerró esta mañana',
           body_last_words='habitantes de comunidades ribereñas del río Ramos.',
           boilerplate=['ANN 20/06/2024 08:12 NAL-EST', 'ANN-0347/NL/LLUVIAS', 'URGENTE', '1a. parte',
                        'SANTIAGO, NL, 20 de junio de 2024 (ANN).-', '(SIGUE)', '2a. parte y última',
                        'ANN/XTG/rml', 'Prohibida su reproducción total o parcial.'],
           must_keep=['De acuerdo con el reporte preliminar, no hubo vehículos atrapados, aunque una camioneta de reparto quedó varada a unos metros del material y su conductor fue auxiliado por elementos de Fuerza Civil.',
                      'Las autoridades pidieron a los automovilistas utilizar la Autopista a Linares como vía alterna, aunque advirtieron que también ahí hay encharcamientos en el tramo de Allende y Montemorelos.',
                      'Los albergues instalados en Santiago y Allende recibieron hasta el mediodía a 86 personas, en su mayoría habitantes de comunidades ribereñas del río Ramos.'])

# ---------------------------------------------------------------- bb02 ---
# WordPress theme fragment (article markup, Gutenberg comments) saved as .md.
# Border city: DST offset -05:00 in March 2019. Published and updated <time>.
bb02 = '''<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-reynosa">
<header class="entry-header">
<span class="cat-links"><a href="https://fronteradigital.example.mx/category/reynosa/" rel="category tag">Reynosa</a></span>
<h1 class="entry-title">Puente Reynosa-Pharr opera con filas de cuatro horas por revisión a carga</h1>
<div class="entry-meta"><span class="byline">Por <span class="author vcard"><a class="url fn n" href="https://fronteradigital.example.mx/author/mcavazos/">Mireya Cavazos Peña</a></span></span> | <span class="posted-on"><time class="entry-date published" datetime="2019-03-14T09:05:31-05:00">14 marzo, 2019</time><time class="updated" datetime="2019-03-15T11:20:02-05:00">15 marzo, 2019</time></span></div>
</header>
<div class="entry-content">
<!-- wp:image {"id":48215,"sizeSlug":"large"} -->
<figure class="wp-block-image size-large"><img src="https://fronteradigital.example.mx/wp-content/uploads/2019/03/puente-pharr-filas.jpg" alt="Tractocamiones formados en el puente" class="wp-image-48215"/><figcaption>Foto: Frontera Digital / Archivo</figcaption></figure>
<!-- /wp:image -->

<!-- wp:paragraph -->
<p><strong>Reynosa, Tamaulipas.- </strong>Transportistas que cruzan mercancía hacia Texas reportaron este jueves filas de hasta cuatro horas en el Puente Internacional Reynosa-Pharr, luego de que la aduana estadounidense redujo el número de carriles abiertos para revisar carga.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Desde las seis de la mañana la fila de tractocamiones se extendía por el libramiento hasta la colonia Lomas del Real de Jarachina, según el recuento de la Asociación de Transportistas de la Frontera, que agrupa a 140 empresas de la ciudad.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>El vicepresidente del organismo, Fausto Leal Ochoa, explicó que cada hora de espera cuesta a las líneas entre 900 y 1,200 pesos por unidad y que algunos clientes de la industria maquiladora ya pidieron adelantar sus embarques para no detener las líneas de producción. Te puede interesar: <a href="https://fronteradigital.example.mx/2019/03/12/maquiladoras-empleo/">Maquiladoras de Reynosa suman 3 mil vacantes</a></p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p><strong>Lee también: <a href="https://fronteradigital.example.mx/2019/03/13/puente-anzalduas-horario/">Amplían horario del puente Anzaldúas para autos particulares</a></strong></p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Del lado mexicano, la Agencia Nacional de Aduanas no ha modificado su operación, pero los agentes aduanales señalan que el problema se agrava porque los exportadores concentran sus cruces a media semana.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>La Cámara Nacional de Comercio local pidió a las autoridades de ambos países habilitar un horario nocturno temporal mientras se normaliza el flujo. El organismo recordó que por este cruce pasa cerca de la mitad de las exportaciones agrícolas que llegan desde el centro del país.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Hasta la tarde de este jueves la fila había bajado a dos horas y media, de acuerdo con los tiempos que publica en línea la oficina de aduanas del lado texano.</p>
<!-- /wp:paragraph -->
</div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Comparte esto:</h3><ul><li class="share-facebook"><a href="#">Facebook</a></li><li class="share-twitter"><a href="#">Twitter</a></li><li class="share-jetpack-whatsapp"><a href="#">WhatsApp</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Relacionado</em></h3></div>
</article>
'''
write_source('bb02.md', bb02, enc='utf-8', eol='lf')
write_gold('bb02', family='wire',
           title='Puente Reynosa-Pharr opera con filas de cuatro horas por revisión a carga',
           date='2019-03-14', bylines=['Mireya Cavazos Peña'], source='Frontera Digital',
           section='Reynosa',
           body_first_words='Transportistas que cruzan mercancía hacia Texas',
           body_last_words='la oficina de aduanas del lado texano.',
           boilerplate=['Foto: Frontera Digital / Archivo', 'Reynosa, Tamaulipas.- ', 'Te puede interesar:',
                        'Maquiladoras de Reynosa suman 3 mil vacantes', 'Lee también:',
                        'Amplían horario del puente Anzaldúas para autos particulares',
                        'Comparte esto:', '15 marzo, 2019'],
           must_keep=['El vicepresidente del organismo, Fausto Leal Ochoa, explicó que cada hora de espera cuesta a las líneas entre 900 y 1,200 pesos por unidad y que algunos clientes de la industria maquiladora ya pidieron adelantar sus embarques para no detener las líneas de producción.',
                      'La Cámara Nacional de Comercio local pidió a las autoridades de ambos países habilitar un horario nocturno temporal mientras se normaliza el flujo.'],
           photo_credit='Foto: Frontera Digital / Archivo')

# ---------------------------------------------------------------- bb03 ---
# National daily's web page copied as text: state kicker, title, dek, byline
# "Por ... | Corresponsal", outlet line, "Publicado ... · Actualizado ...",
# photo credit, glued "Relacionado:" at the start of a paragraph, Google News
# pitch and MÁS NOTICIAS. UTF-8, mixed CRLF/LF (header CRLF, body LF).
bb03 = '''Coahuila
Reabren el Canal de la Perla en Torreón tras dos años de obras
El proyecto costó 94 millones de pesos y suma un corredor peatonal de 800 metros bajo el Centro Histórico
Por Héctor Iván Sifuentes | Corresponsal
Diario Nacional Hoy
Publicado el miércoles 15 de febrero de 2023 | 21:47 · Actualizado el 16 de febrero de 2023 | 08:03
Foto: Archivo / Diario Nacional Hoy

Después de dos años cerrado por obras de rehabilitación, el Canal de la Perla volvió a abrir este miércoles sus túneles al público con un nuevo sistema de iluminación, ventilación mecánica y un museo de sitio dedicado a la historia del agua en la Comarca Lagunera.

La alcaldía de Torreón informó que el recorrido subterráneo ahora mide 800 metros, casi el doble que antes de la intervención, porque se habilitó el tramo que corre bajo la avenida Juárez y que durante décadas permaneció tapiado.

Relacionado: Torreón invierte en el Centro Histórico para atraer turismo Los trabajos incluyeron la consolidación de los muros de ladrillo originales, construidos a finales del siglo XIX para llevar agua del río Nazas a las huertas de la antigua hacienda.

El director de Obras Públicas municipal, Emiliano Carrillo Durán, explicó que el agua que todavía se filtra por el subsuelo se canalizó hacia un cárcamo, lo que permitirá mantener los túneles secos incluso en temporada de lluvias.

La entrada será gratuita durante el primer mes; después costará 40 pesos para adultos y 20 para estudiantes y personas mayores. El horario será de martes a domingo, de 10:00 a 19:00 horas, con grupos máximos de 25 personas.

Comerciantes de la Plaza de Armas celebraron la reapertura, pues consideran que el canal es uno de los pocos atractivos capaces de retener a los visitantes que llegan a Torreón por el Cerro de las Noas.

Síguenos en Google News para recibir las noticias más importantes de Coahuila.

MÁS NOTICIAS
Gómez Palacio amplía su red de agua potable en el poniente
Así será el nuevo Metrobús Laguna
Sube a 38 grados la temperatura en la Comarca este fin de semana
'''
write_source('bb03.txt', bb03, enc='utf-8', eol=('mixed', 7))
write_gold('bb03', family='wire',
           title='Reabren el Canal de la Perla en Torreón tras dos años de obras',
           date='2023-02-15', bylines=['Héctor Iván Sifuentes'], source='Diario Nacional Hoy',
           section='Coahuila',
           body_first_words='Después de dos años cerrado por obras de rehabilitación',
           body_last_words='llegan a Torreón por el Cerro de las Noas.',
           boilerplate=['Foto: Archivo / Diario Nacional Hoy',
                        'Relacionado: Torreón invierte en el Centro Histórico para atraer turismo',
                        'Síguenos en Google News', 'MÁS NOTICIAS',
                        'Gómez Palacio amplía su red de agua potable en el poniente',
                        'Actualizado el 16 de febrero de 2023'],
           must_keep=['Los trabajos incluyeron la consolidación de los muros de ladrillo originales, construidos a finales del siglo XIX para llevar agua del río Nazas a las huertas de la antigua hacienda.',
                      'La entrada será gratuita durante el primer mes; después costará 40 pesos para adultos y 20 para estudiantes y personas mayores.',
                      'El director de Obras Públicas municipal, Emiliano Carrillo Durán, explicó que el agua que todavía se filtra por el subsuelo se canalizó hacia un cárcamo, lo que permitirá mantener los túneles secos incluso en temporada de lluvias.'],
           photo_credit='Foto: Archivo / Diario Nacional Hoy')

# ---------------------------------------------------------------- bb04 ---
# Drupal 7 node markup saved as .md. "Enviado por <username> el Mar,
# 04/23/2013 - 10:12" is Drupal's default m/d/Y (23 cannot be a month).
# Author field with the real name; section field; tags and links at the end.
# UTF-8, CRLF, &nbsp; entities.
bb04 = '''<div id="node-18842" class="node node-article node-promoted clearfix" about="/noticias/2013/04/23/gasolineras-frontera-norte" typeof="sioc:Item foaf:Document">
  <h2 class="node-title"><a href="/noticias/2013/04/23/gasolineras-frontera-norte">Gasolineros de Nuevo León piden ampliar el estímulo fronterizo a Sabinas Hidalgo y Anáhuac</a></h2>
  <div class="submitted">Enviado por <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name">mgarza</span> el Mar, 04/23/2013 - 10:12</div>
  <div class="content">
    <div class="field field-name-field-seccion field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Sección:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/seccion/economia">Economía</a></div></div></div>
    <div class="field field-name-field-autor field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">Mariana Garza Elizondo</div></div></div>
    <div class="field field-name-field-fuente field-type-text field-label-inline clearfix"><div class="field-label">Fuente:&nbsp;</div><div class="field-items"><div class="field-item even">El Regiomontano en Línea</div></div></div>
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>Empresarios gasolineros del norte de Nuevo León pidieron a la Secretaría de Hacienda incluir a los municipios de Sabinas Hidalgo, Anáhuac y Vallecillo en el estímulo fiscal que reduce el precio de los combustibles en la franja fronteriza, porque aseguran que pierden clientes frente a las estaciones de Nuevo Laredo.</p>
<p>El presidente de la agrupación regional de expendedores, Ricardo Villarreal Sáenz, dijo que la diferencia de precio entre Sabinas Hidalgo y la frontera ronda&nbsp;un peso por litro en la gasolina Magna, suficiente para que los transportistas llenen el tanque antes de salir hacia Monterrey.</p>
<p>Según sus cálculos, las once estaciones de servicio de la zona han reducido sus ventas cerca de 18 por ciento desde enero y dos de ellas ya recortaron turnos a sus despachadores.</p>
<p>La petición fue entregada por escrito al delegado de Hacienda en el estado y a los diputados federales de los distritos del norte, quienes se comprometieron a llevar el tema a la comisión respectiva.</p>
<p>Economistas consultados advierten, sin embargo, que ampliar el estímulo tendría un costo recaudatorio alto y podría provocar que otras regiones pidan el mismo trato. El investigador Tomás Leal Cuéllar consideró que la solución de fondo pasa por revisar el esquema completo de precios en la frontera.</p>
<p>Mientras tanto, los gasolineros aseguran que mantendrán sus precios sin cambios y que, si no hay respuesta antes de junio, acudirán a la Ciudad de México para insistir en la propuesta.</p>
</div></div></div>
    <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Etiquetas:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/etiquetas/gasolina">gasolina</a></div><div class="field-item odd"><a href="/etiquetas/frontera">frontera</a></div></div></div>
  </div>
  <ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/18842#comment-form" title="Comparta sus pensamientos y opiniones relacionados con esta entrada.">Añadir nuevo comentario</a></li></ul>
</div>
'''
write_source('bb04.md', bb04, enc='utf-8', eol='crlf')
write_gold('bb04', family='wire',
           title='Gasolineros de Nuevo León piden ampliar el estímulo fronterizo a Sabinas Hidalgo y Anáhuac',
           date='2013-04-23', bylines=['Mariana Garza Elizondo'], source='El Regiomontano en Línea',
           section='Economía',
           body_first_words='Empresarios gasolineros del norte de Nuevo León pidieron',
           body_last_words='para insistir en la propuesta.',
           boilerplate=['Enviado por', 'Etiquetas:', 'Añadir nuevo comentario',
                        'Comparta sus pensamientos y opiniones relacionados con esta entrada.'],
           must_keep=['Según sus cálculos, las once estaciones de servicio de la zona han reducido sus ventas cerca de 18 por ciento desde enero y dos de ellas ya recortaron turnos a sus despachadores.',
                      'El investigador Tomás Leal Cuéllar consideró que la solución de fondo pasa por revisar el esquema completo de precios en la frontera.'])

# ---------------------------------------------------------------- bb05 ---
# Agency "AMPLÍA" take: transmission slug with numeric codes, the take label,
# title, a parenthetical editor's note, agency dateline, "Con información de"
# another agency (no person), sign-off code. UTF-8, LF.
bb05 = '''APN 0912 4 3 0461 COAH-MINERIA-RESCATE
AMPLÍA
Rescatan con vida a siete mineros atrapados en un pozo de carbón de Sabinas
(Amplía con estado de salud de los trabajadores y declaraciones de la empresa)

SABINAS, Coah., 9 de septiembre de 2015 (APN).- Los siete mineros que permanecían atrapados desde el lunes en un pozo de carbón del ejido La Florida fueron rescatados con vida esta madrugada, tras casi cuarenta horas de trabajos en los que participaron brigadas de tres empresas de la Región Carbonífera.

Los trabajadores salieron caminando por sus propios medios alrededor de las 03:15 horas y fueron trasladados al Hospital General de Sabinas, donde se reportan estables. Dos de ellos presentan deshidratación y uno una fractura en el brazo izquierdo.

El pozo, de 90 metros de profundidad, se inundó parcialmente el lunes por la tarde cuando los mineros perforaron una veta que colindaba con una obra antigua llena de agua. Las bombas instaladas por los rescatistas lograron bajar el nivel lo suficiente para abrir un paso por la galería norte.

El representante legal de la empresa concesionaria, Julián Oyervides Maltos, aseguró que la mina contaba con sus permisos vigentes y que se pagarán los gastos médicos de los trabajadores y sus salarios durante la incapacidad.

Familiares que pasaron las dos noches a la entrada del pozo pidieron a las autoridades federales revisar las condiciones de seguridad de los pocitos de la región, donde todavía se extrae carbón con métodos artesanales.

La Secretaría del Trabajo informó que enviará inspectores para determinar si hubo omisiones y que, mientras concluye la revisión, el pozo permanecerá clausurado.

Con información de Agencia Coahuila Hoy.
APN/JOM/cgv
'''
write_source('bb05.txt', bb05, enc='utf-8', eol='lf')
write_gold('bb05', family='wire',
           title='Rescatan con vida a siete mineros atrapados en un pozo de carbón de Sabinas',
           date='2015-09-09', bylines=[], source='APN', section=None,
           body_first_words='Los siete mineros que permanecían atrapados desde el lunes',
           body_last_words='el pozo permanecerá clausurado.',
           boilerplate=['APN 0912 4 3 0461 COAH-MINERIA-RESCATE', 'AMPLÍA',
                        '(Amplía con estado de salud de los trabajadores y declaraciones de la empresa)',
                        'SABINAS, Coah., 9 de septiembre de 2015 (APN).-',
                        'Con información de Agencia Coahuila Hoy.', 'APN/JOM/cgv'],
           must_keep=['Los trabajadores salieron caminando por sus propios medios alrededor de las 03:15 horas y fueron trasladados al Hospital General de Sabinas, donde se reportan estables.',
                      'La Secretaría del Trabajo informó que enviará inspectores para determinar si hubo omisiones y que, mientras concluye la revisión, el pozo permanecerá clausurado.'])

# ---------------------------------------------------------------- bb06 ---
# Radio group web desk: title first, "outlet | section | dd/mm/yyyy - hh:mm hrs",
# desk byline, emoji "EN VIVO" label, "Te puede interesar |" glued mid-paragraph
# with no punctuation, WhatsApp channel + radio pitch, handle. UTF-8, LF.
bb06 = '''Sube el río Pánuco y Protección Civil de Tampico vigila colonias ribereñas
Noticias RGN | Tampico | 21/08/2025 - 14:35 hrs
Redacción RGN

🔴 EN VIVO | Sigue la cobertura en nuestra señal digital

Tampico, Tamaulipas.- El nivel del río Pánuco alcanzó este jueves 2.3 metros sobre su cota normal a la altura del puente Tampico, por lo que Protección Civil municipal mantiene vigilancia en las colonias Morelos, La Puntilla y Tamaulipas, donde en años anteriores el agua ha llegado a las viviendas.

La crecida se debe a las lluvias que desde el fin de semana se registran en la Huasteca potosina y veracruzana, cuyas aguas llegan al Pánuco a través de los ríos Moctezuma y Tamuín Te puede interesar | Cierran el malecón de la laguna del Carpintero por lluvias el coordinador municipal, Arturo Bustos Lara, explicó que el pico de la creciente se espera para el sábado por la noche.

Por ahora no se ha ordenado ninguna evacuación, pero el municipio habilitó como refugio temporal el gimnasio de la colonia Morelos, con capacidad para 300 personas, y pidió a las familias tener listos sus documentos en bolsas de plástico.

Los pescadores de la ribera retiraron sus lanchas del muelle de La Puntilla y las subieron a remolques, mientras que la Capitanía de Puerto suspendió la navegación de embarcaciones menores en el tramo cercano a la desembocadura.

Bustos Lara recordó que el reporte de emergencias sigue siendo el 911 y que los avisos oficiales se publican solamente en las redes del municipio, para evitar que circulen rumores sobre presas o bordos a punto de romperse.

📲 Únete al canal de WhatsApp de Noticias RGN y recibe la información al momento.
📻 Escúchanos en vivo en el 98.1 FM de Tampico y Madero.
Síguenos en X como @NoticiasRGN
'''
write_source('bb06.txt', bb06, enc='utf-8', eol='lf')
write_gold('bb06', family='wire',
           title='Sube el río Pánuco y Protección Civil de Tampico vigila colonias ribereñas',
           date='2025-08-21', bylines=[], source='Noticias RGN', section='Tampico',
           body_first_words='El nivel del río Pánuco alcanzó este jueves 2.3 metros',
           body_last_words='sobre presas o bordos a punto de romperse.',
           boilerplate=['Redacción RGN', 'EN VIVO | Sigue la cobertura en nuestra señal digital',
                        'Tampico, Tamaulipas.-',
                        'Te puede interesar | Cierran el malecón de la laguna del Carpintero por lluvias',
                        'Únete al canal de WhatsApp de Noticias RGN',
                        'Escúchanos en vivo en el 98.1 FM de Tampico y Madero.',
                        'Síguenos en X como @NoticiasRGN'],
           must_keep=['La crecida se debe a las lluvias que desde el fin de semana se registran en la Huasteca potosina y veracruzana, cuyas aguas llegan al Pánuco a través de los ríos Moctezuma y Tamuín',
                      'el coordinador municipal, Arturo Bustos Lara, explicó que el pico de la creciente se espera para el sábado por la noche.',
                      'Por ahora no se ha ordenado ninguna evacuación, pero el municipio habilitó como refugio temporal el gimnasio de la colonia Morelos, con capacidad para 300 personas, y pidió a las familias tener listos sus documentos en bolsas de plástico.'])

# ---------------------------------------------------------------- bb07 ---
# Agency copy as Markdown: bold kicker, "##" title, "*AIF* | Por A y B | date",
# agency dateline with em dash, "Relacionado:" glued mid-paragraph after a
# period, "Foto: Especial" between paragraphs, desk "Con información de Staff",
# rights line with the full name. cp1252, LF.
bb07 = '''**Economía**

## Récord de cruces de carga por Nuevo Laredo en el primer semestre

*AIF* | Por Gerardo Zertuche Ramos y Alma Delia Reséndez | 08/07/2011

NUEVO LAREDO, Tamps. (AIF).— El Puente Internacional Comercio Mundial registró en el primer semestre del año el paso de 1.1 millones de tractocamiones, la cifra más alta desde su apertura, de acuerdo con el reporte de la administración de puentes del municipio.

El crecimiento fue de 9 por ciento respecto al mismo periodo del año pasado y se explica, sobre todo, por el aumento de las exportaciones de autopartes que salen de las plantas del Bajío y de Coahuila rumbo a Texas y al medio oeste estadounidense. Relacionado: Agentes aduanales piden más personal en el puente III Los agentes aduanales de la ciudad calculan que cada día cruzan en promedio 6,300 unidades en ambos sentidos.

Foto: Especial

El presidente de la asociación local de agentes aduanales, Sergio Cantú Benavides, dijo que la infraestructura del puente está cerca de su límite en horas pico y que los carriles de inspección no crecen al mismo ritmo que el comercio.

Las autoridades municipales reconocieron que la fila de camiones sobre la carretera a Monterrey provoca problemas de tránsito en el libramiento y anunciaron que pedirán a la federación recursos para un patio de espera que permita ordenar el flujo.

Los transportistas, por su parte, piden que los horarios de las oficinas de revisión agrícola se amplíen los fines de semana, cuando se acumulan los embarques de productos perecederos.

El reporte también muestra que el cruce de vehículos particulares cayó 4 por ciento en el semestre, lo que los comerciantes del centro atribuyen a la menor llegada de visitantes desde Texas.

Con información de Staff AIF

© Agencia Informativa Fronteriza. Todos los derechos reservados.
'''
write_source('bb07.markdown', bb07, enc='cp1252', eol='lf')
write_gold('bb07', family='wire',
           title='Récord de cruces de carga por Nuevo Laredo en el primer semestre',
           date='2011-07-08', bylines=['Gerardo Zertuche Ramos', 'Alma Delia Reséndez'],
           source='Agencia Informativa Fronteriza', section='Economía',
           body_first_words='El Puente Internacional Comercio Mundial registró',
           body_last_words='a la menor llegada de visitantes desde Texas.',
           boilerplate=['NUEVO LAREDO, Tamps. (AIF).—',
                        'Relacionado: Agentes aduanales piden más personal en el puente III',
                        'Foto: Especial', 'Con información de Staff AIF',
                        'Todos los derechos reservados.'],
           must_keep=['El crecimiento fue de 9 por ciento respecto al mismo periodo del año pasado y se explica, sobre todo, por el aumento de las exportaciones de autopartes que salen de las plantas del Bajío y de Coahuila rumbo a Texas y al medio oeste estadounidense.',
                      'Los agentes aduanales de la ciudad calculan que cada día cruzan en promedio 6,300 unidades en ambos sentidos.',
                      'El presidente de la asociación local de agentes aduanales, Sergio Cantú Benavides, dijo que la infraestructura del puente está cerca de su límite en horas pico y que los carriles de inspección no crecen al mismo ritmo que el comercio.'],
           photo_credit='Foto: Especial')

# ---------------------------------------------------------------- bb08 ---
# Print editorial-system export: tagged lines (CAB:, SUM:, CRED:, TXT:, FIN
# NOTA), page slug with the outlet and an abbreviated Spanish date
# "10-ENE-2010", outlet dateline "Monclova, Coah.-". cp1252, CR only.
bb08 = '''DIARIO DEL CARBÓN / PAG 4A / LOCAL / 10-ENE-2010 / ED. DOMINGO
CAB: Vecinos de la colonia Guadalupe denuncian tres semanas sin recolección de basura
SUM: El municipio culpa a la falta de refacciones para los camiones compactadores
CRED: Por Norma Leticia Ríos
TXT:
Monclova, Coah.- Habitantes de la colonia Guadalupe, en el sector oriente de la ciudad, denunciaron que desde mediados de diciembre el camión recolector no ha pasado por sus calles, por lo que la basura se acumula en los camellones y en un baldío junto a la escuela primaria.
Doña Socorro Elizondo, quien vive sobre la calle Allende desde hace cuarenta años, contó que los vecinos han tenido que quemar bolsas en los patios porque los perros las rompen y el olor se vuelve insoportable.
El director de Servicios Públicos Municipales, Luis Fernando Alvizo, reconoció el retraso y explicó que cuatro de los nueve camiones compactadores están detenidos en el taller en espera de refacciones que se pidieron a Monterrey antes de las fiestas.
Adelantó que a partir del lunes se rentarán dos camiones de volteo para cubrir las rutas del oriente y que el servicio deberá normalizarse a más tardar el viernes.
Los vecinos, sin embargo, dudan de la promesa, pues aseguran que en noviembre recibieron la misma respuesta y el problema volvió a presentarse a las dos semanas.
Regidores de oposición pidieron que el tema se discuta en la próxima sesión de Cabildo y que se informe cuánto se ha gastado en mantenimiento del parque vehicular durante el último año.
FIN NOTA
'''
write_source('bb08.txt', bb08, enc='cp1252', eol='cr')
write_gold('bb08', family='wire',
           title='Vecinos de la colonia Guadalupe denuncian tres semanas sin recolección de basura',
           date='2010-01-10', bylines=['Norma Leticia Ríos'], source='Diario del Carbón',
           section='Local',
           body_first_words='Habitantes de la colonia Guadalupe, en el sector oriente',
           body_last_words='durante el último año.',
           boilerplate=['PAG 4A / LOCAL / 10-ENE-2010 / ED. DOMINGO', 'CAB:', 'SUM:', 'CRED:', 'TXT:',
                        'Monclova, Coah.-', 'FIN NOTA'],
           must_keep=['Doña Socorro Elizondo, quien vive sobre la calle Allende desde hace cuarenta años, contó que los vecinos han tenido que quemar bolsas en los patios porque los perros las rompen y el olor se vuelve insoportable.',
                      'Adelantó que a partir del lunes se rentarán dos camiones de volteo para cubrir las rutas del oriente y que el servicio deberá normalizarse a más tardar el viernes.'])

# ---------------------------------------------------------------- bb09 ---
# Press release forwarded from an iPhone: "Enviado desde mi iPhone" on top,
# "Inicio del mensaje reenviado:", mail headers (the mail date is the next
# morning; the bulletin's dateline date counts), inline image placeholder,
# issuer + office line, "Boletín 045/2023", inline dateline, -oOo-, a
# signature and a confidentiality notice. UTF-8, LF.
bb09 = '''Enviado desde mi iPhone

Inicio del mensaje reenviado:

De: Comunicación Social Salud NL <difusion@saludnl.example.mx>
Fecha: 9 de febrero de 2023, 7:02:15 CST
Para: Redacción <redaccion@elnorteno.example.mx>
Asunto: BOLETÍN 045 / Intensifican vacunación contra sarampión

[image001.png]

SECRETARÍA DE SALUD DE NUEVO LEÓN
Dirección de Comunicación Social

Boletín 045/2023

Intensifican vacunación contra sarampión en municipios del área metropolitana

Monterrey, Nuevo León, a 8 de febrero de 2023.- La Secretaría de Salud estatal instalará a partir del lunes 24 módulos de vacunación contra sarampión y rubéola en centros comerciales, estaciones del Metro y plazas públicas de Monterrey, Guadalupe, Apodaca, Escobedo y Juárez, ante el aumento de casos en estados vecinos.

La dependencia informó que en lo que va del año no se ha confirmado ningún caso en Nuevo León, pero que la cobertura con la segunda dosis en niñas y niños de seis años se encuentra por debajo de la meta, en alrededor de 82 por ciento.

El titular de Salud en el estado, Gerardo Tamez Villarreal, explicó que la vacuna es gratuita y que también pueden aplicarla los adultos de hasta 39 años que no cuenten con su cartilla o no recuerden haber recibido las dos dosis.

Los módulos funcionarán de lunes a sábado, de 9:00 a 17:00 horas, hasta el 31 de marzo. Para recibir la vacuna sólo es necesario presentar la CURP; en el caso de menores de edad, deberán acudir acompañados de su madre, padre o tutor.

La Secretaría recordó que el sarampión se transmite con facilidad por vía aérea y que sus primeros síntomas son fiebre, tos, escurrimiento nasal y ojos enrojecidos, seguidos por un sarpullido que comienza en la cara.

-oOo-

Atentamente,
Lic. Paola Benavides Garza
Jefa de Prensa
Tel. 555 018 2040 ext. 210
difusion@saludnl.example.mx

AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos pueden contener información confidencial o privilegiada. Si usted no es el destinatario, le pedimos notificarlo al remitente y eliminar el mensaje.
'''
write_source('bb09.txt', bb09, enc='utf-8', eol='lf')
write_gold('bb09', family='press_release',
           title='Intensifican vacunación contra sarampión en municipios del área metropolitana',
           date='2023-02-08', bylines=[], source='SECRETARÍA DE SALUD DE NUEVO LEÓN',
           bulletin_number='045/2023', issuer='SECRETARÍA DE SALUD DE NUEVO LEÓN',
           dateline_city='Monterrey',
           body_first_words='La Secretaría de Salud estatal instalará a partir del lunes',
           body_last_words='seguidos por un sarpullido que comienza en la cara.',
           boilerplate=['Enviado desde mi iPhone', 'Inicio del mensaje reenviado:',
                        'Asunto: BOLETÍN 045 / Intensifican vacunación contra sarampión',
                        '[image001.png]', 'Dirección de Comunicación Social', 'Boletín 045/2023',
                        'Monterrey, Nuevo León, a 8 de febrero de 2023.-', '-oOo-',
                        'Lic. Paola Benavides Garza', 'Tel. 555 018 2040 ext. 210',
                        'AVISO DE CONFIDENCIALIDAD'],
           must_keep=['La dependencia informó que en lo que va del año no se ha confirmado ningún caso en Nuevo León, pero que la cobertura con la segunda dosis en niñas y niños de seis años se encuentra por debajo de la meta, en alrededor de 82 por ciento.',
                      'Para recibir la vacuna sólo es necesario presentar la CURP; en el caso de menores de edad, deberán acudir acompañados de su madre, padre o tutor.'])

# ---------------------------------------------------------------- bb10 ---
# Coahuila municipality ("R. Ayuntamiento" = Republicano), office line, "Comunicado
# No. 214/2017", inline "Saltillo, Coahuila; a 3 de octubre de 2017.-", -oOo-,
# "Pie de foto:" caption block with a credit in parentheses, contact block with
# social handles. cp1252, CRLF.
bb10 = '''R. AYUNTAMIENTO DE SALTILLO
Dirección de Comunicación Social
Comunicado No. 214/2017

Instalan 40 nuevas luminarias LED en el bulevar Venustiano Carranza

Saltillo, Coahuila; a 3 de octubre de 2017.- El Republicano Ayuntamiento de Saltillo concluyó la instalación de 40 luminarias con tecnología LED a lo largo del bulevar Venustiano Carranza, entre el bulevar Nazario Ortiz Garza y la calle Purcell, como parte del programa “Saltillo Iluminado”.

El director de Alumbrado Público, Rodolfo Dávila Flores, explicó que cada lámpara consume 60 por ciento menos energía que las de vapor de sodio que se retiraron, lo que representará un ahorro aproximado de 380 mil pesos al año en el pago del servicio eléctrico.

Además de la sustitución, las cuadrillas repararon el cableado subterráneo de seis tramos que presentaban fallas desde hace meses y que dejaban a oscuras el camellón central, una queja frecuente de los vecinos de las colonias República y Los Maestros.

El funcionario informó que la siguiente etapa del programa abarcará el bulevar Fundadores y la calzada Antonio Narro, donde se colocarán 65 luminarias antes de que termine el año, con recursos del presupuesto municipal.

La Dirección invitó a la ciudadanía a reportar las lámparas apagadas o intermitentes a través de la línea de atención municipal o en la aplicación de reportes ciudadanos, indicando la calle y el número de poste más cercano.

-oOo-

Pie de foto: Personal de Alumbrado Público durante la colocación de luminarias en el bulevar Venustiano Carranza. (Foto: Comunicación Social)

Dirección de Comunicación Social
Tel. 555 411 2200 ext. 1132
prensa@saltillo.example.mx
Facebook: /PrensaSaltilloExample · X: @prensa_saltillo
'''
write_source('bb10.txt', bb10, enc='cp1252', eol='crlf')
write_gold('bb10', family='press_release',
           title='Instalan 40 nuevas luminarias LED en el bulevar Venustiano Carranza',
           date='2017-10-03', bylines=[], source='R. AYUNTAMIENTO DE SALTILLO',
           bulletin_number='214/2017', issuer='R. AYUNTAMIENTO DE SALTILLO', dateline_city='Saltillo',
           body_first_words='El Republicano Ayuntamiento de Saltillo concluyó',
           body_last_words='el número de poste más cercano.',
           boilerplate=['Dirección de Comunicación Social', 'Comunicado No. 214/2017',
                        'Saltillo, Coahuila; a 3 de octubre de 2017.-', '-oOo-',
                        'Pie de foto: Personal de Alumbrado Público durante la colocación de luminarias en el bulevar Venustiano Carranza.',
                        '(Foto: Comunicación Social)', 'Tel. 555 411 2200 ext. 1132',
                        '@prensa_saltillo'],
           must_keep=['El director de Alumbrado Público, Rodolfo Dávila Flores, explicó que cada lámpara consume 60 por ciento menos energía que las de vapor de sodio que se retiraron, lo que representará un ahorro aproximado de 380 mil pesos al año en el pago del servicio eléctrico.',
                      'El funcionario informó que la siguiente etapa del programa abarcará el bulevar Fundadores y la calzada Antonio Narro, donde se colocarán 65 luminarias antes de que termine el año, con recursos del presupuesto municipal.'],
           photo_credit='Foto: Comunicación Social')

print('part1: bb01-bb10 written')
