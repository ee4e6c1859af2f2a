#!/usr/bin/env python3
"""Files at01..at10 of the importer-at blind set."""
from common import write_source, write_gold, paras, NBSP

# ---------------------------------------------------------------- at01 wire
at01_mk1 = ('Los habitantes de Nápoles aseguraron que desde diciembre el olor a gasolina era '
            'constante y que varias familias dejaron de encender el anafre por miedo a una explosión.')
at01_mk3 = ('La Secretaría de Seguridad Pública informó que los patrullajes en la zona se mantendrán '
            'durante los próximos días y pidió a la población reportar cualquier actividad sospechosa '
            'al número de emergencias 911 o a la línea de denuncia anónima 089.')
at01_teaser = 'Puede interesarte: Suman 18 tomas clandestinas en Salamanca en lo que va del año'
at01 = paras(
    'SEGURIDAD',
    '## Aseguran en Silao bodega con 40 mil litros de combustible robado',
    '**Por Rodrigo Anaya Villalpando** | El Centinela del Bajío  \n'
    'León, Guanajuato · martes 12 de marzo de 2019 · 09:14 h',
    '![Bodega asegurada en Nápoles, Silao](https://cdn.centinela.example.mx/2019/03/bodega-napoles.jpg)  \n'
    '*Fotografía: Rodrigo Anaya / El Centinela*',
    'Elementos del Ejército Mexicano y de las Fuerzas de Seguridad Pública del Estado aseguraron la '
    'madrugada de este martes una bodega en la comunidad de Nápoles, en el municipio de Silao, donde '
    'se almacenaban alrededor de 40' + NBSP + 'mil litros de combustible presuntamente robado de los '
    'ductos de Petróleos Mexicanos.',
    'De acuerdo con el reporte de la Secretaría de Seguridad Pública del estado, el operativo comenzó '
    'poco después de las tres de la mañana, luego de una denuncia anónima que alertó sobre el movimiento '
    'constante de pipas sin logotipo en un predio ubicado a un costado de la carretera federal 45. Al '
    'llegar, los agentes encontraron 38 contenedores de plástico de mil litros, dos camionetas con placas '
    'sobrepuestas y una motobomba conectada a una manguera de alta presión.',
    'En el lugar no se detuvo a ninguna persona. Según los vecinos, que pidieron no ser identificados por '
    'temor a represalias, los ocupantes del inmueble se retiraron un par de horas antes de la llegada de '
    'las patrullas. ' + at01_teaser + ' ' + at01_mk1,
    'El combustible fue trasladado en pipas de Pemex a la terminal de almacenamiento y reparto de '
    'Salamanca, donde se determinará si se trata de gasolina o de diésel y de qué ducto fue sustraído. '
    'La carpeta de investigación quedó a cargo de la Fiscalía General de la República, que tiene la '
    'competencia en los delitos en materia de hidrocarburos.   ',
    'El presidente del comisariado ejidal, Tomás Bocanegra Luna, explicó a este diario que el predio se '
    'rentaba desde hace casi un año a personas que se presentaron como comerciantes de forraje. “Nunca '
    'vimos una paca; lo que sí veíamos eran camionetas que entraban y salían de noche, con las luces '
    'apagadas”, relató.',
    'En lo que va de 2019, las autoridades federales han asegurado en Guanajuato más de 600 mil litros '
    'de hidrocarburo en distintos puntos del corredor industrial, principalmente en Salamanca, Villagrán, '
    'Celaya y Silao, municipios atravesados por la red de ductos que abastece a la refinería.',
    at01_mk3,
    '**Lo más leído**',
    '- Cierran por tres días el bulevar Aeropuerto por obras del paso a desnivel\n'
    '- Reportan saldo blanco en la Feria Estatal de León\n'
    '- ¿Cuándo es el próximo puente? Esto dice el calendario escolar',
    'Síguenos en Google Noticias y activa las notificaciones para no perderte nada de lo que pasa en León.',
) + '\n'
write_source('at01.md', at01)
write_gold(
    'at01', family='wire',
    title='Aseguran en Silao bodega con 40 mil litros de combustible robado',
    date='2019-03-12', bylines=['Rodrigo Anaya Villalpando'], source='El Centinela del Bajío',
    section='SEGURIDAD',
    body_first_words='Elementos del Ejército Mexicano y de las Fuerzas',
    body_last_words='o a la línea de denuncia anónima 089.',
    boilerplate=['Fotografía: Rodrigo Anaya / El Centinela', at01_teaser, 'Lo más leído',
                 'Cierran por tres días el bulevar Aeropuerto por obras del paso a desnivel',
                 'Reportan saldo blanco en la Feria Estatal de León',
                 '¿Cuándo es el próximo puente? Esto dice el calendario escolar',
                 'Síguenos en Google Noticias y activa las notificaciones para no perderte nada de lo que pasa en León.'],
    must_keep=[at01_mk1, 'En el lugar no se detuvo a ninguna persona.', at01_mk3],
    photo_credit='Rodrigo Anaya / El Centinela')

