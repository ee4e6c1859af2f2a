# -*- coding: utf-8 -*-
"""Files y11-y20."""
from util import G, BAD, build

FILES = []
NOTES = {}
NB = '\u00a0'

# ---------------------------------------------------------------- y11 jekyll (fecha key, Spanish date)
t11 = """
---
layout: nota
titulo_seo: "Celaya: nuevo mercado de abastos"
title: "Celaya tendrá nuevo mercado de abastos en la salida a Salvatierra"
fecha: 5 de octubre de 2022
sitio: El Bajío Hoy
seccion: Economía
tags:
- Celaya
- comercio
- mercados
firma: Liliana Murillo Aguado
---

El Ayuntamiento de Celaya aprobó la construcción de un nuevo mercado de abastos en un predio de 9 hectáreas ubicado en la salida a Salvatierra, con el que busca retirar a los camiones de carga del centro de la ciudad.

El proyecto contempla 220 bodegas, andenes de carga y descarga, una zona de subasta de productos perecederos y un estacionamiento para 400 vehículos. La inversión estimada es de 310 millones de pesos, de los cuales el municipio aportará el terreno y la urbanización.

El director de Desarrollo Económico, Gilberto Pantoja Cuéllar, explicó que los bodegueros del actual mercado tendrán preferencia para adquirir espacios y que se ofrecerán esquemas de pago a diez años.

[button link="/suscripcion" color="red"]Suscríbete[/button]

Comerciantes de la calle Leandro Valle, donde hoy se concentra la venta al mayoreo, pidieron que el traslado no se haga hasta que las nuevas instalaciones cuenten con todos los servicios.

La primera piedra se colocaría en febrero y la obra tardaría alrededor de 18 meses.
"""
FILES.append(('y11.md', build(t11, eol='\r\n'), G(
    family='jekyll',
    title='Celaya tendrá nuevo mercado de abastos en la salida a Salvatierra',
    date='2022-10-05', bylines=['Liliana Murillo Aguado'], source='El Bajío Hoy', section='Economía',
    body_first_words='El Ayuntamiento de Celaya aprobó la construcción de un nuevo mercado de abastos',
    body_last_words='La primera piedra se colocaría en febrero y la obra tardaría alrededor de 18 meses.',
    boilerplate=['[button link="/suscripcion" color="red"]Suscríbete[/button]', 'titulo_seo'],
    must_keep=['El proyecto contempla 220 bodegas, andenes de carga y descarga, una zona de subasta de productos perecederos y un estacionamiento para 400 vehículos.',
               'Comerciantes de la calle Leandro Valle, donde hoy se concentra la venta al mayoreo, pidieron que el traslado no se haga hasta que las nuevas instalaciones cuenten con todos los servicios.'])))
NOTES['y11.md'] = ('UTF-8', 'CRLF', 'fecha: "5 de octubre de 2022" unquoted; odd keys sitio/seccion/firma/titulo_seo; block tags without indent; [button] shortcode')

