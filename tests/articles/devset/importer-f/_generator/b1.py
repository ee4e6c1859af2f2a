# ruff: noqa: E501  (data file: long Spanish sentences and verbatim source lines)
from mk import BAD, F

B = "b1"

# ---------------- wire ----------------
F(
    B,
    "centinela-bacheo-coatza.md",
    "wire",
    "bacheo",
    "Coatzacoalcos",
    "el ayuntamiento",
    """
## Reparan más de 300 baches en avenidas de Coatzacoalcos tras lluvias

Por Ramiro Téllez Aguayo | El Centinela del Golfo | 3 de mayo de 2024

{BODY}

Foto: Especial

Síguenos en Facebook e Instagram como @centinelagolfo
""",
    dict(
        title="Reparan más de 300 baches en avenidas de Coatzacoalcos tras lluvias",
        date="2024-05-03",
        bylines=["Ramiro Téllez Aguayo"],
        source="El Centinela del Golfo",
        photo_credit="Especial",
    ),
    glue=[(1, "mid", "Lee también: Suspenden clases en tres escuelas por inundaciones")],
    boiler=["Foto: Especial", "Síguenos en Facebook e Instagram como @centinelagolfo"],
)

F(
    B,
    "veleta_refugios_mochis.txt",
    "wire",
    "mujeres",
    "Los Mochis",
    "el DIF municipal",
    """
Diario La Veleta
Martes 14 de noviembre de 2023

Abren refugio temporal para mujeres en Los Mochis

Reportera: Itzel Bocanegra

{BODY}

MÁS NOTICIAS
- Inauguran puente peatonal en la colonia Centro
- Cierre parcial en la carretera a Topolobampo
- Alistan feria del libro en la Plaza Solidaridad
""",
    dict(
        title="Abren refugio temporal para mujeres en Los Mochis",
        date="2023-11-14",
        bylines=["Itzel Bocanegra"],
        source="Diario La Veleta",
    ),
    inserts=[
        (
            1,
            "Te puede interesar:\nDetienen a dos por robo de cableado en el centro",
            ["Te puede interesar:", "Detienen a dos por robo de cableado en el centro"],
        )
    ],
    boiler=[
        "MÁS NOTICIAS",
        "- Inauguran puente peatonal en la colonia Centro",
        "- Cierre parcial en la carretera a Topolobampo",
        "- Alistan feria del libro en la Plaza Solidaridad",
    ],
    crlf=True,
)

F(
    B,
    "altiplano-campo-fresnillo.md",
    "wire",
    "campo",
    "Fresnillo",
    "la delegación agraria",
    """
jue 14 dic 2023 · Noticias Altiplano

Piden transparencia en padrón de apoyos al campo en Fresnillo

{BODY}

Con información de agencias y corresponsales.

—Fausto Rentería
""",
    dict(
        title="Piden transparencia en padrón de apoyos al campo en Fresnillo",
        date="2023-12-14",
        bylines=["Fausto Rentería"],
        source="Noticias Altiplano",
    ),
    glue=[(2, "start", "Relacionado: Granizada daña 400 hectáreas de frijol")],
    boiler=["Con información de agencias y corresponsales."],
)

F(
    B,
    "cronica-serrana-incendio-reforestacion.md",
    "wire",
    "medioambiente",
    "Guachochi",
    "la comisión forestal",
    """
Crónica Serrana
Publicado: 2023-08-21T22:40:00-06:00
Last updated: Aug 22, 2023 04:40 AM

# Voluntarios reforestan 80 hectáreas dañadas por incendio en Guachochi

Por Gumersindo Pacheco, corresponsal

Foto: Crónica Serrana / Archivo

{BODY}

📩 Recibe las noticias más importantes de la sierra en tu correo: suscríbete a nuestro boletín gratuito.
""",
    dict(
        title="Voluntarios reforestan 80 hectáreas dañadas por incendio en Guachochi",
        date="2023-08-21",
        bylines=["Gumersindo Pacheco"],
        source="Crónica Serrana",
        photo_credit="Crónica Serrana / Archivo",
    ),
    glue=[(1, "end", "También te recomendamos: Brigadistas piden mejores salarios")],
    boiler=[
        "Last updated: Aug 22, 2023 04:40 AM",
        "Foto: Crónica Serrana / Archivo",
        "📩 Recibe las noticias más importantes de la sierra en tu correo: suscríbete a nuestro boletín gratuito.",
    ],
    enc="utf-8-sig",
)

