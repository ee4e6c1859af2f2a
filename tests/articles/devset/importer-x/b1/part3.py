"""Files x21-x30 of set b1."""
from common import gold, bad

NB = '\u00a0'
FILES = []

# x21 - Jekyll, Campeche Costero (Ciudad del Carmen, Campeche); naive date, -----------
#       space-separated categories string, unreadable published value
FILES.append(dict(name='x21_campeche_costero_camaron', ext='md', enc='utf-8', eol='lf', text="""\
---
title: "Arranca la temporada de captura de camarón en la Sonda de Campeche"
date: 2021-08-30 18:40
author: Jesús Alberto Uc Canché
site: Campeche Costero
categories: Portada Economía
tags:
  - pesca
  - camarón
  - Ciudad del Carmen
published: pendiente
---

Con el zarpe de 42 embarcaciones mayores desde el puerto de Ciudad del Carmen, arrancó este lunes la temporada de captura de camarón en la Sonda de Campeche, luego de cinco meses de veda.

Armadores de la flota carmelita estimaron que la primera marea dejará entre 300 y 400 toneladas, una cifra similar a la del año pasado, aunque advirtieron que el aumento en el precio del diésel reducirá sus márgenes de ganancia. Cada viaje de pesca dura entre 25 y 30 días.

<!-- bloque publicitario -->

El líder de una cooperativa de armadores, Wilberth Chablé Ehuán, señaló que cerca de la mitad de los barcos permanecen en el muelle por falta de mantenimiento y de tripulantes capacitados. "Hace veinte años salían más de cien barcos el primer día; hoy nos cuesta completar las tripulaciones", lamentó.

Los pescadores ribereños de Isla Aguada y Sabancuy, por su parte, pidieron a las autoridades reforzar la vigilancia para impedir que embarcaciones de arrastre ingresen a las zonas reservadas para la pesca artesanal cerca de la costa.

El camarón de la Sonda se vende principalmente en mercados de la Ciudad de México, Puebla y Monterrey, y una parte se exporta a Estados Unidos. En el mercado local, el kilo de camarón mediano se cotizaba este fin de semana entre 280 y 320 pesos.
""", gold=gold(
    'jekyll', 'Arranca la temporada de captura de camarón en la Sonda de Campeche', '2021-08-30',
    'Con el zarpe de 42 embarcaciones mayores',
    'se cotizaba este fin de semana entre 280 y 320 pesos.',
    published=False, bylines=['Jesús Alberto Uc Canché'], source='Campeche Costero',
    section='Economía', placement=['Portada'],
    boilerplate=['<!-- bloque publicitario -->', 'published: pendiente'],
    must_keep=['Cada viaje de pesca dura entre 25 y 30 días.'])))

# x22 - generic note (Saltillo, Coahuila); bare day-first date line, cp1252 ----------
FILES.append(dict(name='x22_nota_saltillo_arroyo', ext='text', enc='cp1252', eol='crlf', text="""\
Vecinos de Bellavista limpian el arroyo y retiran nueve toneladas de basura
03.03.2023

Alrededor de 150 vecinos de la colonia Bellavista, en el sur de Saltillo, participaron el sábado en una jornada de limpieza del arroyo que cruza el sector, de la que se retiraron nueve toneladas de basura, llantas, muebles viejos y escombro.

La actividad fue organizada por el comité vecinal con apoyo de dos escuelas secundarias y de un grupo de scouts, que desde las 8:00 horas recorrieron un tramo de 1.5 kilómetros. El ayuntamiento facilitó tres camiones de volteo y guantes para los voluntarios.

«Cada temporada de lluvias el agua se regresa a las casas porque el cauce está tapado», explicó Rosario Valdés, integrante del comité. Según los vecinos, en septiembre pasado al menos 30 viviendas se inundaron por ese motivo.

Entre los residuos encontrados había más de 200 llantas, que serán enviadas a un centro de acopio para su reciclaje. Los organizadores pidieron a las autoridades instalar letreros y cámaras para sancionar a quienes tiran escombro desde camionetas durante la noche.

El comité planea repetir la jornada cada tres meses y sembrar álamos y mezquites en las orillas para evitar que el arroyo vuelva a usarse como tiradero. Las personas interesadas pueden sumarse en la reunión vecinal que se realiza el primer domingo de cada mes en la cancha de la colonia.
""", gold=gold(
    'generic', 'Vecinos de Bellavista limpian el arroyo y retiran nueve toneladas de basura', '2023-03-03',
    'Alrededor de 150 vecinos de la colonia Bellavista',
    'el primer domingo de cada mes en la cancha de la colonia.',
    must_keep=['Según los vecinos, en septiembre pasado al menos 30 viviendas se inundaron por ese motivo.'])))

