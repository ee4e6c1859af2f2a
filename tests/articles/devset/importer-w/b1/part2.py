# -*- coding: utf-8 -*-
"""Files w11-w20 of the blind set b1 (see make_b1.py for the entry format)."""

FILES = []

# ---------------------------------------------------------------- w11 wire (two authors, podcast, newsletter, bios)
FILES.append(dict(
    name='w11', ext='markdown', family='wire', enc='utf-8', eol='crlf',
    text="""\
## Guadalajara abre de noche 30 parques con nueva iluminación LED

*El programa arranca en Oblatos, Huentitán y Santa Cecilia; los parques cerrarán a las 23:00 horas*

La Plaza GDL | Ciudad | jueves 07.03.2024

Por Andrea Ruvalcaba Ochoa y Tomás Ibarra Nuño

A partir de este fin de semana, 30 parques de Guadalajara permanecerán abiertos hasta las 23:00 horas, luego de que el Ayuntamiento concluyera la sustitución de 1,200 luminarias por tecnología LED en colonias del oriente y del norte de la ciudad.

La primera etapa incluye espacios en Oblatos, Huentitán El Bajo, Santa Cecilia y Lomas del Paraíso, zonas donde los vecinos habían reportado durante años poca iluminación y robos a transeúntes después del atardecer.

Según el Gobierno municipal, la inversión fue de 46 millones de pesos e incluyó cámaras de videovigilancia enlazadas a la comisaría, así como la reparación de andadores y canchas. Relacionado: ¿Cuánto cuesta el nuevo refrendo vehicular en Jalisco? Cada parque tendrá un guardia y un botón de emergencia.

🎧 En el episodio más reciente de «Plaza Pública», nuestro pódcast semanal, platicamos con vecinas de Oblatos sobre cómo cambió su colonia. Escúchalo en Spotify o Apple Podcasts.

Para Rocío Hernández, quien vende elotes frente al parque de la calle Gigantes, el cambio ya se nota: “Antes a las siete ya nadie quería salir; ahora vienen familias a caminar y los muchachos juegan futbol hasta tarde”.

📩 ¿Te gusta lo que lees? Suscríbete gratis a «La Plaza al Día», nuestro boletín de cada mañana.

Los colectivos vecinales, sin embargo, advierten que la luz por sí sola no basta. Piden que el horario ampliado vaya acompañado de talleres, ligas deportivas y actividades culturales, para que los espacios no queden solos entre semana.

El Ayuntamiento prevé una segunda etapa en junio con otros 25 parques del sur de la ciudad, entre ellos los de Miravalle y Lomas de Polanco, y abrirá en abril una consulta para que los vecinos propongan horarios y actividades.

También te recomendamos:
- Así funcionará la nueva ruta de transporte en Periférico
- Estos son los tianguis que cambian de día en marzo

---

**Andrea Ruvalcaba Ochoa** es reportera de la sección Ciudad de La Plaza GDL; cubre desarrollo urbano y espacio público. **Tomás Ibarra Nuño** es editor de datos y coordina la mesa de verificación.

✉️ Escríbenos: ciudad@laplazagdl.example
""",
    gold=dict(
        title='Guadalajara abre de noche 30 parques con nueva iluminación LED',
        date='2024-03-07',
        bylines=['Andrea Ruvalcaba Ochoa', 'Tomás Ibarra Nuño'],
        source='La Plaza GDL',
        section='Ciudad',
        body_first_words='A partir de este fin de semana, 30 parques',
        body_last_words='para que los vecinos propongan horarios y actividades.',
        boilerplate=[
            'El programa arranca en Oblatos, Huentitán y Santa Cecilia',
            'Relacionado: ¿Cuánto cuesta el nuevo refrendo vehicular en Jalisco?',
            'nuestro pódcast semanal',
            'Suscríbete gratis',
            'También te recomendamos:',
            'Así funcionará la nueva ruta de transporte en Periférico',
            'es reportera de la sección Ciudad',
            'ciudad@laplazagdl.example',
        ],
        must_keep=[
            'Según el Gobierno municipal, la inversión fue de 46 millones de pesos e incluyó cámaras de videovigilancia enlazadas a la comisaría, así como la reparación de andadores y canchas.',
            'Cada parque tendrá un guardia y un botón de emergencia.',
        ],
    )))

