"""Files av21-av30."""
import zlib

from common import write_source, write_gold, NBSP


def fx(t):
    # '¤' -> NBSP, '<TS>' -> trailing spaces
    return t.replace('¤', NBSP).replace('<TS>', '   ')


# ---------------------------------------------------------------- av21 jekyll (hand-written, loose values)
t21 = '''---
layout: post
title: "Humedales de Almoloya del Río: vecinos y académicos piden frenar el relleno de la ciénega"
date: 2021-6-3
author: "Por Mariana Zúñiga Becerril"
category: Medio Ambiente
tags: agua, Lerma, humedales
site: Lerma Vivo
---

Habitantes de Almoloya del Río e investigadores de la universidad pública del estado denunciaron que al menos cinco hectáreas de la ciénega de Chignahuapan, uno de los últimos humedales del Alto Lerma, fueron rellenadas con cascajo en los últimos meses para construir bodegas y canchas.

El biólogo Tonatiuh Salgado Arzate, quien estudia la zona desde hace una década, explicó que las ciénegas del Lerma regulan las inundaciones, filtran el agua que recarga el acuífero y son refugio de especies endémicas como el *achoque* y el pez mexclapique, que solo existen en esta región.

> “Cada camión de cascajo que entra es un pedazo de humedal que ya no se recupera”, advirtió el investigador durante un recorrido con vecinos por la orilla de la ciénega.

Los pobladores aseguran que han presentado denuncias ante la Procuraduría Federal de Protección al Ambiente y ante el Ayuntamiento, sin que se haya suspendido ninguna obra. Señalan que los predios se venden como terrenos de uso común, aunque forman parte del Área de Protección de Flora y Fauna Ciénegas del Lerma, decretada en 2002.

De acuerdo con los monitoreos de la universidad, en la última década la superficie con agua permanente en la ciénega se redujo casi a la mitad por la extracción de los pozos que abastecen a la zona metropolitana y por los rellenos.

Doña Epifanía Reyes Olvera, de 68 años, recuerda que cuando era niña la laguna llegaba hasta la calle principal del pueblo y que las familias vivían de la pesca de acocil, ranas y juiles. “Ahora hay que caminar casi un kilómetro para ver agua”, dijo.

Los vecinos pidieron a las autoridades federales clausurar los rellenos, retirar el material y colocar señalamientos que delimiten la zona protegida. También propusieron crear un comité comunitario de vigilancia con apoyo de la universidad, que ya realiza monitoreos mensuales de calidad del agua y de aves migratorias.
'''
write_source('av21.md', t21)
write_gold('av21', family='jekyll',
    title='Humedales de Almoloya del Río: vecinos y académicos piden frenar el relleno de la ciénega',
    date='2021-06-03', bylines=['Mariana Zúñiga Becerril'], source='Lerma Vivo',
    section='Medio Ambiente',
    body_first_words='Habitantes de Almoloya del Río e investigadores',
    body_last_words='que ya realiza monitoreos mensuales de calidad del agua y de aves migratorias.',
    boilerplate=[],
    must_keep=['“Cada camión de cascajo que entra es un pedazo de humedal que ya no se recupera”, advirtió el investigador durante un recorrido con vecinos por la orilla de la ciénega.',
               'Señalan que los predios se venden como terrenos de uso común, aunque forman parte del Área de Protección de Flora y Fauna Ciénegas del Lerma, decretada en 2002.',
               '“Ahora hay que caminar casi un kilómetro para ver agua”, dijo.'])

