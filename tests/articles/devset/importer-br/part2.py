#!/usr/bin/env python3
"""importer-br, files 11-20."""
from common import write_source, write_gold, wrap, to_bytes, NBSP

# ---------------------------------------------------------------- br11 jekyll (Drupal 6 node export -> Markdown, Edomex) epoch date
br11 = """---
nid: "20417"
vid: "20533"
type: "article"
language: "es"
title: "Primera nevada de la temporada cubre el Nevado de Toluca; cierran el acceso al cráter"
uid: "37"
status: "1"
created: "1226946600"
changed: "1226979312"
promote: "1"
sticky: "0"
field_autor: "Brenda Colín Arzate"
field_seccion: "Región"
site_name: "Valle de Toluca Hoy"
body_format: "full_html"
---
<p>La primera nevada de la temporada cubrió desde la madrugada del domingo la parte alta del Nevado de Toluca, y por la tarde miles de visitantes del Valle de Toluca y de la Ciudad de México formaron filas de automóviles en el camino que lleva al cráter del volcán.</p>

[img_assist|nid=20416|title=Nevado de Toluca|desc=Visitantes en el cráter del Nevado de Toluca. Foto: Valle de Toluca Hoy|link=none|align=center|width=640|height=427]

<p>La Coordinación General de Protección Civil del Estado de México informó que la capa de nieve alcanzó hasta 30 centímetros en el Parque de los Venados y en las inmediaciones de las lagunas del Sol y de la Luna, donde la temperatura descendió a cinco grados bajo cero.</p>

<p>Ante la saturación del camino y el riesgo de hielo en la carpeta asfáltica, las autoridades cerraron a partir de las 14 horas el acceso vehicular más allá de la caseta de La Joya, y sólo permitieron el paso a pie. Decenas de familias dejaron sus autos a la orilla de la carretera y caminaron varios kilómetros con niños en brazos.</p>

<p>Elementos de la Cruz Roja atendieron a 19 personas por hipotermia leve y a tres por torceduras. Los paramédicos recordaron que a más de 4 mil metros de altura el esfuerzo físico provoca mareo y falta de aire, sobre todo en personas mayores y en quienes no están acostumbradas a la altitud.</p>

<p>Los comerciantes de Raíces, la comunidad más cercana al volcán, vendieron café, quesadillas y guantes durante todo el día. Para el próximo fin de semana se espera una afluencia similar si las condiciones del clima se mantienen.</p>
"""
write_source('br11.md', br11)
write_gold('br11', family='jekyll',
           title='Primera nevada de la temporada cubre el Nevado de Toluca; cierran el acceso al cráter',
           date='2008-11-17', bylines=['Brenda Colín Arzate'], source='Valle de Toluca Hoy',
           section='Región',
           body_first_words='La primera nevada de la temporada cubrió desde la madrugada del domingo',
           body_last_words='si las condiciones del clima se mantienen.',
           boilerplate=['[img_assist|nid=20416|title=Nevado de Toluca|desc=Visitantes en el cráter del Nevado de Toluca. Foto: Valle de Toluca Hoy|link=none|align=center|width=640|height=427]'],
           must_keep=['Decenas de familias dejaron sus autos a la orilla de la carretera y caminaron varios kilómetros con niños en brazos.',
                      'Elementos de la Cruz Roja atendieron a 19 personas por hipotermia leve y a tres por torceduras.',
                      'Los comerciantes de Raíces, la comunidad más cercana al volcán, vendieron café, quesadillas y guantes durante todo el día.'],
           photo_credit='Valle de Toluca Hoy')

