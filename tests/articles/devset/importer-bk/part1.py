#!/usr/bin/env python3
"""importer-bk, files 01-10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bk01 wire (newspaper, early-2000s CMS, classic-Mac CR)
bk01 = """El Centinela del Golfo :: Edición en Internet
Sección: Región
Lunes, 6 de octubre de 2003

DRAGAN LA BARRA DE LA LAGUNA DE SAN ANDRÉS PARA REABRIR EL PASO A PESCADORES

Por: Ramiro Castañeda Olvera
Aldama, Tamps.

Una draga contratada por el gobierno del estado comenzó el fin de semana a retirar la arena que desde julio mantenía cerrada la barra de la laguna de San Andrés, en el municipio de Aldama, lo que impedía la salida al mar de unas 300 lanchas de pescadores ribereños.

De acuerdo con los representantes de las cooperativas de la zona, el cierre de la barra provocó que el agua de la laguna se calentara y perdiera salinidad, y que la captura de camarón cayera a menos de la mitad de lo que se obtenía en una temporada normal.

Macario Zúñiga Pérez, presidente de una de las once cooperativas que trabajan en la laguna, dijo que los socios llevaban tres meses viviendo de préstamos. "Ya no había ni para la gasolina de la lancha; muchos compañeros se fueron a trabajar de albañiles a Altamira", contó.

Los trabajos tendrán un costo aproximado de 2.8 millones de pesos y durarán alrededor de cinco semanas, según informó el residente de la obra. La draga abrirá un canal de 60 metros de ancho y tres de profundidad, y la arena se depositará en la playa para reforzar la duna.

Los pescadores pidieron que la apertura se haga cada año antes de la temporada de nortes, porque cuando la barra se cierra de manera natural la laguna tarda meses en recuperarse.

[ Imprimir esta nota ]  [ Enviar a un amigo ]  [ Comentarios (0) ]

Copyright © 2003 El Centinela del Golfo. Todos los derechos reservados. Prohibida su reproducción total o parcial sin autorización por escrito.
"""
write_source('bk01.txt', bk01, enc='cp1252', eol='cr')
write_gold('bk01', family='wire',
           title='DRAGAN LA BARRA DE LA LAGUNA DE SAN ANDRÉS PARA REABRIR EL PASO A PESCADORES',
           date='2003-10-06', bylines=['Ramiro Castañeda Olvera'],
           source='El Centinela del Golfo', section='Región',
           body_first_words='Una draga contratada por el gobierno del estado comenzó el fin de semana',
           body_last_words='la laguna tarda meses en recuperarse.',
           boilerplate=['El Centinela del Golfo :: Edición en Internet', 'Sección: Región',
                        'Lunes, 6 de octubre de 2003', 'Por: Ramiro Castañeda Olvera', 'Aldama, Tamps.',
                        '[ Imprimir esta nota ]', '[ Enviar a un amigo ]', '[ Comentarios (0) ]',
                        'Copyright © 2003 El Centinela del Golfo. Todos los derechos reservados.',
                        'Prohibida su reproducción total o parcial sin autorización por escrito.'],
           must_keep=['"Ya no había ni para la gasolina de la lancha; muchos compañeros se fueron a trabajar de albañiles a Altamira", contó.',
                      'La draga abrirá un canal de 60 metros de ancho y tres de profundidad, y la arena se depositará en la playa para reforzar la duna.',
                      'Macario Zúñiga Pérez, presidente de una de las once cooperativas que trabajan en la laguna, dijo que los socios llevaban tres meses viviendo de préstamos.'])

# ---------------------------------------------------------------- bk02 press (state news agency, 2007)
bk02 = """GOBIERNO DEL ESTADO DE TAMAULIPAS
AGENCIA TAMAULIPECA DE INFORMACIÓN
Dirección de Boletines

BOLETÍN No. 1452

Cd. Victoria, Tam., 19 de marzo de 2007.

Inicia vacunación de ganado contra la garrapata en 14 municipios del centro del estado

Con la aplicación de baños garrapaticidas en corrales de manejo de los municipios de Victoria, Güémez, Llera, Casas y Padilla, arrancó este lunes la campaña estatal de control de la garrapata, que en su primera etapa atenderá alrededor de 85 mil cabezas de ganado bovino en 14 municipios del centro de Tamaulipas.

