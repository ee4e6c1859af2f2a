"""Files as21-as30."""
import random
from common import write_source, write_gold, NBSP


def fx(t):
    return t.replace('¤', NBSP).replace('<TS>', '  ')


# ---------------------------------------------------------------- as21 wire (emoji, mixed EOL)
t21 = '''Sin agua 30 colonias de Nacajuca por falla en planta potabilizadora

Pulso Chontal | Por Jesús Alberto Hernández Ramón y Karla Pérez Zurita | 14/08/2025 07:45

La Coordinación del Sistema de Agua y Saneamiento de Nacajuca informó que 30 colonias y 12 comunidades de la cabecera municipal permanecerán sin servicio de agua potable al menos hasta el sábado, debido a la falla de dos bombas en la planta potabilizadora de la villa Guaytalpa.

El titular del sistema, ingeniero Rogelio Alejandro Cruz, explicó que una descarga eléctrica durante la tormenta del martes dañó los motores de las bombas principales y que las piezas de reemplazo llegarán desde Monterrey. "Estamos trabajando con una bomba auxiliar, pero solo alcanza para abastecer al hospital, las escuelas y el centro", detalló.

Mientras tanto, el Ayuntamiento distribuye agua en ocho pipas con capacidad de 10 mil litros cada una, que recorren las colonias según un calendario publicado en las redes sociales municipales. También te recomendamos: Reportan baja presión de agua en Jalpa de Méndez Vecinos de la colonia Tierra Colorada se quejaron de que la pipa llegó solo una vez en tres días y que tuvieron que comprar garrafones a 35 pesos.

Comerciantes del mercado municipal dijeron que las fondas y las pescaderías son las más afectadas, pues necesitan agua para lavar utensilios y producto. Algunas cerraron desde el miércoles.

La Comisión Estatal del Agua ofreció enviar cuatro pipas adicionales y un equipo técnico para revisar el estado de la planta, que tiene más de 25 años de operación y no ha recibido mantenimiento mayor desde 2018.

📲 Únete a nuestro canal de WhatsApp: whatsapp.example.mx/pulsochontal
👍 Síguenos en Facebook: /PulsoChontal
'''
write_source('as21.txt', t21, eol=('mixed', 3))
write_gold('as21', family='wire',
    title='Sin agua 30 colonias de Nacajuca por falla en planta potabilizadora',
    date='2025-08-14', bylines=['Jesús Alberto Hernández Ramón', 'Karla Pérez Zurita'],
    source='Pulso Chontal',
    body_first_words='La Coordinación del Sistema de Agua y Saneamiento de Nacajuca informó',
    body_last_words='no ha recibido mantenimiento mayor desde 2018.',
    boilerplate=['También te recomendamos: Reportan baja presión de agua en Jalpa de Méndez',
                 'Únete a nuestro canal de WhatsApp', 'whatsapp.example.mx/pulsochontal',
                 'Síguenos en Facebook: /PulsoChontal'],
    must_keep=['Mientras tanto, el Ayuntamiento distribuye agua en ocho pipas con capacidad de 10 mil litros cada una, que recorren las colonias según un calendario publicado en las redes sociales municipales.',
               'Vecinos de la colonia Tierra Colorada se quejaron de que la pipa llegó solo una vez en tres días y que tuvieron que comprar garrafones a 35 pesos.',
               'Algunas cerraron desde el miércoles.'])

