#!/usr/bin/env python3
"""Files at21..at30 of the importer-at blind set."""
from common import write_source, write_gold, paras, to_bytes, NBSP, ZWSP

# ---------------------------------------------------------------- at21 wire (byline at the end)
at21_teaser = 'TE RECOMENDAMOS 👉 Cierran la playa La Audiencia por fuerte oleaje'
at21_mk1 = ('Sin ellas, decenas de familias llevan casi un mes sin ingresos.')
at21_mk2 = ('La oferta no convenció a la mayoría.')
at21_mk3 = ('Los pescadores anunciaron que, si no hay respuesta antes de fin de mes, se manifestarán '
            'frente a la delegación federal de pesca en la ciudad de Colima.')
at21 = paras(
    'El Pregón de Colima :: Manzanillo\n'
    'Sábado 6 de septiembre de 2014 | Año XXXI, núm. 11,204',
    'Sigue sin llegar el apoyo a pescadores de Manzanillo afectados por el mar de fondo',
    'Fotos: Archivo El Pregón',
    'A casi tres semanas del mar de fondo que golpeó la costa de Colima, los pescadores ribereños de '
    'Manzanillo siguen esperando el apoyo que les prometieron las autoridades estatales y federales para '
    'reparar lanchas, motores y redes dañados por el oleaje.',
    'En la playa de San Pedrito, donde se concentra la mayor parte de la flota ribereña, todavía se ven '
    'cascos partidos y motores desmontados sobre la arena. Según la cooperativa Pescadores Unidos del '
    'Pacífico, 63 embarcaciones resultaron con daños y al menos 11 quedaron inservibles. ' + at21_mk1,
    '“Nos vinieron a tomar fotos, a levantar un censo, y hasta ahí; nadie nos ha dicho cuándo ni '
    'cuánto”, reclamó Rigoberto Alcántar Sánchez, presidente de la cooperativa, quien calculó que reparar '
    'una lancha cuesta entre 15 y 40 mil pesos, según el daño, y que un motor nuevo de 75 caballos supera '
    'los 90 mil. ' + at21_teaser,
    'La Secretaría de Desarrollo Rural del estado informó que el censo de daños se envió a la comisión '
    'nacional de pesca para gestionar recursos del programa de atención a contingencias, y que la '
    'respuesta se espera en las próximas semanas. Mientras tanto, ofreció a los pescadores un apoyo '
    'temporal de empleo en la limpieza de playas, con un pago de 120 pesos por jornada.',
    at21_mk2 + ' Varios pescadores señalaron que ese pago no alcanza para mantener a una familia y que '
    'prefieren salir en las lanchas de otros compañeros, aunque tengan que repartir lo que capturan.',
    '\x08',
    'El ayuntamiento de Manzanillo, por su parte, acordó en sesión de cabildo condonar durante tres '
    'meses el pago de derechos por uso de la zona federal a las cooperativas afectadas, y habilitó un '
    'centro de acopio en la delegación de Santiago para recibir víveres.',
    at21_mk3,
    'Con información de APM',
    'Reportaje: Marisol Quintero Alcaraz',
    'Únete a nuestro grupo de Telegram: t.me/pregoncolima_ej',
) + '\n'
write_source('at21.txt', at21, eol=('mixed', 5))
write_gold(
    'at21', family='wire',
    title='Sigue sin llegar el apoyo a pescadores de Manzanillo afectados por el mar de fondo',
    date='2014-09-06', bylines=['Marisol Quintero Alcaraz'], source='El Pregón de Colima',
    section='Manzanillo',
    body_first_words='A casi tres semanas del mar de fondo',
    body_last_words='delegación federal de pesca en la ciudad de Colima.',
    boilerplate=['Año XXXI, núm. 11,204', 'Fotos: Archivo El Pregón', at21_teaser,
                 'Con información de APM', 'Reportaje: Marisol Quintero Alcaraz',
                 'Únete a nuestro grupo de Telegram: t.me/pregoncolima_ej'],
    must_keep=[at21_mk1, at21_mk2, at21_mk3],
    photo_credit='Archivo El Pregón')

