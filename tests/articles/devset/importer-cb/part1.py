#!/usr/bin/env python3
"""importer-cb, files 01-10."""
import json
from common import write_source, write_gold, wrap, nfd, NBSP

# ---------------------------------------------------------------- cb01 wire (foreign agency, Spanish service teletype)
pars01 = [
    'México, 22 nov 2022 (ACP) - La Suprema Corte de Justicia de la Nación invalidó este martes la reforma al código penal de Veracruz que ampliaba el catálogo de delitos con prisión preventiva oficiosa, al considerar que los congresos locales no tienen facultades para legislar en esa materia.',
    'Por mayoría de nueve votos, el pleno del máximo tribunal resolvió una acción de inconstitucionalidad promovida por la Comisión Nacional de los Derechos Humanos contra el decreto aprobado por el congreso veracruzano en marzo pasado. La reforma añadía a la lista el robo de autopartes, el daño a instalaciones de gobierno y la extorsión telefónica en grado de tentativa.',
    'La ministra ponente recordó durante la sesión que la Constitución reserva al Congreso de la Unión la definición de los delitos que ameritan prisión preventiva de manera automática. «Un estado no puede agregar por su cuenta supuestos a esa lista», señaló.',
    'La sentencia tendrá efectos retroactivos en beneficio de las personas procesadas con base en la norma invalidada, por lo que los jueces de Veracruz deberán revisar en los próximos días las medidas cautelares impuestas desde abril. Organizaciones civiles calculan que la decisión alcanza a unas 300 personas.',
    'El gobierno de Veracruz no comentó de inmediato el fallo. En sesiones anteriores, la Corte ya había anulado disposiciones similares aprobadas por los congresos de otros estados, como parte de una discusión más amplia sobre una figura cuestionada por organismos internacionales de derechos humanos.',
    'México tiene alrededor de 92.000 personas en prisión sin sentencia, según cifras oficiales, cerca del 40% de la población penitenciaria del país.',
]
cb01 = ('ZCZC\n'
        'ACP0412 3 POL 0398 /ACP-RT27\n'
        'Mexico-justicia-Corte-Veracruz\n'
        'Suprema Corte invalida ley de Veracruz que ampliaba la prisión preventiva\n'
        '   Por Claire Dumont Reyes\n'
        '\n'
        + '\n'.join(wrap(p, 68, '   ') for p in pars01) + '\n'
        '\n'
        '   cdr/ma/jl\n'
        '\n'
        'ACP\n'
        '230215 GMT NOV 22\n'
        '(c) Agence Continentale de Presse - Servicio en español\n'
        'NNNN\n')
write_source('cb01.txt', cb01, enc='latin-1', eol='crlf')
write_gold('cb01', family='wire',
           title='Suprema Corte invalida ley de Veracruz que ampliaba la prisión preventiva',
           date='2022-11-22', bylines=['Claire Dumont Reyes'],
           source='Agence Continentale de Presse',
           body_first_words='La Suprema Corte de Justicia de la Nación invalidó este martes',
           body_last_words='cerca del 40% de la población penitenciaria del país.',
           boilerplate=['ZCZC', 'ACP0412 3 POL 0398 /ACP-RT27', 'Mexico-justicia-Corte-Veracruz',
                        'México, 22 nov 2022 (ACP) -', 'cdr/ma/jl', '230215 GMT NOV 22',
                        '(c) Agence Continentale de Presse - Servicio en español', 'NNNN'],
           must_keep=['La reforma añadía a la lista el robo de autopartes, el daño a instalaciones de gobierno y la extorsión telefónica en grado de tentativa.',
                      '«Un estado no puede agregar por su cuenta supuestos a esa lista», señaló.',
                      'Organizaciones civiles calculan que la decisión alcanza a unas 300 personas.'])

