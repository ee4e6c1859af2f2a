#!/usr/bin/env python3
"""importer-bn, files 01-10."""
from common import write_source, write_gold, wrap, NBSP, to_bytes

# ---------------------------------------------------------------- bn01 wire (regional daily, web page copy-paste, Jal.)
bn01 = """Diario La Barranca | Noticias de Guadalajara y Jalisco
Inicio / Seguridad

Rescatan a 14 senderistas extraviados en la Barranca de Huentitán

Por Montserrat Ibarra Cueto
14 de febrero de 2019 · 08:12 hrs

Compartir
Facebook
Twitter
WhatsApp
Correo

Elementos de Protección Civil durante el rescate en la barranca. (Foto: Alejandro Pulido / Diario La Barranca)

Catorce senderistas que se extraviaron la noche del miércoles en la Barranca de Huentitán, al norte de Guadalajara, fueron rescatados sanos y salvos la madrugada de este jueves por elementos de Protección Civil y Bomberos de Jalisco, luego de pasar casi siete horas en una de las veredas que bajan hacia el río Santiago.

El grupo, formado por estudiantes universitarios de entre 19 y 24 años, descendió por la tarde para ver el atardecer desde el puente de Arcediano. De regreso, la falta de luz y una bifurcación mal señalizada los llevaron a un sendero que termina en una zona de rocas sueltas. Lee también: Cierran temporalmente el acceso al mirador Independencia por trabajos de mantenimiento Uno de los jóvenes logró enviar su ubicación a un familiar poco antes de que se le agotara la batería del teléfono.

Los rescatistas bajaron con cuerdas, lámparas y camillas, aunque al final ninguno de los senderistas necesitó ser trasladado a un hospital. Dos de ellos presentaban raspones y uno una torcedura de tobillo, que fue atendida en el lugar por paramédicos de la Cruz Verde.

El coordinador de la base norte de Protección Civil, Efraín Camberos Luna, recordó que las veredas de la barranca son de alta dificultad y pidió a los visitantes bajar sólo por el sendero oficial, que cierra a las 17:00 horas. “La barranca engaña: bajar toma una hora y subir puede tomar tres”, advirtió.

Vecinos de la colonia Huentitán El Bajo señalaron que este tipo de rescates se repite varias veces al año, sobre todo en temporada de secas, cuando aumenta el número de excursionistas. Pidieron al ayuntamiento colocar señalética y alumbrado en los primeros tramos del descenso.

La Dirección de Parques y Jardines informó que este mes comenzará la instalación de 40 letreros con mapas y números de emergencia a lo largo del sendero.

Temas relacionados:
Barranca de Huentitán
Protección Civil Jalisco
Senderismo

Comentarios (0)
Inicia sesión para comentar
"""
write_source('bn01.md', bn01)
write_gold('bn01', family='wire',
           title='Rescatan a 14 senderistas extraviados en la Barranca de Huentitán',
           date='2019-02-14', bylines=['Montserrat Ibarra Cueto'], source='Diario La Barranca',
           section='Seguridad',
           body_first_words='Catorce senderistas que se extraviaron la noche del miércoles',
           body_last_words='números de emergencia a lo largo del sendero.',
           boilerplate=['Diario La Barranca | Noticias de Guadalajara y Jalisco', 'Inicio / Seguridad',
                        'Compartir',
                        'Elementos de Protección Civil durante el rescate en la barranca. (Foto: Alejandro Pulido / Diario La Barranca)',
                        'Lee también: Cierran temporalmente el acceso al mirador Independencia por trabajos de mantenimiento',
                        'Temas relacionados:', 'Comentarios (0)', 'Inicia sesión para comentar'],
           must_keep=['la falta de luz y una bifurcación mal señalizada los llevaron a un sendero que termina en una zona de rocas sueltas.',
                      'Uno de los jóvenes logró enviar su ubicación a un familiar poco antes de que se le agotara la batería del teléfono.',
                      '“La barranca engaña: bajar toma una hora y subir puede tomar tres”, advirtió.'],
           photo_credit='Alejandro Pulido / Diario La Barranca')

