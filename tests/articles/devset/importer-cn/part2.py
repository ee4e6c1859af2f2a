#!/usr/bin/env python3
"""importer-cn, files 11-20."""
from common import write_source, write_gold, to_bytes, NBSP, ZWSP

# ---------------------------------------------------------------- cn11 press (teachers' union statement, dateline at the end)
cn11 = """SINDICATO INDEPENDIENTE DE TRABAJADORES DE LA EDUCACIÓN DE MORELOS
Comité Ejecutivo Estatal
Pronunciamiento SITEM/CEE/019/2013

RECHAZAMOS LOS DESCUENTOS A LOS MAESTROS QUE PARTICIPARON EN EL PARO DEL 8 DE MAYO

A LA OPINIÓN PÚBLICA
A LOS PADRES Y MADRES DE FAMILIA
A LOS MEDIOS DE COMUNICACIÓN

El Sindicato Independiente de Trabajadores de la Educación de Morelos manifiesta su rechazo a los descuentos salariales aplicados en la quincena del 15 de mayo a mil 800 trabajadores de la educación que participaron en el paro de labores del pasado 8 de mayo.

El paro se convocó de manera pública y con anticipación, en asamblea estatal, para exigir el pago de los adeudos de la prestación de fin de año que el Instituto de la Educación Básica mantiene con más de 4 mil docentes de preescolar, primaria y secundaria. Ninguna escuela quedó sin aviso a los padres de familia.

Los descuentos se aplicaron sin un procedimiento administrativo previo y sin que se notificara a las y los trabajadores afectados. En varios casos se descontaron también días en los que las maestras y los maestros estuvieron frente a grupo, lo que demuestra que las listas se elaboraron sin revisar la asistencia real.

Por lo anterior, exigimos la devolución inmediata de los descuentos, la instalación de una mesa de diálogo con las autoridades educativas del estado y el pago total de los adeudos antes del fin del ciclo escolar.

Hacemos un llamado a los padres y madres de familia a no dejarse confundir: la defensa del salario de sus maestros es también la defensa de la escuela pública de sus hijos.

Cuernavaca, Morelos, a 14 de mayo de 2013.

ATENTAMENTE
"POR UNA EDUCACIÓN PÚBLICA, GRATUITA Y LAICA"
COMITÉ EJECUTIVO ESTATAL DEL SITEM
"""
write_source('cn11.txt', cn11, eol=('alternate',))
write_gold('cn11', family='press_release',
           title='RECHAZAMOS LOS DESCUENTOS A LOS MAESTROS QUE PARTICIPARON EN EL PARO DEL 8 DE MAYO',
           date='2013-05-14',
           source='SINDICATO INDEPENDIENTE DE TRABAJADORES DE LA EDUCACIÓN DE MORELOS',
           bulletin_number='SITEM/CEE/019/2013',
           issuer='SINDICATO INDEPENDIENTE DE TRABAJADORES DE LA EDUCACIÓN DE MORELOS',
           dateline_city='Cuernavaca',
           body_first_words='El Sindicato Independiente de Trabajadores de la Educación de Morelos manifiesta',
           body_last_words='es también la defensa de la escuela pública de sus hijos.',
           boilerplate=['Comité Ejecutivo Estatal', 'Pronunciamiento SITEM/CEE/019/2013',
                        'A LA OPINIÓN PÚBLICA', 'A LOS PADRES Y MADRES DE FAMILIA',
                        'A LOS MEDIOS DE COMUNICACIÓN',
                        'Cuernavaca, Morelos, a 14 de mayo de 2013.', 'ATENTAMENTE',
                        '"POR UNA EDUCACIÓN PÚBLICA, GRATUITA Y LAICA"',
                        'COMITÉ EJECUTIVO ESTATAL DEL SITEM'],
           must_keep=['Ninguna escuela quedó sin aviso a los padres de familia.',
                      'Los descuentos se aplicaron sin un procedimiento administrativo previo y sin que se notificara a las y los trabajadores afectados.',
                      'Por lo anterior, exigimos la devolución inmediata de los descuentos, la instalación de una mesa de diálogo con las autoridades educativas del estado y el pago total de los adeudos antes del fin del ciclo escolar.'])

