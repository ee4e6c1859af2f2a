#!/usr/bin/env python3
"""importer-bg, files 01-10."""
from common import write_source, write_gold, docx_bytes, NBSP

# ---------------------------------------------------------------- bg01 wire
T01 = """Movilidad

## Cierran por 72 horas la estación Pantitlán de la Línea 9 por hundimiento diferencial

**Plano Central** | Por Daniela Orozco Vega | 3 de marzo de 2024 · 09:12 h

**Actualización 13:40 h.** El Sistema de Transporte Colectivo confirmó por la tarde que el servicio de la Línea 9 se dará únicamente entre Tacubaya y Puebla mientras duren los trabajos.

> **Claves**
> - El cierre durará al menos 72 horas.
> - Habrá 40 autobuses de apoyo sin costo.
> - Es el tercer cierre del tramo desde 2021.

El Sistema de Transporte Colectivo (STC) Metro cerró desde la madrugada de este domingo la estación Pantitlán de la Línea 9, luego de que una revisión nocturna detectara un desnivel de casi cuatro centímetros en las vías del andén de llegada.

De acuerdo con el organismo, el hundimiento diferencial es un fenómeno conocido en la zona oriente de la capital, donde la extracción de agua del subsuelo provoca que el terreno ceda de forma desigual. Las cuadrillas trabajarán en tres turnos para nivelar el balasto y sustituir durmientes.

Por seguridad de las personas usuarias, la estación Pantitlán de la Línea 9 permanecerá cerrada. Consulta las rutas alternas en este hilo. pic.twitter.com/Qm7LhZp2Ra
— Metro Informa CDMX (@MetroInforma_ej) March 3, 2024

Para mitigar la afectación, la Secretaría de Movilidad dispuso 40 unidades de la Red de Transporte de Pasajeros que harán el recorrido entre Puebla y Pantitlán con salidas cada cinco minutos. Los usuarios consultados por este medio dijeron que el trayecto les tomó hasta 50 minutos más de lo habitual.

"Salí a las seis y todavía no llego al trabajo", dijo Rosario, vendedora en la Central de Abasto, mientras esperaba en la fila de los autobuses sobre Calzada Ignacio Zaragoza.

La Línea 9 transporta en promedio a 300 mil personas al día. El STC no precisó el costo de la obra ni si habrá nuevas interrupciones en los próximos meses.

Síguenos en Instagram y TikTok como @planocentral_mx

¿Viste algo en tu colonia? Escríbenos a denuncias@planocentral.example.mx
"""
write_source('bg01.md', T01)
write_gold('bg01', family='wire',
           title='Cierran por 72 horas la estación Pantitlán de la Línea 9 por hundimiento diferencial',
           date='2024-03-03', bylines=['Daniela Orozco Vega'], source='Plano Central',
           section='Movilidad',
           body_first_words='El Sistema de Transporte Colectivo confirmó por la tarde',
           body_last_words='ni si habrá nuevas interrupciones en los próximos meses.',
           boilerplate=['**Plano Central** | Por Daniela Orozco Vega | 3 de marzo de 2024 · 09:12 h',
                        '**Actualización 13:40 h.**', '**Claves**',
                        'El cierre durará al menos 72 horas.',
                        'Habrá 40 autobuses de apoyo sin costo.',
                        'Es el tercer cierre del tramo desde 2021.',
                        'Por seguridad de las personas usuarias, la estación Pantitlán de la Línea 9 permanecerá cerrada. Consulta las rutas alternas en este hilo. pic.twitter.com/Qm7LhZp2Ra',
                        '— Metro Informa CDMX (@MetroInforma_ej) March 3, 2024',
                        'Síguenos en Instagram y TikTok como @planocentral_mx',
                        '¿Viste algo en tu colonia? Escríbenos a denuncias@planocentral.example.mx'],
           must_keep=['El Sistema de Transporte Colectivo confirmó por la tarde que el servicio de la Línea 9 se dará únicamente entre Tacubaya y Puebla mientras duren los trabajos.',
                      'Las cuadrillas trabajarán en tres turnos para nivelar el balasto y sustituir durmientes.',
                      'La Línea 9 transporta en promedio a 300 mil personas al día.'])

