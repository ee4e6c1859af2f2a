"""ap01-ap10."""
from common import write_text, write_bytes, gold, bad

NB = '\u00a0'

# ---------------------------------------------------------------- ap01 wire, Sonora
write_text('ap01', 'md', f'''
## Cierran carriles de la carretera a Bahía de Kino por reencarpetado de 14 kilómetros

Por{NB}Ramiro Félix Arvizu | El Pitic Noticias | 14/03/2024   

Foto: Especial

La Secretaría de Infraestructura y Desarrollo Urbano de Sonora cerrará a partir del próximo lunes un carril en cada sentido de la carretera Hermosillo-Bahía de Kino, entre los kilómetros 32 y 46, para reencarpetar un tramo que acumula baches desde las lluvias del verano pasado.  

El residente de obra, Omar Valenzuela Ibarra, explicó que los trabajos durarán alrededor de siete semanas y se realizarán de 6:00 a 18:00 horas, con banderilleros en ambos extremos del tramo. Lee también: Prevén temperaturas de hasta 36 grados en Hermosillo este fin de semana Durante la noche la circulación quedará libre, aunque con una velocidad máxima de 60 kilómetros por hora.

La inversión asciende a 87.4 millones de pesos del fondo estatal de caminos y contempla, además de la carpeta asfáltica de cinco centímetros, el balizamiento completo del tramo y la colocación de 320 vialetas reflejantes.

Transportistas de la costa pidieron que se habiliten los acotamientos como carril de rebase para los camiones que sacan la producción de sandía y melón hacia la capital. Al respecto, Valenzuela Ibarra dijo que la dependencia revisará la propuesta con la Policía Estatal de Seguridad Pública antes de que arranque la obra.

"Vamos a tener filas de diez o quince minutos en las horas pico; pedimos a los automovilistas que salgan con tiempo y respeten los señalamientos", señaló el funcionario.

Los trabajos se suspenderán por completo durante los fines de semana de Semana Santa para no afectar el flujo de visitantes a Bahía de Kino, que en 2023 recibió a cerca de 180 mil personas en el periodo vacacional, según cifras del ayuntamiento de Hermosillo.

Te invitamos a seguir a El Pitic Noticias en Facebook, X e Instagram como @elpiticnoticias
''')
gold('ap01', family='wire',
     title='Cierran carriles de la carretera a Bahía de Kino por reencarpetado de 14 kilómetros',
     date='2024-03-14', bylines=['Ramiro Félix Arvizu'], source='El Pitic Noticias',
     body_first_words='La Secretaría de Infraestructura y Desarrollo Urbano de Sonora cerrará',
     body_last_words='en el periodo vacacional, según cifras del ayuntamiento de Hermosillo.',
     boilerplate=['Foto: Especial',
                  'Lee también: Prevén temperaturas de hasta 36 grados en Hermosillo este fin de semana',
                  'Te invitamos a seguir a El Pitic Noticias', '@elpiticnoticias'],
     must_keep=['El residente de obra, Omar Valenzuela Ibarra, explicó que los trabajos durarán alrededor de siete semanas y se realizarán de 6:00 a 18:00 horas, con banderilleros en ambos extremos del tramo.',
                'Durante la noche la circulación quedará libre, aunque con una velocidad máxima de 60 kilómetros por hora.',
                'Al respecto, Valenzuela Ibarra dijo que la dependencia revisará la propuesta con la Policía Estatal de Seguridad Pública antes de que arranque la obra.'],
     photo_credit='Especial')

