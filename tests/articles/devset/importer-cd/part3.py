#!/usr/bin/env python3
"""importer-cd, files 21-30."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- cd21 jekyll (author mapping, kramdown IAL, publisher key)
cd21 = """---
title: "Maquiladoras de Tijuana buscan técnicos: el nearshoring llega a las aulas del Cecyte"
date: 2024-03-11 08:00:00 -0700
last_modified_at: 2024-03-12 10:15:00 -0700
author:
  name: Tomás Arellano Plascencia
  twitter: tarellano_ej
categories:
  - Destacadas
  - Economía
publisher: Cruce Digital
---

Las plantas maquiladoras de Tijuana tienen cerca de 4 mil vacantes para técnicos en mantenimiento, electrónica y control de calidad, y ya no esperan a que los jóvenes terminen la escuela para reclutarlos.
{: .lead}

En el plantel del Colegio de Estudios Científicos y Tecnológicos del estado en El Florido, tres empresas de dispositivos médicos instalaron este semestre laboratorios con equipo que antes sólo se veía en las naves industriales. Los estudiantes de quinto semestre hacen ahí sus prácticas y, si aprueban, salen con una oferta de trabajo.

La llegada de nuevas plantas por el nearshoring, la relocalización de fábricas que antes operaban en Asia, aceleró la demanda. Según la asociación local de la industria maquiladora, en los últimos dos años se instalaron en la ciudad 31 empresas nuevas, la mayoría proveedoras de la industria médica y aeroespacial.

“Antes el problema era conseguir operadores. Ahora lo que no encontramos es quién sepa programar un PLC o hacer el setup de una línea”, explicó Norma Leyva Castañeda, gerente de recursos humanos de una de las plantas del parque industrial El Florido.

Los profesores ven la oportunidad con cautela. Dicen que los sueldos de entrada, de 2 mil 800 pesos semanales, apenas alcanzan para la renta en una ciudad donde la vivienda se encareció, y que muchos egresados prefieren cruzar a trabajar a San Diego.

