#!/usr/bin/env python3
"""importer-bw, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bw11 press (municipality, Pátzcuaro, Mich.)
bw11 = """H. AYUNTAMIENTO DE PÁTZCUARO
Administración 2021-2024
Dirección de Comunicación Social
Comunicado 071/2023

Pátzcuaro espera 150 mil visitantes en la Noche de Muertos; habrá operativo en la ribera del lago

Pátzcuaro, Mich., 30 de octubre de 2023.— El Gobierno Municipal de Pátzcuaro prevé la llegada de alrededor de 150 mil visitantes entre el 31 de octubre y el 2 de noviembre, por lo que desplegará un operativo de seguridad, vialidad y protección civil en el centro histórico, en el embarcadero y en las comunidades ribereñas del lago.

Participarán 420 elementos de las corporaciones municipales, estatales y federales, además de 90 voluntarios que orientarán a los turistas en los módulos de información instalados en la Plaza Vasco de Quiroga, la Plaza Gertrudis Bocanegra y el muelle general.

Para evitar congestionamientos, el acceso de vehículos al centro quedará restringido a partir de las 16:00 horas del 1 de noviembre. Los visitantes podrán dejar su auto en los estacionamientos habilitados en la salida a Morelia y en la Central Camionera, desde donde saldrán camiones gratuitos cada diez minutos.

El traslado en lancha a la isla de Janitzio tendrá una tarifa oficial de 80 pesos por persona en viaje redondo, y la Capitanía del embarcadero vigilará que ninguna embarcación supere su cupo. Se pidió a los visitantes usar chaleco salvavidas durante todo el trayecto.

El presidente municipal recordó que la velación en los panteones de Tzurumútaro, Ihuatzio y Janitzio es una tradición de las familias purépechas y pidió a los turistas guardar respeto, no usar flash y no ingresar a las tumbas.

-oOo-

Síguenos: Facebook /PatzcuaroGobiernoEj · Instagram @patzcuaro_gob_ej
"""
write_source('bw11.txt', bw11, bom=True, eol='crlf')
write_gold('bw11', family='press_release',
           title='Pátzcuaro espera 150 mil visitantes en la Noche de Muertos; habrá operativo en la ribera del lago',
           date='2023-10-30', source='H. AYUNTAMIENTO DE PÁTZCUARO',
           bulletin_number='071/2023', issuer='H. AYUNTAMIENTO DE PÁTZCUARO',
           dateline_city='Pátzcuaro',
           body_first_words='El Gobierno Municipal de Pátzcuaro prevé la llegada de alrededor de 150 mil visitantes',
           body_last_words='no usar flash y no ingresar a las tumbas.',
           boilerplate=['Administración 2021-2024', 'Dirección de Comunicación Social',
                        'Comunicado 071/2023', 'Pátzcuaro, Mich., 30 de octubre de 2023.—', '-oOo-',
                        'Síguenos: Facebook /PatzcuaroGobiernoEj · Instagram @patzcuaro_gob_ej'],
           must_keep=['Para evitar congestionamientos, el acceso de vehículos al centro quedará restringido a partir de las 16:00 horas del 1 de noviembre.',
                      'Se pidió a los visitantes usar chaleco salvavidas durante todo el trayecto.',
                      'Participarán 420 elementos de las corporaciones municipales, estatales y federales, además de 90 voluntarios que orientarán a los turistas en los módulos de información instalados en la Plaza Vasco de Quiroga, la Plaza Gertrudis Bocanegra y el muelle general.'])

# ---------------------------------------------------------------- bw12 press (state agricultural office, PDF-to-text, Ags.)
bw12 = """                      Secretaría de Desarrollo Rural y Agroempresarial
                          Gobierno del Estado de Aguascalientes
                                   Boletín No. 214/2018

Aguascalientes, Ags., 19 de junio de 2018

     Entregan 1,200 toneladas de semilla de avena forrajera a ganaderos del norte del estado

