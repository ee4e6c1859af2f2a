# -*- coding: utf-8 -*-
"""Files ac11-ac20."""
from _util import enc, G, BAD

FILES = []

# ---------------------------------------------------------------- ac11 jekyll, utf-8, LF, quoted date, block categories with placement
t11 = """---
layout: post
title: "Pachuca: el Reloj Monumental cumple 100 años y se queda sin campanas"
date: "2010-09-15"
autor: Fermín Austria Licona
categories:
  - Destacadas
  - Crónica
tags: [Pachuca, Centenario, patrimonio]
---

El Reloj Monumental de Pachuca cumple este miércoles cien años de haber sido inaugurado y lo hace en silencio: sus ocho campanas, fundidas en Austria, fueron retiradas en julio para ser restauradas y no estarán de vuelta antes de las fiestas patrias, como se había prometido.

La torre de cantera, que se levantó para conmemorar el Centenario de la Independencia, fue por décadas el punto de reunión de los pachuqueños. Debajo de ella se citaban los novios, se hacían los mítines y se esperaba el camión a Real del Monte. Hoy está rodeada por una malla y por andamios que cubren la mitad de su fachada.

El cronista municipal, Bartolo Meneses Cravioto, me explicó que la restauración de la maquinaria original es delicada porque varias piezas ya no se fabrican y hubo que mandar hacerlas en un taller de la Ciudad de México. "Preferimos que tarde a que quede mal; es un reloj que ha funcionado un siglo", dijo.

Los festejos del centenario se limitarán a una ceremonia cívica, una exposición fotográfica en los portales de la plaza y un concierto de la Banda Sinfónica del Estado el sábado por la noche.

Entre los paseantes de ayer había más resignación que enojo. "Toda la vida he puesto mi reloj con sus campanadas", contó don Everardo, bolero de la plaza desde hace 40 años, mientras señalaba la torre vacía.

Según el ayuntamiento, las campanas regresarán a la torre en noviembre.
"""
FILES.append(('ac11.markdown', enc(t11), G(
    'jekyll', 'Pachuca: el Reloj Monumental cumple 100 años y se queda sin campanas', '2010-09-15',
    ['Fermín Austria Licona'], None,
    'El Reloj Monumental de Pachuca cumple este miércoles cien años',
    'las campanas regresarán a la torre en noviembre.',
    [],
    ['"Preferimos que tarde a que quede mal; es un reloj que ha funcionado un siglo", dijo.',
     'Hoy está rodeada por una malla y por andamios que cubren la mitad de su fachada.'],
    section='Crónica', placement=['Destacadas'])))

# ---------------------------------------------------------------- ac12 generic, cp1252, CRLF, markdown heading
t12 = """# Productores de nopal de Tlalnepantla piden apoyo tras granizada

Texto y fotos: Mauricio Arellano Pineda

Cerca de 300 hectáreas de nopal verdura resultaron dañadas por la granizada que cayó la tarde del viernes en Tlalnepantla, Morelos, según el recuento que hicieron los propios productores durante el fin de semana.

En parcelas de los parajes El Pedregal y Tepetlapa, las pencas quedaron perforadas y muchas plantas jóvenes fueron arrancadas por el viento. "En veinte minutos se nos fue la cosecha de tres meses", dijo Nicolás Cortés, quien siembra cuatro hectáreas junto con sus hermanos.

Los productores calculan pérdidas por más de 15 millones de pesos, y temen que el daño se refleje también en la siguiente cosecha, porque las plantas lastimadas tardan en recuperarse y son más propensas a las plagas.

Este lunes, un grupo de 60 nopaleros acudió a la presidencia municipal para pedir que se gestione ante la Secretaría de Desarrollo Agropecuario el seguro catastrófico y la entrega de fertilizante a bajo costo. El alcalde se comprometió a levantar un censo de los daños durante esta semana y a enviarlo al gobierno del estado.

Tlalnepantla produce cerca de la mitad del nopal que se vende en la Central de Abasto de la Ciudad de México, por lo que los comerciantes ya anticipan que el precio de la caja podría subir en las próximas semanas.

Los productores advirtieron que, si no reciben respuesta antes de fin de mes, llevarán su protesta a Cuernavaca.
"""
FILES.append(('ac12.txt', enc(t12, 'cp1252', '\r\n'), G(
    'generic', 'Productores de nopal de Tlalnepantla piden apoyo tras granizada', None,
    ['Mauricio Arellano Pineda'], None,
    'Cerca de 300 hectáreas de nopal verdura resultaron dañadas por la granizada',
    'llevarán su protesta a Cuernavaca.',
    ['Texto y fotos: Mauricio Arellano Pineda'],
    ['"En veinte minutos se nos fue la cosecha de tres meses", dijo Nicolás Cortés, quien siembra cuatro hectáreas junto con sus hermanos.',
     'El alcalde se comprometió a levantar un censo de los daños durante esta semana y a enviarlo al gobierno del estado.'],
    photo_credit='Mauricio Arellano Pineda')))

