#!/usr/bin/env python3
"""importer-ba blind set, part 1: wire copy ba01-ba08."""
from common import write_source, write_gold, NBSP

# ba01: forwarded e-mail headers before the story; ## title; pipe byline; Lee también glued mid-paragraph
t = """---------- Forwarded message ---------
De: Mesa de Redacción <mesa@elsurcostero.example.mx>
Date: dom, 15 sept 2013 a las 0:12
Subject: NOTA PARA WEB - damnificados Coyuca
To: <web@elsurcostero.example.mx>


Seguridad

## Familias de Coyuca de Benítez pasan la noche en albergues tras el desbordamiento del río

Por Ramiro Castañeda Luna | El Sur Costero | 14/09/2013

Al menos 340 familias de las colonias ribereñas de Coyuca de Benítez pasaron la noche en tres albergues instalados por el Ayuntamiento, luego de que el río se desbordara alrededor de las 19:00 horas del viernes por las lluvias que dejó la tormenta tropical.

Los vecinos de la colonia La Barra relataron que el agua alcanzó más de un metro de altura en menos de media hora. "No nos dio tiempo de sacar nada, nomás a los niños y a los abuelos", dijo Leonor Abarca, quien vive a 50 metros del cauce. Lee también: Cierran la Autopista del Sol en el tramo Chilpancingo-Tierra Colorada por deslaves La mujer contó que su vivienda de lámina quedó cubierta de lodo y que perdió sus dos refrigeradores.

El director municipal de Protección Civil, Abel Gatica Ríos, informó que los albergues de la escuela primaria Vicente Guerrero, del auditorio municipal y de la iglesia de San Nicolás cuentan con colchonetas, agua embotellada y atención médica de la Secretaría de Salud.

Señaló que personal de la Marina y del Ejército apoya en la evacuación de las comunidades de El Carrizal y Las Lomas, donde todavía hay personas que se niegan a dejar sus casas por temor a los robos.

Los comerciantes del mercado central reportaron pérdidas en mercancía y pidieron al gobierno estatal un censo para acceder a apoyos. El alcalde anunció que este domingo se instalará una mesa de atención en la plaza principal para levantar el registro de daños.

Hasta el cierre de esta edición, el nivel del río había bajado, aunque el Servicio Meteorológico Nacional mantenía el pronóstico de lluvias intensas para la Costa Grande durante las próximas 48 horas.
"""
write_source('ba01.md', t)
write_gold('ba01', family='wire',
    title='Familias de Coyuca de Benítez pasan la noche en albergues tras el desbordamiento del río',
    date='2013-09-14', bylines=['Ramiro Castañeda Luna'], source='El Sur Costero', section='Seguridad',
    body_first_words='Al menos 340 familias de las colonias ribereñas',
    body_last_words='durante las próximas 48 horas.',
    boilerplate=['---------- Forwarded message ---------',
                 'De: Mesa de Redacción <mesa@elsurcostero.example.mx>',
                 'Subject: NOTA PARA WEB - damnificados Coyuca',
                 'Lee también: Cierran la Autopista del Sol en el tramo Chilpancingo-Tierra Colorada por deslaves'],
    must_keep=['"No nos dio tiempo de sacar nada, nomás a los niños y a los abuelos", dijo Leonor Abarca, quien vive a 50 metros del cauce.',
               'La mujer contó que su vivienda de lámina quedó cubierta de lodo y que perdió sus dos refrigeradores.',
               'El alcalde anunció que este domingo se instalará una mesa de atención en la plaza principal para levantar el registro de daños.'])

