#!/usr/bin/env python3
"""importer-ch, files 21-30."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- ch21 jekyll (university gazette site, kramdown IALs, Gto.)
ch21 = """---
layout: gaceta
title: Científicos del campus Celaya obtienen frijol resistente a la sequía
date: 2017-09-14
gaceta_numero: 214
section: Investigación
autores: ["Mónica Paz Elizondo", "Jesús Aranda Cuevas"]
sitio: Gaceta del Campus Celaya
tags: [frijol, sequía, agronomía]
---

Después de siete años de cruzas y pruebas en campo, un equipo de investigadores del campus Celaya obtuvo dos variedades de frijol pinto que producen una cosecha aceptable con apenas la mitad del agua que necesitan las variedades comerciales.
{: .lead}

Las nuevas líneas se probaron en parcelas de temporal de Apaseo el Grande, Jerécuaro y Tarimoro, donde en los últimos años las lluvias han llegado tarde o se han interrumpido en plena floración. En los ciclos más secos, las variedades experimentales rindieron hasta 900 kilos por hectárea, mientras que las comerciales apenas superaron los 400.

El coordinador del proyecto, el doctor Abraham Nieto Guzmán, explicó que el secreto está en la raíz. Las plantas seleccionadas desarrollan raíces más profundas en las primeras semanas y cierran antes sus estomas cuando falta humedad, con lo que pierden menos agua.

> Los productores de temporal no pueden esperar a que llueva como antes. Necesitan semillas que aguanten.
{: .cita}

El siguiente paso es registrar las variedades ante las autoridades de semillas para que puedan multiplicarse y venderse. Mientras tanto, quince productores de la región sembrarán este año parcelas demostrativas con semilla entregada por la universidad.

Los investigadores también estudian la calidad de cocción del grano, porque un frijol que tarda demasiado en cocerse difícilmente será aceptado por las amas de casa y los comerciantes, por muy resistente que sea a la sequía.
"""
write_source('ch21.md', ch21)
write_gold('ch21', family='jekyll',
           title='Científicos del campus Celaya obtienen frijol resistente a la sequía',
           date='2017-09-14', bylines=['Mónica Paz Elizondo', 'Jesús Aranda Cuevas'],
           source='Gaceta del Campus Celaya', section='Investigación',
           body_first_words='Después de siete años de cruzas y pruebas en campo',
           body_last_words='por muy resistente que sea a la sequía.',
           must_keep=['En los ciclos más secos, las variedades experimentales rindieron hasta 900 kilos por hectárea, mientras que las comerciales apenas superaron los 400.',
                      'Los productores de temporal no pueden esperar a que llueva como antes.',
                      'Mientras tanto, quince productores de la región sembrarán este año parcelas demostrativas con semilla entregada por la universidad.'])

# ---------------------------------------------------------------- ch22 wire (PDF-to-text of a printed page, hyphenation, form feed, Mich.)
ch22 = """La Voz del Valle · Zamora, Mich. · Martes 9 de julio de 2013 · Región 7A

REGIÓN

Zamora pierde hectáreas de fresa frente a las
zarzamoras de invernadero

Por Javier Ochoa Magaña

Los campos de fresa que durante décadas dieron
fama al valle de Zamora ceden terreno a los macro-
túneles de zarzamora y frambuesa, cultivos que
dejan más ganancia a los productores y que hoy
ocupan buena parte de las tierras de riego entre
Zamora, Jacona y Tangancícuaro.

Según los registros de la asociación local de pro-
ductores, la superficie de fresa pasó de unas 5 mil
hectáreas a principios de la década a menos de 3 mil
este año. En el mismo periodo, las berries de inver-
nadero crecieron hasta cubrir más de 4 mil hectáreas.

El cambio se nota en el paisaje. Donde antes había
surcos abiertos ahora se levantan estructuras de
plástico blanco que se ven desde la carretera a
Guadalajara. Las empresas que exportan la zarzamora
rentan las parcelas a los ejidatarios por periodos
de cinco a diez años.
\f
8A · La Voz del Valle · Martes 9 de julio de 2013

Viene de la 7A

Para los jornaleros, el cambio ha traído trabajo
durante más meses del año. Para los productores pe-
queños de fresa, en cambio, la competencia por el
agua y por la mano de obra se ha vuelto más dura.

