#!/usr/bin/env python3
"""importer-bi, files 01-10."""
import io
import zipfile
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bi01 wire (community radio web copy, Oax.)
bi01 = """La Voz de la Mixteca Alta · Radio comunitaria · 94.3 FM · Tlaxiaco, Oax.

CAPTAN AGUA DE LLUVIA EN 120 CISTERNAS COMUNITARIAS DE LA MIXTECA ALTA

Escrito por Teodora Santiago Cruz  
Categoría: Comunidad  
Publicado: Martes, 14 Agosto 2012 12:40  
Visto: 312  

[Imprimir] [Correo electrónico]

En 14 comunidades de los alrededores de Tlaxiaco, familias y comités de agua terminaron de construir 120 cisternas de ferrocemento que almacenan el agua de lluvia que escurre de los techos, una obra que les permitirá pasar la temporada de secas sin depender de las pipas que suben desde la ciudad.

Cada cisterna tiene capacidad para 16 mil litros y costó alrededor de 9 mil pesos en materiales. La mano de obra la pusieron las propias familias mediante el tequio, el trabajo comunitario que cada ciudadano debe a su pueblo. Escucha La Voz de la Mixteca Alta en el 94.3 FM y en línea las 24 horas.

Doña Macaria López, del comité de agua de una agencia municipal de San Juan Ñumí, contó en nuestra cabina que antes las mujeres caminaban hasta una hora para llenar dos cántaros en el manantial. “Ahora el agua está junto a la cocina, y las niñas ya no faltan a la escuela por ir a acarrearla”, dijo.

El proyecto lo acompañó una organización civil que enseñó a los comités a limpiar los techos y a colocar filtros de arena y grava antes de que el agua entre al depósito. Los técnicos recomendaron hervir o clorar el agua antes de beberla.

Las autoridades agrarias de otras seis comunidades ya pidieron sumarse el próximo año. Los comités calculan que con 200 cisternas más quedaría cubierta la mitad de las familias de la región que no tienen red de agua potable.

Compartir: Facebook | Twitter | WhatsApp

Etiquetas: agua, Tlaxiaco, cisternas

< Anterior   Siguiente >
"""
write_source('bi01.md', bi01)
write_gold('bi01', family='wire',
           title='CAPTAN AGUA DE LLUVIA EN 120 CISTERNAS COMUNITARIAS DE LA MIXTECA ALTA',
           date='2012-08-14', bylines=['Teodora Santiago Cruz'],
           source='La Voz de la Mixteca Alta', section='Comunidad',
           body_first_words='En 14 comunidades de los alrededores de Tlaxiaco',
           body_last_words='de la región que no tienen red de agua potable.',
           boilerplate=['Radio comunitaria · 94.3 FM · Tlaxiaco, Oax.', 'Visto: 312', '[Imprimir] [Correo electrónico]',
                        'Escucha La Voz de la Mixteca Alta en el 94.3 FM y en línea las 24 horas.',
                        'Compartir: Facebook | Twitter | WhatsApp',
                        'Etiquetas: agua, Tlaxiaco, cisternas', '< Anterior', 'Siguiente >'],
           must_keep=['La mano de obra la pusieron las propias familias mediante el tequio, el trabajo comunitario que cada ciudadano debe a su pueblo.',
                      '“Ahora el agua está junto a la cocina, y las niñas ya no faltan a la escuela por ir a acarrearla”, dijo.',
                      'Los técnicos recomendaron hervir o clorar el agua antes de beberla.'])

