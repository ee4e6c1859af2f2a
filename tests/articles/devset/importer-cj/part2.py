#!/usr/bin/env python3
"""importer-cj, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- cj11 press (TEPJF, bold title, unit lines)
cj11 = """TRIBUNAL ELECTORAL DEL PODER JUDICIAL DE LA FEDERACIÓN
Sala Superior
Coordinación de Comunicación Social

Comunicado de prensa número 089/2018

Ciudad de México, 27 de junio de 2018

**Sala Superior confirma los lineamientos del INE sobre propaganda en redes sociales durante la veda electoral**

La Sala Superior del Tribunal Electoral del Poder Judicial de la Federación (TEPJF) confirmó, por mayoría de cinco votos, el acuerdo del Consejo General del Instituto Nacional Electoral (INE) que establece los criterios para identificar propaganda electoral pagada en redes sociales durante el periodo de reflexión previo a la jornada del 1 de julio.

Dos partidos políticos impugnaron el acuerdo con el argumento de que restringía la libertad de expresión de la ciudadanía. Al resolver el recurso de apelación, el pleno consideró que los lineamientos sólo se aplican a publicaciones pagadas o difundidas por partidos, candidaturas y personas que actúen a su favor, y no a las opiniones espontáneas de las personas usuarias.

La magistrada ponente, Beatriz Orozco Landa, señaló que la veda tiene como finalidad que el electorado reflexione su voto sin presiones y que las redes sociales no pueden convertirse en una vía para evadirla. "La equidad en la contienda también se juega en internet", sostuvo durante la sesión pública.

Los dos magistrados que votaron en contra consideraron que el INE carece de facultades para regular contenidos en plataformas digitales y anunciaron que formularán votos particulares.

Con esta resolución, el INE podrá ordenar el retiro de propaganda pagada que se difunda entre el 28 de junio y el cierre de las casillas, así como iniciar los procedimientos sancionadores que correspondan.

-oOo-

Síguenos en Twitter: @TEPJF_ej | Facebook: /TEPJFej
comunicacion.social@te-ej.example.mx
"""
write_source('cj11.md', cj11, eol='crlf', bom=True)
write_gold('cj11', family='press_release',
           title='Sala Superior confirma los lineamientos del INE sobre propaganda en redes sociales durante la veda electoral',
           date='2018-06-27', source='TRIBUNAL ELECTORAL DEL PODER JUDICIAL DE LA FEDERACIÓN',
           bulletin_number='089/2018', issuer='TRIBUNAL ELECTORAL DEL PODER JUDICIAL DE LA FEDERACIÓN',
           dateline_city='Ciudad de México',
           body_first_words='La Sala Superior del Tribunal Electoral del Poder Judicial de la Federación (TEPJF) confirmó',
           body_last_words='iniciar los procedimientos sancionadores que correspondan.',
           boilerplate=['Coordinación de Comunicación Social', 'Comunicado de prensa número 089/2018',
                        'Ciudad de México, 27 de junio de 2018', '-oOo-',
                        'Síguenos en Twitter: @TEPJF_ej | Facebook: /TEPJFej',
                        'comunicacion.social@te-ej.example.mx'],
           must_keep=['"La equidad en la contienda también se juega en internet", sostuvo durante la sesión pública.',
                      'Dos partidos políticos impugnaron el acuerdo con el argumento de que restringía la libertad de expresión de la ciudadanía.',
                      'Los dos magistrados que votaron en contra consideraron que el INE carece de facultades para regular contenidos en plataformas digitales y anunciaron que formularán votos particulares.'])

# ---------------------------------------------------------------- cj12 press (Cámara de Diputados, dateline after title)
cj12 = """CÁMARA DE DIPUTADOS
LXIV LEGISLATURA
Coordinación de Comunicación Social

Boletín N°. 5512

Comisión de Movilidad aprueba reglas para el uso de monopatines eléctricos en vías federales

Palacio Legislativo de San Lázaro, Ciudad de México, 14 de diciembre de 2020