# ---------------------------------------------------------------- av22 wire (agency teleprinter copy, urgent take)
t22 = '''ZCZC
SIA0112 4 PUE 0286 ESP /SIA-GRAL
URGENTE
PUE-POPOCATEPETL-CENIZA (AMPLÍA)
Servicio Informativo del Altiplano
Reportan caída de ceniza en 11 municipios de Puebla y Tlaxcala; suspenden clases cerca del volcán
San Nicolás de los Ranchos, Pue., 19 may (SIA).- La caída de ceniza del volcán Popocatépetl alcanzó durante la madrugada de este viernes a 11 municipios de Puebla y dos de Tlaxcala, por lo que las autoridades educativas suspendieron las clases presenciales en 74 escuelas de la zona más cercana al cráter.
La Coordinación General de Protección Civil estatal informó que la capa de ceniza más gruesa, de hasta dos milímetros, se registró en San Nicolás de los Ranchos, Santiago Xalitzintla, Calpan y Huejotzingo, y que también hubo ligera caída en San Pedro y San Andrés Cholula, así como en Nativitas y Tepetitla, en Tlaxcala.
En Xalitzintla, la comunidad más cercana al volcán, los pobladores amanecieron con techos, autos y calles cubiertos de polvo gris. "Se escuchó un rugido como a las tres de la mañana y luego empezó a caer la arena", relató Fortino Xicoténcatl Pérez, quien barría el patio de su casa con un paliacate en la cara.
Las autoridades recomendaron usar cubrebocas, cubrir depósitos de agua, no hacer ejercicio al aire libre y barrer la ceniza en húmedo para evitar que se levante. También pidieron no tirarla al drenaje, pues puede tapar las tuberías, y depositarla en bolsas que serán recolectadas por los ayuntamientos.
El aeropuerto internacional de Puebla suspendió sus operaciones desde las 05:30 horas como medida preventiva, mientras que en la autopista México-Puebla se recomendó a los automovilistas reducir la velocidad y encender las luces por la baja visibilidad en el tramo de San Martín Texmelucan.
El semáforo de alerta volcánica se mantiene en Amarillo Fase 2. Protección Civil recordó que las rutas de evacuación están señalizadas y que los albergues de Atlixco, Huejotzingo y Cholula permanecen listos, aunque hasta el momento no se ha ordenado ningún desalojo.
SIA/EGP/mcl
19-05-2023 07:41
NNNN
'''
write_source('av22.txt', t22, eol='crlf')
write_gold('av22', family='wire',
    title='Reportan caída de ceniza en 11 municipios de Puebla y Tlaxcala; suspenden clases cerca del volcán',
    date='2023-05-19', bylines=[], source='Servicio Informativo del Altiplano', section=None,
    body_first_words='La caída de ceniza del volcán Popocatépetl alcanzó durante la madrugada',
    body_last_words='aunque hasta el momento no se ha ordenado ningún desalojo.',
    boilerplate=['ZCZC', 'SIA0112 4 PUE 0286 ESP /SIA-GRAL', 'URGENTE',
                 'PUE-POPOCATEPETL-CENIZA (AMPLÍA)',
                 'San Nicolás de los Ranchos, Pue., 19 may (SIA).-', 'SIA/EGP/mcl',
                 '19-05-2023 07:41', 'NNNN'],
    must_keep=['"Se escuchó un rugido como a las tres de la mañana y luego empezó a caer la arena", relató Fortino Xicoténcatl Pérez, quien barría el patio de su casa con un paliacate en la cara.',
               'También pidieron no tirarla al drenaje, pues puede tapar las tuberías, y depositarla en bolsas que serán recolectadas por los ayuntamientos.',
               'El semáforo de alerta volcánica se mantiene en Amarillo Fase 2.'])

