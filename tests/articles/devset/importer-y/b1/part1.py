# -*- coding: utf-8 -*-
"""Files y01-y10."""
from util import G, BAD, build

FILES = []
NOTES = {}
NB = '\u00a0'

# ---------------------------------------------------------------- y01 wire
t01 = f"""
LA VOZ DE IRAPUATO
Edición impresa | Sección Local | Página 3A
Miércoles 14 de agosto de 2024

# Sin agua 22 colonias de Irapuato por falla en el acueducto de El Copal

**La Junta de Agua estima que el servicio quedará restablecido el viernes; habrá pipas gratuitas en las zonas afectadas**

Por Rocío Valdivia Granados

Foto: La Voz de Irapuato / Archivo

Una falla en la línea principal del acueducto de El Copal dejó sin agua a 22 colonias del oriente de Irapuato desde la noche del martes, informó la Junta de Agua Potable, Drenaje, Alcantarillado y Saneamiento del municipio.

El director operativo, Aurelio Cabrera Nieto, explicó que la tubería de 24 pulgadas se fracturó a la altura del kilómetro{NB}4 del libramiento sur, por lo que fue necesario suspender el bombeo de tres pozos. Lee también: Suben 8% las tarifas de agua en Irapuato para 2025 Las cuadrillas trabajan en dos turnos para sustituir un tramo de 18 metros de tubo.

Entre las colonias afectadas están Las Heras, Villas de Irapuato, Lomas del Sol y San Antonio el Rico. Vecinos de Lomas del Sol dijeron a este diario que desde el martes compran garrafones para cocinar y que las pipas no han llegado a todas las calles.

La Junta informó que enviará 15 pipas gratuitas y que el número de reportes estará disponible las 24 horas. Los usuarios pueden solicitar el servicio al 000 000 0000.

El organismo pidió a la población almacenar agua de forma segura y no desperdiciarla mientras se restablece la presión en la red, lo que podría tardar hasta 36 horas después de concluir la reparación.

Continúa en la página 5A

Recibe las noticias de Irapuato en tu correo: suscríbete a nuestro boletín.

Síguenos en Facebook como @lavozdeirapuato.ej

© La Voz de Irapuato. Todos los derechos reservados.
"""
FILES.append(('y01.md', build(t01), G(
    family='wire',
    title='Sin agua 22 colonias de Irapuato por falla en el acueducto de El Copal',
    date='2024-08-14', bylines=['Rocío Valdivia Granados'], source='La Voz de Irapuato',
    section='Local',
    body_first_words='La Junta de Agua estima que el servicio quedará restablecido el viernes',
    body_last_words='lo que podría tardar hasta 36 horas después de concluir la reparación.',
    boilerplate=['Edición impresa', 'Página 3A',
                 'Lee también: Suben 8% las tarifas de agua en Irapuato para 2025',
                 'Continúa en la página 5A',
                 'suscríbete a nuestro boletín', 'Síguenos en Facebook como @lavozdeirapuato.ej',
                 'Todos los derechos reservados'],
    must_keep=['Las cuadrillas trabajan en dos turnos para sustituir un tramo de 18 metros de tubo.',
               'Vecinos de Lomas del Sol dijeron a este diario que desde el martes compran garrafones para cocinar y que las pipas no han llegado a todas las calles.',
               'La Junta informó que enviará 15 pipas gratuitas y que el número de reportes estará disponible las 24 horas.'],
    photo_credit='La Voz de Irapuato / Archivo')))
NOTES['y01.md'] = ('UTF-8', 'LF', 'NBSP inside a sentence; print-edition header (Edición impresa, page label); teaser glued mid-paragraph; "Continúa en la página" jump line')

