#!/usr/bin/env python3
"""importer-bt, files 11-20."""
import textwrap
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bt11 press (state health ministry, PDF converted to text: hard wraps, page header/footer, form feed)
def pdf_par(p, width=78):
    return textwrap.fill(p, width=width, initial_indent='   ', break_on_hyphens=False)

p11a = [
    'La Secretaría de Salud del Estado de Puebla (SSEP) inició este viernes una jornada intensiva de descacharrización en 22 municipios de la Mixteca, la Sierra Nororiental y el valle de Tehuacán, donde se concentra el 80 por ciento de los casos de dengue registrados en lo que va del año.',
    'Durante tres semanas, brigadas de la Secretaría, acompañadas por personal de los ayuntamientos, recorrerán casa por casa para retirar llantas, botellas, cubetas y cualquier recipiente en desuso que pueda acumular agua y convertirse en criadero del mosquito transmisor.',
    'El titular de la dependencia explicó que hasta la semana pasada se habían confirmado 312 casos de dengue clásico y 41 de dengue hemorrágico en la entidad, una cifra mayor a la del mismo periodo de 2010. Izúcar de Matamoros, Tehuacán y Xicotepec de Juárez encabezan la lista.',
]
p11b = [
    'Además de la descacharrización, se aplicará larvicida en depósitos de agua que no puedan eliminarse, como piletas y tinacos sin tapa, y se realizarán nebulizaciones en las colonias con mayor número de casos.',
    'La Secretaría pidió a la población acudir de inmediato a la unidad de salud más cercana si presenta fiebre alta, dolor de cabeza, dolor detrás de los ojos o dolor en músculos y articulaciones. No se debe tomar ácido acetilsalicílico.',
    'Las autoridades recordaron que la medida más eficaz es sencilla: tapar, voltear, tirar y lavar cada semana los recipientes que almacenan agua en patios y azoteas.',
]
hdr11 = 'SECRETARÍA DE SALUD DEL ESTADO DE PUEBLA                   Boletín SSEP/CS/156/2011'
bt11 = ('GOBIERNO DEL ESTADO DE PUEBLA\n'
        'SECRETARÍA DE SALUD\n'
        '                                                     Boletín SSEP/CS/156/2011\n'
        '\n'
        'Puebla, Pue., a 19 de agosto de 2011\n'
        '\n'
        '          Salud intensifica la descacharrización contra el dengue en 22 municipios\n'
        '\n'
        + '\n\n'.join(pdf_par(p) for p in p11a) + '\n'
        '\n'
        '                                                                 Página 1 de 2\n'
        '\f'
        + hdr11 + '\n'
        '\n'
        + '\n\n'.join(pdf_par(p) for p in p11b) + '\n'
        '\n'
        '                                        oOo\n'
        '\n'
        'Dirección de Comunicación Social | Tel. 222 555 3100 ext. 4112\n'
        '\n'
        '                                                                 Página 2 de 2\n')
write_source('bt11.txt', bt11)
ISS11 = 'SECRETARÍA DE SALUD'
write_gold('bt11', family='press_release',
           title='Salud intensifica la descacharrización contra el dengue en 22 municipios',
           date='2011-08-19', source=ISS11, bulletin_number='SSEP/CS/156/2011', issuer=ISS11,
           dateline_city='Puebla',
           body_first_words='La Secretaría de Salud del Estado de Puebla (SSEP) inició',
           body_last_words='patios y azoteas.',
           boilerplate=['GOBIERNO DEL ESTADO DE PUEBLA', 'Boletín SSEP/CS/156/2011',
                        'Puebla, Pue., a 19 de agosto de 2011', 'Página 1 de 2', hdr11, 'oOo',
                        'Dirección de Comunicación Social | Tel. 222 555 3100 ext. 4112',
                        'Página 2 de 2'],
           must_keep=['una cifra mayor a la del mismo periodo de 2010.',
                      'No se debe tomar ácido acetilsalicílico.',
                      'Las autoridades recordaron que la medida más eficaz es sencilla:'])

