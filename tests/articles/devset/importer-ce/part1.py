#!/usr/bin/env python3
"""importer-ce, files 01-10."""
import textwrap
from common import write_source, write_gold, NBSP, LRM

# ---------------------------------------------------------------- ce01 wire (regional TV newsroom web copy, Tab.)
ce01 = """NOTA EN DESARROLLO

# Sube el río Carrizal frente a colonias de Villahermosa; evacuan a 300 familias

Enlace Sureste TV · Local · Por Karina Jiménez Priego · 3 de octubre de 2022, 08:40 h

▶ VIDEO | Así luce la ribera del Carrizal en la colonia Casa Blanca este lunes por la mañana (01:12)

El nivel del río Carrizal subió durante la madrugada de este lunes hasta quedar a menos de medio metro de la parte alta de los muros de contención en las colonias Casa Blanca y Gaviotas Norte, en Villahermosa, por lo que autoridades estatales y municipales comenzaron a trasladar a familias a los albergues instalados en escuelas de la zona.

De acuerdo con el reporte del Instituto de Protección Civil de Tabasco, hasta las siete de la mañana habían salido de sus viviendas 300 familias, la mayoría de ellas de calles cercanas a la ribera. Elementos de la Secretaría de la Defensa Nacional apoyan con camiones para mover muebles y electrodomésticos.

La crecida se debe al aumento de las descargas de la presa Peñitas y a las lluvias que dejó el frente frío número 3 en la sierra de Chiapas durante el fin de semana. En el puente que conecta con el fraccionamiento La Choca, vecinos colocaron costales de arena desde el domingo por la noche.

“Ya sabemos cómo es esto, pero cada vez que sube el río uno no duerme”, dijo a Enlace Sureste TV doña Marbella Hernández, quien vive frente al malecón desde hace 25 años.

El ayuntamiento de Centro suspendió las clases en 14 escuelas de la zona y pidió a la población no cruzar las calles anegadas a pie ni en vehículo.

Actualización 11:15 h. La Comisión Nacional del Agua informó que a partir del mediodía reducirá de manera gradual el desfogue de la presa Peñitas. El organismo estimó que el nivel del Carrizal comenzará a bajar durante la noche.

Actualización 13:50 h. El número de familias en albergues subió a 412, según el último corte del gobierno estatal. En la colonia Gaviotas Norte el agua ya cubre dos calles que corren paralelas al río.

Esta nota está en desarrollo y se actualizará conforme haya más información.

📺 Mira Noticias ES a las 14:30 y 21:00 horas por el canal 9.1 y en vivo en nuestra página.
"""
write_source('ce01.md', ce01)
write_gold('ce01', family='wire',
           title='Sube el río Carrizal frente a colonias de Villahermosa; evacuan a 300 familias',
           date='2022-10-03', bylines=['Karina Jiménez Priego'], source='Enlace Sureste TV',
           section='Local',
           body_first_words='El nivel del río Carrizal subió durante la madrugada de este lunes',
           body_last_words='ya cubre dos calles que corren paralelas al río.',
           boilerplate=['NOTA EN DESARROLLO',
                        'VIDEO | Así luce la ribera del Carrizal en la colonia Casa Blanca este lunes por la mañana (01:12)',
                        'Esta nota está en desarrollo y se actualizará conforme haya más información.',
                        'Mira Noticias ES a las 14:30 y 21:00 horas por el canal 9.1 y en vivo en nuestra página.'],
           must_keep=['Elementos de la Secretaría de la Defensa Nacional apoyan con camiones para mover muebles y electrodomésticos.',
                      'El organismo estimó que el nivel del Carrizal comenzará a bajar durante la noche.',
                      'El número de familias en albergues subió a 412, según el último corte del gobierno estatal.'])

