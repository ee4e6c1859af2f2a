# -*- coding: utf-8 -*-
"""Files ab11-ab20."""
from _h import enc, gold, bad

FILES = []

# ---------------------------------------------------------------- ab11 jekyll, fiscal investigation (Spanish long date, block categories, footnotes, CRLF)
t11 = """---
layout: nota-larga
titulo_corto: Fideicomiso portuario
title: "El fideicomiso de $1,200 millones que el puerto de Lázaro Cárdenas no explica"
date: "5 de octubre de 2022"
autores: [Aurora Medina Villaseñor, Tomás Huerta Rangel]
site: La Lupa Fiscal
categories:
  - Destacadas
  - Dinero público
tags: [fideicomisos, puertos, Michoacán, ASF]
lectura: 9 min
serie: Puertos opacos
entrega: 2
og_image: /img/2022/fideicomiso-puerto.png
---

La Administración del Sistema Portuario Nacional de Lázaro Cárdenas mantiene un fideicomiso de 1 200 millones de pesos cuyos movimientos no aparecen en sus informes anuales ni en la Plataforma Nacional de Transparencia.

El instrumento fue creado en 2016 para financiar obras de dragado y protección costera. Sin embargo, los estados de cuenta obtenidos por *La Lupa Fiscal* muestran que entre 2019 y 2021 se pagaron 318 millones de pesos a empresas de consultoría y mantenimiento de oficinas[^a].

La Auditoría Superior de la Federación (ASF) señaló en su revisión de la Cuenta Pública 2020 que el fideicomiso no contaba con reglas de operación actualizadas ni con un comité técnico en funciones[^b]. La observación sigue sin solventarse.

| Año | Ingresos (mdp) | Egresos (mdp) | Destino principal |
|-----|---------------:|--------------:|-------------------|
| 2019 | 410 | 96 | Consultorías |
| 2020 | 385 | 121 | Mantenimiento de oficinas |
| 2021 | 402 | 101 | Estudios de impacto |

Consultada para este reportaje, la administración portuaria respondió por escrito que los recursos “se ejercen conforme a la normatividad aplicable” y que la información es reservada por motivos de seguridad nacional.

Especialistas en finanzas públicas consultados coinciden en que la reserva no aplica a pagos de consultoría. El dragado del canal principal, que debía concluir en 2020, tiene un avance de 40 %.

**Cómo lo hicimos:** solicitamos los estados de cuenta del fideicomiso mediante 14 solicitudes de información y un recurso de revisión ante el INAI. Comparamos los pagos con el padrón de proveedores y con los contratos publicados en CompraNet.

[^a]: Estados de cuenta bancarios 2019–2021, entregados tras el recurso RRA 9921/22.
[^b]: ASF, Auditoría de Cumplimiento 2020-2-09J3E-19-0311.
"""
FILES.append(('ab11.markdown', enc(t11, eol='\r\n'), gold(
    'jekyll',
    'El fideicomiso de $1,200 millones que el puerto de Lázaro Cárdenas no explica',
    '2022-10-05', ['Aurora Medina Villaseñor', 'Tomás Huerta Rangel'], 'La Lupa Fiscal',
    'La Administración del Sistema Portuario Nacional de Lázaro Cárdenas mantiene',
    'Auditoría de Cumplimiento 2020-2-09J3E-19-0311.',
    ['layout: nota-larga', 'lectura: 9 min', 'og_image: /img/2022/fideicomiso-puerto.png'],
    ['La observación sigue sin solventarse.',
     'El dragado del canal principal, que debía concluir en 2020, tiene un avance de 40 %.'],
    section='Dinero público', placement=['Destacadas'])))