Las empresas y el plantel firmarán en abril un convenio para que los alumnos con mejores calificaciones reciban una beca durante su último año de estudios.
"""
write_source('cd21.md', cd21)
write_gold('cd21', family='jekyll',
           title='Maquiladoras de Tijuana buscan técnicos: el nearshoring llega a las aulas del Cecyte',
           date='2024-03-11', bylines=['Tomás Arellano Plascencia'], source='Cruce Digital',
           section='Economía', placement=['Destacadas'],
           body_first_words='Las plantas maquiladoras de Tijuana tienen cerca de 4 mil vacantes',
           body_last_words='reciban una beca durante su último año de estudios.',
           boilerplate=['{: .lead}'],
           must_keep=['Los estudiantes de quinto semestre hacen ahí sus prácticas y, si aprueban, salen con una oferta de trabajo.',
                      'Ahora lo que no encontramos es quién sepa programar un PLC o hacer el setup de una línea”, explicó Norma Leyva Castañeda, gerente de recursos humanos de una de las plantas del parque industrial El Florido.',
                      'Los profesores ven la oportunidad con cautela.'])

# ---------------------------------------------------------------- cd22 jekyll (HTML body, authors flow, naive quoted date)
cd22 = """---
layout: articulo
title: "La Paz pone en marcha la primera etapa de su planta desaladora"
date: "2024-02-29 06:00"
authors: [Ximena Cota Geraldo, Rubén Amador Lucero]
section: Sociedad
lang: es
site_title: Península Adentro
---
<p>La primera etapa de la planta desaladora de La Paz comenzó a enviar agua a la red de la ciudad este jueves, después de casi cuatro años de obras y de dos cambios en el proyecto original.</p>
<p>En esta fase la planta producirá 200 litros por segundo, que se mezclarán con el agua de los pozos del acuífero, sobreexplotado desde hace décadas y con problemas de intrusión salina. Las colonias del sur de la ciudad, como El Calandrio, Camino Real y Lomas de Palmira, serán las primeras en recibirla.</p>
<p>Vecinos de esas zonas, que reciben agua por tandeo dos o tres días por semana, dijeron que esperarán a ver resultados. <em>“Nos han prometido agua diario desde que llegamos, hace quince años”</em>, comentó Josefina Lucero, que vive en Lomas de Palmira.</p>
<p>Ambientalistas de la ciudad pidieron que se publique el monitoreo de la salmuera que la planta devuelve al mar frente a la playa de El Mogote, una zona de manglar y de crianza de peces. El organismo operador aseguró que la descarga cumple la norma y que los resultados estarán disponibles en su página.</p>
<p>La segunda etapa, que duplicaría la producción, depende de financiamiento federal que todavía no está asegurado.</p>
"""
write_source('cd22.md', cd22)
write_gold('cd22', family='jekyll',
           title='La Paz pone en marcha la primera etapa de su planta desaladora',
           date='2024-02-29', bylines=['Ximena Cota Geraldo', 'Rubén Amador Lucero'],
           source='Península Adentro', section='Sociedad',
           body_first_words='La primera etapa de la planta desaladora de La Paz comenzó',
           body_last_words='depende de financiamiento federal que todavía no está asegurado.',
           must_keep=['Vecinos de esas zonas, que reciben agua por tandeo dos o tres días por semana, dijeron que esperarán a ver resultados.',
                      'El organismo operador aseguró que la descarga cumple la norma y que los resultados estarán disponibles en su página.',
                      'La segunda etapa, que duplicaría la producción, depende de financiamiento federal que todavía no está asegurado.'])

# ---------------------------------------------------------------- cd23 jekyll (BOM + CRLF, front matter closed with "...")
cd23 = """---
layout: post
title: Valle de Guadalupe arranca la vendimia con más visitantes de California que nunca
date: 2015-08-07 18:30:00 -0700
author: Redacción
published: true
tags:
  - vino
  - Ensenada
  - turismo
...

Las Fiestas de la Vendimia arrancaron este viernes en el Valle de Guadalupe con las reservaciones de hoteles y casas de campo agotadas para los tres fines de semana de agosto, y con una proporción de visitantes del sur de California mayor que en cualquier año anterior.

Los vinicultores calculan que uno de cada tres asistentes a las catas y cenas maridaje llegó desde San Diego o Los Ángeles. Muchos cruzan por la mañana, hacen su wine tasting en dos o tres casas vinícolas y regresan a dormir a Ensenada o a Rosarito.

La afluencia tiene un costo para los vecinos del valle. En la carretera de San Antonio de las Minas a Francisco Zarco los fines de semana se forman filas de autos, y los ejidatarios se quejan de que ya no pueden sacar su producción a tiempo. “Antes era camino de rancho. Ahora parece el freeway”, dijo uno de ellos.

Las pequeñas bodegas familiares, en cambio, dicen que el turismo les permitió sobrevivir después de dos años de sequía que redujeron a la mitad la cosecha de uva. Varias ya venden más botellas en su propia tienda que a los distribuidores de Tijuana y la Ciudad de México.

La vendimia concluirá el 23 de agosto con la tradicional misa de acción de gracias y la bendición de la uva en El Porvenir.
"""
write_source('cd23.md', cd23, eol='crlf', bom=True)
write_gold('cd23', family='jekyll',
           title='Valle de Guadalupe arranca la vendimia con más visitantes de California que nunca',
           date='2015-08-07', bylines=[], source=None, section=None,
           body_first_words='Las Fiestas de la Vendimia arrancaron este viernes en el Valle de Guadalupe',
           body_last_words='la bendición de la uva en El Porvenir.',
           must_keep=['Muchos cruzan por la mañana, hacen su wine tasting en dos o tres casas vinícolas y regresan a dormir a Ensenada o a Rosarito.',
                      'La afluencia tiene un costo para los vecinos del valle.',
                      '“Antes era camino de rancho. Ahora parece el freeway”, dijo uno de ellos.'])

# ---------------------------------------------------------------- cd24 generic (Pelican-style metadata header)
cd24 = """Title: El último cine de barrio de Mexicali apaga su proyector
Date: 2018-05-02 20:10
Author: Irma Celaya Burgueño
Category: Cultura
Tags: cine, Mexicali, patrimonio
Slug: ultimo-cine-de-barrio-mexicali
Summary: Después de 61 años, el cine de la colonia Pueblo Nuevo cierra sus puertas.