# ba02: e-mail reply with the story quoted with "> "; cp1252 CRLF; outlet | section line; Publicado/Actualizado
t = """Lupita, te mando la nota de Huajuapan para que la subas mañana temprano. Va sin foto.
Saludos, Efrén

> Tianguis de Huajuapan cumple un mes sin recolección de basura
>
> Diario de la Mixteca | Región
> Por Efrén Solano Cruz
> Publicado: 06/03/2011 21:40 | Actualizado: 07/03/2011 09:15
>
> Los comerciantes del tianguis de los lunes en Huajuapan de León denunciaron que desde hace un mes el camión recolector no pasa por la zona del mercado Zaragoza, por lo que la basura se acumula en las esquinas de las calles Valerio Trujano y Antonio de León.
>
> Martina Bautista, vendedora de frutas desde hace 22 años, explicó que los locatarios pagan una cuota semanal de 15 pesos para la limpieza, pero que ese dinero no se refleja en el servicio. "Ya hay ratas y el olor no deja vender", afirmó.
>
> De acuerdo con los tianguistas, al menos ocho toneladas de desechos se juntan cada semana entre cáscaras, cartón y plásticos. Algunos vecinos han optado por quemar la basura en lotes baldíos, lo que ha provocado quejas por el humo.
>
> El regidor de Servicios Municipales, Abundio Velasco Ramírez, reconoció que dos de los cuatro camiones del municipio están descompuestos desde enero y que no hay presupuesto para repararlos antes de abril. Agregó que se buscará un convenio con una empresa particular para cubrir las rutas del centro.
>
> Mientras tanto, la Jurisdicción Sanitaria de la Mixteca advirtió que la acumulación de desechos orgánicos puede favorecer la proliferación de moscas y enfermedades gastrointestinales, sobre todo ahora que comienza la temporada de calor.
>
> Los comerciantes acordaron reunirse el próximo lunes con el cabildo y no descartaron cerrar la carretera federal 190 si no reciben una respuesta.
>
> Suscríbete a nuestro boletín y recibe las noticias de la Mixteca todas las mañanas en tu correo.
>
> MÁS NOTICIAS
> - Detienen a dos por robo de ganado en Tamazulápam
> - Inicia la temporada de siembra de temporal en la Mixteca Alta
"""
write_source('ba02.txt', t, enc='cp1252', eol='crlf')
write_gold('ba02', family='wire',
    title='Tianguis de Huajuapan cumple un mes sin recolección de basura',
    date='2011-03-06', bylines=['Efrén Solano Cruz'], source='Diario de la Mixteca', section='Región',
    body_first_words='Los comerciantes del tianguis de los lunes en Huajuapan de León',
    body_last_words='si no reciben una respuesta.',
    boilerplate=['Lupita, te mando la nota de Huajuapan para que la subas mañana temprano. Va sin foto.',
                 'Suscríbete a nuestro boletín y recibe las noticias de la Mixteca todas las mañanas en tu correo.',
                 'MÁS NOTICIAS', 'Detienen a dos por robo de ganado en Tamazulápam'],
    must_keep=['"Ya hay ratas y el olor no deja vender", afirmó.',
               'Agregó que se buscará un convenio con una empresa particular para cubrir las rutas del centro.',
               'Los comerciantes acordaron reunirse el próximo lunes con el cabildo y no descartaron cerrar la carretera federal 190 si no reciben una respuesta.'])

# ba03: CMS export with HTML remnants; agency dateline; Te puede interesar | at paragraph end; sign-off
t = """Educación

<h2>Normalistas y Gobierno de Guerrero instalan mesa de diálogo en Chilpancingo</h2>

<strong>Agencia Pacífico Sur de Noticias</strong> &middot; Por Marisol Hernández Gatica &middot; 22/10/2019

<p>CHILPANCINGO, Gro. (APSN).- Estudiantes de la Escuela Normal Rural de Ayotzinapa y funcionarios de la Secretaría de Educación Guerrero instalaron este martes una mesa de diálogo para revisar el pliego petitorio que incluye el aumento de la matrícula y la reparación de los dormitorios del plantel.</p>

<p>La reunión se realizó en la sede de la dependencia, en el bulevar René Juárez Cisneros, y se prolongó por cerca de cinco horas. Al salir, el secretario general del comité estudiantil, quien pidió no ser identificado por razones de seguridad, dijo que hubo &quot;avances parciales&quot; en el tema de las plazas para los egresados.&nbsp;Te puede interesar | Suspenden clases en 200 escuelas de la Montaña por falta de maestros</p>

<p>Según la minuta firmada por ambas partes, el gobierno estatal se comprometió a entregar en noviembre 2.5 millones de pesos para rehabilitar los baños y la cocina del internado, así como a gestionar ante la federación 40 plazas docentes para la generación que egresa en julio.</p>

<p>Los normalistas, por su parte, aceptaron liberar las tres unidades de transporte que retuvieron la semana pasada en la caseta de Palo Blanco, aunque advirtieron que mantendrán sus actividades de protesta hasta que los acuerdos se cumplan.</p>

<p>La subsecretaria de Educación Media Superior y Superior, Rebeca Nava Solís, afirmó que la administración estatal mantiene &quot;una política de puertas abiertas&quot; y que la siguiente reunión se realizará el 5 de noviembre en Tixtla, con la presencia de representantes de la Secretaría de Educación Pública.</p>

<p>Padres de familia que acompañaron a los estudiantes pidieron que en la mesa también se atienda la demanda de justicia por los hechos de 2014.</p>

<p>Con información de Leonel Rosas Díaz</p>

APSN/MHG/lrd
"""
write_source('ba03.md', t)
write_gold('ba03', family='wire',
    title='Normalistas y Gobierno de Guerrero instalan mesa de diálogo en Chilpancingo',
    date='2019-10-22', bylines=['Marisol Hernández Gatica'], source='Agencia Pacífico Sur de Noticias', section='Educación',
    body_first_words='Estudiantes de la Escuela Normal Rural de Ayotzinapa',
    body_last_words='por los hechos de 2014.',
    boilerplate=['CHILPANCINGO, Gro. (APSN).-',
                 'Te puede interesar | Suspenden clases en 200 escuelas de la Montaña por falta de maestros',
                 'Con información de Leonel Rosas Díaz', 'APSN/MHG/lrd'],
    must_keep=['Los normalistas, por su parte, aceptaron liberar las tres unidades de transporte que retuvieron la semana pasada en la caseta de Palo Blanco, aunque advirtieron que mantendrán sus actividades de protesta hasta que los acuerdos se cumplan.',
               'Padres de familia que acompañaron a los estudiantes pidieron que en la mesa también se atienda la demanda de justicia por los hechos de 2014.'])