# ---------------------------------------------------------------- ap02 press, Yucatán (cp1252, CRLF)
write_text('ap02', 'txt', '''
GOBIERNO DEL ESTADO DE YUCATÁN
Secretaría de Desarrollo Rural
Boletín 1102

Arranca entrega de semilla certificada de maíz para 9 mil milperos del oriente del estado

Mérida, Yucatán, 3 de mayo de 2023.- Con la entrega de 270 toneladas de semilla certificada de maíz, la Secretaría de Desarrollo Rural (Seder) inició en Valladolid la distribución de apoyos para el ciclo primavera-verano, que este año alcanzará a 9 mil 140 productores de milpa de 24 municipios del oriente del estado.

El titular de la dependencia, Jorge Alberto Canché Poot, explicó que cada productor recibirá 20 kilogramos de semilla de variedades nativas mejoradas, suficientes para sembrar una hectárea, así como un paquete de biofertilizante y asesoría técnica durante todo el ciclo.

“La milpa sigue siendo la base de la alimentación de miles de familias mayas; queremos que este año lleguen a la siembra con semilla de calidad y antes de que se establezcan las lluvias”, señaló el funcionario durante el arranque en la comisaría de Popolá.

Las variedades que se distribuyen fueron seleccionadas junto con investigadores de la región a partir de maíces criollos como el nal-tel y el xmejen-nal, que resisten mejor la sequía intraestival y maduran en menos de 90 días.

La entrega continuará la próxima semana en Tizimín, Espita, Chemax y Tixcacalcupul, y concluirá el 26 de mayo en Peto y Tzucacab. Los productores deberán presentar identificación oficial y su número de registro en el padrón estatal de milperos.

La Seder informó que, para quienes no alcanzaron a registrarse, la ventanilla de inscripción permanecerá abierta en las oficinas regionales hasta el 15 de mayo.

---o0o---

Unidad de Comunicación Social
Secretaría de Desarrollo Rural
Tel. (999) 924 17 60, ext. 41207
comunicacion.seder@yucatan.example.mx
Facebook: /SederYucatanOficial | X: @SederYuc
''', enc='cp1252', eol='crlf')
gold('ap02', family='press_release',
     title='Arranca entrega de semilla certificada de maíz para 9 mil milperos del oriente del estado',
     date='2023-05-03', source='Secretaría de Desarrollo Rural', bulletin_number='1102',
     issuer='Secretaría de Desarrollo Rural', dateline_city='Mérida',
     body_first_words='Con la entrega de 270 toneladas de semilla certificada de maíz,',
     body_last_words='permanecerá abierta en las oficinas regionales hasta el 15 de mayo.',
     boilerplate=['GOBIERNO DEL ESTADO DE YUCATÁN', 'Boletín 1102', '---o0o---',
                  'Unidad de Comunicación Social', 'Tel. (999) 924 17 60, ext. 41207',
                  'comunicacion.seder@yucatan.example.mx', '@SederYuc'],
     must_keep=['El titular de la dependencia, Jorge Alberto Canché Poot, explicó que cada productor recibirá 20 kilogramos de semilla de variedades nativas mejoradas, suficientes para sembrar una hectárea, así como un paquete de biofertilizante y asesoría técnica durante todo el ciclo.',
                'Los productores deberán presentar identificación oficial y su número de registro en el padrón estatal de milperos.'])

