#!/usr/bin/env python3
"""importer-ck, files 01-08 (wire copy)."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- ck01 wire (regional TV station web copy, Q. Roo)
ck01 = """Inicio › Noticias › Turismo

Cancún recibe 43 vuelos internacionales en el primer día de la reapertura

Por Mariana Cauich Balam | Canal 10 Caribe Noticias
Hace 2 años · 8 de junio de 2020, 21:14

Compartir en Facebook
Compartir en X
Compartir en WhatsApp

El Aeropuerto Internacional de Cancún recibió este lunes 43 vuelos internacionales, la cifra más alta desde que a finales de marzo se suspendieron casi todas las operaciones por la pandemia de COVID-19, informaron autoridades aeroportuarias y la Secretaría de Turismo de Quintana Roo.

La mayoría de los vuelos llegó de ciudades de Estados Unidos como Houston, Dallas, Chicago y Atlanta. En las salas de llegada, el personal del aeropuerto tomó la temperatura a cada pasajero y entregó un cuestionario de salud que debía llenarse antes de pasar por migración.

Los hoteles de la zona hotelera comenzaron a recibir huéspedes con un aforo máximo de 30 por ciento, de acuerdo con el semáforo epidemiológico estatal, que se mantiene en color naranja para la zona norte del estado. Te puede interesar: Playa del Carmen reabre sus playas con horario restringido

Rodrigo Pech Uc, taxista de la terminal 3, dijo que desde hace dos meses no había visto filas de turistas. “Hoy hice cuatro viajes; la semana pasada no hice ni uno”, comentó mientras acomodaba maletas en la cajuela.

Los trabajadores del sector esperan que la llegada de visitantes se mantenga durante el verano, aunque las agencias de viajes reconocen que muchas reservaciones todavía pueden cancelarse si aumentan los contagios. En Quintana Roo, cerca de la mitad de los empleos formales dependen directa o indirectamente del turismo.

Etiquetas: Cancún · aeropuerto · turismo · reactivación

Comentarios (0)
Inicia sesión para comentar
"""
write_source('ck01.txt', ck01, eol='crlf')
write_gold('ck01', family='wire',
           title='Cancún recibe 43 vuelos internacionales en el primer día de la reapertura',
           date='2020-06-08', bylines=['Mariana Cauich Balam'], source='Canal 10 Caribe Noticias',
           section='Turismo',
           body_first_words='El Aeropuerto Internacional de Cancún recibió este lunes 43 vuelos internacionales',
           body_last_words='dependen directa o indirectamente del turismo.',
           boilerplate=['Inicio › Noticias › Turismo', 'Hace 2 años',
                        'Compartir en Facebook', 'Compartir en X', 'Compartir en WhatsApp',
                        'Te puede interesar: Playa del Carmen reabre sus playas con horario restringido',
                        'Etiquetas: Cancún · aeropuerto · turismo · reactivación',
                        'Comentarios (0)', 'Inicia sesión para comentar'],
           must_keep=['Los hoteles de la zona hotelera comenzaron a recibir huéspedes con un aforo máximo de 30 por ciento, de acuerdo con el semáforo epidemiológico estatal, que se mantiene en color naranja para la zona norte del estado.',
                      '“Hoy hice cuatro viajes; la semana pasada no hice ni uno”, comentó mientras acomodaba maletas en la cajuela.',
                      'En Quintana Roo, cerca de la mitad de los empleos formales dependen directa o indirectamente del turismo.'])

# ---------------------------------------------------------------- ck02 wire (shared from a news-aggregator app, Camp.)
ck02 = """Compartido desde la app NotiSureste
━━━━━━━━━━━━━━━━━━━━
Campeche: pescadores de Champotón reportan la peor temporada de pulpo en diez años

Fuente: El Heraldo del Golfo · Economía
Por Julián Ek Chablé
14/09/2020 · 07:40

Los pescadores ribereños de Champotón y Seybaplaya calculan que en las primeras seis semanas de la temporada de pulpo capturaron apenas una tercera parte de lo que obtenían en años anteriores, lo que convierte a esta en la peor temporada de la última década, según las cooperativas del municipio.

