#!/usr/bin/env python3
"""importer-aw, files 21-30."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- aw21 wire (national daily, Ags. correspondent)
aw21 = """Justicia

### Juez federal frena la construcción de un fraccionamiento junto a El Sabinal

Por Luis Enrique Marmolejo / Corresponsal en Aguascalientes
*El Observador Nacional* — Jueves, 9 de mayo de 2024

Foto: Fotoagencia Meridiano

Un juez federal concedió la suspensión definitiva a un grupo de vecinos que se oponen a la construcción de un fraccionamiento de 1{n}200 viviendas en los terrenos que colindan con el bosque de El Sabinal, en el norte de la ciudad de Aguascalientes, por lo que la obra deberá permanecer detenida mientras se resuelve el juicio de amparo.

Los quejosos argumentan que el proyecto no cuenta con un estudio de impacto ambiental que considere el efecto sobre los mantos acuíferos y sobre los sabinos centenarios del lugar. Lee también: Aguascalientes declara alerta por estiaje en 9 municipios La empresa desarrolladora sostiene que obtuvo todos los permisos municipales y estatales.

La resolución ordena a las autoridades abstenerse de otorgar nuevas licencias de construcción en el predio y a la empresa mantener cerrados los accesos de maquinaria. El secretario de Sustentabilidad del estado dijo que respetará la decisión del juzgado.

Para los vecinos de las colonias cercanas, el bosque es uno de los pocos espacios verdes que quedan en esa parte de la ciudad. “Aquí venimos a caminar desde que éramos niños; no queremos que se convierta en otro estacionamiento”, dijo Gabriela Tiscareño, integrante del colectivo que promovió el amparo.

La audiencia constitucional quedó programada para el 20 de junio. Mientras tanto, organizaciones ambientalistas de Jalisco y Zacatecas anunciaron que presentarán escritos de apoyo ante el juzgado.

Síguenos en Google News para no perderte ninguna noticia de los estados.
""".replace('{n}', NBSP)
write_source('aw21.md', aw21)
write_gold('aw21', family='wire',
           title='Juez federal frena la construcción de un fraccionamiento junto a El Sabinal',
           date='2024-05-09', bylines=['Luis Enrique Marmolejo'], source='El Observador Nacional',
           section='Justicia',
           body_first_words='Un juez federal concedió la suspensión definitiva',
           body_last_words='presentarán escritos de apoyo ante el juzgado.',
           boilerplate=['Foto: Fotoagencia Meridiano',
                        'Lee también: Aguascalientes declara alerta por estiaje en 9 municipios',
                        'Síguenos en Google News para no perderte ninguna noticia de los estados.'],
           must_keep=['Los quejosos argumentan que el proyecto no cuenta con un estudio de impacto ambiental que considere el efecto sobre los mantos acuíferos y sobre los sabinos centenarios del lugar.',
                      'La empresa desarrolladora sostiene que obtuvo todos los permisos municipales y estatales.',
                      'La audiencia constitucional quedó programada para el 20 de junio.'],
           photo_credit='Fotoagencia Meridiano')

# ---------------------------------------------------------------- aw22 wire (radio group web desk, SLP)
aw22 = """Cierran la carretera 57 en Matehuala por bloqueo de productores de tomate
Radio Altiplano Noticias | Por Staff | 07/11/2011 - 13:20
\t
Productores de tomate y chile del altiplano potosino bloquearon desde las ocho de la mañana de este lunes los dos sentidos de la carretera federal 57 a la altura de Matehuala, para exigir al gobierno federal apoyos por las pérdidas que les dejó la helada de la semana pasada.

Según los inconformes, más de 2 mil hectáreas de cultivos bajo cielo abierto se perdieron en los municipios de Matehuala, Cedral y Villa de Guadalupe. Los productores aseguran que las temperaturas bajaron hasta siete grados bajo cero durante dos noches seguidas.

LEE TAMBIÉN: Heladas tempranas dañan cosechas en el norte de Zacatecas
\t
La fila de tractocamiones alcanzaba hasta las 12 horas unos diez kilómetros en dirección a Saltillo. La Policía Federal recomendó a los automovilistas tomar la carretera a Dr. Arroyo como vía alterna, aunque advirtió que el tramo es angosto y tiene poca señalización.

