#!/usr/bin/env python3
"""importer-by, files 01-10."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- by01 wire (group's old ASP site exported to text, Sin.)
by01 = """=============================================================
 El Cardonal  ::  Exportación de notas (notas.asp)
=============================================================
IdNota: 48213
Seccion: LOCAL
Fecha: 12/04/2008 10:35:00 p.m.
Titulo: CULIACÁN.- ARRANCA REHABILITACIÓN DEL MALECÓN VIEJO.
Autor: Por Abigail Zazueta Inzunza / EL CARDONAL
Foto: Jesús Iribe Lugo / EL CARDONAL
ArchivoOriginal: /notas/2008/04/nota_20080411_malecon.asp
-------------------------------------------------------------
Texto:
Con una inversión inicial de 18 millones de pesos, el Ayuntamiento de Culiacán arrancó este sábado la rehabilitación del malecón viejo, en el tramo comprendido entre el puente Negro y la avenida Álvaro Obregón, una obra que los vecinos de la colonia Centro esperaban desde hace más de una década.

Los trabajos incluyen la sustitución de los barandales oxidados, la reparación de las banquetas que se hundieron con las crecidas del río Tamazula y la instalación de 140 luminarias. También se plantarán amapas, guayacanes y otros árboles de la región a lo largo del paseo.

El director de Obras Públicas municipales, Efrén Gastélum Rocha, explicó que la obra se hará por etapas para no cerrar por completo el paso a quienes caminan o corren por las mañanas. "Vamos a trabajar de noche en los tramos de más tráfico, para que la gente siga usando el malecón", dijo.

Los comerciantes de los puestos de mariscos que se instalan frente al parque Constitución serán reubicados temporalmente en una explanada cercana. Algunos se quejaron de que no fueron consultados, aunque aceptaron el cambio con la condición de regresar a su lugar con nuevos módulos de lámina.

La primera etapa deberá concluir antes de la temporada de lluvias, en julio. El resto del proyecto, que llegaría hasta la isla de Orabá, dependerá de los recursos que apruebe el Congreso del Estado en el presupuesto del próximo año.

Con información de Gerardo Beltrán Osuna
-------------------------------------------------------------
[ Imprimir ]  [ Enviar a un amigo ]  [ Comentarios (0) ]  [ Más notas de LOCAL ]
"""
write_source('by01.txt', by01, enc='cp1252', eol='crlf')
write_gold('by01', family='wire',
           title='ARRANCA REHABILITACIÓN DEL MALECÓN VIEJO',
           date='2008-04-12', bylines=['Abigail Zazueta Inzunza'], source='El Cardonal',
           section='LOCAL',
           body_first_words='Con una inversión inicial de 18 millones de pesos, el Ayuntamiento de Culiacán',
           body_last_words='en el presupuesto del próximo año.',
           boilerplate=['Foto: Jesús Iribe Lugo / EL CARDONAL',
                        'Con información de Gerardo Beltrán Osuna',
                        '[ Imprimir ]  [ Enviar a un amigo ]  [ Comentarios (0) ]  [ Más notas de LOCAL ]'],
           must_keep=['También se plantarán amapas, guayacanes y otros árboles de la región a lo largo del paseo.',
                      '"Vamos a trabajar de noche en los tramos de más tráfico, para que la gente siga usando el malecón", dijo.',
                      'La primera etapa deberá concluir antes de la temporada de lluvias, en julio.'],
           photo_credit='Jesús Iribe Lugo / EL CARDONAL')

# ---------------------------------------------------------------- by02 press (port authority, Mazatlán)
by02 = """GOBIERNO DE MÉXICO
ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL MAZATLÁN
Gerencia de Comercialización
Comunicado ASIPONA-MZT/CS/047/2023

Mazatlán, Sinaloa, a 6 de octubre de 2023.

MAZATLÁN RECIBE AL PRIMER CRUCERO DE LA TEMPORADA 2023-2024 CON MÁS DE 3 MIL PASAJEROS.

