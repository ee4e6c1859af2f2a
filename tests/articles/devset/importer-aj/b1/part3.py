from common import emit, gold

NB = "\u00a0"

# 21 — press release, Guerrero civil-protection office, COMUNICADO + "Número:", dateline own line, * * *, mixed EOL
t21 = """SECRETARÍA DE PROTECCIÓN CIVIL DEL ESTADO DE GUERRERO
COMUNICADO
Número: 112

Chilpancingo, Gro., 12 de julio de 2025

Mantiene Protección Civil alerta amarilla por la tormenta tropical en la Costa Grande

La Secretaría de Protección Civil del Estado mantiene la alerta amarilla en los municipios de la Costa Grande y la Costa Chica por el paso de la tormenta tropical frente a las costas de Guerrero.  

Se prevén lluvias de 150 a 250 milímetros, rachas de viento de hasta 80 kilómetros por hora y oleaje de tres a cuatro metros en Acapulco, Zihuatanejo y Tecpan de Galeana.

La dependencia habilitó 214 refugios temporales y pidió a la población no cruzar ríos ni arroyos crecidos.

* * *

Síguenos en redes sociales: @PCGuerreroEj
Emergencias: 911 | Cabina estatal 747 000 1120
"""
emit("aj21", "txt", t21, gold(
    family="press_release",
    title="Mantiene Protección Civil alerta amarilla por la tormenta tropical en la Costa Grande",
    date="2025-07-12", source="SECRETARÍA DE PROTECCIÓN CIVIL DEL ESTADO DE GUERRERO",
    bulletin_number="112", issuer="SECRETARÍA DE PROTECCIÓN CIVIL DEL ESTADO DE GUERRERO",
    dateline_city="Chilpancingo",
    body_first_words="La Secretaría de Protección Civil del Estado mantiene la alerta amarilla",
    body_last_words="pidió a la población no cruzar ríos ni arroyos crecidos.",
    boilerplate=["Síguenos en redes sociales: @PCGuerreroEj",
                 "Emergencias: 911 | Cabina estatal 747 000 1120"],
    must_keep=["Se prevén lluvias de 150 a 250 milímetros, rachas de viento de hasta 80 kilómetros por hora y oleaje de tres a cuatro metros en Acapulco, Zihuatanejo y Tecpan de Galeana.",
               'La dependencia habilitó 214 refugios temporales y pidió a la población no cruzar ríos ni arroyos crecidos.']),
    eol="mixed")

# 22 — wire, Quintana Roo, cp1252 with curly quotes, agency dateline, teaser glued mid-paragraph, newsletter pitch, archive photo
t22 = """Turismo
# Sargazo: Cancún coloca 9 kilómetros de barreras antes de Semana Santa

Por Alejandra Poot Canché | Caribe Noticias | 8 de marzo de 2024
Foto: Caribe Noticias / Archivo

CANCÚN, Q. Roo. (Caribe Noticias).— La Secretaría de Marina terminó de instalar nueve kilómetros de barreras antisargazo frente a la zona hotelera de Cancún y Puerto Morelos, a dos semanas del inicio de las vacaciones de Semana Santa.

El almirante a cargo de la estrategia, Heriberto Cen Dzul, dijo que este año se espera un arribo “moderado a alto” de la macroalga. También te recomendamos: Playa del Carmen estrena muelle para cruceros Las embarcaciones recolectoras trabajarán en turnos de 12 horas.

Hoteleros de la zona estimaron una ocupación de 85 por ciento para la temporada alta.

¿Te gustó esta nota? Recibe nuestro newsletter semanal en caribenoticias-ejemplo.mx/boletin

Síguenos en Instagram y TikTok: @CaribeNoticiasEj
"""
emit("aj22", "txt", t22, gold(
    family="wire",
    title="Sargazo: Cancún coloca 9 kilómetros de barreras antes de Semana Santa",
    date="2024-03-08", bylines=["Alejandra Poot Canché"], source="Caribe Noticias",
    section="Turismo",
    body_first_words="La Secretaría de Marina terminó de instalar nueve kilómetros de barreras antisargazo",
    body_last_words="estimaron una ocupación de 85 por ciento para la temporada alta.",
    boilerplate=["También te recomendamos: Playa del Carmen estrena muelle para cruceros",
                 "¿Te gustó esta nota? Recibe nuestro newsletter semanal en caribenoticias-ejemplo.mx/boletin",
                 "Síguenos en Instagram y TikTok: @CaribeNoticiasEj"],
    must_keep=["El almirante a cargo de la estrategia, Heriberto Cen Dzul, dijo que este año se espera un arribo “moderado a alto” de la macroalga.",
               "Las embarcaciones recolectoras trabajarán en turnos de 12 horas."],
    photo_credit="Caribe Noticias / Archivo"),
    enc="cp1252", eol="crlf")

