#!/usr/bin/env python3
"""importer-cm, files 21-30."""
import base64, hashlib
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- cm21 jekyll (script-exported front matter with \\u escapes, Dgo.)
cm21 = """---
title: "Ganaderos de Durango logran certificaci\\u00f3n para exportar becerros a Estados Unidos"
date: '2013-10-08'
author: "Isaac Fierro Meraz"
categories: ["Campo"]
description: "La certificaci\\u00f3n sanitaria abre la frontera a 60 mil cabezas por a\\u00f1o"
site_title: "El Cronista del Mezquital"
---

Los ganaderos de Durango podrán volver a exportar becerros en pie a Estados Unidos sin las restricciones que se les impusieron hace cuatro años, luego de que las autoridades sanitarias de ambos países reconocieran el avance del estado en el control de la tuberculosis bovina.

La certificación permitirá enviar alrededor de 60 mil cabezas por año a través de los puertos de cruce de Chihuahua, con menos pruebas y menos días de cuarentena, lo que reduce los costos de cada embarque.

> "Para un productor de la sierra esto significa vender su becerro a mejor precio y en menos tiempo", explicó el médico veterinario Ramiro Esquivel Salas, coordinador del programa estatal de sanidad animal.

Para llegar a este punto, brigadas de veterinarios realizaron pruebas en más de 9 mil hatos durante los últimos tres años y se sacrificaron los animales que resultaron positivos, con una compensación para sus dueños.

Los productores del Mezquital y de la zona de los valles, sin embargo, advierten que la sequía ha reducido el número de vientres y que este año habrá menos becerros para vender. Muchos de ellos tuvieron que malbaratar su ganado en 2011 y 2012.

Las autoridades pidieron a los ganaderos mantener al día los registros de movilización y avisar de inmediato cualquier sospecha de enfermedad, porque un solo brote podría hacer perder el estatus conseguido.
"""
write_source('cm21.md', cm21)
write_gold('cm21', family='jekyll',
           title='Ganaderos de Durango logran certificación para exportar becerros a Estados Unidos',
           date='2013-10-08', bylines=['Isaac Fierro Meraz'], source='El Cronista del Mezquital',
           section='Campo',
           body_first_words='Los ganaderos de Durango podrán volver a exportar becerros en pie',
           body_last_words='un solo brote podría hacer perder el estatus conseguido.',
           must_keep=['"Para un productor de la sierra esto significa vender su becerro a mejor precio y en menos tiempo", explicó el médico veterinario Ramiro Esquivel Salas, coordinador del programa estatal de sanidad animal.',
                      'Muchos de ellos tuvieron que malbaratar su ganado en 2011 y 2012.',
                      'con una compensación para sus dueños.'])

