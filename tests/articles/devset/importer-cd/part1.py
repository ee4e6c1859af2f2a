#!/usr/bin/env python3
"""importer-cd, files 01-10."""
import textwrap
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- cd01 wire (border daily, police beat, Tijuana)
cd01 = """Policiaca

## Localizan a hombre sin vida dentro de una troca en la colonia Sánchez Taboada

Por Érika Villavicencio Ley | El Centinela Fronterizo
Tijuana, B.C. · 21 de enero de 2020 · 08:47 hrs

![Peritos trabajan en la calle Nicolás Bravo](/fotos/2020/01/sanchez-taboada-01.jpg)
Foto: Agencia Lente Norte

Un hombre de aproximadamente 35 años fue localizado sin vida la noche del lunes dentro de una camioneta pick up estacionada en la calle Nicolás Bravo de la colonia Sánchez Taboada, en la delegación del mismo nombre.

Según el reporte de la Secretaría de Seguridad Ciudadana Municipal, vecinos llamaron al 911 alrededor de las 22:30 horas porque la troca, una Ford Lobo color gris con placas de California, llevaba varias horas encendida y con las luces prendidas. Te puede interesar: Detienen a dos por robo de autopartes en la Zona Río Al acercarse, los agentes encontraron al conductor recargado sobre el volante y con al menos dos heridas de arma de fuego en el tórax.

La zona fue acordonada mientras llegaban peritos de la Fiscalía General del Estado, que recogieron cinco casquillos percutidos calibre 9 milímetros sobre el pavimento. El hombre, que vestía sudadera negra y pantalón de mezclilla, no portaba identificación.

Una vecina que pidió no publicar su nombre dijo que escuchó los disparos cerca de las nueve de la noche, pero que pensó que eran cuetes. “Aquí ya uno no sale cuando oye algo así”, comentó.

Con este caso suman 94 homicidios en Tijuana en lo que va de enero, de acuerdo con el conteo diario de las autoridades estatales. La Fiscalía abrió una carpeta de investigación por homicidio y no ha informado sobre personas detenidas.

Con información de Marco Antonio Guízar

Síguenos en Instagram como @CentinelaFronterizoEj y recibe las alertas de última hora.
"""
write_source('cd01.md', cd01)
write_gold('cd01', family='wire',
           title='Localizan a hombre sin vida dentro de una troca en la colonia Sánchez Taboada',
           date='2020-01-21', bylines=['Érika Villavicencio Ley'], source='El Centinela Fronterizo',
           section='Policiaca',
           body_first_words='Un hombre de aproximadamente 35 años fue localizado sin vida',
           body_last_words='no ha informado sobre personas detenidas.',
           boilerplate=['Foto: Agencia Lente Norte',
                        'Te puede interesar: Detienen a dos por robo de autopartes en la Zona Río',
                        'Con información de Marco Antonio Guízar',
                        'Síguenos en Instagram como @CentinelaFronterizoEj y recibe las alertas de última hora.'],
           must_keep=['Al acercarse, los agentes encontraron al conductor recargado sobre el volante y con al menos dos heridas de arma de fuego en el tórax.',
                      '“Aquí ya uno no sale cuando oye algo así”, comentó.',
                      'El hombre, que vestía sudadera negra y pantalón de mezclilla, no portaba identificación.'],
           photo_credit='Agencia Lente Norte')