# ---------------------------------------------------------------- at22 wire (key: value header, HTML leftovers)
at22_mk1 = ('La presidenta de la comisión, diputada Rebeca Lomelí Arteaga, explicó que el arsénico en el '
            'agua del valle tiene origen natural y que su concentración aumenta a medida que los pozos se '
            'perforan a mayor profundidad.')
at22_mk2 = ('Sin embargo, el estudio tomó muestras tanto a la salida de los pozos como en tomas '
            'domiciliarias, y en tres colonias el agua de la llave también superó la norma.')
at22_news = 'Suscríbete a nuestro newsletter y recibe cada mañana las noticias de Aguascalientes.'
at22 = ('Título: Detectan arsénico por encima de la norma en 11 pozos del oriente de Aguascalientes\n'
        'Autor: Paulina Esparza Romo\n'
        'Fecha: 2025-05-14 07:30\n'
        'Sección: Local\n'
        'Medio: Hidrocálido Hoy\n'
        'Etiquetas: agua, arsénico, pozos\n'
        '\n'
        '<figure><img src="/uploads/2025/05/pozo-oriente.jpg" alt="Pozo en el oriente de la ciudad">'
        '<figcaption>Foto: Especial</figcaption></figure>\n'
        '\n'
        '<p>Un muestreo realizado por un laboratorio acreditado a petición de la Comisión de Medio Ambiente '
        'del Congreso del estado detectó concentraciones de arsénico por encima del límite permitido en 11 '
        'de los 34 pozos que abastecen a colonias del oriente de la capital, entre ellas Ojocaliente, Villas '
        'de Nuestra Señora de la Asunción y Pilar Blanco.</p>\n'
        '\n'
        '<p>La norma oficial vigente fija un límite de 0.025 miligramos por litro en el agua para uso y '
        'consumo humano. En los pozos señalados, las concentraciones oscilaron entre 0.028 y '
        '0.047&nbsp;miligramos por litro, según el informe entregado el martes a los diputados de la '
        'comisión.</p>\n'
        '\n'
        '<p><strong>Lee también:</strong> <a href="/local/tandeos-40-colonias">Tandeos en 40 colonias por '
        'bajo nivel de los pozos</a>' + ZWSP + ' ' + at22_mk1 + ' “No es un problema que se vaya a resolver '
        'solo; mientras más hondo sacamos el agua, peor es su calidad”, dijo.</p>\n'
        '\n'
        '<p>El organismo operador del agua de la capital respondió en un comunicado que siete de los 11 '
        'pozos ya cuentan con plantas potabilizadoras que reducen el arsénico antes de que el agua llegue a '
        'la red, y que los cuatro restantes se mezclan con agua de otras fuentes para diluir la '
        'concentración. ' + at22_mk2 + '</p>\n'
        '\n'
        '<p>Especialistas en salud ambiental han advertido que la exposición prolongada al arsénico se '
        'relaciona con lesiones en la piel, enfermedades cardiovasculares y distintos tipos de cáncer, por '
        'lo que recomiendan no usar el agua de la llave para beber o preparar alimentos en las zonas '
        'afectadas hasta que se confirmen nuevas mediciones.</p>\n'
        '\n'
        '<p>La comisión legislativa acordó citar al director del organismo operador y pedir a la Secretaría '
        'de Salud estatal un muestreo independiente en las escuelas y centros de salud de la zona '
        'oriente.</p>\n'
        '\n'
        '<p><em>' + at22_news + '</em></p>\n')
write_source('at22.text', at22)
write_gold(
    'at22', family='wire',
    title='Detectan arsénico por encima de la norma en 11 pozos del oriente de Aguascalientes',
    date='2025-05-14', bylines=['Paulina Esparza Romo'], source='Hidrocálido Hoy', section='Local',
    body_first_words='Un muestreo realizado por un laboratorio acreditado',
    body_last_words='centros de salud de la zona oriente.',
    boilerplate=['Foto: Especial', 'Lee también:', 'Tandeos en 40 colonias por bajo nivel de los pozos',
                 'Etiquetas: agua, arsénico, pozos', at22_news],
    must_keep=[at22_mk1, at22_mk2],
    photo_credit='Especial')

# ---------------------------------------------------------------- at23 press (municipality, 2011, cp1252)
at23_mk1 = ('Pidió a la población permitir el acceso del personal, que estará identificado con gafete y '
            'uniforme.')
