#!/usr/bin/env python3
"""importer-bw, files 01-10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bw01 wire (OCR'd weekly print paper, Irapuato, Gto.)
RULE = '_' * 88
bw01 = """Tribuna Semanal del Bajío        Irapuato, Gto., viernes 14 de marzo de 2008        Página 5
{rule}

CAMPO

Fresa de Irapuato pierde terreno frente a la de Zamora

Por:
Gustavo Alcocer Ibarra

   Los productores de fresa de Irapuato levan-
taron este invierno la cosecha más corta de la
última década: apenas 3 mil 200 hectáreas sem-
bradas, contra las más de 6 mil que había a
mediados de los años noventa, según el padrón
de la asociación local de fresicultores.
   La competencia viene del sur. En el valle de
Zamora y en Jacona, en Michoacán, los huerte-
ros adoptaron desde hace años el acolchado
plástico, el riego por goteo y las variedades
californianas que piden los compradores de Es-
tados Unidos, y hoy venden su fruta en fresco
a mejor precio.
   “Aquí nos quedamos con la fresa para la con-
geladora, y eso se paga barato”, dice don Eleu-
terio Zavala, que siembra cuatro hectáreas en
el ejido de Aldama. El kilo se pagó a las em-
pacadoras a once pesos en enero.
   Los fresicultores calculan que en cinco años
se perdieron 900 empleos en el corte y en las
congeladoras de la zona, y que muchos jornale-
ros se fueron a trabajar a los invernaderos de
Silao o a Estados Unidos.
                                        PASA A LA PÁGINA 8

8        Tribuna Semanal del Bajío        Irapuato, Gto., viernes 14 de marzo de 2008
{rule}

FRESA
VIENE DE LA PÁGINA 5
   Las empacadoras, por su parte, aseguran que
la fruta de Irapuato sigue siendo la preferida
para mermeladas y yogures, pero se quejan de
que llega tarde y con tamaños muy disparejos.
   La Secretaría de Desarrollo Agropecuario del
estado prepara un programa de créditos para
que los productores instalen riego presuriza-
do. Los fresicultores piden además que se com-
bata la entrada de planta de vivero sin certi-
ficado, a la que culpan de la propagación de
plagas como la araña roja.
   Mientras tanto, en las orillas de la ciudad
las parcelas de fresa dan paso a bodegas y
fraccionamientos. Donde hace veinte años ha-
bía fresales, hoy hay naves industriales. ■

|
SE RENTAN BODEGAS CON ANDÉN · Carretera Irapuato-Abasolo km 4 · Tel. 462 555 0147
""".replace('{rule}', RULE)
write_source('bw01.txt', bw01)
write_gold('bw01', family='wire',
           title='Fresa de Irapuato pierde terreno frente a la de Zamora',
           date='2008-03-14', bylines=['Gustavo Alcocer Ibarra'],
           source='Tribuna Semanal del Bajío', section='CAMPO',
           body_first_words='Los productores de fresa de Irapuato levantaron este invierno',
           body_last_words='hoy hay naves industriales.',
           boilerplate=['Tribuna Semanal del Bajío        Irapuato, Gto., viernes 14 de marzo de 2008        Página 5',
                        'PASA A LA PÁGINA 8',
                        '8        Tribuna Semanal del Bajío        Irapuato, Gto., viernes 14 de marzo de 2008',
                        RULE, 'FRESA', 'VIENE DE LA PÁGINA 5',
                        'SE RENTAN BODEGAS CON ANDÉN · Carretera Irapuato-Abasolo km 4 · Tel. 462 555 0147'],
           must_keep=['En el valle de Zamora y en Jacona, en Michoacán, los huerteros adoptaron desde hace años el acolchado plástico, el riego por goteo y las variedades californianas que piden los compradores de Estados Unidos, y hoy venden su fruta en fresco a mejor precio.',
                      'El kilo se pagó a las empacadoras a once pesos en enero.',
                      'Las empacadoras, por su parte, aseguran que la fruta de Irapuato sigue siendo la preferida para mermeladas y yogures, pero se quejan de que llega tarde y con tamaños muy disparejos.',
                      'La Secretaría de Desarrollo Agropecuario del estado prepara un programa de créditos para que los productores instalen riego presurizado.'])

# ---------------------------------------------------------------- bw02 wire (radio station web desk, Uruapan, Mich.)
bw02 = """Inicio › Campo › Aguacateros de Tancítaro forman brigadas para vigilar el bosque

Aguacateros de Tancítaro forman brigadas para vigilar el bosque

Estéreo Meseta Noticias
22 de agosto de 2019 · 13:05 h

ESCUCHA LA NOTA
▶ 00:00 / 02:41
Velocidad 1x