El puerto de Mazatlán recibió a las 7:00 a.m. de este viernes al crucero Pacific Aurora, primero de la temporada 2023-2024, con 3 mil 112 pasajeros y mil 240 tripulantes a bordo, informó la Administración del Sistema Portuario Nacional Mazatlán (ASIPONA Mazatlán).

La embarcación, procedente de Los Ángeles, California, atracó en la terminal de cruceros y permaneció en el puerto hasta las 5:00 p.m., tiempo en el que los visitantes recorrieron el Centro Histórico, el malecón, el mercado Pino Suárez y la zona de playas a bordo de pulmonías, camiones turísticos y embarcaciones de recreo.

Para esta temporada se tienen programados 118 arribos de 14 navieras, lo que representa un incremento de 21 por ciento respecto al ciclo anterior. La mayor parte de los cruceros llegará entre diciembre y marzo, con itinerarios que combinan Mazatlán con Cabo San Lucas y Puerto Vallarta.

El gerente de Comercialización, Aurelio Camacho Peraza, explicó que las navieras valoran la seguridad del recinto y la cercanía de la terminal con el centro de la ciudad. "Un pasajero puede bajar del barco y en diez minutos estar comiendo un aguachile frente al mar", señaló.

Como parte de la bienvenida, un grupo de danza folclórica y una banda de tambora sinaloense recibieron a los visitantes en el muelle, donde también se instalaron módulos de información turística atendidos por estudiantes bilingües.

La ASIPONA Mazatlán recordó que este año concluyeron los trabajos de dragado de mantenimiento del canal de navegación, lo que permite recibir embarcaciones de mayor calado con total seguridad.

- o0o -

Contacto para medios:
Mariela Osuna Tirado
Tel. 669 555 0183
comunicacion@asipona-mzt.example.mx
"""
write_source('by02.txt', by02)
write_gold('by02', family='press_release',
           title='MAZATLÁN RECIBE AL PRIMER CRUCERO DE LA TEMPORADA 2023-2024 CON MÁS DE 3 MIL PASAJEROS',
           date='2023-10-06', source='ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL MAZATLÁN',
           bulletin_number='ASIPONA-MZT/CS/047/2023',
           issuer='ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL MAZATLÁN',
           dateline_city='Mazatlán',
           body_first_words='El puerto de Mazatlán recibió a las 7:00 a.m. de este viernes',
           body_last_words='recibir embarcaciones de mayor calado con total seguridad.',
           boilerplate=['GOBIERNO DE MÉXICO', 'Gerencia de Comercialización',
                        'Comunicado ASIPONA-MZT/CS/047/2023',
                        'Mazatlán, Sinaloa, a 6 de octubre de 2023.', '- o0o -',
                        'Contacto para medios:', 'Mariela Osuna Tirado', 'Tel. 669 555 0183',
                        'comunicacion@asipona-mzt.example.mx'],
           must_keep=['Para esta temporada se tienen programados 118 arribos de 14 navieras, lo que representa un incremento de 21 por ciento respecto al ciclo anterior.',
                      '"Un pasajero puede bajar del barco y en diez minutos estar comiendo un aguachile frente al mar", señaló.',
                      'permaneció en el puerto hasta las 5:00 p.m., tiempo en el que los visitantes recorrieron el Centro Histórico'])

# ---------------------------------------------------------------- by03 jekyll (WordPress export via jekyll-import, Sin.)
by03 = """---
layout: post
title: Productores de garbanzo del Évora piden precio de garantía
date: 2012-03-08 19:42:17.000000000 -07:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Campo
- Portada
tags:
- garbanzo
- Salvador Alvarado
- Angostura
meta:
  _edit_last: '3'
  _thumbnail_id: '10452'
  _wp_old_slug: garbanzo-precio-garantia
author:
  login: rlopez
  email: rlopez@diariodelevora.example.mx
  display_name: Rosario López Armenta
  first_name: Rosario
  last_name: López Armenta
