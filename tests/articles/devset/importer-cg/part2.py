#!/usr/bin/env python3
"""importer-cg, files 11-20."""
from common import write_source, write_gold, to_bytes, NBSP

# ---------------------------------------------------------------- cg11 jekyll (Montaña de Guerrero site, Spanish keys, translations list)
cg11 = """---
plantilla: nota
idioma: es
titulo: Parteras de la Montaña reciben su primera certificación oficial
fecha: 5 de octubre de 2022
autora: Yolanda Cantú Morales
seccion: Salud
etiquetas:
  - Tlapa
  - parteras
  - salud materna
traducciones:
  - idioma: en
    titulo: Midwives of the Montaña receive their first official certification
    url: /en/parteras-montana-certificacion/
  - idioma: tlp
    url: /tlp/parteras-montana-certificacion/
sitio: Ecos de la Montaña
---

Veintiséis parteras tradicionales de los municipios de Tlapa, Metlatónoc, Cochoapa el Grande y Atlamajalcingo del Monte recibieron este miércoles en Tlapa de Comonfort la constancia que las reconoce como agentes comunitarias de salud, después de un año de capacitación compartida con médicos y enfermeras del hospital de la región.

La mayoría de ellas habla mixteco o tlapaneco y ha atendido partos durante más de veinte años en comunidades donde la clínica más cercana está a varias horas de camino. Con la constancia podrán referir a las mujeres embarazadas al hospital con un formato oficial y recibir material de curación cada tres meses.

Doña Florentina Morales Villanueva, de 64 años, contó que en su vida ha recibido a más de trescientos niños. “Antes nos regañaban en la clínica por atender en la casa; ahora nos piden que vengamos a enseñar”, dijo al recibir su documento.

La capacitación incluyó el reconocimiento de señales de alarma, como la presión alta y el sangrado, y también sesiones en las que las parteras enseñaron al personal médico sus técnicas de masaje y de acomodo del bebé.

Organizaciones de derechos humanos de la región recordaron que la Montaña tiene una de las tasas de muerte materna más altas del país, y pidieron que el programa se extienda a los demás municipios y que incluya un pago mensual para las parteras.
"""
write_source('cg11.md', cg11, eol='crlf')
write_gold('cg11', family='jekyll',
           title='Parteras de la Montaña reciben su primera certificación oficial',
           date='2022-10-05', bylines=['Yolanda Cantú Morales'], source='Ecos de la Montaña',
           section='Salud',
           body_first_words='Veintiséis parteras tradicionales de los municipios de Tlapa',
           body_last_words='y que incluya un pago mensual para las parteras.',
           must_keep=['Con la constancia podrán referir a las mujeres embarazadas al hospital con un formato oficial y recibir material de curación cada tres meses.',
                      '“Antes nos regañaban en la clínica por atender en la casa; ahora nos piden que vengamos a enseñar”, dijo al recibir su documento.',
                      'La capacitación incluyó el reconocimiento de señales de alarma, como la presión alta y el sangrado,'])