# ---------------------------------------------------------------- y12 wire (Tabasco, Redacción)
t12 = """
TRIBUNA DEL GOLFO
Villahermosa, Tabasco  ·  Jueves 21 de noviembre de 2024
Edición impresa · Página 6B · Policía y Justicia

Vinculan a proceso a exfuncionario de Centla por desvío de 4.2 millones

Redacción / Tribuna del Golfo

Un juez de control vinculó a proceso a un exdirector de Finanzas del municipio de Centla, acusado de desviar 4.2 millones de pesos destinados a la compra de luminarias durante la administración 2018-2021.

De acuerdo con la Fiscalía General del Estado, el imputado, identificado como Rodolfo "N", autorizó pagos a una empresa que nunca entregó el material y cuyo domicilio fiscal correspondía a una vivienda en Frontera.

La audiencia se realizó en el Centro de Justicia Penal de Villahermosa. El juez impuso como medida cautelar la prisión preventiva justificada y fijó un plazo de tres meses para la investigación complementaria.

La denuncia fue presentada en 2022 por el Órgano Superior de Fiscalización del Estado, que detectó irregularidades en la cuenta pública de ese año. Relacionado: Auditan obras de drenaje en cinco municipios de la Chontalpa

La defensa del exfuncionario anunció que promoverá un amparo contra el auto de vinculación, al considerar que los pagos se hicieron conforme a un contrato aprobado por el Cabildo.

La Fiscalía no descartó que se giren nuevas órdenes de aprehensión contra otros exservidores públicos que participaron en el proceso de adjudicación.

Foto: Archivo

Lee la edición completa en nuestra versión digital. Suscríbete desde $99 al mes.
"""
FILES.append(('y12.txt', build(t12, enc='cp1252', eol='\r\n'), G(
    family='wire',
    title='Vinculan a proceso a exfuncionario de Centla por desvío de 4.2 millones',
    date='2024-11-21', bylines=[], source='Tribuna del Golfo', section='Policía y Justicia',
    body_first_words='Un juez de control vinculó a proceso a un exdirector de Finanzas',
    body_last_words='exservidores públicos que participaron en el proceso de adjudicación.',
    boilerplate=['Edición impresa · Página 6B', 'Redacción / Tribuna del Golfo',
                 'Relacionado: Auditan obras de drenaje en cinco municipios de la Chontalpa',
                 'Lee la edición completa en nuestra versión digital.', 'Suscríbete desde $99 al mes.'],
    must_keep=['La denuncia fue presentada en 2022 por el Órgano Superior de Fiscalización del Estado, que detectó irregularidades en la cuenta pública de ese año.',
               'La audiencia se realizó en el Centro de Justicia Penal de Villahermosa.'],
    photo_credit='Archivo')))
NOTES['y12.txt'] = ('Windows-1252', 'CRLF', 'Redacción byline (no person); print page label with section; teaser glued at the end of a paragraph; photo credit at the end; subscription pitch')

# ---------------------------------------------------------------- y13 press release (Yucatán)
t13 = """
AYUNTAMIENTO DE MÉRIDA
Dirección de Comunicación Social
Boletín No. 0457

Mérida estrena 18 nuevas rutas del programa “Bici Mérida” en comisarías del sur

Mérida, Yucatán, 3 de mayo de 2023.- El Ayuntamiento de Mérida puso en marcha 18 nuevas rutas del programa de bicicletas públicas en comisarías del sur del municipio, como Dzununcán, San José Tzal y Santa Cruz Palomeque, para facilitar la movilidad de estudiantes y trabajadores.

Durante la presentación, la directora de Movilidad Urbana, Adriana Cetina Borges, explicó que se instalaron 26 estaciones con 310 bicicletas, de las cuales 60 son de pedaleo asistido, y que el servicio será gratuito durante los primeros seis meses.

“Queremos que las comisarías tengan las mismas opciones de movilidad que el centro de la ciudad”, afirmó la funcionaria, quien añadió que las rutas se conectan con paraderos del transporte público metropolitano.

Para usar el sistema, las personas deberán registrarse con una identificación oficial en los módulos de atención o en la aplicación municipal, donde también podrán consultar la disponibilidad de bicicletas en cada estación.

La Dirección de Movilidad Urbana informó que en la segunda etapa se sumarán rutas en comisarías del oriente, como Chichí Suárez y Dzityá, antes de que concluya el año.

oo0oo

Síguenos:
Facebook: Ayuntamiento de Mérida Ej
Instagram: @MeridaAyuntaEj
Correo: prensa@merida-ayto.example
"""
FILES.append(('y13.md', build(t13, bom=True), G(
    family='press_release',
    title='Mérida estrena 18 nuevas rutas del programa “Bici Mérida” en comisarías del sur',
    date='2023-05-03', source='Ayuntamiento de Mérida',
    bulletin_number='0457', issuer='Ayuntamiento de Mérida', dateline_city='Mérida',
    body_first_words='El Ayuntamiento de Mérida puso en marcha 18 nuevas rutas del programa',
    body_last_words='como Chichí Suárez y Dzityá, antes de que concluya el año.',
    boilerplate=['Boletín No. 0457', 'Mérida, Yucatán, 3 de mayo de 2023.-', 'oo0oo',
                 '@MeridaAyuntaEj', 'prensa@merida-ayto.example'],
    must_keep=['“Queremos que las comisarías tengan las mismas opciones de movilidad que el centro de la ciudad”, afirmó la funcionaria, quien añadió que las rutas se conectan con paraderos del transporte público metropolitano.',
               'Para usar el sistema, las personas deberán registrarse con una identificación oficial en los módulos de atención o en la aplicación municipal, donde también podrán consultar la disponibilidad de bicicletas en cada estación.'])))