La Comisión de Movilidad aprobó un dictamen que reforma la Ley de Caminos, Puentes y Autotransporte Federal para establecer reglas mínimas de seguridad en el uso de monopatines y bicicletas eléctricas en los tramos urbanos de carreteras federales.

El documento, que se turnará a la Mesa Directiva para su discusión en el Pleno, prohíbe que estos vehículos circulen por los carriles centrales de las autopistas y obliga a las empresas que los rentan a contar con un seguro de responsabilidad civil para las personas usuarias.

La presidenta de la comisión, diputada Araceli Montoya Lugo, explicó que en los últimos tres años se multiplicaron los accidentes de monopatines en las vías federales que atraviesan ciudades como Guadalajara, Monterrey, Puebla y la capital del país. "Hoy hay un vacío legal: nadie sabe quién responde cuando un usuario sufre un accidente", indicó.

Durante la reunión, legisladores de distintos grupos parlamentarios coincidieron en la necesidad de que las reglas se coordinen con los reglamentos de tránsito de estados y municipios, para evitar que una misma persona enfrente criterios distintos en calles y carreteras.

El dictamen fue aprobado con 24 votos a favor, dos en contra y una abstención.

--ooOoo--
"""
write_source('cj12.txt', cj12, enc='cp1252', eol='crlf')
write_gold('cj12', family='press_release',
           title='Comisión de Movilidad aprueba reglas para el uso de monopatines eléctricos en vías federales',
           date='2020-12-14', source='CÁMARA DE DIPUTADOS',
           bulletin_number='5512', issuer='CÁMARA DE DIPUTADOS', dateline_city='Ciudad de México',
           body_first_words='La Comisión de Movilidad aprobó un dictamen que reforma la Ley de Caminos',
           body_last_words='con 24 votos a favor, dos en contra y una abstención.',
           boilerplate=['LXIV LEGISLATURA', 'Coordinación de Comunicación Social', 'Boletín N°. 5512',
                        'Palacio Legislativo de San Lázaro, Ciudad de México, 14 de diciembre de 2020',
                        '--ooOoo--'],
           must_keep=['"Hoy hay un vacío legal: nadie sabe quién responde cuando un usuario sufre un accidente", indicó.',
                      'El dictamen fue aprobado con 24 votos a favor, dos en contra y una abstención.',
                      'El documento, que se turnará a la Mesa Directiva para su discusión en el Pleno, prohíbe que estos vehículos circulen por los carriles centrales de las autopistas y obliga a las empresas que los rentan a contar con un seguro de responsabilidad civil para las personas usuarias.'])

# ---------------------------------------------------------------- cj13 press (Senado, copy-paste of the web page with navigation)
cj13 = """SENADO DE LA REPÚBLICA
LXIII Legislatura
Ir al contenido principal
Inicio
Senadores
Comisiones
Gaceta
Comunicación
Transparencia
Inicio » Comunicación » Boletines » 2017 » Mayo
Boletín-1528
Piden legisladores reforzar la vigilancia sanitaria en tianguis de mascotas
Jueves, 18 de mayo de 2017
Compartir
Facebook
Twitter
WhatsApp
Imprimir
Ciudad de México, 18 de mayo de 2017.- Integrantes de la Comisión Permanente presentaron un punto de acuerdo para solicitar al Servicio Nacional de Sanidad, Inocuidad y Calidad Agroalimentaria y a las autoridades sanitarias de la capital que refuercen la vigilancia en los tianguis donde se venden perros, gatos, aves y reptiles.
La propuesta señala que en mercados como el de Sonora, en la Ciudad de México, y en tianguis de fin de semana en el Estado de México y Puebla se ofrecen animales sin certificado de salud, con menos de ocho semanas de edad y en jaulas sin ventilación.
El documento pide también a la Procuraduría Federal de Protección al Ambiente revisar la venta de especies silvestres protegidas, como tortugas, loros y monos araña, que se ofrecen a la vista de los compradores.
Las y los legisladores proponentes recordaron que la venta de animales enfermos representa un riesgo para la salud pública, porque algunos padecimientos pueden transmitirse a las personas. "Comprar un cachorro en la calle no debería ser una lotería", señaló el senador Rodrigo Amezcua Palafox.
El punto de acuerdo fue turnado a la Tercera Comisión de Trabajo, que deberá dictaminarlo antes de que concluya el periodo de receso.
Senado de la República · Av. Paseo de la Reforma 135, esq. Insurgentes Norte, Col. Tabacalera · Todos los derechos reservados 2017
Aviso de privacidad | Mapa del sitio | Contacto
"""
write_source('cj13.txt', cj13)
write_gold('cj13', family='press_release',
           title='Piden legisladores reforzar la vigilancia sanitaria en tianguis de mascotas',
           date='2017-05-18', source='SENADO DE LA REPÚBLICA',
           bulletin_number='1528', issuer='SENADO DE LA REPÚBLICA', dateline_city='Ciudad de México',
           body_first_words='Integrantes de la Comisión Permanente presentaron un punto de acuerdo',
           body_last_words='antes de que concluya el periodo de receso.',
           boilerplate=['Ir al contenido principal', 'Inicio » Comunicación » Boletines » 2017 » Mayo',
                        'Boletín-1528', 'Ciudad de México, 18 de mayo de 2017.-',
                        'Senado de la República · Av. Paseo de la Reforma 135, esq. Insurgentes Norte, Col. Tabacalera · Todos los derechos reservados 2017',
                        'Aviso de privacidad | Mapa del sitio | Contacto'],
           must_keep=['El documento pide también a la Procuraduría Federal de Protección al Ambiente revisar la venta de especies silvestres protegidas, como tortugas, loros y monos araña, que se ofrecen a la vista de los compradores.',
                      '"Comprar un cachorro en la calle no debería ser una lotería", señaló el senador Rodrigo Amezcua Palafox.',
                      'El punto de acuerdo fue turnado a la Tercera Comisión de Trabajo, que deberá dictaminarlo antes de que concluya el periodo de receso.'])

# ---------------------------------------------------------------- cj14 press (city government press office, raw e-mail)
cj14 = """From: "Comunicación Social CDMX" <boletines@comunicacion-cdmx.example.mx>
To: "Lista de medios" <medios@comunicacion-cdmx.example.mx>
Date: Sun, 16 Jan 2022 13:05:22 -0600
Subject: Boletín 0043 | Reabre el Mercado de Jamaica su nave de flores tras obras de reforzamiento
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

