# -*- coding: utf-8 -*-
"""Files ac01-ac10."""
from _util import enc, G, BAD

FILES = []

# ---------------------------------------------------------------- ac01 wire, cp1252, CRLF
t01 = """La Voz del Nazas :: Regional

CLAUSURAN 12 PIPAS DE AGUA IRREGULARES EN GÓMEZ PALACIO

Publicado: 14/08/2008 11:42
Por: Héctor Ruvalcaba Lozano
ENVIAR | IMPRIMIR | COMENTAR

Foto: La Voz del Nazas / Archivo

GÓMEZ PALACIO, DGO.- El Sistema Descentralizado de Agua Potable clausuró este miércoles 12 pipas que distribuían agua sin certificado sanitario en colonias del oriente de la ciudad, informó su titular, Ramiro Celis Andrade.

El funcionario explicó que los inspectores detectaron las unidades durante un operativo en las colonias Santa Rosa, El Campestre y Ampliación Filadelfia, donde los vecinos compraban el garrafón a cinco pesos y el tambo a 35 pesos. Las muestras tomadas a seis de las pipas fueron enviadas al laboratorio estatal.Lee también: Suspenden tandeo en 40 colonias de Lerdo por falla en pozo

Celis Andrade señaló que en tres de las muestras se encontraron niveles de arsénico superiores a lo que permite la norma, por lo que se pidió a la Jurisdicción Sanitaria que revise los pozos particulares de donde se extrae el líquido.

"No estamos en contra de quien vende agua, pero tiene que ser agua segura para las familias", dijo el funcionario. Añadió que los propietarios de las pipas podrán recuperar sus unidades una vez que paguen la multa y presenten el certificado de potabilidad.

Vecinos de la colonia Santa Rosa manifestaron que recurren a las pipas porque el servicio de la red se interrumpe hasta cuatro días por semana durante el verano. El organismo prometió que antes de que termine el mes entrará en operación el nuevo pozo de la colonia Valle del Nazas, que abastecerá a unas 9 mil viviendas.

Síguenos en Twitter: @vozdelnazas_ed
Comentarios: redaccion@vozdelnazas.example | Tel. 000 000 0000
© 2008 La Voz del Nazas. Todos los derechos reservados.
"""
FILES.append(('ac01.txt', enc(t01, 'cp1252', '\r\n'), G(
    'wire', 'CLAUSURAN 12 PIPAS DE AGUA IRREGULARES EN GÓMEZ PALACIO', '2008-08-14',
    ['Héctor Ruvalcaba Lozano'], 'La Voz del Nazas',
    'El Sistema Descentralizado de Agua Potable clausuró este miércoles 12 pipas',
    'que abastecerá a unas 9 mil viviendas.',
    ['La Voz del Nazas :: Regional', 'ENVIAR | IMPRIMIR | COMENTAR', 'GÓMEZ PALACIO, DGO.-',
     'Lee también: Suspenden tandeo en 40 colonias de Lerdo por falla en pozo',
     'Síguenos en Twitter: @vozdelnazas_ed', 'redaccion@vozdelnazas.example',
     'Tel. 000 000 0000', '© 2008 La Voz del Nazas. Todos los derechos reservados.'],
    ['Las muestras tomadas a seis de las pipas fueron enviadas al laboratorio estatal.',
     'Celis Andrade señaló que en tres de las muestras se encontraron niveles de arsénico superiores a lo que permite la norma, por lo que se pidió a la Jurisdicción Sanitaria que revise los pozos particulares de donde se extrae el líquido.'],
    section='Regional', photo_credit='La Voz del Nazas / Archivo')))