NOTES['y13.md'] = ('UTF-8 with BOM', 'LF', 'curly quotes in title; "Boletín No." header; dateline "Mérida, Yucatán, 3 de mayo de 2023.-" glued to first paragraph; oo0oo then social block')

# ---------------------------------------------------------------- y14 generic (markdown heading, no date)
t14 = """
# Cronología del rescate de la hacienda de Jaral de Berrio

Vecinos y académicos de San Felipe, Guanajuato, presentaron el sábado una cronología del rescate de la antigua hacienda de Jaral de Berrio, que durante décadas permaneció en abandono y hoy recibe visitantes los fines de semana.

El documento, elaborado por un colectivo de 14 voluntarios, reúne fotografías, testimonios y actas de las asambleas ejidales desde 1998, cuando se formó el primer comité para evitar el saqueo de cantera y vigas del casco principal.

Según la cronología, entre 2009 y 2016 se rehabilitaron la capilla, la troje y parte de la casa grande con aportaciones de la comunidad y apoyos estatales. El año pasado se abrió un pequeño museo con objetos donados por las familias del lugar.

Teresa Ramírez Lugo, integrante del colectivo, dijo que el objetivo es que las nuevas generaciones conozcan la historia del lugar y que se mantenga el trabajo comunitario que permitió detener el deterioro.

Los voluntarios pidieron a las autoridades concluir la restauración de los techos del ala norte antes de la temporada de lluvias, pues ya presentan filtraciones.

La cronología podrá consultarse de forma gratuita en la biblioteca de la comunidad y en la casa de cultura de San Felipe.
"""
FILES.append(('y14.markdown', build(t14), G(
    family='generic',
    title='Cronología del rescate de la hacienda de Jaral de Berrio',
    body_first_words='Vecinos y académicos de San Felipe, Guanajuato, presentaron el sábado una cronología',
    body_last_words='en la biblioteca de la comunidad y en la casa de cultura de San Felipe.',
    must_keep=['El año pasado se abrió un pequeño museo con objetos donados por las familias del lugar.',
               'Los voluntarios pidieron a las autoridades concluir la restauración de los techos del ala norte antes de la temporada de lluvias, pues ya presentan filtraciones.'])))
NOTES['y14.markdown'] = ('UTF-8', 'LF', '# heading as title, no date, no byline, no source')

