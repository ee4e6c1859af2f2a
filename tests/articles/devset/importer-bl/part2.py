#!/usr/bin/env python3
"""importer-bl, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bl11 press (public university, memo header, BCS)
bl11 = """UNIVERSIDAD AUTÓNOMA DE BAJA CALIFORNIA SUR
Dirección de Comunicación Social y Medios

BOLETÍN INFORMATIVO
Número: DCSM/187/2025
Fecha: viernes 3 de octubre de 2025
Para publicación inmediata

Estudiantes de Biología Marina documentan el regreso del tiburón ballena a la bahía de La Paz

La Paz, Baja California Sur.- Un grupo de 24 estudiantes de la licenciatura en Biología Marina registró en la última semana de septiembre los primeros ejemplares juveniles de tiburón ballena de la temporada en la bahía de La Paz, con lo que inicia el periodo de monitoreo que la universidad realiza cada año desde hace más de una década.

Durante cuatro salidas a bordo de una embarcación de investigación, los estudiantes fotografiaron a once individuos de entre cuatro y siete metros de longitud en la zona conocida como El Mogote. Las fotografías del patrón de manchas de cada animal permiten identificarlo y saber si ya había visitado la bahía en años anteriores.

La académica responsable del proyecto, doctora Itzel Amador Geraldo, explicó que siete de los once ejemplares ya estaban registrados en el catálogo universitario. "Que regresen los mismos individuos nos dice que la bahía sigue siendo una zona de alimentación importante para la especie", señaló.

Los estudiantes también tomaron muestras de plancton y de temperatura del agua, que se compararán con los datos de temporadas anteriores para entender por qué en algunos años los tiburones llegan antes o se quedan menos tiempo.

La universidad recordó a prestadores de servicios turísticos y visitantes que durante la temporada las embarcaciones deben respetar la velocidad máxima y la distancia mínima establecidas para la observación de la especie, y no tocar a los animales.

\u2014ooo\u2014

Atentamente
Dirección de Comunicación Social y Medios
Tel. 612 555 0233 | medios@uabcs.example.mx
"""
write_source('bl11.txt', bl11, eol=('mixed', 9))
write_gold('bl11', family='press_release',
           title='Estudiantes de Biología Marina documentan el regreso del tiburón ballena a la bahía de La Paz',
           date='2025-10-03', source='UNIVERSIDAD AUTÓNOMA DE BAJA CALIFORNIA SUR',
           bulletin_number='DCSM/187/2025', issuer='UNIVERSIDAD AUTÓNOMA DE BAJA CALIFORNIA SUR',
           dateline_city='La Paz',
           body_first_words='Un grupo de 24 estudiantes de la licenciatura en Biología Marina',
           body_last_words='y no tocar a los animales.',
           boilerplate=['Dirección de Comunicación Social y Medios', 'BOLETÍN INFORMATIVO',
                        'Número: DCSM/187/2025', 'Fecha: viernes 3 de octubre de 2025',
                        'Para publicación inmediata', 'La Paz, Baja California Sur.-',
                        '\u2014ooo\u2014', 'Atentamente', 'Tel. 612 555 0233 | medios@uabcs.example.mx'],
           must_keep=['Las fotografías del patrón de manchas de cada animal permiten identificarlo y saber si ya había visitado la bahía en años anteriores.',
                      '"Que regresen los mismos individuos nos dice que la bahía sigue siendo una zona de alimentación importante para la especie", señaló.',
                      'Durante cuatro salidas a bordo de una embarcación de investigación, los estudiantes fotografiaron a once individuos de entre cuatro y siete metros de longitud en la zona conocida como El Mogote.'])

# ---------------------------------------------------------------- bl12 press (municipality, title first, no end marker, B.C.)
bl12 = """# Rehabilitan 12 kilómetros de bordos en la canalización del río Tijuana

**XXIV AYUNTAMIENTO DE TIJUANA**
Dirección de Comunicación Social
**Comunicado 1873**

Tijuana, Baja California, 19 de marzo de 2024

El XXIV Ayuntamiento de Tijuana concluyó la rehabilitación de 12 kilómetros de bordos y taludes en la canalización del río Tijuana, entre la garita de San Ysidro y el puente de la avenida Cuauhtémoc, como parte del programa de prevención de inundaciones previo a las lluvias de invierno del próximo año.

