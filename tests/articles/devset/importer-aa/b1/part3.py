# Files aa21-aa30
from common import enc, gold, bad

FILES = []

# ---------------------------------------------------------------- aa21 wire: regional agency copy resold, embargo + slug at top, publication date line, (APN) dateline without date
t21 = """EMBARGO HASTA LAS 00:01 H DEL 14 DE AGOSTO DE 2024
APN-QROO-TURISMO-140824 / 412 palabras

DIARIO COSTA MAYA | Sección: Turismo
Fecha de publicación: 14/08/2024

# Chetumal recibe su primer crucero fluvial por el río Hondo; prevén 20 salidas al año

Por Agencia Peninsular de Noticias (APN)

CHETUMAL, Q. Roo. (APN).— Con 86 pasajeros a bordo, la embarcación *Dzibanché* completó el primer recorrido turístico comercial por el río Hondo, frontera natural entre México y Belice, con lo que empresarios locales buscan atraer visitantes hacia el sur del estado.

El trayecto, de seis horas, parte del muelle fiscal de Chetumal, bordea la bahía y remonta el río hasta la comunidad de Subteniente López, donde los visitantes desembarcan para conocer el mercado binacional y probar la gastronomía de la zona.

La Asociación de Prestadores de Servicios Turísticos del Sur estimó que en el primer año se realizarán al menos 20 salidas, con una ocupación promedio de 70 personas por viaje. Su presidente, Ulises Poot Chablé, reconoció que el reto será competir con los destinos del norte del estado.

“Chetumal no tiene que parecerse a Cancún; aquí vendemos río, selva y cultura maya viva”, dijo.

La Capitanía de Puerto autorizó la ruta después de un año de trámites y estudios de navegación, pues el río presenta tramos de poca profundidad durante la temporada de secas.

El boleto tendrá un costo de 1,450 pesos por persona e incluirá alimentos y guía bilingüe.

---
Este material es propiedad de la Agencia Peninsular de Noticias. Queda prohibida su redistribución sin contrato vigente.
"""
FILES.append(('aa21.markdown', enc(t21), gold(
    'wire',
    'Chetumal recibe su primer crucero fluvial por el río Hondo; prevén 20 salidas al año',
    '2024-08-14', [], 'Diario Costa Maya', 'Turismo', [],
    'Con 86 pasajeros a bordo, la embarcación',
    'incluirá alimentos y guía bilingüe.',
    ['EMBARGO HASTA LAS 00:01 H DEL 14 DE AGOSTO DE 2024', 'APN-QROO-TURISMO-140824 / 412 palabras',
     'Por Agencia Peninsular de Noticias (APN)', 'CHETUMAL, Q. Roo. (APN).—',
     'Este material es propiedad de la Agencia Peninsular de Noticias.',
     'Queda prohibida su redistribución sin contrato vigente.'],
    ['La Capitanía de Puerto autorizó la ruta después de un año de trámites y estudios de navegación, pues el río presenta tramos de poca profundidad durante la temporada de secas.',
     'El boleto tendrá un costo de 1,450 pesos por persona e incluirá alimentos y guía bilingüe.'],
    None)))

# ---------------------------------------------------------------- aa22 generic: setext title, cp1252, curly quotes, no date
t22 = """Los últimos sastres del centro de Puebla
========================================

En la calle 5 de Mayo, entre tiendas de ropa importada y locales de telefonía, sobrevive un taller de sastrería que abrió sus puertas en 1962. Lo atiende don Refugio Marín Carpinteyro, de 79 años, quien aprendió el oficio de su padre y todavía corta las telas con las tijeras que heredó.

“Antes había doce sastrerías en estas cuadras; ahora quedamos dos”, cuenta mientras mide la manga de un saco azul marino que un cliente usará en la boda de su hija.

Su clientela ha cambiado. Ya no llegan los burócratas que mandaban hacer tres trajes al año, sino jóvenes que buscan ajustar prendas compradas en línea y músicos de mariachi que necesitan reparar sus trajes de gala antes de una temporada de fiestas.

Un arreglo sencillo cuesta entre 80 y 150 pesos; un traje completo hecho a la medida, alrededor de 6 mil. Don Refugio dice que el precio apenas alcanza para pagar la renta del local, que subió al doble en los últimos cinco años.

Su nieta, estudiante de diseño, pasa las tardes en el taller aprendiendo a tomar medidas y a dibujar patrones. “No sé si ella se quede con el negocio, pero por lo menos el oficio no se va a perder conmigo”, dice el sastre, y vuelve a inclinarse sobre la mesa de corte.
"""
FILES.append(('aa22.text', enc(t22, cp1252=True), gold(
    'generic',
    'Los últimos sastres del centro de Puebla',
    None, [], None, None, [],
    'En la calle 5 de Mayo, entre tiendas de ropa importada',
    'dice el sastre, y vuelve a inclinarse sobre la mesa de corte.',
    ['========================================'],
    ['Su clientela ha cambiado.',
     'Don Refugio dice que el precio apenas alcanza para pagar la renta del local, que subió al doble en los últimos cinco años.'],
    None)))