La Secretaría de Desarrollo Rural y Agroempresarial (Sedrae) inició la entrega de 1,200 toneladas
de semilla de avena forrajera a productores pecuarios de los municipios de Cosío, Tepezalá, Rin-
cón de Romos, San José de Gracia y Pabellón de Arteaga, con el fin de que puedan sembrar sus
parcelas de temporal en cuanto se establezcan las lluvias.

La semilla se entrega con un subsidio de 50 por ciento de su costo y beneficiará a cerca de 2 mil
400 productores, que en conjunto sembrarán unas 12 mil hectáreas. Cada productor podrá recibir
hasta diez bultos, previa presentación de su registro en el padrón ganadero estatal.

El titular de la dependencia, Federico Lomelí Vargas, explicó que el forraje de avena es la prin-
cipal reserva de alimento para el ganado lechero durante el invierno, cuando los agostaderos se

   Av. de la Convención de 1914 s/n · Tel. 449 555 0110 · sedrae-ags.example.mx        Página 1 de 2
\f                      Secretaría de Desarrollo Rural y Agroempresarial

secan. “Un productor que llega a diciembre con el silo lleno no tiene que malbaratar sus vacas”,
comentó durante la entrega realizada en el centro de acopio de Pabellón de Arteaga.

La Sedrae informó que la distribución se realizará durante tres semanas en los centros de acopio
de cada municipio, conforme a un calendario que se publicará en las presidencias municipales, y
pidió a los ganaderos no vender la semilla a terceros, ya que los beneficiarios serán verificados
en campo por el personal técnico de la dependencia.

- - -

   Av. de la Convención de 1914 s/n · Tel. 449 555 0110 · sedrae-ags.example.mx        Página 2 de 2
"""
write_source('bw12.txt', bw12)
write_gold('bw12', family='press_release',
           title='Entregan 1,200 toneladas de semilla de avena forrajera a ganaderos del norte del estado',
           date='2018-06-19', source='Secretaría de Desarrollo Rural y Agroempresarial',
           bulletin_number='214/2018', issuer='Secretaría de Desarrollo Rural y Agroempresarial',
           dateline_city='Aguascalientes',
           body_first_words='La Secretaría de Desarrollo Rural y Agroempresarial (Sedrae) inició la entrega',
           body_last_words='por el personal técnico de la dependencia.',
           boilerplate=['Gobierno del Estado de Aguascalientes', 'Boletín No. 214/2018',
                        'Aguascalientes, Ags., 19 de junio de 2018',
                        'Av. de la Convención de 1914 s/n · Tel. 449 555 0110 · sedrae-ags.example.mx        Página 1 de 2',
                        'Av. de la Convención de 1914 s/n · Tel. 449 555 0110 · sedrae-ags.example.mx        Página 2 de 2',
                        '- - -'],
           must_keep=['de los municipios de Cosío, Tepezalá, Rincón de Romos, San José de Gracia y Pabellón de Arteaga',
                      'El titular de la dependencia, Federico Lomelí Vargas, explicó que el forraje de avena es la principal reserva de alimento para el ganado lechero durante el invierno, cuando los agostaderos se',
                      'Cada productor podrá recibir hasta diez bultos, previa presentación de su registro en el padrón ganadero estatal.',
                      '“Un productor que llega a diciembre con el silo lleno no tiene que malbaratar sus vacas”, comentó durante la entrega realizada en el centro de acopio de Pabellón de Arteaga.'])

# ---------------------------------------------------------------- bw13 press (state government press site, web copy, Mich.)
bw13 = """GOBIERNO DE MICHOACÁN
Sala de Prensa
Inicio » Boletines » Abren registro para reforestar la Meseta Purépecha con 2 millones de árboles

Boletín 3187

Abren registro para reforestar la Meseta Purépecha con 2 millones de árboles

14 de enero de 2020 | Coordinación General de Comunicación Social

Compartir: Facebook | Twitter | WhatsApp | Correo

Fotografía: Comunicación Social / Gobierno de Michoacán

