#!/usr/bin/env python3
"""importer-cf, files 11-20."""
import textwrap
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- cf11 press (municipal transparency bulletin, Mor.)
cf11 = """H. AYUNTAMIENTO DE CUAUTLA, MORELOS
Unidad de Transparencia y Acceso a la Información Pública
BOLETÍN DE TRANSPARENCIA No. 22/2018

Cuautla, Morelos; a 30 de julio de 2018.

CUAUTLA ATENDIÓ 412 SOLICITUDES DE INFORMACIÓN EN EL PRIMER SEMESTRE

La Unidad de Transparencia del Ayuntamiento de Cuautla recibió y dio trámite a 412 solicitudes de acceso a la información pública entre enero y junio de este año, 18 por ciento más que en el mismo periodo de 2017, de acuerdo con el informe semestral que se entregó al Instituto Morelense de Información Pública y Estadística.

La mayor parte de las solicitudes se refirió a obra pública, nómina y contratos de adquisiciones. La distribución por tema fue la siguiente:

Tema\tSolicitudes
Obra pública\t96
Nómina y plazas\t81
Adquisiciones y contratos\t64
Seguridad pública\t52
Otros temas\t119

Del total, 371 solicitudes se respondieron dentro del plazo legal de diez días hábiles, 29 requirieron prórroga y 12 fueron declaradas improcedentes porque la información no correspondía al municipio y se orientó a las personas solicitantes hacia la autoridad competente.

El titular de la unidad, licenciado Gerardo Alarcón Villalva, informó que durante el semestre se presentaron siete recursos de revisión y que en cinco de ellos el órgano garante confirmó la respuesta del ayuntamiento. Añadió que ya se publicaron en la Plataforma Nacional de Transparencia las obligaciones comunes correspondientes al segundo trimestre.

La ciudadanía puede presentar solicitudes en línea, por correo electrónico o de manera presencial en la planta baja del palacio municipal, de lunes a viernes de 9:00 a 15:00 horas.

-oOo-

Unidad de Transparencia
transparencia@cuautla-ej.example.mx
Tel. 735 555 0188
"""
write_source('cf11.txt', cf11, enc='cp1252', eol='crlf')
write_gold('cf11', family='press_release',
           title='CUAUTLA ATENDIÓ 412 SOLICITUDES DE INFORMACIÓN EN EL PRIMER SEMESTRE',
           date='2018-07-30', source='H. AYUNTAMIENTO DE CUAUTLA, MORELOS',
           bulletin_number='22/2018', issuer='H. AYUNTAMIENTO DE CUAUTLA, MORELOS',
           dateline_city='Cuautla',
           body_first_words='La Unidad de Transparencia del Ayuntamiento de Cuautla recibió',
           body_last_words='de lunes a viernes de 9:00 a 15:00 horas.',
           boilerplate=['Unidad de Transparencia y Acceso a la Información Pública',
                        'BOLETÍN DE TRANSPARENCIA No. 22/2018', 'Cuautla, Morelos; a 30 de julio de 2018.',
                        '-oOo-', 'transparencia@cuautla-ej.example.mx', 'Tel. 735 555 0188'],
           must_keep=['La mayor parte de las solicitudes se refirió a obra pública, nómina y contratos de adquisiciones.',
                      'Adquisiciones y contratos\t64',
                      'Añadió que ya se publicaron en la Plataforma Nacional de Transparencia las obligaciones comunes correspondientes al segundo trimestre.'])