# ---------------------------------------------------------------- aa23 press: Tribunal Electoral de Michoacán, curly quotes, stray control byte, * * * marker, Unidad de Comunicación Social block
t23 = """TRIBUNAL ELECTORAL DEL ESTADO DE MICHOACÁN
Comunicado TEEM-CS-019/2024

Morelia, Michoacán, 2 de julio de 2024.

Confirma TEEM validez de la elección en Pátzcuaro y ordena recontar 14 casillas en Uruapan

El Pleno del Tribunal Electoral del Estado de Michoacán resolvió este martes los juicios de inconformidad promovidos contra los resultados de las elecciones de ayuntamiento en Pátzcuaro y Uruapan, celebradas el pasado 2 de junio.

En el caso de Pátzcuaro, las magistraturas determinaron por unanimidad confirmar la validez de la elección y la entrega de la constancia de mayoría, al considerar que los agravios sobre la supuesta compra de votos no fueron acreditados con pruebas suficientes.

Respecto de Uruapan, el Tribunal ordenó el recuento de 14 casillas en las que se detectaron inconsistencias entre las actas y los votos registrados en el sistema de cómputo. La diligencia se realizará el próximo 5 de julio en la sede del consejo municipal, con la presencia de representantes de todos los partidos.\x01

La magistrada ponente, Yadira Huerta Guzmán, explicó que “el recuento parcial no prejuzga sobre el resultado final, pero es la vía que garantiza la certeza cuando los números no cuadran”.

Una vez concluido el recuento, el Tribunal contará con un plazo de cinco días para emitir la resolución definitiva, que podrá ser impugnada ante la Sala Regional Toluca del Tribunal Electoral del Poder Judicial de la Federación.

* * *

Unidad de Comunicación Social
Tel. 443 000 0000 · comunicacion@teem.example · @TEEMich_ex
"""
FILES.append(('aa23.txt', enc(t23), gold(
    'press_release',
    'Confirma TEEM validez de la elección en Pátzcuaro y ordena recontar 14 casillas en Uruapan',
    '2024-07-02', [], 'Tribunal Electoral del Estado de Michoacán', None, [],
    'El Pleno del Tribunal Electoral del Estado de Michoacán resolvió este martes',
    'ante la Sala Regional Toluca del Tribunal Electoral del Poder Judicial de la Federación.',
    ['Comunicado TEEM-CS-019/2024', 'Morelia, Michoacán, 2 de julio de 2024.', '* * *',
     'Unidad de Comunicación Social', 'Tel. 443 000 0000', 'comunicacion@teem.example', '@TEEMich_ex'],
    ['Respecto de Uruapan, el Tribunal ordenó el recuento de 14 casillas en las que se detectaron inconsistencias entre las actas y los votos registrados en el sistema de cómputo.',
     'La diligencia se realizará el próximo 5 de julio en la sede del consejo municipal, con la presencia de representantes de todos los partidos.'],
    None, bn='TEEM-CS-019/2024', issuer='Tribunal Electoral del Estado de Michoacán', city='Morelia')))

