#!/usr/bin/env python3
"""importer-bp, files 21-30."""
from common import write_source, write_gold, wrap, NBSP, to_bytes

# ---------------------------------------------------------------- bp21 jekyll (sports site, Mazatlán) folded title, related list, sponsor
bp21 = """---
layout: post
title: >-
  La liga infantil de béisbol de Mazatlán estrena estadio
  en Urías tras dos años de obra
date: 2025-10-04 19:10:00 -0700
author: Staff Marea Deportiva
category: Béisbol
tags: [liga infantil, Urías, estadio]
site_title: Marea Deportiva
---

Después de dos años de obra y de varias temporadas jugando en campos prestados, la liga infantil y juvenil de béisbol de Mazatlán inauguró este sábado su nuevo estadio en la colonia Urías, con capacidad para 1{n}500 aficionados y alumbrado para juegos nocturnos.

El inmueble cuenta con un diamante de pasto natural, dos campos de práctica, jaulas de bateo techadas y vestidores para los equipos visitantes. La construcción costó 38 millones de pesos, aportados por el gobierno del estado, el municipio y un patronato formado por padres de familia y exjugadores.

En la ceremonia de inauguración desfilaron 64 equipos de todas las categorías, desde la pañalitos hasta la juvenil. El primer lanzamiento lo hizo Ismael Tirado Loaiza, de 82 años, fundador de la liga en 1971.

“Hace cincuenta años jugábamos en un terreno lleno de piedras junto a las vías del tren; ver esto me hace llorar”, dijo el veterano ante los jugadores y sus familias.

La liga tiene registrados a más de 1{n}100 niños y jóvenes, y cada año envía jugadores a los campeonatos nacionales. La directiva anunció que el estadio también se prestará a las escuelas de la zona durante las mañanas.

*Patrocinado por Mariscos El Faro del Puerto: el sabor de Mazatlán desde 1988.*

**Notas relacionadas**

* [Mazatlán será sede del nacional infantil de béisbol](/2025/09/20/nacional-infantil/)
* [Reabren la unidad deportiva del puerto tras el huracán](/2025/08/11/unidad-deportiva/)
""".replace('{n}', NBSP)
write_source('bp21.md', bp21)
write_gold('bp21', family='jekyll',
           title='La liga infantil de béisbol de Mazatlán estrena estadio en Urías tras dos años de obra',
           date='2025-10-04', bylines=[], source='Marea Deportiva', section='Béisbol',
           body_first_words='Después de dos años de obra y de varias temporadas jugando en campos prestados',
           body_last_words='el estadio también se prestará a las escuelas de la zona durante las mañanas.',
           boilerplate=['Patrocinado por Mariscos El Faro del Puerto: el sabor de Mazatlán desde 1988.',
                        'Notas relacionadas',
                        'Mazatlán será sede del nacional infantil de béisbol',
                        'Reabren la unidad deportiva del puerto tras el huracán'],
           must_keep=['La construcción costó 38 millones de pesos, aportados por el gobierno del estado, el municipio y un patronato formado por padres de familia y exjugadores.',
                      'El primer lanzamiento lo hizo Ismael Tirado Loaiza, de 82 años, fundador de la liga en 1971.',
                      '“Hace cincuenta años jugábamos en un terreno lleno de piedras junto a las vías del tren; ver esto me hace llorar”, dijo el veterano'])

