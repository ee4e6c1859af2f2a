"""aq01-aq10."""
from common import write, emit_gold, mixed_eol

NB = '\u00a0'

# ---------------------------------------------------------------- aq01 wire
t = """Seguridad

## Refuerzan vigilancia en el malecón de Mazatlán tras ola de robos a turistas

Por Martha Inzunza Lizárraga | El Vigía del Pacífico   
Mazatlán, Sinaloa · 14 de julio de 2019  

Foto: El Vigía del Pacífico / Archivo

La Secretaría de Seguridad Pública Municipal desplegó desde este fin de semana 40 elementos adicionales a lo largo de los 21 kilómetros del malecón, luego de que en las últimas tres semanas se denunciaran al menos 17 robos con violencia contra visitantes nacionales y extranjeros. 

El titular de la corporación, Joel Ibarra Quintero, explicó que los agentes patrullarán en bicicleta y en cuatrimoto entre la zona de Olas Altas y el monumento al Pescador, con turnos que se extenderán hasta las dos de la madrugada. (Lee también: Detienen a dos hombres por asalto en la Zona Dorada) Los recorridos se coordinarán con la Policía Turística y con elementos de la Guardia Nacional asignados al puerto.

De acuerdo con cifras de la Fiscalía General del Estado, en junio se abrieron 23 carpetas de investigación por robo a transeúnte en la franja turística, frente a 11 en el mismo mes de 2018. La mayoría de los atracos ocurrió entre las once de la noche y las tres de la mañana, cuando los visitantes regresan a pie a sus hoteles.   

Comerciantes de Olas Altas señalaron que la falta de alumbrado en varios tramos favorece los asaltos. "Hay lámparas que llevan meses apagadas; en cuanto oscurece la gente ya no quiere caminar", dijo Rosario Tirado, quien atiende un puesto de raspados frente a la plataforma del Clavadista.

La Dirección de Servicios Públicos informó que esta semana sustituirá 180 luminarias dañadas y que el cabildo analiza instalar 25 cámaras conectadas al centro de monitoreo C4.

Ibarra Quintero pidió a los turistas no portar objetos de valor a la vista y reportar cualquier incidente al 911 o a los módulos de información instalados en el malecón.

Síguenos en Facebook e Instagram como @VigiaPacifico
"""
write('aq01.md', t)
emit_gold('aq01', family='wire',
          title='Refuerzan vigilancia en el malecón de Mazatlán tras ola de robos a turistas',
          date='2019-07-14', bylines=['Martha Inzunza Lizárraga'], source='El Vigía del Pacífico',
          section='Seguridad',
          body_first_words='La Secretaría de Seguridad Pública Municipal desplegó desde este fin de semana',
          body_last_words='reportar cualquier incidente al 911 o a los módulos de información instalados en el malecón.',
          boilerplate=['Foto: El Vigía del Pacífico / Archivo',
                       'Lee también: Detienen a dos hombres por asalto en la Zona Dorada',
                       'Síguenos en Facebook e Instagram como @VigiaPacifico',
                       'Por Martha Inzunza Lizárraga | El Vigía del Pacífico'],
          must_keep=['El titular de la corporación, Joel Ibarra Quintero, explicó que los agentes patrullarán en bicicleta y en cuatrimoto entre la zona de Olas Altas y el monumento al Pescador, con turnos que se extenderán hasta las dos de la madrugada.',
                     'Los recorridos se coordinarán con la Policía Turística y con elementos de la Guardia Nacional asignados al puerto.',
                     'La Dirección de Servicios Públicos informó que esta semana sustituirá 180 luminarias dañadas y que el cabildo analiza instalar 25 cámaras conectadas al centro de monitoreo C4.'],
          photo_credit='El Vigía del Pacífico / Archivo')

