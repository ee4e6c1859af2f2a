#!/usr/bin/env python3
"""importer-bc, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bc11 wire (radio desk, old Mac: CR only)
T11 = '''RADIO TLAHUICA NOTICIAS
Noticiero de mediodía - 06/05/06

CAMPESINOS DE AYALA PIDEN APOYO POR GRANIZADA

Reportero: Salvador Ocampo Flores

Productores de sorgo y cacahuate de al menos siete comunidades de Ayala pidieron este sábado al gobierno del estado que declare zona de desastre la franja afectada por la granizada del jueves, que según sus cálculos dañó unas 1,800 hectáreas recién sembradas.

En una reunión en la ayudantía de Tenextepango, los campesinos mostraron costales con granizo todavía sin derretir y plantas arrancadas de raíz. El comisariado ejidal, Emiliano Barrera Solís, dijo que muchos productores se endeudaron para comprar semilla y fertilizante y que sin apoyo no podrán volver a sembrar antes de que se cierre el temporal.

Los afectados pidieron que personal de la Secretaría de Desarrollo Agropecuario recorra las parcelas la próxima semana para cuantificar los daños, y que se active el seguro catastrófico que cubre a los pequeños productores de temporal.

Por su parte, el presidente municipal informó que ya envió un oficio al gobierno estatal y que el ayuntamiento entregará semilla de sorgo a precio subsidiado a quienes demuestren la pérdida con fotografías y la constancia del comisariado.

La granizada afectó también techos de lámina en Jaloxtoc y Abelardo L. Rodríguez, donde Protección Civil municipal repartió láminas y cobijas a 40 familias.

(Escuche la nota completa en nuestro noticiero de las 14:00 hrs. por el 98.7 de FM)
Radio Tlahuica Noticias. Todos los derechos reservados.
'''
write_source('bc11.txt', T11, enc='cp1252', eol='cr')
write_gold('bc11', family='wire',
           title='CAMPESINOS DE AYALA PIDEN APOYO POR GRANIZADA',
           date='2006-05-06', bylines=['Salvador Ocampo Flores'],
           source='Radio Tlahuica Noticias', section=None,
           body_first_words='Productores de sorgo y cacahuate de al menos siete comunidades de Ayala',
           body_last_words='repartió láminas y cobijas a 40 familias.',
           boilerplate=['Noticiero de mediodía - 06/05/06',
                        '(Escuche la nota completa en nuestro noticiero de las 14:00 hrs. por el 98.7 de FM)',
                        'Radio Tlahuica Noticias. Todos los derechos reservados.'],
           must_keep=['que según sus cálculos dañó unas 1,800 hectáreas recién sembradas.',
                      'y que se active el seguro catastrófico que cubre a los pequeños productores de temporal.',
                      'el ayuntamiento entregará semilla de sorgo a precio subsidiado'])

# ---------------------------------------------------------------- bc12 press (state university, UTF-16 LE)
T12 = '''UNIVERSIDAD AUTÓNOMA DEL ESTADO DE HIDALGO
Dirección de Comunicación Social

Boletín DCS/112/2015

Investigadores de la UAEH documentan 23 especies de murciélagos en la Huasteca hidalguense

Pachuca de Soto, Hgo., 3 de marzo de 2015.– Un equipo del Centro de Investigaciones Biológicas de la Universidad Autónomadel Estado de Hidalgo (UAEH) documentó 23 especies de murciélagos en cuevas y cañadas de Huejutla, San Felipe Orizatlán y Atlapexco, entre ellas tres que no se habían registrado antes en la entidad.

El trabajo de campo duró dos años y se publicó este mes en una revista especializada en mastozoología. La responsable del proyecto, la doctora Leticia Hernández Badillo, explicó que el equipo capturó a los ejemplares con redes de niebla, los midió, tomó muestras de pelo y los liberó en el mismo sitio, sin dañarlos.

Entre los hallazgos destaca una colonia de murciélago lengüilargo, polinizador de agaves y cactáceas, en una cueva cercana a una zona de cultivo de cítricos. "Los murciélagos son aliados de los productores: una sola colonia puede comer toneladas de insectos en una temporada", señaló la investigadora.

El estudio advierte, sin embargo, que tres de las cuevas visitadas presentan basura, pintas y restos de fogatas, y recomienda que los municipios y los ejidos acuerden reglas de visita para evitar que las colonias abandonen sus refugios.

En el proyecto participaron estudiantes de la licenciatura en Biología y de la maestría en Ciencias en Biodiversidad y Conservación, quienes presentarán sus tesis con los datos recabados.

Fotografía: DCS UAEH

-o0o-

Dirección de Comunicación Social UAEH
Tel. 771 555 2000 ext. 2404 | comunicacion@uaeh.example.mx
'''
T12 = T12.replace('Autónomadel', 'Autónoma del')
write_source('bc12.txt', T12, enc='utf-16-le', eol='crlf', bom=True)
write_gold('bc12', family='press_release',
           title='Investigadores de la UAEH documentan 23 especies de murciélagos en la Huasteca hidalguense',
           date='2015-03-03', source='UNIVERSIDAD AUTÓNOMA DEL ESTADO DE HIDALGO',
           bulletin_number='DCS/112/2015', issuer='UNIVERSIDAD AUTÓNOMA DEL ESTADO DE HIDALGO',
           dateline_city='Pachuca de Soto',
           body_first_words='Un equipo del Centro de Investigaciones Biológicas',
           body_last_words='quienes presentarán sus tesis con los datos recabados.',
           boilerplate=['Dirección de Comunicación Social', 'Pachuca de Soto, Hgo., 3 de marzo de 2015.–',
                        'Fotografía: DCS UAEH', '-o0o-',
                        'Tel. 771 555 2000 ext. 2404 | comunicacion@uaeh.example.mx'],
           must_keep=['entre ellas tres que no se habían registrado antes en la entidad.',
                      'los midió, tomó muestras de pelo y los liberó en el mismo sitio, sin dañarlos.',
                      'recomienda que los municipios y los ejidos acuerden reglas de visita'],
           photo_credit='Fotografía: DCS UAEH')

# ---------------------------------------------------------------- bc13 jekyll (team A, offset, unpublished)
T13 = '''---
layout: post
title: Cholula abre convocatoria para restaurar retablos del siglo XVIII
date: 2014-03-31T21:15:00-06:00
published: false
categories: [Cultura]
author: Redacción Cinco Volcanes
tags: [Cholula, patrimonio, retablos]
comments: true
---

El ayuntamiento de San Andrés Cholula y el Centro INAH Puebla abrieron una convocatoria para que talleres de restauración presenten propuestas para intervenir cuatro retablos dorados del siglo XVIII en las parroquias de San Andrés, Santa María Tonantzintla, San Bernardino Tlaxcalancingo y San Luis Tehuiloyocan.

Los retablos presentan desprendimiento de la hoja de oro, ataque de insectos en la madera y humedad en los muros que los sostienen, daños que se agravaron después de las lluvias del año pasado. Los mayordomos de Tonantzintla han colocado cubetas bajo las filtraciones durante las misas.

Según las bases, los talleres deberán contar con restauradores titulados, presentar un diagnóstico de cada pieza y comprometerse a capacitar a jóvenes de las comunidades durante los trabajos. La intervención se pagará con recursos del ayuntamiento y de un fondo federal para el patrimonio, por un total de 5.4 millones de pesos.

Las propuestas se recibirán hasta el 30 de abril en la casa de la cultura municipal. Un comité con representantes del INAH, del ayuntamiento y de los mayordomos revisará las propuestas y dará a conocer el resultado en junio.

Los fiscales de las cuatro parroquias pidieron que los trabajos no interrumpan las fiestas patronales y que las piezas no salgan de los templos, algo que el INAH aseguró que no será necesario porque la restauración se hará en el sitio.

[Ver las bases de la convocatoria]({{ site.baseurl }}/docs/convocatoria-retablos-2014.pdf)
'''
write_source('bc13.md', T13)
write_gold('bc13', family='jekyll',
           title='Cholula abre convocatoria para restaurar retablos del siglo XVIII',
           date='2014-03-31', published=False, bylines=[], source=None, section='Cultura',
           body_first_words='El ayuntamiento de San Andrés Cholula y el Centro INAH Puebla',
           body_last_words='porque la restauración se hará en el sitio.',
           boilerplate=['{{ site.baseurl }}'],
           must_keep=['Los mayordomos de Tonantzintla han colocado cubetas bajo las filtraciones durante las misas.',
                      'por un total de 5.4 millones de pesos.',
                      'Las propuestas se recibirán hasta el 30 de abril en la casa de la cultura municipal.'])

# ---------------------------------------------------------------- bc14 generic (setext + table)
T14 = '''Horarios y tarifas del Tren Suburbano ligero de Toluca: lo que hay que saber
===========================================================================

Esta guía reúne la información que más preguntan los lectores sobre el servicio entre Zinacantepec y el centro de Toluca. La preparó la mesa de servicios con base en las respuestas de la empresa operadora y en recorridos propios.

| Tramo | Tiempo aproximado | Tarifa general | Tarifa preferente |
|---|---|---|---|
| Zinacantepec - Terminal | 18 minutos | 12 pesos | 6 pesos |
| Terminal - Centro | 9 minutos | 12 pesos | 6 pesos |
| Recorrido completo | 27 minutos | 20 pesos | 10 pesos |

La tarifa preferente aplica a estudiantes con credencial vigente, personas adultas mayores con credencial del INAPAM y personas con discapacidad. Las niñas y los niños menores de cinco años no pagan si viajan acompañados.

El servicio funciona de lunes a viernes de 5:30 a 23:00 horas, y los sábados, domingos y días festivos de 7:00 a 22:00 horas. En horas de mayor demanda, de 6:30 a 9:00 y de 18:00 a 20:30, los trenes pasan cada seis minutos; el resto del día, cada doce.

La tarjeta recargable cuesta 15 pesos y se compra en las máquinas de todas las estaciones; también se puede pagar con tarjeta bancaria sin contacto en los torniquetes. Las bicicletas plegables se permiten a cualquier hora; las de tamaño normal, solo los fines de semana y en el último vagón.

Si se pierde un objeto, hay que reportarlo en el módulo de atención de la estación Terminal el mismo día. Para quejas sobre el servicio existe un buzón en cada andén y un formulario en la página de la empresa operadora.

Una última recomendación: en temporada de lluvias, las escaleras de acceso se vuelven resbalosas y conviene usar los elevadores, que dan prioridad a quienes viajan con carriola o con bultos.
'''
write_source('bc14.md', T14)
write_gold('bc14', family='generic',
           title='Horarios y tarifas del Tren Suburbano ligero de Toluca: lo que hay que saber',
           date=None, bylines=[], source=None,
           body_first_words='Esta guía reúne la información que más preguntan los lectores',
           body_last_words='a quienes viajan con carriola o con bultos.',
           boilerplate=[],
           must_keep=['| Recorrido completo | 27 minutos | 20 pesos | 10 pesos |',
                      'Las niñas y los niños menores de cinco años no pagan si viajan acompañados.',
                      'las de tamaño normal, solo los fines de semana y en el último vagón.'])

# ---------------------------------------------------------------- bc15 press (human-rights commission)
T15 = '''Comisión de Derechos Humanos del Estado de México
Unidad de Comunicación Social

PARA SU PUBLICACIÓN INMEDIATA

Toluca de Lerdo, Méx., 19 de julio de 2021.

Comunicado No. 087/2021

Emite Comisión recomendación a un ayuntamiento por omisiones en la atención a familias afectadas por inundación

La Comisión de Derechos Humanos del Estado de México (Codhem) emitió una recomendación a un ayuntamiento de la región oriente de la entidad, al acreditar que sus autoridades omitieron brindar atención oportuna a 63 familias cuyas viviendas resultaron inundadas en septiembre del año pasado.

De acuerdo con la investigación, las familias permanecieron varios días sin agua potable, sin recolección de basura y sin un censo de daños, pese a que presentaron escritos ante la presidencia municipal y la coordinación de Protección Civil. Personal de la Comisión constató además que el albergue habilitado carecía de sanitarios suficientes y de atención médica.

El organismo recomendó al ayuntamiento elaborar en un plazo de 30 días un censo completo de los daños, gestionar apoyos para la reparación de las viviendas, capacitar a su personal de Protección Civil en atención a personas en situación de vulnerabilidad y dar vista al órgano interno de control para que investigue la actuación de los servidores públicos involucrados.

La Comisión subrayó que el derecho a una vivienda adecuada y a la protección frente a desastres obliga a las autoridades a actuar con prontitud, con especial cuidado hacia niñas, niños, personas adultas mayores y personas con discapacidad.

El ayuntamiento cuenta con quince días hábiles para informar si acepta la recomendación.

* * *

AVISO DE PRIVACIDAD: Los datos personales recabados por este organismo serán protegidos en términos de la ley de la materia.
Síguenos: @prensa_dh_edomex | comunicacion@derechoshumanos-edomex.example.mx
'''
write_source('bc15.txt', T15, enc='cp1252', eol='crlf')
write_gold('bc15', family='press_release',
           title='Emite Comisión recomendación a un ayuntamiento por omisiones en la atención a familias afectadas por inundación',
           date='2021-07-19', source='Comisión de Derechos Humanos del Estado de México',
           bulletin_number='087/2021', issuer='Comisión de Derechos Humanos del Estado de México',
           dateline_city='Toluca de Lerdo',
           body_first_words='La Comisión de Derechos Humanos del Estado de México (Codhem) emitió',
           body_last_words='para informar si acepta la recomendación.',
           boilerplate=['Unidad de Comunicación Social', 'PARA SU PUBLICACIÓN INMEDIATA',
                        'Toluca de Lerdo, Méx., 19 de julio de 2021.', '* * *',
                        'AVISO DE PRIVACIDAD: Los datos personales recabados por este organismo serán protegidos en términos de la ley de la materia.',
                        'Síguenos: @prensa_dh_edomex | comunicacion@derechoshumanos-edomex.example.mx'],
           must_keep=['omitieron brindar atención oportuna a 63 familias',
                      'el albergue habilitado carecía de sanitarios suficientes y de atención médica.',
                      'El ayuntamiento cuenta con quince días hábiles para informar si acepta la recomendación.'])

# ---------------------------------------------------------------- bc16 wire (national daily, two correspondents)
T16 = '''Política
Aprueba Congreso de Tlaxcala reforma para paridad en presidencias de comunidad
Por Ana Lilia Zempoalteca Pérez y Luis Ernesto Hernández Pluma / Corresponsales
Crónica Nacional · Estados
Sábado 25 de junio de 2016, 19:47

TLAXCALA, Tlax.- El Congreso local aprobó este sábado, en sesión extraordinaria, una reforma a la ley municipal que obliga a que al menos la mitad de las presidencias de comunidad de cada municipio sean encabezadas por mujeres a partir de la elección de 2018.

La propuesta obtuvo 24 votos a favor y uno en contra. Sus promotoras recordaron que, de las casi 400 presidencias de comunidad del estado, menos de 40 están hoy a cargo de mujeres, pese a que ellas son mayoría en las asambleas. ¿Quién decide qué comunidades tendrán candidata? Relacionado: Crece el número de alcaldesas en el centro del país La reforma deja esa definición al instituto electoral local, que deberá emitir lineamientos antes de diciembre.

Algunos pueblos que eligen a sus autoridades por usos y costumbres pidieron ser consultados antes de aplicar la medida. Diputadas de dos bancadas respondieron que la reforma respeta sus asambleas, pero que estas deberán garantizar que las mujeres puedan votar y ser votadas.

El presidente de la comisión de Asuntos Municipales, Benito Xochitiotzi Cote, adelantó que el Congreso acompañará el proceso con foros regionales en Huamantla, Apizaco, Calpulalpan y Zacatelco.

Organizaciones de mujeres celebraron la aprobación, aunque pidieron que se acompañe con presupuesto para capacitar a las futuras presidentas y con medidas contra la violencia política, que según sus registros creció en la última elección.

Con información de Agencias

Edición impresa: página 28
'''
write_source('bc16.txt', T16, enc='cp1252', eol='lf')
write_gold('bc16', family='wire',
           title='Aprueba Congreso de Tlaxcala reforma para paridad en presidencias de comunidad',
           date='2016-06-25', bylines=['Ana Lilia Zempoalteca Pérez', 'Luis Ernesto Hernández Pluma'],
           source='Crónica Nacional', section='Política',
           body_first_words='El Congreso local aprobó este sábado, en sesión extraordinaria',
           body_last_words='que según sus registros creció en la última elección.',
           boilerplate=['TLAXCALA, Tlax.-',
                        'Relacionado: Crece el número de alcaldesas en el centro del país',
                        'Con información de Agencias', 'Edición impresa: página 28'],
           must_keep=['¿Quién decide qué comunidades tendrán candidata?',
                      'La reforma deja esa definición al instituto electoral local',
                      'pero que estas deberán garantizar que las mujeres puedan votar y ser votadas.'])

# ---------------------------------------------------------------- bc17 jekyll (team B, BOM, colon in plain title)
T17 = '''---
layout: nota
titulo: Huamantla: alfombristas preparan La noche que nadie duerme
fecha: 2018-08-14 19:30
autor: Ma. Fernanda Rugerio
seccion: Cultura
etiquetas:
  - Huamantla
  - alfombras
  - Feria de Huamantla
---

Más de 3 mil personas trabajan desde la tarde de este martes en las calles de Huamantla para tender los seis kilómetros de alfombras y tapetes de aserrín y flores por los que pasará, en la madrugada, la imagen de la Virgen de la Caridad.

Los diseños se trazan con semanas de anticipación y se transfieren al piso con plantillas de cartón y madera. Las familias del barrio de San Antonio, que cada año cubren el tramo frente a la basílica, eligieron este año un diseño con grecas tlaxcaltecas y escenas de la llegada de la imagen al pueblo.

El aserrín se tiñe en los patios de las casas con anilinas y se deja secar durante días; luego se cierne para que quede fino. "Un solo tapete grande se lleva cerca de una tonelada de aserrín y unas cien personas", contó Fidel Cuamatzi, alfombrista desde niño.

Protección Civil estatal calculó la llegada de unos 300 mil visitantes entre la noche del 14 y la mañana del 15 de agosto, por lo que se cerraron a la circulación las calles del centro y se instalaron módulos de atención médica en los accesos.

Las autoridades pidieron a los visitantes no pisar las alfombras antes del paso de la procesión, no usar flash frente a la imagen y dejar libres los pasillos de emergencia. Al amanecer, las alfombras quedan deshechas por los pasos de miles de fieles y, por la tarde, la ciudad comienza a preparar el siguiente año.
'''
write_source('bc17.md', T17, bom=True)
write_gold('bc17', family='jekyll',
           title='Huamantla: alfombristas preparan La noche que nadie duerme',
           date='2018-08-14', bylines=['Ma. Fernanda Rugerio'], source=None, section='Cultura',
           body_first_words='Más de 3 mil personas trabajan desde la tarde de este martes',
           body_last_words='la ciudad comienza a preparar el siguiente año.',
           boilerplate=[],
           must_keep=['por los que pasará, en la madrugada, la imagen de la Virgen de la Caridad.',
                      'contó Fidel Cuamatzi, alfombrista desde niño.',
                      'no usar flash frente a la imagen y dejar libres los pasillos de emergencia.'])

# ---------------------------------------------------------------- bc18 bad (front matter, then only blank lines)
T18 = '''---
layout: post
title: "Resultados del PREP en Morelos, minuto a minuto"
date: 2012-07-01 21:00:00
categories: [Elecciones, Portada]
author: Redacción
---

   
\t
'''
write_source('bc18.markdown', T18, eol='crlf')
write_gold('bc18', family='bad',
           refusal_reason='solo encabezado (front matter) sin cuerpo: después del cierre --- no hay texto')

# ---------------------------------------------------------------- bc19 press (federal delegation, 2008)
T19 = '''SECRETARÍA DE DESARROLLO SOCIAL
DELEGACIÓN EN EL ESTADO DE TLAXCALA
"Para Vivir Mejor"

Comunicado de prensa DT/045/08

Tlaxcala, Tlax., 22 de agosto de 2008.

Entregan apoyos del programa 70 y Más a 11 mil adultos mayores de 38 municipios

La Delegación de la Secretaría de Desarrollo Social (Sedesol) en Tlaxcala inició este viernes la entrega bimestral de apoyos del programa 70 y Más a 11 mil 240 personas adultas mayores que viven en localidades de hasta 2 mil 500 habitantes de 38 municipios del estado.

El delegado, Rogelio Temoltzin Cuapio, explicó que cada beneficiario recibe mil pesos cada dos meses y que las entregas se realizan en mesas instaladas en plazas públicas y auditorios municipales, para evitar que las personas tengan que trasladarse largas distancias. En esta ocasión se instalaron 64 mesas de atención con apoyo de Telecomm-Telégrafos.

Además del apoyo económico, en las sedes de entrega se ofrecen pláticas sobre cuidado de la salud, prevención de caídas y derechos de las personas adultas mayores, así como jornadas de credencialización del Inapam.

El funcionario pidió a los beneficiarios acudir con su identificación y su constancia de supervivencia, y recordó que nadie puede condicionar el apoyo ni cobrar por realizar trámites del programa. Las quejas pueden presentarse en la oficina de la delegación o en los buzones instalados en cada mesa.

En el primer semestre del año, el padrón del programa en Tlaxcala creció 14 por ciento con la incorporación de localidades que antes no estaban cubiertas.

"Este programa es público, ajeno a cualquier partido político. Queda prohibido el uso para fines distintos a los establecidos en el programa."

---oOo---

Atentamente
Unidad de Comunicación Social
Tel. 246 555 0160 y 246 555 0161
'''
write_source('bc19.txt', T19, enc='cp1252', eol=('mixed', 14))
write_gold('bc19', family='press_release',
           title='Entregan apoyos del programa 70 y Más a 11 mil adultos mayores de 38 municipios',
           date='2008-08-22', source='SECRETARÍA DE DESARROLLO SOCIAL',
           bulletin_number='DT/045/08', issuer='SECRETARÍA DE DESARROLLO SOCIAL',
           dateline_city='Tlaxcala',
           body_first_words='La Delegación de la Secretaría de Desarrollo Social (Sedesol) en Tlaxcala',
           body_last_words='localidades que antes no estaban cubiertas.',
           boilerplate=['"Para Vivir Mejor"', 'Tlaxcala, Tlax., 22 de agosto de 2008.',
                        'Este programa es público, ajeno a cualquier partido político. Queda prohibido el uso para fines distintos a los establecidos en el programa.',
                        '---oOo---', 'Atentamente', 'Unidad de Comunicación Social',
                        'Tel. 246 555 0160 y 246 555 0161'],
           must_keep=['cada beneficiario recibe mil pesos cada dos meses',
                      'En esta ocasión se instalaron 64 mesas de atención con apoyo de Telecomm-Telégrafos.',
                      'recordó que nadie puede condicionar el apoyo ni cobrar por realizar trámites del programa.'])

# ---------------------------------------------------------------- bc20 wire (year-end, published just before midnight)
T20 = '''Noticias Centro MX > Edomex

# Reportan saldo blanco en Tultepec durante el cierre de año, pese a la venta de pirotecnia

Por Esteban Mondragón Albarrán
Publicado el 31/12/2020 a las 23:58 · Actualizado el 01/01/2021 a las 00:41

Foto: Especial

TULTEPEC, Méx.- Las autoridades de Tultepec reportaron hasta el cierre de esta edición saldo blanco en el municipio durante las últimas horas de 2020, pese a que la venta de pirotecnia en el mercado de San Pablito se mantuvo abierta con aforo reducido por la pandemia.

La coordinación municipal de Protección Civil informó que desde el 15 de diciembre se realizaron 120 inspecciones a talleres y puntos de venta, en las que se aseguraron cerca de 300 kilos de producto sin registro o almacenado en casas habitación. Síguenos en Google Noticias para estar siempre informado. El mercado operó con filtros sanitarios, un solo acceso y un límite de 200 personas a la vez.

Te puede interesar |
Edomex suma tres semanas en semáforo rojo

Artesanos pirotécnicos dijeron que sus ventas cayeron a menos de la mitad respecto de 2019, por el cierre de fiestas patronales y la cancelación de eventos públicos, que son la mayor parte de su trabajo durante el año.

El director de Protección Civil, Javier Urbán Solano, pidió a las familias no encender cohetes dentro de las casas ni cerca de tanques de gas, no permitir que los menores manipulen pirotecnia y acudir a la Cruz Roja ante cualquier quemadura, por leve que parezca.

En hospitales de la región no se habían registrado lesionados por cohetes hasta la medianoche, según un corte de la Secretaría de Salud estatal.

Temas: #Tultepec #Pirotecnia #AñoNuevo
'''
write_source('bc20.md', T20)
write_gold('bc20', family='wire',
           title='Reportan saldo blanco en Tultepec durante el cierre de año, pese a la venta de pirotecnia',
           date='2020-12-31', bylines=['Esteban Mondragón Albarrán'],
           source='Noticias Centro MX', section='Edomex',
           body_first_words='Las autoridades de Tultepec reportaron hasta el cierre de esta edición',
           body_last_words='según un corte de la Secretaría de Salud estatal.',
           boilerplate=['Foto: Especial', 'TULTEPEC, Méx.-',
                        'Síguenos en Google Noticias para estar siempre informado.',
                        'Te puede interesar |', 'Edomex suma tres semanas en semáforo rojo',
                        'Temas: #Tultepec #Pirotecnia #AñoNuevo'],
           must_keep=['se aseguraron cerca de 300 kilos de producto sin registro o almacenado en casas habitación.',
                      'El mercado operó con filtros sanitarios, un solo acceso y un límite de 200 personas a la vez.',
                      'sus ventas cayeron a menos de la mitad respecto de 2019'],
           photo_credit='Foto: Especial')
