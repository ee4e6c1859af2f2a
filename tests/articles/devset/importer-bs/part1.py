#!/usr/bin/env python3
"""importer-bs, files 01-10 (wire 01-08, press 09-10)."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bs01 wire (Tsotsil community outlet, Chis.)
bs01 = """# Tejedoras de Zinacantán abren su propia tienda en línea
## Li jolobil antsetik ta Sots'leb lik xchonik ta internet

**Sk'op Jteklum** · Noticias en español y bats'i k'op
Texto: Micaela Pérez Hernández · Traducción al tsotsil: Andrés Gómez Jiménez
Jobel / San Cristóbal de Las Casas, 14 de agosto de 2019

![Tejedoras en el paraje Nachig](/img/2019/08/tejedoras-nachig.jpg)
Foto: Micaela Pérez Hernández / Sk'op Jteklum

Veintitrés mujeres tejedoras de los parajes Nachig y Apas, en el municipio de Zinacantán, pusieron en marcha una tienda en línea para vender directamente sus blusas, chales y servilletas bordadas, sin pasar por los intermediarios que durante años les compraron la mercancía a precios muy bajos en el mercado de San Cristóbal de Las Casas.

La idea surgió en una asamblea de la cooperativa a principios de año. Las más jóvenes, que terminaron la preparatoria en la cabecera municipal, se encargaron de tomar las fotografías con sus teléfonos y de escribir las descripciones de cada prenda en español y en inglés.

Antonia Vázquez López, de 52 años, explicó en tsotsil, con interpretación de su hija Juliana, que una blusa con flores bordadas le lleva hasta tres semanas de trabajo. "Antes nos pagaban 300 pesos por una blusa que después vendían en mil o en mil quinientos", relató.

En los primeros dos meses la tienda recibió pedidos de Monterrey, de la Ciudad de México y de dos compradores en California. El mayor problema, dicen, es la señal de internet: en Nachig sólo hay cobertura en lo alto de la loma, junto a la escuela primaria, y ahí suben por las tardes a responder mensajes.

Las tejedoras buscan ahora un convenio con una empresa de paquetería para que recoja los envíos en la carretera y no tengan que viajar hasta San Cristóbal cada semana.

### Ta bats'i k'op

Li antsetik ta Sots'leb ta sjolobik k'u'il xchi'uk pok'. Oy xa 23 antsetik ta stsobobik sba sventa xchonik ta internet li sjolobilike. Mu xa sk'an xbatik ta Jobel sventa xchonik ta k'ox stojol.

---
*Sk'op Jteklum es un medio comunitario sin fines de lucro. Si quieres apoyar nuestro trabajo, escríbenos a apoyo@skopjteklum.example.mx*
*Kolaval ta skotol avo'ntonik.*
"""
write_source('bs01.md', bs01)
write_gold('bs01', family='wire',
           title='Tejedoras de Zinacantán abren su propia tienda en línea',
           date='2019-08-14', bylines=['Micaela Pérez Hernández'], source="Sk'op Jteklum",
           body_first_words='Veintitrés mujeres tejedoras de los parajes Nachig y Apas',
           body_last_words="Mu xa sk'an xbatik ta Jobel sventa xchonik ta k'ox stojol.",
           boilerplate=["Li jolobil antsetik ta Sots'leb lik xchonik ta internet",
                        'Traducción al tsotsil: Andrés Gómez Jiménez',
                        "Foto: Micaela Pérez Hernández / Sk'op Jteklum",
                        "Sk'op Jteklum es un medio comunitario sin fines de lucro.",
                        'Si quieres apoyar nuestro trabajo, escríbenos a apoyo@skopjteklum.example.mx',
                        "Kolaval ta skotol avo'ntonik."],
           must_keep=['Antonia Vázquez López, de 52 años, explicó en tsotsil, con interpretación de su hija Juliana, que una blusa con flores bordadas le lleva hasta tres semanas de trabajo.',
                      'En los primeros dos meses la tienda recibió pedidos de Monterrey, de la Ciudad de México y de dos compradores en California.',
                      "Oy xa 23 antsetik ta stsobobik sba sventa xchonik ta internet li sjolobilike."],
           photo_credit="Micaela Pérez Hernández / Sk'op Jteklum")

# ---------------------------------------------------------------- bs02 wire (tourist-zone daily, English edition, Q. Roo)
bs02 = """CARIBE HOY \u00b7 English Edition
Local News

Cancun hotel workers head back to class to brush up their English

