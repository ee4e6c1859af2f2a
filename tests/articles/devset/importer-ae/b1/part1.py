from common import write_source, write_gold, bad

# ---------- ae01: wire, ## title, pipe byline, teaser glued at paragraph end, MÁS NOTICIAS
t = """Seguridad

## Detienen en Umán a dos hombres por robo de cableado del alumbrado público

Por Mariana Kú Pech | Diario Peninsular del Golfo | Mérida, 3 de mayo de 2023

UMÁN, Yuc., 3 de mayo.— Agentes de la Secretaría de Seguridad Pública detuvieron la madrugada de este miércoles a dos hombres que presuntamente retiraban cableado de cobre de las luminarias de la carretera Umán-Hunucmá.

De acuerdo con el reporte policial, los sujetos fueron sorprendidos cerca del kilómetro 6 con unos 40 metros de cable en una camioneta blanca. Lee también: Vinculan a proceso a exfuncionario de Kanasín por peculado

El director de Servicios Públicos Municipales, Jorge Alberto Pool Dzib, explicó que en lo que va del año se han robado más de tres kilómetros de cable en el municipio.   

“Cada tramo que se llevan deja a oscuras a colonias enteras, y reponerlo nos cuesta casi 600 mil pesos”, afirmó el funcionario.

Foto: Especial

Los detenidos quedaron a disposición de la Fiscalía General del Estado, que integrará la carpeta de investigación por robo calificado.

**MÁS NOTICIAS**

- [Cierran por obras la calle 60 en el Centro de Mérida](https://peninsulardelgolfo.example/merida/calle-60)
- [Pronostican lluvias por onda tropical en la península](https://peninsulardelgolfo.example/clima/onda-tropical)

Síguenos en Facebook y X como @PeninsularGolfo y recibe las noticias más importantes en tu correo: suscríbete a nuestro boletín.
"""
write_source("ae01.md", t)
write_gold("ae01", family="wire",
    title="Detienen en Umán a dos hombres por robo de cableado del alumbrado público",
    date="2023-05-03", bylines=["Mariana Kú Pech"], source="Diario Peninsular del Golfo",
    section="Seguridad",
    body_first_words="Agentes de la Secretaría de Seguridad Pública detuvieron la madrugada de este miércoles",
    body_last_words="que integrará la carpeta de investigación por robo calificado.",
    boilerplate=["Lee también: Vinculan a proceso a exfuncionario de Kanasín por peculado",
                 "MÁS NOTICIAS", "Cierran por obras la calle 60 en el Centro de Mérida",
                 "Pronostican lluvias por onda tropical en la península",
                 "Síguenos en Facebook y X como @PeninsularGolfo", "suscríbete a nuestro boletín",
                 "Foto: Especial"],
    must_keep=["De acuerdo con el reporte policial, los sujetos fueron sorprendidos cerca del kilómetro 6 con unos 40 metros de cable en una camioneta blanca.",
               "“Cada tramo que se llevan deja a oscuras a colonias enteras, y reponerlo nos cuesta casi 600 mil pesos”, afirmó el funcionario."],
    photo_credit="Especial")

