#!/usr/bin/env python3
"""Files at11..at20 of the importer-at blind set."""
from common import write_source, write_gold, paras, NBSP

# ---------------------------------------------------------------- at11 wire (web portal)
at11_teaser = 'Quizá te interese: Estas son las rutas que cambian de recorrido en 2024'
at11_mk1 = ('Muchas optaron por pedir transporte por aplicación, cuyas tarifas dinámicas se duplicaron '
            'durante la mañana.')
at11_mk2 = ('El servicio se restableció de manera parcial a las 9:25 horas y por completo a las 9:50.')
at11_mk3 = ('El diputado local Efraín Cisneros Lomelí anunció que pedirá la comparecencia del director '
            'del organismo ante la comisión de movilidad del Congreso del estado.')
at11 = paras(
    'Meridiano Tapatío — Metrópoli',
    '# Falla eléctrica detiene la Línea 3 por tres horas; miles caminan sobre Ávila Camacho',
    'Autor: Daniela Orozco Cuevas  \n'
    'Publicado el 18 de enero de 2024, 08:52 hrs.  \n'
    '⏱ Lectura: 4 minutos',
    '📸 Foto: Daniela Orozco / Meridiano Tapatío',
    'Una falla en el sistema de alimentación eléctrica detuvo este jueves durante casi tres horas el '
    'servicio de la Línea 3 del Tren Ligero, en plena hora pico, y obligó a miles de usuarios a caminar '
    'por las vías elevadas y por la avenida Ávila Camacho para llegar a sus trabajos y escuelas.',
    'El organismo operador informó a las 6:40 horas que una descarga en la subestación de la estación '
    'Normal había dejado sin energía el tramo entre Plaza Patria y Guadalajara Centro. Los trenes que '
    'circulaban en ese momento se detuvieron entre estaciones, y el personal de operación tuvo que '
    'evacuar a los pasajeros por los andadores de emergencia del viaducto.',
    '“Nos tuvieron casi cuarenta minutos encerrados, sin aire y sin que nadie dijera nada; luego nos '
    'bajaron caminando por un pasillo angosto, con señoras mayores y niños”, relató Karla Sandoval, '
    'estudiante que viajaba hacia el centro universitario de ciencias sociales. ' + at11_teaser,
    'Durante la suspensión, la Secretaría de Transporte desplegó 45 unidades del programa de apoyo '
    'emergente que recorrieron el trayecto de la línea, aunque en las paradas de Periférico Belenes y '
    'Dermatológico se formaron filas de más de cien personas. ' + at11_mk1,
    at11_mk2 + ' En un comunicado, el organismo ofreció una disculpa y explicó que el equipo dañado será '
    'sustituido durante la noche, fuera del horario de operación, por lo que no se prevén nuevas '
    'suspen\u00adsiones.',
    'Es la tercera falla prolongada de la Línea 3 desde que inició operaciones en septiembre de 2020. '
    'Usuarios frecuentes han reportado en redes sociales retrasos cada vez más constantes en la '
    'frecuencia de paso, sobre todo por la mañana, algo que el organismo atribuye al mantenimiento de los '
    'trenes.',
    at11_mk3,
    '📲 Únete al canal de WhatsApp de Meridiano Tapatío y recibe las noticias más importantes del día.  \n'
    '✉️ ¿Tienes una denuncia? Escríbenos a denuncias@meridiano.example.mx',
    '#Guadalajara #Movilidad #Línea3',
) + '\n'
write_source('at11.md', at11)
write_gold(
    'at11', family='wire',
    title='Falla eléctrica detiene la Línea 3 por tres horas; miles caminan sobre Ávila Camacho',
    date='2024-01-18', bylines=['Daniela Orozco Cuevas'], source='Meridiano Tapatío',
    section='Metrópoli',
    body_first_words='Una falla en el sistema de alimentación eléctrica',
    body_last_words='ante la comisión de movilidad del Congreso del estado.',
    boilerplate=['Lectura: 4 minutos', 'Foto: Daniela Orozco / Meridiano Tapatío', at11_teaser,
                 'Únete al canal de WhatsApp de Meridiano Tapatío y recibe las noticias más importantes del día.',
                 '¿Tienes una denuncia? Escríbenos a denuncias@meridiano.example.mx',
                 '#Guadalajara #Movilidad #Línea3'],
    must_keep=[at11_mk1, at11_mk2, at11_mk3],
    photo_credit='Daniela Orozco / Meridiano Tapatío')