By Megan Whitfield and Jorge Canché Pool
Translated from the Spanish by Laura Esquivel Tun
04/23/2021 | 10:15 a.m.

Photo: Caribe Hoy / Archive

CANCUN, Q. Roo \u2014 More than 1,800 housekeepers, waiters and front-desk clerks from hotels in Cancun and Puerto Morelos have signed up for free English classes offered by the state hotel workers' union, which hopes to have its members ready before international arrivals pick up again this summer.

The classes, taught online and in person at the union's training center on Avenida Tulum, run for twelve weeks and focus on the phrases workers use most with guests: giving directions, explaining the menu, solving problems with a room and handling complaints.

Rosa María Balam Ku, a housekeeper with 14 years at an all-inclusive resort in the Hotel Zone, said she already understands most of what guests ask but freezes when she has to answer. "I know the words, but when the guest is in front of me I forget everything," she said in Spanish.

Union trainers said demand doubled compared with 2019, partly because many workers spent months at home during the pandemic and fear that employers will now prefer candidates who speak two languages. Some hotels have promised a small bonus to employees who pass the final exam.

Classes for Maya-speaking workers from the interior of the state will include an extra module in Spanish, since for many of them English would be a third language.

Read this story in Spanish: Trabajadores hoteleros de Cancún vuelven a clases de inglés
Subscribe to the Caribe Hoy English Edition newsletter and get the news from the Mexican Caribbean every Friday.
\u00a9 2021 Caribe Hoy. All rights reserved / Todos los derechos reservados.
"""
write_source('bs02.txt', bs02, eol='crlf', bom=True)
write_gold('bs02', family='wire',
           title='Cancun hotel workers head back to class to brush up their English',
           date='2021-04-23', bylines=['Megan Whitfield', 'Jorge Canché Pool'], source='Caribe Hoy',
           section='Local News',
           body_first_words='More than 1,800 housekeepers, waiters and front-desk clerks',
           body_last_words='English would be a third language.',
           boilerplate=['Translated from the Spanish by Laura Esquivel Tun',
                        'Photo: Caribe Hoy / Archive',
                        'CANCUN, Q. Roo \u2014',
                        'Read this story in Spanish: Trabajadores hoteleros de Cancún vuelven a clases de inglés',
                        'Subscribe to the Caribe Hoy English Edition newsletter and get the news from the Mexican Caribbean every Friday.',
                        '\u00a9 2021 Caribe Hoy. All rights reserved / Todos los derechos reservados.'],
           must_keep=['"I know the words, but when the guest is in front of me I forget everything," she said in Spanish.',
                      'Some hotels have promised a small bonus to employees who pass the final exam.',
                      "The classes, taught online and in person at the union's training center on Avenida Tulum, run for twelve weeks"],
           photo_credit='Caribe Hoy / Archive')

# ---------------------------------------------------------------- bs03 wire (cable-TV desk forwarded in Telegram, Tab.)
bs03 = """Rodrigo Mesa Web, [16.10.20 07:12]
[Forwarded from Noticias Grijalva]
\U0001f534 INUNDACIONES | Desalojan a 300 familias de Gaviotas Sur por la crecida del Grijalva

\U0001f4cd Villahermosa, Tab., 15 de octubre de 2020.

Reportera: Itzel Sánchez Cupil | Cámara: Omar de la Cruz Hernández

Elementos de Protección Civil y del Ejército desalojaron la noche de este jueves a unas 300 familias de la colonia Gaviotas Sur, en Villahermosa, luego de que el nivel del río Grijalva superara la cota de alerta frente al malecón y el agua comenzara a filtrarse por los costales de la bordería.

Los vecinos sacaron refrigeradores, colchones y animales en lanchas y en camiones de volteo del ayuntamiento. Muchos se negaron a dejar sus casas por miedo a los robos y se quedaron en las azoteas, donde pasaron la noche con lámparas y radios.

Las familias desalojadas fueron llevadas a tres albergues instalados en escuelas de la zona centro. Ahí reciben comida caliente, agua y atención médica. La coordinadora de uno de los albergues dijo que lo que más hace falta son pañales, leche para bebés y medicamentos para la presión.

Doña Teresa Hernández Jiménez, que vive en la calle Pejelagarto desde hace 30 años, contó que es la tercera vez que el agua le llega a la cintura. "Siempre nos dicen que ya van a terminar el muro, y aquí seguimos", lamentó frente a la cámara.