# ---------------------------------------------------------------- bi02 press (Oaxaca state culture office, long header)
bi02 = """GOBIERNO DEL ESTADO DE OAXACA
SECRETARÍA DE LAS CULTURAS Y ARTES DE OAXACA
Coordinación de Comunicación Social
Dirección de Información y Prensa

BOLETÍN No. 0917
FECHA: 24/07/2018
HORA: 19:40 hrs.
PARA SU PUBLICACIÓN INMEDIATA

Oaxaca de Juárez, Oax. 24 de julio de 2018

Delegaciones de las ocho regiones ensayan en el Cerro del Fortín para los Lunes del Cerro

Las 52 delegaciones que participarán este año en la Guelaguetza realizaron su último ensayo general en el auditorio del Cerro del Fortín, a seis días de la primera presentación, programada para el lunes 30 de julio, y a trece de la segunda, el lunes 6 de agosto.

El ensayo comenzó a las nueve de la mañana y terminó pasadas las cuatro de la tarde. Cada delegación contó con 12 minutos en el escenario para ajustar entradas, salidas y el reparto de la guelaguetza, los productos que las comunidades regalan al público al final de su participación.

El comité de autenticidad, integrado por investigadores, maestros de danza y autoridades comunitarias, revisó por última vez la indumentaria y la música. Desde el pasado 15 de julio, el comité visitó a las delegaciones de la Costa, la Mixteca y la Cuenca del Papaloapan para verificar que los trajes correspondieran a los que se usan en las fiestas de cada pueblo.

La dependencia informó que las boletas gratuitas para los palcos C y D se entregarán el domingo 29 de julio a partir de las seis de la mañana en la explanada del Jardín El Pañuelito, con un máximo de dos por persona. Los boletos de los palcos A y B se venden desde junio por internet.

Protección Civil estatal recomendó a los asistentes llevar sombrero, bloqueador y agua, y llegar con tiempo, pues los accesos al auditorio se cerrarán media hora antes del inicio de cada función.

--o0o--

Contacto para medios: Rubén Jarquín Olivera
Tel. 951 555 0184 · prensa@culturas-oax.example.mx
"""
write_source('bi02.txt', bi02, eol='crlf')
write_gold('bi02', family='press_release',
           title='Delegaciones de las ocho regiones ensayan en el Cerro del Fortín para los Lunes del Cerro',
           date='2018-07-24', source='SECRETARÍA DE LAS CULTURAS Y ARTES DE OAXACA',
           bulletin_number='0917', issuer='SECRETARÍA DE LAS CULTURAS Y ARTES DE OAXACA',
           dateline_city='Oaxaca de Juárez',
           body_first_words='Las 52 delegaciones que participarán este año en la Guelaguetza',
           body_last_words='media hora antes del inicio de cada función.',
           boilerplate=['GOBIERNO DEL ESTADO DE OAXACA', 'Coordinación de Comunicación Social',
                        'Dirección de Información y Prensa', 'BOLETÍN No. 0917', 'FECHA: 24/07/2018',
                        'HORA: 19:40 hrs.', 'PARA SU PUBLICACIÓN INMEDIATA',
                        'Oaxaca de Juárez, Oax. 24 de julio de 2018', '--o0o--',
                        'Contacto para medios: Rubén Jarquín Olivera',
                        'Tel. 951 555 0184 · prensa@culturas-oax.example.mx'],
           must_keep=['Desde el pasado 15 de julio, el comité visitó a las delegaciones de la Costa, la Mixteca y la Cuenca del Papaloapan para verificar que los trajes correspondieran a los que se usan en las fiestas de cada pueblo.',
                      'Los boletos de los palcos A y B se venden desde junio por internet.',
                      'Cada delegación contó con 12 minutos en el escenario para ajustar entradas, salidas y el reparto de la guelaguetza, los productos que las comunidades regalan al público al final de su participación.'])

