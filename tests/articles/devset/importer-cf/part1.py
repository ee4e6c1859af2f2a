#!/usr/bin/env python3
"""importer-cf, files 01-10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- cf01 wire (university radio web transcript, Tlax.)
cf01 = """Radio Cacaxtla Universitaria 98.7 FM

Productores de Huamantla reportan pérdida de 2 mil hectáreas de maíz por heladas tardías

Transcripción de la emisión del martes 12 de marzo de 2019 · Noticiero Enlace Matutino
Reportera: Citlali Zempoalteca Rugerio

[CORTINILLA DE ENTRADA]

REPORTERA: Productores de maíz y haba del oriente de Tlaxcala calculan que las heladas de la semana pasada dañaron alrededor de 2 mil hectáreas sembradas en los municipios de Huamantla, Ixtenco y Altzayanca, donde muchos campesinos adelantaron la siembra aprovechando la humedad de febrero.

Los ejidatarios de San José Xicohténcatl explicaron que el termómetro bajó a cuatro grados bajo cero en la madrugada del jueves, cuando las plantas apenas tenían dos semanas de haber brotado. En varias parcelas el follaje amaneció quemado y los productores ya evalúan si vale la pena volver a sembrar.

Don Bartolo Hernández Cuecuecha, que trabaja cinco hectáreas junto a la carretera a Puebla, dijo a este noticiero que la semilla criolla que perdió la había guardado desde la cosecha de 2017. “Lo que más duele no es el dinero, es la semilla, porque esa ya no se consigue en la tienda”, comentó.

La Secretaría de Fomento Agropecuario del estado informó que enviará técnicos a levantar un padrón de afectados y que gestionará ante el gobierno federal el seguro catastrófico. Sin embargo, los campesinos señalaron que el trámite suele tardar meses y que la siembra no puede esperar.

Investigadores de la Facultad de Agrobiología de la universidad recomendaron a los productores esperar a la segunda quincena de abril para resembrar, y ofrecieron asesoría gratuita para seleccionar variedades de ciclo corto.

Desde Huamantla, Citlali Zempoalteca, para Enlace Matutino.

[CORTINILLA DE SALIDA]

Escucha Enlace Matutino de lunes a viernes a las 7:00 horas por el 98.7 FM o en radiocacaxtla.example.mx/envivo
"""
write_source('cf01.txt', cf01)
write_gold('cf01', family='wire',
           title='Productores de Huamantla reportan pérdida de 2 mil hectáreas de maíz por heladas tardías',
           date='2019-03-12', bylines=['Citlali Zempoalteca Rugerio'],
           source='Radio Cacaxtla Universitaria',
           body_first_words='Productores de maíz y haba del oriente de Tlaxcala',
           body_last_words='para seleccionar variedades de ciclo corto.',
           boilerplate=['[CORTINILLA DE ENTRADA]', 'REPORTERA:',
                        'Desde Huamantla, Citlali Zempoalteca, para Enlace Matutino.',
                        '[CORTINILLA DE SALIDA]',
                        'Escucha Enlace Matutino de lunes a viernes a las 7:00 horas por el 98.7 FM o en radiocacaxtla.example.mx/envivo'],
           must_keep=['En varias parcelas el follaje amaneció quemado y los productores ya evalúan si vale la pena volver a sembrar.',
                      '“Lo que más duele no es el dinero, es la semilla, porque esa ya no se consigue en la tienda”, comentó.',
                      'Sin embargo, los campesinos señalaron que el trámite suele tardar meses y que la siembra no puede esperar.'])

# ---------------------------------------------------------------- cf02 wire (regional daily, print-edition export with tags)
cf02 = """@PUB:El Meridiano de Puebla
@EDICION:IMPRESA @FECHA:15/06/2011 @PAG:4A @SECC:Local
@ANTE:Movilidad
@TIT:Ampliarán la ciclovía de la 11 Sur hasta la Central de Abasto
@BAL:El proyecto costará 42 millones de pesos y se construirá en dos etapas
@AUT:Efrén Cuautle Marín
@TXT:
El Ayuntamiento de Puebla anunció que la ciclovía de la avenida 11 Sur se ampliará en 6.3 kilómetros, desde el bulevar Municipio Libre hasta la Central de Abasto, con lo que se convertirá en la vía ciclista más larga de la ciudad.

