#!/usr/bin/env python3
"""importer-cn, files 21-30."""
from common import write_source, write_gold, to_bytes, NBSP, ZWSP

# ---------------------------------------------------------------- cn21 press (state water agency, Word paste with summary bullets)
cn21 = """GOBIERNO DEL ESTADO DE MÉXICO
COMISIÓN DEL AGUA DEL ESTADO DE MÉXICO
Boletín No. 452/2006

INICIA CAEM CONSTRUCCIÓN DE COLECTOR PLUVIAL EN NEZAHUALCÓYOTL

•\tBeneficiará a más de 40 mil habitantes de seis colonias
•\tLa obra tendrá una inversión de 86 millones de pesos

Nezahualcóyotl, Méx., 3 de abril de 2006.

La Comisión del Agua del Estado de México (CAEM) inició este lunes la construcción de un colector pluvial de 3.2 kilómetros en la avenida Bordo de Xochiaca, que permitirá desalojar el agua de lluvia que cada temporada inunda las colonias del oriente del municipio.

El colector tendrá un diámetro de 2.44 metros y descargará en una planta de bombeo que se construirá junto al Río de la Compañía. Con ello, se espera reducir los encharcamientos que afectan a las colonias Benito Juárez, Evolución, Reforma, Estado de México, Las Águilas y Maravillas.

El vocal ejecutivo de la CAEM, ingeniero Raúl Espíndola Sáenz, explicó que en la temporada de lluvias de 2005 el agua alcanzó hasta 80 centímetros de altura en algunas calles y dañó el patrimonio de cientos de familias. “Esta obra atiende una demanda de más de diez años”, afirmó.

Los trabajos se realizarán por etapas para no cerrar por completo la circulación en la avenida. Durante la primera fase, que durará cuatro meses, se cerrarán dos carriles en dirección a la autopista México-Puebla.

La dependencia pidió a los vecinos no depositar basura en coladeras y barrancas, ya que los desechos sólidos reducen la capacidad del drenaje y son una de las principales causas de las inundaciones en el Valle de México.

oo0oo

Unidad de Comunicación Social
Tel. 722 555 0198 y 722 555 0199
comunicacion.caem@edomex-agua.example.mx
"""
write_source('cn21.txt', cn21, enc='cp1252')
write_gold('cn21', family='press_release',
           title='INICIA CAEM CONSTRUCCIÓN DE COLECTOR PLUVIAL EN NEZAHUALCÓYOTL',
           date='2006-04-03', source='COMISIÓN DEL AGUA DEL ESTADO DE MÉXICO',
           bulletin_number='452/2006', issuer='COMISIÓN DEL AGUA DEL ESTADO DE MÉXICO',
           dateline_city='Nezahualcóyotl',
           body_first_words='La Comisión del Agua del Estado de México (CAEM) inició este lunes',
           body_last_words='son una de las principales causas de las inundaciones en el Valle de México.',
           boilerplate=['GOBIERNO DEL ESTADO DE MÉXICO', 'Boletín No. 452/2006',
                        'Beneficiará a más de 40 mil habitantes de seis colonias',
                        'La obra tendrá una inversión de 86 millones de pesos',
                        'Nezahualcóyotl, Méx., 3 de abril de 2006.', 'oo0oo',
                        'Unidad de Comunicación Social', 'Tel. 722 555 0198 y 722 555 0199',
                        'comunicacion.caem@edomex-agua.example.mx'],
           must_keep=['El colector tendrá un diámetro de 2.44 metros y descargará en una planta de bombeo que se construirá junto al Río de la Compañía.',
                      '“Esta obra atiende una demanda de más de diez años”, afirmó.',
                      'Durante la primera fase, que durará cuatro meses, se cerrarán dos carriles en dirección a la autopista México-Puebla.'])