# ---------------------------------------------------------------- br12 wire (agency, B.C.) header block
br12 = """Agencia Fronteriza de Información (AFI) — Servicio de noticias
Clave: AFI-TIJ-0233 | Rubro: Migración | Prioridad: Normal
Fecha de emisión: 21/05/2013 13:05

Albergues de Tijuana rebasan su capacidad por deportaciones desde California

Por Karina Valenzuela Ortega

TIJUANA, B.C., 21 de mayo (AFI).- Los albergues para migrantes de Tijuana operan por encima de su capacidad desde hace tres semanas, debido al aumento de las deportaciones de mexicanos desde California y a la llegada de personas de otros estados que buscan cruzar a Estados Unidos, informaron responsables de las casas de asistencia.

En el albergue Puerta de Esperanza, en la zona norte, con capacidad para 140 personas, durmieron el fin de semana más de 220, algunas en colchonetas en el comedor y en los pasillos. Otros seis albergues de la ciudad reportaron una situación similar.

Muchos de los deportados llegan sin documentos de identidad ni dinero, y algunos vivieron durante décadas en Estados Unidos, donde dejaron a sus familias. La coordinadora del albergue, Guadalupe Ríos Cárdenas, dijo que la mayoría necesita ayuda para tramitar un acta de nacimiento y conseguir empleo. “Llegan con lo que traen puesto; lo primero es que puedan hablar por teléfono con sus hijos”, relató.

De acuerdo con cifras del Instituto Nacional de Migración, en los primeros cuatro meses del año fueron repatriados por las garitas de Tijuana más de 38 mil connacionales, un promedio superior a 300 por día.

Los albergues pidieron al gobierno municipal y a las autoridades federales apoyo para ampliar sus instalaciones y para el pago de servicios, ya que sostienen su operación con donativos de particulares y de organizaciones religiosas.

Material para uso exclusivo de los suscriptores de AFI. Prohibida su reproducción total o parcial sin autorización.

(FIN) AFI/kvo/jgs
"""
write_source('br12.txt', br12, eol='crlf', bom=True)
write_gold('br12', family='wire',
           title='Albergues de Tijuana rebasan su capacidad por deportaciones desde California',
           date='2013-05-21', bylines=['Karina Valenzuela Ortega'],
           source='Agencia Fronteriza de Información', section='Migración',
           body_first_words='Los albergues para migrantes de Tijuana operan por encima de su capacidad',
           body_last_words='con donativos de particulares y de organizaciones religiosas.',
           boilerplate=['TIJUANA, B.C., 21 de mayo (AFI).-',
                        'Material para uso exclusivo de los suscriptores de AFI.',
                        'Prohibida su reproducción total o parcial sin autorización.',
                        '(FIN) AFI/kvo/jgs'],
           must_keep=['Otros seis albergues de la ciudad reportaron una situación similar.',
                      '“Llegan con lo que traen puesto; lo primero es que puedan hablar por teléfono con sus hijos”, relató.',
                      'De acuerdo con cifras del Instituto Nacional de Migración, en los primeros cuatro meses del año fueron repatriados por las garitas de Tijuana más de 38 mil connacionales, un promedio superior a 300 por día.'])