Los trabajos, realizados por la Secretaría de Infraestructura, Desarrollo Urbano y Reordenación Territorial, incluyeron el retiro de más de 3 mil toneladas de azolve, basura y llantas, así como la reparación de losas de concreto fracturadas en los tramos más dañados por las tormentas de febrero.

El alcalde explicó que durante las lluvias de este año el agua alcanzó en varios puntos la parte alta de los taludes y arrastró vehículos estacionados en el cauce. "No podemos esperar a la siguiente tormenta para limpiar; esta obra tiene que hacerse cada año", afirmó durante el recorrido de entrega.

La dependencia municipal informó que se instalaron además 40 rejillas nuevas en las bocas de tormenta que descargan al canal desde las colonias Zona Norte, Libertad y Castillo, y que se reforzó la señalización para impedir el paso de personas y vehículos por el cauce en días de lluvia.

El gobierno municipal pidió a la población no arrojar basura en la vía pública ni en los arroyos, ya que la mayor parte de los residuos retirados llegó al canal desde las partes altas de la ciudad.

**Contacto para medios:**
Dirección de Comunicación Social · 664 555 0481 · prensa@tijuana-gob.example.mx
"""
write_source('bl12.md', bl12)
write_gold('bl12', family='press_release',
           title='Rehabilitan 12 kilómetros de bordos en la canalización del río Tijuana',
           date='2024-03-19', source='XXIV AYUNTAMIENTO DE TIJUANA',
           bulletin_number='1873', issuer='XXIV AYUNTAMIENTO DE TIJUANA',
           dateline_city='Tijuana',
           body_first_words='El XXIV Ayuntamiento de Tijuana concluyó la rehabilitación',
           body_last_words='llegó al canal desde las partes altas de la ciudad.',
           boilerplate=['Comunicado 1873', 'Tijuana, Baja California, 19 de marzo de 2024',
                        'Contacto para medios:',
                        'Dirección de Comunicación Social · 664 555 0481 · prensa@tijuana-gob.example.mx'],
           must_keep=['"No podemos esperar a la siguiente tormenta para limpiar; esta obra tiene que hacerse cada año", afirmó durante el recorrido de entrega.',
                      'así como la reparación de losas de concreto fracturadas en los tramos más dañados por las tormentas de febrero.',
                      'El gobierno municipal pidió a la población no arrojar basura en la vía pública ni en los arroyos, ya que la mayor parte de los residuos retirados llegó al canal desde las partes altas de la ciudad.'])

# ---------------------------------------------------------------- bl13 press (state government, 2004, Gro.)
bl13 = """GOBIERNO DEL ESTADO DE GUERRERO   
Coordinación General de Comunicación Social\t
BOLETÍN No. 0442   

Inicia en Acapulco la vacunación antirrábica canina y felina en 81 colonias   
Acapulco, Gro., a 12 de marzo de 2004.   

La Secretaría de Salud del estado inició este viernes en Acapulco la Semana Nacional de Vacunación Antirrábica, con la meta de aplicar 95 mil dosis a perros y gatos en 81 colonias del puerto, desde la zona Diamante hasta Pie de la Cuesta.   

Para la jornada se instalaron 310 puestos fijos en escuelas, centros de salud, mercados y comisarías ejidales, además de brigadas que recorrerán casa por casa las colonias de la periferia, donde se concentra la mayor parte de los animales sin dueño.

El jefe de la jurisdicción sanitaria de Acapulco, doctor Heriberto Salgado Nava, explicó que la vacuna es gratuita y se puede aplicar a animales desde el primer mes de edad. "Una sola mordedura de un perro sin vacunar puede costarle la vida a un niño, por eso pedimos a las familias que no dejen pasar esta semana", dijo.

Durante 2003 se registraron en el puerto más de mil 200 agresiones de perros a personas, la mayoría en menores de 15 años, aunque no se presentó ningún caso de rabia humana.

Las autoridades sanitarias recomendaron a los dueños llevar a sus mascotas con correa y bozal a los puestos de vacunación, y conservar el comprobante que se entrega con cada dosis. Los puestos funcionarán de las 9:00 a las 15:00 horas hasta el próximo sábado.

--ooOoo--

