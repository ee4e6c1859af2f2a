"""Files av01-av10."""
from common import write_source, write_gold, NBSP


def fx(t):
    # '¤' -> NBSP, '<TS>' -> trailing spaces
    return t.replace('¤', NBSP).replace('<TS>', '   ')


# ---------------------------------------------------------------- av01 wire (agency copy)
t01 = '''APS0347 2 GRO 0412 ESP /APS-ECO
CAFE-ATOYAC-PRECIOS
PRIORIDAD: 2
Cafeticultores de Atoyac venden por debajo del costo y piden centro de acopio estatal
Por Heriberto Salgado Nava
Atoyac de Álvarez, Gro., 14 mar (APS).- Productores de café de la sierra de Atoyac denunciaron que los intermediarios pagan este año entre 28 y 32 pesos por kilo de café pergamino, cuando producirlo les cuesta alrededor de 45 pesos, por lo que pidieron al gobierno estatal instalar un centro de acopio con precio de garantía.
En asamblea celebrada en la comunidad de El Paraíso, representantes de 14 organizaciones cafetaleras señalaron que la roya dañó cerca del 60 por ciento de los cafetales de la región desde 2013 y que la producción no se ha recuperado. "Ya no alcanza ni para pagar a los cortadores", afirmó Eusebio Radilla Fierro, presidente de la Unión de Ejidos Cafetaleros de la Costa Grande.
Radilla Fierro explicó que un jornalero cobra 150 pesos diarios durante la cosecha y que muchas familias dejaron de cortar el grano porque la venta no cubre ese gasto. Agregó que en las comunidades altas ya hay parcelas abandonadas y que los jóvenes emigran a Acapulco o a los campos agrícolas de Sinaloa.
Los productores propusieron que la Secretaría de Fomento Agropecuario compre al menos 500 toneladas a un precio de 50 pesos por kilo y que entregue plantas resistentes a la roya antes de la temporada de lluvias. También solicitaron créditos a la palabra para rehabilitar los beneficios húmedos que dejaron de funcionar.
En entrevista, el delegado regional de la dependencia, Abundio Castrejón Leyva, dijo que la propuesta será analizada con el secretario del ramo y que existe un programa de renovación de cafetales con 2.4 millones de plantas, aunque reconoció que el presupuesto para comprar cosechas es limitado.
De acuerdo con datos del Consejo Estatal del Café, en Atoyac de Álvarez, Tecpan de Galeana y Coyuca de Benítez se cultivan unas 19 mil hectáreas de café, de las que dependen alrededor de 7 mil familias. Los cafeticultores acordaron reunirse de nuevo el próximo 28 de marzo y no descartaron realizar una marcha en Chilpancingo si no reciben respuesta.
APS/HSN/RLM
14/03/2017 13:22:05
Agencia Pacífico Sur. Servicio exclusivo para suscriptores. Prohibida su reproducción total o parcial.
'''
write_source('av01.txt', t01, enc='cp1252', eol='crlf')
write_gold('av01', family='wire',
    title='Cafeticultores de Atoyac venden por debajo del costo y piden centro de acopio estatal',
    date='2017-03-14', bylines=['Heriberto Salgado Nava'], source='Agencia Pacífico Sur',
    section=None,
    body_first_words='Productores de café de la sierra de Atoyac denunciaron que los intermediarios',
    body_last_words='no descartaron realizar una marcha en Chilpancingo si no reciben respuesta.',
    boilerplate=['APS0347 2 GRO 0412 ESP /APS-ECO', 'CAFE-ATOYAC-PRECIOS', 'PRIORIDAD: 2',
                 'Atoyac de Álvarez, Gro., 14 mar (APS).-', 'APS/HSN/RLM', '14/03/2017 13:22:05',
                 'Servicio exclusivo para suscriptores. Prohibida su reproducción total o parcial.'],
    must_keep=['"Ya no alcanza ni para pagar a los cortadores", afirmó Eusebio Radilla Fierro, presidente de la Unión de Ejidos Cafetaleros de la Costa Grande.',
               'También solicitaron créditos a la palabra para rehabilitar los beneficios húmedos que dejaron de funcionar.',
               'De acuerdo con datos del Consejo Estatal del Café, en Atoyac de Álvarez, Tecpan de Galeana y Coyuca de Benítez se cultivan unas 19 mil hectáreas de café, de las que dependen alrededor de 7 mil familias.'])

