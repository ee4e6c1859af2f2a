#!/usr/bin/env python3
"""importer-bv, files 01-10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bv01 wire (agency teletype, Acapulco, 1997, cp850)
bv01 = """ZCZC ANP0934 3 EST
Agencia Noticiosa del Pacífico (ANP) - Servicio a suscriptores
ANP-ACA HURACAN-PAULINE 09-10-97 14:32
URGENTE

DEVASTA EL HURACAN PAULINE LA ZONA POPULAR DE ACAPULCO; REPORTAN DECENAS DE MUERTOS

Por Rogelio Gatica Sotelo, corresponsal

     ACAPULCO, Gro., 9 de octubre (ANP).- Las lluvias torrenciales que dejó a su paso el huracán Pauline provocaron durante la madrugada de este jueves el desbordamiento de ríos y arroyos que bajan de los cerros de Acapulco, y arrastraron lodo, piedras y automóviles hasta la avenida Costera Miguel Alemán, informaron autoridades municipales y de Protección Civil.

     Hasta el mediodía, socorristas y funcionarios del Ayuntamiento contabilizaban por lo menos 40 personas muertas en las colonias populares del anfiteatro de la bahía, aunque advirtieron que la cifra podría aumentar conforme las brigadas lleguen a las zonas que permanecen incomunicadas.

     Los daños más graves se registraron en las colonias levantadas a lo largo del río El Camarón y de los arroyos que cruzan La Garita, El Coloso y Renacimiento, donde las corrientes derribaron viviendas de block y lámina construidas en las laderas.
-MAS-
ZCZC ANP0941 3 EST
ANP-ACA HURACAN-PAULINE 1A ADICIONAL 09-10-97 14:40

     Elementos del Ejército y de la Armada de México participan en las labores de rescate y en la remoción de escombros, mientras que los hospitales del puerto atienden a decenas de lesionados.

     El servicio de energía eléctrica y el abasto de agua potable están suspendidos en la mayor parte de la ciudad, y el aeropuerto internacional permanece cerrado. La carretera federal a la ciudad de México está bloqueada por deslaves en varios tramos.

     "Nunca habíamos visto bajar tanta agua del cerro; se llevó las casas con todo y las familias adentro", dijo Eusebia Navarrete, vecina de la colonia La Laja, quien perdió su vivienda.

     Los damnificados fueron trasladados a albergues instalados en escuelas, iglesias y en el centro de convenciones. Comerciantes de la zona de mercados informaron que sus locales quedaron cubiertos por más de un metro de lodo.

     El presidente municipal pidió a la población no acercarse a los cauces y hervir el agua antes de consumirla, en tanto que las brigadas sanitarias comenzaron a recorrer las colonias afectadas.

ANP/RGS/hcc
NNNN
"""
write_source('bv01.txt', bv01, enc='cp850', eol='crlf')
write_gold('bv01', family='wire',
           title='DEVASTA EL HURACAN PAULINE LA ZONA POPULAR DE ACAPULCO; REPORTAN DECENAS DE MUERTOS',
           date='1997-10-09', bylines=['Rogelio Gatica Sotelo'],
           source='Agencia Noticiosa del Pacífico',
           body_first_words='Las lluvias torrenciales que dejó a su paso el huracán Pauline',
           body_last_words='las brigadas sanitarias comenzaron a recorrer las colonias afectadas.',
           boilerplate=['ZCZC ANP0934 3 EST',
                        'Agencia Noticiosa del Pacífico (ANP) - Servicio a suscriptores',
                        'ANP-ACA HURACAN-PAULINE 09-10-97 14:32', 'URGENTE',
                        'ACAPULCO, Gro., 9 de octubre (ANP).-', '-MAS-', 'ZCZC ANP0941 3 EST',
                        'ANP-ACA HURACAN-PAULINE 1A ADICIONAL 09-10-97 14:40',
                        'ANP/RGS/hcc', 'NNNN'],
           must_keep=['donde las corrientes derribaron viviendas de block y lámina construidas en las laderas.',
                      'Elementos del Ejército y de la Armada de México participan en las labores de rescate y en la remoción de escombros, mientras que los hospitales del puerto atienden a decenas de lesionados.',
                      '"Nunca habíamos visto bajar tanta agua del cerro; se llevó las casas con todo y las familias adentro", dijo Eusebia Navarrete, vecina de la colonia La Laja, quien perdió su vivienda.'])

# ---------------------------------------------------------------- bv02 press (Gobierno de Sinaloa, forwarded e-mail body, 2012)
bv02 = """De: Comunicación Social Gobierno de Sinaloa [mailto:boletines@sinaloa-cs.example.mx]
Enviado el: martes, 05 de junio de 2012 13:42
Para: undisclosed-recipients
Asunto: Boletín 1843 - Acuerdan plan para recuperar cruceros en Mazatlán