# ---------------------------------------------------------------- y15 jekyll (offset trap, Destacadas only)
t15 = """
---
title: Aguascalientes suma 14 días sin lluvia y la presa Calles baja al 11%
date: 2023-07-31 23:15:00 -0600
last_modified_at: 2023-08-01 09:02:00 -0600
category: Destacadas
tags: [presas, sequía, "Aguascalientes"]
author:
  display_name: Óscar Medina Lozano
  login: omedina
  email: omedina@hidrocalidigital.example
publisher: Hidrocálido Digital
---

La presa Plutarco Elías Calles, la más grande de Aguascalientes, se encuentra al 11 por ciento de su capacidad tras 14 días consecutivos sin lluvias en la región, de acuerdo con el reporte semanal de la Comisión Nacional del Agua.

El organismo informó que el estado recibió apenas 48 milímetros de lluvia en julio, menos de la mitad del promedio histórico para ese mes, y que 9 de los 11 municipios presentan sequía moderada o severa.

Productores de maíz y frijol de temporal en Tepezalá y Asientos advirtieron que, si no llueve en las próximas dos semanas, podrían perder hasta el 60 por ciento de lo sembrado.

<!--more-->

El Instituto del Agua del Estado señaló que el abasto para uso urbano no está en riesgo porque la capital depende de pozos profundos, aunque pidió a la población reducir el consumo en horas pico.

Para la próxima semana, el Servicio Meteorológico Nacional prevé la entrada de humedad del Pacífico que podría generar lluvias aisladas en el sur del estado.
"""
FILES.append(('y15.md', build(t15), G(
    family='jekyll',
    title='Aguascalientes suma 14 días sin lluvia y la presa Calles baja al 11%',
    date='2023-07-31', bylines=['Óscar Medina Lozano'], source='Hidrocálido Digital',
    section=None, placement=['Destacadas'],
    body_first_words='La presa Plutarco Elías Calles, la más grande de Aguascalientes',
    body_last_words='que podría generar lluvias aisladas en el sur del estado.',
    boilerplate=['<!--more-->', 'omedina@hidrocalidigital.example'],
    must_keep=['El organismo informó que el estado recibió apenas 48 milímetros de lluvia en julio, menos de la mitad del promedio histórico para ese mes, y que 9 de los 11 municipios presentan sequía moderada o severa.',
               'El Instituto del Agua del Estado señaló que el abasto para uso urbano no está en riesgo porque la capital depende de pozos profundos, aunque pidió a la población reducir el consumo en horas pico.'])))
NOTES['y15.md'] = ('UTF-8', 'LF', 'unquoted title with %; date 23:15 -0600 (UTC is next day); last_modified_at on the next day; only placement category (Destacadas) so section null; nested WP author map; <!--more-->')

# ---------------------------------------------------------------- y16 wire (Guerrero, trailing spaces)
t16 = """
Sur Informativo de Guerrero   
Chilpancingo   

**Suspenden clases en 140 escuelas de la Montaña por lluvias de la tormenta tropical**   

Por Abigail Nava Salmerón y Rutilio Cortés Abarca   
Chilpancingo, Gro. / 26 de septiembre de 2022   

Foto: Sur Informativo / Rutilio Cortés   

La Secretaría de Educación Guerrero suspendió las clases en 140 escuelas de la región de la Montaña, luego de que las lluvias dejaron caminos incomunicados y deslaves en al menos 11 municipios.   

Entre los municipios más afectados están Metlatónoc, Cochoapa el Grande y Tlacoapa, donde el desbordamiento de arroyos arrastró dos puentes colgantes que comunicaban a comunidades con las cabeceras municipales. También te recomendamos: Así puedes solicitar apoyo del Fondo de Desastres en Guerrero   

La dependencia informó que las clases se reanudarán en cuanto Protección Civil confirme que los planteles y los caminos son seguros para alumnos y maestros.   

El coordinador estatal de Protección Civil, Efraín Salgado Leyva, dijo que brigadas del Ejército y de la Guardia Nacional trabajan en la apertura de caminos con maquinaria pesada y que se habilitaron 23 refugios temporales.   

Hasta la tarde del domingo se contabilizaban 430 personas albergadas y más de 900 viviendas con daños parciales, según el reporte preliminar del gobierno estatal.   

Síguenos en Facebook e Instagram: @surinformativogro.ej   
¿Tienes una denuncia? Escríbenos a denuncias@surinformativo.example   
"""
FILES.append(('y16.txt', build(t16), G(
    family='wire',
    title='Suspenden clases en 140 escuelas de la Montaña por lluvias de la tormenta tropical',
    date='2022-09-26', bylines=['Abigail Nava Salmerón', 'Rutilio Cortés Abarca'],
    source='Sur Informativo de Guerrero',
    body_first_words='La Secretaría de Educación Guerrero suspendió las clases en 140 escuelas',
    body_last_words='más de 900 viviendas con daños parciales, según el reporte preliminar del gobierno estatal.',
    boilerplate=['También te recomendamos: Así puedes solicitar apoyo del Fondo de Desastres en Guerrero',
                 'Síguenos en Facebook e Instagram: @surinformativogro.ej',
                 'denuncias@surinformativo.example', '¿Tienes una denuncia?'],
    must_keep=['Entre los municipios más afectados están Metlatónoc, Cochoapa el Grande y Tlacoapa, donde el desbordamiento de arroyos arrastró dos puentes colgantes que comunicaban a comunidades con las cabeceras municipales.',
               'La dependencia informó que las clases se reanudarán en cuanto Protección Civil confirme que los planteles y los caminos son seguros para alumnos y maestros.'],
    photo_credit='Sur Informativo / Rutilio Cortés')))
