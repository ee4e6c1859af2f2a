#!/usr/bin/env python3
"""importer-cg, files 01-10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- cg01 wire (community radio web note, Sierra Juárez)
cg01 = """Ir al contenido
Inicio | Noticias | Programación | Escucha en vivo | Contacto

NOTICIAS COMUNITARIAS

Asamblea de Ixtlán acuerda cerrar el bosque comunal a la tala durante cinco años

Publicado el marzo 14, 2019 por Reportaje: Eufrosina Méndez Luis

Radio Tierra y Maíz 104.1 FM

Compartir: Facebook Twitter WhatsApp

La asamblea general de comuneros de Ixtlán de Juárez acordó el domingo suspender durante cinco años el aprovechamiento forestal en el paraje conocido como Cerro Pelón, donde los incendios de 2017 y la plaga del gusano descortezador dañaron cerca de 600 hectáreas de pino.

La decisión se tomó por mayoría después de seis horas de discusión en el salón comunal. Los comuneros que trabajan en el aserradero pidieron que el cierre no afecte los empleos, y el comisariado se comprometió a trasladar a esas personas a las brigadas de reforestación y de vigilancia.

Don Aniceto Pérez Bautista, uno de los comuneros de mayor edad, recordó que en los años ochenta la comunidad peleó para que el bosque dejara de estar concesionado a una empresa papelera. “Si ya lo recuperamos una vez, ahora nos toca cuidarlo para nuestros nietos”, dijo ante la asamblea.

Durante el cierre, la comunidad plantará alrededor de 200 mil árboles producidos en su propio vivero y levantará un censo de los manantiales que abastecen a la cabecera y a las agencias de La Luz y Santa María Yahuiche.

La asamblea también acordó que cualquier persona ajena a la comunidad que sea sorprendida cortando leña en la zona cerrada será presentada ante las autoridades agrarias.

Escucha el reportaje completo en nuestro noticiero comunitario de lunes a viernes a las 7 de la mañana.

Etiquetas: bosque, Ixtlán, asamblea, Sierra Juárez

Entrada anterior: Inicia la cosecha de café en Capulálpam
Entrada siguiente: Taller de radio para jóvenes en Guelatao

© 2019 Radio Tierra y Maíz. Radio comunitaria al servicio de los pueblos de la Sierra.
"""
write_source('cg01.md', cg01)
write_gold('cg01', family='wire',
           title='Asamblea de Ixtlán acuerda cerrar el bosque comunal a la tala durante cinco años',
           date='2019-03-14', bylines=['Eufrosina Méndez Luis'], source='Radio Tierra y Maíz',
           section='Noticias comunitarias',
           body_first_words='La asamblea general de comuneros de Ixtlán de Juárez acordó',
           body_last_words='será presentada ante las autoridades agrarias.',
           boilerplate=['Inicio | Noticias | Programación | Escucha en vivo | Contacto',
                        'Publicado el marzo 14, 2019 por Reportaje: Eufrosina Méndez Luis',
                        'Compartir: Facebook Twitter WhatsApp',
                        'Escucha el reportaje completo en nuestro noticiero comunitario de lunes a viernes a las 7 de la mañana.',
                        'Etiquetas: bosque, Ixtlán, asamblea, Sierra Juárez',
                        'Entrada anterior: Inicia la cosecha de café en Capulálpam',
                        'Entrada siguiente: Taller de radio para jóvenes en Guelatao',
                        '© 2019 Radio Tierra y Maíz. Radio comunitaria al servicio de los pueblos de la Sierra.'],
           must_keep=['La decisión se tomó por mayoría después de seis horas de discusión en el salón comunal.',
                      '“Si ya lo recuperamos una vez, ahora nos toca cuidarlo para nuestros nietos”, dijo ante la asamblea.',
                      'La asamblea también acordó que cualquier persona ajena a la comunidad que sea sorprendida cortando leña en la zona cerrada será presentada ante las autoridades agrarias.'])

# ---------------------------------------------------------------- cg02 press (Gobierno del Estado de Oaxaca, long letterhead)
cg02 = """GOBIERNO DEL ESTADO DE OAXACA
COORDINACIÓN GENERAL DE COMUNICACIÓN SOCIAL Y VOCERÍA DEL GOBIERNO DEL ESTADO
“2021, Año del Reconocimiento al Personal de Salud, por la Lucha contra el Virus SARS-CoV2, COVID-19”
Ciudad Administrativa “Benemérito de las Américas”, Edificio 3, Nivel 2
Carretera Internacional Oaxaca-Istmo Km. 11.5, Tlalixtac de Cabrera, Oax. C.P. 68270
Tel. 951 555 0160 y 951 555 0161 | comunicacion@oaxaca-gob.example.mx