# ---------------------------------------------------------------- cf12 press (state congress, Word doc saved as text, Tlax.)
cf12 = """CONGRESO DEL ESTADO DE TLAXCALA
LXIV LEGISLATURA
Boletín No. 0412

Tlaxcala de Xicohténcatl, Tlax., a 28 de noviembre de 2023

APRUEBA CONGRESO REFORMA PARA PROTEGER EL MAÍZ NATIVO DE TLAXCALA

\tEl Pleno del Congreso del Estado aprobó por unanimidad la reforma a la Ley de Fomento Agropecuario que declara al maíz nativo como patrimonio alimentario, cultural y biocultural de Tlaxcala, y que prohíbe la siembra de semillas genéticamente modificadas en el territorio estatal.

\tLa iniciativa fue presentada por la Comisión de Desarrollo Agropecuario, cuya presidenta, la diputada Rosalba Netzahualcóyotl Aguilar, explicó que en la entidad se conservan al menos diez razas de maíz, entre ellas el cacahuacintle, el palomero y el cónico, cultivadas por familias campesinas desde hace siglos.

\tLa reforma establece, entre otras medidas:
\t1.-\tLa creación de un registro estatal de variedades nativas y de los bancos comunitarios de semillas.
\t2.-\tApoyos preferentes para productores que siembren maíz nativo sin agroquímicos.
\t3.-\tLa obligación de etiquetar los productos elaborados con maíz nativo que se vendan con ese distintivo.

\tDurante la discusión, diputadas y diputados de distintos grupos parlamentarios coincidieron en que la medida protege a las comunidades de Ixtenco, Españita y Hueyotlipan, donde todavía se guardan semillas de maíz azul, rojo y amarillo. \u201cEl maíz no es una mercancía más: es la memoria de nuestros pueblos\u201d, señaló la presidenta de la comisión en tribuna.

\tEl decreto se remitirá al Ejecutivo estatal para su publicación en el Periódico Oficial y entrará en vigor al día siguiente. La Secretaría de Impulso Agropecuario tendrá 180 días para emitir el reglamento.

-30-

Instituto de Estudios Legislativos / Comunicación Social
Tel. 246 555 0610
comunicacion@congresotlax-ej.example.mx
"""
write_source('cf12.txt', cf12, enc='cp1252', eol='crlf')
write_gold('cf12', family='press_release',
           title='APRUEBA CONGRESO REFORMA PARA PROTEGER EL MAÍZ NATIVO DE TLAXCALA',
           date='2023-11-28', source='CONGRESO DEL ESTADO DE TLAXCALA',
           bulletin_number='0412', issuer='CONGRESO DEL ESTADO DE TLAXCALA',
           dateline_city='Tlaxcala de Xicohténcatl',
           body_first_words='El Pleno del Congreso del Estado aprobó por unanimidad',
           body_last_words='tendrá 180 días para emitir el reglamento.',
           boilerplate=['LXIV LEGISLATURA', 'Boletín No. 0412',
                        'Tlaxcala de Xicohténcatl, Tlax., a 28 de noviembre de 2023', '-30-',
                        'Instituto de Estudios Legislativos / Comunicación Social', 'Tel. 246 555 0610',
                        'comunicacion@congresotlax-ej.example.mx'],
           must_keep=['La creación de un registro estatal de variedades nativas y de los bancos comunitarios de semillas.',
                      '\u201cEl maíz no es una mercancía más: es la memoria de nuestros pueblos\u201d, señaló la presidenta de la comisión en tribuna.',
                      'La obligación de etiquetar los productos elaborados con maíz nativo que se vendan con ese distintivo.'])

