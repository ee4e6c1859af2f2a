#!/usr/bin/env python3
"""importer-be, files 21-30 (jekyll 21-23, generic 24-27, bad 28-30)."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- be21 jekyll: RSS-style date, status private
be21 = """---
layout: post
title: Liga Municipal de Béisbol de Monclova inaugura su temporada 2010
date: 'Wed, 17 Mar 2010 09:12:00 -0600'
status: private
published: true
author: Saúl Recio Hinojosa
categories:
  - Deportes
  - Portada
tags:
  - béisbol
  - Monclova
wp_id: 1290
---
<p>Con la participación de 16 equipos y más de 300 peloteros, la Liga Municipal de Béisbol de Monclova inauguró el domingo su temporada 2010 en el estadio de la colonia Guadalupe, con un desfile de las novenas y el tradicional lanzamiento de la primera bola.</p>
<!-- more -->
<p>El presidente de la liga, Jesús Alberto Rangel, informó que este año se incorporaron dos equipos formados por trabajadores de la industria siderúrgica y uno integrado por estudiantes del instituto tecnológico, lo que obligó a ampliar el calendario a 22 jornadas.</p>
<p>Los juegos se disputarán los sábados y domingos en tres campos de la ciudad, y la final está prevista para la segunda semana de julio. La liga pidió al Ayuntamiento reparar el alumbrado del campo de la colonia Occidental, que lleva dos años sin funcionar.</p>
<p>En el partido inaugural, los Acereros de la colonia Guadalupe vencieron 7 carreras a 4 a los Halcones de Frontera, con cuadrangular de Mario Zertuche en la sexta entrada.</p>
<p>Los organizadores recordaron que la entrada a todos los encuentros es gratuita y que habrá venta de alimentos a cargo de las familias de los jugadores, cuyos ingresos se destinan a la compra de uniformes y equipo para las categorías infantiles.</p>
<p>La liga celebrará este año su aniversario número 40, por lo que prepara un juego de estrellas con exjugadores profesionales originarios de la región.</p>
"""
write_source('be21.md', be21)
write_gold('be21', family='jekyll',
           title='Liga Municipal de Béisbol de Monclova inaugura su temporada 2010',
           date='2010-03-17', published=False, bylines=['Saúl Recio Hinojosa'], source=None,
           section='Deportes', placement=['Portada'],
           body_first_words='Con la participación de 16 equipos y más de 300 peloteros',
           body_last_words='con exjugadores profesionales originarios de la región.',
           boilerplate=['<!-- more -->'],
           must_keep=['con cuadrangular de Mario Zertuche en la sexta entrada.',
                      'que lleva dos años sin funcionar.'])

# ---------------------------------------------------------------- be22 jekyll: folded title, leap day, flow author list
be22 = """---
layout: articulo
title: >-
  Cabildo de Tijuana aprueba presupuesto participativo
  para 2024 con 120 proyectos vecinales
date: 2024-02-29
excerpt: "Los vecinos eligieron pavimentación, alumbrado y parques."
author: [Ana Karen Villegas, Luis Ángel Portillo]
categories:
  - "Política"
tags: [cabildo, presupuesto participativo, 'Tijuana']
sitio: Frontera Digital Tijuana
---

En sesión extraordinaria, el Cabildo de Tijuana aprobó por mayoría el presupuesto participativo para 2024, que destinará 85 millones de pesos a 120 proyectos propuestos y votados por comités vecinales de las nueve delegaciones de la ciudad.

Los proyectos incluyen pavimentación de calles, instalación de alumbrado público, rehabilitación de parques y construcción de muros de contención en zonas de riesgo por deslaves, principalmente en las delegaciones Sánchez Taboada, Los Pinos y Playas de Tijuana.

La regidora que presidió la comisión de Hacienda explicó que, a diferencia de años anteriores, las obras serán supervisadas por contralores ciudadanos elegidos en asambleas, quienes podrán presentar quejas si los trabajos no se ajustan a lo aprobado.

Dos regidores votaron en contra al considerar que los montos asignados a las delegaciones del este de la ciudad son insuficientes frente al crecimiento de la población en fraccionamientos nuevos.

La administración municipal informó que las licitaciones comenzarán en abril y que los avances de cada proyecto podrán consultarse en un mapa digital en el portal del Ayuntamiento.

