#!/usr/bin/env python3
"""importer-bm, files 21-30."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bm21 jekyll (folded title, "Por" in author, Liquid include; BOM + CRLF)
bm21 = """---
layout: post
title: >-
  Comuneros de Tepoztlán reforestan 40 hectáreas
  del Tepozteco tras el incendio de abril
date: "2016-05-12"
author: "Por Jazmín Ocampo Salgado"
categories: [Morelos, Portada]
site_title: Cuernavaca al Día
---
{% include figura.html src="/img/2016/05/reforestacion-tepozteco.jpg" pie="Comuneros durante la jornada de reforestación. Foto: Cuernavaca al Día" %}

Más de 300 comuneros y voluntarios subieron desde la madrugada de este jueves a las laderas del cerro del Tepozteco para plantar 22 mil árboles de encino, pino y madroño en las 40 hectáreas que consumió el incendio forestal de mediados de abril.

La jornada fue organizada por el comisariado de bienes comunales de Tepoztlán con apoyo de la Comisión Nacional Forestal, que donó las plantas, y de brigadas de la Comisión Nacional de Áreas Naturales Protegidas, que administra el Parque Nacional El Tepozteco.

Los grupos se dividieron en cuadrillas de diez personas para subir por las veredas que parten del barrio de San José y de la colonia Tierra Blanca. Cada cuadrilla cargó agua, palas y costales con tierra para proteger las raíces de los árboles recién plantados.

El comisario de bienes comunales, Anselmo Rendón Lara, explicó que la reforestación se hizo antes de que comience la temporada de lluvias para que las plantas aprovechen el agua desde el primer aguacero. “Si esperamos a julio, la tierra quemada se va a ir con las lluvias y ya no queda nada en qué plantar”, dijo.

Los comuneros vigilarán las zonas reforestadas durante los próximos tres años y pidieron a los visitantes del cerro no salirse de los senderos ni encender fogatas. La investigación sobre el origen del incendio, que según los brigadistas fue provocado, sigue abierta en la Procuraduría General de la República.
"""
write_source('bm21.md', bm21, eol='crlf', bom=True)
write_gold('bm21', family='jekyll',
           title='Comuneros de Tepoztlán reforestan 40 hectáreas del Tepozteco tras el incendio de abril',
           date='2016-05-12', bylines=['Jazmín Ocampo Salgado'], source='Cuernavaca al Día',
           section='Morelos', placement=['Portada'],
           body_first_words='Más de 300 comuneros y voluntarios subieron desde la madrugada de este jueves',
           body_last_words='sigue abierta en la Procuraduría General de la República.',
           boilerplate=['Comuneros durante la jornada de reforestación. Foto: Cuernavaca al Día'],
           must_keep=['Cada cuadrilla cargó agua, palas y costales con tierra para proteger las raíces de los árboles recién plantados.',
                      '“Si esperamos a julio, la tierra quemada se va a ir con las lluvias y ya no queda nada en qué plantar”, dijo.',
                      'Los comuneros vigilarán las zonas reforestadas durante los próximos tres años y pidieron a los visitantes del cerro no salirse de los senderos ni encender fogatas.'],
           photo_credit='Cuernavaca al Día')

# ---------------------------------------------------------------- bm22 generic (interview, setext === title, dialogue dashes; cp1252 CRLF)
bm22 = """Remedios Olvera, cronista de San Lucas: “La Pasión es del barrio”
==================================================================

Remedios Olvera Xolalpa tiene 74 años y ha visto más de sesenta representaciones de la Pasión de Cristo en Iztapalapa. Fue de niña una de las mujeres de Jerusalén, de joven ayudó a coser los vestuarios y desde hace veinte años escribe la historia de la celebración en cuadernos que guarda en la casa de su familia, en el barrio de San Lucas.

—¿Cómo empezó a escribir sobre la Pasión?

—Por coraje. Cada Semana Santa venían periodistas y estudiantes y contaban la historia mal, como si la hubiera inventado el gobierno. Yo quería que quedara escrito lo que nos contaron nuestros abuelos: que la representación nació de una promesa de los ocho barrios después de una epidemia de cólera.

—¿Qué ha cambiado más en todos estos años?