# ---------- ae02: wire, ALL CAPS title, Redacción / outlet, cp1252 CRLF, teaser in the middle, WhatsApp pitch
t = """COATZACOALCOS REGISTRA 38 GRADOS Y CAEV ANUNCIA TANDEO EN 14 COLONIAS

Redacción / Sotavento Digital
14/03/2024 | 18:22 hrs.

COATZACOALCOS, Ver. (Sotavento Digital).— La oficina operadora de la Comisión del Agua del Estado de Veracruz (CAEV) anunció que a partir del lunes el suministro se dará por tandeo en 14 colonias del poniente de la ciudad.

El encargado de la oficina explicó que el nivel del río Huazuntlán bajó casi un metro en las últimas tres semanas. TE PUEDE INTERESAR | Suspenden clases presenciales en Minatitlán por calor | Los horarios de servicio se publicarán cada domingo en las redes de la dependencia.

Las colonias afectadas incluyen Puerto México, Benito Juárez Norte y Lomas de Barrillas, donde el servicio será de 6:00 a 12:00 horas en días alternos.

La dependencia pidió a la población reportar fugas al 921\u00a0555\u00a00182 y almacenar agua en recipientes tapados para evitar la proliferación del mosco transmisor del dengue.

Con información de Gilberto Reyes Cruz

?? Únete a nuestro canal de WhatsApp y recibe las noticias de Sotavento al momento.
"""
t = t.replace("??", "»")
write_source("ae02.txt", t, enc="cp1252", eol="crlf")
write_gold("ae02", family="wire",
    title="COATZACOALCOS REGISTRA 38 GRADOS Y CAEV ANUNCIA TANDEO EN 14 COLONIAS",
    date="2024-03-14", bylines=[], source="Sotavento Digital",
    body_first_words="La oficina operadora de la Comisión del Agua del Estado de Veracruz (CAEV) anunció",
    body_last_words="en recipientes tapados para evitar la proliferación del mosco transmisor del dengue.",
    boilerplate=["TE PUEDE INTERESAR | Suspenden clases presenciales en Minatitlán por calor |",
                 "Con información de Gilberto Reyes Cruz",
                 "Únete a nuestro canal de WhatsApp y recibe las noticias de Sotavento al momento."],
    must_keep=["El encargado de la oficina explicó que el nivel del río Huazuntlán bajó casi un metro en las últimas tres semanas.",
               "Los horarios de servicio se publicarán cada domingo en las redes de la dependencia.",
               "Las colonias afectadas incluyen Puerto México, Benito Juárez Norte y Lomas de Barrillas, donde el servicio será de 6:00 a 12:00 horas en días alternos."])

# ---------- ae03: wire, # title, "Name / Outlet", italic deck, BOM, mixed EOL, teaser glued at paragraph start (link)
t = """# Paseo Tabasco tendrá carril confinado para el transporte público en 2025

*El Ayuntamiento de Centro prevé concluir la obra antes del inicio del periodo de lluvias*

Ricardo Chablé Canul / Crónica Tabasqueña  
Villahermosa, Tabasco · martes 19 de noviembre de 2024

El Ayuntamiento de Centro presentó este martes el proyecto para confinar un carril de Paseo Tabasco, desde la glorieta de la Pigua hasta Paseo Usumacinta, para uso exclusivo de unidades de transporte público.

**También te recomendamos:** [Suben tarifas del transporte colectivo en la zona metropolitana](https://cronicatabasquena.example/local/tarifas) La directora de Obras, Claudia Esther Hernández Priego, detalló que la inversión será de 86 millones de pesos con recursos propios y federales.

Según el calendario presentado, los trabajos iniciarán en enero y se realizarán por tramos de noche para no afectar la circulación.

Comerciantes de la zona pidieron que se habiliten bahías de carga y descarga antes de cerrar los accesos.

Foto: Crónica Tabasqueña / Archivo

Relacionado: [Así quedará la nueva terminal del Transbus](https://cronicatabasquena.example/local/transbus)

Descarga nuestra app en Google Play y App Store.
"""
write_source("ae03.md", t, eol="mixed", bom=True)
write_gold("ae03", family="wire",
    title="Paseo Tabasco tendrá carril confinado para el transporte público en 2025",
    date="2024-11-19", bylines=["Ricardo Chablé Canul"], source="Crónica Tabasqueña",
    body_first_words="El Ayuntamiento de Centro presentó este martes el proyecto para confinar un carril",
    body_last_words="bahías de carga y descarga antes de cerrar los accesos.",
    boilerplate=["También te recomendamos:", "Suben tarifas del transporte colectivo en la zona metropolitana",
                 "Relacionado:", "Así quedará la nueva terminal del Transbus",
                 "Descarga nuestra app en Google Play y App Store.",
                 "Foto: Crónica Tabasqueña / Archivo"],
    must_keep=["La directora de Obras, Claudia Esther Hernández Priego, detalló que la inversión será de 86 millones de pesos con recursos propios y federales.",
               "Según el calendario presentado, los trabajos iniciarán en enero y se realizarán por tramos de noche para no afectar la circulación."],
    photo_credit="Crónica Tabasqueña / Archivo")