# ---------------------------------------------------------------- bn02 wire (agency teletype archive, Camp., cp850)
pars02 = [
    'CHAMPOTÓN, Camp., 2 de octubre (APN).- Los pescadores ribereños de Champotón reportaron que a dos meses de iniciada la temporada de pulpo la captura apenas alcanza la mitad de lo que obtenían el año pasado, por lo que las cooperativas pidieron al gobierno estatal un apoyo emergente para cubrir los gastos de gasolina y carnada.',
    'De acuerdo con la federación de cooperativas pesqueras del municipio, entre agosto y septiembre se desembarcaron alrededor de 310 toneladas, contra 640 en el mismo periodo de 2000. Los pescadores atribuyen la baja al agua turbia que dejaron las lluvias de septiembre y a la presencia de embarcaciones de otros estados en las zonas de pesca tradicionales.',
    'Manuel Jesús Ortegón Chablé, presidente de una de las cooperativas, explicó que cada lancha gasta diariamente unos 400 pesos en combustible y que muchos pescadores regresan con menos de diez kilos. "Así no sale ni para la gasolina", dijo en el muelle de la cabecera municipal.',
    'La delegación de la Secretaría de Agricultura, Ganadería, Desarrollo Rural, Pesca y Alimentación (Sagarpa) informó que revisará con el gobierno del estado la posibilidad de adelantar los recursos del programa de empleo temporal, que normalmente se entregan durante la veda.',
    'La temporada de pulpo en el litoral de Campeche y Yucatán concluye el 15 de diciembre. Las cooperativas esperan que con los primeros nortes el agua se aclare y mejoren las capturas.',
]
bn02 = ('ZCZC APN0342 EST 0412\n'
        'Agencia Peninsular de Noticias (APN) - Servicio Estatal\n'
        'CAMP-PULPO-CAPTURA   02-10-2001   17:45   NORMAL\n'
        '\n'
        'Pescadores de Champotón reportan baja captura de pulpo a la mitad de la temporada\n'
        '\n'
        '   Por Jacinto Can Uc, corresponsal\n'
        '\n'
        + '\n'.join(wrap(p, 66, indent='   ') for p in pars02) +
        '\n\nAPN/JCU/ral   17:45\n\n\n\nNNNN\n')
write_source('bn02.txt', bn02, enc='cp850', eol='crlf')
write_gold('bn02', family='wire',
           title='Pescadores de Champotón reportan baja captura de pulpo a la mitad de la temporada',
           date='2001-10-02', bylines=['Jacinto Can Uc'], source='Agencia Peninsular de Noticias',
           body_first_words='Los pescadores ribereños de Champotón reportaron',
           body_last_words='el agua se aclare y mejoren las capturas.',
           boilerplate=['ZCZC APN0342 EST 0412', 'CAMP-PULPO-CAPTURA',
                        'CHAMPOTÓN, Camp., 2 de octubre (APN).-', 'APN/JCU/ral', 'NNNN'],
           must_keep=['Los pescadores atribuyen la baja al agua turbia que dejaron las lluvias de septiembre y a la presencia de embarcaciones de otros estados en las zonas de pesca tradicionales.',
                      '"Así no sale ni para la gasolina", dijo en el muelle de la cabecera municipal.',
                      'La temporada de pulpo en el litoral de Campeche y Yucatán concluye el 15 de diciembre.'])