# ---------------------------------------------------------------- bg02 press
T02 = """GOBIERNO DEL ESTADO DE PUEBLA
Coordinación General de Comunicación Social
\t
BOLETÍN No. 0847
Fecha de emisión: 12/03/2014          Hora: 17:30

Heroica Puebla de Zaragoza, a 12 de marzo de 2014

ENTREGA SECRETARÍA DE SALUD 14 AMBULANCIAS A HOSPITALES DE LA SIERRA NORTE

La Secretaría de Salud estatal entregó este miércoles 14 ambulancias equipadas para traslado de urgencias a igual número de hospitales comunitarios y generales de la Sierra Norte, entre ellos los de Zacatlán, Huauchinango, Cuetzalan y Tetela de Ocampo.

Durante la ceremonia, realizada en la explanada de Casa Aguayo, el titular de la dependencia explicó que la inversión asciende a 23.8 millones de pesos, provenientes del Fondo de Aportaciones para los Servicios de Salud. Cada unidad cuenta con monitor de signos vitales, desfibrilador y equipo de ventilación.

Las ambulancias sustituyen a vehículos que tenían más de doce años de servicio. Según los registros de la dependencia, en 2013 se realizaron en la región cerca de 4 mil traslados de pacientes hacia Puebla capital, la mayoría de mujeres embarazadas con complicaciones y de personas lesionadas en accidentes carreteros.

El funcionario recordó que el pasado 7 de marzo se capacitó a 42 paramédicos de la región en el manejo del nuevo equipo, y anunció que el 28 de marzo comenzará un segundo curso dirigido al personal de enfermería de los hospitales beneficiados.

Presidentes municipales de la sierra agradecieron la entrega y señalaron que los caminos de la región, con pendientes pronunciadas y neblina frecuente, exigen unidades en buen estado. Las ambulancias serán resguardadas en cada hospital y su mantenimiento correrá a cargo de la Secretaría.

—o0o—
\t
Para mayor información:
Coordinación General de Comunicación Social
Tel. (222) 555 0147 y 555 0148
prensa@comunicacion.puebla.example.mx
"""
write_source('bg02.txt', T02, enc='cp1252', eol='crlf')
write_gold('bg02', family='press_release',
           title='ENTREGA SECRETARÍA DE SALUD 14 AMBULANCIAS A HOSPITALES DE LA SIERRA NORTE',
           date='2014-03-12', source='GOBIERNO DEL ESTADO DE PUEBLA',
           bulletin_number='0847', issuer='GOBIERNO DEL ESTADO DE PUEBLA',
           dateline_city='Heroica Puebla de Zaragoza',
           body_first_words='La Secretaría de Salud estatal entregó este miércoles',
           body_last_words='su mantenimiento correrá a cargo de la Secretaría.',
           boilerplate=['GOBIERNO DEL ESTADO DE PUEBLA', 'Coordinación General de Comunicación Social',
                        'BOLETÍN No. 0847', 'Fecha de emisión: 12/03/2014          Hora: 17:30',
                        'Heroica Puebla de Zaragoza, a 12 de marzo de 2014',
                        '—o0o—', 'Para mayor información:',
                        'Tel. (222) 555 0147 y 555 0148',
                        'prensa@comunicacion.puebla.example.mx'],
           must_keep=['Cada unidad cuenta con monitor de signos vitales, desfibrilador y equipo de ventilación.',
                      'Las ambulancias sustituyen a vehículos que tenían más de doce años de servicio.',
                      'Las ambulancias serán resguardadas en cada hospital y su mantenimiento correrá a cargo de la Secretaría.'])

