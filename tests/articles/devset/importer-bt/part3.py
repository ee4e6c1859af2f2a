#!/usr/bin/env python3
"""importer-bt, files 21-30."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bt21 press (state DIF, 2020, cp1252, mixed EOL, hashtags before the end marker)
bt21 = """**SISTEMA ESTATAL DIF PUEBLA**
Comunicado 071/2020

**DIF Estatal entrega 12 mil paquetes alimentarios a personas adultas mayores durante la contingencia**

Puebla, Pue., 15 de mayo de 2020.- El Sistema Estatal para el Desarrollo Integral de la Familia (SEDIF) concluyó la primera etapa de entrega de paquetes alimentarios a personas adultas mayores que viven solas, con 12 mil apoyos distribuidos en 95 municipios durante las semanas de la contingencia sanitaria.

Para evitar aglomeraciones, la entrega se hizo casa por casa, con personal que usó cubrebocas y careta, y con la ayuda de los sistemas municipales DIF, que elaboraron los padrones de beneficiarios a partir de las visitas de sus trabajadoras sociales.

Cada paquete contiene arroz, frijol, lentejas, avena, aceite, atún, leche en polvo y productos de limpieza, suficientes para alrededor de dos semanas. En las comunidades de la Sierra Norte y la Sierra Negra se incluyó además maíz en grano.

La directora general del organismo explicó que la segunda etapa comenzará en junio y dará prioridad a las personas con discapacidad y a las familias en las que alguno de sus integrantes perdió el empleo. «Nadie debería tener que escoger entre salir a trabajar y poner en riesgo su salud, o quedarse en casa sin comer», señaló.

Las personas interesadas en recibir el apoyo pueden solicitar una visita al DIF de su municipio; el organismo estatal no pide pagos ni intermediarios para incluir a nadie en los padrones.

#QuédateEnCasa #SanaDistancia #DIFPuebla

###

Coordinación de Comunicación Social SEDIF
comunicacion@difpuebla-prensa.example.mx | 222 555 7810
"""
write_source('bt21.md', bt21, enc='cp1252', eol=('mixed', 6))
ISS21 = 'SISTEMA ESTATAL DIF PUEBLA'
write_gold('bt21', family='press_release',
           title='DIF Estatal entrega 12 mil paquetes alimentarios a personas adultas mayores durante la contingencia',
           date='2020-05-15', source=ISS21, bulletin_number='071/2020', issuer=ISS21,
           dateline_city='Puebla',
           body_first_words='El Sistema Estatal para el Desarrollo Integral de la Familia (SEDIF) concluyó',
           body_last_words='no pide pagos ni intermediarios para incluir a nadie en los padrones.',
           boilerplate=['Comunicado 071/2020', 'Puebla, Pue., 15 de mayo de 2020.-',
                        '#QuédateEnCasa #SanaDistancia #DIFPuebla', '###',
                        'Coordinación de Comunicación Social SEDIF',
                        'comunicacion@difpuebla-prensa.example.mx | 222 555 7810'],
           must_keep=['En las comunidades de la Sierra Norte y la Sierra Negra se incluyó además maíz en grano.',
                      '«Nadie debería tener que escoger entre salir a trabajar y poner en riesgo su salud, o quedarse en casa sin comer», señaló.',
                      'Cada paquete contiene arroz, frijol, lentejas, avena, aceite, atún, leche en polvo y productos de limpieza, suficientes para alrededor de dos semanas.'])

# ---------------------------------------------------------------- bt22 jekyll (2022 Arc-style export flattened to dotted keys; an update and a correction inside the story)
bt22 = """---
_id: "J3PXQ2M7RFDK5AZ4WQ7N6HTB2E"
type: "story"
website: "talavera-metropoli"
website_name: "Talavera Metrópoli"
"headlines.basic": "Cerrarán tres días el paso a desnivel de la 31 Poniente para reparar juntas"
"credits.by.0.name": "Hugo Tzompantzi Sarmiento"
"credits.by.0.type": "author"
"credits.by.1.name": "Daniela Méndez Cuapio"
"credits.by.1.type": "author"
"taxonomy.primary_section.name": "Metrópoli"
"taxonomy.primary_section._id": "/metropoli"
"display_date": "2022-03-08T19:10:00.000Z"
"first_publish_date": "2022-03-08T19:10:00.000Z"
"publish_date": "2022-03-09T02:05:41.000Z"
"planning.story_length.word_count_actual": 312
---

