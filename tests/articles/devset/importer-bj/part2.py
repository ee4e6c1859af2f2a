#!/usr/bin/env python3
"""importer-bj, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bj11 wire (state agency, SLP; date only in the dateline)
bj11 = """API  |  Agencia Potosina de Información
Servicio Estatal  -  Economía

MINERA DE CHARCAS REANUDA OPERACIONES TRAS SEIS MESES DE PARO

Por Ramiro Ortega Zúñiga

SAN LUIS POTOSÍ, S.L.P., 5 de marzo de 2012 (API).- La unidad minera de Charcas, en el altiplano potosino, reanudó este lunes sus operaciones después de seis meses de paro, luego de que la empresa Minera Tierra Alta y el sindicato de trabajadores firmaron un convenio que incluye un aumento salarial de 6.5 por ciento y la reinstalación de 80 mineros despedidos.

El conflicto comenzó en septiembre pasado, cuando los trabajadores se declararon en huelga por el incumplimiento de medidas de seguridad en los niveles más profundos de la mina, donde se extraen zinc, plomo y plata. Durante el paro, el comercio de la cabecera municipal reportó caídas en sus ventas de hasta 40 por ciento.

Según la Secretaría del Trabajo estatal, que participó como mediadora, la empresa se comprometió a instalar un nuevo sistema de ventilación y refugios de emergencia antes de que termine el año, y a permitir que una comisión mixta revise cada mes las condiciones de seguridad.

El secretario general de la sección sindical, Leobardo Castillo Rangel, dijo que los trabajadores regresaron con la confianza de que los acuerdos se cumplirán. "Perdimos medio año de salario, pero ganamos que nos tomen en cuenta", afirmó a la salida de la asamblea.

La mina emplea de manera directa a alrededor de mil personas y es la principal fuente de empleo del municipio. Las autoridades estatales calculan que por cada empleo directo se generan otros tres en transporte, comercio y servicios.

La empresa informó que la producción alcanzará su nivel normal en un plazo de seis semanas.

API/ROZ/mcg
13:47 hrs.
"""
write_source('bj11.txt', bj11)
write_gold('bj11', family='wire',
           title='MINERA DE CHARCAS REANUDA OPERACIONES TRAS SEIS MESES DE PARO',
           date='2012-03-05', bylines=['Ramiro Ortega Zúñiga'],
           source='Agencia Potosina de Información', section='Economía',
           body_first_words='La unidad minera de Charcas, en el altiplano potosino, reanudó este lunes',
           body_last_words='alcanzará su nivel normal en un plazo de seis semanas.',
           boilerplate=['Servicio Estatal', 'SAN LUIS POTOSÍ, S.L.P., 5 de marzo de 2012 (API).-',
                        'API/ROZ/mcg', '13:47 hrs.'],
           must_keep=['Durante el paro, el comercio de la cabecera municipal reportó caídas en sus ventas de hasta 40 por ciento.',
                      '"Perdimos medio año de salario, pero ganamos que nos tomen en cuenta", afirmó a la salida de la asamblea.',
                      'Las autoridades estatales calculan que por cada empleo directo se generan otros tres en transporte, comercio y servicios.'])

# ---------------------------------------------------------------- bj12 jekyll (Jekyll 4 site, Monclova, Coah.; published: "no" quoted)
bj12 = """---
layout: nota
title: "Monclova reabre su mercado municipal tras dos años de remodelación"
date: "2023-09-15"
published: "no"
authors: ["Rosa Elvira Cantú Garza"]
categories:
  - Portada
  - Región Centro
tags: [Monclova, mercados, comercio]
image: /assets/img/2023/09/mercado-monclova.jpg
source: Voz de la Región Centro
---

Después de dos años de obras, el mercado municipal de Monclova volvió a abrir sus puertas con 126 locales remodelados, nuevos baños, una red eléctrica completa y un techo de lámina que sustituye a la estructura dañada por el granizo de 2021.