# ---------------------------------------------------------------- ce02 wire (agency regional service, teletype, Camp.)
body02 = [
    "CIUDAD DEL CARMEN, Camp., 5 jun (APN).- Las lluvias que dejó durante el fin de semana la tormenta tropical que tocó tierra en el sur del golfo de México provocaron el desbordamiento de los ríos Candelaria y Mamantel, y mantienen incomunicadas a 19 comunidades rurales de los municipios de Candelaria, Escárcega y Carmen, informaron autoridades estatales.",
    "De acuerdo con el reporte de la Secretaría de Protección Civil de Campeche, la cifra de damnificados asciende a 2 mil 300 personas, de las cuales 640 permanecen en albergues temporales instalados en escuelas y casas ejidales.",
    "En la comunidad de Miguel Hidalgo y Costilla el agua alcanzó más de un metro de altura dentro de las viviendas. Los habitantes fueron trasladados en lanchas de la Secretaría de Marina hasta la carretera federal 186, donde los esperaban camiones del gobierno del estado.",
    "El tramo carretero entre Escárcega y Candelaria permanece cerrado a la circulación por un deslave a la altura del kilómetro 42. Las autoridades recomendaron a los transportistas utilizar la ruta por Francisco Escárcega y Chicbul.",
    "Productores de la zona reportaron pérdidas en cultivos de maíz y chile jalapeño, así como la muerte de ganado que no pudo ser trasladado a zonas altas. La delegación estatal de la Secretaría de Agricultura inició el levantamiento de daños en las parcelas afectadas.",
    "El Servicio Meteorológico Nacional prevé que las lluvias disminuyan a partir del martes, aunque se mantendrán los chubascos aislados por la tarde en el sur de la península.",
]
ce02 = "ZCZC\nAPN0231 URGENTE 05-06-17\nAgencia Peninsular de Noticias\nCAMP-LLUVIAS-DAMNIFICADOS\n*** REPITE CORREGIDA: CIFRA DE DAMNIFICADOS EN EL SEGUNDO PÁRRAFO ES 2 MIL 300 Y NO 3 MIL 200 ***\n\nSuman 2 mil 300 damnificados por lluvias en el sur de Campeche\n\n   Por Wilberth Canché Uc\n\n"
for p in body02:
    ce02 += textwrap.fill(p, width=68, initial_indent='   ', subsequent_indent='') + '\n'
ce02 += "\n   APN/WCU/rfm\n   05-06-2017 13:42 CDT\nNNNN\n"
write_source('ce02.txt', ce02, enc='cp1252', eol='crlf')
write_gold('ce02', family='wire',
           title='Suman 2 mil 300 damnificados por lluvias en el sur de Campeche',
           date='2017-06-05', bylines=['Wilberth Canché Uc'], source='Agencia Peninsular de Noticias',
           body_first_words='Las lluvias que dejó durante el fin de semana la tormenta tropical',
           body_last_words='chubascos aislados por la tarde en el sur de la península.',
           boilerplate=['ZCZC', 'APN0231 URGENTE 05-06-17', 'CAMP-LLUVIAS-DAMNIFICADOS',
                        '*** REPITE CORREGIDA: CIFRA DE DAMNIFICADOS EN EL SEGUNDO PÁRRAFO ES 2 MIL 300 Y NO 3 MIL 200 ***',
                        'CIUDAD DEL CARMEN, Camp., 5 jun (APN).-', 'APN/WCU/rfm', '05-06-2017 13:42 CDT', 'NNNN'],
           must_keep=['la cifra de damnificados asciende a 2 mil 300 personas, de las cuales 640 permanecen en albergues temporales instalados en escuelas y casas ejidales.',
                      'El tramo carretero entre Escárcega y Candelaria permanece cerrado a la circulación por un deslave a la altura del kilómetro 42.',
                      'La delegación estatal de la Secretaría de Agricultura inició el levantamiento de daños en las parcelas afectadas.'])