# ---------------------------------------------------------------- y02 press release (Oaxaca)
t02 = """
GOBIERNO DEL ESTADO DE OAXACA
Coordinación General de Comunicación Social
Comunicado 071/2024

ARRANCA JORNADA DE VACUNACIÓN ANTIRRÁBICA EN LAS OCHO REGIONES DE OAXACA

Oaxaca de Juárez, Oax., 12 de marzo de 2024.- Los Servicios de Salud de Oaxaca iniciaron este martes la Jornada Estatal de Vacunación Antirrábica Canina y Felina, con la meta de aplicar 610 mil dosis en las ocho regiones del estado durante las próximas dos semanas.

La directora de Prevención y Promoción de la Salud, Itzel Martínez Olivera, informó que se instalarán 1 840 puestos fijos en centros de salud, agencias municipales y escuelas, además de brigadas casa por casa en comunidades de la Sierra Sur y la Mixteca.

“La vacuna es gratuita y se aplica a perros y gatos a partir del mes de edad; pedimos a las familias acercarse aunque sus mascotas ya hayan sido vacunadas el año pasado”, señaló.

Detalló que en 2023 se registraron 14 agresiones de perros con sospecha de rabia en la Costa y el Istmo, sin que se confirmaran casos en humanos, por lo que la cobertura de vacunación se mantiene como la principal medida de prevención.

Las autoridades sanitarias recomendaron no abandonar a los animales de compañía en la vía pública y acudir de inmediato a la unidad de salud más cercana en caso de mordedura. La lista de puestos de vacunación puede consultarse en los centros de salud de cada municipio.

-oOo-

Coordinación General de Comunicación Social
Tel. 000 000 0000 ext. 000
prensa@oaxaca-salud.example
X: @SaludOaxEj
"""
FILES.append(('y02.txt', build(t02, eol='\r\n'), G(
    family='press_release',
    title='ARRANCA JORNADA DE VACUNACIÓN ANTIRRÁBICA EN LAS OCHO REGIONES DE OAXACA',
    date='2024-03-12', source='Gobierno del Estado de Oaxaca',
    bulletin_number='071/2024', issuer='Gobierno del Estado de Oaxaca',
    dateline_city='Oaxaca de Juárez',
    body_first_words='Los Servicios de Salud de Oaxaca iniciaron este martes la Jornada Estatal',
    body_last_words='puede consultarse en los centros de salud de cada municipio.',
    boilerplate=['GOBIERNO DEL ESTADO DE OAXACA', 'Comunicado 071/2024',
                 'Oaxaca de Juárez, Oax., 12 de marzo de 2024.-', '-oOo-',
                 'Tel. 000 000 0000 ext. 000', 'prensa@oaxaca-salud.example', '@SaludOaxEj'],
    must_keep=['Las autoridades sanitarias recomendaron no abandonar a los animales de compañía en la vía pública y acudir de inmediato a la unidad de salud más cercana en caso de mordedura.',
               '“La vacuna es gratuita y se aplica a perros y gatos a partir del mes de edad; pedimos a las familias acercarse aunque sus mascotas ya hayan sido vacunadas el año pasado”, señaló.'])))
NOTES['y02.txt'] = ('UTF-8', 'CRLF', 'caps title; dateline opening first paragraph; curly quotes; -oOo- then contact block')

