#!/usr/bin/env python3
"""importer-bm, files 01-10."""
from common import write_source, write_gold, NBSP, ZWSP, SHY, WJ

# ---------------------------------------------------------------- bm01 wire (big digital daily, web page copy-paste)
bm01 = """Inicio / Metrópoli

# Metro prueba horario extendido los viernes en cinco líneas

Por Ximena Arriaga Solís | Diario Metrópoli

13 de enero de 2023 · 06:45 hrs | Actualizado: 13 de enero de 2023 · 11:20 hrs

🔊 Escuchar nota
4 min de lectura

Compartir en Facebook
Compartir en X
Copiar enlace

![Usuarios en el andén de la estación Pantitlán](https://cdn.diariometropoli.example.mx/resizer/v2/pantitlan-anden.jpg)
Usuarios esperan el tren en la estación Pantitlán. Foto: Diario Metrópoli / Archivo

El Sistema de Transporte Colectivo Metro mantendrá abiertas hasta la una de la mañana las estaciones de cinco líneas todos los viernes de enero y febrero, como parte de una prueba para medir la demanda nocturna en la capital, informó el organismo la noche del jueves.

La ampliación aplicará en las líneas 1, 2, 3, 8 y B, que en conjunto transportan a más de la mitad de los usuarios de la red en un día laborable. El resto de las líneas cerrará a la medianoche, como hasta ahora. Lee también: Cierran tres estaciones de la Línea 9 por obras de renivelación Los trenes circularán con intervalos de entre ocho y diez minutos después de las 23:00 horas.

La directora de Operación del Metro, Leticia Barragán Ochoa, explicó que la prueba responde a las solicitudes de trabajadores de restaurantes, hospitales y centros nocturnos del Centro Histórico, la Roma y la Condesa, que al salir de sus turnos dependen de taxis o de aplicaciones. “Queremos saber cuántas personas realmente usarían el servicio antes de pensar en ampliarlo de manera permanente”, dijo.

Para cubrir el horario adicional, el organismo reorganizará los turnos de mantenimiento, que normalmente comienzan al cierre de la red. Los trabajos en vías y en instalaciones eléctricas de esas cinco líneas se concentrarán entre la una y las cinco de la mañana.

Usuarios consultados por Diario Metrópoli en la estación Hidalgo recibieron bien la medida, aunque pidieron reforzar la vigilancia en los pasillos de correspondencia. La Secretaría de Seguridad Ciudadana informó que desplegará policías adicionales en las estaciones con más afluencia durante la noche.

El Metro evaluará los resultados de la prueba a finales de febrero y publicará las cifras de afluencia por estación en su portal de datos abiertos.

Temas relacionados: Metro · Movilidad · CDMX

📩 Recibe Metrópoli al Día, nuestro newsletter gratuito, todas las mañanas en tu correo.

Lo más leído
1. Así quedará el nuevo paradero de Indios Verdes
2. Reportan falla en el Tren Ligero rumbo a Xochimilco
3. Estos son los horarios del Metrobús en días festivos
"""
write_source('bm01.md', bm01)
write_gold('bm01', family='wire',
           title='Metro prueba horario extendido los viernes en cinco líneas',
           date='2023-01-13', bylines=['Ximena Arriaga Solís'], source='Diario Metrópoli',
           section='Metrópoli',
           body_first_words='El Sistema de Transporte Colectivo Metro mantendrá abiertas',
           body_last_words='publicará las cifras de afluencia por estación en su portal de datos abiertos.',
           boilerplate=['Escuchar nota', '4 min de lectura', 'Compartir en Facebook', 'Compartir en X',
                        'Copiar enlace',
                        'Usuarios esperan el tren en la estación Pantitlán. Foto: Diario Metrópoli / Archivo',
                        'Lee también: Cierran tres estaciones de la Línea 9 por obras de renivelación',
                        'Temas relacionados: Metro · Movilidad · CDMX',
                        'Recibe Metrópoli al Día, nuestro newsletter gratuito, todas las mañanas en tu correo.',
                        'Lo más leído',
                        'Así quedará el nuevo paradero de Indios Verdes',
                        'Reportan falla en el Tren Ligero rumbo a Xochimilco',
                        'Estos son los horarios del Metrobús en días festivos'],
           must_keep=['El resto de las líneas cerrará a la medianoche, como hasta ahora.',
                      'Los trenes circularán con intervalos de entre ocho y diez minutos después de las 23:00 horas.',
                      '“Queremos saber cuántas personas realmente usarían el servicio antes de pensar en ampliarlo de manera permanente”, dijo.'],
           photo_credit='Diario Metrópoli / Archivo')

