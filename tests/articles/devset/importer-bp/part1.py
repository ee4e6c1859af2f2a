#!/usr/bin/env python3
"""importer-bp, files 01-10."""
from common import write_source, write_gold, wrap, NBSP, LRM

# ---------------------------------------------------------------- bp01 wire (border daily web, Cd. Juárez)
# Kicker, then the summary (dek), THEN the headline; a mobile "Sigue leyendo" cut and the
# leftovers of a paywall in the middle of the text (copied from the CMS preview, so the text
# goes on); related-story list at the end.
bp01 = """FRONTERA

_Autoridades aduanales atribuyen el aumento a la apertura de dos carriles FAST y al horario extendido de los fines de semana; transportistas piden más personal del lado estadounidense._

# Cruces de carga por el puente Zaragoza-Ysleta suben 12% en el primer bimestre

Por Marisela Ontiveros Baca | La Línea Diario | 14 de marzo de 2019, 08:12

Los cruces de tractocamiones por el puente internacional Zaragoza-Ysleta aumentaron 12 por ciento en enero y febrero respecto al mismo periodo de 2018, de acuerdo con cifras de la aduana de Ciudad Juárez y de la Oficina de Aduanas y Protección Fronteriza de Estados Unidos.

En total cruzaron hacia El Paso 148 mil unidades de carga en los dos meses, la mayoría con autopartes, televisores y equipo médico fabricados en las maquiladoras de la ciudad.

Sigue leyendo ↓

El presidente de la asociación local de transportistas, Rogelio Almeida Pérez, dijo que la apertura de dos carriles del programa FAST en diciembre redujo los tiempos de espera de cuatro horas a poco más de 90 minutos en los días de mayor tránsito. “Todavía hay filas, pero ya no perdemos un viaje completo por cada cruce”, comentó.

🔒 Este contenido es exclusivo para suscriptores.
¿Ya eres suscriptor? Inicia sesión para seguir leyendo.

Sin embargo, los transportistas advirtieron que la falta de agentes en las casetas de revisión estadounidenses sigue siendo el principal cuello de botella, sobre todo los lunes por la mañana, cuando coinciden los envíos de las plantas que trabajan en fin de semana.

La aduana mexicana informó que este año instalará un segundo equipo de rayos gamma en el puente y que ampliará el horario de atención de los sábados hasta las 18:00 horas. Las cámaras empresariales de la ciudad pidieron, además, que el cruce de Santa Teresa vuelva a operar por las noches para los envíos urgentes.

Notas relacionadas
- Maquiladoras de Juárez suman 4 mil empleos en enero
- Abren carril exclusivo para autobuses en el puente Libre
- Cámara de comercio pide reabrir el cruce nocturno en Santa Teresa
"""
write_source('bp01.md', bp01)
write_gold('bp01', family='wire',
           title='Cruces de carga por el puente Zaragoza-Ysleta suben 12% en el primer bimestre',
           date='2019-03-14', bylines=['Marisela Ontiveros Baca'], source='La Línea Diario',
           section='FRONTERA',
           body_first_words='Los cruces de tractocamiones por el puente internacional Zaragoza-Ysleta',
           body_last_words='vuelva a operar por las noches para los envíos urgentes.',
           boilerplate=['Autoridades aduanales atribuyen el aumento a la apertura de dos carriles FAST y al horario extendido de los fines de semana; transportistas piden más personal del lado estadounidense.',
                        'Sigue leyendo ↓',
                        'Este contenido es exclusivo para suscriptores.',
                        '¿Ya eres suscriptor? Inicia sesión para seguir leyendo.',
                        'Notas relacionadas',
                        'Maquiladoras de Juárez suman 4 mil empleos en enero',
                        'Abren carril exclusivo para autobuses en el puente Libre',
                        'Cámara de comercio pide reabrir el cruce nocturno en Santa Teresa'],
           must_keep=['En total cruzaron hacia El Paso 148 mil unidades de carga en los dos meses, la mayoría con autopartes, televisores y equipo médico fabricados en las maquiladoras de la ciudad.',
                      '“Todavía hay filas, pero ya no perdemos un viaje completo por cada cruce”, comentó.',
                      'Sin embargo, los transportistas advirtieron que la falta de agentes en las casetas de revisión estadounidenses sigue siendo el principal cuello de botella'])