# ---------------------------------------------------------------- cn22 jekyll (date only, kramdown IAL, Liquid ad include)
cn22 = """---
layout: post
title: "El Paseo del Pendón llena de tlacololeros las calles de Chilpancingo"
date: 2014-12-21
author: "Nicanor Peralta Gil"
categories: [Portada, "Fiestas y tradiciones"]
tags: [Chilpancingo, tlacololeros, Feria de San Mateo]
site_title: Barlovento Digital
---

Con el tronido de los chicotes de los tlacololeros y el olor a pólvora de los cohetones, miles de personas acompañaron este domingo el Paseo del Pendón, el desfile que cada diciembre anuncia el inicio de la Feria de San Mateo, Navidad y Año Nuevo en Chilpancingo.
{: .lead}

<!--more-->

Más de 40 danzas de los siete barrios tradicionales y de municipios de la región Centro recorrieron durante cinco horas el trayecto entre el barrio de San Mateo y el zócalo de la capital. Al frente, como marca la costumbre, iba el estandarte de la feria, bordado a mano.

{% include anuncio-banner.html slot="nota-media" %}

Los tlacololeros, con sus máscaras de madera, sus sombreros de palma adornados con flores y sus costales rellenos de hojas para amortiguar los latigazos, fueron otra vez los más fotografiados. Junto a ellos desfilaron los diablos, los manueles, las pastorelas y los charros a caballo.

Doña Otilia Nava, de 82 años, vio pasar el desfile desde la banqueta del barrio de San Antonio, en la misma silla de palma que saca cada año. "Yo vengo desde que era niña, con mi mamá. Antes era más chiquito, pero con más fe", dijo.

La Secretaría de Seguridad Pública municipal reportó saldo blanco. La feria se instalará a partir del 24 de diciembre en el recinto ferial y concluirá el 7 de enero.
"""
write_source('cn22.md', cn22)
write_gold('cn22', family='jekyll',
           title='El Paseo del Pendón llena de tlacololeros las calles de Chilpancingo',
           date='2014-12-21', bylines=['Nicanor Peralta Gil'], source='Barlovento Digital',
           section='Fiestas y tradiciones', placement=['Portada'],
           body_first_words='Con el tronido de los chicotes de los tlacololeros',
           body_last_words='en el recinto ferial y concluirá el 7 de enero.',
           boilerplate=['{: .lead}', '<!--more-->',
                        '{% include anuncio-banner.html slot="nota-media" %}'],
           must_keep=['Al frente, como marca la costumbre, iba el estandarte de la feria, bordado a mano.',
                      'Junto a ellos desfilaron los diablos, los manueles, las pastorelas y los charros a caballo.',
                      'La Secretaría de Seguridad Pública municipal reportó saldo blanco.'])

# ---------------------------------------------------------------- cn23 bad (saved HTML page: navigation only)
cn23 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Etiqueta: Ometepec | Portal Costa Chica</title>
<link rel="stylesheet" href="./Etiqueta_ Ometepec _ Portal Costa Chica_files/estilos.css">
<script src="./Etiqueta_ Ometepec _ Portal Costa Chica_files/analytics.js"></script>
</head>
<body class="archive tag tag-ometepec">
<div id="cookie-aviso">Usamos cookies para mejorar tu experiencia. <a href="/privacidad">Aviso de privacidad</a> <button>Aceptar</button></div>
<header>
  <a class="logo" href="https://portalcostachica.example.mx/"><img src="./Etiqueta_ Ometepec _ Portal Costa Chica_files/logo.png" alt="Portal Costa Chica"></a>
  <nav>
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/costa-chica">Costa Chica</a></li>
      <li><a href="/acapulco">Acapulco</a></li>
      <li><a href="/seguridad">Seguridad</a></li>
      <li><a href="/deportes">Deportes</a></li>
      <li><a href="/opinion">Opinión</a></li>
      <li><a href="/contacto">Contacto</a></li>
    </ul>
  </nav>
</header>
<main>
  <h1 class="archive-title">Etiqueta: Ometepec</h1>
  <p class="no-results">No hay publicaciones con esta etiqueta.</p>
  <form role="search" action="/buscar"><input type="search" name="q" placeholder="Buscar..."><button>Buscar</button></form>
</main>
<footer>
  <ul class="redes">
    <li><a href="https://facebook.example.mx/PortalCostaChicaEj">Facebook</a></li>
    <li><a href="https://x.example.mx/PortalCChicaEj">X</a></li>
  </ul>
  <p>© 2021 Portal Costa Chica. Todos los derechos reservados. Ometepec, Guerrero.</p>