permalink: "/2012/03/08/productores-de-garbanzo-piden-precio-de-garantia/"
---
<p>[caption id="attachment_10452" align="aligncenter" width="600"]<a href="http://www.diariodelevora.example.mx/wp-content/uploads/2012/02/IMG_20120229_garbanzo.jpg"><img class="size-full wp-image-10452" src="http://www.diariodelevora.example.mx/wp-content/uploads/2012/02/IMG_20120229_garbanzo.jpg" alt="Trilla de garbanzo en Angostura" width="600" height="400" /></a> Foto: Héctor Sánchez Armenta[/caption]</p>
<p>Cerca de 300 productores de garbanzo de los municipios de Salvador Alvarado, Angostura y Mocorito se reunieron este jueves en Guamúchil para pedir a los gobiernos federal y estatal un precio de garantía de al menos 9 mil pesos por tonelada, ante la caída del precio internacional del grano blanco que se exporta a Europa y al norte de África.</p>
<p>Los agricultores explicaron que este ciclo sembraron más de 40 mil hectáreas en la región del Évora y que la cosecha, que comenzará en las próximas semanas, viene con buenos rendimientos. El problema, dijeron, es que los compradores ofrecen apenas 6 mil 500 pesos, una cantidad que no alcanza para cubrir los costos de semilla, diésel y renta de maquinaria.</p>
<p>Ramiro Angulo Beltrán, dirigente de una de las asociaciones agrícolas de la zona, dijo que muchos productores ya tienen comprometida la cosecha con los bancos. <em>"Si no hay un apoyo por tonelada, vamos a terminar el ciclo debiendo"</em>, advirtió ante los funcionarios que acudieron a la reunión.</p>
<p>Los representantes de la Secretaría de Agricultura del estado se comprometieron a llevar la petición a la Ciudad de México y a buscar un esquema de agricultura por contrato, como el que ya opera para el maíz. También ofrecieron revisar los apoyos para almacenar parte del grano mientras se recupera el precio.</p>
<p>Los productores acordaron reunirse de nuevo la próxima semana. Si no hay respuesta, advirtieron, realizarán una caravana de tractores por la carretera México 15 hasta la capital del estado.</p>
"""
write_source('by03.md', by03)
write_gold('by03', family='jekyll',
           title='Productores de garbanzo del Évora piden precio de garantía',
           date='2012-03-08', bylines=['Rosario López Armenta'],
           section='Campo', placement=['Portada'],
           body_first_words='Cerca de 300 productores de garbanzo de los municipios de Salvador Alvarado',
           body_last_words='por la carretera México 15 hasta la capital del estado.',
           boilerplate=['Foto: Héctor Sánchez Armenta'],
           must_keep=['El problema, dijeron, es que los compradores ofrecen apenas 6 mil 500 pesos, una cantidad que no alcanza para cubrir los costos de semilla, diésel y renta de maquinaria.',
                      'También ofrecieron revisar los apoyos para almacenar parte del grano mientras se recupera el precio.',
                      'Los productores acordaron reunirse de nuevo la próxima semana.'],
           photo_credit='Héctor Sánchez Armenta')

# ---------------------------------------------------------------- by04 wire (regional daily web page copied, Son.)
by04 = """Inicio › Local

HERMOSILLO, Son.- Encienden alerta por onda de calor; prevén hasta 47 grados

Por Karina Valenzuela Siqueiros | Reportera de La Pitahaya
Hoy, martes 18 de junio de 2019 · 11:47 a.m.

Compartir: Facebook  Twitter  WhatsApp

Foto: Archivo / La Pitahaya

La Unidad Estatal de Protección Civil activó la alerta amarilla por onda de calor en 42 municipios de Sonora, luego de que el Servicio Meteorológico Nacional pronosticara temperaturas de entre 44 y 47 grados centígrados para el resto de la semana en Hermosillo, Caborca y el valle de Guaymas-Empalme.

Las autoridades pidieron evitar la exposición al sol entre las 11:00 a.m. y las 5:00 p.m., beber agua aunque no se tenga sed y no dejar a niñas, niños, personas mayores ni mascotas dentro de vehículos estacionados. En lo que va de la temporada se han registrado 23 casos de golpe de calor y dos defunciones en el estado.

Te puede interesar: Agua de Hermosillo anuncia tandeos en 30 colonias del norte

