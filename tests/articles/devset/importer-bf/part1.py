#!/usr/bin/env python3
"""importer-bf blind set, files 01-10."""
import zipfile, io
from common import write_source, write_gold, wrap, NBSP

# ---------------------------------------------------------------- bf01 wire (OCR print archive)
p1 = ('Pescadores ribereños de la zona de Tonalá exigieron este lunes a la Capitanía de Puerto '
      'y a la Administración Portuaria Integral el dragado urgente de la barra, que desde hace '
      'tres meses impide la salida de las lanchas al mar abierto cuando sube la marea.')
p2 = ('Alrededor de ochenta embarcaciones permanecen varadas en la desembocadura del río, '
      'según el dirigente de la cooperativa Barra Nueva, Eleuterio Cruz Sánchez, quien advirtió '
      'que las familias de la congregación llevan semanas sin ingresos.')
p3 = ('"Ya no es nada más el azolve, es que la arena se mueve con cada norte y nadie viene a '
      'medir la profundidad", explicó el pescador frente a la oficina portuaria.')
p4 = ('Los inconformes entregaron un escrito firmado por 214 socios de cuatro cooperativas, en '
      'el que piden que los trabajos se hagan antes de la temporada de robalo, la más importante '
      'del año para la economía de la zona.')
p5 = ('En respuesta, personal de la Capitanía informó que el proyecto de dragado ya fue enviado '
      'a la Secretaría de Comunicaciones y Transportes y que se espera la autorización del '
      'presupuesto en las próximas semanas.')
p6 = ('Los pescadores advirtieron que, si no hay una fecha concreta, bloquearán de manera '
      'pacífica el acceso al muelle fiscal a partir del próximo lunes.')
W = 36
bf01 = ('\f\n'
        'EL CENTINELA DEL GOLFO        Coatzacoalcos, Ver., martes 14 de marzo de 2006        PAGINA 4-A\n'
        '\n'
        'PUERTO\n'
        '\n'
        'EXIGEN PESCADORES DRAGADO\n'
        'DE LA BARRA DE TONALÁ\n'
        '\n'
        'Por MARGARITA DOMÍNGUEZ VILLA\n'
        '\n'
        + wrap(p1, W, True) + '\n\n'
        + wrap(p2, W, True) + '\n'
        'AUTOPARTES EL GÜERO  Tel. 555-01-23\n'
        '\n'
        + wrap(p3, W, True) + '\n\n'
        '(PASA A LA PÁGINA 8-A)\n'
        '\f\n'
        '8-A        EL CENTINELA DEL GOLFO        Martes 14 de marzo de 2006\n'
        '\n'
        'VIENE DE LA PÁGINA 4-A\n'
        'EXIGEN PESCADORES...\n'
        '\n'
        + wrap(p4, W, True) + '\n\n'
        + wrap(p5, W, True) + '\n\n'
        + wrap(p6, W, True) + '\n')
write_source('bf01.txt', bf01, eol='crlf')
write_gold('bf01', family='wire', title='EXIGEN PESCADORES DRAGADO DE LA BARRA DE TONALÁ',
           date='2006-03-14', bylines=['Margarita Domínguez Villa'], source='El Centinela del Golfo',
           section='Puerto',
           body_first_words='Pescadores ribereños de la zona de Tonalá',
           body_last_words='a partir del próximo lunes.',
           boilerplate=['EL CENTINELA DEL GOLFO        Coatzacoalcos, Ver., martes 14 de marzo de 2006        PAGINA 4-A',
                        'AUTOPARTES EL GÜERO  Tel. 555-01-23', '(PASA A LA PÁGINA 8-A)',
                        '8-A        EL CENTINELA DEL GOLFO        Martes 14 de marzo de 2006',
                        'VIENE DE LA PÁGINA 4-A', 'EXIGEN PESCADORES...'],
           must_keep=['Alrededor de ochenta embarcaciones permanecen varadas en la desembocadura del río, según el dirigente de la cooperativa Barra Nueva, Eleuterio Cruz Sánchez, quien advirtió que las familias de la congregación llevan semanas sin ingresos.',
                      'Los inconformes entregaron un escrito firmado por 214 socios de cuatro cooperativas'])