# ---------------------------------------------------------------- aa24 jekyll: ISO datetime with offset late at night (UTC next day), author map, space-separated categories string, NBSP
t24 = """---
layout: single
title: "Ayuntamiento de Tlaquepaque retira 40 toneladas de lirio del canal de Las Pintas"
date: 2022-11-30T23:45:00-06:00
last_modified_at: 2022-12-01T09:10:00-06:00
author:
  name: Oswaldo Cárdenas Pulido
  x: "@ocardenas_ex"
categories: "Portada Municipios"
tags: ["medio ambiente", lirio, Tlaquepaque]
header:
  teaser: /assets/images/lirio.jpg
  caption: "Foto: Cortesía Ayuntamiento de Tlaquepaque"
sitename: Periferia GDL
---

Cuadrillas del Ayuntamiento de San Pedro Tlaquepaque retiraron durante la última semana 40 toneladas de lirio acuático y basura del canal de Las Pintas, uno de los puntos que provocan inundaciones cada temporada de lluvias en el sur de la zona metropolitana de Guadalajara.

Los trabajos se realizaron con una draga y con el apoyo de 35 trabajadores de Servicios Públicos, quienes también retiraron colchones, llantas y muebles\u00a0que vecinos arrojan al cauce.

La directora de Medio Ambiente municipal, Itandehui Corona Sandoval, explicó que el lirio crece con rapidez por las descargas de aguas residuales que todavía llegan al canal desde algunas colonias sin drenaje.

“Podemos limpiar cada mes, pero si no se cierran las descargas, el problema regresa”, advirtió.

El municipio anunció que en enero comenzará la construcción de un colector en la colonia El Órgano, con una inversión estatal de 22 millones de pesos, para reducir la cantidad de aguas negras que llega al canal.

Vecinos de Las Pintas reconocieron la limpieza, pero pidieron que se instale malla ciclónica en los tramos donde se acumula basura.

**¿Tienes una denuncia ciudadana? Escríbenos a denuncias@periferiagdl.example**
"""
FILES.append(('aa24.md', enc(t24), gold(
    'jekyll',
    'Ayuntamiento de Tlaquepaque retira 40 toneladas de lirio del canal de Las Pintas',
    '2022-11-30', ['Oswaldo Cárdenas Pulido'], 'Periferia GDL', 'Municipios', ['Portada'],
    'Cuadrillas del Ayuntamiento de San Pedro Tlaquepaque retiraron durante la última semana',
    'que se instale malla ciclónica en los tramos donde se acumula basura.',
    ['¿Tienes una denuncia ciudadana?', 'Escríbenos a denuncias@periferiagdl.example'],
    ['La directora de Medio Ambiente municipal, Itandehui Corona Sandoval, explicó que el lirio crece con rapidez por las descargas de aguas residuales que todavía llegan al canal desde algunas colonias sin drenaje.',
     'Vecinos de Las Pintas reconocieron la limpieza, pero pidieron que se instale malla ciclónica en los tramos donde se acumula basura.'],
    'Cortesía Ayuntamiento de Tlaquepaque')))

# ---------------------------------------------------------------- aa25 wire: BOM + CRLF, Redacción byline, dotted date, teaser glued at the START of a paragraph
t25 = """REYNOSA EXPRESS
Seguridad

Instalan 60 cámaras de videovigilancia en cruceros del bulevar Hidalgo

Redacción Reynosa Express
Reynosa, Tamaulipas / 27.01.2024

El Gobierno municipal de Reynosa puso en operación 60 cámaras de videovigilancia en los principales cruceros del bulevar Hidalgo y de la carretera a Monterrey, como parte de un programa para reducir los accidentes viales y el robo de vehículos.

Los equipos están conectados al centro de mando de la Secretaría de Seguridad Pública municipal y permiten la lectura automática de placas, con lo que se podrán identificar unidades con reporte de robo en tiempo real.

LEE TAMBIÉN: Abren convocatoria para becas municipales de transporte El director de Tránsito, Federico Garza Treviño, explicó que las imágenes también se utilizarán para sancionar a conductores que se pasen el alto o invadan el carril del transporte público.

“No se trata de recaudar, se trata de que la gente llegue viva a su casa”, aseguró el funcionario.

De acuerdo con cifras del propio municipio, durante 2023 se registraron en el bulevar Hidalgo 412 choques y 9 atropellamientos con víctimas mortales.

La segunda etapa del programa contempla 45 cámaras adicionales en la zona de puentes internacionales y estará lista antes de las vacaciones de Semana Santa.

Comparte esta nota | Escríbenos: redaccion@reynosaexpress.example
"""
FILES.append(('aa25.txt', enc(t25, crlf=True, bom=True), gold(
    'wire',
    'Instalan 60 cámaras de videovigilancia en cruceros del bulevar Hidalgo',
    '2024-01-27', [], 'Reynosa Express', 'Seguridad', [],
    'El Gobierno municipal de Reynosa puso en operación 60 cámaras',
    'estará lista antes de las vacaciones de Semana Santa.',
    ['REYNOSA EXPRESS', 'Redacción Reynosa Express',
     'LEE TAMBIÉN: Abren convocatoria para becas municipales de transporte',
     'Comparte esta nota', 'Escríbenos: redaccion@reynosaexpress.example'],
    ['El director de Tránsito, Federico Garza Treviño, explicó que las imágenes también se utilizarán para sancionar a conductores que se pasen el alto o invadan el carril del transporte público.',
     'Los equipos están conectados al centro de mando de la Secretaría de Seguridad Pública municipal y permiten la lectura automática de placas, con lo que se podrán identificar unidades con reporte de robo en tiempo real.'],
    None)))