La Comisión Nacional del Agua informó que mantendrá el desfogue de las presas del alto Grijalva durante los próximos días, por lo que pidió a la población de las zonas bajas estar atenta a los avisos oficiales.

\U0001f4fa Mira la nota completa esta noche en Noticias Grijalva, a las 21:00 horas, por el canal 7 de Cablevisión del Grijalva.
\U0001f449 Síguenos en Telegram: t.me/NoticiasGrijalvaEj

Rodrigo Mesa Web, [16.10.20 07:13]
la subo con foto de archivo? la de ayer no sirve
"""
write_source('bs03.txt', bs03)
write_gold('bs03', family='wire',
           title='Desalojan a 300 familias de Gaviotas Sur por la crecida del Grijalva',
           date='2020-10-15', bylines=['Itzel Sánchez Cupil'], source='Noticias Grijalva',
           section='INUNDACIONES',
           body_first_words='Elementos de Protección Civil y del Ejército desalojaron',
           body_last_words='estar atenta a los avisos oficiales.',
           boilerplate=['Rodrigo Mesa Web, [16.10.20 07:12]', '[Forwarded from Noticias Grijalva]',
                        'Villahermosa, Tab., 15 de octubre de 2020.',
                        'Cámara: Omar de la Cruz Hernández',
                        'Mira la nota completa esta noche en Noticias Grijalva, a las 21:00 horas, por el canal 7 de Cablevisión del Grijalva.',
                        'Síguenos en Telegram: t.me/NoticiasGrijalvaEj',
                        'Rodrigo Mesa Web, [16.10.20 07:13]',
                        'la subo con foto de archivo? la de ayer no sirve'],
           must_keep=['Las familias desalojadas fueron llevadas a tres albergues instalados en escuelas de la zona centro.',
                      '"Siempre nos dicen que ya van a terminar el muro, y aquí seguimos", lamentó frente a la cámara.',
                      'Muchos se negaron a dejar sus casas por miedo a los robos y se quedaron en las azoteas, donde pasaron la noche con lámparas y radios.'])

# ---------------------------------------------------------------- bs04 wire (1997 regional daily, scanned + OCR, Camp.)
bs04 = """La Voz del Golfo          Campeche, Camp., martes 11 de noviembre de 1997          1-A
======================================================================
CIUDAD

Pescadores de Champotón reciben motores nuevos para sus lanchas

Por Guadalupe Ek Huchín

