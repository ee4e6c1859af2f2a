# -*- coding: utf-8 -*-
"""Files w01-w10 of the blind set b1 (see make_b1.py for the entry format)."""

FILES = []

# ---------------------------------------------------------------- w01 wire (liveblog)
FILES.append(dict(
    name='w01', ext='md', family='wire', enc='utf-8', eol='lf',
    text="""\
EN VIVO

## Tormenta en León deja inundaciones en 14 colonias; suspenden clases en el turno vespertino

**Pulso Bajío Digital** | León, Gto. | 15 de julio de 2024
Publicado: 15/07/2024 07:40 h · Actualizado: 15/07/2024 13:05 h

Por Daniela Orozco Mendiola

La tormenta que cayó la madrugada de este lunes sobre León dejó inundaciones en al menos 14 colonias del poniente y del sur de la ciudad, de acuerdo con el primer reporte de Protección Civil municipal. El bulevar Timoteo Lozano y las calles que rodean la Central de Abastos registraron los encharcamientos más altos, con tirantes de hasta 60 centímetros.

![Vehículos varados en el bulevar Timoteo Lozano](/fotos/2024/07/inundacion-leon.jpg)
Foto: Pulso Bajío / Daniela Orozco

**13:05** | La Secretaría de Educación estatal confirmó que las escuelas ubicadas en las colonias afectadas suspenden clases en el turno vespertino. Directores y personal de mantenimiento revisarán los planteles antes de reanudar actividades el martes.

**11:40** | Bomberos de León reportan que ya se desalojó el agua en la mayoría de los cruceros del bulevar Aeropuerto. El tránsito avanza con lentitud en dirección a Silao.

📲 ¿Quieres recibir estas alertas al momento? Únete a nuestro canal de WhatsApp y activa las notificaciones.

**10:15** | Protección Civil informa que 37 familias de la colonia San Juan de Abajo fueron trasladadas al albergue instalado en el gimnasio municipal. Lee también: Estas son las colonias sin agua potable este fin de semana en León Las familias recibieron colchonetas, cobijas y alimentos calientes.

**08:50** | El organismo operador de agua desplegó 12 camiones hidroneumáticos para desazolvar el colector de la avenida Olímpica. Los trabajos podrían extenderse hasta la noche.

**07:40** | Buenos días. Seguimos minuto a minuto los efectos de la tormenta en León. El Servicio Meteorológico Nacional prevé lluvias fuertes para el resto de la semana en Guanajuato.

---

*Daniela Orozco Mendiola es reportera de Pulso Bajío Digital. Cubre ciudad, protección civil y movilidad en León desde 2017.*

🎧 Escucha cada viernes nuestro pódcast «Bajío en 20 minutos» en tu plataforma favorita.
Síguenos en Instagram y TikTok como @pulsobajio.mx
""",
    gold=dict(
        title='Tormenta en León deja inundaciones en 14 colonias; suspenden clases en el turno vespertino',
        date='2024-07-15',
        bylines=['Daniela Orozco Mendiola'],
        source='Pulso Bajío Digital',
        body_first_words='La tormenta que cayó la madrugada de este lunes',
        body_last_words='para el resto de la semana en Guanajuato.',
        boilerplate=[
            'EN VIVO',
            'Actualizado: 15/07/2024 13:05 h',
            'Únete a nuestro canal de WhatsApp',
            'Lee también: Estas son las colonias sin agua potable este fin de semana en León',
            'es reportera de Pulso Bajío Digital',
            'Escucha cada viernes nuestro pódcast',
            'Síguenos en Instagram y TikTok',
            '@pulsobajio.mx',
        ],
        must_keep=[
            'Protección Civil informa que 37 familias de la colonia San Juan de Abajo fueron trasladadas al albergue instalado en el gimnasio municipal.',
            'Las familias recibieron colchonetas, cobijas y alimentos calientes.',
            'Bomberos de León reportan que ya se desalojó el agua en la mayoría de los cruceros del bulevar Aeropuerto.',
        ],
        photo_credit='Pulso Bajío / Daniela Orozco',
    )))

