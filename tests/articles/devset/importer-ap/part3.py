"""ap21-ap30."""
import random
from common import write_text, write_bytes, gold, bad

NB = '\u00a0'

# ---------------------------------------------------------------- ap21 wire, Quintana Roo (EN VIVO, Staff)
write_text('ap21', 'md', f'''
EN VIVO

## Activan alerta amarilla en Cozumel y Playa del Carmen por tormenta tropical en el Caribe

Staff |{NB}Quintana Roo al Día |{NB}23/09/2025 — 14:20 h

La Coordinación Estatal de Protección Civil activó este martes la alerta amarilla, de peligro moderado, en los municipios de Cozumel, Solidaridad, Tulum y Felipe Carrillo Puerto ante el acercamiento de una tormenta tropical que se formó la víspera frente a las costas de Honduras y que avanza hacia el noroeste a 17 kilómetros por hora.

Según el aviso más reciente del Servicio Meteorológico Nacional, el sistema presenta vientos máximos sostenidos de 85 kilómetros por hora y podría tocar tierra como tormenta tropical en la costa sur del estado durante la madrugada del jueves.

Relacionado: Suspenden navegación de embarcaciones menores en Chetumal y Mahahual El coordinador estatal, Adrián Martín Canul, informó que se preparan 142 refugios temporales con capacidad para 38 mil personas, aunque por ahora no se contempla la evacuación de zonas turísticas. Las escuelas de los cuatro municipios suspenderán clases el miércoles y el jueves.

La Capitanía de Puerto de Cozumel cerró la navegación a embarcaciones menores y limitó el cruce de ferris entre la isla y Playa del Carmen, por lo que se recomienda a los visitantes consultar los horarios antes de acudir a los muelles.

En hoteles de la Riviera Maya, con ocupación cercana al 70 por ciento, se aplican los protocolos de resguardo para huéspedes, que incluyen el retiro de mobiliario de playa y la habilitación de salones como áreas de refugio.

Protección Civil pidió a la población abastecerse de agua, alimentos no perecederos y medicamentos, asegurar ventanas y retirar objetos que puedan ser arrastrados por el viento.

✉️ Recibe cada mañana las noticias de Quintana Roo en tu correo: suscríbete gratis a nuestro boletín
''')
gold('ap21', family='wire',
     title='Activan alerta amarilla en Cozumel y Playa del Carmen por tormenta tropical en el Caribe',
     date='2025-09-23', bylines=[], source='Quintana Roo al Día', section=None,
     body_first_words='La Coordinación Estatal de Protección Civil activó este martes la alerta amarilla,',
     body_last_words='retirar objetos que puedan ser arrastrados por el viento.',
     boilerplate=['EN VIVO',
                  'Relacionado: Suspenden navegación de embarcaciones menores en Chetumal y Mahahual',
                  'Recibe cada mañana las noticias de Quintana Roo en tu correo: suscríbete gratis a nuestro boletín'],
     must_keep=['El coordinador estatal, Adrián Martín Canul, informó que se preparan 142 refugios temporales con capacidad para 38 mil personas, aunque por ahora no se contempla la evacuación de zonas turísticas.',
                'Las escuelas de los cuatro municipios suspenderán clases el miércoles y el jueves.',
                'podría tocar tierra como tormenta tropical en la costa sur del estado durante la madrugada del jueves.'])

