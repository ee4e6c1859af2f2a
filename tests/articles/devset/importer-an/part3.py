"""Files an21-an30."""
from common import write_src, write_raw, gold, bad_gold, NBSP

# ---------------------------------------------------------------- an21 jekyll (CAPS author / Corresponsal, published:false, ISO T date, CRLF)
t = """---
layout: post
title: "Cañeros de la Huasteca frenan entregas al ingenio por retraso en pagos de la zafra"
date: 2025-01-31T07:15:00-06:00
author: "FERNANDA LOZANO / Corresponsal"
categories:
  - Destacadas
  - Economía
published: false
site_title: Huasteca Hoy
---

Productores de caña de azúcar de Ciudad Valles, Tamasopo y El Naranjo suspendieron desde el jueves las entregas al ingenio de la región, en protesta por el retraso en el pago de la segunda liquidación de la zafra 2024-2025.

De acuerdo con la unión local de cañeros, la empresa adeuda alrededor de 180 millones de pesos a 3 mil 200 productores, quienes debieron recibir el pago el 15 de enero.

"Ya pagamos a los cortadores, el diésel de los camiones y los fertilizantes; no podemos seguir financiando al ingenio", afirmó Tomás Hernández Olvera, dirigente de la organización, durante una asamblea en la explanada del ejido La Subida.

Frente a las básculas del ingenio permanecían estacionados la mañana del viernes más de 150 camiones cargados, mientras que en los campos los cortadores detuvieron la quema de cañaverales.

La gerencia del ingenio atribuyó el atraso a la caída en el precio internacional del azúcar y aseguró que el pago se realizará en la primera semana de febrero, una vez que concluya la venta de un lote de exportación.

Los productores advirtieron que cada día sin molienda la caña cortada pierde sacarosa, lo que reduce el precio que recibirán al final de la temporada.

La Secretaría de Desarrollo Agropecuario del estado convocó a una mesa de diálogo para el lunes en la capital potosina, con la participación de representantes de ambas organizaciones cañeras y de la empresa.
"""
write_src('an21.md', t, eol='\r\n')
gold('an21', readable=True, family='jekyll',
     title='Cañeros de la Huasteca frenan entregas al ingenio por retraso en pagos de la zafra',
     date='2025-01-31', published=False, bylines=['FERNANDA LOZANO'],
     source='Huasteca Hoy', section='Economía', placement=['Destacadas'],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='Productores de caña de azúcar de Ciudad Valles, Tamasopo y El Naranjo',
     body_last_words='representantes de ambas organizaciones cañeras y de la empresa.',
     boilerplate=[],
     must_keep=['De acuerdo con la unión local de cañeros, la empresa adeuda alrededor de 180 millones de pesos a 3 mil 200 productores',
                'Frente a las básculas del ingenio permanecían estacionados la mañana del viernes más de 150 camiones cargados',
                'Los productores advirtieron que cada día sin molienda la caña cortada pierde sacarosa'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an22 press (municipal, COMUNICADO label without number, -30-, NBSP)
t = """GOBIERNO MUNICIPAL DE NUEVO LAREDO
COMUNICADO

Alista Nuevo Laredo operativo de Semana Santa en parques, balnearios y carreteras

Nuevo Laredo, Tamaulipas, 11 de abril de 2022.- El Gobierno Municipal puso en marcha el operativo vacacional de Semana Santa, en el que participarán 480 elementos de Protección Civil, Bomberos, Tránsito y Salud, con el objetivo de atender a las más de 60{n}mil personas que se espera visiten parques y balnearios de la ciudad.

El coordinador municipal de Protección Civil, Alfredo Villanueva Reséndez, informó que se instalarán 12 módulos de atención en puntos como el parque Viveros, el balneario El Laguito y la orilla del río Bravo, donde cada año se registran incidentes por personas que intentan nadar en zonas de corriente.

“Pedimos a las familias que no se metan al río; hay remolinos que no se ven desde la orilla y en los últimos cinco años hemos tenido que lamentar ahogamientos en estas fechas”, advirtió.

Además, habrá presencia de paramédicos en la carretera Nuevo Laredo-Monterrey y en la autopista a Piedras Negras, en coordinación con la Guardia Nacional, para apoyar a los paisanos que viajan al interior del país.

La Dirección de Salud Municipal realizará inspecciones a puestos de alimentos en los parques para verificar el manejo de mariscos y la venta de agua purificada, mientras que Tránsito reforzará los puntos de revisión de alcoholemia durante las noches.

El operativo se mantendrá activo hasta el domingo 24 de abril, al término del periodo vacacional escolar.

-30-

Dirección de Comunicación Social
Tel. 867 555 0340 | prensa@nuevolaredo.example.mx
Facebook: GobiernoNLDEjemplo
""".replace('{n}', NBSP)
write_src('an22.txt', t)
gold('an22', readable=True, family='press_release',
     title='Alista Nuevo Laredo operativo de Semana Santa en parques, balnearios y carreteras',
     date='2022-04-11', published=True, bylines=[],
     source='GOBIERNO MUNICIPAL DE NUEVO LAREDO', section=None, placement=[],
     bulletin_number=None, issuer='GOBIERNO MUNICIPAL DE NUEVO LAREDO', dateline_city='Nuevo Laredo',
     body_first_words='El Gobierno Municipal puso en marcha el operativo vacacional de Semana Santa',
     body_last_words='hasta el domingo 24 de abril, al término del periodo vacacional escolar.',
     boilerplate=['-30-', 'Dirección de Comunicación Social', 'Tel. 867 555 0340',
                  'prensa@nuevolaredo.example.mx', 'GobiernoNLDEjemplo'],
     must_keep=['con el objetivo de atender a las más de 60 mil personas que se espera visiten parques y balnearios de la ciudad.',
                'El coordinador municipal de Protección Civil, Alfredo Villanueva Reséndez, informó que se instalarán 12 módulos de atención',
                'El operativo se mantendrá activo hasta el domingo 24 de abril, al término del periodo vacacional escolar.'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an23 wire (Redacción / Agencias; Con información de; BOM; plain title)
t = """Suspenden clases presenciales en 120 escuelas de Soledad por contingencia ambiental
Diario Potosino Hoy
Redacción / Agencias
26 de enero de 2026

La Secretaría de Educación del estado suspendió las clases presenciales en 120 escuelas de educación básica del municipio de Soledad de Graciano Sánchez, luego de que el índice de calidad del aire alcanzó niveles muy malos por segundo día consecutivo.

La medida aplica para el turno matutino y vespertino de este lunes y martes, y las escuelas deberán enviar actividades a distancia a los alumnos, informó la dependencia en un comunicado.

El monitoreo de la red estatal registró concentraciones de partículas PM2.5 de hasta 96 microgramos por metro cúbico en la estación ubicada junto a la zona industrial, casi el triple del límite recomendado. Lee también: Multan a ladrillera de la Pila por quema de llantas Las autoridades ambientales atribuyeron el episodio a la inversión térmica, la quema de residuos en ladrilleras y la falta de viento.

Padres de familia de la colonia San Felipe reportaron que desde el fin de semana sus hijos presentan tos y ardor en los ojos, y pidieron que el transporte escolar no opere mientras dure la contingencia.

La Secretaría de Salud recomendó a la población evitar actividades al aire libre, sobre todo a niños, adultos mayores y personas con asma, y mantener puertas y ventanas cerradas en las horas de mayor concentración, entre las 7:00 y las 11:00 horas.

Inspectores estatales clausuraron de manera temporal cuatro ladrilleras que operaban sin filtros y se reforzaron los recorridos nocturnos en predios baldíos para evitar la quema de basura.

Con información de Ana Karen Moctezuma

Recibe las noticias más importantes de San Luis en nuestro canal de WhatsApp: wa.example.mx/potosinohoy
"""
write_src('an23.txt', t, bom=True)
gold('an23', readable=True, family='wire',
     title='Suspenden clases presenciales en 120 escuelas de Soledad por contingencia ambiental',
     date='2026-01-26', published=True, bylines=[],
     source='Diario Potosino Hoy', section=None, placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='La Secretaría de Educación del estado suspendió las clases presenciales en',
     body_last_words='en predios baldíos para evitar la quema de basura.',
     boilerplate=['Redacción / Agencias', 'Lee también: Multan a ladrillera de la Pila por quema de llantas',
                  'Con información de Ana Karen Moctezuma',
                  'Recibe las noticias más importantes de San Luis en nuestro canal de WhatsApp',
                  'wa.example.mx/potosinohoy'],
     must_keep=['casi el triple del límite recomendado.',
                'Las autoridades ambientales atribuyeron el episodio a la inversión térmica, la quema de residuos en ladrilleras y la falta de viento.',
                'Inspectores estatales clausuraron de manera temporal cuatro ladrilleras que operaban sin filtros'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an24 generic (.text, CAPS title, cp1252, control bytes, tabs)
t = """MINUTA DE LA REUNIÓN DE COORDINACIÓN POR LAS LLUVIAS EN REYNOSA

Lugar: sala de juntas de Protección Civil municipal.\tHora: 9:30.\x0c

Asistentes: Protección Civil municipal y estatal, Obras Públicas, la comisión de agua, Bomberos, Cruz Roja, Secretaría de Bienestar Social y representantes de la Defensa.

1. Situación. En las últimas 48 horas se acumularon 210 milímetros de lluvia. Hay anegaciones en 37 colonias, la mayoría al poniente de la ciudad, en los sectores de Lomas del Real de Jarachina, Valle Soleado y Las Cumbres.

2. Albergues. Se abrieron seis albergues en escuelas y gimnasios. A la hora de la reunión había 412 personas alojadas, entre ellas 130 menores. Bienestar Social reporta que se requieren colchonetas, cobijas y pañales.

3. Drenaje pluvial. La comisión de agua tiene 14 equipos de bombeo trabajando; dos están descompuestos. Se pide al estado el préstamo de tres bombas de alto caudal. El dren El Anhelo está a 40 centímetros de desbordarse.\x07

4. Vialidades. Cerrados los pasos a desnivel del bulevar Hidalgo y de la avenida Tecnológico. Tránsito pide a la población no cruzar calles inundadas.

5. Acuerdos. Reunión de seguimiento a las 18:00 horas. Obras Públicas enviará maquinaria al dren El Anhelo. Bienestar Social abrirá un centro de acopio en la presidencia municipal. Comunicación emitirá un aviso para evitar circular por la zona poniente durante la noche.
"""
write_src('an24.text', t, enc='cp1252')
gold('an24', readable=True, family='generic',
     title='MINUTA DE LA REUNIÓN DE COORDINACIÓN POR LAS LLUVIAS EN REYNOSA',
     date=None, published=True, bylines=[], source=None, section=None, placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='Lugar: sala de juntas de Protección Civil municipal.',
     body_last_words='para evitar circular por la zona poniente durante la noche.',
     boilerplate=[],
     must_keep=['En las últimas 48 horas se acumularon 210 milímetros de lluvia.',
                'A la hora de la reunión había 412 personas alojadas, entre ellas 130 menores.',
                'Obras Públicas enviará maquinaria al dren El Anhelo.'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an25 jekyll (authors: list of mappings, quoted date, cp1252, photo credit)
t = """---
layout: post
title: "Hospital General de Saltillo abre clínica de atención a pie diabético"
date: "2016-08-09"
authors:
  - name: Rebeca Aguirre Zamora
    email: raguirre@saltilloaldia.example.mx
  - name: Gerardo Flores Valdés
categories: [Salud]
tags: [diabetes, hospitales, Saltillo]
site: Saltillo al Día
---

![Consultorio de la nueva clínica](/img/2016/08/clinica-pie-diabetico.jpg)
*Foto: Archivo*

El Hospital General de Saltillo inauguró una clínica especializada en la atención del pie diabético, que atenderá a pacientes referidos de centros de salud de la región sureste de Coahuila con el objetivo de reducir las amputaciones.

El director del hospital, Manuel de Jesús Galindo Ríos, explicó que la clínica contará con un angiólogo, dos cirujanos, una enfermera especialista en heridas y un podólogo, y que podrá dar hasta 40 consultas diarias.

En 2015, el hospital realizó 186 amputaciones de dedos, pies o piernas a causa de complicaciones de la diabetes, la mayoría en pacientes que llegaron con infecciones avanzadas tras semanas de tratar las heridas en casa.

"Una úlcera pequeña, atendida a tiempo, se cura en un mes; cuando llega con gangrena ya no hay mucho que hacer", señaló el médico.

La clínica funcionará de lunes a viernes en el segundo piso de la unidad de consulta externa y los pacientes deberán acudir con la hoja de referencia de su centro de salud. Te puede interesar | Saltillo, entre las ciudades con más casos de diabetes en el norte

La Secretaría de Salud estatal informó que el equipo, que incluye un aparato de ultrasonido Doppler y una cámara de presión para curaciones, tuvo un costo de 3.2 millones de pesos.

Especialistas recomendaron a las personas con diabetes revisar sus pies todos los días, usar calzado cerrado y acudir al médico ante cualquier cambio de color o herida que no cicatrice.
"""
write_src('an25.md', t, enc='cp1252')
gold('an25', readable=True, family='jekyll',
     title='Hospital General de Saltillo abre clínica de atención a pie diabético',
     date='2016-08-09', published=True, bylines=['Rebeca Aguirre Zamora', 'Gerardo Flores Valdés'],
     source='Saltillo al Día', section='Salud', placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='El Hospital General de Saltillo inauguró una clínica especializada en la',
     body_last_words='ante cualquier cambio de color o herida que no cicatrice.',
     boilerplate=['Foto: Archivo',
                  'Te puede interesar | Saltillo, entre las ciudades con más casos de diabetes en el norte'],
     must_keep=['El director del hospital, Manuel de Jesús Galindo Ríos, explicó que la clínica contará con un angiólogo',
                'los pacientes deberán acudir con la hoja de referencia de su centro de salud.',
                'En 2015, el hospital realizó 186 amputaciones de dedos, pies o piernas a causa de complicaciones de la diabetes'],
     photo_credit='Archivo', refusal_reason=None)

# ---------------------------------------------------------------- an26 press (state secretariat SLP; umbrella; Boletín No.; "; a" dateline; FIN; CRLF)
t = """GOBIERNO DEL ESTADO DE SAN LUIS POTOSÍ
Secretaría de Ecología y Gestión Ambiental
Boletín No. 1102

Refuerza Ecología vigilancia contra incendios forestales en la Sierra de Álvarez y la Huasteca

Ciudad Valles, S.L.P.; a 4 de marzo de 2026.- La Secretaría de Ecología y Gestión Ambiental activó la temporada de prevención de incendios forestales con la instalación de cinco campamentos de brigadistas en la Sierra de Álvarez, la zona media y la Huasteca, donde en 2025 se perdieron más de 2 mil 600 hectáreas de vegetación.   

La titular de la dependencia, Mónica Rentería Salazar, informó que 140 combatientes, entre brigadistas estatales, municipales y voluntarios de los ejidos, recibieron capacitación y equipo de protección personal.

Explicó que nueve de cada diez incendios tienen origen humano, principalmente por quemas agrícolas sin control, fogatas mal apagadas y la quema de basura en terrenos cercanos a zonas arboladas.

Por ello, la dependencia pidió a los productores que planeen realizar quemas de sus parcelas avisar con al menos 48 horas de anticipación a las autoridades municipales, para que un brigadista supervise la actividad.   

Se instalarán además dos torres de observación en los municipios de Zaragoza y Aquismón y se utilizará un sistema de alertas satelitales para detectar puntos de calor en tiempo real.

La población puede reportar columnas de humo al número de emergencias 911; la dependencia recordó que provocar un incendio forestal es un delito que se castiga con prisión.

FIN

Síguenos en redes sociales:
X: @EcologiaSLPej | Facebook: EcologiaSLPEjemplo | Instagram: @ecologia.slp.ej
"""
write_src('an26.txt', t, eol='\r\n')
gold('an26', readable=True, family='press_release',
     title='Refuerza Ecología vigilancia contra incendios forestales en la Sierra de Álvarez y la Huasteca',
     date='2026-03-04', published=True, bylines=[],
     source='Secretaría de Ecología y Gestión Ambiental', section=None, placement=[],
     bulletin_number='1102', issuer='Secretaría de Ecología y Gestión Ambiental',
     dateline_city='Ciudad Valles',
     body_first_words='La Secretaría de Ecología y Gestión Ambiental activó la temporada de prevención',
     body_last_words='provocar un incendio forestal es un delito que se castiga con prisión.',
     boilerplate=['Síguenos en redes sociales:', '@EcologiaSLPej', 'EcologiaSLPEjemplo', '@ecologia.slp.ej'],
     must_keep=['La titular de la dependencia, Mónica Rentería Salazar, informó que 140 combatientes',
                'Explicó que nueve de cada diez incendios tienen origen humano',
                'la dependencia recordó que provocar un incendio forestal es un delito que se castiga con prisión.'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an27 wire (EN VIVO label + kicker; byline with role and city; control byte)
t = """EN VIVO
Seguridad
## Reabren la carretera Ribereña entre Ciudad Mier y Miguel Alemán tras cierre de 14 horas

Por Karla Villarreal Solís, corresponsal en Ciudad Mier
Semanario Frontera Chica | 14 de junio de 2021

La carretera federal Ribereña fue reabierta a la circulación a las 10:20 horas de este lunes en el tramo entre Ciudad Mier y Miguel Alemán, luego de permanecer cerrada durante 14 horas por un operativo de fuerzas federales y estatales.\x1b

El cierre comenzó la noche del domingo, cuando elementos de la Guardia Estatal reportaron vehículos quemados atravesados sobre el kilómetro 112, a la altura del entronque con el camino a la presa Falcón.

Automovilistas que intentaban viajar a Reynosa o a Nuevo Laredo tuvieron que pernoctar en gasolineras y en la plaza principal de Ciudad Mier, donde vecinos les ofrecieron café y cobijas.

La vocería de seguridad del estado informó que no se registraron personas lesionadas y que se retiraron cinco unidades siniestradas. Agregó que el patrullaje en la zona se mantendrá durante los próximos días.

Comerciantes de Miguel Alemán señalaron que, por el cierre, no llegaron a tiempo los camiones de abasto de leche, pan y verduras, por lo que varias tiendas abrieron con los anaqueles vacíos.

Transportistas de carga pidieron que se habiliten rutas alternas señalizadas y que se dé aviso oportuno a través de las casetas de cobro cuando se cierre el tramo.

Esta nota se actualizará conforme haya más información.

Síguenos en Facebook como Semanario Frontera Chica y en X como @FronteraChicaEj
Baja nuestra app gratuita para recibir alertas en tiempo real.
"""
write_src('an27.md', t)
gold('an27', readable=True, family='wire',
     title='Reabren la carretera Ribereña entre Ciudad Mier y Miguel Alemán tras cierre de 14 horas',
     date='2021-06-14', published=True, bylines=['Karla Villarreal Solís'],
     source='Semanario Frontera Chica', section='Seguridad', placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='La carretera federal Ribereña fue reabierta a la circulación a las',
     body_last_words='a través de las casetas de cobro cuando se cierre el tramo.',
     boilerplate=['EN VIVO', 'Esta nota se actualizará conforme haya más información.',
                  'Síguenos en Facebook como Semanario Frontera Chica y en X como @FronteraChicaEj',
                  'Baja nuestra app gratuita para recibir alertas en tiempo real.'],
     must_keep=['El cierre comenzó la noche del domingo, cuando elementos de la Guardia Estatal reportaron vehículos quemados',
                'La vocería de seguridad del estado informó que no se registraron personas lesionadas',
                'Transportistas de carga pidieron que se habiliten rutas alternas señalizadas'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an28 jekyll (Spanish keys, naive datetime near midnight, byline at end, entities)
t = """---
layout: post
titulo: "Abren a la circulación el paso superior del bulevar Hidalgo en Reynosa"
date: 2024-11-30 23:45:00
categoria: [Portada, Local]
etiquetas: [Reynosa, obras, vialidad]
sitename: Reynosa en Línea
---

Después de 14 meses de obras, el paso superior vehicular del bulevar Hidalgo en su cruce con la calle Río Purificación fue abierto a la circulación la noche de este sábado, con lo que se espera reducir a la mitad los tiempos de traslado entre el centro y el poniente de Reynosa.

La estructura, de 820 metros de longitud y cuatro carriles, tuvo un costo de 415 millones de pesos, de acuerdo con la Secretaría de Obras Públicas del estado, que financió la obra con recursos propios y de un fondo federal para infraestructura fronteriza.

Durante la construcción, comerciantes de la zona reportaron caídas en sus ventas de hasta 60 por ciento por los desvíos y el cierre de accesos. &quot;Aguantamos más de un año con la calle cerrada; ojalá ahora regresen los clientes&quot;, dijo Rosalba Cantú, dueña de una refaccionaria.

El puente incluye iluminación con luminarias LED, un sistema de drenaje pluvial independiente y banquetas con rampas en las bajadas laterales, una de las demandas de los vecinos de la colonia Del Prado.

Las autoridades informaron que durante la primera semana habrá agentes de tránsito en las gazas de incorporación para orientar a los automovilistas, y que los trabajos de pintura y señalamiento en las calles laterales concluirán a mediados de diciembre.

Vecinos de la colonia Aquiles Serdán pidieron que se revise el retorno provisional habilitado en la calle Colón, donde desde el primer día se formaron filas de más de 300 metros.

*Por Iván Treviño Salazar, corresponsal en Reynosa*

Lee también: Reynosa tendrá nueva ruta de transporte al parque industrial Colonial
"""
write_src('an28.markdown', t)
gold('an28', readable=True, family='jekyll',
     title='Abren a la circulación el paso superior del bulevar Hidalgo en Reynosa',
     date='2024-11-30', published=True, bylines=['Iván Treviño Salazar'],
     source='Reynosa en Línea', section='Local', placement=['Portada'],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='Después de 14 meses de obras, el paso superior vehicular del',
     body_last_words='donde desde el primer día se formaron filas de más de 300 metros.',
     boilerplate=['Por Iván Treviño Salazar, corresponsal en Reynosa',
                  'Lee también: Reynosa tendrá nueva ruta de transporte al parque industrial Colonial'],
     must_keep=['La estructura, de 820 metros de longitud y cuatro carriles, tuvo un costo de 415 millones de pesos',
                'Durante la construcción, comerciantes de la zona reportaron caídas en sus ventas de hasta 60 por ciento por los desvíos y el cierre de accesos.',
                'Vecinos de la colonia Aquiles Serdán pidieron que se revise el retorno provisional habilitado en la calle Colón'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an29 generic (BOM, CRLF, ### heading, entities)
t = """### Notas de guardia: conferencia del alcalde de Ciudad Victoria sobre el relleno sanitario

El alcalde dedicó casi toda la conferencia semanal al relleno sanitario, que según dijo llegará al límite de su capacidad en 18 meses si no se abre una nueva celda. Reconoció que el proyecto de la planta de separación de residuos está detenido desde el año pasado.

Cifras que dio: la ciudad genera alrededor de 380 toneladas de basura al día; sólo 12 por ciento se recicla; el municipio tiene 46 camiones recolectores, de los cuales 31 están en operación.

Sobre la concesión: dijo que no hay decisión todavía y que se analizan &quot;dos o tres propuestas&quot; de empresas de Monterrey y de Querétaro. No quiso dar nombres. Cuando se le preguntó por el costo para el municipio respondió que se presentará al cabildo &amp; que habrá consulta con colonos.

Vecinos del ejido Santa Librada, junto al relleno, estuvieron afuera del palacio con pancartas. Se quejan de olores, moscas y de que los lixiviados escurren hacia un arroyo cuando llueve. El alcalde se comprometió a recibir a una comisión el jueves.

También anunció una campaña de descacharrización en el sector norte y el arranque de un programa piloto de recolección diferenciada en 20 colonias a partir del próximo mes.

Para seguimiento: pedir a Servicios Públicos el estudio de vida útil del relleno y buscar a la comisión de vecinos de Santa Librada después de la reunión del jueves.
"""
write_src('an29.md', t, eol='\r\n', bom=True)
gold('an29', readable=True, family='generic',
     title='Notas de guardia: conferencia del alcalde de Ciudad Victoria sobre el relleno sanitario',
     date=None, published=True, bylines=[], source=None, section=None, placement=[],
     bulletin_number=None, issuer=None, dateline_city=None,
     body_first_words='El alcalde dedicó casi toda la conferencia semanal al relleno sanitario,',
     body_last_words='a la comisión de vecinos de Santa Librada después de la reunión del jueves.',
     boilerplate=[],
     must_keep=['Reconoció que el proyecto de la planta de separación de residuos está detenido desde el año pasado.',
                'Se quejan de olores, moscas y de que los lixiviados escurren hacia un arroyo cuando llueve.',
                'El alcalde se comprometió a recibir a una comisión el jueves.'],
     photo_credit=None, refusal_reason=None)

# ---------------------------------------------------------------- an30 bad (data export)
rows = ['id;fecha;titulo;autor;seccion;visitas']
sample = [
    (48211, '2023-03-14', 'Reabren el puente Reynosa-Pharr', 'Mariana Treviño', 'Frontera', 18422),
    (48212, '2023-03-14', 'Cierre de calles por desfile en Matamoros', 'Redacción', 'Local', 2210),
    (48213, '2023-03-15', 'Bajan precios del limón en Tampico', 'Staff', 'Economía', 1875),
    (48214, '2023-03-15', 'Tigres del Golfo ganan en casa', 'Arturo Cavazos', 'Deportes', 9930),
    (48215, '2023-03-15', 'Lluvias ligeras para el fin de semana', 'Redacción', 'Clima', 4410),
    (48216, '2023-03-16', 'Nuevo horario en módulos de licencias', 'Staff', 'Local', 3025),
    (48217, '2023-03-16', 'Detienen a presunto asaltante en Altamira', 'Redacción', 'Seguridad', 7719),
    (48218, '2023-03-17', 'Feria del libro en la UAAP', 'Lucía Rangel', 'Cultura', 1288),
]
for r in sample:
    rows.append(';'.join(str(x) for x in r))
write_src('an30.txt', '\n'.join(rows) + '\n', eol='\r\n')
bad_gold('an30', 'es una exportación de datos (CSV), no una nota')
print('part3 ok')