# ---------------------------------------------------------------- bm02 press (alcaldía, Drupal press room export)
bm02 = """[Inicio](/) » [Sala de prensa](/sala-de-prensa) » Boletines

**ALCALDÍA AZCAPOTZALCO**

**Dirección de Comunicación Social**

**Boletín AZC/DCS/287/2022**

## Concluye rehabilitación del Jardín Hidalgo y de la plaza central de Azcapotzalco

*Ciudad de México, 15 de julio de 2022.*

La Alcaldía Azcapotzalco entregó este viernes a vecinas y vecinos del centro de la demarcación los trabajos de rehabilitación del Jardín Hidalgo y de la plaza que lo rodea, en los que se invirtieron 23.4 millones de pesos del presupuesto participativo y de recursos propios.

Las obras incluyeron la renovación de 4 mil 600 metros cuadrados de piso de recinto, la restauración del quiosco y de las bancas de hierro forjado, la sustitución de 85 luminarias por tecnología LED y la instalación de un sistema de riego para las jardineras y los árboles del lugar.

Durante el recorrido de entrega, la directora general de Obras, arquitecta Silvia Monroy Cedillo, explicó que los trabajos se realizaron por etapas para no suspender el tianguis dominical ni las celebraciones de la Parroquia de los Santos Apóstoles Felipe y Santiago, que colinda con el jardín. “Fue una obra hecha con el barrio abierto”, señaló.

También se rehabilitó la red de drenaje pluvial de las calles que rodean la plaza, donde cada temporada de lluvias se formaban encharcamientos que afectaban a comercios y viviendas.

Integrantes de la comisión de participación comunitaria pidieron que el mantenimiento del jardín sea permanente y que se refuerce la vigilancia nocturna. La alcaldía informó que el espacio contará con personal de limpieza todos los días y con un módulo de policía de proximidad.

El programa cultural del fin de semana incluye un concierto de la banda sinfónica de la demarcación y una feria de libro usado, que se instalará en los portales el sábado y el domingo de 10:00 a 18:00 horas.

**-o0o-**

Etiquetas: [Obras](/etiquetas/obras), [Espacio público](/etiquetas/espacio-publico)

[Descargar boletín (PDF, 212 KB)](/sites/default/files/boletines/2022/azc-dcs-287-2022.pdf)

Compartir: Facebook | X | WhatsApp
"""
write_source('bm02.md', bm02)
write_gold('bm02', family='press_release',
           title='Concluye rehabilitación del Jardín Hidalgo y de la plaza central de Azcapotzalco',
           date='2022-07-15', source='ALCALDÍA AZCAPOTZALCO',
           bulletin_number='AZC/DCS/287/2022', issuer='ALCALDÍA AZCAPOTZALCO',
           dateline_city='Ciudad de México',
           body_first_words='La Alcaldía Azcapotzalco entregó este viernes a vecinas y vecinos',
           body_last_words='el sábado y el domingo de 10:00 a 18:00 horas.',
           boilerplate=['[Inicio](/) » [Sala de prensa](/sala-de-prensa) » Boletines',
                        'Dirección de Comunicación Social', 'Boletín AZC/DCS/287/2022',
                        'Ciudad de México, 15 de julio de 2022.', '-o0o-',
                        'Etiquetas: [Obras](/etiquetas/obras), [Espacio público](/etiquetas/espacio-publico)',
                        'Descargar boletín (PDF, 212 KB)', 'Compartir: Facebook | X | WhatsApp'],
           must_keep=['También se rehabilitó la red de drenaje pluvial de las calles que rodean la plaza, donde cada temporada de lluvias se formaban encharcamientos que afectaban a comercios y viviendas.',
                      '“Fue una obra hecha con el barrio abierto”, señaló.',
                      'La alcaldía informó que el espacio contará con personal de limpieza todos los días y con un módulo de policía de proximidad.'])

