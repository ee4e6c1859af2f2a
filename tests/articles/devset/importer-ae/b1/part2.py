from common import write_source, write_gold, bad

# ---------- ae11: wire, "TÍTULO:" label, Staff byline, day.month.year date, teaser at paragraph start, newsletter pitch mid-body, stray \x0b
t = """Sección: Economía
TÍTULO: Sargazo reduce 30 por ciento la ocupación en hoteles de Mahahual

Staff / Marea Alta QR
07.06.2025

MAHAHUAL, Q. Roo.— La ocupación hotelera en este puerto de la Costa Maya cayó alrededor de 30 por ciento en la última semana por la llegada masiva de sargazo, según la asociación local de prestadores de servicios.

Checa también: Semar instala 2 kilómetros de barrera antisargazo en Xcalak — Los hoteleros señalaron que las playas frente a los muelles principales son las más afectadas.

El representante de los prestadores, Baltazar Ucan Moo, pidió a las autoridades municipales acelerar la recolección con maquinaria ligera para no dañar la arena.\x0b

📩 ¿Te gusta estar informado? Suscríbete gratis a nuestro newsletter matutino.

Los cruceros programados para junio mantienen sus arribos, aunque varias excursiones de playa se trasladaron a cenotes del interior.

Para dudas y denuncias escríbenos a redaccion@mareaaltaqr.example
"""
write_source("ae11.text", t)
write_gold("ae11", family="wire",
    title="Sargazo reduce 30 por ciento la ocupación en hoteles de Mahahual",
    date="2025-06-07", bylines=[], source="Marea Alta QR", section="Economía",
    body_first_words="La ocupación hotelera en este puerto de la Costa Maya cayó alrededor",
    body_last_words="varias excursiones de playa se trasladaron a cenotes del interior.",
    boilerplate=["Checa también: Semar instala 2 kilómetros de barrera antisargazo en Xcalak —",
                 "¿Te gusta estar informado? Suscríbete gratis a nuestro newsletter matutino.",
                 "Para dudas y denuncias escríbenos a redaccion@mareaaltaqr.example"],
    must_keep=["Los hoteleros señalaron que las playas frente a los muelles principales son las más afectadas.",
               "Los cruceros programados para junio mantienen sus arribos, aunque varias excursiones de playa se trasladaron a cenotes del interior."])

# ---------- ae12: wire, plain first line title, "Por: Name, reportero" (role), "1o. de junio" date, syndication footer, CRLF
t = """Comerciantes del mercado 28 de Cancún piden reubicar puestos ambulantes
Por: Andrés Pech Chan, reportero
Cancún, Quintana Roo, 1o. de junio de 2025

Locatarios del mercado 28 entregaron al Ayuntamiento de Benito Juárez un pliego firmado por 120 comerciantes en el que piden reubicar a los vendedores ambulantes que ocupan los pasillos exteriores.

“No estamos en contra de nadie, pero pagamos predial, luz y agua, y ellos se ponen enfrente de nuestras puertas”, dijo la presidenta de la mesa directiva, Gloria Arceo Tun.

La Dirección de Comercio en Vía Pública respondió que realizará un censo en las próximas dos semanas antes de tomar cualquier decisión.   

Te recomendamos: Estas son las nuevas rutas del transporte en la zona hotelera

Esta nota se publicó originalmente en Marea Alta QR. Prohibida su reproducción total o parcial sin autorización.
"""
write_source("ae12.txt", t, eol="crlf")
write_gold("ae12", family="wire",
    title="Comerciantes del mercado 28 de Cancún piden reubicar puestos ambulantes",
    date="2025-06-01", bylines=["Andrés Pech Chan"], source="Marea Alta QR",
    body_first_words="Locatarios del mercado 28 entregaron al Ayuntamiento de Benito Juárez un pliego",
    body_last_words="en las próximas dos semanas antes de tomar cualquier decisión.",
    boilerplate=["Te recomendamos: Estas son las nuevas rutas del transporte en la zona hotelera",
                 "Esta nota se publicó originalmente en Marea Alta QR.",
                 "Prohibida su reproducción total o parcial sin autorización."],
    must_keep=["“No estamos en contra de nadie, pero pagamos predial, luz y agua, y ellos se ponen enfrente de nuestras puertas”, dijo la presidenta de la mesa directiva, Gloria Arceo Tun.",
               "La Dirección de Comercio en Vía Pública respondió que realizará un censo en las próximas dos semanas antes de tomar cualquier decisión."])

