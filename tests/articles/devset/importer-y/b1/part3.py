# -*- coding: utf-8 -*-
"""Files y21-y30."""
from util import G, BAD, build

FILES = []
NOTES = {}
NB = '\u00a0'

# ---------------------------------------------------------------- y21 press release (Campeche, control byte)
t21 = """
COMUNICADO
H. Ayuntamiento de Campeche
Comunicado 188/2022

San Francisco de Campeche, Camp., 17 de agosto de 2022

Inicia el dragado del canal de pescadores en Lerma

El H. Ayuntamiento de Campeche, en coordinación con la Secretaría de Pesca y Acuacultura estatal, inició el dragado del canal de acceso al puerto de abrigo de Lerma, que desde hace dos años impedía la salida de embarcaciones en marea baja.

Los trabajos consisten en retirar alrededor de 48 mil metros cúbicos de sedimento a lo largo de 1.3 kilómetros, con lo que el canal recuperará una profundidad de tres metros.\x0b La obra tiene una inversión de 21 millones de pesos.

El presidente de la cooperativa Pescadores Unidos de Lerma, Wilberth Canul Huchín, dijo que 320 lanchas de la comunidad resultarán beneficiadas y que muchas tripulaciones habían tenido que trasladarse a Champotón para poder salir a pescar.

La dirección de Obras Públicas municipal informó que el material extraído se depositará en un banco autorizado por las autoridades ambientales y que se realizarán monitoreos de calidad del agua durante toda la obra.

Se prevé que los trabajos concluyan a mediados de octubre, antes del inicio de la temporada de captura de pulpo en aguas profundas.

FIN

Facebook: /AyuntamientoCampecheEj
X: @CampecheAytoEj
Instagram: @campeche.ayto.ej
"""
FILES.append(('y21.txt', build(t21, eol='\r\n'), G(
    family='press_release',
    title='Inicia el dragado del canal de pescadores en Lerma',
    date='2022-08-17', source='H. Ayuntamiento de Campeche',
    bulletin_number='188/2022', issuer='H. Ayuntamiento de Campeche', dateline_city='San Francisco de Campeche',
    body_first_words='El H. Ayuntamiento de Campeche, en coordinación con la Secretaría de Pesca',
    body_last_words='antes del inicio de la temporada de captura de pulpo en aguas profundas.',
    boilerplate=['Comunicado 188/2022', 'San Francisco de Campeche, Camp., 17 de agosto de 2022',
                 'FIN', '/AyuntamientoCampecheEj', '@CampecheAytoEj', '@campeche.ayto.ej'],
    must_keep=['La obra tiene una inversión de 21 millones de pesos.',
               'El presidente de la cooperativa Pescadores Unidos de Lerma, Wilberth Canul Huchín, dijo que 320 lanchas de la comunidad resultarán beneficiadas y que muchas tripulaciones habían tenido que trasladarse a Champotón para poder salir a pescar.'])))
NOTES['y21.txt'] = ('UTF-8', 'CRLF', 'stray control byte 0x0B between two sentences; COMUNICADO + issuer + number; dateline on own line; FIN then social handles')

# ---------------------------------------------------------------- y22 generic (opinion-like plain text, caps title)
t22 = """
BALANCE DE LA TEMPORADA DE CAFÉ EN LA SIERRA MAZATECA

Huautla de Jiménez, Oaxaca.

La temporada de cosecha de café en la Sierra Mazateca cerró con una producción cercana a 9 mil quintales, una cifra ligeramente superior a la del ciclo anterior, según el recuento que hicieron las organizaciones de productores de la región.

Las lluvias llegaron a tiempo en la mayor parte de los cafetales, aunque en las partes bajas de San José Tenango la roya volvió a afectar a las variedades más antiguas. Los productores calculan que ahí se perdió alrededor de una quinta parte de la cosecha.

El precio pagado por los acopiadores se mantuvo entre 62 y 70 pesos por kilo de café pergamino, mejor que hace dos años, pero todavía insuficiente para cubrir el costo de la mano de obra en las parcelas más alejadas, de acuerdo con los productores.

Algunas cooperativas comenzaron a tostar y empacar su propio café para venderlo en ferias de la capital oaxaqueña y de Puebla, lo que les ha permitido obtener hasta el doble de ingreso por kilo.

Para el próximo ciclo, las organizaciones buscan renovar 200 hectáreas con plantas resistentes a la roya y formar un fondo común para la compra de despulpadoras.
"""
FILES.append(('y22.text', build(t22, enc='cp1252'), G(
    family='generic',
    title='BALANCE DE LA TEMPORADA DE CAFÉ EN LA SIERRA MAZATECA',
    body_first_words='La temporada de cosecha de café en la Sierra Mazateca cerró',
    body_last_words='formar un fondo común para la compra de despulpadoras.',
    must_keep=['Los productores calculan que ahí se perdió alrededor de una quinta parte de la cosecha.',
               'Algunas cooperativas comenzaron a tostar y empacar su propio café para venderlo en ferias de la capital oaxaqueña y de Puebla, lo que les ha permitido obtener hasta el doble de ingreso por kilo.'])))