# ---------------------------------------------------------------- bp22 wire (mining-region weekly, Son.) headline inside a table (Google Docs story sheet)
# The newsroom's "ficha de nota" template exported from Google Docs as Markdown: the headline
# is the "Cabeza" row; "Balazo" (kicker) and "Sumario" (dek) rows; escaped end marker.
bp22 = """| Cobre y Sierra (semanario) — ficha de nota |  |
| :---- | :---- |
| **Sección** | Minería |
| **Balazo** | Nacozari de García |
| **Cabeza** | Mineros de Nacozari cumplen un mes en paro por el reparto de utilidades |
| **Sumario** | La sección sindical exige que se revise el cálculo de la PTU; la empresa dice que pagó conforme a la ley |
| **Reportero** | Jesús Amavizca Noriega |
| **Edición** | Núm. 1042, 24 de abril de 2021 |

Los trabajadores de la mina de cobre de Nacozari de García cumplieron este viernes un mes en paro, sin que la empresa y la sección sindical hayan llegado a un acuerdo sobre el reparto de utilidades correspondiente a 2020.

Los mineros aseguran que la cantidad que recibió cada trabajador, de alrededor de 9 mil pesos en promedio, no corresponde a las ganancias que la compañía reportó a sus accionistas en un año de precios altos del cobre. La empresa sostiene que el cálculo se hizo con base en la declaración fiscal y que cumplió con la ley.

Alrededor de 1{n}300 trabajadores mantienen guardias en las tres entradas del tajo. Las familias se turnan para llevar comida y café, y los comercios del pueblo han organizado colectas para apoyar a los huelguistas.

“Aquí nadie quiere parar la mina; lo que queremos es que nos paguen lo justo”, dijo Jorge Luis Moreno, operador de camión con 17 años de antigüedad.

La Secretaría del Trabajo estatal convocó a las partes a una nueva mesa de diálogo en Hermosillo el próximo martes. Mientras tanto, los proveedores locales de refacciones y de transporte de personal ya resienten la falta de pedidos.

Comerciantes de la cabecera municipal calculan que sus ventas han bajado a la mitad desde que comenzó el paro.

**Pie de foto:** Mineros en guardia en el acceso principal del tajo. (Foto: Jesús Amavizca)

\\-\\-\\- FIN DE NOTA \\-\\-\\-
""".replace('{n}', NBSP)
write_source('bp22.md', bp22)
write_gold('bp22', family='wire',
           title='Mineros de Nacozari cumplen un mes en paro por el reparto de utilidades',
           date='2021-04-24', bylines=['Jesús Amavizca Noriega'], source='Cobre y Sierra',
           section='Minería',
           body_first_words='Los trabajadores de la mina de cobre de Nacozari de García cumplieron',
           body_last_words='sus ventas han bajado a la mitad desde que comenzó el paro.',
           boilerplate=['Cobre y Sierra (semanario) — ficha de nota', '| **Balazo** | Nacozari de García |',
                        '| **Sumario** | La sección sindical exige que se revise el cálculo de la PTU; la empresa dice que pagó conforme a la ley |',
                        '| **Edición** | Núm. 1042, 24 de abril de 2021 |',
                        'Pie de foto:', 'Mineros en guardia en el acceso principal del tajo. (Foto: Jesús Amavizca)',
                        '\\-\\-\\- FIN DE NOTA \\-\\-\\-'],
           must_keep=['La empresa sostiene que el cálculo se hizo con base en la declaración fiscal y que cumplió con la ley.',
                      'Las familias se turnan para llevar comida y café, y los comercios del pueblo han organizado colectas para apoyar a los huelguistas.',
                      '“Aquí nadie quiere parar la mina; lo que queremos es que nos paguen lo justo”, dijo Jorge Luis Moreno'],
           photo_credit='Jesús Amavizca')