# ---------------------------------------------------------------- ap03 jekyll, Baja California Sur
write_text('ap03', 'markdown', '''
---
layout: post
title: "Liberan mil 200 crías de tortuga golfina en la playa El Conchalito"
date: 2023-11-05 21:30:00 -0700
author: Marisol Geraldo Amador
categories: [Portada, Medio Ambiente]
tags: [tortugas, La Paz, conservación]
site_name: La Bahía Informa
image: /assets/img/2023/11/golfinas-conchalito.jpg
---

Voluntarios del campamento tortuguero de El Conchalito, en La Paz, liberaron este domingo mil 200 crías de tortuga golfina, la mayor cantidad registrada en una sola jornada desde que el campamento comenzó a operar en 2016.

Foto: La Bahía Informa / Marisol Geraldo

La bióloga Itzel Mendoza Cota, responsable del vivero, explicó que las crías provienen de 14 nidos que fueron reubicados entre agosto y septiembre desde zonas de la playa expuestas a la marea alta y al paso de vehículos. El periodo de incubación fue de entre 48 y 52 días.

"Este año tuvimos una temporada muy buena: contamos 96 nidos en el corredor de El Comitán a El Mogote, casi el doble que en 2022", dijo Mendoza Cota, quien atribuyó el aumento a la vigilancia nocturna que realizan estudiantes de la universidad estatal.

La liberación se realizó al atardecer, como recomiendan los protocolos de las autoridades ambientales, para reducir la depredación de aves. Cerca de 300 personas, la mayoría familias, se acercaron a observar desde un perímetro delimitado con cuerda.

Los voluntarios pidieron a los visitantes no usar linternas ni luces de celular en la playa durante la noche, pues desorientan a las crías y las alejan del mar. También recordaron que manipular huevos o crías de tortuga es un delito federal.

El campamento mantendrá la vigilancia hasta finales de diciembre, cuando se espera la eclosión de los últimos 11 nidos de la temporada.

Lee también: Cierran temporalmente el acceso vehicular a Balandra por limpieza de playa
''')
gold('ap03', family='jekyll',
     title='Liberan mil 200 crías de tortuga golfina en la playa El Conchalito',
     date='2023-11-05', bylines=['Marisol Geraldo Amador'], source='La Bahía Informa',
     section='Medio Ambiente', placement=['Portada'],
     body_first_words='Voluntarios del campamento tortuguero de El Conchalito, en La Paz,',
     body_last_words='cuando se espera la eclosión de los últimos 11 nidos de la temporada.',
     boilerplate=['Foto: La Bahía Informa / Marisol Geraldo',
                  'Lee también: Cierran temporalmente el acceso vehicular a Balandra por limpieza de playa'],
     must_keep=['El periodo de incubación fue de entre 48 y 52 días.',
                'También recordaron que manipular huevos o crías de tortuga es un delito federal.'],
     photo_credit='La Bahía Informa / Marisol Geraldo')

# ---------------------------------------------------------------- ap04 generic, Durango
write_text('ap04', 'txt', f'''
Productores de frijol de Durango piden precio de garantía de 18 pesos por kilo  

\tAlrededor de 400 productores de frijol de los municipios de Guadalupe Victoria, Cuencamé y Pánuco de Coronado se manifestaron este martes frente al Palacio de Gobierno, en la capital del estado, para exigir un precio de garantía de 18 pesos por kilogramo para la cosecha del ciclo primavera-verano.

\tLos agricultores llegaron desde temprano en camionetas cargadas con costales de frijol pinto saladito, que colocaron sobre la banqueta de la calle 5 de Febrero. Aseguraron que los intermediarios les ofrecen entre 11 y 12{NB}pesos por kilo, cantidad que no alcanza a cubrir los costos de semilla, diésel y renta de maquinaria.   

\tEl dirigente de la Unión de Productores del Valle del Guadiana, Eleazar Soto Quiñones, afirmó que en la región hay al menos 35 mil toneladas almacenadas en bodegas y patios sin comprador. "Si no hay un precio justo, muchos compañeros ya no van a sembrar el próximo año", advirtió.

\tUna comisión de diez productores fue recibida por funcionarios de la Secretaría de Agricultura, Ganadería y Desarrollo Rural estatal, quienes se comprometieron a gestionar ante el gobierno federal la ampliación del programa de acopio y a instalar una mesa de trabajo el próximo lunes.

\tLos manifestantes advirtieron que, si no hay respuesta, bloquearán la carretera federal 40 a la altura de Guadalupe Victoria.
''')
gold('ap04', family='generic',
     title='Productores de frijol de Durango piden precio de garantía de 18 pesos por kilo',
     body_first_words='Alrededor de 400 productores de frijol de los municipios de Guadalupe Victoria,',
     body_last_words='bloquearán la carretera federal 40 a la altura de Guadalupe Victoria.',
     must_keep=['Aseguraron que los intermediarios les ofrecen entre 11 y 12 pesos por kilo, cantidad que no alcanza a cubrir los costos de semilla, diésel y renta de maquinaria.',
                'Una comisión de diez productores fue recibida por funcionarios de la Secretaría de Agricultura, Ganadería y Desarrollo Rural estatal, quienes se comprometieron a gestionar ante el gobierno federal la ampliación del programa de acopio y a instalar una mesa de trabajo el próximo lunes.'])

