#!/usr/bin/env python3
"""importer-ax part 3: files ax21..ax30."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- ax21 wire (roman-numeral month)
write_source('ax21.txt', """Altos de Chiapas Noticias · Sociedad · 09-IV-2017

Tejedoras de Zinacantán abren tienda colectiva para vender sin intermediarios

Por Abril Gómez Pérez y Sebastián Díaz Hernández

Foto: Sebastián Díaz Hernández

Veintiséis tejedoras tsotsiles de Zinacantán abrieron una tienda colectiva en el centro de San Cristóbal de Las Casas, donde venden directamente sus blusas, chales y caminos de mesa bordados con flores, sin pasar por los intermediarios que durante años les compraron a precios muy bajos.

Las artesanas se organizaron hace dos años. Juntaron el dinero de la renta del local con la venta de tamales y con un préstamo de una caja de ahorro comunitaria. "Antes nos pagaban 150 pesos por una blusa que luego vendían en mil", contó Petrona Pérez Vázquez, una de las fundadoras, que aprendió a bordar a los ocho años.

Cada prenda lleva una etiqueta con el nombre de quien la hizo y el tiempo que tardó en terminarla, que puede ir de una semana a tres meses. Los precios los fijan entre todas en una asamblea mensual. TE PUEDE INTERESAR: Mercado de San Cristóbal tendrá nuevo horario

Las tejedoras también ofrecen talleres a visitantes para mostrar cómo se usa el telar de cintura y cómo se tiñen los hilos. Con esos ingresos pagan la luz y el internet del local, que usan para vender por redes sociales a clientes de otros estados.

Al despedir a los visitantes, las socias repiten "kolaval", que en tsotsil significa gracias. La tienda abre de martes a domingo, de 10:00 a 19:00 horas.

📲 Recibe las noticias de Los Altos en tu WhatsApp: escribe ALTOS al 555 118 2040
""", eol='crlf')
write_gold('ax21', family='wire',
           title='Tejedoras de Zinacantán abren tienda colectiva para vender sin intermediarios',
           date='2017-04-09', bylines=['Abril Gómez Pérez', 'Sebastián Díaz Hernández'],
           source='Altos de Chiapas Noticias', section='Sociedad',
           body_first_words='Veintiséis tejedoras tsotsiles de Zinacantán abrieron',
           body_last_words='de martes a domingo, de 10:00 a 19:00 horas.',
           boilerplate=['Foto: Sebastián Díaz Hernández',
                        'TE PUEDE INTERESAR: Mercado de San Cristóbal tendrá nuevo horario',
                        '📲 Recibe las noticias de Los Altos en tu WhatsApp: escribe ALTOS al 555 118 2040'],
           must_keep=['"Antes nos pagaban 150 pesos por una blusa que luego vendían en mil", contó Petrona Pérez Vázquez, una de las fundadoras, que aprendió a bordar a los ocho años.',
                      'Los precios los fijan entre todas en una asamblea mensual.',
                      'Al despedir a los visitantes, las socias repiten "kolaval", que en tsotsil significa gracias.'],
           photo_credit='Sebastián Díaz Hernández')

# ---------------------------------------------------------------- ax22 wire (web outlet, published/updated, share bar)
write_source('ax22.text', """Inicio » Medio Ambiente » Selva

Vecinos de Tulum frenan con amparo la tala de 12 hectáreas de selva junto al Parque del Jaguar

Por Daniela Kumul Novelo | Tulum al Día
Publicado el 18 de agosto de 2025 a las 17:32
Actualizado el 19 de agosto de 2025 a las 09:10

Comparte esta nota: Facebook | X | WhatsApp | Telegram

Foto: Cortesía Colectivo Selva Viva

Un juzgado federal concedió una suspensión provisional a un grupo de vecinos de Tulum que se opone al desmonte de 12 hectáreas de selva en un predio colindante con el Parque del Jaguar, donde una empresa inmobiliaria planea construir un conjunto de departamentos.

Los quejosos argumentan que el predio forma parte de un corredor por donde cruzan felinos, venados y tejones entre la selva y la zona de playas, y que la autorización de impacto ambiental no tomó en cuenta los cenotes y cavernas que hay bajo el terreno.

Integrantes del colectivo mostraron videos de cámaras trampa en los que aparece un ocelote caminando por una brecha abierta hace un mes. "Si se tala aquí, el parque queda encerrado entre el concreto y la carretera", dijo la abogada del grupo, Lorena Balam Tun.

