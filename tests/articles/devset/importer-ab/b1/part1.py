# -*- coding: utf-8 -*-
"""Files ab01-ab10."""
from _h import enc, gold, bad

FILES = []

# ---------------------------------------------------------------- ab01 press release, Veracruz (CRLF + BOM)
t01 = """GOBIERNO DEL ESTADO DE VERACRUZ
SECRETARÍA DE SALUD
Comunicado SESVER/214/2024

Xalapa-Enríquez, Ver., 12 de junio de 2024

INTENSIFICAN BRIGADAS CONTRA EL DENGUE EN 38 MUNICIPIOS DE LA ZONA CENTRO Y SUR

La Secretaría de Salud de Veracruz (SESVER) intensificó las acciones de control larvario y nebulización en 38 municipios con mayor incidencia de casos de dengue, entre ellos Veracruz, Boca del Río, Coatzacoalcos, Minatitlán y Cosoleacaque.

El titular de la dependencia, Arturo Benítez Zamudio, informó que en lo que va del año se han confirmado 1 284 casos, de los cuales 212 corresponden a la forma grave de la enfermedad. Agregó que el repunte coincide con el inicio de la temporada de lluvias y con el almacenamiento de agua en patios y azoteas.

Las brigadas recorrerán casa por casa para eliminar criaderos, aplicar larvicida en tinacos y pilas, y orientar a las familias sobre los signos de alarma. Se trata de 640 trabajadores de vectores distribuidos en 11 jurisdicciones sanitarias.

La dependencia exhortó a la población a acudir a su unidad de salud ante fiebre alta, dolor detrás de los ojos, dolor abdominal intenso o sangrado de encías. No se debe tomar aspirina ni antiinflamatorios sin indicación médica.

Además, se habilitaron 24 camas adicionales en el Hospital Regional de Coatzacoalcos y en el Hospital General de Minatitlán para atender casos graves. El personal médico recibió capacitación en el manejo clínico del dengue con signos de alarma.

Benítez Zamudio pidió a los ayuntamientos reforzar la recolección de cacharros y el desazolve de drenajes pluviales durante las próximas semanas.

---o0o---

Unidad de Comunicación Social SESVER
Tel. 228 000 0000 ext. 3107
comunicacion.sesver@salud-ver.example
Facebook: /SaludVeracruzOficial  |  X: @SaludVer_Ofic
"""
FILES.append(('ab01.txt', enc(t01, eol='\r\n', bom=True), gold(
    'press_release',
    'INTENSIFICAN BRIGADAS CONTRA EL DENGUE EN 38 MUNICIPIOS DE LA ZONA CENTRO Y SUR',
    '2024-06-12', [], 'Secretaría de Salud de Veracruz',
    'La Secretaría de Salud de Veracruz (SESVER) intensificó las acciones',
    'drenajes pluviales durante las próximas semanas.',
    ['GOBIERNO DEL ESTADO DE VERACRUZ', 'Comunicado SESVER/214/2024', '---o0o---',
     'Unidad de Comunicación Social SESVER', 'Tel. 228 000 0000 ext. 3107',
     'comunicacion.sesver@salud-ver.example', '@SaludVer_Ofic'],
    ['Se trata de 640 trabajadores de vectores distribuidos en 11 jurisdicciones sanitarias.',
     'No se debe tomar aspirina ni antiinflamatorios sin indicación médica.'],
    bulletin='SESVER/214/2024', issuer='Secretaría de Salud de Veracruz',
    city='Xalapa-Enríquez')))