</footer>
</body>
</html>
"""
write_source('cn23.html', cn23, eol='crlf')
write_gold('cn23', family='bad',
           refusal_reason='Es una página HTML guardada que sólo contiene navegación (menú, buscador y pie de página); no hay ninguna nota.')

# ---------------------------------------------------------------- cn24 wire (print archive from a classic Mac, CR + Mac Roman, page jump)
cn24 = """LA OPINIÓN DE IGUALA · Sábado 13 de noviembre de 1999 · Página 4-A · Local

Reubicarán a 200 joyeros del primer cuadro de Iguala

Por Anselmo Bahena Ríos

IGUALA, Gro.- El Ayuntamiento de Iguala anunció que a partir de enero reubicará a los cerca de 200 joyeros que venden cadenas, esclavas y anillos de oro en los portales y banquetas del primer cuadro de la ciudad, en un edificio de tres niveles que se construye a un costado del mercado municipal.

El síndico procurador, Ezequiel Ocampo Figueroa, informó que el nuevo Centro Joyero tendrá 240 locales con cortinas metálicas, cámaras de vigilancia y un módulo de la policía preventiva. Los comerciantes pagarán una cuota mensual de mantenimiento que todavía no se ha definido.

La medida, dijo, responde a las quejas de los propios joyeros por los asaltos de los últimos meses y a las de los peatones, que no pueden caminar por las banquetas en los días de mayor venta.

Sin embargo, la Unión de Joyeros del Centro se opone a salir de los portales. Su dirigente, Matilde Salgado Arce, advirtió que los compradores que llegan de Morelos, del Estado de México y de otros estados vienen a buscarlos en el lugar de siempre. "Aquí nos conocen desde hace treinta años; allá nadie nos va a encontrar", señaló. (Pasa a la página 8-A)

REUBICACIÓN
(Viene de la página 4-A)

Los joyeros pidieron una reunión con el presidente municipal antes de que concluya la construcción del edificio y propusieron que se les permita conservar sus puestos en los portales durante la temporada de diciembre, cuando se concentran las ventas del año.

El ayuntamiento respondió que el plazo para que los comerciantes se registren en el padrón del nuevo centro vence el 30 de noviembre.
"""
write_source('cn24.txt', cn24, enc='mac_roman', eol='cr')
write_gold('cn24', family='wire',
           title='Reubicarán a 200 joyeros del primer cuadro de Iguala',
           date='1999-11-13', bylines=['Anselmo Bahena Ríos'], source='La Opinión de Iguala',
           section='Local',
           body_first_words='El Ayuntamiento de Iguala anunció que a partir de enero',
           body_last_words='vence el 30 de noviembre.',
           boilerplate=['LA OPINIÓN DE IGUALA · Sábado 13 de noviembre de 1999 · Página 4-A · Local',
                        'IGUALA, Gro.-', '(Pasa a la página 8-A)', 'REUBICACIÓN',
                        '(Viene de la página 4-A)'],
           must_keep=['"Aquí nos conocen desde hace treinta años; allá nadie nos va a encontrar", señaló.',
                      'Los comerciantes pagarán una cuota mensual de mantenimiento que todavía no se ha definido.',
                      'Los joyeros pidieron una reunión con el presidente municipal antes de que concluya la construcción del edificio y propusieron que se les permita conservar sus puestos en los portales durante la temporada de diciembre, cuando se concentran las ventas del año.'])

# ---------------------------------------------------------------- cn25 press (civil protection release as a WhatsApp broadcast)
cn25 = """*GOBIERNO DE MORELOS*
*COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL MORELOS*
_Comunicado CEPCM/118/2022_

🌋 *PIDE PROTECCIÓN CIVIL A MUNICIPIOS DEL ORIENTE REVISAR SUS RUTAS DE EVACUACIÓN DEL POPOCATÉPETL* 🌋

📍Cuernavaca, Mor., 10 de febrero de 2022.- La Coordinación Estatal de Protección Civil Morelos (CEPCM) convocó a los ayuntamientos de Tetela del Volcán, Ocuituco, Yecapixtla, Zacualpan de Amilpas y Temoac a revisar antes de marzo el estado de sus rutas de evacuación y de los albergues temporales previstos en el plan operativo del volcán Popocatépetl.

Durante una reunión de trabajo con directores municipales de protección civil, el coordinador estatal, Gerardo Ponce Villegas, explicó que varias de las rutas presentan baches, señalamientos borrados o tramos reducidos por obras, lo que retrasaría la salida de la población en caso de emergencia.

