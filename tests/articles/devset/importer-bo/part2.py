#!/usr/bin/env python3
"""importer-bo, files 11-20 (press 11-16, jekyll 17-20)."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bo11 press (federal port authority, forwarded e-mail)
bo11 = """---------- Forwarded message ---------
De: Comunicación Social ASIPONA Coatzacoalcos <prensa@asipona-coatza.example.mx>
Date: lun, 10 mar 2025 a las 13:07
Subject: Boletín informativo
To: <redaccion@medios-sur.example.mx>


SECRETARÍA DE MARINA
ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL COATZACOALCOS
Comunicado ASIPONA-COA/UCS/028/2025

Coatzacoalcos, Veracruz, a 10 de marzo de 2025

Puerto de Coatzacoalcos mueve 9% más carga en el primer bimestre

La Administración del Sistema Portuario Nacional Coatzacoalcos informó que durante enero y febrero se movieron 4.7 millones de toneladas de carga en los recintos de Coatzacoalcos y Pajaritos, 9 por ciento más que en el mismo periodo del año anterior.

El crecimiento se explica principalmente por el aumento en el manejo de granel agrícola, que pasó de 610 mil a 790 mil toneladas, y por la llegada de los primeros buques de carga general vinculados con el Corredor Interoceánico del Istmo de Tehuantepec.

Los petrolíferos y petroquímicos siguen siendo la principal carga del puerto, con poco más de la mitad del total. En el periodo atracaron 212 embarcaciones, entre buques tanque, graneleros y barcazas que navegan por el río Coatzacoalcos hacia las terminales de la zona industrial.

El director general de la ASIPONA, capitán de altura Efrén Saldaña Rosique, señaló que la terminal de usos múltiples opera ya con dos grúas móviles adicionales. "Tenemos capacidad para atender más buques sin que esperen en fondeo", afirmó.

La administración portuaria indicó que en el segundo semestre iniciará el dragado de mantenimiento de la dársena de Pajaritos y la rehabilitación de 300 metros de muelle en la margen izquierda del río.

---oOo---

Unidad de Comunicación Social
Tel. 921 555 0133, ext. 1204
prensa@asipona-coatza.example.mx

AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son para uso exclusivo del destinatario.
"""
write_source('bo11.txt', bo11, eol='crlf')
write_gold('bo11', family='press_release',
           title='Puerto de Coatzacoalcos mueve 9% más carga en el primer bimestre',
           date='2025-03-10',
           source='ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL COATZACOALCOS',
           bulletin_number='ASIPONA-COA/UCS/028/2025',
           issuer='ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL COATZACOALCOS',
           dateline_city='Coatzacoalcos',
           body_first_words='La Administración del Sistema Portuario Nacional Coatzacoalcos informó',
           body_last_words='300 metros de muelle en la margen izquierda del río.',
           boilerplate=['---------- Forwarded message ---------',
                        'De: Comunicación Social ASIPONA Coatzacoalcos <prensa@asipona-coatza.example.mx>',
                        'Date: lun, 10 mar 2025 a las 13:07', 'Subject: Boletín informativo',
                        'To: <redaccion@medios-sur.example.mx>', 'SECRETARÍA DE MARINA',
                        'Comunicado ASIPONA-COA/UCS/028/2025',
                        'Coatzacoalcos, Veracruz, a 10 de marzo de 2025', '---oOo---',
                        'Unidad de Comunicación Social', 'Tel. 921 555 0133, ext. 1204',
                        'AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son para uso exclusivo del destinatario.'],
           must_keep=['Los petrolíferos y petroquímicos siguen siendo la principal carga del puerto, con poco más de la mitad del total.',
                      '"Tenemos capacidad para atender más buques sin que esperen en fondeo", afirmó.',
                      'En el periodo atracaron 212 embarcaciones, entre buques tanque, graneleros y barcazas que navegan por el río Coatzacoalcos hacia las terminales de la zona industrial.'])

# ---------------------------------------------------------------- bo12 press (Carmen municipality 2004, letter style, place and date at the END)
bo12 = """H. AYUNTAMIENTO DEL MUNICIPIO DE CARMEN
DIRECCIÓN DE COMUNICACIÓN SOCIAL
COMUNICADO No. 112/2004