# ---------------------------------------------------------------- at12 wire (old daily, cp1252)
at12_teaser = 'Nota relacionada: Cae 40% el precio del limón en la central de abastos de Morelia.'
at12_mk1 = ('Un productor de la tenencia de Santa Ana Amatlán, que pidió no publicar su nombre, explicó '
            'que el costo de producir una caja de 20 kilos ronda los 45 pesos, mientras que las '
            'empacadoras pagan entre 50 y 55 pesos.')
at12_mk2 = ('Hasta el cierre de esta edición no se había dado a conocer ningún acuerdo.')
at12_mk3 = ('La Secretaría de Seguridad Pública del estado no respondió a la solicitud de información de '
            'este medio sobre las denuncias de los productores.')
at12 = paras(
    'Voz de Tierra Caliente · Edición impresa\n'
    'Apatzingán, Michoacán, jueves 8 de noviembre de 2012',
    'Región',
    'Productores de limón suspenden cortes por cobro de cuotas; empacadoras cierran',
    'Francisco Javier Ochoa | Reportero',
    'Productores de limón de Apatzingán, Buenavista y Tepalcatepec suspendieron desde el lunes el corte '
    'de la fruta, en protesta por lo que describieron como «cobros ilegales» de hasta dos pesos por caja '
    'que, aseguran, se les exigen en los caminos de saca y a la entrada de las empacadoras.',
    'La medida provocó que al menos 17 empacadoras de la región cerraran sus puertas y que cerca de dos '
    'mil cortadores se quedaran sin trabajo esta semana. En la central de la carretera a Cuatro Caminos, '
    'donde normalmente se mueven más de 300 toneladas diarias, ayer solo se veían camiones vacíos y '
    'trabajadores sentados a la sombra.',
    at12_teaser + ' ' + at12_mk1 + ' “Con la cuota, ya no sale; estamos trabajando para pagarle a '
    'otros”, dijo.',
    'Representantes de la Asociación Regional de Citricultores se reunieron el martes con funcionarios '
    'de la Secretar&iacute;a de Desarrollo Rural del estado, a quienes pidieron mayor presencia de '
    'seguridad en los caminos y un precio de garantía para la temporada. ' + at12_mk2,
    'El presidente de la asociación, Leonel Barragán Chávez, aseguró que la suspensión se mantendrá «el '
    'tiempo que sea necesario» y que los productores están dispuestos a perder parte de la cosecha antes '
    'que seguir pagando. Reconoció, sin embargo, que la fruta que no se corte en los próximos diez días '
    'se caerá del árbol…',
    'En los mercados de Apatzingán el precio del limón al consumidor todavía no ha subido, aunque '
    'comerciantes consultados por este diario prevén aumentos a partir del fin de semana. En la capital '
    'del país el kilo ya se vende hasta en 18 pesos, según reportes de comerciantes de la Central de '
    'Abasto.',
    at12_mk3,
    '(Con información de Noticias de la Región)',
    'Suscríbase a la edición impresa: $150 al mes. Informes al (453) 555 34 12.',
) + '\n'
write_source('at12.txt', at12, enc='cp1252')
write_gold(
    'at12', family='wire',
    title='Productores de limón suspenden cortes por cobro de cuotas; empacadoras cierran',
    date='2012-11-08', bylines=['Francisco Javier Ochoa'], source='Voz de Tierra Caliente',
    section='Región',
    body_first_words='Productores de limón de Apatzingán, Buenavista y Tepalcatepec',
    body_last_words='sobre las denuncias de los productores.',
    boilerplate=['Edición impresa', at12_teaser, '(Con información de Noticias de la Región)',
                 'Suscríbase a la edición impresa: $150 al mes. Informes al (453) 555 34 12.'],
    must_keep=[at12_mk1, at12_mk2, at12_mk3],
)

# ---------------------------------------------------------------- at13 wire (agency 2)
at13_mk1 = ('No se reportaron enfrentamientos.')
at13_mk2 = ('Las partes inconformes tendrán cuatro días para presentar recursos ante el tribunal '
            'electoral del estado.')
at13_tail1 = ('Esta nota fue distribuida por APM a sus suscriptores. Queda prohibida su reproducción '
              'total o parcial sin autorización expresa.')
