#!/usr/bin/env python3
"""importer-bm, files 11-20."""
from common import write_source, write_gold, NBSP, NNBSP

# ---------------------------------------------------------------- bm11 wire (radio news desk, byline at the end)
bm11 = """Onda Capital Noticias · 1340 AM
Martes 10 de febrero de 2009 | 14:32 hrs

▶ Escucha el reporte (1:48)

Baja el nivel de los canales de Xochimilco y trajineros temen una mala temporada

El nivel del agua en los canales de Xochimilco bajó alrededor de 40 centímetros en las últimas seis semanas, lo que ya impide el paso de las trajineras por algunos tramos del circuito turístico entre los embarcaderos de Cuemanco y Nativitas, denunciaron remeros y productores de la zona chinampera.

En entrevista para nuestra primera emisión, el presidente de una de las uniones de trajineros, Gilberto Xolalpa Reyes, explicó que en el canal de Apatlaco las embarcaciones rozan el fondo y que varios remeros han tenido que bajarse a empujarlas. “Si el nivel sigue bajando, en Semana Santa no vamos a poder dar el recorrido completo”, advirtió.

Los chinamperos atribuyen el problema a la disminución del agua tratada que llega desde la planta del Cerro de la Estrella y a la extracción de los pozos que abastecen a otras zonas de la ciudad. Aseguran que en algunas parcelas las hortalizas comienzan a secarse porque ya no alcanzan a regarlas con el agua de los apantles.

La delegación Xochimilco informó que solicitó al Sistema de Aguas de la Ciudad de México aumentar el caudal de agua tratada durante los próximos meses y que enviará una draga para retirar el lirio y el lodo acumulados en los canales más afectados.

Investigadores que trabajan en la zona advirtieron que la baja del nivel también pone en riesgo al ajolote, que ya sobrevive en muy pocos canales, porque reduce los refugios donde se reproduce.

Reportó: Saúl Trejo Benítez para Onda Capital Noticias.

Onda Capital Noticias, la voz de la ciudad. Síguenos en Twitter: @OndaCapitalEj
"""
write_source('bm11.txt', bm11)
write_gold('bm11', family='wire',
           title='Baja el nivel de los canales de Xochimilco y trajineros temen una mala temporada',
           date='2009-02-10', bylines=['Saúl Trejo Benítez'], source='Onda Capital Noticias',
           body_first_words='El nivel del agua en los canales de Xochimilco bajó alrededor de 40 centímetros',
           body_last_words='porque reduce los refugios donde se reproduce.',
           boilerplate=['Escucha el reporte (1:48)',
                        'Reportó: Saúl Trejo Benítez para Onda Capital Noticias.',
                        'Onda Capital Noticias, la voz de la ciudad.',
                        'Síguenos en Twitter: @OndaCapitalEj'],
           must_keep=['“Si el nivel sigue bajando, en Semana Santa no vamos a poder dar el recorrido completo”, advirtió.',
                      'Aseguran que en algunas parcelas las hortalizas comienzan a secarse porque ya no alcanzan a regarlas con el agua de los apantles.',
                      'Investigadores que trabajan en la zona advirtieron que la baja del nivel también pone en riesgo al ajolote, que ya sobrevive en muy pocos canales, porque reduce los refugios donde se reproduce.'])

