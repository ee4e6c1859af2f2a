#!/usr/bin/env python3
"""importer-cl, files 01-10."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- cl01 wire (agency teletype, Sin., cp850)
cl01 = """ZCZC ANN0147 3
SIN-PESCA-DIESEL
14-03-03 11:52
ANN - Agencia Noroeste de Noticias

Armadores de Mazatlán piden diésel marino a precio preferencial para salvar la temporada

Por Ramiro Castro Valenzuela

MAZATLÁN, Sin., 14 de marzo de 2003 (ANN).- Los armadores de la flota camaronera de altamar con base en Mazatlán pidieron al gobierno federal que el diésel marino se les venda a un precio preferencial durante lo que resta de la temporada, porque aseguran que con el costo actual más de la mitad de los barcos no podrá seguir saliendo a pescar.

De las 620 embarcaciones registradas en el puerto, alrededor de 250 permanecen amarradas en los muelles del estero de Urías desde principios de febrero. Sus propietarios dicen que el combustible representa ya casi la mitad del costo de cada viaje, que dura entre veinte y treinta días.

El presidente de la cámara pesquera local, Octavio Lizárraga Osuna, explicó que la captura de esta temporada ha sido menor que la del año pasado y que los precios del camarón en el mercado de Estados Unidos bajaron por la llegada de producto de granja de Asia. "Estamos saliendo a perder; cada viaje se paga con deuda", dijo en entrevista.

Los armadores propusieron que el apoyo se aplique mediante una tarjeta electrónica para evitar que el combustible se desvíe a otros usos, y ofrecieron instalar equipos de localización satelital en los barcos que lo reciban.

La situación afecta también a los trabajadores de los astilleros, las congeladoras y las empacadoras del puerto. Según la cámara, cada barco da empleo directo a seis tripulantes y sostiene al menos otros diez empleos en tierra.

Funcionarios de la delegación federal de pesca en Sinaloa dijeron que la petición será turnada a las oficinas centrales en la Ciudad de México, y que cualquier apoyo tendría que incluirse en el presupuesto del próximo año.

ANN/RCV/jgm
NNNN
"""
write_source('cl01.txt', cl01, enc='cp850', eol='crlf')
write_gold('cl01', family='wire',
           title='Armadores de Mazatlán piden diésel marino a precio preferencial para salvar la temporada',
           date='2003-03-14', bylines=['Ramiro Castro Valenzuela'],
           source='Agencia Noroeste de Noticias',
           body_first_words='Los armadores de la flota camaronera de altamar con base en Mazatlán',
           body_last_words='tendría que incluirse en el presupuesto del próximo año.',
           boilerplate=['ZCZC ANN0147 3', 'SIN-PESCA-DIESEL', '14-03-03 11:52',
                        'MAZATLÁN, Sin., 14 de marzo de 2003 (ANN).-', 'ANN/RCV/jgm', 'NNNN'],
           must_keep=['De las 620 embarcaciones registradas en el puerto, alrededor de 250 permanecen amarradas en los muelles del estero de Urías desde principios de febrero.',
                      '"Estamos saliendo a perder; cada viaje se paga con deuda", dijo en entrevista.',
                      'Según la cámara, cada barco da empleo directo a seis tripulantes y sostiene al menos otros diez empleos en tierra.'])

# ---------------------------------------------------------------- cl02 wire (border daily web page, copy-paste, Son.)
cl02 = """El Heraldo de la Frontera
Inicio › Frontera

Deportan por Nogales a más de 300 mexicanos en un solo día; albergues, rebasados

Por Karla Ibarra Moreno
23 de julio de 2019 · 10:47 hrs
Compartir: Facebook | Twitter | WhatsApp

Personas repatriadas esperan su turno en el módulo de atención de la garita DeConcini. Foto: Karla Ibarra Moreno / El Heraldo de la Frontera