Más de 200 pescadores ribereños de Champo-
tón recibieron ayer motores fuera de borda
nuevos, como parte de un programa de susti-
tución de equipo financiado en partes igua-
les por el gobierno estatal y por las coope-
rativas del puerto.
Los motores, de 40 caballos de fuerza, sus-
tituyen a equipos que en muchos casos te-
nían más de quince años de uso. Cada pesca-
dor pagará su parte en abonos durante dos
temporadas de pesca.
En la entrega, realizada en el muelle de la
desembocadura del río Champotón, el diri-
gente de la federación de cooperativas, Ni-
colás Uc Pech, dijo que los motores viejos
gastaban casi el doble de gasolina. "Con lo
que ahorremos en combustible vamos a pagar
el motor", afirmó.
(Pasa a la página 6-A)
AVISO OPORTUNO  VENDO TERRENO EN SAN RO-
MAN  INFORMES AL 555-04-17  SE RENTA CUAR
\f
6-A          La Voz del Golfo          Campeche, Camp., martes 11 de noviembre de 1997
======================================================================
PESCADORES... (Viene de la 1-A)
Los pescadores esperan que la próxima tem-
porada de pulpo, que inicia en agosto, sea
mejor que la de este año, cuando el mal
tiempo los obligó a quedarse en tierra du-
rante casi tres semanas.
La Secretaría de Pesca del estado informó
que el programa continuará el próximo año
en Seybaplaya, Sabancuy e Isla Aguada, don-
de las cooperativas ya entregaron sus lis-
tas de socios.
Algunos pescadores se quejaron de que el
programa dejó fuera a quienes no pertene-
cen a ninguna cooperativa. El gobierno res-
pondió que ellos podrán solicitar un crédi-
to por separado en las oficinas del Banco
Nacional de Comercio Interior.
Los motores viejos serán recibidos por la
federación para venderlos como refacciones
en los talleres de la ciudad.
"""
write_source('bs04.txt', bs04, eol='crlf')
write_gold('bs04', family='wire',
           title='Pescadores de Champotón reciben motores nuevos para sus lanchas',
           date='1997-11-11', bylines=['Guadalupe Ek Huchín'], source='La Voz del Golfo',
           section='CIUDAD',
           body_first_words='Más de 200 pescadores ribereños de',
           body_last_words='en los talleres de la ciudad.',
           boilerplate=['(Pasa a la página 6-A)',
                        'AVISO OPORTUNO  VENDO TERRENO EN SAN RO-',
                        'MAN  INFORMES AL 555-04-17  SE RENTA CUAR',
                        '6-A          La Voz del Golfo          Campeche, Camp., martes 11 de noviembre de 1997',
                        '======================================================================',
                        'PESCADORES... (Viene de la 1-A)'],
           must_keep=['que ahorremos en combustible vamos a pagar',
                      'La Secretaría de Pesca del estado informó',
                      'Nacional de Comercio Interior.'])

# ---------------------------------------------------------------- bs05 wire (1999 daily, QuarkXPress tags, Mac Roman, CR)
bs05 = """<v1.70><e0>
@Folio:Diario del Mayab <\\!s>\u00b7 M\u00e9rida, Yucat\u00e1n \u00b7 Domingo 7 de marzo de 1999 \u00b7 P\u00e1gina 3
@Seccion:Local
@Titulo:Henequeneros de Motul piden un precio de garant\u00eda para la fibra
@Firma:Por Rub\u00e9n Chan Pech
@Texto:Un grupo de 150 ejidatarios henequeneros de Motul, Cansahcab y Suma de Hidalgo se reuni\u00f3 ayer en la explanada del palacio municipal de Motul para pedir al gobierno del estado que fije un precio de garant\u00eda para la fibra de henequ\u00e9n, que este a\u00f1o se paga a menos de tres pesos el kilo.
@Texto:Los productores explicaron que desde la liquidaci\u00f3n de Cordemex las desfibradoras privadas compran la penca al precio que ellas mismas deciden, y que muchos ejidos ya dejaron de chapear sus planteles porque el trabajo no alcanza ni para pagar a los peones.
@Texto:<I>\u201cEl henequ\u00e9n fue el oro verde de Yucat\u00e1n y ahora nadie quiere sembrarlo\u201d<I>, dijo el comisario ejidal de Kaxat\u00e1h, Felipe May Couoh, quien habl\u00f3 primero en maya y despu\u00e9s repiti\u00f3 su mensaje en espa\u00f1ol para los funcionarios.
@Texto:El subsecretario de Desarrollo Rural, que acudi\u00f3 a la reuni\u00f3n, se comprometi\u00f3 a llevar la propuesta al gobernador y a revisar si es posible ampliar el programa de apoyo por hect\u00e1rea que reciben los ejidatarios mayores de 60 a\u00f1os.
@Texto:Los henequeneros le entregaron un documento firmado por los comisarios de once ejidos, en el que piden tambi\u00e9n cr\u00e9ditos para diversificar sus parcelas con c\u00edtricos y hortalizas.
@Texto:La reuni\u00f3n termin\u00f3 sin acuerdos concretos, pero los productores anunciaron que volver\u00e1n a reunirse el pr\u00f3ximo domingo para decidir si marchan hacia M\u00e9rida.
@Fin:\u201430\u2014
"""
write_source('bs05.txt', bs05, enc='mac_roman', eol='cr')
write_gold('bs05', family='wire',
           title='Henequeneros de Motul piden un precio de garantía para la fibra',
           date='1999-03-07', bylines=['Rubén Chan Pech'], source='Diario del Mayab', section='Local',
           body_first_words='Un grupo de 150 ejidatarios henequeneros de Motul',
           body_last_words='para decidir si marchan hacia Mérida.',
           boilerplate=['@Texto:', '@Fin:\u201430\u2014', '<v1.70><e0>', '<I>'],
           must_keep=['Los henequeneros le entregaron un documento firmado por los comisarios de once ejidos, en el que piden también créditos para diversificar sus parcelas con cítricos y hortalizas.',
                      'quien habló primero en maya y después repitió su mensaje en español para los funcionarios.',
                      'La reunión terminó sin acuerdos concretos, pero los productores anunciaron que volverán a reunirse el próximo domingo para decidir si marchan hacia Mérida.'])

# ---------------------------------------------------------------- bs06 wire (border daily web page copy-paste, Tapachula)
bs06 = """El Heraldo Fronterizo
Inicio \u203a Migración

