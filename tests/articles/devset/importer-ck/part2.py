#!/usr/bin/env python3
"""importer-ck, files 09-16 (press releases)."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- ck09 press (port authority, forwarded as an e-mail body)
ck09 = """De: Comunicación Social ASIPONA Progreso <comunicacion@asipona-progreso.example.mx>
Enviado: martes, 14 de marzo de 2023 10:12 a. m.
Para: Mesa de Redacción <redaccion@noticiaspeninsula.example.mx>
Asunto: Boletín 027/2023 - Cruceros con pernocta en Progreso

Buenos días, compañeros. Les compartimos el boletín de hoy. Saludos cordiales.

GOBIERNO DE MÉXICO
ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL PROGRESO
Boletín 027/2023

Puerto Progreso recibe por primera vez dos cruceros en el mismo día con pernocta

Progreso, Yucatán, a 14 de marzo de 2023.- La Administración del Sistema Portuario Nacional Progreso (ASIPONA Progreso) informó que este martes atracaron en la terminal remota de cruceros dos embarcaciones con un total de 6 mil 200 pasajeros, y que por primera vez una de ellas permanecerá en el puerto durante la noche.

La pernocta permitirá que los visitantes recorran Mérida y las zonas arqueológicas de Dzibilchaltún y Uxmal sin la prisa de regresar al barco a media tarde, lo que de acuerdo con los prestadores de servicios turísticos aumenta el gasto promedio por pasajero.

Para atender a los cruceristas, la ASIPONA coordinó con el Ayuntamiento de Progreso y con la Secretaría de Fomento Turístico un operativo de transporte que incluye 40 autobuses y un módulo de información en el malecón internacional. La Policía Estatal reforzó la vigilancia en el centro del puerto y en la carretera a Mérida.

El director general de la ASIPONA, contralmirante Esteban Ruz Dzul, señaló que el viaducto de más de seis kilómetros que une la terminal con tierra firme recibió mantenimiento durante el invierno. “Estamos listos para operar con dos barcos al mismo tiempo todas las semanas de la temporada”, indicó.

La temporada 2022-2023 cerrará en abril con 162 arribos programados, 20 por ciento más que la anterior.

---o0o---

Unidad de Comunicación Social
ASIPONA Progreso
Tel. 969 555 0133
comunicacion@asipona-progreso.example.mx

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información reservada.
"""
write_source('ck09.txt', ck09, eol='crlf')
write_gold('ck09', family='press_release',
           title='Puerto Progreso recibe por primera vez dos cruceros en el mismo día con pernocta',
           date='2023-03-14', source='ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL PROGRESO',
           bulletin_number='027/2023', issuer='ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL PROGRESO',
           dateline_city='Progreso',
           body_first_words='La Administración del Sistema Portuario Nacional Progreso (ASIPONA Progreso) informó',
           body_last_words='20 por ciento más que la anterior.',
           boilerplate=['De: Comunicación Social ASIPONA Progreso <comunicacion@asipona-progreso.example.mx>',
                        'Enviado: martes, 14 de marzo de 2023 10:12 a. m.',
                        'Para: Mesa de Redacción <redaccion@noticiaspeninsula.example.mx>',
                        'Asunto: Boletín 027/2023 - Cruceros con pernocta en Progreso',
                        'Buenos días, compañeros. Les compartimos el boletín de hoy. Saludos cordiales.',
                        'GOBIERNO DE MÉXICO', 'Progreso, Yucatán, a 14 de marzo de 2023.-', '---o0o---',
                        'Unidad de Comunicación Social', 'Tel. 969 555 0133',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información reservada.'],
           must_keep=['La Policía Estatal reforzó la vigilancia en el centro del puerto y en la carretera a Mérida.',
                      '“Estamos listos para operar con dos barcos al mismo tiempo todas las semanas de la temporada”, indicó.',
                      'La temporada 2022-2023 cerrará en abril con 162 arribos programados, 20 por ciento más que la anterior.'])

# ---------------------------------------------------------------- ck10 press (state civil protection, hurricane bulletin)
ck10 = """GOBIERNO DEL ESTADO DE QUINTANA ROO
COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL
BOLETÍN METEOROLÓGICO ESPECIAL No. 14
Chetumal, Quintana Roo, a 7 de octubre de 2020, 05:00 horas (tiempo local)