Las autoridades migratorias de Estados Unidos entregaron el lunes por la garita DeConcini, en Nogales, a 317 personas de nacionalidad mexicana, la cifra más alta en un solo día en lo que va del año, de acuerdo con el registro del módulo de repatriación que opera en el cruce.

La mayoría de los repatriados son hombres jóvenes originarios de Guerrero, Oaxaca y Chiapas que fueron detenidos en el desierto de Arizona, aunque también llegaron once mujeres con niños pequeños. Muchos de ellos traían únicamente la ropa que llevaban puesta y una bolsa de plástico con sus documentos. Te puede interesar | Instalan bebederos en la ruta del desierto de Altar Los albergues de la ciudad, que en conjunto tienen capacidad para unas 400 personas, reportaron que desde la noche del domingo no tenían camas disponibles.

Rosa Elvira Manjarrez, coordinadora de un comedor para migrantes ubicado a unas cuadras de la línea, dijo que el número de personas que llegan a pedir alimento se duplicó en las últimas dos semanas. “Estamos sirviendo desayunos desde las seis de la mañana y a veces se nos acaba la comida antes del mediodía”, contó.

Funcionarios del gobierno municipal informaron que se habilitará de manera temporal un gimnasio de la colonia Buenos Aires como dormitorio, y que se gestiona con el gobierno del estado el traslado en autobús de quienes deseen regresar a sus lugares de origen.

Organizaciones civiles de Nogales pidieron a las autoridades federales que se instale en la garita un módulo de atención médica permanente, ya que muchos de los repatriados presentan deshidratación, ampollas y heridas en los pies por las largas caminatas.

Etiquetas: migración, Nogales, repatriados

MÁS NOTICIAS
Suspenden por lluvias el cruce de carga en la garita Mariposa
Cafeteros de la sierra de Sonora buscan mercado en Tucson
Inauguran cancha de usos múltiples en la colonia Héroes
"""
write_source('cl02.txt', cl02)
write_gold('cl02', family='wire',
           title='Deportan por Nogales a más de 300 mexicanos en un solo día; albergues, rebasados',
           date='2019-07-23', bylines=['Karla Ibarra Moreno'], source='El Heraldo de la Frontera',
           section='Frontera',
           body_first_words='Las autoridades migratorias de Estados Unidos entregaron el lunes por la garita DeConcini',
           body_last_words='ampollas y heridas en los pies por las largas caminatas.',
           boilerplate=['Inicio › Frontera', 'Compartir: Facebook | Twitter | WhatsApp',
                        'Personas repatriadas esperan su turno en el módulo de atención de la garita DeConcini. Foto: Karla Ibarra Moreno / El Heraldo de la Frontera',
                        'Te puede interesar | Instalan bebederos en la ruta del desierto de Altar',
                        'Etiquetas: migración, Nogales, repatriados', 'MÁS NOTICIAS',
                        'Suspenden por lluvias el cruce de carga en la garita Mariposa',
                        'Cafeteros de la sierra de Sonora buscan mercado en Tucson',
                        'Inauguran cancha de usos múltiples en la colonia Héroes'],
           must_keep=['Muchos de ellos traían únicamente la ropa que llevaban puesta y una bolsa de plástico con sus documentos.',
                      'Los albergues de la ciudad, que en conjunto tienen capacidad para unas 400 personas, reportaron que desde la noche del domingo no tenían camas disponibles.',
                      '“Estamos sirviendo desayunos desde las seis de la mañana y a veces se nos acaba la comida antes del mediodía”, contó.'],
           photo_credit='Karla Ibarra Moreno / El Heraldo de la Frontera')

# ---------------------------------------------------------------- cl03 wire (copy forwarded through a messaging app, Son.)
cl03 = """🚨 *ÚLTIMA HORA* 🚨

*Rescatan a 43 migrantes abandonados en una caja de tráiler cerca de Sonoyta*

_Por Brenda Amavizca Félix | Frontera Norte Digital_
📅 13/08/2023

