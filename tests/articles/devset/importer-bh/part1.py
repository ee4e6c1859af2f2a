#!/usr/bin/env python3
"""importer-bh, files 01-10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bh01 wire (radio/TV group, TV desk Culiacán)
bh01 = """VIDEO | Arroyo El Piojo se desborda y deja 40 viviendas anegadas en el sur de Culiacán

Mareas Noticias Culiacán · Local
22/09/2012 · 20:40 hrs

▶ VIDEO (2:14) — Mira el reportaje completo en nuestro canal

Cuarenta viviendas de las colonias Renato Vega y Bicentenario, en el sur de Culiacán, quedaron con agua hasta las rodillas la tarde de este sábado, luego de que el arroyo El Piojo se desbordó tras un aguacero de poco más de una hora.

Los vecinos sacaron colchones, refrigeradores y estufas a las azoteas mientras la corriente arrastraba basura y ramas por las calles sin pavimentar. Doña Herminia Zazueta, que vive a media cuadra del cauce, dijo que es la tercera vez en cinco años que pierde sus muebles. “Aquí nomás llueve fuerte y ya sabemos lo que viene”, contó frente a la cámara.

Elementos de Protección Civil municipal y del Ejército instalaron un albergue en la escuela primaria de la colonia, donde hasta la noche se habían refugiado 63 personas. El director de la corporación, Eleazar Castro Medina, informó que no hubo personas lesionadas y que el nivel del arroyo comenzó a bajar pasadas las siete de la noche.

Los colonos pidieron al Ayuntamiento desazolvar el cauce, que en algunos tramos está reducido a la mitad por escombro y lirio. La Junta de Agua Potable informó que revisará dos colectores que se colapsaron con la corriente.

El Servicio Meteorológico Nacional pronosticó más lluvias para el domingo en el centro de Sinaloa.

Reportó: Ramiro Esquer Valdez
Cámara: Julio César Inzunza

Mareas Noticias Culiacán se transmite de lunes a viernes a las 14:00 y 22:00 horas por el Canal 9.
Comparte: Facebook · Twitter · Correo
"""
write_source('bh01.md', bh01)
write_gold('bh01', family='wire',
           title='Arroyo El Piojo se desborda y deja 40 viviendas anegadas en el sur de Culiacán',
           date='2012-09-22', bylines=['Ramiro Esquer Valdez'], source='Mareas Noticias Culiacán',
           section='Local',
           body_first_words='Cuarenta viviendas de las colonias Renato Vega y Bicentenario',
           body_last_words='pronosticó más lluvias para el domingo en el centro de Sinaloa.',
           boilerplate=['VIDEO |', 'VIDEO (2:14) — Mira el reportaje completo en nuestro canal',
                        'Reportó: Ramiro Esquer Valdez', 'Cámara: Julio César Inzunza',
                        'se transmite de lunes a viernes a las 14:00 y 22:00 horas por el Canal 9.',
                        'Comparte: Facebook · Twitter · Correo'],
           must_keep=['“Aquí nomás llueve fuerte y ya sabemos lo que viene”, contó frente a la cámara.',
                      'Elementos de Protección Civil municipal y del Ejército instalaron un albergue en la escuela primaria de la colonia, donde hasta la noche se habían refugiado 63 personas.',
                      'La Junta de Agua Potable informó que revisará dos colectores que se colapsaron con la corriente.'])

# ---------------------------------------------------------------- bh02 wire (fishing and farming trade weekly, print archive)
bh02 = """El Surco y la Red — Semanario agropecuario y pesquero del Noroeste
Año IX · Edición 412 · Los Mochis, Sinaloa · Lunes 3 de marzo de 2014

Acuacultura

Granjas camaronícolas del norte de Sinaloa adelantan siembras por temor a la mancha blanca

Por Heriberto Lugo Camacho

Los productores de camarón de cultivo de Ahome, Guasave y Angostura comenzaron a sembrar larva dos semanas antes de lo acostumbrado, con la intención de cosechar antes de que el agua de los estanques rebase los 30 grados, temperatura en la que el virus de la mancha blanca se propaga con más rapidez.

