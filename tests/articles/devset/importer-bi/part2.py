#!/usr/bin/env python3
"""importer-bi, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bi11 wire (post copied from a Facebook page, Chis.)
bi11 = """Frontera Sur Informa
15 de octubre de 2018 a las 9:47 · 🌎

📍 #Tapachula | Productores de café del Soconusco piden precio de garantía ante la caída internacional

✍️ Por: Elvira Toledo Gamboa

Ver traducción

Unos 300 pequeños productores de café de Tapachula, Cacahoatán, Unión Juárez y Motozintla se reunieron este lunes en la cabecera municipal de Tapachula para pedir a los gobiernos federal y estatal un precio de garantía, luego de que el grano cayera en la bolsa de Nueva York a su nivel más bajo en doce años.

Los cafetaleros explicaron que los intermediarios pagan en la región entre 28 y 32 pesos por kilo de café pergamino, cuando producirlo les cuesta cerca de 40 pesos. Muchas familias ya dejaron de limpiar sus cafetales y algunos jóvenes se fueron a trabajar a la frontera norte o a Estados Unidos. 👉 Lee también: Cafetaleros de Motozintla forman cooperativa para exportar https://fronterasurinforma.example.mx/motozintla-cooperativa La roya, que devastó la región hace cinco años, también dejó a muchas fincas con plantas jóvenes que todavía no producen.

Don Lisandro Pérez, productor de Unión Juárez, dijo que su familia cultiva café desde hace tres generaciones. “Nunca habíamos vendido por debajo de lo que nos cuesta. Este año vamos a perder en cada costal”, comentó.

Las organizaciones pidieron también créditos a bajo interés para renovar cafetales y que se reabran las oficinas de asesoría técnica que cerraron en los últimos años. Representantes de la delegación estatal de la Secretaría de Agricultura se comprometieron a llevar la petición a la Ciudad de México.

Los productores acordaron reunirse de nuevo el 29 de octubre para decidir si realizan una marcha en la capital del estado.

#Soconusco #Café #Chiapas #FronteraSurInforma

👍❤️😢 1,2 mil · 87 comentarios · 340 veces compartido
Me gusta · Comentar · Compartir
"""
write_source('bi11.md', bi11)
write_gold('bi11', family='wire',
           title='Productores de café del Soconusco piden precio de garantía ante la caída internacional',
           date='2018-10-15', bylines=['Elvira Toledo Gamboa'], source='Frontera Sur Informa',
           body_first_words='Unos 300 pequeños productores de café de Tapachula',
           body_last_words='si realizan una marcha en la capital del estado.',
           boilerplate=['15 de octubre de 2018 a las 9:47', '#Tapachula |', 'Ver traducción',
                        'Lee también: Cafetaleros de Motozintla forman cooperativa para exportar',
                        'https://fronterasurinforma.example.mx/motozintla-cooperativa',
                        '#Soconusco #Café #Chiapas #FronteraSurInforma',
                        '1,2 mil · 87 comentarios · 340 veces compartido', 'Me gusta · Comentar · Compartir'],
           must_keep=['Muchas familias ya dejaron de limpiar sus cafetales y algunos jóvenes se fueron a trabajar a la frontera norte o a Estados Unidos.',
                      'La roya, que devastó la región hace cinco años, también dejó a muchas fincas con plantas jóvenes que todavía no producen.',
                      '“Nunca habíamos vendido por debajo de lo que nos cuesta. Este año vamos a perder en cada costal”, comentó.'])

# ---------------------------------------------------------------- bi12 press (state prosecutor, Gro.; bold bullets)
bi12 = """**FISCALÍA GENERAL DEL ESTADO DE GUERRERO**
**Vicefiscalía de Investigación**

Chilpancingo de los Bravo, Gro., a 19 de junio de 2017

**COMUNICADO 112/2017**

# **Recupera FGE 38 cabezas de ganado robadas en Tierra Caliente**

* **Los animales fueron localizados en un corral de Tlapehuala**
* **Dos personas quedaron a disposición del Ministerio Público**