Elementos de la Guardia Nacional y del Instituto Nacional de Migración rescataron la madrugada de este domingo a 43 personas migrantes que habían sido abandonadas dentro de la caja de un tractocamión estacionado a un costado de la carretera federal 2, a unos 20 kilómetros de Sonoyta, en el municipio de General Plutarco Elías Calles.

Un automovilista que pasaba por el lugar escuchó golpes y gritos que salían del remolque y llamó al número de emergencias. Cuando llegaron los agentes, las puertas estaban cerradas con candado y no había rastro del conductor. 👉 Lee también: Cierran por obras el cruce peatonal de la garita de San Luis Río Colorado Dentro de la caja, donde la temperatura superaba los 40 grados, había 31 hombres, ocho mujeres y cuatro menores de edad.

Los migrantes, originarios de Guatemala, Honduras, Ecuador y el sur de México, fueron atendidos por paramédicos de la Cruz Roja de Puerto Peñasco. Seis de ellos fueron trasladados al hospital por deshidratación severa, pero ninguno se encuentra grave.

De acuerdo con los primeros testimonios, el grupo había salido el viernes de Caborca y pagó a los traficantes entre 3 mil y 8 mil dólares por persona por el cruce a Arizona. Les dijeron que el viaje duraría unas horas.

La Fiscalía General de la República abrió una carpeta de investigación por tráfico de personas y busca al propietario del tractocamión, cuyas placas corresponden a una empresa de transporte registrada en Hermosillo.

👉 Lee también: Suben a 18 los cuerpos localizados en el desierto de Altar este año