Rogelio Mendoza Zavala, fresero de la tenencia de
Ario de Rayón, dice que ya no encuentra quién le
corte. "Las empresas pagan por semana y con seguro,
y uno no puede competir con eso", explica.

Los especialistas advierten que la expansión de los
invernaderos también aumenta la extracción de los
pozos del valle. La asociación de productores pidió
a las autoridades un estudio sobre la disponibilidad
de agua antes de autorizar nuevos permisos.
"""
write_source('ch22.txt', ch22)
write_gold('ch22', family='wire',
           title='Zamora pierde hectáreas de fresa frente a las zarzamoras de invernadero',
           date='2013-07-09', bylines=['Javier Ochoa Magaña'], source='La Voz del Valle',
           section='Región',
           body_first_words='Los campos de fresa que durante décadas dieron fama al valle de Zamora',
           body_last_words='antes de autorizar nuevos permisos.',
           boilerplate=['8A · La Voz del Valle · Martes 9 de julio de 2013', 'Viene de la 7A'],
           must_keep=['El cambio se nota en el paisaje.',
                      'Para los jornaleros, el cambio ha traído trabajo durante más meses del año.',
                      '"Las empresas pagan por semana y con seguro, y uno no puede competir con eso", explica.'])

# ---------------------------------------------------------------- ch23 press (state congress, PDF-to-text letterhead with page footer, Ags.)
ch23 = """H. CONGRESO DEL ESTADO DE AGUASCALIENTES
LXIII LEGISLATURA
Coordinación de Comunicación Social
Comunicado 071/2017

Aprueban reforma para sancionar el maltrato animal en Aguascalientes

Aguascalientes, Ags., 23 de marzo de 2017.- El Pleno del Congreso del Estado aprobó por unanimidad una reforma al Código Penal que establece penas de seis meses a dos años de prisión y multas para quien cometa actos de maltrato o crueldad contra animales domésticos, que podrán aumentar hasta en una mitad cuando el animal muera.

La iniciativa fue presentada el año pasado por la Comisión de Medio Ambiente y recoge propuestas de asociaciones protectoras de animales, médicos veterinarios y de la Procuraduría Estatal de Protección al Ambiente. La reforma también obliga a los municipios a contar con un registro de denuncias.

Durante la discusión, la presidenta de la comisión, diputada Norma Luévano Esparza, señaló que en el estado se reciben cada año cientos de reportes de perros abandonados en azoteas y lotes baldíos sin agua ni alimento.
\f
Plaza de la Patria Oriente 109, Zona Centro, Aguascalientes, Ags. · Tel. 449 555 0712 · Página 1 de 2
\f
H. CONGRESO DEL ESTADO DE AGUASCALIENTES · Comunicado 071/2017 · Página 2 de 2

"No se trata sólo de castigar; se trata de que la gente sepa que un animal no es un objeto", afirmó durante su intervención en tribuna.

Las nuevas disposiciones excluyen de las sanciones a las actividades reguladas por otras leyes, como la ganadería, la charrería y los espectáculos autorizados. Los diputados acordaron revisar ese punto en una mesa de trabajo con los sectores involucrados.

La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.

-o0o-
"""
write_source('ch23.txt', ch23, eol='crlf')
write_gold('ch23', family='press_release',
           title='Aprueban reforma para sancionar el maltrato animal en Aguascalientes',
           date='2017-03-23', source='H. CONGRESO DEL ESTADO DE AGUASCALIENTES',
           bulletin_number='071/2017', issuer='H. CONGRESO DEL ESTADO DE AGUASCALIENTES',
           dateline_city='Aguascalientes',
           body_first_words='El Pleno del Congreso del Estado aprobó por unanimidad una reforma',
           body_last_words='en el Periódico Oficial del Estado.',
           boilerplate=['LXIII LEGISLATURA', 'Coordinación de Comunicación Social', 'Comunicado 071/2017',
                        'Aguascalientes, Ags., 23 de marzo de 2017.-',
                        'Plaza de la Patria Oriente 109, Zona Centro, Aguascalientes, Ags. · Tel. 449 555 0712 · Página 1 de 2',
                        'H. CONGRESO DEL ESTADO DE AGUASCALIENTES · Comunicado 071/2017 · Página 2 de 2',
                        '-o0o-'],
           must_keep=['La reforma también obliga a los municipios a contar con un registro de denuncias.',
                      '"No se trata sólo de castigar; se trata de que la gente sepa que un animal no es un objeto", afirmó durante su intervención en tribuna.',
                      'Los diputados acordaron revisar ese punto en una mesa de trabajo con los sectores involucrados.'])

# ---------------------------------------------------------------- ch24 generic (OCR of an undated print clipping)
ch24 = """LOS ALFAREROS DE TLAQUEPAQUE NO DEJAN EL BARRO