Agentes de la Policía Investigadora Ministerial recuperaron 38 cabezas de ganado bovino que habían sido robadas la semana pasada de dos ranchos del municipio de Pungarabato, informó la Fiscalía General del Estado.

De acuerdo con la denuncia, los animales fueron sacados durante la madrugada del 12 de junio y trasladados en dos camiones de redilas. Los propietarios identificaron a su ganado por el fierro y por los aretes de registro que exige la ley ganadera del estado.

Con apoyo de la Asociación Ganadera Local, los agentes siguieron la ruta de los camiones y localizaron los animales en un corral de la cabecera municipal de Tlapehuala, donde detuvieron a Ismael “N” y Efrén “N”, quienes no pudieron acreditar la propiedad del ganado.

Los detenidos quedaron a disposición del agente del Ministerio Público, que integra la carpeta de investigación por el delito de abigeato. El ganado fue devuelto a sus dueños después de la revisión de un médico veterinario.

La Fiscalía exhortó a los productores a mantener actualizado el registro de sus animales y a denunciar cualquier robo en las agencias del Ministerio Público de la región.

-30-

Fiscalía General del Estado de Guerrero · Comunicación Social
Tel. 747 555 0125 · prensa@fge-gro.example.mx · @FGEGroPrensaEj
"""
write_source('bi12.md', bi12, eol='crlf')
write_gold('bi12', family='press_release',
           title='Recupera FGE 38 cabezas de ganado robadas en Tierra Caliente',
           date='2017-06-19', source='FISCALÍA GENERAL DEL ESTADO DE GUERRERO',
           bulletin_number='112/2017', issuer='FISCALÍA GENERAL DEL ESTADO DE GUERRERO',
           dateline_city='Chilpancingo de los Bravo',
           body_first_words='Los animales fueron localizados en un corral de Tlapehuala',
           body_last_words='en las agencias del Ministerio Público de la región.',
           boilerplate=['Vicefiscalía de Investigación', 'Chilpancingo de los Bravo, Gro., a 19 de junio de 2017',
                        'COMUNICADO 112/2017', '-30-',
                        'Fiscalía General del Estado de Guerrero · Comunicación Social',
                        'Tel. 747 555 0125 · prensa@fge-gro.example.mx · @FGEGroPrensaEj'],
           must_keep=['Los propietarios identificaron a su ganado por el fierro y por los aretes de registro que exige la ley ganadera del estado.',
                      'El ganado fue devuelto a sus dueños después de la revisión de un médico veterinario.',
                      'Dos personas quedaron a disposición del Ministerio Público'])

# ---------------------------------------------------------------- bi13 jekyll (Ghost converter, published_at with offset, primary_tag)
bi13 = """---
title: "Manglares de Centla: la brigada que siembra raíces en el delta"
slug: manglares-centla-brigada
created_at: 2019-03-01T10:02:11.000-06:00
published_at: 2019-03-09T20:15:00.000-06:00
updated_at: 2019-03-11T09:40:27.000-06:00
status: published
primary_author: Ana Beltrán Priego
primary_tag: Medio Ambiente
tags: [Medio Ambiente, Destacadas, Centla]
feature_image: /content/images/2019/03/mangle-centla.jpg
publication: Pantanos Digital
---

En la ribera del río Usumacinta, cerca de Frontera, una brigada de 24 pescadores y pescadoras de Centla lleva tres años sembrando mangle rojo en las orillas que se quedaron sin árboles por la tala y por la apertura de potreros.

La brigada trabaja con un vivero comunitario donde germinan cerca de 15 mil propágulos al año. Cuando las plantas alcanzan unos 40 centímetros, se trasladan en cayuco hasta los sitios elegidos y se siembran en la marea baja, a un metro una de otra.

Doña Eulalia Hernández, integrante de la brigada desde el inicio, explica que el trabajo se nota en la pesca. “Donde volvió el mangle volvió el camarón, y con él la jaiba y el robalo”, dice mientras revisa las raíces de las plantas del primer año.

Los brigadistas reciben un pago por jornal de un programa de conservación de la Reserva de la Biosfera Pantanos de Centla, pero aseguran que seguirían sembrando sin él. Su mayor problema son los incendios de la temporada de secas, que el año pasado alcanzaron dos de las parcelas reforestadas.