# ---------------------------------------------------------------- bt12 wire (regional daily's syndication service by e-mail, forwarded by the desk, CRLF)
bt12 = """De: Julián Coyotzi Morales <jcoyotzi@talavera.example.mx>
Enviado: martes, 14 de febrero de 2012 18:01
Para: Mesa Estados <estados@talavera.example.mx>
Asunto: RV: NOTA 0214-09 Carnaval de Tlaxcala

Para mañana, por favor. Va con foto.

---------- Mensaje reenviado ----------
De: Servicio de Notas El Cronista <notas@elcronista-tlax.example.mx>
Fecha: 14 de febrero de 2012 17:22
Asunto: NOTA 0214-09 Carnaval de Tlaxcala
Para: suscriptores@elcronista-tlax.example.mx

SERVICIO DE NOTAS EL CRONISTA DE TLAXCALA

Cultura

Camadas de huehues de Contla ensayan para el Carnaval de Tlaxcala
Por Araceli Zempoalteca Flores

TLAXCALA, Tlax. (El Cronista).- A una semana del Carnaval, las camadas de huehues de San Bernardino Contla ensayan cada noche en los patios de las casas y en las canchas de basquetbol, entre el sonido de los violines y el golpe de los chicotes contra el piso.

En el municipio hay más de 60 camadas, algunas con más de cien danzantes, que saldrán a las calles a partir del sábado con sus máscaras de madera tallada, sus capas bordadas con lentejuela y sus penachos de plumas. Cada camada tiene su propio estilo y su propio repertorio de sones.

Don Ignacio Cuapio Xochitiotzi, que a sus 74 años sigue tallando máscaras, dice que este año ha tenido más encargos que nunca. "Los jóvenes quieren máscaras nuevas, con ojos de vidrio y pestañas de verdad; antes nos conformábamos con la de la familia", cuenta mientras lija una cara de cedro.

El gobierno del estado calcula que el Carnaval dejará una derrama de alrededor de 90 millones de pesos y atraerá a visitantes de Puebla, la Ciudad de México y Veracruz. Las presentaciones principales serán en la plaza de la Constitución de la capital y en los atrios de las parroquias de cada municipio.

Las autoridades de Protección Civil pidieron a las camadas no usar cohetones durante los recorridos y anunciaron que habrá ambulancias en los principales puntos de reunión.

Para uso exclusivo de los medios suscritos. Favor de dar crédito a El Cronista de Tlaxcala.
Adjunto: huehues_contla.jpg (1.4 MB)
"""
write_source('bt12.txt', bt12, eol='crlf')
write_gold('bt12', family='wire',
           title='Camadas de huehues de Contla ensayan para el Carnaval de Tlaxcala',
           date='2012-02-14', bylines=['Araceli Zempoalteca Flores'],
           source='El Cronista de Tlaxcala', section='Cultura',
           body_first_words='A una semana del Carnaval, las camadas de huehues',
           body_last_words='habrá ambulancias en los principales puntos de reunión.',
           boilerplate=['De: Julián Coyotzi Morales <jcoyotzi@talavera.example.mx>',
                        'Asunto: RV: NOTA 0214-09 Carnaval de Tlaxcala',
                        'Para mañana, por favor. Va con foto.',
                        '---------- Mensaje reenviado ----------',
                        'De: Servicio de Notas El Cronista <notas@elcronista-tlax.example.mx>',
                        'Asunto: NOTA 0214-09 Carnaval de Tlaxcala',
                        'SERVICIO DE NOTAS EL CRONISTA DE TLAXCALA',
                        'TLAXCALA, Tlax. (El Cronista).-',
                        'Para uso exclusivo de los medios suscritos.',
                        'Favor de dar crédito a El Cronista de Tlaxcala.',
                        'Adjunto: huehues_contla.jpg (1.4 MB)'],
           must_keep=['Cada camada tiene su propio estilo y su propio repertorio de sones.',
                      '"Los jóvenes quieren máscaras nuevas, con ojos de vidrio y pestañas de verdad; antes nos conformábamos con la de la familia", cuenta mientras lija una cara de cedro.',
                      'El gobierno del estado calcula que el Carnaval dejará una derrama de alrededor de 90 millones de pesos'])