Compartir: Facebook · X · WhatsApp

Productores de aguacate de Tancítaro formaron tres brigadas comunitarias que recorrerán a diario las faldas del Pico de Tancítaro para detectar la tala clandestina y los incendios provocados, que en los últimos años se han usado para abrir nuevas huertas dentro del área natural protegida.

Las brigadas están integradas por 36 personas, entre ellas jóvenes de las tenencias de Apo del Zapote y Condémbaro, que recibirán capacitación de la Comisión Nacional Forestal en el uso de radios, drones y equipo para combatir el fuego.

[AUDIO: comisariado de bienes comunales, 0:32]

En entrevista con Estéreo Meseta, el comisariado de bienes comunales explicó que las huertas empacadoras aportarán una cuota por cada caja exportada para pagar el salario de los brigadistas. “El aguacate nos dio trabajo, pero si acabamos con el bosque nos quedamos sin agua”, dijo.

De acuerdo con estudios de la Universidad Michoacana de San Nicolás de Hidalgo, en la última década la superficie de bosque de pino y encino en la región se redujo cerca de 20 por ciento, mientras que las huertas se extendieron hacia zonas de mayor altitud.

Las autoridades municipales informaron que instalarán dos torres de observación en los cerros de El Varal y La Cantera antes de la temporada de secas, y que los reportes de los brigadistas se enviarán directamente a la Procuraduría Federal de Protección al Ambiente.

Reportaron: Citlali Huerta Magaña y Efraín Tapia Cuevas
Edición web: Mesa Digital Estéreo Meseta

🎙️ Escucha Meseta Informa de lunes a viernes de 7 a 9 de la mañana por el 99.1 FM.
"""
write_source('bw02.md', bw02, eol='crlf')
write_gold('bw02', family='wire',
           title='Aguacateros de Tancítaro forman brigadas para vigilar el bosque',
           date='2019-08-22', bylines=['Citlali Huerta Magaña', 'Efraín Tapia Cuevas'],
           source='Estéreo Meseta Noticias', section='Campo',
           body_first_words='Productores de aguacate de Tancítaro formaron tres brigadas comunitarias',
           body_last_words='a la Procuraduría Federal de Protección al Ambiente.',
           boilerplate=['Inicio › Campo › Aguacateros de Tancítaro forman brigadas para vigilar el bosque',
                        'ESCUCHA LA NOTA', '▶ 00:00 / 02:41', 'Velocidad 1x',
                        'Compartir: Facebook · X · WhatsApp',
                        '[AUDIO: comisariado de bienes comunales, 0:32]',
                        'Reportaron: Citlali Huerta Magaña y Efraín Tapia Cuevas',
                        'Edición web: Mesa Digital Estéreo Meseta',
                        'Escucha Meseta Informa de lunes a viernes de 7 a 9 de la mañana por el 99.1 FM.'],
           must_keep=['Las brigadas están integradas por 36 personas, entre ellas jóvenes de las tenencias de Apo del Zapote y Condémbaro, que recibirán capacitación de la Comisión Nacional Forestal en el uso de radios, drones y equipo para combatir el fuego.',
                      'En entrevista con Estéreo Meseta, el comisariado de bienes comunales explicó que las huertas empacadoras aportarán una cuota por cada caja exportada para pagar el salario de los brigadistas.',
                      '“El aguacate nos dio trabajo, pero si acabamos con el bosque nos quedamos sin agua”, dijo.'])

# ---------------------------------------------------------------- bw03 wire (agency teletype, ISO-8859-1, Celaya, Gto.)
bw03 = """ZCZC ANB0347 3 EST 0412
Agencia Noticiosa del Bajío (ANB) - Servicio Estatal Guanajuato
14-05-13 11:42
ESTADOS

El acuífero de Celaya baja dos metros por año, advierte estudio de la Conagua

Por J. A. Rentería

CELAYA, Gto., 14 de mayo de 2013 (ANB).- El nivel del acuífero del valle de Celaya desciende en promedio dos metros cada año, de acuerdo con un estudio técnico de la Comisión Nacional del Agua presentado este martes ante el consejo de cuenca del río Lerma.

El documento indica que de los pozos de la zona se extraen alrededor de 600 millones de metros cúbicos al año, casi el doble de lo que se recarga de manera natural con las lluvias. La mayor parte del agua se destina al riego de hortalizas y granos.

-MÁS-

ZCZC ANB0348 3 EST 0413
1a. ADICIONAL ACUÍFERO CELAYA

Los especialistas advirtieron que el descenso del nivel ha provocado grietas en calles y viviendas de al menos once colonias de Celaya, entre ellas Las Insurgentes y Zona de Oro, por el hundimiento diferencial del suelo.