# ---------------------------------------------------------------- w02 press release (municipal, social media)
FILES.append(dict(
    name='w02', ext='md', family='press_release', enc='utf-8', eol='lf',
    text="""\
📢 #Comunicado 071/2024

**GOBIERNO MUNICIPAL DE TORREÓN**
Dirección de Comunicación Social

# ARRANCA PROGRAMA “BACHEO NOCTURNO” EN 38 COLONIAS DEL ORIENTE

* **Se aplicarán 9 mil metros cuadrados de carpeta asfáltica**
* **Las cuadrillas trabajarán de 22:00 a 05:00 horas para no afectar la circulación**

Torreón, Coahuila; 12 de marzo de 2024.- El Gobierno Municipal de Torreón puso en marcha el programa “Bacheo Nocturno”, con el que cuadrillas de la Dirección de Obras Públicas rehabilitarán calles dañadas en 38 colonias del oriente de la ciudad durante las próximas seis semanas.

El arranque se realizó en la avenida Juárez, a la altura de la colonia Ampliación Los Ángeles, donde el alcalde explicó que el horario nocturno permite avanzar más rápido y evita cierres prolongados en las horas de mayor tráfico.

La inversión asciende a 14.6 millones de pesos provenientes de recursos propios. Cada noche trabajarán cuatro cuadrillas con petrolizadora, compactadora y camiones de volteo, además de personal de Tránsito para abanderar los cruceros.

Las primeras colonias atendidas serán:

✅ Ampliación Los Ángeles
✅ Valle Oriente
✅ Las Margaritas
✅ Villa Florida
✅ Nueva California

La dirección pidió a los automovilistas respetar los señalamientos y reducir la velocidad al pasar junto a las cuadrillas. 🚧 Las rutas de transporte público que circulan por la avenida Juárez no tendrán desvíos, pero podrían presentar retrasos de hasta diez minutos.

Vecinos de Valle Oriente, donde los baches se multiplicaron tras las lluvias de septiembre, recibieron el anuncio con cautela y pidieron que la carpeta nueva tenga garantía de al menos dos años.

La ciudadanía puede reportar baches a través de la aplicación municipal o en la línea de atención ciudadana, y los reportes se atenderán conforme al calendario del programa.

#TorreónAvanza #ObraPública #BacheoNocturno

-oOo-

📞 Contacto para medios: 871 000 1234, ext. 210
✉️ comunicacion@torreon-municipio.example
Facebook | X | Instagram: @TorreonMunicipioInfo
""",
    gold=dict(
        title='ARRANCA PROGRAMA “BACHEO NOCTURNO” EN 38 COLONIAS DEL ORIENTE',
        date='2024-03-12',
        source='Gobierno Municipal de Torreón',
        bulletin_number='071/2024',
        issuer='Gobierno Municipal de Torreón',
        dateline_city='Torreón',
        body_first_words='El Gobierno Municipal de Torreón puso en marcha',
        body_last_words='se atenderán conforme al calendario del programa.',
        boilerplate=[
            '#Comunicado 071/2024',
            'Dirección de Comunicación Social',
            'Se aplicarán 9 mil metros cuadrados de carpeta asfáltica',
            'Las cuadrillas trabajarán de 22:00 a 05:00 horas',
            'Torreón, Coahuila; 12 de marzo de 2024.-',
            '#TorreónAvanza',
            '-oOo-',
            'Contacto para medios',
            'comunicacion@torreon-municipio.example',
            '@TorreonMunicipioInfo',
        ],
        must_keep=[
            'Las rutas de transporte público que circulan por la avenida Juárez no tendrán desvíos, pero podrían presentar retrasos de hasta diez minutos.',
            'La inversión asciende a 14.6 millones de pesos provenientes de recursos propios.',
            'Nueva California',
        ],
    )))