# ---------------------------------------------------------------- av23 press (municipality, bilingual Nahuat/Spanish title)
t23 = '''H. AYUNTAMIENTO DE CUETZALAN DEL PROGRESO
Administración 2021-2024
Comunicado CS/112/2023

Cuetzalan del Progreso, Puebla. 30 de septiembre de 2023

### Masewalmej tekitinij kiyekchiuaskej ojtimej ipan chikome altepemej
### Faenas comunitarias rehabilitarán caminos de siete juntas auxiliares de Cuetzalan

El Ayuntamiento de Cuetzalan del Progreso y las juntas auxiliares de San Miguel Tzinacapan, Yohualichan, Xiloxochico, Reyeshogpan, Xocoyolo, Tzicuilan y Santiago Yancuictlalpan acordaron rehabilitar 38 kilómetros de caminos de terracería mediante faenas comunitarias, en las que el municipio aportará maquinaria y materiales.

El presidente municipal, Lucio Hernández Mora, explicó que los caminos resultaron dañados por las lluvias de agosto y septiembre, que provocaron deslaves en al menos 16 puntos y dejaron incomunicadas por varios días a comunidades productoras de café y pimienta. El edil agregó que el municipio gestionará ante el gobierno estatal recursos adicionales para pavimentar los tramos con mayor pendiente, donde la terracería se pierde con cada temporada de lluvias.

“La faena es una costumbre de nuestros pueblos: cada familia pone su trabajo y entre todos sacamos la obra; el Ayuntamiento pone lo que la comunidad no tiene”, dijo el edil en náhuat durante la asamblea celebrada en Tzinacapan, según la traducción de la intérprete comunitaria.

De acuerdo con el programa, el municipio destinará 2.1 millones de pesos a la compra de grava, cemento y tubos de concreto para alcantarillas, además de la renta de una motoconformadora y dos camiones de volteo. Cada junta auxiliar organizará grupos de trabajo por barrio, con jornadas los sábados durante octubre y noviembre.

La directora de Obras Públicas, Yolanda Vázquez Nicolás, precisó que se dará prioridad a los tramos que comunican con las escuelas y con la clínica de Yohualichan, y que en los puntos con deslaves se construirán muros de contención de mampostería.

Las autoridades comunitarias pidieron que las obras concluyan antes de la temporada de corte de café, que inicia en diciembre, para que los productores puedan sacar su cosecha sin pagar fletes más caros. El Ayuntamiento informó que los avances se darán a conocer en las asambleas mensuales de cada comunidad.

- - - o - - -

Comunicación Social Cuetzalan
comunicacion@cuetzalan.example.mx
'''
write_source('av23.md', t23)
write_gold('av23', family='press_release',
    title='Faenas comunitarias rehabilitarán caminos de siete juntas auxiliares de Cuetzalan',
    date='2023-09-30', source='H. AYUNTAMIENTO DE CUETZALAN DEL PROGRESO',
    bulletin_number='CS/112/2023', issuer='H. AYUNTAMIENTO DE CUETZALAN DEL PROGRESO',
    dateline_city='Cuetzalan del Progreso',
    body_first_words='El Ayuntamiento de Cuetzalan del Progreso y las juntas auxiliares',
    body_last_words='los avances se darán a conocer en las asambleas mensuales de cada comunidad.',
    boilerplate=['Administración 2021-2024', 'Comunicado CS/112/2023',
                 'Cuetzalan del Progreso, Puebla. 30 de septiembre de 2023',
                 'Masewalmej tekitinij kiyekchiuaskej ojtimej ipan chikome altepemej',
                 '- - - o - - -', 'Comunicación Social Cuetzalan',
                 'comunicacion@cuetzalan.example.mx'],
    must_keep=['El presidente municipal, Lucio Hernández Mora, explicó que los caminos resultaron dañados por las lluvias de agosto y septiembre, que provocaron deslaves en al menos 16 puntos y dejaron incomunicadas por varios días a comunidades productoras de café y pimienta.',
               'Cada junta auxiliar organizará grupos de trabajo por barrio, con jornadas los sábados durante octubre y noviembre.',
               'Las autoridades comunitarias pidieron que las obras concluyan antes de la temporada de corte de café, que inicia en diciembre, para que los productores puedan sacar su cosecha sin pagar fletes más caros.'])

