#!/usr/bin/env python3
"""importer-bx, files 21-30."""
import io
import zipfile
from common import write_source, write_gold, to_bytes, NBSP

# ---------------------------------------------------------------- bx21 jekyll family (Hugo export: TOML front matter, Q. Roo)
bx21 = """+++
title = "Bacalar limita el paso de lanchas en el Canal de los Piratas para proteger los estromatolitos"
date = 2020-08-03T07:30:00-05:00
draft = false
authors = ["Ernesto Pool Chan", "Wendy Sosa Tamay"]
categories = ["Medio ambiente"]
tags = ["Bacalar", "estromatolitos", "laguna"]
sitio = "Litoral Maya Digital"
+++

A partir de este lunes, las lanchas turísticas ya no podrán navegar por el Canal de los Piratas, en la laguna de Bacalar, y el número de embarcaciones que recorren el resto del cuerpo de agua quedará limitado a 70 por día, de acuerdo con el nuevo reglamento que aprobaron el ayuntamiento y las autoridades ambientales.

La medida busca proteger los estromatolitos, estructuras formadas por microorganismos que se encuentran entre las formas de vida más antiguas del planeta y que en los últimos años se han visto dañadas por el oleaje de los motores, el contacto de los bañistas y el uso de bloqueadores solares.

Los prestadores de servicios tendrán que registrar sus embarcaciones y obtener un distintivo que deberá estar visible. Las lanchas de motor podrán circular sólo por una ruta marcada con boyas, y en los sitios de nado únicamente se permitirán kayaks, tablas y velas.

Algunos operadores turísticos se quejaron de que no fueron consultados y advirtieron que el límite afectará a decenas de familias que viven del paseo por los siete colores de la laguna. Otros, en cambio, dijeron que el cambio era necesario. “Si se acaba la laguna, se acaba el trabajo para todos”, dijo Marcelino Canul, lanchero desde hace veinte años.

Investigadores que estudian la laguna han advertido que el cambio de color del agua observado en los últimos años está relacionado con el arrastre de sedimentos y agroquímicos desde las zonas de cultivo de los alrededores.
"""
write_source('bx21.md', bx21)
write_gold('bx21', family='jekyll',
           title='Bacalar limita el paso de lanchas en el Canal de los Piratas para proteger los estromatolitos',
           date='2020-08-03', bylines=['Ernesto Pool Chan', 'Wendy Sosa Tamay'],
           source='Litoral Maya Digital', section='Medio ambiente',
           body_first_words='A partir de este lunes, las lanchas turísticas ya no podrán navegar',
           body_last_words='desde las zonas de cultivo de los alrededores.',
           must_keep=['Los prestadores de servicios tendrán que registrar sus embarcaciones y obtener un distintivo que deberá estar visible.',
                      '“Si se acaba la laguna, se acaba el trabajo para todos”, dijo Marcelino Canul, lanchero desde hace veinte años.',
                      'Otros, en cambio, dijeron que el cambio era necesario.'])