# ---------------------------------------------------------------- cd02 wire (sports desk, results pasted as text)
cd02 = """Deportes | Diario del Valle del Fuerte
Cañeros de Ahome remontan en la séptima y se quedan con la serie ante Pescadores de Topolobampo
Jesús Manuel Ibarra Félix
Los Mochis, Sin., 02/12/2018

Un rally de tres carreras en la séptima entrada le dio a Cañeros de Ahome la victoria 4-3 sobre Pescadores de Topolobampo este domingo en el estadio de la Liga Norte de Sinaloa, y con ella la serie de fin de semana, dos juegos a uno.

Pescadores dominó la primera mitad del partido. Su pitcher abridor, el zurdo Ismael Leyva, ponchó a siete bateadores en cinco entradas y sólo permitió un home run solitario de Julián Armenta en la cuarta. Con la pizarra 3-1 a favor de los visitantes, el mánager porteño decidió mover el bullpen en la séptima.

Fue el error que cambió el juego. Con dos outs y las bases llenas, el short stop Daniel “Chapo” Rocha conectó un doblete por el jardín derecho que vació los colchones. El estadio, con cerca de 2 mil aficionados, se vino abajo.

               1 2 3   4 5 6   7 8 9    C  H  E
Pescadores     0 1 0   2 0 0   0 0 0    3  7  1
Cañeros        0 0 0   1 0 0   3 0 x    4  9  0

PG: Saúl Valenzuela (3-1). PP: Ismael Leyva (2-2). SV: Enrique Castro (5).

RESULTADOS DE LA JORNADA 14
Cañeros de Ahome 4-3 Pescadores de Topolobampo
Algodoneros de Guasave 6-2 Tomateros de El Carrizo
Ejidatarios de San Miguel 1-8 Mayos de El Fuerte

“Sabíamos que el bullpen de ellos venía cansado de la serie del jueves”, dijo Rocha al terminar el encuentro. Con el triunfo, Cañeros suma 19 ganados y 9 perdidos y se mantiene en el primer lugar, a juego y medio de Algodoneros.

La jornada 15 arranca el viernes, cuando Cañeros visite a Mayos en El Fuerte a las 19:00 horas.

Síguenos en X como @DeportesValleFuerteEj
"""
write_source('cd02.txt', cd02, enc='cp1252', eol='crlf')
write_gold('cd02', family='wire',
           title='Cañeros de Ahome remontan en la séptima y se quedan con la serie ante Pescadores de Topolobampo',
           date='2018-12-02', bylines=['Jesús Manuel Ibarra Félix'], source='Diario del Valle del Fuerte',
           section='Deportes',
           body_first_words='Un rally de tres carreras en la séptima entrada',
           body_last_words='cuando Cañeros visite a Mayos en El Fuerte a las 19:00 horas.',
           boilerplate=['Síguenos en X como @DeportesValleFuerteEj'],
           must_keep=['Con dos outs y las bases llenas, el short stop Daniel “Chapo” Rocha conectó un doblete por el jardín derecho que vació los colchones.',
                      'PG: Saúl Valenzuela (3-1).',
                      'Algodoneros de Guasave 6-2 Tomateros de El Carrizo',
                      '“Sabíamos que el bullpen de ellos venía cansado de la serie del jueves”, dijo Rocha al terminar el encuentro.'])