La Secretaría de Salud informó que los hospitales generales cuentan con áreas de hidratación y que las unidades de primer nivel extenderán su horario en las colonias del norte y del poniente de la capital, donde se concentran los casos.

En el centro de la ciudad, los vendedores de raspados y de agua fresca dijeron que estas semanas son las mejores del año, aunque reconocieron que pasadas las 2 de la tarde las calles se vacían. "Aquí aguantamos con la sombrilla y el hielo, pero la gente ya no sale", contó Ramona Félix, quien vende tejuino frente al mercado municipal.

El Ayuntamiento de Hermosillo abrirá cuatro centros de refugio temporal con aire acondicionado para personas en situación de calle, que funcionarán de 10:00 a.m. a 8:00 p.m. mientras dure la alerta.

Más de Local
- Reabren el Cerro de la Campana tras trabajos de mantenimiento
- Alistan programa de verano en bibliotecas municipales

Etiquetas: calor, Hermosillo, Protección Civil
"""
write_source('by04.txt', by04, eol='crlf', bom=True)
write_gold('by04', family='wire',
           title='Encienden alerta por onda de calor; prevén hasta 47 grados',
           date='2019-06-18', bylines=['Karina Valenzuela Siqueiros'], source='La Pitahaya',
           section='Local',
           body_first_words='La Unidad Estatal de Protección Civil activó la alerta amarilla',
           body_last_words='mientras dure la alerta.',
           boilerplate=['Inicio › Local', 'Compartir: Facebook  Twitter  WhatsApp',
                        'Foto: Archivo / La Pitahaya',
                        'Te puede interesar: Agua de Hermosillo anuncia tandeos en 30 colonias del norte',
                        'Más de Local',
                        'Reabren el Cerro de la Campana tras trabajos de mantenimiento',
                        'Alistan programa de verano en bibliotecas municipales',
                        'Etiquetas: calor, Hermosillo, Protección Civil'],
           must_keep=['En lo que va de la temporada se han registrado 23 casos de golpe de calor y dos defunciones en el estado.',
                      '"Aquí aguantamos con la sombrilla y el hielo, pero la gente ya no sale", contó Ramona Félix, quien vende tejuino frente al mercado municipal.',
                      'La Secretaría de Salud informó que los hospitales generales cuentan con áreas de hidratación'],
           photo_credit='Archivo / La Pitahaya')

# ---------------------------------------------------------------- by05 wire (national agency received by e-mail, Son.)
by05 = """De: Mesa Nacional AMSI <mesa.nacional@amsi.example.mx>
Enviado: martes, 5 de marzo de 2019 09:12 p.m.
Para: Redacción Grupo Cardonal <redaccion@grupocardonal.example.mx>
Asunto: [AMSI] SON-SEQUIA / Declaran emergencia por sequía en 12 municipios del sur de Sonora

AGENCIA MEXICANA DE SERVICIOS INFORMATIVOS (AMSI)
Envío 0412 | Prioridad: normal | 786 palabras

Con información de Leticia Moreno Ibarra, corresponsal en Navojoa

Declaran emergencia por sequía en 12 municipios del sur de Sonora

Por Óscar Duarte Palafox
Corresponsal AMSI

CIUDAD OBREGÓN, Son., 5 de marzo (AMSI).- La Coordinación Nacional de Protección Civil publicó este martes la declaratoria de emergencia por sequía severa en 12 municipios del sur de Sonora, entre ellos Cajeme, Navojoa, Etchojoa, Huatabampo y Álamos, lo que permitirá enviar agua potable en pipas y forraje para el ganado con recursos federales.

La presa Álvaro Obregón, conocida como El Oviáchic, se encuentra al 19 por ciento de su capacidad, el nivel más bajo en una década. Por esa razón, el distrito de riego del Valle del Yaqui redujo a la mitad la superficie autorizada para el ciclo de primavera-verano.

En las comunidades de la sierra de Álamos y en los pueblos yoremes de la ribera del río Mayo, las familias reciben agua dos veces por semana. "Estamos juntando en tambos lo que llega, y con eso se lava, se cocina y se les da a los animales", relató Trinidad Buitimea, vecina de la comunidad de Masiaca.

