# -*- coding: utf-8 -*-
"""Files ad11-ad20."""
from common import enc, gold, bad

NB = '\u00a0'
FILES = []

# ---------------------------------------------------------------- ad11 jekyll, fecha in words, mixed EOL
t11 = """---
layout: single
titulo: Reabren el Jardín Principal de Pátzcuaro tras dos años de remodelación
fecha: "5 de octubre de 2022"
autores:
  - Socorro Huipe Tinoco
categorias: [Portada, Cultura]
etiquetas: [Pátzcuaro, patrimonio, obra pública]
sitio: Lago y Piedra Noticias
---

La plaza Vasco de Quiroga de Pátzcuaro, conocida por los habitantes como el Jardín Principal, fue reabierta al público este miércoles después de dos años de trabajos de restauración en fuentes, bancas, jardineras y banquetas de cantera.

Los trabajos incluyeron la limpieza de la fuente central y la sustitución de 3 mil 400 metros cuadrados de piso dañado por las raíces de los fresnos. Los árboles fueron podados por especialistas y ninguno fue derribado.

Artesanos de Santa Clara del Cobre y de Tzintzuntzan participaron en la elaboración de las nuevas luminarias, fabricadas en cobre martillado y hierro forjado, que sustituyen a los postes metálicos instalados en la década de los noventa.

Durante la ceremonia de reapertura, vecinos y comerciantes recordaron que la plaza es el principal punto de reunión de la ciudad y el escenario de la Noche de Muertos, que cada año atrae a miles de visitantes.

El cronista municipal, Aurelio Zavala Equihua, pidió a las autoridades establecer un reglamento para el uso del espacio, pues durante los últimos años se instalaban puestos y templetes que dañaban el empedrado.

La plaza contará con vigilancia permanente y un horario de riego nocturno. Los comerciantes ambulantes serán reubicados en la calle Ibarra, en un corredor con 60 espacios numerados.

Las autoridades estimaron que para la próxima temporada de Día de Muertos llegarán más de 150 mil visitantes a la ribera del lago.
"""
FILES.append(('ad11.md', enc(t11, eol='mixed'), gold(
    'jekyll', 'Reabren el Jardín Principal de Pátzcuaro tras dos años de remodelación', '2022-10-05',
    'La plaza Vasco de Quiroga de Pátzcuaro, conocida por los habitantes',
    'más de 150 mil visitantes a la ribera del lago.',
    ['Los árboles fueron podados por especialistas y ninguno fue derribado.',
     'Los comerciantes ambulantes serán reubicados en la calle Ibarra, en un corredor con 60 espacios numerados.'],
    ['layout: single', 'etiquetas: [Pátzcuaro, patrimonio, obra pública]'],
    bylines=['Socorro Huipe Tinoco'], source='Lago y Piedra Noticias', section='Cultura',
    placement=['Portada'])))