# ---------------------------------------------------------------- cd03 wire (live-blog export, newest first)
cd03 = """🔴 EN VIVO

# Cierre de la garita de San Ysidro por paquete sospechoso: lo que sabemos

Frontera al Minuto · Redacción · Última actualización: 14/06/2024 16:40

Resumen: el cruce peatonal y vehicular de la garita de San Ysidro estuvo cerrado cerca de cuatro horas este viernes luego de que agentes estadounidenses reportaron un paquete sospechoso en el área de inspección secundaria. Ya se reabrieron todos los carriles.

16:40 — Los carriles de SENTRI y Ready Lane ya funcionan con normalidad. En los carriles generales la espera para cruzar en auto es de tres horas y media, según la aplicación de tiempos de espera de la CBP.

15:55 — La CBP confirma que el paquete no contenía explosivos. Se trataba de una hielera con herramientas olvidada por un trabajador de mantenimiento. El cruce peatonal de PedWest reabre primero.

15:10 — Comerciantes de la Plaza Viva Tijuana reportan ventas casi en cero. “Un viernes así es cuando más vendemos”, nos dice Rosario, que atiende un puesto de artesanías desde hace 20 años.

14:25 — El Ayuntamiento pide a quienes tienen cita médica o de trabajo del otro lado que usen la garita de Otay. La fila en Otay ya rebasa las dos horas.

13:40 — Llega al área una unidad canina y personal del escuadrón antibombas del condado de San Diego. Del lado mexicano, la Policía Municipal desvía el tráfico en la vía rápida hacia el bulevar Sánchez Taboada.

12:32 — Agentes de la Oficina de Aduanas y Protección Fronteriza (CBP) cierran todos los carriles de la garita de San Ysidro. Automovilistas reportan que les pidieron apagar sus vehículos y permanecer dentro.

Esta cobertura terminó. Descarga la app de Frontera al Minuto y activa las notificaciones para la próxima.
"""
write_source('cd03.md', cd03, bom=True)
write_gold('cd03', family='wire',
           title='Cierre de la garita de San Ysidro por paquete sospechoso: lo que sabemos',
           date='2024-06-14', bylines=[], source='Frontera al Minuto', section=None,
           placement=['EN VIVO'],
           body_first_words='Resumen: el cruce peatonal y vehicular de la garita de San Ysidro',
           body_last_words='les pidieron apagar sus vehículos y permanecer dentro.',
           boilerplate=['Esta cobertura terminó.',
                        'Descarga la app de Frontera al Minuto y activa las notificaciones para la próxima.'],
           must_keep=['Se trataba de una hielera con herramientas olvidada por un trabajador de mantenimiento.',
                      '14:25 — El Ayuntamiento pide a quienes tienen cita médica o de trabajo del otro lado que usen la garita de Otay.',
                      'Ya se reabrieron todos los carriles.'])

# ---------------------------------------------------------------- cd04 wire (weekly newsletter pasted from e-mail, hard-wrapped)
story04 = [
    "Una década después del derrame de 40 millones de litros de solución de sulfato de cobre que una mina de Cananea vertió en el arroyo Tinajas, los pueblos del río Sonora siguen comprando garrafones para beber y cocinar.",
    "En Baviácora, Aconchi y Ures las plantas potabilizadoras que se prometieron en 2014 nunca terminaron de construirse. De las 36 anunciadas, sólo nueve llegaron a operar, y hoy funcionan tres, según un recorrido que hicimos en julio por los siete municipios de la cuenca.",
    "Doña Carmen Moreno, de 71 años, guarda en una caja de zapatos los análisis que le hicieron en la clínica que se instaló tras el derrame. Dice que nunca le explicaron los resultados. La clínica cerró en 2018.",
    "Los productores de queso y de ganado dicen que el estigma es casi tan grave como el daño. Los compradores de Hermosillo y de Arizona todavía preguntan de qué pueblo viene la mercancía. Un ganadero de Banámichi nos contó que un broker de Tucson le canceló un pedido en 2023 cuando supo de dónde era.",
    "La Comisión Nacional del Agua informó este año que los monitoreos recientes cumplen la norma en la mayoría de los pozos. Los comités de cuenca responden que esos muestreos se hacen en temporada de lluvias, cuando los metales se diluyen.",
    "Mientras tanto, el fideicomiso creado para reparar los daños se extinguió hace años y los juicios de las comunidades siguen abiertos.",
]
wrapped04 = '\n\n'.join(textwrap.fill(p, 72) for p in story04)
cd04 = """De: La Semana en Sonora <boletin@lasemanaensonora.example.mx>
Enviado: jueves, 8 de agosto de 2024 07:02
Para: archivo@redaccion-noroeste.example.mx
Asunto: La Semana en Sonora #87 | Agua, minas y un río que no sana

¿Problemas para ver este correo? Ábrelo en tu navegador.

LA SEMANA EN SONORA
Boletín semanal · Edición 87

Hola, ¿qué tal tu semana? Esta vez volvimos al río Sonora, diez años
después. Abajo, como siempre, las otras notas que no te puedes perder.

========================================================================
TEMA DE LA SEMANA
========================================================================

Diez años después, el río Sonora sigue sin agua limpia para beber

Por Abril Montaño Escalante

""" + wrapped04 + """

------------------------------------------------------------------------
OTRAS NOTAS DE LA SEMANA
------------------------------------------------------------------------
* Hermosillo rompe récord de temperatura en agosto -> https://lasemanaensonora.example.mx/calor
* Navojoa estrena mercado municipal -> https://lasemanaensonora.example.mx/mercado

¿Te reenviaron este correo? Suscríbete gratis en lasemanaensonora.example.mx
Recibes este correo porque te suscribiste a La Semana en Sonora. Darte de baja.
"""
write_source('cd04.txt', cd04)
write_gold('cd04', family='wire',
           title='Diez años después, el río Sonora sigue sin agua limpia para beber',
           date='2024-08-08', bylines=['Abril Montaño Escalante'], source='La Semana en Sonora',
           section=None,
           body_first_words='Una década después del derrame de 40 millones de litros',
           body_last_words='siguen abiertos.',
           boilerplate=['¿Problemas para ver este correo? Ábrelo en tu navegador.',
                        'TEMA DE LA SEMANA',
                        'OTRAS NOTAS DE LA SEMANA',
                        'Hermosillo rompe récord de temperatura en agosto',
                        'Navojoa estrena mercado municipal',
                        'Recibes este correo porque te suscribiste a La Semana en Sonora.'],
           must_keep=['Dice que nunca le explicaron los resultados.',
                      'La clínica cerró en 2018.',
                      'Un ganadero de Banámichi nos contó que un broker de Tucson le canceló un pedido en 2023 cuando supo de dónde era.'])

