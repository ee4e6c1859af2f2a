#!/usr/bin/env python3
"""importer-bx, files 01-10."""
from common import write_source, write_gold, NBSP, ZWSP, SHY

# ---------------------------------------------------------------- bx01 wire (national agency, web page paste, Yuc.)
bx01 = """Inicio › Medio ambiente › Sargazo llega a la costa de Yucatán en cantidades…

Sargazo llega a la costa de Yucatán{z} en cantidades nunca vistas

Agencia Informativa Mexicana del Sur | Por Marisol Canché Dzul | 22 de junio de 2019, 13:42

Foto: AIMS / Archivo

PROGRESO, Yuc. (AIMS).— Pescadores y prestadores de servicios turísticos de Progreso, Telchac Puerto y Dzilam de Bravo reportaron esta semana la llegada de sargazo a las playas del litoral yucateco, un fenómeno que hasta ahora se había concentrado en el Caribe mexicano.

Las primeras manchas de la macroalga aparecieron el lunes frente al malecón de Progreso y para el jueves ya cubrían varios tramos de playa entre Chicxulub Puerto y Uaymitún. Aunque el volumen es mucho menor que el que se registra en Quintana Roo, los pescadores dijeron que nunca habían visto tanto sargazo en esta costa. Lee también: Pescadores de Celestún piden ampliar la zona de refugio del mero Investigadores del Cinvestav en Mérida tomaron muestras para determinar su origen.

La investigadora Adriana Poot Sansores explicó que las corrientes del canal de Yucatán pudieron arrastrar la macroalga hacia el norte de la península. “No es motivo de alarma todavía, pero sí de vigilancia: si se acumula y se descompone en la orilla puede afectar a los pastos marinos y a las crías de peces”, advirtió.{n}

El ayuntamiento de Progreso organizó brigadas de limpieza con trabajadores municipales y voluntarios, que el miércoles retiraron alrededor de 14{n}toneladas en dos kilómetros de playa. Las autoridades pidieron a los bañistas no enterrar el sargazo en la arena, porque al descomponerse libera ácido sulfhídrico.

Los restauranteros del malecón temen que la presencia de la macroalga afecte la temporada de verano, cuando miles de familias de Mérida se trasladan a la costa. Por ahora, dijeron, la afluencia no ha disminuido.

AIMS/MCD/rfp

Etiquetas: sargazo · Progreso · costa yucateca
""".replace('{z}', ZWSP).replace('{n}', NBSP)
write_source('bx01.md', bx01)
write_gold('bx01', family='wire',
           title='Sargazo llega a la costa de Yucatán en cantidades nunca vistas',
           date='2019-06-22', bylines=['Marisol Canché Dzul'],
           source='Agencia Informativa Mexicana del Sur', section='Medio ambiente',
           body_first_words='Pescadores y prestadores de servicios turísticos de Progreso',
           body_last_words='Por ahora, dijeron, la afluencia no ha disminuido.',
           boilerplate=['Inicio › Medio ambiente › Sargazo llega a la costa de Yucatán en cantidades…',
                        'Foto: AIMS / Archivo', 'PROGRESO, Yuc. (AIMS).—',
                        'Lee también: Pescadores de Celestún piden ampliar la zona de refugio del mero',
                        'AIMS/MCD/rfp', 'Etiquetas: sargazo · Progreso · costa yucateca'],
           must_keep=['Aunque el volumen es mucho menor que el que se registra en Quintana Roo, los pescadores dijeron que nunca habían visto tanto sargazo en esta costa.',
                      'Investigadores del Cinvestav en Mérida tomaron muestras para determinar su origen.',
                      'Las autoridades pidieron a los bañistas no enterrar el sargazo en la arena, porque al descomponerse libera ácido sulfhídrico.'],
           photo_credit='AIMS / Archivo')