# ---------------------------------------------------------------- bm12 press (state office, PDF converted to text, form feed, page footer)
bm12 = """                                                                 GOBIERNO DE MORELOS
                         SECRETARÍA DE TURISMO Y CULTURA
                                                            Boletín STYC/214/2021

            Cuernavaca, Morelos, a 26 de octubre de 2021.

            Ocotepec abrirá sus ofrendas nuevas a los visitantes con
            medidas sanitarias

                 Las familias del pueblo de Ocotepec, en el norte de Cuernavaca,
            volverán a abrir este año las puertas de sus casas a los visitantes
            que llegan a conocer las ofrendas nuevas, dedicadas a las personas
            que fallecieron en los últimos doce meses, luego de que en 2020 la
            tradición se realizó a puerta cerrada por la pandemia.

                 La Secretaría de Turismo y Cultura informó que, en coordinación con
            el ayudante municipal y los mayordomos del pueblo, se definió un
            recorrido de una sola dirección por las calles del centro de Ocotepec,
            con filtros sanitarios en las tres entradas y aforo limitado en cada
            domicilio.

                 Las ofrendas nuevas se podrán visitar la noche del 1 y el día 2 de
            noviembre. Como marca la costumbre, quienes visiten las casas llevarán
            una veladora y serán invitados a pasar a comer tamales, pan y café, por
            lo que se pide respetar los tiempos de espera que indiquen las familias.

         Calle Hidalgo 239, Centro, Cuernavaca, Mor. · Tel. 777 555 0128                Página 1 de 2
\x0c                                                                 GOBIERNO DE MORELOS
                         SECRETARÍA DE TURISMO Y CULTURA

                 El titular de la dependencia, Octavio Salgado Rebolledo, señaló que
            la celebración de Ocotepec es una de las expresiones más antiguas del
            Día de Muertos en el estado y que atrae cada año a visitantes de la
            Ciudad de México, Guerrero y el Estado de México.

                 Para evitar aglomeraciones, se habilitarán dos estacionamientos en la
            carretera federal a Tepoztlán, desde donde saldrán transportes
            gratuitos hacia el centro del pueblo. No se permitirá el paso de
            vehículos particulares a las calles del recorrido.

                 Las autoridades recomendaron usar cubrebocas en todo momento y no
            acudir en caso de presentar síntomas de enfermedad respiratoria.

                                          ---o0o---

            Dirección de Comunicación Social
            comunicacion.styc@morelos-turismo.example.mx

         Calle Hidalgo 239, Centro, Cuernavaca, Mor. · Tel. 777 555 0128                Página 2 de 2
"""
write_source('bm12.txt', bm12)
write_gold('bm12', family='press_release',
           title='Ocotepec abrirá sus ofrendas nuevas a los visitantes con medidas sanitarias',
           date='2021-10-26', source='SECRETARÍA DE TURISMO Y CULTURA',
           bulletin_number='STYC/214/2021', issuer='SECRETARÍA DE TURISMO Y CULTURA',
           dateline_city='Cuernavaca',
           body_first_words='Las familias del pueblo de Ocotepec, en el norte de Cuernavaca,',
           body_last_words='no acudir en caso de presentar síntomas de enfermedad respiratoria.',
           boilerplate=['GOBIERNO DE MORELOS', 'Boletín STYC/214/2021',
                        'Cuernavaca, Morelos, a 26 de octubre de 2021.',
                        'Calle Hidalgo 239, Centro, Cuernavaca, Mor. · Tel. 777 555 0128',
                        'Página 1 de 2', 'Página 2 de 2', '---o0o---',
                        'Dirección de Comunicación Social',
                        'comunicacion.styc@morelos-turismo.example.mx'],
           must_keep=['Las ofrendas nuevas se podrán visitar la noche del 1 y el día 2 de noviembre.',
                      'El titular de la dependencia, Octavio Salgado Rebolledo, señaló que la celebración de Ocotepec es una de las expresiones más antiguas del Día de Muertos en el estado',
                      'No se permitirá el paso de vehículos particulares a las calles del recorrido.'])

