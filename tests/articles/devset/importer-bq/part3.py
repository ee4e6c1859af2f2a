#!/usr/bin/env python3
"""importer-bq, files 21-30."""
import struct
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bq21 jekyll (jekyll-import from WordPress, Mor.; author as a mapping)
bq21 = """---
layout: post
title: El trueque sobrevive en el tianguis dominical de Zacualpan de Amilpas
date: 2011-07-18 13:44:12.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Cultura
tags:
- trueque
- tianguis
- Altos de Morelos
meta:
  _edit_last: '2'
  _thumbnail_id: '4411'
  _wp_old_slug: trueque-zacualpan
author:
  login: mlopezr
  email: mlopez@correo-redaccion.example.mx
  display_name: Mariana López Rebolledo
  first_name: Mariana
  last_name: López Rebolledo
permalink: "/2011/07/18/el-trueque-sobrevive-en-zacualpan/"
---
[caption id="attachment_4411" align="aligncenter" width="600"]<img class="size-large wp-image-4411" src="http://media.example.mx/uploads/2011/07/trueque.jpg" alt="Trueque en Zacualpan" width="600" height="400" /> Mujeres de Tlacotepec intercambian fruta por sal y pan. Foto: Mariana López Rebolledo[/caption]

Cada domingo, desde antes de que amanezca, cientos de personas de los pueblos de los Altos de Morelos y del Estado de México llegan a la plaza de Zacualpan de Amilpas para cambiar lo que producen por lo que les falta. Aquí, en uno de los pocos tianguis de trueque que sobreviven en el centro del país, una cubeta de ciruelas puede valer un kilo de sal o tres piezas de pan de pueblo.

Las mujeres de Tlacotepec, Temoac y Ocuituco bajan con aguacates, flores y hierbas; los comerciantes de Tierra Caliente suben con sal, chiles secos y pescado seco. Nadie fija precios: el valor de cada cosa se negocia con la mirada y con la costumbre.

Doña Remedios Galicia, de 78 años, lleva más de seis décadas cambiando ollas de barro por maíz. <em>“Mi mamá me traía cargando en el rebozo; ahora yo traigo a mi nieta”</em>, cuenta mientras acomoda su mercancía sobre un petate.

Los antropólogos que han estudiado el tianguis dicen que el intercambio sin dinero se mantiene porque une a comunidades de climas distintos, que producen cosas diferentes en épocas diferentes del año. También porque, para muchas familias, es la manera de conseguir productos cuando no hay efectivo.

<!--more-->

El ayuntamiento prepara un reglamento para proteger el trueque, después de que algunos revendedores comenzaron a instalar puestos con mercancía industrial en la zona reservada para el intercambio.
"""
write_source('bq21.md', bq21)
write_gold('bq21', family='jekyll',
           title='El trueque sobrevive en el tianguis dominical de Zacualpan de Amilpas',
           date='2011-07-18', bylines=['Mariana López Rebolledo'], section='Cultura',
           body_first_words='Cada domingo, desde antes de que amanezca',
           body_last_words='en la zona reservada para el intercambio.',
           boilerplate=['Mujeres de Tlacotepec intercambian fruta por sal y pan. Foto: Mariana López Rebolledo'],
           must_keep=['Nadie fija precios: el valor de cada cosa se negocia con la mirada y con la costumbre.',
                      'Doña Remedios Galicia, de 78 años, lleva más de seis décadas cambiando ollas de barro por maíz.',
                      'También porque, para muchas familias, es la manera de conseguir productos cuando no hay efectivo.'],
           photo_credit='Mariana López Rebolledo')