# ---------------------------------------------------------------- ac13 wire, utf-8, mixed line endings, English-like date, two bylines, app pitch
t13 = """MONITOR SONORENSE  >  Hermosillo

Suspenden tandeo en 120 colonias de Hermosillo tras lluvias en la sierra

Jun 02, 2010 - 08:15 AM
Por Claudia Ibarra Félix y Jesús Manuel Valenzuela

Foto: Monitor Sonorense / Francisco Leyva

La recuperación de la presa Abelardo L. Rodríguez tras las lluvias de la última semana en la sierra permitirá suspender a partir de este miércoles el tandeo de agua en 120 colonias del poniente y sur de Hermosillo, informó Agua de Hermosillo.

El director del organismo, Rogelio Encinas Soto, explicó que el vaso de la presa pasó de 6 a 19 por ciento de su capacidad en diez días, lo que alcanza para garantizar el abasto continuo durante el verano, siempre y cuando los usuarios no desperdicien el líquido.

Relacionado: Hermosillo, la capital con el agua más cara del noroeste El funcionario reconoció que algunas colonias de la periferia, como Los Olivos y Solidaridad, seguirán con baja presión en las horas de mayor consumo, porque la red de esa zona es insuficiente y requiere una inversión que no está contemplada este año.

Vecinos de la colonia Insurgentes dijeron que durante los tres meses de tandeo tuvieron que comprar tinacos y bombas, y pidieron que se les descuente en el recibo el tiempo que no tuvieron servicio. El organismo respondió que se revisarán los casos en sus oficinas de atención.

Agua de Hermosillo anunció además que a partir de julio se multará a quienes laven banquetas o autos con manguera entre las 10 de la mañana y las seis de la tarde.

Descarga nuestra aplicación para BlackBerry y iPhone y recibe las noticias al momento.
Síguenos en Facebook: /MonitorSonorense
Comentarios: lectores@monitorsonorense.example
"""
FILES.append(('ac13.text', enc(t13, eol='mixed'), G(
    'wire', 'Suspenden tandeo en 120 colonias de Hermosillo tras lluvias en la sierra', '2010-06-02',
    ['Claudia Ibarra Félix', 'Jesús Manuel Valenzuela'], 'Monitor Sonorense',
    'La recuperación de la presa Abelardo L. Rodríguez tras las lluvias',
    'entre las 10 de la mañana y las seis de la tarde.',
    ['MONITOR SONORENSE  >  Hermosillo',
     'Relacionado: Hermosillo, la capital con el agua más cara del noroeste',
     'Descarga nuestra aplicación para BlackBerry y iPhone',
     'Síguenos en Facebook: /MonitorSonorense', 'lectores@monitorsonorense.example'],
    ['El funcionario reconoció que algunas colonias de la periferia, como Los Olivos y Solidaridad, seguirán con baja presión en las horas de mayor consumo, porque la red de esa zona es insuficiente y requiere una inversión que no está contemplada este año.',
     'El organismo respondió que se revisarán los casos en sus oficinas de atención.'],
    section='Hermosillo', photo_credit='Monitor Sonorense / Francisco Leyva')))

