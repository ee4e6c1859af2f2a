#!/usr/bin/env python3
"""importer-cb, files 21-30."""
import io
import zipfile
from common import write_source, write_gold, to_bytes, NBSP

# ---------------------------------------------------------------- cb21 generic (press-conference transcript, UTF-16 LE)
cb21 = """Versión estenográfica: conferencia del Observatorio Ciudadano de Justicia sobre el rezago en los tribunales laborales

MODERADORA: Buenas tardes. Gracias por acompañarnos. Vamos a presentar los resultados del monitoreo que hicimos durante seis meses en los nuevos tribunales laborales de cinco estados, y después abriremos una ronda de preguntas.

ALEJANDRA FUENTES (Observatorio): Gracias. Revisamos 2 mil 400 expedientes en tribunales de Jalisco, Puebla, Chihuahua, Veracruz y el Estado de México. Encontramos que la primera audiencia se celebra, en promedio, 97 días después de admitida la demanda, cuando la ley prevé plazos mucho más cortos.

ALEJANDRA FUENTES (Observatorio): El problema no es la reforma, que fue un avance enorme, sino los recursos. Hay tribunales con dos jueces para toda una región industrial. En uno de ellos, cada secretario lleva más de 600 asuntos.

PREGUNTA: ¿Qué pasa con los expedientes que quedaron pendientes en las antiguas juntas de conciliación?

HÉCTOR ZAVALETA (Observatorio): Ése es el otro frente. Las juntas siguen funcionando para cerrar los asuntos viejos, pero con menos personal cada año. Hay trabajadores que demandaron hace diez años y todavía no cobran su indemnización.

PREGUNTA: ¿Van a presentar alguna propuesta a los congresos?

ALEJANDRA FUENTES (Observatorio): Sí. Vamos a entregar el informe a las comisiones de trabajo de los congresos de los cinco estados y a la Cámara de Diputados. Pedimos tres cosas: presupuesto etiquetado para los tribunales, un registro público de tiempos de resolución y que las audiencias se publiquen en video.

MODERADORA: Con esto concluimos. El informe completo estará disponible a partir de mañana. Muchas gracias.
"""
write_source('cb21.txt', cb21, enc='utf-16-le', eol='crlf', bom=True)
write_gold('cb21', family='generic',
           title='Versión estenográfica: conferencia del Observatorio Ciudadano de Justicia sobre el rezago en los tribunales laborales',
           body_first_words='MODERADORA: Buenas tardes. Gracias por acompañarnos.',
           body_last_words='El informe completo estará disponible a partir de mañana. Muchas gracias.',
           must_keep=['Encontramos que la primera audiencia se celebra, en promedio, 97 días después de admitida la demanda, cuando la ley prevé plazos mucho más cortos.',
                      'PREGUNTA: ¿Qué pasa con los expedientes que quedaron pendientes en las antiguas juntas de conciliación?',
                      'Hay trabajadores que demandaron hace diez años y todavía no cobran su indemnización.'])

