import struct
import zlib

from mk import BAD, F

B = "b3"

# ---------------- wire ----------------
F(
    B,
    "gaceta-valle-mercado-atlixco.md",
    "wire",
    "mercado",
    "Atlixco",
    "el cabildo",
    """
Miércoles 17 de mayo de 2023

## Locatarios del mercado Benito Juárez exigen fecha para volver a sus puestos

Por Abundio Cervera, corresponsal / La Gaceta del Valle

{BODY}

Foto: La Gaceta del Valle / Archivo
""",
    dict(
        title="Locatarios del mercado Benito Juárez exigen fecha para volver a sus puestos",
        date="2023-05-17",
        bylines=["Abundio Cervera"],
        source="La Gaceta del Valle",
        photo_credit="La Gaceta del Valle / Archivo",
    ),
    glue=[(1, "mid", "Te puede interesar | Clausuran puestos ambulantes en el zócalo")],
    boiler=["Foto: La Gaceta del Valle / Archivo"],
    crlf=True,
)

F(
    B,
    "vigia-fronterizo-albergues.md",
    "wire",
    "migracion",
    "Tijuana",
    "la dirección de atención al migrante",
    """
El Vigía Fronterizo
2024-07-04T21:10:00-07:00 · Updated 3 hours ago

Albergues para migrantes de Tijuana operan al doble de su capacidad

{BODY}

/ Perla Nájera
""",
    dict(
        title="Albergues para migrantes de Tijuana operan al doble de su capacidad",
        date="2024-07-04",
        bylines=["Perla Nájera"],
        source="El Vigía Fronterizo",
    ),
    inserts=[
        (
            1,
            "TAMBIÉN LEE:\nCruce peatonal de El Chaparral registra filas de cuatro horas",
            ["TAMBIÉN LEE:", "Cruce peatonal de El Chaparral registra filas de cuatro horas"],
        )
    ],
    boiler=["Updated 3 hours ago"],
)

F(
    B,
    "tribuna-lacustre-reforestacion.text",
    "wire",
    "medioambiente",
    "Chapala",
    "la dirección de ecología",
    """
Tribuna Lacustre · 2023/04/18

Voluntarios plantan mil árboles en la ribera de Chapala

Por Redacción

{BODY}

Con información de Leticia Pacheco
""",
    dict(
        title="Voluntarios plantan mil árboles en la ribera de Chapala",
        date="2023-04-18",
        bylines=[],
        source="Tribuna Lacustre",
    ),
    glue=[(1, "start", "Relacionado: Bajan niveles del lago por falta de lluvias")],
    boiler=["Con información de Leticia Pacheco"],
    enc="cp1252",
)

F(
    B,
    "cafe-noticias-transporte.md",
    "wire",
    "transporte",
    "Xalapa",
    "la dirección de transporte",
    """
Café Noticias
30 de febrero de 2024 | Hace 3 días

Usuarios de Xalapa esperan hasta 40 minutos por un camión urbano

Reportero: Tadeo Huerta

{BODY}

☕ Recibe Café Noticias cada mañana en tu correo: cafenoticias.example/boletin
💬 Síguenos en nuestro canal de WhatsApp
""",
    dict(
        title="Usuarios de Xalapa esperan hasta 40 minutos por un camión urbano",
        date=None,
        bylines=["Tadeo Huerta"],
        source="Café Noticias",
    ),
    glue=[(2, "end", "Sigue leyendo → Taxistas protestan en la avenida Ávila Camacho")],
    boiler=[
        "Hace 3 días",
        "☕ Recibe Café Noticias cada mañana en tu correo: cafenoticias.example/boletin",
        "💬 Síguenos en nuestro canal de WhatsApp",
    ],
    enc="utf-8-sig",
)