# ---------------------------------------------------------------- av02 wire (web outlet)
t02 = fx('''Municipios
# Vecinos de Bosques de San Sebastián llevan 40 días sin agua; acusan al organismo operador de ignorarlos

Por Ximena Carrasco Olvera y Daniel Tepox Sánchez<TS>
Puebla a Fondo — 2 de junio de 2022, 09:40 h

![Vecinos de Bosques de San Sebastián cargan cubetas](/uploads/2022/06/bosques-agua.jpg)
Foto: Daniel Tepox | Puebla a Fondo

Más de 300 familias de la colonia Bosques de San Sebastián, al oriente de la ciudad, cumplieron 40 días sin recibir agua por la red y denunciaron que el organismo operador no les ha dado una fecha para restablecer el servicio.<TS>

Los vecinos relataron que desde finales de marzo el suministro se volvió intermitente y que a partir del 23 de abril dejó de llegar por completo. Desde entonces, dijeron, compran pipas de 10 mil litros que les cuestan entre 900 y 1,200 pesos. Checa también: ¿Cuánto cuesta una pipa de agua en Puebla? Esto cobran los piperos Algunas familias se organizaron por cuadra para dividir el costo, pero otras no pueden pagarlo y cargan cubetas desde una toma comunitaria en la calle Pinos.

“Aquí hay adultos mayores que viven solos y no pueden cargar agua; los estamos ayudando entre todos, pero ya no aguantamos”, dijo Rocío Xicale Tlatoa, integrante del comité de vecinos, quien mostró los recibos que siguen llegando cada bimestre con cobros de hasta 380 pesos.

El comité entregó el 16 de mayo un escrito en las oficinas del organismo operador, en el que pidió revisar el rebombeo que abastece a la colonia. Según los vecinos, personal técnico acudió una sola vez, dijo que la bomba estaba descompuesta y no volvió.<TS>

►LEE ADEMÁS: Ayuntamiento anuncia rehabilitación de 12 pozos en la zona oriente. Consultada por este medio, el área de comunicación del organismo informó que el rebombeo sufrió una falla eléctrica y que la reparación depende de una pieza que se solicitó al proveedor. Aseguró que mientras tanto se envían dos pipas gratuitas por semana, aunque los vecinos afirman que solo han visto una y que el agua alcanza para unas cuantas casas.

Los colonos advirtieron que si el servicio no se restablece antes del 10 de junio bloquearán el bulevar Xonacatepec. También pidieron que se les condone el pago de los meses en los que no han recibido agua.

📲 Únete a nuestro canal de WhatsApp y recibe las noticias más importantes de Puebla

LO MÁS LEÍDO
- Cierran la 11 Sur por obras del colector pluvial
- Detienen a dos por robo de cableado en Amalucan
- Alistan Festival del Mole en San Pedro Cholula
''')
write_source('av02.md', t02)
write_gold('av02', family='wire',
    title='Vecinos de Bosques de San Sebastián llevan 40 días sin agua; acusan al organismo operador de ignorarlos',
    date='2022-06-02', bylines=['Ximena Carrasco Olvera', 'Daniel Tepox Sánchez'],
    source='Puebla a Fondo', section='Municipios',
    body_first_words='Más de 300 familias de la colonia Bosques de San Sebastián',
    body_last_words='se les condone el pago de los meses en los que no han recibido agua.',
    boilerplate=['Checa también: ¿Cuánto cuesta una pipa de agua en Puebla? Esto cobran los piperos',
                 '►LEE ADEMÁS: Ayuntamiento anuncia rehabilitación de 12 pozos en la zona oriente.',
                 'Foto: Daniel Tepox | Puebla a Fondo',
                 '![Vecinos de Bosques de San Sebastián cargan cubetas](/uploads/2022/06/bosques-agua.jpg)',
                 'Únete a nuestro canal de WhatsApp y recibe las noticias más importantes de Puebla',
                 'LO MÁS LEÍDO', 'Cierran la 11 Sur por obras del colector pluvial',
                 'Detienen a dos por robo de cableado en Amalucan',
                 'Alistan Festival del Mole en San Pedro Cholula'],
    must_keep=['Desde entonces, dijeron, compran pipas de 10 mil litros que les cuestan entre 900 y 1,200 pesos.',
               'Algunas familias se organizaron por cuadra para dividir el costo, pero otras no pueden pagarlo y cargan cubetas desde una toma comunitaria en la calle Pinos.',
               'Consultada por este medio, el área de comunicación del organismo informó que el rebombeo sufrió una falla eléctrica y que la reparación depende de una pieza que se solicitó al proveedor.'],
    photo_credit='Daniel Tepox | Puebla a Fondo')

