#!/usr/bin/env python3
"""importer-bt, files 01-10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bt01 wire (the daily's 2001 print system, tagged export, MacRoman, CR)
bt01 = """@PUBLICACION:Diario Talavera
@SLUG:AMBULANTES-ZOCALO
@SECCION:Ciudad
@PAG:4A
@FECHA:15/03/01
@EDICION:Matutina
@CABEZA:Reubicarán a 600 ambulantes del primer cuadro antes de Semana Santa
@FIRMA:Por Leticia Huerta Zamítez
@TEXTO:El Ayuntamiento de Puebla y las organizaciones de comerciantes en la vía pública acordaron ayer reubicar a unos 600 vendedores ambulantes que ocupan las calles del primer cuadro de la ciudad, antes del inicio de la Semana Santa.
@TEXTO:Según el acuerdo, firmado en el Salón de Cabildo después de casi seis horas de negociación, los comerciantes se trasladarán a tres predios habilitados por el municipio en las inmediaciones del mercado 5 de Mayo, del barrio de San Francisco y de la colonia El Carmen.
@TEXTO:El regidor de Gobernación, Fausto Pérez Ocotoxtle, explicó que cada predio contará con sanitarios, alumbrado y vigilancia, y que los lugares se asignarán por sorteo frente a un notario. <I>"Nadie va a quedar fuera, pero tampoco va a haber privilegios"<I>, aseguró.
@TEXTO:Los dirigentes de las tres organizaciones más grandes pidieron que el traslado sea gradual y que durante los primeros tres meses no se cobre derecho de piso. Advirtieron que, si los nuevos predios no reciben clientela, sus agremiados regresarán a las calles.
@TEXTO:Los comerciantes establecidos del Centro Histórico celebraron el acuerdo, aunque recordaron que en 1997 se firmó uno similar que nunca se cumplió. La Cámara de Comercio local calcula que las ventas de sus afiliados en el primer cuadro cayeron 30 por ciento en los últimos cuatro años.
@TEXTO:Vecinos de la calle 3 Oriente y de la avenida Reforma pidieron además que se retiren los puestos que bloquean las rampas para sillas de ruedas y las entradas de las vecindades, un problema que, dijeron, se agrava cada diciembre.
@TEXTO:El cabildo deberá aprobar la próxima semana el reglamento de los nuevos espacios. La reubicación comenzaría el lunes 2 de abril.
@PIE:Los vendedores de la calle 5 de Mayo se reunieron ayer frente al Palacio Municipal.
@CREDITO:Foto: Arturo Salazar Tepox
"""
write_source('bt01.txt', bt01, enc='mac_roman', eol='cr')
write_gold('bt01', family='wire',
           title='Reubicarán a 600 ambulantes del primer cuadro antes de Semana Santa',
           date='2001-03-15', bylines=['Leticia Huerta Zamítez'], source='Diario Talavera',
           section='Ciudad',
           body_first_words='El Ayuntamiento de Puebla y las organizaciones de comerciantes',
           body_last_words='La reubicación comenzaría el lunes 2 de abril.',
           boilerplate=['@PUBLICACION:Diario Talavera', '@SLUG:AMBULANTES-ZOCALO', '@PAG:4A',
                        '@EDICION:Matutina',
                        'Los vendedores de la calle 5 de Mayo se reunieron ayer frente al Palacio Municipal.',
                        'Foto: Arturo Salazar Tepox'],
           must_keep=['"Nadie va a quedar fuera, pero tampoco va a haber privilegios"',
                      'Advirtieron que, si los nuevos predios no reciben clientela, sus agremiados regresarán a las calles.',
                      'La Cámara de Comercio local calcula que las ventas de sus afiliados en el primer cuadro cayeron 30 por ciento en los últimos cuatro años.'],
           photo_credit='Arturo Salazar Tepox')

# ---------------------------------------------------------------- bt02 wire (national agency teletype, two takes, cp850, CRLF)
bt02 = """ZCZC ANI0347 3 0412 EST
URGENTE
PUE-POPOCATEPETL 18-12-03
Popocatépetl lanza fragmentos incandescentes a dos kilómetros del cráter
Por Guadalupe Rosas Limón, corresponsal