# ---------------------------------------------------------------- cm22 jekyll (nested author/image mappings, '---' rule in the body)
cm22 = """---
layout: article
title: 'Las tejedoras de rebozo de Santa María del Río buscan relevo generacional'
date: 2012-06-17
author:
  name: Claudia Ibarra Torres
  twitter: "@ClauIbarraEj"
image:
  feature: rebozo-santa-maria.jpg
  credit: Héctor Loredo
  creditlink: https://fotos.example.mx/hloredo
categories:
  - Cultura
site_name: Tinta del Semidesierto
comments: true
---

En Santa María del Río, a 45 kilómetros de la capital potosina, todavía se tejen rebozos de seda en telares de cintura, con una técnica que las familias se han transmitido durante más de dos siglos. Pero cada año hay menos manos que sepan hacerlo.

Doña Cirila Mendoza, de 78 años, aprendió a los diez. Un rebozo fino le lleva entre cuatro y seis meses de trabajo, desde el teñido de los hilos hasta el empuntado, que hacen otras mujeres del pueblo. "Las muchachas ya no quieren estar sentadas tanto tiempo", dice sin dejar de mover la lanzadera.

La escuela de rebocería del municipio recibe cada año a unos veinte alumnos, pero la mayoría abandona antes de terminar su primera pieza. Los maestros dicen que el problema es económico: un rebozo de seda puede venderse en varios miles de pesos, pero el pago por hora de trabajo es muy bajo.

---

**Dónde comprar.** Los rebozos se venden directamente en los talleres familiares del centro del pueblo y en la tienda de la escuela de rebocería. La feria del rebozo se celebra cada agosto.

Las artesanas recomiendan desconfiar de las piezas demasiado baratas que se ofrecen en las carreteras, que suelen ser de fibra sintética y hechas en telares mecánicos.
"""
write_source('cm22.md', cm22, eol='crlf', bom=True)
write_gold('cm22', family='jekyll',
           title='Las tejedoras de rebozo de Santa María del Río buscan relevo generacional',
           date='2012-06-17', bylines=['Claudia Ibarra Torres'], source='Tinta del Semidesierto',
           section='Cultura',
           body_first_words='En Santa María del Río, a 45 kilómetros de la capital potosina',
           body_last_words='suelen ser de fibra sintética y hechas en telares mecánicos.',
           boilerplate=['credit: Héctor Loredo'],
           must_keep=['"Las muchachas ya no quieren estar sentadas tanto tiempo", dice sin dejar de mover la lanzadera.',
                      'Los rebozos se venden directamente en los talleres familiares del centro del pueblo y en la tienda de la escuela de rebocería.',
                      'Las artesanas recomiendan desconfiar de las piezas demasiado baratas que se ofrecen en las carreteras, que suelen ser de fibra sintética y hechas en telares mecánicos.'],
           photo_credit='Héctor Loredo')

# ---------------------------------------------------------------- cm23 jekyll (comments in YAML, quoted naive date, Portada, yes)
cm23 = """---
# migrado del sitio anterior; revisar imágenes
layout: post
title: "Largas filas en casillas especiales marcan la jornada electoral en Zacatecas"
date: "2021-06-07 09:00"
published: yes
author: [Ana Karen Hurtado Luna, Miguel Ángel Sosa Bermúdez]
# categories: [Portada]
categories:
  - Portada
  - Elecciones 2021
tags: [elecciones, casillas especiales, INE]
redirect_from:
  - /2021/06/06/filas-casillas-especiales/
excerpt_separator: <!--more-->
---

La jornada electoral del domingo en Zacatecas transcurrió en calma en la mayoría de las secciones, pero en las casillas especiales de la capital, de Guadalupe y de Fresnillo cientos de personas esperaron durante horas para votar, y muchas se quedaron sin hacerlo cuando se agotaron las boletas.

En la casilla especial instalada junto a la central de autobuses de la capital, la fila daba vuelta a la manzana desde antes de la apertura. Estudiantes foráneos, trabajadores de otros estados y personas en tránsito formaban la mayor parte de los votantes.
<!--more-->
Cada casilla especial recibe un máximo de 750 boletas por elección. Hacia las tres de la tarde, funcionarios de casilla avisaron que ya no alcanzaría para todos, lo que provocó reclamos y empujones que obligaron a intervenir a la policía.

"Vine desde las siete de la mañana y ya no pude votar", dijo Ximena Robles, estudiante de Ingeniería originaria de Sombrerete.

En el resto del estado, los observadores reportaron incidentes menores: casillas que abrieron tarde por falta de funcionarios, propaganda cerca de algunas escuelas y un paquete electoral que llegó con retraso al consejo distrital de Jerez.

La participación preliminar superó el 50 por ciento, según el conteo rápido. Los cómputos distritales comenzarán el miércoles.
"""
write_source('cm23.md', cm23, eol=('alternate',))
write_gold('cm23', family='jekyll',
           title='Largas filas en casillas especiales marcan la jornada electoral en Zacatecas',
           date='2021-06-07', bylines=['Ana Karen Hurtado Luna', 'Miguel Ángel Sosa Bermúdez'],
           section='Elecciones 2021', placement=['Portada'],
           body_first_words='La jornada electoral del domingo en Zacatecas transcurrió en calma',
           body_last_words='Los cómputos distritales comenzarán el miércoles.',
           boilerplate=['<!--more-->'],
           must_keep=['Cada casilla especial recibe un máximo de 750 boletas por elección.',
                      '"Vine desde las siete de la mañana y ya no pude votar", dijo Ximena Robles, estudiante de Ingeniería originaria de Sombrerete.',
                      'Estudiantes foráneos, trabajadores de otros estados y personas en tránsito formaban la mayor parte de los votantes.'])