# ---------------------------------------------------------------- bg03 wire (forwarded e-mail)
T03 = """---------- Forwarded message ---------
De: Mesa Hidalgo <mesa.hidalgo@noticiasdelcentro.example.mx>
Date: mar, 14 feb 2017 a las 09:12
Subject: NOTA | Productores de cebada de Apan denuncian bajo precio
To: <redaccion@diarioaltiplano.example.mx>


HGO-CEBADA
Productores de cebada del Altiplano exigen precio de garantía a la industria cervecera

Por Rogelio Santillán Cruz
Agencia Noticias del Centro (ANC)

APAN, Hgo., 14 de febrero (ANC).- Alrededor de 300 productores de cebada de los llanos de Apan se manifestaron este martes frente a la presidencia municipal para exigir que la industria cervecera respete un precio mínimo de 5 mil 200 pesos por tonelada en la próxima cosecha.

Los agricultores, provenientes de Apan, Emiliano Zapata, Tlanalapan y Almoloya, explicaron que en el último ciclo las empresas compradoras pagaron en promedio 4 mil 350 pesos, una cantidad que, dijeron, apenas cubre el costo de la semilla, los fertilizantes y la renta de maquinaria.

"Nos castigan el grano por humedad y por tamaño, pero nunca nos enseñan los análisis", afirmó Eusebio Hernández, representante de la Unión de Cebaderos del Altiplano, quien agregó que la mayoría de los productores siembra en temporal y depende por completo de las lluvias.

El grupo entregó un pliego petitorio dirigido a la Secretaría de Desarrollo Agropecuario del estado, en el que solicita una mesa de negociación con las empresas y un programa de apoyo para almacenamiento, pues la falta de bodegas los obliga a vender inmediatamente después de la trilla.

Hidalgo es el principal productor de cebada maltera del país. De acuerdo con datos oficiales, en la región se siembran cada año cerca de 100 mil hectáreas del grano.

La dependencia estatal informó por la tarde que recibirá a una comisión de productores el próximo lunes.

ANC/RSC/mtg

--
Mesa Hidalgo | Agencia Noticias del Centro
Tel. 771 555 0192
"""
write_source('bg03.txt', T03, eol='crlf')
write_gold('bg03', family='wire',
           title='Productores de cebada del Altiplano exigen precio de garantía a la industria cervecera',
           date='2017-02-14', bylines=['Rogelio Santillán Cruz'], source='Agencia Noticias del Centro',
           body_first_words='Alrededor de 300 productores de cebada de los llanos de Apan',
           body_last_words='recibirá a una comisión de productores el próximo lunes.',
           boilerplate=['---------- Forwarded message ---------',
                        'De: Mesa Hidalgo <mesa.hidalgo@noticiasdelcentro.example.mx>',
                        'Date: mar, 14 feb 2017 a las 09:12',
                        'Subject: NOTA | Productores de cebada de Apan denuncian bajo precio',
                        'To: <redaccion@diarioaltiplano.example.mx>',
                        'HGO-CEBADA', 'Por Rogelio Santillán Cruz', 'Agencia Noticias del Centro (ANC)', 'APAN, Hgo., 14 de febrero (ANC).-', 'ANC/RSC/mtg',
                        'Mesa Hidalgo | Agencia Noticias del Centro', 'Tel. 771 555 0192'],
           must_keep=['Hidalgo es el principal productor de cebada maltera del país.',
                      'La dependencia estatal informó por la tarde que recibirá a una comisión de productores el próximo lunes.'])