# ---------------------------------------------------------------- ce03 wire (copy-paste of a Veracruz daily's web page)
ce03 = """LA CRÓNICA JAROCHA
Suscríbete
Iniciar sesión
Inicio › Economía
Carnaval de Veracruz deja derrama de 480 millones de pesos, estima el sector turístico
Hoteleros reportan ocupación de 94 por ciento durante el fin de semana de la Quema del Mal Humor
Por Ximena Cházaro Lagunes
6 de marzo de 2019 · 14:20 hrs
Tiempo de lectura: 3 min
🔊 Escuchar nota
Compartir
Facebook
Twitter
WhatsApp
Foto: Ximena Cházaro / La Crónica Jarocha
Las nueve noches de desfiles, bailes y conciertos del Carnaval de Veracruz dejaron una derrama económica estimada en 480 millones de pesos en el puerto y en Boca del Río, de acuerdo con cálculos de la asociación de hoteles y moteles de la zona conurbada.
El presidente de la agrupación, Efraín Tiburcio Malpica, dijo que la ocupación hotelera promedio fue de 81 por ciento y que el fin de semana de la Quema del Mal Humor llegó a 94 por ciento. “Hubo hoteles del bulevar que desde enero ya no tenían cuartos para el primer desfile”, afirmó.
Los restauranteros del centro histórico y de la zona de Mocambo también reportaron ventas superiores a las del año pasado. En los portales del zócalo, los meseros trabajaron turnos dobles durante los tres días de desfiles sobre el bulevar Manuel Ávila Camacho. Lee también: Cierran el malecón por mantenimiento de la escollera norte La mayoría de los visitantes provino de Puebla, la Ciudad de México, Xalapa y Córdoba.
La Secretaría de Turismo estatal calculó que cerca de un millón 200 mil personas presenciaron al menos uno de los seis desfiles. La cifra es similar a la de 2018, aunque el gasto promedio por visitante creció por la mayor estancia en hoteles.
No todos los comerciantes quedaron satisfechos. Vendedores ambulantes del bulevar se quejaron de que el ayuntamiento redujo el número de permisos y de que los operativos de inspección les impidieron instalarse cerca de las gradas.
El ayuntamiento informó que durante los festejos se recolectaron 320 toneladas de basura y que no se registraron incidentes graves. Para 2020 se analiza ampliar la ruta de los desfiles hacia Boca del Río.
Temas relacionados
Carnaval de Veracruz
Turismo
Hoteles
Comentarios
Deja tu comentario
"""
write_source('ce03.txt', ce03, eol='crlf', bom=True)
write_gold('ce03', family='wire',
           title='Carnaval de Veracruz deja derrama de 480 millones de pesos, estima el sector turístico',
           date='2019-03-06', bylines=['Ximena Cházaro Lagunes'], source='La Crónica Jarocha',
           section='Economía',
           body_first_words='Las nueve noches de desfiles, bailes y conciertos del Carnaval de Veracruz',
           body_last_words='se analiza ampliar la ruta de los desfiles hacia Boca del Río.',
           boilerplate=['Suscríbete', 'Iniciar sesión', 'Inicio › Economía', 'Tiempo de lectura: 3 min',
                        'Escuchar nota', 'Compartir', 'Foto: Ximena Cházaro / La Crónica Jarocha',
                        'Lee también: Cierran el malecón por mantenimiento de la escollera norte',
                        'Temas relacionados', 'Comentarios', 'Deja tu comentario'],
           must_keep=['En los portales del zócalo, los meseros trabajaron turnos dobles durante los tres días de desfiles sobre el bulevar Manuel Ávila Camacho.',
                      'La mayoría de los visitantes provino de Puebla, la Ciudad de México, Xalapa y Córdoba.',
                      '“Hubo hoteles del bulevar que desde enero ya no tenían cuartos para el primer desfile”, afirmó.'],
           photo_credit='Ximena Cházaro / La Crónica Jarocha')

# ---------------------------------------------------------------- ce04 wire (WhatsApp chat export of an outlet's broadcast group, Q. Roo)
ce04 = """14/07/22, 7:02 a. m. - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información.
14/07/22, 7:15 a. m. - Cancún Noticias al Vuelo: {lrm}<Multimedia omitido>
14/07/22, 7:15 a. m. - Cancún Noticias al Vuelo: 🚰 *Zona Hotelera de Cancún tendrá baja presión de agua este fin de semana*

📍 Cancún, Quintana Roo

Hoteles, condominios y comercios de la Zona Hotelera de Cancún tendrán baja presión en el suministro de agua potable desde las 22:00 horas del viernes hasta las 14:00 horas del domingo, por los trabajos de conexión de una nueva línea de conducción en el kilómetro 9 del bulevar Kukulcán.

La concesionaria del servicio informó que la obra forma parte del programa para reducir las fugas en la red que abastece a la zona turística, donde en temporada alta se concentran más de 35 mil cuartos de hotel.

Durante los trabajos, el suministro se mantendrá en los hospitales y en las estaciones de bomberos, pero el resto de los usuarios podría quedarse sin agua en los pisos altos. Por eso se pidió a los administradores de hoteles y condominios llenar sus cisternas antes del viernes por la tarde.

La asociación hotelera del destino dijo que la mayoría de los grandes hoteles cuenta con reservas para al menos dos días. _"Lo que nos preocupa son los condominios pequeños que rentan por plataformas digitales"_, explicó su vocero, Jorge Iván Loría Canul.

El tránsito en el bulevar Kukulcán se reducirá a un carril en ambos sentidos entre Punta Nizuc y el kilómetro 10. La policía de tránsito recomendó salir con anticipación hacia el aeropuerto.

Los usuarios pueden reportar fugas o falta de servicio al número de atención 998 555 0142 o en las oficinas de la concesionaria en la avenida Tulum.
14/07/22, 7:16 a. m. - Cancún Noticias al Vuelo: 👉 Más noticias en cancunalvuelo.example.mx
14/07/22, 7:16 a. m. - Cancún Noticias al Vuelo: 📲 Comparte este grupo con tus contactos y entérate primero de lo que pasa en Cancún
""".replace('{lrm}', LRM)
write_source('ce04.txt', ce04)
write_gold('ce04', family='wire',
           title='Zona Hotelera de Cancún tendrá baja presión de agua este fin de semana',
           date='2022-07-14', bylines=[], source='Cancún Noticias al Vuelo',
           body_first_words='Hoteles, condominios y comercios de la Zona Hotelera de Cancún',
           body_last_words='en las oficinas de la concesionaria en la avenida Tulum.',
           boilerplate=['Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        '<Multimedia omitido>',
                        '14/07/22, 7:15 a. m. - Cancún Noticias al Vuelo:',
                        '📍 Cancún, Quintana Roo',
                        'Más noticias en cancunalvuelo.example.mx',
                        'Comparte este grupo con tus contactos y entérate primero de lo que pasa en Cancún'],
           must_keep=['Por eso se pidió a los administradores de hoteles y condominios llenar sus cisternas antes del viernes por la tarde.',
                      'La asociación hotelera del destino dijo que la mayoría de los grandes hoteles cuenta con reservas para al menos dos días.',
                      'La policía de tránsito recomendó salir con anticipación hacia el aeropuerto.'])

