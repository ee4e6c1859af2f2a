#!/usr/bin/env python3
"""importer-bd, files bd11-bd20 (press releases 11-16, Jekyll 17-20)."""
from common import write_source, write_gold

# ---------------------------------------------------------------- bd11 press (state civil protection)
T11 = '''GOBIERNO DEL ESTADO DE CHIAPAS
SECRETARÍA DE PROTECCIÓN CIVIL DEL ESTADO DE CHIAPAS
Unidad de Comunicación Social

Boletín No. 0873

ACTIVAN ALERTA AMARILLA EN 14 MUNICIPIOS DEL SOCONUSCO Y LA SIERRA POR LLUVIAS INTENSAS

Tuxtla Gutiérrez, Chiapas; 28 de mayo de 2016

La Secretaría de Protección Civil del Estado activó la alerta amarilla en 14 municipios de las regiones Soconusco y Sierra Mariscal, ante el pronóstico de lluvias intensas de entre 75 y 150 milímetros para las próximas 48 horas, acompañadas de descargas eléctricas y posibles granizadas.

Los municipios en alerta son:

- Tapachula, Tuxtla Chico, Cacahoatán, Unión Juárez, Huehuetán, Mazatán y Suchiate, en la región Soconusco;
- Motozintla, Siltepec, Bella Vista, La Grandeza, El Porvenir, Mazapa de Madero y Amatenango de la Frontera, en la región Sierra Mariscal.

La dependencia pidió a la población que vive en laderas y a orillas de ríos estar atenta a los avisos de las autoridades municipales, así como identificar los refugios temporales más cercanos a su domicilio.

Los comités comunitarios de Protección Civil permanecerán en sesión permanente y vigilarán los puntos de riesgo identificados en el Atlas Estatal de Riesgos, en especial los tramos carreteros de la Sierra con antecedentes de deslaves.

Se recomienda no cruzar ríos ni arroyos crecidos, a pie o en vehículo, y evitar refugiarse bajo árboles o estructuras metálicas durante las tormentas eléctricas.

La dependencia recordó que los reportes de emergencia se atienden en el número 911 y que el Centro Estatal de Monitoreo recibe reportes de deslaves y encharcamientos en el 800 555 0190, las 24 horas.

-000-

Unidad de Comunicación Social
Tel. 961 555 0134 y 961 555 0135
comunicacion.pc@chiapas.example.mx
'''
write_source('bd11.txt', T11, enc='cp1252', eol='crlf')
I11 = 'SECRETARÍA DE PROTECCIÓN CIVIL DEL ESTADO DE CHIAPAS'
write_gold('bd11', family='press_release',
           title='ACTIVAN ALERTA AMARILLA EN 14 MUNICIPIOS DEL SOCONUSCO Y LA SIERRA POR LLUVIAS INTENSAS',
           date='2016-05-28', bylines=[], source=I11,
           bulletin_number='0873', issuer=I11, dateline_city='Tuxtla Gutiérrez',
           body_first_words='La Secretaría de Protección Civil del Estado activó',
           body_last_words='y encharcamientos en el 800 555 0190, las 24 horas.',
           boilerplate=['GOBIERNO DEL ESTADO DE CHIAPAS',
                        'Tuxtla Gutiérrez, Chiapas; 28 de mayo de 2016',
                        'Tel. 961 555 0134 y 961 555 0135',
                        'comunicacion.pc@chiapas.example.mx'],
           must_keep=['Motozintla, Siltepec, Bella Vista, La Grandeza, El Porvenir, Mazapa de Madero y Amatenango de la Frontera, en la región Sierra Mariscal.',
                      'Se recomienda no cruzar ríos ni arroyos crecidos, a pie o en vehículo',
                      'La dependencia recordó que los reportes de emergencia se atienden en el número 911'])