# ---------------------------------------------------------------- at02 wire
at02_teaser = 'Te recomendamos: Cedral y Vanegas, sin agua potable por falla en el acueducto.'
at02_mk1 = ('En la colonia Las Margaritas, por ejemplo, las familias pagan entre 600 y 800 pesos cada '
            'dos meses para que una pipa vacíe sus fosas.')
at02_mk2 = ('Sin ese recurso, admitió, la planta no podrá alcanzar su capacidad total antes de 2019.')
at02 = paras(
    'Portal Altiplano  »  Municipios',
    'Matehuala estrena planta de tratamiento, pero la mitad de las colonias sigue sin drenaje',
    'Escrito por Lucía Serna Barrón y Gerardo Tovar Ibarra\n'
    'Publicado: 27/09/2016 - 18:05  |  Actualizado: 28/09/2016 - 09:40',
    'Compartir: Facebook | Twitter | WhatsApp | Correo',
    'El gobierno municipal de Matehuala inauguró este martes la planta de tratamiento de aguas '
    'residuales de la zona oriente, una obra que costó 64 millones de pesos y que, según el alcalde '
    'Joaquín Ledesma Charre, permitirá dejar de verter al arroyo El Cedral buena parte de las descargas '
    'de la ciudad.',
    'La planta tiene capacidad para tratar 120 litros por segundo, pero en su primera etapa operará a '
    'poco menos de la mitad, porque la red de colectores que debe llevarle el agua todavía no está '
    'terminada. De acuerdo con datos del propio ayuntamiento, 31 de las 64 colonias de la cabecera '
    'municipal no tienen conexión a la red de drenaje o dependen de fosas sépticas construidas por los '
    'propios vecinos.',
    at02_teaser + ' ' + at02_mk1 + ' “Nos dijeron que con la planta ya nos iban a conectar, pero aquí no '
    'ha venido nadie a medir nada”, dijo Rosa Elvira Castillo, vecina de la calle Guadalupe Victoria.',
    'El director de Agua Potable, Alcantarillado y Saneamiento, Isidro Mata Rangel, reconoció el rezago '
    'y explicó que el municipio gestiona ante la Comisión Estatal del Agua un crédito para construir 18 '
    'kilómetros de colectores en 2017. ' + at02_mk2,
    'El agua tratada se destinará al riego de áreas verdes y a la venta para uso industrial. El '
    'ayuntamiento calcula que la venta de ese líquido a la planta de cemento ubicada en la carretera a '
    'Dr. Arroyo generará ingresos de alrededor de cuatro millones de pesos al año, suficientes para '
    'cubrir la energía eléctrica y el mantenimiento.',
    'Durante la inauguración, regidores de oposición cuestionaron que la obra se haya entregado sin la '
    'certificación de la Comisión Nacional del Agua para el vertido del agua tratada. El alcalde '
    'respondió que el trámite está en curso y que el organismo federal realizó una visita de '
    'verificación a principios de septiembre.\x7f',
    'Los vecinos de la zona oriente pidieron que el cabildo publique el calendario de obras de drenaje '
    'por colonia, para saber cuándo podrán dejar de depender de las pipas.',
    'Con información de Agencia Informativa Potosina',
    'Descarga la app de Portal Altiplano, disponible en Google Play y App Store.',
    'Comentarios (0)',
) + '\n'
write_source('at02.txt', at02, enc='cp1252', eol='crlf')
write_gold(
    'at02', family='wire',
    title='Matehuala estrena planta de tratamiento, pero la mitad de las colonias sigue sin drenaje',
    date='2016-09-27', bylines=['Lucía Serna Barrón', 'Gerardo Tovar Ibarra'], source='Portal Altiplano',
    section='Municipios',
    body_first_words='El gobierno municipal de Matehuala inauguró este martes',
    body_last_words='para saber cuándo podrán dejar de depender de las pipas.',
    boilerplate=['Compartir: Facebook | Twitter | WhatsApp | Correo', at02_teaser,
                 'Actualizado: 28/09/2016 - 09:40',
                 'Con información de Agencia Informativa Potosina',
                 'Descarga la app de Portal Altiplano, disponible en Google Play y App Store.',
                 'Comentarios (0)'],
    must_keep=[at02_mk1, at02_mk2],
)