PUEBLA, Pue., 18 de diciembre de 2003 (ANIP).- El volcán Popocatépetl registró esta madrugada una explosión que lanzó fragmentos incandescentes hasta a dos kilómetros de distancia del cráter, sobre la ladera noreste, informó el Centro Nacional de Prevención de Desastres.

La explosión ocurrió a las 3:52 horas y fue seguida por una columna de ceniza de cerca de tres kilómetros de altura que los vientos desplazaron hacia el oriente. Se reportó caída ligera de ceniza en San Nicolás de los Ranchos, Calpan y Huejotzingo, y en menor medida en la capital del estado.

El semáforo de alerta volcánica se mantiene en amarillo. Las autoridades recordaron que el acceso al volcán está restringido en un radio de 12 kilómetros y pidieron a los habitantes de las comunidades cercanas no acercarse a las barrancas.

(MAS)

ZCZC ANI0348 3 0413 EST
PUE-POPOCATEPETL 2 ADD

El director estatal de Protección Civil, Rogelio Campos Atenco, dijo que las rutas de evacuación se encuentran en buen estado y que los albergues de Cholula y Atlixco están listos, aunque por ahora no se considera necesario desalojar a ninguna población.

En Santiago Xalitzintla, la comunidad más cercana al cráter, los pobladores despertaron con el estruendo. "Se cimbraron las ventanas y luego se vio el resplandor rojo en la punta", relató por teléfono un campesino de la localidad.

Los especialistas explicaron que este tipo de explosiones se asocia con la destrucción de pequeños domos de lava dentro del cráter, un proceso que el volcán ha repetido varias veces desde que reinició su actividad en diciembre de 1994.

El aeropuerto de Huejotzingo operaba con normalidad al mediodía.

ANIP/GRL/jmt
12:45 HRS
NNNN
"""
write_source('bt02.txt', bt02, enc='cp850', eol='crlf')
write_gold('bt02', family='wire',
           title='Popocatépetl lanza fragmentos incandescentes a dos kilómetros del cráter',
           date='2003-12-18', bylines=['Guadalupe Rosas Limón'], source='ANIP',
           body_first_words='El volcán Popocatépetl registró esta madrugada una explosión',
           body_last_words='El aeropuerto de Huejotzingo operaba con normalidad al mediodía.',
           boilerplate=['ZCZC ANI0347 3 0412 EST', 'URGENTE', 'PUE-POPOCATEPETL 18-12-03',
                        'PUEBLA, Pue., 18 de diciembre de 2003 (ANIP).-', '(MAS)',
                        'ZCZC ANI0348 3 0413 EST', 'PUE-POPOCATEPETL 2 ADD',
                        'ANIP/GRL/jmt', '12:45 HRS', 'NNNN'],
           must_keep=['El semáforo de alerta volcánica se mantiene en amarillo.',
                      'El director estatal de Protección Civil, Rogelio Campos Atenco, dijo que las rutas de evacuación se encuentran en buen estado',
                      'En Santiago Xalitzintla, la comunidad más cercana al cráter, los pobladores despertaron con el estruendo.'])

# ---------------------------------------------------------------- bt03 press (municipality, received by fax, cp1252, CRLF)
bt03 = """JUL-02-2002 13:41        COM SOC CHOLULA              222 555 0134          P.01/02

                 H. AYUNTAMIENTO DE SAN PEDRO CHOLULA
                   DIRECCIÓN DE COMUNICACIÓN SOCIAL

                               F A X

PARA: Mesa de Redacción / Diario Talavera
DE: Comunicación Social Cholula
FAX: 222 555 0199
HOJAS: 2 (incluyendo ésta)

BOLETÍN No. 87/2002

San Pedro Cholula, Pue., a 2 de julio de 2002.

INICIAN TRABAJOS DE RESTAURACIÓN EN LA CAPILLA REAL DEL EX CONVENTO DE SAN GABRIEL

El Ayuntamiento de San Pedro Cholula informó que esta semana comenzaron los trabajos de restauración de las cúpulas de la Capilla Real, en el conjunto conventual de San Gabriel, con una inversión de 4.2 millones de pesos aportados por el municipio, el gobierno del estado y un patronato de vecinos.