# ---------------------------------------------------------------- w03 jekyll (flow categories, Portada)
FILES.append(dict(
    name='w03', ext='md', family='jekyll', enc='utf-8', eol='lf',
    text="""\
---
layout: post
title: "Tuxtla habilita 12 puntos de hidratación ante la onda de calor"
date: 2023-06-14
author: Redacción Brújula
categories: [Portada, Sociedad]
tags:
  - calor
  - salud
  - Tuxtla Gutiérrez
medio: Brújula Chiapas
image: /assets/img/2023/06/hidratacion-tuxtla.jpg
---

El Ayuntamiento de Tuxtla Gutiérrez instaló 12 puntos de hidratación en parques, mercados y paradas de transporte para atender a la población durante la onda de calor que mantiene temperaturas superiores a los 40 grados desde hace una semana.

Los módulos funcionan de 11:00 a 17:00 horas y cuentan con agua purificada, sobres de vida suero oral y personal de la Cruz Roja capacitado para detectar síntomas de golpe de calor.

<!-- more -->

La mayor afluencia se ha registrado en el mercado Díaz Ordaz y en el parque de la Marimba, donde comerciantes y vendedores ambulantes pasan varias horas bajo el sol.

Foto: Brújula Chiapas / Archivo

La Secretaría de Salud estatal reportó 23 casos de golpe de calor en lo que va de la temporada, la mayoría en adultos mayores y trabajadores de la construcción. Recomendó beber agua aunque no se tenga sed, usar ropa clara y evitar la exposición directa al sol entre las 12:00 y las 16:00 horas.

También pidió no dejar a niñas, niños ni mascotas dentro de vehículos estacionados, ni siquiera por unos minutos, pues la temperatura interior puede superar los 60 grados.

El gobierno municipal informó que los puntos de hidratación permanecerán abiertos mientras se mantenga el aviso de calor extremo para la región Centro de Chiapas. Las personas que presenten mareo, dolor de cabeza intenso o confusión deben acudir al módulo más cercano o llamar al número de emergencias.
""",
    gold=dict(
        title='Tuxtla habilita 12 puntos de hidratación ante la onda de calor',
        date='2023-06-14',
        published=True,
        bylines=[],
        source='Brújula Chiapas',
        section='Sociedad',
        placement=['Portada'],
        body_first_words='El Ayuntamiento de Tuxtla Gutiérrez instaló 12 puntos',
        body_last_words='o llamar al número de emergencias.',
        boilerplate=['<!-- more -->', 'Redacción Brújula'],
        must_keep=[
            'La mayor afluencia se ha registrado en el mercado Díaz Ordaz y en el parque de la Marimba, donde comerciantes y vendedores ambulantes pasan varias horas bajo el sol.',
        ],
        photo_credit='Brújula Chiapas / Archivo',
    )))

# ---------------------------------------------------------------- w04 wire (cp1252, CRLF, dateline, glued teaser)
FILES.append(dict(
    name='w04', ext='txt', family='wire', enc='cp1252', eol='crlf',
    text="""\
Enlace Norte MX | Noticias de la frontera
Frontera

Instalarán 45 semáforos inteligentes en cruces escolares de Ciudad Juárez

Por: Mariana Escárcega Holguín
Martes 9 de abril de 2024 — 10:15 h

CIUDAD JUÁREZ, Chih. (Enlace Norte).— El Gobierno municipal instalará 45 semáforos inteligentes en cruces cercanos a escuelas primarias y secundarias de la ciudad, como parte de un plan para reducir los atropellamientos de menores en horario escolar.

De acuerdo con la Dirección de Tránsito, en 2023 se registraron 61 accidentes con peatones menores de edad a menos de 300 metros de un plantel, la mayoría entre las 7:00 y las 8:00 horas.

Los equipos contarán con sensores que detectan a los peatones y alargan el tiempo de cruce, además de cámaras conectadas al centro de monitoreo municipal. Te puede interesar | Cierran dos carriles del Puente Libre por trabajos de mantenimiento La inversión será de 38 millones de pesos y la instalación comenzará en mayo.

Foto: Enlace Norte / Archivo

Los primeros cruces intervenidos estarán sobre las avenidas Tecnológico, Ejército Nacional y Manuel J. Clouthier, así como en la zona del Suroriente, donde vecinos han pedido durante años reductores de velocidad y pasos peatonales señalizados.

“Queremos que ninguna mamá tenga que cruzar con sus hijos corriendo entre los carros”, dijo Leticia Armendáriz, integrante del comité de padres de familia de una primaria de la colonia Riberas del Bravo.

La Dirección de Tránsito aclaró que los semáforos actuales seguirán funcionando hasta que concluya el cambio y que habrá agentes viales en los cruces durante las obras.

Con información de Ramón Chavira.

MÁS NOTICIAS
» Juarenses podrán tramitar su licencia de conducir en línea
» Suspenden servicio de agua en 12 colonias del suroriente
» Reportan saldo blanco en el maratón internacional

Recibe las noticias de la frontera en tu correo: suscríbete al boletín de Enlace Norte.
""",
    gold=dict(
        title='Instalarán 45 semáforos inteligentes en cruces escolares de Ciudad Juárez',
        date='2024-04-09',
        bylines=['Mariana Escárcega Holguín'],
        source='Enlace Norte MX',
        section='Frontera',
        body_first_words='El Gobierno municipal instalará 45 semáforos inteligentes',
        body_last_words='habrá agentes viales en los cruces durante las obras.',
        boilerplate=[
            'Noticias de la frontera',
            'CIUDAD JUÁREZ, Chih. (Enlace Norte).—',
            'Te puede interesar | Cierran dos carriles del Puente Libre por trabajos de mantenimiento',
            'Con información de Ramón Chavira.',
            'MÁS NOTICIAS',
            'Juarenses podrán tramitar su licencia de conducir en línea',
            'suscríbete al boletín de Enlace Norte',
        ],
        must_keep=[
            'Los equipos contarán con sensores que detectan a los peatones y alargan el tiempo de cruce, además de cámaras conectadas al centro de monitoreo municipal.',
            'La inversión será de 38 millones de pesos y la instalación comenzará en mayo.',
        ],
        photo_credit='Enlace Norte / Archivo',
    )))