AYUNTAMIENTO DE CARMEN ACLARA EL COBRO DEL DERECHO DE ALUMBRADO PÚBLICO

A la opinión pública:

Ante las dudas expresadas por vecinos de diversas colonias de Ciudad del Carmen sobre el cargo por alumbrado público que aparece en los recibos de energía eléctrica, el H. Ayuntamiento informa que dicho cobro no es nuevo ni ha sufrido incremento en el presente año.

El derecho de alumbrado público está establecido en la Ley de Ingresos del Municipio aprobada por el H. Congreso del Estado, y se cobra a través del recibo de luz mediante un convenio con la Comisión Federal de Electricidad. Lo recaudado se destina al pago de la energía que consumen las luminarias de calles, parques y avenidas, así como a su mantenimiento.

En los últimos meses se sustituyeron más de 1,200 luminarias en la isla y en las comunidades de Isla Aguada, Sabancuy y Atasta, y se instalaron 300 nuevas en colonias que no contaban con el servicio, como Fénix, Renovación y Tierra y Libertad.

Los ciudadanos que consideren que se les cobra un monto que no corresponde pueden acudir a la Tesorería Municipal, en la planta baja del Palacio Municipal, de lunes a viernes de 8:00 a 15:00 horas, con su recibo de luz y una identificación, para revisar su caso.

El H. Ayuntamiento reitera su compromiso de informar con transparencia sobre el uso de los recursos públicos y agradece a la ciudadanía su confianza.

Atentamente

Ciudad del Carmen, Campeche, a 18 de agosto de 2004.

Dirección de Comunicación Social
Tel. (938) 555 21 40
"""
write_source('bo12.txt', bo12, enc='cp1252', eol='crlf')
write_gold('bo12', family='press_release',
           title='AYUNTAMIENTO DE CARMEN ACLARA EL COBRO DEL DERECHO DE ALUMBRADO PÚBLICO',
           date='2004-08-18', source='H. AYUNTAMIENTO DEL MUNICIPIO DE CARMEN',
           bulletin_number='112/2004', issuer='H. AYUNTAMIENTO DEL MUNICIPIO DE CARMEN',
           dateline_city='Ciudad del Carmen',
           body_first_words='Ante las dudas expresadas por vecinos de diversas colonias',
           body_last_words='agradece a la ciudadanía su confianza.',
           boilerplate=['DIRECCIÓN DE COMUNICACIÓN SOCIAL', 'COMUNICADO No. 112/2004',
                        'A la opinión pública:', 'Atentamente',
                        'Ciudad del Carmen, Campeche, a 18 de agosto de 2004.',
                        'Tel. (938) 555 21 40'],
           must_keep=['el H. Ayuntamiento informa que dicho cobro no es nuevo ni ha sufrido incremento en el presente año.',
                      'Lo recaudado se destina al pago de la energía que consumen las luminarias de calles, parques y avenidas, así como a su mantenimiento.',
                      'En los últimos meses se sustituyeron más de 1,200 luminarias en la isla y en las comunidades de Isla Aguada, Sabancuy y Atasta, y se instalaron 300 nuevas en colonias que no contaban con el servicio, como Fénix, Renovación y Tierra y Libertad.'])

# ---------------------------------------------------------------- bo13 press (public university, PDF form exported to text; date only in the form field)
bo13 = """UNIVERSIDAD JUÁREZ AUTÓNOMA DE TABASCO
Dirección General de Comunicación Social y Relaciones Públicas

Boletín No.     318                                   Fecha:     05/10/2018
Área:           Divisiones Académicas                 Difusión:  Inmediata

Investigadores de la UJAT miden la erosión de las playas de Paraíso y Centla

Villahermosa, Tabasco.- Un equipo de investigadores de la División Académica de Ciencias Biológicas de la Universidad Juárez Autónoma de Tabasco (UJAT) concluyó el primer año de monitoreo de la línea de costa entre Paraíso y Centla, donde algunas playas han retrocedido hasta cinco metros en doce meses.

El estudio combina recorridos mensuales con receptores de posicionamiento satelital, fotografías aéreas tomadas con drones y entrevistas con pescadores y restauranteros de las comunidades de El Bellote, Puerto Ceiba, Chiltepec y Frontera.