# ---------------------------------------------------------------- bq22 jekyll-like (Hugo TOML front matter, Gro.; title_en; draft)
bq22 = """+++
title = "Taxco alista la Feria Nacional de la Plata con 300 expositores"
title_en = "Taxco gets ready for the National Silver Fair with 300 exhibitors"
date = 2015-11-27T10:00:00-06:00
draft = true
authors = ["Rodrigo Ayala Bustos"]
categories = ["Turismo"]
tags = ["Taxco", "plata", "feria"]
outlet = "Voz de Taxco"
+++

Con la participación de alrededor de 300 expositores de Taxco, Iguala y otras ciudades del país, este sábado se inaugurará una nueva edición de la Feria Nacional de la Plata, que durante una semana llenará de vitrinas, concursos y desfiles las calles del centro de esta ciudad minera.

El comité organizador informó que el concurso nacional de platería recibió este año 240 piezas en las categorías de joyería, escultura, platería utilitaria y diseño contemporáneo. Los premios se entregarán el último día de la feria.

Los artesanos esperan recuperar las ventas de los últimos años, afectadas por la caída del turismo nacional y por el aumento en el precio de la plata. “Un taller pequeño vive de estas fechas; lo que vendamos en la feria nos ayuda a pasar enero”, explicó el platero Fausto Jaimes Figueroa, que trabaja en el barrio de San Miguel.

Además de las exposiciones, el programa incluye el tradicional desfile de carros alegóricos, conciertos en la plaza Borda y recorridos por las antiguas minas. Las autoridades municipales desplegarán un operativo de vialidad para evitar el congestionamiento en las calles empedradas del centro.

La feria concluirá el 5 de diciembre con la premiación del concurso y un concierto de bandas de viento de la región.
"""
write_source('bq22.md', bq22)
write_gold('bq22', family='jekyll',
           title='Taxco alista la Feria Nacional de la Plata con 300 expositores',
           date='2015-11-27', published=False, bylines=['Rodrigo Ayala Bustos'], source='Voz de Taxco',
           section='Turismo',
           body_first_words='Con la participación de alrededor de 300 expositores',
           body_last_words='un concierto de bandas de viento de la región.',
           boilerplate=['Taxco gets ready for the National Silver Fair with 300 exhibitors'],
           must_keep=['Los premios se entregarán el último día de la feria.',
                      '“Un taller pequeño vive de estas fechas; lo que vendamos en la feria nos ayuda a pasar enero”, explicó el platero Fausto Jaimes Figueroa, que trabaja en el barrio de San Miguel.',
                      'Las autoridades municipales desplegarán un operativo de vialidad para evitar el congestionamiento en las calles empedradas del centro.'])

# ---------------------------------------------------------------- bq23 jekyll (newspaper-archive digitisation site, Tlax., 1996)
bq23 = """---
layout: hemeroteca
title: "Miles visitan los panteones de Chiautempan en Día de Muertos"
date: 1996-11-02
periodico: El Centinela de Tlaxcala
edicion: 4512
pagina: 3-A
seccion: Local
autor: "Por Efrén Zempoalteca C."
capturista: "Servicio social, generación 2019"
estado_original: "Página con manchas de humedad; dos líneas ilegibles"
---

Desde temprana hora de ayer, miles de familias de Santa Ana Chiautempan y de los municipios vecinos acudieron a los panteones para limpiar y adornar las tumbas de sus difuntos con flor de cempasúchil, terciopelo y veladoras, en una de las celebraciones más arraigadas de la región.

En el panteón municipal, el más grande de la ciudad, los comerciantes instalaron desde el jueves decenas de puestos de flores, dulces de alfeñique y pan de muerto. Los floricultores de la zona reportaron buenas ventas, aunque se quejaron del aumento en el precio de los fertilizantes.

[Dos líneas ilegibles en el original]

Las familias más antiguas del barrio de Texcacoac conservan la costumbre de velar toda la noche junto a las tumbas, acompañadas de música de banda y de rezanderos que recitan el rosario en náhuatl y en español. Don Pascual Tecpa, de 82 años, dijo que su familia no ha faltado ni un año desde que él tiene memoria.

Elementos de la policía municipal y de la Cruz Roja vigilaron los accesos a los panteones, donde no se reportaron incidentes. El ayuntamiento instaló pipas de agua y contenedores de basura en las entradas principales.

Hoy, Día de los Fieles Difuntos, se espera una afluencia aún mayor, sobre todo de personas que llegan de la capital del país y de Puebla para visitar a sus familiares.
"""
write_source('bq23.md', bq23, eol='crlf')
write_gold('bq23', family='jekyll',
           title='Miles visitan los panteones de Chiautempan en Día de Muertos',
           date='1996-11-02', bylines=['Efrén Zempoalteca C.'], source='El Centinela de Tlaxcala',
           section='Local',
           body_first_words='Desde temprana hora de ayer, miles de familias',
           body_last_words='para visitar a sus familiares.',
           boilerplate=['[Dos líneas ilegibles en el original]'],
           must_keep=['Los floricultores de la zona reportaron buenas ventas, aunque se quejaron del aumento en el precio de los fertilizantes.',
                      'Don Pascual Tecpa, de 82 años, dijo que su familia no ha faltado ni un año desde que él tiene memoria.',
                      'El ayuntamiento instaló pipas de agua y contenedores de basura en las entradas principales.'])