La empresa no respondió a las preguntas enviadas por este medio. En su página de internet, el proyecto se anuncia con vista a la selva y acceso a un cenote privado.

La suspensión obliga a detener cualquier trabajo de desmonte mientras el juzgado decide si la concede de manera definitiva, lo que podría ocurrir en las próximas semanas. Los vecinos pidieron a las autoridades ambientales revisar el predio y colocar sellos de suspensión. Lee también: Ruta del tren y la selva: lo que se ha talado en Tulum

Únete a nuestro canal de Telegram: t.me/tulumaldia_ex
¿Tienes una denuncia? Escríbenos a redaccion@tulumaldia.example.mx
© 2025 Tulum al Día. Todos los derechos reservados.
""")
write_gold('ax22', family='wire',
           title='Vecinos de Tulum frenan con amparo la tala de 12 hectáreas de selva junto al Parque del Jaguar',
           date='2025-08-18', bylines=['Daniela Kumul Novelo'], source='Tulum al Día',
           section='Medio Ambiente',
           body_first_words='Un juzgado federal concedió una suspensión provisional',
           body_last_words='revisar el predio y colocar sellos de suspensión.',
           boilerplate=['Inicio » Medio Ambiente » Selva', 'Actualizado el 19 de agosto de 2025 a las 09:10',
                        'Comparte esta nota: Facebook | X | WhatsApp | Telegram',
                        'Foto: Cortesía Colectivo Selva Viva',
                        'Lee también: Ruta del tren y la selva: lo que se ha talado en Tulum',
                        'Únete a nuestro canal de Telegram: t.me/tulumaldia_ex',
                        '¿Tienes una denuncia? Escríbenos a redaccion@tulumaldia.example.mx',
                        '© 2025 Tulum al Día. Todos los derechos reservados.'],
           must_keep=['"Si se tala aquí, el parque queda encerrado entre el concreto y la carretera", dijo la abogada del grupo, Lorena Balam Tun.',
                      'La empresa no respondió a las preguntas enviadas por este medio.',
                      'Los vecinos pidieron a las autoridades ambientales revisar el predio y colocar sellos de suspensión.'],
           photo_credit='Cortesía Colectivo Selva Viva')

# ---------------------------------------------------------------- ax23 press (human-rights commission, Tsotsil/Spanish)
write_source('ax23.txt', """Comisión Estatal de los Derechos Humanos de Chiapas
Dirección de Comunicación Social
Boletín de prensa CEDH/DCS/074/2020

Presenta CEDH cartilla de derechos de las personas detenidas en tsotsil y tseltal

Tuxtla Gutiérrez, Chiapas; 9 de agosto de 2020.- En el marco del Día Internacional de los Pueblos Indígenas, la Comisión Estatal de los Derechos Humanos presentó una cartilla que explica, en tsotsil y en tseltal, los derechos de las personas que son detenidas por cualquier autoridad.

La cartilla fue elaborada con traductores de Chamula, Zinacantán, Oxchuc y Tenejapa, y revisada por promotoras comunitarias para que el lenguaje sea claro y cercano. Explica, entre otras cosas, el derecho a contar con un intérprete, a no declarar sin defensor y a avisar a un familiar.

La visitadora general de asuntos indígenas, Rosalinda López Gómez, señaló que muchas quejas que recibe el organismo provienen de personas que no entendieron de qué se les acusaba porque nadie les habló en su lengua. "Un derecho que no se entiende no se puede defender", afirmó.

Se imprimirán 20 mil ejemplares que serán distribuidos en juzgados, agencias del ministerio público y presidencias municipales de Los Altos. También se grabaron versiones en audio para la radio comunitaria y para las personas que no leen.

La Comisión recordó que cualquier persona puede presentar una queja en sus oficinas regionales o en las visitadurías itinerantes, sin costo y en su propia lengua.

Ta batsi'k'op:

Li Komisione la yak' ta ilel jun vun ta batsi'k'op xchi'uk ta tseltal, yo' xa'ibeik smelol li avich'bail ta k'usuk no'ox ora. Kolaval.

-oOo-

