#!/usr/bin/env python3
"""importer-bp, files 11-20."""
from common import write_source, write_gold, wrap, NBSP, to_bytes

# ---------------------------------------------------------------- bp11 wire (cattle weekly, Dgo., 2006) PDF-to-text of the print page
# Running heads with page numbers, a form feed between pages, an ad box dumped in reading
# order, the print jump ("Pasa a la página 6" / "Viene de la página 5"), a caption, a word
# hyphenated across a line end; text hard-wrapped at 58 columns.
bp11 = wrap("""El Vaquero del Guadiana     Semanario ganadero de Durango     Sábado 18 de noviembre de 2006     5

GANADERÍA

Ganaderos duranguenses envían 31 mil becerros a Estados Unidos pese a la sequía

Texto y fotos: Ramiro Soto Gallegos

~A pesar de que el temporal de lluvias fue escaso en buena parte del estado, los ganaderos de Durango han enviado en lo que va de la temporada 31 mil becerros en pie a los corrales de engorda de Texas y Nuevo México, casi la misma cantidad que el año pasado.

~La mayoría de los animales sale por tren y en jaulas desde los corrales de la Unión Ganadera en la capital del estado, y cruza la frontera por Ciudad Juárez, después de pasar la revisión sanitaria de los médicos veterinarios autorizados.

Los productores explicaron que adelantaron la venta porque
los pastizales de los municipios del norte, como Hidalgo,
Ocampo y San Bernardo, ya no alcanzan para mantener a los
becerros durante el invierno. "Es preferible vender ahorita
con buen precio que esperar y tener que comprar pastura ca-
ra en enero", dijo Jesús Alanís, criador de ganado de re-
gistro en el municipio de Canatlán.

FORRAJES EL MEZQUITAL
Pacas de avena y alfalfa · Entrega en su rancho
Tel. 618 555 0144

Los becerros esperan su turno en los corrales de embarque de la capital. (Foto: R. Soto)

Pasa a la página 6 ►
\f6     El Vaquero del Guadiana     Sábado 18 de noviembre de 2006

◄ Viene de la página 5

~El precio promedio pagado por los compradores estadounidenses fue de 1.60 dólares por libra para becerros de entre 350 y 400 libras, un poco mejor que el de la temporada anterior, gracias a la demanda de las engordas del sur de Estados Unidos.

~Sin embargo, los ganaderos advierten que si no llueve en el invierno muchos tendrán que vender también parte de sus vacas de cría, lo que reduciría la producción de becerros en los próximos años. La Unión Ganadera pidió al gobierno estatal adelantar el programa de apoyo para la compra de forraje.

~Mientras tanto, en las asociaciones locales se discute la posibilidad de engordar una parte de los becerros en el propio estado, para no depender sólo del mercado de exportación.
""", width=58)
write_source('bp11.txt', bp11)
write_gold('bp11', family='wire',
           title='Ganaderos duranguenses envían 31 mil becerros a Estados Unidos pese a la sequía',
           date='2006-11-18', bylines=['Ramiro Soto Gallegos'], source='El Vaquero del Guadiana',
           section='GANADERÍA',
           body_first_words='A pesar de que el temporal de lluvias fue escaso en buena parte del estado',
           body_last_words='para no depender sólo del mercado de exportación.',
           boilerplate=['El Vaquero del Guadiana Semanario ganadero de Durango Sábado 18 de noviembre de 2006 5', 'FORRAJES EL MEZQUITAL',
                        'Pacas de avena y alfalfa · Entrega en su rancho', 'Tel. 618 555 0144',
                        'Los becerros esperan su turno en los corrales de embarque de la capital. (Foto: R. Soto)',
                        'Pasa a la página 6 ►',
                        '6 El Vaquero del Guadiana Sábado 18 de noviembre de 2006',
                        '◄ Viene de la página 5'],
           must_keep=['La mayoría de los animales sale por tren y en jaulas desde los corrales de la Unión Ganadera en la capital del estado',
                      'La Unión Ganadera pidió al gobierno estatal adelantar el programa de apoyo para la compra de forraje.',
                      'El precio promedio pagado por los compradores estadounidenses fue de 1.60 dólares por libra para becerros de entre 350 y 400 libras'],
           photo_credit='R. Soto')

