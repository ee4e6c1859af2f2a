# Files z11-z20
from common import enc, G, BAD

FILES = []

# ---------------------------------------------------------------- z11 jekyll, BOM, Spanish date string, block categories
t11 = """---
title: 'Mineros de Zacatecas vencen a Dorados y amarran el liderato'
date: "5 de octubre de 2022"
categories:
  - Deportes
  - Destacadas
tags: [futbol, Liga de Expansión, Mineros]
author: Héctor Delgado Saucedo
publisher: Zacatecas Deportivo
---

Mineros de Zacatecas venció 2-0 a Dorados de Sinaloa en el estadio Carlos Vega Villalba y se mantiene como líder solitario del torneo con 24 puntos, a tres jornadas de que termine la fase regular.

Foto: Cortesía Mineros

Los goles llegaron en el segundo tiempo. Al minuto 58, el delantero Iván Rentería remató de cabeza un tiro de esquina cobrado por Ulises Morán, y al 81 el canterano Joel Pinedo definió con la zurda después de una buena jugada por la banda derecha.

El técnico Alfredo Carrasco Ibáñez reconoció que el equipo no tuvo su mejor primer tiempo, pero destacó la reacción de sus jugadores tras el descanso. “Hablamos en el vestidor de tener más paciencia con la pelota; los muchachos respondieron y el segundo gol nos dio tranquilidad”, dijo en conferencia.

Dorados tuvo la oportunidad más clara del primer tiempo en un disparo al poste de Rubén Félix, que había ingresado de cambio por una lesión en el calentamiento de uno de los titulares.

Con este resultado, Mineros suma seis partidos sin perder y tiene la mejor defensa de la competencia, con apenas siete goles recibidos en catorce jornadas.

El próximo sábado el equipo visitará a Tepatitlán, en un encuentro que podría asegurarle el primer lugar de la tabla general. La directiva informó que venderá boletos a mitad de precio para estudiantes en el último partido en casa.
"""
FILES.append(('z11.markdown', enc(t11, bom=True), G(
    family='jekyll',
    title='Mineros de Zacatecas vencen a Dorados y amarran el liderato',
    date='2022-10-05', bylines=['Héctor Delgado Saucedo'], source='Zacatecas Deportivo',
    section='Deportes', placement=['Destacadas'],
    body_first_words='Mineros de Zacatecas venció 2-0 a Dorados de Sinaloa en el estadio',
    body_last_words='venderá boletos a mitad de precio para estudiantes en el último partido en casa.',
    boilerplate=['publisher: Zacatecas Deportivo', 'tags: [futbol, Liga de Expansión, Mineros]'],
    must_keep=['Con este resultado, Mineros suma seis partidos sin perder y tiene la mejor defensa de la competencia, con apenas siete goles recibidos en catorce jornadas.',
               'Los goles llegaron en el segundo tiempo.'],
    photo_credit='Cortesía Mineros')))