# ---------------------------------------------------------------- ap05 wire, Veracruz (CRLF)
write_text('ap05', 'text', '''
**Suspenden servicio de agua en 47 colonias de Xalapa por reparación del acueducto Huitzilapan**

Redacción Golfo Hoy | 22 de agosto de 2022

La Comisión Municipal de Agua Potable y Saneamiento (CMAS) de Xalapa anunció que a partir de las 8:00 horas del miércoles suspenderá el suministro en 47 colonias del sur y oriente de la ciudad, debido a los trabajos de reparación de una fuga en la línea de conducción del sistema Huitzilapan, a la altura de la comunidad de Tlalnelhuayocan.

El director técnico del organismo, Saúl Landa Mortera, informó que la fuga, de aproximadamente 60 litros por segundo, fue detectada el fin de semana en un tramo de tubería de acero de 36 pulgadas instalado hace más de cuatro décadas. Se prevé que las labores duren 36 horas y que el servicio se restablezca de manera gradual a partir de la noche del jueves.

Entre las zonas afectadas se encuentran las colonias Revolución, Rafael Lucio, Casa Blanca, Progreso Macuiltépetl y Lomas Verdes, así como parte del fraccionamiento Las Ánimas. La CMAS recomendó a los usuarios almacenar agua con anticipación y reducir su consumo durante el periodo de la reparación.

Para atender a hospitales, escuelas y albergues, el organismo dispondrá de 12 pipas que realizarán recorridos programados. Los vecinos que requieran el servicio podrán solicitarlo al teléfono de atención ciudadana 073, en un horario de 7:00 a 22:00 horas. Te puede interesar | Xalapa registra el agosto más lluvioso en una década

Landa Mortera explicó que, aunque la temporada de lluvias eleva el caudal en la zona de captación, la reparación no podía aplazarse porque la fuga amenazaba con socavar el terreno junto al camino vecinal.

Con información de Lorena Pale Hernández
''', eol='crlf')
gold('ap05', family='wire',
     title='Suspenden servicio de agua en 47 colonias de Xalapa por reparación del acueducto Huitzilapan',
     date='2022-08-22', bylines=[], source='Golfo Hoy',
     body_first_words='La Comisión Municipal de Agua Potable y Saneamiento (CMAS) de Xalapa',
     body_last_words='porque la fuga amenazaba con socavar el terreno junto al camino vecinal.',
     boilerplate=['Te puede interesar | Xalapa registra el agosto más lluvioso en una década',
                  'Con información de Lorena Pale Hernández'],
     must_keep=['Los vecinos que requieran el servicio podrán solicitarlo al teléfono de atención ciudadana 073, en un horario de 7:00 a 22:00 horas.',
                'Se prevé que las labores duren 36 horas y que el servicio se restablezca de manera gradual a partir de la noche del jueves.'])

# ---------------------------------------------------------------- ap06 bad: front matter, no body
write_text('ap06', 'md', '''
---
layout: post
title: "Inauguran corredor de artesanías en el centro de Aguascalientes"
date: 2022-09-14 10:00:00 -0600
categories: [Cultura, Portada]
author: Redacción
---

''')
bad('ap06', 'Solo tiene encabezado YAML (front matter) y ningún cuerpo de texto')