# ---------------------------------------------------------------- cm24 generic (Blogger blog page copied as text, SLP)
cm24 = """Crónicas desde Catorce
Historias del altiplano potosino contadas desde Real de Catorce

martes, 14 de marzo de 2006

El túnel de Ogarrio cumple más de un siglo y sigue siendo la única puerta al pueblo

Para llegar a Real de Catorce hay que atravesar una montaña. El túnel de Ogarrio, de poco más de dos kilómetros y de un solo carril, es desde finales del siglo XIX la entrada principal al pueblo, y quien lo cruza por primera vez no olvida la sensación de ir bajo tierra, entre paredes de roca húmeda, esperando ver la luz del otro lado.

El túnel se abrió para sacar el mineral de las minas de plata y meter la maquinaria. Hoy por él pasan los autos de los turistas, las camionetas de los comerciantes y, en las fechas de la peregrinación a San Francisco, miles de personas a pie.

Los encargados del paso regulan el tráfico con radios: dejan pasar unos minutos a los que entran y otros tantos a los que salen. En temporada alta, la espera puede ser de una hora. Nadie se queja demasiado; es parte del viaje.

Don Eusebio, que cobra la cuota a la entrada desde hace veinte años, dice que ha visto pasar de todo: novias con su vestido, músicos con el contrabajo al hombro y hasta un caballo que se negó a entrar y tuvieron que regresar por la carretera de terracería.

Hay quienes proponen abrir una segunda entrada para los días de mayor afluencia. Los vecinos prefieren que todo siga igual. Dicen que el túnel es lo que mantiene al pueblo a salvo de convertirse en otra cosa.

Publicado por Tomás Orozco Ledezma en 21:40
No hay comentarios:
Enviar por correo electrónicoEscribe un blogCompartir con TwitterCompartir con Facebook
Etiquetas: Real de Catorce, túnel de Ogarrio, turismo

Publicar un comentario
Entrada más reciente Entrada antigua Página principal
Suscribirse a: Enviar comentarios (Atom)
"""
write_source('cm24.txt', cm24, enc='cp1252', eol='crlf')
write_gold('cm24', family='generic',
           title='El túnel de Ogarrio cumple más de un siglo y sigue siendo la única puerta al pueblo',
           date='2006-03-14', bylines=['Tomás Orozco Ledezma'], source='Crónicas desde Catorce',
           body_first_words='Para llegar a Real de Catorce hay que atravesar una montaña.',
           body_last_words='mantiene al pueblo a salvo de convertirse en otra cosa.',
           boilerplate=['Historias del altiplano potosino contadas desde Real de Catorce',
                        'martes, 14 de marzo de 2006',
                        'Publicado por Tomás Orozco Ledezma en 21:40', 'No hay comentarios:',
                        'Enviar por correo electrónicoEscribe un blogCompartir con TwitterCompartir con Facebook',
                        'Etiquetas: Real de Catorce, túnel de Ogarrio, turismo', 'Publicar un comentario',
                        'Entrada más reciente Entrada antigua Página principal',
                        'Suscribirse a: Enviar comentarios (Atom)'],
           must_keep=['En temporada alta, la espera puede ser de una hora.',
                      'Nadie se queja demasiado; es parte del viaje.',
                      'Los vecinos prefieren que todo siga igual.'])