# ---------------------------------------------------------------- av03 wire (stringer e-mail)
t03 = '''De: Rufino Tapia Cantú [mailto:rtapia.montana@correo.example.mx]
Enviado el: lunes, 08 de abril de 2013 07:42 p.m.
Para: Mesa de Redacción
CC: fotografia@sierraycosta.example.mx
Asunto: NOTA TLAPA - comerciantes mercado

Compañeros, va la nota de hoy. Las fotos las mando en otro correo porque pesan mucho.

COMERCIANTES DEL MERCADO DE TLAPA CIERRAN SUS LOCALES EN PROTESTA POR EL COBRO DE PISO

Rufino Tapia Cantú / Corresponsal

TLAPA DE COMONFORT, GRO.- Alrededor de 200 comerciantes del mercado municipal Mariano Matamoros cerraron este lunes sus locales durante toda la jornada en protesta por el aumento al cobro de piso que aprobó el cabildo a principios de año.

Los locatarios explicaron que la cuota diaria pasó de 5 a 12 pesos por puesto y que los comerciantes que llegan los domingos desde las comunidades de la Montaña ahora pagan hasta 30 pesos por vender en los pasillos. "Una señora que baja de Metlatónoc con su costal de frijol no gana ni cien pesos en todo el día", dijo Teódulo Morales Basurto, representante de la Unión de Locatarios.

Con mantas y cartulinas, los manifestantes marcharon del mercado a la presidencia municipal, donde exigieron ser recibidos por el alcalde. Después de dos horas, el secretario general del Ayuntamiento, Adelfo Rendón Guillén, salió a dialogar con una comisión de diez comerciantes.

El funcionario argumentó que el aumento es necesario para pagar la recolección de basura y el mantenimiento del inmueble, que tiene más de 30 años y presenta filtraciones en el techo. Sin embargo, se comprometió a revisar las tarifas en la próxima sesión de cabildo y a suspender el cobro a los vendedores indígenas que llegan los fines de semana.

Los locatarios aceptaron reabrir el martes, pero advirtieron que si el acuerdo no se cumple volverán a cerrar y tomarán la carretera Tlapa-Puebla. Durante el cierre, decenas de familias que acudieron a comprar tuvieron que trasladarse a tiendas del centro, donde los precios son más altos.

De acuerdo con el padrón municipal, en el mercado trabajan 312 locatarios fijos y cerca de 150 vendedores ambulantes, la mayoría de ellos mujeres nahuas, mixtecas y tlapanecas que venden maíz, frijol, chile y artesanías de palma.

Saludos

--
Rufino Tapia Cantú
Corresponsal Diario Sierra y Costa, región Montaña
Cel. 757 555 0148

Enviado desde mi BlackBerry® de Telcel
'''
write_source('av03.txt', t03, enc='cp1252', eol='crlf')
write_gold('av03', family='wire',
    title='COMERCIANTES DEL MERCADO DE TLAPA CIERRAN SUS LOCALES EN PROTESTA POR EL COBRO DE PISO',
    date='2013-04-08', bylines=['Rufino Tapia Cantú'], source='Diario Sierra y Costa',
    section=None,
    body_first_words='Alrededor de 200 comerciantes del mercado municipal Mariano Matamoros',
    body_last_words='que venden maíz, frijol, chile y artesanías de palma.',
    boilerplate=['De: Rufino Tapia Cantú [mailto:rtapia.montana@correo.example.mx]',
                 'Enviado el: lunes, 08 de abril de 2013 07:42 p.m.', 'Para: Mesa de Redacción',
                 'CC: fotografia@sierraycosta.example.mx',
                 'Asunto: NOTA TLAPA - comerciantes mercado',
                 'Compañeros, va la nota de hoy. Las fotos las mando en otro correo porque pesan mucho.',
                 'Rufino Tapia Cantú / Corresponsal', 'TLAPA DE COMONFORT, GRO.-', 'Saludos',
                 'Corresponsal Diario Sierra y Costa, región Montaña', 'Cel. 757 555 0148',
                 'Enviado desde mi BlackBerry® de Telcel'],
    must_keep=['"Una señora que baja de Metlatónoc con su costal de frijol no gana ni cien pesos en todo el día", dijo Teódulo Morales Basurto, representante de la Unión de Locatarios.',
               'Sin embargo, se comprometió a revisar las tarifas en la próxima sesión de cabildo y a suspender el cobro a los vendedores indígenas que llegan los fines de semana.',
               'Los locatarios aceptaron reabrir el martes, pero advirtieron que si el acuerdo no se cumple volverán a cerrar y tomarán la carretera Tlapa-Puebla.'])

