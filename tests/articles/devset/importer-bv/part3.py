#!/usr/bin/env python3
"""importer-bv, files 21-30."""
import textwrap
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bv21 press (municipal release copied from the office's Facebook page, Manzanillo 2020)
bv21 = """Gobierno Municipal de Manzanillo
15 de junio de 2020 a las 18:42 · 🌎

📢 #ComunicadoDePrensa 112/2020

🔴 Ayuntamiento reabre playas de Manzanillo con aforo del 30 por ciento

Manzanillo, Colima, 15 de junio de 2020.- A partir del próximo miércoles, las playas del municipio volverán a abrir al público con un aforo máximo del 30 por ciento y un horario restringido, informó el Ayuntamiento de Manzanillo tras la sesión del comité municipal de salud.

La reapertura será gradual y estará sujeta a la evolución de los contagios de COVID-19 en el municipio. Si el número de casos vuelve a aumentar, las playas se cerrarán de nuevo sin previo aviso.

Las reglas para los visitantes serán las siguientes:

✅ Horario: de 7:00 a 17:00 horas.
✅ Grupos de máximo seis personas, con dos metros de distancia entre cada grupo.
✅ Uso de cubrebocas en andadores, estacionamientos y enramadas.
✅ Prohibido el consumo de bebidas alcohólicas en la arena.

Personal de Protección Civil, Seguridad Pública y Salud municipal instalará filtros sanitarios en los accesos de La Audiencia, Miramar, Las Brisas, San Pedrito y La Boquita, donde se tomará la temperatura y se ofrecerá gel antibacterial.

Los restaurantes de playa podrán operar al 30 por ciento de su capacidad, siempre que cumplan con los lineamientos sanitarios estatales. Los prestadores de servicios de paseos en lancha deberán reducir a la mitad el número de pasajeros.

El Ayuntamiento hizo un llamado a la población a no bajar la guardia y recordó que la reapertura no significa que la pandemia haya terminado.

#ManzanilloSeCuida #JuntosSaldremosAdelante

Ver traducción
👍❤️ 1,2 mil · 348 comentarios · 512 veces compartido
Me gusta · Comentar · Compartir
Más relevantes
"""
write_source('bv21.txt', bv21)
write_gold('bv21', family='press_release',
           title='Ayuntamiento reabre playas de Manzanillo con aforo del 30 por ciento',
           date='2020-06-15', source='Gobierno Municipal de Manzanillo',
           bulletin_number='112/2020', issuer='Gobierno Municipal de Manzanillo',
           dateline_city='Manzanillo',
           body_first_words='A partir del próximo miércoles, las playas del municipio volverán a abrir',
           body_last_words='la reapertura no significa que la pandemia haya terminado.',
           boilerplate=['15 de junio de 2020 a las 18:42 · 🌎', '📢 #ComunicadoDePrensa 112/2020',
                        'Manzanillo, Colima, 15 de junio de 2020.-',
                        '#ManzanilloSeCuida #JuntosSaldremosAdelante', 'Ver traducción',
                        '👍❤️ 1,2 mil · 348 comentarios · 512 veces compartido',
                        'Me gusta · Comentar · Compartir', 'Más relevantes'],
           must_keep=['Si el número de casos vuelve a aumentar, las playas se cerrarán de nuevo sin previo aviso.',
                      'Grupos de máximo seis personas, con dos metros de distancia entre cada grupo.',
                      'Los prestadores de servicios de paseos en lancha deberán reducir a la mitad el número de pasajeros.'])

# ---------------------------------------------------------------- bv22 jekyll (folded block-scalar title, Markdown table, Manzanillo 2016)
bv22 = """---
layout: post
title: >-
  Manzanillo recibe a más de 150 embarcaciones en el
  Torneo Internacional de Pez Vela
date: '2016-11-18'
author:
  - Iván Valdovinos Cruz
categories:
  - Deportes
publication: Pleamar Noticias
image: /uploads/2016/11/pezvela.jpg
---

Más de 150 embarcaciones de México, Estados Unidos y Canadá zarparon este viernes de la marina de Las Hadas para participar en el Torneo Internacional de Pez Vela de Manzanillo, una de las competencias de pesca deportiva más antiguas del Pacífico mexicano.

Durante tres días, los equipos recorrerán las aguas frente a la costa de Colima en busca de pez vela, marlin, dorado y atún. Como en las últimas ediciones, el torneo premia la modalidad de captura y liberación: los ejemplares se miden, se fotografían y se devuelven vivos al mar.

El comité organizador informó que la bolsa de premios supera el millón de pesos, además de embarcaciones y motores para los primeros lugares. Estos fueron los resultados de la primera jornada:

| Categoría | Equipo | Resultado |
|---|---|---|
| Pez vela | Marea Roja III | 4 liberados |
| Marlin | La Güera | 1 liberado |
| Dorado | Don Nacho | 21.4 kg |

Los hoteles del puerto reportaron ocupación completa en la zona de Santiago y Las Hadas. Para los prestadores de servicios, el torneo marca el inicio de la temporada alta de invierno.

El capitán Fermín Aguayo Ceballos, que participa desde hace 25 años, dijo que el mar estaba en calma y que los cardúmenes de sardina atrajeron a los peces cerca de la costa. "Hubo años en que salíamos y no veíamos nada; hoy desde temprano ya había brincos", contó.

La ceremonia de premiación será el domingo por la tarde en el malecón del puerto.
"""
write_source('bv22.md', bv22)
write_gold('bv22', family='jekyll',
           title='Manzanillo recibe a más de 150 embarcaciones en el Torneo Internacional de Pez Vela',
           date='2016-11-18', bylines=['Iván Valdovinos Cruz'], source='Pleamar Noticias',
           section='Deportes',
           body_first_words='Más de 150 embarcaciones de México, Estados Unidos y Canadá zarparon',
           body_last_words='será el domingo por la tarde en el malecón del puerto.',
           must_keep=['Como en las últimas ediciones, el torneo premia la modalidad de captura y liberación: los ejemplares se miden, se fotografían y se devuelven vivos al mar.',
                      'Para los prestadores de servicios, el torneo marca el inicio de la temporada alta de invierno.',
                      '"Hubo años en que salíamos y no veíamos nada; hoy desde temprano ya había brincos", contó.'])

# ---------------------------------------------------------------- bv23 wire (hurricane-season live page copied from the web, Acapulco 2024, newest first)
bv23 = """🔴 EN VIVO
Huracán John: lluvias e inundaciones en Acapulco, minuto a minuto
Bahía Digital Acapulco | Redacción
Publicado: 26/09/2024 - 09:00 | Última actualización: 27/09/2024 - 08:15

↻ Actualizar

27 de septiembre

08:15 | La lluvia no se detiene en Acapulco. Vecinos de la colonia Emiliano Zapata reportan que el agua del canal pluvial rebasó el puente peatonal y que varias calles siguen bajo el agua.

07:30 | La Secretaría de Educación de Guerrero mantiene suspendidas las clases en Acapulco, Coyuca de Benítez y la Costa Grande hasta nuevo aviso.

Lee también: ¿Dónde están los albergues en Acapulco? Lista actualizada

06:45 | Protección Civil municipal informó que durante la noche atendió a 37 familias en zonas de riesgo y que los albergues de la ciudad dan refugio a poco más de 900 personas.

26 de septiembre

22:10 | La Costera Miguel Alemán quedó cerrada a la altura de la glorieta de La Diana por el nivel del agua. Las autoridades piden no intentar cruzar las calles inundadas en automóvil.

19:40 | El Servicio Meteorológico Nacional informó que las bandas nubosas de John mantienen lluvias intensas en la costa de Guerrero y Michoacán, con acumulados que podrían superar los 250 milímetros.

15:20 | Comerciantes del mercado central colocaron costales de arena en los accesos. "Ya sabemos lo que es perderlo todo, no queremos que nos vuelva a pasar", dijo María Elena Navarrete, que vende abarrotes desde hace 20 años.

09:00 | Arranca nuestra cobertura. Desde la madrugada llueve de manera intensa en Acapulco y la Capitanía de Puerto mantiene cerrada la navegación para embarcaciones menores.

📲 Recibe las alertas de Bahía Digital en nuestro canal de WhatsApp.
"""
write_source('bv23.txt', bv23)
write_gold('bv23', family='wire',
           title='Huracán John: lluvias e inundaciones en Acapulco, minuto a minuto',
           date='2024-09-26', bylines=[], source='Bahía Digital Acapulco',
           placement=['EN VIVO'],
           body_first_words='27 de septiembre 08:15 | La lluvia no se detiene en Acapulco.',
           body_last_words='mantiene cerrada la navegación para embarcaciones menores.',
           boilerplate=['↻ Actualizar',
                        'Lee también: ¿Dónde están los albergues en Acapulco? Lista actualizada',
                        'Recibe las alertas de Bahía Digital en nuestro canal de WhatsApp.'],
           must_keep=['La Secretaría de Educación de Guerrero mantiene suspendidas las clases en Acapulco, Coyuca de Benítez y la Costa Grande hasta nuevo aviso.',
                      'Las autoridades piden no intentar cruzar las calles inundadas en automóvil.',
                      '"Ya sabemos lo que es perderlo todo, no queremos que nos vuelva a pasar", dijo María Elena Navarrete, que vende abarrotes desde hace 20 años.'])

# ---------------------------------------------------------------- bv24 jekyll (author as a mapping, Liquid include with caption and credit, Michoacán coast 2010)
bv24 = """---
layout: nota
title: "Liberan más de 12 mil crías de tortuga negra en playas de Aquila"
date: 2010-11-09T19:10:00-06:00
author:
  name: Lucía Ventura Mendoza
  twitter: lucia_vm_ej
category: Medio ambiente
tags: [tortuga negra, Colola, Maruata, Aquila]
periodico: La Voz de la Desembocadura
---

Integrantes de la comunidad indígena nahua de Colola, en el municipio de Aquila, liberaron esta semana más de 12 mil crías de tortuga negra, la cifra más alta para esta época del año desde que se instaló el campamento tortuguero de la playa.

{% include figura.html imagen="/img/2010/11/crias-colola.jpg" pie="Crías de tortuga negra rumbo al mar en la playa de Colola." credito="Foto: Lucía Ventura" %}

Cada noche, entre agosto y enero, los vigilantes comunitarios recorren la playa para localizar a las hembras que llegan a desovar. Los huevos se trasladan a un corral protegido, donde permanecen alrededor de 50 días hasta que nacen las crías.

La tortuga negra, una población del Pacífico oriental que durante décadas estuvo al borde de la desaparición, anida casi exclusivamente en las playas de Colola y Maruata. En los años setenta, el saqueo de huevos y la captura de hembras redujeron su número a unos cuantos cientos.

"Nuestros abuelos comían tortuga; nosotros decidimos cuidarla para que nuestros nietos la conozcan", dijo Benigno Ramírez Alejo, uno de los vigilantes más antiguos del campamento.

El trabajo se sostiene con el apoyo de universidades y organizaciones civiles, pero los comuneros señalan que cada temporada faltan recursos para linternas, combustible y el pago de los vigilantes. También piden mayor presencia de las autoridades ambientales para evitar la venta ilegal de huevo en la carretera costera.

Los visitantes pueden acompañar las liberaciones al atardecer, siempre que respeten las indicaciones del campamento y no usen luces en la playa.
"""
write_source('bv24.md', bv24)
write_gold('bv24', family='jekyll',
           title='Liberan más de 12 mil crías de tortuga negra en playas de Aquila',
           date='2010-11-09', bylines=['Lucía Ventura Mendoza'], source='La Voz de la Desembocadura',
           section='Medio ambiente',
           body_first_words='Integrantes de la comunidad indígena nahua de Colola',
           body_last_words='no usen luces en la playa.',
           boilerplate=['Crías de tortuga negra rumbo al mar en la playa de Colola.', 'Foto: Lucía Ventura'],
           must_keep=['Los huevos se trasladan a un corral protegido, donde permanecen alrededor de 50 días hasta que nacen las crías.',
                      '"Nuestros abuelos comían tortuga; nosotros decidimos cuidarla para que nuestros nietos la conozcan", dijo Benigno Ramírez Alejo, uno de los vigilantes más antiguos del campamento.',
                      'También piden mayor presencia de las autoridades ambientales para evitar la venta ilegal de huevo en la carretera costera.'],
           photo_credit='Lucía Ventura')

# ---------------------------------------------------------------- bv25 press (Gobierno de Guerrero 2001: place and date as a sign-off at the END, cp1252, mixed EOL)
bv25 = """GOBIERNO DEL ESTADO DE GUERRERO
Coordinación General de Comunicación Social
Boletín Núm. 0877

Despliegan operativo de Semana Santa en playas de Acapulco, Zihuatanejo y Costa Chica   

\tCon la participación de más de 2 mil elementos de corporaciones estatales, municipales y federales, arrancó este lunes el Operativo Vacacional de Semana Santa 2001 en los principales destinos de playa del estado, informó la Secretaría de Protección y Vialidad.

\tEl dispositivo contempla la instalación de 48 módulos de auxilio turístico en las carreteras federales México-Acapulco, Acapulco-Zihuatanejo y Acapulco-Pinotepa Nacional, así como la presencia de salvavidas en 60 playas de Acapulco, Zihuatanejo, Ixtapa, Barra de Coyuca y Marquelia.

\tSe prevé la llegada de más de 600 mil visitantes durante el periodo vacacional, la mayoría procedentes de la ciudad de México, Puebla y Morelos. En Acapulco, la Secretaría de Turismo estatal estima una ocupación hotelera superior al 90 por ciento para el fin de semana largo.

\tEl coordinador del operativo, licenciado Raymundo Salgado Nava, pidió a los turistas respetar los señalamientos de las playas, no nadar en estado de ebriedad y mantener vigilados a los menores. "Casi todos los ahogamientos que atendemos cada año se pudieron evitar", dijo.

\tTambién se reforzará la vigilancia en las lagunas de Coyuca y Tres Palos, donde los paseos en lancha atraen a miles de paseantes, y se verificará que las embarcaciones cuenten con chalecos salvavidas para todos los pasajeros.

\tEl operativo concluirá el domingo 22 de abril, al término de la segunda semana de vacaciones escolares.

Acapulco, Gro., a 9 de abril de 2001.

o-o-o

Coordinación General de Comunicación Social
Tels. (747) 555 1820 y 555 1821
"""
write_source('bv25.txt', bv25, enc='cp1252', eol=('mixed', 6))
write_gold('bv25', family='press_release',
           title='Despliegan operativo de Semana Santa en playas de Acapulco, Zihuatanejo y Costa Chica',
           date='2001-04-09', source='GOBIERNO DEL ESTADO DE GUERRERO',
           bulletin_number='0877', issuer='GOBIERNO DEL ESTADO DE GUERRERO', dateline_city='Acapulco',
           body_first_words='Con la participación de más de 2 mil elementos',
           body_last_words='al término de la segunda semana de vacaciones escolares.',
           boilerplate=['Coordinación General de Comunicación Social', 'Boletín Núm. 0877',
                        'Acapulco, Gro., a 9 de abril de 2001.', 'o-o-o',
                        'Tels. (747) 555 1820 y 555 1821'],
           must_keep=['Se prevé la llegada de más de 600 mil visitantes durante el periodo vacacional, la mayoría procedentes de la ciudad de México, Puebla y Morelos.',
                      '"Casi todos los ahogamientos que atendemos cada año se pudieron evitar", dijo.',
                      'El operativo concluirá el domingo 22 de abril, al término de la segunda semana de vacaciones escolares.'])

# ---------------------------------------------------------------- bv26 wire (Tepic digital outlet, Markdown with image, credit and embed leftovers, 2025)
bv26 = """Medio ambiente

## Vecinos y voluntarios retiran 18 toneladas de basura del río Mololoa

**Nayarit Hoy Digital** | Por Alondra Guzmán Ibarra | 23 de abril de 2025 · 13:45

![Voluntarios en el río Mololoa](https://nayarithoy.example.mx/wp-content/uploads/2025/04/mololoa.jpg)
*Foto: Alondra Guzmán*

Más de 400 vecinos, estudiantes y voluntarios retiraron durante el fin de semana 18 toneladas de basura del cauce del río Mololoa a su paso por Tepic, en la jornada de limpieza más grande que se ha organizado en la ciudad, informaron los colectivos que convocaron.

Los trabajos se concentraron entre el puente de la avenida Insurgentes y la colonia Los Fresnos, donde el río recibe descargas de drenaje y basura de los arroyos que bajan de las colonias del norte. Entre lo recolectado había llantas, colchones, muebles y cientos de bolsas de plástico.

Ver esta publicación en Instagram

Una publicación compartida por Ayuntamiento de Tepic Ej (@tepic_ayto_ej)

El Ayuntamiento aportó camiones de volteo y maquinaria para sacar los objetos más pesados, mientras que una universidad local prestó equipo de protección y guantes. Te puede interesar: Tepic tendrá nueva planta de tratamiento en 2026 Los organizadores calculan que hicieron falta más de 1,600 horas de trabajo voluntario.

Ernestina Rubio Parra, integrante del colectivo Raíces del Mololoa, dijo que la limpieza sirve de poco si no se detienen las descargas. "Sacamos la basura de este año, pero el drenaje sigue cayendo al río todos los días", señaló.

El colectivo pidió a las autoridades estatales y municipales un calendario para terminar los colectores marginales y sanear el río, que cruza la capital de norte a sur.

📩 Recibe las noticias de Nayarit en tu correo: suscríbete a nuestro boletín.
"""
write_source('bv26.md', bv26)
write_gold('bv26', family='wire',
           title='Vecinos y voluntarios retiran 18 toneladas de basura del río Mololoa',
           date='2025-04-23', bylines=['Alondra Guzmán Ibarra'], source='Nayarit Hoy Digital',
           section='Medio ambiente',
           body_first_words='Más de 400 vecinos, estudiantes y voluntarios retiraron',
           body_last_words='que cruza la capital de norte a sur.',
           boilerplate=['Foto: Alondra Guzmán', 'Ver esta publicación en Instagram',
                        'Una publicación compartida por Ayuntamiento de Tepic Ej (@tepic_ayto_ej)',
                        'Te puede interesar: Tepic tendrá nueva planta de tratamiento en 2026',
                        'Recibe las noticias de Nayarit en tu correo: suscríbete a nuestro boletín.'],
           must_keep=['Entre lo recolectado había llantas, colchones, muebles y cientos de bolsas de plástico.',
                      'Los organizadores calculan que hicieron falta más de 1,600 horas de trabajo voluntario.',
                      '"Sacamos la basura de este año, pero el drenaje sigue cayendo al río todos los días", señaló.'],
           photo_credit='Alondra Guzmán')

# ---------------------------------------------------------------- bv27 generic (chronicle, UTF-16 BE with BOM, hard-wrapped at 66 columns)
p27 = [
    'Los clavadistas de La Quebrada, una tradición de familia',
    'por Anselmo Rebolledo Nava',
    'Todos los días, a la una de la tarde y luego varias veces por la noche, un muchacho sube descalzo por las rocas de La Quebrada, se persigna frente al pequeño altar de la Virgen de Guadalupe y espera, inmóvil, a que la ola entre al canal. Abajo, el agua apenas cubre unos cuantos metros de fondo.',
    'El salto dura menos de tres segundos. Desde el mirador y desde las terrazas del hotel, los turistas aplauden cuando el clavadista sale a la superficie y levanta el brazo. Para quienes viven en los barrios de arriba, en cambio, la escena es tan cotidiana como el ruido de las lanchas en la bahía.',
    'Casi todos los clavadistas aprendieron de un padre, un tío o un hermano mayor. Empiezan de niños, lanzándose desde las rocas más bajas, y tardan años en llegar a la plataforma más alta. Muchos se retiran antes de los cuarenta, con las rodillas y la espalda cansadas.',
    'La asociación que los agrupa reparte entre sus miembros lo que se cobra a los visitantes y las propinas. No es una fortuna, dicen, pero alcanza para vivir y, sobre todo, para seguir siendo parte de algo que sus abuelos empezaron cuando Acapulco era apenas un puerto de pescadores.',
    'Cuando se les pregunta por el miedo, casi todos contestan lo mismo: el miedo no se quita, se aprende a cargarlo. Y después vuelven a subir.',
]
bv27 = p27[0] + '\n' + p27[1] + '\n\n' + '\n\n'.join(textwrap.fill(p, 66) for p in p27[2:]) + '\n'
write_source('bv27.txt', bv27, enc='utf-16-be', bom=True)
write_gold('bv27', family='generic',
           title='Los clavadistas de La Quebrada, una tradición de familia',
           bylines=['Anselmo Rebolledo Nava'],
           body_first_words='Todos los días, a la una de la tarde y luego varias veces por la noche',
           body_last_words='Y después vuelven a subir.',
           must_keep=['El salto dura menos de tres segundos.',
                      'Muchos se retiran antes de los cuarenta, con las rodillas y la espalda cansadas.',
                      'Cuando se les pregunta por el miedo, casi todos contestan lo mismo: el miedo no se quita, se aprende a cargarlo.'])

# ---------------------------------------------------------------- bv28 press (municipal release forwarded as a WhatsApp message, chat export, Lázaro Cárdenas 2026)
LRM = '\u200e'
bv28 = """[14/01/26, 10:32:05] Comunicación Social LC: *H. AYUNTAMIENTO DE LÁZARO CÁRDENAS, MICH.*
*Coordinación de Comunicación Social*
*Comunicado 007/2026*

*Inicia la rehabilitación del malecón de Playa Azul*

_Lázaro Cárdenas, Mich., 14 de enero de 2026.-_ El Ayuntamiento de Lázaro Cárdenas dio banderazo de arranque a la rehabilitación del malecón de Playa Azul, con una inversión de 22 millones de pesos que incluye nuevas banquetas, alumbrado, rampas de acceso a la playa y un área de comercio ordenado para los vendedores de la zona.

La obra se realizará en dos etapas. La primera, de 600 metros, abarca el tramo entre la glorieta de la entrada y la calle Independencia, y deberá concluir antes de la Semana Santa. La segunda llegará hasta la zona de enramadas del extremo sur.

Durante el arranque, el director de Obras Públicas, ingeniero Samuel Ochoa Garibay, explicó que el proyecto se diseñó con la participación de los comerciantes y de la cooperativa de restauranteros de la playa. "Nadie va a perder su lugar; lo que queremos es que el malecón esté a la altura de quienes nos visitan", aseguró.

Los locatarios pidieron que los trabajos se hagan por tramos para no cerrar todos los accesos al mismo tiempo, y el Ayuntamiento se comprometió a mantener abierto al menos un acceso vehicular durante toda la obra.

Playa Azul es el principal destino de playa del municipio y recibe cada fin de semana a familias de Lázaro Cárdenas, de la Tierra Caliente de Michoacán y de Guerrero.

*-30-*
[14/01/26, 10:32:41] Comunicación Social LC: """ + LRM + """<adjunto: 00000125-PHOTO-2026-01-14-10-32-41.jpg>
[14/01/26, 10:33:02] Mariela Reportera Costa: Gracias 👍
"""
write_source('bv28.txt', bv28)
write_gold('bv28', family='press_release',
           title='Inicia la rehabilitación del malecón de Playa Azul',
           date='2026-01-14', source='H. AYUNTAMIENTO DE LÁZARO CÁRDENAS, MICH.',
           bulletin_number='007/2026', issuer='H. AYUNTAMIENTO DE LÁZARO CÁRDENAS, MICH.',
           dateline_city='Lázaro Cárdenas',
           body_first_words='El Ayuntamiento de Lázaro Cárdenas dio banderazo de arranque',
           body_last_words='de la Tierra Caliente de Michoacán y de Guerrero.',
           boilerplate=['[14/01/26, 10:32:05] Comunicación Social LC:',
                        'Coordinación de Comunicación Social', 'Comunicado 007/2026',
                        'Lázaro Cárdenas, Mich., 14 de enero de 2026.-', '-30-',
                        '[14/01/26, 10:32:41] Comunicación Social LC:',
                        '<adjunto: 00000125-PHOTO-2026-01-14-10-32-41.jpg>',
                        '[14/01/26, 10:33:02] Mariela Reportera Costa: Gracias 👍'],
           must_keep=['La primera, de 600 metros, abarca el tramo entre la glorieta de la entrada y la calle Independencia, y deberá concluir antes de la Semana Santa.',
                      '"Nadie va a perder su lugar; lo que queremos es que el malecón esté a la altura de quienes nos visitan", aseguró.',
                      'el Ayuntamiento se comprometió a mantener abierto al menos un acceso vehicular durante toda la obra.'])

# ---------------------------------------------------------------- bv29 jekyll (draft: true, excerpt separator, fishing outlet, Zihuatanejo 2011)
bv29 = """---
layout: post
title: "Pescadores de Zihuatanejo acusan a palangreros de pescar dentro de la zona reservada"
date: 2011-08-30 12:00:00 -0500
draft: true
author: Bernardo Solís Cabrera
categories: [Pesca]
excerpt_separator: <!--more-->
medio: Costa Grande Pesquera
---

Capitanes de la flota de pesca deportiva de Zihuatanejo denunciaron que embarcaciones palangreras trabajan a menos de 50 millas náuticas de la costa, dentro de la franja que la norma reserva para la pesca deportiva de marlin, pez vela y dorado.

<!--more-->

Según los capitanes, en las últimas tres semanas han encontrado líneas de palangre con cientos de anzuelos frente a Petatlán y La Barrita, algunas con peces vela muertos todavía enganchados. Afirman que tienen fotografías y coordenadas de al menos seis de esas líneas.

"Un pez vela vivo vale más para Zihuatanejo que cien muertos en un mercado", dijo Abundio Ríos Tabares, que lleva 30 años llevando turistas a pescar. Cada cliente extranjero, explicó, gasta en hotel, comida y propinas mucho más de lo que se paga por el pescado en playa.

Los pescadores comerciales de la región, por su parte, aseguran que respetan la distancia y que las líneas encontradas pertenecen a barcos que vienen de otros estados. Piden que la inspección se haga en altamar y no en los muelles, donde, dicen, sólo revisan a las lanchas locales.

La oficina de pesca en el puerto confirmó que recibió la denuncia y que solicitará apoyo de la Secretaría de Marina para realizar recorridos de vigilancia.

Los capitanes advierten que, si no hay respuesta antes de la temporada de invierno, cuando llega la mayor parte del turismo extranjero, podrían cancelarse los torneos de pesca programados.
"""
write_source('bv29.md', bv29)
write_gold('bv29', family='jekyll',
           title='Pescadores de Zihuatanejo acusan a palangreros de pescar dentro de la zona reservada',
           date='2011-08-30', published=False, bylines=['Bernardo Solís Cabrera'],
           source='Costa Grande Pesquera', section='Pesca',
           body_first_words='Capitanes de la flota de pesca deportiva de Zihuatanejo denunciaron',
           body_last_words='podrían cancelarse los torneos de pesca programados.',
           must_keep=['Afirman que tienen fotografías y coordenadas de al menos seis de esas líneas.',
                      '"Un pez vela vivo vale más para Zihuatanejo que cien muertos en un mercado", dijo Abundio Ríos Tabares, que lleva 30 años llevando turistas a pescar.',
                      'La oficina de pesca en el puerto confirmó que recibió la denuncia y que solicitará apoyo de la Secretaría de Marina para realizar recorridos de vigilancia.'])

# ---------------------------------------------------------------- bv30 bad (a WhatsApp voice note, Ogg/Opus, saved as .txt)
import struct, zlib
page_hdr = b'OggS\x00\x02' + struct.pack('<qII', 0, 0x5A3C1B77, 0) + b'\x00\x00\x00\x00\x01\x13'
opus_head = b'OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00'
page2 = b'OggS\x00\x00' + struct.pack('<qII', 0, 0x5A3C1B77, 1) + b'\x00\x00\x00\x00\x01\x2a'
opus_tags = b'OpusTags\x0d\x00\x00\x00WhatsApp Opus\x00\x00\x00\x00' + b'\x00' * 8
audio = bytes((i * 73 + 41) % 256 for i in range(3000))
bv30 = page_hdr + opus_head + page2 + opus_tags + b'OggS\x00\x00' + audio
write_source('bv30.txt', raw=bv30)
write_gold('bv30', family='bad',
           refusal_reason='El archivo es una nota de voz (audio Ogg/Opus de WhatsApp) guardada con extensión .txt; no es texto.')
