# Files aa11-aa20
from common import enc, gold, bad

FILES = []

# ---------------------------------------------------------------- aa11 jekyll: Spanish keys (titulo, fecha "5 de octubre de 2022", seccion), block categories with Destacadas
t11 = """---
layout: nota
titulo: "Colectivo de ciclistas de Xalapa mapea 120 baches en la avenida Lázaro Cárdenas"
fecha: 5 de octubre de 2022
autor: Bruno Lagunes Casas
seccion: Ciudad
categorias:
  - Destacadas
  - Ciudad
sitio: Xalapa en Bici Noticias
borrador: no
---

Integrantes del colectivo Rodada Verde recorrieron durante dos fines de semana los 11 kilómetros de la avenida Lázaro Cárdenas y registraron 120 baches, 14 coladeras sin tapa y 36 tramos sin iluminación, información que entregaron este miércoles al Ayuntamiento de Xalapa.

El mapa fue elaborado con una aplicación gratuita de código abierto y puede consultarse en línea. Cada punto incluye una fotografía, la ubicación exacta y una calificación de riesgo para ciclistas y motociclistas.

Alondra Murrieta Sosa, coordinadora del colectivo, explicó que la avenida es la ruta más usada por trabajadores que se trasladan en bicicleta desde la zona de El Olmo hacia el centro de la ciudad.

“No pedimos una ciclovía de lujo, pedimos que no nos maten los hoyos”, resumió frente al palacio municipal, donde fueron recibidos por personal de la Dirección de Obras Públicas.

La dependencia se comprometió a revisar el levantamiento y a incluir los tramos más dañados en el programa de bacheo de noviembre, que contempla una inversión de 8 millones de pesos.

El colectivo anunció que repetirá el ejercicio en la avenida Ruiz Cortines y en el circuito Presidentes antes de que termine el año.

---
Apoya el periodismo independiente: comparte esta nota y síguenos en @xalapaenbici_ex
"""
FILES.append(('aa11.md', enc(t11), gold(
    'jekyll',
    'Colectivo de ciclistas de Xalapa mapea 120 baches en la avenida Lázaro Cárdenas',
    '2022-10-05', ['Bruno Lagunes Casas'], 'Xalapa en Bici Noticias', 'Ciudad', ['Destacadas'],
    'Integrantes del colectivo Rodada Verde recorrieron durante dos fines de semana',
    'en el circuito Presidentes antes de que termine el año.',
    ['Apoya el periodismo independiente', 'síguenos en @xalapaenbici_ex'],
    ['El mapa fue elaborado con una aplicación gratuita de código abierto y puede consultarse en línea.',
     'El colectivo anunció que repetirá el ejercicio en la avenida Ruiz Cortines y en el circuito Presidentes antes de que termine el año.'],
    None)))

# ---------------------------------------------------------------- aa12 press: Poder Judicial de Oaxaca, "; a" dateline, -30-, NBSP, trailing spaces
t12 = """PODER JUDICIAL DEL ESTADO DE OAXACA
Tribunal Superior de Justicia
Dirección de Comunicación Social   

No. 457/2023

Oaxaca de Juárez, Oax.; a 21 de noviembre de 2023   

Inaugura Tribunal Superior de Justicia juzgado especializado en violencia familiar en la Mixteca

En Huajuapan de León entró en funciones el primer Juzgado Especializado en Violencia Familiar contra la Mujer de la región Mixteca, que atenderá asuntos de 155 municipios y contará con intérpretes de lengua mixteca y triqui.

La magistrada presidenta del Tribunal Superior de Justicia, Aurora Jiménez Bautista, encabezó la ceremonia y afirmó que el nuevo órgano permitirá que las mujeres de la región ya no tengan que viajar hasta la capital del estado para solicitar órdenes de protección.\u00a0

De acuerdo con datos del propio tribunal, durante 2022 se iniciaron en la Mixteca 1,214 expedientes por violencia familiar, de los cuales más del 80 por ciento fueron promovidos por mujeres.

El juzgado contará con una jueza, dos secretarias de acuerdos, una psicóloga y una trabajadora social, además de un área de ludoteca para que las usuarias puedan acudir acompañadas de sus hijas e hijos.

“La justicia que llega tarde o en un idioma que no se entiende no es justicia”, expresó la magistrada ante autoridades municipales y representantes de organizaciones civiles.

El inmueble, ubicado en la colonia Aviación, fue rehabilitado con una inversión de 6.4 millones de pesos provenientes del Fondo para el Mejoramiento de la Administración de Justicia.

-30-

Dirección de Comunicación Social del Poder Judicial
951 000 0000 ext. 3001 | comunicacion@pjoaxaca.example
"""
FILES.append(('aa12.txt', enc(t12), gold(
    'press_release',
    'Inaugura Tribunal Superior de Justicia juzgado especializado en violencia familiar en la Mixteca',
    '2023-11-21', [], 'Poder Judicial del Estado de Oaxaca', None, [],
    'En Huajuapan de León entró en funciones el primer Juzgado Especializado',
    'del Fondo para el Mejoramiento de la Administración de Justicia.',
    ['No. 457/2023', 'Oaxaca de Juárez, Oax.; a 21 de noviembre de 2023', '-30-',
     '951 000 0000 ext. 3001', 'comunicacion@pjoaxaca.example'],
    ['De acuerdo con datos del propio tribunal, durante 2022 se iniciaron en la Mixteca 1,214 expedientes por violencia familiar, de los cuales más del 80 por ciento fueron promovidos por mujeres.',
     'El inmueble, ubicado en la colonia Aviación, fue rehabilitado con una inversión de 6.4 millones de pesos provenientes del Fondo para el Mejoramiento de la Administración de Justicia.'],
    None, bn='457/2023', issuer='Poder Judicial del Estado de Oaxaca', city='Oaxaca de Juárez')))