La coordinadora del proyecto, doctora Irma Pérez Cámara, explicó que la erosión es más intensa en los tramos donde se retiró el manglar o se construyeron espigones sin estudios previos. "La playa no desaparece de un día para otro; se la va llevando el mar cada temporada de nortes", dijo.

                                                                    Página 1 de 2

Los resultados se compartirán con los ayuntamientos de la costa y con las dependencias federales encargadas de la zona federal marítimo terrestre, para que se tomen en cuenta en los permisos de construcción y en los programas de reforestación.

Estudiantes de licenciatura y posgrado participan en el monitoreo como parte de su servicio social y de sus tesis. La universidad buscará financiamiento para extender el estudio a la costa de Cárdenas y a la barra de Tupilco durante 2019.

-o0o-
                                                                    Página 2 de 2
"""
write_source('bo13.txt', bo13, eol='crlf', bom=True)
write_gold('bo13', family='press_release',
           title='Investigadores de la UJAT miden la erosión de las playas de Paraíso y Centla',
           date='2018-10-05', source='UNIVERSIDAD JUÁREZ AUTÓNOMA DE TABASCO',
           bulletin_number='318', issuer='UNIVERSIDAD JUÁREZ AUTÓNOMA DE TABASCO',
           dateline_city='Villahermosa',
           body_first_words='Un equipo de investigadores de la División Académica de Ciencias Biológicas',
           body_last_words='a la barra de Tupilco durante 2019.',
           boilerplate=['Dirección General de Comunicación Social y Relaciones Públicas',
                        'Villahermosa, Tabasco.-', 'Página 1 de 2', '-o0o-', 'Página 2 de 2'],
           must_keep=['"La playa no desaparece de un día para otro; se la va llevando el mar cada temporada de nortes", dijo.',
                      'Estudiantes de licenciatura y posgrado participan en el monitoreo como parte de su servicio social y de sus tesis.',
                      'El estudio combina recorridos mensuales con receptores de posicionamiento satelital, fotografías aéreas tomadas con drones y entrevistas con pescadores y restauranteros de las comunidades de El Bellote, Puerto Ceiba, Chiltepec y Frontera.'])

# ---------------------------------------------------------------- bo14 press (federal corridor body, Markdown web copy; weekday dateline)
bo14 = """**Corredor Interoceánico del Istmo de Tehuantepec**

Boletín CIIT/UCS/014/2026

# Tren Interoceánico suma una nueva corrida de carga entre Salina Cruz y Coatzacoalcos

Salina Cruz, Oaxaca; lunes 19 de enero de 2026.- El Corredor Interoceánico del Istmo de Tehuantepec (CIIT) informó que a partir de esta semana opera una tercera corrida diaria de carga en la Línea Z, que une los puertos de Salina Cruz y Coatzacoalcos, con lo que la capacidad semanal de la ruta aumenta a 21 trenes.

La nueva corrida saldrá de la terminal ferroviaria de Salina Cruz a las 22:00 horas y transportará principalmente contenedores, granos y vehículos ensamblados. El recorrido de 308 kilómetros, con paradas técnicas en Ixtepec, Matías Romero y Medias Aguas, se realizará en alrededor de nueve horas.

El organismo detalló que durante 2025 el tren movió más de un millón de toneladas de carga, y que la demanda de espacio por parte de navieras y agentes de carga creció en el último trimestre del año.

Con el aumento de corridas, el CIIT reforzará la vigilancia en los cruces a nivel de Juchitán, El Espinal y Ciudad Ixtepec, donde se colocarán nuevas barreras y señalización luminosa. Se pidió a automovilistas, motociclistas y peatones respetar los señalamientos y no cruzar las vías cuando se aproxime un tren.

La corrida de pasajeros entre Salina Cruz y Coatzacoalcos mantiene sus horarios sin cambios.

-oOo-