at13 = paras(
    '**Agencia Periodística Mexicana (APM)** / Mesa Bajío / Querétaro  \n'
    'Jueves, 10 de junio de 2021 · 16:12',
    'ELECCIONES 2021',
    '**Ordenan recuento de votos en 37 casillas de Corregidora tras impugnaciones**',
    'Por Itzel Robles Camacho, Joaquín Peralta Soto y Saúl Medina Rivas',
    'QUERÉTARO, Qro., 10 de junio (APM).- El consejo municipal de Corregidora del organismo electoral '
    'local ordenó este jueves el recuento de votos en 37 de las 187 casillas instaladas en el municipio, '
    'luego de que las representaciones de dos coaliciones impugnaron las actas por inconsistencias entre '
    'las boletas recibidas y los votos computados.',
    'La sesión de cómputo comenzó a las ocho de la mañana y se prolongó durante más de siete horas. De '
    'acuerdo con los resultados preliminares, la diferencia entre el primero y el segundo lugar de la '
    'elección del ayuntamiento es de apenas 1,104 votos, equivalente a 1.2 por ciento de la votación '
    'total, lo que abrió la puerta a solicitudes de recuento en más casillas.',
    'El presidente del consejo municipal, Hugo Alcocer Trejo, explicó que el recuento se limitará a las '
    'casillas en las que los errores en las actas no pueden corregirse con otros documentos de la '
    'elección, como lo establece la ley. “No se trata de abrir todos los paquetes, sino de revisar '
    'aquellos en los que el acta no da certeza”, dijo a los representantes de los partidos.',
    'Los trabajos se realizarán en cuatro grupos de recuento que sesionarán de manera simultánea en la '
    'sede del consejo, con la presencia de representantes de todos los partidos. Se prevé que concluyan '
    'el viernes por la tarde, aunque el consejo no descartó extender la sesión al fin de semana si surgen '
    'nuevas impugnaciones.',
    'Simpatizantes de ambas coaliciones se reunieron desde temprano frente a las oficinas del consejo, '
    'en la colonia El Pueblito, donde la policía municipal colocó vallas metálicas para mantener libre el '
    'acceso. ' + at13_mk1,
    'Una vez concluido el cómputo, el consejo municipal entregará la constancia de mayoría a la planilla '
    'ganadora. ' + at13_mk2,
    '---',
    '*' + at13_tail1 + '*',
    'APM/IRC/JPS/SMR',
) + '\n'
write_source('at13.md', at13, eol='crlf', bom=True)
write_gold(
    'at13', family='wire',
    title='Ordenan recuento de votos en 37 casillas de Corregidora tras impugnaciones',
    date='2021-06-10', bylines=['Itzel Robles Camacho', 'Joaquín Peralta Soto', 'Saúl Medina Rivas'],
    source='Agencia Periodística Mexicana', section='ELECCIONES 2021',
    body_first_words='El consejo municipal de Corregidora del organismo electoral',
    body_last_words='ante el tribunal electoral del estado.',
    boilerplate=['Mesa Bajío / Querétaro', 'QUERÉTARO, Qro., 10 de junio (APM).-', at13_tail1,
                 'APM/IRC/JPS/SMR'],
    must_keep=[at13_mk1, at13_mk2],
)

# ---------------------------------------------------------------- at14 press (water utility, cp1252)
at14_mk1 = ('Para las colonias que lo requieran se dispondrá de tres pipas gratuitas, que podrán '
            'solicitarse al número de atención ciudadana (452) 555 98 00 o a través de la página de '
            'Facebook del organismo, donde también se publicarán avances de la obra.')
at14_mk2 = ('Las colonias afectadas son:')
at14_mk3 = ('Arroyo Colorado, Las Palmas, El Vergel, Lomas del Valle, Villas de San José, La Quinta, '
            'Rancho Alegre, Solidaridad y Emiliano Zapata.')