# ---------------------------------------------------------------- bm03 jekyll (WordPress via jekyll-import, author mapping)
bm03 = """---
layout: post
title: Coyoacán celebra las fiestas patrias con verbena en el Jardín Centenario
date: 2014-09-16 21:05:33.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Portada
- Cultura
tags:
- fiestas patrias
- Jardín Centenario
meta:
  _edit_last: '2'
  _thumbnail_id: '5121'
author:
  login: lfernandez
  email: lfernandez@ecosdecoyoacan.example.mx
  display_name: Lucía Fernández Ugalde
  first_name: Lucía
  last_name: Fernández Ugalde
---
[caption id="attachment_5121" align="aligncenter" width="640"]<img class="size-large wp-image-5121" src="http://ecosdecoyoacan.example.mx/wp-content/uploads/2014/09/verbena-640x426.jpg" alt="Verbena en el Jardín Centenario" width="640" height="426" /> Familias en la verbena del Jardín Centenario. Foto: Gerardo Palafox Zúñiga[/caption]

Miles de familias llenaron desde la tarde de este martes el Jardín Centenario y la Plaza Hidalgo, en el centro de Coyoacán, para la verbena de fiestas patrias que organizan cada año los comerciantes del barrio y la delegación.

<!--more-->

Desde temprano, los puestos de pozole, tostadas, buñuelos y esquites ocuparon los pasillos del jardín, mientras en el escenario instalado frente a la Parroquia de San Juan Bautista se presentaban mariachis, grupos de danza folclórica y una banda de viento de Milpa Alta.

La noche anterior, la ceremonia del Grito reunió a cerca de 15 mil personas, según los cálculos de Protección Civil de la delegación, que reportó saldo blanco y sólo atendió a dos personas por crisis nerviosa entre la multitud.

Los comerciantes del mercado de Coyoacán dijeron que las ventas fueron mejores que las del año pasado, aunque se quejaron de los vendedores ambulantes que se instalaron sin permiso en las calles cercanas. <strong>"Nosotros pagamos nuestro lugar todo el año y ellos llegan sólo en las fechas buenas"</strong>, reclamó doña Amparo Vélez, quien vende antojitos desde hace treinta años.

&nbsp;

Para muchos visitantes, la verbena es la oportunidad de recorrer el centro de Coyoacán con calma, lejos del Zócalo. Raúl Mendoza, que llegó desde Iztapalapa con sus tres hijos, dijo que prefiere este ambiente "porque aquí los niños pueden correr sin que se pierdan".

La delegación informó que las calles del centro permanecerán cerradas al tránsito hasta la medianoche y que el servicio de limpia comenzará a retirar la basura a partir de las dos de la mañana.
"""
write_source('bm03.md', bm03)
write_gold('bm03', family='jekyll',
           title='Coyoacán celebra las fiestas patrias con verbena en el Jardín Centenario',
           date='2014-09-16', bylines=['Lucía Fernández Ugalde'],
           section='Cultura', placement=['Portada'],
           body_first_words='Miles de familias llenaron desde la tarde de este martes el Jardín Centenario',
           body_last_words='comenzará a retirar la basura a partir de las dos de la mañana.',
           boilerplate=['Familias en la verbena del Jardín Centenario. Foto: Gerardo Palafox Zúñiga'],
           must_keep=['La noche anterior, la ceremonia del Grito reunió a cerca de 15 mil personas, según los cálculos de Protección Civil de la delegación, que reportó saldo blanco y sólo atendió a dos personas por crisis nerviosa entre la multitud.',
                      'Para muchos visitantes, la verbena es la oportunidad de recorrer el centro de Coyoacán con calma, lejos del Zócalo.',
                      'La delegación informó que las calles del centro permanecerán cerradas al tránsito hasta la medianoche y que el servicio de limpia comenzará a retirar la basura a partir de las dos de la mañana.'],
           photo_credit='Gerardo Palafox Zúñiga')