# ---------- ae04: press release, water utility, Boletín number, city/date line, ---o0o--- + contact block
t = """JUNTA DE AGUA POTABLE Y ALCANTARILLADO DE YUCATÁN
Departamento de Comunicación Social

Boletín 0457
Mérida, Yucatán, 22 de julio de 2023

SUSPENSIÓN PROGRAMADA DEL SERVICIO EN EL SUR DE LA CIUDAD POR MANTENIMIENTO A PLANTA

Por trabajos de mantenimiento preventivo en la planta potabilizadora Mérida II, el próximo martes 25 de julio se suspenderá el servicio de agua potable de las 8:00 a las 18:00 horas en 23 colonias del sur de la ciudad.

Entre las colonias que resultarán afectadas se encuentran San José Tecoh, Emiliano Zapata Sur, Serapio Rendón y Castilla Cámara.

La Junta recomienda a los usuarios almacenar el agua necesaria para sus actividades y revisar que los tinacos estén bien tapados.

El servicio se restablecerá de manera paulatina durante la noche, por lo que algunas viviendas podrían tener baja presión hasta la mañana del miércoles.

---o0o---

Departamento de Comunicación Social
Tel. 999 555 0147 ext. 212
comunicacion.social@japay-prensa.example
Facebook: /JAPAYoficialPrensa
"""
write_source("ae04.txt", t)
write_gold("ae04", family="press_release",
    title="SUSPENSIÓN PROGRAMADA DEL SERVICIO EN EL SUR DE LA CIUDAD POR MANTENIMIENTO A PLANTA",
    date="2023-07-22", source="JUNTA DE AGUA POTABLE Y ALCANTARILLADO DE YUCATÁN",
    bulletin_number="0457", issuer="JUNTA DE AGUA POTABLE Y ALCANTARILLADO DE YUCATÁN",
    dateline_city="Mérida",
    body_first_words="Por trabajos de mantenimiento preventivo en la planta potabilizadora Mérida II",
    body_last_words="podrían tener baja presión hasta la mañana del miércoles.",
    boilerplate=["---o0o---", "Tel. 999 555 0147 ext. 212", "comunicacion.social@japay-prensa.example",
                 "Facebook: /JAPAYoficialPrensa"],
    must_keep=["Entre las colonias que resultarán afectadas se encuentran San José Tecoh, Emiliano Zapata Sur, Serapio Rendón y Castilla Cámara.",
               "La Junta recomienda a los usuarios almacenar el agua necesaria para sus actividades y revisar que los tinacos estén bien tapados."])

# ---------- ae05: press release, state congress, cp1252 CRLF, inline dateline "…, a 12 de febrero de 2024.-", -oOo-
t = """H. Congreso del Estado de Campeche
LXV Legislatura
Dirección de Comunicación Social

Comunicado 071/2024

**Aprueban reforma para sancionar el maltrato animal en Campeche**

San Francisco de Campeche, Camp., a 12 de febrero de 2024.- Con 31 votos a favor y dos abstenciones, el Pleno del Congreso del Estado aprobó reformas al Código Penal para sancionar con hasta cuatro años de prisión el maltrato animal.   

La iniciativa fue presentada por la diputada Rosa María Ehuán Chí, quien señaló que en 2023 se recibieron más de 400 denuncias ciudadanas por abandono y crueldad contra animales de compañía.

La reforma también obliga a los ayuntamientos a contar con un centro de atención animal y con campañas permanentes de esterilización gratuita.

El decreto entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.

-oOo-

Dirección de Comunicación Social
Tel.\u00a0981\u00a0555\u00a00263
prensa.congresocampeche@correo.example
X: @CongresoCamp_Prensa | IG: congresocampeche.prensa
"""
write_source("ae05.md", t, enc="cp1252", eol="crlf")
write_gold("ae05", family="press_release",
    title="Aprueban reforma para sancionar el maltrato animal en Campeche",
    date="2024-02-12", source="H. Congreso del Estado de Campeche",
    bulletin_number="071/2024", issuer="H. Congreso del Estado de Campeche",
    dateline_city="San Francisco de Campeche",
    body_first_words="Con 31 votos a favor y dos abstenciones, el Pleno del Congreso del Estado aprobó",
    body_last_words="al día siguiente de su publicación en el Periódico Oficial del Estado.",
    boilerplate=["-oOo-", "Tel. 981 555 0263", "prensa.congresocampeche@correo.example",
                 "X: @CongresoCamp_Prensa | IG: congresocampeche.prensa"],
    must_keep=["La iniciativa fue presentada por la diputada Rosa María Ehuán Chí, quien señaló que en 2023 se recibieron más de 400 denuncias ciudadanas por abandono y crueldad contra animales de compañía.",
               "La reforma también obliga a los ayuntamientos a contar con un centro de atención animal y con campañas permanentes de esterilización gratuita."])