F(
    B,
    "expreso-canero-zafra.markdown",
    "wire",
    "campo",
    "Los Mochis",
    "la asociación de cañeros",
    """
Expreso Cañero

Productores de caña reclaman pago pendiente
al cierre de la zafra en el valle

Por Eleazar Zamudio y Octavio Cisneros — mié 8 nov 2023

Foto: Especial

{BODY}

NOTAS RELACIONADAS
- Ingenio anuncia inversión para modernizar calderas
- Jornaleros piden transporte seguro a los campos
""",
    dict(
        title="Productores de caña reclaman pago pendiente al cierre de la zafra en el valle",
        date="2023-11-08",
        bylines=["Eleazar Zamudio", "Octavio Cisneros"],
        source="Expreso Cañero",
        photo_credit="Especial",
    ),
    boiler=[
        "Foto: Especial",
        "NOTAS RELACIONADAS",
        "- Ingenio anuncia inversión para modernizar calderas",
        "- Jornaleros piden transporte seguro a los campos",
    ],
)

F(
    B,
    "tlacuache-informativo-luminarias.txt",
    "wire",
    "energia",
    "Villa de Álvarez",
    "el ayuntamiento",
    """
**Cambian 900 luminarias en colonias de Villa de Álvarez**

Por Yolotl Escamilla · El Tlacuache Informativo · 21.02.2022
Last modified: 02/22/2022

{BODY}

TikTok: @tlacuacheinfo · Instagram: @tlacuache.informativo
""",
    dict(
        title="Cambian 900 luminarias en colonias de Villa de Álvarez",
        date="2022-02-21",
        bylines=["Yolotl Escamilla"],
        source="El Tlacuache Informativo",
    ),
    glue=[(1, "mid", "Checa también: Vecinos reportan postes caídos tras vientos")],
    boiler=[
        "Last modified: 02/22/2022",
        "TikTok: @tlacuacheinfo · Instagram: @tlacuache.informativo",
    ],
    wrap=70,
)

F(
    B,
    "horizonte-istmeno-escuelas.md",
    "wire",
    "escuelas",
    "Juchitán",
    "la secretaría de educación",
    """
# Escuelas de Juchitán siguen sin reconstruirse tras el sismo

Horizonte Istmeño
Juchitán, Oax. 15-08-2021

{BODY}

Con información de agencias

—Rigoberto Bañuelos

MÁS NOTICIAS
• Pescadores bloquean carretera transístmica
• Inauguran biblioteca comunitaria en Unión Hidalgo
""",
    dict(
        title="Escuelas de Juchitán siguen sin reconstruirse tras el sismo",
        date="2021-08-15",
        bylines=["Rigoberto Bañuelos"],
        source="Horizonte Istmeño",
    ),
    inserts=[
        (
            2,
            "Te puede interesar:\nMaestros exigen aulas provisionales dignas",
            ["Te puede interesar:", "Maestros exigen aulas provisionales dignas"],
        )
    ],
    boiler=[
        "Con información de agencias",
        "MÁS NOTICIAS",
        "• Pescadores bloquean carretera transístmica",
        "• Inauguran biblioteca comunitaria en Unión Hidalgo",
    ],
)

# ---------------- press releases ----------------
F(
    B,
    "morelia-servicios-boletin-2087.md",
    "press_release",
    "basura",
    "Morelia",
    "la Secretaría de Servicios Públicos",
    """
H. Ayuntamiento de Morelia
Secretaría de Servicios Públicos
Boletín 2087

Instalan contenedores diferenciados en el Centro Histórico de Morelia

{BODY}

—o0o—

Para más información:
Coordinación de Comunicación Social
Tel. 443 555 3200 | prensa.morelia@example.mx
""",
    dict(
        title="Instalan contenedores diferenciados en el Centro Histórico de Morelia",
        date="2023-11-06",
        source="Secretaría de Servicios Públicos",
        bulletin_number="2087",
        issuer="Secretaría de Servicios Públicos",
        dateline_city="Morelia",
    ),
    lead="Morelia, Michoacán, 6 de noviembre de 2023.-",
    boiler=[
        "Para más información:",
        "Coordinación de Comunicación Social",
        "Tel. 443 555 3200 | prensa.morelia@example.mx",
    ],
)

