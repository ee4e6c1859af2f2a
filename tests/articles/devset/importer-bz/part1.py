#!/usr/bin/env python3
"""importer-bz, files 01-10."""
from common import write_source, write_gold, NBSP, NNBSP

# ---------------------------------------------------------------- bz01 wire (outlet's own Facebook post, Puebla)
bz01 = """Angelópolis al Momento
14 de agosto de 2018 a las 19:42 · 🌎

🔴 #ÚltimaHora | Se desborda el río Necaxa en Juan Galindo; evacúan a 60 familias 🌊

Las lluvias que cayeron durante toda la tarde de este martes en la Sierra Norte provocaron que el río Necaxa se saliera de su cauce a la altura de la colonia El Ocotal, en el municipio de Juan Galindo, por lo que elementos de Protección Civil evacuaron a 60 familias de la zona baja. … Ver más

De acuerdo con el reporte de la Coordinación General de Protección Civil del estado, el agua alcanzó hasta un metro de altura dentro de algunas viviendas y arrastró al menos tres automóviles que estaban estacionados junto a la ribera. No se reportan personas lesionadas ni desaparecidas.

Las familias fueron trasladadas al albergue que se habilitó en el auditorio municipal, donde voluntarios de la parroquia y del DIF entregan café, cobijas y ropa seca. "Nos avisaron los vecinos de arriba, porque el río hizo un ruido como de tren", contó doña Ofelia, una de las afectadas. 😢

👉 Te puede interesar: Cierran la carretera Huauchinango-Xicotepec por deslave en la curva de El Mirador

La presidencia municipal pidió a los habitantes de las comunidades ribereñas no cruzar los puentes colgantes mientras siga lloviendo, ya que el nivel del agua podría subir todavía más durante la noche.

Personal de la Comisión Federal de Electricidad revisa las compuertas de la presa de Necaxa y, hasta el momento, informó que la cortina no presenta daños. Las clases en las escuelas de la zona baja quedaron suspendidas para este miércoles.

📝 Información: Itzel Coyotl Pérez
📸 Fotos: Cortesía de lectores

#Puebla #SierraNorte #Necaxa #JuanGalindo #Lluvias

👍😮😢 1,4 mil
212 comentarios  538 veces compartido
Me gusta
Comentar
Compartir
"""
write_source('bz01.txt', bz01)
write_gold('bz01', family='wire',
           title='Se desborda el río Necaxa en Juan Galindo; evacúan a 60 familias',
           date='2018-08-14', bylines=['Itzel Coyotl Pérez'], source='Angelópolis al Momento',
           body_first_words='Las lluvias que cayeron durante toda la tarde de este martes en la Sierra Norte',
           body_last_words='quedaron suspendidas para este miércoles.',
           boilerplate=['#ÚltimaHora', '… Ver más',
                        'Te puede interesar: Cierran la carretera Huauchinango-Xicotepec por deslave en la curva de El Mirador',
                        'Fotos: Cortesía de lectores',
                        '#Puebla #SierraNorte #Necaxa #JuanGalindo #Lluvias',
                        '212 comentarios  538 veces compartido', 'Me gusta', 'Comentar', 'Compartir'],
           must_keep=['por lo que elementos de Protección Civil evacuaron a 60 familias de la zona baja.',
                      'No se reportan personas lesionadas ni desaparecidas.',
                      '"Nos avisaron los vecinos de arriba, porque el río hizo un ruido como de tren", contó doña Ofelia, una de las afectadas.',
                      'La presidencia municipal pidió a los habitantes de las comunidades ribereñas no cruzar los puentes colgantes mientras siga lloviendo, ya que el nivel del agua podría subir todavía más durante la noche.'],
           photo_credit='Cortesía de lectores')