# ---------------------------------------------------------------- cn12 jekyll (folded title, flow author list, UTC next day)
cn12 = """---
layout: post
title: >-
  Brigadistas comunitarios sofocan incendio en el cerro
  del Tepozteco tras dos noches de trabajo
date: 2019-04-23T22:30:00-05:00
author: [Ximena Ruiz Arenas, Joel Cano Ocampo]
categories:
  - Portada
  - Medio ambiente
tags: [incendios, Tepoztlán, Corredor Biológico Chichinautzin]
site_name: Eco de Tepoztlán
comments: true
---

Después de dos noches de trabajo, las brigadas comunitarias de Tepoztlán, Santo Domingo Ocotitlán y Amatlán lograron controlar el incendio forestal que desde el domingo afectaba las laderas del cerro del Tepozteco, dentro del Parque Nacional El Tepozteco.

Según el recuento de los brigadistas, el fuego consumió alrededor de 120 hectáreas de pastizal, encino y matorral. No hubo personas lesionadas ni viviendas afectadas, aunque las familias de los barrios de San José y La Santísima pasaron la noche del lunes con las mochilas listas.

Los comuneros subieron con azadones, rastrillos y mochilas aspersoras a zonas donde no pueden entrar los vehículos. Un helicóptero del gobierno del estado hizo descargas de agua el lunes por la tarde, pero la mayor parte del trabajo se hizo a pie, abriendo brechas cortafuego entre las rocas.

"Aquí el cerro es de todos, por eso subimos todos", dijo Lorenzo Barragán, integrante de la brigada de Amatlán, mientras bajaba con la cara cubierta de ceniza.

Las autoridades comunales pidieron a los visitantes no encender fogatas ni tirar colillas en los senderos, y anunciaron que el acceso a la pirámide permanecerá cerrado al menos una semana mientras se revisan las zonas afectadas.

Es el tercer incendio en el Corredor Biológico Chichinautzin en lo que va de la temporada de estiaje.
"""
write_source('cn12.md', cn12)
write_gold('cn12', family='jekyll',
           title='Brigadistas comunitarios sofocan incendio en el cerro del Tepozteco tras dos noches de trabajo',
           date='2019-04-23', bylines=['Ximena Ruiz Arenas', 'Joel Cano Ocampo'],
           source='Eco de Tepoztlán', section='Medio ambiente', placement=['Portada'],
           body_first_words='Después de dos noches de trabajo, las brigadas comunitarias de Tepoztlán',
           body_last_words='en lo que va de la temporada de estiaje.',
           must_keep=['No hubo personas lesionadas ni viviendas afectadas, aunque las familias de los barrios de San José y La Santísima pasaron la noche del lunes con las mochilas listas.',
                      '"Aquí el cerro es de todos, por eso subimos todos", dijo Lorenzo Barragán, integrante de la brigada de Amatlán, mientras bajaba con la cara cubierta de ceniza.',
                      'Es el tercer incendio en el Corredor Biológico Chichinautzin en lo que va de la temporada de estiaje.'])