# ---------------------------------------------------------------- w05 press release (state secretariat, cp1252)
FILES.append(dict(
    name='w05', ext='txt', family='press_release', enc='cp1252', eol='crlf',
    text="""\
GOBIERNO DE PUEBLA
Secretaría de Salud del Estado de Puebla

No. SSEP/318/2023

CONFIRMA SALUD 3 MIL 214 CASOS DE DENGUE
EN LA SIERRA NORORIENTAL

- **Refuerzan fumigación y abatización en 27 municipios**
- **Piden a la población eliminar criaderos en patios y azoteas**

Heroica Puebla de Zaragoza, Pue., 18 de septiembre de 2023.- La Secretaría de Salud del Estado de Puebla confirmó 3 mil 214 casos de dengue en lo que va del año, de los cuales 71 por ciento se concentra en municipios de la Sierra Nororiental, entre ellos Hueytamalco, Tenampulco, Ayotoxco de Guerrero y Cuetzalan del Progreso.

La dependencia informó que 486 casos corresponden a dengue con signos de alarma y que hasta el momento no se han registrado defunciones por esta enfermedad en la entidad.

Como parte de la estrategia de control, 140 brigadistas realizan fumigación espacial y aplicación de larvicida casa por casa en 27 municipios. Las jornadas se extenderán hasta el 30 de octubre, cuando concluye la temporada de mayor transmisión.

El titular de Vigilancia Epidemiológica explicó que el mosquito transmisor se reproduce en cualquier recipiente que acumule agua limpia, por lo que pidió voltear cubetas, tapar tinacos, cambiar el agua de floreros y bebederos cada tercer día y desechar llantas y botellas.

Ante síntomas como fiebre alta, dolor de cabeza, dolor detrás de los ojos o manchas en la piel, la recomendación es acudir a la unidad de salud más cercana y evitar la automedicación, en especial con antiinflamatorios que pueden agravar el cuadro.

---o0o---

Unidad de Comunicación Social
Secretaría de Salud del Estado de Puebla
Tel. 222 000 4567, ext. 1180
prensa@salud-puebla.example
""",
    gold=dict(
        title='CONFIRMA SALUD 3 MIL 214 CASOS DE DENGUE EN LA SIERRA NORORIENTAL',
        date='2023-09-18',
        source='Secretaría de Salud del Estado de Puebla',
        bulletin_number='SSEP/318/2023',
        issuer='Secretaría de Salud del Estado de Puebla',
        dateline_city='Heroica Puebla de Zaragoza',
        body_first_words='La Secretaría de Salud del Estado de Puebla confirmó',
        body_last_words='antiinflamatorios que pueden agravar el cuadro.',
        boilerplate=[
            'GOBIERNO DE PUEBLA',
            'No. SSEP/318/2023',
            'Refuerzan fumigación y abatización en 27 municipios',
            'Piden a la población eliminar criaderos en patios y azoteas',
            'Heroica Puebla de Zaragoza, Pue., 18 de septiembre de 2023.-',
            '---o0o---',
            'Unidad de Comunicación Social',
            'Tel. 222 000 4567',
            'prensa@salud-puebla.example',
        ],
        must_keep=[
            'Las jornadas se extenderán hasta el 30 de octubre, cuando concluye la temporada de mayor transmisión.',
        ],
    )))