# ---------------------------------------------------------------- bn03 wire (community radio, WhatsApp channel post, Q. Roo)
bn03 = """*🔴 RADIO YÁAX CHÉ INFORMA*

*Apicultores de la zona maya reciben certificación orgánica para su miel*

🗓️ 12/07/2023
🎙️ Reportó: Wilberth Chan Poot

FELIPE CARRILLO PUERTO.- Ciento doce familias apicultoras de 14 comunidades del municipio de Felipe Carrillo Puerto recibieron esta semana la certificación orgánica para la miel que producen en la selva, lo que les permitirá venderla a compradores de Europa a un mejor precio.

La certificación fue el resultado de tres años de trabajo de la cooperativa Lool Kaab, que agrupa a productores de X-Hazil, Chunhuhub, Tihosuco y otras comunidades. Durante ese tiempo los apicultores dejaron de usar químicos para combatir la varroa y llevaron un registro de cada colmena.

*Doña Asunción Pat May*, socia de la cooperativa, contó en entrevista con esta emisora que antes vendían el kilo de miel a 28 pesos a los acopiadores. “Ahora nos ofrecen casi el doble, pero tenemos que cuidar que las abejas no se acerquen a los campos donde fumigan”, explicó en maya.

Los productores advirtieron que la deforestación y las sequías de los últimos años han reducido la floración del tajonal y del ts'íits'ilche', las plantas de las que se alimentan las abejas en la temporada de cosecha.

La cooperativa prepara ahora un centro de acopio con capacidad para 60 toneladas, que espera inaugurar antes de la próxima cosecha, en la primavera de 2024.

_Con información de la cooperativa Lool Kaab_

📻 Escúchanos en el 104.3 FM y en radioyaaxche.example.mx
👉 Sigue el canal de Radio Yáax Ché en WhatsApp: https://wa.example.mx/channel/RadioYaaxChe
"""
write_source('bn03.txt', bn03, eol=('mixed', 6))
write_gold('bn03', family='wire',
           title='Apicultores de la zona maya reciben certificación orgánica para su miel',
           date='2023-07-12', bylines=['Wilberth Chan Poot'], source='Radio Yáax Ché',
           body_first_words='Ciento doce familias apicultoras de 14 comunidades',
           body_last_words='antes de la próxima cosecha, en la primavera de 2024.',
           boilerplate=['RADIO YÁAX CHÉ INFORMA', 'FELIPE CARRILLO PUERTO.-',
                        'Con información de la cooperativa Lool Kaab',
                        'Escúchanos en el 104.3 FM y en radioyaaxche.example.mx',
                        'Sigue el canal de Radio Yáax Ché en WhatsApp: https://wa.example.mx/channel/RadioYaaxChe'],
           must_keep=['Durante ese tiempo los apicultores dejaron de usar químicos para combatir la varroa y llevaron un registro de cada colmena.',
                      '“Ahora nos ofrecen casi el doble, pero tenemos que cuidar que las abejas no se acerquen a los campos donde fumigan”, explicó en maya.',
                      "Los productores advirtieron que la deforestación y las sequías de los últimos años han reducido la floración del tajonal y del ts'íits'ilche', las plantas de las que se alimentan las abejas en la temporada de cosecha."])

# ---------------------------------------------------------------- bn04 wire (tourist-town weekly, print PDF-to-text, Jal.)
p04a = [
    'Más de trescientas familias de la colonia El Pitillal firmaron una petición para que el ayuntamiento construya un puente peatonal sobre el río Pitillal, a la altura de la calle Emiliano Zapata, donde cada temporada de lluvias los niños tienen que cruzar el cauce para llegar a la escuela primaria.',
    'El cruce actual es un paso de piedras y costales de arena que los mismos vecinos rehacen cada año. En septiembre pasado, una creciente arrastró a un joven de 15 años, que fue rescatado por pescadores río abajo, cerca de la desembocadura.',
    '“No pedimos una obra de lujo, pedimos que nuestros hijos no se mojen hasta la cintura para ir a clases”, dijo Guadalupe Arreola Topete, integrante del comité vecinal que reunió las firmas durante tres fines de semana.',
]
p04b = [
    'El director de Obras Públicas municipal, Humberto Rodríguez Salcedo, confirmó que el proyecto existe desde 2006 y que tiene un costo estimado de 2.8 millones de pesos. Explicó que la obra no se incluyó en el presupuesto de este año porque se dio prioridad a la ampliación de la avenida Francisco Villa.',
    'Los vecinos respondieron que volverán a presentar la petición en la sesión de cabildo de abril y que, si no hay respuesta, buscarán el apoyo de los hoteleros de la zona, cuyos trabajadores también usan el cruce para llegar a la avenida.',
    'Mientras tanto, el comité organizó una kermés para el domingo 16 de marzo en el jardín de la colonia, con la que espera reunir fondos para instalar al menos un barandal provisional antes de junio.',
]
bn04 = ('                    BAHÍA ABIERTA\n'
        '   Semanario de Puerto Vallarta y Bahía de Banderas\n'
        'Jueves 6 de marzo de 2008 · Año 12 · No. 587                         $5.00\n'
        '\n'
        '4\n'
        '\n'
        'Comunidad\n'
        '\n'
        'Vecinos de El Pitillal piden\n'
        'puente peatonal sobre el río\n'
        '\n'
        'Por Liliana Curiel Peña\n'
        '\n'
        + '\n'.join(wrap(p, 58, indent='  ', hyphenate=True) for p in p04a) +
        '\n                                         (Pasa a la pág. 6)\n'
        '\f6                BAHÍA ABIERTA · Jueves 6 de marzo de 2008\n'
        '\n'
        '(Viene de la pág. 4)\n'
        + '\n'.join(wrap(p, 58, indent='  ', hyphenate=True) for p in p04b) + '\n'
        '\n'
        '\f')