De acuerdo con el director de Movilidad municipal, Fernando Tlapalamatl Ortega, la obra costará 42 millones de pesos y se dividirá en dos etapas: la primera, hasta la colonia San Bartolo, comenzará en agosto; la segunda dependerá de los recursos que apruebe el Cabildo para el próximo año.

El proyecto incluye confinamiento con bolardos, semáforos para ciclistas en los cruces más peligrosos y cuatro estacionamientos de bicicletas junto a paraderos del transporte público. @SIGUE:6A
@VIENE:4A
Los comerciantes de la Central de Abasto recibieron con reservas el anuncio. Algunos señalaron que la ciclovía reducirá los espacios de carga y descarga sobre la lateral, mientras que otros dijeron que muchos de sus trabajadores ya llegan en bicicleta desde las juntas auxiliares del sur.

Colectivos ciclistas de la ciudad pidieron que la obra se acompañe de campañas de educación vial, pues en lo que va del año han muerto cinco ciclistas atropellados en la zona metropolitana. “Una ciclovía sin respeto del automovilista es sólo una raya pintada”, dijo Rebeca Aca Xicale, integrante de uno de los colectivos.

La dirección de Movilidad informó que antes de iniciar los trabajos realizará tres reuniones vecinales para presentar el trazo definitivo.
@PIE:Foto: Archivo El Meridiano / Ciclistas en la 11 Sur, a la altura de la colonia Santa Cruz Los Ángeles.
@FIN
"""
write_source('cf02.txt', cf02, enc='cp1252', eol='crlf')
write_gold('cf02', family='wire',
           title='Ampliarán la ciclovía de la 11 Sur hasta la Central de Abasto',
           date='2011-06-15', bylines=['Efrén Cuautle Marín'], source='El Meridiano de Puebla',
           section='Local',
           body_first_words='El Ayuntamiento de Puebla anunció que la ciclovía',
           body_last_words='para presentar el trazo definitivo.',
           boilerplate=['@PAG:4A', '@SIGUE:6A', '@VIENE:4A',
                        '@PIE:Foto: Archivo El Meridiano / Ciclistas en la 11 Sur, a la altura de la colonia Santa Cruz Los Ángeles.',
                        '@FIN'],
           must_keep=['El proyecto incluye confinamiento con bolardos, semáforos para ciclistas en los cruces más peligrosos y cuatro estacionamientos de bicicletas junto a paraderos del transporte público.',
                      'Los comerciantes de la Central de Abasto recibieron con reservas el anuncio.',
                      '“Una ciclovía sin respeto del automovilista es sólo una raya pintada”, dijo Rebeca Aca Xicale, integrante de uno de los colectivos.'],
           photo_credit='Archivo El Meridiano')

# ---------------------------------------------------------------- cf03 wire (WordPress page copy-paste, Tlax.)
cf03 = """Inicio » Municipios » Apizaco

Rehabilitan el puente de fierro de Apizaco tras dos décadas de abandono

Publicado por Ximena Tecuapacho Flores el 3 mayo, 2017 · 0 Comentarios

Compartir: Facebook Twitter WhatsApp

Foto: Sintonía Tlaxcala

El gobierno municipal de Apizaco concluyó la rehabilitación del antiguo puente de fierro que cruza las vías del ferrocarril en el barrio de La Estación, una estructura construida a principios del siglo pasado que permanecía cerrada al paso peatonal desde 1997.

Los trabajos incluyeron el cambio de más de 300 remaches, la limpieza y pintura de la estructura metálica, la colocación de un nuevo piso de madera tratada y la instalación de luminarias. Lee también: Apizaco celebra 150 años de la llegada del tren La inversión fue de 3.8 millones de pesos, aportados por el municipio y por un fondo federal para la conservación del patrimonio.