El presidente del comité técnico de aguas subterráneas, Anselmo Patiño Guerrero, dijo que los productores del valle están dispuestos a reducir sus volúmenes si se les apoya para tecnificar el riego. «Nadie quiere ser el primero en apagar su pozo si el vecino sigue bombeando», señaló.

El estudio recomienda sustituir el riego por inundación en al menos 20 mil hectáreas, instalar medidores en todos los aprovechamientos y tratar las aguas residuales de la ciudad para usarlas en la agricultura.

Las autoridades municipales informaron que el organismo operador de agua potable ya perfora sus nuevos pozos a más de 400 metros de profundidad.

ANB/JAR/lgv/11:42
NNNN
"""
write_source('bw03.txt', bw03, enc='latin-1', eol='crlf')
write_gold('bw03', family='wire',
           title='El acuífero de Celaya baja dos metros por año, advierte estudio de la Conagua',
           date='2013-05-14', bylines=['J. A. Rentería'],
           source='Agencia Noticiosa del Bajío', section='ESTADOS',
           body_first_words='El nivel del acuífero del valle de Celaya desciende en promedio',
           body_last_words='ya perfora sus nuevos pozos a más de 400 metros de profundidad.',
           boilerplate=['ZCZC ANB0347 3 EST 0412',
                        'Agencia Noticiosa del Bajío (ANB) - Servicio Estatal Guanajuato',
                        '14-05-13 11:42', 'CELAYA, Gto., 14 de mayo de 2013 (ANB).-',
                        '-MÁS-', 'ZCZC ANB0348 3 EST 0413', '1a. ADICIONAL ACUÍFERO CELAYA',
                        'ANB/JAR/lgv/11:42', 'NNNN'],
           must_keep=['La mayor parte del agua se destina al riego de hortalizas y granos.',
                      'Los especialistas advirtieron que el descenso del nivel ha provocado grietas en calles y viviendas de al menos once colonias de Celaya, entre ellas Las Insurgentes y Zona de Oro, por el hundimiento diferencial del suelo.',
                      '«Nadie quiere ser el primero en apagar su pozo si el vecino sigue bombeando», señaló.'])

# ---------------------------------------------------------------- bw04 wire (agency copy received by e-mail, Mich.)
bw04 = """Va para Cultura del martes, ya la revisé. Saludos, Memo

-----Mensaje original-----
De: Mesa de Información SIM <mesa@sim-noticias.example.mx>
Enviado el: lunes, 3 de agosto de 2009 08:17 p.m.
Para: suscriptores@sim-noticias.example.mx
Asunto: SIM - Nota 0912 - Santa Clara del Cobre - Feria

Servicio Informativo Michoacano · Nota 0912 · Cultura

Artesanos de Santa Clara del Cobre llevan a su feria un cazo de 40 kilos

Mesa de Información SIM

SANTA CLARA DEL COBRE, Mich., 3 de agosto de 2009 (SIM).- Un cazo de cobre martillado de 40 kilos, trabajado a mano durante cuatro meses por una familia de artesanos del barrio de San Miguel, será la pieza central de la Feria Nacional del Cobre que comenzará el próximo viernes en esta cabecera municipal de Salvador Escalante.

La pieza fue elaborada a partir de lingotes obtenidos de cable eléctrico reciclado, que los artesanos funden en hornos de leña y luego golpean sobre yunques de piedra hasta darles forma. En el proceso trabajaron tres generaciones de la familia Pérez Cázares.

Los organizadores esperan la visita de unas 50 mil personas durante los diez días de la feria, en la que participarán 120 talleres con cazos, jarras, charolas y piezas de ornato. También habrá un concurso nacional de cobre martillado con premios para las categorías de pieza tradicional y diseño contemporáneo.

“El cobre ya no se vende como antes en los mercados, por eso la feria es cuando sacamos el año”, dijo Rafael Pérez Cázares, uno de los autores del cazo.

Los artesanos se quejan del alza en el precio del metal, que en el último año obligó a varios talleres a reducir su producción o a trabajar sólo por encargo.

La feria incluirá además talleres para niños, exposiciones de fotografía y presentaciones de música de banda en la plaza principal.