# ---------------------------------------------------------------- cg12 wire (freelance story exported from Notion, outlet in properties)
cg12 = """# Desplazados de Chenalhó regresan a sus parcelas tras acuerdo entre ejidos

Medio: Agencia Sureste Informa
Autor: Baltazar Gómez Hernández
Fecha de publicación: 12 de julio de 2022
Sección: Chiapas
Estado: Publicada
Pago: Pendiente
Fotos: https://www.notion.example.mx/Desplazados-fotos-7f3a

---

Unas 140 familias tsotsiles que hace dos años salieron de sus casas en el municipio de Chenalhó, en los Altos de Chiapas, comenzaron a regresar a sus parcelas luego de que las autoridades ejidales de las comunidades en conflicto firmaron un acuerdo de no agresión ante representantes del gobierno estatal.

El conflicto comenzó por la disputa de unas 60 hectáreas de tierra en los límites entre dos ejidos. Durante ese tiempo, las familias vivieron en un campamento improvisado en la cabecera municipal, con apoyo de organizaciones religiosas y de la Cruz Roja.

El acuerdo establece que la superficie en disputa se dividirá en partes iguales y que un comité integrado por ambas comunidades vigilará el cumplimiento. También prevé que el gobierno estatal repare las viviendas dañadas y entregue semilla de maíz y frijol para el próximo ciclo.

María Pérez Santiz, una de las mujeres que regresó el fin de semana, dijo que encontró su casa sin techo y la milpa perdida. “Vamos a empezar otra vez, pero ya en nuestra tierra”, dijo en tsotsil, con la traducción de una promotora comunitaria.

Las organizaciones que acompañaron a los desplazados pidieron que se mantenga una presencia de observadores civiles durante los próximos meses, para evitar que se repitan los enfrentamientos.

> Nota para la mesa: confirmar con la fiscalía el número de carpetas abiertas.
"""
write_source('cg12.md', cg12)
write_gold('cg12', family='wire',
           title='Desplazados de Chenalhó regresan a sus parcelas tras acuerdo entre ejidos',
           date='2022-07-12', bylines=['Baltazar Gómez Hernández'], source='Agencia Sureste Informa',
           section='Chiapas',
           body_first_words='Unas 140 familias tsotsiles que hace dos años salieron de sus casas',
           body_last_words='para evitar que se repitan los enfrentamientos.',
           boilerplate=['Medio: Agencia Sureste Informa', 'Autor: Baltazar Gómez Hernández',
                        'Fecha de publicación: 12 de julio de 2022', 'Sección: Chiapas',
                        'Estado: Publicada', 'Pago: Pendiente',
                        'Fotos: https://www.notion.example.mx/Desplazados-fotos-7f3a',
                        'Nota para la mesa: confirmar con la fiscalía el número de carpetas abiertas.'],
           must_keep=['El conflicto comenzó por la disputa de unas 60 hectáreas de tierra en los límites entre dos ejidos.',
                      '“Vamos a empezar otra vez, pero ya en nuestra tierra”, dijo en tsotsil, con la traducción de una promotora comunitaria.',
                      'También prevé que el gobierno estatal repare las viviendas dañadas y entregue semilla de maíz y frijol para el próximo ciclo.'])