# ---------------------------------------------------------------- ap07 press, Monterrey (municipal)
write_text('ap07', 'md', '''
**GOBIERNO DE MONTERREY**
Secretaría de Servicios Públicos

Comunicado 071/2024

Monterrey, Nuevo León, a 9 de marzo de 2024

# Arranca programa de poda preventiva en 38 colonias antes de la temporada de vientos

Con el objetivo de reducir el riesgo de caída de ramas sobre viviendas, vehículos y cables de energía eléctrica, la Secretaría de Servicios Públicos de Monterrey inició el programa de poda preventiva 2024, que atenderá durante las próximas ocho semanas a 38 colonias del norte y poniente de la ciudad.

El secretario de Servicios Públicos, Héctor Garza Villarreal, informó que cuadrillas con 64 trabajadores y seis camiones con canastilla recorrerán primero las colonias Mitras Centro, Cumbres Elite, Topo Chico, San Bernabé y Valle de Infonavit, donde el año pasado se registró el mayor número de reportes por árboles caídos.

"Marzo y abril son los meses con las rachas de viento más fuertes en la zona metropolitana; si atendemos ahora los árboles con ramas secas o muy cargadas, evitamos accidentes y cortes de luz", explicó el funcionario.

Los trabajos se realizan con apoyo técnico de la Dirección de Parques y Jardines, cuyo personal evalúa cada ejemplar antes de intervenirlo para que la poda no comprometa su salud. Solo se retirarán árboles completos cuando presenten plagas avanzadas o riesgo inminente de caída, previa autorización de la autoridad ambiental.

Los residuos de poda serán triturados y convertidos en composta para las áreas verdes municipales. Se estima recolectar alrededor de 900 toneladas de material vegetal durante el programa.

La ciudadanía puede solicitar la revisión de un árbol en vía pública a través de la línea MTY 070 o de la aplicación Monterrey Responde, indicando la dirección y, de ser posible, una fotografía del ejemplar.

-oOo-

Síguenos en redes sociales:
Facebook: /ServiciosPublicosMty
X e Instagram: @ServPublicosMty
prensa.serviciospublicos@monterrey.example.mx
''')
gold('ap07', family='press_release',
     title='Arranca programa de poda preventiva en 38 colonias antes de la temporada de vientos',
     date='2024-03-09', source='Secretaría de Servicios Públicos', bulletin_number='071/2024',
     issuer='Secretaría de Servicios Públicos', dateline_city='Monterrey',
     body_first_words='Con el objetivo de reducir el riesgo de caída de ramas',
     body_last_words='indicando la dirección y, de ser posible, una fotografía del ejemplar.',
     boilerplate=['GOBIERNO DE MONTERREY', 'Comunicado 071/2024', '-oOo-',
                  'Síguenos en redes sociales:', '@ServPublicosMty',
                  'prensa.serviciospublicos@monterrey.example.mx'],
     must_keep=['Solo se retirarán árboles completos cuando presenten plagas avanzadas o riesgo inminente de caída, previa autorización de la autoridad ambiental.',
                'Se estima recolectar alrededor de 900 toneladas de material vegetal durante el programa.'])

# ---------------------------------------------------------------- ap08 jekyll, Zacatecas (draft, day-first date)
write_text('ap08', 'md', '''
---
layout: post
title: 'Bibliotecas comunitarias de Jerez reciben 4 mil libros donados por migrantes'
date: 23/04/2019
author:
  - Claudia Berumen Ríos
category: Cultura
tags:
  - bibliotecas
  - migrantes
  - Jerez
draft: true
site_name: Voces de Zacatecas
---

Cinco bibliotecas comunitarias de Jerez recibieron un lote de 4 mil 120 libros reunidos por clubes de migrantes zacatecanos radicados en California e Illinois, en una entrega que coincidió con la celebración del Día Internacional del Libro.

La donación fue organizada por una federación de clubes zacatecanos del sur de California y por el club Jerezanos Unidos de Chicago, que durante seis meses recolectaron ejemplares en escuelas, iglesias y ferias de libro usado. El envío cruzó la frontera en dos camionetas y fue revisado en la aduana de Ciudad Juárez antes de llegar al municipio.

La coordinadora de las bibliotecas, Yolanda Márquez Félix, explicó que cerca de la mitad de los títulos son de literatura infantil y juvenil en español, mientras que el resto incluye novelas, libros de historia regional y material para aprender inglés.

"Hay niños de las comunidades que tienen a sus papás del otro lado y ahora van a poder leer los mismos libros que leen sus primos allá", comentó.

Los libros se repartirán entre las bibliotecas de Ermita de Guadalupe, Los Haro, El Cargadero, Santa Fe y la cabecera municipal, que en conjunto atienden a unos 2 mil usuarios al mes. Cada una recibirá además un estante nuevo fabricado por alumnos del bachillerato técnico agropecuario de la región.

Los clubes de migrantes anunciaron que planean una segunda colecta para el otoño, enfocada en libros de ciencias y matemáticas para secundaria.

Síguenos en Facebook como Voces de Zacatecas y comparte esta nota.
''')
gold('ap08', family='jekyll',
     title='Bibliotecas comunitarias de Jerez reciben 4 mil libros donados por migrantes',
     date='2019-04-23', published=False, bylines=['Claudia Berumen Ríos'],
     source='Voces de Zacatecas', section='Cultura',
     body_first_words='Cinco bibliotecas comunitarias de Jerez recibieron un lote de 4 mil 120 libros',
     body_last_words='enfocada en libros de ciencias y matemáticas para secundaria.',
     boilerplate=['Síguenos en Facebook como Voces de Zacatecas'],
     must_keep=['El envío cruzó la frontera en dos camionetas y fue revisado en la aduana de Ciudad Juárez antes de llegar al municipio.',
                'Cada una recibirá además un estante nuevo fabricado por alumnos del bachillerato técnico agropecuario de la región.'])

