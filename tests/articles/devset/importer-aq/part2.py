"""aq11-aq20."""
from common import write, emit_gold, mixed_eol

NB = '\u00a0'

# ---------------------------------------------------------------- aq11 wire (cp1252, plain title, correspondent)
t = """Aparecen cientos de calamares gigantes varados en playas de Loreto
Por Jesús Manuel Geraldo Amador, corresponsal | Diario La Paz Hoy
Loreto, B.C.S., martes 14 de mayo de 2024

Foto: Jesús Manuel Geraldo / Diario La Paz Hoy

Pescadores y vecinos de Loreto reportaron desde la madrugada del lunes la presencia de cientos de calamares gigantes varados a lo largo de unos cuatro kilómetros de playa, entre el malecón y la zona conocida como Nopoló.

Los ejemplares, de entre 60 centímetros y un metro de largo, fueron arrastrados por la marea durante la noche. Algunos aún se movían cuando los primeros paseantes llegaron a la playa, por lo que varios niños intentaron regresarlos al agua.

Personal del Parque Nacional Bahía de Loreto acudió a tomar muestras de agua y de tejido para enviarlas a un laboratorio en La Paz. El director del área protegida, Fernando Meza Villavicencio, explicó que los varamientos de calamar son relativamente frecuentes en el Golfo de California y suelen asociarse a cambios bruscos de temperatura o a la falta de oxígeno en capas profundas. También te recomendamos: Cierran temporalmente la playa El Requesón por marea roja

“No hay evidencia por ahora de contaminación, pero vamos a esperar los resultados antes de descartar cualquier causa”, señaló.

Para los pescadores de la cooperativa Puerto Escondido, el fenómeno confirma lo que han observado en el mar desde marzo. “El calamar está muy cerca de la costa y muy flaco; antes había que ir a 20 millas para encontrarlo”, dijo Ramón Davis Higuera, quien lleva tres décadas en la pesquería.

El ayuntamiento envió cuadrillas de Servicios Públicos para retirar los organismos antes de que se descompongan y pidió a la población no consumirlos ni recogerlos para carnada mientras se conocen los resultados de laboratorio.

Se prevé que los análisis estén listos a finales de esta semana.
"""
write('aq11.txt', t, enc='cp1252')
emit_gold('aq11', family='wire',
          title='Aparecen cientos de calamares gigantes varados en playas de Loreto',
          date='2024-05-14', bylines=['Jesús Manuel Geraldo Amador'], source='Diario La Paz Hoy',
          body_first_words='Pescadores y vecinos de Loreto reportaron desde la madrugada del lunes',
          body_last_words='Se prevé que los análisis estén listos a finales de esta semana.',
          boilerplate=['Foto: Jesús Manuel Geraldo / Diario La Paz Hoy',
                       'También te recomendamos: Cierran temporalmente la playa El Requesón por marea roja',
                       'Por Jesús Manuel Geraldo Amador, corresponsal | Diario La Paz Hoy'],
          must_keep=['El director del área protegida, Fernando Meza Villavicencio, explicó que los varamientos de calamar son relativamente frecuentes en el Golfo de California y suelen asociarse a cambios bruscos de temperatura o a la falta de oxígeno en capas profundas.',
                     'Los ejemplares, de entre 60 centímetros y un metro de largo, fueron arrastrados por la marea durante la noche.',
                     '“No hay evidencia por ahora de contaminación, pero vamos a esperar los resultados antes de descartar cualquier causa”, señaló.'],
          photo_credit='Jesús Manuel Geraldo / Diario La Paz Hoy')