Para los vecinos del barrio, la reapertura significa volver a cruzar a pie hacia el centro sin rodear por el paso a desnivel. Doña Rosalía Meneses, que vende tamales frente a la antigua estación, recordó que de niña cruzaba el puente todos los días para ir a la escuela. “Estaba oxidado y daba miedo, pero era el camino más corto”, contó.

El cronista de la ciudad explicó que el puente fue traído por piezas desde Inglaterra y armado por trabajadores del Ferrocarril Mexicano, y que es uno de los pocos de su tipo que se conservan en el estado.

La inauguración se realizará el próximo domingo con un recorrido guiado y una exposición de fotografías antiguas del barrio ferrocarrilero.

Etiquetas: Apizaco, ferrocarril, patrimonio

Entradas relacionadas
Apizaco celebra 150 años de la llegada del tren
Inauguran mercado de artesanías en Tlaxco

Deja un comentario
"""
write_source('cf03.txt', cf03, eol='crlf')
write_gold('cf03', family='wire',
           title='Rehabilitan el puente de fierro de Apizaco tras dos décadas de abandono',
           date='2017-05-03', bylines=['Ximena Tecuapacho Flores'], source='Sintonía Tlaxcala',
           section='Municipios',
           body_first_words='El gobierno municipal de Apizaco concluyó la rehabilitación',
           body_last_words='fotografías antiguas del barrio ferrocarrilero.',
           boilerplate=['Inicio » Municipios » Apizaco', 'Compartir: Facebook Twitter WhatsApp',
                        'Foto: Sintonía Tlaxcala',
                        'Lee también: Apizaco celebra 150 años de la llegada del tren',
                        'Etiquetas: Apizaco, ferrocarril, patrimonio', 'Entradas relacionadas',
                        'Inauguran mercado de artesanías en Tlaxco', 'Deja un comentario'],
           must_keep=['La inversión fue de 3.8 millones de pesos, aportados por el municipio y por un fondo federal para la conservación del patrimonio.',
                      '“Estaba oxidado y daba miedo, pero era el camino más corto”, contó.',
                      'Los trabajos incluyeron el cambio de más de 300 remaches, la limpieza y pintura de la estructura metálica, la colocación de un nuevo piso de madera tratada y la instalación de luminarias.'],
           photo_credit='Sintonía Tlaxcala')

# ---------------------------------------------------------------- cf04 wire (agency teletype, Pue.)
cf04 = """ZCZC AIV0418 3 PUE
PUE-SALUD-TOSFERINA
04/02/2014 11:42

CONFIRMAN EN PUEBLA TRES CASOS DE TOSFERINA EN MENORES DE UN AÑO

Por Marisela Tepox Rugerio
Agencia Informativa Volcanes

PUEBLA, Pue., 4 de febrero (AIV).- La Secretaría de Salud del estado confirmó tres casos de tosferina en menores de un año en los municipios de Puebla, San Martín Texmelucan y Atlixco, por lo que inició un cerco epidemiológico en las colonias donde viven las familias afectadas.

Los tres bebés fueron atendidos en el Hospital para el Niño Poblano y dos de ellos ya fueron dados de alta. El tercero permanece en observación, aunque su estado de salud se reporta como estable, informó la dependencia en un comunicado.

Personal de las jurisdicciones sanitarias visitó casa por casa las manzanas cercanas para revisar las cartillas de vacunación y aplicar la vacuna pentavalente a los menores que no tenían el esquema completo. También se dio tratamiento preventivo a los familiares que convivieron con los pacientes.

La subdirectora de Epidemiología, doctora Araceli Xicoténcatl Morán, explicó que la tosferina es especialmente peligrosa en los primeros meses de vida, cuando los niños todavía no han recibido las tres dosis de la vacuna. Recomendó a las mujeres embarazadas aplicarse el refuerzo durante el tercer trimestre.

En 2013 el estado registró 41 casos confirmados de la enfermedad y ninguna defunción. Las autoridades pidieron acudir al médico ante una tos persistente de más de dos semanas, sobre todo si se acompaña de silbido o vómito.