# ---------------------------------------------------------------- bg04 press (gob.mx page)
T04 = """# Arranca Salud campaña de vacunación contra influenza estacional en el Valle de México

Secretaría de Salud | 01 de octubre de 2019 | Comunicado

**Comunicado 245**

* **Se aplicarán más de 4.2 millones de dosis en la Ciudad de México y el Estado de México.**
* **La vacuna es gratuita en cualquier unidad del sector salud.**

Prensa

**Ciudad de México, 1 de octubre de 2019**

La Secretaría de Salud inició este martes la campaña de vacunación contra la influenza estacional 2019-2020, que en la zona metropolitana del Valle de México contempla la aplicación de más de 4.2 millones de dosis hasta marzo del próximo año.

La dependencia informó que la vacuna está dirigida de manera prioritaria a niñas y niños de seis meses a cinco años, a personas mayores de 60 años, a mujeres embarazadas y a quienes viven con diabetes, obesidad, enfermedades cardiacas o VIH, por ser los grupos con mayor riesgo de complicaciones.

Durante el arranque, realizado en un centro de salud de la alcaldía Gustavo A. Madero, el subsecretario de Prevención y Promoción de la Salud explicó que la vacuna de esta temporada es tetravalente y protege contra cuatro tipos de virus. Recordó que la inmunidad tarda alrededor de dos semanas en desarrollarse, por lo que recomendó no esperar a los meses más fríos.

En la temporada anterior se confirmaron en el país más de 6 mil casos de influenza. La Secretaría exhortó a la población a lavarse las manos con frecuencia, cubrirse nariz y boca al toser o estornudar con el ángulo interno del brazo y evitar la automedicación.

Las dosis estarán disponibles en unidades de la Secretaría de Salud, el IMSS, el ISSSTE y los servicios estatales, sin importar la derechohabiencia. En el Estado de México también se instalarán módulos en estaciones del Mexibús y en mercados públicos.

---oOo---

**Dirección General de Comunicación Social**
comunicacion.social@salud.example.mx · Tel. 55 5555 1800
"""
write_source('bg04.md', T04)
write_gold('bg04', family='press_release',
           title='Arranca Salud campaña de vacunación contra influenza estacional en el Valle de México',
           date='2019-10-01', source='Secretaría de Salud', bulletin_number='245',
           issuer='Secretaría de Salud', dateline_city='Ciudad de México',
           body_first_words='La Secretaría de Salud inició este martes la campaña',
           body_last_words='estaciones del Mexibús y en mercados públicos.',
           boilerplate=['Secretaría de Salud | 01 de octubre de 2019 | Comunicado', 'Comunicado 245', 'Prensa',
                        'Ciudad de México, 1 de octubre de 2019', '---oOo---',
                        'Dirección General de Comunicación Social',
                        'comunicacion.social@salud.example.mx · Tel. 55 5555 1800'],
           must_keep=['Recordó que la inmunidad tarda alrededor de dos semanas en desarrollarse, por lo que recomendó no esperar a los meses más fríos.',
                      'En la temporada anterior se confirmaron en el país más de 6 mil casos de influenza.'])

# ---------------------------------------------------------------- bg05 jekyll (WordPress via jekyll-import)
T05 = """---
layout: post
title: "Cholula alista el Festival de la Luz con 20 mil velas"
date: 2013-11-01 21:48:37.000000000 -06:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Portada
- Cultura
tags:
- Cholula
- turismo
meta:
  _edit_last: '4'
  _thumbnail_id: '18842'
  _wp_old_slug: festival-luz-cholula-2
author:
  login: mhernandez
  email: mhernandez@laredpoblana.example.mx
  display_name: Mariana Hernández Luna
  first_name: Mariana
  last_name: Hernández Luna
permalink: "/2013/11/01/cholula-alista-festival-de-la-luz/"
---
[caption id="attachment_18842" align="aligncenter" width="620"]<img class="size-large wp-image-18842" src="http://laredpoblana.example.mx/wp-content/uploads/2013/11/velas.jpg" alt="velas" width="620" height="413" /> Foto: Mariana Hernández Luna / La Red Poblana[/caption]

<p>San Pedro Cholula encenderá este sábado 20 mil velas sobre las escalinatas y la explanada del Santuario de la Virgen de los Remedios, en la tercera edición del Festival de la Luz, que el ayuntamiento organiza como parte de las celebraciones de Día de Muertos.</p>

<p>La directora de Turismo municipal explicó que las velas serán colocadas desde las tres de la tarde por 250 voluntarios, en su mayoría estudiantes de universidades de la zona, y que el encendido comenzará a las 19:00 horas con música de la banda de viento de San Gregorio Atzompa.</p>

<p>Para evitar aglomeraciones como las del año pasado, cuando el acceso a la pirámide tuvo que cerrarse por exceso de visitantes, se habilitarán dos rutas de subida y una de bajada, además de un estacionamiento provisional en el campo deportivo de la colonia Centro.</p>

<p>Los organizadores esperan la visita de alrededor de 35 mil personas. Los hoteles de Cholula reportan una ocupación cercana al 90 por ciento para el fin de semana, de acuerdo con la asociación local de hoteleros.</p>

<p>La entrada será libre. Las autoridades recomendaron a los asistentes llevar ropa abrigadora, pues se pronostican temperaturas de hasta seis grados en la noche, y no subir con niños pequeños en carriola.</p>
"""
write_source('bg05.md', T05)
write_gold('bg05', family='jekyll',
           title='Cholula alista el Festival de la Luz con 20 mil velas',
           date='2013-11-01', bylines=['Mariana Hernández Luna'], source=None,
           section='Cultura', placement=['Portada'],
           body_first_words='San Pedro Cholula encenderá este sábado 20 mil velas',
           body_last_words='y no subir con niños pequeños en carriola.',
           boilerplate=['[caption id="attachment_18842" align="aligncenter" width="620"]<img class="size-large wp-image-18842" src="http://laredpoblana.example.mx/wp-content/uploads/2013/11/velas.jpg" alt="velas" width="620" height="413" /> Foto: Mariana Hernández Luna / La Red Poblana[/caption]'],
           must_keep=['Los organizadores esperan la visita de alrededor de 35 mil personas.',
                      'La entrada será libre.'],
           photo_credit='Foto: Mariana Hernández Luna / La Red Poblana')

