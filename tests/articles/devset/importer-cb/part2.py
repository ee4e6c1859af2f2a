#!/usr/bin/env python3
"""importer-cb, files 11-20."""
from common import write_source, write_gold, wrap, NBSP, LRM, ZWSP, SHY

# ---------------------------------------------------------------- cb11 wire (stringer, WhatsApp chat export)
cb11 = f"""[14/02/24, 21:30:05] Mesa Voces del Sur: {LRM}Los mensajes y las llamadas están cifrados de extremo a extremo. Solo las personas en este chat pueden leerlos, escucharlos o compartirlos.
[14/02/24, 21:37:12] Rubén Ocampo: Jefa va la nota de hoy, disculpa la hora, se cayó la señal en la autopista
[14/02/24, 21:37:40] Rubén Ocampo: CABEZA: Familias de personas desaparecidas bloquean seis horas la Autopista del Sol en Chilpancingo
[14/02/24, 21:38:05] Rubén Ocampo: CRÉDITO: Rubén Ocampo Bello / corresponsal de Voces del Sur en Chilpancingo
[14/02/24, 21:39:51] Rubén Ocampo: Integrantes de tres colectivos de familias de personas desaparecidas bloquearon durante seis horas los dos sentidos de la Autopista del Sol a la altura de Chilpancingo, para exigir a la Fiscalía General del Estado que reanude las jornadas de búsqueda suspendidas desde diciembre.
[14/02/24, 21:40:33] Mesa Voces del Sur: Va, mándala completa porfa 🙏
[14/02/24, 21:41:10] Rubén Ocampo: El bloqueo comenzó a las diez de la mañana frente a la caseta de Palo Blanco. Las madres colocaron sobre el asfalto las fotografías de sus hijos y una lona con los nombres de 117 personas desaparecidas en la región centro del estado.
La fila de vehículos llegó a medir doce kilómetros en dirección a Acapulco.
[14/02/24, 21:43:22] Rubén Ocampo: “No venimos a molestar a nadie, venimos porque la fiscalía nos dejó de contestar el teléfono”, dijo Guadalupe Salmerón Radilla, quien busca a su hijo desde 2019. Según las familias, la fiscalía canceló las búsquedas de enero y febrero con el argumento de que no había condiciones de seguridad.
[14/02/24, 21:44:02] Rubén Ocampo: {LRM}<adjunto: 00000031-PHOTO-2024-02-14-21-44-02.jpg>
[14/02/24, 21:44:30] Rubén Ocampo: Foto: Rubén Ocampo Bello
[14/02/24, 21:45:10] Rubén Ocampo: Hacia las cuatro de la tarde llegó al lugar el subsecretario de Gobierno para Asuntos Políticos, quien se comprometió a instalar una mesa de trabajo con la fiscalía el próximo lunes en la capital del estado. Con ese acuerdo por escrito, los colectivos liberaron la circulación.
[14/02/24, 21:46:55] Rubén Ocampo: Las familias advirtieron que si la mesa no se instala volverán a la autopista. La Guardia Nacional y la policía estatal vigilaron el bloqueo a distancia y no hubo enfrentamientos.
[14/02/24, 21:47:20] Rubén Ocampo: Es todo jefa, mañana sigo con lo de la fiscalía
[14/02/24, 21:50:02] Mesa Voces del Sur: Gracias Rubén, ya la subimos 👍
"""
write_source('cb11.txt', cb11, eol='crlf')
write_gold('cb11', family='wire',
           title='Familias de personas desaparecidas bloquean seis horas la Autopista del Sol en Chilpancingo',
           date='2024-02-14', bylines=['Rubén Ocampo Bello'], source='Voces del Sur',
           body_first_words='Integrantes de tres colectivos de familias de personas desaparecidas',
           body_last_words='vigilaron el bloqueo a distancia y no hubo enfrentamientos.',
           boilerplate=['Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        'Solo las personas en este chat pueden leerlos, escucharlos o compartirlos.',
                        'Jefa va la nota de hoy, disculpa la hora, se cayó la señal en la autopista',
                        'CABEZA:',
                        'CRÉDITO: Rubén Ocampo Bello / corresponsal de Voces del Sur en Chilpancingo',
                        '[14/02/24, 21:39:51] Rubén Ocampo:',
                        '[14/02/24, 21:40:33] Mesa Voces del Sur: Va, mándala completa porfa',
                        '[14/02/24, 21:41:10] Rubén Ocampo:',
                        '[14/02/24, 21:43:22] Rubén Ocampo:',
                        '<adjunto: 00000031-PHOTO-2024-02-14-21-44-02.jpg>',
                        'Foto: Rubén Ocampo Bello',
                        '[14/02/24, 21:45:10] Rubén Ocampo:',
                        '[14/02/24, 21:46:55] Rubén Ocampo:',
                        'Es todo jefa, mañana sigo con lo de la fiscalía',
                        'Gracias Rubén, ya la subimos'],
           must_keep=['La fila de vehículos llegó a medir doce kilómetros en dirección a Acapulco.',
                      '“No venimos a molestar a nadie, venimos porque la fiscalía nos dejó de contestar el teléfono”, dijo Guadalupe Salmerón Radilla, quien busca a su hijo desde 2019.',
                      'Con ese acuerdo por escrito, los colectivos liberaron la circulación.'],
           photo_credit='Rubén Ocampo Bello')

