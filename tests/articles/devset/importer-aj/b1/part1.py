from common import emit, gold

NB = "\u00a0"

# 01 — wire, Sonora, "## Title" + pipe byline, teaser glued mid-paragraph, newsletter pitch
t01 = """SALUD
## Hermosillo suma 41 golpes de calor en la primera ola del verano

Por Marisela Quijada Ortega | El Vigía del Desierto | Hermosillo, 18 de junio de 2024

Foto: El Vigía del Desierto / Archivo

La Secretaría de Salud de Sonora confirmó 41 casos de golpe de calor en Hermosillo durante la primera ola de temperaturas extremas del verano, tres más que en el mismo periodo del año pasado.

De acuerdo con el reporte semanal, la mayoría de los afectados son trabajadores de la construcción y jornaleros agrícolas. Lee también: Ola de calor obliga a cerrar albercas públicas en Cajeme Las autoridades recomendaron suspender labores al aire libre entre las 11:00 y las 17:00 horas.

El termómetro alcanzó 47.2 grados el domingo, la cifra más alta registrada en junio desde 2021, según la estación meteorológica del aeropuerto.

“Pedimos a la población que no espere a sentir mareo para hidratarse”, dijo el epidemiólogo Gerardo Vindiola Paz.

📩 Suscríbete a nuestro boletín y recibe cada mañana las noticias de Sonora en tu correo.

Los centros de hidratación instalados en 12 colonias permanecerán abiertos hasta el 15 de septiembre.
"""
emit("aj01", "md", t01, gold(
    family="wire",
    title="Hermosillo suma 41 golpes de calor en la primera ola del verano",
    date="2024-06-18", bylines=["Marisela Quijada Ortega"], source="El Vigía del Desierto",
    section="SALUD",
    body_first_words="La Secretaría de Salud de Sonora confirmó 41 casos de golpe de calor",
    body_last_words="permanecerán abiertos hasta el 15 de septiembre.",
    boilerplate=["Lee también: Ola de calor obliga a cerrar albercas públicas en Cajeme",
                 "Suscríbete a nuestro boletín y recibe cada mañana las noticias de Sonora en tu correo."],
    must_keep=["De acuerdo con el reporte semanal, la mayoría de los afectados son trabajadores de la construcción y jornaleros agrícolas.",
               "Las autoridades recomendaron suspender labores al aire libre entre las 11:00 y las 17:00 horas.",
               "El termómetro alcanzó 47.2 grados el domingo, la cifra más alta registrada en junio desde 2021, según la estación meteorológica del aeropuerto."],
    photo_credit="El Vigía del Desierto / Archivo"))

# 02 — press release, Yucatán state health secretariat, CRLF, ---o0o--- + contact block
t02 = """GOBIERNO DEL ESTADO DE YUCATÁN
Secretaría de Salud de Yucatán
Boletín 1102

Mérida, Yucatán, 3 de mayo de 2023

ARRANCA SEGUNDA JORNADA DE VACUNACIÓN CONTRA SARAMPIÓN EN 106 MUNICIPIOS

La Secretaría de Salud de Yucatán inició la segunda Jornada Estatal de Vacunación contra el sarampión, que se extenderá hasta el 31 de mayo en los 106 municipios del estado.  

Durante el arranque en el Centro de Salud de Mérida, la titular de Epidemiología, Leticia Cauich Balam, informó que se aplicarán 96,400 dosis a niñas y niños de uno a nueve años.

La funcionaria explicó que las brigadas visitarán escuelas, comisarías y mercados, y que las dosis son gratuitas aun cuando la cartilla esté incompleta.

Las madres, padres y tutores pueden consultar las sedes en la página de la dependencia o llamar al 800 000 1102.

---o0o---

Unidad de Comunicación Social
Secretaría de Salud de Yucatán
Tel. (999) 930 0000 ext. 41021
comunicacion.ssy@ejemplo.gob.mx
Facebook / X: @SaludYucatanEj
"""
emit("aj02", "txt", t02, gold(
    family="press_release",
    title="ARRANCA SEGUNDA JORNADA DE VACUNACIÓN CONTRA SARAMPIÓN EN 106 MUNICIPIOS",
    date="2023-05-03", source="Secretaría de Salud de Yucatán",
    bulletin_number="1102", issuer="Secretaría de Salud de Yucatán", dateline_city="Mérida",
    body_first_words="La Secretaría de Salud de Yucatán inició la segunda Jornada Estatal de Vacunación",
    body_last_words="en la página de la dependencia o llamar al 800 000 1102.",
    boilerplate=["Unidad de Comunicación Social", "Tel. (999) 930 0000 ext. 41021",
                 "comunicacion.ssy@ejemplo.gob.mx", "Facebook / X: @SaludYucatanEj"],
    must_keep=["Durante el arranque en el Centro de Salud de Mérida, la titular de Epidemiología, Leticia Cauich Balam, informó que se aplicarán 96,400 dosis a niñas y niños de uno a nueve años.",
               'La funcionaria explicó que las brigadas visitarán escuelas, comisarías y mercados, y que las dosis son gratuitas aun cuando la cartilla esté incompleta.']),
    eol="crlf")