Coordinación General de Comunicación Social
Teléfonos: 747 555 0190 y 747 555 0191 / Fax: 747 555 0192
"""
write_source('bl13.txt', bl13, enc='cp1252', eol='crlf')
write_gold('bl13', family='press_release',
           title='Inicia en Acapulco la vacunación antirrábica canina y felina en 81 colonias',
           date='2004-03-12', source='GOBIERNO DEL ESTADO DE GUERRERO',
           bulletin_number='0442', issuer='GOBIERNO DEL ESTADO DE GUERRERO',
           dateline_city='Acapulco',
           body_first_words='La Secretaría de Salud del estado inició este viernes en Acapulco',
           body_last_words='hasta el próximo sábado.',
           boilerplate=['Coordinación General de Comunicación Social', 'BOLETÍN No. 0442',
                        'Acapulco, Gro., a 12 de marzo de 2004.', '--ooOoo--',
                        'Teléfonos: 747 555 0190 y 747 555 0191 / Fax: 747 555 0192'],
           must_keep=['Durante 2003 se registraron en el puerto más de mil 200 agresiones de perros a personas, la mayoría en menores de 15 años, aunque no se presentó ningún caso de rabia humana.',
                      '"Una sola mordedura de un perro sin vacunar puede costarle la vida a un niño, por eso pedimos a las familias que no dejen pasar esta semana", dijo.',
                      'Los puestos funcionarán de las 9:00 a las 15:00 horas hasta el próximo sábado.'])

# ---------------------------------------------------------------- bl14 press (state prosecutor, UTF-16 BE, Q. Roo)
bl14 = """FISCALÍA GENERAL DEL ESTADO DE QUINTANA ROO
COMUNICADO DE PRENSA
FGE/QROO/CS/1207/2025

Cancún, Quintana Roo, a 10 de octubre de 2025.

FGE Quintana Roo obtiene sentencia de 45 años de prisión contra responsable de homicidio en la Región 237

La Fiscalía General del Estado de Quintana Roo obtuvo sentencia condenatoria de 45 años de prisión en contra de Samuel \u201cN\u201d, por su responsabilidad en el delito de homicidio calificado cometido en agravio de un hombre de 32 años en la Región 237 de Benito Juárez, en diciembre de 2023.

De acuerdo con la investigación, el sentenciado atacó a la víctima con un arma blanca a la salida de una tienda de abarrotes, tras una discusión. Agentes de la Policía de Investigación lo detuvieron días después en un domicilio de la colonia Tres Reyes, en cumplimiento de una orden de aprehensión.

Durante el juicio oral, el Ministerio Público presentó los testimonios de dos personas que presenciaron la agresión, los resultados de los dictámenes periciales y los videos de cámaras de vigilancia de la zona, con los que el Tribunal de Enjuiciamiento acreditó la responsabilidad del acusado.

Además de la pena de prisión, el tribunal condenó a Samuel \u201cN\u201d al pago de la reparación del daño a los familiares de la víctima y a una multa equivalente a 500 días de salario.

La Fiscalía reiteró su compromiso de investigar los delitos contra la vida y de acompañar a las víctimas indirectas durante todo el proceso, a través de la Comisión Ejecutiva de Atención a Víctimas del estado.

FIN

\U0001F517 fgeqroo.example.mx | \U0001F4D8 /FGEQuintanaRooEj | \U0001D54F @FGEQRooEj
"""
write_source('bl14.txt', bl14, enc='utf-16-be', eol='crlf', bom=True)
write_gold('bl14', family='press_release',
           title='FGE Quintana Roo obtiene sentencia de 45 años de prisión contra responsable de homicidio en la Región 237',
           date='2025-10-10', source='FISCALÍA GENERAL DEL ESTADO DE QUINTANA ROO',
           bulletin_number='FGE/QROO/CS/1207/2025', issuer='FISCALÍA GENERAL DEL ESTADO DE QUINTANA ROO',
           dateline_city='Cancún',
           body_first_words='La Fiscalía General del Estado de Quintana Roo obtuvo sentencia condenatoria',
           body_last_words='a través de la Comisión Ejecutiva de Atención a Víctimas del estado.',
           boilerplate=['COMUNICADO DE PRENSA', 'Cancún, Quintana Roo, a 10 de octubre de 2025.', 'FIN',
                        'fgeqroo.example.mx', '/FGEQuintanaRooEj', '@FGEQRooEj'],
           must_keep=['Agentes de la Policía de Investigación lo detuvieron días después en un domicilio de la colonia Tres Reyes, en cumplimiento de una orden de aprehensión.',
                      'Además de la pena de prisión, el tribunal condenó a Samuel \u201cN\u201d al pago de la reparación del daño a los familiares de la víctima y a una multa equivalente a 500 días de salario.',
                      'con los que el Tribunal de Enjuiciamiento acreditó la responsabilidad del acusado.'])

# ---------------------------------------------------------------- bl15 press (INAH, wrapped title, Camp.)
bl15 = """GOBIERNO DE MÉXICO | CULTURA
INSTITUTO NACIONAL DE ANTROPOLOGÍA E HISTORIA
Dirección de Medios de Comunicación
Boletín 412
Campeche, Cam., 22 de agosto de 2019