# ---------------------------------------------------------------- bx22 wire (agency copy received by e-mail, Outlook forward, Tab.)
bx22 = """De: Mesa Nacional ANS <mesa@ans-noticias.example.mx>
Enviado: lunes, 9 de julio de 2012 07:14 p. m.
Para: Clientes ANS
Asunto: [ANS] TAB / Jubilados petroleros bloquean acceso a instalaciones en Paraíso

ANS — Agencia de Noticias del Sureste
Sección: Economía

Jubilados petroleros bloquean acceso a la terminal marítima de Dos Bocas

Por Maricarmen Javier Oropeza

PARAÍSO, Tab., 9 de julio (ANS).- Alrededor de 300 trabajadores jubilados de Petróleos Mexicanos bloquearon desde las seis de la mañana de este lunes el acceso principal a la terminal marítima de Dos Bocas, en el municipio de Paraíso, para exigir el pago de un bono que, aseguran, se les adeuda desde diciembre.

Los manifestantes, la mayoría mayores de 60 años, instalaron lonas y sillas sobre la carretera que conduce a la terminal e impidieron el paso de pipas y de los autobuses que transportan al personal. Algunos llegaron desde Cárdenas, Comalcalco y Villahermosa.

Eleazar Pérez Chablé, uno de los voceros del grupo, dijo que han presentado escritos ante las oficinas de la empresa en Villahermosa y en la Ciudad de México sin obtener respuesta. "Trabajamos toda la vida en las plataformas y ahora tenemos que venir a pararnos al sol para que nos escuchen", afirmó.

Hasta el cierre de esta edición, la empresa no había emitido un posicionamiento. Elementos de la policía estatal vigilaban la zona sin intervenir, mientras que los transportistas formaron una fila de más de dos kilómetros en la carretera Paraíso-Comalcalco.

Los jubilados anunciaron que mantendrán el bloqueo hasta que un representante de la dirección de recursos humanos acuda a dialogar con ellos en el lugar.

ANS/MJO/ecg

--
Mesa Nacional de Información | Agencia de Noticias del Sureste
Tel. 55 5550 3311 | mesa@ans-noticias.example.mx
AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son para uso exclusivo de los suscriptores de ANS. Queda prohibida su reproducción total o parcial sin autorización.
"""
write_source('bx22.txt', bx22, enc='cp1252', eol='crlf')
write_gold('bx22', family='wire',
           title='Jubilados petroleros bloquean acceso a la terminal marítima de Dos Bocas',
           date='2012-07-09', bylines=['Maricarmen Javier Oropeza'],
           source='Agencia de Noticias del Sureste', section='Economía',
           body_first_words='Alrededor de 300 trabajadores jubilados de Petróleos Mexicanos',
           body_last_words='acuda a dialogar con ellos en el lugar.',
           boilerplate=['De: Mesa Nacional ANS <mesa@ans-noticias.example.mx>',
                        'Enviado: lunes, 9 de julio de 2012 07:14 p. m.', 'Para: Clientes ANS',
                        'Asunto: [ANS] TAB / Jubilados petroleros bloquean acceso a instalaciones en Paraíso',
                        'PARAÍSO, Tab., 9 de julio (ANS).-', 'ANS/MJO/ecg',
                        'Mesa Nacional de Información | Agencia de Noticias del Sureste',
                        'Tel. 55 5550 3311 | mesa@ans-noticias.example.mx',
                        'AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son para uso exclusivo de los suscriptores de ANS.'],
           must_keep=['Algunos llegaron desde Cárdenas, Comalcalco y Villahermosa.',
                      '"Trabajamos toda la vida en las plataformas y ahora tenemos que venir a pararnos al sol para que nos escuchen", afirmó.',
                      'Hasta el cierre de esta edición, la empresa no había emitido un posicionamiento.'])

# ---------------------------------------------------------------- bx23 generic (HTML fragment saved as .md)
bx23 = """<h1>Cómo se prepara el pan de cazón, el platillo más campechano</h1>
<p>Pocas cosas identifican tanto a Campeche como el pan de cazón. Se prepara con tortillas de maíz recién hechas, frijol colado, cazón guisado y una salsa de jitomate con chile habanero, y se sirve en capas, como si fuera un pastel, en casi todas las cocinas económicas y restaurantes del puerto.</p>
<p>El cazón, un tiburón pequeño que abunda en las aguas del Golfo, se cuece primero en agua con sal y epazote. Después se desmenuza y se fríe con cebolla, jitomate y chile dulce hasta que queda seco y dorado. Las cocineras más experimentadas dicen que el secreto está en no dejar ni una espina y en sazonarlo con <em>achiote</em> apenas lo suficiente para darle color.</p>
<p>Para armar el platillo se unta una tortilla con frijol, se coloca encima una capa de cazón y se cubre con otra tortilla. Se repite la operaci&oacute;n una vez más y se baña todo con la salsa caliente. Hay quienes agregan una rebanada de aguacate o un poco de cebolla morada curtida en naranja agria.</p>
<p>La receta nació, según los cronistas de la ciudad, en las casas de los pescadores del barrio de San Román, que aprovechaban el cazón que no se vendía en el mercado. Con los años pasó a las mesas de todas las familias y hoy se sirve lo mismo en fondas que en restaurantes de manteles largos.</p>
<p>En Semana Santa, cuando muchas familias evitan la carne roja, la demanda de cazón se dispara y su precio en el mercado Pedro Sáinz de Baranda puede duplicarse.&nbsp;Por eso algunas cocineras compran el pescado con semanas de anticipación y lo conservan seco y salado.</p>
"""
write_source('bx23.md', bx23)
write_gold('bx23', family='generic',
           title='Cómo se prepara el pan de cazón, el platillo más campechano',
           body_first_words='Pocas cosas identifican tanto a Campeche como el pan de cazón.',
           body_last_words='lo conservan seco y salado.',
           must_keep=['Hay quienes agregan una rebanada de aguacate o un poco de cebolla morada curtida en naranja agria.',
                      'Con los años pasó a las mesas de todas las familias y hoy se sirve lo mismo en fondas que en restaurantes de manteles largos.',
                      'El cazón, un tiburón pequeño que abunda en las aguas del Golfo, se cuece primero en agua con sal y epazote.'])