Huracán “Lisandro” categoría 2 se aproxima a la costa norte; se mantiene la alerta roja

El huracán “Lisandro” se intensificó durante la noche a categoría 2 en la escala Saffir-Simpson y se desplaza hacia la costa norte de Quintana Roo, donde se prevé que toque tierra entre Puerto Morelos y Cancún en las próximas 18 horas, informó la Coordinación Estatal de Protección Civil con base en el aviso del Servicio Meteorológico Nacional.

POSICIÓN: 19.8 grados de latitud norte y 85.9 grados de longitud oeste, a 180 km al sureste de Cozumel.
VIENTOS MÁXIMOS SOSTENIDOS: 165 km/h, con rachas de 205 km/h.
DESPLAZAMIENTO: hacia el noroeste a 28 km/h.

ALERTA ROJA (peligro máximo): Benito Juárez, Puerto Morelos, Cozumel, Isla Mujeres y Solidaridad.
ALERTA NARANJA (peligro alto): Tulum y Lázaro Cárdenas.
ALERTA AMARILLA (peligro moderado): Felipe Carrillo Puerto, José María Morelos y Bacalar.

En los municipios en alerta roja se suspenden todas las actividades no esenciales a partir de las 12:00 horas, y la población debe permanecer en sus domicilios o acudir a uno de los 180 refugios anticiclónicos que ya están abiertos. La lista de refugios puede consultarse en las oficinas municipales de protección civil.

Los puertos de Cancún, Puerto Morelos, Playa del Carmen, Cozumel e Isla Mujeres permanecen cerrados a la navegación. Los hoteles de la zona hotelera de Cancún concluyeron durante la madrugada el traslado de sus huéspedes a refugios y a salones habilitados en tierra firme.

Se recomienda a la población asegurar puertas y ventanas, retirar objetos que puedan ser arrastrados por el viento, almacenar agua potable y alimentos para al menos tres días, y atender únicamente la información oficial.

ATENTAMENTE
Coordinación Estatal de Protección Civil
Emergencias 911 | Denuncia anónima 089
#QuintanaRooAlerta #HuracánLisandro
"""
write_source('ck10.txt', ck10, enc='cp1252', eol='crlf')
write_gold('ck10', family='press_release',
           title='Huracán “Lisandro” categoría 2 se aproxima a la costa norte; se mantiene la alerta roja',
           date='2020-10-07', source='COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL',
           bulletin_number='14', issuer='COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL',
           dateline_city='Chetumal',
           body_first_words='El huracán “Lisandro” se intensificó durante la noche a categoría 2',
           body_last_words='y atender únicamente la información oficial.',
           boilerplate=['GOBIERNO DEL ESTADO DE QUINTANA ROO', 'BOLETÍN METEOROLÓGICO ESPECIAL No. 14',
                        'Chetumal, Quintana Roo, a 7 de octubre de 2020, 05:00 horas (tiempo local)',
                        'ATENTAMENTE', 'Emergencias 911 | Denuncia anónima 089',
                        '#QuintanaRooAlerta #HuracánLisandro'],
           must_keep=['VIENTOS MÁXIMOS SOSTENIDOS: 165 km/h, con rachas de 205 km/h.',
                      'ALERTA ROJA (peligro máximo): Benito Juárez, Puerto Morelos, Cozumel, Isla Mujeres y Solidaridad.',
                      'Los puertos de Cancún, Puerto Morelos, Playa del Carmen, Cozumel e Isla Mujeres permanecen cerrados a la navegación.'])

# ---------------------------------------------------------------- ck11 press (hotel association, PR-agency style)
ck11 = """PARA PUBLICACIÓN INMEDIATA

Contacto para medios:
Daniela Ríos Cervera | 983 555 0171 | prensa@hotelescaribesur.example.mx

**ASOCIACIÓN DE HOTELES DEL CARIBE SUR**
Comunicado AHCS-12/2018

**Hoteleros del sur de Quintana Roo reportan 78% de ocupación en Semana Santa**