# ---------------------------------------------------------------- br13 press (municipality, Coah., 1999) DOS text in cp850
p13 = [
    'El Sistema Municipal de Aguas y Saneamiento (SIMAS) de Torreón anunció que este año instalará equipos para reducir el contenido de arsénico en seis pozos que abastecen a colonias del oriente de la ciudad, como parte de las acciones con motivo del Día Mundial del Agua.',
    'El gerente del organismo, ingeniero Raúl Garza Villarreal, explicó que los análisis realizados en 1998 mostraron que en esos pozos la concentración de arsénico supera el límite que establece la norma oficial mexicana, por lo que se dará prioridad a su tratamiento.',
    'La inversión será de 4.2 millones de pesos, de los cuales la mitad aportará el municipio y el resto la Comisión Nacional del Agua. Los trabajos comenzarán en mayo y deberán terminar antes de que concluya el año.',
    'Mientras tanto, el SIMAS repartirá filtros domésticos a las familias de las colonias afectadas y mantendrá el abasto de agua en garrafones en escuelas y centros de salud de la zona.',
    'El funcionario hizo un llamado a la población a cuidar el agua, reparar las fugas en sus domicilios y evitar el riego de jardines en las horas de mayor calor. Recordó que la Comarca Lagunera depende casi por completo de sus acuíferos, cuyo nivel baja cada año.',
]
br13 = ('R. AYUNTAMIENTO DE TORREON\n'
        'DIRECCION DE COMUNICACION SOCIAL\n'
        '\n'
        '                                Torreón, Coah., a 22 de marzo de 1999.\n'
        '\n'
        '\n'
        '   ANUNCIA SIMAS PROGRAMA PARA REDUCIR ARSENICO EN POZOS DEL ORIENTE\n'
        '\n'
        '\n'
        + '\n\n'.join(wrap(p, 68, '     ') for p in p13) + '\n'
        '\n'
        '                                 -o0o-\n'
        '\n'
        'BOLETIN No. 087/99\n'
        '\n'
        'ATENTAMENTE\n'
        'LIC. JOSE LUIS ZAMORA RIVAS\n'
        'DIRECTOR DE COMUNICACION SOCIAL\n'
        'TELS. (17) 555-1234 Y (17) 555-1235   FAX (17) 555-1236\n')
write_source('br13.txt', raw=to_bytes(br13, enc='cp850', eol='crlf') + b'\x1a')
write_gold('br13', family='press_release',
           title='ANUNCIA SIMAS PROGRAMA PARA REDUCIR ARSENICO EN POZOS DEL ORIENTE',
           date='1999-03-22', source='R. AYUNTAMIENTO DE TORREON',
           bulletin_number='087/99', issuer='R. AYUNTAMIENTO DE TORREON', dateline_city='Torreón',
           body_first_words='El Sistema Municipal de Aguas y Saneamiento (SIMAS) de Torreón',
           body_last_words='casi por completo de sus acuíferos, cuyo nivel baja cada año.',
           boilerplate=['DIRECCION DE COMUNICACION SOCIAL', 'Torreón, Coah., a 22 de marzo de 1999.',
                        '-o0o-', 'BOLETIN No. 087/99', 'ATENTAMENTE', 'LIC. JOSE LUIS ZAMORA RIVAS',
                        'DIRECTOR DE COMUNICACION SOCIAL',
                        'TELS. (17) 555-1234 Y (17) 555-1235   FAX (17) 555-1236'],
           must_keep=['Los trabajos comenzarán en mayo y deberán terminar antes de',
                      'pozos la concentración de arsénico supera el límite que establece la',
                      'garrafones en escuelas y centros de salud de la zona.'])

# ---------------------------------------------------------------- br14 generic (PDF-to-text of a printed chronicle, B.C.S.)
p14 = [
    'Cuando la compañía francesa El Boleo obtuvo en 1885 la concesión para explotar los yacimientos de cobre de la costa central de Baja California, en el lugar no había más que un arroyo seco, unas cuantas chozas de gambusinos y el mar. Todo lo demás llegó en barco: la madera de las casas, las máquinas de la fundición, los alimentos y hasta el agua potable durante los primeros años.',
    'Los directivos franceses trazaron el pueblo en dos partes. En la meseta del norte, conocida como Mesa Francesa, levantaron sus casas de madera con amplios corredores, techos de lámina y jardines. Abajo, en el fondo del arroyo, quedaron las viviendas de los trabajadores mexicanos y de los mineros yaquis y chinos que la empresa contrató en Sonora y en el extranjero.',
    'La iglesia de Santa Bárbara es el edificio más conocido del pueblo. Sus paredes de placas de hierro prefabricadas llegaron desarmadas desde Europa, y durante más de un siglo se repitió que su autor había sido Gustave Eiffel, aunque los historiadores no han encontrado documentos que lo prueben. Para los vecinos, la discusión importa poco: la iglesia es suya y la cuidan como tal.',
    'La fundición cerró en 1954 y el pueblo estuvo a punto de quedarse vacío. Muchas familias se quedaron, sin embargo, y hoy Santa Rosalía vive de la pesca, del comercio y de los visitantes que llegan en el transbordador desde Guaymas. La panadería que fundaron los franceses sigue abierta, y sus bolillos se venden a quienes esperan el barco.',
]
w14 = [wrap(p, 72, '   ') for p in p14]
br14 = ('Santa Rosalía, el pueblo que llegó en barco\n'
        '\n'
        + '\n'.join(w14[:2]) + '\n'
        '\n'
        '                                                                     12\n'
        '\f'
        'Crónicas del Golfo de California\n'
        '\n'
        + '\n'.join(w14[2:]) + '\n'
        '\n'
        '                                                                     13\n')