# ---------------------------------------------------------------- at03 wire (agency)
at03_mk1 = ('En El Vigía, cuatro vehículos fueron arrastrados por la corriente; uno de ellos terminó '
            'dentro del cauce, sin que hubiera personas a bordo.')
at03_mk2 = ('Las personas que necesiten apoyo pueden acudir a los módulos con una identificación y un '
            'comprobante de domicilio.')
at03 = paras(
    'AIN  0412  04/07/2023  21:37  CORRESPONSALÍA OCCIDENTE\n'
    'Agencia Informativa Nacional\n'
    'JAL-LLUVIAS-ZAPOPAN\n'
    'URGENTE / 3a. versión, amplía',
    'Sube a 14 el número de colonias anegadas en Zapopan tras tormenta nocturna',
    'Por Ernesto Galindo Pérez',
    'GUADALAJARA, Jal., 4 de julio (AIN).- Las brigadas de Protección Civil de Zapopan elevaron a 14 el '
    'número de colonias afectadas por la tormenta que cayó la noche del lunes sobre el poniente de la '
    'zona metropolitana, donde el agua alcanzó hasta un metro veinte de altura en algunas calles y obligó '
    'a desalojar a 230 familias.',
    'Según el reporte municipal de las 20:00 horas, las colonias más dañadas son El Vigía, Mesa Colorada '
    'Poniente y Lomas de Tabachines, donde el arroyo que baja del cerro se desbordó en cuestión de '
    'minutos. ' + at03_mk1,
    'El coordinador municipal de Protección Civil, Alfonso Beltrán Ruvalcaba, informó que durante la '
    'madrugada se habilitaron dos albergues, uno en la unidad deportiva de Tesistán y otro en un salón '
    'parroquial de Mesa Colorada, aunque la mayoría de las familias prefirió quedarse con parientes. '
    '“Lo que más nos preocupa ahora es el lodo; hay casas donde el agua ya bajó, pero la gente no puede '
    'entrar porque tiene medio metro de tierra adentro”, explicó.',
    'La estación pluviométrica de Los Belenes registró 71 milímetros en menos de dos horas, la lluvia más '
    'intensa de lo que va de la temporada. El Servicio Meteorológico Nacional prevé más tormentas fuertes '
    'para el resto de la semana en el centro de Jalisco, por el paso de una onda tropical.',
    'Vecinos de Lomas de Tabachines bloquearon durante una hora la avenida Santa Margarita para exigir el '
    'desazolve del canal, que según dijeron no se ha limpiado desde el año pasado. El gobierno municipal '
    'respondió que la maquinaria ya trabaja en el tramo y que el canal se desazolvó en abril.',
    'El ayuntamiento instaló mesas de registro para el censo de daños en las tres colonias más '
    'afectadas, con el fin de entregar enseres domésticos y despensas a partir del jueves. ' + at03_mk2,
    'AIN/EGP/MLH',
) + '\n'
write_source('at03.txt', at03, eol=('mixed', 9))
write_gold(
    'at03', family='wire',
    title='Sube a 14 el número de colonias anegadas en Zapopan tras tormenta nocturna',
    date='2023-07-04', bylines=['Ernesto Galindo Pérez'], source='Agencia Informativa Nacional',
    section=None,
    body_first_words='Las brigadas de Protección Civil de Zapopan elevaron',
    body_last_words='una identificación y un comprobante de domicilio.',
    boilerplate=['AIN  0412  04/07/2023  21:37  CORRESPONSALÍA OCCIDENTE', 'JAL-LLUVIAS-ZAPOPAN',
                 'URGENTE / 3a. versión, amplía', 'GUADALAJARA, Jal., 4 de julio (AIN).-', 'AIN/EGP/MLH'],
    must_keep=[at03_mk1, at03_mk2],
)

# ---------------------------------------------------------------- at04 press (municipality)
at04_mk1 = ('Los trabajos durarán 16 semanas y los locatarios seguirán vendiendo en un tianguis '
            'provisional sobre la calle Allende')
at04_mk2 = ('Las personas que deseen más información sobre los cierres viales pueden comunicarse a la '
            'Dirección de Tránsito Municipal o consultar los avisos en las redes sociales oficiales del '
            'Gobierno Municipal.')
