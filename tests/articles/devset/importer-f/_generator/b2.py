import random

from mk import BAD, F

B = "b2"

# ---------------- wire ----------------
F(
    B,
    "ribereno-dren-reynosa.md",
    "wire",
    "lluvias",
    "Reynosa",
    "protección civil municipal",
    """
Reynosa, Tamaulipas · 2023-09-18T23:15:00-05:00

Desbordamiento de dren deja 60 viviendas inundadas en Reynosa

Por Crispín Valdivia / Diario Ribereño

{BODY}

Foto: Diario Ribereño
""",
    dict(
        title="Desbordamiento de dren deja 60 viviendas inundadas en Reynosa",
        date="2023-09-18",
        bylines=["Crispín Valdivia"],
        source="Diario Ribereño",
        photo_credit="Diario Ribereño",
    ),
    glue=[(2, "mid", "LEE TAMBIÉN: Cierran puente internacional por crecida del río")],
    boiler=["Foto: Diario Ribereño"],
)

F(
    B,
    "faro-peninsular-refugios-campeche.md",
    "wire",
    "turismo",
    "Ciudad del Carmen",
    "la dirección de turismo",
    """
El Faro Peninsular | 12.06.2023

# Hoteleros de Ciudad del Carmen prevén buena temporada de verano

{BODY}

Por Ximena Dzul

Síguenos en X: @faropeninsular
""",
    dict(
        title="Hoteleros de Ciudad del Carmen prevén buena temporada de verano",
        date="2023-06-12",
        bylines=["Ximena Dzul"],
        source="El Faro Peninsular",
    ),
    inserts=[
        (
            2,
            "Te puede interesar\nAbren nueva ruta aérea entre Carmen y Monterrey",
            ["Te puede interesar", "Abren nueva ruta aérea entre Carmen y Monterrey"],
        )
    ],
    boiler=["Síguenos en X: @faropeninsular"],
    enc="utf-8-sig",
    crlf=True,
)

F(
    B,
    "notimar-costa-pesca-mazatlan.markdown",
    "wire",
    "empleo",
    "Mazatlán",
    "la secretaría de economía estatal",
    """
Notimar Costa
Hace 45 minutos

Empresas pesqueras ofrecerán 800 vacantes en feria del empleo de Mazatlán

Por Octavio Lizárraga | sáb 2 mar 2024

{BODY}

También te puede interesar
* Llega crucero con 3 mil pasajeros al muelle fiscal
* Varan lobos marinos en playa Olas Altas
* Alistan torneo de pesca deportiva

Descarga la app de Notimar Costa en iOS y Android y activa las notificaciones.
""",
    dict(
        title="Empresas pesqueras ofrecerán 800 vacantes en feria del empleo de Mazatlán",
        date="2024-03-02",
        bylines=["Octavio Lizárraga"],
        source="Notimar Costa",
    ),
    glue=[(1, "mid", "Lee también: Suben precios del camarón en el mercado")],
    boiler=[
        "Hace 45 minutos",
        "También te puede interesar",
        "* Llega crucero con 3 mil pasajeros al muelle fiscal",
        "* Varan lobos marinos en playa Olas Altas",
        "* Alistan torneo de pesca deportiva",
        "Descarga la app de Notimar Costa en iOS y Android y activa las notificaciones.",
    ],
)

F(
    B,
    "enlace-huasteco-basura.txt",
    "wire",
    "basura",
    "Ciudad Valles",
    "el ayuntamiento",
    """
Enlace Huasteco
Ciudad Valles, S.L.P., 31 de junio de 2023

Acumulación de basura en colonias de Ciudad Valles rebasa a recolectores

Por Redacción

Foto: Cortesía / Ayuntamiento

{BODY}

Con información de Zenaida Tamez
""",
    dict(
        title="Acumulación de basura en colonias de Ciudad Valles rebasa a recolectores",
        date=None,
        bylines=[],
        source="Enlace Huasteco",
        photo_credit="Cortesía / Ayuntamiento",
    ),
    glue=[(2, "start", "No te lo pierdas: Relleno sanitario opera al límite")],
    boiler=["Foto: Cortesía / Ayuntamiento", "Con información de Zenaida Tamez"],
)