Los ganaderos de la región estiman que en los últimos cuatro meses han muerto alrededor de 8 mil cabezas de ganado por falta de pastos. La Unión Ganadera Regional pidió que la declaratoria incluya apoyos para perforar pozos y para trasladar animales a zonas con agostadero.

El gobierno del estado informó que la primera entrega de ayuda saldrá el jueves desde Ciudad Obregón, y que los ayuntamientos deberán entregar un censo de las localidades con mayor necesidad.

AMSI/ODP/lmi

--
Este mensaje y sus anexos son para uso exclusivo del suscriptor. Queda prohibida su reproducción total o parcial sin autorización de AMSI.
"""
write_source('by05.txt', by05, enc='latin-1', eol='crlf')
write_gold('by05', family='wire',
           title='Declaran emergencia por sequía en 12 municipios del sur de Sonora',
           date='2019-03-05', bylines=['Óscar Duarte Palafox'],
           source='Agencia Mexicana de Servicios Informativos',
           body_first_words='La Coordinación Nacional de Protección Civil publicó este martes',
           body_last_words='un censo de las localidades con mayor necesidad.',
           boilerplate=['CIUDAD OBREGÓN, Son., 5 de marzo (AMSI).-',
                        'Con información de Leticia Moreno Ibarra, corresponsal en Navojoa',
                        'AMSI/ODP/lmi',
                        'Este mensaje y sus anexos son para uso exclusivo del suscriptor.',
                        'Queda prohibida su reproducción total o parcial sin autorización de AMSI.'],
           must_keep=['La presa Álvaro Obregón, conocida como El Oviáchic, se encuentra al 19 por ciento de su capacidad, el nivel más bajo en una década.',
                      '"Estamos juntando en tambos lo que llega, y con eso se lava, se cocina y se les da a los animales", relató Trinidad Buitimea, vecina de la comunidad de Masiaca.',
                      'La Unión Ganadera Regional pidió que la declaratoria incluya apoyos para perforar pozos y para trasladar animales a zonas con agostadero.'])

# ---------------------------------------------------------------- by06 wire (national agency FTP feed, teletype style, B.C.)
by06 = """ZCZC
INP0381 3 EST 0412
ARCHIVO: INPRE_20160822_1935_BC.TXT
PRIORIDAD: NORMAL
CLAVE: BC-PESCA-ABULON

PESCADORES DE ISLA DE CEDROS ADELANTAN VEDA DE ABULÓN.

Por Raúl Espinoza Meza, enviado especial

ENSENADA, B.C., 22 de agosto (INPRE).- Las cooperativas pesqueras de Isla de Cedros y de la costa del Pacífico norte de Baja California acordaron adelantar dos semanas la veda de abulón, luego de que los muestreos de este verano mostraran una disminución de ejemplares adultos en los bancos más cercanos a la costa.

La medida, que entrará en vigor el 1 de septiembre, fue aprobada en asamblea por los socios de cinco cooperativas y notificada a las autoridades pesqueras federales. Los buzos podrán seguir capturando langosta y caracol, pero no abulón azul ni amarillo.

Los biólogos que asesoran a las cooperativas atribuyen la baja al calentamiento anómalo del agua registrado en los dos últimos años, que afectó los bosques de sargazo gigante de los que se alimenta el molusco. En algunas zonas, dijeron, la mortandad de abulón juvenil fue superior al 50 por ciento.

(CON INFORMACIÓN DE LA CORRESPONSALÍA DE INPRE EN TIJUANA)

Ernesto Arce Villavicencio, presidente de una de las cooperativas de la isla, explicó que la decisión se tomó pensando en las próximas generaciones. "El abulón nos ha dado de comer por ochenta años; si lo acabamos, la isla se queda sin pueblo", afirmó.

Las cooperativas de la zona cuentan desde hace años con una certificación internacional de pesca sustentable, que exige demostrar que la captura no pone en riesgo la población del recurso.

Los pescadores pidieron a las autoridades reforzar la vigilancia contra la pesca furtiva durante la veda, cuando los bancos quedan sin la presencia diaria de las embarcaciones de las cooperativas.

