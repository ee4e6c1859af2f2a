#!/usr/bin/env python3
"""importer-bu, files 21-30."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bu21 jekyll (WordPress via jekyll-import: author mapping, meta block, [caption] shortcode)
bu21 = """---
layout: post
title: Jerez prepara la Feria de Primavera con el regreso de la charreada
date: 2012-03-29 18:40:11.000000000 -06:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Cultura
- Portada
tags:
- Jerez
- feria
- charrería
meta:
  _edit_last: '1'
  _thumbnail_id: '214'
author:
  login: mrodarte
  email: mrodarte@cronicasdejerez.example.mx
  display_name: Maribel Rodarte Félix
  first_name: Maribel
  last_name: Rodarte Félix
permalink: "/2012/03/29/jerez-prepara-feria-primavera/"
---
<p>[caption id="attachment_214" align="aligncenter" width="600"]<a href="http://cronicasdejerez.example.mx/wp-content/uploads/2012/03/lienzo.jpg"><img class="size-full wp-image-214" src="http://cronicasdejerez.example.mx/wp-content/uploads/2012/03/lienzo.jpg" alt="Lienzo charro de Jerez" width="600" height="400" /></a> Foto: Maribel Rodarte[/caption]</p>
<p>Después de tres años sin competencias, el lienzo charro de Jerez volverá a recibir a las asociaciones de la región durante la Feria de Primavera, que comenzará el Sábado de Gloria y se extenderá por dos semanas con música, teatro, corridas de toros y la tradicional quema del Judas.</p>
<p>El comité organizador informó que el lienzo fue reparado con aportaciones de los propios charros y de comerciantes del centro, luego de que una tormenta derribó parte de las gradas en el verano de 2009. Participarán equipos de Zacatecas, Aguascalientes, Jalisco y Durango.</p>
<!--more-->
<p>El programa cultural incluye presentaciones en el Teatro Hinojosa, conciertos de bandas de viento en el jardín Páez y una muestra gastronómica con birria, gorditas de horno y dulces de biznaga. Los organizadores esperan la visita de unas 40&nbsp;mil personas, muchas de ellas jerezanos que viven en Estados Unidos y regresan cada año para la feria.</p>
<p>Comerciantes del centro histórico pidieron que esta vez se ordene el estacionamiento en las calles cercanas a la plaza de toros, donde en años anteriores se formaron embotellamientos de varias horas. El ayuntamiento respondió que habilitará dos predios como estacionamiento y que habrá un servicio de transporte gratuito desde la entrada del pueblo.</p>
<p>La inauguración será a las siete de la noche con un desfile de carros alegóricos que partirá de la alameda.</p>
"""
write_source('bu21.md', bu21)
write_gold('bu21', family='jekyll',
           title='Jerez prepara la Feria de Primavera con el regreso de la charreada',
           date='2012-03-29', bylines=['Maribel Rodarte Félix'], section='Cultura',
           placement=['Portada'],
           body_first_words='Después de tres años sin competencias, el lienzo charro de Jerez',
           body_last_words='con un desfile de carros alegóricos que partirá de la alameda.',
           boilerplate=['Foto: Maribel Rodarte'],
           must_keep=['Participarán equipos de Zacatecas, Aguascalientes, Jalisco y Durango.',
                      'El ayuntamiento respondió que habilitará dos predios como estacionamiento y que habrá un servicio de transporte gratuito desde la entrada del pueblo.',
                      'La inauguración será a las siete de la noche con un desfile de carros alegóricos que partirá de la alameda.'],
           photo_credit='Maribel Rodarte')

# ---------------------------------------------------------------- bu22 jekyll (Huasteca travel blog; front matter closed with "...", draft: true)
bu22 = """---
title: "Cascada de Tamul: lo que hay que saber antes de ir en temporada de lluvias"
date: 2016-07-03 10:00:00 -05:00
author: Brenda Saldierna Castillo
categories: [Turismo]
tags: [Aquismón, Tamul, Huasteca potosina, río Santa María]
draft: true
...

La cascada de Tamul, en el municipio de Aquismón, es uno de los paisajes más fotografiados de la Huasteca potosina: el río Gallinas cae más de cien metros sobre el cañón del río Santa María, y el agua del fondo cambia del turquesa al verde según la época del año.