# ---------------------------------------------------------------- ab02 wire, regional TV Tampico (NBSP, curly quotes)
t02 = """TeleGolfo Noticias  ›  Tampico  ›  Seguridad

Reabren el puente Tampico tras volcadura de pipa con diésel; no hubo lesionados

▶ VIDEO | Así se realizaron las maniobras para retirar la pipa del puente (1:48)

Nota de: Rocío Villarreal Zúñiga
Publicado: 03/09/2024 21:47 h\u00a0|\u00a0Actualizado: 04/09/2024 07:12 h
Visto en Noticiero Estelar TeleGolfo, 20:00 h

Foto: TeleGolfo / Rocío Villarreal

La circulación en el puente Tampico quedó restablecida la madrugada de este miércoles, luego de casi siete horas de cierre por la volcadura de una pipa que transportaba 30 mil litros de diésel.

De acuerdo con la Coordinación Municipal de Protección Civil, el conductor perdió el control en la curva de descenso hacia Ciudad Madero alrededor de las 18:40 horas. El hombre salió por su propio pie y fue valorado en el lugar por paramédicos de la Cruz Roja.

Bomberos aplicaron espuma y material absorbente para contener un derrame de aproximadamente 400 litros. “No hubo riesgo para el río Pánuco porque el combustible se quedó en la cinta asfáltica”, explicó el comandante Héctor Lumbreras.Te puede interesar: Cierran carril de la avenida Hidalgo por obras de drenaje Una grúa de alto tonelaje tardó más de tres horas en levantar la unidad.

Automovilistas reportaron filas de hasta dos kilómetros sobre el libramiento poniente y la carretera Tampico–Mante. La Guardia Nacional desvió el tráfico pesado por el puente Prieto.

La empresa transportista deberá cubrir los daños a la carpeta asfáltica y el costo de la limpieza, informó el Ayuntamiento.

Sigue la cobertura completa en TeleGolfo Noticias en punto, de lunes a viernes a las 20:00 h por el canal 8.1.
¿Tienes una denuncia? Escríbenos al WhatsApp 833 000 0000
#TeleGolfoInforma
"""
FILES.append(('ab02.txt', enc(t02), gold(
    'wire',
    'Reabren el puente Tampico tras volcadura de pipa con diésel; no hubo lesionados',
    '2024-09-03', ['Rocío Villarreal Zúñiga'], 'TeleGolfo Noticias',
    'La circulación en el puente Tampico quedó restablecida la madrugada',
    'y el costo de la limpieza, informó el Ayuntamiento.',
    ['▶ VIDEO | Así se realizaron las maniobras para retirar la pipa del puente (1:48)',
     'Publicado: 03/09/2024 21:47 h', 'Visto en Noticiero Estelar TeleGolfo, 20:00 h',
     'Te puede interesar: Cierran carril de la avenida Hidalgo por obras de drenaje',
     'Sigue la cobertura completa en TeleGolfo Noticias en punto',
     'Escríbenos al WhatsApp 833 000 0000', '#TeleGolfoInforma'],
    ['“No hubo riesgo para el río Pánuco porque el combustible se quedó en la cinta asfáltica”, explicó el comandante Héctor Lumbreras.',
     'Una grúa de alto tonelaje tardó más de tres horas en levantar la unidad.'],
    photo='TeleGolfo / Rocío Villarreal', section='Seguridad')))