# ---------------------------------------------------------------- aq02 press
t = """GOBIERNO DEL ESTADO DE SINALOA
Secretaría de Pesca y Acuacultura

Boletín 0457   

Culiacán, Sinaloa, 22 de septiembre de 2016

ENTREGAN MOTORES FUERA DE BORDA A PESCADORES RIBEREÑOS DEL SUR DEL ESTADO

El Gobierno del Estado, a través de la Secretaría de Pesca y Acuacultura, entregó este jueves 86 motores fuera de borda a pescadores ribereños de los municipios de Escuinapa, Rosario y Elota, como parte del programa de modernización de la flota menor.  

En el evento, realizado en el campo pesquero de Teacapán, el secretario Héctor Manuel Osuna Beltrán explicó que los equipos de cuatro tiempos consumen hasta 40 por ciento menos combustible que los motores de dos tiempos que todavía utiliza la mayoría de las cooperativas de la zona sur.

La inversión total asciende a 7.3 millones de pesos, de los cuales el Estado aportó el 50 por ciento, la Federación el 30 y los propios beneficiarios el 20 restante, detalló el funcionario.  

"Con estos motores nuestras pangas salen más lejos y regresan más rápido; eso significa menos gasto y más tiempo para trabajar la red", dijo Ramona Quiñónez Ontiveros, presidenta de la cooperativa Mujeres del Estero, una de las 14 organizaciones beneficiadas.

Osuna Beltrán informó que en octubre se abrirá la segunda convocatoria del programa, dirigida a pescadores de Navolato y Angostura, y que los requisitos se publicarán en las oficinas regionales de la dependencia.

Asimismo, recordó que el 1 de octubre concluye la veda del camarón en aguas protegidas, por lo que pidió a los permisionarios mantener actualizados sus registros ante la Comisión Nacional de Acuacultura y Pesca. 

---o0o---

Contacto para medios:
Unidad de Comunicación Social de la SEPESCA
Tel. (667) 555 01 23, ext. 214
prensa.sepesca@sinaloa.example.mx
Twitter: @SepescaSin_ejemplo
"""
write('aq02.txt', t)
emit_gold('aq02', family='press_release',
          title='ENTREGAN MOTORES FUERA DE BORDA A PESCADORES RIBEREÑOS DEL SUR DEL ESTADO',
          date='2016-09-22', source='Secretaría de Pesca y Acuacultura',
          bulletin_number='0457', issuer='Secretaría de Pesca y Acuacultura', dateline_city='Culiacán',
          body_first_words='El Gobierno del Estado, a través de la Secretaría de Pesca y Acuacultura, entregó',
          body_last_words='mantener actualizados sus registros ante la Comisión Nacional de Acuacultura y Pesca.',
          boilerplate=['---o0o---', 'Contacto para medios:', 'Unidad de Comunicación Social de la SEPESCA',
                       'Tel. (667) 555 01 23, ext. 214', 'prensa.sepesca@sinaloa.example.mx',
                       '@SepescaSin_ejemplo', 'GOBIERNO DEL ESTADO DE SINALOA', 'Boletín 0457'],
          must_keep=['La inversión total asciende a 7.3 millones de pesos, de los cuales el Estado aportó el 50 por ciento, la Federación el 30 y los propios beneficiarios el 20 restante, detalló el funcionario.',
                     'Osuna Beltrán informó que en octubre se abrirá la segunda convocatoria del programa, dirigida a pescadores de Navolato y Angostura, y que los requisitos se publicarán en las oficinas regionales de la dependencia.'])