# ---------------------------------------------------------------- bd12 press (public university, Word "texto Unicode")
T12 = '''UNIVERSIDAD AUTÓNOMA "BENITO JUÁREZ" DE OAXACA
Dirección de Comunicación Social

Comunicado DCS/045/2016

Estudiantes de Ciencias Químicas desarrollan filtro de bajo costo con cáscara de coco para purificar agua de pozo

Ciudad Universitaria, Oaxaca de Juárez; a 5 de abril de 2016.- Un grupo de cinco estudiantes de la Facultad de Ciencias Químicas diseñó un filtro para agua de pozo elaborado con carbón activado de cáscara de coco, arena sílica y grava, cuyo costo de fabricación es menor a 300 pesos y que puede armarse con materiales que se consiguen en cualquier ferretería.

El proyecto nació del servicio social que las y los estudiantes realizaron en comunidades rurales donde las familias consumen agua de pozos someros sin ningún tratamiento. En las pruebas de laboratorio, el filtro redujo la turbidez del agua y retuvo buena parte de los sólidos suspendidos y de la materia orgánica.

La profesora investigadora Leonor Matus Villalobos, quien asesora al equipo, explicó que el carbón se obtiene de residuos que los productores de coco de la Costa desechan, por lo que el filtro también aprovecha un material que hoy se quema o se tira.

El equipo aclaró que el filtro no sustituye la desinfección del agua, por lo que recomienda hervirla o clorarla antes de beberla. La siguiente etapa será probar el prototipo durante seis meses en viviendas de dos comunidades que ya solicitaron participar.

El proyecto fue seleccionado para representar a la universidad en un encuentro nacional de innovación estudiantil que se realizará en mayo en la Ciudad de México.

###

Mayores informes:
Dirección de Comunicación Social UABJO
Tel. 951 555 0120 | prensa@uabjo.example.mx
'''
write_source('bd12.txt', T12, enc='utf-16-le', eol='crlf', bom=True)
I12 = 'UNIVERSIDAD AUTÓNOMA "BENITO JUÁREZ" DE OAXACA'
write_gold('bd12', family='press_release',
           title='Estudiantes de Ciencias Químicas desarrollan filtro de bajo costo con cáscara de coco para purificar agua de pozo',
           date='2016-04-05', bylines=[], source=I12,
           bulletin_number='DCS/045/2016', issuer=I12, dateline_city='Oaxaca de Juárez',
           body_first_words='Un grupo de cinco estudiantes de la Facultad',
           body_last_words='que se realizará en mayo en la Ciudad de México.',
           boilerplate=['Ciudad Universitaria, Oaxaca de Juárez; a 5 de abril de 2016.-',
                        'Mayores informes:',
                        'Dirección de Comunicación Social UABJO',
                        'Tel. 951 555 0120 | prensa@uabjo.example.mx'],
           must_keep=['En las pruebas de laboratorio, el filtro redujo la turbidez del agua y retuvo buena parte de los sólidos suspendidos y de la materia orgánica.',
                      'El equipo aclaró que el filtro no sustituye la desinfección del agua, por lo que recomienda hervirla o clorarla antes de beberla.',
                      'La siguiente etapa será probar el prototipo durante seis meses en viviendas de dos comunidades que ya solicitaron participar.'])

# ---------------------------------------------------------------- bd13 press (state office, X thread pasted)
T13 = '''Secretaría de Educación en el Estado 🏫
@SEEMich_ej
·
14 ene. 2024

🧵 HILO | Boletín 0215/2024

Inicia en 38 municipios la entrega gratuita de uniformes y útiles escolares para el segundo semestre del ciclo 2023-2024 👇 (1/6)

Morelia, Michoacán, 14 de enero de 2024.- La Secretaría de Educación en el Estado (SEE) informó que a partir del lunes 15 de enero comenzará la entrega de paquetes de uniformes y útiles escolares a estudiantes de preescolar, primaria y secundaria públicas. (2/6)

En esta primera etapa se atenderá a cerca de 210 mil alumnas y alumnos de 38 municipios de la Meseta Purépecha, Tierra Caliente y la Costa, regiones donde las familias tienen menos acceso a papelerías y tiendas de ropa escolar. (3/6)

Los paquetes serán entregados directamente en las escuelas por supervisores de zona y comités de madres y padres de familia. No se pedirá ningún pago ni registro adicional; basta con que el alumno esté inscrito en el sistema de control escolar. (4/6)

En las comunidades de la Meseta, los avisos a las familias se harán también en lengua p'urhépecha, con apoyo de docentes de educación indígena y de las radios comunitarias de la región. (5/6)

La SEE pidió a las familias reportar cualquier cobro indebido o faltante en los paquetes al teléfono 443 555 0161 o en la supervisión escolar que corresponda. La segunda etapa, para el resto del estado, iniciará en febrero. (6/6)

#EducaciónMichoacán #ÚtilesGratuitos

12:30 p. m. · 14 ene. 2024 · 18,4 mil Reproducciones
'''
write_source('bd13.md', T13)
I13 = 'Secretaría de Educación en el Estado'
write_gold('bd13', family='press_release',
           title='Inicia en 38 municipios la entrega gratuita de uniformes y útiles escolares para el segundo semestre del ciclo 2023-2024',
           date='2024-01-14', bylines=[], source=I13,
           bulletin_number='0215/2024', issuer=I13, dateline_city='Morelia',
           body_first_words='La Secretaría de Educación en el Estado (SEE) informó',
           body_last_words='La segunda etapa, para el resto del estado, iniciará en febrero.',
           boilerplate=['@SEEMich_ej', '🧵 HILO |',
                        'Morelia, Michoacán, 14 de enero de 2024.-',
                        '(1/6)', '(2/6)', '(3/6)', '(4/6)', '(5/6)', '(6/6)',
                        '#EducaciónMichoacán #ÚtilesGratuitos',
                        '12:30 p. m. · 14 ene. 2024 · 18,4 mil Reproducciones'],
           must_keep=['No se pedirá ningún pago ni registro adicional; basta con que el alumno esté inscrito en el sistema de control escolar.',
                      "En las comunidades de la Meseta, los avisos a las familias se harán también en lengua p'urhépecha",
                      'La segunda etapa, para el resto del estado, iniciará en febrero.'])