Síguenos en redes sociales: @CIITEjemplo | www.ciit-ejemplo.example.mx
"""
write_source('bo14.md', bo14)
write_gold('bo14', family='press_release',
           title='Tren Interoceánico suma una nueva corrida de carga entre Salina Cruz y Coatzacoalcos',
           date='2026-01-19', source='Corredor Interoceánico del Istmo de Tehuantepec',
           bulletin_number='CIIT/UCS/014/2026', issuer='Corredor Interoceánico del Istmo de Tehuantepec',
           dateline_city='Salina Cruz',
           body_first_words='El Corredor Interoceánico del Istmo de Tehuantepec (CIIT) informó',
           body_last_words='mantiene sus horarios sin cambios.',
           boilerplate=['Boletín CIIT/UCS/014/2026', 'Salina Cruz, Oaxaca; lunes 19 de enero de 2026.-',
                        '-oOo-', 'Síguenos en redes sociales: @CIITEjemplo | www.ciit-ejemplo.example.mx'],
           must_keep=['El recorrido de 308 kilómetros, con paradas técnicas en Ixtepec, Matías Romero y Medias Aguas, se realizará en alrededor de nueve horas.',
                      'Se pidió a automovilistas, motociclistas y peatones respetar los señalamientos y no cruzar las vías cuando se aproxime un tren.',
                      'La corrida de pasajeros entre Salina Cruz y Coatzacoalcos mantiene sus horarios sin cambios.'])

# ---------------------------------------------------------------- bo15 press (naval zone 2007; place+date line before the title; odd end marker)
bo15 = """QUINTA ZONA NAVAL - SECRETARÍA DE MARINA
COMUNICADO DE PRENSA NÚMERO 045/2007

Frontera, Centla, Tab., a 2 de abril de 2007.

RESCATA ARMADA DE MÉXICO A SEIS PESCADORES A LA DERIVA FRENTE A LA BARRA DE SAN PEDRO

Personal de la Quinta Zona Naval rescató la madrugada de este lunes a seis pescadores que permanecieron casi dos días a la deriva a bordo de una embarcación menor, a unas 28 millas náuticas al noreste de la barra de San Pedro, en los límites de Tabasco y Campeche.

Los tripulantes de la lancha "Doña Chabelita", con matrícula de Frontera, habían zarpado el viernes para pescar robalo y sierra, pero una falla en el motor fuera de borda los dejó sin propulsión. Sus familiares dieron aviso a la Capitanía de Puerto el domingo por la mañana, cuando no regresaron en el horario previsto.

Una patrulla interceptora y una aeronave de la Armada de México realizaron el rastreo durante más de diez horas. Los pescadores fueron localizados gracias a una bengala que lanzaron al ver las luces de la patrulla, y fueron trasladados al muelle de la Zona Naval, donde recibieron atención médica. Todos se encuentran en buen estado de salud.

La Secretaría de Marina recomienda a los pescadores ribereños informar a la Capitanía de Puerto su zona de pesca y el tiempo estimado de regreso, llevar chalecos salvavidas, radio de comunicación y señales luminosas, y no hacerse a la mar cuando se emitan avisos de mal tiempo.

Para reportar emergencias en el mar, la población puede comunicarse a la Quinta Zona Naval las 24 horas del día.

---ooOoo---