# ---------------------------------------------------------------- ab12 generic (markdown # heading, stray control byte)
t12 = """# Vecinos de Bahía de Banderas limpian 3 kilómetros de estero tras las lluvias

Más de 120 vecinos de Bucerías, Mezcales y San Vicente participaron el domingo en una jornada de limpieza del estero El Chino, donde las lluvias de la semana pasada arrastraron basura, llantas y ramas.

En cinco horas de trabajo retiraron cerca de 4 toneladas de residuos, entre ellos 230 llantas, colchones, muebles y cientos de botellas de plástico. La basura fue trasladada en camiones del Ayuntamiento al relleno sanitario.\x0b

La organización vecinal Estero Vivo, que convocó la jornada, explicó que el estero es refugio de cocodrilos, garzas y aves migratorias, y que la acumulación de residuos provoca que el agua se estanque y que aumenten los mosquitos.

“Cada temporada de lluvias es lo mismo. Lo que la gente tira en los arroyos termina aquí”, comentó Marisela Robles Ibarra, una de las organizadoras. Propuso que se instalen rejillas en las desembocaduras de los canales pluviales para detener la basura antes de que llegue al estero.

Participaron también estudiantes de la preparatoria de Bucerías y trabajadores de dos hoteles de la zona, que donaron guantes, costales y agua para los voluntarios.

La próxima jornada está prevista para el último domingo de septiembre. Los organizadores pidieron a las autoridades municipales sancionar a quienes tiren escombro en terrenos baldíos cercanos al estero.
"""
FILES.append(('ab12.md', enc(t12), gold(
    'generic',
    'Vecinos de Bahía de Banderas limpian 3 kilómetros de estero tras las lluvias',
    None, [], None,
    'Más de 120 vecinos de Bucerías, Mezcales y San Vicente participaron',
    'quienes tiren escombro en terrenos baldíos cercanos al estero.',
    [],
    ['La basura fue trasladada en camiones del Ayuntamiento al relleno sanitario.',
     'Propuso que se instalen rejillas en las desembocaduras de los canales pluviales para detener la basura antes de que llegue al estero.'])))

# ---------------------------------------------------------------- ab13 press release, Guerrero (Boletín No., oo0oo, curly quotes, NBSP)
t13 = """Boletín No. 0457
Gobierno del Estado de Guerrero
Secretaría de Salud

Salud Guerrero aplica más de 90 mil vacunas contra sarampión en Acapulco y Costa Grande

Chilpancingo, Gro., 9 de febrero de 2024.-\u00a0La Secretaría de Salud de Guerrero informó que en las últimas tres semanas se han aplicado 91 mil 300 dosis de la vacuna contra sarampión y rubéola en Acapulco y en los municipios de la Costa Grande, como parte de la campaña de seguimiento para niñas y niños de 1 a 9 años.

La directora de Salud Pública, Guadalupe Nava Abarca, explicó que el objetivo es cerrar brechas de vacunación que se abrieron durante la pandemia y tras el paso del huracán Otis, que dañó 14 unidades médicas del puerto.

“Es fundamental que madres, padres y tutores revisen la Cartilla Nacional de Salud y acudan al centro de salud más cercano”, señaló. Añadió que la vacuna es gratuita y segura, y que no es necesario presentar CURP para recibirla.

Las brigadas también visitan escuelas, mercados y colonias de difícil acceso en Coyuca de Benítez, Tecpan de Galeana y Petatlán. A la fecha, la cobertura estimada en el grupo de 1 a 4 años es de 87 %.

La dependencia recordó que el sarampión es una enfermedad altamente contagiosa que puede causar neumonía y encefalitis. Ante fiebre y manchas rojas en la piel, se recomienda acudir de inmediato a la unidad de salud.

oo0oo

Dirección de Comunicación Social – Salud Guerrero
Teléfonos: 747 000 0000 / 747 000 0001
Correo: comunicacion@saludguerrero.example
Redes: @SaludGroOficial
"""
FILES.append(('ab13.txt', enc(t13), gold(
    'press_release',
    'Salud Guerrero aplica más de 90 mil vacunas contra sarampión en Acapulco y Costa Grande',
    '2024-02-09', [], 'Secretaría de Salud de Guerrero',
    'La Secretaría de Salud de Guerrero informó que en las últimas tres semanas',
    'se recomienda acudir de inmediato a la unidad de salud.',
    ['Boletín No. 0457', 'Gobierno del Estado de Guerrero', 'oo0oo',
     'Dirección de Comunicación Social – Salud Guerrero', 'Teléfonos: 747 000 0000 / 747 000 0001',
     'comunicacion@saludguerrero.example', '@SaludGroOficial'],
    ['Añadió que la vacuna es gratuita y segura, y que no es necesario presentar CURP para recibirla.',
     'A la fecha, la cobertura estimada en el grupo de 1 a 4 años es de 87 %.'],
    bulletin='0457', issuer='Secretaría de Salud de Guerrero', city='Chilpancingo')))