Albergues de Tapachula, al límite por la llegada de familias venezolanas y haitianas

Por Karla Velasco Gómez | Fotos: Efraín Cruz Ortiz
Tapachula, Chiapas \u00b7 2 de febrero de 2023 \u00b7 07:45 h \u00b7 Actualizado: 3 de febrero de 2023, 11:02 h

Familias esperan su turno para registrarse frente a un albergue de la colonia Los Naranjos.
Foto: Efraín Cruz Ortiz / El Heraldo Fronterizo

TAPACHULA, Chis.\u2013 Los tres principales albergues para personas migrantes de Tapachula operan desde hace dos semanas por encima de su capacidad, con familias que duermen en los pasillos y en los patios, ante la llegada de cientos de personas procedentes de Venezuela, Haití y Honduras que esperan una cita para regularizar su situación.

En el albergue de la colonia Los Naranjos, pensado para 120 personas, pernoctaron el martes 286, entre ellas 94 niñas y niños. El encargado del lugar, el sacerdote Ernesto Cifuentes Ramos, dijo que la comida alcanza apenas para dos tiempos al día.

Lee también: Cierran temporalmente oficina de trámites migratorios en el centro de Tapachula

Una madre haitiana, que llegó con sus dos hijos después de cruzar el río Suchiate en balsa, narró que lleva 40 días en la ciudad. La entrevista se hizo en kreyòl, con interpretación de un voluntario del albergue. "No queremos quedarnos aquí, queremos trabajar", dijo.

Organizaciones civiles pidieron a las autoridades federales agilizar los trámites y abrir espacios temporales en instalaciones deportivas, como se hizo en años anteriores. También solicitaron donativos de colchonetas, pañales y medicamentos para enfermedades respiratorias.

Comerciantes del parque central, por su parte, se quejaron de que la presencia de grupos numerosos ha afectado sus ventas, aunque otros reconocieron que muchas personas migrantes compran alimentos y tarjetas telefónicas en sus negocios.

Con información de agencias

Comparte: Facebook | X | WhatsApp
Etiquetas: migración, Tapachula, albergues, frontera sur
"""
write_source('bs06.md', bs06, enc='cp1252', eol='crlf')
write_gold('bs06', family='wire',
           title='Albergues de Tapachula, al límite por la llegada de familias venezolanas y haitianas',
           date='2023-02-02', bylines=['Karla Velasco Gómez'], source='El Heraldo Fronterizo',
           section='Migración',
           body_first_words='Los tres principales albergues para personas migrantes de Tapachula',
           body_last_words='compran alimentos y tarjetas telefónicas en sus negocios.',
           boilerplate=['Fotos: Efraín Cruz Ortiz',
                        'Familias esperan su turno para registrarse frente a un albergue de la colonia Los Naranjos.',
                        'Foto: Efraín Cruz Ortiz / El Heraldo Fronterizo',
                        'TAPACHULA, Chis.\u2013',
                        'Lee también: Cierran temporalmente oficina de trámites migratorios en el centro de Tapachula',
                        'Con información de agencias',
                        'Comparte: Facebook | X | WhatsApp',
                        'Etiquetas: migración, Tapachula, albergues, frontera sur'],
           must_keep=['La entrevista se hizo en kreyòl, con interpretación de un voluntario del albergue.',
                      'En el albergue de la colonia Los Naranjos, pensado para 120 personas, pernoctaron el martes 286, entre ellas 94 niñas y niños.',
                      'También solicitaron donativos de colchonetas, pañales y medicamentos para enfermedades respiratorias.'],
           photo_credit='Efraín Cruz Ortiz / El Heraldo Fronterizo')

# ---------------------------------------------------------------- bs07 wire (agency copy forwarded in a Signal chat export, Palenque)
bs07 = """[2016-06-04 09:03] Lucía (Corresp. Palenque): Va la nota de ayer de la agencia ya corregida, sale con crédito
[2016-06-04 09:03] Lucía (Corresp. Palenque): AIFS \u2014 Agencia Informativa Frontera Sur
Sociedad
Guías tseltales de Palenque piden permisos para trabajar dentro de la zona arqueológica
Por Bernabé Méndez Cruz, con traducción de Juana Gómez Sántiz

PALENQUE, Chis., 3 de junio de 2016 (AIFS).- Un grupo de 38 guías de turistas de comunidades tseltales y choles cercanas a Palenque pidió a las autoridades federales que les otorguen credenciales para trabajar dentro de la zona arqueológica, donde desde hace años sólo pueden ofrecer sus servicios en el estacionamiento y en la carretera de acceso.