Los municipios deberán entregar un diagnóstico de cada ruta y actualizar el censo de personas adultas mayores, personas con discapacidad y mujeres embarazadas que requerirían apoyo para evacuar. Con esa información, la coordinación estatal programará simulacros en las comunidades más cercanas al cráter.

👉 La CEPCM recordó que el semáforo de alerta volcánica es determinado por las autoridades federales y que la población debe informarse únicamente por los canales oficiales.

También pidió a las familias de la zona tener lista una mochila con documentos, medicamentos, agua y una lámpara, y conocer el punto de reunión de su comunidad.

-30-

📲 Síguenos en Facebook: Protección Civil Morelos Ej
☎️ Emergencias: 911 | Cabina CEPCM: 777 555 0123
"""
write_source('cn25.txt', cn25)
write_gold('cn25', family='press_release',
           title='PIDE PROTECCIÓN CIVIL A MUNICIPIOS DEL ORIENTE REVISAR SUS RUTAS DE EVACUACIÓN DEL POPOCATÉPETL',
           date='2022-02-10', source='COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL MORELOS',
           bulletin_number='CEPCM/118/2022', issuer='COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL MORELOS',
           dateline_city='Cuernavaca',
           body_first_words='La Coordinación Estatal de Protección Civil Morelos (CEPCM) convocó',
           body_last_words='y conocer el punto de reunión de su comunidad.',
           boilerplate=['*GOBIERNO DE MORELOS*', '_Comunicado CEPCM/118/2022_',
                        'Cuernavaca, Mor., 10 de febrero de 2022.-', '-30-',
                        'Síguenos en Facebook: Protección Civil Morelos Ej',
                        'Emergencias: 911 | Cabina CEPCM: 777 555 0123'],
           must_keep=['Con esa información, la coordinación estatal programará simulacros en las comunidades más cercanas al cráter.',
                      'La CEPCM recordó que el semáforo de alerta volcánica es determinado por las autoridades federales y que la población debe informarse únicamente por los canales oficiales.',
                      'También pidió a las familias de la zona tener lista una mochila con documentos, medicamentos, agua y una lámpara, y conocer el punto de reunión de su comunidad.'])

# ---------------------------------------------------------------- cn26 generic (Emacs Org-mode notes, BOM)
cn26 = """#+TITLE: El Tren Interurbano visto desde Ocoyoacac
#+LANGUAGE: es
#+OPTIONS: toc:nil num:nil

* Las obras

Durante casi diez años, los habitantes de Ocoyoacac vieron crecer sobre sus cabezas las columnas del viaducto del Tren Interurbano México-Toluca. Las obras partieron en dos algunos barrios, cerraron calles durante meses y llenaron de polvo los puestos de quesadillas de la carretera federal.

Para muchos, el tren fue primero una promesa lejana y después una molestia diaria. Las piezas de concreto llegaban de noche en tráileres escoltados, y los vecinos aprendieron a dormir con el ruido de las grúas.

* Los vecinos

Don Porfirio Reyes, que vende barbacoa junto a la salida a La Marquesa desde hace cuarenta años, calcula que perdió la mitad de su clientela mientras duró la construcción. Otros comerciantes cerraron sus locales y se fueron a vender a Lerma o a Santiago Tianguistenco.

También hubo quien ganó. Los dueños de los terrenos cercanos a la estación vieron subir el valor de sus predios, y algunas familias rentaron cuartos a los trabajadores de la obra.

* Lo que falta

Ahora la pregunta en el pueblo es otra: cuánto costará el pasaje y si los estudiantes que viajan a la Ciudad de México podrán pagarlo. Los vecinos quieren también que se reabran las calles cerradas y que se reforesten los camellones que quedaron desnudos.
"""
write_source('cn26.txt', cn26, bom=True)
write_gold('cn26', family='generic',
           title='El Tren Interurbano visto desde Ocoyoacac',
           body_first_words='Durante casi diez años, los habitantes de Ocoyoacac',
           body_last_words='que se reforesten los camellones que quedaron desnudos.',
           must_keep=['Las piezas de concreto llegaban de noche en tráileres escoltados, y los vecinos aprendieron a dormir con el ruido de las grúas.',
                      'También hubo quien ganó.',
                      'Ahora la pregunta en el pueblo es otra: cuánto costará el pasaje y si los estudiantes que viajan a la Ciudad de México podrán pagarlo.'])

# ---------------------------------------------------------------- cn27 jekyll (headless-CMS export: authors as mappings, HTML figure)
cn27 = """---
title: Ecatepec abre su primera biblioteca nocturna para estudiantes que trabajan
slug: ecatepec-biblioteca-nocturna
status: published
publishedAt: '2025-11-20T09:00:00-06:00'
updatedAt: '2025-11-21T13:45:10-06:00'
authors:
  - name: Mónica Herrera Vilchis
    slug: monica-herrera
  - name: Iván Zúñiga Osorio
    slug: ivan-zuniga