_____
Este mensaje y sus anexos son para uso exclusivo de los suscriptores del Servicio Informativo Michoacano. Queda prohibida su reproducción total o parcial sin autorización.
Para dejar de recibir estas notas responda con la palabra BAJA.
"""
write_source('bw04.txt', bw04, enc='cp1252', eol='crlf')
write_gold('bw04', family='wire',
           title='Artesanos de Santa Clara del Cobre llevan a su feria un cazo de 40 kilos',
           date='2009-08-03', bylines=[], source='Servicio Informativo Michoacano', section='Cultura',
           body_first_words='Un cazo de cobre martillado de 40 kilos, trabajado a mano',
           body_last_words='presentaciones de música de banda en la plaza principal.',
           boilerplate=['Va para Cultura del martes, ya la revisé. Saludos, Memo',
                        '-----Mensaje original-----',
                        'De: Mesa de Información SIM <mesa@sim-noticias.example.mx>',
                        'Enviado el: lunes, 3 de agosto de 2009 08:17 p.m.',
                        'Para: suscriptores@sim-noticias.example.mx',
                        'Asunto: SIM - Nota 0912 - Santa Clara del Cobre - Feria',
                        'Servicio Informativo Michoacano · Nota 0912 · Cultura',
                        'Mesa de Información SIM',
                        'SANTA CLARA DEL COBRE, Mich., 3 de agosto de 2009 (SIM).-',
                        'Este mensaje y sus anexos son para uso exclusivo de los suscriptores del Servicio Informativo Michoacano.',
                        'Queda prohibida su reproducción total o parcial sin autorización.',
                        'Para dejar de recibir estas notas responda con la palabra BAJA.'],
           must_keep=['En el proceso trabajaron tres generaciones de la familia Pérez Cázares.',
                      '“El cobre ya no se vende como antes en los mercados, por eso la feria es cuando sacamos el año”, dijo Rafael Pérez Cázares, uno de los autores del cazo.',
                      'También habrá un concurso nacional de cobre martillado con premios para las categorías de pieza tradicional y diseño contemporáneo.'])

# ---------------------------------------------------------------- bw05 wire (regional agency, Qro., title followed by kicker)
bw05 = """Enlace Informativo Regional (EIR)
Jueves 22 de agosto de 2019

Querétaro suma 80 empresas aeroespaciales, pero le faltan técnicos certificados
INDUSTRIA

Textos: Xóchitl Ugalde Reséndiz, Rubén Arteaga Nieves y Gerardo Olvera Pozos
Foto: EIR / Carla Montes Ríos

QUERÉTARO, Qro. (EIR).– El clúster aeroespacial de Querétaro alcanzó este año 80 empresas, entre fabricantes de componentes, talleres de mantenimiento y centros de ingeniería, pero las compañías advierten que no encuentran suficientes técnicos certificados para cubrir las vacantes que abrirán en los próximos dos años.

De acuerdo con el organismo que agrupa al sector, las empresas instaladas en los parques industriales de Colón y El Marqués emplean a cerca de 9 mil personas y necesitarán al menos mil 500 más antes de 2021. Lee también ► El aeropuerto de Querétaro abre nueva ruta de carga a Texas La mayor demanda es de técnicos en materiales compuestos, maquinado de precisión y aviónica.

La Universidad Aeronáutica en Querétaro, institución pública creada para formar personal para la industria, amplió este año su matrícula, pero sus directivos reconocen que la certificación de un técnico puede tardar hasta tres años, porque las normas internacionales exigen horas de práctica supervisada.

Marisela Cabrera Lugo, gerente de recursos humanos de una empresa que fabrica arneses eléctricos para aviones, dijo que la competencia por el personal calificado ha elevado los salarios. “Formamos a un técnico y a los seis meses se lo lleva otra planta del mismo parque”, lamentó.

Las empresas proponen crear un programa de becas compartido entre el gobierno estatal y la industria, con el compromiso de que los egresados trabajen al menos dos años en la región.

EIR/XUR/RAN/GOP
Más notas de la agencia en eir-noticias.example.mx
"""
write_source('bw05.txt', bw05, bom=True)
write_gold('bw05', family='wire',
           title='Querétaro suma 80 empresas aeroespaciales, pero le faltan técnicos certificados',
           date='2019-08-22',
           bylines=['Xóchitl Ugalde Reséndiz', 'Rubén Arteaga Nieves', 'Gerardo Olvera Pozos'],
           source='Enlace Informativo Regional', section='INDUSTRIA',
           body_first_words='El clúster aeroespacial de Querétaro alcanzó este año 80 empresas',
           body_last_words='trabajen al menos dos años en la región.',
           boilerplate=['Foto: EIR / Carla Montes Ríos', 'QUERÉTARO, Qro. (EIR).–',
                        'Lee también ► El aeropuerto de Querétaro abre nueva ruta de carga a Texas',
                        'EIR/XUR/RAN/GOP', 'Más notas de la agencia en eir-noticias.example.mx'],
           must_keep=['las empresas instaladas en los parques industriales de Colón y El Marqués emplean a cerca de 9 mil personas y necesitarán al menos mil 500 más antes de 2021.',
                      'La mayor demanda es de técnicos en materiales compuestos, maquinado de precisión y aviónica.',
                      '“Formamos a un técnico y a los seis meses se lo lleva otra planta del mismo parque”, lamentó.'],
           photo_credit='EIR / Carla Montes Ríos')

# ---------------------------------------------------------------- bw06 wire (university gazette, PDF-to-text, Salvatierra, Gto.)
bw06 = """Gaceta Universitaria UBO | Año 9, núm. 212 | 15 de octubre de 2015

