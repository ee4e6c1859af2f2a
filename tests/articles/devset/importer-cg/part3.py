#!/usr/bin/env python3
"""importer-cg, files 21-30."""
from common import write_source, write_gold, to_bytes, NBSP

# ---------------------------------------------------------------- cg21 wire (1993 print page, OCR text from the paper's archive)
cg21 = """GACETA COSTEÑA DEL PACÍFICO          Zihuatanejo, Gro., martes 4 de mayo de 1993          PÁGINA 6-A

LOCAL

Pescadores ribereños de Zihuatanejo
exigen respeto a la veda del huachinango

Por Abundio Radilla Gallardo
Reportero de GACETA COSTEÑA

Alrededor de 150 pescadores ribereños de Zihuatanejo
y de Barra de Potosí se reunieron el domingo en la
playa Principal para exigir a la delegación de Pesca
que haga respetar la veda del huachinango, pues afir-
man que barcos de otros estados pescan con redes de
arrastre frente a la bahía.
Los pescadores explicaron que desde hace tres tempo-
radas la captura ha bajado a la mitad y que muchos
de ellos tienen que salir hasta 30 millas mar aden-
tro para llenar sus hieleras.
El presidente de la cooperativa Playa Principal,
Lauro Arreola Soberanis, dijo que han presentado
cuatro denuncias sin obtener respuesta. "Nosotros
respetamos la veda, pero de nada sirve si los de
afuera vienen a barrer el fondo", señaló.
Los ribereños pidieron que la Armada de México haga
recorridos nocturnos en la zona y que se instale una
oficina de inspección en el muelle municipal.
(Pasa a la Pág. 8-A)

                     * * *

PESCADORES... (Viene de la Pág. 6-A)

Por su parte, el delegado de Pesca en la Costa
Grande informó que ya solicitó a las oficinas cen-
trales una lancha para las tareas de vigilancia, y
que mientras tanto se harán operativos con apoyo de
la policía municipal.
Los pescadores dieron un plazo de 15 días a las
autoridades y advirtieron que, si no hay respuesta,
bloquearán el acceso al muelle durante la llegada
del próximo crucero.
"""
write_source('cg21.txt', cg21)
write_gold('cg21', family='wire',
           title='Pescadores ribereños de Zihuatanejo exigen respeto a la veda del huachinango',
           date='1993-05-04', bylines=['Abundio Radilla Gallardo'], source='Gaceta Costeña del Pacífico',
           section='Local',
           body_first_words='Alrededor de 150 pescadores ribereños de Zihuatanejo',
           body_last_words='del próximo crucero.',
           boilerplate=['PÁGINA 6-A', 'Reportero de GACETA COSTEÑA', '(Pasa a la Pág. 8-A)',
                        'PESCADORES... (Viene de la Pág. 6-A)'],
           must_keep=['El presidente de la cooperativa Playa Principal,',
                      'cuatro denuncias sin obtener respuesta.',
                      'Los pescadores dieron un plazo de 15 días a las'])