# x23 - wire, La Brújula Poblana (Puebla); outlet line first, two authors ------------
FILES.append(dict(name='x23_brujula_poblana_sensores_aire', ext='txt', enc='cp1252', eol='crlf', text="""\
La Brújula Poblana | Sección Ciudad
14.02.2022

Instalan sensores de calidad del aire en cinco juntas auxiliares de Puebla

Por: Itzel Romero Cabrera y Gustavo Adolfo Méndez Paz

PUEBLA, Pue. (La Brújula Poblana).— La red municipal de monitoreo atmosférico sumó cinco sensores de bajo costo en las juntas auxiliares de San Francisco Totimehuacán, San Baltazar Campeche, La Resurrección, San Jerónimo Caleras y San Pablo Xochimehuacan, zonas donde hasta ahora no había ninguna medición de la calidad del aire.

Los equipos miden partículas PM2.5 y PM10, así como temperatura y humedad, y envían datos cada diez minutos a una plataforma pública que cualquier persona puede consultar desde su teléfono. Cada sensor costó alrededor de 35 mil pesos.

Investigadores de una universidad local que colaboran en el proyecto explicaron que las juntas auxiliares del norte concentran ladrilleras, tráfico de carga y quema de basura, por lo que se espera encontrar ahí los niveles más altos de contaminación durante la temporada seca.

«No buscamos sustituir a las estaciones oficiales, sino llenar huecos y dar información a los vecinos», dijo la coordinadora técnica, Verónica Tlapa Zenteno.

Las autoridades ambientales del municipio informarán cada mes los resultados y, si se detectan días críticos, emitirán recomendaciones para suspender actividades al aire libre en escuelas cercanas. Relacionado: Ladrilleras de Xochimehuacan, bajo la lupa por humo negro

Foto: La Brújula Poblana / Itzel Romero

Escríbenos a redaccion@brujulapoblana.example
""", gold=gold(
    'wire', 'Instalan sensores de calidad del aire en cinco juntas auxiliares de Puebla', '2022-02-14',
    'La red municipal de monitoreo atmosférico sumó',
    'actividades al aire libre en escuelas cercanas.',
    bylines=['Itzel Romero Cabrera', 'Gustavo Adolfo Méndez Paz'], source='La Brújula Poblana',
    section='Ciudad',
    boilerplate=['La Brújula Poblana | Sección Ciudad', 'PUEBLA, Pue. (La Brújula Poblana).—',
                 'Relacionado: Ladrilleras de Xochimehuacan, bajo la lupa por humo negro',
                 'Foto: La Brújula Poblana / Itzel Romero',
                 'Escríbenos a redaccion@brujulapoblana.example', 'Por: Itzel Romero Cabrera'],
    must_keep=['Las autoridades ambientales del municipio informarán cada mes los resultados y, si se detectan días críticos, emitirán recomendaciones para suspender actividades al aire libre en escuelas cercanas.'],
    photo_credit='La Brújula Poblana / Itzel Romero')))