INVESTIGACIÓN

Bacterias del suelo de Salvatierra ayudan a recuperar parcelas con exceso de sales

Leonor Quiroz Balderas
Coordinación de Divulgación Científica

Aarón Vega Solís
Estudiante de Ingeniería en Biotecnología

Un grupo de investigación de la Universidad del Bajío Oriente (UBO) identificó cuatro cepas de
bacterias nativas capaces de mejorar el crecimiento del maíz y del sorgo en suelos con exceso de
sales, un problema que afecta a miles de hectáreas de riego en el sur de Guanajuato.

Las bacterias se aislaron de las raíces de plantas silvestres que crecen en los bordos de los ca-
nales de riego de Salvatierra y Jaral del Progreso, donde la acumulación de sales ha reducido los
rendimientos de los cultivos durante las últimas dos décadas.

Parcelas experimentales en Urireo, Salvatierra. Foto: Comunicación UBO

En pruebas de invernadero, las plantas inoculadas con las cepas produjeron hasta 30 por ciento
más biomasa que las plantas sin tratar. La diferencia fue signiﬁcativa también en la longitud de
las raíces, explicó la responsable del proyecto, la doctora Silvia Ramírez Aguado, profesora del
programa de Biotecnología.

                                                     Gaceta Universitaria UBO — 3
\f                                                     Gaceta Universitaria UBO — 4

El equipo trabaja ahora con productores del ejido de Urireo, que prestaron seis parcelas para
probar el tratamiento en condiciones de campo durante el ciclo primavera-verano. Los resultados
se conocerán a finales del próximo año.

“Los agricultores ya no quieren oír de fertilizantes más caros; quieren algo que puedan producir
ellos mismos”, comentó la investigadora, quien considera que las cepas podrían multiplicarse en
laboratorios comunitarios.

El proyecto recibió financiamiento de un fondo estatal de ciencia y tecnología y participan en él
ocho estudiantes de licenciatura y dos de maestría. Sus primeros resultados se presentaron en el
congreso nacional de microbiología agrícola celebrado en septiembre.

                                                     Gaceta Universitaria UBO — 4
"""
write_source('bw06.text', bw06)
write_gold('bw06', family='wire',
           title='Bacterias del suelo de Salvatierra ayudan a recuperar parcelas con exceso de sales',
           date='2015-10-15', bylines=['Leonor Quiroz Balderas', 'Aarón Vega Solís'],
           source='Gaceta Universitaria UBO', section='INVESTIGACIÓN',
           body_first_words='Un grupo de investigación de la Universidad del Bajío Oriente (UBO)',
           body_last_words='congreso nacional de microbiología agrícola celebrado en septiembre.',
           boilerplate=['Gaceta Universitaria UBO | Año 9, núm. 212 | 15 de octubre de 2015',
                        'Coordinación de Divulgación Científica',
                        'Estudiante de Ingeniería en Biotecnología',
                        'Parcelas experimentales en Urireo, Salvatierra. Foto: Comunicación UBO',
                        'Gaceta Universitaria UBO — 3', 'Gaceta Universitaria UBO — 4'],
           must_keep=['Las bacterias se aislaron de las raíces de plantas silvestres que crecen en los bordos de los canales de riego de Salvatierra y Jaral del Progreso, donde la acumulación de sales ha reducido los rendimientos de los cultivos durante las últimas dos décadas.',
                      'En pruebas de invernadero, las plantas inoculadas con las cepas produjeron hasta 30 por ciento más biomasa que las plantas sin tratar.',
                      'Los resultados se conocerán a finales del próximo año.'],
           photo_credit='Comunicación UBO')

# ---------------------------------------------------------------- bw07 wire (digital outlet, web copy-paste, Corresponsal line)
bw07 = """Cuadrante Michoacano
Menú
Buscar

Uruapan reforesta la Barranca del Cupatitzio para proteger el manantial de la Rodilla del Diablo
Regional | martes 3 de septiembre de 2019 | 18:45

Arturo Villanueva Chávez
Corresponsal | Uruapan, Mich.

Tiempo de lectura: 3 min
Compartir

Voluntarios, estudiantes y trabajadores del organismo de agua potable de Uruapan plantaron este fin de semana 4 mil árboles de especies nativas en las laderas de la Barranca del Cupatitzio, con el objetivo de proteger las zonas de recarga del manantial de la Rodilla del Diablo, donde nace el río que abastece a buena parte de la ciudad.