El cine de la colonia Pueblo Nuevo, el último de los cines de barrio que quedaban en Mexicali, dio este domingo su función final. Se proyectó una película de Pedro Infante, como en la noche de su inauguración en 1957, y la sala de 400 butacas se llenó por primera vez en muchos años.

Don Evaristo Lugo, que fue proyeccionista durante 38 años, subió a la cabina a encender por última vez la máquina de 35 milímetros. Sus nietos lo acompañaron con el celular en la mano para grabarlo. Al terminar la película, el público se quedó de pie aplaudiendo hacia la ventanilla de la cabina.

En los años setenta Mexicali tuvo más de veinte cines repartidos por los barrios. Llegaban las películas mexicanas y, con unas semanas de retraso, las de Hollywood con subtítulos. Muchos mexicalenses aprendieron sus primeras palabras en inglés en esas salas, antes de cruzar a Calexico a ver los estrenos.

Los dueños, una familia de origen chino que llegó a la ciudad a principios del siglo pasado, dijeron que el edificio será vendido. Vecinos y un grupo de arquitectos pidieron al Ayuntamiento que lo declare patrimonio de la ciudad antes de que lo demuelan.
"""
write_source('cd24.md', cd24)
write_gold('cd24', family='generic',
           title='El último cine de barrio de Mexicali apaga su proyector',
           date='2018-05-02', bylines=['Irma Celaya Burgueño'], source=None, section='Cultura',
           body_first_words='El cine de la colonia Pueblo Nuevo, el último de los cines de barrio',
           body_last_words='que lo declare patrimonio de la ciudad antes de que lo demuelan.',
           boilerplate=['Tags: cine, Mexicali, patrimonio', 'Slug: ultimo-cine-de-barrio-mexicali',
                        'Summary: Después de 61 años, el cine de la colonia Pueblo Nuevo cierra sus puertas.'],
           must_keep=['Don Evaristo Lugo, que fue proyeccionista durante 38 años, subió a la cabina a encender por última vez la máquina de 35 milímetros.',
                      'En los años setenta Mexicali tuvo más de veinte cines repartidos por los barrios.',
                      'Vecinos y un grupo de arquitectos pidieron al Ayuntamiento que lo declare patrimonio de la ciudad antes de que lo demuelan.'])

# ---------------------------------------------------------------- cd25 generic (CR-only line ends, plain first-line title)
cd25 = """Los jornaleros de San Quintín y la fresa que cruza la frontera

A las cuatro de la mañana, en la colonia Lázaro Cárdenas del valle de San Quintín, los camiones de redilas ya esperan con el motor encendido. Suben mujeres con gorras y paliacates, hombres con hieleras y muchachos que apenas terminaron la secundaria. Van a los campos de fresa, de frambuesa y de tomate que se extienden entre la carretera Transpeninsular y el mar.

La mayoría llegó hace años desde Oaxaca y Guerrero, primero por temporadas y luego para quedarse. En las calles se oye mixteco y triqui tanto como español, y en las tiendas se vende lo mismo tortilla de maíz criollo que refresco de marca americana.

Casi todo lo que se cosecha aquí se empaca en cajas con etiqueta en inglés y viaja en tráileres refrigerados hasta la garita de Otay. Dos o tres días después, la fresa está en los supermercados de California y de Oregon.