# ---------------------------------------------------------------- cd05 wire (agency teletype, cp850)
cd05 = """ZCZC ANP0457 EST
SON-ALBERGUES
HERMOSILLO 12-03-2019 11:42 (ANPN)

Albergues de Hermosillo rebasan su capacidad por llegada de familias desplazadas
Por Marisela Robles Garibay
Agencia Noticiosa del Pacífico Norte

HERMOSILLO, Son., 12 de marzo (ANPN).- Los tres albergues para migrantes que operan en Hermosillo atienden a más del doble de personas para las que fueron construidos, luego de la llegada en las últimas dos semanas de familias desplazadas por la violencia en Guerrero y Michoacán que buscan pedir asilo en Estados Unidos.

En el albergue de la colonia Cinco de Mayo, con capacidad para 60 personas, durmieron la noche del lunes 143, entre ellas 51 niñas y niños. Los voluntarios colocaron colchonetas en el comedor y en la capilla.

El coordinador del lugar, Fermín Quijada Ruelas, explicó que la mayoría de las familias viaja en autobús hasta Hermosillo y aquí se queda sin dinero para seguir hacia Nogales o San Luis Río Colorado. "Llegan con una mochila y los papeles de la denuncia en una bolsa de plástico", dijo.

La Secretaría de Desarrollo Social estatal anunció que enviará despensas y cobijas, aunque los albergues piden sobre todo medicamentos para enfermedades respiratorias, que se han multiplicado con el frío de las madrugadas.

Organizaciones civiles calculan que entre enero y marzo pasaron por la ciudad cerca de 2 mil 400 personas en tránsito, casi el triple que en el mismo periodo del año pasado.

ANPN/MRG/jla
NNNN
"""
write_source('cd05.txt', cd05, enc='cp850', eol='crlf')
write_gold('cd05', family='wire',
           title='Albergues de Hermosillo rebasan su capacidad por llegada de familias desplazadas',
           date='2019-03-12', bylines=['Marisela Robles Garibay'],
           source='Agencia Noticiosa del Pacífico Norte', section=None,
           body_first_words='Los tres albergues para migrantes que operan en Hermosillo',
           body_last_words='casi el triple que en el mismo periodo del año pasado.',
           boilerplate=['ZCZC ANP0457 EST', 'SON-ALBERGUES', 'HERMOSILLO 12-03-2019 11:42 (ANPN)',
                        'HERMOSILLO, Son., 12 de marzo (ANPN).-', 'ANPN/MRG/jla', 'NNNN'],
           must_keep=['Los voluntarios colocaron colchonetas en el comedor y en la capilla.',
                      '"Llegan con una mochila y los papeles de la denuncia en una bolsa de plástico", dijo.',
                      'En el albergue de la colonia Cinco de Mayo, con capacidad para 60 personas, durmieron la noche del lunes 143, entre ellas 51 niñas y niños.'])