# ---------------------------------------------------------------- aq03 jekyll
t = """---
layout: post
title: "Liberan más de 3 mil crías de tortuga golfina en Playa del Rey"
date: 2021-08-14 23:40:00 -0600
author: Itzel Ramírez Corona
categories: [Portada, Medio Ambiente]
tags: [tortugas, San Blas, conservación]
site_name: Bitácora Costera
image: /assets/img/2021/golfina-sanblas.jpg
---

![Crías de tortuga golfina rumbo al mar](/assets/img/2021/golfina-sanblas.jpg)
*Foto: Cortesía Campamento Tortuguero Playa del Rey*

Voluntarios y personal del campamento tortuguero de Playa del Rey liberaron la noche del sábado a poco más de 3 mil crías de tortuga golfina, en la primera gran liberación de la temporada en el municipio de San Blas.

Las crías provienen de 41 nidos que fueron trasladados al corral de incubación a finales de junio, cuando la marea alta y la presencia de perros ferales ponían en riesgo los huevos depositados en la arena.

Rigoberto Casillas Aguayo, responsable del campamento, explicó que este año se han protegido 212 nidadas, una cifra que supera en casi 30 por ciento a la de 2020. "La pandemia redujo la actividad humana en la playa y eso se nota en la anidación, pero también tuvimos menos voluntarios para los recorridos nocturnos", dijo.

La liberación se realizó después de las nueve de la noche para evitar que las aves marinas y el calor de la arena afectaran a las tortugas recién nacidas. Cerca de 80 personas, entre ellas familias de Aticama y Santa Cruz, observaron a distancia y con las linternas apagadas.

El campamento recibe apoyo de la Comisión Nacional de Áreas Naturales Protegidas y de una cooperativa turística local, aunque Casillas Aguayo reconoció que los recursos alcanzan apenas para la gasolina de las cuatrimotos y el pago de dos vigilantes.

Quienes deseen participar como voluntarios pueden acudir los fines de semana al módulo del campamento, ubicado a un costado del embarcadero de Playa del Rey.
"""
write('aq03.md', t)
emit_gold('aq03', family='jekyll',
          title='Liberan más de 3 mil crías de tortuga golfina en Playa del Rey',
          date='2021-08-14', bylines=['Itzel Ramírez Corona'], source='Bitácora Costera',
          section='Medio Ambiente', placement=['Portada'],
          body_first_words='Voluntarios y personal del campamento tortuguero de Playa del Rey liberaron la noche',
          body_last_words='al módulo del campamento, ubicado a un costado del embarcadero de Playa del Rey.',
          boilerplate=['Foto: Cortesía Campamento Tortuguero Playa del Rey', 'layout: post', 'site_name: Bitácora Costera'],
          must_keep=['Las crías provienen de 41 nidos que fueron trasladados al corral de incubación a finales de junio, cuando la marea alta y la presencia de perros ferales ponían en riesgo los huevos depositados en la arena.',
                     'Cerca de 80 personas, entre ellas familias de Aticama y Santa Cruz, observaron a distancia y con las linternas apagadas.'],
          photo_credit='Cortesía Campamento Tortuguero Playa del Rey')

# ---------------------------------------------------------------- aq04 wire
t = """# Aprueba cabildo de Tepic alza de 8% en la tarifa de agua potable

**Por Rubén Topete Ceja y Ana Lucía Bañuelos** | Meridiano{nb}Nayarit
Tepic, Nay. — 9 de enero de 2020
Sección: Municipios

Con 11 votos a favor y cinco en contra, el cabildo de Tepic aprobó la noche del miércoles un incremento de 8{nb}por ciento en las tarifas del Sistema de Agua Potable y Alcantarillado (SIAPA), que se aplicará a partir del recibo de febrero.

Con el ajuste, una vivienda con consumo doméstico básico pasará de pagar 142 a 153{nb}pesos mensuales, mientras que los comercios con toma de media pulgada pagarán 398{nb}pesos, 29 más que en 2019.

[Te puede interesar | Así quedará el cobro del predial en Tepic este 2020](https://meridiano.example.mx/tepic/predial-2020) La sesión se prolongó por casi cuatro horas debido a las intervenciones de los regidores de oposición, quienes acusaron que el organismo no ha presentado un diagnóstico de sus pérdidas por fugas.

El director del SIAPA, Octavio Medina Larios, sostuvo que el organismo arrastra un déficit de 64{nb}millones de pesos, principalmente por el pago de energía eléctrica de los 58 pozos que abastecen a la capital. "No es un aumento para gastar más, es para que no se nos caiga el servicio", afirmó ante los ediles.

La regidora Guadalupe Altamirano Flores votó en contra y recordó que colonias como Lázaro Cárdenas y El Paraíso reciben agua solo tres días a la semana. "Estamos cobrando más por un servicio que la gente no recibe completo", dijo.

El acuerdo incluye un descuento de 50{nb}por ciento para jubilados, pensionados y personas con discapacidad que estén al corriente en sus pagos, así como un programa de regularización de adeudos vigente hasta el 31 de marzo.

Con información de Agencia Informativa del Occidente

📩 Suscríbete a nuestro boletín y recibe cada mañana las noticias de Nayarit en tu correo: boletin@meridiano.example.mx
""".format(nb=NB)
write('aq04.md', t)
emit_gold('aq04', family='wire',
          title='Aprueba cabildo de Tepic alza de 8% en la tarifa de agua potable',
          date='2020-01-09', bylines=['Rubén Topete Ceja', 'Ana Lucía Bañuelos'], source='Meridiano Nayarit',
          section='Municipios',
          body_first_words='Con 11 votos a favor y cinco en contra, el cabildo de Tepic',
          body_last_words='así como un programa de regularización de adeudos vigente hasta el 31 de marzo.',
          boilerplate=['Te puede interesar | Así quedará el cobro del predial en Tepic este 2020',
                       'Con información de Agencia Informativa del Occidente',
                       'Suscríbete a nuestro boletín', 'boletin@meridiano.example.mx', 'Sección: Municipios'],
          must_keep=['La sesión se prolongó por casi cuatro horas debido a las intervenciones de los regidores de oposición, quienes acusaron que el organismo no ha presentado un diagnóstico de sus pérdidas por fugas.',
                     'Con el ajuste, una vivienda con consumo doméstico básico pasará de pagar 142 a 153 pesos mensuales, mientras que los comercios con toma de media pulgada pagarán 398 pesos, 29 más que en 2019.',
                     '"Estamos cobrando más por un servicio que la gente no recibe completo", dijo.'])