AIV/MTR/HGL/11:42
NNNN
"""
write_source('cf04.txt', cf04, eol='crlf')
write_gold('cf04', family='wire',
           title='CONFIRMAN EN PUEBLA TRES CASOS DE TOSFERINA EN MENORES DE UN AÑO',
           date='2014-02-04', bylines=['Marisela Tepox Rugerio'],
           source='Agencia Informativa Volcanes',
           body_first_words='La Secretaría de Salud del estado confirmó tres casos de tosferina',
           body_last_words='sobre todo si se acompaña de silbido o vómito.',
           boilerplate=['ZCZC AIV0418 3 PUE', 'PUE-SALUD-TOSFERINA', 'PUEBLA, Pue., 4 de febrero (AIV).-',
                        'AIV/MTR/HGL/11:42', 'NNNN'],
           must_keep=['Los tres bebés fueron atendidos en el Hospital para el Niño Poblano y dos de ellos ya fueron dados de alta.',
                      'Recomendó a las mujeres embarazadas aplicarse el refuerzo durante el tercer trimestre.',
                      'En 2013 el estado registró 41 casos confirmados de la enfermedad y ninguna defunción.'])

# ---------------------------------------------------------------- cf05 wire (WhatsApp channel chat export, Hgo.)
cf05 = """[12/09/21, 08:14:33] Hidalgo Al Instante: Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.
[12/09/21, 08:14:35] Hidalgo Al Instante: <Multimedia omitido>
[12/09/21, 08:15:02] Hidalgo Al Instante: *Cierran la autopista México-Pachuca por socavón a la altura de Tizayuca*
📍 Tizayuca, Hgo.
✍️ Rubén Islas Barrera

La circulación en la autopista México-Pachuca permanece cerrada en dirección a la capital del estado desde la madrugada de este domingo, luego de que se abrió un socavón de unos ocho metros de diámetro en el kilómetro 52, a la altura de Tizayuca.

De acuerdo con la Guardia Nacional, el hundimiento se detectó alrededor de las 3:00 horas, después de las lluvias intensas que cayeron durante toda la noche en el sur de Hidalgo. Ningún vehículo cayó en la oquedad y no se reportan personas lesionadas.

El tráfico se desvía por la carretera federal 85 y por el libramiento de Tizayuca, donde se formaron filas de más de cinco kilómetros. Las autoridades recomendaron a los automovilistas que viajan a Pachuca salir con anticipación o usar la ruta de Ecatepec-Pirámides.

Personal de la concesionaria y de Protección Civil estatal revisa el terreno para determinar si hay una fuga en el colector de aguas pluviales que corre bajo la autopista. Vecinos del fraccionamiento Haciendas de Tizayuca dijeron que desde hace meses reportaban encharcamientos en la zona.

Hasta el momento no hay una fecha estimada para reabrir los carriles afectados. El sentido hacia la Ciudad de México opera de manera normal.
[12/09/21, 08:15:40] Hidalgo Al Instante: 🔔 Comparte este canal con tus contactos y activa las notificaciones para no perderte ninguna noticia de Hidalgo.
"""
write_source('cf05.txt', cf05)
write_gold('cf05', family='wire',
           title='Cierran la autopista México-Pachuca por socavón a la altura de Tizayuca',
           date='2021-09-12', bylines=['Rubén Islas Barrera'], source='Hidalgo Al Instante',
           body_first_words='La circulación en la autopista México-Pachuca permanece cerrada',
           body_last_words='El sentido hacia la Ciudad de México opera de manera normal.',
           boilerplate=['Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        '<Multimedia omitido>', '[12/09/21, 08:15:40] Hidalgo Al Instante:',
                        'Comparte este canal con tus contactos y activa las notificaciones para no perderte ninguna noticia de Hidalgo.'],
           must_keep=['Ningún vehículo cayó en la oquedad y no se reportan personas lesionadas.',
                      'Las autoridades recomendaron a los automovilistas que viajan a Pachuca salir con anticipación o usar la ruta de Ecatepec-Pirámides.',
                      'Hasta el momento no hay una fecha estimada para reabrir los carriles afectados.'])

# ---------------------------------------------------------------- cf06 wire (diocesan weekly, Word saved as text)
cf06 = """SEMANARIO \u201cEL SEMBRADOR\u201d\tDiócesis de Tlaxcala
Año XXIII\tNúmero 1187\tDomingo 12 de mayo de 2013
Sección: Vida Diocesana