# ba04: BOM; "Publicado el ... a las" line; photo credit; WhatsApp channel pitch; MÁS NOTICIAS block
t = """Nevado de Toluca: cierran el acceso al cráter por fuertes heladas

Noticias Valle de Toluca
Por Araceli Monroy Albarrán
Publicado el 03/02/2020 a las 18:45 | Actualizado el 04/02/2020 a las 08:10

Foto: NVT / Archivo

La Comisión Estatal de Parques Naturales y de la Fauna (Cepanaf) cerró desde este lunes el acceso vehicular y peatonal al cráter del Nevado de Toluca, luego de que las temperaturas descendieran hasta 12 grados bajo cero en la zona del Parque Nacional.

El personal del área natural protegida informó que la capa de hielo en el camino de terracería que lleva al paraje conocido como El Mirador impide el paso seguro de los automóviles, y que durante el fin de semana se atendieron cuatro derrapes sin personas lesionadas.

Los prestadores de servicios turísticos de Raíces, en el municipio de Zinacantepec, lamentaron la medida porque febrero es uno de los meses con más visitantes. "Nosotros vivimos de la quesadilla y el café que vendemos arriba; cada día cerrado son 800 o mil pesos que no entran", explicó Fidel Colín, quien tiene un puesto en la entrada del parque.

Protección Civil del Estado de México recomendó a los visitantes no subir con vehículos de tracción sencilla, llevar ropa térmica y consultar los avisos oficiales antes de viajar. También pidió no acampar en las inmediaciones de las lagunas del Sol y de la Luna mientras continúe el frente frío.

La reapertura dependerá de las condiciones del clima, que según el Servicio Meteorológico Nacional podrían mejorar a partir del jueves. Mientras tanto, los guardaparques mantendrán recorridos de vigilancia para evitar que se ingrese por las brechas de Loma Alta.

📲 Únete a nuestro canal de WhatsApp y entérate primero de lo que pasa en el Valle de Toluca.

MÁS NOTICIAS
Suben a 14 los casos de influenza en Metepec
Alistan obras en Paseo Tollocan por la temporada de lluvias
"""
write_source('ba04.txt', t, bom=True)
write_gold('ba04', family='wire',
    title='Nevado de Toluca: cierran el acceso al cráter por fuertes heladas',
    date='2020-02-03', bylines=['Araceli Monroy Albarrán'], source='Noticias Valle de Toluca', section=None,
    body_first_words='La Comisión Estatal de Parques Naturales y de la Fauna (Cepanaf)',
    body_last_words='por las brechas de Loma Alta.',
    boilerplate=['Foto: NVT / Archivo',
                 'Únete a nuestro canal de WhatsApp y entérate primero de lo que pasa en el Valle de Toluca.',
                 'MÁS NOTICIAS', 'Suben a 14 los casos de influenza en Metepec'],
    must_keep=['"Nosotros vivimos de la quesadilla y el café que vendemos arriba; cada día cerrado son 800 o mil pesos que no entran", explicó Fidel Colín, quien tiene un puesto en la entrada del parque.',
               'La reapertura dependerá de las condiciones del clima, que según el Servicio Meteorológico Nacional podrían mejorar a partir del jueves.'],
    photo_credit='NVT / Archivo')