# ---------------------------------------------------------------- ab03 jekyll, investigative (offset date, footnotes, table, methodology)
t03 = """---
layout: investigacion
title: "Los pozos que nadie mide: Conagua desconoce cuánta agua extraen 7 de cada 10 concesiones en Sonora"
subtitle: "Un cruce de registros públicos muestra que la mayoría de los títulos no reporta medición volumétrica desde 2015"
date: 2023-11-14 23:30:00 -0600
last_modified_at: 2023-11-20 10:00:00 -0600
medio: Cuadernos de Evidencia
author:
  - Itzel Barragán Soto
  - Federico Quijada Luna
categories: [Investigación, Portada]
tags:
  - agua
  - Conagua
  - Sonora
  - transparencia
image: /assets/img/2023/pozos-sonora.jpg
image_credit: "Cuadernos de Evidencia / Federico Quijada"
comments: false
share: true
toc: true
lang: es-MX
---

Un cruce de registros públicos muestra que la mayoría de los títulos no reporta medición volumétrica desde 2015.

De las 9 412 concesiones de agua subterránea vigentes en Sonora, solo 2 688 cuentan con al menos un reporte de medición volumétrica en los últimos ocho años, según el análisis de *Cuadernos de Evidencia* a partir del Registro Público de Derechos de Agua (REPDA)[^1].

La falta de medición no es un asunto menor. Sin lecturas de los medidores, la autoridad no puede saber si un usuario extrae más del volumen que le fue concesionado, y los acuíferos de la Costa de Hermosillo y del Valle de Guaymas están catalogados como sobreexplotados desde hace más de dos décadas.

| Acuífero | Concesiones | Con medición | Porcentaje |
|---|---:|---:|---:|
| Costa de Hermosillo | 1 204 | 391 | 32 % |
| Valle de Guaymas | 866 | 187 | 22 % |
| Caborca | 1 017 | 298 | 29 % |
| San Luis Río Colorado | 743 | 301 | 41 % |

En respuesta a una solicitud de información, el organismo de cuenca Noroeste reconoció que cuenta con 14 inspectores para todo el estado[^2]. Un exfuncionario que pidió no ser identificado explicó que las visitas se programan “cuando hay denuncia, no por rutina”.

Los productores agrícolas concentran el 83 % del volumen concesionado. La organización Agua para Todos Sonora pidió que se publiquen en línea las lecturas de los medidores y que se suspendan las prórrogas a los títulos que no reporten.

## Metodología

Descargamos la base completa del REPDA con corte al 30 de junio de 2023 y la cruzamos con las respuestas a 27 solicitudes de acceso a la información sobre reportes de medición. Consideramos como “con medición” los títulos con al menos un reporte entre 2015 y 2023. Las bases y el código están disponibles en nuestro repositorio.

[^1]: Registro Público de Derechos de Agua, consulta del 30 de junio de 2023.
[^2]: Respuesta a la solicitud de información 330009723001122, recibida el 2 de octubre de 2023.
"""
FILES.append(('ab03.md', enc(t03), gold(
    'jekyll',
    'Los pozos que nadie mide: Conagua desconoce cuánta agua extraen 7 de cada 10 concesiones en Sonora',
    '2023-11-14', ['Itzel Barragán Soto', 'Federico Quijada Luna'], 'Cuadernos de Evidencia',
    'Un cruce de registros públicos muestra que la mayoría de los títulos',
    'recibida el 2 de octubre de 2023.',
    ['layout: investigacion', 'image: /assets/img/2023/pozos-sonora.jpg', 'comments: false'],
    ['La falta de medición no es un asunto menor.',
     'Los productores agrícolas concentran el 83 % del volumen concesionado.'],
    photo='Cuadernos de Evidencia / Federico Quijada', section='Investigación',
    placement=['Portada'])))

# ---------------------------------------------------------------- ab04 generic (Windows-1252, plain text title line)
t04 = """Pescadores de Alvarado piden apoyo por veda de robalo y mojarra

Alrededor de 300 pescadores ribereños de Alvarado se reunieron la mañana del lunes frente al palacio municipal para pedir un apoyo económico durante la veda de robalo y mojarra, que se extenderá hasta finales de julio.

Los integrantes de seis cooperativas señalaron que la temporada de captura fue la más baja en al menos diez años. Según sus cálculos, cada lancha obtuvo en promedio 40 kilos por jornada, cuando hace una década la cifra rondaba los 120.

“Nosotros respetamos la veda, pero necesitamos comer mientras tanto”, dijo Eusebio Cházaro Prieto, presidente de la cooperativa La Tlacotalpeña. Explicó que la mayoría de las familias depende solo de la pesca y que el empleo temporal en la construcción es escaso.

Los pescadores entregaron un documento con cuatro peticiones: un apoyo mensual de 4 mil pesos por pescador registrado, la limpieza de la bocana de la laguna, vigilancia contra redes de arrastre y la reparación del muelle de la colonia Costa de Oro.

Un representante del Ayuntamiento los recibió y se comprometió a gestionar una mesa de trabajo con la delegación estatal de pesca la próxima semana. Los manifestantes se retiraron de forma pacífica pasado el mediodía.

La laguna de Alvarado es uno de los sistemas costeros más productivos del Golfo de México, pero en los últimos años ha registrado azolve, descargas de aguas residuales y una disminución de manglar en sus orillas.
"""
FILES.append(('ab04.text', enc(t04, encoding='cp1252'), gold(
    'generic',
    'Pescadores de Alvarado piden apoyo por veda de robalo y mojarra',
    None, [], None,
    'Alrededor de 300 pescadores ribereños de Alvarado se reunieron',
    'y una disminución de manglar en sus orillas.',
    [],
    ['“Nosotros respetamos la veda, pero necesitamos comer mientras tanto”, dijo Eusebio Cházaro Prieto, presidente de la cooperativa La Tlacotalpeña.',
     'Los manifestantes se retiraron de forma pacífica pasado el mediodía.'])))