write_source('bn04.txt', bn04)
write_gold('bn04', family='wire',
           title='Vecinos de El Pitillal piden puente peatonal sobre el río',
           date='2008-03-06', bylines=['Liliana Curiel Peña'], source='Bahía Abierta',
           section='Comunidad',
           body_first_words='Más de trescientas familias de la colonia El Pitillal',
           body_last_words='un barandal provisional antes de junio.',
           boilerplate=['Semanario de Puerto Vallarta y Bahía de Banderas',
                        'Jueves 6 de marzo de 2008 · Año 12 · No. 587',
                        '(Pasa a la pág. 6)', '6 BAHÍA ABIERTA · Jueves 6 de marzo de 2008',
                        '(Viene de la pág. 4)'],
           must_keep=['El cruce actual es un paso de piedras y costales de arena que los mismos vecinos rehacen cada año.',
                      'Explicó que la obra no se incluyó en el presupuesto de este año porque se dio prioridad a la ampliación de la avenida Francisco Villa.',
                      '“No pedimos una obra de lujo, pedimos que nuestros hijos no se mojen hasta la cintura para ir a clases”, dijo Guadalupe Arreola Topete, integrante del comité vecinal que reunió las firmas durante tres fines de semana.'])

# ---------------------------------------------------------------- bn05 wire (national web, Mérida correspondent, cp1252)
bn05 = """Estados
Ampliarán la ciclovía de Paseo de Montejo hasta el Periférico de Mérida
Karla Ek Novelo | Reporte Sureste
Mérida, Yucatán
Actualizado: 07/06/2016 18:40
Publicado: 05/06/2016 10:15
Foto: Lente Sur / Reporte Sureste

El Ayuntamiento de Mérida anunció que la ruta dominical de bicicletas que recorre el Paseo de Montejo se ampliará en agosto hasta el Periférico, con lo que el circuito pasará de 9 a 17 kilómetros y conectará por primera vez con colonias del norte de la ciudad.

Cada domingo, entre las 8:00 y las 12:30 horas, alrededor de 20 mil personas recorren en bicicleta, patines o a pie las avenidas que se cierran a la circulación de automóviles. La ampliación seguirá la avenida Prolongación Montejo y tendrá puntos de hidratación y de asistencia mecánica cada dos kilómetros.

Te puede interesar: Mérida estrena rutas nocturnas de transporte en el centro histórico La directora municipal de Desarrollo Social, Gabriela Pacheco Rosado, explicó que la decisión se tomó tras una consulta en la que participaron 4 mil 300 personas, y que el nuevo tramo se probará durante tres meses. “Queremos que la familia que vive en el norte no tenga que cargar la bicicleta en el coche para venir al centro”, dijo.

Comerciantes de la avenida manifestaron su preocupación por el cierre de los accesos a sus negocios durante la mañana del domingo. El ayuntamiento respondió que se habilitarán cruces vehiculares cada 500 metros, resguardados por agentes de la Policía Municipal.

Organizaciones de ciclistas celebraron la medida… aunque pidieron que la ciudad construya también carriles confinados para quienes usan la bicicleta para ir al trabajo entre semana, no sólo como paseo.

MÁS NOTICIAS
– Progreso alista temporada de verano con 40 salvavidas
– Campeche reporta aumento en llegada de cruceros
– Valladolid celebra su feria con saldo blanco
"""
write_source('bn05.txt', bn05, enc='cp1252', eol='crlf')
write_gold('bn05', family='wire',
           title='Ampliarán la ciclovía de Paseo de Montejo hasta el Periférico de Mérida',
           date='2016-06-05', bylines=['Karla Ek Novelo'], source='Reporte Sureste', section='Estados',
           body_first_words='El Ayuntamiento de Mérida anunció que la ruta dominical de bicicletas',
           body_last_words='para ir al trabajo entre semana, no sólo como paseo.',
           boilerplate=['Mérida, Yucatán', 'Actualizado: 07/06/2016 18:40',
                        'Foto: Lente Sur / Reporte Sureste',
                        'Te puede interesar: Mérida estrena rutas nocturnas de transporte en el centro histórico',
                        'MÁS NOTICIAS', 'Progreso alista temporada de verano con 40 salvavidas',
                        'Campeche reporta aumento en llegada de cruceros',
                        'Valladolid celebra su feria con saldo blanco'],
           must_keep=['La directora municipal de Desarrollo Social, Gabriela Pacheco Rosado, explicó que la decisión se tomó tras una consulta en la que participaron 4 mil 300 personas, y que el nuevo tramo se probará durante tres meses.',
                      'El ayuntamiento respondió que se habilitarán cruces vehiculares cada 500 metros, resguardados por agentes de la Policía Municipal.',
                      'La ampliación seguirá la avenida Prolongación Montejo y tendrá puntos de hidratación y de asistencia mecánica cada dos kilómetros.'],
           photo_credit='Lente Sur / Reporte Sureste')