# ---------------------------------------------------------------- bq24 generic (freelance correspondent's file typed on a phone, Gro.)
bq24 = """Marchan en Chilapa para exigir la aparición de sus hijos
x Ofelia Tenorio Casarrubias
Chilapa Gro.  Cientos de personas, la mayoria mujeres, marcharon este domingo por las calles del centro de Chilapa para exigir a las autoridades la aparición de sus hijos, esposos y hermanos desaparecidos en los ultimos meses en la region.
La marcha salio a las 10 de la mañana de la entrada de la ciudad y termino en la plaza principal frente a la catedral, donde las familias colocaron fotografias de los desaparecidos sobre una lona blanca.
Una de las madres, que pidió no publicar su nombre por miedo, conto que su hijo de 19 años salio a trabajar a la parcela hace cuatro meses y ya no regreso. “Nomas queremos saber donde estan, no queremos venganza”, dijo.
Los manifestantes pidieron que las fiscalías del estado y federal revisen las denuncias que presentaron desde el año pasado, porque aseguran que en la mayoria no hay avances y que nadie les informa nada.
Durante el recorrido los comercios del centro cerraron sus cortinas y los policias estatales vigilaron desde las esquinas. No hubo incidentes.
Al final, un sacerdote de la parroquia encabezo una oracion y las familias anunciaron que volveran a marchar cada mes hasta tener respuestas.

Va la nota jefe, las fotos te las mando por whats porque aqui no hay señal
Enviado desde mi Huawei
"""
write_source('bq24.txt', bq24)
write_gold('bq24', family='generic',
           title='Marchan en Chilapa para exigir la aparición de sus hijos',
           bylines=['Ofelia Tenorio Casarrubias'],
           body_first_words='Cientos de personas, la mayoria mujeres, marcharon este domingo',
           body_last_words='volveran a marchar cada mes hasta tener respuestas.',
           boilerplate=['Chilapa Gro.', 'Va la nota jefe, las fotos te las mando por whats porque aqui no hay señal',
                        'Enviado desde mi Huawei'],
           must_keep=['“Nomas queremos saber donde estan, no queremos venganza”, dijo.',
                      'Durante el recorrido los comercios del centro cerraron sus cortinas y los policias estatales vigilaron desde las esquinas.',
                      'No hubo incidentes.'])

# ---------------------------------------------------------------- bq25 generic (AsciiDoc, Pue.)
bq25 = """= Las mayordomías de Cuetzalan: quién paga la fiesta
:lang: es
:description: Crónica sobre el sistema de cargos en la Sierra Norte de Puebla

En Cuetzalan, cada fiesta patronal tiene detrás a una familia que pasó años ahorrando. Los mayordomos, elegidos por la comunidad, pagan la comida, la música, los cohetes y las flores de la celebración, y a cambio reciben el respeto del pueblo durante el resto de su vida.

La fiesta más grande es la de San Francisco, en octubre, cuando los danzantes de Quetzales, Negritos y Voladores llenan el atrio de la parroquia. Para esa fecha, el mayordomo principal puede gastar más de lo que gana en diez años de trabajo en el cafetal.

== Un cargo que cuesta caro

Don Bonifacio Zepeda Ramos, que fue mayordomo en 2006, recuerda que tuvo que vender dos terrenos y pedir prestado a sus compadres. "`No es una carga; es un honor que se paga`", dice, aunque reconoce que tardó casi una década en terminar de pagar las deudas.

Para repartir el gasto, muchas familias recurren a la _mano vuelta_: quien recibe ayuda con maíz, guajolotes o trabajo se compromete a devolverla cuando otro vecino asuma el cargo. Así, la fiesta se sostiene con una red de favores que une a decenas de familias.

'''

En los últimos años la migración y el turismo han cambiado el sistema. Algunos mayordomos pagan la fiesta con dinero que envían sus hijos desde Estados Unidos, y hay comunidades donde ya nadie quiere asumir el cargo.
"""
write_source('bq25.text', bq25)
write_gold('bq25', family='generic',
           title='Las mayordomías de Cuetzalan: quién paga la fiesta',
           body_first_words='En Cuetzalan, cada fiesta patronal tiene detrás a una familia',
           body_last_words='y hay comunidades donde ya nadie quiere asumir el cargo.',
           boilerplate=[':description: Crónica sobre el sistema de cargos en la Sierra Norte de Puebla'],
           must_keep=['Para esa fecha, el mayordomo principal puede gastar más de lo que gana en diez años de trabajo en el cafetal.',
                      'Así, la fiesta se sostiene con una red de favores que une a decenas de familias.',
                      'En los últimos años la migración y el turismo han cambiado el sistema.'])