# ---------------------------------------------------------------- as22 wire (control bytes, entity)
t22 = fx('''Migrantes cruzan el Suchiate en balsas pese a operativo en el puente fronterizo<TS>
Texto: Fernando Gálvez Cifuentes, corresponsal en Ciudad Hidalgo. Noticias del Soconusco. Jueves 27 de octubre de 2016.<TS>

Foto: Noticias del Soconusco / Archivo

Decenas de migrantes centroamericanos continúan cruzando el río Suchiate en balsas de cámaras de llanta, a pocos metros del puente fronterizo Rodolfo Robles, donde desde el lunes se mantiene un operativo de revisión de autoridades migratorias y policías federales.\x07

Los balseros cobran 25 pesos por persona y 50 por cada bulto de mercancía. Uno de ellos, que pidió no ser identificado, dijo que realizan hasta 40 viajes diarios y que los agentes no intervienen en el río porque es zona federal bajo jurisdicción de otra autoridad.

LEE TAMBIÉN: Detienen a tres presuntos traficantes de personas en Tuxtla Chico En la orilla mexicana, los migrantes se dispersan por las calles de Ciudad Hidalgo y caminan hacia la carretera costera rumbo a Tapachula, evitando los puntos de revisión.

Organizaciones civiles de Tapachula estimaron que en octubre han llegado al albergue diocesano alrededor de 1¤200 personas, la mayoría hondureñas y salvadoreñas, entre ellas familias con ni&ntilde;os pequeños. El albergue tiene capacidad para 150 personas y ha tenido que instalar casas de campaña en el patio.
\x1f
Comerciantes de la zona aseguraron que el paso de mercancías por el río es una actividad que existe desde hace décadas y que de ella viven cientos de familias de ambos lados de la frontera, por lo que pidieron que los operativos no afecten el comercio local.

Con información de Agencias
''')
write_source('as22.text', t22)
write_gold('as22', family='wire',
    title='Migrantes cruzan el Suchiate en balsas pese a operativo en el puente fronterizo',
    date='2016-10-27', bylines=['Fernando Gálvez Cifuentes'], source='Noticias del Soconusco',
    body_first_words='Decenas de migrantes centroamericanos continúan cruzando el río Suchiate en balsas',
    body_last_words='por lo que pidieron que los operativos no afecten el comercio local.',
    boilerplate=['Foto: Noticias del Soconusco / Archivo',
                 'LEE TAMBIÉN: Detienen a tres presuntos traficantes de personas en Tuxtla Chico',
                 'Con información de Agencias'],
    must_keep=['En la orilla mexicana, los migrantes se dispersan por las calles de Ciudad Hidalgo y caminan hacia la carretera costera rumbo a Tapachula, evitando los puntos de revisión.',
               'El albergue tiene capacidad para 150 personas y ha tenido que instalar casas de campaña en el patio.',
               'Los balseros cobran 25 pesos por persona y 50 por cada bulto de mercancía.'],
    photo_credit='Noticias del Soconusco / Archivo')

# ---------------------------------------------------------------- as23 press (cp1252, CRLF, NBSP)
t23 = fx('''GOBIERNO DEL ESTADO DE VERACRUZ
Secretaría de Protección Civil
Boletín SPC/0457/2015

Activan alerta gris por frente frío 9 y evento de Norte en la costa veracruzana

Xalapa-Enríquez, Ver., 26 de octubre de 2015

La Secretaría de Protección Civil activó la alerta gris en las regiones Norte, Centro y Sur del estado por el ingreso del frente frío número 9, que provocará un evento de Norte con rachas de viento de 70 a 90 kilómetros por hora en la costa y de hasta 100 kilómetros por hora en el sur del estado, particularmente en Coatzacoalcos y Minatitlán.

Se prevén también lluvias fuertes de 50 a 75 milímetros en la Sierra de Zongolica, la región de Los Tuxtlas y las cuencas de los ríos Coatzacoalcos y Tonalá, así como oleaje de 3 a 5 metros de altura y un descenso de temperatura de hasta 8 grados en las zonas montañosas.

La dependencia recomendó a la población asegurar techos de lámina, anuncios y objetos que puedan ser arrastrados por el viento, así como evitar transitar por zonas arboladas y cerca de postes y cableado eléctrico. A los prestadores de servicios turísticos y pescadores se les pidió suspender actividades en el mar hasta que las condiciones mejoren.

La Capitanía de Puerto de Veracruz informó que se cerró la navegación a embarcaciones menores y que el puerto permanece abierto con restricciones para buques de gran calado.

El Consejo Estatal de Protección Civil sesionará de manera permanente y mantiene coordinación con los 212¤municipios a través de las 32 coordinaciones regionales. Los refugios temporales están listos para abrirse en caso necesario.

---000---

Comunicación Social SPC | Tel. 228 820 0000 | spc.prensa@veracruz.example.mx | X: @PC_Ver_Ofic
''')
write_source('as23.txt', t23, enc='cp1252', eol='crlf')
write_gold('as23', family='press_release',
    title='Activan alerta gris por frente frío 9 y evento de Norte en la costa veracruzana',
    date='2015-10-26', bylines=[], source='Secretaría de Protección Civil',
    bulletin_number='SPC/0457/2015', issuer='Secretaría de Protección Civil',
    dateline_city='Xalapa-Enríquez',
    body_first_words='La Secretaría de Protección Civil activó la alerta gris en las',
    body_last_words='Los refugios temporales están listos para abrirse en caso necesario.',
    boilerplate=['GOBIERNO DEL ESTADO DE VERACRUZ', '---000---', 'Comunicación Social SPC',
                 'spc.prensa@veracruz.example.mx', '@PC_Ver_Ofic'],
    must_keep=['A los prestadores de servicios turísticos y pescadores se les pidió suspender actividades en el mar hasta que las condiciones mejoren.',
               'El Consejo Estatal de Protección Civil sesionará de manera permanente y mantiene coordinación con los 212 municipios a través de las 32 coordinaciones regionales.',
               'La Capitanía de Puerto de Veracruz informó que se cerró la navegación a embarcaciones menores y que el puerto permanece abierto con restricciones para buques de gran calado.'])

