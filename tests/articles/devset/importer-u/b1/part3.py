# -*- coding: utf-8 -*-
"""Part 3 of the blind set: u21-u23 (Jekyll), u24-u27 (generic notes), u28-u30 (bad)."""

FILES = []

# ---------------------------------------------------------------- u21 Jekyll (day-first date, status: draft)
FILES.append(dict(
    name='u21_incendios_durango', ext='markdown', enc='cp1252', eol='lf',
    hazards='Jekyll in Windows-1252: date 23/04/2019 (day first), "status: draft" (unpublished), '
            'categories given as a plain string, outlet under an "outlet:" key, flow tags, title '
            'with a semicolon inside single quotes.',
    text="""---
layout: post
title: 'Suman 38 incendios forestales en Durango; quemas agrícolas, la principal causa'
date: 23/04/2019
status: draft
author: Rebeca Quiñones Aguilar
outlet: Guadiana Hoy
categories: Local
tags: [incendios, estiaje, bosques]
---

En lo que va de la temporada de estiaje se han registrado 38 incendios forestales en el estado, que han afectado alrededor de 2 mil 600 hectáreas, principalmente de pastizal y arbolado adulto en los municipios de Pueblo Nuevo, San Dimas y Tepehuanes, informó el comité estatal de manejo del fuego.

El coordinador del comité, Abelardo Soto Herrera, explicó que 70 por ciento de los siniestros se originó por quemas agrícolas que se salieron de control, y el resto por fogatas mal apagadas de paseantes durante las vacaciones de Semana Santa.

Actualmente trabajan en el estado 24 brigadas con 260 combatientes, apoyadas por ejidatarios y por dos helicópteros con helibalde que operan desde la capital.

“Las condiciones de este año son más secas que en 2018; tenemos humedad muy baja y vientos que cambian de dirección por la tarde”, advirtió.

El funcionario recordó que las quemas agrícolas deben notificarse con anticipación y realizarse en las primeras horas del día, con una brecha cortafuego y personal suficiente para controlarlas. Quien provoque un incendio por negligencia puede ser sancionado conforme a la ley.

Para reportar un incendio, la población puede comunicarse al número de emergencias 911. Las autoridades pidieron no acercarse a las zonas afectadas ni obstruir los caminos de acceso que utilizan las brigadas.
""",
    gold=dict(
        family='jekyll',
        title='Suman 38 incendios forestales en Durango; quemas agrícolas, la principal causa',
        date='2019-04-23',
        published=False,
        bylines=['Rebeca Quiñones Aguilar'],
        source='Guadiana Hoy',
        section='Local',
        placement=[],
        body_first_words='En lo que va de la temporada de estiaje',
        body_last_words='los caminos de acceso que utilizan las brigadas.',
        boilerplate=[
            'status: draft',
            'outlet: Guadiana Hoy',
        ],
        must_keep=[
            'Actualmente trabajan en el estado 24 brigadas con 260 combatientes, apoyadas por ejidatarios y por dos helicópteros con helibalde que operan desde la capital.',
        ],
    ),
))