# ---------------------------------------------------------------- bz02 wire (outlet's own Instagram caption, Tlaxcala)
bz02 = """tlaxcalaencorto_ej • Seguir
Huamantla, Tlaxcala

tlaxcalaencorto_ej 📰 | Tlaxcala abre 14 albergues por el frente frío número 9 ❄️
.
.
Ante el descenso de temperaturas que provocará el frente frío número 9, la Coordinación Estatal de Protección Civil habilitó 14 albergues temporales en los municipios de Huamantla, Calpulalpan, Tlaxco, El Carmen Tequexquitla y Tlaxcala capital, donde se espera que el termómetro baje hasta cinco grados bajo cero durante la madrugada del miércoles.
.
Los refugios cuentan con cobijas, colchonetas, alimentos calientes y atención médica, y permanecerán abiertos mientras dure el temporal. Tienen prioridad las personas en situación de calle, las familias que viven en casas de lámina y las personas adultas mayores que viven solas.
.
Protección Civil recomendó no usar anafres ni braseros dentro de habitaciones cerradas, porque cada invierno se registran intoxicaciones por monóxido de carbono en las comunidades de las faldas de La Malinche. También pidió abrigar a niñas y niños con varias capas de ropa y cubrirse nariz y boca al salir.
.
En Huamantla, el DIF municipal comenzó a recorrer desde el lunes las colonias de la periferia para invitar a las familias a pasar la noche en el albergue del auditorio. 🧣
.
Los productores de maíz y haba de la zona oriente temen que la helada dañe las últimas parcelas que aún no se cosechan.
.
✍🏽 Texto: Mariana Cuautle Xochitiotzi
📷 Foto: Archivo Tlaxcala en Corto
🔗 Nota completa en el link de nuestra bio
.
.
#Tlaxcala #FrenteFrío #Huamantla #Calpulalpan #Albergues #TlaxcalaEnCorto
Ver traducción
Ver los 18 comentarios
1.236 Me gusta
noviembre 24, 2020
Agrega un comentario...
"""
write_source('bz02.txt', bz02, eol='crlf')
write_gold('bz02', family='wire',
           title='Tlaxcala abre 14 albergues por el frente frío número 9',
           date='2020-11-24', bylines=['Mariana Cuautle Xochitiotzi'], source='Tlaxcala en Corto',
           body_first_words='Ante el descenso de temperaturas que provocará el frente frío número 9',
           body_last_words='las últimas parcelas que aún no se cosechan.',
           boilerplate=['tlaxcalaencorto_ej • Seguir', 'Foto: Archivo Tlaxcala en Corto',
                        'Nota completa en el link de nuestra bio',
                        '#Tlaxcala #FrenteFrío #Huamantla #Calpulalpan #Albergues #TlaxcalaEnCorto',
                        'Ver traducción', 'Ver los 18 comentarios', '1.236 Me gusta',
                        'Agrega un comentario...'],
           must_keep=['Tienen prioridad las personas en situación de calle, las familias que viven en casas de lámina y las personas adultas mayores que viven solas.',
                      'En Huamantla, el DIF municipal comenzó a recorrer desde el lunes las colonias de la periferia para invitar a las familias a pasar la noche en el albergue del auditorio.',
                      'Los productores de maíz y haba de la zona oriente temen que la helada dañe las últimas parcelas que aún no se cosechan.'],
           photo_credit='Archivo Tlaxcala en Corto')

# ---------------------------------------------------------------- bz03 wire (newsletter issue saved as text, Sierra Norte)
bz03 = """EL CORREO SERRANO
Boletín de la mañana · Año 6 · Núm. 1187
Miércoles 9 de octubre de 2019

¿No ves bien este correo? Ábrelo en tu navegador: https://correoserrano.example.mx/boletin/1187

Buenos días. La nota de hoy viene de Zacapoaxtla, donde un grupo de cafeticultores encontró la forma de saltarse a los intermediarios. Al final, lo más leído de la semana.

————————————————————
LA NOTA DEL DÍA
————————————————————

Cafeticultores de Zacapoaxtla venden su grano directo a tostadores de Puebla
Por Rigoberto Lobato Zepeda

Una cooperativa de 35 familias cafeticultoras de las juntas auxiliares de Zacapoaxtla cerró su primer contrato de venta directa con cuatro tostadores de especialidad de la ciudad de Puebla, con lo que recibirá por su café pergamino casi el doble de lo que pagaban los coyotes en la temporada pasada.

El acuerdo se alcanzó después de dos años de trabajo con técnicos de una organización civil que les enseñó a separar los granos por calidad, a secarlos en camas elevadas y a llevar un registro de cada lote. "Antes vendíamos todo revuelto, lo bueno con lo malo, y nos pagaban como si todo fuera malo", explica Aurelia Vázquez Tzompantzi, tesorera de la cooperativa.

Los tostadores se comprometieron a comprar 12 toneladas de la cosecha 2019-2020 y a pagar un anticipo del 30 por ciento en diciembre, cuando las familias más necesitan dinero para contratar cortadores. A cambio, la cooperativa debe entregar muestras de cada lote para que sean catadas antes del envío.

El café de la región se cultiva bajo sombra de árboles nativos, entre los 900 y los 1,400 metros de altura, y durante años se vendió a granel a acaparadores que lo revendían en Veracruz. La roya, que llegó a la sierra en 2013, dejó a muchas huertas con la mitad de su producción.

Los productores planean usar parte de las ganancias para construir un beneficio seco comunitario. Si la experiencia funciona, otras cooperativas de Cuetzalan y Xochitlán podrían sumarse el próximo año.

————————————————————
LO MÁS LEÍDO DE LA SEMANA
————————————————————
· Cuetzalan alista su Feria del Café y del Huipil con 40 expositores
· Reabren el camino Zacapoaxtla-Xochiapulco tras dos meses de obras
· Teziutlán registra la mañana más fría de octubre

¿Te reenviaron este boletín? Suscríbete gratis en correoserrano.example.mx/suscribete
Recibes este correo porque te suscribiste en nuestro sitio. Darte de baja | Actualizar preferencias
El Correo Serrano · Av. Hidalgo 14, Zacapoaxtla, Pue. · contacto@correoserrano.example.mx
"""
write_source('bz03.txt', bz03, enc='cp1252', eol='crlf')
write_gold('bz03', family='wire',
           title='Cafeticultores de Zacapoaxtla venden su grano directo a tostadores de Puebla',
           date='2019-10-09', bylines=['Rigoberto Lobato Zepeda'], source='El Correo Serrano',
           body_first_words='Una cooperativa de 35 familias cafeticultoras de las juntas auxiliares de Zacapoaxtla',
           body_last_words='otras cooperativas de Cuetzalan y Xochitlán podrían sumarse el próximo año.',
           boilerplate=['Boletín de la mañana · Año 6 · Núm. 1187',
                        '¿No ves bien este correo? Ábrelo en tu navegador: https://correoserrano.example.mx/boletin/1187',
                        'Buenos días. La nota de hoy viene de Zacapoaxtla, donde un grupo de cafeticultores encontró la forma de saltarse a los intermediarios.',
                        'Al final, lo más leído de la semana.', 'LA NOTA DEL DÍA',
                        'LO MÁS LEÍDO DE LA SEMANA',
                        'Cuetzalan alista su Feria del Café y del Huipil con 40 expositores',
                        'Reabren el camino Zacapoaxtla-Xochiapulco tras dos meses de obras',
                        'Teziutlán registra la mañana más fría de octubre',
                        '¿Te reenviaron este boletín? Suscríbete gratis en correoserrano.example.mx/suscribete',
                        'Recibes este correo porque te suscribiste en nuestro sitio. Darte de baja | Actualizar preferencias',
                        'contacto@correoserrano.example.mx'],
           must_keep=['"Antes vendíamos todo revuelto, lo bueno con lo malo, y nos pagaban como si todo fuera malo", explica Aurelia Vázquez Tzompantzi, tesorera de la cooperativa.',
                      'A cambio, la cooperativa debe entregar muestras de cada lote para que sean catadas antes del envío.',
                      'La roya, que llegó a la sierra en 2013, dejó a muchas huertas con la mitad de su producción.'])