# ---------------------------------------------------------------- cb22 jekyll (folded multi-line title, blog key, kramdown IAL)
cb22 = """---
layout: entrada
title: >-
  El Senado ratifica a siete magistrados del Tribunal Federal de Justicia
  Administrativa tras dos rondas de votación
date: 2016-11-09 18:20:00 -0600
blog: Bitácora del Pleno
authors:
  - Renata Guízar Olmos
category: Senado
tags: [nombramientos, "Tribunal Federal de Justicia Administrativa", Senado]
---

El pleno del Senado ratificó este miércoles a siete magistrados del Tribunal Federal de Justicia Administrativa, luego de que en una primera votación dos de los nombramientos no alcanzaran la mayoría requerida.
{: .lead}

La sesión comenzó con la presentación del dictamen de la Comisión de Justicia, que avaló los perfiles propuestos por el Ejecutivo para las salas regionales de Monterrey, Guadalajara, Mérida y la Ciudad de México. Según la [Gaceta del Senado][1], los candidatos comparecieron la semana pasada ante la comisión.

En la primera ronda, cinco nombramientos fueron aprobados sin problemas. Los otros dos, para la sala regional de Mérida, quedaron a cuatro votos de la mayoría, después de que un grupo de senadores cuestionó que uno de los candidatos hubiera sido abogado de empresas con litigios fiscales ante el propio tribunal.

> “No estamos juzgando su capacidad, estamos preguntando por su independencia”, dijo en tribuna la senadora Luz Elena Carrasco Tena.

Tras un receso de dos horas y la intervención de los coordinadores parlamentarios, la Mesa Directiva sometió de nuevo los dos nombramientos a votación, y ambos fueron aprobados. Los siete magistrados rindieron protesta de inmediato.

El tribunal, que resuelve controversias entre particulares y autoridades fiscales y administrativas, arrastraba vacantes desde hacía más de un año. Las asociaciones de contadores habían advertido que la falta de magistrados retrasaba la resolución de miles de juicios.

[1]: https://gaceta-senado.example.mx/2016/11/09/comparecencias
"""
write_source('cb22.markdown', cb22, eol='crlf', bom=True)
write_gold('cb22', family='jekyll',
           title='El Senado ratifica a siete magistrados del Tribunal Federal de Justicia Administrativa tras dos rondas de votación',
           date='2016-11-09', bylines=['Renata Guízar Olmos'], source='Bitácora del Pleno',
           section='Senado',
           body_first_words='El pleno del Senado ratificó este miércoles a siete magistrados',
           body_last_words='retrasaba la resolución de miles de juicios.',
           boilerplate=['{: .lead}', '[1]: https://gaceta-senado.example.mx/2016/11/09/comparecencias'],
           must_keep=['Los siete magistrados rindieron protesta de inmediato.',
                      '“No estamos juzgando su capacidad, estamos preguntando por su independencia”, dijo en tribuna la senadora Luz Elena Carrasco Tena.',
                      'En la primera ronda, cinco nombramientos fueron aprobados sin problemas.'])

# ---------------------------------------------------------------- cb23 wire (print weekly, QuarkXPress-era text export, Mac Roman, CR)
cb23 = """PUBLICACIÓN: Semanario Contraste
EDICIÓN: 612
FECHA: 18 de marzo de 2007
SECCIÓN: Nacional
PÁGINA: 14-15
BALAZO: Análisis
CABEZA: Gobernadores presionan al Senado por el reparto de los excedentes petroleros
SUMARIO: Trece mandatarios estatales piden que la mitad de los ingresos extraordinarios se quede en los estados
AUTOR: Ernesto Calleja Durán
CRÉDITO FOTO: Archivo Contraste
TEXTO:
La discusión sobre los excedentes petroleros dejó de ser un asunto técnico. Esta semana, trece gobernadores firmaron una carta dirigida a la Mesa Directiva del Senado en la que piden que la mitad de los ingresos extraordinarios por la venta de crudo se transfiera directamente a los estados, sin pasar por los fondos que administra la Secretaría de Hacienda.
La carta llegó en un momento delicado. Las comisiones de Hacienda de ambas cámaras discuten desde enero una reforma a la Ley Federal de Presupuesto, y la propuesta del Ejecutivo reserva la mayor parte de los excedentes para un fondo de estabilización.
“No vamos a permitir que el centro decida solo qué hacer con un dinero que sale de nuestros estados”, dijo a este semanario uno de los gobernadores firmantes, que pidió no ser identificado mientras continúan las negociaciones.
DESTACADO: «El centro no puede decidir solo»
Los senadores de los estados petroleros se dividieron. Algunos respaldan la carta; otros consideran que un reparto automático dejaría al país sin reservas en caso de una caída del precio del barril.
En el fondo, dicen los especialistas consultados, se discute quién controla el dinero en un año sin elecciones federales. Los gobernadores necesitan recursos para obra pública; el gobierno federal, margen para enfrentar una desaceleración.
La votación en comisiones está prevista para la primera semana de abril. Hasta ahora, ningún coordinador parlamentario ha querido comprometer el sentido de su voto.
FIN DE TEXTO
"""
write_source('cb23.text', cb23, enc='mac_roman', eol='cr')
write_gold('cb23', family='wire',
           title='Gobernadores presionan al Senado por el reparto de los excedentes petroleros',
           date='2007-03-18', bylines=['Ernesto Calleja Durán'], source='Semanario Contraste',
           section='Nacional',
           body_first_words='La discusión sobre los excedentes petroleros dejó de ser un asunto técnico.',
           body_last_words='ha querido comprometer el sentido de su voto.',
           boilerplate=['BALAZO: Análisis',
                        'SUMARIO: Trece mandatarios estatales piden que la mitad de los ingresos extraordinarios se quede en los estados',
                        'CRÉDITO FOTO: Archivo Contraste', 'TEXTO:',
                        'DESTACADO: «El centro no puede decidir solo»', 'FIN DE TEXTO'],
           must_keep=['La carta llegó en un momento delicado.',
                      'Algunos respaldan la carta; otros consideran que un reparto automático dejaría al país sin reservas en caso de una caída del precio del barril.',
                      'La votación en comisiones está prevista para la primera semana de abril.'],
           photo_credit='Archivo Contraste')