# ---------------------------------------------------------------- bm13 jekyll (Drupal migration: epoch `created`, field_* keys, media token)
bm13 = """---
nid: 48213
type: article
title: "Vecinos de Santa Fe exigen rutas de transporte hacia las colonias populares"
created: 1307554200
changed: 1307570811
status: 1
promote: 0
sticky: 0
uid: 17
name: mlopez
field_autor: "Mariana López Cabrera"
field_seccion: Delegaciones
field_tags: [Santa Fe, transporte, Álvaro Obregón]
site: El Poniente Hoy
---
<p>Habitantes de las colonias populares que rodean la zona corporativa de Santa Fe, en la delegación Álvaro Obregón, entregaron este miércoles a la Secretaría de Transportes y Vialidad un pliego con más de 3 mil firmas para pedir rutas de transporte público que conecten sus barrios con las oficinas y centros comerciales donde trabajan.</p>
<p>Los vecinos de La Mexicana, Tlapechico y Jalalpa aseguran que para recorrer menos de tres kilómetros tienen que tomar dos o tres microbuses y caminar por laderas sin banquetas. "Vemos los edificios desde la ventana de la casa, pero tardamos una hora en llegar", dijo Rosalinda Téllez, que trabaja como afanadora en un corporativo de la avenida Vasco de Quiroga.</p>
[[{"fid":"2231","view_mode":"default","type":"media","attributes":{"height":"360","width":"640","class":"media-element file-default"}}]]
<p>De acuerdo con un estudio de una organización civil dedicada a la movilidad, siete de cada diez trabajadores de limpieza, vigilancia y cocina de la zona corporativa viven en un radio de cinco kilómetros, pero la mayoría de las rutas existentes van hacia el Metro Observatorio y el centro de la ciudad.</p>
<p>El director de Transporte de la dependencia, Hugo Arellano Pineda, se comprometió a realizar un estudio de origen y destino en las próximas semanas y a revisar las concesiones de las rutas que circulan por la zona. Reconoció que las calles angostas y con pendientes pronunciadas limitan el tipo de unidades que pueden circular.</p>
<p>&nbsp;</p>
<p>Los vecinos propusieron que se autoricen camionetas de menor capacidad y que se habilite un paradero en la explanada de la delegación, donde ya se concentran los microbuses que suben de Observatorio. Acordaron volver a reunirse con las autoridades a finales de julio para conocer los resultados del estudio.</p>
"""
write_source('bm13.md', bm13)
write_gold('bm13', family='jekyll',
           title='Vecinos de Santa Fe exigen rutas de transporte hacia las colonias populares',
           date='2011-06-08', bylines=['Mariana López Cabrera'], source='El Poniente Hoy',
           section='Delegaciones',
           body_first_words='Habitantes de las colonias populares que rodean la zona corporativa de Santa Fe',
           body_last_words='para conocer los resultados del estudio.',
           boilerplate=['[[{"fid":"2231","view_mode":"default","type":"media","attributes":{"height":"360","width":"640","class":"media-element file-default"}}]]'],
           must_keep=['"Vemos los edificios desde la ventana de la casa, pero tardamos una hora en llegar", dijo Rosalinda Téllez, que trabaja como afanadora en un corporativo de la avenida Vasco de Quiroga.',
                      'Reconoció que las calles angostas y con pendientes pronunciadas limitan el tipo de unidades que pueden circular.',
                      'Acordaron volver a reunirse con las autoridades a finales de julio para conocer los resultados del estudio.'])