# ---------------------------------------------------------------- bx24 press (state environment secretariat, UTF-16 BE, Q. Roo)
bx24 = """COMUNICADO
Secretaría de Ecología y Medio Ambiente de Quintana Roo
No. SEMA/UCS/112/2016

Chetumal, Quintana Roo, a 5 de junio de 2016

Inicia monitoreo de manatíes en la bahía de Chetumal con apoyo de pescadores

Con motivo del Día Mundial del Medio Ambiente, la Secretaría de Ecología y Medio Ambiente (SEMA) puso en marcha un programa de monitoreo comunitario del manatí antillano en la bahía de Chetumal, en el que participarán 40 pescadores de Calderitas, Luis Echeverría y Raudales.

Los pescadores recibirán capacitación para registrar avistamientos de manatíes, anotar la ubicación con un teléfono celular y reportar animales heridos o varados. La información se integrará a la base de datos que administran las instituciones académicas que estudian a la especie en la región.

La bahía de Chetumal alberga una de las poblaciones de manatí más importantes del país. Sin embargo, los choques con embarcaciones, las redes abandonadas y la contaminación del agua siguen causando la muerte de varios ejemplares cada año.

La titular de la dependencia informó que se colocarán boyas y letreros en las zonas donde los manatíes se alimentan, para pedir a los lancheros que reduzcan la velocidad. “Los pescadores conocen la bahía mejor que nadie; por eso queremos que sean ellos quienes nos ayuden a cuidarla”, afirmó.

El programa tendrá una duración inicial de un año y contará con recursos estatales y de un fondo internacional para la conservación de especies marinas.

* * *

Unidad de Comunicación Social SEMA
Tel. 983 555 0460 | comunicacion@sema-qroo.example.mx
"""
write_source('bx24.txt', bx24, enc='utf-16-be', bom=True)
ISS24 = 'Secretaría de Ecología y Medio Ambiente de Quintana Roo'
write_gold('bx24', family='press_release',
           title='Inicia monitoreo de manatíes en la bahía de Chetumal con apoyo de pescadores',
           date='2016-06-05', source=ISS24, bulletin_number='SEMA/UCS/112/2016', issuer=ISS24,
           dateline_city='Chetumal',
           body_first_words='Con motivo del Día Mundial del Medio Ambiente',
           body_last_words='para la conservación de especies marinas.',
           boilerplate=['COMUNICADO', 'No. SEMA/UCS/112/2016', 'Chetumal, Quintana Roo, a 5 de junio de 2016',
                        '* * *', 'Unidad de Comunicación Social SEMA',
                        'Tel. 983 555 0460 | comunicacion@sema-qroo.example.mx'],
           must_keep=['La bahía de Chetumal alberga una de las poblaciones de manatí más importantes del país.',
                      'La información se integrará a la base de datos que administran las instituciones académicas que estudian a la especie en la región.',
                      '“Los pescadores conocen la bahía mejor que nadie; por eso queremos que sean ellos quienes nos ayuden a cuidarla”, afirmó.'])