El líder de los productores, Fausto Rangel Moctezuma, dijo que no levantarán el bloqueo hasta que un funcionario de la delegación de la Secretaría de Agricultura acuda al lugar con una propuesta por escrito. “Ya nos cansamos de ir a la capital a que nos den citas”, afirmó.

Funcionarios de la delegación federal informaron por la tarde que una comisión viajaría desde San Luis Potosí para instalar una mesa de diálogo en la presidencia municipal de Matehuala.

Con información de Radio Altiplano 1090 AM

Escúchanos en vivo de lunes a viernes en Noticias Altiplano Primera Emisión, de 7 a 10 de la mañana.
"""
write_source('aw22.txt', raw=to_bytes(aw22, enc='cp1252', eol='crlf') + b'\x1a')
write_gold('aw22', family='wire',
           title='Cierran la carretera 57 en Matehuala por bloqueo de productores de tomate',
           date='2011-11-07', bylines=[], source='Radio Altiplano Noticias',
           body_first_words='Productores de tomate y chile del altiplano potosino',
           body_last_words='en la presidencia municipal de Matehuala.',
           boilerplate=['LEE TAMBIÉN: Heladas tempranas dañan cosechas en el norte de Zacatecas',
                        'Con información de Radio Altiplano 1090 AM',
                        'Escúchanos en vivo de lunes a viernes en Noticias Altiplano Primera Emisión, de 7 a 10 de la mañana.'],
           must_keep=['Los productores aseguran que las temperaturas bajaron hasta siete grados bajo cero durante dos noches seguidas.',
                      'La fila de tractocamiones alcanzaba hasta las 12 horas unos diez kilómetros en dirección a Saltillo.',
                      '“Ya nos cansamos de ir a la capital a que nos den citas”, afirmó.'])

# ---------------------------------------------------------------- aw23 wire (national agency, Nay., republished)
aw23 = """Sociedad

# Huicholes de la sierra de Nayarit caminan 500 kilómetros rumbo a Wirikuta

AMNI — Agencia Mexicana de Noticias Independiente
Por Héctor Zamudio Arce | 15-10-2009

TEPIC, Nay., 15 de octubre de 2009 (AMNI).- Un grupo de 43 peregrinos wixáritari de las comunidades de la sierra del Nayar inició esta semana la caminata de casi 500 kilómetros hacia Wirikuta, en el desierto de San Luis Potosí, donde cada año realizan ceremonias para pedir lluvia y buenas cosechas.

La peregrinación, que dura alrededor de un mes, sigue una ruta que los antepasados de las comunidades recorrieron durante siglos. Los caminantes cruzarán parte de Jalisco y Zacatecas, y en algunos tramos serán acompañados por autoridades tradicionales de otras comunidades.

El marakame que encabeza al grupo explicó que este año la caminata tiene un significado especial, porque en la zona de Real de Catorce se ha hablado de proyectos mineros que, aseguran, amenazan los sitios sagrados. “Nosotros no vamos de paseo; vamos a cuidar el lugar donde nace el sol”, dijo en su lengua, con traducci&oacute;n de uno de los jóvenes del grupo.

Organizaciones civiles de Tepic y Guadalajara instalaron puntos de apoyo con agua, alimentos y atención médica en varios poblados del trayecto. La Comisión para el Desarrollo de los Pueblos Indígenas informó que dará acompañamiento a los peregrinos hasta su regreso.

Los habitantes de los pueblos por los que pasa la peregrinación suelen recibir a los caminantes con comida y hospedaje, una costumbre que se ha mantenido por generaciones.

Este contenido se publicó originalmente en AMNI y se reproduce con autorización.

AMNI/HZA/mg
"""
write_source('aw23.text', aw23, bom=True)
write_gold('aw23', family='wire',
           title='Huicholes de la sierra de Nayarit caminan 500 kilómetros rumbo a Wirikuta',
           date='2009-10-15', bylines=['Héctor Zamudio Arce'],
           source='Agencia Mexicana de Noticias Independiente', section='Sociedad',
           body_first_words='Un grupo de 43 peregrinos wixáritari de las comunidades',
           body_last_words='una costumbre que se ha mantenido por generaciones.',
           boilerplate=['TEPIC, Nay., 15 de octubre de 2009 (AMNI).-',
                        'Este contenido se publicó originalmente en AMNI y se reproduce con autorización.',
                        'AMNI/HZA/mg'],
           must_keep=['Los caminantes cruzarán parte de Jalisco y Zacatecas, y en algunos tramos serán acompañados por autoridades tradicionales de otras comunidades.',
                      '“Nosotros no vamos de paseo; vamos a cuidar el lugar donde nace el sol”, dijo en su lengua',
                      'La Comisión para el Desarrollo de los Pueblos Indígenas informó que dará acompañamiento a los peregrinos hasta su regreso.'])

# ---------------------------------------------------------------- aw24 press (municipality, Qro.)
aw24 = """H. AYUNTAMIENTO DE SAN JUAN DEL RÍO
Coordinación de Comunicación Social
No. 1534/2024