# ---------------------------------------------------------------- bi03 wire (national agency, resold; Oax.)
bi03 = """AGENCIA NACIONAL DE INFORMACIÓN PERIODÍSTICA (ANIP)
Servicio: ESTADOS    Clave: OAX-0412    Fecha: 06-05-2009    Hora: 18:22    2a. versión

Mezcaleros de Santiago Matatlán venden 30% más al extranjero pese a la crisis

Por Martín Leyva Cárdenas, corresponsal

SANTIAGO MATATLÁN, Oax., 6 de mayo (ANIP).- Los productores de mezcal de este municipio de los Valles Centrales, que se presenta como la capital mundial de la bebida, aumentaron 30 por ciento sus ventas al extranjero en el primer cuatrimestre del año, pese a la caída del consumo en el mercado nacional.

Según el consejo regional de productores, entre enero y abril salieron hacia Estados Unidos, España y Japón cerca de 410 mil litros, la mayor parte envasados por pequeñas marcas familiares que hace cinco años sólo vendían a granel a las grandes embotelladoras.

Abel Hernández Sosa, maestro mezcalero de tercera generación, explicó que los compradores extranjeros buscan mezcales de agave silvestre como el tobalá y el tepeztate, que se pagan hasta tres veces más que el espadín. "Antes nos pedían volumen; ahora nos piden la historia de cada palenque", dijo.

El crecimiento, sin embargo, presiona a los magueyes silvestres de la sierra, que tardan hasta 15 años en madurar. Varias comunidades ya establecieron viveros y acuerdos para no cortar plantas que no hayan soltado semilla.

Los productores advirtieron también que el cierre de restaurantes en la capital del país por la emergencia sanitaria de estas semanas frenó los pedidos nacionales, por lo que pidieron al gobierno estatal apoyos para asistir a ferias internacionales en el segundo semestre.

ANIP/MLC/rgm/18:22
Servicio exclusivo para suscriptores de ANIP. Prohibida su reproducción total o parcial sin autorización.
"""
write_source('bi03.txt', bi03, enc='cp1252', eol='crlf')
write_gold('bi03', family='wire',
           title='Mezcaleros de Santiago Matatlán venden 30% más al extranjero pese a la crisis',
           date='2009-05-06', bylines=['Martín Leyva Cárdenas'],
           source='Agencia Nacional de Información Periodística', section='ESTADOS',
           body_first_words='Los productores de mezcal de este municipio de los Valles Centrales',
           body_last_words='para asistir a ferias internacionales en el segundo semestre.',
           boilerplate=['Clave: OAX-0412', '2a. versión', 'SANTIAGO MATATLÁN, Oax., 6 de mayo (ANIP).-',
                        'ANIP/MLC/rgm/18:22',
                        'Servicio exclusivo para suscriptores de ANIP. Prohibida su reproducción total o parcial sin autorización.'],
           must_keep=['"Antes nos pedían volumen; ahora nos piden la historia de cada palenque", dijo.',
                      'Varias comunidades ya establecieron viveros y acuerdos para no cortar plantas que no hayan soltado semilla.',
                      'la mayor parte envasados por pequeñas marcas familiares que hace cinco años sólo vendían a granel a las grandes embotelladoras.'])

# ---------------------------------------------------------------- bi04 jekyll (community radio site, author as a mapping)
bi04 = """---
layout: post
title: "Parteras de la Costa Chica reciben certificación y atenderán en su lengua"
date: 2016-11-02 21:45:00 -0600
author:
  name: Guadalupe Añorve Salinas
  twitter: lupeanorve_ej
  avatar: /assets/img/locutores/lupe.jpg
categories: [Salud]
tags: [parteras, Ometepec, amuzgo, mixteco]
image: /assets/img/2016/11/parteras.jpg
radio_site: La Voz de la Costa Chica 97.1 FM
comments: true
---

Treinta y dos parteras tradicionales de Ometepec, Xochistlahuaca y Tlacoachistlahuaca recibieron este miércoles la constancia que las acredita para acompañar partos en coordinación con los centros de salud de la región, luego de un curso de seis meses impartido en amuzgo, mixteco y español.

La mayoría de ellas aprendió el oficio de sus madres o abuelas y atiende desde hace décadas a mujeres que viven a varias horas del hospital más cercano. Con la constancia podrán referir a las embarazadas con señales de riesgo y recibir material de curación, guantes y básculas.

Durante la ceremonia, doña Cirila Morales, partera amuzga de 71 años, habló en su lengua y después pidió a una de sus nietas que tradujera. Dijo que en su vida ha recibido más de 400 niños y que lo que más le preocupa es que las jóvenes ya no quieran aprender.

Los médicos que coordinaron el curso explicaron que la idea no es sustituir a las parteras, sino trabajar con ellas. En las comunidades donde ya existe ese acuerdo, las mujeres llegan antes al hospital cuando hay complicaciones, porque es la partera quien las acompaña y habla con el personal.

Las parteras pidieron que el próximo curso incluya a las comunidades afromexicanas de la costa, donde también hay mujeres que reciben niños, y que las constancias se renueven sin que tengan que viajar hasta Chilpancingo.

Este programa se transmitió en vivo por nuestra frecuencia; la entrevista completa con doña Cirila se repetirá el sábado.
"""
write_source('bi04.md', bi04)
write_gold('bi04', family='jekyll',
           title='Parteras de la Costa Chica reciben certificación y atenderán en su lengua',
           date='2016-11-02', bylines=['Guadalupe Añorve Salinas'],
           source='La Voz de la Costa Chica 97.1 FM', section='Salud',
           body_first_words='Treinta y dos parteras tradicionales de Ometepec',
           body_last_words='la entrevista completa con doña Cirila se repetirá el sábado.',
           must_keep=['Con la constancia podrán referir a las embarazadas con señales de riesgo y recibir material de curación, guantes y básculas.',
                      'Los médicos que coordinaron el curso explicaron que la idea no es sustituir a las parteras, sino trabajar con ellas.',
                      'Dijo que en su vida ha recibido más de 400 niños y que lo que más le preocupa es que las jóvenes ya no quieran aprender.'])