at04_mk3 = ('El alcalde se comprometió a que el mercado reabra a más tardar el 15 de diciembre.')
at04 = paras(
    'PRESIDENCIA MUNICIPAL DE SILAO DE LA VICTORIA\n'
    'Dirección de Comunicación Social',
    'Boletín informativo No. 214',
    'Silao de la Victoria, Gto., a 21 de agosto de 2017',
    'Arranca rehabilitación del mercado Hidalgo con inversión de 9.8 millones de pesos',
    '• ' + at04_mk1 + '\n'
    '• Se cambiarán la instalación eléctrica, el drenaje y la techumbre del inmueble, construido en 1962',
    'Con una inversión de 9.8' + NBSP + 'millones de pesos, provenientes del Fondo de Infraestructura '
    'Social Municipal y de recursos propios, el Gobierno Municipal de Silao de la Victoria dio inicio a la '
    'rehabilitación integral del mercado Hidalgo, el más antiguo de la ciudad y uno de los principales '
    'centros de abasto de la zona centro.',
    'Durante el arranque de obra, el presidente municipal, Arturo Peña Mejía, recordó que el inmueble no '
    'había recibido mantenimiento mayor desde hace más de dos décadas y que en los últimos años se '
    'registraron tres conatos de incendio por fallas en el cableado. “Los locatarios nos pidieron un '
    'mercado seguro y digno, y hoy cumplimos ese compromiso”, señaló.',
    'El director de Obras Públicas, ingeniero Samuel Guerrero Alba, explicó que el proyecto contempla la '
    'sustitución completa de la instalación eléctrica, la construcción de un nuevo sistema de drenaje '
    'sanitario y pluvial, el cambio de la techumbre de lámina por una estructura metálica con paneles '
    'traslúcidos y la rehabilitación de los 112 locales del interior.',
    'Para no afectar la economía de las familias que dependen del mercado, la administración municipal '
    'acordó con la mesa directiva de locatarios la instalación de un tianguis provisional sobre la calle '
    'Allende, entre Juárez y Madero, donde los comerciantes podrán vender mientras duren los trabajos. La '
    'Dirección de Tránsito informó que la circulación en ese tramo quedará cerrada a partir del lunes 28 '
    'de agosto.',
    'La presidenta de la Unión de Locatarios del Mercado Hidalgo, Guadalupe Rangel Torres, agradeció la '
    'obra y pidió que se respeten los tiempos de entrega, pues la temporada de fin de año es la de mayores '
    'ventas. ' + at04_mk3,
    at04_mk2,
    '- - -',
    'Dirección de Comunicación Social\n'
    'Tel. (472) 555 20 41 y 555 20 42\n'
    'comunicacion@silao.example.mx\n'
    'Facebook: /GobiernoSilaoEj · X: @SilaoGob_ej',
) + '\n'
write_source('at04.txt', at04, eol='crlf')
write_gold(
    'at04', family='press_release',
    title='Arranca rehabilitación del mercado Hidalgo con inversión de 9.8 millones de pesos',
    date='2017-08-21', source='PRESIDENCIA MUNICIPAL DE SILAO DE LA VICTORIA',
    bulletin_number='214', issuer='PRESIDENCIA MUNICIPAL DE SILAO DE LA VICTORIA',
    dateline_city='Silao de la Victoria',
    body_first_words='Los trabajos durarán 16 semanas y los locatarios',
    body_last_words='en las redes sociales oficiales del Gobierno Municipal.',
    boilerplate=['Boletín informativo No. 214', 'Silao de la Victoria, Gto., a 21 de agosto de 2017',
                 'Tel. (472) 555 20 41 y 555 20 42', 'comunicacion@silao.example.mx',
                 'Facebook: /GobiernoSilaoEj · X: @SilaoGob_ej'],
    must_keep=[at04_mk1, at04_mk3, at04_mk2],
)

# ---------------------------------------------------------------- at05 press (state secretariat)
at05_mk1 = ('El apoyo cubrirá el 70 por ciento del costo de la semilla y el resto será aportado por los '
            'productores.')
at05_mk2 = ('El secretario se comprometió a revisar la logística con los ayuntamientos para instalar '
            'puntos de entrega en las localidades con más beneficiarios.')