Morelia, Michoacán, 14 de enero de 2020.- Comunidades indígenas, ejidos y pequeños propietarios de la Meseta Purépecha podrán inscribirse a partir de este martes en el programa estatal de reforestación, que este año contempla la plantación de 2 millones de árboles en zonas afectadas por incendios y por el cambio de uso de suelo.

La Comisión Forestal del Estado de Michoacán informó que los viveros de Uruapan, Pátzcuaro y Zacapu producen ya las plantas de pino, encino y oyamel que se entregarán a partir de junio, con la llegada de las lluvias.

Los interesados deberán presentar un croquis del predio, una identificación oficial y, en el caso de las comunidades, el acta de asamblea en la que se aprobó su participación. Las solicitudes se recibirán en las oficinas regionales de la Comisión hasta el 28 de febrero.

Además de la planta, el programa otorgará un apoyo económico por hectárea para el cercado y el mantenimiento durante los dos primeros años, que son los de mayor mortandad de los árboles jóvenes.

De acuerdo con la dependencia, en la región se perdieron en la última década miles de hectáreas de bosque, lo que ha reducido la recarga de los manantiales de los que dependen numerosas localidades de la meseta.

Noticias relacionadas
Inicia campaña de prevención de incendios forestales en el oriente del estado
Michoacán refuerza vigilancia en el santuario de la mariposa monarca
"""
write_source('bw13.txt', bw13, enc='cp1252', eol=('mixed', 12))
write_gold('bw13', family='press_release',
           title='Abren registro para reforestar la Meseta Purépecha con 2 millones de árboles',
           date='2020-01-14', source='GOBIERNO DE MICHOACÁN',
           bulletin_number='3187', issuer='GOBIERNO DE MICHOACÁN', dateline_city='Morelia',
           body_first_words='Comunidades indígenas, ejidos y pequeños propietarios de la Meseta Purépecha',
           body_last_words='de los que dependen numerosas localidades de la meseta.',
           boilerplate=['Sala de Prensa',
                        'Inicio » Boletines » Abren registro para reforestar la Meseta Purépecha con 2 millones de árboles',
                        'Boletín 3187', '14 de enero de 2020 | Coordinación General de Comunicación Social',
                        'Compartir: Facebook | Twitter | WhatsApp | Correo',
                        'Fotografía: Comunicación Social / Gobierno de Michoacán',
                        'Morelia, Michoacán, 14 de enero de 2020.-', 'Noticias relacionadas',
                        'Inicia campaña de prevención de incendios forestales en el oriente del estado',
                        'Michoacán refuerza vigilancia en el santuario de la mariposa monarca'],
           must_keep=['La Comisión Forestal del Estado de Michoacán informó que los viveros de Uruapan, Pátzcuaro y Zacapu producen ya las plantas de pino, encino y oyamel que se entregarán a partir de junio, con la llegada de las lluvias.',
                      'Las solicitudes se recibirán en las oficinas regionales de la Comisión hasta el 28 de febrero.',
                      'que son los de mayor mortandad de los árboles jóvenes.'],
           photo_credit='Comunicación Social / Gobierno de Michoacán')

# ---------------------------------------------------------------- bw14 press (public university, classic-Mac CR line ends, Qro.)
bw14 = """UNIVERSIDAD AUTÓNOMA DE QUERÉTARO
Dirección de Comunicación y Medios
Boletín 1102

Investigadores de la UAQ registran 23 especies de murciélagos en la Sierra Gorda

Santiago de Querétaro, Qro., 25 de abril de 2007.

Un equipo de la Facultad de Ciencias Naturales de la Universidad Autónoma de Querétaro (UAQ) registró 23 especies de murciélagos en cuevas y cañadas de los municipios de Jalpan de Serra, Landa de Matamoros y Pinal de Amoles, entre ellas tres que no se habían reportado antes para el estado.