# 03 — Jekyll, Jalisco, datetime with offset (local date differs from UTC), categories flow with Portada
t03 = """---
layout: post
title: "Guadalajara estrena carril exclusivo para bicicletas en avenida Hidalgo"
date: 2023-11-30T22:15:00-06:00
author: Rodrigo Anguiano Pelayo
categories: [Portada, Movilidad]
tags: [ciclovía, Guadalajara, infraestructura]
image: /assets/img/2023/11/ciclovia-hidalgo.jpg
site: Crónica Tapatía
comments: true
---

El Ayuntamiento de Guadalajara abrió este jueves el carril confinado para bicicletas de avenida Hidalgo, un tramo de 3.8 kilómetros que conecta el Centro Histórico con la colonia Americana.

La obra costó 62 millones de pesos y forma parte del plan de movilidad no motorizada aprobado en 2022. Durante la inauguración, el director de Movilidad municipal, Óscar Ledezma Ruvalcaba, dijo que el corredor tendrá semáforos ciclistas en 14 cruces.

> “Es la primera vez que el centro tiene una ruta continua y protegida”, señaló la ciclista urbana Fernanda Navarro.

Vecinos de la calle Pedro Moreno pidieron revisar la carga y descarga de los comercios, que ahora deberá hacerse antes de las 9:00.
"""
emit("aj03", "md", t03, gold(
    family="jekyll",
    title="Guadalajara estrena carril exclusivo para bicicletas en avenida Hidalgo",
    date="2023-11-30", bylines=["Rodrigo Anguiano Pelayo"], source="Crónica Tapatía",
    section="Movilidad", placement=["Portada"],
    body_first_words="El Ayuntamiento de Guadalajara abrió este jueves el carril confinado para bicicletas",
    body_last_words="que ahora deberá hacerse antes de las 9:00.",
    must_keep=["La obra costó 62 millones de pesos y forma parte del plan de movilidad no motorizada aprobado en 2022.",
               'Durante la inauguración, el director de Movilidad municipal, Óscar Ledezma Ruvalcaba, dijo que el corredor tendrá semáforos ciclistas en 14 cruces.']))