Compañeros de los medios, les compartimos el boletín de esta tarde. Saludos cordiales.

GOBIERNO DEL ESTADO DE SINALOA
Coordinación General de Comunicación Social
Boletín No. 1843

Acuerdan Gobierno del Estado y navieras plan para recuperar el arribo de cruceros a Mazatlán

Mazatlán, Sin., 5 de junio de 2012.- El Gobierno del Estado de Sinaloa y representantes de tres compañías navieras acordaron un plan de trabajo para que los cruceros turísticos vuelvan a incluir a Mazatlán en sus itinerarios por la costa del Pacífico a partir de la temporada de invierno.

El acuerdo se alcanzó durante una reunión celebrada en el puerto con la participación de la Secretaría de Turismo estatal, la Administración Portuaria Integral de Mazatlán, el Ayuntamiento y organismos empresariales del sector.

Entre los compromisos figuran la renovación de la terminal de pasajeros, la instalación de un módulo de información en el muelle, la capacitación de guías y taxistas, y un operativo de seguridad en el Centro Histórico, la zona de Olas Altas y el malecón durante los días de arribo.

La secretaria de Turismo, Leticia Osuna Zatarain, explicó que en los últimos dos años el puerto pasó de recibir más de un centenar de cruceros por temporada a sólo unas cuantas escalas. “Cada barco que deja de venir significa menos ventas para artesanos, restauranteros y transportistas”, señaló.

Los directivos de las navieras reconocieron las mejoras en la percepción de seguridad y dijeron que presentarán el plan a sus oficinas corporativas. En las próximas semanas, una comisión de agentes de viaje recorrerá los atractivos del puerto para evaluar nuevas excursiones.

El Gobierno del Estado informó que la inversión inicial para la terminal será de 45 millones de pesos, con aportaciones estatales y federales.

---oOo---

Coordinación General de Comunicación Social
Tel. (667) 555 0120 y 555 0121
boletines@sinaloa-cs.example.mx

--
Enviado desde mi BlackBerry® de Telcel
"""
write_source('bv02.txt', bv02)
write_gold('bv02', family='press_release',
           title='Acuerdan Gobierno del Estado y navieras plan para recuperar el arribo de cruceros a Mazatlán',
           date='2012-06-05', source='GOBIERNO DEL ESTADO DE SINALOA',
           bulletin_number='1843', issuer='GOBIERNO DEL ESTADO DE SINALOA', dateline_city='Mazatlán',
           body_first_words='El Gobierno del Estado de Sinaloa y representantes de tres compañías navieras',
           body_last_words='con aportaciones estatales y federales.',
           boilerplate=['De: Comunicación Social Gobierno de Sinaloa [mailto:boletines@sinaloa-cs.example.mx]',
                        'Enviado el: martes, 05 de junio de 2012 13:42',
                        'Para: undisclosed-recipients',
                        'Asunto: Boletín 1843 - Acuerdan plan para recuperar cruceros en Mazatlán',
                        'Compañeros de los medios, les compartimos el boletín de esta tarde. Saludos cordiales.',
                        'Coordinación General de Comunicación Social', 'Boletín No. 1843',
                        'Mazatlán, Sin., 5 de junio de 2012.-', '---oOo---',
                        'Tel. (667) 555 0120 y 555 0121', 'Enviado desde mi BlackBerry® de Telcel'],
           must_keep=['El acuerdo se alcanzó durante una reunión celebrada en el puerto con la participación de la Secretaría de Turismo estatal, la Administración Portuaria Integral de Mazatlán, el Ayuntamiento y organismos empresariales del sector.',
                      '“Cada barco que deja de venir significa menos ventas para artesanos, restauranteros y transportistas”, señaló.',
                      'En las próximas semanas, una comisión de agentes de viaje recorrerá los atractivos del puerto para evaluar nuevas excursiones.'])

# ---------------------------------------------------------------- bv03 jekyll (investigative collective, Nayarit, 2021)
bv03 = """---
layout: investigacion
title: "Granjas camaroneras avanzan sobre el manglar de Marismas Nacionales"
subtitle: "Imágenes satelitales y expedientes de 2008 a 2020 muestran 1,840 hectáreas perdidas"
date: 2021-03-15 07:00:00 -0600
authors:
  - Marisela Ocampo Bustos
  - Daniel Arreola Tinoco