—La cantidad de gente. Antes eran los vecinos y algunos visitantes de los pueblos cercanos. Ahora llegan millones, hay pantallas, hay transmisión por televisión. Eso está bien, pero a veces los de afuera se olvidan de que detrás hay meses de ensayos y de trabajo de las familias.

—¿Quién decide quién hace de Cristo?

—El comité organizador, con reglas muy estrictas. El muchacho tiene que ser del barrio, soltero, y no puede tener tatuajes ni perforaciones. Su familia se compromete por un año entero; no es un papel, es una manda.

—¿Qué le gustaría que supieran quienes vienen por primera vez?

—Que respeten. Que esto no es un espectáculo, es la fe de un pueblo. Y que si quieren entenderlo de verdad, vengan también en enero, cuando empiezan los ensayos en el cerro y no hay nadie mirando.
"""
write_source('bm22.txt', bm22, enc='cp1252', eol='crlf')
write_gold('bm22', family='generic',
           title='Remedios Olvera, cronista de San Lucas: “La Pasión es del barrio”',
           body_first_words='Remedios Olvera Xolalpa tiene 74 años y ha visto más de sesenta representaciones',
           body_last_words='cuando empiezan los ensayos en el cerro y no hay nadie mirando.',
           must_keep=['—¿Cómo empezó a escribir sobre la Pasión?',
                      'Yo quería que quedara escrito lo que nos contaron nuestros abuelos: que la representación nació de una promesa de los ocho barrios después de una epidemia de cólera.',
                      'Su familia se compromete por un año entero; no es un papel, es una manda.'])

# ---------------------------------------------------------------- bm23 wire (WhatsApp channel post, WhatsApp markup)
bm23 = """*Mexiquense Al Momento* 📰

*Reabren la Vía Morelos tras 14 horas de cierre por socavón en Ecatepec*

📍 Ecatepec, Edomex. 12/05/2025
✍️ _Iván Cortés Yáñez_

La circulación en la Vía Morelos, a la altura de la colonia Jardines de Santa Clara, se reabrió a las 11:00 horas de este lunes, luego de 14 horas de cierre por un socavón de cuatro metros de diámetro que se abrió la noche del domingo en el carril de baja velocidad con dirección a la Ciudad de México.

De acuerdo con el gobierno municipal, el hundimiento fue provocado por una fuga en un colector de drenaje de más de cuarenta años de antigüedad. Cuadrillas de *Obras Públicas* trabajaron toda la noche para rellenar el hueco con tepetate y concreto hidráulico.

El cierre provocó filas de hasta tres kilómetros desde la zona de Los Héroes y obligó a desviar a las unidades del Mexibús por la avenida Central. Miles de personas que se dirigían a sus trabajos en la capital tardaron más de dos horas en llegar a la estación Indios Verdes.

_“Nos bajamos del camión y caminamos media hora, porque no avanzaba nada”_, contó una usuaria que esperaba transporte en el paradero de Santa Clara.

Protección Civil de Ecatepec informó que el carril afectado permanecerá confinado con trafitambos mientras se realizan los estudios de mecánica de suelos, y recomendó a los automovilistas reducir la velocidad en el tramo. El ayuntamiento anunció que revisará otros tres puntos de la Vía Morelos donde los vecinos han reportado hundimientos.

👉 Lee la nota completa y mira las fotos: https://mexiquensealmomento.example.mx/ecatepec/reabren-via-morelos
📲 Comparte este canal con tus contactos: https://whatsapp.example.mx/channel/MexiquenseAlMomento
"""
write_source('bm23.txt', bm23)
write_gold('bm23', family='wire',
           title='Reabren la Vía Morelos tras 14 horas de cierre por socavón en Ecatepec',
           date='2025-05-12', bylines=['Iván Cortés Yáñez'], source='Mexiquense Al Momento',
           body_first_words='La circulación en la Vía Morelos, a la altura de la colonia Jardines de Santa Clara',
           body_last_words='donde los vecinos han reportado hundimientos.',
           boilerplate=['Lee la nota completa y mira las fotos: https://mexiquensealmomento.example.mx/ecatepec/reabren-via-morelos',
                        'Comparte este canal con tus contactos: https://whatsapp.example.mx/channel/MexiquenseAlMomento'],
           must_keep=['De acuerdo con el gobierno municipal, el hundimiento fue provocado por una fuga en un colector de drenaje de más de cuarenta años de antigüedad.',
                      'Miles de personas que se dirigían a sus trabajos en la capital tardaron más de dos horas en llegar a la estación Indios Verdes.',
                      'El ayuntamiento anunció que revisará otros tres puntos de la Vía Morelos donde los vecinos han reportado hundimientos.'])

# ---------------------------------------------------------------- bm24 press (capital's water agency, 2005, ISO-8859-1, CRLF, unusual end marker)
bm24 = """GOBIERNO DEL DISTRITO FEDERAL
SISTEMA DE AGUAS DE LA CIUDAD DE MÉXICO
Boletín 0782

