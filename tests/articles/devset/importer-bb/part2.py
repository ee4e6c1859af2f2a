#!/usr/bin/env python3
"""importer-bb, files 11-20: press releases (11-16) and Jekyll posts (17-20)."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bb11 ---
# Desk editor's reply on top of a quoted release (Gmail "escribió:" header,
# every line of the release prefixed "> ", which Markdown renders as a
# blockquote). Bold title inside the quote, "Boletín No. UAT/DCI/118/2019",
# ---o0o--- and contact. UTF-8, LF.
bb11 = '''Va para web, ¿la subimos con foto de archivo? Ya les pedí que confirmen la cifra de comunidades.

Saludos,
Beto

El mar, 12 mar 2019 a las 10:05, Prensa UAT <prensa@uat.example.mx> escribió:

> UNIVERSIDAD AUTÓNOMA DE TAMAULIPAS
> Dirección de Comunicación Institucional
>
> Boletín No. UAT/DCI/118/2019
>
> **Estudiantes de la UAT diseñan filtro de bajo costo para potabilizar agua en comunidades de El Mante**
>
> Ciudad Victoria, Tamaulipas, 12 de marzo de 2019.- Un grupo de estudiantes de Ingeniería Química de la Universidad Autónoma de Tamaulipas diseñó un filtro de arena, carbón activado y cerámica que permite potabilizar agua de pozo y de canal a un costo menor a 600 pesos por unidad.
>
> El prototipo fue probado durante seis meses en tres ejidos del municipio de El Mante, donde las familias se abastecen del canal de riego y de pozos someros que con frecuencia presentan bacterias coliformes.
>
> La coordinadora del proyecto, la doctora Elvira Castañeda Ruiz, explicó que los análisis de laboratorio mostraron una reducción de más del 95 por ciento de bacterias y de la turbidez del agua, con un mantenimiento que las propias familias pueden hacer cada dos meses.
>
> Los estudiantes construyeron los filtros con materiales que se consiguen en ferreterías de la región, y capacitaron a un comité de cada ejido para armarlos y sustituir la arena cuando sea necesario.
>
> La Universidad buscará apoyo de la Comisión Estatal del Agua y de los ayuntamientos de la zona cañera para instalar cien filtros más durante el segundo semestre del año, y el equipo presentará sus resultados en un congreso nacional de ingeniería en mayo.
>
> ---o0o---
>
> Dirección de Comunicación Institucional UAT
> prensa@uat.example.mx | Tel. 555 318 1800
'''
write_source('bb11.md', bb11, enc='utf-8', eol='lf')
write_gold('bb11', family='press_release',
           title='Estudiantes de la UAT diseñan filtro de bajo costo para potabilizar agua en comunidades de El Mante',
           date='2019-03-12', bylines=[], source='UNIVERSIDAD AUTÓNOMA DE TAMAULIPAS',
           bulletin_number='UAT/DCI/118/2019', issuer='UNIVERSIDAD AUTÓNOMA DE TAMAULIPAS',
           dateline_city='Ciudad Victoria',
           body_first_words='Un grupo de estudiantes de Ingeniería Química',
           body_last_words='congreso nacional de ingeniería en mayo.',
           boilerplate=['Va para web, ¿la subimos con foto de archivo?', 'Saludos,',
                        'escribió:', 'Dirección de Comunicación Institucional',
                        'Boletín No. UAT/DCI/118/2019',
                        'Ciudad Victoria, Tamaulipas, 12 de marzo de 2019.-', '---o0o---',
                        'Tel. 555 318 1800'],
           must_keep=['El prototipo fue probado durante seis meses en tres ejidos del municipio de El Mante, donde las familias se abastecen del canal de riego y de pozos someros que con frecuencia presentan bacterias coliformes.',
                      'Los estudiantes construyeron los filtros con materiales que se consiguen en ferreterías de la región, y capacitaron a un comité de cada ejido para armarlos y sustituir la arena cuando sea necesario.'])

# ---------------------------------------------------------------- bb12 ---
# State water utility, saved from Word as "Texto Unicode": UTF-16 LE with BOM,
# CRLF. Umbrella line, issuer with ", I.P.D.", bare "Boletín 1102", dateline
# with no period on its own line BEFORE the title, a bullet list of colonias
# inside the body, "###" and contact.
bb12 = '''GOBIERNO DEL ESTADO DE NUEVO LEÓN
SERVICIOS DE AGUA Y DRENAJE DE MONTERREY, I.P.D.
Boletín 1102

Monterrey, N.L., 30 de agosto de 2016

Suspenderán el servicio de agua en 23 colonias de Guadalupe por conexión de acueducto

Servicios de Agua y Drenaje de Monterrey informa que el próximo sábado 3 de septiembre, de las 8:00 a las 20:00 horas, se suspenderá el suministro de agua potable en 23 colonias del municipio de Guadalupe, debido a los trabajos de conexión de una nueva línea de 36 pulgadas en la avenida Pablo Livas.

La obra forma parte del programa para reforzar el abastecimiento en el oriente del área metropolitana, que en los meses de calor registra baja presión en las partes altas, sobre todo por las tardes.

Entre las colonias afectadas se encuentran:

- Contry Sol, Rincón de la Sierra y Valle Soleado
- Linda Vista, Tres Caminos y Jardines de la Pastora
- Paseo de Guadalupe, Los Remates y Nuevo Almaguer

La institución recomienda a los usuarios almacenar agua suficiente para cubrir sus necesidades básicas durante el día de la suspensión, mantener tapados los recipientes y revisar que las llaves permanezcan cerradas para evitar desperdicios cuando se restablezca el servicio.

El servicio se normalizará de manera paulatina durante la noche del sábado, y en las partes más altas podría tardar hasta la mañana del domingo. Durante la suspensión, pipas de la institución abastecerán de manera gratuita a hospitales, escuelas con actividades y a las personas que lo soliciten por alguna emergencia.

Para reportes y dudas, los usuarios pueden comunicarse a la línea de atención de la institución, disponible las 24 horas del día.

###

Gerencia de Comunicación Social
Tel. 555 020 6000
comunicacion@sadm.example.mx
'''
write_source('bb12.txt', bb12, enc='utf-16-le', eol='crlf', bom=True)
write_gold('bb12', family='press_release',
           title='Suspenderán el servicio de agua en 23 colonias de Guadalupe por conexión de acueducto',
           date='2016-08-30', bylines=[], source='SERVICIOS DE AGUA Y DRENAJE DE MONTERREY, I.P.D.',
           bulletin_number='1102', issuer='SERVICIOS DE AGUA Y DRENAJE DE MONTERREY, I.P.D.',
           dateline_city='Monterrey',
           body_first_words='Servicios de Agua y Drenaje de Monterrey informa que',
           body_last_words='disponible las 24 horas del día.',
           boilerplate=['GOBIERNO DEL ESTADO DE NUEVO LEÓN', 'Boletín 1102',
                        'Monterrey, N.L., 30 de agosto de 2016', 'Gerencia de Comunicación Social',
                        'Tel. 555 020 6000'],
           must_keep=['La obra forma parte del programa para reforzar el abastecimiento en el oriente del área metropolitana, que en los meses de calor registra baja presión en las partes altas, sobre todo por las tardes.',
                      'Linda Vista, Tres Caminos y Jardines de la Pastora',
                      'Durante la suspensión, pipas de la institución abastecerán de manera gratuita a hospitales, escuelas con actividades y a las personas que lo soliciten por alguna emergencia.'])

# ---------------------------------------------------------------- bb13 ---
# State electoral institute: bulletin code alone on a line (no label), ALL-CAPS
# title, dateline with the state's full name on its own line AFTER the title,
# curly quotes, ---o0o---, then an e-mail signature with a privacy notice and a
# "think before printing" line. cp1252, CRLF.
bb13 = '''INSTITUTO ELECTORAL DE COAHUILA
Unidad Técnica de Comunicación Social
IEC/UTCS/088/2018

APRUEBA CONSEJO GENERAL DEL IEC LINEAMIENTOS PARA DEBATES ENTRE CANDIDATURAS A AYUNTAMIENTOS
Saltillo, Coahuila de Zaragoza, a 17 de mayo de 2018.

En sesión extraordinaria celebrada este jueves, el Consejo General del Instituto Electoral de Coahuila aprobó por unanimidad los lineamientos que regirán la organización de los debates entre candidaturas a los 38 ayuntamientos del estado durante el Proceso Electoral Local 2017-2018.

El documento establece que el Instituto organizará al menos un debate en los municipios con más de cien mil habitantes, es decir, en Saltillo, Torreón, Monclova, Piedras Negras y Acuña, y que en el resto de los municipios podrá hacerlo a petición de dos o más candidaturas.

Los encuentros se transmitirán por las redes sociales oficiales del Instituto y podrán ser retransmitidos por cualquier medio de comunicación de manera gratuita, siempre que se respete la integridad de la señal.

La consejera presidenta de la Comisión de Debates, Laura Elena Fuentes Morales, señaló que el formato privilegiará el intercambio directo entre las candidaturas y que los temas se definirán a partir de una consulta en línea abierta a la ciudadanía.

Los lineamientos prevén además que las personas moderadoras sean elegidas por sorteo entre una lista de periodistas y académicos de la entidad, y que el orden de las intervenciones se defina también por sorteo en presencia de las representaciones de los partidos.

---o0o---

Unidad Técnica de Comunicación Social
comunicacion@iec.example.mx | Tel. 555 438 6260 ext. 4102

AVISO DE PRIVACIDAD: Los datos personales recabados por este Instituto serán protegidos en términos de la ley de la materia. Consulte el aviso integral en el portal institucional.
Antes de imprimir este correo, piense en el medio ambiente.
'''
write_source('bb13.txt', bb13, enc='cp1252', eol='crlf')
write_gold('bb13', family='press_release',
           title='APRUEBA CONSEJO GENERAL DEL IEC LINEAMIENTOS PARA DEBATES ENTRE CANDIDATURAS A AYUNTAMIENTOS',
           date='2018-05-17', bylines=[], source='INSTITUTO ELECTORAL DE COAHUILA',
           bulletin_number='IEC/UTCS/088/2018', issuer='INSTITUTO ELECTORAL DE COAHUILA',
           dateline_city='Saltillo',
           body_first_words='En sesión extraordinaria celebrada este jueves',
           body_last_words='en presencia de las representaciones de los partidos.',
           boilerplate=['Unidad Técnica de Comunicación Social', 'IEC/UTCS/088/2018',
                        'Saltillo, Coahuila de Zaragoza, a 17 de mayo de 2018.', '---o0o---',
                        'Tel. 555 438 6260 ext. 4102', 'AVISO DE PRIVACIDAD',
                        'Antes de imprimir este correo, piense en el medio ambiente.'],
           must_keep=['El documento establece que el Instituto organizará al menos un debate en los municipios con más de cien mil habitantes, es decir, en Saltillo, Torreón, Monclova, Piedras Negras y Acuña, y que en el resto de los municipios podrá hacerlo a petición de dos o más candidaturas.',
                      'La consejera presidenta de la Comisión de Debates, Laura Elena Fuentes Morales, señaló que el formato privilegiará el intercambio directo entre las candidaturas y que los temas se definirán a partir de una consulta en línea abierta a la ciudadanía.'])

# ---------------------------------------------------------------- bb14 ---
# State culture institute, release written in Markdown: logo image, bold
# issuer, "Comunicado 071/2021", "#" title, italic inline dateline, bold
# bullet list of data, "* * *" and a bold contact block with handles. UTF-8, LF.
bb14 = '''![Logotipo ITCA](https://itca.example.mx/img/logo-itca-2021.png)

**INSTITUTO TAMAULIPECO PARA LA CULTURA Y LAS ARTES**

Comunicado 071/2021

# Festival Internacional Tamaulipas llegará a los 43 municipios con más de 300 actividades

*Ciudad Victoria, Tam.; a 29 de octubre de 2021.-* El Instituto Tamaulipeco para la Cultura y las Artes presentó la programación del Festival Internacional Tamaulipas, que este año volverá a las plazas y teatros de los 43 municipios del estado con más de 300 actividades de música, teatro, danza, literatura y artes visuales.

La directora del Instituto, Claudia Saldívar Treviño, explicó que después de dos ediciones marcadas por la pandemia, el festival recupera el formato presencial, aunque mantendrá las transmisiones en línea para quienes no puedan asistir a las sedes.

**Datos del festival:**

- **Fechas:** del 5 al 21 de noviembre.
- **Sedes principales:** Teatro Amalia González Caballero de Castillo Ledón, en Ciudad Victoria, y el Espacio Cultural Metropolitano, en Tampico.
- **Costo:** todas las actividades serán gratuitas, con cupo limitado y aplicando las medidas sanitarias vigentes.

Entre los artistas invitados figuran orquestas sinfónicas de Texas y Nuevo León, compañías de danza contemporánea de la Ciudad de México y grupos de música huasteca y norteña de la propia entidad, además de un programa de talleres para niñas y niños en las bibliotecas municipales.

Saldívar Treviño destacó que una tercera parte de la programación está a cargo de creadores tamaulipecos, seleccionados mediante convocatoria pública, y que por primera vez habrá funciones en ejidos de los municipios de la sierra.

La programación completa puede consultarse en el portal del Instituto y en sus redes sociales.

* * *

**Contacto para medios**
Coordinación de Comunicación Social ITCA
prensa@itca.example.mx · Tel. 555 316 2044
Facebook / Instagram: @CulturaTamExample
'''
write_source('bb14.md', bb14, enc='utf-8', eol='lf')
write_gold('bb14', family='press_release',
           title='Festival Internacional Tamaulipas llegará a los 43 municipios con más de 300 actividades',
           date='2021-10-29', bylines=[], source='INSTITUTO TAMAULIPECO PARA LA CULTURA Y LAS ARTES',
           bulletin_number='071/2021', issuer='INSTITUTO TAMAULIPECO PARA LA CULTURA Y LAS ARTES',
           dateline_city='Ciudad Victoria',
           body_first_words='El Instituto Tamaulipeco para la Cultura y las Artes presentó',
           body_last_words='en el portal del Instituto y en sus redes sociales.',
           boilerplate=['Logotipo ITCA', 'Comunicado 071/2021',
                        'Ciudad Victoria, Tam.; a 29 de octubre de 2021.-', 'Contacto para medios',
                        'Coordinación de Comunicación Social ITCA', 'Tel. 555 316 2044',
                        '@CulturaTamExample'],
           must_keep=['La directora del Instituto, Claudia Saldívar Treviño, explicó que después de dos ediciones marcadas por la pandemia, el festival recupera el formato presencial, aunque mantendrá las transmisiones en línea para quienes no puedan asistir a las sedes.',
                      'todas las actividades serán gratuitas, con cupo limitado y aplicando las medidas sanitarias vigentes.',
                      'Saldívar Treviño destacó que una tercera parte de la programación está a cargo de creadores tamaulipecos, seleccionados mediante convocatoria pública, y que por primera vez habrá funciones en ejidos de los municipios de la sierra.'])

# ---------------------------------------------------------------- bb15 ---
# Outlook forward: "-----Mensaje original-----" with De / Enviado el / Para /
# Asunto, a reporter's one-line note above it, state parks agency release with
# a code-style number "PVS-027-21", dateline in a municipality that is not the
# capital (García), "FIN", signature with disclaimer. UTF-8 with BOM, CRLF.
bb15 = '''Para la de incendios, trae cifras nuevas. R.

-----Mensaje original-----
De: Prensa Parques NL <prensa@parquesnl.example.mx>
Enviado el: jueves, 25 de marzo de 2021 16:10
Para: Mesa de Redacción <mesa@elnorteno.example.mx>
Asunto: COMUNICADO PVS-027-21 Incendio en Cumbres

PARQUES Y VIDA SILVESTRE DE NUEVO LEÓN
COMUNICADO PVS-027-21

Controlan en 80 por ciento incendio forestal en la sierra de García

García, Nuevo León, 25 de marzo de 2021.- Brigadas de Parques y Vida Silvestre de Nuevo León, de la Comisión Nacional Forestal y de Protección Civil estatal mantienen el combate del incendio que desde el martes afecta una zona de pastizal y matorral en la sierra del Fraile, dentro del Parque Nacional Cumbres de Monterrey, el cual se encuentra controlado en 80 por ciento.

Hasta el corte de las 15:00 horas se estimaba una superficie afectada de 340 hectáreas. En las labores participan 120 combatientes, dos helicópteros con helibalde y un avión cisterna, además de voluntarios de los ejidos cercanos que apoyan con la apertura de brechas cortafuego.

El director operativo del organismo, Samuel Garza Montemayor, explicó que el viento y la baja humedad complicaron los trabajos durante la noche, pero que la línea de control ya rodea la mayor parte del perímetro y no hay viviendas en riesgo.

El organismo recordó que la temporada de estiaje eleva el riesgo de incendios y pidió a quienes visitan las áreas naturales no encender fogatas, no tirar colillas de cigarro ni dejar basura, en especial envases de vidrio, que pueden concentrar los rayos del sol.

Las autoridades mantendrán cerrados los accesos a la sierra por el cañón de San Isidro hasta que el incendio quede totalmente liquidado y se evalúe el daño a la vegetación.

FIN

Coordinación de Comunicación Social
Parques y Vida Silvestre de Nuevo León
Tel. 555 020 9931
Este mensaje y sus anexos son confidenciales y para uso exclusivo de su destinatario. Si lo recibió por error, favor de eliminarlo.
'''
write_source('bb15.txt', bb15, enc='utf-8', eol='crlf', bom=True)
write_gold('bb15', family='press_release',
           title='Controlan en 80 por ciento incendio forestal en la sierra de García',
           date='2021-03-25', bylines=[], source='PARQUES Y VIDA SILVESTRE DE NUEVO LEÓN',
           bulletin_number='PVS-027-21', issuer='PARQUES Y VIDA SILVESTRE DE NUEVO LEÓN',
           dateline_city='García',
           body_first_words='Brigadas de Parques y Vida Silvestre de Nuevo León, de la Comisión',
           body_last_words='y se evalúe el daño a la vegetación.',
           boilerplate=['Para la de incendios, trae cifras nuevas.', '-----Mensaje original-----',
                        'Enviado el: jueves, 25 de marzo de 2021 16:10',
                        'Asunto: COMUNICADO PVS-027-21 Incendio en Cumbres', 'COMUNICADO PVS-027-21',
                        'García, Nuevo León, 25 de marzo de 2021.-', 'Coordinación de Comunicación Social',
                        'Tel. 555 020 9931', 'Este mensaje y sus anexos son confidenciales'],
           must_keep=['Hasta el corte de las 15:00 horas se estimaba una superficie afectada de 340 hectáreas.',
                      'El director operativo del organismo, Samuel Garza Montemayor, explicó que el viento y la baja humedad complicaron los trabajos durante la noche, pero que la línea de control ya rodea la mayor parte del perímetro y no hay viviendas en riesgo.'])

# ---------------------------------------------------------------- bb16 ---
# Gmail forward in Spanish ("Mensaje reenviado"), then a border municipality:
# "COMUNICADO" label, issuer, "No. 318/2023", city-and-date line before the
# title ("…; a 6 de junio de 2023"), a real sentence that mentions WhatsApp and
# a phone (kept), "* * *", handles and "Síguenos". UTF-8 BOM, mixed EOL.
bb16 = '''---------- Mensaje reenviado ---------
De: Comunicación Social Nuevo Laredo <comsoc@nuevolaredo.example.mx>
Date: mar, 6 jun 2023 a las 13:25
Subject: Comunicado 318 - Jornada de descacharrización
To: <redaccion@fronteranorte.example.mx>


COMUNICADO
GOBIERNO MUNICIPAL DE NUEVO LAREDO
No. 318/2023

Nuevo Laredo, Tamaulipas; a 6 de junio de 2023

Arranca jornada de descacharrización contra el dengue en 40 colonias del poniente

Con el objetivo de prevenir la proliferación del mosquito transmisor del dengue, zika y chikungunya, el Gobierno Municipal de Nuevo Laredo inició este martes una jornada de descacharrización que recorrerá 40 colonias del sector poniente durante las próximas tres semanas.

Cuadrillas de Servicios Públicos y de la Jurisdicción Sanitaria pasarán casa por casa para recoger llantas, cubetas, botes, muebles viejos y cualquier objeto que pueda acumular agua, por lo que se pide a las familias sacarlos a la banqueta desde temprano el día que les corresponda.

La directora de Salud municipal, Martha Idalia Zamora Cruz, explicó que con las lluvias de las últimas semanas se detectaron criaderos de larvas en patios y lotes baldíos, y que eliminar los recipientes es la medida más eficaz contra el mosquito.

El calendario por colonia se publicará cada lunes en las redes sociales del municipio, y los vecinos que necesiten recoger objetos grandes pueden solicitarlo por WhatsApp al 555 714 0303, indicando su domicilio y el tipo de objeto.

La jornada iniciará en las colonias Hidalgo, Voluntad y Trabajo y Colinas del Sur, y concluirá en la colonia Infonavit Fundadores, donde el año pasado se concentró el mayor número de casos confirmados.

* * *

Síguenos en Facebook e Instagram: @NuevoLaredoGobExample
'''
write_source('bb16.txt', bb16, enc='utf-8', eol=('mixed', 6), bom=True)
write_gold('bb16', family='press_release',
           title='Arranca jornada de descacharrización contra el dengue en 40 colonias del poniente',
           date='2023-06-06', bylines=[], source='GOBIERNO MUNICIPAL DE NUEVO LAREDO',
           bulletin_number='318/2023', issuer='GOBIERNO MUNICIPAL DE NUEVO LAREDO',
           dateline_city='Nuevo Laredo',
           body_first_words='Con el objetivo de prevenir la proliferación del mosquito',
           body_last_words='el mayor número de casos confirmados.',
           boilerplate=['---------- Mensaje reenviado ---------',
                        'Subject: Comunicado 318 - Jornada de descacharrización', 'COMUNICADO',
                        'No. 318/2023', 'Nuevo Laredo, Tamaulipas; a 6 de junio de 2023',
                        'Síguenos en Facebook e Instagram: @NuevoLaredoGobExample'],
           must_keep=['Cuadrillas de Servicios Públicos y de la Jurisdicción Sanitaria pasarán casa por casa para recoger llantas, cubetas, botes, muebles viejos y cualquier objeto que pueda acumular agua, por lo que se pide a las familias sacarlos a la banqueta desde temprano el día que les corresponda.',
                      'los vecinos que necesiten recoger objetos grandes pueden solicitarlo por WhatsApp al 555 714 0303, indicando su domicilio y el tipo de objeto.'])

# ---------------------------------------------------------------- bb17 ---
# Generator 1: jekyll-import from WordPress. Nanosecond date with offset,
# status/type/parent_id/password keys, meta mapping, author as a MAPPING
# (display_name is the byline), categories block with Portada first,
# [caption] shortcode with the photo credit, <!--more-->, HTML body. UTF-8, LF.
bb17 = '''---
layout: post
title: Abre el Paseo Santa Lucía su ampliación hasta el Parque Fundidora con iluminación nueva
date: 2014-09-16 07:45:12.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Portada
- Monterrey
tags:
- Paseo Santa Lucía
- turismo
meta:
  _edit_last: '3'
  _thumbnail_id: '22871'
  _yoast_wpseo_focuskw: paseo santa lucia
author:
  login: jlozano
  email: jlozano@regionorte.example.mx
  display_name: Jorge Lozano Cantú
  first_name: Jorge
  last_name: Lozano Cantú
permalink: "/2014/09/16/abre-el-paseo-santa-lucia-ampliacion/"
---
[caption id="attachment_22871" align="aligncenter" width="640"]<img class="size-large wp-image-22871" src="http://regionorte.example.mx/wp-content/uploads/2014/09/santa-lucia.jpg" alt="Paseo Santa Lucía" width="640" height="427" /> Foto: Javier Olvera / Archivo[/caption]

<p>El gobierno estatal abrió este martes el tramo final del Paseo Santa Lucía, que ahora conecta sin interrupciones la Macroplaza con el interior del Parque Fundidora mediante un andador de 2.5 kilómetros con iluminación nueva, bancas y bebederos.</p>
<!--more-->
<p>La obra incluyó la sustitución de 480 luminarias por lámparas de bajo consumo, la reparación de los muros del canal y la instalación de una nueva planta de bombeo que mantiene el nivel del agua durante los meses de sequía.</p>
<p>El director del Parque Fundidora, Arnulfo Cavazos Leal, explicó que los recorridos en lancha se extenderán hasta el muelle de la antigua nave de laminación, lo que permitirá a los visitantes bajar directamente en la zona de museos.</p>
<p>Las lanchas operarán de martes a domingo de 10:00 a 22:00 horas. El costo del recorrido completo se mantiene en 70 pesos para adultos y 40 para niños, mientras que el andador peatonal es de acceso gratuito.</p>
<p>Comerciantes del Barrio Antiguo y de la zona de la avenida Constitución esperan que la ampliación atraiga más visitantes entre semana, cuando el paseo suele lucir vacío.</p>
<p>Vecinos de la colonia Obrera, en cambio, pidieron reforzar la vigilancia nocturna en los accesos del canal que dan a sus calles, donde aseguran que todavía hay tramos oscuros.</p>
'''
write_source('bb17.md', bb17, enc='utf-8', eol='lf')
write_gold('bb17', family='jekyll',
           title='Abre el Paseo Santa Lucía su ampliación hasta el Parque Fundidora con iluminación nueva',
           date='2014-09-16', bylines=['Jorge Lozano Cantú'], source=None, section='Monterrey',
           placement=['Portada'],
           body_first_words='El gobierno estatal abrió este martes el tramo final',
           body_last_words='donde aseguran que todavía hay tramos oscuros.',
           boilerplate=['Foto: Javier Olvera / Archivo', '[caption id="attachment_22871"', '<!--more-->',
                        '_yoast_wpseo_focuskw', 'jlozano@regionorte.example.mx'],
           must_keep=['La obra incluyó la sustitución de 480 luminarias por lámparas de bajo consumo, la reparación de los muros del canal y la instalación de una nueva planta de bombeo que mantiene el nivel del agua durante los meses de sequía.',
                      'Las lanchas operarán de martes a domingo de 10:00 a 22:00 horas.',
                      'Vecinos de la colonia Obrera, en cambio, pidieron reforzar la vigilancia nocturna en los accesos del canal que dan a sus calles, donde aseguran que todavía hay tramos oscuros.'],
           photo_credit='Foto: Javier Olvera / Archivo')

# ---------------------------------------------------------------- bb18 ---
# Generator 1 again, a draft: status: draft + published: false; the local date
# is 28 April (UTC would be the 29th); author mapping whose display_name is a
# desk; hand-edited single-quoted title with a doubled apostrophe-quote; a
# WordPress [embed] shortcode and an &nbsp; paragraph. UTF-8, LF.
bb18 = '''---
layout: post
title: 'Rayadas vencen 2-1 a Tigres en el Clásico Regio Femenil y ''amarran'' el liderato'
date: 2018-04-28 23:50:00.000000000 -05:00
type: post
parent_id: '0'
published: false
password: ''
status: draft
categories:
- Deportes
tags:
- Liga MX Femenil
- Clásico Regio
meta:
  _edit_last: '7'
author:
  login: redaccion
  email: redaccion@regionorte.example.mx
  display_name: Redacción Región Norte
  first_name: ''
  last_name: ''
permalink: "/?p=31544"
---
<p>Rayadas de Monterrey se impuso 2-1 a Tigres en el Clásico Regio Femenil disputado este sábado en el Estadio BBVA, ante una entrada que los organizadores calcularon en 38 mil aficionados, una cifra récord para un partido de la liga en la ciudad.</p>
<p>Las albiazules abrieron el marcador al minuto 17 con un remate de cabeza de la delantera Valeria Ortegón, tras un tiro de esquina cobrado desde la derecha. Tigres empató antes del descanso con un disparo de media distancia de Karla Ibarra Saucedo que se coló junto al poste.</p>
<p>&nbsp;</p>
<p>En el segundo tiempo el equipo local adelantó líneas y encontró el gol del triunfo al minuto 71, cuando la lateral Daniela Peña Sotelo aprovechó un rebote dentro del área. Las felinas tuvieron dos oportunidades claras en los minutos finales, pero la portera albiazul respondió en ambas.</p>
[embed]https://video.regionorte.example.mx/clasico-femenil-resumen[/embed]
<p>Con el resultado, Rayadas llegó a 31 puntos y se colocó como líder general a dos jornadas del cierre del torneo regular, mientras que Tigres se mantiene en el tercer lugar con 27 unidades.</p>
<p>La entrenadora albiazul destacó al final del encuentro el respaldo de la afición y consideró que el equipo todavía debe mejorar en la salida con el balón si quiere llegar a la final.</p>
<p>El siguiente compromiso de Rayadas será el próximo viernes ante Santos en Torreón, mientras que Tigres recibirá a Pachuca en el Estadio Universitario.</p>
'''
write_source('bb18.md', bb18, enc='utf-8', eol='lf')
write_gold('bb18', family='jekyll',
           title="Rayadas vencen 2-1 a Tigres en el Clásico Regio Femenil y 'amarran' el liderato",
           date='2018-04-28', published=False, bylines=[], source=None, section='Deportes',
           body_first_words='Rayadas de Monterrey se impuso 2-1 a Tigres',
           body_last_words='recibirá a Pachuca en el Estadio Universitario.',
           boilerplate=['[embed]https://video.regionorte.example.mx/clasico-femenil-resumen[/embed]',
                        'Redacción Región Norte'],
           must_keep=['Las albiazules abrieron el marcador al minuto 17 con un remate de cabeza de la delantera Valeria Ortegón, tras un tiro de esquina cobrado desde la derecha.',
                      'Con el resultado, Rayadas llegó a 31 puntos y se colocó como líder general a dos jornadas del cierre del torneo regular, mientras que Tigres se mantiene en el tercer lugar con 27 unidades.'])

# ---------------------------------------------------------------- bb19 ---
# Generator 2: a Drupal-to-Jekyll migration. No "date" key: "created" is a Unix
# timestamp (1367601120 = 2013-05-03 12:12 in Saltillo, 17:12 UTC: same day);
# drupal_nid / drupal_path; hand-added Spanish keys "autor" and "seccion"; body
# in HTML with <br /> and &nbsp;. UTF-8, LF.
bb19 = '''---
layout: post
title: "Saltillo estrena ruta de transporte nocturno hacia los parques industriales de Derramadero"
created: 1367601120
drupal_nid: 9931
drupal_path: noticias/saltillo-ruta-nocturna-derramadero
tags:
- transporte
- Derramadero
autor: Rosa Isela Montemayor
seccion: Coahuila
---
<p>Trabajadores del turno nocturno de los parques industriales de Derramadero ya cuentan desde este viernes con una ruta de transporte público que sale del centro de Saltillo cada media hora entre las 21:00 y las 02:00 horas, una petición que las empresas y los sindicatos hacían desde hace más de dos años.</p>
<p>La ruta, operada por una concesionaria local con doce unidades nuevas, recorre el bulevar Fundadores y la carretera 54 hasta el acceso principal del parque, donde se construyó un paradero techado con iluminación y cámaras de vigilancia.<br />
El pasaje tendrá un costo de 11 pesos, igual que el de las rutas urbanas, y las empresas de la zona se comprometieron a reembolsarlo a sus empleados mediante un vale semanal.</p>
<p>El director municipal de Transporte, Humberto Aguirre Valdés, explicó que antes de la nueva ruta muchos operarios pagaban taxis colectivos de hasta 60 pesos por viaje o caminaban varios kilómetros por el acotamiento de la carretera para llegar a la parada más cercana.</p>
<p>&nbsp;</p>
<p>Representantes de la industria automotriz instalada en la zona calculan que cerca de cuatro mil personas trabajan en el turno de noche, la mayoría de ellas provenientes de colonias del sur y del oriente de la ciudad.</p>
<p>El Ayuntamiento revisará en tres meses la demanda de la ruta para decidir si amplía el horario o si agrega un segundo recorrido por el periférico Luis Echeverría.</p>
'''
write_source('bb19.md', bb19, enc='utf-8', eol='lf')
write_gold('bb19', family='jekyll',
           title='Saltillo estrena ruta de transporte nocturno hacia los parques industriales de Derramadero',
           date='2013-05-03', bylines=['Rosa Isela Montemayor'], source=None, section='Coahuila',
           body_first_words='Trabajadores del turno nocturno de los parques industriales',
           body_last_words='un segundo recorrido por el periférico Luis Echeverría.',
           boilerplate=['drupal_nid', 'drupal_path'],
           must_keep=['El pasaje tendrá un costo de 11 pesos, igual que el de las rutas urbanas, y las empresas de la zona se comprometieron a reembolsarlo a sus empleados mediante un vale semanal.',
                      'El director municipal de Transporte, Humberto Aguirre Valdés, explicó que antes de la nueva ruta muchos operarios pagaban taxis colectivos de hasta 60 pesos por viaje o caminaban varios kilómetros por el acotamiento de la carretera para llegar a la parada más cercana.'])

# ---------------------------------------------------------------- bb20 ---
# Generator 3: the newsroom's own script, Spanish keys. "titulo", "fecha:
# 23/04/2019" (day first, naive), "autor: Por ..." (the "Por" is not part of
# the name), "seccion", site name in "medio", categories with a placement word,
# a Liquid {% include %} figure with a credit parameter, Markdown body.
# UTF-8 with BOM, CRLF.
bb20 = '''---
titulo: "Tigres presenta su nuevo centro de alto rendimiento en Zuazua"
fecha: 23/04/2019
autor: "Por Lucía Ramos Elizondo"
seccion: Deportes
categories: [Destacadas, Deportes]
medio: Tribuna Regia Digital
imagen: /img/2019/04/tigres-zuazua.jpg
---

{% include figura.html imagen="/img/2019/04/tigres-zuazua.jpg" pie="Instalaciones del nuevo centro de entrenamiento" credito="Especial" %}

El club Tigres presentó este martes su nuevo centro de alto rendimiento en el municipio de General Zuazua, un complejo de 24 hectáreas que reunirá en un mismo lugar al primer equipo, a la rama femenil y a las fuerzas básicas.

Las instalaciones cuentan con seis canchas de pasto natural, una de pasto híbrido con las mismas medidas que el Estadio Universitario, un gimnasio, una alberca para rehabilitación y un edificio de residencias con capacidad para 80 jugadores de categorías menores.

El presidente del club, Alejandro Rodríguez Quiroga, dijo que la obra permitirá dejar las canchas que la institución rentaba en distintos puntos del área metropolitana y que los jóvenes podrán estudiar la preparatoria en el propio complejo.

La rama femenil, campeona del torneo anterior, será la primera en mudarse a partir de mayo, mientras que el primer equipo comenzará a entrenar ahí durante la pretemporada de verano.

Vecinos de Zuazua ven con buenos ojos el proyecto, aunque piden al municipio mejorar la carretera de acceso, que en días de lluvia se vuelve intransitable en el tramo de terracería.

El alcalde, por su parte, aseguró que la pavimentación ya está incluida en el presupuesto de este año y que las obras comenzarán antes de la inauguración formal del complejo.
'''
write_source('bb20.md', bb20, enc='utf-8', eol='crlf', bom=True)
write_gold('bb20', family='jekyll',
           title='Tigres presenta su nuevo centro de alto rendimiento en Zuazua',
           date='2019-04-23', bylines=['Lucía Ramos Elizondo'], source='Tribuna Regia Digital',
           section='Deportes', placement=['Destacadas'],
           body_first_words='El club Tigres presentó este martes su nuevo centro',
           body_last_words='antes de la inauguración formal del complejo.',
           boilerplate=['{% include figura.html', 'credito="Especial"',
                        'Instalaciones del nuevo centro de entrenamiento'],
           must_keep=['Las instalaciones cuentan con seis canchas de pasto natural, una de pasto híbrido con las mismas medidas que el Estadio Universitario, un gimnasio, una alberca para rehabilitación y un edificio de residencias con capacidad para 80 jugadores de categorías menores.',
                      'La rama femenil, campeona del torneo anterior, será la primera en mudarse a partir de mayo, mientras que el primer equipo comenzará a entrenar ahí durante la pretemporada de verano.'])

print('part2: bb11-bb20 written')