Chetumal, Q. Roo, 3 de abril de 2018 — Los 64 hoteles afiliados a la Asociación de Hoteles del Caribe Sur cerraron el periodo vacacional de Semana Santa con una ocupación promedio de 78 por ciento, nueve puntos más que en 2017, impulsada por el turismo nacional que llegó a Bacalar, Mahahual y Chetumal.

Bacalar fue el destino con mejores resultados: sus hoteles y cabañas frente a la laguna reportaron una ocupación de 91 por ciento durante los cuatro días principales del asueto. En Mahahual, la llegada de cruceros entre semana compensó la menor afluencia de visitantes que viajan por carretera.

El presidente de la asociación, Octavio Can Ortegón, destacó que la mayoría de los huéspedes provino de Mérida, Campeche, Villahermosa y la Ciudad de México. “El sur del estado ya no es sólo un lugar de paso hacia Belice; la gente viene, se queda y regresa”, afirmó.

Los hoteleros señalaron, sin embargo, que el mal estado de la carretera federal 307 entre Bacalar y Chetumal y la falta de vuelos directos desde el centro del país siguen limitando el crecimiento de la región. La asociación solicitará a las autoridades federales que se incluya la rehabilitación del tramo en el presupuesto del próximo año.

Para el verano, los afiliados esperan una ocupación superior a 70 por ciento.

###

**Acerca de la Asociación de Hoteles del Caribe Sur**
La Asociación de Hoteles del Caribe Sur agrupa desde 2004 a hoteles, cabañas y posadas de Chetumal, Bacalar, Mahahual y Xcalak, y promueve el turismo sustentable en el sur de Quintana Roo.
"""
write_source('ck11.md', ck11)
write_gold('ck11', family='press_release',
           title='Hoteleros del sur de Quintana Roo reportan 78% de ocupación en Semana Santa',
           date='2018-04-03', source='ASOCIACIÓN DE HOTELES DEL CARIBE SUR',
           bulletin_number='AHCS-12/2018', issuer='ASOCIACIÓN DE HOTELES DEL CARIBE SUR',
           dateline_city='Chetumal',
           body_first_words='Los 64 hoteles afiliados a la Asociación de Hoteles del Caribe Sur',
           body_last_words='esperan una ocupación superior a 70 por ciento.',
           boilerplate=['PARA PUBLICACIÓN INMEDIATA', 'Contacto para medios:',
                        'Daniela Ríos Cervera | 983 555 0171 | prensa@hotelescaribesur.example.mx',
                        'Comunicado AHCS-12/2018', 'Chetumal, Q. Roo, 3 de abril de 2018 —', '###',
                        'Acerca de la Asociación de Hoteles del Caribe Sur',
                        'La Asociación de Hoteles del Caribe Sur agrupa desde 2004 a hoteles, cabañas y posadas de Chetumal, Bacalar, Mahahual y Xcalak, y promueve el turismo sustentable en el sur de Quintana Roo.'],
           must_keep=['En Mahahual, la llegada de cruceros entre semana compensó la menor afluencia de visitantes que viajan por carretera.',
                      '“El sur del estado ya no es sólo un lugar de paso hacia Belice; la gente viene, se queda y regresa”, afirmó.',
                      'Para el verano, los afiliados esperan una ocupación superior a 70 por ciento.'])

# ---------------------------------------------------------------- ck12 press (fishermen's cooperative newsletter, Mac Roman, CR)
ck12 = """EL RIBEREÑO
Boletín informativo Núm. 23 · Julio de 2004
SOCIEDAD COOPERATIVA DE PRODUCCIÓN PESQUERA BOCAS DE DZILAM, S.C. DE R.L.

AVISO A LOS SOCIOS Y A LA OPINIÓN PÚBLICA

Dzilam de Bravo, Yucatán, a 1 de julio de 2004.

Inicia la temporada de langosta con nuevas reglas para las trampas

Con la apertura de la temporada de captura de langosta este 1 de julio, la directiva de la cooperativa informa a sus 126 socios que a partir de este año sólo se recibirá en el centro de acopio el producto capturado con trampas registradas y marcadas con el número de la embarcación.