REPARAN MÁS DE 3 MIL FUGAS EN IZTAPALAPA DURANTE EL PRIMER TRIMESTRE

Ciudad de México, 8 de abril de 2005

El Sistema de Aguas de la Ciudad de México (SACM) informó que entre enero y marzo sus cuadrillas repararon 3 mil 214 fugas en la red de agua potable de la delegación Iztapalapa, con lo que se recuperan alrededor de 190 litros por segundo que se perdían antes de llegar a los hogares.

Los trabajos forman parte del programa de detección y reparación de fugas que se aplica en las delegaciones del oriente de la ciudad, donde el suministro por tandeo afecta a cientos de miles de habitantes. Las colonias con más reparaciones fueron:

1.- Santa Martha Acatitla
2.- San Miguel Teotongo
3.- Desarrollo Urbano Quetzalcóatl
4.- Lomas de la Estancia

El director de operación del organismo, ingeniero Joaquín Palomares Ríos, explicó que la mayoría de las fugas se presentan en tomas domiciliarias antiguas y en tuberías que se dañan por los hundimientos del suelo, muy frecuentes en esa zona de la ciudad.

El SACM recordó que las fugas en la vía pública pueden reportarse las 24 horas al teléfono de atención ciudadana, y pidió a los vecinos revisar las instalaciones de sus casas, donde se pierde hasta una tercera parte del agua que reciben.

En los próximos meses el programa se extenderá a las delegaciones Tláhuac y Xochimilco, donde ya se realizan recorridos con equipos de detección acústica.

--ooOoo--

Dirección de Comunicación Social
Tel. 5555-0187
comunicacion@sacm-df.example.mx
"""
write_source('bm24.txt', bm24, enc='latin-1', eol='crlf')
write_gold('bm24', family='press_release',
           title='REPARAN MÁS DE 3 MIL FUGAS EN IZTAPALAPA DURANTE EL PRIMER TRIMESTRE',
           date='2005-04-08', source='SISTEMA DE AGUAS DE LA CIUDAD DE MÉXICO',
           bulletin_number='0782', issuer='SISTEMA DE AGUAS DE LA CIUDAD DE MÉXICO',
           dateline_city='Ciudad de México',
           body_first_words='El Sistema de Aguas de la Ciudad de México (SACM) informó que entre enero y marzo',
           body_last_words='donde ya se realizan recorridos con equipos de detección acústica.',
           boilerplate=['GOBIERNO DEL DISTRITO FEDERAL', 'Boletín 0782', 'Ciudad de México, 8 de abril de 2005',
                        '--ooOoo--', 'Dirección de Comunicación Social', 'Tel. 5555-0187',
                        'comunicacion@sacm-df.example.mx'],
           must_keep=['Las colonias con más reparaciones fueron:',
                      'El director de operación del organismo, ingeniero Joaquín Palomares Ríos, explicó que la mayoría de las fugas se presentan en tomas domiciliarias antiguas',
                      'En los próximos meses el programa se extenderá a las delegaciones Tláhuac y Xochimilco, donde ya se realizan recorridos con equipos de detección acústica.'])

# ---------------------------------------------------------------- bm25 jekyll (Ghost converter: published_at Z, primary_author, primary_tag)
bm25 = """---
title: "Ciclovía de Insurgentes cumple un año: quién la usa y qué falta"
slug: ciclovia-insurgentes-un-ano
published_at: 2021-06-01T16:00:00.000Z
created_at: 2021-05-28T22:41:09.000Z
updated_at: 2021-06-02T01:15:44.000Z
status: published
visibility: public
primary_author: Tomás Aguirre Villalobos
primary_tag: Movilidad
tags:
  - Movilidad
  - Bicicletas
  - Insurgentes
