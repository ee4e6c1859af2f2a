# -*- coding: utf-8 -*-
"""Files ac21-ac30."""
from _util import enc, G, BAD

FILES = []

# ---------------------------------------------------------------- ac21 wire, utf-8, LF, trailing spaces, numeric date with dashes
t21 = """SEMANARIO LA REGIÓN - Tamaulipas    
Edición impresa | Sección: Municipios   

PESCADORES DE LA LAGUNA MADRE EXIGEN PAGO DE PROGRAMA DE EMPLEO TEMPORAL   

24-11-2006   
Por Alfredo Cantú Garza / Corresponsal   

ENVIAR | IMPRIMIR | COMENTAR   

SAN FERNANDO, Tamps.- Unos 400 pescadores de las cooperativas de la Laguna Madre bloquearon durante cuatro horas la carretera federal 101 para exigir el pago del Programa de Empleo Temporal que se les prometió desde septiembre, cuando terminó la temporada de camarón.   

Los manifestantes, provenientes de los campos pesqueros de Carboneras, El Mezquital y La Carbonera, colocaron lanchas y redes sobre el asfalto a la altura del entronque con el puerto El Mezquital, lo que provocó filas de más de dos kilómetros de tráileres.   

El líder de la Federación de Cooperativas, Hilario Zúñiga Castillo, explicó que cada pescador debía recibir mil 800 pesos mensuales durante la veda a cambio de trabajos de limpieza de canales y esteros, pero que hasta ahora no ha llegado ni un solo pago.   

"Estamos en plena veda, no podemos salir a pescar y nuestras familias no tienen qué comer", dijo Zúñiga Castillo frente a los agentes de la Policía Federal Preventiva que llegaron al lugar.   

Al mediodía se presentó un representante de la delegación de la Secretaría de Desarrollo Social, quien aseguró que el retraso se debió a errores en los padrones y se comprometió a que los pagos comenzarán la próxima semana en las oficinas de Telecomm de San Fernando.   

Con esa promesa los pescadores liberaron la carretera, aunque advirtieron que si no reciben el dinero regresarán con un bloqueo por tiempo indefinido.   

Votos: 0 | Comentarios (3) | Imprimir   
Copyright © 2006 Semanario La Región. Todos los derechos reservados.   
"""
FILES.append(('ac21.txt', enc(t21), G(
    'wire', 'PESCADORES DE LA LAGUNA MADRE EXIGEN PAGO DE PROGRAMA DE EMPLEO TEMPORAL', '2006-11-24',
    ['Alfredo Cantú Garza'], 'Semanario La Región',
    'Unos 400 pescadores de las cooperativas de la Laguna Madre bloquearon',
    'regresarán con un bloqueo por tiempo indefinido.',
    ['SEMANARIO LA REGIÓN - Tamaulipas', 'Edición impresa | Sección: Municipios', '/ Corresponsal',
     'ENVIAR | IMPRIMIR | COMENTAR', 'SAN FERNANDO, Tamps.-', 'Votos: 0 | Comentarios (3) | Imprimir',
     'Copyright © 2006 Semanario La Región. Todos los derechos reservados.'],
    ['"Estamos en plena veda, no podemos salir a pescar y nuestras familias no tienen qué comer", dijo Zúñiga Castillo frente a los agentes de la Policía Federal Preventiva que llegaron al lugar.',
     'Con esa promesa los pescadores liberaron la carretera, aunque advirtieron que si no reciben el dinero regresarán con un bloqueo por tiempo indefinido.'],
    section='Municipios')))