# ---------------------------------------------------------------- z12 generic, # heading, mixed line endings
t12_lines = [
    "# Guía rápida: qué hacer si tu vehículo queda atrapado en un vado durante las lluvias\n",
    "\n",
    "Cada temporada de lluvias, los cuerpos de rescate de Monterrey, Guadalupe y Apodaca atienden decenas de llamadas por automóviles arrastrados o atrapados en vados y arroyos que cruzan calles y avenidas. La mayoría de estos incidentes se pueden evitar.\r\n",
    "\r\n",
    "Lo primero es no intentar cruzar. Treinta centímetros de agua en movimiento bastan para mover un auto compacto, y sesenta centímetros pueden arrastrar una camioneta. Si no se ve el pavimento, conviene buscar otra ruta o esperar a que baje el nivel, lo que suele ocurrir en menos de una hora.\n",
    "\n",
    "Si el agua comienza a subir con el vehículo ya dentro del cauce, hay que quitarse el cinturón, bajar las ventanillas y salir por ellas antes de que la presión impida abrir las puertas. Una vez fuera, lo recomendable es subir al techo del automóvil y pedir ayuda al 911, en lugar de intentar caminar por la corriente.\r\n",
    "\r\n",
    "Es importante no regresar por objetos personales. Los rescatistas insisten en que ningún teléfono, documento o mercancía vale el riesgo de ser arrastrado.\n",
    "\n",
    "Para los conductores que viven cerca de arroyos como el Topo Chico, La Talaverna o el Elizondo, se sugiere tener identificadas al menos dos rutas alternas para salir de la colonia y revisar el pronóstico antes de salir de casa en días de tormenta.\r\n",
    "\n",
    "Por último, si se presencia un arrastre, no hay que lanzarse al agua para ayudar: lo correcto es llamar a emergencias, no perder de vista a la persona y arrojarle algo que flote, como una llanta o una hielera vacía.\n",
]
t12 = ''.join(t12_lines)
FILES.append(('z12.md', t12.encode('utf-8'), G(
    family='generic',
    title='Guía rápida: qué hacer si tu vehículo queda atrapado en un vado durante las lluvias',
    date=None, bylines=[], source=None,
    body_first_words='Cada temporada de lluvias, los cuerpos de rescate de Monterrey, Guadalupe y Apodaca',
    body_last_words='arrojarle algo que flote, como una llanta o una hielera vacía.',
    boilerplate=[],
    must_keep=['Lo primero es no intentar cruzar.',
               'Es importante no regresar por objetos personales.'])))

# ---------------------------------------------------------------- z13 wire, Tijuana, Redacción, NBSP, MÁS NOTICIAS block
N = '\u00a0'
t13 = f"""## Tijuana suma 9 mil solicitudes de asilo en espera en albergues de la zona Norte

Frontera Digital BC |{N}Por Redacción |{N}27 de junio de 2023 - 19:42 h

Foto: Frontera Digital / Archivo

Los albergues para migrantes de Tijuana atienden a unas 9 mil personas que esperan una cita para solicitar asilo en Estados Unidos, de acuerdo con un conteo de la Coalición Pro Defensa del Migrante presentado este martes.

La organización advirtió que 23 de los 31 albergues registrados en la ciudad se encuentran por encima de su capacidad, principalmente los ubicados en la zona Norte y en la colonia Sánchez Taboada, donde también se han instalado campamentos improvisados.

De acuerdo con el informe, la mayoría de las personas proviene de Honduras, Haití, Venezuela y de estados del sur de México como Guerrero y Michoacán. Cerca de 40 por ciento son niñas, niños y adolescentes.{N}Te puede interesar | Reabren garita de Otay tras cierre por revisión de seguridad La coordinadora de la coalición, Sonia Elizalde Paredes, pidió a los tres órdenes de gobierno un fondo de emergencia para cubrir alimentos y medicamentos. “Los albergues se sostienen con donativos y ya no alcanzan”, afirmó.

La Dirección Municipal de Atención al Migrante informó que en las próximas semanas abrirá un espacio temporal con capacidad para 400 personas en un antiguo gimnasio de la delegación Centro.

La dependencia también anunció jornadas de vacunación y consultas médicas en los albergues con mayor ocupación, en coordinación con la Jurisdicción Sanitaria de Tijuana.

MÁS NOTICIAS
- Alistan operativo vial por remodelación del bulevar Agua Caliente
- Pescadores de Ensenada reportan baja captura de erizo
- Rosarito abre convocatoria para vendedores en playa

📱 Descarga la app de Frontera Digital BC y recibe alertas de tu ciudad.
"""
FILES.append(('z13.md', enc(t13), G(
    family='wire',
    title='Tijuana suma 9 mil solicitudes de asilo en espera en albergues de la zona Norte',
    date='2023-06-27', bylines=[], source='Frontera Digital BC',
    body_first_words='Los albergues para migrantes de Tijuana atienden a unas 9 mil personas',
    body_last_words='en coordinación con la Jurisdicción Sanitaria de Tijuana.',
    boilerplate=['Te puede interesar | Reabren garita de Otay tras cierre por revisión de seguridad',
                 'MÁS NOTICIAS', 'Alistan operativo vial por remodelación del bulevar Agua Caliente',
                 'Pescadores de Ensenada reportan baja captura de erizo',
                 'Rosarito abre convocatoria para vendedores en playa',
                 'Descarga la app de Frontera Digital BC y recibe alertas de tu ciudad.'],
    must_keep=['Cerca de 40 por ciento son niñas, niños y adolescentes.',
               'La coordinadora de la coalición, Sonia Elizalde Paredes, pidió a los tres órdenes de gobierno un fondo de emergencia para cubrir alimentos y medicamentos.'],
    photo_credit='Frontera Digital / Archivo')))