La medida fue acordada en la asamblea general del pasado 12 de junio, luego de que en la temporada anterior se detectaran langostas por debajo de la talla mínima y hembras con hueva en los lotes entregados a la planta. Cada socio deberá presentar sus trampas para su revisión en la bodega de la cooperativa antes del 10 de julio.

El precio de compra para la primera semana será de 210 pesos por kilo de cola, el mismo que pagan las empacadoras de Progreso. La cooperativa se compromete a liquidar a los socios cada sábado, sin descuentos por hielo ni por combustible durante el primer mes.

Recordamos a los pescadores que la captura con ganchos y con buceo de compresor está prohibida en la reserva de Dzilam, y que los inspectores federales realizarán recorridos durante toda la temporada. El socio que sea sorprendido con producto fuera de norma será suspendido conforme a nuestros estatutos.

Invitamos también a la comunidad a no comprar langosta en talla chica en la playa, porque lo que hoy se saca chico mañana ya no se pesca.

ATENTAMENTE
“Del mar vivimos, al mar cuidamos”
El Consejo de Administración
"""
write_source('ck12.txt', ck12, enc='mac_roman', eol='cr')
write_gold('ck12', family='press_release',
           title='Inicia la temporada de langosta con nuevas reglas para las trampas',
           date='2004-07-01',
           source='SOCIEDAD COOPERATIVA DE PRODUCCIÓN PESQUERA BOCAS DE DZILAM, S.C. DE R.L.',
           bulletin_number='23',
           issuer='SOCIEDAD COOPERATIVA DE PRODUCCIÓN PESQUERA BOCAS DE DZILAM, S.C. DE R.L.',
           dateline_city='Dzilam de Bravo',
           body_first_words='Con la apertura de la temporada de captura de langosta este 1 de julio',
           body_last_words='porque lo que hoy se saca chico mañana ya no se pesca.',
           boilerplate=['EL RIBEREÑO', 'Boletín informativo Núm. 23 · Julio de 2004',
                        'AVISO A LOS SOCIOS Y A LA OPINIÓN PÚBLICA',
                        'Dzilam de Bravo, Yucatán, a 1 de julio de 2004.', 'ATENTAMENTE',
                        '“Del mar vivimos, al mar cuidamos”', 'El Consejo de Administración'],
           must_keep=['Cada socio deberá presentar sus trampas para su revisión en la bodega de la cooperativa antes del 10 de julio.',
                      'El precio de compra para la primera semana será de 210 pesos por kilo de cola, el mismo que pagan las empacadoras de Progreso.',
                      'El socio que sea sorprendido con producto fuera de norma será suspendido conforme a nuestros estatutos.'])

# ---------------------------------------------------------------- ck13 press (state tourism office, copied from its web page)
ck13 = """Gobierno del Estado de Yucatán
Secretaría de Fomento Turístico
Inicio  |  Prensa  |  Boletines  |  Contacto

Boletín 0415/2019
22 de noviembre de 2019

Mérida recibirá el Encuentro Nacional de Turismo de Naturaleza con 300 empresas participantes

Mérida, Yucatán, 22 de noviembre de 2019.- La Secretaría de Fomento Turístico (Sefotur) dio a conocer que Mérida será sede, del 27 al 29 de febrero próximo, del Encuentro Nacional de Turismo de Naturaleza, en el que participarán alrededor de 300 empresas de ecoturismo, aventura y turismo comunitario de todo el país.

Durante tres días, operadores de recorridos, cooperativas ejidales y agencias de viajes se reunirán con compradores nacionales y extranjeros en el Centro de Convenciones Siglo XXI. También habrá talleres sobre certificación ambiental, seguridad en actividades de aventura y comercialización en línea.

La titular de la dependencia, Mónica Aké Novelo, explicó que Yucatán cuenta con más de 30 proyectos de turismo comunitario en cenotes, reservas costeras y haciendas, que en los últimos años se han convertido en una fuente de ingresos para las familias del interior del estado.

Como parte del encuentro se organizarán viajes de familiarización a la Reserva de la Biosfera Ría Celestún, al anillo de cenotes de Cuzamá y Homún, y a la zona de manglares de San Felipe y Río Lagartos, para que los compradores conozcan directamente los productos que ofrecen las comunidades.

Las empresas interesadas podrán inscribirse hasta el 31 de enero a través de la página de la Secretaría.