# ---------------------------------------------------------------- bd14 press (municipality, bullets before the dateline)
T14 = '''H. AYUNTAMIENTO CONSTITUCIONAL DE TECOMÁN, COL.
Administración 2012-2015
Dirección de Comunicación Social

No. 318/2012

INSTALAN CONSEJO MUNICIPAL PARA LA PREVENCIÓN DEL DENGUE; ARRANCA CAMPAÑA DE DESCACHARRIZACIÓN EN 22 COLONIAS

• Se recolectarán llantas, botes y cacharros casa por casa durante tres semanas
• El Cabildo destinó 450 mil pesos para insumos y combustible

Tecomán, Col., 2 de noviembre de 2012.- Con la participación de autoridades de salud, directores de escuelas y comités de colonos, este viernes quedó instalado el Consejo Municipal para la Prevención del Dengue, que coordinará las acciones contra el mosquito transmisor durante la temporada de mayor riesgo.

En la sesión de instalación, el presidente municipal explicó que las lluvias de octubre dejaron agua acumulada en patios y lotes baldíos, lo que favorece la reproducción del mosco. Por ello, a partir del lunes arrancará una campaña de descacharrización en 22 colonias de la cabecera municipal y en las delegaciones de Cerro de Ortega y Madrid.

Camiones del Ayuntamiento recorrerán las calles según un calendario que se difundirá en escuelas, iglesias y tiendas de abarrotes. Se pide a las familias sacar a la banqueta llantas, botes, cubetas rotas y cualquier objeto que pueda acumular agua, el día que corresponda a su colonia.

La jurisdicción sanitaria informó que en lo que va del año se han confirmado casos de dengue en el municipio y que las brigadas de fumigación y abatización continuarán trabajando por las tardes.

El Consejo sesionará cada quince días para revisar los avances de la campaña y dará a conocer los resultados a la población.

oo0oo

Síguenos en Facebook: Tecomán Gobierno Municipal (página de ejemplo)
Tel. 313 555 0109, ext. 117
'''
write_source('bd14.txt', T14, eol=('mixed', 9))
I14 = 'H. AYUNTAMIENTO CONSTITUCIONAL DE TECOMÁN, COL.'
write_gold('bd14', family='press_release',
           title='INSTALAN CONSEJO MUNICIPAL PARA LA PREVENCIÓN DEL DENGUE; ARRANCA CAMPAÑA DE DESCACHARRIZACIÓN EN 22 COLONIAS',
           date='2012-11-02', bylines=[], source=I14,
           bulletin_number='318/2012', issuer=I14, dateline_city='Tecomán',
           body_first_words='Se recolectarán llantas, botes y cacharros casa por casa',
           body_last_words='dará a conocer los resultados a la población.',
           boilerplate=['Administración 2012-2015',
                        'Dirección de Comunicación Social',
                        'Tecomán, Col., 2 de noviembre de 2012.-',
                        'Síguenos en Facebook: Tecomán Gobierno Municipal (página de ejemplo)',
                        'Tel. 313 555 0109, ext. 117'],
           must_keep=['El Cabildo destinó 450 mil pesos para insumos y combustible',
                      'este viernes quedó instalado el Consejo Municipal para la Prevención del Dengue',
                      'El Consejo sesionará cada quince días para revisar los avances de la campaña y dará a conocer los resultados a la población.'])