En la votación de los proyectos, realizada en enero, participaron más de 41 mil personas, la cifra más alta desde que se creó el programa.
"""
write_source('be22.md', be22)
write_gold('be22', family='jekyll',
           title='Cabildo de Tijuana aprueba presupuesto participativo para 2024 con 120 proyectos vecinales',
           date='2024-02-29', published=True, bylines=['Ana Karen Villegas', 'Luis Ángel Portillo'],
           source='Frontera Digital Tijuana', section='Política',
           body_first_words='En sesión extraordinaria, el Cabildo de Tijuana aprobó',
           body_last_words='la cifra más alta desde que se creó el programa.',
           boilerplate=[],
           must_keep=['Dos regidores votaron en contra al considerar',
                      'las obras serán supervisadas por contralores ciudadanos elegidos en asambleas,'])

# ---------------------------------------------------------------- be23 jekyll: Hugo keys, publishDate only, draft: no
be23 = """---
title: "Playas de Tijuana: vecinos exigen reparar el malecón antes de Semana Santa"
publishDate: 2012-03-18T23:50:00-07:00
lastmod: 2012-03-20T10:00:00-07:00
expiryDate: ""
draft: no
byline: "Por Mónica Treviño Urquidez / Corresponsal"
categories:
- Sociedad
series: ["Malecón"]
weight: 10
type: nota
site_title: Costa Norte Noticias
---

Vecinos y comerciantes de Playas de Tijuana exigieron al Ayuntamiento reparar los tramos dañados del malecón antes del periodo vacacional de Semana Santa, cuando miles de familias de la ciudad y del sur de California visitan la zona.

Los daños, provocados por el oleaje de las tormentas invernales, incluyen barandales caídos, losas levantadas y al menos tres escalinatas de acceso a la arena que fueron cerradas con cinta preventiva.

La presidenta del comité de vecinos, Rosario Elenes Duarte, dijo que desde enero han entregado oficios a la delegación y que sólo han recibido visitas de inspección. "Si alguien se cae de una escalera rota, ¿quién va a responder?", cuestionó.

Restauranteros del área señalaron que la temporada de Cuaresma representa hasta 30 por ciento de sus ventas anuales y que la mala imagen del malecón aleja a los visitantes.

La Dirección de Obras Públicas municipal respondió que el proyecto de reparación ya cuenta con presupuesto y que los trabajos podrían iniciar la próxima semana, aunque advirtió que algunas obras mayores deberán esperar a que termine la temporada de marejadas.

Mientras tanto, Protección Civil pidió a los paseantes no acercarse a los barandales dañados y respetar las zonas acordonadas.
"""
write_source('be23.markdown', be23)
write_gold('be23', family='jekyll',
           title='Playas de Tijuana: vecinos exigen reparar el malecón antes de Semana Santa',
           date='2012-03-18', published=True, bylines=['Mónica Treviño Urquidez'],
           source='Costa Norte Noticias', section='Sociedad',
           body_first_words='Vecinos y comerciantes de Playas de Tijuana exigieron',
           body_last_words='respetar las zonas acordonadas.',
           boilerplate=[],
           must_keep=['"Si alguien se cae de una escalera rota, ¿quién va a responder?", cuestionó.',
                      'que la mala imagen del malecón aleja a los visitantes.'])

# ---------------------------------------------------------------- be24 generic: ALL-CAPS first line, cp1252
be24 = """LA ÚLTIMA FUNCIÓN DEL CINE VARIEDADES DE NOGALES  \n\n\nDurante casi seis décadas, el Cine Variedades fue el lugar donde varias generaciones de nogalenses vieron por primera vez una película en pantalla grande. El domingo, el edificio de la calle Obregón abrió sus puertas por última vez para proyectar una función gratuita de despedida, antes de ser demolido para construir un estacionamiento.

Desde las cuatro de la tarde, la fila de asistentes llegaba hasta la esquina. Había abuelos que recordaban las matinés de los años sesenta, parejas que tuvieron ahí su primera cita y jóvenes que sólo conocían el cine por las fotografías de sus padres.

El último proyeccionista, don Arnulfo Leyva, de 78 años, subió a la cabina con la ayuda de sus nietos. "Aquí pasé cuarenta años de mi vida; conozco cada tornillo de estas máquinas", dijo antes de encender el proyector.  

La función incluyó una película mexicana de la época de oro y un noticiero antiguo rescatado por un coleccionista local. Al final, el público se quedó de pie aplaudiendo durante varios minutos, mientras las luces se encendían lentamente.