# ---------------------------------------------------------------- as24 press (COMUNICADO label, inline dateline)
t24 = fx('''COMUNICADO<TS>

H. Ayuntamiento de Carmen
No. 0892/2025

Arranca programa de bacheo nocturno en las principales avenidas de la isla

Ciudad del Carmen, Campeche; a 18 de marzo de 2025.- El Ayuntamiento de Carmen puso en marcha el programa de bacheo nocturno en las principales avenidas de la isla, con el que se prevé reparar más de 9 mil metros cuadrados de carpeta asfáltica en un periodo de diez semanas.

La presidenta municipal, Mtra. Elena Zubieta Ortiz, explicó que los trabajos se realizan de 21:00 a 5:00 horas para no afectar la circulación en las horas de mayor tráfico, especialmente en la avenida Periférica Norte, la calle 31 y el acceso al puente La Unidad.<TS>

Las cuadrillas de Obras Públicas trabajan con dos máquinas fresadoras, una petrolizadora y cuatro camiones de volteo. La mezcla asfáltica se produce en la planta municipal, que fue rehabilitada en enero tras permanecer dos años fuera de servicio.

La alcaldesa pidió a los automovilistas respetar los señalamientos y los abanderados, así como reportar baches a través del número de WhatsApp de Atención Ciudadana. En las primeras dos semanas se recibieron 640 reportes, de los cuales 410 ya fueron atendidos.

Una vez concluida la etapa en la cabecera, el programa se extenderá a Sabancuy, Isla Aguada y Mamantel, donde se atenderán las calles de acceso a escuelas y centros de salud.

FIN

Síguenos en nuestras redes sociales: Facebook H. Ayuntamiento de Carmen | X @AytoCarmen_Ofic | www.carmen.example.mx
''')
write_source('as24.md', t24)
write_gold('as24', family='press_release',
    title='Arranca programa de bacheo nocturno en las principales avenidas de la isla',
    date='2025-03-18', bylines=[], source='H. Ayuntamiento de Carmen',
    bulletin_number='0892/2025', issuer='H. Ayuntamiento de Carmen',
    dateline_city='Ciudad del Carmen',
    body_first_words='El Ayuntamiento de Carmen puso en marcha el programa de bacheo',
    body_last_words='donde se atenderán las calles de acceso a escuelas y centros de salud.',
    boilerplate=['COMUNICADO', 'FIN', 'Síguenos en nuestras redes sociales', 'X @AytoCarmen_Ofic',
                 'www.carmen.example.mx'],
    must_keep=['La alcaldesa pidió a los automovilistas respetar los señalamientos y los abanderados, así como reportar baches a través del número de WhatsApp de Atención Ciudadana.',
               'En las primeras dos semanas se recibieron 640 reportes, de los cuales 410 ya fueron atendidos.',
               'La mezcla asfáltica se produce en la planta municipal, que fue rehabilitada en enero tras permanecer dos años fuera de servicio.'])