# ---------------------------------------------------------------- av04 press (state health service)
t04 = '''GOBIERNO DEL ESTADO DE OAXACA
SERVICIOS ESTATALES DE SALUD DE OAXACA
Coordinación de Comunicación Social
Boletín SSO/CCS/0412/2018

Refuerzan vigilancia de dengue, zika y chikungunya en la Costa y el Istmo ante el inicio de lluvias

Oaxaca de Juárez, Oax., 21 de junio de 2018 (SSO).- Ante el inicio de la temporada de lluvias, los Servicios Estatales de Salud de Oaxaca intensificaron las acciones de vigilancia y control del mosco transmisor del dengue, zika y chikungunya en 48 municipios de las regiones de la Costa y el Istmo, donde se concentra el 70 por ciento de los casos registrados en los últimos cinco años.

El jefe del Departamento de Enfermedades Transmitidas por Vector, Armando Ruiz Jarquín, informó que 212 brigadistas recorren colonias de Salina Cruz, Juchitán de Zaragoza, Santo Domingo Tehuantepec, Pinotepa Nacional y Santa María Huatulco para eliminar criaderos y aplicar larvicida en depósitos de agua.

Detalló que en lo que va del año se han confirmado 63 casos de dengue no grave y nueve de dengue con signos de alarma, sin defunciones, cifra menor a la del mismo periodo de 2017. No obstante, advirtió que las lluvias favorecen la reproducción del mosco, por lo que pidió a la población no bajar la guardia.

El funcionario recomendó lavar con cepillo y cloro los tambos, piletas y tinacos al menos una vez por semana, mantenerlos tapados, voltear cubetas y desechar llantas, botellas y cacharros que puedan acumular agua. También sugirió usar repelente y colocar mosquiteros en puertas y ventanas.

Ruiz Jarquín explicó que ante fiebre alta, dolor detrás de los ojos, dolor muscular o de articulaciones y erupciones en la piel, las personas deben acudir de inmediato a la unidad de salud más cercana y evitar automedicarse, en particular con ácido acetilsalicílico, que puede agravar el cuadro.

La dependencia informó que durante julio y agosto se realizarán jornadas de nebulización en las localidades con mayor presencia del vector, de acuerdo con los resultados de las ovitrampas que se revisan cada semana. Los horarios se darán a conocer a través de las autoridades municipales y de las radios comunitarias.

--ooOoo--

www.saludoaxaca.example.mx | Facebook: SaludOaxBoletines | Twitter: @SaludOax_Boletines
'''
write_source('av04.txt', t04, eol='crlf', bom=True)
write_gold('av04', family='press_release',
    title='Refuerzan vigilancia de dengue, zika y chikungunya en la Costa y el Istmo ante el inicio de lluvias',
    date='2018-06-21', source='SERVICIOS ESTATALES DE SALUD DE OAXACA',
    bulletin_number='SSO/CCS/0412/2018', issuer='SERVICIOS ESTATALES DE SALUD DE OAXACA',
    dateline_city='Oaxaca de Juárez',
    body_first_words='Ante el inicio de la temporada de lluvias, los Servicios Estatales de Salud de Oaxaca',
    body_last_words='a través de las autoridades municipales y de las radios comunitarias.',
    boilerplate=['GOBIERNO DEL ESTADO DE OAXACA', 'Coordinación de Comunicación Social',
                 'Oaxaca de Juárez, Oax., 21 de junio de 2018 (SSO).-', '--ooOoo--',
                 'www.saludoaxaca.example.mx', 'Facebook: SaludOaxBoletines', '@SaludOax_Boletines'],
    must_keep=['Detalló que en lo que va del año se han confirmado 63 casos de dengue no grave y nueve de dengue con signos de alarma, sin defunciones, cifra menor a la del mismo periodo de 2017.',
               'También sugirió usar repelente y colocar mosquiteros en puertas y ventanas.',
               'Los horarios se darán a conocer a través de las autoridades municipales y de las radios comunitarias.'])