F(
    B,
    "observador-minero-escuelas.text",
    "wire",
    "escuelas",
    "Parral",
    "la secretaría de educación",
    """
Escuelas de Parral siguen sin ventiladores en plena ola de calor
El Observador Minero
Lunes 3 de octubre de 2022
Posted on October 3, 2022 by admin
Texto: Heriberto Maldonado y Soledad Quiroga

{BODY}

Contacto: redaccion@observadorminero.example | WhatsApp 627 555 0199
""",
    dict(
        title="Escuelas de Parral siguen sin ventiladores en plena ola de calor",
        date="2022-10-03",
        bylines=["Heriberto Maldonado", "Soledad Quiroga"],
        source="El Observador Minero",
    ),
    glue=[(1, "end", "Relacionado ➜ Padres de familia toman primaria en la colonia Centro")],
    boiler=[
        "Posted on October 3, 2022 by admin",
        "Contacto: redaccion@observadorminero.example | WhatsApp 627 555 0199",
    ],
    wrap=72,
)

F(
    B,
    "meridiano105-seguridad.md",
    "wire",
    "seguridad",
    "Ensenada",
    "la dirección de seguridad pública",
    """
### Policía de proximidad llega a 12 colonias de Ensenada

Meridiano 105
Autor: Tadeo Echeverría
9 dic. 2022 · 18:40 h

{BODY}

MÁS DE MERIDIANO 105
- Detienen a presunto asaltante de tiendas de conveniencia
- Reabren la carretera escénica tras deslave

📲 Recibe nuestras noticias por Telegram: t.me/meridiano105
✉️ Suscríbete al boletín matutino en meridiano105.example/boletin
""",
    dict(
        title="Policía de proximidad llega a 12 colonias de Ensenada",
        date="2022-12-09",
        bylines=["Tadeo Echeverría"],
        source="Meridiano 105",
    ),
    glue=[(1, "start", "Te recomendamos >> Suman 14 robos a transporte público en noviembre")],
    boiler=[
        "MÁS DE MERIDIANO 105",
        "- Detienen a presunto asaltante de tiendas de conveniencia",
        "- Reabren la carretera escénica tras deslave",
        "📲 Recibe nuestras noticias por Telegram: t.me/meridiano105",
        "✉️ Suscríbete al boletín matutino en meridiano105.example/boletin",
    ],
)

F(
    B,
    "pulso-sierra-vivienda.txt",
    "wire",
    "vivienda",
    "Zacapoaxtla",
    "el registro agrario",
    """
PIDEN ESCRITURAS PARA FAMILIAS QUE VIVEN EN PREDIOS IRREGULARES

Pulso de la Sierra — 20-01-2024
Por Dulce María Fonseca y Rigoberto Anaya

{BODY}

Foto: Especial / Pulso de la Sierra
""",
    dict(
        title="PIDEN ESCRITURAS PARA FAMILIAS QUE VIVEN EN PREDIOS IRREGULARES",
        date="2024-01-20",
        bylines=["Dulce María Fonseca", "Rigoberto Anaya"],
        source="Pulso de la Sierra",
        photo_credit="Especial / Pulso de la Sierra",
    ),
    inserts=[
        (
            1,
            "» Lectura recomendada:\nNotarios ofrecen descuentos en enero",
            ["» Lectura recomendada:", "Notarios ofrecen descuentos en enero"],
        )
    ],
    boiler=["Foto: Especial / Pulso de la Sierra"],
    enc="cp1252",
)