# ---------------------------------------------------------------- ab14 wire, TV Villahermosa (teaser at start of paragraph, MÁS NOTICIAS, Windows-1252)
t14 = """CANAL 12 GRIJALVA | NOTICIAS TABASCO
Sección: Salud

Confirman 27 casos de leptospirosis en colonias inundadas de Villahermosa

Nota de: Jesús Ovando Priego / Edición: Telediario Grijalva Mediodía
Villahermosa, Tab. | 14.11.2023 | 13:58

Foto: Canal 12 Grijalva / Archivo

La Secretaría de Salud de Tabasco confirmó 27 casos de leptospirosis en habitantes de colonias que permanecieron inundadas durante más de dos semanas en Villahermosa, principalmente en Gaviotas Sur, Casa Blanca y La Manga.

Lee también: Estos son los albergues que siguen abiertos en Centro La enfermedad se transmite por contacto con agua o lodo contaminado con orina de roedores y puede provocar fiebre, dolor muscular intenso y, en casos graves, daño renal y hepático.

El jefe de Epidemiología estatal, Rodrigo Torruco Lastra, informó que todos los pacientes reciben tratamiento con antibióticos y que cuatro permanecen hospitalizados. Recomendó usar botas y guantes al limpiar viviendas y no caminar descalzo en zonas encharcadas.

Brigadas de salud repartieron 15 mil sobres de vida suero oral y 8 mil frascos de plata coloidal para desinfectar agua en las colonias afectadas. También se aplican dosis de doxiciclina preventiva a trabajadores de limpieza.

Vecinos de Gaviotas Sur señalaron que el agua bajó hace apenas cuatro días y que aún hay basura y animales muertos en las calles.

MÁS NOTICIAS
- Reanudan clases presenciales en 112 escuelas de Centro
- CFE restablece la luz en el 90 % de las colonias afectadas
- Tabasqueños podrán tramitar apoyo para enseres domésticos

Mira Telediario Grijalva de lunes a viernes a las 14:00 y 21:00 horas por el canal 12.1
"""
FILES.append(('ab14.text', enc(t14, encoding='cp1252'), gold(
    'wire',
    'Confirman 27 casos de leptospirosis en colonias inundadas de Villahermosa',
    '2023-11-14', ['Jesús Ovando Priego'], 'Canal 12 Grijalva',
    'La Secretaría de Salud de Tabasco confirmó 27 casos de leptospirosis',
    'y animales muertos en las calles.',
    ['CANAL 12 GRIJALVA | NOTICIAS TABASCO', 'Edición: Telediario Grijalva Mediodía',
     'Lee también: Estos son los albergues que siguen abiertos en Centro', 'MÁS NOTICIAS',
     'CFE restablece la luz en el 90 % de las colonias afectadas',
     'Mira Telediario Grijalva de lunes a viernes'],
    ['La enfermedad se transmite por contacto con agua o lodo contaminado con orina de roedores y puede provocar fiebre, dolor muscular intenso y, en casos graves, daño renal y hepático.',
     'También se aplican dosis de doxiciclina preventiva a trabajadores de limpieza.'],
    photo='Canal 12 Grijalva / Archivo', section='Salud')))

# ---------------------------------------------------------------- ab15 bad: saved HTML page
t15 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Alerta por marea roja en Bahía de La Paz | Noticias Península</title>
<link rel="stylesheet" href="/css/main.css">
<script async src="https://analytics.example/tag.js"></script>
</head>
<body>
<header class="site-header"><nav><a href="/">Inicio</a> <a href="/seguridad">Seguridad</a></nav></header>
<main>
<article>
<h1>Alerta por marea roja en Bahía de La Paz</h1>
<p class="byline">Por Redacción · 12 de agosto de 2024</p>
<p>Autoridades sanitarias emitieron una alerta por la presencia de marea roja en la bahía de La Paz y recomendaron no consumir almejas ni ostiones de la zona.</p>
<p>La Comisión para la Protección contra Riesgos Sanitarios tomó muestras en cinco puntos de la bahía.</p>
</article>
</main>
<footer>© 2024 Noticias Península</footer>
</body>
</html>
"""
FILES.append(('ab15.md', enc(t15), bad('El archivo es una página HTML guardada, no una nota en texto o Markdown.')))

# ---------------------------------------------------------------- ab16 jekyll, data site without site key (fecha: key naive, Principal placement)
t16 = """---
layout: datos
title: 'Homicidios en la costa de Oaxaca bajan 18 %, pero las desapariciones se duplican'
fecha: 2021-07-08 10:00
author: Natalia Cruz Matus
categories: [Principal, Seguridad]
tags: [Oaxaca, homicidios, desapariciones, SESNSP]
grafica: /graficas/costa-oaxaca-2021.html
fuente_datos: SESNSP y Comisión Nacional de Búsqueda
mathjax: false
---