# ---------- ae06: press release, municipal DIF, COMUNICADO / Núm., dateline on own line with "; a", ### + Unidad de Comunicación Social
t = """COMUNICADO
Núm. 214/2025

SISTEMA PARA EL DESARROLLO INTEGRAL DE LA FAMILIA DEL MUNICIPIO DE COATZACOALCOS

Coatzacoalcos, Ver.; a 9 de agosto de 2025.

DIF municipal abre inscripciones para talleres de verano en centros comunitarios

El Sistema DIF Municipal abrió las inscripciones para los talleres de verano que se impartirán en seis centros de desarrollo comunitario, dirigidos a niñas y niños de 6 a 12 años.

La presidenta del patronato, Lucía Fernanda Rosado Uc, informó que este año se ofrecerán talleres de robótica básica, danza folclórica, lectura y natación.

Los talleres son gratuitos y las inscripciones se recibirán de lunes a viernes, de 9:00 a 14:00 horas, presentando acta de nacimiento y CURP del menor.

###

Unidad de Comunicación Social
DIF Coatzacoalcos
Cel. 921 555 0390
"""
write_source("ae06.text", t, bom=True)
write_gold("ae06", family="press_release",
    title="DIF municipal abre inscripciones para talleres de verano en centros comunitarios",
    date="2025-08-09", source="SISTEMA PARA EL DESARROLLO INTEGRAL DE LA FAMILIA DEL MUNICIPIO DE COATZACOALCOS",
    bulletin_number="214/2025",
    issuer="SISTEMA PARA EL DESARROLLO INTEGRAL DE LA FAMILIA DEL MUNICIPIO DE COATZACOALCOS",
    dateline_city="Coatzacoalcos",
    body_first_words="El Sistema DIF Municipal abrió las inscripciones para los talleres de verano",
    body_last_words="presentando acta de nacimiento y CURP del menor.",
    boilerplate=["###", "Unidad de Comunicación Social", "Cel. 921 555 0390"],
    must_keep=["La presidenta del patronato, Lucía Fernanda Rosado Uc, informó que este año se ofrecerán talleres de robótica básica, danza folclórica, lectura y natación.",
               "Los talleres son gratuitos y las inscripciones se recibirán de lunes a viernes, de 9:00 a 14:00 horas, presentando acta de nacimiento y CURP del menor."])

# ---------- ae07: jekyll, date with time and -0600 offset near midnight, flow categories with Portada, site key
t = """---
layout: post
title: "Cabildo de Felipe Carrillo Puerto aprueba presupuesto participativo"
date: 2023-11-30 23:45:00 -0600
author: Laura Itzel Canché
categories: [Portada, Política]
tags:
  - cabildo
  - presupuesto
  - zona maya
image: /assets/img/2023/11/cabildo-fcp.jpg
medio: Xaman Noticias
wp_post_id: 48812
---

El Cabildo de Felipe Carrillo Puerto aprobó por unanimidad destinar 12 millones de pesos al primer ejercicio de presupuesto participativo del municipio.

Las comunidades mayas podrán proponer obras de hasta 500 mil pesos, que serán votadas en asambleas durante febrero.

La regidora de Participación Ciudadana, Adriana Poot May, dijo que las reglas de operación se traducirán a la lengua maya.

> “Queremos que la gente decida en su propia lengua qué se construye en su comunidad”, expresó.
"""
write_source("ae07.md", t)
write_gold("ae07", family="jekyll",
    title="Cabildo de Felipe Carrillo Puerto aprueba presupuesto participativo",
    date="2023-11-30", bylines=["Laura Itzel Canché"], source="Xaman Noticias",
    section="Política", placement=["Portada"],
    body_first_words="El Cabildo de Felipe Carrillo Puerto aprobó por unanimidad destinar 12 millones de pesos",
    body_last_words="se construye en su comunidad”, expresó.",
    must_keep=["Las comunidades mayas podrán proponer obras de hasta 500 mil pesos, que serán votadas en asambleas durante febrero.",
               "La regidora de Participación Ciudadana, Adriana Poot May, dijo que las reglas de operación se traducirán a la lengua maya."])