F(
    B,
    "congreso-bcs-204-2022.txt",
    "press_release",
    "congreso",
    "La Paz",
    "el Congreso",
    """
H. Congreso del Estado de Baja California Sur
No. 204/2022

Aprueban exhorto para transparentar contratos de obra municipal

* **Votación unánime en el pleno**
* **Los municipios tendrán 30 días para publicar la información**

{BODY}

=0=
""",
    dict(
        title="Aprueban exhorto para transparentar contratos de obra municipal",
        date="2022-09-29",
        source="H. Congreso del Estado de Baja California Sur",
        bulletin_number="204/2022",
        issuer="H. Congreso del Estado de Baja California Sur",
        dateline_city="La Paz",
    ),
    lead="La Paz, B.C.S., a 29 de septiembre de 2022.–",
)

F(
    B,
    "upmp-agrohidraulica-219.md",
    "press_release",
    "universidad",
    "Tehuacán",
    "la Facultad de Ingeniería Agrohidráulica",
    """
12 de abril de 2024
UPMP/DCI/219/2024
UNIVERSIDAD POPULAR DE LA MIXTECA POBLANA
Facultad de Ingeniería Agrohidráulica

Facultad de Ingeniería Agrohidráulica abre convocatoria de becas de titulación

{BODY}

FIN DEL COMUNICADO
""",
    dict(
        title="Facultad de Ingeniería Agrohidráulica abre convocatoria de becas de titulación",
        date="2024-04-12",
        source="Facultad de Ingeniería Agrohidráulica",
        bulletin_number="UPMP/DCI/219/2024",
        issuer="Facultad de Ingeniería Agrohidráulica",
        dateline_city="Tehuacán",
    ),
    lead="Tehuacán, Pue.; a 12 de abril.-",
)

F(
    B,
    "ivs-ags-comunicado-0331.md",
    "press_release",
    "vivienda",
    "Aguascalientes",
    "el Instituto de Vivienda Social",
    """
GOBIERNO DEL ESTADO DE AGUASCALIENTES
Instituto de Vivienda Social del Estado de Aguascalientes
COMUNICADO 0331

Aguascalientes, Ags., 19 de enero de 2022

Entregan 420 escrituras a familias de la zona oriente

**Beneficia a colonias con más de 20 años de irregularidad**

{BODY}

###

Síguenos en Facebook: /IVSAgs
""",
    dict(
        title="Entregan 420 escrituras a familias de la zona oriente",
        date="2022-01-19",
        source="Instituto de Vivienda Social del Estado de Aguascalientes",
        bulletin_number="0331",
        issuer="Instituto de Vivienda Social del Estado de Aguascalientes",
        dateline_city="Aguascalientes",
    ),
    boiler=["Síguenos en Facebook: /IVSAgs"],
    enc="utf-8-sig",
    crlf=True,
)

F(
    B,
    "conagua-colima-dlcol-077.txt",
    "press_release",
    "lluvias",
    "Manzanillo",
    "la Dirección Local",
    """
COMISIÓN NACIONAL DEL AGUA
Dirección Local Colima
Comunicado de Prensa No. DLCOL-077-23

Emiten aviso preventivo por lluvias intensas en la costa de Colima

{BODY}

-30-

Dirección Local Colima · comunicacion.colima@example.mx · Tel. 312 555 4400
""",
    dict(
        title="Emiten aviso preventivo por lluvias intensas en la costa de Colima",
        date="2023-07-03",
        source="Dirección Local Colima",
        bulletin_number="DLCOL-077-23",
        issuer="Dirección Local Colima",
        dateline_city="Manzanillo",
    ),
    lead="Manzanillo, Col., 3 de julio de 2023.-",
    boiler=["Dirección Local Colima · comunicacion.colima@example.mx · Tel. 312 555 4400"],
    enc="cp1252",
)