# ---------- ae13: wire, two bylines, agency-style dateline with outlet in parentheses, ISO timestamp, teaser glued at end, cp1252 + NBSP
t = """## Pescadores de Ciudad del Carmen denuncian pérdidas por veda extendida de camarón

**Por Sofía Herrera Can y José Luis Balam** | El Faro de Campeche
Publicado: 2022-09-14 07:35

CIUDAD DEL CARMEN, Camp. (El Faro de Campeche).— Integrantes de 11 cooperativas pesqueras de Isla del Carmen denunciaron pérdidas por la extensión de la veda del camarón en la Sonda de Campeche.

Los pescadores aseguraron que cada embarcación deja de percibir alrededor de 45\u00a0mil pesos al mes y que el apoyo federal no ha llegado a todos los socios.

El líder de la cooperativa Isla Aguada, Fermín Ortegón Castillo, anunció que solicitarán una reunión con la delegación de pesca para revisar los padrones. LEE: Capitanía de Puerto cierra navegación a embarcaciones menores por frente frío

Foto: El Faro de Campeche / Archivo

Sigue leyendo en nuestra edición digital y síguenos en X @FaroCampeche.
"""
write_source("ae13.md", t, enc="cp1252")
write_gold("ae13", family="wire",
    title="Pescadores de Ciudad del Carmen denuncian pérdidas por veda extendida de camarón",
    date="2022-09-14", bylines=["Sofía Herrera Can", "José Luis Balam"], source="El Faro de Campeche",
    body_first_words="Integrantes de 11 cooperativas pesqueras de Isla del Carmen denunciaron pérdidas",
    body_last_words="solicitarán una reunión con la delegación de pesca para revisar los padrones.",
    boilerplate=["LEE: Capitanía de Puerto cierra navegación a embarcaciones menores por frente frío",
                 "Foto: El Faro de Campeche / Archivo",
                 "Sigue leyendo en nuestra edición digital y síguenos en X @FaroCampeche."],
    must_keep=["Los pescadores aseguraron que cada embarcación deja de percibir alrededor de 45 mil pesos al mes y que el apoyo federal no ha llegado a todos los socios.",
               "El líder de la cooperativa Isla Aguada, Fermín Ortegón Castillo, anunció que solicitarán una reunión con la delegación de pesca para revisar los padrones."],
    photo_credit="El Faro de Campeche / Archivo")