Los hombres de mar atribuyen la escasez al calentamiento del agua y a la pesca furtiva durante la veda. Relacionado: Marina asegura 300 kilos de pulpo capturado en veda frente a Sabancuy Aseguran que en julio varias lanchas sin permiso trabajaron de noche frente a la costa, sin que ninguna autoridad las detuviera.

Mauricio Huchín Canul, que pesca desde hace 30 años con jimba y carnada de jaiba, dijo que en un día bueno regresa con 15 kilos, cuando antes traía hasta 60. “Ya salimos más lejos, gastamos más gasolina y volvemos casi con las manos vacías”, contó en el muelle de Champotón.

El precio en playa subió a 70 pesos por kilo, pero los compradores advierten que las plantas congeladoras de Yucatán pagan menos por el pulpo pequeño que predomina este año. Los pescadores pidieron al gobierno del estado un apoyo emergente para combustible y que se adelante la revisión de la cuota de captura.

La temporada de pulpo en el Golfo de México comenzó el 1 de agosto y termina el 15 de diciembre. Para miles de familias de la costa campechana es la principal fuente de ingresos del año.

Leer nota completa en El Heraldo del Golfo: https://heraldodelgolfo.example.mx/economia/2020/09/14/pulpo-champoton
━━━━━━━━━━━━━━━━━━━━
Descarga NotiSureste, tus noticias del sureste en un solo lugar. Disponible para Android y iPhone.
"""
write_source('ck02.txt', ck02)
write_gold('ck02', family='wire',
           title='Campeche: pescadores de Champotón reportan la peor temporada de pulpo en diez años',
           date='2020-09-14', bylines=['Julián Ek Chablé'], source='El Heraldo del Golfo',
           section='Economía',
           body_first_words='Los pescadores ribereños de Champotón y Seybaplaya calculan',
           body_last_words='es la principal fuente de ingresos del año.',
           boilerplate=['Compartido desde la app NotiSureste',
                        'Relacionado: Marina asegura 300 kilos de pulpo capturado en veda frente a Sabancuy',
                        'Leer nota completa en El Heraldo del Golfo: https://heraldodelgolfo.example.mx/economia/2020/09/14/pulpo-champoton',
                        'Descarga NotiSureste, tus noticias del sureste en un solo lugar.',
                        'Disponible para Android y iPhone.'],
           must_keep=['Los hombres de mar atribuyen la escasez al calentamiento del agua y a la pesca furtiva durante la veda.',
                      'Aseguran que en julio varias lanchas sin permiso trabajaron de noche frente a la costa, sin que ninguna autoridad las detuviera.',
                      'La temporada de pulpo en el Golfo de México comenzó el 1 de agosto y termina el 15 de diciembre.'])

# ---------------------------------------------------------------- ck03 wire (1998 agency teletype, DOS code page 850)
ck03 = """ZCZC API0237 BC-CAMPECHE-PETROLEO
API - Agencia Peninsular de Información
03-02-1998 14:32
PRIORIDAD: NORMAL

Trabajadores de plataformas marinas denuncian retraso en pagos de contratistas

Por Ramiro Zavala Chi

CIUDAD DEL CARMEN, Camp., 3 de febrero (API).- Unos 400 trabajadores de compañías contratistas que dan servicio a las plataformas de la Sonda de Campeche se manifestaron esta mañana frente a las oficinas de la terminal marítima de Isla del Carmen para exigir el pago de tres quincenas atrasadas.

Los inconformes, en su mayoría soldadores, pintores y ayudantes generales, explicaron que las empresas que los contrataron aseguran no haber recibido a tiempo el pago de Petróleos Mexicanos por los trabajos de mantenimiento realizados a finales del año pasado.

"Nosotros no tenemos la culpa de los pleitos entre la paraestatal y los contratistas; nuestras familias tienen que comer", dijo Eleuterio Caamal Ku, uno de los representantes del grupo.