BOLETÍN No. 1842
Martes 3 de agosto de 2021

Abren 14 centros de acopio de maíz en la Costa y la Mixteca para la cosecha de temporal

Tlalixtac de Cabrera, Oax., 3 de agosto de 2021.- El Gobierno del Estado de Oaxaca abrió 14 centros de acopio de maíz en las regiones de la Costa y la Mixteca, donde las y los productores de temporal podrán vender su grano a un precio de referencia de 5 mil 610 pesos por tonelada, informó la Secretaría de Desarrollo Agropecuario, Pesca y Acuacultura.

Los centros funcionarán de lunes a sábado, de 8:00 a 17:00 horas, en Pinotepa Nacional, Santiago Jamiltepec, Río Grande, Puerto Escondido, San Pedro Pochutla, Huajuapan de León, Tlaxiaco, Nochixtlán, Putla Villa de Guerrero, Juxtlahuaca, Silacayoápam, Tamazulápam, Teposcolula y Coixtlahuaca.

Para vender su cosecha, las personas productoras deberán presentar su credencial para votar, la Clave Única de Registro de Población y un documento que acredite la posesión de la parcela, como la constancia del comisariado ejidal o de bienes comunales.

La dependencia explicó que el precio de referencia incluye un apoyo estatal para cubrir el costo del flete, con el fin de que quienes viven en comunidades alejadas no tengan que vender a intermediarios por debajo del costo de producción.

El grano se almacenará en bodegas de la red estatal y se destinará a los comedores comunitarios y al programa de abasto de tiendas rurales en las ocho regiones del estado.

—0—

Síguenos en redes sociales: @GobOaxacaPrensaEj
"""
write_source('cg02.txt', cg02, eol='crlf', bom=True)
write_gold('cg02', family='press_release',
           title='Abren 14 centros de acopio de maíz en la Costa y la Mixteca para la cosecha de temporal',
           date='2021-08-03', source='GOBIERNO DEL ESTADO DE OAXACA',
           bulletin_number='1842', issuer='GOBIERNO DEL ESTADO DE OAXACA',
           dateline_city='Tlalixtac de Cabrera',
           body_first_words='El Gobierno del Estado de Oaxaca abrió 14 centros de acopio de maíz',
           body_last_words='de tiendas rurales en las ocho regiones del estado.',
           boilerplate=['COORDINACIÓN GENERAL DE COMUNICACIÓN SOCIAL Y VOCERÍA DEL GOBIERNO DEL ESTADO',
                        '“2021, Año del Reconocimiento al Personal de Salud, por la Lucha contra el Virus SARS-CoV2, COVID-19”',
                        'Ciudad Administrativa “Benemérito de las Américas”, Edificio 3, Nivel 2',
                        'Carretera Internacional Oaxaca-Istmo Km. 11.5, Tlalixtac de Cabrera, Oax. C.P. 68270',
                        'Tel. 951 555 0160 y 951 555 0161 | comunicacion@oaxaca-gob.example.mx',
                        'BOLETÍN No. 1842', 'Martes 3 de agosto de 2021',
                        'Tlalixtac de Cabrera, Oax., 3 de agosto de 2021.-', '—0—',
                        'Síguenos en redes sociales: @GobOaxacaPrensaEj'],
           must_keep=['Los centros funcionarán de lunes a sábado, de 8:00 a 17:00 horas,',
                      'La dependencia explicó que el precio de referencia incluye un apoyo estatal para cubrir el costo del flete,',
                      'El grano se almacenará en bodegas de la red estatal y se destinará a los comedores comunitarios y al programa de abasto de tiendas rurales en las ocho regiones del estado.'])

# ---------------------------------------------------------------- cg03 wire (1987 agency teletype take, cp850)
cg03 = """ZCZC ANS042 OAX
RR TTT
OAXACA-CAFE 1A TOMA
14-III-87 11:42