# ---------------------------------------------------------------- bt13 jekyll (2019 Arc-style story exported JSON-to-Markdown: nested keys)
bt13 = """---
_id: 5KQZ7XWJ4NCRFHM2TDSO3YBLVE
type: story
version: 0.10.4
canonical_website: talavera-deportes
site_name: Talavera Deportes
headlines:
  basic: "Marchista de Texmelucan gana el Nacional de 20 kilómetros y apunta a Tokio 2020"
  meta_title: "Yoselin Tepale gana el Nacional de marcha | Talavera Deportes"
description:
  basic: "La poblana de 22 años bajó su marca personal en casi dos minutos."
credits:
  by:
    - type: author
      _id: rodrigo-cuautle
      name: Rodrigo Cuautle Paredes
      org: Talavera Deportes
display_date: "2019-09-14T23:40:00Z"
first_publish_date: "2019-09-14T23:40:00Z"
last_updated_date: "2019-09-15T16:02:13Z"
taxonomy:
  primary_section:
    _id: /atletismo
    name: Atletismo
  sections:
    - _id: /atletismo
      name: Atletismo
    - _id: /portada
      name: Portada
  tags:
    - text: marcha
    - text: Texmelucan
    - text: Tokio 2020
canonical_url: /atletismo/2019/09/14/marchista-de-texmelucan-gana-el-nacional/
---

Yoselin Tepale Cortés, marchista de San Martín Texmelucan, ganó este sábado el Campeonato Nacional de 20 kilómetros con un tiempo de una hora, 31 minutos y 12 segundos, casi dos minutos menos que su mejor marca personal.

![Yoselin Tepale durante la prueba.](https://talavera-deportes.example.mx/resizer/marcha-tepale.jpg)
*Foto: Cortesía / Asociación Poblana de Atletismo*

La poblana, de 22 años, se separó del grupo de punta en el kilómetro 14 y ya no fue alcanzada. Detrás de ella llegaron dos atletas del Estado de México, que también buscan un lugar en el equipo olímpico.

**Lee también:** [Puebla recibirá el Nacional juvenil de clavados en diciembre](https://talavera-deportes.example.mx/clavados/2019/09/12/nacional-juvenil/)

Su entrenador, Marcelino Apanco Ruiz, dijo que el resultado confirma que la preparación en altura en el Nevado de Toluca dio frutos. "Todavía le falta bajar cuatro minutos para la marca olímpica, pero nunca la había visto tan fuerte en el último tramo", explicó.

Tepale empezó a marchar a los 13 años en la pista de tierra de la unidad deportiva de su municipio, donde entrenaba después de ayudar a su familia en un puesto de verduras en el mercado. Hoy estudia Educación Física y recibe una beca del instituto estatal del deporte.

La atleta competirá en noviembre en una prueba internacional en Sudamérica, donde intentará acercarse al tiempo que exige la federación internacional para los Juegos Olímpicos.
"""
write_source('bt13.md', bt13)
write_gold('bt13', family='jekyll',
           title='Marchista de Texmelucan gana el Nacional de 20 kilómetros y apunta a Tokio 2020',
           date='2019-09-14', bylines=['Rodrigo Cuautle Paredes'], source='Talavera Deportes',
           section='Atletismo', placement=['Portada'],
           body_first_words='Yoselin Tepale Cortés, marchista de San Martín Texmelucan',
           body_last_words='que exige la federación internacional para los Juegos Olímpicos.',
           boilerplate=['Yoselin Tepale durante la prueba.',
                        'Foto: Cortesía / Asociación Poblana de Atletismo',
                        'Puebla recibirá el Nacional juvenil de clavados en diciembre'],
           must_keep=['La poblana, de 22 años, se separó del grupo de punta en el kilómetro 14 y ya no fue alcanzada.',
                      '"Todavía le falta bajar cuatro minutos para la marca olímpica, pero nunca la había visto tan fuerte en el último tramo", explicó.',
                      'Hoy estudia Educación Física y recibe una beca del instituto estatal del deporte.'],
           photo_credit='Cortesía / Asociación Poblana de Atletismo')