# ---------------------------------------------------------------- w12 press release (court, wrapped title, plain subtitle = body)
FILES.append(dict(
    name='w12', ext='txt', family='press_release', enc='utf-8', eol='crlf',
    text="""\
TRIBUNAL SUPERIOR DE JUSTICIA DEL ESTADO DE ZACATECAS
Coordinación de Comunicación Social

Comunicado No. 45/2023

INAUGURA TRIBUNAL SALA DE ORALIDAD FAMILIAR
EN FRESNILLO CON CUATRO JUZGADOS

La nueva sede atenderá asuntos de pensión alimenticia, guarda y custodia de 11 municipios del centro-norte del estado.

Zacatecas, Zac., a 21 de agosto de 2023

El magistrado presidente del Tribunal Superior de Justicia, Octavio Salcedo Berumen, inauguró este lunes la Sala de Oralidad Familiar de Fresnillo, que concentra cuatro juzgados y una unidad de mediación en un mismo edificio.

Hasta ahora, las audiencias familiares de la región se celebraban en dos inmuebles rentados con salas pequeñas y sin áreas de espera para niñas y niños, lo que obligaba a diferir hasta una tercera parte de las diligencias programadas.

El nuevo edificio, ubicado en la avenida Plateros, cuenta con seis salas de audiencia equipadas para videograbación, una sala lúdica para menores, un consultorio de psicología y un módulo de la Defensoría Pública para orientar a quienes acuden sin abogado.

La inversión fue de 27.5\u00a0millones de pesos, de los cuales la mitad provino del fondo auxiliar del propio Poder Judicial. Salcedo Berumen informó que en 2022 los juzgados familiares de Fresnillo recibieron 3 mil 860 demandas, la mayoría por pensión alimenticia.

La jueza coordinadora, Irma Leticia Dávila Acuña, explicó que con la unidad de mediación se espera resolver por acuerdo al menos una cuarta parte de los asuntos, sin necesidad de llegar a juicio.

La sala abrirá al público el 28 de agosto en horario de 8:00 a 15:00 horas.

* * *

Contacto: Coordinación de Comunicación Social
Tel. 492 000 3456 | comunicacion@tsj-zac.example
""",
    gold=dict(
        title='INAUGURA TRIBUNAL SALA DE ORALIDAD FAMILIAR EN FRESNILLO CON CUATRO JUZGADOS',
        date='2023-08-21',
        source='Tribunal Superior de Justicia del Estado de Zacatecas',
        bulletin_number='45/2023',
        issuer='Tribunal Superior de Justicia del Estado de Zacatecas',
        dateline_city='Zacatecas',
        body_first_words='La nueva sede atenderá asuntos de pensión alimenticia',
        body_last_words='en horario de 8:00 a 15:00 horas.',
        boilerplate=[
            'TRIBUNAL SUPERIOR DE JUSTICIA DEL ESTADO DE ZACATECAS',
            'Comunicado No. 45/2023',
            'Zacatecas, Zac., a 21 de agosto de 2023',
            '* * *',
            'Coordinación de Comunicación Social',
            'comunicacion@tsj-zac.example',
        ],
        must_keep=[
            'La nueva sede atenderá asuntos de pensión alimenticia, guarda y custodia de 11 municipios del centro-norte del estado.',
            'La sala abrirá al público el 28 de agosto en horario de 8:00 a 15:00 horas.',
        ],
    )))