# ---------------------------------------------------------------- cb12 press (TEPJF Sala Regional Xalapa, saved Outlook e-mail)
cb12 = """De: Comunicación Social Sala Regional Xalapa <comunicacion.srx@tepjf-prensa.example.mx>
Enviado el: jueves, 18 de marzo de 2021 20:14
Para: Lista de medios Sureste
Asunto: COMUNICADO SRX-045/2021
Datos adjuntos: SRX-045-2021.pdf

TRIBUNAL ELECTORAL DEL PODER JUDICIAL DE LA FEDERACIÓN - SALA REGIONAL XALAPA

COMUNICADO DE PRENSA SRX-045/2021

Revoca Sala Xalapa acuerdo que negaba el registro de candidaturas indígenas en cuatro municipios de Chiapas

Xalapa-Enríquez, Veracruz, 18 de marzo de 2021.

La Sala Regional Xalapa del Tribunal Electoral del Poder Judicial de la Federación revocó el acuerdo del Instituto de Elecciones y Participación Ciudadana de Chiapas que negó el registro de 14 candidaturas a regidurías postuladas bajo la acción afirmativa indígena en los municipios de Chamula, Oxchuc, Tenejapa y Chenalhó.

El instituto local había considerado que las constancias de autoadscripción presentadas por las personas aspirantes no estaban firmadas por autoridades tradicionales reconocidas. En su sentencia, la Sala Regional sostuvo que la autoridad electoral no puede exigir requisitos que no estaban previstos en los lineamientos vigentes al momento del registro.

El magistrado ponente, Sergio Antúnez Villalobos, explicó durante la sesión pública que la acción afirmativa tiene como propósito que las comunidades indígenas estén representadas en los ayuntamientos, y que una interpretación restrictiva “terminaría por dejar fuera precisamente a quienes la norma busca incluir”.

La Sala ordenó al instituto estatal emitir un nuevo acuerdo en un plazo de 48 horas, en el que otorgue el registro a las candidaturas que cumplan con los demás requisitos legales, y le pidió verificar la autoadscripción mediante consulta a las asambleas comunitarias cuando existan dudas fundadas.

La resolución fue aprobada por unanimidad de votos y puede ser impugnada ante la Sala Superior.

=== FIN ===

Coordinación de Comunicación Social, Sala Regional Xalapa
Tel. 228 555 0190

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario y pueden contener información reservada. Si usted lo recibió por error, por favor notifique al remitente y elimínelo.
"""
write_source('cb12.txt', cb12, enc='cp1252', eol='crlf')
write_gold('cb12', family='press_release',
           title='Revoca Sala Xalapa acuerdo que negaba el registro de candidaturas indígenas en cuatro municipios de Chiapas',
           date='2021-03-18',
           source='TRIBUNAL ELECTORAL DEL PODER JUDICIAL DE LA FEDERACIÓN - SALA REGIONAL XALAPA',
           bulletin_number='SRX-045/2021',
           issuer='TRIBUNAL ELECTORAL DEL PODER JUDICIAL DE LA FEDERACIÓN - SALA REGIONAL XALAPA',
           dateline_city='Xalapa-Enríquez',
           body_first_words='La Sala Regional Xalapa del Tribunal Electoral del Poder Judicial de la Federación revocó',
           body_last_words='puede ser impugnada ante la Sala Superior.',
           boilerplate=['De: Comunicación Social Sala Regional Xalapa <comunicacion.srx@tepjf-prensa.example.mx>',
                        'Enviado el: jueves, 18 de marzo de 2021 20:14',
                        'Para: Lista de medios Sureste', 'Asunto: COMUNICADO SRX-045/2021',
                        'Datos adjuntos: SRX-045-2021.pdf',
                        'COMUNICADO DE PRENSA SRX-045/2021',
                        'Xalapa-Enríquez, Veracruz, 18 de marzo de 2021.', '=== FIN ===',
                        'Coordinación de Comunicación Social, Sala Regional Xalapa', 'Tel. 228 555 0190',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario y pueden contener información reservada.',
                        'Si usted lo recibió por error, por favor notifique al remitente y elimínelo.'],
           must_keep=['En su sentencia, la Sala Regional sostuvo que la autoridad electoral no puede exigir requisitos que no estaban previstos en los lineamientos vigentes al momento del registro.',
                      'y que una interpretación restrictiva “terminaría por dejar fuera precisamente a quienes la norma busca incluir”.',
                      'La resolución fue aprobada por unanimidad de votos y puede ser impugnada ante la Sala Superior.'])

