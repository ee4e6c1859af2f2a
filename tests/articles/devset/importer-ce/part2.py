#!/usr/bin/env python3
"""importer-ce, files 11-20."""
import textwrap
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- ce11 press (tourist-town press office, sent as an e-mail, Q. Roo)
ce11 = """De: Comunicación Social Bacalar <comunicacion@bacalar-gob.example.mx>
Enviado el: viernes, 9 de abril de 2021 17:48
Para: Medios Zona Sur
Asunto: BOLETÍN 087 | Bacalar limita a 45 embarcaciones diarias los paseos por la laguna

Buenas tardes, compañeros de los medios.
Les compartimos el boletín de hoy con fotografías adjuntas. Agradecemos de antemano su difusión.

H. AYUNTAMIENTO DE BACALAR
Administración 2018-2021
BOLETÍN 087

Bacalar limita a 45 embarcaciones diarias los paseos por la laguna

Bacalar, Quintana Roo, 9 de abril de 2021.- A partir del lunes 12 de abril, sólo 45 embarcaciones con motor podrán ofrecer cada día paseos turísticos en la laguna de Bacalar, como parte de las medidas acordadas por el ayuntamiento, prestadores de servicios y autoridades ambientales para frenar el deterioro del cuerpo de agua.

La medida se tomó después de que investigadores que monitorean la laguna documentaran el aumento de sedimentos en suspensión en la zona de los Rápidos y del Canal de los Piratas, donde se concentran la mayoría de los recorridos. Los estromatolitos, estructuras formadas por microorganismos que se encuentran entre los más antiguos del planeta, son especialmente sensibles a ese cambio.

Las embarcaciones autorizadas deberán portar un engomado visible con su número de registro y respetar una velocidad máxima de 10 kilómetros por hora. Los recorridos en kayak, tabla y velero no tendrán límite, pero no podrán acercarse a menos de 20 metros de los estromatolitos.

El director de Ecología municipal, Manuel Jesús Poot Cen, explicó que los turnos se asignarán mediante un sorteo semanal entre las 68 embarcaciones registradas. "No queremos dejar a nadie sin trabajo, pero la laguna ya no aguanta el ritmo que llevábamos", dijo.

El ayuntamiento instalará dos módulos de vigilancia en los muelles públicos y pidió a los visitantes contratar sólo con operadores registrados.

***

Saludos cordiales,

Lic. Maricruz Pech Dzul
Dirección de Comunicación Social
H. Ayuntamiento de Bacalar
Tel. 983 555 0172

AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son para uso exclusivo de su destinatario y pueden contener información confidencial.
"""
write_source('ce11.txt', ce11, eol=('mixed', 5))
write_gold('ce11', family='press_release',
           title='Bacalar limita a 45 embarcaciones diarias los paseos por la laguna',
           date='2021-04-09', source='H. AYUNTAMIENTO DE BACALAR',
           bulletin_number='087', issuer='H. AYUNTAMIENTO DE BACALAR', dateline_city='Bacalar',
           body_first_words='A partir del lunes 12 de abril, sólo 45 embarcaciones con motor',
           body_last_words='contratar sólo con operadores registrados.',
           boilerplate=['Buenas tardes, compañeros de los medios.',
                        'Les compartimos el boletín de hoy con fotografías adjuntas.',
                        'Agradecemos de antemano su difusión.', 'Administración 2018-2021', 'BOLETÍN 087',
                        'Bacalar, Quintana Roo, 9 de abril de 2021.-', '***', 'Saludos cordiales,',
                        'Lic. Maricruz Pech Dzul', 'Dirección de Comunicación Social', 'Tel. 983 555 0172',
                        'AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son para uso exclusivo de su destinatario y pueden contener información confidencial.'],
           must_keep=['Los estromatolitos, estructuras formadas por microorganismos que se encuentran entre los más antiguos del planeta, son especialmente sensibles a ese cambio.',
                      'Los recorridos en kayak, tabla y velero no tendrán límite, pero no podrán acercarse a menos de 20 metros de los estromatolitos.',
                      '"No queremos dejar a nadie sin trabajo, pero la laguna ya no aguanta el ritmo que llevábamos", dijo.'])