# ---------------------------------------------------------------- w13 jekyll (cp1252, day-first date, published: false, byline in body)
FILES.append(dict(
    name='w13', ext='md', family='jekyll', enc='cp1252', eol='crlf',
    text="""\
---
layout: post
title: "Reabre el Museo de la Ciudad con una sala dedicada a los tlahuicas"
date: 23/04/2019
category: Cultura
published: false
tags:
- museos
- Cuernavaca
- historia
outlet: Cuernavaca Abierta
---

Por: Gabriela Ocampo Sotelo

Después de ocho meses cerrado por reparaciones en la techumbre y en el sistema eléctrico, el Museo de la Ciudad de Cuernavaca reabrió sus puertas con una nueva sala dedicada a los pueblos tlahuicas que habitaron la región antes de la llegada de los españoles.

La sala reúne 84 piezas arqueológicas, entre vasijas, malacates, figurillas de barro y herramientas de obsidiana, la mayoría prestadas por coleccionistas particulares y por la comunidad de Ocotepec, que resguardaba parte del acervo en su ayudantía.

El director del recinto, Alfonso Quintero Barrera, explicó que la museografía se diseñó con ayuda de cronistas de los pueblos del norte del municipio, quienes aportaron relatos orales sobre los antiguos caminos de comercio hacia el valle de Cuauhnáhuac.

“Queríamos que la gente de los pueblos se viera en el museo y no solo como algo del pasado”, comentó el director durante el recorrido inaugural.

La reapertura incluye un programa de visitas guiadas los sábados, talleres de cerámica para niñas y niños y un ciclo de charlas sobre historia local que comenzará en mayo.

La entrada general cuesta 40 pesos; estudiantes, docentes y personas adultas mayores pagan la mitad, y los domingos el acceso es gratuito. El museo abre de martes a domingo de 10:00 a 17:00 horas.

Etiquetas: museos, Cuernavaca, historia, tlahuicas
""",
    gold=dict(
        title='Reabre el Museo de la Ciudad con una sala dedicada a los tlahuicas',
        date='2019-04-23',
        published=False,
        bylines=['Gabriela Ocampo Sotelo'],
        source='Cuernavaca Abierta',
        section='Cultura',
        placement=[],
        body_first_words='Después de ocho meses cerrado por reparaciones',
        body_last_words='de martes a domingo de 10:00 a 17:00 horas.',
        boilerplate=['Por: Gabriela Ocampo Sotelo', 'Etiquetas: museos, Cuernavaca'],
        must_keep=[
            '“Queríamos que la gente de los pueblos se viera en el museo y no solo como algo del pasado”, comentó el director durante el recorrido inaugural.',
        ],
    )))

# ---------------------------------------------------------------- w14 generic (Markdown heading, no date line)
FILES.append(dict(
    name='w14', ext='md', family='generic', enc='cp1252', eol='lf',
    text="""\
# Reabren el Jardín de San José tras cinco meses de remodelación

La remodelación del Jardín de San José, en el barrio del mismo nombre al poniente del centro de Colima, concluyó esta semana y el espacio volvió a llenarse de familias, vendedores de raspados y jugadores de ajedrez que por décadas se han reunido bajo sus árboles.

Los trabajos incluyeron el cambio de banquetas y bancas, la rehabilitación del kiosco y una nueva red de alumbrado. También se repararon las tomas de agua que alimentan las jardineras, que durante años permanecieron secas.

## Lo que cambió

- Se plantaron 35 árboles nativos, entre ellos parotas, primaveras y cuéramos.
- Se retiró el piso de concreto de la zona de juegos y se colocó uno de caucho.
- Se instalaron dos bebederos y rampas en las cuatro esquinas.

## Lo que falta

Vecinos de la calle Francisco I. Madero señalaron que todavía no se ha resuelto el problema del estacionamiento en doble fila los fines de semana, ni la falta de baños públicos cerca del jardín.

Don Aurelio Cárdenas, que vende nieve de garrafa en la esquina desde hace treinta años, dijo que el lugar quedó más bonito, aunque extraña la sombra de los dos laureles que fueron retirados porque estaban enfermos.

La próxima kermés del barrio está prevista para el 14 de octubre, con música de banda, antojitos y juegos tradicionales para recaudar fondos para la parroquia.
""",
    gold=dict(
        title='Reabren el Jardín de San José tras cinco meses de remodelación',
        date=None,
        body_first_words='La remodelación del Jardín de San José',
        body_last_words='para recaudar fondos para la parroquia.',
        boilerplate=[],
        must_keep=[
            'Se plantaron 35 árboles nativos, entre ellos parotas, primaveras y cuéramos.',
        ],
    )))