Dirección de Comunicación Social CEDH Chiapas
Tel. 961 555 0744 | prensa@cedh-chiapas.example.mx | @CEDHChiapas_ex
""", eol='crlf')
write_gold('ax23', family='press_release',
           title='Presenta CEDH cartilla de derechos de las personas detenidas en tsotsil y tseltal',
           date='2020-08-09', source='Comisión Estatal de los Derechos Humanos de Chiapas',
           bulletin_number='CEDH/DCS/074/2020', issuer='Comisión Estatal de los Derechos Humanos de Chiapas',
           dateline_city='Tuxtla Gutiérrez',
           body_first_words='En el marco del Día Internacional de los Pueblos Indígenas',
           body_last_words="li avich'bail ta k'usuk no'ox ora. Kolaval.",
           boilerplate=['Dirección de Comunicación Social', 'Boletín de prensa CEDH/DCS/074/2020',
                        'Tuxtla Gutiérrez, Chiapas; 9 de agosto de 2020.-', '-oOo-',
                        'Tel. 961 555 0744 | prensa@cedh-chiapas.example.mx | @CEDHChiapas_ex'],
           must_keep=['"Un derecho que no se entiende no se puede defender", afirmó.',
                      'Explica, entre otras cosas, el derecho a contar con un intérprete, a no declarar sin defensor y a avisar a un familiar.',
                      'La Comisión recordó que cualquier persona puede presentar una queja en sus oficinas regionales o en las visitadurías itinerantes, sin costo y en su propia lengua.'])

# ---------------------------------------------------------------- ax24 press (federal delegation, 2009, mixed EOL)
write_source('ax24.md', """SEMARNAT
PROFEPA
Delegación Federal de la Procuraduría Federal de Protección al Ambiente en Quintana Roo

Comunicado de prensa No. 031/09

Cancún, Quintana Roo, 17 de marzo de 2009

CLAUSURA PROFEPA RELLENO DE MANGLAR EN LA ORILLA DE LA LAGUNA NICHUPTÉ

La Procuraduría Federal de Protección al Ambiente (PROFEPA), a través de su Delegación en Quintana Roo, impuso la clausura total temporal a los trabajos de relleno que se realizaban sobre una superficie de 3,400 metros cuadrados de manglar en la orilla de la laguna Nichupté, en la zona hotelera de Cancún.

Durante la visita de inspección, realizada a raíz de una denuncia ciudadana, personal de la delegación constató que se habían depositado material pétreo y escombro sobre mangle rojo y mangle blanco, especies protegidas por la norma oficial mexicana, sin contar con la autorización de impacto ambiental ni con el permiso de cambio de uso de suelo.

El responsable de la obra no acreditó la legal procedencia de los trabajos, por lo que se colocaron sellos de clausura y se inició un procedimiento administrativo que puede concluir con multas y con la obligación de restaurar el sitio.

La delegación recordó que los manglares protegen a la ciudad de las marejadas durante los huracanes, filtran el agua que llega a la laguna y sirven de refugio a peces, aves y cocodrilos.

Cualquier persona puede denunciar el relleno o la tala de manglar en las oficinas de la delegación, de manera anónima si así lo prefiere.

---000---

Unidad de Comunicación Social | Tel. (998) 555 0301 y 555 0302
comunicacion.qroo@profepa-del.example.mx
""", eol=('mixed', 9))
write_gold('ax24', family='press_release',
           title='CLAUSURA PROFEPA RELLENO DE MANGLAR EN LA ORILLA DE LA LAGUNA NICHUPTÉ',
           date='2009-03-17',
           source='Delegación Federal de la Procuraduría Federal de Protección al Ambiente en Quintana Roo',
           bulletin_number='031/09',
           issuer='Delegación Federal de la Procuraduría Federal de Protección al Ambiente en Quintana Roo',
           dateline_city='Cancún',
           body_first_words='La Procuraduría Federal de Protección al Ambiente (PROFEPA), a través de su Delegación',
           body_last_words='de manera anónima si así lo prefiere.',
           boilerplate=['SEMARNAT', 'Comunicado de prensa No. 031/09', 'Cancún, Quintana Roo, 17 de marzo de 2009',
                        '---000---', 'Unidad de Comunicación Social | Tel. (998) 555 0301 y 555 0302',
                        'comunicacion.qroo@profepa-del.example.mx'],
           must_keep=['El responsable de la obra no acreditó la legal procedencia de los trabajos, por lo que se colocaron sellos de clausura y se inició un procedimiento administrativo que puede concluir con multas y con la obligación de restaurar el sitio.',
                      'La delegación recordó que los manglares protegen a la ciudad de las marejadas durante los huracanes, filtran el agua que llega a la laguna y sirven de refugio a peces, aves y cocodrilos.',
                      'Cualquier persona puede denunciar el relleno o la tala de manglar en las oficinas de la delegación, de manera anónima si así lo prefiere.'])

# ---------------------------------------------------------------- ax25 jekyll (site B, WordPress export, draft)
write_source('ax25.md', """---
layout: post
title: 'Síndrome blanco avanza en arrecifes de Cozumel: buzos piden cerrar más sitios'
date: '2020-08-20 23:55:10 -0500'
type: post
parent_id: '0'
published: false
password: ''
status: draft
categories:
- Sin categoría
tags:
- Cozumel
- arrecifes
- corales
meta:
  _edit_last: '3'
  _wpcom_is_markdown: '1'