Tel. (913) 555 0290 / 555 0291
"""
write_source('bo15.txt', bo15, enc='cp1252', eol=('mixed', 4))
write_gold('bo15', family='press_release',
           title='RESCATA ARMADA DE MÉXICO A SEIS PESCADORES A LA DERIVA FRENTE A LA BARRA DE SAN PEDRO',
           date='2007-04-02', source='QUINTA ZONA NAVAL - SECRETARÍA DE MARINA',
           bulletin_number='045/2007', issuer='QUINTA ZONA NAVAL - SECRETARÍA DE MARINA',
           dateline_city='Frontera',
           body_first_words='Personal de la Quinta Zona Naval rescató la madrugada de este lunes',
           body_last_words='a la Quinta Zona Naval las 24 horas del día.',
           boilerplate=['COMUNICADO DE PRENSA NÚMERO 045/2007',
                        'Frontera, Centla, Tab., a 2 de abril de 2007.', '---ooOoo---',
                        'Tel. (913) 555 0290 / 555 0291'],
           must_keep=['Sus familiares dieron aviso a la Capitanía de Puerto el domingo por la mañana, cuando no regresaron en el horario previsto.',
                      'Todos se encuentran en buen estado de salud.',
                      'Para reportar emergencias en el mar, la población puede comunicarse a la Quinta Zona Naval las 24 horas del día.'])

# ---------------------------------------------------------------- bo16 press (Juchitán 2001, DOS word processor, cp850, centred header)
bo16 = """                H. AYUNTAMIENTO CONSTITUCIONAL DE JUCHITÁN DE ZARAGOZA
                     DEPARTAMENTO DE PRENSA Y DIFUSIÓN
                              BOLETÍN No. 027


    INICIA CAMPAÑA DE DESCACHARRIZACIÓN CONTRA EL DENGUE EN LAS SECCIONES
    =====================================================================

     Juchitán de Zaragoza, Oax., a 23 de mayo de 2001.- El Ayuntamiento de Juchitán, en coordinación con la Jurisdicción Sanitaria número 2 de los Servicios de Salud de Oaxaca, inició este miércoles una campaña de descacharrización en las nueve secciones de la ciudad, con el fin de eliminar criaderos del mosquito transmisor del dengue antes de la temporada de lluvias.

     Durante tres semanas, cuadrillas de trabajadores municipales y camiones de limpia recorrerán las calles para recoger llantas, botes, cubetas rotas, botellas y cualquier objeto que pueda acumular agua. Se pide a las familias sacar los cachivaches a la banqueta el día que corresponda a su sección.

     El regidor de Salud explicó que el año pasado se registraron en el municipio 146 casos de dengue clásico, la mayoría en la Séptima y en la Octava Sección, donde hay más patios con árboles y pilas de agua descubiertas.

     Personal de la Jurisdicción Sanitaria aplicará larvicida en pilas, tambos y tinacos, y visitará las escuelas para explicar a los alumnos cómo evitar los criaderos. Las brigadas estarán identificadas con gafete y no cobrarán ningún servicio.

     Las autoridades municipales pidieron a los comerciantes del mercado y a las vulcanizadoras no acumular llantas en la vía pública, pues serán retiradas sin previo aviso.

                                   * * * * *

                    Informes: Tel. y Fax (971) 555 12 34