# ---------------------------------------------------------------- cn13 wire (outlet's post pasted from a social network)
cn13 = """Noticias Tierra Caliente
14 de febrero de 2024 a las 18:32 · 🌎

🔴 #ÚltimaHora | Productores de mango bloquean la carretera federal 51 en Ciudad Altamirano por los bajos precios

📍 Ciudad Altamirano, Gro.

Alrededor de 300 productores de mango de los municipios de Pungarabato, Cutzamala de Pinzón y Tlapehuala bloquean desde las 16:00 horas la carretera federal 51, a la altura del puente sobre el río Cutzamala, para exigir un precio de garantía para la fruta.

Los productores explicaron que los acopiadores que compran el mango para llevarlo a la Central de Abasto de la Ciudad de México les ofrecen entre dos y tres pesos por kilo, cuando el costo de producción supera los cinco pesos. "Así ya no sale ni para el fertilizante", dijo uno de los manifestantes.

La fila de vehículos varados supera los dos kilómetros en ambos sentidos. Los manifestantes permiten el paso de ambulancias y de personas enfermas, pero no el de camiones de carga.

Un representante del gobierno estatal llegó al lugar alrededor de las 17:30 horas y ofreció instalar una mesa de trabajo el próximo lunes en Chilpancingo. Los productores respondieron que no levantarán el bloqueo hasta que acuda personal de la Secretaría de Agricultura federal.

La temporada de mango de Tierra Caliente comenzó a principios de febrero y es la principal fuente de ingresos de cientos de familias de la región.

Les mantendremos informados. 📲

📸 Cortesía

#TierraCaliente #Guerrero #Mango #Altamirano

Ver traducción
👍😮😡 1.2 mil · 214 comentarios · 389 veces compartido
Me gusta   Comentar   Compartir
Más relevantes
Rosa Elvia Huerta: Que les paguen lo justo, el campo se está muriendo 😢
Responder · 2 h
Juan Carlos Benítez: y los que venimos de Morelia qué, llevamos 2 horas aquí parados
Responder · 1 h
"""
write_source('cn13.txt', cn13)
write_gold('cn13', family='wire',
           title='Productores de mango bloquean la carretera federal 51 en Ciudad Altamirano por los bajos precios',
           date='2024-02-14', bylines=[], source='Noticias Tierra Caliente',
           body_first_words='Alrededor de 300 productores de mango de los municipios de Pungarabato',
           body_last_words='principal fuente de ingresos de cientos de familias de la región.',
           boilerplate=['#ÚltimaHora', '📍 Ciudad Altamirano, Gro.', 'Les mantendremos informados.',
                        '📸 Cortesía', '#TierraCaliente #Guerrero #Mango #Altamirano', 'Ver traducción',
                        '1.2 mil · 214 comentarios · 389 veces compartido',
                        'Me gusta   Comentar   Compartir', 'Más relevantes',
                        'Rosa Elvia Huerta: Que les paguen lo justo, el campo se está muriendo',
                        'Juan Carlos Benítez: y los que venimos de Morelia qué, llevamos 2 horas aquí parados'],
           must_keep=['"Así ya no sale ni para el fertilizante", dijo uno de los manifestantes.',
                      'Los manifestantes permiten el paso de ambulancias y de personas enfermas, pero no el de camiones de carga.',
                      'Los productores respondieron que no levantarán el bloqueo hasta que acuda personal de la Secretaría de Agricultura federal.'],
           photo_credit='Cortesía')

# ---------------------------------------------------------------- cn14 jekyll (quoted "false", quoted date, desk author)
cn14 = """---
layout: nota
title: "Vecinos de Metepec defienden los últimos ahuehuetes del barrio de Santiaguito"
date: "2021-03-08"
published: "false"
author: Redacción Voces
sitio: Voces del Valle de Toluca
etiquetas:
  - Metepec
  - árboles
  - patrimonio
---

Vecinos del barrio de Santiaguito, en Metepec, montan guardia desde el viernes junto a un grupo de siete ahuehuetes centenarios que, según denuncian, serían derribados para ampliar la calle que lleva al nuevo fraccionamiento de la zona.

Los árboles crecen a la orilla de un antiguo canal de riego que durante décadas abasteció a las huertas del barrio. Los más viejos, dicen los cronistas locales, podrían tener más de 300 años.

Los vecinos aseguran que nadie les informó del proyecto y que se enteraron cuando llegaron trabajadores con motosierras a marcar los troncos. "Esos árboles estaban aquí antes que las casas, antes que la iglesia nueva y antes que todos nosotros", dijo Guadalupe Mejía Salazar, quien organizó las guardias.

La dirección municipal de medio ambiente informó que no ha otorgado ningún permiso de derribo y que enviará inspectores para revisar la obra. La empresa constructora no respondió a las solicitudes de entrevista.

Especialistas de la universidad estatal recordaron que el ahuehuete es el árbol nacional y que su tala está restringida. Propusieron que el trazo de la calle se modifique para rodear el grupo de árboles.

Los vecinos convocaron a una asamblea el próximo domingo en el atrio de la capilla del barrio.
"""
write_source('cn14.md', cn14)
write_gold('cn14', family='jekyll',
           title='Vecinos de Metepec defienden los últimos ahuehuetes del barrio de Santiaguito',
           date='2021-03-08', published=False, bylines=[], source='Voces del Valle de Toluca',
           body_first_words='Vecinos del barrio de Santiaguito, en Metepec, montan guardia',
           body_last_words='en el atrio de la capilla del barrio.',
           must_keep=['Los más viejos, dicen los cronistas locales, podrían tener más de 300 años.',
                      'La empresa constructora no respondió a las solicitudes de entrevista.',
                      'Propusieron que el trazo de la calle se modifique para rodear el grupo de árboles.'])