# ---------------------------------------------------------------- ap22 press, municipality, Baja California (cp1252, CRLF, FIN)
write_text('ap22', 'txt', '''
H. XXV Ayuntamiento de Tijuana
BOLETÍN 245/2025

Tijuana, B.C., 18 de junio de 2025

INICIA AYUNTAMIENTO CAMPAÑA DE ESTERILIZACIÓN GRATUITA DE PERROS Y GATOS EN LAS NUEVE DELEGACIONES

El Ayuntamiento de Tijuana, a través del Centro Municipal de Control Animal, arrancó la campaña de esterilización gratuita de verano, con la que se prevé realizar 6 mil cirugías a perros y gatos durante los próximos tres meses en las nueve delegaciones de la ciudad.

La directora del centro, Mariela Sandoval Ochoa, explicó que las jornadas se realizarán en unidades móviles que permanecerán una semana en cada delegación, iniciando en La Presa Este y Sánchez Taboada, donde se concentra el mayor número de reportes de animales en situación de calle.

Las cirugías se practicarán de martes a sábado, de 8:00 a 14:00 horas, con un cupo de 70 animales por día. Los interesados deberán registrarse previamente en la plataforma municipal de citas o directamente en el módulo, presentando una identificación oficial y comprobante de domicilio.

Sandoval Ochoa detalló que los perros y gatos deben tener al menos cuatro meses de edad, presentarse con ocho horas de ayuno y, en el caso de los perros, llevar collar y correa; los gatos deberán trasladarse en transportadora o caja cerrada.

Además de la esterilización, en los módulos se aplicará la vacuna antirrábica y se colocará una placa de identificación sin costo. El centro recordó que la tenencia responsable incluye mantener a las mascotas dentro del domicilio y recoger sus desechos en la vía pública.

FIN

Dirección de Comunicación Social
H. XXV Ayuntamiento de Tijuana
comunicacion.social@tijuana.example.mx
Tel. (664) 973 70 00 ext. 7010
''', enc='cp1252', eol='crlf')
gold('ap22', family='press_release',
     title='INICIA AYUNTAMIENTO CAMPAÑA DE ESTERILIZACIÓN GRATUITA DE PERROS Y GATOS EN LAS NUEVE DELEGACIONES',
     date='2025-06-18', source='H. XXV Ayuntamiento de Tijuana', bulletin_number='245/2025',
     issuer='H. XXV Ayuntamiento de Tijuana', dateline_city='Tijuana',
     body_first_words='El Ayuntamiento de Tijuana, a través del Centro Municipal de Control Animal,',
     body_last_words='mantener a las mascotas dentro del domicilio y recoger sus desechos en la vía pública.',
     boilerplate=['BOLETÍN 245/2025', 'Dirección de Comunicación Social',
                  'comunicacion.social@tijuana.example.mx', 'Tel. (664) 973 70 00 ext. 7010'],
     must_keep=['Las cirugías se practicarán de martes a sábado, de 8:00 a 14:00 horas, con un cupo de 70 animales por día.',
                'El centro recordó que la tenencia responsable incluye mantener a las mascotas dentro del domicilio y recoger sus desechos en la vía pública.'])