# ---------------------------------------------------------------- bx02 press (state transparency institute, portal page paste, Yuc.)
bx02 = """Saltar al contenido principal
Inicio / Sala de prensa / Comunicados 2023
Instituto Estatal de Transparencia, Acceso a la Información Pública y Protección de Datos Personales
Comunicado INAIP/CS/045/2023

Mérida, Yucatán, a 3 de mayo de 2023.

Solicitudes de información a los ayuntamientos yucatecos crecen 40 por ciento en el primer trimestre

Durante el primer trimestre de 2023, los 106 ayuntamientos de Yucatán recibieron 4 mil 312 solicitudes de acceso a la información pública, 40 por ciento más que en el mismo periodo del año anterior, informó el Instituto Estatal de Transparencia, Acceso a la Información Pública y Protección de Datos Personales (INAIP).

De acuerdo con el informe presentado ante el Pleno, la mayor parte de las solicitudes se refirió a obra pública, nómina y uso de recursos del Fondo de Aportaciones para la Infraestructura Social. Mérida, Kanasín, Valladolid, Tizimín y Umán concentraron más de la mitad de las peticiones.

El comisionado presidente, Gerardo Chan Ek, señaló que el aumento se explica en parte por las jornadas de capacitación que el Instituto realizó en comisarías y escuelas durante 2022. “Cada vez más personas saben que pueden preguntar a su ayuntamiento en qué se gasta el dinero y que tienen derecho a una respuesta”, dijo.

El informe también advierte que 23 municipios respondieron fuera del plazo legal de diez días hábiles en al menos una ocasión, y que en 61 casos los solicitantes presentaron recursos de revisión por considerar incompleta la respuesta.

El INAIP recordó que las solicitudes pueden presentarse en la Plataforma Nacional de Transparencia, por correo electrónico o de manera presencial, incluso en lengua maya, y que el servicio es gratuito. Para el segundo semestre, el organismo prevé visitar 30 municipios del oriente y del sur del estado para capacitar a los titulares de las unidades de transparencia.

-o0o-

Descargar comunicado (PDF, 182 KB)    Imprimir    Compartir
Unidad de Comunicación Social
Tel. 999 555 0418 | comunicacion@inaip-yuc.example.mx
Última actualización: 04/05/2023 10:12
"""
write_source('bx02.txt', bx02, eol='crlf', bom=True)
ISS02 = 'Instituto Estatal de Transparencia, Acceso a la Información Pública y Protección de Datos Personales'
write_gold('bx02', family='press_release',
           title='Solicitudes de información a los ayuntamientos yucatecos crecen 40 por ciento en el primer trimestre',
           date='2023-05-03', source=ISS02, bulletin_number='INAIP/CS/045/2023', issuer=ISS02,
           dateline_city='Mérida',
           body_first_words='Durante el primer trimestre de 2023, los 106 ayuntamientos de Yucatán',
           body_last_words='capacitar a los titulares de las unidades de transparencia.',
           boilerplate=['Saltar al contenido principal', 'Inicio / Sala de prensa / Comunicados 2023',
                        'Comunicado INAIP/CS/045/2023', 'Mérida, Yucatán, a 3 de mayo de 2023.', '-o0o-',
                        'Descargar comunicado (PDF, 182 KB)', 'Unidad de Comunicación Social',
                        'Tel. 999 555 0418 | comunicacion@inaip-yuc.example.mx',
                        'Última actualización: 04/05/2023 10:12'],
           must_keep=['Mérida, Kanasín, Valladolid, Tizimín y Umán concentraron más de la mitad de las peticiones.',
                      '“Cada vez más personas saben que pueden preguntar a su ayuntamiento en qué se gasta el dinero y que tienen derecho a una respuesta”, dijo.',
                      'Para el segundo semestre, el organismo prevé visitar 30 municipios del oriente y del sur del estado para capacitar a los titulares de las unidades de transparencia.'])