# ---------------------------------------------------------------- cd06 wire (web page copy-pasted, Mexicali)
cd06 = """LA LÍNEA NOTICIAS
Menú   Buscar   Suscríbete
Inicio › Economía
Cruces de compras a Calexico caen 30% por las filas en la garita
Por Ramiro Acuña Beltrán
13 de febrero de 2022 | 06:15 p.m.
Tiempo de lectura: 3 min.
Compartir: Facebook   Twitter   WhatsApp   Copiar enlace
Automovilistas hacen fila para cruzar por la garita Mexicali I. Foto: Agencia Visión Frontera
Los cruces de mexicalenses que van de shopping a Calexico cayeron alrededor de 30 por ciento en enero, en comparación con el mismo mes de 2019, según datos que la cámara de comercio de esa ciudad californiana compartió con comerciantes de ambos lados de la línea.
La causa principal, dicen los comerciantes, son las filas. En los fines de semana de enero la espera en la garita Mexicali I llegó a superar las tres horas, y muchas familias que antes cruzaban cada sábado ahora lo hacen una vez al mes.
“Antes venían por el mandado, por la ropa de los niños y se regresaban a comer. Ahora, si cruzan, se quedan todo el día o mejor no vienen”, contó Mayra Tapia, encargada de una tienda de ropa en la calle Second, a dos cuadras de la garita.
Del lado mexicano el efecto es el contrario. Los supermercados y las tiendas departamentales del centro de Mexicali reportan más ventas de ropa y electrónica, y algunos dealers de autos usados dicen que sus clientes ya no quieren ir a buscar unidades a El Centro.
Comerciantes de Calexico esperan que las ventas del Presidents’ Day, a mediados de febrero, den una idea de si la tendencia se mantiene. La cámara local pidió a la CBP abrir más carriles los sábados.
Etiquetas: Mexicali, Calexico, garita, comercio
Comentarios (0)
Deja un comentario
Noticias relacionadas
Abren nuevo carril SENTRI en la garita Mexicali II
© 2022 La Línea Noticias. Todos los derechos reservados.
"""
write_source('cd06.txt', cd06, eol='crlf')
write_gold('cd06', family='wire',
           title='Cruces de compras a Calexico caen 30% por las filas en la garita',
           date='2022-02-13', bylines=['Ramiro Acuña Beltrán'], source='La Línea Noticias',
           section='Economía',
           body_first_words='Los cruces de mexicalenses que van de shopping a Calexico',
           body_last_words='La cámara local pidió a la CBP abrir más carriles los sábados.',
           boilerplate=['Menú   Buscar   Suscríbete', 'Tiempo de lectura: 3 min.',
                        'Compartir: Facebook   Twitter   WhatsApp   Copiar enlace',
                        'Automovilistas hacen fila para cruzar por la garita Mexicali I. Foto: Agencia Visión Frontera',
                        'Etiquetas: Mexicali, Calexico, garita, comercio', 'Comentarios (0)',
                        'Deja un comentario', 'Noticias relacionadas',
                        'Abren nuevo carril SENTRI en la garita Mexicali II',
                        '© 2022 La Línea Noticias. Todos los derechos reservados.'],
           must_keep=['En los fines de semana de enero la espera en la garita Mexicali I llegó a superar las tres horas, y muchas familias que antes cruzaban cada sábado ahora lo hacen una vez al mes.',
                      'Del lado mexicano el efecto es el contrario.',
                      '“Antes venían por el mandado, por la ropa de los niños y se regresaban a comer.'],
           photo_credit='Agencia Visión Frontera')