# ---------------------------------------------------------------- bp12 jekyll (mining-region weekly, Cananea, 2003, migrated)
# Spanish keys (fecha, autor, seccion, periodico); a teaser-index "Sigue leyendo" link left in the
# body by the migration; the weekly poll as an HTML block.
bp12 = """---
layout: nota
title: "Cananea vive tandeos de agua; vecinos piden a la minera compartir sus pozos"
fecha: 2003-05-17
autor: Efraín Valenzuela Durazo
seccion: Comunidad
periodico: El Centinela de Cananea
edicion: 318
---

Desde hace tres semanas, las colonias altas de Cananea reciben agua sólo dos días a la semana, y en algunas calles del barrio Chivatera el servicio no ha llegado desde el sábado pasado.

[Sigue leyendo...](/2003/05/17/tandeos-agua-cananea.html)

El organismo operador del agua atribuye el problema a la baja de nivel en los pozos que abastecen a la ciudad, después de dos inviernos casi sin lluvia. Según su director, la extracción apenas alcanza 110 litros por segundo, cuando la ciudad necesita cerca de 180.

Un grupo de vecinos entregó el jueves en la presidencia municipal un escrito con 600 firmas, en el que pide que la compañía minera comparta con la ciudad parte del agua que extrae de sus pozos en la cuenca del río San Pedro. "La mina nunca se queda sin agua y nosotros tenemos que comprar garrafones para bañar a los niños", dijo Rosa Elvira Montaño, vecina de la colonia Ferrocarril.

El presidente municipal informó que ya solicitó una reunión con la gerencia de la empresa y con la Comisión Nacional del Agua para revisar los volúmenes concesionados. Mientras tanto, el ayuntamiento rentó tres pipas para repartir agua en las colonias más afectadas.

Los comerciantes del centro también resienten los tandeos. Las fondas y las tortillerías han tenido que almacenar agua en tambos, y algunas redujeron su horario de atención.

<div class="encuesta">
<p><strong>ENCUESTA DE LA SEMANA</strong></p>
<p>¿Debe la empresa minera compartir el agua de sus pozos con la ciudad?</p>
<p>( ) Sí &nbsp; ( ) No &nbsp; ( ) No sé</p>
<p><a href="/encuestas/votar?id=318">Votar</a> | <a href="/encuestas/resultados?id=318">Ver resultados</a></p>
</div>
"""
write_source('bp12.md', bp12)
write_gold('bp12', family='jekyll',
           title='Cananea vive tandeos de agua; vecinos piden a la minera compartir sus pozos',
           date='2003-05-17', bylines=['Efraín Valenzuela Durazo'], source='El Centinela de Cananea',
           section='Comunidad',
           body_first_words='Desde hace tres semanas, las colonias altas de Cananea reciben agua',
           body_last_words='y algunas redujeron su horario de atención.',
           boilerplate=['[Sigue leyendo...](/2003/05/17/tandeos-agua-cananea.html)',
                        'ENCUESTA DE LA SEMANA',
                        '¿Debe la empresa minera compartir el agua de sus pozos con la ciudad?',
                        '( ) Sí &nbsp; ( ) No &nbsp; ( ) No sé',
                        'Ver resultados'],
           must_keep=['Según su director, la extracción apenas alcanza 110 litros por segundo, cuando la ciudad necesita cerca de 180.',
                      '"La mina nunca se queda sin agua y nosotros tenemos que comprar garrafones para bañar a los niños", dijo Rosa Elvira Montaño',
                      'Mientras tanto, el ayuntamiento rentó tres pipas para repartir agua en las colonias más afectadas.'])