# ---------------------------------------------------------------- bx03 jekyll (community radio, WordPress via jekyll-import)
bx03 = """---
layout: post
title: Asamblea de Xocén acuerda cuidar los cenotes del ejido
date: 2014-05-03 18:22:41.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Noticias
- Portada
tags:
- cenotes
- Xocén
- maaya t'aan
meta:
  _edit_last: '2'
  _thumbnail_id: '318'
  _wp_old_slug: asamblea-xocen
author:
  login: xkaambal
  email: xkaambal@radiokaambal.example.mx
  display_name: Silvia Tuz Pech
  first_name: Silvia
  last_name: Tuz Pech
---
[caption id="attachment_318" align="aligncenter" width="600"]<a href="http://radiokaambal.example.mx/wp-content/uploads/2014/05/asamblea.jpg"><img class="size-large wp-image-318" src="http://radiokaambal.example.mx/wp-content/uploads/2014/05/asamblea-600x400.jpg" alt="asamblea ejidal" width="600" height="400" /></a> Foto: Radio Kaambal[/caption]

La asamblea ejidal de Xocén, comisaría de Valladolid, acordó el domingo pasado prohibir que se tire basura y que se laven vehículos cerca de los siete cenotes que hay en las tierras del ejido, luego de que en la temporada de secas el agua de dos de ellos cambió de color y de olor.

En la reunión, que se hizo en maya y duró casi cuatro horas, los ejidatarios recordaron que los <em>ts'ono'ot</em> (cenotes) no son sólo fuentes de <em>ja'</em> (agua): también son lugares sagrados, donde se hacen ceremonias como el <em>ch'a' cháak</em>, la petición de lluvia antes de sembrar la milpa.

<strong>"Cuando yo era niño tomábamos el agua directo del cenote; ahora mis nietos ya no se pueden meter"</strong>, contó don Eusebio Kauil Noh, comisario ejidal, quien propuso el acuerdo.

El reglamento aprobado establece una multa de 500 pesos para quien deje basura en los accesos y una fajina de limpieza el primer domingo de cada mes, en la que deberá participar al menos una persona de cada familia. Los jóvenes de la comunidad se encargarán de pintar letreros en maya y en español.

Estudiantes de la Universidad de Oriente se comprometieron a tomar muestras de agua cada tres meses para saber si la contaminación viene de la basura, de los fertilizantes que se usan en las parcelas o de las fosas sépticas de las casas más cercanas.

La asamblea se transmitió en vivo por nuestra frecuencia, y varias comunidades vecinas llamaron a la cabina para pedir copia del reglamento.

<strong>Escucha Radio Kaambal en el 104.7 FM y en radiokaambal.example.mx</strong>
"""
write_source('bx03.md', bx03)
write_gold('bx03', family='jekyll',
           title='Asamblea de Xocén acuerda cuidar los cenotes del ejido',
           date='2014-05-03', bylines=['Silvia Tuz Pech'], section='Noticias', placement=['Portada'],
           body_first_words='La asamblea ejidal de Xocén, comisaría de Valladolid',
           body_last_words='llamaron a la cabina para pedir copia del reglamento.',
           boilerplate=['Foto: Radio Kaambal', 'Escucha Radio Kaambal en el 104.7 FM y en radiokaambal.example.mx'],
           must_keep=['La asamblea se transmitió en vivo por nuestra frecuencia, y varias comunidades vecinas llamaron a la cabina para pedir copia del reglamento.',
                      'Los jóvenes de la comunidad se encargarán de pintar letreros en maya y en español.',
                      'contó don Eusebio Kauil Noh, comisario ejidal, quien propuso el acuerdo.'],
           photo_credit='Radio Kaambal')