# ---------------------------------------------------------------- aq05 press (CRLF)
t = """GOBIERNO DE MÉXICO | SECRETARÍA DE MARINA
Administración del Sistema Portuario Nacional Manzanillo

COMUNICADO No. 004/2022

**PUERTO DE MANZANILLO CIERRA 2021 CON RÉCORD DE 3.37 MILLONES DE CONTENEDORES**

Manzanillo, Colima, 18 de enero de 2022.- El puerto de Manzanillo movilizó durante 2021 un total de 3 millones 371 mil TEU (contenedores de 20 pies), cifra que representa un crecimiento de 16.5 por ciento respecto a 2020 y lo consolida como el principal puerto de carga contenerizada del país.

La Administración del Sistema Portuario Nacional (ASIPONA) Manzanillo informó que el tonelaje total operado alcanzó 35.2 millones de toneladas, de las cuales 71 por ciento correspondió a carga contenerizada, 14 por ciento a granel mineral y el resto a granel agrícola, fluidos y carga general.

El director general, vicealmirante Arturo Reséndiz Cabello, atribuyó el resultado a la recuperación del comercio con Asia y a la ampliación de horarios en las aduanas, que desde septiembre operan las 24 horas los siete días de la semana.

No obstante, reconoció que la saturación de patios y el tránsito de tractocamiones por la avenida Teniente Azueta siguen siendo los principales retos. Para atenderlos, la ASIPONA prevé concluir este año el segundo cuerpo del libramiento El Naranjo-Jalipa y poner en marcha un sistema de citas electrónicas para el ingreso del autotransporte de carga.

En cuanto a cruceros, el puerto recibió 11 arribos en 2021, con cerca de 19 mil pasajeros, luego de la suspensión total registrada el año anterior por la pandemia.

La ASIPONA Manzanillo reiteró su compromiso de trabajar de manera coordinada con el gobierno del estado, el ayuntamiento y la comunidad portuaria para que el crecimiento de la actividad se traduzca en beneficios para la población.

###

Gerencia de Comunicación Social
ASIPONA Manzanillo
Tel. 314 555 8800 ext. 71120
comunicacion@puertomanzanillo.example.mx
"""
write('aq05.md', t, eol='\r\n')
emit_gold('aq05', family='press_release',
          title='PUERTO DE MANZANILLO CIERRA 2021 CON RÉCORD DE 3.37 MILLONES DE CONTENEDORES',
          date='2022-01-18', source='Administración del Sistema Portuario Nacional Manzanillo',
          bulletin_number='004/2022', issuer='Administración del Sistema Portuario Nacional Manzanillo',
          dateline_city='Manzanillo',
          body_first_words='El puerto de Manzanillo movilizó durante 2021 un total de 3 millones',
          body_last_words='para que el crecimiento de la actividad se traduzca en beneficios para la población.',
          boilerplate=['###', 'Gerencia de Comunicación Social', 'Tel. 314 555 8800 ext. 71120',
                       'comunicacion@puertomanzanillo.example.mx', 'GOBIERNO DE MÉXICO | SECRETARÍA DE MARINA',
                       'COMUNICADO No. 004/2022', 'Manzanillo, Colima, 18 de enero de 2022.-'],
          must_keep=['No obstante, reconoció que la saturación de patios y el tránsito de tractocamiones por la avenida Teniente Azueta siguen siendo los principales retos.',
                     'En cuanto a cruceros, el puerto recibió 11 arribos en 2021, con cerca de 19 mil pasajeros, luego de la suspensión total registrada el año anterior por la pandemia.'])