F(
    B,
    "iaip-tlaxcala-capacitacion.md",
    "press_release",
    "congreso",
    "Tlaxcala",
    "el Instituto de Acceso a la Información",
    """
COMUNICADO
Instituto de Acceso a la Información Pública y Protección de Datos de Tlaxcala

Capacitan a 60 ayuntamientos en obligaciones de transparencia

Texto y fotos: Belén Ibarra

{BODY}

Atentamente
Dirección de Vinculación y Comunicación

- o -
""",
    dict(
        title="Capacitan a 60 ayuntamientos en obligaciones de transparencia",
        date="2024-10-25",
        bylines=["Belén Ibarra"],
        source="Instituto de Acceso a la Información Pública y Protección de Datos de Tlaxcala",
        issuer="Instituto de Acceso a la Información Pública y Protección de Datos de Tlaxcala",
        dateline_city="Tlaxcala",
    ),
    lead="Tlaxcala, Tlax., 25 de octubre de 2024.—",
)

F(
    B,
    "capa-qroo-cultura-agua.md",
    "press_release",
    "agua",
    "Chetumal",
    "la Comisión de Agua Potable",
    """
Comisión de Agua Potable y Alcantarillado de Quintana Roo
Dirección de Cultura del Agua
Boletín CAPQ-0519

Llevan talleres sobre cuidado del agua a escuelas de Chetumal

{BODY}

oOo0oOo

Contacto de prensa:
cultura.agua@example.mx
@CAPAQRoo
""",
    dict(
        title="Llevan talleres sobre cuidado del agua a escuelas de Chetumal",
        date="2023-03-14",
        source="Dirección de Cultura del Agua",
        bulletin_number="CAPQ-0519",
        issuer="Dirección de Cultura del Agua",
        dateline_city="Chetumal",
    ),
    lead="Chetumal, Q. Roo, 14 de marzo de 2023.-",
    boiler=["Contacto de prensa:", "cultura.agua@example.mx", "@CAPAQRoo"],
)

# ---------------- jekyll ----------------
F(
    B,
    "2023-01-01-posada-comunitaria.md",
    "jekyll",
    "cultura",
    "Saltillo",
    "el comité vecinal",
    """
---
layout: post
title: "Vecinos celebran posada comunitaria con donativos para el albergue"
date: 2022-12-31 22:30:00 -0600
author: Redacción El Portal
categories:
  - Principal
  - Comunidad
---

{BODY}
""",
    dict(
        title="Vecinos celebran posada comunitaria con donativos para el albergue",
        date="2022-12-31",
        bylines=["Redacción El Portal"],
        section="Comunidad",
        placement=["Principal"],
    ),
    inserts=[(2, "## Donativos para el albergue", [])],
)

F(
    B,
    "alerta-dengue-fecha-erronea.md",
    "jekyll",
    "salud",
    "Tapachula",
    "la jurisdicción sanitaria",
    """
---
title: Aumentan casos de dengue en colonias de Tapachula
date: 2024-13-45
author: Soledad Tamez
categories: [Salud, Destacadas]
---

{BODY}
""",
    dict(
        title="Aumentan casos de dengue en colonias de Tapachula",
        date=None,
        published=False,
        bylines=["Soledad Tamez"],
        section="Salud",
        placement=["Destacadas"],
    ),
)

F(
    B,
    "2020-07-16-guelaguetza-barrios.md",
    "jekyll",
    "cultura",
    "Oaxaca",
    "el comité de festejos",
    """
---
titulo: Barrios preparan su propia Guelaguetza
fecha: "17 de julio de 2020"
autor: ["Zenaida Anaya", "Crispín Rentería"]
categories: Destacadas Cultura Portada
---

{BODY}
""",
    dict(
        title="Barrios preparan su propia Guelaguetza",
        date="2020-07-17",
        bylines=["Zenaida Anaya", "Crispín Rentería"],
        section="Cultura",
        placement=["Destacadas", "Portada"],
    ),
    inserts=[
        (
            1,
            "> «La fiesta es del pueblo y aquí la vamos a hacer aunque sea en la calle», dijo una de las organizadoras.",
            [],
        )
    ],
)

