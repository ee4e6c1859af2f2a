#!/usr/bin/env python3
"""importer-ay, files ay21-ay30."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- ay21 wire (Gulf agency, Tamps.; roman-numeral month)
t = """[Medio Ambiente]

**Liberan más de 4 mil crías de tortuga lora en la playa Miramar**

Agencia de Noticias del Golfo · Redacción ANG · 30-IX-2015

CIUDAD MADERO, Tamps. (ANG).- Voluntarios, estudiantes y personal del campamento tortuguero de la playa Miramar liberaron este miércoles 4 mil 320 crías de tortuga lora, con lo que concluyó la temporada de anidación 2015 en el sur de Tamaulipas.

La tortuga lora, considerada la especie de tortuga marina más amenazada del mundo, anida casi exclusivamente en las costas del Golfo de México, entre Tamaulipas y el norte de Veracruz, durante los meses de abril a julio.

Te puede interesar | Playa Miramar recibe distintivo de calidad ambiental De acuerdo con el biólogo responsable del campamento, Joaquín Reséndez Mora, este año se protegieron 61 nidos, diez más que en la temporada anterior, gracias a los recorridos nocturnos que realizan voluntarios a lo largo de nueve kilómetros de playa.

Reséndez Mora explicó que los huevos se trasladan a un corral de incubación vigilado, donde permanecen alrededor de 50 días hasta que eclosionan. Las crías se liberan al atardecer, cuando la arena está más fresca y hay menos depredadores.

Decenas de familias acudieron a presenciar la liberación, que se realizó detrás de una línea marcada en la arena para no pisar a las pequeñas tortugas. Los organizadores pidieron no tocarlas ni tomarles fotografías con flash.

El campamento recordó que cualquier persona que encuentre una tortuga anidando o un nido en la playa debe reportarlo a las autoridades ambientales y no mover los huevos, ya que la manipulación reduce la posibilidad de que las crías sobrevivan.

Con información de Rosalba Tovar.

Síguenos en Twitter: @ANGolfo
"""
write_source('ay21.markdown', t, enc='cp1252', eol='crlf')
write_gold('ay21', family='wire',
           title='Liberan más de 4 mil crías de tortuga lora en la playa Miramar',
           date='2015-09-30', bylines=[], source='Agencia de Noticias del Golfo',
           section='Medio Ambiente',
           body_first_words='Voluntarios, estudiantes y personal del campamento tortuguero',
           body_last_words='reduce la posibilidad de que las crías sobrevivan.',
           boilerplate=['CIUDAD MADERO, Tamps. (ANG).-',
                        'Te puede interesar | Playa Miramar recibe distintivo de calidad ambiental',
                        'Con información de Rosalba Tovar.', 'Síguenos en Twitter: @ANGolfo'],
           must_keep=['De acuerdo con el biólogo responsable del campamento, Joaquín Reséndez Mora, este año se protegieron 61 nidos, diez más que en la temporada anterior',
                      'Las crías se liberan al atardecer, cuando la arena está más fresca y hay menos depredadores.'])

# ---------------------------------------------------------------- ay22 press (Guardia Nacional, Tamps.)
t = """GUARDIA NACIONAL – COORDINACIÓN ESTATAL TAMAULIPAS
Comunicado No. GN/CET/113/2021

Rescata Guardia Nacional a 27 personas migrantes abandonadas en un tractocamión en Nuevo Laredo

Nuevo Laredo, Tamaulipas; a 19 de octubre de 2021.- Personal de la Guardia Nacional adscrito a la Coordinación Estatal Tamaulipas rescató a 27 personas migrantes de origen centroamericano que se encontraban en el interior de la caja refrigerada de un tractocamión abandonado en un predio de la colonia Valles de Anáhuac, en esta ciudad fronteriza.

Los hechos ocurrieron durante un recorrido de seguridad, cuando los elementos escucharon golpes y gritos provenientes del remolque. Tras abrir las puertas, localizaron a 19 hombres, seis mujeres y dos menores de edad, varios de ellos con síntomas de deshidratación y golpe de calor.