# ---------------------------------------------------------------- bx04 wire (national agency teletype, Chis.)
bx04 = """ZCZC
NMA0457 3 0347
CHIS-CAFE-ROYA
Noticias Mexicanas Asociadas (NMA)

Roya del cafeto amenaza la cosecha de pequeños productores del Soconusco

Por Rodrigo Euán Ceballos
Corresponsal

   TAPACHULA, Chis., 14 de agosto de 2013 (NMA).- Productores de café de los municipios de la sierra del Soconusco estiman que la roya, un hongo que seca las hojas del cafeto, afectará este año al menos la mitad de la cosecha en las parcelas de menos de cinco hectáreas, donde se produce la mayor parte del grano de la región.

   En comunidades de Unión Juárez, Cacahoatán y Motozintla, las plantas lucen sin hojas desde hace varias semanas. Los productores aseguran que la enfermedad avanzó más rápido que en otros años por las lluvias constantes y las temperaturas altas de la primavera.

   Amadeo Roblero Velázquez, presidente de una cooperativa de 380 socios en Unión Juárez, dijo que muchas familias ya no tienen recursos para comprar fungicidas ni para renovar los cafetales con variedades resistentes. "Si no llega el apoyo antes de la cosecha, mucha gente se va a ir a trabajar al otro lado", advirtió.

   Técnicos de la delegación de la Secretaría de Agricultura en Chiapas recorrieron la zona la semana pasada y levantaron un censo de las parcelas afectadas. Según sus datos preliminares, la roya está presente en 68 mil hectáreas del estado.

   Las organizaciones cafetaleras pidieron que el programa de renovación de cafetales se adelante y que las plantas se entreguen directamente a los productores, sin intermediarios. También solicitaron créditos a la palabra para cubrir los gastos de la próxima cosecha, que comienza en octubre.

   Chiapas es el principal productor de café del país, y en el Soconusco la actividad sostiene a más de 20 mil familias.

NMA/REC/jlp
(FIN)
14-08-13 18:22
NNNN
"""
write_source('bx04.txt', bx04, eol='crlf')
write_gold('bx04', family='wire',
           title='Roya del cafeto amenaza la cosecha de pequeños productores del Soconusco',
           date='2013-08-14', bylines=['Rodrigo Euán Ceballos'],
           source='Noticias Mexicanas Asociadas',
           body_first_words='Productores de café de los municipios de la sierra del Soconusco',
           body_last_words='sostiene a más de 20 mil familias.',
           boilerplate=['ZCZC', 'NMA0457 3 0347', 'CHIS-CAFE-ROYA',
                        'TAPACHULA, Chis., 14 de agosto de 2013 (NMA).-', 'NMA/REC/jlp', '(FIN)',
                        '14-08-13 18:22', 'NNNN'],
           must_keep=['Los productores aseguran que la enfermedad avanzó más rápido que en otros años por las lluvias constantes y las temperaturas altas de la primavera.',
                      '"Si no llega el apoyo antes de la cosecha, mucha gente se va a ir a trabajar al otro lado", advirtió.',
                      'Según sus datos preliminares, la roya está presente en 68 mil hectáreas del estado.'])

# ---------------------------------------------------------------- bx05 press (municipality, forwarded e-mail, Yuc.)
bx05 = """---------- Forwarded message ---------
De: Comunicación Social Valladolid <comsocial@valladolid-yuc.example.mx>
Date: mar, 14 mar 2017 a las 13:05
Subject: BOLETIN 112 / Valladolid inaugura mercado de artesanías
To: <redaccion@peninsulaaldia.example.mx>


AYUNTAMIENTO DE VALLADOLID, YUCATÁN 2015-2018
Dirección de Comunicación Social
Boletín 112

Valladolid inaugura mercado de artesanías frente al ex convento de San Bernardino

Valladolid, Yucatán, 14 de marzo de 2017.- Con 46 locales para artesanas y artesanos de las comisarías del municipio, el Ayuntamiento de Valladolid inauguró este martes el nuevo mercado de artesanías ubicado en la calzada de los Frailes, frente al ex convento de San Bernardino de Siena.

La obra, que tuvo una inversión de 9.8 millones de pesos, cuenta con sanitarios, un área de comida regional, estacionamiento para autobuses turísticos y una bodega común donde los productores podrán guardar su mercancía por las noches.

Los locales se asignaron mediante sorteo entre 112 solicitantes registrados en el padrón municipal de artesanos. Tendrán preferencia quienes elaboran sus productos en el municipio, como los bordados de hipil de Ebtún, las hamacas de Tixhualactún y las piezas de madera tallada de Xocén.

Durante la inauguración, la artesana Guadalupe Poot Canul agradeció que ya no tendrán que vender en la banqueta. “Antes nos quitaban de la calle y perdíamos la venta del día; ahora los turistas van a saber dónde encontrarnos”, dijo.

El presidente municipal anunció que el mercado abrirá todos los días de 9:00 a 20:00 horas y que los fines de semana habrá demostraciones de urdido de hamaca y de bordado a mano para los visitantes.

-oOo-

Atentamente
Lic. Jorge Ucán Balam
Director de Comunicación Social
Tel. 985 555 0712 | Cel. 985 555 0190
Facebook: Ayuntamiento de Valladolid Ej

Enviado desde mi iPhone
"""
write_source('bx05.txt', bx05, enc='cp1252', eol='crlf')
ISS05 = 'AYUNTAMIENTO DE VALLADOLID, YUCATÁN 2015-2018'
write_gold('bx05', family='press_release',
           title='Valladolid inaugura mercado de artesanías frente al ex convento de San Bernardino',
           date='2017-03-14', source=ISS05, bulletin_number='112', issuer=ISS05,
           dateline_city='Valladolid',
           body_first_words='Con 46 locales para artesanas y artesanos de las comisarías',
           body_last_words='de bordado a mano para los visitantes.',
           boilerplate=['---------- Forwarded message ---------',
                        'De: Comunicación Social Valladolid <comsocial@valladolid-yuc.example.mx>',
                        'Date: mar, 14 mar 2017 a las 13:05',
                        'Subject: BOLETIN 112 / Valladolid inaugura mercado de artesanías',
                        'To: <redaccion@peninsulaaldia.example.mx>',
                        'Dirección de Comunicación Social', 'Boletín 112',
                        'Valladolid, Yucatán, 14 de marzo de 2017.-', '-oOo-', 'Atentamente',
                        'Lic. Jorge Ucán Balam', 'Tel. 985 555 0712 | Cel. 985 555 0190',
                        'Facebook: Ayuntamiento de Valladolid Ej', 'Enviado desde mi iPhone'],
           must_keep=['La obra, que tuvo una inversión de 9.8 millones de pesos, cuenta con sanitarios, un área de comida regional, estacionamiento para autobuses turísticos y una bodega común donde los productores podrán guardar su mercancía por las noches.',
                      'Los locales se asignaron mediante sorteo entre 112 solicitantes registrados en el padrón municipal de artesanos.',
                      '“Antes nos quitaban de la calle y perdíamos la venta del día; ahora los turistas van a saber dónde encontrarnos”, dijo.'])