# ---------------------------------------------------------------- cg13 press (CAPASEG, PDF-to-text with page break)
cg13 = """                        GOBIERNO DEL ESTADO DE GUERRERO
         COMISIÓN DE AGUA POTABLE, ALCANTARILLADO Y SANEAMIENTO
                          DEL ESTADO DE GUERRERO
                      Unidad de Comunicación Social

                                              COMUNICADO CAPASEG/UCS/088/2021

Chilpancingo de los Bravo, Gro., 27 de abril de 2021

Restablecen el suministro de agua en 38 colonias de Chilpancingo tras
reparar el acueducto Acahuizotla

La Comisión de Agua Potable, Alcantarillado y Saneamiento del Estado de Gue-
rrero informó que quedó restablecido el suministro de agua en 38 colonias de
la capital, luego de que cuadrillas trabajaron durante tres días para reparar
una fuga en la línea de conducción del sistema Acahuizotla.
La fuga se localizó en un tramo de tubería de acero de 24 pulgadas a la altura
del kilómetro 9, en una zona de barranca de difícil acceso. Para repararla fue
necesario suspender el bombeo y vaciar la línea.
Durante la suspensión, la dependencia envió pipas a escuelas, centros de salud
y colonias de la parte alta de la ciudad, que son las últimas en recibir el agua

  Av. Juárez s/n, Col. Centro, Chilpancingo, Gro. · Tel. 747 555 0134        Página 1 de 2
\f                        GOBIERNO DEL ESTADO DE GUERRERO
         COMISIÓN DE AGUA POTABLE, ALCANTARILLADO Y SANEAMIENTO
                          DEL ESTADO DE GUERRERO

cuando se reanuda el servicio.
El director técnico del organismo, ingeniero Efrén Catalán Nava, explicó que la
tubería tiene más de treinta años de servicio y presenta desgaste en varios tra-
mos, por lo que se gestionan recursos federales para sustituir cuatro kilómetros
de la línea durante este año.
La Comisión pidió a la población hacer un uso responsable del agua durante la
temporada de estiaje, almacenarla en recipientes tapados y reportar cualquier
fuga en la vía pública al número de atención ciudadana.
El organismo estima que la presión se normalizará por completo en las próximas
48 horas, conforme se llenen los tanques de distribución de las colonias altas.

                                     -o0o-

  Av. Juárez s/n, Col. Centro, Chilpancingo, Gro. · Tel. 747 555 0134        Página 2 de 2
"""
write_source('cg13.txt', cg13)
write_gold('cg13', family='press_release',
           title='Restablecen el suministro de agua en 38 colonias de Chilpancingo tras reparar el acueducto Acahuizotla',
           date='2021-04-27',
           source='COMISIÓN DE AGUA POTABLE, ALCANTARILLADO Y SANEAMIENTO DEL ESTADO DE GUERRERO',
           bulletin_number='CAPASEG/UCS/088/2021',
           issuer='COMISIÓN DE AGUA POTABLE, ALCANTARILLADO Y SANEAMIENTO DEL ESTADO DE GUERRERO',
           dateline_city='Chilpancingo de los Bravo',
           body_first_words='La Comisión de Agua Potable, Alcantarillado y Saneamiento del Estado de Gue',
           body_last_words='conforme se llenen los tanques de distribución de las colonias altas.',
           boilerplate=['Unidad de Comunicación Social', 'COMUNICADO CAPASEG/UCS/088/2021',
                        'Chilpancingo de los Bravo, Gro., 27 de abril de 2021',
                        'Av. Juárez s/n, Col. Centro, Chilpancingo, Gro. · Tel. 747 555 0134',
                        'Página 1 de 2', 'GOBIERNO DEL ESTADO DE GUERRERO', 'DEL ESTADO DE GUERRERO',
                        'COMISIÓN DE AGUA POTABLE, ALCANTARILLADO Y SANEAMIENTO', '-o0o-', 'Página 2 de 2'],
           must_keep=['necesario suspender el bombeo y vaciar la línea.',
                      'y colonias de la parte alta de la ciudad, que son las últimas en recibir el agua',
                      'cuando se reanuda el servicio.'])