# 23 — generic, Morelos, setext (===) heading, a museum's exhibition text with NBSPs
t23 = """La memoria del azúcar: exposición sobre las haciendas de Morelos
=================================================================

El Museo Regional de Cuernavaca presenta una muestra con 140 piezas que reconstruyen la vida en las haciendas azucareras de Morelos entre 1880 y 1910.

La exposición reúne fotografías, herramientas de trapiche, libros de raya y testimonios grabados de descendientes de peones acasillados.

La curadora, Teresa Alarcón Bahena, explica que la muestra busca “contar la historia desde el surco y no desde la casa grande”.

Podrá visitarse de martes a domingo, de 9:00 a 17:00{NB}horas, hasta el 30{NB}de noviembre.
""".replace("{NB}", NB)
emit("aj23", "md", t23, gold(
    family="generic",
    title="La memoria del azúcar: exposición sobre las haciendas de Morelos",
    body_first_words="El Museo Regional de Cuernavaca presenta una muestra con 140 piezas",
    body_last_words="de 9:00 a 17:00 horas, hasta el 30 de noviembre.",
    must_keep=["La exposición reúne fotografías, herramientas de trapiche, libros de raya y testimonios grabados de descendientes de peones acasillados.",
               'El Museo Regional de Cuernavaca presenta una muestra con 140 piezas que reconstruyen la vida en las haciendas azucareras de Morelos entre 1880 y 1910.']))

# 24 — Jekyll, Sinaloa, bare YAML date, singular category, site-specific keys, no site name
t24 = """---
layout: single
title: "Tomateros presenta refuerzos para la temporada 2021-2022"
date: 2021-06-07
author: Ramón Ochoa Lizárraga
author_role: corresponsal
category: Deportes
tags:
  - béisbol
  - Culiacán
header:
  teaser: /assets/images/tomateros-2021.jpg
permalink: /deportes/tomateros-refuerzos/
toc: false
---

La directiva de Tomateros de Culiacán presentó a seis refuerzos para la próxima temporada de la Liga Mexicana del Pacífico, entre ellos dos lanzadores abridores con experiencia en Triple A.

El gerente deportivo confirmó que el equipo realizará su pretemporada en el estadio de la ciudad a partir del 20 de septiembre.

La venta de abonos para la temporada regular comenzará el 1 de julio en taquillas y en línea.
"""
emit("aj24", "md", t24, gold(
    family="jekyll",
    title="Tomateros presenta refuerzos para la temporada 2021-2022",
    date="2021-06-07", bylines=["Ramón Ochoa Lizárraga"], source=None, section="Deportes",
    body_first_words="La directiva de Tomateros de Culiacán presentó a seis refuerzos para la próxima temporada",
    body_last_words="comenzará el 1 de julio en taquillas y en línea.",
    must_keep=["El gerente deportivo confirmó que el equipo realizará su pretemporada en el estadio de la ciudad a partir del 20 de septiembre.",
               'La venta de abonos para la temporada regular comenzará el 1 de julio en taquillas y en línea.']))

# 25 — bad: CSV export of a newsroom CMS (Aguascalientes), semicolon separated
t25 = """id;fecha;seccion;titulo;autor;visitas
10231;2024-10-01;Local;"Aguascalientes inaugura la Feria del Libro";Lorena Esparza;4120
10232;2024-10-01;Deportes;"Rieleros anuncia nuevo técnico";Staff;2980
10233;2024-10-02;Economía;"Crece 4% el empleo formal en el estado";Iván Macías;1874
10234;2024-10-02;Local;"Cierran avenida Convención por obras";Redacción;3302
"""
emit("aj25", "txt", t25, gold(
    readable=False, family="bad", published=None,
    refusal_reason="CSV export, not an article"))