# ---------------------------------------------------------------- cb13 jekyll (Hugo, JSON front matter, draft)
cb13 = """{
  "title": "Lo que sabemos de la iniciativa para reducir los juzgados de control en Morelos",
  "date": "2019-08-30",
  "draft": true,
  "author": "Paulina Cervera Mondragón",
  "categories": ["Derechos humanos"],
  "tags": ["Morelos", "juzgados de control", "presupuesto"],
  "images": ["/img/2019/08/tribunal-morelos.jpg"]
}

El Tribunal Superior de Justicia de Morelos presentó al Congreso del estado una iniciativa para cerrar cuatro de los once juzgados de control que operan en la entidad y concentrar sus audiencias en las sedes de Cuernavaca, Cuautla y Jojutla. El argumento es presupuestal: el tribunal asegura que con los recursos asignados para este año no puede pagar la renta ni el personal de todas las sedes.

Las sedes que cerrarían son las de Puente de Ixtla, Yautepec, Tetecala y Jonacatepec. Los asuntos que hoy se atienden ahí serían trasladados al juzgado regional más cercano.

Abogados defensores y organizaciones de derechos humanos advierten que la medida alargará los traslados de personas detenidas y de víctimas, y que podría provocar que algunas audiencias no se celebren dentro de los plazos que marca el Código Nacional de Procedimientos Penales. En algunos municipios del sur, el juzgado más cercano quedaría a más de dos horas por carretera.

El tribunal sostiene que las audiencias podrán celebrarse por videoconferencia cuando la persona imputada esté en prisión, y que ya se prueba un sistema de salas virtuales en dos penales del estado. Las defensorías públicas respondieron que en varias de esas salas la conexión se interrumpe con frecuencia.

La iniciativa fue turnada a la Comisión de Hacienda y a la de Justicia del Congreso, que no han fijado fecha para discutirla. Mientras tanto, el Poder Judicial pidió una ampliación presupuestal que, de aprobarse, haría innecesario el cierre.
"""
write_source('cb13.md', cb13)
write_gold('cb13', family='jekyll',
           title='Lo que sabemos de la iniciativa para reducir los juzgados de control en Morelos',
           date='2019-08-30', published=False, bylines=['Paulina Cervera Mondragón'],
           section='Derechos humanos',
           body_first_words='El Tribunal Superior de Justicia de Morelos presentó al Congreso',
           body_last_words='que, de aprobarse, haría innecesario el cierre.',
           must_keep=['Las sedes que cerrarían son las de Puente de Ixtla, Yautepec, Tetecala y Jonacatepec.',
                      'En algunos municipios del sur, el juzgado más cercano quedaría a más de dos horas por carretera.',
                      'Las defensorías públicas respondieron que en varias de esas salas la conexión se interrumpe con frecuencia.'])