# ---------------------------------------------------------------- bg06 wire (magazine)
T06 = """CRÓNICA

# Los últimos sastres de la calle de Jesús María

*Entre máquinas de coser de los años cincuenta, una docena de talleres resiste en el Centro Histórico a la ropa importada y a las rentas que suben cada año.*

Por **Adriana Solís Betancourt** | Fotografía: Iván Quiroz Lara

*Meridiano*, edición 412, 15 de noviembre de 2019

Don Aurelio Pacheco enhebra la aguja sin lentes. Tiene 81 años y lleva 63 en el mismo local de la calle de Jesús María, a dos cuadras de La Merced, donde su padre abrió en 1948 una sastrería que llegó a tener once empleados y que hoy atiende él solo, con ayuda de un sobrino que llega los sábados.

En los años setenta, recuerda, los trajes se hacían a la medida para bodas, graduaciones y entrevistas de trabajo. "Venía gente de Toluca y de Pachuca porque aquí era más barato que en Polanco", cuenta mientras marca con gis una tela gris Oxford.

Según la cámara de comercio de la zona, en el perímetro A del Centro Histórico quedan catorce sastrerías, contra más de sesenta que había a principios de los noventa. Las que sobreviven se dedican sobre todo a composturas: ajustar pantalones, cambiar cierres y entallar sacos comprados en tiendas departamentales.

El problema no es solo la ropa barata. Los dueños de los inmuebles han duplicado las rentas en la última década, y varios talleres se mudaron a departamentos de la colonia Morelos, donde trabajan sin letrero y por recomendación.

Don Aurelio no piensa cerrar. Dice que el día que no pueda enhebrar la aguja colgará la cinta métrica en la pared, junto a la foto de su padre.

🎧 Esta crónica tiene versión en audio en nuestro pódcast *Meridiano en voz alta*, disponible en Spotify y Apple Podcasts.

Suscríbete a la edición impresa en meridiano.example.mx/suscripciones
"""
write_source('bg06.md', T06)
write_gold('bg06', family='wire',
           title='Los últimos sastres de la calle de Jesús María',
           date='2019-11-15', bylines=['Adriana Solís Betancourt'], source='Meridiano',
           section='CRÓNICA',
           body_first_words='Don Aurelio Pacheco enhebra la aguja sin lentes.',
           body_last_words='colgará la cinta métrica en la pared, junto a la foto de su padre.',
           boilerplate=['Por **Adriana Solís Betancourt** | Fotografía: Iván Quiroz Lara',
                        '*Meridiano*, edición 412, 15 de noviembre de 2019',
                        '🎧 Esta crónica tiene versión en audio en nuestro pódcast *Meridiano en voz alta*, disponible en Spotify y Apple Podcasts.',
                        'Suscríbete a la edición impresa en meridiano.example.mx/suscripciones'],
           must_keep=['Tiene 81 años y lleva 63 en el mismo local de la calle de Jesús María',
                      'El problema no es solo la ropa barata.',
                      'Don Aurelio no piensa cerrar.'],
           photo_credit='Fotografía: Iván Quiroz Lara')

