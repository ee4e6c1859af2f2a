#!/usr/bin/env python3
"""importer-ca, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- ca11 press (JMAS Juárez, Mac print-era workstation: MacRoman + CR)
ca11 = """JUNTA MUNICIPAL DE AGUA Y SANEAMIENTO DE JUÁREZ
Departamento de Comunicación Social
Boletín JMAS-CS-087/05

Ciudad Juárez, Chih., a 14 de julio de 2005

JMAS anuncia cortes programados en 22 colonias por la conexión del acueducto Conejos-Médanos

La Junta Municipal de Agua y Saneamiento (JMAS) informó que el próximo sábado 16 de julio suspenderá el servicio de agua potable durante 18 horas en 22 colonias del sur y el suroriente de la ciudad, para conectar la nueva línea del acueducto Conejos-Médanos con el tanque de regulación de la colonia Juárez Nuevo.

El corte comenzará a las seis de la mañana y se espera que el servicio se restablezca de manera gradual a partir de la medianoche. Entre las colonias afectadas se encuentran Infonavit Casas Grandes, Salvárcar, Zaragoza, Hacienda de las Torres y Jardines de Roma.

El organismo recomendó a los usuarios almacenar agua suficiente para el consumo de un día y revisar que sus tinacos estén limpios y tapados. Durante la suspensión circularán 30 pipas que darán prioridad a hospitales, escuelas y estancias infantiles.

El director técnico de la JMAS, ingeniero Fidel Anchondo Terrazas, explicó que la conexión permitirá que el agua del acuífero Conejos-Médanos llegue a más de 60 mil viviendas y disminuya la extracción en los pozos más antiguos del Valle de Juárez. “Es una molestia de un día a cambio de tener presión suficiente todo el verano”, señaló.

Los reportes de fugas o falta de agua después del restablecimiento podrán hacerse al teléfono de atención ciudadana las 24 horas.

-30-

Departamento de Comunicación Social JMAS
Tel. 656 555 0148
prensa@jmas-juarez.example.mx
"""
write_source('ca11.txt', ca11, enc='mac_roman', eol='cr')
write_gold('ca11', family='press_release',
           title='JMAS anuncia cortes programados en 22 colonias por la conexión del acueducto Conejos-Médanos',
           date='2005-07-14', source='JUNTA MUNICIPAL DE AGUA Y SANEAMIENTO DE JUÁREZ',
           bulletin_number='JMAS-CS-087/05', issuer='JUNTA MUNICIPAL DE AGUA Y SANEAMIENTO DE JUÁREZ',
           dateline_city='Ciudad Juárez',
           body_first_words='La Junta Municipal de Agua y Saneamiento (JMAS) informó que el próximo sábado',
           body_last_words='al teléfono de atención ciudadana las 24 horas.',
           boilerplate=['Departamento de Comunicación Social', 'Boletín JMAS-CS-087/05',
                        'Ciudad Juárez, Chih., a 14 de julio de 2005', '-30-',
                        'Tel. 656 555 0148', 'prensa@jmas-juarez.example.mx'],
           must_keep=['Entre las colonias afectadas se encuentran Infonavit Casas Grandes, Salvárcar, Zaragoza, Hacienda de las Torres y Jardines de Roma.',
                      'Durante la suspensión circularán 30 pipas que darán prioridad a hospitales, escuelas y estancias infantiles.',
                      '“Es una molestia de un día a cambio de tener presión suficiente todo el verano”, señaló.'])

# ---------------------------------------------------------------- ca12 wire (Coahuila outlet's WhatsApp channel post, copied)
ca12 = """Norte Exprés 📰
5 sep 2023, 18:40

🔴 *Cierran el puente internacional 2 de Piedras Negras por llegada de cientos de migrantes*

✍️ Por Samuel Ybarra Coss

Las autoridades de Estados Unidos cerraron este martes por la tarde el carril de vehículos ligeros del Puente Internacional 2 de Piedras Negras, luego de que cientos de personas migrantes cruzaron el río Bravo a la altura del parque Xochimilco y se entregaron a la Patrulla Fronteriza en Eagle Pass.