at23_mk2 = ('El Ayuntamiento exhortó a la ciudadanía a no tirar basura ni cacharros en lotes baldíos y a '
            'reportar los predios abandonados a la Dirección de Servicios Públicos, para que sean '
            'limpiados por el personal municipal.')
at23 = paras(
    'H. AYUNTAMIENTO CONSTITUCIONAL DE TECOMÁN\n'
    'Comunicación Social 2009-2012',
    'BOLETÍN NÚM. 087',
    'Inicia campaña de descacharrización contra el dengue en 42 colonias',
    'TECOMÁN, COL., 14 DE MARZO DE 2011.- El Ayuntamiento de Tecomán, en coordinación con la Secretaría '
    'de Salud del estado, arrancó este lunes la campaña de descacharrización 2011, con la que se prevé '
    'retirar más de 300' + NBSP + 'toneladas de cacharros y recipientes que pueden convertirse en '
    'criaderos del mosquito transmisor del dengue en 42 colonias de la cabecera municipal.',
    'El presidente municipal, profesor Rubén Delgado Montes, encabezó el banderazo de salida en la '
    'colonia Bayardo, donde recordó que en 2010 Tecomán fue uno de los municipios con más casos de dengue '
    'en el estado. “La mejor forma de prevenir es no dejar que el mosquito tenga dónde reproducirse, y '
    'eso lo hacemos entre todos, desde el patio de cada casa”, afirmó.',
    'Durante seis semanas, camiones de Servicios Públicos Municipales recorrerán las colonias según un '
    'calendario que se dará a conocer por perifoneo y en las escuelas. Los vecinos deberán sacar a la '
    'banqueta llantas, botes, cubetas, tambos, lavadoras y refrigeradores en desuso, así como cualquier '
    'objeto que pueda acumular agua.',
    'La jefa de la Jurisdicción Sanitaria, doctora Elvira Zepeda Cortés, explicó que, de manera '
    'paralela, brigadas de salud aplicarán larvicida en pilas y tinacos, y fumigarán en las manzanas '
    'donde se confirmen casos. ' + at23_mk1,
    'El regidor presidente de la Comisión de Salud, Jesús Cervantes Anguiano, informó que las llantas '
    'recolectadas se enviarán a una empresa cementera para su disposición final, con lo que se evitará '
    'que terminen en tiraderos a cielo abierto o en los canales de riego.',
    at23_mk2,
    '-- 30 --',
    'Comunicación Social Tecomán\n'
    'Tel. 01 (313) 555 40 70, ext. 15\n'
    'comsoc.tecoman@ayto.example.mx',
) + '\n'
write_source('at23.txt', at23, enc='cp1252', eol='crlf')
write_gold(
    'at23', family='press_release',
    title='Inicia campaña de descacharrización contra el dengue en 42 colonias',
    date='2011-03-14', source='H. AYUNTAMIENTO CONSTITUCIONAL DE TECOMÁN',
    bulletin_number='087', issuer='H. AYUNTAMIENTO CONSTITUCIONAL DE TECOMÁN',
    dateline_city='TECOMÁN',
    body_first_words='El Ayuntamiento de Tecomán, en coordinación con la Secretaría',
    body_last_words='para que sean limpiados por el personal municipal.',
    boilerplate=['Comunicación Social 2009-2012', 'BOLETÍN NÚM. 087', 'TECOMÁN, COL., 14 DE MARZO DE 2011.-',
                 'Comunicación Social Tecomán', 'Tel. 01 (313) 555 40 70, ext. 15',
                 'comsoc.tecoman@ayto.example.mx'],
    must_keep=[at23_mk1, at23_mk2],
)

# ---------------------------------------------------------------- at24 press (state secretariat, 2026)
at24_mk1 = ('Para dudas sobre el registro, las personas interesadas pueden escribir al correo '
            'encuentro.pirekua@secum.example.mx o comunicarse a la Dirección de Culturas Populares.')
at24_mk2 = ('Se entregarán premios de 15 mil a 40 mil pesos en cada categoría, además de la grabación '
            'profesional de las piezas ganadoras.')