# ---------------------------------------------------------------- cn15 generic (classic Mac text, CR, ISO-8859-15)
cn15 = """El domingo de las ofrendas nuevas en Ocotepec

En Ocotepec, al norte de Cuernavaca, las casas donde murió alguien durante el año abren sus puertas la noche del 1 de noviembre. Afuera se enciende una veladora o se cuelga un foco, y esa luz basta para que cualquier visitante sepa que ahí se levantó una ofrenda nueva y que puede entrar.

Adentro, sobre una mesa cubierta con manteles bordados, se arma con ropa, sombrero y zapatos un cuerpo que representa al difunto. La cabeza es una calaverita de azúcar; alrededor hay pan, frutas, mole, tamales, cigarros y lo que más le gustaba en vida. A quien llega con una vela se le invita un plato de comida y una taza de café con piquete.

Los vecinos mayores recuerdan que antes la costumbre era sólo del pueblo y que las visitas eran entre compadres. Desde hace unos años llegan también familias de Cuernavaca, estudiantes y turistas, y algunas casas reciben a más de mil personas en una sola noche.

La ayudantía del pueblo pide a los visitantes que no tomen fotografías sin permiso, que no se lleven nada de la ofrenda y que dejen la vela encendida antes de salir. Es un gesto pequeño, pero para las familias significa que su difunto fue acompañado.

Al día siguiente, en el panteón, las tumbas amanecen cubiertas de cempasúchil y los músicos tocan hasta la tarde.
"""
write_source('cn15.txt', cn15, enc='iso8859_15', eol='cr')
write_gold('cn15', family='generic',
           title='El domingo de las ofrendas nuevas en Ocotepec',
           body_first_words='En Ocotepec, al norte de Cuernavaca, las casas donde murió alguien',
           body_last_words='y los músicos tocan hasta la tarde.',
           must_keep=['Afuera se enciende una veladora o se cuelga un foco, y esa luz basta para que cualquier visitante sepa que ahí se levantó una ofrenda nueva y que puede entrar.',
                      'A quien llega con una vela se le invita un plato de comida y una taza de café con piquete.',
                      'Es un gesto pequeño, pero para las familias significa que su difunto fue acompañado.'])

# ---------------------------------------------------------------- cn16 wire (sports stringer's slugged copy, Latin-1)
cn16 = """SLUG: DEP-ZIHUA-VOLEIPLAYA
MEDIO: Semanario Costa Grande
SECCIÓN: Deportes
CORRESPONSAL: Abel Guinto Salmerón (Zihuatanejo)
FECHA DE PUBLICACIÓN: domingo 26/08/2012
EXTENSIÓN: 2,900 caracteres
CABEZA: Dupla de Zihuatanejo gana el estatal de voleibol de playa
BALAZO: Vence 2-0 a Acapulco en la final
TEXTO:

La pareja formada por Yareli Pino Mendiola y Daniela Soberanis Radilla se coronó el sábado en el Campeonato Estatal de Voleibol de Playa, al vencer en la final a la dupla de Acapulco por 21-17 y 21-18, en la cancha instalada en la playa Principal de Zihuatanejo.

Las zihuatanejenses, que entrenan juntas desde la secundaria, no perdieron un solo set en todo el torneo. En semifinales eliminaron a las representantes de Iguala y en cuartos de final a las de Taxco.

La final se jugó con el sol de frente y con la marea alta, que redujo la cancha a la mitad del espacio de calentamiento. Más de 400 aficionados siguieron el partido desde la arena y desde las lanchas de los pescadores.

En la rama varonil el título fue para Chilpancingo, que derrotó en tres sets a la dupla de Tecpan de Galeana. Los equipos locales se quedaron en el cuarto lugar.

Con el triunfo, Pino y Soberanis representarán a Guerrero en el regional que se jugará en octubre en Manzanillo. Su entrenador, Julio César Ávila, dijo que buscarán apoyo del ayuntamiento para cubrir el viaje, porque hasta ahora las jugadoras han pagado de su bolsa uniformes y balones.

FOTOS: 3, van por correo aparte. Crédito: Abel Guinto Salmerón
NOTA PARA LA MESA: el nombre del entrenador ya está confirmado. Si falta espacio se puede cortar el penúltimo párrafo.
"""
write_source('cn16.txt', cn16, enc='latin-1', eol='crlf')
write_gold('cn16', family='wire',
           title='Dupla de Zihuatanejo gana el estatal de voleibol de playa',
           date='2012-08-26', bylines=['Abel Guinto Salmerón'], source='Semanario Costa Grande',
           section='Deportes',
           body_first_words='La pareja formada por Yareli Pino Mendiola y Daniela Soberanis Radilla',
           body_last_words='han pagado de su bolsa uniformes y balones.',
           boilerplate=['SLUG: DEP-ZIHUA-VOLEIPLAYA', 'EXTENSIÓN: 2,900 caracteres',
                        'BALAZO: Vence 2-0 a Acapulco en la final', 'TEXTO:',
                        'FOTOS: 3, van por correo aparte. Crédito: Abel Guinto Salmerón',
                        'NOTA PARA LA MESA: el nombre del entrenador ya está confirmado. Si falta espacio se puede cortar el penúltimo párrafo.'],
           must_keep=['Las zihuatanejenses, que entrenan juntas desde la secundaria, no perdieron un solo set en todo el torneo.',
                      'En la rama varonil el título fue para Chilpancingo, que derrotó en tres sets a la dupla de Tecpan de Galeana.',
                      'Los equipos locales se quedaron en el cuarto lugar.'],
           photo_credit='Abel Guinto Salmerón')