El programa es operado por el comité estatal de fomento y protección pecuaria, con recursos del gobierno estatal y de la federación, y contempla además la entrega de 2 mil litros de producto a precio subsidiado para los pequeños productores que no cuentan con baño propio.

El subsecretario de Desarrollo Ganadero, Evaristo Montemayor Lucio, explicó que la infestación por garrapata provoca pérdidas de peso en los animales y baja producción de leche, además de transmitir enfermedades que pueden ser mortales para los becerros.

"Queremos que el ganado tamaulipeco mantenga su estatus sanitario para seguir exportando becerro en pie a los Estados Unidos; eso significa ingresos para miles de familias del campo", señaló durante el arranque en el ejido Laborcitas.

Los productores interesados deberán acudir a la asociación ganadera local de su municipio con su credencial de elector y su registro de fierro quemador. Las brigadas recorrerán los ranchos de acuerdo con un calendario que se publicará en las presidencias municipales.

La segunda etapa de la campaña, prevista para el mes de junio, incluirá a los municipios de la zona sur y del altiplano.

-=o0o=-

Atentamente
Dirección de Boletines
Tel. (834) 555 0118 y 555 0119
boletines@ati-tamaulipas.example.mx
"""
write_source('bk02.txt', bk02, enc='cp1252', eol='crlf')
write_gold('bk02', family='press_release',
           title='Inicia vacunación de ganado contra la garrapata en 14 municipios del centro del estado',
           date='2007-03-19', source='AGENCIA TAMAULIPECA DE INFORMACIÓN',
           bulletin_number='1452', issuer='AGENCIA TAMAULIPECA DE INFORMACIÓN',
           dateline_city='Cd. Victoria',
           body_first_words='Con la aplicación de baños garrapaticidas en corrales de manejo',
           body_last_words='incluirá a los municipios de la zona sur y del altiplano.',
           boilerplate=['GOBIERNO DEL ESTADO DE TAMAULIPAS', 'Dirección de Boletines', 'BOLETÍN No. 1452',
                        'Cd. Victoria, Tam., 19 de marzo de 2007.', '-=o0o=-', 'Atentamente',
                        'Tel. (834) 555 0118 y 555 0119', 'boletines@ati-tamaulipas.example.mx'],
           must_keep=['El subsecretario de Desarrollo Ganadero, Evaristo Montemayor Lucio, explicó que la infestación por garrapata provoca pérdidas de peso en los animales y baja producción de leche',
                      'Los productores interesados deberán acudir a la asociación ganadera local de su municipio con su credencial de elector y su registro de fierro quemador.',
                      'La segunda etapa de la campaña, prevista para el mes de junio, incluirá a los municipios de la zona sur y del altiplano.'])

# ---------------------------------------------------------------- bk03 jekyll (newspaper's WordPress era, jekyll-import wordpressdotcom)
bk03 = """---
layout: post
title: Vuelven las tortugas lora a la playa Miramar; contabilizan 212 nidos
date: 2013-07-02 07:45:12.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Destacadas
- Región
tags:
- Ciudad Madero
- playa Miramar
- tortuga lora
meta:
  _edit_last: '3'
  _thumbnail_id: '18234'
  _yoast_wpseo_metadesc: Voluntarios y biólogos vigilan el campamento tortuguero de Miramar.
  _wpas_done_all: '1'
author:
  login: lcantu
  email: lcantu@elcentinela.example.mx
  display_name: Lorena Cantú Saldívar
  first_name: Lorena
  last_name: Cantú Saldívar