El Ayuntamiento de Puebla cerrará a partir del miércoles 9 de marzo y durante tres días el paso a desnivel de la 31 Poniente a la altura de la 11 Sur, para sustituir las juntas de dilatación que se dañaron con el paso del transporte de carga.

Los trabajos se realizarán las 24 horas en tres turnos. Durante el cierre, los vehículos que circulan de oriente a poniente deberán incorporarse a la lateral y cruzar la 11 Sur con semáforo, donde se colocarán agentes de vialidad para agilizar el tránsito.

La Secretaría de Movilidad municipal recomendó usar como alternativas la 25 Poniente y el bulevar Circunvalación, y salir con anticipación, sobre todo en las horas de entrada a escuelas y oficinas. El transporte público mantendrá sus rutas, aunque con desvíos por la lateral.

El director de Obra Pública explicó que las juntas actuales tienen más de quince años y que su deterioro provocaba golpes en los vehículos y filtraciones hacia la estructura. "Si no se cambian ahora, en dos o tres años estaríamos hablando de una reparación mucho más cara", dijo.

**Actualización 20:00 h.** El Ayuntamiento informó por la noche que el cierre comenzará a las 22:00 horas del miércoles y no a las 6:00, como se había anunciado originalmente, para afectar menos la circulación del primer día.

Comerciantes de la zona pidieron que se mantenga abierto el acceso a sus estacionamientos durante las obras.

*Fe de erratas: En una versión anterior de esta nota se informó que el cierre comenzaría el jueves 10 de marzo. La fecha correcta es el miércoles 9 de marzo. Ofrecemos una disculpa a nuestros lectores.*
"""
write_source('bt22.md', bt22)
write_gold('bt22', family='jekyll',
           title='Cerrarán tres días el paso a desnivel de la 31 Poniente para reparar juntas',
           date='2022-03-08', bylines=['Hugo Tzompantzi Sarmiento', 'Daniela Méndez Cuapio'],
           source='Talavera Metrópoli', section='Metrópoli',
           body_first_words='El Ayuntamiento de Puebla cerrará a partir del miércoles 9 de marzo',
           body_last_words='Ofrecemos una disculpa a nuestros lectores.',
           must_keep=['El Ayuntamiento informó por la noche que el cierre comenzará a las 22:00 horas del miércoles y no a las 6:00, como se había anunciado originalmente, para afectar menos la circulación del primer día.',
                      'Fe de erratas: En una versión anterior de esta nota se informó que el cierre comenzaría el jueves 10 de marzo.',
                      'La fecha correcta es el miércoles 9 de marzo.',
                      'Los trabajos se realizarán las 24 horas en tres turnos.'])

# ---------------------------------------------------------------- bt23 wire (regional agency, 2023, Markdown with every kind of teaser and pitch)
bt23 = """**Medio ambiente**

## Popocatépetl: suspenden clases presenciales en 11 municipios por caída de ceniza

*Agencia Informativa Golfo Centro* | Por Brenda Quechol Arenas | 20 de mayo de 2023

Foto: AIGC / Archivo

PUEBLA, Pue. (AIGC).— La Secretaría de Educación de Puebla suspendió a partir del lunes las clases presenciales en escuelas de 11 municipios cercanos al volcán Popocatépetl, luego de que el semáforo de alerta volcánica cambió a amarillo fase 3 por el aumento de la actividad explosiva.

La medida alcanza a planteles de todos los niveles en municipios como San Nicolás de los Ranchos, Tochimilco, Atlixco y Huejotzingo, donde la caída de ceniza ha sido constante durante la semana. Las clases continuarán a distancia mientras dure la emergencia. Te puede interesar | Aeropuerto de Puebla suspende operaciones por ceniza Las autoridades estatales informaron que también se revisan las rutas de evacuación y que los albergues están listos, aunque por ahora no se ha ordenado ninguna evacuación.