De acuerdo con el Instituto Nacional de Migración, desde el fin de semana llegaron a la ciudad en el tren de carga más de 1,500 personas, la mayoría de Venezuela, Honduras y Ecuador. Los albergues de la ciudad operan por encima de su capacidad.

El cierre provocó filas de más de tres horas en el Puente Internacional 1, por donde se desvió el tránsito. Comerciantes del centro de Piedras Negras dijeron que las ventas cayeron porque los visitantes de Eagle Pass no quisieron cruzar.

El alcalde pidió a la Federación apoyo para trasladar a las personas a otros puntos del país y evitar que acampen en la orilla del río, donde durante el día las temperaturas superan los 40 grados. Protección Civil instaló dos carpas con agua y suero en la plaza de las Culturas.

Hasta el cierre de esta edición no se había informado cuándo se reabrirá el carril.

👉 Más información en norteexpres.example.mx
📲 Sigue el canal de Norte Exprés en WhatsApp y activa la 🔔

❤️ 152  😮 41  🙏 18
"""
write_source('ca12.txt', ca12)
write_gold('ca12', family='wire',
           title='Cierran el puente internacional 2 de Piedras Negras por llegada de cientos de migrantes',
           date='2023-09-05', bylines=['Samuel Ybarra Coss'], source='Norte Exprés', section=None,
           body_first_words='Las autoridades de Estados Unidos cerraron este martes por la tarde',
           body_last_words='no se había informado cuándo se reabrirá el carril.',
           boilerplate=['👉 Más información en norteexpres.example.mx',
                        '📲 Sigue el canal de Norte Exprés en WhatsApp y activa la 🔔', '❤️ 152  😮 41  🙏 18'],
           must_keep=['Los albergues de la ciudad operan por encima de su capacidad.',
                      'Comerciantes del centro de Piedras Negras dijeron que las ventas cayeron porque los visitantes de Eagle Pass no quisieron cruzar.',
                      'Protección Civil instaló dos carpas con agua y suero en la plaza de las Culturas.'])

# ---------------------------------------------------------------- ca13 jekyll (headless CMS export, nested YAML objects)
ca13 = """---
id: 2841
documentId: k3v9p0x2m1qa
title: "Las Algodoneras de Torreón ganan el campeonato nacional de softbol femenil"
slug: algodoneras-torreon-campeonato-nacional-softbol
locale: es-MX
createdAt: "2023-05-20T22:14:51.303Z"
updatedAt: "2023-05-22T01:02:10.118Z"
publishedAt: "2023-05-21T19:05:00.000Z"
author:
  name: Rebeca Zertuche Valdés
  slug: rebeca-zertuche
  role: reportera
section:
  name: Deportes
  slug: deportes
seo:
  metaTitle: "Algodoneras, campeonas nacionales | Laguna en Juego"
  metaDescription: "El equipo lagunero venció a Sonora en la final"
site:
  name: Laguna en Juego
  url: https://lagunaenjuego.example.mx
---

Las Algodoneras de Torreón se coronaron este domingo en el Campeonato Nacional de Softbol Femenil de Primera Fuerza, al vencer 4 carreras a 2 a la selección de Sonora en la final disputada en el estadio de la Unidad Deportiva Torreón.

La lanzadora Ximena Ibarra Soto permitió apenas cuatro imparables en siete entradas y fue nombrada la jugadora más valiosa del torneo. El batazo decisivo llegó en la quinta entrada, cuando la receptora Dulce Garza conectó un doble por el jardín izquierdo que impulsó dos carreras.

Es el primer título nacional para el equipo, fundado en 2014 por un grupo de madres de familia que jugaban en la liga municipal. Hoy la mayoría de sus integrantes son estudiantes universitarias de Torreón, Gómez Palacio y Lerdo.

“Entrenamos de noche, después de la escuela y del trabajo, con el calor que hace aquí”, dijo la mánager Lourdes Aguirre al terminar el partido, rodeada de familias que llegaron con matracas y banderas verdes.

