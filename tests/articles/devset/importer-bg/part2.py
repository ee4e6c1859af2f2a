#!/usr/bin/env python3
"""importer-bg, files 11-20."""
import textwrap
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bg11 wire (national daily, Puebla correspondents)
T11 = """Crónica Metropolitana | Estados

Cierran 40 pozos en Tehuacán por contaminación con arsénico; vecinos reciben agua en pipas

Por Gerardo Ibarra Solano y Lucía Contreras Tapia | Corresponsales
Martes 23 de junio de 2015, 21:47 | Última actualización: miércoles 24 de junio de 2015, 08:10

Foto: Archivo Crónica Metropolitana / Gerardo Ibarra

TEHUACÁN, Pue.- El organismo operador del agua de Tehuacán clausuró 40 pozos que abastecen a colonias del norte de la ciudad, luego de que análisis de laboratorio detectaran concentraciones de arsénico superiores a las que permite la norma oficial.

De acuerdo con el director del organismo, las muestras se tomaron en abril y los resultados llegaron la semana pasada. Mientras se instalan filtros, unas 18 mil familias recibirán agua en pipas dos veces por semana. Te puede interesar: Puebla, entre los estados con más denuncias por desabasto de agua La dependencia estimó que los equipos de remoción costarán cerca de 30 millones de pesos.

Vecinos de las colonias Aquiles Serdán y San Lorenzo Teotipilco se quejaron de que no fueron avisados con anticipación. "Nos enteramos por el vecino que trabaja en el organismo", dijo María Elena Rosas, quien almacena agua en tambos de plástico en el patio de su casa.

Especialistas de universidades de la región han advertido desde hace una década que el arsénico en el Valle de Tehuacán tiene origen natural, pero que la sobreexplotación de los acuíferos para la industria refresquera y avícola ha concentrado el metal en los pozos más profundos.

El ayuntamiento pidió a la Comisión Nacional del Agua autorización para perforar dos pozos nuevos en la zona sur del municipio. La respuesta podría tardar hasta seis meses.

?? Descarga nuestra app y recibe las noticias de tu estado antes que nadie.

MÁS NOTICIAS
- Suspenden clases en 12 escuelas de la Mixteca por lluvias
- Detienen a presunto asaltante de transportistas en la autopista Puebla-Orizaba
- Atlixco alista su feria de la flor
"""
write_source('bg11.txt', T11, enc='cp1252', eol='crlf')
write_gold('bg11', family='wire',
           title='Cierran 40 pozos en Tehuacán por contaminación con arsénico; vecinos reciben agua en pipas',
           date='2015-06-23', bylines=['Gerardo Ibarra Solano', 'Lucía Contreras Tapia'],
           source='Crónica Metropolitana', section='Estados',
           body_first_words='El organismo operador del agua de Tehuacán clausuró 40 pozos',
           body_last_words='La respuesta podría tardar hasta seis meses.',
           boilerplate=['Crónica Metropolitana | Estados',
                        'Por Gerardo Ibarra Solano y Lucía Contreras Tapia | Corresponsales',
                        'Martes 23 de junio de 2015, 21:47 | Última actualización: miércoles 24 de junio de 2015, 08:10',
                        'Foto: Archivo Crónica Metropolitana / Gerardo Ibarra', 'TEHUACÁN, Pue.-',
                        'Te puede interesar: Puebla, entre los estados con más denuncias por desabasto de agua',
                        '?? Descarga nuestra app y recibe las noticias de tu estado antes que nadie.',
                        'MÁS NOTICIAS',
                        'Suspenden clases en 12 escuelas de la Mixteca por lluvias',
                        'Detienen a presunto asaltante de transportistas en la autopista Puebla-Orizaba',
                        'Atlixco alista su feria de la flor'],
           must_keep=['Mientras se instalan filtros, unas 18 mil familias recibirán agua en pipas dos veces por semana.',
                      'La dependencia estimó que los equipos de remoción costarán cerca de 30 millones de pesos.',
                      'La respuesta podría tardar hasta seis meses.'],
           photo_credit='Foto: Archivo Crónica Metropolitana / Gerardo Ibarra')