La Capilla Real, construida en el siglo XVI, tiene 49 cúpulas que presentan filtraciones desde la temporada de lluvias del año pasado. Los trabajos consisten en retirar los aplanados dañados, impermeabilizar con técnicas tradicionales a base de cal y baba de nopal, y restituir los remates de las linternillas.

El presidente municipal explicó que la obra se realiza bajo la supervisión del Instituto Nacional de Antropología e Historia y que durará alrededor de cinco meses. Durante ese tiempo, la capilla permanecerá abierta al culto, aunque algunas naves laterales estarán cerradas por secciones.

JUL-02-2002 13:42        COM SOC CHOLULA              222 555 0134          P.02/02

Los recursos del patronato se reunieron durante dos años con kermeses, rifas y la venta de un calendario con fotografías antiguas de la ciudad. Su presidenta, la señora Consuelo Xicale Bautista, agradeció a las familias cholultecas que participaron en las colectas.

Las autoridades municipales pidieron a los visitantes respetar las áreas acordonadas y no subir a las azoteas del conjunto. Al concluir la restauración se presentará un informe de los trabajos ante el cabildo.

-30-

Atentamente
Lic. Horacio Tlapale Mendiola
Director de Comunicación Social
Tel. 222 555 0134
"""
write_source('bt03.txt', bt03, enc='cp1252', eol='crlf')
ISS03 = 'H. AYUNTAMIENTO DE SAN PEDRO CHOLULA'
write_gold('bt03', family='press_release',
           title='INICIAN TRABAJOS DE RESTAURACIÓN EN LA CAPILLA REAL DEL EX CONVENTO DE SAN GABRIEL',
           date='2002-07-02', source=ISS03, bulletin_number='87/2002', issuer=ISS03,
           dateline_city='San Pedro Cholula',
           body_first_words='El Ayuntamiento de San Pedro Cholula informó que esta semana comenzaron',
           body_last_words='se presentará un informe de los trabajos ante el cabildo.',
           boilerplate=['JUL-02-2002 13:41        COM SOC CHOLULA              222 555 0134          P.01/02',
                        'DIRECCIÓN DE COMUNICACIÓN SOCIAL', 'F A X',
                        'PARA: Mesa de Redacción / Diario Talavera', 'DE: Comunicación Social Cholula',
                        'FAX: 222 555 0199', 'HOJAS: 2 (incluyendo ésta)', 'BOLETÍN No. 87/2002',
                        'San Pedro Cholula, Pue., a 2 de julio de 2002.',
                        'JUL-02-2002 13:42        COM SOC CHOLULA              222 555 0134          P.02/02',
                        '-30-', 'Atentamente', 'Lic. Horacio Tlapale Mendiola',
                        'Director de Comunicación Social', 'Tel. 222 555 0134'],
           must_keep=['La Capilla Real, construida en el siglo XVI, tiene 49 cúpulas que presentan filtraciones desde la temporada de lluvias del año pasado.',
                      'Durante ese tiempo, la capilla permanecerá abierta al culto, aunque algunas naves laterales estarán cerradas por secciones.',
                      'Los recursos del patronato se reunieron durante dos años con kermeses, rifas y la venta de un calendario con fotografías antiguas de la ciudad.'])

# ---------------------------------------------------------------- bt04 jekyll (the daily's 2014 WordPress, jekyll-import)
bt04 = """---
layout: post
title: Vecinos de San Andrés Cholula denuncian la tala de 40 árboles en la Reserva Territorial Atlixcáyotl
date: 2014-05-05 09:12:33.000000000 -05:00
type: post
published: true
status: publish
categories:
- Portada
- Municipios
tags:
- medio ambiente
- San Andrés Cholula
meta:
  _edit_last: '3'
  _thumbnail_id: '22107'
  _wpas_done_all: '1'
author:
  login: mrojas
  email: mariana.rojas@talavera.example.mx
  display_name: Mariana Rojas Tlapa
  first_name: Mariana
  last_name: Rojas Tlapa
---
[caption id="attachment_22107" align="aligncenter" width="640"]<a href="http://talaveradigital.example.mx/wp-content/uploads/2014/05/tala-atlixcayotl.jpg"><img class="size-large wp-image-22107" src="http://talaveradigital.example.mx/wp-content/uploads/2014/05/tala-atlixcayotl-640x426.jpg" alt="tala-atlixcayotl" width="640" height="426" /></a> Los troncos quedaron apilados junto al camellón. Foto: Mariana Rojas / Talavera Digital[/caption]