Municipio rehabilita 14 kilómetros de calles en la delegación Santa Cruz Nieto

San Juan del Río, Qro.; a 18 de octubre de 2024.- El Ayuntamiento de San Juan del Río concluyó la rehabilitación de 14 kilómetros de calles en las comunidades de la delegación Santa Cruz Nieto, con una inversión de 38 millones de pesos provenientes de recursos municipales y del fondo federal de infraestructura social.

Los trabajos incluyeron la sustitución de la carpeta asfáltica, la construcción de guarniciones y banquetas, y la renovación de las redes de agua potable y drenaje en las calles principales de Santa Cruz Nieto, La Estancia y Banthí.

Durante el recorrido de entrega, el presidente municipal escuchó a vecinos que pidieron reforzar el alumbrado en el camino que lleva a la secundaria. La Secretaría de Obras Públicas se comprometió a instalar 60 luminarias antes de que termine el año.

El titular de Obras Públicas, ingeniero Arturo Feregrino Soto, explicó que en esta etapa se dio prioridad a las rutas por las que circula el transporte escolar y a las calles que se inundaban en temporada de lluvias.

El Ayuntamiento recordó que la ciudadanía puede reportar baches y fugas a través del número de WhatsApp de Atención Ciudadana, que funciona las 24 horas, o en las oficinas de la delegación.

FIN

Facebook: Gobierno de San Juan del Río Ej
X: @SJRComunicaEj
"""
write_source('aw24.txt', aw24, enc='cp1252', eol=('mixed', 9))
write_gold('aw24', family='press_release',
           title='Municipio rehabilita 14 kilómetros de calles en la delegación Santa Cruz Nieto',
           date='2024-10-18', source='H. AYUNTAMIENTO DE SAN JUAN DEL RÍO',
           bulletin_number='1534/2024', issuer='H. AYUNTAMIENTO DE SAN JUAN DEL RÍO',
           dateline_city='San Juan del Río',
           body_first_words='El Ayuntamiento de San Juan del Río concluyó la rehabilitación',
           body_last_words='o en las oficinas de la delegación.',
           boilerplate=['Coordinación de Comunicación Social', 'No. 1534/2024',
                        'San Juan del Río, Qro.; a 18 de octubre de 2024.-', 'FIN',
                        'Facebook: Gobierno de San Juan del Río Ej', 'X: @SJRComunicaEj'],
           must_keep=['La Secretaría de Obras Públicas se comprometió a instalar 60 luminarias antes de que termine el año.',
                      'El Ayuntamiento recordó que la ciudadanía puede reportar baches y fugas a través del número de WhatsApp de Atención Ciudadana, que funciona las 24 horas, o en las oficinas de la delegación.',
                      'con una inversión de 38 millones de pesos provenientes de recursos municipales y del fondo federal de infraestructura social.'])

# ---------------------------------------------------------------- aw25 press (Conagua Ags., dateline before title)
aw25 = """GOBIERNO DE MÉXICO
COMISIÓN NACIONAL DEL AGUA - DIRECCIÓN LOCAL AGUASCALIENTES
Comunicado de Prensa No. 031-25

Aguascalientes, Ags., 27 de marzo de 2025   

Conagua llama a productores a registrar sus pozos antes del cierre del padrón de usuarios   

La Comisión Nacional del Agua (Conagua), a través de su Dirección Local en Aguascalientes, exhortó a los productores agrícolas que cuentan con pozos para riego a actualizar su registro en el Registro Público de Derechos de Agua antes del 30 de abril, fecha en que cerrará la actual etapa de regularización.

