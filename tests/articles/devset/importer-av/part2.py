"""Files av11-av20."""
import textwrap

from common import write_source, write_gold, NBSP


def fx(t):
    # '¤' -> NBSP, '<TS>' -> trailing spaces
    return t.replace('¤', NBSP).replace('<TS>', '   ')


# ---------------------------------------------------------------- av11 wire (CMS migration export, labelled fields)
t11 = '''[nid:20451] [migrado: joomla15 -> drupal6 2014-02-11]
Título: Granizada daña 3 mil hectáreas de maíz en los Altos de Morelos
Autor: Genaro Pliego Ruiz
Medio: El Despertador de Morelos
Sección: Campo
Fecha: 2011-07-19 06:15:00
Estado: publicado
Resumen: Productores de Tetela del Volcán, Ocuituco y Yecapixtla piden que se active el seguro catastrófico.
------------------------------------------------------------
{mosimage}
Una granizada que cayó durante casi una hora la tarde del domingo dañó alrededor de 3 mil hectáreas de maíz, frijol y hortalizas en los municipios de Tetela del Volcán, Ocuituco y Yecapixtla, de acuerdo con un primer recuento de los comisariados ejidales de la zona.

Los productores explicaron que el granizo, del tamaño de una canica, tiró las matas de maíz que apenas comenzaban a jilotear y destrozó los invernaderos de jitomate y las huertas de durazno. "Perdimos todo lo que habíamos sembrado en mayo; ya no da tiempo de volver a sembrar", dijo Crispín Barreto Soberanes, ejidatario de Hueyapan.
{mospagebreak}
En Ocuituco, el agua y el hielo arrastraron parte de la cosecha de tomate de cáscara y taparon canales de riego. Los campesinos calcularon que cada hectárea de maíz de temporal les cuesta entre 8 y 10 mil pesos entre semilla, fertilizante y jornales, y que la mayoría de los afectados no tiene ningún tipo de seguro.

El delegado de la Secretaría de Desarrollo Agropecuario en la región oriente, Salomón Vergara Ayala, recorrió las parcelas el lunes y dijo que se levantará un padrón de afectados para solicitar la activación del seguro agrícola catastrófico, que cubre hasta 1,300 pesos por hectárea de temporal.

Los productores consideraron insuficiente esa cantidad y pidieron que el gobierno estatal entregue semilla de ciclo corto y fertilizante sin costo para intentar una siembra de avena forrajera. También solicitaron maquinaria para limpiar los canales antes de las próximas lluvias.

En la región de los Altos de Morelos se siembran cada año cerca de 12 mil hectáreas de maíz de temporal, la mayoría en parcelas de menos de tres hectáreas. El Servicio Meteorológico Nacional pronosticó más tormentas con granizo para esta semana en el norte y el oriente del estado.
'''
write_source('av11.txt', t11, enc='cp1252')
write_gold('av11', family='wire',
    title='Granizada daña 3 mil hectáreas de maíz en los Altos de Morelos',
    date='2011-07-19', bylines=['Genaro Pliego Ruiz'], source='El Despertador de Morelos',
    section='Campo',
    body_first_words='Una granizada que cayó durante casi una hora la tarde del domingo',
    body_last_words='más tormentas con granizo para esta semana en el norte y el oriente del estado.',
    boilerplate=['[nid:20451] [migrado: joomla15 -> drupal6 2014-02-11]', 'Estado: publicado',
                 'Resumen: Productores de Tetela del Volcán, Ocuituco y Yecapixtla piden que se active el seguro catastrófico.',
                 '{mosimage}', '{mospagebreak}'],
    must_keep=['"Perdimos todo lo que habíamos sembrado en mayo; ya no da tiempo de volver a sembrar", dijo Crispín Barreto Soberanes, ejidatario de Hueyapan.',
               'En Ocuituco, el agua y el hielo arrastraron parte de la cosecha de tomate de cáscara y taparon canales de riego.',
               'También solicitaron maquinaria para limpiar los canales antes de las próximas lluvias.'])

