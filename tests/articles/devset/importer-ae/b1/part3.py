from common import write_source, write_gold, bad

# ---------- ae21: wire, "Te puede interesar |" glued in the middle with a link, "Notas relacionadas" block, "del 2024" date, Fotos: credit
t = """Policiaca

## Rescatan a 17 migrantes abandonados en una caja de tráiler en Acayucan

Por Karla Guadalupe Ríos | Sotavento Digital | Acayucan, Ver., 14 de Marzo del 2024

Elementos de la Guardia Nacional rescataron a 17 personas migrantes originarias de Guatemala y Honduras que habían sido abandonadas dentro de una caja de tráiler en la autopista La Tinaja-Cosoleacaque.

Los rescatados, entre ellos cuatro menores de edad, presentaban signos de deshidratación. Te puede interesar | [Aseguran 300 kilos de marihuana en retén de Sayula](https://sotavento.example/policiaca/sayula) Paramédicos de la Cruz Roja les brindaron atención en el lugar y trasladaron a dos de ellos al hospital regional.

Fotos: Cortesía SSP

El Instituto Nacional de Migración se hizo cargo de las personas rescatadas para determinar su situación migratoria.

### Notas relacionadas

* [Detienen a presunto traficante de personas en Las Choapas](https://sotavento.example/policiaca/choapas)
* [Crece flujo migratorio por el sur de Veracruz](https://sotavento.example/estado/migracion)

Con información de Diario Peninsular del Golfo
"""
write_source("ae21.md", t)
write_gold("ae21", family="wire",
    title="Rescatan a 17 migrantes abandonados en una caja de tráiler en Acayucan",
    date="2024-03-14", bylines=["Karla Guadalupe Ríos"], source="Sotavento Digital", section="Policiaca",
    body_first_words="Elementos de la Guardia Nacional rescataron a 17 personas migrantes originarias de Guatemala",
    body_last_words="se hizo cargo de las personas rescatadas para determinar su situación migratoria.",
    boilerplate=["Te puede interesar |", "Aseguran 300 kilos de marihuana en retén de Sayula",
                 "Notas relacionadas", "Detienen a presunto traficante de personas en Las Choapas",
                 "Crece flujo migratorio por el sur de Veracruz",
                 "Con información de Diario Peninsular del Golfo", "Fotos: Cortesía SSP"],
    must_keep=["Los rescatados, entre ellos cuatro menores de edad, presentaban signos de deshidratación.",
               "Paramédicos de la Cruz Roja les brindaron atención en el lugar y trasladaron a dos de ellos al hospital regional."],
    photo_credit="Cortesía SSP")

# ---------- ae22: wire, bold title line, weekday + time date, outlet abbreviation in dateline, "Lee también »" line, Telegram + social row, trailing spaces, NBSP
t = """**Valladolid alista Noche Blanca con 60 actividades en el centro histórico**

Jesús Alberto Mortera | Diario Peninsular del Golfo   
Sábado, 8 de julio de 2023 – 09:41

VALLADOLID, Yuc. (DPG).— El Ayuntamiento de Valladolid presentó el programa de la Noche Blanca, que incluirá 60 actividades artísticas en parques, templos y casonas del centro histórico.   

Lee también » Chichén Itzá amplía horario nocturno del espectáculo de luz y sonido

Entre las actividades destacan un concierto de trova en el parque Francisco Cantón y recorridos guiados por la calzada de los Frailes.

La directora de Cultura municipal, Yesenia Balam\u00a0Chan, pidió a los asistentes usar el transporte gratuito que saldrá del parque de Sisal cada 20 minutos.

Mantente informado: únete a nuestro canal de Telegram.
Facebook | X | Instagram | TikTok: @PeninsularGolfo
"""
write_source("ae22.txt", t)
write_gold("ae22", family="wire",
    title="Valladolid alista Noche Blanca con 60 actividades en el centro histórico",
    date="2023-07-08", bylines=["Jesús Alberto Mortera"], source="Diario Peninsular del Golfo",
    body_first_words="El Ayuntamiento de Valladolid presentó el programa de la Noche Blanca",
    body_last_words="el transporte gratuito que saldrá del parque de Sisal cada 20 minutos.",
    boilerplate=["Lee también » Chichén Itzá amplía horario nocturno del espectáculo de luz y sonido",
                 "Mantente informado: únete a nuestro canal de Telegram.",
                 "Facebook | X | Instagram | TikTok: @PeninsularGolfo"],
    must_keep=["Entre las actividades destacan un concierto de trova en el parque Francisco Cantón y recorridos guiados por la calzada de los Frailes.",
               "La directora de Cultura municipal, Yesenia Balam Chan, pidió a los asistentes usar el transporte gratuito que saldrá del parque de Sisal cada 20 minutos."])