# ---------------------------------------------------------------- bp13 press (state agency, Coah., 2017) PDF-to-text
# "COMUNICADO DE PRENSA" running head on every page, page footer with address and
# "Página 1 de 2" in the middle of the text, form feed, dateline on its own line before the title.
bp13 = wrap("""                              COMUNICADO DE PRENSA
SECRETARÍA DE MEDIO AMBIENTE DE COAHUILA
Comunicado SMA/CS/031/2017

Saltillo, Coahuila, a 7 de febrero de 2017.

LIBERAN 14 BORREGOS CIMARRÓN EN LA SIERRA DEL CARMEN

~Con la liberación de 14 ejemplares de borrego cimarrón en la sierra del Carmen, en el municipio de Ocampo, la Secretaría de Medio Ambiente de Coahuila continúa el programa de recuperación de esta especie, que desapareció de las montañas del estado a mediados del siglo pasado.

~Los ejemplares, nueve hembras y cinco machos, fueron criados en una unidad de manejo ubicada en el municipio de Cuatro Ciénegas y trasladados en helicóptero a una zona de difícil acceso, donde permanecerán bajo vigilancia de biólogos durante los próximos dos años.

~El titular de la dependencia, Gerardo Múzquiz Valdés, explicó que cada animal lleva un collar con localizador satelital que permite conocer sus movimientos y detectar a tiempo si alguno enferma o es atacado por depredadores.

Blvd. Fundadores km 5, Saltillo, Coah. · Tel. 844 555 0190 · prensa@sma-coah.example.mx          Página 1 de 2
\f                              COMUNICADO DE PRENSA

~Con esta liberación, la población silvestre de borrego cimarrón en la región suma alrededor de 160 ejemplares. "Hace veinte años no había uno solo en estas sierras; hoy ya tenemos crías nacidas en libertad", señaló el funcionario.

~La Secretaría recordó que la caza de esta especie está prohibida fuera de los programas autorizados y pidió a los habitantes de los ejidos cercanos reportar cualquier actividad sospechosa. Las denuncias pueden hacerse de manera anónima.

~El programa se realiza con el apoyo de ejidatarios de la región, que participan en los recorridos de vigilancia y en la limpieza de los aguajes.

---oo0oo---

Blvd. Fundadores km 5, Saltillo, Coah. · Tel. 844 555 0190 · prensa@sma-coah.example.mx          Página 2 de 2
""", width=78)
write_source('bp13.txt', bp13, eol='crlf')
write_gold('bp13', family='press_release',
           title='LIBERAN 14 BORREGOS CIMARRÓN EN LA SIERRA DEL CARMEN',
           date='2017-02-07', source='SECRETARÍA DE MEDIO AMBIENTE DE COAHUILA',
           bulletin_number='SMA/CS/031/2017', issuer='SECRETARÍA DE MEDIO AMBIENTE DE COAHUILA',
           dateline_city='Saltillo',
           body_first_words='Con la liberación de 14 ejemplares de borrego cimarrón',
           body_last_words='en la limpieza de los aguajes.',
           boilerplate=['COMUNICADO DE PRENSA', 'Comunicado SMA/CS/031/2017',
                        'Saltillo, Coahuila, a 7 de febrero de 2017.',
                        'Blvd. Fundadores km 5, Saltillo, Coah. · Tel. 844 555 0190 · prensa@sma-coah.example.mx',
                        'Página 1 de 2', '---oo0oo---', 'Página 2 de 2'],
           must_keep=['donde permanecerán bajo vigilancia de biólogos durante los próximos dos años.',
                      '"Hace veinte años no había uno solo en estas sierras; hoy ya tenemos crías nacidas en libertad", señaló el funcionario.',
                      'Las denuncias pueden hacerse de manera anónima.'])