📲 Recibe nuestras noticias al momento: únete al canal de WhatsApp de Frontera Norte Digital https://canal.fronteranorte.example.mx/wa
"""
write_source('cl03.txt', cl03, eol='crlf')
write_gold('cl03', family='wire',
           title='Rescatan a 43 migrantes abandonados en una caja de tráiler cerca de Sonoyta',
           date='2023-08-13', bylines=['Brenda Amavizca Félix'], source='Frontera Norte Digital',
           body_first_words='Elementos de la Guardia Nacional y del Instituto Nacional de Migración rescataron',
           body_last_words='registrada en Hermosillo.',
           boilerplate=['ÚLTIMA HORA',
                        'Lee también: Cierran por obras el cruce peatonal de la garita de San Luis Río Colorado',
                        'Lee también: Suben a 18 los cuerpos localizados en el desierto de Altar este año',
                        'Recibe nuestras noticias al momento: únete al canal de WhatsApp de Frontera Norte Digital https://canal.fronteranorte.example.mx/wa'],
           must_keep=['Cuando llegaron los agentes, las puertas estaban cerradas con candado y no había rastro del conductor.',
                      'Dentro de la caja, donde la temperatura superaba los 40 grados, había 31 hombres, ocho mujeres y cuatro menores de edad.',
                      'Les dijeron que el viaje duraría unas horas.'])

# ---------------------------------------------------------------- cl04 wire (old desktop publishing system: XPress Tags, mac_roman, CR)
cl04 = """<v4.00><e0>
@Folio:El Diario del Valle<\\t>Culiacán, Sinaloa<\\t>Lunes 17 de enero de 2005<\\t>Página 4A
@Cintillo:Agricultura
@Cabeza:Cae 30% la siembra de garbanzo en el valle de Culiacán
@Credito:Jesús Manuel Sepúlveda Inzunza
@Texto:La superficie sembrada con garbanzo en el valle de Culiacán cayó alrededor de 30 por ciento en el actual ciclo otoño-invierno, porque muchos productores prefirieron el maíz, que cuenta con un esquema de apoyo a la comercialización y un mercado más seguro, informaron dirigentes de las asociaciones agrícolas.
@Texto:De acuerdo con los avisos de siembra registrados en los módulos de riego, este año se establecieron cerca de 21 mil hectáreas de garbanzo blanco, contra las 30 mil del ciclo anterior. La mayor reducción se presentó en las zonas de Navolato y Eldorado.
@Texto:El garbanzo sinaloense se exporta casi en su totalidad a España, Argelia y Turquía, y su precio depende de la cosecha de otros países productores. <I>“Con el garbanzo uno nunca sabe en cuánto va a vender hasta que ya trilló”<I>, dijo el productor Baltazar Gaxiola Ruiz, quien este año sembró sólo la mitad de sus tierras con la leguminosa.
@Texto:Los comercializadores reconocen que el año pasado el precio cayó por debajo de los costos de producción, lo que dejó deudas a cientos de productores pequeños. Algunos de ellos todavía no terminan de pagar los créditos de avío.
@Texto:Los técnicos de la fundación de investigación agrícola del estado advirtieron, sin embargo, que depender de un solo cultivo es riesgoso, porque el maíz consume más agua y las presas del sistema Culiacán-Humaya apenas se encuentran a la mitad de su capacidad.
@Texto:Las asociaciones pidieron a la Secretaría de Agricultura que establezca un precio mínimo para el garbanzo, como el que existe para los granos básicos, para evitar que el cultivo desaparezca de la región.
@Pie:Una trilladora levanta garbanzo en un campo de Navolato. Foto: Ernesto Gámez / El Diario del Valle
"""
write_source('cl04.txt', cl04, enc='mac_roman', eol='cr')
write_gold('cl04', family='wire',
           title='Cae 30% la siembra de garbanzo en el valle de Culiacán',
           date='2005-01-17', bylines=['Jesús Manuel Sepúlveda Inzunza'], source='El Diario del Valle',
           section='Agricultura',
           body_first_words='La superficie sembrada con garbanzo en el valle de Culiacán cayó',
           body_last_words='para evitar que el cultivo desaparezca de la región.',
           boilerplate=['<v4.00><e0>', '@Folio:El Diario del Valle<\\t>Culiacán, Sinaloa<\\t>Lunes 17 de enero de 2005<\\t>Página 4A',
                        'Una trilladora levanta garbanzo en un campo de Navolato. Foto: Ernesto Gámez / El Diario del Valle'],
           must_keep=['La mayor reducción se presentó en las zonas de Navolato y Eldorado.',
                      'Algunos de ellos todavía no terminan de pagar los créditos de avío.',
                      'El garbanzo sinaloense se exporta casi en su totalidad a España, Argelia y Turquía, y su precio depende de la cosecha de otros países productores.'],
           photo_credit='Ernesto Gámez / El Diario del Valle')

# ---------------------------------------------------------------- cl05 wire (agency copy forwarded by e-mail, BCS, latin-1)
cl05 = """-----Mensaje original-----
De: Mesa de Redacción ASI [mailto:mesa@asi-bcs.example.mx]
Enviado el: martes, 9 de octubre de 2012 07:05 p.m.
Para: Suscriptores ASI
Asunto: NOTA ASI 0932 // Sardineros de Puerto San Carlos

Nota ASI 0932
Sección: Economía

Flota sardinera de Puerto San Carlos cumple un mes sin salir por falta de permisos

Por Alma Delia Geraldo Cota

PUERTO SAN CARLOS, BCS, 9 de octubre (ASI).- Las once embarcaciones sardineras que operan desde Puerto San Carlos, en el municipio de Comondú, cumplieron este martes un mes amarradas en el muelle, porque sus permisos de pesca comercial vencieron en septiembre y la autoridad federal no ha resuelto su renovación.

Los armadores aseguran que presentaron la documentación desde el mes de junio y que la oficina de pesca en La Paz les ha pedido en tres ocasiones los mismos papeles. Mientras tanto, unos 180 pescadores y 400 trabajadores de las dos plantas procesadoras del puerto se han quedado sin ingreso.

La sardina que se captura en Bahía Magdalena se destina principalmente a la elaboración de harina de pescado para las granjas acuícolas de Sonora y Sinaloa, y a carnada para la flota atunera. Sin el producto local, las plantas han tenido que comprar materia prima en Ensenada a un precio mucho mayor.