# ---------------------------------------------------------------- bf02 press (Yucatán, Maya summary)
bf02 = '''**GOBIERNO DEL ESTADO DE YUCATÁN**
Secretaría de la Cultura y las Artes
Boletín 0482

**Con jarana, poesía y talleres, el Gran Museo del Mundo Maya celebra el Día Internacional de la Lengua Materna**

Mérida, Yucatán, 21 de febrero de 2022.- Con una jornada de jarana, lectura de poesía y talleres para niñas y niños, el Gran Museo del Mundo Maya celebró este lunes el Día Internacional de la Lengua Materna, en una actividad que reunió a hablantes de maya de 14 municipios del estado.

La titular de la dependencia, Leticia Cauich Balam, señaló que Yucatán es la entidad con más hablantes de lengua maya del país y que el reto es que las nuevas generaciones la usen en la escuela, en el trabajo y en las redes sociales, "no sólo en el hogar".

Durante la jornada, poetas de Valladolid, Peto y Tizimín leyeron textos inéditos, mientras que el colectivo juvenil Ko'one'ex Tsikbal ofreció un taller de escritura para adolescentes. Además, se presentó la segunda edición del cuadernillo *Juegos de mi abuela*, con 30 rondas tradicionales transcritas en maya y español, que se repartirá gratuitamente en bibliotecas públicas.

Cauich Balam anunció que a partir de marzo se abrirán grupos sabatinos de maya para principiantes en la Biblioteca Central, con cupo para 120 personas. Las inscripciones serán en línea y en la taquilla del museo, de 9:00 a 14:00 horas.

**U tsikbalil ich maaya:**

Tu k'iinil u t'aanil u yóok'ol kaab, te' Noj Najil u Ts'íibil Maaya' tu k'iimbesaj u jaajil t'aan yéetel jarana, xook ts'íib yéetel meyaj ti' mejen paalal. Ti' u winalil marzo' yaan u káajal u kaansa'al maaya t'aan ti' le máaxo'ob u k'áat u kanik.

—oOo—

Síguenos: Facebook /CulturaYucatanEx · Instagram @cultura.yuc.ex
Prensa: 999 555 0193 · prensa@cultura-yucatan.example.mx
'''
write_source('bf02.md', bf02)
write_gold('bf02', family='press_release',
           title='Con jarana, poesía y talleres, el Gran Museo del Mundo Maya celebra el Día Internacional de la Lengua Materna',
           date='2022-02-21', source='Secretaría de la Cultura y las Artes', bulletin_number='0482',
           issuer='Secretaría de la Cultura y las Artes', dateline_city='Mérida',
           body_first_words='Con una jornada de jarana, lectura de poesía',
           body_last_words='yaan u káajal u kaansa\'al maaya t\'aan ti\' le máaxo\'ob u k\'áat u kanik.',
           boilerplate=['**GOBIERNO DEL ESTADO DE YUCATÁN**', 'Boletín 0482',
                        'Mérida, Yucatán, 21 de febrero de 2022.-', '—oOo—',
                        'Síguenos: Facebook /CulturaYucatanEx · Instagram @cultura.yuc.ex',
                        'Prensa: 999 555 0193 · prensa@cultura-yucatan.example.mx'],
           must_keep=['La titular de la dependencia, Leticia Cauich Balam, señaló que Yucatán es la entidad con más hablantes de lengua maya del país',
                      'Las inscripciones serán en línea y en la taquilla del museo, de 9:00 a 14:00 horas.',
                      'Tu k\'iinil u t\'aanil u yóok\'ol kaab, te\' Noj Najil u Ts\'íibil Maaya\' tu k\'iimbesaj u jaajil t\'aan yéetel jarana'])