# ---------------------------------------------------------------- cb14 generic (reStructuredText title with over- and underline)
cb14 = """=================================================================
Juicio político y declaración de procedencia: en qué se diferencian
=================================================================

Cada vez que un gobernador o un legislador enfrenta acusaciones graves, reaparecen dos expresiones que suelen confundirse: juicio político y declaración de procedencia. Las dos se tramitan ante la Cámara de Diputados, pero sirven para cosas distintas.

**El juicio político** es un procedimiento para sancionar a servidores públicos por actos u omisiones que afecten los intereses públicos fundamentales, como violaciones graves a la Constitución. No es un juicio penal: la sanción posible es la destitución y la inhabilitación para ocupar cargos públicos. La Cámara de Diputados acusa y el Senado, erigido en jurado de sentencia, resuelve.

**La declaración de procedencia**, conocida popularmente como desafuero, no sanciona a nadie. Sólo decide si un servidor público que goza de protección constitucional puede ser sometido a un proceso penal ante un juez. Si la Cámara vota a favor, el funcionario queda separado de su cargo mientras dura el proceso.

Las diferencias prácticas son importantes:

* El juicio político sólo puede iniciarse mientras la persona ocupa el cargo o dentro del año siguiente.
* La declaración de procedencia requiere que exista una investigación del Ministerio Público.
* En el juicio político votan las dos cámaras; en la declaración de procedencia, sólo la de Diputados cuando se trata de funcionarios federales.

En la práctica, ninguno de los dos procedimientos es frecuente. Las solicitudes de juicio político se acumulan durante años en la Subcomisión de Examen Previo, y muchas se desechan sin discutirse. Las declaraciones de procedencia, en cambio, suelen llegar al Pleno cuando existe un acuerdo político amplio.
"""
write_source('cb14.text', cb14, eol='crlf')
write_gold('cb14', family='generic',
           title='Juicio político y declaración de procedencia: en qué se diferencian',
           body_first_words='Cada vez que un gobernador o un legislador enfrenta acusaciones graves',
           body_last_words='suelen llegar al Pleno cuando existe un acuerdo político amplio.',
           must_keep=['La Cámara de Diputados acusa y el Senado, erigido en jurado de sentencia, resuelve.',
                      'Si la Cámara vota a favor, el funcionario queda separado de su cargo mientras dura el proceso.',
                      'Las solicitudes de juicio político se acumulan durante años en la Subcomisión de Examen Previo, y muchas se desechan sin discutirse.'])