# ---------------------------------------------------------------- cd07 wire (print archive, PDF-to-text)
cd07 = """EL CORREO DEL HUMAYA          Culiacán, Sinaloa, sábado 5 de mayo de 2007          4A
LOCAL

Rehabilitarán el malecón
del río Tamazula

Por Refugio Camacho Lizárraga

El Ayuntamiento de Culiacán y el gobierno del estado
invertirán 48 millones de pesos en la rehabilitación
del malecón del río Tamazula, entre el puente Juárez
y el puente Morelos, informaron ayer funcionarios
de ambos niveles de gobierno.
La obra incluye el cambio de 3 kilómetros de ban-
queta, nuevas luminarias, juegos infantiles y una
ciclovía que conectará con el Parque Las Riberas.
Los trabajos comenzarán en junio y durarán ocho meses.
El director de Obras Públicas municipal, Arnulfo
Sicairos Beltrán, explicó que el tramo se encuentra en
mal estado desde las inundaciones de 2005, cuando
el agua arrancó parte del muro de contención. "El
muro no se va a tocar, ya lo reforzó la Comisión
Nacional del Agua", precisó.
Comerciantes de la zona pidieron que durante
las obras no se cierre por completo la circulación.

(Pasa a la 5A)
\f
EL CORREO DEL HUMAYA          Culiacán, Sinaloa, sábado 5 de mayo de 2007          5A

(Viene de la 4A)
Malecón...
Los vendedores de raspados y elotes que se instalan
cada tarde junto al río serán reubicados en módulos
fijos, según el proyecto.
Vecinos de la colonia Tierra Blanca recordaron que
la iluminación es la principal demanda, pues por las
noches el malecón queda a oscuras y se registran
asaltos a quienes salen a correr.
El proyecto será presentado el próximo martes en la
sesión de Cabildo.
"""
write_source('cd07.txt', cd07)
write_gold('cd07', family='wire',
           title='Rehabilitarán el malecón del río Tamazula',
           date='2007-05-05', bylines=['Refugio Camacho Lizárraga'], source='El Correo del Humaya',
           section='Local',
           body_first_words='El Ayuntamiento de Culiacán y el gobierno del estado',
           body_last_words='sesión de Cabildo.',
           boilerplate=['(Pasa a la 5A)', '(Viene de la 4A)', 'Malecón...',
                        'EL CORREO DEL HUMAYA          Culiacán, Sinaloa, sábado 5 de mayo de 2007          5A'],
           must_keep=['Los trabajos comenzarán en junio y durarán ocho meses.',
                      'Comerciantes de la zona pidieron que durante las obras no se cierre por completo la circulación.',
                      'Los vendedores de raspados y elotes que se instalan cada tarde junto al río serán reubicados en módulos fijos, según el proyecto.'])