# 26 — press release, San Luis Potosí water commission, BOM + CRLF, "Boletín 2231", "; a" dateline opening paragraph, FIN
t26 = """COMISIÓN ESTATAL DEL AGUA DE SAN LUIS POTOSÍ
Boletín 2231

Inicia construcción de planta potabilizadora en la zona Huasteca

San Luis Potosí, S.L.P.; a 14 de marzo de 2022.- La Comisión Estatal del Agua dio inicio a la construcción de una planta potabilizadora en Ciudad Valles que beneficiará a 48 mil habitantes de 37 colonias.

La obra tendrá una capacidad de 120 litros por segundo y una inversión de 96 millones de pesos, informó el director general del organismo, Fausto Zúñiga Robledo.

Se prevé que la planta entre en operación en el primer trimestre de 2023.

FIN

Comunicación Social CEA
Tel. 444 000 2231
"""
emit("aj26", "txt", t26, gold(
    family="press_release",
    title="Inicia construcción de planta potabilizadora en la zona Huasteca",
    date="2022-03-14", source="COMISIÓN ESTATAL DEL AGUA DE SAN LUIS POTOSÍ",
    bulletin_number="2231", issuer="COMISIÓN ESTATAL DEL AGUA DE SAN LUIS POTOSÍ",
    dateline_city="San Luis Potosí",
    body_first_words="La Comisión Estatal del Agua dio inicio a la construcción de una planta potabilizadora",
    body_last_words="entre en operación en el primer trimestre de 2023.",
    boilerplate=["Comunicación Social CEA", "Tel. 444 000 2231"],
    must_keep=["La obra tendrá una capacidad de 120 litros por segundo y una inversión de 96 millones de pesos, informó el director general del organismo, Fausto Zúñiga Robledo.",
               'Se prevé que la planta entre en operación en el primer trimestre de 2023.']),
    bom=True, eol="crlf")

# 27 — wire, Tabasco, kicker, role in byline, teaser glued to the END of a paragraph, MÁS NOTICIAS, stray control byte, mixed EOL
t27 = """POLICIACA
## Detienen a tres por robo de ganado en Huimanguillo

Por Ernesto Hidalgo Ovando, reportero | Tabasco en Línea | Villahermosa, 19 de octubre de 2021

Elementos de la Policía Estatal detuvieron a tres hombres que trasladaban 14 cabezas de ganado sin documentación en la ranchería Paso de la Mina, en Huimanguillo.

Los animales habían sido reportados como robados el fin de semana por un productor de la zona.\x0b Lee también: Ganaderos exigen operativos en la región de La Chontalpa

Los detenidos fueron puestos a disposición de la Fiscalía General del Estado, que integrará la carpeta de investigación por abigeato.

MÁS NOTICIAS
- Choque en la carretera a Cárdenas deja dos lesionados
- Suspenden clases por inundaciones en Centla
"""
emit("aj27", "md", t27, gold(
    family="wire",
    title="Detienen a tres por robo de ganado en Huimanguillo",
    date="2021-10-19", bylines=["Ernesto Hidalgo Ovando"], source="Tabasco en Línea",
    section="POLICIACA",
    body_first_words="Elementos de la Policía Estatal detuvieron a tres hombres que trasladaban 14 cabezas de ganado",
    body_last_words="integrará la carpeta de investigación por abigeato.",
    boilerplate=["Lee también: Ganaderos exigen operativos en la región de La Chontalpa",
                 "MÁS NOTICIAS", "Choque en la carretera a Cárdenas deja dos lesionados",
                 "Suspenden clases por inundaciones en Centla"],
    must_keep=["Los animales habían sido reportados como robados el fin de semana por un productor de la zona.",
               "Elementos de la Policía Estatal detuvieron a tres hombres que trasladaban 14 cabezas de ganado sin documentación en la ranchería Paso de la Mina, en Huimanguillo."]),
    eol="mixed")