Los jornaleros saben que su trabajo termina en mesas que nunca verán. Una cortadora de la colonia Nueva Era lo resume sin amargura: dice que la fresa tiene papeles para cruzar y ella no.

Desde las protestas de 2015, los salarios subieron y algunas empresas ofrecen seguro social y guardería. Pero en el valle todavía faltan agua potable, clínicas y escuelas para las familias que sostienen una de las agriculturas de exportación más ricas del país.
"""
write_source('cd25.txt', cd25, eol='cr')
write_gold('cd25', family='generic',
           title='Los jornaleros de San Quintín y la fresa que cruza la frontera',
           body_first_words='A las cuatro de la mañana, en la colonia Lázaro Cárdenas',
           body_last_words='una de las agriculturas de exportación más ricas del país.',
           must_keep=['Dos o tres días después, la fresa está en los supermercados de California y de Oregon.',
                      'Una cortadora de la colonia Nueva Era lo resume sin amargura: dice que la fresa tiene papeles para cruzar y ella no.',
                      'En las calles se oye mixteco y triqui tanto como español, y en las tiendas se vende lo mismo tortilla de maíz criollo que refresco de marca americana.'])

# ---------------------------------------------------------------- cd26 generic (radio capsule script)
cd26 = """La vaquita marina y los pescadores de San Felipe
Guion de cápsula informativa. Duración aproximada: 2'30''

(ENTRA CORTINILLA)

En el alto golfo de California, frente al puerto de San Felipe, vive el mamífero marino más amenazado del planeta: la vaquita marina. Los científicos calculan que quedan apenas una decena de ejemplares.

(FONDO MUSICAL SUAVE)

Su desgracia tiene nombre: las redes agalleras que se usan para capturar ilegalmente a la totoaba, un pez cuyo buche se paga a precios altísimos en mercados de Asia. La vaquita, que mide poco más de un metro, queda atrapada en esas redes y muere ahogada.

Pero en San Felipe la historia tiene otra cara. Cientos de familias de pescadores ribereños viven del camarón y de la curvina, y dicen que las restricciones los han dejado sin ingresos. Algunos han probado redes nuevas, más selectivas, que no dañan a la vaquita, aunque se quejan de que pescan menos.

Organizaciones de la sociedad civil y cooperativas del puerto trabajan juntas para retirar redes fantasma del mar. Cada red que se saca del agua es una trampa menos para la vaquita.

Salvarla depende de que el mar deje de ser negocio para unos cuantos y vuelva a ser sustento para muchos.

(SALE CORTINILLA)
"""
write_source('cd26.txt', cd26, enc='cp1252', eol='crlf')
write_gold('cd26', family='generic',
           title='La vaquita marina y los pescadores de San Felipe',
           body_first_words='En el alto golfo de California, frente al puerto de San Felipe',
           body_last_words='y vuelva a ser sustento para muchos.',
           boilerplate=["Guion de cápsula informativa. Duración aproximada: 2'30''",
                        '(ENTRA CORTINILLA)', '(FONDO MUSICAL SUAVE)', '(SALE CORTINILLA)'],
           must_keep=['Los científicos calculan que quedan apenas una decena de ejemplares.',
                      'Cada red que se saca del agua es una trampa menos para la vaquita.',
                      'Algunos han probado redes nuevas, más selectivas, que no dañan a la vaquita, aunque se quejan de que pescan menos.'])

# ---------------------------------------------------------------- cd27 generic (setext level-1 title, bold questions)
cd27 = """Preguntas frecuentes sobre el cruce peatonal de El Chaparral
============================================================

**¿Dónde está el cruce?**
El cruce peatonal de El Chaparral está en el lado poniente de la garita de San Ysidro, junto a la vía rápida, y conecta con el edificio de PedWest del lado estadounidense. Para llegar desde el centro de Tijuana se puede caminar por el puente de la plaza Viva Tijuana o tomar un taxi de ruta.