# ---------------------------------------------------------------- cf13 press (forwarded e-mail, Edomex)
cf13 = """---------- Forwarded message ---------
De: Comunicación Social Secampo <prensa@secampo-edomex-ej.example.mx>
Date: jue, 6 sept 2018 a las 19:12
Subject: BOLETÍN 219/2018 Entrega Secampo semilla mejorada a productores del Valle de Toluca
To: <redaccion@noticiasvalle-ej.example.mx>


SECRETARÍA DEL CAMPO DEL ESTADO DE MÉXICO
BOLETÍN 219/2018

ENTREGA SECAMPO SEMILLA MEJORADA A PRODUCTORES DEL VALLE DE TOLUCA

Metepec, Estado de México, 6 de septiembre de 2018.- La Secretaría del Campo del Estado de México entregó semilla mejorada de avena y triticale a 850 productores de los municipios de Almoloya de Juárez, Zinacantepec, Temoaya y Toluca, para la siembra de forrajes en el ciclo otoño-invierno.

La dependencia informó que el paquete incluye semilla certificada suficiente para cuatro hectáreas por productor, así como asesoría técnica durante el desarrollo del cultivo. Con ello se espera cubrir alrededor de 3 mil 400 hectáreas que normalmente quedan sin sembrar después de la cosecha de maíz.

Durante la entrega, realizada en las instalaciones del Instituto de Investigación y Capacitación Agropecuaria, Acuícola y Forestal, el director de Agricultura, ingeniero Salvador Jardón Becerril, explicó que el forraje de invierno permite a las familias mantener su ganado durante la temporada seca sin comprar pacas a precios altos.

Los productores beneficiados fueron seleccionados entre quienes se inscribieron en la convocatoria publicada en julio y cumplieron con los requisitos de acreditar la posesión de la tierra y contar con acceso a riego de auxilio.

La Secretaría recordó que en octubre abrirá una segunda ventanilla para productores de los municipios del norte del estado.

oo0oo

--
Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted lo recibió por error, le pedimos eliminarlo.
"""
write_source('cf13.txt', cf13)
write_gold('cf13', family='press_release',
           title='ENTREGA SECAMPO SEMILLA MEJORADA A PRODUCTORES DEL VALLE DE TOLUCA',
           date='2018-09-06', source='SECRETARÍA DEL CAMPO DEL ESTADO DE MÉXICO',
           bulletin_number='219/2018', issuer='SECRETARÍA DEL CAMPO DEL ESTADO DE MÉXICO',
           dateline_city='Metepec',
           body_first_words='La Secretaría del Campo del Estado de México entregó semilla mejorada',
           body_last_words='para productores de los municipios del norte del estado.',
           boilerplate=['---------- Forwarded message ---------',
                        'De: Comunicación Social Secampo <prensa@secampo-edomex-ej.example.mx>',
                        'Subject: BOLETÍN 219/2018 Entrega Secampo semilla mejorada a productores del Valle de Toluca',
                        'To: <redaccion@noticiasvalle-ej.example.mx>', 'BOLETÍN 219/2018',
                        'Metepec, Estado de México, 6 de septiembre de 2018.-', 'oo0oo',
                        'Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.'],
           must_keep=['Con ello se espera cubrir alrededor de 3 mil 400 hectáreas que normalmente quedan sin sembrar después de la cosecha de maíz.',
                      'La dependencia informó que el paquete incluye semilla certificada suficiente para cuatro hectáreas por productor, así como asesoría técnica durante el desarrollo del cultivo.',
                      'La Secretaría recordó que en octubre abrirá una segunda ventanilla para productores de los municipios del norte del estado.'])

# ---------------------------------------------------------------- cf14 press (state water commission, web page copied as Markdown, title first)
cf14 = """# Ceagua rehabilita pozo que abastece a 12 mil habitantes de Jiutepec

**Comisión Estatal del Agua de Morelos** | Comunicado 071/2024 | Publicado: 14/05/2024

[Compartir en Facebook](https://facebook.example.mx/share) · [Compartir en X](https://x.example.mx/share)

Jiutepec, Morelos, a 14 de mayo de 2024.- La Comisión Estatal del Agua (Ceagua) concluyó la rehabilitación del pozo Tejalpa II, que abastece a cerca de 12 mil habitantes de las colonias Tejalpa, Las Fincas y Ampliación Tejalpa, en el municipio de Jiutepec, y que había dejado de operar a principios de abril por una falla en el equipo de bombeo.

Los trabajos consistieron en la sustitución de la bomba sumergible y del motor, el cambio de 90 metros de columna de tubería y la instalación de un nuevo arrancador eléctrico. La inversión fue de 2.6 millones de pesos, con recursos del programa estatal de infraestructura hidráulica.

Mientras duró la reparación, el organismo operador municipal distribuyó agua en pipas a las colonias afectadas, en coordinación con la Ceagua. Vecinos de Tejalpa señalaron que durante cinco semanas recibieron el servicio sólo dos veces por semana.

El titular de la Ceagua, ingeniero Ramiro Tlatempa Domínguez, indicó que el pozo vuelve a producir 45 litros por segundo y que se instaló un sistema de monitoreo remoto para detectar fallas antes de que el equipo se detenga. Añadió que en la temporada de estiaje la demanda de agua en la zona conurbada de Cuernavaca crece hasta 20 por ciento.

La Comisión exhortó a la población a reparar fugas domésticas y a no lavar banquetas ni autos con manguera mientras duren las altas temperaturas.

FIN

Síguenos en redes sociales: @CeaguaMorelosEj
"""
write_source('cf14.md', cf14)
write_gold('cf14', family='press_release',
           title='Ceagua rehabilita pozo que abastece a 12 mil habitantes de Jiutepec',
           date='2024-05-14', source='Comisión Estatal del Agua de Morelos',
           bulletin_number='071/2024', issuer='Comisión Estatal del Agua de Morelos',
           dateline_city='Jiutepec',
           body_first_words='La Comisión Estatal del Agua (Ceagua) concluyó la rehabilitación del pozo Tejalpa II',
           body_last_words='mientras duren las altas temperaturas.',
           boilerplate=['Comunicado 071/2024', 'Publicado: 14/05/2024', 'Compartir en Facebook', 'Compartir en X',
                        'Jiutepec, Morelos, a 14 de mayo de 2024.-', 'FIN',
                        'Síguenos en redes sociales: @CeaguaMorelosEj'],
           must_keep=['La inversión fue de 2.6 millones de pesos, con recursos del programa estatal de infraestructura hidráulica.',
                      'Vecinos de Tejalpa señalaron que durante cinco semanas recibieron el servicio sólo dos veces por semana.',
                      'Añadió que en la temporada de estiaje la demanda de agua en la zona conurbada de Cuernavaca crece hasta 20 por ciento.'])