# ---------------------------------------------------------------- w15 wire (cp1252, caps title over two lines, byline at end, MÁS NOTICIAS mid)
FILES.append(dict(
    name='w15', ext='text', family='wire', enc='cp1252', eol='lf',
    text="""\
Voz del Istmo Noticias
Domingo, 12 de noviembre de 2023

PESCADORES DE JUCHITÁN RECIBEN 120 MOTORES
NUEVOS PARA SUS LANCHAS

JUCHITÁN DE ZARAGOZA, Oax. (Voz del Istmo).— Un total de 120 pescadores ribereños de Juchitán, Unión Hidalgo y San Mateo del Mar recibieron motores fuera de borda nuevos, con los que podrán sustituir equipos que en muchos casos tenían más de quince años de uso.

Foto: Especial

La entrega se realizó en la explanada de la cooperativa Binni Guenda, donde los pescadores explicaron que los motores viejos consumían casi el doble de gasolina y se descomponían en plena faena, lo que los obligaba a regresar sin producto.

Cada motor tiene un valor aproximado de 68\u00a0mil pesos; el programa cubre 70 por ciento del costo y los pescadores aportan el resto en pagos mensuales durante dos años.

MÁS NOTICIAS
· Vientos del norte superan los 90 kilómetros por hora en La Ventosa
· Abren inscripciones para talleres de bordado istmeño

Eliseo Girón Matus, presidente de la cooperativa, dijo que la temporada de camarón ha sido baja por los nortes y que el ahorro en combustible permitirá a las familias resistir los meses sin captura.

Las autoridades pesqueras informaron que en 2024 se abrirá una segunda convocatoria para otros 150 pescadores de la región, con prioridad para quienes no cuentan con permiso vigente y desean regularizarse.

Los beneficiarios deberán asistir a un curso de mantenimiento básico y entregar sus motores antiguos para que sean desarmados y reciclados, con el fin de evitar que se revendan y sigan contaminando la laguna Superior.

Texto: Rosalba Toledo Jiménez / Voz del Istmo
""",
    gold=dict(
        title='PESCADORES DE JUCHITÁN RECIBEN 120 MOTORES NUEVOS PARA SUS LANCHAS',
        date='2023-11-12',
        bylines=['Rosalba Toledo Jiménez'],
        source='Voz del Istmo Noticias',
        body_first_words='Un total de 120 pescadores ribereños de Juchitán',
        body_last_words='sigan contaminando la laguna Superior.',
        boilerplate=[
            'JUCHITÁN DE ZARAGOZA, Oax. (Voz del Istmo).—',
            'MÁS NOTICIAS',
            'Vientos del norte superan los 90 kilómetros por hora en La Ventosa',
            'Abren inscripciones para talleres de bordado istmeño',
            'Texto: Rosalba Toledo Jiménez',
        ],
        must_keep=[
            'Eliseo Girón Matus, presidente de la cooperativa, dijo que la temporada de camarón ha sido baja por los nortes y que el ahorro en combustible permitirá a las familias resistir los meses sin captura.',
        ],
        photo_credit='Especial',
    )))