Con el campeonato, las laguneras obtuvieron su lugar en el torneo centroamericano de clubes que se jugará en octubre. La directiva pidió apoyo a empresas de la región para cubrir los gastos de viaje y de uniformes.
"""
write_source('ca13.md', ca13)
write_gold('ca13', family='jekyll',
           title='Las Algodoneras de Torreón ganan el campeonato nacional de softbol femenil',
           date='2023-05-21', bylines=['Rebeca Zertuche Valdés'], source='Laguna en Juego',
           section='Deportes',
           body_first_words='Las Algodoneras de Torreón se coronaron este domingo',
           body_last_words='para cubrir los gastos de viaje y de uniformes.',
           must_keep=['La lanzadora Ximena Ibarra Soto permitió apenas cuatro imparables en siete entradas y fue nombrada la jugadora más valiosa del torneo.',
                      'Hoy la mayoría de sus integrantes son estudiantes universitarias de Torreón, Gómez Palacio y Lerdo.',
                      'La directiva pidió apoyo a empresas de la región para cubrir los gastos de viaje y de uniformes.'])

# ---------------------------------------------------------------- ca14 press (UJED, Google Docs .txt download with a comment)
ca14 = """UNIVERSIDAD JUÁREZ DEL ESTADO DE DURANGO
Dirección de Comunicación Institucional
Comunicado UJED/DCI/041/2024


Abre la UJED convocatoria de ingreso con dos nuevas licenciaturas


Victoria de Durango, Dgo., a 22 de febrero de 2024.


La Universidad Juárez del Estado de Durango (UJED) publicó la convocatoria de ingreso para el ciclo escolar 2024-2025, que por primera vez incluye las licenciaturas en Ciencia de Datos y en Gestión Integral del Agua, ambas con sede en la capital del estado.


El registro de aspirantes estará abierto del 26 de febrero al 5 de abril en la página de la universidad. El examen de admisión se aplicará en línea y de manera presencial en Durango, Gómez Palacio y Santiago Papasquiaro, y los resultados se publicarán en junio.


La rectoría informó que el año pasado se presentaron 14 mil aspirantes[a] para poco más de 7 mil lugares, y que la nueva oferta busca atender la demanda de profesionistas en las empresas de tecnología y en los organismos operadores de agua de la región.


La licenciatura en Gestión Integral del Agua se diseñó junto con investigadores de la propia universidad que estudian los acuíferos del Valle del Guadiana y de la Comarca Lagunera, dos de las zonas con mayor estrés hídrico del norte del país.


Las y los aspirantes que requieran apoyo para el pago de la ficha podrán solicitar una exención en la Dirección de Servicios Escolares, presentando un estudio socioeconómico.


---o0o---


Dirección de Comunicación Institucional
Tel. 618 555 0175
prensa@ujed-ci.example.mx