# ---------------------------------------------------------------- bt14 press (municipality, sent to the desk over WhatsApp; chat export)
bt14 = """24/10/14 9:50 - Prensa Atlixco añadió a Mesa Talavera
24/10/14 10:02 - Prensa Atlixco: Buenos días medios, les compartimos el boletín de hoy 📰
24/10/14 10:03 - Prensa Atlixco: *H. AYUNTAMIENTO DE ATLIXCO*
*Comunicación Social*
*Boletín 233*

*PRODUCTORES DE ATLIXCO LEVANTAN COSECHA RÉCORD DE CEMPASÚCHIL*

Atlixco, Puebla, a 24 de octubre de 2014.- Productores de flor de las juntas auxiliares de Atlixco comenzaron el corte de cempasúchil para la temporada de Día de Muertos, con una cosecha estimada en 1,800 toneladas, la mayor de la última década, informó el Ayuntamiento.

La flor se sembró en cerca de 400 hectáreas de Santa Lucía Cosamaloapan, San Jerónimo Coyula y La Trinidad Tepango, donde las lluvias de septiembre favorecieron el crecimiento de plantas más altas y con botones más grandes.

El director municipal de Desarrollo Rural explicó que este año los productores recibieron asesoría para escalonar las siembras, lo que permitirá cortar flor fresca desde esta semana y hasta el 1 de noviembre, y evitar que toda la cosecha llegue al mercado el mismo día.

"Antes vendíamos todo en dos días y el precio se caía; ahora vamos cortando conforme nos piden", comentó la productora Amalia Tlacotempa Ramos.

Compradores de la Ciudad de México, Tlaxcala, Veracruz y el estado de Morelos ya acuden a los campos para cerrar tratos, y el Ayuntamiento instalará un punto de venta en el mercado Benito Juárez para que las familias de la ciudad compren directamente a los productores.

Las autoridades recordaron que los campos de cempasúchil pueden visitarse con guía los fines de semana, como parte de las actividades de la temporada.

-oOo-
24/10/14 10:03 - Prensa Atlixco: IMG-20141024-WA0011.jpg (archivo adjunto)
24/10/14 10:04 - Prensa Atlixco: Pie de foto: Productores de Santa Lucía Cosamaloapan durante el corte de flor. Crédito: Comunicación Social Atlixco
24/10/14 10:21 - Mesa Talavera: Recibido, gracias 👍
"""
write_source('bt14.txt', bt14)
ISS14 = 'H. AYUNTAMIENTO DE ATLIXCO'
write_gold('bt14', family='press_release',
           title='PRODUCTORES DE ATLIXCO LEVANTAN COSECHA RÉCORD DE CEMPASÚCHIL',
           date='2014-10-24', source=ISS14, bulletin_number='233', issuer=ISS14,
           dateline_city='Atlixco',
           body_first_words='Productores de flor de las juntas auxiliares de Atlixco',
           body_last_words='como parte de las actividades de la temporada.',
           boilerplate=['24/10/14 9:50 - Prensa Atlixco añadió a Mesa Talavera',
                        '24/10/14 10:02 - Prensa Atlixco: Buenos días medios, les compartimos el boletín de hoy 📰',
                        '24/10/14 10:03 - Prensa Atlixco:', '*Comunicación Social*', '*Boletín 233*',
                        'Atlixco, Puebla, a 24 de octubre de 2014.-', '-oOo-',
                        '24/10/14 10:03 - Prensa Atlixco: IMG-20141024-WA0011.jpg (archivo adjunto)',
                        'Pie de foto: Productores de Santa Lucía Cosamaloapan durante el corte de flor. Crédito: Comunicación Social Atlixco',
                        '24/10/14 10:21 - Mesa Talavera: Recibido, gracias 👍'],
           must_keep=['"Antes vendíamos todo en dos días y el precio se caía; ahora vamos cortando conforme nos piden", comentó la productora Amalia Tlacotempa Ramos.',
                      'La flor se sembró en cerca de 400 hectáreas de Santa Lucía Cosamaloapan, San Jerónimo Coyula y La Trinidad Tepango',
                      'Las autoridades recordaron que los campos de cempasúchil pueden visitarse con guía los fines de semana, como parte de las actividades de la temporada.'],
           photo_credit='Comunicación Social Atlixco')