# ---------------------------------------------------------------- bm04 wire (agency teletype, 1999, cp850)
bm04 = """ZCZC ANV0147
AGUA-SUMINISTRO 16-03-99 12:47

Agencia Noticiosa del Valle (ANV)

REDUCIRÁN SUMINISTRO DE AGUA EN OCHO DELEGACIONES POR OBRAS EN EL CUTZAMALA

Por Rogelio Mancera Huitrón

MÉXICO, D.F., 16 de marzo de 1999 (ANV).- La Comisión Nacional del Agua reducirá durante 72 horas el envío de agua del Sistema Cutzamala al Distrito Federal a partir del próximo jueves, para reparar una fuga en el acueducto que conduce el líquido desde la presa de Valle de Bravo, informaron autoridades federales y capitalinas.

La medida afectará de manera parcial el suministro en las delegaciones Álvaro Obregón, Cuajimalpa, Miguel Hidalgo, Benito Juárez, Coyoacán, Tlalpan, Magdalena Contreras y Cuauhtémoc, donde viven cerca de tres millones de personas.

=MÁS=

ZCZC ANV0148
AGUA-SUMINISTRO 1a. ADD. 16-03-99 12:52

La Dirección General de Construcción y Operación Hidráulica del gobierno capitalino informó que distribuirá agua gratuita en 180 pipas, que darán prioridad a hospitales, escuelas, reclusorios y unidades habitacionales de las partes altas del poniente de la ciudad.

El subdirector de operación del organismo, Efraín Solórzano Peña, pidió a la población almacenar agua desde el martes y evitar lavar autos o banquetas durante los días del corte. "No es un recorte total, pero en las colonias altas la presión va a bajar mucho", advirtió.

Los trabajos consisten en sustituir un tramo de tubería de dos metros de diámetro que resultó dañado por un deslave en el municipio de Villa de Allende, en el Estado de México. La reparación requiere vaciar parte del acueducto, por lo que el servicio se normalizará de manera gradual a partir del domingo.

Vecinos de Santa Fe y de San Ángel dijeron que en cortes anteriores el agua tardó hasta una semana en regresar a sus casas, y pidieron a las autoridades que las pipas lleguen también a las colonias que no aparecen en el programa oficial.

ANV/RMH/jgc 13:05
NNNN
"""
write_source('bm04.txt', bm04, enc='cp850', eol='crlf')
write_gold('bm04', family='wire',
           title='REDUCIRÁN SUMINISTRO DE AGUA EN OCHO DELEGACIONES POR OBRAS EN EL CUTZAMALA',
           date='1999-03-16', bylines=['Rogelio Mancera Huitrón'],
           source='Agencia Noticiosa del Valle',
           body_first_words='La Comisión Nacional del Agua reducirá durante 72 horas',
           body_last_words='que no aparecen en el programa oficial.',
           boilerplate=['ZCZC ANV0147', 'AGUA-SUMINISTRO 16-03-99 12:47',
                        'MÉXICO, D.F., 16 de marzo de 1999 (ANV).-', '=MÁS=', 'ZCZC ANV0148',
                        'AGUA-SUMINISTRO 1a. ADD. 16-03-99 12:52', 'ANV/RMH/jgc 13:05', 'NNNN'],
           must_keep=['donde viven cerca de tres millones de personas.',
                      'La Dirección General de Construcción y Operación Hidráulica del gobierno capitalino informó que distribuirá agua gratuita en 180 pipas',
                      '"No es un recorte total, pero en las colonias altas la presión va a bajar mucho", advirtió.'])

# ---------------------------------------------------------------- bm05 press (federal commission, table, BOM, CRLF)
bm05 = """GOBIERNO DE MÉXICO
COMISIÓN AMBIENTAL DE LA MEGALÓPOLIS
Comunicado 036/2019

Ciudad de México, 14 de mayo de 2019, 15:00 horas

Se mantiene la Fase I de Contingencia Ambiental Atmosférica por ozono en la Zona Metropolitana del Valle de México

La Comisión Ambiental de la Megalópolis (CAMe) informa que, debido a la persistencia de un sistema de alta presión que limita la dispersión de contaminantes y a la radiación solar intensa, se mantiene la Fase I de Contingencia Ambiental Atmosférica por ozono en la Zona Metropolitana del Valle de México.

A las 14:00 horas de este martes se registraron las siguientes concentraciones máximas de ozono:

| Estación de monitoreo | Alcaldía o municipio | Ozono (ppb) |
|---|---|---|
| Pedregal | Álvaro Obregón | 158 |
| Ajusco Medio | Tlalpan | 151 |
| Cuajimalpa | Cuajimalpa de Morelos | 149 |
| Atizapán | Atizapán de Zaragoza | 143 |

Por lo anterior, mañana miércoles 15 de mayo seguirán aplicándose las medidas del programa para contingencias. No circularán los vehículos con holograma de verificación 2, ni los que tengan holograma 1 con terminación de placa par, ni los vehículos con holograma 0 y 00 con engomado rojo.

Se recomienda a la población evitar actividades al aire libre entre las 13:00 y las 19:00 horas, en especial a niñas y niños, personas adultas mayores y personas con enfermedades respiratorias o cardiovasculares. Las escuelas deberán suspender las actividades deportivas y cívicas en los patios.

La CAMe recuerda que las industrias de la zona metropolitana deberán reducir entre 30 y 40 por ciento sus emisiones contaminantes, y que las obras de pintura, impermeabilización y bacheo en la vía pública quedan suspendidas mientras continúe la contingencia.

La próxima actualización se dará a conocer mañana a las 10:00 horas, con base en el pronóstico meteorológico y en los niveles de contaminación registrados durante la noche.

---oOo---

Coordinación de Comunicación Social
Tel. 55 5555 0176
prensa@came-megalopolis.example.mx
"""
write_source('bm05.md', bm05, eol='crlf', bom=True)
write_gold('bm05', family='press_release',
           title='Se mantiene la Fase I de Contingencia Ambiental Atmosférica por ozono en la Zona Metropolitana del Valle de México',
           date='2019-05-14', source='COMISIÓN AMBIENTAL DE LA MEGALÓPOLIS',
           bulletin_number='036/2019', issuer='COMISIÓN AMBIENTAL DE LA MEGALÓPOLIS',
           dateline_city='Ciudad de México',
           body_first_words='La Comisión Ambiental de la Megalópolis (CAMe) informa que',
           body_last_words='en los niveles de contaminación registrados durante la noche.',
           boilerplate=['GOBIERNO DE MÉXICO', 'Comunicado 036/2019',
                        'Ciudad de México, 14 de mayo de 2019, 15:00 horas', '---oOo---',
                        'Coordinación de Comunicación Social', 'Tel. 55 5555 0176',
                        'prensa@came-megalopolis.example.mx'],
           must_keep=['A las 14:00 horas de este martes se registraron las siguientes concentraciones máximas de ozono:',
                      'No circularán los vehículos con holograma de verificación 2, ni los que tengan holograma 1 con terminación de placa par, ni los vehículos con holograma 0 y 00 con engomado rojo.',
                      'Las escuelas deberán suspender las actividades deportivas y cívicas en los patios.'])