Un grupo de vecinos intentó sin éxito que el inmueble fuera declarado patrimonio de la ciudad. Los propietarios argumentaron que el costo de mantenimiento era imposible de cubrir con la escasa asistencia de los últimos años.

Las butacas, los carteles y uno de los proyectores serán donados al museo de la ciudad, donde se planea montar una sala dedicada a la historia del cine en la frontera.
"""
write_source('be24.txt', be24, enc='cp1252', eol='crlf')
write_gold('be24', family='generic',
           title='LA ÚLTIMA FUNCIÓN DEL CINE VARIEDADES DE NOGALES',
           date=None, published=True, bylines=[], source=None,
           body_first_words='Durante casi seis décadas, el Cine Variedades',
           body_last_words='dedicada a la historia del cine en la frontera.',
           must_keep=['"Aquí pasé cuarenta años de mi vida; conozco cada tornillo de estas máquinas", dijo antes de encender el proyector.',
                      'Los propietarios argumentaron que el costo de mantenimiento era imposible de cubrir'])

# ---------------------------------------------------------------- be25 generic: markdown headings and blockquote
be25 = """# Guía para cruzar a pie por la garita de Mexicali

Cruzar caminando por la garita del centro de Mexicali puede tomar desde veinte minutos hasta más de dos horas, según el día y la hora. Esta guía reúne recomendaciones de usuarios frecuentes y de organizaciones que atienden a viajeros en la frontera.

## Antes de salir

Revise que sus documentos estén vigentes: pasaporte o tarjeta de cruce y, en su caso, el permiso de trabajo o de estudios. Los agentes pueden solicitar comprobantes de domicilio o de empleo en México, por lo que conviene llevar copias.

## Horarios

Los lunes por la mañana y los domingos por la tarde son los momentos de mayor espera. Las filas más cortas suelen registrarse entre las diez de la mañana y el mediodía, de martes a jueves.

> "La gente que cruza diario aprende a leer la fila: si llega hasta la esquina del callejón, ya sabe que son dos horas", explica una trabajadora de una tienda de Calexico.

## Qué no llevar

- Frutas, carnes o plantas sin declarar.
- Medicamentos sin receta en su envase original.
- Cantidades de efectivo superiores a 10 mil dólares sin declararlas.

## En verano

Durante julio y agosto la temperatura supera los 45 grados. Lleve agua, gorra y protector solar, y evite cruzar con niños pequeños en las horas de mayor calor.
"""
write_source('be25.md', be25)
write_gold('be25', family='generic',
           title='Guía para cruzar a pie por la garita de Mexicali',
           date=None, published=True, bylines=[], source=None,
           body_first_words='Cruzar caminando por la garita del centro de Mexicali',
           body_last_words='en las horas de mayor calor.',
           must_keep=['Los lunes por la mañana y los domingos por la tarde son los momentos de mayor espera.',
                      'Medicamentos sin receta en su envase original.'])

# ---------------------------------------------------------------- be26 generic: UTF-16 LE, CRLF
be26 = """El día que nevó en Monterrey

Los más jóvenes no lo creían hasta que lo vieron en sus teléfonos: a media mañana, copos de nieve comenzaron a caer sobre el Cerro de la Silla y, poco después, sobre la Macroplaza. Para muchos regiomontanos fue la primera vez que vieron nevar en la ciudad.

En las escuelas, los maestros suspendieron las clases durante unos minutos para que los alumnos salieran al patio. En las oficinas del centro, empleados bajaban a la calle con los brazos extendidos y tomaban fotografías que en pocos minutos circulaban por todo el país.

La nevada duró poco más de una hora y apenas cubrió de blanco los techos de los autos y las copas de los árboles, pero bastó para que la gente improvisara pequeños muñecos sobre los cofres y las bardas.

Los adultos mayores recordaron otras nevadas, más intensas, que cubrieron la ciudad décadas atrás. "Aquella vez no hubo fotos; nomás nos quedamos viendo por la ventana", contó un vecino de la colonia Independencia.