Vecinos de los fraccionamientos de la Reserva Territorial Atlixcáyotl, en San Andrés Cholula, denunciaron que durante el fin de semana una cuadrilla derribó al menos 40 árboles en un predio ubicado entre el bulevar del Niño Poblano y la vía Atlixcáyotl, sin que nadie mostrara un permiso.

<!--more-->

Según los colonos, los trabajadores llegaron el sábado temprano con motosierras y un camión de volteo, y para el domingo por la tarde ya habían retirado casi todos los fresnos y jacarandas que daban sombra al andador. <strong>"Cuando les preguntamos quién los mandaba, nada más dijeron que era una orden de arriba"</strong>, contó Beatriz Cuautle Mena, vecina de la zona.

Los inconformes presentaron una denuncia ante la Procuraduría Federal de Protección al Ambiente y pidieron al ayuntamiento informar si existe algún proyecto de construcción en el terreno, que durante años funcionó como área verde de facto.

La dirección municipal de Ecología informó en un comunicado que no ha expedido ninguna autorización de derribo para ese predio y que enviará inspectores para determinar quién es el propietario. Si se comprueba que la tala fue ilegal, el responsable deberá pagar una multa y reponer diez árboles por cada uno que derribó.

Organizaciones ambientalistas de la capital recordaron que la zona de Angelópolis ha perdido buena parte de su cobertura vegetal en la última década por la construcción de plazas comerciales y torres de departamentos.

Los vecinos convocaron a una reunión el próximo jueves en el parque del fraccionamiento para decidir si presentan también una queja ante la Comisión de Derechos Humanos del Estado de Puebla.
"""
write_source('bt04.md', bt04)
write_gold('bt04', family='jekyll',
           title='Vecinos de San Andrés Cholula denuncian la tala de 40 árboles en la Reserva Territorial Atlixcáyotl',
           date='2014-05-05', bylines=['Mariana Rojas Tlapa'], section='Municipios',
           placement=['Portada'],
           body_first_words='Vecinos de los fraccionamientos de la Reserva Territorial Atlixcáyotl',
           body_last_words='ante la Comisión de Derechos Humanos del Estado de Puebla.',
           boilerplate=['Los troncos quedaron apilados junto al camellón.',
                        'Foto: Mariana Rojas / Talavera Digital'],
           must_keep=['Los inconformes presentaron una denuncia ante la Procuraduría Federal de Protección al Ambiente',
                      'La dirección municipal de Ecología informó en un comunicado que no ha expedido ninguna autorización de derribo para ese predio y que enviará inspectores para determinar quién es el propietario.',
                      '"Cuando les preguntamos quién los mandaba, nada más dijeron que era una orden de arriba"'],
           photo_credit='Mariana Rojas / Talavera Digital')

# ---------------------------------------------------------------- bt05 generic (newsroom wiki page, reStructuredText over/underlined title)
bt05 = """=========================================================
 Cómo leer el recibo del agua en la zona metropolitana
=========================================================

Cada dos meses llega a las casas de la capital y de los municipios conurbados un recibo de agua que pocas personas leen completo. La mayoría mira el total y la fecha límite de pago, pero en el papel hay datos que sirven para detectar fugas, cobros indebidos o errores de lectura del medidor.

Qué significa cada concepto
---------------------------

El recibo separa el cobro en varios conceptos. El primero es el consumo de agua potable, que se calcula con la diferencia entre la lectura anterior y la actual del medidor, expresada en metros cúbicos. Un metro cúbico equivale a mil litros.

Después aparecen el drenaje y el saneamiento, que se cobran como un porcentaje del consumo, y en algunos casos una cuota fija por el servicio. Si la casa no tiene medidor, el cobro se hace por una cuota estimada que depende de la colonia y del tipo de vivienda.

Señales de alerta
-----------------

- Un consumo que se duplica de un periodo a otro sin que haya cambiado el número de personas en la casa.
- Una lectura actual menor que la anterior, lo que indica un error de captura.
- Recargos por pagos que sí se hicieron a tiempo.