# ---------------------------------------------------------------- ac02 press Hidalgo, utf-8, LF, trailing spaces
t02 = """SECRETARÍA DE SALUD DE HIDALGO   
Coordinación General de Comunicación Social  
Boletín 1102   
Pachuca de Soto, Hgo., 22 de marzo de 2011  

ENTREGA SALUD HIDALGO 14 AMBULANCIAS A MUNICIPIOS DE LA HUASTECA  

- Las unidades cuentan con equipo para atender partos y urgencias cardiacas   

La Secretaría de Salud de Hidalgo entregó este martes 14 ambulancias equipadas a hospitales y centros de salud de Huejutla, Atlapexco, Huautla, Yahualica, San Felipe Orizatlán y Jaltocán, con una inversión de 18.6 millones de pesos provenientes del Seguro Popular.  

En la explanada del Hospital Regional de la Huasteca, el secretario de Salud, Joaquín Almaraz Pichardo, explicó que cada unidad cuenta con monitor de signos vitales, desfibrilador, incubadora de traslado y equipo para la atención de partos, lo que permitirá reducir los tiempos de traslado de pacientes graves hacia Pachuca.  

"Antes una familia de Yahualica tenía que esperar hasta tres horas a que llegara una ambulancia; con estas unidades el tiempo de respuesta bajará a menos de 40 minutos", señaló el funcionario ante presidentes municipales de la región.  

Almaraz Pichardo informó que durante el año pasado se registraron en la Huasteca 312 traslados de mujeres embarazadas con complicaciones, de los cuales una tercera parte se hizo en vehículos particulares o de protección civil que no contaban con el equipo necesario.   

Los ayuntamientos beneficiados se comprometieron a cubrir el salario de los operadores y el combustible, mientras que la dependencia estatal capacitará a 42 paramédicos en el Centro Regulador de Urgencias Médicas durante las próximas cuatro semanas.  

Con esta entrega suman 37 ambulancias distribuidas en el estado desde 2009, informó la dependencia.  

---o0o---  

Coordinación General de Comunicación Social  
Tel. 01 (771) 000 0000 ext. 000  
comunicacion.salud@hidalgo.example  
"""
FILES.append(('ac02.txt', enc(t02), G(
    'press_release', 'ENTREGA SALUD HIDALGO 14 AMBULANCIAS A MUNICIPIOS DE LA HUASTECA', '2011-03-22',
    [], 'Secretaría de Salud de Hidalgo',
    'Las unidades cuentan con equipo para atender partos y urgencias cardiacas',
    'suman 37 ambulancias distribuidas en el estado desde 2009, informó la dependencia.',
    ['Coordinación General de Comunicación Social', 'Boletín 1102', 'Pachuca de Soto, Hgo., 22 de marzo de 2011',
     '---o0o---', 'Tel. 01 (771) 000 0000 ext. 000', 'comunicacion.salud@hidalgo.example'],
    ['Los ayuntamientos beneficiados se comprometieron a cubrir el salario de los operadores y el combustible, mientras que la dependencia estatal capacitará a 42 paramédicos en el Centro Regulador de Urgencias Médicas durante las próximas cuatro semanas.',
     'Con esta entrega suman 37 ambulancias distribuidas en el estado desde 2009, informó la dependencia.'],
    bulletin_number='1102', issuer='Secretaría de Salud de Hidalgo', dateline_city='Pachuca de Soto')))