# ---------------------------------------------------------------- bf03 jekyll (student paper)
bf03 = '''---
layout: nota
titulo: "Estudiantes de Mérida crean una app para aprender maya jugando"
fecha: 14.05.2015
autor: "Por: Karla Pool Dzib"
seccion: Campus
etiquetas: "maya, tecnología, estudiantes"
publicado: si
periodico: La Chispa Universitaria
imagen: /img/2015/05/app-maya.jpg
---

![Equipo de Xook](/img/2015/05/app-maya.jpg)
*Foto: Luis Canul / La Chispa*

Cuatro estudiantes de Ingeniería en Software de Mérida desarrollaron **Xook**, una aplicación para teléfonos celulares que enseña vocabulario básico de la lengua maya por medio de juegos de memoria, retos diarios y audios grabados por hablantes de Maní y de Teabo.

La idea surgió en una clase de emprendimiento, cuenta Andrea Chan Euán, una de las creadoras: "Nos dimos cuenta de que en el salón casi todos teníamos abuelos que hablan maya, pero ninguno de nosotros podía sostener una conversación con ellos".

El equipo trabajó durante ocho meses con una maestra de educación indígena, quien revisó la escritura de las más de 600 palabras que tiene la primera versión. La app funciona sin conexión a internet, algo que los jóvenes consideraron indispensable para que pueda usarse en comunidades del interior del estado.

Hasta ahora, Xook ha sido descargada unas 2 mil veces y el grupo busca financiamiento para añadir frases completas y un módulo para docentes. El proyecto quedó en segundo lugar del concurso estatal de innovación juvenil y representará a Yucatán en la final nacional, que se celebrará en junio en Puebla.

Los estudiantes pidieron a quienes prueben la aplicación que envíen sus comentarios y correcciones, porque, dicen, "la lengua es de quienes la hablan, no de nosotros".
'''
write_source('bf03.md', bf03)
write_gold('bf03', family='jekyll', title='Estudiantes de Mérida crean una app para aprender maya jugando',
           date='2015-05-14', bylines=['Karla Pool Dzib'], source='La Chispa Universitaria', section='Campus',
           body_first_words='Cuatro estudiantes de Ingeniería en Software de Mérida',
           body_last_words='"la lengua es de quienes la hablan, no de nosotros".',
           boilerplate=['*Foto: Luis Canul / La Chispa*'],
           must_keep=['La app funciona sin conexión a internet, algo que los jóvenes consideraron indispensable para que pueda usarse en comunidades del interior del estado.',
                      'Hasta ahora, Xook ha sido descargada unas 2 mil veces'],
           photo_credit='Luis Canul / La Chispa')