# ---------------------------------------------------------------- ce05 wire (print archive, PDF-to-text, Tab.)
ce05 = """LA VOZ DEL GRIJALVA          Villahermosa, Tabasco, jueves 7 de marzo de 2013          5A
REGIÓN


Región

Productores de cacao de Comalcalco
apuestan por el chocolate de origen

Por Alberto de la Cruz Ovando | La Voz del Grijalva

Comalcalco, Tab.- Una veintena de familias productoras de cacao
de las rancherías de Comalcalco y Cunduacán formaron una coope-
rativa para fabricar su propio chocolate y venderlo con la marca
del municipio, en lugar de entregar el grano seco a los interme-
diarios que lo compran a precios que, aseguran, no alcanzan para
mantener las plantaciones.
La cooperativa instaló en una antigua bodega de la ranchería
Sur 5ta. sección un pequeño taller con tostador, molino de piedra
y mesas de temperado que compró con un crédito de la banca de
desarrollo y con el ahorro de sus socios.
Doña Leticia Córdova Landero, presidenta de la organización,
explicó que el precio del kilo de cacao seco en la región apenas
rebasa los 30 pesos, mientras que una tableta de chocolate de
100 gramos se vende en las tiendas de la capital hasta en 45 pesos.
"Nosotros ponemos el trabajo de todo el año y otros se quedan con
la ganancia", dijo.

                                                  Pasa a la página 6A
\f6A          REGIÓN          LA VOZ DEL GRIJALVA          Jueves 7 de marzo de 2013

Viene de la página 5A
Los socios recibieron capacitación de técnicos del Colegio de Post-
graduados y de una chocolatera de la Ciudad de México, que les en-
señó a fermentar el grano de manera uniforme. El fermentado, expli-
can, define buena parte del sabor del chocolate.
La primera producción, de 800 tabletas, se vendió en tres semanas
en ferias y en la plaza de Comalcalco. Para este año esperan
fabricar 10 mil piezas y colocarlas en hoteles y aeropuertos del
sureste. También preparan una visita guiada para turistas que
incluye un recorrido por las huertas y por la zona arqueológica.
Los productores advierten, sin embargo, que la moniliasis sigue
afectando las plantaciones y que muchos jóvenes dejaron el campo
para buscar empleo en la industria petrolera.
"""
write_source('ce05.txt', ce05)
write_gold('ce05', family='wire',
           title='Productores de cacao de Comalcalco apuestan por el chocolate de origen',
           date='2013-03-07', bylines=['Alberto de la Cruz Ovando'], source='La Voz del Grijalva',
           section='Región',
           body_first_words='Una veintena de familias productoras de cacao',
           body_last_words='para buscar empleo en la industria petrolera.',
           boilerplate=['LA VOZ DEL GRIJALVA          Villahermosa, Tabasco, jueves 7 de marzo de 2013          5A',
                        'Comalcalco, Tab.-', 'Pasa a la página 6A',
                        '6A          REGIÓN          LA VOZ DEL GRIJALVA          Jueves 7 de marzo de 2013',
                        'Viene de la página 5A'],
           must_keep=['"Nosotros ponemos el trabajo de todo el año y otros se quedan con la ganancia", dijo.',
                      'La primera producción, de 800 tabletas, se vendió en tres semanas en ferias y en la plaza de Comalcalco.',
                      'También preparan una visita guiada para turistas que incluye un recorrido por las huertas y por la zona arqueológica.'])