# ---------------------------------------------------------------- w06 generic (plain text, Publicado: day-first)
FILES.append(dict(
    name='w06', ext='txt', family='generic', enc='utf-8', eol='crlf',
    text="""\
Vecinos de Ojocaliente limpian el arroyo El Cedazo tras las primeras tormentas de septiembre
Publicado: 12/09/2023

Más de ochenta vecinos de los fraccionamientos Ojocaliente I, II y III se reunieron el sábado por la mañana para retirar basura, llantas y ramas del cauce del arroyo El Cedazo, en el oriente de la ciudad de Aguascalientes.~TS~

La jornada fue convocada por el comité de vecinos después de que la tormenta del 5 de septiembre desbordó el arroyo en dos puntos y el agua alcanzó las cocheras de al menos quince casas de la calle Rafael Arellano.

Durante cinco horas, los participantes llenaron 140 costales con desechos, entre ellos colchones, muebles viejos y bolsas con cascajo que algunas personas tiran por la noche en los terrenos que rodean el cauce.~TS~

El municipio envió dos camiones recolectores y una retroexcavadora para sacar el material más pesado, mientras que una tienda de la zona donó agua y guantes para los voluntarios.

La presidenta del comité, Martha Elena Rangel, explicó que la limpieza no sustituye el desazolve que corresponde a las autoridades, pero que los vecinos no querían esperar a la siguiente tormenta con el arroyo tapado.

Los organizadores pidieron instalar alumbrado y letreros que prohíban tirar basura en las orillas, y acordaron repetir la jornada el primer sábado de cada mes hasta que termine la temporada de lluvias.

Quienes quieran sumarse pueden llegar a las 8:00 horas al puente peatonal de la avenida Siglo XXI, con guantes, gorra y botella de agua.
""",
    gold=dict(
        title='Vecinos de Ojocaliente limpian el arroyo El Cedazo tras las primeras tormentas de septiembre',
        date='2023-09-12',
        body_first_words='Más de ochenta vecinos de los fraccionamientos Ojocaliente',
        body_last_words='con guantes, gorra y botella de agua.',
        boilerplate=['Publicado: 12/09/2023'],
        must_keep=[
            'El municipio envió dos camiones recolectores y una retroexcavadora para sacar el material más pesado, mientras que una tienda de la zona donó agua y guantes para los voluntarios.',
        ],
    )))

# ---------------------------------------------------------------- w07 jekyll (quoted date with offset, published: yes, embed)
FILES.append(dict(
    name='w07', ext='markdown', family='jekyll', enc='utf-8', eol='lf',
    text="""\
---
layout: post
title: 'Acapulco reabre Caleta y Caletilla tras jornada de limpieza submarina'
date: "2022-11-03 23:40:00 -0600"
published: yes
categories:
  - Destacadas
  - Turismo
tags: [playas, Acapulco, limpieza]
author: Joaquín Bello Salgado
site: Acapulco al Día
---

Las playas Caleta y Caletilla reabrieron al público este jueves por la noche, luego de dos días de trabajos de limpieza en los que buzos voluntarios, lancheros y personal de la zona federal retiraron cerca de cuatro toneladas de residuos del fondo marino y de la arena.

Entre los desechos había botellas, redes de pesca abandonadas, llantas y hasta una bicicleta, explicó Ulises Mendoza Carbajal, instructor de buceo que coordinó a los 35 voluntarios que participaron en la jornada.

Así lo anunció Protección Civil estatal en sus redes sociales:

> **Protección Civil Guerrero** (@PCivilGro_ejemplo) · 3 nov. 2022
> 🏖️ A partir de esta noche se reabren Caleta y Caletilla. Gracias a buzos y prestadores de servicios por su apoyo. #AcapulcoLimpio

El cierre temporal afectó a cerca de 60 prestadores de servicios, entre vendedores de alimentos, renteros de sombrillas y lancheros que ofrecen recorridos a la isla La Roqueta, quienes dijeron haber perdido hasta la mitad de sus ventas de la semana.

Los comerciantes pidieron que las autoridades coloquen más contenedores en el malecón y que se vigile a quienes tiran basura desde las embarcaciones, pues aseguran que buena parte de los residuos llega con la marea.

Con la reapertura, el Ayuntamiento espera recibir a más de 20 mil visitantes en la zona durante el fin de semana largo. La Dirección de Ecología informó que la siguiente limpieza submarina se realizará en la playa Manzanillo antes de la temporada decembrina.
""",
    gold=dict(
        title='Acapulco reabre Caleta y Caletilla tras jornada de limpieza submarina',
        date='2022-11-03',
        published=True,
        bylines=['Joaquín Bello Salgado'],
        source='Acapulco al Día',
        section='Turismo',
        placement=['Destacadas'],
        body_first_words='Las playas Caleta y Caletilla reabrieron al público',
        body_last_words='en la playa Manzanillo antes de la temporada decembrina.',
        boilerplate=['@PCivilGro_ejemplo', '#AcapulcoLimpio', 'Gracias a buzos y prestadores de servicios por su apoyo.'],
        must_keep=[
            'Así lo anunció Protección Civil estatal en sus redes sociales:',
            'El cierre temporal afectó a cerca de 60 prestadores de servicios',
        ],
    )))