# ---------------------------------------------------------------- cb02 press (Cámara de Diputados, forwarded e-mail)
cb02 = """Gerardo, va para la edición de mañana. Ojo: la votación en comisión cambió respecto al boletín de la tarde, ahora son 21 a favor.

Lucía

Enviado desde mi iPhone

Inicio del mensaje reenviado:

De: Comunicación Social | Cámara de Diputados <boletines@camara-prensa.example.mx>
Fecha: 16 de mayo de 2023, 0:12:47 GMT-6
Para: mesa.politica@balanza.example.mx
Asunto: Boletín No. 4127 - Comisión de Justicia aprueba dictamen para crear la Defensoría Pública de Víctimas en los estados

CÁMARA DE DIPUTADOS
LXV LEGISLATURA
Coordinación de Comunicación Social

Boletín No. 4127

Comisión de Justicia aprueba dictamen para crear la Defensoría Pública de Víctimas en los estados

Ciudad de México, 15 de mayo de 2023.

La Comisión de Justicia de la Cámara de Diputados aprobó con 21 votos a favor, cuatro en contra y dos abstenciones el dictamen que reforma la Ley General de Víctimas para obligar a las 32 entidades federativas a contar con una defensoría pública especializada en la atención jurídica de víctimas de delitos y de violaciones a derechos humanos.

El documento, que será turnado a la Mesa Directiva para su discusión en el Pleno, establece que cada defensoría deberá tener autonomía técnica y presupuesto propio, y que sus asesores jurídicos acompañarán a las víctimas desde la presentación de la denuncia hasta la reparación del daño.

La presidenta de la comisión, diputada Maricela Ontiveros Lagunes, explicó que en la actualidad doce estados no cuentan con asesores jurídicos suficientes y que en algunos de ellos un solo abogado atiende a más de 400 víctimas. “Una víctima sin abogado es una víctima que se queda sin justicia”, afirmó.

Durante la discusión, legisladores de oposición advirtieron que la reforma no prevé recursos adicionales para los estados y que podría convertirse en un mandato imposible de cumplir. El diputado Efraín Cuevas Rentería propuso un artículo transitorio para que la Federación aporte la mitad del costo durante los primeros tres años, propuesta que fue rechazada.

El dictamen concede a los congresos locales un plazo de 180 días, a partir de la entrada en vigor del decreto, para armonizar su legislación y crear las defensorías.

-0-

Coordinación de Comunicación Social
Cámara de Diputados
Av. Congreso de la Unión 66, Col. El Parque
Tel. 55 5550 3000 ext. 51020
boletines@camara-prensa.example.mx
"""
write_source('cb02.txt', cb02, eol='crlf')
write_gold('cb02', family='press_release',
           title='Comisión de Justicia aprueba dictamen para crear la Defensoría Pública de Víctimas en los estados',
           date='2023-05-15', source='CÁMARA DE DIPUTADOS',
           bulletin_number='4127', issuer='CÁMARA DE DIPUTADOS', dateline_city='Ciudad de México',
           body_first_words='La Comisión de Justicia de la Cámara de Diputados aprobó con 21 votos a favor',
           body_last_words='para armonizar su legislación y crear las defensorías.',
           boilerplate=['Gerardo, va para la edición de mañana.',
                        'Ojo: la votación en comisión cambió respecto al boletín de la tarde, ahora son 21 a favor.',
                        'Enviado desde mi iPhone', 'Inicio del mensaje reenviado:',
                        'De: Comunicación Social | Cámara de Diputados <boletines@camara-prensa.example.mx>',
                        'Fecha: 16 de mayo de 2023, 0:12:47 GMT-6',
                        'Para: mesa.politica@balanza.example.mx',
                        'Asunto: Boletín No. 4127 -',
                        'LXV LEGISLATURA', 'Boletín No. 4127',
                        'Ciudad de México, 15 de mayo de 2023.', '-0-',
                        'Av. Congreso de la Unión 66, Col. El Parque',
                        'Tel. 55 5550 3000 ext. 51020', 'boletines@camara-prensa.example.mx'],
           must_keep=['“Una víctima sin abogado es una víctima que se queda sin justicia”, afirmó.',
                      'El diputado Efraín Cuevas Rentería propuso un artículo transitorio para que la Federación aporte la mitad del costo durante los primeros tres años, propuesta que fue rechazada.',
                      'establece que cada defensoría deberá tener autonomía técnica y presupuesto propio, y que sus asesores jurídicos acompañarán a las víctimas desde la presentación de la denuncia hasta la reparación del daño.'])