En las juntas locales de sanidad acuícola se registraron hasta el viernes 214 granjas con permiso de siembra, que suman alrededor de 9 mil 800 hectáreas. El año pasado, la enfermedad obligó a cosechar de emergencia casi la mitad de esa superficie, con camarón de tallas chicas que se vendió a precios de remate.

Teodoro Angulo Rubio, técnico de un grupo de 18 granjas en la bahía de Ohuira, explicó que ahora se sembrará con menor densidad y con larva certificada por laboratorios de Sonora y Nayarit. “Preferimos sacar menos kilos pero sacarlos vivos”, resumió.

Precios de referencia en granja al cierre de febrero (pesos por kilo, camarón entero):

- Talla 21-25: 78 pesos
- Talla 26-30: 71 pesos
- Talla 31-35: 64 pesos

Los compradores de las empacadoras de Los Mochis anticipan que los precios se mantendrán firmes hasta mayo, cuando comienza a llegar el camarón de las granjas de Sonora.

Foto: Heriberto Lugo / El Surco y la Red

Suscríbase a la edición impresa: 12 números por 250 pesos. Informes al 668 555 0139 o en suscripciones@elsurcoylared.example.mx
"""
write_source('bh02.txt', bh02, enc='cp1252', eol='crlf')
write_gold('bh02', family='wire',
           title='Granjas camaronícolas del norte de Sinaloa adelantan siembras por temor a la mancha blanca',
           date='2014-03-03', bylines=['Heriberto Lugo Camacho'], source='El Surco y la Red',
           section='Acuacultura',
           body_first_words='Los productores de camarón de cultivo de Ahome, Guasave y Angostura',
           body_last_words='cuando comienza a llegar el camarón de las granjas de Sonora.',
           boilerplate=['Semanario agropecuario y pesquero del Noroeste', 'Año IX · Edición 412',
                        'Foto: Heriberto Lugo / El Surco y la Red',
                        'Suscríbase a la edición impresa: 12 números por 250 pesos.',
                        'suscripciones@elsurcoylared.example.mx'],
           must_keep=['“Preferimos sacar menos kilos pero sacarlos vivos”, resumió.',
                      'Talla 26-30: 71 pesos',
                      'El año pasado, la enfermedad obligó a cosechar de emergencia casi la mitad de esa superficie, con camarón de tallas chicas que se vendió a precios de remate.'],
           photo_credit='Heriberto Lugo / El Surco y la Red')

# ---------------------------------------------------------------- bh03 press (port authority, Guaymas)
bh03 = """GOBIERNO DE MÉXICO · MARINA · SECRETARÍA DE MARINA
ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL GUAYMAS, S.A. DE C.V.
Gerencia de Comercialización · Área de Comunicación
Comunicado ASIPONA-GYM/COM/27/2023

Guaymas, Sonora, jueves 12 de octubre de 2023

Puerto de Guaymas moverá 1.2 millones de toneladas de mineral al año con nueva banda transportadora cubierta

La Administración del Sistema Portuario Nacional (ASIPONA) Guaymas puso en operación una banda transportadora cubierta de 1.4 kilómetros que conecta el patio de minerales con la posición de atraque número 6, lo que permitirá cargar hasta 1.2 millones de toneladas de concentrado de cobre y hierro al año sin que el polvo llegue a las colonias vecinas.

La obra, con una inversión de 640 millones de pesos, sustituye el traslado en camiones de volteo que durante años provocó quejas de los habitantes de las colonias Punta Arena y Las Playitas por el polvo y el ruido. La banda cuenta con colectores de partículas y aspersores de agua tratada en los puntos de transferencia.

El gerente de Operaciones, capitán de altura Gilberto Yáñez Ortega, explicó que un buque granelero de 50 mil toneladas podrá cargarse en 36 horas, la mitad del tiempo que se requería. Agregó que el puerto vigilará la calidad del aire con tres estaciones de monitoreo cuyos datos serán públicos.

Durante el primer semestre de 2023, el puerto de Guaymas movió 4.8 millones de toneladas de carga, 11 por ciento más que en el mismo periodo del año anterior. Los minerales representan casi dos terceras partes de ese volumen.