NOTES['y16.txt'] = ('UTF-8', 'LF', 'trailing spaces on every line; bold title; city label "Chilpancingo" (not a section); teaser glued at paragraph end; denuncia e-mail')

# ---------------------------------------------------------------- y17 press release (Querétaro)
t17 = """
COMUNICADO
SESA/245/2024
Santiago de Querétaro, Qro., 8 de febrero de 2024

SECRETARÍA DE SALUD DEL ESTADO DE QUERÉTARO

Refuerza SESA vigilancia epidemiológica por aumento de casos de influenza

La Secretaría de Salud del Estado de Querétaro (SESA) reforzó la vigilancia epidemiológica en hospitales y centros de salud ante el aumento de casos de influenza registrado en las últimas cuatro semanas.

De acuerdo con el reporte estatal, en lo que va de la temporada invernal se han confirmado 312 casos de influenza, principalmente del subtipo A H3N2, y 41 hospitalizaciones, la mayoría de personas mayores de 60 años y con enfermedades crónicas.

La titular de Epidemiología, Mónica Zepeda Uribe, recordó que la vacuna sigue disponible de manera gratuita en las 226 unidades de salud del estado para niñas y niños de seis meses a cinco años, embarazadas, adultos mayores y personas con padecimientos crónicos.

Asimismo, pidió a la población no automedicarse, lavarse las manos con frecuencia, cubrirse al toser o estornudar y acudir a consulta ante fiebre alta, dolor muscular intenso o dificultad para respirar.

La dependencia informó que los hospitales generales de Querétaro, San Juan del Río y Cadereyta cuentan con áreas de aislamiento y abasto suficiente de antivirales.

###

Unidad de Comunicación Social
Secretaría de Salud del Estado de Querétaro
Tel. 000 000 0000 | comunicacion@sesa-qro.example
"""
FILES.append(('y17.text', build(t17, eol='\r\n'), G(
    family='press_release',
    title='Refuerza SESA vigilancia epidemiológica por aumento de casos de influenza',
    date='2024-02-08', source='Secretaría de Salud del Estado de Querétaro',
    bulletin_number='SESA/245/2024', issuer='Secretaría de Salud del Estado de Querétaro',
    dateline_city='Santiago de Querétaro',
    body_first_words='La Secretaría de Salud del Estado de Querétaro (SESA) reforzó la vigilancia',
    body_last_words='cuentan con áreas de aislamiento y abasto suficiente de antivirales.',
    boilerplate=['COMUNICADO', 'SESA/245/2024', 'Santiago de Querétaro, Qro., 8 de febrero de 2024',
                 '###', 'Unidad de Comunicación Social', 'Tel. 000 000 0000 | comunicacion@sesa-qro.example'],
    must_keep=['Asimismo, pidió a la población no automedicarse, lavarse las manos con frecuencia, cubrirse al toser o estornudar y acudir a consulta ante fiebre alta, dolor muscular intenso o dificultad para respirar.',
               'La dependencia informó que los hospitales generales de Querétaro, San Juan del Río y Cadereyta cuentan con áreas de aislamiento y abasto suficiente de antivirales.'])))