# ---------------------------------------------------------------- bm14 generic (crónica with * * * scene breaks)
bm14 = """# Una noche en la Central de Abasto

A las once de la noche, cuando el resto de Iztapalapa se prepara para dormir, en la Central de Abasto empieza el día. Los primeros tráileres llegan desde Michoacán con aguacate y desde Veracruz con piña, y los diableros ya esperan en las rampas con sus carretillas vacías.

* * *

Margarito tiene 58 años y lleva 35 cargando. Empezó cuando la Central acababa de abrir y la Merced todavía era el mercado grande de la ciudad. Dice que en una noche buena mueve más de cien bultos y que el secreto no está en la fuerza, sino en saber acomodar la carga para que el diablito no se voltee en las bajadas.

Cobra por viaje, no por hora. Un bulto de jitomate de la nave al estacionamiento vale entre veinte y treinta pesos, según la distancia y la prisa del cliente. Lo que gana en una noche lo reparte entre la renta del diablito, la comida y lo que manda a su familia en Puebla.

* * *

Entre las dos y las cuatro de la mañana llegan los compradores de los mercados y los restaurantes. Las fondas de los pasillos venden café de olla y tamales a quienes no han dormido, y los altavoces anuncian los precios del día. El ruido no se detiene: motores, gritos, el golpe de las cajas contra el piso de concreto.

A las seis, cuando empieza a clarear, los pasillos de frutas y legumbres ya están llenos de cáscaras y hojas. Llegan los barrenderos, y los diableros que terminaron su turno se sientan a desayunar en las banquetas.

* * *

Margarito no sabe cuántos años más podrá cargar. Le duelen las rodillas y la espalda, y los doctores le han dicho que debería buscar otro trabajo. Pero cuando se le pregunta qué haría fuera de la Central, se queda callado un momento y luego se ríe: dice que ya no sabría dormir de noche.
"""
write_source('bm14.md', bm14)
write_gold('bm14', family='generic',
           title='Una noche en la Central de Abasto',
           body_first_words='A las once de la noche, cuando el resto de Iztapalapa se prepara para dormir',
           body_last_words='dice que ya no sabría dormir de noche.',
           must_keep=['Margarito tiene 58 años y lleva 35 cargando.',
                      'Las fondas de los pasillos venden café de olla y tamales a quienes no han dormido, y los altavoces anuncian los precios del día.',
                      'Le duelen las rodillas y la espalda, y los doctores le han dicho que debería buscar otro trabajo.'])

# ---------------------------------------------------------------- bm15 wire (TV news desk, video page)
bm15 = """Edomex

Granizada deja encharcamientos y autos varados en Naucalpan y Tlalnepantla

VIDEO | 02:14

Por: Karla Ibarra Montes | Telediario del Valle
Martes 4 de junio de 2024, 21:30 h (actualizado el miércoles 5 de junio de 2024, 07:10 h)

Una granizada de casi media hora cubrió de blanco la tarde de este martes varias colonias de Naucalpan y Tlalnepantla, en el Estado de México, y provocó encharcamientos de hasta 60 centímetros en el Periférico Norte y en la avenida Gustavo Baz, donde decenas de automovilistas quedaron varados.

De acuerdo con la Coordinación de Protección Civil de Naucalpan, la tormenta comenzó poco después de las 17:00 horas y afectó sobre todo a las colonias Echegaray, San Mateo Nopala y Lomas Verdes. En algunas calles, la capa de hielo alcanzó los diez centímetros y los vecinos tuvieron que salir con palas para despejar las entradas de sus casas.

En Tlalnepantla, el agua se metió a por lo menos 30 viviendas de la colonia Valle Ceylán, según el reporte preliminar del ayuntamiento. Los bomberos retiraron a tres personas de un automóvil que quedó atrapado bajo un puente vehicular.

En entrevista con Telediario del Valle, el comerciante Javier Moctezuma contó que el granizo rompió la lámina del techo de su tienda. “En veinte años nunca había visto caer tanto hielo en tan poco tiempo”, dijo mientras sacaba la mercancía mojada.

Las autoridades de ambos municipios pidieron a la población no tirar basura en la calle, porque las coladeras tapadas fueron la principal causa de las inundaciones. El Servicio Meteorológico Nacional prevé más lluvias fuertes con posible caída de granizo para el resto de la semana en el Valle de México.

Mira el reportaje completo en el video de arriba.

📺 Telediario del Valle, de lunes a viernes a las 22:00 horas por el canal 44.1.
Síguenos en TikTok: @telediariovalle_ej
"""
write_source('bm15.txt', bm15, eol='crlf')
write_gold('bm15', family='wire',
           title='Granizada deja encharcamientos y autos varados en Naucalpan y Tlalnepantla',
           date='2024-06-04', bylines=['Karla Ibarra Montes'], source='Telediario del Valle',
           section='Edomex',
           body_first_words='Una granizada de casi media hora cubrió de blanco la tarde de este martes',
           body_last_words='para el resto de la semana en el Valle de México.',
           boilerplate=['VIDEO | 02:14', 'Mira el reportaje completo en el video de arriba.',
                        'Telediario del Valle, de lunes a viernes a las 22:00 horas por el canal 44.1.',
                        'Síguenos en TikTok: @telediariovalle_ej'],
           must_keep=['En algunas calles, la capa de hielo alcanzó los diez centímetros y los vecinos tuvieron que salir con palas para despejar las entradas de sus casas.',
                      'Los bomberos retiraron a tres personas de un automóvil que quedó atrapado bajo un puente vehicular.',
                      '“En veinte años nunca había visto caer tanto hielo en tan poco tiempo”, dijo mientras sacaba la mercancía mojada.'])