# ---------------------------------------------------------------- cm25 generic (Wix blog page copied as text, Gto.)
cm25 = """Ir al contenido principal
Callejoneando GTO
Inicio
Blog
Sobre mí
Contacto
Todas las entradas
Buscar
Foto del escritor
Daniela Ruelas Olmos
3 ago 2021
Actualizado: 5 ago 2021
4 min de lectura
La presa de la Olla, el primer paseo dominical de Guanajuato
Mucho antes de que existieran los centros comerciales, las familias de Guanajuato tenían un lugar para pasar el domingo: la presa de la Olla. Construida en el siglo XVIII para abastecer de agua a la ciudad minera, se convirtió con el tiempo en el paseo favorito de los guanajuatenses.
En sus orillas se levantaron casonas con jardines, y a principios del siglo XX el gobierno porfirista trazó el paseo con fresnos, bancas y una glorieta para la banda de música. Todavía hoy, los domingos llegan familias con canastas, niños con globos y vendedores de nieve y de elotes.
Cada año, a finales de junio, se celebra la fiesta de la apertura de la presa, cuando se abren las compuertas para limpiar el cauce. La costumbre tiene más de doscientos años y reúne a cientos de personas que esperan ver salir el agua.
Lo que menos se cuenta es que la presa sigue siendo parte del sistema de abasto de la ciudad. Su agua se potabiliza en una planta cercana y llega a varias colonias del centro. Por eso los vecinos piden que no se tire basura en el vaso ni en los arroyos que la alimentan.
Si vas, llega temprano: después del mediodía es difícil encontrar una banca libre.
#Guanajuato
#presas
#paseos
Publicaciones recientes
Ver todo
Los túneles de Guanajuato, de río a vialidad
12
0
El callejón del Beso sin turistas
8
0
Comentarios
Escribe un comentario...
Me gusta
"""
write_source('cm25.txt', cm25)
write_gold('cm25', family='generic',
           title='La presa de la Olla, el primer paseo dominical de Guanajuato',
           date='2021-08-03', bylines=['Daniela Ruelas Olmos'], source='Callejoneando GTO',
           body_first_words='Mucho antes de que existieran los centros comerciales',
           body_last_words='después del mediodía es difícil encontrar una banca libre.',
           boilerplate=['Ir al contenido principal', 'Todas las entradas', 'Foto del escritor',
                        'Actualizado: 5 ago 2021', '4 min de lectura', '#Guanajuato', '#presas', '#paseos',
                        'Publicaciones recientes', 'Ver todo', 'Los túneles de Guanajuato, de río a vialidad',
                        'El callejón del Beso sin turistas', 'Comentarios', 'Escribe un comentario...',
                        'Me gusta'],
           must_keep=['La costumbre tiene más de doscientos años y reúne a cientos de personas que esperan ver salir el agua.',
                      'Su agua se potabiliza en una planta cercana y llega a varias colonias del centro.',
                      'Si vas, llega temprano: después del mediodía es difícil encontrar una banca libre.'])