at24 = paras(
    '**GOBIERNO DEL ESTADO DE MICHOACÁN**  \n'
    '**SECRETARÍA DE CULTURA**  \n'
    '**Boletín SECUM-0019/2026**',
    'Morelia, Michoacán, 11 de enero de 2026',
    '# Abren convocatoria para el Encuentro Regional de Pirekua y Son Abajeño 2026',
    '*Foto: Cortesía SECUM*',
    'La Secretaría de Cultura de Michoacán (SECUM) publicó la convocatoria para participar en el '
    'Encuentro Regional de Pirekua y Son Abajeño 2026, que se realizará del 20 al 22 de marzo en la plaza '
    'principal de Paracho y que reunirá a intérpretes, compositores y agrupaciones de las cuatro regiones '
    'purépechas del estado.',
    'Podrán inscribirse solistas, duetos, tríos y conjuntos que interpreten pirekuas inéditas o '
    'tradicionales en lengua p’urhépecha, así como orquestas y bandas de son abajeño. El registro estará '
    'abierto del 12 de enero al 20 de febrero en las casas de cultura municipales y en el portal de la '
    'dependencia.',
    'El jurado estará integrado por músicos tradicionales, investigadores y hablantes de la lengua, '
    'quienes valorarán la calidad de la interpretación, el uso de la lengua y el apego a las formas '
    'tradicionales. ' + at24_mk2,
    '“La pirekua es patrimonio vivo; nuestra tarea es que las nuevas generaciones la sigan cantando y '
    'componiendo, no solo que la escuchen en festivales”, señaló la secretaria de Cultura, maestra '
    'Rosalía Huitziméngari Sosa, durante la presentación de la convocatoria en Morelia.',
    'Como novedad, este año se abrirá una categoría infantil y juvenil para participantes de entre 8 y 17 '
    'años, con el objetivo de reconocer el trabajo de las escuelas de música comunitarias de la Meseta y '
    'de la Cañada de los Once Pueblos. Además, habrá talleres de laudería y de composición abiertos al '
    'público durante los tres días del encuentro.',
    'Las bases completas pueden consultarse en las casas de cultura y en las redes sociales de la '
    'Secretaría. ' + at24_mk1,
    'o0o',
    'Departamento de Prensa y Difusión  \n'
    'prensa@secum.example.mx · (443) 555 13 26  \n'
    'FB/IG: @CulturaMich_ej',
) + '\n'
write_source('at24.md', at24, bom=True)
write_gold(
    'at24', family='press_release',
    title='Abren convocatoria para el Encuentro Regional de Pirekua y Son Abajeño 2026',
    date='2026-01-11', source='SECRETARÍA DE CULTURA',
    bulletin_number='SECUM-0019/2026', issuer='SECRETARÍA DE CULTURA',
    dateline_city='Morelia',
    body_first_words='La Secretaría de Cultura de Michoacán (SECUM) publicó',
    body_last_words='o comunicarse a la Dirección de Culturas Populares.',
    boilerplate=['GOBIERNO DEL ESTADO DE MICHOACÁN', 'Boletín SECUM-0019/2026',
                 'Morelia, Michoacán, 11 de enero de 2026', 'Foto: Cortesía SECUM',
                 'Departamento de Prensa y Difusión', 'prensa@secum.example.mx · (443) 555 13 26',
                 'FB/IG: @CulturaMich_ej'],
    must_keep=[at24_mk1, at24_mk2],
    photo_credit='Cortesía SECUM')

# ---------------------------------------------------------------- at25 jekyll (impossible date)
at25_mk1 = ('“La planta no se muere luego, pero se atrasa; a lo mejor un año o dos más para poder '
            'jimarla, y eso es dinero que uno ya no recupera”, dijo.')
at25_mk2 = ('Los productores pidieron que se active el seguro agrícola catastrófico, aunque reconocieron '
            'que muchos predios no están asegurados.')
