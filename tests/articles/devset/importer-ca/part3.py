#!/usr/bin/env python3
"""importer-ca, files 21-30."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- ca21 jekyll (BOM + CRLF front matter, `---` rule inside the body)
ca21 = """---
title: "Don Chuy, el vendedor de burritos del puente Santa Fe, cumple 30 años en la fila"
date: "2019-07-04 08:00:00 -0600"
author: Lorena Chávez Holguín
categories:
  - Frontera
tags: ["Ciudad Juárez", "puente Santa Fe", "crónica"]
site_name: Crónica de la Banqueta
---

Son las cinco y media de la mañana y la fila de autos para cruzar a El Paso por el puente Santa Fe ya llega hasta la avenida 16 de Septiembre. Entre los carros camina Jesús Ornelas, don Chuy, con una hielera azul colgada del hombro y un grito que los automovilistas conocen de memoria: “¡Burritos de chile colorado, de deshebrada, de frijol!”.

Empezó a vender en la fila en 1989, cuando trabajaba en una maquiladora y necesitaba completar el gasto. Hoy su esposa y su hija preparan desde las tres de la mañana unos 200 burritos, que él vende en menos de cuatro horas a trabajadores, estudiantes y comerciantes que cruzan todos los días.

---

En 30 años, don Chuy ha visto cambiar la frontera. Recuerda cuando bastaba decir “americano” para cruzar, y los años de la violencia, cuando la fila se vaciaba y él salía con miedo a la calle. “Hubo días en que regresé a la casa con la hielera llena”, cuenta.

Muchos de sus clientes lo saludan por su nombre y algunos le pagan la semana por adelantado. Una maestra de El Paso le compra dos burritos diarios desde que era estudiante en la universidad.

Don Chuy dice que no piensa retirarse mientras las piernas le respondan. Su nieto, que estudia ingeniería, le ayuda los sábados y ya aprendió a caminar entre los carros sin soltar la hielera.
"""
write_source('ca21.md', ca21, eol='crlf', bom=True)
write_gold('ca21', family='jekyll',
           title='Don Chuy, el vendedor de burritos del puente Santa Fe, cumple 30 años en la fila',
           date='2019-07-04', bylines=['Lorena Chávez Holguín'], source='Crónica de la Banqueta',
           section='Frontera',
           body_first_words='Son las cinco y media de la mañana y la fila de autos',
           body_last_words='ya aprendió a caminar entre los carros sin soltar la hielera.',
           must_keep=['Empezó a vender en la fila en 1989, cuando trabajaba en una maquiladora y necesitaba completar el gasto.',
                      'En 30 años, don Chuy ha visto cambiar la frontera.',
                      'Una maestra de El Paso le compra dos burritos diarios desde que era estudiante en la universidad.'])

# ---------------------------------------------------------------- ca22 generic (radio interview transcript, question and answer)
ca22 = """Los últimos arrieros de la sierra de Tamazula

—¿Desde cuándo se dedica a la arriería?

—Desde los doce años. Mi papá me llevaba con las mulas de Tamazula a Topia, cargando café, mezcal y lo que hubiera. Eran cuatro días de camino por la sierra, durmiendo donde nos agarrara la noche.

—¿Qué llevan ahora las mulas?

—Ahora casi puro material para las escuelas y las clínicas de los ranchos donde no entra la camioneta. Láminas, cemento, medicinas. También víveres para las tiendas comunitarias. Antes éramos más de cuarenta arrieros en la región; hoy quedamos unos ocho.

—¿Por qué se está perdiendo el oficio?

—Porque abrieron brechas y los muchachos prefieren irse a trabajar a Culiacán o a Durango. La arriería es un trabajo duro: hay que saber herrar, curar a los animales, acomodar la carga para que no se ladee. Una mula mal cargada se cae al barranco.

—¿Cuántas mulas tiene usted?

—Tengo once. Cada una tiene su nombre y su carácter. La Prieta es la que va adelante, porque conoce el camino mejor que yo. Si ella se para, es que algo hay.

—¿Qué le gustaría que se supiera de su trabajo?