# ---------------------------------------------------------------- ce12 press (tourist-town press office, PDF-to-text with letterhead, Q. Roo)
ce12 = """                      GOBIERNO MUNICIPAL DE ISLA MUJERES
                                  2018 – 2021
                  Dirección de Comunicación Social y Prensa

COMUNICADO DE PRENSA                                          CS/IM/112/2019

Isla Mujeres, Quintana Roo, a 15 de mayo de 2019.

INICIA LA TEMPORADA DE AVISTAMIENTO DEL TIBURÓN BALLENA CON NUEVAS
REGLAS PARA LOS PRESTADORES DE SERVICIOS

Con la salida de las primeras 30 embarcaciones autorizadas desde el muelle
de  pescadores,  este  miércoles  inició  en  Isla  Mujeres  la  temporada  de
avistamiento y nado con el tiburón ballena, que se extenderá hasta el 17 de
septiembre en la Reserva de la Biosfera Tiburón Ballena y en su zona de
influencia.
Este año, la Comisión Nacional de Áreas Naturales Protegidas y el ayunta-
miento acordaron reducir de diez a ocho el número de turistas por embarca-
ción y limitar a dos personas, más un guía, el grupo que puede entrar al agua
con cada ejemplar. Las lanchas deberán mantener una distancia mínima de
diez metros y apagar el motor durante el nado.
Los prestadores de servicios deberán portar el brazalete oficial que entrega
la reserva y llevar a bordo al menos un guía certificado.

Av. Rueda Medina s/n, Centro, Isla Mujeres, Q. Roo · Tel. 998 555 0133
Página 1 de 2
\f
El director de Turismo municipal, Óscar Magaña Uc, informó que en 2018 la
isla recibió a cerca de 21 mil visitantes que llegaron exclusivamente para
nadar con el tiburón ballena, y que la actividad genera empleo para más de
600 familias de pescadores que durante el resto del año se dedican a la
captura de langosta y pulpo.
"El tiburón ballena vale más vivo y en el mar que cualquier otra pesca",
dijo durante el arranque de la temporada.
El ayuntamiento recordó que está prohibido tocar a los animales, usar flash
para fotografiarlos y arrojar bloqueador solar no biodegradable al mar.

                                   ---oOo---

Av. Rueda Medina s/n, Centro, Isla Mujeres, Q. Roo · Tel. 998 555 0133
comunicacion@islamujeres-gob.example.mx
Página 2 de 2
"""
write_source('ce12.txt', ce12, bom=True)
write_gold('ce12', family='press_release',
           title='INICIA LA TEMPORADA DE AVISTAMIENTO DEL TIBURÓN BALLENA CON NUEVAS REGLAS PARA LOS PRESTADORES DE SERVICIOS',
           date='2019-05-15', source='GOBIERNO MUNICIPAL DE ISLA MUJERES',
           bulletin_number='CS/IM/112/2019', issuer='GOBIERNO MUNICIPAL DE ISLA MUJERES',
           dateline_city='Isla Mujeres',
           body_first_words='Con la salida de las primeras 30 embarcaciones autorizadas',
           body_last_words='arrojar bloqueador solar no biodegradable al mar.',
           boilerplate=['2018 – 2021', 'Dirección de Comunicación Social y Prensa', 'COMUNICADO DE PRENSA',
                        'Isla Mujeres, Quintana Roo, a 15 de mayo de 2019.',
                        'Av. Rueda Medina s/n, Centro, Isla Mujeres, Q. Roo · Tel. 998 555 0133',
                        'Página 1 de 2', '---oOo---', 'comunicacion@islamujeres-gob.example.mx', 'Página 2 de 2'],
           must_keep=['Los prestadores de servicios deberán portar el brazalete oficial que entrega la reserva y llevar a bordo al menos un guía certificado.',
                      '"El tiburón ballena vale más vivo y en el mar que cualquier otra pesca", dijo durante el arranque de la temporada.',
                      'Las lanchas deberán mantener una distancia mínima de diez metros y apagar el motor durante el nado.'])