# ---------------------------------------------------------------- bn06 wire (2000s CMS export, Ags., ISO-8859-1)
texto06 = ('<p>Un total de 120 comerciantes del tianguis que se instala los martes y viernes alrededor del templo de la Purísima serán reubicados a partir del próximo mes en un predio municipal junto al mercado Terán, informó el Ayuntamiento de Aguascalientes.</p>'
           '<p>La medida responde a las quejas de vecinos del barrio, que desde hace a&ntilde;os denuncian que los puestos bloquean las cocheras y que los desechos se quedan en la calle despu&eacute;s de que los comerciantes se retiran. El regidor de Mercados, Rub&eacute;n Alvarado Lu&eacute;vano, dijo que el nuevo espacio tendrá sanitarios, tomas de agua y un estacionamiento para 60 vehículos.</p>'
           '<p>Los comerciantes, agrupados en dos uniones, aceptaron el cambio con condiciones. Piden que el ayuntamiento no les cobre el derecho de piso durante los primeros seis meses y que coloque señalamientos para que los clientes encuentren la nueva ubicación.<br /><br />&quot;Aquí llevamos 30 a&ntilde;os; la gente ya sabe d&oacute;nde encontrarnos&quot;, coment&oacute; Josefina Medina, quien vende frutas y verduras.</p>'
           '<p>El traslado se hará en dos etapas: la primera, con los puestos de ropa y abarrotes, el 7 de diciembre, y la segunda, con los de comida, después de las fiestas de fin de año.</p>'
           '<p>Las autoridades municipales aseguraron que la calle Gorostiza y las aledañas al templo quedarán libres para el paso de los peregrinos que acuden a la parroquia el 8 de diciembre, día de la Inmaculada Concepción.</p>')
bn06 = ('# NotiCMS 2.3 - exportacion de la tabla nt_notas (registro 18442)\n'
        '# generado 2011-08-19 03:12:44 por respaldo_nocturno.php\n'
        '[nota]\n'
        'id_nota=18442\n'
        'titulo=Reubican a 120 comerciantes del tianguis de la Purísima\n'
        'sumario=El Ayuntamiento los trasladará a un predio junto al mercado Terán\n'
        'seccion=Local\n'
        'autor=Por Gerardo Macías Romo\n'
        'fecha_pub=2004-11-23\n'
        'hora_pub=06:00:00\n'
        'estatus=publicada\n'
        'medio=El Centinela Hidrocálido\n'
        'foto=/fotos/2004/11/tianguis_purisima.jpg\n'
        'pie_foto=Puestos del tianguis sobre la calle Gorostiza. Foto: Archivo El Centinela\n'
        'texto=' + texto06 + '\n'
        'visitas=0\n'
        '[/nota]\n')
write_source('bn06.txt', bn06, enc='latin-1')
write_gold('bn06', family='wire',
           title='Reubican a 120 comerciantes del tianguis de la Purísima',
           date='2004-11-23', bylines=['Gerardo Macías Romo'], source='El Centinela Hidrocálido',
           section='Local',
           body_first_words='Un total de 120 comerciantes del tianguis',
           body_last_words='el 8 de diciembre, día de la Inmaculada Concepción.',
           boilerplate=['# generado 2011-08-19 03:12:44 por respaldo_nocturno.php',
                        'El Ayuntamiento los trasladará a un predio junto al mercado Terán',
                        'Puestos del tianguis sobre la calle Gorostiza. Foto: Archivo El Centinela',
                        '/fotos/2004/11/tianguis_purisima.jpg', 'visitas=0'],
           must_keep=['Un total de 120 comerciantes del tianguis que se instala los martes y viernes alrededor del templo de la Purísima serán reubicados a partir del próximo mes en un predio municipal junto al mercado Terán, informó el Ayuntamiento de Aguascalientes.',
                      'Piden que el ayuntamiento no les cobre el derecho de piso durante los primeros seis meses y que coloque señalamientos para que los clientes encuentren la nueva ubicación.',
                      'El traslado se hará en dos etapas: la primera, con los puestos de ropa y abarrotes, el 7 de diciembre, y la segunda, con los de comida, después de las fiestas de fin de año.'],
           photo_credit='Archivo El Centinela')