Ante cualquiera de estos casos conviene pedir una revisión en la oficina de atención a usuarios, con el recibo y una identificación. La aclaración no tiene costo y el organismo tiene un plazo de diez días hábiles para responder.

Una prueba sencilla para saber si hay una fuga dentro de la casa es cerrar todas las llaves durante una hora y revisar si el medidor sigue girando. Si gira, el problema está de la llave de paso hacia adentro y la reparación corre por cuenta del usuario.
"""
write_source('bt05.txt', bt05)
write_gold('bt05', family='generic',
           title='Cómo leer el recibo del agua en la zona metropolitana',
           body_first_words='Cada dos meses llega a las casas de la capital',
           body_last_words='la reparación corre por cuenta del usuario.',
           must_keep=['Un metro cúbico equivale a mil litros.',
                      'Una lectura actual menor que la anterior, lo que indica un error de captura.',
                      'La aclaración no tiene costo y el organismo tiene un plazo de diez días hábiles para responder.'])

# ---------------------------------------------------------------- bt06 wire (the daily's 2008 first website, page copied as text, cp1252, CRLF)
bt06 = """Talavera en Línea - El diario de Puebla en internet
Inicio | Puebla | Nacional | Deportes | Espectáculos | Opinión | Clasificados
Inicio » Deportes

Más de 4 mil corredores tomarán las calles en el Medio Maratón de Puebla

Martes 8 de abril de 2008 | 11:42 hrs.
Por: Ignacio Tecuanhuey Ramos
Enviar a un amigo | Imprimir | Tamaño de letra: A+ A-

Más de 4 mil corredores de 14 estados y de cinco países ya se inscribieron para el Medio Maratón de Puebla, que se correrá el próximo domingo con salida y meta en el Paseo Bravo, informó el comité organizador.

La ruta de 21 kilómetros recorrerá el Centro Histórico, el bulevar 5 de Mayo y la zona de Los Fuertes, donde los competidores enfrentarán la subida más exigente del trazado. Los organizadores instalarán siete puestos de hidratación y dos de atención médica.

El director de la carrera, Samuel Ixtlapale Rojas, explicó que este año se espera romper la marca de participación de 2007, cuando llegaron a la meta 3 mil 200 corredores. "La gente de Puebla ya le tomó cariño a la carrera; cada año vemos más mujeres y más familias completas", dijo.

En la rama varonil se anuncia la participación de atletas kenianos que corrieron en el Maratón de la Ciudad de México, mientras que en la femenil la favorita es la poblana Adriana Cuaya Limón, campeona de la edición anterior.

La Secretaría de Seguridad Pública municipal informó que los cierres viales comenzarán a las 5:30 horas y que la circulación se restablecerá de manera gradual a partir de las 11:00 horas. Se recomendó a los automovilistas usar el Periférico Ecológico y la avenida Juárez como vías alternas.

La entrega de paquetes será el viernes y el sábado en el Centro de Convenciones, de 10:00 a 19:00 horas.

Comentarios (12)
Para comentar necesitas estar registrado. Inicia sesión o regístrate.

Notas relacionadas:
· Puebla será sede del Nacional de Atletismo juvenil
· Corredores poblanos, listos para el Maratón de la Ciudad de México

© 2008 Editora Talavera, S.A. de C.V. Todos los derechos reservados.
"""
write_source('bt06.txt', bt06, enc='cp1252', eol='crlf')
write_gold('bt06', family='wire',
           title='Más de 4 mil corredores tomarán las calles en el Medio Maratón de Puebla',
           date='2008-04-08', bylines=['Ignacio Tecuanhuey Ramos'], source='Talavera en Línea',
           section='Deportes',
           body_first_words='Más de 4 mil corredores de 14 estados y de cinco países',
           body_last_words='en el Centro de Convenciones, de 10:00 a 19:00 horas.',
           boilerplate=['Talavera en Línea - El diario de Puebla en internet',
                        'Inicio | Puebla | Nacional | Deportes | Espectáculos | Opinión | Clasificados',
                        'Inicio » Deportes',
                        'Enviar a un amigo | Imprimir | Tamaño de letra: A+ A-',
                        'Comentarios (12)',
                        'Para comentar necesitas estar registrado. Inicia sesión o regístrate.',
                        'Notas relacionadas:',
                        'Puebla será sede del Nacional de Atletismo juvenil',
                        'Corredores poblanos, listos para el Maratón de la Ciudad de México',
                        '© 2008 Editora Talavera, S.A. de C.V. Todos los derechos reservados.'],
           must_keep=['Los organizadores instalarán siete puestos de hidratación y dos de atención médica.',
                      '"La gente de Puebla ya le tomó cariño a la carrera; cada año vemos más mujeres y más familias completas", dijo.',
                      'Se recomendó a los automovilistas usar el Periférico Ecológico y la avenida Juárez como vías alternas.'])

# ---------------------------------------------------------------- bt07 press (public university, e-mail body, ISO-8859-1, LF)
bt07 = """De: "Comunicacion Institucional BUAP" <comunicacion@buap-prensa.example.mx>
Para: <redaccion@talavera.example.mx>
Fecha: Jueves, 10 de Noviembre de 2005 12:03 p.m.
Asunto: Boletín 412 - Filtro de bajo costo para pozos de la Mixteca