# ---------- ae23: press release, "GOBIERNO DE TABASCO", "Boletín: SS-1187", city+date line with period, bold bullets, -0- marker
t = """GOBIERNO DE TABASCO
Boletín: SS-1187
Villahermosa, Tabasco. 18 de noviembre de 2022

ARRANCA CAMPAÑA INVERNAL DE VACUNACIÓN CONTRA INFLUENZA

- **La campaña arranca el lunes en los 17 municipios del estado.**
- **Se aplicarán 410 mil dosis en centros de salud y módulos itinerantes.**

La Secretaría de Salud informó que la vacunación estará dirigida a personas mayores de 60 años, embarazadas, niñas y niños de seis meses a cinco años y personas con enfermedades crónicas.

El titular de Salud señaló que los módulos itinerantes recorrerán mercados, terminales de autobuses y comunidades de la Chontalpa y la Sierra.

La dependencia recordó que la vacuna es gratuita y que no se requiere cita para recibirla.

-0-

Coordinación General de Comunicación Social y Relaciones Públicas
Tel. 993 555 0470 | salud.prensa@tabasco-gob.example
"""
write_source("ae23.md", t)
write_gold("ae23", family="press_release",
    title="ARRANCA CAMPAÑA INVERNAL DE VACUNACIÓN CONTRA INFLUENZA",
    date="2022-11-18", source="GOBIERNO DE TABASCO",
    bulletin_number="SS-1187", issuer="GOBIERNO DE TABASCO", dateline_city="Villahermosa",
    body_first_words="La campaña arranca el lunes en los 17 municipios del estado.",
    body_last_words="la vacuna es gratuita y que no se requiere cita para recibirla.",
    boilerplate=["-0-", "Coordinación General de Comunicación Social y Relaciones Públicas",
                 "Tel. 993 555 0470 | salud.prensa@tabasco-gob.example"],
    must_keep=["La Secretaría de Salud informó que la vacunación estará dirigida a personas mayores de 60 años, embarazadas, niñas y niños de seis meses a cinco años y personas con enfermedades crónicas.",
               "El titular de Salud señaló que los módulos itinerantes recorrerán mercados, terminales de autobuses y comunidades de la Chontalpa y la Sierra."])

# ---------- ae24: press release, municipal DIF, "Comunicado No. 0012", upper-case inline dateline with em dash, curly quotes in title, ---000--- + "Para más información"
t = """DIF MUNICIPAL DE MÉRIDA

Comunicado No. 0012

DIF Mérida entrega cobertores de la campaña “Abrigando Corazones” en comisarías

MÉRIDA, YUC., 7 de enero de 2026.— Ante la llegada del frente frío número 23, el DIF Municipal entregó 2 mil 500 cobertores en 18 comisarías del sur del municipio.

La directora del organismo, Patricia Eugenia Cetina Uc, explicó que se dio prioridad a hogares con personas adultas mayores y con niñas y niños menores de cinco años.

Las brigadas también revisaron la presión arterial y entregaron información sobre la prevención de enfermedades respiratorias.

---000---

Para más información:
Oficina de Prensa DIF Mérida
999 555 0528 · prensa@difmerida-municipal.example
"""
write_source("ae24.text", t, bom=True)
write_gold("ae24", family="press_release",
    title="DIF Mérida entrega cobertores de la campaña “Abrigando Corazones” en comisarías",
    date="2026-01-07", source="DIF MUNICIPAL DE MÉRIDA",
    bulletin_number="0012", issuer="DIF MUNICIPAL DE MÉRIDA", dateline_city="MÉRIDA",
    body_first_words="Ante la llegada del frente frío número 23, el DIF Municipal entregó",
    body_last_words="información sobre la prevención de enfermedades respiratorias.",
    boilerplate=["---000---", "Para más información:", "Oficina de Prensa DIF Mérida",
                 "999 555 0528 · prensa@difmerida-municipal.example"],
    must_keep=["La directora del organismo, Patricia Eugenia Cetina Uc, explicó que se dio prioridad a hogares con personas adultas mayores y con niñas y niños menores de cinco años.",
               "Las brigadas también revisaron la presión arterial y entregaron información sobre la prevención de enfermedades respiratorias."])