# ---------------------------------------------------------------- bt15 generic (typed transcription of a print-morgue clipping: centred title, 5-space indents, "* * *" divider)
bt15 = """                    La última función del cine Encanto

     Durante más de cuarenta años, el cine Encanto de la 11 Norte fue el lugar donde medio barrio de San Sebastián vio sus primeras películas. Tenía mil doscientas butacas de madera, un telón de terciopelo guinda y un acomodador que conocía a cada familia por su nombre.

     Los domingos había función doble desde las once de la mañana. Los niños llegaban con tortas envueltas en papel de estraza y los novios ocupaban las filas de atrás, lejos de la mirada de las tías. En la dulcería se vendían pepitas, cacahuates garapiñados y refrescos de botella que se devolvían al salir.

     La llegada de la televisión primero, y del video después, fue vaciando la sala. En los últimos años la empresa sólo abría el fin de semana, y la marquesina anunciaba películas que ya se habían estrenado meses antes en los cines del centro.

                              * * *

     La última función fue un martes. Se proyectó una comedia de Cantinflas y asistieron poco más de ochenta personas, muchas de ellas antiguos empleados que se enteraron del cierre por el periódico. Al terminar la película nadie se levantó durante los créditos.

     Don Refugio, el proyeccionista, guardó los carretes en sus latas y apagó la máquina como todas las noches. Contó después que se quedó un rato sentado en la cabina, mirando la sala vacía por la ventanilla, antes de bajar a entregar las llaves.

     Hoy en el predio hay un estacionamiento. Los vecinos más viejos todavía lo llaman el Encanto.
"""
write_source('bt15.txt', bt15, eol='crlf')
write_gold('bt15', family='generic',
           title='La última función del cine Encanto',
           body_first_words='Durante más de cuarenta años, el cine Encanto de la 11 Norte',
           body_last_words='Los vecinos más viejos todavía lo llaman el Encanto.',
           must_keep=['Los domingos había función doble desde las once de la mañana.',
                      'La última función fue un martes.',
                      'Hoy en el predio hay un estacionamiento.'])

# ---------------------------------------------------------------- bt16 generic (data-desk draft with MultiMarkdown metadata, no front matter fences)
bt16 = """Title: Cuánto cuesta llenar la despensa básica en los mercados de Puebla
Author: Paulina Techachal Ríos
Date: 2013-07-02
Keywords: precios, mercados, canasta básica
Base Header Level: 2

Una despensa con los 20 productos básicos que consume una familia poblana de cuatro integrantes cuesta en promedio 1,046 pesos en los mercados municipales de la capital, 7 por ciento menos que en las tiendas de autoservicio, según un recorrido de precios realizado durante la última semana de junio.

El recorrido incluyó los mercados 5 de Mayo, Hidalgo, La Acocota y Zapata, y tres cadenas de supermercados. En cada punto se registró el precio por kilo o por pieza del producto más barato disponible de calidad comparable.

| Producto | Mercado (promedio) | Supermercado (promedio) |
|---|---|---|
| Tortilla (kg) | 11.50 | 12.90 |
| Frijol negro (kg) | 19.80 | 22.40 |
| Huevo (kg) | 24.60 | 23.90 |
| Jitomate (kg) | 14.20 | 17.50 |

Las mayores diferencias se encontraron en frutas, verduras y chiles, donde los mercados fueron hasta 25 por ciento más baratos. En cambio, el huevo, el aceite y la leche resultaron un poco más caros en los mercados, porque los locatarios compran a distribuidores y no directamente a las empresas.

Los locatarios consultados atribuyen la ventaja a que compran a diario en la central de abasto y tienen menos gastos de operación. Sin embargo, advierten que la clientela ha disminuido desde que se abrieron tres plazas comerciales en la periferia.

La metodología completa y la base de datos se publicarán junto con la nota en la edición digital.
"""
write_source('bt16.md', bt16)
write_gold('bt16', family='generic',
           title='Cuánto cuesta llenar la despensa básica en los mercados de Puebla',
           date='2013-07-02', bylines=['Paulina Techachal Ríos'],
           body_first_words='Una despensa con los 20 productos básicos',
           body_last_words='se publicarán junto con la nota en la edición digital.',
           boilerplate=['Keywords: precios, mercados, canasta básica', 'Base Header Level: 2'],
           must_keep=['En cada punto se registró el precio por kilo o por pieza del producto más barato disponible de calidad comparable.',
                      'Las mayores diferencias se encontraron en frutas, verduras y chiles, donde los mercados fueron hasta 25 por ciento más baratos.',
                      'Sin embargo, advierten que la clientela ha disminuido desde que se abrieron tres plazas comerciales en la periferia.'])