# ---------------------------------------------------------------- u22 Jekyll (fecha: in words, Portada only)
FILES.append(dict(
    name='u22_ruta_cacao_cardenas', ext='md', enc='utf-8', eol='crlf',
    hazards='Jekyll with CRLF: no "date:" key but "fecha: 5 de octubre de 2022", the only '
            'category is "Portada" (placement, section null), Liquid {{ site.baseurl }} image, '
            'HTML TODO comment, "Etiquetas:" line and copyright footer in the body, no outlet key.',
    text="""---
layout: post
title: "Productores de cacao de Cárdenas abren ruta turística en sus fincas"
fecha: 5 de octubre de 2022
author: Juan Carlos Hidalgo Pérez
categories:
  - Portada
tags: [Cárdenas, cacao, agroturismo]
---

<!-- TODO: cambiar foto principal -->

Once familias productoras de cacao del ejido Santa Rosalía, en Cárdenas, inaugurarán el próximo fin de semana una ruta turística que permitirá a los visitantes conocer el proceso completo del grano, desde la cosecha de la mazorca hasta la elaboración artesanal de chocolate.

![Finca cacaotera]({{ site.baseurl }}/assets/2022/10/finca-cacao.jpg)

El recorrido, de unas cuatro horas, incluye la visita a tres fincas bajo la sombra de macuilís y cedros, una demostración de fermentado y secado, y una comida tradicional preparada por las cocineras del ejido.

Rosario Méndez de la Cruz, representante de la cooperativa, explicó que el proyecto busca compensar la caída en el precio que les pagan los intermediarios, que este año ronda los 45 pesos por kilo de grano seco. "Con el turismo, el cacao se queda aquí y la ganancia también", dijo.

Los productores recibieron capacitación en atención a visitantes y primeros auxilios, y adaptaron una bodega como sala de degustación con apoyo de un programa estatal de turismo rural.

El costo del recorrido será de 350 pesos por persona, con descuento para estudiantes, y deberá reservarse con un día de anticipación. Los grupos serán de máximo 20 personas.

La ruta se suma a otras experiencias de la Chontalpa que han apostado por el agroturismo en los últimos años, aunque los organizadores reconocen que el principal reto es el estado de los caminos en temporada de lluvias.

Etiquetas: cacao, Cárdenas, turismo rural

© 2022 Chontalpa Viva. Todos los derechos reservados.
""",
    gold=dict(
        family='jekyll',
        title='Productores de cacao de Cárdenas abren ruta turística en sus fincas',
        date='2022-10-05',
        published=True,
        bylines=['Juan Carlos Hidalgo Pérez'],
        source=None,
        section=None,
        placement=['Portada'],
        body_first_words='Once familias productoras de cacao del ejido Santa Rosalía',
        body_last_words='el estado de los caminos en temporada de lluvias.',
        boilerplate=[
            '<!-- TODO: cambiar foto principal -->',
            '{{ site.baseurl }}',
            'Etiquetas: cacao, Cárdenas, turismo rural',
            'Todos los derechos reservados.',
        ],
        must_keep=[
            'El recorrido, de unas cuatro horas, incluye la visita a tres fincas bajo la sombra de macuilís y cedros, una demostración de fermentado y secado, y una comida tradicional preparada por las cocineras del ejido.',
        ],
    ),
))

# ---------------------------------------------------------------- u23 Jekyll (ISO offset, unreadable published)
FILES.append(dict(
    name='u23_infecciones_respiratorias_morelos', ext='md', enc='utf-8', eol='mixed',
    hazards='Jekyll with mixed CRLF/LF: ISO date-time with -06:00 offset in the evening (UTC would '
            'be the next day), published: "pendiente" (unreadable -> false), block list of two '
            'authors under "authors:", categories [Portada, Destacadas, Salud] (two placement '
            'flags, section Salud), "site:" key, NBSP in "30 %" inside the title.',
    text="""---
layout: post
title: "Aumentan 30\u00a0% las consultas por infecciones respiratorias en Morelos"
date: 2024-01-07T21:30:00-06:00
published: "pendiente"
site: Tlahuica Noticias
authors:
  - Paola Carrillo Bahena
  - Marco Antonio Rendón
categories: ["Portada", "Destacadas", "Salud"]
---

Las consultas por infecciones respiratorias agudas aumentaron 30 por ciento en las unidades de salud de Morelos durante la primera semana de enero, en comparación con el mismo periodo de 2023, de acuerdo con el reporte epidemiológico estatal.

Los municipios con más casos son Cuernavaca, Jiutepec, Temixco y Cuautla, donde las temperaturas mínimas han llegado a 6 grados en la madrugada. Los grupos más afectados son menores de cinco años y personas mayores de 60.\x20

La médica familiar Sandra Ocampo Nava, del centro de salud de la colonia Antonio Barona, dijo que la mayoría de los pacientes llega con fiebre, tos y dolor de garganta, y que en muchos casos se trata de personas que no recibieron la vacuna contra la influenza.

"Todavía hay vacunas disponibles; no hace falta cita y la aplicación es gratuita", recordó. La campaña de invierno concluirá el 31 de marzo.

Las autoridades sanitarias recomendaron abrigarse en capas, evitar cambios bruscos de temperatura, lavarse las manos con frecuencia y no enviar a la escuela a niñas y niños con síntomas. También pidieron no automedicarse con antibióticos, que no sirven contra los virus.

En los hospitales generales de Cuernavaca y Cuautla se habilitaron áreas de triaje respiratorio para separar a los pacientes con síntomas de los demás usuarios.
""",
    gold=dict(
        family='jekyll',
        title='Aumentan 30 % las consultas por infecciones respiratorias en Morelos',
        date='2024-01-07',
        published=False,
        bylines=['Paola Carrillo Bahena', 'Marco Antonio Rendón'],
        source='Tlahuica Noticias',
        section='Salud',
        placement=['Portada', 'Destacadas'],
        body_first_words='Las consultas por infecciones respiratorias agudas aumentaron',
        body_last_words='de los demás usuarios.',
        boilerplate=[
            'published: "pendiente"',
            'site: Tlahuica Noticias',
        ],
        must_keep=[
            'La campaña de invierno concluirá el 31 de marzo.',
        ],
    ),
))