# ---------------------------------------------------------------- bm16 press (municipality, Hidalgo's south, 2003, cp1252)
bm16 = """PRESIDENCIA MUNICIPAL DE TIZAYUCA, HIDALGO
Boletín No. 0318

Inicia construcción del nuevo pozo de agua potable para las colonias del oriente

Pie de foto: Autoridades municipales y vecinos durante el arranque de la obra en la colonia Emiliano Zapata. (Foto: Comunicación Social)

Tizayuca, Hgo., a 9 de septiembre de 2003.- El gobierno municipal dio el banderazo de inicio a la perforación de un nuevo pozo de agua potable que abastecerá a cinco colonias del oriente del municipio, donde en los últimos años se han construido miles de viviendas y el servicio llega sólo por tandeo.

La obra tendrá una inversión de 6.8 millones de pesos, aportados en partes iguales por el municipio, el gobierno del estado y la Comisión Nacional del Agua. Comprende:

• la perforación del pozo a una profundidad de 250 metros;
• la construcción de un tanque elevado con capacidad para 500 mil litros;
• 4.2 kilómetros de línea de conducción hacia las colonias beneficiadas.

El director del organismo operador de agua del municipio, ingeniero Francisco Islas Pérez, explicó que actualmente las familias de esas colonias reciben agua dos veces por semana y que con el nuevo pozo el servicio será diario. Informó que se espera concluir los trabajos en febrero del próximo año.

Durante el arranque de la obra, vecinos de la colonia Emiliano Zapata solicitaron que también se rehabilite el drenaje de la zona, que se satura en temporada de lluvias. El presidente municipal se comprometió a incluir esa obra en el programa del próximo año.

El ayuntamiento recordó que el crecimiento de los fraccionamientos en el sur de Hidalgo obliga a ampliar la infraestructura hidráulica, y pidió a la población cuidar el agua y reportar las fugas en la vía pública.

---o0o---

Comunicación Social
Tel. 779 555 0196
comsoc@tizayuca-mpio.example.mx
"""
write_source('bm16.txt', bm16, enc='cp1252', eol='crlf')
write_gold('bm16', family='press_release',
           title='Inicia construcción del nuevo pozo de agua potable para las colonias del oriente',
           date='2003-09-09', source='PRESIDENCIA MUNICIPAL DE TIZAYUCA, HIDALGO',
           bulletin_number='0318', issuer='PRESIDENCIA MUNICIPAL DE TIZAYUCA, HIDALGO',
           dateline_city='Tizayuca',
           body_first_words='El gobierno municipal dio el banderazo de inicio a la perforación',
           body_last_words='cuidar el agua y reportar las fugas en la vía pública.',
           boilerplate=['Boletín No. 0318',
                        'Pie de foto: Autoridades municipales y vecinos durante el arranque de la obra en la colonia Emiliano Zapata. (Foto: Comunicación Social)',
                        'Tizayuca, Hgo., a 9 de septiembre de 2003.-', '---o0o---',
                        'Tel. 779 555 0196', 'comsoc@tizayuca-mpio.example.mx'],
           must_keep=['la construcción de un tanque elevado con capacidad para 500 mil litros;',
                      'Informó que se espera concluir los trabajos en febrero del próximo año.',
                      'El presidente municipal se comprometió a incluir esa obra en el programa del próximo año.'],
           photo_credit='Comunicación Social')