# ---------------------------------------------------------------- bx06 generic (correspondent's labelled note to the desk, Chis.)
bx06 = """NOTA PARA: Mesa de edición
DE: Corresponsalía Palenque
TÍTULO: Ejidatarios de Palenque abren un sendero para observar monos saraguatos
POR: Alberto Cruz Gómez
FECHA: 09/07/2021
FOTOS: 4 (van en la carpeta compartida)
TEXTO:

Un grupo de 23 familias del ejido El Naranjo, a unos 15 kilómetros de la cabecera municipal de Palenque, abrió un sendero de tres kilómetros en la selva para que los visitantes puedan observar a los monos saraguatos sin perturbarlos.

El recorrido comienza a las seis de la mañana, cuando los monos aulladores están más activos y sus gritos se escuchan a varios kilómetros. Los guías, todos jóvenes del ejido, piden a los visitantes caminar en silencio, no llevar comida y mantenerse al menos a veinte metros de los árboles donde descansan las tropas.

La idea surgió hace dos años, cuando la asamblea ejidal decidió dejar de rentar parte de sus tierras para potreros. "Nos dimos cuenta de que el monte vale más de pie que tumbado", dijo Rosendo Álvarez Arcos, uno de los fundadores del proyecto.

Con apoyo de biólogos de una organización civil de Palenque, los guías aprendieron a identificar aves, plantas medicinales y huellas de animales. También instalaron letreros en español y en ch'ol, la lengua que se habla en la comunidad.

El ejido cobra 150 pesos por persona e incluye el desayuno, que preparan las mujeres de la cooperativa con productos de sus traspatios. Hasta ahora los visitantes llegan sobre todo por recomendación de los hoteles de la zona arqueológica, pero los ejidatarios esperan que el sendero se incluya pronto en los recorridos de las agencias.

NOTA INTERNA: nombres y cifras confirmados con el comisariado; el biólogo pidió no ser citado.
"""
write_source('bx06.txt', bx06)
write_gold('bx06', family='generic',
           title='Ejidatarios de Palenque abren un sendero para observar monos saraguatos',
           date='2021-07-09', bylines=['Alberto Cruz Gómez'],
           body_first_words='Un grupo de 23 familias del ejido El Naranjo',
           body_last_words='se incluya pronto en los recorridos de las agencias.',
           boilerplate=['NOTA PARA: Mesa de edición', 'DE: Corresponsalía Palenque',
                        'FOTOS: 4 (van en la carpeta compartida)',
                        'NOTA INTERNA: nombres y cifras confirmados con el comisariado; el biólogo pidió no ser citado.'],
           must_keep=['"Nos dimos cuenta de que el monte vale más de pie que tumbado", dijo Rosendo Álvarez Arcos, uno de los fundadores del proyecto.',
                      'También instalaron letreros en español y en ch\'ol, la lengua que se habla en la comunidad.',
                      'El ejido cobra 150 pesos por persona e incluye el desayuno, que preparan las mujeres de la cooperativa con productos de sus traspatios.'])