# ---------------------------------------------------------------- ac03 jekyll, utf-8, LF, date with offset (UTC is next day)
t03 = """---
layout: post
title: "La feria de Jalpan vuelve a la plaza principal después de tres años"
date: 2010-04-18 21:40:00 -0600
categories: [Cultura, Portada]
author: Rosalba Téllez Ugalde
comments: true
---

Después de tres años en el lienzo charro de las afueras, la Feria de Jalpan de Serra regresará a la plaza principal y a las calles del centro histórico, acordó el cabildo en su sesión del sábado.

<!--more-->

![Desfile inaugural de la feria](/images/2010/04/feria-jalpan.jpg)
*Foto: Rosalba Téllez Ugalde*

La decisión fue tomada a petición de los comerciantes del primer cuadro, quienes aseguraron que sus ventas cayeron hasta 40 por ciento desde que la feria se trasladó al lienzo. El regidor de Comercio, Isidro Ledesma Olvera, explicó que los juegos mecánicos se instalarán en el estacionamiento del mercado y que la calle Hidalgo quedará cerrada al tránsito durante los nueve días del festejo.

Los vecinos del barrio de San José no están del todo conformes. Doña Herminia Chávez, que vive frente al jardín desde hace 50 años, recordó que en la última feria celebrada en el centro los bailes terminaban a las tres de la mañana. "Queremos la feria, pero también queremos dormir", me dijo mientras barría la banqueta.

El cabildo prometió que la música se apagará a la una de la mañana y que habrá elementos de seguridad pública en cada acceso a la plaza. También se habilitarán sanitarios portátiles en el costado de la misión, para evitar los problemas de otros años.

El programa incluye la tradicional cabalgata desde Landa de Matamoros, un encuentro de huapangueros de la Sierra Gorda y la coronación de la reina el viernes 30 de abril. La entrada será gratuita, salvo para el palenque, cuyos boletos costarán 150 pesos.

{% include comentarios.html %}
"""
FILES.append(('ac03.markdown', enc(t03), G(
    'jekyll', 'La feria de Jalpan vuelve a la plaza principal después de tres años', '2010-04-18',
    ['Rosalba Téllez Ugalde'], None,
    'Después de tres años en el lienzo charro de las afueras, la Feria',
    'cuyos boletos costarán 150 pesos.',
    ['{% include comentarios.html %}'],
    ['"Queremos la feria, pero también queremos dormir", me dijo mientras barría la banqueta.',
     'También se habilitarán sanitarios portátiles en el costado de la misión, para evitar los problemas de otros años.'],
    section='Cultura', placement=['Portada'], photo_credit='Rosalba Téllez Ugalde')))

# ---------------------------------------------------------------- ac04 generic, utf-8, LF, NBSP
t04 = """Reabren el mercado Hidalgo de Zacatecas tras siete meses de obras

Los 146 locatarios del mercado Hidalgo volvieron este lunes a sus puestos después de siete meses de trabajos de remodelación que costaron 23\u00a0millones de pesos y que, según los propios comerciantes, se alargaron casi el doble de lo previsto.

Desde temprano, las fondas del segundo piso ofrecieron café de olla y gorditas a los primeros clientes, mientras en la planta baja los carniceros terminaban de acomodar sus vitrinas. La obra incluyó el cambio total de la instalación eléctrica, nuevos drenajes, la impermeabilización de la cúpula y la restauración de la fachada de cantera rosa.

Amparo Delgadillo, quien vende chiles secos en el pasillo central desde 1978, dijo que los meses en la plaza provisional fueron los peores que recuerda. "Allá afuera nadie nos encontraba, vendíamos la mitad", comentó. Otros locatarios se quejaron de que las nuevas cortinas metálicas son más angostas que las anteriores y de que todavía faltan tomas de agua en la zona de frutas.

La administración del mercado informó que esas observaciones se atenderán en las próximas semanas con recursos del fondo de mantenimiento, y que el horario será de siete de la mañana a ocho de la noche todos los días.

Para el próximo domingo se prepara una verbena con la banda municipal y la bendición del inmueble, a la que se invitó a los vecinos del centro histórico.\u00a0
"""
FILES.append(('ac04.text', enc(t04), G(
    'generic', 'Reabren el mercado Hidalgo de Zacatecas tras siete meses de obras', None,
    [], None,
    'Los 146 locatarios del mercado Hidalgo volvieron este lunes a sus puestos',
    'a la que se invitó a los vecinos del centro histórico.',
    [],
    ['"Allá afuera nadie nos encontraba, vendíamos la mitad", comentó.',
     'La obra incluyó el cambio total de la instalación eléctrica, nuevos drenajes, la impermeabilización de la cúpula y la restauración de la fachada de cantera rosa.'])))