# ---------------------------------------------------------------- aa26 bad: CSV export of the CMS
t26 = """id,titulo,fecha,autor,seccion,estatus
10231,"Inauguran puente vehicular en Tuxtla Gutiérrez",2023-08-14,"Mireya Coutiño",Local,publicado
10232,"Suspenden clases por lluvias en Tapachula",2023-08-15,"Redacción",Estado,publicado
10233,"Cafeticultores piden precio de garantía",2023-08-15,"Josué Penagos",Economía,borrador
10234,"San Cristóbal alista festival de las flores",2023-08-16,"Ana Gómez Ruiz",Cultura,publicado
"""
FILES.append(('aa26.text', enc(t26, crlf=True), bad('El archivo es una exportación CSV de varias notas, no un artículo.')))

# ---------------------------------------------------------------- aa27 press: university in Veracruz, header order city-first, FIN + social block, trailing spaces
t27 = """Xalapa-Enríquez, Veracruz, 15 de mayo de 2023

Universidad Autónoma del Golfo de Veracruz
Dirección de Comunicación Universitaria
Boletín No. 0342

Estudiantes de Ingeniería de la UAGV diseñan potabilizadora solar para comunidades de la Sierra de Zongolica   

Un grupo de seis estudiantes de la Facultad de Ingeniería Química de la Universidad Autónoma del Golfo de Veracruz desarrolló un prototipo de planta potabilizadora que funciona con energía solar y puede abastecer de agua segura a unas 200 familias por día.

El proyecto, asesorado por el académico Ignacio Tepole Xochicale, fue probado durante tres meses en la localidad de Tlaquilpa, donde el agua de manantiales presenta altos niveles de contaminación por bacterias durante la temporada de lluvias.   

La planta utiliza filtros de arena, carbón activado y un sistema de desinfección con luz ultravioleta alimentado por paneles solares, por lo que no requiere conexión a la red eléctrica ni el uso de químicos.

“Queríamos algo que las propias comunidades pudieran mantener sin depender de técnicos de fuera”, explicó la estudiante Daniela Hernández Tlaxcalteco, integrante del equipo.

El costo de cada unidad es de alrededor de 180 mil pesos, cifra que el equipo busca reducir con el uso de materiales locales. La Universidad gestiona recursos con el ayuntamiento y con fundaciones para instalar tres plantas más antes de que termine el año.

El prototipo obtuvo el primer lugar en el Encuentro Regional de Innovación Tecnológica celebrado en Boca del Río.

FIN

Facebook: /UAGVoficial | Instagram: @uagv_ex | prensa@uagv.example
"""
FILES.append(('aa27.markdown', enc(t27), gold(
    'press_release',
    'Estudiantes de Ingeniería de la UAGV diseñan potabilizadora solar para comunidades de la Sierra de Zongolica',
    '2023-05-15', [], 'Universidad Autónoma del Golfo de Veracruz', None, [],
    'Un grupo de seis estudiantes de la Facultad de Ingeniería Química',
    'Encuentro Regional de Innovación Tecnológica celebrado en Boca del Río.',
    ['Xalapa-Enríquez, Veracruz, 15 de mayo de 2023', 'Dirección de Comunicación Universitaria',
     'Boletín No. 0342', 'FIN', 'Facebook: /UAGVoficial', '@uagv_ex', 'prensa@uagv.example'],
    ['La planta utiliza filtros de arena, carbón activado y un sistema de desinfección con luz ultravioleta alimentado por paneles solares, por lo que no requiere conexión a la red eléctrica ni el uso de químicos.',
     'El prototipo obtuvo el primer lugar en el Encuentro Regional de Innovación Tecnológica celebrado en Boca del Río.'],
    None, bn='0342', issuer='Universidad Autónoma del Golfo de Veracruz', city='Xalapa-Enríquez')))