# ---------------------------------------------------------------- av05 jekyll (WordPress exporter plugin)
t05 = '''---
id: 8815
title: 'Cuernavaca retira 40 toneladas de basura de la barranca de Amanalco'
date: 2015-03-12T17:22:31+00:00
author: Martín Ocampo Villalba
layout: post
guid: http://www.cuernavacahoy.example.mx/?p=8815
permalink: /2015/03/12/cuernavaca-retira-40-toneladas-de-basura-de-la-barranca-de-amanalco/
categories:
  - Portada
  - Municipios
tags:
  - barrancas
  - medio ambiente
---
[caption id="attachment_8816" align="aligncenter" width="800"]<img src="http://www.cuernavacahoy.example.mx/wp-content/uploads/2015/03/amanalco.jpg" alt="Barranca de Amanalco" width="800" height="533" class="size-full wp-image-8816" /> Foto: Martín Ocampo[/caption]

Brigadas del Ayuntamiento de Cuernavaca, voluntarios y estudiantes de preparatoria retiraron en tres fines de semana 40 toneladas de basura del cauce de la barranca de Amanalco, una de las más contaminadas de la ciudad, informó la Dirección de Protección Ambiental.

<!--more-->

Los trabajos comenzaron el 21 de febrero en el tramo que corre debajo del puente de la calle Guerrero y concluyeron este miércoles a la altura del mercado Adolfo López Mateos. Entre los desechos se encontraron colchones, llantas, electrodomésticos y cientos de bolsas con basura doméstica.

&nbsp;

“Cada temporada de lluvias esta basura termina tapando el drenaje y provocando inundaciones en las partes bajas”, explicó la directora del área, <strong>Gabriela Sotelo Arizmendi</strong>, quien calculó que en la zona hay al menos 60 descargas de aguas negras directas a la barranca.

&nbsp;

La funcionaria informó que se colocarán letreros con multas de hasta 50 salarios mínimos para quien arroje desechos y que se instalarán dos cámaras de vigilancia en los puntos donde más se tira basura. Además, se pedirá a la Comisión Nacional del Agua que revise las descargas de los comercios cercanos.

&nbsp;

Vecinos de la colonia Amatitlán que participaron en la limpieza señalaron que el problema es la falta de recolección en las calles angostas, a donde no entran los camiones. “Aquí la gente baja la basura a la barranca porque el camión pasa una vez a la semana, cuando pasa”, dijo Felipe Jaimes Nájera, quien vive a la orilla del cauce desde hace 25 años.

&nbsp;

El Ayuntamiento anunció que en abril iniciará una segunda etapa en la barranca de El Salto de San Antón y que buscará convenios con universidades para monitorear la calidad del agua. Cuernavaca tiene 46 barrancas que cruzan la mancha urbana y funcionan como corredores biológicos y zonas de recarga del acuífero.
'''
write_source('av05.md', t05)
write_gold('av05', family='jekyll',
    title='Cuernavaca retira 40 toneladas de basura de la barranca de Amanalco',
    date='2015-03-12', bylines=['Martín Ocampo Villalba'], source=None,
    section='Municipios', placement=['Portada'],
    body_first_words='Brigadas del Ayuntamiento de Cuernavaca, voluntarios y estudiantes',
    body_last_words='funcionan como corredores biológicos y zonas de recarga del acuífero.',
    boilerplate=['[caption id="attachment_8816" align="aligncenter" width="800"]',
                 'Foto: Martín Ocampo', '[/caption]', '<!--more-->'],
    must_keep=['Entre los desechos se encontraron colchones, llantas, electrodomésticos y cientos de bolsas con basura doméstica.',
               'Además, se pedirá a la Comisión Nacional del Agua que revise las descargas de los comercios cercanos.',
               '“Aquí la gente baja la basura a la barranca porque el camión pasa una vez a la semana, cuando pasa”, dijo Felipe Jaimes Nájera, quien vive a la orilla del cauce desde hace 25 años.'],
    photo_credit='Martín Ocampo')