# ---------------------------------------------------------------- bz04 wire (note dictated by phone, typed by the desk; Mac Roman, CR)
bz04 = """Semanario El Altiplano — Mesa de redacción
NOTA DICTADA POR TELÉFONO

Recibió: Karina R. (mesa)
Hora: 21:15 hrs.
Dicta: Saúl Tecuapetla Hernández, corresponsal en Apan
Fecha: 14/VIII/2007
Sección: Regional
Cabeza: Granizada destruye 800 hectáreas de cebada en los llanos de Apan
Balazo: Productores piden declaratoria de emergencia

TEXTO:

Una granizada de casi cuarenta minutos que cayó la tarde de este martes sobre los llanos de Apan destruyó alrededor de 800 hectáreas de cebada maltera que estaban a tres semanas de la cosecha, informaron productores de los municipios de Apan, Emiliano Zapata y Almoloya.

Los campesinos dicen que el granizo, del tamaño de una canica, tumbó las espigas y dejó los surcos cubiertos de hielo durante más de una hora. En la comunidad de Chimalpa hubo también techos de lámina perforados y un corral derrumbado.

(OJO MESA: confirmar si Ortega lleva segundo apellido; me lo pasan mañana temprano.)

El comisariado ejidal de Chimalpa, Anselmo Ortega, dijo que la mayoría de los productores sembró con crédito y que sin la cosecha no tendrán cómo pagar. “Se nos fue el trabajo de todo el año en una tarde”, lamentó.

Los productores pidieron al gobierno del estado que solicite la declaratoria de emergencia para que puedan acceder a los apoyos del seguro catastrófico. El presidente municipal de Apan recorrió las parcelas por la noche y prometió enviar a la Secretaría de Agricultura estatal un primer conteo de daños este miércoles.

La cebada de los llanos se vende casi toda a la industria cervecera, que este año había ofrecido un precio mejor que el de 2006. En la región se siembran alrededor de 90 mil hectáreas de este grano.

FIN — dictó Saúl, recibió Karina, 21:40
"""
write_source('bz04.txt', bz04, enc='mac_roman', eol='cr')
write_gold('bz04', family='wire',
           title='Granizada destruye 800 hectáreas de cebada en los llanos de Apan',
           date='2007-08-14', bylines=['Saúl Tecuapetla Hernández'], source='Semanario El Altiplano',
           section='Regional',
           body_first_words='Una granizada de casi cuarenta minutos que cayó la tarde de este martes',
           body_last_words='se siembran alrededor de 90 mil hectáreas de este grano.',
           boilerplate=['NOTA DICTADA POR TELÉFONO', 'Recibió: Karina R. (mesa)', 'Hora: 21:15 hrs.',
                        'Balazo: Productores piden declaratoria de emergencia',
                        '(OJO MESA: confirmar si Ortega lleva segundo apellido; me lo pasan mañana temprano.)',
                        'FIN — dictó Saúl, recibió Karina, 21:40'],
           must_keep=['En la comunidad de Chimalpa hubo también techos de lámina perforados y un corral derrumbado.',
                      '“Se nos fue el trabajo de todo el año en una tarde”, lamentó.',
                      'La cebada de los llanos se vende casi toda a la industria cervecera, que este año había ofrecido un precio mejor que el de 2006.'])