# ---------------------------------------------------------------- bg12 press (alcaldía, pipe header)
T12 = """ALCALDÍA CUAUHTÉMOC | BOLETÍN 0315 | 10 DE ENERO DE 2020

**Rehabilitan 3 mil metros cuadrados de banquetas en la colonia Doctores**

Ciudad de México, 10 de enero de 2020.- La Alcaldía Cuauhtémoc concluyó la rehabilitación de 3 mil metros cuadrados de banquetas y 42 rampas de accesibilidad en la colonia Doctores, en el perímetro que rodea al Hospital General de México y a los juzgados de la zona.

Los trabajos, que comenzaron a finales de octubre, incluyeron el retiro de raíces que levantaban el concreto, la nivelación de registros de agua y la colocación de guía táctil para personas con discapacidad visual en las esquinas de las calles Doctor Balmis, Doctor Jiménez y Doctor Lucio.

La Dirección General de Obras y Desarrollo Urbano informó que la inversión fue de 6.4 millones de pesos del presupuesto participativo y de recursos propios de la demarcación. Los comités vecinales eligieron las calles a intervenir en una consulta realizada el año pasado.

Comerciantes de la zona pidieron que la alcaldía ordene los puestos semifijos que ocupan parte de las nuevas banquetas frente al hospital. La demarcación respondió que realizará mesas de trabajo con los oferentes para reubicarlos sin afectar su fuente de ingresos.

Para reportar daños en banquetas o luminarias, las y los vecinos pueden enviar un mensaje de WhatsApp al 55 5555 0315 con la ubicación y una fotografía.

En una segunda etapa, prevista para marzo, se intervendrán las calles aledañas al metro Niños Héroes.

•••

Dirección de Comunicación Social
Alcaldía Cuauhtémoc
comunicacion@alcaldiacuauhtemoc.example.mx
"""
write_source('bg12.md', T12, eol='crlf', bom=True)
write_gold('bg12', family='press_release',
           title='Rehabilitan 3 mil metros cuadrados de banquetas en la colonia Doctores',
           date='2020-01-10', source='ALCALDÍA CUAUHTÉMOC', bulletin_number='0315',
           issuer='ALCALDÍA CUAUHTÉMOC', dateline_city='Ciudad de México',
           body_first_words='La Alcaldía Cuauhtémoc concluyó la rehabilitación',
           body_last_words='se intervendrán las calles aledañas al metro Niños Héroes.',
           boilerplate=['ALCALDÍA CUAUHTÉMOC | BOLETÍN 0315 | 10 DE ENERO DE 2020',
                        'Ciudad de México, 10 de enero de 2020.-', '•••',
                        'Dirección de Comunicación Social',
                        'comunicacion@alcaldiacuauhtemoc.example.mx'],
           must_keep=['Para reportar daños en banquetas o luminarias, las y los vecinos pueden enviar un mensaje de WhatsApp al 55 5555 0315 con la ubicación y una fotografía.',
                      'Los comités vecinales eligieron las calles a intervenir en una consulta realizada el año pasado.'])