# 28 — press release, Estado de México human-rights commission, "Boletín 045/2024", "; a" dateline own line, ---000---
t28 = """Comisión de Derechos Humanos del Estado de México
Boletín 045/2024

Toluca de Lerdo, Méx.; a 9 de febrero de 2024.

Emite CODHEM recomendación por negligencia médica en hospital de Ecatepec

La Comisión de Derechos Humanos del Estado de México emitió una recomendación al Instituto de Salud del Estado de México por la atención tardía a una mujer embarazada en un hospital de Ecatepec.

El organismo acreditó violaciones al derecho a la protección de la salud y pidió capacitar al personal de urgencias en atención obstétrica.

La autoridad tiene 15 días hábiles para responder si acepta la recomendación.

---000---
"""
emit("aj28", "md", t28, gold(
    family="press_release",
    title="Emite CODHEM recomendación por negligencia médica en hospital de Ecatepec",
    date="2024-02-09", source="Comisión de Derechos Humanos del Estado de México",
    bulletin_number="045/2024", issuer="Comisión de Derechos Humanos del Estado de México",
    dateline_city="Toluca de Lerdo",
    body_first_words="La Comisión de Derechos Humanos del Estado de México emitió una recomendación",
    body_last_words="15 días hábiles para responder si acepta la recomendación.",
    must_keep=["El organismo acreditó violaciones al derecho a la protección de la salud y pidió capacitar al personal de urgencias en atención obstétrica.",
               'La autoridad tiene 15 días hábiles para responder si acepta la recomendación.']))

# 29 — Jekyll, Durango, datetime with offset whose UTC date is the next day, only Portada, author Redacción
t29 = """---
layout: post
title: "Durango amanece con nevada en El Salto y Tepehuanes"
date: 2026-01-15T19:10:00-06:00
author: Redacción
categories:
  - Portada
tags: [clima, nevada, Durango]
published: true
sitio: Sierra y Valle Noticias
---

Habitantes de El Salto, en Pueblo Nuevo, y de Tepehuanes reportaron una nevada ligera durante la madrugada, con temperaturas de hasta cinco grados bajo cero.

Protección Civil estatal cerró de manera preventiva un tramo de la carretera Durango–Mazatlán, entre los kilómetros 90 y 140, por la presencia de hielo.

Se recomienda a los automovilistas circular con precaución y no viajar de noche en la sierra.
"""
emit("aj29", "md", t29, gold(
    family="jekyll",
    title="Durango amanece con nevada en El Salto y Tepehuanes",
    date="2026-01-15", bylines=[], source="Sierra y Valle Noticias", section=None,
    placement=["Portada"],
    body_first_words="Habitantes de El Salto, en Pueblo Nuevo, y de Tepehuanes reportaron una nevada ligera",
    body_last_words="circular con precaución y no viajar de noche en la sierra.",
    must_keep=["Protección Civil estatal cerró de manera preventiva un tramo de la carretera Durango–Mazatlán, entre los kilómetros 90 y 140, por la presencia de hielo.",
               'Se recomienda a los automovilistas circular con precaución y no viajar de noche en la sierra.']))

# 30 — generic, Colima, interview transcript with a bold title line, trailing spaces, NBSP
t30 = """**Entrevista: la guardia de volcanólogos que vigila al Volcán de Fuego**   

Desde el observatorio de la Universidad de Colima, un equipo de seis personas revisa cada día los sismógrafos que registran la actividad del Volcán de Fuego.  

P: ¿Cuántas explosiones registran en un día normal?  
R: Entre ocho y quince. La mayoría son pequeñas y no se ven desde la ciudad.

P: ¿Qué les preocupa más?  
R: Los flujos de lodo en temporada de lluvias, porque bajan por las barrancas hacia{NB}Comala.

El equipo publica un reporte diario que consultan Protección Civil y los ayuntamientos de la zona.
""".replace("{NB}", NB)
emit("aj30", "text", t30, gold(
    family="generic",
    title="Entrevista: la guardia de volcanólogos que vigila al Volcán de Fuego",
    body_first_words="Desde el observatorio de la Universidad de Colima, un equipo de seis personas",
    body_last_words="consultan Protección Civil y los ayuntamientos de la zona.",
    must_keep=["R: Los flujos de lodo en temporada de lluvias, porque bajan por las barrancas hacia Comala.",
               'El equipo publica un reporte diario que consultan Protección Civil y los ayuntamientos de la zona.']))