# ---------------------------------------------------------------- aa13 wire: Staff/agency byline, mixed line endings, stray control byte, recommendation block
t13 = """Crónica Tlaxcalteca — Estado

Aumentan 35% los casos de dengue en Tlaxcala; Salud intensifica fumigación en el sur

Por Staff / ANIP
Tlaxcala, 22 de febrero de 2024

Foto: ANIP

TLAXCALA, Tlax. (ANIP).- La Secretaría de Salud del estado confirmó 54 casos de dengue en lo que va del año, 35 por ciento más que en el mismo periodo de 2023, por lo que intensificará las labores de fumigación y descacharrización en los municipios del sur de la entidad.

El director de Epidemiología, Octavio Cuamatzi Pérez, precisó que la mayoría de los contagios se concentran en Zacatelco, Nativitas y Tepetitla, donde las lluvias atípicas de enero dejaron encharcamientos en patios y terrenos baldíos.
\x0c
Las brigadas visitarán casa por casa a más de 18 mil viviendas durante las próximas tres semanas para eliminar recipientes que acumulen agua. El funcionario pidió a la población permitir el acceso al personal, que portará uniforme y gafete oficial.

“El mosquito no respeta fronteras municipales; si un vecino no limpia su patio, toda la cuadra está en riesgo”, advirtió.

La dependencia recordó que los síntomas incluyen fiebre alta, dolor detrás de los ojos, dolor muscular y manchas en la piel, y recomendó acudir a la unidad de salud más cercana ante cualquier sospecha. Únete a nuestro canal de WhatsApp y recibe las noticias de Tlaxcala al momento.

También te recomendamos:
- Vacunación contra influenza se extiende hasta marzo en centros de salud
- Cierran por remodelación el mercado de Apizaco

Etiquetas: dengue, salud, Tlaxcala
"""
FILES.append(('aa13.txt', enc(t13, mixed=True), gold(
    'wire',
    'Aumentan 35% los casos de dengue en Tlaxcala; Salud intensifica fumigación en el sur',
    '2024-02-22', [], 'Crónica Tlaxcalteca', 'Estado', [],
    'La Secretaría de Salud del estado confirmó 54 casos de dengue',
    'recomendó acudir a la unidad de salud más cercana ante cualquier sospecha.',
    ['Crónica Tlaxcalteca — Estado', 'Por Staff / ANIP', 'TLAXCALA, Tlax. (ANIP).-',
     'Únete a nuestro canal de WhatsApp y recibe las noticias de Tlaxcala al momento.',
     'También te recomendamos:',
     'Vacunación contra influenza se extiende hasta marzo en centros de salud',
     'Cierran por remodelación el mercado de Apizaco', 'Etiquetas: dengue, salud, Tlaxcala'],
    ['Las brigadas visitarán casa por casa a más de 18 mil viviendas durante las próximas tres semanas para eliminar recipientes que acumulen agua.',
     'La dependencia recordó que los síntomas incluyen fiebre alta, dolor detrás de los ojos, dolor muscular y manchas en la piel, y recomendó acudir a la unidad de salud más cercana ante cualquier sospecha.'],
    'ANIP')))