La jornada se realizó en predios ejidales ubicados aguas arriba del Parque Nacional, donde en los últimos años se ha perdido la cubierta forestal por el cambio de uso de suelo. Se plantaron pinos, encinos, fresnos y ailes producidos en el vivero municipal.

Publicidad

El director del organismo operador, Jesús Cervantes Ochoa, explicó que en temporada de secas el caudal del manantial ha disminuido hasta en una tercera parte respecto de hace diez años. “Si no cuidamos lo que pasa arriba, abajo no va a haber agua para nadie”, advirtió.

Te puede interesar: Uruapan tendrá nuevo mercado de comida en el centro histórico

Los organizadores informaron que los ejidatarios firmaron un convenio para cuidar los árboles durante los próximos tres años, a cambio de un pago por servicios ambientales que aportarán empresas empacadoras de la región.

La siguiente jornada de reforestación está prevista para finales de septiembre, cuando las lluvias todavía permiten que los árboles jóvenes arraiguen. Las personas interesadas en participar podrán registrarse en las oficinas del organismo o en las escuelas que colaboran en el programa.

Etiquetas: Uruapan, Cupatitzio, reforestación, agua
Deja un comentario
Tu dirección de correo electrónico no será publicada.
"""
write_source('bw07.txt', bw07, enc='cp1252')
write_gold('bw07', family='wire',
           title='Uruapan reforesta la Barranca del Cupatitzio para proteger el manantial de la Rodilla del Diablo',
           date='2019-09-03', bylines=['Arturo Villanueva Chávez'], source='Cuadrante Michoacano',
           section='Regional',
           body_first_words='Voluntarios, estudiantes y trabajadores del organismo de agua potable de Uruapan',
           body_last_words='o en las escuelas que colaboran en el programa.',
           boilerplate=['Menú', 'Buscar', 'Regional | martes 3 de septiembre de 2019 | 18:45',
                        'Corresponsal | Uruapan, Mich.', 'Tiempo de lectura: 3 min', 'Compartir',
                        'Publicidad',
                        'Te puede interesar: Uruapan tendrá nuevo mercado de comida en el centro histórico',
                        'Etiquetas: Uruapan, Cupatitzio, reforestación, agua', 'Deja un comentario',
                        'Tu dirección de correo electrónico no será publicada.'],
           must_keep=['Se plantaron pinos, encinos, fresnos y ailes producidos en el vivero municipal.',
                      '“Si no cuidamos lo que pasa arriba, abajo no va a haber agua para nadie”, advirtió.',
                      'Los organizadores informaron que los ejidatarios firmaron un convenio para cuidar los árboles durante los próximos tres años, a cambio de un pago por servicios ambientales que aportarán empresas empacadoras de la región.'])

# ---------------------------------------------------------------- bw08 wire (CMS labelled-field export, Ags.)
bw08 = """=== EXPORTACIÓN DE NOTAS · Hidrocálido al Momento · registro 1 de 1 ===
ID: 48213
TITULO: Feria de San Marcos cierra con 7.8 millones de visitantes, reporta el patronato
SUBTITULO:
SECCION: Feria
AUTOR: Daniela Esparza Medina; Óscar Luévano Ruiz
FECHA_PUB: 2022-05-16 08:15:00
FECHA_MOD: 2022-05-17 11:02:45
ESTATUS: publicado
ETIQUETAS: FNSM2022, turismo, patronato
URL: https://hidrocalidoalmomento.example.mx/feria/2022/05/16/feria-cierra-78-millones/
CONTENIDO:
<figure><img src="/media/2022/05/cierre-feria.jpg" alt="Cierre de la feria"><figcaption>Foto: Hidrocálido al Momento / Archivo</figcaption></figure>
<p>La Feria Nacional de San Marcos cerró la noche del domingo con una asistencia estimada en 7.8 millones de visitantes durante sus 23 días, informó el patronato organizador, que calificó la edición como la de mayor afluencia desde antes de la pandemia.</p>
<p>Según el balance, la ocupación hotelera en la capital promedió 81 por ciento y alcanzó el cien por ciento en los dos fines de semana largos. La derrama económica se estimó en poco más de 9 mil millones de pesos.</p>
<p><strong>Lee también:</strong> <a href="/feria/2022/05/12/palenque-cartelera/">Palenque agota boletos para sus últimas funciones</a></p>
<p>El patronato reconoció que los tiempos de espera en los accesos de la avenida Convención y del Jardín de San Marcos fueron uno de los principales motivos de queja de los visitantes, y anunció que para el próximo año se instalarán más filtros de revisión.</p>
<p>En materia de seguridad, las autoridades estatales informaron que se atendieron 412 incidentes menores, la mayoría por riñas y extravío de personas, todas ellas localizadas. No se reportaron hechos graves dentro del perímetro ferial.</p>
<p>Los comerciantes del casino y de la zona de antojitos reportaron ventas superiores a las de 2019, aunque señalaron que el aumento en el precio de los insumos redujo sus ganancias. “Vendimos más, pero nos quedó menos”, resumió una vendedora de gorditas de la calle Nieto.</p>
<p>La edición 2023 se celebrará del 15 de abril al 7 de mayo, de acuerdo con el calendario presentado por el patronato.</p>
=== FIN DEL REGISTRO ===
"""
write_source('bw08.txt', bw08)
write_gold('bw08', family='wire',
           title='Feria de San Marcos cierra con 7.8 millones de visitantes, reporta el patronato',
           date='2022-05-16', bylines=['Daniela Esparza Medina', 'Óscar Luévano Ruiz'],
           source='Hidrocálido al Momento', section='Feria',
           body_first_words='La Feria Nacional de San Marcos cerró la noche del domingo',
           body_last_words='de acuerdo con el calendario presentado por el patronato.',
           boilerplate=['=== EXPORTACIÓN DE NOTAS · Hidrocálido al Momento · registro 1 de 1 ===',
                        'FECHA_MOD: 2022-05-17 11:02:45', 'ETIQUETAS: FNSM2022, turismo, patronato',
                        'URL: https://hidrocalidoalmomento.example.mx/feria/2022/05/16/feria-cierra-78-millones/',
                        'Foto: Hidrocálido al Momento / Archivo', 'Lee también:',
                        'Palenque agota boletos para sus últimas funciones',
                        '=== FIN DEL REGISTRO ==='],
           must_keep=['La derrama económica se estimó en poco más de 9 mil millones de pesos.',
                      'No se reportaron hechos graves dentro del perímetro ferial.',
                      '“Vendimos más, pero nos quedó menos”, resumió una vendedora de gorditas de la calle Nieto.'],
           photo_credit='Hidrocálido al Momento / Archivo')

# ---------------------------------------------------------------- bw09 press (fresa producers' union, Zamora, Mich.)
bw09 = """BOLETÍN INFORMATIVO 08/2016