# ---------------------------------------------------------------- w08 wire (BOM, ÚLTIMA HORA, social post, WhatsApp)
FILES.append(dict(
    name='w08', ext='md', family='wire', enc='utf-8-sig', eol='lf',
    text="""\
ÚLTIMA HORA

# Cierran el Periférico de Mérida por incendio de pastizal a la altura de Caucel

Sureste al Momento · 22 de abril de 2024 · 16:48 h
Redacción

MÉRIDA, Yuc. (Sureste al Momento).— Un incendio de pastizal obligó este lunes a cerrar la circulación en el Periférico poniente de Mérida, a la altura de la comisaría de Caucel, luego de que el humo redujera la visibilidad a unos cuantos metros.

Cuerpos de bomberos y elementos de Protección Civil trabajaron durante más de dos horas para sofocar el fuego, que consumió alrededor de 15 hectáreas de maleza seca entre el anillo periférico y el fraccionamiento Ciudad Caucel.

Así lo informó la Secretaría de Seguridad Pública en sus redes sociales:

> 🚨 #AvisoVial Por incendio de pastizal se cierra la circulación en el Periférico poniente, a la altura de Caucel. Tome precauciones y utilice vías alternas. — SSP Yucatán (@SSPYuc_Ejemplo) 22 de abril de 2024

Los automovilistas que se dirigían hacia Hunucmá y Umán fueron desviados por la calle 59 y la avenida Jacinto Canek, donde se formaron filas de más de un kilómetro durante la hora de mayor tráfico.

No se reportaron personas lesionadas ni viviendas afectadas, aunque vecinos de Ciudad Caucel denunciaron que los incendios en los terrenos baldíos de la zona se repiten cada temporada de secas. 📲 Sigue el canal de Sureste al Momento en WhatsApp para recibir la última hora. Las autoridades recordaron que quemar basura o maleza está prohibido y puede sancionarse con multas.

La circulación se restableció de manera gradual pasadas las 19:00 horas, una vez que los bomberos confirmaron que no había riesgo de que el fuego se reavivara con el viento.

Con información de Diario Peninsular.

**Lo más leído**
1. Mérida alcanza 41 grados; estas son las recomendaciones
2. Ampliarán horario de rutas nocturnas de transporte
3. Abren convocatoria para becas municipales
""",
    gold=dict(
        title='Cierran el Periférico de Mérida por incendio de pastizal a la altura de Caucel',
        date='2024-04-22',
        bylines=[],
        source='Sureste al Momento',
        body_first_words='Un incendio de pastizal obligó este lunes',
        body_last_words='que el fuego se reavivara con el viento.',
        boilerplate=[
            'ÚLTIMA HORA',
            'Redacción',
            'MÉRIDA, Yuc. (Sureste al Momento).—',
            '@SSPYuc_Ejemplo',
            'Tome precauciones y utilice vías alternas.',
            'Sigue el canal de Sureste al Momento en WhatsApp',
            'Con información de Diario Peninsular.',
            'Lo más leído',
            'Mérida alcanza 41 grados',
        ],
        must_keep=[
            'No se reportaron personas lesionadas ni viviendas afectadas, aunque vecinos de Ciudad Caucel denunciaron que los incendios en los terrenos baldíos de la zona se repiten cada temporada de secas.',
            'Las autoridades recordaron que quemar basura o maleza está prohibido y puede sancionarse con multas.',
            'Así lo informó la Secretaría de Seguridad Pública en sus redes sociales:',
        ],
    )))