# ---------------------------------------------------------------- ac22 press Sonora, utf-8, LF, markdown bold header, -30-, no bulletin number
t22 = """**COMUNICADO DE PRENSA**

**Instituto Sonorense de Cultura**

# Abre convocatoria el Festival del Pitic para artistas de Hermosillo

Hermosillo, Sonora, 3 de mayo de 2012.- El Instituto Sonorense de Cultura abrió la convocatoria para que músicos, bailarines, actores y artistas plásticos de Hermosillo participen en la edición 2012 del Festival del Pitic, que se realizará del 28 de mayo al 3 de junio en el centro histórico de la ciudad.

La directora del Instituto, Guadalupe Moreno Durazo, informó que este año se reservará la mitad de los espacios del programa para artistas locales, quienes recibirán un pago por su presentación y podrán usar los foros de la Plaza Zaragoza, el Museo de Sonora y la Casa de la Cultura.

Los interesados deberán registrar su propuesta antes del 15 de mayo en las oficinas del Instituto o por correo electrónico, con una descripción del espectáculo, fotografías o videos de presentaciones anteriores y una ficha técnica. Un comité integrado por creadores de distintas disciplinas seleccionará a los participantes.

“Queremos que el festival sea una vitrina para lo que se hace en Hermosillo y no solo para los artistas que vienen de fuera”, explicó Moreno Durazo.

El festival contará con 85 actividades gratuitas, entre ellas conciertos, obras de teatro de calle, un corredor gastronómico y talleres para niños en los jardines del antiguo Palacio Municipal.

El programa completo se dará a conocer en conferencia de prensa la tercera semana de mayo.

-30-

Dirección de Comunicación Social – Instituto Sonorense de Cultura
Tel. (662) 000 0000 · difusion@isc-sonora.example
"""
FILES.append(('ac22.md', enc(t22), G(
    'press_release', 'Abre convocatoria el Festival del Pitic para artistas de Hermosillo', '2012-05-03',
    [], 'Instituto Sonorense de Cultura',
    'El Instituto Sonorense de Cultura abrió la convocatoria para que músicos',
    'en conferencia de prensa la tercera semana de mayo.',
    ['COMUNICADO DE PRENSA', 'Hermosillo, Sonora, 3 de mayo de 2012.-', '-30-',
     'Dirección de Comunicación Social – Instituto Sonorense de Cultura',
     'Tel. (662) 000 0000', 'difusion@isc-sonora.example'],
    ['“Queremos que el festival sea una vitrina para lo que se hace en Hermosillo y no solo para los artistas que vienen de fuera”, explicó Moreno Durazo.',
     'Un comité integrado por creadores de distintas disciplinas seleccionará a los participantes.'],
    issuer='Instituto Sonorense de Cultura', dateline_city='Hermosillo')))

# ---------------------------------------------------------------- ac23 jekyll, utf-8, LF, quoted ISO date with offset, "Por" in author, Principal placement
t23 = """---
layout: post
title: "Nochebuena en el Cerro de la Bufa: la posada que ya nadie organiza"
date: '2008-12-24T23:50:00-06:00'
author: "Por Benito Rangel"
categories:
- Principal
- Sociedad
tags: [Navidad, Zacatecas, tradiciones]
---

Durante casi 30 años, la noche del 24 de diciembre los vecinos de los barrios altos de Zacatecas subían en procesión hasta la capilla del Patrocinio, en el Cerro de la Bufa, cantando villancicos y cargando faroles de papel. Esta Nochebuena, por segundo año consecutivo, la procesión no se hizo.

La costumbre la inició en 1979 doña Refugio Ávila, una vecina del barrio de La Pinta que organizaba la colecta para los faroles, el ponche y los aguinaldos. Cuando ella murió, en 2006, nadie quiso hacerse cargo. "Era mucho trabajo y mucho gasto, y los jóvenes ya no suben", me contó su hija Martha, que sigue viviendo en la misma casa.

Esta noche, en la explanada de la capilla, solo había un par de familias que subieron en su automóvil para ver las luces de la ciudad. El capellán celebró la misa de gallo con una veintena de fieles, casi todos mayores.

Algunos vecinos de La Pinta dicen que el próximo año quieren intentarlo de nuevo. Ya hablaron con el párroco y con la junta vecinal para juntar dinero desde el verano y conseguir que Protección Civil ilumine el camino de subida, que de noche está completamente a oscuras.

Mientras tanto, las fotos de las viejas procesiones siguen colgadas en la tienda de abarrotes de la esquina, donde los clientes se detienen a buscar a sus parientes entre los faroles.

Feliz Navidad a todos los que leen este blog.
"""
FILES.append(('ac23.md', enc(t23), G(
    'jekyll', 'Nochebuena en el Cerro de la Bufa: la posada que ya nadie organiza', '2008-12-24',
    ['Benito Rangel'], None,
    'Durante casi 30 años, la noche del 24 de diciembre los vecinos',
    'donde los clientes se detienen a buscar a sus parientes entre los faroles.',
    ['Feliz Navidad a todos los que leen este blog.'],
    ['"Era mucho trabajo y mucho gasto, y los jóvenes ya no suben", me contó su hija Martha, que sigue viviendo en la misma casa.',
     'El capellán celebró la misa de gallo con una veintena de fieles, casi todos mayores.'],
    section='Sociedad', placement=['Principal'])))