# ---------------------------------------------------------------- av24 generic (old Mac CR-only, cp1252)
t24 = '''Ocotepec prepara sus ofrendas nuevas para los muertos de este año

En Ocotepec, un pueblo de origen nahua que hoy forma parte de la ciudad de Cuernavaca, los preparativos para el Día de Muertos comienzan semanas antes de noviembre. Las familias que perdieron a alguien durante el año levantan en su casa una ofrenda nueva, un altar que reproduce con la ropa del difunto una figura de tamaño natural.

La figura se arma sobre una cama o una mesa con la ropa que más usaba la persona, sus zapatos, su sombrero o su rebozo, y la cabeza se forma con una calavera de azúcar. Alrededor se colocan velas, flores de cempasúchil, pan, fruta y los platillos que le gustaban.

El 1 de noviembre, a partir de las ocho de la noche, las familias abren sus puertas y reciben a los visitantes que llegan con una vela. A cambio, se les ofrecen tamales, pan y café o una taza de atole. "Aquí nadie se queda afuera; el que llega con su vela es bienvenido aunque no conozca al difunto", explica una vecina del barrio de la Candelaria que este año recuerda a su esposo.

Los encargados de la ofrenda marcan las casas con un camino de pétalos de cempasúchil que va de la calle hasta el altar. En algunas casas hay música de banda y se reparte mezcal; en otras, los rezanderos dirigen rosarios que se prolongan hasta la madrugada.

Los cronistas del pueblo advierten que la tradición enfrenta cambios, pues cada año llegan más visitantes de fuera que acuden a tomar fotografías y no siempre respetan el duelo de las familias. Por ello, los ayudantes municipales colocan letreros en los que piden guardar silencio y no fotografiar a los deudos sin permiso.

El 2 de noviembre, las familias llevan flores y comida al panteón, donde pasan el día junto a las tumbas. Ahí, entre veladoras, música y comida compartida, se despide a los muertos hasta el próximo año.
'''
write_source('av24.txt', t24, enc='cp1252', eol='cr')
write_gold('av24', family='generic',
    title='Ocotepec prepara sus ofrendas nuevas para los muertos de este año',
    body_first_words='En Ocotepec, un pueblo de origen nahua que hoy forma parte',
    body_last_words='se despide a los muertos hasta el próximo año.',
    boilerplate=[],
    must_keep=['Las familias que perdieron a alguien durante el año levantan en su casa una ofrenda nueva, un altar que reproduce con la ropa del difunto una figura de tamaño natural.',
               '"Aquí nadie se queda afuera; el que llega con su vela es bienvenido aunque no conozca al difunto", explica una vecina del barrio de la Candelaria que este año recuerda a su esposo.',
               'Por ello, los ayudantes municipales colocan letreros en los que piden guardar silencio y no fotografiar a los deudos sin permiso.'])

# ---------------------------------------------------------------- av25 jekyll (hand-written, BOM, CRLF, day-first date)
t25 = '''--- 
layout: post
title: 'Jojutla, a dos días del sismo: "No queremos que nos olviden cuando se vayan las cámaras"'
date: 21-09-2017
author: Alfredo Nava Solís
categories: [Destacado, Sismo 19S]
image: /assets/img/2017/09/jojutla-centro.jpg
image_credit: "Foto: Alfredo Nava / Jojutla Informa"
excerpt: "Vecinos del centro de Jojutla piden un censo casa por casa para que la ayuda llegue a quien la necesita."
publisher: Jojutla Informa
---

Dos días después del sismo de magnitud 7.1 que sacudió el centro del país, las calles del centro de Jojutla siguen cubiertas de escombro. Brigadas de voluntarios, elementos del Ejército y vecinos trabajan con palas y carretillas para retirar los restos de casas, comercios y del palacio municipal, que quedó inhabitable.

De acuerdo con el recuento preliminar de Protección Civil estatal, en el municipio hay más de 1,800 viviendas con daños, de las que al menos 500 tendrán que ser demolidas. Jojutla es el municipio de Morelos con más víctimas mortales. Cuadrillas de la Comisión Federal de Electricidad trabajan para restablecer el servicio eléctrico, que todavía falta en varias colonias, mientras pipas del gobierno estatal reparten agua a las familias que se quedaron sin suministro.

"Aquí vivíamos cuatro familias; ahorita dormimos en la banqueta porque tenemos miedo de que se caiga lo que queda", dijo Guadalupe Sánchez Almazán, mientras sus hijos sacaban colchones de una vivienda de adobe de la colonia Emiliano Zapata.

En la unidad deportiva funciona un centro de acopio donde se reciben agua, alimentos no perecederos, pañales y medicamentos. Los voluntarios pidieron que ya no se envíe ropa, pues hay más de la que se puede repartir, y que los donativos se entreguen directamente en las colonias más alejadas del centro.

{% include relacionada.html url="/2017/09/20/albergues-jojutla/" %}

Los comerciantes del mercado, que permaneció cerrado por daños en su estructura, instalaron puestos improvisados en la calle para vender fruta y verdura. Muchos temen perder su fuente de ingresos si la reconstrucción tarda meses.

Vecinos de varias colonias coincidieron en que la ayuda ha llegado, pero de manera desordenada, y pidieron a las autoridades un censo casa por casa que permita saber quién necesita qué. "No queremos que nos olviden cuando se vayan las cámaras", dijo Sánchez Almazán.
'''
write_source('av25.md', t25, eol='crlf', bom=True)
write_gold('av25', family='jekyll',
    title='Jojutla, a dos días del sismo: "No queremos que nos olviden cuando se vayan las cámaras"',
    date='2017-09-21', bylines=['Alfredo Nava Solís'], source='Jojutla Informa',
    section='Sismo 19S', placement=['Destacado'],
    body_first_words='Dos días después del sismo de magnitud 7.1 que sacudió el centro del país',
    body_last_words='"No queremos que nos olviden cuando se vayan las cámaras", dijo Sánchez Almazán.',
    boilerplate=['Foto: Alfredo Nava / Jojutla Informa',
                 '{% include relacionada.html url="/2017/09/20/albergues-jojutla/" %}'],
    must_keep=['Jojutla es el municipio de Morelos con más víctimas mortales.',
               'Los voluntarios pidieron que ya no se envíe ropa, pues hay más de la que se puede repartir, y que los donativos se entreguen directamente en las colonias más alejadas del centro.',
               'Muchos temen perder su fuente de ingresos si la reconstrucción tarda meses.'],
    photo_credit='Alfredo Nava / Jojutla Informa')