Entre el ruido de los camiones que pasan por la calle Juárez y el olor
a leña de los hornos, todavía quedan en Tlaquepaque una docena de
talleres donde el barro se trabaja como hace cien años. Son casas de
patio grande, con el torno al fondo y las piezas secándose al sol sobre
tablones.

Don Candelario Ibarra aprendió el oficio de su padre y éste del suyo. Hace
ollas, cántaros y figuras de barro bruñido que vende a las tiendas del
andador Independencia. Dice que los turistas prefieren lo decorado, pero
que a él le gusta más el barro liso, "porque ahí se ve si uno sabe o no".

— 14 —

El negocio no es fácil. La leña es cada vez más cara, y los vecinos de
las colonias nuevas se quejan del humo de los hornos. Muchos hijos de
alfareros prefieren trabajar en las fábricas de El Salto o en los
comercios del centro, donde el sueldo es seguro.

Aun así, algunos jóvenes han vuelto a los talleres. Estudiaron diseño en
Guadalajara y regresaron para hacer piezas nuevas con las técnicas de
siempre. Sus abuelos los miran con desconfianza al principio y luego con
orgullo, cuando ven que las piezas se venden.

La alfarería de Tlaquepaque ha sobrevivido a los cambios de moda, a la
loza de plástico y a las crisis. Mientras haya quien prenda el horno al
amanecer, el barro seguirá saliendo de estas calles.
"""
write_source('ch24.txt', ch24, enc='cp1252', eol='crlf')
write_gold('ch24', family='generic',
           title='LOS ALFAREROS DE TLAQUEPAQUE NO DEJAN EL BARRO',
           body_first_words='Entre el ruido de los camiones que pasan por la calle Juárez',
           body_last_words='el barro seguirá saliendo de estas calles.',
           boilerplate=['— 14 —'],
           must_keep=['Don Candelario Ibarra aprendió el oficio de su padre y éste del suyo.',
                      'La leña es cada vez más cara, y los vecinos de las colonias nuevas se quejan del humo de los hornos.',
                      'Sus abuelos los miran con desconfianza al principio y luego con orgullo, cuando ven que las piezas se venden.'])

# ---------------------------------------------------------------- ch25 jekyll (diocesan weekly site, folded title, draft, Gto.)
ch25 = """---
layout: post
title: >-
  La Diócesis de León abre un comedor para migrantes
  junto a las vías del tren
date: 2008-12-12 18:00:00 -0600
published: false
author: Teresa Muñoz Garibay
categories: [Portada]
tags: [migrantes, caridad, Pastoral Social]
site_name: Semanario La Luz del Bajío
---

La Pastoral Social de la Diócesis de León inauguró este viernes un comedor para personas migrantes a un costado de las vías del ferrocarril, en la colonia San Miguel, donde cada semana bajan del tren decenas de hombres y mujeres que viajan hacia la frontera norte.

El comedor funcionará en una bodega prestada por una familia del barrio y será atendido por voluntarios de seis parroquias de la ciudad. Ofrecerá desayuno y comida de lunes a sábado, además de ropa, medicamentos básicos y la posibilidad de hacer una llamada telefónica a sus familias.

El responsable de la Pastoral Social explicó que la idea surgió de las propias parroquias cercanas a las vías, cuyos feligreses ya daban de comer a los migrantes por su cuenta. "Lo que hacemos es organizar lo que la gente ya estaba haciendo", dijo durante la bendición del lugar.

Los voluntarios reciben capacitación sobre los derechos de las personas migrantes y sobre cómo canalizar a quienes lleguen heridos o enfermos a los servicios de salud. La diócesis también busca acuerdos con abogados para orientar a quienes hayan sido víctimas de algún delito durante el trayecto.