# ---------------------------------------------------------------- av12 jekyll (hand-written, Spanish keys)
t12 = '''---
layout: nota
titulo: "Artesanos de Contla denuncian competencia desleal de sarapes importados"
fecha: 2019-05-07 08:30
autores: [Noemí Tecuapacho Flores, Andrés Xochicale Pérez]
seccion: Economía
medio: Tlaxcala en Línea
etiquetas:
  - textiles
  - Contla
  - artesanías
---

Artesanos textiles de San Bernardino Contla denunciaron que la venta de sarapes y cobijas fabricados en serie, muchos de ellos importados de Asia, ha reducido hasta en 50 por ciento sus ingresos en los últimos tres años, y pidieron al gobierno estatal un distintivo que permita identificar las piezas hechas en telar.

En el municipio hay alrededor de 600 talleres familiares que trabajan con telares de pedal y de cintura. Un sarape de lana tejido a mano puede tardar hasta dos semanas en terminarse y se vende entre 1,800 y 3,500 pesos, mientras que las piezas industriales se ofrecen en los tianguis a menos de 400 pesos.

"La gente ve los mismos colores y los mismos dibujos y piensa que es lo mismo, pero no es lana, es acrílico, y no está hecho aquí", explicó Margarito Cuapio Xochihua, quien aprendió a tejer con su abuelo y hoy mantiene un taller con cuatro telares.

## Piden marca colectiva

Los artesanos, agrupados en la Unión de Tejedores de Contla, solicitaron apoyo para registrar una marca colectiva ante el Instituto Mexicano de la Propiedad Industrial, similar a la que protege a otros productos artesanales del país. También propusieron que las ferias organizadas por el gobierno estatal solo admitan piezas con ese distintivo.

La directora de la Casa Estatal del Artesano, Yazmín Hernández Zempoalteca, dijo en entrevista que la dependencia ya asesora a los tejedores para integrar el expediente y que el trámite podría concluir a finales de año. Añadió que se prepara un catálogo de talleres para promover la venta directa en línea.

Mientras tanto, muchas familias han dejado el telar para emplearse en fábricas del corredor industrial de Apizaco o en la construcción. Los artesanos advierten que, si no se protege el oficio, en una generación podría perderse una tradición que en Contla tiene más de cuatro siglos.
'''
write_source('av12.md', t12, eol='crlf')
write_gold('av12', family='jekyll',
    title='Artesanos de Contla denuncian competencia desleal de sarapes importados',
    date='2019-05-07', bylines=['Noemí Tecuapacho Flores', 'Andrés Xochicale Pérez'],
    source='Tlaxcala en Línea', section='Economía',
    body_first_words='Artesanos textiles de San Bernardino Contla denunciaron',
    body_last_words='podría perderse una tradición que en Contla tiene más de cuatro siglos.',
    boilerplate=[],
    must_keep=['Un sarape de lana tejido a mano puede tardar hasta dos semanas en terminarse y se vende entre 1,800 y 3,500 pesos, mientras que las piezas industriales se ofrecen en los tianguis a menos de 400 pesos.',
               'También propusieron que las ferias organizadas por el gobierno estatal solo admitan piezas con ese distintivo.',
               'Mientras tanto, muchas familias han dejado el telar para emplearse en fábricas del corredor industrial de Apizaco o en la construcción.'])