# ---------------------------------------------------------------- bi05 generic (Google Docs export to Markdown, table)
bi05 = """**Calendario de la milpa en la Sierra Sur: lo que cuentan los abuelos de San Agustín Loxicha**

Este documento reúne lo que platicaron seis campesinos mayores durante el taller de memoria comunitaria que se hizo en la agencia de La Soledad, en la **Sierra Sur **de Oaxaca, entre marzo y mayo\\. Lo transcribimos tal como lo contaron, para que sirva a las escuelas y a quien quiera sembrar como antes\\.

La milpa no es sólo el maíz\\. Junto con él se siembran el frijol de enredadera, la calabaza y el chile, y en las orillas crecen quelites que nadie sembró pero que todos cuidan\\. Los abuelos insisten en que una milpa limpia de hierbas es una milpa pobre\\.

El año de trabajo empieza antes de las lluvias\\. Quien se atrasa en la **ro**za ya no alcanza a quemar a tiempo y la semilla se queda esperando\\. Este es el orden que nos dieron:

| Mes | Trabajo en la milpa |
| :---- | :---- |
| Marzo | Roza y limpia del terreno |
| Abril | Quema controlada y cercado |
| Junio | Siembra con las primeras lluvias |
| Julio | Primera limpia y arrimo de tierra |
| Septiembre | Elotes y fiesta de la cosecha |
| Noviembre | Doblada y pizca del maíz seco |

Don Ezequiel, el mayor del grupo, recordó que la siembra no se hace en cualquier día\\. Se espera a que la luna esté llena o menguante, porque en luna nueva la planta sale débil y se la comen los animales\\. Otros dijeron que eso ya no se respeta tanto, porque ahora se siembra cuando hay tiempo libre del trabajo en el café\\.

También hablaron de la semilla\\. Cada familia guarda la suya colgada en la cocina, donde el humo del fogón la protege del gorgojo\\. Cuando una cosecha se pierde, la semilla se pide prestada a los vecinos y se devuelve doble al año siguiente\\.

Al final del taller acordamos sembrar una parcela demostrativa junto a la escuela primaria, con maíz criollo de tres colores, para que los niños aprendan el calendario haciendo el trabajo\\.
"""
write_source('bi05.md', bi05)
write_gold('bi05', family='generic',
           title='Calendario de la milpa en la Sierra Sur: lo que cuentan los abuelos de San Agustín Loxicha',
           body_first_words='Este documento reúne lo que platicaron seis campesinos mayores',
           body_last_words='para que los niños aprendan el calendario haciendo el trabajo.',
           must_keep=['Los abuelos insisten en que una milpa limpia de hierbas es una milpa pobre.',
                      'Cada familia guarda la suya colgada en la cocina, donde el humo del fogón la protege del gorgojo.',
                      'Cuando una cosecha se pierde, la semilla se pide prestada a los vecinos y se devuelve doble al año siguiente.'])