—Que sin nosotros muchos ranchos no tendrían ni maestro ni doctor. Y que el camino real todavía existe; nomás hay que caminarlo.
"""
write_source('ca22.txt', ca22)
write_gold('ca22', family='generic',
           title='Los últimos arrieros de la sierra de Tamazula',
           body_first_words='—¿Desde cuándo se dedica a la arriería?',
           body_last_words='nomás hay que caminarlo.',
           must_keep=['Antes éramos más de cuarenta arrieros en la región; hoy quedamos unos ocho.',
                      'Una mula mal cargada se cae al barranco.',
                      'La Prieta es la que va adelante, porque conoce el camino mejor que yo.'])

# ---------------------------------------------------------------- ca23 press (Secretaría de Salud de Coahuila, PDF-to-text with a page break)
ca23 = """                 GOBIERNO DEL ESTADO DE COAHUILA DE ZARAGOZA
                       SECRETARÍA DE SALUD DE COAHUILA

Comunicado SS/CS/318/2018

                                  Saltillo, Coahuila de Zaragoza, 9 de octubre de 2018

         Inicia campaña de vacunación contra la influenza en Coahuila

La Secretaría de Salud de Coahuila inició este martes la campaña de vacunación
contra la influenza estacional 2018-2019, con la meta de aplicar 680 mil dosis
en los 38 municipios del estado antes del mes de marzo.
La vacuna es gratuita y se aplica en todos los centros de salud, hospitales
y unidades móviles de la Secretaría, así como en módulos instalados en plazas
comerciales de Saltillo, Torreón, Monclova y Piedras Negras.
Tienen prioridad las niñas y los niños de seis meses a cinco años, las personas
mayores de 60 años, las mujeres embarazadas y quienes viven con diabetes,
obesidad, enfermedades del corazón o VIH. El personal de salud y de las
estancias infantiles también forma parte de los grupos de riesgo.
El secretario de Salud explicó que durante la temporada pasada se confirmaron
en el estado 214 casos de influenza, la mayoría en personas que no se habían
vacunado, y recordó que la protección se alcanza dos semanas después de
Blvd. Venustiano Carranza 555, Saltillo, Coah. · Tel. 844 555 0133          Página 1 de 2
\f                                      SECRETARÍA DE SALUD · Comunicado SS/CS/318/2018

recibir la dosis, por lo que conviene no esperar a que lleguen los fríos más
intensos.
La dependencia pidió a la población lavarse las manos con frecuencia, cubrirse
la boca al toser o estornudar y no automedicarse ante los primeros síntomas.
En caso de fiebre alta, dolor de cabeza y dolor muscular, se recomienda acudir
de inmediato a la unidad de salud más cercana.

                                       oOo

Blvd. Venustiano Carranza 555, Saltillo, Coah. · Tel. 844 555 0133          Página 2 de 2
"""
write_source('ca23.txt', ca23)
write_gold('ca23', family='press_release',
           title='Inicia campaña de vacunación contra la influenza en Coahuila',
           date='2018-10-09', source='SECRETARÍA DE SALUD DE COAHUILA',
           bulletin_number='SS/CS/318/2018', issuer='SECRETARÍA DE SALUD DE COAHUILA',
           dateline_city='Saltillo',
           body_first_words='La Secretaría de Salud de Coahuila inició este martes la campaña de vacunación',
           body_last_words='de inmediato a la unidad de salud más cercana.',
           boilerplate=['GOBIERNO DEL ESTADO DE COAHUILA DE ZARAGOZA', 'Comunicado SS/CS/318/2018',
                        'Saltillo, Coahuila de Zaragoza, 9 de octubre de 2018',
                        'Blvd. Venustiano Carranza 555, Saltillo, Coah. · Tel. 844 555 0133',
                        'Página 1 de 2', 'SECRETARÍA DE SALUD · Comunicado SS/CS/318/2018',
                        'oOo', 'Página 2 de 2'],
           must_keep=['en los 38 municipios del estado antes del mes de marzo.',
                      'comerciales de Saltillo, Torreón, Monclova y Piedras Negras.',
                      'recibir la dosis, por lo que conviene no esperar a que lleguen los fríos más',
                      'La dependencia pidió a la población lavarse las manos con frecuencia, cubrirse'])

# ---------------------------------------------------------------- ca24 jekyll (old hand-made site, Spanish keys, cp1252)
ca24 = """---
titulo: "Cosecha de nuez en Jiménez, la más baja en una década"
fecha: 2008-10-21
actualizado: 2011-03-02
autor: "Por Juan Manuel Holguín Rubio"
seccion: Campo
medio: El Correo del Conchos
etiquetas: [nuez, Jiménez, heladas]
---