author:
  login: jbrito
  email: jbrito@rivieraviva.example.mx
  display_name: Jorge Brito Dzib
  first_name: Jorge
  last_name: Brito Dzib
permalink: "/?p=5127"
---
<p>Instructores de buceo de Cozumel pidieron cerrar de manera temporal más sitios de inmersión del parque marino, luego de que en sus recorridos de la última semana encontraron nuevas colonias de coral cerebro y coral estrella afectadas por el síndrome blanco.</p>
<p>La enfermedad, que apareció en el Caribe mexicano a mediados de 2018, avanza desde la base de las colonias y deja el esqueleto blanco en pocas semanas.&nbsp;Los buzos la reconocen por una franja de tejido muerto que crece día con día.</p>
<h2>Lo que piden los prestadores</h2>
<p>La instructora Gabriela Novelo Cituk explicó que las aletas y el sedimento que levantan los grupos grandes pueden llevar la enfermedad de un arrecife a otro. "No estamos en contra del turismo; estamos a favor de que haya arrecife el año que entra", dijo.</p>
<p>Los prestadores proponen reducir los grupos a seis buzos por guía, desinfectar el equipo entre inmersiones y sumar al cierre los arrecifes más visitados del sur de la isla durante al menos tres meses.</p>
[embed]https://www.youtube.com/watch?v=ejemplo5127[/embed]
<p>Investigadores que trabajan en la zona han probado tratamientos con pasta de antibiótico aplicada a mano sobre las colonias más valiosas, con resultados alentadores pero lentos, porque cada coral debe tratarse por separado.</p>
<p>Las autoridades del parque marino revisarán la propuesta con las cooperativas de la isla la próxima semana.</p>
""")
write_gold('ax25', family='jekyll',
           title='Síndrome blanco avanza en arrecifes de Cozumel: buzos piden cerrar más sitios',
           date='2020-08-20', published=False, bylines=['Jorge Brito Dzib'], source=None, section=None,
           body_first_words='Instructores de buceo de Cozumel pidieron cerrar',
           body_last_words='con las cooperativas de la isla la próxima semana.',
           boilerplate=['[embed]https://www.youtube.com/watch?v=ejemplo5127[/embed]'],
           must_keep=['"No estamos en contra del turismo; estamos a favor de que haya arrecife el año que entra", dijo.',
                      'Los buzos la reconocen por una franja de tejido muerto que crece día con día.',
                      'Las autoridades del parque marino revisarán la propuesta con las cooperativas de la isla la próxima semana.'])

# ---------------------------------------------------------------- ax26 jekyll (site C, cp1252, dotted date, space-separated categories)
write_source('ax26.md', """---
title: Llega la señal de celular a Conhuás y los ejidatarios dejan de subir al cerro
Fecha: 2016.11.20
autor: Humberto Chi Uc
categories: portada comunidades
medio: La Libreta de Calakmul
---

Durante años, la única forma de hacer una llamada en el ejido Conhuás era subir a un cerro a las afueras del pueblo, donde a veces aparecía una raya de señal. Desde este mes, una antena instalada junto a la comisaría ejidal da servicio de telefonía celular e internet a las casi mil personas que viven en la comunidad.

La antena fue gestionada por el comisariado con una empresa de telecomunicaciones, que pidió a cambio un terreno de veinte por veinte metros. El ejido lo aprobó en asamblea con solo dos votos en contra.

Los primeros en notar el cambio fueron los estudiantes de bachillerato, que antes tenían que viajar a Xpujil para enviar sus tareas. "Ahora hago mis trabajos en la noche, en mi casa, con mi mamá al lado", contó Yesenia Pool Chan, de 16 años.