# ---------------------------------------------------------------- bx07 wire (national daily web page with UI chrome, Tab.)
bx07 = """Crónica Nacional
Menú    Buscar    Suscríbete
ESTADOS
Inundaciones en la Chontalpa dejan 12 mil damnificados en Tabasco
Por Karla Hernández Ocaña | Corresponsal
Villahermosa, Tab. · 5 de noviembre de 2020 · 21:47
Escuchar esta nota
Tiempo de lectura: 3 minutos
Compartir en Facebook
Compartir en X
Compartir en WhatsApp
Familias de Nacajuca son evacuadas en lancha en la ranchería Tucta. Foto: Iván Ruiz Sarao / Crónica Nacional
La crecida de los ríos Samaria, Carrizal y González mantiene bajo el agua a decenas de comunidades de los municipios de Nacajuca, Centro, Jalpa de Méndez y Cunduacán, donde hasta la noche de este jueves se contabilizaban alrededor de 12{n}mil personas damnificadas, según el reporte de Protección Civil estatal.   
En la ranchería Tucta, en Nacajuca, las familias salieron de sus casas en lanchas de pescadores y en cayucos, con lo poco que pudieron cargar. Muchas se negaron a ir a los albergues por temor a que les roben sus pertenencias y prefirieron quedarse en los techos o en la orilla de la carretera. Te puede interesar | Pemex suspende trabajos en pozos del municipio de Cárdenas por las lluvias Los pobladores aseguran que el agua subió más de un metro en menos de un día.
El gobierno del estado habilitó 64 albergues en escuelas y centros comunitarios. Elementos del Ejército y de la Marina apoyan en la evacuación y en la entrega de despensas, agua embotellada y colchonetas.
Adela Jiménez de la Cruz, quien vive con sus cuatro hijos en la ranchería Guatacalca, dijo que es la tercera vez en una década que pierde todo. “Ya sabemos cómo es esto; lo que no sabemos es cuándo vamos a poder regresar”, contó desde un albergue en Villahermosa.
La Comisión Nacional del Agua informó que continúan las lluvias en la parte alta de la cuenca, en Chiapas, por lo que el nivel de los ríos podría mantenerse elevado durante varios días. Las autoridades pidieron a la población de las zonas bajas atender los avisos de evacuación.
Comentarios (14)
Los más leídos
Mérida amplía horario del transporte público nocturno
Campeche reporta saldo blanco en el Carnaval
© 2020 Crónica Nacional. Todos los derechos reservados.
""".replace('{n}', NBSP)
write_source('bx07.md', bx07)
write_gold('bx07', family='wire',
           title='Inundaciones en la Chontalpa dejan 12 mil damnificados en Tabasco',
           date='2020-11-05', bylines=['Karla Hernández Ocaña'], source='Crónica Nacional',
           section='ESTADOS',
           body_first_words='La crecida de los ríos Samaria, Carrizal y González',
           body_last_words='atender los avisos de evacuación.',
           boilerplate=['Menú    Buscar    Suscríbete', 'Escuchar esta nota', 'Tiempo de lectura: 3 minutos',
                        'Compartir en Facebook', 'Compartir en X', 'Compartir en WhatsApp',
                        'Familias de Nacajuca son evacuadas en lancha en la ranchería Tucta. Foto: Iván Ruiz Sarao / Crónica Nacional',
                        'Te puede interesar | Pemex suspende trabajos en pozos del municipio de Cárdenas por las lluvias',
                        'Comentarios (14)', 'Los más leídos', 'Mérida amplía horario del transporte público nocturno',
                        'Campeche reporta saldo blanco en el Carnaval',
                        '© 2020 Crónica Nacional. Todos los derechos reservados.'],
           must_keep=['Muchas se negaron a ir a los albergues por temor a que les roben sus pertenencias y prefirieron quedarse en los techos o en la orilla de la carretera.',
                      'Los pobladores aseguran que el agua subió más de un metro en menos de un día.',
                      '“Ya sabemos cómo es esto; lo que no sabemos es cuándo vamos a poder regresar”, contó desde un albergue en Villahermosa.'],
           photo_credit='Iván Ruiz Sarao / Crónica Nacional')