Compartir:  Facebook  Twitter  WhatsApp
Descargar boletín (PDF, 180 KB)
Boletines relacionados
Yucatán presenta su oferta de turismo de romance en Guadalajara
Cruceristas en Progreso gastan en promedio 85 dólares por visita
© 2019 Gobierno del Estado de Yucatán. Calle 59 No. 514, Centro, Mérida.
"""
write_source('ck13.txt', ck13)
write_gold('ck13', family='press_release',
           title='Mérida recibirá el Encuentro Nacional de Turismo de Naturaleza con 300 empresas participantes',
           date='2019-11-22', source='Secretaría de Fomento Turístico',
           bulletin_number='0415/2019', issuer='Secretaría de Fomento Turístico',
           dateline_city='Mérida',
           body_first_words='La Secretaría de Fomento Turístico (Sefotur) dio a conocer que Mérida será sede',
           body_last_words='a través de la página de la Secretaría.',
           boilerplate=['Gobierno del Estado de Yucatán', 'Inicio  |  Prensa  |  Boletines  |  Contacto',
                        'Boletín 0415/2019', 'Mérida, Yucatán, 22 de noviembre de 2019.-',
                        'Compartir:  Facebook  Twitter  WhatsApp', 'Descargar boletín (PDF, 180 KB)',
                        'Boletines relacionados',
                        'Yucatán presenta su oferta de turismo de romance en Guadalajara',
                        'Cruceristas en Progreso gastan en promedio 85 dólares por visita',
                        '© 2019 Gobierno del Estado de Yucatán. Calle 59 No. 514, Centro, Mérida.'],
           must_keep=['También habrá talleres sobre certificación ambiental, seguridad en actividades de aventura y comercialización en línea.',
                      'Las empresas interesadas podrán inscribirse hasta el 31 de enero a través de la página de la Secretaría.',
                      'que en los últimos años se han convertido en una fuente de ingresos para las familias del interior del estado.'])

# ---------------------------------------------------------------- ck14 press (state port company, UTF-16 LE, ALL-CAPS title)
ck14 = """ADMINISTRACIÓN PORTUARIA INTEGRAL DE QUINTANA ROO, S.A. DE C.V.
APIQROO
Comunicado No. 003/2017

COZUMEL CIERRA 2016 CON MÁS DE 3.6 MILLONES DE CRUCERISTAS

Cozumel, Quintana Roo, a 9 de enero de 2017.- La Administración Portuaria Integral de Quintana Roo (APIQROO) informó que durante 2016 arribaron a Cozumel mil 252 cruceros con 3 millones 634 mil pasajeros, con lo que la isla se mantuvo como el principal destino de cruceros del país y uno de los más visitados del Caribe.

La cifra representa un aumento de 4.2 por ciento respecto al año anterior. Los meses con mayor movimiento fueron marzo y diciembre, cuando en algunos días coincidieron hasta nueve embarcaciones en los muelles de la isla.

De acuerdo con la APIQROO, el gasto promedio de cada crucerista en tierra fue de 96 dólares, principalmente en recorridos a parques ecológicos, buceo, joyerías y restaurantes del centro de San Miguel. Para atender la demanda, la empresa portuaria coordinó el trabajo de 420 taxis y de las navieras que cruzan a Playa del Carmen.

El director general de la APIQROO, licenciado Ramiro Canto Ek, señaló que para 2017 se tienen confirmados más de mil 300 arribos y que continuarán los trabajos de mantenimiento en el muelle de Punta Langosta. “Cozumel compite con los mejores puertos del Caribe y tenemos que cuidar la experiencia del visitante desde que baja del barco”, dijo.

La empresa recordó que una parte de los derechos portuarios que pagan las navieras se destina a proyectos de limpieza de playas y conservación de arrecifes en coordinación con el Parque Nacional Arrecifes de Cozumel.

-oOo-