# ---------------------------------------------------------------- bp23 press (municipality, Hermosillo) copied from the municipal web page
# Site header, breadcrumb with the truncated headline, a meta line with bulletin number and a
# WordPress-style date, image gallery captions and share buttons after the end marker.
bp23 = """H. Ayuntamiento de Hermosillo
Gobierno Municipal 2021-2024

Inicio / Sala de prensa / Boletines / Entregan rehabilitación del parque La Sauceda…

Boletín 0931 | 23 septiembre, 2021 | Categoría: Obras públicas

Entregan rehabilitación del parque La Sauceda con nuevas áreas de sombra

Hermosillo, Sonora, 23 de septiembre de 2021.- El Ayuntamiento de Hermosillo entregó la primera etapa de la rehabilitación del parque La Sauceda, que incluye 1{n}200 metros de andadores nuevos, 18 estructuras de sombra, juegos infantiles y un sistema de riego por goteo para los árboles nativos.

La obra tuvo una inversión de 14 millones de pesos y se realizó en coordinación con vecinos de las colonias cercanas, quienes participaron en la elección de los árboles y del diseño de las áreas de juego. Se plantaron 320 mezquites, paloverdes y palofierros, especies que resisten el calor y necesitan poca agua.

El director de Parques y Jardines, Omar Villaescusa Rivera, explicó que los andadores se construyeron con concreto permeable para que el agua de lluvia se filtre al subsuelo. “Queremos que la gente pueda venir a caminar en verano sin que el parque se convierta en un comal”, dijo.

En la segunda etapa, que comenzará en noviembre, se rehabilitarán la ciclovía que rodea el vaso de la presa y los baños públicos. El parque abrirá de las cinco de la mañana a las diez de la noche.

El Ayuntamiento invitó a la ciudadanía a cuidar las nuevas instalaciones y a reportar cualquier daño a la línea 072.

-oOo-

Galería de imágenes
Foto 1 de 3: Andadores nuevos del parque La Sauceda.
Foto 2 de 3: Estructuras de sombra junto a los juegos infantiles.
Foto 3 de 3: Vecinos durante la plantación de mezquites.

Compartir: Facebook | Twitter | WhatsApp
Etiquetas: parques, obras públicas, La Sauceda
""".replace('{n}', NBSP)
write_source('bp23.md', bp23)
write_gold('bp23', family='press_release',
           title='Entregan rehabilitación del parque La Sauceda con nuevas áreas de sombra',
           date='2021-09-23', source='H. Ayuntamiento de Hermosillo',
           bulletin_number='0931', issuer='H. Ayuntamiento de Hermosillo',
           dateline_city='Hermosillo',
           body_first_words='El Ayuntamiento de Hermosillo entregó la primera etapa de la rehabilitación',
           body_last_words='a reportar cualquier daño a la línea 072.',
           boilerplate=['Gobierno Municipal 2021-2024',
                        'Inicio / Sala de prensa / Boletines / Entregan rehabilitación del parque La Sauceda…',
                        'Boletín 0931 | 23 septiembre, 2021 | Categoría: Obras públicas',
                        'Hermosillo, Sonora, 23 de septiembre de 2021.-', '-oOo-',
                        'Galería de imágenes',
                        'Foto 1 de 3: Andadores nuevos del parque La Sauceda.',
                        'Foto 2 de 3: Estructuras de sombra junto a los juegos infantiles.',
                        'Foto 3 de 3: Vecinos durante la plantación de mezquites.',
                        'Compartir: Facebook | Twitter | WhatsApp',
                        'Etiquetas: parques, obras públicas, La Sauceda'],
           must_keep=['Se plantaron 320 mezquites, paloverdes y palofierros, especies que resisten el calor y necesitan poca agua.',
                      '“Queremos que la gente pueda venir a caminar en verano sin que el parque se convierta en un comal”, dijo.',
                      'El parque abrirá de las cinco de la mañana a las diez de la noche.'])

# ---------------------------------------------------------------- bp24 generic (WordPerfect for Macintosh text export, Dgo., 1997) Mac Roman, CR
bp24 = wrap("""                 Los cines de la avenida 20 de Noviembre

~Hubo un tiempo en que la avenida 20 de Noviembre de la ciudad de Durango tenía más butacas que bancas. Entre la Plaza de Armas y la calzada, en apenas unas cuadras, funcionaban el cine Imperio, el Alameda y el Colonial, y los domingos las filas para la función de matiné se juntaban en la banqueta.

~El Imperio era el más elegante: tenía cortinas de terciopelo rojo, un candil que según los acomodadores venía de Francia y un palco que sólo se abría para las autoridades. El Alameda, en cambio, era el cine de los estudiantes, con funciones dobles a precio de una y un dulcero que fiaba a los clientes de confianza.

~En los años sesenta y setenta, cuando las compañías de Hollywood filmaban películas del oeste en los alrededores de la ciudad, los duranguenses iban al cine a buscarse entre los extras. Todavía hay quien cuenta que reconoció a su padre montado a caballo detrás de un actor famoso.

~La llegada de la televisión y, después, de las videocaseteras fue vaciando las salas. El Colonial cerró en 1982 y su edificio se convirtió en una mueblería. El Imperio resistió unos años más con funciones de películas de ficheras, hasta que el dueño vendió el terreno.

~Hoy sólo queda la fachada del Alameda, con las letras del nombre a medio borrar. Los vecinos de la avenida proponen que el ayuntamiento la rescate y la convierta en una sala para el cine club de la universidad, para que los muchachos conozcan lo que fue ir al cine en Durango.
""", width=65, indent='\t')
write_source('bp24.txt', bp24, enc='mac_roman', eol='cr')
write_gold('bp24', family='generic',
           title='Los cines de la avenida 20 de Noviembre',
           body_first_words='Hubo un tiempo en que la avenida 20 de Noviembre de la ciudad de Durango',
           body_last_words='para que los muchachos conozcan lo que fue ir al cine en Durango.',
           must_keep=['El Imperio era el más elegante: tenía cortinas de terciopelo rojo, un candil que según los acomodadores venía de Francia y un palco que sólo se abría para las autoridades.',
                      'El Colonial cerró en 1982 y su edificio se convirtió en una mueblería.',
                      'Todavía hay quien cuenta que reconoció a su padre montado a caballo detrás de un actor famoso.'])