# ---------------------------------------------------------------- cg14 press (Gobierno de Chiapas, 1997, Mac Roman with CR line ends)
cg14 = """GOBIERNO DEL ESTADO DE CHIAPAS
COORDINACIÓN DE COMUNICACIÓN SOCIAL
Palacio de Gobierno, 1er. piso, Tuxtla Gutiérrez, Chiapas
Teléfonos 555-12-40 y 555-12-41   Fax 555-12-49

BOLETÍN No. 0412

Tuxtla Gutiérrez, Chis., a 18 de noviembre de 1997.

INAUGURAN LA FERIA DEL CAFÉ DEL SOCONUSCO EN TAPACHULA CON 80 EXPOSITORES

Con la participación de 80 expositores de organizaciones cafetaleras, beneficios y tostadores de la región, quedó inaugurada en Tapachula la Feria del Café del Soconusco, que se realizará del 18 al 23 de noviembre en el recinto ferial de la ciudad.

En la ceremonia inaugural, el secretario de Desarrollo Rural del Gobierno del Estado, licenciado Arturo Pimentel Coutiño, destacó que Chiapas es el primer productor de café del país y que la mayor parte de la cosecha proviene de pequeños productores con menos de cinco hectáreas.

Durante la feria se realizarán catas, conferencias sobre el control de la broca y un concurso de calidad en el que participan 46 muestras de café de altura de los municipios de Unión Juárez, Cacahoatán, Tuxtla Chico y Motozintla. Los ganadores podrán presentar su café en una exposición internacional en Guatemala el próximo año.

El funcionario informó que este año se entregaron créditos a la palabra a más de 12 mil productores para la renovación de cafetales, y que se instalarán dos laboratorios de análisis de suelos en la región.

La entrada a la feria es gratuita. El programa incluye un festival de marimba y una muestra gastronómica con platillos tradicionales del Soconusco.

— 30 —
"""
write_source('cg14.txt', cg14, enc='mac_roman', eol='cr')
write_gold('cg14', family='press_release',
           title='INAUGURAN LA FERIA DEL CAFÉ DEL SOCONUSCO EN TAPACHULA CON 80 EXPOSITORES',
           date='1997-11-18', source='GOBIERNO DEL ESTADO DE CHIAPAS',
           bulletin_number='0412', issuer='GOBIERNO DEL ESTADO DE CHIAPAS',
           dateline_city='Tuxtla Gutiérrez',
           body_first_words='Con la participación de 80 expositores de organizaciones cafetaleras',
           body_last_words='una muestra gastronómica con platillos tradicionales del Soconusco.',
           boilerplate=['COORDINACIÓN DE COMUNICACIÓN SOCIAL',
                        'Palacio de Gobierno, 1er. piso, Tuxtla Gutiérrez, Chiapas',
                        'Teléfonos 555-12-40 y 555-12-41   Fax 555-12-49', 'BOLETÍN No. 0412',
                        'Tuxtla Gutiérrez, Chis., a 18 de noviembre de 1997.', '— 30 —'],
           must_keep=['Los ganadores podrán presentar su café en una exposición internacional en Guatemala el próximo año.',
                      'La entrada a la feria es gratuita.',
                      'destacó que Chiapas es el primer productor de café del país y que la mayor parte de la cosecha proviene de pequeños productores con menos de cinco hectáreas.'])

# ---------------------------------------------------------------- cg15 press (Zinacantán, Spanish with Tsotsil, ISO-8859-15)
cg15 = """H. AYUNTAMIENTO MUNICIPAL DE ZINACANTÁN, CHIAPAS
2021-2024
UNIDAD DE COMUNICACIÓN SOCIAL - JTUNEL TA SKOTOL LUM
Boletín 018/2022

Abren centro de acopio para floricultores de Nachij y Navenchauc

Zinacantán, Chiapas; a 9 de febrero de 2022.- El Ayuntamiento Municipal de Zinacantán inauguró el nuevo centro de acopio de flor en el paraje Nachij, donde las familias floricultoras podrán almacenar, empacar y vender su producción sin depender de intermediarios.

El centro cuenta con una cámara de refrigeración con capacidad para 12 mil ramos, un área de empaque y una oficina de venta que enlazará a las productoras con florerías de Tuxtla Gutiérrez, Villahermosa y la Ciudad de México. La obra tuvo una inversión de 4.3 millones de pesos del fondo de infraestructura municipal.

En Zinacantán, más de tres mil familias cultivan crisantemos, claveles y gladiolas en invernaderos familiares. Las mujeres, que en su mayoría se encargan del corte y del empaque, serán las responsables de administrar el centro a través de una cooperativa.

Durante la inauguración, la presidenta de la cooperativa, Petrona Pérez Hernández, habló primero en bats'i k'op y después en español. "Kolavalik, ja' jech ta xkuxet ko'ontik", dijo, y explicó que significa que el centro les da alivio porque ya no tendrán que vender la flor el mismo día del corte, aunque el precio sea bajo.

El Ayuntamiento informó que en la segunda etapa se instalará un sistema de captación de agua de lluvia para abastecer a los invernaderos durante la temporada de secas.

-oOo-

Unidad de Comunicación Social
Tel. 967 555 0188 / comunicacion@zinacantan-ayto.example.mx
"""
write_source('cg15.txt', cg15, enc='iso-8859-15', eol='crlf')
write_gold('cg15', family='press_release',
           title='Abren centro de acopio para floricultores de Nachij y Navenchauc',
           date='2022-02-09', source='H. AYUNTAMIENTO MUNICIPAL DE ZINACANTÁN, CHIAPAS',
           bulletin_number='018/2022', issuer='H. AYUNTAMIENTO MUNICIPAL DE ZINACANTÁN, CHIAPAS',
           dateline_city='Zinacantán',
           body_first_words='El Ayuntamiento Municipal de Zinacantán inauguró el nuevo centro de acopio',
           body_last_words='para abastecer a los invernaderos durante la temporada de secas.',
           boilerplate=['2021-2024', 'UNIDAD DE COMUNICACIÓN SOCIAL - JTUNEL TA SKOTOL LUM', 'Boletín 018/2022',
                        'Zinacantán, Chiapas; a 9 de febrero de 2022.-', '-oOo-',
                        'Tel. 967 555 0188 / comunicacion@zinacantan-ayto.example.mx'],
           must_keep=['En Zinacantán, más de tres mil familias cultivan crisantemos, claveles y gladiolas en invernaderos familiares.',
                      '"Kolavalik, ja\' jech ta xkuxet ko\'ontik", dijo,',
                      'La obra tuvo una inversión de 4.3 millones de pesos del fondo de infraestructura municipal.'])