Brigadas de Protección Civil recorrieron las comunidades para repartir cubrebocas y explicar a la población cómo proteger los depósitos de agua. En Santiago Xalitzintla, la comunidad más cercana al cráter, los pobladores barrieron desde temprano los techos y las calles.

"Ya estamos acostumbrados a vivir con él, pero esta vez la ceniza no ha parado en días", dijo Eusebio Pérez Tlacotla, comerciante de la plaza principal.

El Centro Nacional de Prevención de Desastres explicó que la fase 3 del semáforo amarillo no implica una evacuación automática, sino un mayor nivel de preparación. El radio de seguridad alrededor del cráter se amplió a 12 kilómetros.

📩 Suscríbete a nuestro newsletter y recibe cada mañana las noticias de Puebla y Tlaxcala.

**MÁS NOTICIAS**
- Productores de Atlixco reportan pérdidas en hortalizas por la ceniza
- ¿Qué hacer si cae ceniza en tu casa? Guía rápida
"""
write_source('bt23.md', bt23)
write_gold('bt23', family='wire',
           title='Popocatépetl: suspenden clases presenciales en 11 municipios por caída de ceniza',
           date='2023-05-20', bylines=['Brenda Quechol Arenas'],
           source='Agencia Informativa Golfo Centro', section='Medio ambiente',
           body_first_words='La Secretaría de Educación de Puebla suspendió a partir del lunes',
           body_last_words='El radio de seguridad alrededor del cráter se amplió a 12 kilómetros.',
           boilerplate=['Foto: AIGC / Archivo', 'PUEBLA, Pue. (AIGC).—',
                        'Te puede interesar | Aeropuerto de Puebla suspende operaciones por ceniza',
                        'Suscríbete a nuestro newsletter y recibe cada mañana las noticias de Puebla y Tlaxcala.',
                        'MÁS NOTICIAS',
                        'Productores de Atlixco reportan pérdidas en hortalizas por la ceniza',
                        '¿Qué hacer si cae ceniza en tu casa? Guía rápida'],
           must_keep=['Las clases continuarán a distancia mientras dure la emergencia.',
                      'Las autoridades estatales informaron que también se revisan las rutas de evacuación y que los albergues están listos, aunque por ahora no se ha ordenado ninguna evacuación.',
                      '"Ya estamos acostumbrados a vivir con él, pero esta vez la ceniza no ha parado en días", dijo Eusebio Pérez Tlacotla, comerciante de la plaza principal.'],
           photo_credit='AIGC / Archivo')

# ---------------------------------------------------------------- bt24 press (state congress, 2023: official-letter layout, the dateline comes at the end after ATENTAMENTE)
bt24 = """H. CONGRESO DEL ESTADO DE PUEBLA
LXI LEGISLATURA
Boletín 893

Aprueba Congreso que los municipios publiquen sus reglamentos de tránsito también en lenguas indígenas

Con 36 votos a favor, ninguno en contra y dos abstenciones, el Pleno del Congreso del Estado aprobó una reforma a la Ley Orgánica Municipal para que los ayuntamientos con población indígena publiquen sus reglamentos de tránsito, vialidad y protección civil también en las lenguas que se hablan en su territorio.

La reforma obliga a los municipios a traducir, en un plazo de dos años, al menos los capítulos que establecen obligaciones, infracciones y sanciones, y a difundirlos por medios impresos, en la radio comunitaria y en las redes sociales oficiales.

La diputada que presentó la iniciativa explicó en tribuna que en municipios de la Sierra Norte y de la Sierra Negra muchas personas reciben multas por faltas que no conocían, porque los reglamentos sólo existen en español. "No se puede exigir el cumplimiento de una norma que la gente no puede leer en su propia lengua", afirmó.

Según el dictamen, en el estado se hablan siete lenguas indígenas, entre ellas el náhuatl, el totonaco, el popoloca y el mazateco, y más de 600 mil personas son hablantes de alguna de ellas.

Los ayuntamientos podrán pedir apoyo a instituciones académicas y al instituto estatal de pueblos indígenas para las traducciones. La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.