# ---------------------------------------------------------------- av26 wire (Oaxaca outlet, credits at the end)
t26 = '''GUELAGUETZA 2019
Delegaciones de las ocho regiones ensayan en el Cerro del Fortín a cinco días del primer Lunes del Cerro
Pluma Oaxaqueña · Miércoles 17 de julio, 2019

A cinco días del primer Lunes del Cerro, las delegaciones que participarán en la Guelaguetza 2019 realizaron este miércoles su ensayo general en el auditorio del Cerro del Fortín, bajo una lluvia intermitente que no detuvo a los más de 1,500 bailarines de las ocho regiones del estado.

Desde temprano, las delegaciones de la Costa, el Istmo, la Mixteca, la Cañada, la Sierra Sur, la Sierra Norte, la Cuenca del Papaloapan y los Valles Centrales subieron al cerro con sus trajes guardados en costales y bolsas de plástico para protegerlos del agua. (Lee: Boletos para la Guelaguetza se agotaron en 40 minutos) El Comité de Autenticidad revisó que los atuendos, la música y los pasos correspondieran a las tradiciones de cada comunidad.

“Nosotros venimos de Santiago Pinotepa Nacional y para muchos jóvenes es la primera vez que bailan aquí; están nerviosos, pero muy contentos”, dijo Maximino Baños Velasco, coordinador de la delegación que presentará la chilena costeña.

Este año participarán 46 delegaciones, tres más que en 2018, entre ellas una de Santa María Tlahuitoltepec con sones mixes y otra de San Juan Bautista Tuxtepec con la Flor de Piña, una de las más esperadas por el público.

Las autoridades de protección civil informaron que el auditorio, con capacidad para 11 mil personas, fue revisado tras las lluvias de la última semana y que se instalaron lonas y canaletas para evitar encharcamientos en las gradas. También se reforzó la vigilancia en los accesos por el andador turístico y la calzada.

Las presentaciones del 22 y 29 de julio serán a las 10:00 y a las 17:00 horas. Los palcos A y B tienen costo, mientras que los palcos C y D son de acceso gratuito y se ocupan por orden de llegada, por lo que cientos de personas suelen acampar desde la noche anterior.

Texto y foto: Itandehui Cruz Matías

¿Ya nos sigues en TikTok? Encuéntranos como @plumaoaxnoticias
'''
write_source('av26.txt', t26, eol='crlf')
write_gold('av26', family='wire',
    title='Delegaciones de las ocho regiones ensayan en el Cerro del Fortín a cinco días del primer Lunes del Cerro',
    date='2019-07-17', bylines=['Itandehui Cruz Matías'], source='Pluma Oaxaqueña',
    section='GUELAGUETZA 2019',
    body_first_words='A cinco días del primer Lunes del Cerro, las delegaciones',
    body_last_words='cientos de personas suelen acampar desde la noche anterior.',
    boilerplate=['(Lee: Boletos para la Guelaguetza se agotaron en 40 minutos)',
                 'Texto y foto: Itandehui Cruz Matías',
                 '¿Ya nos sigues en TikTok? Encuéntranos como @plumaoaxnoticias'],
    must_keep=['Desde temprano, las delegaciones de la Costa, el Istmo, la Mixteca, la Cañada, la Sierra Sur, la Sierra Norte, la Cuenca del Papaloapan y los Valles Centrales subieron al cerro con sus trajes guardados en costales y bolsas de plástico para protegerlos del agua.',
               'El Comité de Autenticidad revisó que los atuendos, la música y los pasos correspondieran a las tradiciones de cada comunidad.',
               'También se reforzó la vigilancia en los accesos por el andador turístico y la calzada.'],
    photo_credit='Itandehui Cruz Matías')

