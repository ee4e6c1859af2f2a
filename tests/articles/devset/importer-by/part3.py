#!/usr/bin/env python3
"""importer-by, files 21-30."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- by21 wire (digital outlet, Markdown copy, Mazatlán)
by21 = """**CULTURA** | Marea Alta

## Mazatlán celebra el Día de Muertos con una callejoneada de 20 cuadras

Por [Alejandra Lizárraga Tirado](https://marealta.example.mx/autor/alizarraga) (@alelizarraga_ej) · Reportera
Publicado el 2 de noviembre de 2017 a las 12:05 a.m.

![Catrinas en la calle Constitución](https://marealta.example.mx/wp-content/uploads/2017/11/callejoneada-20171101.jpg)
*Foto: Marea Alta / Juan Carlos Peraza Ochoa*

Miles de personas, muchas de ellas con el rostro pintado de calavera, recorrieron la noche de este miércoles las calles del Centro Histórico de Mazatlán en la tradicional callejoneada del Día de Muertos, que este año se extendió por 20 cuadras, desde la plazuela Machado hasta el panteón número 1.

Al frente del contingente marcharon una banda sinaloense y una comparsa de catrinas gigantes elaboradas por estudiantes de artes plásticas. Detrás, familias enteras cargaban veladoras y fotografías de sus difuntos, mientras los vecinos del barrio ofrecían café de olla y pan de muerto desde las puertas de sus casas. Lee también | Mazatlán alista un Carnaval con temática marina para 2018 Los organizadores calcularon una asistencia de más de 15 mil personas.

En el panteón, decenas de tumbas fueron adornadas con flores de cempasúchil y papel picado. Algunas familias pasaron la noche junto a sus muertos, con música de tambora y comida que, según la tradición, se prepara con los platillos que más disfrutaban en vida.

"Mi papá era músico, así que cada año le traemos a la banda para que le toque sus canciones", contó Ofelia Sánchez, mientras acomodaba una botella de cerveza y un plato de chilorio sobre la lápida.

La Dirección de Cultura municipal informó que la callejoneada transcurrió sin incidentes y que se instalaron módulos de atención médica y de Protección Civil a lo largo del recorrido. Las calles cerradas al tráfico vehicular se reabrieron pasada la medianoche.

📩 Recibe nuestro boletín diario con las noticias del puerto: marealta.example.mx/boletin
"""
write_source('by21.md', by21)
write_gold('by21', family='wire',
           title='Mazatlán celebra el Día de Muertos con una callejoneada de 20 cuadras',
           date='2017-11-02', bylines=['Alejandra Lizárraga Tirado'], source='Marea Alta',
           section='CULTURA',
           body_first_words='Miles de personas, muchas de ellas con el rostro pintado de calavera',
           body_last_words='se reabrieron pasada la medianoche.',
           boilerplate=['Foto: Marea Alta / Juan Carlos Peraza Ochoa',
                        'Lee también | Mazatlán alista un Carnaval con temática marina para 2018',
                        'Recibe nuestro boletín diario con las noticias del puerto: marealta.example.mx/boletin'],
           must_keep=['mientras los vecinos del barrio ofrecían café de olla y pan de muerto desde las puertas de sus casas.',
                      'Los organizadores calcularon una asistencia de más de 15 mil personas.',
                      '"Mi papá era músico, así que cada año le traemos a la banda para que le toque sus canciones", contó Ofelia Sánchez'],
           photo_credit='Marea Alta / Juan Carlos Peraza Ochoa')

# ---------------------------------------------------------------- by22 jekyll (headless CMS, mixed keys, draft, Son.)
by22 = """---
headline: "GUAYMAS | Rescatan a lobo marino enmallado frente a San Carlos"
kicker: Medio ambiente
byline: "Por Fernanda Yocupicio Leyva, con información de AMSI"
fecha: 2018-07-14 06:30 p.m.
estatus: borrador
seccion: Ecología
sitio: Costa de Cortés
tags: [lobo marino, San Carlos, rescate]
imagen: /uploads/2018/07/lobo-marino-san-carlos.jpg
---

Un grupo de buzos y pescadores de San Carlos, en Guaymas, rescató este sábado a un lobo marino que tenía el cuello atrapado en un fragmento de red de pesca, frente a la playa de Los Algodones.

El animal, un macho joven de alrededor de 120 kilos, fue visto por primera vez hace una semana por los prestadores de servicios turísticos que llevan a los visitantes a la isla de San Pedro Nolasco. La red le había provocado una herida profunda que ya mostraba signos de infección.

Los rescatistas, coordinados por personal de la Comisión Nacional de Áreas Naturales Protegidas, tardaron casi dos horas en acercarse al lobo marino sin asustarlo. Una vez inmovilizado sobre una roca, cortaron la red con tijeras especiales y limpiaron la herida con antiséptico.

"Cuando lo soltamos se quedó un rato mirándonos y luego se fue nadando hacia la lobera", relató Joaquín Peralta Murrieta, buzo e instructor de una escuela de buceo de la zona.

Las redes abandonadas, conocidas como redes fantasma, son una de las principales amenazas para la fauna marina del golfo de California. Las autoridades pidieron a los pescadores no tirar al mar los restos de sus artes de pesca y a los visitantes reportar cualquier animal enmallado sin intentar liberarlo por su cuenta.

En lo que va del año se han registrado en la región al menos nueve casos de lobos marinos atrapados en redes.
"""
write_source('by22.md', by22)
write_gold('by22', family='jekyll',
           title='Rescatan a lobo marino enmallado frente a San Carlos',
           date='2018-07-14', published=False, bylines=['Fernanda Yocupicio Leyva'],
           source='Costa de Cortés', section='Ecología',
           body_first_words='Un grupo de buzos y pescadores de San Carlos, en Guaymas',
           body_last_words='al menos nueve casos de lobos marinos atrapados en redes.',
           must_keep=['La red le había provocado una herida profunda que ya mostraba signos de infección.',
                      'Las redes abandonadas, conocidas como redes fantasma, son una de las principales amenazas para la fauna marina del golfo de California.',
                      '"Cuando lo soltamos se quedó un rato mirándonos y luego se fue nadando hacia la lobera", relató Joaquín Peralta Murrieta'])

# ---------------------------------------------------------------- by23 press (state congress, Sonora)
by23 = """H. CONGRESO DEL ESTADO DE SONORA
LXIII LEGISLATURA
Dirección General de Comunicación Social

Boletín 318

APRUEBAN DIPUTADOS REFORMA PARA PROTEGER A JORNALEROS AGRÍCOLAS DEL CALOR EXTREMO

Fotografía: Alán Cota Ruiz

Hermosillo, Sonora, 24 de abril de 2023.- El Pleno del Congreso del Estado aprobó por unanimidad una reforma a la Ley de Protección Civil y a la Ley de Salud del estado para obligar a los empleadores del campo a tomar medidas de protección para las y los jornaleros agrícolas durante las temporadas de calor extremo.

La reforma establece que, cuando las autoridades emitan una alerta por altas temperaturas, los campos agrícolas deberán contar con áreas de sombra, agua potable fresca y periodos de descanso cada dos horas. Además, las jornadas al aire libre tendrán que concentrarse en las primeras horas del día.

En la exposición de motivos, la comisión dictaminadora recordó que en los veranos recientes se han registrado temperaturas superiores a los 48 grados en el valle de Guaymas-Empalme, en la Costa de Hermosillo y en el valle de San Luis Río Colorado, donde trabajan miles de personas provenientes de otros estados.

La diputada que presentó la iniciativa señaló que muchas de las personas afectadas por golpes de calor no reciben atención a tiempo porque los campos están lejos de las unidades médicas. "No puede ser que alguien pierda la vida por ir a trabajar", expresó en tribuna.

Las empresas que incumplan podrán ser sancionadas con multas de hasta mil veces el valor de la Unidad de Medida y Actualización. La reforma entrará en vigor al día siguiente de su publicación en el Boletín Oficial del Gobierno del Estado.

-oOo-

Dirección General de Comunicación Social
comunicacion@congresoson.example.mx
"""
write_source('by23.txt', by23, enc='cp1252', eol='crlf')
write_gold('by23', family='press_release',
           title='APRUEBAN DIPUTADOS REFORMA PARA PROTEGER A JORNALEROS AGRÍCOLAS DEL CALOR EXTREMO',
           date='2023-04-24', source='H. CONGRESO DEL ESTADO DE SONORA',
           bulletin_number='318', issuer='H. CONGRESO DEL ESTADO DE SONORA',
           dateline_city='Hermosillo',
           body_first_words='El Pleno del Congreso del Estado aprobó por unanimidad',
           body_last_words='en el Boletín Oficial del Gobierno del Estado.',
           boilerplate=['LXIII LEGISLATURA', 'Dirección General de Comunicación Social', 'Boletín 318',
                        'Fotografía: Alán Cota Ruiz', 'Hermosillo, Sonora, 24 de abril de 2023.-', '-oOo-',
                        'comunicacion@congresoson.example.mx'],
           must_keep=['Además, las jornadas al aire libre tendrán que concentrarse en las primeras horas del día.',
                      '"No puede ser que alguien pierda la vida por ir a trabajar", expresó en tribuna.',
                      'Las empresas que incumplan podrán ser sancionadas con multas de hasta mil veces el valor de la Unidad de Medida y Actualización.'],
           photo_credit='Alán Cota Ruiz')

# ---------------------------------------------------------------- by24 wire (regional daily web, UTF-16, Son.)
by24 = """Distrito de riego del Valle del Yaqui autoriza 180 mil hectáreas de trigo
Valle del Yaqui Hoy | Agro
Redacción / Con información de INPRE
Cd. Obregón, Son. | Hace 7 horas | 30/09/2014 03:20 p.m.

Foto: Valle del Yaqui Hoy / Archivo

El comité hidráulico del Distrito de Riego 041 Río Yaqui autorizó para el ciclo otoño-invierno la siembra de 180 mil hectáreas de trigo, 30 mil menos que el año pasado, debido a los bajos niveles de almacenamiento en las presas del sistema.

La decisión se tomó en una sesión de casi cinco horas en la que participaron representantes de los módulos de riego, de las organizaciones de productores y de la Comisión Nacional del Agua. Cada productor recibirá cuatro riegos de auxilio en lugar de los cinco habituales.

Los agricultores aceptaron el plan, aunque advirtieron que la reducción afectará a los ejidatarios que rentan sus tierras y a las familias que trabajan en la cosecha. "Con cuatro riegos se puede sacar el trigo si el invierno viene fresco, pero si hace calor en febrero vamos a perder rendimiento", dijo el productor Eduardo Ayala Cota.

La Conagua informó que las presas del sistema del río Yaqui se encuentran a 38 por ciento de su capacidad y que el pronóstico de lluvias para el invierno es incierto. Por ello pidió a los productores nivelar sus parcelas y revisar los canales para evitar pérdidas de agua.

La siembra deberá realizarse entre el 15 de noviembre y el 31 de diciembre. Los productores que siembren fuera de esas fechas no tendrán derecho al agua de riego.

Relacionado: Precio del trigo cristalino repunta en mercados internacionales

VYH
"""
write_source('by24.txt', by24, enc='utf-16-le', eol='crlf', bom=True)
write_gold('by24', family='wire',
           title='Distrito de riego del Valle del Yaqui autoriza 180 mil hectáreas de trigo',
           date='2014-09-30', bylines=[], source='Valle del Yaqui Hoy', section='Agro',
           body_first_words='El comité hidráulico del Distrito de Riego 041 Río Yaqui',
           body_last_words='no tendrán derecho al agua de riego.',
           boilerplate=['Foto: Valle del Yaqui Hoy / Archivo',
                        'Relacionado: Precio del trigo cristalino repunta en mercados internacionales',
                        'VYH'],
           must_keep=['Cada productor recibirá cuatro riegos de auxilio en lugar de los cinco habituales.',
                      'La siembra deberá realizarse entre el 15 de noviembre y el 31 de diciembre.',
                      'Por ello pidió a los productores nivelar sus parcelas y revisar los canales para evitar pérdidas de agua.'],
           photo_credit='Valle del Yaqui Hoy / Archivo')

# ---------------------------------------------------------------- by25 press (state congress, Baja California; Markdown with bold bullets)
by25 = """**CONGRESO DEL ESTADO DE BAJA CALIFORNIA**
XXIV Legislatura
Comunicado 1102

# Aprueban reforma para proteger los humedales de la bahía de San Quintín

- **La iniciativa fue aprobada por unanimidad en sesión ordinaria**
- **Prevé multas para quien rellene humedales o desvíe cauces sin autorización**

**Mexicali, B.C., a 10 de noviembre de 2022.-** El Pleno del Congreso del Estado aprobó por unanimidad una reforma a la Ley de Protección al Ambiente para el Estado de Baja California que reconoce a los humedales costeros como zonas de conservación prioritaria, con especial atención a la bahía de San Quintín y al estero de Punta Banda.

La reforma prohíbe rellenar, drenar o desecar humedales sin un estudio de impacto ambiental aprobado, y establece multas de hasta 20 mil veces el valor de la Unidad de Medida y Actualización para quien lo haga. También obliga a los ayuntamientos a incluir los humedales en sus programas de desarrollo urbano.

Durante la discusión, el diputado presidente de la Comisión de Medio Ambiente explicó que la bahía de San Quintín es una de las zonas más importantes del Pacífico mexicano para las aves migratorias y para el cultivo de ostión, actividad de la que viven cientos de familias de la región.

"Los humedales son la primera defensa de la costa contra las tormentas y el lugar donde nacen muchos de los peces que luego pescamos", afirmó.

Organizaciones civiles de Ensenada y cooperativas ostrícolas, que siguieron la sesión desde las galerías del recinto legislativo, celebraron la aprobación. La reforma será enviada al Poder Ejecutivo para su publicación en el Periódico Oficial del Estado.

###

Contacto: prensa@congresobc.example.mx
"""
write_source('by25.md', by25)
write_gold('by25', family='press_release',
           title='Aprueban reforma para proteger los humedales de la bahía de San Quintín',
           date='2022-11-10', source='CONGRESO DEL ESTADO DE BAJA CALIFORNIA',
           bulletin_number='1102', issuer='CONGRESO DEL ESTADO DE BAJA CALIFORNIA',
           dateline_city='Mexicali',
           body_first_words='El Pleno del Congreso del Estado aprobó por unanimidad una reforma a la Ley de Protección al Ambiente',
           body_last_words='para su publicación en el Periódico Oficial del Estado.',
           boilerplate=['XXIV Legislatura', 'Comunicado 1102', 'Mexicali, B.C., a 10 de noviembre de 2022.-',
                        '###', 'Contacto: prensa@congresobc.example.mx'],
           must_keep=['También obliga a los ayuntamientos a incluir los humedales en sus programas de desarrollo urbano.',
                      '"Los humedales son la primera defensa de la costa contra las tormentas y el lugar donde nacen muchos de los peces que luego pescamos", afirmó.',
                      'La reforma será enviada al Poder Ejecutivo para su publicación en el Periódico Oficial del Estado.'])

# ---------------------------------------------------------------- by26 jekyll (hand-made Jekyll site, Los Mochis)
by26 = """---
layout: nota
title: "Festival del Río Fuerte anuncia cartel con 40 espectáculos gratuitos."
date: 2017-04-12 08:00:00 -0700
permalink: /cultura/2017/04/11/festival-rio-fuerte-cartel/
author: "Por Luz Elena Valdez Bojórquez / Corresponsal en El Fuerte"
categories: [Destacadas, "Cultura y Espectáculos"]
image: /assets/img/2017/03/IMG_20170328_ensayo.jpg
site_name: Tres Ríos Noticias
---

El Festival del Río Fuerte presentó este miércoles el cartel de su edición número doce, que del 5 al 14 de mayo llevará 40 espectáculos gratuitos a las plazas, templos y riberas de El Fuerte, Choix y Los Mochis.  
La programación incluye conciertos de música de cámara, danza contemporánea, teatro para niños y una muestra de cine regional.

Como cada año, el festival dedicará una jornada completa a la cultura yoreme, con danzas de venado y pascola, exposición de máscaras talladas y un encuentro de cantadores tradicionales en la comunidad de Tehueco. Los organizadores buscan que los grupos de las comunidades sean protagonistas y no sólo invitados.

La coordinadora del festival, Maricela Borboa Leyva, explicó que este año se consiguió el apoyo de empresas de la región para cubrir el traslado de los artistas. "Queremos que el festival llegue a los pueblos de la sierra, donde casi nunca hay un concierto", dijo durante la presentación en el Museo Regional de El Fuerte.

El cierre será el domingo 14 de mayo con un concierto de la orquesta juvenil del municipio en la plazuela principal, seguido de fuegos artificiales sobre el río.

Los hoteles de El Fuerte ya reportan reservaciones para los dos fines de semana del festival, y el ayuntamiento habilitará un transporte gratuito entre Los Mochis y la sede principal.
"""
write_source('by26.md', by26)
write_gold('by26', family='jekyll',
           title='Festival del Río Fuerte anuncia cartel con 40 espectáculos gratuitos',
           date='2017-04-12', bylines=['Luz Elena Valdez Bojórquez'], source='Tres Ríos Noticias',
           section='Cultura y Espectáculos', placement=['Destacadas'],
           body_first_words='El Festival del Río Fuerte presentó este miércoles el cartel',
           body_last_words='entre Los Mochis y la sede principal.',
           must_keep=['La programación incluye conciertos de música de cámara, danza contemporánea, teatro para niños y una muestra de cine regional.',
                      'Los organizadores buscan que los grupos de las comunidades sean protagonistas y no sólo invitados.',
                      '"Queremos que el festival llegue a los pueblos de la sierra, donde casi nunca hay un concierto", dijo durante la presentación en el Museo Regional de El Fuerte.'])

# ---------------------------------------------------------------- by27 generic (word-processor text saved as UTF-16 BE)
by27 = """Carne asada en Hermosillo: el ritual del domingo

En Hermosillo nadie pregunta si habrá carne asada el domingo; la pregunta es en casa de quién. Desde media mañana, en los patios de las colonias y en las cocheras techadas con lámina, los asadores de tambo partido por la mitad empiezan a echar humo.

El ritual tiene reglas que casi nadie discute. La carne se compra el sábado en la carnicería de confianza, se sala con sal de grano y, si acaso, un poco de limón. Las tortillas tienen que ser de harina, grandes y delgadas, y la salsa se hace con chiltepín molido en el momento.

El carbón de mezquite es otro asunto serio. Los asadores de experiencia saben cuándo está listo sólo con acercar la mano a la parrilla. "Si aguantas contar hasta cinco, todavía le falta", explica don Arnulfo, que lleva cuarenta años al frente del asador familiar.

Alrededor de la parrilla se resuelven pleitos, se planean bodas y se discute de béisbol. Los niños corren entre las sillas plásticas y las tías preparan frijoles maneados, cebollitas asadas y guacamole.

Con el calor de verano, la carne asada se muda a la noche. Las familias esperan a que baje el sol y encienden el carbón cuando el termómetro todavía marca 40 grados. Nadie se queja: en Sonora el calor es parte del menú.

Para muchos hermosillenses que viven fuera, lo que más extrañan no es la carne, sino la reunión. Por eso, cuando regresan de visita, lo primero que piden es que alguien prenda el asador.

Nota para el editor: confirmar el nombre completo de don Arnulfo antes de publicar.
"""
write_source('by27.txt', by27, enc='utf-16-be', eol='crlf', bom=True)
write_gold('by27', family='generic',
           title='Carne asada en Hermosillo: el ritual del domingo',
           body_first_words='En Hermosillo nadie pregunta si habrá carne asada el domingo',
           body_last_words='lo primero que piden es que alguien prenda el asador.',
           boilerplate=['Nota para el editor: confirmar el nombre completo de don Arnulfo antes de publicar.'],
           must_keep=['El carbón de mezquite es otro asunto serio.',
                      '"Si aguantas contar hasta cinco, todavía le falta", explica don Arnulfo, que lleva cuarenta años al frente del asador familiar.',
                      'Nadie se queja: en Sonora el calor es parte del menú.'])

# ---------------------------------------------------------------- by28 press (university, Ensenada; classic Mac CR line ends)
by28 = """UNIVERSIDAD AUTÓNOMA DE BAJA CALIFORNIA
Coordinación General de Comunicación Social
Boletín No. 087/2018

ENSENADA.- Estudiantes de Oceanología construyen boyas de bajo costo para medir el oleaje

Ensenada, Baja California, 17 de mayo de 2018

Un grupo de ocho estudiantes de la licenciatura en Oceanología de la Universidad Autónoma de Baja California (UABC) diseñó y construyó boyas de bajo costo que miden la altura y el periodo del oleaje y envían los datos en tiempo real a una página de internet de acceso libre.

Cada boya cuesta alrededor de 4 mil pesos, una fracción del precio de los equipos comerciales, y está hecha con tubos de PVC, un sensor de movimiento como los que usan los teléfonos celulares y un pequeño panel solar. Los estudiantes instalaron las dos primeras frente a la playa de San Miguel y en la bahía de Todos Santos.

El proyecto surgió de una petición de los pescadores ribereños y de los surfistas de la zona, que necesitaban información confiable sobre el estado del mar antes de salir. "Un pescador nos dijo que él se guiaba por el ruido de las olas en la madrugada; queríamos darle algo más", contó una de las integrantes del equipo.

El profesor que asesora al grupo explicó que los datos también servirán para estudiar la erosión de las playas y los efectos de las marejadas de invierno sobre la costa de Ensenada.

Los estudiantes buscan ahora financiamiento para instalar cinco boyas más a lo largo de la costa entre Tijuana y San Quintín, y compartirán el diseño con otras universidades del país.

oo0oo

Coordinación General de Comunicación Social
Tel. 646 555 0290
"""
write_source('by28.txt', by28, eol='cr')
write_gold('by28', family='press_release',
           title='Estudiantes de Oceanología construyen boyas de bajo costo para medir el oleaje',
           date='2018-05-17', source='UNIVERSIDAD AUTÓNOMA DE BAJA CALIFORNIA',
           bulletin_number='087/2018', issuer='UNIVERSIDAD AUTÓNOMA DE BAJA CALIFORNIA',
           dateline_city='Ensenada',
           body_first_words='Un grupo de ocho estudiantes de la licenciatura en Oceanología',
           body_last_words='compartirán el diseño con otras universidades del país.',
           boilerplate=['Coordinación General de Comunicación Social', 'Boletín No. 087/2018',
                        'Ensenada, Baja California, 17 de mayo de 2018', 'oo0oo', 'Tel. 646 555 0290'],
           must_keep=['Los estudiantes instalaron las dos primeras frente a la playa de San Miguel y en la bahía de Todos Santos.',
                      '"Un pescador nos dijo que él se guiaba por el ruido de las olas en la madrugada; queríamos darle algo más", contó una de las integrantes del equipo.',
                      'El profesor que asesora al grupo explicó que los datos también servirán para estudiar la erosión de las playas'])

# ---------------------------------------------------------------- by29 bad (word-processor .docx attachment saved as .txt)
docx = (b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xdf\xa4\xd2lZ\x01\x00\x00 \x05\x00\x00'
        b'\x13\x00\x08\x02[Content_Types].xml \xa2\x04\x02(\xa0\x00\x02\x00\x00\x00\x00\x00'
        + bytes(range(256)) * 2 +
        b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\x1e\x91\x1a\xb7\xef\x00\x00\x00N\x02\x00\x00'
        b'\x0b\x00\x08\x02_rels/.rels \xa2\x04\x02(\xa0\x00\x02'
        + b'\x00\x9c\x8d\xcb\x0e\x82\x30\x10\x45\xf7\x26\xfe\xc3\x64\xf6\xd4\x42\x8d\x31\x84\x82' * 6 +
        b'word/document.xml\x00\x00PK\x05\x06\x00\x00\x00\x00\x03\x00\x03\x00\xc1\x00\x00\x00\x8a\x04\x00\x00\x00\x00')
write_source('by29.txt', raw=docx)
write_gold('by29', family='bad',
           refusal_reason='El archivo es un documento de Word (.docx, binario comprimido) guardado con extensión .txt; no es texto legible.')

# ---------------------------------------------------------------- by30 jekyll (headless CMS, date only in the canonical URL, Son.)
by30 = """---
title: "Puerto Peñasco alista el Festival del Camarón con récord de visitantes"
section: Turismo
publishDate: ""
canonicalUrl: "https://penascoaldia.example.mx/2019/11/08/festival-camaron-record-visitantes/"
coverImage: "/uploads/2019/10/camaron-festival-2018.jpg"
authors:
  - {name: "Iván Cruz Lugo", handle: "@ivancruzlugo_ej"}
  - {name: "Paola Enríquez Valle", handle: "@paoenriquezv_ej"}
siteName: "Puerto Peñasco al Día"
draft: false
---

Con la ocupación hotelera al 95 por ciento, Puerto Peñasco se prepara para recibir a partir de este viernes a más de 30 mil visitantes durante el Festival del Camarón, que durante tres días reunirá a cocineros, pescadores y músicos en el malecón Fundadores.

Los organizadores esperan superar la asistencia del año pasado gracias a la apertura de nuevos vuelos desde Phoenix y al aumento de visitantes que llegan por carretera desde Arizona y desde Hermosillo. La mayoría de los hoteles de playa Sandy y playa Hermosa reportan reservaciones completas.

El festival incluye un concurso de platillos con camarón en el que participan 18 restaurantes locales, así como demostraciones de los pescadores de la cooperativa sobre cómo se limpia y se clasifica el producto. Habrá también una zona para niños y conciertos por la noche.

Francisco Murrieta Soto, presidente de una de las cooperativas camaroneras del puerto, dijo que el festival ayuda a que los visitantes valoren el trabajo de la flota. "Mucha gente come camarón y no sabe que detrás hay familias que pasan semanas en el mar", comentó.

Las autoridades municipales anunciaron un operativo de seguridad y vialidad en el malecón y recomendaron a los asistentes llegar a pie o en transporte público, ya que los estacionamientos de la zona se llenan desde temprano.
"""
write_source('by30.md', by30)
write_gold('by30', family='jekyll',
           title='Puerto Peñasco alista el Festival del Camarón con récord de visitantes',
           date='2019-11-08', bylines=['Iván Cruz Lugo', 'Paola Enríquez Valle'],
           source='Puerto Peñasco al Día', section='Turismo',
           body_first_words='Con la ocupación hotelera al 95 por ciento, Puerto Peñasco',
           body_last_words='se llenan desde temprano.',
           must_keep=['La mayoría de los hoteles de playa Sandy y playa Hermosa reportan reservaciones completas.',
                      'Habrá también una zona para niños y conciertos por la noche.',
                      '"Mucha gente come camarón y no sabe que detrás hay familias que pasan semanas en el mar", comentó.'])