# ---------------- press releases ----------------
F(
    B,
    "comunicado-118-2023-saza.md",
    "press_release",
    "agua",
    "Zacatecas",
    "la Secretaría del Agua",
    """
GOBIERNO DEL ESTADO DE ZACATECAS
Secretaría del Agua y Medio Ambiente
Comunicado No. 118/2023

Perforan dos nuevos pozos para abastecer a la zona conurbada

{BODY}

---000---

Tel. 492 555 1010 | @SAMAZacatecas
""",
    dict(
        title="Perforan dos nuevos pozos para abastecer a la zona conurbada",
        date="2023-08-14",
        source="Secretaría del Agua y Medio Ambiente",
        bulletin_number="118/2023",
        issuer="Secretaría del Agua y Medio Ambiente",
        dateline_city="Zacatecas",
    ),
    lead="Zacatecas, Zac., 14 de agosto de 2023.-",
    boiler=["Tel. 492 555 1010 | @SAMAZacatecas"],
)

F(
    B,
    "pc-tepic-boletin-0412.txt",
    "press_release",
    "lluvias",
    "Tepic",
    "Protección Civil",
    """
Tepic, Nayarit, a 2 de septiembre de 2022
H. XLII Ayuntamiento de Tepic
Dirección Municipal de Protección Civil
BOLETÍN INFORMATIVO 0412

Habilitan tres albergues por lluvias en colonias del norte de Tepic

- **Se entregan cobertores y despensas a 150 familias**
- **Brigadas revisan cauces de arroyos**

{BODY}

- - -
""",
    dict(
        title="Habilitan tres albergues por lluvias en colonias del norte de Tepic",
        date="2022-09-02",
        source="Dirección Municipal de Protección Civil",
        bulletin_number="0412",
        issuer="Dirección Municipal de Protección Civil",
        dateline_city="Tepic",
    ),
)

F(
    B,
    "cedhq-mujeres-8m.md",
    "press_release",
    "mujeres",
    "Querétaro",
    "la Comisión",
    """
CEDHQ/CS/112/2024
Comisión Estatal de Derechos Humanos de Querétaro

Comisión pide garantizar recursos para refugios de mujeres

{BODY}

—FIN—

Unidad de Comunicación Social
comunicacion@cedhq.example
www.cedhq.example
""",
    dict(
        title="Comisión pide garantizar recursos para refugios de mujeres",
        date="2024-03-08",
        source="Comisión Estatal de Derechos Humanos de Querétaro",
        bulletin_number="CEDHQ/CS/112/2024",
        issuer="Comisión Estatal de Derechos Humanos de Querétaro",
        dateline_city="Santiago de Querétaro",
    ),
    lead="Santiago de Querétaro, Qro., 8 de marzo de 2024.—",
    boiler=["Unidad de Comunicación Social", "comunicacion@cedhq.example", "www.cedhq.example"],
)

F(
    B,
    "conafor-campeche-019.md",
    "press_release",
    "medioambiente",
    "Campeche",
    "la Promotoría Forestal",
    """
COMISIÓN NACIONAL FORESTAL
Promotoría de Desarrollo Forestal en Campeche
Boletín CNF-CAM-019

Reforestan 40 hectáreas de selva en Calakmul con especies nativas

{BODY}

oOo
""",
    dict(
        title="Reforestan 40 hectáreas de selva en Calakmul con especies nativas",
        date="2023-05-21",
        source="Promotoría de Desarrollo Forestal en Campeche",
        bulletin_number="CNF-CAM-019",
        issuer="Promotoría de Desarrollo Forestal en Campeche",
        dateline_city="San Francisco de Campeche",
    ),
    lead="San Francisco de Campeche, Camp., a 21 de mayo de 2023.-",
    crlf=True,
)

F(
    B,
    "pj-tamaulipas-0058.md",
    "press_release",
    "justicia",
    "Ciudad Victoria",
    "el Poder Judicial",
    """
Comunicado PJ-0058/2024

PODER JUDICIAL DEL ESTADO DE TAMAULIPAS

Inician operaciones dos juzgados de oralidad familiar en la capital

{BODY}

-- 30 --

Síguenos en redes sociales: @PJTamaulipasInforma
""",
    dict(
        title="Inician operaciones dos juzgados de oralidad familiar en la capital",
        date="2024-01-30",
        source="PODER JUDICIAL DEL ESTADO DE TAMAULIPAS",
        bulletin_number="PJ-0058/2024",
        issuer="PODER JUDICIAL DEL ESTADO DE TAMAULIPAS",
        dateline_city="Cd. Victoria",
    ),
    lead="Cd. Victoria, Tam.; 30 de enero de 2024.–",
    boiler=["Síguenos en redes sociales: @PJTamaulipasInforma"],
)