# ---------------------------------------------------------------- av27 jekyll (hand-written draft, Spanish status)
t27 = '''---
title: Diputados de Guerrero aplazan por tercera vez la elección del titular de la Auditoría Superior
fecha: 2026-01-14T09:00:00-06:00
autor: Redacción
categoria: Congreso
status: borrador
tags:
- Congreso
- fiscalización
medio: Chilpancingo Político
---

Por tercera ocasión desde noviembre, el Pleno del Congreso de Guerrero aplazó la elección del titular de la Auditoría Superior del Estado, luego de que ninguno de los tres aspirantes que integran la terna obtuvo la mayoría calificada de dos terceras partes de los diputados presentes.

En la sesión del martes, la propuesta encabezada por el contador Rogelio Batani Nava obtuvo 24 votos, cuatro menos de los necesarios, mientras que 15 legisladores votaron en contra y seis se abstuvieron. Los otros dos aspirantes no fueron sometidos a votación. Durante la sesión, integrantes de colectivos ciudadanos se manifestaron en el vestíbulo del recinto legislativo con cartulinas en las que exigían transparencia en el proceso de selección.

El presidente de la Junta de Coordinación Política, diputado Aurelio Nájera Salmerón, reconoció que no existen los consensos y anunció que la Comisión de Vigilancia y Evaluación volverá a entrevistar a los aspirantes antes de presentar una nueva propuesta en febrero.

"No vamos a elegir a un auditor al vapor; la Auditoría tiene que ser autónoma y eso exige un perfil que convenza a todas las fuerzas políticas", declaró el legislador al término de la sesión.

Diputados de oposición acusaron que el retraso deja sin cabeza a la institución encargada de revisar las cuentas públicas de los 85 municipios y de las dependencias estatales justo cuando comienza el periodo de entrega de los informes del ejercicio 2025. La diputada Citlali Marín Organista dijo que la encargada de despacho no tiene facultades para firmar los informes de resultados.

La Auditoría Superior del Estado está sin titular desde el 30 de septiembre, cuando concluyó el periodo de siete años del anterior auditor. Organizaciones civiles de Chilpancingo pidieron que las entrevistas a los aspirantes se transmitan en vivo y que se publiquen sus declaraciones patrimoniales.
'''
write_source('av27.md', t27)
write_gold('av27', family='jekyll',
    title='Diputados de Guerrero aplazan por tercera vez la elección del titular de la Auditoría Superior',
    date='2026-01-14', published=False, bylines=[], source='Chilpancingo Político',
    section='Congreso',
    body_first_words='Por tercera ocasión desde noviembre, el Pleno del Congreso de Guerrero',
    body_last_words='que se publiquen sus declaraciones patrimoniales.',
    boilerplate=[],
    must_keep=['Los otros dos aspirantes no fueron sometidos a votación.',
               '"No vamos a elegir a un auditor al vapor; la Auditoría tiene que ser autónoma y eso exige un perfil que convenza a todas las fuerzas políticas", declaró el legislador al término de la sesión.',
               'La diputada Citlali Marín Organista dijo que la encargada de despacho no tiene facultades para firmar los informes de resultados.'])