# ---------------------------------------------------------------- z14 press (Hidalgo), dateline first, oo0oo, stray form feed
t14 = """Pachuca de Soto, Hgo., 11 de julio de 2022

Boletín No. 587/2022

SECRETARÍA DE TURISMO DEL ESTADO DE HIDALGO

Huasca de Ocampo recibirá festival gastronómico con 60 cocineras tradicionales

Del 22 al 24 de julio, el Pueblo Mágico de Huasca de Ocampo será sede del Encuentro de Cocina Tradicional Hidalguense, en el que participarán 60 cocineras de las regiones Otomí-Tepehua, Huasteca, Valle del Mezquital y Sierra Alta.

El secretario de Turismo, Javier Monroy Islas, informó que el encuentro busca proyectar la cocina de la entidad como atractivo turístico y abrir canales de venta para las productoras locales de maíz, quelites, pulque y barbacoa.

Durante los tres días habrá muestras de platillos como zacahuil, mixiotes, escamoles y pastes, además de talleres para el público sobre nixtamalización y preparación de salsas en molcajete. La entrada será gratuita y el encuentro se realizará en la explanada principal, frente a la parroquia de San Juan Bautista.
\x0c
Monroy Islas destacó que la ocupación hotelera en el corredor de la Montaña alcanzó 78 por ciento durante el último fin de semana largo, y que se espera una cifra similar durante el festival, por lo que pidió a los visitantes reservar con anticipación.

Las cocineras participantes fueron seleccionadas mediante una convocatoria abierta y recibirán un apoyo económico para el traslado de sus insumos. Se prevé la asistencia de 15 mil personas.

oo0oo

Coordinación de Comunicación · Secretaría de Turismo de Hidalgo
turismo.prensa@hidalgo.example | (771) 000 3030
"""
FILES.append(('z14.txt', enc(t14), G(
    family='press_release',
    title='Huasca de Ocampo recibirá festival gastronómico con 60 cocineras tradicionales',
    date='2022-07-11', source='SECRETARÍA DE TURISMO DEL ESTADO DE HIDALGO',
    bulletin_number='587/2022', issuer='SECRETARÍA DE TURISMO DEL ESTADO DE HIDALGO',
    dateline_city='Pachuca de Soto',
    body_first_words='Del 22 al 24 de julio, el Pueblo Mágico de Huasca de Ocampo será sede',
    body_last_words='Se prevé la asistencia de 15 mil personas.',
    boilerplate=['Boletín No. 587/2022', 'Pachuca de Soto, Hgo., 11 de julio de 2022', 'oo0oo',
                 'Coordinación de Comunicación · Secretaría de Turismo de Hidalgo',
                 'turismo.prensa@hidalgo.example', '(771) 000 3030'],
    must_keep=['La entrada será gratuita y el encuentro se realizará en la explanada principal, frente a la parroquia de San Juan Bautista.',
               'Monroy Islas destacó que la ocupación hotelera en el corredor de la Montaña alcanzó 78 por ciento durante el último fin de semana largo,'])))