[a]Confirmar la cifra de aspirantes con Servicios Escolares antes de enviar.
"""
write_source('ca14.txt', ca14, eol='crlf', bom=True)
write_gold('ca14', family='press_release',
           title='Abre la UJED convocatoria de ingreso con dos nuevas licenciaturas',
           date='2024-02-22', source='UNIVERSIDAD JUÁREZ DEL ESTADO DE DURANGO',
           bulletin_number='UJED/DCI/041/2024', issuer='UNIVERSIDAD JUÁREZ DEL ESTADO DE DURANGO',
           dateline_city='Victoria de Durango',
           body_first_words='La Universidad Juárez del Estado de Durango (UJED) publicó la convocatoria',
           body_last_words='presentando un estudio socioeconómico.',
           boilerplate=['Dirección de Comunicación Institucional', 'Comunicado UJED/DCI/041/2024',
                        'Victoria de Durango, Dgo., a 22 de febrero de 2024.', '---o0o---',
                        'Tel. 618 555 0175', 'prensa@ujed-ci.example.mx',
                        '[a]Confirmar la cifra de aspirantes con Servicios Escolares antes de enviar.'],
           must_keep=['El registro de aspirantes estará abierto del 26 de febrero al 5 de abril en la página de la universidad.',
                      'para poco más de 7 mil lugares, y que la nueva oferta busca atender la demanda de profesionistas en las empresas de tecnología y en los organismos operadores de agua de la región.',
                      'dos de las zonas con mayor estrés hídrico del norte del país.'])

# ---------------------------------------------------------------- ca15 bad (Word 97 .doc attachment saved as .txt)
doc = (b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00'
       + b'\x06\x00' + b'\x00' * 10 + b'\x01\x00\x00\x00' + b'\x00' * 8 + b'\x00\x10\x00\x00'
       + b'\xfe\xff\xff\xff' * 8 + b'\xff' * 64
       + 'Boletín'.encode('utf-16-le') + b'\x00\x00\x13\x08\x00\x00\x00\x00'
       + bytes(range(256)) + b'\x00' * 96
       + 'Microsoft Office Word'.encode('utf-16-le') + b'\x00\x00\x05\x00S\x00u\x00m\x00'
       + b'\xec\xa5\xc1\x00\x07\x80\x19\x04\x00\x00\xf0\x12\xbf\x00\x00\x00\x00\x00' * 6)
write_source('ca15.txt', raw=doc)
write_gold('ca15', family='bad',
           refusal_reason='El archivo es un documento de Word (binario) guardado con extensión .txt; no es texto legible.')

# ---------------------------------------------------------------- ca16 wire (national daily web, Durango correspondent)
ca16 = """Medio ambiente

## Cierran la Reserva de Mapimí a visitantes por saqueo de tortugas del desierto

Por Armando Villarreal Nájera | Corresponsal | Horizonte Nacional
21/11/2022 21:15 hrs

Foto: Especial

Te puede interesar | Liberan en Cuatro Ciénegas a 200 tortugas bisagra decomisadas La Reserva de la Biosfera de Mapimí, en los límites de Durango, Chihuahua y Coahuila, permanecerá cerrada a visitantes durante al menos dos meses, después de que guardaparques detectaron el saqueo de madrigueras de la tortuga del Bolsón, una especie en peligro de extinción.

Según la dirección del área natural protegida, en las últimas semanas se encontraron 17 madrigueras excavadas en la zona núcleo y rastros de vehículos que entraron por brechas no autorizadas desde la carretera a Ceballos.

Los investigadores del laboratorio del desierto que opera dentro de la reserva calculan que quedan menos de 2 mil ejemplares adultos en estado silvestre. La tortuga del Bolsón es la más grande de Norteamérica y puede vivir más de un siglo.

El cierre afecta a los recorridos guiados que organizan ejidatarios de la región, que desde hace una década ofrecen visitas a las dunas y al antiguo campamento minero de Ojuela. Los guías pidieron que se refuerce la vigilancia en lugar de suspender el turismo, del que dependen unas 30 familias.

La Procuraduría Federal de Protección al Ambiente presentó una denuncia ante la Fiscalía General de la República por el delito de tráfico de especies, y pidió a la población reportar la venta de tortugas en mercados y redes sociales.

MÁS NOTICIAS
Durango inaugura planta solar en Lerdo
Crecida del Nazas llena la presa Lázaro Cárdenas al 90 por ciento
"""
write_source('ca16.md', ca16, eol='crlf')
write_gold('ca16', family='wire',
           title='Cierran la Reserva de Mapimí a visitantes por saqueo de tortugas del desierto',
           date='2022-11-21', bylines=['Armando Villarreal Nájera'], source='Horizonte Nacional',
           section='Medio ambiente',
           body_first_words='La Reserva de la Biosfera de Mapimí, en los límites de Durango, Chihuahua y Coahuila',
           body_last_words='la venta de tortugas en mercados y redes sociales.',
           boilerplate=['Foto: Especial',
                        'Te puede interesar | Liberan en Cuatro Ciénegas a 200 tortugas bisagra decomisadas',
                        'MÁS NOTICIAS', 'Durango inaugura planta solar en Lerdo',
                        'Crecida del Nazas llena la presa Lázaro Cárdenas al 90 por ciento'],
           must_keep=['La tortuga del Bolsón es la más grande de Norteamérica y puede vivir más de un siglo.',
                      'Los guías pidieron que se refuerce la vigilancia en lugar de suspender el turismo, del que dependen unas 30 familias.',
                      'en las últimas semanas se encontraron 17 madrigueras excavadas en la zona núcleo'],
           photo_credit='Especial')

# ---------------------------------------------------------------- ca17 press (Torreón municipality, copied from its WordPress site)
ca17 = """R. AYUNTAMIENTO DE TORREÓN
Inicio   Trámites   Transparencia   Sala de prensa   Contacto