# ---------------------------------------------------------------- bm06 generic (Word copy-paste, invisible characters)
bm06 = ("El último afila{Z}dor{W} de San Ángel\n"
        "\n"
        "Los sábados, cuando el Bazar de San Jacinto empieza a llenarse de turistas, un silbido agudo y largo baja por la calle de Frontera. Es la flauta de pan de don Epifanio Cruz, que desde hace más de cuarenta años recorre en bicicleta las calles empedradas de San Ángel con una piedra de esmeril montada sobre el manubrio.\n"
        "\n"
        "“Antes éramos muchos”, cuenta mientras ajusta la banda que hace girar la piedra. “Ahora en toda esta zona quedo yo y un muchacho que viene de Tizapán los martes.” Cobra cuarenta pesos por un cuchillo de cocina y sesenta por unas tijeras de costura, y asegura que el filo le dura a una casa por lo menos medio año.\n"
        "\n"
        "Aprendió el ofi{S}cio de su padre, que llegó a la ciudad desde un pueblo de Puebla en los años cincuenta y afilaba herramientas para los jardineros de las casonas de la colonia. De él heredó también la bicicleta, a la que ha cambiado las llantas, el asiento y la cadena, pero no el cuadro.\n"
        "\n"
        "Sus clientes más fieles son las cocineras de los restaurantes de la plaza y algunas vecinas que lo esperan cada quince días con una bolsa de cuchillos. Los más jóvenes, dice, ya no afilan: cuando un cuchillo deja de cortar, lo tiran y compran otro.\n"
        "\n"
        "Don Epifanio no piensa retirarse. Dice que el silbido de su flauta es lo único que todavía hace que la gente se asome a la ventana, y que mientras alguien se asome él seguirá pasando.\n"
        ).replace('{Z}', ZWSP).replace('{W}', WJ).replace('{S}', SHY)
bm06 = bm06.replace('desde hace más de cuarenta años', 'desde hace más de cuarenta' + NBSP + 'años')
write_source('bm06.txt', bm06, eol='crlf')
write_gold('bm06', family='generic',
           title='El último afilador de San Ángel',
           body_first_words='Los sábados, cuando el Bazar de San Jacinto empieza a llenarse de turistas',
           body_last_words='mientras alguien se asome él seguirá pasando.',
           must_keep=['Aprendió el oficio de su padre, que llegó a la ciudad desde un pueblo de Puebla en los años cincuenta y afilaba herramientas para los jardineros de las casonas de la colonia.',
                      'Cobra cuarenta pesos por un cuchillo de cocina y sesenta por unas tijeras de costura, y asegura que el filo le dura a una casa por lo menos medio año.',
                      'Los más jóvenes, dice, ya no afilan: cuando un cuchillo deja de cortar, lo tiran y compran otro.'])