# ---------------------------------------------------------------- bd15 press (joint release, Markdown from Word)
T15 = '''**COMUNICADO CONJUNTO 019/2024**

**SECRETARÍA DE MARINA**
**GOBIERNO DEL ESTADO DE GUERRERO**

**Realizan simulacro de evacuación por huracán en 18 colonias de Acapulco al inicio de la temporada de ciclones**

Acapulco, Gro., 16 de junio de 2024.- Personal de la Secretaría de Marina, a través de la Octava Región Naval, y de la Secretaría de Protección Civil del estado realizaron este domingo un simulacro de evacuación ante la hipotética llegada de un huracán categoría 4, en el que participaron vecinos de 18 colonias de la zona alta y de la costa de Acapulco.

El ejercicio inició a las 9:00 horas con el sonido de las alertas en los altavoces de las colonias y el despliegue de vehículos anfibios y camiones de la Marina para trasladar a las personas a refugios temporales instalados en escuelas y en un gimnasio municipal.

Durante el simulacro se probaron las rutas de evacuación, la comunicación por radio entre los comités vecinales y los centros de mando, así como el registro de las familias que llegaron a los refugios. También se practicó el traslado de personas con discapacidad y adultos mayores que viven en calles de difícil acceso.

Las autoridades explicaron que los comités vecinales formados después del huracán Otis fueron clave para avisar casa por casa y que el tiempo de evacuación se redujo respecto del ejercicio anterior.

Se recordó a la población que la temporada de ciclones tropicales en el Pacífico concluye el 30 de noviembre, por lo que es importante tener a la mano una mochila de emergencia con documentos, medicamentos, agua y una lámpara, y conocer el refugio más cercano.

-oOo-

Unidad de Comunicación Social, Octava Región Naval | Tel. 744 555 0150
Coordinación de Comunicación Social del Gobierno del Estado | prensa@guerrero.example.mx
'''
write_source('bd15.md', T15, eol='crlf', bom=True)
I15 = 'SECRETARÍA DE MARINA'
write_gold('bd15', family='press_release',
           title='Realizan simulacro de evacuación por huracán en 18 colonias de Acapulco al inicio de la temporada de ciclones',
           date='2024-06-16', bylines=[], source=I15,
           bulletin_number='019/2024', issuer=I15, dateline_city='Acapulco',
           body_first_words='Personal de la Secretaría de Marina, a través de la Octava Región Naval',
           body_last_words='y conocer el refugio más cercano.',
           boilerplate=['COMUNICADO CONJUNTO 019/2024',
                        'GOBIERNO DEL ESTADO DE GUERRERO',
                        'Acapulco, Gro., 16 de junio de 2024.-',
                        'Unidad de Comunicación Social, Octava Región Naval | Tel. 744 555 0150',
                        'Coordinación de Comunicación Social del Gobierno del Estado | prensa@guerrero.example.mx'],
           must_keep=['También se practicó el traslado de personas con discapacidad y adultos mayores que viven en calles de difícil acceso.',
                      'Las autoridades explicaron que los comités vecinales formados después del huracán Otis fueron clave para avisar casa por casa',
                      'Se recordó a la población que la temporada de ciclones tropicales en el Pacífico concluye el 30 de noviembre'])