# ---------------------------------------------------------------- cb24 press (SCJN, no end marker, divulgation legend)
cb24 = """SUPREMA CORTE DE JUSTICIA DE LA NACIÓN
Dirección General de Comunicación Social

No. 318/2021
Ciudad de México, a 7 de octubre de 2021

LA SCJN INVALIDA NORMA DE CHIHUAHUA QUE PERMITÍA EL ARRAIGO EN INVESTIGACIONES POR DELITOS FISCALES

El Pleno de la Suprema Corte de Justicia de la Nación (SCJN), al resolver la acción de inconstitucionalidad 152/2020, declaró la invalidez del artículo del Código Fiscal del Estado de Chihuahua que facultaba al Ministerio Público local para solicitar el arraigo de personas investigadas por defraudación fiscal estatal.

La acción fue promovida por la Comisión Nacional de los Derechos Humanos, que argumentó que el arraigo es una medida excepcional que la Constitución reserva a la delincuencia organizada y cuya regulación corresponde en exclusiva al Congreso de la Unión.

El Pleno coincidió con ese planteamiento. Las y los ministros señalaron que las legislaturas de los estados carecen de competencia para establecer el arraigo en cualquier modalidad, por lo que la norma impugnada invadía una facultad federal.

En la discusión se precisó que la invalidez surtirá efectos a partir de la notificación de los puntos resolutivos al Congreso de Chihuahua, y que tendrá efectos retroactivos en materia penal, de modo que las autoridades deberán revisar los casos en los que se haya aplicado la medida.

La resolución se aprobó por unanimidad de once votos. El engrose de la sentencia se publicará en el Semanario Judicial de la Federación y en el Diario Oficial de la Federación.

Documento con fines de divulgación. La sentencia es la única fuente oficial.
"""
write_source('cb24.txt', cb24, enc='cp1252', eol='crlf')
write_gold('cb24', family='press_release',
           title='LA SCJN INVALIDA NORMA DE CHIHUAHUA QUE PERMITÍA EL ARRAIGO EN INVESTIGACIONES POR DELITOS FISCALES',
           date='2021-10-07', source='SUPREMA CORTE DE JUSTICIA DE LA NACIÓN',
           bulletin_number='318/2021', issuer='SUPREMA CORTE DE JUSTICIA DE LA NACIÓN',
           dateline_city='Ciudad de México',
           body_first_words='El Pleno de la Suprema Corte de Justicia de la Nación (SCJN), al resolver',
           body_last_words='y en el Diario Oficial de la Federación.',
           boilerplate=['Dirección General de Comunicación Social', 'No. 318/2021',
                        'Ciudad de México, a 7 de octubre de 2021',
                        'Documento con fines de divulgación.', 'La sentencia es la única fuente oficial.'],
           must_keep=['El Pleno coincidió con ese planteamiento.',
                      'La resolución se aprobó por unanimidad de once votos.',
                      'de modo que las autoridades deberán revisar los casos en los que se haya aplicado la medida.'])