Investigadores que dan seguimiento al proyecto calculan que siete de cada diez plantas sembradas sobreviven, una proporción alta para este tipo de restauración. La brigada quiere llevar la experiencia a otras comunidades del delta.
"""
write_source('bi13.md', bi13)
write_gold('bi13', family='jekyll',
           title='Manglares de Centla: la brigada que siembra raíces en el delta',
           date='2019-03-09', bylines=['Ana Beltrán Priego'], source='Pantanos Digital',
           section='Medio Ambiente', placement=['Destacadas'],
           body_first_words='En la ribera del río Usumacinta, cerca de Frontera',
           body_last_words='llevar la experiencia a otras comunidades del delta.',
           must_keep=['“Donde volvió el mangle volvió el camarón, y con él la jaiba y el robalo”, dice mientras revisa las raíces de las plantas del primer año.',
                      'Cuando las plantas alcanzan unos 40 centímetros, se trasladan en cayuco hasta los sitios elegidos y se siembran en la marea baja, a un metro una de otra.',
                      'Su mayor problema son los incendios de la temporada de secas, que el año pasado alcanzaron dos de las parcelas reforestadas.'])

# ---------------------------------------------------------------- bi14 wire (print page typed back / OCR, Tab., two pages)
bi14 = """1A        EL SURESTE DE TABASCO        Villahermosa, Tab., jueves 9 de noviembre de 2006

Inundaciones

Vecinos de Gaviotas exigen
bordos definitivos al Grijalva

Por Ramiro Zapata Hernández
Reportero

   Vecinos de la colonia Gaviotas Sur y
de las rancherías ribereñas del río Gri-
jalva exigieron ayer a las autoridades
estatales y federales la construcción de
bordos definitivos, luego de que en las
últimas dos semanas el agua alcanzó más
de un metro dentro de sus viviendas.
   En una reunión celebrada en la cancha
de la colonia, unas 200 personas firma-
ron un documento dirigido a la Comisión
Nacional del Agua en el que piden que
los costales de arena colocados de manera
provisional sean sustituidos por muros de
concreto antes de la próxima temporada
de lluvias.
   Doña Petrona Jiménez, vecina de la
calle principal, contó que es la tercera
vez en cinco años que pierde sus muebles.
"Cada año nos dicen que ahora sí van a

PASA A LA PÁGINA 6A
\f6A        LOCAL        EL SURESTE DE TABASCO        Jueves 9 de noviembre de 2006

VIENE DE LA PÁGINA 1A

hacer el bordo, y cada año volvemos a
sacar el agua con cubetas", dijo.
   Los vecinos señalaron que muchas fa-
milias no han regresado a sus casas y
siguen en albergues o con familiares en
otras colonias de Villahermosa.
   Un representante de la delegación de
la Conagua explicó que el proyecto de
protección de la margen derecha del río
está en revisión y que los trabajos de
este año se limitaron a reforzar los
puntos más vulnerables con costaleras.
   Los colonos advirtieron que, si no
reciben respuesta por escrito en un
plazo de quince días, cerrarán el paso
en el puente que comunica con el centro
de la ciudad.
"""
write_source('bi14.txt', bi14)
write_gold('bi14', family='wire',
           title='Vecinos de Gaviotas exigen bordos definitivos al Grijalva',
           date='2006-11-09', bylines=['Ramiro Zapata Hernández'], source='El Sureste de Tabasco',
           section='Inundaciones',
           body_first_words='Vecinos de la colonia Gaviotas Sur y de las rancherías ribereñas',
           body_last_words='en el puente que comunica con el centro de la ciudad.',
           boilerplate=['1A EL SURESTE DE TABASCO Villahermosa, Tab., jueves 9 de noviembre de 2006', 'PASA A LA PÁGINA 6A',
                        '6A LOCAL EL SURESTE DE TABASCO Jueves 9 de noviembre de 2006',
                        'VIENE DE LA PÁGINA 1A', 'Reportero'],
           must_keep=['Vecinos de la colonia Gaviotas Sur y de las rancherías ribereñas del río Grijalva exigieron ayer a las autoridades estatales y federales la construcción de bordos definitivos',
                      'Los vecinos señalaron que muchas familias no han regresado a sus casas y siguen en albergues o con familiares en otras colonias de Villahermosa.',
                      'unas 200 personas firmaron un documento dirigido a la Comisión Nacional del Agua'])

# ---------------------------------------------------------------- bi15 generic (magazine essay typed back from print, running heads)
bi15 = """EL CACAO DE LA CHONTALPA: TRES SIGLOS DE UNA SEMILLA