# ---------------------------------------------------------------- bp14 generic (Evernote note converted to Markdown)
# H1 title, then a metadata block fenced by "---" lines (not front matter: it does not open the file).
bp14 = """# Apuntes para la serie de radio: el Chepe y los pueblos de la barranca

---

Tag(s): chepe, sierra tarahumara, serie radio
Notebook: Guiones 2016
Created: 2016-08-22 21:14
Updated: 2016-09-02 08:30

---

El ferrocarril Chihuahua al Pacífico, al que todo mundo llama el Chepe, une la ciudad de Chihuahua con Los Mochis, en Sinaloa. La obra tardó casi un siglo en terminarse: los primeros tramos se tendieron a fines del siglo XIX y la línea completa se inauguró en 1961.

En el tramo que cruza la Sierra Tarahumara el tren pasa por 86 túneles y 37 puentes. El más famoso de los paisajes es el de Divisadero, donde la vía se asoma a las barrancas del Cobre, Urique y Tararecua.

Para la serie conviene contar la historia desde las estaciones y no desde el tren. En Creel, en Bahuichivo y en Témoris, la llegada del Chepe sigue marcando la hora del día: a esa hora bajan los turistas, suben las señoras que van a vender al pueblo y se reparten los paquetes que no llegan por carretera.

Las mujeres rarámuris venden canastas de palmilla y sotol en los andenes. Muchas caminan varias horas desde sus ranchos para alcanzar los minutos en que el tren se detiene.

Ideas para entrevistas: un maquinista jubilado de Chihuahua, una vendedora de Divisadero, el encargado de la estación de Bahuichivo y algún maestro de la sierra que haya viajado en el tren de segunda, el que paraba en todos los ranchos.

Pendiente: conseguir los audios del archivo de la radio con el sonido del tren entrando a la estación de Creel.
"""
write_source('bp14.md', bp14)
write_gold('bp14', family='generic',
           title='Apuntes para la serie de radio: el Chepe y los pueblos de la barranca',
           body_first_words='El ferrocarril Chihuahua al Pacífico, al que todo mundo llama el Chepe',
           body_last_words='con el sonido del tren entrando a la estación de Creel.',
           boilerplate=['Tag(s): chepe, sierra tarahumara, serie radio', 'Notebook: Guiones 2016',
                        'Created: 2016-08-22 21:14', 'Updated: 2016-09-02 08:30'],
           must_keep=['La obra tardó casi un siglo en terminarse: los primeros tramos se tendieron a fines del siglo XIX y la línea completa se inauguró en 1961.',
                      'Las mujeres rarámuris venden canastas de palmilla y sotol en los andenes.',
                      'En el tramo que cruza la Sierra Tarahumara el tren pasa por 86 túneles y 37 puentes.'])

# ---------------------------------------------------------------- bp15 wire (university radio web desk, Hermosillo) title split by a line break
bp15 = """Inicio › Noticias › Ciencia

▶ Escuchar nota   00:00 / 02:41   Descargar audio (MP3, 2.4 MB)

Científicos registran un récord de
temperatura en el desierto de Altar

Onda Universitaria Noticias · Redacción: Joaquín Leyva Encinas · 12 de julio de 2024 · 4 min de lectura

Un equipo de investigadores de la estación de monitoreo climático instalada en el desierto de Altar registró este jueves una temperatura de 51.8 grados Celsius a la sombra, la más alta medida en el noroeste de México desde que el instrumento comenzó a funcionar en 2009.

La lectura se tomó a las 15:40 horas en un paraje cercano al ejido Sásabe, en el municipio de Altar. El coordinador de la estación, el físico Armando Robles Quijada, explicó que el dato será revisado por el Servicio Meteorológico Nacional antes de considerarse un récord oficial.

“Los sensores están calibrados y tenemos lecturas cada diez minutos, así que confiamos en la medición, pero el procedimiento de validación es largo”, dijo en entrevista para el noticiero Enlace Universitario.

Los investigadores han observado en los últimos quince años un aumento en el número de días por encima de los 45 grados durante junio y julio. En 2009 se contaron 11 días con esas temperaturas; el año pasado fueron 34.

Las autoridades de Protección Civil de Sonora mantienen la alerta por calor extremo en los municipios del desierto y recomiendan evitar trabajos al aire libre entre las once de la mañana y las cinco de la tarde. Los hospitales de Caborca y Altar han atendido este mes a 27 personas por golpe de calor.

Esta nota se transmitió en el noticiero Enlace Universitario, de lunes a viernes a las 14:00 horas por el 97.9 FM.
¿Te fue útil esta nota? ★★★★★  Califícala
Compartir: Facebook · X · WhatsApp · Copiar enlace
"""
write_source('bp15.md', bp15, eol=('mixed', 9))
write_gold('bp15', family='wire',
           title='Científicos registran un récord de temperatura en el desierto de Altar',
           date='2024-07-12', bylines=['Joaquín Leyva Encinas'], source='Onda Universitaria Noticias',
           section='Ciencia',
           body_first_words='Un equipo de investigadores de la estación de monitoreo climático',
           body_last_words='a 27 personas por golpe de calor.',
           boilerplate=['Inicio › Noticias › Ciencia',
                        '▶ Escuchar nota 00:00 / 02:41 Descargar audio (MP3, 2.4 MB)',
                        '4 min de lectura',
                        'Esta nota se transmitió en el noticiero Enlace Universitario, de lunes a viernes a las 14:00 horas por el 97.9 FM.',
                        '¿Te fue útil esta nota? ★★★★★ Califícala',
                        'Compartir: Facebook · X · WhatsApp · Copiar enlace'],
           must_keep=['El coordinador de la estación, el físico Armando Robles Quijada, explicó que el dato será revisado por el Servicio Meteorológico Nacional antes de considerarse un récord oficial.',
                      'En 2009 se contaron 11 días con esas temperaturas; el año pasado fueron 34.',
                      'Los hospitales de Caborca y Altar han atendido este mes a 27 personas por golpe de calor.'])