categories: [Investigaciones]
tags: [manglar, acuacultura, Marismas Nacionales, Tecuala]
site_name: Colectivo Bitácora Pacífico
image: /assets/img/2021/03/marismas-bordos.jpg
---

En los últimos doce años, las granjas de camarón del norte de Nayarit ocuparon al menos 1,840 hectáreas que antes eran manglar o zonas de inundación dentro y alrededor de la reserva de la biosfera Marismas Nacionales, de acuerdo con un análisis de imágenes satelitales realizado por este colectivo.

El recorrido por los esteros de Tecuala y Acaponeta confirma lo que muestran las imágenes: bordos de tierra que cortan el paso del agua, canales de llamada abiertos con maquinaria y franjas de mangle seco donde hace una década había aves anidando.

## Catorce expedientes

A través de solicitudes de información obtuvimos catorce expedientes de autorización ambiental para proyectos acuícolas en la zona. En nueve de ellos, la superficie que aparece en los planos es menor que la que hoy ocupan los estanques.

> “Aquí entraba la marea hasta el corral de mi abuelo; ahora el agua ya no llega y el mangle se murió parado”, dice Casimiro Ibarra, pescador de la cooperativa de Palmar de Cuautla.

Las empresas consultadas sostienen que sus ampliaciones cuentan con permisos vigentes y que el mangle muerto se debe a la sequía y al azolve natural de los esteros. Ninguna aceptó mostrar los documentos.

Investigadores de la región advierten que el daño no se limita a los árboles. El manglar funciona como criadero de camarón silvestre y de peces que después pescan las cooperativas ribereñas, de modo que cada hectárea perdida reduce la captura de quienes no tienen granjas.

---

*Esta investigación se realizó con el apoyo del Fondo para el Periodismo Costero.*

**Investigación:** Marisela Ocampo Bustos y Daniel Arreola Tinoco · **Edición:** Teresa Luján Rentería · **Fotografía:** Iván Cisneros Ávalos

¿Tienes información sobre este tema? Escríbenos a buzon@bitacorapacifico.example.mx. Apoya el periodismo independiente: dona en bitacorapacifico.example.mx/dona
"""
write_source('bv03.md', bv03)
write_gold('bv03', family='jekyll',
           title='Granjas camaroneras avanzan sobre el manglar de Marismas Nacionales',
           date='2021-03-15', bylines=['Marisela Ocampo Bustos', 'Daniel Arreola Tinoco'],
           source='Colectivo Bitácora Pacífico', section='Investigaciones',
           body_first_words='En los últimos doce años, las granjas de camarón del norte de Nayarit',
           body_last_words='reduce la captura de quienes no tienen granjas.',
           boilerplate=['Esta investigación se realizó con el apoyo del Fondo para el Periodismo Costero.',
                        '**Investigación:** Marisela Ocampo Bustos y Daniel Arreola Tinoco · **Edición:** Teresa Luján Rentería · **Fotografía:** Iván Cisneros Ávalos',
                        '¿Tienes información sobre este tema? Escríbenos a buzon@bitacorapacifico.example.mx.',
                        'Apoya el periodismo independiente: dona en bitacorapacifico.example.mx/dona'],
           must_keep=['En nueve de ellos, la superficie que aparece en los planos es menor que la que hoy ocupan los estanques.',
                      '“Aquí entraba la marea hasta el corral de mi abuelo; ahora el agua ya no llega y el mangle se murió parado”, dice Casimiro Ibarra, pescador de la cooperativa de Palmar de Cuautla.',
                      'Ninguna aceptó mostrar los documentos.'],
           photo_credit='Iván Cisneros Ávalos')

# ---------------------------------------------------------------- bv04 generic (stringer voice notes typed up by the desk, Sinaloa sierra)
bv04 = """MATERIAL DE CORRESPONSAL - TRANSCRIPCIÓN DE NOTAS DE VOZ (WhatsApp)
Corresponsal: Efrén Cázares Loaiza, sierra de San Ignacio
Fecha: 12/09/2019
Transcribió: K. Osuna (mesa Mazatlán)
Notas de la mesa: 4 audios; la señal se cortó en el audio 3. Sin fotos todavía.

Cabeza propuesta: Deslaves dejan incomunicadas a 14 comunidades de la sierra de San Ignacio

[Audio 1 - 2:41]
Qué tal, compañeros, buenas noches, ahí les va lo de hoy. Desde el martes en la noche no ha parado de llover aquí en la parte alta de San Ignacio, y el camino que baja de Ajoya a la cabecera se vino abajo en por lo menos tres partes, eh, una de ellas cerca del arroyo de Los Mimbres, donde se llevó como veinte metros de la brecha completa.