# ---------------------------------------------------------------- bz05 wire (reporter's draft with editor's comments in brackets, Pachuca)
bz05 = """ARCHIVO: doctores-colector-v2
MEDIO: Crónica Airosa (Pachuca)
SECCIÓN: Metrópoli
REPORTERA: Fabiola Ángeles Trejo
FECHA: 3/11/15
CABEZA: Vecinos de la colonia Doctores cumplen tres semanas con aguas negras en la calle
[EDITOR: va en página 3 con la foto de Memo. —JL]

Vecinos de la colonia Doctores, en el centro de Pachuca, cumplen tres semanas viviendo con aguas negras que brotan de un colector colapsado en la calle Ignacio Zaragoza, sin que hasta ahora se haya reparado la tubería. [ED: ¿cuántas familias exactamente? pedir el dato a CAASIM. —JL]

El colector, que según los vecinos tiene más de cuarenta años, se rompió durante las lluvias de mediados de octubre. Desde entonces el agua sucia corre por la banqueta y se estanca frente a una escuela primaria y una tienda de abarrotes.

"Ya no podemos abrir las ventanas por el olor, y los niños tienen que brincar los charcos para entrar a clases", dijo Margarita Soto, que vive en la calle desde hace veinte años. Otros vecinos mostraron los folios de los reportes que hicieron por teléfono y en las oficinas del organismo operador.

[[FABI: falta la respuesta del ayuntamiento, ya la pedí por correo. —F.]]

Personal de la Comisión de Agua y Alcantarillado de Sistemas Intermunicipales acudió el viernes a revisar el daño y colocó cintas de precaución, pero los trabajadores explicaron que la reparación requiere abrir la calle y cortar el servicio a varias manzanas. [ED: ¿quién dice esto? poner nombre o cargo. —JL]

Los vecinos anunciaron que, si la obra no comienza esta semana, bloquearán la calle Guerrero en horario de salida de las escuelas. También pidieron que la Secretaría de Salud revise a los niños de la primaria, donde al menos cinco alumnos han faltado por infecciones estomacales.

La colonia Doctores es una de las más antiguas de la capital hidalguense y buena parte de su red de drenaje se construyó a mediados del siglo pasado.

[EDITOR: revisado 17:40; pasa a corrección. —JL]
"""
write_source('bz05.md', bz05, bom=True)
write_gold('bz05', family='wire',
           title='Vecinos de la colonia Doctores cumplen tres semanas con aguas negras en la calle',
           date='2015-11-03', bylines=['Fabiola Ángeles Trejo'], source='Crónica Airosa',
           section='Metrópoli',
           body_first_words='Vecinos de la colonia Doctores, en el centro de Pachuca, cumplen tres semanas',
           body_last_words='buena parte de su red de drenaje se construyó a mediados del siglo pasado.',
           boilerplate=['ARCHIVO: doctores-colector-v2',
                        '[EDITOR: va en página 3 con la foto de Memo. —JL]',
                        '[ED: ¿cuántas familias exactamente? pedir el dato a CAASIM. —JL]',
                        '[[FABI: falta la respuesta del ayuntamiento, ya la pedí por correo. —F.]]',
                        '[ED: ¿quién dice esto? poner nombre o cargo. —JL]',
                        '[EDITOR: revisado 17:40; pasa a corrección. —JL]'],
           must_keep=['sin que hasta ahora se haya reparado la tubería.',
                      'pero los trabajadores explicaron que la reparación requiere abrir la calle y cortar el servicio a varias manzanas.',
                      'Otros vecinos mostraron los folios de los reportes que hicieron por teléfono y en las oficinas del organismo operador.'])