# ---------------------------------------------------------------- aq12 press (UTF-8 BOM, caps issuer, own-line dateline, -oOo-)
t = """UNIVERSIDAD AUTÓNOMA DE BAJA CALIFORNIA SUR
Boletín No. 118

La Paz, B.C.S., 7 de noviembre de 2023

Investigadores de la UABCS describen una nueva especie de biznaga en la Sierra de La Laguna

Un equipo del Departamento Académico de Ciencias Biológicas de la Universidad Autónoma de Baja California Sur (UABCS) describió una nueva especie de biznaga endémica de la Sierra de La Laguna, que fue nombrada Mammillaria lagunensis en referencia a la reserva donde fue localizada.

El hallazgo fue publicado en la revista Acta Botánica del Noroeste y es resultado de cuatro años de recorridos de campo en cañadas ubicadas por encima de los mil 200 metros de altitud, explicó el responsable del proyecto, doctor Alfredo Cota Verdugo.

De acuerdo con el investigador, la planta se distingue de especies cercanas por sus espinas centrales en forma de gancho, de color rojizo, y por flores de tono rosa pálido que aparecen solo durante las semanas posteriores a las lluvias de verano.

"Hasta ahora hemos encontrado menos de 300 individuos en dos poblaciones muy pequeñas, por lo que vamos a proponer que se incluya en la norma oficial de especies en riesgo", indicó.

En el trabajo participaron también la maestra Claudia Amador Geraldo y cuatro estudiantes de licenciatura y posgrado, quienes realizaron el registro fotográfico y el análisis morfológico de los ejemplares.

La Rectoría destacó que con este registro suman once especies de flora descritas por académicos de la institución en la última década, y reiteró su compromiso con el conocimiento y la conservación de la biodiversidad sudcaliforniana.

-oOo-

Dirección de Comunicación Universitaria
comunicacion@uabcs.example.mx · Tel. 612 555 8000 ext. 3030
Facebook e Instagram: @UABCS_Oficial_ej
"""
write('aq12.md', t, bom=True)
emit_gold('aq12', family='press_release',
          title='Investigadores de la UABCS describen una nueva especie de biznaga en la Sierra de La Laguna',
          date='2023-11-07', source='UNIVERSIDAD AUTÓNOMA DE BAJA CALIFORNIA SUR',
          bulletin_number='118', issuer='UNIVERSIDAD AUTÓNOMA DE BAJA CALIFORNIA SUR', dateline_city='La Paz',
          body_first_words='Un equipo del Departamento Académico de Ciencias Biológicas de la Universidad',
          body_last_words='con el conocimiento y la conservación de la biodiversidad sudcaliforniana.',
          boilerplate=['-oOo-', 'Dirección de Comunicación Universitaria', 'comunicacion@uabcs.example.mx',
                       'Tel. 612 555 8000 ext. 3030', '@UABCS_Oficial_ej', 'Boletín No. 118'],
          must_keep=['"Hasta ahora hemos encontrado menos de 300 individuos en dos poblaciones muy pequeñas, por lo que vamos a proponer que se incluya en la norma oficial de especies en riesgo", indicó.',
                     'En el trabajo participaron también la maestra Claudia Amador Geraldo y cuatro estudiantes de licenciatura y posgrado, quienes realizaron el registro fotográfico y el análisis morfológico de los ejemplares.'])