# ---------------------------------------------------------------- cb25 jekyll (quoted date string with offset, iframe, Mailchimp form)
cb25 = """---
layout: post
lang: es
title: "Sesión del Consejo de la Judicatura capitalino: lo que se dijo y lo que falta"
date: "2023-02-28 21:05:00 -0600"
author: Iván López Sarmiento
category: Tribunales
tags:
- Poder Judicial de la CDMX
- disciplina judicial
medio: Expediente Abierto
---

El Consejo de la Judicatura de la Ciudad de México celebró este martes su primera sesión pública del año para discutir las quejas contra jueces y magistrados del Tribunal Superior de Justicia capitalino. Fue una sesión larga, con más anuncios que resoluciones.

El consejo informó que en 2022 recibió 1 312 quejas administrativas, de las cuales resolvió 418. Sólo 37 terminaron en alguna sanción, la mayoría amonestaciones privadas. Ninguna persona juzgadora fue destituida.

<iframe width="560" height="315" src="https://www.youtube-nocookie.example.mx/embed/cjcdmx-sesion-2023-02" title="Sesión pública del Consejo" frameborder="0" allowfullscreen></iframe>

Entre los anuncios, el consejo aprobó publicar en su portal las versiones públicas de las resoluciones disciplinarias, una petición que organizaciones de abogadas y colectivos de víctimas hacían desde hace años. No precisó, sin embargo, desde cuándo estarán disponibles.

También se informó que el tribunal contratará a 40 personas para reducir el rezago en los juzgados familiares, donde hay expedientes de pensión alimenticia que esperan sentencia desde hace más de dos años.

Lo que falta: un calendario. Ninguno de los compromisos anunciados tiene fecha de cumplimiento, y el consejo no respondió a las preguntas que enviamos sobre el presupuesto para las nuevas plazas.

<div id="mc_embed_signup">
<form action="https://expedienteabierto.us.list-manage.example.mx/subscribe/post" method="post">
<label for="mce-EMAIL">Suscríbete a Expediente Abierto, nuestro boletín semanal sobre tribunales</label>
<input type="email" name="EMAIL" id="mce-EMAIL" placeholder="tu correo">
<input type="submit" value="Suscribirme">
</form>
</div>
"""
write_source('cb25.md', cb25.replace('1 312', '1' + NBSP + '312'))
write_gold('cb25', family='jekyll',
           title='Sesión del Consejo de la Judicatura capitalino: lo que se dijo y lo que falta',
           date='2023-02-28', bylines=['Iván López Sarmiento'], source='Expediente Abierto',
           section='Tribunales',
           body_first_words='El Consejo de la Judicatura de la Ciudad de México celebró este martes',
           body_last_words='sobre el presupuesto para las nuevas plazas.',
           boilerplate=['<iframe width="560" height="315" src="https://www.youtube-nocookie.example.mx/embed/cjcdmx-sesion-2023-02" title="Sesión pública del Consejo" frameborder="0" allowfullscreen></iframe>',
                        'Suscríbete a Expediente Abierto, nuestro boletín semanal sobre tribunales',
                        '<input type="submit" value="Suscribirme">'],
           must_keep=['El consejo informó que en 2022 recibió 1 312 quejas administrativas, de las cuales resolvió 418.',
                      'Ninguna persona juzgadora fue destituida.',
                      'Lo que falta: un calendario.'])