Peregrinos de cuarenta parroquias llegan a la Basílica de Ocotlán

Texto: María Guadalupe Xochitiotzi Pérez

\tMás de quince mil fieles de cuarenta parroquias de la diócesis caminaron el pasado fin de semana hacia la Basílica de Nuestra Señora de Ocotlán, en la peregrinación anual que abre el mes de mayo, dedicado tradicionalmente a la Virgen María.

\tLos grupos salieron desde la madrugada del sábado de comunidades tan lejanas como Calpulalpan, Tlaxco y Zacatelco. Muchos peregrinos caminaron más de cuarenta kilómetros cargando estandartes, imágenes y flores, acompañados por bandas de viento y danzantes.

\tEn su homilía, el obispo pidió a los fieles que la peregrinación no termine en el santuario. \u201cCaminar juntos es el primer paso; el segundo es volver a casa y cuidar a los que se quedaron\u201d, dijo ante la explanada llena.

\tLa Comisión Diocesana de Pastoral hizo tres recomendaciones para las peregrinaciones que faltan este mes:
\t1.\tCaminar por el acostamiento y en grupos, nunca de noche sin chalecos reflejantes.
\t2.\tLlevar agua suficiente y evitar las horas de más calor.
\t3.\tAvisar a la parroquia de origen el número de peregrinos y el nombre de un responsable.

\tLos voluntarios de la Cruz Roja instalaron tres puestos de socorro en el camino y atendieron principalmente ampollas, deshidratación y torceduras. Las parroquias de Ocotlán ofrecieron alimentos y un lugar para descansar a los grupos que llegaron el domingo por la tarde.

Suscripciones y avisos: 246 555 0177 \u2013 elsembrador@diocesis-tlax.example.mx
"""
write_source('cf06.txt', cf06, enc='cp1252', eol='crlf')
write_gold('cf06', family='wire',
           title='Peregrinos de cuarenta parroquias llegan a la Basílica de Ocotlán',
           date='2013-05-12', bylines=['María Guadalupe Xochitiotzi Pérez'], source='El Sembrador',
           section='Vida Diocesana',
           body_first_words='Más de quince mil fieles de cuarenta parroquias',
           body_last_words='a los grupos que llegaron el domingo por la tarde.',
           boilerplate=['Suscripciones y avisos: 246 555 0177 \u2013 elsembrador@diocesis-tlax.example.mx'],
           must_keep=['\u201cCaminar juntos es el primer paso; el segundo es volver a casa y cuidar a los que se quedaron\u201d, dijo ante la explanada llena.',
                      'Caminar por el acostamiento y en grupos, nunca de noche sin chalecos reflejantes.',
                      'Avisar a la parroquia de origen el número de peregrinos y el nombre de un responsable.'])

# ---------------------------------------------------------------- cf07 wire (OCR'd 1990s print archive, Mor.)
cf07 = """LA VOZ DEL ORIENTE DE MORELOS           Cuautla, Mor., martes 17 de octubre de 1995
LOCAL                                                                          5-A
.   ,  ~

Piden ejidatarios de Ayala indemnización por el paso del gasoducto

Por Juan Carlos Ocampo Rojas

Ejidatarios de Anenecuilco y de San Vicente de Juárez exigieron ayer a Petróleos Mexicanos el pago de una indemnización por las tierras que fueron afectadas con la construcción del gasoducto que atraviesa el municipio de Ayala, pues aseguran que desde hace dos años no reciben ningún pago.
                                                  ,

En una reunión con funcionarios de la paraes-
tatal en el salón ejidal ¦, los campesinos explicaron que la zanja abierta para el ducto dañó canales de riego y que en varias parcelas la tierra quedó revuelta con piedra, por lo que ya no se puede sembrar caña ni arroz como antes.