Los productores de nuez del municipio de Jiménez, en el sur de Chihuahua, calculan que este año levantarán apenas la mitad de la cosecha de 2007, la más baja en por lo menos diez años, debido a las heladas tardías de abril y a la falta de agua en los pozos.

En las huertas que rodean la cabecera municipal los nogales tiraron buena parte de la flor, y las nueces que se lograron son más pequeñas de lo normal. Varios huerteros comenzaron la sacudida a principios de octubre para aprovechar los precios, que este año rondan los 40 pesos por kilo.

Rigoberto Mendoza, quien tiene doce hectáreas de nogal junto al río Florido, dice que la cosecha no alcanzará para pagar la electricidad de los pozos. “Con lo que sacamos este año nomás salimos tablas, si bien nos va”, comentó.

Los compradores que llegan de Delicias y de Torreón pagan mejor la nuez grande y limpia, que se exporta a Estados Unidos. La pequeña se queda en el mercado nacional y se vende a las fábricas de dulces de Parral y de la Comarca Lagunera.

La asociación local de nogaleros pidió a las autoridades estatales un programa de seguro agrícola para heladas, como el que ya existe para los cultivos de temporal, y apoyo para tecnificar el riego de las huertas más antiguas.
"""
write_source('ca24.md', ca24, enc='cp1252')
write_gold('ca24', family='jekyll',
           title='Cosecha de nuez en Jiménez, la más baja en una década',
           date='2008-10-21', bylines=['Juan Manuel Holguín Rubio'], source='El Correo del Conchos',
           section='Campo',
           body_first_words='Los productores de nuez del municipio de Jiménez',
           body_last_words='para tecnificar el riego de las huertas más antiguas.',
           must_keep=['Varios huerteros comenzaron la sacudida a principios de octubre para aprovechar los precios, que este año rondan los 40 pesos por kilo.',
                      '“Con lo que sacamos este año nomás salimos tablas, si bien nos va”, comentó.',
                      'La pequeña se queda en el mercado nacional y se vende a las fábricas de dulces de Parral y de la Comarca Lagunera.'])

# ---------------------------------------------------------------- ca25 generic (AsciiDoc travel guide)
ca25 = """= Mapimí y el Puente de Ojuela: guía para una visita de un día
:lang: es
:toc:

Mapimí está a poco más de una hora de Torreón por la carretera a Chihuahua, y es una de las escapadas más sencillas desde la Comarca Lagunera. Conviene salir temprano, porque en verano el sol del desierto pega fuerte desde las once de la mañana.

== El pueblo

El centro de Mapimí conserva casas de adobe de la época colonial, el templo de Santiago Apóstol y la casa donde, según la tradición, estuvo preso Miguel Hidalgo camino a Chihuahua. En la plaza venden gorditas y dulces de leche quemada.

== La mina y el puente

De Mapimí se sube por un camino de terracería hasta el antiguo mineral de Ojuela, un pueblo abandonado desde mediados del siglo XX. El puente colgante, de más de 300 metros de largo, cruza una barranca de casi cien metros de profundidad y es el atractivo principal de la visita.

Los guías locales ofrecen recorridos por el interior de la mina, con casco y lámpara, que duran alrededor de una hora. No se recomiendan para personas con claustrofobia.

== Consejos prácticos

* Lleva agua suficiente y sombrero; en el camino no hay tiendas.
* Usa zapatos cerrados: el piso del puente es de tablones y hay piedras sueltas en la mina.
* Regresa antes del atardecer; el camino de terracería no tiene alumbrado.