# ---------------------------------------------------------------- ad12 wire, CRLF, Tijuana
t12 = """TIJUANA AL MOMENTO
Inicio > Noticias > Ciudad

# Habilitan carril exclusivo para peatones con SENTRI en la garita de San Ysidro

Por **Arturo Meléndrez Camacho** / Tijuana al Momento
Miércoles 6 de marzo de 2024 | 07:55 h

Te puede interesar | Aumenta a 3 horas la espera en la garita de Otay para vehículos particulares

Las autoridades aduanales de ambos lados de la frontera habilitaron desde este miércoles un carril exclusivo para peatones inscritos en el programa SENTRI en la garita de San Ysidro, con el objetivo de reducir los tiempos de cruce en las horas de mayor demanda.

El acceso se ubica en la entrada PedWest y funcionará de 5:00 a 10:00 horas de lunes a viernes. En las primeras horas de operación, el tiempo de espera promedio fue de 15 minutos, contra los 70 minutos que se registraron la semana anterior en la fila general.

Estudiantes y trabajadores que viven en Tijuana y cruzan diariamente a San Diego celebraron la medida, aunque pidieron ampliar el horario a las tardes. “Salgo de la escuela a las dos y regreso casi a las seis por la fila”, relató Karla Ibarra, estudiante de enfermería.

De acuerdo con datos del Consejo de Desarrollo Económico de Tijuana, por la garita de San Ysidro cruzan cerca de 25 mil peatones al día. Alrededor de una tercera parte cuenta con la credencial SENTRI.

El Ayuntamiento informó que coordinará con la Policía Municipal la vigilancia de la zona de acceso y que se colocarán señalamientos en español e inglés para orientar a los usuarios. Los vendedores ambulantes que ocupaban la entrada fueron reubicados a la plaza Viva Tijuana.

Foto: Tijuana al Momento / Archivo

Suscríbete a nuestro newsletter y recibe las noticias de la frontera todas las mañanas.
Síguenos en X: @TJalMomento_ej
"""
FILES.append(('ad12.md', enc(t12, eol='\r\n'), gold(
    'wire', 'Habilitan carril exclusivo para peatones con SENTRI en la garita de San Ysidro', '2024-03-06',
    'Las autoridades aduanales de ambos lados de la frontera habilitaron',
    'ocupaban la entrada fueron reubicados a la plaza Viva Tijuana.',
    ['Alrededor de una tercera parte cuenta con la credencial SENTRI.',
     'El acceso se ubica en la entrada PedWest y funcionará de 5:00 a 10:00 horas de lunes a viernes.'],
    ['TIJUANA AL MOMENTO', 'Inicio > Noticias > Ciudad',
     'Te puede interesar | Aumenta a 3 horas la espera en la garita de Otay para vehículos particulares',
     'Suscríbete a nuestro newsletter', 'Síguenos en X: @TJalMomento_ej'],
    bylines=['Arturo Meléndrez Camacho'], source='Tijuana al Momento', section='Ciudad',
    photo_credit='Tijuana al Momento / Archivo')))

# ---------------------------------------------------------------- ad13 generic markdown note, no final newline, tabs
t13 = """# Crónica de una tarde de beisbol en el estadio de Los Mochis

El estadio Emilio Ibarra Almada se llenó desde las cinco de la tarde. Los aficionados llegaron con hieleras, gorras verdes y matracas, aunque el juego no empezaba sino hasta las siete y media. En la explanada, los vendedores de cacahuates y de elotes preparados anunciaban su mercancía entre el ruido de la banda.\t

Dentro, el sonido local repetía los nombres de los peloteros mientras calentaban en el jardín izquierdo. Un niño de unos ocho años sostenía una pelota firmada y preguntaba a su padre quién era el jugador que le había puesto la dedicatoria.

El partido fue cerrado. Durante seis entradas nadie anotó, y los pitchers abridores dominaron a la ofensiva contraria con rectas pegadas y curvas lentas. En la séptima, un doblete por la línea de tercera rompió el empate y el estadio se levantó completo.

Las abuelas que ocupaban la primera fila de la tribuna de sombra comentaban cada lanzamiento como si fueran mánagers. Una de ellas aseguró que no se ha perdido una temporada desde 1972.

Al final, el equipo local ganó por dos carreras a una. La salida fue lenta: cientos de autos se quedaron varados en el bulevar Rosales, pero nadie parecía tener prisa.

En Los Mochis, el beisbol de invierno sigue siendo la conversación más segura entre desconocidos, más que el clima o la política."""
FILES.append(('ad13.md', enc(t13), gold(
    'generic', 'Crónica de una tarde de beisbol en el estadio de Los Mochis', None,
    'El estadio Emilio Ibarra Almada se llenó desde las cinco',
    'entre desconocidos, más que el clima o la política.',
    ['El partido fue cerrado.',
     'Al final, el equipo local ganó por dos carreras a una.'],
    [])))