# ---------------------------------------------------------------- bp02 press (state congress, Son.) as a forwarded Gmail body
bp02 = """---------- Forwarded message ---------
De: Comunicación Social Congreso Sonora <boletines@congreso-son.example.mx>
Date: lun, 14 mar 2022 a las 13:05
Subject: BOLETÍN 245 / Aprueba Congreso reforma para proteger a jornaleros agrícolas de golpes de calor
To: <mesa.estados@noticias-hmo.example.mx>


H. CONGRESO DEL ESTADO DE SONORA
LXIII LEGISLATURA
Dirección General de Comunicación Social

Boletín No. 245

Aprueba Congreso reforma para proteger a jornaleros agrícolas de golpes de calor

Hermosillo, Sonora, 14 de marzo de 2022.- El Pleno del Congreso del Estado aprobó por unanimidad una reforma a la Ley de Salud y a la Ley de Protección Civil de Sonora que obliga a los campos agrícolas a contar con áreas de sombra, agua potable fresca y pausas de descanso para las personas jornaleras cuando la temperatura supere los 40 grados.

La iniciativa fue presentada por la diputada Araceli Moroyoqui Gastélum, presidenta de la Comisión de Salud, quien recordó que cada verano los hospitales de la Costa de Hermosillo, Caborca y el Valle del Yaqui atienden a decenas de trabajadores del campo por deshidratación y golpe de calor.

“Hay jornaleros que pasan diez horas bajo el sol sin un solo techo donde comer; eso se acaba con esta reforma”, señaló la legisladora durante la discusión del dictamen.

De acuerdo con el texto aprobado, los inspectores de la Secretaría del Trabajo estatal y de Protección Civil podrán imponer multas de hasta mil unidades de medida a los productores que no cumplan. Las empresas tendrán un plazo de seis meses para adecuar sus instalaciones.

El diputado Ramsés Quiñónez Félix, integrante de la Comisión de Agricultura, pidió que la Secretaría de Agricultura del estado acompañe a los pequeños productores para que puedan cumplir con la norma sin poner en riesgo sus cosechas.

La reforma se enviará al Ejecutivo estatal para su publicación en el Boletín Oficial del Gobierno del Estado y entrará en vigor al día siguiente.

-o0o-

Dirección General de Comunicación Social
Tel. 662 555 0318
www.congreso-son.example.mx

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario y pueden contener información privilegiada. Si usted lo recibió por error, notifique al remitente y elimínelo de inmediato.
"""
write_source('bp02.txt', bp02, eol='crlf')
write_gold('bp02', family='press_release',
           title='Aprueba Congreso reforma para proteger a jornaleros agrícolas de golpes de calor',
           date='2022-03-14', source='H. CONGRESO DEL ESTADO DE SONORA',
           bulletin_number='245', issuer='H. CONGRESO DEL ESTADO DE SONORA',
           dateline_city='Hermosillo',
           body_first_words='El Pleno del Congreso del Estado aprobó por unanimidad una reforma',
           body_last_words='y entrará en vigor al día siguiente.',
           boilerplate=['---------- Forwarded message ---------',
                        'De: Comunicación Social Congreso Sonora <boletines@congreso-son.example.mx>',
                        'Date: lun, 14 mar 2022 a las 13:05',
                        'Subject: BOLETÍN 245 / Aprueba Congreso reforma para proteger a jornaleros agrícolas de golpes de calor',
                        'To: <mesa.estados@noticias-hmo.example.mx>',
                        'LXIII LEGISLATURA', 'Boletín No. 245',
                        'Hermosillo, Sonora, 14 de marzo de 2022.-', '-o0o-',
                        'Dirección General de Comunicación Social', 'Tel. 662 555 0318',
                        'www.congreso-son.example.mx',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario y pueden contener información privilegiada.',
                        'Si usted lo recibió por error, notifique al remitente y elimínelo de inmediato.'],
           must_keep=['“Hay jornaleros que pasan diez horas bajo el sol sin un solo techo donde comer; eso se acaba con esta reforma”, señaló la legisladora durante la discusión del dictamen.',
                      'Las empresas tendrán un plazo de seis meses para adecuar sus instalaciones.',
                      'La reforma se enviará al Ejecutivo estatal para su publicación en el Boletín Oficial del Gobierno del Estado y entrará en vigor al día siguiente.'])