# ---------------------------------------------------------------- bn07 wire (1999 port weekly, Mac Roman, CR)
bn07 = """PUERTO LIBRE
Semanario independiente de Manzanillo
Año 5 · Número 214 · Viernes 13 de agosto de 1999

Ciudad

Comerciantes del centro piden sacar a los tráileres de la avenida Morelos

Por Ramón Aguayo Zepeda

Los comerciantes del centro de Manzanillo entregaron esta semana al presidente municipal un escrito con más de 500 firmas para pedir que los tractocamiones que entran y salen del puerto dejen de circular por la avenida Morelos y por las calles que rodean el jardín Álvaro Obregón.

Según los firmantes, por el primer cuadro pasan a diario más de mil unidades de carga, que dañan el pavimento, provocan embotellamientos en las horas de entrada a las escuelas y ahuyentan a los turistas. “Uno no puede ni abrir la cortina sin que le pase un tráiler enfrente”, dijo Eloísa Mancilla, dueña de una zapatería.

La Administración Portuaria Integral ha prometido desde hace dos años un acceso directo hacia la zona de San Pedrito, pero la obra sigue en proyecto. Mientras tanto, los transportistas argumentan que no tienen otra ruta para llegar a las terminales.

El cabildo acordó formar una comisión con representantes de los comerciantes, de los transportistas y de la capitanía de puerto para proponer un horario restringido. Una de las opciones es permitir el paso de tráileres por el centro sólo entre las diez de la noche y las seis de la mañana.

Los comerciantes darán un plazo de 30 días para recibir una respuesta. Si no la hay, advirtieron, cerrarán sus negocios durante una mañana en señal de protesta.

—RAZ
"""
write_source('bn07.txt', bn07, enc='mac_roman', eol='cr')
write_gold('bn07', family='wire',
           title='Comerciantes del centro piden sacar a los tráileres de la avenida Morelos',
           date='1999-08-13', bylines=['Ramón Aguayo Zepeda'], source='Puerto Libre', section='Ciudad',
           body_first_words='Los comerciantes del centro de Manzanillo entregaron esta semana',
           body_last_words='cerrarán sus negocios durante una mañana en señal de protesta.',
           boilerplate=['Semanario independiente de Manzanillo',
                        'Año 5 · Número 214 · Viernes 13 de agosto de 1999', '—RAZ'],
           must_keep=['“Uno no puede ni abrir la cortina sin que le pase un tráiler enfrente”, dijo Eloísa Mancilla, dueña de una zapatería.',
                      'Mientras tanto, los transportistas argumentan que no tienen otra ruta para llegar a las terminales.',
                      'Una de las opciones es permitir el paso de tráileres por el centro sólo entre las diez de la noche y las seis de la mañana.'])