# ---------------------------------------------------------------- av13 press (state civil registry)
t13 = '''Puebla, Pue., 11 de enero de 2024
Comunicado 008
Coordinación General del Registro Civil del Estado de Puebla

Registro Civil realizará jornada gratuita de registro extemporáneo de nacimiento en la Sierra Negra

La Coordinación General del Registro Civil del Estado llevará a cabo del 22 al 27 de enero una jornada gratuita de registro extemporáneo de nacimiento en seis municipios de la Sierra Negra, dirigida a personas que nunca fueron registradas o que carecen de acta de nacimiento.

La coordinadora general, Adriana Contreras Boyzo, informó que las brigadas visitarán Zoquitlán, Coyomeapan, Eloxochitlán, Tlacotepec de Porfirio Díaz, San Sebastián Tlacotepec y Vicente Guerrero, donde de acuerdo con un diagnóstico de la dependencia viven al menos 1,400 personas sin registro, la mayoría adultos mayores y niñas y niños indígenas.

Para facilitar la asistencia, los ayuntamientos pondrán transporte gratuito desde las comunidades más alejadas hacia las cabeceras municipales, donde se instalarán los módulos de atención de las 9:00 a las 17:00 horas.

Explicó que el trámite no tendrá costo y que las personas interesadas deberán presentarse con dos testigos mayores de edad, una constancia de inexistencia de registro y, en su caso, la fe de bautismo o cualquier documento que acredite su identidad. Las brigadas contarán con intérpretes de náhuatl y mazateco.

"Sin acta de nacimiento una persona no puede inscribirse a la escuela, recibir un programa social ni cobrar una pensión; es la puerta de entrada a todos los demás derechos", señaló la funcionaria.

Contreras Boyzo detalló que las actas se entregarán el mismo día y que también se realizarán aclaraciones administrativas por errores de captura, un problema frecuente en las actas de personas hablantes de lenguas indígenas, cuyos nombres fueron escritos de manera incorrecta por los oficiales de décadas pasadas.

La jornada forma parte del programa estatal Identidad para Todos, que en 2023 permitió registrar a 3,218 personas en 41 municipios. Las fechas y sedes pueden consultarse en las presidencias municipales y en las oficinas del Registro Civil de cada localidad.

-30-

Atentamente
Área de Difusión y Comunicación
Tel. 222 555 0176
difusion.registrocivil@puebla.example.mx
'''
write_source('av13.txt', t13, enc='cp1252', eol=('mixed', 6))
write_gold('av13', family='press_release',
    title='Registro Civil realizará jornada gratuita de registro extemporáneo de nacimiento en la Sierra Negra',
    date='2024-01-11', source='Coordinación General del Registro Civil del Estado de Puebla',
    bulletin_number='008', issuer='Coordinación General del Registro Civil del Estado de Puebla',
    dateline_city='Puebla',
    body_first_words='La Coordinación General del Registro Civil del Estado llevará a cabo',
    body_last_words='en las oficinas del Registro Civil de cada localidad.',
    boilerplate=['Puebla, Pue., 11 de enero de 2024', 'Comunicado 008', '-30-', 'Atentamente',
                 'Área de Difusión y Comunicación', 'Tel. 222 555 0176',
                 'difusion.registrocivil@puebla.example.mx'],
    must_keep=['Las brigadas contarán con intérpretes de náhuatl y mazateco.',
               '"Sin acta de nacimiento una persona no puede inscribirse a la escuela, recibir un programa social ni cobrar una pensión; es la puerta de entrada a todos los demás derechos", señaló la funcionaria.',
               'La jornada forma parte del programa estatal Identidad para Todos, que en 2023 permitió registrar a 3,218 personas en 41 municipios.'])