Protección Civil abrió albergues para personas en situación de calle y recomendó no utilizar anafres ni braseros dentro de las casas. Por la tarde, el sol derritió lo poco que quedaba y la ciudad volvió a su ritmo, aunque durante días no se habló de otra cosa.
"""
write_source('be26.txt', be26, enc='utf-16-le', eol='crlf', bom=True)
write_gold('be26', family='generic',
           title='El día que nevó en Monterrey',
           date=None, published=True, bylines=[], source=None,
           body_first_words='Los más jóvenes no lo creían hasta que lo vieron',
           body_last_words='aunque durante días no se habló de otra cosa.',
           must_keep=['"Aquella vez no hubo fotos; nomás nos quedamos viendo por la ventana", contó un vecino de la colonia Independencia.',
                      'recomendó no utilizar anafres ni braseros dentro de las casas.'])

# ---------------------------------------------------------------- be27 generic: setext level 1, scene break "* * *"
be27 = """Crónica de una noche en la Línea de Matamoros
==============================================

El frío de enero se cuela entre las láminas del campamento improvisado junto al puente. Alrededor de una fogata, una docena de hombres y mujeres esperan noticias de sus citas de asilo. Algunos llevan aquí tres meses; otros llegaron ayer.

Yesenia, de 27 años, viene de Honduras con sus dos hijas. Cuenta que salió de su país después de que amenazaron a su esposo y que el viaje hasta la frontera les tomó siete semanas. "Aquí por lo menos dormimos tranquilas, aunque haga frío", dice mientras calienta agua para el café.

Voluntarios de una iglesia de Brownsville cruzan cada noche con ollas de frijoles, tortillas y cobijas. Una enfermera revisa a los niños con tos y anota en una libreta los medicamentos que hacen falta.

* * *

Cerca de la medianoche, un grupo de jóvenes toca la guitarra y canta canciones que todos parecen conocer. Un hombre de Guatemala enseña a los niños a jugar lotería con unas cartas gastadas.

La policía municipal hace un rondín y se retira sin detenerse. A lo lejos, del otro lado del río, se ven las luces de las patrullas fronterizas.

A las cinco de la mañana, cuando el cielo apenas empieza a aclarar, Yesenia despierta a sus hijas. Hoy les toca presentarse en el puente. Guardan sus cosas en una mochila y caminan hacia la garita sin mirar atrás.
"""
write_source('be27.text', be27)
write_gold('be27', family='generic',
           title='Crónica de una noche en la Línea de Matamoros',
           date=None, published=True, bylines=[], source=None,
           body_first_words='El frío de enero se cuela entre las láminas',
           body_last_words='caminan hacia la garita sin mirar atrás.',
           must_keep=['Cerca de la medianoche, un grupo de jóvenes toca la guitarra',
                      'Guardan sus cosas en una mochila y caminan hacia la garita sin mirar atrás.',
                      'Una enfermera revisa a los niños con tos'])

# ---------------------------------------------------------------- be28 bad: front matter + excerpt separator only
be28 = """---
layout: post
title: "Pendiente: nota sobre el nuevo puente de Colombia, N.L."
date: 2014-08-21 10:00:00 -0500
draft: true
wp_id: 5532
categories: [Frontera]
---

<!--more-->
\t
"""
write_source('be28.md', be28)
write_gold('be28', family='bad',
           refusal_reason='front matter sin cuerpo: sólo un separador de extracto y espacios')

# ---------------------------------------------------------------- be29 bad: a .docx saved as .txt
import zlib
inner = zlib.compress(('<w:document><w:body><w:p><w:r><w:t>Boletín 088 Ayuntamiento de Ensenada'
                       '</w:t></w:r></w:p></w:body></w:document>').encode('utf-8'))
be29 = (b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xdf\xa4\xd2lZ\x01\x00\x00 \x05\x00\x00'
        b'\x13\x00\x08\x02[Content_Types].xml \xa2\x04\x02(\xa0\x00\x02\x00\x00\x00\x00\x00\x00'
        + inner + b'\x00\x00PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml'
        + bytes(range(0, 256)) + b'PK\x05\x06\x00\x00\x00\x00\x02\x00\x02\x00')
write_source('be29.txt', raw=be29)
write_gold('be29', family='bad',
           refusal_reason='archivo binario (documento de Word .docx comprimido) guardado como .txt')

# ---------------------------------------------------------------- be30 bad: front matter never closed, no body
be30 = """---
title: Sin título
date: 2009-05-02
author: admin
categories:
  - Sin categoría
"""
write_source('be30.markdown', be30, eol='crlf')
write_gold('be30', family='bad',
           refusal_reason='front matter sin cerrar y sin cuerpo')