Arqueólogos del INAH concluyen la consolidación de la Estructura II
de la zona arqueológica de Edzná antes de la temporada de huracanes

Especialistas del Centro INAH Campeche concluyeron los trabajos de consolidación en la fachada poniente de la Estructura II de la zona arqueológica de Edzná, uno de los edificios más visitados del sitio, cuyos muros presentaban grietas y desprendimientos provocados por la humedad y por las raíces de la vegetación.

Durante cinco meses, un equipo de 18 trabajadores, en su mayoría albañiles de las comunidades de Pich y Bonfil, retiró la vegetación, rellenó las juntas con morteros de cal y arena semejantes a los originales y reintegró piedras caídas cuya posición pudo documentarse con fotografías de las décadas de 1970 y 1980.

El arqueólogo responsable del proyecto, Humberto Canul Dzib, explicó que el objetivo no fue reconstruir, sino detener el deterioro antes de la temporada de lluvias y huracanes. "Cada temporada que pasa sin intervenir se pierden piedras que ya no podemos volver a colocar en su lugar", señaló.

Durante la limpieza de los escombros se recuperaron fragmentos de cerámica del periodo Clásico tardío y restos de estuco con pintura roja, que serán analizados en el laboratorio del Centro INAH.

La zona arqueológica permaneció abierta al público durante los trabajos, aunque el acceso a la Estructura II estuvo restringido. El INAH recordó que está prohibido subir a los edificios que no cuenten con escalinatas habilitadas para el público.