**¿Qué horario tiene?**
Funciona las 24 horas, aunque en la madrugada sólo hay una o dos casetas abiertas. Los tiempos de espera más largos se registran los lunes por la mañana y los domingos por la tarde.

**¿Qué documentos necesito?**
Las personas mexicanas necesitan pasaporte y visa vigentes, o la tarjeta de cruce. Los ciudadanos y residentes de Estados Unidos deben presentar pasaporte, tarjeta de residente o una licencia de manejo mejorada.

**¿Puedo cruzar con mascotas?**
Sí. Perros y gatos pueden cruzar con su cartilla de vacunación contra la rabia al día. Conviene llevar el comprobante impreso, porque no siempre aceptan la imagen en el teléfono.

**¿Hay dónde dejar el carro?**
Hay varios estacionamientos privados del lado mexicano que cobran por día. Los precios suben los fines de semana largos y en temporada de compras de fin de año.
"""
write_source('cd27.md', cd27)
write_gold('cd27', family='generic',
           title='Preguntas frecuentes sobre el cruce peatonal de El Chaparral',
           body_first_words='¿Dónde está el cruce?',
           body_last_words='en temporada de compras de fin de año.',
           must_keep=['Funciona las 24 horas, aunque en la madrugada sólo hay una o dos casetas abiertas.',
                      'Perros y gatos pueden cruzar con su cartilla de vacunación contra la rabia al día.',
                      'Hay varios estacionamientos privados del lado mexicano que cobran por día.'])

# ---------------------------------------------------------------- cd28 bad (saved HTML page: navigation only)
cd28 = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Sección Municipios | El Heraldo de la Sierra Ejemplo</title>
<link rel="stylesheet" href="/assets/main.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">El Heraldo de la Sierra</a>
  <nav>
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/municipios/">Municipios</a></li>
      <li><a href="/seguridad/">Seguridad</a></li>
      <li><a href="/deportes/">Deportes</a></li>
      <li><a href="/opinion/">Opinión</a></li>
      <li><a href="/contacto/">Contacto</a></li>
    </ul>
  </nav>
</header>
<main>
  <div class="pagination"><a href="/municipios/page2/">Siguiente »</a></div>
</main>
<footer>
  <p>© 2019 El Heraldo de la Sierra. Álamos, Sonora.</p>
  <p><a href="/aviso-de-privacidad/">Aviso de privacidad</a> · <a href="/feed.xml">RSS</a></p>
</footer>
<script src="/assets/analytics.js"></script>
</body>
</html>
"""
write_source('cd28.txt', cd28, eol='crlf')
write_gold('cd28', family='bad',
           refusal_reason='El archivo es una página HTML guardada que sólo contiene menú, paginación y pie de página; no hay artículo.')

# ---------------------------------------------------------------- cd29 bad (front matter, body only an HTML comment)
cd29 = """---
layout: post
title: "Pescadores de Guaymas bloquean acceso al puerto"
date: 2017-05-16 12:00:00 -0700
author: Redacción
categories: [Guaymas]
---

<!-- TODO: pegar nota completa cuando llegue del corresponsal -->

"""
write_source('cd29.md', cd29)
write_gold('cd29', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) y un comentario HTML; no tiene cuerpo de texto.')

# ---------------------------------------------------------------- cd30 bad (a .docx, i.e. a ZIP, saved as .txt)
docx = (b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xdf\xa4\xd2lZ\x01\x00\x00 \x05\x00\x00'
        b'\x13\x00\x08\x02[Content_Types].xml \xa2\x04\x02(\xa0\x00\x02\x00\x00\x00\x00\x00\x00'
        + bytes(range(256)) * 3 +
        b'PK\x05\x06\x00\x00\x00\x00\x0b\x00\x0b\x00\xc1\x02\x00\x00\x8e\x1f\x00\x00\x00\x00')
write_source('cd30.txt', raw=docx)
write_gold('cd30', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, binario ZIP) guardado con extensión .txt; no es texto legible.')