# ---------------------------------------------------------------- cd08 wire (border daily, courts beat, Nogales)
cd08 = """**Tribunales**

## Sentencian a 28 años de prisión a expolicía por secuestro de comerciante en Nogales

*Por Gilberto Arvizu Quijada* — La Voz de Ambos Nogales — 3 de septiembre de 2021

> Foto: Agencia Fotográfica del Desierto / Archivo

Un tribunal de enjuiciamiento con sede en Heroica Nogales condenó a 28 años de prisión a un expolicía municipal identificado como Jesús Alfredo “N”, por el secuestro de un comerciante de la colonia Buenos Aires ocurrido en febrero de 2019.

De acuerdo con lo expuesto en la audiencia de lectura de sentencia, el exagente y otros dos hombres interceptaron a la víctima cuando salía de su negocio de refacciones y lo mantuvieron tres días en una casa de la colonia Colosio, hasta que su familia pagó 350 mil pesos.

Los otros dos implicados fueron sentenciados el año pasado en un procedimiento abreviado. El expolicía, en cambio, se declaró inocente y llevó el caso a juicio oral, que duró casi cuatro meses.

→ Lee también: Suspenden a cinco agentes municipales por extorsión a paisanos

La defensa argumentó que su cliente estaba de franco el día de los hechos, pero el tribunal dio valor a los registros de llamadas y a la declaración de la víctima, quien lo reconoció por un tatuaje en el antebrazo. Además de la pena de prisión, deberá pagar una reparación del daño de 500 mil pesos.

El abogado Óscar Sotelo Leyva anunció que apelará la sentencia. La familia del comerciante, que se mudó a Tucson después del secuestro, no asistió a la audiencia.

Con información de Karla Noriega Durazo
"""
write_source('cd08.md', cd08)
write_gold('cd08', family='wire',
           title='Sentencian a 28 años de prisión a expolicía por secuestro de comerciante en Nogales',
           date='2021-09-03', bylines=['Gilberto Arvizu Quijada'], source='La Voz de Ambos Nogales',
           section='Tribunales',
           body_first_words='Un tribunal de enjuiciamiento con sede en Heroica Nogales',
           body_last_words='no asistió a la audiencia.',
           boilerplate=['Foto: Agencia Fotográfica del Desierto / Archivo',
                        'Lee también: Suspenden a cinco agentes municipales por extorsión a paisanos',
                        'Con información de Karla Noriega Durazo'],
           must_keep=['Los otros dos implicados fueron sentenciados el año pasado en un procedimiento abreviado.',
                      'Además de la pena de prisión, deberá pagar una reparación del daño de 500 mil pesos.',
                      'El abogado Óscar Sotelo Leyva anunció que apelará la sentencia.'],
           photo_credit='Agencia Fotográfica del Desierto / Archivo')

# ---------------------------------------------------------------- cd09 press (municipality, Tijuana)
cd09 = """![Logotipo XXIV Ayuntamiento](logo-xxiv.png)

**XXIV AYUNTAMIENTO DE TIJUANA**
**Dirección de Comunicación Social**

BOLETÍN 0452/2023

# Instalan módulo para regularizar autos “chocolate” en la delegación Otay Centenario

Tijuana, Baja California, a 17 de mayo de 2023.–

A partir del próximo lunes, quienes tengan un vehículo de procedencia extranjera sin regularizar podrán realizar el trámite en un nuevo módulo instalado en el estacionamiento de la delegación Otay Centenario, informó el XXIV Ayuntamiento de Tijuana.

El módulo atenderá de lunes a sábado, de 8:00 a 16:00 horas, y contará con personal del Registro Público Vehicular y de la Secretaría de Seguridad y Protección Ciudadana Municipal para la revisión física de las unidades.

El secretario de Gobierno Municipal, licenciado Abelardo Cañedo Rubalcava, explicó que en la ciudad circulan todavía alrededor de 60 mil autos “chocolate”, muchos de ellos traídos del otro lado hace más de diez años. “Regularizar el carro le da certeza jurídica a la familia y le permite al municipio saber quién circula por sus calles”, señaló.

Para el trámite se requiere identificación oficial, comprobante de domicilio en Baja California, el título del vehículo y la constancia de no reporte de robo. El pago de 2 mil 500 pesos se realiza en el mismo lugar con tarjeta o en efectivo.

Lo recaudado se destinará a la pavimentación de calles en las colonias del oriente de la ciudad, conforme al decreto federal vigente.

-oOo-

**Contacto de prensa:** Dirección de Comunicación Social
Tel. 664 555 0108 · prensa@tijuana-municipio.example.mx
"""
write_source('cd09.md', cd09)
write_gold('cd09', family='press_release',
           title='Instalan módulo para regularizar autos “chocolate” en la delegación Otay Centenario',
           date='2023-05-17', source='XXIV AYUNTAMIENTO DE TIJUANA',
           bulletin_number='0452/2023', issuer='XXIV AYUNTAMIENTO DE TIJUANA', dateline_city='Tijuana',
           body_first_words='A partir del próximo lunes, quienes tengan un vehículo de procedencia extranjera',
           body_last_words='conforme al decreto federal vigente.',
           boilerplate=['Dirección de Comunicación Social', 'BOLETÍN 0452/2023',
                        'Tijuana, Baja California, a 17 de mayo de 2023.–', '-oOo-',
                        'Contacto de prensa:', 'Tel. 664 555 0108 · prensa@tijuana-municipio.example.mx'],
           must_keep=['El módulo atenderá de lunes a sábado, de 8:00 a 16:00 horas, y contará con personal del Registro Público Vehicular y de la Secretaría de Seguridad y Protección Ciudadana Municipal para la revisión física de las unidades.',
                      '“Regularizar el carro le da certeza jurídica a la familia y le permite al municipio saber quién circula por sus calles”, señaló.',
                      'El pago de 2 mil 500 pesos se realiza en el mismo lugar con tarjeta o en efectivo.'])