# ---------------------------------------------------------------- cb15 wire (national daily, copy-paste from the web page)
cb15 = f"""Ir al contenido
Inicio › Justicia
PUBLICIDAD
TEPJF confirma multa de 38 millones de pesos a partido local por gastos no reportados en Coahuila
Tiempo de lectura: 4 min
🔊 Escuchar nota
Por Mariana Téllez Arriaga
13 de septiembre de 2021 · 19:47 hrs
Compartir en Facebook{ZWSP} Compartir en X{ZWSP} Compartir en WhatsApp{ZWSP} Copiar enlace
La Sala Superior sesionó de manera virtual. (Foto: Nación360 / Archivo)
La Sala Superior del Tribunal Electoral del Poder Judicial de la Federación confirmó este lunes la multa de 38 millones de pesos que el Instituto Nacional Electoral impuso al Partido Unidad Coahuilense por no reportar gastos de campaña en la elección de diputaciones locales de 2020.
De acuerdo con la resolución, el partido omitió registrar en el sistema de fiscalización el pago de 212 eventos, la renta de vehículos y la impresión de propaganda en al menos nueve distritos. El INE detectó los gastos mediante monitoreo en vía pública y en redes sociales.
PUBLICIDAD
El partido argumentó que los eventos habían sido organizados por simpatizantes sin su conocimiento. La mayoría de los magistrados consideró que esa defensa no se sostenía, porque en varios de los actos participaron dirigentes y candidatos del propio partido.
La multa se descontará de las prerro{SHY}gativas que el partido recibe del instituto electoral local, en parcia{SHY}lidades que no podrán exceder la mitad de su financia{SHY}miento mensual.
Dos magistrados votaron en contra al considerar que el monto era despropor{SHY}cionado frente a los ingresos del partido. La resolución es definitiva e inatacable.
Temas relacionados
TEPJF
INE
Fiscalización
Comentarios
Inicia sesión para comentar
© 2021 Nación360. Todos los derechos reservados.
"""
write_source('cb15.md', cb15)
write_gold('cb15', family='wire',
           title='TEPJF confirma multa de 38 millones de pesos a partido local por gastos no reportados en Coahuila',
           date='2021-09-13', bylines=['Mariana Téllez Arriaga'], source='Nación360',
           section='Justicia',
           body_first_words='La Sala Superior del Tribunal Electoral del Poder Judicial de la Federación confirmó',
           body_last_words='La resolución es definitiva e inatacable.',
           boilerplate=['Ir al contenido', 'Inicio › Justicia', 'PUBLICIDAD', 'Tiempo de lectura: 4 min',
                        'Escuchar nota', 'Compartir en Facebook', 'Compartir en X', 'Compartir en WhatsApp', 'Copiar enlace',
                        'La Sala Superior sesionó de manera virtual. (Foto: Nación360 / Archivo)',
                        'Temas relacionados', 'Comentarios', 'Inicia sesión para comentar',
                        '© 2021 Nación360. Todos los derechos reservados.'],
           must_keep=['El INE detectó los gastos mediante monitoreo en vía pública y en redes sociales.',
                      'La multa se descontará de las prerrogativas que el partido recibe del instituto electoral local, en parcialidades que no podrán exceder la mitad de su financiamiento mensual.',
                      'Dos magistrados votaron en contra al considerar que el monto era desproporcionado frente a los ingresos del partido.'],
           photo_credit='Nación360 / Archivo')

# ---------------------------------------------------------------- cb16 press (CEDH Jalisco, pronunciamiento signed at the end)
cb16 = """COMISIÓN ESTATAL DE DERECHOS HUMANOS JALISCO
Boletín 071/2021

PRONUNCIAMIENTO

La CEDHJ exige a la Fiscalía del Estado informar sobre las personas detenidas durante el desalojo de comerciantes en Tlaquepaque

La Comisión Estatal de Derechos Humanos Jalisco (CEDHJ) expresa su preocupación por los hechos ocurridos la mañana del 4 de mayo en el centro de San Pedro Tlaquepaque, donde elementos de la policía municipal y de la Fiscalía del Estado desalojaron un plantón de comerciantes ambulantes y detuvieron a 23 personas.

Personal de esta defensoría acudió a los separos municipales y a las instalaciones de la Fiscalía para documentar la situación de las personas detenidas. Al menos seis de ellas presentaban lesiones visibles y tres refirieron no haber sido informadas del motivo de su detención.

Por ello, la CEDHJ solicita a la Fiscalía del Estado que informe de manera inmediata a las familias el lugar en el que se encuentra cada persona y la situación jurídica de cada una, y que garantice su derecho a una defensa adecuada.

Asimismo, pide al ayuntamiento de San Pedro Tlaquepaque que preserve las grabaciones de las cámaras de vigilancia de la zona y que suspenda de sus funciones, mientras se investiga, a los elementos que pudieran haber hecho un uso excesivo de la fuerza.

Esta Comisión inició de oficio una queja y dará seguimiento puntual al caso. Recordamos que el derecho a trabajar en la vía pública debe regularse mediante el diálogo y no con el uso de la fuerza.

Atentamente

Guadalajara, Jalisco, 6 de mayo de 2021
"Año de la participación ciudadana en la defensa de los derechos humanos"

Comisión Estatal de Derechos Humanos Jalisco
Dirección de Comunicación Social
Tel. 33 5550 8910 | prensa@cedhj-ejemplo.example.mx
"""
write_source('cb16.txt', cb16, eol=('mixed', 12))
write_gold('cb16', family='press_release',
           title='La CEDHJ exige a la Fiscalía del Estado informar sobre las personas detenidas durante el desalojo de comerciantes en Tlaquepaque',
           date='2021-05-06', source='COMISIÓN ESTATAL DE DERECHOS HUMANOS JALISCO',
           bulletin_number='071/2021', issuer='COMISIÓN ESTATAL DE DERECHOS HUMANOS JALISCO',
           dateline_city='Guadalajara',
           body_first_words='La Comisión Estatal de Derechos Humanos Jalisco (CEDHJ) expresa su preocupación',
           body_last_words='debe regularse mediante el diálogo y no con el uso de la fuerza.',
           boilerplate=['Boletín 071/2021', 'PRONUNCIAMIENTO', 'Atentamente',
                        'Guadalajara, Jalisco, 6 de mayo de 2021',
                        '"Año de la participación ciudadana en la defensa de los derechos humanos"',
                        'Dirección de Comunicación Social',
                        'Tel. 33 5550 8910 | prensa@cedhj-ejemplo.example.mx'],
           must_keep=['Al menos seis de ellas presentaban lesiones visibles y tres refirieron no haber sido informadas del motivo de su detención.',
                      'Esta Comisión inició de oficio una queja y dará seguimiento puntual al caso.',
                      'donde elementos de la policía municipal y de la Fiscalía del Estado desalojaron un plantón de comerciantes ambulantes y detuvieron a 23 personas.'])