feature_image: /content/images/2021/06/ciclovia-insurgentes.jpg
site_title: Pedal Capital
---

La ciclovía de la avenida Insurgentes, que se trazó como una medida emergente al inicio de la pandemia, cumple un año con un promedio de 4 mil 800 viajes diarios en días laborables, según los contadores automáticos instalados por la Secretaría de Movilidad en tres puntos del corredor.

La mayoría de quienes la usan son trabajadores que se trasladan entre el sur de la ciudad y las colonias Roma, Condesa y Juárez. Repartidores de comida en bicicleta representan casi una quinta parte de los viajes registrados entre las 19:00 y las 23:00 horas.

Durante el último año, el carril pasó de estar delimitado con conos y trafitambos a contar con bolardos y pintura permanente en la mayor parte de su recorrido. Sin embargo, los ciclistas señalan que en los cruces con Viaducto y con el Circuito Interior todavía faltan semáforos exclusivos.

Daniela Contreras, que todos los días va en bicicleta de la colonia Del Valle a su oficina en la Juárez, dice que la ciclovía le cambió la forma de moverse. “Antes hacía cuarenta minutos en el Metrobús; ahora hago veinte y llego de mejor humor”, comentó.

Comerciantes de la avenida, en cambio, se quejan de que perdieron lugares de estacionamiento y de que los automovilistas se detienen sobre el carril para hacer compras rápidas. Colectivos ciclistas han pedido más vigilancia para evitar esas invasiones.

La dependencia informó que este año prevé conectar la ciclovía con la red de Ciclovías del sur y con la estación Indios Verdes.
"""
write_source('bm25.md', bm25)
write_gold('bm25', family='jekyll',
           title='Ciclovía de Insurgentes cumple un año: quién la usa y qué falta',
           date='2021-06-01', bylines=['Tomás Aguirre Villalobos'], source='Pedal Capital',
           section='Movilidad',
           body_first_words='La ciclovía de la avenida Insurgentes, que se trazó como una medida emergente',
           body_last_words='y con la estación Indios Verdes.',
           must_keep=['Repartidores de comida en bicicleta representan casi una quinta parte de los viajes registrados entre las 19:00 y las 23:00 horas.',
                      'Sin embargo, los ciclistas señalan que en los cruces con Viaducto y con el Circuito Interior todavía faltan semáforos exclusivos.',
                      '“Antes hacía cuarenta minutos en el Metrobús; ahora hago veinte y llego de mejor humor”, comentó.'])

# ---------------------------------------------------------------- bm26 wire (independent newsletter saved as an e-mail; UTC header date)
bm26 = """From: Subterráneo <hola@subterraneo.example.mx>
To: archivo@redaccion-capital.example.mx
Subject: Los trolebuses que vuelven a San Lorenzo Tezonco
Date: Wed, 11 Mar 2026 01:10:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
List-Unsubscribe: <https://subterraneo.example.mx/baja>

Ver en el navegador: https://subterraneo.example.mx/p/trolebuses-tezonco

SUBTERRÁNEO · Número 212 · Martes 10 de marzo de 2026
Un boletín sobre cómo nos movemos en la Ciudad de México

Los trolebuses que vuelven a San Lorenzo Tezonco

Por Renata Olguín Paredes

Después de casi dos décadas sin servicio eléctrico, los trolebuses regresaron esta semana a la avenida San Lorenzo, en el sur de Iztapalapa. La nueva ruta, de 11 kilómetros, une el Metro Constitución de 1917 con la zona de Tezonco y sustituye a dos rutas de microbús que los vecinos describían como lentas e inseguras.

Pasé la mañana del lunes arriba de las unidades. A las 6:30 ya venían llenas: estudiantes de la universidad de la zona, trabajadoras de limpieza que van al centro y comerciantes con sus diablitos plegados. El recorrido completo tomó 38 minutos, casi la mitad de lo que tardaba el microbús en hora pico.