# ---------------------------------------------------------------- ce13 press (public university bulletin, Mac Roman + CR, Ver.)
ce13 = """UNIVERSIDAD VERACRUZANA
Dirección General de Comunicación Universitaria
Boletín de prensa núm. 1187

Registran académicos de la UV 146 especies de aves en la sierra de Los Tuxtlas

Xalapa, Ver., 23 de noviembre de 2006.– Un equipo de académicos y estudiantes de la Facultad de Biología de la Universidad Veracruzana (UV) registró 146 especies de aves en un fragmento de selva de la sierra de Los Tuxtlas, entre ellas 31 migratorias que llegan cada invierno desde Canadá y Estados Unidos.

El inventario es resultado de dos años de muestreos en ejidos de los municipios de San Andrés Tuxtla y Catemaco, donde los investigadores colocaron redes de niebla y realizaron recorridos al amanecer con apoyo de guías de las comunidades.

El coordinador del proyecto, doctor Abelardo Montiel Sosa, explicó que la riqueza de especies encontrada es comparable con la de zonas mejor conservadas de la reserva, a pesar de que el fragmento está rodeado de potreros. “Los acahuales y las cercas vivas funcionan como corredores; por ahí se mueven las aves entre un manchón de selva y otro”, señaló.

Entre las especies registradas figuran el tucán pico canoa, el halcón selvático de collar y varias especies de colibríes. Los investigadores también documentaron la presencia de loros que se venden de manera ilegal en los mercados de la región.

Los resultados se presentarán en el congreso nacional de ornitología que se celebrará en diciembre, y servirán para proponer a los ejidatarios un programa de turismo de observación de aves. Los estudiantes que participaron en los muestreos elaborarán además una guía ilustrada para las escuelas de la zona.

Fotos: Archivo DGCU

–o–
"""
write_source('ce13.txt', ce13, enc='mac_roman', eol='cr')
write_gold('ce13', family='press_release',
           title='Registran académicos de la UV 146 especies de aves en la sierra de Los Tuxtlas',
           date='2006-11-23', source='UNIVERSIDAD VERACRUZANA',
           bulletin_number='1187', issuer='UNIVERSIDAD VERACRUZANA', dateline_city='Xalapa',
           body_first_words='Un equipo de académicos y estudiantes de la Facultad de Biología',
           body_last_words='una guía ilustrada para las escuelas de la zona.',
           boilerplate=['Dirección General de Comunicación Universitaria', 'Boletín de prensa núm. 1187',
                        'Xalapa, Ver., 23 de noviembre de 2006.–', 'Fotos: Archivo DGCU', '–o–'],
           must_keep=['Entre las especies registradas figuran el tucán pico canoa, el halcón selvático de collar y varias especies de colibríes.',
                      '“Los acahuales y las cercas vivas funcionan como corredores; por ahí se mueven las aves entre un manchón de selva y otro”, señaló.',
                      'Los investigadores también documentaron la presencia de loros que se venden de manera ilegal en los mercados de la región.'],
           photo_credit='Archivo DGCU')