# ---------------------------------------------------------------- cn17 press (federal road agency traffic notice, Markdown table)
cn17 = """GOBIERNO DE MÉXICO | SECRETARÍA DE COMUNICACIONES Y TRANSPORTES
CAMINOS Y PUENTES FEDERALES DE INGRESOS Y SERVICIOS CONEXOS
Gerencia de Tramo Iguala-Chilpancingo

AVISO A USUARIOS No. CAPUFE-GRO/AU/112/2017

# Cierres parciales en el puente Mezcala de la Autopista del Sol del 3 al 7 de abril

Chilpancingo, Gro., 30 de marzo de 2017.- Caminos y Puentes Federales (CAPUFE) informa a las personas usuarias de la Autopista del Sol México-Acapulco que, del lunes 3 al viernes 7 de abril, se realizarán trabajos de mantenimiento a las juntas de dilatación del puente Mezcala, por lo que habrá cierres parciales de circulación.

Los trabajos se harán en horario nocturno para no afectar el aforo de la Semana Santa, que se espera a partir del viernes 7 por la tarde. Durante los cierres se habilitará un solo carril por sentido, con bandereros y señalamiento luminoso.

| Día | Horario | Sentido | Tramo |
|---|---|---|---|
| Lunes 3 y martes 4 | 22:00 a 06:00 | México-Acapulco | km 222 al 224 |
| Miércoles 5 y jueves 6 | 22:00 a 06:00 | Acapulco-México | km 224 al 222 |
| Viernes 7 | 00:00 a 05:00 | Ambos | km 222 al 224 |

Se recomienda a las personas usuarias planear su viaje, respetar los límites de velocidad y atender en todo momento las indicaciones del personal en el tramo. Los vehículos de carga de doble remolque deberán circular por la carpeta central.

En caso de lluvia, los trabajos se suspenderán y se reprogramarán para la semana siguiente a la Semana Santa. CAPUFE dará aviso oportuno de cualquier cambio en el calendario.

El puente Mezcala, de 891 metros de longitud, es una de las estructuras más altas de la red carretera del país, y recibe en temporada vacacional más de 20 mil vehículos al día.

- - -

Centro de Atención a Usuarios: 800 555 0427 (sin costo)
Correo: atencion.gro@capufe-tramos.example.mx
X: @CapufeTramoGroEj
"""
write_source('cn17.md', cn17, eol='crlf')
write_gold('cn17', family='press_release',
           title='Cierres parciales en el puente Mezcala de la Autopista del Sol del 3 al 7 de abril',
           date='2017-03-30',
           source='CAMINOS Y PUENTES FEDERALES DE INGRESOS Y SERVICIOS CONEXOS',
           bulletin_number='CAPUFE-GRO/AU/112/2017',
           issuer='CAMINOS Y PUENTES FEDERALES DE INGRESOS Y SERVICIOS CONEXOS',
           dateline_city='Chilpancingo',
           body_first_words='Caminos y Puentes Federales (CAPUFE) informa a las personas usuarias',
           body_last_words='más de 20 mil vehículos al día.',
           boilerplate=['GOBIERNO DE MÉXICO | SECRETARÍA DE COMUNICACIONES Y TRANSPORTES',
                        'Gerencia de Tramo Iguala-Chilpancingo',
                        'AVISO A USUARIOS No. CAPUFE-GRO/AU/112/2017',
                        'Chilpancingo, Gro., 30 de marzo de 2017.-', '- - -',
                        'Centro de Atención a Usuarios: 800 555 0427 (sin costo)',
                        'Correo: atencion.gro@capufe-tramos.example.mx', 'X: @CapufeTramoGroEj'],
           must_keep=['Durante los cierres se habilitará un solo carril por sentido, con bandereros y señalamiento luminoso.',
                      'Los vehículos de carga de doble remolque deberán circular por la carpeta central.',
                      'CAPUFE dará aviso oportuno de cualquier cambio en el calendario.'])