# ---------------------------------------------------------------- w16 press release (university, social media, mixed EOL, H. Cárdenas)
FILES.append(dict(
    name='w16', ext='text', family='press_release', enc='utf-8', eol='mixed',
    text="""\
🎓 #Comunicado | Universidad Estatal de la Chontalpa

Boletín UECH/DCS/112

Estudiantes de la UECH desarrollan biofiltro para tratar aguas residuales de granjas porcícolas

H. Cárdenas, Tabasco, 9 de octubre de 2023.- Un grupo de seis estudiantes de Ingeniería Ambiental de la Universidad diseñó un biofiltro de bajo costo para tratar las aguas residuales de pequeñas granjas porcícolas, que en la región suelen descargarse sin tratamiento en drenes y arroyos.

El proyecto, asesorado por la doctora Yadira Pérez Landero, fue probado durante seis meses en una granja del ejido Santa Rosalía, donde se tomaron muestras cada semana para medir la calidad del agua antes y después del filtro.

Los resultados muestran que el sistema:

🔹 Reduce hasta 85 por ciento la carga orgánica del agua.
🔹 Utiliza materiales locales como cáscara de coco, tezontle y carbón vegetal.
🔹 Tiene un costo menor a 40 mil pesos por unidad.

La investigadora explicó que la mayoría de las granjas de la Chontalpa son familiares y no pueden pagar una planta de tratamiento convencional, por lo que el diseño se pensó para que los propios productores puedan construirlo y darle mantenimiento.

El equipo obtuvo el primer lugar en la categoría de Innovación Social del encuentro regional de ciencia celebrado en Villahermosa y representará a Tabasco en la etapa nacional en noviembre.

La Universidad buscará el apoyo de los ayuntamientos de Cárdenas y Huimanguillo para instalar cinco biofiltros demostrativos en 2024 y capacitar a productores interesados.

#OrgulloChontalpa #CienciaUECH 🌱

oo0oo

Dirección de Comunicación Social UECH
📧 difusion@uech.example | ☎️ 937 000 5511
Facebook e Instagram: @UECHoficial_ej
""",
    gold=dict(
        title='Estudiantes de la UECH desarrollan biofiltro para tratar aguas residuales de granjas porcícolas',
        date='2023-10-09',
        source='Universidad Estatal de la Chontalpa',
        bulletin_number='UECH/DCS/112',
        issuer='Universidad Estatal de la Chontalpa',
        dateline_city='H. Cárdenas',
        body_first_words='Un grupo de seis estudiantes de Ingeniería Ambiental',
        body_last_words='capacitar a productores interesados.',
        boilerplate=[
            '#Comunicado | Universidad Estatal de la Chontalpa',
            'Boletín UECH/DCS/112',
            'H. Cárdenas, Tabasco, 9 de octubre de 2023.-',
            '#OrgulloChontalpa',
            'oo0oo',
            'Dirección de Comunicación Social UECH',
            'difusion@uech.example',
            '@UECHoficial_ej',
        ],
        must_keep=[
            'Reduce hasta 85 por ciento la carga orgánica del agua.',
            'Tiene un costo menor a 40 mil pesos por unidad.',
        ],
    )))

# ---------------------------------------------------------------- w17 jekyll (BOM, fecha: in Spanish, status: draft, Liquid, bio)
FILES.append(dict(
    name='w17', ext='md', family='jekyll', enc='utf-8-sig', eol='lf',
    text="""\
---
layout: post
title: "Productores de Nayarit esperan cosecha récord de yaca"
fecha: 5 de octubre de 2022
status: draft
author: "Por: Héctor Ríos Lamadrid"
categories: [Economía, Campo]
tags: [yaca, exportación, San Blas]
sitio: Tepic en Corto
---

Los productores de yaca de Nayarit prevén cerrar 2022 con una cosecha de alrededor de 48 mil toneladas, la más alta de la que se tenga registro, gracias a las lluvias regulares del verano y a la entrada en producción de huertas plantadas hace cinco años.

La mayor parte de la fruta se cultiva en San Blas, Compostela y Tepic, donde la yaca pasó en dos décadas de ser un árbol de traspatio a un cultivo comercial que da empleo a miles de jornaleros durante la temporada de corte.

{% include newsletter.html %}

De acuerdo con la asociación local de productores, 70 por ciento de la cosecha se exporta a Estados Unidos y Canadá, principalmente como fruta fresca, aunque cada vez más empacadoras la venden en trozos congelados o deshidratada.

Jacinto Robles Partida, productor del ejido Aticama, advirtió que el precio por kilo cayó casi 20 por ciento respecto al año pasado por la sobreoferta, y pidió apoyo para instalar una planta de procesamiento que permita dar valor agregado a la fruta que no cumple con los estándares de exportación.

Los productores también piden mejorar el tramo carretero entre San Blas y Tepic, por donde circulan a diario decenas de camiones cargados durante la temporada, y que presenta baches y deslaves en varios puntos.

La temporada de corte se extiende hasta diciembre.

---

*Héctor Ríos Lamadrid es periodista especializado en agro y pesca. Conduce el pódcast «Surco y Red», que se publica cada quince días.*
""",
    gold=dict(
        title='Productores de Nayarit esperan cosecha récord de yaca',
        date='2022-10-05',
        published=False,
        bylines=['Héctor Ríos Lamadrid'],
        source='Tepic en Corto',
        section='Economía',
        placement=[],
        body_first_words='Los productores de yaca de Nayarit prevén',
        body_last_words='La temporada de corte se extiende hasta diciembre.',
        boilerplate=[
            '{% include newsletter.html %}',
            'es periodista especializado en agro y pesca',
            'Conduce el pódcast «Surco y Red»',
        ],
        must_keep=[
            'De acuerdo con la asociación local de productores, 70 por ciento de la cosecha se exporta a Estados Unidos y Canadá, principalmente como fruta fresca, aunque cada vez más empacadoras la venden en trozos congelados o deshidratada.',
        ],
    )))