# ---------------------------------------------------------------- aa28 jekyll: multilingual (lang es-MX + title_en), author "redaccion", block categories with Principal, trailing spaces + mixed endings
t28 = """---
lang: es-MX
title: Zacatecas suspende eventos masivos y clases presenciales por COVID-19   
title_en: Zacatecas suspends mass events and in-person classes over COVID-19
date: "2020-03-19"
author: redaccion
categories:
- Principal
- Salud
tags: covid-19 zacatecas escuelas
site: Cantera Rosa Noticias
excerpt_separator: <!--more-->
---

El gobierno de Zacatecas anunció la suspensión de todos los eventos públicos con más de 50 asistentes y de las clases presenciales en escuelas de todos los niveles a partir del próximo lunes, como medida preventiva ante la llegada del nuevo coronavirus al país.   
<!--more-->

La secretaria de Salud estatal, Gloria Berumen Rivas, informó que hasta el momento no se ha confirmado ningún caso en la entidad, aunque se mantienen en observación a cuatro personas que regresaron recientemente de viajes al extranjero.

La medida incluye la cancelación de la Feria del Libro de primavera, de los eventos deportivos en la Unidad Deportiva Norte y de las celebraciones de Semana Santa con procesiones en el centro histórico de la capital.

“Preferimos exagerar en la prevención que lamentar después”, señaló la funcionaria.

Las autoridades pidieron a los comercios colocar gel antibacterial en sus accesos y a la población lavarse las manos con frecuencia, evitar saludar de beso y quedarse en casa ante cualquier síntoma respiratorio.

La Secretaría de Educación estatal precisó que las y los docentes enviarán actividades a distancia y que el regreso a las aulas se evaluará a mediados de abril.

[Read this story in English](/en/2020/03/19/zacatecas-suspends-events/)
"""
FILES.append(('aa28.markdown', enc(t28, mixed=True), gold(
    'jekyll',
    'Zacatecas suspende eventos masivos y clases presenciales por COVID-19',
    '2020-03-19', [], 'Cantera Rosa Noticias', 'Salud', ['Principal'],
    'El gobierno de Zacatecas anunció la suspensión de todos los eventos públicos',
    'el regreso a las aulas se evaluará a mediados de abril.',
    ['<!--more-->', 'Read this story in English'],
    ['La medida incluye la cancelación de la Feria del Libro de primavera, de los eventos deportivos en la Unidad Deportiva Norte y de las celebraciones de Semana Santa con procesiones en el centro histórico de la capital.',
     '“Preferimos exagerar en la prevención que lamentar después”, señaló la funcionaria.'],
    None)))