Durante la protesta, que duró cerca de cuatro horas, los trabajadores impidieron el paso de las lanchas que trasladan personal a las plataformas. Elementos de la policía municipal vigilaron el lugar sin intervenir.

Al mediodía, un funcionario de la paraestatal recibió a una comisión de seis trabajadores y se comprometió a revisar los adeudos con las empresas. Los manifestantes advirtieron que si el viernes no reciben su salario volverán a bloquear el muelle.

En Ciudad del Carmen trabajan alrededor de 15 mil personas para las compañías contratistas de la industria petrolera, según la cámara local de comercio.

API/RZC/lmt
NNNN
"""
write_source('ck03.txt', ck03, enc='cp850', eol='crlf')
write_gold('ck03', family='wire',
           title='Trabajadores de plataformas marinas denuncian retraso en pagos de contratistas',
           date='1998-02-03', bylines=['Ramiro Zavala Chi'], source='Agencia Peninsular de Información',
           section=None,
           body_first_words='Unos 400 trabajadores de compañías contratistas',
           body_last_words='según la cámara local de comercio.',
           boilerplate=['ZCZC API0237 BC-CAMPECHE-PETROLEO', 'PRIORIDAD: NORMAL',
                        'CIUDAD DEL CARMEN, Camp., 3 de febrero (API).-', 'API/RZC/lmt', 'NNNN'],
           must_keep=['"Nosotros no tenemos la culpa de los pleitos entre la paraestatal y los contratistas; nuestras familias tienen que comer", dijo Eleuterio Caamal Ku, uno de los representantes del grupo.',
                      'Elementos de la policía municipal vigilaron el lugar sin intervenir.',
                      'Los manifestantes advirtieron que si el viernes no reciben su salario volverán a bloquear el muelle.'])

# ---------------------------------------------------------------- ck04 wire (WhatsApp channel post pasted into a note, Yuc.)
ck04 = """[15/10/24, 6:45 a. m.] Yucatán Informa 24/7: 🌀 *Tormenta tropical Noemí se intensifica; Progreso y Celestún suspenden la pesca*

_Redacción Yucatán Informa_

La Capitanía de Puerto de Progreso cerró desde la madrugada de este martes la navegación a embarcaciones menores en toda la costa de Yucatán, luego de que la tormenta tropical Noemí se intensificara frente a la península y el Servicio Meteorológico Nacional pronosticara rachas de hasta 90 kilómetros por hora.

En Progreso, Celestún, Sisal y Dzilam de Bravo, los pescadores amarraron sus lanchas desde la noche del lunes. Varios de ellos sacaron los motores y los guardaron en sus casas para evitar que el oleaje los dañe.

El Consejo Estatal de Protección Civil activó la alerta naranja para los municipios de la costa y la alerta amarilla para Mérida y el resto del estado. Las clases se suspendieron en *todas* las escuelas de los municipios costeros.

👉 La Secretaría de Educación informará a las 18:00 horas si la suspensión se amplía al miércoles.

En Celestún, el presidente de la cooperativa de lancheros turísticos, Wilberth Couoh Pat, dijo que la temporada de flamencos apenas empezaba. “Es la segunda vez este mes que nos toca parar; a ver si aguanta la gente”, comentó.

Los refugios temporales están listos en las escuelas primarias de Progreso y Chicxulub Puerto, aunque hasta la mañana no se había ordenado ninguna evacuación.