NOTES['y22.text'] = ('Windows-1252', 'LF', 'caps first-line title; a bare place line (no date, no issuer, no end marker) that is not a press-release dateline')

# ---------------------------------------------------------------- y23 jekyll (CRLF, Portada + section, vc shortcodes)
t23 = """
---
layout: post
title: "Juchitán inaugura la primera planta de reciclaje de PET del Istmo"
date: 2018-06-30
permalink: /2018/06/30/juchitan-planta-reciclaje-pet/
guid: http://istmovivo.example/?p=1208
medio: Istmo Vivo
categories: ["Portada", "Región"]
tags: [reciclaje, Juchitán, medio ambiente]
author_login: lvasquez
author: Lucía Vásquez Toledo
---
[vc_row][vc_column][vc_column_text]

Juchitán de Zaragoza cuenta desde este sábado con la primera planta de reciclaje de PET del Istmo de Tehuantepec, con capacidad para procesar 12 toneladas de plástico al mes.

La planta, instalada en la agencia de Cheguigo, fue construida por una cooperativa de 26 mujeres con apoyo de una fundación y del gobierno municipal, que donó el terreno y la conexión eléctrica.

La presidenta de la cooperativa, Nayeli Orozco Jiménez, explicó que el plástico se comprará a recolectores y vecinos a 4 pesos el kilo, se lavará y triturará, y se venderá como hojuela a empresas recicladoras de Puebla y la Ciudad de México.

“Antes el PET terminaba en el río Los Perros o lo quemaban en los patios; ahora tiene un valor”, dijo durante la inauguración.

Las autoridades municipales anunciaron que instalarán 40 contenedores para separar botellas en escuelas y mercados, y que el camión recolector tendrá una ruta específica los miércoles.

La cooperativa estima generar 15 empleos directos durante el primer año de operación.

[/vc_column_text][/vc_column][/vc_row]
"""
FILES.append(('y23.md', build(t23, eol='\r\n'), G(
    family='jekyll',
    title='Juchitán inaugura la primera planta de reciclaje de PET del Istmo',
    date='2018-06-30', bylines=['Lucía Vásquez Toledo'], source='Istmo Vivo',
    section='Región', placement=['Portada'],
    body_first_words='Juchitán de Zaragoza cuenta desde este sábado con la primera planta',
    body_last_words='estima generar 15 empleos directos durante el primer año de operación.',
    boilerplate=['[vc_row][vc_column][vc_column_text]', '[/vc_column_text][/vc_column][/vc_row]',
                 'author_login', 'guid'],
    must_keep=['La planta, instalada en la agencia de Cheguigo, fue construida por una cooperativa de 26 mujeres con apoyo de una fundación y del gobierno municipal, que donó el terreno y la conexión eléctrica.',
               '“Antes el PET terminaba en el río Los Perros o lo quemaban en los patios; ahora tiene un valor”, dijo durante la inauguración.'])))
NOTES['y23.md'] = ('UTF-8', 'CRLF', 'bare YAML date; medio: key for the site; quoted flow categories with Portada; WPBakery [vc_*] shortcodes wrapping the body; curly quotes')