# ---------------------------------------------------------------- bn08 wire (regional agency, Yuc., setext title)
bn08 = """Economía

Puerto de Progreso cierra 2025 con récord de carga contenerizada
================================================================

Por Itzel Chuc Balam, Mauricio Várguez Solís y Rosa Elena Dzib | Servicio Informativo del Golfo (SIG)
Domingo 4 de enero de 2026

PROGRESO, Yuc., 4 de enero de 2026 (SIG).— El puerto de altura de Progreso movió durante 2025 un total de 168 mil contenedores, la cifra más alta desde que inició operaciones su terminal especializada, de acuerdo con el balance anual que presentaron este domingo las autoridades portuarias y los agentes aduanales de la entidad.

El crecimiento, de 11 por ciento frente a 2024, se explica sobre todo por las exportaciones de miel, cítricos y productos de la industria maquiladora, así como por la importación de granos para las granjas porcícolas y avícolas de la península.

Relacionado: Yucatán exportó miel a 18 países durante 2025

Los transportistas advirtieron que el aumento de carga ya satura la carretera Mérida-Progreso en las horas de salida de los barcos, y pidieron acelerar la ampliación del viaducto alterno. “Hay días en que un camión tarda más en salir del puerto que en llegar a Mérida”, afirmó Genaro Pisté Aké, dirigente de una asociación de transportistas.

Las autoridades portuarias señalaron que en el primer semestre de 2026 entrarán en operación dos nuevas grúas y un patio de contenedores refrigerados, con lo que esperan reducir a la mitad los tiempos de espera.

Progreso recibió además 97 cruceros con más de 300 mil pasajeros, aunque la temporada se vio afectada por la cancelación de once arribos durante los meses de huracanes.

Síguenos en X e Instagram como @SIGolfoNoticiasEj

SIG/ICB/mvs
"""
write_source('bn08.md', bn08, eol='crlf', bom=True)
write_gold('bn08', family='wire',
           title='Puerto de Progreso cierra 2025 con récord de carga contenerizada',
           date='2026-01-04',
           bylines=['Itzel Chuc Balam', 'Mauricio Várguez Solís', 'Rosa Elena Dzib'],
           source='Servicio Informativo del Golfo', section='Economía',
           body_first_words='El puerto de altura de Progreso movió durante 2025',
           body_last_words='la cancelación de once arribos durante los meses de huracanes.',
           boilerplate=['PROGRESO, Yuc., 4 de enero de 2026 (SIG).—',
                        'Relacionado: Yucatán exportó miel a 18 países durante 2025',
                        'Síguenos en X e Instagram como @SIGolfoNoticiasEj', 'SIG/ICB/mvs'],
           must_keep=['El crecimiento, de 11 por ciento frente a 2024, se explica sobre todo por las exportaciones de miel, cítricos y productos de la industria maquiladora, así como por la importación de granos para las granjas porcícolas y avícolas de la península.',
                      '“Hay días en que un camión tarda más en salir del puerto que en llegar a Mérida”, afirmó Genaro Pisté Aké, dirigente de una asociación de transportistas.',
                      'Progreso recibió además 97 cruceros con más de 300 mil pasajeros'])