JEFATURA DE GOBIERNO DE LA CIUDAD DE MÉXICO
Dirección General de Comunicación Social

Boletín 0043
Ciudad de México, domingo 16 de enero de 2022

Reabre el Mercado de Jamaica su nave de flores tras obras de reforzamiento

El Gobierno de la Ciudad de México entregó este domingo a las y los locatarios la nave de flores del Mercado de Jamaica, en la alcaldía Venustiano Carranza, luego de ocho meses de trabajos de reforzamiento estructural y de renovación de las instalaciones eléctricas e hidráulicas.

La obra, con una inversión de 62 millones de pesos, incluyó la sustitución de la cubierta, la colocación de nuevas columnas metálicas y la instalación de un sistema de captación de agua de lluvia que abastecerá los sanitarios y la limpieza de los pasillos.

Durante los trabajos, los 412 locatarios de la nave vendieron sus productos en una zona provisional instalada en el estacionamiento. La presidenta de la asociación de floristas, Rosario Cedillo Maya, agradeció que la obra concluyera antes del 14 de febrero, una de las temporadas de mayor venta del año.

La secretaria de Obras y Servicios explicó que la siguiente etapa contempla la rehabilitación de la nave de frutas y legumbres, que comenzará en marzo y se realizará por secciones para que el mercado no deje de operar.

El Mercado de Jamaica, inaugurado en 1957, es uno de los principales centros de abasto de flores del país y recibe a diario a miles de compradores.

