#!/usr/bin/env python3
"""importer-bl, files 01-10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bl01 wire (agency teletype, Chih.)
bl01 = """ZCZC
AFN0871 4 GEN 0412
URGENTE
JUAREZ-PUENTES
AFN - Agencia Fronteriza de Noticias   14/10/2025 18:42

Largas filas en los puentes de Ciudad Juárez por nuevas revisiones a vehículos de carga

Por Erika Lerma Rivas

CIUDAD JUÁREZ, Chih., 14 de octubre (AFN).- Transportistas y automovilistas que cruzan hacia El Paso, Texas, esperaron este martes hasta cinco horas en los puentes internacionales de la ciudad, luego de que las autoridades aduanales estadounidenses ampliaron las revisiones secundarias a los vehículos de carga.

En el cruce comercial Zaragoza-Ysleta, la fila de tractocamiones se extendió por más de ocho kilómetros sobre el bulevar Independencia, según reportes de la Dirección de Tránsito municipal. En el puente Córdova-Américas, destinado a vehículos particulares, el tiempo de espera superó las tres horas desde la madrugada.

Representantes de la industria maquiladora advirtieron que los retrasos ya afectan la entrega de componentes a plantas armadoras del otro lado de la frontera. Octavio Sáenz Carrasco, vocero de una asociación local de transportistas, dijo que cada hora de espera cuesta a las empresas alrededor de 1,200 pesos por unidad.

"Hay choferes que salieron a las cuatro de la mañana y a mediodía seguían en el mismo lugar", comentó.

El gobierno municipal instaló módulos de hidratación y sanitarios portátiles en los accesos a los puentes, mientras que la cámara local de la industria de la transformación pidió a las autoridades federales gestionar con sus contrapartes estadounidenses la apertura de más carriles de inspección.

Hasta el cierre de esta edición, las autoridades de Estados Unidos no habían informado cuánto tiempo se mantendrán las nuevas medidas.

AFN/ELR/mcg
NNNN
"""
write_source('bl01.txt', bl01, eol='crlf')
write_gold('bl01', family='wire',
           title='Largas filas en los puentes de Ciudad Juárez por nuevas revisiones a vehículos de carga',
           date='2025-10-14', bylines=['Erika Lerma Rivas'],
           source='Agencia Fronteriza de Noticias', section=None,
           body_first_words='Transportistas y automovilistas que cruzan hacia El Paso, Texas',
           body_last_words='cuánto tiempo se mantendrán las nuevas medidas.',
           boilerplate=['ZCZC', 'AFN0871 4 GEN 0412', 'URGENTE', 'JUAREZ-PUENTES',
                        'AFN - Agencia Fronteriza de Noticias',
                        'CIUDAD JUÁREZ, Chih., 14 de octubre (AFN).-', 'AFN/ELR/mcg', 'NNNN'],
           must_keep=['En el puente Córdova-Américas, destinado a vehículos particulares, el tiempo de espera superó las tres horas desde la madrugada.',
                      '"Hay choferes que salieron a las cuatro de la mañana y a mediodía seguían en el mismo lugar", comentó.',
                      'Hasta el cierre de esta edición, las autoridades de Estados Unidos no habían informado cuánto tiempo se mantendrán las nuevas medidas.'])

# ---------------------------------------------------------------- bl02 wire (regional daily web, Ver.)
bl02 = """**Estado**

# Productores de café del centro de Veracruz adelantan el corte por las lluvias

Por **Nayeli Hernández Landa** | Diario del Golfo Centro | Xalapa, Ver. | 07/10/2025 | 08:45 p.m.

Foto: Rubén Salmerón Vela / Diario del Golfo Centro

Cafeticultores de Coatepec, Teocelo, Xico y Cosautlán comenzaron a cortar el grano antes de lo habitual, luego de que las lluvias de septiembre aceleraron la maduración en las fincas ubicadas por debajo de los mil 200 metros de altura.