at05 = paras(
    'GOBIERNO DEL ESTADO DE GUANAJUATO\n'
    'SECRETARÍA DE DESARROLLO AGROALIMENTARIO Y RURAL\n'
    'Coordinación de Comunicación Social',
    'COMUNICADO DE PRENSA\n'
    'SDAyR/CS/047/2013',
    '**Productores de Pénjamo recibirán semilla mejorada de sorgo ante sequía**',
    'Pénjamo, Guanajuato; 15 de abril de 2013.- La Secretaría de Desarrollo Agroalimentario y Rural '
    '(SDAyR) entregará a partir de la próxima semana 180 toneladas de semilla mejorada de sorgo a '
    'productores de temporal de Pénjamo, Abasolo y Cuerámaro, como parte del programa emergente para '
    'enfrentar la sequía que afecta al suroeste del estado desde el año pasado.',
    'El titular de la dependencia, Leopoldo Ríos Zermeño, explicó durante una reunión con comisariados '
    'ejidales en la presidencia municipal de Pénjamo que se trata de variedades de ciclo corto, que '
    'requieren menos agua y que pueden sembrarse hasta la primera quincena de julio sin riesgo de perder '
    'la cosecha si las lluvias se retrasan.',
    '“No podemos controlar el clima, pero sí podemos darle al productor herramientas para que no pierda '
    'todo; con esta semilla, aunque llueva poco, la parcela va a dar”, afirmó el funcionario, quien '
    'recordó que en 2012 se perdieron más de 40 mil hectáreas de maíz y sorgo de temporal en la región.',
    at05_mk1 + ' Podrán participar quienes tengan hasta 20 hectáreas de temporal y estén inscritos en el '
    'padrón de PROCAMPO. La ventanilla de registro estará abierta del 22 de abril al 17 de mayo en las '
    'oficinas de los Distritos de Desarrollo Rural y en las presidencias municipales.',
    'Además de la semilla, la SDAyR destinará 12 millones de pesos a la rehabilitación de 35 bordos de '
    'abrevadero en la zona de la sierra de Pénjamo, obras que se realizarán con maquinaria del Gobierno '
    'del Estado y mano de obra de los propios ejidatarios, quienes recibirán un pago por jornal.',
    'El presidente del comisariado ejidal de Santa Ana Pacueco, Efrén Medina Aguilar, pidió que la '
    'entrega se haga directamente en las comunidades, pues muchos productores no tienen forma de '
    'trasladarse a la cabecera municipal. ' + at05_mk2,
    '--ooOoo--',
    'Atención a medios:\n'
    'Lic. Beatriz Zamarripa Olmos\n'
    'Tel. (473) 555 61 00 ext. 8123\n'
    'bzamarripa@sdayr-gto.example.mx',
) + '\n'
write_source('at05.md', at05, enc='cp1252')
write_gold(
    'at05', family='press_release',
    title='Productores de Pénjamo recibirán semilla mejorada de sorgo ante sequía',
    date='2013-04-15', source='SECRETARÍA DE DESARROLLO AGROALIMENTARIO Y RURAL',
    bulletin_number='SDAyR/CS/047/2013', issuer='SECRETARÍA DE DESARROLLO AGROALIMENTARIO Y RURAL',
    dateline_city='Pénjamo',
    body_first_words='La Secretaría de Desarrollo Agroalimentario y Rural (SDAyR) entregará',
    body_last_words='en las localidades con más beneficiarios.',
    boilerplate=['GOBIERNO DEL ESTADO DE GUANAJUATO', 'COMUNICADO DE PRENSA',
                 'Pénjamo, Guanajuato; 15 de abril de 2013.-', 'Atención a medios:',
                 'Lic. Beatriz Zamarripa Olmos', 'Tel. (473) 555 61 00 ext. 8123',
                 'bzamarripa@sdayr-gto.example.mx'],
    must_keep=[at05_mk1, at05_mk2],
)

# ---------------------------------------------------------------- at06 press (electoral institute)
at06_mk1 = ('Ninguno de esos reportes, precisó el Instituto, impidió la votación.')
at06_mk2 = ('El PREP es un mecanismo de información preliminar y no tiene efectos jurídicos.')
at06_mk3 = ('La ciudadanía puede consultar los resultados preliminares por casilla, distrito y municipio '
            'en el portal del Instituto y en las aplicaciones móviles oficiales, que se actualizan cada '
            'quince minutos.')