El comisariado ejidal de Anenecuilco, Emiliano Rosales Castrejón, dijo que en 1993 los ingenieros prometieron pagar tres veces el valor de la cosecha perdida y reparar los canales. "Firmamos porque nos dijeron que era para el bien del estado, pero nadie ha vuelto", reclamó frente a los re-
presentantes de Pemex.

|| Pasa a la página 8-A

Piden ejidatarios...
|| Viene de la página 5-A

Los funcionarios se comprometieron a revisar los expedientes de cada parcela y a dar una respuesta en un plazo de treinta días. Los ejidatarios advirtieron que, si no hay acuerdo, bloquearán el acceso a las obras de la estación de compresión que se construye cerca de la carretera a Cuautla.

El presidente municipal de Ayala, que asistió a la reunión como testigo, ofreció la mediación del ayuntamiento y pidió a ambas partes mantener el diálogo. Según datos del propio municipio, son 63 las familias que reclaman el pago.
  ·  '
"""
write_source('cf07.txt', cf07)
write_gold('cf07', family='wire',
           title='Piden ejidatarios de Ayala indemnización por el paso del gasoducto',
           date='1995-10-17', bylines=['Juan Carlos Ocampo Rojas'],
           source='La Voz del Oriente de Morelos', section='Local',
           body_first_words='Ejidatarios de Anenecuilco y de San Vicente de Juárez exigieron',
           body_last_words='son 63 las familias que reclaman el pago.',
           boilerplate=['5-A', '|| Pasa a la página 8-A', 'Piden ejidatarios...', '|| Viene de la página 5-A'],
           must_keep=['Los funcionarios se comprometieron a revisar los expedientes de cada parcela y a dar una respuesta en un plazo de treinta días.',
                      'El presidente municipal de Ayala, que asistió a la reunión como testigo, ofreció la mediación del ayuntamiento y pidió a ambas partes mantener el diálogo.',
                      '"Firmamos porque nos dijeron que era para el bien del estado, pero nadie ha vuelto", reclamó'])

# ---------------------------------------------------------------- cf08 wire (Puebla digital outlet, AMP copy-paste)
cf08 = """Enfoque Angelópolis
Seguridad
Detienen a tres personas por robo de combustible en ducto de Pemex en Tepeaca
Por Ángel Quechol Tecuanhuey
miércoles, 22 de noviembre de 2023 · 18:47 hrs
🔊 Escuchar nota
Tiempo de lectura: 3 min
Foto: Enfoque Angelópolis / Archivo

Elementos de la Guardia Nacional y de la Secretaría de Seguridad Pública estatal detuvieron a tres personas que presuntamente extraían combustible de una toma clandestina en el ducto Minatitlán-México, en la junta auxiliar de San Hipólito Xochiltenango, en el municipio de Tepeaca.

Según el reporte oficial, los detenidos fueron sorprendidos durante la madrugada mientras llenaban bidones de plástico en una camioneta de redilas. En el lugar se aseguraron alrededor de 2 mil litros de gasolina, mangueras y herramientas para perforar el ducto.

Te puede interesar: Puebla, segundo lugar nacional en tomas clandestinas El personal de Petróleos Mexicanos selló la toma y revisó el tramo afectado para descartar fugas. Por precaución, se desalojó a las familias de cuatro viviendas cercanas durante casi tres horas.

La región de Tepeaca, Palmar de Bravo y Acatzingo concentra buena parte de las tomas clandestinas del estado. Vecinos de la zona, que pidieron no ser identificados, dijeron que el olor a gasolina es frecuente por las noches y que temen una explosión como la ocurrida en Hidalgo en 2019.

Los tres detenidos, de entre 22 y 41 años, fueron puestos a disposición de la Fiscalía General de la República, que abrió una carpeta de investigación por el delito de sustracción de hidrocarburo.