# ---------------------------------------------------------------- ap23 jekyll, Morelos (BOM, offset date, published false, sitio key)
write_text('ap23', 'md', '''
---
layout: post
title: "Cierran temporalmente el sendero al Tepozteco por riesgo de incendios forestales"
date: 2025-03-31T22:40:00-06:00
author: "Por Luciana Ortiz Bahena"
categories: [Turismo]
tags: [Tepoztlán, incendios, Semana Santa]
published: false
sitio: Tepozteco Digital
---

El ayuntamiento de Tepoztlán y la dirección del parque nacional cerraron a partir de este lunes el sendero que conduce a la pirámide del Tepozteco, debido al alto riesgo de incendios forestales que se registra en la sierra por la sequía y las altas temperaturas.

La medida se mantendrá al menos hasta el 30 de abril y podría extenderse si no se presentan lluvias antes de esa fecha. Durante el cierre, elementos de la policía municipal y brigadistas comunitarios vigilarán el acceso ubicado al final de la calle del Tepozteco, en el barrio de San Miguel.

El encargado de la dirección del parque, Rodrigo Anzures Lara, explicó que en lo que va de marzo se han combatido cuatro incendios en el corredor biológico Chichinautzin, uno de ellos a menos de dos kilómetros de la zona arqueológica. "Con una colilla o una fogata mal apagada basta para que el cerro se prenda; no podemos arriesgar a los visitantes ni al bosque", afirmó.

Comerciantes del andador turístico expresaron su preocupación por la baja de visitantes en Semana Santa, cuando el sendero suele recibir más de 5 mil personas al día. Las autoridades municipales respondieron que se promoverán otras actividades, como recorridos por el centro histórico, el exconvento de la Natividad y los mercados de artesanías.

Quienes detecten humo o fuego en la sierra pueden reportarlo al número de emergencias 911.

Síguenos en Instagram: @tepoztecodigital
''', bom=True)
gold('ap23', family='jekyll',
     title='Cierran temporalmente el sendero al Tepozteco por riesgo de incendios forestales',
     date='2025-03-31', published=False, bylines=['Luciana Ortiz Bahena'],
     source='Tepozteco Digital', section='Turismo',
     body_first_words='El ayuntamiento de Tepoztlán y la dirección del parque nacional cerraron',
     body_last_words='pueden reportarlo al número de emergencias 911.',
     boilerplate=['Síguenos en Instagram: @tepoztecodigital'],
     must_keep=['La medida se mantendrá al menos hasta el 30 de abril y podría extenderse si no se presentan lluvias antes de esa fecha.',
                'Comerciantes del andador turístico expresaron su preocupación por la baja de visitantes en Semana Santa, cuando el sendero suele recibir más de 5 mil personas al día.'])

# ---------------------------------------------------------------- ap24 generic, Tlaxcala (ALL CAPS, trailing spaces, NBSP)
write_text('ap24', 'txt', f'''
HUAMANTLA ALISTA 7 KILÓMETROS DE ALFOMBRAS PARA LA NOCHE QUE NADIE DUERME   

Artesanos de Huamantla trabajan desde hace tres semanas en el diseño de las alfombras de aserrín teñido y flores que cubrirán cerca de 7{NB}kilómetros de calles durante la Noche que Nadie Duerme, la tradición con la que cada 14 de agosto la ciudad recibe el paso de la Virgen de la Caridad.  

Cada barrio se encarga de un tramo del recorrido. Los alfombristas usan plantillas de madera y cartón para trazar figuras religiosas, grecas y paisajes, y emplean alrededor de 50 toneladas de aserrín que se tiñe con anilinas en patios y bodegas de la ciudad.

Salvador Pluma Xicohténcatl, alfombrista desde hace 31 años, explicó que los diseños se mantienen en secreto hasta la misma noche. “Empezamos a tender a las seis de la tarde y no paramos hasta que pasa la Virgen, ya de madrugada; al amanecer todo queda deshecho por el paso de la gente”, relató.  

Las autoridades municipales prevén la llegada de más de 200 mil visitantes, por lo que se cerrará la circulación vehicular en el centro desde el mediodía del 14 de agosto y se instalarán estacionamientos provisionales en las entradas de la ciudad.

La procesión sale de la basílica alrededor de la medianoche y recorre las calles durante unas seis horas, acompañada por bandas de música de viento y cohetes.
''')
gold('ap24', family='generic',
     title='HUAMANTLA ALISTA 7 KILÓMETROS DE ALFOMBRAS PARA LA NOCHE QUE NADIE DUERME',
     body_first_words='Artesanos de Huamantla trabajan desde hace tres semanas en el diseño',
     body_last_words='acompañada por bandas de música de viento y cohetes.',
     must_keep=['Cada barrio se encarga de un tramo del recorrido.',
                'Artesanos de Huamantla trabajan desde hace tres semanas en el diseño de las alfombras de aserrín teñido y flores que cubrirán cerca de 7 kilómetros de calles durante la Noche que Nadie Duerme, la tradición con la que cada 14 de agosto la ciudad recibe el paso de la Virgen de la Caridad.'])