# ---------------------------------------------------------------- aa29 generic: heading-less title line with byline, no outlet, no date
t29 = """El regreso de la trova a las cantinas de Mérida
Por Teresa Ocampo Dzib

Los jueves por la noche, en una cantina del barrio de Santiago, las botanas llegan acompañadas de boleros. Un trío de guitarras se instala junto a la rocola apagada y, durante tres horas, interpreta canciones de Guty Cárdenas, Ricardo Palmerín y Pastor Cervera.

El fenómeno se ha repetido en al menos ocho cantinas del centro de la ciudad durante el último año. Los dueños aseguran que la música en vivo atrae a clientes que antes no se acercaban, sobre todo parejas jóvenes y turistas nacionales.

Ramón Pech, requinto del trío Los Caminantes del Mayab, dice que la cantina es el lugar natural de la trova. “Aquí nacieron muchas de estas canciones, no en los teatros”, explica entre pieza y pieza.

Los músicos no cobran entrada. Viven de las propinas y de las canciones que los clientes piden a 100 pesos cada una. En una buena noche, cada integrante puede llevarse alrededor de 800 pesos.

Las cantineras y cantineros de mayor edad recuerdan que la costumbre se perdió en los años noventa, cuando llegaron las pantallas y la música grabada. Hoy algunos locales apagan los televisores los jueves para que nadie interrumpa a los tríos.

La Casa de la Trova ha comenzado a registrar a los grupos que tocan en cantinas para incluirlos en un catálogo de intérpretes que pretende publicar el próximo año.
"""
FILES.append(('aa29.md', enc(t29), gold(
    'generic',
    'El regreso de la trova a las cantinas de Mérida',
    None, ['Teresa Ocampo Dzib'], None, None, [],
    'Los jueves por la noche, en una cantina del barrio de Santiago',
    'catálogo de intérpretes que pretende publicar el próximo año.',
    [],
    ['Los músicos no cobran entrada.',
     'Viven de las propinas y de las canciones que los clientes piden a 100 pesos cada una.'],
    None)))

# ---------------------------------------------------------------- aa30 wire: digital outlet, byline + agency "Con información de", share buttons, app pitch glued mid paragraph, ISO date with time
t30 = """**BAJÍO AL MOMENTO** | Economía

## Querétaro registra récord de 4.1 millones de pasajeros en su aeropuerto durante 2023

Por Luis Fernando Ugalde Trejo | 2024-01-09 08:30

Compartir: Facebook · X · WhatsApp

![Aeropuerto de Querétaro](https://cdn.bajioalmomento.example/aiq.jpg)
Foto: Bajío al Momento / Archivo

El Aeropuerto Intercontinental de Querétaro cerró 2023 con 4.1 millones de pasajeros atendidos, la cifra más alta desde su apertura y un crecimiento de 27 por ciento respecto al año anterior, informó la administración de la terminal.

El director general del aeropuerto, Sergio Olvera Pacheco, atribuyó el aumento a la apertura de nueve rutas nacionales y dos internacionales, entre ellas los vuelos directos a Chicago y Dallas. Descarga nuestra app y recibe alertas de tráfico y vuelos. Las rutas a Cancún, Tijuana y Monterrey concentraron casi la mitad del tráfico nacional.

En materia de carga, la terminal movilizó 68 mil toneladas, principalmente autopartes y productos de la industria aeroespacial instalada en el corredor de Colón.

Olvera Pacheco adelantó que este año iniciará la ampliación del edificio terminal, con una inversión de 1,200 millones de pesos, para aumentar de 14 a 22 las posiciones de abordaje.

“Querétaro ya no es un aeropuerto regional; es una puerta de entrada al Bajío”, afirmó.

Empresarios del sector hotelero celebraron las cifras, aunque pidieron mejorar el transporte público entre la terminal y la capital del estado, que actualmente depende de taxis y plataformas digitales.

Con información de Agencia Centro (AGENCIA).

Etiquetas: #AIQ #Querétaro #Aeropuerto
"""
FILES.append(('aa30.md', enc(t30), gold(
    'wire',
    'Querétaro registra récord de 4.1 millones de pasajeros en su aeropuerto durante 2023',
    '2024-01-09', ['Luis Fernando Ugalde Trejo'], 'Bajío al Momento', 'Economía', [],
    'El Aeropuerto Intercontinental de Querétaro cerró 2023 con 4.1 millones',
    'que actualmente depende de taxis y plataformas digitales.',
    ['BAJÍO AL MOMENTO', 'Compartir: Facebook · X · WhatsApp',
     'Descarga nuestra app y recibe alertas de tráfico y vuelos.',
     'Con información de Agencia Centro (AGENCIA).', 'Etiquetas: #AIQ #Querétaro #Aeropuerto'],
    ['El director general del aeropuerto, Sergio Olvera Pacheco, atribuyó el aumento a la apertura de nueve rutas nacionales y dos internacionales, entre ellas los vuelos directos a Chicago y Dallas.',
     'Las rutas a Cancún, Tijuana y Monterrey concentraron casi la mitad del tráfico nacional.'],
    'Bajío al Momento / Archivo')))