at06 = paras(
    '[LOGO IEPCA]\n'
    'Instituto Electoral y de Participación Ciudadana de Aguascalientes\n'
    'Unidad Técnica de Comunicación Social',
    'Comunicado Núm. IEPCA/UTCS/118/2021',
    'Con 42% de actas capturadas, el PREP reporta una participación de 47.3% en la entidad',
    'Aguascalientes, Ags., domingo 6 de junio de 2021, 23:40 horas.',
    'Al corte de las 23:30 horas, el Programa de Resultados Electorales Preliminares (PREP) del Instituto '
    'Electoral y de Participación Ciudadana de Aguascalientes (IEPCA) había capturado 42.1 por ciento de '
    'las actas de escrutinio y cómputo de la elección de diputaciones locales y ayuntamientos, con una '
    'participación ciudadana estimada de 47.3 por ciento de la lista nominal.',
    'La consejera presidenta del Consejo General, maestra Araceli Durón Macías, informó en conferencia de '
    'prensa que la jornada electoral transcurrió sin incidentes graves y que se instalaron 1,541 de las '
    '1,543 casillas aprobadas. Las dos casillas que no se instalaron, ubicadas en el municipio de '
    'Calvillo, no abrieron porque los funcionarios designados no se presentaron y no fue posible integrar '
    'la mesa directiva con ciudadanos de la fila.',
    '“Quiero agradecer a las más de siete mil ciudadanas y ciudadanos que fungieron como funcionarios de '
    'casilla; gracias a ellos, hoy Aguascalientes tuvo una jornada tranquila y participativa”, expresó la '
    'consejera presidenta.',
    'Durante el día, la Oficialía Electoral atendió 37 solicitudes de fe de hechos presentadas por '
    'representantes de partidos políticos, la mayoría relacionadas con propaganda cercana a las casillas '
    'y con la presencia de personas ajenas a la mesa directiva. ' + at06_mk1,
    at06_mk2 + ' Los resultados oficiales se conocerán a partir del miércoles 9 de junio, cuando los '
    'consejos municipales y distritales realicen los cómputos correspondientes. El Instituto recordó que '
    'el PREP cerrará a las 20:00 horas del lunes 7 de junio o antes, si se captura la totalidad de las '
    'actas.',
    at06_mk3,
    '—o0o—',
    'Consulta los resultados preliminares en https://prep.iepca.example.mx\n'
    'Síguenos: Facebook /IEPCAags · Twitter @IEPCA_ags · Instagram @iepca.ags\n'
    'comunicacion.social@iepca.example.mx | (449) 555 08 30, ext. 204',
) + '\n'
write_source('at06.txt', at06, eol='crlf', bom=True)
write_gold(
    'at06', family='press_release',
    title='Con 42% de actas capturadas, el PREP reporta una participación de 47.3% en la entidad',
    date='2021-06-06', source='Instituto Electoral y de Participación Ciudadana de Aguascalientes',
    bulletin_number='IEPCA/UTCS/118/2021',
    issuer='Instituto Electoral y de Participación Ciudadana de Aguascalientes',
    dateline_city='Aguascalientes',
    body_first_words='Al corte de las 23:30 horas, el Programa',
    body_last_words='que se actualizan cada quince minutos.',
    boilerplate=['[LOGO IEPCA]', 'Unidad Técnica de Comunicación Social',
                 'Comunicado Núm. IEPCA/UTCS/118/2021',
                 'Aguascalientes, Ags., domingo 6 de junio de 2021, 23:40 horas.',
                 'Consulta los resultados preliminares en https://prep.iepca.example.mx',
                 'Síguenos: Facebook /IEPCAags · Twitter @IEPCA_ags · Instagram @iepca.ags',
                 'comunicacion.social@iepca.example.mx | (449) 555 08 30, ext. 204'],
    must_keep=[at06_mk1, at06_mk2, at06_mk3],
)

# ---------------------------------------------------------------- at07 jekyll
at07_mk1 = ('Las familias de la isla piden respeto.')
at07_mk2 = ('La venta de bebidas alcohólicas estará prohibida en la isla y en el embarcadero del jueves '
            'al sábado.')