# ---------------------------------------------------------------- bm17 jekyll (Hugo-style TOML front matter, podcast notes, draft)
bm17 = """+++
title = "Los sonideros de Tepito y la memoria del barrio"
date = 2022-10-05T08:00:00-05:00
draft = true
authors = ["Itzel Carranza Bello"]
categories = ["Cultura"]
tags = ["Tepito", "sonideros", "música", "podcast"]
episode = 87
duration = "00:48:12"
audio = "https://media.ciudadenvozalta.example.mx/episodios/087-sonideros.mp3"
podcast = "Ciudad en Voz Alta"
+++

Cada fin de semana, en alguna calle de Tepito o de la Morelos, un sonidero instala sus bocinas, cuelga sus luces y empieza a mandar saludos por el micrófono. En este episodio recorrimos tres bailes y hablamos con quienes llevan medio siglo haciendo sonar la cumbia en el barrio.

Los sonidos nacieron en los años sesenta, cuando algunos vecinos compraron equipos de audio para animar las fiestas de las vecindades. Con el tiempo se volvieron un oficio: hoy hay sonideros que viajan a Monterrey, a Puebla y hasta a Nueva York, donde los esperan comunidades de migrantes que crecieron con esa música.

Don Ramiro Ugalde, que empezó a tocar en 1974, nos contó que los saludos son tan importantes como las canciones. “La gente viene a escuchar su nombre, el de su colonia y el de sus familiares que están lejos”, explicó. En los bailes se graban esos saludos y las grabaciones circulan después en discos y en internet.

La investigadora Norma Bautista Leal, que estudia la cultura sonidera desde hace quince años, dice que los bailes son también una forma de ocupar la calle. Para ella, lo que suena en Tepito es una memoria colectiva del barrio, hecha de dedicatorias, de canciones colombianas y de nombres de personas que ya no están.

El reconocimiento de la cultura sonidera como patrimonio de la ciudad ha abierto otra discusión: cómo proteger los bailes sin convertirlos en espectáculos para turistas.

---

**Capítulos**

- 00:00 Introducción
- 04:15 Un baile en la calle de Tenochtitlan
- 18:40 Don Ramiro y los saludos
- 31:02 Norma Bautista: la calle como archivo
- 44:30 Despedida

Créditos — Conducción: Itzel Carranza Bello. Producción: Mauricio Ledesma. Edición y diseño sonoro: Brenda Olmos. Música original: Colectivo Tres Tiempos.

Escucha Ciudad en Voz Alta en Spotify, Apple Podcasts y en nuestro sitio.
"""
write_source('bm17.md', bm17)
write_gold('bm17', family='jekyll',
           title='Los sonideros de Tepito y la memoria del barrio',
           date='2022-10-05', published=False, bylines=['Itzel Carranza Bello'],
           source='Ciudad en Voz Alta', section='Cultura',
           body_first_words='Cada fin de semana, en alguna calle de Tepito o de la Morelos',
           body_last_words='cómo proteger los bailes sin convertirlos en espectáculos para turistas.',
           boilerplate=['Capítulos', '00:00 Introducción', '04:15 Un baile en la calle de Tenochtitlan',
                        '18:40 Don Ramiro y los saludos', '31:02 Norma Bautista: la calle como archivo',
                        '44:30 Despedida',
                        'Créditos — Conducción: Itzel Carranza Bello. Producción: Mauricio Ledesma. Edición y diseño sonoro: Brenda Olmos. Música original: Colectivo Tres Tiempos.',
                        'Escucha Ciudad en Voz Alta en Spotify, Apple Podcasts y en nuestro sitio.'],
           must_keep=['En este episodio recorrimos tres bailes y hablamos con quienes llevan medio siglo haciendo sonar la cumbia en el barrio.',
                      '“La gente viene a escuchar su nombre, el de su colonia y el de sus familiares que están lejos”, explicó.',
                      'Para ella, lo que suena en Tepito es una memoria colectiva del barrio, hecha de dedicatorias, de canciones colombianas y de nombres de personas que ya no están.'])