"""
write_source('bo16.txt', bo16, enc='cp850', eol='crlf')
write_gold('bo16', family='press_release',
           title='INICIA CAMPAÑA DE DESCACHARRIZACIÓN CONTRA EL DENGUE EN LAS SECCIONES',
           date='2001-05-23', source='H. AYUNTAMIENTO CONSTITUCIONAL DE JUCHITÁN DE ZARAGOZA',
           bulletin_number='027', issuer='H. AYUNTAMIENTO CONSTITUCIONAL DE JUCHITÁN DE ZARAGOZA',
           dateline_city='Juchitán de Zaragoza',
           body_first_words='El Ayuntamiento de Juchitán, en coordinación con la Jurisdicción Sanitaria',
           body_last_words='pues serán retiradas sin previo aviso.',
           boilerplate=['DEPARTAMENTO DE PRENSA Y DIFUSIÓN', 'BOLETÍN No. 027',
                        'Juchitán de Zaragoza, Oax., a 23 de mayo de 2001.-', '* * * * *',
                        'Informes: Tel. y Fax (971) 555 12 34'],
           must_keep=['Se pide a las familias sacar los cachivaches a la banqueta el día que corresponda a su sección.',
                      'Las brigadas estarán identificadas con gafete y no cobrarán ningún servicio.',
                      'El regidor de Salud explicó que el año pasado se registraron en el municipio 146 casos de dengue clásico, la mayoría en la Séptima y en la Octava Sección, donde hay más patios con árboles y pilas de agua descubiertas.'])

# ---------------------------------------------------------------- bo17 jekyll (CMS generation 1: Joomla export; publish_up, created_by_alias, 0000 date)
bo17 = """---
id: 4127
title: "Pescadores de Tamiahua reciben motores fuera de borda ecológicos"
alias: pescadores-de-tamiahua-reciben-motores
sitename: La Voz de Tuxpan
catid: 14
category_title: Municipios
created: 2009-11-23 18:02:11
created_by: 62
author: admin
created_by_alias: Ignacio Tiburcio Solano
publish_up: 2009-11-24 06:00:00
publish_down: 0000-00-00 00:00:00
modified: 2010-01-05 12:44:09
state: 1
featured: 0
hits: 1532
metakey: Tamiahua, pesca, motores, laguna
---
<p>{loadposition anuncio_interior}</p>
<p>Ciento veinte pescadores de las cooperativas de la laguna de Tamiahua recibieron motores fuera de borda de cuatro tiempos, que consumen menos gasolina y contaminan menos que los motores de dos tiempos que han usado durante décadas, como parte de un programa federal de modernización de la flota ribereña.</p>
<p>Cada pescador aportó una parte del costo del motor y el resto lo cubrieron los gobiernos federal y estatal. La entrega se hizo en el muelle de la cabecera municipal, ante decenas de familias que llegaron desde las comunidades de Saladero, La Ribera y Cabo Rojo.</p>
<hr id="system-readmore" />
<p>Los pescadores calculan que con los nuevos motores gastar&aacute;n casi la mitad de combustible en cada salida. Hilario Cobos Santiago, ostionero de la cooperativa de Saladero, dijo que con el ahorro podrá pagar en menos de dos años la parte que le corresponde. "Antes se nos iba la ganancia en la gasolina", explicó.</p>
<p>Los técnicos que acompañaron la entrega explicaron que los motores de cuatro tiempos no mezclan aceite con la gasolina, por lo que dejan de arrojar residuos al agua de la laguna, donde se cultivan ostión y se pesca camarón, lisa y jaiba.</p>
<p>Las cooperativas pidieron que el programa se amplíe el próximo año a los pescadores de Tampico Alto y Ozuluama, que también trabajan en la laguna, y que se acompañe de capacitación para el mantenimiento de los equipos.</p>
<p>{loadposition compartir_redes}</p>
"""
write_source('bo17.md', bo17)
write_gold('bo17', family='jekyll',
           title='Pescadores de Tamiahua reciben motores fuera de borda ecológicos',
           date='2009-11-24', bylines=['Ignacio Tiburcio Solano'], source='La Voz de Tuxpan',
           section='Municipios',
           body_first_words='Ciento veinte pescadores de las cooperativas de la laguna de Tamiahua',
           body_last_words='capacitación para el mantenimiento de los equipos.',
           boilerplate=['{loadposition anuncio_interior}', '<hr id="system-readmore" />',
                        '{loadposition compartir_redes}'],
           must_keep=['Cada pescador aportó una parte del costo del motor y el resto lo cubrieron los gobiernos federal y estatal.',
                      '"Antes se nos iba la ganancia en la gasolina", explicó.',
                      'Los técnicos que acompañaron la entrega explicaron que los motores de cuatro tiempos no mezclan aceite con la gasolina, por lo que dejan de arrojar residuos al agua de la laguna, donde se cultivan ostión y se pesca camarón, lisa y jaiba.'])

# ---------------------------------------------------------------- bo18 jekyll (CMS generation 2: WordPress via jekyll-import; nested author, caption shortcode)
bo18 = """---
layout: post
title: Arranca en Poza Rica la rehabilitación de la Unidad Deportiva Petrolera
date: 2015-06-05 23:45:12.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Portada
- Regional
tags:
- Poza Rica
- deporte
meta:
  _edit_last: '3'
  _thumbnail_id: '8812'
  _wp_old_slug: arranca-rehabilitacion-deportiva
author:
  login: kmendoza
  email: kmendoza@lavozdepozarica.example.mx
  display_name: Karla Mendoza Olarte
  first_name: Karla
  last_name: Mendoza Olarte
permalink: "/2015/06/05/arranca-en-poza-rica-la-rehabilitacion-de-la-unidad-deportiva/"
---
[caption id="attachment_8812" align="aligncenter" width="640"]<img class="size-large wp-image-8812" src="http://lavozdepozarica.example.mx/wp-content/uploads/2015/06/deportiva.jpg" alt="deportiva" width="640" height="427" /> Trabajadores retiran las gradas dañadas. Foto: Karla Mendoza/La Voz[/caption]

Con el retiro de las gradas de madera que estaban a punto de caerse, comenzaron este viernes los trabajos de rehabilitación de la Unidad Deportiva Petrolera de Poza Rica, que durante más de cuarenta años fue el principal espacio deportivo de las colonias obreras de la ciudad.