# ---------------------------------------------------------------- y03 jekyll (WP migrated)
t03 = """
---
layout: post
title: "Rehabilitan el mercado Hidalgo de Tepic tras 40 años sin obra mayor"
date: 2021-11-03 23:40:00 -0600
author: Maricela Ulloa
wordpress_id: 4412
wordpress_url: http://nayaritenlinea.example/?p=4412
site: Nayarit en Línea
categories: [Portada, Municipios]
tags: [Tepic, mercados, obra pública]
meta:
  _edit_last: '3'
  _thumbnail_id: '4413'
---
[caption id="attachment_4413" align="aligncenter" width="800"]<img src="/wp-content/uploads/2021/11/mercado-hidalgo.jpg" alt="Mercado Hidalgo" width="800" height="533" /> Foto: Nayarit en Línea / Maricela Ulloa[/caption]

El Ayuntamiento de Tepic inició la rehabilitación integral del mercado Hidalgo, uno de los más antiguos de la capital nayarita, que no recibía una obra mayor desde hace cuatro décadas.

La obra contempla la sustitución de la techumbre, la renovación de las instalaciones eléctricas e hidráulicas y la construcción de nuevos sanitarios, con una inversión de 27 millones de pesos de recursos municipales y federales.

El presidente de la Unión de Locatarios, Efrén Sandoval Ibarra, dijo que los 186 comerciantes fueron reubicados de manera temporal en la explanada contigua para no suspender la venta.

[ads_inline id="7"]

"Llevamos años pidiendo que arreglen el techo; cada temporada de lluvias perdíamos mercancía", comentó la locataria Juana Bernal, quien vende frutas y legumbres desde 1989.

De acuerdo con la Dirección de Obras Públicas, los trabajos se realizarán en tres etapas y deberán concluir en julio del próximo año. Durante la primera etapa se cerrará el acceso por la calle Zaragoza.

Los locatarios pidieron que el proyecto respete la distribución original de los giros y que se mantengan las tarifas de piso vigentes al regresar a sus espacios.

[related_posts]
"""
FILES.append(('y03.md', build(t03, bom=True), G(
    family='jekyll',
    title='Rehabilitan el mercado Hidalgo de Tepic tras 40 años sin obra mayor',
    date='2021-11-03', bylines=['Maricela Ulloa'], source='Nayarit en Línea',
    section='Municipios', placement=['Portada'],
    body_first_words='El Ayuntamiento de Tepic inició la rehabilitación integral del mercado Hidalgo',
    body_last_words='se mantengan las tarifas de piso vigentes al regresar a sus espacios.',
    boilerplate=['[caption id="attachment_4413"', '[/caption]', '[ads_inline id="7"]', '[related_posts]',
                 'wordpress_id', '_thumbnail_id'],
    must_keep=['El presidente de la Unión de Locatarios, Efrén Sandoval Ibarra, dijo que los 186 comerciantes fueron reubicados de manera temporal en la explanada contigua para no suspender la venta.',
               'Durante la primera etapa se cerrará el acceso por la calle Zaragoza.'],
    photo_credit='Nayarit en Línea / Maricela Ulloa')))
NOTES['y03.md'] = ('UTF-8 with BOM', 'LF', 'WordPress leftovers: [caption] with photo credit inside, [ads_inline], [related_posts], wordpress_id/meta keys; date with -0600 offset late at night (UTC is next day); Portada placement in flow categories')

# ---------------------------------------------------------------- y04 generic
t04 = """
La feria de la nieve de garrafa vuelve a Tepatitlán

Después de tres años sin realizarse, la feria de la nieve de garrafa regresó este domingo a la plaza principal de Tepatitlán de Morelos, con 34 puestos de productores de los Altos de Jalisco.

Los organizadores, agrupados en una cooperativa de 19 familias, calcularon que durante la jornada se vendieron alrededor de 5 mil vasos de nieve de sabores tradicionales como leche quemada, mamey, tuna y rompope, además de combinaciones nuevas con pitaya y cajeta de membrillo.

Leonor Gutiérrez Padilla, quien aprendió el oficio de su abuelo, explicó que la nieve se sigue batiendo a mano en garrafas de metal rodeadas de hielo y sal de grano, un proceso que puede tardar más de una hora por cada tanda.

“La gente viene por el sabor de antes; muchos nos dicen que les recuerda a cuando eran niños y salían de misa”, contó mientras despachaba a una fila de más de veinte personas.

La cooperativa busca que el municipio incluya la feria en el calendario anual de fiestas y que se otorgue un apoyo para la compra de congeladores, pues la mayoría de los productores trabaja con equipo de más de 30 años.

La próxima edición está prevista para la segunda semana de abril, antes de la temporada de calor.
"""
FILES.append(('y04.text', build(t04), G(
    family='generic',
    title='La feria de la nieve de garrafa vuelve a Tepatitlán',
    body_first_words='Después de tres años sin realizarse, la feria de la nieve de garrafa',
    body_last_words='prevista para la segunda semana de abril, antes de la temporada de calor.',
    must_keep=['La próxima edición está prevista para la segunda semana de abril, antes de la temporada de calor.',
               'Leonor Gutiérrez Padilla, quien aprendió el oficio de su abuelo, explicó que la nieve se sigue batiendo a mano en garrafas de metal rodeadas de hielo y sal de grano, un proceso que puede tardar más de una hora por cada tanda.'])))