# ---------------------------------------------------------------- bf04 wire (tourism site, bilingual)
bf04 = '''Hotelería / Hospitality

## Ocupación hotelera en el Caribe Mexicano cierra octubre en 82%; Cancún y Tulum lideran

**Riviera Business Report** · Por / By Daniela Moo Canché · 2019-11-08 10:45 CST

![](https://rbr.example.mx/wp-content/uploads/2019/11/zona-hotelera.jpg)
*Zona Hotelera de Cancún / Cancun Hotel Zone. Foto / Photo: Iván Pech / RBR*

La ocupación hotelera promedio del Caribe Mexicano cerró octubre en 82.4%, tres puntos más que en el mismo mes del año pasado, de acuerdo con el reporte mensual de la Secretaría de Turismo de Quintana Roo, que atribuye el repunte a la llegada de vuelos desde Canadá y el medio oeste de Estados Unidos.

Cancún registró 85.1% y Tulum 83.7%, mientras que Cozumel, afectado por la cancelación de escalas de cruceros, se quedó en 68.9%. Los hoteles *all inclusive* de Puerto Morelos y Playa del Carmen reportaron tarifas promedio superiores a los 210 dólares por noche, un alza que, según directivos del sector, se explica por la demanda anticipada para la temporada navideña.

"Estamos viendo un *booking window* más largo que nunca; el viajero norteamericano ya compró diciembre desde agosto", dijo Rodrigo Canto Améndola, consultor de *revenue management* con sede en Cancún. Read also / Lee también: Tren Maya: what hoteliers expect from the new stations El especialista advirtió, sin embargo, que el sargazo sigue siendo el principal riesgo para la reputación del destino en las plataformas de reseñas.

Para noviembre, la Asociación de Hoteles de la Riviera Maya proyecta una ocupación de 79%, con el arribo de 1.4 millones de pasajeros por el aeropuerto de Cancún. Las cadenas consultadas coincidieron en que la apertura de nuevas rutas desde Europa será clave para sostener el ritmo en el primer trimestre de 2020, cuando terminan los contratos de temporada alta.

📩 Subscribe to our newsletter / Suscríbete a nuestro boletín semanal: rbr.example.mx/newsletter
'''
write_source('bf04.md', bf04)
write_gold('bf04', family='wire',
           title='Ocupación hotelera en el Caribe Mexicano cierra octubre en 82%; Cancún y Tulum lideran',
           date='2019-11-08', bylines=['Daniela Moo Canché'], source='Riviera Business Report', section='Hotelería',
           body_first_words='La ocupación hotelera promedio del Caribe Mexicano',
           body_last_words='cuando terminan los contratos de temporada alta.',
           boilerplate=['*Zona Hotelera de Cancún / Cancun Hotel Zone. Foto / Photo: Iván Pech / RBR*',
                        'Read also / Lee también: Tren Maya: what hoteliers expect from the new stations',
                        '📩 Subscribe to our newsletter / Suscríbete a nuestro boletín semanal: rbr.example.mx/newsletter'],
           must_keep=['"Estamos viendo un *booking window* más largo que nunca; el viajero norteamericano ya compró diciembre desde agosto", dijo Rodrigo Canto Améndola',
                      'El especialista advirtió, sin embargo, que el sargazo sigue siendo el principal riesgo para la reputación del destino en las plataformas de reseñas.',
                      'Cancún registró 85.1% y Tulum 83.7%'],
           photo_credit='Iván Pech / RBR')

# ---------------------------------------------------------------- bf05 press (Navy, cp1252)
bf05 = '''SECRETARÍA DE MARINA - ARMADA DE MÉXICO
Unidad de Comunicación Social

COMUNICADO DE PRENSA
Número 245/2016

Frontera, Tabasco, 23 de agosto de 2016

Marina rescata a seis pescadores a la deriva frente a las costas de Centla

La Secretaría de Marina-Armada de México, a través de la Quinta Zona Naval, informa que la tarde de ayer rescató a seis pescadores que se encontraban a la deriva a unas 38 millas náuticas al noreste de la barra de Frontera, luego de que su embarcación sufriera una falla en el motor.

El aviso fue recibido el domingo por la noche en el Centro de Mando y Control, a través de familiares de los tripulantes, quienes señalaron que la lancha "Doña Chayo" había zarpado el viernes y no tenía comunicación desde el sábado por la mañana.

De inmediato se activó el Plan Marina en su componente de búsqueda y rescate, con el despliegue de una patrulla interceptora y una aeronave, cuya tripulación localizó la embarcación a las 15:40 horas. Los pescadores, de entre 19 y 57 años de edad, fueron trasladados al muelle de la Zona Naval, donde recibieron atención médica; se reportan deshidratados pero en buen estado de salud.

La Secretaría de Marina exhorta a la comunidad pesquera a revisar el estado de sus motores antes de zarpar, llevar equipo de radiocomunicación y chalecos salvavidas, y a informar a la Capitanía de Puerto su zona de pesca y su fecha probable de regreso.

Con estas acciones, la Institución refrenda su compromiso de salvaguardar la vida humana en la mar.

--ooOoo--

Para emergencias en la mar: 800 555 0110
Síguenos en Twitter @ZonaNavalGolfoEx y en Facebook /ZonaNavalGolfoEx
'''
write_source('bf05.txt', bf05, enc='cp1252', eol='crlf')
write_gold('bf05', family='press_release',
           title='Marina rescata a seis pescadores a la deriva frente a las costas de Centla',
           date='2016-08-23', source='SECRETARÍA DE MARINA - ARMADA DE MÉXICO', bulletin_number='245/2016',
           issuer='SECRETARÍA DE MARINA - ARMADA DE MÉXICO', dateline_city='Frontera',
           body_first_words='La Secretaría de Marina-Armada de México, a través de la Quinta Zona Naval',
           body_last_words='salvaguardar la vida humana en la mar.',
           boilerplate=['Unidad de Comunicación Social', 'COMUNICADO DE PRENSA', 'Número 245/2016',
                        'Frontera, Tabasco, 23 de agosto de 2016', '--ooOoo--',
                        'Para emergencias en la mar: 800 555 0110',
                        'Síguenos en Twitter @ZonaNavalGolfoEx y en Facebook /ZonaNavalGolfoEx'],
           must_keep=['El aviso fue recibido el domingo por la noche en el Centro de Mando y Control',
                      'se reportan deshidratados pero en buen estado de salud.',
                      'La Secretaría de Marina exhorta a la comunidad pesquera a revisar el estado de sus motores antes de zarpar'])