Los guías, la mayoría jóvenes de los ejidos de Naranjo, Lacanjá y Nueva Palestina, aseguran que conocen la selva y las historias de sus abuelos mejor que muchos de los guías certificados que llegan de la cabecera municipal.

"Nuestros abuelos vivían aquí antes de que llegaran los turistas; nosotros sabemos los nombres de las plantas y de los animales", dijo en tseltal Sebastián Guzmán Jiménez, de 24 años. Sus palabras fueron traducidas al español por una compañera del grupo.

Los guías explicaron que los cursos de certificación se imparten sólo en español y en Tuxtla Gutiérrez, lo que les obliga a pagar viaje y hospedaje durante dos semanas. Propusieron que los cursos se den en Palenque y con apoyo de intérpretes.

Representantes de la zona arqueológica respondieron que la certificación es un requisito federal y que no depende de ellos, aunque se comprometieron a gestionar un curso en la región antes de que termine el año.

Mientras tanto, los guías seguirán ofreciendo recorridos por los senderos de la selva que rodean el sitio.

AIFS/BMC/lgs
[2016-06-04 09:05] Mesa Web: recibido \U0001f44d
"""
write_source('bs07.txt', bs07, eol=('alternate',))
write_gold('bs07', family='wire',
           title='Guías tseltales de Palenque piden permisos para trabajar dentro de la zona arqueológica',
           date='2016-06-03', bylines=['Bernabé Méndez Cruz'], source='Agencia Informativa Frontera Sur',
           section='Sociedad',
           body_first_words='Un grupo de 38 guías de turistas de comunidades tseltales y choles',
           body_last_words='por los senderos de la selva que rodean el sitio.',
           boilerplate=['[2016-06-04 09:03] Lucía (Corresp. Palenque): Va la nota de ayer de la agencia ya corregida, sale con crédito',
                        '[2016-06-04 09:03] Lucía (Corresp. Palenque):',
                        'con traducción de Juana Gómez Sántiz',
                        'PALENQUE, Chis., 3 de junio de 2016 (AIFS).-',
                        'AIFS/BMC/lgs',
                        '[2016-06-04 09:05] Mesa Web: recibido'],
           must_keep=['dijo en tseltal Sebastián Guzmán Jiménez, de 24 años.',
                      'Sus palabras fueron traducidas al español por una compañera del grupo.',
                      'Propusieron que los cursos se den en Palenque y con apoyo de intérpretes.'])

# ---------------------------------------------------------------- bs08 wire (bilingual Maya/Spanish outlet, Yuc.; Tzolk'in/Haab' date)
bs08 = """Cultura

# Miles reciben el equinoccio de primavera en Chichén Itzá
# Ya'ab máak tu k'amajo'ob u equinoccio tu kaajil Chichén Itzá

Chan Ts'íib Noticias \u2014 Ts'íib / Texto: Wilberth Cocom Dzib
Viernes 21 de marzo de 2025 \u00b7 Tzolk'in: 5 Ben \u00b7 Haab': 16 Kumk'u

Foto: Wilberth Cocom Dzib

Desde las siete de la mañana, largas filas de visitantes esperaban en la entrada de la zona arqueológica de Chichén Itzá para presenciar el descenso de la luz y la sombra sobre la escalinata norte del Castillo, el fenómeno que cada equinoccio atrae a turistas de todo el país y del extranjero.

De acuerdo con el Instituto Nacional de Antropología e Historia, hasta las tres de la tarde habían ingresado 21{n}340 personas, una cifra similar a la del año pasado. Como en ediciones anteriores, se prohibió subir a las estructuras y hacer ceremonias con fuego dentro del sitio.

Para los habitantes de Pisté y de las comunidades vecinas, la fecha también significa trabajo. Artesanos, vendedores de agua y cocineras instalaron sus puestos desde el jueves en la carretera de acceso. "Ko'one'ex meyaj, le k'iin je'ela' u k'iinil meyaj", decía entre risas doña Lorena Tuz Caamal, que vende cochinita pibil: vamos a trabajar, este día es para trabajar.

Algunos grupos de visitantes llegaron vestidos de blanco para "cargarse de energía", una práctica que los arqueólogos consideran ajena a la tradición maya, aunque reconocen que se ha vuelto parte de la celebración.