at14 = paras(
    'JUMAPSU\n'
    'Junta Municipal de Agua Potable y Saneamiento de Uruapan\n'
    'Departamento de Comunicación e Imagen',
    'Nota informativa 032/15',
    'SUSPENDERÁN SUMINISTRO DE AGUA EN 23 COLONIAS DEL ORIENTE POR CONEXIÓN DE NUEVA LÍNEA',
    'Uruapan, Mich., 3 de febrero de 2015. –',
    'La Junta Municipal de Agua Potable y Saneamiento de Uruapan (JUMAPSU) informa a la ciudadanía que '
    'el próximo jueves 5 de febrero se suspenderá el suministro de agua potable en 23 colonias del '
    'oriente de la ciudad, debido a los trabajos de conexión de la nueva línea de conducción que llevará '
    'agua del manantial El Sabino al tanque Jicalán.',
    'Los trabajos comenzarán a las 6:00 horas y se estima que concluyan alrededor de las 22:00 horas del '
    'mismo día. El servicio se irá restableciendo de manera gradual durante la madrugada del viernes, por '
    'lo que algunas zonas altas podrían recibir el agua hasta el mediodía.',
    at14_mk2 + '\n\n'
    '- Revolución, Morelos, Lázaro Cárdenas, El Colorín y La Magdalena;\n'
    '- Jardines del Cupatitzio, Los Ángeles, Primero de Mayo y San Rafael;\n'
    '- Ejidal Jicalán, La Joyita, Tierra y Libertad, Nueva Jicalán y Fovissste Oriente;\n'
    '- ' + at14_mk3,
    'El director general del organismo, ingeniero Mauricio Pedraza Espinoza, explicó que la nueva línea '
    'de 4.2' + NBSP + 'kilómetros de longitud y 16 pulgadas de diámetro permitirá aumentar en 60 litros por '
    'segundo el abasto para la zona oriente, donde en temporada de estiaje varias colonias reciben agua '
    'solo tres días a la semana.',
    'La JUMAPSU recomienda a los usuarios almacenar agua suficiente para el día del corte, mantener '
    'cerrados los tinacos y cisternas para evitar su contaminación y revisar que las llaves estén '
    'cerradas para prevenir fugas cuando se restablezca el servicio.',
    at14_mk1,
    'La Junta agradece la comprensión de los usuarios y reitera que estos trabajos forman parte del '
    'programa de mejora de la red hidráulica de la ciudad.',
    '-0-',
    'Departamento de Comunicación e Imagen JUMAPSU\n'
    'Tel. (452) 555 98 00 ext. 117 · comunicacion@jumapsu.example.mx\n'
    'Facebook: JUMAPSU Uruapan Oficial',
) + '\n'
write_source('at14.txt', at14, enc='cp1252', eol='crlf')
write_gold(
    'at14', family='press_release',
    title='SUSPENDERÁN SUMINISTRO DE AGUA EN 23 COLONIAS DEL ORIENTE POR CONEXIÓN DE NUEVA LÍNEA',
    date='2015-02-03', source='Junta Municipal de Agua Potable y Saneamiento de Uruapan',
    bulletin_number='032/15', issuer='Junta Municipal de Agua Potable y Saneamiento de Uruapan',
    dateline_city='Uruapan',
    body_first_words='La Junta Municipal de Agua Potable y Saneamiento de Uruapan (JUMAPSU) informa',
    body_last_words='programa de mejora de la red hidráulica de la ciudad.',
    boilerplate=['Nota informativa 032/15', 'Uruapan, Mich., 3 de febrero de 2015. –',
                 'Departamento de Comunicación e Imagen JUMAPSU',
                 'Tel. (452) 555 98 00 ext. 117 · comunicacion@jumapsu.example.mx',
                 'Facebook: JUMAPSU Uruapan Oficial'],
    must_keep=[at14_mk1, at14_mk2, at14_mk3],
)

# ---------------------------------------------------------------- at15 press (human-rights commission)
at15_mk1 = ('De acuerdo con el expediente de queja, los hechos ocurrieron la noche del 14 de abril, '
            'cuando las víctimas, identificadas como V1, V2, V3 y V4 para proteger su identidad, '
            'regresaban a pie de una parcela en la comunidad de Boyé.')
at15_mk2 = ('En caso de no aceptarla, deberá fundar y motivar su negativa y hacerla pública, como lo '
            'establece la ley.')