# ---------------------------------------------------------------- av14 wire (web outlet, dotted dates)
t14 = '''SALUD

# Pachuca registra 40% más casos activos de COVID-19 en una semana; piden no bajar la guardia

Por Karla Mendoza Islas / Hidalgo Directo
Publicado: 03.08.2021 | 10:15 · Actualizado: 03.08.2021 | 13:02

Foto: Especial

Los casos activos de COVID-19 en Pachuca aumentaron 40 por ciento en la última semana, al pasar de 512 a 718, de acuerdo con el reporte epidemiológico que la Secretaría de Salud de Hidalgo dio a conocer este martes.

LEE: Abren macromódulo de vacunación en el Polideportivo de Pachuca El subdirector de Epidemiología estatal, Jonathan Olguín Barrera, explicó que la mayoría de los nuevos contagios se concentra en personas de 20 a 39 años, el grupo que apenas comenzó a recibir la primera dosis de la vacuna. Dijo que la ocupación hospitalaria en la capital llegó a 46 por ciento, aunque todavía hay camas disponibles con ventilador.

“Estamos viendo cuadros más leves que en enero, pero el número de contagios sube muy rápido y eso puede volver a saturar los hospitales”, advirtió el funcionario, quien pidió a la población seguir usando cubrebocas en espacios cerrados y en el transporte público. En el hospital general de Pachuca se habilitó un área adicional de triaje respiratorio para separar a los pacientes con síntomas del resto de las urgencias.

El Ayuntamiento de Pachuca anunció que a partir del jueves reducirá a 50 por ciento el aforo en el mercado Primero de Mayo y en el tianguis de los domingos, y que se reforzarán los filtros sanitarios en la zona centro. Mira también: Estos son los municipios de Hidalgo en semáforo naranja

Comerciantes del centro histórico expresaron su preocupación por las nuevas restricciones. “Apenas estábamos recuperando las ventas; otro cierre sería la ruina para muchos”, dijo Rosalba Trejo Ángeles, quien tiene una tienda de ropa en la calle Guerrero.

La Secretaría de Salud recordó que en Hidalgo se han aplicado más de 1.6 millones de dosis y que la jornada para personas de 18 a 29 años continuará hasta el sábado en 22 sedes. Los horarios y requisitos pueden consultarse en la página del gobierno estatal.

📰 Sigue a Hidalgo Directo en Google Noticias y entérate primero.
✉️ ¿Tienes una denuncia? Escríbenos a denuncias@hidalgodirecto.example.mx
'''
write_source('av14.md', t14)
write_gold('av14', family='wire',
    title='Pachuca registra 40% más casos activos de COVID-19 en una semana; piden no bajar la guardia',
    date='2021-08-03', bylines=['Karla Mendoza Islas'], source='Hidalgo Directo',
    section='SALUD',
    body_first_words='Los casos activos de COVID-19 en Pachuca aumentaron 40 por ciento',
    body_last_words='Los horarios y requisitos pueden consultarse en la página del gobierno estatal.',
    boilerplate=['LEE: Abren macromódulo de vacunación en el Polideportivo de Pachuca',
                 'Mira también: Estos son los municipios de Hidalgo en semáforo naranja',
                 'Foto: Especial',
                 'Publicado: 03.08.2021 | 10:15 · Actualizado: 03.08.2021 | 13:02',
                 'Sigue a Hidalgo Directo en Google Noticias y entérate primero.',
                 '¿Tienes una denuncia? Escríbenos a denuncias@hidalgodirecto.example.mx'],
    must_keep=['El subdirector de Epidemiología estatal, Jonathan Olguín Barrera, explicó que la mayoría de los nuevos contagios se concentra en personas de 20 a 39 años, el grupo que apenas comenzó a recibir la primera dosis de la vacuna.',
               'El Ayuntamiento de Pachuca anunció que a partir del jueves reducirá a 50 por ciento el aforo en el mercado Primero de Mayo y en el tianguis de los domingos, y que se reforzarán los filtros sanitarios en la zona centro.',
               'Comerciantes del centro histórico expresaron su preocupación por las nuevas restricciones.'],
    photo_credit='Especial')