# ---------------------------------------------------------------- bp16 press (federal body's state office, Dgo., 2010) latin-1, title on two lines
# Latin-1 cannot hold curly quotes: straight quotes. Program legend required by law at the end.
bp16 = """COMISIÓN NACIONAL FORESTAL - GERENCIA ESTATAL EN DURANGO
Boletín No. 027/10

CONCLUYE TEMPORADA DE INCENDIOS FORESTALES
CON 40% MENOS SUPERFICIE AFECTADA EN DURANGO

Durango, Dgo., 9 de julio de 2010.- Con la llegada de las lluvias de verano concluyó en Durango la temporada de incendios forestales 2010, en la que se registraron 187 incendios que afectaron 21 mil hectáreas, 40 por ciento menos superficie que el promedio de los últimos cinco años.

El gerente estatal de la Comisión Nacional Forestal (Conafor), ingeniero Baltazar Meraz Quiñones, informó que la mayor parte de los siniestros ocurrió en los municipios serranos de Tepehuanes, Guanaceví, Santiago Papasquiaro y Pueblo Nuevo, y que el 80 por ciento fue provocado por actividades humanas, como quemas agrícolas sin control y fogatas mal apagadas.

En el combate participaron 34 brigadas de la Conafor, del gobierno del estado, de los municipios y de los ejidos forestales, que sumaron más de 900 combatientes. También se contó con el apoyo de dos helicópteros durante las semanas más críticas de mayo.

"Los ejidos de la sierra han entendido que el bosque es su principal fuente de trabajo, y cada año hay más brigadas comunitarias listas desde febrero", señaló el funcionario.

La dependencia informó que en las próximas semanas iniciará la reforestación de 3 mil hectáreas afectadas en temporadas anteriores, con planta producida en los viveros de El Salto y de la capital del estado.

oOo

"Este programa es público, ajeno a cualquier partido político. Queda prohibido el uso para fines distintos a los establecidos en el programa."

Unidad de Comunicación Social · Tel. 618 555 0166 · durango@conafor-dgo.example.mx
"""
write_source('bp16.txt', bp16, enc='latin-1', eol='crlf')
write_gold('bp16', family='press_release',
           title='CONCLUYE TEMPORADA DE INCENDIOS FORESTALES CON 40% MENOS SUPERFICIE AFECTADA EN DURANGO',
           date='2010-07-09', source='COMISIÓN NACIONAL FORESTAL - GERENCIA ESTATAL EN DURANGO',
           bulletin_number='027/10', issuer='COMISIÓN NACIONAL FORESTAL - GERENCIA ESTATAL EN DURANGO',
           dateline_city='Durango',
           body_first_words='Con la llegada de las lluvias de verano concluyó en Durango',
           body_last_words='en los viveros de El Salto y de la capital del estado.',
           boilerplate=['Boletín No. 027/10', 'Durango, Dgo., 9 de julio de 2010.-', 'oOo',
                        'Este programa es público, ajeno a cualquier partido político.',
                        'Queda prohibido el uso para fines distintos a los establecidos en el programa.',
                        'Unidad de Comunicación Social · Tel. 618 555 0166 · durango@conafor-dgo.example.mx'],
           must_keep=['También se contó con el apoyo de dos helicópteros durante las semanas más críticas de mayo.',
                      '"Los ejidos de la sierra han entendido que el bosque es su principal fuente de trabajo, y cada año hay más brigadas comunitarias listas desde febrero", señaló el funcionario.',
                      'y que el 80 por ciento fue provocado por actividades humanas, como quemas agrícolas sin control y fogatas mal apagadas.'])