La obra incluye la construcción de nuevas gradas de concreto para dos mil personas, el cambio del pasto del campo de futbol, la rehabilitación de la pista de atletismo y la instalación de alumbrado en las canchas de basquetbol y de frontón.
<!--more-->
De acuerdo con la dirección de Obras Públicas del municipio, la inversión será de 23 millones de pesos, aportados por el ayuntamiento y por un fondo federal para infraestructura deportiva. Los trabajos deberán concluir en diciembre.

Entrenadores de las ligas infantiles pidieron que durante la obra se habiliten espacios provisionales para que los niños no dejen de entrenar. "Aquí vienen más de 600 niños cada tarde; si cerramos seis meses, muchos ya no regresan", dijo Tomás Olvera Lince, quien dirige una escuela de beisbol.

El ayuntamiento informó que las ligas podrán usar temporalmente los campos de la colonia Cazones y del fraccionamiento Arroyo del Maíz mientras duren los trabajos.
"""
write_source('bo18.md', bo18)
write_gold('bo18', family='jekyll',
           title='Arranca en Poza Rica la rehabilitación de la Unidad Deportiva Petrolera',
           date='2015-06-05', bylines=['Karla Mendoza Olarte'],
           section='Regional', placement=['Portada'],
           body_first_words='Con el retiro de las gradas de madera que estaban a punto de caerse',
           body_last_words='del fraccionamiento Arroyo del Maíz mientras duren los trabajos.',
           boilerplate=['[caption id="attachment_8812" align="aligncenter" width="640"]<img class="size-large wp-image-8812" src="http://lavozdepozarica.example.mx/wp-content/uploads/2015/06/deportiva.jpg" alt="deportiva" width="640" height="427" /> Trabajadores retiran las gradas dañadas. Foto: Karla Mendoza/La Voz[/caption]',
                        '<!--more-->'],
           must_keep=['Los trabajos deberán concluir en diciembre.',
                      '"Aquí vienen más de 600 niños cada tarde; si cerramos seis meses, muchos ya no regresan", dijo Tomás Olvera Lince, quien dirige una escuela de beisbol.',
                      'La obra incluye la construcción de nuevas gradas de concreto para dos mil personas, el cambio del pasto del campo de futbol, la rehabilitación de la pista de atletismo y la instalación de alumbrado en las canchas de basquetbol y de frontón.'],
           photo_credit='Karla Mendoza/La Voz')

# ---------------------------------------------------------------- bo19 jekyll (CMS generation 3: headless CMS export; nested objects, three timestamps)
bo19 = """---
_id: 6f1c2a0e-33b1-4c8e-9a57-0d2e1b7c4f90
_type: article
title: "Tuxpan cierra dos muelles del puerto por hundimientos en el patio de contenedores"
slug: tuxpan-cierra-muelles-hundimientos
seo:
  metaTitle: "Tuxpan cierra dos muelles por hundimientos | La Voz del Golfo"
  metaDescription: "La administración portuaria revisa el relleno del patio"
category:
  name: Puerto
  slug: puerto
authors:
  - name: Alma Rosa Pérez Lagunes
    role: Reportera
  - name: Iván Cortés Uscanga
    role: Corresponsal en Tuxpan
site:
  name: La Voz del Golfo
  locale: es-MX
createdAt: "2023-05-02T17:20:31.118-06:00"
updatedAt: "2023-05-04T09:12:05.402-06:00"
publishedAt: "2023-05-03T23:10:00.000-06:00"
---

La administración del puerto de Tuxpan cerró temporalmente dos de sus muelles de carga general después de detectar hundimientos de hasta 40 centímetros en el patio de contenedores, informaron agentes aduanales y transportistas que operan en la zona.

Los hundimientos aparecieron tras las lluvias de la semana pasada en una franja de unos 200 metros junto al muelle, donde se almacenan contenedores vacíos y carga en tránsito hacia el centro del país. Personal de la terminal colocó vallas y trasladó la mercancía a otras áreas del recinto.

<RelatedArticle slug="tuxpan-autopista-mexico-tuxpan-carga" title="Lee también: La autopista México-Tuxpan duplica el paso de tractocamiones" />