[Audio 2 - 1:58]
Según el comisario de Ajoya, son catorce comunidades las que quedaron sin paso, entre ellas San Juan, Vado Hondo y Guillapa, y ahí viven, más o menos, unas mil doscientas personas. No hay luz desde el miércoles y la única forma de comunicarse es subiendo al cerro de la antena, que es de donde les estoy mandando esto.

[Audio 3 - 0:47]
La gente dice que todavía tienen maíz y frijol para unos días, pero lo que urge es la medicina, porque hay una señora con diabetes y un niño con calentura en Vado Hondo y el centro de salud [se corta la señal]

[Audio 4 - 1:12]
Ya, perdón, se me fue. Lo que les decía es que el centro de salud no tiene médico desde julio, nomás una enfermera que viene cada quince días. El comisario ya habló a Protección Civil del municipio y le dijeron que mañana, si para el agua, suben con máquina desde la cabecera. Los muchachos de aquí están abriendo paso a pala para que por lo menos pasen las bestias con carga. Es todo por ahorita, si me entra la señal les mando fotos.
"""
write_source('bv04.txt', bv04)
write_gold('bv04', family='generic',
           title='Deslaves dejan incomunicadas a 14 comunidades de la sierra de San Ignacio',
           date='2019-09-12', bylines=['Efrén Cázares Loaiza'],
           body_first_words='Desde el martes en la noche no ha parado de llover',
           body_last_words='para que por lo menos pasen las bestias con carga.',
           boilerplate=['MATERIAL DE CORRESPONSAL - TRANSCRIPCIÓN DE NOTAS DE VOZ (WhatsApp)',
                        'Transcribió: K. Osuna (mesa Mazatlán)',
                        'Notas de la mesa: 4 audios; la señal se cortó en el audio 3. Sin fotos todavía.',
                        'Cabeza propuesta:', '[Audio 1 - 2:41]',
                        'Qué tal, compañeros, buenas noches, ahí les va lo de hoy.',
                        '[Audio 2 - 1:58]', '[Audio 3 - 0:47]', '[se corta la señal]',
                        '[Audio 4 - 1:12]', 'Es todo por ahorita, si me entra la señal les mando fotos.'],
           must_keep=['No hay luz desde el miércoles y la única forma de comunicarse es subiendo al cerro de la antena, que es de donde les estoy mandando esto.',
                      'Los muchachos de aquí están abriendo paso a pala para que por lo menos pasen las bestias con carga.',
                      'El comisario ya habló a Protección Civil del municipio y le dijeron que mañana, si para el agua, suben con máquina desde la cabecera.'])

# ---------------------------------------------------------------- bv05 wire (port trade outlet, web page copy-paste, Manzanillo 2017)
bv05 = """Inicio » Logística

Navieras advierten saturación en los patios de contenedores de Manzanillo

Tiempo de lectura: 4 minutos

Por Gerardo Anguiano Vuelvas | Puerto & Carga Pacífico
23 mayo, 2017

Compartir
Facebook
Twitter
WhatsApp
LinkedIn

Imagen: Puerto & Carga Pacífico / Archivo

Las líneas navieras que operan en Manzanillo advirtieron que los patios de las terminales especializadas trabajan por encima del 85 por ciento de su capacidad, lo que ha provocado demoras de hasta tres días en la entrega de contenedores de importación a los transportistas.

Publicidad

De acuerdo con la asociación que agrupa a los agentes navieros del puerto, el problema se agravó desde marzo por la llegada simultánea de buques de mayor tamaño procedentes de Asia y por la falta de citas suficientes para que los camiones retiren la carga.

Los transportistas, por su parte, reportan filas de más de cuatro kilómetros en el acceso norte y en la avenida que conecta con la autopista a Colima. “Hay choferes que pasan la noche completa en la fila para sacar un solo contenedor”, dijo Rigoberto Zamora Chávez, dirigente de una agrupación de autotransporte.

Publicidad

La Administración Portuaria Integral informó que trabaja con las terminales en un sistema de citas en línea y que ampliará el horario de revisión aduanal durante los fines de semana. También recordó que la nueva aduana y el acceso ferroviario permitirán desahogar el tránsito de camiones en la zona urbana.

Los agentes aduanales pidieron que el horario extendido incluya a todas las autoridades que intervienen en la revisión de mercancías, pues de lo contrario, dijeron, la carga seguirá detenida aunque la terminal la tenga lista.

Manzanillo es el principal puerto de contenedores del país y concentra buena parte de las importaciones que abastecen a la industria del Bajío y del centro de México.

Etiquetas: Manzanillo, contenedores, navieras, autotransporte