Los choferes, muchos de ellos antiguos microbuseros que fueron capacitados durante seis meses, dicen que lo más difícil es acostumbrarse a no poder rebasar. “El trolebús va por su carril y por su cable; aquí no hay manera de ganarle al de adelante”, me dijo uno de ellos en la terminal.

No todo es bueno. En el tramo cercano al Periférico el carril confinado todavía no tiene bolardos y los automóviles lo invaden en las horas de más tráfico. Tampoco hay aún iluminación suficiente en varias paradas, un problema serio en una zona donde las usuarias se quejan desde hace años de la inseguridad.

El Servicio de Transportes Eléctricos prometió que antes de julio habrá cámaras en todas las paradas de la ruta. Volveremos a medir los tiempos de recorrido dentro de tres meses.

Gracias por leer Subterráneo. Si te reenviaron este correo, suscríbete gratis en https://subterraneo.example.mx/suscribirse

Subterráneo es una publicación independiente financiada por sus lectores. Darte de baja | Cambiar tus preferencias
"""
write_source('bm26.txt', bm26)
write_gold('bm26', family='wire',
           title='Los trolebuses que vuelven a San Lorenzo Tezonco',
           date='2026-03-10', bylines=['Renata Olguín Paredes'], source='Subterráneo',
           body_first_words='Después de casi dos décadas sin servicio eléctrico, los trolebuses regresaron',
           body_last_words='Volveremos a medir los tiempos de recorrido dentro de tres meses.',
           boilerplate=['From: Subterráneo <hola@subterraneo.example.mx>',
                        'Date: Wed, 11 Mar 2026 01:10:00 +0000',
                        'Ver en el navegador: https://subterraneo.example.mx/p/trolebuses-tezonco',
                        'SUBTERRÁNEO · Número 212 · Martes 10 de marzo de 2026',
                        'Un boletín sobre cómo nos movemos en la Ciudad de México',
                        'Gracias por leer Subterráneo.',
                        'Si te reenviaron este correo, suscríbete gratis en https://subterraneo.example.mx/suscribirse',
                        'Subterráneo es una publicación independiente financiada por sus lectores.',
                        'Darte de baja | Cambiar tus preferencias'],
           must_keep=['A las 6:30 ya venían llenas: estudiantes de la universidad de la zona, trabajadoras de limpieza que van al centro y comerciantes con sus diablitos plegados.',
                      '“El trolebús va por su carril y por su cable; aquí no hay manera de ganarle al de adelante”, me dijo uno de ellos en la terminal.',
                      'El Servicio de Transportes Eléctricos prometió que antes de julio habrá cámaras en todas las paradas de la ruta.'])

# ---------------------------------------------------------------- bm27 generic (hard-wrapped plain text, ALL-CAPS first line; BOM)
bm27 = """LOS VOLCANES DESDE LA CIUDAD: DÓNDE Y CUÁNDO VERLOS

  Durante buena parte del año, el Popocatépetl y el Iztaccíhuatl son
para los habitantes de la Ciudad de México una presencia más
imaginada que vista. La contaminación y la bruma los esconden, y
muchos niños de la capital sólo los conocen por las fotografías de
los libros de texto.

  Los mejores días para verlos llegan entre noviembre y febrero,
sobre todo después de una noche de viento o de lluvia, cuando el
aire se limpia y las cumbres aparecen nevadas sobre el horizonte
oriente. Las primeras horas de la mañana son las más claras; hacia
el mediodía el calor levanta polvo y la vista se pierde.

  Algunos puntos de la ciudad ofrecen vistas privilegiadas. Desde los
puentes del Circuito Interior en Iztacalco, desde la explanada del
Cerro de la Estrella y desde los pisos altos de los edificios de la
avenida Reforma se alcanzan a distinguir las dos montañas y, en días
excepcionales, hasta las fumarolas del volcán.

  En el oriente del Valle, en municipios como Chalco, Ixtapaluca y
Amecameca, los volcanes forman parte del paisaje diario. Ahí los
vecinos conocen sus cambios de humor y saben leer en la columna de
ceniza si el Popocatépetl amaneció tranquilo o inquieto.

  Para quienes quieran fotografiarlos, los aficionados recomiendan