# ---------------------------------------------------------------- cb03 jekyll (Hugo, TOML front matter)
cb03 = """+++
title = "La reforma al Poder Judicial de Zacatecas, explicada en cinco puntos"
date = 2021-06-03T22:15:00-05:00
lastmod = 2021-06-05T10:00:00-05:00
draft = false
slug = "reforma-poder-judicial-zacatecas"
authors = ["Daniela Robledo Íñiguez"]
categories = ["Congresos locales"]
tags = ["Zacatecas", "Poder Judicial", "reforma"]

[cover]
  image = "/img/2021/06/congreso-zac.jpg"
  alt = "Pleno del Congreso de Zacatecas"
+++

{{< figure src="/img/2021/06/congreso-zac.jpg" caption="Sesión del Congreso de Zacatecas. Foto: Karen Ulloa Ríos" >}}

El Congreso de Zacatecas aprobó el jueves por la noche la reforma a la Ley Orgánica del Poder Judicial del estado, la más amplia desde 2008. Estos son los cambios que importan a quien litiga o espera una sentencia.

<!--more-->

## 1. Menos magistrados, más salas especializadas

El Tribunal Superior de Justicia pasará de 13 a 11 magistraturas, pero tendrá una sala dedicada sólo a asuntos familiares y otra a justicia para adolescentes. Hasta ahora, una misma sala resolvía apelaciones civiles, familiares y mercantiles.

## 2. Un órgano de administración separado

La administración del presupuesto y la carrera judicial dejarán de estar en manos del pleno del tribunal y pasarán a un órgano de administración con cinco integrantes, dos de ellos designados por el Congreso.

## 3. Concursos abiertos para jueces

Todas las plazas de juez de primera instancia se asignarán por concurso de oposición público, con exámenes grabados y resultados publicados en internet. Las asociaciones de abogados habían pedido esta medida desde hace años.

## 4. Juzgados itinerantes en los municipios del semidesierto

La reforma crea juzgados mixtos que recorrerán los municipios del norte y del semidesierto del estado, donde hoy las personas deben viajar hasta cinco horas para presentar una demanda.

## 5. Entrada en vigor escalonada

Los cambios en la estructura del tribunal se aplicarán a partir de enero de 2022; los concursos, a partir de septiembre. El Ejecutivo estatal tiene diez días para publicar el decreto o hacerle observaciones.
"""
write_source('cb03.md', cb03)
write_gold('cb03', family='jekyll',
           title='La reforma al Poder Judicial de Zacatecas, explicada en cinco puntos',
           date='2021-06-03', bylines=['Daniela Robledo Íñiguez'], section='Congresos locales',
           body_first_words='El Congreso de Zacatecas aprobó el jueves por la noche',
           body_last_words='tiene diez días para publicar el decreto o hacerle observaciones.',
           boilerplate=['{{< figure src="/img/2021/06/congreso-zac.jpg" caption="Sesión del Congreso de Zacatecas. Foto: Karen Ulloa Ríos" >}}',
                        '<!--more-->'],
           must_keep=['Hasta ahora, una misma sala resolvía apelaciones civiles, familiares y mercantiles.',
                      'Las asociaciones de abogados habían pedido esta medida desde hace años.',
                      'Los cambios en la estructura del tribunal se aplicarán a partir de enero de 2022; los concursos, a partir de septiembre.'],
           photo_credit='Karen Ulloa Ríos')