permalink: "/2013/07/02/vuelven-las-tortugas-lora-a-la-playa-miramar/"
---
<p>Al menos 212 nidos de tortuga lora han sido protegidos esta temporada en el campamento tortuguero instalado en el extremo norte de la playa Miramar, en Ciudad Madero, la cifra más alta desde que el programa comenzó a operar hace nueve años.</p>
<p>Los biólogos responsables explicaron que las hembras comenzaron a llegar a finales de marzo y que el mayor número de arribos se registró en la segunda quincena de mayo, sobre todo en las madrugadas con viento del sur.<!--more--></p>
<p>Cada nido es trasladado a un corral de incubación cercado con malla, donde los huevos permanecen entre 45 y 55 días. Hasta el fin de semana se habían liberado más de 6&nbsp;mil crías, casi siempre al atardecer y frente a grupos de visitantes.</p>
<p><strong>Voluntarios, la clave</strong></p>
<p>El campamento funciona gracias a un grupo de 40 voluntarios, en su mayoría estudiantes de biología de universidades de Tampico y Ciudad Victoria, que se turnan para recorrer la playa durante la noche en cuatrimotos y a pie.</p>
<p>La coordinadora del grupo, Aída Rendón Cervantes, pidió a los bañistas no tocar a las tortugas ni a las crías y evitar el uso de lámparas en la playa después del anochecer. "La luz las desorienta y las crías terminan caminando hacia el bulevar en lugar de ir al mar", advirtió.</p>
<p>Las autoridades municipales informaron que mantendrán cerrado al tránsito vehicular el tramo de arena frente al campamento hasta el final de la temporada de anidación, en septiembre.</p>
"""
write_source('bk03.md', bk03)
write_gold('bk03', family='jekyll',
           title='Vuelven las tortugas lora a la playa Miramar; contabilizan 212 nidos',
           date='2013-07-02', bylines=['Lorena Cantú Saldívar'], source=None,
           section='Región', placement=['Destacadas'],
           body_first_words='Al menos 212 nidos de tortuga lora han sido protegidos esta temporada',
           body_last_words='hasta el final de la temporada de anidación, en septiembre.',
           boilerplate=['<!--more-->', 'lcantu@elcentinela.example.mx', '_thumbnail_id', 'Voluntarios y biólogos vigilan el campamento tortuguero de Miramar.'],
           must_keep=['Cada nido es trasladado a un corral de incubación cercado con malla, donde los huevos permanecen entre 45 y 55 días.',
                      '"La luz las desorienta y las crías terminan caminando hacia el bulevar en lugar de ir al mar", advirtió.',
                      'Los biólogos responsables explicaron que las hembras comenzaron a llegar a finales de marzo'])

# ---------------------------------------------------------------- bk04 wire (regional agency, teletype-style wire)
bk04 = """ZCZC
SIG0231 4 11-06-12 14:35
NL-SEQUIA/PRESAS
Presa El Cuchillo, al 38 por ciento; alistan tandeo en colonias de Monterrey
   Por Osvaldo Treviño Garza
   Corresponsal

   MONTERREY, NL, 11 Jun (SIGNO).- El almacenamiento de la presa El Cuchillo, principal fuente de abastecimiento superficial del área metropolitana de Monterrey, bajó este lunes a 38 por ciento de su capacidad, el nivel más bajo para un mes de junio en los últimos doce años, informaron autoridades hidráulicas del estado.

   Ante la falta de lluvias en la cuenca del río San Juan, el organismo operador del agua analiza aplicar a partir de julio un programa de reducción de presión nocturna en colonias de los municipios de Guadalupe, Apodaca y Escobedo, similar al que se utilizó durante la sequía de 1998.

   Un ingeniero del organismo, que pidió no ser identificado porque no está autorizado para hablar con medios, dijo que el plan contempla bajar la presión entre las 23:00 y las 5:00 horas y reforzar el abasto con pozos profundos del campo Mina y del acuífero de Buenos Aires.

   La presa Cerro Prieto, en el municipio de Linares, se encuentra al 21 por ciento, mientras que La Boca, en Santiago, apenas rebasa el 30 por ciento, según el reporte semanal de la Comisión Nacional del Agua.

   Productores agrícolas del distrito de riego de China y General Bravo advirtieron que, si no llueve antes de agosto, perderán el segundo ciclo de sorgo. "Estamos sembrando con el agua contada", dijo un representante de los usuarios.

   El Servicio Meteorológico Nacional prevé que la temporada de ciclones traiga lluvias a la región a partir de la segunda mitad del verano.