-00o00-
"""
write_source('bl15.txt', bl15, bom=True, eol='crlf')
write_gold('bl15', family='press_release',
           title='Arqueólogos del INAH concluyen la consolidación de la Estructura II de la zona arqueológica de Edzná antes de la temporada de huracanes',
           date='2019-08-22', source='INSTITUTO NACIONAL DE ANTROPOLOGÍA E HISTORIA',
           bulletin_number='412', issuer='INSTITUTO NACIONAL DE ANTROPOLOGÍA E HISTORIA',
           dateline_city='Campeche',
           body_first_words='Especialistas del Centro INAH Campeche concluyeron los trabajos de consolidación',
           body_last_words='que no cuenten con escalinatas habilitadas para el público.',
           boilerplate=['GOBIERNO DE MÉXICO | CULTURA', 'Dirección de Medios de Comunicación', 'Boletín 412',
                        'Campeche, Cam., 22 de agosto de 2019', '-00o00-'],
           must_keep=['"Cada temporada que pasa sin intervenir se pierden piedras que ya no podemos volver a colocar en su lugar", señaló.',
                      'que serán analizados en el laboratorio del Centro INAH.',
                      'La zona arqueológica permaneció abierta al público durante los trabajos, aunque el acceso a la Estructura II estuvo restringido.'])

# ---------------------------------------------------------------- bl16 press (port municipality, logo image first, Mich.)
bl16 = """![Logo H. Ayuntamiento de Lázaro Cárdenas](https://lazarocardenas-gob.example.mx/img/logo-ayto.png)

H. AYUNTAMIENTO DE LÁZARO CÁRDENAS, MICHOACÁN
Administración 2024-2027
Comunicación Social
Comunicado N° 0291

Con jornada de limpieza en Playa Azul, retiran 3.5 toneladas de residuos de la costa

Lázaro Cárdenas, Michoacán, a 21 de octubre de 2025

Más de 600 voluntarios, entre estudiantes, trabajadores portuarios, pescadores y familias, participaron el fin de semana en la jornada de limpieza de Playa Azul, en la que se retiraron 3.5 toneladas de residuos de la franja costera y de la desembocadura del estero.

La mayor parte de los desechos fueron botellas de plástico, tapas, unicel, redes de pesca abandonadas y colillas de cigarro. El Departamento de Ecología municipal separó el material reciclable, que será entregado a un centro de acopio de la ciudad, y el resto fue enviado al relleno sanitario.

La directora de Ecología, Yesenia Bautista Mendoza, explicó que la jornada se organizó al terminar la temporada de lluvias, cuando los arroyos arrastran al mar la basura acumulada en las colonias. "Lo que tiramos en la calle en Lázaro Cárdenas termina en la playa que visitamos los domingos", dijo.

Durante la actividad, biólogos de un campamento tortuguero de la zona explicaron a los asistentes que la basura en la arena dificulta que las crías lleguen al mar, en plena temporada de anidación de la tortuga golfina.

El ayuntamiento informó que repetirá la jornada cada tres meses e invitó a escuelas y empresas a registrarse con anticipación en las oficinas de Ecología.

\u2014o0o\u2014
"""
write_source('bl16.md', bl16)
write_gold('bl16', family='press_release',
           title='Con jornada de limpieza en Playa Azul, retiran 3.5 toneladas de residuos de la costa',
           date='2025-10-21', source='H. AYUNTAMIENTO DE LÁZARO CÁRDENAS, MICHOACÁN',
           bulletin_number='0291', issuer='H. AYUNTAMIENTO DE LÁZARO CÁRDENAS, MICHOACÁN',
           dateline_city='Lázaro Cárdenas',
           body_first_words='Más de 600 voluntarios, entre estudiantes, trabajadores portuarios',
           body_last_words='a registrarse con anticipación en las oficinas de Ecología.',
           boilerplate=['Logo H. Ayuntamiento de Lázaro Cárdenas', 'Administración 2024-2027',
                        'Comunicado N° 0291', 'Lázaro Cárdenas, Michoacán, a 21 de octubre de 2025',
                        '\u2014o0o\u2014'],
           must_keep=['"Lo que tiramos en la calle en Lázaro Cárdenas termina en la playa que visitamos los domingos", dijo.',
                      'en plena temporada de anidación de la tortuga golfina.',
                      'El Departamento de Ecología municipal separó el material reciclable, que será entregado a un centro de acopio de la ciudad, y el resto fue enviado al relleno sanitario.'])

# ---------------------------------------------------------------- bl17 jekyll (Q. Roo site, -05:00 late night, space-separated categories)
bl17 = """---
layout: nota
title: "Sargazo: Quintana Roo cierra la temporada 2025 con menos arribazones que el año pasado"
date: 2025-10-09T23:50:00-05:00
categories: Portada Ambiente
author:
  name: Ximena Ruiz Cota
  twitter: xruizcota_ej
medio: Cancún al Momento
tags: [sargazo, playas, Caribe mexicano]
image: /assets/img/2025/10/sargazo-playa-delfines.jpg
---

La temporada de sargazo de 2025 en el Caribe mexicano terminó con arribazones menores a las del año anterior en la mayoría de las playas de Cancún, Puerto Morelos y Playa del Carmen, de acuerdo con el balance que presentó este jueves la red estatal de monitoreo.

Entre abril y septiembre se retiraron de las playas de la zona norte del estado alrededor de 38 mil toneladas del alga, frente a las casi 52 mil del año pasado. Las barreras instaladas frente a la costa de Puerto Morelos y los barcos recolectores que operaron en altamar desviaron una parte importante del sargazo antes de que llegara a la arena.

En el sur del estado, sin embargo, Mahahual y Xcalak tuvieron varias semanas en semáforo rojo, lo que afectó la llegada de visitantes y el trabajo de los pescadores.

Investigadores que participan en el monitoreo advirtieron que el comportamiento del alga sigue siendo difícil de pronosticar y que una temporada baja no significa que el fenómeno vaya a desaparecer. Recomendaron mantener el financiamiento para las barreras y para la investigación sobre usos del sargazo en materiales de construcción y fertilizantes.

Los hoteleros de la zona hotelera de Cancún calcularon que la menor presencia del alga ayudó a sostener una ocupación promedio superior al 80 por ciento durante el verano.
"""
write_source('bl17.md', bl17)
write_gold('bl17', family='jekyll',
           title='Sargazo: Quintana Roo cierra la temporada 2025 con menos arribazones que el año pasado',
           date='2025-10-09', bylines=['Ximena Ruiz Cota'], source='Cancún al Momento',
           section='Ambiente', placement=['Portada'],
           body_first_words='La temporada de sargazo de 2025 en el Caribe mexicano',
           body_last_words='superior al 80 por ciento durante el verano.',
           must_keep=['En el sur del estado, sin embargo, Mahahual y Xcalak tuvieron varias semanas en semáforo rojo, lo que afectó la llegada de visitantes y el trabajo de los pescadores.',
                      'Entre abril y septiembre se retiraron de las playas de la zona norte del estado alrededor de 38 mil toneladas del alga, frente a las casi 52 mil del año pasado.',
                      'Recomendaron mantener el financiamiento para las barreras y para la investigación sobre usos del sargazo en materiales de construcción y fertilizantes.'])

# ---------------------------------------------------------------- bl18 jekyll (Son. site, folded title, closing '...')
bl18 = """---
layout: post
title: >-
  Bomberos de Hermosillo atienden 37 incendios de basura
  en un solo fin de semana de calor extremo
date: 2016-07-04 21:30:00 -0700
category: Local
tags: [calor, bomberos, Hermosillo]
author: Óscar Valenzuela Moreno
site_name: Desierto Digital
...

El Cuerpo de Bomberos de Hermosillo atendió 37 incendios de basura, pastizal y lotes baldíos entre la tarde del viernes y la noche del domingo, en un fin de semana en el que el termómetro superó los 47 grados en la capital sonorense.

La mayoría de los incendios ocurrió en lotes abandonados de colonias del norte y del poniente de la ciudad, como Solidaridad, Los Olivos y Palo Verde, donde vecinos acostumbran tirar escombro, ramas y basura doméstica.

El comandante de guardia, Ramón Encinas Félix, explicó que con temperaturas tan altas cualquier colilla de cigarro o vidrio roto puede encender la hierba seca. "Llegamos a tener cuatro servicios al mismo tiempo y sólo seis unidades disponibles", comentó.

Ninguno de los incendios dejó personas lesionadas, aunque en dos casos el fuego alcanzó bardas y tejabanes de casas vecinas. El humo obligó a desalojar por unas horas un taller mecánico en el bulevar Solidaridad.

Protección Civil municipal recordó que quemar basura está prohibido por el reglamento de limpia y pidió a los dueños de terrenos baldíos mantenerlos limpios y cercados durante el verano, cuando aumentan los reportes.
"""
write_source('bl18.md', bl18)
write_gold('bl18', family='jekyll',
           title='Bomberos de Hermosillo atienden 37 incendios de basura en un solo fin de semana de calor extremo',
           date='2016-07-04', bylines=['Óscar Valenzuela Moreno'], source='Desierto Digital',
           section='Local',
           body_first_words='El Cuerpo de Bomberos de Hermosillo atendió 37 incendios de basura',
           body_last_words='cuando aumentan los reportes.',
           boilerplate=['site_name: Desierto Digital', 'category: Local'],
           must_keep=['"Llegamos a tener cuatro servicios al mismo tiempo y sólo seis unidades disponibles", comentó.',
                      'El humo obligó a desalojar por unas horas un taller mecánico en el bulevar Solidaridad.',
                      'donde vecinos acostumbran tirar escombro, ramas y basura doméstica.'])

# ---------------------------------------------------------------- bl19 jekyll (Gto. site, BOM+CRLF, day-first string date, "false" string, Liquid include)
bl19 = """---
title: 'Irapuato abre registro para el programa "Calentadores solares" 2025'
date: "13-10-2025"
authors: [Redacción, Paola Rangel Ortiz]
categories:
  - Municipios
tags: [Irapuato, vivienda, energía]
published: "false"
publisher: Irapuato Al Día
---

El gobierno municipal de Irapuato abrió el registro para la segunda etapa del programa de calentadores solares, con el que se entregarán mil 200 equipos a familias de colonias populares y comunidades rurales con un costo de recuperación de 30 por ciento de su valor.

Las personas interesadas deberán acudir con identificación oficial, comprobante de domicilio y CURP a los módulos que se instalarán en las delegaciones de la zona norte, la zona oriente y en la presidencia municipal, de lunes a viernes de 9:00 a 15:00 horas.

{% include anuncio-medio.html %}

La directora de Desarrollo Social, Verónica Ledesma Arroyo, explicó que cada calentador puede reducir hasta en 70 por ciento el consumo de gas de una familia. "Para muchas familias el tanque de gas es el gasto más pesado del mes después de la comida", dijo.

Tendrán prioridad los hogares con personas adultas mayores, con personas con discapacidad y las viviendas que no cuenten con calentador de ningún tipo. Personal del municipio visitará cada domicilio para verificar que el techo soporte el equipo antes de su instalación.

En la primera etapa, realizada en la primavera, se instalaron 800 calentadores en comunidades como Aldama, Cuchicuato y San Roque.
"""
write_source('bl19.md', bl19, bom=True, eol='crlf')
write_gold('bl19', family='jekyll',
           title='Irapuato abre registro para el programa "Calentadores solares" 2025',
           date='2025-10-13', published=False, bylines=['Paola Rangel Ortiz'],
           source='Irapuato Al Día', section='Municipios',
           body_first_words='El gobierno municipal de Irapuato abrió el registro',
           body_last_words='en comunidades como Aldama, Cuchicuato y San Roque.',
           boilerplate=['{% include anuncio-medio.html %}'],
           must_keep=['"Para muchas familias el tanque de gas es el gasto más pesado del mes después de la comida", dijo.',
                      'Personal del municipio visitará cada domicilio para verificar que el techo soporte el equipo antes de su instalación.',
                      'con el que se entregarán mil 200 equipos a familias de colonias populares y comunidades rurales con un costo de recuperación de 30 por ciento de su valor.'])

# ---------------------------------------------------------------- bl20 jekyll (Ver. site, cp1252, no date key, title repeated as H1)
bl20 = """---
layout: post
title: "Pescadores de Allende exigen limpieza del río Coatzacoalcos"
last_modified_at: 2013-06-18
author: Hilario Cruz Baeza
categories: [Sur de Veracruz]
site: Coatzacoalcos en Línea
---
# Pescadores de Allende exigen limpieza del río Coatzacoalcos

Pescadores de la congregación Villa Allende, en la margen derecha del río Coatzacoalcos, se manifestaron frente a las oficinas de la delegación federal de medio ambiente para exigir la limpieza del cauce, donde aseguran que en las últimas semanas aparecieron manchas de aceite y peces muertos.

Con lanchas amarradas en el malecón y cartulinas en las manos, alrededor de 80 pescadores explicaron que la captura de robalo, mojarra y jaiba se redujo a la mitad desde principios de año. "Antes sacábamos veinte kilos en una noche; ahora regresamos con tres o cuatro y no alcanza ni para la gasolina", dijo Aniceto Reyes Bautista, presidente de una cooperativa.

Los pescadores entregaron un pliego petitorio en el que piden análisis del agua, la identificación de las empresas responsables de las descargas y un apoyo económico temporal mientras se recupera la pesca.

Un funcionario de la delegación recibió el documento y se comprometió a enviar inspectores la próxima semana para tomar muestras en cinco puntos del río, desde la zona industrial de Nanchital hasta la desembocadura.

Organizaciones ambientalistas de la región recordaron que el río Coatzacoalcos ha sido señalado durante décadas como uno de los más contaminados del país, y pidieron que los resultados de los análisis se hagan públicos.
"""
write_source('bl20.md', bl20, enc='cp1252')
write_gold('bl20', family='jekyll',
           title='Pescadores de Allende exigen limpieza del río Coatzacoalcos',
           date=None, bylines=['Hilario Cruz Baeza'], source='Coatzacoalcos en Línea',
           section='Sur de Veracruz',
           body_first_words='Pescadores de la congregación Villa Allende, en la margen derecha',
           body_last_words='pidieron que los resultados de los análisis se hagan públicos.',
           boilerplate=['Pescadores de Allende exigen limpieza del río Coatzacoalcos'],
           must_keep=['"Antes sacábamos veinte kilos en una noche; ahora regresamos con tres o cuatro y no alcanza ni para la gasolina", dijo Aniceto Reyes Bautista, presidente de una cooperativa.',
                      'Los pescadores entregaron un pliego petitorio en el que piden análisis del agua, la identificación de las empresas responsables de las descargas y un apoyo económico temporal mientras se recupera la pesca.',
                      'desde la zona industrial de Nanchital hasta la desembocadura.'])