# ---------------------------------------------------------------- cb17 bad (TOML front matter and an HTML comment, no body)
cb17 = """+++
title = "Comparecencia del fiscal ante el Congreso de Puebla"
date = 2022-03-09T11:00:00-06:00
draft = true
authors = ["Redacción"]
categories = ["Congresos locales"]
+++

<!-- Pendiente: pegar la nota cuando llegue la versión estenográfica -->

"""
write_source('cb17.md', cb17)
write_gold('cb17', family='bad',
           refusal_reason='Sólo hay encabezado (front matter TOML) y un comentario HTML; la nota no tiene cuerpo.')

# ---------------------------------------------------------------- cb18 jekyll (UTC timestamp, space-separated categories)
cb18 = """---
layout: post
title: "Noche electoral en la capital: así se vivió el conteo rápido desde el INE"
date: 2018-07-02 04:50:00 +0000
categories: Elecciones Portada
author:
  name: Sebastián Ulloa Carranza
  twitter: sulloa_ej
excerpt_separator: <!--more-->
image: /assets/img/2018/07/ine-conteo.jpg
---

A las ocho de la noche de este domingo, cuando cerraron las últimas casillas del país, el auditorio del Instituto Nacional Electoral en Tlalpan ya estaba lleno de representantes de partidos, observadores y periodistas que esperaban un solo dato: el resultado del conteo rápido.

<!--more-->

Durante casi tres horas, las pantallas del salón mostraron la llegada de las actas al Programa de Resultados Electorales Preliminares. Los representantes de los partidos revisaban sus teléfonos y salían al pasillo a hacer llamadas; los observadores internacionales tomaban notas en silencio.

{% include relacionada.html titulo="Los resultados, casilla por casilla" url="/2018/07/01/resultados/" %}

El comité técnico del conteo rápido trabajó en una sala aparte con una muestra de 7 mil 787 casillas. Poco antes de las once, el consejero presidente subió al estrado para anunciar los rangos de votación estimados para cada candidatura presidencial, con un nivel de confianza de 95 por ciento.

En las calles cercanas al instituto se escucharon cláxones y gritos desde los autos. En el auditorio, en cambio, hubo pocos aplausos: los consejeros pidieron esperar los cómputos distritales, que comenzarán el miércoles y son los únicos con validez legal.

Pasadas las once y media, los representantes de los partidos comenzaron a retirarse. Algunos observadores se quedaron a revisar las cifras del PREP, que a esa hora ya superaba la cuarta parte de las actas capturadas.

{% include suscripcion.html %}
"""
write_source('cb18.md', cb18)
write_gold('cb18', family='jekyll',
           title='Noche electoral en la capital: así se vivió el conteo rápido desde el INE',
           date='2018-07-01', bylines=['Sebastián Ulloa Carranza'], section='Elecciones',
           placement=['Portada'],
           body_first_words='A las ocho de la noche de este domingo, cuando cerraron las últimas casillas',
           body_last_words='ya superaba la cuarta parte de las actas capturadas.',
           boilerplate=['<!--more-->',
                        '{% include relacionada.html titulo="Los resultados, casilla por casilla" url="/2018/07/01/resultados/" %}',
                        '{% include suscripcion.html %}'],
           must_keep=['El comité técnico del conteo rápido trabajó en una sala aparte con una muestra de 7 mil 787 casillas.',
                      'los consejeros pidieron esperar los cómputos distritales, que comenzarán el miércoles y son los únicos con validez legal.',
                      'Pasadas las once y media, los representantes de los partidos comenzaron a retirarse.'])