# ---------------------------------------------------------------- bm18 wire (content syndicated from a local outlet through an alliance)
bm18 = """RED DE MEDIOS LOCALES DEL VALLE DE MÉXICO · CONTENIDO SINDICADO
Este texto se publicó originalmente en Crónica Chalquense el 7 de septiembre de 2021 y se reproduce como parte de la alianza de medios locales.

Vecinos de Valle de Chalco cumplen una semana con agua dentro de sus casas

Por Teresa Nava Galicia / Crónica Chalquense

Una semana después de la tormenta que desbordó el canal de La Compañía, cientos de familias de las colonias Avándaro, Santa Cruz y San Isidro, en Valle de Chalco Solidaridad, siguen viviendo con el agua hasta las rodillas dentro de sus casas y sin saber cuándo podrán volver a dormir en ellas.

Las bombas que instaló la Comisión del Agua del Estado de México trabajan día y noche, pero el nivel baja apenas unos centímetros por día. Muchos vecinos subieron sus muebles a las azoteas y duermen en casas de familiares o en el albergue instalado en una escuela secundaria. Te puede interesar | Chalco suspende clases presenciales en 12 escuelas por inundaciones

Doña Rufina Castañeda, de 71 años, perdió el refrigerador, la estufa y las camas. “Es la tercera vez que se nos mete el agua desde que llegamos a vivir aquí, pero nunca había durado tanto”, contó mientras sacaba con una cubeta el lodo de su cocina.

El ayuntamiento instaló tres centros de acopio y reparte despensas, agua embotellada y productos de limpieza, aunque los vecinos se quejan de que la ayuda no llega a las calles más alejadas. Personal de la Secretaría de Salud estatal aplica vacunas contra el tétanos y revisa a niñas y niños con infecciones en la piel.

Los habitantes de la zona piden que las autoridades refuercen el bordo del canal y construyan un cárcamo de bombeo permanente, una obra que, aseguran, se les ha prometido desde hace más de diez años.

© Crónica Chalquense. Se permite su reproducción íntegra citando la fuente y a la autora.
"""
write_source('bm18.txt', bm18, eol='crlf')
write_gold('bm18', family='wire',
           title='Vecinos de Valle de Chalco cumplen una semana con agua dentro de sus casas',
           date='2021-09-07', bylines=['Teresa Nava Galicia'], source='Crónica Chalquense',
           body_first_words='Una semana después de la tormenta que desbordó el canal de La Compañía',
           body_last_words='se les ha prometido desde hace más de diez años.',
           boilerplate=['RED DE MEDIOS LOCALES DEL VALLE DE MÉXICO · CONTENIDO SINDICADO',
                        'Este texto se publicó originalmente en Crónica Chalquense el 7 de septiembre de 2021 y se reproduce como parte de la alianza de medios locales.',
                        'Te puede interesar | Chalco suspende clases presenciales en 12 escuelas por inundaciones',
                        '© Crónica Chalquense. Se permite su reproducción íntegra citando la fuente y a la autora.'],
           must_keep=['Muchos vecinos subieron sus muebles a las azoteas y duermen en casas de familiares o en el albergue instalado en una escuela secundaria.',
                      '“Es la tercera vez que se nos mete el agua desde que llegamos a vivir aquí, pero nunca había durado tanto”, contó mientras sacaba con una cubeta el lodo de su cocina.',
                      'Personal de la Secretaría de Salud estatal aplica vacunas contra el tétanos y revisa a niñas y niños con infecciones en la piel.'])

# ---------------------------------------------------------------- bm19 bad (front matter, then only an excerpt separator)
bm19 = """---
layout: post
title: "Festival de Luz ilumina edificios del Centro Histórico"
date: 2017-11-10 19:00:00 -0600
categories: [Portada, Cultura]
author: Redacción
---

<!-- more -->

"""
write_source('bm19.md', bm19)
write_gold('bm19', family='bad',
           refusal_reason='El archivo sólo tiene encabezado (front matter) y un separador de resumen; no tiene texto de la nota.')