Acerca de la ASIPONA Guaymas
La Administración del Sistema Portuario Nacional Guaymas es una empresa de participación estatal mayoritaria coordinada por la Secretaría de Marina, encargada de administrar, operar y promover el puerto de Guaymas, Sonora.

—o0o—

Contacto para medios:
Área de Comunicación · comunicacion@asipona-gym.example.mx · Tel. 622 555 0164
"""
write_source('bh03.txt', bh03, eol='crlf')
ISS03 = 'ADMINISTRACIÓN DEL SISTEMA PORTUARIO NACIONAL GUAYMAS, S.A. DE C.V.'
write_gold('bh03', family='press_release',
           title='Puerto de Guaymas moverá 1.2 millones de toneladas de mineral al año con nueva banda transportadora cubierta',
           date='2023-10-12', source=ISS03, bulletin_number='ASIPONA-GYM/COM/27/2023', issuer=ISS03,
           dateline_city='Guaymas',
           body_first_words='La Administración del Sistema Portuario Nacional (ASIPONA) Guaymas puso en operación',
           body_last_words='Los minerales representan casi dos terceras partes de ese volumen.',
           boilerplate=['GOBIERNO DE MÉXICO · MARINA · SECRETARÍA DE MARINA',
                        'Gerencia de Comercialización · Área de Comunicación',
                        'Comunicado ASIPONA-GYM/COM/27/2023', 'Guaymas, Sonora, jueves 12 de octubre de 2023',
                        'Acerca de la ASIPONA Guaymas',
                        'es una empresa de participación estatal mayoritaria coordinada por la Secretaría de Marina',
                        '—o0o—', 'Contacto para medios:', 'comunicacion@asipona-gym.example.mx'],
           must_keep=['La obra, con una inversión de 640 millones de pesos, sustituye el traslado en camiones de volteo que durante años provocó quejas de los habitantes de las colonias Punta Arena y Las Playitas por el polvo y el ruido.',
                      'Agregó que el puerto vigilará la calidad del aire con tres estaciones de monitoreo cuyos datos serán públicos.',
                      'Los minerales representan casi dos terceras partes de ese volumen.'])

# ---------------------------------------------------------------- bh04 jekyll (hand-made, La Paz)
bh04 = """---
layout: nota
title: "Pescadores de El Sargento cierran la mejor temporada de dorado en seis años"
date: 2016-09-15 23:50:00 -0600
categories: portada pesca
author:
  name: Karina Amador Geraldo
  email: kamador@elfarodelapaz.example.mx
  twitter: kamadorbcs
tags: [dorado, pesca deportiva, El Sargento]
---

Los pescadores de El Sargento y La Ventana, al sureste de La Paz, despidieron la temporada de dorado con capturas que no se veían desde 2010: en los torneos de agosto y septiembre se registraron ejemplares de hasta 27 kilos, y las pangas de renta salieron llenas casi todos los días.

Según la cooperativa local, entre junio y mediados de septiembre se atendieron unos 1,900 turistas de pesca deportiva, la mayoría de Estados Unidos y de Guadalajara. Cada salida de medio día se cobra entre 3 mil y 4 mil 500 pesos, y buena parte de ese dinero se queda en las familias de los pangueros, las cocineras y las casas de huéspedes.