# ---------------------------------------------------------------- bf06 generic (migration comment + setext H1)
bf06 = '''<!-- migrado desde el sistema anterior (PHP-Nuke), sid=4471, autor=admin -->

Las cantinas del puerto que ya no están
=======================================

Quien caminó por el centro de Veracruz en los años setenta recuerda que en cada esquina había una cantina con puertas de vaivén, un sinfonola y un cantinero que conocía a los clientes por su apodo. De aquellas, quedan muy pocas.

La Gloria del Puerto, frente a los muelles, cerró a principios de los noventa, cuando la modernización portuaria dejó sin trabajo a cientos de estibadores. El Faro Viejo se convirtió en una tienda de celulares. Otras simplemente se vinieron abajo con la humedad y el salitre, sin que nadie reclamara los edificios.

Los viejos parroquianos coinciden en que no era sólo el alcohol lo que atraía a la gente. En las cantinas se cerraban tratos, se conseguía trabajo en los barcos y se discutía de béisbol hasta la madrugada. Las botanas, dicen, eran tan abundantes que muchos estibadores comían ahí todos los días.

Hoy algunas de las que sobreviven atraen a turistas y a jóvenes que buscan lo "auténtico", y los precios ya no son los de antes. Don Ramiro, que atiende la barra de una de ellas desde hace 41 años, no se queja: "El puerto cambió y nosotros también; lo que importa es que todavía se oye el danzón los jueves".

Quizá dentro de unos años haya que explicar a los nietos qué era una cantina de puerto. Por ahora, todavía se puede ir a verlo.
'''
write_source('bf06.md', bf06)
write_gold('bf06', family='generic', title='Las cantinas del puerto que ya no están',
           body_first_words='Quien caminó por el centro de Veracruz',
           body_last_words='todavía se puede ir a verlo.',
           boilerplate=['<!-- migrado desde el sistema anterior (PHP-Nuke), sid=4471, autor=admin -->'],
           must_keep=['La Gloria del Puerto, frente a los muelles, cerró a principios de los noventa',
                      '"El puerto cambió y nosotros también; lo que importa es que todavía se oye el danzón los jueves".'])