# ---------------------------------------------------------------- cg16 jekyll (Medium export converted with medium-2-md)
cg16 = """---
title: Los cafetaleros del Soconusco apuestan por variedades resistentes a la roya
description: >-
  Ocho años después de la peor epidemia de roya, las cooperativas de la sierra
  de Tapachula cambian sus cafetales.
date: '2021-03-03T18:22:41.512Z'
categories: []
keywords: []
slug: /@flor.zamudio/los-cafetaleros-del-soconusco-apuestan-por-variedades-resistentes-a-la-roya-3c9a1e2f
---

### Los cafetaleros del Soconusco apuestan por variedades resistentes a la roya

#### Ocho años después de la peor epidemia de roya, las cooperativas de la sierra de Tapachula cambian sus cafetales.

![](https://cdn-images.medium.example.mx/max/800/1*cafetal-soconusco.jpeg)

En las fincas de la sierra de Tapachula todavía se ven los troncos secos de los cafetos que mató la roya en 2013. Aquella epidemia se llevó más de la mitad de la cosecha en algunas comunidades y obligó a cientos de jóvenes a migrar a Tijuana y a Estados Unidos.

Ocho años después, las cooperativas de la región han renovado cerca del 40 por ciento de sus plantaciones con variedades que resisten mejor al hongo. El cambio no ha sido sencillo: las plantas nuevas tardan tres años en dar fruto, y durante ese tiempo las familias tienen que vivir de otra cosa.

Eliseo Ramírez Velázquez, socio de una cooperativa de Unión Juárez, sembró dos hectáreas con plantas nuevas en 2018. “El primer año no cosechamos nada y el segundo muy poquito. Ahora ya estamos sacando lo mismo que antes de la roya”, dice mientras muestra las ramas cargadas de cereza roja.

* * *

Los técnicos de las cooperativas advierten que las variedades resistentes no son una solución definitiva. El hongo cambia con el tiempo, y el calor de los últimos años ha hecho que aparezca en fincas cada vez más altas, donde antes no llegaba.

Por eso algunas organizaciones combinan la renovación con más sombra, abonos orgánicos y podas frecuentes. Otras han empezado a diversificar con cacao, pimienta y miel para no depender de un solo cultivo.

By [Flor Zamudio Aké](https://medium.example.mx/@flor.zamudio) on [March 3, 2021](https://medium.example.mx/p/3c9a1e2f).

[Canonical link](https://medium.example.mx/@flor.zamudio/los-cafetaleros-del-soconusco-3c9a1e2f)

Exported from [Medium](https://medium.example.mx) on May 2, 2023.
"""
write_source('cg16.md', cg16)
write_gold('cg16', family='jekyll',
           title='Los cafetaleros del Soconusco apuestan por variedades resistentes a la roya',
           date='2021-03-03', bylines=['Flor Zamudio Aké'], source=None, section=None,
           body_first_words='En las fincas de la sierra de Tapachula todavía se ven los troncos secos',
           body_last_words='con cacao, pimienta y miel para no depender de un solo cultivo.',
           boilerplate=['Ocho años después de la peor epidemia de roya, las cooperativas de la sierra de Tapachula cambian sus cafetales.',
                        'By [Flor Zamudio Aké](https://medium.example.mx/@flor.zamudio) on [March 3, 2021](https://medium.example.mx/p/3c9a1e2f).',
                        '[Canonical link](https://medium.example.mx/@flor.zamudio/los-cafetaleros-del-soconusco-3c9a1e2f)',
                        'Exported from [Medium](https://medium.example.mx) on May 2, 2023.'],
           must_keep=['Aquella epidemia se llevó más de la mitad de la cosecha en algunas comunidades y obligó a cientos de jóvenes a migrar a Tijuana y a Estados Unidos.',
                      '“El primer año no cosechamos nada y el segundo muy poquito. Ahora ya estamos sacando lo mismo que antes de la roya”, dice mientras muestra las ramas cargadas de cereza roja.',
                      'El hongo cambia con el tiempo, y el calor de los últimos años ha hecho que aparezca en fincas cada vez más altas, donde antes no llegaba.'])