# x24 - press release, Comisión de Agua y Saneamiento de Tepic (water utility) -------
FILES.append(dict(name='x24_cast_tepic_corte_agua', ext='md', enc='cp1252', eol='lf', text="""\
XLII AYUNTAMIENTO DE TEPIC
COMISIÓN DE AGUA Y SANEAMIENTO DE TEPIC (CAST)
Boletín No. 88

Tepic, Nayarit; a 9 de septiembre de 2022.

**Suspenderán el servicio de agua en 14 colonias por reparación del acueducto El Ocotillo**

La Comisión de Agua y Saneamiento de Tepic (CAST) informó que el próximo martes 13 de septiembre se suspenderá el servicio de agua potable en 14 colonias del poniente de la ciudad, debido a la reparación de una fuga en la línea de conducción del acueducto El Ocotillo.

Los trabajos comenzarán a las 6:00 horas y se prevé que duren alrededor de 18 horas. El restablecimiento del servicio será gradual, por lo que en las partes altas el agua podría tardar hasta 24 horas más en llegar con presión normal.

Entre las colonias afectadas se encuentran Lomas Altas, Burócrata Federal, Las Aves, Mololoa, Valle de Matatipac, Jardines de la Cruz y el fraccionamiento Los Fresnos.

El organismo recomendó a la población almacenar agua en recipientes limpios y tapados, revisar que los tinacos no tengan fugas y evitar el lavado de autos y banquetas durante esos días.

Para atender hospitales, escuelas y centros de salud de la zona se dispondrá de seis pipas, mientras que los usuarios domésticos podrán solicitar el servicio de pipa gratuito a través de los teléfonos de atención del organismo.

El director general ofreció una disculpa por las molestias y explicó que la reparación es necesaria para evitar la pérdida de alrededor de 40 litros por segundo que hoy se fugan en ese tramo.

oo0oo

Departamento de Comunicación Social CAST
Tel. 311 555 0172 / WhatsApp 311 555 0173
X e Instagram: @CASTepicEj
""", gold=gold(
    'press_release', 'Suspenderán el servicio de agua en 14 colonias por reparación del acueducto El Ocotillo',
    '2022-09-09',
    'La Comisión de Agua y Saneamiento de Tepic (CAST) informó',
    'que hoy se fugan en ese tramo.',
    source='Comisión de Agua y Saneamiento de Tepic', bulletin_number='88',
    issuer='Comisión de Agua y Saneamiento de Tepic', dateline_city='Tepic',
    boilerplate=['XLII AYUNTAMIENTO DE TEPIC', 'Boletín No. 88', 'Tepic, Nayarit; a 9 de septiembre de 2022.',
                 'oo0oo', 'Departamento de Comunicación Social CAST', 'Tel. 311 555 0172',
                 'WhatsApp 311 555 0173', '@CASTepicEj'],
    must_keep=['El organismo recomendó a la población almacenar agua en recipientes limpios y tapados, revisar que los tinacos no tengan fugas y evitar el lavado de autos y banquetas durante esos días.'])))

# x25 - Jekyll, Colima Ahora Digital (Comala, Colima); folded title, offset date, -----
#       placement-only categories, two authors, BOM + CRLF
FILES.append(dict(name='x25_colima_ahora_simulacro_volcan', ext='markdown', enc='utf-8-sig', eol='crlf', text="""\
---
layout: post
title: >-
  Realizan simulacro por actividad del Volcán de Fuego
  en comunidades de Comala
date: "2024-02-29T23:10:00-06:00"
authors:
  - Karla Vianey Zamora Cárdenas
  - Óscar Iván Llerenas
source: Colima Ahora Digital
categories: ["Destacadas", "Portada"]
tags: [volcán, protección civil, Comala]
---

Más de 1 mil 300 habitantes de Suchitlán, El Remate y Cofradía de Suchitlán participaron este jueves en un simulacro de evacuación por una hipotética erupción del Volcán de Fuego, el primero de gran escala que se realiza en el municipio de Comala desde 2019.

A las 10:00 horas sonaron las alertas instaladas en las comunidades y en menos de 40 minutos las familias abordaron los autobuses dispuestos para trasladarlas al albergue temporal ubicado en la unidad deportiva de la cabecera municipal.

{{ site.data.anuncios.medio }}

Protección Civil estatal informó que el ejercicio permitió detectar fallas en dos de las bocinas de alertamiento y en la señalización de una de las rutas de evacuación, que será reparada en las próximas semanas.

Vulcanólogos que monitorean el coloso explicaron que la actividad se mantiene baja, con emisiones esporádicas de gases y vapor, pero insistieron en que la población debe conocer sus rutas de salida porque el volcán es uno de los más activos del país.

Doña Herminia Ceballos, vecina de El Remate, recordó que hace casi dos décadas su familia tuvo que salir de madrugada y sin documentos. "Ahora ya tenemos la mochila lista con actas, medicinas y agua", comentó.

Las autoridades municipales adelantaron que el próximo simulacro será nocturno y se realizará antes de que termine el año.
""", gold=gold(
    'jekyll', 'Realizan simulacro por actividad del Volcán de Fuego en comunidades de Comala', '2024-02-29',
    'Más de 1 mil 300 habitantes de Suchitlán',
    'se realizará antes de que termine el año.',
    bylines=['Karla Vianey Zamora Cárdenas', 'Óscar Iván Llerenas'], source='Colima Ahora Digital',
    placement=['Destacadas', 'Portada'],
    boilerplate=['{{ site.data.anuncios.medio }}'],
    must_keep=['Protección Civil estatal informó que el ejercicio permitió detectar fallas en dos de las bocinas de alertamiento y en la señalización de una de las rutas de evacuación, que será reparada en las próximas semanas.'])))