# ---------------------------------------------------------------- cd10 press (port town, Mac Roman, CR line ends)
cd10 = """GOBIERNO MUNICIPAL DE PUERTO PEÑASCO
COMUNICACIÓN SOCIAL
Comunicado No. 118

Puerto Peñasco, Sonora, a 3 de abril de 2018

Alistan operativo de Semana Santa con 600 elementos en las playas de Puerto Peñasco

Con la llegada de los primeros visitantes de Arizona y del centro del país, el Gobierno Municipal de Puerto Peñasco puso en marcha el operativo de Semana Santa y Pascua, en el que participan 600 elementos de corporaciones de los tres niveles de gobierno, además de salvavidas y voluntarios.

El coordinador municipal de Protección Civil, Ernesto Maldonado Villa, informó que se instalaron once puestos de auxilio en las playas de Las Conchas, Sandy Beach, Playa Hermosa y el Malecón, así como un módulo de atención al turista en el acceso de la carretera a Sonoyta.

Se espera la llegada de más de 90 mil visitantes durante las dos semanas de vacaciones, muchos de ellos spring breakers de universidades de Arizona. Por ello, las autoridades recordaron que está prohibido circular en cuatrimotos y razers por la zona de bañistas y que en la vía pública no se permite el consumo de bebidas alcohólicas.

Los hoteles del estero y de la zona de Las Conchas reportan una ocupación cercana al 95 por ciento para el fin de semana largo. Los prestadores de servicios náuticos deberán mostrar su permiso vigente en un lugar visible.

El municipio pidió a los paseantes seguir las indicaciones de los salvavidas y respetar las banderas de color en cada playa.

FIN

Comunicación Social Puerto Peñasco
Tel. 638 555 0172
prensa@puertopenasco-gob.example.mx
"""
write_source('cd10.txt', cd10, enc='mac_roman', eol='cr')
write_gold('cd10', family='press_release',
           title='Alistan operativo de Semana Santa con 600 elementos en las playas de Puerto Peñasco',
           date='2018-04-03', source='GOBIERNO MUNICIPAL DE PUERTO PEÑASCO',
           bulletin_number='118', issuer='GOBIERNO MUNICIPAL DE PUERTO PEÑASCO',
           dateline_city='Puerto Peñasco',
           body_first_words='Con la llegada de los primeros visitantes de Arizona y del centro del país',
           body_last_words='respetar las banderas de color en cada playa.',
           boilerplate=['COMUNICACIÓN SOCIAL', 'Comunicado No. 118', 'Puerto Peñasco, Sonora, a 3 de abril de 2018',
                        'FIN', 'Comunicación Social Puerto Peñasco', 'Tel. 638 555 0172',
                        'prensa@puertopenasco-gob.example.mx'],
           must_keep=['Se espera la llegada de más de 90 mil visitantes durante las dos semanas de vacaciones, muchos de ellos spring breakers de universidades de Arizona.',
                      'Los prestadores de servicios náuticos deberán mostrar su permiso vigente en un lugar visible.',
                      'Los hoteles del estero y de la zona de Las Conchas reportan una ocupación cercana al 95 por ciento para el fin de semana largo.'])