📲 Síguenos en nuestro canal de WhatsApp y en Telegram: t.me/yucataninforma_ej
"""
write_source('ck04.txt', ck04)
write_gold('ck04', family='wire',
           title='Tormenta tropical Noemí se intensifica; Progreso y Celestún suspenden la pesca',
           date='2024-10-15', bylines=[], source='Yucatán Informa 24/7', section=None,
           body_first_words='La Capitanía de Puerto de Progreso cerró desde la madrugada',
           body_last_words='no se había ordenado ninguna evacuación.',
           boilerplate=['[15/10/24, 6:45 a. m.]', 'Redacción Yucatán Informa',
                        'Síguenos en nuestro canal de WhatsApp y en Telegram: t.me/yucataninforma_ej'],
           must_keep=['Varios de ellos sacaron los motores y los guardaron en sus casas para evitar que el oleaje los dañe.',
                      'La Secretaría de Educación informará a las 18:00 horas si la suspensión se amplía al miércoles.',
                      '“Es la segunda vez este mes que nos toca parar; a ver si aguanta la gente”, comentó.'])

# ---------------------------------------------------------------- ck05 wire (Facebook page post copied with the UI, Q. Roo)
ck05 = """Quintana Roo al Instante
12 de agosto de 2019 {n}· 
🔴 Mahahual recibe el mayor recale de sargazo del año

Desde la madrugada de este lunes, una franja de sargazo de casi dos metros de ancho cubre la playa frente al malecón de Mahahual, en el sur de Quintana Roo, en lo que pescadores y prestadores de servicios describen como el mayor recale de la temporada.

Brigadas del ayuntamiento de Othón P. Blanco y de la Secretaría de Marina comenzaron a retirar el alga con palas y carretillas, pero los trabajadores reconocieron que la cantidad rebasa su capacidad. El olor a huevo podrido, producto de la descomposición, se percibe a varias cuadras de la costa.

Los dueños de restaurantes del malecón dijeron que varios grupos de turistas cancelaron sus visitas en los últimos días. La barrera marina instalada el año pasado frente al muelle de cruceros se rompió con el oleaje de julio y no ha sido reparada.

El monitoreo satelital de la Universidad de Quintana Roo prevé que la llegada masiva de sargazo continúe por lo menos hasta octubre.

#Sargazo #Mahahual #CostaMaya

📸 Luis Canché / Quintana Roo al Instante

Ver traducción
Todas las reacciones:
1,2 mil
234 comentarios
87 veces compartido
Me gusta
Comentar
Compartir
""".replace('{n}', NBSP)
write_source('ck05.txt', ck05, bom=True)
write_gold('ck05', family='wire',
           title='Mahahual recibe el mayor recale de sargazo del año',
           date='2019-08-12', bylines=[], source='Quintana Roo al Instante', section=None,
           body_first_words='Desde la madrugada de este lunes, una franja de sargazo',
           body_last_words='continúe por lo menos hasta octubre.',
           boilerplate=['#Sargazo #Mahahual #CostaMaya', '📸 Luis Canché / Quintana Roo al Instante',
                        'Ver traducción', 'Todas las reacciones:', '234 comentarios',
                        '87 veces compartido', 'Me gusta', 'Comentar'],
           must_keep=['El olor a huevo podrido, producto de la descomposición, se percibe a varias cuadras de la costa.',
                      'La barrera marina instalada el año pasado frente al muelle de cruceros se rompió con el oleaje de julio y no ha sido reparada.',
                      'El monitoreo satelital de la Universidad de Quintana Roo prevé que la llegada masiva de sargazo continúe por lo menos hasta octubre.'],
           photo_credit='Luis Canché / Quintana Roo al Instante')

# ---------------------------------------------------------------- ck06 wire (print-archive database record, classic Mac CR, cp1252)
ck06 = """Medio: La Voz del Golfo
Sección: Estados
Fecha: 22/05/2003
Página: 12-A
Autor: Gilberto Huchín Poot, corresponsal
Título: Reabren al público la zona arqueológica de Edzná tras obras de restauración
Palabras clave: Edzná; INAH; turismo; Campeche
Texto:
Después de siete meses de trabajos, la zona arqueológica de Edzná, a 55 kilómetros de la ciudad de Campeche, volvió a recibir visitantes esta semana con la Gran Acrópolis consolidada y un nuevo andador que permite recorrer el juego de pelota sin pisar las estructuras.

Los arqueólogos del Centro INAH Campeche retiraron la vegetación que crecía sobre el Edificio de los Cinco Pisos y reforzaron las escalinatas que se habían desprendido con las lluvias del año pasado. También se restauraron los mascarones de estuco del Templo de los Mascarones, que ahora están protegidos por techos de palma.