ATENTAMENTE
Dirección General de Comunicación Social
Heroica Puebla de Zaragoza, a 3 de agosto de 2023
"""
write_source('bt24.txt', bt24, bom=True)
ISS24 = 'H. CONGRESO DEL ESTADO DE PUEBLA'
write_gold('bt24', family='press_release',
           title='Aprueba Congreso que los municipios publiquen sus reglamentos de tránsito también en lenguas indígenas',
           date='2023-08-03', source=ISS24, bulletin_number='893', issuer=ISS24,
           dateline_city='Heroica Puebla de Zaragoza',
           body_first_words='Con 36 votos a favor, ninguno en contra y dos abstenciones',
           body_last_words='al día siguiente de su publicación en el Periódico Oficial del Estado.',
           boilerplate=['LXI LEGISLATURA', 'Boletín 893', 'ATENTAMENTE',
                        'Dirección General de Comunicación Social',
                        'Heroica Puebla de Zaragoza, a 3 de agosto de 2023'],
           must_keep=['"No se puede exigir el cumplimiento de una norma que la gente no puede leer en su propia lengua", afirmó.',
                      'La reforma obliga a los municipios a traducir, en un plazo de dos años, al menos los capítulos que establecen obligaciones, infracciones y sanciones',
                      'Los ayuntamientos podrán pedir apoyo a instituciones académicas y al instituto estatal de pueblos indígenas para las traducciones.'])

# ---------------------------------------------------------------- bt25 jekyll (2024 headless CMS exported for Hugo: TOML front matter, live-blog body)
bt25 = """+++
title = "Jornada electoral en Puebla, en vivo: así se vivió la votación en la capital"
slug = "jornada-electoral-puebla-en-vivo"
date = 2024-06-02T21:45:00-06:00
lastmod = 2024-06-03T01:10:00-06:00
draft = false
authors = ["Karla Ahuactzin Pérez", "Óscar Tlachi Rosas"]
sections = ["Elecciones 2024"]
tags = ["elecciones", "casillas", "participación"]
liveblog = true
site_name = "Talavera+"

[cover]
image = "/media/2024/06/casilla-centro.jpg"
caption = "Votantes hacen fila en una casilla del Centro Histórico."
+++

21:40 h — Con el cierre de las últimas casillas especiales en la capital, termina nuestra cobertura minuto a minuto. Los resultados preliminares se actualizarán durante la noche en el sitio del organismo electoral.

19:20 h — En la casilla especial instalada junto a la central de autobuses, la fila todavía daba vuelta a la manzana una hora después del horario de cierre. Los funcionarios explicaron que podrán votar todas las personas que estaban formadas a las 18:00 horas.

17:05 h — Observadores electorales de una universidad local reportaron que la jornada transcurrió en calma en la mayoría de las secciones que recorrieron, con incidentes menores por la falta de boletas en dos casillas especiales.

13:30 h — Las familias aprovecharon el domingo para votar juntas. En la colonia Santa María, una mujer de 96 años llegó en silla de ruedas acompañada por sus nietos. "Vengo desde que se votaba con credencial de papel", contó.

10:15 h — Se reportan filas largas en las casillas del Centro Histórico y de la zona de Angelópolis. En varias secciones los funcionarios de casilla llegaron tarde y la instalación se retrasó hasta media hora.

08:00 h — Buenos días. Desde este espacio seguiremos la jornada electoral en la capital poblana, con reportes de nuestros periodistas en las casillas.
"""
write_source('bt25.md', bt25)
write_gold('bt25', family='jekyll',
           title='Jornada electoral en Puebla, en vivo: así se vivió la votación en la capital',
           date='2024-06-02', bylines=['Karla Ahuactzin Pérez', 'Óscar Tlachi Rosas'],
           source='Talavera+', section='Elecciones 2024',
           body_first_words='21:40 h — Con el cierre de las últimas casillas especiales',
           body_last_words='con reportes de nuestros periodistas en las casillas.',
           must_keep=['Los funcionarios explicaron que podrán votar todas las personas que estaban formadas a las 18:00 horas.',
                      '"Vengo desde que se votaba con credencial de papel", contó.',
                      'En varias secciones los funcionarios de casilla llegaron tarde y la instalación se retrasó hasta media hora.'])

# ---------------------------------------------------------------- bt26 generic (interview transcript saved by Word as "Unicode text": UTF-16 LE, CRLF)
bt26 = """Rosario Pérez Tlapanco, maestra de talavera: "Cada pieza tarda tres meses"