# ---------------------------------------------------------------- ac24 bad: CSV export
t24 = """id;fecha;titulo;seccion;autor;visitas
10412;2011-03-02;"Aprueban presupuesto de egresos de Mineral de la Reforma";Municipios;Ana Trejo;1532
10413;2011-03-02;"Inicia temporada de Cuaresma con alza en precio del pescado";Economía;Redacción;988
10414;2011-03-03;"Tuzos empatan en casa ante Monterrey";Deportes;Luis Olvera;4410
10415;2011-03-03;"Suspenden clases en 40 escuelas por brote de varicela";Educación;Redacción;2207
10416;2011-03-04;"Vecinos de Tizayuca bloquean la federal México-Pachuca";Región;Ana Trejo;3121
"""
FILES.append(('ac24.txt', enc(t24, 'cp1252', '\r\n'), BAD('Es una exportación CSV (tabla de notas con columnas), no el texto de una nota.')))

# ---------------------------------------------------------------- ac25 wire, cp1252, LF, Spanish weekday date, glued teaser at start, end teaser
t25 = """Crónica Potosina en Línea
Ciudad | Lunes, 7 de abril de 2008

Vendedores ambulantes regresan a la calle Hidalgo pese a reubicación

Por: Sandra Lucía Ortega / Crónica Potosina
Foto: Crónica Potosina / Archivo

A menos de tres meses de que fueron reubicados en la plaza comercial del antiguo mercado República, al menos 60 vendedores ambulantes regresaron a la calle peatonal Hidalgo, en el centro histórico de San Luis Potosí.

Desde el sábado, los comerciantes instalaron de nuevo sus puestos de ropa, discos y dulces entre las calles Zaragoza y Morelos, con el argumento de que en la plaza comercial no tienen clientes. "Allá adentro vendemos 50 pesos en todo el día; aquí por lo menos sacamos para comer", dijo una vendedora de juguetes que pidió no publicar su nombre.

También te recomendamos: Comerciantes establecidos del centro denuncian caída de 30% en ventas Los comerciantes establecidos de la calle Hidalgo, por su parte, exigieron al Ayuntamiento que cumpla el acuerdo firmado en enero, según el cual ningún puesto podría instalarse en la zona peatonal. La asociación que los agrupa anunció que presentará una queja ante el cabildo.

El director de Comercio municipal, Javier Ortiz Salazar, informó que inspectores visitaron la zona el domingo y levantaron 22 actas de infracción. Agregó que se dará un plazo de una semana a los vendedores para que vuelvan a la plaza comercial antes de retirar los puestos con apoyo de la policía.

La plaza comercial del mercado República costó 11 millones de pesos y tiene 180 locales, de los cuales actualmente solo 70 están ocupados.

También te recomendamos: Inauguran la Semana Santa potosina con procesión en Tlaxcalilla

Envíanos tus comentarios a cronicapotosina@correo.example
"""
FILES.append(('ac25.text', enc(t25, 'cp1252'), G(
    'wire', 'Vendedores ambulantes regresan a la calle Hidalgo pese a reubicación', '2008-04-07',
    ['Sandra Lucía Ortega'], 'Crónica Potosina en Línea',
    'A menos de tres meses de que fueron reubicados en la plaza comercial',
    'tiene 180 locales, de los cuales actualmente solo 70 están ocupados.',
    ['Ciudad | Lunes, 7 de abril de 2008', '/ Crónica Potosina',
     'También te recomendamos: Comerciantes establecidos del centro denuncian caída de 30% en ventas',
     'También te recomendamos: Inauguran la Semana Santa potosina con procesión en Tlaxcalilla',
     'Envíanos tus comentarios a cronicapotosina@correo.example'],
    ['Los comerciantes establecidos de la calle Hidalgo, por su parte, exigieron al Ayuntamiento que cumpla el acuerdo firmado en enero, según el cual ningún puesto podría instalarse en la zona peatonal.',
     '"Allá adentro vendemos 50 pesos en todo el día; aquí por lo menos sacamos para comer", dijo una vendedora de juguetes que pidió no publicar su nombre.'],
    section='Ciudad', photo_credit='Crónica Potosina / Archivo')))