En años normales el corte fuerte arranca a finales de octubre, pero esta temporada los productores ya contratan cuadrillas desde la primera semana del mes. Te puede interesar: [Suben 12% los precios del café de especialidad en tiendas de Xalapa](https://diariogolfocentro.example.mx/economia/cafe-especialidad)

> **Lee también:** [Habilitan albergues en Misantla por crecida del río](https://diariogolfocentro.example.mx/estado/misantla-albergues)

Evodio Landa Murrieta, quien cultiva cuatro hectáreas en la congregación de Mahuixtlán, explicó que el cambio de calendario obliga a las familias a buscar trabajadores en plena temporada de lluvias. "Si no cortamos ahorita, la cereza se cae y se pudre en el suelo", dijo.

Los beneficios húmedos de la región reportan que el grano que reciben llega con más humedad que en otros años, lo que alarga el secado en los patios y eleva el consumo de leña y gas. Algunos productores optaron por vender en cereza para no asumir ese costo.

El precio pagado en la zona va de 14 a 17 pesos por kilo de cereza, según la calidad y la altura de la finca, cifra que las organizaciones cafetaleras consideran insuficiente frente al aumento de los fertilizantes y de los jornales.

La asociación regional de productores pidió a la Secretaría de Desarrollo Agropecuario del estado adelantar también los apoyos para la renovación de cafetales dañados por la roya, que todavía afecta a parcelas de Huatusco y Totutla.

📲 Únete a nuestro canal de WhatsApp y recibe las noticias de Veracruz en tu celular.
"""
write_source('bl02.md', bl02)
write_gold('bl02', family='wire',
           title='Productores de café del centro de Veracruz adelantan el corte por las lluvias',
           date='2025-10-07', bylines=['Nayeli Hernández Landa'],
           source='Diario del Golfo Centro', section='Estado',
           body_first_words='Cafeticultores de Coatepec, Teocelo, Xico y Cosautlán',
           body_last_words='que todavía afecta a parcelas de Huatusco y Totutla.',
           boilerplate=['Foto: Rubén Salmerón Vela / Diario del Golfo Centro',
                        'Te puede interesar:',
                        'Suben 12% los precios del café de especialidad en tiendas de Xalapa',
                        'Lee también:',
                        'Habilitan albergues en Misantla por crecida del río',
                        'Únete a nuestro canal de WhatsApp y recibe las noticias de Veracruz en tu celular.'],
           must_keep=['En años normales el corte fuerte arranca a finales de octubre, pero esta temporada los productores ya contratan cuadrillas desde la primera semana del mes.',
                      '"Si no cortamos ahorita, la cereza se cae y se pudre en el suelo", dijo.',
                      'Algunos productores optaron por vender en cereza para no asumir ese costo.'],
           photo_credit='Rubén Salmerón Vela / Diario del Golfo Centro')

# ---------------------------------------------------------------- bl03 wire (2002 archive record, Yuc.)
bl03 = """PUBLICACION: Diario Peninsular
FECHA: 24/09/2002
SECCION: Local
PAGINA: 4-A
AUTOR: Wilberth Canché Pool
CABEZA: Sin luz ni agua, comisarías del oriente tras el paso del huracán
SUMARIO: Pobladores de Tizimín y Valladolid piden víveres; autoridades calculan semanas para restablecer servicios
TEXTO:
A dos días del paso del huracán por el oriente del estado, una treintena de comisarías de Tizimín, Valladolid y Espita seguían ayer sin energía eléctrica ni agua potable, y sus habitantes recorrían a pie varios kilómetros para conseguir agua en los cenotes y en los pozos de las haciendas.

En San Luis Tzuctuk, una comisaría de unos 600 habitantes, las familias improvisaron techos con lonas y láminas que rescataron de entre los escombros. "Aquí no ha llegado nadie, ni el comisario sabe cuándo van a traer despensas", dijo doña Gregoria Uc Chablé, quien perdió la mitad de su casa de bajareque.

Los caminos blancos que comunican a las comisarías con las cabeceras municipales quedaron bloqueados por árboles derribados. Brigadas del Ejército y voluntarios de Mérida trabajaban con motosierras para abrir paso a los camiones con víveres.

Personal de la compañía de luz estimó que el servicio en las zonas rurales del oriente podría tardar entre dos y tres semanas en restablecerse por completo, porque cientos de postes cayeron sobre los montes.

En Valladolid, el ayuntamiento habilitó cuatro albergues en escuelas del centro, donde hasta anoche permanecían más de 900 personas. Los encargados pidieron donativos de agua embotellada, leche en polvo, pañales y medicamentos para la diarrea.

Los productores de maíz y chile habanero calculan que perdieron la mayor parte de la cosecha de temporal, y pidieron al gobierno del estado que los incluya en los programas de apoyo para volver a sembrar antes de que termine el año.
<<FIN>>
"""
write_source('bl03.txt', bl03, enc='cp1252', eol='cr')
write_gold('bl03', family='wire',
           title='Sin luz ni agua, comisarías del oriente tras el paso del huracán',
           date='2002-09-24', bylines=['Wilberth Canché Pool'],
           source='Diario Peninsular', section='Local',
           body_first_words='A dos días del paso del huracán por el oriente del estado',
           body_last_words='para volver a sembrar antes de que termine el año.',
           boilerplate=['PUBLICACION: Diario Peninsular', 'FECHA: 24/09/2002', 'SECCION: Local',
                        'PAGINA: 4-A', 'AUTOR: Wilberth Canché Pool', 'CABEZA:',
                        'SUMARIO: Pobladores de Tizimín y Valladolid piden víveres; autoridades calculan semanas para restablecer servicios',
                        'TEXTO:', '<<FIN>>'],
           must_keep=['En San Luis Tzuctuk, una comisaría de unos 600 habitantes, las familias improvisaron techos con lonas y láminas que rescataron de entre los escombros.',
                      '"Aquí no ha llegado nadie, ni el comisario sabe cuándo van a traer despensas", dijo doña Gregoria Uc Chablé, quien perdió la mitad de su casa de bajareque.',
                      'Los encargados pidieron donativos de agua embotellada, leche en polvo, pañales y medicamentos para la diarrea.'])

# ---------------------------------------------------------------- bl04 wire (digital native, Sin.)
bl04 = """Pesca | Línea Pacífico
Arranca con baja captura la temporada de camarón de altamar en Mazatlán
1 de octubre de 2025 · Lectura de 4 min

Los primeros barcos camaroneros que zarparon del puerto de Mazatlán al inicio de la temporada de altamar regresaron con capturas menores a las esperadas, de acuerdo con armadores y pescadores consultados en los muelles del parque Bonfil.

Las embarcaciones que salieron en la primera semana reportaron entre 300 y 500 kilos de camarón por viaje, cuando en la temporada pasada el promedio en el arranque rondaba los 800 kilos. Los armadores atribuyen la baja a la temperatura del agua y a la pesca ilegal en las bahías durante la veda.

De las cerca de 200 embarcaciones registradas en el puerto, alrededor de 60 no salieron por falta de recursos para combustible, redes y víveres. Cada viaje de tres semanas cuesta en promedio 1{n}200{n}000 pesos, explicó Fausto Lizárraga Tirado, dirigente de una cooperativa de armadores.

"Estamos saliendo con préstamos; si la segunda marea no mejora, varios barcos se van a quedar amarrados", advirtió.

Los pescadores también señalaron que el precio en playa no ha subido desde el año pasado, mientras que el diésel marino y los salarios de las tripulaciones aumentaron. En los congeladores del puerto se paga el camarón grande a 260 pesos el kilo.

Las autoridades pesqueras informaron que mantendrán la vigilancia en los sistemas lagunares del sur de Sinaloa, donde la temporada para la pesca ribereña abrirá semanas después.

¿Ya nos sigues en TikTok? Encuéntranos como @lineapacifico_ej
Texto y fotos: Ramsés Osuna Lizárraga
""".replace('{n}', NBSP)
write_source('bl04.md', bl04)
write_gold('bl04', family='wire',
           title='Arranca con baja captura la temporada de camarón de altamar en Mazatlán',
           date='2025-10-01', bylines=['Ramsés Osuna Lizárraga'],
           source='Línea Pacífico', section='Pesca',
           body_first_words='Los primeros barcos camaroneros que zarparon del puerto de Mazatlán',
           body_last_words='donde la temporada para la pesca ribereña abrirá semanas después.',
           boilerplate=['Pesca | Línea Pacífico', 'Lectura de 4 min',
                        '¿Ya nos sigues en TikTok? Encuéntranos como @lineapacifico_ej',
                        'Texto y fotos: Ramsés Osuna Lizárraga'],
           must_keep=['De las cerca de 200 embarcaciones registradas en el puerto, alrededor de 60 no salieron por falta de recursos para combustible, redes y víveres.',
                      '"Estamos saliendo con préstamos; si la segunda marea no mejora, varios barcos se van a quedar amarrados", advirtió.',
                      'En los congeladores del puerto se paga el camarón grande a 260 pesos el kilo.'],
           photo_credit='Ramsés Osuna Lizárraga')

# ---------------------------------------------------------------- bl05 wire (web page pasted as Markdown, Pue.)
bl05 = """Inicio » Puebla » Seguridad

# Vecinos de San Andrés Cholula instalan alarmas vecinales tras ola de robos a casa habitación

▶ Escuchar esta nota

Por Alma Tecuatl Ramírez | El Faro Poblano
20 oct 2025 - 07:10

Compartir: Facebook | X | WhatsApp | Copiar enlace

Habitantes de al menos seis fraccionamientos de San Andrés Cholula instalaron alarmas vecinales conectadas a grupos de mensajería, luego de que en las últimas tres semanas se registraron 19 robos a casa habitación en la zona de Lomas de Angelópolis y en los barrios cercanos a la Recta a Cholula.

Los vecinos cooperaron entre 800 y mil 500 pesos por familia para comprar los equipos, que se activan desde el teléfono celular y encienden una sirena y luces en la calle. Relacionado: [Detienen a tres por robo a comercios en la Vía Atlixcáyotl](https://elfaropoblano.example.mx/seguridad/detenidos-atlixcayotl) En algunas privadas también contrataron vigilancia nocturna.

Marisol Coyotl Zempoalteca, integrante de un comité vecinal, relató que los robos ocurren por la mañana, cuando las casas quedan vacías. "Se llevan computadoras, joyas y hasta las bicicletas de los niños, y nadie ve nada", dijo.

La policía municipal informó que aumentó los recorridos en la zona y que trabaja con los comités para que las alarmas avisen también a la central de emergencias. El ayuntamiento pidió a los vecinos presentar las denuncias ante la Fiscalía del estado, porque muchas víctimas sólo reportan los robos en redes sociales.

Especialistas en seguridad recomendaron no publicar en internet los horarios de salida de la familia ni fotografías de los viajes mientras se está fuera de casa.

© 2025 El Faro Poblano. Todos los derechos reservados.
"""
write_source('bl05.md', bl05, bom=True)
write_gold('bl05', family='wire',
           title='Vecinos de San Andrés Cholula instalan alarmas vecinales tras ola de robos a casa habitación',
           date='2025-10-20', bylines=['Alma Tecuatl Ramírez'],
           source='El Faro Poblano', section='Seguridad',
           body_first_words='Habitantes de al menos seis fraccionamientos de San Andrés Cholula',
           body_last_words='ni fotografías de los viajes mientras se está fuera de casa.',
           boilerplate=['Inicio » Puebla » Seguridad', 'Escuchar esta nota',
                        'Compartir: Facebook | X | WhatsApp | Copiar enlace',
                        'Relacionado:', 'Detienen a tres por robo a comercios en la Vía Atlixcáyotl',
                        '© 2025 El Faro Poblano. Todos los derechos reservados.'],
           must_keep=['Los vecinos cooperaron entre 800 y mil 500 pesos por familia para comprar los equipos, que se activan desde el teléfono celular y encienden una sirena y luces en la calle.',
                      'En algunas privadas también contrataron vigilancia nocturna.',
                      '"Se llevan computadoras, joyas y hasta las bicicletas de los niños, y nadie ve nada", dijo.'])

# ---------------------------------------------------------------- bl06 wire (regional agency, Oax., 2011)
bl06 = """Pescadores de Juchitán bloquean la carretera Transístmica | AII Noticias del Istmo
Medio Ambiente

PESCADORES DE JUCHITÁN BLOQUEAN LA TRANSÍSTMICA; EXIGEN FRENAR DRAGADO EN LA LAGUNA SUPERIOR

Gerardo Orozco Toledo | Agencia Istmeña de Información (AII)

JUCHITÁN DE ZARAGOZA, Oax., 19 de mayo de 2011 (AII).- Alrededor de 300 pescadores de las colonias de la Séptima Sección y de Álvaro Obregón bloquearon durante siete horas la carretera Transístmica, a la altura del crucero de la entrada a la ciudad, para exigir que se suspendan los trabajos de dragado en la Laguna Superior.

Los inconformes, que llegaron en camionetas y con sus redes, aseguraron que el material que se extrae del fondo de la laguna enturbia el agua y ahuyenta al camarón y a la lisa, de los que dependen cientos de familias binnizá de la zona.

LEA TAMBIÉN >> Comerciantes del mercado 5 de Septiembre piden reubicación temporal

Rosendo Matus Santiago, representante de una cooperativa pesquera, dijo que nadie les consultó antes de iniciar la obra. "La laguna es nuestra milpa; si la revuelven, no tenemos de qué vivir", afirmó ante los automovilistas que esperaban el paso.

El bloqueo provocó filas de varios kilómetros de tráileres que se dirigían hacia Salina Cruz y hacia Chiapas. Algunos conductores optaron por regresar a Ixtepec para tomar caminos alternos.

Por la tarde, funcionarios de la Secretaría General de Gobierno se reunieron con los pescadores en el palacio municipal y acordaron instalar una mesa de trabajo con la empresa encargada del dragado y con autoridades ambientales federales el próximo lunes.

Los manifestantes levantaron el bloqueo poco antes de las seis de la tarde, pero advirtieron que volverán a la carretera si la obra continúa sin un estudio de impacto ambiental que puedan revisar.

AII/GOT/lrs
"""
write_source('bl06.txt', bl06, enc='cp1252')
write_gold('bl06', family='wire',
           title='PESCADORES DE JUCHITÁN BLOQUEAN LA TRANSÍSTMICA; EXIGEN FRENAR DRAGADO EN LA LAGUNA SUPERIOR',
           date='2011-05-19', bylines=['Gerardo Orozco Toledo'],
           source='Agencia Istmeña de Información', section='Medio Ambiente',
           body_first_words='Alrededor de 300 pescadores de las colonias de la Séptima Sección',
           body_last_words='sin un estudio de impacto ambiental que puedan revisar.',
           boilerplate=['Pescadores de Juchitán bloquean la carretera Transístmica | AII Noticias del Istmo',
                        'JUCHITÁN DE ZARAGOZA, Oax., 19 de mayo de 2011 (AII).-',
                        'LEA TAMBIÉN >> Comerciantes del mercado 5 de Septiembre piden reubicación temporal',
                        'AII/GOT/lrs'],
           must_keep=['de los que dependen cientos de familias binnizá de la zona.',
                      '"La laguna es nuestra milpa; si la revuelven, no tenemos de qué vivir", afirmó ante los automovilistas que esperaban el paso.',
                      'Algunos conductores optaron por regresar a Ixtepec para tomar caminos alternos.'])

# ---------------------------------------------------------------- bl07 wire (business daily web, N.L.)
bl07 = """NEGOCIOS
Nuevo León suma 14 nuevos proyectos de nearshoring en el tercer trimestre
Staff / Pulso Regio
Monterrey, N.L. | 09-oct-2025 | 13:05 hrs
Foto: Especial

Nuevo León concretó 14 nuevos proyectos de inversión extranjera vinculados a la relocalización de cadenas de suministro entre julio y septiembre, con un monto conjunto estimado en 1,870 millones de dólares, según un reporte de una consultora inmobiliaria industrial presentado este jueves ante empresarios.

La mayoría de los proyectos corresponde a empresas de autopartes, electrodomésticos y equipo eléctrico provenientes de Asia y de Estados Unidos, que se instalarán en parques industriales de Apodaca, Salinas Victoria, Escobedo y Santa Catarina.

Te puede interesar: ¿Cuánto cuesta rentar una nave industrial en Apodaca? La consultora advirtió, sin embargo, que la disponibilidad de naves terminadas en el área metropolitana bajó a menos de 3 por ciento, el nivel más bajo en una década, lo que obliga a las empresas a esperar hasta 18 meses para ocupar un edificio construido a la medida.

Gerardo Treviño Garza, director regional de la firma, señaló que el principal cuello de botella sigue siendo el suministro de agua y de energía eléctrica. "Hay inversiones que ya están firmadas y que no se han anunciado porque no tienen garantizada la conexión a la red", explicó.

Los organismos empresariales pidieron a los gobiernos estatal y federal acelerar las obras de transmisión eléctrica en el norte del área metropolitana y los proyectos de reúso de aguas tratadas para la industria.

¿Qué opinas? Déjanos tu comentario.
Síguenos en Google Noticias para más información de negocios.
"""
write_source('bl07.txt', bl07, eol='crlf')
write_gold('bl07', family='wire',
           title='Nuevo León suma 14 nuevos proyectos de nearshoring en el tercer trimestre',
           date='2025-10-09', bylines=[], source='Pulso Regio', section='NEGOCIOS',
           body_first_words='Nuevo León concretó 14 nuevos proyectos de inversión extranjera',
           body_last_words='los proyectos de reúso de aguas tratadas para la industria.',
           boilerplate=['Staff / Pulso Regio', 'Foto: Especial',
                        'Te puede interesar: ¿Cuánto cuesta rentar una nave industrial en Apodaca?',
                        '¿Qué opinas? Déjanos tu comentario.',
                        'Síguenos en Google Noticias para más información de negocios.'],
           must_keep=['La consultora advirtió, sin embargo, que la disponibilidad de naves terminadas en el área metropolitana bajó a menos de 3 por ciento, el nivel más bajo en una década, lo que obliga a las empresas a esperar hasta 18 meses para ocupar un edificio construido a la medida.',
                      '"Hay inversiones que ya están firmadas y que no se han anunciado porque no tienen garantizada la conexión a la red", explicó.',
                      'que se instalarán en parques industriales de Apodaca, Salinas Victoria, Escobedo y Santa Catarina.'],
           photo_credit='Especial')

# ---------------------------------------------------------------- bl08 wire (national agency, corrected repeat, Chis.)
bl08 = """SNN - Servicio Nacional de Noticias    27-10-2025    11:52    ESTADOS
REPITE CON CORRECCIÓN EN EL TERCER PÁRRAFO (número de productores)

CHIAPAS-CAFÉ

Caficultores del Soconusco piden precio de garantía ante la caída de la cotización internacional

Por Mario Jiménez Castañeda, corresponsal

TAPACHULA, Chis., 27 de octubre de 2025 (SNN).\u2013 Organizaciones de pequeños productores de café de la región del Soconusco pidieron a los gobiernos federal y estatal establecer un precio de garantía para la cosecha que comienza en noviembre, luego de que la cotización internacional del grano cayó durante las últimas seis semanas.

En una reunión celebrada en el ejido Nueva Alemania, en el municipio de Tapachula, los representantes de 14 organizaciones señalaron que los intermediarios ya ofrecen precios por debajo del costo de producción para el café pergamino.

De acuerdo con sus registros, en la región hay alrededor de 21 mil productores, la mayoría con parcelas de menos de tres hectáreas en las partes altas de Tapachula, Cacahoatán, Unión Juárez y Motozintla.

Eliseo Roblero Pérez, productor de Unión Juárez, explicó que el costo del corte subió porque muchos jornaleros guatemaltecos que tradicionalmente llegaban para la cosecha ahora buscan trabajo en otras actividades. "Ya no alcanza para pagar la mano de obra si nos siguen pagando como el año pasado", dijo.

Los caficultores también pidieron ampliar el programa de entrega de plantas resistentes a la roya y abrir centros de acopio públicos para reducir la dependencia de los compradores privados.

Con información de Liliana Cruz Vázquez.

SNN/MJC/ros
-0-
"""
write_source('bl08.txt', bl08)
write_gold('bl08', family='wire',
           title='Caficultores del Soconusco piden precio de garantía ante la caída de la cotización internacional',
           date='2025-10-27', bylines=['Mario Jiménez Castañeda'],
           source='Servicio Nacional de Noticias', section='ESTADOS',
           body_first_words='Organizaciones de pequeños productores de café de la región del Soconusco',
           body_last_words='para reducir la dependencia de los compradores privados.',
           boilerplate=['REPITE CON CORRECCIÓN EN EL TERCER PÁRRAFO (número de productores)',
                        'CHIAPAS-CAFÉ', 'TAPACHULA, Chis., 27 de octubre de 2025 (SNN).\u2013',
                        'Con información de Liliana Cruz Vázquez.', 'SNN/MJC/ros'],
           must_keep=['De acuerdo con sus registros, en la región hay alrededor de 21 mil productores, la mayoría con parcelas de menos de tres hectáreas en las partes altas de Tapachula, Cacahoatán, Unión Juárez y Motozintla.',
                      '"Ya no alcanza para pagar la mano de obra si nos siguen pagando como el año pasado", dijo.',
                      'los representantes de 14 organizaciones señalaron que los intermediarios ya ofrecen precios por debajo del costo de producción para el café pergamino.'])

# ---------------------------------------------------------------- bl09 press (state congress, Tab.)
bl09 = """H. CONGRESO DEL ESTADO DE TABASCO
LXV LEGISLATURA
Coordinación de Comunicación Social y Relaciones Públicas

Boletín Núm. 214

Aprueban diputados reforma para sancionar la quema de pastizales en temporada de estiaje

Villahermosa, Tabasco, 08/10/2025.- Con 31 votos a favor y uno en contra, el Pleno de la LXV Legislatura aprobó reformas a la Ley de Protección Ambiental del Estado de Tabasco para sancionar con multas de hasta 500 Unidades de Medida y Actualización a quien realice quemas de pastizales, basura o residuos agrícolas sin autorización durante la temporada de estiaje.

El dictamen, elaborado por la Comisión Ordinaria de Medio Ambiente y Cambio Climático, establece que los ayuntamientos deberán publicar cada año un calendario de quemas controladas en coordinación con la Comisión Nacional Forestal y con Protección Civil estatal.

Durante la discusión, la diputada presidenta de la comisión recordó que en la última temporada de secas se registraron más de 400 incendios en pastizales de los municipios de Centla, Jonuta, Balancán y Tenosique, algunos de los cuales alcanzaron zonas de la Reserva de la Biosfera Pantanos de Centla.

La reforma contempla además que el dinero recaudado por las multas se destine a la compra de equipo para brigadas comunitarias de combate de incendios y a campañas de prevención dirigidas a productores ganaderos.

El único voto en contra fue del diputado que preside la Comisión de Desarrollo Agropecuario, quien consideró que las sanciones deben diferenciar entre grandes propietarios y pequeños productores que usan el fuego para preparar sus parcelas.

El decreto será remitido al Poder Ejecutivo para su publicación en el Periódico Oficial del Estado y entrará en vigor al día siguiente.

-30-

Coordinación de Comunicación Social
Tel. 993 555 0318
comunicacion@congresotabasco.example.mx
"""
write_source('bl09.txt', bl09, enc='cp1252', eol='crlf')
write_gold('bl09', family='press_release',
           title='Aprueban diputados reforma para sancionar la quema de pastizales en temporada de estiaje',
           date='2025-10-08', source='H. CONGRESO DEL ESTADO DE TABASCO',
           bulletin_number='214', issuer='H. CONGRESO DEL ESTADO DE TABASCO',
           dateline_city='Villahermosa',
           body_first_words='Con 31 votos a favor y uno en contra, el Pleno de la LXV Legislatura',
           body_last_words='y entrará en vigor al día siguiente.',
           boilerplate=['LXV LEGISLATURA', 'Coordinación de Comunicación Social y Relaciones Públicas',
                        'Boletín Núm. 214', 'Villahermosa, Tabasco, 08/10/2025.-', '-30-',
                        'Tel. 993 555 0318', 'comunicacion@congresotabasco.example.mx'],
           must_keep=['El dictamen, elaborado por la Comisión Ordinaria de Medio Ambiente y Cambio Climático, establece que los ayuntamientos deberán publicar cada año un calendario de quemas controladas en coordinación con la Comisión Nacional Forestal y con Protección Civil estatal.',
                      'algunos de los cuales alcanzaron zonas de la Reserva de la Biosfera Pantanos de Centla.',
                      'El decreto será remitido al Poder Ejecutivo para su publicación en el Periódico Oficial del Estado y entrará en vigor al día siguiente.'])

# ---------------------------------------------------------------- bl10 press (state health ministry, Chis.)
bl10 = """**SECRETARÍA DE SALUD DEL ESTADO DE CHIAPAS**
Comunicado SSCH/CS/0614/2025

## Intensifican acciones contra el dengue en 42 municipios de las regiones Costa y Soconusco

- **Se realizarán recorridos casa por casa para eliminar criaderos de mosquitos**
- **Brigadas aplicarán nebulización en las colonias con mayor número de casos**

Tuxtla Gutiérrez, Chiapas; 16 de octubre de 2025.- La Secretaría de Salud del estado puso en marcha una jornada intensiva de control del mosquito transmisor del dengue en 42 municipios de las regiones Costa y Soconusco, donde en las últimas cuatro semanas se concentró el 70 por ciento de los casos confirmados en la entidad.

Durante tres semanas, 380 brigadistas visitarán viviendas, escuelas, panteones y tianguis para eliminar recipientes que acumulan agua, aplicar larvicida en tinacos y pilas, y orientar a las familias sobre los síntomas de alarma.

En las colonias con mayor número de casos de Tapachula, Huixtla, Tonalá y Pijijiapan se aplicará nebulización espacial por las tardes. Las autoridades pidieron a la población abrir puertas y ventanas cuando pasen los vehículos y mantener alejados a los animales domésticos.

El titular de Epidemiología estatal, Saúl Gordillo Nandayapa, recordó que el dengue no tiene un tratamiento específico y que la automedicación puede agravar el cuadro. "Ante fiebre alta, dolor detrás de los ojos o manchas en la piel, hay que acudir de inmediato a la unidad de salud más cercana", indicó.

Los hospitales de la región cuentan con áreas de hidratación y con reservas de pruebas rápidas para atender la demanda. La dependencia reiteró que la consulta y el tratamiento son gratuitos en todas sus unidades.

---o0o---

Síguenos: Facebook /SaludChiapasEj | X @SaludChisEj | Instagram @saludchiapas_ej
"""
write_source('bl10.md', bl10)
write_gold('bl10', family='press_release',
           title='Intensifican acciones contra el dengue en 42 municipios de las regiones Costa y Soconusco',
           date='2025-10-16', source='SECRETARÍA DE SALUD DEL ESTADO DE CHIAPAS',
           bulletin_number='SSCH/CS/0614/2025', issuer='SECRETARÍA DE SALUD DEL ESTADO DE CHIAPAS',
           dateline_city='Tuxtla Gutiérrez',
           body_first_words='Se realizarán recorridos casa por casa para eliminar criaderos de mosquitos',
           body_last_words='la consulta y el tratamiento son gratuitos en todas sus unidades.',
           boilerplate=['Comunicado SSCH/CS/0614/2025', 'Tuxtla Gutiérrez, Chiapas; 16 de octubre de 2025.-',
                        '---o0o---', 'Síguenos: Facebook /SaludChiapasEj | X @SaludChisEj | Instagram @saludchiapas_ej'],
           must_keep=['Brigadas aplicarán nebulización en las colonias con mayor número de casos',
                      'Durante tres semanas, 380 brigadistas visitarán viviendas, escuelas, panteones y tianguis para eliminar recipientes que acumulan agua, aplicar larvicida en tinacos y pilas, y orientar a las familias sobre los síntomas de alarma.',
                      '"Ante fiebre alta, dolor detrás de los ojos o manchas en la piel, hay que acudir de inmediato a la unidad de salud más cercana", indicó.'])