Inicio » Sala de prensa » Boletines

Inicia rehabilitación del Canal de la Perla como paseo peatonal

Publicado el 12 junio, 2019 por Comunicación Social
Boletín 1187

Torreón, Coahuila.- El alcalde de Torreón encabezó el arranque de la segunda etapa de rehabilitación del Canal de la Perla, el antiguo canal de riego subterráneo que corre bajo el centro histórico y que desde 2016 funciona como paseo peatonal y espacio cultural.

La obra contempla la consolidación de 340 metros de bóveda de ladrillo, la instalación de iluminación de bajo consumo y la apertura de un nuevo acceso por la avenida Juárez, con una inversión de 22 millones de pesos del Fondo de Fortalecimiento Municipal.

El director de Obras Públicas explicó que los trabajos se realizarán por tramos para no cerrar el recorrido por completo, y que la nueva sección podrá visitarse a partir de diciembre. Durante la obra se recuperarán los registros de hierro originales, fabricados a principios del siglo XX.

El Canal de la Perla fue construido a finales del siglo XIX para llevar el agua del río Nazas a las huertas y los molinos de la naciente ciudad. Durante décadas permaneció olvidado bajo las calles, hasta que fue redescubierto durante unas obras de drenaje.

El Ayuntamiento invitó a la ciudadanía a participar en los recorridos nocturnos gratuitos que se ofrecen los fines de semana, con cupo limitado y registro previo.

Compartir esto:
Facebook
X
WhatsApp

Entradas relacionadas
Arranca programa de bacheo nocturno en el primer cuadro
Torreón recibe certificación como municipio seguro

© 2019 R. Ayuntamiento de Torreón. Todos los derechos reservados.
"""
write_source('ca17.txt', ca17)
write_gold('ca17', family='press_release',
           title='Inicia rehabilitación del Canal de la Perla como paseo peatonal',
           date='2019-06-12', source='R. AYUNTAMIENTO DE TORREÓN',
           bulletin_number='1187', issuer='R. AYUNTAMIENTO DE TORREÓN', dateline_city='Torreón',
           body_first_words='El alcalde de Torreón encabezó el arranque de la segunda etapa',
           body_last_words='con cupo limitado y registro previo.',
           boilerplate=['Inicio   Trámites   Transparencia   Sala de prensa   Contacto',
                        'Inicio » Sala de prensa » Boletines',
                        'Publicado el 12 junio, 2019 por Comunicación Social', 'Boletín 1187',
                        'Torreón, Coahuila.-', 'Compartir esto:', 'Entradas relacionadas',
                        'Arranca programa de bacheo nocturno en el primer cuadro',
                        'Torreón recibe certificación como municipio seguro',
                        '© 2019 R. Ayuntamiento de Torreón. Todos los derechos reservados.'],
           must_keep=['Durante la obra se recuperarán los registros de hierro originales, fabricados a principios del siglo XX.',
                      'El Canal de la Perla fue construido a finales del siglo XIX para llevar el agua del río Nazas a las huertas y los molinos de la naciente ciudad.',
                      'con una inversión de 22 millones de pesos del Fondo de Fortalecimiento Municipal.'])

# ---------------------------------------------------------------- ca18 jekyll (folded title, categories as a space-separated string)
ca18 = """---
layout: post
title: >-
  Parral revive la ruta de Villa con un recorrido
  teatralizado por el centro histórico
date: 2015-07-18 10:00
author: Octavio Holguín Baca
categories: Cultura Portada
tags: [Parral, Francisco Villa, turismo]
---