Los locatarios regresaron a sus puestos desde temprano para acomodar mercancía. Durante la remodelación, la mayoría vendió en carpas instaladas en la calle de enfrente, donde el calor y las lluvias hicieron que muchos clientes dejaran de ir. “Fueron los dos años más difíciles que he tenido en 30 años de vender fruta”, dijo Guadalupe Ríos, que ocupa uno de los puestos de la entrada principal.

La obra costó 48 millones de pesos, aportados por el gobierno estatal y el municipio. Además de los locales, se habilitó una zona de comida con 14 cocinas, un estacionamiento para 60 autos y un andén de carga para que los proveedores no bloqueen la calle.

No todos quedaron conformes. Algunos comerciantes se quejan de que sus nuevos locales son más pequeños que los anteriores y de que las cuotas de mantenimiento subirán a partir de enero. El Ayuntamiento respondió que las medidas se respetaron conforme al padrón y que la cuota servirá para pagar la limpieza y la vigilancia.

Los locatarios organizan para el próximo fin de semana una verbena con música y descuentos para invitar a los vecinos a regresar al mercado.
"""
write_source('bj12.markdown', bj12)
write_gold('bj12', family='jekyll',
           title='Monclova reabre su mercado municipal tras dos años de remodelación',
           date='2023-09-15', published=False, bylines=['Rosa Elvira Cantú Garza'],
           source='Voz de la Región Centro', section='Región Centro', placement=['Portada'],
           body_first_words='Después de dos años de obras, el mercado municipal de Monclova',
           body_last_words='para invitar a los vecinos a regresar al mercado.',
           must_keep=['“Fueron los dos años más difíciles que he tenido en 30 años de vender fruta”, dijo Guadalupe Ríos, que ocupa uno de los puestos de la entrada principal.',
                      'La obra costó 48 millones de pesos, aportados por el gobierno estatal y el municipio.',
                      'No todos quedaron conformes.'])

# ---------------------------------------------------------------- bj13 press (electoral institute, SLP; "1°" in the dateline)
bj13 = """CONSEJO ESTATAL ELECTORAL Y DE PARTICIPACIÓN CIUDADANA DE SAN LUIS POTOSÍ
Unidad de Comunicación Social
Boletín No. 45/2018

San Luis Potosí, S.L.P., a 1° de julio de 2018

CEEPAC INSTALA SUS 58 COMITÉS MUNICIPALES EN SESIÓN PERMANENTE PARA LA JORNADA ELECTORAL

A las 8:00 horas de este domingo, el Pleno del Consejo Estatal Electoral y de Participación Ciudadana (CEEPAC) se declaró en sesión permanente para dar seguimiento a la jornada electoral, en la que las y los potosinos eligen diputaciones locales y a quienes integrarán los 58 ayuntamientos del estado.

De manera simultánea, los 58 Comités Municipales Electorales y las 15 Comisiones Distritales se instalaron en sesión permanente en sus respectivas sedes. El consejero presidente informó que hasta las 10:30 horas se había instalado el 97 por ciento de las casillas aprobadas, y que las restantes presentaban retrasos menores por la ausencia de funcionarios.

El organismo recordó que las casillas cierran a las 18:00 horas, siempre que no haya personas formadas para votar. A partir de las 20:00 horas comenzará a publicarse el Programa de Resultados Electorales Preliminares (PREP), que podrá consultarse en la página de internet del Consejo.

La consejera Mónica Ledezma Alvarado pidió a la ciudadanía esperar los resultados oficiales y no difundir cifras sin sustento. “Los cómputos municipales comienzan el miércoles y son los únicos que dan validez a una elección”, dijo en conferencia de prensa.

Durante la jornada participan más de 2 mil observadoras y observadores electorales acreditados, así como representantes de los partidos políticos y de las candidaturas independientes en cada casilla.

* * *