at25_tail = 'Lee más noticias del campo alteño en nuestra sección **Campo**.'
at25 = ('---\n'
        'layout: post\n'
        'title: "Granizada daña 1,200 hectáreas de agave en Arandas y Jesús María"\n'
        'date: 2022-02-30 08:00:00\n'
        'last_modified_at: 2022-03-02 10:15\n'
        'authors: ["Noé Villaseñor Plascencia", "Claudia Íñiguez Gallo"]\n'
        'categories:\n'
        '  - Slider\n'
        '  - Campo\n'
        'tags: agave tequila granizo\n'
        'nombre_sitio: Altos de Jalisco Hoy\n'
        '---\n\n') + paras(
    'Una granizada que cayó la tarde del domingo sobre la región de Los Altos dañó alrededor de 1,200 '
    'hectáreas de agave azul en los municipios de Arandas y Jesús María, de acuerdo con una primera '
    'estimación de las asociaciones de productores de la zona.',
    'El fenómeno duró poco más de veinte minutos, pero el granizo, del tamaño de una canica según los '
    'testigos, alcanzó a cubrir los caminos de terracería y perforó las pencas de plantas de entre tres y '
    'cinco años. En algunas parcelas de la comunidad de Santa María del Valle el suelo quedó blanco hasta '
    'el anochecer.',
    'Bernabé Hernández Orozco, productor con 40 hectáreas en la zona, explicó que las plantas jóvenes son '
    'las más afectadas porque las heridas en las pencas favorecen la entrada de hongos y bacterias. '
    + at25_mk1,
    '{% include anuncio-medio.html %}',
    'Técnicos de la Secretaría de Agricultura y Desarrollo Rural del estado recorrieron las parcelas el '
    'lunes para evaluar los daños y recomendaron aplicar fungicidas en los próximos días para evitar '
    'infecciones. ' + at25_mk2,
    'El daño llega en un momento de precios altos del agave, lo que ha llevado a varios productores a '
    'invertir en nuevas plantaciones en los últimos años. Según el consejo regional de productores, en '
    'Los Altos hay más de 80 mil hectáreas sembradas, buena parte de ellas sin ningún tipo de protección '
    'contra fenómenos climáticos.',
    'Protección Civil de Jalisco informó que la misma tormenta provocó la caída de árboles y daños en '
    'techos de lámina en Arandas, sin que se reportaran personas lesionadas.',
    at25_tail,
) + '\n'
write_source('at25.md', at25)
write_gold(
    'at25', family='jekyll',
    title='Granizada daña 1,200 hectáreas de agave en Arandas y Jesús María',
    date=None, published=True, bylines=['Noé Villaseñor Plascencia', 'Claudia Íñiguez Gallo'],
    source='Altos de Jalisco Hoy', section='Campo', placement=['Slider'],
    body_first_words='Una granizada que cayó la tarde del domingo',
    body_last_words='sin que se reportaran personas lesionadas.',
    boilerplate=['{% include anuncio-medio.html %}', at25_tail],
    must_keep=[at25_mk1, at25_mk2],
)

# ---------------------------------------------------------------- at26 jekyll (CRLF front matter, LF body)
at26_mk1 = ('Los vecinos instalaron un campamento en el camellón y anunciaron que harán guardias día y '
            'noche.')
at26_mk2 = ('Organizaciones ambientalistas de la zona metropolitana anunciaron que se sumarán a las '
            'guardias y que presentarán una denuncia ante la Procuraduría Estatal de Protección al '
            'Ambiente si se intenta reanudar la tala sin diálogo.')
at26_fm = ('---\n'
           'title: Vecinos de Santa Anita frenan tala de 300 árboles para ampliar carretera\n'
           'date: 03/11/2013\n'
           'author: "Leticia Ávalos Reynoso y Fermín Zúñiga Tello"\n'
           'categories:\n'
           '- Portada\n'
           '- Medio ambiente\n'
           'published: no\n'
           '---\n')