# ---------------------------------------------------------------- z15 jekyll, ISO date with offset (local date), curly quotes in title, no source key
t15 = """---
layout: single
title: "Vecinos de Nogales denuncian “cobro de piso” a comercios del centro"
date: "2021-01-15T23:10:00-07:00"
category: Seguridad
tags: [Nogales, extorsión, comercio]
author:
  name: Brenda Moreno Quiroz
comments: true
---

Comerciantes del centro de Nogales, Sonora, denunciaron ante la Fiscalía estatal que desde diciembre reciben llamadas y visitas de personas que les exigen pagos semanales a cambio de “dejarlos trabajar”.

Al menos 14 negocios de las calles Obregón y Elías han presentado denuncias formales, aunque los propios comerciantes estiman que el número de afectados es mucho mayor. La mayoría son tiendas de artesanías, farmacias y consultorios dentales que atienden a visitantes de Arizona.

Una de las denunciantes, que pidió no publicar su nombre, relató que le exigieron 2 mil pesos a la semana y que, al negarse, dos hombres rompieron el aparador de su local. “Ya cerramos más temprano y casi no abrimos los domingos”, dijo.

La Cámara Nacional de Comercio local pidió a las autoridades reforzar la vigilancia en la zona y habilitar un número exclusivo para reportar extorsiones. Su presidente, Armando Celaya Duarte, advirtió que varios negocios evalúan cerrar en los próximos meses.

La Fiscalía informó que abrió carpetas de investigación por cada caso y que trabaja con la Policía Estatal de Seguridad Pública en la identificación de los responsables. También recomendó no realizar depósitos y colgar ante cualquier llamada sospechosa.
"""
FILES.append(('z15.md', enc(t15), G(
    family='jekyll',
    title='Vecinos de Nogales denuncian “cobro de piso” a comercios del centro',
    date='2021-01-15', bylines=['Brenda Moreno Quiroz'], source=None, section='Seguridad',
    body_first_words='Comerciantes del centro de Nogales, Sonora, denunciaron ante la Fiscalía estatal',
    body_last_words='recomendó no realizar depósitos y colgar ante cualquier llamada sospechosa.',
    boilerplate=['layout: single', 'comments: true'],
    must_keep=['Al menos 14 negocios de las calles Obregón y Elías han presentado denuncias formales, aunque los propios comerciantes estiman que el número de afectados es mucho mayor.',
               '“Ya cerramos más temprano y casi no abrimos los domingos”, dijo.'])))

# ---------------------------------------------------------------- z16 bad: saved HTML page
t16 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Reabren el Museo de Historia de Tlaxcala tras remodelación | Tlaxcala al Día</title>
<link rel="stylesheet" href="/static/css/main.min.css">
<script async src="https://analytics.example/tag.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body class="single-post">
<header><nav><ul><li><a href="/">Inicio</a></li><li><a href="/estado">Estado</a></li><li><a href="/cultura">Cultura</a></li></ul></nav></header>
<main>
<article>
<h1>Reabren el Museo de Historia de Tlaxcala tras remodelación</h1>
<p class="byline">Por Redacción | 14/08/2020</p>
<p>El Museo de Historia de Tlaxcala reabrió sus puertas este viernes después de ocho meses de trabajos de remodelación en sus salas y en el patio central.</p>
<p>La directora del recinto, Ana Laura Cuapio, informó que se renovaron la iluminación y las cédulas de las cuatro salas permanentes.</p>
</article>
<aside class="related"><h3>Más leídas</h3><ul><li><a href="/n/1">Cierran carretera a Apizaco</a></li></ul></aside>
</main>
<footer><p>&copy; 2020 Tlaxcala al Día</p></footer>
<script src="/static/js/bundle.8f3a2.js"></script>
</body>
</html>
"""
FILES.append(('z16.txt', enc(t16), BAD('Es una página HTML guardada, no una nota en texto; no se importa.')))

# ---------------------------------------------------------------- z17 wire, Puebla, two bylines, Publicado/Actualizado, teaser at paragraph start
t17 = """Puebla | EXPRESO POBLANO | Ciudad