F(
    B,
    "pregon-occidente-transporte.text",
    "wire",
    "transporte",
    "Tepic",
    "la dirección de movilidad",
    """
El Pregón de Occidente / Tepic
hace 2 horas

Nuevas unidades de transporte urbano no llegan a colonias del poniente

Por Redacción

{BODY}

Únete a nuestro canal de Telegram: t.me/pregonoccidente
""",
    dict(
        title="Nuevas unidades de transporte urbano no llegan a colonias del poniente",
        date=None,
        bylines=[],
        source="El Pregón de Occidente",
    ),
    glue=[(2, "end", "Te puede interesar | Suben tarifas de taxis colectivos")],
    boiler=["hace 2 horas", "Únete a nuestro canal de Telegram: t.me/pregonoccidente"],
    enc="cp1252",
)

F(
    B,
    "vozbajio-mercado-celaya.md",
    "wire",
    "mercado",
    "Celaya",
    "el ayuntamiento",
    """
Voz del Bajío Hoy | Celaya, Gto. | 06-09-2022

Comerciantes del mercado Hidalgo rechazan
reubicación temporal durante remodelación

Por Leticia Olvera y Redacción

{BODY}

Únete al canal de WhatsApp de Voz del Bajío Hoy y recibe las noticias al momento.
""",
    dict(
        title="Comerciantes del mercado Hidalgo rechazan reubicación temporal durante remodelación",
        date="2022-09-06",
        bylines=["Leticia Olvera"],
        source="Voz del Bajío Hoy",
    ),
    inserts=[
        (
            0,
            "Checa esto →\nLocatarios del mercado Juárez cierran en protesta",
            ["Checa esto →", "Locatarios del mercado Juárez cierran en protesta"],
        )
    ],
    boiler=["Únete al canal de WhatsApp de Voz del Bajío Hoy y recibe las noticias al momento."],
)

F(
    B,
    "mirador-semanario-deporte.md",
    "wire",
    "deporte",
    "Zitácuaro",
    "el instituto del deporte",
    """
Semanario El Mirador — Edición 2024/02/29

**Rehabilitan unidad deportiva de la colonia Moctezuma**

Texto y fotos: Nayeli Ibarra

{BODY}

LO MÁS LEÍDO
• Vecinos bloquean la salida a Morelia por falta de agua
• Presentan cartelera del carnaval 2024

¿Tienes una denuncia? Escríbenos a redaccion@semanario-elmirador.example
""",
    dict(
        title="Rehabilitan unidad deportiva de la colonia Moctezuma",
        date="2024-02-29",
        bylines=["Nayeli Ibarra"],
        source="Semanario El Mirador",
    ),
    glue=[(1, "start", "Lee además ► Arranca liga infantil de béisbol")],
    boiler=[
        "LO MÁS LEÍDO",
        "• Vecinos bloquean la salida a Morelia por falta de agua",
        "• Presentan cartelera del carnaval 2024",
        "¿Tienes una denuncia? Escríbenos a redaccion@semanario-elmirador.example",
    ],
)

# ---------------- press releases ----------------
F(
    B,
    "boletin-1102-recoleccion.txt",
    "press_release",
    "basura",
    "Mérida",
    "la Dirección de Servicios Públicos Municipales",
    """
H. AYUNTAMIENTO DE MÉRIDA
Dirección de Servicios Públicos Municipales
Boletín 1102

Arranca nuevo esquema de recolección de basura por sectores

{BODY}

---o0o---

Unidad de Comunicación Social
Tel. (999) 555 01 23
comunicacion.merida@example.mx
""",
    dict(
        title="Arranca nuevo esquema de recolección de basura por sectores",
        date="2023-05-03",
        source="Dirección de Servicios Públicos Municipales",
        bulletin_number="1102",
        issuer="Dirección de Servicios Públicos Municipales",
        dateline_city="Mérida",
    ),
    lead="Mérida, Yucatán, 3 de mayo de 2023.-",
    boiler=[
        "Unidad de Comunicación Social",
        "Tel. (999) 555 01 23",
        "comunicacion.merida@example.mx",
    ],
)