at26_body = '\n' + paras(
    'Alrededor de un centenar de vecinos de Santa Anita, en Tlaquepaque, impidieron el sábado que una '
    'cuadrilla de trabajadores comenzara a talar los árboles que bordean la carretera a Morelia, en el '
    'tramo donde el gobierno del estado proyecta ampliar la vialidad de cuatro a seis carriles.',
    'Los vecinos aseguran que el proyecto contempla derribar unos 300 árboles, entre fresnos, eucaliptos '
    'y mezquites, algunos de más de cincuenta años, y que nunca se les consultó. “Nos enteramos porque '
    'llegaron con motosierras y empezaron a marcar los troncos con pintura roja”, contó Ofelia Gudiño, '
    'quien vive frente a la carretera desde hace treinta años.',
    '<!-- pendiente: foto de la señora Gudiño -->',
    'Los trabajadores, que dijeron pertenecer a una empresa contratada por la secretaría estatal de '
    'infraestructura, no mostraron ningún permiso y se retiraron poco después del mediodía, cuando '
    'llegaron patrullas de la policía municipal. ' + at26_mk1,
    'La dependencia estatal informó por la tarde que la obra cuenta con una manifestación de impacto '
    'ambiental aprobada y que por cada árbol derribado se plantarán diez en otras zonas del municipio. '
    'Los vecinos respondieron que una reforestación lejos de la carretera no sustituye la sombra ni la '
    'protección contra el ruido y el polvo que dan los árboles actuales.',
    'Regidores de Tlaquepaque pidieron al gobierno estatal presentar públicamente el proyecto ejecutivo y '
    'la autorización ambiental, y propusieron revisar alternativas que permitan ampliar la carretera sin '
    'afectar la arboleda, como reducir el ancho de los carriles o aprovechar el derecho de vía del lado '
    'opuesto.',
    at26_mk2,
) + '\n'
write_source('at26.markdown', raw=to_bytes(at26_fm, eol='crlf') + to_bytes(at26_body))
write_gold(
    'at26', family='jekyll',
    title='Vecinos de Santa Anita frenan tala de 300 árboles para ampliar carretera',
    date='2013-11-03', published=False, bylines=['Leticia Ávalos Reynoso', 'Fermín Zúñiga Tello'],
    source=None, section='Medio ambiente', placement=['Portada'],
    body_first_words='Alrededor de un centenar de vecinos de Santa Anita',
    body_last_words='si se intenta reanudar la tala sin diálogo.',
    boilerplate=['<!-- pendiente: foto de la señora Gudiño -->'],
    must_keep=[at26_mk1, at26_mk2],
)

# ---------------------------------------------------------------- at27 jekyll (offset date, status: draft, ZWSP in title)
at27_mk1 = ('“Empezamos con cincuenta pesos cada una, en una lata de galletas”, recuerda Cirila Martínez '
            'Hernández, una de las fundadoras.')
at27_mk2 = ('“Aprendimos que la confianza también se cuida con papeles”, dice Cirila entre risas.')
at27_tail = 'El Tecolote Potosino se sostiene con el apoyo de sus lectores.'
at27 = ('---\n'
        'layout: single\n'
        'title: "Mujeres de la Hua' + ZWSP + 'steca levantan su propia red de cajas de ahorro"\n'
        'date: 2025-03-08 21:10:00 -06:00\n'
        'author: Tere Ponce Zavala\n'
        'categories: ["Principal", "Sociedad"]\n'
        'tags:\n'
        '  - Huasteca\n'
        '  - ahorro\n'
        '  - 8M\n'
        'status: draft\n'
        'header:\n'
        '  teaser: /images/2025/cajas-ahorro.jpg\n'
        '---\n\n') + paras(
    'En once comunidades de Tamazunchale, Xilitla y Axtla de Terrazas, más de 400 mujeres han construido '
    'en los últimos cinco años una red de cajas de ahorro comunitarias que hoy administra un fondo de casi '
    'tres millones de pesos, sin intermediarios bancarios y con reglas decididas en asamblea.',
    'La idea nació en 2020, cuando un grupo de vendedoras de café y piloncillo de la comunidad de Tlamaya '
    'decidió juntar una parte de sus ganancias semanales para prestarse entre ellas en lugar de recurrir '
    'a los prestamistas que cobraban intereses de hasta 20 por ciento mensual. ' + at27_mk1,
    'Hoy cada caja tiene su tesorera, su libro de cuentas y un comité de vigilancia que se renueva cada '
    'año. Los préstamos se otorgan a tasas de entre 2 y 3 por ciento mensual y los intereses se reparten '
    'al final del ciclo entre todas las socias, de acuerdo con lo que cada una ahorró.',
    'Con esos préstamos, muchas de ellas han comprado despulpadoras de café, han pagado la inscripción '
    'escolar de sus hijos o han enfrentado emergencias médicas sin endeudarse con desconocidos. Algunas '
    'han abierto pequeñas tiendas o talleres de bordado en sus casas.',
    'El modelo no ha estado libre de problemas. En 2023, una de las cajas perdió parte de sus ahorros por '
    'préstamos que no se pagaron, y las socias tuvieron que endurecer las reglas: ahora nadie puede pedir '
    'más del doble de lo que ha ahorrado. ' + at27_mk2,
    'Este 8 de marzo, las integrantes de la red se reunieron en Xilitla para celebrar su quinto '
    'aniversario y presentar un manual para que otras comunidades puedan replicar la experiencia. Ya hay '
    'solicitudes de grupos de mujeres de Aquismón y de la Huasteca hidalguense.',
    '{% include newsletter.html %}',
    '**¿Te gustó esta historia?** ' + at27_tail,
) + '\n'
write_source('at27.md', at27)
write_gold(
    'at27', family='jekyll',
    title='Mujeres de la Huasteca levantan su propia red de cajas de ahorro',
    date='2025-03-08', published=False, bylines=['Tere Ponce Zavala'],
    source=None, section='Sociedad', placement=['Principal'],
    body_first_words='En once comunidades de Tamazunchale, Xilitla y Axtla',
    body_last_words='de mujeres de Aquismón y de la Huasteca hidalguense.',
    boilerplate=['{% include newsletter.html %}', '¿Te gustó esta historia?', at27_tail],
    must_keep=[at27_mk1, at27_mk2],
)