Síguenos en Google News y mantente informado con Enfoque Angelópolis.
Recibe las noticias de Puebla en tu correo: suscríbete aquí.
"""
write_source('cf08.md', cf08, bom=True)
write_gold('cf08', family='wire',
           title='Detienen a tres personas por robo de combustible en ducto de Pemex en Tepeaca',
           date='2023-11-22', bylines=['Ángel Quechol Tecuanhuey'], source='Enfoque Angelópolis',
           section='Seguridad',
           body_first_words='Elementos de la Guardia Nacional y de la Secretaría de Seguridad Pública estatal',
           body_last_words='por el delito de sustracción de hidrocarburo.',
           boilerplate=['Escuchar nota', 'Tiempo de lectura: 3 min', 'Foto: Enfoque Angelópolis / Archivo',
                        'Te puede interesar: Puebla, segundo lugar nacional en tomas clandestinas',
                        'Síguenos en Google News y mantente informado con Enfoque Angelópolis.',
                        'Recibe las noticias de Puebla en tu correo: suscríbete aquí.'],
           must_keep=['El personal de Petróleos Mexicanos selló la toma y revisó el tramo afectado para descartar fugas.',
                      'En el lugar se aseguraron alrededor de 2 mil litros de gasolina, mangueras y herramientas para perforar el ducto.',
                      'La región de Tepeaca, Palmar de Bravo y Acatzingo concentra buena parte de las tomas clandestinas del estado.'],
           photo_credit='Enfoque Angelópolis / Archivo')

# ---------------------------------------------------------------- cf09 press (state human-rights commission, Pue.)
cf09 = """COMISIÓN DE DERECHOS HUMANOS DEL ESTADO DE PUEBLA
Boletín 087/2020

CDH PUEBLA EMITE RECOMENDACIÓN AL AYUNTAMIENTO DE TEHUACÁN POR DETENCIÓN ARBITRARIA

Heroica Puebla de Zaragoza, Pue., 12 de agosto de 2020.- La Comisión de Derechos Humanos del Estado de Puebla (CDH Puebla) emitió la Recomendación 12/2020 dirigida al Ayuntamiento de Tehuacán, luego de acreditar que elementos de la policía municipal detuvieron de manera arbitraria a un joven comerciante y lo mantuvieron incomunicado durante más de diez horas.

De acuerdo con el expediente 4521/2019, el agraviado fue detenido en octubre del año pasado en las inmediaciones del mercado municipal sin que existiera flagrancia ni orden de autoridad competente. Los agentes no informaron a sus familiares sobre su paradero ni lo presentaron de inmediato ante el juez calificador.

La investigación de este organismo constató además que el certificado médico elaborado en la comandancia no coincidía con las lesiones que presentaba el joven al ser liberado, las cuales fueron documentadas por personal médico de la Comisión.

En la recomendación se pide al ayuntamiento reparar integralmente el daño, dar vista al órgano interno de control para que investigue a los servidores públicos involucrados y capacitar a todo el personal de seguridad pública en materia de derechos humanos y uso de la fuerza.

La autoridad cuenta con un plazo de quince días hábiles para informar si acepta la recomendación. En caso de no hacerlo, deberá fundar y motivar su negativa y hacerla pública, conforme a lo que establece la ley.

La CDH Puebla recordó que cualquier persona puede presentar una queja de manera gratuita en sus oficinas o en sus visitadurías regionales.

---o0o---

Dirección de Comunicación Social
Tel. 222 555 0309 ext. 114
comunicacion@cdhpuebla-ej.example.mx
"""
write_source('cf09.txt', cf09, enc='cp1252', eol='lf')
write_gold('cf09', family='press_release',
           title='CDH PUEBLA EMITE RECOMENDACIÓN AL AYUNTAMIENTO DE TEHUACÁN POR DETENCIÓN ARBITRARIA',
           date='2020-08-12', source='COMISIÓN DE DERECHOS HUMANOS DEL ESTADO DE PUEBLA',
           bulletin_number='087/2020', issuer='COMISIÓN DE DERECHOS HUMANOS DEL ESTADO DE PUEBLA',
           dateline_city='Heroica Puebla de Zaragoza',
           body_first_words='La Comisión de Derechos Humanos del Estado de Puebla (CDH Puebla) emitió la Recomendación 12/2020',
           body_last_words='en sus oficinas o en sus visitadurías regionales.',
           boilerplate=['Boletín 087/2020', 'Heroica Puebla de Zaragoza, Pue., 12 de agosto de 2020.-',
                        '---o0o---', 'Dirección de Comunicación Social', 'Tel. 222 555 0309 ext. 114',
                        'comunicacion@cdhpuebla-ej.example.mx'],
           must_keep=['De acuerdo con el expediente 4521/2019, el agraviado fue detenido en octubre del año pasado en las inmediaciones del mercado municipal sin que existiera flagrancia ni orden de autoridad competente.',
                      'La autoridad cuenta con un plazo de quince días hábiles para informar si acepta la recomendación.',
                      'En caso de no hacerlo, deberá fundar y motivar su negativa y hacerla pública, conforme a lo que establece la ley.'])

# ---------------------------------------------------------------- cf10 press (state judiciary, Hgo., UTF-16)
cf10 = """PODER JUDICIAL DEL ESTADO DE HIDALGO
COMUNICADO PJEH/CS/045/2022