# ---------------------------------------------------------------- bg13 jekyll (Blogger, empty title)
T13 = """---
layout: post
title: ''
date: '2008-11-03T23:05:00.000-06:00'
author: Jorge Cuapio Xochitiotzi
tags:
- Huamantla
- tradiciones
modified_time: '2008-11-04T10:17:44.512-06:00'
blogger_id: tag:blogger.com,1999:blog-4471920381653427001.post-2290017364519800412
blogger_orig_url: http://huamantlaviva.blogspot.example.mx/2008/11/tapetes.html
---
<b>Huamantla prepara 6 kilómetros de tapetes para la Noche que Nadie Duerme</b><br /><br />Artesanos de los barrios de Huamantla comenzaron a trazar los diseños de los tapetes de aserrín y flores que cubrirán cerca de seis kilómetros de calles durante la Noche que Nadie Duerme, la procesión que cada agosto acompaña a la Virgen de la Caridad y que este año, por primera vez, se repetirá en una edición de invierno.<br /><br />Don Fermín Zempoalteca, quien lleva 40 años en el oficio, explicó que cada tapete requiere hasta tres días de trabajo: primero se tiñe el aserrín con anilinas, después se recortan los moldes de cartón y finalmente se acomodan pétalos de cempasúchil y gladiola. <i>"Es una ofrenda, no un adorno"</i>, dijo.<br /><br />El comité organizador calcula que participarán unas 600 familias de los barrios de San Antonio, La Preciosa y El Carmen. El ayuntamiento aportará el aserrín y el transporte de las flores desde Atlixco, mientras que los vecinos cubren el costo de los colorantes.<br /><br />La procesión saldrá de la basílica a la medianoche del sábado y recorrerá las calles del centro hasta el amanecer. Los tapetes se destruyen al paso de la imagen, por lo que los artesanos piden a los visitantes no pisarlos antes y tomar fotografías desde las banquetas.<br /><br />Protección Civil estatal instalará tres puestos de primeros auxilios y pidió a los asistentes no llevar mascotas.
"""
write_source('bg13.md', T13)
write_gold('bg13', family='jekyll',
           title='Huamantla prepara 6 kilómetros de tapetes para la Noche que Nadie Duerme',
           date='2008-11-03', bylines=['Jorge Cuapio Xochitiotzi'], source=None,
           body_first_words='Artesanos de los barrios de Huamantla comenzaron a trazar',
           body_last_words='pidió a los asistentes no llevar mascotas.',
           must_keep=['El comité organizador calcula que participarán unas 600 familias de los barrios de San Antonio, La Preciosa y El Carmen.',
                      'La procesión saldrá de la basílica a la medianoche del sábado y recorrerá las calles del centro hasta el amanecer.'])

# ---------------------------------------------------------------- bg14 press (university)
T14 = """UNIVERSIDAD AUTÓNOMA DEL ESTADO DE HIDALGO
Dirección de Comunicación Social
BOLETÍN DCS/UAEH/0233/2012

Investigadores de la UAEH desarrollan biofertilizante a partir de residuos de maguey

Mineral de la Reforma, Hgo., a 12 de septiembre de 2012.- Un grupo de investigadores del Instituto de Ciencias Agropecuarias de la Universidad Autónoma del Estado de Hidalgo desarrolló un biofertilizante elaborado con bagazo de maguey pulquero, un residuo que hasta ahora se quemaba o se dejaba a la intemperie en las comunidades productoras del Valle del Mezquital y del Altiplano.

La coordinadora del proyecto explicó que el bagazo se somete a un proceso de composteo de 45 días en el que intervienen hongos y bacterias nativas de la región. El producto resultante aporta nitrógeno y materia orgánica a suelos que han perdido fertilidad por el uso continuo de agroquímicos.

Fotografía: Dirección de Comunicación Social UAEH

En pruebas de campo realizadas durante dos ciclos en parcelas de Singuilucan y Epazoyucan, los cultivos de maíz y avena tratados con el biofertilizante obtuvieron rendimientos entre 15 y 20 por ciento mayores que los de parcelas sin tratamiento.

El equipo, integrado por cuatro profesores y nueve estudiantes de licenciatura y posgrado, ya solicitó el registro de la patente ante el Instituto Mexicano de la Propiedad Industrial y busca una alianza con cooperativas de productores para fabricarlo a mayor escala.

Los investigadores presentarán los resultados en el congreso nacional de ciencia del suelo que se realizará en octubre en la ciudad de Querétaro.

Consulta la galería completa en uaeh.example.mx/galerias

FIN DEL COMUNICADO

Contacto para medios:
Lic. Karla Monroy | 771 555 2000 ext. 2718 | prensa@uaeh.example.mx
"""
write_source('bg14.txt', T14)
write_gold('bg14', family='press_release',
           title='Investigadores de la UAEH desarrollan biofertilizante a partir de residuos de maguey',
           date='2012-09-12', source='UNIVERSIDAD AUTÓNOMA DEL ESTADO DE HIDALGO',
           bulletin_number='DCS/UAEH/0233/2012',
           issuer='UNIVERSIDAD AUTÓNOMA DEL ESTADO DE HIDALGO',
           dateline_city='Mineral de la Reforma',
           body_first_words='Un grupo de investigadores del Instituto de Ciencias Agropecuarias',
           body_last_words='que se realizará en octubre en la ciudad de Querétaro.',
           boilerplate=['UNIVERSIDAD AUTÓNOMA DEL ESTADO DE HIDALGO', 'Dirección de Comunicación Social',
                        'BOLETÍN DCS/UAEH/0233/2012',
                        'Mineral de la Reforma, Hgo., a 12 de septiembre de 2012.-',
                        'Fotografía: Dirección de Comunicación Social UAEH',
                        'Consulta la galería completa en uaeh.example.mx/galerias',
                        'FIN DEL COMUNICADO', 'Contacto para medios:',
                        'Lic. Karla Monroy | 771 555 2000 ext. 2718 | prensa@uaeh.example.mx'],
           must_keep=['El producto resultante aporta nitrógeno y materia orgánica a suelos que han perdido fertilidad por el uso continuo de agroquímicos.',
                      'Los investigadores presentarán los resultados en el congreso nacional de ciencia del suelo que se realizará en octubre en la ciudad de Querétaro.'],
           photo_credit='Fotografía: Dirección de Comunicación Social UAEH')