# ---------------------------------------------------------------- ad14 press Nayarit, curly quotes, -30-
t14 = """Tepic, Nayarit, a 8 de julio de 2022.

Fiscalía General del Estado de Nayarit
Comunicado FGE/NAY/219/2022

Localizan con vida a estudiante reportada como desaparecida en Xalisco

La Fiscalía General del Estado de Nayarit informó que fue localizada con vida y en buen estado de salud la estudiante de 17 años reportada como desaparecida el pasado lunes en el municipio de Xalisco.

De acuerdo con la dependencia, la joven fue ubicada la noche del jueves en una vivienda de la colonia Lomas Verdes, en Tepic, gracias a la información aportada por la ciudadanía tras la difusión de la ficha de búsqueda del protocolo “Alerta Amber”.

La Fiscalía precisó que la adolescente ya se reunió con su familia y que recibió atención médica y psicológica por parte de personal especializado de la Vicefiscalía de Atención a Víctimas.

El agente del Ministerio Público a cargo de la investigación integra la carpeta correspondiente para determinar si existió la participación de terceras personas en los hechos. “No se descarta ninguna línea de investigación”, señaló la institución.

La dependencia agradeció a los medios de comunicación y a los usuarios de redes sociales que compartieron la ficha, y recordó que la denuncia por desaparición de personas puede presentarse de inmediato, sin necesidad de esperar 72 horas.

Las personas que cuenten con información sobre cualquier caso de desaparición pueden comunicarse de manera anónima a la línea de denuncia ciudadana, donde los datos serán tratados con estricta confidencialidad.

-30-

Dirección de Comunicación Social FGE Nayarit
Tel. (311) 000 7788 | @FiscaliaNay_ej | prensa@fge-nayarit.example
"""
FILES.append(('ad14.text', enc(t14), gold(
    'press_release', 'Localizan con vida a estudiante reportada como desaparecida en Xalisco', '2022-07-08',
    'La Fiscalía General del Estado de Nayarit informó que fue localizada',
    'los datos serán tratados con estricta confidencialidad.',
    ['“No se descarta ninguna línea de investigación”, señaló la institución.',
     'La Fiscalía precisó que la adolescente ya se reunió con su familia y que recibió atención médica y psicológica por parte de personal especializado de la Vicefiscalía de Atención a Víctimas.'],
    ['Tepic, Nayarit, a 8 de julio de 2022.', 'Comunicado FGE/NAY/219/2022', '-30-',
     'Dirección de Comunicación Social FGE Nayarit', 'Tel. (311) 000 7788', '@FiscaliaNay_ej',
     'prensa@fge-nayarit.example'],
    source='Fiscalía General del Estado de Nayarit', bulletin_number='FGE/NAY/219/2022',
    issuer='Fiscalía General del Estado de Nayarit', dateline_city='Tepic')))

# ---------------------------------------------------------------- ad15 jekyll, BOM, day-first date, block tags, draft false
t15 = """---
title: Festival de la Pitaya reúne a 40 productores en Sahuayo
date: 03/04/2024
author: "Redacción Ciénega Viva"
byline: Marisol Chávez Magaña
category: Región
tags:
- pitaya
- Sahuayo
- Ciénega de Chapala
draft: false
---
**Más de 40 productores de la Ciénega de Chapala participan en la primera edición del festival**

El municipio de Sahuayo realizó este miércoles la inauguración del primer Festival de la Pitaya, en el que participan más de 40 productores de la región Ciénega de Chapala con fruta fresca, nieves, mermeladas, licores y panes elaborados con la pitaya roja y amarilla.

La organizadora del evento, Graciela Godínez Zepeda, explicó que el objetivo es que el fruto, cuya temporada dura apenas unas semanas, llegue a mercados de Guadalajara y Morelia a mejor precio. Actualmente, la mayor parte de la cosecha se vende a intermediarios a orillas de la carretera.

Los productores de Jiquilpan, Villamar y Cojumatlán de Régules ofrecieron degustaciones y talleres sobre el cuidado de las cactáceas, que requieren poca agua pero son sensibles a las heladas.

La caja de pitaya de diez kilos se vendió entre 350 y 500 pesos, dependiendo del color y del tamaño. Algunos comerciantes ofrecieron paletas y aguas frescas a 25 pesos.

Al festival asistieron alrededor de 6 mil personas durante el primer día, según estimaciones de Protección Civil municipal. Se habilitó un estacionamiento en la unidad deportiva y un servicio gratuito de transporte desde el centro.

Las actividades concluirán el domingo con un concurso de recetas y la premiación a la mejor fruta de la temporada.
"""
FILES.append(('ad15.markdown', enc(t15, bom=True), gold(
    'jekyll', 'Festival de la Pitaya reúne a 40 productores en Sahuayo', '2024-04-03',
    'Más de 40 productores de la Ciénega de Chapala participan en',
    'la premiación a la mejor fruta de la temporada.',
    ['Actualmente, la mayor parte de la cosecha se vende a intermediarios a orillas de la carretera.',
     'La caja de pitaya de diez kilos se vendió entre 350 y 500 pesos, dependiendo del color y del tamaño.'],
    ['Redacción Ciénega Viva'],
    bylines=['Marisol Chávez Magaña'], source=None, section='Región')))