# ---------------------------------------------------------------- bx25 jekyll (sports site; categories as one space-separated string, BOM)
bx25 = """---
layout: post
title: "Liga Peninsular Juvenil: Kanasín gana su primer título en una final de 11 entradas"
date: 2016-06-12 21:05:00 -0500
author: Redacción
categories: Portada Deportes
site_name: Pelota Peninsular
comments: true
---

El equipo de Kanasín se coronó este domingo campeón de la Liga Peninsular de Beisbol Juvenil, luego de vencer 5 a 4 a Tizimín en un séptimo juego que necesitó once entradas y que se prolongó por casi cuatro horas bajo un sol intenso.

La carrera del triunfo llegó en la parte baja del undécimo episodio, cuando el jardinero central Luis Ángel Chi anotó desde segunda base con un sencillo al jardín derecho de Abraham Koh, de apenas 16 años. El estadio de la colonia San Antonio, con capacidad para mil 500 personas, estaba lleno desde una hora antes del primer lanzamiento.

Tizimín había tomado ventaja de 4 a 1 en la sexta entrada con un cuadrangular de tres carreras, pero el relevo de Kanasín mantuvo en cero a los bateadores visitantes durante las últimas cinco entradas. El lanzador zurdo Jesús Balam fue nombrado jugador más valioso de la serie final.

Es el primer campeonato para Kanasín desde que se fundó la liga hace dieciocho años. Al terminar el juego, aficionados y jugadores recorrieron las calles del centro del municipio en una caravana de motocicletas y tricitaxis.

El manager del equipo, Gaspar Uc Medina, dedicó el título a los padres de familia que cada semana organizan rifas y venden comida para pagar los uniformes y los viajes. “Estos muchachos entrenan después de la escuela y del trabajo; el campeonato es de todo el pueblo”, dijo.
"""
write_source('bx25.md', bx25, bom=True)
write_gold('bx25', family='jekyll',
           title='Liga Peninsular Juvenil: Kanasín gana su primer título en una final de 11 entradas',
           date='2016-06-12', bylines=[], source='Pelota Peninsular', section='Deportes',
           placement=['Portada'],
           body_first_words='El equipo de Kanasín se coronó este domingo campeón',
           body_last_words='el campeonato es de todo el pueblo”, dijo.',
           must_keep=['El lanzador zurdo Jesús Balam fue nombrado jugador más valioso de la serie final.',
                      'Es el primer campeonato para Kanasín desde que se fundó la liga hace dieciocho años.',
                      'Tizimín había tomado ventaja de 4 a 1 en la sexta entrada con un cuadrangular de tres carreras'])

# ---------------------------------------------------------------- bx26 wire (regional digital outlet, browser reader-view copy, Chis.)
bx26 = """Los Altos Informa
losaltosinforma.example.mx
Comunidades de Zinacantán pierden cosechas de flor por granizada
Pedro Gómez Sántiz
5-6 minutos
21 sep. 2018 · 20:15

Foto: Pedro Gómez Sántiz / Los Altos Informa

Una granizada que cayó durante casi media hora la tarde del miércoles destruyó los invernaderos y las cosechas de flor de al menos 140 familias de los parajes Navenchauc, Apas y Pasté, en el municipio de Zinacantán, informaron autoridades comunitarias.

Los productores calculan que se perdieron más de 60 invernaderos, cuyos plásticos quedaron perforados por piedras de granizo del tamaño de una canica. En ellos cultivaban crisantemos, gladiolas y claveles que tenían listos para vender en la temporada de Todos Santos, la más importante del año.

En Zinacantán, donde la mayoría de la población habla batsʼi kʼop (tsotsil), la floricultura se convirtió en las últimas tres décadas en la principal fuente de ingresos de muchas familias, que venden sus flores en Tuxtla Gutiérrez, Villahermosa y el centro del país.

Mariano Pérez de la Torre, agente municipal de Navenchauc, dijo en tsotsil que algunas familias pidieron préstamos para levantar sus invernaderos y ahora no saben cómo pagarlos. “Lo que más nos duele es que la flor ya estaba lista; sólo faltaban unas semanas para cortarla”, tradujo su hijo.

Las autoridades comunitarias levantaron un censo de los daños y lo entregaron al ayuntamiento para solicitar apoyo al gobierno del estado. Algunos productores comenzaron a reparar los plásticos con sus propios recursos para salvar al menos parte de las plantas que quedaron en pie.

Comparte esta nota:
Facebook · WhatsApp · Correo
"""
write_source('bx26.txt', bx26)
write_gold('bx26', family='wire',
           title='Comunidades de Zinacantán pierden cosechas de flor por granizada',
           date='2018-09-21', bylines=['Pedro Gómez Sántiz'], source='Los Altos Informa',
           body_first_words='Una granizada que cayó durante casi media hora',
           body_last_words='parte de las plantas que quedaron en pie.',
           boilerplate=['losaltosinforma.example.mx', '5-6 minutos',
                        'Foto: Pedro Gómez Sántiz / Los Altos Informa', 'Comparte esta nota:',
                        'Facebook · WhatsApp · Correo'],
           must_keep=['En Zinacantán, donde la mayoría de la población habla batsʼi kʼop (tsotsil), la floricultura se convirtió en las últimas tres décadas en la principal fuente de ingresos de muchas familias',
                      '“Lo que más nos duele es que la flor ya estaba lista; sólo faltaban unas semanas para cortarla”, tradujo su hijo.',
                      'Las autoridades comunitarias levantaron un censo de los daños y lo entregaron al ayuntamiento para solicitar apoyo al gobierno del estado.'],
           photo_credit='Pedro Gómez Sántiz / Los Altos Informa')