# ---------------------------------------------------------------- cb04 wire (home outlet CMS JSON export, one line)
cuerpo04 = '\n'.join([
    '<figure><img src="https://balanza.example.mx/media/2023/04/juzgado-civico.jpg" alt="Juzgado cívico en Iztapalapa"><figcaption>Foto: Iván Sepúlveda Lugo</figcaption></figure>',
    '<p>Un juez federal ordenó a la Fiscalía General de Justicia de la Ciudad de México reabrir la investigación por la muerte de Joel Arriaga Nava, un hombre de 34 años que murió en agosto de 2021 en las celdas de un juzgado cívico de Iztapalapa, luego de que el Ministerio Público archivara el caso al concluir que se trató de un suicidio.</p>',
    '<p>La resolución, a la que tuvo acceso Balanza, concede el amparo a la madre de la víctima, quien impugnó el no ejercicio de la acción penal. El juez consideró que la fiscalía no practicó diligencias básicas, como el análisis de los videos del juzgado cívico y la declaración de los policías que realizaron la detención.</p>',
    '<p>“No pedimos que nos den la razón, pedimos que investiguen”, dijo en entrevista Rosalía Nava Quiroz, madre de Joel, quien desde hace año y medio acude cada semana a las oficinas de la fiscalía en la colonia Doctores.</p>',
    '<p><strong>Lee también:</strong> <a href="https://balanza.example.mx/justicia/2023/03/28/vinculan-policias-tortura-gam">Vinculan a proceso a policías por tortura en la alcaldía Gustavo A. Madero</a></p>',
    '<p>De acuerdo con el expediente, el dictamen de necropsia registró lesiones en brazos y costillas que no fueron explicadas en la carpeta de investigación. La defensa de la familia, a cargo de una organización civil, sostiene que esas lesiones son compatibles con golpes.</p>',
    '<p>La fiscalía capitalina tiene diez días hábiles para informar al juzgado las diligencias que realizará. Consultada por este medio, la dependencia respondió que acatará la resolución y que el caso será asignado a la fiscalía especializada en delitos cometidos por servidores públicos.</p>',
    '<p><em>Recibe cada mañana nuestro boletín de justicia. Suscríbete aquí.</em></p>',
])
doc04 = {
    'id': 48213, 'tipo': 'nota', 'estado': 'publicada',
    'titulo': 'Juez federal ordena a la Fiscalía capitalina reabrir la investigación por la muerte de un detenido en Iztapalapa',
    'titulo_seo': 'Juez ordena reabrir caso de detenido muerto en Iztapalapa | Balanza',
    'titulo_redes': 'Un juez ordenó reabrir el caso. Esto sabemos',
    'sumario': 'La familia de Joel Arriaga lleva año y medio pidiendo que se investigue su muerte en un juzgado cívico.',
    'seccion': {'id': 3, 'nombre': 'Justicia', 'slug': 'justicia'},
    'ubicacion': ['Portada'],
    'autores': [{'nombre': 'Ximena Aldana Corral', 'rol': 'reportera'},
                {'nombre': 'Redacción Balanza', 'rol': 'equipo'}],
    'medio': 'Balanza Noticias',
    'fecha_publicacion': '2023-04-12T04:35:00Z',
    'fecha_actualizacion': '2023-04-12T16:02:10Z',
    'url': 'https://balanza.example.mx/justicia/2023/04/11/juez-ordena-reabrir-caso-detenido-iztapalapa',
    'etiquetas': ['Fiscalía CDMX', 'Iztapalapa', 'juzgados cívicos'],
    'cuerpo': cuerpo04,
}
cb04 = json.dumps(doc04, ensure_ascii=False, separators=(',', ':')).replace('/', '\\/') + '\n'
write_source('cb04.txt', cb04)
write_gold('cb04', family='wire',
           title='Juez federal ordena a la Fiscalía capitalina reabrir la investigación por la muerte de un detenido en Iztapalapa',
           date='2023-04-11', bylines=['Ximena Aldana Corral'], source='Balanza Noticias',
           section='Justicia', placement=['Portada'],
           body_first_words='Un juez federal ordenó a la Fiscalía General de Justicia de la Ciudad de México',
           body_last_words='especializada en delitos cometidos por servidores públicos.',
           boilerplate=['La familia de Joel Arriaga lleva año y medio pidiendo que se investigue su muerte en un juzgado cívico.',
                        'Foto: Iván Sepúlveda Lugo', 'Lee también:',
                        'Vinculan a proceso a policías por tortura en la alcaldía Gustavo A. Madero',
                        'Recibe cada mañana nuestro boletín de justicia. Suscríbete aquí.'],
           must_keep=['El juez consideró que la fiscalía no practicó diligencias básicas, como el análisis de los videos del juzgado cívico y la declaración de los policías que realizaron la detención.',
                      '“No pedimos que nos den la razón, pedimos que investiguen”, dijo en entrevista Rosalía Nava Quiroz, madre de Joel',
                      'La defensa de la familia, a cargo de una organización civil, sostiene que esas lesiones son compatibles con golpes.'],
           photo_credit='Iván Sepúlveda Lugo')