# ---------------------------------------------------------------- bq26 generic (stringer's labelled template, Gro.)
bq26 = """TÍTULO: Ixcateopan celebra 52 años del hallazgo de los restos atribuidos a Cuauhtémoc
AUTOR: Rebeca Jaimes Ortega
FECHA: 26/09/2001
LUGAR: Ixcateopan de Cuauhtémoc, Gro.
TEXTO:
Con danzas, una ceremonia cívica y una velada en el templo de Santa María de la Asunción, los habitantes de Ixcateopan de Cuauhtémoc conmemoraron este miércoles el aniversario del hallazgo de los restos que, según la tradición del pueblo, pertenecen al último tlatoani mexica.

Desde la madrugada, grupos de concheros llegados de la Ciudad de México, Morelos y el Estado de México danzaron en el atrio al ritmo de los tambores, mientras los vecinos adornaban con flores y copal la urna que se conserva bajo el altar.

El hallazgo, ocurrido en septiembre de 1949, ha sido objeto de polémica durante décadas, porque varias comisiones de especialistas concluyeron que los huesos no corresponden a Cuauhtémoc. Para los habitantes del pueblo, sin embargo, la discusión académica importa poco.

"Aquí nadie duda; mis abuelos guardaron el secreto por generaciones", dijo don Efigenio Brito Salazar, integrante del comité que organiza la celebración cada año.

El presidente municipal anunció que se buscará apoyo del gobierno del estado para restaurar el museo comunitario y mejorar el camino que une al pueblo con Taxco, por donde llega la mayoría de los visitantes.

NOTA PARA EDICIÓN: van tres fotos en la carpeta, usar la de la danza
"""
write_source('bq26.txt', bq26, enc='cp1252', eol='crlf')
write_gold('bq26', family='generic',
           title='Ixcateopan celebra 52 años del hallazgo de los restos atribuidos a Cuauhtémoc',
           date='2001-09-26', bylines=['Rebeca Jaimes Ortega'],
           body_first_words='Con danzas, una ceremonia cívica y una velada',
           body_last_words='por donde llega la mayoría de los visitantes.',
           boilerplate=['LUGAR: Ixcateopan de Cuauhtémoc, Gro.',
                        'NOTA PARA EDICIÓN: van tres fotos en la carpeta, usar la de la danza'],
           must_keep=['Para los habitantes del pueblo, sin embargo, la discusión académica importa poco.',
                      '"Aquí nadie duda; mis abuelos guardaron el secreto por generaciones", dijo don Efigenio Brito Salazar, integrante del comité que organiza la celebración cada año.',
                      'El hallazgo, ocurrido en septiembre de 1949, ha sido objeto de polémica durante décadas'])

# ---------------------------------------------------------------- bq27 generic (1990s Mac file, Pue.; MacRoman, CR)
bq27 = """El último afilador del barrio de Analco

Todas las mañanas, a las nueve en punto, el silbato de don Serafín se escucha en las calles del barrio de Analco. Es un sonido agudo, que sube y baja, y que las señoras reconocen desde la cocina: el afilador está en la esquina y hay que sacar los cuchillos.

Don Serafín Cuautle empuja una bicicleta adaptada con una piedra de esmeril que hace girar con los pedales. Aprendió el oficio de su padre, que llegó a Puebla desde un pueblo de Tlaxcala en los años cuarenta, cuando en la ciudad había más de treinta afiladores.

Hoy, dice, quedan muy pocos. Los cuchillos baratos que venden en los supermercados se tiran cuando pierden el filo, y los jóvenes prefieren trabajar en las maquiladoras. «Esto ya no da para mantener una familia; da para los frijoles y para el pasaje», cuenta mientras afila unas tijeras de costura.

Sus clientes más fieles son las tortilleras, los carniceros del mercado y las costureras del barrio de Santiago. A ellos les cobra menos, porque los conoce desde hace años y porque, asegura, son los que mantienen vivo el oficio.

Cuando se le pregunta quién va a ocupar su lugar, don Serafín se queda callado un momento. Luego hace sonar el silbato otra vez y sigue su camino hacia la calle siguiente.
"""
write_source('bq27.txt', bq27, enc='mac_roman', eol='cr')
write_gold('bq27', family='generic',
           title='El último afilador del barrio de Analco',
           body_first_words='Todas las mañanas, a las nueve en punto',
           body_last_words='sigue su camino hacia la calle siguiente.',
           must_keep=['«Esto ya no da para mantener una familia; da para los frijoles y para el pasaje», cuenta mientras afila unas tijeras de costura.',
                      'Aprendió el oficio de su padre, que llegó a Puebla desde un pueblo de Tlaxcala en los años cuarenta, cuando en la ciudad había más de treinta afiladores.',
                      'Hoy, dice, quedan muy pocos.'])