# ---------------------------------------------------------------- y24 wire (Michoacán, opinion-ish column label, cp1252)
t24 = """
EL VIGÍA DE MORELIA
Edición impresa — Primera plana — Columna: Crónica de la ciudad

Morelia retira 300 toneladas de lirio del lago de Cuitzeo en un mes

Texto: Samuel Huape Ortega
Morelia, Mich., 27 de junio de 2023

Brigadas del gobierno estatal y de pescadores de la ribera retiraron en un mes 300 toneladas de lirio acuático del lago de Cuitzeo, el segundo cuerpo de agua más grande del país, informó la Secretaría del Medio Ambiente de Michoacán.

Los trabajos se concentraron en las inmediaciones de San Agustín del Maíz y Cuitzeo del Porvenir, donde la planta cubría más de 80 hectáreas y había bloqueado los embarcaderos. Te puede interesar | Reabren el malecón de Chapala tras obras de rehabilitación El lirio retirado se trasladó a un predio donde será compostado.

El biólogo Anselmo Tapia Ruiz explicó que el crecimiento del lirio se acelera por las descargas de aguas residuales sin tratar de los municipios de la cuenca, por lo que su retiro debe acompañarse de obras de saneamiento.

Pescadores de la zona señalaron que, tras la limpieza, pudieron volver a colocar sus redes de charal y que las capturas comenzaron a recuperarse en las últimas dos semanas.

La dependencia anunció una segunda etapa en agosto, con maquinaria anfibia y la contratación temporal de 120 pobladores de las comunidades ribereñas.

Foto: El Vigía / Samuel Huape

Suscríbete a la edición digital y lee el periódico completo desde tu celular.
"""
FILES.append(('y24.txt', build(t24, enc='cp1252', eol='\r\n'), G(
    family='wire',
    title='Morelia retira 300 toneladas de lirio del lago de Cuitzeo en un mes',
    date='2023-06-27', bylines=['Samuel Huape Ortega'], source='El Vigía de Morelia',
    section=None, placement=['Primera plana'],
    body_first_words='Brigadas del gobierno estatal y de pescadores de la ribera retiraron',
    body_last_words='la contratación temporal de 120 pobladores de las comunidades ribereñas.',
    boilerplate=['Edición impresa — Primera plana — Columna: Crónica de la ciudad',
                 'Te puede interesar | Reabren el malecón de Chapala tras obras de rehabilitación',
                 'Suscríbete a la edición digital', 'Texto: Samuel Huape Ortega'],
    must_keep=['Los trabajos se concentraron en las inmediaciones de San Agustín del Maíz y Cuitzeo del Porvenir, donde la planta cubría más de 80 hectáreas y había bloqueado los embarcaderos.',
               'El lirio retirado se trasladó a un predio donde será compostado.'],
    photo_credit='El Vigía / Samuel Huape')))
NOTES['y24.txt'] = ('Windows-1252', 'CRLF', 'print remnant "Edición impresa — Primera plana — Columna:" (em dashes in cp1252); "Texto:" byline; teaser glued between two sentences')

# ---------------------------------------------------------------- y25 press release (Aguascalientes)
t25 = """
Gobierno del Estado de Aguascalientes
Coordinación General de Comunicación Social

Comunicado 112/2024

Aguascalientes, Ags., 22 de abril de 2024.

**Abren 2 mil becas para cursos de inglés y programación para jóvenes aguascalentenses**

El Gobierno del Estado, a través del Instituto Aguascalentense de la Juventud, abrió la convocatoria para 2 mil becas de cursos de inglés y programación dirigidas a jóvenes de 15 a 29 años de los 11 municipios.

Las becas cubren el 100 por ciento del costo de los cursos, que se impartirán en línea y de forma presencial en los centros de capacitación del estado durante seis meses.

El director del instituto, Emiliano Rangel Serna, informó que mil becas serán para inglés con certificación internacional y mil para cursos de desarrollo web, análisis de datos y diseño de aplicaciones.

Los interesados deberán registrarse antes del 15 de mayo y presentar una identificación oficial, comprobante de domicilio y constancia de estudios o de empleo. Se dará prioridad a jóvenes de comunidades rurales y a quienes no cuenten con empleo formal.

El funcionario señaló que el programa se realiza con empresas del sector automotriz y de tecnologías de la información instaladas en el estado, que ofrecerán prácticas profesionales a los mejores promedios.

* * *

Contacto para medios:
Coordinación General de Comunicación Social
Tel. 000 000 0000 · medios@ags-gob.example
"""
FILES.append(('y25.md', build(t25), G(
    family='press_release',
    title='Abren 2 mil becas para cursos de inglés y programación para jóvenes aguascalentenses',
    date='2024-04-22', source='Gobierno del Estado de Aguascalientes',
    bulletin_number='112/2024', issuer='Gobierno del Estado de Aguascalientes', dateline_city='Aguascalientes',
    body_first_words='El Gobierno del Estado, a través del Instituto Aguascalentense de la Juventud',
    body_last_words='que ofrecerán prácticas profesionales a los mejores promedios.',
    boilerplate=['Comunicado 112/2024', 'Aguascalientes, Ags., 22 de abril de 2024.', '* * *',
                 'Contacto para medios:', 'medios@ags-gob.example'],
    must_keep=['Las becas cubren el 100 por ciento del costo de los cursos, que se impartirán en línea y de forma presencial en los centros de capacitación del estado durante seis meses.',
               'Se dará prioridad a jóvenes de comunidades rurales y a quienes no cuenten con empleo formal.'])))