# ---------------------------------------------------------------- ad16 bad: saved HTML page
t16 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Aumenta afluencia en playas de Ixtapa | Costa Grande Hoy</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.min.css?v=2024.3">
<script async src="/static/js/ads.js"></script>
</head>
<body class="post-template">
<header class="site-header"><nav><a href="/">Inicio</a> <a href="/guerrero">Guerrero</a></nav></header>
<main>
<article class="post">
<h1 class="post-title">Aumenta afluencia en playas de Ixtapa</h1>
<div class="post-meta">Por Redacción | 14/07/2024</div>
<div class="post-content"><p>La ocupación hotelera en Ixtapa-Zihuatanejo alcanzó el 78 por ciento durante el fin de semana.</p></div>
</article>
</main>
<footer><p>&copy; 2024 Costa Grande Hoy. Todos los derechos reservados.</p></footer>
<script>window.dataLayer=window.dataLayer||[];</script>
</body>
</html>
"""
FILES.append(('ad16.txt', enc(t16), bad(
    'El archivo es una página HTML guardada, no una nota en texto o Markdown.')))

# ---------------------------------------------------------------- ad17 wire, Windows-1252
t17 = """La Voz de Uruapan
Estado | Aguacate

Productores de aguacate de Uruapan firman acuerdo para frenar el cambio de uso de suelo

Autor: Bernardo Tapia Rangel
Uruapan, Michoacán · 22.01.2025

Productores, empacadoras y autoridades ambientales firmaron este miércoles en Uruapan un acuerdo para dejar de comprar fruta proveniente de huertas establecidas en terrenos forestales desmontados después de 2018.

El convenio establece que cada empacadora deberá verificar, mediante imágenes satelitales, que las huertas de sus proveedores no hayan sustituido bosque en los últimos siete años. Las que incumplan perderán el acceso a los programas de exportación.

El representante de los productores, Salvador Anguiano Ceja, reconoció que el crecimiento de la superficie sembrada ha provocado la pérdida de miles de hectáreas de pino y oyamel en la meseta purépecha. “No podemos seguir creciendo a costa del agua y del bosque”, afirmó. Lee también: Temporada de heladas pone en riesgo 15 mil hectáreas de huertas en la Meseta

Comunidades indígenas de Nuevo San Juan Parangaricutiro y Cherán participaron como observadoras y pidieron que las verificaciones se hagan públicas cada seis meses.

De acuerdo con los firmantes, el acuerdo abarca a 38 empacadoras que concentran cerca del 70 por ciento de las exportaciones del estado. Las organizaciones ambientalistas lo calificaron como un avance, aunque advirtieron que sin sanciones económicas su alcance será limitado.

La primera revisión de cumplimiento se realizará en julio, con la participación de técnicos de la Comisión Forestal del estado.

Foto: Cortesía

® La Voz de Uruapan. Prohibida su reproducción total o parcial.
¿Tienes una denuncia? Escríbenos por WhatsApp al 452 000 3344
"""
FILES.append(('ad17.markdown', enc(t17, encoding='cp1252'), gold(
    'wire', 'Productores de aguacate de Uruapan firman acuerdo para frenar el cambio de uso de suelo',
    '2025-01-22',
    'Productores, empacadoras y autoridades ambientales firmaron este miércoles en Uruapan',
    'con la participación de técnicos de la Comisión Forestal del estado.',
    ['“No podemos seguir creciendo a costa del agua y del bosque”, afirmó.',
     'Las que incumplan perderán el acceso a los programas de exportación.'],
    ['Lee también: Temporada de heladas pone en riesgo 15 mil hectáreas de huertas en la Meseta',
     'Prohibida su reproducción total o parcial.',
     '¿Tienes una denuncia? Escríbenos por WhatsApp al 452 000 3344'],
    bylines=['Bernardo Tapia Rangel'], source='La Voz de Uruapan', section='Estado',
    photo_credit='Cortesía')))

# ---------------------------------------------------------------- ad18 press Michoacán, FIN
t18 = """COORDINACIÓN DE COMUNICACIÓN SOCIAL
H. AYUNTAMIENTO DE MORELIA
Boletín CCS/0042/2025