# ---------------------------------------------------------------- av06 generic (setext title, scene break)
t06 = '''Los últimos lancheros de la laguna de Coyuca
--------------------------------------------

A las cinco y media de la mañana, cuando la laguna de Coyuca todavía está gris, don Aurelio Galeana empuja su lancha de fibra de vidrio hasta que el agua le llega a las rodillas. Tiene 71 años y lleva 50 llevando gente de un lado a otro de la laguna, primero en canoa de parota y después con motor fuera de borda.

En los años ochenta, cuenta, había más de 60 lancheros en el embarcadero de Pie de la Cuesta. Llevaban turistas a la isla de los pájaros, a los manglares y a las enramadas donde se comía pescado a la talla. Hoy quedan once, y la mayoría trabaja solo los fines de semana.

"Antes uno vivía de esto y hasta mandaba a los hijos a la escuela; ahora sale para la gasolina y para la tortilla", dice mientras revisa el nivel del tanque. El litro de gasolina le cuesta más del doble que hace diez años, y los paseos se siguen cobrando a 100 pesos por persona.

* * *

El problema no es solo el dinero. La laguna se ha ido llenando de lirio y de azolve, y en temporada de secas hay canales por donde la lancha ya no pasa. Los pescadores culpan a las descargas de las colonias que crecieron en la orilla y a la basura que baja por el río Coyuca cada vez que llueve.

Los hijos de don Aurelio se fueron a trabajar a Acapulco, uno de mesero y otro de albañil. Ninguno quiso aprender el oficio. Su nieto, de 14 años, lo acompaña a veces en vacaciones, pero dice que quiere ser mecánico.

Por la tarde, cuando regresan los pocos turistas que contrataron el recorrido, don Aurelio amarra la lancha a un tronco y se sienta a esperar bajo una palapa. Algunos días no sale ni un viaje. Otros, como el Sábado de Gloria, llegan familias enteras y hay que hacer fila.

"Mientras tenga fuerza, aquí voy a estar", dice. Luego prende un cigarro, mira hacia la barra y se queda callado un rato largo, como si contara las lanchas que ya no están.
'''
write_source('av06.txt', t06)
write_gold('av06', family='generic',
    title='Los últimos lancheros de la laguna de Coyuca',
    body_first_words='A las cinco y media de la mañana, cuando la laguna de Coyuca',
    body_last_words='como si contara las lanchas que ya no están.',
    boilerplate=[],
    must_keep=['En los años ochenta, cuenta, había más de 60 lancheros en el embarcadero de Pie de la Cuesta.',
               'El problema no es solo el dinero.',
               'Luego prende un cigarro, mira hacia la barra y se queda callado un rato largo, como si contara las lanchas que ya no están.'])

# ---------------------------------------------------------------- av07 press (state congress)
t07 = '''**CONGRESO DEL ESTADO DE TLAXCALA**
**LXIII LEGISLATURA**
Dirección de Comunicación Social y Relaciones Públicas

Comunicado de prensa núm. 077/2021

Tlaxcala de Xicohténcatl, a 23 de marzo de 2021

## Aprueba Congreso reforma que obliga a municipios a publicar sus tarifas de agua potable

Con 21 votos a favor y dos abstenciones, el Pleno del Congreso del Estado aprobó reformas a la Ley de Aguas para el Estado de Tlaxcala que obligan a los ayuntamientos y a las comisiones de agua potable municipales a publicar cada año sus tarifas en sus portales electrónicos y en los estrados de las presidencias de comunidad.

La iniciativa fue presentada por la diputada Leticia Cuamatzi Pluma, presidenta de la Comisión de Recursos Hidráulicos, quien explicó que en varios municipios las cuotas se fijan sin acuerdo de cabildo y cambian de un año a otro sin que la población sepa el motivo.

“No se trata de prohibir que los municipios cobren el servicio, sino de que cualquier ciudadano pueda saber cuánto debe pagar y por qué”, expuso la legisladora durante la presentación del dictamen en tribuna.

De acuerdo con el dictamen, las tarifas deberán aprobarse en sesión de cabildo antes del 31 de enero de cada año y distinguir entre uso doméstico, comercial e industrial. Las comisiones que no cumplan podrán ser sancionadas por el Órgano de Fiscalización Superior durante la revisión de su cuenta pública.

La reforma también establece que las presidencias de comunidad que administran sus propios sistemas de agua, una práctica común en el estado, deberán informar a la población en asamblea sobre los ingresos obtenidos y su destino.

Durante la discusión, el diputado Joaquín Xochitiotzi Meneses se abstuvo al considerar que la reforma debió consultarse con los comités de agua de las comunidades indígenas de la región de la Malintzi. Las modificaciones entrarán en vigor al día siguiente de su publicación en el Periódico Oficial del Gobierno del Estado y los municipios tendrán 90 días para adecuar sus reglamentos.

—oOo—
'''
write_source('av07.md', t07)
write_gold('av07', family='press_release',
    title='Aprueba Congreso reforma que obliga a municipios a publicar sus tarifas de agua potable',
    date='2021-03-23', source='CONGRESO DEL ESTADO DE TLAXCALA',
    bulletin_number='077/2021', issuer='CONGRESO DEL ESTADO DE TLAXCALA',
    dateline_city='Tlaxcala de Xicohténcatl',
    body_first_words='Con 21 votos a favor y dos abstenciones, el Pleno del Congreso',
    body_last_words='los municipios tendrán 90 días para adecuar sus reglamentos.',
    boilerplate=['LXIII LEGISLATURA', 'Dirección de Comunicación Social y Relaciones Públicas',
                 'Comunicado de prensa núm. 077/2021',
                 'Tlaxcala de Xicohténcatl, a 23 de marzo de 2021', '—oOo—'],
    must_keep=['“No se trata de prohibir que los municipios cobren el servicio, sino de que cualquier ciudadano pueda saber cuánto debe pagar y por qué”, expuso la legisladora durante la presentación del dictamen en tribuna.',
               'Las comisiones que no cumplan podrán ser sancionadas por el Órgano de Fiscalización Superior durante la revisión de su cuenta pública.',
               'Durante la discusión, el diputado Joaquín Xochitiotzi Meneses se abstuvo al considerar que la reforma debió consultarse con los comités de agua de las comunidades indígenas de la región de la Malintzi.'])