CAFETICULTORES DE LA MIXTECA Y LA SIERRA SUR PIDEN PRECIO DE GARANTIA

OAXACA, OAX., 14 DE MARZO DE 1987 (ANS).- UNOS 3 MIL PRODUCTORES DE CAFE DE LA MIXTECA Y DE LA SIERRA SUR MARCHARON ESTA MAÑANA POR LAS CALLES DEL CENTRO DE ESTA CAPITAL PARA PEDIR AL INSTITUTO MEXICANO DEL CAFE QUE FIJE UN PRECIO DE GARANTIA PARA LA COSECHA DE ESTE AÑO.

LOS MANIFESTANTES, QUE LLEGARON EN CAMIONES DESDE PLUMA HIDALGO, CANDELARIA LOXICHA, SAN JUAN LACHAO Y SANTA MARIA YUCUHITI, SE CONCENTRARON FRENTE AL PALACIO DE GOBIERNO Y ENTREGARON UN PLIEGO DE DEMANDAS AL SECRETARIO GENERAL DE GOBIERNO.

EN EL DOCUMENTO SEÑALAN QUE LOS INTERMEDIARIOS PAGAN ESTE AÑO ENTRE 280 Y 310 PESOS POR KILO DE CAFE PERGAMINO, MENOS DE LA MITAD DE LO QUE CUESTA PRODUCIRLO, Y PIDEN QUE EL INSTITUTO AMPLIE SUS CENTROS DE COMPRA EN LAS COMUNIDADES.

MAS

ZCZC ANS043 OAX
OAXACA-CAFE 2A TOMA Y ULTIMA
14-III-87 12:05

EL DIRIGENTE DE LA UNION DE PRODUCTORES, ISAURO LOPEZ NUÑEZ, DIJO QUE LAS HELADAS DE DICIEMBRE DAÑARON CERCA DE LA TERCERA PARTE DE LOS CAFETALES DE LA PARTE ALTA Y QUE MUCHAS FAMILIAS NO TIENEN CON QUE PAGAR A LOS CORTADORES.

"NO VENIMOS A PEDIR REGALADO, VENIMOS A PEDIR QUE NOS PAGUEN LO JUSTO", DIJO ANTE LOS MANIFESTANTES.

EL SECRETARIO GENERAL DE GOBIERNO SE COMPROMETIO A GESTIONAR UNA REUNION CON DIRECTIVOS DEL INSTITUTO EN LA CIUDAD DE MEXICO LA PROXIMA SEMANA. LOS PRODUCTORES ANUNCIARON QUE PERMANECERAN EN PLANTON EN EL ZOCALO HASTA QUE SE FIJE LA FECHA DE ESA REUNION.

FIN
ANS/ILN/RMG/jlc 14-III-87 12:05
NNNN
"""
write_source('cg03.txt', cg03, enc='cp850', eol='crlf')
write_gold('cg03', family='wire',
           title='CAFETICULTORES DE LA MIXTECA Y LA SIERRA SUR PIDEN PRECIO DE GARANTIA',
           date='1987-03-14', bylines=[], source='ANS', section=None,
           body_first_words='UNOS 3 MIL PRODUCTORES DE CAFE DE LA MIXTECA',
           body_last_words='HASTA QUE SE FIJE LA FECHA DE ESA REUNION.',
           boilerplate=['ZCZC ANS042 OAX', 'RR TTT', 'OAXACA-CAFE 1A TOMA', '14-III-87 11:42',
                        'OAXACA, OAX., 14 DE MARZO DE 1987 (ANS).-', 'MAS', 'ZCZC ANS043 OAX',
                        'OAXACA-CAFE 2A TOMA Y ULTIMA', '14-III-87 12:05', 'FIN',
                        'ANS/ILN/RMG/jlc 14-III-87 12:05', 'NNNN'],
           must_keep=['LOS MANIFESTANTES, QUE LLEGARON EN CAMIONES DESDE PLUMA HIDALGO, CANDELARIA LOXICHA, SAN JUAN LACHAO Y SANTA MARIA YUCUHITI, SE CONCENTRARON FRENTE AL PALACIO DE GOBIERNO Y ENTREGARON UN PLIEGO DE DEMANDAS AL SECRETARIO GENERAL DE GOBIERNO.',
                      '"NO VENIMOS A PEDIR REGALADO, VENIMOS A PEDIR QUE NOS PAGUEN LO JUSTO", DIJO ANTE LOS MANIFESTANTES.',
                      'EL SECRETARIO GENERAL DE GOBIERNO SE COMPROMETIO A GESTIONAR UNA REUNION CON DIRECTIVOS DEL INSTITUTO EN LA CIUDAD DE MEXICO LA PROXIMA SEMANA.'])

# ---------------------------------------------------------------- cg04 jekyll (regional daily, polyglot front matter)
cg04 = """---
layout: post
lang: es
lang-ref: reabre-mercado-juchitan
title: "Reabre el mercado principal de Juchitán tras cinco años de reconstrucción"
date: 2022-11-05 23:40:00 -0600
author: Celia Toledo Orozco
categories: [Portada, Istmo]
tags: [Juchitán, mercados, sismo]
translations:
  en: /en/2022/11/06/juchitan-main-market-reopens/
  zap: /zap/2022/11/06/guidxi-juchitan/