El acuífero del Valle de Aguascalientes es uno de los más sobreexplotados del país: cada año se extrae de él más del doble del agua que se recarga de manera natural. Por ello, explicó la dependencia, es indispensable contar con un padrón confiable de los aprovechamientos existentes.

Los usuarios deberán presentar su título de concesión, el croquis de ubicación del pozo y, en su caso, la constancia del medidor volumétrico instalado. El trámite es gratuito y puede iniciarse en línea o en las ventanillas de la Dirección Local.

El director local, ingeniero Rogelio Medina Esparza, señaló que durante el último año se detectaron 212 pozos que operaban sin título vigente. “La regularización no busca castigar a nadie, sino saber cuánta agua estamos usando realmente”, indicó.

La Conagua recordó que la extracción de aguas nacionales sin concesión puede ser sancionada conforme a la Ley de Aguas Nacionales, y que los pozos no registrados podrán ser clausurados.

* * *

www.conagua-ags.example.mx
@conagua_ags_ej
"""
write_source('aw25.md', aw25, eol='crlf')
write_gold('aw25', family='press_release',
           title='Conagua llama a productores a registrar sus pozos antes del cierre del padrón de usuarios',
           date='2025-03-27', source='COMISIÓN NACIONAL DEL AGUA - DIRECCIÓN LOCAL AGUASCALIENTES',
           bulletin_number='031-25', issuer='COMISIÓN NACIONAL DEL AGUA - DIRECCIÓN LOCAL AGUASCALIENTES',
           dateline_city='Aguascalientes',
           body_first_words='La Comisión Nacional del Agua (Conagua), a través de su Dirección Local',
           body_last_words='los pozos no registrados podrán ser clausurados.',
           boilerplate=['GOBIERNO DE MÉXICO', 'Comunicado de Prensa No. 031-25',
                        'Aguascalientes, Ags., 27 de marzo de 2025', '* * *',
                        'www.conagua-ags.example.mx', '@conagua_ags_ej'],
           must_keep=['El acuífero del Valle de Aguascalientes es uno de los más sobreexplotados del país: cada año se extrae de él más del doble del agua que se recarga de manera natural.',
                      'El trámite es gratuito y puede iniciarse en línea o en las ventanillas de la Dirección Local.',
                      '“La regularización no busca castigar a nadie, sino saber cuánta agua estamos usando realmente”, indicó.'])

# ---------------------------------------------------------------- aw26 press (Sader Colima)
aw26 = """COMUNICADO

Oficina de Representación de la Secretaría de Agricultura y Desarrollo Rural en Colima
Boletín No. REP-COL/019/2020

Colima, Col., 5 de mayo de 2020

Productores de limón mexicano de Tecomán recibirán apoyo para control del HLB

Alrededor de 1{n}100 productores de limón mexicano de los municipios de Tecomán, Armería y Manzanillo recibirán insumos para el control del insecto que transmite el Huanglongbing (HLB) de los cítricos, informó la Oficina de Representación de Agricultura en Colima.

El programa contempla la entrega de trampas, productos biológicos y asesoría técnica para el manejo regional de la plaga en cerca de 19 mil hectáreas. Las aplicaciones se realizarán de manera coordinada entre huertas vecinas, ya que el control aislado de una sola parcela resulta poco eficaz.

El representante de la Secretaría en la entidad, Marco Antonio Larios Pizano, explicó que Colima es el segundo productor nacional de limón mexicano y que la enfermedad ha reducido los rendimientos en algunas huertas hasta en 40 por ciento desde su llegada al estado.

Debido a la contingencia sanitaria por COVID-19, la entrega de insumos se hará por citas escalonadas en los centros de acopio de cada municipio, y se pedirá a los productores acudir con cubrebocas y respetar la sana distancia.

Los interesados deberán estar inscritos en el padrón de productores y presentar identificación oficial. La lista de beneficiarios se publicará en las oficinas de los distritos de desarrollo rural.

oo0oo