F(
    B,
    "com-318-2023-ceas.md",
    "press_release",
    "agua",
    "Saltillo",
    "la Comisión Estatal de Agua y Saneamiento",
    """
COMUNICADO
No. 318/2023
Comisión Estatal de Agua y Saneamiento de Coahuila

Saltillo, Coah., 12 de julio de 2023

Concluye sustitución de tubería en 14 colonias de Saltillo

**• Se invirtieron 38 millones de pesos en la obra**
**• Más de 20 mil habitantes tendrán servicio continuo**

{BODY}

-oOo-
""",
    dict(
        title="Concluye sustitución de tubería en 14 colonias de Saltillo",
        date="2023-07-12",
        source="Comisión Estatal de Agua y Saneamiento de Coahuila",
        bulletin_number="318/2023",
        issuer="Comisión Estatal de Agua y Saneamiento de Coahuila",
        dateline_city="Saltillo",
    ),
)

F(
    B,
    "comunicado-071-2024-imdc.md",
    "press_release",
    "deporte",
    "Ciudad Obregón",
    "el Instituto Municipal del Deporte",
    """
Gobierno Municipal de Cajeme
Instituto Municipal del Deporte de Cajeme
Comunicado 071/2024
Viernes 9 de febrero de 2024

Entregan canchas rehabilitadas en cinco colonias de Cajeme

{BODY}

###

Síguenos: @DeporteCajeme en Facebook e Instagram
deporte.cajeme@example.mx
""",
    dict(
        title="Entregan canchas rehabilitadas en cinco colonias de Cajeme",
        date="2024-02-09",
        source="Instituto Municipal del Deporte de Cajeme",
        bulletin_number="071/2024",
        issuer="Instituto Municipal del Deporte de Cajeme",
        dateline_city="Cd. Obregón",
    ),
    lead="Cd. Obregón, Sonora; a 9 de febrero.-",
    boiler=["Síguenos: @DeporteCajeme en Facebook e Instagram", "deporte.cajeme@example.mx"],
)

F(
    B,
    "congreso-dgo-boletin-0097.txt",
    "press_release",
    "congreso",
    "Durango",
    "el Congreso del Estado",
    """
CONGRESO DEL ESTADO DE DURANGO
Boletín No. 0097

APRUEBAN REFORMA QUE OBLIGA A MUNICIPIOS A PUBLICAR CONTRATOS DE OBRA

{BODY}

* * *

Coordinación de Comunicación Social del Congreso
Tels. 618 555 2200 ext. 140 y 141
""",
    dict(
        title="APRUEBAN REFORMA QUE OBLIGA A MUNICIPIOS A PUBLICAR CONTRATOS DE OBRA",
        date="2023-11-22",
        source="CONGRESO DEL ESTADO DE DURANGO",
        bulletin_number="0097",
        issuer="CONGRESO DEL ESTADO DE DURANGO",
        dateline_city="Victoria de Durango",
    ),
    lead="Victoria de Durango, Dgo., 22 de noviembre de 2023.–",
    boiler=[
        "Coordinación de Comunicación Social del Congreso",
        "Tels. 618 555 2200 ext. 140 y 141",
    ],
    crlf=True,
)

F(
    B,
    "uavo-enfermeria-becas.txt",
    "press_release",
    "universidad",
    "Oaxaca de Juárez",
    "la Facultad de Enfermería y Obstetricia",
    """
UNIVERSIDAD AUTÓNOMA DE LOS VALLES DE OAXACA
Facultad de Enfermería y Obstetricia
UAVO/CS/027/2022

Estudiantes de Enfermería recibirán becas de permanencia

{BODY}

-30-
""",
    dict(
        title="Estudiantes de Enfermería recibirán becas de permanencia",
        date="2022-10-05",
        source="Facultad de Enfermería y Obstetricia",
        bulletin_number="UAVO/CS/027/2022",
        issuer="Facultad de Enfermería y Obstetricia",
        dateline_city="Oaxaca de Juárez",
    ),
    lead="Oaxaca de Juárez, Oax., a 5 de octubre de 2022.—",
    enc="cp1252",
)