Las personas rescatadas informaron que viajaban desde Guatemala y Honduras y que llevaban más de diez horas encerradas, sin agua ni ventilación, después de que el conductor las dejó en el lugar y huyó.

Paramédicos de la Cruz Roja brindaron atención prehospitalaria en el sitio y trasladaron a cuatro personas a un hospital de la localidad, donde se reporta su estado de salud como estable.

El tractocamión y las personas extranjeras fueron puestos a disposición de las autoridades migratorias y del Ministerio Público de la Federación, que inició una carpeta de investigación por el delito de tráfico de personas.

La Guardia Nacional exhorta a la ciudadanía a denunciar de manera anónima cualquier actividad sospechosa relacionada con el traslado de personas en condiciones que pongan en riesgo su vida, y refrenda su compromiso de salvaguardar la integridad y los derechos de quienes transitan por el país.

---000---

Unidad de Comunicación Social de la Guardia Nacional
Denuncia anónima: 088
comunicacion.tamaulipas@gn.example.mx
"""
write_source('ay22.txt', t, enc='cp1252')
write_gold('ay22', family='press_release',
           title='Rescata Guardia Nacional a 27 personas migrantes abandonadas en un tractocamión en Nuevo Laredo',
           date='2021-10-19', bulletin_number='GN/CET/113/2021',
           issuer='GUARDIA NACIONAL – COORDINACIÓN ESTATAL TAMAULIPAS', dateline_city='Nuevo Laredo',
           body_first_words='Personal de la Guardia Nacional adscrito a la Coordinación',
           body_last_words='de quienes transitan por el país.',
           boilerplate=['Comunicado No. GN/CET/113/2021',
                        'Nuevo Laredo, Tamaulipas; a 19 de octubre de 2021.-', '---000---',
                        'Unidad de Comunicación Social de la Guardia Nacional', 'Denuncia anónima: 088',
                        'comunicacion.tamaulipas@gn.example.mx'],
           must_keep=['Tras abrir las puertas, localizaron a 19 hombres, seis mujeres y dos menores de edad, varios de ellos con síntomas de deshidratación y golpe de calor.',
                      'que inició una carpeta de investigación por el delito de tráfico de personas.'])

# ---------------------------------------------------------------- ay23 jekyll (impossible date; '...' closes front matter)
t = """---
title: Arranca en Piedras Negras la vacunación contra COVID-19 para personas adultas mayores
date: 2021-02-30 10:00:00 -0600
categories: Coahuila
author: "Redacción Frontera"
site_title: Frontera Coahuilense
...

Con filas que comenzaron a formarse desde la madrugada, arrancó en Piedras Negras la aplicación de la vacuna contra COVID-19 para personas de 60 años y más, en tres sedes habilitadas por las autoridades de salud: dos escuelas y un gimnasio municipal.

Las brigadas, integradas por personal médico, enfermeras y Servidores de la Nación, prevén aplicar alrededor de 12 mil dosis durante la semana. Para recibir la vacuna, las personas deben presentar su identificación oficial, el comprobante de registro impreso y un comprobante de domicilio.

María de Jesús Sánchez, de 74 años, llegó a las cuatro de la mañana acompañada de su hija. “Tenía mucho miedo de salir en todo este año, pero hoy sí vine, porque quiero volver a ver a mis nietos”, dijo mientras esperaba su turno bajo una carpa.

Para evitar que los adultos mayores permanecieran mucho tiempo de pie, el municipio instaló sillas, repartió agua y dispuso unidades de transporte gratuito desde las colonias más alejadas, como Villa de Fuente y Mundo Nuevo.

Las autoridades informaron que, después de recibir la dosis, cada persona permanece 30 minutos en observación para detectar posibles reacciones, y que hasta el momento solo se han registrado casos leves de dolor en el brazo y mareo.