# ---------------------------------------------------------------- cg22 press (forwarded e-mail from a Costa Chica college)
cg22 = """---------- Forwarded message ---------
De: Difusión CESO <difusion@ceso-ometepec.example.mx>
Date: lun, 19 feb 2018 a las 13:47
Subject: COMUNICADO 045/2018 - Egresa primera generación de enfermería intercultural
To: <redaccion@costachica-noticias.example.mx>, <mesa@gacetasur.example.mx>


Buenas tardes, compañeros de los medios. Les compartimos el comunicado de hoy para su difusión. Saludos cordiales.

COLEGIO DE ESTUDIOS SUPERIORES DE OMETEPEC
Departamento de Difusión y Vinculación

COMUNICADO 045/2018

EGRESA LA PRIMERA GENERACIÓN DE LA LICENCIATURA EN ENFERMERÍA INTERCULTURAL

Ometepec, Guerrero, 19 de febrero de 2018.- Treinta y dos jóvenes de comunidades amuzgas, mixtecas, afromexicanas y mestizas de la Costa Chica recibieron este lunes su carta de pasante como integrantes de la primera generación de la Licenciatura en Enfermería Intercultural del Colegio de Estudios Superiores de Ometepec.

Durante cuatro años, las y los estudiantes combinaron la formación clínica con el aprendizaje de lenguas originarias y de prácticas de medicina tradicional. Sus prácticas profesionales las realizaron en centros de salud de Xochistlahuaca, Tlacoachistlahuaca, Cuajinicuilapa y San Luis Acatlán.

La directora del Colegio, maestra Adelina Peñaloza Calleja, señaló que 27 de los egresados hablan amuzgo o mixteco, lo que permitirá mejorar la atención en comunidades donde muchas mujeres no hablan español. “Queremos que el personal de salud pueda explicar un tratamiento en la lengua de cada paciente”, dijo.

En la ceremonia, realizada en el auditorio del plantel, estuvieron presentes autoridades municipales, madres y padres de familia y representantes de la Jurisdicción Sanitaria Costa Chica.

El Colegio informó que la convocatoria para la cuarta generación estará abierta hasta el 30 de abril y que las y los aspirantes pueden solicitar una beca de transporte y alimentación.

-30-

Departamento de Difusión y Vinculación
Tel. 741 555 0123 ext. 204
difusion@ceso-ometepec.example.mx
--
Este correo y sus anexos son confidenciales y para uso exclusivo del destinatario.
"""
write_source('cg22.txt', cg22, eol='crlf')
write_gold('cg22', family='press_release',
           title='EGRESA LA PRIMERA GENERACIÓN DE LA LICENCIATURA EN ENFERMERÍA INTERCULTURAL',
           date='2018-02-19', source='COLEGIO DE ESTUDIOS SUPERIORES DE OMETEPEC',
           bulletin_number='045/2018', issuer='COLEGIO DE ESTUDIOS SUPERIORES DE OMETEPEC',
           dateline_city='Ometepec',
           body_first_words='Treinta y dos jóvenes de comunidades amuzgas, mixtecas, afromexicanas',
           body_last_words='pueden solicitar una beca de transporte y alimentación.',
           boilerplate=['---------- Forwarded message ---------',
                        'De: Difusión CESO <difusion@ceso-ometepec.example.mx>',
                        'Subject: COMUNICADO 045/2018 - Egresa primera generación de enfermería intercultural',
                        'Buenas tardes, compañeros de los medios. Les compartimos el comunicado de hoy para su difusión. Saludos cordiales.',
                        'Departamento de Difusión y Vinculación', 'COMUNICADO 045/2018',
                        'Ometepec, Guerrero, 19 de febrero de 2018.-', '-30-', 'Tel. 741 555 0123 ext. 204',
                        'Este correo y sus anexos son confidenciales y para uso exclusivo del destinatario.'],
           must_keep=['Sus prácticas profesionales las realizaron en centros de salud de Xochistlahuaca, Tlacoachistlahuaca, Cuajinicuilapa y San Luis Acatlán.',
                      '“Queremos que el personal de salud pueda explicar un tratamiento en la lengua de cada paciente”, dijo.',
                      'En la ceremonia, realizada en el auditorio del plantel, estuvieron presentes autoridades municipales,'])