# ---------------------------------------------------------------- cm26 generic (town chronicler's typescript, UTF-16 BE, Dgo.)
cm26 = """
                    LA NORIA DE LA PLAZA DE MAPIMÍ


      Los viejos de Mapimí todavía le dicen "la noria" al pozo que está en una esquina de la plaza, aunque hace más de sesenta años que nadie saca agua de él. Durante casi dos siglos fue el único abasto seguro del pueblo, cuando las minas de Ojuela atraían a miles de trabajadores al desierto.

      Las mujeres bajaban a la plaza antes del amanecer con sus cántaros, y los aguadores cargaban burros con barriles para vender el agua en las casas de los ricos y en los campamentos de la mina. En tiempos de sequía, el presidente municipal ponía un guardia para que nadie se llevara más de lo que le tocaba.

      La noria tenía un malacate de madera que movía una mula, con una cadena de botes que subía el agua desde unos veinte metros de profundidad. Del malacate sólo queda el recuerdo; lo desarmaron cuando llegó la primera bomba de motor, en los años cuarenta.

      En 1951 el pueblo estrenó su red de agua entubada y la noria se tapó con una losa. Desde entonces sirve de asiento a los que esperan el camión y de escenario a los niños que juegan a asomarse por las rendijas.

      Hace poco, el ayuntamiento propuso cubrirla con un kiosco nuevo. Los vecinos se opusieron y pidieron, en cambio, una placa que cuente su historia. A mí me tocó redactarla.


Ignacio Aguilera Varela
Cronista municipal de Mapimí
"""
write_source('cm26.txt', cm26, enc='utf-16-be', eol='crlf', bom=True)
write_gold('cm26', family='generic',
           title='LA NORIA DE LA PLAZA DE MAPIMÍ',
           bylines=['Ignacio Aguilera Varela'],
           body_first_words='Los viejos de Mapimí todavía le dicen "la noria"',
           body_last_words='A mí me tocó redactarla.',
           boilerplate=['Cronista municipal de Mapimí'],
           must_keep=['En tiempos de sequía, el presidente municipal ponía un guardia para que nadie se llevara más de lo que le tocaba.',
                      'Del malacate sólo queda el recuerdo; lo desarmaron cuando llegó la primera bomba de motor, en los años cuarenta.',
                      'Los vecinos se opusieron y pidieron, en cambio, una placa que cuente su historia.'])