El gerente de una de las procesadoras, Humberto Amador Castro, dijo que si la situación se prolonga otras dos semanas tendrán que suspender a la mitad de la plantilla. "Aquí no hay otra cosa; si no sale el barco, no come el pueblo", comentó.

El delegado de la Secretaría de Pesca del gobierno del estado informó que solicitó una reunión urgente con las autoridades federales y que buscará un permiso provisional para que la flota pueda salir mientras concluye el trámite.

Agencia Sudcaliforniana de Información
mesa@asi-bcs.example.mx | Tel. 612 555 0419
AVISO: Este mensaje y sus anexos son confidenciales y para uso exclusivo de los suscriptores del servicio. Queda prohibida su reproducción sin crédito.
"""
write_source('cl05.txt', cl05, enc='latin-1', eol='crlf')
write_gold('cl05', family='wire',
           title='Flota sardinera de Puerto San Carlos cumple un mes sin salir por falta de permisos',
           date='2012-10-09', bylines=['Alma Delia Geraldo Cota'],
           source='Agencia Sudcaliforniana de Información', section='Economía',
           body_first_words='Las once embarcaciones sardineras que operan desde Puerto San Carlos',
           body_last_words='mientras concluye el trámite.',
           boilerplate=['-----Mensaje original-----', 'De: Mesa de Redacción ASI [mailto:mesa@asi-bcs.example.mx]',
                        'Enviado el: martes, 9 de octubre de 2012 07:05 p.m.', 'Para: Suscriptores ASI',
                        'Asunto: NOTA ASI 0932 // Sardineros de Puerto San Carlos', 'Nota ASI 0932',
                        'PUERTO SAN CARLOS, BCS, 9 de octubre (ASI).-',
                        'mesa@asi-bcs.example.mx | Tel. 612 555 0419',
                        'AVISO: Este mensaje y sus anexos son confidenciales y para uso exclusivo de los suscriptores del servicio.',
                        'Queda prohibida su reproducción sin crédito.'],
           must_keep=['Mientras tanto, unos 180 pescadores y 400 trabajadores de las dos plantas procesadoras del puerto se han quedado sin ingreso.',
                      'Sin el producto local, las plantas han tenido que comprar materia prima en Ensenada a un precio mucho mayor.',
                      '"Aquí no hay otra cosa; si no sale el barco, no come el pueblo", comentó.'])

# ---------------------------------------------------------------- cl06 wire (Ciudad Juárez digital daily, AMP page copy, BOM)
cl06 = """Diario de la Raya › Frontera

# Familias migrantes acampan frente al puente Paso del Norte tras el cierre de un albergue

🎧 Escuchar nota
Tiempo de lectura: 3 min

Por Ximena Holguín Barraza y Efraín Loya Chaparro
Ciudad Juárez, Chihuahua · jueves 18 de marzo de 2021 · 08:15