# ---------------------------------------------------------------- as25 jekyll (ISO offset, liquid, two placements)
t25 = '''---
layout: post
title: "Bacalar limita a 35 las lanchas que podrán navegar al mismo tiempo en la laguna"
date: 2024-02-29T23:40:00-06:00
author: Itzel Marrufo Chan
categories: ["Portada", "Destacadas", "Turismo"]
site_name: Laguna Bacalar Noticias
image: /assets/img/2024/02/bacalar-lanchas.jpg
---

El Ayuntamiento de Bacalar y la cooperativa de prestadores de servicios náuticos acordaron limitar a 35 el número de embarcaciones que podrán navegar al mismo tiempo en la laguna, como parte de un plan para proteger los estromatolitos del Canal de los Piratas y la zona de Los Rápidos.

La medida entrará en vigor el 1 de abril, antes de las vacaciones de Semana Santa, y se aplicará mediante un sistema de turnos con pulseras de colores que se entregarán en los tres embarcaderos autorizados. Las lanchas de motor de combustión deberán mantenerse a más de 50 metros de las orillas y a una velocidad máxima de 10 nudos.

{% include ad.html %}

La bióloga Renata Pech Canul, integrante del consejo ciudadano de la laguna, explicó que los estromatolitos crecen apenas un milímetro al año y que el oleaje de las lanchas y el sedimento que levantan los bañistas los están dañando. "Lo que se rompe hoy tardará siglos en recuperarse", advirtió.

Los prestadores de servicios aceptaron la medida, aunque pidieron que también se regule a los operadores que llegan desde Chetumal y Tulum sin permisos locales. Según la cooperativa, en temporada alta llegan a navegar más de 90 lanchas y decenas de kayaks al mismo tiempo.

El municipio instalará boyas de señalización y contratará a diez guardaparques comunitarios, que vigilarán el cumplimiento del reglamento.

**Relacionado:**
- [Bacalar registra récord de visitantes en enero](/2024/02/05/bacalar-record-visitantes/)
- [Prohíben motos acuáticas en la laguna de los siete colores](/2023/11/20/prohiben-motos-acuaticas/)
'''
write_source('as25.md', t25)
write_gold('as25', family='jekyll',
    title='Bacalar limita a 35 las lanchas que podrán navegar al mismo tiempo en la laguna',
    date='2024-02-29', bylines=['Itzel Marrufo Chan'], source='Laguna Bacalar Noticias',
    section='Turismo', placement=['Portada', 'Destacadas'],
    body_first_words='El Ayuntamiento de Bacalar y la cooperativa de prestadores de servicios',
    body_last_words='guardaparques comunitarios, que vigilarán el cumplimiento del reglamento.',
    boilerplate=['{% include ad.html %}', 'Relacionado:',
                 'Bacalar registra récord de visitantes en enero',
                 'Prohíben motos acuáticas en la laguna de los siete colores'],
    must_keep=['"Lo que se rompe hoy tardará siglos en recuperarse", advirtió.',
               'Las lanchas de motor de combustión deberán mantenerse a más de 50 metros de las orillas y a una velocidad máxima de 10 nudos.',
               'El municipio instalará boyas de señalización y contratará a diez guardaparques comunitarios, que vigilarán el cumplimiento del reglamento.'])

# ---------------------------------------------------------------- as26 jekyll (draft, capitalised keys, cp1252)
t26 = fx('''---
Layout: post
Title: Grito de Independencia en Xalapa reúne a 20 mil personas pese a la lluvia
Date: 2016-09-16 08:00:00
Author: Rubén Sosa Landa
Categories: Estado
Tags: [Xalapa, fiestas patrias, Independencia]
draft: true
---

Alrededor de 20 mil personas se congregaron la noche del jueves en la Plaza Lerdo y las calles aledañas al Palacio de Gobierno de Xalapa para presenciar la ceremonia del Grito de Independencia, a pesar de la lluvia que cayó de manera intermitente desde las siete de la tarde.<TS>

El gobernador salió al balcón central a las 23:00 horas, acompañado por su esposa y por los presidentes del Congreso y del Tribunal Superior de Justicia, y tras tocar la campana vitoreó a los héroes de la Independencia. Después inició un espectáculo de fuegos artificiales de 12 minutos.

Antes de la ceremonia se presentaron el Ballet Folklórico de la Universidad, la banda sinfónica del estado y grupos de son jarocho de Tlacotalpan y Santiago Tuxtla. Los puestos de antojitos ubicados en la calle Enríquez ofrecieron garnachas, tamales de elote y atole de cacahuate.<TS>

La Dirección de Protección Civil municipal informó saldo blanco, con 14 atenciones médicas menores por crisis de ansiedad, caídas y un caso de intoxicación etílica. En el operativo participaron 600 elementos de seguridad estatales y municipales, que instalaron arcos detectores de metales en los cuatro accesos a la plaza.

Este viernes, el desfile conmemorativo partirá a las 10:00 horas de la avenida Xalapa y recorrerá el centro de la ciudad con la participación de 4 mil estudiantes y elementos de la Secretaría de la Defensa Nacional.
''')
write_source('as26.md', t26, enc='cp1252')
write_gold('as26', family='jekyll',
    title='Grito de Independencia en Xalapa reúne a 20 mil personas pese a la lluvia',
    date='2016-09-16', published=False, bylines=['Rubén Sosa Landa'], source=None,
    section='Estado',
    body_first_words='Alrededor de 20 mil personas se congregaron la noche del jueves',
    body_last_words='4 mil estudiantes y elementos de la Secretaría de la Defensa Nacional.',
    boilerplate=[],
    must_keep=['Después inició un espectáculo de fuegos artificiales de 12 minutos.',
               'La Dirección de Protección Civil municipal informó saldo blanco, con 14 atenciones médicas menores por crisis de ansiedad, caídas y un caso de intoxicación etílica.',
               'Los puestos de antojitos ubicados en la calle Enríquez ofrecieron garnachas, tamales de elote y atole de cacahuate.'])