# ---------- ae08: jekyll, Spanish keys (fecha, autor, categoria, seccion), CRLF, .markdown, Destacadas
t = """---
title: 'Festival del Son Jarocho reunirá a 40 agrupaciones en Tlacotalpan'
fecha: 5 de octubre de 2022
autor: "Itzel Domínguez Aguirre"
categoria: Destacadas
seccion: Cultura
etiquetas: [son jarocho, Tlacotalpan, fandango]
url_original: https://ecosdelpapaloapan.example/cultura/festival-son-jarocho
sitio: Ecos del Papaloapan
---

El Festival del Son Jarocho volverá a llenar de tarimas el centro histórico de Tlacotalpan con la participación de 40 agrupaciones de Veracruz, Oaxaca y Tabasco.

Los organizadores informaron que el encuentro de jaraneros se realizará durante tres noches y que habrá talleres de zapateado y de laudería para principiantes.

La entrada a los fandangos será libre y el programa completo se publicará la próxima semana.
"""
write_source("ae08.markdown", t, eol="crlf")
write_gold("ae08", family="jekyll",
    title="Festival del Son Jarocho reunirá a 40 agrupaciones en Tlacotalpan",
    date="2022-10-05", bylines=["Itzel Domínguez Aguirre"], source="Ecos del Papaloapan",
    section="Cultura", placement=["Destacadas"],
    body_first_words="El Festival del Son Jarocho volverá a llenar de tarimas el centro histórico",
    body_last_words="y el programa completo se publicará la próxima semana.",
    must_keep=["Los organizadores informaron que el encuentro de jaraneros se realizará durante tres noches y que habrá talleres de zapateado y de laudería para principiantes.",
               "La entrada a los fandangos será libre y el programa completo se publicará la próxima semana."])

# ---------- ae09: generic, markdown explainer with heading, no byline/date/issuer
t = """# Cómo leer tu recibo de agua

Muchas personas pagan el recibo sin revisar qué se les está cobrando. Estos son los apartados que conviene mirar cada bimestre.

## Lectura anterior y lectura actual

La diferencia entre ambas cifras es el consumo en metros cúbicos. Si el número no cambia durante varios periodos, es posible que el medidor esté detenido.

## Cuota fija

Es el cargo mínimo que se cobra aunque no haya consumo. Se aplica a viviendas sin medidor o con medidor dañado.

## Qué hacer si hay un error

- Toma una foto del medidor con la fecha visible.
- Acude a la oficina de atención con tu recibo y una identificación.
- Pide siempre un número de folio para dar seguimiento a tu aclaración.
"""
write_source("ae09.md", t)
write_gold("ae09", family="generic", title="Cómo leer tu recibo de agua",
    body_first_words="Muchas personas pagan el recibo sin revisar qué se les está cobrando.",
    body_last_words="Pide siempre un número de folio para dar seguimiento a tu aclaración.",
    must_keep=["La diferencia entre ambas cifras es el consumo en metros cúbicos.",
               "Es el cargo mínimo que se cobra aunque no haya consumo."])

# ---------- ae10: bad, Jekyll front matter with no body
t = """---
layout: post
title: "Inauguran malecón de Progreso tras remodelación"
date: 2024-04-02 10:00:00 -0600
author: Redacción
categories: [Portada, Municipios]
image: /assets/img/2024/04/malecon-progreso.jpg
---

   
"""
write_source("ae10.md", t)
bad("ae10", "front matter with no body")
print("part1 ok")