SIGNO OTG/MHR/0-41
11-06-12 14:35 CDT
NNNN
"""
write_source('bk04.txt', bk04, enc='cp1252', eol='crlf')
write_gold('bk04', family='wire',
           title='Presa El Cuchillo, al 38 por ciento; alistan tandeo en colonias de Monterrey',
           date='2012-06-11', bylines=['Osvaldo Treviño Garza'], source='SIGNO', section=None,
           body_first_words='El almacenamiento de la presa El Cuchillo, principal fuente',
           body_last_words='a partir de la segunda mitad del verano.',
           boilerplate=['ZCZC', 'SIG0231 4 11-06-12 14:35', 'NL-SEQUIA/PRESAS', 'MONTERREY, NL, 11 Jun (SIGNO).-',
                        'SIGNO OTG/MHR/0-41', '11-06-12 14:35 CDT', 'NNNN'],
           must_keep=['La presa Cerro Prieto, en el municipio de Linares, se encuentra al 21 por ciento, mientras que La Boca, en Santiago, apenas rebasa el 30 por ciento, según el reporte semanal de la Comisión Nacional del Agua.',
                      '"Estamos sembrando con el agua contada", dijo un representante de los usuarios.',
                      'similar al que se utilizó durante la sequía de 1998.'])

# ---------------------------------------------------------------- bk05 press (municipality, Outlook e-mail body)
bk05 = """De: Comunicación Social Madero <comsocial@madero.example.mx>
Enviado el: lunes, 7 de marzo de 2016 06:12 p. m.
Para: Redacción <redaccion@elcentinela.example.mx>; Noticias TVN <noticias@tvnoreste.example.mx>
Asunto: BOLETÍN 245 // Andador Miramar

H. AYUNTAMIENTO DE CIUDAD MADERO, TAMAULIPAS
DIRECCIÓN DE COMUNICACIÓN SOCIAL
BOLETÍN 245

Rehabilitarán 1.2 kilómetros del andador de la playa Miramar antes de Semana Santa

Ciudad Madero, Tamaulipas, 7 de marzo de 2016.- El Gobierno Municipal de Ciudad Madero inició la rehabilitación de 1.2 kilómetros del andador peatonal de la playa Miramar, que incluye la sustitución de losetas dañadas, la instalación de 90 luminarias nuevas y la construcción de tres módulos de regaderas y sanitarios públicos.

La obra tiene una inversión de 14.6 millones de pesos y deberá quedar concluida a más tardar el 18 de marzo, para recibir a los visitantes de la temporada vacacional de Semana Santa, cuando la playa llega a registrar más de 200 mil personas en un solo día.

El director de Obras Públicas, ingeniero Rogelio Salas Benavides, explicó que los trabajos se realizan por tramos para no cerrar por completo el acceso a la playa, y que el tránsito de vehículos en el bulevar costero se mantendrá en ambos sentidos.

Durante el recorrido de supervisión, la presidenta municipal pidió a los comerciantes de la zona de palapas mantener libres los pasillos de emergencia y respetar las áreas asignadas. "Queremos una playa ordenada, limpia y segura para las familias que nos visitan", expresó.

Como parte del operativo vacacional, el municipio instalará también cuatro torres de salvavidas adicionales y un módulo de atención al turista a la altura de la calle Tamaulipas.

—o—

Dirección de Comunicación Social
Tel. (833) 555 0142 ext. 210
www.madero.example.mx

________________________________
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información reservada. Si usted lo recibió por error, por favor notifique al remitente y elimínelo.
"""
write_source('bk05.txt', bk05, eol='crlf')
write_gold('bk05', family='press_release',
           title='Rehabilitarán 1.2 kilómetros del andador de la playa Miramar antes de Semana Santa',
           date='2016-03-07', source='H. AYUNTAMIENTO DE CIUDAD MADERO, TAMAULIPAS',
           bulletin_number='245', issuer='H. AYUNTAMIENTO DE CIUDAD MADERO, TAMAULIPAS',
           dateline_city='Ciudad Madero',
           body_first_words='El Gobierno Municipal de Ciudad Madero inició la rehabilitación',
           body_last_words='a la altura de la calle Tamaulipas.',
           boilerplate=['De: Comunicación Social Madero <comsocial@madero.example.mx>',
                        'Enviado el: lunes, 7 de marzo de 2016 06:12 p. m.',
                        'Asunto: BOLETÍN 245 // Andador Miramar', 'DIRECCIÓN DE COMUNICACIÓN SOCIAL',
                        'BOLETÍN 245', 'Ciudad Madero, Tamaulipas, 7 de marzo de 2016.-', '—o—',
                        'Tel. (833) 555 0142 ext. 210', 'www.madero.example.mx',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información reservada.'],
           must_keep=['La obra tiene una inversión de 14.6 millones de pesos y deberá quedar concluida a más tardar el 18 de marzo',
                      '"Queremos una playa ordenada, limpia y segura para las familias que nos visitan", expresó.',
                      'y que el tránsito de vehículos en el bulevar costero se mantendrá en ambos sentidos.'])

# ---------------------------------------------------------------- bk06 jekyll (university radio, Liquid include)
bk06 = """---
layout: programa
title: "Xantolo suena a violín y jarana: el programa especial desde Tempoal"
date: 2018-10-30 19:00:00 -0600
author: Itzel Hernández Reyna
category: cultura
tags: [Xantolo, huapango, Tempoal, Día de Muertos]
programa: Voces de la Huasteca
publisher: Frecuencia Huasteca 96.1 FM
audio: /audio/2018/voces-huasteca-xantolo.mp3
duracion: "58:12"
---
{% include audio.html archivo=page.audio titulo=page.title %}