En julio, sin embargo, el paisaje es otro. Con las lluvias, el río baja cargado de tierra y el color turquesa desaparece; la corriente aumenta y los guías de la comunidad de La Morena suspenden los recorridos en panga cuando el nivel sube demasiado. Antes de viajar, conviene llamar a la cooperativa de guías para confirmar que el paseo está abierto.

El recorrido en panga, remando contra la corriente, dura entre tres y cuatro horas de ida y vuelta. Se paga por embarcación y el chaleco salvavidas es obligatorio. Quienes no quieran remar pueden llegar a pie por el camino que baja desde el ejido Tanchachín hasta el mirador, aunque el último tramo es empinado y resbaloso.

Lleven agua, repelente y ropa que se pueda mojar. En la comunidad hay fondas que sirven enchiladas huastecas y bocoles, pero no hay cajeros automáticos ni señal de teléfono en buena parte del trayecto.

Si el río está crecido, la Cueva del Agua, a unos minutos de ahí, es una alternativa segura para nadar en aguas tranquilas.
"""
write_source('bu22.md', bu22)
write_gold('bu22', family='jekyll',
           title='Cascada de Tamul: lo que hay que saber antes de ir en temporada de lluvias',
           date='2016-07-03', published=False, bylines=['Brenda Saldierna Castillo'],
           section='Turismo',
           body_first_words='La cascada de Tamul, en el municipio de Aquismón',
           body_last_words='es una alternativa segura para nadar en aguas tranquilas.',
           must_keep=['Se paga por embarcación y el chaleco salvavidas es obligatorio.',
                      'Antes de viajar, conviene llamar a la cooperativa de guías para confirmar que el paseo está abierto.',
                      'Lleven agua, repelente y ropa que se pueda mojar.'])

# ---------------------------------------------------------------- bu23 jekyll (culture magazine; BOM, CRLF, folded title, semicolon-separated authors)
bu23 = """---
title: >-
  Restauradoras de la UAA recuperan los retablos barrocos
  de la parroquia de Asientos
date: 2017-05-18
autor: "Lucía Marmolejo Durón; Andrés Villalpando Ruiz"
categoria: Cultura
tags:
  - patrimonio
  - Asientos
  - restauración
sitio_web: Tinta Hidrocálida
---
Un equipo de restauradoras del departamento de conservación de la Universidad Autónoma de Aguascalientes terminó la primera etapa de los trabajos en los retablos de madera dorada de la parroquia de Asientos, que durante décadas estuvieron cubiertos por capas de humo de velas y de barniz oscurecido.

La limpieza devolvió el brillo a la hoja de oro y dejó ver detalles que los vecinos no recordaban: ángeles pintados en los nichos, flores en relieve y la firma de un dorador en la base de uno de los altares laterales.

Las especialistas trabajaron durante ocho meses con bisturíes, hisopos y solventes suaves, sección por sección, y consolidaron las piezas de madera dañadas por la polilla. El templo permaneció abierto al culto durante toda la obra, con andamios que se movían de un altar a otro.

"Cada retablo tiene su propia historia de reparaciones; hubo quien lo pintó de blanco para modernizarlo y quien lo clavó para que no se cayera", explicó la coordinadora del proyecto.

La segunda etapa, que comenzará en otoño, se dedicará al retablo mayor y a las pinturas de la sacristía. El comité parroquial organiza una kermés cada mes para reunir parte de los recursos.

Los vecinos de Asientos, un antiguo real de minas del norte del estado, esperan que la restauración atraiga a más visitantes al pueblo.
"""
write_source('bu23.md', bu23, eol='crlf', bom=True)
write_gold('bu23', family='jekyll',
           title='Restauradoras de la UAA recuperan los retablos barrocos de la parroquia de Asientos',
           date='2017-05-18', bylines=['Lucía Marmolejo Durón', 'Andrés Villalpando Ruiz'],
           source='Tinta Hidrocálida', section='Cultura',
           body_first_words='Un equipo de restauradoras del departamento de conservación',
           body_last_words='esperan que la restauración atraiga a más visitantes al pueblo.',
           must_keep=['El templo permaneció abierto al culto durante toda la obra, con andamios que se movían de un altar a otro.',
                      'El comité parroquial organiza una kermés cada mes para reunir parte de los recursos.',
                      'La limpieza devolvió el brillo a la hoja de oro y dejó ver detalles que los vecinos no recordaban: ángeles pintados en los nichos, flores en relieve y la firma de un dorador en la base de uno de los altares laterales.'])

# ---------------------------------------------------------------- bu24 generic (reStructuredText-style title with over- and underline)
bu24 = """=================================================
 El huapango huasteco, un trío que cuenta la sierra