# ---------------------------------------------------------------- ab05 press release, Yucatán (dateline opening paragraph, -30-, trailing spaces)
t05 = """SECRETARÍA DE SEGURIDAD PÚBLICA   
GOBIERNO DEL ESTADO DE YUCATÁN   
Boletín SSP-0873   

Operativo Vacacional de Semana Santa concluye sin personas fallecidas en playas de la costa yucateca   

Mérida, Yucatán, 1 de abril de 2024.- La Secretaría de Seguridad Pública (SSP) informó que el Operativo Vacacional de Semana Santa 2024 concluyó sin personas fallecidas por ahogamiento en las playas de Progreso, Telchac Puerto, Sisal, Celestún y El Cuyo.   

Durante las dos semanas del operativo participaron 1 150 elementos de la corporación, apoyados por 86 guardavidas, 42 vehículos, 6 embarcaciones y el helicóptero Fénix. Se realizaron 37 rescates en el mar, todos con resultado favorable.   

El área de Vialidad reportó 19 accidentes en la carretera Mérida–Progreso, con saldo de 11 personas lesionadas. Se aplicaron 2 430 pruebas de alcoholimetría en puntos de revisión, de las cuales 64 resultaron positivas y los conductores fueron remitidos al juez calificador.   

La dependencia agradeció la participación de los bañistas, quienes atendieron las indicaciones de las banderas y de los guardavidas. También destacó la coordinación con la Secretaría de Marina, la Cruz Roja y las policías municipales.   

El secretario Joaquín Pech Canul señaló que la estrategia de vigilancia costera se mantendrá los fines de semana y que en julio se reforzará para el periodo vacacional de verano.   

-30-   

Dirección de Comunicación Social SSP Yucatán   
Tel. 999 000 0000   
Síguenos en @SSP_Yuc_Ofic   
"""
FILES.append(('ab05.md', enc(t05), gold(
    'press_release',
    'Operativo Vacacional de Semana Santa concluye sin personas fallecidas en playas de la costa yucateca',
    '2024-04-01', [], 'Secretaría de Seguridad Pública de Yucatán',
    'La Secretaría de Seguridad Pública (SSP) informó que el Operativo Vacacional',
    'se reforzará para el periodo vacacional de verano.',
    ['GOBIERNO DEL ESTADO DE YUCATÁN', 'Boletín SSP-0873', '-30-',
     'Dirección de Comunicación Social SSP Yucatán', 'Tel. 999 000 0000',
     'Síguenos en @SSP_Yuc_Ofic', 'Mérida, Yucatán, 1 de abril de 2024.-'],
    ['Se realizaron 37 rescates en el mar, todos con resultado favorable.',
     'También destacó la coordinación con la Secretaría de Marina, la Cruz Roja y las policías municipales.'],
    bulletin='SSP-0873', issuer='Secretaría de Seguridad Pública de Yucatán',
    city='Mérida')))