Arranca programa de bacheo en 120 colonias de Morelia

Morelia, Mich., 15 de enero de 2025.– El Ayuntamiento de Morelia puso en marcha el programa “Bachea tu Colonia”, con el que se atenderán más de 9 mil baches en las cuatro tenencias urbanas y en las principales avenidas de la capital michoacana durante el primer trimestre del año.

El secretario de Obras Públicas municipal, Ignacio Pureco Sosa, explicó que se formaron 14 cuadrillas que trabajarán en turnos matutino y nocturno, con el fin de reducir las afectaciones a la circulación en vialidades como la avenida Madero, el Periférico Paseo de la República y la salida a Charo.

La inversión asciende a 46 millones de pesos y se utilizará mezcla asfáltica en caliente producida en la planta municipal, lo que permitirá reducir costos en comparación con años anteriores.

Los vecinos podrán reportar baches a través de la línea de atención ciudadana o de la aplicación municipal, en la que se podrá consultar el avance de cada reporte. El Ayuntamiento se comprometió a atender cada solicitud en un plazo máximo de diez días hábiles.

Pureco Sosa informó que en una segunda etapa, a partir de abril, se rehabilitarán de manera integral 18 calles del Centro Histórico con concreto hidráulico y nuevas redes de agua potable y drenaje.

FIN

Síguenos: Facebook /MoreliaAyto.ejemplo · X @MoreliaAyto_ej · Instagram @morelia.gob.ej
"""
FILES.append(('ad18.txt', enc(t18), gold(
    'press_release', 'Arranca programa de bacheo en 120 colonias de Morelia', '2025-01-15',
    'El Ayuntamiento de Morelia puso en marcha el programa “Bachea tu Colonia”',
    'con concreto hidráulico y nuevas redes de agua potable y drenaje.',
    ['La inversión asciende a 46 millones de pesos y se utilizará mezcla asfáltica en caliente producida en la planta municipal, lo que permitirá reducir costos en comparación con años anteriores.',
     'El Ayuntamiento se comprometió a atender cada solicitud en un plazo máximo de diez días hábiles.'],
    ['COORDINACIÓN DE COMUNICACIÓN SOCIAL', 'Boletín CCS/0042/2025',
     'Morelia, Mich., 15 de enero de 2025.–', 'FIN', '@MoreliaAyto_ej', '@morelia.gob.ej'],
    source='H. Ayuntamiento de Morelia', bulletin_number='CCS/0042/2025',
    issuer='H. AYUNTAMIENTO DE MORELIA', dateline_city='Morelia')))

# ---------------------------------------------------------------- ad19 jekyll, ISO with offset late at night, trailing spaces
t19 = """---   
layout: post   
title:  'Ensenada instala estaciones para medir la calidad del aire en el puerto'   
date:   2024-01-09T23:15:00-08:00   
author: Iván Zamudio Peralta   
categories: medio-ambiente   
tags: [Ensenada, aire, puerto]   
---   

Ensenada contará por primera vez con una red de cuatro estaciones automáticas de monitoreo de la calidad del aire, instaladas en la zona portuaria, el centro, la delegación El Sauzal y el Valle de Maneadero.   

Las estaciones medirán partículas finas, dióxido de azufre y ozono, y publicarán sus lecturas cada hora en una plataforma abierta. El proyecto fue financiado por una asociación de investigadores locales y el gobierno municipal.   