Ampliarán horario de la Línea 3 de RUTA por regreso a clases en la capital poblana

Por Valeria Huerta Cid y Óscar Limón Tapia
Publicado: 08 de diciembre de 2022, 10:15 | Actualizado: 08 de diciembre de 2022, 13:02

Foto: Expreso Poblano / Archivo

El servicio de la Línea 3 de la Red Urbana de Transporte Articulado (RUTA) ampliará su horario a partir del lunes para atender a los estudiantes que regresan a clases presenciales en la zona de Ciudad Universitaria y el bulevar Valsequillo.

Las unidades comenzarán a circular a las 5:00 horas, media hora antes de lo habitual, y el último recorrido saldrá de la terminal Valsequillo a las 23:00 horas. Además, se sumarán seis autobuses articulados en las horas de mayor demanda.

También te recomendamos: Estas son las calles cerradas en el Centro Histórico por el desfile navideño La directora de Carreteras de Cuota Puebla, organismo que opera el sistema, Leticia Bonilla Rosas, explicó que en noviembre la Línea 3 transportó en promedio 61 mil pasajeros diarios, 12 por ciento más que en el mismo mes del año anterior.

Usuarios consultados en la estación Ciudad Universitaria coincidieron en que el cambio ayudará a quienes tienen clases a las siete de la mañana, aunque se quejaron de la falta de vigilancia en algunos paraderos durante la noche.

El organismo informó que se reforzará la presencia de policías estatales en las estaciones con menor iluminación y que se instalarán cámaras en los paraderos de Castillotla y San Bartolo.

La tarifa se mantendrá en 8 pesos con 50 centavos y los estudiantes con credencial vigente seguirán pagando la mitad.

¿Tienes una denuncia o una historia que contar? Escríbenos a redaccion@expresopoblano.example
Síguenos en Facebook, Instagram y TikTok: @ExpresoPoblano_mx
"""
FILES.append(('z17.text', enc(t17), G(
    family='wire',
    title='Ampliarán horario de la Línea 3 de RUTA por regreso a clases en la capital poblana',
    date='2022-12-08', bylines=['Valeria Huerta Cid', 'Óscar Limón Tapia'], source='Expreso Poblano',
    section='Ciudad',
    body_first_words='El servicio de la Línea 3 de la Red Urbana de Transporte Articulado (RUTA)',
    body_last_words='los estudiantes con credencial vigente seguirán pagando la mitad.',
    boilerplate=['Puebla | EXPRESO POBLANO | Ciudad',
                 'Actualizado: 08 de diciembre de 2022, 13:02',
                 'También te recomendamos: Estas son las calles cerradas en el Centro Histórico por el desfile navideño',
                 '¿Tienes una denuncia o una historia que contar?', 'redaccion@expresopoblano.example',
                 'Síguenos en Facebook, Instagram y TikTok', '@ExpresoPoblano_mx'],
    must_keep=['La directora de Carreteras de Cuota Puebla, organismo que opera el sistema, Leticia Bonilla Rosas, explicó que en noviembre la Línea 3 transportó en promedio 61 mil pasajeros diarios, 12 por ciento más que en el mismo mes del año anterior.',
               'Además, se sumarán seis autobuses articulados en las horas de mayor demanda.'],
    photo_credit='Expreso Poblano / Archivo')))

# ---------------------------------------------------------------- z18 press (Tamaulipas), bold bullets, dateline opens paragraph, ---000---
t18 = """SECRETARÍA DE DESARROLLO ECONÓMICO
GOBIERNO DE TAMAULIPAS

Comunicado 014/2024

**Tamaulipas atrae inversión de 5 mil 200 millones de pesos para parque solar en Reynosa**

**• Generará 900 empleos durante la construcción y 120 permanentes**
**• La planta abastecerá a 14 empresas del parque industrial Colonial**