Quien recorre en mayo los caminos entre Comalcalco
y Cunduacán encuentra, a la orilla de las huertas,
petates cubiertos de semillas que se secan al sol. Es
el cacao, que en esta región se cultiva desde mucho an-
tes de la llegada de los españoles y que durante siglos
sirvió como moneda, como bebida ceremonial y como tri-
buto.

Los cronistas del siglo XVI ya describían las huertas
de la Chontalpa, sombreadas por árboles altos que pro-
tegían a los cacaotales del sol. Esa forma de sembrar,
bajo la sombra de cedros, chipilcoites y samanes, es la
misma que se conserva hoy en las fincas familiares.

14                    CUADERNOS DE LA CHONTALPA

Durante el siglo XIX, el cacao tabasqueño se embarcaba
por el Grijalva hacia Campeche y Veracruz. Las grandes
haciendas de entonces daban trabajo a cientos de peones,
y muchas de las fiestas de los pueblos se organizaban al
terminar la cosecha.

En el siglo XX llegaron las enfermedades de la mazorca
y la competencia de otros países productores. Muchas
familias cambiaron el cacao por el ganado o la caña,
pero otras se quedaron con sus huertas y aprendieron a
vender el grano fermentado, que alcanza mejores precios.

Hoy, en las cocinas de la región, el cacao sigue presente
en el pozol, en el chorote y en el chocolate de metate
que se prepara para las bodas y los velorios. Los mayo-
res dicen que una casa sin cacao es una casa sin visitas.

ENSAYO                                                  15
"""
write_source('bi15.txt', bi15, eol='crlf')
write_gold('bi15', family='generic',
           title='EL CACAO DE LA CHONTALPA: TRES SIGLOS DE UNA SEMILLA',
           body_first_words='Quien recorre en mayo los caminos entre Comalcalco',
           body_last_words='una casa sin cacao es una casa sin visitas.',
           boilerplate=['14 CUADERNOS DE LA CHONTALPA', 'ENSAYO 15'],
           must_keep=['Es el cacao, que en esta región se cultiva desde mucho antes de la llegada de los españoles y que durante siglos sirvió como moneda, como bebida ceremonial y como tributo.',
                      'Durante el siglo XIX, el cacao tabasqueño se embarcaba por el Grijalva hacia Campeche y Veracruz.',
                      'Los mayores dicen que una casa sin cacao es una casa sin visitas.'])

# ---------------------------------------------------------------- bi16 press (state health office, Tab.; Word on an old Mac: cp1252, CR only)
bi16 = """GOBIERNO DEL ESTADO DE TABASCO
SECRETARÍA DE SALUD
Dirección de Comunicación Social

Boletín 0412
Villahermosa, Tabasco, a 16 de junio de 2008.

SALUD INTENSIFICA LA FUMIGACIÓN CONTRA EL DENGUE EN 12 MUNICIPIOS

Con el inicio de la temporada de lluvias, la Secretaría de Salud intensificó las acciones contra el mosquito transmisor del dengue en 12 municipios del estado, entre ellos Centro, Cárdenas, Comalcalco, Macuspana y Tenosique, donde el año pasado se concentró el mayor número de casos.

Brigadas de 180 trabajadores recorren colonias y localidades para nebulizar calles y patios, aplicar larvicida en depósitos de agua y retirar cacharros en los que se acumula la lluvia. En la primera semana se visitaron más de 21 mil viviendas.

El director de Salud Pública explicó que la nebulización sólo elimina a los mosquitos adultos, por lo que la participación de las familias es indispensable. “Si en el patio queda una llanta con agua, en una semana tendremos otra vez mosquitos”, advirtió.

