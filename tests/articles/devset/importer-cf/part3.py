#!/usr/bin/env python3
"""importer-cf, files 21-30."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- cf21 jekyll (day-first quoted date, space-separated category string, Edomex)
cf21 = """---
layout: post
title: "Texcoco limpia el canal de San Bernardino antes de las lluvias"
date: "23/04/2019"
author: [Lucía Bárcenas Pliego]
categories: Portada Municipios
tags: [Texcoco, inundaciones]
---

Brigadas del Ayuntamiento de Texcoco y de la Comisión del Agua del Estado de México retiraron en las últimas dos semanas más de 600 toneladas de basura y lirio del canal de San Bernardino, que atraviesa colonias del oriente de la ciudad y que en 2017 se desbordó durante una tormenta.

Los trabajos se realizaron con dos retroexcavadoras y una cuadrilla de 40 personas, que limpiaron un tramo de 3.2 kilómetros entre la carretera Texcoco-Lechería y el barrio de San Pedro. Entre los desechos se encontraron colchones, llantas, muebles y hasta un refrigerador.

Los vecinos de la colonia El Carmen recordaron que hace dos años el agua entró a sus casas hasta una altura de 80 centímetros. "Perdimos la estufa, la cama de los niños y los papeles de la casa", relató Martha Rosas, que vive a unos metros del canal.

La dirección municipal de Protección Civil pidió a la población no tirar basura en los canales y barrancas, pues la mayoría de las inundaciones de la temporada pasada se debió a coladeras y cauces tapados. También anunció que instalará reglas de medición para vigilar el nivel del agua durante las tormentas.

La limpieza continuará en mayo en el canal de La Castañeda y en el río Coxcacoaco, antes del inicio formal de la temporada de lluvias.
"""
write_source('cf21.md', cf21, eol='crlf')
write_gold('cf21', family='jekyll',
           title='Texcoco limpia el canal de San Bernardino antes de las lluvias',
           date='2019-04-23', bylines=['Lucía Bárcenas Pliego'], section='Municipios',
           placement=['Portada'],
           body_first_words='Brigadas del Ayuntamiento de Texcoco y de la Comisión del Agua',
           body_last_words='antes del inicio formal de la temporada de lluvias.',
           must_keep=['Entre los desechos se encontraron colchones, llantas, muebles y hasta un refrigerador.',
                      '"Perdimos la estufa, la cama de los niños y los papeles de la casa", relató Martha Rosas, que vive a unos metros del canal.',
                      'También anunció que instalará reglas de medición para vigilar el nivel del agua durante las tormentas.'])

# ---------------------------------------------------------------- cf22 jekyll (draft: true, Liquid include, footnotes, Mor.)
cf22 = """---
layout: post
title: "#8M en Cuernavaca: miles marchan del Calvario al Palacio de Gobierno"
date: 2024-03-10 23:50:00 -06:00
draft: true
author: "Fernanda Ocampo Brito"
categories: [Sociedad]
excerpt_separator: <!--more-->
lang: es
---

Miles de mujeres marcharon la tarde del viernes desde la glorieta del Calvario hasta la Plaza de Armas de Cuernavaca, en la movilización más numerosa del Día Internacional de la Mujer que se recuerde en la capital morelense.
<!--more-->

{% include figura.html src="/img/2024/8m-cuernavaca.jpg" pie="Contingentes sobre la avenida Morelos." credito="Foto: Fernanda Ocampo" %}

Colectivas feministas, estudiantes de la Universidad Autónoma del Estado de Morelos, madres buscadoras y trabajadoras del hogar avanzaron durante casi tres horas por la avenida Morelos. Muchas llevaban pañuelos morados y fotografías de mujeres desaparecidas o asesinadas en el estado.

Al llegar frente al Palacio de Gobierno, las organizadoras leyeron un pliego petitorio que exige, entre otras cosas, la creación de una fiscalía especializada en desaparición de mujeres con presupuesto propio y la revisión de las carpetas de feminicidio que siguen sin sentencia[^1].

Algunos contingentes pintaron consignas en las vallas metálicas que protegían el edificio. No se reportaron personas detenidas ni lesionadas, informó la Secretaría de Protección y Auxilio Ciudadano.