# ---------------------------------------------------------------- ac05 wire, utf-8 BOM, LF, markdown ## title + outlet/date byline
t05 = """## Rescatan a 23 migrantes abandonados en la caja de un tráiler en Matehuala

**Noticias Altiplano Web** | 3 de septiembre de 2012 | Por Ernesto Zavala Quintero

Sección: Seguridad

*Foto: Especial*

Veintitrés migrantes centroamericanos, entre ellos cuatro menores de edad, fueron rescatados la noche del domingo de la caja de un tráiler abandonado en un paradero de la carretera 57, a la altura del entronque con la salida a Cedral.

De acuerdo con la Policía Estatal, un trailero que se detuvo a cenar escuchó golpes en el interior de la caja y dio aviso al número de emergencias. Los agentes forzaron el candado y encontraron a 19 hombres y cuatro mujeres con signos de deshidratación. Te puede interesar: Cierran por tres días el tramo Matehuala-Saltillo por obras en el puente El Huizache Los rescatados dijeron que llevaban más de 20 horas encerrados y que habían pagado hasta 3 mil dólares cada uno para ser llevados a Nuevo Laredo.

Los migrantes, originarios de Honduras, Guatemala y El Salvador, fueron trasladados al hospital general de Matehuala, donde dos de ellos permanecían internados ayer por la tarde. El resto quedó bajo resguardo del Instituto Nacional de Migración.

La Procuraduría General de Justicia del Estado abrió una averiguación previa por el delito de tráfico de personas. El tractocamión tenía placas de Tamaulipas y, según los primeros reportes, había sido robado la semana pasada en Monterrey.

Organizaciones de apoyo a migrantes en el Altiplano advirtieron que en lo que va del año se han localizado al menos cinco cajas de tráiler con personas en condiciones similares en la misma carretera.

Con información de Notimex.

Recibe las noticias más importantes del Altiplano en tu correo: suscríbete a nuestro boletín.

### MÁS NOTICIAS

- Detienen a tres por robo de ganado en Villa de Guadalupe
- Presentan la Feria Regional de Matehuala 2012
"""
FILES.append(('ac05.md', enc(t05, bom=True), G(
    'wire', 'Rescatan a 23 migrantes abandonados en la caja de un tráiler en Matehuala', '2012-09-03',
    ['Ernesto Zavala Quintero'], 'Noticias Altiplano Web',
    'Veintitrés migrantes centroamericanos, entre ellos cuatro menores de edad, fueron rescatados',
    'personas en condiciones similares en la misma carretera.',
    ['Sección: Seguridad',
     'Te puede interesar: Cierran por tres días el tramo Matehuala-Saltillo por obras en el puente El Huizache',
     'Con información de Notimex.', 'suscríbete a nuestro boletín', 'MÁS NOTICIAS',
     'Detienen a tres por robo de ganado en Villa de Guadalupe',
     'Presentan la Feria Regional de Matehuala 2012'],
    ['Los agentes forzaron el candado y encontraron a 19 hombres y cuatro mujeres con signos de deshidratación.',
     'Los rescatados dijeron que llevaban más de 20 horas encerrados y que habían pagado hasta 3 mil dólares cada uno para ser llevados a Nuevo Laredo.'],
    section='Seguridad', photo_credit='Especial')))