Este martes, *Voces de la Huasteca* transmitió su emisión especial de Xantolo desde la plaza principal de Tempoal, en el norte de Veracruz, donde tres tríos huastecos y una danza de disfrazados acompañaron la instalación del arco de cempasúchil y palmilla que cada año marca el inicio de la celebración.

<!--more-->

Durante casi una hora, los músicos del trío Los Cantores del Tamiahua y del trío Sentimiento Huasteco interpretaron sones tradicionales como *El Caimán*, *La Petenera* y *El Querreque*, mientras vecinas del barrio de la Loma explicaron al micrófono cómo se prepara el zacahuil que se ofrece a los difuntos.

Doña Felícitas Olguín, de 81 años, contó que en su casa el altar se levanta el 30 de octubre y se desarma hasta el 30 de noviembre, cuando se despide a las almas con música. "Aquí no es un día, es un mes entero; los muertos vienen despacito", dijo entre risas.

El programa incluyó una conversación con el cronista municipal sobre el origen de las comparsas de viejos, que recorren las calles con máscaras de madera y ropa de mujer para burlarse de la muerte.

La grabación completa puede escucharse en esta página y en la sección de podcasts de la emisora. La próxima semana, *Voces de la Huasteca* viajará a Huejutla para transmitir desde el panteón municipal la noche del 1 de noviembre.
"""
write_source('bk06.md', bk06)
write_gold('bk06', family='jekyll',
           title='Xantolo suena a violín y jarana: el programa especial desde Tempoal',
           date='2018-10-30', bylines=['Itzel Hernández Reyna'], source='Frecuencia Huasteca 96.1 FM',
           section='cultura',
           body_first_words='Este martes, *Voces de la Huasteca* transmitió su emisión especial',
           body_last_words='desde el panteón municipal la noche del 1 de noviembre.',
           boilerplate=['{% include audio.html archivo=page.audio titulo=page.title %}', '<!--more-->'],
           must_keep=['"Aquí no es un día, es un mes entero; los muertos vienen despacito", dijo entre risas.',
                      'El programa incluyó una conversación con el cronista municipal sobre el origen de las comparsas de viejos',
                      'La grabación completa puede escucharse en esta página y en la sección de podcasts de la emisora.'])

# ---------------------------------------------------------------- bk07 generic (setext level-1 title, hard-wrapped text)
bk07 = """El zacahuil de los domingos en Tamazunchale
===========================================

En Tamazunchale el domingo empieza el sábado en la noche. Es entonces
cuando en los patios de las casas del barrio de San Rafael se encienden
los hornos de tierra donde se cuece el zacahuil, el tamal gigante de la
Huasteca que puede medir más de un metro y alimentar a cincuenta
personas.

La masa se prepara con maíz martajado, manteca y chile, y se extiende
sobre hojas de papatla que forman una especie de canoa verde. Encima se
acomodan trozos de cerdo o de guajolote, se cierra el envoltorio y se
amarra con tiras de la misma hoja. El horno se tapa con lámina y tierra,
y el tamal pasa toda la noche entre las brasas.

Las cocineras más viejas dicen que el secreto está en la leña: tiene que
ser de encino o de naranjo, porque otras maderas amargan la masa. También
dicen que no hay que abrir el horno antes de tiempo.
Cada familia defiende su propia receta con la seriedad de un asunto de
honor.

A las seis de la mañana ya hay fila afuera de las casas que venden por
kilo. Los compradores llegan con cazuelas, con ollas de peltre y con
recipientes de plástico, y se llevan el zacahuil envuelto en papel de
estraza para el almuerzo familiar.