# ---------------------------------------------------------------- bg15 wire (digital native, Morelos)
T15 = """**SALUD**

## Hospital del Niño Morelense suspende cirugías programadas por falta de anestesiólogos

Cuernavaca al Día · Por Itzel Barrera Ocampo · 14/07/2022 18:05

El Hospital del Niño Morelense, en Emiliano Zapata, suspendió desde el lunes las cirugías programadas que no son de urgencia porque tres de sus siete anestesiólogos renunciaron en las últimas semanas y la institución no ha logrado sustituirlos.

Madres y padres de pacientes que esperaban operaciones de corazón, de columna y de labio y paladar hendido se reunieron este jueves en la entrada del hospital para pedir una fecha. Algunas familias llevan más de seis meses en lista de espera.

La dirección del hospital confirmó que la atención de urgencias y la de los pacientes hospitalizados continúa con normalidad. Te recomendamos | Cuautla abre centro de salud 24 horas en la colonia Cuauhtémoc En un comunicado, explicó que ya publicó una convocatoria para contratar especialistas con mejores salarios.

El sindicato de trabajadores de la salud en el estado atribuyó las renuncias a los sueldos, que consideró inferiores a los de hospitales privados de Cuernavaca y de la Ciudad de México, y a la carga de trabajo por las guardias.

Los Servicios de Salud de Morelos informaron que enviarán a un anestesiólogo del Hospital General de Cuernavaca dos días por semana mientras se completa la plantilla, con lo que se prevé reanudar las cirugías de mayor prioridad a partir de la próxima semana.

> **En contexto**
> El Hospital del Niño Morelense atiende a menores de 18 años de todo el estado y de municipios de Guerrero y Puebla. Es el único hospital pediátrico de alta especialidad de la entidad.

📢 Únete a nuestro canal de WhatsApp y recibe las noticias de Morelos todos los días.
"""
write_source('bg15.md', T15)
write_gold('bg15', family='wire',
           title='Hospital del Niño Morelense suspende cirugías programadas por falta de anestesiólogos',
           date='2022-07-14', bylines=['Itzel Barrera Ocampo'], source='Cuernavaca al Día',
           section='SALUD',
           body_first_words='El Hospital del Niño Morelense, en Emiliano Zapata, suspendió',
           body_last_words='a partir de la próxima semana.',
           boilerplate=['Cuernavaca al Día · Por Itzel Barrera Ocampo · 14/07/2022 18:05',
                        'Te recomendamos | Cuautla abre centro de salud 24 horas en la colonia Cuauhtémoc',
                        '**En contexto**',
                        'El Hospital del Niño Morelense atiende a menores de 18 años de todo el estado y de municipios de Guerrero y Puebla.',
                        'Es el único hospital pediátrico de alta especialidad de la entidad.',
                        '📢 Únete a nuestro canal de WhatsApp y recibe las noticias de Morelos todos los días.'],
           must_keep=['La dirección del hospital confirmó que la atención de urgencias y la de los pacientes hospitalizados continúa con normalidad.',
                      'En un comunicado, explicó que ya publicó una convocatoria para contratar especialistas con mejores salarios.',
                      'Algunas familias llevan más de seis meses en lista de espera.'])