Se recomendó a la población no acudir sin registro previo y respetar el horario asignado por la primera letra del apellido, ya que las dosis están contadas de acuerdo con el padrón de cada sede.
"""
write_source('ay23.md', t)
write_gold('ay23', family='jekyll',
           title='Arranca en Piedras Negras la vacunación contra COVID-19 para personas adultas mayores',
           date=None, bylines=[], source='Frontera Coahuilense', section='Coahuila',
           body_first_words='Con filas que comenzaron a formarse desde la madrugada',
           body_last_words='de acuerdo con el padrón de cada sede.',
           must_keep=['Las brigadas, integradas por personal médico, enfermeras y Servidores de la Nación, prevén aplicar alrededor de 12 mil dosis durante la semana.',
                      'cada persona permanece 30 minutos en observación para detectar posibles reacciones'])

# ---------------------------------------------------------------- ay24 generic (bold first line, bullets, cp1252)
t = """**El puente Tampico cumple su historia sobre el Pánuco**

Para quienes viajan entre Tamaulipas y Veracruz, el puente Tampico es casi un símbolo del sur tamaulipeco. Su silueta atirantada, visible desde buena parte de la ciudad, forma parte del paisaje cotidiano de pescadores, comerciantes y estudiantes que lo cruzan todos los días.

Antes de su construcción, el cruce del río Pánuco dependía de los transbordadores, que podían tardar horas en los días de mayor tránsito. Las filas de camiones y automóviles se extendían por varias cuadras y el servicio se suspendía cuando el río crecía o había mal tiempo.

La obra cambió la relación entre ambas orillas. Entre los efectos que los cronistas locales suelen mencionar están:

• la reducción de los tiempos de traslado hacia Tuxpan y el centro del país;
• el crecimiento de colonias y comercios en la margen veracruzana;
• el aumento del turismo hacia las playas del norte de Veracruz.

También hubo pérdidas. Los antiguos embarcaderos quedaron abandonados y con ellos desaparecieron los puestos de comida y los vendedores que esperaban a los viajeros en la orilla.

Hoy, el puente requiere mantenimiento constante por la humedad y la salinidad del ambiente. Especialistas en estructuras han insistido en la importancia de revisar periódicamente los cables y las juntas, y de limitar el peso de los vehículos de carga que lo atraviesan.

Para muchos habitantes de la zona conurbada, sin embargo, el puente es sobre todo un lugar de memoria: desde ahí se ven los atardeceres sobre el río, los barcos que entran al puerto y las luces de la ciudad que se encienden poco a poco.
"""
write_source('ay24.txt', t, enc='cp1252', eol='crlf')
write_gold('ay24', family='generic',
           title='El puente Tampico cumple su historia sobre el Pánuco',
           body_first_words='Para quienes viajan entre Tamaulipas y Veracruz',
           body_last_words='que se encienden poco a poco.',
           must_keep=['Antes de su construcción, el cruce del río Pánuco dependía de los transbordadores, que podían tardar horas en los días de mayor tránsito.',
                      'Los antiguos embarcaderos quedaron abandonados y con ellos desaparecieron los puestos de comida'])

# ---------------------------------------------------------------- ay25 wire (national daily, Coah.; mixed EOL)
t = """Coahuila
Ola de calor en Monclova: suspenden clases presenciales en 60 escuelas
Por Alfredo Ibarra (@aibarra_tn) | Diario Tribuna Nacional
Lunes 10 de junio de 2024 - 18:45
Foto: Especial

Ante temperaturas que superaron los 45 grados durante el fin de semana, las autoridades educativas de Coahuila autorizaron la suspensión de clases presenciales en 60 escuelas de Monclova, Frontera y Castaños que no cuentan con aire acondicionado ni ventilación suficiente.

La medida aplicará durante el resto de la semana, y los planteles afectados trabajarán a distancia con actividades que los maestros enviarán a las familias a través de grupos de mensajería.