# ---------------------------------------------------------------- ce14 press (state civil protection, numbered hurricane bulletin, Q. Roo)
ce14 = """GOBIERNO DEL ESTADO DE QUINTANA ROO
COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL
BOLETÍN METEOROLÓGICO ESPECIAL No. 23
Emisión: 10:00 h  |  Próxima emisión: 16:00 h

Chetumal, Quintana Roo, a 21 de octubre de 2015.

EL HURACÁN «KENIA» SE FORTALECE A CATEGORÍA 2; SE ACTIVA LA ALERTA NARANJA EN LA ZONA NORTE DEL ESTADO

De acuerdo con el aviso del Servicio Meteorológico Nacional de las 09:00 horas, el huracán «Kenia» se intensificó a categoría 2 en la escala Saffir-Simpson y mantiene su desplazamiento hacia la costa norte de Quintana Roo, por lo que el Consejo Estatal de Protección Civil activó la alerta naranja (peligro alto) en los municipios de Cozumel, Solidaridad, Puerto Morelos, Benito Juárez, Isla Mujeres y Lázaro Cárdenas.

Datos del sistema a las 09:00 horas:

• Ubicación: 245 km al este-sureste de Cozumel.
• Vientos máximos sostenidos: 165 km/h, con rachas de 205 km/h.
• Desplazamiento: hacia el oeste-noroeste a 17 km/h.
• Presión mínima central: 970 hPa.

Se prevé que el centro del huracán toque tierra entre Puerto Morelos y Cancún durante la madrugada del jueves. Para los municipios de Tulum, Felipe Carrillo Puerto, José María Morelos, Bacalar y Othón P. Blanco se mantiene la alerta amarilla (peligro moderado).

A partir de las 14:00 horas se suspenderá la navegación de embarcaciones menores y el servicio de transbordadores entre Playa del Carmen y Cozumel. Los 112 refugios anticiclónicos de la zona norte estarán abiertos desde las 16:00 horas.

Recomendaciones a la población:

1. Tener a la mano documentos personales en bolsas de plástico cerradas.
2. Almacenar agua potable y alimentos no perecederos para tres días.
3. Retirar de patios y azoteas objetos que puedan ser arrastrados por el viento.
4. Atender únicamente la información de fuentes oficiales.

Las personas que vivan en zonas bajas o en viviendas de materiales ligeros deben trasladarse a un refugio o a casa de familiares en zonas seguras antes de que inicien los vientos de tormenta tropical.

—ooOoo—

Atentamente
Consejo Estatal de Protección Civil
Emergencias: 911 · Cabina de monitoreo: 983 555 0911
@PCQRooEj
"""
write_source('ce14.txt', ce14, eol='crlf')
write_gold('ce14', family='press_release',
           title='EL HURACÁN «KENIA» SE FORTALECE A CATEGORÍA 2; SE ACTIVA LA ALERTA NARANJA EN LA ZONA NORTE DEL ESTADO',
           date='2015-10-21', source='COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL',
           bulletin_number='23', issuer='COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL',
           dateline_city='Chetumal',
           body_first_words='De acuerdo con el aviso del Servicio Meteorológico Nacional de las 09:00 horas',
           body_last_words='antes de que inicien los vientos de tormenta tropical.',
           boilerplate=['GOBIERNO DEL ESTADO DE QUINTANA ROO', 'BOLETÍN METEOROLÓGICO ESPECIAL No. 23',
                        'Emisión: 10:00 h  |  Próxima emisión: 16:00 h',
                        'Chetumal, Quintana Roo, a 21 de octubre de 2015.', '—ooOoo—', 'Atentamente',
                        'Consejo Estatal de Protección Civil', 'Emergencias: 911 · Cabina de monitoreo: 983 555 0911',
                        '@PCQRooEj'],
           must_keep=['Vientos máximos sostenidos: 165 km/h, con rachas de 205 km/h.',
                      'Se prevé que el centro del huracán toque tierra entre Puerto Morelos y Cancún durante la madrugada del jueves.',
                      'Almacenar agua potable y alimentos no perecederos para tres días.'])