Los apicultores también lo aprovechan: consultan el precio de la miel antes de venderla y ya no dependen de lo que les diga el comprador que llega en camioneta. Lee también >> Apicultores de Calakmul venden su primera cosecha de miel certificada

Algunos ejidatarios mayores tienen dudas. Dicen que los jóvenes pasan demasiado tiempo con el teléfono y que la antena debió consultarse también con las comunidades vecinas, que no tienen señal.

El comisariado informó que buscará que la empresa amplíe la cobertura hacia Zoh Laguna el año que viene.
""", enc='cp1252', eol='lf')
write_gold('ax26', family='jekyll',
           title='Llega la señal de celular a Conhuás y los ejidatarios dejan de subir al cerro',
           date='2016-11-20', bylines=['Humberto Chi Uc'], source='La Libreta de Calakmul',
           section='comunidades', placement=['portada'],
           body_first_words='Durante años, la única forma de hacer una llamada',
           body_last_words='hacia Zoh Laguna el año que viene.',
           boilerplate=['Lee también >> Apicultores de Calakmul venden su primera cosecha de miel certificada'],
           must_keep=['El ejido lo aprobó en asamblea con solo dos votos en contra.',
                      '"Ahora hago mis trabajos en la noche, en mi casa, con mi mamá al lado", contó Yesenia Pool Chan, de 16 años.',
                      'Los apicultores también lo aprovechan: consultan el precio de la miel antes de venderla y ya no dependen de lo que les diga el comprador que llega en camioneta.'])

# ---------------------------------------------------------------- ax27 jekyll (site C, unpadded date, comma authors, no site key)
write_source('ax27.markdown', """---
title: "Xpujil: el mercado de los domingos cumple 20 años"
date: 2014-6-5
author: "Lidia Pech Ek, Humberto Chi Uc"
categories: [Xpujil, Portada]
tags: mercado, comercio, Calakmul
---

El mercado de los domingos de Xpujil cumplió 20 años. Empezó con siete puestos de verduras bajo un árbol de ramón, frente a la carretera, y hoy reúne a más de 120 comerciantes que llegan de ejidos de Campeche y de Quintana Roo desde antes del amanecer.

Doña Aurelia Canul Ek es una de las fundadoras. Vende pepita, chile seco y tortillas hechas a mano, igual que el primer día. "Al principio nos corrían porque decían que ensuciábamos la carretera; ahora hasta los turistas vienen a desayunar", cuenta entre risas.

Los domingos se consigue de todo: gallinas, ropa de segunda mano, herramientas, miel, plantas medicinales y discos piratas. Para muchas familias de la zona es el único día de la semana en que bajan al pueblo, así que aprovechan para ir al banco, al médico y a misa.

Los comerciantes formaron una asociación que cobra una cuota de diez pesos por puesto para pagar la limpieza y los baños. El presidente de la asociación, Mario Ek Chan, dijo que el siguiente paso es conseguir un techo para no quedar a merced del sol y de los aguaceros.

Para celebrar el aniversario habrá música de jarana y una comida comunitaria el próximo domingo, a partir de las nueve de la mañana.
""", eol='crlf')
write_gold('ax27', family='jekyll',
           title='Xpujil: el mercado de los domingos cumple 20 años',
           date='2014-06-05', bylines=['Lidia Pech Ek', 'Humberto Chi Uc'], source=None,
           section='Xpujil', placement=['Portada'],
           body_first_words='El mercado de los domingos de Xpujil cumplió 20 años.',
           body_last_words='a partir de las nueve de la mañana.',
           must_keep=['"Al principio nos corrían porque decían que ensuciábamos la carretera; ahora hasta los turistas vienen a desayunar", cuenta entre risas.',
                      'Los comerciantes formaron una asociación que cobra una cuota de diez pesos por puesto para pagar la limpieza y los baños.',
                      'Para muchas familias de la zona es el único día de la semana en que bajan al pueblo, así que aprovechan para ir al banco, al médico y a misa.'])

# ---------------------------------------------------------------- ax28 generic (CR-only line ends)
write_source('ax28.txt', """Carta de una lectora: el transporte en Ciudad del Carmen

Señores de la redacción:

Les escribo como usuaria diaria del transporte público de Ciudad del Carmen. Vivo en la colonia Francisco I. Madero y trabajo en el centro, y cada mañana espero hasta cuarenta minutos a que pase una combi con lugar.