También te recomendamos: Estos son los síntomas del golpe de calor y cómo prevenirlo La Secretaría de Salud estatal reportó que en lo que va de la temporada se han atendido 37 casos de golpe de calor y deshidratación en la región centro, la mayoría en trabajadores de la construcción y personas adultas mayores.

En las colonias del sur de Monclova, vecinos denunciaron además cortes de luz de hasta seis horas, lo que les impidió encender ventiladores y refrigeradores. “Con este calor no se puede dormir; los niños amanecen con la cara roja y llorando”, contó Rosa Elena Flores, madre de tres menores.

Protección Civil municipal habilitó dos centros de hidratación en el centro de la ciudad, donde se reparte agua y suero oral de las 11:00 a las 18:00 horas, y pidió a la población evitar actividades al aire libre en las horas de mayor radiación.

El Servicio Meteorológico Nacional prevé que las altas temperaturas continúen al menos hasta el próximo fin de semana en el centro y norte del estado.

Con información de agencias.

Sigue a Diario Tribuna Nacional en nuestro canal de WhatsApp.
Descarga la app de Diario Tribuna Nacional para iOS y Android.
"""
write_source('ay25.txt', t, eol=('mixed', 9))
write_gold('ay25', family='wire',
           title='Ola de calor en Monclova: suspenden clases presenciales en 60 escuelas',
           date='2024-06-10', bylines=['Alfredo Ibarra'], source='Diario Tribuna Nacional',
           section='Coahuila',
           body_first_words='Ante temperaturas que superaron los 45 grados',
           body_last_words='en el centro y norte del estado.',
           boilerplate=['(@aibarra_tn)', 'Foto: Especial',
                        'También te recomendamos: Estos son los síntomas del golpe de calor y cómo prevenirlo',
                        'Con información de agencias.',
                        'Sigue a Diario Tribuna Nacional en nuestro canal de WhatsApp.',
                        'Descarga la app de Diario Tribuna Nacional para iOS y Android.'],
           must_keep=['La Secretaría de Salud estatal reportó que en lo que va de la temporada se han atendido 37 casos de golpe de calor y deshidratación en la región centro',
                      'La medida aplicará durante el resto de la semana, y los planteles afectados trabajarán a distancia con actividades que los maestros enviarán a las familias a través de grupos de mensajería.'],
           photo_credit='Foto: Especial')

# ---------------------------------------------------------------- ay26 press (public university, Tamps., 2008)
t = """**UNIVERSIDAD AUTÓNOMA DE TAMAULIPAS**
Dirección General de Difusión y Vinculación
Boletín No. 1187

**Investigadores de la UAT registran 23 especies de aves migratorias en la laguna del Chairel**

Fotografía: Dirección de Difusión UAT

Tampico, Tam., 2 de diciembre de 2008.- Un equipo de investigadores y estudiantes de la Universidad Autónoma de Tamaulipas registró la presencia de 23 especies de aves migratorias en la laguna del Chairel durante la temporada de otoño, como parte de un programa de monitoreo que se realiza desde hace cuatro años en el sistema lagunario del sur del estado.

La coordinadora del proyecto, la doctora Elvira Cárdenas Mireles, informó que entre las especies observadas se encuentran el pelícano blanco americano, la garza morena, el pato golondrino y varias especies de playeros que llegan desde Canadá y el norte de Estados Unidos para pasar el invierno.

Explicó que el registro de este año supera en cinco especies al de 2007, lo que atribuyó a las buenas condiciones de la laguna tras las lluvias del verano y a la reducción de descargas de aguas residuales en algunos puntos de la ribera.

Sin embargo, advirtió que el relleno de zonas de humedal para la construcción de viviendas y el lirio acuático siguen siendo las principales amenazas para el ecosistema, por lo que pidió a las autoridades municipales reforzar la vigilancia en las áreas de anidación.