NOTES['y25.md'] = ('UTF-8', 'LF', 'issuer first, then bulletin, then dateline line; bold title; * * * end marker then media contact')

# ---------------------------------------------------------------- y26 bad (CSV export)
t26 = """
id,titulo,fecha,seccion,autor,estatus
1021,"Arranca programa de bacheo en 40 colonias",2023-05-10,Morelia,"Redacción",publicado
1022,"Presentan cartel de la feria de Morelia",2023-05-10,Cultura,"Samuel Huape",publicado
1023,"Suben casos de dengue en Tierra Caliente",2023-05-11,Salud,"Redacción",borrador
1024,"Reabren el malecón de Chapala",2023-05-11,Región,"Lidia Ochoa",publicado
"""
FILES.append(('y26.txt', build(t26, eol='\r\n'), BAD('Es una exportación CSV de un listado de notas, no una nota.')))
NOTES['y26.txt'] = ('UTF-8', 'CRLF', 'CSV export of a post list with .txt extension')

# ---------------------------------------------------------------- y27 jekyll (odd capitalised keys, ISO date with Z-like offset)
t27 = """
---
Title: "Mil 200 artesanos participan en la Feria Nacional del Rebozo de Santa María del Río"
Date: 2022-03-10T01:30:00+00:00
Layout: post
Site: Rebozo y Tierra
Section: Artesanías
Tags: "rebozo, artesanías, San Luis Potosí"
post_author: 'Guadalupe Rocha Méndez'
wp_status: publish
---

Mil 200 artesanos de 14 estados participan en la Feria Nacional del Rebozo que se inauguró en Santa María del Río, municipio potosino reconocido por la elaboración de rebozos de seda y artisela en telar de cintura.

La feria, que se realiza en el jardín principal y en la Escuela de Rebocería, incluye exposición y venta, concursos de tejido y empuntado, así como talleres para niñas y niños.

[toc]

La presidenta del comité organizador, Josefina Almaguer Rivera, informó que este año se registró un récord de 310 piezas inscritas en el concurso, cuyo primer lugar recibirá un premio de 80 mil pesos.

Artesanas locales señalaron que un rebozo de seda fina puede tardar hasta cuatro meses en elaborarse y que el principal reto es que los jóvenes continúen con el oficio.

El comité prevé la visita de 40 mil personas durante los cuatro días de la feria y pidió a los visitantes comprar directamente a las y los artesanos.
"""
FILES.append(('y27.markdown', build(t27, bom=True), G(
    family='jekyll',
    title='Mil 200 artesanos participan en la Feria Nacional del Rebozo de Santa María del Río',
    date='2022-03-10', bylines=['Guadalupe Rocha Méndez'], source='Rebozo y Tierra', section='Artesanías',
    body_first_words='Mil 200 artesanos de 14 estados participan en la Feria Nacional del Rebozo',
    body_last_words='pidió a los visitantes comprar directamente a las y los artesanos.',
    boilerplate=['[toc]', 'wp_status'],
    must_keep=['La feria, que se realiza en el jardín principal y en la Escuela de Rebocería, incluye exposición y venta, concursos de tejido y empuntado, así como talleres para niñas y niños.',
               'Artesanas locales señalaron que un rebozo de seda fina puede tardar hasta cuatro meses en elaborarse y que el principal reto es que los jóvenes continúen con el oficio.'])))