Unidad de Comunicación Social CEEPAC
Tel. 444 555 0260 ext. 118
prensa@ceepac-slp.example.mx
"""
write_source('bj13.md', bj13)
write_gold('bj13', family='press_release',
           title='CEEPAC INSTALA SUS 58 COMITÉS MUNICIPALES EN SESIÓN PERMANENTE PARA LA JORNADA ELECTORAL',
           date='2018-07-01',
           source='CONSEJO ESTATAL ELECTORAL Y DE PARTICIPACIÓN CIUDADANA DE SAN LUIS POTOSÍ',
           bulletin_number='45/2018',
           issuer='CONSEJO ESTATAL ELECTORAL Y DE PARTICIPACIÓN CIUDADANA DE SAN LUIS POTOSÍ',
           dateline_city='San Luis Potosí',
           body_first_words='A las 8:00 horas de este domingo, el Pleno del Consejo Estatal Electoral',
           body_last_words='de las candidaturas independientes en cada casilla.',
           boilerplate=['Unidad de Comunicación Social', 'Boletín No. 45/2018',
                        'San Luis Potosí, S.L.P., a 1° de julio de 2018', '* * *',
                        'Tel. 444 555 0260 ext. 118', 'prensa@ceepac-slp.example.mx'],
           must_keep=['El organismo recordó que las casillas cierran a las 18:00 horas, siempre que no haya personas formadas para votar.',
                      '“Los cómputos municipales comienzan el miércoles y son los únicos que dan validez a una elección”, dijo en conferencia de prensa.',
                      'De manera simultánea, los 58 Comités Municipales Electorales y las 15 Comisiones Distritales se instalaron en sesión permanente en sus respectivas sedes.'])

# ---------------------------------------------------------------- bj14 generic (reporter's note with "Fecha:" and "Nota de:", Dgo.)
bj14 = """**Rescatan la antigua estación del ferrocarril de Durango como centro cultural**

Fecha: 12/06/2014
Nota de: Armando Sifuentes Galindo

La estación del ferrocarril de la capital, que dejó de recibir trenes de pasajeros a finales de los años noventa, será convertida en un centro cultural con sala de exposiciones, biblioteca y talleres para jóvenes, de acuerdo con el proyecto que presentaron el instituto estatal de cultura y la asociación de jubilados ferrocarrileros.

El edificio, construido a principios del siglo XX, conserva la bóveda del vestíbulo, las taquillas de madera y parte del mobiliario original. Los jubilados llevan años pidiendo que no se deje caer. Cada sábado, un grupo de ellos barre los andenes y cuida que nadie se lleve las piezas de hierro.

Don Crispín Avitia, que trabajó 34 años como garrotero, guardó en su casa los horarios, los boletos y las fotografías que se iban a tirar cuando cerró la estación. Ahora los donará para la sala de exposiciones. "Aquí se despedía uno de la familia; aquí llegaban los soldados, los estudiantes, los que iban al norte", recuerda.

El proyecto contempla también recuperar dos vagones de pasajeros que están abandonados en el patio de maniobras y usarlos como cafetería y como sala de lectura. La primera etapa costará alrededor de 15 millones de pesos y las obras comenzarían en septiembre.

Falta resolver la propiedad del inmueble, que sigue a nombre de la federación. Los responsables del proyecto dicen que ya se pidió formalmente la donación y que esperan una respuesta antes de fin de año.
"""
write_source('bj14.md', bj14, eol=('mixed', 4))
write_gold('bj14', family='generic',
           title='Rescatan la antigua estación del ferrocarril de Durango como centro cultural',
           date='2014-06-12', bylines=['Armando Sifuentes Galindo'],
           body_first_words='La estación del ferrocarril de la capital, que dejó de recibir trenes',
           body_last_words='esperan una respuesta antes de fin de año.',
           boilerplate=['Fecha: 12/06/2014', 'Nota de: Armando Sifuentes Galindo'],
           must_keep=['Cada sábado, un grupo de ellos barre los andenes y cuida que nadie se lleve las piezas de hierro.',
                      '"Aquí se despedía uno de la familia; aquí llegaban los soldados, los estudiantes, los que iban al norte", recuerda.',
                      'Falta resolver la propiedad del inmueble, que sigue a nombre de la federación.'])

# ---------------------------------------------------------------- bj15 wire (regional daily web, Ags.; setext title)
bj15 = """**LOCAL** | Sábado 22 de agosto de 2015