# ---------------------------------------------------------------- bx27 press (municipality, Latin-1, mixed line ends, Tab.)
bx27 = """H. Ayuntamiento Constitucional de Comalcalco 2021-2024
Coordinación de Comunicación Social y Relaciones Públicas
Comunicado CS/COM/0245/2022

Comalcalco rehabilita caminos saca cosechas en 14 rancherías cacaoteras

Comalcalco, Tab., a 2 de agosto de 2022.

El Ayuntamiento de Comalcalco concluyó la rehabilitación de 23 kilómetros de caminos saca cosechas en 14 rancherías del municipio, por donde los productores de cacao, coco y plátano transportan sus cosechas hacia los centros de acopio y las carreteras principales.

Los trabajos incluyeron el revestimiento con material pétreo, la construcción de cunetas y la instalación de alcantarillas en los tramos que se inundaban cada temporada de lluvias, en rancherías como Cupilco, Occidente, Zapotal y Gregorio Méndez.

El presidente municipal recorrió el camino de la ranchería Sargento López, donde los productores le explicaron que antes tenían que sacar el cacao en carretilla o a lomo de caballo durante los meses de lluvias. "Ahora el camión llega hasta la orilla de la parcela y ya no perdemos la cosecha", dijo el productor Anselmo Hernández Córdova.

La inversión fue de 11.4 millones de pesos del Fondo de Aportaciones para la Infraestructura Social Municipal. Los trabajos se realizaron con maquinaria del propio Ayuntamiento y con la participación de vecinos de las comunidades, que aportaron mano de obra en faenas.

Para el segundo semestre del año, la Dirección de Obras Públicas tiene programada la rehabilitación de otros 18 kilómetros en las rancherías de la zona costera del municipio.

###

Tel. 933 555 0127 | comunicacionsocial@comalcalco-tab.example.mx
"""
write_source('bx27.txt', bx27, enc='latin-1', eol=('mixed', 8))
ISS27 = 'H. Ayuntamiento Constitucional de Comalcalco 2021-2024'
write_gold('bx27', family='press_release',
           title='Comalcalco rehabilita caminos saca cosechas en 14 rancherías cacaoteras',
           date='2022-08-02', source=ISS27, bulletin_number='CS/COM/0245/2022', issuer=ISS27,
           dateline_city='Comalcalco',
           body_first_words='El Ayuntamiento de Comalcalco concluyó la rehabilitación de 23 kilómetros',
           body_last_words='en las rancherías de la zona costera del municipio.',
           boilerplate=['Coordinación de Comunicación Social y Relaciones Públicas', 'Comunicado CS/COM/0245/2022',
                        'Comalcalco, Tab., a 2 de agosto de 2022.', '###',
                        'Tel. 933 555 0127 | comunicacionsocial@comalcalco-tab.example.mx'],
           must_keep=['"Ahora el camión llega hasta la orilla de la parcela y ya no perdemos la cosecha", dijo el productor Anselmo Hernández Córdova.',
                      'La inversión fue de 11.4 millones de pesos del Fondo de Aportaciones para la Infraestructura Social Municipal.',
                      'en rancherías como Cupilco, Occidente, Zapotal y Gregorio Méndez.'])

# ---------------------------------------------------------------- bx28 generic (bilingual Maya / Spanish note)
bx28 = """Palabras mayas que se oyen todos los días en Mérida

Quien llega a vivir a Mérida descubre pronto que el español de Yucatán está lleno de palabras que vienen del maya. Muchas personas las usan sin saber su origen, y algunas se han vuelto tan comunes que aparecen en los anuncios, en los nombres de los negocios y en las conversaciones de las redes sociales.

**Xix** (se pronuncia "shish") es lo que queda en el fondo de un vaso o de una olla: el residuo. "Ya sólo quedó el xix del refresco", se escucha en cualquier casa. **Tuch** es el ombligo, y una persona **chel** es la que tiene el cabello claro o la piel blanca.

Cuando algo está aplastado o abollado se dice que está **puch'**, y a quien tiene el pelo rizado le dicen **mulix**. La abuela es la **chichí**, y un plato **xek'** es una mezcla de frutas o de cosas revueltas; de ahí el nombre del famoso xek' de jícama, naranja y mandarina que se prepara en diciembre.

Los lingüistas explican que estos préstamos sobrevivieron porque durante siglos el maya fue la lengua de la casa, de la cocina y del campo, incluso en familias que hablaban español en la calle. Hoy, según el censo, alrededor de medio millón de personas hablan maya en Yucatán.

En las escuelas bilingües del estado se enseña a escribir la lengua con el alfabeto acordado en 1984, que usa el apóstrofo para marcar las consonantes glotalizadas, como en k'áax (monte) o ts'o'ok (terminado).
"""
write_source('bx28.md', bx28)
write_gold('bx28', family='generic',
           title='Palabras mayas que se oyen todos los días en Mérida',
           body_first_words='Quien llega a vivir a Mérida descubre pronto',
           body_last_words='como en k\'áax (monte) o ts\'o\'ok (terminado).',
           must_keep=['"Ya sólo quedó el xix del refresco", se escucha en cualquier casa.',
                      'Hoy, según el censo, alrededor de medio millón de personas hablan maya en Yucatán.',
                      'Los lingüistas explican que estos préstamos sobrevivieron porque durante siglos el maya fue la lengua de la casa, de la cocina y del campo, incluso en familias que hablaban español en la calle.'])