# ---------------------------------------------------------------- cf15 press (university, PDF-to-text with hard wraps and page break, Pue.)
HEAD15 = ("                     UNIVERSIDAD TECNOLÓGICA DEL VALLE DE ATLIXCO\n"
          "                        Departamento de Prensa y Difusión\n")
P15 = [
    "Un grupo de estudiantes de la carrera de Agricultura Sustentable y Protegida de la Universidad Tecnológica del Valle de Atlixco (UTVA) desarrolló un biofertilizante elaborado con los tallos, hojas y flores que desechan los viveros de la región, que en temporada alta suman varias toneladas por semana.",
    "El producto se obtiene mediante un proceso de compostaje acelerado con microorganismos nativos recolectados en los suelos del propio valle. Las primeras pruebas se realizaron en parcelas de nochebuena y cempasúchil de San Juan Tianguismanalco.",
    "Los resultados fueron alentadores.",
    "De acuerdo con el profesor responsable del proyecto, maestro Osvaldo Tecpanecatl Ruiz, las plantas tratadas con el biofertilizante alcanzaron un tamaño similar al de las que recibieron fertilizantes químicos, con un costo hasta 60 por ciento menor para los productores.",
    "Los estudiantes trabajan ahora con una cooperativa de viveristas de La Trinidad Tepango para producir el biofertilizante a mayor escala y solicitar su registro ante las autoridades sanitarias.",
    "El proyecto fue seleccionado para participar en la feria nacional de emprendimiento de las universidades tecnológicas, que se celebrará en junio en la ciudad de Querétaro.",
    "La rectoría informó que el laboratorio de suelos de la universidad ofrecerá análisis gratuitos a los productores de flor que quieran probar el producto.",
]
body15 = [textwrap.fill(p, width=86) for p in P15]
text15 = "\n\n".join(body15)
BREAK15 = "Las primeras pruebas se\n"
assert BREAK15 in text15
text15 = text15.replace(BREAK15, BREAK15 + "\n"
                        "                                                                        Página 1 de 2\n"
                        "\f" + HEAD15 + "\n", 1)
cf15 = (HEAD15 + "\n"
        "Comunicado UTVA-DPD-031/2021\n"
        "                                                  Atlixco, Puebla, 9 de abril de 2021\n\n"
        "Estudiantes de la UTVA crean biofertilizante con residuos de los viveros de flor\n\n"
        + text15 + "\n\n"
        "                                     -oOo-\n\n"
        "Contacto: prensa@utva-ej.example.mx | 244 555 0133\n"
        "                                                                        Página 2 de 2\n")