El inventario es resultado de dos años de muestreos nocturnos con redes de niebla y grabadoras de ultrasonido, en los que participaron estudiantes de licenciatura y de posgrado. Los ejemplares capturados se midieron, se fotografiaron y se liberaron en el mismo sitio.

La responsable del proyecto, la bióloga Araceli Montoya Reséndiz, explicó que los murciélagos de la región se alimentan de insectos, de néctar y de frutos, por lo que cumplen funciones de control de plagas, polinización y dispersión de semillas. “Sin ellos no habría agave ni muchas de las frutas que se venden en los mercados de la sierra”, dijo.

Los investigadores advirtieron que algunas de las cuevas son visitadas por turistas que encienden fogatas o pintan las paredes, lo que ahuyenta a las colonias durante la temporada de crianza. Por ello, propusieron a la Reserva de la Biosfera señalizar los refugios más importantes y restringir el acceso entre mayo y agosto.

Los resultados se presentarán en el congreso nacional de mastozoología que se realizará en octubre.

-o0o-

“Educo en la verdad y en el honor”
Sala de prensa: 442 555 0290 · prensa@uaq-medios.example.mx
"""
write_source('bw14.txt', bw14, enc='cp1252', eol='cr')
write_gold('bw14', family='press_release',
           title='Investigadores de la UAQ registran 23 especies de murciélagos en la Sierra Gorda',
           date='2007-04-25', source='UNIVERSIDAD AUTÓNOMA DE QUERÉTARO',
           bulletin_number='1102', issuer='UNIVERSIDAD AUTÓNOMA DE QUERÉTARO',
           dateline_city='Santiago de Querétaro',
           body_first_words='Un equipo de la Facultad de Ciencias Naturales de la Universidad Autónoma de Querétaro',
           body_last_words='que se realizará en octubre.',
           boilerplate=['Dirección de Comunicación y Medios', 'Boletín 1102',
                        'Santiago de Querétaro, Qro., 25 de abril de 2007.', '-o0o-',
                        '“Educo en la verdad y en el honor”',
                        'Sala de prensa: 442 555 0290 · prensa@uaq-medios.example.mx'],
           must_keep=['Los ejemplares capturados se midieron, se fotografiaron y se liberaron en el mismo sitio.',
                      '“Sin ellos no habría agave ni muchas de las frutas que se venden en los mercados de la sierra”, dijo.',
                      'Por ello, propusieron a la Reserva de la Biosfera señalizar los refugios más importantes y restringir el acceso entre mayo y agosto.'])

# ---------------------------------------------------------------- bw15 press (state economic development office, number after title, Gto.)
bw15 = """SECRETARÍA DE DESARROLLO ECONÓMICO SUSTENTABLE\t
Dirección de Comunicación\t

Guanajuato Puerto Interior suma tres nuevas empresas de autopartes y 1,400 empleos
No. 318/2023

Silao de la Victoria, Gto., miércoles 3 de mayo de 2023.- Tres empresas fabricantes de autopartes de origen japonés, alemán y estadounidense anunciaron su instalación en Guanajuato Puerto Interior, con una inversión conjunta de 210 millones de dólares y la creación de mil 400 empleos directos en los próximos tres años.\t

Las nuevas plantas producirán sistemas de frenos, arneses eléctricos y componentes plásticos para armadoras instaladas en el Bajío y en el norte del país. Dos de ellas iniciarán la construcción de sus naves en junio y la tercera ocupará un edificio ya existente en la zona de logística.

La Secretaría de Desarrollo Económico Sustentable informó que, con estos anuncios, suman 19 proyectos de inversión concretados en el estado en lo que va del año. Los empleos que se generen requerirán principalmente técnicos en mantenimiento industrial, operadores de producción e ingenieros de calidad.

Durante la firma de los acuerdos, el titular de la dependencia destacó que la mayoría de las empresas que llegan al estado ya tienen proveedores en la región. “Guanajuato dejó de ser sólo un lugar para ensamblar; hoy aquí se diseña y se prueba”, afirmó.