# ---------------------------------------------------------------- as27 jekyll (offset at 23:50, CRLF front matter only)
t27 = fx('''---
layout: post
title: 'Cafeticultores de la Sierra Mariscal cierran 2023 con el peor precio en cinco años'
date: 2023-12-31 23:50:00 -0600
author:
  - Martín Roblero Pérez
categories:
- Economía
- Portada
sitename: Istmo Sur Noticias
---

Productores de café de la Sierra Mariscal, en Chiapas, cerraron la cosecha 2023 con un precio promedio de 58¤pesos por kilo de café pergamino, el más bajo en cinco años, mientras que los costos de fertilizantes y mano de obra aumentaron más de 30 por ciento.

Ernestina López Vázquez, presidenta de una organización de 600 pequeños productores de Motozintla y Siltepec, explicó que muchas familias dejaron de cortar parte de sus cafetales porque no les alcanzaba para pagar a los jornaleros, que cobran hasta 350 pesos diarios. "El café se quedó en las matas; nadie quiere trabajar por lo que pagan los coyotes", dijo.

La roya y la broca también afectaron la producción en las zonas bajas, donde algunos productores reportaron pérdidas de hasta la mitad de la cosecha. En las partes altas, arriba de los 1¤400 metros, la calidad del grano fue buena, pero los compradores no reconocieron un sobreprecio.

Las organizaciones pidieron a los gobiernos estatal y federal un programa de renovación de cafetales con variedades resistentes, así como centros de acopio que compren directamente a los productores y eviten a los intermediarios.

Para 2024, los cafeticultores esperan que los precios internacionales se recuperen, aunque reconocen que el clima seguirá siendo la principal incertidumbre.
''')
write_source('as27.markdown', t27, eol=('mixed', 12))
write_gold('as27', family='jekyll',
    title='Cafeticultores de la Sierra Mariscal cierran 2023 con el peor precio en cinco años',
    date='2023-12-31', bylines=['Martín Roblero Pérez'], source='Istmo Sur Noticias',
    section='Economía', placement=['Portada'],
    body_first_words='Productores de café de la Sierra Mariscal, en Chiapas, cerraron la',
    body_last_words='reconocen que el clima seguirá siendo la principal incertidumbre.',
    boilerplate=[],
    must_keep=['"El café se quedó en las matas; nadie quiere trabajar por lo que pagan los coyotes", dijo.',
               'En las partes altas, arriba de los 1 400 metros, la calidad del grano fue buena, pero los compradores no reconocieron un sobreprecio.',
               'Para 2024, los cafeticultores esperan que los precios internacionales se recuperen, aunque reconocen que el clima seguirá siendo la principal incertidumbre.'])

# ---------------------------------------------------------------- as28 generic (BOM, CRLF, ALL-CAPS)
t28 = fx('''APUNTES SOBRE LA TEMPORADA DE ANIDACIÓN DE TORTUGAS EN XCACEL<TS>

La temporada de anidación de tortugas marinas en la costa central de Quintana Roo comienza en mayo y se extiende hasta octubre, cuando eclosionan los últimos nidos. En la playa de Xcacel, entre Akumal y Tulum, anidan principalmente la tortuga blanca y la caguama, y en menor número la tortuga de carey.

Durante las noches de junio y julio, brigadas de voluntarios recorren los cuatro kilómetros de playa para localizar a las hembras, medirlas, marcarlas y registrar el número de huevos de cada nido. Cuando un nido está en riesgo por la marea o por la cercanía de caminos, los huevos se trasladan a un corral de protección.<TS>

Los voluntarios siguen reglas estrictas: no usan linternas de luz blanca, no se acercan a las tortugas mientras cavan y mantienen una distancia de al menos diez metros durante el desove. A los visitantes se les pide no dejar sombrillas ni sillas en la arena por la noche y no encender fogatas.

En los últimos años, la llegada masiva de sargazo ha complicado el trabajo, pues las crías quedan atrapadas en las acumulaciones al intentar llegar al mar. Las brigadas retiran el alga a mano en las zonas de nidos para no dañar los huevos enterrados.

Quien desee participar como voluntario debe inscribirse con anticipación y asistir a una capacitación de dos días.
''')
write_source('as28.txt', t28, eol='crlf', bom=True)
write_gold('as28', family='generic',
    title='APUNTES SOBRE LA TEMPORADA DE ANIDACIÓN DE TORTUGAS EN XCACEL',
    date=None, bylines=[], source=None,
    body_first_words='La temporada de anidación de tortugas marinas en la costa central',
    body_last_words='debe inscribirse con anticipación y asistir a una capacitación de dos días.',
    boilerplate=[],
    must_keep=['Cuando un nido está en riesgo por la marea o por la cercanía de caminos, los huevos se trasladan a un corral de protección.',
               'Las brigadas retiran el alga a mano en las zonas de nidos para no dañar los huevos enterrados.',
               'Quien desee participar como voluntario debe inscribirse con anticipación y asistir a una capacitación de dos días.'])