Quien quiera quedarse a dormir puede buscar hospedaje en Bermejillo o en la propia cabecera municipal, donde hay pequeñas posadas familiares.
"""
write_source('ca25.text', ca25)
write_gold('ca25', family='generic',
           title='Mapimí y el Puente de Ojuela: guía para una visita de un día',
           body_first_words='Mapimí está a poco más de una hora de Torreón',
           body_last_words='donde hay pequeñas posadas familiares.',
           boilerplate=[':lang: es', ':toc:'],
           must_keep=['El puente colgante, de más de 300 metros de largo, cruza una barranca de casi cien metros de profundidad y es el atractivo principal de la visita.',
                      'No se recomiendan para personas con claustrofobia.',
                      'Usa zapatos cerrados: el piso del puente es de tablones y hay piedras sueltas en la mina.'])

# ---------------------------------------------------------------- ca26 bad (saved HTML page: navigation only, empty tag archive)
ca26 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="UTF-8">
<title>Etiqueta: Sequía &#8211; La Voz del Nazas</title>
<link rel="stylesheet" href="https://lavozdelnazas.example.mx/wp-content/themes/noticias/style.css">
</head>
<body class="archive tag tag-sequia">
<header id="masthead">
  <a href="https://lavozdelnazas.example.mx/">La Voz del Nazas</a>
  <nav>
    <ul>
      <li><a href="/local/">Local</a></li>
      <li><a href="/region/">Región</a></li>
      <li><a href="/deportes/">Deportes</a></li>
      <li><a href="/opinion/">Opinión</a></li>
      <li><a href="/contacto/">Contacto</a></li>
    </ul>
  </nav>
</header>
<main id="main">
  <h1 class="page-title">Etiqueta: <span>Sequía</span></h1>
  <p class="no-results">No se encontraron entradas.</p>
</main>
<footer>
  <a href="/aviso-de-privacidad/">Aviso de privacidad</a> | <a href="/directorio/">Directorio</a>
  <p>&copy; 2021 La Voz del Nazas</p>
</footer>
<script src="https://lavozdelnazas.example.mx/wp-includes/js/jquery/jquery.min.js"></script>
</body>
</html>
"""
write_source('ca26.txt', ca26, eol='crlf')
write_gold('ca26', family='bad',
           refusal_reason='El archivo es una página HTML guardada que sólo contiene navegación; no tiene texto de nota.')

# ---------------------------------------------------------------- ca27 jekyll (hand-written front matter that is not valid YAML)
ca27 = """---
layout: post
title: Gómez Palacio: vecinos de El Vergel frenan la tala de 40 álamos
date: 2018-10-27 19:00:00 -0600
author: Patricia Nevárez Soto
categories: Local
---

Vecinos del fraccionamiento El Vergel, en Gómez Palacio, impidieron este sábado que una cuadrilla contratada por una constructora derribara 40 álamos que bordean el antiguo canal de riego de la colonia, donde se planea ampliar una vialidad.

Desde las ocho de la mañana, una veintena de personas se colocó frente a los árboles con cartulinas y sillas. Los trabajadores, que ya habían cortado las ramas de tres álamos, se retiraron al mediodía sin terminar el trabajo.

Los vecinos aseguran que la obra no cuenta con el permiso de la dirección municipal de Medio Ambiente y que nadie les informó del proyecto. “Estos álamos los sembraron nuestros papás cuando se fundó la colonia; son la única sombra que tenemos”, dijo Rosa Elvia Cisneros, vecina de la calle Tulipanes.

El director de Medio Ambiente del municipio confirmó por teléfono que la solicitud de derribo está en revisión y que ningún árbol podrá cortarse hasta que se emita el dictamen. Anunció que inspectores acudirán el lunes a revisar el sitio.

En la Comarca Lagunera, donde la temperatura supera con frecuencia los 40 grados en verano, los álamos de los antiguos canales son uno de los pocos corredores verdes que quedan en las zonas urbanas.
"""
write_source('ca27.md', ca27)
write_gold('ca27', family='jekyll',
           title='Gómez Palacio: vecinos de El Vergel frenan la tala de 40 álamos',
           date='2018-10-27', bylines=['Patricia Nevárez Soto'], source=None, section='Local',
           body_first_words='Vecinos del fraccionamiento El Vergel, en Gómez Palacio',
           body_last_words='uno de los pocos corredores verdes que quedan en las zonas urbanas.',
           must_keep=['Los trabajadores, que ya habían cortado las ramas de tres álamos, se retiraron al mediodía sin terminar el trabajo.',
                      '“Estos álamos los sembraron nuestros papás cuando se fundó la colonia; son la única sombra que tenemos”, dijo Rosa Elvia Cisneros, vecina de la calle Tulipanes.',
                      'Anunció que inspectores acudirán el lunes a revisar el sitio.'])