# ---------------------------------------------------------------- cb05 generic (phone note, NFD accents)
cb05 = """Un día en la fila del juzgado de distrito en Cuernavaca

La fila empieza antes de las siete.  Son sobre todo mujeres: madres, esposas y hermanas de hombres presos en el penal de Atlacholoaya que vienen a preguntar por un amparo, a dejar un escrito o simplemente a saber si ya hay fecha para la audiencia.

Una señora de Jojutla trae una carpeta de plástico con todos los papeles de su hijo ordenados por fecha. Dice que el abogado de oficio le cambió tres veces en dos años y que cada vez tuvo que contar la historia desde el principio.

A las nueve abre la oficialía de partes.  El policía de la entrada deja pasar de cinco en cinco, revisa bolsas y pide que apaguen los celulares.  Afuera, un vendedor de tamales hace su mejor día de la semana.

Adentro, los secretarios trabajan con expedientes apilados en el suelo.  Uno de ellos me explica, sin dar su nombre, que el juzgado lleva más de 2 mil asuntos en trámite y que la mitad son amparos de personas privadas de la libertad.

Al mediodía la fila ya no existe: quedan los que esperan turno en las bancas del pasillo.  La señora de Jojutla sale con una hoja sellada.  No es la sentencia, es un acuse de recibo, pero lo guarda en la carpeta con el mismo cuidado que los demás.

Antes de irse pregunta a qué hora sale el último autobús a Jojutla y si mañana abren igual de temprano.

Enviado desde mi iPhone
"""
write_source('cb05.txt', nfd(cb05))
write_gold('cb05', family='generic',
           title='Un día en la fila del juzgado de distrito en Cuernavaca',
           body_first_words='La fila empieza antes de las siete.',
           body_last_words='y si mañana abren igual de temprano.',
           boilerplate=['Enviado desde mi iPhone'],
           must_keep=['Dice que el abogado de oficio le cambió tres veces en dos años y que cada vez tuvo que contar la historia desde el principio.',
                      'No es la sentencia, es un acuse de recibo, pero lo guarda en la carpeta con el mismo cuidado que los demás.',
                      'Afuera, un vendedor de tamales hace su mejor día de la semana.'])

# ---------------------------------------------------------------- cb06 press (Senado, pdftotext with page break)
cb06 = """SENADO DE LA REPÚBLICA
COORDINACIÓN DE COMUNICACIÓN SOCIAL

Boletín-1187

Ciudad de México, a 7 de marzo de 2023

APRUEBAN EN COMISIONES DEL SENADO LEY GENERAL PARA PROTEGER A PERSONAS
DEFENSORAS DE DERECHOS HUMANOS Y PERIODISTAS

Las comisiones unidas de Derechos Humanos y de Estudios Legislativos del Senado de
la República aprobaron el dictamen que expide la Ley General para la Protección de
Personas Defensoras de Derechos Humanos y Periodistas, que sustituirá a la ley fe-
deral vigente desde 2012 y obligará a los estados a crear sus propios mecanismos de
protección.

El dictamen fue aprobado con 17 votos a favor, tres en contra y una abstención, y
será enviado a la Mesa Directiva para su discusión en el Pleno durante el actual
periodo ordinario de sesiones.

La presidenta de la Comisión de Derechos Humanos, senadora Araceli Villafuerte
Cano, explicó que el nuevo ordenamiento distribuye responsabilidades entre la Fede-
ración, los estados y los municipios, y establece un sistema nacional de alerta tem-
prana para identificar las regiones donde aumentan las agresiones contra las per-
sonas defensoras y

Página 1 de 2
\f
SENADO DE LA REPÚBLICA
COORDINACIÓN DE COMUNICACIÓN SOCIAL

periodistas.

“Hoy una periodista amenazada en un municipio tiene que esperar semanas a que la
atienda una oficina en la capital del país; con esta ley, la primera respuesta ten-
drá que darla la autoridad más cercana”, afirmó.

El senador Humberto Lazcano Ferrer, quien votó en contra, consideró que la ley
traslada obligaciones a los estados sin garantizarles recursos, y pidió que el Pleno
discuta un fondo federal etiquetado para la protección de periodistas.

El dictamen prevé que las medidas de protección se otorguen en un plazo máximo de
72 horas a partir de la solicitud y que las personas beneficiarias puedan participar
en la evaluación de riesgo. También establece sanciones administrativas para los
servidores públicos que filtren información sobre las personas protegidas.

---o0o---

Página 2 de 2
"""
write_source('cb06.txt', cb06)
write_gold('cb06', family='press_release',
           title='APRUEBAN EN COMISIONES DEL SENADO LEY GENERAL PARA PROTEGER A PERSONAS DEFENSORAS DE DERECHOS HUMANOS Y PERIODISTAS',
           date='2023-03-07', source='SENADO DE LA REPÚBLICA',
           bulletin_number='1187', issuer='SENADO DE LA REPÚBLICA', dateline_city='Ciudad de México',
           body_first_words='Las comisiones unidas de Derechos Humanos y de Estudios Legislativos',
           body_last_words='que filtren información sobre las personas protegidas.',
           boilerplate=['COORDINACIÓN DE COMUNICACIÓN SOCIAL', 'Boletín-1187',
                        'Ciudad de México, a 7 de marzo de 2023', 'Página 1 de 2',
                        'SENADO DE LA REPÚBLICA', '---o0o---', 'Página 2 de 2'],
           must_keep=['que sustituirá a la ley federal vigente desde 2012 y obligará a los estados a crear sus propios mecanismos de protección.',
                      'y establece un sistema nacional de alerta temprana para identificar las regiones donde aumentan las agresiones contra las personas defensoras y periodistas.',
                      '“Hoy una periodista amenazada en un municipio tiene que esperar semanas a que la atienda una oficina en la capital del país; con esta ley, la primera respuesta tendrá que darla la autoridad más cercana”, afirmó.'])