El sábado 22 de marzo las autoridades esperan una afluencia menor. La zona abrirá en su horario habitual, de 8:00 a 17:00 horas.

Yuum bo'otik tumen a xookik / Gracias por leernos
Síguenos en redes: @ChanTsiibNoticiasEj
""".replace('{n}', NBSP)
write_source('bs08.md', bs08)
write_gold('bs08', family='wire',
           title='Miles reciben el equinoccio de primavera en Chichén Itzá',
           date='2025-03-21', bylines=['Wilberth Cocom Dzib'], source="Chan Ts'íib Noticias",
           section='Cultura',
           body_first_words='Desde las siete de la mañana, largas filas de visitantes',
           body_last_words='de 8:00 a 17:00 horas.',
           boilerplate=["Ya'ab máak tu k'amajo'ob u equinoccio tu kaajil Chichén Itzá",
                        "Tzolk'in: 5 Ben \u00b7 Haab': 16 Kumk'u",
                        'Foto: Wilberth Cocom Dzib',
                        "Yuum bo'otik tumen a xookik / Gracias por leernos",
                        'Síguenos en redes: @ChanTsiibNoticiasEj'],
           must_keep=["\"Ko'one'ex meyaj, le k'iin je'ela' u k'iinil meyaj\", decía entre risas doña Lorena Tuz Caamal, que vende cochinita pibil: vamos a trabajar, este día es para trabajar.",
                      'Como en ediciones anteriores, se prohibió subir a las estructuras y hacer ceremonias con fuego dentro del sitio.',
                      'Artesanos, vendedores de agua y cocineras instalaron sus puestos desde el jueves en la carretera de acceso.'],
           photo_credit='Wilberth Cocom Dzib')

# ---------------------------------------------------------------- bs09 press (municipal press office, bilingual header, Cancún)
bs09 = """**H. AYUNTAMIENTO DE BENITO JUÁREZ, QUINTANA ROO**
Dirección General de Comunicación Social / Social Communication Office
Boletín No. 0087/2026 | Press Release No. 0087/2026
Miércoles 14 de enero de 2026 | Wednesday, January 14, 2026

**Refuerzan vigilancia en playas públicas durante la temporada alta de invierno**
*Beach patrols reinforced during the winter high season*

Cancún, Quintana Roo.- El Ayuntamiento de Benito Juárez reforzó con 60 elementos de la Policía Turística y 24 guardavidas la vigilancia en las playas públicas de la zona hotelera y de Puerto Juárez, ante la llegada de visitantes nacionales y extranjeros durante la temporada alta de invierno.

Los elementos recorrerán a pie, en cuatrimoto y en embarcación los accesos de Playa Delfines, Playa Gaviota Azul, Playa Langosta y Playa del Niño, de las 8:00 a las 19:00 horas, con el apoyo de dos torres de observación instaladas este mes.

La Policía Turística cuenta con personal que atiende en español, inglés y francés, y con una línea de atención para visitantes, disponible las 24 horas. Las y los turistas también pueden acercarse a los módulos de información instalados en los accesos principales.

El Ayuntamiento recordó que el sistema de banderas indica las condiciones del mar: la bandera roja significa que no se recomienda nadar y la negra que el acceso al agua está prohibido. Durante la temporada, las corrientes de retorno son frecuentes en las playas que dan al mar abierto.

Asimismo, se pidió a la población y a los visitantes no dejar basura en la arena, no llevar recipientes de vidrio y respetar las zonas de anidación de tortugas marinas señaladas con estacas.

**-oOo-**