# ---------------------------------------------------------------- cb19 wire (radio news script)
cb19 = """Radio Metrópoli Noticias — Guion del noticiario «Primera Hora» (1010 AM)
GUION — BLOQUE 2
FECHA: martes 5 de marzo de 2019
REDACTÓ: Iván Soberanes Luna
TIEMPO TOTAL: 2'45"
TÍTULO: Congreso de Michoacán aprueba juicio político contra el exauditor superior del estado
------------------------------------------------------------
(ENTRA CORTINILLA INFORMATIVA / BAJA A FONDO)

LOC 1: El Congreso de Michoacán aprobó esta madrugada iniciar juicio político contra el exauditor superior del estado, Gonzalo Arreola Vidales, por la presunta omisión de revisar las cuentas públicas de 2015 y 2016 de once municipios.

LOC 2: La votación fue de 31 diputados a favor y cuatro en contra, después de una sesión que se prolongó por más de nueve horas. Con esta decisión, el caso pasa a una comisión instructora que tendrá sesenta días para reunir pruebas y escuchar al exfuncionario.

LOC 1: Según el dictamen, durante su gestión la auditoría dejó vencer los plazos para fincar responsabilidades por un monto superior a los 400 millones de pesos. Entre los municipios señalados están Uruapan, Apatzingán y Zamora.

INSERT 1 — Dip. Araceli Montaño, presidenta de la Comisión de Jurisdicción — ENTRA: "Este Congreso no…" SALE: "…igual ante la ley." — DURA: 0'18"

LOC 2: La defensa de Arreola Vidales declaró a esta emisora que su cliente actuó conforme a la ley vigente en ese momento y que acudirá a los tribunales federales si se le impone alguna sanción.

LOC 1: De aprobarse la acusación, el exauditor podría ser inhabilitado hasta por veinte años para ocupar cargos públicos. Es la primera vez en más de una década que el Congreso michoacano abre un juicio político.

(SUBE CORTINILLA Y SALE A CORTE)
"""
write_source('cb19.txt', cb19, enc='cp1252', eol='crlf')
write_gold('cb19', family='wire',
           title='Congreso de Michoacán aprueba juicio político contra el exauditor superior del estado',
           date='2019-03-05', bylines=['Iván Soberanes Luna'], source='Radio Metrópoli Noticias',
           body_first_words='El Congreso de Michoacán aprobó esta madrugada iniciar juicio político',
           body_last_words='que el Congreso michoacano abre un juicio político.',
           boilerplate=['GUION — BLOQUE 2', 'TIEMPO TOTAL: 2\'45"',
                        '(ENTRA CORTINILLA INFORMATIVA / BAJA A FONDO)', 'LOC 1:', 'LOC 2:',
                        'INSERT 1 — Dip. Araceli Montaño, presidenta de la Comisión de Jurisdicción — ENTRA: "Este Congreso no…" SALE: "…igual ante la ley." — DURA: 0\'18"',
                        '(SUBE CORTINILLA Y SALE A CORTE)'],
           must_keep=['Con esta decisión, el caso pasa a una comisión instructora que tendrá sesenta días para reunir pruebas y escuchar al exfuncionario.',
                      'Entre los municipios señalados están Uruapan, Apatzingán y Zamora.',
                      'De aprobarse la acusación, el exauditor podría ser inhabilitado hasta por veinte años para ocupar cargos públicos.'])