# ---------------------------------------------------------------- bg16 jekyll (hand-made Spanish keys)
T16 = """---
layout: nota
titular: "Tlaxco reabre su presa a la pesca deportiva tras tres años de veda"
fecha: "5 de octubre de 2025, 20:15 h"
firma: Paola Zárate Meneses
fotos: Hugo Ríos
seccion: Tlaxcala
medio: El Faro de Tlaxcala
publicado: sí
---

La presa de Atlangatepec, en el municipio de Tlaxco, reabrió este domingo a la pesca deportiva después de tres años de veda, periodo en el que autoridades estatales y cooperativas locales sembraron más de 200 mil crías de carpa y lobina para recuperar la población de peces.

La Secretaría de Medio Ambiente del estado informó que los permisos se tramitarán en línea y tendrán un costo de 150 pesos por día. Cada pescador podrá llevarse un máximo de cinco ejemplares, y las lobinas de menos de 30 centímetros deberán devolverse al agua.

Las cooperativas de San Pedro Ecatepec y La Trasquila, que durante la veda vivieron de la venta de comida y del alquiler de lanchas para paseos, esperan que la reapertura atraiga a visitantes de Puebla, Hidalgo y la Ciudad de México durante los fines de semana.

"Se nos fue mucha gente a trabajar a las fábricas de Apizaco; ojalá ahora regresen", comentó Rufino Cervantes, presidente de una de las cooperativas, mientras revisaba las redes de su lancha.

El nivel de la presa se encuentra al 78 por ciento de su capacidad tras las lluvias de septiembre. Protección Civil recordó que está prohibido nadar en el embalse y que el uso de chaleco salvavidas es obligatorio en todas las embarcaciones.
"""
write_source('bg16.md', T16)
write_gold('bg16', family='jekyll',
           title='Tlaxco reabre su presa a la pesca deportiva tras tres años de veda',
           date='2025-10-05', bylines=['Paola Zárate Meneses'], source='El Faro de Tlaxcala',
           section='Tlaxcala',
           body_first_words='La presa de Atlangatepec, en el municipio de Tlaxco',
           body_last_words='es obligatorio en todas las embarcaciones.',
           must_keep=['Cada pescador podrá llevarse un máximo de cinco ejemplares, y las lobinas de menos de 30 centímetros deberán devolverse al agua.',
                      'El nivel de la presa se encuentra al 78 por ciento de su capacidad tras las lluvias de septiembre.'])