# ---------------------------------------------------------------- cb26 wire (foreign agency Spanish service, German metadata, UTF-16 BE)
cb26 = """NPA Nordpresse Agentur · Spanischer Dienst
Meldungs-ID: npa-es-20210428-0087
Datum: 28.04.2021, 02:10 MESZ
Autor: Jonas Hartwig Salcedo
Priorität: 3
Stichwörter: Mexiko / Justiz / Militär
Wörter: 331
Version: 2 (AMPLIACIÓN)

Juez ordena a la Sedena entregar los registros de un operativo en Nuevo Laredo (AMPLIACIÓN)

(Se añaden detalles de la resolución y reacción de la defensa a partir del cuarto párrafo)

México, 27 abr (NPA).- Un juez federal ordenó a la Secretaría de la Defensa Nacional entregar en un plazo de diez días las bitácoras, los registros de radio y las grabaciones de un operativo realizado en 2019 en Nuevo Laredo, en el que murieron tres civiles, informó este martes la organización que representa a las familias.

La orden fue dictada dentro de un juicio de amparo promovido por los familiares de las víctimas, quienes acusan a la fiscalía militar y a la Fiscalía General de la República de no haber investigado los hechos en casi dos años.

Según la versión oficial, los soldados respondieron a una agresión armada. Las familias sostienen que los tres hombres viajaban desarmados en una camioneta y que fueron alcanzados por disparos cuando ya se habían detenido.

En su resolución, el juez consideró que la información solicitada es indispensable para determinar si hubo una investigación diligente y rechazó el argumento de la Sedena de que su difusión comprometería la seguridad nacional.

La abogada de las familias, Mónica Ibarra Lucio, dijo a NPA que la decisión es «un primer paso» y que pedirán que los registros sean analizados por peritos independientes.

La Sedena puede impugnar la resolución ante un tribunal colegiado. Consultada por NPA, la dependencia no respondió de inmediato.

npa jhs/mf
"""
write_source('cb26.txt', cb26, enc='utf-16-be', eol='crlf', bom=True)
write_gold('cb26', family='wire',
           title='Juez ordena a la Sedena entregar los registros de un operativo en Nuevo Laredo',
           date='2021-04-27', bylines=['Jonas Hartwig Salcedo'], source='Nordpresse Agentur',
           body_first_words='Un juez federal ordenó a la Secretaría de la Defensa Nacional',
           body_last_words='la dependencia no respondió de inmediato.',
           boilerplate=['Meldungs-ID: npa-es-20210428-0087', 'Datum: 28.04.2021, 02:10 MESZ',
                        'Priorität: 3', 'Stichwörter: Mexiko / Justiz / Militär', 'Wörter: 331',
                        'Version: 2 (AMPLIACIÓN)', '(AMPLIACIÓN)',
                        '(Se añaden detalles de la resolución y reacción de la defensa a partir del cuarto párrafo)',
                        'México, 27 abr (NPA).-', 'npa jhs/mf'],
           must_keep=['Según la versión oficial, los soldados respondieron a una agresión armada.',
                      'La abogada de las familias, Mónica Ibarra Lucio, dijo a NPA que la decisión es «un primer paso» y que pedirán que los registros sean analizados por peritos independientes.',
                      'La Sedena puede impugnar la resolución ante un tribunal colegiado.'])