# ---------------------------------------------------------------- ce15 press (tourism board, bilingual, Markdown, Q. Roo)
ce15 = """**OFICINA DE CONVENCIONES Y VISITANTES DE LA COSTA MAYA**
Comunicado 04/2023 · *English version below*

# Mahahual y Xcalak lanzan una ruta de observación de aves para atraer turismo de naturaleza

**Mahahual, Quintana Roo, 8 de febrero de 2023.–** La Oficina de Convenciones y Visitantes de la Costa Maya presentó este miércoles la Ruta de Aves del Sur, un circuito de 14 sitios de observación entre Mahahual, Xcalak y la laguna de Bacalar que busca atraer a visitantes interesados en el turismo de naturaleza durante la temporada baja de cruceros.

La ruta incluye torres de observación en los manglares de Xcalak, senderos en la selva mediana y recorridos en kayak por la laguna, con guías locales capacitados durante el último año por especialistas de instituciones académicas de la península. En la zona se han registrado más de 300 especies de aves, entre ellas el flamenco americano, la espátula rosada y el loro yucateco.

El director de la OCV, Gerardo Alcocer Brito, explicó que el objetivo es que los visitantes permanezcan más de un día en la región. "El pasajero de crucero se queda seis horas; el observador de aves se queda una semana y gasta en hospedaje, comida y guías", dijo durante la presentación.

Los recorridos podrán reservarse a partir de marzo en los hoteles participantes y en la página de la OCV. Durante el primer año, una parte de cada boleto se destinará al monitoreo de las colonias de aves que anidan en los cayos frente a Xcalak.

**Acerca de la OCV Costa Maya**
La Oficina de Convenciones y Visitantes de la Costa Maya es un organismo sin fines de lucro que promueve los destinos del sur de Quintana Roo en mercados nacionales e internacionales.

**Contacto para medios:** Regina Solís Baeza · prensa@ocvcostamaya.example.mx · +52 983 555 0148

---

**ENGLISH VERSION**

# Mahahual and Xcalak launch a birdwatching route to attract nature tourism

**Mahahual, Quintana Roo, February 8, 2023 –** The Costa Maya Convention and Visitors Bureau presented on Wednesday the Southern Bird Route, a circuit of 14 observation sites between Mahahual, Xcalak and the Bacalar lagoon.

###
"""
write_source('ce15.md', ce15)
write_gold('ce15', family='press_release',
           title='Mahahual y Xcalak lanzan una ruta de observación de aves para atraer turismo de naturaleza',
           date='2023-02-08', source='OFICINA DE CONVENCIONES Y VISITANTES DE LA COSTA MAYA',
           bulletin_number='04/2023', issuer='OFICINA DE CONVENCIONES Y VISITANTES DE LA COSTA MAYA',
           dateline_city='Mahahual',
           body_first_words='La Oficina de Convenciones y Visitantes de la Costa Maya presentó este miércoles',
           body_last_words='que anidan en los cayos frente a Xcalak.',
           boilerplate=['Comunicado 04/2023', 'English version below',
                        'Mahahual, Quintana Roo, 8 de febrero de 2023.–', 'Acerca de la OCV Costa Maya',
                        'La Oficina de Convenciones y Visitantes de la Costa Maya es un organismo sin fines de lucro que promueve los destinos del sur de Quintana Roo en mercados nacionales e internacionales.',
                        'Contacto para medios:', 'prensa@ocvcostamaya.example.mx', 'ENGLISH VERSION',
                        'Mahahual and Xcalak launch a birdwatching route to attract nature tourism',
                        'The Costa Maya Convention and Visitors Bureau presented on Wednesday the Southern Bird Route, a circuit of 14 observation sites between Mahahual, Xcalak and the Bacalar lagoon.',
                        '###'],
           must_keep=['En la zona se han registrado más de 300 especies de aves, entre ellas el flamenco americano, la espátula rosada y el loro yucateco.',
                      'Los recorridos podrán reservarse a partir de marzo en los hoteles participantes y en la página de la OCV.',
                      '"El pasajero de crucero se queda seis horas; el observador de aves se queda una semana y gasta en hospedaje, comida y guías", dijo durante la presentación.'])

# ---------------------------------------------------------------- ce16 press (state prosecutor, Word table header, UTF-16 BE, Camp.)
ce16 = """FISCALÍA GENERAL DEL ESTADO DE CAMPECHE
Unidad de Comunicación Social

COMUNICADO\tFGECAM/UCS/045/2018
FECHA\t12 de marzo de 2018
ASUNTO\tRecupera la Fiscalía 37 cabezas de ganado robadas en Candelaria; hay dos detenidos

San Francisco de Campeche, Campeche, 12 de marzo de 2018.- Agentes de la Policía Ministerial Investigadora recuperaron 37 cabezas de ganado bovino que habían sido robadas de dos ranchos del municipio de Candelaria y detuvieron a dos hombres identificados como Eleazar “N” y Fidencio “N”, quienes fueron puestos a disposición del Ministerio Público.

De acuerdo con la carpeta de investigación, los animales fueron sustraídos durante la madrugada del 3 de marzo de los ranchos El Zapote y San Isidro, ubicados a unos 20 kilómetros de la cabecera municipal. Los propietarios presentaron la denuncia al día siguiente y aportaron los registros de los aretes de identificación del ganado.

Con esos datos, los agentes ubicaron a los animales en un corral de la carretera Escárcega–Chetumal, donde presuntamente iban a ser embarcados hacia otro estado. Al momento de la detención, los probables responsables intentaron mostrar guías de tránsito que no correspondían con las reses.

La Fiscalía informó que el ganado fue devuelto a sus propietarios, previa acreditación de la propiedad, y que la investigación continúa para identificar a otras personas que podrían estar relacionadas con robos similares en los municipios de Escárcega y Carmen.

La institución exhortó a los ganaderos a mantener actualizado el registro de sus animales en el sistema nacional de identificación y a denunciar cualquier movimiento sospechoso en sus predios.

FIN DEL COMUNICADO

Unidad de Comunicación Social · Tel. 981 555 0119 ext. 2304 · comsocial@fiscaliacam.example.mx
"""
write_source('ce16.txt', ce16, enc='utf-16-be', eol='crlf', bom=True)
write_gold('ce16', family='press_release',
           title='Recupera la Fiscalía 37 cabezas de ganado robadas en Candelaria; hay dos detenidos',
           date='2018-03-12', source='FISCALÍA GENERAL DEL ESTADO DE CAMPECHE',
           bulletin_number='FGECAM/UCS/045/2018', issuer='FISCALÍA GENERAL DEL ESTADO DE CAMPECHE',
           dateline_city='San Francisco de Campeche',
           body_first_words='Agentes de la Policía Ministerial Investigadora recuperaron 37 cabezas',
           body_last_words='cualquier movimiento sospechoso en sus predios.',
           boilerplate=['Unidad de Comunicación Social', 'COMUNICADO\tFGECAM/UCS/045/2018',
                        'FECHA\t12 de marzo de 2018',
                        'San Francisco de Campeche, Campeche, 12 de marzo de 2018.-', 'FIN DEL COMUNICADO',
                        'Tel. 981 555 0119 ext. 2304', 'comsocial@fiscaliacam.example.mx'],
           must_keep=['Los propietarios presentaron la denuncia al día siguiente y aportaron los registros de los aretes de identificación del ganado.',
                      'Al momento de la detención, los probables responsables intentaron mostrar guías de tránsito que no correspondían con las reses.',
                      'La Fiscalía informó que el ganado fue devuelto a sus propietarios, previa acreditación de la propiedad'])