# ---------- ae25: jekyll, ISO datetime -06:00 just before midnight on New Year's Eve, only Destacadas, "Por" inside author, image_credit key
t = """---
layout: post
title: "Tulum cierra 2025 con récord de visitantes en la zona arqueológica"
date: 2025-12-31T23:30:00-06:00
author: "Por Pedro Canul Dzul"
categories: [Destacadas]
tags: [Tulum, turismo, INAH]
image: /uploads/2025/12/tulum-zona.jpg
image_credit: "Foto: Archivo / Xaman Noticias"
site_name: Xaman Noticias
---

La zona arqueológica de Tulum cerró el año con más de 2.1 millones de visitantes, la cifra más alta desde su reapertura tras la pandemia.

El incremento se atribuye a la conexión con el Tren Maya y al nuevo aeropuerto internacional, según autoridades del sector turístico.

Guías locales advirtieron que la saturación en horas pico obliga a revisar los límites de aforo en el sitio.
"""
write_source("ae25.md", t)
write_gold("ae25", family="jekyll",
    title="Tulum cierra 2025 con récord de visitantes en la zona arqueológica",
    date="2025-12-31", bylines=["Pedro Canul Dzul"], source="Xaman Noticias",
    section=None, placement=["Destacadas"],
    body_first_words="La zona arqueológica de Tulum cerró el año con más de 2.1 millones de visitantes",
    body_last_words="obliga a revisar los límites de aforo en el sitio.",
    must_keep=["El incremento se atribuye a la conexión con el Tren Maya y al nuevo aeropuerto internacional, según autoridades del sector turístico.",
               "Guías locales advirtieron que la saturación en horas pico obliga a revisar los límites de aforo en el sitio."],
    photo_credit="Archivo / Xaman Noticias")

# ---------- ae26: jekyll, naive datetime without seconds, space-separated categories string, block author list, mixed EOL
t = """---
title: Boca del Río estrena señalización bilingüe en el bulevar costero
date: 2022-06-01 07:00
categories: Portada Municipios
author:
  - Verónica Lagunes Ortiz
tags:
  - Boca del Río
  - turismo
comments: false
legacy_url: /noticias/municipios/2022/06/senalizacion-bilingue.html
---

El Ayuntamiento de Boca del Río instaló 85 señalamientos bilingües en español e inglés a lo largo del bulevar Manuel Ávila Camacho.

Los letreros indican hoteles, playas, módulos de atención turística y rutas de evacuación en caso de huracán.

El proyecto se financió con recursos del impuesto al hospedaje y se ampliará a Mocambo durante el segundo semestre.
"""
write_source("ae26.md", t, eol="mixed")
write_gold("ae26", family="jekyll",
    title="Boca del Río estrena señalización bilingüe en el bulevar costero",
    date="2022-06-01", bylines=["Verónica Lagunes Ortiz"], section="Municipios", placement=["Portada"],
    body_first_words="El Ayuntamiento de Boca del Río instaló 85 señalamientos bilingües en español e inglés",
    body_last_words="y se ampliará a Mocambo durante el segundo semestre.",
    must_keep=["Los letreros indican hoteles, playas, módulos de atención turística y rutas de evacuación en caso de huracán.",
               "El proyecto se financió con recursos del impuesto al hospedaje y se ampliará a Mocambo durante el segundo semestre."])