# ---------------------------------------------------------------- ac14 press Durango, utf-8, LF, stray control byte, "; a" dateline
t14 = """H. AYUNTAMIENTO DE DURANGO
Dirección Municipal de Comunicación Social

Boletín 1245

Victoria de Durango, Dgo.; a 9 de octubre de 2012

REFORESTARÁN EL PARQUE GUADIANA CON 5 MIL ÁRBOLES NATIVOS\x0b

Con la participación de estudiantes, clubes de servicio y trabajadores municipales, el Ayuntamiento de Durango iniciará el próximo sábado la reforestación del Parque Guadiana, donde se plantarán 5 mil árboles de especies nativas como mezquite, sabino y encino.

El director municipal de Medio Ambiente, Leonel Barraza Quiñones, explicó que la plaga de muérdago y la sequía de los últimos dos años provocaron la pérdida de cerca de 800 ejemplares en el principal pulmón de la ciudad, por lo que fue necesario retirar los árboles muertos antes de iniciar la plantación.

Detalló que los nuevos árboles provienen del vivero municipal y de una donación de la Comisión Nacional Forestal, y que tendrán una altura de entre 1.20 y 1.80 metros, lo que aumenta su posibilidad de sobrevivir al invierno.

Para garantizar el riego, se instalaron 3 kilómetros de mangueras de goteo conectadas a la planta de tratamiento de aguas residuales del oriente, que abastecerá al parque con agua tratada durante todo el año.

Barraza Quiñones invitó a las familias a sumarse a la jornada, que comenzará a las ocho de la mañana en el acceso de la avenida Guadiana. Cada voluntario podrá adoptar un árbol y registrarlo con su nombre en el padrón del parque.

La meta del Ayuntamiento es plantar 20 mil árboles en parques y camellones de la ciudad antes de que concluya la administración.

---000---

Dirección Municipal de Comunicación Social
Tel. 618 000 0000 | comsocial@municipiodurango.example
Twitter: @ComSocDgo_ej
"""
FILES.append(('ac14.txt', enc(t14), G(
    'press_release', 'REFORESTARÁN EL PARQUE GUADIANA CON 5 MIL ÁRBOLES NATIVOS', '2012-10-09',
    [], 'Ayuntamiento de Durango',
    'Con la participación de estudiantes, clubes de servicio y trabajadores municipales',
    'camellones de la ciudad antes de que concluya la administración.',
    ['H. AYUNTAMIENTO DE DURANGO', 'Boletín 1245', 'Victoria de Durango, Dgo.; a 9 de octubre de 2012',
     '---000---', 'Tel. 618 000 0000', 'comsocial@municipiodurango.example', '@ComSocDgo_ej'],
    ['Cada voluntario podrá adoptar un árbol y registrarlo con su nombre en el padrón del parque.',
     'La meta del Ayuntamiento es plantar 20 mil árboles en parques y camellones de la ciudad antes de que concluya la administración.'],
    bulletin_number='1245', issuer='Ayuntamiento de Durango', dateline_city='Victoria de Durango')))

# ---------------------------------------------------------------- ac15 bad: saved HTML page
t15 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="es">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>El Observador de Irapuato - Portada</title>
<link rel="stylesheet" type="text/css" href="css/estilos.css" />
<script type="text/javascript" src="js/jquery-1.3.2.min.js"></script>
</head>
<body>
<div id="cabecera"><a href="index.php"><img src="img/logo.gif" alt="El Observador" /></a></div>
<div id="menu"><ul><li><a href="seccion.php?id=1">Local</a></li><li><a href="seccion.php?id=2">Estado</a></li><li><a href="seccion.php?id=3">Deportes</a></li></ul></div>
<div id="contenido">
<h2><a href="nota.php?id=10422">Inauguran paso a desnivel en el bulevar Díaz Ordaz</a></h2>
<p class="resumen">El alcalde encabezó la apertura de la obra...</p>
<h2><a href="nota.php?id=10421">Cierran pozo en la colonia Las Heras</a></h2>
<p class="resumen">Vecinos reportan falta de agua desde el domingo...</p>
</div>
<div id="pie">&copy; 2009 El Observador de Irapuato</div>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-000000-1']);</script>
</body>
</html>
"""
FILES.append(('ac15.text', enc(t15, eol='\r\n'), BAD('Es una página HTML guardada (portada con lista de enlaces), no una nota; no se importa.')))

# ---------------------------------------------------------------- ac16 jekyll, utf-8 BOM, CRLF, Spanish long date, space-separated categories, author Redacción
t16 = """---
layout: post
title: Detienen a dos por asalto a gasolinera de la salida a Cuernavaca
date: 5 de octubre de 2009
categories: Portada Policiaca
author: Redacción
blog: "El Mirador de Cuautla"
---

Elementos de la Policía Preventiva de Cuautla detuvieron la madrugada del domingo a dos hombres señalados como responsables del asalto a una gasolinera ubicada en la carretera federal a Cuernavaca, a la altura de la colonia Gabriel Tepepa.