# ---------------------------------------------------------------- aq13 jekyll (fecha key, block categories w/ placement, NBSP, two authors)
t = """---
layout: nota
title: "Remeros de Altata ganan tres medallas en el Nacional de Canotaje"
fecha: 2022-10-05
author: ["Luis Fernando Zazueta", "Brenda Aispuro Cázarez"]
categories:
  - Destacadas
  - Deportes
tags: [canotaje, Altata, Navolato]
medio: El Estero
---

Cuatro integrantes del club de canotaje Bahía de Altata regresaron a Navolato con una medalla de oro y dos de bronce obtenidas en el Campeonato Nacional de Canotaje de Velocidad, celebrado el fin de semana en la pista de Cuemanco, en la Ciudad de México.

La presea dorada fue para Yareli Camacho Bojórquez, de 16{nb}años, quien se impuso en la prueba de K-1{nb}500{nb}metros juvenil con un tiempo de 2:04.31, casi dos segundos por delante de la representante de Veracruz.

Los bronces los consiguieron los hermanos Iván y Josué Lizárraga Inzunza, en K-2{nb}1000{nb}metros categoría menores, y Dulce María Osuna Peraza, en C-1{nb}200{nb}metros juvenil; para los tres fue su primera competencia nacional.

El entrenador Armando Félix Sarabia recordó que el club entrena desde hace seis años en el estero, con kayaks donados y remos reparados por los propios padres de familia. "Aquí no hay pista ni boyas; medimos las distancias con el GPS del teléfono y entrenamos cuando la marea lo permite", explicó.

Los deportistas viajaron gracias a una colecta organizada por restauranteros de la playa y al apoyo de la sindicatura de Altata, que cubrió el transporte en autobús.

Con estos resultados, Camacho Bojórquez quedó preseleccionada para el campamento de la selección juvenil que se realizará en enero, con miras al Campeonato Panamericano.

El club invita a niñas y niños a partir de 10{nb}años a sumarse a los entrenamientos, que se realizan de martes a sábado a las 6:30 de la mañana junto al muelle de pescadores.
""".format(nb=NB)
write('aq13.md', t)
emit_gold('aq13', family='jekyll',
          title='Remeros de Altata ganan tres medallas en el Nacional de Canotaje',
          date='2022-10-05', bylines=['Luis Fernando Zazueta', 'Brenda Aispuro Cázarez'], source='El Estero',
          section='Deportes', placement=['Destacadas'],
          body_first_words='Cuatro integrantes del club de canotaje Bahía de Altata regresaron a Navolato',
          body_last_words='de martes a sábado a las 6:30 de la mañana junto al muelle de pescadores.',
          boilerplate=['layout: nota', 'medio: El Estero'],
          must_keep=['La presea dorada fue para Yareli Camacho Bojórquez, de 16 años, quien se impuso en la prueba de K-1 500 metros juvenil con un tiempo de 2:04.31, casi dos segundos por delante de la representante de Veracruz.',
                     'Con estos resultados, Camacho Bojórquez quedó preseleccionada para el campamento de la selección juvenil que se realizará en enero, con miras al Campeonato Panamericano.'])

# ---------------------------------------------------------------- aq14 press (CRLF, COMUNICADO, dateline in para, "- - -", phone in body)
t = """Gobierno Municipal de Mazatlán
COMUNICADO
No. 241/2023

Arranca programa de bacheo nocturno en la avenida del Mar y la Zona Dorada

Mazatlán, Sin., 3 de mayo de 2023.- Con el objetivo de no afectar la circulación ni la actividad turística durante el día, el Gobierno Municipal inició un programa de bacheo nocturno que abarcará 14 kilómetros de la avenida del Mar, la avenida Camarón Sábalo y calles de la Zona Dorada.

La directora de Obras Públicas, ingeniera Carmen Julia Tirado Osuna, informó que las cuadrillas trabajarán de las 22:00 a las 5:00 horas, de domingo a jueves, y que se prevé concluir los trabajos antes del inicio de las vacaciones de verano.

Se utilizarán alrededor de 2 mil 600 toneladas de mezcla asfáltica en caliente, con una inversión de 11.8 millones de pesos provenientes de recursos propios y de la recaudación del impuesto sobre hospedaje.

La funcionaria explicó que los tramos se cerrarán de forma parcial y que en todo momento habrá al menos un carril abierto, con apoyo de agentes de Tránsito Municipal para orientar a los automovilistas.

Asimismo, pidió a la ciudadanía reportar baches en el resto de la ciudad a través de la línea de atención 669 555 0100 o de la aplicación municipal, donde podrá dar seguimiento a su solicitud.

El programa forma parte de la estrategia de mantenimiento vial que este año contempla también la rehabilitación de las avenidas Insurgentes, Gabriel Leyva y Ejército Mexicano.

- - -

Coordinación de Comunicación Social
Facebook: /MazatlanGobiernoEj | X: @MztGobierno_ej | Instagram: @mazatlan.gob.ej
"""
write('aq14.text', t, eol='\r\n')
emit_gold('aq14', family='press_release',
          title='Arranca programa de bacheo nocturno en la avenida del Mar y la Zona Dorada',
          date='2023-05-03', source='Gobierno Municipal de Mazatlán',
          bulletin_number='241/2023', issuer='Gobierno Municipal de Mazatlán', dateline_city='Mazatlán',
          body_first_words='Con el objetivo de no afectar la circulación ni la actividad turística',
          body_last_words='la rehabilitación de las avenidas Insurgentes, Gabriel Leyva y Ejército Mexicano.',
          boilerplate=['- - -', 'Coordinación de Comunicación Social', '@MztGobierno_ej', '@mazatlan.gob.ej',
                       '/MazatlanGobiernoEj', 'COMUNICADO', 'No. 241/2023'],
          must_keep=['Asimismo, pidió a la ciudadanía reportar baches en el resto de la ciudad a través de la línea de atención 669 555 0100 o de la aplicación municipal, donde podrá dar seguimiento a su solicitud.',
                     'Se utilizarán alrededor de 2 mil 600 toneladas de mezcla asfáltica en caliente, con una inversión de 11.8 millones de pesos provenientes de recursos propios y de la recaudación del impuesto sobre hospedaje.'])