image:
  path: /assets/img/2022/11/mercado-juchitan.jpg
  alt: Locatarias en los nuevos pasillos del mercado
site_name: El Centinela del Sur
---

Las vendedoras de totopos, quesos y flores volvieron este sábado a ocupar sus puestos en el mercado principal de Juchitán de Zaragoza, cinco años después de que el sismo de septiembre de 2017 dejara el edificio inservible y obligara a cientos de familias a vender en la calle.

La reinauguración comenzó con una calenda que salió de la Séptima Sección y recorrió el centro con banda de viento, cohetes y mujeres vestidas de traje regional. Al mediodía, las locatarias hicieron un sorteo para asignar los 420 puestos del nuevo edificio.

La obra costó alrededor de 190 millones de pesos y se hizo con un diseño que conserva los arcos de la fachada original. Tiene estructura antisísmica, ventilación cruzada y una planta de tratamiento para el agua de los puestos de comida.

Doña Rosalía Orozco Santiago, que vende pescado seco desde hace cuarenta años, dijo que los años en la calle fueron los más difíciles de su vida. “Con el sol y la lluvia se echaba a perder la mercancía, y ni baño teníamos”, contó mientras acomodaba su puesto.

Algunos comerciantes se quejaron de que los pasillos son más estrechos que antes y de que las cuotas de mantenimiento aún no están definidas. El ayuntamiento prometió una mesa de diálogo con las uniones de locatarios antes de fin de mes.
"""
write_source('cg04.md', cg04)
write_gold('cg04', family='jekyll',
           title='Reabre el mercado principal de Juchitán tras cinco años de reconstrucción',
           date='2022-11-05', bylines=['Celia Toledo Orozco'], source='El Centinela del Sur',
           section='Istmo', placement=['Portada'],
           body_first_words='Las vendedoras de totopos, quesos y flores volvieron este sábado',
           body_last_words='con las uniones de locatarios antes de fin de mes.',
           must_keep=['Al mediodía, las locatarias hicieron un sorteo para asignar los 420 puestos del nuevo edificio.',
                      '“Con el sol y la lluvia se echaba a perder la mercancía, y ni baño teníamos”, contó mientras acomodaba su puesto.',
                      'El ayuntamiento prometió una mesa de diálogo con las uniones de locatarios antes de fin de mes.'])

# ---------------------------------------------------------------- cg05 press (Juchitán, bilingual Spanish / Isthmus Zapotec)
cg05 = """H. AYUNTAMIENTO CONSTITUCIONAL DE JUCHITÁN DE ZARAGOZA
Dirección de Comunicación Social / Ra nuni guendaruzeeteʼ
Comunicado 071/2024

Juchitán de Zaragoza, Oaxaca, a 22 de mayo de 2024

Inicia la campaña de descacharrización contra el dengue en las 9 secciones de la ciudad
[Diidxazá] Guizulú dxiiña para gucueeʼ ca bicuiiʼ ni runi dengue

El Ayuntamiento de Juchitán de Zaragoza, en coordinación con la Jurisdicción Sanitaria número 2 de los Servicios de Salud de Oaxaca, inició este miércoles la campaña de descacharrización en las nueve secciones de la ciudad, con el objetivo de eliminar los criaderos del mosquito que transmite el dengue antes del inicio de la temporada de lluvias.