# ---------------------------------------------------------------- u24 generic (plain text, Publicado:)
FILES.append(dict(
    name='u24_vacunacion_antirrabica_pachuca', ext='txt', enc='utf-8', eol='lf',
    hazards='Generic neighbourhood note: first line is the title, "Publicado: 14 de junio de 2023" '
            'gives the date, no outlet/issuer/end marker/front matter; body speaks in first '
            'person plural.',
    text="""Jornada de vacunación antirrábica en la colonia Periodistas
Publicado: 14 de junio de 2023

El próximo sábado 17 de junio se llevará a cabo una jornada de vacunación antirrábica para perros y gatos en el jardín principal de la colonia Periodistas, en Pachuca, de 9:00 a 14:00 horas.

La vacuna es gratuita y se aplicará a animales mayores de un mes. Se pide llevar a los perros con correa y a los gatos en transportadora o en una caja con ventilación, para evitar que se escapen o se lastimen.

El comité vecinal acordó con el centro de salud de la zona que también habrá esterilizaciones con cita previa, limitadas a 30 lugares. Quienes deseen apartar un lugar pueden anotarse con la señora Araceli Monroy en la papelería de la esquina de Excélsior y La Prensa.

Recordamos que la rabia es una enfermedad mortal y que la vacunación anual de las mascotas es la mejor forma de prevenirla. El año pasado se vacunaron 214 animales en la jornada, y este año esperamos superar esa cifra.

Las personas voluntarias que quieran apoyar con el registro de los animales pueden llegar desde las 8:30 horas. Habrá agua y sombra para las mascotas, y se pide a los dueños recoger los desechos de sus animales.

Agradecemos a las familias que cada año participan y ayudan a mantener limpio el jardín después de la jornada.
""",
    gold=dict(
        family='generic',
        title='Jornada de vacunación antirrábica en la colonia Periodistas',
        date='2023-06-14',
        body_first_words='El próximo sábado 17 de junio se llevará a cabo',
        body_last_words='mantener limpio el jardín después de la jornada.',
        boilerplate=[
            'Publicado: 14 de junio de 2023',
        ],
        must_keep=[
            'Recordamos que la rabia es una enfermedad mortal y que la vacunación anual de las mascotas es la mejor forma de prevenirla.',
        ],
    ),
))

# ---------------------------------------------------------------- u25 generic (Markdown # title, no date)
FILES.append(dict(
    name='u25_biblioteca_san_pablo_autopan', ext='md', enc='utf-8', eol='lf',
    hazards='Generic Markdown note: "#" heading as title, no date anywhere (date null), emphasis '
            'and a plain bullet list inside the body, a "##" subheading in the middle (not a wire '
            'title: no outlet/date byline follows).',
    text="""# La biblioteca comunitaria de San Pablo Autopan cumple cinco años

La biblioteca comunitaria Letras de Maíz, ubicada en la delegación de San Pablo Autopan, en Toluca, celebrará su quinto aniversario con una semana de actividades abiertas a toda la comunidad.

El proyecto nació en una habitación prestada por una familia del barrio de La Concepción, con 300 libros donados por maestros jubilados. Hoy cuenta con más de 4 mil ejemplares, dos computadoras y un patio techado donde cada tarde se reúnen niñas y niños a hacer la tarea.

## Actividades del aniversario

- Lectura en voz alta de cuentos en otomí y en español
- Taller de encuadernación artesanal para adolescentes
- Intercambio de libros para personas adultas
- Función de títeres con la obra *El conejo y la luna*

La coordinadora, Marisol Becerril Arriaga, explicó que la biblioteca funciona gracias a 18 personas voluntarias que se turnan para abrir de lunes a sábado. "No cobramos nada; lo único que pedimos es que los libros regresen", comentó entre risas.

En estos cinco años, la biblioteca ha prestado más de 11 mil libros y ha organizado clubes de lectura para mujeres, círculos de estudio para la preparatoria abierta y talleres de cómputo para personas mayores.

Para el próximo año buscan reunir fondos para construir un segundo salón y ampliar la colección de libros en lengua otomí, que hoy apenas suma 60 títulos.
""",
    gold=dict(
        family='generic',
        title='La biblioteca comunitaria de San Pablo Autopan cumple cinco años',
        date=None,
        body_first_words='La biblioteca comunitaria Letras de Maíz, ubicada en la delegación',
        body_last_words='que hoy apenas suma 60 títulos.',
        boilerplate=[],
        must_keep=[
            'Lectura en voz alta de cuentos en otomí y en español',
            'La coordinadora, Marisol Becerril Arriaga, explicó que la biblioteca funciona gracias a 18 personas voluntarias que se turnan para abrir de lunes a sábado.',
        ],
    ),
))