De acuerdo con el reporte policiaco, alrededor de las 2:30 horas los sujetos llegaron a bordo de una motocicleta, amenazaron con un arma de fuego a dos despachadores y se llevaron cerca de 4 mil pesos en efectivo. Uno de los empleados activó la alarma silenciosa y una patrulla que circulaba por la zona inició la persecución.

Los presuntos asaltantes fueron alcanzados en la calle Niño Artillero, donde derraparon al intentar dar vuelta. Los agentes les aseguraron un revólver calibre .38, el dinero robado y la motocicleta, que no tenía placas.

Los detenidos, de 19 y 23 años de edad, dijeron ser vecinos de Ayala y fueron puestos a disposición del Ministerio Público del fuero común, que investiga si participaron en otros tres asaltos a gasolineras cometidos en las últimas semanas en la región oriente.

Los empleados de la estación de servicio no resultaron heridos. El encargado del turno dijo que es la segunda vez en el año que asaltan la gasolinera y pidió mayor presencia policiaca durante la noche, pues los negocios de la zona cierran temprano y la carretera queda a oscuras.

El director de Seguridad Pública informó que se reforzarán los rondines nocturnos en la carretera federal y en el libramiento.

---
*¿Tienes información sobre esta nota? Escríbenos a elmiradorcuautla@correo.example*
"""
FILES.append(('ac16.md', enc(t16, eol='\r\n', bom=True), G(
    'jekyll', 'Detienen a dos por asalto a gasolinera de la salida a Cuernavaca', '2009-10-05',
    [], 'El Mirador de Cuautla',
    'Elementos de la Policía Preventiva de Cuautla detuvieron la madrugada del domingo',
    'rondines nocturnos en la carretera federal y en el libramiento.',
    ['¿Tienes información sobre esta nota? Escríbenos a elmiradorcuautla@correo.example'],
    ['Los agentes les aseguraron un revólver calibre .38, el dinero robado y la motocicleta, que no tenía placas.',
     'Los empleados de la estación de servicio no resultaron heridos.'],
    section='Policiaca', placement=['Portada'])))

# ---------------------------------------------------------------- ac17 wire, utf-8, LF, NBSP + curly quotes, Redacción byline
t17 = """Expreso del Bajío » Celaya

Alcalde de Celaya llama “irresponsables” a transportistas por paro de rutas urbanas

Redacción | 28/01/2013 | 13:47

(Foto: Expreso del Bajío / Mario Rangel)

El presidente municipal de Celaya, Ismael Pantoja Arredondo, calificó como “irresponsable” el paro de 14 rutas de transporte urbano que dejó sin servicio a miles de usuarios durante la mañana de este lunes, y advirtió que se sancionará a los concesionarios que participaron.

Desde las seis de la mañana, cientos de estudiantes y trabajadores esperaron inútilmente en las paradas del Eje Juan Pablo II y de la avenida Tecnológico. Muchos optaron por caminar o pagar taxis colectivos, cuyas tarifas subieron hasta 25\u00a0pesos por persona.

Los transportistas exigen que la tarifa pase de 6.50 a 8\u00a0pesos, argumentando el aumento en el precio del diésel y de las refacciones.\u00a0Lee también: Sube a 8 pesos el pasaje en León; usuarios protestan en la Central de Autobuses

El alcalde respondió que cualquier ajuste a la tarifa debe pasar por el Consejo Consultivo de Transporte y que no se negociará “bajo presión”. Informó que la dirección de Movilidad levantó actas a los concesionarios que retiraron sus unidades y que podrían perder la concesión si el paro se repite.

Hacia el mediodía, después de una reunión en la presidencia municipal, los líderes transportistas acordaron reanudar el servicio a cambio de una mesa de trabajo que sesionará a partir del próximo miércoles.

La Cámara de Comercio local estimó que el ausentismo laboral provocado por el paro le costó a los negocios del centro alrededor de 3 millones de pesos.