# ---------------------------------------------------------------- bt17 press (INAH Puebla after the 2017 earthquake, UTF-16 BE with BOM, CRLF)
bt17 = """INSTITUTO NACIONAL DE ANTROPOLOGÍA E HISTORIA - CENTRO INAH PUEBLA
Boletín No. 318
2 de octubre de 2017

Centro INAH Puebla concluye la primera etapa de revisión de templos dañados por el sismo

Puebla, Pue.- El Centro INAH Puebla concluyó la primera etapa de inspección de los inmuebles históricos dañados por el sismo del 19 de septiembre en el estado, en la que especialistas revisaron templos, ex conventos, capillas y edificios civiles en 112 municipios.

De acuerdo con los dictámenes preliminares, la mayor parte de los daños se concentra en cúpulas, torres campanario y bóvedas de templos construidos entre los siglos XVI y XVIII, especialmente en la Mixteca y en la región de Atlixco e Izúcar de Matamoros.

La responsable del área de monumentos históricos, arquitecta Marisela Cuanalo Ortega, explicó que los inmuebles se clasificaron según la gravedad de los daños, y que en los casos de riesgo alto se colocaron apuntalamientos de emergencia para evitar colapsos durante las réplicas.

El Instituto recordó que ningún trabajo de demolición o intervención en monumentos históricos puede realizarse sin autorización, y pidió a párrocos, mayordomos y autoridades municipales no retirar escombros con maquinaria pesada, porque entre ellos puede haber fragmentos de retablos, pintura mural o elementos escultóricos que pueden recuperarse.

En la siguiente etapa, que comenzará la próxima semana, se elaborarán los proyectos de restauración de los inmuebles con daño severo, con la participación de restauradores, ingenieros estructurales y las comunidades.

---000---

Síguenos en redes sociales: @INAHPueblaEj
Correo: prensa@inah-puebla.example.mx
"""
write_source('bt17.txt', bt17, enc='utf-16-be', eol='crlf', bom=True)
ISS17 = 'INSTITUTO NACIONAL DE ANTROPOLOGÍA E HISTORIA - CENTRO INAH PUEBLA'
write_gold('bt17', family='press_release',
           title='Centro INAH Puebla concluye la primera etapa de revisión de templos dañados por el sismo',
           date='2017-10-02', source=ISS17, bulletin_number='318', issuer=ISS17,
           dateline_city='Puebla',
           body_first_words='El Centro INAH Puebla concluyó la primera etapa de inspección',
           body_last_words='ingenieros estructurales y las comunidades.',
           boilerplate=['Boletín No. 318', '2 de octubre de 2017', 'Puebla, Pue.-', '---000---',
                        'Síguenos en redes sociales: @INAHPueblaEj',
                        'Correo: prensa@inah-puebla.example.mx'],
           must_keep=['De acuerdo con los dictámenes preliminares, la mayor parte de los daños se concentra en cúpulas, torres campanario y bóvedas de templos construidos entre los siglos XVI y XVIII',
                      'El Instituto recordó que ningún trabajo de demolición o intervención en monumentos históricos puede realizarse sin autorización',
                      'que en los casos de riesgo alto se colocaron apuntalamientos de emergencia para evitar colapsos durante las réplicas.'])