Los homicidios dolosos en los municipios de la Costa de Oaxaca disminuyeron 18 % en el primer semestre de 2021 respecto al mismo periodo del año anterior, pero las denuncias por desaparición de personas se duplicaron, de acuerdo con un análisis de las cifras oficiales.

Entre enero y junio, las fiscalías registraron 96 víctimas de homicidio doloso en las regiones de Costa e Istmo, frente a 117 en 2020. En cambio, el Registro Nacional de Personas Desaparecidas sumó 61 reportes, contra 29 del año previo.

| Municipio | Homicidios 2020 | Homicidios 2021 | Desapariciones 2021 |
|-----------|---:|---:|---:|
| Santa María Huatulco | 14 | 9 | 11 |
| San Pedro Pochutla | 19 | 15 | 8 |
| Santiago Pinotepa Nacional | 31 | 24 | 17 |
| Juchitán de Zaragoza | 53 | 48 | 25 |

Investigadoras de colectivos de búsqueda advierten que una reducción en homicidios puede esconder un cambio en la forma de violencia. “Cuando no aparecen los cuerpos, no se cuentan como homicidios”, explicó una integrante de un colectivo de Pinotepa.

La Fiscalía estatal no respondió a la solicitud de entrevista.

## Notas sobre los datos

Usamos las cifras de víctimas del Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública (SESNSP) con corte al 20 de julio de 2021 y la versión pública del Registro Nacional de Personas Desaparecidas y No Localizadas. Las cifras pueden cambiar con actualizaciones posteriores.
"""
FILES.append(('ab16.md', enc(t16), gold(
    'jekyll',
    'Homicidios en la costa de Oaxaca bajan 18 %, pero las desapariciones se duplican',
    '2021-07-08', ['Natalia Cruz Matus'], None,
    'Los homicidios dolosos en los municipios de la Costa de Oaxaca',
    'Las cifras pueden cambiar con actualizaciones posteriores.',
    ['layout: datos', 'grafica: /graficas/costa-oaxaca-2021.html', 'mathjax: false'],
    ['La Fiscalía estatal no respondió a la solicitud de entrevista.',
     '“Cuando no aparecen los cuerpos, no se cuentan como homicidios”, explicó una integrante de un colectivo de Pinotepa.'],
    section='Seguridad', placement=['Principal'])))

# ---------------------------------------------------------------- ab17 press release, Baja California Sur (Comunicado NNN/YYYY, ###)
t17 = """**GOBIERNO DE BAJA CALIFORNIA SUR**
**Coordinación Estatal de Protección Civil**

Comunicado 071/2024

## Emiten alerta preventiva en Los Cabos y La Paz por tormenta tropical “Ileana”

La Paz, B.C.S., 12 de septiembre de 2024

La Coordinación Estatal de Protección Civil de Baja California Sur emitió alerta amarilla (peligro moderado) para los municipios de Los Cabos y La Paz por el acercamiento de la tormenta tropical Ileana, que se ubica a 210 kilómetros al sur de Cabo San Lucas.

El coordinador estatal, Fernando Geraldo Cota, informó que se prevén lluvias intensas de 75 a 150 milímetros, rachas de viento de hasta 85 kilómetros por hora y oleaje de 2 a 4 metros en las costas del sur de la península.

Se suspendieron las clases en todos los niveles educativos para este jueves y viernes en ambos municipios, y la Capitanía de Puerto cerró la navegación a embarcaciones menores.

Se habilitaron 58 refugios temporales con capacidad para 9 mil personas. La población que vive en arroyos y zonas bajas debe atender las indicaciones de las autoridades y trasladarse a un refugio si se le solicita.

Protección Civil recomendó asegurar techos de lámina, retirar objetos que puedan ser arrastrados por el viento, almacenar agua potable y tener a la mano documentos importantes en bolsas de plástico.

La información oficial se actualizará cada seis horas a través de los canales institucionales.

###