Comparte esta nota: Facebook | Twitter | Correo
Etiquetas: Celaya, transporte, tarifa
"""
FILES.append(('ac17.md', enc(t17), G(
    'wire', 'Alcalde de Celaya llama “irresponsables” a transportistas por paro de rutas urbanas', '2013-01-28',
    [], 'Expreso del Bajío',
    'El presidente municipal de Celaya, Ismael Pantoja Arredondo, calificó como “irresponsable”',
    'a los negocios del centro alrededor de 3 millones de pesos.',
    ['Expreso del Bajío » Celaya', 'Redacción | 28/01/2013 | 13:47',
     'Lee también: Sube a 8 pesos el pasaje en León; usuarios protestan en la Central de Autobuses',
     'Comparte esta nota: Facebook | Twitter | Correo', 'Etiquetas: Celaya, transporte, tarifa'],
    ['Los transportistas exigen que la tarifa pase de 6.50 a 8 pesos, argumentando el aumento en el precio del diésel y de las refacciones.',
     'Informó que la dirección de Movilidad levantó actas a los concesionarios que retiraron sus unidades y que podrían perder la concesión si el paro se repite.'],
    section='Celaya', photo_credit='Expreso del Bajío / Mario Rangel')))

# ---------------------------------------------------------------- ac18 press Coahuila, cp1252, CRLF, dateline on own line, ### end marker
t18 = """GOBIERNO DE COAHUILA
Secretaría de Desarrollo Social
Boletín No. 0914/2010

Llevan brigada de salud y registro civil a ejidos de General Cepeda

Saltillo, Coahuila, 14 de junio de 2010.-

Más de mil 800 habitantes de 11 ejidos de General Cepeda recibieron este fin de semana consultas médicas, cortes de cabello, actas de nacimiento y asesoría jurídica gratuita durante la Brigada Integral “Coahuila Contigo”, organizada por la Secretaría de Desarrollo Social.

La jornada se instaló en la escuela primaria del ejido Presa de San Antonio, hasta donde llegaron familias de comunidades como Jaguey de Ferniza, La Rosita y El Pilar, algunas de ellas a más de 40 kilómetros de la cabecera municipal.

El secretario de Desarrollo Social, Óscar Villarreal Garza, informó que se otorgaron 620 consultas médicas y 210 odontológicas, se aplicaron 340 vacunas y se expidieron 275 actas de nacimiento sin costo, además de 90 trámites de corrección de actas.

“Hay personas mayores que nunca habían tenido su acta y por eso no podían cobrar el apoyo de 70 y más; hoy se van con su documento en la mano”, expresó el funcionario.

En la brigada participaron también el DIF Coahuila, la Procuraduría de la Familia y el Instituto Estatal del Empleo, que ofreció información sobre cursos de capacitación y proyectos productivos para mujeres del medio rural.

La siguiente brigada se realizará el 26 de junio en ejidos de Parras de la Fuente.

###

Unidad de Comunicación Social
Secretaría de Desarrollo Social
Tel. (844) 000 0000
Twitter: @SedesoCoah_ej | Facebook: SedesoCoahuila
"""
FILES.append(('ac18.text', enc(t18, 'cp1252', '\r\n'), G(
    'press_release', 'Llevan brigada de salud y registro civil a ejidos de General Cepeda', '2010-06-14',
    [], 'Secretaría de Desarrollo Social',
    'Más de mil 800 habitantes de 11 ejidos de General Cepeda recibieron',
    'La siguiente brigada se realizará el 26 de junio en ejidos de Parras de la Fuente.',
    ['GOBIERNO DE COAHUILA', 'Boletín No. 0914/2010', 'Saltillo, Coahuila, 14 de junio de 2010.-', '###',
     'Unidad de Comunicación Social', 'Tel. (844) 000 0000', '@SedesoCoah_ej',
     'Facebook: SedesoCoahuila'],
    ['“Hay personas mayores que nunca habían tenido su acta y por eso no podían cobrar el apoyo de 70 y más; hoy se van con su documento en la mano”, expresó el funcionario.',
     'La siguiente brigada se realizará el 26 de junio en ejidos de Parras de la Fuente.'],
    bulletin_number='0914/2010', issuer='Secretaría de Desarrollo Social', dateline_city='Saltillo')))

# ---------------------------------------------------------------- ac19 generic, utf-8, LF, setext heading, date line
t19 = """Cumple 60 años la Escuela Normal Rural de San Marcos
=====================================================

Loreto, Zacatecas, sábado 20 de septiembre de 2008

Con una ceremonia en el patio principal y la presencia de egresados de todas las generaciones, la Escuela Normal Rural “General Matías Ramos Santos” de San Marcos celebró sus 60 años de fundación.