UNIÓN REGIONAL DE PRODUCTORES DE FRESA DEL VALLE DE ZAMORA, A.C.

Fresa zamorana llega a Japón en el primer embarque directo de la temporada

Zamora, Michoacán, a 2 de febrero de 2016.

La Unión Regional de Productores de Fresa del Valle de Zamora informa que este lunes salió de la empacadora de la tenencia de Ario de Rayón el primer contenedor refrigerado con 18 toneladas de fresa fresca con destino al puerto de Yokohama, en Japón, luego de casi tres años de trámites sanitarios.

El embarque viajará por carretera al puerto de Manzanillo y de ahí por vía marítima, en un trayecto de aproximadamente tres semanas en el que la fruta se mantendrá a una temperatura constante de un grado centígrado.

Para cumplir con los requisitos de las autoridades japonesas, las 14 huertas participantes se sometieron a auditorías de inocuidad y a un programa de trazabilidad que permite conocer el origen de cada caja. Los productores invirtieron en cámaras de preenfriado y en la capacitación de más de 300 cortadoras y cortadores.

El presidente de la Unión, Baltazar Méndez Ochoa, señaló que la apertura del mercado japonés permitirá a los productores del valle depender menos de las ventas a Estados Unidos, que hoy concentran más del 90 por ciento de sus exportaciones. “Japón paga bien la calidad, pero no perdona un error”, afirmó.

La organización prevé enviar al menos doce contenedores más antes de que concluya la temporada, en abril, y busca que en el próximo ciclo se sumen huertas de Jacona y Tangancícuaro.

---o0o---