# ---------------------------------------------------------------- bp17 jekyll (Comarca Lagunera site) draft: true, New Year's Eve at -06:00
bp17 = """---
layout: post
title: "Miles esperan el Año Nuevo en la Plaza Mayor de Torreón"
date: 2015-12-31T21:30:00-06:00
draft: true
author: Brenda Ríos Murra
categories: [Local]
tags: [Año Nuevo, Plaza Mayor, Torreón]
site_title: Laguna al Día
---

Desde las siete de la noche, miles de familias comenzaron a llegar a la Plaza Mayor de Torreón para despedir el año con música en vivo, juegos mecánicos y el tradicional espectáculo de pirotecnia que el Ayuntamiento prepara para la medianoche.

A las nueve y media, la explanada frente al Palacio Municipal estaba prácticamente llena. Los vendedores de elotes, churros y champurrado hacían fila para conseguir un lugar sobre la avenida Morelos, mientras grupos de jóvenes se tomaban fotografías frente al árbol navideño.

La Dirección de Seguridad Pública desplegó a 400 elementos en el centro de la ciudad y cerró a la circulación las calles que rodean la plaza. Protección Civil instaló dos módulos de atención médica y pidió a los asistentes no llevar cohetes ni armas de fuego.

“Venimos desde Gómez Palacio porque aquí hay más ambiente y es más seguro para los niños”, dijo Araceli Guerrero, que llegó con sus tres hijos y su suegra.

Las autoridades recordaron que disparar al aire es un delito y que las balas perdidas han causado heridos en años anteriores en la Comarca Lagunera. Se espera que la fiesta termine alrededor de las dos de la mañana.

### Galería

1/4 — Familias llegaron desde las siete de la noche a la Plaza Mayor. (Foto: Brenda Ríos)
2/4 — Vendedores de elotes sobre la avenida Morelos. (Foto: Brenda Ríos)
3/4 — Elementos de Seguridad Pública en el cierre de calles. (Foto: Brenda Ríos)
4/4 — El árbol navideño frente al Palacio Municipal. (Foto: Brenda Ríos)
"""
write_source('bp17.md', bp17)
write_gold('bp17', family='jekyll',
           title='Miles esperan el Año Nuevo en la Plaza Mayor de Torreón',
           date='2015-12-31', published=False, bylines=['Brenda Ríos Murra'],
           source='Laguna al Día', section='Local',
           body_first_words='Desde las siete de la noche, miles de familias comenzaron a llegar',
           body_last_words='Se espera que la fiesta termine alrededor de las dos de la mañana.',
           boilerplate=['Galería',
                        '1/4 — Familias llegaron desde las siete de la noche a la Plaza Mayor. (Foto: Brenda Ríos)',
                        '2/4 — Vendedores de elotes sobre la avenida Morelos. (Foto: Brenda Ríos)',
                        '3/4 — Elementos de Seguridad Pública en el cierre de calles. (Foto: Brenda Ríos)',
                        '4/4 — El árbol navideño frente al Palacio Municipal. (Foto: Brenda Ríos)'],
           must_keep=['La Dirección de Seguridad Pública desplegó a 400 elementos en el centro de la ciudad y cerró a la circulación las calles que rodean la plaza.',
                      '“Venimos desde Gómez Palacio porque aquí hay más ambiente y es más seguro para los niños”, dijo Araceli Guerrero',
                      'Las autoridades recordaron que disparar al aire es un delito'],
           photo_credit='Brenda Ríos')

# ---------------------------------------------------------------- bp18 bad (WordPerfect 5.1 binary document saved as .txt)
wp = bytearray(b'\xffWPC')
wp += (76).to_bytes(4, 'little')            # pointer to document area
wp += b'\x01\x0a\x00\x00\x00\x00\x00\x00'   # product 1 (WordPerfect), file type 10 (document), v5.x
wp += bytes(range(0x10, 0x4c))              # prefix/packet area
wp += (b'\xd0\x04\x0c\x00\x58\x02\x58\x02\x0c\x00\x04\xd0'   # margin set function
       b'\xc3\x0cFeria del Nogal\xc4\x0c\x0a\x0a'
       b'\xd4\x1a\x00\x00\x01\x00\xff\xff\x1a\x00\xd4'
       b'Nuevo Casas Grandes, Chih.\xc0\x01\x0e\xc0 \x0a'
       b'\xd1\x00\x0e\x00\x00\x00\x00\x00\x00\x0e\x00\xd1'
       b'\x00\x00\x00\x00\x80\x81\x82\x83\xfe\xfd\xfc\xfb' * 6)