# ---------------------------------------------------------------- ce06 wire (newsroom CMS field export, south Veracruz)
ce06 = """[ID]: 2016092000418
[MEDIO]: Diario Sotavento
[SECCIÓN]: Local
[TÍTULO]: Reabren el Túnel Sumergido de Coatzacoalcos tras 40 días de trabajos
[SUMARIO]: Automovilistas de Villa Allende dejarán de rodear por el puente Coatzacoalcos I
[FIRMA]: Rubén Hernández Zamudio
[FECHA_PUB]: 20/09/2016 06:30
[FECHA_MOD]: 21/09/2016 10:12
[ESTADO]: Publicado
[FOTO]: tunel-reapertura-01.jpg
[PIE_FOTO]: El túnel permaneció cerrado desde el 10 de agosto. Foto: Archivo / Diario Sotavento
[CUERPO]:
<p>El Túnel Sumergido de Coatzacoalcos reabrió a la circulación la madrugada de este martes, luego de permanecer cerrado 40 días para la sustitución de las bombas de achique y la reparación de las juntas que permitían filtraciones de agua del río.</p>
<p>Desde las cinco de la mañana cruzaron los primeros autobuses del transporte urbano que comunican el centro de la ciudad con la congregación de Villa Allende, cuyos habitantes tuvieron que rodear durante más de un mes por el puente Coatzacoalcos I, un trayecto de casi media hora.</p>
<p>El encargado de la operación del túnel, ingeniero Salvador Pavón Reyes, explicó que las nuevas bombas tienen el doble de capacidad que las anteriores y que se instaló un sistema de monitoreo que avisa cuando el agua acumulada rebasa el nivel permitido. "Con esto no debería repetirse lo del año pasado, cuando hubo que cerrar de emergencia", señaló.</p>
<p>El paso de vehículos de carga pesada seguirá restringido a horarios nocturnos y se mantiene la prohibición de cruzar en motocicleta. El cobro de peaje no tuvo cambios.</p>
<p>Comerciantes de Villa Allende celebraron la reapertura. La dueña de una lonchería frente a la parada de autobuses dijo que durante el cierre sus ventas bajaron a la mitad porque los trabajadores de las empresas petroquímicas dejaron de pasar por la zona.</p>
<p>El túnel, que corre bajo el río Coatzacoalcos, es uno de los pocos de su tipo en América Latina y fue inaugurado después de casi tres décadas de obras intermitentes.</p>
[ETIQUETAS]: Túnel Sumergido; Coatzacoalcos; Villa Allende; movilidad
[FIN]
"""
write_source('ce06.txt', ce06, enc='cp1252')
write_gold('ce06', family='wire',
           title='Reabren el Túnel Sumergido de Coatzacoalcos tras 40 días de trabajos',
           date='2016-09-20', bylines=['Rubén Hernández Zamudio'], source='Diario Sotavento',
           section='Local',
           body_first_words='El Túnel Sumergido de Coatzacoalcos reabrió a la circulación',
           body_last_words='después de casi tres décadas de obras intermitentes.',
           boilerplate=['[ID]: 2016092000418', '[FECHA_MOD]: 21/09/2016 10:12', '[ESTADO]: Publicado',
                        '[FOTO]: tunel-reapertura-01.jpg',
                        'El túnel permaneció cerrado desde el 10 de agosto. Foto: Archivo / Diario Sotavento',
                        '[ETIQUETAS]: Túnel Sumergido; Coatzacoalcos; Villa Allende; movilidad', '[FIN]'],
           must_keep=['El paso de vehículos de carga pesada seguirá restringido a horarios nocturnos y se mantiene la prohibición de cruzar en motocicleta.',
                      'El cobro de peaje no tuvo cambios.',
                      'Comerciantes de Villa Allende celebraron la reapertura.'],
           photo_credit='Archivo / Diario Sotavento')