# ba05: two bylines joined by "y"; Spanish date with weekday; Relacionado: glued at paragraph start; social + e-mail pitch
t = """# Vecinos de Jiutepec bloquean la autopista del Sol por falta de agua

**La Voz de Morelos** | Por Itzel Barrera Gómez y Joaquín Ocampo Rivera | Martes 22 de marzo de 2016

Foto: Especial

Alrededor de 200 vecinos de las colonias Otilio Montaño y Tejalpa bloquearon durante cuatro horas los dos sentidos de la autopista México-Acapulco, a la altura del puente de Jiutepec, para exigir el restablecimiento del servicio de agua potable que, aseguran, no llega a sus casas desde hace tres semanas.

El bloqueo comenzó a las 7:30 horas y provocó una fila de vehículos de más de cinco kilómetros en dirección a la Ciudad de México. Automovilistas y pasajeros del transporte foráneo tuvieron que caminar para llegar a sus trabajos.

Relacionado: Conagua prevé un estiaje severo en 2016 para Morelos Los manifestantes explicaron que el pozo que abastece a la zona dejó de funcionar por una falla en la bomba y que el Sistema de Conservación de Agua Potable y Saneamiento del municipio sólo ha enviado pipas de manera ocasional. "Nos cobran el recibo completo y tenemos que comprar garrafones para bañar a los niños", reclamó Hortensia Pliego.

El director del organismo operador, Samuel Jaimes Ortiz, acudió al lugar y se comprometió a instalar una bomba nueva en un plazo de diez días. Mientras tanto, dijo, se distribuirán diariamente 15 pipas con 10 mil litros cada una en las calles más afectadas.

Tras la firma de una minuta, los inconformes liberaron la circulación poco antes del mediodía. Elementos de la Policía Federal permanecieron en la zona para agilizar el tránsito, que se normalizó hasta pasadas las 14:00 horas.

Síguenos en Facebook e Instagram como @lavozmorelos. ¿Tienes una denuncia? Escríbenos a denuncias@lavozmorelos.example.mx
"""
write_source('ba05.md', t)
write_gold('ba05', family='wire',
    title='Vecinos de Jiutepec bloquean la autopista del Sol por falta de agua',
    date='2016-03-22', bylines=['Itzel Barrera Gómez', 'Joaquín Ocampo Rivera'], source='La Voz de Morelos', section=None,
    body_first_words='Alrededor de 200 vecinos de las colonias Otilio Montaño y Tejalpa',
    body_last_words='hasta pasadas las 14:00 horas.',
    boilerplate=['Foto: Especial', 'Relacionado: Conagua prevé un estiaje severo en 2016 para Morelos',
                 'Síguenos en Facebook e Instagram como @lavozmorelos.',
                 '¿Tienes una denuncia? Escríbenos a denuncias@lavozmorelos.example.mx'],
    must_keep=['Los manifestantes explicaron que el pozo que abastece a la zona dejó de funcionar por una falla en la bomba y que el Sistema de Conservación de Agua Potable y Saneamiento del municipio sólo ha enviado pipas de manera ocasional.',
               '"Nos cobran el recibo completo y tenemos que comprar garrafones para bañar a los niños", reclamó Hortensia Pliego.',
               'Tras la firma de una minuta, los inconformes liberaron la circulación poco antes del mediodía.'],
    photo_credit='Especial')