# ---------------------------------------------------------------- bz06 wire (re-sent by a regional syndicate, Huasteca hidalguense)
bz06 = """=================================================================
REMAC · RED DE MEDIOS DEL ALTIPLANO CENTRAL
SERVICIO INFORMATIVO PARA SOCIOS — ENVÍO N.º 5531
Fecha de envío: 17/05/2022 08:14 (hora del centro)
Origen: socio Ecos de la Huasteca (Huejutla, Hgo.) | 372 palabras | Prioridad: ordinaria
Uso: libre para socios, con crédito obligatorio al medio de origen
=================================================================

SALUD

Médicos tradicionales y clínicas de Huejutla firman acuerdo para atender partos

Por Rebeca Islas Monroy | Ecos de la Huasteca

HUEJUTLA DE REYES, Hgo.— Parteras y médicos tradicionales nahuas de la Huasteca hidalguense firmaron un acuerdo con los centros de salud de Huejutla, Atlapexco y Yahualica para atender de manera conjunta los partos en las comunidades más alejadas, donde muchas mujeres todavía dan a luz en casa.

El convenio permitirá que las parteras registradas acompañen a las mujeres durante el parto en las clínicas, que se respeten prácticas como el baño de temazcal y la posición vertical, y que el personal médico reciba a las parteras como parte del equipo y no como visitantes.

A cambio, las parteras recibirán capacitación para reconocer a tiempo las señales de riesgo y canalizar a las mujeres al hospital regional. En 2021 la región registró cuatro muertes maternas, todas en comunidades a más de dos horas de un hospital.

Doña Leonarda Hernández Bautista, partera de la comunidad de Tehuetlán desde hace 38 años, dijo que por primera vez se sienten escuchadas. "Antes nos regañaban en la clínica; ahora nos piden que les enseñemos cómo sobamos a las mamás", contó en náhuatl, con traducción de su nieta.

Las autoridades sanitarias de la jurisdicción informaron que se entregará a cada partera un maletín con material básico y un teléfono para comunicarse con la ambulancia.

El acuerdo se firmó durante una ceremonia en la explanada municipal de Huejutla, con una ofrenda de flores y copal.

=================================================================
FIN DEL ENVÍO 5531 · REMAC
Material de uso exclusivo para medios socios. Prohibida su reventa.
Mesa de distribución: mesa@remac.example.mx · 771 555 0190
=================================================================
"""
write_source('bz06.txt', bz06, eol='crlf')
write_gold('bz06', family='wire',
           title='Médicos tradicionales y clínicas de Huejutla firman acuerdo para atender partos',
           date='2022-05-17', bylines=['Rebeca Islas Monroy'], source='Ecos de la Huasteca',
           section='SALUD',
           body_first_words='Parteras y médicos tradicionales nahuas de la Huasteca hidalguense',
           body_last_words='con una ofrenda de flores y copal.',
           boilerplate=['REMAC · RED DE MEDIOS DEL ALTIPLANO CENTRAL',
                        'SERVICIO INFORMATIVO PARA SOCIOS — ENVÍO N.º 5531',
                        'Fecha de envío: 17/05/2022 08:14 (hora del centro)',
                        'Origen: socio Ecos de la Huasteca (Huejutla, Hgo.) | 372 palabras | Prioridad: ordinaria',
                        'Uso: libre para socios, con crédito obligatorio al medio de origen',
                        'HUEJUTLA DE REYES, Hgo.—',
                        'FIN DEL ENVÍO 5531 · REMAC',
                        'Material de uso exclusivo para medios socios. Prohibida su reventa.',
                        'Mesa de distribución: mesa@remac.example.mx · 771 555 0190'],
           must_keep=['En 2021 la región registró cuatro muertes maternas, todas en comunidades a más de dos horas de un hospital.',
                      '"Antes nos regañaban en la clínica; ahora nos piden que les enseñemos cómo sobamos a las mamás", contó en náhuatl, con traducción de su nieta.',
                      'El acuerdo se firmó durante una ceremonia en la explanada municipal de Huejutla, con una ofrenda de flores y copal.'])

# ---------------------------------------------------------------- bz07 wire (print archive, PDF-to-text, Atlixco)
# pdftotext -layout output: running heads, centred two-line headline, hard-wrapped and hyphenated
# columns, ligature code points, a form feed between pages and a jump line.
bz07 = """EL VIGÍA DE ATLIXCO                                    JUEVES 7 DE ABRIL DE 2011
4A                                                                       REGIÓN


                          Floricultores de Atlixco
                     temen pérdidas por falta de agua

              Por Ernesto Sánchez Analco / Corresponsal

   Los productores de ﬂor de la zona de Atlixco
advirtieron que podrían perder hasta la mitad de
la cosecha de nochebuena y de plantas de orna-
to de este año si no se resuelve la escasez de
agua en los canales de riego que bajan de las
faldas del Popocatépetl.

   Según los viveristas de las juntas auxiliares
de La Trinidad Tepango y San Jerónimo Coyula,
desde hace seis semanas el agua llega sólo dos
días por semana y con la mitad del caudal de
otros años.

   Los productores aseguran que el problema se
debe a las tomas clandestinas que se instalaron
río arriba y a la falta de mantenimiento de los
canales de tierra, que pierden buena parte del
agua antes de llegar a los invernaderos.

   "Una planta de ornato que se seca ya no se
recupera, y aquí vivimos de eso", dijo Clemente
Xaltenco Ramos, quien tiene un vivero de media
hectárea en Coyula.

                                   Pasa a la página 5A
\f
EL VIGÍA DE ATLIXCO                                    JUEVES 7 DE ABRIL DE 2011
REGIÓN                                                                       5A


                         Viene de la página 4A

   La asociación local de viveristas pidió a la
Comisión Nacional del Agua que inspeccione el
cauce y clausure las tomas que no tengan conce-
sión. También solicitó al ayuntamiento apoyo
para revestir de concreto los tramos más dañados.

   Atlixco abastece buena parte del mercado de
plantas de ornato del centro del país, y se cal-
cula que unas dos mil familias dependen de los
viveros de la región.

   El director de Desarrollo Rural del municipio
informó que la próxima semana se reunirá con los
comités de regantes para acordar un calendario
de tandeo mientras llegan las lluvias.
"""
write_source('bz07.txt', bz07)
write_gold('bz07', family='wire',
           title='Floricultores de Atlixco temen pérdidas por falta de agua',
           date='2011-04-07', bylines=['Ernesto Sánchez Analco'], source='El Vigía de Atlixco',
           section='REGIÓN',
           body_first_words='Los productores de',
           body_last_words='de tandeo mientras llegan las lluvias.',
           boilerplate=['Pasa a la página 5A', 'Viene de la página 4A',
                        'EL VIGÍA DE ATLIXCO', 'JUEVES 7 DE ABRIL DE 2011'],
           must_keep=['desde hace seis semanas el agua llega sólo dos días por semana y con la mitad del caudal de otros años.',
                      '"Una planta de ornato que se seca ya no se recupera, y aquí vivimos de eso", dijo Clemente Xaltenco Ramos, quien tiene un vivero de media hectárea en Coyula.',
                      'También solicitó al ayuntamiento apoyo para revestir de concreto los tramos más dañados.'])