Entre las asistentes estaba Rosa María Sotelo, cuya hija desapareció en Temixco en 2021. "Vengo cada año porque aquí nadie me dice que me calle", dijo mientras sostenía una manta con el rostro de su hija.

Al final de la tarde, un grupo de mujeres encendió veladoras en la explanada y leyó en voz alta los nombres de las víctimas de feminicidio en Morelos durante el último año.

[^1]: Según el Observatorio de Violencia de Género local, al menos 40 carpetas de investigación por feminicidio abiertas desde 2020 siguen sin sentencia.
"""
write_source('cf22.md', cf22)
write_gold('cf22', family='jekyll',
           title='#8M en Cuernavaca: miles marchan del Calvario al Palacio de Gobierno',
           date='2024-03-10', published=False, bylines=['Fernanda Ocampo Brito'], section='Sociedad',
           body_first_words='Miles de mujeres marcharon la tarde del viernes',
           body_last_words='siguen sin sentencia.',
           must_keep=['Colectivas feministas, estudiantes de la Universidad Autónoma del Estado de Morelos, madres buscadoras y trabajadoras del hogar avanzaron durante casi tres horas por la avenida Morelos.',
                      'No se reportaron personas detenidas ni lesionadas, informó la Secretaría de Protección y Auxilio Ciudadano.',
                      '"Vengo cada año porque aquí nadie me dice que me calle", dijo mientras sostenía una manta con el rostro de su hija.'],
           photo_credit='Fernanda Ocampo',
           boilerplate=['{% include figura.html src="/img/2024/8m-cuernavaca.jpg" pie="Contingentes sobre la avenida Morelos." credito="Foto: Fernanda Ocampo" %}'])

# ---------------------------------------------------------------- cf23 jekyll (offset timestamp where UTC is the next day, Edomex)
cf23 = """---
layout: nota
title: Ecatepec da el Grito con fuegos artificiales y sin incidentes
date: 2016-09-15T23:55:00-05:00
author: Jonás Villalpando Rebollar
category: Municipios
tags: "fiestas patrias, Ecatepec, Grito"
site_name: Oriente Mexiquense Hoy
---

Alrededor de 25 mil personas se reunieron la noche de este jueves en la explanada del palacio municipal de Ecatepec para la ceremonia del Grito de Independencia, que concluyó con un espectáculo de fuegos artificiales de quince minutos y sin incidentes graves, según el reporte de Protección Civil.

Desde la tarde, familias de San Cristóbal, Ciudad Azteca y Jardines de Morelos llegaron con sillas plegables y cobijas para apartar lugar frente al escenario, donde se presentaron un mariachi, un ballet folclórico y una banda de música norteña.

El operativo de seguridad incluyó a 800 policías municipales y estatales, arcos detectores de metales en los accesos y la prohibición de vender bebidas alcohólicas en un perímetro de diez cuadras. Los cuerpos de emergencia atendieron a catorce personas, la mayoría por crisis nerviosas y golpes leves.

Los comerciantes de antojitos instalados en las calles aledañas reportaron buenas ventas de pozole, tostadas y esquites, aunque algunos se quejaron de que las autoridades les cobraron una cuota más alta que el año pasado por el permiso.

Al terminar la ceremonia, el transporte público se saturó en la avenida Central y en la estación Ecatepec del Mexibús, donde se formaron filas de más de una hora. Muchas familias regresaron a pie a sus colonias pasada la medianoche.
"""
write_source('cf23.md', cf23)
write_gold('cf23', family='jekyll',
           title='Ecatepec da el Grito con fuegos artificiales y sin incidentes',
           date='2016-09-15', bylines=['Jonás Villalpando Rebollar'], source='Oriente Mexiquense Hoy',
           section='Municipios',
           body_first_words='Alrededor de 25 mil personas se reunieron la noche de este jueves',
           body_last_words='regresaron a pie a sus colonias pasada la medianoche.',
           must_keep=['El operativo de seguridad incluyó a 800 policías municipales y estatales, arcos detectores de metales en los accesos y la prohibición de vender bebidas alcohólicas en un perímetro de diez cuadras.',
                      'Los cuerpos de emergencia atendieron a catorce personas, la mayoría por crisis nerviosas y golpes leves.',
                      'Muchas familias regresaron a pie a sus colonias pasada la medianoche.'])

# ---------------------------------------------------------------- cf24 generic (Word document saved as text: smart quotes, tabs, manual numbering)
cf24 = """Qué hacer si cae ceniza del Popocatépetl: recomendaciones para las familias