write_source('cf15.txt', cf15, eol='crlf')
write_gold('cf15', family='press_release',
           title='Estudiantes de la UTVA crean biofertilizante con residuos de los viveros de flor',
           date='2021-04-09', source='UNIVERSIDAD TECNOLÓGICA DEL VALLE DE ATLIXCO',
           bulletin_number='UTVA-DPD-031/2021', issuer='UNIVERSIDAD TECNOLÓGICA DEL VALLE DE ATLIXCO',
           dateline_city='Atlixco',
           body_first_words='Un grupo de estudiantes de la carrera de Agricultura Sustentable',
           body_last_words='que quieran probar el producto.',
           boilerplate=['UNIVERSIDAD TECNOLÓGICA DEL VALLE DE ATLIXCO', 'Departamento de Prensa y Difusión', 'Comunicado UTVA-DPD-031/2021',
                        'Atlixco, Puebla, 9 de abril de 2021', 'Página 1 de 2', '-oOo-',
                        'Contacto: prensa@utva-ej.example.mx | 244 555 0133', 'Página 2 de 2'],
           must_keep=['Los resultados fueron alentadores.',
                      'El producto se obtiene mediante un proceso de compostaje acelerado con microorganismos',
                      'De acuerdo con el profesor responsable del proyecto, maestro Osvaldo Tecpanecatl Ruiz,'])

# ---------------------------------------------------------------- cf16 press (municipal DIF, Facebook post copied, Hgo.)
cf16 = """Sistema DIF Municipal de Tulancingo de Bravo
7 de enero de 2025 · 🌎

📢 #BoletínDIF 003/2025

🧣 DIF TULANCINGO ENTREGA 1,500 COBIJAS A FAMILIAS DE COMUNIDADES ALTAS POR LA TEMPORADA INVERNAL

Tulancingo de Bravo, Hgo.; a 7 de enero de 2025.- El Sistema DIF Municipal de Tulancingo de Bravo entregó 1,500 cobijas y 600 chamarras a familias de las comunidades de Santa Ana Hueytlalpan, Laguna del Cerrito, Huapalcalco y San Nicolás El Fuerte, donde en los últimos días se registraron temperaturas de hasta cuatro grados bajo cero.

La presidenta del patronato explicó que la entrega se hizo casa por casa, a partir de un censo elaborado por las trabajadoras sociales del organismo en diciembre, para dar prioridad a personas adultas mayores, niñas y niños menores de cinco años y personas con discapacidad.

Además de las cobijas, las brigadas llevaron consultas médicas, vacunación contra la influenza y pláticas para prevenir intoxicaciones por el uso de anafres y braseros dentro de las viviendas.

➡️ La Unidad Básica de Rehabilitación y los Centros de Desarrollo Comunitario funcionarán como puntos de recepción de donativos de ropa invernal hasta el 31 de enero.

El organismo pidió a la población reportar a personas en situación de calle al número de emergencias, para que puedan ser trasladadas al albergue temporal que se habilitó en el centro de la ciudad.

#TulancingoConCorazón #DIFTulancingo #TemporadaInvernal

👍 Me gusta   💬 Comentar   ↗️ Compartir
"""
write_source('cf16.txt', cf16)
write_gold('cf16', family='press_release',
           title='DIF TULANCINGO ENTREGA 1,500 COBIJAS A FAMILIAS DE COMUNIDADES ALTAS POR LA TEMPORADA INVERNAL',
           date='2025-01-07', source='Sistema DIF Municipal de Tulancingo de Bravo',
           bulletin_number='003/2025', issuer='Sistema DIF Municipal de Tulancingo de Bravo',
           dateline_city='Tulancingo de Bravo',
           body_first_words='El Sistema DIF Municipal de Tulancingo de Bravo entregó 1,500 cobijas',
           body_last_words='que se habilitó en el centro de la ciudad.',
           boilerplate=['#BoletínDIF 003/2025', 'Tulancingo de Bravo, Hgo.; a 7 de enero de 2025.-',
                        '#TulancingoConCorazón #DIFTulancingo #TemporadaInvernal',
                        'Me gusta', 'Comentar', 'Compartir'],
           must_keep=['Además de las cobijas, las brigadas llevaron consultas médicas, vacunación contra la influenza y pláticas para prevenir intoxicaciones por el uso de anafres y braseros dentro de las viviendas.',
                      'La Unidad Básica de Rehabilitación y los Centros de Desarrollo Comunitario funcionarán como puntos de recepción de donativos de ropa invernal hasta el 31 de enero.',
                      'El organismo pidió a la población reportar a personas en situación de calle al número de emergencias'])