Los pescadores atribuyen el repunte al agua caliente que llegó desde julio y a la [veda de dorado para la flota comercial](https://sepesca.example.mx/veda-dorado) que se respeta desde hace tres años en la franja de 50 millas frente a la costa. “Antes veníamos a pelear por lo que dejaban los barcos, ahora el pez llega hasta la orilla”, cuenta Marcelino Geraldo, que lleva 30 años en el mar.

No todo son buenas noticias. Los prestadores de servicios se quejan de que el camino de terracería entre San Juan de los Planes y El Sargento sigue sin pavimentar, y de que la señal de teléfono se pierde en cuanto se sale de la bahía.

La cooperativa prepara un registro de capturas para entregarlo a las autoridades pesqueras, con la idea de que la veda se mantenga.
"""
write_source('bh04.md', bh04)
write_gold('bh04', family='jekyll',
           title='Pescadores de El Sargento cierran la mejor temporada de dorado en seis años',
           date='2016-09-15', bylines=['Karina Amador Geraldo'], section='pesca', placement=['portada'],
           body_first_words='Los pescadores de El Sargento y La Ventana, al sureste de La Paz',
           body_last_words='con la idea de que la veda se mantenga.',
           must_keep=['Cada salida de medio día se cobra entre 3 mil y 4 mil 500 pesos, y buena parte de ese dinero se queda en las familias de los pangueros, las cocineras y las casas de huéspedes.',
                      '“Antes veníamos a pelear por lo que dejaban los barcos, ahora el pez llega hasta la orilla”, cuenta Marcelino Geraldo, que lleva 30 años en el mar.',
                      'No todo son buenas noticias.'])

# ---------------------------------------------------------------- bh05 wire (AMP copy saved as text, Mazatlán daily)
bh05 = """Crónica de Olas Altas
Menú
Buscar

Inicio › Economía

Temporada de cruceros cierra con 97 arribos y una derrama de 48 millones de dólares en Mazatlán

Por Itzel Sarabia Lizárraga
16 de mayo de 2019 · 13:25

Compartir
Facebook
Twitter
WhatsApp

Foto: Leonel Tirado / Crónica de Olas Altas

La temporada 2018-2019 de cruceros en Mazatlán cerró este jueves con la salida del último barco programado y un saldo de 97 arribos, 31 más que en la temporada anterior, informaron autoridades portuarias y de turismo.

Los barcos trajeron a cerca de 232 mil pasajeros y 96 mil tripulantes, que gastaron en promedio 104 dólares por persona en recorridos, restaurantes, artesanías y transporte, de acuerdo con la estimación de la Asociación de Hoteles y Empresas Turísticas del puerto.

Publicidad

Los guías de turistas del Centro Histórico reportaron que los recorridos por el Teatro Ángela Peralta y el mercado Pino Suárez fueron los más solicitados. En la zona de Olas Altas, los restauranteros dijeron que los días de crucero venden hasta el triple que un día normal.

Para la próxima temporada hay 104 arribos confirmados por cinco navieras, aunque los empresarios advirtieron que la cifra depende de que se concluya el dragado de la terminal y de que se mejore la imagen de la avenida del Puerto, por donde salen los pasajeros.

Publicidad

La directora de Turismo municipal, Rocío Lizárraga Osuna, dijo que se prepara un programa de capacitación en inglés para taxistas y pulmonías. “El pasajero que baja contento regresa con su familia por avión”, aseguró.

Te puede interesar
Pescadores de Playa Sur piden reubicar el embarcadero
Inauguran nuevo tramo del malecón en Cerritos

Ver versión completa
© 2019 Crónica de Olas Altas. Todos los derechos reservados.
"""
write_source('bh05.txt', bh05)
write_gold('bh05', family='wire',
           title='Temporada de cruceros cierra con 97 arribos y una derrama de 48 millones de dólares en Mazatlán',
           date='2019-05-16', bylines=['Itzel Sarabia Lizárraga'], source='Crónica de Olas Altas',
           section='Economía',
           body_first_words='La temporada 2018-2019 de cruceros en Mazatlán cerró este jueves',
           body_last_words='regresa con su familia por avión”, aseguró.',
           boilerplate=['Inicio › Economía', 'Compartir', 'Foto: Leonel Tirado / Crónica de Olas Altas',
                        'Publicidad', 'Te puede interesar',
                        'Pescadores de Playa Sur piden reubicar el embarcadero',
                        'Inauguran nuevo tramo del malecón en Cerritos', 'Ver versión completa',
                        '© 2019 Crónica de Olas Altas. Todos los derechos reservados.'],
           must_keep=['En la zona de Olas Altas, los restauranteros dijeron que los días de crucero venden hasta el triple que un día normal.',
                      'Los barcos trajeron a cerca de 232 mil pasajeros y 96 mil tripulantes',
                      'dijo que se prepara un programa de capacitación en inglés para taxistas y pulmonías.'],
           photo_credit='Leonel Tirado / Crónica de Olas Altas')

# ---------------------------------------------------------------- bh06 press (water utility, Tijuana; pasted from PDF)
bh06 = """COMISIÓN ESTATAL DE SERVICIOS PÚBLICOS DE TIJUANA
Coordinación de Comunicación Social
BOLETÍN DE PRENSA CESPT-CS-037/19

Tijuana, Baja California, a 12 de marzo de 2019

SUSPENDERÁ CESPT EL SERVICIO EN 112 COLONIAS POR CONEXIÓN
DEL ACUEDUCTO RÍO COLORADO-TIJUANA

La CESPT informa que a partir de las 08:00 horas del sábado 16 de marzo se suspen-
derá el servicio de agua potable en 112 colonias de la ciudad, debido a los trabajos
de conexión de una nueva línea de 48 pulgadas del Acueducto Río Colorado-Tijuana
con la planta potabilizadora El Florido.
Se estima que el servicio se restablezca de manera gradual a partir del lunes 18 de marzo.
Las colonias afectadas se ubican en las delegaciones La Presa, Cerro Colorado y Otay
Centenario; la lista completa puede consultarse en el sitio de internet del organismo.
Durante los trabajos se dará prioridad al abasteci-
miento con pipas a hospitales, escuelas, estancias infantiles y centros de salud. Para
solicitar una pipa, los usuarios deberán llamar al número de atención 073, que funcionará
las 24 horas. El organismo pide a la población almacenar

Calle Presa Rodríguez 1234, Zona Centro, Tijuana, B.C. · Tel. 664 555 0180
Página 1 de 2

COMISIÓN ESTATAL DE SERVICIOS PÚBLICOS DE TIJUANA
Boletín CESPT-CS-037/19 · Hoja 2

agua únicamente en recipientes limpios y tapados, y no desperdiciarla en lavado de
autos o banquetas.
El director general del organismo, ingeniero Efraín Lomelí Ávalos, explicó que la
obra permitirá llevar 400 litros por segundo adicionales a la zona oriente, donde en
los veranos recientes se han registrado cortes frecuentes por baja presión.
La nueva línea se construyó con recursos estatales y federales por 210 millones de pesos.
Personal del Ayunta-
miento y de la Dirección de Bomberos apoyará con la distribución de agua en los
albergues y en los puntos de reparto que se instalarán en los parques de cada delegación.

---o0o---

Calle Presa Rodríguez 1234, Zona Centro, Tijuana, B.C. · Tel. 664 555 0180
Página 2 de 2
"""
write_source('bh06.txt', bh06)
ISS06 = 'COMISIÓN ESTATAL DE SERVICIOS PÚBLICOS DE TIJUANA'
write_gold('bh06', family='press_release',
           title='SUSPENDERÁ CESPT EL SERVICIO EN 112 COLONIAS POR CONEXIÓN DEL ACUEDUCTO RÍO COLORADO-TIJUANA',
           date='2019-03-12', source=ISS06, bulletin_number='CESPT-CS-037/19', issuer=ISS06,
           dateline_city='Tijuana',
           body_first_words='La CESPT informa que a partir de las 08:00 horas del sábado 16 de marzo',
           body_last_words='en los parques de cada delegación.',
           boilerplate=['Coordinación de Comunicación Social', 'BOLETÍN DE PRENSA CESPT-CS-037/19',
                        'Tijuana, Baja California, a 12 de marzo de 2019',
                        'Calle Presa Rodríguez 1234, Zona Centro, Tijuana, B.C. · Tel. 664 555 0180',
                        'Página 1 de 2', 'Boletín CESPT-CS-037/19 · Hoja 2', '---o0o---', 'Página 2 de 2'],
           must_keep=['Se estima que el servicio se restablezca de manera gradual a partir del lunes 18 de marzo.',
                      'La nueva línea se construyó con recursos estatales y federales por 210 millones de pesos.',
                      'los usuarios deberán llamar al número de atención 073, que funcionará las 24 horas.'])

# ---------------------------------------------------------------- bh07 generic (reporter's note typed in a hurry)
bh07 = """Cierran playa El Maviri por marea roja, pescadores se quedan sin trabajo

la Cofepris estatal cerro desde hoy en la mañana la playa de El Maviri y la bahia de Topolobampo para la extraccion de ostion, almeja y callo de hacha x la marea roja que se detecto la semana pasada en las muestras  del laboratorio de Mazatlan
el aviso se pego en la caseta de la cooperativa a las 7am, pescadores dicen q nadie les aviso antes

son como 300 pescadores de 6 cooperativas los q trabajan ahi, la mayoria saca callo de hacha y ostion para los restaurantes de Los Mochis y para Culiacan.  el presidente de una de las cooperativas, Jose Luis Armenta, dice que van a pedir apoyo al gobierno porque "si no hay callo no hay comida en la casa"

- la marea roja es una proliferacion de microalgas que producen toxinas, se acumulan en los moluscos
- consumir moluscos contaminados puede causar intoxicacion, incluso grave
- el pescado y el camaron si se pueden comer, segun la autoridad sanitaria

los restauranteros del malecon de Topo dicen que ya bajaron las ventas desde el fin de semana xq la gente se entero por redes sociales antes que por el aviso oficial. la playa para bañistas sigue abierta pero con recomendacion de no meterse donde el agua se ve cafe

Cofepris va a volver a tomar muestras en dos semanas y hasta que salgan limpias dos veces seguidas se levanta la veda sanitaria, o sea minimo un mes dicen los pescadores

Enviado desde mi iPhone
"""
write_source('bh07.txt', bh07)
write_gold('bh07', family='generic',
           title='Cierran playa El Maviri por marea roja, pescadores se quedan sin trabajo',
           body_first_words='la Cofepris estatal cerro desde hoy en la mañana la playa de El Maviri',
           body_last_words='o sea minimo un mes dicen los pescadores',
           boilerplate=['Enviado desde mi iPhone'],
           must_keep=['el aviso se pego en la caseta de la cooperativa a las 7am, pescadores dicen q nadie les aviso antes',
                      'el pescado y el camaron si se pueden comer, segun la autoridad sanitaria',
                      'son como 300 pescadores de 6 cooperativas los q trabajan ahi'])

# ---------------------------------------------------------------- bh08 press (municipality of Mazatlán; pasted from PDF, centred layout)
bh08 = """                         H. AYUNTAMIENTO DE MAZATLÁN
                     DIRECCIÓN DE COMUNICACIÓN SOCIAL
                           Boletín No. 245/2011

        ARRANCA PAVIMENTACIÓN DE LA AVENIDA JUAN PABLO II EN EL FRACCIONAMIENTO
                              VALLE DEL EJIDO

Mazatlán, Sin., 9 de junio de 2011.- Con una inversión de 18.6 millones de pesos, el
Ayuntamiento de Mazatlán arrancó este jueves la pavimentación con concreto hidráulico de
1.3 kilómetros de la avenida Juan Pablo II, en el fraccionamiento Valle del Ejido, una
de las vialidades más transitadas por el transporte urbano en el oriente de la ciudad.
La obra incluye guarniciones, banquetas, alumbrado con luminarias ahorradoras y la reposición
de 900 metros de la red de drenaje sanitario, que en temporada de lluvias se colapsaba y pro-
vocaba encharcamientos de hasta medio metro frente a la escuela secundaria del fraccionamiento.
El presidente municipal encabezó el banderazo acompañado por vecinos y por integrantes del
comité de obra, quienes durante tres años gestionaron los recursos ante el Cabildo.
Los trabajos se realizarán en tres etapas para no cerrar por completo la circulación.

                                   - 1 -
                 Ángel Flores s/n, Centro · Mazatlán, Sinaloa · (669) 555 0112

                                Boletín No. 245/2011

Durante la primera etapa, que durará seis semanas, las rutas de camiones Valle del Ejido y
Villa Verde serán desviadas por la calle Río Culiacán. La Dirección de Tránsito Municipal
colocará señalamientos y agentes en los cruces de mayor afluencia.
El director de Obras Públicas, arquitecto Luis Manuel Tirado Peraza, informó que la empresa
constructora fue elegida por licitación pública y que la obra deberá concluir en octubre.
Pidió a los automovilistas circular con precaución y a los comerciantes de la avenida
no invadir el área de trabajo con mercancía.

                                     oOo

                                   - 2 -
                 Ángel Flores s/n, Centro · Mazatlán, Sinaloa · (669) 555 0112
"""
write_source('bh08.txt', bh08, enc='cp1252', eol='crlf')
ISS08 = 'H. AYUNTAMIENTO DE MAZATLÁN'
write_gold('bh08', family='press_release',
           title='ARRANCA PAVIMENTACIÓN DE LA AVENIDA JUAN PABLO II EN EL FRACCIONAMIENTO VALLE DEL EJIDO',
           date='2011-06-09', source=ISS08, bulletin_number='245/2011', issuer=ISS08,
           dateline_city='Mazatlán',
           body_first_words='Con una inversión de 18.6 millones de pesos',
           body_last_words='no invadir el área de trabajo con mercancía.',
           boilerplate=['DIRECCIÓN DE COMUNICACIÓN SOCIAL', 'Boletín No. 245/2011',
                        'Mazatlán, Sin., 9 de junio de 2011.-', '- 1 -', '- 2 -',
                        'Ángel Flores s/n, Centro · Mazatlán, Sinaloa · (669) 555 0112', 'oOo'],
           must_keep=['Los trabajos se realizarán en tres etapas para no cerrar por completo la circulación.',
                      'colocará señalamientos y agentes en los cruces de mayor afluencia.',
                      'comité de obra, quienes durante tres años gestionaron los recursos ante el Cabildo.'])

# ---------------------------------------------------------------- bh09 wire (RSS item saved by a feed reader, Los Cabos)
bh09 = """Title: Hoteleros de Los Cabos piden reforzar la vigilancia en el corredor turístico tras asaltos a visitantes
Link: https://bitacoradelcabo.example.mx/2017/03/14/hoteleros-piden-vigilancia-corredor/
Date: Tue, 14 Mar 2017 21:40:00 -0700
Author: redaccion@bitacoradelcabo.example.mx (Mariela Cota Amador)
Category: Turismo
Category: Seguridad
Feed: Bitácora del Cabo — Noticias de Baja California Sur

<p>La Asociación de Hoteles de Los Cabos pidió este martes a los tres niveles de gobierno reforzar la vigilancia en el corredor turístico entre San José del Cabo y Cabo San Lucas, luego de que en las últimas dos semanas se denunciaron cuatro asaltos a turistas que viajaban en vehículos rentados.</p>
<p>En conferencia de prensa, el presidente de la agrupación, Arturo Montaño Castro, dijo que los hechos todavía son aislados, pero que la imagen del destino depende de que se atiendan a tiempo. &#8220;Un solo video en redes sociales pesa más que una campaña de promoción&#8221;, advirtió.</p>
<p>Los hoteleros propusieron instalar arcos de vigilancia con cámaras en los accesos a la carretera y crear una línea de atención en inglés para los visitantes. También pidieron que la policía turística municipal, que hoy cuenta con 46 elementos, se amplíe antes del verano.</p>
<p>La Secretaría de Seguridad Pública municipal informó que dos de los asaltos ya fueron resueltos y que los detenidos fueron puestos a disposición del Ministerio Público. Añadió que desde el lunes se instalaron dos puntos de revisión en el kilómetro 19 y en la zona de El Tule.</p>
<p>De acuerdo con cifras del sector, en febrero la ocupación hotelera promedio de Los Cabos fue de 81 por ciento, con mayoría de visitantes de Estados Unidos y Canadá.</p>
<p>La entrada <a rel="nofollow" href="https://bitacoradelcabo.example.mx/2017/03/14/hoteleros-piden-vigilancia-corredor/">Hoteleros de Los Cabos piden reforzar la vigilancia en el corredor turístico tras asaltos a visitantes</a> se publicó primero en <a rel="nofollow" href="https://bitacoradelcabo.example.mx">Bitácora del Cabo</a>.</p>
"""
write_source('bh09.txt', bh09, eol='crlf')
write_gold('bh09', family='wire',
           title='Hoteleros de Los Cabos piden reforzar la vigilancia en el corredor turístico tras asaltos a visitantes',
           date='2017-03-14', bylines=['Mariela Cota Amador'], source='Bitácora del Cabo',
           section='Turismo',
           body_first_words='La Asociación de Hoteles de Los Cabos pidió este martes',
           body_last_words='con mayoría de visitantes de Estados Unidos y Canadá.',
           boilerplate=['Link: https://bitacoradelcabo.example.mx', 'redaccion@bitacoradelcabo.example.mx',
                        'Noticias de Baja California Sur', 'se publicó primero en'],
           must_keep=['También pidieron que la policía turística municipal, que hoy cuenta con 46 elementos, se amplíe antes del verano.',
                      'Añadió que desde el lunes se instalaron dos puntos de revisión en el kilómetro 19 y en la zona de El Tule.',
                      'Los hoteleros propusieron instalar arcos de vigilancia con cámaras en los accesos a la carretera y crear una línea de atención en inglés para los visitantes.'])

# ---------------------------------------------------------------- bh10 jekyll (site migrated from Hugo, Hermosillo)
bh10 = """---
title: "Hermosillo perdió 40% de su arbolado urbano en una década, según un inventario ciudadano"
date: 2019-11-02T08:00:00-07:00
publishDate: 2019-11-04T06:30:00-07:00
lastmod: 2019-11-06T17:12:45-07:00
draft: false
slug: arbolado-urbano-hermosillo
aliases:
  - /post/2019/arbolado-hermosillo/
authors: ["Daniela Ruibal Encinas"]
categories: ["Medio Ambiente"]
tags: ["arbolado", "calor", "Hermosillo"]
series: ["Ciudad y calor"]
description: "Voluntarios contaron árbol por árbol en 14 colonias de la capital sonorense."
images: ["/img/2019/arbolado-kino.jpg"]
toc: false
---

Un grupo de 120 voluntarios recorrió durante seis meses 14 colonias de Hermosillo para contar, medir y fotografiar cada árbol de banquetas, camellones y parques. El resultado, presentado este fin de semana, indica que la ciudad tiene 40 por ciento menos árboles que los registrados en el último censo municipal, levantado en 2009.

<!--more-->

{{< figure src="/img/2019/arbolado-kino.jpg" caption="Mezquites en el bulevar Kino" >}}

Las pérdidas se concentran en el centro y en las colonias del norte, donde las ampliaciones de bulevares y la construcción de estacionamientos eliminaron filas completas de mezquites, palos verdes y yucatecos. En cambio, en los fraccionamientos nuevos del poniente se plantaron especies que necesitan mucha agua y que se secan en los primeros veranos.

La coordinadora del inventario, la bióloga Marisela Duarte Romo, explicó que un árbol adulto puede bajar hasta cuatro grados la temperatura de la banqueta que cubre. “En una ciudad que pasa de 45 grados cada verano, la sombra no es un adorno, es salud pública”, dijo.

El colectivo entregará los datos al Ayuntamiento y propondrá que cualquier obra que derribe árboles esté obligada a reponerlos con especies del desierto sonorense. También publicará un mapa en línea para que los vecinos reporten árboles enfermos o talados.

Según el inventario, las colonias con más sombra son también las de mayores ingresos, una diferencia que los voluntarios quieren documentar en la siguiente etapa del proyecto.
"""
write_source('bh10.md', bh10)
write_gold('bh10', family='jekyll',
           title='Hermosillo perdió 40% de su arbolado urbano en una década, según un inventario ciudadano',
           date='2019-11-04', bylines=['Daniela Ruibal Encinas'], section='Medio Ambiente',
           body_first_words='Un grupo de 120 voluntarios recorrió durante seis meses 14 colonias',
           body_last_words='quieren documentar en la siguiente etapa del proyecto.',
           boilerplate=['<!--more-->', '{{< figure'],
           must_keep=['En cambio, en los fraccionamientos nuevos del poniente se plantaron especies que necesitan mucha agua y que se secan en los primeros veranos.',
                      '“En una ciudad que pasa de 45 grados cada verano, la sombra no es un adorno, es salud pública”, dijo.',
                      'También publicará un mapa en línea para que los vecinos reporten árboles enfermos o talados.'])