# ---------------------------------------------------------------- as29 generic (setext heading, entities, VT)
t29 = fx('''Memoria del agua: testimonios de la inundación de 2007 en Villahermosa
=======================================================================

En noviembre de 2007, cerca del 80¤por ciento del territorio de Tabasco quedó bajo el agua. En Villahermosa, colonias enteras como Gaviotas, Casa Blanca y La Manga permanecieron inundadas durante semanas, y miles de familias tuvieron que refugiarse en albergues, en casas de familiares o en los techos de sus propias viviendas.

Doña Rosario Magaña recuerda que el agua entró a su casa de la colonia Gaviotas Sur en menos de una hora. &ldquo;Subimos al segundo piso lo que pudimos: los papeles, la ropa de los niños y una estufita&rdquo;, cuenta. Pasó nueve días ahí, hasta que una lancha de la Marina la llevó a un albergue en el centro.
\x0b
Su vecino, Tomás Ramírez, perdió el taller de herrería que había construido durante veinte años. Con el dinero de un programa de apoyo volvió a comprar una soldadora, pero dice que el negocio nunca se recuperó del todo.

Después de la inundación se construyeron bordos, compuertas y muros de contención en la ciudad. Los vecinos reconocen que las obras han evitado desastres similares, pero cada temporada de lluvias vigilan con inquietud el nivel de los ríos Grijalva y Carrizal.

Para muchos tabasqueños, la fecha sigue siendo una herida abierta y una referencia: se habla de antes y después de 2007.
''')
write_source('as29.markdown', t29)
write_gold('as29', family='generic',
    title='Memoria del agua: testimonios de la inundación de 2007 en Villahermosa',
    date=None, bylines=[], source=None,
    body_first_words='En noviembre de 2007, cerca del 80 por ciento del territorio',
    body_last_words='una herida abierta y una referencia: se habla de antes y después de 2007.',
    boilerplate=[],
    must_keep=['Pasó nueve días ahí, hasta que una lancha de la Marina la llevó a un albergue en el centro.',
               'Su vecino, Tomás Ramírez, perdió el taller de herrería que había construido durante veinte años.',
               'Los vecinos reconocen que las obras han evitado desastres similares, pero cada temporada de lluvias vigilan con inquietud el nivel de los ríos Grijalva y Carrizal.'])

# ---------------------------------------------------------------- as30 bad: binary (a .docx saved as .txt)
rng = random.Random(30)
blob = bytearray(b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00')
blob += bytes(rng.randrange(256) for _ in range(14))
blob += b'[Content_Types].xml'
blob += bytes(rng.randrange(256) for _ in range(700))
blob += b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00' + bytes(rng.randrange(256) for _ in range(14))
blob += b'word/document.xml'
blob += bytes(rng.randrange(256) for _ in range(1500))
blob += b'PK\x01\x02\x14\x00\x14\x00\x06\x00\x08\x00\x00\x00!\x00' + bytes(rng.randrange(256) for _ in range(30))
blob += b'word/document.xmlPK\x05\x06\x00\x00\x00\x00\x0b\x00\x0b\x00\xc2\x02\x00\x00\x9a\x1f\x00\x00\x00\x00'
write_source('as30.txt', raw=bytes(blob))
write_gold('as30', family='bad',
    refusal_reason='Archivo binario (documento de Word comprimido), no es texto legible')
print('part3 ok')