NOTES['y04.text'] = ('UTF-8', 'LF', 'no date, no byline, no markup: plain first line as title; curly quotes')

# ---------------------------------------------------------------- y05 wire (Yucatán)
t05 = """
Diario Peninsular Hoy  >  Mérida  >  Ciudad

Cierran por 60 días el paso a Progreso por obras del nuevo distribuidor vial

Por: Gaspar Dzul Canché y Wendy Pech Aguilar
Mérida, Yuc. | 02/09/2023 | 07:45 hrs

Foto: Especial

Los conductores que viajan de Mérida a Progreso deberán usar desvíos durante los próximos 60 días, debido a la construcción del distribuidor vial en el cruce del Periférico con la carretera federal, informó la Secretaría de Obras Públicas del estado.

El cierre del carril central comenzará el lunes 4 de septiembre a las 22:00 horas. Los vehículos que salgan de la ciudad circularán por la lateral poniente y los que ingresen lo harán por un carril provisional de 3.5 metros de ancho.

El titular de la dependencia, Joaquín Euán Poot, dijo que la obra tiene un avance de 38% y una inversión de 412 millones de pesos. Te puede interesar: ¿Habrá lluvias este fin de semana en Yucatán? Esto dice el SMN Agregó que se colocarán señalamientos luminosos y que habrá agentes de tránsito en los horarios de mayor afluencia.

Transportistas de carga pidieron que los trabajos nocturnos se concentren entre semana para no afectar el traslado de mercancías al puerto durante los fines de semana.

La dependencia recomendó salir con anticipación y consultar el estado de la vía antes de viajar.

Con información de Redacción Peninsular.

Descarga nuestra app y recibe alertas de tráfico en tiempo real.

Síguenos en X: @peninsularhoy.ej
"""
FILES.append(('y05.txt', build(t05, enc='cp1252', eol='\r\n'), G(
    family='wire',
    title='Cierran por 60 días el paso a Progreso por obras del nuevo distribuidor vial',
    date='2023-09-02', bylines=['Gaspar Dzul Canché', 'Wendy Pech Aguilar'],
    source='Diario Peninsular Hoy', section='Ciudad',
    body_first_words='Los conductores que viajan de Mérida a Progreso deberán usar desvíos',
    body_last_words='recomendó salir con anticipación y consultar el estado de la vía antes de viajar.',
    boilerplate=['Diario Peninsular Hoy  >  Mérida  >  Ciudad',
                 'Te puede interesar: ¿Habrá lluvias este fin de semana en Yucatán? Esto dice el SMN',
                 'Con información de Redacción Peninsular.',
                 'Descarga nuestra app', 'Síguenos en X: @peninsularhoy.ej', '02/09/2023 | 07:45 hrs'],
    must_keep=['El titular de la dependencia, Joaquín Euán Poot, dijo que la obra tiene un avance de 38% y una inversión de 412 millones de pesos.',
               'Agregó que se colocarán señalamientos luminosos y que habrá agentes de tránsito en los horarios de mayor afluencia.'],
    photo_credit='Especial')))
NOTES['y05.txt'] = ('Windows-1252', 'CRLF', 'breadcrumb header; two bylines with "y"; day-first numeric date; teaser glued between two sentences')