En el monitoreo participaron 35 alumnos de las carreras de Biología y Ciencias Ambientales, quienes realizaron recorridos en lancha y conteos desde puntos fijos cada fin de semana entre septiembre y noviembre.

Los resultados serán presentados en el congreso regional de ornitología que se celebrará en Ciudad Victoria en marzo próximo, y se integrarán a la base de datos nacional de aves migratorias.

- - -

Dirección General de Difusión y Vinculación
Tel. (834) 555 0118 · difusion@uat.example.mx
"""
write_source('ay26.md', t)
write_gold('ay26', family='press_release',
           title='Investigadores de la UAT registran 23 especies de aves migratorias en la laguna del Chairel',
           date='2008-12-02', bulletin_number='1187',
           issuer='UNIVERSIDAD AUTÓNOMA DE TAMAULIPAS', dateline_city='Tampico',
           body_first_words='Un equipo de investigadores y estudiantes de la Universidad',
           body_last_words='a la base de datos nacional de aves migratorias.',
           boilerplate=['Dirección General de Difusión y Vinculación', 'Boletín No. 1187',
                        'Fotografía: Dirección de Difusión UAT', 'Tampico, Tam., 2 de diciembre de 2008.-',
                        '- - -', 'Tel. (834) 555 0118 · difusion@uat.example.mx'],
           must_keep=['Explicó que el registro de este año supera en cinco especies al de 2007',
                      'Sin embargo, advirtió que el relleno de zonas de humedal para la construcción de viviendas y el lirio acuático siguen siendo las principales amenazas para el ecosistema'],
           photo_credit='Fotografía: Dirección de Difusión UAT')

# ---------------------------------------------------------------- ay27 jekyll (TV site; BOM, CRLF; offset at New Year)
t = """---
layout: post
title: Tampico despide 2025 con ocupación hotelera de 92 por ciento
date: 2025-12-31T23:45:00-06:00
category: Turismo
author:
  - Daniela Rosas Treviño
twitter: "@drosas_tv"
site: Telenoreste Noticias
---

La zona conurbada de Tampico, Madero y Altamira cerró el año con una ocupación hotelera promedio de 92 por ciento durante la última semana de diciembre, la más alta registrada en la temporada decembrina desde 2019, de acuerdo con la asociación local de hoteles y moteles.

Su presidente, Mauricio Lerma Castro, explicó que la mayoría de los visitantes llegaron de San Luis Potosí, Monterrey, el Bajío y la Ciudad de México, atraídos por la playa Miramar, la oferta gastronómica del centro histórico y los festejos de Año Nuevo organizados en la laguna del Carpintero.

Los restauranteros también reportaron buenas ventas. En los mercados del centro, las filas para comprar jaibas, camarón y pescado para la cena de fin de año comenzaron desde temprano, y algunos comerciantes se quedaron sin producto antes del mediodía.

La derrama económica estimada para la temporada es de 640 millones de pesos, alrededor de 15 por ciento más que el año anterior, según cifras preliminares de la dirección de Turismo municipal.

Para esta noche, las autoridades desplegaron un operativo con más de 400 elementos de seguridad, tránsito y Protección Civil en la playa y en el centro, y recordaron que está prohibido el uso de pirotecnia en espacios públicos y disparar armas de fuego al aire.

Los hoteleros esperan que la ocupación se mantenga por encima del 80 por ciento durante el primer fin de semana de enero, con el regreso de los vacacionistas y la llegada de familias para el Día de Reyes.
"""
write_source('ay27.md', t, eol='crlf', bom=True)
write_gold('ay27', family='jekyll',
           title='Tampico despide 2025 con ocupación hotelera de 92 por ciento',
           date='2025-12-31', bylines=['Daniela Rosas Treviño'], source='Telenoreste Noticias',
           section='Turismo',
           body_first_words='La zona conurbada de Tampico, Madero y Altamira',
           body_last_words='la llegada de familias para el Día de Reyes.',
           must_keep=['La derrama económica estimada para la temporada es de 640 millones de pesos',
                      'y recordaron que está prohibido el uso de pirotecnia en espacios públicos y disparar armas de fuego al aire.'])

# ---------------------------------------------------------------- ay28 wire (regional TV site, SLP Huasteca)
t = """# Crecida del río Moctezuma deja incomunicadas a cuatro comunidades de Axtla de Terrazas