En las últimas décadas el zacahuil salió de los patios y llegó a los
mercados de Ciudad Valles, de Tampico y hasta de Monterrey, donde los
migrantes huastecos lo buscan los fines de semana. Pero en Tamazunchale
sigue siendo, sobre todo, la comida de las fiestas, de los bautizos y de
los domingos sin prisa.
"""
write_source('bk07.md', bk07)
write_gold('bk07', family='generic',
           title='El zacahuil de los domingos en Tamazunchale',
           body_first_words='En Tamazunchale el domingo empieza el sábado en la noche.',
           body_last_words='los domingos sin prisa.',
           must_keep=['El horno se tapa con lámina y tierra,',
                      'dicen que no hay que abrir el horno antes de tiempo.',
                      'En Tamazunchale el domingo empieza el sábado en la noche. Es entonces'],
           boilerplate=['==========='])

# ---------------------------------------------------------------- bk08 bad (Word 97 binary saved as .txt)
doc = (b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00'
       + b'\x06\x00' + b'\x00' * 10 + b'\x01\x00\x00\x00' + b'\x00' * 8 + b'\x10\x00\x00\x02\x00\x00\x00\x01'
       + b'\xff' * 40 + b'\x00' * 64
       + 'R\x00o\x00o\x00t\x00 \x00E\x00n\x00t\x00r\x00y\x00'.encode('latin-1')
       + b'\x00' * 40 + 'W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00'.encode('latin-1')
       + b'\x00' * 32 + b'\xec\xa5\xc1\x00\x07\x80\x19\x04\x00\x00\xf0\x12\xbf\x00\x00\x00\x00\x00'
       + b'BOLET\xcdN 112 Comunicaci\xf3n Social' + b'\x00\x0d\x00' * 6 + b'\x8a\x9b\xfe\x01\x02' * 30
       + b'Microsoft Word 97-2003\x00\x00MSWordDoc\x00Word.Document.8\x00' + b'\x00' * 50)
write_source('bk08.txt', raw=doc)
write_gold('bk08', family='bad',
           refusal_reason='El archivo es un documento binario de Word 97-2003 (.doc) guardado con extensión .txt; no es texto legible.')

# ---------------------------------------------------------------- bk09 wire (regional TV station web note, 2019)
bk09 = """# Cierran la avenida Constitución por crecida del río Santa Catarina | VIDEO

**Monterrey** | Noticias TV Noreste | 23 de junio de 2019, 21:47

Reportero: Gerardo Elizondo Leal · Imagen: Nicolás Barrera Solís

▶️ Reproducir video (2:14)

La avenida Constitución permanece cerrada desde la tarde de este domingo en ambos sentidos, entre el puente del Papa y la avenida Gonzalitos, luego de que la crecida del río Santa Catarina cubriera los carriles inferiores por las lluvias que dejó una tormenta sobre la Sierra Madre.

Elementos de Protección Civil de Nuevo León retiraron a seis personas que se encontraban en el lecho del río, entre ellas dos comerciantes que trataban de rescatar mercancía de un tianguis instalado en la zona de canchas. No se reportaron personas lesionadas.

De acuerdo con el reporte de las autoridades, en algunos puntos de la zona metropolitana se acumularon más de 80 milímetros de lluvia en apenas tres horas. Los municipios de Santa Catarina, San Pedro Garza García y Monterrey reportaron encharcamientos severos y árboles caídos.

Nuestro equipo recorrió la avenida Morones Prieto, donde automovilistas quedaron varados por más de una hora. "Salí del trabajo a las cinco y son casi las nueve y no he avanzado ni dos kilómetros", dijo a TV Noreste un conductor que intentaba llegar a Guadalupe.

Las autoridades pidieron a la población no cruzar vados ni arroyos y mantenerse atenta a los avisos oficiales, pues se espera que las lluvias continúen durante la madrugada del lunes.

*Mira el reportaje completo en **Noticias TV Noreste Edición Nocturna**, de lunes a viernes a las 22:30 por el canal 12.1.*