# ---------------------------------------------------------------- cg23 jekyll (Hugo export, TOML front matter, Acapulco)
cg23 = """+++
title = "Acapulco reabre sus playas con aforo limitado y filtros sanitarios"
date = 2020-07-09T21:30:00-05:00
lastmod = 2020-07-10T10:02:00-05:00
draft = false
author = "Saúl Nava Bello"
categories = ["Turismo"]
tags = ["Acapulco", "playas", "COVID-19"]
slug = "acapulco-reabre-playas"

[params]
  sitio = "Bahía Digital Acapulco"
+++

Después de más de tres meses cerradas por la pandemia, las playas de Acapulco volverán a recibir bañistas a partir de este viernes, con un aforo máximo del 30 por ciento y filtros sanitarios en cada acceso, informaron las autoridades municipales y estatales.

Los visitantes deberán usar cubrebocas al caminar por la arena, mantener una distancia de dos metros entre grupos familiares y retirarse a las cinco de la tarde, cuando los elementos de Protección Civil cerrarán los accesos. Las palapas sólo podrán ocupar la mitad de sus mesas.

Los prestadores de servicios de la playa Caleta y de la Condesa recibieron capacitación sobre las nuevas reglas. Muchos de ellos pasaron los meses de cierre sin ingresos y sobrevivieron con despensas entregadas por las iglesias y los comités de colonia.

Margarito Vinalay Rosas, que renta sombrillas en la playa Hornos desde hace treinta años, dijo que prefiere trabajar con reglas que seguir cerrado. “Si no hay turistas no hay comida; nosotros vamos a cuidar que la gente cumpla”, comentó.

La ocupación hotelera del puerto se ubicó la semana pasada en 14 por ciento, la más baja para un mes de julio en décadas. Los hoteleros esperan que la reapertura de las playas ayude a recuperar al visitante de fin de semana que llega por la Autopista del Sol desde la Ciudad de México.
"""
write_source('cg23.md', cg23)
write_gold('cg23', family='jekyll',
           title='Acapulco reabre sus playas con aforo limitado y filtros sanitarios',
           date='2020-07-09', bylines=['Saúl Nava Bello'], source='Bahía Digital Acapulco',
           section='Turismo',
           body_first_words='Después de más de tres meses cerradas por la pandemia',
           body_last_words='por la Autopista del Sol desde la Ciudad de México.',
           must_keep=['Las palapas sólo podrán ocupar la mitad de sus mesas.',
                      '“Si no hay turistas no hay comida; nosotros vamos a cuidar que la gente cumpla”, comentó.',
                      'La ocupación hotelera del puerto se ubicó la semana pasada en 14 por ciento, la más baja para un mes de julio en décadas.'])

# ---------------------------------------------------------------- cg24 wire (Facebook page post copied from the browser, Montaña de Guerrero)
cg24 = """Tlapa Noticias al Instante
17 de enero de 2024  · 
🔴 #ÚLTIMAHORA | COMUNIDADES DE LA MONTAÑA BLOQUEAN LA CARRETERA TLAPA-MARQUELIA PARA EXIGIR MAESTROS 🔴

📍 Tlapa de Comonfort, Guerrero.

Padres y madres de familia de once comunidades del municipio de Metlatónoc bloquearon desde las 7 de la mañana de este miércoles la carretera Tlapa-Marquelia, a la altura del crucero de Juquila, para exigir a la Secretaría de Educación de Guerrero que envíe maestros a las escuelas primarias y telesecundarias de la zona, que llevan más de cuatro meses sin docentes.

De acuerdo con los inconformes, al menos 600 niñas y niños no han tomado clases desde el inicio del ciclo escolar, porque los maestros asignados pidieron su cambio o nunca se presentaron. En algunas comunidades, los padres pagan de su bolsa a jóvenes del pueblo para que den clases a los más pequeños.

Los manifestantes, en su mayoría hablantes de mixteco, llegaron en camionetas de redilas y colocaron piedras y troncos sobre el pavimento. Decenas de vehículos de carga y de pasajeros quedaron varados en ambos sentidos.

Uno de los comisarios, Crisóforo Galeana Ortiz, dijo que es la tercera vez que acuden a Tlapa a pedir maestros. “Nuestros hijos también tienen derecho a aprender; no queremos que crezcan sin saber leer”, expresó.

Hasta el cierre de esta nota, ninguna autoridad educativa se había presentado en el lugar. Los padres advirtieron que mantendrán el bloqueo hasta que se firme un compromiso por escrito.

✍️ Redacción TNI
📲 Síguenos y comparte. Envíanos tus denuncias por inbox.
#Tlapa #Metlatónoc #Guerrero #Educación #Montaña

Ver traducción
👍❤️😮 1,2 mil · 318 comentarios · 904 veces compartido
Me gusta · Comentar · Compartir
"""
write_source('cg24.txt', cg24, eol=('mixed', 6))
write_gold('cg24', family='wire',
           title='COMUNIDADES DE LA MONTAÑA BLOQUEAN LA CARRETERA TLAPA-MARQUELIA PARA EXIGIR MAESTROS',
           date='2024-01-17', bylines=[], source='Tlapa Noticias al Instante', section=None,
           body_first_words='Padres y madres de familia de once comunidades del municipio de Metlatónoc',
           body_last_words='hasta que se firme un compromiso por escrito.',
           boilerplate=['#ÚLTIMAHORA', 'Tlapa de Comonfort, Guerrero.', 'Redacción TNI',
                        'Síguenos y comparte. Envíanos tus denuncias por inbox.',
                        '#Tlapa #Metlatónoc #Guerrero #Educación #Montaña', 'Ver traducción',
                        '1,2 mil · 318 comentarios · 904 veces compartido', 'Me gusta · Comentar · Compartir'],
           must_keep=['Decenas de vehículos de carga y de pasajeros quedaron varados en ambos sentidos.',
                      '“Nuestros hijos también tienen derecho a aprender; no queremos que crezcan sin saber leer”, expresó.',
                      'En algunas comunidades, los padres pagan de su bolsa a jóvenes del pueblo para que den clases a los más pequeños.'])