# 04 — wire, Oaxaca, ALL CAPS title, agency dateline, cp1252 + CRLF, "Con información de"
t04 = """REGIÓN
BLOQUEO EN LA SUPERCARRETERA DEJA VARADOS A CIENTOS DE VIAJEROS EN LA MIXTECA

Agencia Sur Informa

OAXACA, Oax. (Agencia Sur Informa).— Integrantes de una organización de transportistas mantuvieron bloqueada durante nueve horas la autopista Oaxaca–Cuacnopalan a la altura de Nochixtlán, lo que dejó varados a cientos de automovilistas.

Los manifestantes exigen al gobierno estatal la regularización de 300 concesiones de taxi colectivo que, aseguran, se tramitaron desde 2021.

“No nos vamos a mover hasta que nos den una mesa con la Secretaría de Movilidad”, afirmó su vocero, Abundio Ramírez Cruz.

Cerca de las 18:00 horas, tras un acuerdo con funcionarios estatales, los transportistas liberaron los carriles en ambos sentidos.

Con información de Agencia Sur Informa y corresponsales de la Mixteca.

Síguenos en Facebook e Instagram como @SurInformaOax
"""
emit("aj04", "txt", t04, gold(
    family="wire",
    title="BLOQUEO EN LA SUPERCARRETERA DEJA VARADOS A CIENTOS DE VIAJEROS EN LA MIXTECA",
    date=None, bylines=[], source="Agencia Sur Informa", section="REGIÓN",
    body_first_words="Integrantes de una organización de transportistas mantuvieron bloqueada durante nueve horas",
    body_last_words="los transportistas liberaron los carriles en ambos sentidos.",
    boilerplate=["Con información de Agencia Sur Informa y corresponsales de la Mixteca.",
                 "Síguenos en Facebook e Instagram como @SurInformaOax"],
    must_keep=["Los manifestantes exigen al gobierno estatal la regularización de 300 concesiones de taxi colectivo que, aseguran, se tramitaron desde 2021.",
               'Cerca de las 18:00 horas, tras un acuerdo con funcionarios estatales, los transportistas liberaron los carriles en ambos sentidos.']),
    enc="cp1252", eol="crlf")

# 05 — generic, Querétaro, a cultural-agenda note with a Markdown heading, NBSPs, no byline, no date
t05 = """# Agenda cultural: el Festival de Títeres vuelve al Centro Histórico de Querétaro

Después de dos años fuera de la capital, el Festival de Títeres de Querétaro regresa a las plazas del Centro Histórico con 23 compañías de nueve países.

Las funciones serán gratuitas en la Plaza de Armas y el Jardín Guerrero, de jueves a domingo, a partir de las 17:00{NB}horas.

La programación incluye un taller de construcción de marionetas para niñas y niños de seis a doce años, con cupo limitado a 40 participantes por sesión.

El cierre será con la compañía La Hebra Roja, que presentará su versión de “El principito” en el Teatro de la República.
""".replace("{NB}", NB)
emit("aj05", "text", t05, gold(
    family="generic",
    title="Agenda cultural: el Festival de Títeres vuelve al Centro Histórico de Querétaro",
    body_first_words="Después de dos años fuera de la capital, el Festival de Títeres de Querétaro",
    body_last_words="su versión de “El principito” en el Teatro de la República.",
    must_keep=["Las funciones serán gratuitas en la Plaza de Armas y el Jardín Guerrero, de jueves a domingo, a partir de las 17:00 horas.",
               'La programación incluye un taller de construcción de marionetas para niñas y niños de seis a doce años, con cupo limitado a 40 participantes por sesión.']))