F(
    B,
    "caap-desazolve-centro.txt",
    "press_release",
    "agua",
    "Pachuca",
    "la Comisión de Agua",
    """
Comisión de Agua y Alcantarillado de Pachuca

Realizan trabajos de desazolve en colectores
del centro histórico de Pachuca

Pachuca de Soto, Hidalgo, 11 de junio de 2021

{BODY}

Atentamente
Área de Comunicación

0o0
""",
    dict(
        title="Realizan trabajos de desazolve en colectores del centro histórico de Pachuca",
        date="2021-06-11",
        source="Comisión de Agua y Alcantarillado de Pachuca",
        issuer="Comisión de Agua y Alcantarillado de Pachuca",
        dateline_city="Pachuca de Soto",
    ),
    enc="cp1252",
)

F(
    B,
    "uasg-turismo-boletin-233.md",
    "press_release",
    "turismo",
    "Acapulco",
    "la Escuela Superior de Turismo",
    """
Universidad Autónoma del Sur de Guerrero
Escuela Superior de Turismo
Boletín 233

Estudiantes de Turismo apoyarán en módulos de información durante el verano

Por: Jacinto Bañuelos

{BODY}

Foto: Escuela Superior de Turismo

=== FIN ===

Síguenos en redes: /UASGoficial
""",
    dict(
        title="Estudiantes de Turismo apoyarán en módulos de información durante el verano",
        date="2022-07-15",
        bylines=["Jacinto Bañuelos"],
        source="Escuela Superior de Turismo",
        bulletin_number="233",
        issuer="Escuela Superior de Turismo",
        dateline_city="Acapulco",
        photo_credit="Escuela Superior de Turismo",
    ),
    lead="Acapulco, Gro., 15 de julio de 2022.-",
    boiler=["Foto: Escuela Superior de Turismo", "Síguenos en redes: /UASGoficial"],
)

# ---------------- jekyll ----------------
F(
    B,
    "2022-08-15-rondines-nocturnos.md",
    "jekyll",
    "seguridad",
    "Matamoros",
    "la policía municipal",
    """
---
title: "Vecinos y policías organizan rondines nocturnos en Matamoros"
date: "2022-08-15"
author: Redacción
categories:
  - Destacadas
  - Seguridad
tags: vecinos policía matamoros
---

{BODY}
""",
    dict(
        title="Vecinos y policías organizan rondines nocturnos en Matamoros",
        date="2022-08-15",
        bylines=["Redacción"],
        section="Seguridad",
        placement=["Destacadas"],
    ),
    inserts=[(1, "### Cómo funcionan los rondines", [])],
)

F(
    B,
    "2023-01-31-brote-influenza.md",
    "jekyll",
    "salud",
    "Torreón",
    "la jurisdicción sanitaria",
    """
---
layout: nota
date: 2023-01-31 23:50:00
title: Jurisdicción sanitaria reporta aumento de casos de influenza
autor:
- Guadalupe Saucedo
- Abundio Ferriz
category: Salud
---

{BODY}
""",
    dict(
        title="Jurisdicción sanitaria reporta aumento de casos de influenza",
        date="2023-01-31",
        bylines=["Guadalupe Saucedo", "Abundio Ferriz"],
        section="Salud",
    ),
)

F(
    B,
    "2024-03-11-reforma-transparencia.markdown",
    "jekyll",
    "congreso",
    "Hermosillo",
    "el congreso local",
    """
---
date: 2024-03-10T20:30:00-07:00
title: Diputados discuten reforma de transparencia municipal
author: Macario Jaramillo
categories: ["Principal", "Portada", "Política"]
---

{BODY}
""",
    dict(
        title="Diputados discuten reforma de transparencia municipal",
        date="2024-03-10",
        bylines=["Macario Jaramillo"],
        section="Política",
        placement=["Principal", "Portada"],
    ),
    crlf=True,
    inserts=[
        (
            2,
            "> «No se trata de vigilar a nadie, sino de que la gente sepa en qué se gasta su dinero», dijo una diputada de la comisión.",
            [],
        )
    ],
)