# ---------------------------------------------------------------- w09 press release (congress, BOM, dateline in paragraph, -30-)
FILES.append(dict(
    name='w09', ext='markdown', family='press_release', enc='utf-8-sig', eol='lf',
    text="""\
![Logotipo de la LX Legislatura](/img/logo-legislatura.png)

**H. CONGRESO DEL ESTADO DE QUERÉTARO**
**LX Legislatura**

Boletín 1102

## Aprueba Pleno reforma para que mercados municipales cuenten con protocolos contra incendios

Santiago de Querétaro, Qro., 3 de mayo de 2023.- Con 22 votos a favor y tres abstenciones, el Pleno de la LX Legislatura aprobó reformas a la Ley de Protección Civil del Estado para obligar a los municipios a contar con un protocolo de prevención de incendios en cada mercado público.

La iniciativa fue presentada por la diputada Alejandra Mireles Cabrera, presidenta de la Comisión de Protección Civil, luego del incendio registrado en enero en un mercado de la capital, que dejó pérdidas en 40 locales.

Con la reforma, los ayuntamientos deberán revisar cada año las instalaciones eléctricas y de gas de los mercados, colocar extintores y señalización de rutas de evacuación y capacitar a locatarios en el uso de equipo contra incendios.

Los municipios tendrán un plazo de 180 días naturales para elaborar sus protocolos y presentarlos ante la Coordinación Estatal de Protección Civil, que emitirá un dictamen técnico en un máximo de 60 días.

Durante la discusión, el diputado Rogelio Santoyo Licea señaló que varios municipios serranos no cuentan con personal especializado, por lo que propuso que el estado ofrezca asesoría gratuita; la propuesta fue aceptada como artículo transitorio.

La diputada Mireles Cabrera afirmó que la medida busca proteger el patrimonio de miles de familias que dependen del comercio en los mercados. El decreto será remitido al Poder Ejecutivo para su publicación en el periódico oficial La Sombra de Arteaga.

-30-

**Coordinación de Comunicación Social**
Tel. 442 000 7788 · comunicacion@legislatura-qro.example
X: @LegisQroEjemplo
""",
    gold=dict(
        title='Aprueba Pleno reforma para que mercados municipales cuenten con protocolos contra incendios',
        date='2023-05-03',
        source='Congreso del Estado de Querétaro',
        bulletin_number='1102',
        issuer='Congreso del Estado de Querétaro',
        dateline_city='Santiago de Querétaro',
        body_first_words='Con 22 votos a favor y tres abstenciones',
        body_last_words='en el periódico oficial La Sombra de Arteaga.',
        boilerplate=[
            'H. CONGRESO DEL ESTADO DE QUERÉTARO',
            'Boletín 1102',
            'Santiago de Querétaro, Qro., 3 de mayo de 2023.-',
            '-30-',
            'Coordinación de Comunicación Social',
            'comunicacion@legislatura-qro.example',
            '@LegisQroEjemplo',
        ],
        must_keep=[
            'Los municipios tendrán un plazo de 180 días naturales para elaborar sus protocolos y presentarlos ante la Coordinación Estatal de Protección Civil, que emitirá un dictamen técnico en un máximo de 60 días.',
        ],
    )))

# ---------------------------------------------------------------- w10 bad (front matter, no body)
FILES.append(dict(
    name='w10', ext='md', family='bad', enc='utf-8', eol='lf',
    text="""\
---
layout: post
title: "Suspenden tianguis de la colonia Centro por obras de drenaje"
date: 2024-02-10
categories: [Noticias, Portada]
author: Redacción
tags: [tianguis, obras]
---
~TS~

""",
    gold=dict(
        refusal_reason='El archivo solo contiene el encabezado YAML (front matter) y no tiene cuerpo de texto que importar.',
    )))