Hidalgo del Parral se prepara para las Jornadas Villistas con un recorrido teatralizado que seguirá, calle por calle, los últimos pasos de Francisco Villa el 20 de julio de 1923, cuando fue emboscado a bordo de su automóvil en la esquina de Juárez y Barreteros.

El recorrido, que comenzará en la antigua casa de huéspedes donde se alojaba el general y terminará en el museo que hoy ocupa el edificio desde el que se disparó, estará a cargo de un grupo de teatro formado por estudiantes de bachillerato de la ciudad.

Los organizadores esperan a más de 10 mil visitantes durante la semana, entre ellos los jinetes que cada año cabalgan desde Chihuahua, Durango y Canutillo para llegar a Parral el día del aniversario. La cabalgata es una de las más grandes del norte del país.

La directora del museo, Amalia Ochoa Prieto, explicó que el guion se basa en los expedientes judiciales del caso y en testimonios de vecinos que presenciaron el ataque. “Queremos que la gente entienda lo que pasó sin convertirlo en un espectáculo de balazos”, dijo.

Además del recorrido, habrá un ciclo de cine de la Revolución en la plaza principal y una feria gastronómica en la que se venderán burritos de asado, gorditas y el tradicional queso de la región.
"""
write_source('ca18.md', ca18)
write_gold('ca18', family='jekyll',
           title='Parral revive la ruta de Villa con un recorrido teatralizado por el centro histórico',
           date='2015-07-18', bylines=['Octavio Holguín Baca'], source=None,
           section='Cultura', placement=['Portada'],
           body_first_words='Hidalgo del Parral se prepara para las Jornadas Villistas',
           body_last_words='y el tradicional queso de la región.',
           must_keep=['La cabalgata es una de las más grandes del norte del país.',
                      '“Queremos que la gente entienda lo que pasó sin convertirlo en un espectáculo de balazos”, dijo.',
                      'estará a cargo de un grupo de teatro formado por estudiantes de bachillerato de la ciudad.'])

# ---------------------------------------------------------------- ca19 wire (El Paso Spanish-language site, US date format)
ca19 = """Frontera

Nuevo carril exprés en el puente Zaragoza reduce la espera de los camiones de carga

Por Verónica Salcido Ponce | Paso del Norte al Día
Publicado: 09/14/2015 7:05 p.m. MT
Actualizado: 09/15/2015 8:30 a.m. MT

Read this story in English

Foto: Cortesía CBP

El nuevo carril exprés para camiones de carga del puente internacional Zaragoza-Ysleta redujo en su primera semana de operación el tiempo de espera promedio de cuatro horas a una hora y media, informaron autoridades aduanales de ambos lados de la frontera.

El carril está reservado para transportistas inscritos en los programas de comercio seguro, cuyos camiones pasan por una revisión previa en las instalaciones de la aduana mexicana antes de llegar a la garita estadounidense.

La mayoría de las cajas que cruzan por Zaragoza transportan autopartes, televisores y equipo médico fabricados en las maquiladoras de Ciudad Juárez. Relacionado: Maquiladoras de Juárez contratan 8 mil trabajadores en agosto Los industriales calculan que cada hora de espera en el puente cuesta a las empresas alrededor de 90 dólares por camión.

Transportistas consultados dijeron que el cambio se nota sobre todo en las mañanas, cuando se forman las filas más largas. “Antes salíamos a las cinco para llegar a El Paso a las diez; hoy hacemos dos viajes al día”, contó Julián Rentería, chofer de una línea de transporte juarense.

Las autoridades planean extender el horario del carril hasta la medianoche a partir de octubre, si el número de transportistas inscritos sigue creciendo.