Como parte de los compromisos, las empresas participarán en el modelo de formación dual con universidades tecnológicas y planteles de educación media superior de Silao, León e Irapuato, donde los estudiantes alternan clases y prácticas en planta.

-- FIN --

Dirección de Comunicación · SDES
comunicacion@sdes-gto.example.mx · 473 555 0166
"""
write_source('bw15.md', bw15)
write_gold('bw15', family='press_release',
           title='Guanajuato Puerto Interior suma tres nuevas empresas de autopartes y 1,400 empleos',
           date='2023-05-03', source='SECRETARÍA DE DESARROLLO ECONÓMICO SUSTENTABLE',
           bulletin_number='318/2023', issuer='SECRETARÍA DE DESARROLLO ECONÓMICO SUSTENTABLE',
           dateline_city='Silao de la Victoria',
           body_first_words='Tres empresas fabricantes de autopartes de origen japonés, alemán y estadounidense',
           body_last_words='donde los estudiantes alternan clases y prácticas en planta.',
           boilerplate=['Dirección de Comunicación', 'No. 318/2023',
                        'Silao de la Victoria, Gto., miércoles 3 de mayo de 2023.-', '-- FIN --',
                        'Dirección de Comunicación · SDES', 'comunicacion@sdes-gto.example.mx · 473 555 0166'],
           must_keep=['con una inversión conjunta de 210 millones de dólares y la creación de mil 400 empleos directos en los próximos tres años.',
                      'Dos de ellas iniciarán la construcción de sus naves en junio y la tercera ocupará un edificio ya existente en la zona de logística.',
                      '“Guanajuato dejó de ser sólo un lugar para ensamblar; hoy aquí se diseña y se prueba”, afirmó.'])

# ---------------------------------------------------------------- bw16 press (federal office, release pasted from a WhatsApp message, Mich.)
bw16 = """*COMUNICADO*

*Oficina de Representación de Agricultura en Michoacán*
*Boletín 045/2024*

📍 *Morelia, Mich., 18 de junio de 2024*

*Abren ventanilla para el seguro catastrófico de productores de maíz afectados por la sequía*

Productores de maíz de temporal de 38 municipios de Michoacán que perdieron sus siembras por la sequía podrán solicitar a partir de este martes el pago del seguro agrícola catastrófico, informó la Oficina de Representación de Agricultura en el estado.

El apoyo será de 1,500 pesos por hectárea, hasta un máximo de diez hectáreas por productor, y se pagará a quienes tengan parcelas dentro de las zonas dictaminadas con siniestro por los ajustadores de la aseguradora. La lista de localidades podrá consultarse en los distritos de desarrollo rural.

Las regiones más afectadas son la Tierra Caliente, el Bajío michoacano y la Ciénega de Chapala, donde las lluvias del ciclo anterior fueron menos de la mitad de lo normal y las presas de riego quedaron por debajo del 20 por ciento de su capacidad.

El representante de la dependencia en el estado, _Joaquín Ceja Bautista_, explicó que el trámite es gratuito y personal. _“Nadie debe pagarle a un gestor; si alguien les pide dinero por meterlos a la lista, repórtenlo”_, advirtió.

Para presentar la solicitud se requiere identificación oficial, CURP, comprobante de la superficie sembrada y el número de cuenta bancaria a nombre del productor. La ventanilla estará abierta hasta el 31 de julio, de lunes a viernes, de 9:00 a 15:00 horas.

oo0oo