# ---------------------------------------------------------------- bn09 press (state health dept., Yuc., saved e-mail)
bn09 = """De: Enlace de Prensa SSY <enlace.prensa@salud-yuc.example.mx>
Enviado: martes, 14 de marzo de 2017 13:02
Para: Mesa de Redacción <mesa@diariomayab.example.mx>
CC: Fotografía <foto@diariomayab.example.mx>
Asunto: BOLETÍN 412 || Salud emite recomendaciones por temporada de calor

Buenas tardes, compañeros. Les compartimos el boletín de hoy para su amable difusión. Se anexan dos fotografías.

GOBIERNO DEL ESTADO DE YUCATÁN
SECRETARÍA DE SALUD DE YUCATÁN
Boletín 412

Salud refuerza vigilancia por golpes de calor en los 106 municipios

Mérida, Yucatán, a 14 de marzo de 2017.- Ante el inicio de la temporada de calor, la Secretaría de Salud de Yucatán (SSY) activó la vigilancia epidemiológica de golpes de calor, deshidratación y quemaduras solares en los 106 municipios del estado, y pidió a la población extremar precauciones durante las horas de mayor temperatura.

Durante 2016 se registraron en la entidad 37 casos de golpe de calor, dos de ellos mortales, la mayoría en personas que trabajaban al aire libre en el campo y en la construcción. Los meses de mayor riesgo son abril y mayo, cuando el termómetro supera con frecuencia los 40 grados.

La dependencia recomendó beber agua natural aunque no se tenga sed, evitar la exposición al sol entre las 11:00 y las 16:00 horas, usar ropa ligera de colores claros y no dejar a niñas, niños ni mascotas dentro de vehículos estacionados.

El director de Salud Pública, doctor Fernando Canché Rivero, explicó que las personas adultas mayores y quienes padecen diabetes o hipertensión son las más vulnerables. “Un mareo, dolor de cabeza intenso o piel seca y caliente son señales de alerta para acudir de inmediato al centro de salud”, indicó.

Las unidades médicas de la SSY cuentan con sobres de suero oral gratuitos, y el personal de los centros de salud visitará mercados, terminales de autobuses y obras de construcción para distribuir material informativo en español y en lengua maya.

---o0o---

Saludos cordiales,

Lic. Patricia Euán Herrera
Enlace de Prensa | Secretaría de Salud de Yucatán
Tel. 999 555 0143 ext. 48012

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información reservada.
"""
write_source('bn09.txt', bn09, eol='crlf')
write_gold('bn09', family='press_release',
           title='Salud refuerza vigilancia por golpes de calor en los 106 municipios',
           date='2017-03-14', source='SECRETARÍA DE SALUD DE YUCATÁN',
           bulletin_number='412', issuer='SECRETARÍA DE SALUD DE YUCATÁN', dateline_city='Mérida',
           body_first_words='Ante el inicio de la temporada de calor, la Secretaría de Salud de Yucatán',
           body_last_words='material informativo en español y en lengua maya.',
           boilerplate=['De: Enlace de Prensa SSY <enlace.prensa@salud-yuc.example.mx>',
                        'Asunto: BOLETÍN 412 || Salud emite recomendaciones por temporada de calor',
                        'Buenas tardes, compañeros. Les compartimos el boletín de hoy para su amable difusión.',
                        'GOBIERNO DEL ESTADO DE YUCATÁN', 'Boletín 412',
                        'Mérida, Yucatán, a 14 de marzo de 2017.-', '---o0o---', 'Saludos cordiales,', 'Lic. Patricia Euán Herrera',
                        'Enlace de Prensa | Secretaría de Salud de Yucatán',
                        'Tel. 999 555 0143 ext. 48012',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información reservada.'],
           must_keep=['Los meses de mayor riesgo son abril y mayo, cuando el termómetro supera con frecuencia los 40 grados.',
                      '“Un mareo, dolor de cabeza intenso o piel seca y caliente son señales de alerta para acudir de inmediato al centro de salud”, indicó.',
                      'Durante 2016 se registraron en la entidad 37 casos de golpe de calor, dos de ellos mortales, la mayoría en personas que trabajaban al aire libre en el campo y en la construcción.'])

# ---------------------------------------------------------------- bn10 press (municipality, Jal., Word "texto sin formato")
bn10 = """H. Ayuntamiento de Puerto Vallarta
Administración 2010-2012
Dirección de Comunicación Social
Boletín No. 1187/2010
Instalan 25 contenedores soterrados en la Zona Romántica   
\tPuerto Vallarta, Jal., 3 de mayo de 2010.- Con el fin de evitar que la basura se acumule en las banquetas de una de las zonas más visitadas por el turismo, el Ayuntamiento de Puerto Vallarta instaló 25 contenedores soterrados en las calles de la Zona Romántica, informó la Dirección de Servicios Públicos Municipales.
\tCada contenedor tiene capacidad para tres metros cúbicos de residuos y sólo deja a la vista un buzón de acero inoxidable, lo que reduce los malos olores y evita que los perros callejeros rompan las bolsas. La inversión fue de 4.6 millones de pesos. 
\tLos contenedores se ubicaron en los siguientes puntos:
•\tcalle Olas Altas, entre Basilio Badillo y Francisca Rodríguez;
•\tcalle Ignacio L. Vallarta, frente a la plaza Lázaro Cárdenas;
•\tmalecón del Muelle de Los Muertos, en sus dos accesos.
\tEl director de Servicios Públicos, Joel Alcaraz Bañuelos, explicó que los camiones recolectores vaciarán los contenedores cada noche entre las 23:00 y las 5:00 horas, para no interferir con el tráfico de la temporada alta. Pidió a hoteleros y restauranteros separar los residuos reciclables y no depositar escombro ni ramas.
\tLa siguiente etapa del programa contempla la instalación de 40 contenedores más en el Centro y en la colonia Emiliano Zapata antes de que termine el año.
-oOo-
Dirección de Comunicación Social
Tel. (322) 555 0177, ext. 1204 · comunicacion@pvallarta-cs.example.mx
"""
write_source('bn10.txt', bn10, enc='cp1252', eol='crlf')
write_gold('bn10', family='press_release',
           title='Instalan 25 contenedores soterrados en la Zona Romántica',
           date='2010-05-03', source='H. Ayuntamiento de Puerto Vallarta',
           bulletin_number='1187/2010', issuer='H. Ayuntamiento de Puerto Vallarta',
           dateline_city='Puerto Vallarta',
           body_first_words='Con el fin de evitar que la basura se acumule en las banquetas',
           body_last_words='en la colonia Emiliano Zapata antes de que termine el año.',
           boilerplate=['Administración 2010-2012', 'Dirección de Comunicación Social',
                        'Boletín No. 1187/2010', 'Puerto Vallarta, Jal., 3 de mayo de 2010.-', '-oOo-',
                        'Tel. (322) 555 0177, ext. 1204 · comunicacion@pvallarta-cs.example.mx'],
           must_keep=['La inversión fue de 4.6 millones de pesos.',
                      'calle Olas Altas, entre Basilio Badillo y Francisca Rodríguez;',
                      'Pidió a hoteleros y restauranteros separar los residuos reciclables y no depositar escombro ni ramas.'])