# ---------------------------------------------------------------- ce07 wire (Facebook page post copied from the browser, Q. Roo)
ce07 = """Solidaridad Reporta
21 de junio de 2019  · 
🔴 #PlayaDelCarmen | Retiran 42 toneladas de sargazo de playa Mamitas en una sola jornada

Trabajadores de la Zona Federal Marítimo Terrestre del municipio de Solidaridad retiraron este viernes 42 toneladas de sargazo de la playa Mamitas y de los accesos de las calles 28 y 30, la cifra más alta en un solo día desde que comenzó la temporada.

Desde las seis de la mañana, unas 60 personas con palas, carretillas y dos tractores trabajaron en la franja de arena frente a los clubes de playa, donde el alga llegó a formar una capa de casi un metro de alto durante la noche.

El coordinador de las brigadas, Rodolfo Canto Aké, explicó que el sargazo se traslada a un predio en las afueras de la ciudad, donde se deja secar antes de cubrirlo con tierra. “Si no lo sacamos el mismo día, empieza a descomponerse y el olor llega hasta la Quinta Avenida”, dijo.

Hoteleros de la zona pidieron a los tres niveles de gobierno instalar más barreras en el mar para desviar el alga antes de que llegue a la costa. En Playa del Carmen sólo hay 800 metros de barrera, frente a los varios kilómetros que requeriría el litoral del municipio.

Los turistas que llegaron por la mañana se encontraron con las maniobras, pero la mayoría permaneció en la playa. Algunos clubes ofrecieron traslados gratuitos a sus clientes hacia las playas del norte, donde el arribo fue menor.

La Secretaría de Marina informó que la semana próxima se espera otra llegada importante de sargazo en el norte del estado.

#Sargazo #QuintanaRoo #RivieraMaya

Todas las reacciones:
1,2 mil
87 comentarios
45 veces compartido
Me gusta
Comentar
Compartir
Ver más comentarios
"""
write_source('ce07.txt', ce07)
write_gold('ce07', family='wire',
           title='Retiran 42 toneladas de sargazo de playa Mamitas en una sola jornada',
           date='2019-06-21', bylines=[], source='Solidaridad Reporta',
           body_first_words='Trabajadores de la Zona Federal Marítimo Terrestre del municipio de Solidaridad',
           body_last_words='otra llegada importante de sargazo en el norte del estado.',
           boilerplate=['#Sargazo #QuintanaRoo #RivieraMaya', 'Todas las reacciones:', '87 comentarios',
                        '45 veces compartido', 'Me gusta', 'Comentar', 'Ver más comentarios'],
           must_keep=['En Playa del Carmen sólo hay 800 metros de barrera, frente a los varios kilómetros que requeriría el litoral del municipio.',
                      '“Si no lo sacamos el mismo día, empieza a descomponerse y el olor llega hasta la Quinta Avenida”, dijo.',
                      'Algunos clubes ofrecieron traslados gratuitos a sus clientes hacia las playas del norte, donde el arribo fue menor.'])

# ---------------------------------------------------------------- ce08 wire (outlet's e-mail newsletter, Q. Roo)
ce08 = """De: Brisa Isleña <boletin@brisaislena.example.mx>
Enviado: miércoles, 12 de octubre de 2022 06:00
Para: suscriptores@brisaislena.example.mx
Asunto: ☀️ El Matutino | Cozumel recibe 28 cruceros en una semana, récord desde 2019

¿No puedes ver bien este correo? Ábrelo en tu navegador.

EL MATUTINO · Brisa Isleña · Miércoles 12 de octubre de 2022

TURISMO

Cozumel recibe 28 cruceros en una semana, récord desde 2019

Por Daniela Euan Chan

Entre el lunes 3 y el domingo 9 de octubre atracaron en los muelles de Cozumel 28 cruceros con alrededor de 74 mil pasajeros, la cifra semanal más alta desde antes de la pandemia, de acuerdo con el reporte de la Administración Portuaria Integral de Quintana Roo.

El martes fue el día de mayor movimiento, con seis barcos atracados al mismo tiempo en las terminales de Puerta Maya, International Pier y Punta Langosta. Los taxistas de la isla calcularon que ese día hicieron más de 3 mil viajes.

Los comerciantes de la avenida Rafael E. Melgar dijeron que las ventas de joyería y artesanías todavía no alcanzan los niveles de 2019, porque los pasajeros gastan más en excursiones contratadas desde el barco. “Bajan, se suben a un autobús y regresan directo al muelle”, lamentó la dueña de una tienda de plata.

Para la temporada de invierno, las navieras tienen programados 1 150 arribos a Quintana Roo, la mayoría en Cozumel y el resto en Mahahual. El ayuntamiento prepara un programa para que los visitantes recorran el centro de San Miguel a pie, con señalización en inglés y rutas hacia el museo de la isla.

Organizaciones ambientalistas recordaron que sigue pendiente el estudio sobre el efecto de los cruceros en los arrecifes cercanos a los muelles, que forman parte del parque nacional.

¿Te reenviaron este correo? Suscríbete gratis en brisaislena.example.mx/boletin

Recibiste este correo porque te suscribiste a El Matutino. Darse de baja | Preferencias
Brisa Isleña · Cozumel, Quintana Roo, México
""".replace('1 150', '1' + NBSP + '150')
write_source('ce08.txt', ce08, eol='crlf')
write_gold('ce08', family='wire',
           title='Cozumel recibe 28 cruceros en una semana, récord desde 2019',
           date='2022-10-12', bylines=['Daniela Euan Chan'], source='Brisa Isleña', section='TURISMO',
           body_first_words='Entre el lunes 3 y el domingo 9 de octubre atracaron',
           body_last_words='que forman parte del parque nacional.',
           boilerplate=['¿No puedes ver bien este correo? Ábrelo en tu navegador.',
                        'EL MATUTINO · Brisa Isleña · Miércoles 12 de octubre de 2022',
                        '¿Te reenviaron este correo? Suscríbete gratis en brisaislena.example.mx/boletin',
                        'Recibiste este correo porque te suscribiste a El Matutino.',
                        'Darse de baja | Preferencias'],
           must_keep=['Los taxistas de la isla calcularon que ese día hicieron más de 3 mil viajes.',
                      '“Bajan, se suben a un autobús y regresan directo al muelle”, lamentó la dueña de una tienda de plata.',
                      'Para la temporada de invierno, las navieras tienen programados 1 150 arribos a Quintana Roo, la mayoría en Cozumel y el resto en Mahahual.'])