# ba06: ALL-CAPS kicker; bold title; short Spanish month date; "También te recomendamos:" with a bullet list between paragraphs; NBSP; mixed EOL
t = """MOVILIDAD

**Línea 1 del Metro reabre tramo Salto del Agua-Isabel la Católica tras 18 meses de obras**

Crónica de la Capital · Redacción · 05 nov. 2024, 10:12

La Línea 1 del Sistema de Transporte Colectivo Metro reabrió este martes el tramo entre las estaciones Salto del Agua e Isabel la Católica, después de 18 meses de trabajos de modernización que incluyeron el cambio de vías, del sistema de pilotaje automático y de la red de alimentación eléctrica.

A las 5:00 horas, los primeros usuarios ingresaron a la estación Isabel la Católica, donde personal del organismo repartió folletos con los nuevos horarios. El director del Metro, Rogelio Ávalos Treviño, informó que los trenes nuevos circularán con intervalos de entre dos y tres minutos en horas pico.

También te recomendamos:
- Así funcionará el nuevo esquema de pago con tarjeta en el Metrobús
- Cierran carriles en Calzada de Tlalpan por trabajos nocturnos

Durante el periodo de cierre, el servicio emergente de autobuses RTP transportó a más de 150""" + NBSP + """000 personas al día entre Pantitlán y Balderas. Los usuarios de la zona oriente fueron los más afectados, con traslados de hasta una hora adicional.

"Por fin vamos a llegar a tiempo al trabajo; con los camiones se hacía un tráfico terrible en Fray Servando", dijo Luz María Cabrera, quien viaja diario desde Iztacalco hasta el Centro Histórico.

Las autoridades capitalinas indicaron que el tramo restante, de Isabel la Católica a Observatorio, ya opera de forma normal desde julio, por lo que con esta apertura la línea vuelve a funcionar completa. El Metro pidió a los usuarios reportar cualquier falla a través de sus canales oficiales y aseguró que habrá personal de apoyo en andenes durante la primera semana.

Recibe las noticias más importantes de la capital: síguenos en Google Noticias.
"""
write_source('ba06.text', t, eol=('mixed', 9))
write_gold('ba06', family='wire',
    title='Línea 1 del Metro reabre tramo Salto del Agua-Isabel la Católica tras 18 meses de obras',
    date='2024-11-05', bylines=[], source='Crónica de la Capital', section='Movilidad',
    body_first_words='La Línea 1 del Sistema de Transporte Colectivo Metro reabrió',
    body_last_words='durante la primera semana.',
    boilerplate=['También te recomendamos:',
                 'Así funcionará el nuevo esquema de pago con tarjeta en el Metrobús',
                 'Cierran carriles en Calzada de Tlalpan por trabajos nocturnos',
                 'Recibe las noticias más importantes de la capital: síguenos en Google Noticias.'],
    must_keep=['El director del Metro, Rogelio Ávalos Treviño, informó que los trenes nuevos circularán con intervalos de entre dos y tres minutos en horas pico.',
               '"Por fin vamos a llegar a tiempo al trabajo; con los camiones se hacía un tráfico terrible en Fray Servando", dijo Luz María Cabrera, quien viaja diario desde Iztacalco hasta el Centro Histórico.'])

# ba07: Outlook "Mensaje original" forward (cp1252); subject with RV:; agency dateline with date; BlackBerry signature
t = """-----Mensaje original-----
De: Corresponsalía Lázaro Cárdenas [mailto:lc@anbalsas.example.mx]
Enviado el: lunes, 10 de agosto de 2009 11:02 a.m.
Para: 'Redacción Costa'
Asunto: RV: ANB - Pescadores de Caleta de Campos

Pescadores de Caleta de Campos denuncian mortandad de peces en la desembocadura del Nexpa

Agencia de Noticias del Balsas
Por Octavio Solórzano Pineda

LÁZARO CÁRDENAS, Mich., 9 de agosto de 2009 (ANB).- Integrantes de la cooperativa pesquera Ribereños de Caleta de Campos denunciaron la aparición de cientos de peces muertos en la desembocadura del río Nexpa, en el municipio de Lázaro Cárdenas, y pidieron a las autoridades ambientales investigar el origen del problema.

El presidente de la cooperativa, Everardo Ceja Magaña, explicó que desde el jueves comenzaron a encontrar lisas, robalos y pargos flotando en la zona del estero, un fenómeno que, aseguró, no habían visto en los 30 años que llevan trabajando en el lugar.

Los pescadores sospechan que la mortandad está relacionada con descargas de aguas residuales río arriba, aunque no descartan que la falta de lluvias haya reducido el oxígeno del agua. "Aquí comen 60 familias del mar; si el estero se muere, nos morimos nosotros", afirmó Ceja Magaña.

Personal de la Procuraduría Federal de Protección al Ambiente en Michoacán acudió al sitio el sábado y tomó muestras de agua y de los peces, que serán analizadas en un laboratorio de Morelia. Los resultados estarían listos en un plazo de dos semanas.

Mientras tanto, la cooperativa suspendió la captura en la zona y pidió a los restauranteros de la playa no comprar producto de origen desconocido. Los surfistas que visitan la playa de Nexpa también fueron advertidos de evitar el contacto con el agua del estero.

La Secretaría de Salud estatal informó que enviará una brigada para revisar a los habitantes de la comunidad que presentaron malestares estomacales durante la semana.

ANB/OSP/ecm

Enviado desde mi BlackBerry® de Telcel
"""
write_source('ba07.txt', t, enc='cp1252', eol='crlf')
write_gold('ba07', family='wire',
    title='Pescadores de Caleta de Campos denuncian mortandad de peces en la desembocadura del Nexpa',
    date='2009-08-09', bylines=['Octavio Solórzano Pineda'], source='Agencia de Noticias del Balsas', section=None,
    body_first_words='Integrantes de la cooperativa pesquera Ribereños de Caleta de Campos',
    body_last_words='malestares estomacales durante la semana.',
    boilerplate=['-----Mensaje original-----', 'Asunto: RV: ANB - Pescadores de Caleta de Campos',
                 'LÁZARO CÁRDENAS, Mich., 9 de agosto de 2009 (ANB).-', 'ANB/OSP/ecm',
                 'Enviado desde mi BlackBerry® de Telcel'],
    must_keep=['"Aquí comen 60 familias del mar; si el estero se muere, nos morimos nosotros", afirmó Ceja Magaña.',
               'Los resultados estarían listos en un plazo de dos semanas.',
               'Los surfistas que visitan la playa de Nexpa también fueron advertidos de evitar el contacto con el agua del estero.'])