section:
  title: Municipios
  path: /municipios
publication:
  name: Pulso Mexiquense
  url: https://pulsomexiquense.example.mx
readingTime: 4
---

<p>En la colonia Ciudad Azteca, a unos pasos de la estación del Mexicable, abrió sus puertas la primera biblioteca pública de Ecatepec que funciona de noche. De lunes a sábado, la sala de lectura atiende de las 18:00 a la 1:00 de la mañana.</p>

<figure><img src="/uploads/2025/11/biblioteca-nocturna.jpg" alt="Sala de lectura"><figcaption>Estudiantes en la sala de lectura la noche de la inauguración. Foto: Iván Zúñiga Osorio / Pulso Mexiquense</figcaption></figure>

<p>La idea surgió de un grupo de estudiantes universitarios que trabajan durante el día en tiendas y fábricas del municipio y que no encontraban un lugar tranquilo para estudiar después de su jornada. Reunieron firmas durante un año y presentaron la propuesta en el cabildo abierto.</p>

<p>La biblioteca ocupa un antiguo salón de usos múltiples que fue remodelado. Tiene 60 lugares, internet inalámbrico, computadoras, un área de préstamo de libros y una pequeña cafetería atendida por una cooperativa de vecinas.</p>

<p>«Aquí en la casa no se puede estudiar: somos seis en dos cuartos y la tele siempre está prendida», contó Abril Méndez, estudiante de enfermería que trabaja como cajera en un supermercado.</p>

<p>Para garantizar la seguridad de los usuarios, el ayuntamiento instaló luminarias en las calles cercanas y una patrulla hace rondines cada hora. Al salir, los estudiantes pueden pedir que un policía los acompañe hasta la estación.</p>

<p>Si la experiencia funciona, el gobierno municipal planea abrir otras dos bibliotecas nocturnas en San Cristóbal y en Jardines de Morelos durante 2026.</p>
"""
write_source('cn27.md', cn27)
write_gold('cn27', family='jekyll',
           title='Ecatepec abre su primera biblioteca nocturna para estudiantes que trabajan',
           date='2025-11-20', bylines=['Mónica Herrera Vilchis', 'Iván Zúñiga Osorio'],
           source='Pulso Mexiquense', section='Municipios',
           body_first_words='En la colonia Ciudad Azteca, a unos pasos de la estación del Mexicable',
           body_last_words='en San Cristóbal y en Jardines de Morelos durante 2026.',
           boilerplate=['Estudiantes en la sala de lectura la noche de la inauguración. Foto: Iván Zúñiga Osorio / Pulso Mexiquense'],
           must_keep=['De lunes a sábado, la sala de lectura atiende de las 18:00 a la 1:00 de la mañana.',
                      'Reunieron firmas durante un año y presentaron la propuesta en el cabildo abierto.',
                      '«Aquí en la casa no se puede estudiar: somos seis en dos cuartos y la tele siempre está prendida», contó Abril Méndez, estudiante de enfermería que trabaja como cajera en un supermercado.'],
           photo_credit='Iván Zúñiga Osorio / Pulso Mexiquense')

# ---------------------------------------------------------------- cn28 bad (Lotus Notes export of a story never filed: empty Body)
cn28 = """$Form:  NotaRedaccion
Medio:  Diario Oriente de Morelos
Seccion:  Deportes
Balazo:  FUTBOL
Titulo:  Los Cañeros de Zacatepec buscan el ascenso
Autor:  CN=Hugo Estrada Luna/OU=Deportes/O=DiarioOriente
FechaCreacion:  02/05/2001 07:15:44 p.m.
FechaPublicacion:  
Estatus:  Borrador
$UpdatedBy:  CN=Hugo Estrada Luna/OU=Deportes/O=DiarioOriente
$Revisions:  02/05/2001 07:15:44 p.m.
Body:  
\f"""
write_source('cn28.txt', cn28, enc='cp850', eol='crlf')
write_gold('cn28', family='bad',
           refusal_reason='Exportación de Lotus Notes con encabezados y el campo Body vacío: la nota no tiene texto.')

# ---------------------------------------------------------------- cn29 press (water utility, Google Docs Markdown export, UTF-16 BE)
cn29 = """**COMISIÓN DE AGUA POTABLE Y ALCANTARILLADO DEL MUNICIPIO DE ACAPULCO**