Newsletter: Recibe cada mañana las noticias de la frontera en tu correo.
"""
write_source('ca19.txt', ca19, eol='crlf')
write_gold('ca19', family='wire',
           title='Nuevo carril exprés en el puente Zaragoza reduce la espera de los camiones de carga',
           date='2015-09-14', bylines=['Verónica Salcido Ponce'], source='Paso del Norte al Día',
           section='Frontera',
           body_first_words='El nuevo carril exprés para camiones de carga del puente internacional Zaragoza-Ysleta',
           body_last_words='si el número de transportistas inscritos sigue creciendo.',
           boilerplate=['Read this story in English', 'Foto: Cortesía CBP',
                        'Relacionado: Maquiladoras de Juárez contratan 8 mil trabajadores en agosto',
                        'Newsletter: Recibe cada mañana las noticias de la frontera en tu correo.'],
           must_keep=['La mayoría de las cajas que cruzan por Zaragoza transportan autopartes, televisores y equipo médico fabricados en las maquiladoras de Ciudad Juárez.',
                      'Los industriales calculan que cada hora de espera en el puente cuesta a las empresas alrededor de 90 dólares por camión.',
                      '“Antes salíamos a las cinco para llegar a El Paso a las diez; hoy hacemos dos viajes al día”, contó Julián Rentería, chofer de una línea de transporte juarense.'],
           photo_credit='Cortesía CBP')

# ---------------------------------------------------------------- ca20 press (CEDH Chihuahua, bold bullets summary)
ca20 = """**COMISIÓN ESTATAL DE LOS DERECHOS HUMANOS CHIHUAHUA**

Comunicado CEDH/CS/089/2020

## Emite CEDH recomendación por falta de atención médica en el Cereso de Aquiles Serdán

**•** La persona interna no recibió tratamiento para la diabetes durante cuatro meses

**•** Se pide capacitar al personal médico del centro penitenciario

Chihuahua, Chih., 10 de diciembre de 2020.- La Comisión Estatal de los Derechos Humanos (CEDH) emitió una recomendación a la Secretaría de Seguridad Pública del Estado por la falta de atención médica a un hombre privado de la libertad en el Centro de Reinserción Social número 1, en el municipio de Aquiles Serdán.

De acuerdo con la investigación, el interno, de 58 años, fue diagnosticado con diabetes desde su ingreso, pero durante cuatro meses no recibió los medicamentos que le fueron prescritos ni las consultas de seguimiento. En marzo fue trasladado de urgencia a un hospital con complicaciones graves.

La Comisión acreditó violaciones al derecho a la protección de la salud y al trato digno, y solicitó a la autoridad reparar integralmente el daño a la víctima, incluida la atención médica especializada que requiera.

También pidió que el personal médico y de custodia del centro reciba capacitación en derechos humanos y que se revise el abasto de medicamentos en todos los centros penitenciarios del estado.

La autoridad cuenta con quince días hábiles para informar si acepta la recomendación. En caso de no aceptarla, deberá fundar y motivar su negativa y hacerla pública.

- 0 -

Departamento de Comunicación Social CEDH
comunicacion@cedhchih.example.mx · 614 555 0190
"""
write_source('ca20.md', ca20)
write_gold('ca20', family='press_release',
           title='Emite CEDH recomendación por falta de atención médica en el Cereso de Aquiles Serdán',
           date='2020-12-10', source='COMISIÓN ESTATAL DE LOS DERECHOS HUMANOS CHIHUAHUA',
           bulletin_number='CEDH/CS/089/2020', issuer='COMISIÓN ESTATAL DE LOS DERECHOS HUMANOS CHIHUAHUA',
           dateline_city='Chihuahua',
           body_first_words='La Comisión Estatal de los Derechos Humanos (CEDH) emitió una recomendación',
           body_last_words='deberá fundar y motivar su negativa y hacerla pública.',
           boilerplate=['Comunicado CEDH/CS/089/2020', 'Chihuahua, Chih., 10 de diciembre de 2020.-', '- 0 -',
                        'Departamento de Comunicación Social CEDH',
                        'comunicacion@cedhchih.example.mx · 614 555 0190'],
           must_keep=['En marzo fue trasladado de urgencia a un hospital con complicaciones graves.',
                      'La Comisión acreditó violaciones al derecho a la protección de la salud y al trato digno',
                      'La autoridad cuenta con quince días hábiles para informar si acepta la recomendación.'])