write_source('bp18.txt', raw=bytes(wp))
write_gold('bp18', family='bad',
           refusal_reason='El archivo es un documento binario de WordPerfect (.WPD) guardado con extensión .txt; no es texto legible.')

# ---------------------------------------------------------------- bp19 wire (border daily web, Piedras Negras) alt text = headline, ads, poll, gallery
bp19 = """Imagen: Presa La Amistad llega a su nivel más bajo en ocho años
Foto: Arnoldo Castro / La Voz del Bravo

LOCAL

Presa La Amistad llega a su nivel más bajo en ocho años

Publicado el domingo 12 de julio de 2020 a las 18:45
Por Arnoldo Castro Villarreal

La presa internacional La Amistad, ubicada en el río Bravo a la altura de Ciudad Acuña, se encuentra al 41 por ciento de su capacidad, el nivel más bajo desde 2012, de acuerdo con el reporte semanal de la Comisión Internacional de Límites y Aguas.

La falta de lluvias en la cuenca alta del río y las temperaturas de más de 40 grados de las últimas semanas aceleraron la evaporación del embalse, explicaron técnicos de la comisión.

PUBLICIDAD
Aire acondicionado minisplit 1 tonelada desde $5,999 · Climas del Norte · Piedras Negras

Los pescadores deportivos que llegan cada fin de semana desde Texas y desde el interior del estado notan el cambio en las rampas de acceso, que quedaron varios metros por encima del agua. “Tuvimos que alargar el muelle con tablones para poder bajar las lanchas”, dijo Fidel Aguirre, dueño de un club de pesca en la orilla mexicana.

Los distritos de riego de la parte baja del río Bravo, en Coahuila y Tamaulipas, dependen en parte del agua almacenada en La Amistad y en la presa Falcón. Los agricultores de la región temen que se recorte el volumen para el ciclo de otoño si no llueve en agosto y septiembre.

ENCUESTA
¿Ha tenido problemas de agua en su colonia este verano?
○ Sí, frecuentemente
○ Sólo algunos días
○ No
VOTAR · Ver resultados

La Comisión Nacional del Agua pidió a la población de Acuña y Piedras Negras cuidar el consumo doméstico durante el verano, aunque aseguró que el abasto para las ciudades está garantizado.

GALERÍA (3 fotos)
1 de 3. Las rampas de acceso quedaron lejos del agua. Foto: Arnoldo Castro
2 de 3. Pescadores alargaron los muelles con tablones. Foto: Arnoldo Castro
3 de 3. Vista de la cortina de la presa desde el lado mexicano. Foto: Arnoldo Castro
"""
write_source('bp19.txt', bp19, eol='crlf', bom=True)
write_gold('bp19', family='wire',
           title='Presa La Amistad llega a su nivel más bajo en ocho años',
           date='2020-07-12', bylines=['Arnoldo Castro Villarreal'], source='La Voz del Bravo',
           section='LOCAL',
           body_first_words='La presa internacional La Amistad, ubicada en el río Bravo',
           body_last_words='aseguró que el abasto para las ciudades está garantizado.',
           boilerplate=['Imagen: Presa La Amistad llega a su nivel más bajo en ocho años',
                        'Foto: Arnoldo Castro / La Voz del Bravo',
                        'PUBLICIDAD',
                        'Aire acondicionado minisplit 1 tonelada desde $5,999 · Climas del Norte · Piedras Negras',
                        'ENCUESTA', '¿Ha tenido problemas de agua en su colonia este verano?',
                        '○ Sí, frecuentemente', '○ Sólo algunos días', 'VOTAR · Ver resultados',
                        'GALERÍA (3 fotos)',
                        '1 de 3. Las rampas de acceso quedaron lejos del agua. Foto: Arnoldo Castro',
                        '2 de 3. Pescadores alargaron los muelles con tablones. Foto: Arnoldo Castro',
                        '3 de 3. Vista de la cortina de la presa desde el lado mexicano. Foto: Arnoldo Castro'],
           must_keep=['La falta de lluvias en la cuenca alta del río y las temperaturas de más de 40 grados de las últimas semanas aceleraron la evaporación del embalse, explicaron técnicos de la comisión.',
                      '“Tuvimos que alargar el muelle con tablones para poder bajar las lanchas”, dijo Fidel Aguirre',
                      'Los agricultores de la región temen que se recorte el volumen para el ciclo de otoño si no llueve en agosto y septiembre.'],
           photo_credit='Arnoldo Castro / La Voz del Bravo')