Ciudad Victoria, Tamaulipas, 15 de enero de 2024.- La empresa Solaris Noreste anunció una inversión de 5 mil 200 millones de pesos para construir un parque solar de 300 megawatts en el municipio de Reynosa, informó la Secretaría de Desarrollo Económico.

El titular de la dependencia, Mauricio Garza Cavazos, señaló que el proyecto se instalará en un predio de 600 hectáreas sobre la carretera a San Fernando y que la obra comenzará en el segundo semestre del año, una vez que concluyan los permisos ambientales.

La energía generada se destinará principalmente a empresas manufactureras del parque industrial Colonial, que en los últimos dos años han reportado interrupciones en el suministro eléctrico durante las temporadas de calor.

Garza Cavazos destacó que con esta inversión Tamaulipas suma 11 proyectos de energía renovable anunciados desde 2022 y reiteró que el Gobierno estatal acompañará a la empresa en la contratación de mano de obra local, con prioridad para egresados de las universidades tecnológicas de la frontera.

El funcionario añadió que se firmará un convenio con el Ayuntamiento de Reynosa para mejorar el camino de acceso al predio.

---000---

SDE Tamaulipas | comunicacion.sde@tamaulipas.example | Tel. 834 000 7788
"""
FILES.append(('z18.md', enc(t18), G(
    family='press_release',
    title='Tamaulipas atrae inversión de 5 mil 200 millones de pesos para parque solar en Reynosa',
    date='2024-01-15', source='SECRETARÍA DE DESARROLLO ECONÓMICO',
    bulletin_number='014/2024', issuer='SECRETARÍA DE DESARROLLO ECONÓMICO',
    dateline_city='Ciudad Victoria',
    body_first_words='Generará 900 empleos durante la construcción y 120 permanentes',
    body_last_words='para mejorar el camino de acceso al predio.',
    boilerplate=['GOBIERNO DE TAMAULIPAS', 'Comunicado 014/2024',
                 'Ciudad Victoria, Tamaulipas, 15 de enero de 2024.-', '---000---',
                 'comunicacion.sde@tamaulipas.example', 'Tel. 834 000 7788'],
    must_keep=['La empresa Solaris Noreste anunció una inversión de 5 mil 200 millones de pesos para construir un parque solar de 300 megawatts en el municipio de Reynosa, informó la Secretaría de Desarrollo Económico.',
               'La energía generada se destinará principalmente a empresas manufactureras del parque industrial Colonial, que en los últimos dos años han reportado interrupciones en el suministro eléctrico durante las temporadas de calor.'])))

# ---------------------------------------------------------------- z19 generic, opinion column pasted from Word, cp1252 CRLF
t19 = """El agua de Celaya no puede esperar otro sexenio

Por Ana Sofía Lugo Rentería

Cada verano la historia se repite en las colonias del oriente de Celaya: tandeos de dos o tres días por semana, pipas que llegan tarde y vecinos que almacenan agua en tambos y cubetas. No es un problema nuevo, pero cada año es más grave.

Los pozos que abastecen a la ciudad extraen agua de un acuífero que se abate entre dos y tres metros al año, según los propios estudios del organismo operador. A mayor profundidad, el agua sale con más arsénico y fluoruro, y el costo de bombearla crece. Es una cuenta que no cierra.

Se han anunciado acueductos, plantas potabilizadoras y convenios con los municipios vecinos. Casi ninguno ha pasado de la maqueta. Mientras tanto, la mitad del agua que se extrae se pierde en fugas de una red que en algunas zonas tiene más de cincuenta años.

No hace falta esperar una gran obra para empezar. Sustituir tuberías, medir el consumo de las grandes industrias y cobrar lo justo a quien más gasta son decisiones que dependen de la voluntad del Ayuntamiento y del consejo del organismo, no de la Federación.

También nos toca a los ciudadanos. Reparar fugas domésticas, exigir cuentas claras y participar en las sesiones abiertas del consejo son formas de presión que funcionan.