# ---------------------------------------------------------------- bg17 press (autonomous body, two dates)
T17 = """COMISIÓN DE DERECHOS HUMANOS DEL ESTADO DE MÉXICO
Unidad de Comunicación Social

Boletín 93/2011
Fecha de publicación: 22/06/2011

EMITE CODHEM RECOMENDACIÓN A AYUNTAMIENTO DE NEZAHUALCÓYOTL POR DETENCIÓN ARBITRARIA

Toluca, Méx., 21 de junio de 2011.

La Comisión de Derechos Humanos del Estado de México emitió una recomendación al ayuntamiento de Nezahualcóyotl por la detención arbitraria de dos jóvenes que fueron retenidos durante más de diez horas en una galera municipal sin ser presentados ante un juez calificador.

Según la investigación del organismo, los hechos ocurrieron en febrero, cuando elementos de seguridad pública municipal detuvieron a los jóvenes, de 17 y 19 años, a la salida de una fiesta en la colonia Evolución, bajo el argumento de que alteraban el orden público. Durante la retención no se les permitió hacer una llamada ni se informó a sus familiares.

La Comisión acreditó violaciones a los derechos a la libertad personal, a la legalidad y a la seguridad jurídica, así como al interés superior de la niñez en el caso del menor de edad.

En la recomendación se pide al ayuntamiento iniciar un procedimiento administrativo contra los policías involucrados, capacitar a su personal en el manejo de personas detenidas y colocar en las galeras un registro visible con la hora de ingreso y de salida de cada persona.

El ayuntamiento cuenta con quince días hábiles para informar si acepta la recomendación. El organismo recordó que las quejas pueden presentarse en cualquiera de sus visitadurías o por teléfono, de manera gratuita.

o0o

Unidad de Comunicación Social
Tels. (722) 555 0900 y 555 0901 ext. 144
comunicacion@codhem.example.mx
"""
write_source('bg17.txt', T17, eol='crlf')
write_gold('bg17', family='press_release',
           title='EMITE CODHEM RECOMENDACIÓN A AYUNTAMIENTO DE NEZAHUALCÓYOTL POR DETENCIÓN ARBITRARIA',
           date='2011-06-21', source='COMISIÓN DE DERECHOS HUMANOS DEL ESTADO DE MÉXICO',
           bulletin_number='93/2011', issuer='COMISIÓN DE DERECHOS HUMANOS DEL ESTADO DE MÉXICO',
           dateline_city='Toluca',
           body_first_words='La Comisión de Derechos Humanos del Estado de México emitió',
           body_last_words='por teléfono, de manera gratuita.',
           boilerplate=['Unidad de Comunicación Social', 'Boletín 93/2011', 'Fecha de publicación: 22/06/2011',
                        'Toluca, Méx., 21 de junio de 2011.', 'o0o',
                        'Tels. (722) 555 0900 y 555 0901 ext. 144', 'comunicacion@codhem.example.mx'],
           must_keep=['El ayuntamiento cuenta con quince días hábiles para informar si acepta la recomendación.',
                      'Durante la retención no se les permitió hacer una llamada ni se informó a sus familiares.'])

# ---------------------------------------------------------------- bg18 wire (teletype, hard-wrapped)
P18 = [
    "TLAXCALA, Tlax., 13 de marzo (ANI).- Autoridades sanitarias de Tlaxcala detectaron niveles de plomo superiores a los permitidos en la sangre de 37 niños que viven cerca de talleres de alfarería en el municipio de San Pablo del Monte. Ninguno presenta síntomas graves.",
    "La Secretaría de Salud estatal informó que el estudio se aplicó a 210 menores de entre uno y doce años durante febrero, como parte de un programa para sustituir el esmalte con plomo que todavía utilizan algunos talleres familiares en la cocción de ollas y cazuelas.",
    "Los niños con resultados elevados recibirán seguimiento médico cada tres meses. Sus familias fueron orientadas para no cocinar ni guardar alimentos ácidos en loza vidriada con plomo.",
    "El titular de la dependencia explicó que cerca de 60 talleres de la región ya trabajan con esmalte libre de plomo y que el gobierno estatal entregará hornos de gas a otros 40, con el fin de reducir también el humo de leña que afecta a las viviendas cercanas.",
    "Alfareros consultados señalaron que el nuevo esmalte es más caro y que sus compradores en mercados de Puebla y de la Ciudad de México no siempre pagan la diferencia. Pidieron que el programa incluya apoyo para la comercialización.",
    "ANI/jcr/lgs",
]
T18 = ("ANI  13/MAR/2006  17:45  Seccion: Estados\r\n"
       "ANI-TLAXCALA-PLOMO   Palabras: 298\r\n\r\n"
       "DETECTAN PLOMO EN LA SANGRE DE 37 NIÑOS DE SAN PABLO DEL MONTE\r\n\r\n"
       "Por Julio César Rojas\r\nAgencia Nacional de Información\r\n\r\n"
       + "\r\n\r\n".join(textwrap.fill(p, 66).replace('\n', '\r\n') for p in P18)
       + "\r\n\r\n=== FIN ===\r\n")