# ---------------------------------------------------------------- bp20 press (state ministry, Sin., 2015) corrected release, cp1252
bp20 = """FE DE ERRATAS: Esta versión sustituye a la enviada a las 09:40 horas. En el tercer párrafo se corrigió el monto del apoyo, que es de 4 mil 500 pesos y no de 45 mil pesos como se indicó.

SECRETARÍA DE PESCA Y ACUACULTURA DEL ESTADO DE SINALOA
Boletín 118 (versión corregida)

Inicia pago de apoyo a pescadores ribereños por la veda del camarón

Mazatlán, Sinaloa, 20 de marzo de 2015.- La Secretaría de Pesca y Acuacultura del Estado de Sinaloa inició este viernes la entrega del apoyo económico para pescadores ribereños afectados por la veda del camarón, que este año beneficiará a 11 mil 800 pescadores de 14 municipios.

La entrega comenzó en las oficinas de la dependencia en Mazatlán y continuará la próxima semana en Escuinapa, Rosario, Elota, Navolato, Angostura y Ahome, conforme al calendario que se publicó en los campos pesqueros.

Cada pescador registrado en el padrón recibirá 4 mil 500 pesos en dos pagos, el primero en marzo y el segundo en mayo. Para cobrar es necesario presentar identificación oficial y la credencial de la cooperativa o del permisionario al que pertenecen.

El secretario de Pesca, Octavio Lizárraga Tirado, explicó que el apoyo busca que las familias de la costa no salgan a pescar durante la veda, que protege la reproducción del camarón en bahías y esteros. "Si respetamos la veda, en septiembre tendremos una mejor temporada para todos", dijo.

La dependencia recordó que la pesca de camarón durante la veda se sanciona con multas y con el decomiso del producto y de las artes de pesca.

--ooOoo--

Coordinación de Comunicación Social · 669 555 0155 · prensa@pesca-sin.example.mx
"""
write_source('bp20.txt', bp20, enc='cp1252')
write_gold('bp20', family='press_release',
           title='Inicia pago de apoyo a pescadores ribereños por la veda del camarón',
           date='2015-03-20', source='SECRETARÍA DE PESCA Y ACUACULTURA DEL ESTADO DE SINALOA',
           bulletin_number='118', issuer='SECRETARÍA DE PESCA Y ACUACULTURA DEL ESTADO DE SINALOA',
           dateline_city='Mazatlán',
           body_first_words='La Secretaría de Pesca y Acuacultura del Estado de Sinaloa inició este viernes',
           body_last_words='y de las artes de pesca.',
           boilerplate=['FE DE ERRATAS: Esta versión sustituye a la enviada a las 09:40 horas.',
                        'En el tercer párrafo se corrigió el monto del apoyo, que es de 4 mil 500 pesos y no de 45 mil pesos como se indicó.',
                        'Boletín 118 (versión corregida)',
                        'Mazatlán, Sinaloa, 20 de marzo de 2015.-', '--ooOoo--',
                        'Coordinación de Comunicación Social · 669 555 0155 · prensa@pesca-sin.example.mx'],
           must_keep=['Cada pescador registrado en el padrón recibirá 4 mil 500 pesos en dos pagos, el primero en marzo y el segundo en mayo.',
                      '"Si respetamos la veda, en septiembre tendremos una mejor temporada para todos", dijo.',
                      'conforme al calendario que se publicó en los campos pesqueros.'])