# ---------------------------------------------------------------- aq06 generic (tabs, trailing spaces, mixed EOL)
t = """Vecinos de Tecomán bloquean la carretera a Manzanillo por falta de agua  

\tHabitantes de las colonias Bayardo y Tepeyac, en Tecomán, bloquearon durante cinco horas la carretera federal Tecomán-Manzanillo a la altura del crucero de Cerro de Ortega, para exigir el restablecimiento del suministro de agua potable, que según dijeron lleva once días suspendido. 
\tEl bloqueo comenzó a las siete de la mañana y provocó filas de más de tres kilómetros de tractocamiones que se dirigían al puerto. Algunos conductores optaron por regresar y tomar la autopista de cuota.
\tMaría de Jesús Cárdenas Villa, una de las manifestantes, explicó que las familias han tenido que comprar garrafones y pagar pipas particulares de hasta 600 pesos. "Tenemos niños y adultos mayores; no podemos esperar a que se acuerden de nosotros", afirmó.\t
\tPersonal de la Comisión de Agua Potable, Drenaje y Alcantarillado de Tecomán acudió al lugar y atribuyó la falta de servicio a la quema de la bomba del pozo número 7, que abastece a unas 4 mil viviendas. El organismo se comprometió a instalar un equipo nuevo en un plazo de 72 horas y a enviar tres pipas diarias mientras tanto.
\tTras el compromiso, firmado en una minuta, los vecinos liberaron la circulación pasado el mediodía, aunque advirtieron que volverán a cerrar la vía si el sábado no tienen agua en sus casas.   
"""
write('aq06.txt', mixed_eol(t, ('\r\n', '\n', '\n')))
emit_gold('aq06', family='generic',
          title='Vecinos de Tecomán bloquean la carretera a Manzanillo por falta de agua',
          date=None,
          body_first_words='Habitantes de las colonias Bayardo y Tepeyac, en Tecomán, bloquearon durante',
          body_last_words='volverán a cerrar la vía si el sábado no tienen agua en sus casas.',
          boilerplate=[],
          must_keep=['El bloqueo comenzó a las siete de la mañana y provocó filas de más de tres kilómetros de tractocamiones que se dirigían al puerto.',
                     'El organismo se comprometió a instalar un equipo nuevo en un plazo de 72 horas y a enviar tres pipas diarias mientras tanto.'])

# ---------------------------------------------------------------- aq07 jekyll (draft, dd/mm/yyyy)
t = """---
layout: post
title: 'Encuentro de pintura al aire libre reúne a 40 artistas en el centro de Manzanillo'
date: 23/04/2019
autor: Lorena Zamora Pizano
category: Cultura
tags:
  - pintura
  - festival
  - Manzanillo
sitio: Puerto Chico Noticias
published: false
---

Cuarenta pintores de Colima, Jalisco y Michoacán participan desde este martes en el primer encuentro de pintura al aire libre del puerto, que se desarrolla en el jardín Álvaro Obregón y en el andador del malecón de Manzanillo.

Durante cuatro días, los artistas retratarán escenas del puerto, desde las grúas de la terminal especializada de contenedores hasta las lanchas de los pescadores de la playa San Pedrito. Las obras terminadas se exhibirán el domingo en la Casa de la Cultura y se subastarán para apoyar a la escuela municipal de artes.

Foto: Lorena Zamora / Puerto Chico

La coordinadora del encuentro, Alma Rosa Velasco Ochoa, explicó que la idea surgió de un grupo de maestros jubilados que desde hace años pintaban cada fin de semana en el malecón. "Queríamos que la gente viera cómo se hace una obra, que se acercara y preguntara", comentó.

Entre los participantes destaca Efraín Torres Macías, acuarelista de 78 años originario de Cuyutlán, quien ha documentado durante cinco décadas la transformación de la costa colimense. También participan 12 estudiantes de la licenciatura en Artes Visuales de la Universidad de Colima.

Los organizadores prevén repetir el encuentro en noviembre, durante las fiestas del puerto, y sumar a pintores de Nayarit y Sinaloa. La entrada a todas las actividades es gratuita y el público puede acercarse a platicar con los artistas mientras trabajan.
"""
write('aq07.markdown', t)
emit_gold('aq07', family='jekyll',
          title='Encuentro de pintura al aire libre reúne a 40 artistas en el centro de Manzanillo',
          date='2019-04-23', published=False, bylines=['Lorena Zamora Pizano'], source='Puerto Chico Noticias',
          section='Cultura',
          body_first_words='Cuarenta pintores de Colima, Jalisco y Michoacán participan desde este martes',
          body_last_words='el público puede acercarse a platicar con los artistas mientras trabajan.',
          boilerplate=['Foto: Lorena Zamora / Puerto Chico', 'published: false'],
          must_keep=['Las obras terminadas se exhibirán el domingo en la Casa de la Cultura y se subastarán para apoyar a la escuela municipal de artes.',
                     'La coordinadora del encuentro, Alma Rosa Velasco Ochoa, explicó que la idea surgió de un grupo de maestros jubilados que desde hace años pintaban cada fin de semana en el malecón.'],
          photo_credit='Lorena Zamora / Puerto Chico')