Te recomendamos
Arranca dragado en el canal de acceso al puerto interior
Colima pide ampliar la autopista a cuatro carriles hasta Armería

Comentarios
Deja un comentario
"""
write_source('bv05.txt', bv05, eol='crlf')
write_gold('bv05', family='wire',
           title='Navieras advierten saturación en los patios de contenedores de Manzanillo',
           date='2017-05-23', bylines=['Gerardo Anguiano Vuelvas'], source='Puerto & Carga Pacífico',
           section='Logística',
           body_first_words='Las líneas navieras que operan en Manzanillo advirtieron',
           body_last_words='abastecen a la industria del Bajío y del centro de México.',
           boilerplate=['Inicio » Logística', 'Tiempo de lectura: 4 minutos', 'Compartir',
                        'Facebook', 'Twitter', 'WhatsApp', 'LinkedIn',
                        'Imagen: Puerto & Carga Pacífico / Archivo', 'Publicidad',
                        'Etiquetas: Manzanillo, contenedores, navieras, autotransporte',
                        'Te recomendamos',
                        'Arranca dragado en el canal de acceso al puerto interior',
                        'Colima pide ampliar la autopista a cuatro carriles hasta Armería',
                        'Comentarios', 'Deja un comentario'],
           must_keep=['“Hay choferes que pasan la noche completa en la fila para sacar un solo contenedor”, dijo Rigoberto Zamora Chávez, dirigente de una agrupación de autotransporte.',
                      'También recordó que la nueva aduana y el acceso ferroviario permitirán desahogar el tránsito de camiones en la zona urbana.',
                      'De acuerdo con la asociación que agrupa a los agentes navieros del puerto, el problema se agravó desde marzo por la llegada simultánea de buques de mayor tamaño procedentes de Asia y por la falta de citas suficientes para que los camiones retiren la carga.'],
           photo_credit='Puerto & Carga Pacífico / Archivo')

# ---------------------------------------------------------------- bv06 press (Ayuntamiento de Puerto Vallarta, bilingual, 2004, cp1252)
bv06 = """H. AYUNTAMIENTO CONSTITUCIONAL DE PUERTO VALLARTA, JAL.
Dirección de Comunicación Social
Comunicado 0452/2004

Inicia la temporada de avistamiento de ballena jorobada en la Bahía de Banderas

Puerto Vallarta, Jalisco, a 10 de diciembre de 2004.

Con la llegada de los primeros grupos de ballena jorobada a la Bahía de Banderas, el Ayuntamiento de Puerto Vallarta dio inicio a la temporada de avistamiento 2004-2005, que se prolongará hasta finales de marzo, y pidió a prestadores de servicios y visitantes respetar las reglas para observar a los cetáceos sin molestarlos.

Durante la presentación en el muelle de Los Muertos, la directora de Ecología municipal, bióloga Araceli Peña Quintero, informó que este año se otorgaron 74 permisos a embarcaciones turísticas, luego de que los capitanes y guías aprobaron el curso de capacitación que imparten autoridades ambientales e investigadores de la región.

Las embarcaciones deberán mantener una distancia mínima de 60 metros de las ballenas, apagar o poner en neutral el motor al acercarse y no permanecer más de 30 minutos con un mismo grupo. Está prohibido nadar o bucear junto a los animales.

Cada invierno, cientos de ballenas jorobadas viajan miles de kilómetros desde las aguas frías del Pacífico norte para aparearse y dar a luz en las aguas templadas de la bahía. Para Puerto Vallarta, el avistamiento se ha convertido en uno de los principales atractivos de la temporada alta.

Los operadores turísticos estiman que más de 30 mil personas salieron a ver ballenas la temporada pasada. El Ayuntamiento pidió a la población reportar cualquier embarcación que no respete las distancias.

-30-

ENGLISH VERSION
Humpback whale watching season begins in Banderas Bay.
The City of Puerto Vallarta opened the 2004-2005 whale watching season, which runs through the end of March.
Boats must stay at least 60 meters away from the whales.