# ---------------------------------------------------------------- bp03 jekyll (border daily, Agua Prieta) image alt = headline
# 23:40 at -07:00 (Sonora, no DST) is already 4 November in UTC: the local date counts.
bp03 = """---
layout: article
title: "Agua Prieta y Douglas reabren el cruce peatonal tras obras de ampliación"
date: 2019-11-03T23:40:00-07:00
author: Redacción La Garita
categories: [Portada, Frontera]
image:
  path: /assets/img/2019/11/garita-peatonal.jpg
  alt: "Agua Prieta y Douglas reabren el cruce peatonal tras obras de ampliación"
  credit: "Foto: Julián Cota / La Garita"
medio: Diario La Garita
---
![Agua Prieta y Douglas reabren el cruce peatonal tras obras de ampliación](/assets/img/2019/11/garita-peatonal.jpg)
*Foto: Julián Cota / La Garita*

Después de siete meses de trabajos, el cruce peatonal de la garita que une Agua Prieta con Douglas, Arizona, volvió a abrir este domingo con el doble de carriles de revisión y un techo nuevo que protege del sol a quienes esperan en la fila.

La obra, financiada por el gobierno federal estadounidense, amplió de tres a seis las casetas de inspección para peatones y agregó un carril exclusivo para estudiantes y trabajadores que cruzan a diario. Del lado mexicano, el municipio construyó una banqueta más ancha y un paradero para los taxis y camiones urbanos.

Durante el cierre, miles de personas tuvieron que cruzar por un pasillo provisional de malla ciclónica, donde la espera llegaba a dos horas en las mañanas. Comerciantes de la avenida Panamericana aseguran que sus ventas cayeron casi a la mitad en ese periodo.

“Por fin se puede cruzar sin quemarse bajo el sol”, dijo Emilia Durazo, empleada de una tienda de ropa en Douglas que cruza cinco días a la semana desde hace doce años.

El alcalde de Agua Prieta pidió a las autoridades de ambos países mantener abierto el cruce peatonal las 24 horas, como ocurría antes de la obra. Por ahora, el horario será de las cinco de la mañana a la medianoche.

**Te recomendamos:** [Suben las tarifas del transporte urbano en Agua Prieta](/2019/11/02/tarifas-transporte.html)
"""
write_source('bp03.md', bp03)
write_gold('bp03', family='jekyll',
           title='Agua Prieta y Douglas reabren el cruce peatonal tras obras de ampliación',
           date='2019-11-03', bylines=[], source='Diario La Garita',
           section='Frontera', placement=['Portada'],
           body_first_words='Después de siete meses de trabajos, el cruce peatonal de la garita',
           body_last_words='el horario será de las cinco de la mañana a la medianoche.',
           boilerplate=['![Agua Prieta y Douglas reabren el cruce peatonal tras obras de ampliación](/assets/img/2019/11/garita-peatonal.jpg)',
                        'Foto: Julián Cota / La Garita',
                        'Te recomendamos:',
                        'Suben las tarifas del transporte urbano en Agua Prieta'],
           must_keep=['Del lado mexicano, el municipio construyó una banqueta más ancha y un paradero para los taxis y camiones urbanos.',
                      '“Por fin se puede cruzar sin quemarse bajo el sol”, dijo Emilia Durazo',
                      'Por ahora, el horario será de las cinco de la mañana a la medianoche.'],
           photo_credit='Julián Cota / La Garita')