# ---------------------------------------------------------------- cg25 press (Tlaxiaco, Spanish with Mixtec greeting, Markdown)
cg25 = """![Escudo municipal](img/escudo-tlaxiaco.png)

**H. AYUNTAMIENTO DE LA HEROICA CIUDAD DE TLAXIACO**
*Administración 2023-2025 · Coordinación de Comunicación Social*

**No. 318/2023**

## Tianguis de los sábados estrena techado y baños públicos en la plaza central

**Heroica Ciudad de Tlaxiaco, Oax.; a 3 de mayo de 2023.-** El Ayuntamiento de la Heroica Ciudad de Tlaxiaco entregó a las y los comerciantes del tianguis sabatino la nueva cubierta metálica de la plaza central y un módulo de baños públicos, obras que se realizaron a petición de las organizaciones de vendedores de la Mixteca Alta.

El tianguis de los sábados reúne cada semana a más de 800 comerciantes de comunidades de Tlaxiaco, San Juan Ñumí, Chalcatongo, Santa María Yucuhiti y Magdalena Peñasco, que venden maíz, frijol, frutas, loza de barro, textiles y animales de corral. Es uno de los mercados regionales más antiguos de la Mixteca.

La cubierta protege un área de 2 mil 400 metros cuadrados y tiene canaletas para captar el agua de lluvia, que se almacenará en una cisterna para el servicio de los baños. La inversión fue de 9.7 millones de pesos del Fondo de Aportaciones para la Infraestructura Social.

En la entrega, la regidora de Mercados, Aurelia Cruz Sarabia, saludó a las y los comerciantes en tu'un savi y recordó que muchas vendedoras llegan desde la madrugada. “Ahora ya no tendrán que cubrirse con lonas y plásticos cuando llueve”, dijo.

El Ayuntamiento informó que el reglamento del tianguis se revisará con las organizaciones de comerciantes y que los lugares se respetarán conforme al padrón vigente.

###

**Coordinación de Comunicación Social**
📞 953 555 0172 · ✉️ comunicacion@tlaxiaco-ayto.example.mx
Facebook: /TlaxiacoGobiernoEj
"""
write_source('cg25.md', cg25)
write_gold('cg25', family='press_release',
           title='Tianguis de los sábados estrena techado y baños públicos en la plaza central',
           date='2023-05-03', source='H. AYUNTAMIENTO DE LA HEROICA CIUDAD DE TLAXIACO',
           bulletin_number='318/2023', issuer='H. AYUNTAMIENTO DE LA HEROICA CIUDAD DE TLAXIACO',
           dateline_city='Heroica Ciudad de Tlaxiaco',
           body_first_words='El Ayuntamiento de la Heroica Ciudad de Tlaxiaco entregó',
           body_last_words='conforme al padrón vigente.',
           boilerplate=['Administración 2023-2025 · Coordinación de Comunicación Social', 'No. 318/2023',
                        'Heroica Ciudad de Tlaxiaco, Oax.; a 3 de mayo de 2023.-', '###',
                        '953 555 0172 · ✉️ comunicacion@tlaxiaco-ayto.example.mx', 'Facebook: /TlaxiacoGobiernoEj'],
           must_keep=['Es uno de los mercados regionales más antiguos de la Mixteca.',
                      'La inversión fue de 9.7 millones de pesos del Fondo de Aportaciones para la Infraestructura Social.',
                      '“Ahora ya no tendrán que cubrirse con lonas y plásticos cuando llueve”, dijo.'])