# ---------------------------------------------------------------- bt18 jekyll (hand-made Jekyll site: day-first date, space-separated categories string)
bt18 = """---
layout: post
title: La Palafoxiana celebra el Día del Libro con visitas nocturnas a su sala principal
date: 23/04/2018
author: Ximena Olvera Cuautle
categories: Portada Cultura
tags: [libros, patrimonio, Centro Histórico]
site_title: Cartelera Angelópolis
---

La Biblioteca Palafoxiana abrió este lunes sus puertas por la noche para celebrar el Día Internacional del Libro, con recorridos guiados de media hora para grupos de veinte personas que recorrieron la sala principal a la luz de lámparas de mano.

Las visitas, gratuitas y con registro previo, se agotaron en menos de una hora cuando se anunciaron la semana pasada. Para atender la demanda, los organizadores agregaron dos horarios más y abrirán una lista de espera para una segunda jornada en mayo.

Durante el recorrido, los guías explicaron la historia del acervo, que comenzó con los más de cinco mil volúmenes que el obispo Juan de Palafox y Mendoza donó en 1646, y mostraron algunos de los libros que normalmente sólo se exhiben en vitrinas, como atlas antiguos y tratados de medicina.

Afuera, en el patio de la Casa de la Cultura, un grupo de estudiantes de Letras leyó en voz alta fragmentos de novelas y poemas de autores poblanos, mientras una librería de viejo instaló una mesa con ejemplares a veinte pesos.

"Mucha gente de Puebla nunca ha entrado; la noche les quita el miedo de que sea un lugar solemne", dijo Leonor Huitzil Sosa, una de las guías voluntarias.

Los organizadores pidieron no usar flash dentro de la sala para proteger los libros y recordaron que la biblioteca abre de martes a domingo en horario regular.
"""
write_source('bt18.md', bt18)
write_gold('bt18', family='jekyll',
           title='La Palafoxiana celebra el Día del Libro con visitas nocturnas a su sala principal',
           date='2018-04-23', bylines=['Ximena Olvera Cuautle'], source='Cartelera Angelópolis',
           section='Cultura', placement=['Portada'],
           body_first_words='La Biblioteca Palafoxiana abrió este lunes sus puertas por la noche',
           body_last_words='la biblioteca abre de martes a domingo en horario regular.',
           must_keep=['Las visitas, gratuitas y con registro previo, se agotaron en menos de una hora cuando se anunciaron la semana pasada.',
                      '"Mucha gente de Puebla nunca ha entrado; la noche les quita el miedo de que sea un lugar solemne", dijo Leonor Huitzil Sosa, una de las guías voluntarias.',
                      'que el obispo Juan de Palafox y Mendoza donó en 1646'])

# ---------------------------------------------------------------- bt19 bad (the 2008 site's section page saved as HTML: navigation and headline links only)
bt19 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>Talavera en Línea - Deportes</title>
<link href="/css/estilos2008.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/menu.js"></script>
</head>
<body>
<div id="cabecera"><a href="/"><img src="/img/logo_talavera.gif" alt="Talavera en Línea" /></a></div>
<ul id="menu">
  <li><a href="/">Inicio</a></li>
  <li><a href="/puebla/">Puebla</a></li>
  <li><a href="/nacional/">Nacional</a></li>
  <li class="activo"><a href="/deportes/">Deportes</a></li>
  <li><a href="/espectaculos/">Espectáculos</a></li>
  <li><a href="/opinion/">Opinión</a></li>
  <li><a href="/clasificados/">Clasificados</a></li>