# ---------------------------------------------------------------- ce09 press (state congress, session summary, Tab.)
ce09 = """H. CONGRESO DEL ESTADO DE TABASCO
LXIV LEGISLATURA
Coordinación General de Comunicación Social y Relaciones Públicas
Boletín No. 0412

Aprueba el Pleno reformas a la Ley de Protección Civil y cuatro dictámenes más en sesión ordinaria

Villahermosa, Tabasco, a 15 de noviembre de 2022.- En sesión ordinaria celebrada este martes, el Pleno de la LXIV Legislatura aprobó por unanimidad reformas a la Ley de Protección Civil del Estado de Tabasco para obligar a los municipios a actualizar cada año sus atlas de riesgo, así como otros cuatro dictámenes presentados por las comisiones ordinarias.

La sesión fue presidida por la diputada Elvira Castellanos Ferrer, quien dio cuenta de la correspondencia recibida y turnó a comisiones seis iniciativas presentadas por legisladoras y legisladores de distintas fracciones parlamentarias.

Los dictámenes aprobados fueron los siguientes:

1.- Reformas a los artículos 14 y 27 de la Ley de Protección Civil, para que los 17 ayuntamientos publiquen antes del 30 de mayo de cada año la actualización de sus atlas de riesgo por inundación.

2.- Decreto que autoriza al municipio de Centla a contratar un crédito de hasta 25 millones de pesos para la adquisición de maquinaria destinada al desazolve de drenes.

3.- Acuerdo por el que se exhorta a la Comisión Nacional del Agua a informar al Congreso sobre el programa de operación de las presas del sistema Grijalva durante la temporada de frentes fríos.

4.- Reforma a la Ley de Educación del Estado para incluir contenidos sobre prevención de riesgos en los planes de estudio de educación básica.

5.- Dictamen que declara el 22 de octubre como Día Estatal de la Gastronomía Tabasqueña.

Durante la discusión del primer punto, el diputado Hernán Ovando Sastré recordó que tres de cada cuatro municipios del estado no han actualizado sus atlas desde hace más de cinco años. "Sin información no se puede prevenir, sólo reaccionar", señaló desde la tribuna.

Al término de la sesión, la presidenta de la Mesa Directiva citó a la próxima sesión ordinaria para el jueves 17 de noviembre a las 11:00 horas.

-0-

Coordinación General de Comunicación Social y Relaciones Públicas
Tel. 993 555 0410 ext. 118
prensa@congresotab.example.mx
"""
write_source('ce09.md', ce09)
write_gold('ce09', family='press_release',
           title='Aprueba el Pleno reformas a la Ley de Protección Civil y cuatro dictámenes más en sesión ordinaria',
           date='2022-11-15', source='H. CONGRESO DEL ESTADO DE TABASCO',
           bulletin_number='0412', issuer='H. CONGRESO DEL ESTADO DE TABASCO',
           dateline_city='Villahermosa',
           body_first_words='En sesión ordinaria celebrada este martes, el Pleno de la LXIV Legislatura',
           body_last_words='para el jueves 17 de noviembre a las 11:00 horas.',
           boilerplate=['LXIV LEGISLATURA', 'Coordinación General de Comunicación Social y Relaciones Públicas',
                        'Boletín No. 0412', 'Villahermosa, Tabasco, a 15 de noviembre de 2022.-', '-0-',
                        'Tel. 993 555 0410 ext. 118', 'prensa@congresotab.example.mx'],
           must_keep=['Decreto que autoriza al municipio de Centla a contratar un crédito de hasta 25 millones de pesos para la adquisición de maquinaria destinada al desazolve de drenes.',
                      'Dictamen que declara el 22 de octubre como Día Estatal de la Gastronomía Tabasqueña.',
                      '"Sin información no se puede prevenir, sólo reaccionar", señaló desde la tribuna.'])