# ---------------------------------------------------------------- bp04 wire (agency teletype, Chih., 1999, cp850)
# ZCZC/NNNN teletype frame, slug line, hard-wrapped at 66 columns, indented paragraphs,
# dateline without the year (the year is in the header), sign-off code.
bp04 = wrap("""ZCZC ANN0457 22-SEP-99 13:40
URGENTE
Agencia de Noticias del Norte (ANN)
SEQUIA-CHIHUAHUA (250 palabras)

Declaran zona de desastre a 38 municipios de Chihuahua por la sequía

Por Fernando Rentería Tarango, corresponsal

~CHIHUAHUA, Chih., 22 de septiembre (ANN).- La Secretaría de Gobernación publicó hoy la declaratoria de desastre natural para 38 municipios de Chihuahua afectados por la sequía, la peor que registra el estado en los últimos 50 años, con lo que los productores podrán recibir recursos del Fondo de Desastres Naturales.

~La declaratoria incluye a los municipios de la Sierra Tarahumara y a los del noroeste del estado, entre ellos Guachochi, Bocoyna, Urique, Guadalupe y Calvo, Casas Grandes y Janos, donde las lluvias de verano no alcanzaron ni la tercera parte del promedio.

~De acuerdo con la delegación de la Secretaría de Agricultura, en el ciclo primavera-verano se perdieron cerca de 400 mil hectáreas de maíz y frijol de temporal. Los ganaderos han vendido una parte de sus hatos a precios bajos porque ya no tienen pastos ni agua en los abrevaderos.

~En las comunidades rarámuris de la sierra la situación es más grave, porque las familias dependen de la cosecha de maíz para alimentarse durante el invierno. El Instituto Nacional Indigenista informó que distribuirá despensas en 120 rancherías a partir de la próxima semana.

~El gobernador del estado dijo en conferencia de prensa que pedirá a la federación ampliar la declaratoria a otros 11 municipios del centro y del sur. "La gente del campo ya no aguanta otro año así", afirmó.

~Los recursos del fondo se destinarán a empleo temporal, a la compra de forraje y a la rehabilitación de pozos y bordos, según la Secretaría de Gobernación.

ANN/FRT/mlg
NNNN
""", width=66, indent='   ')
write_source('bp04.txt', bp04, enc='cp850', eol='crlf')
write_gold('bp04', family='wire',
           title='Declaran zona de desastre a 38 municipios de Chihuahua por la sequía',
           date='1999-09-22', bylines=['Fernando Rentería Tarango'],
           source='Agencia de Noticias del Norte',
           body_first_words='La Secretaría de Gobernación publicó hoy la declaratoria de desastre natural',
           body_last_words='a la rehabilitación de pozos y bordos, según la Secretaría de Gobernación.',
           boilerplate=['ZCZC ANN0457 22-SEP-99 13:40', 'URGENTE', 'SEQUIA-CHIHUAHUA (250 palabras)',
                        'CHIHUAHUA, Chih., 22 de septiembre (ANN).-', 'ANN/FRT/mlg', 'NNNN'],
           must_keep=['Los ganaderos han vendido una parte de sus hatos a precios bajos porque ya no tienen pastos ni agua en los abrevaderos.',
                      'El Instituto Nacional Indigenista informó que distribuirá despensas en 120 rancherías a partir de la próxima semana.',
                      '"La gente del campo ya no aguanta otro año así", afirmó.'])

# ---------------------------------------------------------------- bp05 generic (Notion page export)
bp05 = """# Guía: cómo tramitar el permiso de importación temporal de tu carro en Sonora

Estado: Listo
Etiquetas: trámites, frontera, Sonora
Responsable: equipo de contenidos

Si vives en Estados Unidos y quieres manejar tu carro más allá de la franja fronteriza de Sonora, necesitas un permiso de importación temporal de vehículos. Sin él, tu auto puede ser retenido en cualquier revisión aduanal del interior del país.

## Dónde se tramita

El permiso se puede pedir en línea antes del viaje o en los módulos que están en las aduanas de Nogales, Agua Prieta y San Luis Río Colorado. En la carretera a Hermosillo también hay un módulo en el kilómetro 21, donde termina la zona libre.

## Qué necesitas

- Pasaporte o tarjeta de residente vigente.
- Título o registro del vehículo a tu nombre.
- Licencia de manejo vigente.
- Una tarjeta de crédito o débito para pagar el trámite y el depósito de garantía.

Si el carro está financiado o es de una empresa, también te van a pedir una carta de autorización del banco o de la compañía.

## Lo que casi nadie sabe

Con el programa Sólo Sonora no necesitas el permiso si tu recorrido se queda en el corredor turístico del estado, que incluye lugares como Puerto Peñasco, Guaymas, San Carlos y Álamos. Basta con registrar el vehículo en el módulo de la frontera.

El depósito de garantía se devuelve cuando regresas el permiso antes de que venza. Si se te olvida cancelarlo al salir, pierdes el depósito y no podrás sacar otro permiso para el mismo vehículo hasta aclarar la situación.

Conviene guardar una foto del holograma y del comprobante de pago en el celular, porque en las revisiones te lo pueden pedir aunque lo traigas pegado en el parabrisas.
"""
write_source('bp05.md', bp05)
write_gold('bp05', family='generic',
           title='Guía: cómo tramitar el permiso de importación temporal de tu carro en Sonora',
           body_first_words='Si vives en Estados Unidos y quieres manejar tu carro',
           body_last_words='aunque lo traigas pegado en el parabrisas.',
           boilerplate=['Estado: Listo', 'Etiquetas: trámites, frontera, Sonora',
                        'Responsable: equipo de contenidos'],
           must_keep=['Sin él, tu auto puede ser retenido en cualquier revisión aduanal del interior del país.',
                      'Si el carro está financiado o es de una empresa, también te van a pedir una carta de autorización del banco o de la compañía.',
                      'El depósito de garantía se devuelve cuando regresas el permiso antes de que venza.'])