Contacto para medios: Departamento de Prensa, 612 000 0000
prensa.pcbcs@bcs.example · @PCivilBCS
"""
FILES.append(('ab17.md', enc(t17), gold(
    'press_release',
    'Emiten alerta preventiva en Los Cabos y La Paz por tormenta tropical “Ileana”',
    '2024-09-12', [], 'Coordinación Estatal de Protección Civil de Baja California Sur',
    'La Coordinación Estatal de Protección Civil de Baja California Sur emitió alerta amarilla',
    'se actualizará cada seis horas a través de los canales institucionales.',
    ['GOBIERNO DE BAJA CALIFORNIA SUR', 'Comunicado 071/2024', '###',
     'Contacto para medios: Departamento de Prensa, 612 000 0000',
     'prensa.pcbcs@bcs.example', '@PCivilBCS'],
    ['Se habilitaron 58 refugios temporales con capacidad para 9 mil personas.',
     'Se suspendieron las clases en todos los niveles educativos para este jueves y viernes en ambos municipios, y la Capitanía de Puerto cerró la navegación a embarcaciones menores.'],
    bulletin='071/2024', issuer='Coordinación Estatal de Protección Civil de Baja California Sur',
    city='La Paz')))

# ---------------------------------------------------------------- ab18 wire, radio Veracruz port (WhatsApp pitch glued at end of paragraph, curly quotes, trailing spaces)
t18 = """Radio Puerto 1170 AM — «Informativo del Puerto»

Capturan a cocodrilo de 3 metros en canal pluvial de Boca del Río

🎥 VIDEO: Así fue la captura del reptil en la colonia Carranza 

Por Edgar Uscanga Rivas  
24 julio, 2024 - 08:15 am  
Sección: Medio Ambiente  

Un cocodrilo de pantano de aproximadamente tres metros de largo fue capturado la noche del martes en un canal pluvial de la colonia Carranza, en Boca del Río, luego de que vecinos alertaran sobre su presencia.

Personal de Protección Civil municipal y de la Unidad de Manejo Ambiental del Acuario de Veracruz realizaron la maniobra con lazos y cinta adhesiva para inmovilizar el hocico del animal. La operación tomó cerca de una hora. ¡Únete a nuestro canal de WhatsApp y recibe las noticias al momento!

El biólogo Ramiro Tejeda Pulido explicó que las lluvias de los últimos días elevaron el nivel de los canales que conectan con el río Jamapa y que los cocodrilos se desplazan en busca de alimento. “No son agresivos si no se les molesta, pero nunca hay que acercarse ni darles comida”, advirtió.

El ejemplar fue revisado por un veterinario y será liberado en una zona de manglar alejada de asentamientos humanos. En lo que va del año se han reubicado siete cocodrilos en la zona conurbada.

Protección Civil pidió reportar cualquier avistamiento al número de emergencias 911 y no intentar capturar a los animales.

También te recomendamos: Playas de Veracruz, aptas para vacacionar según Cofepris
Escucha el Informativo del Puerto de 6:00 a 9:00 h por el 1170 AM y en radiopuerto.example
"""
FILES.append(('ab18.txt', enc(t18), gold(
    'wire',
    'Capturan a cocodrilo de 3 metros en canal pluvial de Boca del Río',
    '2024-07-24', ['Edgar Uscanga Rivas'], 'Radio Puerto 1170 AM',
    'Un cocodrilo de pantano de aproximadamente tres metros de largo',
    'y no intentar capturar a los animales.',
    ['«Informativo del Puerto»', 'VIDEO: Así fue la captura del reptil en la colonia Carranza',
     '¡Únete a nuestro canal de WhatsApp y recibe las noticias al momento!',
     'También te recomendamos: Playas de Veracruz, aptas para vacacionar según Cofepris',
     'Escucha el Informativo del Puerto de 6:00 a 9:00 h', 'radiopuerto.example'],
    ['La operación tomó cerca de una hora.',
     'En lo que va del año se han reubicado siete cocodrilos en la zona conurbada.'],
    section='Medio Ambiente')))

# ---------------------------------------------------------------- ab19 generic (setext title, CRLF)
t19 = """Temporada de huracanes: lo que debe tener una mochila de emergencia
===================================================================

La temporada de huracanes en el Pacífico y el Atlántico se extiende de mayo a noviembre, y los especialistas en protección civil coinciden en que la preparación comienza antes de que se emita la primera alerta.

Una mochila de emergencia debe estar lista para tomarse en menos de cinco minutos. Debe contener agua embotellada para al menos tres días, alimentos enlatados o deshidratados, un abrelatas manual, linterna con pilas de repuesto, radio de baterías y un botiquín básico.