# ---------------------------------------------------------------- cb07 wire (agency CMS XML export, ISO-8859-1)
cb07 = """<?xml version="1.0" encoding="ISO-8859-1"?>
<exportacion sistema="RedaccionPro 4.2" generado="2019-07-12T08:00:03">
  <nota id="AEL-2019-07-11-0193" estado="publicada">
    <agencia>Agencia Enlace Legislativo</agencia>
    <seccion>Congreso</seccion>
    <antetitulo>PERIODO EXTRAORDINARIO</antetitulo>
    <titulo>Diputados aprueban preliberación para personas mayores de 70 años en prisión</titulo>
    <sumario>La reforma a la Ley Nacional de Ejecución Penal pasa al Senado; la oposición votó en contra.</sumario>
    <firma>Por Leticia Barragán Osuna</firma>
    <fecha>11/07/2019 23:40</fecha>
    <foto archivo="ael-20190711-pleno.jpg">
      <pie>Sesión del pleno en San Lázaro.</pie>
      <credito>Foto: AEL / Mauricio Tenorio Gil</credito>
    </foto>
    <texto><![CDATA[<p>La Cámara de Diputados aprobó en el periodo extraordinario una reforma a la Ley Nacional de Ejecución Penal que permitirá solicitar la preliberación a las personas mayores de 70 años que hayan cumplido la mitad de su condena y no estén sentenciadas por delitos graves.</p>
<p>La votación terminó pasadas las diez de la noche con 288 votos a favor, 101 en contra y cinco abstenciones. La minuta fue enviada al Senado, que podría discutirla en septiembre.</p>
<p>Según datos citados en el dictamen, en las cárceles del país hay alrededor de 4 mil personas de más de 70 años, muchas de ellas con enfermedades crónicas que los centros penitenciarios no pueden atender. Los jueces de ejecución deberán resolver cada solicitud en un plazo de 30 días.</p>
<p>La diputada Yolanda Cisneros Paredes, promotora de la iniciativa, dijo en tribuna que mantener en prisión a personas que apenas pueden caminar no hace más seguro a nadie. &quot;No vamos a vaciar las c&aacute;rceles; vamos a dejar de usar la prisi&oacute;n como asilo&quot;, afirmó.</p>
<p>Legisladores de oposición advirtieron que la reforma podría beneficiar a exfuncionarios procesados por corrupción. En respuesta, la comisión dictaminadora agregó que la preliberación no procederá en casos de delitos contra la administración pública.</p>
<p>Las víctimas deberán ser notificadas de cada solicitud y podrán oponerse ante el juez de ejecución.</p>
<p>Con información de Ana Sofía Trejo.</p>]]></texto>
    <etiquetas>
      <etiqueta>Cámara de Diputados</etiqueta>
      <etiqueta>sistema penitenciario</etiqueta>
    </etiquetas>
  </nota>
</exportacion>
"""
write_source('cb07.txt', cb07, enc='latin-1', eol='crlf')
write_gold('cb07', family='wire',
           title='Diputados aprueban preliberación para personas mayores de 70 años en prisión',
           date='2019-07-11', bylines=['Leticia Barragán Osuna'], source='Agencia Enlace Legislativo',
           section='Congreso',
           body_first_words='La Cámara de Diputados aprobó en el periodo extraordinario',
           body_last_words='podrán oponerse ante el juez de ejecución.',
           boilerplate=['PERIODO EXTRAORDINARIO',
                        'La reforma a la Ley Nacional de Ejecución Penal pasa al Senado; la oposición votó en contra.',
                        'Sesión del pleno en San Lázaro.', 'Foto: AEL / Mauricio Tenorio Gil',
                        'Con información de Ana Sofía Trejo.'],
           must_keep=['La minuta fue enviada al Senado, que podría discutirla en septiembre.',
                      'Los jueces de ejecución deberán resolver cada solicitud en un plazo de 30 días.',
                      'En respuesta, la comisión dictaminadora agregó que la preliberación no procederá en casos de delitos contra la administración pública.'],
           photo_credit='AEL / Mauricio Tenorio Gil')