# ---------------------------------------------------------------- ce17 jekyll (cultural magazine, draft without date, Ver.)
ce17 = """---
layout: articulo
title: "El fandango no se apaga: los jaraneros de Tlacotalpan enseñan a la nueva generación"
draft: true
autor: Itzel Santos Cobos
seccion: Música
revista: Marea Alta
numero: 42
portada_img: /assets/img/n42/fandango-tlacotalpan.jpg
pie_portada: "Fandango en la plaza Zaragoza"
---

Cada jueves por la tarde, en el patio de una casa de portales azules a dos cuadras del río Papaloapan, una docena de niñas y niños de Tlacotalpan aprenden a templar la jarana, a zapatear sobre la tarima y a responder versos que sus abuelos cantaban hace medio siglo.

El taller lo coordina don Evaristo Cobos Lara, jaranero de 71 años que aprendió a tocar escuchando los fandangos de la Candelaria desde la orilla del río. No cobra; pide a cambio que los alumnos lleguen a tiempo y que aprendan al menos un son completo antes de pedir una jarana prestada.

Durante la segunda mitad del siglo pasado el son jarocho estuvo a punto de quedarse sólo en los escenarios folclóricos, con trajes de gala y coreografías de ballet. El movimiento jaranero de los años ochenta recuperó la fiesta comunitaria: el fandango alrededor de la tarima, sin público ni escenario, donde todos pueden tocar, cantar o bailar.

Hoy en Tlacotalpan hay por lo menos cinco talleres como el de don Evaristo, y varios lauderos jóvenes construyen jaranas con cedro y zapote de la región. Los precios van de mil 500 pesos para un instrumento de estudio a varias decenas de miles para una jarana de concierto.

“Lo que enseño no es música, es cómo estar en el fandango: cuándo entrar, cuándo callarse, cuándo dejarle la tarima a otro”, dice don Evaristo mientras corrige la postura de una niña que toca con la jarana demasiado baja.

Los alumnos más avanzados tocarán por primera vez en el fandango de la Candelaria del próximo año.
"""
write_source('ce17.md', ce17)
write_gold('ce17', family='jekyll',
           title='El fandango no se apaga: los jaraneros de Tlacotalpan enseñan a la nueva generación',
           date=None, published=False, bylines=['Itzel Santos Cobos'], source='Marea Alta', section='Música',
           body_first_words='Cada jueves por la tarde, en el patio de una casa de portales azules',
           body_last_words='en el fandango de la Candelaria del próximo año.',
           must_keep=['No cobra; pide a cambio que los alumnos lleguen a tiempo y que aprendan al menos un son completo antes de pedir una jarana prestada.',
                      'Los precios van de mil 500 pesos para un instrumento de estudio a varias decenas de miles para una jarana de concierto.',
                      'Los alumnos más avanzados tocarán por primera vez en el fandango de la Candelaria del próximo año.'])