---000---

Este correo electrónico y sus anexos son confidenciales y están dirigidos exclusivamente a los medios de comunicación registrados. Si ya no desea recibir boletines, responda con la palabra BAJA.
"""
write_source('cj14.txt', cj14, eol='crlf')
write_gold('cj14', family='press_release',
           title='Reabre el Mercado de Jamaica su nave de flores tras obras de reforzamiento',
           date='2022-01-16', source='JEFATURA DE GOBIERNO DE LA CIUDAD DE MÉXICO',
           bulletin_number='0043', issuer='JEFATURA DE GOBIERNO DE LA CIUDAD DE MÉXICO',
           dateline_city='Ciudad de México',
           body_first_words='El Gobierno de la Ciudad de México entregó este domingo',
           body_last_words='recibe a diario a miles de compradores.',
           boilerplate=['From: "Comunicación Social CDMX" <boletines@comunicacion-cdmx.example.mx>',
                        'Content-Type: text/plain; charset="utf-8"',
                        'Dirección General de Comunicación Social', 'Boletín 0043',
                        'Ciudad de México, domingo 16 de enero de 2022', '---000---',
                        'Este correo electrónico y sus anexos son confidenciales y están dirigidos exclusivamente a los medios de comunicación registrados.',
                        'Si ya no desea recibir boletines, responda con la palabra BAJA.'],
           must_keep=['Durante los trabajos, los 412 locatarios de la nave vendieron sus productos en una zona provisional instalada en el estacionamiento.',
                      'El Mercado de Jamaica, inaugurado en 1957, es uno de los principales centros de abasto de flores del país y recibe a diario a miles de compradores.',
                      'La obra, con una inversión de 62 millones de pesos, incluyó la sustitución de la cubierta, la colocación de nuevas columnas metálicas y la instalación de un sistema de captación de agua de lluvia que abastecerá los sanitarios y la limpieza de los pasillos.'])

# ---------------------------------------------------------------- cj15 press (CNDH, asterisk end line and slogan)
cj15 = """Comisión Nacional de los Derechos Humanos
Dirección General de Comunicación
Comunicado de Prensa DGC/215/2021

Ciudad de México, a 23 de septiembre de 2021

CNDH emite recomendación por falta de intérpretes en lenguas indígenas en agencias del Ministerio Público

La Comisión Nacional de los Derechos Humanos (CNDH) dirigió una recomendación a la Fiscalía General de la República por la falta de intérpretes y traductores en lenguas indígenas en sus agencias del Ministerio Público de Chiapas, Oaxaca y Guerrero, lo que vulneró el derecho al debido proceso de 17 personas detenidas entre 2018 y 2020.

De acuerdo con la investigación, las personas agraviadas, hablantes de tsotsil, mixteco y me'phaa, rindieron su declaración sin comprender lo que se les preguntaba y firmaron documentos redactados únicamente en español. En varios casos, los defensores de oficio tampoco hablaban la lengua de sus representados.

La Comisión Nacional solicitó a la Fiscalía integrar un padrón de intérpretes certificados, capacitar a su personal en derechos lingüísticos y revisar los expedientes de las personas afectadas para determinar si procede la reposición de los procedimientos.

También pidió dar vista al órgano interno de control para que investigue la actuación de los servidores públicos involucrados.

La CNDH recordó que la Constitución reconoce el derecho de los pueblos indígenas a ser asistidos en todo momento por intérpretes y defensores que conozcan su lengua y su cultura, y que la ausencia de este apoyo puede invalidar un proceso penal.

**********