📞 Comunicación Social: 443 555 0145
✉️ comunicacion.mich@agricultura-mich.example.mx
_Favor de confirmar de recibido_ 🙏
"""
write_source('bw16.txt', bw16)
write_gold('bw16', family='press_release',
           title='Abren ventanilla para el seguro catastrófico de productores de maíz afectados por la sequía',
           date='2024-06-18', source='Oficina de Representación de Agricultura en Michoacán',
           bulletin_number='045/2024', issuer='Oficina de Representación de Agricultura en Michoacán',
           dateline_city='Morelia',
           body_first_words='Productores de maíz de temporal de 38 municipios de Michoacán',
           body_last_words='de lunes a viernes, de 9:00 a 15:00 horas.',
           boilerplate=['*COMUNICADO*', 'Boletín 045/2024', 'Morelia, Mich., 18 de junio de 2024', 'oo0oo',
                        'Comunicación Social: 443 555 0145',
                        'comunicacion.mich@agricultura-mich.example.mx', 'Favor de confirmar de recibido'],
           must_keep=['La lista de localidades podrá consultarse en los distritos de desarrollo rural.',
                      'Nadie debe pagarle a un gestor; si alguien les pide dinero por meterlos a la lista, repórtenlo',
                      'Para presentar la solicitud se requiere identificación oficial, CURP, comprobante de la superficie sembrada y el número de cuenta bancaria a nombre del productor.'])

# ---------------------------------------------------------------- bw17 jekyll (Bitácora Queretana, two placement words, DST offset)
bw17 = """---
layout: post
title: "Lluvias atípicas de mayo devuelven agua a la presa El Batán"
date: 2017-05-20T08:00:00-05:00
author: [Renata Olvera Núñez, Joel Castañón Bravo]
categories: [Portada, Destacadas, Medio Ambiente]
tags: [presas, Corregidora, lluvias]
publicacion: Bitácora Queretana
image: /assets/img/2017/05/batan.jpg
---

Las tormentas que cayeron sobre el sur de Querétaro durante la primera quincena de mayo elevaron el almacenamiento de la presa El Batán, en Corregidora, hasta 41 por ciento de su capacidad, un nivel que no se registraba en esta época del año desde 2011.

![La cortina de la presa El Batán](/assets/img/2017/05/batan.jpg)
*Foto: Joel Castañón Bravo*

Los ejidatarios de Los Ángeles y de Charco Blanco, que usan el agua de la presa para regar maíz y sorgo, dijeron que con este nivel podrán adelantar la siembra. Durante los últimos tres años el vaso estuvo casi seco en primavera y buena parte de las parcelas se quedaron sin cultivar.

Especialistas de la Comisión Estatal de Aguas explicaron que las lluvias de mayo son poco comunes en el altiplano queretano, y que su efecto se debe a que cayeron de manera concentrada en la cuenca alta del río Pueblito. Advirtieron, sin embargo, que un solo mes de lluvias no resuelve el déficit de los acuíferos del valle.

Vecinos de las colonias cercanas a la cortina pidieron a las autoridades revisar los bordos y desazolvar los canales de desfogue antes de la temporada formal de lluvias, para evitar inundaciones como las de 2003.

La Coordinación Estatal de Protección Civil informó que mantiene vigilancia sobre los niveles de las presas del sur del estado y recomendó a los visitantes no nadar en el embalse, donde el agua alcanza varios metros de profundidad a pocos pasos de la orilla.
"""
write_source('bw17.md', bw17)
write_gold('bw17', family='jekyll',
           title='Lluvias atípicas de mayo devuelven agua a la presa El Batán',
           date='2017-05-20', bylines=['Renata Olvera Núñez', 'Joel Castañón Bravo'],
           source='Bitácora Queretana', section='Medio Ambiente', placement=['Portada', 'Destacadas'],
           body_first_words='Las tormentas que cayeron sobre el sur de Querétaro',
           body_last_words='a pocos pasos de la orilla.',
           boilerplate=['Foto: Joel Castañón Bravo'],
           must_keep=['Durante los últimos tres años el vaso estuvo casi seco en primavera y buena parte de las parcelas se quedaron sin cultivar.',
                      'Advirtieron, sin embargo, que un solo mes de lluvias no resuelve el déficit de los acuíferos del valle.',
                      'para evitar inundaciones como las de 2003.'],
           photo_credit='Joel Castañón Bravo')

# ---------------------------------------------------------------- bw18 jekyll (Voz de la Meseta, accented Spanish keys, CRLF)
bw18 = """---
título: "Paracho celebra su feria de la guitarra con 300 lauderos"
fecha: 5 de agosto de 2018
autor:
  - Tomás Huerta Ruiz