Dirección de Comunicación Social
Tel. (322) 555 0178 ext. 204
prensa@vallarta-ayto.example.mx
"""
write_source('bv06.txt', bv06, enc='cp1252', eol='crlf')
write_gold('bv06', family='press_release',
           title='Inicia la temporada de avistamiento de ballena jorobada en la Bahía de Banderas',
           date='2004-12-10', source='H. AYUNTAMIENTO CONSTITUCIONAL DE PUERTO VALLARTA, JAL.',
           bulletin_number='0452/2004', issuer='H. AYUNTAMIENTO CONSTITUCIONAL DE PUERTO VALLARTA, JAL.',
           dateline_city='Puerto Vallarta',
           body_first_words='Con la llegada de los primeros grupos de ballena jorobada',
           body_last_words='reportar cualquier embarcación que no respete las distancias.',
           boilerplate=['Dirección de Comunicación Social', 'Comunicado 0452/2004',
                        'Puerto Vallarta, Jalisco, a 10 de diciembre de 2004.', '-30-',
                        'ENGLISH VERSION', 'Humpback whale watching season begins in Banderas Bay.',
                        'The City of Puerto Vallarta opened the 2004-2005 whale watching season, which runs through the end of March.',
                        'Boats must stay at least 60 meters away from the whales.',
                        'Tel. (322) 555 0178 ext. 204', 'prensa@vallarta-ayto.example.mx'],
           must_keep=['Está prohibido nadar o bucear junto a los animales.',
                      'Las embarcaciones deberán mantener una distancia mínima de 60 metros de las ballenas, apagar o poner en neutral el motor al acercarse y no permanecer más de 30 minutos con un mismo grupo.',
                      'Para Puerto Vallarta, el avistamiento se ha convertido en uno de los principales atractivos de la temporada alta.'])

# ---------------------------------------------------------------- bv07 jekyll (hurricane live blog, Mazatlán, 2018, local evening, newest first)
bv07 = """---
layout: envivo
title: "EN VIVO | Huracán Willa toca tierra en el sur de Sinaloa"
date: 2018-10-23 22:45:00 -0600
last_modified_at: 2018-10-24 01:10:00 -0600
author: Mesa de Clima
categories: [En vivo, Clima]
tags: [Willa, huracán, Escuinapa, Rosario, Mazatlán]
site_title: Puerto Abierto Mazatlán
live: true
---

_Esta cobertura se actualiza constantemente. Recarga la página para ver lo más reciente._

22:40 — El Ayuntamiento de Mazatlán informó que en el puerto no se reportan personas lesionadas, aunque hay árboles caídos en la avenida del Mar y en las colonias de la zona sur. Los albergues de la ciudad recibieron a poco más de 4 mil personas.

21:55 — Vecinos de Escuinapa reportan por radio que el viento arrancó techos de lámina en la cabecera y que el agua cubre la carretera hacia Teacapán. No hay energía eléctrica en la mayor parte del municipio.

21:10 — El Servicio Meteorológico Nacional indicó que Willa se degradó a categoría 2 al avanzar tierra adentro, pero mantiene lluvias torrenciales en el sur de Sinaloa, el norte de Nayarit y el occidente de Durango.

20:25 — Protección Civil estatal pidió a quienes viven junto a los ríos Baluarte y Presidio no regresar a sus casas esta noche. “Lo peor de la lluvia viene después del viento”, advirtió el coordinador en un mensaje grabado.

19:40 — Willa tocó tierra como huracán categoría 3 en la zona de Isla del Palmito de la Virgen, en el municipio de Escuinapa, con vientos sostenidos cercanos a los 195 kilómetros por hora.

18:30 — La Capitanía de Puerto mantiene cerrada la navegación para todo tipo de embarcaciones desde Mazatlán hasta San Blas. Las tiendas de Mazatlán cerraron desde el mediodía y las calles del malecón lucen vacías.