# ---------------------------------------------------------------- at28 generic (tab-indented paragraphs)
at28_mk1 = ('Los domingos no trabajaba: se ponía traje y se sentaba en la misma banca a ver pasar a la '
            'gente.')
at28_mk2 = ('El ayuntamiento anunció que colocará una placa en su memoria en la esquina donde trabajó.')
at28 = paras(
    'Adiós a don Chencho, el bolero de la Plaza de Armas',
    '\tInocencio Rangel Medrano, a quien todo Aguascalientes conoció como don Chencho, murió el martes a '
    'los 87 años, en su casa del barrio de Triana. Durante más de sesenta años boleó zapatos en la misma '
    'esquina de la Plaza de Armas, frente a la catedral, con un cajón de madera que él mismo construyó en '
    '1961 y que nunca quiso cambiar.',
    '\tLlegó a la ciudad desde un rancho de Tepezalá cuando tenía catorce años. Trabajó primero como '
    'cargador en el mercado Terán y luego aprendió el oficio con un bolero del jardín de San Marcos, que '
    'le heredó la clientela cuando se retiró. Por su silla pasaron gobernadores, obispos, toreros y '
    'estudiantes; a todos les cobraba lo mismo y a todos les contaba la misma historia de la tarde en que '
    'vio torear a un famoso diestro español en la feria de 1946.',
    '\tSus clientes recuerdan que nunca usó reloj. Sabía la hora por las campanadas de catedral y por el '
    'paso de los camiones, y a las siete en punto de la tarde cerraba su cajón, aunque hubiera fila. '
    + at28_mk1,
    '\tEn los últimos años, cuando la vista ya no le ayudaba, su nieto Gilberto lo acompañaba y hacía el '
    'trabajo fino, mientras don Chencho platicaba con los clientes. “Él decía que el oficio no es dar '
    'brillo, es escuchar”, cuenta el nieto, que piensa seguir en la misma esquina.',
    '\tEl miércoles por la tarde, decenas de boleros, comerciantes y vecinos del centro acompañaron el '
    'cortejo, que dio una vuelta a la plaza antes de dirigirse al panteón de la Cruz. Sobre el cajón de '
    'madera, que quedó en su esquina, alguien dejó un ramo de flores y una lata de grasa negra.',
    '\t' + at28_mk2,
) + '\n'
write_source('at28.text', at28, eol=('mixed', 6), bom=True)
write_gold(
    'at28', family='generic',
    title='Adiós a don Chencho, el bolero de la Plaza de Armas',
    body_first_words='Inocencio Rangel Medrano, a quien todo Aguascalientes conoció',
    body_last_words='en su memoria en la esquina donde trabajó.',
    must_keep=[at28_mk1, at28_mk2],
)