La escuela, que forma maestras de educación primaria para comunidades rurales, nació en 1948 en unas bodegas de una antigua hacienda. Hoy cuenta con 380 alumnas internas, la mayoría hijas de campesinos de Zacatecas, Durango, San Luis Potosí y Aguascalientes.

La directora, Eustolia Carrillo Medina, recordó que por sus aulas han pasado más de 6 mil maestras, muchas de las cuales fundaron escuelas en comunidades que no tenían ninguna. “Aquí se aprende a enseñar donde nadie más quiere ir”, dijo ante un auditorio en el que había exalumnas de más de 80 años.

Durante la ceremonia, las estudiantes presentaron un programa de bailes regionales y se develó una placa con los nombres de los primeros 42 egresados. También se inauguró un pequeño museo con fotografías, uniformes y cuadernos que donaron las familias de antiguos alumnos.

Las egresadas aprovecharon la ocasión para pedir al gobierno estatal que se amplíe la matrícula y se mejore el dormitorio, cuyo techo presenta filtraciones desde hace varios años. El representante del gobierno se comprometió a revisar el proyecto en la próxima reunión del consejo técnico de la Normal.
"""
FILES.append(('ac19.md', enc(t19), G(
    'generic', 'Cumple 60 años la Escuela Normal Rural de San Marcos', '2008-09-20',
    [], None,
    'Con una ceremonia en el patio principal y la presencia de egresados',
    'en la próxima reunión del consejo técnico de la Normal.',
    [],
    ['“Aquí se aprende a enseñar donde nadie más quiere ir”, dijo ante un auditorio en el que había exalumnas de más de 80 años.',
     'La escuela, que forma maestras de educación primaria para comunidades rurales, nació en 1948 en unas bodegas de una antigua hacienda.'])))

# ---------------------------------------------------------------- ac20 jekyll, utf-8, LF, naive datetime, image credit key, excerpt
t20 = """---
layout: post
title: 'Los Diablos de Monclova, a un triunfo de la final de la Liga Norte'
date: 2013-08-02 22:10
category: Deportes
tags:
- beisbol
- Monclova
author: "Julio César Garza"
image: /assets/img/2013/diablos-monclova.jpg
image_credit: "Archivo / Julio César Garza"
excerpt: "Los Diablos vencieron 6-3 a los Toros de Sabinas y ponen la serie 3-1."
---

Con un cuadrangular de tres carreras de Adrián Treviño en la séptima entrada, los Diablos de Monclova vencieron 6-3 a los Toros de Sabinas y se pusieron a un triunfo de avanzar a la final de la Liga de Beisbol del Norte de Coahuila.

El estadio Kiko Rodríguez lució casi lleno desde temprano. La afición, que no ve a su equipo en una final desde 2006, llenó las gradas del jardín izquierdo con matracas y banderas rojas.

Los Toros se fueron arriba en la tercera entrada con dos carreras producto de errores de la defensa local, pero el abridor Fernando Lugo se recompuso y sacó 17 outs consecutivos, seis de ellos por la vía del ponche. "La clave fue no desesperarse; sabíamos que el bateo iba a despertar", dijo el lanzador al terminar el juego.

En la séptima, con dos hombres en base, Treviño conectó una recta alta que salió por el jardín central y desató la fiesta en las tribunas. Los Diablos agregaron una carrera más en la octava con sencillo de Luis Amaya.

El quinto juego de la serie se jugará este sábado a las 19:00 horas en Sabinas. En caso de ser necesario, el sexto encuentro sería el domingo en Monclova.

El mánager de los Diablos, Rubén Cárdenas, anunció que Héctor Zamora abrirá el juego del sábado.
"""
FILES.append(('ac20.markdown', enc(t20), G(
    'jekyll', 'Los Diablos de Monclova, a un triunfo de la final de la Liga Norte', '2013-08-02',
    ['Julio César Garza'], None,
    'Con un cuadrangular de tres carreras de Adrián Treviño en la séptima entrada',
    'anunció que Héctor Zamora abrirá el juego del sábado.',
    [],
    ['"La clave fue no desesperarse; sabíamos que el bateo iba a despertar", dijo el lanzador al terminar el juego.',
     'Los Diablos agregaron una carrera más en la octava con sencillo de Luis Amaya.'],
    section='Deportes', photo_credit='Archivo / Julio César Garza')))