\tLa actividad del volcán Popocatépetl puede provocar caída de ceniza en municipios de Puebla, Morelos, Tlaxcala y el Estado de México, incluso a más de cien kilómetros del cráter, según la dirección del viento. La ceniza volcánica no es polvo común: está formada por pequeños fragmentos de roca y vidrio que irritan los ojos, la garganta y la piel.

\tEstas son las principales recomendaciones de Protección Civil para los hogares:

\t1)\tCubrir nariz y boca con un cubrebocas o un pañuelo húmedo, y usar lentes en lugar de lentes de contacto.
\t2)\tCerrar puertas y ventanas, y tapar las rendijas con trapos húmedos.
\t3)\tTapar tinacos, cisternas y recipientes con agua para consumo.
\t4)\tBarrer la ceniza de techos y patios antes de que se acumule, humedeciéndola ligeramente, y guardarla en bolsas de plástico.
\t5)\tNo tirar la ceniza al drenaje, porque endurece y tapa las tuberías.
\t6)\tEvitar manejar; si es indispensable, hacerlo despacio y con las luces encendidas.

\tLas personas con asma, bronquitis u otras enfermedades respiratorias, así como las niñas, los niños y las personas adultas mayores, deben permanecer dentro de casa mientras dure la caída de ceniza. Si aparecen dificultad para respirar, tos persistente o ardor intenso en los ojos, hay que acudir al centro de salud más cercano.

\tEl semáforo de alerta volcánica tiene tres colores: verde, amarillo y rojo. El color amarillo, que es el más frecuente en los últimos años, significa que el volcán tiene actividad y que no se debe subir al cráter, pero no implica evacuar las comunidades.

\tPara seguir la actividad del volcán se recomienda consultar sólo fuentes oficiales y no difundir \u201ccadenas\u201d de mensajes sin confirmar. Un rumor falso puede provocar pánico y accidentes en las carreteras de evacuación.
"""
write_source('cf24.txt', cf24, enc='cp1252', eol='crlf')
write_gold('cf24', family='generic',
           title='Qué hacer si cae ceniza del Popocatépetl: recomendaciones para las familias',
           body_first_words='La actividad del volcán Popocatépetl puede provocar caída de ceniza',
           body_last_words='en las carreteras de evacuación.',
           must_keep=['No tirar la ceniza al drenaje, porque endurece y tapa las tuberías.',
                      'La ceniza volcánica no es polvo común: está formada por pequeños fragmentos de roca y vidrio que irritan los ojos, la garganta y la piel.',
                      'Un rumor falso puede provocar pánico y accidentes en las carreteras de evacuación.'])

# ---------------------------------------------------------------- cf25 generic (1990s Word for Mac text: Mac Roman, CR line ends)
cf25 = """Los chinelos de Tlayacapan: un carnaval que se borda todo el año

Quien llega a Tlayacapan en febrero ve primero los sombreros: enormes, forrados de terciopelo, cubiertos de chaquira, lentejuelas y plumas, rematados con figuras que cambian cada año. Debajo, una máscara de barba puntiaguda y una túnica larga que llega hasta los tobillos. Así se visten los chinelos, los danzantes del carnaval de los Altos de Morelos.

El salto del chinelo se baila al ritmo de la banda de viento, con pequeños brincos y los brazos en alto. Los viejos del pueblo cuentan que la danza nació como una burla de los indígenas a los españoles, que en sus fiestas de carnaval se disfrazaban y bailaban con aire solemne.

Un traje completo puede costar tanto como una cosecha. Las bordadoras trabajan desde el verano en sus casas, con los dibujos que les encargan las familias: águilas, vírgenes, escenas de la Revolución o el escudo del equipo de futbol favorito. \u201cCada sombrero tiene su historia\u201d, dice doña Amalia, que borda desde los doce años, \u201cy nadie quiere salir igual que el vecino\u201d.