at15 = paras(
    '![Logotipo CEDHQ](/img/logo-cedhq.png)',
    '# COMISIÓN ESTATAL DE DERECHOS HUMANOS DE QUERÉTARO',
    '### Comunicado CEDHQ-045/2019',
    '## Emite CEDHQ recomendación a Cadereyta por detención arbitraria de cuatro jornaleros',
    'Santiago de Querétaro, Qro., 29 de octubre de 2019.',
    'La Comisión Estatal de Derechos Humanos de Querétaro (CEDHQ) emitió la Recomendación 07/2019 '
    'dirigida al Ayuntamiento de Cadereyta de Montes, al acreditar que elementos de la Dirección de '
    'Seguridad Pública Municipal detuvieron de manera arbitraria a cuatro jornaleros agrícolas y los '
    'retuvieron durante más de diez horas sin ponerlos a disposición de la autoridad competente.',
    at15_mk1 + ' Los agentes los subieron a una patrulla sin explicarles el motivo, los trasladaron a la '
    'comandancia y solo los liberaron a la mañana siguiente, después de que pagaran una multa por una '
    'falta administrativa que nunca les fue notificada.',
    'La investigación de la Comisión documentó, con base en las bitácoras de la corporación y en los '
    'testimonios recabados, que no existía ningún reporte ni señalamiento en contra de los jornaleros, y '
    'que el informe policial se elaboró horas después de la detención, con datos que no coinciden con los '
    'registros de radio.',
    '“Ninguna persona puede ser privada de su libertad por su apariencia o por su condición económica; '
    'la detención de estos cuatro trabajadores no tuvo ningún fundamento legal”, señaló la presidenta de '
    'la CEDHQ, Mariana Sotelo Ugalde.',
    'En la Recomendación se solicita al ayuntamiento reparar integralmente el daño a las víctimas, '
    'incluida la devolución de las multas cobradas; iniciar el procedimiento administrativo de '
    'investigación en contra de los servidores públicos involucrados, y capacitar a todo el personal '
    'operativo en materia de derechos humanos y uso de la fuerza, en un plazo no mayor de seis meses.',
    'El Ayuntamiento de Cadereyta de Montes cuenta con diez días hábiles para informar si acepta la '
    'Recomendación. ' + at15_mk2,
    '***',
    'Coordinación de Comunicación Social de la CEDHQ  \n'
    '(442) 555 71 90 · prensa@cedhq.example.mx  \n'
    'Tw: @CEDHQro_ej | Fb: /CEDHQueretaro.ej',
) + '\n'
write_source('at15.md', at15)
write_gold(
    'at15', family='press_release',
    title='Emite CEDHQ recomendación a Cadereyta por detención arbitraria de cuatro jornaleros',
    date='2019-10-29', source='COMISIÓN ESTATAL DE DERECHOS HUMANOS DE QUERÉTARO',
    bulletin_number='CEDHQ-045/2019', issuer='COMISIÓN ESTATAL DE DERECHOS HUMANOS DE QUERÉTARO',
    dateline_city='Santiago de Querétaro',
    body_first_words='La Comisión Estatal de Derechos Humanos de Querétaro (CEDHQ) emitió',
    body_last_words='hacerla pública, como lo establece la ley.',
    boilerplate=['Comunicado CEDHQ-045/2019', 'Santiago de Querétaro, Qro., 29 de octubre de 2019.',
                 'Coordinación de Comunicación Social de la CEDHQ',
                 '(442) 555 71 90 · prensa@cedhq.example.mx',
                 'Tw: @CEDHQro_ej | Fb: /CEDHQueretaro.ej'],
    must_keep=[at15_mk1, at15_mk2],
)

# ---------------------------------------------------------------- at16 press (federal delegation)
at16_mk1 = ('El 58 por ciento de los proyectos apoyados son encabezados por mujeres.')
at16_mk2 = ('Las empresas deberán estar dadas de alta ante el Servicio de Administración Tributaria y '
            'presentar un proyecto de inversión.')