La dependencia recomendó tapar tinacos y cubetas, cambiar el agua de los floreros cada tercer día y usar repelente y ropa de manga larga, sobre todo al amanecer y al atardecer, cuando el mosquito es más activo.

Ante fiebre alta, dolor de cabeza, de músculos y detrás de los ojos, se pide acudir de inmediato a la unidad de salud más cercana y no automedicarse, ya que algunos analgésicos pueden agravar la enfermedad.

FIN

Dirección de Comunicación Social · Tel. 993 555 0117 · salud.prensa@saludtab.example.mx
"""
write_source('bi16.txt', bi16, enc='cp1252', eol='cr')
write_gold('bi16', family='press_release',
           title='SALUD INTENSIFICA LA FUMIGACIÓN CONTRA EL DENGUE EN 12 MUNICIPIOS',
           date='2008-06-16', source='SECRETARÍA DE SALUD',
           bulletin_number='0412', issuer='SECRETARÍA DE SALUD', dateline_city='Villahermosa',
           body_first_words='Con el inicio de la temporada de lluvias, la Secretaría de Salud',
           body_last_words='algunos analgésicos pueden agravar la enfermedad.',
           boilerplate=['GOBIERNO DEL ESTADO DE TABASCO', 'Dirección de Comunicación Social', 'Boletín 0412',
                        'Villahermosa, Tabasco, a 16 de junio de 2008.', 'FIN',
                        'Tel. 993 555 0117 · salud.prensa@saludtab.example.mx'],
           must_keep=['En la primera semana se visitaron más de 21 mil viviendas.',
                      '“Si en el patio queda una llanta con agua, en una semana tendremos otra vez mosquitos”, advirtió.',
                      'cambiar el agua de los floreros cada tercer día y usar repelente y ropa de manga larga'])

# ---------------------------------------------------------------- bi17 jekyll (hand-made site, unquoted day-first date)
bi17 = """---
layout: articulo
title: El pozol, la bebida que refresca a Tabasco desde antes de la Colonia
date: 07/05/2011
autor: Mariela Cruz Ocaña
site_name: Sabores del Grijalva
categories:
  - Tradiciones
tags:
  - pozol
  - cacao
  - maíz
---
En cualquier esquina del centro de Villahermosa, a media mañana, hay alguien que bate en una jícara una bola de masa con agua. Es el pozol, la bebida de maíz y cacao que los tabasqueños toman para aguantar el calor y que, según los historiadores, ya se preparaba en la región mucho antes de la llegada de los españoles.

La receta es sencilla, pero tiene sus secretos. El maíz se cuece con cal, se lava y se muele en molino de mano junto con el cacao tostado. La masa se envuelve en hojas de plátano y se deja reposar; hay quien la prefiere fresca y hay quien la deja agriar dos o tres días.

Doña Herminia Torres vende pozol desde hace 34 años en el mercado Pino Suárez. Prepara cada madrugada unos 20 kilos de masa y, a las once, ya no le queda nada. Dice que sus clientes más fieles son los albañiles y los taxistas, que le piden el pozol “bien frío y con poquita azúcar”.

El pozol se sirve en jícara o en vaso, y se acompaña a veces con dulce de coco o con sal y chile. En las comunidades chontales de Nacajuca todavía se ofrece a los visitantes como señal de bienvenida.

Para los tabasqueños que viven lejos, el pozol es también memoria. En el mercado hay quien compra la masa para mandarla, bien envuelta, a los familiares que trabajan en Cancún o en la Ciudad de México.
"""
write_source('bi17.md', bi17)
write_gold('bi17', family='jekyll',
           title='El pozol, la bebida que refresca a Tabasco desde antes de la Colonia',
           date='2011-05-07', bylines=['Mariela Cruz Ocaña'], source='Sabores del Grijalva',
           section='Tradiciones',
           body_first_words='En cualquier esquina del centro de Villahermosa, a media mañana',
           body_last_words='a los familiares que trabajan en Cancún o en la Ciudad de México.',
           must_keep=['El maíz se cuece con cal, se lava y se muele en molino de mano junto con el cacao tostado.',
                      'Doña Herminia Torres vende pozol desde hace 34 años en el mercado Pino Suárez.',
                      'En las comunidades chontales de Nacajuca todavía se ofrece a los visitantes como señal de bienvenida.'])

# ---------------------------------------------------------------- bi18 wire (Medium page export, English UI, Chis.)
bi18 = """# Los guardianes de la Lacandona cuentan sus árboles