# ---------------------------------------------------------------- aq08 wire (CRLF, Redacción, MÁS NOTICIAS, WhatsApp)
t = """**Suspenden clases en 23 escuelas de Manzanillo por daños tras las lluvias**

Redacción Costa Sur Noticias
Manzanillo, Col., 24/10/2023

La Secretaría de Educación de Colima suspendió las clases presenciales en 23 planteles de educación básica de Manzanillo, luego de que las lluvias del fin de semana provocaron inundaciones, caída de bardas y daños en el sistema eléctrico de varias escuelas.

Los planteles afectados se ubican principalmente en las colonias Libertad, Valle de las Garzas y El Colomo, así como en las comunidades de Jalipa y Francisco Villa, donde el arroyo se desbordó la madrugada del domingo.

De acuerdo con el reporte de Protección Civil municipal, en Manzanillo se acumularon 187 milímetros de lluvia en 36 horas, la cifra más alta para un mes de octubre desde 2015. Al menos 140 viviendas resultaron con afectaciones y 60 personas pasaron la noche en el albergue instalado en el gimnasio de la unidad deportiva 5 de Mayo.

El coordinador regional de la dependencia, Sergio Cuevas Anguiano, indicó que las cuadrillas de mantenimiento revisarán cada plantel antes de autorizar el regreso de los alumnos. "No vamos a abrir ninguna escuela donde haya riesgo eléctrico o estructural", aseguró.

Mientras tanto, los docentes enviarán actividades a los estudiantes mediante grupos de mensajería, como se hizo durante la pandemia. La suspensión afecta a cerca de 7 mil 800 alumnos.

Padres de familia de la primaria Benito Juárez, en El Colomo, señalaron que el plantel se inunda cada temporada de lluvias desde hace al menos cinco años y pidieron que la reparación incluya el desazolve del canal pluvial que pasa a un costado.

MÁS NOTICIAS
- Detienen a tres por robo de combustible en Armería
- Reabren el paso vehicular por el puente de Cuyutlán
- Arranca la temporada de pesca de dorado en Santiago

📲 Únete a nuestro canal de WhatsApp y recibe las noticias de la costa al momento: https://wa.example.mx/costasur
"""
write('aq08.md', t, eol='\r\n')
emit_gold('aq08', family='wire',
          title='Suspenden clases en 23 escuelas de Manzanillo por daños tras las lluvias',
          date='2023-10-24', bylines=[], source='Costa Sur Noticias',
          body_first_words='La Secretaría de Educación de Colima suspendió las clases presenciales en 23',
          body_last_words='incluya el desazolve del canal pluvial que pasa a un costado.',
          boilerplate=['Redacción Costa Sur Noticias', 'MÁS NOTICIAS', 'Detienen a tres por robo de combustible en Armería',
                       'Reabren el paso vehicular por el puente de Cuyutlán',
                       'Únete a nuestro canal de WhatsApp', 'https://wa.example.mx/costasur'],
          must_keep=['Al menos 140 viviendas resultaron con afectaciones y 60 personas pasaron la noche en el albergue instalado en el gimnasio de la unidad deportiva 5 de Mayo.',
                     'La suspensión afecta a cerca de 7 mil 800 alumnos.',
                     '"No vamos a abrir ninguna escuela donde haya riesgo eléctrico o estructural", aseguró.'])