El agua de Celaya no puede esperar otro sexenio de promesas. Lo que no se haga en estos tres años se pagará, literalmente, con pozos secos.

—
La autora es ingeniera ambiental e integrante del Observatorio Ciudadano del Agua del Bajío.
"""
FILES.append(('z19.text', enc(t19, 'cp1252', '\r\n'), G(
    family='generic',
    title='El agua de Celaya no puede esperar otro sexenio',
    date=None, bylines=['Ana Sofía Lugo Rentería'], source=None,
    body_first_words='Cada verano la historia se repite en las colonias del oriente de Celaya:',
    body_last_words='Lo que no se haga en estos tres años se pagará, literalmente, con pozos secos.',
    boilerplate=['La autora es ingeniera ambiental e integrante del Observatorio Ciudadano del Agua del Bajío.'],
    must_keep=['Casi ninguno ha pasado de la maqueta.',
               'También nos toca a los ciudadanos.'])))

# ---------------------------------------------------------------- z20 jekyll, naive datetime, draft: true, placement only in categories, mixed EOL
t20 = ("---\r\n"
       "title: Tlaxcala prepara la Noche de Museos con 22 recintos abiertos\n"
       "date: 2020-06-30 18:00\r\n"
       "categories:\n"
       "- Cultura\n"
       "- Principal\r\n"
       "draft: true\n"
       "site_name: Tlaxcala Cultural\n"
       "autores: [\"Itzel Cuahutle Pérez\"]\n"
       "---\n"
       "\n"
       "La Secretaría de Cultura de Tlaxcala alista la primera Noche de Museos del año, en la que 22 recintos de la capital, Apizaco, Huamantla y Chiautempan abrirán de manera gratuita de las 18:00 a las 23:00 horas.\r\n"
       "\r\n"
       "Por las medidas sanitarias, cada museo tendrá un aforo máximo del 30 por ciento y será obligatorio el uso de cubrebocas. Los recorridos se harán en grupos pequeños y con horario asignado, que podrá reservarse en línea a partir del lunes.\n"
       "\n"
       "La programación incluye visitas guiadas al Museo de Arte de Tlaxcala, donde se presenta una muestra de gráfica contemporánea, así como conciertos de cámara en el patio del ex convento de San Francisco y proyecciones de cine en la plaza de la Constitución.\n"
       "\n"
       "En Huamantla, el Museo Nacional del Títere ofrecerá funciones breves para familias y un taller de elaboración de marionetas con materiales reciclados. En Apizaco, el Museo Casa de Piedra abrirá por primera vez su sala dedicada a la historia del ferrocarril.\r\n"
       "\r\n"
       "La coordinadora del programa, Mónica Zempoalteca Ríos, explicó que la intención es reactivar la vida cultural de la entidad después de meses de cierres. “Queremos que la gente vuelva a los museos con confianza”, dijo.\n"
       "\n"
       "La Secretaría pidió a los asistentes consultar la cartelera completa antes de acudir, pues algunas actividades al aire libre podrían suspenderse en caso de lluvia.\n")
FILES.append(('z20.md', t20.encode('utf-8'), G(
    family='jekyll',
    title='Tlaxcala prepara la Noche de Museos con 22 recintos abiertos',
    date='2020-06-30', published=False, bylines=['Itzel Cuahutle Pérez'], source='Tlaxcala Cultural',
    section='Cultura', placement=['Principal'],
    body_first_words='La Secretaría de Cultura de Tlaxcala alista la primera Noche de Museos del año,',
    body_last_words='algunas actividades al aire libre podrían suspenderse en caso de lluvia.',
    boilerplate=['draft: true', 'site_name: Tlaxcala Cultural'],
    must_keep=['Por las medidas sanitarias, cada museo tendrá un aforo máximo del 30 por ciento y será obligatorio el uso de cubrebocas.',
               'En Apizaco, el Museo Casa de Piedra abrirá por primera vez su sala dedicada a la historia del ferrocarril.'])))