# ---------------------------------------------------------------- cb08 bad (saved HTML page, navigation only)
cb08 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Noticias | Plaza Pública Digital</title>
<link rel="stylesheet" href="/assets/app.3f9c1.css">
<script defer src="/assets/app.3f9c1.js"></script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Plaza Pública Digital</a>
  <nav>
    <ul>
      <li><a href="/politica">Política</a></li>
      <li><a href="/justicia">Justicia</a></li>
      <li><a href="/congreso">Congreso</a></li>
      <li><a href="/estados">Estados</a></li>
      <li><a href="/opinion">Opinión</a></li>
      <li><a href="/podcast">Podcast</a></li>
    </ul>
  </nav>
  <a class="btn" href="/suscripcion">Suscríbete</a>
</header>
<div id="app"></div>
<noscript>Para ver este sitio necesitas habilitar JavaScript en tu navegador.</noscript>
<div class="cookies">Usamos cookies para mejorar tu experiencia. <button>Aceptar</button></div>
<footer>
  <ul>
    <li><a href="/aviso-de-privacidad">Aviso de privacidad</a></li>
    <li><a href="/contacto">Contacto</a></li>
    <li><a href="/directorio">Directorio</a></li>
  </ul>
  <p>© 2024 Plaza Pública Digital. Todos los derechos reservados.</p>
</footer>
</body>
</html>
"""
write_source('cb08.txt', cb08, eol='crlf', bom=True)
write_gold('cb08', family='bad',
           refusal_reason='Es una página HTML guardada que sólo contiene menús, aviso de cookies y pie de página; no hay ninguna nota que importar.')

# ---------------------------------------------------------------- cb09 jekyll (Hugo YAML, publishDate differs from date)
cb09 = """---
title: "¿Quién vigila a los jueces? El Consejo de la Judicatura en seis preguntas"
date: 2020-01-20T09:00:00-06:00
publishDate: 2020-01-22T07:00:00-06:00
lastmod: 2020-02-03T12:30:00-06:00
draft: false
author: "Tomás Echeverría Blanco"
categories:
  - Portada
  - Justicia
series: ["Poder Judicial"]
tags:
  - Consejo de la Judicatura Federal
  - jueces
toc: true
---

Cada vez que un juez federal libera a un acusado o concede un amparo polémico, alguien pregunta quién lo vigila. La respuesta corta es el Consejo de la Judicatura Federal. La larga tiene más matices.

### 1. ¿Qué es el Consejo?

Es el órgano que administra el Poder Judicial de la Federación, salvo la Suprema Corte y el Tribunal Electoral. Nombra, adscribe, vigila y, en su caso, sanciona a jueces y magistrados de todo el país.

### 2. ¿Quiénes lo integran?

Siete consejeros: el presidente de la Suprema Corte, que también lo preside; tres designados por la propia Corte entre jueces y magistrados; dos por el Senado y uno por el presidente de la República.

{{< youtube id="x7Qz2LmPa0c" title="Sesión del Consejo de la Judicatura" >}}

### 3. ¿Puede quitarle un caso a un juez?

No. El Consejo no revisa si una sentencia es correcta; eso corresponde a los tribunales de apelación y a los de amparo. Lo que sí puede investigar es la conducta del juez: si recibió dinero, si retrasó un asunto sin justificación o si tuvo un conflicto de interés.

### 4. ¿Cuántos jueces ha sancionado?

Según sus informes anuales, en la última década decenas de juzgadores fueron suspendidos o destituidos, aunque las cifras varían de un año a otro y muchas investigaciones terminan sin sanción.

### 5. ¿Cualquier persona puede presentar una queja?

Sí. Basta con un escrito que identifique al juzgador y describa la conducta. La queja no detiene el juicio ni cambia la sentencia.

### 6. ¿Qué se discute hoy?