# ---------------------------------------------------------------- y06 press release (Guanajuato)
t06 = """
Boletín 1102

Municipio de Salamanca
Dirección de Comunicación Social

Salamanca, Gto., a 5 de junio de 2023

Entregan 300 calentadores solares a familias de comunidades rurales de Salamanca

Con el objetivo de reducir el gasto familiar en gas y leña, el Gobierno Municipal de Salamanca entregó 300 calentadores solares a familias de 12 comunidades rurales, como parte del programa “Hogar Sustentable”.

La directora de Desarrollo Social, Patricia Ledesma Rangel, explicó que cada equipo tiene un valor comercial de 9 mil 800 pesos y que las familias beneficiadas aportaron únicamente el 10 por ciento de su costo.

Entre las comunidades beneficiadas se encuentran Valtierrilla, San José Temascatío, Cárdenas y La Ordeña, donde un diagnóstico previo detectó que el 64 por ciento de los hogares todavía calienta agua con leña.

Personal de la dirección acompañará la instalación de los calentadores durante las próximas tres semanas y capacitará a las familias en el mantenimiento básico de los equipos.

La funcionaria adelantó que en el segundo semestre se abrirá una nueva convocatoria para 250 calentadores más, cuyos requisitos se publicarán en las delegaciones rurales.

---o0o---

Dirección de Comunicación Social
Presidencia Municipal de Salamanca
comunicacion@salamanca-gto.example | Tel. 000 000 00 00
"""
FILES.append(('y06.txt', build(t06, enc='cp1252'), G(
    family='press_release',
    title='Entregan 300 calentadores solares a familias de comunidades rurales de Salamanca',
    date='2023-06-05', source='Municipio de Salamanca',
    bulletin_number='1102', issuer='Municipio de Salamanca', dateline_city='Salamanca',
    body_first_words='Con el objetivo de reducir el gasto familiar en gas y leña',
    body_last_words='cuyos requisitos se publicarán en las delegaciones rurales.',
    boilerplate=['Boletín 1102', 'Salamanca, Gto., a 5 de junio de 2023', '---o0o---',
                 'comunicacion@salamanca-gto.example', 'Tel. 000 000 00 00'],
    must_keep=['Personal de la dirección acompañará la instalación de los calentadores durante las próximas tres semanas y capacitará a las familias en el mantenimiento básico de los equipos.',
               'Entre las comunidades beneficiadas se encuentran Valtierrilla, San José Temascatío, Cárdenas y La Ordeña, donde un diagnóstico previo detectó que el 64 por ciento de los hogares todavía calienta agua con leña.'])))
NOTES['y06.txt'] = ('Windows-1252', 'LF', 'bulletin number before issuer; dateline on its own line before the title; curly quotes in cp1252; ---o0o--- + contact block')

# ---------------------------------------------------------------- y07 jekyll (draft, day-first date)
t07 = """
---
layout: single
title: 'Productores de fresa de Zamora denuncian caída de 30% en el precio'
date: '23/04/2019'
autor: "Héctor Zamudio Cervantes"
categories:
  - Campo
  - Destacadas
tags:
  - fresa
  - Zamora
  - exportación
draft: true
old_wp_status: draft
---

Productores de fresa del valle de Zamora denunciaron que el precio que les pagan los empacadores cayó 30 por ciento en las últimas tres semanas, en plena temporada alta de cosecha.

Representantes de la Asociación de Fresicultores del Valle, que agrupa a 420 productores, dijeron que la caja de 12 libras se paga ahora en 95 pesos, cuando en marzo se cotizaba en 135.

[gallery ids="2231,2232,2233" columns="3"]

El dirigente Ramiro Alcázar Fuentes atribuyó la baja a la sobreoferta en el mercado estadounidense y a la entrada de fruta de otras regiones con costos de producción menores.

"Con estos precios no alcanzamos ni a pagar la mano de obra del corte", afirmó Alcázar, quien pidió a la Secretaría de Desarrollo Rural estatal mesas de negociación con las empresas empacadoras.

Los fresicultores advirtieron que, si la situación no mejora, cerca de 600 jornaleros podrían quedarse sin trabajo antes de que concluya la temporada en junio.

Por su parte, empacadores consultados señalaron que los precios se ajustan cada semana conforme a la demanda en Estados Unidos y que esperan una recuperación a mediados de mayo.

[/et_pb_text][/et_pb_column]
"""
FILES.append(('y07.markdown', build(t07), G(
    family='jekyll',
    title='Productores de fresa de Zamora denuncian caída de 30% en el precio',
    date='2019-04-23', published=False, bylines=['Héctor Zamudio Cervantes'],
    section='Campo', placement=['Destacadas'],
    body_first_words='Productores de fresa del valle de Zamora denunciaron que el precio',
    body_last_words='y que esperan una recuperación a mediados de mayo.',
    boilerplate=['[gallery ids="2231,2232,2233" columns="3"]', '[/et_pb_text][/et_pb_column]',
                 'old_wp_status'],
    must_keep=['El dirigente Ramiro Alcázar Fuentes atribuyó la baja a la sobreoferta en el mercado estadounidense y a la entrada de fruta de otras regiones con costos de producción menores.',
               'Representantes de la Asociación de Fresicultores del Valle, que agrupa a 420 productores, dijeron que la caja de 12 libras se paga ahora en 95 pesos, cuando en marzo se cotizaba en 135.'])))