# ---------------------------------------------------------------- cg17 generic (UTF-16 BE, plain chronicle)
cg17 = """Noche de velas en Tehuantepec

La vela de mayo empieza mucho antes de la noche. Desde la mañana, en el barrio de San Blas, las mujeres preparan el guiso en ollas de barro y los hombres levantan la enramada con palos y hojas de palma en una calle que el municipio cierra al tránsito por dos días.

La mayordoma de este año es una maestra jubilada que ahorró durante cinco años para pagar la banda, la cerveza y los regalos. Explica que nadie la obligó: en su familia, dice, siempre alguien ha recibido el cargo, y a ella le tocaba.

A las nueve de la noche llegan las invitadas con sus trajes de enagua y huipil bordado, y los hombres con guayabera blanca. Cada quien entrega en la mesa de la entrada un cartón de cerveza o un sobre con dinero, y una muchacha anota todo en un cuaderno, porque el próximo año habrá que devolver la cooperación.

La banda toca sones istmeños hasta la madrugada. Los más viejos bailan La Sandunga con los ojos cerrados, como si estuvieran solos en la calle, y los niños corren entre las mesas recogiendo las corcholatas del suelo.

Al amanecer la calle queda llena de confeti y de vasos. La mayordoma ya está pensando en el recorrido del día siguiente, cuando las mujeres desfilarán en carretas adornadas y lanzarán frutas a la gente que mira desde las banquetas.
"""
write_source('cg17.txt', cg17, enc='utf-16-be', bom=True)
write_gold('cg17', family='generic',
           title='Noche de velas en Tehuantepec',
           body_first_words='La vela de mayo empieza mucho antes de la noche.',
           body_last_words='a la gente que mira desde las banquetas.',
           must_keep=['Explica que nadie la obligó: en su familia, dice, siempre alguien ha recibido el cargo, y a ella le tocaba.',
                      'La banda toca sones istmeños hasta la madrugada.',
                      'Al amanecer la calle queda llena de confeti y de vasos.'])