Síguenos / Follow us: @CancunAyuntamientoEj \u00b7 www.cancun-ayto.example.mx
La traducción al inglés es sólo informativa; prevalece la versión en español. / The English translation is provided for information only; the Spanish version prevails.
"""
write_source('bs09.md', bs09, eol='crlf')
write_gold('bs09', family='press_release',
           title='Refuerzan vigilancia en playas públicas durante la temporada alta de invierno',
           date='2026-01-14', source='H. AYUNTAMIENTO DE BENITO JUÁREZ, QUINTANA ROO',
           bulletin_number='0087/2026', issuer='H. AYUNTAMIENTO DE BENITO JUÁREZ, QUINTANA ROO',
           dateline_city='Cancún',
           body_first_words='El Ayuntamiento de Benito Juárez reforzó con 60 elementos',
           body_last_words='señaladas con estacas.',
           boilerplate=['Dirección General de Comunicación Social / Social Communication Office',
                        'Boletín No. 0087/2026 | Press Release No. 0087/2026',
                        'Miércoles 14 de enero de 2026 | Wednesday, January 14, 2026',
                        'Beach patrols reinforced during the winter high season',
                        'Cancún, Quintana Roo.-', '-oOo-',
                        'Síguenos / Follow us: @CancunAyuntamientoEj \u00b7 www.cancun-ayto.example.mx',
                        'La traducción al inglés es sólo informativa; prevalece la versión en español.',
                        'The English translation is provided for information only; the Spanish version prevails.'],
           must_keep=['La Policía Turística cuenta con personal que atiende en español, inglés y francés, y con una línea de atención para visitantes, disponible las 24 horas.',
                      'Durante la temporada, las corrientes de retorno son frecuentes en las playas que dan al mar abierto.',
                      'de las 8:00 a las 19:00 horas, con el apoyo de dos torres de observación instaladas este mes.'])

# ---------------------------------------------------------------- bs10 press (migrant shelter bulletin, Tenosique, Tab.)
bs10 = """CASA DE ACOGIDA CAMINANTES DEL USUMACINTA, A.C.
Boletín informativo No. 23 \u2014 Diciembre 2018

Tenosique de Pino Suárez, Tabasco, a 18 de diciembre de 2018.

Albergue de Tenosique recibe a 140 personas en una semana y pide donativos de cobijas

La Casa de Acogida Caminantes del Usumacinta recibió entre el 10 y el 17 de diciembre a 140 personas migrantes, la cifra semanal más alta del año, en su mayoría familias hondureñas y guatemaltecas que cruzaron la frontera por El Ceibo y caminaron durante dos días por la carretera federal hasta Tenosique.

Entre las personas atendidas hay 41 niñas y niños, seis de ellos menores de un año, y tres mujeres embarazadas. El equipo médico voluntario atendió sobre todo infecciones respiratorias, ampollas y deshidratación.

El frente frío de la semana pasada hizo bajar la temperatura por las noches, y la Casa ya no tiene suficientes cobijas ni ropa abrigadora para los niños. También hacen falta zapatos de todas las tallas, leche en polvo y artículos de higiene personal.

La coordinadora de la Casa, hermana Guadalupe Morales Tec, recordó que el albergue ofrece a todas las personas información sobre su derecho a solicitar refugio en México y acompañamiento para presentar la solicitud ante la Comisión Mexicana de Ayuda a Refugiados.

La Casa agradece a las parroquias de Tenosique, Balancán y Emiliano Zapata, que en las últimas semanas enviaron víveres, y a los jóvenes de la preparatoria local que organizaron una colecta de ropa.

-o0o-

Contacto para medios: Hna. Guadalupe Morales Tec
Tel./Signal: 934 555 0172 | prensa@caminantesusumacinta.example.mx
Donativos en especie: calle 26 s/n, colonia Centro, Tenosique. Recibimos de 8 a 18 horas.
"""
write_source('bs10.txt', bs10, enc='cp1252')
write_gold('bs10', family='press_release',
           title='Albergue de Tenosique recibe a 140 personas en una semana y pide donativos de cobijas',
           date='2018-12-18', source='CASA DE ACOGIDA CAMINANTES DEL USUMACINTA, A.C.',
           bulletin_number='23', issuer='CASA DE ACOGIDA CAMINANTES DEL USUMACINTA, A.C.',
           dateline_city='Tenosique de Pino Suárez',
           body_first_words='La Casa de Acogida Caminantes del Usumacinta recibió entre el 10 y el 17 de diciembre',
           body_last_words='que organizaron una colecta de ropa.',
           boilerplate=['Boletín informativo No. 23 \u2014 Diciembre 2018',
                        'Tenosique de Pino Suárez, Tabasco, a 18 de diciembre de 2018.', '-o0o-',
                        'Contacto para medios: Hna. Guadalupe Morales Tec',
                        'Tel./Signal: 934 555 0172 | prensa@caminantesusumacinta.example.mx',
                        'Donativos en especie: calle 26 s/n, colonia Centro, Tenosique.',
                        'Recibimos de 8 a 18 horas.'],
           must_keep=['El equipo médico voluntario atendió sobre todo infecciones respiratorias, ampollas y deshidratación.',
                      'También hacen falta zapatos de todas las tallas, leche en polvo y artículos de higiene personal.',
                      'Entre las personas atendidas hay 41 niñas y niños, seis de ellos menores de un año, y tres mujeres embarazadas.'])