# ---------------------------------------------------------------- bz08 wire (WhatsApp chat export from a correspondent, Tehuacán)
def wa(time, who, text):
    return '23/9/21, %s%sa.%sm. - %s: %s' % (time, NNBSP, NBSP, who, text)


NOE = 'Noé Tlacotempa'
MESA = 'Mesa Voz del Valle'
p = [
    'Tehuacán puso en marcha una planta de tratamiento que limpiará las aguas residuales de 22 granjas avícolas de la zona norte del municipio, que durante años descargaron sin control en las barrancas que desembocan en el río Salado, informaron autoridades municipales y productores.',
    'La planta, construida en terrenos de la junta auxiliar de San Nicolás Tetitzintla, tiene capacidad para procesar 18 litros por segundo y convertirá parte de los residuos sólidos en composta para los productores de hortalizas del valle.',
    'Los vecinos de las colonias cercanas a las granjas llevaban más de una década denunciando los malos olores y la proliferación de moscas, sobre todo en temporada de calor. En 2019 bloquearon en dos ocasiones la carretera a Teotitlán para exigir una solución.',
    'El costo de la obra fue de 46 millones de pesos, de los cuales los avicultores aportaron la mitad y el resto provino de recursos municipales y de un crédito de la banca de desarrollo. Las granjas pagarán una cuota mensual por el tratamiento según su número de aves.',
    '"No es un favor a nadie; sin esta planta el valle no iba a aguantar otros diez años", dijo Leticia Morales Cabrera, integrante del comité vecinal que dio seguimiento a la obra.',
    'La dirección de Ecología anunció que a partir de enero realizará inspecciones sorpresa y que las granjas que sigan descargando en las barrancas serán sancionadas.',
]
bz08 = '\n'.join([
    '23/9/21, 7:58%sa.%sm. - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información.' % (NNBSP, NBSP),
    '23/9/21, 7:58%sa.%sm. - %s creó el grupo "Notas Voz del Valle"' % (NNBSP, NBSP, NOE),
    wa('8:01', NOE, 'NOTA PARA WEB · Voz del Valle de Tehuacán'),
    wa('8:01', NOE, 'Cabeza: Tehuacán estrena planta de tratamiento para las aguas de las granjas avícolas'),
    wa('8:02', NOE, 'Por Noé Tlacotempa Osorio'),
    wa('8:04', NOE, p[0]),
    wa('8:05', NOE, p[1]),
    wa('8:05', NOE, '<Multimedia omitido>'),
    wa('8:07', NOE, p[2]),
    wa('8:09', NOE, p[3]),
    wa('8:10', NOE, p[4]),
    wa('8:12', NOE, p[5]),
    wa('8:12', NOE, 'Fin. Van 3 fotos, son mías 📸'),
    wa('8:20', MESA, 'Recibido Noé, gracias 👍 sube a las 10'),
]) + '\n'
write_source('bz08.txt', bz08)
write_gold('bz08', family='wire',
           title='Tehuacán estrena planta de tratamiento para las aguas de las granjas avícolas',
           date='2021-09-23', bylines=['Noé Tlacotempa Osorio'], source='Voz del Valle de Tehuacán',
           body_first_words='Tehuacán puso en marcha una planta de tratamiento',
           body_last_words='que sigan descargando en las barrancas serán sancionadas.',
           boilerplate=['Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        'creó el grupo "Notas Voz del Valle"',
                        '23/9/21, 8:05%sa.%sm. - Noé Tlacotempa: <Multimedia omitido>' % (NNBSP, NBSP),
                        '23/9/21, 8:05%sa.%sm. - Noé Tlacotempa:' % (NNBSP, NBSP),
                        '23/9/21, 8:07%sa.%sm. - Noé Tlacotempa:' % (NNBSP, NBSP),
                        '23/9/21, 8:09%sa.%sm. - Noé Tlacotempa:' % (NNBSP, NBSP),
                        '23/9/21, 8:10%sa.%sm. - Noé Tlacotempa:' % (NNBSP, NBSP),
                        '23/9/21, 8:12%sa.%sm. - Noé Tlacotempa:' % (NNBSP, NBSP),
                        'Fin. Van 3 fotos, son mías',
                        'Recibido Noé, gracias'],
           must_keep=['En 2019 bloquearon en dos ocasiones la carretera a Teotitlán para exigir una solución.',
                      'Las granjas pagarán una cuota mensual por el tratamiento según su número de aves.',
                      '"No es un favor a nadie; sin esta planta el valle no iba a aguantar otros diez años", dijo Leticia Morales Cabrera, integrante del comité vecinal que dio seguimiento a la obra.'])