# ---------------------------------------------------------------- cb27 press (Congreso de Nuevo León, bulletin number at the foot)
cb27 = """H. CONGRESO DEL ESTADO DE NUEVO LEÓN
LXXVI Legislatura
Coordinación de Comunicación Social

Monterrey, Nuevo León | 12 de abril de 2023

Aprueban diputados crear la Fiscalía Especializada en Delitos contra la Libertad de Expresión

Con 38 votos a favor y dos abstenciones, el Pleno del Congreso del Estado aprobó reformas a la Ley Orgánica de la Fiscalía General de Justicia para crear una fiscalía especializada en la investigación de delitos cometidos contra periodistas, personas defensoras de derechos humanos y cualquier persona agredida por el ejercicio de la libertad de expresión.

La nueva fiscalía tendrá autonomía técnica y de gestión dentro de la Fiscalía General, contará con una unidad de análisis de contexto y deberá iniciar de oficio las investigaciones cuando tenga conocimiento de una agresión por cualquier medio, incluidas las redes sociales.

La diputada Sofía Garza Treviño, presidenta de la Comisión de Justicia y Seguridad Pública, explicó que en los últimos cinco años se abrieron en el estado más de 90 carpetas de investigación por agresiones a periodistas y que sólo dos llegaron a sentencia. “Sin una fiscalía con personal y método propios, la impunidad seguirá siendo la regla”, señaló.

El decreto establece que la persona titular será designada por el Congreso a propuesta del fiscal general, a partir de una terna, y que deberá comparecer cada año ante la Comisión de Justicia para informar sobre los resultados.

La reforma entrará en vigor 90 días después de su publicación en el Periódico Oficial del Estado. El Congreso deberá prever en el presupuesto del próximo año los recursos para su funcionamiento.

000

Boletín No. 0765 | CCS-HCNL
Síguenos en redes: @HCNLComunicaEj
"""
write_source('cb27.txt', cb27, eol=('alternate',))
write_gold('cb27', family='press_release',
           title='Aprueban diputados crear la Fiscalía Especializada en Delitos contra la Libertad de Expresión',
           date='2023-04-12', source='H. CONGRESO DEL ESTADO DE NUEVO LEÓN',
           bulletin_number='0765', issuer='H. CONGRESO DEL ESTADO DE NUEVO LEÓN',
           dateline_city='Monterrey',
           body_first_words='Con 38 votos a favor y dos abstenciones, el Pleno del Congreso del Estado aprobó',
           body_last_words='prever en el presupuesto del próximo año los recursos para su funcionamiento.',
           boilerplate=['LXXVI Legislatura', 'Coordinación de Comunicación Social',
                        'Monterrey, Nuevo León | 12 de abril de 2023', '000',
                        'Boletín No. 0765 | CCS-HCNL', 'Síguenos en redes: @HCNLComunicaEj'],
           must_keep=['“Sin una fiscalía con personal y método propios, la impunidad seguirá siendo la regla”, señaló.',
                      'y que deberá comparecer cada año ante la Comisión de Justicia para informar sobre los resultados.',
                      'La reforma entrará en vigor 90 días después de su publicación en el Periódico Oficial del Estado.'])

# ---------------------------------------------------------------- cb28 jekyll (published: "false" as a quoted string)
cb28 = """---
layout: post
title: "Magistrada de Chihuahua denuncia presiones para resolver a favor de una empresa minera"
date: 2015-12-03
published: "false"
author: Redacción Frontera
categories:
  - Justicia
  - Destacadas
tags: [Chihuahua, Poder Judicial, minería]
---

Una magistrada de la sala civil del Tribunal Superior de Justicia de Chihuahua denunció ante el Consejo de la Judicatura del estado que recibió presiones de funcionarios del propio tribunal para resolver a favor de una empresa minera en un litigio por tierras ejidales en el municipio de Urique.

En un escrito de seis páginas, la magistrada Elvira Holguín Terrazas relata que en dos ocasiones fue citada a reuniones fuera del horario de trabajo en las que se le sugirió "no complicar" el asunto, y que después de negarse le fueron retirados dos secretarios de estudio y cuenta.

El litigio enfrenta a un ejido rarámuri con una empresa que pretende ampliar una mina a cielo abierto. Los ejidatarios sostienen que la asamblea que aprobó la venta de las tierras nunca se celebró y que las firmas del acta fueron falsificadas.

El Consejo de la Judicatura confirmó que recibió la denuncia y que abrió un expediente de investigación, aunque no dio detalles. La presidencia del tribunal rechazó cualquier intento de presión y dijo que las reuniones mencionadas eran encuentros de trabajo ordinarios.

Abogados del ejido pidieron que el caso sea atraído por un tribunal federal. Mientras tanto, la sentencia de apelación sigue pendiente.
"""
write_source('cb28.md', cb28)
write_gold('cb28', family='jekyll',
           title='Magistrada de Chihuahua denuncia presiones para resolver a favor de una empresa minera',
           date='2015-12-03', published=False, bylines=[], section='Justicia',
           placement=['Destacadas'],
           body_first_words='Una magistrada de la sala civil del Tribunal Superior de Justicia de Chihuahua',
           body_last_words='la sentencia de apelación sigue pendiente.',
           must_keep=['Los ejidatarios sostienen que la asamblea que aprobó la venta de las tierras nunca se celebró y que las firmas del acta fueron falsificadas.',
                      'El Consejo de la Judicatura confirmó que recibió la denuncia y que abrió un expediente de investigación, aunque no dio detalles.',
                      'Abogados del ejido pidieron que el caso sea atraído por un tribunal federal.'])