at16 = paras(
    'GOBIERNO DE LA REPÚBLICA\n'
    'Delegación de la Secretaría de Economía en San Luis Potosí',
    'San Luis Potosí, S.L.P., 19 de mayo de 2016',
    'Comunicado de prensa No. 027',
    'Entregan apoyos del INADEM a 86 micro y pequeñas empresas potosinas',
    'La Delegación de la Secretaría de Economía en San Luis Potosí entregó este jueves apoyos por 14.6 '
    'millones de pesos a 86 micro y pequeñas empresas del estado, como parte de la convocatoria de '
    'fortalecimiento de microempresas del Instituto Nacional del Emprendedor (INADEM) correspondiente a '
    '2016.',
    'En la ceremonia, realizada en las instalaciones de la delegación, el delegado federal, licenciado '
    'Arnulfo Castañeda Reyna, explicó que los recursos se destinarán a la compra de maquinaria y equipo, '
    'a la capacitación de personal y a la incorporación de tecnologías de la información en negocios de '
    'los sectores comercio, servicios y manufactura ligera.',
    '“La micro y pequeña empresa genera siete de cada diez empleos en San Luis Potosí; cuando una '
    'tortillería cambia su máquina o una carpintería compra una sierra nueva, se fortalece la economía de '
    'toda una colonia”, señaló el funcionario.',
    'De las empresas beneficiadas, 41 se ubican en la zona metropolitana de San Luis Potosí y Soledad de '
    'Graciano Sánchez, 19 en la Zona Media, 15 en la Huasteca y 11 en el Altiplano. ' + at16_mk1,
    'Entre los beneficiarios se encuentra una cooperativa de productoras de queso de Rioverde, que '
    'utilizará el apoyo para adquirir un tanque de enfriamiento de leche, y un taller de herrería de '
    'Matehuala que incorporará una cortadora de plasma para ampliar su producción.',
    'El delegado recordó que la convocatoria para el segundo semestre se publicará en julio y que los '
    'interesados pueden recibir asesoría gratuita en la delegación y en los centros de atención '
    'empresarial de los municipios. ' + at16_mk2,
    '— 000 —',
    'Unidad de Comunicación Social · Delegación Federal SE en SLP\n'
    'Tel. (444) 555 22 80 · prensa.slp@economia.example.mx',
) + '\n'
write_source('at16.txt', at16, eol=('alternate',))
write_gold(
    'at16', family='press_release',
    title='Entregan apoyos del INADEM a 86 micro y pequeñas empresas potosinas',
    date='2016-05-19', source='Delegación de la Secretaría de Economía en San Luis Potosí',
    bulletin_number='027', issuer='Delegación de la Secretaría de Economía en San Luis Potosí',
    dateline_city='San Luis Potosí',
    body_first_words='La Delegación de la Secretaría de Economía en San Luis Potosí entregó',
    body_last_words='y presentar un proyecto de inversión.',
    boilerplate=['GOBIERNO DE LA REPÚBLICA', 'San Luis Potosí, S.L.P., 19 de mayo de 2016',
                 'Comunicado de prensa No. 027',
                 'Unidad de Comunicación Social · Delegación Federal SE en SLP',
                 'Tel. (444) 555 22 80 · prensa.slp@economia.example.mx'],
    must_keep=[at16_mk1, at16_mk2],
)

# ---------------------------------------------------------------- at17 jekyll (medio, flow-mapping author)
at17_mk1 = ('El paso peatonal más cercano, un puente metálico con escaleras, está a casi 400 metros y no '
            'tiene rampa.')
at17_mk2 = ('Colectivos ciclistas convocaron a una rodada el próximo miércoles para exigir que se cumpla '
            'el proyecto original.')