# ---------------------------------------------------------------- bg07 press (court)
T07 = """TRIBUNAL SUPERIOR DE JUSTICIA DEL ESTADO DE MORELOS
Dirección General de Comunicación Social

Comunicado de prensa número TSJ/DGCS/078/2017

Cuernavaca, Morelos; jueves 9 de noviembre de 2017.

Inaugura el TSJ la primera sala de juicios orales en materia familiar en Jojutla

Con la finalidad de acercar la justicia a los habitantes de la región sur del estado, el Tribunal Superior de Justicia inauguró este jueves en Jojutla la primera sala de oralidad en materia familiar fuera de la capital, que atenderá asuntos de divorcio, pensión alimenticia, guarda y custodia de menores y convivencia.

La sala, instalada en el edificio del juzgado civil de primera instancia del cuarto distrito, cuenta con equipo de videograbación, un área privada para escuchar a niñas, niños y adolescentes, y un espacio de espera separado para personas que han denunciado violencia familiar.

El magistrado presidente señaló que hasta ahora las familias de Jojutla, Tlaquiltenango, Zacatepec y Tlaltizapán debían trasladarse a Cuernavaca para sus audiencias, lo que implicaba gastos de transporte y la pérdida de días de trabajo. Con el nuevo modelo, dijo, un juicio de pensión alimenticia podrá resolverse en dos audiencias.

En el acto se informó que dos juezas y cuatro secretarios de acuerdos recibieron 120 horas de capacitación en litigación oral. El Poder Judicial prevé abrir salas similares en Cuautla y Yautepec durante el primer semestre de 2018.

Los inmuebles de la región aún presentan daños por el sismo del 19 de septiembre, por lo que la sala funcionará de manera provisional en la planta baja mientras concluyen los trabajos de reforzamiento.

--ooOoo--

Síguenos en Twitter: @TSJMorelos_ej
Facebook: /PoderJudicialMorelosEjemplo
Tel. 777 555 3100 ext. 1205
"""
write_source('bg07.txt', T07, enc='cp1252', eol=('mixed', 6))
write_gold('bg07', family='press_release',
           title='Inaugura el TSJ la primera sala de juicios orales en materia familiar en Jojutla',
           date='2017-11-09', source='TRIBUNAL SUPERIOR DE JUSTICIA DEL ESTADO DE MORELOS',
           bulletin_number='TSJ/DGCS/078/2017',
           issuer='TRIBUNAL SUPERIOR DE JUSTICIA DEL ESTADO DE MORELOS',
           dateline_city='Cuernavaca',
           body_first_words='Con la finalidad de acercar la justicia a los habitantes',
           body_last_words='mientras concluyen los trabajos de reforzamiento.',
           boilerplate=['TRIBUNAL SUPERIOR DE JUSTICIA DEL ESTADO DE MORELOS', 'Dirección General de Comunicación Social',
                        'Comunicado de prensa número TSJ/DGCS/078/2017',
                        'Cuernavaca, Morelos; jueves 9 de noviembre de 2017.', '--ooOoo--',
                        'Síguenos en Twitter: @TSJMorelos_ej',
                        'Facebook: /PoderJudicialMorelosEjemplo', 'Tel. 777 555 3100 ext. 1205'],
           must_keep=['Con el nuevo modelo, dijo, un juicio de pensión alimenticia podrá resolverse en dos audiencias.',
                      'El Poder Judicial prevé abrir salas similares en Cuautla y Yautepec durante el primer semestre de 2018.'])