# ---------------------------------------------------------------- cg18 wire (national daily web, Chiapas correspondent, copy-paste)
cg18 = """Inicio » Estados » Chiapas

ESTADOS

Migrantes varados en Tapachula forman caravana para caminar hacia el centro del país

Los participantes denuncian demoras de meses en sus trámites de refugio

Por Jacinto Solís Mandujano | Corresponsal
El Nacional de Hoy
30 de octubre de 2021 | 08:15 hrs

Compartir
Facebook
X
WhatsApp
Copiar enlace

Foto: Archivo / El Nacional de Hoy

TAPACHULA, Chis.- Alrededor de 2 mil personas migrantes, la mayoría de Centroamérica, Haití y Venezuela, salieron la madrugada de este sábado del parque Miguel Hidalgo de Tapachula para caminar hacia el centro del país, cansadas de esperar durante meses la resolución de sus solicitudes de refugio.

El contingente avanzó por la carretera costera con dirección a Huixtla, escoltado por agentes de migración y de la Guardia Nacional que no intentaron detenerlo. Entre los participantes había familias con niños pequeños y personas en silla de ruedas. Lee también: Aumentan 60% las solicitudes de refugio en la frontera sur A mitad del camino, voluntarios de organizaciones civiles repartieron agua y suero oral.

Yorleni, una mujer hondureña que viaja con sus dos hijas, dijo que llegó a Tapachula en mayo y que desde entonces sólo ha podido trabajar lavando ropa. “Aquí no nos dejan salir y tampoco nos dan papeles; mejor caminamos”, contó.

Las autoridades migratorias informaron que ofrecieron a los integrantes de la caravana trasladarlos a otros estados para continuar sus trámites, pero la mayoría rechazó la propuesta por desconfianza.

Organizaciones defensoras de derechos humanos pidieron a las autoridades garantizar la integridad de los caminantes y acelerar los procesos de regularización, que en algunos casos llevan más de un año detenidos.

Con información de agencias

Te recomendamos
Gobierno de Chiapas presenta plan de atención a la temporada de lluvias
Suben precios del transporte en Tuxtla Gutiérrez

Recibe las noticias más importantes en tu correo. ¡Suscríbete a nuestro newsletter!
"""
write_source('cg18.txt', cg18, enc='cp1252', eol='crlf')
write_gold('cg18', family='wire',
           title='Migrantes varados en Tapachula forman caravana para caminar hacia el centro del país',
           date='2021-10-30', bylines=['Jacinto Solís Mandujano'], source='El Nacional de Hoy',
           section='Estados',
           body_first_words='Alrededor de 2 mil personas migrantes, la mayoría de Centroamérica',
           body_last_words='en algunos casos llevan más de un año detenidos.',
           boilerplate=['Compartir', 'Copiar enlace', 'Foto: Archivo / El Nacional de Hoy', 'TAPACHULA, Chis.-',
                        'Lee también: Aumentan 60% las solicitudes de refugio en la frontera sur',
                        'Con información de agencias', 'Te recomendamos',
                        'Gobierno de Chiapas presenta plan de atención a la temporada de lluvias',
                        'Suben precios del transporte en Tuxtla Gutiérrez',
                        'Recibe las noticias más importantes en tu correo. ¡Suscríbete a nuestro newsletter!'],
           must_keep=['Entre los participantes había familias con niños pequeños y personas en silla de ruedas.',
                      'A mitad del camino, voluntarios de organizaciones civiles repartieron agua y suero oral.',
                      '“Aquí no nos dejan salir y tampoco nos dan papeles; mejor caminamos”, contó.'],
           photo_credit='Archivo / El Nacional de Hoy')