# ---------------------------------------------------------------- aa14 generic: plain text, first line title, short signature, CRLF
t14 = """Crónica de una mañana en la fila del agua en Iztapalapa

A las cinco y media de la mañana, la fila frente a la toma comunitaria de la colonia Lomas de la Estancia ya da vuelta a la esquina. Hay cubetas de colores, tambos de 200 litros amarrados a diablitos y hasta carriolas adaptadas para cargar garrafones.

Doña Amparo Téllez llega desde las cuatro. Dice que si se tarda más, la pipa se acaba antes de que le toque y entonces tendrá que pagar 350 pesos a un repartidor particular. En su casa viven siete personas y el agua de la llave no sale desde hace tres semanas.

Los vecinos se organizan con una lista escrita a mano en un cuaderno. Cada familia tiene derecho a cuatro cubetas, y quien llega con más recipientes debe esperar al final. Nadie la impuso, pero todos la respetan.

Un joven repartidor de tortillas aprovecha para ofrecer su producto a quienes esperan. Una señora vende café de olla en vasos de unicel. La fila, además de una necesidad, se ha convertido en un pequeño mercado de madrugada.

Cerca de las siete llega la pipa. El chofer abre la válvula y el murmullo se convierte en prisa ordenada. En cuarenta minutos, el tanque queda vacío y una decena de familias regresa a casa con las manos vacías, dispuestas a volver mañana todavía más temprano.
"""
FILES.append(('aa14.txt', enc(t14, crlf=True), gold(
    'generic',
    'Crónica de una mañana en la fila del agua en Iztapalapa',
    None, [], None, None, [],
    'A las cinco y media de la mañana, la fila frente a la toma',
    'dispuestas a volver mañana todavía más temprano.',
    [],
    ['Los vecinos se organizan con una lista escrita a mano en un cuaderno.',
     'Nadie la impuso, pero todos la respetan.'],
    None)))

# ---------------------------------------------------------------- aa15 jekyll: naive datetime, block categories with Destacadas, author list, CRLF, Liquid
t15 = """---
layout: post
title: 'Liberan 300 crías de tortuga golfina en playa Cuyutlán'
date: 2021-07-30 08:15
author:
  - Renata Ochoa Cisneros
  - Pablo Llamas Virgen
categories:
  - Destacadas
  - Medio Ambiente
tags: [tortugas, Armería, Colima]
site_name: Marea Alta Colima
comments: true
---

![Crías de tortuga]({{ site.baseurl }}/img/2021/tortugas.jpg)
*Foto: Marea Alta / Renata Ochoa*

Voluntarios y personal del campamento tortuguero de Cuyutlán, en el municipio de Armería, liberaron la mañana de este viernes 300 crías de tortuga golfina, las primeras de una temporada que se espera sea una de las más productivas de los últimos años.

El encargado del campamento, Efraín Larios Mancilla, informó que hasta ahora se han protegido 142 nidos en corrales de incubación, lo que representa alrededor de 14 mil huevos que eclosionarán durante agosto y septiembre.

“La gente ya entendió que la tortuga viva deja más que la tortuga en el plato”, comentó mientras las crías avanzaban hacia el mar frente a decenas de turistas.

El campamento funciona con donativos y con el apoyo de estudiantes de biología de la universidad estatal, quienes realizan rondines nocturnos para evitar el saqueo de nidos.

Las liberaciones serán abiertas al público todos los días a las 7:30 horas y a las 19:00 horas. Se pide a los asistentes no usar flash, no tocar a las crías y mantener a las mascotas fuera de la playa.

{% include newsletter.html %}
"""
FILES.append(('aa15.markdown', enc(t15, crlf=True), gold(
    'jekyll',
    'Liberan 300 crías de tortuga golfina en playa Cuyutlán',
    '2021-07-30', ['Renata Ochoa Cisneros', 'Pablo Llamas Virgen'], 'Marea Alta Colima',
    'Medio Ambiente', ['Destacadas'],
    'Voluntarios y personal del campamento tortuguero de Cuyutlán',
    'mantener a las mascotas fuera de la playa.',
    ['{% include newsletter.html %}', '{{ site.baseurl }}'],
    ['El campamento funciona con donativos y con el apoyo de estudiantes de biología de la universidad estatal, quienes realizan rondines nocturnos para evitar el saqueo de nidos.',
     'Se pide a los asistentes no usar flash, no tocar a las crías y mantener a las mascotas fuera de la playa.'],
    'Marea Alta / Renata Ochoa')))