# ---------------------------------------------------------------- cb20 press (public university, HTML e-mail dumped with lynx)
pars20 = [
    'La Facultad de Derecho de la Universidad Autónoma de Sinaloa (UAS) puso en marcha una clínica jurídica gratuita que brindará asesoría a personas privadas de la libertad en el Centro Penitenciario de Aguaruto y a sus familias, con la participación de estudiantes de los últimos semestres de la licenciatura.',
    'La clínica atenderá principalmente solicitudes de beneficios preliberacionales, revisiones de medidas cautelares y quejas por las condiciones de internamiento. Cada caso será llevado por un equipo de tres estudiantes bajo la supervisión de un profesor con cédula profesional.',
    'La directora de la Facultad, doctora Gabriela Inzunza Peraza, explicó que muchas personas internas no tienen contacto con su defensor durante meses. "Nuestros estudiantes van a aprender derecho penal donde más se necesita, y las familias van a tener a quién preguntar", afirmó.',
    'En su primera etapa, la clínica recibirá hasta 60 casos por semestre. Las familias interesadas pueden solicitar una cita en la página de la Facultad[3] o acudir los martes y jueves a las oficinas del edificio de posgrado.',
    'El proyecto cuenta con el respaldo de la Defensoría Pública del estado, que capacitará a los estudiantes en el uso del sistema de gestión de expedientes, y de una organización civil que donó equipo de cómputo para la oficina de la clínica.',
]
cb20 = ('   [1]Universidad Autónoma de Sinaloa\n'
        '\n'
        '   Dirección General de Comunicación Social\n'
        '\n'
        '   Boletín DGCS/0231/2018\n'
        '\n'
        '   Culiacán Rosales, Sinaloa, a 9 de noviembre de 2018\n'
        '\n'
        '   Facultad de Derecho de la UAS abre clínica jurídica gratuita para personas\n'
        '   privadas de la libertad\n'
        '\n'
        + '\n\n'.join(wrap(p, 76, '   ', '   ') for p in pars20) + '\n'
        '\n'
        '   -o-o-o-\n'
        '\n'
        '   [2]prensa@uas-ejemplo.example.mx | Tel. 667 555 0144\n'
        '   [4]Facebook | [5]X\n'
        '\n'
        'References\n'
        '\n'
        '   1. https://www.uas-ejemplo.example.mx/\n'
        '   2. mailto:prensa@uas-ejemplo.example.mx\n'
        '   3. https://derecho.uas-ejemplo.example.mx/clinica\n'
        '   4. https://facebook.example.mx/UASoficialEj\n'
        '   5. https://x.example.mx/UAS_Ej\n')
write_source('cb20.txt', cb20)
write_gold('cb20', family='press_release',
           title='Facultad de Derecho de la UAS abre clínica jurídica gratuita para personas privadas de la libertad',
           date='2018-11-09', source='Universidad Autónoma de Sinaloa',
           bulletin_number='DGCS/0231/2018', issuer='Universidad Autónoma de Sinaloa',
           dateline_city='Culiacán Rosales',
           body_first_words='La Facultad de Derecho de la Universidad Autónoma de Sinaloa (UAS) puso en marcha',
           body_last_words='donó equipo de cómputo para la oficina de la clínica.',
           boilerplate=['Dirección General de Comunicación Social', 'Boletín DGCS/0231/2018',
                        'Culiacán Rosales, Sinaloa, a 9 de noviembre de 2018', '-o-o-o-',
                        '[2]prensa@uas-ejemplo.example.mx | Tel. 667 555 0144', '[4]Facebook | [5]X',
                        'References', '1. https://www.uas-ejemplo.example.mx/',
                        '2. mailto:prensa@uas-ejemplo.example.mx',
                        '3. https://derecho.uas-ejemplo.example.mx/clinica',
                        '4. https://facebook.example.mx/UASoficialEj', '5. https://x.example.mx/UAS_Ej'],
           must_keep=['Cada caso será llevado por un equipo de tres estudiantes bajo la supervisión de un profesor con cédula profesional.',
                      'La directora de la Facultad, doctora Gabriela Inzunza Peraza, explicó que muchas personas internas no tienen contacto con su defensor durante meses.',
                      'En su primera etapa, la clínica recibirá hasta 60 casos por semestre.'])