# ---------------------------------------------------------------- cg19 jekyll (Obsidian vault note with properties; title only as # heading)
cg19 = """---
aliases:
  - meliponas Tenejapa
tags:
  - chiapas/altos
  - abejas
  - enviado
date: 2023-02-14
autor: "[[Matías Gordillo Ruiz]]"
medio: Revista Sur Profundo
seccion: Medio ambiente
publish: true
cssclasses:
  - nota-larga
---
# Las abejas sin aguijón vuelven a los patios de Tenejapa

> [!info] Estado
> Enviada a edición el 14/02/2023. Fotos en [[Carpeta fotos Tenejapa]].

En los patios de las casas de [[Tenejapa]], en los Altos de Chiapas, vuelven a verse los troncos huecos y las ollas de barro donde viven las abejas meliponas, una especie sin aguijón que los pueblos mayas crían desde hace siglos y que estuvo a punto de desaparecer de la región.

Un grupo de 35 familias tseltales empezó hace cuatro años a rescatar las colonias que quedaban en el monte y a dividirlas para repartirlas entre sus vecinos. Hoy cuidan alrededor de 400 colmenas, y cada una produce apenas un litro de miel al año.

La miel de melipona es más líquida y ácida que la de la abeja europea, y en las comunidades se usa sobre todo como remedio para los ojos, la tos y las heridas. Por eso se vende a un precio hasta diez veces mayor.

Juana López Girón, una de las promotoras del proyecto, explica que las abejas también son importantes para el café y los frutales. “Donde hay meliponas, los árboles cargan más”, dice mientras abre con cuidado una olla sellada con lodo.

El grupo recibe asesoría de investigadores de [[El Colegio de la Frontera Sur]], que estudian cómo los cambios en el bosque y el uso de agroquímicos afectan a las colonias. Las familias ya prohibieron fumigar cerca de los patios donde están las colmenas.

---
Relacionado: [[Cooperativas de miel en Chiapas]] · [[Fuentes - Tenejapa]]
"""
write_source('cg19.md', cg19, bom=True)
write_gold('cg19', family='jekyll',
           title='Las abejas sin aguijón vuelven a los patios de Tenejapa',
           date='2023-02-14', bylines=['Matías Gordillo Ruiz'], source='Revista Sur Profundo',
           section='Medio ambiente',
           body_first_words='En los patios de las casas de',
           body_last_words='prohibieron fumigar cerca de los patios donde están las colmenas.',
           boilerplate=['[!info] Estado', 'Enviada a edición el 14/02/2023. Fotos en [[Carpeta fotos Tenejapa]].',
                        'Relacionado: [[Cooperativas de miel en Chiapas]] · [[Fuentes - Tenejapa]]'],
           must_keep=['Hoy cuidan alrededor de 400 colmenas, y cada una produce apenas un litro de miel al año.',
                      '“Donde hay meliponas, los árboles cargan más”, dice mientras abre con cuidado una olla sellada con lodo.',
                      'Por eso se vende a un precio hasta diez veces mayor.'])

# ---------------------------------------------------------------- cg20 bad (saved HTML page: navigation only)
cg20 = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Radio Voces del Río Verde 92.7 FM | Jamiltepec, Oaxaca</title>
<link rel="stylesheet" href="Radio%20Voces_files/style.css">
<script src="Radio%20Voces_files/jquery.min.js"></script>
</head>
<body class="home blog">
<header id="masthead">
  <a class="logo" href="https://vocesriover.example.mx/"><img src="Radio%20Voces_files/logo.png" alt="Radio Voces del Río Verde"></a>
  <nav id="site-navigation">
    <ul class="menu">
      <li><a href="https://vocesriover.example.mx/">Inicio</a></li>
      <li><a href="https://vocesriover.example.mx/noticias/">Noticias</a></li>
      <li><a href="https://vocesriover.example.mx/programacion/">Programación</a></li>
      <li><a href="https://vocesriover.example.mx/en-vivo/">Escúchanos en vivo</a></li>
      <li><a href="https://vocesriover.example.mx/quienes-somos/">Quiénes somos</a></li>
      <li><a href="https://vocesriover.example.mx/contacto/">Contacto</a></li>
    </ul>
  </nav>
</header>
<div id="content"><div class="loading">Cargando…</div></div>
<footer>
  <ul class="social"><li><a href="#">Facebook</a></li><li><a href="#">WhatsApp</a></li></ul>
  <p>© 2020 Radio Voces del Río Verde. Todos los derechos reservados.</p>
</footer>
<script src="Radio%20Voces_files/app.js"></script>
</body>
</html>
"""
write_source('cg20.html', cg20)
write_gold('cg20', family='bad',
           refusal_reason='Es una página HTML guardada que sólo contiene menús de navegación y pie de página; no hay artículo que importar.')