# ---------------------------------------------------------------- u26 generic (Google Docs export, dotted date)
FILES.append(dict(
    name='u26_rodada_nocturna_guadalupe', ext='txt', enc='utf-8-sig', eol='crlf',
    hazards='Generic Google Docs export (BOM, CRLF): title line, bare date line "03.03.2023" '
            '(day first), author line "Por Daniela Garza Treviño", NBSPs and trailing spaces, '
            'a tab-indented list.',
    text="""Rodada nocturna recorrerá 18 kilómetros de Guadalupe para pedir ciclovías seguras\x20
03.03.2023
Por Daniela Garza Treviño

El colectivo Pedal Regio convocó a una rodada nocturna para el próximo viernes 10 de marzo, con salida a las 20:30 horas desde la explanada de la presidencia municipal de Guadalupe, para exigir la construcción de ciclovías confinadas en las avenidas principales del municipio.\x20\x20

El recorrido, de 18\u00a0kilómetros, pasará por las avenidas Benito Juárez, Eloy Cavazos y Pablo Livas, donde en los últimos dos años se han registrado al menos siete atropellamientos de ciclistas, de acuerdo con el conteo del propio colectivo.

Los organizadores pidieron a los participantes llevar:
\tcasco y luces delanteras y traseras,
\tchaleco o ropa reflejante,
\tagua y una cámara de repuesto.

Alejandro Cantú Salinas, integrante del colectivo, explicó que la rodada será a ritmo lento, de unos 12\u00a0kilómetros por hora, para que puedan participar niñas, niños y personas que apenas comienzan a usar la bicicleta. Habrá un vehículo de apoyo con herramientas al final del contingente.

"Cada día más gente se mueve en bici para ir al trabajo, pero las calles siguen diseñadas sólo para los coches", señaló.

Al término del recorrido, el colectivo entregará a las autoridades municipales un documento con 2 mil firmas en el que se propone un primer tramo de ciclovía de 5 kilómetros sobre la avenida Benito Juárez, que conecte con la estación Exposición del metro.
""",
    gold=dict(
        family='generic',
        title='Rodada nocturna recorrerá 18 kilómetros de Guadalupe para pedir ciclovías seguras',
        date='2023-03-03',
        bylines=['Daniela Garza Treviño'],
        body_first_words='El colectivo Pedal Regio convocó a una rodada nocturna',
        body_last_words='que conecte con la estación Exposición del metro.',
        boilerplate=[
            'Por Daniela Garza Treviño',
        ],
        must_keep=[
            'El recorrido, de 18 kilómetros, pasará por las avenidas Benito Juárez, Eloy Cavazos y Pablo Livas',
            'Habrá un vehículo de apoyo con herramientas al final del contingente.',
        ],
    ),
))

# ---------------------------------------------------------------- u27 generic (setext title, impossible date)
FILES.append(dict(
    name='u27_limpieza_playa_ensenada', ext='markdown', enc='cp1252', eol='crlf',
    hazards='Generic Markdown in Windows-1252/CRLF: setext heading (title underlined with ===), '
            'impossible date line "31/04/2022" (date null), curly quotes, an ellipsis that is byte '
            '0x85 in Windows-1252 (a NEL line break if misread as Latin-1).',
    text="""Limpieza de la playa municipal de Ensenada reúne a 300 voluntarios
===================================================================

31/04/2022

Cerca de 300 voluntarios, entre estudiantes, buzos, pescadores y familias, participaron en la jornada de limpieza de la playa municipal de Ensenada, donde en tres horas se recolectaron 1.8 toneladas de residuos.

La actividad fue organizada por un grupo de clubes de buceo y surf de la ciudad, que desde hace seis años realiza jornadas de este tipo antes de la temporada vacacional de verano.

Los residuos más comunes fueron colillas de cigarro, tapas de botellas, popotes y fragmentos de redes de pesca. También se encontraron una llanta, dos sillas de plástico y varias latas enterradas en la arena.

“Cada año encontramos menos bolsas, pero más microplásticos… eso es lo que más nos preocupa”, comentó Valeria Ruiz Castañeda, bióloga marina y coordinadora de la jornada.

Un grupo de buzos trabajó al mismo tiempo en la zona del muelle, de donde retiró 120 kilos de basura del fondo marino, principalmente latas, botellas de vidrio y cabos abandonados.

Los organizadores separaron el material reciclable y lo entregaron a un centro de acopio local; lo recaudado se destinará a comprar guantes y costales para la siguiente jornada, prevista para octubre.

Al final de la jornada se realizó un registro de los residuos por tipo, cuyos resultados se compartirán con escuelas de la ciudad para actividades de educación ambiental.
""",
    gold=dict(
        family='generic',
        title='Limpieza de la playa municipal de Ensenada reúne a 300 voluntarios',
        date=None,
        body_first_words='Cerca de 300 voluntarios, entre estudiantes, buzos',
        body_last_words='para actividades de educación ambiental.',
        boilerplate=[
            '31/04/2022',
            '=====',
        ],
        must_keep=[
            'Un grupo de buzos trabajó al mismo tiempo en la zona del muelle, de donde retiró 120 kilos de basura del fondo marino, principalmente latas, botellas de vidrio y cabos abandonados.',
        ],
    ),
))