# ---------------------------------------------------------------- cn18 jekyll (BOM + CRLF, Spanish keys, credit under an image)
cn18 = """---
titulo: "Xochicalco celebra 25 años como Patrimonio de la Humanidad con un festival de luz y sonido"
fecha: 2024-07-19
autor: Concepción Vargas Ayala
categoria: Cultura
sitio: Tinta Sureña
etiquetas: [Xochicalco, Miacatlán, patrimonio]
---

La zona arqueológica de Xochicalco, en el municipio de Miacatlán, abrirá sus puertas por la noche durante los fines de semana de agosto con un espectáculo de luz y sonido que recorre la historia de la ciudad que dominó el occidente de Morelos entre los años 650 y 900.

![La Pirámide de las Serpientes Emplumadas](/img/2024/xochicalco-serpientes.jpg)
*Foto: Cortesía INAH Morelos*

El recorrido comienza en la Plaza Principal y termina frente a la Pirámide de las Serpientes Emplumadas, cuyos relieves se iluminarán con proyecciones que muestran cómo pudieron verse pintados de colores. La narración se hará en español y en náhuatl.

El director del sitio, arqueólogo Salvador Ocampo Beltrán, explicó que el espectáculo se diseñó para no dañar los monumentos: las luces son de baja temperatura y los visitantes caminarán sólo por los andadores ya existentes. "Queremos que la gente de Morelos vuelva a Xochicalco, que no sea sólo un lugar para turistas extranjeros", dijo.

Las funciones serán los viernes y sábados a las 20:00 horas, con un cupo de 300 personas por noche. Los boletos se venderán en la taquilla del museo de sitio y en las oficinas de turismo de Cuernavaca.

Los habitantes de Miacatlán y de los municipios vecinos tendrán entrada libre los viernes presentando su credencial para votar.
"""
write_source('cn18.md', cn18, eol='crlf', bom=True)
write_gold('cn18', family='jekyll',
           title='Xochicalco celebra 25 años como Patrimonio de la Humanidad con un festival de luz y sonido',
           date='2024-07-19', bylines=['Concepción Vargas Ayala'], source='Tinta Sureña',
           section='Cultura',
           body_first_words='La zona arqueológica de Xochicalco, en el municipio de Miacatlán',
           body_last_words='presentando su credencial para votar.',
           boilerplate=['*Foto: Cortesía INAH Morelos*'],
           must_keep=['La narración se hará en español y en náhuatl.',
                      'Las funciones serán los viernes y sábados a las 20:00 horas, con un cupo de 300 personas por noche.',
                      '"Queremos que la gente de Morelos vuelva a Xochicalco, que no sea sólo un lugar para turistas extranjeros", dijo.'],
           photo_credit='Cortesía INAH Morelos')