# ---------------------------------------------------------------- aq15 wire (masthead line first, agency credit, Relacionado, trailing spaces)
t = """VALLARTA EXPRESS | Noticias de Bahía de Banderas

Rescatan a 14 turistas tras volcadura de embarcación cerca de Los Arcos

Agencia Occidente de Noticias (AON) | Puerto Vallarta, Jal. | 2 de agosto de 2017 - 08:15 h  

Elementos de la Capitanía de Puerto y de la Secretaría de Marina rescataron la tarde del martes a 14 turistas y dos tripulantes de una embarcación que volcó frente al área natural protegida de Los Arcos de Mismaloya, al sur de Puerto Vallarta.

De acuerdo con el reporte oficial, la lancha de recreo, con capacidad para 18 personas, regresaba de un recorrido de esnórquel cuando fue golpeada de costado por una ola a unos 300 metros de la costa. Todos los ocupantes portaban chaleco salvavidas.   

Relacionado: Capitanía de Puerto cierra la navegación a embarcaciones menores por mal tiempo

Los turistas, originarios de Guadalajara, Monterrey y Texas, fueron trasladados al muelle de Boca de Tomatlán, donde paramédicos de la Cruz Roja atendieron a tres de ellos por hipotermia leve y a una mujer con una herida en la pierna.

El capitán de puerto, Efrén Guzmán Ledesma, informó que se abrió una investigación para determinar si la embarcación contaba con los permisos vigentes y si el operador respetó la restricción a la navegación emitida por la mañana debido al oleaje de hasta dos metros.  

"Había un aviso de precaución desde las 10 de la mañana; vamos a revisar la bitácora y las condiciones de la salida", señaló.

Prestadores de servicios turísticos de Boca de Tomatlán y Mismaloya pidieron a las autoridades mayor vigilancia en los muelles, pues afirmaron que algunas lanchas sin permiso ofrecen recorridos a menor precio y sin el equipo de seguridad necesario.

La Capitanía recordó que los avisos sobre las condiciones del mar se publican diariamente en sus redes sociales y en los muelles de la bahía.

Con información de AON
Síguenos en X: @VallartaExpress_ej
"""
write('aq15.txt', t)
emit_gold('aq15', family='wire',
          title='Rescatan a 14 turistas tras volcadura de embarcación cerca de Los Arcos',
          date='2017-08-02', bylines=[], source='Vallarta Express',
          body_first_words='Elementos de la Capitanía de Puerto y de la Secretaría de Marina rescataron',
          body_last_words='se publican diariamente en sus redes sociales y en los muelles de la bahía.',
          boilerplate=['VALLARTA EXPRESS | Noticias de Bahía de Banderas',
                       'Relacionado: Capitanía de Puerto cierra la navegación a embarcaciones menores por mal tiempo',
                       'Con información de AON', 'Síguenos en X: @VallartaExpress_ej',
                       'Agencia Occidente de Noticias (AON)'],
          must_keep=['Todos los ocupantes portaban chaleco salvavidas.',
                     'Los turistas, originarios de Guadalajara, Monterrey y Texas, fueron trasladados al muelle de Boca de Tomatlán, donde paramédicos de la Cruz Roja atendieron a tres de ellos por hipotermia leve y a una mujer con una herida en la pierna.',
                     '"Había un aviso de precaución desde las 10 de la mañana; vamos a revisar la bitácora y las condiciones de la salida", señaló.'])