BENEMÉRITA UNIVERSIDAD AUTÓNOMA DE PUEBLA
Dirección de Comunicación Institucional

Boletín 412

Investigadores de la BUAP desarrollan un filtro de bajo costo para retirar flúor del agua de pozo

Puebla, Pue., 10 de noviembre de 2005.- Un grupo de investigadores de la Facultad de Ciencias Químicas de la Benemérita Universidad Autónoma de Puebla desarrolló un filtro doméstico que retira hasta 90 por ciento del flúor presente en el agua de pozo, y cuyo costo de fabricación es menor a 150 pesos.

El dispositivo utiliza hueso de res calcinado y arena sílica, materiales que se consiguen con facilidad en las comunidades rurales, y puede instalarse en una cubeta o en un garrafón. Cada carga del filtro trata alrededor de mil litros antes de tener que reemplazarse.

La responsable del proyecto, doctora Elvira Cuatlayol Sánchez, explicó que en varias comunidades de la Mixteca poblana el agua de los pozos tiene concentraciones de flúor superiores a las que permite la norma oficial, lo que provoca manchas en los dientes de niñas y niños y, con el tiempo, daños en los huesos.

"Queríamos algo que las familias pudieran armar y mantener ellas mismas, sin depender de una planta potabilizadora", señaló la investigadora.

Durante los próximos meses, el equipo instalará 200 filtros en escuelas primarias de tres municipios de la región, en coordinación con las autoridades locales, para medir su funcionamiento durante un ciclo escolar completo.

El proyecto recibió financiamiento de la Vicerrectoría de Investigación y Estudios de Posgrado y fue presentado esta semana en un congreso nacional de química celebrado en la ciudad.

---o0o---

Dirección de Comunicación Institucional
Tel. 222 555 2301 y 222 555 2302
comunicacion@buap-prensa.example.mx