Gerencia de Comunicación y Relaciones Públicas
Tel. 987 555 0119 | comunicacion@apiqroo-ej.example.mx
"""
write_source('ck14.txt', ck14, enc='utf-16-le', eol='crlf', bom=True)
write_gold('ck14', family='press_release',
           title='COZUMEL CIERRA 2016 CON MÁS DE 3.6 MILLONES DE CRUCERISTAS',
           date='2017-01-09', source='ADMINISTRACIÓN PORTUARIA INTEGRAL DE QUINTANA ROO, S.A. DE C.V.',
           bulletin_number='003/2017', issuer='ADMINISTRACIÓN PORTUARIA INTEGRAL DE QUINTANA ROO, S.A. DE C.V.',
           dateline_city='Cozumel',
           body_first_words='La Administración Portuaria Integral de Quintana Roo (APIQROO) informó',
           body_last_words='en coordinación con el Parque Nacional Arrecifes de Cozumel.',
           boilerplate=['Comunicado No. 003/2017', 'Cozumel, Quintana Roo, a 9 de enero de 2017.-', '-oOo-',
                        'Gerencia de Comunicación y Relaciones Públicas',
                        'Tel. 987 555 0119 | comunicacion@apiqroo-ej.example.mx'],
           must_keep=['La cifra representa un aumento de 4.2 por ciento respecto al año anterior.',
                      'Para atender la demanda, la empresa portuaria coordinó el trabajo de 420 taxis y de las navieras que cruzan a Playa del Carmen.',
                      '“Cozumel compite con los mejores puertos del Caribe y tenemos que cuidar la experiencia del visitante desde que baja del barco”, dijo.'])

# ---------------------------------------------------------------- ck15 press (INAH, photo captions after the end marker)
ck15 = """INSTITUTO NACIONAL DE ANTROPOLOGÍA E HISTORIA
Dirección de Medios de Comunicación
Boletín No. 245

Concluye la restauración del friso de estuco de la Estructura XIII de Calakmul

San Francisco de Campeche, Camp., 18 de agosto de 2010.- Especialistas del Centro INAH Campeche concluyeron la primera etapa de conservación de un friso de estuco modelado de más de 12 metros de largo, descubierto en 2008 en la Estructura XIII de la antigua ciudad maya de Calakmul, en el sureste del estado.

El friso, que data del periodo Clásico Temprano, muestra a personajes sentados sobre cabezas de montañas sagradas y una banda celeste con glifos que, de acuerdo con los epigrafistas, mencionan a gobernantes de la dinastía de la Cabeza de Serpiente.

Durante seis meses, un equipo de cuatro restauradores retiró las raíces y sales que dañaban el estuco, consolidó los fragmentos desprendidos y aplicó capas de protección con materiales compatibles con los originales. La pintura roja y azul que todavía conservan algunas figuras fue documentada con fotografía de alta resolución.

El arqueólogo responsable del proyecto, Sergio Pool Cauich, explicó que el friso se mantendrá cubierto por una techumbre de madera y lámina para protegerlo de la lluvia y del sol. “Es una de las obras de estuco mejor conservadas del área maya, pero también una de las más frágiles”, señaló.

Por razones de conservación, el friso no estará abierto a la visita pública. El INAH prepara una exhibición fotográfica y una reproducción a escala que se instalarán en el Museo de Arquitectura Maya del Baluarte de la Soledad.

---000---

Fotos: Mauricio Uc Canto / INAH.
Pie de foto 1. Restauradores trabajan en la consolidación del friso de la Estructura XIII.
Pie de foto 2. Detalle de la banda celeste con glifos.
"""
write_source('ck15.txt', ck15, eol='crlf', bom=True)
write_gold('ck15', family='press_release',
           title='Concluye la restauración del friso de estuco de la Estructura XIII de Calakmul',
           date='2010-08-18', source='INSTITUTO NACIONAL DE ANTROPOLOGÍA E HISTORIA',
           bulletin_number='245', issuer='INSTITUTO NACIONAL DE ANTROPOLOGÍA E HISTORIA',
           dateline_city='San Francisco de Campeche',
           body_first_words='Especialistas del Centro INAH Campeche concluyeron la primera etapa',
           body_last_words='en el Museo de Arquitectura Maya del Baluarte de la Soledad.',
           boilerplate=['Dirección de Medios de Comunicación', 'Boletín No. 245',
                        'San Francisco de Campeche, Camp., 18 de agosto de 2010.-', '---000---',
                        'Fotos: Mauricio Uc Canto / INAH.',
                        'Pie de foto 1. Restauradores trabajan en la consolidación del friso de la Estructura XIII.',
                        'Pie de foto 2. Detalle de la banda celeste con glifos.'],
           must_keep=['La pintura roja y azul que todavía conservan algunas figuras fue documentada con fotografía de alta resolución.',
                      '“Es una de las obras de estuco mejor conservadas del área maya, pero también una de las más frágiles”, señaló.',
                      'Por razones de conservación, el friso no estará abierto a la visita pública.'],
           photo_credit='Mauricio Uc Canto / INAH')

# ---------------------------------------------------------------- ck16 press (state health services, PDF-to-text with page break)
ck16 = """                                   SERVICIOS DE SALUD DE YUCATÁN
                                 Dirección de Comunicación Social
                                                                   Boletín SSY/DCS/318/2014