at17_tail = 'Si te gustó esta nota, apoya a Bitácora Queretana con una suscripción de 50 pesos al mes.'
at17 = ('---\n'
        'layout: nota\n'
        'title: "Sin banquetas ni ciclovía: así quedó el nuevo puente de Bernardo Quintana"\n'
        'date: 21-06-2014\n'
        'author: {name: Héctor Lugo Mancera, twitter: "@hlugo_ej"}\n'
        'categories: portada movilidad\n'
        'tags:\n'
        '- puentes\n'
        '- Bernardo Quintana\n'
        '- peatones\n'
        'medio: Bitácora Queretana\n'
        '---\n\n') + paras(
    'El nuevo puente vehicular de la avenida Bernardo Quintana a la altura de Constituyentes abrió a la '
    'circulación el viernes, tres meses después de lo previsto, y con una ausencia que los vecinos '
    'notaron desde el primer día: no tiene banquetas ni cruces seguros para peatones y ciclistas.',
    'Durante un recorrido realizado por este blog la mañana del sábado, observamos a decenas de personas '
    'cruzar corriendo los seis carriles de la lateral, entre autos que salen del puente a más de 60 '
    'kilómetros por hora. ' + at17_mk1,
    'La obra, que costó 212 millones de pesos, fue presentada por el gobierno estatal como una solución '
    'al congestionamiento en una de las intersecciones más cargadas de la ciudad. En el proyecto '
    'ejecutivo publicado en 2013 aparecía una ciclovía confinada en el costado norte, pero en la obra '
    'terminada solo quedó una franja de concreto sin señalización que termina contra un poste.',
    'Consultada por Bitácora Queretana, la Secretaría de Desarrollo Urbano y Obras Públicas respondió por '
    'escrito que la ciclovía “se construirá en una segunda etapa” y que los cruces peatonales se '
    'resolverán con semáforos en las laterales, aunque no precisó fechas ni presupuesto.',
    at17_mk2 + ' “Cada puente que se hace sin pensar en quien camina empuja a más gente a usar el coche”, '
    'dijo Adriana Feregrino, integrante de uno de los colectivos, quien recordó que en 2013 murieron 11 '
    'peatones atropellados en Bernardo Quintana.',
    'Mientras tanto, los vecinos de las colonias Carretas y Álamos han empezado a cruzar por debajo del '
    'puente, en un tramo sin iluminación. Varios pidieron al municipio instalar al menos luminarias y un '
    'paso marcado con pintura, mientras llega la segunda etapa de la obra.',
    '*' + at17_tail + '*',
) + '\n'
write_source('at17.markdown', at17, eol='crlf')
write_gold(
    'at17', family='jekyll',
    title='Sin banquetas ni ciclovía: así quedó el nuevo puente de Bernardo Quintana',
    date='2014-06-21', published=True, bylines=['Héctor Lugo Mancera'],
    source='Bitácora Queretana', section='movilidad', placement=['portada'],
    body_first_words='El nuevo puente vehicular de la avenida Bernardo Quintana',
    body_last_words='mientras llega la segunda etapa de la obra.',
    boilerplate=[at17_tail],
    must_keep=[at17_mk1, at17_mk2],
)

# ---------------------------------------------------------------- at18 jekyll (cp1252, published "false")
at18_mk1 = ('El semáforo de alerta volcánica se mantiene en amarillo y el radio de exclusión de 12 '
            'kilómetros alrededor del cráter sigue vigente.')
at18_mk2 = ('Recomiendan a la población informarse solo a través de los canales oficiales y no difundir '
            'rumores.')
at18_tail1 = 'Con información de Protección Civil Colima y del CUEV.'
at18_tail2 = 'Sigue a Rincón Colimense en Facebook e Instagram para más noticias del volcán.'
at18 = ('---\n'
        'title: Volcán de Fuego registra explosión con columna de ceniza de 3 kilómetros\n'
        'date: 2016-7-10\n'
        'author: Redacción Rincón Colimense\n'
        'category: Medio Ambiente\n'
        'tags: [volcán, ceniza, Comala]\n'
        'published: "false"\n'
        'publisher: Rincón Colimense\n'
        '---\n\n') + paras(
    'El Volcán de Fuego de Colima registró la mañana de este domingo una explosión que generó una '
    'columna de ceniza de alrededor de tres kilómetros de altura sobre el cráter, la más alta de las '
    'últimas semanas, según el reporte de la Unidad Estatal de Protección Civil.',
    'La emisión ocurrió a las 7:48 horas y fue visible desde la capital del estado y desde Ciudad Guzmán, '
    'en Jalisco. Los vientos dominantes desplazaron la ceniza hacia el noreste, por lo que se reportó una '
    'ligera caída en comunidades de los municipios de Cuauhtémoc y Comala, así como en San Gabriel y '
    'Tonila, del lado jalisciense.',
    'El coordinador estatal de Protección Civil, Melchor Ursúa Quiroz, pidió a la población de las zonas '
    'afectadas cubrir los depósitos de agua, proteger nariz y boca con un paño húmedo o cubrebocas y '
    'evitar actividades al aire libre mientras continúe la caída de ceniza. También recomendó barrer la '
    'ceniza de los techos antes de que llueva, para evitar que el peso del material mojado dañe las '
    'láminas.',
    at18_mk1 + ' Hasta ahora no se ha ordenado la evacuación de ninguna comunidad, aunque las familias de '
    'La Yerbabuena y La Becerrera, que ya habían sido reubicadas en años anteriores, tienen prohibido '
    'regresar a sus antiguas viviendas.',
    'Investigadores del centro universitario de estudios vulcanológicos han advertido desde junio un '
    'aumento en la actividad del volcán, con flujos de lava por la ladera sur y explosiones moderadas '
    'casi diarias. ' + at18_mk2,
    'La autoridad aeronáutica emitió un aviso para los vuelos que cruzan la zona, aunque el aeropuerto de '
    'Colima operaba con normalidad al mediodía.',
    '— ' + at18_tail1,
    at18_tail2,
) + '\n'
write_source('at18.md', at18, enc='cp1252')
write_gold(
    'at18', family='jekyll',
    title='Volcán de Fuego registra explosión con columna de ceniza de 3 kilómetros',
    date='2016-07-10', published=False, bylines=[],
    source='Rincón Colimense', section='Medio Ambiente', placement=[],
    body_first_words='El Volcán de Fuego de Colima registró la mañana',
    body_last_words='operaba con normalidad al mediodía.',
    boilerplate=[at18_tail1, at18_tail2],
    must_keep=[at18_mk1, at18_mk2],
)