# ---------------------------------------------------------------- ac26 press Tlaxcala, utf-8 BOM, CRLF, oo0oo, dateline glued to first paragraph
t26 = """GOBIERNO DEL ESTADO DE TLAXCALA
COMUNICADO
Comunicado 071/2011
Coordinación de Comunicación Social

AMPLÍA SECODUVI HORARIO DE ATENCIÓN PARA TRÁMITE DE LICENCIAS DE CONSTRUCCIÓN

Tlaxcala, Tlax., a 28 de enero de 2011.- La Secretaría de Obras Públicas, Desarrollo Urbano y Vivienda (Secoduvi) ampliará a partir del próximo lunes su horario de atención al público para agilizar los trámites de licencias de construcción y uso de suelo, que durante el último año acumularon un rezago de más de 600 solicitudes.

El titular de la dependencia, Rogelio Xicohténcatl Flores, explicó que las ventanillas de la Dirección de Desarrollo Urbano atenderán de lunes a viernes de 8:00 a 19:00 horas y los sábados de 9:00 a 13:00 horas, y que se contrató a seis arquitectos adicionales para revisar los expedientes.

Además, se instalará un módulo en Apizaco para que los habitantes de los municipios del norte del estado no tengan que trasladarse a la capital. En una segunda etapa, a mediados del año, los solicitantes podrán consultar el estado de su trámite a través de la página electrónica del gobierno estatal.

Xicohténcatl Flores señaló que el objetivo es que ninguna licencia tarde más de 15 días hábiles en resolverse, siempre que el expediente esté completo, y recordó que construir sin permiso puede ser sancionado con multas de hasta 500 salarios mínimos.

La dependencia recomendó a los interesados acudir con escrituras, constancia de alineamiento y número oficial, planos firmados por un perito responsable y el comprobante de pago del impuesto predial al corriente.

oo0oo

Dirección de Comunicación Social del Gobierno del Estado
Tel. 01 (246) 000 0000 / prensa@tlaxcala.example
@ComSocTlax_ej
"""
FILES.append(('ac26.txt', enc(t26, eol='\r\n', bom=True), G(
    'press_release', 'AMPLÍA SECODUVI HORARIO DE ATENCIÓN PARA TRÁMITE DE LICENCIAS DE CONSTRUCCIÓN', '2011-01-28',
    [], 'Secretaría de Obras Públicas, Desarrollo Urbano y Vivienda',
    'La Secretaría de Obras Públicas, Desarrollo Urbano y Vivienda (Secoduvi) ampliará',
    'el comprobante de pago del impuesto predial al corriente.',
    ['GOBIERNO DEL ESTADO DE TLAXCALA', 'Comunicado 071/2011', 'Tlaxcala, Tlax., a 28 de enero de 2011.-',
     'oo0oo', 'Tel. 01 (246) 000 0000', 'prensa@tlaxcala.example', '@ComSocTlax_ej'],
    ['Además, se instalará un módulo en Apizaco para que los habitantes de los municipios del norte del estado no tengan que trasladarse a la capital.',
     'El titular de la dependencia, Rogelio Xicohténcatl Flores, explicó que las ventanillas de la Dirección de Desarrollo Urbano atenderán de lunes a viernes de 8:00 a 19:00 horas y los sábados de 9:00 a 13:00 horas, y que se contrató a seis arquitectos adicionales para revisar los expedientes.'],
    bulletin_number='071/2011', issuer='Secretaría de Obras Públicas, Desarrollo Urbano y Vivienda',
    dateline_city='Tlaxcala')))