Nayeli Bautista Hernández | HuastecaTV Noticias | 23/09/2025 19:05

▶ Video: Así luce el río Moctezuma a su paso por Axtla de Terrazas

Cuatro comunidades del municipio de Axtla de Terrazas permanecen incomunicadas desde la madrugada de este martes, luego de que la crecida del río Moctezuma cubriera los vados y el camino de terracería que las conecta con la cabecera municipal.

Se trata de las localidades de Tenexcalco, Ixtacapa, Tlalnepantla y Chimalaco, donde viven alrededor de 2 mil 300 personas. Los habitantes reportaron que el nivel del agua subió casi tres metros en unas horas, tras las lluvias intensas que se registraron durante el fin de semana en la sierra.

Protección Civil estatal informó a través de su cuenta de X que mantiene monitoreo permanente en los ríos Moctezuma, Tampaón y Axtla, y pidió a la población no intentar cruzar los vados a pie ni en vehículo. Te puede interesar | Suspenden clases en 12 escuelas de la Huasteca por lluvias El director municipal de Protección Civil, Julián Martínez Hernández, explicó que una lancha de la corporación traslada solo emergencias médicas y víveres, mientras baja el nivel del agua.

Mira también: Lluvias dejan deslaves en la carretera Xilitla-Jalpan

En la cabecera municipal se habilitó un albergue en el auditorio, que por ahora recibe a 35 personas de viviendas cercanas a la ribera. El DIF municipal reúne despensas, agua embotellada y cobijas para las familias afectadas.

Los productores de naranja y de caña de la zona temen pérdidas en sus cultivos, pues algunas parcelas quedaron bajo el agua y los caminos impiden sacar la cosecha. Las autoridades prevén realizar un censo de daños en cuanto sea posible ingresar a las comunidades.

Síguenos en nuestras redes: Facebook /HuastecaTVNoticias · X @HuastecaTV · TikTok @huastecatv
"""
write_source('ay28.md', t)
write_gold('ay28', family='wire',
           title='Crecida del río Moctezuma deja incomunicadas a cuatro comunidades de Axtla de Terrazas',
           date='2025-09-23', bylines=['Nayeli Bautista Hernández'], source='HuastecaTV Noticias',
           section=None,
           body_first_words='Cuatro comunidades del municipio de Axtla de Terrazas',
           body_last_words='en cuanto sea posible ingresar a las comunidades.',
           boilerplate=['▶ Video: Así luce el río Moctezuma a su paso por Axtla de Terrazas',
                        'Te puede interesar | Suspenden clases en 12 escuelas de la Huasteca por lluvias',
                        'Mira también: Lluvias dejan deslaves en la carretera Xilitla-Jalpan',
                        'Síguenos en nuestras redes: Facebook /HuastecaTVNoticias · X @HuastecaTV · TikTok @huastecatv'],
           must_keep=['Protección Civil estatal informó a través de su cuenta de X que mantiene monitoreo permanente en los ríos Moctezuma, Tampaón y Axtla, y pidió a la población no intentar cruzar los vados a pie ni en vehículo.',
                      'El director municipal de Protección Civil, Julián Martínez Hernández, explicó que una lancha de la corporación traslada solo emergencias médicas y víveres, mientras baja el nivel del agua.'])

# ---------------------------------------------------------------- ay29 press (state human-rights commission, NL)
t = """COMISIÓN ESTATAL DE DERECHOS HUMANOS NUEVO LEÓN
Comunicado de prensa CEDHNL/145/2025

Emite CEDH Recomendación 12/2025 por negligencia médica en hospital de Guadalupe