Durante tres semanas, cuadrillas de limpia recorrerán las calles para recoger llantas, botes, cubetas y cualquier objeto que pueda acumular agua. Las familias podrán sacar sus cacharros a la banqueta el día que corresponda a su sección, de acuerdo con el calendario que se difundirá por perifoneo en español y en zapoteco.

La directora municipal de Salud, doctora Marisol Jiménez Regalado, informó que en lo que va del año la región del Istmo acumula 37 casos confirmados de dengue, la mayoría en colonias que carecen de servicio regular de agua entubada y donde las familias almacenan agua en tambos.

[Diidxazá] Laadu rabinu laatu: bisiaaʼ nisa ni nuu ndaaniʼ ca bote, ne gapa ca tambo nisa.

El Ayuntamiento pidió a la población tapar los recipientes donde guarda agua, cambiar cada tercer día el agua de los floreros y de los bebederos de animales, y acudir al centro de salud más cercano si presenta fiebre alta, dolor de cabeza y dolor detrás de los ojos.

* * *

Xquixepeʼ laatu.
Tel. 971 555 0107 | comunicacion@juchitan-ayto.example.mx
"""
write_source('cg05.txt', cg05.replace('ʼ', "'"), enc='cp1252')
write_gold('cg05', family='press_release',
           title='Inicia la campaña de descacharrización contra el dengue en las 9 secciones de la ciudad',
           date='2024-05-22', source='H. AYUNTAMIENTO CONSTITUCIONAL DE JUCHITÁN DE ZARAGOZA',
           bulletin_number='071/2024', issuer='H. AYUNTAMIENTO CONSTITUCIONAL DE JUCHITÁN DE ZARAGOZA',
           dateline_city='Juchitán de Zaragoza',
           body_first_words='El Ayuntamiento de Juchitán de Zaragoza, en coordinación con la Jurisdicción Sanitaria',
           body_last_words='fiebre alta, dolor de cabeza y dolor detrás de los ojos.',
           boilerplate=["Dirección de Comunicación Social / Ra nuni guendaruzeete'", 'Comunicado 071/2024',
                        'Juchitán de Zaragoza, Oaxaca, a 22 de mayo de 2024',
                        "[Diidxazá] Guizulú dxiiña para gucuee' ca bicuii' ni runi dengue",
                        '* * *', "Xquixepe' laatu.",
                        'Tel. 971 555 0107 | comunicacion@juchitan-ayto.example.mx'],
           must_keep=['Durante tres semanas, cuadrillas de limpia recorrerán las calles para recoger llantas, botes, cubetas y cualquier objeto que pueda acumular agua.',
                      "[Diidxazá] Laadu rabinu laatu: bisiaa' nisa ni nuu ndaani' ca bote, ne gapa ca tambo nisa.",
                      'de acuerdo con el calendario que se difundirá por perifoneo en español y en zapoteco.'])

# ---------------------------------------------------------------- cg06 wire (Substack newsletter e-mail)
cg06 = """From: La Carta del Valle <cartadelvalle@boletines.example.mx>
To: mesa.digital@centinela-sur.example.mx
Subject: Mezcaleros de Miahuatlán frenan la venta de maguey silvestre
Date: Fri, 02 Jun 2023 06:30:12 -0600
List-Unsubscribe: <https://cartadelvalle.example.mx/action/disable_email>

View this post on the web at https://cartadelvalle.example.mx/p/mezcaleros-miahuatlan-maguey

Mezcaleros de Miahuatlán frenan la venta de maguey silvestre
Renata Olguín Cruz
Jun 2

Hola, ¿cómo están? Esta semana fui a Miahuatlán de Porfirio Díaz y les traigo una historia que empezó en una asamblea y puede cambiar el mercado del mezcal en los Valles Centrales.

Los productores de mezcal de seis comunidades del distrito de Miahuatlán acordaron dejar de vender maguey silvestre, como el tobalá y el tepextate, a las envasadoras que llegan de fuera con camionetas y pagan por pieza. La medida busca frenar el saqueo de los cerros, donde en los últimos diez años desaparecieron poblaciones enteras de agave que tardan hasta veinte años en madurar.