# ---------------------------------------------------------------- bx08 jekyll (Tsotsil community radio, Joomla export)
bx08 = """---
titulo: "Parteras de Chenalhó se reúnen para compartir saberes"
alias: parteras-de-chenalho-se-reunen
fecha: 23/04/2019
autor: Rosa Méndez Gómez
categorias: [Portada, Comunidad]
sitio: Radio Jteklum
hits: 312
idioma: es-MX
---
<p>Más de sesenta parteras tradicionales —<em>jvetometik</em>, como se les llama en tsotsil— de Chenalhó, Chalchihuitán, Pantelhó y San Andrés Larráinzar se reunieron el fin de semana en la cabecera municipal de Chenalhó para compartir sus conocimientos sobre el cuidado de las mujeres embarazadas y de los recién nacidos.</p>
<hr id="system-readmore" />
<p>El encuentro se realizó en <em>batsʼi kʼop</em> (la “lengua verdadera”, como llaman al tsotsil sus hablantes) y en español, con traducción para las parteras tseltales que llegaron de comunidades vecinas. Durante dos días hablaron de plantas medicinales, de masajes para acomodar al bebé y de las señales de alarma que obligan a llevar a una mujer a la clínica.</p>
<p>Doña Pascuala Pérez Hernández, que ha atendido partos durante más de cuarenta años, dijo que las jóvenes ya casi no quieren aprender el oficio. “Antes la partera era respetada en toda la comunidad; ahora nos piden papeles y credenciales para poder trabajar”, contó a Radio Jteklum.</p>
<p>Las organizadoras, integrantes de una asociación de mujeres de Los Altos, explicaron que uno de los objetivos es que el personal de salud reconozca el trabajo de las parteras y que las clínicas respeten las costumbres de las familias, como enterrar el ombligo del recién nacido o recibir al bebé en posición vertical.</p>
<p>Al final del encuentro, las participantes acordaron formar una red para avisarse por radio cuando una mujer necesite traslado urgente a San Cristóbal de Las Casas. El próximo encuentro será en octubre, en Chalchihuitán.</p>
"""
write_source('bx08.md', bx08)
write_gold('bx08', family='jekyll',
           title='Parteras de Chenalhó se reúnen para compartir saberes',
           date='2019-04-23', bylines=['Rosa Méndez Gómez'], source='Radio Jteklum',
           section='Comunidad', placement=['Portada'],
           body_first_words='Más de sesenta parteras tradicionales',
           body_last_words='El próximo encuentro será en octubre, en Chalchihuitán.',
           must_keep=['Durante dos días hablaron de plantas medicinales, de masajes para acomodar al bebé y de las señales de alarma que obligan a llevar a una mujer a la clínica.',
                      '“Antes la partera era respetada en toda la comunidad; ahora nos piden papeles y credenciales para poder trabajar”, contó a Radio Jteklum.',
                      'Las organizadoras, integrantes de una asociación de mujeres de Los Altos, explicaron que uno de los objetivos es que el personal de salud reconozca el trabajo de las parteras'])