________________________________________
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información confidencial.
"""
write_source('bt07.txt', bt07, enc='iso-8859-1')
ISS07 = 'BENEMÉRITA UNIVERSIDAD AUTÓNOMA DE PUEBLA'
write_gold('bt07', family='press_release',
           title='Investigadores de la BUAP desarrollan un filtro de bajo costo para retirar flúor del agua de pozo',
           date='2005-11-10', source=ISS07, bulletin_number='412', issuer=ISS07,
           dateline_city='Puebla',
           body_first_words='Un grupo de investigadores de la Facultad de Ciencias Químicas',
           body_last_words='congreso nacional de química celebrado en la ciudad.',
           boilerplate=['De: "Comunicacion Institucional BUAP" <comunicacion@buap-prensa.example.mx>',
                        'Para: <redaccion@talavera.example.mx>',
                        'Fecha: Jueves, 10 de Noviembre de 2005 12:03 p.m.',
                        'Asunto: Boletín 412 - Filtro de bajo costo para pozos de la Mixteca',
                        'Dirección de Comunicación Institucional', 'Boletín 412',
                        'Puebla, Pue., 10 de noviembre de 2005.-', '---o0o---',
                        'Tel. 222 555 2301 y 222 555 2302', 'comunicacion@buap-prensa.example.mx',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información confidencial.'],
           must_keep=['Cada carga del filtro trata alrededor de mil litros antes de tener que reemplazarse.',
                      '"Queríamos algo que las familias pudieran armar y mantener ellas mismas, sin depender de una planta potabilizadora", señaló la investigadora.',
                      'El dispositivo utiliza hueso de res calcinado y arena sílica, materiales que se consiguen con facilidad en las comunidades rurales, y puede instalarse en una cubeta o en un garrafón.'])

# ---------------------------------------------------------------- bt08 bad (a scanned fax saved as .txt: TIFF bytes)
tiff = (b'II*\x00\x08\x00\x00\x00\x0c\x00'
        b'\x00\x01\x03\x00\x01\x00\x00\x00\xd8\x06\x00\x00'
        b'\x01\x01\x03\x00\x01\x00\x00\x00\x98\x08\x00\x00'
        b'\x02\x01\x03\x00\x01\x00\x00\x00\x01\x00\x00\x00'
        b'\x03\x01\x03\x00\x01\x00\x00\x00\x03\x00\x00\x00'
        b'\x06\x01\x03\x00\x01\x00\x00\x00\x00\x00\x00\x00'
        b'\x11\x01\x04\x00\x01\x00\x00\x00\xa2\x00\x00\x00'
        b'\x15\x01\x03\x00\x01\x00\x00\x00\x01\x00\x00\x00'
        b'\x1a\x01\x05\x00\x01\x00\x00\x00\x92\x00\x00\x00'
        b'\x1b\x01\x05\x00\x01\x00\x00\x00\x9a\x00\x00\x00'
        b'\x24\x01\x04\x00\x01\x00\x00\x00\x00\x00\x00\x00'
        b'\x28\x01\x03\x00\x01\x00\x00\x00\x02\x00\x00\x00'
        b'\x31\x01\x02\x00\x0c\x00\x00\x00\x86\x00\x00\x00'
        b'\x00\x00\x00\x00'
        b'FaxCtrl 4.1\x00'
        b'\xcc\x00\x00\x00\x01\x00\x00\x00\xc4\x00\x00\x00\x01\x00\x00\x00'
        + bytes((i * 73 + 11) % 256 for i in range(900)))
write_source('bt08.txt', raw=tiff)
write_gold('bt08', family='bad',
           refusal_reason='El archivo es una imagen TIFF (un fax escaneado) guardada con extensión .txt; no contiene texto legible.')

# ---------------------------------------------------------------- bt09 wire (syndicated opinion column, column name as kicker, UTF-8 BOM)
bt09 = """DESDE LA LATERAL

El agua que no llega a los cerros

Por Rosaura Xicoténcatl Barrera
Red Editorial de Columnistas | Opinión | 22/09/2009

En la colonia donde vive mi tía, en las faldas del cerro de Amalucan, el agua llega por la tubería dos veces por semana, y no siempre. Los martes y los viernes, desde las cuatro de la mañana, las mujeres de la cuadra se turnan para vigilar la llave y llenar tambos, cubetas y hasta ollas de barro.

No es un caso aislado. En buena parte de las colonias que crecieron en las laderas de la ciudad durante los años ochenta y noventa, la red se construyó a pedazos, con tubos de distintos diámetros y sin suficiente presión para subir la pendiente. Cuando el organismo operador reparte el agua por tandeo, los cerros son los últimos en recibirla.

El resultado es una ciudad partida en dos: la que abre la llave sin pensar y la que organiza su vida alrededor de la pipa. En la segunda, el agua cuesta más, porque hay que comprarla por garrafón o pagarle al piperío, y rinde menos, porque se almacena en recipientes que no siempre están limpios.

Las autoridades hablan de nuevos pozos y de una gran obra de conducción que resolverá el problema en unos años. Ojalá. Pero mientras llega, hay medidas más modestas que podrían cambiar la vida de miles de familias: un calendario de tandeo que se cumpla, pipas gratuitas que no se desvíen a quien paga la mordida y tanques de rebombeo en los puntos altos.

El agua que no llega a los cerros no es sólo un asunto técnico. Es la medida de qué tan en serio nos tomamos la idea de que todos vivimos en la misma ciudad.

Rosaura Xicoténcatl Barrera es urbanista y profesora universitaria. Correo: rosaura.xicotencatl@columnistas.example.mx