# ---------------------------------------------------------------- cg26 jekyll (Mixteca site, title as a language map)
cg26 = """---
layout: nota
lang: es
title:
  es: "Huajuapan inaugura su primera ciclovía en la calzada Nuño del Mercado"
  en: "Huajuapan opens its first bike lane on Nuño del Mercado avenue"
date: "2019-06-08"
author:
  name: Leticia Barragán Sierra
  twitter: "@letibarraganej"
categories:
  - Ciudad
tags: [movilidad, bicicletas]
i18n:
  default: es
  available: [es, en]
site:
  name: Huajuapan en Línea
---

{% include aviso-traduccion.html %}

La calzada Nuño del Mercado, una de las avenidas más transitadas de Huajuapan de León, amaneció este sábado con un carril exclusivo para bicicletas de 2.3 kilómetros, separado de los automóviles por bolardos de concreto pintados de amarillo.

La obra fue impulsada durante tres años por un colectivo de ciclistas urbanos que organizaba paseos nocturnos cada jueves para pedir calles más seguras. En ese tiempo, según sus registros, al menos cuatro ciclistas murieron atropellados en la ciudad.

La ciclovía conecta el centro con la zona de escuelas y con el mercado municipal. El ayuntamiento instaló también diez estacionamientos para bicicletas y señales de tránsito nuevas en los cruceros más peligrosos.

No todos están de acuerdo. Algunos comerciantes de la calzada se quejaron de que perdieron lugares de estacionamiento frente a sus negocios y de que nadie les consultó. Los taxistas, por su parte, dicen que el carril hace más lenta la circulación en las horas de entrada a las escuelas.

Rigoberto Cervantes Luna, integrante del colectivo, pidió paciencia a los automovilistas. “Al principio cuesta acostumbrarse, pero en unos meses nadie va a querer quitarla”, dijo durante el primer recorrido, en el que participaron más de 200 personas.
"""
write_source('cg26.md', cg26)
write_gold('cg26', family='jekyll',
           title='Huajuapan inaugura su primera ciclovía en la calzada Nuño del Mercado',
           date='2019-06-08', bylines=['Leticia Barragán Sierra'], source='Huajuapan en Línea',
           section='Ciudad',
           body_first_words='La calzada Nuño del Mercado, una de las avenidas más transitadas',
           body_last_words='en el que participaron más de 200 personas.',
           boilerplate=['{% include aviso-traduccion.html %}'],
           must_keep=['En ese tiempo, según sus registros, al menos cuatro ciclistas murieron atropellados en la ciudad.',
                      'No todos están de acuerdo.',
                      'El ayuntamiento instaló también diez estacionamientos para bicicletas y señales de tránsito nuevas en los cruceros más peligrosos.'])