# ---------------------------------------------------------------- cf17 jekyll (WordPress.com export via jekyll-import, Mor.)
cf17 = """---
layout: post
title: Nopaleros de Tlalnepantla venden directo a Cuernavaca para esquivar al coyote
date: 2014-05-09 13:22:41.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Campo
tags:
- nopal
- Tlalnepantla
- comercio justo
meta:
  _edit_last: '1'
  _thumbnail_id: '2231'
  _wpas_done_all: '1'
author:
  login: rgaleana
  email: rgaleana@surcoabierto-ej.example.mx
  display_name: Rocío Galeana Ortiz
  first_name: Rocío
  last_name: Galeana Ortiz
permalink: "/2014/05/09/nopaleros-de-tlalnepantla-venden-directo/"
---
<p>[caption id="attachment_2231" align="aligncenter" width="640"]<img class="size-large wp-image-2231" src="/wp-content/uploads/2014/05/nopal-tlalnepantla.jpg" alt="nopal" width="640" height="427" /> Productores seleccionan nopal en un centro de acopio. Foto: R. Galeana[/caption]</p>
<p>Un grupo de 35 productores de nopal de Tlalnepantla, en los Altos de Morelos, comenzó a vender su cosecha directamente en dos mercados de Cuernavaca y en un tianguis orgánico de Tepoztlán, para dejar de depender de los intermediarios que compran el producto a pie de parcela.</p>
<p>Los nopaleros se organizaron en una sociedad cooperativa a finales del año pasado. Con un préstamo de una caja de ahorro local compraron una camioneta de tres toneladas y rentaron un pequeño local en el mercado Adolfo López Mateos, donde venden el nopal limpio, picado o en salmuera.</p>
<p>Según sus cuentas, el intermediario les pagaba entre 40 y 60 pesos por una caja de cien pencas, mientras que en el mercado la misma cantidad se vende en más de 150 pesos. &quot;No es que ahora seamos ricos, pero ya sabemos a cuánto se vende lo que sembramos&quot;, dice Efraín Linares, uno de los socios.</p>
<p>Tlalnepantla es uno de los principales productores de nopal verdura del país, junto con Milpa Alta, en la Ciudad de México. En el municipio se cultivan alrededor de 3 mil hectáreas, y buena parte de la cosecha viaja todas las madrugadas a la Central de Abasto de la capital.</p>
<p>La cooperativa quiere ahora certificar sus parcelas como orgánicas y construir un cuarto frío para que el nopal aguante más días. Mientras tanto, los socios se turnan para bajar a Cuernavaca tres veces por semana.</p>
"""
write_source('cf17.md', cf17)
write_gold('cf17', family='jekyll',
           title='Nopaleros de Tlalnepantla venden directo a Cuernavaca para esquivar al coyote',
           date='2014-05-09', bylines=['Rocío Galeana Ortiz'], section='Campo',
           body_first_words='Un grupo de 35 productores de nopal de Tlalnepantla',
           body_last_words='los socios se turnan para bajar a Cuernavaca tres veces por semana.',
           boilerplate=['[caption id="attachment_2231" align="aligncenter" width="640"]',
                        'Productores seleccionan nopal en un centro de acopio. Foto: R. Galeana[/caption]'],
           must_keep=['Los nopaleros se organizaron en una sociedad cooperativa a finales del año pasado.',
                      'En el municipio se cultivan alrededor de 3 mil hectáreas, y buena parte de la cosecha viaja todas las madrugadas a la Central de Abasto de la capital.',
                      'La cooperativa quiere ahora certificar sus parcelas como orgánicas y construir un cuarto frío para que el nopal aguante más días.'],
           photo_credit='R. Galeana')