# ---------------------------------------------------------------- ap09 wire, Sinaloa (cp1252, ALL CAPS)
write_text('ap09', 'txt', '''
PESCADORES DE MAZATLÁN ALISTAN REDES Y MOTORES A DOS SEMANAS DEL ARRANQUE DE LA TEMPORADA DE CAMARÓN
Gilberto Osuna Lizárraga / Marea Alta Noticias
Mazatlán, Sinaloa, 28/08/2025 09:40 hrs.

A dos semanas de que se levante la veda de camarón en altamar, en los astilleros y muelles del puerto se trabaja a marchas forzadas para terminar la reparación de redes, motores y equipos de refrigeración de la flota mazatleca, que este año saldrá con alrededor de 320 barcos.

Armadores consultados coincidieron en que la temporada 2025-2026 arranca con costos más altos que la anterior. El diésel marino, las refacciones y los víveres para viajes de hasta 25 días representan una inversión de entre 450 mil y 600 mil pesos por embarcación, antes de capturar el primer kilo.

Rosendo Tirado Beltrán, presidente de una cooperativa de armadores con 41 barcos, explicó que la mayor preocupación es conseguir tripulación. “Muchos muchachos se fueron a trabajar a la construcción o a los hoteles; nos faltan motoristas y cocineros con experiencia”, dijo.

En los talleres de redes, las tejedoras trabajan jornadas de hasta diez horas para entregar a tiempo las redes de arrastre, que deben llevar instalados los dispositivos excluidores de tortugas marinas y de peces para obtener el certificado de la autoridad pesquera.

Las autoridades federales de pesca realizarán las inspecciones a partir del 5 de septiembre. Los barcos que no cuenten con los dispositivos o con el equipo de monitoreo satelital en funcionamiento no recibirán el despacho para zarpar.

En cuanto al precio, los armadores esperan que el camarón de tallas grandes se mantenga por encima de los 300 pesos por kilo en playa, aunque advierten que el producto de granja importado presiona a la baja el mercado nacional.

MÁS NOTICIAS
Reportan ocupación hotelera de 78 por ciento en el puerto durante el fin de semana
Inicia rehabilitación del malecón en el tramo de Olas Altas
Detienen a dos por robo de motores fuera de borda en Isla de la Piedra
''', enc='cp1252')
gold('ap09', family='wire',
     title='PESCADORES DE MAZATLÁN ALISTAN REDES Y MOTORES A DOS SEMANAS DEL ARRANQUE DE LA TEMPORADA DE CAMARÓN',
     date='2025-08-28', bylines=['Gilberto Osuna Lizárraga'], source='Marea Alta Noticias',
     body_first_words='A dos semanas de que se levante la veda de camarón',
     body_last_words='el producto de granja importado presiona a la baja el mercado nacional.',
     boilerplate=['MÁS NOTICIAS',
                  'Reportan ocupación hotelera de 78 por ciento en el puerto durante el fin de semana',
                  'Inicia rehabilitación del malecón en el tramo de Olas Altas',
                  'Detienen a dos por robo de motores fuera de borda en Isla de la Piedra'],
     must_keep=['Los barcos que no cuenten con los dispositivos o con el equipo de monitoreo satelital en funcionamiento no recibirán el despacho para zarpar.',
                'Rosendo Tirado Beltrán, presidente de una cooperativa de armadores con 41 barcos, explicó que la mayor preocupación es conseguir tripulación.'])