# ---------------------------------------------------------------- bx29 jekyll (community radio programme page, Liquid include, Camp.)
bx29 = """---
layout: programa
title: "Mujeres que siembran: las milperas de Hopelchén toman la palabra"
date: 2011-03-08
author: Candelaria Uc Ku
category: Sociedad
tags: [8 de marzo, milpa, mujeres mayas]
audio: /audio/2011/03/mujeres-que-siembran.mp3
excerpt: "Programa especial del Día Internacional de la Mujer."
---
{% include reproductor.html archivo=page.audio duracion="28:40" %}

En el programa especial de este 8 de marzo conversamos con cuatro mujeres de las comunidades de Ukum, Xmabén y Dzibalchén, en el municipio de Hopelchén, que trabajan su propia milpa desde que sus esposos o sus hijos se fueron a trabajar a Cancún o a Estados Unidos.

Doña Margarita Cen Chan, de 58 años, contó que al principio los hombres de la comunidad se burlaban de ella cuando la veían con la coa y el machete. Hoy siembra dos hectáreas de maíz, frijol y calabaza, y es ella quien enseña a las más jóvenes a reconocer cuándo el monte está listo para la quema.

Las cuatro coincidieron en que el mayor problema no es el trabajo del campo, sino que no se les reconoce como productoras. Como las tierras ejidales están a nombre de los hombres, muchas no pueden recibir apoyos ni participar con voz y voto en las asambleas.

También hablaron de la apicultura, que en la región del Camino Real es una actividad cada vez más importante para las mujeres, y de su preocupación por la siembra de soya transgénica en los alrededores, que según dicen afecta a las abejas.

Al final del programa, cada una mandó un mensaje en maya a las mujeres que escuchan la radio en las comunidades, para invitarlas a organizarse y a no tener miedo de hablar en las asambleas.

Escucha el programa completo arriba y síguenos en Facebook como Radio Xmabén Comunitaria Ej.
"""
write_source('bx29.md', bx29)
write_gold('bx29', family='jekyll',
           title='Mujeres que siembran: las milperas de Hopelchén toman la palabra',
           date='2011-03-08', bylines=['Candelaria Uc Ku'], section='Sociedad',
           body_first_words='En el programa especial de este 8 de marzo conversamos',
           body_last_words='a no tener miedo de hablar en las asambleas.',
           boilerplate=['Escucha el programa completo arriba y síguenos en Facebook como Radio Xmabén Comunitaria Ej.'],
           must_keep=['Las cuatro coincidieron en que el mayor problema no es el trabajo del campo, sino que no se les reconoce como productoras.',
                      'Como las tierras ejidales están a nombre de los hombres, muchas no pueden recibir apoyos ni participar con voz y voto en las asambleas.',
                      'Doña Margarita Cen Chan, de 58 años, contó que al principio los hombres de la comunidad se burlaban de ella cuando la veían con la coa y el machete.'])

# ---------------------------------------------------------------- bx30 bad (a Word .docx saved with a .txt name)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    zi = zipfile.ZipInfo('[Content_Types].xml', date_time=(2015, 4, 21, 10, 30, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    zi = zipfile.ZipInfo('word/document.xml', date_time=(2015, 4, 21, 10, 30, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
               '<w:p><w:r><w:t>Boletín 0417 - Ayuntamiento de Escárcega. Entregan uniformes escolares en 32 comunidades.</w:t></w:r></w:p>'
               '</w:body></w:document>')
write_source('bx30.txt', raw=buf.getvalue())
write_gold('bx30', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, binario comprimido) guardado con extensión .txt; no es texto legible.')