# ---------------------------------------------------------------- bp25 jekyll (Sierra weekly, Dgo., 1998, migrated from print) HTML body, editor's note
bp25 = """---
layout: post
title: "Comunidades tepehuanas del Mezquital terminan a mano una brecha de 104 kilómetros"
date: 1998-06-10 00:00:00 -0600
author: "Por Celestino Flores Soto / Corresponsal"
categories: [Sierra]
site_name: Ecos del Mezquital
---
<p><em>Nota del editor: Este texto fue recuperado del archivo impreso en 2012; se corrigió la ortografía de algunos nombres de lugar.</em></p>

<p>Después de cuatro años de trabajo con pico, pala y barras, habitantes de siete comunidades tepehuanas del municipio de Mezquital terminaron una brecha de 104 kilómetros que une a sus pueblos con la carretera a la capital del estado.</p>

<p>Antes de la brecha, los enfermos tenían que ser trasladados en camilla o a lomo de mula durante dos días para llegar a un centro de salud. Ahora una camioneta puede hacer el recorrido en unas seis horas, siempre que no llueva.</p>

<p>El trabajo se organizó por faenas: cada familia aportó cuatro días de trabajo al mes, y las autoridades tradicionales llevaban la cuenta en un cuaderno. El gobierno del estado prestó un compresor y dinamita para los tramos de roca más duros.</p>

<p>"Nadie nos iba a hacer el camino, así que lo hicimos nosotros", dijo el gobernador tradicional de una de las comunidades durante la fiesta con la que se celebró la apertura, en la que hubo mitote, música de violín y reparto de carne.</p>

<p>Los maestros de las escuelas albergue de la zona esperan que la brecha permita que lleguen a tiempo los desayunos escolares y los libros de texto, que antes se quedaban meses en la cabecera municipal.</p>

<p>Las comunidades pidieron a la Secretaría de Comunicaciones y Transportes que revise el trazo y construya alcantarillas antes de la temporada de lluvias.</p>
"""
write_source('bp25.md', bp25)
write_gold('bp25', family='jekyll',
           title='Comunidades tepehuanas del Mezquital terminan a mano una brecha de 104 kilómetros',
           date='1998-06-10', bylines=['Celestino Flores Soto'], source='Ecos del Mezquital',
           section='Sierra',
           body_first_words='Después de cuatro años de trabajo con pico, pala y barras',
           body_last_words='construya alcantarillas antes de la temporada de lluvias.',
           boilerplate=['Nota del editor: Este texto fue recuperado del archivo impreso en 2012; se corrigió la ortografía de algunos nombres de lugar.'],
           must_keep=['Ahora una camioneta puede hacer el recorrido en unas seis horas, siempre que no llueva.',
                      '"Nadie nos iba a hacer el camino, así que lo hicimos nosotros", dijo el gobernador tradicional de una de las comunidades',
                      'El gobierno del estado prestó un compresor y dinamita para los tramos de roca más duros.'])