NOTES['y17.text'] = ('UTF-8', 'CRLF', 'COMUNICADO + bare bulletin number + dateline line before the issuer name; ### end marker then Unidad de Comunicación Social block')

# ---------------------------------------------------------------- y18 bad (saved HTML page)
t18 = """
<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Portada | El Vigía de Morelia</title>
<link rel="stylesheet" href="/wp-content/themes/vigia/style.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>
</head>
<body class="home blog">
<header><nav><ul><li><a href="/">Inicio</a></li><li><a href="/morelia/">Morelia</a></li><li><a href="/estado/">Estado</a></li></ul></nav></header>
<main>
<div class="grid">
<article class="card"><h2><a href="/2023/05/10/bacheo/">Arranca programa de bacheo en 40 colonias</a></h2></article>
<article class="card"><h2><a href="/2023/05/10/feria/">Presentan cartel de la feria de Morelia</a></h2></article>
</div>
</main>
<footer>&copy; 2023 El Vigía de Morelia</footer>
</body>
</html>
"""
FILES.append(('y18.md', build(t18), BAD('Es una página HTML guardada (portada con enlaces), no una nota.')))
NOTES['y18.md'] = ('UTF-8', 'LF', 'saved HTML home page with .md extension (refused: a list of links, no article)')

# ---------------------------------------------------------------- y19 jekyll (published: false, embed)
t19 = """
---
layout: post
title: "Abren convocatoria para el Festival de Danza Folclórica de Papantla"
date: "2020-02-14"
published: false
author: Redacción
site_title: Totonacapan Noticias
categories:
- Cultura
tags:
- danza
- Papantla
meta:
  _wpcom_is_markdown: '1'
  _yoast_wpseo_focuskw: festival danza papantla
---

La Dirección de Cultura de Papantla abrió la convocatoria para el Festival de Danza Folclórica que se realizará del 20 al 22 de marzo en el parque Israel C. Téllez, con la participación de grupos de Veracruz, Puebla e Hidalgo.

Podrán inscribirse ballets folclóricos escolares, comunitarios e independientes, con un máximo de 30 integrantes por agrupación. Cada grupo presentará un cuadro de no más de 15 minutos.

[embed]https://video.example/papantla-danza-2019[/embed]

El director de Cultura, Saúl Olmedo Espinoza, informó que el municipio cubrirá el hospedaje y los alimentos de los grupos foráneos, mientras que los participantes deberán costear su traslado.

Esta edición rendirá homenaje a la danza de los Negritos y a los maestros que la han enseñado durante más de cuatro décadas en las comunidades de la sierra.

Además del programa artístico, habrá una muestra gastronómica y un tianguis de artesanías en el que participarán 50 productores de la región totonaca.

La recepción de solicitudes cerrará el 6 de marzo y los resultados se publicarán en las redes sociales del Ayuntamiento.
"""
FILES.append(('y19.markdown', build(t19), G(
    family='jekyll',
    title='Abren convocatoria para el Festival de Danza Folclórica de Papantla',
    date='2020-02-14', published=False, bylines=[], source='Totonacapan Noticias', section='Cultura',
    body_first_words='La Dirección de Cultura de Papantla abrió la convocatoria para el Festival',
    body_last_words='los resultados se publicarán en las redes sociales del Ayuntamiento.',
    boilerplate=['[embed]https://video.example/papantla-danza-2019[/embed]', '_yoast_wpseo_focuskw'],
    must_keep=['Podrán inscribirse ballets folclóricos escolares, comunitarios e independientes, con un máximo de 30 integrantes por agrupación.',
               'El director de Cultura, Saúl Olmedo Espinoza, informó que el municipio cubrirá el hospedaje y los alimentos de los grupos foráneos, mientras que los participantes deberán costear su traslado.'])))