# ---------------------------------------------------------------- bf07 jekyll (invalid YAML: unquoted colon)
bf07 = '''---
layout: post
title: Festival de la Miel Melipona: diez años de resistencia
date: 2018-4-7
author: Rosa Ek y Manuel Caamal
categories: Portada Comunidad
tags: [miel, meliponicultura, Felipe Carrillo Puerto]
---

Con una muestra de productos, pláticas y una ceremonia tradicional, productoras y productores de miel de abeja melipona celebraron en Felipe Carrillo Puerto los diez años del festival que nació en el patio de una casa y hoy reúne a más de 40 familias de la zona maya de Quintana Roo.

La abeja melipona, conocida en maya como *xunáan kaab*, no tiene aguijón y produce muy poca miel: apenas un litro o litro y medio por colmena al año. Por eso, explican los organizadores, su cuidado ha sido durante siglos una tarea más espiritual que comercial.

"Cuando empezamos éramos seis señoras con nuestros jobones y nadie nos hacía caso; ahora vienen de Mérida y de Cancún a buscar la miel", recordó doña Francisca Poot, fundadora del festival.

Durante la jornada se explicó cómo se dividen las colmenas, cómo se cosecha la miel sin dañar los panales y qué plantas del monte conviene sembrar alrededor de los meliponarios. También se habló de las amenazas: el desmonte para la agricultura mecanizada, el uso de plaguicidas y la llegada de compradores que pagan poco y revenden caro.

Las productoras acordaron formar una cooperativa para vender directamente a tiendas y restaurantes, con una etiqueta común que garantice el origen de la miel. La siguiente edición, anunciaron, será en abril de 2019 y tendrá por primera vez un concurso de recetas.
'''
write_source('bf07.md', bf07)
write_gold('bf07', family='jekyll', title='Festival de la Miel Melipona: diez años de resistencia',
           date='2018-04-07', bylines=['Rosa Ek', 'Manuel Caamal'], section='Comunidad', placement=['Portada'],
           body_first_words='Con una muestra de productos, pláticas y una ceremonia tradicional',
           body_last_words='tendrá por primera vez un concurso de recetas.',
           must_keep=['"Cuando empezamos éramos seis señoras con nuestros jobones y nadie nos hacía caso; ahora vienen de Mérida y de Cancún a buscar la miel", recordó doña Francisca Poot',
                      'Las productoras acordaron formar una cooperativa para vender directamente a tiendas y restaurantes'])

# ---------------------------------------------------------------- bf08 wire (agency feed, cp1252)
bf08 = '''SIS-0347   31/10/2007   14:22   URGENTE
TABASCO-INUNDACIONES
Sección: Estados
Palabras: 262
** Sustituye a SIS-0341 (corrige cifra de damnificados) **

Rebasa el Grijalva escala crítica; evacúan colonias de Villahermosa

Por Gilberto Hernández Ocaña, corresponsal

Villahermosa, Tab., 31 de octubre (SIS).- El río Grijalva rebasó este miércoles su escala crítica a la altura del centro de Villahermosa, lo que obligó a las autoridades estatales a ordenar la evacuación de al menos doce colonias ubicadas en las márgenes del río y del Carrizal.

De acuerdo con el último reporte de Protección Civil, el número de damnificados en el estado asciende a 52 mil personas, distribuidas en 23 albergues instalados en escuelas, iglesias y oficinas públicas de la capital y de los municipios de Nacajuca, Centro y Cunduacán.

Elementos del Ejército y de la Marina colaboran en el traslado de familias en lanchas, mientras que voluntarios llenan costales de arena para reforzar los bordos en las zonas de Gaviotas y Casa Blanca, donde el agua ya alcanza más de un metro de altura en algunas calles.

El gobierno estatal pidió a la población no intentar cruzar las corrientes en vehículo y atender las indicaciones de los brigadistas. Las clases fueron suspendidas en todos los niveles educativos hasta nuevo aviso.

Comerciantes del mercado Pino Suárez comenzaron desde la madrugada a retirar su mercancía, ante el temor de que el agua llegue al primer cuadro de la ciudad. Especialistas de la Comisión Nacional del Agua advirtieron que las lluvias continuarán al menos 48 horas más en la cuenca alta del río.

SIS/GHO/rma
FIN DE NOTA
'''
write_source('bf08.txt', bf08, enc='cp1252', eol='crlf')
write_gold('bf08', family='wire', title='Rebasa el Grijalva escala crítica; evacúan colonias de Villahermosa',
           date='2007-10-31', bylines=['Gilberto Hernández Ocaña'], source='SIS', section='Estados',
           body_first_words='El río Grijalva rebasó este miércoles su escala crítica',
           body_last_words='al menos 48 horas más en la cuenca alta del río.',
           boilerplate=['SIS-0347   31/10/2007   14:22   URGENTE', 'TABASCO-INUNDACIONES', 'Palabras: 262',
                        '** Sustituye a SIS-0341 (corrige cifra de damnificados) **',
                        'Villahermosa, Tab., 31 de octubre (SIS).-', 'SIS/GHO/rma', 'FIN DE NOTA'],
           must_keep=['el número de damnificados en el estado asciende a 52 mil personas',
                      'Las clases fueron suspendidas en todos los niveles educativos hasta nuevo aviso.'])