Las unidades van llenas desde la primera parada, muchas no tienen ventanas que cierren y en temporada de nortes el agua entra por todos lados. Los choferes no tienen la culpa: trabajan jornadas de doce horas y les exigen una cuenta diaria muy alta.

Quisiera que su periódico preguntara a las autoridades por qué no se ha cumplido la promesa de poner rutas nuevas hacia las colonias del oriente de la isla, que han crecido mucho en los últimos años. También sería bueno que se revisara el estado de las paradas, porque la mayoría no tiene techo ni banca.

Sé que hay problemas más grandes en el municipio, pero para quienes no tenemos auto el transporte es la diferencia entre llegar a tiempo al trabajo o perder el día. Muchas compañeras salen de su casa a las cinco de la mañana para entrar a las siete.

Les agradezco el espacio y espero que mi carta ayude a que alguien nos escuche.

Atentamente,
Guadalupe Hernández Cob
""", eol='cr')
write_gold('ax28', family='generic',
           title='Carta de una lectora: el transporte en Ciudad del Carmen',
           body_first_words='Señores de la redacción:',
           body_last_words='Guadalupe Hernández Cob',
           must_keep=['Los choferes no tienen la culpa: trabajan jornadas de doce horas y les exigen una cuenta diaria muy alta.',
                      'Muchas compañeras salen de su casa a las cinco de la mañana para entrar a las siete.',
                      'Les agradezco el espacio y espero que mi carta ayude a que alguien nos escuche.'])

# ---------------------------------------------------------------- ax29 generic (## heading, table, BOM)
write_source('ax29.markdown', """## Glosario de palabras mayas frecuentes en la redacción

Este glosario reúne palabras en maya que aparecen con frecuencia en nuestras notas de Yucatán, Campeche y Quintana Roo. La regla general es escribirlas en cursiva la primera vez, con su traducción entre paréntesis, y respetar el apóstrofo que marca la pausa glotal.

| Palabra | Significado | Nota de uso |
|---|---|---|
| ts'ono'ot | cenote | En español se escribe cenote, sin cursiva. |
| k'áax | monte, selva | Evitar traducirla como bosque. |
| kool | milpa | La milpa incluye maíz, frijol y calabaza. |
| Hanal Pixán | comida de las ánimas | Va con mayúsculas iniciales. |
| sak be | camino blanco | En plural se usa sakbeo'ob o sacbés. |

Algunas recomendaciones adicionales:

- No usar "dialecto" para referirse al maya: es una lengua, con su propia gramática y su literatura.
- Preguntar a las personas entrevistadas cómo escriben su nombre y su comunidad, porque muchas grafías cambiaron con los años.
- Cuando se cite una frase en maya, incluir la traducción que dé la propia persona entrevistada y no una traducción automática.

Las dudas que no resuelva este glosario se consultan con la mesa de Valladolid, que revisa las notas en lengua maya antes de publicarlas.
""", eol='lf', bom=True)
write_gold('ax29', family='generic',
           title='Glosario de palabras mayas frecuentes en la redacción',
           body_first_words='Este glosario reúne palabras en maya',
           body_last_words='que revisa las notas en lengua maya antes de publicarlas.',
           must_keep=['La regla general es escribirlas en cursiva la primera vez, con su traducción entre paréntesis, y respetar el apóstrofo que marca la pausa glotal.',
                      'No usar "dialecto" para referirse al maya: es una lengua, con su propia gramática y su literatura.',
                      'Las dudas que no resuelva este glosario se consultan con la mesa de Valladolid, que revisa las notas en lengua maya antes de publicarlas.'])

# ---------------------------------------------------------------- ax30 bad (a PDF saved as .md)
pdf = (b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
       b'1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
       b'2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'
       b'3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n'
       b'4 0 obj\n<< /Length 64 /Filter /FlateDecode >>\nstream\n'
       + b'\x00\x00' + bytes((i * 73 + 19) % 256 for i in range(62)) +
       b'\nendstream\nendobj\n'
       b'xref\n0 5\n0000000000 65535 f \n'
       b'trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n')
write_source('ax30.md', raw=pdf)
write_gold('ax30', family='bad',
           refusal_reason='El archivo no es texto: es un documento PDF (empieza con %PDF-1.4 y contiene datos binarios) guardado con extensión .md.')