NOTES['y19.markdown'] = ('UTF-8', 'LF', 'published: false; author: Redacción (no byline); site_title key; block categories; WP meta keys; [embed] shortcode')

# ---------------------------------------------------------------- y20 wire (SLP, mixed line endings)
t20 = """
EL POTOSINO EN LÍNEA
Sección: Capital

Ampliarán horario del Centro Histórico de San Luis Potosí a peatones los fines de semana

Por Irma Loredo Castañeda
Publicado el 10 de marzo de 2024 a las 18:20 hrs.

Relacionado: Comerciantes del Centro piden más vigilancia nocturna. El Ayuntamiento de San Luis Potosí ampliará el horario peatonal de las calles Zaragoza, Hidalgo y Madero, que a partir del próximo sábado permanecerán cerradas a la circulación de vehículos de las 10:00 a las 22:00 horas los fines de semana.

El director de Movilidad municipal, Braulio Estrada Zavala, explicó que la medida se tomó tras un estudio que registró un aumento de 35 por ciento en el flujo de visitantes durante los cierres de prueba de enero y febrero.

Los vehículos de reparto podrán ingresar de lunes a viernes antes de las 9:00 horas, y los residentes del primer cuadro recibirán un tarjetón para acceder a sus cocheras.

La Cámara Nacional de Comercio en la capital potosina respaldó la ampliación, aunque pidió reforzar el transporte público y habilitar estacionamientos con tarifa preferente en la periferia del Centro Histórico.

Recibe nuestro newsletter cada mañana: regístrate gratis en elpotosino.example/boletin

El Ayuntamiento evaluará los resultados durante tres meses antes de decidir si el esquema se extiende a más calles.

Foto: Cortesía Ayuntamiento de SLP
"""
b20 = build(t20)
# mixed line endings: header block CRLF, body LF, last lines CR-only
lines = b20.split(b'\n')
out = []
for i, ln in enumerate(lines[:-1]):
    if i < 7:
        out.append(ln + b'\r\n')
    elif i >= len(lines) - 5:
        out.append(ln + b'\r')
    else:
        out.append(ln + b'\n')
out.append(lines[-1])
b20 = b''.join(out)
FILES.append(('y20.md', b20, G(
    family='wire',
    title='Ampliarán horario del Centro Histórico de San Luis Potosí a peatones los fines de semana',
    date='2024-03-10', bylines=['Irma Loredo Castañeda'], source='El Potosino en Línea', section='Capital',
    body_first_words='El Ayuntamiento de San Luis Potosí ampliará el horario peatonal',
    body_last_words='antes de decidir si el esquema se extiende a más calles.',
    boilerplate=['Relacionado: Comerciantes del Centro piden más vigilancia nocturna.',
                 'Recibe nuestro newsletter cada mañana', 'elpotosino.example/boletin',
                 'Publicado el 10 de marzo de 2024 a las 18:20 hrs.'],
    must_keep=['Los vehículos de reparto podrán ingresar de lunes a viernes antes de las 9:00 horas, y los residentes del primer cuadro recibirán un tarjetón para acceder a sus cocheras.',
               'El Ayuntamiento evaluará los resultados durante tres meses antes de decidir si el esquema se extiende a más calles.'],
    photo_credit='Cortesía Ayuntamiento de SLP')))
NOTES['y20.md'] = ('UTF-8', 'mixed (CRLF header, LF body, CR-only tail)', 'teaser glued to the START of the first paragraph; newsletter pitch between paragraphs; credit at the end')