# ---------------------------------------------------------------- av28 press (municipality, Estado de México)
t28 = '''COMUNICADO 0315/2025
Gobierno Municipal de Toluca
Coordinación General de Comunicación Social

Recupera Toluca 18 espacios públicos con el programa “Barrios con Luz”

Toluca de Lerdo, Estado de México, 6 de abril de 2025 – Con la rehabilitación del parque de la colonia Seminario y de la plaza cívica de San Pablo Autopan, el Gobierno Municipal concluyó la primera etapa del programa Barrios con Luz, con el que se recuperaron 18 espacios públicos en delegaciones del norte y del oriente de la capital mexiquense.

La directora de Desarrollo Urbano, Mónica Garduño Esquivel, informó que en los espacios intervenidos se instalaron 640 luminarias, se repararon juegos infantiles y gimnasios al aire libre y se plantaron 1,100 árboles de especies nativas, como fresno, capulín y tejocote. Precisó que las luminarias funcionan con sensores que regulan la intensidad de la luz, lo que permitirá reducir hasta en 40 por ciento el consumo de energía eléctrica en estos espacios.

Explicó que los sitios fueron elegidos con base en los reportes ciudadanos y en los mapas de incidencia delictiva, y que en cada uno se formó un comité vecinal que se encargará de vigilar el mantenimiento y de organizar actividades culturales y deportivas los fines de semana.

“Un parque iluminado y lleno de familias es un parque más seguro; cuando la gente se apropia del espacio, se va la delincuencia”, afirmó la funcionaria durante el recorrido por la plaza de San Pablo Autopan, que ahora cuenta con una cancha de usos múltiples techada y un foro al aire libre para grupos musicales de la comunidad.

La inversión de la primera etapa fue de 36 millones de pesos, provenientes de recursos propios y del Fondo de Fortalecimiento Municipal. Para la segunda etapa, que iniciará en junio, se prevé intervenir 22 espacios en San Cristóbal Huichochitlán, San Mateo Otzacatipan y Santa Ana Tlapaltitlán.

El Ayuntamiento invitó a la población a reportar luminarias apagadas o juegos dañados a través de la aplicación de Atención Ciudadana y a participar en los comités vecinales, cuya convocatoria permanecerá abierta hasta el 30 de abril.

***

Coordinación General de Comunicación Social
Tel. 722 555 0130
X: @ToluMpioComunica | Facebook: ToluMpioComunica
'''
write_source('av28.txt', t28, eol='crlf', bom=True)
write_gold('av28', family='press_release',
    title='Recupera Toluca 18 espacios públicos con el programa “Barrios con Luz”',
    date='2025-04-06', source='Gobierno Municipal de Toluca',
    bulletin_number='0315/2025', issuer='Gobierno Municipal de Toluca',
    dateline_city='Toluca de Lerdo',
    body_first_words='Con la rehabilitación del parque de la colonia Seminario',
    body_last_words='cuya convocatoria permanecerá abierta hasta el 30 de abril.',
    boilerplate=['COMUNICADO 0315/2025', 'Coordinación General de Comunicación Social',
                 'Toluca de Lerdo, Estado de México, 6 de abril de 2025 –', '***',
                 'Tel. 722 555 0130', 'X: @ToluMpioComunica | Facebook: ToluMpioComunica'],
    must_keep=['La directora de Desarrollo Urbano, Mónica Garduño Esquivel, informó que en los espacios intervenidos se instalaron 640 luminarias, se repararon juegos infantiles y gimnasios al aire libre y se plantaron 1,100 árboles de especies nativas, como fresno, capulín y tejocote.',
               '“Un parque iluminado y lleno de familias es un parque más seguro; cuando la gente se apropia del espacio, se va la delincuencia”, afirmó la funcionaria durante el recorrido por la plaza de San Pablo Autopan, que ahora cuenta con una cancha de usos múltiples techada y un foro al aire libre para grupos musicales de la comunidad.',
               'La inversión de la primera etapa fue de 36 millones de pesos, provenientes de recursos propios y del Fondo de Fortalecimiento Municipal.'])