# ---------------------------------------------------------------- ce18 jekyll (citizen-journalism collective, scheduled post, Q. Roo)
ce18 = """---
layout: post
title: "Vecinos de Calderitas documentan con sus celulares la erosión de la costa"
date: 2023-09-15T22:30:00-05:00
status: future
author: Rosa Isela Caamal Poot
categories: [Medio ambiente]
tags: [Calderitas, bahía de Chetumal, erosión costera]
comments: true
---

Desde hace tres años, un grupo de vecinos de Calderitas, la comunidad costera a diez minutos de Chetumal, toma cada mes la misma fotografía desde los mismos siete puntos del malecón. Con esas imágenes han documentado que el mar avanzó hasta cuatro metros en algunos tramos y que dos palapas públicas ya quedaron dentro del agua.

La idea surgió en una reunión de la sociedad de padres de familia de la escuela primaria, cuando una maestra mostró fotos de los años noventa en las que la playa era mucho más ancha. Desde entonces, los participantes marcaron con pintura las piedras desde donde se toma cada foto y abrieron un grupo de mensajería para compartirlas.

“No somos científicos, pero cualquiera puede ver lo que está pasando”, dice Ernesto Chan Medina, pescador y uno de los fundadores del grupo. Según los vecinos, el problema se agravó después de que se construyeron espigones frente a algunos terrenos particulares, que cambiaron la forma en que la arena se mueve en la bahía.

Investigadores de una institución académica de Chetumal revisaron las fotografías y confirmaron que el registro es consistente. Propusieron a los vecinos completar el trabajo con mediciones de la línea de costa, para lo que les prestarán un equipo de posicionamiento.

Los participantes entregaron su archivo al ayuntamiento de Othón P. Blanco y pidieron que se revisen los permisos de las obras en la playa. Hasta ahora no han recibido respuesta.
"""
write_source('ce18.md', ce18)
write_gold('ce18', family='jekyll',
           title='Vecinos de Calderitas documentan con sus celulares la erosión de la costa',
           date='2023-09-15', published=False, bylines=['Rosa Isela Caamal Poot'], section='Medio ambiente',
           body_first_words='Desde hace tres años, un grupo de vecinos de Calderitas',
           body_last_words='Hasta ahora no han recibido respuesta.',
           must_keep=['Con esas imágenes han documentado que el mar avanzó hasta cuatro metros en algunos tramos y que dos palapas públicas ya quedaron dentro del agua.',
                      '“No somos científicos, pero cualquiera puede ver lo que está pasando”, dice Ernesto Chan Medina, pescador y uno de los fundadores del grupo.',
                      'Hasta ahora no han recibido respuesta.'])