# ---------------------------------------------------------------- bq28 bad (Word 97-2003 .doc saved as .txt)
hdr = bytearray(512)
hdr[0:8] = b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'
hdr[24:26] = struct.pack('<H', 0x003E)
hdr[26:28] = struct.pack('<H', 0x0003)
hdr[28:30] = b'\xfe\xff'
hdr[30:32] = struct.pack('<H', 9)
hdr[32:34] = struct.pack('<H', 6)
hdr[44:48] = struct.pack('<I', 1)
hdr[48:52] = struct.pack('<I', 0x2B)
hdr[56:60] = struct.pack('<I', 0x1000)
hdr[60:64] = struct.pack('<I', 0xFFFFFFFE)
hdr[68:72] = struct.pack('<I', 0xFFFFFFFE)
for i in range(76, 512, 4):
    hdr[i:i + 4] = b'\xff\xff\xff\xff'
hdr[76:80] = struct.pack('<I', 0x2A)
body = bytearray()
body += b'\xec\xa5\xc1\x00\x07\x80\x19\x04\x00\x00\xf0\x12\xbf\x00\x00\x00\x00\x00\x00\x10'
body += bytes(480)
body += 'BOLETÍN 031  Entrega de uniformes escolares\r'.encode('cp1252')
body += bytes(range(0, 256)) * 2
body += 'Microsoft Office Word'.encode('utf-16-le') + b'\x00\x00'
body += bytes(64)
body += 'Normal.dotm'.encode('utf-16-le') + b'\x00\x00'
body += b'\x00\x00\xff\xff\x01\x00\x00\x00' * 40
body += 'Comunicación Social'.encode('utf-16-le')
body += bytes(300)
write_source('bq28.txt', raw=bytes(hdr) + bytes(body))
write_gold('bq28', family='bad',
           refusal_reason='El archivo es un documento binario de Word (.doc) guardado con extensión .txt; no es texto legible.')

# ---------------------------------------------------------------- bq29 bad (saved HTML page: navigation only, no article)
bq29 = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Comunicados | H. Ayuntamiento de Huamantla</title>
<link rel="stylesheet" href="./Comunicados_files/estilo.css">
<script src="./Comunicados_files/jquery.min.js"></script>
</head>
<body class="page-comunicados">
<header id="cabecera">
  <a class="logo" href="https://huamantla-ayto.example.mx/"><img src="./Comunicados_files/logo.png" alt="Huamantla"></a>
  <nav id="menu-principal">
    <ul>
      <li><a href="https://huamantla-ayto.example.mx/">Inicio</a></li>
      <li><a href="https://huamantla-ayto.example.mx/gobierno">Gobierno</a></li>
      <li><a href="https://huamantla-ayto.example.mx/tramites">Trámites y servicios</a></li>
      <li><a href="https://huamantla-ayto.example.mx/transparencia">Transparencia</a></li>
      <li class="activo"><a href="https://huamantla-ayto.example.mx/comunicados">Comunicados</a></li>
      <li><a href="https://huamantla-ayto.example.mx/contacto">Contacto</a></li>
    </ul>
  </nav>
</header>
<main id="contenido">
  <div class="migas"><a href="/">Inicio</a> » Comunicados</div>
  <div id="lista-comunicados" data-pagina="1"><div class="cargando">Cargando…</div></div>
  <noscript>Para ver este contenido habilite JavaScript en su navegador.</noscript>
</main>
<footer>
  <p>H. Ayuntamiento de Huamantla · Parque Juárez s/n · Tel. 247 555 0100</p>
  <p><a href="https://huamantla-ayto.example.mx/aviso-de-privacidad">Aviso de privacidad</a></p>
</footer>
<script src="./Comunicados_files/comunicados.js"></script>
</body>
</html>
"""
write_source('bq29.txt', bq29, eol='crlf')
write_gold('bq29', family='bad',
           refusal_reason='Es una página HTML guardada que sólo contiene menús de navegación y un aviso de carga; no hay ninguna nota.')

# ---------------------------------------------------------------- bq30 bad (front matter + a Liquid include, no text)
bq30 = """---
layout: nota
title: "Cholula recibe el equinoccio en la Gran Pirámide"
date: 2024-03-20 08:00:00 -0600
author: Redacción
categories: [Portada, Cultura]
---

{% include galeria.html album="equinoccio-2024" %}
"""
write_source('bq30.md', bq30)
write_gold('bq30', family='bad',
           refusal_reason='El archivo sólo tiene encabezado (front matter) y una etiqueta de plantilla; no contiene texto de la nota.')