El custodio más antiguo del sitio, don Feliciano Uc Chan, contó que durante los trabajos llegaron a encontrar fragmentos de cerámica en el relleno de una plataforma. “Cada temporada la tierra nos enseña algo que no sabíamos”, dijo.

Las autoridades estatales de turismo esperan que la reapertura atraiga a más visitantes de los que llegan a la capital del estado, pues la mayoría de los turistas que recorren la ruta de los Chenes no se detiene en Edzná por falta de información en las carreteras.

El sitio abrirá de martes a domingo, de ocho de la mañana a cinco de la tarde. Los domingos la entrada será gratuita para los visitantes nacionales.

Pie de foto: Trabajadores del INAH limpian la escalinata del Edificio de los Cinco Pisos. (Foto: Archivo La Voz del Golfo)
"""
write_source('ck06.txt', ck06, enc='cp1252', eol='cr')
write_gold('ck06', family='wire',
           title='Reabren al público la zona arqueológica de Edzná tras obras de restauración',
           date='2003-05-22', bylines=['Gilberto Huchín Poot'], source='La Voz del Golfo',
           section='Estados',
           body_first_words='Después de siete meses de trabajos, la zona arqueológica de Edzná',
           body_last_words='la entrada será gratuita para los visitantes nacionales.',
           boilerplate=['Página: 12-A', 'Palabras clave: Edzná; INAH; turismo; Campeche',
                        'Pie de foto: Trabajadores del INAH limpian la escalinata del Edificio de los Cinco Pisos.',
                        '(Foto: Archivo La Voz del Golfo)'],
           must_keep=['También se restauraron los mascarones de estuco del Templo de los Mascarones, que ahora están protegidos por techos de palma.',
                      '“Cada temporada la tierra nos enseña algo que no sabíamos”, dijo.',
                      'El sitio abrirá de martes a domingo, de ocho de la mañana a cinco de la tarde.'],
           photo_credit='Archivo La Voz del Golfo')

# ---------------------------------------------------------------- ck07 wire (digital outlet web page pasted with ad slots, Q. Roo)
ck07 = """Política

Congreso de Quintana Roo aprueba ley para proteger cenotes y ríos subterráneos

Por Karla Poot Canul / @karlapoot_ej
Chetumal Hoy
Publicado el miércoles 6 de marzo de 2024 a las 18:05

▶ Escuchar esta nota · 3 min

Con 22 votos a favor y tres abstenciones, el Congreso de Quintana Roo aprobó este miércoles la Ley de Protección de Cenotes, Cavernas y Ríos Subterráneos, que obliga a los desarrollos turísticos e inmobiliarios a presentar un estudio del subsuelo antes de obtener la licencia de construcción.

PUBLICIDAD

La iniciativa fue presentada hace un año por diputados de distintos partidos, después de que colectivos de espeleobuzos documentaron el relleno de al menos 14 cenotes en la zona de Tulum y Playa del Carmen. La ley crea un registro estatal de cuerpos de agua subterráneos que será administrado por la Secretaría de Ecología y Medio Ambiente.

Quienes rellenen, contaminen o cierren el acceso a un cenote podrán recibir multas de hasta 50 mil unidades de medida y actualización, además de la obligación de reparar el daño. Los municipios deberán actualizar sus programas de desarrollo urbano en un plazo de dos años.

Continúa leyendo abajo ⬇

La diputada que presidió la comisión dictaminadora, Rosa Elena Tzuc Poot, dijo que la península de Yucatán depende casi por completo del agua subterránea. “Lo que se tira en un cenote de Tulum lo terminamos bebiendo en Chetumal y en Mérida”, afirmó desde la tribuna.

PUBLICIDAD

Representantes de la industria de la construcción pidieron que el reglamento establezca plazos claros para revisar los estudios, pues temen que la nueva obligación retrase proyectos de vivienda. Organizaciones ambientalistas celebraron la aprobación, aunque advirtieron que la ley no será suficiente si no se destinan recursos para vigilar su cumplimiento.