# ---------- ae14: press release, Tabasco congress, "BOLETÍN No. 0892", inline dateline, -30- then handles
t = """H. CONGRESO DEL ESTADO DE TABASCO
LXV LEGISLATURA
Coordinación de Comunicación Social y Relaciones Públicas

BOLETÍN No. 0892

COMISIÓN DE HACIENDA APRUEBA LEY DE INGRESOS DE CINCO MUNICIPIOS

Villahermosa, Tabasco, 27 de marzo de 2025.- La Comisión Ordinaria de Hacienda y Finanzas aprobó los dictámenes de las leyes de ingresos de Jalapa, Tacotalpa, Teapa, Emiliano Zapata y Balancán, que serán turnados al Pleno la próxima semana.

El presidente de la comisión, diputado Héctor Manuel Sastré Ovando, destacó que ningún municipio propuso aumentos en el impuesto predial por encima de la inflación.

Los dictámenes incluyen descuentos de hasta 50 por ciento para personas adultas mayores y con discapacidad en el pago de derechos de agua.

-30-

Síguenos: Facebook /CongresoTabascoCS · X @CongresoTab_CS · YouTube Canal Legislativo TAB
"""
write_source("ae14.txt", t)
write_gold("ae14", family="press_release",
    title="COMISIÓN DE HACIENDA APRUEBA LEY DE INGRESOS DE CINCO MUNICIPIOS",
    date="2025-03-27", source="H. CONGRESO DEL ESTADO DE TABASCO",
    bulletin_number="0892", issuer="H. CONGRESO DEL ESTADO DE TABASCO",
    dateline_city="Villahermosa",
    body_first_words="La Comisión Ordinaria de Hacienda y Finanzas aprobó los dictámenes de las leyes de ingresos",
    body_last_words="con discapacidad en el pago de derechos de agua.",
    boilerplate=["-30-", "Síguenos: Facebook /CongresoTabascoCS · X @CongresoTab_CS"],
    must_keep=["El presidente de la comisión, diputado Héctor Manuel Sastré Ovando, destacó que ningún municipio propuso aumentos en el impuesto predial por encima de la inflación.",
               "Los dictámenes incluyen descuentos de hasta 50 por ciento para personas adultas mayores y con discapacidad en el pago de derechos de agua."])

# ---------- ae15: press release, QRoo water utility, "Comunicado CAPA/DG/0143/2025", ", a 22 de abril" dateline line, oo0oo
t = """COMISIÓN DE AGUA POTABLE Y ALCANTARILLADO DEL ESTADO DE QUINTANA ROO

Comunicado CAPA/DG/0143/2025
Chetumal, Quintana Roo, a 22 de abril de 2025

Concluye rehabilitación del acueducto Chetumal–Bacalar

La Comisión de Agua Potable y Alcantarillado concluyó la rehabilitación de 7.4 kilómetros del acueducto que abastece a Chetumal desde la zona de pozos de Bacalar.

Con esta obra se reducirán las fugas que provocaban la baja presión en colonias como Proterritorio, Solidaridad y Payo Obispo, informó el director general.

Durante los próximos días podrían registrarse variaciones en la presión mientras se estabiliza el sistema, por lo que se pide a la ciudadanía reportar cualquier anomalía al 073.

oo0oo

Comunicación Social CAPA
prensa.capa@qroo-agua.example
"""
write_source("ae15.md", t, eol="mixed")
write_gold("ae15", family="press_release",
    title="Concluye rehabilitación del acueducto Chetumal–Bacalar",
    date="2025-04-22", source="COMISIÓN DE AGUA POTABLE Y ALCANTARILLADO DEL ESTADO DE QUINTANA ROO",
    bulletin_number="CAPA/DG/0143/2025",
    issuer="COMISIÓN DE AGUA POTABLE Y ALCANTARILLADO DEL ESTADO DE QUINTANA ROO",
    dateline_city="Chetumal",
    body_first_words="La Comisión de Agua Potable y Alcantarillado concluyó la rehabilitación de 7.4 kilómetros",
    body_last_words="se pide a la ciudadanía reportar cualquier anomalía al 073.",
    boilerplate=["oo0oo", "Comunicación Social CAPA", "prensa.capa@qroo-agua.example"],
    must_keep=["Con esta obra se reducirán las fugas que provocaban la baja presión en colonias como Proterritorio, Solidaridad y Payo Obispo, informó el director general.",
               "La Comisión de Agua Potable y Alcantarillado concluyó la rehabilitación de 7.4 kilómetros del acueducto que abastece a Chetumal desde la zona de pozos de Bacalar."])