# ---------------------------------------------------------------- aq16 jekyll (naive datetime, draft: true, "Por" in author, trailing spaces, no site key)
t = """---
title: Alumnos de telesecundaria en Comala construyen huerto con riego por goteo   
date: 2018-11-02 09:15
author: "Por Mariana Llerenas Ceballos"
category: Educación
tags:
- escuelas
- Comala
- huertos
draft: true
---

Los 63 alumnos de la telesecundaria Gregorio Torres Quintero, en la comunidad de Suchitlán, municipio de Comala, cosecharon este miércoles la primera producción de su huerto escolar: 40 kilos de rábano, lechuga, cilantro y calabacita.  

El proyecto comenzó en agosto, cuando el profesor de ciencias, Ulises Gudiño Preciado, propuso aprovechar un terreno baldío detrás de las aulas que durante años sirvió como depósito de pupitres rotos.

Con botellas de plástico recicladas y mangueras donadas por un productor de café de la zona, los estudiantes diseñaron un sistema de riego por goteo que reduce a la mitad el consumo de agua, explicó el docente.   

"Primero medimos cuánta agua gastábamos con la cubeta y luego con el goteo; hicimos gráficas y así aprendimos porcentajes sin darnos cuenta", contó Fátima Ceballos Ramos, alumna de segundo grado.

Parte de la cosecha se destinará al desayuno escolar y el resto se venderá entre las familias para comprar semillas de la siguiente temporada. Los alumnos también elaboran composta con los residuos de la cocina escolar.

La supervisora de la zona escolar, Rocío Aguilar Vuelvas, adelantó que el modelo se presentará en la feria estatal de ciencias de diciembre y que otras cuatro telesecundarias de Comala y Cuauhtémoc han pedido asesoría para replicarlo. 
"""
write('aq16.md', t)
emit_gold('aq16', family='jekyll',
          title='Alumnos de telesecundaria en Comala construyen huerto con riego por goteo',
          date='2018-11-02', published=False, bylines=['Mariana Llerenas Ceballos'], source=None,
          section='Educación',
          body_first_words='Los 63 alumnos de la telesecundaria Gregorio Torres Quintero, en la comunidad',
          body_last_words='otras cuatro telesecundarias de Comala y Cuauhtémoc han pedido asesoría para replicarlo.',
          boilerplate=['draft: true', 'Por Mariana Llerenas Ceballos'],
          must_keep=['Parte de la cosecha se destinará al desayuno escolar y el resto se venderá entre las familias para comprar semillas de la siguiente temporada.',
                     'El proyecto comenzó en agosto, cuando el profesor de ciencias, Ulises Gudiño Preciado, propuso aprovechar un terreno baldío detrás de las aulas que durante años sirvió como depósito de pupitres rotos.'])

# ---------------------------------------------------------------- aq17 generic (cp1252, CRLF, form feed, DOS EOF byte)
t = """Productores de mango de Escuinapa prevén caída de 20% en exportaciones

La falta de lluvias durante el verano pasado y las temperaturas inusualmente altas de febrero provocaron una floración irregular en las huertas de mango del sur de Sinaloa, por lo que los productores de Escuinapa estiman que este año exportarán alrededor de 20 por ciento menos fruta que en la temporada anterior.

José Guadalupe Osuna Lizárraga, presidente de la asociación local de productores, explicó que en muchas huertas la flor “se quemó” antes de cuajar y que los árboles que sí tienen fruta la presentan en tamaños más pequeños que los que exige el mercado de Estados Unidos.
\x0c
De las cerca de 12 mil hectáreas de mango que hay en el municipio, unas 3 mil están en manos de pequeños productores que no cuentan con sistemas de riego y que dependen por completo del temporal.

Los empacadores, por su parte, calculan que la cosecha arrancará con dos semanas de retraso, a mediados de mayo, lo que reducirá también los jornales para los cerca de 8 mil trabajadores que llegan cada año de Nayarit, Durango y Guerrero.

“Si no hay fruta, no hay trabajo en los empaques, y eso lo siente todo el pueblo: las tiendas, las fondas, los transportistas”, dijo Trinidad Ramírez Tirado, encargada de una empacadora en la carretera a Teacapán.

Los productores solicitaron al gobierno estatal un programa emergente de apoyo para la compra de fertilizantes y la rehabilitación de pozos, así como la gestión de créditos con tasas preferenciales ante la banca de desarrollo.
\x1a"""
write('aq17.txt', t, enc='cp1252', eol='\r\n')
emit_gold('aq17', family='generic',
          title='Productores de mango de Escuinapa prevén caída de 20% en exportaciones',
          date=None,
          body_first_words='La falta de lluvias durante el verano pasado y las temperaturas',
          body_last_words='la gestión de créditos con tasas preferenciales ante la banca de desarrollo.',
          boilerplate=[],
          must_keep=['De las cerca de 12 mil hectáreas de mango que hay en el municipio, unas 3 mil están en manos de pequeños productores que no cuentan con sistemas de riego y que dependen por completo del temporal.',
                     '“Si no hay fruta, no hay trabajo en los empaques, y eso lo siente todo el pueblo: las tiendas, las fondas, los transportistas”, dijo Trinidad Ramírez Tirado, encargada de una empacadora en la carretera a Teacapán.'])