# ---------------------------------------------------------------- ac27 generic, utf-8, LF, all-caps first line title, no date, accents lost
t27 = """EL ULTIMO CINE DE BARRIO DE AGUASCALIENTES CIERRA SUS PUERTAS

Despues de 52 anos de funciones, el cine Rex, ubicado en la calle Madero, proyecto su ultima pelicula el domingo por la noche ante unas 200 personas que acudieron a despedirse de la ultima sala de barrio que quedaba en Aguascalientes.

El propietario, don Aurelio Macias Esparza, heredo el negocio de su padre, que lo abrio en 1956 con una pantalla de 14 metros y butacas de madera traidas de Guadalajara. En sus mejores anos, el Rex vendia mas de mil boletos los fines de semana, con funciones dobles de peliculas mexicanas y de vaqueros.

"Las plazas comerciales se llevaron a la gente; aqui entraban 30 personas a la semana y ya no alcanzaba ni para la luz", explico don Aurelio, quien a sus 74 anos atendia todavia la taquilla.

Para la despedida se proyecto "Nosotros los pobres", la misma cinta con la que se reinauguro la sala despues de un incendio en 1971. Muchos asistentes llevaron fotografias y boletos antiguos, y al final de la funcion aplaudieron de pie durante varios minutos.

El edificio fue vendido a una cadena de farmacias, que planea demoler la sala y conservar solamente la fachada. Un grupo de vecinos y estudiantes de arquitectura pidio al Instituto Municipal de Cultura que gestione la proteccion del inmueble, pero hasta ahora no ha recibido respuesta.

Don Aurelio dijo que donara el proyector y los carteles al museo de la ciudad.
"""
FILES.append(('ac27.txt', enc(t27), G(
    'generic', 'EL ULTIMO CINE DE BARRIO DE AGUASCALIENTES CIERRA SUS PUERTAS', None,
    [], None,
    'Despues de 52 anos de funciones, el cine Rex, ubicado en la calle Madero',
    'donara el proyector y los carteles al museo de la ciudad.',
    [],
    ['"Las plazas comerciales se llevaron a la gente; aqui entraban 30 personas a la semana y ya no alcanzaba ni para la luz", explico don Aurelio, quien a sus 74 anos atendia todavia la taquilla.',
     'El edificio fue vendido a una cadena de farmacias, que planea demoler la sala y conservar solamente la fachada.'])))