=================================================

En cualquier fiesta de la Huasteca potosina, tarde o temprano aparece el trío: un violín, una jarana y una quinta huapanguera. Con esos tres instrumentos se toca el son huasteco, que los vecinos llaman simplemente huapango, y que se baila zapateando sobre una tarima de madera.

La quinta huapanguera, una guitarra grande de caja profunda, lleva el ritmo y los bajos. La jarana, más pequeña, rasguea los acordes, y el violín improvisa adornos entre verso y verso. Los cantantes alternan el falsete, ese quiebre de la voz que distingue al huapango de cualquier otra música del país.

Muchos de los versos son tradicionales y se heredan de una generación a otra, pero los buenos trovadores improvisan coplas sobre lo que ocurre en la fiesta: la novia, el padrino, el que llegó tarde o la lluvia que no deja de caer.

En Xilitla, Aquismón y Ciudad Valles hay talleres donde los niños aprenden a tocar desde los ocho o nueve años, casi siempre con maestros que también fabrican sus propios instrumentos con cedro rojo de la región.

Cada año, los festivales de huapango reúnen a tríos de San Luis Potosí, Hidalgo, Veracruz y Tamaulipas en concursos de ejecución y de zapateado. Los jurados califican la afinación, el falsete y la capacidad de improvisar, pero sobre todo que el trío suene como uno solo.

Para quien nunca lo ha escuchado en vivo, la recomendación es sencilla: ir a una fiesta de pueblo y esperar a que se haga de noche.
"""
write_source('bu24.text', bu24, eol='crlf')
write_gold('bu24', family='generic',
           title='El huapango huasteco, un trío que cuenta la sierra',
           body_first_words='En cualquier fiesta de la Huasteca potosina, tarde o temprano aparece el trío',
           body_last_words='ir a una fiesta de pueblo y esperar a que se haga de noche.',
           must_keep=['La quinta huapanguera, una guitarra grande de caja profunda, lleva el ritmo y los bajos.',
                      'Los cantantes alternan el falsete, ese quiebre de la voz que distingue al huapango de cualquier otra música del país.',
                      'Para quien nunca lo ha escuchado en vivo, la recomendación es sencilla: ir a una fiesta de pueblo y esperar a que se haga de noche.'])

# ---------------------------------------------------------------- bu25 generic (typewritten chronicle re-keyed: hard wraps at 68 columns, ISO-8859-15)
bu25 = """La vieja estación de Cárdenas, a la espera del tren que ya no pasa

   Quien llega a Cárdenas por la carretera ve primero los talleres,
naves enormes de ladrillo rojo con las ventanas rotas, y después la
estación, con su reloj detenido y su andén vacío. Durante casi un
siglo, este pueblo de la Zona Media vivió del ferrocarril.
   Aquí se cambiaban las locomotoras que subían a la sierra rumbo a
Tampico. Había talleres de reparación, una casa redonda y una
escuela para los hijos de los ferrocarrileros.
   Don Margarito Izaguirre trabajó cuarenta años como mecánico de
vía. Recuerda que en los buenos tiempos el silbato de los talleres
marcaba la hora de todo el pueblo: la de entrar, la de comer y la de
volver a casa.
   Cuando dejaron de correr los trenes de pasajeros, los comercios
de la calle principal empezaron a cerrar uno tras otro.
   Algunos de los hijos de aquellos trabajadores se fueron a San Luis
Potosí, a Monterrey o al otro lado. Los que se quedaron siembran,
crían chivas o atienden pequeños negocios en la plaza.
   Hoy, un grupo de jubilados cuida la estación por su cuenta. Barren
el andén, pintan las bancas y abren la sala de espera los domingos
para que los niños vean las fotografías de las locomotoras de vapor.
   Sueñan con un museo, aunque saben que nadie ha prometido nada.