El acuerdo se tomó en una reunión regional en San Luis Amatlán. A partir de julio, quien quiera comprar maguey silvestre tendrá que hacerlo a través de la asamblea de cada comunidad, que fijará un precio mínimo y exigirá que por cada planta cortada se siembren diez.

Don Fortino Santiago Cruz, maestro mezcalero de tercera generación, me dijo que el problema no es vender sino vender sin medida. “Antes el tobalá era para las fiestas; ahora lo arrancan con todo y raíz”, contó mientras removía el bagazo del horno.

Las envasadoras consultadas no quisieron hablar del tema. Un comprador que pidió no ser nombrado dijo que la medida subirá el precio de la botella en las tiendas de la capital.

Thanks for reading La Carta del Valle! Subscribe for free to receive new posts and support my work.

Like · Comment · Restack

© 2023 Renata Olguín Cruz
Unsubscribe https://cartadelvalle.example.mx/action/disable_email
Start writing https://cartadelvalle.example.mx/publish
"""
write_source('cg06.txt', cg06, eol='crlf')
write_gold('cg06', family='wire',
           title='Mezcaleros de Miahuatlán frenan la venta de maguey silvestre',
           date='2023-06-02', bylines=['Renata Olguín Cruz'], source='La Carta del Valle',
           body_first_words='Hola, ¿cómo están? Esta semana fui a Miahuatlán de Porfirio Díaz',
           body_last_words='subirá el precio de la botella en las tiendas de la capital.',
           boilerplate=['View this post on the web at https://cartadelvalle.example.mx/p/mezcaleros-miahuatlan-maguey',
                        'Thanks for reading La Carta del Valle! Subscribe for free to receive new posts and support my work.',
                        'Like · Comment · Restack', '© 2023 Renata Olguín Cruz',
                        'Unsubscribe https://cartadelvalle.example.mx/action/disable_email',
                        'Start writing https://cartadelvalle.example.mx/publish'],
           must_keep=['El acuerdo se tomó en una reunión regional en San Luis Amatlán.',
                      '“Antes el tobalá era para las fiestas; ahora lo arrancan con todo y raíz”, contó mientras removía el bagazo del horno.',
                      'Las envasadoras consultadas no quisieron hablar del tema.'])

# ---------------------------------------------------------------- cg07 generic (Notion export, no outlet)
cg07 = """# Los sonideros de la Costa Chica y el baile de los domingos

Created: March 3, 2022 4:12 PM
Last edited time: March 9, 2022 11:40 AM
Tags: crónica, música, Costa Chica
Status: Borrador
Assign: Ulises

En Cuajinicuilapa el domingo empieza a las cinco de la tarde, cuando la camioneta del sonido se estaciona junto a la cancha y dos muchachos descargan las bocinas, altas como un refrigerador. Nadie ha pegado carteles ni ha pasado aviso por la radio, pero a las siete la cancha ya está llena.

El sonidero se llama Wilfrido y lleva veinte años recorriendo los pueblos de la Costa Chica de Guerrero y de Oaxaca. Empezó con un tocadiscos prestado y hoy tiene una colección de cumbias, chilenas y salsas que ocupa tres maletas. Dice que su público le pide lo mismo en Marquelia que en Pinotepa, pero que cada pueblo lo baila distinto.

Las señoras se sientan primero en las bancas de la orilla y miran. Los jóvenes llegan después, en grupos, y no se animan a bailar hasta que el sonidero manda saludos con nombre y apellido: a los primos que trabajan en Carolina del Norte, a la comadre que cumple años, a los de la colonia de arriba.

Hacia las diez suena la chilena que todos esperan, y entonces bailan también las señoras de las bancas, con un pañuelo en la mano. El polvo de la cancha se levanta y se queda flotando bajo las luces.

A medianoche Wilfrido apaga el equipo sin despedirse. Al día siguiente, dice, hay que estar temprano en otro pueblo.