# ---------------------------------------------------------------- cg27 generic (forwarded WhatsApp text, bold first line)
cg27 = """*Reenviado*
*EL DÍA QUE LLOVIÓ CENIZA EN PALENQUE*

Mi abuela contaba que en marzo de 1982, cuando hizo erupción el volcán Chichonal, en Palenque amaneció oscuro como si fuera de noche. Ella tenía entonces cuarenta años y vendía tamales frente a la estación del tren.

Primero se oyeron unos truenos muy lejanos, que nadie supo de dónde venían. Después empezó a caer un polvo gris, fino como harina, que se metía por las rendijas de las puertas y cubría los techos de lámina. Los gallos cantaban a mediodía porque no sabían qué hora era.

La gente se encerró en las casas con trapos mojados en la cara. Los que tenían radio escuchaban las noticias de Villahermosa, pero nadie explicaba bien qué estaba pasando. El padre de la iglesia abrió el templo para que la gente fuera a rezar.

Durante varios días no hubo trenes ni camiones. Las milpas quedaron cubiertas de ceniza y muchas vacas se enfermaron por comer pasto sucio. Mi abuela decía que el polvo tardó meses en desaparecer de las calles, y que cada vez que llovía olía a azufre.

Años después supimos que en los pueblos zoques cercanos al volcán murieron cientos de personas y que comunidades enteras tuvieron que irse a vivir a otro lado. Ella siempre se acordaba de ellos cuando contaba la historia.

_Compártelo para que no se olvide_ 🙏
"""
write_source('cg27.txt', cg27)
write_gold('cg27', family='generic',
           title='EL DÍA QUE LLOVIÓ CENIZA EN PALENQUE',
           body_first_words='Mi abuela contaba que en marzo de 1982',
           body_last_words='Ella siempre se acordaba de ellos cuando contaba la historia.',
           boilerplate=['Reenviado', 'Compártelo para que no se olvide'],
           must_keep=['Los gallos cantaban a mediodía porque no sabían qué hora era.',
                      'El padre de la iglesia abrió el templo para que la gente fuera a rezar.',
                      'Mi abuela decía que el polvo tardó meses en desaparecer de las calles, y que cada vez que llovía olía a azufre.'])

# ---------------------------------------------------------------- cg28 jekyll (San Cristóbal site, day-first date, published as a string)
cg28 = """---
layout: post
title: Tejedoras de Chenalhó y Chamula abren tienda colectiva en el andador Guadalupano
date: 23/04/2019
author: Ximena Hernández Ruiz
categories:
  - Portada
  - Cultura
published: 'false'
lang: es
translations:
  tzo: /tzo/2019/04/23/jpoxil-jalamal/
site_title: Jovel al Día
---

Treinta y ocho tejedoras tsotsiles de Chenalhó y San Juan Chamula abrieron en San Cristóbal de Las Casas una tienda colectiva en el andador Guadalupano, donde venden directamente sus huipiles, rebozos, bolsas y cojines sin pasar por revendedores.

La tienda ocupa un local que las artesanas rentan entre todas. Cada semana, dos de ellas bajan de sus comunidades para atender el mostrador, y el resto sigue tejiendo en el telar de cintura en sus casas. Las ganancias se reparten según las piezas vendidas de cada una.

Antes, cuentan, vendían sus prendas a comerciantes que les pagaban 300 o 400 pesos por un huipil que luego se vendía en más de 2 mil en las tiendas del centro. Ahora cada pieza lleva una etiqueta con el nombre de quien la tejió y el tiempo que le llevó hacerla.

Antonia Gómez Pérez, una de las fundadoras, explicó que un huipil de gala puede tomar hasta tres meses de trabajo. Al despedir a los primeros clientes les dijo “kolaval” —gracias, en tsotsil— y les explicó el significado de los rombos bordados, que representan el universo.

Las tejedoras también denunciaron que empresas de ropa han copiado sus diseños sin permiso, y pidieron a las autoridades culturales que se reconozca la propiedad colectiva de los bordados de sus pueblos.
"""
write_source('cg28.md', cg28)
write_gold('cg28', family='jekyll',
           title='Tejedoras de Chenalhó y Chamula abren tienda colectiva en el andador Guadalupano',
           date='2019-04-23', published=False, bylines=['Ximena Hernández Ruiz'], source='Jovel al Día',
           section='Cultura', placement=['Portada'],
           body_first_words='Treinta y ocho tejedoras tsotsiles de Chenalhó y San Juan Chamula',
           body_last_words='la propiedad colectiva de los bordados de sus pueblos.',
           must_keep=['Las ganancias se reparten según las piezas vendidas de cada una.',
                      'Al despedir a los primeros clientes les dijo “kolaval” —gracias, en tsotsil— y les explicó el significado de los rombos bordados, que representan el universo.',
                      'Ahora cada pieza lleva una etiqueta con el nombre de quien la tejió y el tiempo que le llevó hacerla.'])