# ---------------------------------------------------------------- w18 bad (saved HTML page)
FILES.append(dict(
    name='w18', ext='txt', family='bad', enc='utf-8', eol='crlf',
    text="""\
<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Cierran mercado de Uruapan por fuga de gas | Noticias del Cupatitzio</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.4f2a.css">
<script async src="/static/js/analytics.example.js"></script>
</head>
<body class="single-post">
<header><nav><a href="/">Inicio</a> | <a href="/local">Local</a> | <a href="/deportes">Deportes</a></nav></header>
<main>
<article>
<h1>Cierran mercado de Uruapan por fuga de gas</h1>
<p class="byline">Redacción | 14 de febrero de 2024</p>
<p>Elementos de Protección Civil desalojaron a cerca de 200 locatarios y clientes del mercado municipal tras detectar una fuga en un tanque estacionario.</p>
<p>El inmueble permanecerá cerrado hasta que se revise la instalación de gas de todos los locales de comida.</p>
</article>
</main>
<footer><p>&copy; 2024 Noticias del Cupatitzio. Todos los derechos reservados.</p></footer>
</body>
</html>
""",
    gold=dict(
        refusal_reason='El archivo es una página HTML guardada desde el navegador, no una nota en texto o Markdown, y no se importa.',
    )))

# ---------------------------------------------------------------- w19 wire (mixed EOL, WordPress leftovers, teaser glued at start)
FILES.append(dict(
    name='w19', ext='txt', family='wire', enc='utf-8', eol='mixed',
    text="""\
Inicio » Local
<!-- wp:heading -->
Hermosillo rompe récord de temperatura con 47.8 grados; habilitan 15 refugios climáticos
<!-- /wp:heading -->
Staff / Sonora en Red | 18 junio, 2024 - 10:15 am
Última actualización: 18 junio, 2024 - 2:02 pm

[caption id="attachment_5512" align="alignnone" width="800"]Foto: Sonora en Red / Archivo[/caption]

<!-- wp:paragraph -->
Te puede interesar | Hermosillo tendrá cortes de agua en 20 colonias este jueves La Unidad Estatal de Protección Civil confirmó que Hermosillo registró el lunes una temperatura máxima de 47.8 grados, la más alta para un mes de junio desde que existen registros en la estación meteorológica del aeropuerto.
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
Ante el pronóstico de que el calor extremo se mantendrá toda la semana, el Ayuntamiento habilitó 15 refugios climáticos en centros comunitarios, bibliotecas y gimnasios, que funcionarán de 12:00 a 19:00 horas con aire acondicionado, agua fría y atención médica básica.
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
En lo que va de la temporada, la Secretaría de Salud estatal ha contabilizado 41 personas atendidas por golpe de calor en la capital, nueve de ellas en situación de calle. Por ello, brigadas municipales recorren el centro y las colonias del norte para repartir agua y trasladar a quien lo necesite a los refugios.
<!-- /wp:paragraph -->

Lo más leído
1. Así quedará el nuevo paso a desnivel del bulevar Colosio
2. ¿Cuándo empiezan las vacaciones de verano en Sonora?

<!-- wp:paragraph -->
La Comisión Federal de Electricidad reportó picos de demanda en la red de la ciudad y pidió evitar el uso simultáneo de varios aparatos entre las 16:00 y las 22:00 horas para prevenir apagones.
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
Protección Civil recomendó no realizar actividades al aire libre entre el mediodía y las 17:00 horas, revisar a las personas adultas mayores que viven solas y nunca dejar a menores o mascotas dentro de vehículos.
<!-- /wp:paragraph -->

Síguenos en Facebook, Instagram y X como @SonoraEnRedMX y recibe las noticias al momento.

Etiquetas: calor, Hermosillo, Protección Civil, refugios climáticos
""",
    gold=dict(
        title='Hermosillo rompe récord de temperatura con 47.8 grados; habilitan 15 refugios climáticos',
        date='2024-06-18',
        bylines=[],
        source='Sonora en Red',
        section='Local',
        body_first_words='La Unidad Estatal de Protección Civil confirmó',
        body_last_words='menores o mascotas dentro de vehículos.',
        boilerplate=[
            '<!-- wp:paragraph -->',
            '<!-- /wp:heading -->',
            'Staff / Sonora en Red',
            'Última actualización',
            '[caption id="attachment_5512"',
            'Te puede interesar | Hermosillo tendrá cortes de agua en 20 colonias este jueves',
            'Lo más leído',
            'Así quedará el nuevo paso a desnivel del bulevar Colosio',
            'Síguenos en Facebook, Instagram y X',
            '@SonoraEnRedMX',
            'Etiquetas: calor',
        ],
        must_keep=[
            'La Unidad Estatal de Protección Civil confirmó que Hermosillo registró el lunes una temperatura máxima de 47.8 grados, la más alta para un mes de junio desde que existen registros en la estación meteorológica del aeropuerto.',
            'La Comisión Federal de Electricidad reportó picos de demanda en la red de la ciudad',
        ],
        photo_credit='Sonora en Red / Archivo',
    )))