write_source('br14.txt', br14, eol=('mixed', 4))
write_gold('br14', family='generic',
           title='Santa Rosalía, el pueblo que llegó en barco',
           body_first_words='Cuando la compañía francesa El Boleo obtuvo en 1885',
           body_last_words='sigue abierta, y sus bolillos se venden a quienes esperan el barco.',
           boilerplate=['Crónicas del Golfo de California'],
           must_keep=['Los directivos franceses trazaron el pueblo en dos partes.',
                      'La iglesia de Santa Bárbara es el edificio más conocido del pueblo.',
                      'Sus paredes de placas de hierro prefabricadas llegaron desarmadas desde'])

# ---------------------------------------------------------------- br15 jekyll (Ghost JSON -> Markdown, Mor.)
br15 = """---
title: "Ocotepec abre sus casas a la ofrenda nueva"
slug: ocotepec-ofrenda-nueva-2019
date_published: 2019-11-02T18:20:00.000Z
date_updated: 2019-11-03T02:05:41.000Z
status: published
visibility: public
primary_tag: Cultura
tags: ["Cultura", "Día de Muertos", "Ocotepec"]
author: "Itzel Pliego Bahena"
feature_image: __GHOST_URL__/content/images/2019/11/ocotepec-ofrenda.jpg
custom_excerpt: "Las familias con un difunto reciente reciben a cientos de visitantes"
---

En Ocotepec, al norte de Cuernavaca, las familias que perdieron a un ser querido durante el último año abrieron desde la tarde del viernes las puertas de sus casas para recibir a quienes llegan a visitar la ofrenda nueva, una tradición que el pueblo conserva desde hace siglos.

Las casas que tienen ofrenda nueva se reconocen por un camino de pétalos de cempasúchil y por una cera encendida en la entrada. Los visitantes llevan una vela o un kilo de pan, y a cambio la familia les ofrece tamales, café y pan de muerto en el patio.

<figure class="kg-card kg-image-card kg-card-hascaption"><img src="__GHOST_URL__/content/images/2019/11/ofrenda-patio.jpg" class="kg-image" alt loading="lazy" width="1200" height="800"><figcaption>Ofrenda nueva en una casa del barrio de San Isidro. Foto: Arturo Sotelo Nava</figcaption></figure>

En el centro de cada altar se coloca la figura del difunto hecha con su propia ropa, con una calavera de azúcar o de barro en lugar de la cabeza. Si era niño, la figura se rodea de juguetes; si era campesino, de mazorcas, sombrero y herramientas.

Este año, según la ayudantía municipal, 38 familias pusieron ofrenda nueva. Doña Rosalba Campos, que perdió a su esposo en marzo, dijo que recibió a más de 400 personas durante la noche. “Es cansado, pero así sabemos que él no se fue solo”, contó mientras servía atole.

El ayuntamiento de Cuernavaca cerró el paso vehicular por la calle principal del pueblo y habilitó estacionamientos en la carretera federal. Las autoridades pidieron a los turistas respetar la intimidad de las familias y no tomar fotografías del altar sin permiso.
"""
write_source('br15.md', br15)
write_gold('br15', family='jekyll',
           title='Ocotepec abre sus casas a la ofrenda nueva',
           date='2019-11-02', bylines=['Itzel Pliego Bahena'], section='Cultura',
           body_first_words='En Ocotepec, al norte de Cuernavaca, las familias',
           body_last_words='no tomar fotografías del altar sin permiso.',
           boilerplate=['Ofrenda nueva en una casa del barrio de San Isidro.', 'Foto: Arturo Sotelo Nava'],
           must_keep=['Los visitantes llevan una vela o un kilo de pan, y a cambio la familia les ofrece tamales, café y pan de muerto en el patio.',
                      'Si era niño, la figura se rodea de juguetes; si era campesino, de mazorcas, sombrero y herramientas.',
                      '“Es cansado, pero así sabemos que él no se fue solo”, contó mientras servía atole.'],
           photo_credit='Arturo Sotelo Nava')