# ---------------------------------------------------------------- av15 press (indigenous-affairs institute, bilingual title)
t15 = '''GOBIERNO DEL ESTADO DE GUERRERO
Instituto Estatal de los Pueblos Originarios y Afromexicano de Guerrero
Boletín IEPOAG/045/2022

NÁHUATL | Ipan Chilapa motlapoua yankuik kaltlamachtiloyan tlen tlajtolkuepanij
ESPAÑOL | Inauguran en Chilapa la primera escuela de intérpretes en lenguas originarias

Chilapa de Álvarez, Gro., a 28 de febrero de 2022.- El Instituto Estatal de los Pueblos Originarios y Afromexicano inauguró en esta ciudad la primera Escuela de Intérpretes y Traductores en Lenguas Originarias de Guerrero, que formará a 60 hablantes de náhuatl, tu'un savi, me'phaa y ñomndaa para acompañar a personas indígenas en hospitales, juzgados y oficinas públicas.

La directora general del Instituto, Eufemia Tecolapa Morales, explicó que en la entidad hay más de 500 mil hablantes de lenguas originarias y que solo 38 intérpretes están certificados para participar en procesos judiciales, por lo que muchas personas enfrentan juicios sin entender lo que ocurre.

"Nuestra gente tiene derecho a ser escuchada en su propia lengua; no es un favor, es un derecho que está en la Constitución", afirmó la funcionaria ante autoridades comunitarias y estudiantes de las regiones Centro y Montaña.

El programa tendrá una duración de diez meses e incluirá módulos de derecho, salud, ética profesional y técnicas de interpretación. Las clases se impartirán los fines de semana en la antigua casa ejidal de Chilapa, que fue rehabilitada con recursos estatales y aportaciones de la comunidad.

Entre los docentes figuran traductores con experiencia en tribunales agrarios, médicos tradicionales y profesoras de educación indígena, además de especialistas de universidades públicas que impartirán los módulos de lingüística.

Los estudiantes fueron propuestos por asambleas comunitarias de 19 municipios y recibirán una beca mensual de 2,500 pesos durante su formación. Al concluir, podrán presentar el examen de certificación ante el Instituto Nacional de Lenguas Indígenas.

Durante la ceremonia, el comisario de Acatlán, Nicolás Tlatempa Casarrubias, dio la bienvenida en náhuatl y pidió que los intérpretes también trabajen en las agencias del Ministerio Público de la región, donde, dijo, las denuncias de las mujeres indígenas muchas veces no se atienden por falta de traductores.

ooo0ooo

Síguenos: @IEPOAG_Guerrero
'''
write_source('av15.txt', t15)
write_gold('av15', family='press_release',
    title='Inauguran en Chilapa la primera escuela de intérpretes en lenguas originarias',
    date='2022-02-28', source='Instituto Estatal de los Pueblos Originarios y Afromexicano de Guerrero',
    bulletin_number='IEPOAG/045/2022',
    issuer='Instituto Estatal de los Pueblos Originarios y Afromexicano de Guerrero',
    dateline_city='Chilapa de Álvarez',
    body_first_words='El Instituto Estatal de los Pueblos Originarios y Afromexicano inauguró',
    body_last_words='muchas veces no se atienden por falta de traductores.',
    boilerplate=['GOBIERNO DEL ESTADO DE GUERRERO',
                 'NÁHUATL | Ipan Chilapa motlapoua yankuik kaltlamachtiloyan tlen tlajtolkuepanij',
                 'Chilapa de Álvarez, Gro., a 28 de febrero de 2022.-', 'ooo0ooo',
                 'Síguenos: @IEPOAG_Guerrero'],
    must_keep=['La directora general del Instituto, Eufemia Tecolapa Morales, explicó que en la entidad hay más de 500 mil hablantes de lenguas originarias y que solo 38 intérpretes están certificados para participar en procesos judiciales, por lo que muchas personas enfrentan juicios sin entender lo que ocurre.',
               '"Nuestra gente tiene derecho a ser escuchada en su propia lengua; no es un favor, es un derecho que está en la Constitución", afirmó la funcionaria ante autoridades comunitarias y estudiantes de las regiones Centro y Montaña.',
               'Al concluir, podrán presentar el examen de certificación ante el Instituto Nacional de Lenguas Indígenas.'])

# ---------------------------------------------------------------- av16 jekyll (exitwp export, keys sorted)
t16 = '''---
author: Lucía Pantoja Ríos
comments: true
date: 2010-11-20 18:30:00
layout: post
slug: feria-de-la-cecina-yecapixtla-2010
title: Yecapixtla celebra su Feria de la Cecina con 120 productores
wordpress_id: 512
wordpress_url: http://morelosgourmet.example.mx/?p=512
categories:
- Sin categoría
- Gastronomía
tags:
- cecina
- Yecapixtla
---

Con la participación de 120 productores y la expectativa de recibir a más de 30 mil visitantes, este sábado comenzó en Yecapixtla la Feria de la Cecina, que se realizará hasta el 28 de noviembre en la explanada del exconvento de San Juan Bautista.

<!--more-->

La cecina de Yecapixtla, un corte delgado de res salado y secado al sol, es el producto más conocido del municipio y se vende en más de 200 establecimientos del centro. Los productores aseguran que el secreto está en el corte, la sal de grano y el aire seco de la región.

"Aquí la cecina se hace igual que hace cien años; lo único que cambió es que ahora la gente viene desde la Ciudad de México a comprarla", contó Evaristo Linares Zamora, quien tiene un expendio en la calle Morelos desde 1978.

[gallery ids="601,602,603"]

Durante la feria, el kilo de cecina se ofrece entre 180 y 220 pesos, según el corte, y también se venden crema, queso de la región y chiles en vinagre. Los domingos habrá música de banda de viento, un concurso de cecina enchilada y la presentación de comparsas de chinelos.

El comité organizador informó que este año se instaló un área de comida con 40 mesas para que los visitantes prueben la cecina preparada en tacos, con frijoles y cebolla asada, y que se habilitaron dos estacionamientos en la entrada norte del pueblo para evitar el congestionamiento vehicular de años anteriores.

Los productores buscan desde hace varios años una denominación de origen para proteger el nombre de la cecina de Yecapixtla, ya que en otras ciudades se vende producto de menor calidad con esa etiqueta. La feria abre de las 9:00 a las 20:00 horas y la entrada es gratuita.
'''
write_source('av16.markdown', t16)
write_gold('av16', family='jekyll',
    title='Yecapixtla celebra su Feria de la Cecina con 120 productores',
    date='2010-11-20', bylines=['Lucía Pantoja Ríos'], source=None,
    section='Gastronomía',
    body_first_words='Con la participación de 120 productores y la expectativa',
    body_last_words='La feria abre de las 9:00 a las 20:00 horas y la entrada es gratuita.',
    boilerplate=['<!--more-->', '[gallery ids="601,602,603"]'],
    must_keep=['Los productores aseguran que el secreto está en el corte, la sal de grano y el aire seco de la región.',
               '"Aquí la cecina se hace igual que hace cien años; lo único que cambió es que ahora la gente viene desde la Ciudad de México a comprarla", contó Evaristo Linares Zamora, quien tiene un expendio en la calle Morelos desde 1978.',
               'Los domingos habrá música de banda de viento, un concurso de cecina enchilada y la presentación de comparsas de chinelos.'])