¡Defendemos al Pueblo!
"""
write_source('cj15.txt', cj15, enc='cp1252')
write_gold('cj15', family='press_release',
           title='CNDH emite recomendación por falta de intérpretes en lenguas indígenas en agencias del Ministerio Público',
           date='2021-09-23', source='Comisión Nacional de los Derechos Humanos',
           bulletin_number='DGC/215/2021', issuer='Comisión Nacional de los Derechos Humanos',
           dateline_city='Ciudad de México',
           body_first_words='La Comisión Nacional de los Derechos Humanos (CNDH) dirigió una recomendación',
           body_last_words='puede invalidar un proceso penal.',
           boilerplate=['Dirección General de Comunicación', 'Comunicado de Prensa DGC/215/2021',
                        'Ciudad de México, a 23 de septiembre de 2021', '**********',
                        '¡Defendemos al Pueblo!'],
           must_keep=['En varios casos, los defensores de oficio tampoco hablaban la lengua de sus representados.',
                      'También pidió dar vista al órgano interno de control para que investigue la actuación de los servidores públicos involucrados.',
                      "De acuerdo con la investigación, las personas agraviadas, hablantes de tsotsil, mixteco y me'phaa, rindieron su declaración sin comprender lo que se les preguntaba y firmaron documentos redactados únicamente en español."])

# ---------------------------------------------------------------- cj16 press (SACMEX, WhatsApp chat export)
cj16 = """12/05/24, 10:14 - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.
12/05/24, 10:16 - Comunicación SACMEX: *SISTEMA DE AGUAS DE LA CIUDAD DE MÉXICO*
*Boletín 0457/2024*
Ciudad de México, 12 de mayo de 2024

*Suspende Sacmex el suministro en 11 colonias de Coyoacán por reparación de una línea de conducción*

El Sistema de Aguas de la Ciudad de México (Sacmex) informa que a partir de las 22:00 horas del lunes 13 de mayo suspenderá el suministro de agua potable en 11 colonias de la alcaldía Coyoacán, para reparar una fuga en una línea de conducción de 76 centímetros de diámetro ubicada en la avenida Santa Ana.

Los trabajos durarán aproximadamente 36 horas. Se prevé que el servicio se restablezca de manera gradual a partir de la mañana del miércoles 15 de mayo, y que la presión se normalice en un plazo de 24 horas posteriores.

Las colonias afectadas son Santa Úrsula Coapa, Pedregal de Santo Domingo, Ajusco, Adolfo Ruiz Cortines, Copilco el Alto, La Candelaria, Pueblo de Los Reyes, Emiliano Zapata, El Caracol, Carmen Serdán y Huayamilpas.

Durante la suspensión, el Sacmex enviará carros tanque a escuelas, centros de salud y unidades habitacionales. Las personas usuarias pueden solicitar el servicio gratuito de pipas a través de la línea de atención del organismo.

Se recomienda a la población almacenar agua en recipientes limpios y tapados, y hacer un uso responsable del líquido durante los trabajos.

-o0o-
12/05/24, 10:16 - Comunicación SACMEX: <Multimedia omitido>
12/05/24, 10:31 - Beto Mesa Ciudad: Gracias, ya la tenemos
"""
write_source('cj16.txt', cj16)
write_gold('cj16', family='press_release',
           title='Suspende Sacmex el suministro en 11 colonias de Coyoacán por reparación de una línea de conducción',
           date='2024-05-12', source='SISTEMA DE AGUAS DE LA CIUDAD DE MÉXICO',
           bulletin_number='0457/2024', issuer='SISTEMA DE AGUAS DE LA CIUDAD DE MÉXICO',
           dateline_city='Ciudad de México',
           body_first_words='El Sistema de Aguas de la Ciudad de México (Sacmex) informa que',
           body_last_words='hacer un uso responsable del líquido durante los trabajos.',
           boilerplate=['Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        '12/05/24, 10:16 - Comunicación SACMEX:', '*Boletín 0457/2024*',
                        'Ciudad de México, 12 de mayo de 2024', '-o0o-', '<Multimedia omitido>',
                        '12/05/24, 10:31 - Beto Mesa Ciudad: Gracias, ya la tenemos'],
           must_keep=['Los trabajos durarán aproximadamente 36 horas.',
                      'Durante la suspensión, el Sacmex enviará carros tanque a escuelas, centros de salud y unidades habitacionales.',
                      'Las colonias afectadas son Santa Úrsula Coapa, Pedregal de Santo Domingo, Ajusco, Adolfo Ruiz Cortines, Copilco el Alto, La Candelaria, Pueblo de Los Reyes, Emiliano Zapata, El Caracol, Carmen Serdán y Huayamilpas.'])

# ---------------------------------------------------------------- cj17 jekyll (podcast show notes)
cj17 = """---
layout: episodio
title: "¿Quién vigila a los órganos autónomos?"
episodio: 112
temporada: 4
date: 2021-06-03 06:00:00 -0500
podcast: Sobremesa Pública
hosts:
  - Julián Aranda Cuéllar
  - Paola Reséndiz Ochoa