# ---------------------------------------------------------------- aq18 press (federal office, GOBIERNO DE MÉXICO + COMUNICADO, photo credit, oo0oo)
t = """GOBIERNO DE MÉXICO
COMUNICADO
Instituto Mexicano del Seguro Social en Colima
Boletín 027/2024

IMSS Colima realiza jornada de cirugías de cataratas; beneficia a 96 derechohabientes

Foto: IMSS Colima

Colima, Col., 12 de febrero de 2024.- El Instituto Mexicano del Seguro Social (IMSS) en Colima realizó durante el fin de semana una jornada quirúrgica de cataratas en el Hospital General de Zona No. 1, en la que 96 derechohabientes recuperaron la visión de al menos uno de sus ojos.

La titular de la Jefatura de Servicios de Prestaciones Médicas, doctora Leticia Pizano Ochoa, explicó que la jornada permitió reducir en casi 40 por ciento la lista de espera de esta especialidad en el estado, que al cierre de 2023 sumaba 251 pacientes.

Los procedimientos fueron realizados por seis oftalmólogos y 22 integrantes del personal de enfermería y anestesiología, quienes trabajaron en dos quirófanos de manera simultánea de las 7:00 a las 20:00 horas del sábado y el domingo.

La doctora Pizano Ochoa detalló que la mayoría de los pacientes son adultos mayores de 60 años, muchos de ellos con diabetes, enfermedad que acelera la aparición de la catarata y complica su tratamiento si no se atiende a tiempo.

Don Aurelio Mancilla Peña, jubilado de 71 años originario de Armería, relató que desde hace dos años no podía leer ni manejar. "Hoy en la mañana me quitaron el parche y vi la cara de mi nieta con claridad", expresó.

El IMSS en Colima programó dos jornadas más durante el primer semestre del año, en los hospitales de Manzanillo y Tecomán, y recomendó a la población acudir a su Unidad de Medicina Familiar ante síntomas como visión borrosa, sensibilidad a la luz o dificultad para ver de noche.

oo0oo

Coordinación de Comunicación Social IMSS Colima
Tel. 312 555 2020
comunicacion.colima@imss.example.mx
"""
write('aq18.txt', t)
emit_gold('aq18', family='press_release',
          title='IMSS Colima realiza jornada de cirugías de cataratas; beneficia a 96 derechohabientes',
          date='2024-02-12', source='Instituto Mexicano del Seguro Social en Colima',
          bulletin_number='027/2024', issuer='Instituto Mexicano del Seguro Social en Colima', dateline_city='Colima',
          body_first_words='El Instituto Mexicano del Seguro Social (IMSS) en Colima realizó durante el fin',
          body_last_words='síntomas como visión borrosa, sensibilidad a la luz o dificultad para ver de noche.',
          boilerplate=['oo0oo', 'Coordinación de Comunicación Social IMSS Colima', 'Tel. 312 555 2020',
                       'comunicacion.colima@imss.example.mx', 'Foto: IMSS Colima', 'GOBIERNO DE MÉXICO',
                       'Boletín 027/2024'],
          must_keep=['Los procedimientos fueron realizados por seis oftalmólogos y 22 integrantes del personal de enfermería y anestesiología, quienes trabajaron en dos quirófanos de manera simultánea de las 7:00 a las 20:00 horas del sábado y el domingo.',
                     'Don Aurelio Mancilla Peña, jubilado de 71 años originario de Armería, relató que desde hace dos años no podía leer ni manejar.'],
          photo_credit='IMSS Colima')