Este texto se distribuye a los diarios suscritos a la Red Editorial de Columnistas. Su reproducción total o parcial requiere autorización.
"""
write_source('bt09.md', bt09, bom=True)
write_gold('bt09', family='wire',
           title='El agua que no llega a los cerros',
           date='2009-09-22', bylines=['Rosaura Xicoténcatl Barrera'],
           source='Red Editorial de Columnistas', section='Opinión',
           body_first_words='En la colonia donde vive mi tía, en las faldas del cerro de Amalucan',
           body_last_words='la idea de que todos vivimos en la misma ciudad.',
           boilerplate=['DESDE LA LATERAL',
                        'Rosaura Xicoténcatl Barrera es urbanista y profesora universitaria.',
                        'Correo: rosaura.xicotencatl@columnistas.example.mx',
                        'Este texto se distribuye a los diarios suscritos a la Red Editorial de Columnistas.',
                        'Su reproducción total o parcial requiere autorización.'],
           must_keep=['No es un caso aislado.', 'Ojalá.',
                      'El resultado es una ciudad partida en dos: la que abre la llave sin pensar y la que organiza su vida alrededor de la pipa.'])

# ---------------------------------------------------------------- bt10 jekyll (the daily's 2016 opinion site, column name in `cintillo`, CRLF)
bt10 = """---
layout: columna
title: "Caminar la 16 de Septiembre, una carrera de obstáculos"
cintillo: "Crónicas de banqueta"
date: "2016-10-05T07:00:00-05:00"
author: Efrén Zacatelco Méndez
categories: [Opinión]
tags: [peatones, Centro Histórico, movilidad]
site_name: Talavera Opinión
comments: true
---

Hagan la prueba un martes a la una de la tarde: salgan del zócalo por la 16 de Septiembre rumbo al sur y traten de llegar a la 11 Poniente sin bajar nunca al arroyo vehicular. Yo lo intenté la semana pasada y perdí la cuenta de las veces que tuve que esquivar un puesto, un diablito de refresquero o una reja de taller abierta sobre la banqueta.

La calle tiene banquetas de apenas un metro en algunos tramos, y ese metro se lo disputan los postes, los registros de teléfono sin tapa, las rampas de las cocheras y los anuncios de las tiendas de uniformes escolares. Quien empuja una carriola o camina con bastón no tiene más remedio que bajar a la calle y jugarse la vida entre los camiones.

No es culpa de un solo gobierno. Es una costumbre vieja de esta ciudad pensar primero en el coche y después, si sobra, en quien camina. Los andadores del centro son una excepción bonita, pero basta cruzar dos cuadras para volver a la realidad.

Lo curioso es que arreglarlo no cuesta tanto como un paso a desnivel. Bastaría con ampliar las banquetas en los tramos críticos, mover los postes al borde, hacer cumplir el reglamento que prohíbe ocupar la acera con mercancía y poner semáforos peatonales que duren lo suficiente para que una abuela cruce sin correr.

Mientras tanto, los poblanos seguiremos haciendo lo que mejor sabemos: caminar en fila india, pedir permiso y mirar al suelo para no tropezar con el próximo registro abierto.

*Efrén Zacatelco Méndez es cronista y fotógrafo. Escríbale a efren.zacatelco@talavera.example.mx o en Twitter: @EfrenCronistaEj*
"""
write_source('bt10.md', bt10, eol='crlf')
write_gold('bt10', family='jekyll',
           title='Caminar la 16 de Septiembre, una carrera de obstáculos',
           date='2016-10-05', bylines=['Efrén Zacatelco Méndez'], source='Talavera Opinión',
           section='Opinión',
           body_first_words='Hagan la prueba un martes a la una de la tarde',
           body_last_words='para no tropezar con el próximo registro abierto.',
           boilerplate=['Efrén Zacatelco Méndez es cronista y fotógrafo.',
                        'Escríbale a efren.zacatelco@talavera.example.mx o en Twitter: @EfrenCronistaEj'],
           must_keep=['No es culpa de un solo gobierno.',
                      'Los andadores del centro son una excepción bonita, pero basta cruzar dos cuadras para volver a la realidad.',
                      'Quien empuja una carriola o camina con bastón no tiene más remedio que bajar a la calle y jugarse la vida entre los camiones.'])