# ---------------------------------------------------------------- bm07 wire (print archive typed back, Mac Roman, CR)
bm07 = """LA VOZ DEL ANÁHUAC
Archivo hemerográfico de La Voz del Anáhuac. Captura de textos impresos.
Edición del martes 17 de noviembre de 1998, página 4-A, sección Ciudad.
Capturó: M. G. R. (abril de 2004)

Regresan los ambulantes al Centro Histórico pese al acuerdo de reubicación

Por Leonardo Cisneros Arvizu

A tres semanas de que la delegación Cuauhtémoc y las organizaciones
de comerciantes firmaron el acuerdo para reubicar a los vendedores de
la vía pública en plazas comerciales, cerca de 400 puestos
semifijos volvieron a instalarse ayer en las calles de Correo Mayor,
Moneda y Jesús María, en el primer cuadro de la ciudad.

Los comerciantes argumentan que las plazas que les fueron asignadas
todavía no tienen luz ni sanitarios, y que en las pocas que ya
funcionan no llegan los compradores. "Nos mandaron a un callejón
donde no pasa nadie; con eso no se mantiene a una familia", dijo una
vendedora de ropa que pidió no publicar su nombre.

(Pasa a la página 6-A)

(Viene de la página 4-A)

El subdelegado jurídico y de gobierno, Tomás Echeverría Lara,
aseguró que las plazas estarán terminadas antes de la temporada
navideña y que la delegación no permitirá que las calles vuelvan a
cerrarse al paso de los peatones. Sin embargo, reconoció que no hay
una fecha para retirar los puestos que se instalaron ayer.

Los dueños de los comercios establecidos de la zona, agrupados en una
asociación de locatarios del Centro, denunciaron que sus ventas han
caído casi a la mitad desde septiembre y anunciaron que la próxima
semana entregarán un escrito al jefe de Gobierno del Distrito Federal.

En un recorrido realizado por este diario se observó que algunos
puestos se conectan a los postes de alumbrado público con cables
improvisados, lo que ha provocado al menos dos cortos circuitos en
las últimas semanas, según los vecinos de la calle de Academia.
"""
write_source('bm07.txt', bm07, enc='mac_roman', eol='cr')
write_gold('bm07', family='wire',
           title='Regresan los ambulantes al Centro Histórico pese al acuerdo de reubicación',
           date='1998-11-17', bylines=['Leonardo Cisneros Arvizu'], source='La Voz del Anáhuac',
           section='Ciudad',
           body_first_words='A tres semanas de que la delegación Cuauhtémoc y las organizaciones',
           body_last_words='según los vecinos de la calle de Academia.',
           boilerplate=['Archivo hemerográfico de La Voz del Anáhuac. Captura de textos impresos.',
                        'Capturó: M. G. R. (abril de 2004)',
                        '(Pasa a la página 6-A)', '(Viene de la página 4-A)'],
           must_keep=['Los comerciantes argumentan que las plazas que les fueron asignadas todavía no tienen luz ni sanitarios, y que en las pocas que ya funcionan no llegan los compradores.',
                      'Sin embargo, reconoció que no hay una fecha para retirar los puestos que se instalaron ayer.',
                      'En un recorrido realizado por este diario se observó que algunos puestos se conectan a los postes de alumbrado público con cables improvisados'])

# ---------------------------------------------------------------- bm08 bad (saved HTML page, navigation only)
bm08 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Valle de México | Noticias del Oriente Mexiquense</title>
<link rel="stylesheet" href="Valle_files/main.css">
<script src="Valle_files/gtm.js"></script>
</head>
<body class="section-front">
<header>
  <a class="logo" href="https://oriente-mexiquense.example.mx/"><img src="Valle_files/logo.svg" alt="Noticias del Oriente Mexiquense"></a>
  <nav class="main-menu">
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/valle-de-mexico/">Valle de México</a></li>
      <li><a href="/texcoco/">Texcoco</a></li>
      <li><a href="/chalco/">Chalco</a></li>
      <li><a href="/nezahualcoyotl/">Nezahualcóyotl</a></li>
      <li><a href="/deportes/">Deportes</a></li>
      <li><a href="/opinion/">Opinión</a></li>
      <li><a href="/videos/">Videos</a></li>
    </ul>
  </nav>
  <form class="search" action="/buscar/"><input type="text" name="q" placeholder="Buscar"></form>