# ---------------------------------------------------------------- w20 press release (water utility, issuer only in logo, state header, ###)
FILES.append(dict(
    name='w20', ext='md', family='press_release', enc='utf-8', eol='lf',
    text="""\
![Junta de Agua y Saneamiento de Tecate](/assets/img/logo-jast.png)

GOBIERNO DEL ESTADO DE BAJA CALIFORNIA

#Comunicado 💧 Boletín: 027/2024

# AVISO: SUSPENSIÓN PROGRAMADA DEL SERVICIO DE AGUA EN 19 COLONIAS

Tecate, B.C., 6 de junio de 2024.- Por trabajos de interconexión de la nueva línea de conducción de 24 pulgadas en el bulevar Benito Juárez, la JAST suspenderá el servicio de agua potable el sábado 8 de junio a partir de las 8:00 horas, por un lapso estimado de 24 horas.

Los trabajos permitirán sustituir un tramo de tubería de asbesto con más de cuarenta años de antigüedad, responsable de la mayoría de las fugas registradas en el último año en la zona centro y oriente de la ciudad.

⚠️ Colonias afectadas:

💧 Centro
💧 Downey
💧 Lomas de Santa Anita
💧 Bellavista
💧 Encanto Sur
💧 El Descanso
💧 Militar
💧 Guajardo, entre otras de la zona oriente

El organismo recomendó almacenar agua suficiente para el consumo de un día, mantener cerradas las llaves durante el corte y, una vez restablecido el servicio, dejar correr el agua unos minutos antes de usarla, pues podría salir turbia.

Se dispondrá de seis pipas para abastecer a hospitales, escuelas con actividades de fin de semana y viviendas donde habiten personas con alguna enfermedad que requiera agua de manera permanente. Las solicitudes deberán hacerse con anticipación.

La normalización del servicio será gradual y podría tardar hasta 36 horas en las partes altas de las colonias Bellavista y Lomas de Santa Anita.

###

📲 Reporta fugas por WhatsApp: 665 000 2233
Síguenos en redes: @JASTecate_ej
#CuidaElAgua #Tecate
""",
    gold=dict(
        title='AVISO: SUSPENSIÓN PROGRAMADA DEL SERVICIO DE AGUA EN 19 COLONIAS',
        date='2024-06-06',
        source='Junta de Agua y Saneamiento de Tecate',
        bulletin_number='027/2024',
        issuer='Junta de Agua y Saneamiento de Tecate',
        dateline_city='Tecate',
        body_first_words='Por trabajos de interconexión de la nueva línea',
        body_last_words='de las colonias Bellavista y Lomas de Santa Anita.',
        boilerplate=[
            'GOBIERNO DEL ESTADO DE BAJA CALIFORNIA',
            'Boletín: 027/2024',
            'Tecate, B.C., 6 de junio de 2024.-',
            '###',
            'Reporta fugas por WhatsApp',
            '@JASTecate_ej',
            '#CuidaElAgua',
        ],
        must_keep=[
            'Las solicitudes deberán hacerse con anticipación.',
            'Guajardo, entre otras de la zona oriente',
        ],
    )))