"""
write_source('bu25.txt', bu25, enc='iso8859_15', eol='lf')
write_gold('bu25', family='generic',
           title='La vieja estación de Cárdenas, a la espera del tren que ya no pasa',
           body_first_words='Quien llega a Cárdenas por la carretera ve primero los talleres,',
           body_last_words='Sueñan con un museo, aunque saben que nadie ha prometido nada.',
           must_keep=['Don Margarito Izaguirre trabajó cuarenta años como mecánico de vía.',
                      'Cuando dejaron de correr los trenes de pasajeros, los comercios de la calle principal empezaron a cerrar uno tras otro.',
                      'Sueñan con un museo, aunque saben que nadie ha prometido nada.'])

# ---------------------------------------------------------------- bu26 generic (Google Docs -> Markdown add-on export: warning comment, bold title, escapes)
bu26 = """<!-----

You have some errors, warnings, or alerts. If you are using reckless mode, turn it off to see inline alerts.
* ERRORs: 0
* WARNINGs: 1
* ALERTS: 1

Conversion time: 0.912 seconds.

----->


**Las Morismas de Bracho: dos días de batalla en las lomas de Zacatecas**

Cada último fin de semana de agosto, miles de zacatecanos suben a las lomas de Bracho, al norte de la capital, para representar la batalla entre moros y cristianos que la cofradía de San Juan Bautista organiza desde hace más de un siglo.

Los participantes, vestidos con túnicas, turbantes, cascos y capas que muchas familias cosen en casa durante meses, se dividen en dos ejércitos. Durante dos días recrean episodios que mezclan la historia de España con la leyenda de Carlomagno y la conversión de los moros, entre disparos de salva y música de tambora.

Para la cofradía, la fiesta no es un espectáculo, sino una promesa. Muchos de los "soldados" participan desde niños, igual que lo hicieron sus padres y abuelos, y algunos regresan cada año desde Estados Unidos sólo para ocupar su lugar en las filas.

La organización es minuciosa:

1\\. Los ensayos comienzan en junio.
2\\. Cada batallón tiene su capitán y su bandera.
3\\. El sábado se representa la batalla y el domingo la rendición.

Los vecinos de Bracho instalan puestos de comida en los patios de sus casas, y el olor a gorditas y a asado de boda se mezcla con el de la pólvora. A mediodía, el cerro se llena de humo y de gente que busca la sombra de los mezquites.

Quienes visitan por primera vez las Morismas suelen llevarse la misma impresión: que no han visto una obra de teatro, sino a un pueblo entero contando su historia.
"""
write_source('bu26.md', bu26)
write_gold('bu26', family='generic',
           title='Las Morismas de Bracho: dos días de batalla en las lomas de Zacatecas',
           body_first_words='Cada último fin de semana de agosto, miles de zacatecanos',
           body_last_words='sino a un pueblo entero contando su historia.',
           boilerplate=['You have some errors, warnings, or alerts.',
                        'If you are using reckless mode, turn it off to see inline alerts.',
                        'Conversion time: 0.912 seconds.'],
           must_keep=['Para la cofradía, la fiesta no es un espectáculo, sino una promesa.',
                      'Cada batallón tiene su capitán y su bandera.',
                      'A mediodía, el cerro se llena de humo y de gente que busca la sombra de los mezquites.'])

# ---------------------------------------------------------------- bu27 generic (UTF-16 BE with BOM, plain first-line title)
bu27 = """Real de Catorce, el pueblo que volvió de la plata
Real de Catorce fue uno de los centros mineros más ricos de la Nueva España. A finales del siglo XVIII, las minas de la sierra de Catorce producían tanta plata que en el pueblo llegaron a vivir miles de personas, con casa de moneda, plaza de toros y palenque de gallos.

La bonanza duró poco más de un siglo. Cuando bajó el precio de la plata y las minas se inundaron, las familias empezaron a irse, y a mediados del siglo XX el pueblo tenía apenas unos cuantos cientos de habitantes. Las casas de cantera se quedaron sin techo y las calles empedradas se llenaron de hierba.

La única entrada sigue siendo el túnel de Ogarrio, de más de dos kilómetros de largo, abierto en la roca a finales del siglo XIX. Los autos cruzan por turnos, porque el túnel sólo tiene un carril.

El regreso comenzó con los peregrinos. Cada año, miles de fieles suben a venerar la imagen de San Francisco de Asís en la parroquia de la Purísima Concepción, sobre todo el 4 de octubre. Después llegaron los viajeros atraídos por el desierto, por el paisaje de Wirikuta y por el silencio de las calles.

Hoy, Real de Catorce vive del turismo. Hay hoteles en las antiguas casonas, restaurantes de comida italiana y jinetes que ofrecen paseos a caballo hacia el pueblo fantasma.