Organizaciones de abogados proponen que las audiencias disciplinarias sean públicas y que las resoluciones se publiquen completas, con los nombres de los juzgadores sancionados.
"""
write_source('cb09.md', cb09)
write_gold('cb09', family='jekyll',
           title='¿Quién vigila a los jueces? El Consejo de la Judicatura en seis preguntas',
           date='2020-01-22', bylines=['Tomás Echeverría Blanco'], section='Justicia',
           placement=['Portada'],
           body_first_words='Cada vez que un juez federal libera a un acusado',
           body_last_words='con los nombres de los juzgadores sancionados.',
           boilerplate=['{{< youtube id="x7Qz2LmPa0c" title="Sesión del Consejo de la Judicatura" >}}'],
           must_keep=['El Consejo no revisa si una sentencia es correcta; eso corresponde a los tribunales de apelación y a los de amparo.',
                      'La queja no detiene el juicio ni cambia la sentencia.',
                      'Nombra, adscribe, vigila y, en su caso, sanciona a jueces y magistrados de todo el país.'])

# ---------------------------------------------------------------- cb10 press (Congreso de Oaxaca, Markdown headings)
cb10 = """![Logotipo LXV Legislatura](/img/logo-congreso.png)

#### H. CONGRESO DEL ESTADO LIBRE Y SOBERANO DE OAXACA
##### LXV Legislatura · Coordinación de Comunicación Social

**Comunicado 0342**

## Aprueba el Congreso de Oaxaca reforma para garantizar intérpretes en lenguas indígenas en juicios penales

*San Raymundo Jalpan, Oax., 2 de octubre de 2024.-* El Pleno de la LXV Legislatura aprobó por unanimidad reformas a la Ley Orgánica del Poder Judicial y a la Ley de Derechos de los Pueblos y Comunidades Indígenas del estado, para garantizar que toda persona indígena sujeta a un proceso penal cuente con un intérprete en su lengua desde la primera audiencia.

La reforma obliga al Tribunal Superior de Justicia a integrar un padrón de intérpretes y traductores certificados en las 16 lenguas originarias que se hablan en Oaxaca, y a pagar sus honorarios con cargo a su presupuesto. Hasta ahora, los juzgados recurrían a familiares de las personas acusadas o a voluntarios sin preparación jurídica.

La diputada promovente, Citlali Vásquez Mendoza, recordó que de acuerdo con organizaciones de defensa, decenas de personas indígenas permanecen en prisión en el estado sin haber entendido los cargos en su contra. “Un juicio que la persona no entiende no es un juicio justo”, señaló en tribuna.

El dictamen establece también que las sentencias que afecten a personas indígenas deberán ser traducidas a su lengua cuando así lo soliciten, y que las audiencias podrán grabarse con interpretación simultánea para su consulta posterior.

El decreto entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Gobierno del Estado. El Poder Judicial tendrá un plazo de 120 días para conformar el padrón.

--ooOoo--

Coordinación de Comunicación Social
Tel. 951 555 0218
comunicacion@congresooax.example.mx
Síguenos: @CongresoOaxEj
"""
write_source('cb10.md', cb10, bom=True)
write_gold('cb10', family='press_release',
           title='Aprueba el Congreso de Oaxaca reforma para garantizar intérpretes en lenguas indígenas en juicios penales',
           date='2024-10-02', source='H. CONGRESO DEL ESTADO LIBRE Y SOBERANO DE OAXACA',
           bulletin_number='0342', issuer='H. CONGRESO DEL ESTADO LIBRE Y SOBERANO DE OAXACA',
           dateline_city='San Raymundo Jalpan',
           body_first_words='El Pleno de la LXV Legislatura aprobó por unanimidad',
           body_last_words='tendrá un plazo de 120 días para conformar el padrón.',
           boilerplate=['![Logotipo LXV Legislatura](/img/logo-congreso.png)',
                        'LXV Legislatura · Coordinación de Comunicación Social',
                        'Comunicado 0342', 'San Raymundo Jalpan, Oax., 2 de octubre de 2024.-',
                        '--ooOoo--', 'Tel. 951 555 0218', 'comunicacion@congresooax.example.mx',
                        'Síguenos: @CongresoOaxEj'],
           must_keep=['Hasta ahora, los juzgados recurrían a familiares de las personas acusadas o a voluntarios sin preparación jurídica.',
                      '“Un juicio que la persona no entiende no es un juicio justo”, señaló en tribuna.',
                      'El decreto entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Gobierno del Estado.'])