# 06 — press release, Nuevo León municipal government, UTF-8 BOM, "Comunicado 071/2024", dateline opening paragraph, -30-
t06 = """GOBIERNO MUNICIPAL DE MONTERREY
Dirección de Comunicación Social
Comunicado 071/2024

Rehabilitan 14 parques en la colonia Independencia

Monterrey, Nuevo León, 22 de marzo de 2024.- El Gobierno Municipal de Monterrey concluyó la rehabilitación de 14 parques en la colonia Independencia, con una inversión de 18.5 millones de pesos.

Los trabajos incluyeron iluminación LED, juegos infantiles, bebederos y la reforestación con 900 árboles nativos, informó la secretaria de Servicios Públicos, Daniela Garza Treviño.

“Recuperar los espacios públicos es la mejor estrategia de prevención”, expresó durante el recorrido de entrega.

Los vecinos formarán comités de cuidado que se reunirán cada mes con personal municipal.

-30-

Contacto de prensa:
Tel. 81 0000 7100 | prensa@monterrey-ejemplo.gob.mx
"""
emit("aj06", "txt", t06, gold(
    family="press_release",
    title="Rehabilitan 14 parques en la colonia Independencia",
    date="2024-03-22", source="GOBIERNO MUNICIPAL DE MONTERREY",
    bulletin_number="071/2024", issuer="GOBIERNO MUNICIPAL DE MONTERREY", dateline_city="Monterrey",
    body_first_words="El Gobierno Municipal de Monterrey concluyó la rehabilitación de 14 parques",
    body_last_words="que se reunirán cada mes con personal municipal.",
    boilerplate=["Contacto de prensa:", "Tel. 81 0000 7100 | prensa@monterrey-ejemplo.gob.mx"],
    must_keep=["Los trabajos incluyeron iluminación LED, juegos infantiles, bebederos y la reforestación con 900 árboles nativos, informó la secretaria de Servicios Públicos, Daniela Garza Treviño.",
               'Los vecinos formarán comités de cuidado que se reunirán cada mes con personal municipal.']),
    bom=True)

# 07 — Jekyll, Chiapas, Spanish keys (fecha in words, autor, categorias block), .markdown
t07 = """---
layout: nota
title: 'Productores de café de Los Altos reciben certificación orgánica'
fecha: 5 de octubre de 2022
autor: Yolanda Gómez Pérez
categorias:
  - Destacadas
  - Economía
etiquetas:
  - café
  - Chiapas
medio: Voz de Los Altos
---

Un total de 312 productores de café de cinco municipios de Los Altos de Chiapas recibieron la certificación orgánica que les permitirá vender su grano en mercados de Europa y Canadá.

La cooperativa **Tzeltal Kapel** encabezó el proceso, que tomó tres años de inspecciones y capacitación técnica.

Según su presidente, Mariano López Santiz, el precio por quintal podría aumentar hasta 30 por ciento en la próxima cosecha.

La entrega se realizó en San Cristóbal de las Casas ante autoridades agrarias y compradores internacionales.
"""
emit("aj07", "markdown", t07, gold(
    family="jekyll",
    title="Productores de café de Los Altos reciben certificación orgánica",
    date="2022-10-05", bylines=["Yolanda Gómez Pérez"], source="Voz de Los Altos",
    section="Economía", placement=["Destacadas"],
    body_first_words="Un total de 312 productores de café de cinco municipios de Los Altos de Chiapas",
    body_last_words="ante autoridades agrarias y compradores internacionales.",
    must_keep=["Según su presidente, Mariano López Santiz, el precio por quintal podría aumentar hasta 30 por ciento en la próxima cosecha.",
               'La entrega se realizó en San Cristóbal de las Casas ante autoridades agrarias y compradores internacionales.']))

# 08 — bad: Jekyll front matter with no body (Tlaxcala)
t08 = """---
layout: post
title: "Tlaxcala alista la Feria de Huamantla 2025"
date: 2025-07-28 10:00:00 -0600
author: Redacción Tlaxcala Hoy
categories: [Cultura]
image: /img/feria-huamantla.jpg
published: true
---

"""
emit("aj08", "md", t08, gold(
    readable=False, family="bad", published=None,
    refusal_reason="front matter with no body"))