# ---------------------------------------------------------------- ab06 wire, radio Mazatlán (mixed CRLF/LF, teaser glued mid-paragraph)
t06 = """# Cierran playa Olas Altas por presencia de medusas; 52 bañistas atendidos

**Frecuencia Costa 98.7 Noticias** · Primera Emisión con Gabriel Osuna

Nota de: Karla Lizárraga Tirado · Mazatlán, Sinaloa · 18 de mayo de 2024, 09:35 h

🎧 Escucha la nota completa en nuestra transmisión en vivo

Foto: Especial

Protección Civil municipal cerró de manera preventiva la playa Olas Altas y un tramo de Playa Norte luego de que 52 bañistas requirieran atención por picaduras de medusa durante el fin de semana.

El coordinador de guardavidas, Isidro Verdugo Ontiveros, explicó que las corrientes cálidas arrastraron a la costa grandes cantidades de aguamala, un fenómeno que suele presentarse entre abril y junio. La mayoría de los casos fueron leves y se atendieron con vinagre y compresas frías en los módulos de salvamento. Relacionado: Temporada de medusas, qué hacer si te pica una Tres menores fueron trasladados al Hospital General por reacciones alérgicas y ya fueron dados de alta.

Las autoridades colocaron banderas moradas y pidieron a los turistas no tocar los organismos varados en la arena, ya que aún pueden liberar toxinas.

La medida se mantendrá al menos hasta el martes, cuando se hará una nueva revisión del litoral. Los prestadores de servicios de la zona pidieron que la reapertura se anuncie con anticipación.

La Dirección de Turismo estimó que la ocupación hotelera del fin de semana fue de 81 %, impulsada por el torneo de pesca deportiva y un concierto en el malecón.

Escucha Primera Emisión de lunes a viernes de 7:00 a 10:00 h por el 98.7 FM.
Síguenos en Facebook e Instagram como @FrecuenciaCosta987
"""
# mixed line endings: first half CRLF, rest LF
_l = t06.split('\n')
t06m = '\r\n'.join(_l[:12]) + '\r\n' + '\n'.join(_l[12:])
FILES.append(('ab06.md', t06m.encode('utf-8'), gold(
    'wire',
    'Cierran playa Olas Altas por presencia de medusas; 52 bañistas atendidos',
    '2024-05-18', ['Karla Lizárraga Tirado'], 'Frecuencia Costa 98.7 Noticias',
    'Protección Civil municipal cerró de manera preventiva la playa Olas Altas',
    'por el torneo de pesca deportiva y un concierto en el malecón.',
    ['Primera Emisión con Gabriel Osuna', 'Escucha la nota completa en nuestra transmisión en vivo',
     'Relacionado: Temporada de medusas, qué hacer si te pica una',
     'Escucha Primera Emisión de lunes a viernes', '@FrecuenciaCosta987'],
    ['La mayoría de los casos fueron leves y se atendieron con vinagre y compresas frías en los módulos de salvamento.',
     'Tres menores fueron trasladados al Hospital General por reacciones alérgicas y ya fueron dados de alta.'],
    photo='Especial')))

# ---------------------------------------------------------------- ab07 bad: front matter only
t07 = """---
layout: post
title: "Auditoría a compras de medicamentos en hospitales costeros"
date: 2024-03-02 08:00:00 -0600
author: Equipo de Datos
categories: [Investigación]
tags: [salud, compras públicas]
published: true
---
"""
FILES.append(('ab07.md', enc(t07), bad('El archivo solo contiene encabezado (front matter) y no tiene cuerpo de nota.')))