Oficina de Representación en Colima
Tel. 312 555 0264
comunicacion.colima@agricultura-col.example.mx
""".replace('{n}', NBSP)
write_source('aw26.txt', aw26)
write_gold('aw26', family='press_release',
           title='Productores de limón mexicano de Tecomán recibirán apoyo para control del HLB',
           date='2020-05-05',
           source='Oficina de Representación de la Secretaría de Agricultura y Desarrollo Rural en Colima',
           bulletin_number='REP-COL/019/2020',
           issuer='Oficina de Representación de la Secretaría de Agricultura y Desarrollo Rural en Colima',
           dateline_city='Colima',
           body_first_words='Alrededor de 1 100 productores de limón mexicano',
           body_last_words='en las oficinas de los distritos de desarrollo rural.',
           boilerplate=['COMUNICADO', 'Boletín No. REP-COL/019/2020', 'Colima, Col., 5 de mayo de 2020',
                        'oo0oo', 'Tel. 312 555 0264', 'comunicacion.colima@agricultura-col.example.mx'],
           must_keep=['Las aplicaciones se realizarán de manera coordinada entre huertas vecinas, ya que el control aislado de una sola parcela resulta poco eficaz.',
                      'Los interesados deberán estar inscritos en el padrón de productores y presentar identificación oficial.',
                      'y que la enfermedad ha reducido los rendimientos en algunas huertas hasta en 40 por ciento desde su llegada al estado.'])

# ---------------------------------------------------------------- aw27 jekyll (hand-made site #2, Qro. Sierra Gorda)
aw27 = """---
Titulo: Misiones de la Sierra Gorda reciben a más visitantes que nunca
Fecha: "sábado 3 de marzo de 2012"
autores: "Ana Lilia López Ríos, Pedro Ruiz Anaya"
categorias: Sociedad
etiquetas:
  - Jalpan
  - turismo
  - patrimonio
---

Las cinco misiones franciscanas de la Sierra Gorda de Querétaro recibieron el año pasado cerca de 180 mil visitantes, casi el doble que hace una década, según los registros de los módulos de información turística de Jalpan de Serra, Landa de Matamoros y Arroyo Seco.

Las misiones de Jalpan, Concá, Landa, Tancoyol y Tilaco fueron construidas a mediados del siglo XVIII y son famosas por sus fachadas de argamasa pintada, en las que se mezclan santos, sirenas, mazorcas y motivos vegetales.

El crecimiento del turismo ha traído ingresos a las comunidades, pero también nuevos problemas. Los párrocos piden que los visitantes respeten los horarios de misa, y los vecinos de Tancoyol se quejan de que los autobuses se estacionan frente al atrio.

Doña Herminia Chávez, que vende gorditas de horno frente a la misión de Landa, dice que antes sólo llegaban visitantes en Semana Santa. “Ahora vienen todos los fines de semana, y hasta extranjeros que preguntan por las sirenas de la fachada”, cuenta.

Las autoridades municipales preparan un reglamento de imagen urbana para las plazas que rodean los templos, y la reserva de la biosfera promueve recorridos que combinan la visita a las misiones con caminatas por la selva baja y los sótanos de la región.
"""
write_source('aw27.md', aw27)
write_gold('aw27', family='jekyll',
           title='Misiones de la Sierra Gorda reciben a más visitantes que nunca',
           date='2012-03-03', bylines=['Ana Lilia López Ríos', 'Pedro Ruiz Anaya'],
           section='Sociedad',
           body_first_words='Las cinco misiones franciscanas de la Sierra Gorda de Querétaro',
           body_last_words='por la selva baja y los sótanos de la región.',
           must_keep=['Las misiones de Jalpan, Concá, Landa, Tancoyol y Tilaco fueron construidas a mediados del siglo XVIII y son famosas por sus fachadas de argamasa pintada, en las que se mezclan santos, sirenas, mazorcas y motivos vegetales.',
                      'El crecimiento del turismo ha traído ingresos a las comunidades, pero también nuevos problemas.',
                      'Los párrocos piden que los visitantes respeten los horarios de misa, y los vecinos de Tancoyol se quejan de que los autobuses se estacionan frente al atrio.'])

# ---------------------------------------------------------------- aw28 jekyll (hand-made site #3, Nay., published: no)
aw28 = """---
layout: nota
title: Balance de fin de año en Bahía de Banderas, ocupación hotelera al tope
date: 2012-12-31 22:40
published: no
author: Redacción Web
category: Destacadas
site_name: El Vigía de Nayarit
---

Los hoteles de Nuevo Vallarta, Bucerías y Punta de Mita terminaron el año con una ocupación cercana al 95 por ciento, de acuerdo con el reporte de la asociación de hoteles de la Riviera Nayarit, que atribuyó el resultado a la llegada de turistas de Canadá, Estados Unidos y Guadalajara.