# ---------------------------------------------------------------- br16 wire (in-house PHP CMS text dump, Chis.) latin-1
p16 = [
    'Productores de café de los municipios de Chenalhó, Pantelhó y Tenejapa cerraron la cosecha 2002-2003 vendiendo el quintal de café pergamino a 600 pesos, un precio similar al que recibían hace una década, mientras que el costo del fertilizante, del transporte y de la mano de obra se ha duplicado.',
    'Los cafeticultores, la mayoría indígenas tsotsiles y tseltales con parcelas de menos de dos hectáreas, dependen de los intermediarios que recorren las comunidades en camionetas y pagan en efectivo. Quienes no tienen cómo llevar su grano a San Cristóbal o a Tuxtla Gutiérrez deben aceptar el precio que se les ofrece.',
    'Algunas cooperativas han logrado exportar café orgánico a Europa y Estados Unidos con precios hasta 40 por ciento más altos, pero la certificación tarda tres años y exige llevar registros que muchos productores no pueden costear. "El café bueno lo tenemos, lo que nos falta es quién nos pague lo justo", dijo Mariano Pérez Gómez, socio de una cooperativa de Chenalhó.',
    'Ante la crisis de precios, decenas de jóvenes de la región han salido a trabajar a Cancún, a la frontera norte o a Estados Unidos, y en algunas comunidades las mujeres y los adultos mayores son quienes sostienen las parcelas.',
    'Las organizaciones de productores pidieron al gobierno estatal un programa de acopio con precio de garantía y apoyo para construir beneficios húmedos comunitarios, que les permitirían vender un café de mejor calidad.',
]
br16 = ('-- Volcado de notas: sistema editorial NotiPHP v2.3\n'
        '-- Generado: 2004-01-15 03:00:12\n'
        '==================================================\n'
        '[nota]\n'
        'id_nota    : 48213\n'
        'medio      : El Sendero de los Altos\n'
        'seccion    : Municipios\n'
        'titulo     : Cafeticultores de Los Altos venden su cosecha a precio de hace diez años\n'
        'autor      : Rubén Gómez Velasco\n'
        'fecha_pub  : 2003-05-12 06:30:00\n'
        'fecha_mod  : 2003-05-12 11:02:41\n'
        'estatus    : publicada\n'
        'visitas    : 412\n'
        'texto      :\n'
        + ''.join('<p>%s</p>' % p for p in p16) + '\n'
        '[/nota]\n'
        '==================================================\n')