INPRE/REM/ctg
Informativo Nacional de Prensa - Servicio para suscriptores
07:35 P.M.
NNNN
"""
write_source('by06.txt', by06, enc='cp850', eol='crlf')
write_gold('by06', family='wire',
           title='PESCADORES DE ISLA DE CEDROS ADELANTAN VEDA DE ABULÓN',
           date='2016-08-22', bylines=['Raúl Espinoza Meza'], source='Informativo Nacional de Prensa',
           body_first_words='Las cooperativas pesqueras de Isla de Cedros',
           body_last_words='la presencia diaria de las embarcaciones de las cooperativas.',
           boilerplate=['ENSENADA, B.C., 22 de agosto (INPRE).-',
                        '(CON INFORMACIÓN DE LA CORRESPONSALÍA DE INPRE EN TIJUANA)',
                        'INPRE/REM/ctg', 'Informativo Nacional de Prensa - Servicio para suscriptores',
                        '07:35 P.M.', 'NNNN'],
           must_keep=['Los buzos podrán seguir capturando langosta y caracol, pero no abulón azul ni amarillo.',
                      'En algunas zonas, dijeron, la mortandad de abulón juvenil fue superior al 50 por ciento.',
                      '"El abulón nos ha dado de comer por ochenta años; si lo acabamos, la isla se queda sin pueblo", afirmó.'])

# ---------------------------------------------------------------- by07 generic (print-archive text, Mac Roman, CR)
by07 = """LOS ÚLTIMOS SALINEROS DE LA BAHÍA DE CEUTA.

Archivo impreso · 14/05/2006 · pág. 6-A

A las cinco de la mañana, cuando todavía no sale el sol sobre la bahía de Ceuta, en Elota, los salineros ya están en los esteros con la pala al hombro. Trabajan antes de que el calor haga imposible estar de pie sobre la costra blanca que se forma en los charcos de evaporación.

La sal de Ceuta se cosecha igual que hace un siglo. En marzo se abren los canales para que entre el agua del mar; en abril y mayo el sol hace el resto. Cuando la capa de sal tiene el grosor de un dedo, los hombres la rompen, la juntan en montones y la cargan en costales hasta la orilla del camino.

Don Evaristo Lizárraga tiene 71 años y dice que empezó a trabajar en las salinas a los doce. Recuerda que entonces había más de cien familias dedicadas a la sal y que los compradores llegaban en carreta desde Cosalá y San Ignacio. Hoy quedan menos de veinte.

La competencia de la sal industrial, que se vende refinada y empacada en cualquier tienda, ha dejado a los salineros con un mercado pequeño: los pescadores que salan el pescado, algunos ganaderos y los restaurantes de la costa que prefieren la sal de grano para las brasas.

Los jóvenes del pueblo se van a trabajar a los campos agrícolas del valle o a los hoteles de Mazatlán. "La sal es de sol a sol y paga poco", resume don Evaristo mientras acomoda los costales a la sombra de un mezquite.