# ---------------------------------------------------------------- bd16 press (federal body's state office, year legend)
T16 = '''"2019, Año del Caudillo del Sur, Emiliano Zapata"

COMISIÓN NACIONAL FORESTAL
Gerencia Estatal Oaxaca

Boletín de prensa No. 089

Oaxaca de Juárez, Oax., a 29 de abril de 2019.

Combaten más de 300 brigadistas incendio en Santa María Chimalapa; suma 11 días activo

Más de 300 combatientes de la Comisión Nacional Forestal (Conafor), de la Comisión Estatal Forestal, de la Secretaría de la Defensa Nacional y de brigadas comunitarias trabajan en el control del incendio forestal que desde hace once días afecta selva y bosque mesófilo en terrenos comunales de Santa María Chimalapa.

De acuerdo con el reporte de esta mañana, el incendio tiene un avance de control de 45 por ciento y de liquidación de 20 por ciento. Las condiciones de viento, la baja humedad y lo accidentado del terreno han dificultado los trabajos en la parte alta de la sierra.

Para apoyar a las brigadas terrestres se mantienen en operación dos helicópteros con helibalde, que realizan descargas de agua en los frentes de mayor intensidad. Las brigadas abren líneas de control con herramienta manual y realizan quemas de ensanche en puntos estratégicos.

La Gerencia Estatal agradeció el apoyo de las autoridades comunales, que aportan guías que conocen los caminos de la selva y organizan la alimentación de los combatientes en los campamentos.

La Conafor recordó que la mayoría de los incendios forestales son provocados por actividades humanas, por lo que exhortó a la población a no realizar quemas agrícolas sin aviso a las autoridades y a reportar cualquier columna de humo al número gratuito 800 555 0135.

---o0o---

Gerencia Estatal Oaxaca - Comunicación Social
Tel. 951 555 0177 | prensa.oax@conafor.example.mx
Página 1 de 1
'''
write_source('bd16.txt', T16, enc='cp1252', eol='crlf')
I16 = 'COMISIÓN NACIONAL FORESTAL'
write_gold('bd16', family='press_release',
           title='Combaten más de 300 brigadistas incendio en Santa María Chimalapa; suma 11 días activo',
           date='2019-04-29', bylines=[], source=I16,
           bulletin_number='089', issuer=I16, dateline_city='Oaxaca de Juárez',
           body_first_words='Más de 300 combatientes de la Comisión Nacional Forestal',
           body_last_words='reportar cualquier columna de humo al número gratuito 800 555 0135.',
           boilerplate=['"2019, Año del Caudillo del Sur, Emiliano Zapata"',
                        'Gerencia Estatal Oaxaca - Comunicación Social',
                        'Oaxaca de Juárez, Oax., a 29 de abril de 2019.',
                        'Tel. 951 555 0177 | prensa.oax@conafor.example.mx',
                        'Página 1 de 1'],
           must_keep=['el incendio tiene un avance de control de 45 por ciento y de liquidación de 20 por ciento.',
                      'Para apoyar a las brigadas terrestres se mantienen en operación dos helicópteros con helibalde',
                      'La Gerencia Estatal agradeció el apoyo de las autoridades comunales'])

# ---------------------------------------------------------------- bd17 jekyll (volunteer site, space-separated categories)
T17 = '''---
layout: post
title:  "Tejedoras de San Pedro Amuzgos exigen precio justo por sus huipiles"
date:   2016-11-20 21:30:00 -0600
author: Citlali Ramírez Luna
categories: comunidad economia
tags: [textiles, amuzgos, comercio justo]
comments: true
---

![Tejedora en telar de cintura](/assets/img/2016/11/telar-amuzgos.jpg)
*Foto: Citlali Ramírez Luna*

Un grupo de 35 tejedoras de San Pedro Amuzgos, en la Costa de Oaxaca, presentó este domingo un tabulador de precios para sus huipiles y blusas bordadas, con el que buscan que intermediarios y tiendas de la capital dejen de pagarles cantidades que no alcanzan ni para recuperar el costo del hilo.

Las artesanas explicaron que un huipil de gala tejido en telar de cintura puede llevar entre tres y cinco meses de trabajo, pero que los compradores que llegan a la comunidad ofrecen entre 800 y 1,500 pesos por pieza, que luego se revende en varias veces ese precio.

"No estamos pidiendo regalado, estamos pidiendo que se pague el tiempo y el conocimiento de nuestras abuelas", dijo Herminia López García, una de las integrantes del colectivo.

El tabulador fija un precio mínimo por cada tipo de prenda y considera el tamaño, la técnica y los materiales, como el algodón coyuchi y los tintes naturales. Las tejedoras también acordaron no vender a quienes copien sus diseños para producirlos en fábricas.

El colectivo abrirá en diciembre una pequeña tienda en la comunidad y busca vender directamente a museos y tiendas que se comprometan a respetar el tabulador y a reconocer la autoría de cada pieza.

{% include compartir.html %}
'''
write_source('bd17.md', T17)
write_gold('bd17', family='jekyll',
           title='Tejedoras de San Pedro Amuzgos exigen precio justo por sus huipiles',
           date='2016-11-20', bylines=['Citlali Ramírez Luna'], source=None, section='comunidad',
           body_first_words='Un grupo de 35 tejedoras de San Pedro Amuzgos',
           body_last_words='a reconocer la autoría de cada pieza.',
           boilerplate=['Foto: Citlali Ramírez Luna', '{% include compartir.html %}'],
           must_keep=['"No estamos pidiendo regalado, estamos pidiendo que se pague el tiempo y el conocimiento de nuestras abuelas", dijo Herminia López García',
                      'Las tejedoras también acordaron no vender a quienes copien sus diseños para producirlos en fábricas.',
                      'El colectivo abrirá en diciembre una pequeña tienda en la comunidad'],
           photo_credit='Foto: Citlali Ramírez Luna')