</header>
<main>
  <h1 class="section-title">Valle de México</h1>
  <ul class="teaser-list">
    <li><a href="/valle-de-mexico/2020/08/12/a1/">Cargando…</a></li>
    <li><a href="/valle-de-mexico/2020/08/12/a2/">Cargando…</a></li>
    <li><a href="/valle-de-mexico/2020/08/12/a3/">Cargando…</a></li>
  </ul>
  <div class="pagination"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Siguiente »</a></div>
</main>
<div id="cookie-banner">Usamos cookies para mejorar tu experiencia. <button>Aceptar</button></div>
<footer>
  <ul><li><a href="/aviso-de-privacidad/">Aviso de privacidad</a></li><li><a href="/contacto/">Contacto</a></li><li><a href="/directorio/">Directorio</a></li></ul>
  <p>© 2020 Noticias del Oriente Mexiquense. Todos los derechos reservados.</p>
</footer>
</body>
</html>
"""
write_source('bm08.html', bm08)
write_gold('bm08', family='bad',
           refusal_reason='El archivo es una página HTML guardada que sólo contiene menús, enlaces y avisos del sitio; no contiene ninguna nota.')

# ---------------------------------------------------------------- bm09 press (municipality, release forwarded by e-mail, cp1252 CRLF)
bm09 = """De: Comunicación Social Neza <comunicacion@neza-ayto.example.mx>
Enviado: lunes, 6 de febrero de 2023 13:42
Para: Mesa de Redacción <mesa@diariometropoli.example.mx>
Asunto: COMUNICADO 071/2023 | Neza instala bebederos en escuelas

Buenas tardes, compañeros de los medios. Les compartimos el comunicado de hoy; las fotografías están en el enlace al final del correo. Saludos.

H. AYUNTAMIENTO DE NEZAHUALCÓYOTL
Gobierno Municipal 2022-2024
Comunicado 071/2023

INSTALA GOBIERNO MUNICIPAL 40 BEBEDEROS EN ESCUELAS PRIMARIAS DE NEZAHUALCÓYOTL

Nezahualcóyotl, Estado de México, 6 de febrero de 2023.- El gobierno municipal concluyó la instalación de 40 bebederos de agua potable en igual número de escuelas primarias públicas, con lo que cerca de 17 mil alumnas y alumnos podrán tomar agua purificada durante la jornada escolar sin necesidad de comprar bebidas embotelladas.

Cada bebedero cuenta con un sistema de filtración de cuatro etapas y una lámpara de luz ultravioleta, y está conectado a la red municipal. El mantenimiento de los filtros estará a cargo del Organismo Descentralizado de Agua Potable, Alcantarillado y Saneamiento, que revisará los equipos cada tres meses y publicará los resultados de los análisis de calidad.

Las escuelas fueron elegidas con base en un diagnóstico realizado con los comités de padres de familia, que identificó los planteles donde no había acceso a agua para beber o donde los tinacos tenían más de diez años sin limpieza.

Durante la entrega en la escuela primaria Netzahualcóyotl, en la colonia Benito Juárez, la directora del plantel, maestra Rocío Galván Terán, dijo que muchas familias gastaban hasta 20 pesos diarios en jugos y refrescos para el recreo. "Ahora los niños traen su termo y lo llenan aquí", comentó.

El ayuntamiento informó que en una segunda etapa se instalarán otros 35 bebederos en secundarias y en centros de atención múltiple antes de que concluya el ciclo escolar.

-oOo-

Fotos: https://drive.neza-ayto.example.mx/comunicados/2023/071

Atentamente
Coordinación de Comunicación Social
Tel. 55 5555 0143

AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos son para uso exclusivo de su destinatario y pueden contener información confidencial. Si usted lo recibió por error, notifique al remitente y elimínelo.
"""
write_source('bm09.txt', bm09, enc='cp1252', eol='crlf')
write_gold('bm09', family='press_release',
           title='INSTALA GOBIERNO MUNICIPAL 40 BEBEDEROS EN ESCUELAS PRIMARIAS DE NEZAHUALCÓYOTL',
           date='2023-02-06', source='H. AYUNTAMIENTO DE NEZAHUALCÓYOTL',
           bulletin_number='071/2023', issuer='H. AYUNTAMIENTO DE NEZAHUALCÓYOTL',
           dateline_city='Nezahualcóyotl',
           body_first_words='El gobierno municipal concluyó la instalación de 40 bebederos',
           body_last_words='antes de que concluya el ciclo escolar.',
           boilerplate=['De: Comunicación Social Neza <comunicacion@neza-ayto.example.mx>',
                        'Enviado: lunes, 6 de febrero de 2023 13:42',
                        'Para: Mesa de Redacción <mesa@diariometropoli.example.mx>',
                        'Asunto: COMUNICADO 071/2023 | Neza instala bebederos en escuelas',
                        'Buenas tardes, compañeros de los medios. Les compartimos el comunicado de hoy; las fotografías están en el enlace al final del correo. Saludos.',
                        'Gobierno Municipal 2022-2024', 'Comunicado 071/2023',
                        'Nezahualcóyotl, Estado de México, 6 de febrero de 2023.-', '-oOo-',
                        'Fotos: https://drive.neza-ayto.example.mx/comunicados/2023/071',
                        'Atentamente', 'Coordinación de Comunicación Social', 'Tel. 55 5555 0143',
                        'AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus anexos son para uso exclusivo de su destinatario y pueden contener información confidencial.'],
           must_keep=['Cada bebedero cuenta con un sistema de filtración de cuatro etapas y una lámpara de luz ultravioleta, y está conectado a la red municipal.',
                      '"Ahora los niños traen su termo y lo llenan aquí", comentó.',
                      'El ayuntamiento informó que en una segunda etapa se instalarán otros 35 bebederos en secundarias y en centros de atención múltiple antes de que concluya el ciclo escolar.'])

# ---------------------------------------------------------------- bm10 jekyll (offset date on New Year's Eve, `medio` key)
bm10 = """---
layout: nota
title: "Miles esperan el 2020 en el Zócalo con concierto y pirotecnia"
date: 2019-12-31 23:50:00 -0600
author: [Ernesto Lira Bautista, Paola Ceballos Núñez]
categories: [En vivo, Ciudad]
tags: [Año Nuevo, Zócalo, Centro Histórico]
medio: Capital Nocturna
---

A diez minutos de la medianoche, la plancha del Zócalo y las calles de Madero, 5 de Mayo y 20 de Noviembre estaban llenas de familias que llegaron desde la tarde para despedir el año con el concierto gratuito organizado por el gobierno de la ciudad.

El Centro de Comando y Control de la capital calculó que a las 23:30 horas había cerca de 120 mil personas en el primer cuadro. Los accesos a la plaza por la calle de Pino Suárez se cerraron una hora antes por el exceso de asistentes, y los policías desviaban a los recién llegados hacia las pantallas instaladas en la Alameda.

En el escenario, montado frente a la Catedral, se presentaron desde las 20:00 horas una orquesta de danzón, un grupo de cumbia de Iztapalapa y un coro infantil que cantó villancicos antes del cierre con un grupo de rock. Entre canción y canción, los conductores repartieron entre el público uvas en vasos de plástico.

> “Venimos desde Ecatepec porque aquí se siente que empieza el año de verdad”, dijo Marisela Ordóñez, que llegó con sus dos hijas a las cinco de la tarde.

Protección Civil reportó hasta este momento la atención de 14 personas por desmayos e intoxicación leve, ninguna de gravedad. Las estaciones Zócalo y Allende del Metro permanecen cerradas por seguridad, mientras que las líneas 1, 2 y 3 darán servicio gratuito hasta las dos de la mañana.

Está previsto que a las 00:00 horas comience un espectáculo de pirotecnia de diez minutos desde las azoteas de los edificios de gobierno que rodean la plaza.
"""
write_source('bm10.md', bm10)
write_gold('bm10', family='jekyll',
           title='Miles esperan el 2020 en el Zócalo con concierto y pirotecnia',
           date='2019-12-31', bylines=['Ernesto Lira Bautista', 'Paola Ceballos Núñez'],
           source='Capital Nocturna', section='Ciudad', placement=['En vivo'],
           body_first_words='A diez minutos de la medianoche, la plancha del Zócalo',
           body_last_words='desde las azoteas de los edificios de gobierno que rodean la plaza.',
           must_keep=['El Centro de Comando y Control de la capital calculó que a las 23:30 horas había cerca de 120 mil personas en el primer cuadro.',
                      'Entre canción y canción, los conductores repartieron entre el público uvas en vasos de plástico.',
                      'Las estaciones Zócalo y Allende del Metro permanecen cerradas por seguridad, mientras que las líneas 1, 2 y 3 darán servicio gratuito hasta las dos de la mañana.'])