# ---------------------------------------------------------------- bp26 wire (agency correspondent, Mazatlán, 2013) corrected dispatch, UTF-16 BE
bp26 = """APP-0291 CORREGIDA
Sustituye a APP-0288. Corrige la cifra de visitantes en el tercer párrafo.

TURISMO

Carnaval de Mazatlán espera derrama de 600 millones de pesos

Por Rosario Zatarain Osuna, corresponsal
Agencia Periodística del Pacífico

MAZATLÁN, Sin., 2 de febrero de 2013 (APP).- Hoteleros, restauranteros y autoridades de Mazatlán esperan que el Carnaval Internacional, que comienza el próximo jueves, deje en el puerto una derrama económica de alrededor de 600 millones de pesos, la más alta de los últimos cinco años.

La ocupación hotelera para los seis días de fiesta ya supera el 85 por ciento, y en los hoteles de la Zona Dorada prácticamente no quedan habitaciones para el fin de semana, informó la asociación local de hoteles.

Las autoridades calculan que durante el carnaval llegarán al puerto unos 450 mil visitantes, la mayoría de Sinaloa, Durango, Chihuahua y Jalisco. Por la nueva autopista a Durango, inaugurada a finales del año pasado, se espera un aumento de turistas del norte del país.

El director del instituto municipal de cultura, Héctor Osuna Gaxiola, dijo que el desfile principal recorrerá nueve kilómetros del malecón y que este año participarán 30 carros alegóricos. “El carnaval es la fiesta de la gente de Mazatlán, pero también es el mejor escaparate que tenemos para el turismo”, afirmó.

La Secretaría de Seguridad Pública estatal anunció que mil 200 policías vigilarán la zona del malecón y los accesos a la ciudad. También se instalarán módulos de atención a turistas y puestos de socorro a lo largo del recorrido.

APP/RZO/kl
"""
write_source('bp26.txt', bp26, enc='utf-16-be', eol='crlf', bom=True)
write_gold('bp26', family='wire',
           title='Carnaval de Mazatlán espera derrama de 600 millones de pesos',
           date='2013-02-02', bylines=['Rosario Zatarain Osuna'],
           source='Agencia Periodística del Pacífico', section='TURISMO',
           body_first_words='Hoteleros, restauranteros y autoridades de Mazatlán esperan',
           body_last_words='puestos de socorro a lo largo del recorrido.',
           boilerplate=['APP-0291 CORREGIDA',
                        'Sustituye a APP-0288. Corrige la cifra de visitantes en el tercer párrafo.',
                        'MAZATLÁN, Sin., 2 de febrero de 2013 (APP).-', 'APP/RZO/kl'],
           must_keep=['Las autoridades calculan que durante el carnaval llegarán al puerto unos 450 mil visitantes, la mayoría de Sinaloa, Durango, Chihuahua y Jalisco.',
                      '“El carnaval es la fiesta de la gente de Mazatlán, pero también es el mejor escaparate que tenemos para el turismo”, afirmó.',
                      'También se instalarán módulos de atención a turistas y puestos de socorro a lo largo del recorrido.'])

# ---------------------------------------------------------------- bp27 press (state ministry, Chih., 2003) Lotus Notes memo export
bp27 = """"Comunicacion Social SDR" <csocial@sdr-chih.example.mx>
14/08/2003 11:22 a.m.

         Para:    "Mesa de Redaccion" <redaccion@diario-chih.example.mx>
         cc:
         Asunto:  Comunicado 0187/03



SECRETARÍA DE DESARROLLO RURAL DEL ESTADO DE CHIHUAHUA
COMUNICADO 0187/03

ENTREGAN 900 TONELADAS DE FORRAJE A GANADEROS DE LA SIERRA TARAHUMARA

Chihuahua, Chih., 14 de agosto de 2003.- La Secretaría de Desarrollo Rural del Gobierno del Estado inició la entrega de 900 toneladas de forraje y suplemento alimenticio para el ganado a productores de ocho municipios de la Sierra Tarahumara, donde la falta de lluvias ha dejado sin pastos los agostaderos.

El apoyo se distribuye a través de las asociaciones ganaderas locales de Guachochi, Balleza, Carichí, Nonoava, Bocoyna, Guadalupe y Calvo, Morelos y Batopilas, y beneficiará a cerca de 2 mil 400 pequeños productores, la mayoría con menos de veinte cabezas de ganado.

Cada productor recibirá pacas de avena y sacos de suplemento de acuerdo con el número de animales registrados en el padrón ganadero. El costo del forraje será cubierto en un 70 por ciento por el gobierno estatal y el resto por los propios ganaderos.

El secretario de Desarrollo Rural, ingeniero Cruz Armendáriz Loya, explicó que en algunas zonas de la sierra las lluvias de julio fueron menos de la mitad de lo normal. "Lo que buscamos es que los productores no tengan que malbaratar sus vacas de cría", dijo.

La dependencia también rehabilitará 45 abrevaderos y bordos en las comunidades más afectadas, con maquinaria del gobierno del estado y mano de obra de los propios ejidatarios.

---000---


*********************************************************************
Este mensaje fue revisado por el sistema antivirus del Gobierno del
Estado. La información contenida es responsabilidad de su remitente.
*********************************************************************
"""
write_source('bp27.txt', bp27, enc='cp1252', eol='crlf')
write_gold('bp27', family='press_release',
           title='ENTREGAN 900 TONELADAS DE FORRAJE A GANADEROS DE LA SIERRA TARAHUMARA',
           date='2003-08-14', source='SECRETARÍA DE DESARROLLO RURAL DEL ESTADO DE CHIHUAHUA',
           bulletin_number='0187/03', issuer='SECRETARÍA DE DESARROLLO RURAL DEL ESTADO DE CHIHUAHUA',
           dateline_city='Chihuahua',
           body_first_words='La Secretaría de Desarrollo Rural del Gobierno del Estado inició la entrega',
           body_last_words='mano de obra de los propios ejidatarios.',
           boilerplate=['"Comunicacion Social SDR" <csocial@sdr-chih.example.mx>',
                        '14/08/2003 11:22 a.m.',
                        'Para: "Mesa de Redaccion" <redaccion@diario-chih.example.mx>',
                        'Asunto: Comunicado 0187/03', 'COMUNICADO 0187/03',
                        'Chihuahua, Chih., 14 de agosto de 2003.-', '---000---',
                        'Este mensaje fue revisado por el sistema antivirus del Gobierno del Estado.',
                        'La información contenida es responsabilidad de su remitente.'],
           must_keep=['El costo del forraje será cubierto en un 70 por ciento por el gobierno estatal y el resto por los propios ganaderos.',
                      '"Lo que buscamos es que los productores no tengan que malbaratar sus vacas de cría", dijo.',
                      'y beneficiará a cerca de 2 mil 400 pequeños productores, la mayoría con menos de veinte cabezas de ganado.'])