Aun así, algunas familias siguen volviendo cada temporada. Dicen que la sal de la bahía tiene un sabor que no se encuentra en otra parte, y que mientras haya quien la compre alguien tendrá que ir a sacarla.
"""
write_source('by07.txt', by07, enc='mac_roman', eol='cr')
write_gold('by07', family='generic',
           title='LOS ÚLTIMOS SALINEROS DE LA BAHÍA DE CEUTA',
           date='2006-05-14',
           body_first_words='A las cinco de la mañana, cuando todavía no sale el sol',
           body_last_words='alguien tendrá que ir a sacarla.',
           boilerplate=['Archivo impreso · 14/05/2006 · pág. 6-A'],
           must_keep=['La sal de Ceuta se cosecha igual que hace un siglo.',
                      'Hoy quedan menos de veinte.',
                      '"La sal es de sol a sol y paga poco", resume don Evaristo mientras acomoda los costales a la sombra de un mezquite.'])

# ---------------------------------------------------------------- by08 bad (saved HTML page: navigation only)
by08 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>El Cardonal - Deportes - Índice de notas</title>
<link href="/css/estilos.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/menu.js"></script>
</head>
<body>
<div id="encabezado"><a href="/default.asp"><img src="/img/logo_cardonal.gif" alt="El Cardonal" /></a></div>
<ul id="menu">
  <li><a href="/seccion.asp?id=1">Local</a></li>
  <li><a href="/seccion.asp?id=2">Estado</a></li>
  <li><a href="/seccion.asp?id=3" class="activo">Deportes</a></li>
  <li><a href="/seccion.asp?id=4">Espectáculos</a></li>
  <li><a href="/seccion.asp?id=5">Opinión</a></li>
</ul>
<div id="indice">
  <a href="/seccion.asp?id=3&amp;pag=1">1</a> | <a href="/seccion.asp?id=3&amp;pag=2">2</a> | <a href="/seccion.asp?id=3&amp;pag=3">3</a> | <a href="/seccion.asp?id=3&amp;pag=4">Siguiente &raquo;</a>
</div>
<div id="pie">
  <a href="/contacto.asp">Contacto</a> | <a href="/publicidad.asp">Publicidad</a> | <a href="/aviso.asp">Aviso de privacidad</a>
  <p>&copy; 2009 El Cardonal. Todos los derechos reservados.</p>
</div>
</body>
</html>
"""
write_source('by08.text', by08)
write_gold('by08', family='bad',
           refusal_reason='Página HTML guardada que sólo contiene menús de navegación y paginación; no hay ninguna nota que importar.')

# ---------------------------------------------------------------- by09 press (port authority, Guaymas; forwarded e-mail)
by09 = """---------- Mensaje reenviado ----------
De: Comunicación Social API Guaymas <comunicacion@apiguaymas.example.mx>
Fecha: vie, 3 jun 2016 a las 1:47 p.m.
Asunto: Boletín 12/2016 - Inicia dragado en el puerto de Guaymas
Para: <redaccion@grupocardonal.example.mx>


ADMINISTRACIÓN PORTUARIA INTEGRAL DE GUAYMAS, S.A. DE C.V.
Boletín 12/2016

INICIA DRAGADO PARA AMPLIAR EL CANAL DE NAVEGACIÓN DEL PUERTO DE GUAYMAS

Guaymas, Sonora, 3 de junio de 2016.- La Administración Portuaria Integral (API) de Guaymas dio inicio a los trabajos de dragado del canal de navegación y de la dársena de ciaboga, con los que el puerto podrá recibir buques de hasta 14 metros de calado, informó su gerente de operaciones, Jesús Manuel Ochoa Islas.

Los trabajos tendrán una inversión de 214 millones de pesos y una duración estimada de siete meses. En ese periodo se extraerán alrededor de un millón 300 mil metros cúbicos de sedimento, que serán depositados en una zona autorizada por las autoridades ambientales, lejos de los bancos de pesca de la bahía.

El puerto de Guaymas mueve principalmente minerales, granos y fertilizantes. Con la mayor profundidad, explicó el gerente, las navieras podrán cargar por completo los buques que hoy salen a media capacidad para no tocar fondo, lo que reducirá el costo por tonelada para los exportadores de la región.

Ochoa Islas aseguró que el dragado no interrumpirá las operaciones, ya que la draga trabajará por secciones y en coordinación con la Capitanía de Puerto. "Los pescadores ribereños seguirán teniendo paso libre por el canal en todo momento", subrayó.

La API de Guaymas precisó que durante la obra se realizará un monitoreo permanente de la calidad del agua y de la fauna marina, cuyos resultados se harán públicos cada mes en su página de internet.

-30-

Coordinación de Comunicación Social
Tel. 622 555 0147, ext. 112
"""
write_source('by09.txt', by09, enc='cp1252', eol='crlf')
write_gold('by09', family='press_release',
           title='INICIA DRAGADO PARA AMPLIAR EL CANAL DE NAVEGACIÓN DEL PUERTO DE GUAYMAS',
           date='2016-06-03',
           source='ADMINISTRACIÓN PORTUARIA INTEGRAL DE GUAYMAS, S.A. DE C.V.',
           bulletin_number='12/2016',
           issuer='ADMINISTRACIÓN PORTUARIA INTEGRAL DE GUAYMAS, S.A. DE C.V.',
           dateline_city='Guaymas',
           body_first_words='La Administración Portuaria Integral (API) de Guaymas dio inicio',
           body_last_words='se harán públicos cada mes en su página de internet.',
           boilerplate=['---------- Mensaje reenviado ----------',
                        'De: Comunicación Social API Guaymas <comunicacion@apiguaymas.example.mx>',
                        'Fecha: vie, 3 jun 2016 a las 1:47 p.m.',
                        'Asunto: Boletín 12/2016 - Inicia dragado en el puerto de Guaymas',
                        'Para: <redaccion@grupocardonal.example.mx>',
                        'Boletín 12/2016', 'Guaymas, Sonora, 3 de junio de 2016.-', '-30-',
                        'Coordinación de Comunicación Social', 'Tel. 622 555 0147, ext. 112'],
           must_keep=['El puerto de Guaymas mueve principalmente minerales, granos y fertilizantes.',
                      '"Los pescadores ribereños seguirán teniendo paso libre por el canal en todo momento", subrayó.',
                      'Los trabajos tendrán una inversión de 214 millones de pesos y una duración estimada de siete meses.'])