# ---------------------------------------------------------------- aa16 press: Instituto Electoral de Coahuila, caps title, dateline own line with ";", oo0oo, mixed endings
t16 = """Boletín IEC/CS/052/2024

INSTITUTO ELECTORAL DE COAHUILA

Saltillo, Coahuila de Zaragoza; 9 de abril de 2024

ARRANCA IEC CAPACITACIÓN DE 12 MIL FUNCIONARIOS DE CASILLA PARA LA ELECCIÓN DE AYUNTAMIENTOS

El Instituto Electoral de Coahuila inició este martes la segunda etapa de capacitación a las y los ciudadanos que fungirán como funcionarios de mesa directiva de casilla en la elección de los 38 ayuntamientos del estado.

La consejera electoral Mariela Zertuche Flores, presidenta de la Comisión de Capacitación, informó que se prevé capacitar a 12,096 personas, entre propietarios y suplentes, quienes fueron insaculados y visitados en sus domicilios durante marzo.

Los cursos se impartirán en centros de capacitación fijos y también de manera itinerante en ejidos de los municipios de Ocampo, Sierra Mojada y Cuatro Ciénegas, donde las distancias dificultan el traslado de la población.

La funcionaria destacó que este año se incorporaron simulacros de la jornada con material didáctico en braille y videos con intérprete de Lengua de Señas Mexicana.

“Las casillas las instalan vecinas y vecinos; por eso cada persona capacitada es una garantía de que el voto se cuente bien”, subrayó.

El Instituto recordó que quienes hayan recibido su nombramiento y tengan dudas pueden acudir al comité municipal electoral más cercano o comunicarse a la línea gratuita del organismo.

oo0oo

Coordinación de Comunicación Social
844 000 0000 · difusion@iec-coahuila.example
"""
FILES.append(('aa16.text', enc(t16, mixed=True), gold(
    'press_release',
    'ARRANCA IEC CAPACITACIÓN DE 12 MIL FUNCIONARIOS DE CASILLA PARA LA ELECCIÓN DE AYUNTAMIENTOS',
    '2024-04-09', [], 'Instituto Electoral de Coahuila', None, [],
    'El Instituto Electoral de Coahuila inició este martes la segunda etapa',
    'o comunicarse a la línea gratuita del organismo.',
    ['Boletín IEC/CS/052/2024', 'Saltillo, Coahuila de Zaragoza; 9 de abril de 2024', 'oo0oo',
     '844 000 0000', 'difusion@iec-coahuila.example'],
    ['La funcionaria destacó que este año se incorporaron simulacros de la jornada con material didáctico en braille y videos con intérprete de Lengua de Señas Mexicana.',
     'Los cursos se impartirán en centros de capacitación fijos y también de manera itinerante en ejidos de los municipios de Ocampo, Sierra Mojada y Cuatro Ciénegas, donde las distancias dificultan el traslado de la población.'],
    None, bn='IEC/CS/052/2024', issuer='Instituto Electoral de Coahuila', city='Saltillo')))