invitada: Teresa Galindo Uribe
audio_url: https://media.sobremesapublica.example.mx/ep112.mp3
duracion: "00:47:12"
explicit: false
tags: [INAI, transparencia, autonomía]
---

En este episodio platicamos con la investigadora Teresa Galindo Uribe sobre los órganos constitucionales autónomos: qué son, por qué se crearon y qué pasa cuando el gobierno en turno propone desaparecerlos o fusionarlos con las secretarías.

Galindo Uribe explica que instituciones como el INAI, el INE o la Comisión Federal de Competencia Económica nacieron para que ciertas decisiones técnicas no dependieran de la voluntad del presidente en turno. También reconoce que varios de ellos gastan demasiado y rinden pocas cuentas, y que esa crítica no debe desestimarse.

Hablamos del costo de los consejos y de los salarios de sus integrantes, de los nombramientos que se quedan atorados en el Senado durante meses y de lo que significa para una persona común que exista un órgano capaz de obligar a la autoridad a entregar información pública.

Al final, cada uno de nosotros propone una reforma que le gustaría ver en los próximos años.

## Capítulos

- 00:00 Introducción
- 03:12 ¿Qué es un órgano autónomo?
- 14:40 El costo de la autonomía
- 27:05 Nombramientos en el Senado
- 39:50 Nuestras propuestas y despedida

## Créditos

Producción: Sonia Betancourt Ruiz. Edición y mezcla: Tomás Ilizaliturri. Música original: Colectivo Marimba Sur.

Escucha Sobremesa Pública cada jueves en tu aplicación de podcasts favorita. ¿Tienes comentarios? Escríbenos a hola@sobremesapublica.example.mx
"""
write_source('cj17.md', cj17)
write_gold('cj17', family='jekyll',
           title='¿Quién vigila a los órganos autónomos?',
           date='2021-06-03', bylines=['Julián Aranda Cuéllar', 'Paola Reséndiz Ochoa'],
           source='Sobremesa Pública',
           body_first_words='En este episodio platicamos con la investigadora Teresa Galindo Uribe',
           body_last_words='39:50 Nuestras propuestas y despedida',
           boilerplate=['Producción: Sonia Betancourt Ruiz.', 'Edición y mezcla: Tomás Ilizaliturri.',
                        'Música original: Colectivo Marimba Sur.',
                        'Escucha Sobremesa Pública cada jueves en tu aplicación de podcasts favorita.',
                        '¿Tienes comentarios? Escríbenos a hola@sobremesapublica.example.mx'],
           must_keep=['También reconoce que varios de ellos gastan demasiado y rinden pocas cuentas, y que esa crítica no debe desestimarse.',
                      'Al final, cada uno de nosotros propone una reforma que le gustaría ver en los próximos años.',
                      '14:40 El costo de la autonomía'])

# ---------------------------------------------------------------- cj18 jekyll family (Hugo TOML front matter, draft)
cj18 = """+++
title = "Los últimos sonideros de Tepito guardan sus bocinas"
date = 2019-11-04T08:30:00-06:00
draft = true
authors = ["Mauricio Leyva Sandoval"]
categories = ["Cultura"]
tags = ["sonideros", "Tepito", "cumbia"]

[params]
  sitio = "Barrio Adentro"
  imagen = "/img/2019/11/sonideros.jpg"
  pie_de_foto = "Foto: Barrio Adentro / Karla Nieto"