# ---------------------------------------------------------------- bg08 jekyll (Drupal via jekyll-import)
T08 = """---
layout: post
title: Rescatan a 11 perros de un criadero clandestino en Ecatepec
created: 1281573900
date: 2010-08-11 19:45:00 -05:00
categories:
- edomex
- seguridad
tags:
- Ecatepec
- maltrato animal
---
**Por Luis Alberto Méndez**

Elementos de la policía municipal de Ecatepec y personal del área de protección animal rescataron este miércoles a once perros que eran mantenidos en jaulas oxidadas en la azotea de una vivienda de la colonia Jardines de Morelos, donde presuntamente funcionaba un criadero clandestino.

La intervención se realizó luego de que vecinos denunciaran durante varias semanas los ladridos constantes y el mal olor que salía del inmueble. Al llegar, los agentes encontraron a los animales, en su mayoría cachorros de raza chihuahua y schnauzer, sin agua y con signos de desnutrición.

Un hombre de 43 años que se identificó como encargado de la casa fue presentado ante el Ministerio Público, aunque las autoridades aclararon que el maltrato animal todavía no está tipificado como delito en el Código Penal del Estado de México, por lo que la investigación se sigue por otras posibles faltas administrativas.

Los perros fueron trasladados al centro de control canino municipal, donde recibirán atención veterinaria. El ayuntamiento informó que, una vez recuperados, podrán ser adoptados por familias que cumplan con una entrevista y una visita domiciliaria.

Organizaciones protectoras de animales que acudieron al lugar pidieron a los diputados locales aprobar las iniciativas que castigan la crianza y venta de mascotas sin permisos, y recordaron que en lo que va del año se han documentado al menos cuatro casos similares en el municipio.
"""
write_source('bg08.md', T08)
write_gold('bg08', family='jekyll',
           title='Rescatan a 11 perros de un criadero clandestino en Ecatepec',
           date='2010-08-11', bylines=['Luis Alberto Méndez'], source=None, section='edomex',
           body_first_words='Elementos de la policía municipal de Ecatepec',
           body_last_words='al menos cuatro casos similares en el municipio.',
           boilerplate=['**Por Luis Alberto Méndez**'],
           must_keep=['Los perros fueron trasladados al centro de control canino municipal, donde recibirán atención veterinaria.',
                      'Un hombre de 43 años que se identificó como encargado de la casa fue presentado ante el Ministerio Público'])

# ---------------------------------------------------------------- bg09 generic
T09 = """# Qué hacer si tu colonia se queda sin agua: guía para Iztapalapa #

Esta guía reúne los pasos que recomiendan vecinos organizados y personal del Sistema de Aguas para enfrentar los cortes de suministro que cada temporada de estiaje afectan a decenas de colonias de la alcaldía.

## Antes del corte

Revisa que el tinaco y la cisterna no tengan fugas y que la tapa cierre bien. Un tinaco de mil litros alcanza para tres o cuatro días si una familia de cuatro personas raciona el consumo. Conviene tener a la mano cubetas limpias con tapa para guardar agua de reserva.

Anota el número de tu cuenta de agua: sin él, la solicitud de pipa puede tardar más.

---

## Durante el corte

Solicita una pipa gratuita al número de atención ciudadana o en el módulo de la dirección territorial que te corresponda. Las pipas se asignan por orden de solicitud y por colonia, por lo que conviene que una sola persona por calle haga el trámite y reparta la información.

No compres agua a pipas sin identificación oficial. Los vecinos de Santa Cruz Meyehualco y de la Unidad Habitacional Vicente Guerrero han reportado cobros de hasta 1,500 pesos por viaje.

***

## Después del corte

Deja correr el agua unos minutos antes de usarla para beber o cocinar, porque suele salir turbia cuando se restablece la presión. Si el problema se repite, presenta una queja formal por escrito y guarda el folio.
"""
write_source('bg09.md', T09)
write_gold('bg09', family='generic',
           title='Qué hacer si tu colonia se queda sin agua: guía para Iztapalapa',
           body_first_words='Esta guía reúne los pasos que recomiendan vecinos organizados',
           body_last_words='presenta una queja formal por escrito y guarda el folio.',
           must_keep=['Anota el número de tu cuenta de agua: sin él, la solicitud de pipa puede tardar más.',
                      'No compres agua a pipas sin identificación oficial.'])

# ---------------------------------------------------------------- bg10 bad (.docx saved as .txt)
write_source('bg10.txt', raw=docx_bytes([
    'Comunicado 112/2015',
    'Pachuca de Soto, Hgo., 2 de septiembre de 2015',
    'Inicia campaña de descacharrización en colonias de Pachuca',
]))
write_gold('bg10', family='bad',
           refusal_reason='binary file: a Word .docx (ZIP container, starts with PK\\x03\\x04) saved with a .txt extension; not readable text')
print('part1 ok')