revisar el índice de calidad del aire la noche anterior y salir
temprano, con un lente que permita acercar la imagen. Y no olvidar
que la montaña que parece una mujer dormida es el Iztaccíhuatl, la
que está a la izquierda cuando se mira desde la ciudad.
"""
write_source('bm27.text', bm27, bom=True)
write_gold('bm27', family='generic',
           title='LOS VOLCANES DESDE LA CIUDAD: DÓNDE Y CUÁNDO VERLOS',
           body_first_words='Durante buena parte del año, el Popocatépetl y el Iztaccíhuatl son para los habitantes de la Ciudad de México',
           body_last_words='la que está a la izquierda cuando se mira desde la ciudad.',
           must_keep=['Los mejores días para verlos llegan entre noviembre y febrero, sobre todo después de una noche de viento o de lluvia, cuando el aire se limpia y las cumbres aparecen nevadas sobre el horizonte oriente.',
                      'Las primeras horas de la mañana son las más claras; hacia el mediodía el calor levanta polvo y la vista se pierde.',
                      'Ahí los vecinos conocen sus cambios de humor y saben leer en la columna de ceniza si el Popocatépetl amaneció tranquilo o inquieto.'])

# ---------------------------------------------------------------- bm28 press (federal institute, photo credit, alternating CRLF/LF)
bm28 = """INSTITUTO NACIONAL DE ANTROPOLOGÍA E HISTORIA
Coordinación Nacional de Difusión
Boletín No. 87

Zona Arqueológica de Teotihuacan recibirá a visitantes del equinoccio con horario escalonado

Foto: Archivo INAH

Teotihuacan, Edo. de Méx., 20 de marzo de 2017.- Ante la afluencia esperada por el equinoccio de primavera, la Zona Arqueológica de Teotihuacan abrirá sus accesos de manera escalonada a partir de las 7:00 horas del martes 21 de marzo y limitará el número de personas que podrán subir a la Pirámide del Sol.

El Instituto Nacional de Antropología e Historia (INAH) calcula que durante el día visitarán el sitio alrededor de 90 mil personas, por lo que se abrirán las cinco puertas de la zona y se instalarán filtros de revisión para evitar el ingreso de bebidas alcohólicas, bocinas y objetos que puedan dañar los monumentos.

El ascenso a la Pirámide del Sol se hará en grupos y por un solo lado de la escalinata, con tiempos máximos de permanencia en la parte alta. La Pirámide de la Luna permanecerá cerrada al ascenso durante toda la jornada, como parte de los trabajos de conservación que se realizan en su fachada.

La directora de la zona arqueológica, arqueóloga Elvira Zamora Pliego, recordó que el equinoccio no tiene relación comprobada con los antiguos habitantes de la ciudad y que la costumbre de vestir de blanco para "cargarse de energía" es reciente. Aun así, pidió a los visitantes disfrutar de la jornada con respeto al patrimonio.

Se recomienda llegar en transporte público, usar ropa ligera, sombrero y bloqueador solar, y llevar agua suficiente, ya que no se permitirá el paso de hieleras.

-oOo-

Coordinación Nacional de Difusión
prensa@inah-difusion.example.mx
"""
write_source('bm28.txt', bm28, eol=('alternate',))
write_gold('bm28', family='press_release',
           title='Zona Arqueológica de Teotihuacan recibirá a visitantes del equinoccio con horario escalonado',
           date='2017-03-20', source='INSTITUTO NACIONAL DE ANTROPOLOGÍA E HISTORIA',
           bulletin_number='87', issuer='INSTITUTO NACIONAL DE ANTROPOLOGÍA E HISTORIA',
           dateline_city='Teotihuacan',
           body_first_words='Ante la afluencia esperada por el equinoccio de primavera',
           body_last_words='ya que no se permitirá el paso de hieleras.',
           boilerplate=['Coordinación Nacional de Difusión', 'Boletín No. 87', 'Foto: Archivo INAH',
                        'Teotihuacan, Edo. de Méx., 20 de marzo de 2017.-', '-oOo-',
                        'prensa@inah-difusion.example.mx'],
           must_keep=['La Pirámide de la Luna permanecerá cerrada al ascenso durante toda la jornada, como parte de los trabajos de conservación que se realizan en su fachada.',
                      'Aun así, pidió a los visitantes disfrutar de la jornada con respeto al patrimonio.',
                      'El ascenso a la Pirámide del Sol se hará en grupos y por un solo lado de la escalinata, con tiempos máximos de permanencia en la parte alta.'],
           photo_credit='Archivo INAH')

# ---------------------------------------------------------------- bm29 jekyll (title repeated as H1 in the body, `section` key, excerpt)
bm29 = """---
layout: post
title: "La Feria de la Nieve de Tulyehualco abre con sabores de temporada"
date: 2008-03-20
section: Cultura
author: Armando Quintanar Ríos
excerpt: "Nieves de pétalo de rosa, de tuna y de mole, en el pueblo de Xochimilco que vive del amaranto y del hielo."
---