Los barrios de Tlayacapan compiten por tener la comparsa más grande y la banda más sonada. Durante los tres días del carnaval, las calles empedradas del centro se llenan de saltos, de cohetes y del olor de la cecina y el pan que se vende en los portales.

Los jóvenes que emigraron a Cuernavaca, a la ciudad de México o a los Estados Unidos procuran regresar para estas fechas. Algunos mandan hacer su traje desde lejos y lo estrenan en cuanto bajan del autobús.
"""
write_source('cf25.txt', cf25, enc='mac_roman', eol='cr')
write_gold('cf25', family='generic',
           title='Los chinelos de Tlayacapan: un carnaval que se borda todo el año',
           body_first_words='Quien llega a Tlayacapan en febrero ve primero los sombreros',
           body_last_words='lo estrenan en cuanto bajan del autobús.',
           must_keep=['Un traje completo puede costar tanto como una cosecha.',
                      'El salto del chinelo se baila al ritmo de la banda de viento, con pequeños brincos y los brazos en alto.',
                      '\u201cCada sombrero tiene su historia\u201d, dice doña Amalia, que borda desde los doce años, \u201cy nadie quiere salir igual que el vecino\u201d.'])

# ---------------------------------------------------------------- cf26 generic (Markdown with setext h1, blockquote and list, Hgo.)
cf26 = """Cómo llegar a las grutas de Tolantongo sin perderse en la sierra
================================================================

Las grutas de Tolantongo, en el municipio de Cardonal, son uno de los destinos más visitados de Hidalgo. El río de agua termal que sale de la montaña, las pozas colgadas del cerro y el túnel de vapor atraen cada fin de semana a miles de personas. Llegar, sin embargo, requiere algo de planeación.

> El último tramo del camino es una bajada de terracería y curvas cerradas: conviene hacerlo de día y sin prisa.

Desde Pachuca, la ruta más directa pasa por Actopan e Ixmiquilpan. En Ixmiquilpan hay que tomar la desviación hacia Cardonal y, después, seguir los letreros hacia San Cristóbal. A partir de ahí empieza el descenso hacia la barranca.

Lo que conviene llevar:

- efectivo, porque en el lugar casi no hay señal para pagar con tarjeta;
- sandalias de agua para caminar sobre las piedras del río;
- una lámpara si se piensa acampar;
- bolsas para regresar con la basura.

Los fines de semana largos y en Semana Santa el estacionamiento se llena desde muy temprano, y las filas para entrar al túnel pueden durar más de una hora. Entre semana el lugar está mucho más tranquilo.

Hay hoteles dentro del parque, pero no aceptan reservaciones: las habitaciones se asignan por orden de llegada. Quien prefiera acampar puede rentar una casa de campaña en la entrada.

La comunidad ejidal que administra las grutas pide no llevar bocinas ni bebidas en envases de vidrio, y respetar las zonas marcadas como peligrosas junto al río.
"""
write_source('cf26.md', cf26)
write_gold('cf26', family='generic',
           title='Cómo llegar a las grutas de Tolantongo sin perderse en la sierra',
           body_first_words='Las grutas de Tolantongo, en el municipio de Cardonal',
           body_last_words='las zonas marcadas como peligrosas junto al río.',
           must_keep=['El último tramo del camino es una bajada de terracería y curvas cerradas: conviene hacerlo de día y sin prisa.',
                      'sandalias de agua para caminar sobre las piedras del río;',
                      'Hay hoteles dentro del parque, pero no aceptan reservaciones: las habitaciones se asignan por orden de llegada.'])

# ---------------------------------------------------------------- cf27 generic (bold first line as title, BOM, alternating line ends, Edomex)
cf27 = """**La leyenda de los volcanes contada en San Pedro Nexapa**

En San Pedro Nexapa, el último pueblo antes del paso de Cortés, los abuelos cuentan la historia de los volcanes a su manera. No hablan de princesas aztecas ni de guerreros en pinturas de calendario, sino de una mujer y un hombre del pueblo que se quisieron mucho y a quienes el mundo no dejó estar juntos.

Dicen que ella se durmió esperándolo y que él, al encontrarla dormida, se quedó a cuidarla con una antorcha en la mano. Por eso el Iztaccíhuatl tiene forma de mujer acostada y el Popocatépetl echa humo: la antorcha sigue encendida.