F(
    B,
    "2021-11-30-alumbrado-led.md",
    "jekyll",
    "energia",
    "Uruapan",
    "el ayuntamiento",
    """
---
titulo: Sustituyen 3 mil luminarias por tecnología LED
fecha: 2021-12-01
autor: Florencia Urquidi
categories: [Municipios]
published: false
---

{BODY}
""",
    dict(
        title="Sustituyen 3 mil luminarias por tecnología LED",
        date="2021-12-01",
        published=False,
        bylines=["Florencia Urquidi"],
        section="Municipios",
    ),
)

F(
    B,
    "padron-tierras-regularizacion.md",
    "jekyll",
    "vivienda",
    "Tehuacán",
    "el instituto de vivienda",
    """
---
title: Arranca campaña de regularización de predios en Tehuacán
date: 05/08/2020
author: Demetrio Olvera
categories: "Portada Municipios"
---

{BODY}
""",
    dict(
        title="Arranca campaña de regularización de predios en Tehuacán",
        date="2020-08-05",
        bylines=["Demetrio Olvera"],
        section="Municipios",
        placement=["Portada"],
    ),
    enc="cp1252",
)

F(
    B,
    "cronica-feria-regional.md",
    "jekyll",
    "cultura",
    "Aguascalientes",
    "el patronato de la feria",
    """
---
layout: post
title: La feria regional presenta su cartelera de espectáculos gratuitos
author:
  - Eréndira Galindo
categories: [Portada]
---

{BODY}
""",
    dict(
        title="La feria regional presenta su cartelera de espectáculos gratuitos",
        date=None,
        bylines=["Eréndira Galindo"],
        section=None,
        placement=["Portada"],
    ),
)

# ---------------- generic ----------------
F(
    B,
    "guion-capsula-becas.text",
    "generic",
    "universidad",
    "Chilpancingo",
    "la universidad",
    """
Guion para cápsula de radio sobre el programa de becas

{BODY}
""",
    dict(title="Guion para cápsula de radio sobre el programa de becas", date=None),
)

F(
    B,
    "aviso-cobertura-feria-empleo.eml",
    "generic",
    "empleo",
    "León",
    "la secretaría del trabajo",
    """
From: Coordinación de Información <coordinacion@example.mx>
To: fotografia@example.mx
Asunto: Cobertura de la feria del empleo en el Poliforum
Fecha: 2023-06-07 09:15

Buenas tardes:

{BODY}

Gracias,
Equipo de Coordinación Informativa
""",
    dict(title="Cobertura de la feria del empleo en el Poliforum", date="2023-06-07"),
    boiler=["Buenas tardes:", "Gracias,", "Equipo de Coordinación Informativa"],
)

F(
    B,
    "pendientes-cobertura-electoral.txt",
    "generic",
    "electoral",
    "Colima",
    "el instituto electoral",
    """
Pendientes de la cobertura electoral
------------------------------------

{BODY}
""",
    dict(title="Pendientes de la cobertura electoral", date=None),
    crlf=True,
    npar=3,
    inserts=[
        (
            1,
            "1. Confirmar con el instituto el horario de los simulacros.\n2. Conseguir datos de participación de la elección anterior.\n3. Buscar testimonios de ciudadanos insaculados.",
            [],
        )
    ],
)

# ---------------- bad ----------------
rnd = random.Random("b2-junk")
BAD(
    B,
    "respaldo-nota-0931.txt",
    bytes([0, 159, 146, 150, 255, 1, 7]) + bytes(rnd.randrange(256) for _ in range(2048)),
    "binary junk",
)
BAD(
    B,
    "2022-05-17-solo-encabezado.md",
    """---
layout: post
title: "Nota pendiente de redactar"
date: 2022-05-17
author: Redacción
categories: [Local]
---
""",
    "front matter with no body",
)