# ---------------------------------------------------------------- ab08 jekyll, data journalism (day-first date, unpublished, block tags)
t08 = """---
layout: post
title: Tres de cada cuatro playas de Guerrero superaron el límite de enterococos en 2018
date: '23/04/2019'
sitio: Mapa Hídrico
autor: Leonel Apaez Catalán
category: Medio ambiente
tags:
  - playas
  - salud
  - Guerrero
  - datos abiertos
published: false
excerpt: Analizamos 1 560 muestreos de Cofepris en 41 playas del estado.
---

Analizamos 1 560 muestreos de Cofepris en 41 playas del estado.

Durante 2018, 31 de las 41 playas de Guerrero monitoreadas por las autoridades sanitarias registraron al menos un muestreo por encima del límite de 200 enterococos por cada 100 mililitros, el umbral a partir del cual el agua se considera no apta para uso recreativo.

Las playas con más muestreos fuera de norma fueron Caleta, Caletilla y Puerto Marqués en Acapulco, así como La Ropa en Zihuatanejo. En Caleta, 9 de los 12 muestreos del año rebasaron el límite.

| Playa | Municipio | Muestreos | Fuera de norma |
|-------|-----------|----------:|---------------:|
| Caleta | Acapulco | 12 | 9 |
| Caletilla | Acapulco | 12 | 8 |
| Puerto Marqués | Acapulco | 12 | 7 |
| La Ropa | Zihuatanejo | 12 | 5 |

Los especialistas consultados atribuyen la contaminación a descargas de drenaje sin tratamiento y a escurrimientos pluviales. La planta de tratamiento de Aguas Blancas opera a menos de la mitad de su capacidad, según datos del organismo operador.

A pesar de los resultados, ninguna de las playas fue cerrada al público durante los periodos vacacionales. La autoridad sanitaria estatal se limitó a emitir recomendaciones.

### Nota metodológica

Los datos provienen de los reportes de calidad del agua de mar publicados por Cofepris para los periodos vacacionales de Semana Santa, verano e invierno de 2018, y se complementaron con una solicitud de información. Contamos un muestreo como fuera de norma cuando superó 200 NMP/100 ml.
"""
FILES.append(('ab08.markdown', enc(t08), gold(
    'jekyll',
    'Tres de cada cuatro playas de Guerrero superaron el límite de enterococos en 2018',
    '2019-04-23', ['Leonel Apaez Catalán'], 'Mapa Hídrico',
    'Analizamos 1 560 muestreos de Cofepris en 41 playas del estado.',
    'cuando superó 200 NMP/100 ml.',
    ['sitio: Mapa Hídrico', 'published: false'],
    ['En Caleta, 9 de los 12 muestreos del año rebasaron el límite.',
     'La autoridad sanitaria estatal se limitó a emitir recomendaciones.'],
    section='Medio ambiente', published=False)))

# ---------------------------------------------------------------- ab09 press release, Sinaloa (Windows-1252, dateline own line "; a", * * *)
t09 = """COMUNICADO
No. 318/2024

Culiacán Rosales, Sinaloa; a 21 de agosto de 2024

Secretaría de Medio Ambiente y Recursos Naturales del Estado de Sinaloa

Liberan 12 mil crías de tortuga golfina en campamentos de Elota y San Ignacio

Con la participación de voluntarios, estudiantes y personal técnico, la Secretaría de Medio Ambiente y Recursos Naturales del Estado de Sinaloa liberó durante la última semana 12 mil 430 crías de tortuga golfina en los campamentos tortugueros de Ceuta, en Elota, y Barras de Piaxtla, en San Ignacio.

La subsecretaria de Protección Ambiental, Ofelia Ramírez Gastélum, detalló que en la temporada 2024 se han protegido 2 105 nidos, 14 % más que el año anterior. Los huevos se trasladan a corrales de incubación para evitar el saqueo y la depredación por perros y aves.

Explicó que cada nido contiene en promedio 100 huevos y que la tasa de eclosión en los corrales supera el 80 %. Las liberaciones se realizan al atardecer para reducir el riesgo de que las crías sean devoradas por aves marinas.

La dependencia recordó que la tortuga golfina es una especie en peligro de extinción y que la compra, venta o consumo de sus huevos es un delito federal. Cualquier saqueo puede denunciarse ante la Procuraduría Federal de Protección al Ambiente.

Los campamentos recibirán voluntarios hasta noviembre. Las personas interesadas pueden inscribirse en las oficinas de la Secretaría en Culiacán o en los ayuntamientos de Elota y San Ignacio.

* * *

Unidad de Comunicación Social
Tel. 667 000 0000
prensa.semarnat-sin@sinaloa.example
"""
FILES.append(('ab09.txt', enc(t09, encoding='cp1252', eol='\r\n'), gold(
    'press_release',
    'Liberan 12 mil crías de tortuga golfina en campamentos de Elota y San Ignacio',
    '2024-08-21', [], 'Secretaría de Medio Ambiente y Recursos Naturales del Estado de Sinaloa',
    'Con la participación de voluntarios, estudiantes y personal técnico',
    'o en los ayuntamientos de Elota y San Ignacio.',
    ['COMUNICADO', 'No. 318/2024', 'Culiacán Rosales, Sinaloa; a 21 de agosto de 2024',
     '* * *', 'Unidad de Comunicación Social', 'Tel. 667 000 0000',
     'prensa.semarnat-sin@sinaloa.example'],
    ['Los huevos se trasladan a corrales de incubación para evitar el saqueo y la depredación por perros y aves.',
     'Cualquier saqueo puede denunciarse ante la Procuraduría Federal de Protección al Ambiente.'],
    bulletin='318/2024', issuer='Secretaría de Medio Ambiente y Recursos Naturales del Estado de Sinaloa',
    city='Culiacán Rosales')))