# ---------------------------------------------------------------- ap10 press, Jalisco judiciary (BOM, CRLF)
write_text('ap10', 'txt', '''
PODER JUDICIAL DEL ESTADO DE JALISCO
Consejo de la Judicatura del Estado de Jalisco
No. 318/2023

Guadalajara, Jalisco, 17 de octubre de 2023.

Abre el Consejo de la Judicatura módulo de orientación para juicios de pensión alimenticia en Ciudad Judicial

El Consejo de la Judicatura del Estado de Jalisco puso en marcha un módulo de orientación gratuita para personas que buscan iniciar o dar seguimiento a un juicio de pensión alimenticia, ubicado en la planta baja de Ciudad Judicial, en el municipio de Zapopan.

El consejero Raúl Ibarra Anguiano explicó que el módulo será atendido por seis personas servidoras públicas con formación en derecho familiar, quienes orientarán sobre los requisitos para presentar una demanda, la documentación necesaria para acreditar los ingresos del deudor alimentario y los plazos de cada etapa del procedimiento.

De acuerdo con cifras del propio Consejo, durante 2022 los juzgados familiares del Primer Partido Judicial recibieron más de 11 mil demandas relacionadas con alimentos, lo que representa casi la mitad de los asuntos que ingresan en esa materia.

"Muchas madres llegan sin saber qué documentos traer o a qué juzgado acudir, y pierden días de trabajo en vueltas innecesarias; queremos que desde la primera visita sepan exactamente qué hacer", señaló el consejero.

El módulo funcionará de lunes a viernes, de 9:00 a 15:00 horas, y contará con un área de espera para niñas y niños. Quienes no puedan acudir en persona podrán agendar una asesoría telefónica a través del número 33 3000 4118, extensión 2210.

Además, el Consejo anunció que en enero próximo se abrirán módulos similares en los partidos judiciales de Puerto Vallarta, Lagos de Moreno y Ciudad Guzmán.

###

Contacto para medios:
Dirección de Comunicación Social del Consejo de la Judicatura
comunicacion.cj@pjjalisco.example.mx
Tel. 33 3000 4100, ext. 1050
''', eol='crlf', bom=True)
gold('ap10', family='press_release',
     title='Abre el Consejo de la Judicatura módulo de orientación para juicios de pensión alimenticia en Ciudad Judicial',
     date='2023-10-17', source='Consejo de la Judicatura del Estado de Jalisco',
     bulletin_number='318/2023', issuer='Consejo de la Judicatura del Estado de Jalisco',
     dateline_city='Guadalajara',
     body_first_words='El Consejo de la Judicatura del Estado de Jalisco puso en marcha',
     body_last_words='en los partidos judiciales de Puerto Vallarta, Lagos de Moreno y Ciudad Guzmán.',
     boilerplate=['PODER JUDICIAL DEL ESTADO DE JALISCO', 'No. 318/2023', '###',
                  'Contacto para medios:', 'comunicacion.cj@pjjalisco.example.mx',
                  'Tel. 33 3000 4100, ext. 1050'],
     must_keep=['Quienes no puedan acudir en persona podrán agendar una asesoría telefónica a través del número 33 3000 4118, extensión 2210.',
                'El módulo funcionará de lunes a viernes, de 9:00 a 15:00 horas, y contará con un área de espera para niñas y niños.'])