Quienes deseen colaborar con víveres, ropa o tiempo pueden acudir a la oficina de la Pastoral Social o a cualquiera de las parroquias participantes. Las necesidades más urgentes son frijol, arroz, aceite, cobijas y zapatos de hombre.
"""
write_source('ch25.md', ch25)
write_gold('ch25', family='jekyll',
           title='La Diócesis de León abre un comedor para migrantes junto a las vías del tren',
           date='2008-12-12', published=False, bylines=['Teresa Muñoz Garibay'],
           source='Semanario La Luz del Bajío', section=None, placement=['Portada'],
           body_first_words='La Pastoral Social de la Diócesis de León inauguró este viernes',
           body_last_words='cobijas y zapatos de hombre.',
           must_keep=['El comedor funcionará en una bodega prestada por una familia del barrio y será atendido por voluntarios de seis parroquias de la ciudad.',
                      '"Lo que hacemos es organizar lo que la gente ya estaba haciendo", dijo durante la bendición del lugar.',
                      'Las necesidades más urgentes son frijol, arroz, aceite, cobijas y zapatos de hombre.'])

# ---------------------------------------------------------------- ch26 wire (WordPress plain-text export, Gutenberg block comments, Nay.)
ch26 = """La Brecha Nayarita
==================
POST ID: 20931
TITLE: Ixtlán del Río reabre la zona arqueológica de Los Toriles tras las lluvias
AUTHOR: Mónica Villalvazo Pérez
DATE: 2019-08-03 09:40:00
CATEGORIES: Municipios, Portada
TAGS: Ixtlán del Río, INAH, arqueología
STATUS: publish
CONTENT:
<!-- wp:paragraph -->
<p>La zona arqueológica de Los Toriles, en Ixtlán del Río, volvió a abrir sus puertas al público este sábado, luego de permanecer cerrada casi tres semanas por los daños que dejaron las lluvias de julio en los caminos de acceso y en uno de los muros del sitio.</p>
<!-- /wp:paragraph -->

<!-- wp:image {"id":20944,"sizeSlug":"large"} -->
<figure class="wp-block-image size-large"><img src="https://labrechanayarita.example.mx/wp-content/uploads/2019/08/toriles.jpg" alt="" class="wp-image-20944"/><figcaption>Foto: Cortesía INAH Nayarit</figcaption></figure>
<!-- /wp:image -->

<!-- wp:paragraph -->
<p>El personal del Instituto Nacional de Antropología e Historia reforzó el talud que se deslavó junto al edificio circular, la estructura más conocida del sitio, y retiró el lodo que cubrió parte de los andadores. Los trabajos no afectaron los restos prehispánicos.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Los Toriles fue uno de los asentamientos más importantes de la región del Occidente entre los siglos VI y XII. Su edificio circular, dedicado según los especialistas al dios del viento, recibe cada año a miles de visitantes que recorren la carretera entre Tepic y Guadalajara.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p><strong>Te puede interesar:</strong> <a href="https://labrechanayarita.example.mx/2019/07/lluvias-sur-nayarit/">Lluvias dejan daños en caminos del sur de Nayarit</a></p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>Comerciantes de Ixtlán del Río dijeron que el cierre coincidió con las vacaciones de verano y afectó la venta de artesanías y de comida en la entrada del sitio. "Fueron las semanas en que más gente pasa por aquí", lamentó Guadalupe Aceves, que vende tostadas y cocadas junto al estacionamiento.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p>El horario de visita será de martes a domingo, de 9:00 a 17:00 horas. Las autoridades recomendaron a los visitantes llevar agua y sombrero, y no subir a las estructuras.</p>
<!-- /wp:paragraph -->
"""
write_source('ch26.txt', ch26, bom=True)
write_gold('ch26', family='wire',
           title='Ixtlán del Río reabre la zona arqueológica de Los Toriles tras las lluvias',
           date='2019-08-03', bylines=['Mónica Villalvazo Pérez'], source='La Brecha Nayarita',
           section='Municipios', placement=['Portada'],
           body_first_words='La zona arqueológica de Los Toriles, en Ixtlán del Río, volvió a abrir',
           body_last_words='y no subir a las estructuras.',
           boilerplate=['Foto: Cortesía INAH Nayarit', 'Te puede interesar:',
                        'Lluvias dejan daños en caminos del sur de Nayarit'],
           must_keep=['Los trabajos no afectaron los restos prehispánicos.',
                      'Los Toriles fue uno de los asentamientos más importantes de la región del Occidente entre los siglos VI y XII.',
                      '"Fueron las semanas en que más gente pasa por aquí", lamentó Guadalupe Aceves, que vende tostadas y cocadas junto al estacionamiento.'],
           photo_credit='Cortesía INAH Nayarit')

# ---------------------------------------------------------------- ch27 press (water utility 2002, letter style with the dateline at the END, ISO-8859-1)
ch27 = """SISTEMA INTERMUNICIPAL DE LOS SERVICIOS DE AGUA POTABLE Y ALCANTARILLADO
GERENCIA DE COMUNICACION SOCIAL