🔔 Activa las alertas de Puerto Abierto para recibir cada actualización en tu celular.
"""
write_source('bv07.md', bv07)
write_gold('bv07', family='jekyll',
           title='Huracán Willa toca tierra en el sur de Sinaloa',
           date='2018-10-23', bylines=[], source='Puerto Abierto Mazatlán',
           section='Clima', placement=['En vivo'],
           body_first_words='22:40 — El Ayuntamiento de Mazatlán informó',
           body_last_words='las calles del malecón lucen vacías.',
           boilerplate=['Esta cobertura se actualiza constantemente. Recarga la página para ver lo más reciente.',
                        'Activa las alertas de Puerto Abierto para recibir cada actualización en tu celular.'],
           must_keep=['Los albergues de la ciudad recibieron a poco más de 4 mil personas.',
                      '“Lo peor de la lluvia viene después del viento”, advirtió el coordinador en un mensaje grabado.',
                      'Willa tocó tierra como huracán categoría 3 en la zona de Isla del Palmito de la Virgen, en el municipio de Escuinapa, con vientos sostenidos cercanos a los 195 kilómetros por hora.'])

# ---------------------------------------------------------------- bv08 bad (saved HTML page: navigation only)
bv08 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Nayarit Express | Noticias de Tepic y la costa</title>
<link rel="stylesheet" href="./Nayarit Express_files/style.min.css">
<script async src="./Nayarit Express_files/gtag.js"></script>
</head>
<body class="home blog">
<div id="cookie-banner">Usamos cookies para mejorar tu experiencia. <a href="#">Aceptar</a></div>
<header class="site-header">
  <a class="logo" href="https://nayaritexpress.example.mx/"><img src="./Nayarit Express_files/logo.png" alt="Nayarit Express"></a>
  <nav class="menu-principal">
    <ul>
      <li><a href="https://nayaritexpress.example.mx/tepic/">Tepic</a></li>
      <li><a href="https://nayaritexpress.example.mx/costa/">Costa</a></li>
      <li><a href="https://nayaritexpress.example.mx/sierra/">Sierra</a></li>
      <li><a href="https://nayaritexpress.example.mx/deportes/">Deportes</a></li>
      <li><a href="https://nayaritexpress.example.mx/opinion/">Opinión</a></li>
      <li><a href="https://nayaritexpress.example.mx/contacto/">Contacto</a></li>
    </ul>
  </nav>
  <form class="buscar" action="https://nayaritexpress.example.mx/"><input type="search" name="s" placeholder="Buscar..."></form>
</header>
<main id="contenido">
  <div class="cargando"><img src="./Nayarit Express_files/spinner.gif" alt="Cargando..."></div>
</main>
<footer>
  <ul class="redes"><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Instagram</a></li></ul>
  <p>&copy; 2016 Nayarit Express. Todos los derechos reservados. <a href="#">Aviso de privacidad</a></p>
</footer>
</body>
</html>
"""
write_source('bv08.txt', bv08)
write_gold('bv08', family='bad',
           refusal_reason='El archivo es una página HTML guardada que sólo contiene menús de navegación y pie de página; no hay ninguna nota.')

# ---------------------------------------------------------------- bv09 wire (tourism outlet, CMS field export, Puerto Vallarta 2014, cp1252)
bv09 = """ID: 48213
Estado: Publicado
Sitio: Vallarta Express Noticias
Título: Puerto Vallarta espera 90 mil turistas en Semana Santa
Sumario: Hoteleros prevén ocupación de 92 por ciento; Protección Civil despliega 300 elementos en playas.
Autor: Rebeca Dueñas Ríos
Sección: Turismo
Portada: Sí
Fecha de publicación: 13/04/2014 09:20
Fecha de modificación: 14/04/2014 17:02
Etiquetas: Semana Santa; hoteles; playas; Protección Civil
Imagen: vallarta-malecon-semana-santa.jpg
Pie de foto: Turistas en el malecón de Puerto Vallarta. Foto: Archivo Vallarta Express
Cuerpo:
<p>Puerto Vallarta recibirá alrededor de 90 mil turistas durante las vacaciones de Semana Santa y Pascua, de acuerdo con las estimaciones de la Asociación de Hoteles y Moteles, que prevé una ocupación promedio de 92 por ciento entre el Domingo de Ramos y el Domingo de Resurrección.</p>
<p>La mayoría de los visitantes llegará por carretera desde Guadalajara, el Bajío y la Ciudad de México, por lo que se esperan filas en la carretera federal 200 y en el tramo de Las Palmas. Los vuelos nacionales también registran una alta demanda, con aviones llenos desde el jueves.</p>
<p>La directora de la asociación, Ofelia Carrillo Montes, dijo que los hoteles de la zona romántica y del centro ya no tienen habitaciones disponibles para el fin de semana largo. &quot;Quienes no hayan reservado todavía encontrarán lugar en Nuevo Vallarta o en Bucerías&quot;, comentó.</p>
<p>Protección Civil municipal desplegará 300 elementos, entre guardavidas, paramédicos y voluntarios, en las playas de mayor afluencia, como Los Muertos, Camarones, Boca de Tomatlán y Yelapa. También se instalarán torres de vigilancia y módulos de atención para menores extraviados.</p>
<p>Las autoridades recordaron que está prohibido introducir envases de vidrio a la playa y pidieron a los bañistas respetar las banderas de advertencia, pues en esta época del año el oleaje puede cambiar de un momento a otro.</p>
<p>Los restauranteros del malecón esperan que las ventas crezcan entre 20 y 30 por ciento respecto del año pasado.</p>
"""
write_source('bv09.txt', bv09, enc='cp1252', eol='crlf')
write_gold('bv09', family='wire',
           title='Puerto Vallarta espera 90 mil turistas en Semana Santa',
           date='2014-04-13', bylines=['Rebeca Dueñas Ríos'], source='Vallarta Express Noticias',
           section='Turismo', placement=['Portada'],
           body_first_words='Puerto Vallarta recibirá alrededor de 90 mil turistas',
           body_last_words='entre 20 y 30 por ciento respecto del año pasado.',
           boilerplate=['ID: 48213', 'Estado: Publicado',
                        'Sumario: Hoteleros prevén ocupación de 92 por ciento; Protección Civil despliega 300 elementos en playas.',
                        'Fecha de modificación: 14/04/2014 17:02',
                        'Etiquetas: Semana Santa; hoteles; playas; Protección Civil',
                        'Imagen: vallarta-malecon-semana-santa.jpg',
                        'Pie de foto: Turistas en el malecón de Puerto Vallarta. Foto: Archivo Vallarta Express'],
           must_keep=['Los vuelos nacionales también registran una alta demanda, con aviones llenos desde el jueves.',
                      'También se instalarán torres de vigilancia y módulos de atención para menores extraviados.',
                      'Los restauranteros del malecón esperan que las ventas crezcan entre 20 y 30 por ciento respecto del año pasado.'],
           photo_credit='Archivo Vallarta Express')