Monterrey, N.L., a 10 de diciembre de 2025.- En el marco del Día Internacional de los Derechos Humanos, la Comisión Estatal de Derechos Humanos de Nuevo León dio a conocer la Recomendación 12/2025, dirigida a la Secretaría de Salud del Estado, por la atención médica deficiente que recibió una mujer embarazada en un hospital público del municipio de Guadalupe.

De acuerdo con la investigación, la paciente acudió en tres ocasiones al área de urgencias con dolor intenso y sangrado, y en ninguna de ellas se le realizó una valoración completa ni se le asignó un médico especialista, lo que derivó en complicaciones graves para ella y para su bebé.

La Comisión acreditó violaciones a los derechos a la protección de la salud, a una vida libre de violencia obstétrica y al trato digno, y determinó que la falta de personal en el turno nocturno no exime a la institución de su responsabilidad.

Entre los puntos recomendatorios, el organismo solicitó reparar integralmente el daño a la víctima y a su familia, brindarles atención médica y psicológica gratuita, capacitar al personal de urgencias en atención obstétrica de emergencia y dar vista al órgano interno de control para que investigue la actuación de los servidores públicos involucrados.

La presidenta de la Comisión, Adriana Villarreal Sepúlveda, señaló que en 2025 el organismo ha recibido 64 quejas relacionadas con servicios de salud, de las cuales casi la mitad se refieren a la atención de mujeres embarazadas.

La Secretaría de Salud cuenta con un plazo de diez días hábiles para informar si acepta la recomendación. La versión pública del documento puede consultarse en el portal de transparencia de la Comisión.

FIN

Unidad de Comunicación Social CEDHNL
Tel. 81 555 0145 | comunicacion@cedhnl.example.mx
Facebook, Instagram y X: @CEDHNLoficial
"""
write_source('ay29.txt', t, eol='crlf')
write_gold('ay29', family='press_release',
           title='Emite CEDH Recomendación 12/2025 por negligencia médica en hospital de Guadalupe',
           date='2025-12-10', bulletin_number='CEDHNL/145/2025',
           issuer='COMISIÓN ESTATAL DE DERECHOS HUMANOS NUEVO LEÓN', dateline_city='Monterrey',
           body_first_words='En el marco del Día Internacional de los Derechos Humanos',
           body_last_words='en el portal de transparencia de la Comisión.',
           boilerplate=['Comunicado de prensa CEDHNL/145/2025', 'Monterrey, N.L., a 10 de diciembre de 2025.-',
                        'FIN', 'Unidad de Comunicación Social CEDHNL',
                        'Tel. 81 555 0145 | comunicacion@cedhnl.example.mx',
                        'Facebook, Instagram y X: @CEDHNLoficial'],
           must_keep=['La Comisión acreditó violaciones a los derechos a la protección de la salud, a una vida libre de violencia obstétrica y al trato digno',
                      'La Secretaría de Salud cuenta con un plazo de diez días hábiles para informar si acepta la recomendación.'])

# ---------------------------------------------------------------- ay30 bad (Word 97 binary saved as .txt)
hdr = bytes.fromhex('d0cf11e0a1b11ae1') + b'\x00' * 16 + bytes.fromhex('3e000300feff0900')
hdr += bytes.fromhex('0600000000000000000000000100000001000000000000000010000002000000')
body = bytearray(hdr)
body += b'\xff' * (512 - len(body))
txt = 'Boletín 0215 Ayuntamiento de Pánuco'.encode('utf-16-le')
sector = bytearray(b'\xec\xa5\xc1\x00' + b'\x00' * 60 + txt)
sector += bytes((i * 37 + 11) % 256 for i in range(1024 - len(sector)))
raw = bytes(body) + bytes(sector)
write_source('ay30.txt', raw=raw)
write_gold('ay30', family='bad',
           refusal_reason='Archivo binario (documento de Word 97) guardado como .txt; no es texto legible.')