# ---------------------------------------------------------------- aa17 wire: digital outlet, breadcrumb section, two bylines, Relacionado between paragraphs, NBSP, newsletter pitch
t17 = """Inicio › Política › Municipios

# Cabildo de Soledad aprueba préstamo de 180 millones para renovar alumbrado público

*La oposición acusa que el contrato compromete las finanzas municipales hasta 2031*

Por **Ana Karen Zúñiga Loredo** y **Jorge Iván Mendizábal**
San Luis Potosí\u00a0· 3 nov 2023 · 07:15 h | Actualizado 3 nov 2023 · 11:02 h

Foto: Altiplano Noticias / Archivo

El Cabildo de Soledad de Graciano Sánchez aprobó por mayoría un crédito de 180 millones de pesos con la banca de desarrollo para sustituir las 21 mil luminarias del municipio por tecnología LED.

La propuesta obtuvo 11 votos a favor y cinco en contra. El tesorero municipal, Gerardo Lárraga Moctezuma, sostuvo que el ahorro en el consumo eléctrico permitirá pagar el préstamo sin afectar otros programas.

**Relacionado:** Soledad, el municipio con más quejas por alumbrado en la zona metropolitana

Las regidoras de oposición advirtieron que el plazo de pago, de ocho años, rebasa por mucho el periodo de la actual administración. “Se está endeudando a tres gobiernos que todavía no existen”, afirmó la regidora Yesenia Charcas Rivera.

Según el proyecto, la sustitución comenzará en enero por las colonias San Felipe, Rancho Viejo y Los Magueyes, consideradas las de mayor incidencia delictiva.

El acuerdo deberá ser ratificado por el Congreso del Estado, que tiene 30 días para analizarlo.

> Recibe cada mañana las noticias del Altiplano. Suscríbete gratis a nuestro boletín.

Temas: Soledad · Cabildo · Deuda pública
"""
FILES.append(('aa17.md', enc(t17), gold(
    'wire',
    'Cabildo de Soledad aprueba préstamo de 180 millones para renovar alumbrado público',
    '2023-11-03', ['Ana Karen Zúñiga Loredo', 'Jorge Iván Mendizábal'], 'Altiplano Noticias',
    'Política', [],
    'La oposición acusa que el contrato compromete las finanzas municipales hasta 2031',
    'que tiene 30 días para analizarlo.',
    ['Inicio › Política › Municipios', 'Actualizado 3 nov 2023 · 11:02 h',
     'Relacionado:', 'Soledad, el municipio con más quejas por alumbrado en la zona metropolitana',
     'Recibe cada mañana las noticias del Altiplano.', 'Suscríbete gratis a nuestro boletín.',
     'Temas: Soledad · Cabildo · Deuda pública'],
    ['La propuesta obtuvo 11 votos a favor y cinco en contra.',
     'Las regidoras de oposición advirtieron que el plazo de pago, de ocho años, rebasa por mucho el periodo de la actual administración.'],
    'Altiplano Noticias / Archivo')))

# ---------------------------------------------------------------- aa18 bad: saved HTML page
t18 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Reabren museo regional de Durango tras dos años de obras | Durango Hoy</title>
<link rel="stylesheet" href="/static/css/main.min.css">
<script async src="/static/js/ads.js"></script>
</head>
<body class="single-post">
<header><nav><ul><li><a href="/">Inicio</a></li><li><a href="/cultura">Cultura</a></li></ul></nav></header>
<main>
<article>
<h1>Reabren museo regional de Durango tras dos años de obras</h1>
<p class="byline">Por <span>Marisol Quiñones</span> | 12/05/2022</p>
<p>El Museo Regional de Durango reabrió sus puertas este jueves después de dos años de trabajos de restauración en el edificio conocido como El Aguacate.</p>
<div class="ad-slot" id="div-gpt-ad-1"></div>
</article>
</main>
<footer>&copy; 2022 Durango Hoy</footer>
<script>window.dataLayer=window.dataLayer||[];</script>
</body>
</html>
"""
FILES.append(('aa18.txt', enc(t18), bad('El archivo es una página HTML guardada, no una nota en texto o Markdown.')))

# ---------------------------------------------------------------- aa19 jekyll: BOM, draft (published: false), quoted date, single category, newsletter/social
t19 = """---
title: "Festival de cine de Morelia abre convocatoria para cortometrajes en lenguas originarias"
date: "2024-01-18"
published: false
category: Cultura
author: Leticia Barragán Hurtado
publisher: Ventana Purépecha
image:
  path: /uploads/2024/cine-lenguas.jpg
  credit: "Foto: Cortesía del festival"
---

El Festival de Cine Comunitario de Morelia abrió la convocatoria para su sexta edición, que este año incluirá por primera vez una categoría dedicada a cortometrajes hablados en purépecha, mazahua, otomí y náhuatl.

Los realizadores podrán inscribir obras de ficción, documental o animación con duración máxima de 20 minutos. El registro será gratuito y estará abierto hasta el 15 de marzo a través de la página del festival.

Hermelinda Tzintzun Alonso, directora del encuentro, explicó que la categoría nace de los talleres de video que se impartieron el año pasado en comunidades de la Meseta y la Ciénega de Zacapu.