NOTES['y27.markdown'] = ('UTF-8 with BOM', 'LF', 'capitalised keys (Title/Date/Site/Section); tags as one comma string; post_author key; ISO date +00:00 (local date by its own offset); [toc]')

# ---------------------------------------------------------------- y28 wire (Quintana Roo, agency only)
t28 = """
Caribe Express Noticias
Turismo | 15 de diciembre de 2023

## Cancún espera ocupación hotelera de 92% en la temporada decembrina

AGENCIA PENINSULAR DE NOTICIAS (APN)

Cancún, Q. Roo.— La Asociación de Hoteles de Cancún, Puerto Morelos e Isla Mujeres prevé una ocupación promedio de 92 por ciento durante la segunda quincena de diciembre, impulsada por la llegada de turistas de Estados Unidos, Canadá y el centro del país.

El presidente de la asociación, Ricardo Balam Quintal, detalló que el aeropuerto internacional programó más de 600 operaciones diarias en los días de mayor demanda y que las rutas con Monterrey, Guadalajara y la Ciudad de México registran una ocupación superior a la del año pasado.

Agregó que la presencia de sargazo ha sido menor a la de otros años en esta época, lo que favorece las reservaciones de última hora. Descarga la app de Caribe Express y activa las notificaciones. Los hoteleros pidieron reforzar la seguridad en la zona hotelera y en los accesos al centro de la ciudad.

Las autoridades municipales anunciaron operativos de tránsito en el bulevar Kukulcán y en la avenida Tulum durante los fines de semana de diciembre.

El sector estima una derrama económica de 1 200 millones de dólares en la temporada.

Foto: APN / Archivo

Para publicidad escribe a ventas@caribeexpress.example | Síguenos en TikTok @caribeexpress.ej
"""
FILES.append(('y28.txt', build(t28), G(
    family='wire',
    title='Cancún espera ocupación hotelera de 92% en la temporada decembrina',
    date='2023-12-15', bylines=[], source='Caribe Express Noticias', section='Turismo',
    body_first_words='La Asociación de Hoteles de Cancún, Puerto Morelos e Isla Mujeres prevé',
    body_last_words='El sector estima una derrama económica de 1 200 millones de dólares en la temporada.',
    boilerplate=['AGENCIA PENINSULAR DE NOTICIAS (APN)', 'Cancún, Q. Roo.—',
                 'Descarga la app de Caribe Express y activa las notificaciones.',
                 'ventas@caribeexpress.example', 'Síguenos en TikTok @caribeexpress.ej'],
    must_keep=['Agregó que la presencia de sargazo ha sido menor a la de otros años en esta época, lo que favorece las reservaciones de última hora.',
               'Los hoteleros pidieron reforzar la seguridad en la zona hotelera y en los accesos al centro de la ciudad.'],
    photo_credit='APN / Archivo')))
NOTES['y28.txt'] = ('UTF-8', 'LF', 'agency-only byline (no person); section|date line before ## title; dateline with em dash; app pitch glued between sentences')