# ---------------------------------------------------------------- ap25 wire, Chihuahua (mixed EOL, newsletter, -30-)
write_text('ap25', 'txt', '''
Nevada en la Sierra Tarahumara deja 11 tramos carreteros cerrados y comunidades incomunicadas
Por Hilda Carrasco Olivas / Corresponsal
Sierra y Desierto Noticias, 7 de enero de 2026

La nevada que cayó desde la noche del lunes en la Sierra Tarahumara mantiene cerrados 11 tramos carreteros y dejó incomunicadas a decenas de comunidades de los municipios de Guachochi, Bocoyna, Urique y Guadalupe y Calvo, donde se acumularon hasta 40 centímetros de nieve.

La Coordinación Estatal de Protección Civil informó que los cierres más importantes se registran en la carretera Creel-Guachochi y en el tramo San Juanito-Basaseachi, donde maquinaria estatal trabaja para retirar la nieve y esparcir sal y arena sobre la carpeta.

En Guachochi, la temperatura mínima llegó a 17 grados bajo cero, la más baja en lo que va del invierno. El hospital regional atendió a siete personas por hipotermia, entre ellas dos adultos mayores que fueron trasladados desde comunidades rarámuri de la zona de Norogachi.

📩 Suscríbete a nuestro newsletter y recibe las noticias de Chihuahua todas las mañanas

El presidente seccional de Creel, Teodoro Chaparro Loya, indicó que las cuadrillas de apoyo comenzaron a repartir cobijas, despensas y leña en las rancherías más alejadas, aunque algunos caminos de terracería solo son transitables en vehículos de doble tracción.

Protección Civil recomendó no viajar a la sierra hasta que se reabran las carreteras y pidió a la población no utilizar anafres ni braseros en espacios cerrados, pues cada invierno se registran intoxicaciones por monóxido de carbono.

-30-

Síguenos en Facebook e Instagram: @sierraydesierto
Contacto: redaccion@sierraydesierto.example.mx
''', eol='mixed')
gold('ap25', family='wire',
     title='Nevada en la Sierra Tarahumara deja 11 tramos carreteros cerrados y comunidades incomunicadas',
     date='2026-01-07', bylines=['Hilda Carrasco Olivas'], source='Sierra y Desierto Noticias',
     body_first_words='La nevada que cayó desde la noche del lunes en la Sierra Tarahumara',
     body_last_words='pues cada invierno se registran intoxicaciones por monóxido de carbono.',
     boilerplate=['Suscríbete a nuestro newsletter y recibe las noticias de Chihuahua todas las mañanas',
                  '-30-', 'Síguenos en Facebook e Instagram: @sierraydesierto',
                  'redaccion@sierraydesierto.example.mx'],
     must_keep=['En Guachochi, la temperatura mínima llegó a 17 grados bajo cero, la más baja en lo que va del invierno.',
                'El presidente seccional de Creel, Teodoro Chaparro Loya, indicó que las cuadrillas de apoyo comenzaron a repartir cobijas, despensas y leña en las rancherías más alejadas, aunque algunos caminos de terracería solo son transitables en vehículos de doble tracción.'])