# ---------------------------------------------------------------- bi06 press (municipality, Chis.; slogan, period, two dates)
bi06 = """H. AYUNTAMIENTO CONSTITUCIONAL DE SAN CRISTÓBAL DE LAS CASAS, CHIAPAS
ADMINISTRACIÓN 2018-2021
"Juntos construimos el San Cristóbal que queremos"
COORDINACIÓN DE COMUNICACIÓN SOCIAL

COMUNICADO CS/SCLC/0388/19

San Cristóbal de Las Casas, Chiapas; 4 de marzo de 2019.

REUBICAN A 230 COMERCIANTES DEL ENTORNO DEL MERCADO JOSÉ CASTILLO TIELEMANS

Después de tres meses de diálogo, el Ayuntamiento y las organizaciones de comerciantes que ocupaban las banquetas de las calles cercanas al mercado José Castillo Tielemans acordaron la reubicación de 230 puestos en una nave provisional ubicada a dos cuadras, en terrenos del antiguo rastro municipal.

La nave cuenta con techumbre, sanitarios, tomas de agua y un pasillo central de tres metros que permitirá el paso de ambulancias y de camiones de bomberos. Cada comerciante recibió un espacio de dos por dos metros, asignado por sorteo ante las mesas directivas de las organizaciones.

La mayoría de las vendedoras y vendedores proviene de Chamula, Zinacantán, Tenejapa y Huixtán, y ofrece verduras, flores y tortillas hechas a mano. Por ello, los avisos del nuevo espacio se colocaron en español, tsotsil y tseltal, y el personal de inspección que atenderá la nave habla alguna de esas lenguas.

El Ayuntamiento informó que el acuerdo es temporal mientras se concluye la remodelación del mercado, prevista para el segundo semestre del año, y que las cuotas de piso se mantendrán sin aumento durante 2019.

Con esta medida se liberan las banquetas de las calles aledañas, donde en los últimos años se registraron atropellamientos y dos incendios de puestos semifijos.

---o0o---

Elaborado: Unidad de Prensa | Revisado: 03/03/2019
Tel. 967 555 0131 · prensa@sancristobal-ayto.example.mx
"""
write_source('bi06.md', bi06)
write_gold('bi06', family='press_release',
           title='REUBICAN A 230 COMERCIANTES DEL ENTORNO DEL MERCADO JOSÉ CASTILLO TIELEMANS',
           date='2019-03-04',
           source='H. AYUNTAMIENTO CONSTITUCIONAL DE SAN CRISTÓBAL DE LAS CASAS, CHIAPAS',
           bulletin_number='CS/SCLC/0388/19',
           issuer='H. AYUNTAMIENTO CONSTITUCIONAL DE SAN CRISTÓBAL DE LAS CASAS, CHIAPAS',
           dateline_city='San Cristóbal de Las Casas',
           body_first_words='Después de tres meses de diálogo, el Ayuntamiento',
           body_last_words='se registraron atropellamientos y dos incendios de puestos semifijos.',
           boilerplate=['ADMINISTRACIÓN 2018-2021', 'Juntos construimos el San Cristóbal que queremos',
                        'COORDINACIÓN DE COMUNICACIÓN SOCIAL', 'COMUNICADO CS/SCLC/0388/19',
                        'San Cristóbal de Las Casas, Chiapas; 4 de marzo de 2019.', '---o0o---',
                        'Elaborado: Unidad de Prensa | Revisado: 03/03/2019',
                        'Tel. 967 555 0131 · prensa@sancristobal-ayto.example.mx'],
           must_keep=['Por ello, los avisos del nuevo espacio se colocaron en español, tsotsil y tseltal, y el personal de inspección que atenderá la nave habla alguna de esas lenguas.',
                      'Cada comerciante recibió un espacio de dos por dos metros, asignado por sorteo ante las mesas directivas de las organizaciones.',
                      'y que las cuotas de piso se mantendrán sin aumento durante 2019.'])

# ---------------------------------------------------------------- bi07 wire (WhatsApp broadcast list, exported chat, Gro.)
P = '22/03/21 7:05 - Costa Grande Noticias: '
bi07 = ('22/03/21 7:04 - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.\n'
        + P + '*🔴 Pescadores de Zihuatanejo denuncian que el dragado del muelle ahuyentó al huachinango*\n'
        + P + '_Texto: Rogelio Bustos Maganda_\n'
        + '22/03/21 7:06 - Costa Grande Noticias: \u200e<Multimedia omitido>\n'
        + '22/03/21 7:06 - Costa Grande Noticias: ZIHUATANEJO, Gro.— Medio centenar de pescadores de la cooperativa que trabaja frente a la playa Principal protestó este lunes en el muelle municipal para exigir que se suspendan los trabajos de dragado de la bahía, que según ellos enturbiaron el agua y alejaron a los cardúmenes de huachinango y pargo.\n'
        + '\n'
        + 'Los pescadores aseguran que desde que comenzaron las obras, hace tres semanas, la captura diaria bajó de unos 80 kilos por lancha a menos de 20. "Salimos a las cuatro de la mañana y regresamos con la hielera vacía", dijo uno de los líderes de la cooperativa.\n'
        + '\n'
        + 'La empresa contratista informó que la arena se deposita a dos millas de la costa y que el proyecto cuenta con autorización ambiental. La obra busca dar mayor profundidad a la dársena para que atraquen embarcaciones turísticas de mayor calado.\n'
        + '\n'
        + 'Los inconformes pidieron que un laboratorio independiente mida la turbidez del agua y que se les compense por los días perdidos. Mientras tanto, varias lanchas se trasladaron a pescar frente a Barra de Potosí, a más de una hora de navegación.\n'
        + '\n'
        + 'Autoridades del ayuntamiento se comprometieron a instalar una mesa de diálogo el jueves con la empresa, la capitanía de puerto y representantes de las cooperativas de la bahía.\n'
        + '22/03/21 7:07 - Costa Grande Noticias: 📲 Comparte esta información. Si ya no deseas recibir nuestras noticias, responde BAJA.\n')