# ---------------------------------------------------------------- at29 generic (CR-only, closed ATX heading)
at29_mk1 = ('La diferencia está en la paciencia.')
at29_mk2 = ('Y la de vainilla, más clara y suave, es la favorita de los niños.')
at29 = paras(
    '# La cajeta de Celaya, de la hacienda a la exportación #',
    'La cajeta es uno de los dulces más conocidos de Guanajuato, y su historia está ligada a Celaya desde '
    'el siglo XIX, cuando las familias de la región comenzaron a preparar un dulce de leche de cabra '
    'cocida con azúcar en cazos de cobre y a venderlo en pequeñas cajas de madera de tejamanil, de donde '
    'tomó su nombre.',
    'La receta básica no ha cambiado mucho: leche de cabra, o una mezcla de leche de cabra y de vaca, '
    'azúcar, una pizca de bicarbonato para evitar que la leche se corte y, según la casa, canela o '
    'vainilla. ' + at29_mk1 + ' Una cajeta bien hecha necesita entre cuatro y seis horas de cocción a '
    'fuego lento, con un meneo constante para que no se pegue al cazo.',
    'Existen tres variedades tradicionales. La cajeta quemada, de color oscuro y sabor intenso, se cuece '
    'más tiempo hasta que el azúcar se carameliza. La envinada lleva un chorro de vino o de jerez al final '
    'de la cocción. ' + at29_mk2,
    'Durante buena parte del siglo XX, la producción fue casi artesanal y se vendía en la estación del '
    'ferrocarril, donde los viajeros compraban las cajitas de madera como recuerdo. Con el tiempo '
    'surgieron fábricas más grandes que la envasaron en frascos de vidrio y la llevaron a todo el país.',
    'Hoy la cajeta se exporta a Estados Unidos, Canadá y algunos países de Europa, sobre todo para el '
    'mercado de consumidores mexicanos en el extranjero. Los productores artesanales, sin embargo, '
    'enfrentan un problema creciente: cada vez hay menos cabras en la región y el precio de la leche ha '
    'subido, por lo que muchas marcas han aumentado la proporción de leche de vaca.',
    'Para quienes quieran probarla como se hacía antes, algunas cajeteras del centro de Celaya todavía '
    'preparan lotes pequeños en cazo de cobre y los venden solo los fines de semana.',
) + '\n'
write_source('at29.markdown', at29, enc='cp1252', eol='cr')
write_gold(
    'at29', family='generic',
    title='La cajeta de Celaya, de la hacienda a la exportación',
    body_first_words='La cajeta es uno de los dulces más conocidos',
    body_last_words='y los venden solo los fines de semana.',
    must_keep=[at29_mk1, at29_mk2],
)

# ---------------------------------------------------------------- at30 bad (saved HTML page, cp1252)
at30 = ('<html lang="es-MX">\n'
        '<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
        '<title>Reabren balneario de Ojocaliente tras tres años cerrado | Hidrocálido Hoy</title>\n'
        '<link rel="stylesheet" href="hidrocalido_files/estilos.css">\n'
        '<script src="hidrocalido_files/jquery.min.js"></script>\n'
        '<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>\n'
        '</head>\n'
        '<body class="single single-post postid-88123">\n'
        '<div id="top-bar"><a href="/">Inicio</a> | <a href="/local">Local</a> | <a href="/deportes">Deportes</a></div>\n'
        '<div id="contenido">\n'
        '<article class="nota">\n'
        '<h1 class="titulo">Reabren balneario de Ojocaliente tras tres años cerrado</h1>\n'
        '<div class="meta">Por <b>Redacción</b> | 02/04/2023</div>\n'
        '<p>El balneario de Ojocaliente reabrió este domingo sus albercas después de tres años de '
        'remodelación, con una afluencia de más de dos mil visitantes.</p>\n'
        '<p>La administración informó que el horario será de martes a domingo, de 8 a 18 horas.</p>\n'
        '</article>\n'
        '<aside class="lo-mas-leido"><h3>Lo más leído</h3><ul><li><a href="#">Clima en Aguascalientes</a></li></ul></aside>\n'
        '</div>\n'
        '<div id="footer">© 2023 Hidrocálido Hoy. Todos los derechos reservados.</div>\n'
        '<script src="hidrocalido_files/comentarios.js"></script>\n'
        '</body>\n'
        '</html>\n')
write_source('at30.md', at30, enc='cp1252', eol='crlf')
write_gold('at30', family='bad',
           refusal_reason='página HTML guardada ("Guardar como" del navegador), no es un artículo en texto')