# ---------- ae16: press release, city hall, no bulletin number, # title, inline dateline with hyphenated city, FIN + hashtags
t = """H. AYUNTAMIENTO DE XALAPA
Dirección de Comunicación Social

# Ayuntamiento de Xalapa rehabilita 12 parques con participación vecinal

Xalapa-Enríquez, Ver., 5 de junio de 2024.- Con una inversión de 9.8 millones de pesos, el Ayuntamiento concluyó la rehabilitación de 12 parques de barrio en las colonias Revolución, Progreso Macuiltépetl y Ferrer Guardia.

Los comités vecinales decidieron en asambleas el tipo de juegos, luminarias y árboles que se instalaron en cada espacio.

La alcaldía informó que cada parque contará con un calendario de limpieza compartido entre la Dirección de Servicios Municipales y los vecinos.

FIN

#XalapaCrece #ParquesParaTodos
comunicacion@xalapa-municipio.example | 228 555 0311
"""
write_source("ae16.md", t, eol="crlf")
write_gold("ae16", family="press_release",
    title="Ayuntamiento de Xalapa rehabilita 12 parques con participación vecinal",
    date="2024-06-05", source="H. AYUNTAMIENTO DE XALAPA",
    bulletin_number=None, issuer="H. AYUNTAMIENTO DE XALAPA", dateline_city="Xalapa-Enríquez",
    body_first_words="Con una inversión de 9.8 millones de pesos, el Ayuntamiento concluyó la rehabilitación",
    body_last_words="entre la Dirección de Servicios Municipales y los vecinos.",
    boilerplate=["FIN", "#XalapaCrece #ParquesParaTodos", "comunicacion@xalapa-municipio.example | 228 555 0311"],
    must_keep=["Los comités vecinales decidieron en asambleas el tipo de juegos, luminarias y árboles que se instalaron en cada espacio.",
               "La alcaldía informó que cada parque contará con un calendario de limpieza compartido entre la Dirección de Servicios Municipales y los vecinos."])

# ---------- ae17: jekyll, quoted date string with -05:00 offset, draft: true, authors list, block categories, Drupal export keys, excerpt
t = """---
title: "Bacalar: investigadores alertan por pérdida de estromatolitos en la laguna"
date: "2024-07-19 21:10:00 -05:00"
draft: true
authors:
  - Daniela Cauich Poot
  - Mauricio Ek Tzuc
categories:
  - Medio ambiente
tags: [Bacalar, laguna, estromatolitos]
excerpt: "Científicos piden limitar embarcaciones en la zona de los rápidos."
drupal_nid: 20931
drupal_path: /node/20931
---

Investigadores de la Universidad de Quintana Roo alertaron que la superficie de estromatolitos vivos en la laguna de Bacalar se redujo a la mitad en los últimos diez años.

El estudio atribuye el daño a la sedimentación, las descargas de aguas residuales y el paso constante de embarcaciones de motor en la zona de los rápidos.

Los autores proponen crear un corredor de navegación y prohibir el anclaje sobre las formaciones.
"""
write_source("ae17.md", t)
write_gold("ae17", family="jekyll",
    title="Bacalar: investigadores alertan por pérdida de estromatolitos en la laguna",
    date="2024-07-19", published=False, bylines=["Daniela Cauich Poot", "Mauricio Ek Tzuc"],
    section="Medio ambiente",
    body_first_words="Investigadores de la Universidad de Quintana Roo alertaron que la superficie de estromatolitos",
    body_last_words="crear un corredor de navegación y prohibir el anclaje sobre las formaciones.",
    must_keep=["El estudio atribuye el daño a la sedimentación, las descargas de aguas residuales y el paso constante de embarcaciones de motor en la zona de los rápidos.",
               "Los autores proponen crear un corredor de navegación y prohibir el anclaje sobre las formaciones."])