# ---------------------------------------------------------------- bp28 jekyll (digital daily, Cd. Obregón, 2026) BOM + CRLF, Spanish keys incl. kicker and dek
bp28 = """---
titulo: "Productores del Valle del Yaqui reducen 30% la siembra de trigo por la sequía"
antetitulo: Valle del Yaqui
sumario: "Las presas del sistema del río Yaqui apenas guardan agua para un riego de auxilio; los productores apuestan por cultivos de ciclo corto"
fecha: "2026-01-15 07:00:00 -0700"
autor: Dulce María Ayala Valenzuela
seccion: Campo
diario: El Tábano de Cajeme
etiquetas: [trigo, sequía, Cajeme, presas]
---

Los productores del Valle del Yaqui sembraron en este ciclo otoño-invierno alrededor de 140 mil hectáreas de trigo, 30 por ciento menos que el año pasado, debido a que las presas del sistema del río Yaqui no tienen agua suficiente para garantizar los riegos de todo el ciclo.

El distrito de riego autorizó un solo riego de presiembra y uno de auxilio, cuando el trigo necesita normalmente cuatro. Muchos agricultores decidieron dejar parte de sus tierras en descanso o sembrar cártamo y garbanzo, que requieren menos agua.

> 📲 ¿Ya sigues a El Tábano en WhatsApp? Únete a nuestro canal y recibe las noticias de Cajeme en tu celular.

“Con un riego de auxilio el trigo se da, pero el rendimiento baja a la mitad; hay que hacer muchas cuentas antes de meterle dinero”, explicó Raúl Esquer Valenzuela, productor del block 910.

Las organizaciones de productores calculan que la menor superficie sembrada dejará sin trabajo temporal a cientos de jornaleros y afectará a los talleres de maquinaria y a las empresas de fertilizantes de Ciudad Obregón.

Los agricultores pidieron a los gobiernos federal y estatal un programa de apoyo por hectárea no sembrada, como el que se aplicó en ciclos anteriores, y que se agilice la modernización de los canales para reducir las pérdidas de agua por filtración.

**PUBLICIDAD** · Agroservicios del Yaqui: semilla certificada de cártamo y garbanzo. Pregunta por crédito a la palabra.

¿Tienes una denuncia? Escríbenos al WhatsApp 644 555 0127.
"""
write_source('bp28.md', bp28, eol='crlf', bom=True)
write_gold('bp28', family='jekyll',
           title='Productores del Valle del Yaqui reducen 30% la siembra de trigo por la sequía',
           date='2026-01-15', bylines=['Dulce María Ayala Valenzuela'], source='El Tábano de Cajeme',
           section='Campo',
           body_first_words='Los productores del Valle del Yaqui sembraron en este ciclo otoño-invierno',
           body_last_words='reducir las pérdidas de agua por filtración.',
           boilerplate=['¿Ya sigues a El Tábano en WhatsApp? Únete a nuestro canal y recibe las noticias de Cajeme en tu celular.',
                        'PUBLICIDAD',
                        'Agroservicios del Yaqui: semilla certificada de cártamo y garbanzo. Pregunta por crédito a la palabra.',
                        '¿Tienes una denuncia? Escríbenos al WhatsApp 644 555 0127.'],
           must_keep=['El distrito de riego autorizó un solo riego de presiembra y uno de auxilio, cuando el trigo necesita normalmente cuatro.',
                      '“Con un riego de auxilio el trigo se da, pero el rendimiento baja a la mitad; hay que hacer muchas cuentas antes de meterle dinero”, explicó Raúl Esquer Valenzuela',
                      'Muchos agricultores decidieron dejar parte de sus tierras en descanso o sembrar cártamo y garbanzo, que requieren menos agua.'])