# ---------------------------------------------------------------- y29 press release (Tabasco)
t29 = f"""
SECRETARÍA DE EDUCACIÓN DE TABASCO
Boletín SETAB-0932

Villahermosa, Tabasco, a 29 de agosto de 2022.

Listas 2 mil 300 escuelas para el regreso a clases del ciclo 2022-2023

La Secretaría de Educación de Tabasco (SETAB) informó que 2 mil 300 escuelas de educación básica están listas para recibir a más de 480 mil estudiantes en el inicio del ciclo escolar 2022-2023, tras los trabajos de limpieza y mantenimiento realizados durante el receso de verano.

El subsecretario de Educación Básica, Manuel Jiménez Priego, detalló que se rehabilitaron sanitarios, instalaciones eléctricas y techumbres en 412 planteles de los 17 municipios, con una inversión de 96 millones de pesos.

Los comités de padres de familia participaron en jornadas de limpieza en 1{NB}500 escuelas, principalmente en Centro, Cárdenas, Comalcalco y Macuspana, donde las lluvias de julio dejaron encharcamientos en patios y aulas.

La dependencia recordó que la inscripción es gratuita y que ninguna escuela puede condicionar el acceso de los alumnos al pago de cuotas voluntarias. Las quejas pueden presentarse en las oficinas de la SETAB o en las supervisiones escolares.

Además, se distribuyeron 3.1 millones de libros de texto gratuitos, que ya se encuentran en las bodegas regionales para su entrega a los planteles durante la primera semana de clases.

---000---

Dirección de Comunicación Social de la SETAB
Teléfono: 000 000 0000
comunicacion@setab.example
Facebook / X / Instagram: @SETABEj
"""
FILES.append(('y29.txt', build(t29, enc='cp1252'), G(
    family='press_release',
    title='Listas 2 mil 300 escuelas para el regreso a clases del ciclo 2022-2023',
    date='2022-08-29', source='Secretaría de Educación de Tabasco',
    bulletin_number='SETAB-0932', issuer='Secretaría de Educación de Tabasco', dateline_city='Villahermosa',
    body_first_words='La Secretaría de Educación de Tabasco (SETAB) informó que 2 mil 300 escuelas',
    body_last_words='para su entrega a los planteles durante la primera semana de clases.',
    boilerplate=['Boletín SETAB-0932', 'Villahermosa, Tabasco, a 29 de agosto de 2022.', '---000---',
                 'Teléfono: 000 000 0000', 'comunicacion@setab.example', '@SETABEj'],
    must_keep=['La dependencia recordó que la inscripción es gratuita y que ninguna escuela puede condicionar el acceso de los alumnos al pago de cuotas voluntarias.',
               'El subsecretario de Educación Básica, Manuel Jiménez Priego, detalló que se rehabilitaron sanitarios, instalaciones eléctricas y techumbres en 412 planteles de los 17 municipios, con una inversión de 96 millones de pesos.'])))
NOTES['y29.txt'] = ('Windows-1252', 'LF', 'NBSP as thousands separator (0xA0 in cp1252); alphanumeric bulletin "SETAB-0932"; dateline with "a" on its own line; ---000--- then contact block')

# ---------------------------------------------------------------- y30 generic (markdown, trailing block quote)
t30 = """
## Guía rápida: qué hacer si tu calle se inunda en temporada de lluvias

Con el inicio de la temporada de lluvias en el sureste, las unidades de Protección Civil de varios municipios de Tabasco y Chiapas repitieron sus recomendaciones para las familias que viven en zonas bajas o cerca de ríos y arroyos.

Lo primero, coinciden los especialistas, es tener a la mano una mochila de emergencia con documentos personales en bolsas de plástico, medicamentos, una lámpara, un radio de pilas, agua embotellada y alimentos que no requieran refrigeración.

Si el agua comienza a entrar a la vivienda, se recomienda desconectar la energía eléctrica desde el interruptor principal, subir los aparatos y muebles a un nivel más alto y no intentar cruzar calles donde la corriente cubra más allá de los tobillos.

Los rescatistas advierten que treinta centímetros de agua en movimiento bastan para derribar a una persona y que sesenta pueden arrastrar un automóvil. Por eso piden no confiarse aunque el nivel parezca bajo.

Una vez que el agua baje, hay que limpiar con cloro las superficies que estuvieron en contacto con ella, desechar los alimentos mojados y revisar las instalaciones eléctricas antes de volver a conectar los aparatos.

En caso de emergencia, la recomendación es llamar al número de emergencias y seguir las indicaciones de las autoridades locales sobre los refugios temporales.
"""
FILES.append(('y30.md', build(t30), G(
    family='generic',
    title='Guía rápida: qué hacer si tu calle se inunda en temporada de lluvias',
    body_first_words='Con el inicio de la temporada de lluvias en el sureste',
    body_last_words='seguir las indicaciones de las autoridades locales sobre los refugios temporales.',
    must_keep=['Los rescatistas advierten que treinta centímetros de agua en movimiento bastan para derribar a una persona y que sesenta pueden arrastrar un automóvil.',
               'Por eso piden no confiarse aunque el nivel parezca bajo.'])))
NOTES['y30.md'] = ('UTF-8', 'LF', '## heading as title without outlet/date byline; no date, no source')