+++

Durante cuarenta años, cada sábado por la noche, la calle de Tenochtitlan se llenaba con el retumbar de las bocinas de don Efrén Camacho. Hoy su equipo de sonido, una torre de bafles pintados a mano con el nombre de "La Conquistadora", está guardado en una bodega de la colonia Morelos.

Don Efrén es uno de los pocos sonideros de la vieja guardia que siguen vivos en Tepito. Empezó en los años setenta poniendo discos de cumbia colombiana que los marinos traían desde Veracruz, y llegó a tener un público que lo seguía de baile en baile por toda la ciudad.

Los bailes callejeros, dice, se volvieron cada vez más difíciles: los permisos de la alcaldía tardan semanas, los vecinos nuevos se quejan del ruido y los jóvenes prefieren escuchar la música en el teléfono. "Antes la gente venía a oír lo que nadie más tenía; ahora todo está en internet", cuenta.

Sus hijos no quisieron seguir con el oficio, pero un grupo de investigadores de la música popular está digitalizando su colección de más de tres mil discos, muchos de ellos ediciones únicas compradas en Barranquilla y en Cali.

El próximo mes, los sonideros del barrio preparan un baile de homenaje en la plaza de Tepito. Don Efrén promete sacar otra vez a "La Conquistadora", aunque sea por una última noche.
"""
write_source('cj18.md', cj18)
write_gold('cj18', family='jekyll',
           title='Los últimos sonideros de Tepito guardan sus bocinas',
           date='2019-11-04', published=False, bylines=['Mauricio Leyva Sandoval'],
           source='Barrio Adentro', section='Cultura',
           body_first_words='Durante cuarenta años, cada sábado por la noche',
           body_last_words='aunque sea por una última noche.',
           boilerplate=['Foto: Barrio Adentro / Karla Nieto'],
           must_keep=['Hoy su equipo de sonido, una torre de bafles pintados a mano con el nombre de "La Conquistadora", está guardado en una bodega de la colonia Morelos.',
                      '"Antes la gente venía a oír lo que nadie más tenía; ahora todo está en internet", cuenta.',
                      'El próximo mes, los sonideros del barrio preparan un baile de homenaje en la plaza de Tepito.'],
           photo_credit='Barrio Adentro / Karla Nieto')

# ---------------------------------------------------------------- cj19 jekyll (leap day, late-night offset, placement first)
cj19 = """---
layout: post
title: "Nacer un 29 de febrero: el Registro Civil capitalino espera 90 actas en el día bisiesto"
date: 2016-02-29T23:50:00-06:00
last_modified_at: 2016-03-01T09:12:00-06:00
author: Elena Saucedo Prieto
categories:
  - Portada
  - Ciudad
tags:
  - Registro Civil
  - bisiesto
site: Metrópoli al Día
---

Cada cuatro años, los juzgados del Registro Civil del Distrito Federal se preparan para un trámite poco común: registrar a las niñas y los niños que nacen un 29 de febrero. Este lunes, las oficinas de la Consejería Jurídica estimaban expedir alrededor de 90 actas de nacimiento con esa fecha.

Para las familias, la fecha suele ser motivo de bromas. "Le vamos a festejar cada año, pero la fiesta grande será cada cuatro", dijo Ximena Loera, quien dio a luz a su primer hijo a las 4:10 de la madrugada en el Hospital General de Xoco.

Los juzgados aclararon que no existe ningún impedimento legal para registrar a una persona con esa fecha y que, en los años que no son bisiestos, la mayoría de edad y otros plazos legales se cuentan a partir del 1 de marzo.

Quienes nacieron un 29 de febrero cuentan que los problemas aparecen en otros lugares: formularios en internet que no aceptan la fecha, sistemas bancarios que marcan error y pasteles que se compran el 28 porque "el día no existe".