# ---------------------------------------------------------------- bx09 press (state secretariat, PDF-to-text, Camp.)
bx09 = """                         GOBIERNO DEL ESTADO DE CAMPECHE
                       SECRETARÍA DE PESCA Y ACUACULTURA
            “2024, Año de la Pesca Responsable en el Golfo de México”

                                                   Boletín SEPESCA/CS/088/2024
                        San Francisco de Campeche, Camp., a 19 de julio de 2024

          ENTREGAN 120 MOTORES FUERA DE BORDA A PESCADORES RIBEREÑOS

La Secretaría de Pesca y Acuacultura (SEPESCA) entregó este viernes 120 motores
fuera de borda a pescadores ribereños de Champotón, Seybaplaya, Isla Arena y Sabancuy,
como parte del programa estatal de modernización de la flota menor, con una
inversión de 21 millones de pesos.

Los equipos sustituyen a motores de más de quince años de antigüedad que consumen
hasta 40 por ciento más combustible. Cada pescador aportó la tercera parte del costo
y el resto fue cubierto con recursos estatales.

El titular de la dependencia, biólogo Efraín Chablé Huchín, explicó que los benefi-
ciarios fueron seleccionados entre los pescadores que cuentan con permiso vigente
y que entregaron sus reportes de captura durante los dos últimos años.
“Queremos que el apoyo llegue a quien pesca de manera legal y cuida el recurso”,
señaló.

                                                                  Página 1 de 2
\f                       SECRETARÍA DE PESCA Y ACUACULTURA

Durante la entrega, los pescadores de Seybaplaya pidieron que el programa se
extienda a la compra de hieleras y equipo de seguridad, como chalecos salvavidas y
radios. La dependencia informó que en septiembre abrirá una segunda convocatoria.

La SEPESCA recordó que la veda del pulpo concluye el 31 de julio y pidió a los
pescadores respetar las tallas mínimas de captura.

                                   ---o0o---

Unidad de Comunicación Social SEPESCA
Tel. 981 555 0233  |  prensa@sepesca-camp.example.mx
                                                                  Página 2 de 2
"""
write_source('bx09.txt', bx09)
write_gold('bx09', family='press_release',
           title='ENTREGAN 120 MOTORES FUERA DE BORDA A PESCADORES RIBEREÑOS',
           date='2024-07-19', source='SECRETARÍA DE PESCA Y ACUACULTURA',
           bulletin_number='SEPESCA/CS/088/2024', issuer='SECRETARÍA DE PESCA Y ACUACULTURA',
           dateline_city='San Francisco de Campeche',
           body_first_words='La Secretaría de Pesca y Acuacultura (SEPESCA) entregó este viernes',
           body_last_words='respetar las tallas mínimas de captura.',
           boilerplate=['GOBIERNO DEL ESTADO DE CAMPECHE', 'SECRETARÍA DE PESCA Y ACUACULTURA',
                        '“2024, Año de la Pesca Responsable en el Golfo de México”',
                        'Boletín SEPESCA/CS/088/2024',
                        'San Francisco de Campeche, Camp., a 19 de julio de 2024',
                        'Página 1 de 2', 'Página 2 de 2', '---o0o---',
                        'Unidad de Comunicación Social SEPESCA',
                        'Tel. 981 555 0233  |  prensa@sepesca-camp.example.mx'],
           must_keep=['Cada pescador aportó la tercera parte del costo',
                      'La dependencia informó que en septiembre abrirá una segunda convocatoria.',
                      '“Queremos que el apoyo llegue a quien pesca de manera legal y cuida el recurso”,'])

# ---------------------------------------------------------------- bx10 bad (saved HTML page: navigation only)
bx10 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Municipios | Tabasco en Línea</title>
<link rel="stylesheet" href="/assets/css/main.min.css">
<script async src="/assets/js/analytics.js"></script>
</head>
<body class="section-municipios">
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/logo-tabasco-en-linea.svg" alt="Tabasco en Línea"></a>
  <nav class="main-nav">
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/villahermosa/">Villahermosa</a></li>
      <li class="active"><a href="/municipios/">Municipios</a></li>
      <li><a href="/politica/">Política</a></li>
      <li><a href="/deportes/">Deportes</a></li>
      <li><a href="/videos/">Videos</a></li>
    </ul>
  </nav>
  <form class="search" action="/buscar/"><input type="text" name="q" placeholder="Buscar…"></form>
</header>
<main>
  <h2 class="section-title">Municipios</h2>
  <ul class="subsections">
    <li><a href="/municipios/cardenas/">Cárdenas</a></li>
    <li><a href="/municipios/comalcalco/">Comalcalco</a></li>
    <li><a href="/municipios/macuspana/">Macuspana</a></li>
    <li><a href="/municipios/tenosique/">Tenosique</a></li>
  </ul>
  <div class="pagination"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Siguiente »</a></div>
</main>
<footer>
  <ul><li><a href="/aviso-de-privacidad/">Aviso de privacidad</a></li><li><a href="/contacto/">Contacto</a></li><li><a href="/publicidad/">Publicidad</a></li></ul>
  <p>© 2018 Tabasco en Línea. Todos los derechos reservados.</p>
</footer>
</body>
</html>
"""
write_source('bx10.md', bx10)
write_gold('bx10', family='bad',
           refusal_reason='Página HTML guardada que sólo contiene navegación (menús, enlaces y pie de página); no hay ninguna nota.')