Rosario Pérez Tlapanco aprendió a trabajar el barro a los doce años, en el taller de su abuelo en el barrio de la Luz. Hoy dirige un pequeño taller donde trabajan seis personas y donde cada plato, cada jarrón y cada azulejo se hacen a mano, como hace cuatro siglos.

—¿Por qué tarda tanto una pieza?

—Porque el barro tiene sus tiempos. Primero se mezclan dos tierras, una negra y una rosa, y se dejan reposar en agua. Luego se pisa, se amasa, se moldea en el torno y se deja secar semanas a la sombra. Después viene la primera quema, el esmalte, la pintura y la segunda quema. Si uno se apura, la pieza se cuartea.

—¿Qué es lo más difícil?

—Pintar. Los colores se ven casi iguales antes de hornear; el azul parece gris y el amarillo parece café. Hay que saber de memoria cómo va a quedar cada trazo. Eso no se aprende en un curso, se aprende con los años.

—¿Le preocupa que se pierda el oficio?

—Me preocupa más que se confunda. En los mercados venden como talavera cosas que son de fábrica, pintadas con calcomanía. La gente ve un azul bonito y piensa que es lo mismo, pero no dura ni tiene la misma historia.

—¿Qué le diría a alguien que quiere aprender?

—Que tenga paciencia y que venga al taller. Aquí nadie empieza pintando. Los primeros meses se barre, se amasa y se mira. Mi abuelo decía que el barro escoge a quién se deja trabajar.
"""
write_source('bt26.txt', bt26, enc='utf-16-le', eol='crlf', bom=True)
write_gold('bt26', family='generic',
           title='Rosario Pérez Tlapanco, maestra de talavera: "Cada pieza tarda tres meses"',
           body_first_words='Rosario Pérez Tlapanco aprendió a trabajar el barro a los doce años',
           body_last_words='Mi abuelo decía que el barro escoge a quién se deja trabajar.',
           must_keep=['—¿Por qué tarda tanto una pieza?', 'Si uno se apura, la pieza se cuartea.',
                      'En los mercados venden como talavera cosas que son de fábrica, pintadas con calcomanía.'])

# ---------------------------------------------------------------- bt27 press (state education ministry, 2026: HTML e-mail newsletter flattened to text)
bt27 = """¿No puedes ver este correo? Ábrelo en tu navegador <https://comunicados.sep-puebla.example.mx/v/045-2026>

[image: Gobierno del Estado de Puebla]

SECRETARÍA DE EDUCACIÓN DEL ESTADO DE PUEBLA
Comunicado SEP-PUE/CS/045/2026

Abre la preinscripción a preescolar, primaria y secundaria para el ciclo escolar 2026-2027

Puebla, Pue., 12 de enero de 2026.- La Secretaría de Educación del Estado de Puebla informó que del 2 al 13 de febrero estará abierta la preinscripción en línea para el primer grado de preescolar, primaria y secundaria de las escuelas públicas del estado, correspondiente al ciclo escolar 2026-2027.

Madres, padres y tutores deberán registrarse en la plataforma de preinscripción con la CURP de la niña o el niño y elegir hasta tres escuelas en orden de preferencia. El sistema asignará los lugares de acuerdo con la cercanía del domicilio, la presencia de hermanos en el plantel y la disponibilidad de espacios.

Quienes no cuenten con internet o con un dispositivo podrán acudir a cualquiera de las 22 Coordinaciones Regionales de Desarrollo Educativo, donde personal de la Secretaría les ayudará a completar el trámite sin costo.

Para primer grado de primaria, las niñas y los niños deberán tener seis años cumplidos al 31 de diciembre de 2026; para preescolar, tres años a la misma fecha.

Los resultados de la asignación se publicarán en la misma plataforma durante la segunda quincena de mayo. La Secretaría recordó que la preinscripción es gratuita y que ninguna escuela puede condicionarla al pago de cuotas.

oo0oo