# ---------------------------------------------------------------- u28 bad (front matter, no body)
FILES.append(dict(
    name='u28_desfile_saltillo', ext='md', enc='utf-8', eol='lf',
    hazards='Bad: complete Jekyll front matter (title, date, categories) followed only by blank '
            'lines and spaces; no body.',
    text="""---
layout: post
title: "Cierre de calles por el desfile del 16 de septiembre en Saltillo"
date: 2023-09-14
author: Sergio Valdés Ramos
categories: [Portada, Local]
tags: [Saltillo, desfile, vialidad]
---

\x20\x20\x20

""",
    gold=dict(
        family='bad',
        refusal_reason='El archivo solo contiene el encabezado (front matter) y no tiene cuerpo de noticia que importar.',
    ),
))

# ---------------------------------------------------------------- u29 bad (saved HTML page)
FILES.append(dict(
    name='u29_pagina_guardada', ext='txt', enc='utf-8', eol='crlf',
    hazards='Bad: a complete saved HTML page (doctype, head, scripts, nav, article markup) with a '
            '.txt extension; refused by convention rather than converted.',
    text="""<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inauguran mercado de productores en Aguascalientes | Portal Hidrocálido</title>
<link rel="stylesheet" href="/wp-content/themes/portal/style.css?ver=6.2">
<script async src="https://analytics.example/tag.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body class="post-template-default single single-post">
<nav class="menu"><ul><li><a href="/">Inicio</a></li><li><a href="/local/">Local</a></li></ul></nav>
<article id="post-8812" class="post">
<header><h1 class="entry-title">Inauguran mercado de productores en Aguascalientes</h1>
<span class="posted-on"><time datetime="2023-04-22T09:10:00-06:00">22 de abril de 2023</time></span></header>
<div class="entry-content">
<p>Con 45 puestos de productores locales de hortalizas, quesos y pan artesanal, abrió sus puertas el mercado sabatino del parque Rodolfo Landeros.</p>
<p>El mercado funcionará todos los sábados de 8:00 a 14:00 horas.</p>
</div>
</article>
<footer><p>&copy; 2023 Portal Hidrocálido</p></footer>
<script src="/wp-includes/js/wp-embed.min.js?ver=6.2"></script>
</body>
</html>
""",
    gold=dict(
        family='bad',
        refusal_reason='El archivo es una página HTML guardada y no un texto de noticia, por lo que se rechaza.',
    ),
))

# ---------------------------------------------------------------- u30 bad (binary junk)
def _junk():
    # deterministic pseudo-random bytes behind a PNG signature, with NULs
    out = bytearray(b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0\x08\x06\x00\x00\x00')
    x = 20240101
    for _ in range(1500):
        x = (1103515245 * x + 12345) & 0x7fffffff
        out.append((x >> 16) & 0xff)
    out += b'\x00\x00\x00\x00IEND\xaeB`\x82'
    return bytes(out)


FILES.append(dict(
    name='u30_adjunto_corrupto', ext='text', enc=None, eol=None,
    data=_junk(),
    hazards='Bad: binary data (a PNG image signature and 1.5 KB of pseudo-random bytes with NULs) '
            'saved with a .text extension.',
    gold=dict(
        family='bad',
        refusal_reason='El archivo contiene datos binarios y no es un texto legible.',
    ),
))