# ---------------------------------------------------------------- ac06 press Querétaro, cp1252, CRLF, dateline opening first paragraph
t06 = """MUNICIPIO DE QUERÉTARO
Coordinación de Comunicación Social
No. 318/2009

INICIA PROGRAMA "CALLE LIMPIA, BARRIO SEGURO" EN 40 COLONIAS DE LA DELEGACIÓN EPIGMENIO GONZÁLEZ

Santiago de Querétaro, Qro., 5 de noviembre de 2009.- El Municipio de Querétaro puso en marcha el programa "Calle Limpia, Barrio Seguro", con el que se rehabilitarán luminarias, se retirarán vehículos abandonados y se limpiarán lotes baldíos en 40 colonias de la delegación Epigmenio González.

Durante el arranque en la colonia Menchaca II, el presidente municipal, Armando Villagrán Mejía, explicó que el programa tendrá una inversión de 6.4 millones de pesos y se desarrollará en un plazo de ocho semanas, con la participación de 220 trabajadores de Servicios Públicos Municipales.

El edil detalló que se repararán mil 300 luminarias, se retirarán cerca de 90 vehículos abandonados en la vía pública y se notificará a los propietarios de 150 lotes baldíos para que los limpien y bardeen, o de lo contrario el municipio realizará los trabajos con cargo a su predial.

"La seguridad empieza por algo tan sencillo como una calle iluminada y un terreno sin basura", señaló Villagrán Mejía, quien pidió a los vecinos reportar las fallas en el alumbrado al teléfono de atención ciudadana.

Por su parte, la delegada Epigmenio González, Sofía Camacho Reséndiz, informó que los comités vecinales participarán en la supervisión de los trabajos y que al término de cada semana se publicará en los tableros de la delegación el avance por colonia.

Las siguientes delegaciones en recibir el programa serán Félix Osores Sotomayor y Felipe Carrillo Puerto, a partir de enero de 2010.

-oOo-

Coordinación de Comunicación Social
Municipio de Querétaro
Tels. 000 000 00 00 / 000 000 00 01
prensa@municipioqro.example
"""
FILES.append(('ac06.txt', enc(t06, 'cp1252', '\r\n'), G(
    'press_release', 'INICIA PROGRAMA "CALLE LIMPIA, BARRIO SEGURO" EN 40 COLONIAS DE LA DELEGACIÓN EPIGMENIO GONZÁLEZ',
    '2009-11-05', [], 'Municipio de Querétaro',
    'El Municipio de Querétaro puso en marcha el programa "Calle Limpia, Barrio Seguro"',
    'Felipe Carrillo Puerto, a partir de enero de 2010.',
    ['Coordinación de Comunicación Social', 'No. 318/2009', 'Santiago de Querétaro, Qro., 5 de noviembre de 2009.-',
     '-oOo-', 'Tels. 000 000 00 00 / 000 000 00 01', 'prensa@municipioqro.example'],
    ['"La seguridad empieza por algo tan sencillo como una calle iluminada y un terreno sin basura", señaló Villagrán Mejía, quien pidió a los vecinos reportar las fallas en el alumbrado al teléfono de atención ciudadana.',
     'Las siguientes delegaciones en recibir el programa serán Félix Osores Sotomayor y Felipe Carrillo Puerto, a partir de enero de 2010.'],
    bulletin_number='318/2009', issuer='Municipio de Querétaro', dateline_city='Santiago de Querétaro')))

# ---------------------------------------------------------------- ac07 bad: front matter without body
t07 = """---
layout: post
title: "Pendiente: nota de la sesión de cabildo de Fresnillo"
date: 2009-06-12 18:20:00 -0500
categories: [municipios]
author: Gonzalo Ibarra
published: true
---

"""
FILES.append(('ac07.md', enc(t07), BAD('El archivo solo contiene encabezado (front matter) y no tiene cuerpo de nota.')))