Don Faustino Ramos, que fue guía de montaña durante cuarenta años, dice que los graniceros del pueblo subían cada mayo a dejar ofrendas en las cuevas de la Mujer Dormida para pedir buen temporal. Todavía hoy, algunas familias suben el 3 de mayo con flores, pan y cera.

Los jóvenes conocen la versión de las escuelas y la de las películas, pero muchos prefieren la de sus abuelos. "La nuestra es más triste, pero es de aquí", dice una estudiante de bachillerato que acompaña a los turistas hasta el albergue de La Joya.

En los últimos años el pueblo ha recibido más visitantes, atraídos por las caminatas y por la vista de los dos volcanes al amanecer. Los comisariados ejidales piden que quienes suban respeten las cuevas y no dejen basura, porque para muchos vecinos siguen siendo lugares sagrados.
"""
write_source('cf27.md', cf27, bom=True, eol=('alternate',))
write_gold('cf27', family='generic',
           title='La leyenda de los volcanes contada en San Pedro Nexapa',
           body_first_words='En San Pedro Nexapa, el último pueblo antes del paso de Cortés',
           body_last_words='para muchos vecinos siguen siendo lugares sagrados.',
           must_keep=['Por eso el Iztaccíhuatl tiene forma de mujer acostada y el Popocatépetl echa humo: la antorcha sigue encendida.',
                      'Todavía hoy, algunas familias suben el 3 de mayo con flores, pan y cera.',
                      '"La nuestra es más triste, pero es de aquí", dice una estudiante de bachillerato que acompaña a los turistas hasta el albergue de La Joya.'])

# ---------------------------------------------------------------- cf28 bad (saved HTML page: navigation only, 404)
cf28 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="UTF-8">
<title>Página no encontrada &#8211; Cholula Al Día</title>
<link rel="stylesheet" href="./Página no encontrada – Cholula Al Día_files/style.css">
</head>
<body class="error404">
<header id="masthead">
  <a class="logo" href="https://cholulaaldia-ej.example.mx/">Cholula Al Día</a>
  <nav id="menu-principal">
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/category/municipios/">Municipios</a></li>
      <li><a href="/category/seguridad/">Seguridad</a></li>
      <li><a href="/category/cultura/">Cultura</a></li>
      <li><a href="/category/deportes/">Deportes</a></li>
      <li><a href="/contacto/">Contacto</a></li>
    </ul>
  </nav>
</header>
<main>
  <h1 class="page-title">¡Ups! Esa página no se encuentra.</h1>
  <form role="search" action="/"><input type="search" name="s" placeholder="Buscar &hellip;"></form>
</main>
<footer>
  <ul class="social"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Instagram</a></li></ul>
  <p>&copy; 2022 Cholula Al Día. Todos los derechos reservados.</p>
</footer>
<script src="./Página no encontrada – Cholula Al Día_files/main.js"></script>
</body>
</html>
"""
write_source('cf28.txt', cf28)
write_gold('cf28', family='bad',
           refusal_reason='Es una página HTML guardada que sólo contiene menús de navegación y un aviso de error 404; no hay ningún artículo.')

# ---------------------------------------------------------------- cf29 bad (jekyll-redirect-from stub: front matter only)
cf29 = """---
layout: redirect
title: "Tlaxcala registra sismo de magnitud 4.1"
date: 2018-02-16 18:05:00 -06:00
redirect_to: /2018/02/16/sismo-tlaxcala-actualizacion/
sitemap: false
---


"""
write_source('cf29.md', cf29, eol='crlf')
write_gold('cf29', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) de una redirección y no tiene cuerpo de texto.')

# ---------------------------------------------------------------- cf30 bad (binary Word 97 .doc saved with .txt)
raw30 = bytearray(b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00'
                  + b'\x06\x00' + b'\x00' * 10 + b'\x01\x00\x00\x00')
seed = 1187
while len(raw30) < 4096:
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    raw30.append((seed >> 16) & 0xff)
write_source('cf30.txt', raw=bytes(raw30))
write_gold('cf30', family='bad',
           refusal_reason='El archivo es binario (un documento de Word .doc guardado con extensión .txt), no texto legible.')