write_source('bi07.txt', bi07)
write_gold('bi07', family='wire',
           title='Pescadores de Zihuatanejo denuncian que el dragado del muelle ahuyentó al huachinango',
           date='2021-03-22', bylines=['Rogelio Bustos Maganda'], source='Costa Grande Noticias',
           body_first_words='Medio centenar de pescadores de la cooperativa',
           body_last_words='representantes de las cooperativas de la bahía.',
           boilerplate=['Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        '22/03/21 7:05 - Costa Grande Noticias:', '22/03/21 7:06 - Costa Grande Noticias:',
                        '<Multimedia omitido>',
                        'Texto: Rogelio Bustos Maganda', 'ZIHUATANEJO, Gro.—',
                        'Comparte esta información. Si ya no deseas recibir nuestras noticias, responde BAJA.'],
           must_keep=['"Salimos a las cuatro de la mañana y regresamos con la hielera vacía", dijo uno de los líderes de la cooperativa.',
                      'La obra busca dar mayor profundidad a la dársena para que atraquen embarcaciones turísticas de mayor calado.',
                      'Mientras tanto, varias lanchas se trasladaron a pescar frente a Barra de Potosí, a más de una hora de navegación.'])

# ---------------------------------------------------------------- bi08 bad (a Word .docx saved as .txt)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, body in [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>BOLETÍN 211/2015 Villahermosa, Tabasco. Concluye la limpieza de drenes en la colonia Gaviotas Sur.</w:t></w:r></w:p></w:body></w:document>'),
    ]:
        zi = zipfile.ZipInfo(name, date_time=(2015, 9, 2, 10, 14, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, body)
write_source('bi08.txt', raw=buf.getvalue())
write_gold('bi08', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, binario comprimido) guardado con extensión .txt; no es texto legible.')

# ---------------------------------------------------------------- bi09 jekyll (categories as a space-separated string)
bi09 = """---
layout: nota
title: "Juchitán reabre su mercado a cuatro años del sismo"
date: "2021-09-07"
author: "Por Joaquín Ruiz Mendoza"
categories: Portada Istmo
tags:
  - sismo
  - reconstrucción
  - mercado
medio: Crónica del Istmo
imagen: /img/2021/mercado-juchitan.jpg
---

Las vendedoras de Juchitán de Zaragoza regresaron este martes al mercado municipal, reconstruido después de que el terremoto del 7 de septiembre de 2017 dejara inservible el edificio. La reapertura coincidió con el cuarto aniversario del sismo, que en la ciudad derribó o dañó miles de viviendas.

Durante cuatro años, cerca de 800 comerciantes vendieron en puestos improvisados sobre las calles del centro, bajo lonas que apenas las protegían del sol y de las lluvias. Muchas de ellas, vendedoras de totopos, pescado seco, flores y quesos, pasaron ahí las temporadas de calor más duras que recuerdan.

El nuevo edificio tiene estructura de concreto y acero, más ventilación y pasillos amplios, y conserva los arcos del portal que mira hacia el palacio municipal. La distribución de los locales respetó los lugares que cada familia ocupaba antes del terremoto, después de largas asambleas entre las organizaciones del mercado.

Algunas comerciantes señalaron que los locales del segundo piso son más calurosos y que las escaleras son difíciles para las vendedoras mayores. Las autoridades municipales respondieron que se instalarán ventiladores y que se estudia un elevador de carga.

La ceremonia terminó con una calenda por las calles del centro, con banda de música y mujeres vestidas con el traje de gala de la región, como se acostumbra en las fiestas de Juchitán.
"""
write_source('bi09.md', bi09)
write_gold('bi09', family='jekyll',
           title='Juchitán reabre su mercado a cuatro años del sismo',
           date='2021-09-07', bylines=['Joaquín Ruiz Mendoza'], source='Crónica del Istmo',
           section='Istmo', placement=['Portada'],
           body_first_words='Las vendedoras de Juchitán de Zaragoza regresaron este martes',
           body_last_words='como se acostumbra en las fiestas de Juchitán.',
           must_keep=['La reapertura coincidió con el cuarto aniversario del sismo, que en la ciudad derribó o dañó miles de viviendas.',
                      'La distribución de los locales respetó los lugares que cada familia ocupaba antes del terremoto, después de largas asambleas entre las organizaciones del mercado.',
                      'Las autoridades municipales respondieron que se instalarán ventiladores y que se estudia un elevador de carga.'])

# ---------------------------------------------------------------- bi10 press (bilingual bulletin, Nahuatl and Spanish, Gro.)
bi10 = """INSTITUTO NACIONAL DE LOS PUEBLOS INDÍGENAS
Oficina de Representación en Guerrero
Boletín bilingüe náhuatl – español
BOL-INPI-GRO/027/2023

Chilapa de Álvarez, Guerrero, a 11 de septiembre de 2023.

Nawatlahtoanih tlakawaltiskeh ipan pahtikalli iwan tlatzontekiloyan
Capacitan a 45 intérpretes nahuas para hospitales y juzgados de la Montaña y el Centro

Cuarenta y cinco hablantes de náhuatl de los municipios de Chilapa, Zitlala, Ahuacuotzingo y Copanatoyac concluyeron este lunes un curso de interpretación para acompañar a personas indígenas en hospitales, agencias del Ministerio Público y juzgados de la región.

Durante diez semanas, los participantes estudiaron vocabulario médico y jurídico, ética de la interpretación y derechos lingüísticos. Las prácticas se realizaron en el hospital general de Chilapa y en una sala de audiencias, con casos simulados preparados por médicos, defensores públicos y jueces.

La Oficina de Representación explicó que en la región muchas personas que sólo hablan náhuatl firman documentos que no entienden o reciben diagnósticos que no pueden preguntar. La ley reconoce su derecho a ser asistidas por intérpretes que conozcan su lengua y su cultura, pero en los hospitales y juzgados de la zona casi no hay personal que pueda hacerlo.

Las y los intérpretes formarán un padrón que se compartirá con las instituciones de salud y de justicia del estado. Para la segunda generación del curso, prevista para 2024, se incluirán hablantes de tlapaneco y mixteco de la Montaña.

Versión en náhuatl:

Ipan Chilapa, 45 tlakah tlen kitlahtoah nawatl tlamikeh se tlamachtilli. Axkan welis tlakawaltiskeh ipan pahtikalli iwan ipan tlatzontekiloyan, pampa moneki ma kikakikan tlen kiihtowah pahtianih iwan tlatzontekinih. Tlaskamati.

-oOo-

Departamento de Comunicación Social
comunicacion.gro@inpi-gro.example.mx · 747 555 0162
"""
write_source('bi10.txt', bi10)
write_gold('bi10', family='press_release',
           title='Capacitan a 45 intérpretes nahuas para hospitales y juzgados de la Montaña y el Centro',
           date='2023-09-11', source='INSTITUTO NACIONAL DE LOS PUEBLOS INDÍGENAS',
           bulletin_number='BOL-INPI-GRO/027/2023', issuer='INSTITUTO NACIONAL DE LOS PUEBLOS INDÍGENAS',
           dateline_city='Chilapa de Álvarez',
           body_first_words='Cuarenta y cinco hablantes de náhuatl de los municipios',
           body_last_words='kiihtowah pahtianih iwan tlatzontekinih. Tlaskamati.',
           boilerplate=['Oficina de Representación en Guerrero', 'Boletín bilingüe náhuatl – español',
                        'BOL-INPI-GRO/027/2023', 'Chilapa de Álvarez, Guerrero, a 11 de septiembre de 2023.',
                        '-oOo-', 'Departamento de Comunicación Social',
                        'comunicacion.gro@inpi-gro.example.mx · 747 555 0162'],
           must_keep=['La ley reconoce su derecho a ser asistidas por intérpretes que conozcan su lengua y su cultura, pero en los hospitales y juzgados de la zona casi no hay personal que pueda hacerlo.',
                      'Para la segunda generación del curso, prevista para 2024, se incluirán hablantes de tlapaneco y mixteco de la Montaña.',
                      'Ipan Chilapa, 45 tlakah tlen kitlahtoah nawatl tlamikeh se tlamachtilli.'])