# ---------------------------------------------------------------- av08 jekyll (jekyll-import from WordPress)
t08 = '''---
layout: post
title: Miles acuden al Grito en Iguala; reportan saldo blanco
date: 2012-09-15 23:58:12.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Región Norte
tags: []
meta:
  _edit_last: '3'
  _thumbnail_id: '2291'
  _wp_old_slug: grito-iguala-2012
author:
  login: ctorres
  email: ctorres@tierracaliente.example.mx
  display_name: Celso Torres Bahena
  first_name: Celso
  last_name: Torres Bahena
---
Alrededor de 15 mil personas se reunieron la noche de este sábado en la plaza cívica de las Tres Garantías de Iguala para presenciar la ceremonia del Grito de Independencia, que por primera vez en tres años se realizó sin interrupciones por la lluvia.

El presidente municipal, <strong>Ramiro Ocampo Figueroa</strong>, salió al balcón del palacio municipal a las 23:00 horas, acompañado por integrantes del cabildo, y tras tocar la campana y ondear la bandera encabezó las arengas a los héroes de la Independencia.

Desde las siete de la noche, familias de Iguala y de municipios vecinos como Tepecoacuilco, Cocula y Huitzuco llegaron a la plaza, donde se instalaron puestos de pozole, chalupas y aguas frescas. Grupos de danza folclórica y la Banda de Música del Estado amenizaron la espera.

La Dirección de Protección Civil municipal informó que se desplegaron 180 elementos entre policías, paramédicos y bomberos, y que se instalaron arcos detectores de metales en los cuatro accesos a la plaza. Hasta el cierre de esta edición se reportaban solo atenciones menores por deshidratación y dos niños extraviados que fueron entregados a sus padres.

Este año el Ayuntamiento prohibió la venta de cohetes y petardos en el primer cuadro de la ciudad, luego de que en 2011 tres personas resultaran con quemaduras. “Queremos que la fiesta sea para todos y que las familias regresen a salvo a su casa”, dijo el director de Gobernación, Isidro Catalán Aburto.

Tras la ceremonia, el cielo de Iguala se iluminó con un espectáculo de fuegos artificiales de 15 minutos, y la verbena popular continuó con la presentación de un grupo de música tropical.&nbsp;Este domingo, a las 10:00 horas, se realizará el tradicional desfile cívico-militar, que partirá de <a href="http://www.tierracaliente.example.mx/2012/09/14/ruta-del-desfile/">la glorieta del Periférico</a> y recorrerá la avenida Bandera Nacional con la participación de 42 contingentes de escuelas y corporaciones.
'''
write_source('av08.md', t08)
write_gold('av08', family='jekyll',
    title='Miles acuden al Grito en Iguala; reportan saldo blanco',
    date='2012-09-15', bylines=['Celso Torres Bahena'], source=None,
    section='Región Norte',
    body_first_words='Alrededor de 15 mil personas se reunieron la noche de este sábado',
    body_last_words='con la participación de 42 contingentes de escuelas y corporaciones.',
    boilerplate=[],
    must_keep=['Grupos de danza folclórica y la Banda de Música del Estado amenizaron la espera.',
               'Hasta el cierre de esta edición se reportaban solo atenciones menores por deshidratación y dos niños extraviados que fueron entregados a sus padres.',
               '“Queremos que la fiesta sea para todos y que las familias regresen a salvo a su casa”, dijo el director de Gobernación, Isidro Catalán Aburto.'])