# ---------------------------------------------------------------- bz09 press (state health ministry, Puebla; pandoc .docx -> Markdown with tracked changes)
bz09 = """![](media/image1.png){width="1.6in" height="0.62in"}

**GOBIERNO DEL ESTADO DE PUEBLA**

**SECRETARÍA DE SALUD**

Boletín SS/CS/318/2019

**Intensifican acciones contra el dengue en la Sierra Nororiental**

Teziutlán, Pue., 14 de agosto de 2019.- La Secretaría de Salud del Estado de Puebla desplegó [40]{.insertion author="Karla Meneses" date="2019-08-14T09:12:00Z"}[25]{.deletion author="Karla Meneses" date="2019-08-14T09:12:00Z"} brigadas de nebulización y control larvario en los municipios de Teziutlán, Hueytamalco, Tlatlauquitepec y Atempan, luego de que en las últimas tres semanas se confirmaron 63 casos de dengue en la región.

Las brigadas recorren casa por casa las colonias con mayor número de casos para eliminar cacharros, tapar tinacos y aplicar larvicida en depósitos de agua. La nebulización se realiza por las tardes, cuando el mosquito transmisor tiene mayor actividad.

[Revisar cifra con Epidemiología antes de enviar]{.comment-start id="0" author="Ramiro Aco Limón" date="2019-08-14T08:55:00Z"}De los casos confirmados, 11 corresponden a dengue con signos de alarma y requirieron hospitalización en el Hospital General de Teziutlán[]{.comment-end id="0"}. Todos los pacientes se encuentran estables.

La dependencia exhortó a la población a acudir de inmediato a la unidad de salud más cercana si presenta fiebre alta, dolor detrás de los ojos, dolor muscular o manchas en la piel, y a no automedicarse[, ya que algunos analgésicos pueden agravar el cuadro]{.insertion author="Ramiro Aco Limón" date="2019-08-14T09:30:00Z"}.

Asimismo, pidió a los ayuntamientos de la región reforzar la recolección de basura y la limpieza de lotes baldíos, donde se acumula agua de lluvia en llantas, botellas y recipientes abandonados.

La temporada de lluvias en la Sierra Nororiental se extiende hasta octubre, por lo que las acciones de control continuarán durante las próximas diez semanas. [En 2018 se registraron 212 casos en la región.]{.deletion author="Karla Meneses" date="2019-08-14T09:14:00Z"}

\\#\\#\\#

  ------------------------------------------------------------------------------------------
  **Contacto de prensa**   **Cargo**                   **Teléfono**   **Correo**
  ------------------------ --------------------------- -------------- ----------------------------
  Karla Meneses Ruiz       Jefa de Información         222 555 0143   kmeneses@salud-pue.example.mx

  Óscar Tlapa Ríos         Enlace regional Teziutlán   231 555 0188   otlapa@salud-pue.example.mx
  ------------------------------------------------------------------------------------------
"""
write_source('bz09.md', bz09)
write_gold('bz09', family='press_release',
           title='Intensifican acciones contra el dengue en la Sierra Nororiental',
           date='2019-08-14', source='SECRETARÍA DE SALUD',
           bulletin_number='SS/CS/318/2019', issuer='SECRETARÍA DE SALUD',
           dateline_city='Teziutlán',
           body_first_words='La Secretaría de Salud del Estado de Puebla desplegó',
           body_last_words='continuarán durante las próximas diez semanas.',
           boilerplate=['![](media/image1.png){width="1.6in" height="0.62in"}',
                        'GOBIERNO DEL ESTADO DE PUEBLA', 'Boletín SS/CS/318/2019',
                        'Teziutlán, Pue., 14 de agosto de 2019.-',
                        '{.insertion author="Karla Meneses" date="2019-08-14T09:12:00Z"}',
                        '[25]{.deletion author="Karla Meneses" date="2019-08-14T09:12:00Z"}',
                        '[Revisar cifra con Epidemiología antes de enviar]{.comment-start id="0" author="Ramiro Aco Limón" date="2019-08-14T08:55:00Z"}',
                        '[]{.comment-end id="0"}',
                        '{.insertion author="Ramiro Aco Limón" date="2019-08-14T09:30:00Z"}',
                        '[En 2018 se registraron 212 casos en la región.]{.deletion author="Karla Meneses" date="2019-08-14T09:14:00Z"}',
                        '\\#\\#\\#',
                        'Karla Meneses Ruiz       Jefa de Información         222 555 0143   kmeneses@salud-pue.example.mx',
                        'Óscar Tlapa Ríos         Enlace regional Teziutlán   231 555 0188   otlapa@salud-pue.example.mx'],
           must_keep=['Las brigadas recorren casa por casa las colonias con mayor número de casos para eliminar cacharros, tapar tinacos y aplicar larvicida en depósitos de agua.',
                      'Todos los pacientes se encuentran estables.',
                      'Asimismo, pidió a los ayuntamientos de la región reforzar la recolección de basura y la limpieza de lotes baldíos, donde se acumula agua de lluvia en llantas, botellas y recipientes abandonados.'])