F(
    B,
    "sader-chihuahua-maiz.md",
    "press_release",
    "campo",
    "Cuauhtémoc",
    "la Oficina de Representación",
    """
SECRETARÍA DE AGRICULTURA Y DESARROLLO RURAL
Oficina de Representación en Chihuahua
Boletín OR-CHIH/045/2024

Entregan semilla y fertilizante a productores de maíz del noroeste de Chihuahua

{BODY}

FIN

Para más información:
Área de Difusión, Oficina de Representación en Chihuahua
difusion.chihuahua@example.mx | (614) 555 87 40
""",
    dict(
        title="Entregan semilla y fertilizante a productores de maíz del noroeste de Chihuahua",
        date="2024-03-18",
        source="Oficina de Representación en Chihuahua",
        bulletin_number="OR-CHIH/045/2024",
        issuer="Oficina de Representación en Chihuahua",
        dateline_city="Cd. Cuauhtémoc",
    ),
    lead="Cd. Cuauhtémoc, Chih., 18 de marzo de 2024.-",
    boiler=[
        "Para más información:",
        "Área de Difusión, Oficina de Representación en Chihuahua",
        "difusion.chihuahua@example.mx | (614) 555 87 40",
    ],
)

F(
    B,
    "ieepct-capacitacion-casillas.md",
    "press_release",
    "electoral",
    "Villahermosa",
    "el Instituto Electoral",
    """
Instituto Electoral y de Participación Ciudadana de Tabasco

Arranca segunda etapa de capacitación a funcionarios de casilla

{BODY}

Texto: Perla Saucedo
Foto: IEPCT

Atentamente
Coordinación de Comunicación Social

oo0oo
""",
    dict(
        title="Arranca segunda etapa de capacitación a funcionarios de casilla",
        date="2024-04-27",
        bylines=["Perla Saucedo"],
        source="Instituto Electoral y de Participación Ciudadana de Tabasco",
        issuer="Instituto Electoral y de Participación Ciudadana de Tabasco",
        dateline_city="Villahermosa",
        photo_credit="IEPCT",
    ),
    lead="Villahermosa, Tab.; a 27 de abril de 2024.-",
    boiler=["Foto: IEPCT"],
)

# ---------------- jekyll ----------------
F(
    B,
    "2023-03-14-feria-empleo-regional.md",
    "jekyll",
    "empleo",
    "Irapuato",
    "la secretaría de economía local",
    """
---
layout: post
title: "Feria del empleo ofrecerá 1,200 vacantes en Irapuato"
date: 2023-03-14
author: Octavio Nájera
categories: [Portada, Economía]
tags:
  - empleo
  - irapuato
---

{BODY}
""",
    dict(
        title="Feria del empleo ofrecerá 1,200 vacantes en Irapuato",
        date="2023-03-14",
        bylines=["Octavio Nájera"],
        section="Economía",
        placement=["Portada"],
    ),
)

F(
    B,
    "2021-06-30-apagones-mexicali.markdown",
    "jekyll",
    "energia",
    "Mexicali",
    "la paramunicipal de alumbrado",
    """
---
titulo: Vecinos de Mexicali denuncian apagones de hasta diez horas
date: 2021-06-30 21:45:00 -0700
autor:
  - Citlali Duarte
  - Baltazar Huerta
categories:
  - Destacadas
  - Principal
  - Local
layout: nota
---
{BODY}
""",
    dict(
        title="Vecinos de Mexicali denuncian apagones de hasta diez horas",
        date="2021-06-30",
        bylines=["Citlali Duarte", "Baltazar Huerta"],
        section="Local",
        placement=["Destacadas", "Principal"],
    ),
    inserts=[(1, "## Lo que dicen los vecinos", [])],
)

F(
    B,
    "2022-10-04-festival-otono.md",
    "jekyll",
    "cultura",
    "San Luis Potosí",
    "la secretaría de cultura estatal",
    """
---
layout: articulo
title: 'Festival de Otoño llenará de música las plazas potosinas'
fecha: 5 de octubre de 2022
category: Cultura
author: Redacción Cauce Norte
published: false
---

{BODY}
""",
    dict(
        title="Festival de Otoño llenará de música las plazas potosinas",
        date="2022-10-05",
        published=False,
        bylines=["Redacción Cauce Norte"],
        section="Cultura",
    ),
)