# ---------------------------------------------------------------- at19 generic (setext h2 title)
at19_mk1 = ('Lo que esos boletines no dicen es que el agua que falta no está en las presas, sino debajo '
            'de nuestros pies.')
at19_mk2 = ('Ninguna es barata ni popular, y por eso se posponen de un trienio a otro.')
at19 = paras(
    'Las presas del Bajío y la sed que viene\n'
    '---------------------------------------',
    'Cada año, cuando termina la temporada de lluvias, los organismos de agua del Bajío publican el mismo '
    'boletín con cifras parecidas: las presas quedaron al cuarenta, al cincuenta o al sesenta por ciento, '
    'según el caso, y el estiaje se pasará “sin contratiempos”. ' + at19_mk1,
    'Los acuíferos del Valle de León, de Celaya y de Irapuato-Valle llevan décadas sobreexplotados. Se '
    'extrae más de lo que la lluvia recarga, y cada año los pozos tienen que perforarse más hondo para '
    'encontrar el mismo caudal. En algunas zonas de Celaya el suelo se ha hundido más de un metro, y las '
    'grietas ya atraviesan calles y casas.',
    'El problema no es nuevo ni desconocido. Lo que sorprende es la tranquilidad con la que se discute. '
    'Los municipios siguen autorizando fraccionamientos sin preguntar de dónde vendrá el agua, la '
    'agricultura de riego sigue consumiendo la mayor parte de lo que se extrae y la industria que llega '
    'atraída por el corredor automotriz pide, con toda razón, garantías de abasto.',
    'Hay soluciones conocidas: medir de verdad lo que se extrae, cobrar el agua a quien más la usa, '
    'tecnificar el riego, reusar el agua tratada y proteger las zonas de recarga del crecimiento urbano. '
    + at19_mk2,
    'La sed que viene no llegará de golpe. Llegará como ha llegado a otras ciudades: primero con tandeos '
    'en las colonias de la periferia, luego con pipas, después con conflictos entre comunidades por un '
    'pozo. Cuando eso ocurra, los boletines de las presas seguirán diciendo que todo está bajo control.',
    'Conviene empezar a discutirlo ahora, mientras todavía hay margen para decidir.',
) + '\n'
write_source('at19.md', at19)
write_gold(
    'at19', family='generic',
    title='Las presas del Bajío y la sed que viene',
    body_first_words='Cada año, cuando termina la temporada de lluvias',
    body_last_words='mientras todavía hay margen para decidir.',
    must_keep=[at19_mk1, at19_mk2],
)

# ---------------------------------------------------------------- at20 bad (PDF saved as .txt)
at20 = (b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
        b'1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
        b'2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'
        b'3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n'
        b'4 0 obj\n<< /Length 88 /Filter /FlateDecode >>\nstream\n'
        b'x\x9c\x0b\xf2\xcd\x4f\x2c\x28\x01\x00\x00\xff\xff\x03\x00\x8a\x1f\x04\x93\x00\x12\xfe\x80'
        b'\x91\xa3\x00\x07\x1c\x8b\xd5\xee\x02\x00\x00\x00\x00\x9e\x4a\x6b\x10\xc2\x0f\x00\x01\x7f\x00'
        b'\nendstream\nendobj\n'
        b'xref\n0 5\n0000000000 65535 f \n0000000015 00000 n \n0000000064 00000 n \n'
        b'trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n412\n%%EOF\n')
write_source('at20.txt', raw=at20)
write_gold('at20', family='bad', refusal_reason='archivo binario (PDF guardado con extensión .txt)')