# ---------------------------------------------------------------- av17 generic (hard-wrapped plain text)
paras17 = [
    'Cada domingo, desde antes de que salga el sol, mujeres de Tetela del Volcán, Hueyapan y Temoac bajan a Zacualpan de Amilpas con canastas de aguacate, durazno, flores y pan. No vienen a vender. Vienen a cambiar.',
    'En el tianguis que se instala frente al convento de la Inmaculada Concepción, el dinero circula poco. Una cubeta de jitomate se cambia por una de frijol; un manojo de alcatraces, por una docena de tortillas hechas a mano. Los precios no están escritos en ningún lado, pero todos los conocen.',
    'Doña Francisca Barrios, de 77 años, lleva más de medio siglo haciendo trueque en el mismo lugar. Trae ciruelas y nísperos de su huerta y regresa con sal, chile seco y pescado seco que traen comerciantes de Guerrero. Dice que su madre hacía lo mismo y que antes el trueque era la única manera de conseguir lo que no se daba en el cerro.',
    'El intercambio tiene sus reglas. Se cambia por volumen y no por peso, la fruta de temporada vale más al principio de la cosecha y nadie regatea de más. Quien llega por primera vez suele preguntar, y siempre hay alguien que le explica cuántos aguacates vale un kilo de frijol o cuántas flores una bolsa de cacahuate.',
    'Los cronistas locales calculan que la costumbre tiene origen prehispánico, cuando en la región se intercambiaban productos de tierra fría y de tierra caliente. Con los años el tianguis creció y hoy también hay puestos de comida, ropa y artículos de plástico que se pagan con billetes.',
    'Aun así, la sección del trueque resiste. Los jóvenes se acercan menos, admiten las vendedoras, pero cada domingo llegan nuevas familias que prefieren cambiar su cosecha antes que malbaratarla con los intermediarios que recorren los pueblos en camioneta.',
    'A mediodía las canastas regresan llenas de otras cosas. Las mujeres suben a las camionetas que las llevan de vuelta al cerro y el atrio del convento se vacía poco a poco, hasta el domingo siguiente.',
]
t17 = ('El trueque sigue vivo en el tianguis dominical de Zacualpan de Amilpas\n\n'
       + '\n\n'.join(textwrap.fill(p, width=68) for p in paras17) + '\n')
write_source('av17.text', t17)
write_gold('av17', family='generic',
    title='El trueque sigue vivo en el tianguis dominical de Zacualpan de Amilpas',
    body_first_words='Cada domingo, desde antes de que salga el sol,',
    body_last_words='hasta el domingo siguiente.',
    boilerplate=[],
    must_keep=['No vienen a vender.', 'El intercambio tiene sus reglas.',
               'A mediodía las canastas regresan llenas de otras cosas.'])