Transportistas consultados dijeron que el cierre provocó filas de tractocamiones de hasta tres horas en el acceso al puerto. "Nos mandan de un patio a otro y nadie sabe decirnos cuándo se abre", comentó un operador que esperaba para cargar acero con destino a Querétaro.

Ingenieros contratados por la terminal revisan el relleno sobre el que se construyó el patio, ganado al río hace menos de diez años. La reparación podría tardar entre cuatro y seis semanas, según estimaciones preliminares.

Las navieras que tenían programados arribos en esos muelles fueron reasignadas a las posiciones de atraque de la margen norte del río.
"""
write_source('bo19.md', bo19)
write_gold('bo19', family='jekyll',
           title='Tuxpan cierra dos muelles del puerto por hundimientos en el patio de contenedores',
           date='2023-05-03', bylines=['Alma Rosa Pérez Lagunes', 'Iván Cortés Uscanga'],
           source='La Voz del Golfo', section='Puerto',
           body_first_words='La administración del puerto de Tuxpan cerró temporalmente',
           body_last_words='a las posiciones de atraque de la margen norte del río.',
           boilerplate=['<RelatedArticle slug="tuxpan-autopista-mexico-tuxpan-carga" title="Lee también: La autopista México-Tuxpan duplica el paso de tractocamiones" />'],
           must_keep=['Personal de la terminal colocó vallas y trasladó la mercancía a otras áreas del recinto.',
                      'La reparación podría tardar entre cuatro y seis semanas, según estimaciones preliminares.',
                      '"Nos mandan de un patio a otro y nadie sabe decirnos cuándo se abre", comentó un operador que esperaba para cargar acero con destino a Querétaro.'])

# ---------------------------------------------------------------- bo20 jekyll (Hugo export: TOML front matter, draft)
bo20 = """+++
title = "La Escobilla cierra la temporada con récord de nidos de tortuga golfina"
date = 2017-02-14T09:00:00-06:00
draft = true
author = "Citlali Ramírez Zárate"
categories = ["Medio ambiente"]
tags = ["tortugas", "La Escobilla", "costa de Oaxaca"]

[params]
  sitio = "Bitácora Costeña"
  portada = "/img/2017/02/arribada.jpg"
+++

La playa de La Escobilla, en el municipio de Santa María Tonameca, cerró la temporada de anidación 2016-2017 con el mayor número de nidos de tortuga golfina registrado desde que comenzó el monitoreo, según el conteo preliminar del campamento tortuguero que opera en la zona.

Durante las arribadas, que ocurrieron entre julio y enero, miles de hembras salieron del mar durante varias noches seguidas para desovar en los quince kilómetros de playa. Los biólogos calculan que en la temporada se depositaron varios millones de huevos.

Los pobladores de las comunidades cercanas, que hace cuatro décadas vivían de la captura de tortugas, hoy participan como vigilantes y guías del campamento. Por las noches recorren la playa en cuatrimotos para evitar el saqueo de nidos.

Agustín Lavariega Cruz, uno de los vigilantes más antiguos, recuerda que en los años setenta su padre trabajaba en el rastro de tortugas de San Agustinillo. "Ahora cuidamos lo que antes matábamos; los muchachos ya no saben lo que era eso", dice.

El incremento de nidos se atribuye a la protección de la playa y a la prohibición de la captura, vigente desde 1990. Sin embargo, los investigadores advierten que la basura plástica y el aumento de la temperatura de la arena son nuevas amenazas para las crías.
"""
write_source('bo20.md', bo20)
write_gold('bo20', family='jekyll',
           title='La Escobilla cierra la temporada con récord de nidos de tortuga golfina',
           date='2017-02-14', published=False, bylines=['Citlali Ramírez Zárate'],
           source='Bitácora Costeña', section='Medio ambiente',
           body_first_words='La playa de La Escobilla, en el municipio de Santa María Tonameca',
           body_last_words='son nuevas amenazas para las crías.',
           must_keep=['Por las noches recorren la playa en cuatrimotos para evitar el saqueo de nidos.',
                      'El incremento de nidos se atribuye a la protección de la playa y a la prohibición de la captura, vigente desde 1990.',
                      '"Ahora cuidamos lo que antes matábamos; los muchachos ya no saben lo que era eso", dice.'])