# ---------------------------------------------------------------- cn19 generic (setext H1, numbered list)
cn19 = """Taxco en dos días: un recorrido a pie por la ciudad de la plata
==============================================================

Taxco se recorre a pie o no se recorre. Las calles empedradas suben y bajan entre casas blancas de tejas rojas, y los coches que se atreven a entrar avanzan más despacio que quien camina. Lo mejor es dejar el auto en el hotel y usar los taxis blancos sólo para volver de las partes altas.

Para un fin de semana, este es un orden posible:

1. Empezar temprano en la Plaza Borda, antes de que lleguen los autobuses de excursión, y entrar a la parroquia de Santa Prisca, con su fachada de cantera rosa y sus retablos dorados.
2. Bajar por la calle de las platerías hasta el mercado, donde se come barato y se consiguen jumiles en temporada.
3. Subir en el teleférico al cerro del Atachi por la tarde para ver la ciudad completa.
4. El segundo día, visitar el Museo Guillermo Spratling y algún taller de platería donde se pueda ver el trabajo de los artesanos.

Conviene saber que muchos comercios cierran temprano entre semana y que los domingos el centro se llena de visitantes de la Ciudad de México y de Cuernavaca.

Quien quiera comprar plata debe buscar el sello .925 y pedir siempre una nota. Los precios se regatean, pero con respeto: detrás de cada pieza hay horas de trabajo.

El clima es templado casi todo el año, aunque en las noches de diciembre y enero hace frío. Un suéter ligero y zapatos cómodos con buena suela son indispensables para las subidas.
"""
write_source('cn19.md', cn19)
write_gold('cn19', family='generic',
           title='Taxco en dos días: un recorrido a pie por la ciudad de la plata',
           body_first_words='Taxco se recorre a pie o no se recorre.',
           body_last_words='son indispensables para las subidas.',
           must_keep=['Lo mejor es dejar el auto en el hotel y usar los taxis blancos sólo para volver de las partes altas.',
                      'Quien quiera comprar plata debe buscar el sello .925 y pedir siempre una nota.',
                      'Subir en el teleférico al cerro del Atachi por la tarde para ver la ciudad completa.'])

# ---------------------------------------------------------------- cn20 wire (agency teletype, 7-bit ASCII)
cn20 = """ZCZC
ANAM0214 4 0412 R
EDOMEX-LERMA 06-09 1/1 0301
ANAM - Agencia Noticiosa del Altiplano Mexiquense - Servicio Estatal

=DESBORDA EL LERMA EN SAN MATEO ATENCO; 800 VIVIENDAS BAJO EL AGUA=

SAN MATEO ATENCO, MEX., 6 DE SEPTIEMBRE (ANAM).- Unas 800 viviendas de los barrios de San Miguel, La Magdalena y Guadalupe resultaron inundadas esta madrugada, luego de que el rio Lerma rebaso su bordo en un tramo de 40 metros, a la altura del puente de la carretera a Santa Maria, informo la unidad municipal de Proteccion Civil.

El agua alcanzo hasta un metro de altura en las calles cercanas al rio. Los vecinos sacaron muebles, colchones y zapatos de sus talleres, ya que en la zona se concentra buena parte de la produccion de calzado del municipio.

Elementos del Ejercito y de la policia estatal instalaron dos albergues en escuelas primarias, donde pasaron la noche 230 personas. La Comision Nacional del Agua envio maquinaria para cerrar el boquete con costales de arena y piedra.

El presidente municipal, Hilario Serrano Jardon, dijo que el bordo fue reforzado el ano pasado, pero que las lluvias de la ultima semana rebasaron la capacidad del cauce. Pidio al gobierno del estado declarar la zona en emergencia para acceder a recursos federales.

Los comerciantes del mercado de calzado calcularon perdidas por mas de dos millones de pesos. Segun Proteccion Civil, el nivel del rio comenzo a bajar alrededor de las 10:00 horas, aunque se esperan nuevas lluvias para la noche.

-0-
ANAM/JRM/lgc 06-09-2000 18:42
NNNN
"""
write_source('cn20.txt', cn20, enc='ascii', eol='crlf')
write_gold('cn20', family='wire',
           title='DESBORDA EL LERMA EN SAN MATEO ATENCO; 800 VIVIENDAS BAJO EL AGUA',
           date='2000-09-06', bylines=[], source='Agencia Noticiosa del Altiplano Mexiquense',
           body_first_words='Unas 800 viviendas de los barrios de San Miguel',
           body_last_words='aunque se esperan nuevas lluvias para la noche.',
           boilerplate=['ZCZC', 'ANAM0214 4 0412 R', 'EDOMEX-LERMA 06-09 1/1 0301',
                        'SAN MATEO ATENCO, MEX., 6 DE SEPTIEMBRE (ANAM).-', '-0-',
                        'ANAM/JRM/lgc 06-09-2000 18:42', 'NNNN'],
           must_keep=['El agua alcanzo hasta un metro de altura en las calles cercanas al rio.',
                      'La Comision Nacional del Agua envio maquinaria para cerrar el boquete con costales de arena y piedra.',
                      'Pidio al gobierno del estado declarar la zona en emergencia para acceder a recursos federales.'])