# ---------------------------------------------------------------- bp06 press (municipality, Cd. Juárez) WhatsApp chat export (iOS)
# The release arrives as one WhatsApp message inside an exported chat; *bold* markup;
# U+200E marks before attachments; other people's messages around it.
bp06 = """[14/5/23, 10:41:07] Prensa Gobierno Municipal Juárez: {lrm}Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.
[14/5/23, 10:41:58] Prensa Gobierno Municipal Juárez: {lrm}<adjunto: 00000031-PHOTO-2023-05-14-10-41-58.jpg>
[14/5/23, 10:42:13] Prensa Gobierno Municipal Juárez: *GOBIERNO MUNICIPAL DE JUÁREZ*
Dirección General de Comunicación Social
*Boletín 1187*

*Inicia programa de bacheo nocturno en 40 colonias del suroriente*

Ciudad Juárez, Chih., 14 de mayo de 2023.- La Dirección General de Obras Públicas inició este domingo un programa de bacheo nocturno que atenderá 40 colonias del suroriente de la ciudad, con cuadrillas que trabajarán de las 21:00 a las 05:00 horas para no afectar el tráfico de las horas pico.

El director de Obras Públicas, Leonel Camarillo Bustos, explicó que el programa arrancó en las avenidas Tecnológico, Manuel J. Clouthier y De las Torres, donde el paso de camiones de personal de las maquiladoras deteriora el pavimento con mayor rapidez.

Durante las primeras ocho semanas se colocarán alrededor de 9 mil toneladas de mezcla asfáltica. Las cuadrillas contarán con torres de iluminación y con personal de la Dirección de Tránsito para desviar la circulación.

“Trabajar de noche nos permite avanzar el doble, porque no tenemos que detenernos cada vez que pasa un camión”, señaló el funcionario.

La ciudadanía puede reportar baches a través de la línea de Atención Ciudadana 656 555 0172 o en la aplicación municipal, donde se asigna un número de folio para dar seguimiento a cada solicitud.

El Gobierno Municipal pidió a los automovilistas respetar los señalamientos y reducir la velocidad al pasar junto a las cuadrillas.

*-30-*
[14/5/23, 10:42:40] Prensa Gobierno Municipal Juárez: {lrm}<adjunto: 00000032-PHOTO-2023-05-14-10-42-40.jpg>
[14/5/23, 10:43:02] Prensa Gobierno Municipal Juárez: Favor de compartir 🙏
[14/5/23, 11:05:31] Itzel (Mesa Web): Recibido, gracias
""".replace('{lrm}', LRM)
write_source('bp06.txt', bp06)
write_gold('bp06', family='press_release',
           title='Inicia programa de bacheo nocturno en 40 colonias del suroriente',
           date='2023-05-14', source='GOBIERNO MUNICIPAL DE JUÁREZ',
           bulletin_number='1187', issuer='GOBIERNO MUNICIPAL DE JUÁREZ',
           dateline_city='Ciudad Juárez',
           body_first_words='La Dirección General de Obras Públicas inició este domingo un programa de bacheo nocturno',
           body_last_words='reducir la velocidad al pasar junto a las cuadrillas.',
           boilerplate=['[14/5/23, 10:41:07] Prensa Gobierno Municipal Juárez:',
                        'Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        '<adjunto: 00000031-PHOTO-2023-05-14-10-41-58.jpg>',
                        '[14/5/23, 10:42:13] Prensa Gobierno Municipal Juárez:',
                        'Dirección General de Comunicación Social', 'Boletín 1187',
                        'Ciudad Juárez, Chih., 14 de mayo de 2023.-', '-30-',
                        '<adjunto: 00000032-PHOTO-2023-05-14-10-42-40.jpg>',
                        'Favor de compartir', 'Recibido, gracias'],
           must_keep=['Durante las primeras ocho semanas se colocarán alrededor de 9 mil toneladas de mezcla asfáltica.',
                      '“Trabajar de noche nos permite avanzar el doble, porque no tenemos que detenernos cada vez que pasa un camión”, señaló el funcionario.',
                      'La ciudadanía puede reportar baches a través de la línea de Atención Ciudadana 656 555 0172 o en la aplicación municipal'])