# ---------------------------------------------------------------- ac28 jekyll, utf-8, LF, plain date, author list, medio key, liquid image
t28 = """---
layout: post
title: Vuelve el tranvía turístico al centro de Tampico
date: 2007-08-15
author:
  - Yolanda Herrera Saldívar
  - Raúl Quintanilla
medio: "Reportera en Tampico"
categories:
  - Destacadas
  - Turismo
published: true
---

![El tranvía en la calle Olmos]({{ site.baseurl }}/img/tranvia-tampico.jpg)
Foto: Raúl Quintanilla

Después de casi un año guardado en un taller por falta de refacciones, el tranvía turístico de Tampico volvió a circular este miércoles por las calles del centro histórico, con un recorrido renovado que incluye la Plaza de la Libertad, la Aduana y el mercado de la Puntilla.

El vehículo, una réplica de los tranvías que recorrían la ciudad a principios del siglo pasado, fue reparado por trabajadores de la Dirección de Turismo municipal, que cambiaron el motor, los frenos y el sistema eléctrico. La reparación costó 380 mil pesos.

Los recorridos saldrán cada hora de la Plaza de Armas, de jueves a domingo, entre las 10 de la mañana y las ocho de la noche. El boleto costará 20 pesos para adultos y 10 para niños, y cada viaje incluye la narración de un guía sobre la historia del puerto y del auge petrolero.

En el primer recorrido viajaron familias de turistas de San Luis Potosí y Monterrey que llegaron a Tampico por las vacaciones de verano. "Los niños querían subirse desde que lo vieron en la foto del folleto", contó Graciela, una visitante regiomontana.

La dirección de Turismo espera que el tranvía transporte a unos 4 mil pasajeros al mes durante la temporada alta.

Comparte: [Facebook](#) · [Twitter](#) · [Correo](#)
"""
FILES.append(('ac28.markdown', enc(t28), G(
    'jekyll', 'Vuelve el tranvía turístico al centro de Tampico', '2007-08-15',
    ['Yolanda Herrera Saldívar', 'Raúl Quintanilla'], 'Reportera en Tampico',
    'Después de casi un año guardado en un taller por falta de refacciones',
    'a unos 4 mil pasajeros al mes durante la temporada alta.',
    ['{{ site.baseurl }}', 'Comparte: [Facebook](#) · [Twitter](#) · [Correo](#)'],
    ['La reparación costó 380 mil pesos.',
     '"Los niños querían subirse desde que lo vieron en la foto del folleto", contó Graciela, una visitante regiomontana.'],
    section='Turismo', placement=['Destacadas'], photo_credit='Raúl Quintanilla')))

# ---------------------------------------------------------------- ac29 wire, utf-8, CRLF, numeric datetime, Actualizado, MÁS NOTICIAS
t29 = """Zócalo Metropolitano Digital / Nacional

Marchan 5 mil en Monterrey para exigir la localización de personas desaparecidas

Publicado: 2011-09-16 14:32:07 | Actualizado: 2011-09-16 18:05:44
Por Gerardo Leal Cavazos y Mónica Elizondo

Foto: Zócalo Metropolitano / Archivo

Cerca de 5 mil personas marcharon la mañana de este viernes desde la explanada de la Macroplaza hasta el Palacio de Gobierno de Nuevo León para exigir a las autoridades que localicen a sus familiares desaparecidos en los últimos tres años.

Los manifestantes, en su mayoría madres y esposas, portaban fotografías de sus hijos y esposos con la fecha en que se les vio por última vez. La organización convocante calcula que en el estado hay al menos 600 casos denunciados ante el Ministerio Público que no han sido resueltos.Te puede interesar | Aumentan los robos de vehículos en San Nicolás y Guadalupe

Frente al Palacio de Gobierno, las familias leyeron un pliego petitorio en el que piden la creación de una fiscalía especializada, un registro público de personas desaparecidas y la toma de muestras genéticas a los familiares para cotejarlas con los cuerpos sin identificar.

"No queremos que nos den el pésame, queremos que busquen a nuestros hijos", gritó desde el templete Socorro Villarreal, cuyo hijo, un chofer de 24 años, desapareció en la carretera a Reynosa en 2010.

Un grupo de funcionarios de la Procuraduría estatal recibió el documento y se comprometió a instalar una mesa de trabajo con las familias a partir de la próxima semana.

La marcha transcurrió sin incidentes y concluyó poco después de la una de la tarde.

MÁS NOTICIAS
» Suspenden clases en Apodaca por amenaza de bomba
» Cierran la avenida Constitución por obras del metro

Síguenos en Twitter @ZocaloMetro_ej
"""
FILES.append(('ac29.md', enc(t29, eol='\r\n'), G(
    'wire', 'Marchan 5 mil en Monterrey para exigir la localización de personas desaparecidas', '2011-09-16',
    ['Gerardo Leal Cavazos', 'Mónica Elizondo'], 'Zócalo Metropolitano Digital',
    'Cerca de 5 mil personas marcharon la mañana de este viernes',
    'La marcha transcurrió sin incidentes y concluyó poco después de la una de la tarde.',
    ['Zócalo Metropolitano Digital / Nacional', 'Actualizado: 2011-09-16 18:05:44',
     'Te puede interesar | Aumentan los robos de vehículos en San Nicolás y Guadalupe', 'MÁS NOTICIAS',
     'Suspenden clases en Apodaca por amenaza de bomba', 'Cierran la avenida Constitución por obras del metro',
     'Síguenos en Twitter @ZocaloMetro_ej'],
    ['La organización convocante calcula que en el estado hay al menos 600 casos denunciados ante el Ministerio Público que no han sido resueltos.',
     'Un grupo de funcionarios de la Procuraduría estatal recibió el documento y se comprometió a instalar una mesa de trabajo con las familias a partir de la próxima semana.'],
    section='Nacional', photo_credit='Zócalo Metropolitano / Archivo')))