COMUNICADO DE PRENSA No. 58

SIAPA PIDE CUIDAR EL AGUA ANTE EL BAJO NIVEL DEL LAGO DE CHAPALA

El Sistema Intermunicipal de los Servicios de Agua Potable y Alcantarillado (SIAPA) hizo un llamado a los habitantes de la zona metropolitana de Guadalajara para reducir el consumo de agua durante las próximas semanas, ante el bajo nivel que presenta el Lago de Chapala, principal fuente de abastecimiento de la ciudad.

De acuerdo con las mediciones más recientes, el lago se encuentra a menos de una cuarta parte de su capacidad, uno de los niveles más bajos de su historia. Mientras llegan las lluvias, el organismo mantendrá el programa de tandeo en las colonias del oriente y del sur de la ciudad.

El SIAPA recomendó no lavar banquetas ni automóviles con manguera, revisar que no haya fugas en los tinacos y en los excusados, y regar los jardines sólo por la noche. También pidió a los ciudadanos reportar las fugas en la vía pública a los teléfonos del organismo, que atienden las 24 horas.

El gerente de operación, ingeniero Ramón Villaseñor Orozco, explicó que cada fuga que se repara a tiempo representa miles de litros que llegan a otra casa. "Si todos ahorramos un poco, podemos evitar cortes más largos en el estiaje", señaló.

El organismo informó que continúan los trabajos para aumentar la extracción de los pozos de Tesistán y Toluquilla, que servirán de respaldo mientras se recupera el nivel del lago.

A T E N T A M E N T E
Guadalajara, Jal., a 3 de junio de 2002
GERENCIA DE COMUNICACION SOCIAL
Tels. 33 5556 2200 y 33 5556 2201
"""
write_source('ch27.txt', ch27, enc='iso-8859-1', eol='crlf')
write_gold('ch27', family='press_release',
           title='SIAPA PIDE CUIDAR EL AGUA ANTE EL BAJO NIVEL DEL LAGO DE CHAPALA',
           date='2002-06-03',
           source='SISTEMA INTERMUNICIPAL DE LOS SERVICIOS DE AGUA POTABLE Y ALCANTARILLADO',
           bulletin_number='58',
           issuer='SISTEMA INTERMUNICIPAL DE LOS SERVICIOS DE AGUA POTABLE Y ALCANTARILLADO',
           dateline_city='Guadalajara',
           body_first_words='El Sistema Intermunicipal de los Servicios de Agua Potable y Alcantarillado (SIAPA) hizo un llamado',
           body_last_words='mientras se recupera el nivel del lago.',
           boilerplate=['GERENCIA DE COMUNICACION SOCIAL', 'COMUNICADO DE PRENSA No. 58',
                        'A T E N T A M E N T E', 'Guadalajara, Jal., a 3 de junio de 2002',
                        'Tels. 33 5556 2200 y 33 5556 2201'],
           must_keep=['Mientras llegan las lluvias, el organismo mantendrá el programa de tandeo en las colonias del oriente y del sur de la ciudad.',
                      'También pidió a los ciudadanos reportar las fugas en la vía pública a los teléfonos del organismo, que atienden las 24 horas.',
                      '"Si todos ahorramos un poco, podemos evitar cortes más largos en el estiaje", señaló.'])

# ---------------------------------------------------------------- ch28 jekyll (BOM + CRLF, dotted day-first date, <!--more-->, Jal.)
ch28 = """---
layout: post
title: 'En Amatitán, la jima se aprende desde niño'
date: 07.03.2022
author: "Rubén Camarena Ledezma"
category: Campo
tags:
  - agave
  - Amatitán
  - jimadores
site_title: Valle de Agave
excerpt_separator: <!--more-->
---

En las laderas de Amatitán, a media hora de Guadalajara, los jimadores empiezan a trabajar antes de que salga el sol. Con la coa, una herramienta de mango largo y hoja redonda, cortan las pencas del agave hasta dejar la piña limpia, lista para los hornos de las destilerías de la región.

<!--more-->