</ul>
<div id="columna">
  <h3>Lo más leído</h3>
  <ul>
    <li><a href="/deportes/2008/04/08/medio-maraton.html">Más de 4 mil corredores tomarán las calles</a></li>
    <li><a href="/deportes/2008/04/07/juvenil.html">Puebla será sede del Nacional juvenil</a></li>
    <li><a href="/deportes/2008/04/06/liga.html">Resultados de la liga municipal</a></li>
  </ul>
</div>
<div id="pie">&copy; 2008 Editora Talavera, S.A. de C.V. | <a href="/aviso.html">Aviso de privacidad</a> | <a href="/contacto.html">Contacto</a></div>
</body>
</html>
"""
write_source('bt19.txt', bt19, enc='cp1252', eol='crlf')
write_gold('bt19', family='bad',
           refusal_reason='Es una página HTML guardada que sólo contiene menús y enlaces de navegación; no hay ninguna nota que importar.')

# ---------------------------------------------------------------- bt20 wire (digital outlet's live blog copied from the web page; newest entry first)
bt20 = """EN VIVO

Socavón en Santa María Zacatepec: lo que sabemos, minuto a minuto

Puebla al Minuto | Estado
Por Mónica Tlatelpa Cuéllar y Joel Xochitiotzi Pérez
Publicado: 30/05/2021 09:15 | Última actualización: 31/05/2021 00:40

🔄 Esta nota se actualiza constantemente. Recarga la página para ver lo más reciente.

00:40 h. Protección Civil estatal informó que el socavón mantiene un diámetro aproximado de 80 metros y que seguirá la vigilancia durante toda la noche. Los elementos de seguridad mantienen el perímetro cerrado a curiosos.

21:30 h. El gobierno del estado anunció que las familias que viven junto al terreno permanecerán en un albergue temporal mientras especialistas determinan si existe riesgo para las viviendas cercanas.

📌 Entrada destacada

18:05 h. Especialistas en geología y personal de la Comisión Nacional del Agua tomaron muestras del agua acumulada en el fondo. Explicaron que los resultados tardarán varios días y pidieron no especular sobre las causas.

14:20 h. Vecinos de la junta auxiliar de Santa María Zacatepec, en el municipio de Juan C. Bonilla, se reunieron a un costado del terreno de cultivo. "Nunca habíamos visto algo así; el piso se fue hundiendo poco a poco desde ayer", dijo una campesina que siembra en una parcela vecina.

11:00 h. Las autoridades municipales pidieron a la población no acercarse a la orilla, porque la tierra sigue desprendiéndose hacia el interior del hundimiento.

09:15 h. Buenos días. Seguimos en este espacio la evolución del socavón que apareció el sábado en un terreno agrícola de Santa María Zacatepec y que desde la tarde de ayer no ha dejado de crecer.

📲 Recibe las alertas de Puebla al Minuto en tu celular: únete a nuestro canal de WhatsApp.
"""
write_source('bt20.md', bt20)
write_gold('bt20', family='wire',
           title='Socavón en Santa María Zacatepec: lo que sabemos, minuto a minuto',
           date='2021-05-30', bylines=['Mónica Tlatelpa Cuéllar', 'Joel Xochitiotzi Pérez'],
           source='Puebla al Minuto', section='Estado', placement=['EN VIVO'],
           body_first_words='00:40 h. Protección Civil estatal informó que el socavón',
           body_last_words='y que desde la tarde de ayer no ha dejado de crecer.',
           boilerplate=['Esta nota se actualiza constantemente. Recarga la página para ver lo más reciente.',
                        'Entrada destacada',
                        'Recibe las alertas de Puebla al Minuto en tu celular: únete a nuestro canal de WhatsApp.'],
           must_keep=['Los elementos de seguridad mantienen el perímetro cerrado a curiosos.',
                      'Explicaron que los resultados tardarán varios días y pidieron no especular sobre las causas.',
                      '"Nunca habíamos visto algo así; el piso se fue hundiendo poco a poco desde ayer", dijo una campesina que siembra en una parcela vecina.'])