# ---------------------------------------------------------------- av29 generic (bold title line, lists, subheads)
t29 = '''**Guía para visitar las grutas de Tolantongo en temporada alta**

Las grutas de Tolantongo, en el municipio de Cardonal, son uno de los destinos más visitados de Hidalgo durante Semana Santa y las vacaciones de verano. El parque, administrado por una cooperativa ejidal, combina un río de agua termal de color turquesa, pozas escalonadas en la ladera del cañón y una gruta con una cascada en su interior.

### Cómo llegar

Desde Pachuca, el trayecto es de unas tres horas por la carretera a Ixmiquilpan y después por un camino de montaña con curvas pronunciadas. Quienes viajan en transporte público pueden tomar un autobús a Ixmiquilpan y de ahí una camioneta que sale del mercado hacia el parque. En temporada alta las camionetas salen cada hora, pero se llenan rápido.

### Qué llevar

- Traje de baño y sandalias con suela antiderrapante, pues las rocas son resbalosas.
- Efectivo suficiente: dentro del parque no hay cajeros automáticos y la señal de celular es limitada.
- Ropa abrigadora para la noche si se planea acampar en la orilla del río.
- Bloqueador biodegradable, ya que la cooperativa pide no usar productos que contaminen el agua.

### Horarios y recomendaciones

El parque abre de las 7:00 a las 20:00 horas y la entrada se cobra por persona y por día. En temporada alta se recomienda llegar antes de las nueve de la mañana, porque a mediodía las filas para entrar a la gruta y al túnel de vapor pueden superar una hora.

Los ejidatarios recuerdan que está prohibido introducir bebidas alcohólicas y recipientes de vidrio, y que los menores deben usar chaleco salvavidas en el río. Hay hoteles dentro del parque, pero las habitaciones se agotan con semanas de anticipación, por lo que muchos visitantes optan por rentar una casa de campaña.

Quienes busquen menos gente pueden visitar el parque entre semana, cuando las pozas están casi vacías y es posible recorrer la gruta sin prisa.
'''
write_source('av29.md', t29)
write_gold('av29', family='generic',
    title='Guía para visitar las grutas de Tolantongo en temporada alta',
    body_first_words='Las grutas de Tolantongo, en el municipio de Cardonal,',
    body_last_words='es posible recorrer la gruta sin prisa.',
    boilerplate=[],
    must_keep=['El parque, administrado por una cooperativa ejidal, combina un río de agua termal de color turquesa, pozas escalonadas en la ladera del cañón y una gruta con una cascada en su interior.',
               'Efectivo suficiente: dentro del parque no hay cajeros automáticos y la señal de celular es limitada.',
               'En temporada alta se recomienda llegar antes de las nueve de la mañana, porque a mediodía las filas para entrar a la gruta y al túnel de vapor pueden superar una hora.'])

# ---------------------------------------------------------------- av30 bad (PDF saved as .txt)
_stream = zlib.compress(('BT /F1 11 Tf 72 720 Td (Boletin 2231 - Comision Estatal del Agua) Tj ET\n'
                         * 40).encode('latin-1'), 9)
_objs = [
    b'1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    b'2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    b'3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n',
    b'4 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(_stream) + _stream
    + b'\nendstream\nendobj\n',
]
_pdf = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
_offsets = []
for _o in _objs:
    _offsets.append(len(_pdf))
    _pdf += _o
_xref = len(_pdf)
_pdf += b'xref\n0 5\n0000000000 65535 f \n' + b''.join(b'%010d 00000 n \n' % o for o in _offsets)
_pdf += b'trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % _xref
write_source('av30.txt', raw=_pdf)
write_gold('av30', family='bad',
    refusal_reason='Es un documento PDF (binario) guardado con extensión .txt; no es texto legible')