# ---------------------------------------------------------------- av18 press (municipality, Hidalgo)
t18 = '''Presidencia Municipal de Pachuca de Soto
Dirección de Comunicación Social
Boletín informativo número 1187

Pachuca de Soto, Hidalgo; 15 de octubre de 2019.

Rehabilitan 14 calles del barrio de El Arbolito con concreto hidráulico

La Presidencia Municipal concluyó la rehabilitación de 14 calles del barrio de El Arbolito, uno de los más antiguos de la ciudad, donde se sustituyó el pavimento de asfalto por concreto hidráulico y se renovaron las redes de agua potable y drenaje.

El secretario de Obras Públicas municipal, Ulises Escamilla Cortés, informó que la inversión fue de 23.8 millones de pesos, provenientes del Fondo de Aportaciones para la Infraestructura Social Municipal, y que las obras beneficiarán a unas 4 mil personas que viven en el barrio.

Detalló que en las calles con mayor pendiente se construyeron escalinatas y rampas, y que se colocaron 96 luminarias con tecnología LED. También se sustituyeron 1,200 metros de tubería de asbesto por polietileno de alta densidad, lo que permitirá reducir las fugas que afectaban el suministro. Los trabajos se realizaron en cinco meses y durante ese periodo se mantuvo el acceso peatonal a las viviendas, aunque algunos comercios del barrio reportaron una baja en sus ventas por los cierres.

“Durante años los vecinos de El Arbolito pidieron que se atendieran estas calles; hoy pueden caminar de noche con seguridad y ya no tendrán que cargar el agua cuando se rompe la tubería”, dijo el funcionario durante la entrega de la obra.

Vecinas como Amparo Licona Badillo, quien vive en la calle Mina desde hace 52 años, recordaron que en temporada de lluvias el agua bajaba con fuerza desde el cerro y arrastraba piedras y tierra hacia las casas de la parte baja del barrio.

El Ayuntamiento informó que en noviembre iniciará la segunda etapa, que comprende ocho calles del barrio de La Palma, y pidió a los automovilistas respetar los cierres viales y los horarios de los trabajos. Los reportes pueden hacerse a través de la línea de Atención Ciudadana.

#  #  #

Conmutador: 771 555 0110, ext. 2204
Facebook / Twitter / Instagram: @PachucaMpioPrensa
'''
write_source('av18.txt', t18, eol=('mixed', 9))
write_gold('av18', family='press_release',
    title='Rehabilitan 14 calles del barrio de El Arbolito con concreto hidráulico',
    date='2019-10-15', source='Presidencia Municipal de Pachuca de Soto',
    bulletin_number='1187', issuer='Presidencia Municipal de Pachuca de Soto',
    dateline_city='Pachuca de Soto',
    body_first_words='La Presidencia Municipal concluyó la rehabilitación de 14 calles',
    body_last_words='Los reportes pueden hacerse a través de la línea de Atención Ciudadana.',
    boilerplate=['Dirección de Comunicación Social', 'Boletín informativo número 1187',
                 'Pachuca de Soto, Hidalgo; 15 de octubre de 2019.', '#  #  #',
                 'Conmutador: 771 555 0110, ext. 2204',
                 'Facebook / Twitter / Instagram: @PachucaMpioPrensa'],
    must_keep=['Detalló que en las calles con mayor pendiente se construyeron escalinatas y rampas, y que se colocaron 96 luminarias con tecnología LED.',
               '“Durante años los vecinos de El Arbolito pidieron que se atendieran estas calles; hoy pueden caminar de noche con seguridad y ya no tendrán que cargar el agua cuando se rompe la tubería”, dijo el funcionario durante la entrega de la obra.',
               'El Ayuntamiento informó que en noviembre iniciará la segunda etapa, que comprende ocho calles del barrio de La Palma, y pidió a los automovilistas respetar los cierres viales y los horarios de los trabajos.'])