# ---------------------------------------------------------------- bz10 press (municipality, Sierra Norte; Google Docs "plain text" export with comments)
bz10 = """H. AYUNTAMIENTO DE ZACATLÁN
Administración 2021-2024
Dirección de Comunicación Social
BOLETÍN 112/2022


Reabre el mirador de cristal de la Barranca de los Jilgueros tras su rehabilitación


Zacatlán, Pue., a 21 de marzo de 2022.- El Ayuntamiento de Zacatlán reabrió este lunes el mirador de cristal de la Barranca de los Jilgueros, luego de cuatro meses de trabajos de rehabilitación en los que se sustituyeron los paneles del piso y se reforzó la estructura metálica que sostiene la plataforma.


La obra tuvo un costo de 4.8 millones de pesos[a] y fue revisada por peritos en estructuras de la Benemérita Universidad Autónoma de Puebla, quienes certificaron que el mirador puede recibir a 60 personas al mismo tiempo.


Durante la reapertura, la presidenta municipal recordó que el mirador es uno de los atractivos más visitados del Pueblo Mágico y que su cierre afectó a los prestadores de servicios del centro histórico, sobre todo a los restaurantes y a las tiendas de sidra y fruta en conserva.


A partir de esta semana el mirador abrirá de martes a domingo, de 9:00 a 18:00 horas. El acceso tendrá una cuota de recuperación de 20 pesos para visitantes y será gratuito para las y los habitantes del municipio que presenten su credencial de elector[b].


La Dirección de Turismo informó que en los fines de semana de temporada alta se organizarán turnos de quince minutos para evitar filas largas en el Paseo de la Barranca, y que se instalará un módulo de información en la entrada.


El Ayuntamiento pidió a los visitantes no arrojar objetos a la barranca y respetar las indicaciones del personal de Protección Civil.


—oOo—


Julio Huerta Bonilla · Dirección de Comunicación Social · 797 555 0133 · comunicacion@zacatlan.example.mx


[a]Julio Huerta: confirmar con Obras Públicas el monto final
[b]Lic. Ernestina Galindo: ¿también para estudiantes? preguntar a Turismo
"""
write_source('bz10.txt', bz10, eol='crlf', bom=True)
write_gold('bz10', family='press_release',
           title='Reabre el mirador de cristal de la Barranca de los Jilgueros tras su rehabilitación',
           date='2022-03-21', source='H. AYUNTAMIENTO DE ZACATLÁN',
           bulletin_number='112/2022', issuer='H. AYUNTAMIENTO DE ZACATLÁN',
           dateline_city='Zacatlán',
           body_first_words='El Ayuntamiento de Zacatlán reabrió este lunes el mirador de cristal',
           body_last_words='respetar las indicaciones del personal de Protección Civil.',
           boilerplate=['Administración 2021-2024', 'Dirección de Comunicación Social', 'BOLETÍN 112/2022',
                        'Zacatlán, Pue., a 21 de marzo de 2022.-', '—oOo—',
                        'Julio Huerta Bonilla · Dirección de Comunicación Social · 797 555 0133 · comunicacion@zacatlan.example.mx',
                        '[a]Julio Huerta: confirmar con Obras Públicas el monto final',
                        '[b]Lic. Ernestina Galindo: ¿también para estudiantes? preguntar a Turismo'],
           must_keep=['quienes certificaron que el mirador puede recibir a 60 personas al mismo tiempo.',
                      'A partir de esta semana el mirador abrirá de martes a domingo, de 9:00 a 18:00 horas.',
                      'El Ayuntamiento pidió a los visitantes no arrojar objetos a la barranca y respetar las indicaciones del personal de Protección Civil.'])