# ---------------------------------------------------------------- ca28 generic (radio history capsule, UTF-16 BE with BOM)
ca28 = """Cuando el tren fundó Torreón: la llegada del Ferrocarril Central

En 1883 las vías del Ferrocarril Central Mexicano, que unía la Ciudad de México con Paso del Norte, cruzaron los terrenos de la hacienda de El Coyote, en lo que hoy es Torreón. Ahí se construyó una pequeña estación de madera que los arrieros llamaron "la estación del Torreón", por una torre de adobe que servía para vigilar las crecidas del río Nazas.

Cinco años después llegó el Ferrocarril Internacional, que venía de Piedras Negras, y el cruce de las dos líneas convirtió el lugar en un punto de paso obligado para el algodón de La Laguna y los minerales de la sierra.

Alrededor de la estación se instalaron bodegas, hoteles, casas de comercio y una colonia de trabajadores ferrocarrileros. En 1893 el caserío fue reconocido como villa, y en 1907 obtuvo el título de ciudad, cuando ya tenía más de 30 mil habitantes.

Las familias de la región todavía cuentan que durante la Revolución los trenes llegaban cargados de soldados, y que la estación cambió de manos varias veces entre villistas y federales.

Hoy el antiguo edificio de la estación alberga un museo del ferrocarril, donde se conservan locomotoras de vapor, relojes de andén y los libros de registro de los primeros empleados.
"""
write_source('ca28.txt', ca28, enc='utf-16-be', eol='crlf', bom=True)
write_gold('ca28', family='generic',
           title='Cuando el tren fundó Torreón: la llegada del Ferrocarril Central',
           body_first_words='En 1883 las vías del Ferrocarril Central Mexicano',
           body_last_words='y los libros de registro de los primeros empleados.',
           must_keep=['Cinco años después llegó el Ferrocarril Internacional, que venía de Piedras Negras',
                      'En 1893 el caserío fue reconocido como villa, y en 1907 obtuvo el título de ciudad, cuando ya tenía más de 30 mil habitantes.',
                      'Hoy el antiguo edificio de la estación alberga un museo del ferrocarril'])

# ---------------------------------------------------------------- ca29 generic (HTML fragment pasted into a .md file)
ca29 = """<h1>Cinco lugares para comer gorditas en el centro de Durango</h1>

<p>La gordita de horno, de maíz quebrado y cocida en comal de barro, es uno de los desayunos más tradicionales de Durango. En el centro de la capital hay decenas de puestos, pero algunos se han ganado la fama a lo largo de varias generaciones.</p>

<h2>1. El mercado Gómez Palacio</h2>
<p>En los pasillos del mercado hay al menos seis fondas que abren desde las siete de la mañana. Las de chicharrón prensado y las de rajas con queso se terminan antes de las diez.</p>

<h2>2. La calle Constitución</h2>
<p>Frente a la catedral, varias señoras venden gorditas en canastas cubiertas con manteles bordados. Conviene llevar cambio, porque rara vez aceptan billetes grandes.</p>

<h2>3. El barrio de Analco</h2>
<p>En este barrio antiguo las gorditas se acompañan con caldillo duranguense, un guiso de carne seca con chile pasado que se sirve sobre todo los fines de semana.</p>

<h2>4. Los alrededores de la Plaza de Armas</h2>
<p>Por las tardes aparecen los puestos de gorditas de dulce, hechas con piloncillo y canela, que muchas familias compran para acompañar el café.</p>

<h2>5. El Parque Guadiana</h2>
<p>Los domingos, a la entrada del parque, se instalan vendedores que llegan de los ejidos cercanos con gorditas de frijol y de requesón. Es el mejor lugar para terminar una caminata matutina.</p>
"""
write_source('ca29.md', ca29)
write_gold('ca29', family='generic',
           title='Cinco lugares para comer gorditas en el centro de Durango',
           body_first_words='La gordita de horno, de maíz quebrado y cocida en comal de barro',
           body_last_words='Es el mejor lugar para terminar una caminata matutina.',
           must_keep=['Conviene llevar cambio, porque rara vez aceptan billetes grandes.',
                      'Las de chicharrón prensado y las de rajas con queso se terminan antes de las diez.',
                      'En este barrio antiguo las gorditas se acompañan con caldillo duranguense, un guiso de carne seca con chile pasado que se sirve sobre todo los fines de semana.'])

# ---------------------------------------------------------------- ca30 bad (front matter, then only an HTML comment)
ca30 = """---
title: "Resultados del PREP en Coahuila, minuto a minuto"
date: 2023-06-04 20:00:00 -0600
author: Mesa Web
categories: [En vivo, Elecciones]
---

<!-- Contenido pendiente: se llenará con la cobertura en vivo de la noche electoral -->

"""
write_source('ca30.md', ca30)
write_gold('ca30', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) y un comentario HTML; no tiene cuerpo de texto.')