El decreto entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.

Con información de Agencia Caribe Press
"""
write_source('ck07.md', ck07, eol=('mixed', 14))
write_gold('ck07', family='wire',
           title='Congreso de Quintana Roo aprueba ley para proteger cenotes y ríos subterráneos',
           date='2024-03-06', bylines=['Karla Poot Canul'], source='Chetumal Hoy', section='Política',
           body_first_words='Con 22 votos a favor y tres abstenciones, el Congreso de Quintana Roo',
           body_last_words='en el Periódico Oficial del Estado.',
           boilerplate=['@karlapoot_ej', '▶ Escuchar esta nota · 3 min', 'PUBLICIDAD',
                        'Continúa leyendo abajo ⬇', 'Con información de Agencia Caribe Press'],
           must_keep=['La ley crea un registro estatal de cuerpos de agua subterráneos que será administrado por la Secretaría de Ecología y Medio Ambiente.',
                      '“Lo que se tira en un cenote de Tulum lo terminamos bebiendo en Chetumal y en Mérida”, afirmó desde la tribuna.',
                      'Los municipios deberán actualizar sus programas de desarrollo urbano en un plazo de dos años.'])

# ---------------------------------------------------------------- ck08 wire (1996 newspaper page, PDF-to-text with hyphenation)
ck08 = """DIARIO DE LA COSTA MAYA           Chetumal, Q. Roo, martes 8 de octubre de 1996           PÁGINA 4-A
LOCAL
Rehabilitarán el muelle fiscal de Chetumal antes de la temporada de nortes
Por Anselmo Dzib Cetz
Reportero de Diario de la Costa Maya
   El Ayuntamiento de Othón P. Blanco y la Capitanía de Puerto acordaron rehabilitar el muelle fis-
cal de Chetumal antes de que comience la temporada de nortes, pues las tablas del andador y va-
rios pilotes de concreto están dañados desde el paso de la tormenta tropical del año pasado.
   Según el director de Obras Públicas municipales, ingeniero Jacinto Moo Balam, la obra costará
alrededor de 900 mil pesos y se pagará con recursos del ayuntamiento y del gobierno del estado.
Los trabajos comenzarán el próximo lunes.
   Los pescadores de la bahía, que usan el muelle para desembarcar su producto, pidieron que las
obras se hagan por etapas para no suspender por completo sus actividades. La sociedad coopera-
tiva de Calderitas propuso habilitar de manera provisional el embarcadero del Boulevard Bahía.
   El capitán de puerto explicó que el muelle fiscal recibe cada semana las lanchas que vienen de
Belice con mercancía y pasajeros, por lo que se instalará una rampa temporal.
   Vecinos del barrio de Payo Obispo recordaron que el muelle es también un paseo tradicional de
las familias chetumaleñas. Las autoridades prometieron que el andador quedará abierto antes de la
Navidad, con nuevas bancas y alumbrado.
4-A                                Diario de la Costa Maya                                martes 8 de octubre de 1996
"""
write_source('ck08.txt', ck08)
write_gold('ck08', family='wire',
           title='Rehabilitarán el muelle fiscal de Chetumal antes de la temporada de nortes',
           date='1996-10-08', bylines=['Anselmo Dzib Cetz'], source='Diario de la Costa Maya',
           section='LOCAL',
           body_first_words='El Ayuntamiento de Othón P. Blanco y la Capitanía de Puerto',
           body_last_words='con nuevas bancas y alumbrado.',
           boilerplate=['DIARIO DE LA COSTA MAYA', 'PÁGINA 4-A', 'Reportero de Diario de la Costa Maya',
                        '4-A                                Diario de la Costa Maya                                martes 8 de octubre de 1996'],
           must_keep=['Los trabajos comenzarán el próximo lunes.',
                      'Belice con mercancía y pasajeros, por lo que se instalará una rampa temporal.',
                      'Navidad, con nuevas bancas y alumbrado.'])