# ---------------------------------------------------------------- bp07 jekyll (binational site, San Luis R.C./Yuma) English date, Spanglish
bp07 = """---
layout: post
title: "Jornaleros de San Luis Río Colorado cruzan de madrugada para la cosecha de lechuga en Yuma"
date: January 14, 2021
author: Lupita Orozco Wong
categories:
  - Portada
  - Comunidad
tags: [farmworkers, garita, Yuma, lechuga]
lang: es
site_title: El Puente Yuma-San Luis
---

*Read this story in English: [Farmworkers cross before dawn](/en/2021/01/14/farmworkers-cross-before-dawn/)*

Son las dos de la mañana y la fila en la garita de San Luis Río Colorado ya da vuelta a la cuadra. Casi todos traen lonchera, gorra y sudadera con capucha: son jornaleros que cruzan cada noche para trabajar en los campos de lechuga del condado de Yuma.

En plena temporada, entre noviembre y marzo, cruzan por esta garita hasta 10 mil trabajadores agrícolas por noche, según cálculos de las organizaciones que los apoyan. La mayoría tiene green card y vive del lado mexicano, donde la renta y la comida son más baratas.

Del otro lado los esperan los raiteros y los camiones de los contratistas, que los llevan a los files antes de que salga el sol. “Si llegas tarde al bus, pierdes el día”, explica Ramiro Gastélum, que lleva 22 años en la pisca de lechuga y brócoli.

Este invierno la fila es más lenta por las medidas sanitarias en la garita, y muchos jornaleros dicen que duermen apenas cuatro horas. Algunos se quedan a dormir en el carro, en el parking de un mall de la avenida principal de San Luis, Arizona, para no tener que cruzar otra vez al día siguiente.

Los trabajadores piden que se abra un carril exclusivo para ellos en las horas de la madrugada, como ocurre en otras garitas. Las autoridades de aduanas de Estados Unidos respondieron que evalúan la propuesta junto con los productores del valle.

---
**Apoya el periodismo local / Support local journalism:** El Puente es un medio sin fines de lucro. Dona desde 5 dólares al mes en elpuente-yumasanluis.example.mx/dona
"""
write_source('bp07.md', bp07)
write_gold('bp07', family='jekyll',
           title='Jornaleros de San Luis Río Colorado cruzan de madrugada para la cosecha de lechuga en Yuma',
           date='2021-01-14', bylines=['Lupita Orozco Wong'], source='El Puente Yuma-San Luis',
           section='Comunidad', placement=['Portada'],
           body_first_words='Son las dos de la mañana y la fila en la garita de San Luis Río Colorado',
           body_last_words='evalúan la propuesta junto con los productores del valle.',
           boilerplate=['Read this story in English: [Farmworkers cross before dawn](/en/2021/01/14/farmworkers-cross-before-dawn/)',
                        'Apoya el periodismo local / Support local journalism:',
                        'El Puente es un medio sin fines de lucro.',
                        'Dona desde 5 dólares al mes en elpuente-yumasanluis.example.mx/dona'],
           must_keep=['La mayoría tiene green card y vive del lado mexicano, donde la renta y la comida son más baratas.',
                      '“Si llegas tarde al bus, pierdes el día”, explica Ramiro Gastélum, que lleva 22 años en la pisca de lechuga y brócoli.',
                      'Algunos se quedan a dormir en el carro, en el parking de un mall de la avenida principal de San Luis, Arizona, para no tener que cruzar otra vez al día siguiente.'])

# ---------------------------------------------------------------- bp08 bad (saved HTML page: navigation only)
bp08 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Portada | Diario Guadiana Hoy</title>
<link rel="stylesheet" href="/static/css/main.min.css">
<script async src="/static/js/ads.js"></script>
</head>
<body class="home">
<div id="cookie-banner">Usamos cookies para mejorar tu experiencia. <a href="/privacidad">Aviso de privacidad</a> <button>Aceptar</button></div>
<header>
  <a class="logo" href="/"><img src="/static/img/logo-guadiana.svg" alt="Diario Guadiana Hoy"></a>
  <nav>
    <ul>
      <li><a href="/local/">Local</a></li>
      <li><a href="/laguna/">La Laguna</a></li>
      <li><a href="/sierra/">Sierra y Mezquital</a></li>
      <li><a href="/policiaca/">Policiaca</a></li>
      <li><a href="/deportes/">Deportes</a></li>
      <li><a href="/espectaculos/">Espectáculos</a></li>
      <li><a href="/opinion/">Opinión</a></li>
      <li><a href="/suscripciones/">Suscríbete</a></li>
    </ul>
  </nav>
  <form action="/buscar/"><input type="search" name="q" placeholder="Buscar"></form>