sección: Cultura
medio: Voz de la Meseta
etiquetas: guitarra, Paracho, laudería
---

Con la participación de unos 300 lauderos de la cabecera municipal y de las comunidades vecinas, Paracho inauguró este fin de semana su feria anual de la guitarra, que durante una semana llena la plaza principal de talleres abiertos, conciertos y concursos de construcción de instrumentos.

La feria es la principal vitrina de un oficio que da trabajo a buena parte de las familias del municipio. En los talleres del centro se fabrican desde guitarras de estudio de bajo costo hasta instrumentos de concierto hechos con maderas seleccionadas, que se venden a músicos de México, Estados Unidos y Europa.

El concurso nacional de laudería reunió este año 46 instrumentos, que un jurado de guitarristas y constructores evaluará por su sonido, su acabado y su comodidad para tocar. Los ganadores se darán a conocer el sábado durante el concierto de clausura.

Don Abundio Cuiriz, que aprendió el oficio de su abuelo, dice que la madera es cada vez más difícil de conseguir y que muchos jóvenes prefieren irse a trabajar a las huertas de aguacate. “Una guitarra buena tarda un mes, y el aguacate paga cada semana”, explica.

Para enfrentar ese problema, un grupo de talleres creó una escuela de laudería que este año recibió a 25 alumnos, la mitad de ellos mujeres. La escuela ofrece becas a quienes se comprometan a abrir su propio taller en Paracho.
"""
write_source('bw18.md', bw18, eol='crlf')
write_gold('bw18', family='jekyll',
           title='Paracho celebra su feria de la guitarra con 300 lauderos',
           date='2018-08-05', bylines=['Tomás Huerta Ruiz'], source='Voz de la Meseta',
           section='Cultura',
           body_first_words='Con la participación de unos 300 lauderos de la cabecera municipal',
           body_last_words='a quienes se comprometan a abrir su propio taller en Paracho.',
           must_keep=['La feria es la principal vitrina de un oficio que da trabajo a buena parte de las familias del municipio.',
                      '“Una guitarra buena tarda un mes, y el aguacate paga cada semana”, explica.',
                      'Los ganadores se darán a conocer el sábado durante el concierto de clausura.'])

# ---------------------------------------------------------------- bw19 jekyll (Hugo-style front matter, draft: true, shortcode)
bw19 = """---
title: "Guanajuato capital prueba un tranvía turístico eléctrico en el centro histórico"
date: 2023-01-17T19:40:00-06:00
lastmod: 2023-01-20T09:00:00-06:00
draft: true
slug: tranvia-electrico-guanajuato
categories: ["Movilidad"]
tags: ["Guanajuato capital", "turismo", "centro histórico"]
authors: ["Mónica Saldaña Ugalde"]
summary: "Durante un mes, el vehículo recorrerá la ruta de la Alhóndiga al Jardín Unión."
---

El Ayuntamiento de Guanajuato inició la prueba de un tranvía turístico eléctrico sobre neumáticos que durante un mes recorrerá el centro histórico entre la Alhóndiga de Granaditas y el Jardín de la Unión, con el propósito de evaluar si puede sustituir a los vehículos de combustión que hoy ofrecen paseos a los visitantes.

{{< figure src="/img/2023/01/tranvia.jpg" caption="El tranvía de prueba en la avenida Juárez. Foto: Mónica Saldaña Ugalde" >}}

El vehículo tiene capacidad para 28 pasajeros, alcanza una velocidad máxima de 20 kilómetros por hora y funciona con baterías que se recargan durante la noche en un estacionamiento municipal. Durante la prueba, el recorrido será gratuito de jueves a domingo.

Los guías de turistas y los conductores de los actuales trenecitos observan el proyecto con recelo. Temen que el municipio entregue la concesión a una sola empresa y que ellos queden fuera del negocio. El ayuntamiento respondió que cualquier esquema definitivo se discutirá con las organizaciones del sector.