# ---------------------------------------------------------------- aq09 press (ALL CAPS title, "; a" dateline, -30-)
t = """H. Congreso del Estado de Nayarit
Boletín 0894

APRUEBAN DIPUTADOS REFORMA PARA PROTEGER LOS MANGLARES DE MARISMAS NACIONALES

Tepic, Nayarit; a 11 de marzo de 2022.- Por unanimidad, el Pleno de la Trigésima Tercera Legislatura aprobó reformas a la Ley Estatal del Equilibrio Ecológico y Protección al Ambiente para prohibir el relleno, desmonte y desecación de humedales costeros, con especial atención a los manglares de la región de Marismas Nacionales.

La iniciativa, presentada por la diputada Sofía Bautista Zambrano, presidenta de la Comisión de Ecología y Medio Ambiente, establece que cualquier obra en zonas de manglar deberá contar con un estudio de impacto ambiental avalado por la autoridad estatal, además de la autorización federal correspondiente.

Durante su intervención en tribuna, la legisladora recordó que Nayarit concentra cerca del 17 por ciento de la superficie de manglar del país y que en los últimos veinte años se han perdido más de 8 mil hectáreas en los municipios de Santiago Ixcuintla, Tecuala y San Blas.

"Los manglares son la primera barrera contra los huracanes y el vivero de la pesca de la que viven miles de familias; protegerlos es proteger la economía de la costa", expresó.

La reforma también faculta a los ayuntamientos para clausurar de manera preventiva obras que afecten humedales y eleva las multas hasta 20 mil unidades de medida y actualización.

El dictamen será remitido al Poder Ejecutivo para su publicación en el Periódico Oficial del Estado y entrará en vigor al día siguiente.

-30-

Dirección de Comunicación Social
Congreso del Estado de Nayarit
comunicacion@congresonayarit.example.mx | Tel. 311 555 2100
"""
write('aq09.txt', t)
emit_gold('aq09', family='press_release',
          title='APRUEBAN DIPUTADOS REFORMA PARA PROTEGER LOS MANGLARES DE MARISMAS NACIONALES',
          date='2022-03-11', source='H. Congreso del Estado de Nayarit',
          bulletin_number='0894', issuer='H. Congreso del Estado de Nayarit', dateline_city='Tepic',
          body_first_words='Por unanimidad, el Pleno de la Trigésima Tercera Legislatura aprobó reformas',
          body_last_words='en el Periódico Oficial del Estado y entrará en vigor al día siguiente.',
          boilerplate=['-30-', 'Dirección de Comunicación Social', 'comunicacion@congresonayarit.example.mx',
                       'Tel. 311 555 2100', 'Boletín 0894'],
          must_keep=['"Los manglares son la primera barrera contra los huracanes y el vivero de la pesca de la que viven miles de familias; protegerlos es proteger la economía de la costa", expresó.',
                     'La reforma también faculta a los ayuntamientos para clausurar de manera preventiva obras que afecten humedales y eleva las multas hasta 20 mil unidades de medida y actualización.'])

# ---------------------------------------------------------------- aq10 bad (saved HTML page)
t = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meridiano Nayarit | Noticias de Tepic y la costa</title>
<link rel="stylesheet" href="/static/css/main.4f2a1c.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body class="portada">
<header class="site-header"><a href="/"><img src="/static/img/logo-meridiano.svg" alt="Meridiano Nayarit"></a>
<nav><ul><li><a href="/tepic">Tepic</a></li><li><a href="/costa">Costa</a></li><li><a href="/deportes">Deportes</a></li></ul></nav>
</header>
<main>
<article class="nota-destacada"><h2><a href="/tepic/mercado-morelos">Reabren el mercado Morelos tras su remodelación</a></h2>
<p class="resumen">Locatarios regresan a sus puestos luego de ocho meses de obras&hellip;</p></article>
<article class="nota"><h2><a href="/costa/sayulita-agua">Sayulita, sin agua por tercer día</a></h2></article>
<div class="banner" id="div-gpt-ad-1583"></div>
</main>
<footer><p>&copy; 2021 Meridiano Nayarit. Todos los derechos reservados.</p></footer>
<script src="/static/js/app.91bd.js"></script>
</body>
</html>
"""
write('aq10.md', t)
emit_gold('aq10', readable=False, family='bad', published=None,
          refusal_reason='página HTML guardada (portada de un sitio), no es una nota')