# ---------------------------------------------------------------- ce19 jekyll (second collective, unusual Spanish keys, CRLF, Ver.)
ce19 = """---
titulo: Pescadores de Alvarado denuncian mortandad de peces en la laguna
fecha_publicacion: 2020-06-18
reportera: Noemí Cruz Hernández
municipio: Alvarado
tema: Medio ambiente
colectivo: Voces del Papaloapan
publicado: sí
licencia: CC BY-NC 4.0
---

Pescadores de la laguna de Alvarado reportaron desde el lunes la aparición de miles de peces muertos en la orilla de las comunidades de Costa de la Palma y Las Lomas, un fenómeno que, aseguran, no se había visto con esa magnitud en por lo menos diez años.

Entre las especies afectadas hay mojarra, lisa y bagre, que son la base de la pesca de las cooperativas de la zona. Los pescadores dicen que el agua cambió de color a un tono café oscuro y que despide un olor fuerte desde el fin de semana.

“Sacamos la red y venía puro pescado muerto. Así no hay quien compre”, contó don Felipe Cobos Reyes, quien pesca en la laguna desde los doce años. Las cooperativas calculan que más de 300 familias se quedaron sin ingreso esta semana.

Los habitantes atribuyen la mortandad a descargas de aguas residuales que llegan por los ríos que desembocan en la laguna y a las altas temperaturas de los últimos días. Hasta el jueves, ninguna autoridad había tomado muestras del agua, según los pescadores.

Este colectivo solicitó por escrito información a las dependencias ambientales estatales y federales sobre los análisis que se hayan realizado en la zona. Daremos seguimiento a las respuestas.

Fotos: Brenda Uscanga / Voces del Papaloapan
"""
write_source('ce19.md', ce19, eol='crlf')
write_gold('ce19', family='jekyll',
           title='Pescadores de Alvarado denuncian mortandad de peces en la laguna',
           date='2020-06-18', bylines=['Noemí Cruz Hernández'], source='Voces del Papaloapan',
           section='Medio ambiente',
           body_first_words='Pescadores de la laguna de Alvarado reportaron desde el lunes',
           body_last_words='Daremos seguimiento a las respuestas.',
           boilerplate=['Fotos: Brenda Uscanga / Voces del Papaloapan'],
           must_keep=['Entre las especies afectadas hay mojarra, lisa y bagre, que son la base de la pesca de las cooperativas de la zona.',
                      'Las cooperativas calculan que más de 300 familias se quedaron sin ingreso esta semana.',
                      'Hasta el jueves, ninguna autoridad había tomado muestras del agua, según los pescadores.'],
           photo_credit='Brenda Uscanga / Voces del Papaloapan')

# ---------------------------------------------------------------- ce20 jekyll (TOML front matter left over from a Hugo theme, Tab.)
ce20 = """+++
title = "Carlos Pellicer y el Parque-Museo La Venta, sesenta años después"
date = 2018-12-09T11:00:00-06:00
author = ["Mariana Zurita Ocaña"]
categories = ["Patrimonio"]
tags = ["Pellicer", "La Venta", "Villahermosa"]
draft = false
[params]
  sitio = "La Ceiba Cultural"
+++

Cuando el poeta Carlos Pellicer trasladó en 1958 las esculturas olmecas de La Venta a un terreno junto a la laguna de las Ilusiones, en Villahermosa, no pensaba en un museo convencional. Quería que las cabezas colosales y los altares quedaran en medio de la selva, como los habían encontrado los arqueólogos, y que el visitante llegara a ellos caminando entre ceibas y zapotes.

Sesenta años después, el Parque-Museo La Venta conserva esa idea, aunque la ciudad lo rodea por todos lados. El sendero de poco más de un kilómetro pasa junto a 33 monumentos olmecas, entre ellos tres cabezas colosales, y junto a un pequeño zoológico con especies de la región.

Los trabajadores más antiguos del parque recuerdan que durante años las piezas sufrieron por la humedad y por el descuido. Las inundaciones de 2007 llegaron hasta la orilla del sendero, y hubo que reforzar las bases de varios monumentos.

Para el aniversario, el parque prepara una exposición fotográfica sobre el traslado de las esculturas desde el sitio arqueológico, en la frontera con Veracruz, hasta la capital. Las imágenes muestran las piezas sobre plataformas de madera, arrastradas por tractores y cruzando ríos en balsas.

“Pellicer entendió que los olmecas no podían estar encerrados en una vitrina”, dice la historiadora Rebeca Olán Magaña, que investiga el archivo del poeta. “Su museo es un poema que se camina”.
"""
write_source('ce20.md', ce20)
write_gold('ce20', family='jekyll',
           title='Carlos Pellicer y el Parque-Museo La Venta, sesenta años después',
           date='2018-12-09', bylines=['Mariana Zurita Ocaña'], source='La Ceiba Cultural', section='Patrimonio',
           body_first_words='Cuando el poeta Carlos Pellicer trasladó en 1958 las esculturas olmecas',
           body_last_words='“Su museo es un poema que se camina”.',
           must_keep=['Las inundaciones de 2007 llegaron hasta la orilla del sendero, y hubo que reforzar las bases de varios monumentos.',
                      'Las imágenes muestran las piezas sobre plataformas de madera, arrastradas por tractores y cruzando ríos en balsas.',
                      '“Pellicer entendió que los olmecas no podían estar encerrados en una vitrina”, dice la historiadora Rebeca Olán Magaña, que investiga el archivo del poeta.'])