write_source('br16.txt', br16, enc='latin-1')
write_gold('br16', family='wire',
           title='Cafeticultores de Los Altos venden su cosecha a precio de hace diez años',
           date='2003-05-12', bylines=['Rubén Gómez Velasco'], source='El Sendero de los Altos',
           section='Municipios',
           body_first_words='Productores de café de los municipios de Chenalhó, Pantelhó y Tenejapa',
           body_last_words='que les permitirían vender un café de mejor calidad.',
           must_keep=['Quienes no tienen cómo llevar su grano a San Cristóbal o a Tuxtla Gutiérrez deben aceptar el precio que se les ofrece.',
                      '"El café bueno lo tenemos, lo que nos falta es quién nos pague lo justo", dijo Mariano Pérez Gómez, socio de una cooperativa de Chenalhó.',
                      'Ante la crisis de precios, decenas de jóvenes de la región han salido a trabajar a Cancún, a la frontera norte o a Estados Unidos'])

# ---------------------------------------------------------------- br17 bad (saved HTML 404 page: navigation only)
br17 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Página no encontrada | Noticias del Bravo</title>
<link rel="stylesheet" href="/wp-content/themes/bravo/style.css">
</head>
<body class="error404">
<header id="masthead">
  <a class="logo" href="/"><img src="/img/logo-bravo.png" alt="Noticias del Bravo"></a>
  <nav><ul>
    <li><a href="/">Inicio</a></li><li><a href="/reynosa/">Reynosa</a></li>
    <li><a href="/matamoros/">Matamoros</a></li><li><a href="/nuevo-laredo/">Nuevo Laredo</a></li>
    <li><a href="/deportes/">Deportes</a></li><li><a href="/contacto/">Contacto</a></li>
  </ul></nav>
</header>
<main>
  <h1>404</h1>
  <p>Lo sentimos, la página que buscas no existe o fue movida.</p>
  <form role="search" action="/"><input type="search" name="s" placeholder="Buscar..."></form>
  <a href="/">Volver al inicio</a>
</main>
<footer>
  <ul><li><a href="/aviso-de-privacidad/">Aviso de privacidad</a></li><li><a href="/directorio/">Directorio</a></li></ul>
  <p>&copy; 2018 Noticias del Bravo. Todos los derechos reservados.</p>
</footer>
</body>
</html>
"""
write_source('br17.txt', br17, eol='crlf')
write_gold('br17', family='bad',
           refusal_reason='Página HTML guardada (error 404) que sólo contiene navegación; no hay ninguna nota que importar.')

# ---------------------------------------------------------------- br18 press (state prosecutor, Mich.) Markdown with bold bullets
br18 = """**FISCALÍA GENERAL DEL ESTADO DE MICHOACÁN**
Dirección de Comunicación Social

**Boletín 0473/2021**

**Obtiene FGE sentencia de 50 años de prisión contra responsable de secuestro en Uruapan**

* **El sentenciado privó de la libertad a un comerciante en Uruapan en 2019**
* **Deberá pagar más de 600 mil pesos por concepto de reparación del daño**

Morelia, Michoacán, a 9 de noviembre de 2021.- La Fiscalía General del Estado de Michoacán obtuvo sentencia condenatoria de 50 años de prisión en contra de Édgar Alonso “N”, por su responsabilidad en el delito de secuestro agravado cometido en agravio de un comerciante en el municipio de Uruapan.

De acuerdo con la investigación, en octubre de 2019 el ahora sentenciado y otras personas interceptaron a la víctima cuando salía de su negocio en la colonia Morelos y la trasladaron a un domicilio de la periferia, desde donde exigieron a sus familiares una fuerte suma de dinero a cambio de su liberación.

Tras la denuncia, agentes de la Unidad Especializada en Combate al Secuestro realizaron trabajos de investigación y de campo que permitieron ubicar el inmueble. Dos días después, en un operativo, la víctima fue liberada sana y salva y se logró la detención de Édgar Alonso “N”.

Durante el juicio oral, el Ministerio Público presentó testimonios, dictámenes periciales y el análisis de las comunicaciones con las que se acreditó la participación del acusado, por lo que el Tribunal de Enjuiciamiento dictó la sentencia, además de condenarlo al pago de 612 mil pesos por concepto de reparación del daño.