F(
    B,
    "2019-09-15-torneo-barrial.md",
    "jekyll",
    "deporte",
    "Monclova",
    "la liga municipal",
    """
---
title: Torneo barrial reúne a 40 equipos en Monclova
draft: true
category: Deportes
author: Heriberto Lizárraga
---

{BODY}
""",
    dict(
        title="Torneo barrial reúne a 40 equipos en Monclova",
        date="2019-09-15",
        published=False,
        bylines=["Heriberto Lizárraga"],
        section="Deportes",
    ),
    crlf=True,
)

F(
    B,
    "2021-02-10-regreso-clases.md",
    "jekyll",
    "escuelas",
    "Zamora",
    "la supervisión escolar",
    """
---
date: 13/02/2021
title: Supervisores revisan planteles antes del regreso a clases
author: Araceli Fonseca
categories: [Educación, Portada]
---

{BODY}
""",
    dict(
        title="Supervisores revisan planteles antes del regreso a clases",
        date="2021-02-13",
        bylines=["Araceli Fonseca"],
        section="Educación",
        placement=["Portada"],
    ),
    enc="cp1252",
)

F(
    B,
    "2023-05-20-temporada-ballenas.markdown",
    "jekyll",
    "turismo",
    "Puerto Peñasco",
    "la oficina de turismo",
    """
---
title: Prestadores de servicios turísticos de Puerto Peñasco esperan temporada récord
date: "2023-05-20 08:00"
author:
  - Fausto Ibarra
categories:
  - Turismo
tags:
  - playas
  - verano
---

{BODY}
""",
    dict(
        title="Prestadores de servicios turísticos de Puerto Peñasco esperan temporada récord",
        date="2023-05-20",
        bylines=["Fausto Ibarra"],
        section="Turismo",
    ),
    enc="utf-8-sig",
)

# ---------------- generic ----------------
F(
    B,
    "apuntes-entrevista-productores.md",
    "generic",
    "campo",
    "Fresnillo",
    "la unión de productores",
    """
## Apuntes de la entrevista con productores de frijol

{BODY}
""",
    dict(title="Apuntes de la entrevista con productores de frijol", date=None),
    inserts=[
        (
            1,
            "Datos a verificar:\n* Precio pagado por tonelada en la última cosecha.\n* Número de hectáreas sin sembrar este ciclo.",
            [],
        )
    ],
)

F(
    B,
    "solicitud-fotos-feria.eml",
    "generic",
    "cultura",
    "Tlaquepaque",
    "el centro cultural",
    """
Asunto: Fotos y datos para la galería del festival
Fecha: 3 de mayo de 2022
De: Archivo Gráfico <archivo@example.mx>

Hola, Araceli:

{BODY}

Saludos cordiales
Archivo Gráfico
""",
    dict(title="Fotos y datos para la galería del festival", date="2022-05-03"),
    boiler=["Hola, Araceli:", "Saludos cordiales", "Archivo Gráfico"],
    enc="cp1252",
)

F(
    B,
    "resumen-guardia-fin-de-semana.txt",
    "generic",
    "seguridad",
    "Celaya",
    "la policía municipal",
    """
Resumen de la guardia del fin de semana
Por Redacción

{BODY}
""",
    dict(title="Resumen de la guardia del fin de semana", date=None, bylines=[]),
)


# ---------------- bad ----------------
def tiny_png():
    raw = b"".join(b"\x00" + bytes([200, 30, 30] * 8) for _ in range(8))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


BAD(B, "2024-02-02-galeria-carnaval.md", tiny_png(), "image file renamed (PNG)")
BAD(B, "nota-en-blanco.txt", " \n\t\n   \r\n\n", "whitespace only")