## Pendientes
- [ ] Confirmar apellido de Wilfrido
- [ ] Fotos de la cancha
"""
write_source('cg07.md', cg07)
write_gold('cg07', family='generic',
           title='Los sonideros de la Costa Chica y el baile de los domingos',
           body_first_words='En Cuajinicuilapa el domingo empieza a las cinco de la tarde',
           body_last_words='hay que estar temprano en otro pueblo.',
           boilerplate=['Created: March 3, 2022 4:12 PM', 'Last edited time: March 9, 2022 11:40 AM',
                        'Tags: crónica, música, Costa Chica', 'Status: Borrador', 'Assign: Ulises',
                        'Pendientes', 'Confirmar apellido de Wilfrido', 'Fotos de la cancha'],
           must_keep=['Nadie ha pegado carteles ni ha pasado aviso por la radio, pero a las siete la cancha ya está llena.',
                      'Dice que su público le pide lo mismo en Marquelia que en Pinotepa, pero que cada pueblo lo baila distinto.',
                      'El polvo de la cancha se levanta y se queda flotando bajo las luces.'])

# ---------------------------------------------------------------- cg08 bad (multilingual front matter, no body)
cg08 = """---
layout: post
lang: zap
lang-ref: feria-totopo-ixtepec
title: "Feria del totopo en Ixtepec"
date: 2018-02-10 10:00:00 -0600
categories: [Istmo]
translations:
  es: /2018/02/10/feria-del-totopo-ixtepec/
---


"""
write_source('cg08.md', cg08, eol='crlf')
write_gold('cg08', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) y no tiene cuerpo de texto.')

# ---------------------------------------------------------------- cg09 wire (community radio news script, Costa Chica)
cg09 = """RADIO BRISAS DE LA COSTA CHICA — NOTICIERO DE LA TARDE
GUION | Emisión del jueves 8 de septiembre de 2016
Nota 3 de 6 | Redactó: Marcelino Guzmán Petatán | Duración: 3'40"