# ---------------------------------------------------------------- ac08 jekyll, utf-8, CRLF, fecha: day-first, published false, block tags
t08 = """---
layout: nota
title: "Comerciantes de Nogales piden abrir la garita “Morley” también en domingo"
fecha: 23/04/2011
category: Frontera
tags:
  - Nogales
  - garitas
  - comercio
autor: Lorena Valdez Moreno
source: "Apuntes de Nogales"
published: false
---

Comerciantes del centro de Nogales entregaron al consulado de Estados Unidos un escrito con más de 2 mil firmas para pedir que la garita peatonal “Morley” abra también los domingos, día en que permanece cerrada desde 2009.

La garita, ubicada a un costado de la avenida Obregón, es la puerta de entrada de buena parte de los compradores que vienen de Arizona a las farmacias, curiosidades y restaurantes del primer cuadro. Los domingos, esos visitantes deben caminar hasta la garita DeConcini, donde las filas superan la hora de espera.

Ramón Grijalva, presidente de la asociación de comerciantes del centro, calculó que el cierre dominical les cuesta alrededor de 30 por ciento de las ventas del fin de semana. “Los domingos eran nuestro mejor día; ahora la gente ni se acerca”, dijo.

El cónsul adjunto recibió el documento y se comprometió a turnarlo a la Oficina de Aduanas y Protección Fronteriza, que es la que decide los horarios de los cruces. Hasta ahora, la explicación oficial ha sido la falta de personal para cubrir los fines de semana.

Los comerciantes también pidieron al Ayuntamiento mejorar el alumbrado y la vigilancia de la calle Elías, por donde cruzan los visitantes que salen de la garita. El alcalde se comprometió a instalar una caseta de policía turística antes del verano.

La asociación planea volver a reunirse con autoridades de ambos lados de la frontera a mediados de mayo.
"""
FILES.append(('ac08.md', enc(t08, eol='\r\n'), G(
    'jekyll', 'Comerciantes de Nogales piden abrir la garita “Morley” también en domingo', '2011-04-23',
    ['Lorena Valdez Moreno'], 'Apuntes de Nogales',
    'Comerciantes del centro de Nogales entregaron al consulado de Estados Unidos',
    'ambos lados de la frontera a mediados de mayo.',
    [],
    ['“Los domingos eran nuestro mejor día; ahora la gente ni se acerca”, dijo.',
     'El alcalde se comprometió a instalar una caseta de policía turística antes del verano.'],
    section='Frontera', published=False)))

# ---------------------------------------------------------------- ac09 wire, utf-8, LF, HTML entities, English-like date, agency-only byline
t09 = """Agencia Informativa del Centro | Estados | Tlaxcala

APRUEBA CONGRESO DE TLAXCALA REFORMA AL C&Oacute;DIGO CIVIL PARA AGILIZAR ADOPCIONES

Thursday, March 12, 2009 10:32 AM
Por AIC

ENVIAR | IMPRIMIR | COMENTAR

Tlaxcala, Tlax. (AIC).- Con 28 votos a favor y dos abstenciones, el Congreso del estado aprob&oacute; este jueves una reforma al C&oacute;digo Civil que reduce de 18 a seis meses el plazo para resolver los juicios de adopci&oacute;n de ni&ntilde;as y ni&ntilde;os que viven en casas hogar.

La iniciativa, presentada por la diputada Graciela Tecuapacho Rojas, establece que el Sistema Estatal DIF deber&aacute; emitir el certificado de idoneidad de los solicitantes en un m&aacute;ximo de 60 d&iacute;as h&aacute;biles, y que los jueces familiares dar&aacute;n prioridad a los expedientes de menores de cinco a&ntilde;os.

Durante la discusi&oacute;n, la legisladora record&oacute; que en Tlaxcala viven 143 menores en albergues p&uacute;blicos y privados, y que en 2008 solo se concretaron nueve adopciones. &quot;Hay ni&ntilde;os que entraron a una casa hogar a los dos a&ntilde;os y salieron a los 18 sin haber tenido una familia&quot;, expuso en tribuna.

Los dos diputados que se abstuvieron argumentaron que la reforma no contempla recursos adicionales para los juzgados familiares, que ya tienen un rezago de m&aacute;s de 400 expedientes. El presidente de la Comisi&oacute;n de Puntos Constitucionales respondi&oacute; que el tema se atender&aacute; en el presupuesto de 2010.

La reforma entrar&aacute; en vigor al d&iacute;a siguiente de su publicaci&oacute;n en el Peri&oacute;dico Oficial del Estado, y el DIF tendr&aacute; 90 d&iacute;as para adecuar su reglamento interno.

Comentarios (0) | Votos: 0

&copy; Agencia Informativa del Centro. Prohibida su reproducci&oacute;n total o parcial.
"""
FILES.append(('ac09.txt', enc(t09), G(
    'wire', 'APRUEBA CONGRESO DE TLAXCALA REFORMA AL CÓDIGO CIVIL PARA AGILIZAR ADOPCIONES', '2009-03-12',
    [], 'Agencia Informativa del Centro',
    'Con 28 votos a favor y dos abstenciones, el Congreso del estado aprobó',
    'el DIF tendrá 90 días para adecuar su reglamento interno.',
    ['Agencia Informativa del Centro | Estados | Tlaxcala', 'ENVIAR | IMPRIMIR | COMENTAR',
     'Tlaxcala, Tlax. (AIC).-', 'Comentarios (0) | Votos: 0',
     'Prohibida su reproducción total o parcial.'],
    ['"Hay niños que entraron a una casa hogar a los dos años y salieron a los 18 sin haber tenido una familia", expuso en tribuna.',
     'Los dos diputados que se abstuvieron argumentaron que la reforma no contempla recursos adicionales para los juzgados familiares, que ya tienen un rezago de más de 400 expedientes.'],
    section='Estados')))