# ---------------------------------------------------------------- bd18 jekyll (Spanish keys, borrador)
T18 = '''---
titulo: Radio comunitaria de Tlahuitoltepec cumple 15 años al aire
fecha: "5 de octubre de 2022"
autor: Redacción
borrador: true
seccion: Cultura
etiquetas: radio, ayuuk, aniversario
sitio: "Altavoz Mixe"
---

La radio comunitaria Nube Alta 104.1 FM, de Santa María Tlahuitoltepec, en la Sierra Norte de Oaxaca, celebró quince años de transmisiones con una jornada de música de banda, mesas de diálogo y una programación especial en lengua ayuuk durante todo el fin de semana.

La emisora nació en 2007 con un transmisor prestado y una cabina improvisada en un cuarto de la agencia municipal. Hoy transmite dieciocho horas diarias, la mayor parte en ayuuk, con programas de salud, noticias de la región, música tradicional y avisos de la comunidad.

Sus fundadores recordaron que en los primeros años la radio funcionó gracias al trabajo voluntario de jóvenes de la secundaria comunitaria, que aprendieron a editar audio y a conducir programas sin haber tomado nunca un curso de locución.

Durante la celebración, la asamblea comunitaria reconoció a la emisora como un servicio de la comunidad y acordó apoyar con tequio la construcción de una nueva cabina. Las bandas filarmónicas de la localidad y de comunidades vecinas tocaron en la explanada hasta la madrugada.

Las y los integrantes del colectivo de la radio anunciaron que en el próximo año buscarán formar a niñas y niños como reporteros comunitarios, para que la siguiente generación mantenga viva la palabra de su pueblo en su propia lengua.

*Nube Alta transmite por el 104.1 FM y en línea en nubealta.example.mx*
'''
write_source('bd18.md', T18)
write_gold('bd18', family='jekyll',
           title='Radio comunitaria de Tlahuitoltepec cumple 15 años al aire',
           date='2022-10-05', published=False, bylines=[], source='Altavoz Mixe', section='Cultura',
           body_first_words='La radio comunitaria Nube Alta 104.1 FM',
           body_last_words='mantenga viva la palabra de su pueblo en su propia lengua.',
           boilerplate=['Nube Alta transmite por el 104.1 FM y en línea en nubealta.example.mx'],
           must_keep=['La emisora nació en 2007 con un transmisor prestado y una cabina improvisada en un cuarto de la agencia municipal.',
                      'la asamblea comunitaria reconoció a la emisora como un servicio de la comunidad y acordó apoyar con tequio la construcción de una nueva cabina.',
                      'Las bandas filarmónicas de la localidad y de comunidades vecinas tocaron en la explanada hasta la madrugada.'])