# ---------------------------------------------------------------- aq19 wire (EN VIVO label, HTML entities, control bytes, bold teaser glued at start)
t = """EN VIVO

Cierran puerto de Topolobampo a la navegación por tormenta tropical

Por Karla Valenzuela Armenta / Corresponsal
Trópico Sinaloense | Publicado: 28/09/2022 10:42

La Capitanía de Puerto de Topolobampo cerró desde las 8:00 horas de este miércoles la navegación a embarcaciones menores y a la flota pesquera, ante el acercamiento de la tormenta tropical que se desplaza frente a las costas de Sinaloa con vientos sostenidos de 75 kil&oacute;metros por hora.

**Te puede interesar: Suspenden clases en Ahome y El Fuerte por lluvias**El transbordador que cubre la ruta Topolobampo-La Paz también suspendió su salida programada para la noche, por lo que alrededor de 40 camiones de carga y 120 pasajeros permanecen en la terminal a la espera de que mejoren las condiciones.

El capitán de puerto, Omar Castro Leyva, indicó que el oleaje en la boca de la bahía alcanza ya los tres metros y que la restricción se mantendrá al menos 24 horas. &quot;Pedimos a los pescadores que aseguren sus pangas en tierra y que nadie intente salir, ni siquiera dentro de la bahía&quot;, dijo.\x0b

En Los Mochis, Protección Civil municipal habilitó cinco albergues en escuelas y centros comunitarios de las colonias más bajas, entre ellas Jiquilpan y Las Fuentes, que suelen inundarse con lluvias intensas. Hasta el mediodía no se habían registrado personas refugiadas.\x07

El Servicio Meteorológico Nacional prevé lluvias de 75 a 150 milímetros en el norte de Sinaloa durante las próximas 36 horas, con posibles deslaves en los caminos de la sierra de Choix y El Fuerte.

Comerciantes del centro de Los Mochis reportaron compras de pánico de agua embotellada, pilas y alimentos enlatados desde la tarde del martes. En algunas tiendas de autoservicio se formaron filas de hasta media hora.

Seguiremos informando en esta nota &amp; en nuestras redes.
"""
write('aq19.md', t)
emit_gold('aq19', family='wire',
          title='Cierran puerto de Topolobampo a la navegación por tormenta tropical',
          date='2022-09-28', bylines=['Karla Valenzuela Armenta'], source='Trópico Sinaloense',
          section=None,
          body_first_words='La Capitanía de Puerto de Topolobampo cerró desde las 8:00 horas',
          body_last_words='En algunas tiendas de autoservicio se formaron filas de hasta media hora.',
          boilerplate=['Te puede interesar: Suspenden clases en Ahome y El Fuerte por lluvias',
                       'Seguiremos informando en esta nota', 'EN VIVO', 'Por Karla Valenzuela Armenta / Corresponsal'],
          must_keep=['El transbordador que cubre la ruta Topolobampo-La Paz también suspendió su salida programada para la noche, por lo que alrededor de 40 camiones de carga y 120 pasajeros permanecen en la terminal a la espera de que mejoren las condiciones.',
                     'Hasta el mediodía no se habían registrado personas refugiadas.',
                     'El Servicio Meteorológico Nacional prevé lluvias de 75 a 150 milímetros en el norte de Sinaloa durante las próximas 36 horas, con posibles deslaves en los caminos de la sierra de Choix y El Fuerte.'])

# ---------------------------------------------------------------- aq20 bad (front matter, no body)
t = """---
layout: post
title: "Inauguran ciclovía en el malecón de La Paz"
date: 2020-02-17 11:30:00 -0700
author: Redacción
categories: [Portada, Ciudad]
tags: [ciclovía, movilidad, La Paz]
---

"""
write('aq20.markdown', t)
emit_gold('aq20', readable=False, family='bad', published=None,
          refusal_reason='solo tiene front matter; la nota no tiene cuerpo')