“Muchas de las historias que vimos en los talleres merecen una pantalla grande y un público que las escuche en su propia lengua”, dijo.

Las obras seleccionadas se proyectarán en mayo en plazas públicas de Morelia, Paracho y Cherán, y el primer lugar recibirá un premio de 50 mil pesos y equipo de grabación.

Únete a nuestro canal de WhatsApp para no perderte ninguna convocatoria cultural. Síguenos en Instagram: @ventanapurepecha_ex
"""
FILES.append(('aa19.md', enc(t19, bom=True), gold(
    'jekyll',
    'Festival de cine de Morelia abre convocatoria para cortometrajes en lenguas originarias',
    '2024-01-18', ['Leticia Barragán Hurtado'], 'Ventana Purépecha', 'Cultura', [],
    'El Festival de Cine Comunitario de Morelia abrió la convocatoria',
    'un premio de 50 mil pesos y equipo de grabación.',
    ['Únete a nuestro canal de WhatsApp para no perderte ninguna convocatoria cultural.',
     'Síguenos en Instagram: @ventanapurepecha_ex'],
    ['Los realizadores podrán inscribir obras de ficción, documental o animación con duración máxima de 20 minutos.',
     'Las obras seleccionadas se proyectarán en mayo en plazas públicas de Morelia, Paracho y Cherán, y el primer lugar recibirá un premio de 50 mil pesos y equipo de grabación.'],
    'Cortesía del festival', published=False)))

# ---------------------------------------------------------------- aa20 press: Congreso de Sonora, markdown ## title, bold bullets, comunicado number after title, ---000---
t20 = """COMUNICADO DE PRENSA
**H. Congreso del Estado de Sonora**
Hermosillo, Sonora, 26 de septiembre de 2024

## Diputados de Sonora aprueban ley para proteger a jornaleros agrícolas del golpe de calor

Comunicado No. 1287

- **Los patrones deberán otorgar pausas de hidratación cada hora cuando la temperatura supere los 38 grados**
- **La ley entrará en vigor antes de la temporada de cosecha de 2025**

El Pleno del Congreso del Estado aprobó por unanimidad la Ley de Prevención de Riesgos por Calor Extremo en el Trabajo Agrícola, que obliga a los empleadores a proporcionar agua potable, sombra y pausas de descanso a las y los jornaleros durante las horas de mayor temperatura.

La iniciativa fue presentada por la diputada Rosa Amelia Valenzuela Moroyoqui, quien recordó que durante el verano pasado se registraron al menos nueve muertes de trabajadores del campo por golpe de calor en los valles del Yaqui, Mayo y la Costa de Hermosillo.

“Nadie debería perder la vida por cosechar los alimentos que llegan a nuestras mesas”, expresó en tribuna.

La nueva ley establece que la Secretaría del Trabajo estatal realizará inspecciones sin previo aviso y podrá imponer multas de hasta 2,000 UMA a los empleadores que no cumplan. También prevé que los campos agrícolas cuenten con un protocolo de primeros auxilios y personal capacitado.

Organizaciones de jornaleros presentes en las galerías celebraron la aprobación, aunque pidieron que la aplicación se extienda a los trabajadores de empaques y bodegas.

---000---

Síguenos en X: @congresoson_ex · Facebook: Congreso Sonora
Dirección de Comunicación Social · 662 000 0000
"""
FILES.append(('aa20.md', enc(t20), gold(
    'press_release',
    'Diputados de Sonora aprueban ley para proteger a jornaleros agrícolas del golpe de calor',
    '2024-09-26', [], 'H. Congreso del Estado de Sonora', None, [],
    'Los patrones deberán otorgar pausas de hidratación cada hora',
    'se extienda a los trabajadores de empaques y bodegas.',
    ['COMUNICADO DE PRENSA', 'Comunicado No. 1287', '---000---',
     'Síguenos en X: @congresoson_ex', '662 000 0000'],
    ['También prevé que los campos agrícolas cuenten con un protocolo de primeros auxilios y personal capacitado.',
     'Organizaciones de jornaleros presentes en las galerías celebraron la aprobación, aunque pidieron que la aplicación se extienda a los trabajadores de empaques y bodegas.'],
    None, bn='1287', issuer='H. Congreso del Estado de Sonora', city='Hermosillo')))