# 09 — wire, CDMX, "TÍTULO:" label, mixed line endings, teaser glued at the end of a paragraph, MÁS NOTICIAS
t09 = """TÍTULO: Metro reabre la estación Zapata tras cinco meses de obras
SECCIÓN: Ciudad
AUTOR: Jonathan Esquivel / Capital al Día
FECHA: 09/09/2025

Ciudad de México.— El Sistema de Transporte Colectivo Metro reabrió este martes la estación Zapata de la Línea 12, luego de cinco meses de trabajos de reforzamiento estructural.

La directora del organismo informó que se sustituyeron 220 apoyos de neopreno y se renovó el sistema de ventilación del andén. Te puede interesar | Así quedará la Calzada de Tlalpan para el Mundial 2026

Usuarios consultados coincidieron en que el cierre duplicó sus tiempos de traslado hacia el sur de la capital.

El servicio operará en horario normal, de 5:00 a 24:00 horas, a partir del miércoles.

MÁS NOTICIAS
- Cierran dos carriles de Periférico por obras del Trolebús
- Ecobici suma 80 cicloestaciones en Iztapalapa
- Alertan por lluvias fuertes en cinco alcaldías
"""
emit("aj09", "txt", t09, gold(
    family="wire",
    title="Metro reabre la estación Zapata tras cinco meses de obras",
    date="2025-09-09", bylines=["Jonathan Esquivel"], source="Capital al Día", section="Ciudad",
    body_first_words="El Sistema de Transporte Colectivo Metro reabrió este martes la estación Zapata",
    body_last_words="de 5:00 a 24:00 horas, a partir del miércoles.",
    boilerplate=["Te puede interesar | Así quedará la Calzada de Tlalpan para el Mundial 2026",
                 "MÁS NOTICIAS", "Cierran dos carriles de Periférico por obras del Trolebús",
                 "Ecobici suma 80 cicloestaciones en Iztapalapa",
                 "Alertan por lluvias fuertes en cinco alcaldías"],
    must_keep=["La directora del organismo informó que se sustituyeron 220 apoyos de neopreno y se renovó el sistema de ventilación del andén.",
               "Usuarios consultados coincidieron en que el cierre duplicó sus tiempos de traslado hacia el sur de la capital."]),
    eol="mixed")

# 10 — press release, Chihuahua state prosecutor, cp1252 CRLF, "No. 318/2023", -oOo-
t10 = """FISCALÍA GENERAL DEL ESTADO DE CHIHUAHUA
COMUNICADO
No. 318/2023

Ciudad Juárez, Chih., 14 de agosto de 2023

VINCULAN A PROCESO A DOS IMPUTADOS POR ROBO A TRANSPORTE DE CARGA

La Fiscalía de Distrito Zona Norte obtuvo la vinculación a proceso de dos hombres identificados como Saúl “N” y Efrén “N”, por su probable participación en el robo de un tractocamión con mercancía valuada en 2.4 millones de pesos.

De acuerdo con la investigación, los hechos ocurrieron el pasado 2 de agosto en la carretera Panamericana, a la altura del kilómetro 27.

El juez de control fijó un plazo de tres meses para el cierre de la investigación complementaria e impuso como medida cautelar la prisión preventiva.

-oOo-

Coordinación de Comunicación Social FGE
Tel. 656 000 3180
"""
emit("aj10", "txt", t10, gold(
    family="press_release",
    title="VINCULAN A PROCESO A DOS IMPUTADOS POR ROBO A TRANSPORTE DE CARGA",
    date="2023-08-14", source="FISCALÍA GENERAL DEL ESTADO DE CHIHUAHUA",
    bulletin_number="318/2023", issuer="FISCALÍA GENERAL DEL ESTADO DE CHIHUAHUA",
    dateline_city="Ciudad Juárez",
    body_first_words="La Fiscalía de Distrito Zona Norte obtuvo la vinculación a proceso de dos hombres",
    body_last_words="impuso como medida cautelar la prisión preventiva.",
    boilerplate=["Coordinación de Comunicación Social FGE", "Tel. 656 000 3180"],
    must_keep=["De acuerdo con la investigación, los hechos ocurrieron el pasado 2 de agosto en la carretera Panamericana, a la altura del kilómetro 27.",
               'El juez de control fijó un plazo de tres meses para el cierre de la investigación complementaria e impuso como medida cautelar la prisión preventiva.']),
    enc="cp1252", eol="crlf")