# ---------------------------------------------------------------- av19 wire (Estado de México outlet, agency-sourced)
t19 = '''**Valle de Toluca Noticias**
Estado de México | martes 9 de noviembre de 2021

# Cierran acceso vehicular al cráter del Nevado de Toluca por nevada

Agencias

La Comisión de Áreas Naturales Protegidas del Estado cerró este martes el acceso vehicular al cráter del Nevado de Toluca luego de que una nevada cubriera la parte alta del volcán y dejara capas de hielo en el camino que conduce a las lagunas del Sol y de la Luna.

Las autoridades informaron que la nieve comenzó a caer desde la madrugada y que a las 08:00 horas la temperatura en el Parque de los Venados era de cinco grados bajo cero. Elementos de Protección Civil y guardaparques colocaron vallas en el kilómetro 18 de la carretera a Sultepec para impedir el paso de automóviles.

TAMBIÉN LEE ► Estos son los mejores lugares para ver la nieve cerca de la CDMX

La dependencia explicó que el cierre se mantendrá mientras exista riesgo de derrapes y que los visitantes solo podrán subir a pie desde el albergue de la zona de estacionamiento, siempre que lleven ropa adecuada. Recomendó no acudir con niños pequeños ni con personas con problemas respiratorios o cardiacos.

Comerciantes de quesadillas y café del paraje conocido como La Puerta dijeron que la nevada suele atraer a miles de personas y que esperan buenas ventas durante el fin de semana. "Cuando cae nieve llega gente desde la Ciudad de México, Querétaro y hasta de Guerrero; es cuando más vendemos en todo el año", dijo Herminio Colín Esquivel.

El Servicio Meteorológico Nacional pronosticó temperaturas de hasta diez grados bajo cero en las zonas altas del Estado de México durante los próximos días por la entrada del frente frío número 8 y una masa de aire polar. Protección Civil estatal pidió a la población abrigarse, evitar cambios bruscos de temperatura y no utilizar anafres ni braseros en espacios cerrados.

El Nevado de Toluca, con 4 mil 680 metros sobre el nivel del mar, es la cuarta cumbre más alta del país y recibe más de 800 mil visitantes al año, de acuerdo con cifras de la comisión.

*Con información de Agencia Pacífico Sur y Servicio Informativo del Altiplano*

✉️ Suscríbete a nuestro boletín y recibe cada mañana las noticias del Valle de Toluca
Síguenos en Telegram: t.me/ValleTolucaNoticias
'''
write_source('av19.md', t19, bom=True)
write_gold('av19', family='wire',
    title='Cierran acceso vehicular al cráter del Nevado de Toluca por nevada',
    date='2021-11-09', bylines=[], source='Valle de Toluca Noticias',
    section='Estado de México',
    body_first_words='La Comisión de Áreas Naturales Protegidas del Estado cerró este martes',
    body_last_words='recibe más de 800 mil visitantes al año, de acuerdo con cifras de la comisión.',
    boilerplate=['TAMBIÉN LEE ► Estos son los mejores lugares para ver la nieve cerca de la CDMX',
                 'Con información de Agencia Pacífico Sur y Servicio Informativo del Altiplano',
                 'Suscríbete a nuestro boletín y recibe cada mañana las noticias del Valle de Toluca',
                 'Síguenos en Telegram: t.me/ValleTolucaNoticias'],
    must_keep=['Elementos de Protección Civil y guardaparques colocaron vallas en el kilómetro 18 de la carretera a Sultepec para impedir el paso de automóviles.',
               'La dependencia explicó que el cierre se mantendrá mientras exista riesgo de derrapes y que los visitantes solo podrán subir a pie desde el albergue de la zona de estacionamiento, siempre que lleven ropa adecuada.',
               '"Cuando cae nieve llega gente desde la Ciudad de México, Querétaro y hasta de Guerrero; es cuando más vendemos en todo el año", dijo Herminio Colín Esquivel.'])

# ---------------------------------------------------------------- av20 bad (exporter front matter, no body)
t20 = '''---
id: 9102
title: 'Galería: así se vivió el desfile de carros alegóricos del Carnaval de Tlaxcala'
date: 2016-02-09T20:05:11+00:00
author: Redacción
layout: post
guid: http://www.cuernavacahoy.example.mx/?p=9102
permalink: /2016/02/09/galeria-desfile-carnaval-tlaxcala/
categories:
  - Galerías
---
<!--more-->

&nbsp;

&nbsp;
'''
write_source('av20.md', t20)
write_gold('av20', family='bad',
    refusal_reason='Solo contiene el encabezado YAML; el cuerpo está vacío (solo <!--more--> y espacios &nbsp;)')