## Una brigada comunitaria de Frontera Corozal mide cada año la salud de la selva

[![Irene Castellanos Pinto](https://miro.medium.example.mx/v2/resize:fill:88:88/1*a8Xk2.jpeg)](https://medium.example.mx/@irenecastellanos?source=post_page-----)

[Irene Castellanos Pinto](https://medium.example.mx/@irenecastellanos?source=post_page-----)

Follow

Published in [Selva Adentro](https://medium.example.mx/selva-adentro?source=post_page-----)

·

6 min read

·

Mar 12, 2020

--

Listen

Share

![](https://miro.medium.example.mx/v2/resize:fit:1400/1*brigada.jpeg)

Foto: Irene Castellanos Pinto

Cada marzo, antes de que empiece el calor más fuerte, doce jóvenes de Frontera Corozal se internan durante dos semanas en la selva para medir los mismos árboles que midieron el año anterior. Con cintas métricas, brújulas y una libreta impermeable, registran el grosor de los troncos, la altura de las copas y los árboles que cayeron.

El monitoreo comenzó hace seis años, cuando la comunidad decidió que necesitaba sus propios datos para defender su territorio. Hoy tienen registradas 40 parcelas permanentes y más de 3 mil árboles marcados con placas de aluminio, entre caobas, ceibas, chicozapotes y ramones.

Los datos muestran que, en las zonas que la comunidad protege, la selva se mantiene estable. En cambio, en las orillas cercanas a los potreros, el número de árboles jóvenes disminuyó casi a la mitad. “Los números nos ayudan a explicar lo que ya sabíamos caminando”, dice Saúl, uno de los brigadistas.

La información se presenta cada año en la asamblea comunitaria, donde se decide qué zonas se cierran al aprovechamiento y dónde se permite sacar madera para las casas. También se comparte con investigadores de universidades, que ayudan a analizarla.

El trabajo no es sencillo: las lluvias tempranas, las serpientes y los caminos cerrados por árboles caídos obligan a cambiar los planes. Aun así, los jóvenes dicen que el monitoreo les ha enseñado a conocer la selva como la conocían sus abuelos.

--

--

[![Selva Adentro](https://miro.medium.example.mx/v2/resize:fill:96:96/1*logo.png)](https://medium.example.mx/selva-adentro)

Written by Irene Castellanos Pinto

312 Followers

Editor for Selva Adentro. Periodismo desde la selva.
"""
write_source('bi18.md', bi18)
write_gold('bi18', family='wire',
           title='Los guardianes de la Lacandona cuentan sus árboles',
           date='2020-03-12', bylines=['Irene Castellanos Pinto'], source='Selva Adentro',
           body_first_words='Cada marzo, antes de que empiece el calor más fuerte',
           body_last_words='a conocer la selva como la conocían sus abuelos.',
           boilerplate=['Foto: Irene Castellanos Pinto', '6 min read', 'Listen', 'Share',
                        'Written by Irene Castellanos Pinto', '312 Followers',
                        'Editor for Selva Adentro. Periodismo desde la selva.', 'miro.medium.example.mx'],
           must_keep=['El monitoreo comenzó hace seis años, cuando la comunidad decidió que necesitaba sus propios datos para defender su territorio.',
                      '“Los números nos ayudan a explicar lo que ya sabíamos caminando”, dice Saúl, uno de los brigadistas.',
                      'También se comparte con investigadores de universidades, que ayudan a analizarla.'],
           photo_credit='Irene Castellanos Pinto')

# ---------------------------------------------------------------- bi19 press (university, Oax.; Word -> pandoc Markdown, grid table)
bi19 = """**UNIVERSIDAD AUTÓNOMA "BENITO JUÁREZ" DE OAXACA**

**Dirección de Comunicación Social**

**Boletín** **UABJO/DCS/045/2021**

**Aplicará UABJO examen de admisión presencial en cinco sedes regionales**

Oaxaca de Juárez, Oax.**,** 18 de febrero de 2021**.-** La Universidad Autónoma "Benito Juárez" de Oaxaca aplicará su examen de admisión en cinco sedes regionales, con el fin de que las y los aspirantes de las regiones no tengan que viajar a la capital en plena contingencia sanitaria.

El registro estará abierto del 22 de febrero al 5 de marzo en la página de la universidad. La cuota de recuperación será de \\$350 pesos, y quienes comprueben pertenecer a un pueblo indígena o afromexicano podrán solicitar la exención del pago.

Las fechas de aplicación por sede son las siguientes:

+-------------------------------+-----------------------+
| Sede                          | Fecha del examen      |
+===============================+=======================+
| Ciudad Universitaria, Oaxaca  | 20 de marzo           |
+-------------------------------+-----------------------+
| Tehuantepec                   | 21 de marzo           |
+-------------------------------+-----------------------+
| Puerto Escondido              | 21 de marzo           |
+-------------------------------+-----------------------+
| Huajuapan de León             | 27 de marzo           |
+-------------------------------+-----------------------+
| Tuxtepec                      | 27 de marzo           |
+-------------------------------+-----------------------+

Cada sede recibirá grupos de un máximo de 20 personas por aula, con toma de temperatura en el acceso y uso obligatorio de cubrebocas. Las y los aspirantes deberán llegar con una hora de anticipación y presentar su pase de examen impreso y una identificación con fotografía.

La Dirección de Servicios Escolares informó que los resultados se publicarán el 16 de abril y que las inscripciones de quienes resulten admitidos se realizarán en línea, sin necesidad de acudir a las oficinas.

\\#\\#\\#

**Contacto:** comunicacion@uabjo-prensa.example.mx \\| Tel. 951 555 0173
"""
write_source('bi19.md', bi19)
write_gold('bi19', family='press_release',
           title='Aplicará UABJO examen de admisión presencial en cinco sedes regionales',
           date='2021-02-18', source='UNIVERSIDAD AUTÓNOMA "BENITO JUÁREZ" DE OAXACA',
           bulletin_number='UABJO/DCS/045/2021', issuer='UNIVERSIDAD AUTÓNOMA "BENITO JUÁREZ" DE OAXACA',
           dateline_city='Oaxaca de Juárez',
           body_first_words='La Universidad Autónoma "Benito Juárez" de Oaxaca aplicará su examen',
           body_last_words='sin necesidad de acudir a las oficinas.',
           boilerplate=['Dirección de Comunicación Social', 'Boletín UABJO/DCS/045/2021',
                        'Oaxaca de Juárez, Oax., 18 de febrero de 2021.-', '###',
                        'Contacto: comunicacion@uabjo-prensa.example.mx | Tel. 951 555 0173'],
           must_keep=['La cuota de recuperación será de $350 pesos, y quienes comprueben pertenecer a un pueblo indígena o afromexicano podrán solicitar la exención del pago.',
                      'Cada sede recibirá grupos de un máximo de 20 personas por aula, con toma de temperatura en el acceso y uso obligatorio de cubrebocas.',
                      'La Dirección de Servicios Escolares informó que los resultados se publicarán el 16 de abril'])

# ---------------------------------------------------------------- bi20 bad (a WhatsApp photo, JPEG, saved as .txt)
jpg = (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00'
       b'\xff\xe1\x00\x16Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x00\x00\x00'
       b'\xff\xdb\x00C\x00' + bytes((i * 7 + 3) % 256 for i in range(64)) +
       b'\xff\xc0\x00\x11\x08\x01\xe0\x02\x80\x03\x01"\x00\x02\x11\x01\x03\x11\x01'
       b'\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00?\x00' +
       bytes((i * 131 + 17) % 256 for i in range(900)) + b'\xff\xd9')
write_source('bi20.txt', raw=jpg)
write_gold('bi20', family='bad',
           refusal_reason='El archivo es una imagen JPEG (binaria) guardada con extensión .txt; no es texto legible.')