# ---------------------------------------------------------------- cf18 jekyll (Blogger export, late-night local time, Pue.)
cf18 = """---
layout: post
title: "Huaquechula abre sus altares monumentales a los visitantes"
date: '2011-11-01T21:30:00.000-06:00'
author: Néstor Cuaxiloa Sánchez
tags:
- Huaquechula
- Día de Muertos
- tradiciones
modified_time: '2011-11-02T09:14:22.871-06:00'
thumbnail: http://3.bp.blogspot.example.mx/-xQ2/altar/s72-c/altar-huaquechula.jpg
blogger_id: tag:blogger.com,1999:blog-8812034455.post-5520193847710
blogger_orig_url: http://mixtecaviva.blogspot.example.mx/2011/11/huaquechula-altares.html
---
<div style="text-align: justify;"><span style="font-family: Georgia, serif;">Desde el mediodía de este martes, las familias de Huaquechula que perdieron a un ser querido durante el último año abrieron las puertas de sus casas para mostrar los altares monumentales de tres niveles que distinguen a este municipio de la Mixteca poblana.</span></div><div style="text-align: justify;"><span style="font-family: Georgia, serif;"><br /></span></div>
<div style="text-align: justify;"><span style="font-family: Georgia, serif;">Los altares, que pueden medir más de tres metros de altura, se forran con tela blanca y satín, y se adornan con figuras de ángeles, espejos, flores de cempasúchil y fotografías del difunto. En el primer nivel se colocan la comida y la bebida que le gustaban en vida; el último representa la llegada al cielo.&nbsp;</span></div><div style="text-align: justify;"><span style="font-family: Georgia, serif;"><br /></span></div>
<div style="text-align: justify;"><span style="font-family: Georgia, serif;">La tradición exige recibir a todo el que llegue. Los visitantes entregan una veladora o un ramo de flores y, a cambio, la familia les ofrece tamales, mole, pan y un vaso de atole. Este año se instalaron 37 altares en la cabecera y en las juntas auxiliares.</span></div><div style="text-align: justify;"><span style="font-family: Georgia, serif;"><br /></span></div>
<div style="text-align: justify;"><span style="font-family: Georgia, serif;">Doña Elvira Ocotoxtle, que levantó un altar para su esposo, dice que lo preparó durante casi un mes con ayuda de sus hijos y de un artesano del pueblo. "Él siempre recibía a la gente con gusto, por eso tenía que quedar bonito", cuenta entre el olor a copal.</span></div><div style="text-align: justify;"><span style="font-family: Georgia, serif;"><br /></span></div>
<div style="text-align: justify;"><span style="font-family: Georgia, serif;">Las autoridades municipales calculan que entre el 31 de octubre y el 2 de noviembre llegarán más de 20 mil visitantes. Se habilitaron estacionamientos a la entrada del pueblo y recorridos guiados que salen cada hora del zócalo.</span></div>
"""
write_source('cf18.md', cf18)
write_gold('cf18', family='jekyll',
           title='Huaquechula abre sus altares monumentales a los visitantes',
           date='2011-11-01', bylines=['Néstor Cuaxiloa Sánchez'],
           body_first_words='Desde el mediodía de este martes, las familias de Huaquechula',
           body_last_words='recorridos guiados que salen cada hora del zócalo.',
           must_keep=['La tradición exige recibir a todo el que llegue.',
                      'Este año se instalaron 37 altares en la cabecera y en las juntas auxiliares.',
                      'Se habilitaron estacionamientos a la entrada del pueblo y recorridos guiados que salen cada hora del zócalo.'])