# ---------------------------------------------------------------- bv10 press (Secretaría de Marina, Octava Región Naval, Acapulco 2023)
bv10 = """SECRETARÍA DE MARINA-ARMADA DE MÉXICO / OCTAVA REGIÓN NAVAL
Comunicado de Prensa No. 214/2023

Acapulco, Gro., 26 de octubre de 2023.

Marina establece puente aéreo y marítimo para llevar víveres a Acapulco tras el paso del huracán Otis

La Secretaría de Marina-Armada de México, a través de la Octava Región Naval, informa que en el marco del Plan Marina en su fase de auxilio a la población se estableció un puente aéreo y marítimo para trasladar víveres, agua y personal de apoyo al puerto de Acapulco, afectado por el huracán Otis.

Desde la mañana de este jueves arribaron a la Base Aeronaval de Icacos dos aeronaves con despensas y equipo de comunicación satelital, mientras que un buque de apoyo logístico zarpó de Manzanillo con cocinas comunitarias, plantas potabilizadoras y maquinaria para la remoción de escombros.

Personal naval realiza recorridos en las colonias de la zona Diamante, Puerto Marqués y el anfiteatro de la bahía para localizar a personas que requieran atención médica, y apoya en la limpieza de vialidades para permitir el paso de vehículos de emergencia.

A la población se le recomienda:

- Mantenerse informada por los canales oficiales.
- No acercarse a cables caídos ni a estructuras dañadas.
- Hervir o clorar el agua antes de consumirla.
- Acudir a los centros de acopio y comedores comunitarios instalados por las autoridades.

Las cocinas comunitarias instaladas por la Secretaría de Marina tienen capacidad para preparar más de 10 mil raciones diarias de alimento caliente. La institución reitera su compromiso de permanecer en la zona el tiempo que sea necesario para apoyar a las familias afectadas.

--oo0oo--

UNIDAD DE COMUNICACIÓN SOCIAL
Octava Región Naval
Tel. 744 555 0190
comunicacion.rn8@semar-ejemplo.example.mx
"""
write_source('bv10.md', bv10, eol='crlf', bom=True)
write_gold('bv10', family='press_release',
           title='Marina establece puente aéreo y marítimo para llevar víveres a Acapulco tras el paso del huracán Otis',
           date='2023-10-26', source='SECRETARÍA DE MARINA-ARMADA DE MÉXICO / OCTAVA REGIÓN NAVAL',
           bulletin_number='214/2023', issuer='SECRETARÍA DE MARINA-ARMADA DE MÉXICO / OCTAVA REGIÓN NAVAL',
           dateline_city='Acapulco',
           body_first_words='La Secretaría de Marina-Armada de México, a través de la Octava Región Naval, informa',
           body_last_words='para apoyar a las familias afectadas.',
           boilerplate=['Comunicado de Prensa No. 214/2023', 'Acapulco, Gro., 26 de octubre de 2023.',
                        '--oo0oo--', 'UNIDAD DE COMUNICACIÓN SOCIAL', 'Tel. 744 555 0190',
                        'comunicacion.rn8@semar-ejemplo.example.mx'],
           must_keep=['Hervir o clorar el agua antes de consumirla.',
                      'Desde la mañana de este jueves arribaron a la Base Aeronaval de Icacos dos aeronaves con despensas y equipo de comunicación satelital',
                      'Las cocinas comunitarias instaladas por la Secretaría de Marina tienen capacidad para preparar más de 10 mil raciones diarias de alimento caliente.'])