write_source('bg18.txt', raw=T18.encode('cp1252'))
write_gold('bg18', family='wire',
           title='DETECTAN PLOMO EN LA SANGRE DE 37 NIÑOS DE SAN PABLO DEL MONTE',
           date='2006-03-13', bylines=['Julio César Rojas'], source='Agencia Nacional de Información',
           section='Estados',
           body_first_words='Autoridades sanitarias de Tlaxcala',
           body_last_words='apoyo para la comercialización.',
           boilerplate=['ANI  13/MAR/2006  17:45  Seccion: Estados',
                        'ANI-TLAXCALA-PLOMO   Palabras: 298', 'Por Julio César Rojas',
                        'TLAXCALA, Tlax., 13 de marzo (ANI).-', 'ANI/jcr/lgs', '=== FIN ==='],
           must_keep=['Ninguno presenta síntomas graves.',
                      'Los niños con resultados elevados recibirán seguimiento médico cada tres meses.',
                      'Pidieron que el programa incluya apoyo para la comercialización.'])

# ---------------------------------------------------------------- bg19 generic (BOM, CRLF, blank lines, ALL CAPS title)
T19 = """

	
LA CHINAMPA QUE VOLVIÓ A DAR MAÍZ   

En el barrio de Caltongo, en Xochimilco, una familia de chinamperos recuperó una parcela que durante quince años estuvo cubierta de lirio y basura. El trabajo tomó dos temporadas de secas y la ayuda de estudiantes de agronomía que llegaron como voluntarios.

Don Cirilo Galicia, de 67 años, explica que la chinampa se hundía porque nadie le echaba lodo del canal. "La chinampa es como una cama: si no la tiendes, se desbarata", dice. Para levantarla, la familia siguió el método antiguo:

1. Sacar el lodo del fondo del canal con una red de mango largo.
2. Extenderlo sobre la parcela en capas delgadas y dejarlo secar.
3. Cortar el lodo seco en cuadros, los chapines, y sembrar en ellos las semillas.
4. Trasplantar las plántulas cuando alcanzan una cuarta de altura.

Este año cosecharon maíz azul, frijol, calabaza y chile, además de lechugas y verdolagas que venden los domingos en el embarcadero. La milpa se riega con agua del propio canal, que los vecinos tratan de mantener limpia con filtros de tezontle y plantas acuáticas.

El ajolote, que casi había desaparecido de esta zona, volvió a verse en los canales que rodean la parcela. Los estudiantes instalaron refugios con piedras y ramas para protegerlo de las carpas y las tilapias.

La familia quiere ahora convencer a otros propietarios del barrio de rescatar sus chinampas abandonadas. Calculan que en Caltongo hay al menos treinta en la misma situación.
"""
write_source('bg19.txt', T19, eol='crlf', bom=True)
write_gold('bg19', family='generic',
           title='LA CHINAMPA QUE VOLVIÓ A DAR MAÍZ',
           body_first_words='En el barrio de Caltongo, en Xochimilco, una familia',
           body_last_words='hay al menos treinta en la misma situación.',
           must_keep=['Sacar el lodo del fondo del canal con una red de mango largo.',
                      'El ajolote, que casi había desaparecido de esta zona, volvió a verse en los canales que rodean la parcela.'])

# ---------------------------------------------------------------- bg20 bad (front matter + only an excerpt marker)
T20 = """---
layout: post
title: "Galería: así se vivió el Vive Latino en el Foro Sol"
date: 2018-03-18 23:40:00 -06:00
categories: [Espectáculos, Galerías]
author: Staff
excerpt_separator: <!--more-->
---

<!--more-->

	
"""
write_source('bg20.md', T20)
write_gold('bg20', family='bad',
           refusal_reason='front matter with no body: the only thing after the front matter is an excerpt marker (<!--more-->) and whitespace')
print('part2 ok')