# ---------------------------------------------------------------- ap26 press, state government, Campeche (oo0oo, photo credit)
write_text('ap26', 'md', f'''
GOBIERNO DEL ESTADO DE CAMPECHE
Secretaría de Protección Civil
Comunicado 112/2022

Refuerzan vigilancia en bordos del río Candelaria ante crecida por lluvias de septiembre

San Francisco de Campeche, Campeche, 30 de septiembre de 2022.-{NB}La Secretaría de Protección Civil mantiene vigilancia permanente en los bordos del río Candelaria, en el municipio del mismo nombre, luego de que las lluvias de las últimas dos semanas elevaran su nivel 2.60 metros por encima de su cauce ordinario.   

El titular de la dependencia, Efrén Uc Chablé, informó que brigadas de la secretaría, del Ejército y de la Guardia Nacional recorren las comunidades ribereñas de Miguel Hidalgo, La Esperanza y Pejelagarto, donde se colocaron 4 mil costales con arena para contener posibles desbordamientos.

Hasta el momento se han evacuado de manera preventiva 96 familias, que se encuentran en dos albergues instalados en escuelas de la cabecera municipal. Ahí reciben alimentos, atención médica y apoyo para el cuidado de sus animales de traspatio.

Foto: Protección Civil Campeche

Uc Chablé explicó que el comportamiento del río depende también de las lluvias en la parte alta de la cuenca, en territorio guatemalteco, por lo que la secretaría mantiene comunicación con autoridades del vecino país para conocer con anticipación los volúmenes que escurren hacia Campeche.  

La dependencia pidió a la población de las zonas bajas atender las indicaciones de las brigadas, no cruzar caminos inundados y reportar cualquier emergencia al 911. Los pronósticos prevén que las lluvias continúen al menos hasta el martes próximo.

oo0oo

Facebook: Protección Civil Campeche
X: @PCivilCampeche
''')
gold('ap26', family='press_release',
     title='Refuerzan vigilancia en bordos del río Candelaria ante crecida por lluvias de septiembre',
     date='2022-09-30', source='Secretaría de Protección Civil', bulletin_number='112/2022',
     issuer='Secretaría de Protección Civil', dateline_city='San Francisco de Campeche',
     body_first_words='La Secretaría de Protección Civil mantiene vigilancia permanente en los bordos',
     body_last_words='prevén que las lluvias continúen al menos hasta el martes próximo.',
     boilerplate=['GOBIERNO DEL ESTADO DE CAMPECHE', 'Comunicado 112/2022',
                  'Foto: Protección Civil Campeche', 'oo0oo', '@PCivilCampeche'],
     must_keep=['Hasta el momento se han evacuado de manera preventiva 96 familias, que se encuentran en dos albergues instalados en escuelas de la cabecera municipal.',
                'Ahí reciben alimentos, atención médica y apoyo para el cuidado de sus animales de traspatio.',
                'Uc Chablé explicó que el comportamiento del río depende también de las lluvias en la parte alta de la cuenca,'],
     photo_credit='Protección Civil Campeche')

# ---------------------------------------------------------------- ap27 jekyll, San Luis Potosí (authors flow, block categories)
write_text('ap27', 'md', '''
---
layout: post
title: "Rehabilitan la Calzada de Guadalupe con nuevo alumbrado y 300 árboles"
date: 2026-01-14
authors: [Renata Zavala Loredo, Tomás Ibarra Cárdenas]
categories:
- Destacadas
- Ciudad
tags: [Centro Histórico, obra pública]
site_name: Brújula Potosina
---

El ayuntamiento de San Luis Potosí concluyó la primera etapa de la rehabilitación de la Calzada de Guadalupe, que incluyó la sustitución de 240 luminarias, la renovación de bancas y la plantación de 300 árboles de especies nativas en el tramo comprendido entre el Jardín Colón y la avenida Damián Carmona.

Foto: Brújula Potosina

La directora de Obras Públicas municipal, Verónica Loredo Salazar, explicó que la obra tuvo una inversión de 34 millones de pesos y se ejecutó durante cinco meses, sin cerrar por completo el paso peatonal. Entre los trabajos se incluyó la reparación de la red de riego, que llevaba más de diez años sin funcionar.

Los árboles plantados son mezquites, palo verde y huizache, especies adaptadas al clima semiárido de la región que requieren poca agua una vez establecidas. "Queremos que la calzada vuelva a ser un lugar donde las familias caminen por la tarde", dijo la funcionaria.

Vecinos del barrio de San Miguelito celebraron la iluminación, aunque pidieron mayor vigilancia nocturna y un programa de mantenimiento para evitar que las bancas y jardineras se deterioren como ocurrió con la remodelación anterior.

La segunda etapa, que abarcará desde la avenida Damián Carmona hasta el Santuario de Guadalupe, comenzará en febrero e incluirá la rehabilitación de las fuentes y del pavimento de cantera.

Lee también: Estas son las calles cerradas por obras en el Centro Histórico esta semana
''')
gold('ap27', family='jekyll',
     title='Rehabilitan la Calzada de Guadalupe con nuevo alumbrado y 300 árboles',
     date='2026-01-14', bylines=['Renata Zavala Loredo', 'Tomás Ibarra Cárdenas'],
     source='Brújula Potosina', section='Ciudad', placement=['Destacadas'],
     body_first_words='El ayuntamiento de San Luis Potosí concluyó la primera etapa',
     body_last_words='incluirá la rehabilitación de las fuentes y del pavimento de cantera.',
     boilerplate=['Foto: Brújula Potosina',
                  'Lee también: Estas son las calles cerradas por obras en el Centro Histórico esta semana'],
     must_keep=['Entre los trabajos se incluyó la reparación de la red de riego, que llevaba más de diez años sin funcionar.',
                'Vecinos del barrio de San Miguelito celebraron la iluminación, aunque pidieron mayor vigilancia nocturna y un programa de mantenimiento para evitar que las bancas y jardineras se deterioren como ocurrió con la remodelación anterior.'],
     photo_credit='Brújula Potosina')