# ---------------------------------------------------------------- bm20 press (alcaldía release pasted into a WhatsApp group, chat export)
P = '10/11/22, {t}' + NNBSP + 'a.' + NNBSP + 'm. - '
bm20 = (P.format(t='9:40') + 'Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.\n'
        + P.format(t='9:41') + 'Comunicación Social Tlalpan: <Multimedia omitido>\n'
        + P.format(t='9:42') + """Comunicación Social Tlalpan: *ALCALDÍA TLALPAN*
*Dirección General de Comunicación Social*
Boletín 318/2022

*Instalan 12 puntos de vacunación antirrábica gratuita en pueblos de Tlalpan*

Ciudad de México, 10 de noviembre de 2022.- La Alcaldía Tlalpan instalará a partir del próximo lunes 12 puntos de vacunación antirrábica gratuita para perros y gatos en los pueblos de San Miguel Topilejo, San Pedro Mártir, Parres El Guarda, San Miguel Ajusco y Santo Tomás Ajusco, como parte de la Jornada de Salud Animal de otoño.

La meta es aplicar 9 mil dosis en dos semanas. Las brigadas estarán integradas por personal veterinario de la alcaldía y de la Secretaría de Salud capitalina, que también darán información sobre esterilización y cuidado responsable de animales de compañía.

Los puntos de vacunación funcionarán de lunes a sábado de 9:00 a 15:00 horas en las explanadas de las coordinaciones territoriales y en algunos mercados. Sólo se vacunará a perros y gatos mayores de un mes; los cachorros deberán ir acompañados de una persona adulta.
""" + P.format(t='9:43') + """Comunicación Social Tlalpan: La titular de la Dirección de Salud de la alcaldía, médica veterinaria Yadira Anzures Molina, explicó que en los pueblos de montaña hay muchos perros sin dueño que conviven con los animales de las familias, por lo que la vacunación anual es indispensable para prevenir la rabia.

Además, se instalarán módulos de registro para el programa de esterilización gratuita, que se realizará en enero en la clínica veterinaria de la alcaldía. Las personas interesadas deberán llevar una identificación oficial y un comprobante de domicilio.
""" + P.format(t='9:44') + """Comunicación Social Tlalpan: -oOo-
""" + P.format(t='9:51') + """Norberto Ruiz (Onda Capital): Gracias 👍
""" + P.format(t='9:55') + """Comunicación Social Tlalpan: Con gusto. Las fotos van arriba ☝️
""")
write_source('bm20.txt', bm20)
write_gold('bm20', family='press_release',
           title='Instalan 12 puntos de vacunación antirrábica gratuita en pueblos de Tlalpan',
           date='2022-11-10', source='ALCALDÍA TLALPAN',
           bulletin_number='318/2022', issuer='ALCALDÍA TLALPAN',
           dateline_city='Ciudad de México',
           body_first_words='La Alcaldía Tlalpan instalará a partir del próximo lunes 12 puntos de vacunación',
           body_last_words='una identificación oficial y un comprobante de domicilio.',
           boilerplate=['10/11/22, 9:40 a. m. - Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        '10/11/22, 9:41 a. m. - Comunicación Social Tlalpan: <Multimedia omitido>',
                        '10/11/22, 9:42 a. m. - Comunicación Social Tlalpan:',
                        'Dirección General de Comunicación Social', 'Boletín 318/2022',
                        'Ciudad de México, 10 de noviembre de 2022.-',
                        '10/11/22, 9:43 a. m. - Comunicación Social Tlalpan:',
                        '10/11/22, 9:44 a. m. - Comunicación Social Tlalpan: -oOo-',
                        '10/11/22, 9:51 a. m. - Norberto Ruiz (Onda Capital): Gracias',
                        '10/11/22, 9:55 a. m. - Comunicación Social Tlalpan: Con gusto. Las fotos van arriba'],
           must_keep=['La meta es aplicar 9 mil dosis en dos semanas.',
                      'Sólo se vacunará a perros y gatos mayores de un mes; los cachorros deberán ir acompañados de una persona adulta.',
                      'Además, se instalarán módulos de registro para el programa de esterilización gratuita, que se realizará en enero en la clínica veterinaria de la alcaldía.'])