at07 = ('---\n'
        'layout: post\n'
        'title: "Noche de Ánimas: Janitzio espera 60 mil visitantes pese a la lluvia"\n'
        'date: 2018-10-31 23:30:00 -0600\n'
        'author: Esperanza Tzintzun Ramos\n'
        'categories: [Destacado, Cultura]\n'
        'tags: [janitzio, pátzcuaro, noche de muertos]\n'
        'image: /assets/img/2018/10/janitzio-velas.jpg\n'
        'site_name: Crónica de Pátzcuaro\n'
        'comments: true\n'
        '---\n\n') + paras(
    '![Velas en el panteón de Janitzio]({{ site.baseurl }}/assets/img/2018/10/janitzio-velas.jpg)\n'
    '{: .foto-pie}\n'
    'Foto: Archivo / Crónica de Pátzcuaro',
    'Autoridades municipales y de Protección Civil estiman que entre la noche de este miércoles y la '
    'madrugada del sábado llegarán a la isla de Janitzio alrededor de 60 mil visitantes para presenciar '
    'la velación en el panteón, una de las tradiciones de Noche de Ánimas más conocidas del país.',
    '<!--more-->',
    'El director de Turismo Municipal, Gonzalo Huerta Caballero, informó que las lanchas de las '
    'cooperativas del muelle general trabajarán sin interrupción desde las seis de la tarde del jueves '
    'hasta las ocho de la mañana del viernes, con un cupo máximo de 40 personas por embarcación y '
    'chalecos salvavidas obligatorios para todos los pasajeros.',
    'El pronóstico del tiempo anticipa lluvias ligeras y temperaturas de hasta cuatro grados durante la '
    'madrugada, por lo que se recomienda a los visitantes llevar ropa abrigadora e impermeable. En 2017, '
    'recordó el funcionario, la lluvia obligó a suspender el servicio de lanchas durante casi dos horas y '
    'cientos de personas quedaron varadas en el muelle.',
    at07_mk1 + ' “La gente viene a ver, y está bien, pero hay que recordar que nosotros estamos con '
    'nuestros muertos; no es un espectáculo”, dijo doña Celia Ramírez Zacarías, quien cada año arregla '
    'con flor de cempasúchil la tumba de sus padres y de su esposo. Como ella, muchas familias pidieron '
    'que los turistas no usen flash ni se suban a las tumbas.',
    'Para esta edición, el ayuntamiento colocó 14 módulos de información en el centro de Pátzcuaro y en '
    'los accesos a la ciudad, y habilitó cuatro estacionamientos provisionales con transporte gratuito '
    'hacia el muelle. ' + at07_mk2,
    'Además de Janitzio, las comunidades de Tzurumútaro, Ihuatzio y Jarácuaro abrirán sus panteones a '
    'los visitantes, con horarios que pueden consultarse en la oficina de turismo del portal Hidalgo.',
    '*¿Te gustó esta nota? Compártela y síguenos en Facebook como @CronicaPatzcuaro_ej.*',
) + '\n'
write_source('at07.md', at07)
write_gold(
    'at07', family='jekyll',
    title='Noche de Ánimas: Janitzio espera 60 mil visitantes pese a la lluvia',
    date='2018-10-31', published=True, bylines=['Esperanza Tzintzun Ramos'],
    source='Crónica de Pátzcuaro', section='Cultura', placement=['Destacado'],
    body_first_words='Autoridades municipales y de Protección Civil estiman que',
    body_last_words='en la oficina de turismo del portal Hidalgo.',
    boilerplate=['Foto: Archivo / Crónica de Pátzcuaro', '{: .foto-pie}', '<!--more-->',
                 '¿Te gustó esta nota? Compártela y síguenos en Facebook como @CronicaPatzcuaro_ej.'],
    must_keep=[at07_mk1, at07_mk2],
    photo_credit='Archivo / Crónica de Pátzcuaro')

# ---------------------------------------------------------------- at08 jekyll (Spanish keys, no site)
at08_mk1 = ('A quienes no lo llevaban se les regalaba uno, aunque a media mañana se terminaron.')
at08_mk2 = ('También advirtió que los comerciantes que no respeten las medidas perderán su lugar durante '
            'el resto de la contingencia.')
at08 = ('---\n'
        'titulo: Reabre el tianguis de Soledad con filtros sanitarios y la mitad de los puestos\n'
        'fecha: "lunes 4 de mayo de 2020"\n'
        'autores:\n'
        '  - Ximena Ledezma Rocha\n'
        '  - Raúl Castañón Pardo\n'
        'categorias:\n'
        '  - Portada\n'
        '  - Salud\n'
        'etiquetas: [covid-19, tianguis, Soledad de Graciano Sánchez]\n'
        'publicado: true\n'
        '---\n') + paras(
    'Después de cinco semanas cerrado por la contingencia sanitaria, el tianguis de los domingos de la '
    'avenida San Luis, en Soledad de Graciano Sánchez, volvió a instalarse ayer con apenas la mitad de sus '
    'puestos, filtros de temperatura en los cuatro accesos y un solo sentido de circulación para los '
    'compradores.',
    'La Dirección de Comercio municipal autorizó la instalación de 210 de los 430 comerciantes '
    'registrados, que se turnarán cada semana mediante un sorteo. Los puestos deben guardar una distancia '
    'mínima de metro y medio entre sí y solo pueden vender alimentos, productos de limpieza y artículos de '
    'primera necesidad; la ropa, los juguetes y la fayuca quedaron fuera por ahora.',
    'A las ocho de la mañana ya había fila en el acceso de la calle Hidalgo. Personal de Protección Civil '
    'tomaba la temperatura con termómetros infrarrojos y ofrecía gel antibacterial, mientras inspectores '
    'de comercio pedían a los compradores entrar con cubrebocas. ' + at08_mk1,
    '“Ya no aguantábamos; son cinco domingos sin vender y uno vive de esto”, dijo Marcelino Ortiz Zapata, '
    'que desde hace 22 años vende verdura en el mismo lugar. Otros comerciantes se quejaron del sorteo: '
    'Julia Martínez, vendedora de ropa usada, contó que no salió seleccionada y que tampoco habría podido '
    'instalarse porque su giro sigue suspendido.',
    'El director de Comercio, Ernesto Salazar Ipiña, explicó que el esquema se revisará cada quince días '
    'con la Secretaría de Salud del estado y que, si los contagios aumentan en el municipio, el tianguis '
    'podría cerrar de nuevo. ' + at08_mk2,
    'Al mediodía, la afluencia era menor que la de un domingo normal. Varios compradores comentaron que '
    'prefirieron llegar temprano para evitar aglomeraciones y que seguirán acudiendo mientras se '
    'mantengan los filtros.',
) + '\n'
write_source('at08.md', at08, bom=True)
write_gold(
    'at08', family='jekyll',
    title='Reabre el tianguis de Soledad con filtros sanitarios y la mitad de los puestos',
    date='2020-05-04', published=True, bylines=['Ximena Ledezma Rocha', 'Raúl Castañón Pardo'],
    source=None, section='Salud', placement=['Portada'],
    body_first_words='Después de cinco semanas cerrado por la contingencia sanitaria',
    body_last_words='seguirán acudiendo mientras se mantengan los filtros.',
    boilerplate=[],
    must_keep=[at08_mk1, at08_mk2],
)