# ---------- ae18: jekyll, day-first date 23/04/2025, published: false, singular category, author Redacción, BOM + CRLF
t = """---
layout: nota
title: Los Olmecas de Tabasco presentan refuerzos para la temporada
date: 23/04/2025
published: false
author: Redacción
category: Deportes
tags: [beisbol, Olmecas, LMB]
source: Puerto Libre Noticias
thumbnail: olmecas-2025.jpg
---
Los Olmecas de Tabasco presentaron a cinco refuerzos, entre ellos dos lanzadores abridores, a una semana del arranque de la temporada de la Liga Mexicana de Beisbol.

El mánager del equipo dijo que la prioridad fue reforzar el pitcheo, que el año pasado tuvo la peor efectividad de la zona sur.

Los boletos para la serie inaugural en el parque Centenario 27 de Febrero estarán a la venta desde el lunes.
"""
write_source("ae18.md", t, eol="crlf", bom=True)
write_gold("ae18", family="jekyll",
    title="Los Olmecas de Tabasco presentan refuerzos para la temporada",
    date="2025-04-23", published=False, bylines=[], source="Puerto Libre Noticias", section="Deportes",
    body_first_words="Los Olmecas de Tabasco presentaron a cinco refuerzos, entre ellos dos lanzadores abridores",
    body_last_words="27 de Febrero estarán a la venta desde el lunes.",
    must_keep=["El mánager del equipo dijo que la prioridad fue reforzar el pitcheo, que el año pasado tuvo la peor efectividad de la zona sur.",
               "Los Olmecas de Tabasco presentaron a cinco refuerzos, entre ellos dos lanzadores abridores, a una semana del arranque de la temporada de la Liga Mexicana de Beisbol."])

# ---------- ae19: generic, plain first-line title, cp1252 CRLF, curly quotes, DOS EOF byte \x1a at end
t = """Recuerdos del malecón de Campeche antes de la ampliación

Los domingos por la tarde el malecón era de las familias del barrio de San Román. Se caminaba desde el Baluarte de San Carlos hasta el muelle de los pescadores con un helado de coco en la mano.

Los vendedores de “marquesitas” llegaban a las seis y se iban cuando se acababa la cajeta. Nadie tenía prisa y el mar, a veces, brincaba la barda con el norte.

La ampliación trajo ciclovía, luminarias nuevas y más gente. Algunos dicen que ya no es lo mismo; otros, que ahora por fin se puede correr de noche.
"""
write_source("ae19.txt", t, enc="cp1252", eol="crlf", raw_tail=b"\x1a")
write_gold("ae19", family="generic",
    title="Recuerdos del malecón de Campeche antes de la ampliación",
    body_first_words="Los domingos por la tarde el malecón era de las familias",
    body_last_words="otros, que ahora por fin se puede correr de noche.",
    must_keep=["Los vendedores de “marquesitas” llegaban a las seis y se iban cuando se acababa la cajeta.",
               "La ampliación trajo ciclovía, luminarias nuevas y más gente."])

# ---------- ae20: bad, saved HTML page with .md extension
t = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Reabren zona arqueológica de Edzná tras lluvias | El Faro de Campeche</title>
<link rel="stylesheet" href="/static/css/main.4f2a9c.css">
<script async src="/static/js/ads.js"></script>
</head>
<body class="single-post">
<header class="site-header"><a href="/">El Faro de Campeche</a><nav><a href="/local">Local</a> <a href="/estado">Estado</a></nav></header>
<article>
<h1>Reabren zona arqueológica de Edzná tras lluvias</h1>
<p class="byline">Por Redacción | 16 de octubre de 2023</p>
<p>La zona arqueológica de Edzná reabrió sus puertas al público después de permanecer cerrada cuatro días por las lluvias.</p>
<div class="ad-slot" id="div-gpt-ad-1"></div>
</article>
<footer>&copy; 2023 El Faro de Campeche. Todos los derechos reservados.</footer>
</body>
</html>
"""
write_source("ae20.md", t)
bad("ae20", "saved HTML page, not an article source file")
print("part2 ok")