Durante años, vecinos de la colonia Obrera y del centro han denunciado el humo de los buques que permanecen con motores encendidos mientras están atracados. La ciudad recibe cada semana cruceros, barcos graneleros y embarcaciones pesqueras.   

La investigadora Elena Manríquez Osuna explicó que los primeros datos servirán para saber si los niveles de contaminación superan las normas oficiales y en qué horarios ocurren los picos.   

"No queremos alarmar, queremos medir. Con datos se pueden tomar decisiones sobre conexiones eléctricas en muelle o sobre rutas de camiones de carga", señaló.   

El gobierno municipal indicó que los resultados se compartirán con la Administración Portuaria y con la Secretaría de Medio Ambiente estatal. Se espera un primer informe a mediados de año, con las mediciones de la temporada de invierno y de primavera.   
"""
FILES.append(('ad19.md', enc(t19), gold(
    'jekyll', 'Ensenada instala estaciones para medir la calidad del aire en el puerto', '2024-01-09',
    'Ensenada contará por primera vez con una red de cuatro estaciones',
    'con las mediciones de la temporada de invierno y de primavera.',
    ['La ciudad recibe cada semana cruceros, barcos graneleros y embarcaciones pesqueras.',
     'El proyecto fue financiado por una asociación de investigadores locales y el gobierno municipal.'],
    ['layout: post', 'tags: [Ensenada, aire, puerto]'],
    bylines=['Iván Zamudio Peralta'], source=None, section='medio-ambiente')))

# ---------------------------------------------------------------- ad20 wire, stray control byte
t20 = """**NAYARIT HOY DIGITAL**

Seguridad

### Rescatan a 11 turistas varados en lancha frente a las islas Marietas

Staff / Nayarit Hoy Digital | Bahía de Banderas, Nay. | Domingo 16 de junio de 2024

Elementos de la Secretaría de Marina rescataron la tarde del sábado a once turistas y dos tripulantes que permanecían a la deriva en una embarcación con falla en el motor, a unas cuatro millas náuticas de las islas Marietas.

Los paseantes, originarios de Guadalajara, Aguascalientes y Texas, habían salido por la mañana desde la marina de La Cruz de Huanacaxtle para un recorrido de snorkel.\x0b Cerca de las cuatro de la tarde el capitán reportó por radio que no podía encender el motor y que el oleaje aumentaba.

Una patrulla costera llegó al sitio en menos de 40 minutos y remolcó la lancha hasta el muelle de Punta de Mita. Ninguna de las personas requirió hospitalización, aunque dos mujeres fueron atendidas por deshidratación leve.

La capitanía de puerto informó que revisará los permisos y el estado mecánico de la embarcación, y recordó a los prestadores de servicios que deben contar con radio, chalecos salvavidas para todos los pasajeros y un plan de navegación registrado.

Te puede interesar: Cierran temporalmente playa del Amor por exceso de visitantes Desde 2016, el acceso al parque nacional está regulado y sólo pueden ingresar un número limitado de embarcaciones autorizadas por día, con horarios y rutas establecidos.

Foto: Nayarit Hoy / Especial

Únete a nuestro canal de WhatsApp: Nayarit Hoy Digital
© Nayarit Hoy Digital — contacto@nayarithoy.example
"""
FILES.append(('ad20.txt', enc(t20), gold(
    'wire', 'Rescatan a 11 turistas varados en lancha frente a las islas Marietas', '2024-06-16',
    'Elementos de la Secretaría de Marina rescataron la tarde del sábado',
    'autorizadas por día, con horarios y rutas establecidos.',
    ['Desde 2016, el acceso al parque nacional está regulado y sólo pueden ingresar un número limitado de embarcaciones autorizadas por día, con horarios y rutas establecidos.',
     'Ninguna de las personas requirió hospitalización, aunque dos mujeres fueron atendidas por deshidratación leve.'],
    ['NAYARIT HOY DIGITAL', 'Te puede interesar: Cierran temporalmente playa del Amor por exceso de visitantes',
     'Únete a nuestro canal de WhatsApp', 'contacto@nayarithoy.example'],
    bylines=[], source='Nayarit Hoy Digital', section='Seguridad',
    photo_credit='Nayarit Hoy / Especial')))