# ---------------------------------------------------------------- bp29 generic (Google Docs "Plain text" export) comment anchors and comments at the end
bp29 = """La carne asada de los domingos

En Hermosillo el domingo no empieza con la misa sino con el humo. A las once de la mañana ya hay asadores encendidos en las cocheras de media ciudad, y en las carnicerías de los barrios la fila para comprar arrachera, costilla y tripitas sale hasta la calle.

La costumbre viene de los ranchos ganaderos de la sierra, donde la carne se asaba a la leña de mezquite al aire libre. Cuando las familias se mudaron a la ciudad se trajeron el asador y la manera de prenderlo: primero el carbón o la leña, luego la paciencia.[a]

Cada familia tiene sus reglas. Hay quien sólo pone sal de grano a la carne y quien la deja una noche en limón y cerveza. Hay discusiones que duran generaciones sobre si la tortilla de harina debe calentarse en el asador o en el comal, y sobre quién tiene derecho a agarrar las pinzas.[b]

Alrededor del asador se arreglan negocios, se anuncian noviazgos y se cuentan las mismas historias de siempre. Los niños corren entre las sillas de plástico y los tíos vigilan la hielera.

Para quienes se fueron a vivir a otra ciudad o al otro lado de la frontera, la carne asada es lo primero que se extraña. Muchos regresan en vacaciones y lo primero que piden es un domingo completo, con frijoles maneados, salsa de chiltepín y sobremesa hasta que oscurece.

[a]¿Confirmamos lo del mezquite con alguien de la Unión Ganadera? —Édgar
[b]Me encanta este párrafo, no lo cortes. —Lucía
"""
write_source('bp29.txt', bp29, eol='crlf', bom=True)
write_gold('bp29', family='generic',
           title='La carne asada de los domingos',
           body_first_words='En Hermosillo el domingo no empieza con la misa sino con el humo.',
           body_last_words='salsa de chiltepín y sobremesa hasta que oscurece.',
           boilerplate=['[a]', '[b]',
                        '¿Confirmamos lo del mezquite con alguien de la Unión Ganadera? —Édgar',
                        'Me encanta este párrafo, no lo cortes. —Lucía'],
           must_keep=['La costumbre viene de los ranchos ganaderos de la sierra, donde la carne se asaba a la leña de mezquite al aire libre.',
                      'Hay quien sólo pone sal de grano a la carne y quien la deja una noche en limón y cerveza.',
                      'Los niños corren entre las sillas de plástico y los tíos vigilan la hielera.'])

# ---------------------------------------------------------------- bp30 bad (front matter whose body is only a "more" marker)
bp30 = """---
layout: post
title: "Galería: así se vivió la cabalgata de la Feria de Parral"
date: 2018-07-22 10:00:00 -0600
categories: [Galerías]
author: Redacción Parral Hoy
---

<!--more-->

"""
write_source('bp30.md', bp30)
write_gold('bp30', family='bad',
           refusal_reason='El archivo sólo tiene encabezado (front matter) y un marcador <!--more-->; no tiene cuerpo de texto.')