![Familias instalaron casas de campaña a un costado del puente](https://cdn.diariodelaraya.example.mx/2021/03/campamento.jpg)
*Foto: Efraín Loya / Diario de la Raya*

Al menos 60 familias migrantes, la mayoría originarias de Centroamérica y del sur de México, pasaron la noche del miércoles en casas de campaña instaladas en la explanada que da acceso al puente internacional Paso del Norte, luego de que uno de los albergues del centro de la ciudad cerró sus puertas por falta de recursos.

Las familias, que suman alrededor de 230 personas, dijeron que permanecerán en el lugar con la esperanza de que las autoridades estadounidenses les permitan presentar una solicitud de asilo. Entre ellas hay por lo menos 90 niñas y niños, algunos de meses de edad.

El albergue, que era administrado por una congregación religiosa, atendía en promedio a 150 personas cada noche. Sus encargados explicaron que las donaciones disminuyeron durante la pandemia y que ya no podían pagar la renta del inmueble ni los servicios. Relacionado: Reabren cruce peatonal del puente Lerdo tras un año de restricciones

Personal del Consejo Estatal de Población acudió al campamento para ofrecer traslado a otros refugios, pero la mayoría de las familias se negó a dejar la explanada. “Si nos vamos, perdemos el lugar en la fila”, explicó Maritza, una mujer hondureña que viaja con sus tres hijos.

Vecinos y comerciantes de la avenida Juárez llevaron comida, cobijas y agua durante la noche. El gobierno municipal instaló sanitarios portátiles y una unidad de Protección Civil permanece en el lugar para atender emergencias.

Síguenos en Google News y recibe las noticias de Juárez antes que nadie.

Comentarios (0)
"""
write_source('cl06.md', cl06, bom=True)
write_gold('cl06', family='wire',
           title='Familias migrantes acampan frente al puente Paso del Norte tras el cierre de un albergue',
           date='2021-03-18', bylines=['Ximena Holguín Barraza', 'Efraín Loya Chaparro'],
           source='Diario de la Raya', section='Frontera',
           body_first_words='Al menos 60 familias migrantes, la mayoría originarias de Centroamérica',
           body_last_words='permanece en el lugar para atender emergencias.',
           boilerplate=['Escuchar nota', 'Tiempo de lectura: 3 min',
                        'Familias instalaron casas de campaña a un costado del puente',
                        'Foto: Efraín Loya / Diario de la Raya',
                        'Relacionado: Reabren cruce peatonal del puente Lerdo tras un año de restricciones',
                        'Síguenos en Google News y recibe las noticias de Juárez antes que nadie.',
                        'Comentarios (0)'],
           must_keep=['Entre ellas hay por lo menos 90 niñas y niños, algunos de meses de edad.',
                      'Sus encargados explicaron que las donaciones disminuyeron durante la pandemia y que ya no podían pagar la renta del inmueble ni los servicios.',
                      '“Si nos vamos, perdemos el lugar en la fila”, explicó Maritza, una mujer hondureña que viaja con sus tres hijos.'],
           photo_credit='Efraín Loya / Diario de la Raya')

# ---------------------------------------------------------------- cl07 wire (print archive typed to fixed-width text, Nay.)
cl07 = """EL INFORMADOR NAYARITA                                      LOCAL  3-A
Tepic, Nayarit, martes 6 de noviembre de 2001
========================================================================

  Tabacaleros de Santiago Ixcuintla exigen el pago de la cosecha pasada

   Por Juan Bautista Robles Partida

   SANTIAGO IXCUINTLA.- Unos trescientos productores de tabaco de
este municipio y de Tuxpan se plantaron ayer frente a las oficinas
de la empresa compradora para exigir el pago de la hoja que entre-
garon en mayo, y que según sus cuentas suma más de 40 millones de
pesos.

   Los productores llegaron desde las siete de la mañana en camione-
tas y tractores. Llevaban mantas con leyendas en contra de la empresa
y de la asociación que los representa, a la que acusan de no defender
sus intereses.
   Isidro Ocegueda Partida, ejidatario de Sentispac, dijo que desde
junio no tiene con qué pagar a sus peones. "Nos dijeron que a fines
de agosto, luego que en octubre, y ya estamos en noviembre", reclamó
frente a las puertas cerradas de la bodega.

   La empresa informó por medio de un comunicado que el retraso se
debe a la caída del precio internacional del tabaco y a problemas
con la venta de la cosecha a sus clientes del extranjero. Ofreció
pagar la mitad del adeudo antes de fin de mes.
   Los tabacaleros rechazaron la propuesta y advirtieron que, si no
reciben el pago completo esta semana, bloquearán la carretera in-
ternacional a la altura del entronque a Santiago.

   El cultivo del tabaco en la costa norte de Nayarit ha perdido te-
rreno en los últimos años. A principios de los noventa se sembraban
más de 20 mil hectáreas; este año fueron menos de la mitad. Muchos
ejidatarios han cambiado al frijol y a la sandía.
   El presidente municipal acudió por la tarde al plantón y se com-
prometió a gestionar una reunión con el gobernador para hoy mismo.
"""
write_source('cl07.txt', cl07, enc='cp1252')
write_gold('cl07', family='wire',
           title='Tabacaleros de Santiago Ixcuintla exigen el pago de la cosecha pasada',
           date='2001-11-06', bylines=['Juan Bautista Robles Partida'], source='EL INFORMADOR NAYARITA',
           section='LOCAL',
           body_first_words='Unos trescientos productores de tabaco de',
           body_last_words='una reunión con el gobernador para hoy mismo.',
           boilerplate=['SANTIAGO IXCUINTLA.-',
                        '========================================================================'],
           must_keep=['pagar la mitad del adeudo antes de fin de mes.',
                      'ejidatarios han cambiado al frijol y a la sandía.',
                      'Isidro Ocegueda Partida, ejidatario de Sentispac, dijo que desde'])

# ---------------------------------------------------------------- cl08 wire (RSS reader dump of a farm portal, Son.)
cl08 = """Canal: Surco Noticias del Noroeste
Título: Productores del Valle del Yaqui esperan cosechar 1.2 millones de toneladas de trigo
Enlace: https://surconoroeste.example.mx/2024/03/04/trigo-valle-del-yaqui-cosecha/
Fecha: Mon, 04 Mar 2024 14:20:00 -0700
Autor: Lourdes Valenzuela Anaya
Categoría: Granos
GUID: surco-2024-0304-trigo
Descripción:
<p>Los productores de trigo del Valle del Yaqui y del Valle del Mayo, en el sur de Sonora, esperan levantar este año alrededor de 1.2 millones de toneladas del grano, una cifra similar a la del ciclo pasado, pese a que la superficie sembrada se redujo por la falta de agua en las presas.</p>
<p>La cosecha comenzará en la segunda quincena de abril en los lotes más tempranos de Cajeme, Bácum y San Ignacio Río Muerto. Los agricultores confían en que las temperaturas frescas de febrero ayuden a mejorar el llenado del grano y compensar la menor superficie.</p>
<p>La principal preocupación del sector es el precio. Los trigos cristalinos que se producen en la región se exportan principalmente a Italia, Argelia y Venezuela, y la cotización internacional bajó casi 20 por ciento desde el verano. &quot;Con el precio actual no alcanzamos a cubrir los costos del riego y de los fertilizantes&quot;, explicó el productor Efrén Bojórquez Valdez.</p>
<p>Las organizaciones de productores pidieron al gobierno federal que se mantenga el esquema de apoyo a la comercialización y que se defina antes del inicio de la trilla. También solicitaron que se revise el costo de la energía eléctrica para el bombeo de los pozos, que se ha vuelto indispensable ante la sequía.</p>
<p>Técnicos del campo experimental de la región recomendaron a los agricultores no adelantar el último riego y vigilar la presencia de roya en los lotes sembrados con variedades susceptibles.</p>
"""
write_source('cl08.txt', cl08)
write_gold('cl08', family='wire',
           title='Productores del Valle del Yaqui esperan cosechar 1.2 millones de toneladas de trigo',
           date='2024-03-04', bylines=['Lourdes Valenzuela Anaya'], source='Surco Noticias del Noroeste',
           section='Granos',
           body_first_words='Los productores de trigo del Valle del Yaqui y del Valle del Mayo',
           body_last_words='en los lotes sembrados con variedades susceptibles.',
           boilerplate=['Enlace: https://surconoroeste.example.mx/2024/03/04/trigo-valle-del-yaqui-cosecha/',
                        'GUID: surco-2024-0304-trigo'],
           must_keep=['La cosecha comenzará en la segunda quincena de abril en los lotes más tempranos de Cajeme, Bácum y San Ignacio Río Muerto.',
                      'La principal preocupación del sector es el precio.',
                      'También solicitaron que se revise el costo de la energía eléctrica para el bombeo de los pozos, que se ha vuelto indispensable ante la sequía.'])