# x26 - bad: binary junk (an image renamed to .text) ---------------------------------
def _junk(n, seed=20240229):
    out = bytearray(b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0\x08\x06\x00\x00\x00')
    x = seed
    while len(out) < n:
        x = (1103515245 * x + 12345) % (2 ** 31)
        out.append((x >> 16) & 0xFF)
    return bytes(out)


FILES.append(dict(name='x26_binario_png_renombrado', ext='text', enc='raw', eol='lf', raw=_junk(1536),
                  gold=bad('El archivo contiene datos binarios (parece una imagen PNG) y no texto legible.')))

# x27 - press release, Sistema DIF Municipal de San Cristóbal de las Casas (Chiapas) ---
#       issuer only in the logo line, no bulletin number, end marker FIN
FILES.append(dict(name='x27_dif_san_cristobal_lentes', ext='text', enc='utf-8-sig', eol='crlf', text="""\
![Sistema DIF Municipal de San Cristóbal de las Casas](/img/logos/dif-sclc.png)

**CON JORNADA DE SALUD VISUAL, DIF ENTREGA 600 LENTES A NIÑAS Y NIÑOS DE COMUNIDADES RURALES**

**• La jornada se realizó en 14 escuelas primarias de la zona norte**
**• Los lentes se entregaron sin costo para las familias**

San Cristóbal de las Casas, Chiapas; 30 de noviembre de 2023.

Un total de 600 niñas y niños de comunidades rurales recibieron lentes graduados sin costo como parte de la jornada de salud visual que el DIF municipal realizó durante noviembre en 14 escuelas primarias de la zona norte del municipio.

Durante tres semanas, un equipo de optometristas voluntarios revisó a 2 mil 150 estudiantes de primero a sexto grado en localidades como Mitzitón, Pedernal y Corazón de María. De ellos, uno de cada cuatro presentó algún problema de agudeza visual que no había sido detectado.

La presidenta del patronato explicó que muchos de los casos estaban relacionados con bajo rendimiento escolar y dolores de cabeza frecuentes. «Hay niñas que no veían el pizarrón y pensaban que era normal», comentó durante la entrega en la escuela primaria de Mitzitón.

Los armazones fueron elegidos por los propios estudiantes y cuentan con micas resistentes a impactos. Las familias recibieron además orientación en español y en tsotsil sobre el cuidado de los lentes y la importancia de las revisiones anuales.

Los casos que requieren valoración especializada, como estrabismo o posible glaucoma infantil, fueron canalizados al hospital regional, donde recibirán atención de seguimiento con apoyo de transporte del DIF.

La jornada continuará en febrero en escuelas de la zona sur del municipio.

FIN

Unidad de Comunicación Social
Tel. 967 555 0181
comunicacion.dif@sancristobal.example
""", gold=gold(
    'press_release', 'CON JORNADA DE SALUD VISUAL, DIF ENTREGA 600 LENTES A NIÑAS Y NIÑOS DE COMUNIDADES RURALES',
    '2023-11-30',
    'Un total de 600 niñas y niños de comunidades rurales',
    'en escuelas de la zona sur del municipio.',
    source='Sistema DIF Municipal de San Cristóbal de las Casas',
    issuer='Sistema DIF Municipal de San Cristóbal de las Casas',
    dateline_city='San Cristóbal de las Casas',
    boilerplate=['![Sistema DIF Municipal de San Cristóbal de las Casas](/img/logos/dif-sclc.png)',
                 'Los lentes se entregaron sin costo para las familias',
                 'San Cristóbal de las Casas, Chiapas; 30 de noviembre de 2023.',
                 'FIN', 'Unidad de Comunicación Social', 'Tel. 967 555 0181',
                 'comunicacion.dif@sancristobal.example'],
    must_keep=['La jornada continuará en febrero en escuelas de la zona sur del municipio.',
               'Un total de 600 niñas y niños de comunidades rurales recibieron lentes graduados sin costo como parte de la jornada de salud visual que el DIF municipal realizó durante noviembre en 14 escuelas primarias de la zona norte del municipio.'])))

# x28 - Jekyll, no site key (Durango); impossible date, two authors, "Etiquetas:" -----
FILES.append(dict(name='x28_jekyll_durango_antirrabica', ext='md', enc='utf-8', eol='lf', text="""\
---
layout: post
title: "Arranca campaña de vacunación antirrábica en 120 colonias de Durango"
date: "2020-06-31"
authors: [Mónica Soto Valenzuela, Javier Adame Reyes]
categories:
  - Salud
  - Portada
tags: [vacunación, mascotas, Durango]
published: true
---

La Secretaría de Salud estatal inició la campaña de vacunación antirrábica canina y felina, que durante dos semanas recorrerá 120 colonias de la capital con la meta de aplicar 95 mil dosis gratuitas.

Las brigadas se instalarán de 9:00 a 14:00 horas en escuelas, centros comunitarios y esquinas de alto tránsito, y también visitarán domicilios en sectores donde en años anteriores se registró baja participación.

Pueden vacunarse perros y gatos a partir del mes de edad, incluidas hembras gestantes y animales que hayan recibido la dosis el año pasado, ya que la protección debe renovarse cada doce meses. El personal pidió llevar a los perros con correa y a los gatos en transportadora o dentro de una bolsa de tela.

Este año, por las medidas sanitarias, cada módulo atenderá a un número limitado de personas al mismo tiempo y será obligatorio el uso de cubrebocas. Las brigadas contarán con gel antibacterial y marcas en el piso para guardar distancia.

El responsable del programa de zoonosis, Martín Ibarra Quiñones, recordó que en Durango no se han registrado casos de rabia humana transmitida por perro en más de una década, un logro que, dijo, depende de mantener coberturas altas cada año.

Los calendarios por colonia pueden consultarse en los centros de salud y en las redes oficiales de la dependencia.

Etiquetas: salud, mascotas, vacunación antirrábica
""", gold=gold(
    'jekyll', 'Arranca campaña de vacunación antirrábica en 120 colonias de Durango', None,
    'La Secretaría de Salud estatal inició la campaña',
    'en las redes oficiales de la dependencia.',
    bylines=['Mónica Soto Valenzuela', 'Javier Adame Reyes'], section='Salud', placement=['Portada'],
    boilerplate=['Etiquetas: salud, mascotas, vacunación antirrábica'],
    must_keep=['Los calendarios por colonia pueden consultarse en los centros de salud y en las redes oficiales de la dependencia.'])))

# x29 - generic Markdown note (San Luis Potosí); Setext title, weekday date line -------
FILES.append(dict(name='x29_nota_slp_huerto_comunitario', ext='md', enc='utf-8', eol='lf', text=f"""\
Rescatan huerto comunitario en el barrio de Tlaxcala
====================================================

Viernes 2 de febrero de 2024

Un grupo de vecinas del barrio de Tlaxcala, en el centro de San Luis Potosí, recuperó un terreno baldío de 600{NB}metros cuadrados que durante años sirvió como tiradero y lo convirtió en un huerto comunitario donde hoy crecen lechugas, acelgas, cebollas, nopales y hierbas de olor.

El proyecto comenzó hace ocho meses con faenas de fin de semana para retirar escombro y basura. Después, con apoyo de estudiantes de agronomía, las participantes construyeron camas de cultivo con madera reciclada y un sistema de riego por goteo que aprovecha el agua de lluvia almacenada en tres tambos.

«Aquí nadie es dueña de nada; cada quien trabaja su cama y lo que sobra se reparte», explicó Estela Ramírez, una de las fundadoras. Actualmente participan 26 familias, que se organizan por turnos para regar y cuidar el lugar.

Las vecinas imparten talleres gratuitos de composta y siembra en macetas los sábados a las 10:00{NB}horas, abiertos a cualquier persona. También reciben donaciones de semillas, herramientas y costales de tierra.

El siguiente paso, dicen, es conseguir un permiso formal de uso del terreno para que el huerto no desaparezca si el predio se vende. Mientras tanto, han colocado una lona con el horario de trabajo y una invitación a sumarse.
""", gold=gold(
    'generic', 'Rescatan huerto comunitario en el barrio de Tlaxcala', '2024-02-02',
    'Un grupo de vecinas del barrio de Tlaxcala',
    'el horario de trabajo y una invitación a sumarse.',
    boilerplate=['===================='],
    must_keep=['Actualmente participan 26 familias, que se organizan por turnos para regar y cuidar el lugar.'])))

# x30 - wire, Desierto Noticias (Hermosillo, Sonora); bold Redacción byline, ---------
#       abbreviated month, teaser glued to the end of a middle paragraph
FILES.append(dict(name='x30_desierto_noticias_apagones', ext='md', enc='utf-8-sig', eol='lf', text=f"""\
## Reportan apagones en 30 colonias de Hermosillo durante la onda de calor

**Redacción** | Desierto Noticias | 9 ago. 2023

Vecinos de al menos 30 colonias de Hermosillo reportaron cortes de energía eléctrica de entre dos y nueve horas durante la noche del martes, cuando el termómetro todavía marcaba 38{NB}grados a las once de la noche.

Las zonas más afectadas fueron Villa de Seris, Pitic, Los Olivos y El Sahuaro, donde grupos de habitantes salieron a las calles para exigir el restablecimiento del servicio. En algunos sectores los vecinos bloquearon durante media hora el bulevar Solidaridad. Te puede interesar | Hermosillo rompe récord de temperatura para un mes de agosto

La empresa suministradora atribuyó las fallas a la sobrecarga de transformadores por el uso intensivo de aparatos de aire acondicionado y aseguró que sus cuadrillas trabajaron toda la noche para sustituir 18 equipos dañados.

"Tenemos adultos mayores que no pueden estar sin clima con este calor; no es un lujo, es salud", dijo Imelda Valenzuela, vecina de la colonia Pitic, quien pasó la noche con sus padres dentro del automóvil encendido.

Protección Civil municipal habilitó cinco centros de enfriamiento en gimnasios y centros comunitarios, abiertos las 24{NB}horas, con agua, sueros orales y atención médica básica.

Las autoridades de salud del estado contabilizan en lo que va de la temporada 41 casos de golpe de calor en la capital y recomendaron no dejar a niños ni mascotas dentro de vehículos cerrados.

Síguenos en X como @DesiertoNoticiasEj y escríbenos a contacto@desiertonoticias.example
""", gold=gold(
    'wire', 'Reportan apagones en 30 colonias de Hermosillo durante la onda de calor', '2023-08-09',
    'Vecinos de al menos 30 colonias de Hermosillo',
    'no dejar a niños ni mascotas dentro de vehículos cerrados.',
    source='Desierto Noticias',
    boilerplate=['**Redacción** | Desierto Noticias | 9 ago. 2023',
                 'Te puede interesar | Hermosillo rompe récord de temperatura para un mes de agosto',
                 'Síguenos en X como @DesiertoNoticiasEj',
                 'contacto@desiertonoticias.example'],
    must_keep=['En algunos sectores los vecinos bloquearon durante media hora el bulevar Solidaridad.'])))