La Fiscalía General del Estado reitera su compromiso de combatir los delitos de alto impacto y pone a disposición de la ciudadanía el número 089 para realizar denuncias anónimas.

---o0o---

**Síguenos en redes sociales:** Facebook y X @FiscaliaMichEj
"""
write_source('br18.md', br18, eol='crlf', bom=True)
write_gold('br18', family='press_release',
           title='Obtiene FGE sentencia de 50 años de prisión contra responsable de secuestro en Uruapan',
           date='2021-11-09', source='FISCALÍA GENERAL DEL ESTADO DE MICHOACÁN',
           bulletin_number='0473/2021', issuer='FISCALÍA GENERAL DEL ESTADO DE MICHOACÁN',
           dateline_city='Morelia',
           body_first_words='La Fiscalía General del Estado de Michoacán obtuvo sentencia condenatoria',
           body_last_words='el número 089 para realizar denuncias anónimas.',
           boilerplate=['Dirección de Comunicación Social', 'Boletín 0473/2021',
                        'El sentenciado privó de la libertad a un comerciante en Uruapan en 2019',
                        'Deberá pagar más de 600 mil pesos por concepto de reparación del daño',
                        'Morelia, Michoacán, a 9 de noviembre de 2021.-', '---o0o---',
                        'Síguenos en redes sociales:', 'Facebook y X @FiscaliaMichEj'],
           must_keep=['Dos días después, en un operativo, la víctima fue liberada sana y salva y se logró la detención de Édgar Alonso “N”.',
                      'por lo que el Tribunal de Enjuiciamiento dictó la sentencia, además de condenarlo al pago de 612 mil pesos por concepto de reparación del daño.',
                      'De acuerdo con la investigación, en octubre de 2019 el ahora sentenciado y otras personas interceptaron a la víctima'])

# ---------------------------------------------------------------- br19 jekyll (Hugo, TOML front matter, B.C.)
br19 = """+++
title = "Mexicali rompe récord de consumo eléctrico en plena ola de calor"
date = 2020-07-15T21:10:00-07:00
lastmod = 2020-07-16T08:30:00-07:00
draft = false
slug = "mexicali-record-consumo-electrico"
authors = ["Héctor Meza Lugo"]
categories = ["Economía"]
tags = ["Mexicali", "CFE", "calor"]

[params]
  medio = "Frontera Cachanilla"
  destacado = true
+++

La demanda de energía eléctrica en Mexicali alcanzó este miércoles un máximo histórico de 2 mil 380 megawatts, impulsada por temperaturas que superaron los 48 grados a la sombra y por el uso intensivo de equipos de aire acondicionado en casas y comercios, informó la Comisión Federal de Electricidad.

<!--more-->

El récord anterior, de 2 mil 310 megawatts, se había registrado en agosto del año pasado. La empresa explicó que el sistema eléctrico de Baja California opera aislado del resto del país y depende de las centrales geotérmicas de Cerro Prieto, de plantas de ciclo combinado y de importaciones desde California.

{{< figure src="/img/2020/07/subestacion-mexicali.jpg" caption="Subestación eléctrica en el oriente de Mexicali." attr="Foto: Archivo Frontera Cachanilla" >}}

Pese a la demanda, no se registraron apagones generalizados, aunque sí interrupciones breves en colonias del oriente de la ciudad por la sobrecarga de transformadores. Las cuadrillas trabajaron durante la noche para sustituir 14 equipos dañados.

Comerciantes del centro dijeron que el recibo de luz se ha convertido en su principal gasto del verano, incluso por encima de la renta. “Sin aire no entra nadie a la tienda, así que no hay de otra”, comentó Lucía Carrillo Valdez, dueña de una zapatería en la avenida Madero.