Los vecinos de la calle Positos y del callejón del Truco, en cambio, se mostraron a favor, porque el nuevo vehículo es silencioso y no deja humo en las calles angostas. “Lo que queremos es dormir sin el ruido del motor a las once de la noche”, dijo una vecina.

Al concluir el mes de prueba, la dirección de movilidad presentará al cabildo un informe sobre el número de pasajeros, el consumo de energía y el efecto en el tránsito.
"""
write_source('bw19.md', bw19)
write_gold('bw19', family='jekyll',
           title='Guanajuato capital prueba un tranvía turístico eléctrico en el centro histórico',
           date='2023-01-17', published=False, bylines=['Mónica Saldaña Ugalde'], section='Movilidad',
           body_first_words='El Ayuntamiento de Guanajuato inició la prueba de un tranvía turístico eléctrico',
           body_last_words='el consumo de energía y el efecto en el tránsito.',
           boilerplate=['{{< figure src="/img/2023/01/tranvia.jpg" caption="El tranvía de prueba en la avenida Juárez. Foto: Mónica Saldaña Ugalde" >}}'],
           must_keep=['Durante la prueba, el recorrido será gratuito de jueves a domingo.',
                      'Temen que el municipio entregue la concesión a una sola empresa y que ellos queden fuera del negocio.',
                      '“Lo que queremos es dormir sin el ruido del motor a las once de la noche”, dijo una vecina.'],
           photo_credit='Mónica Saldaña Ugalde')

# ---------------------------------------------------------------- bw20 jekyll (impossible date, placement word in block list, Ags.)
bw20 = """---
layout: post
title: "Rincón de Romos abre su primer mercado de productores locales"
date: 2014-02-30 10:00:00 -0600
author: Saúl Macías Delgado
categories:
  - Principal
  - Campo
site_title: Crónica del Norte Hidrocálido
---

Una veintena de productores del norte de Aguascalientes comenzó a vender sus cosechas cada domingo en el primer mercado de productores locales de Rincón de Romos, instalado en la explanada del antiguo mercado municipal.

En los puestos se ofrecen hortalizas, guayaba de Calvillo, quesos de rancho, miel, nopales y tortillas de maíz criollo hechas a mano. Los organizadores pusieron como regla que cada puesto venda sólo lo que produce su familia, para evitar la entrada de revendedores.

La idea surgió de un grupo de mujeres de las comunidades de Pabellón de Hidalgo y El Bajío, que durante años vendieron sus productos de casa en casa. Con apoyo de la presidencia municipal consiguieron toldos, mesas y una báscula certificada.

Ofelia Martínez Romo, una de las organizadoras, dijo que el primer domingo vendieron casi todo antes del mediodía. “La gente quiere saber quién le vende el queso y de dónde sale la leche”, comentó.

El mercado funciona de 8 de la mañana a 2 de la tarde y acepta pagos en efectivo y con transferencia. Los productores buscan ahora un espacio techado para seguir vendiendo en temporada de lluvias y planean invitar a productores de Cosío y Tepezalá.
"""
write_source('bw20.md', bw20)
write_gold('bw20', family='jekyll',
           title='Rincón de Romos abre su primer mercado de productores locales',
           date=None, bylines=['Saúl Macías Delgado'], source='Crónica del Norte Hidrocálido',
           section='Campo', placement=['Principal'],
           body_first_words='Una veintena de productores del norte de Aguascalientes',
           body_last_words='planean invitar a productores de Cosío y Tepezalá.',
           must_keep=['Los organizadores pusieron como regla que cada puesto venda sólo lo que produce su familia, para evitar la entrada de revendedores.',
                      'Con apoyo de la presidencia municipal consiguieron toldos, mesas y una báscula certificada.',
                      '“La gente quiere saber quién le vende el queso y de dónde sale la leche”, comentó.'])