Los habitantes más viejos dicen que el pueblo no murió: sólo estuvo dormido esperando que alguien volviera a subir.
"""
write_source('bu27.txt', bu27, enc='utf-16-be', bom=True)
write_gold('bu27', family='generic',
           title='Real de Catorce, el pueblo que volvió de la plata',
           body_first_words='Real de Catorce fue uno de los centros mineros más ricos de la Nueva España.',
           body_last_words='sólo estuvo dormido esperando que alguien volviera a subir.',
           must_keep=['Los autos cruzan por turnos, porque el túnel sólo tiene un carril.',
                      'Hoy, Real de Catorce vive del turismo.',
                      'Después llegaron los viajeros atraídos por el desierto, por el paisaje de Wirikuta y por el silencio de las calles.'])

# ---------------------------------------------------------------- bu28 bad (saved HTML page: the broadcaster's schedule page, navigation only)
bu28 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Programación | Radio Cañada Potosina</title>
<link rel="stylesheet" href="programacion_files/estilos.css">
<script src="programacion_files/menu.js"></script>
</head>
<body>
<header>
  <a href="index.html" class="logo"><img src="programacion_files/logo.png" alt="Radio Cañada Potosina"></a>
  <nav class="menu-principal">
    <ul>
      <li><a href="index.html">Inicio</a></li>
      <li><a href="noticias.html">Noticias</a></li>
      <li><a href="programacion.html" class="activo">Programación</a></li>
      <li><a href="en-vivo.html">En vivo</a></li>
      <li><a href="podcasts.html">Podcasts</a></li>
      <li><a href="contacto.html">Contacto</a></li>
    </ul>
  </nav>
</header>
<main>
  <div id="parrilla" data-src="/api/parrilla?dia=hoy"><!-- la parrilla se carga con JavaScript --></div>
</main>
<footer>
  <ul class="redes">
    <li><a href="https://facebook.example.mx/RadioCanadaPotosinaEj">Facebook</a></li>
    <li><a href="https://x.example.mx/RCPotosinaEj">X</a></li>
  </ul>
  <p>Aviso de privacidad · Transparencia · Mapa del sitio</p>
</footer>
</body>
</html>
"""
write_source('bu28.txt', bu28, eol='crlf')
write_gold('bu28', family='bad',
           refusal_reason='El archivo es una página HTML guardada que sólo contiene menús de navegación y pie de página; no contiene ninguna nota.')

# ---------------------------------------------------------------- bu29 bad (Lotus Domino structured-text export of a record with an empty Body)
bu29 = """$Revisions:  03/08/2004 11:58:02 p.m.
Form:  NotaImpresa
Medio:  El Centinela Potosino
Edicion:  04/08/2004
Seccion:  Portada
Pagina:  1-A
Cabeza:  FOTO DEL DIA
Autor:  CN=Fotografia/OU=Redaccion/O=Centinela
$FILE:  portada_0408_foto1.jpg
Body:  
\f"""
write_source('bu29.txt', bu29, enc='cp850', eol='crlf')
write_gold('bu29', family='bad',
           refusal_reason='El registro exportado de Lotus Domino no tiene texto: el campo Body está vacío y sólo hay un adjunto de imagen.')

# ---------------------------------------------------------------- bu30 bad (Word 97-2003 .doc binary saved with a .md extension)
doc = (b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00'
       + b'\x06\x00' + b'\x00' * 10 + b'\x01\x00\x00\x00' + b'\x00' * 8 + b'\x00\x10\x00\x00'
       + b'\xfe\xff\xff\xff' * 20 + b'\xff' * 64
       + 'Root Entry'.encode('utf-16-le') + b'\x00' * 42 + b'\x16\x00\x05\x01'
       + 'WordDocument'.encode('utf-16-le') + b'\x00' * 40 + b'\x1a\x00\x02\x01'
       + b'\xec\xa5\xc1\x00G\x00\t\x04\x00\x00\xf8\x12\xbf\x00\x00\x00\x00\x00'
       + b'\x00\x00\x10\x00\x00\x00\x00\x00\x08\x00\x00\x8c\x0b\x00\x00\x0e\x00'
       + bytes(range(0, 256)) * 2)
write_source('bu30.md', raw=doc)
write_gold('bu30', family='bad',
           refusal_reason='El archivo es un documento binario de Word (.doc) guardado con extensión .md; no es texto legible.')