También es necesario guardar copias de documentos personales en una bolsa hermética: actas de nacimiento, identificaciones, escrituras o contratos de arrendamiento, recetas médicas y pólizas de seguro. Una memoria USB con fotografías de los documentos puede ser útil.

Las familias con bebés, personas adultas mayores o con discapacidad deben agregar pañales, fórmula, medicamentos para al menos una semana y los aparatos de apoyo que utilicen. Si hay mascotas, conviene incluir croquetas, agua y una correa.

Es recomendable identificar con anticipación el refugio temporal más cercano y la ruta para llegar a él. Los ayuntamientos publican cada año la lista de refugios en sus páginas oficiales.

Finalmente, hay que revisar la mochila cada seis meses para reemplazar alimentos, agua y medicamentos caducados.
"""
FILES.append(('ab19.text', enc(t19, eol='\r\n'), gold(
    'generic',
    'Temporada de huracanes: lo que debe tener una mochila de emergencia',
    None, [], None,
    'La temporada de huracanes en el Pacífico y el Atlántico se extiende',
    'para reemplazar alimentos, agua y medicamentos caducados.',
    ['==========='],
    ['Una memoria USB con fotografías de los documentos puede ser útil.',
     'Los ayuntamientos publican cada año la lista de refugios en sus páginas oficiales.'])))

# ---------------------------------------------------------------- ab20 jekyll (offset date near midnight, flow categories with Portada, footnotes)
t20 = """---
layout: post
title: "Sargazo récord: Quintana Roo recolectó 48 mil toneladas en 2022 y gastó el doble que en 2019"
description: "Un análisis de contratos y bitácoras de recolección municipal"
date: 2022-12-31T21:30:00-05:00
author: Paulina Chi Herrera
publication: Periodismo de Datos Caribe
categories: [Portada, Medio ambiente]
tags: [sargazo, contratos, Quintana Roo]
permalink: /2022/12/sargazo-record/
header:
  teaser: /assets/sargazo-teaser.jpg
  caption: "Foto: Paulina Chi / PDC"
---

Los municipios costeros de Quintana Roo retiraron 48 mil 300 toneladas de sargazo de sus playas durante 2022, la cifra más alta desde que se tiene registro, según las bitácoras de recolección obtenidas por transparencia[^bitacoras].

El gasto conjunto de Benito Juárez, Solidaridad, Tulum, Puerto Morelos y Othón P. Blanco en contratos de limpieza y disposición del alga alcanzó 412 millones de pesos, más del doble de los 189 millones erogados en 2019.

| Municipio | Toneladas 2022 | Gasto 2022 (mdp) |
|---|---:|---:|
| Solidaridad | 16 900 | 141 |
| Benito Juárez | 12 400 | 118 |
| Tulum | 9 800 | 87 |
| Puerto Morelos | 6 100 | 44 |
| Othón P. Blanco | 3 100 | 22 |

Siete de cada diez pesos se asignaron por adjudicación directa. Tres empresas concentraron 61 % de los contratos, y una de ellas fue constituida apenas dos meses antes de recibir su primer pago[^empresa].

Investigadores del sector académico advierten que la mayor parte del alga se deposita en predios sin impermeabilizar, lo que puede contaminar el acuífero con arsénico y metales pesados.

Los ayuntamientos de Solidaridad y Tulum no respondieron a las solicitudes de entrevista.

[^bitacoras]: Bitácoras de recolección de los cinco municipios, enero a diciembre de 2022.
[^empresa]: Acta constitutiva consultada en el Registro Público de Comercio de Playa del Carmen.
"""
FILES.append(('ab20.md', enc(t20), gold(
    'jekyll',
    'Sargazo récord: Quintana Roo recolectó 48 mil toneladas en 2022 y gastó el doble que en 2019',
    '2022-12-31', ['Paulina Chi Herrera'], 'Periodismo de Datos Caribe',
    'Los municipios costeros de Quintana Roo retiraron 48 mil 300 toneladas',
    'en el Registro Público de Comercio de Playa del Carmen.',
    ['permalink: /2022/12/sargazo-record/', 'teaser: /assets/sargazo-teaser.jpg'],
    ['Siete de cada diez pesos se asignaron por adjudicación directa.',
     'Los ayuntamientos de Solidaridad y Tulum no respondieron a las solicitudes de entrevista.'],
    photo='Paulina Chi / PDC', section='Medio ambiente', placement=['Portada'])))