En la costa sur del municipio de Bahía de Banderas se registraron largas filas de automóviles desde el mediodía, y los agentes de tránsito tuvieron que cerrar temporalmente el acceso a la zona hotelera de Nuevo Vallarta para ordenar la circulación.

Los restauranteros de Bucerías dijeron que las reservaciones para la cena de Año Nuevo se agotaron desde la semana pasada. En La Cruz de Huanacaxtle, los pescadores vendieron desde temprano el pescado zarandeado que se prepara tradicionalmente para esta fecha.

Protección Civil municipal informó que desplegó guardavidas en las playas más concurridas y que durante la última semana atendió a once personas por picaduras de medusa y dos rescates en el mar sin consecuencias graves.

Para el primer fin de semana de enero se espera una ocupación todavía alta, aunque menor, debido al regreso a clases de los visitantes nacionales. El puente aéreo con ciudades canadienses se mantendrá hasta la primavera.

Autoridades municipales pidieron a los visitantes no dejar basura en la playa y respetar las zonas de anidación de tortugas marinas.
"""
write_source('aw28.md', aw28)
write_gold('aw28', family='jekyll',
           title='Balance de fin de año en Bahía de Banderas, ocupación hotelera al tope',
           date='2012-12-31', published=False, bylines=[], source='El Vigía de Nayarit',
           section=None, placement=['Destacadas'],
           body_first_words='Los hoteles de Nuevo Vallarta, Bucerías y Punta de Mita',
           body_last_words='respetar las zonas de anidación de tortugas marinas.',
           must_keep=['Los restauranteros de Bucerías dijeron que las reservaciones para la cena de Año Nuevo se agotaron desde la semana pasada.',
                      'El puente aéreo con ciudades canadienses se mantendrá hasta la primavera.',
                      'En La Cruz de Huanacaxtle, los pescadores vendieron desde temprano el pescado zarandeado que se prepara tradicionalmente para esta fecha.'])

# ---------------------------------------------------------------- aw29 generic (setext h2 title with dashes)
aw29 = """La tuba de Colima: cómo se hace la bebida de la palma
-----------------------------------------------------

La tuba es la savia fermentada de la palma de coco, y en Colima se vende en las esquinas desde hace más de trescientos años. Llegó con los marineros filipinos que desembarcaban en las costas del Pacífico durante el comercio del Galeón de Manila.

El tubero sube a la palma al amanecer y corta la punta de la flor para que escurra el líquido en un recipiente. Al día siguiente regresa por la savia, que apenas empieza a fermentar y tiene un sabor dulce y ligeramente ácido.

Para venderla, los tuberos la mezclan con un poco de hielo y la sirven en vasos con cacahuate picado, pepino y manzana. Los más tradicionales todavía la cargan en guajes colgados de una vara de madera sobre los hombros &mdash; la imagen que aparece en casi todas las postales de la ciudad.

La tuba tiene que venderse el mismo día, porque al fermentar se vuelve agria. Con la que sobra, algunas familias preparan vinagre, que se usa en la cocina regional para curtir chiles y cebollas.

En los últimos años, la falta de palmeras productivas y el interés de los jóvenes por otros oficios han reducido el número de tuberos. El ayuntamiento organiza cada año un concurso para reconocer a quienes mantienen la tradición, y algunas escuelas invitan a los tuberos a contar su trabajo.
"""
write_source('aw29.text', aw29, eol='crlf')
write_gold('aw29', family='generic',
           title='La tuba de Colima: cómo se hace la bebida de la palma',
           body_first_words='La tuba es la savia fermentada de la palma de coco',
           body_last_words='invitan a los tuberos a contar su trabajo.',
           must_keep=['Llegó con los marineros filipinos que desembarcaban en las costas del Pacífico durante el comercio del Galeón de Manila.',
                      'La tuba tiene que venderse el mismo día, porque al fermentar se vuelve agria.',
                      'El tubero sube a la palma al amanecer y corta la punta de la flor para que escurra el líquido en un recipiente.'])

# ---------------------------------------------------------------- aw30 bad (empty: BOM and whitespace only)
write_source('aw30.text', raw=b'\xef\xbb\xbf\r\n   \r\n\t\r\n')
write_gold('aw30', family='bad',
           refusal_reason='El archivo está vacío: sólo contiene espacios y saltos de línea.')