Mérida, Yucatán, a 3 de septiembre de 2014

        Intensifican fumigación contra el mosco del dengue en 42 colonias de Mérida

   Los Servicios de Salud de Yucatán (SSY) intensificaron a partir de este miércoles las acciones de
fumigación y descacharrización en 42 colonias del oriente y del sur de Mérida, donde en las últimas
cuatro semanas se concentró la mayor parte de los casos de dengue registrados en el estado.

   Brigadas de la dependencia recorrerán casa por casa para eliminar recipientes que acumulan agua,
aplicar larvicida en tinacos y pilas, y rociar insecticida en patios y calles. Los vehículos de nebulización
circularán entre las seis y las nueve de la noche, cuando el mosquito tiene mayor actividad.

   El jefe del departamento de Vectores, doctor Efraín Cetina Cauich, informó que en lo que va del
año se han confirmado 312 casos de dengue en Yucatán. La mayoría de los pacientes se recuperó sin

Calle 72 No. 463 x 53 y 55, Centro, Mérida, Yucatán · Tel. 999 555 0150                 Página 1 de 2
\f                                   SERVICIOS DE SALUD DE YUCATÁN
                                                                   Boletín SSY/DCS/318/2014

complicaciones, aunque 18 personas requirieron hospitalización por presentar dengue con signos de
alarma.

   Las autoridades pidieron a la población permitir el acceso de las brigadas a sus domicilios y
mantener limpios los patios durante toda la temporada de lluvias. También recomendaron acudir de
inmediato a la unidad de salud más cercana en caso de fiebre alta, dolor de cabeza intenso, dolor
detrás de los ojos o manchas en la piel, y evitar automedicarse.

   Las colonias donde iniciarán los trabajos son Emiliano Zapata Sur, San José Tecoh, Castilla
Cámara, Salvador Alvarado Oriente y Vergel, entre otras. La lista completa se publicará en las
redes sociales de la dependencia.

                                                o0o

Calle 72 No. 463 x 53 y 55, Centro, Mérida, Yucatán · Tel. 999 555 0150                 Página 2 de 2
"""
write_source('ck16.txt', ck16)
write_gold('ck16', family='press_release',
           title='Intensifican fumigación contra el mosco del dengue en 42 colonias de Mérida',
           date='2014-09-03', source='SERVICIOS DE SALUD DE YUCATÁN',
           bulletin_number='SSY/DCS/318/2014', issuer='SERVICIOS DE SALUD DE YUCATÁN',
           dateline_city='Mérida',
           body_first_words='Los Servicios de Salud de Yucatán (SSY) intensificaron a partir de este miércoles',
           body_last_words='redes sociales de la dependencia.',
           boilerplate=['Dirección de Comunicación Social', 'Boletín SSY/DCS/318/2014',
                        'Mérida, Yucatán, a 3 de septiembre de 2014',
                        'Calle 72 No. 463 x 53 y 55, Centro, Mérida, Yucatán · Tel. 999 555 0150',
                        'Página 1 de 2', 'Página 2 de 2', 'o0o'],
           must_keep=['aplicar larvicida en tinacos y pilas, y rociar insecticida en patios y calles.',
                      'año se han confirmado 312 casos de dengue en Yucatán.',
                      'detrás de los ojos o manchas en la piel, y evitar automedicarse.'])