# ba08: # title; desk byline; d.mm.yyyy date; photo credit + caption; "Te puede interesar:" glued at end; markdown MÁS NOTICIAS links; <br> remnants
t = """# Guelaguetza 2022 regresa al Cerro del Fortín con 16 delegaciones

Oaxaca Hoy Digital | Redacción OHD | 5.07.2022<br>
Cultura

![Danzantes de la Pluma en el auditorio Guelaguetza](/img/2022/07/pluma.jpg)
Foto: Especial / Danzantes de la delegación de Teotitlán del Valle durante el ensayo general.

Tras dos años de suspensión por la pandemia, la Guelaguetza volverá a celebrarse en el auditorio del Cerro del Fortín los lunes 25 de julio y 1 de agosto, con la participación de 16 delegaciones de las ocho regiones del estado.<br>

La Secretaría de Turismo estatal informó que los boletos para las gradas A y B, que tienen costo, se venderán a partir del 11 de julio en taquillas y en línea, mientras que las gradas C y D seguirán siendo de acceso gratuito por orden de llegada.

El comité de autenticidad explicó que este año se integrarán por primera vez delegaciones de Santa María Huazolotitlán, en la Costa, y de San Juan Bautista Tlacoatzintepec, en la Cañada, que presentarán danzas y sones que no se habían mostrado en el escenario.

Los hoteleros del Centro Histórico esperan una ocupación superior al 80 por ciento durante las dos semanas de la fiesta. "La gente tiene muchas ganas de volver; ya tenemos reservaciones de Guadalajara, Monterrey y del extranjero", comentó Delfina Matus, gerente de un hotel en la calle de Alcalá.

Organizaciones de artesanas pidieron que los puestos del corredor turístico se asignen con transparencia y que se evite la reventa de boletos, un problema que se repitió en las ediciones anteriores a la pandemia. Te puede interesar: Mezcaleros de Santiago Matatlán alistan su feria anual

Con información de Agencias

**MÁS NOTICIAS**
- [Reportan incendio forestal en la Sierra Sur](/2022/07/05/incendio-sierra-sur)
- [Suspenden servicio de agua en 20 colonias de la capital](/2022/07/05/agua-colonias)
"""
write_source('ba08.md', t)
write_gold('ba08', family='wire',
    title='Guelaguetza 2022 regresa al Cerro del Fortín con 16 delegaciones',
    date='2022-07-05', bylines=[], source='Oaxaca Hoy Digital', section='Cultura',
    body_first_words='Tras dos años de suspensión por la pandemia',
    body_last_words='en las ediciones anteriores a la pandemia.',
    boilerplate=['Foto: Especial / Danzantes de la delegación de Teotitlán del Valle durante el ensayo general.',
                 'Te puede interesar: Mezcaleros de Santiago Matatlán alistan su feria anual',
                 'Con información de Agencias', 'MÁS NOTICIAS',
                 '[Reportan incendio forestal en la Sierra Sur](/2022/07/05/incendio-sierra-sur)'],
    must_keep=['"La gente tiene muchas ganas de volver; ya tenemos reservaciones de Guadalajara, Monterrey y del extranjero", comentó Delfina Matus, gerente de un hotel en la calle de Alcalá.',
               'Organizaciones de artesanas pidieron que los puestos del corredor turístico se asignen con transparencia y que se evite la reventa de boletos, un problema que se repitió en las ediciones anteriores a la pandemia.'],
    photo_credit='Especial')