Ampliación del Segundo Anillo de Aguascalientes tendrá cinco puentes nuevos
===========================================================================

Gabriela Esparza Muñoz | Diario Hidrocálido

![Obras en el Segundo Anillo](https://diariohidrocalido.example.mx/img/2015/08/anillo.jpg)
*Foto: Gabriela Esparza / Diario Hidrocálido*

La ampliación del Segundo Anillo de circunvalación de la capital incluirá cinco puentes vehiculares nuevos y la construcción de carriles laterales en los tramos con más tráfico, informó la Secretaría de Obras Públicas del estado al presentar el proyecto ejecutivo ante empresarios de la construcción.

La obra, que se realizará en tres etapas hasta 2017, tendrá un costo estimado de mil 100 millones de pesos. Los primeros trabajos comenzarán en octubre en el cruce con la avenida Aguascalientes Sur y en la salida a la carretera a Calvillo, donde en las horas pico se forman filas de más de un kilómetro.

**Te puede interesar:** [Transporte urbano subirá 50 centavos en septiembre](https://diariohidrocalido.example.mx/local/transporte-sube)

El titular de la dependencia, Jorge Eduardo Medina Luévano, dijo que durante las obras se mantendrán abiertos al menos dos carriles por sentido. Reconoció, sin embargo, que habrá afectaciones y pidió a los automovilistas usar rutas alternas como el Tercer Anillo y la avenida Siglo XXI.

Los comerciantes de la zona oriente se mostraron preocupados. Recordaron que durante la construcción del paso a desnivel de la avenida Convención algunos negocios perdieron hasta la mitad de sus ventas. Pidieron al gobierno que los trabajos nocturnos se prioricen frente a las plazas comerciales.

El proyecto contempla además una ciclovía confinada de 8 kilómetros y la siembra de 2 mil árboles en los camellones. Según la Secretaría, la ampliación permitirá que el Segundo Anillo soporte el tránsito esperado para los próximos 20 años.

Comparte esta nota: Facebook | Twitter | WhatsApp
"""
write_source('bj15.md', bj15)
write_gold('bj15', family='wire',
           title='Ampliación del Segundo Anillo de Aguascalientes tendrá cinco puentes nuevos',
           date='2015-08-22', bylines=['Gabriela Esparza Muñoz'], source='Diario Hidrocálido',
           section='LOCAL',
           body_first_words='La ampliación del Segundo Anillo de circunvalación de la capital',
           body_last_words='soporte el tránsito esperado para los próximos 20 años.',
           boilerplate=['Foto: Gabriela Esparza / Diario Hidrocálido', 'Te puede interesar:',
                        'Transporte urbano subirá 50 centavos en septiembre',
                        'Comparte esta nota: Facebook | Twitter | WhatsApp'],
           must_keep=['La obra, que se realizará en tres etapas hasta 2017, tendrá un costo estimado de mil 100 millones de pesos.',
                      'Pidieron al gobierno que los trabajos nocturnos se prioricen frente a las plazas comerciales.',
                      'El proyecto contempla además una ciclovía confinada de 8 kilómetros y la siembra de 2 mil árboles en los camellones.'],
           photo_credit='Gabriela Esparza / Diario Hidrocálido')

# ---------------------------------------------------------------- bj16 press (prosecutor, Ags.; UTF-16 BE; one pipe header line)
bj16 = """Fiscalía General del Estado de Aguascalientes | Dirección de Comunicación Social | Boletín FGE/DCS/318/2024

Detienen a tres personas por fraude en la venta de lotes en Jesús María

Aguascalientes, Ags., 11 de marzo de 2024.– Agentes de la Policía de Investigación de la Fiscalía General del Estado cumplimentaron órdenes de aprehensión contra tres personas, identificadas como Marco Antonio “N”, Silvia “N” y Eduardo “N”, a quienes se señala como probables responsables del delito de fraude en agravio de al menos 46 familias que compraron lotes en un fraccionamiento irregular del municipio de Jesús María.

Según la investigación, entre 2021 y 2023 los imputados ofrecieron terrenos a plazos mediante anuncios en redes sociales y volantes, con la promesa de que el fraccionamiento contaría con agua, luz y escrituras en menos de dos años. Los predios, sin embargo, se encuentran en un terreno ejidal que nunca fue regularizado.

Las víctimas pagaron enganches de entre 20 mil y 80 mil pesos, además de mensualidades. El monto total del daño patrimonial calculado hasta ahora supera los 7 millones de pesos, aunque la Fiscalía no descarta que existan más personas afectadas.

Los detenidos fueron puestos a disposición de un Juez de Control, quien en las próximas horas celebrará la audiencia inicial. La Fiscalía solicitará la prisión preventiva justificada por el riesgo de que se sustraigan de la acción de la justicia.

La Fiscalía pidió a quienes hayan adquirido un lote en ese fraccionamiento que acudan a presentar su denuncia en la Unidad de Investigación de Delitos Patrimoniales, y recomendó a la ciudadanía verificar ante el Registro Público de la Propiedad la situación legal de cualquier terreno antes de entregar dinero.

oo0oo

Dirección de Comunicación Social
comunicacion@fiscalia-ags.example.mx
449 555 0114
"""
write_source('bj16.txt', bj16, enc='utf-16-be', eol='crlf', bom=True)
write_gold('bj16', family='press_release',
           title='Detienen a tres personas por fraude en la venta de lotes en Jesús María',
           date='2024-03-11', source='Fiscalía General del Estado de Aguascalientes',
           bulletin_number='FGE/DCS/318/2024', issuer='Fiscalía General del Estado de Aguascalientes',
           dateline_city='Aguascalientes',
           body_first_words='Agentes de la Policía de Investigación de la Fiscalía General del Estado cumplimentaron',
           body_last_words='antes de entregar dinero.',
           boilerplate=['Dirección de Comunicación Social', 'Boletín FGE/DCS/318/2024',
                        'Aguascalientes, Ags., 11 de marzo de 2024.–', 'oo0oo',
                        'comunicacion@fiscalia-ags.example.mx', '449 555 0114'],
           must_keep=['Los predios, sin embargo, se encuentran en un terreno ejidal que nunca fue regularizado.',
                      'Las víctimas pagaron enganches de entre 20 mil y 80 mil pesos, además de mensualidades.',
                      'La Fiscalía solicitará la prisión preventiva justificada por el riesgo de que se sustraigan de la acción de la justicia.'])

# ---------------------------------------------------------------- bj17 jekyll (hand-made site 2006, Ags.; accented Spanish keys)
bj17 = """---
título: La Feria de San Marcos estrena palenque con 4 mil butacas
fecha: "22/04/2006"
autor: Por Lucía Marmolejo Reyes
sección: Espectáculos
---
<p>El nuevo palenque de la Feria Nacional de San Marcos abrió sus puertas la noche del viernes con un lleno total. Las 4 mil butacas, mil más que en el recinto anterior, se ocuparon desde media hora antes de que comenzaran las peleas de gallos y el concierto de la noche.</p>

<p>La construcción, que duró once meses, incluye un techo de estructura metálica que permite abrir los costados en las noches calurosas, nuevos accesos para personas con discapacidad y un sistema de sonido que, según el patronato, es el más moderno de las ferias del país.</p>

<p>No todo funcionó a la perfección. A la salida, cientos de personas tuvieron que esperar más de 40 minutos porque sólo se abrió una de las tres puertas previstas, y en el estacionamiento se formaron filas hasta la avenida. El patronato prometió corregir el problema para el fin de semana.</p>

<p>Los boletos para las presentaciones estelares cuestan entre 250 y mil 500 pesos. Para las primeras dos semanas de la feria ya se vendió el 80 por ciento del aforo, informaron los organizadores.</p>

<p>Vecinos del barrio de San Marcos, por su parte, pidieron que se respete el horario de cierre a las 3:00 de la mañana. Dicen que el año pasado el ruido de los conciertos se escuchaba hasta el amanecer y que los autos bloqueaban las cocheras de sus casas.</p>
"""
write_source('bj17.md', bj17)
write_gold('bj17', family='jekyll',
           title='La Feria de San Marcos estrena palenque con 4 mil butacas',
           date='2006-04-22', bylines=['Lucía Marmolejo Reyes'], section='Espectáculos',
           body_first_words='El nuevo palenque de la Feria Nacional de San Marcos abrió sus puertas',
           body_last_words='los autos bloqueaban las cocheras de sus casas.',
           must_keep=['No todo funcionó a la perfección.',
                      'El patronato prometió corregir el problema para el fin de semana.',
                      'Para las primeras dos semanas de la feria ya se vendió el 80 por ciento del aforo, informaron los organizadores.'])

# ---------------------------------------------------------------- bj18 bad (front matter, body of blank lines only)
bj18 = """---
layout: post
title: "Suspenden clases en 12 municipios de Coahuila por la onda gélida"
date: 2011-02-03 07:15:00 -0600
categories: [Portada, Educación]
author: Redacción
---



  \t
"""
write_source('bj18.md', bj18, eol='crlf')
write_gold('bj18', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) seguido de líneas en blanco; no tiene cuerpo de texto.')

# ---------------------------------------------------------------- bj19 wire (national daily web, León, Gto.; update line before publication line)
bj19 = """Crónica Nacional
Sección: Estados

Tenerías de León tienen un año para conectar sus descargas al colector industrial

Por Verónica Ríos Anaya y Tomás Echeverría Luna | Corresponsales
Última actualización: 15/01/2024 | 22:10
Publicado: 14/01/2024 | 23:55

LEÓN, Gto.- Las curtidurías de León tendrán doce meses para conectar sus descargas de agua al colector industrial que construye el gobierno del estado, o de lo contrario podrán ser clausuradas, según el acuerdo que firmaron este domingo autoridades ambientales y representantes de la industria del cuero.

En la ciudad operan alrededor de 600 tenerías, muchas de ellas pequeños talleres familiares en barrios como San Miguel y El Coecillo. De acuerdo con la Procuraduría Ambiental estatal, menos de una tercera parte tiene plantas de pretratamiento que retengan el cromo y las grasas antes de que el agua llegue al drenaje.

➡️ Te recomendamos: Guanajuato, primer lugar nacional en exportación de calzado

El colector, de 14 kilómetros, llevará las aguas residuales de las curtidurías a una planta de tratamiento especializada en el sur de la ciudad. La obra tiene un avance de 70 por ciento y debería terminarse en el segundo semestre del año.

Los curtidores aceptaron el plazo, pero advirtieron que los talleres más pequeños no tienen dinero para hacer las conexiones. “Un taller de cinco trabajadores no puede gastar 300 mil pesos en tubería y trámites de un día para otro”, dijo Efrén Muñiz, dirigente de una de las agrupaciones del sector.

El gobierno estatal ofreció un programa de créditos con tasa preferencial y asesoría técnica gratuita. Las autoridades municipales, por su parte, anunciaron que revisarán los permisos de uso de suelo de las tenerías que operan en zonas habitacionales.

LEA TAMBIÉN >> Suben 12% las ventas de la industria zapatera en la temporada navideña

Vecinos del río de los Gómez, que durante décadas han denunciado malos olores y espuma en el cauce, dijeron que esperan ver resultados antes de celebrar.

Con información de Daniel Soto
"""
write_source('bj19.txt', bj19)
write_gold('bj19', family='wire',
           title='Tenerías de León tienen un año para conectar sus descargas al colector industrial',
           date='2024-01-14', bylines=['Verónica Ríos Anaya', 'Tomás Echeverría Luna'],
           source='Crónica Nacional', section='Estados',
           body_first_words='Las curtidurías de León tendrán doce meses para conectar sus descargas',
           body_last_words='dijeron que esperan ver resultados antes de celebrar.',
           boilerplate=['Última actualización: 15/01/2024 | 22:10', 'LEÓN, Gto.-', 'Te recomendamos:',
                        'Guanajuato, primer lugar nacional en exportación de calzado', 'LEA TAMBIÉN >>',
                        'Suben 12% las ventas de la industria zapatera en la temporada navideña',
                        'Con información de Daniel Soto'],
           must_keep=['La obra tiene un avance de 70 por ciento y debería terminarse en el segundo semestre del año.',
                      '“Un taller de cinco trabajadores no puede gastar 300 mil pesos en tubería y trámites de un día para otro”, dijo Efrén Muñiz, dirigente de una de las agrupaciones del sector.',
                      'El gobierno estatal ofreció un programa de créditos con tasa preferencial y asesoría técnica gratuita.'])

# ---------------------------------------------------------------- bj20 press (federal body's state office, Gto., 2011)
bj20 = """GOBIERNO FEDERAL
Secretaría de Comunicaciones y Transportes, Centro SCT Guanajuato
Unidad de Comunicación Social

Comunicado de prensa No. CSCT-GTO/027/11

Celaya, Guanajuato, a 9 de mayo de 2011

CONCLUYE LA SCT LA MODERNIZACIÓN DEL TRAMO CELAYA–SALVATIERRA

El Centro SCT Guanajuato concluyó la modernización a cuatro carriles de 22 kilómetros de la carretera Celaya–Salvatierra, con una inversión de 410 millones de pesos, lo que reducirá en 15 minutos el tiempo de recorrido entre ambas ciudades y mejorará la seguridad de alrededor de 11 mil vehículos que circulan diariamente por la vía.

Los trabajos incluyeron la ampliación de la corona de la carretera, la construcción de un puente sobre el río Lerma, dos entronques a desnivel en los accesos a Cortazar y Jaral del Progreso, así como la instalación de señalamiento y alumbrado en las zonas urbanas.

El director general del Centro SCT, ingeniero Gilberto Cervantes Olalde, destacó que el tramo era uno de los de mayor índice de accidentes de la región sur del estado, debido al tránsito de maquinaria agrícola y de camiones de carga. “Con los acotamientos nuevos, los tractores ya no tendrán que circular por el carril de alta velocidad”, afirmó.

Durante la obra se generaron alrededor de 900 empleos directos y se contrató a empresas constructoras de la entidad. La dependencia informó que en el segundo semestre del año iniciará la segunda etapa, que llegará hasta el entronque con la carretera a Acámbaro.

El Centro SCT pidió a los automovilistas respetar los límites de velocidad, que en las zonas urbanas será de 60 kilómetros por hora.

---000---

Para mayor información:
Unidad de Comunicación Social, Centro SCT Guanajuato
Tel. (461) 555 0139
comunicacion.gto@sct-gto.example.mx
"""
write_source('bj20.txt', bj20, enc='cp1252', eol='crlf')
write_gold('bj20', family='press_release',
           title='CONCLUYE LA SCT LA MODERNIZACIÓN DEL TRAMO CELAYA–SALVATIERRA',
           date='2011-05-09',
           source='Secretaría de Comunicaciones y Transportes, Centro SCT Guanajuato',
           bulletin_number='CSCT-GTO/027/11',
           issuer='Secretaría de Comunicaciones y Transportes, Centro SCT Guanajuato',
           dateline_city='Celaya',
           body_first_words='El Centro SCT Guanajuato concluyó la modernización a cuatro carriles',
           body_last_words='que en las zonas urbanas será de 60 kilómetros por hora.',
           boilerplate=['GOBIERNO FEDERAL', 'Unidad de Comunicación Social',
                        'Comunicado de prensa No. CSCT-GTO/027/11',
                        'Celaya, Guanajuato, a 9 de mayo de 2011', '---000---', 'Para mayor información:',
                        'Tel. (461) 555 0139', 'comunicacion.gto@sct-gto.example.mx'],
           must_keep=['“Con los acotamientos nuevos, los tractores ya no tendrán que circular por el carril de alta velocidad”, afirmó.',
                      'Durante la obra se generaron alrededor de 900 empleos directos y se contrató a empresas constructoras de la entidad.',
                      'así como la instalación de señalamiento y alumbrado en las zonas urbanas.'])