# ---------------------------------------------------------------- by10 jekyll (WordPress export, draft, Son.)
by10 = """---
layout: post
title: 'Suspenden quema de pólvora en el malecón de Huatabampito por "riesgo de incendio"'
date: 2015-12-31 23:50:00.000000000 -07:00
type: post
parent_id: '0'
published: false
password: ''
status: draft
categories:
- Portada
- Destacadas
tags:
- Año Nuevo
- Huatabampo
meta:
  _edit_last: '1'
  _edit_lock: 1451631002:1
author:
  login: redaccion
  email: redaccion@elmayohoy.example.mx
  display_name: Redacción El Mayo Hoy
  first_name: ''
  last_name: ''
permalink: "/?p=22817"
---
<p>La Unidad Municipal de Protección Civil de Huatabampo suspendió la quema de pólvora que cada fin de año se realiza en el malecón de Huatabampito, debido a los fuertes vientos del norte y a la sequedad de la vegetación de las dunas cercanas, que aumentan el riesgo de un incendio.</p>
<p>La decisión se tomó a media tarde, cuando ya había cientos de familias instaladas en la playa con hieleras, asadores y casas de campaña. Los elementos de Protección Civil recorrieron la zona con altavoces para informar la medida y pidieron a los visitantes no encender cohetes por su cuenta.</p>
<p>El coordinador municipal, Lorenzo Valenzuela Moroyoqui, explicó que en los últimos días se han registrado ráfagas de hasta 50 kilómetros por hora. "Una sola chispa que caiga en el zacate seco puede llegar a las casas de los pescadores", dijo en entrevista.</p>
<p>Los comerciantes que instalaron puestos de antojitos y bebidas dijeron estar de acuerdo con la medida, aunque lamentaron que la noticia llegara tan tarde. La celebración con música en vivo se mantuvo hasta la una de la mañana.</p>
<p>La policía municipal y la Cruz Roja mantuvieron un operativo en la carretera a Huatabampo para evitar accidentes durante el regreso de los paseantes. Hasta el cierre de esta edición no se habían reportado incidentes.</p>
"""
write_source('by10.md', by10)
write_gold('by10', family='jekyll',
           title='Suspenden quema de pólvora en el malecón de Huatabampito por "riesgo de incendio"',
           date='2015-12-31', published=False, bylines=[],
           placement=['Portada', 'Destacadas'],
           body_first_words='La Unidad Municipal de Protección Civil de Huatabampo suspendió',
           body_last_words='Hasta el cierre de esta edición no se habían reportado incidentes.',
           must_keep=['Los elementos de Protección Civil recorrieron la zona con altavoces para informar la medida y pidieron a los visitantes no encender cohetes por su cuenta.',
                      '"Una sola chispa que caiga en el zacate seco puede llegar a las casas de los pescadores", dijo en entrevista.',
                      'La celebración con música en vivo se mantuvo hasta la una de la mañana.'])