# ---------------------------------------------------------------- ce10 press (state congress, committee bulletin, Ver.)
ce10 = """Congreso del Estado de Veracruz de Ignacio de la Llave
Dirección de Comunicación Social

BOLETÍN 0287/2023
Xalapa-Enríquez, Ver., 14 de marzo de 2023

COMISIÓN DE PESCA Y ACUACULTURA APRUEBA TRES DICTÁMENES PARA LA COSTA NORTE Y LA CUENCA DEL PAPALOAPAN

Reunida en la Sala de Comisiones del Palacio Legislativo, la Comisión Permanente de Pesca y Acuacultura aprobó tres dictámenes que serán turnados al Pleno en la próxima sesión ordinaria y que se refieren a la actividad pesquera en los municipios de Tecolutla, Alvarado y Tlacotalpan.

La presidenta de la comisión, diputada Laura Ixtepan Domínguez, explicó que los tres asuntos responden a solicitudes presentadas por cooperativas pesqueras durante los foros regionales celebrados el año pasado. Los dictámenes aprobados son:

I. Exhorto a la Secretaría de Desarrollo Agropecuario, Rural y Pesca para que instale una mesa de trabajo con las cooperativas de Tecolutla sobre el ordenamiento de la pesca de robalo en la desembocadura del río.

II. Punto de acuerdo para solicitar a las autoridades federales un informe sobre la mortandad de peces registrada en la laguna de Alvarado durante el verano de 2022.

III. Reforma a la Ley de Pesca y Acuacultura Sustentables del Estado para crear un registro estatal de embarcaciones menores, que permitirá a los pescadores ribereños acceder a programas de apoyo sin tener que trasladarse a la capital.

Durante la reunión, el secretario de la comisión, diputado Marcelino Chontal Ruiz, pidió que el registro se pueda realizar en las oficinas municipales. "Un pescador de Tlacotalpan pierde dos días de trabajo si tiene que venir a Xalapa a hacer un trámite", afirmó.

La comisión acordó además realizar en abril una visita de trabajo a la zona de Alvarado para escuchar a los integrantes de las cooperativas afectadas por la mortandad.

---o0o---

Dirección de Comunicación Social
comunicacion@legisver.example.mx | Tel. 228 555 0387
"""
write_source('ce10.txt', ce10, enc='cp1252', eol='crlf')
write_gold('ce10', family='press_release',
           title='COMISIÓN DE PESCA Y ACUACULTURA APRUEBA TRES DICTÁMENES PARA LA COSTA NORTE Y LA CUENCA DEL PAPALOAPAN',
           date='2023-03-14', source='Congreso del Estado de Veracruz de Ignacio de la Llave',
           bulletin_number='0287/2023', issuer='Congreso del Estado de Veracruz de Ignacio de la Llave',
           dateline_city='Xalapa-Enríquez',
           body_first_words='Reunida en la Sala de Comisiones del Palacio Legislativo',
           body_last_words='afectadas por la mortandad.',
           boilerplate=['Dirección de Comunicación Social', 'BOLETÍN 0287/2023',
                        'Xalapa-Enríquez, Ver., 14 de marzo de 2023', '---o0o---',
                        'comunicacion@legisver.example.mx | Tel. 228 555 0387'],
           must_keep=['Punto de acuerdo para solicitar a las autoridades federales un informe sobre la mortandad de peces registrada en la laguna de Alvarado durante el verano de 2022.',
                      '"Un pescador de Tlacotalpan pierde dos días de trabajo si tiene que venir a Xalapa a hacer un trámite", afirmó.',
                      'Los dictámenes aprobados son:'])