Boletín No. 233/2024

## Restablece CAPAMA el suministro de agua en 14 colonias de la zona poniente

Acapulco, Guerrero, a 2 de diciembre de 2024.

La Comisión de Agua Potable y Alcantarillado del Municipio de Acapulco (CAPAMA) restableció este lunes el suministro de agua potable en 14 colonias de la zona poniente, luego de concluir la reparación de una fuga en la línea de conducción del sistema Papagayo II, que obligó a suspender el bombeo durante 36 horas.

Los trabajos se realizaron de manera ininterrumpida desde la noche del sábado. El personal técnico sustituyó un tramo de 12 metros de tubería de acero de 36 pulgadas de diámetro que presentaba corrosión.

Las colonias que ya reciben el servicio de manera gradual son, entre otras:

1\\. Mozimba
2\\. La Mira
3\\. Pie de la Cuesta
4\\. Garita
5\\. Ejido Viejo

El organismo explicó que las zonas altas podrían tardar hasta 24 horas más en normalizar la presión. Mientras tanto, se enviarán pipas sin costo a los hogares que lo soliciten a través de las comisarías.

La CAPAMA pidió a la población hervir o clorar el agua durante los primeros dos días y reportar cualquier fuga a través de su línea de atención ciudadana.

FIN DEL COMUNICADO

Contacto de prensa: Departamento de Comunicación Social CAPAMA | 744 555 0136 | prensa@capama-aca.example.mx
"""
write_source('cn29.txt', cn29, enc='utf-16-be', eol='crlf', bom=True)
write_gold('cn29', family='press_release',
           title='Restablece CAPAMA el suministro de agua en 14 colonias de la zona poniente',
           date='2024-12-02',
           source='COMISIÓN DE AGUA POTABLE Y ALCANTARILLADO DEL MUNICIPIO DE ACAPULCO',
           bulletin_number='233/2024',
           issuer='COMISIÓN DE AGUA POTABLE Y ALCANTARILLADO DEL MUNICIPIO DE ACAPULCO',
           dateline_city='Acapulco',
           body_first_words='La Comisión de Agua Potable y Alcantarillado del Municipio de Acapulco (CAPAMA) restableció',
           body_last_words='a través de su línea de atención ciudadana.',
           boilerplate=['Boletín No. 233/2024', 'Acapulco, Guerrero, a 2 de diciembre de 2024.',
                        'FIN DEL COMUNICADO',
                        'Contacto de prensa: Departamento de Comunicación Social CAPAMA | 744 555 0136 | prensa@capama-aca.example.mx'],
           must_keep=['Los trabajos se realizaron de manera ininterrumpida desde la noche del sábado.',
                      'Mientras tanto, se enviarán pipas sin costo a los hogares que lo soliciten a través de las comisarías.',
                      'Las colonias que ya reciben el servicio de manera gradual son, entre otras:'])

# ---------------------------------------------------------------- cn30 bad (WhatsApp voice note saved as .txt: Ogg/Opus binary)
ogg = (b'OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x8a\x1c\x44\x51\x00\x00\x00\x00'
       b'\x9e\x4b\x2c\x7d\x01\x13OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00'
       b'OggS\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x8a\x1c\x44\x51\x01\x00\x00\x00'
       b'\x11\x8f\x3a\x02\x01\x34OpusTags\x0c\x00\x00\x00WhatsApp\x00\x00\x00\x00\x00\x00'
       + bytes((i * 73 + 41) % 256 for i in range(900)))
write_source('cn30.txt', raw=ogg)
write_gold('cn30', family='bad',
           refusal_reason='Es un archivo binario (nota de voz Ogg/Opus de WhatsApp) guardado como .txt; no es texto legible.')