ENTRA RÚBRICA DE NOTICIAS (5")

TÍTULO DE NOTA: Pescadores de Marquelia piden dragar la bocabarra antes de la temporada de huracanes

LOC 1: Los pescadores de la laguna de Marquelia, en la Costa Chica de Guerrero, pidieron a las autoridades federales que draguen la bocabarra, que desde hace cuatro meses está cerrada por la arena y no deja entrar agua del mar a la laguna.

LOC 2: Sin el intercambio de agua, la laguna se calienta y se queda sin oxígeno. En las últimas semanas los pescadores han encontrado lisas y mojarras muertas en la orilla, y la pesca de camarón bajó a menos de la mitad.

LOC 1: El presidente de la cooperativa pesquera, Nicasio Añorve Salinas, explicó que las comunidades ya abrieron la barra con palas en dos ocasiones, pero el mar la vuelve a cerrar en pocos días.

CORTE 1 — Nicasio Añorve (0'25") — ENTRA: "Nosotros ya hicimos..." — SALE: "...antes de que llueva."
[TRANSCRIPCIÓN] "Nosotros ya hicimos lo que pudimos con las manos. Lo que necesitamos es una draga, y la necesitamos antes de que llueva."

LOC 2: Los pescadores advierten que si la bocabarra sigue cerrada cuando lleguen las lluvias fuertes, el agua de la laguna podría inundar las casas de la orilla, como ocurrió en 2013 con las tormentas Ingrid y Manuel.

LOC 1: La cooperativa entregó un escrito a la delegación de la Comisión Nacional de Acuacultura y Pesca en Acapulco y espera una respuesta la próxima semana.

CORTINILLA — "Radio Brisas, la voz de los pueblos" (4")

PASA A NOTA 4
"""
write_source('cg09.txt', cg09)
write_gold('cg09', family='wire',
           title='Pescadores de Marquelia piden dragar la bocabarra antes de la temporada de huracanes',
           date='2016-09-08', bylines=['Marcelino Guzmán Petatán'], source='Radio Brisas de la Costa Chica',
           section=None,
           body_first_words='Los pescadores de la laguna de Marquelia, en la Costa Chica de Guerrero',
           body_last_words='espera una respuesta la próxima semana.',
           boilerplate=['RADIO BRISAS DE LA COSTA CHICA — NOTICIERO DE LA TARDE',
                        'Nota 3 de 6 | Redactó: Marcelino Guzmán Petatán | Duración: 3\'40"',
                        'ENTRA RÚBRICA DE NOTICIAS (5")',
                        'CORTE 1 — Nicasio Añorve (0\'25") — ENTRA: "Nosotros ya hicimos..." — SALE: "...antes de que llueva."',
                        'CORTINILLA — "Radio Brisas, la voz de los pueblos" (4")',
                        'PASA A NOTA 4'],
           must_keep=['Sin el intercambio de agua, la laguna se calienta y se queda sin oxígeno.',
                      '"Nosotros ya hicimos lo que pudimos con las manos. Lo que necesitamos es una draga, y la necesitamos antes de que llueva."',
                      'explicó que las comunidades ya abrieron la barra con palas en dos ocasiones, pero el mar la vuelve a cerrar en pocos días.'])

# ---------------------------------------------------------------- cg10 press (Taxco municipality, WhatsApp chat export)
cg10 = """[14/8/23, 10:31:48] Comunicación Social Taxco: ‎Los mensajes y las llamadas están cifrados de extremo a extremo.
[14/8/23, 10:32:05] Comunicación Social Taxco: *H. AYUNTAMIENTO DE TAXCO DE ALARCÓN*
_Dirección de Comunicación Social_
*Boletín 211*

*INSTALAN 40 CÁMARAS DE VIGILANCIA EN LA ZONA DE PLATERÍAS DEL CENTRO HISTÓRICO* 📹

Taxco de Alarcón, Gro., 14 de agosto de 2023.- El Gobierno Municipal concluyó la instalación de 40 cámaras de videovigilancia en las calles del centro histórico donde se concentran los talleres y tiendas de platería, como parte del programa de seguridad acordado con las asociaciones de artesanos y comerciantes.

Las cámaras están conectadas al centro de monitoreo de la policía municipal, que operará las 24 horas con personal capacitado. Cubren la plaza Borda, la calle de Juan Ruiz de Alarcón, el mercado de artesanías y los accesos a la terminal de autobuses.

La inversión fue de 6.8 millones de pesos, de los cuales una parte fue aportada por los propios plateros a través de sus asociaciones. El director de Seguridad Pública, Leonel Astudillo Bahena, explicó que las grabaciones se conservarán durante 30 días y sólo podrán consultarse por orden de una autoridad.

Los comerciantes pidieron que el sistema se amplíe a los barrios de Guadalupe y San Miguel, donde se ubican muchos talleres familiares. El Ayuntamiento informó que la segunda etapa se evaluará en el presupuesto del próximo año.

En temporada vacacional, la ciudad recibe cada fin de semana a miles de visitantes nacionales y extranjeros, por lo que la seguridad del centro histórico es clave para la economía de las familias taxqueñas.

*#TaxcoCrece* 🥈
[14/8/23, 10:32:40] Comunicación Social Taxco: ‎<adjunto: 00000214-PHOTO-2023-08-14-10-32-40.jpg>
[14/8/23, 10:32:41] Comunicación Social Taxco: ‎<adjunto: 00000215-PHOTO-2023-08-14-10-32-41.jpg>
"""
write_source('cg10.txt', cg10)
write_gold('cg10', family='press_release',
           title='INSTALAN 40 CÁMARAS DE VIGILANCIA EN LA ZONA DE PLATERÍAS DEL CENTRO HISTÓRICO',
           date='2023-08-14', source='H. AYUNTAMIENTO DE TAXCO DE ALARCÓN',
           bulletin_number='211', issuer='H. AYUNTAMIENTO DE TAXCO DE ALARCÓN',
           dateline_city='Taxco de Alarcón',
           body_first_words='El Gobierno Municipal concluyó la instalación de 40 cámaras',
           body_last_words='es clave para la economía de las familias taxqueñas.',
           boilerplate=['[14/8/23, 10:31:48] Comunicación Social Taxco:',
                        'Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        '[14/8/23, 10:32:05] Comunicación Social Taxco:',
                        'Dirección de Comunicación Social', 'Boletín 211',
                        'Taxco de Alarcón, Gro., 14 de agosto de 2023.-', '#TaxcoCrece',
                        '<adjunto: 00000214-PHOTO-2023-08-14-10-32-40.jpg>',
                        '<adjunto: 00000215-PHOTO-2023-08-14-10-32-41.jpg>'],
           must_keep=['Las cámaras están conectadas al centro de monitoreo de la policía municipal, que operará las 24 horas con personal capacitado.',
                      'El Ayuntamiento informó que la segunda etapa se evaluará en el presupuesto del próximo año.',
                      'explicó que las grabaciones se conservarán durante 30 días y sólo podrán consultarse por orden de una autoridad.'])