# ---------- ae27: jekyll, cp1252 + CRLF, fecha with weekday, Spanish keys (autor with role, categorias), WP teaser glued in body
t = """---
title: "Productores de miel de Tekax reportan caída en la cosecha por la sequía"
fecha: "domingo 1 de septiembre de 2024"
autor: Juan Carlos May / Corresponsal
categorias: [Portada, Campo]
etiquetas: [miel, apicultura, Tekax]
estado: publicado
id_original: 7712
---

Apicultores del sur de Yucatán estiman que la cosecha de miel de este año será 40 por ciento menor que la de 2023 debido a la sequía prolongada.

En Tekax, los productores señalaron que la floración del tajonal y del dzidzilché fue escasa y que muchas colmenas tuvieron que ser alimentadas con jarabe. **Lee también:** [Exportaciones de miel yucateca caen por tercer año consecutivo](/campo/exportaciones-miel)

La cooperativa regional pidió a la Secretaría de Desarrollo Rural un programa emergente de apoyo para la compra de alimento para abejas.

Los apicultores calculan que el precio del kilo de miel en el mercado local podría subir hasta 20\u00a0por ciento antes de fin de año.
"""
write_source("ae27.md", t, enc="cp1252", eol="crlf")
write_gold("ae27", family="jekyll",
    title="Productores de miel de Tekax reportan caída en la cosecha por la sequía",
    date="2024-09-01", bylines=["Juan Carlos May"], section="Campo", placement=["Portada"],
    body_first_words="Apicultores del sur de Yucatán estiman que la cosecha de miel de este año",
    body_last_words="podría subir hasta 20 por ciento antes de fin de año.",
    boilerplate=["Lee también:", "Exportaciones de miel yucateca caen por tercer año consecutivo"],
    must_keep=["En Tekax, los productores señalaron que la floración del tajonal y del dzidzilché fue escasa y que muchas colmenas tuvieron que ser alimentadas con jarabe.",
               "La cooperativa regional pidió a la Secretaría de Desarrollo Rural un programa emergente de apoyo para la compra de alimento para abejas."])

# ---------- ae28: generic, setext (=====) heading, list body
t = """Horarios de recolección de basura en Boca del Río
=================================================

La recolección domiciliaria se realiza en tres turnos, según la zona de la ciudad.

* Zona centro y costera: lunes, miércoles y viernes, de 7:00 a 13:00 horas.
* Fraccionamientos del poniente: martes, jueves y sábado, de 8:00 a 14:00 horas.
* Localidades rurales: un recorrido semanal los domingos.

Se recomienda sacar las bolsas bien cerradas solo cuando pase el camión, para evitar que los perros las rompan.
"""
write_source("ae28.markdown", t)
write_gold("ae28", family="generic",
    title="Horarios de recolección de basura en Boca del Río",
    body_first_words="La recolección domiciliaria se realiza en tres turnos, según la zona de la ciudad.",
    body_last_words="para evitar que los perros las rompan.",
    must_keep=["La recolección domiciliaria se realiza en tres turnos, según la zona de la ciudad.",
               "Se recomienda sacar las bolsas bien cerradas solo cuando pase el camión, para evitar que los perros las rompan."])

# ---------- ae29: generic, BOM + leading blank lines, plain title line, mixed EOL, trailing spaces
t = """

Glosario básico para la temporada de huracanes   

Zona de baja presión: área donde la presión atmosférica es menor que en sus alrededores y que puede convertirse en un ciclón tropical.

Depresión tropical: ciclón con vientos sostenidos menores a 63 kilómetros por hora.

Tormenta tropical: ciclón con vientos de entre 63 y 118 kilómetros por hora; a partir de esta etapa recibe un nombre.   

Huracán: ciclón con vientos mayores a 118 kilómetros por hora, clasificado en cinco categorías según la escala Saffir-Simpson.
"""
write_source("ae29.text", t, eol="mixed", bom=True)
write_gold("ae29", family="generic",
    title="Glosario básico para la temporada de huracanes",
    body_first_words="Zona de baja presión: área donde la presión atmosférica es menor",
    body_last_words="clasificado en cinco categorías según la escala Saffir-Simpson.",
    must_keep=["Depresión tropical: ciclón con vientos sostenidos menores a 63 kilómetros por hora.",
               "Tormenta tropical: ciclón con vientos de entre 63 y 118 kilómetros por hora; a partir de esta etapa recibe un nombre."])

# ---------- ae30: bad, CSV export from a transparency portal, cp1252 CRLF
t = """folio;fecha_solicitud;dependencia;tema;estatus;dias_respuesta
00412/2024;02/01/2024;Comisión de Agua;Padrón de usuarios;Respondida;12
00413/2024;02/01/2024;DIF Municipal;Programas alimentarios;En trámite;
00417/2024;03/01/2024;Obras Públicas;Contratos de bacheo;Respondida;18
00421/2024;04/01/2024;Tesorería;Recaudación de predial;Prevención;5
"""
write_source("ae30.txt", t, enc="cp1252", eol="crlf")
bad("ae30", "CSV data export, not an article")
print("part3 ok")