# ---------------------------------------------------------------- ap28 bad: binary junk (truncated PNG saved as .txt)
rng = random.Random(28)
junk = (b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0\x08\x06\x00\x00\x00'
        + bytes(rng.randrange(256) for _ in range(1500))
        + b'\x00\x00\x00\x00IEND\xaeB`\x82')
write_bytes('ap28', 'txt', junk)
bad('ap28', 'Archivo binario (imagen PNG truncada), no contiene texto legible')

# ---------------------------------------------------------------- ap29 wire, Colima (kicker, em-dash byline, glued app pitch)
write_text('ap29', 'md', '''
Economía

# Manzanillo cierra el primer semestre con 1.55 millones de contenedores, 8% más que en 2018   

Arturo Preciado Chávez — Colima en Línea — 19.07.2019

Foto: Especial

El puerto de Manzanillo movió 1 millón 552 mil contenedores de 20 pies durante el primer semestre de 2019, un incremento de 8 por ciento respecto al mismo periodo del año anterior, de acuerdo con las estadísticas de la administración portuaria.  

El crecimiento se concentró en la carga de importación procedente de Asia, en particular de China, Corea del Sur y Japón, que representa cerca de 70 por ciento del volumen manejado por las terminales especializadas del recinto.

Agentes aduanales consultados señalaron que el aumento ha provocado filas de tractocamiones de hasta seis horas en los accesos al puerto, sobre todo los lunes y martes, cuando arriban más buques. Descarga la app de Colima en Línea y entérate primero de lo que pasa en el estado El presidente de la asociación local de agentes aduanales, Gerardo Michel Larios, pidió acelerar la construcción del segundo acceso carretero por la zona norte del puerto.

Transportistas también reportaron que la falta de estacionamientos regulados en la ciudad obliga a los operadores a esperar sobre la carretera federal 200, lo que genera congestionamientos en la zona de Tapeixtles y en los accesos a las colonias cercanas al recinto.

La administración portuaria informó que prevé cerrar el año con más de 3 millones 200 mil contenedores, lo que consolidaría a Manzanillo como el principal puerto de carga contenerizada del país.

Con información de agencias
''')
gold('ap29', family='wire',
     title='Manzanillo cierra el primer semestre con 1.55 millones de contenedores, 8% más que en 2018',
     date='2019-07-19', bylines=['Arturo Preciado Chávez'], source='Colima en Línea',
     section='Economía',
     body_first_words='El puerto de Manzanillo movió 1 millón 552 mil contenedores de 20 pies',
     body_last_words='como el principal puerto de carga contenerizada del país.',
     boilerplate=['Foto: Especial',
                  'Descarga la app de Colima en Línea y entérate primero de lo que pasa en el estado',
                  'Con información de agencias'],
     must_keep=['Agentes aduanales consultados señalaron que el aumento ha provocado filas de tractocamiones de hasta seis horas en los accesos al puerto, sobre todo los lunes y martes, cuando arriban más buques.',
                'El presidente de la asociación local de agentes aduanales, Gerardo Michel Larios, pidió acelerar la construcción del segundo acceso carretero por la zona norte del puerto.'],
     photo_credit='Especial')