# ---------------------------------------------------------------- ac30 press San Luis Potosí, cp1252, CRLF, NBSP, stray control byte, FIN
t30 = """Secretaría de Educación de Gobierno del Estado
SAN LUIS POTOSÍ
No. SEGE/245/2012

San Luis Potosí, S.L.P., 21 de agosto de 2012

INICIAN CLASES 612 MIL ALUMNOS DE EDUCACIÓN BÁSICA EN SAN LUIS POTOSÍ

Un total de 612\u00a0mil alumnos de preescolar, primaria y secundaria regresaron este lunes a las aulas en las más de 7 mil escuelas de educación básica del estado, informó la Secretaría de Educación de Gobierno del Estado (SEGE).

El secretario de Educación, Arturo Zamanillo Ledesma, encabezó la ceremonia de inicio del ciclo escolar 2012-2013 en la escuela primaria “Mariano Jiménez” de Soledad de Graciano Sánchez, donde entregó paquetes de útiles escolares y uniformes a los 540 alumnos del plantel.

El funcionario explicó que este año se distribuyeron 4.8 millones de libros de texto gratuitos y que se cubrieron las 312 plazas de maestros que quedaron vacantes por jubilación durante el ciclo anterior.\x1a

Zamanillo Ledesma reconoció que todavía hay 45 escuelas de la Huasteca y la Zona Media con daños en techos y sanitarios, cuya rehabilitación quedará concluida en octubre con recursos del programa Escuela Digna.

Pidió a los padres de familia no condicionar la inscripción de sus hijos al pago de cuotas voluntarias y reportar cualquier cobro indebido al teléfono de atención ciudadana de la dependencia.

Las vacaciones de invierno comenzarán el 21 de diciembre, de acuerdo con el calendario oficial.

FIN

Departamento de Comunicación Social SEGE
Tel.\u00a0444 000 0000 ext. 000 · comunicacion@sege.example
"""
FILES.append(('ac30.text', enc(t30, 'cp1252', '\r\n'), G(
    'press_release', 'INICIAN CLASES 612 MIL ALUMNOS DE EDUCACIÓN BÁSICA EN SAN LUIS POTOSÍ', '2012-08-21',
    [], 'Secretaría de Educación de Gobierno del Estado',
    'Un total de 612 mil alumnos de preescolar, primaria y secundaria regresaron',
    'Las vacaciones de invierno comenzarán el 21 de diciembre, de acuerdo con el calendario oficial.',
    ['No. SEGE/245/2012', 'San Luis Potosí, S.L.P., 21 de agosto de 2012', 'FIN',
     'Departamento de Comunicación Social SEGE', 'Tel. 444 000 0000 ext. 000', 'comunicacion@sege.example'],
    ['El funcionario explicó que este año se distribuyeron 4.8 millones de libros de texto gratuitos y que se cubrieron las 312 plazas de maestros que quedaron vacantes por jubilación durante el ciclo anterior.',
     'Pidió a los padres de familia no condicionar la inscripción de sus hijos al pago de cuotas voluntarias y reportar cualquier cobro indebido al teléfono de atención ciudadana de la dependencia.'],
    bulletin_number='SEGE/245/2012', issuer='Secretaría de Educación de Gobierno del Estado',
    dateline_city='San Luis Potosí')))