Etiquetas: #RíoSantaCatarina #Lluvias #Monterrey
"""
write_source('bk09.md', bk09)
write_gold('bk09', family='wire',
           title='Cierran la avenida Constitución por crecida del río Santa Catarina',
           date='2019-06-23', bylines=['Gerardo Elizondo Leal'], source='Noticias TV Noreste',
           section='Monterrey',
           body_first_words='La avenida Constitución permanece cerrada desde la tarde de este domingo',
           body_last_words='durante la madrugada del lunes.',
           boilerplate=['| VIDEO', 'Imagen: Nicolás Barrera Solís', 'Reproducir video (2:14)',
                        'Mira el reportaje completo en', 'de lunes a viernes a las 22:30 por el canal 12.1.',
                        'Etiquetas: #RíoSantaCatarina #Lluvias #Monterrey'],
           must_keep=['No se reportaron personas lesionadas.',
                      '"Salí del trabajo a las cinco y son casi las nueve y no he avanzado ni dos kilómetros", dijo a TV Noreste un conductor que intentaba llegar a Guadalupe.',
                      'Los municipios de Santa Catarina, San Pedro Garza García y Monterrey reportaron encharcamientos severos y árboles caídos.'])

# ---------------------------------------------------------------- bk10 press (municipality, Word saved as UTF-8 text with BOM)
PUA = '\uf0b7'
bk10 = """H. AYUNTAMIENTO DE CIUDAD VALLES, S.L.P.
ADMINISTRACIÓN 2018-2021
COORDINACIÓN DE COMUNICACIÓN SOCIAL

Comunicado CS/0318/2019

Arranca programa de bacheo nocturno en 12 colonias de Ciudad Valles

Ciudad Valles, S.L.P., a 22 de agosto de 2019.- Con cuadrillas que trabajarán de las 21:00 a las 5:00 horas para no afectar el tránsito, el Ayuntamiento de Ciudad Valles arrancó un programa de bacheo nocturno que en su primera etapa atenderá las calles más dañadas por las lluvias de julio.

El director de Obras Públicas municipales, arquitecto Saúl Ponce Martell, informó que se aplicarán alrededor de 3 mil 400 metros cuadrados de carpeta asfáltica en estas colonias:

\tCentro
\tRotarias
\tObrera
\tHidalgo
\tSanta Lucía
\tMirador

Las otras seis colonias de la primera etapa se darán a conocer la próxima semana, una vez que concluya el levantamiento de daños que realizan los supervisores en la zona oriente de la ciudad.

El funcionario explicó que el trabajo nocturno permite que la mezcla asfáltica se compacte sin el paso constante de vehículos y que los comercios del centro no pierdan clientes durante el día. "Es más caro por el alumbrado y las horas extra, pero el bache dura mucho más", dijo.

La ciudadanía puede reportar baches en la línea de atención 481 555 0170 o en las oficinas de Obras Públicas, ubicadas en la planta baja del Palacio Municipal, de lunes a viernes en horario de oficina.

-----0-----

Coordinación de Comunicación Social
Tel. 481 555 0102
Síguenos: Facebook /VallesGobiernoEj   Twitter @VallesGobEj
""".replace('\t', PUA + '\t')
write_source('bk10.txt', bk10, eol='crlf', bom=True)
write_gold('bk10', family='press_release',
           title='Arranca programa de bacheo nocturno en 12 colonias de Ciudad Valles',
           date='2019-08-22', source='H. AYUNTAMIENTO DE CIUDAD VALLES, S.L.P.',
           bulletin_number='CS/0318/2019', issuer='H. AYUNTAMIENTO DE CIUDAD VALLES, S.L.P.',
           dateline_city='Ciudad Valles',
           body_first_words='Con cuadrillas que trabajarán de las 21:00 a las 5:00 horas',
           body_last_words='de lunes a viernes en horario de oficina.',
           boilerplate=['ADMINISTRACIÓN 2018-2021', 'COORDINACIÓN DE COMUNICACIÓN SOCIAL',
                        'Comunicado CS/0318/2019', 'Ciudad Valles, S.L.P., a 22 de agosto de 2019.-',
                        '-----0-----', 'Tel. 481 555 0102',
                        'Síguenos: Facebook /VallesGobiernoEj   Twitter @VallesGobEj'],
           must_keep=['"Es más caro por el alumbrado y las horas extra, pero el bache dura mucho más", dijo.',
                      'La ciudadanía puede reportar baches en la línea de atención 481 555 0170',
                      'Las otras seis colonias de la primera etapa se darán a conocer la próxima semana'])