# ---------------------------------------------------------------- ab10 wire, TV Cancún (BOM, NBSP, Staff byline, Con información de)
t10 = """Onda Caribe TV | Noticias
Quintana Roo

Hospital General de Cancún suspende cirugías programadas por falla en aire acondicionado

[VIDEO] Pacientes y familiares denuncian calor extremo en pasillos · Duración 2:14

Por Staff Onda Caribe\u00a0\u00a0|\u00a0\u00a0Cancún, Q. Roo, 27 de junio de 2024 · 14:20 hrs

El Hospital General de Cancún suspendió desde el martes las cirugías programadas debido a una falla en el sistema de aire acondicionado de los quirófanos, confirmaron trabajadores de la unidad.

Según el personal, la temperatura en el área quirúrgica superó los 30 grados, lo que impide mantener condiciones de esterilidad. Solo se atienden urgencias y cesáreas, que se realizan en una sala con equipos portátiles.

Familiares de pacientes internados en el tercer piso mostraron a este medio ventiladores que llevaron desde sus casas. “Mi mamá lleva cuatro días aquí y el calor no la deja descansar”, relató una mujer que pidió omitir su nombre.

La Secretaría de Salud estatal informó en un comunicado que el compresor dañado será sustituido esta semana y que las cirugías diferidas, alrededor de 60, se reprogramarán de manera prioritaria. También explicó que la falla se debe a la antigüedad del equipo, instalado hace más de quince años.

El sindicato de trabajadores de la salud señaló que el problema se ha repetido en tres ocasiones desde 2022 y pidió una renovación completa del sistema de climatización.

Con información de Luis Pat Canché.

Mira la emisión completa de Noticias Onda Caribe a las 14:00 y 21:00 h.
Descarga nuestra app y activa las notificaciones.
"""
FILES.append(('ab10.txt', enc(t10, bom=True), gold(
    'wire',
    'Hospital General de Cancún suspende cirugías programadas por falla en aire acondicionado',
    '2024-06-27', [], 'Onda Caribe TV',
    'El Hospital General de Cancún suspendió desde el martes las cirugías programadas',
    'pidió una renovación completa del sistema de climatización.',
    ['[VIDEO] Pacientes y familiares denuncian calor extremo en pasillos · Duración 2:14',
     'Por Staff Onda Caribe', 'Con información de Luis Pat Canché.',
     'Mira la emisión completa de Noticias Onda Caribe',
     'Descarga nuestra app y activa las notificaciones.'],
    ['Solo se atienden urgencias y cesáreas, que se realizan en una sala con equipos portátiles.',
     'También explicó que la falla se debe a la antigüedad del equipo, instalado hace más de quince años.'],
    section='Quintana Roo')))