# ---------------------------------------------------------------- cf19 jekyll-like (TOML front matter from a Hugo site, Hgo.)
cf19 = """+++
title = "Tlachiqueros de Apan resisten entre magueyes que ya nadie siembra"
date = 2020-06-14T09:00:00-05:00
draft = false
author = "Iván Escamilla Monroy"
categories = ["Cultura"]
tags = ["pulque", "Apan", "maguey"]
+++

Cada mañana, antes de que salga el sol, Crispín Olvera camina entre los magueyes de su rancho, en las afueras de Apan, con un acocote al hombro y dos botes de plástico. Raspa el corazón de cada planta, extrae el aguamiel y la lleva al tinacal, donde fermentará hasta convertirse en pulque.

Crispín tiene 67 años y es uno de los últimos tlachiqueros de la comunidad. Sus hijos trabajan en fábricas de Ciudad Sahagún y en la construcción en la Ciudad de México, y ninguno quiere aprender el oficio.

Los Llanos de Apan fueron durante el siglo XIX la gran región pulquera del país. Las haciendas enviaban el pulque en tren a la capital, donde se consumía en cientos de pulquerías. Hoy quedan pocas haciendas productoras, y muchos magueyales fueron sustituidos por cebada para la industria cervecera.

En los últimos años, sin embargo, el pulque ha vuelto a ponerse de moda entre jóvenes de las ciudades. Algunos productores envasan curados de frutas y los venden en ferias gastronómicas, y un grupo de ejidatarios planta de nuevo magueyes en terrenos erosionados.

La emergencia sanitaria golpeó a los productores: las pulquerías de Pachuca y de la capital cerraron durante semanas y la venta se desplomó. "Lo que no se vende en dos días se echa a perder", explica Crispín. "Hubo semanas en que tiramos el pulque."

Aun así, sigue raspando sus magueyes cada mañana. Dice que un maguey tarda diez años en dar aguamiel, y que dejarlo sin raspar sería desperdiciar una década.
"""
write_source('cf19.md', cf19)
write_gold('cf19', family='jekyll',
           title='Tlachiqueros de Apan resisten entre magueyes que ya nadie siembra',
           date='2020-06-14', bylines=['Iván Escamilla Monroy'], section='Cultura',
           body_first_words='Cada mañana, antes de que salga el sol, Crispín Olvera',
           body_last_words='dejarlo sin raspar sería desperdiciar una década.',
           must_keep=['Crispín tiene 67 años y es uno de los últimos tlachiqueros de la comunidad.',
                      'Las haciendas enviaban el pulque en tren a la capital, donde se consumía en cientos de pulquerías.',
                      '"Lo que no se vende en dos días se echa a perder", explica Crispín.'])

# ---------------------------------------------------------------- cf20 jekyll (Spanish keys with accents, Edomex)
cf20 = """---
título: "Toluca estrena ruta de trolebús hacia Zinacantepec"
fecha: "5 de octubre de 2022"
autor: Daniela Becerril Colín
medio: Crónica del Nevado
categorías:
  - Destacadas
  - Movilidad
etiquetas: [trolebús, Toluca, Zinacantepec]
---

La primera ruta de trolebús del Valle de Toluca comenzó a operar este miércoles con 18 unidades eléctricas que recorren 14 kilómetros entre la terminal de autobuses de la capital mexiquense y la cabecera municipal de Zinacantepec.

El servicio funcionará de las 5:00 a las 23:00 horas, con una frecuencia de paso de entre ocho y diez minutos en horas pico. La tarifa será de 10 pesos, con descuento para estudiantes y personas adultas mayores que tramiten su tarjeta de prepago.

Durante el primer recorrido, usuarios que viajan diariamente de Zinacantepec a Toluca dijeron que el trayecto, que en autobús podía tardar más de una hora, se redujo a unos 40 minutos gracias al carril confinado. "Lo importante es que no lo dejen de mantener", comentó Alondra Sánchez, estudiante de enfermería.

Transportistas de las rutas concesionadas que cubren el mismo corredor se manifestaron frente a la terminal para exigir que se les permita operar como rutas alimentadoras. Las autoridades estatales les ofrecieron una mesa de diálogo la próxima semana.

Según el gobierno estatal, la línea podría trasladar a unos 30 mil pasajeros al día cuando funcione a toda su capacidad, y en 2023 se analizará una segunda ruta hacia Metepec.
"""
write_source('cf20.md', cf20, bom=True)
write_gold('cf20', family='jekyll',
           title='Toluca estrena ruta de trolebús hacia Zinacantepec',
           date='2022-10-05', bylines=['Daniela Becerril Colín'], source='Crónica del Nevado',
           section='Movilidad', placement=['Destacadas'],
           body_first_words='La primera ruta de trolebús del Valle de Toluca',
           body_last_words='se analizará una segunda ruta hacia Metepec.',
           must_keep=['La tarifa será de 10 pesos, con descuento para estudiantes y personas adultas mayores que tramiten su tarjeta de prepago.',
                      '"Lo importante es que no lo dejen de mantener", comentó Alondra Sánchez, estudiante de enfermería.',
                      'Las autoridades estatales les ofrecieron una mesa de diálogo la próxima semana.'])