# ---------------------------------------------------------------- bf09 bad (a .docx saved as .txt)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, body in [
            ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
            ('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>BOLETÍN 033 - H. Ayuntamiento de Tenosique. Entregan apoyos a productores.</w:t></w:r></w:p></w:body></w:document>')]:
        zi = zipfile.ZipInfo(name, date_time=(2013, 6, 4, 10, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, body.encode('utf-8'))
write_source('bf09.txt', raw=buf.getvalue())
write_gold('bf09', family='bad',
           refusal_reason='Archivo binario: es un documento de Word (.docx, ZIP) guardado como .txt, no texto legible.')

# ---------------------------------------------------------------- bf10 press (Facebook paste)
bf10 = '''H. Ayuntamiento de Progreso
1 de agosto de 2019 a las 13:05 · 🌎

📢 BOLETÍN 147 | Arranca la temporada de captura de pulpo con más de 300 embarcaciones en Progreso 🐙⚓

Progreso, Yucatán, 1 de agosto de 2019.- Con la bendición de las embarcaciones en el muelle de Chelem y la salida de más de 300 lanchas y alijos, este jueves arrancó la temporada de captura de pulpo, una de las actividades económicas más importantes para las familias del puerto.

El presidente municipal, Óscar Balam Dzul, acompañó a los pescadores en la ceremonia y les deseó una temporada "abundante y sin accidentes". Recordó que el Ayuntamiento instaló un módulo de atención en el malecón para orientar a quienes necesiten tramitar permisos o reportar irregularidades.

Según la Federación de Cooperativas Pesqueras de la Costa, el precio de arranque se fijó en 38 pesos por kilo de pulpo maya en playa, tres pesos más que el año pasado. Los permisionarios esperan que la cotización suba a partir de la segunda quincena, cuando empiezan los embarques hacia Europa y Asia.

La autoridad municipal insistió en que se respete la talla mínima de 110 milímetros de manto y en que ninguna embarcación salga sin chalecos salvavidas ni radio. Los pescadores pueden reportar emergencias o pesca ilegal al WhatsApp 969 555 0142, que estará atendido las 24 horas durante toda la temporada.

Protección Civil municipal recordó que ante cualquier aviso de mal tiempo la Capitanía de Puerto puede cerrar la navegación a embarcaciones menores, por lo que pidió a los hombres de mar consultar el estado del tiempo antes de zarpar.

#ProgresoNosUne #TemporadaDePulpo #Yucatán

Todas las reacciones: 312
48 comentarios · 97 veces compartido
👍 Me gusta   💬 Comentar   ↗️ Compartir
'''
write_source('bf10.txt', bf10)
write_gold('bf10', family='press_release',
           title='Arranca la temporada de captura de pulpo con más de 300 embarcaciones en Progreso',
           date='2019-08-01', source='H. Ayuntamiento de Progreso', bulletin_number='147',
           issuer='H. Ayuntamiento de Progreso', dateline_city='Progreso',
           body_first_words='Con la bendición de las embarcaciones en el muelle de Chelem',
           body_last_words='consultar el estado del tiempo antes de zarpar.',
           boilerplate=['1 de agosto de 2019 a las 13:05 · 🌎', '📢 BOLETÍN 147 |', '🐙⚓',
                        'Progreso, Yucatán, 1 de agosto de 2019.-',
                        '#ProgresoNosUne #TemporadaDePulpo #Yucatán', 'Todas las reacciones: 312',
                        '48 comentarios · 97 veces compartido', '👍 Me gusta   💬 Comentar   ↗️ Compartir'],
           must_keep=['Los pescadores pueden reportar emergencias o pesca ilegal al WhatsApp 969 555 0142, que estará atendido las 24 horas durante toda la temporada.',
                      'el precio de arranque se fijó en 38 pesos por kilo de pulpo maya en playa'])
print('part1 written')