# ---------------------------------------------------------------- at09 generic
at09_mk1 = ('Don Eusebio Cárdenas Lara, el proyeccionista, trabajó ahí desde 1971.')
at09_mk2 = ('Cuando terminó la función, nadie se levantó de inmediato.')
at09 = paras(
    'La última función del cine Reforma',
    'El cine Reforma de Irapuato apagó su proyector el domingo por la noche, después de 58 años de '
    'funciones. La última película fue una comedia que ya casi nadie quería ver, pero la sala de abajo se '
    'llenó: llegaron matrimonios que se conocieron en la fila de taquilla, niños que ahora son abuelos y '
    'un grupo de estudiantes que nunca había entrado a un cine sin centro comercial alrededor.',
    at09_mk1 + ' Recuerda las funciones de permanencia voluntaria, cuando uno pagaba un boleto y podía '
    'quedarse toda la tarde, y las filas que daban vuelta a la manzana en los estrenos de los años '
    'ochenta. “Aquí vimos llorar a media ciudad”, dice mientras enrolla los últimos carretes que le '
    'quedaban en la cabina, ya sin uso desde que el cine pasó al formato digital.',
    'El edificio, de estilo moderno con una marquesina curva de concreto, fue vendido a una cadena de '
    'tiendas de autoservicio. Un grupo de arquitectos locales pidió al ayuntamiento que se proteja la '
    'fachada, pero el inmueble no tiene ninguna catalogación y la licencia de demolición ya fue '
    'solicitada.',
    'En el vestíbulo, alguien dejó un cuaderno para que los asistentes escribieran algo. Hay dibujos, '
    'fechas de primeras citas, nombres de películas mal escritos y una frase que se repite en varias '
    'páginas con distintas letras: “gracias por las tardes”. La encargada de la dulcería, Amparo '
    'Villegas, dice que se va a quedar con el cuaderno… si los nuevos dueños la dejan.',
    at09_mk2 + ' Se encendieron las luces, sonó un aplauso largo y don Eusebio bajó de la cabina para '
    'despedirse. Algunos le pidieron fotos; otros solo le dieron la mano. Afuera, la marquesina seguía '
    'anunciando la película de la semana, con dos letras caídas que nadie se molestó en reponer.',
) + '\n'
write_source('at09.txt', at09, enc='cp1252', eol='crlf')
write_gold(
    'at09', family='generic',
    title='La última función del cine Reforma',
    body_first_words='El cine Reforma de Irapuato apagó su proyector',
    body_last_words='dos letras caídas que nadie se molestó en reponer.',
    must_keep=[at09_mk1, at09_mk2],
)

# ---------------------------------------------------------------- at10 bad (front matter, no body)
at10 = ('---\n'
        'layout: post\n'
        'title: "Aprueba cabildo de Lagos de Moreno presupuesto 2019"\n'
        'date: 2018-12-20 14:05:00 -0600\n'
        'author: Tadeo Gallardo Padilla\n'
        'categories: [Política]\n'
        'excerpt: "El cabildo aprobó por mayoría un presupuesto de 612 millones de pesos para 2019, '
        '4% más que este año."\n'
        '---')
write_source('at10.md', at10, eol='crlf', bom=True)
write_gold('at10', family='bad',
           refusal_reason='front matter sin cuerpo: el archivo termina en el cierre "---" '
                          '(el excerpt no es un cuerpo)')