La CFE pidió a la población mantener los termostatos en 25 grados, cerrar cortinas durante el día y evitar el uso simultáneo de aparatos de alto consumo entre las tres y las nueve de la noche, cuando la demanda alcanza su punto más alto.
"""
write_source('br19.md', br19)
write_gold('br19', family='jekyll',
           title='Mexicali rompe récord de consumo eléctrico en plena ola de calor',
           date='2020-07-15', bylines=['Héctor Meza Lugo'], source='Frontera Cachanilla',
           section='Economía',
           body_first_words='La demanda de energía eléctrica en Mexicali alcanzó este miércoles',
           body_last_words='cuando la demanda alcanza su punto más alto.',
           boilerplate=['{{< figure src="/img/2020/07/subestacion-mexicali.jpg" caption="Subestación eléctrica en el oriente de Mexicali." attr="Foto: Archivo Frontera Cachanilla" >}}'],
           must_keep=['La empresa explicó que el sistema eléctrico de Baja California opera aislado del resto del país y depende de las centrales geotérmicas de Cerro Prieto, de plantas de ciclo combinado y de importaciones desde California.',
                      'Las cuadrillas trabajaron durante la noche para sustituir 14 equipos dañados.',
                      '“Sin aire no entra nadie a la tienda, así que no hay de otra”, comentó Lucía Carrillo Valdez, dueña de una zapatería en la avenida Madero.'],
           photo_credit='Archivo Frontera Cachanilla')

# ---------------------------------------------------------------- br20 wire (Telegram channel post copied from Telegram Desktop, Tab.)
br20 = """Contraste Tabasco, [05.09.22 21:47]
🔴 Desborda el río Puxcatán en Tacotalpa; evacuan a 300 familias

El río Puxcatán se desbordó la tarde de este lunes en el municipio de Tacotalpa, en la sierra de Tabasco, luego de más de 20 horas de lluvia continua, y obligó a evacuar a unas 300 familias de cinco localidades de la zona alta del municipio.

Protección Civil estatal informó que las familias fueron trasladadas a tres albergues instalados en escuelas de la cabecera municipal, donde reciben alimentos, colchonetas y atención médica. Hasta el cierre de esta publicación no se reportaban personas lesionadas.

Vecinos compartieron videos en redes sociales en los que se observa el agua cubriendo la carretera que comunica a Tacotalpa con Jalapa, así como viviendas con el agua hasta las ventanas. El paso vehicular quedó suspendido en al menos dos tramos.

La Comisión Nacional del Agua advirtió que los escurrimientos de la sierra podrían elevar en las próximas horas los niveles de los ríos de la Sierra y Grijalva, por lo que pidió a los habitantes de las zonas bajas de Jalapa, Teapa y Villahermosa mantenerse atentos a los avisos oficiales.

El gobierno estatal instaló un centro de mando en Tacotalpa y anunció que elementos de la Secretaría de la Defensa Nacional aplicarán el Plan DN-III en las comunidades afectadas.

📍 Información en desarrollo.

#Tacotalpa #Tabasco #Lluvias

📲 Únete a nuestro canal de Telegram: t.me/contrastetabasco_ej
"""
write_source('br20.txt', br20)
write_gold('br20', family='wire',
           title='Desborda el río Puxcatán en Tacotalpa; evacuan a 300 familias',
           date='2022-09-05', bylines=[], source='Contraste Tabasco', section=None,
           body_first_words='El río Puxcatán se desbordó la tarde de este lunes',
           body_last_words='aplicarán el Plan DN-III en las comunidades afectadas.',
           boilerplate=['Información en desarrollo.', '#Tacotalpa #Tabasco #Lluvias',
                        'Únete a nuestro canal de Telegram: t.me/contrastetabasco_ej'],
           must_keep=['Hasta el cierre de esta publicación no se reportaban personas lesionadas.',
                      'El paso vehicular quedó suspendido en al menos dos tramos.',
                      'Protección Civil estatal informó que las familias fueron trasladadas a tres albergues instalados en escuelas de la cabecera municipal, donde reciben alimentos, colchonetas y atención médica.'])