</header>
<main>
  <div class="ad-slot" id="div-gpt-ad-top"></div>
  <div class="loading">Cargando...</div>
</main>
<footer>
  <ul>
    <li><a href="/quienes-somos/">Quiénes somos</a></li>
    <li><a href="/contacto/">Contacto</a></li>
    <li><a href="/aviso-legal/">Aviso legal</a></li>
  </ul>
  <p>&copy; 2024 Diario Guadiana Hoy. Todos los derechos reservados.</p>
</footer>
</body>
</html>
"""
write_source('bp08.txt', bp08, eol='crlf')
write_gold('bp08', family='bad',
           refusal_reason='Página HTML guardada que sólo contiene menús, aviso de cookies y pie de página; no hay ninguna nota.')

# ---------------------------------------------------------------- bp09 wire (binational e-mail newsletter, Nogales) raw message, cp1252
bp09 = """From: "Ambos Nogales Hoy" <boletin@ambosnogales.example.mx>
To: suscriptores@ambosnogales.example.mx
Date: Tue, 09 Oct 2018 05:58:12 -0700
Subject: Tu briefing de la frontera | martes 9 de octubre
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: 8bit

¿No puedes ver bien este correo? Ábrelo en tu navegador: https://ambosnogales.example.mx/boletin/2018-10-09

AMBOS NOGALES HOY
Noticias de los dos lados de la línea

Good morning, Nogales. Esto es lo que necesitas saber hoy.

------------------------------------------------------------
LA NOTA DEL DÍA
------------------------------------------------------------

Estrenan carril Ready Lane peatonal en la garita DeConcini

Por Ximena Bórquez Lugo
Nogales, Sonora · 9 de octubre de 2018

Desde este lunes, los peatones que tienen una tarjeta de cruce o pasaporte con chip pueden formarse en un carril Ready Lane en la garita DeConcini, lo que según la agencia de aduanas estadounidense reducirá la espera en las horas pico.

El nuevo carril funciona de seis de la mañana a diez de la noche. Los lectores electrónicos revisan el documento antes de llegar con el oficial, y el cruce se vuelve más rápido para los commuters que van a trabajar o a estudiar a Nogales, Arizona.

El primer día, el wait time en el carril normal fue de 55 minutos, mientras que en el Ready Lane bajó a 15, de acuerdo con la aplicación de tiempos de espera. Comerciantes de la calle Morley, del lado americano, dijeron que esperan más clientes mexicanos los fines de semana.

“Antes nos íbamos a las cinco para llegar al job a las siete; ahora salimos con más calma”, contó Brenda Ochoa, que trabaja en una bodega de distribución de verdura.

Los usuarios de la garita Mariposa, que no tiene el nuevo carril, pidieron que el sistema se instale también allí. La agencia informó que lo hará antes de que termine el año.

------------------------------------------------------------
PATROCINADO
Seguros Frontera Azul: seguro de auto mexicano desde 9 dólares al día. Cotiza en segurosfronteraazul.example.mx
------------------------------------------------------------

TAMBIÉN EN AMBOS NOGALES
* Suben las rentas en el centro de Nogales, Arizona
* El Festival del Chile regresa al parque Héroes