# ---------------------------------------------------------------- cm27 generic (Google Docs "download as Markdown": escapes, inline base64 image)
png = base64.b64encode(b'\x89PNG\r\n\x1a\n' + b''.join(hashlib.sha256(bytes([i % 256, i // 256])).digest() for i in range(700))).decode('ascii')
cm27 = """# **Cómo leer tu recibo del agua en Aguascalientes**

El recibo del agua llega cada dos meses y casi nadie lo lee con calma. Sin embargo, en esa hoja hay datos que sirven para detectar fugas, reclamar cobros indebidos y saber si tu casa gasta más de lo normal. Esta guía explica, apartado por apartado, qué significa cada cosa.

## **1\\. Número de cuenta y tarifa**

En la parte superior aparece tu número de cuenta, que necesitarás para cualquier trámite o aclaración. Junto a él viene la tarifa que te asignaron: doméstica, comercial o industrial\\. Si tu casa aparece con tarifa comercial y no tienes negocio, puedes pedir que la corrijan.

## **2\\. Lecturas del medidor**

* **Lectura anterior y lectura actual:** la diferencia entre ambas es lo que consumiste en el periodo.
* **Consumo en metros cúbicos:** un metro cúbico equivale a mil litros.
* **Consumo estimado:** aparece cuando nadie tomó la lectura\\; en ese caso se cobra un promedio.

![][image1]

Una familia de cuatro personas consume en promedio entre 20 y 30 metros cúbicos al bimestre. Si tu consumo sube de golpe sin que haya cambiado nada en casa, lo más probable es que tengas una fuga.

## **3\\. Cómo saber si tienes una fuga**

Cierra todas las llaves de la casa y revisa el medidor. Si la rueda o los números siguen moviéndose, el agua se está escapando por algún lado\\. Las fugas más comunes están en los tanques de los excusados y en los flotadores de los tinacos.

## **4\\. Aclaraciones**

Si no estás de acuerdo con un cobro, tienes derecho a pedir una revisión en las oficinas del organismo operador. Lleva tus últimos recibos y, si puedes, fotografías del medidor con fecha. Mientras se resuelve la aclaración, no te pueden cortar el servicio por el monto en disputa.

[image1]: <data:image/png;base64,""" + png + """>
"""
write_source('cm27.md', cm27)
write_gold('cm27', family='generic',
           title='Cómo leer tu recibo del agua en Aguascalientes',
           body_first_words='El recibo del agua llega cada dos meses y casi nadie lo lee con calma.',
           body_last_words='no te pueden cortar el servicio por el monto en disputa.',
           boilerplate=['![][image1]', '[image1]: <data:image/png;base64,'],
           must_keep=['Si tu casa aparece con tarifa comercial y no tienes negocio, puedes pedir que la corrijan.',
                      'Si tu consumo sube de golpe sin que haya cambiado nada en casa, lo más probable es que tengas una fuga.',
                      'Mientras se resuelve la aclaración, no te pueden cortar el servicio por el monto en disputa.'])

# ---------------------------------------------------------------- cm28 bad (saved HTML page: navigation and headline links only)
cm28 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Minería | Semanario Plata y Cantera</title>
<link rel="stylesheet" href="Minería_files/style.css">
<script src="Minería_files/jquery.min.js"></script>
</head>
<body class="archive category-mineria">
<header id="masthead">
  <a href="https://plataycantera.example.mx/"><img src="Minería_files/logo.png" alt="Plata y Cantera"></a>
  <nav class="main-nav">
    <ul>
      <li><a href="https://plataycantera.example.mx/">Inicio</a></li>
      <li><a href="https://plataycantera.example.mx/zacatecas/">Zacatecas</a></li>
      <li class="current"><a href="https://plataycantera.example.mx/mineria/">Minería</a></li>
      <li><a href="https://plataycantera.example.mx/agua/">Agua</a></li>
      <li><a href="https://plataycantera.example.mx/opinion/">Opinión</a></li>
      <li><a href="https://plataycantera.example.mx/contacto/">Contacto</a></li>
    </ul>
  </nav>
</header>
<main>
  <h1 class="page-title">Categoría: Minería</h1>
  <ul class="post-list">
    <li><a href="https://plataycantera.example.mx/2016/04/">Abril 2016</a></li>
    <li><a href="https://plataycantera.example.mx/2016/03/">Marzo 2016</a></li>
    <li><a href="https://plataycantera.example.mx/2016/02/">Febrero 2016</a></li>
  </ul>
  <div class="pagination"><a href="?page=2">Siguiente &raquo;</a></div>
</main>
<footer>
  <p>&copy; 2016 Plata y Cantera. Todos los derechos reservados.</p>
  <a href="https://plataycantera.example.mx/aviso-de-privacidad/">Aviso de privacidad</a>
</footer>
</body>
</html>
"""
write_source('cm28.html', cm28)
write_gold('cm28', family='bad',
           refusal_reason='La página HTML guardada sólo contiene menús y enlaces de navegación; no hay ningún artículo.')

# ---------------------------------------------------------------- cm29 bad (front matter; body is only an excerpt marker and a Liquid include)
cm29 = """---
layout: post
title: "Galería: la Morisma de Bracho 2018"
date: 2018-08-26 12:00:00 -0500
categories: [Galerías]
author: Fotografía Pulso
---

<!--more-->

{% include galeria.html carpeta="2018/morisma" %}
"""
write_source('cm29.md', cm29, eol='cr')
write_gold('cm29', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) y marcas de plantilla; no tiene cuerpo de texto.')

# ---------------------------------------------------------------- cm30 bad (a WhatsApp photo saved with a .txt name)
jpeg = (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
        b'\xff\xe1\x00\x2eExif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x01\x01\x0e\x00\x02\x00\x00\x00\x0cIMG-20230516\x00\x00'
        b'\xff\xdb\x00C\x00' + bytes((i * 7 + 3) % 64 + 1 for i in range(64)) +
        b'\xff\xc0\x00\x11\x08\x01\xe0\x02\x80\x03\x01"\x00\x02\x11\x01\x03\x11\x01'
        b'\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00?\x00' +
        b''.join(hashlib.md5(bytes([i])).digest() for i in range(200)) + b'\xff\xd9')
write_source('cm30.txt', raw=jpeg)
write_gold('cm30', family='bad',
           refusal_reason='El archivo es una imagen JPEG (binaria) guardada con extensión .txt; no es texto legible.')