# ---------------------------------------------------------------- bd19 jekyll (unquoted colon in title: invalid YAML)
T19 = '''---
layout: post
title: Guelaguetza 2018: las delegaciones de la Costa llevan la chilena al Cerro del Fortín
date: 2018-07-23
author: Baltazar Mendoza Ruiz
category: Cultura
tags:
- guelaguetza
- costa
- chilena
---
El primer Lunes del Cerro de la Guelaguetza 2018 cerró con la participación de las delegaciones de la Costa, que llenaron el auditorio del Cerro del Fortín con el ritmo de la chilena, los pañuelos blancos y los trajes de fiesta de Pinotepa Nacional, Santiago Jamiltepec y Puerto Escondido.

Desde temprano, miles de personas subieron al auditorio para ver la presentación de las ocho regiones del estado. Los grupos de la Costa fueron recibidos con aplausos cuando bajaron al escenario tocando la tarima al ritmo de la banda de viento.

Las bailadoras de Pinotepa llevaron el huipil de gala y la falda de enredo, y los danzantes de Jamiltepec presentaron la danza de los Tejorones, que representa la burla de los pueblos a los antiguos patrones de las haciendas.

Al final de cada presentación, las delegaciones repartieron al público la guelaguetza, el regalo que le da nombre a la fiesta: pan, mezcal, frutas, sombreros de palma y pescado seco en el caso de los pueblos costeños.

Para muchos de los integrantes, subir al Cerro del Fortín es un compromiso con su comunidad. "Bailamos para que no se olvide de dónde venimos", comentó un joven de la delegación de Jamiltepec antes de salir al escenario.

La segunda presentación será el próximo lunes 30 de julio, con un programa similar en dos horarios.
'''
write_source('bd19.md', T19)
write_gold('bd19', family='jekyll',
           title='Guelaguetza 2018: las delegaciones de la Costa llevan la chilena al Cerro del Fortín',
           date='2018-07-23', bylines=['Baltazar Mendoza Ruiz'], source=None, section='Cultura',
           body_first_words='El primer Lunes del Cerro de la Guelaguetza 2018',
           body_last_words='con un programa similar en dos horarios.',
           boilerplate=[],
           must_keep=['Los grupos de la Costa fueron recibidos con aplausos cuando bajaron al escenario tocando la tarima al ritmo de la banda de viento.',
                      '"Bailamos para que no se olvide de dónde venimos", comentó un joven de la delegación de Jamiltepec antes de salir al escenario.',
                      'La segunda presentación será el próximo lunes 30 de julio, con un programa similar en dos horarios.'])

# ---------------------------------------------------------------- bd20 jekyll (theme-style front matter: author map, header caption)
T20 = '''---
title: "Tortugueros de Cuyutlán liberan 3 mil crías de golfina en el primer mes de temporada"
date: 2008-07-14
last_modified_at: 2009-01-02
author:
  name: "Leticia Ochoa Virgen"
  twitter: "@leti_ochoa_ej"
categories:
  - Medio ambiente
tags: [Colima, tortugas, Cuyutlán]
header:
  image: /assets/images/2008/07/crias-golfina.jpg
  caption: "Foto: Cortesía del tortugario de Cuyutlán"
excerpt: "Voluntarios patrullan de noche once kilómetros de playa para proteger los nidos."
toc: false
---

Voluntarios y trabajadores del tortugario de Cuyutlán, en el municipio de Armería, liberaron en el primer mes de la temporada de anidación más de tres mil crías de tortuga golfina, una cifra mayor a la del mismo periodo del año pasado.

Cada noche, grupos de dos o tres personas recorren en cuatrimoto once kilómetros de playa para localizar los nidos antes de que lleguen perros, mapaches o saqueadores. Los huevos se trasladan a un corral de incubación cercado, donde permanecen unos 45 días hasta que nacen las crías.

La coordinadora de los voluntarios explicó que la participación de jóvenes de Armería y de Tecomán ha permitido cubrir más horas de vigilancia, aunque todavía hacen falta linternas de luz roja, que no desorientan a las tortugas, y combustible para los recorridos.

Las liberaciones se realizan al atardecer y están abiertas al público, siempre que los visitantes respeten las indicaciones: no tocar a las crías, no usar flash y mantenerse detrás de la línea marcada en la arena.

La temporada de anidación de la golfina en la costa de Colima se extiende hasta diciembre, por lo que el tortugario invita a quienes quieran sumarse como voluntarios a acudir cualquier tarde a sus instalaciones.
'''
write_source('bd20.markdown', T20)
write_gold('bd20', family='jekyll',
           title='Tortugueros de Cuyutlán liberan 3 mil crías de golfina en el primer mes de temporada',
           date='2008-07-14', bylines=['Leticia Ochoa Virgen'], source=None, section='Medio ambiente',
           body_first_words='Voluntarios y trabajadores del tortugario de Cuyutlán',
           body_last_words='a acudir cualquier tarde a sus instalaciones.',
           boilerplate=['Foto: Cortesía del tortugario de Cuyutlán',
                        'Voluntarios patrullan de noche once kilómetros de playa para proteger los nidos.'],
           must_keep=['Los huevos se trasladan a un corral de incubación cercado, donde permanecen unos 45 días hasta que nacen las crías.',
                      'no tocar a las crías, no usar flash y mantenerse detrás de la línea marcada en la arena.',
                      'La temporada de anidación de la golfina en la costa de Colima se extiende hasta diciembre'],
           photo_credit='Foto: Cortesía del tortugario de Cuyutlán')