En la ciudad viven alrededor de 2 mil 500 personas nacidas en esa fecha, según estimaciones de la propia Consejería, que este año organizó una ceremonia simbólica para entregar las primeras actas del día.
"""
write_source('cj19.md', cj19, eol='crlf')
write_gold('cj19', family='jekyll',
           title='Nacer un 29 de febrero: el Registro Civil capitalino espera 90 actas en el día bisiesto',
           date='2016-02-29', bylines=['Elena Saucedo Prieto'], source='Metrópoli al Día',
           section='Ciudad', placement=['Portada'],
           body_first_words='Cada cuatro años, los juzgados del Registro Civil del Distrito Federal',
           body_last_words='para entregar las primeras actas del día.',
           must_keep=['Este lunes, las oficinas de la Consejería Jurídica estimaban expedir alrededor de 90 actas de nacimiento con esa fecha.',
                      '"Le vamos a festejar cada año, pero la fiesta grande será cada cuatro", dijo Ximena Loera, quien dio a luz a su primer hijo a las 4:10 de la madrugada en el Hospital General de Xoco.',
                      'Quienes nacieron un 29 de febrero cuentan que los problemas aparecen en otros lugares: formularios en internet que no aceptan la fecha, sistemas bancarios que marcan error y pasteles que se compran el 28 porque "el día no existe".'])

# ---------------------------------------------------------------- cj20 jekyll (newsletter archive, published: "false")
cj20 = """---
layout: newsletter
title: "La semana en el Congreso: presupuesto de seguridad, nombramientos pendientes y el regreso a San Lázaro"
edicion: 412
fecha: 2024-01-15
newsletter: El Pulso Legislativo
autora: Regina Mondragón Estrada
published: "false"
---

Buenos días. Esta es la edición 412 de *El Pulso Legislativo*, el boletín que cada lunes te cuenta lo que pasa en las dos cámaras del Congreso de la Unión.

## Lo que tienes que saber

La Comisión Permanente sesionó dos veces la semana pasada. En la sesión del miércoles se aprobaron 31 puntos de acuerdo, la mayoría exhortos a gobiernos estatales, y se turnaron a comisiones 14 iniciativas que tendrán que esperar al periodo ordinario de febrero.

El tema que más discusión generó fue el presupuesto de seguridad. Legisladores de oposición pidieron citar a comparecer al titular de la Secretaría de Seguridad y Protección Ciudadana para explicar el subejercicio del año pasado; la mayoría rechazó la propuesta.

## Pendientes

En el Senado siguen sin resolverse los nombramientos de comisionados en dos órganos reguladores. Las comisiones responsables no han fijado fecha para las comparecencias de los aspirantes.

## Para el calendario

El periodo ordinario comienza el 1 de febrero. Antes, la Cámara de Diputados debe terminar la remodelación de su salón de plenos, que según la Secretaría General estará lista a finales de enero.

Nos leemos el próximo lunes.

---

¿Te reenviaron este correo? [Suscríbete aquí](https://pulsolegislativo.example.mx/suscribete)
Si ya no quieres recibir este boletín, [date de baja](https://pulsolegislativo.example.mx/baja).
"""
write_source('cj20.md', cj20)
write_gold('cj20', family='jekyll',
           title='La semana en el Congreso: presupuesto de seguridad, nombramientos pendientes y el regreso a San Lázaro',
           date='2024-01-15', published=False, bylines=['Regina Mondragón Estrada'],
           source='El Pulso Legislativo',
           body_first_words='Buenos días. Esta es la edición 412 de',
           body_last_words='Nos leemos el próximo lunes.',
           boilerplate=['¿Te reenviaron este correo? [Suscríbete aquí](https://pulsolegislativo.example.mx/suscribete)',
                        'Si ya no quieres recibir este boletín, [date de baja](https://pulsolegislativo.example.mx/baja).'],
           must_keep=['La Comisión Permanente sesionó dos veces la semana pasada.',
                      'Las comisiones responsables no han fijado fecha para las comparecencias de los aspirantes.',
                      'El periodo ordinario comienza el 1 de febrero.'])