Inicia operaciones el Juzgado Especializado en Violencia Familiar de Tulancingo

Pachuca de Soto, Hidalgo, a 3 de marzo de 2022

El Poder Judicial del Estado de Hidalgo puso en marcha este jueves el Juzgado Especializado en Violencia Familiar del Distrito Judicial de Tulancingo, que atenderá los asuntos de esa materia en los municipios de Tulancingo de Bravo, Santiago Tulantepec, Cuautepec de Hinojosa, Acatlán y Metepec.

Con este nuevo órgano jurisdiccional suman tres juzgados especializados en la entidad, junto con los que ya funcionan en Pachuca y Tula de Allende. Hasta ahora, los casos de violencia familiar de la región se tramitaban en los juzgados familiares ordinarios, que también resuelven divorcios, pensiones alimenticias y adopciones.

La magistrada presidenta explicó que el juzgado contará con una jueza, dos secretarios de acuerdos, personal de psicología y trabajo social, y una sala de audiencias adaptada para que niñas, niños y adolescentes puedan declarar sin tener contacto con la persona agresora.

Durante 2021, los juzgados familiares del distrito de Tulancingo recibieron 612 solicitudes de órdenes de protección, casi el doble que en 2019. “La especialización permite dictar medidas urgentes en horas y no en semanas”, señaló la titular del Poder Judicial durante la inauguración.

El juzgado funcionará en el edificio de la Ciudad Judicial de Tulancingo y tendrá guardias los fines de semana para atender solicitudes de medidas de protección.

###

Coordinación de Comunicación Social del Poder Judicial del Estado de Hidalgo
Tel. 771 555 0420 | comunicacion@pjhidalgo-ej.example.mx
"""
write_source('cf10.txt', cf10, enc='utf-16-le', eol='crlf', bom=True)
write_gold('cf10', family='press_release',
           title='Inicia operaciones el Juzgado Especializado en Violencia Familiar de Tulancingo',
           date='2022-03-03', source='PODER JUDICIAL DEL ESTADO DE HIDALGO',
           bulletin_number='PJEH/CS/045/2022', issuer='PODER JUDICIAL DEL ESTADO DE HIDALGO',
           dateline_city='Pachuca de Soto',
           body_first_words='El Poder Judicial del Estado de Hidalgo puso en marcha este jueves',
           body_last_words='para atender solicitudes de medidas de protección.',
           boilerplate=['COMUNICADO PJEH/CS/045/2022', 'Pachuca de Soto, Hidalgo, a 3 de marzo de 2022', '###',
                        'Coordinación de Comunicación Social del Poder Judicial del Estado de Hidalgo',
                        'Tel. 771 555 0420 | comunicacion@pjhidalgo-ej.example.mx'],
           must_keep=['Con este nuevo órgano jurisdiccional suman tres juzgados especializados en la entidad, junto con los que ya funcionan en Pachuca y Tula de Allende.',
                      '“La especialización permite dictar medidas urgentes en horas y no en semanas”, señaló la titular del Poder Judicial durante la inauguración.',
                      'Durante 2021, los juzgados familiares del distrito de Tulancingo recibieron 612 solicitudes de órdenes de protección, casi el doble que en 2019.'])