NOTES['y07.markdown'] = ('UTF-8', 'LF', 'quoted day-first date 23/04/2019; autor: key instead of author; block-style categories with Destacadas; draft: true; [gallery] and Divi closing shortcodes')

# ---------------------------------------------------------------- y08 bad (front matter only)
t08 = """
---
layout: post
title: "Sesión de Cabildo del 14 de febrero"
date: 2022-02-14
categories: [Cabildo]
wordpress_id: 9981
---
"""
FILES.append(('y08.md', build(t08), BAD('El archivo solo contiene encabezado (front matter) y no tiene cuerpo de nota.')))
NOTES['y08.md'] = ('UTF-8', 'LF', 'front matter without body')

# ---------------------------------------------------------------- y09 wire (Querétaro)
t09 = """
CRÓNICA QUERETANA
Municipios

## Corregidora abre registro para huertos urbanos en 40 escuelas primarias

*Crónica Queretana* | 18 de enero de 2024

Por Fernanda Olvera Reséndiz | Corresponsal

El municipio de Corregidora abrió el registro para que 40 escuelas primarias públicas instalen huertos urbanos en sus patios, como parte de un programa de educación ambiental que arrancará en febrero.

La Secretaría de Desarrollo Sustentable municipal entregará a cada escuela camas de cultivo, composta, semillas de hortalizas y un sistema de riego por goteo, además de capacitación para docentes y padres de familia.

La titular del área, Claudia Arteaga Montes, explicó que el programa se probó el año pasado en seis planteles de El Pueblito y Los Olvera, donde los alumnos cosecharon lechuga, rábano, cilantro y jitomate.

Únete a nuestro canal de WhatsApp y recibe las noticias de Querétaro. En la primera etapa, las escuelas interesadas deberán contar con al menos 20 metros cuadrados de superficie con luz solar directa y designar a un docente responsable.

El registro estará abierto hasta el 9 de febrero en las oficinas de la secretaría y la selección de planteles se dará a conocer a finales de ese mes.

MÁS NOTICIAS
- Querétaro registra la mañana más fría del invierno
- Habrá cortes de agua en seis colonias de El Marqués
- Inauguran ciclovía sobre avenida Constituyentes
"""
FILES.append(('y09.txt', build(t09), G(
    family='wire',
    title='Corregidora abre registro para huertos urbanos en 40 escuelas primarias',
    date='2024-01-18', bylines=['Fernanda Olvera Reséndiz'], source='Crónica Queretana',
    section='Municipios',
    body_first_words='El municipio de Corregidora abrió el registro para que 40 escuelas',
    body_last_words='la selección de planteles se dará a conocer a finales de ese mes.',
    boilerplate=['Únete a nuestro canal de WhatsApp y recibe las noticias de Querétaro.',
                 'MÁS NOTICIAS', 'Querétaro registra la mañana más fría del invierno',
                 'Habrá cortes de agua en seis colonias de El Marqués', 'Corresponsal'],
    must_keep=['En la primera etapa, las escuelas interesadas deberán contar con al menos 20 metros cuadrados de superficie con luz solar directa y designar a un docente responsable.',
               'La titular del área, Claudia Arteaga Montes, explicó que el programa se probó el año pasado en seis planteles de El Pueblito y Los Olvera, donde los alumnos cosecharon lechuga, rábano, cilantro y jitomate.'])))