[image: Facebook] <https://facebook.example.mx/SEPPueblaEj> [image: X] <https://x.example.mx/SEPPueblaEj>
Recibiste este correo porque estás registrado en la lista de medios de la Secretaría de Educación. Darte de baja <https://comunicados.sep-puebla.example.mx/baja>
"""
write_source('bt27.txt', bt27, eol='crlf')
ISS27 = 'SECRETARÍA DE EDUCACIÓN DEL ESTADO DE PUEBLA'
write_gold('bt27', family='press_release',
           title='Abre la preinscripción a preescolar, primaria y secundaria para el ciclo escolar 2026-2027',
           date='2026-01-12', source=ISS27, bulletin_number='SEP-PUE/CS/045/2026', issuer=ISS27,
           dateline_city='Puebla',
           body_first_words='La Secretaría de Educación del Estado de Puebla informó que del 2 al 13 de febrero',
           body_last_words='ninguna escuela puede condicionarla al pago de cuotas.',
           boilerplate=['¿No puedes ver este correo? Ábrelo en tu navegador <https://comunicados.sep-puebla.example.mx/v/045-2026>',
                        '[image: Gobierno del Estado de Puebla]', 'Comunicado SEP-PUE/CS/045/2026',
                        'Puebla, Pue., 12 de enero de 2026.-', 'oo0oo',
                        '[image: Facebook] <https://facebook.example.mx/SEPPueblaEj> [image: X] <https://x.example.mx/SEPPueblaEj>',
                        'Recibiste este correo porque estás registrado en la lista de medios de la Secretaría de Educación.',
                        'Darte de baja <https://comunicados.sep-puebla.example.mx/baja>'],
           must_keep=['El sistema asignará los lugares de acuerdo con la cercanía del domicilio, la presencia de hermanos en el plantel y la disponibilidad de espacios.',
                      'Para primer grado de primaria, las niñas y los niños deberán tener seis años cumplidos al 31 de diciembre de 2026; para preescolar, tres años a la misma fecha.',
                      'Quienes no cuenten con internet o con un dispositivo podrán acudir a cualquiera de las 22 Coordinaciones Regionales de Desarrollo Educativo'])

# ---------------------------------------------------------------- bt28 wire (2026 agency feed: KEY: value header block, TEXTO:, FIN DE NOTA)
bt28 = """AGENCIA: Servicio Informativo Cuatro Volcanes (SICV)
CLAVE: PUE-260213-017
FECHA: 13/02/2026 18:05
SECCIÓN: Economía
PRIORIDAD: Normal
AUTOR: Tomás Coyotl Herrera
PALABRAS: 298
TITULAR: Agricultores del valle de Tehuacán amplían invernaderos de jitomate pese a la escasez de agua
TEXTO:
TEHUACÁN, Pue. (SICV).- Productores del valle de Tehuacán ampliaron en el último año en alrededor de 300 hectáreas la superficie de invernaderos de jitomate, a pesar de que el nivel de los pozos de la región sigue bajando, de acuerdo con un estudio de una universidad pública del estado presentado este viernes.

El estudio, realizado con imágenes de satélite y recorridos de campo, calcula que en el valle ya hay cerca de 2 mil 400 hectáreas cubiertas, la mayor parte dedicadas a jitomate de exportación que se vende en Estados Unidos y Canadá.

Los investigadores advierten que los invernaderos usan menos agua por kilo producido que la agricultura a cielo abierto, pero que su crecimiento ha aumentado la extracción total del acuífero, porque muchas parcelas que antes eran de temporal ahora se riegan todo el año.

Representantes de los productores respondieron que la mayoría de las empresas ya utiliza riego por goteo y sistemas de recirculación, y que están dispuestas a financiar obras de captación de lluvia. "El agua es nuestro principal insumo; somos los primeros interesados en cuidarla", dijo Fernando Tehuitzil Ponce, presidente de una asociación de agricultores.