Don Maximino Partida tiene 58 años y jima desde los doce. Aprendió viendo a su padre y a sus tíos, y ahora enseña a dos de sus nietos los fines de semana. "La coa no se maneja con fuerza, se maneja con maña", dice mientras limpia una piña de más de 60 kilos en menos de cinco minutos.

El oficio se paga por tonelada, y en temporada alta un jimador experimentado puede cortar entre cuatro y cinco toneladas al día. El precio del agave, que se disparó en los últimos años, ha mejorado los ingresos de las cuadrillas, aunque el trabajo sigue siendo duro y sin prestaciones en muchos casos.

Las destilerías de la zona reconocen que cada vez es más difícil encontrar jimadores jóvenes. Algunas empresas organizaron cursos para formar a nuevas cuadrillas, y el ayuntamiento celebra cada año un concurso de jima en la plaza principal durante las fiestas del pueblo.

Para los jimadores viejos, el oficio es también una forma de conocer la tierra. Saben cuándo una planta está madura por el color de las pencas y por el tamaño del quiote cortado, y distinguen a simple vista el agave que creció en suelo rojo del que creció en suelo negro.
"""
write_source('ch28.md', ch28, eol='crlf', bom=True)
write_gold('ch28', family='jekyll',
           title='En Amatitán, la jima se aprende desde niño',
           date='2022-03-07', bylines=['Rubén Camarena Ledezma'], source='Valle de Agave',
           section='Campo',
           body_first_words='En las laderas de Amatitán, a media hora de Guadalajara',
           body_last_words='del que creció en suelo negro.',
           must_keep=['Aprendió viendo a su padre y a sus tíos, y ahora enseña a dos de sus nietos los fines de semana.',
                      'El oficio se paga por tonelada, y en temporada alta un jimador experimentado puede cortar entre cuatro y cinco toneladas al día.',
                      'Las destilerías de la zona reconocen que cada vez es más difícil encontrar jimadores jóvenes.'])

# ---------------------------------------------------------------- ch29 generic (UTF-16 BE from Notepad, byline line, Qro.)
ch29 = """La biblioteca que abre de noche en el barrio de La Cruz
Por Humberto Ledesma Ríos

Cuando cierran las tiendas de la calle Independencia, en el barrio de La Cruz, en Querétaro, se enciende una luz en una casa de cantera: es la biblioteca comunitaria que un grupo de vecinos abrió hace tres años y que atiende de siete a diez de la noche.

La idea fue de una maestra jubilada que notó que muchos jóvenes del barrio trabajaban de día y no tenían dónde estudiar por la tarde. Convenció a sus vecinos de donar libros y a la parroquia de prestar dos salones que estaban vacíos.

Hoy la biblioteca tiene más de cuatro mil volúmenes, cuatro computadoras donadas por una empresa del parque industrial y un grupo de quince voluntarios que se turnan para abrirla. Los martes hay círculo de lectura y los jueves, asesorías de matemáticas para los muchachos que preparan el examen de ingreso a la preparatoria.

Ninguno de los voluntarios cobra. Los gastos de luz y de limpieza se cubren con una rifa mensual y con la venta de libros repetidos en el tianguis del domingo.

Los usuarios más fieles son obreros que estudian la secundaria abierta y madres de familia que llegan con sus hijos después de la cena. Para muchos de ellos, dicen los voluntarios, la biblioteca es el único lugar tranquilo del día.
"""
write_source('ch29.txt', ch29, enc='utf-16-be', eol='crlf', bom=True)
write_gold('ch29', family='generic',
           title='La biblioteca que abre de noche en el barrio de La Cruz',
           bylines=['Humberto Ledesma Ríos'],
           body_first_words='Cuando cierran las tiendas de la calle Independencia',
           body_last_words='la biblioteca es el único lugar tranquilo del día.',
           must_keep=['Convenció a sus vecinos de donar libros y a la parroquia de prestar dos salones que estaban vacíos.',
                      'Ninguno de los voluntarios cobra.',
                      'Los gastos de luz y de limpieza se cubren con una rifa mensual y con la venta de libros repetidos en el tianguis del domingo.'])

# ---------------------------------------------------------------- ch30 bad (file recovered from a damaged disk: NUL bytes only)
write_source('ch30.txt', raw=b'\x00' * 4096)
write_gold('ch30', family='bad',
           refusal_reason='El archivo sólo contiene bytes nulos (recuperado de un disco dañado); no hay texto que importar.')