# La Feria de la Nieve de Tulyehualco abre con sabores de temporada

El pueblo de Santiago Tulyehualco, en Xochimilco, inauguró este jueves su tradicional Feria de la Nieve, que durante diez días reúne en la plaza principal a más de 60 productores de nieves artesanales, muchos de ellos herederos de familias que se dedican al oficio desde hace más de un siglo.

Además de los sabores clásicos de limón, fresa y vainilla, los puestos ofrecen este año nieves de pétalo de rosa, de tuna roja, de aguacate, de tequila y hasta de mole, una de las especialidades que más curiosidad despierta entre los visitantes.

Los nieveros explican que antes el hielo se bajaba de las faldas de los volcanes y se mezclaba con sal en grandes garrafas de madera, que se giraban a mano durante horas. Hoy la mayoría utiliza máquinas eléctricas, pero algunas familias conservan las garrafas para preparar la nieve frente al público los fines de semana.

Doña Celerina Manzanares, que atiende el puesto de su familia desde hace cuarenta años, asegura que el secreto está en la fruta. “Si la fruta no es buena, la nieve no sabe a nada, aunque le pongas mucha azúcar”, dice mientras sirve una bola de mamey.

La feria incluye también una muestra de productos de amaranto, otra de las actividades tradicionales del pueblo, y un programa de bailes regionales y música de banda en el foro de la plaza. La entrada es libre y el horario es de 10:00 a 21:00 horas.
"""
write_source('bm29.md', bm29)
write_gold('bm29', family='jekyll',
           title='La Feria de la Nieve de Tulyehualco abre con sabores de temporada',
           date='2008-03-20', bylines=['Armando Quintanar Ríos'], section='Cultura',
           body_first_words='El pueblo de Santiago Tulyehualco, en Xochimilco, inauguró este jueves',
           body_last_words='La entrada es libre y el horario es de 10:00 a 21:00 horas.',
           boilerplate=['Nieves de pétalo de rosa, de tuna y de mole, en el pueblo de Xochimilco que vive del amaranto y del hielo.'],
           must_keep=['Además de los sabores clásicos de limón, fresa y vainilla, los puestos ofrecen este año nieves de pétalo de rosa, de tuna roja, de aguacate, de tequila y hasta de mole, una de las especialidades que más curiosidad despierta entre los visitantes.',
                      '“Si la fruta no es buena, la nieve no sabe a nada, aunque le pongas mucha azúcar”, dice mientras sirve una bola de mamey.',
                      'La entrada es libre y el horario es de 10:00 a 21:00 horas.'])

# ---------------------------------------------------------------- bm30 bad (Word 97 binary document renamed .txt)
import random
rnd = random.Random(30)
ole = (b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00'
       + b'\x06\x00' + b'\x00' * 10 + b'\x01\x00\x00\x00' + b'\x00' * 8 + b'\x00\x10\x00\x00'
       + b'\xfe\xff\xff\xff' * 3 + b'\xff' * 436)
ole += bytes(rnd.randrange(256) for _ in range(1536))
ole += b'\xec\xa5\xc1\x00' + b'\x00' * 60 + bytes(rnd.randrange(256) for _ in range(512))
write_source('bm30.txt', raw=ole)
write_gold('bm30', family='bad',
           refusal_reason='El archivo es un documento binario de Word (.doc) guardado con extensión .txt; no es texto legible.')