# ---------------------------------------------------------------- cb29 generic (timeline, tab-indented entries with dates)
cb29 = """Cronología: la ley de participación ciudadana de Tabasco, del primer borrador a la Corte

La ley que regula las consultas populares y el presupuesto participativo en Tabasco tardó casi cinco años en pasar del primer borrador a una sentencia definitiva. Estas son las fechas clave del proceso.

\t14 de marzo de 2016. Un grupo de organizaciones civiles de Villahermosa presenta al Congreso local un borrador de ley elaborado en foros abiertos en los 17 municipios.

\t2 de febrero de 2017. La Comisión de Gobernación abre un periodo de consulta en línea. Se reciben más de 3 mil propuestas, la mayoría sobre el presupuesto participativo.

\t28 de noviembre de 2018. El pleno aprueba la ley con cambios importantes: se elevan los requisitos de firmas para convocar una consulta popular.

\t9 de enero de 2019. Diputados de la minoría presentan una acción de inconstitucionalidad ante la Suprema Corte contra los nuevos requisitos.

\t17 de septiembre de 2020. La Corte invalida dos artículos de la ley y ordena al Congreso legislar de nuevo en un plazo de seis meses.

\t30 de marzo de 2021. El Congreso aprueba la reforma que cumple con la sentencia y reduce el número de firmas necesario para pedir una consulta.

Desde entonces se han celebrado tres consultas municipales. Ninguna ha alcanzado la participación mínima para que su resultado sea obligatorio, lo que ha reabierto el debate sobre los umbrales.
"""
write_source('cb29.txt', cb29)
write_gold('cb29', family='generic',
           title='Cronología: la ley de participación ciudadana de Tabasco, del primer borrador a la Corte',
           body_first_words='La ley que regula las consultas populares y el presupuesto participativo en Tabasco',
           body_last_words='lo que ha reabierto el debate sobre los umbrales.',
           must_keep=['Se reciben más de 3 mil propuestas, la mayoría sobre el presupuesto participativo.',
                      'La Corte invalida dos artículos de la ley y ordena al Congreso legislar de nuevo en un plazo de seis meses.',
                      'Desde entonces se han celebrado tres consultas municipales.'])

# ---------------------------------------------------------------- cb30 bad (a Word .docx saved with a .txt name)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    def add(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2022, 5, 3, 10, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    add('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + ''.join('<w:p><w:r><w:t>Nota de la corresponsalía Puebla, párrafo %d: comparecencia del fiscal ante el Congreso.</w:t></w:r></w:p>' % i for i in range(1, 40))
        + '</w:body></w:document>')
write_source('cb30.txt', raw=buf.getvalue())
write_gold('cb30', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, ZIP binario) guardado con extensión .txt; no es texto legible.')