Comunidades de la zona, en cambio, se quejan de que sus pozos comunitarios se han secado o se han tenido que perforar a mayor profundidad. El estudio recomienda actualizar el padrón de concesiones y medir el volumen que extrae cada pozo.
FIN DE NOTA
Material para uso exclusivo de clientes del SICV. Prohibida su reventa.
"""
write_source('bt28.txt', bt28)
write_gold('bt28', family='wire',
           title='Agricultores del valle de Tehuacán amplían invernaderos de jitomate pese a la escasez de agua',
           date='2026-02-13', bylines=['Tomás Coyotl Herrera'],
           source='Servicio Informativo Cuatro Volcanes', section='Economía',
           body_first_words='Productores del valle de Tehuacán ampliaron en el último año',
           body_last_words='medir el volumen que extrae cada pozo.',
           boilerplate=['CLAVE: PUE-260213-017', 'PRIORIDAD: Normal', 'PALABRAS: 298',
                        'TEHUACÁN, Pue. (SICV).-', 'FIN DE NOTA',
                        'Material para uso exclusivo de clientes del SICV.', 'Prohibida su reventa.'],
           must_keep=['El estudio, realizado con imágenes de satélite y recorridos de campo, calcula que en el valle ya hay cerca de 2 mil 400 hectáreas cubiertas',
                      '"El agua es nuestro principal insumo; somos los primeros interesados en cuidarla", dijo Fernando Tehuitzil Ponce, presidente de una asociación de agricultores.',
                      'El estudio recomienda actualizar el padrón de concesiones y medir el volumen que extrae cada pozo.'])

# ---------------------------------------------------------------- bt29 jekyll (2025 headless CMS export, explainer never published: status draft, publishedAt null)
bt29 = """---
headline: "¿Qué es el gusano barrenador y por qué preocupa a los ganaderos de Puebla?"
slug: que-es-gusano-barrenador-puebla
status: draft
publishedAt: null
createdAt: "2025-06-11T17:20:41.118Z"
updatedAt: "2025-06-12T15:02:09.530Z"
locale: es-MX
authors:
  - name: Lucía Tecpanécatl Ruiz
    slug: lucia-tecpanecatl
category:
  name: Explicadores
  slug: explicadores
site_name: Talavera Verifica
---

El gusano barrenador volvió a aparecer en el sur del país y los ganaderos de Puebla siguen con atención los reportes. Aquí explicamos qué es, cómo se detecta y qué pueden hacer quienes crían animales.

## ¿Qué es?

Es la larva de una mosca que deposita sus huevos en heridas abiertas de animales de sangre caliente, incluidos el ganado, los perros y, en casos raros, las personas. Al nacer, las larvas se alimentan del tejido vivo y agrandan la herida.

## ¿Por qué preocupa?

Porque una infestación que no se atiende a tiempo puede matar a un becerro en pocos días, y porque la presencia de la plaga puede llevar a restricciones para mover y vender ganado. Durante décadas se controló con la liberación de moscas estériles.

## ¿Cómo se detecta?

Los signos más comunes son heridas que no sanan, con mal olor y movimiento visible de larvas, y animales inquietos que se lamen o rascan constantemente. El ombligo de los recién nacidos es un punto especialmente vulnerable.

## ¿Qué hacer?

Revisar a diario a los animales, curar cualquier herida con productos autorizados y reportar de inmediato cualquier caso sospechoso a las autoridades de sanidad animal. No hay que extraer las larvas y tirarlas a la basura: deben conservarse en alcohol para su análisis.
"""
write_source('bt29.md', bt29)
write_gold('bt29', family='jekyll',
           title='¿Qué es el gusano barrenador y por qué preocupa a los ganaderos de Puebla?',
           date=None, published=False, bylines=['Lucía Tecpanécatl Ruiz'],
           source='Talavera Verifica', section='Explicadores',
           body_first_words='El gusano barrenador volvió a aparecer en el sur del país',
           body_last_words='deben conservarse en alcohol para su análisis.',
           must_keep=['Durante décadas se controló con la liberación de moscas estériles.',
                      'El ombligo de los recién nacidos es un punto especialmente vulnerable.',
                      'Al nacer, las larvas se alimentan del tejido vivo y agrandan la herida.'])

# ---------------------------------------------------------------- bt30 bad (headless CMS export: front matter only, empty body field, nothing after the fence)
bt30 = """---
id: 48213
documentId: "q7k2m9x4v1c8b5n3"
title: "Cierran la Vía Atlixcáyotl por el desfile del 5 de Mayo"
publishedAt: "2024-05-05T08:00:00.000-06:00"
status: published
body: ""
blocks: []
site_name: Talavera+
---


"""
write_source('bt30.md', bt30)
write_gold('bt30', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) con el campo body vacío; no tiene cuerpo de texto.')