NOTES['y09.txt'] = ('UTF-8', 'LF', '## title with outlet/date byline; WhatsApp pitch glued to the start of a paragraph; MÁS NOTICIAS headline list at the end')

# ---------------------------------------------------------------- y10 press release (Chiapas)
t10 = """
H. AYUNTAMIENTO DE TUXTLA GUTIÉRREZ
Coordinación de Comunicación Social
No. 318/2023
3 de mayo de 2023

Instalan 12 puntos de hidratación en el centro de Tuxtla por la onda de calor

Tuxtla Gutiérrez, Chiapas; a 3 de mayo. Ante las temperaturas de hasta 40 grados que se registran en la capital, el Ayuntamiento de Tuxtla Gutiérrez instaló 12 puntos de hidratación gratuitos en el primer cuadro de la ciudad y en los principales paraderos del transporte público.

La Secretaría de Protección Civil municipal informó que los módulos funcionarán de las 11:00 a las 17:00 horas, cuando la radiación solar es más intensa, y contarán con agua purificada, suero oral y personal capacitado en primeros auxilios.

El coordinador de Protección Civil, Abner Gómez Trujillo, recomendó a la población evitar la exposición prolongada al sol, usar ropa clara y no dejar a niñas, niños ni mascotas dentro de vehículos estacionados.

Detalló que en lo que va de la temporada se han atendido nueve casos de golpe de calor en la vía pública, la mayoría de trabajadores que laboran al aire libre.

El Ayuntamiento pidió a comerciantes y empresas procurar pausas de descanso a la sombra para su personal y recordó que el número de emergencias está disponible para reportar cualquier caso.

-30-

Síguenos en redes: Facebook /TuxtlaAyuntamientoEj · X @TuxtlaGobEj
"""
FILES.append(('y10.txt', build(t10, eol='\r\n', bom=True), G(
    family='press_release',
    title='Instalan 12 puntos de hidratación en el centro de Tuxtla por la onda de calor',
    date='2023-05-03', source='H. Ayuntamiento de Tuxtla Gutiérrez',
    bulletin_number='318/2023', issuer='H. Ayuntamiento de Tuxtla Gutiérrez',
    dateline_city='Tuxtla Gutiérrez',
    body_first_words='Ante las temperaturas de hasta 40 grados que se registran en la capital',
    body_last_words='el número de emergencias está disponible para reportar cualquier caso.',
    boilerplate=['H. AYUNTAMIENTO DE TUXTLA GUTIÉRREZ', 'No. 318/2023', 'Tuxtla Gutiérrez, Chiapas; a 3 de mayo.',
                 '-30-', '@TuxtlaGobEj', '/TuxtlaAyuntamientoEj'],
    must_keep=['Detalló que en lo que va de la temporada se han atendido nueve casos de golpe de calor en la vía pública, la mayoría de trabajadores que laboran al aire libre.',
               'La Secretaría de Protección Civil municipal informó que los módulos funcionarán de las 11:00 a las 17:00 horas, cuando la radiación solar es más intensa, y contarán con agua purificada, suero oral y personal capacitado en primeros auxilios.'])))
NOTES['y10.txt'] = ('UTF-8 with BOM', 'CRLF', '"No. 318/2023" header; date line in header; dateline "; a 3 de mayo." without year opening the first paragraph; -30- then social handles')