# ---------------------------------------------------------------- av09 bad (empty file)
write_source('av09.txt', raw=b'')
write_gold('av09', family='bad',
    refusal_reason='El archivo está vacío (0 bytes); no hay nada que importar')

# ---------------------------------------------------------------- av10 press (state water commission, UTF-16)
t10 = '''COMISIÓN ESTATAL DEL AGUA Y SANEAMIENTO DE MORELOS
Dirección de Comunicación y Vinculación

COMUNICADO No. CEAS/145/2016

Cuernavaca, Morelos, 9 de agosto de 2016.

Concluye CEAS desazolve de 22 kilómetros del río Yautepec antes del periodo más intenso de lluvias

La Comisión Estatal del Agua y Saneamiento (CEAS) concluyó los trabajos de desazolve y limpieza de 22 kilómetros del cauce del río Yautepec, en los tramos que cruzan los municipios de Yautepec, Tlaltizapán y Tlaquiltenango, con lo que se reduce el riesgo de desbordamientos durante el periodo de lluvias más intensas.

El director general del organismo, Rodrigo Alarcón Pineda, explicó que se retiraron más de 85 mil metros cúbicos de azolve, ramas y basura, y que se reforzaron los bordos en seis puntos donde en años anteriores el agua salió de su cauce e inundó viviendas y parcelas.

“En 2010 tuvimos colonias enteras de Yautepec bajo el agua; con estas obras buscamos que eso no vuelva a ocurrir”, señaló el funcionario durante un recorrido por la colonia Itzamatitlán, una de las más afectadas en temporadas pasadas.

Alarcón Pineda detalló que la inversión fue de 14.6 millones de pesos, de los cuales 60 por ciento provino del Fondo para la Prevención de Desastres y el resto de recursos estatales. En los trabajos participaron 12 retroexcavadoras y 40 trabajadores contratados en las comunidades ribereñas.

El director exhortó a la población a no arrojar basura ni escombro al río y a reportar cualquier obstrucción al teléfono de emergencias. También recordó que está prohibido construir en la zona federal, que abarca diez metros a cada lado del cauce, y que la CEAS trabaja con los ayuntamientos para reubicar a las familias que viven en zonas de riesgo.

En las próximas semanas el organismo iniciará trabajos similares en el río Cuautla y en la barranca de Chalchihuapan, donde se prevé retirar otros 40 mil metros cúbicos de material. Las acciones forman parte del programa de prevención de inundaciones 2016, que contempla la atención de 31 cauces en todo el estado.

-000-

Dirección de Comunicación y Vinculación CEAS
Tel. (777) 555 0190 ext. 1204
prensa.ceas@morelos.example.mx
'''
write_source('av10.txt', t10, enc='utf-16-le', eol='crlf', bom=True)
write_gold('av10', family='press_release',
    title='Concluye CEAS desazolve de 22 kilómetros del río Yautepec antes del periodo más intenso de lluvias',
    date='2016-08-09', source='COMISIÓN ESTATAL DEL AGUA Y SANEAMIENTO DE MORELOS',
    bulletin_number='CEAS/145/2016', issuer='COMISIÓN ESTATAL DEL AGUA Y SANEAMIENTO DE MORELOS',
    dateline_city='Cuernavaca',
    body_first_words='La Comisión Estatal del Agua y Saneamiento (CEAS) concluyó los trabajos',
    body_last_words='que contempla la atención de 31 cauces en todo el estado.',
    boilerplate=['Dirección de Comunicación y Vinculación', 'COMUNICADO No. CEAS/145/2016',
                 'Cuernavaca, Morelos, 9 de agosto de 2016.', '-000-',
                 'Tel. (777) 555 0190 ext. 1204', 'prensa.ceas@morelos.example.mx'],
    must_keep=['“En 2010 tuvimos colonias enteras de Yautepec bajo el agua; con estas obras buscamos que eso no vuelva a ocurrir”, señaló el funcionario durante un recorrido por la colonia Itzamatitlán, una de las más afectadas en temporadas pasadas.',
               'En los trabajos participaron 12 retroexcavadoras y 40 trabajadores contratados en las comunidades ribereñas.',
               'En las próximas semanas el organismo iniciará trabajos similares en el río Cuautla y en la barranca de Chalchihuapan, donde se prevé retirar otros 40 mil metros cúbicos de material.'])