# ---------------------------------------------------------------- ac10 press Zacatecas, utf-8 (ASCII, accents lost), LF
t10 = """Gobierno del Estado de Zacatecas | Secretaria de Educacion y Cultura

COMUNICADO
Boletin No. 0457
Zacatecas, Zac., a 17 de febrero de 2007

ARRANCA SEC CAMPANA DE ALFABETIZACION EN 12 MUNICIPIOS DEL SEMIDESIERTO

Con la meta de que 6 mil adultos aprendan a leer y escribir antes de que termine el ano, la Secretaria de Educacion y Cultura (SEC) inicio la campana "Palabra que Cuenta" en 12 municipios del semidesierto zacatecano, entre ellos Mazapil, Concepcion del Oro, El Salvador y Villa de Cos.

El titular de la dependencia, Efrain Solis Murillo, explico que en esa region el rezago educativo alcanza a casi 18 por ciento de la poblacion mayor de 15 anos, el doble del promedio estatal, y que la mayoria de las personas que no saben leer son mujeres de comunidades con menos de 500 habitantes.

Para la campana se capacito a 430 asesores voluntarios, en su mayoria estudiantes de bachillerato y de las normales de la entidad, quienes daran clases por las tardes en escuelas, casas ejidales y templos. Cada asesor recibira una gratificacion mensual de mil 200 pesos.

Solis Murillo senalo que se entregaran paquetes de libros y cuadernos elaborados por el Instituto Nacional para la Educacion de los Adultos, y que al final del curso los participantes podran presentar el examen para obtener su certificado de primaria.

"En pleno siglo XXI no podemos aceptar que una madre de familia no pueda leer la receta del medico o la boleta de sus hijos", afirmo el funcionario durante el arranque en la comunidad de Cedros, en Mazapil.

Los interesados pueden inscribirse en la presidencia municipal de su localidad o en las oficinas regionales de la SEC.

* * *

Coordinacion de Comunicacion Social SEC
Tel. 01 492 000 0000
comunicacion.sec@zacatecas.example
"""
FILES.append(('ac10.md', enc(t10), G(
    'press_release', 'ARRANCA SEC CAMPANA DE ALFABETIZACION EN 12 MUNICIPIOS DEL SEMIDESIERTO', '2007-02-17',
    [], 'Secretaria de Educacion y Cultura',
    'Con la meta de que 6 mil adultos aprendan a leer y escribir',
    'en las oficinas regionales de la SEC.',
    ['Gobierno del Estado de Zacatecas | Secretaria de Educacion y Cultura', 'COMUNICADO',
     'Boletin No. 0457', 'Zacatecas, Zac., a 17 de febrero de 2007', '* * *',
     'Coordinacion de Comunicacion Social SEC', 'Tel. 01 492 000 0000',
     'comunicacion.sec@zacatecas.example'],
    ['Cada asesor recibira una gratificacion mensual de mil 200 pesos.',
     'Los interesados pueden inscribirse en la presidencia municipal de su localidad o en las oficinas regionales de la SEC.'],
    bulletin_number='0457', issuer='Secretaria de Educacion y Cultura', dateline_city='Zacatecas')))