Atentamente
Área de Comunicación y Enlace
Tel. 351 555 0178 · WhatsApp 351 555 0179
prensa@fresazamora.example.mx
"""
write_source('bw09.txt', bw09, enc='cp1252', eol='crlf')
write_gold('bw09', family='press_release',
           title='Fresa zamorana llega a Japón en el primer embarque directo de la temporada',
           date='2016-02-02',
           source='UNIÓN REGIONAL DE PRODUCTORES DE FRESA DEL VALLE DE ZAMORA, A.C.',
           bulletin_number='08/2016',
           issuer='UNIÓN REGIONAL DE PRODUCTORES DE FRESA DEL VALLE DE ZAMORA, A.C.',
           dateline_city='Zamora',
           body_first_words='La Unión Regional de Productores de Fresa del Valle de Zamora informa',
           body_last_words='se sumen huertas de Jacona y Tangancícuaro.',
           boilerplate=['BOLETÍN INFORMATIVO 08/2016', 'Zamora, Michoacán, a 2 de febrero de 2016.',
                        '---o0o---', 'Atentamente', 'Área de Comunicación y Enlace',
                        'Tel. 351 555 0178 · WhatsApp 351 555 0179', 'prensa@fresazamora.example.mx'],
           must_keep=['El embarque viajará por carretera al puerto de Manzanillo y de ahí por vía marítima, en un trayecto de aproximadamente tres semanas en el que la fruta se mantendrá a una temperatura constante de un grado centígrado.',
                      'Los productores invirtieron en cámaras de preenfriado y en la capacitación de más de 300 cortadoras y cortadores.',
                      '“Japón paga bien la calidad, pero no perdona un error”, afirmó.'])

# ---------------------------------------------------------------- bw10 press (industrial park, corporate style, Gto.)
bw10 = """COMUNICADO DE PRENSA
PARA PUBLICACIÓN INMEDIATA

**Parque Industrial Tres Encinos**
Comunicado PITE-CP-014/2022

# Parque Industrial Tres Encinos inaugura planta que reutilizará el 60% del agua de sus naves

Apaseo el Grande, Guanajuato, 9 de marzo de 2022 – Parque Industrial Tres Encinos puso en operación una planta de tratamiento de aguas residuales con capacidad de 45 litros por segundo, que permitirá reutilizar alrededor del 60 por ciento del agua que consumen las 27 empresas instaladas en el desarrollo.

El agua tratada se destinará a procesos industriales de enfriamiento, al riego de las áreas verdes y a los sanitarios de las naves, lo que reducirá la extracción de los dos pozos con que cuenta el parque. La inversión fue de 84 millones de pesos, aportados por el desarrollador y por las empresas usuarias.

La planta utiliza un sistema de lodos activados con filtración por membranas y cuenta con un laboratorio propio para verificar que el agua cumpla con las normas oficiales mexicanas antes de volver a la red interna.

Durante la inauguración, el director general del parque, Santiago Urquiza Benavides, señaló que la disponibilidad de agua se ha convertido en uno de los primeros temas que preguntan las empresas extranjeras antes de decidir su inversión en el Bajío. “Ningún cliente nuevo firma sin ver antes nuestro balance hídrico”, dijo.

Autoridades municipales de Apaseo el Grande asistieron al arranque y anunciaron que evaluarán un convenio para que el excedente de agua tratada se utilice en el riego de camellones de la carretera federal 45.

###

**Acerca de Parque Industrial Tres Encinos**
Parque Industrial Tres Encinos es un desarrollo de 180 hectáreas ubicado en el corredor Celaya-Querétaro, con naves para la industria automotriz, de electrodomésticos y de logística.

**Contacto para medios:**
Fernanda Iturbide Solano · Gerente de Comunicación
fernanda.iturbide@tresencinos.example.mx | 461 555 0123
"""
write_source('bw10.md', bw10)
write_gold('bw10', family='press_release',
           title='Parque Industrial Tres Encinos inaugura planta que reutilizará el 60% del agua de sus naves',
           date='2022-03-09', source='Parque Industrial Tres Encinos',
           bulletin_number='PITE-CP-014/2022', issuer='Parque Industrial Tres Encinos',
           dateline_city='Apaseo el Grande',
           body_first_words='Parque Industrial Tres Encinos puso en operación una planta',
           body_last_words='en el riego de camellones de la carretera federal 45.',
           boilerplate=['COMUNICADO DE PRENSA', 'PARA PUBLICACIÓN INMEDIATA',
                        'Comunicado PITE-CP-014/2022',
                        'Apaseo el Grande, Guanajuato, 9 de marzo de 2022 –', '###',
                        'Acerca de Parque Industrial Tres Encinos',
                        'Parque Industrial Tres Encinos es un desarrollo de 180 hectáreas ubicado en el corredor Celaya-Querétaro, con naves para la industria automotriz, de electrodomésticos y de logística.',
                        'Contacto para medios:', 'Fernanda Iturbide Solano · Gerente de Comunicación',
                        'fernanda.iturbide@tresencinos.example.mx | 461 555 0123'],
           must_keep=['La inversión fue de 84 millones de pesos, aportados por el desarrollador y por las empresas usuarias.',
                      '“Ningún cliente nuevo firma sin ver antes nuestro balance hídrico”, dijo.',
                      'La planta utiliza un sistema de lodos activados con filtración por membranas y cuenta con un laboratorio propio para verificar que el agua cumpla con las normas oficiales mexicanas antes de volver a la red interna.'])