Recibiste este correo porque te suscribiste al boletín de Ambos Nogales Hoy.
Darse de baja | Actualizar preferencias | Unsubscribe
"""
write_source('bp09.txt', bp09, enc='cp1252', eol='crlf')
write_gold('bp09', family='wire',
           title='Estrenan carril Ready Lane peatonal en la garita DeConcini',
           date='2018-10-09', bylines=['Ximena Bórquez Lugo'], source='Ambos Nogales Hoy',
           body_first_words='Desde este lunes, los peatones que tienen una tarjeta de cruce',
           body_last_words='La agencia informó que lo hará antes de que termine el año.',
           boilerplate=['From: "Ambos Nogales Hoy" <boletin@ambosnogales.example.mx>',
                        'Subject: Tu briefing de la frontera | martes 9 de octubre',
                        'Content-Type: text/plain; charset="windows-1252"',
                        '¿No puedes ver bien este correo? Ábrelo en tu navegador: https://ambosnogales.example.mx/boletin/2018-10-09',
                        'Noticias de los dos lados de la línea',
                        'Good morning, Nogales. Esto es lo que necesitas saber hoy.',
                        'LA NOTA DEL DÍA', 'PATROCINADO',
                        'Seguros Frontera Azul: seguro de auto mexicano desde 9 dólares al día.',
                        'Cotiza en segurosfronteraazul.example.mx',
                        'TAMBIÉN EN AMBOS NOGALES',
                        'Suben las rentas en el centro de Nogales, Arizona',
                        'El Festival del Chile regresa al parque Héroes',
                        'Recibiste este correo porque te suscribiste al boletín de Ambos Nogales Hoy.',
                        'Darse de baja | Actualizar preferencias | Unsubscribe'],
           must_keep=['El nuevo carril funciona de seis de la mañana a diez de la noche.',
                      '“Antes nos íbamos a las cinco para llegar al job a las siete; ahora salimos con más calma”, contó Brenda Ochoa',
                      'Los usuarios de la garita Mariposa, que no tiene el nuevo carril, pidieron que el sistema se instale también allí.'])

# ---------------------------------------------------------------- bp10 press (university, Sin.) Google Docs "Download as Markdown"
# Header inside a table cell, escaped punctuation (2024\.-, \-30\-), base64 image reference at the end.
bp10 = """| ![][image1] | **UNIVERSIDAD AUTÓNOMA DE SINALOA** Dirección General de Comunicación Social Boletín DGCS-0412/2024 |
| :---- | :---- |

**Investigadores de la UAS desarrollan bioplástico a partir de cáscara de camarón**

Culiacán, Sinaloa, 17 de abril de 2024\\.- Un equipo de la Facultad de Ciencias Químico Biológicas de la Universidad Autónoma de Sinaloa desarrolló un plástico biodegradable elaborado con quitosano, una sustancia que se obtiene de la cáscara del camarón que las plantas empacadoras de la entidad desechan cada temporada.

La investigadora responsable del proyecto, doctora Marisol Sauceda Ibarra, explicó que el material se degrada en menos de seis meses al contacto con la tierra y que puede servir para fabricar bolsas, charolas y películas para empacar verduras.

Sinaloa produce cada año miles de toneladas de residuos de camarón, que en su mayoría terminan en basureros a cielo abierto o en los esteros. “Lo que hoy es un problema ambiental para los pueblos de la costa puede convertirse en una materia prima”, señaló la académica.

En el proyecto participan doce estudiantes de licenciatura y posgrado, quienes realizaron pruebas de resistencia con charolas para tomate de exportación en coordinación con una empacadora del valle de Culiacán. Los resultados se presentarán en un congreso internacional de ciencia de materiales.

La universidad ya inició el trámite de la patente ante el Instituto Mexicano de la Propiedad Industrial y busca convenios con cooperativas pesqueras del sur del estado para instalar una planta piloto.

\\-30\\-

**Contacto:** prensa@dgcs-uas.example.mx · 667 555 0123

[image1]: <data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAABmJLR0QA/wD/AP+gvaeTAAAAB3RJTUUH6AQRFCkXo7M1JwAAAB1pVFh0Q29tbWVudAAAAAAAQ3JlYXRlZCB3aXRoIEdJTVBkLmUHAAAA>
"""
write_source('bp10.md', bp10)
write_gold('bp10', family='press_release',
           title='Investigadores de la UAS desarrollan bioplástico a partir de cáscara de camarón',
           date='2024-04-17', source='UNIVERSIDAD AUTÓNOMA DE SINALOA',
           bulletin_number='DGCS-0412/2024', issuer='UNIVERSIDAD AUTÓNOMA DE SINALOA',
           dateline_city='Culiacán',
           body_first_words='Un equipo de la Facultad de Ciencias Químico Biológicas',
           body_last_words='para instalar una planta piloto.',
           boilerplate=['![][image1]', 'Dirección General de Comunicación Social Boletín DGCS-0412/2024',
                        'Culiacán, Sinaloa, 17 de abril de 2024\\.-', '\\-30\\-',
                        'Contacto:', 'prensa@dgcs-uas.example.mx · 667 555 0123',
                        '[image1]: <data:image/png;base64,'],
           must_keep=['La investigadora responsable del proyecto, doctora Marisol Sauceda Ibarra, explicó que el material se degrada en menos de seis meses al contacto con la tierra',
                      '“Lo que hoy es un problema ambiental para los pueblos de la costa puede convertirse en una materia prima”, señaló la académica.',
                      'Los resultados se presentarán en un congreso internacional de ciencia de materiales.'])