# ---------------------------------------------------------------- ap30 press, state decentralised body, Querétaro (BOM, ---000---)
write_text('ap30', 'txt', '''
PODER EJECUTIVO DEL ESTADO DE QUERÉTARO
Comisión Estatal de Aguas
COMUNICADO CEA/087/2023

Concluye CEA primera etapa del acueducto que abastecerá a 14 comunidades de Colón

Santiago de Querétaro, Qro., 6 de junio de 2023.- La Comisión Estatal de Aguas (CEA) concluyó la primera etapa del acueducto Ajuchitlán-Colón, una línea de conducción de 23 kilómetros que permitirá llevar agua potable de manera continua a 14 comunidades del municipio de Colón, donde actualmente el servicio se recibe por tandeo dos o tres veces por semana.

El vocal ejecutivo de la CEA, Luis Alberto Vega Rentería, informó que en esta etapa se instalaron 11 kilómetros de tubería de polietileno de alta densidad, se rehabilitó el pozo Ajuchitlán II y se construyó un tanque de almacenamiento de 1,500 metros cúbicos en la comunidad de El Zamorano.

Con una inversión de 96 millones de pesos, el proyecto beneficiará a cerca de 18 mil habitantes. La segunda etapa, que incluye el tramo hacia Los Trigos, Nogales y Viborillas, iniciará en agosto y se prevé concluir a finales de año.

Vega Rentería señaló que el acueducto forma parte de la estrategia estatal para reducir la dependencia de pipas en comunidades rurales del semidesierto, donde el abatimiento de los acuíferos ha obligado a perforar pozos cada vez más profundos.

Habitantes de El Zamorano y Ajuchitlán participaron en comités de seguimiento de la obra, que se encargarán también de vigilar el uso responsable del agua y reportar fugas a la CEA a través del número 442 211 0600.

---000---

Contacto de prensa: Coordinación de Comunicación Social CEA
prensa@cea-qro.example.mx | 442 211 0600 ext. 1130
''', bom=True)
gold('ap30', family='press_release',
     title='Concluye CEA primera etapa del acueducto que abastecerá a 14 comunidades de Colón',
     date='2023-06-06', source='Comisión Estatal de Aguas', bulletin_number='CEA/087/2023',
     issuer='Comisión Estatal de Aguas', dateline_city='Santiago de Querétaro',
     body_first_words='La Comisión Estatal de Aguas (CEA) concluyó la primera etapa',
     body_last_words='reportar fugas a la CEA a través del número 442 211 0600.',
     boilerplate=['PODER EJECUTIVO DEL ESTADO DE QUERÉTARO', 'COMUNICADO CEA/087/2023', '---000---',
                  'Contacto de prensa: Coordinación de Comunicación Social CEA',
                  'prensa@cea-qro.example.mx'],
     must_keep=['Con una inversión de 96 millones de pesos, el proyecto beneficiará a cerca de 18 mil habitantes.',
                'Habitantes de El Zamorano y Ajuchitlán participaron en comités de seguimiento de la obra, que se encargarán también de vigilar el uso responsable del agua y reportar fugas a la CEA a través del número 442 211 0600.'])