F(
    B,
    "2019-04-23-ligas-infantiles.md",
    "jekyll",
    "deporte",
    "Tlaquepaque",
    "la dirección de deportes",
    """
---
title: Ligas infantiles suspenden partidos por falta de canchas
date: "23/04/2019"
author: Rigoberto Galindo
categories: portada deportes comunidad
---

{BODY}
""",
    dict(
        title="Ligas infantiles suspenden partidos por falta de canchas",
        date="2019-04-23",
        bylines=["Rigoberto Galindo"],
        section="deportes",
        placement=["portada"],
    ),
    crlf=True,
    inserts=[
        (
            2,
            "> «Los niños ya no tienen dónde jugar los sábados», lamentó una entrenadora de la liga.",
            [],
        )
    ],
)

F(
    B,
    "mercado-remodelacion-borrador.md",
    "jekyll",
    "mercado",
    "Tulancingo",
    "la presidencia municipal",
    """
---
layout: post
title: Locatarios piden apoyo económico durante la remodelación del mercado
date: 2022-02-30
author: [Eleazar Cisneros]
categories: [Municipios]
---

{BODY}
""",
    dict(
        title="Locatarios piden apoyo económico durante la remodelación del mercado",
        date=None,
        published=False,
        bylines=["Eleazar Cisneros"],
        section="Municipios",
    ),
)

F(
    B,
    "2020-11-02-altar-monumental.md",
    "jekyll",
    "cultura",
    "Pátzcuaro",
    "el ayuntamiento",
    """
---
title: "Instalan altar monumental en la plaza de Pátzcuaro"
draft: true
author: ["Belén Escamilla", "Redacción"]
categories:
- Principal
- Tradiciones
tags: [día de muertos, michoacán]
---

{BODY}
""",
    dict(
        title="Instalan altar monumental en la plaza de Pátzcuaro",
        date="2020-11-02",
        published=False,
        bylines=["Belén Escamilla", "Redacción"],
        section="Tradiciones",
        placement=["Principal"],
    ),
    enc="utf-8-sig",
)

# ---------------- generic ----------------
F(
    B,
    "notas-cobertura-informe.md",
    "generic",
    "salud",
    "Culiacán",
    "la secretaría de salud",
    """
# Notas para la cobertura de la campaña de vacunación

{BODY}
""",
    dict(title="Notas para la cobertura de la campaña de vacunación", date=None, published=True),
)

F(
    B,
    "pendientes-reunion-vecinos.eml",
    "generic",
    "agua",
    "Apizaco",
    "la comisión de agua",
    """
De: Mesa de Edición <mesa@example.mx>
Para: reporteros@example.mx
Asunto: Pendientes tras la reunión con vecinos por el agua
Fecha: lun 15 ene 2024 10:32

Hola, equipo:

{BODY}

Saludos,
Mesa de Edición
""",
    dict(title="Pendientes tras la reunión con vecinos por el agua", date="2024-01-15"),
    boiler=["Hola, equipo:", "Saludos,", "Mesa de Edición"],
)

F(
    B,
    "minuta-planeacion.txt",
    "generic",
    "escuelas",
    "Tuxtla Gutiérrez",
    "la secretaría de educación",
    """
Minuta de la junta de planeación semanal
========================================

{BODY}
""",
    dict(title="Minuta de la junta de planeación semanal", date=None),
    npar=5,
    inserts=[
        (
            2,
            "Acuerdos:\n- Confirmar la agenda de recorridos con la supervisión escolar.\n- Pedir fotografías de los sanitarios dañados.\n- Revisar cifras de matrícula con el área de datos.",
            [],
        )
    ],
)

# ---------------- bad ----------------
BAD(B, "2023-01-09-sin-contenido.md", b"", "empty file")
BAD(
    B,
    "nota-guardada.htm",
    """<!DOCTYPE html>
<html lang="es-MX">
<head><meta charset="utf-8"><title>Inauguran puente | Diario Ejemplo</title>
<link rel="stylesheet" href="/assets/css/main.css"></head>
<body><header class="site-header"><nav><a href="/">Inicio</a> <a href="/local">Local</a></nav></header>
<main><article><h1>Inauguran puente vehicular en la zona norte</h1>
<p class="byline">Por Redacción</p><p>El puente fue inaugurado este martes.</p></article></main>
<footer>© 2023 Todos los derechos reservados</footer><script src="/assets/js/app.js"></script>
</body></html>
""",
    "saved HTML page",
)