# ---------------------------------------------------------------- cg29 generic (setext title, curly quotes, cp1252, exported from a word processor)
cg29 = """La ruta de la sal en las lagunas de la Costa Chica
==================================================

En la Costa Chica de Oaxaca, entre Pinotepa y Santiago Tapextla, todavía hay familias que sacan sal de las lagunas costeras como lo hacían sus abuelos. El trabajo empieza en febrero, cuando termina la temporada de lluvias y el agua de los esteros comienza a evaporarse.

Los salineros construyen pequeños estanques de tierra apisonada a la orilla de la laguna y los llenan con agua salada. Durante semanas, el sol y el viento hacen su trabajo, y al final queda en el fondo una costra blanca que se raspa con palas de madera.

Antes, la sal se cambiaba en los pueblos de la sierra por maíz, frijol y café. Los arrieros subían con recuas de mulas por caminos que tardaban varios días en recorrerse, y la sal de la costa llegaba hasta Putla y la Mixteca. “Con un costal de sal se pagaba una semana de comida”, recuerda don Ausencio Baños, que fue arriero de joven.

Hoy la mayor parte se vende a intermediarios que la llevan a los mercados de Pinotepa y Acapulco. Los salineros se quejan de que la sal industrial, más barata, les ha quitado clientes, aunque en algunos restaurantes de Oaxaca y de la Ciudad de México ya se paga un precio mejor por la sal de grano artesanal.

Los jóvenes ya casi no quieren dedicarse al oficio. Es un trabajo duro, bajo el sol, y sólo dura unos meses al año.

"""
write_source('cg29.md', cg29, enc='cp1252', eol='crlf')
write_gold('cg29', family='generic',
           title='La ruta de la sal en las lagunas de la Costa Chica',
           body_first_words='En la Costa Chica de Oaxaca, entre Pinotepa y Santiago Tapextla',
           body_last_words='y sólo dura unos meses al año.',
           must_keep=['El trabajo empieza en febrero, cuando termina la temporada de lluvias y el agua de los esteros comienza a evaporarse.',
                      'Los arrieros subían con recuas de mulas por caminos que tardaban varios días en recorrerse,',
                      'Los jóvenes ya casi no quieren dedicarse al oficio.',
                      '“Con un costal de sal se pagaba una semana de comida”, recuerda don Ausencio Baños, que fue arriero de joven.'])

# ---------------------------------------------------------------- cg30 bad (Word 97-2003 .doc saved as .txt)
ole = (b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00'
       + b'\x06\x00' + b'\x00' * 10 + b'\x01\x00\x00\x00' + b'\x00' * 8 + b'\x00\x10\x00\x00'
       + b'\xfe\xff\xff\xff' * 4)
ole = ole + b'\x00' * (512 - len(ole))
body = bytes((i * 37 + 11) % 256 for i in range(1536))
doc = ole + body + b'W\x00o\x00r\x00d\x00.\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00.\x008\x00' + b'\x00' * 64
write_source('cg30.txt', raw=doc)
write_gold('cg30', family='bad',
           refusal_reason='El archivo es un documento binario de Word (.doc) guardado con extensión .txt; no es texto legible.')
