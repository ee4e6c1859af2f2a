#!/usr/bin/env python3
"""importer-bg, files 21-30."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bg21 wire (TV web desk, VIDEO suffix)
T21 = """EDOMEX

# Granizada deja autos varados y casas inundadas en Metepec | VIDEO

Canal 9 Valle de Toluca Noticias / Redacción Canal 9
Publicado el 02 Dic 2016 a las 19:20 hrs

▶️ Mira el video completo en nuestro canal de YouTube: youtube.example.mx/canal9valle

Una granizada de más de media hora sorprendió la tarde de este viernes a los habitantes de Metepec y del sur de Toluca, donde la acumulación de hielo en las calles dejó decenas de automóviles varados y provocó la inundación de al menos 80 viviendas.

La zona más afectada fue la avenida Tecnológico, a la altura de la colonia La Providencia, donde el granizo alcanzó hasta 40 centímetros de altura y obstruyó las coladeras. Elementos de Protección Civil municipal y del Ejército, con el Plan DN-III, retiraron el hielo con palas y maquinaria.

En el fraccionamiento Las Marinas, vecinos sacaron el agua de sus casas con cubetas. "En diez minutos se llenó la cochera y luego entró a la sala", relató Guadalupe Salgado, quien perdió un refrigerador y la mayor parte de sus muebles.

El ayuntamiento abrió un albergue en el DIF municipal y habilitó una línea telefónica para reportar daños. Hasta el cierre de esta edición no se reportaban personas lesionadas.

La Comisión del Agua del Estado de México explicó que la precipitación fue atípica para la temporada, ya que en diciembre suelen predominar las heladas en el Valle de Toluca, y pidió a la población no tirar basura en la calle para evitar que se tapen los drenajes.

Para este fin de semana se pronostican temperaturas de hasta cuatro grados bajo cero en las zonas altas.

Sigue nuestra transmisión en vivo de lunes a viernes a las 14:00 horas por el canal 9.1 de televisión abierta.
"""
write_source('bg21.md', T21)
write_gold('bg21', family='wire',
           title='Granizada deja autos varados y casas inundadas en Metepec',
           date='2016-12-02', bylines=[], source='Canal 9 Valle de Toluca Noticias',
           section='EDOMEX',
           body_first_words='Una granizada de más de media hora sorprendió',
           body_last_words='cuatro grados bajo cero en las zonas altas.',
           boilerplate=['Canal 9 Valle de Toluca Noticias / Redacción Canal 9',
                        'Publicado el 02 Dic 2016 a las 19:20 hrs',
                        '▶️ Mira el video completo en nuestro canal de YouTube: youtube.example.mx/canal9valle',
                        'Sigue nuestra transmisión en vivo de lunes a viernes a las 14:00 horas por el canal 9.1 de televisión abierta.'],
           must_keep=['Hasta el cierre de esta edición no se reportaban personas lesionadas.',
                      'El ayuntamiento abrió un albergue en el DIF municipal y habilitó una línea telefónica para reportar daños.'])

# ---------------------------------------------------------------- bg22 press (CDMX secretariat, umbrella)
T22 = """GOBIERNO DE LA CIUDAD DE MÉXICO
SECRETARÍA DEL MEDIO AMBIENTE

PARA PUBLICACIÓN INMEDIATA

SEDEMA/CS/014/2026

Ciudad de México, a 19 de enero de 2026

**Inicia la temporada de reforestación invernal en el Suelo de Conservación con 150 mil árboles**

La Secretaría del Medio Ambiente (Sedema) puso en marcha este lunes la temporada de reforestación invernal en el Suelo de Conservación de la capital, con la meta de plantar 150 mil árboles de especies nativas en las alcaldías Tlalpan, Milpa Alta, Xochimilco, Cuajimalpa y Magdalena Contreras antes de que termine marzo.

La dependencia informó que las plantas, principalmente oyamel, pino hartwegii, encino y madroño, se produjeron en el vivero de San Luis Tlaxialtemalco y se colocarán en zonas afectadas por incendios forestales y por la tala clandestina en los últimos cinco años.

A diferencia de campañas anteriores, en esta temporada se privilegiará la plantación en terrenos de núcleos agrarios que firmaron convenios de vigilancia, con el fin de que los árboles reciban riego de auxilio durante el estiaje. Los comuneros recibirán un pago por cada árbol que sobreviva al primer año.

La titular de la Sedema explicó que la supervivencia de las plantas en las reforestaciones de 2024 y 2025 fue de 68 por ciento, y que el objetivo para este año es superar el 75 por ciento. Para ello se colocarán cajetes y se aplicará hidrogel en las zonas con suelos más delgados.

Las personas interesadas en participar como voluntarias pueden registrarse en las jornadas dominicales que se realizarán en el Parque Ecológico de la Ciudad de México y en el Ajusco.

-0-

Síguenos en redes sociales: @SedemaCDMX_ej
Contacto de prensa: 55 5555 1400 · prensa@sedema.example.mx
"""
write_source('bg22.md', T22, eol='crlf')
write_gold('bg22', family='press_release',
           title='Inicia la temporada de reforestación invernal en el Suelo de Conservación con 150 mil árboles',
           date='2026-01-19', source='SECRETARÍA DEL MEDIO AMBIENTE', bulletin_number='SEDEMA/CS/014/2026',
           issuer='SECRETARÍA DEL MEDIO AMBIENTE', dateline_city='Ciudad de México',
           body_first_words='La Secretaría del Medio Ambiente (Sedema) puso en marcha',
           body_last_words='en el Parque Ecológico de la Ciudad de México y en el Ajusco.',
           boilerplate=['GOBIERNO DE LA CIUDAD DE MÉXICO', 'PARA PUBLICACIÓN INMEDIATA', 'SEDEMA/CS/014/2026',
                        'Ciudad de México, a 19 de enero de 2026', '-0-',
                        'Síguenos en redes sociales: @SedemaCDMX_ej',
                        'Contacto de prensa: 55 5555 1400 · prensa@sedema.example.mx'],
           must_keep=['Los comuneros recibirán un pago por cada árbol que sobreviva al primer año.',
                      'Para ello se colocarán cajetes y se aplicará hidrogel en las zonas con suelos más delgados.'])

# ---------------------------------------------------------------- bg23 jekyll (singular category with spaces, local date)
T23 = """---
layout: post
site_name: Valle Informa
title: "Texcoco: desborde del río Coxcacoaco afecta 300 viviendas"
date: 2019-07-13 22:10:00 -05:00
category: Estado de México
tags: "Texcoco lluvias"
author: ["Ana López Garduño", "Redacción"]
image: /assets/img/2019/07/texcoco-coxcacoaco.jpg
---

El río Coxcacoaco se desbordó la noche de este sábado a su paso por los pueblos de San Miguel Tlaixpan y Santa Cruz de Arriba, en Texcoco, tras una tormenta que duró cerca de tres horas y que afectó al menos 300 viviendas, de acuerdo con el primer recuento de Protección Civil municipal.

El agua arrastró lodo, piedras y ramas desde las partes altas de la sierra y alcanzó en algunas calles hasta un metro de altura. Vecinos subieron muebles y electrodomésticos a las azoteas mientras esperaban la llegada de las cuadrillas.

El ayuntamiento habilitó dos albergues, uno en la casa de cultura de Tlaixpan y otro en una escuela primaria, donde pasaron la noche alrededor de 60 personas. No se reportaron lesionados.

Habitantes de la zona señalaron que el cauce del río está invadido por construcciones y por cascajo que se tira de manera irregular, lo que reduce su capacidad en temporada de lluvias. La Comisión del Agua del Estado de México informó que enviará maquinaria para desazolvar el cauce en cuanto baje el nivel del agua.

El Servicio Meteorológico Nacional prevé lluvias fuertes para el oriente del Estado de México durante el resto del fin de semana, por lo que las autoridades pidieron a la población no cruzar calles inundadas y mantenerse atenta a los avisos oficiales.
"""
write_source('bg23.md', T23)
write_gold('bg23', family='jekyll',
           title='Texcoco: desborde del río Coxcacoaco afecta 300 viviendas',
           date='2019-07-13', bylines=['Ana López Garduño'], source='Valle Informa',
           section='Estado de México',
           body_first_words='El río Coxcacoaco se desbordó la noche de este sábado',
           body_last_words='mantenerse atenta a los avisos oficiales.',
           must_keep=['No se reportaron lesionados.',
                      'El agua arrastró lodo, piedras y ramas desde las partes altas de la sierra y alcanzó en algunas calles hasta un metro de altura.'])

# ---------------------------------------------------------------- bg24 wire (newsletter pasted in)
T24 = """Mirador Metropolitano <boletin@miradormetropolitano.example.mx>
¿No ves bien este correo? Ver en el navegador

☕ EL MIRADOR DE LA MAÑANA
Buenos días. Esto es lo que debes saber hoy, jueves 11 de abril de 2019.

━━━━━━━━━━━━━━━━━━━━

LA HISTORIA DEL DÍA

Valle de Bravo, al 31 %: la presa que abastece al Valle de México llega a su nivel más bajo en una década

Escribe: Tomás Arriaga Peña

La presa de Valle de Bravo, la más importante del Sistema Cutzamala, amaneció este jueves al 31 por ciento de su capacidad, el nivel más bajo registrado en esta época del año desde 2009, según el reporte diario de la Comisión Nacional del Agua.

El Cutzamala aporta cerca de una cuarta parte del agua que consumen la Ciudad de México y trece municipios del Estado de México. Cuando el nivel de sus presas baja, la Conagua reduce el volumen que envía a la zona metropolitana, y los primeros afectados son las colonias que están al final de la red, en las alcaldías Iztapalapa, Tláhuac y Gustavo A. Madero.

Especialistas consultados para este boletín coinciden en que la sequía explica solo una parte del problema. Las fugas en la red de distribución de la capital representan alrededor de 40 por ciento del agua que se envía, y en los últimos años se han retrasado obras de mantenimiento en las plantas de bombeo del sistema.

En Valle de Bravo, prestadores de servicios turísticos temen que la baja del nivel afecte la temporada de Semana Santa. Los embarcaderos de la zona de Avándaro ya se encuentran a más de cien metros de la orilla.

La Conagua no ha anunciado recortes adicionales, pero recomendó a los gobiernos locales preparar programas de distribución con pipas para mayo.

━━━━━━━━━━━━━━━━━━━━

TAMBIÉN HOY
• El Senado discute la reforma educativa en comisiones.
• Abre la Feria del Libro de Antropología en el Museo Nacional.

¿Te reenviaron este boletín? Suscríbete gratis en miradormetropolitano.example.mx/boletin
Cancelar suscripción | Actualizar preferencias
"""
write_source('bg24.txt', T24)
write_gold('bg24', family='wire',
           title='Valle de Bravo, al 31 %: la presa que abastece al Valle de México llega a su nivel más bajo en una década',
           date='2019-04-11', bylines=['Tomás Arriaga Peña'], source='Mirador Metropolitano',
           body_first_words='La presa de Valle de Bravo, la más importante del Sistema Cutzamala',
           body_last_words='preparar programas de distribución con pipas para mayo.',
           boilerplate=['Mirador Metropolitano <boletin@miradormetropolitano.example.mx>',
                        'Escribe: Tomás Arriaga Peña', '¿No ves bien este correo? Ver en el navegador', '☕ EL MIRADOR DE LA MAÑANA',
                        'Buenos días. Esto es lo que debes saber hoy, jueves 11 de abril de 2019.',
                        'LA HISTORIA DEL DÍA', 'TAMBIÉN HOY',
                        'El Senado discute la reforma educativa en comisiones.',
                        'Abre la Feria del Libro de Antropología en el Museo Nacional.',
                        '¿Te reenviaron este boletín? Suscríbete gratis en miradormetropolitano.example.mx/boletin',
                        'Cancelar suscripción | Actualizar preferencias'],
           must_keep=['Especialistas consultados para este boletín coinciden en que la sequía explica solo una parte del problema.',
                      'Los embarcaderos de la zona de Avándaro ya se encuentran a más de cien metros de la orilla.'])

# ---------------------------------------------------------------- bg25 press (state government, comms unit first)
T25 = """Coordinación General de Comunicación
Gobierno del Estado de Tlaxcala
Comunicado núm. 1402  |  05.06.2023

Instalan en Apizaco primera planta estatal de tratamiento de residuos de construcción

Tlaxcala, Tlax., 5 de junio de 2023.- En el marco del Día Mundial del Medio Ambiente, el Gobierno del Estado inauguró en Apizaco la primera planta pública de tratamiento de residuos de la construcción y demolición de la entidad, con capacidad para procesar hasta 200 toneladas diarias de cascajo.

La planta, ubicada en un predio de cuatro hectáreas junto al relleno sanitario regional, triturará concreto, ladrillo y tabique para convertirlos en grava y arena recicladas, que se utilizarán en la construcción de banquetas, bases de caminos rurales y rellenos en obras públicas estatales.

La Coordinación General de Ecología explicó que cada año se generan en Tlaxcala cerca de 180 mil toneladas de residuos de construcción, de las cuales una parte importante termina en barrancas, cauces de ríos y terrenos baldíos, sobre todo en la zona conurbada de Apizaco, Tlaxcala y Chiautempan.

A partir de julio, las empresas constructoras y los particulares que realicen obras podrán entregar su cascajo en la planta pagando una cuota menor a la que cobran los tiraderos privados. Los ayuntamientos que firmen convenio con el estado podrán llevar sin costo los residuos de sus obras.

La inversión fue de 38 millones de pesos, con recursos estatales y de un fondo federal para la gestión de residuos. Se prevé que la planta genere 25 empleos directos.

***

Síguenos en Facebook e Instagram: /GobTlaxcalaEjemplo
Coordinación General de Comunicación · Tel. 246 555 6000
"""
write_source('bg25.txt', T25, enc='cp1252', eol='lf')
write_gold('bg25', family='press_release',
           title='Instalan en Apizaco primera planta estatal de tratamiento de residuos de construcción',
           date='2023-06-05', source='Gobierno del Estado de Tlaxcala', bulletin_number='1402',
           issuer='Gobierno del Estado de Tlaxcala', dateline_city='Tlaxcala',
           body_first_words='En el marco del Día Mundial del Medio Ambiente',
           body_last_words='Se prevé que la planta genere 25 empleos directos.',
           boilerplate=['Coordinación General de Comunicación', 'Gobierno del Estado de Tlaxcala',
                        'Comunicado núm. 1402  |  05.06.2023', 'Tlaxcala, Tlax., 5 de junio de 2023.-',
                        'Síguenos en Facebook e Instagram: /GobTlaxcalaEjemplo',
                        'Coordinación General de Comunicación · Tel. 246 555 6000'],
           must_keep=['Los ayuntamientos que firmen convenio con el estado podrán llevar sin costo los residuos de sus obras.',
                      'Se prevé que la planta genere 25 empleos directos.'])

# ---------------------------------------------------------------- bg26 jekyll (draft, categories as a string, Liquid include)
T26 = """---
layout: article
title: "Xochicalco: la zona arqueológica reabre el observatorio tras 8 años"
date: "2016-02-29"
categories: "morelos cultura"
autor: Elena Tapia Ocampo
draft: true
excerpt_separator: <!--more-->
---

El observatorio de la zona arqueológica de Xochicalco, en Miacatlán, volverá a abrir al público a partir de marzo, luego de ocho años de cierre por trabajos de conservación y por el riesgo de derrumbes en el túnel de acceso.
<!--more-->

{% include figura.html src="/img/2016/02/xochicalco-observatorio.jpg" pie="Foto: Elena Tapia Ocampo" %}

El Instituto Nacional de Antropología e Historia informó que las visitas serán guiadas, en grupos de un máximo de quince personas y con una duración de veinte minutos, para evitar que la humedad y el dióxido de carbono dañen los aplanados originales de la cámara.

El observatorio es una cueva artificial con una chimenea que se abre hacia el cielo. Entre mayo y agosto, los rayos del sol entran por ella y proyectan un haz de luz hexagonal sobre el piso, un fenómeno que los antiguos habitantes de la ciudad utilizaban para llevar la cuenta del calendario agrícola.

Los trabajos incluyeron la colocación de un sistema de drenaje para desviar el agua de lluvia, la consolidación de las paredes del túnel y la instalación de iluminación de bajo consumo que no altera la temperatura del interior.

El día de mayor afluencia suele ser el 15 de mayo, cuando el sol pasa por el cenit de la zona. Ese día el acceso al observatorio será por sorteo entre los visitantes que se registren en la taquilla antes de las diez de la mañana.
"""
write_source('bg26.md', T26)
write_gold('bg26', family='jekyll',
           title='Xochicalco: la zona arqueológica reabre el observatorio tras 8 años',
           date='2016-02-29', published=False, bylines=['Elena Tapia Ocampo'], source=None,
           section='morelos',
           body_first_words='El observatorio de la zona arqueológica de Xochicalco',
           body_last_words='antes de las diez de la mañana.',
           boilerplate=['{% include figura.html src="/img/2016/02/xochicalco-observatorio.jpg" pie="Foto: Elena Tapia Ocampo" %}'],
           must_keep=['El observatorio es una cueva artificial con una chimenea que se abre hacia el cielo.',
                      'Ese día el acceso al observatorio será por sorteo entre los visitantes que se registren en la taquilla antes de las diez de la mañana.'],
           photo_credit='Foto: Elena Tapia Ocampo')

# ---------------------------------------------------------------- bg27 jekyll (folded title, authors block, nested image)
T27 = """---
layout: nota
publication: Hidalgo Hoy
title: >-
  Tulancingo abre clínica municipal de
  salud mental para adolescentes
date: 2021-03-07 08:00
authors:
  - Rebeca Olvera Trejo
  - Marco Antonio Lugo
categories:
  - Destacadas
  - Hidalgo
  - Salud
image:
  path: /uploads/2021/03/clinica-tulancingo.jpg
  caption: "Foto: Marco Antonio Lugo"
last_modified_at: 2021-03-09 12:30
---

El ayuntamiento de Tulancingo abrió este fin de semana una clínica municipal de salud mental dirigida a adolescentes de 12 a 17 años, la primera de su tipo en la región, con atención gratuita de psicología, psiquiatría y trabajo social.

La clínica funciona en un edificio rehabilitado del antiguo centro de salud de la colonia Jardines del Sur y atenderá de lunes a sábado. Para recibir consulta, las y los adolescentes deberán acudir acompañados de una madre, un padre o un tutor, salvo en casos de urgencia.

La directora del DIF municipal explicó que durante el último año aumentaron las solicitudes de apoyo por ansiedad, depresión y autolesiones entre estudiantes de secundaria y bachillerato, en parte por el aislamiento durante el cierre de escuelas.

El equipo está formado por cuatro psicólogas, un psiquiatra que acudirá dos días por semana y dos trabajadoras sociales. Además, la clínica organizará talleres para madres y padres sobre cómo detectar señales de alerta.

Escuelas de la zona firmaron un convenio para canalizar a estudiantes que requieran atención. El municipio prevé atender a unos 800 adolescentes durante el primer año de operación.
"""
write_source('bg27.md', T27)
write_gold('bg27', family='jekyll',
           title='Tulancingo abre clínica municipal de salud mental para adolescentes',
           date='2021-03-07', bylines=['Rebeca Olvera Trejo', 'Marco Antonio Lugo'], source='Hidalgo Hoy',
           section='Hidalgo', placement=['Destacadas'],
           body_first_words='El ayuntamiento de Tulancingo abrió este fin de semana',
           body_last_words='durante el primer año de operación.',
           must_keep=['Además, la clínica organizará talleres para madres y padres sobre cómo detectar señales de alerta.',
                      'El municipio prevé atender a unos 800 adolescentes durante el primer año de operación.'])

# ---------------------------------------------------------------- bg28 generic (setext level 1, table)
T28 = """Tarifas del transporte público en la zona metropolitana de Puebla
=================================================================

Desde que el gobierno estatal autorizó el aumento de la tarifa del transporte público, los usuarios de la zona metropolitana de Puebla pagan distintas cantidades según el tipo de unidad y el municipio en el que abordan. Esta nota resume lo que cuesta moverse en cada modalidad.

| Modalidad | Tarifa general | Estudiantes |
|---|---|---|
| Ruta urbana | 10 pesos | 5 pesos |
| Red Urbana de Transporte Articulado | 8.50 pesos | 4.25 pesos |
| Ruta suburbana | desde 12 pesos | sin descuento |

El descuento para estudiantes solo se aplica con credencial vigente emitida por la secretaría correspondiente, y los choferes no están obligados a aceptar credenciales escolares de planteles particulares.

Las personas mayores de 60 años y las personas con discapacidad viajan gratis en las líneas articuladas presentando su credencial, pero en las rutas urbanas concesionadas el beneficio depende de cada empresa.

Los usuarios que detecten cobros mayores a los autorizados pueden presentar una queja ante la autoridad de movilidad con el número económico de la unidad, la ruta y la hora del viaje. Las sanciones van desde una multa hasta la suspensión temporal de la concesión.

Organizaciones de usuarios han señalado que el aumento no vino acompañado de mejoras en las unidades, muchas de las cuales superan los diez años de antigüedad, y piden que la revisión de la flota se haga pública cada seis meses.
"""
write_source('bg28.text', T28)
write_gold('bg28', family='generic',
           title='Tarifas del transporte público en la zona metropolitana de Puebla',
           body_first_words='Desde que el gobierno estatal autorizó el aumento',
           body_last_words='se haga pública cada seis meses.',
           must_keep=['Esta nota resume lo que cuesta moverse en cada modalidad.',
                      'Las sanciones van desde una multa hasta la suspensión temporal de la concesión.'])

# ---------------------------------------------------------------- bg29 generic (cp1252, mixed EOL, no blank line after title)
T29 = """Los tianguis de Pachuca cambian de día por la feria
Los comerciantes de los tianguis de las colonias Centro, Cubitos y Felipe Ángeles, en Pachuca, instalarán sus puestos los martes y viernes en lugar de los miércoles y sábados durante las tres semanas que dure la Feria de San Francisco, por acuerdo con el ayuntamiento.

La medida busca liberar las calles que se utilizan como estacionamiento provisional y como ruta de los autobuses que trasladan a los visitantes al recinto ferial. Según las estimaciones municipales, a la feria asisten cada día hasta 60 mil personas.

Los líderes de los comerciantes aceptaron el cambio, aunque advirtieron que en ediciones anteriores sus ventas bajaron hasta un tercio porque los clientes no se enteraron a tiempo. Por eso pidieron al ayuntamiento difundir los nuevos días en la radio local y en carteles en los mercados.

“Nosotros vivimos de lo que vendemos cada semana; si la gente no llega, no hay para pagar la mercancía”, dijo una vendedora de frutas y verduras que lleva veinte años en el tianguis de Cubitos.

El ayuntamiento se comprometió a colocar lonas informativas en las calles donde se instalan los tianguis y a no cobrar el derecho de piso de la primera semana. Los horarios de instalación se mantienen: de las seis de la mañana a las cuatro de la tarde.

Al concluir la feria, los tianguis regresarán a sus días habituales.
"""
write_source('bg29.txt', T29, enc='cp1252', eol=('alternate',))
write_gold('bg29', family='generic',
           title='Los tianguis de Pachuca cambian de día por la feria',
           body_first_words='Los comerciantes de los tianguis de las colonias Centro',
           body_last_words='los tianguis regresarán a sus días habituales.',
           must_keep=['Según las estimaciones municipales, a la feria asisten cada día hasta 60 mil personas.',
                      'Los horarios de instalación se mantienen: de las seis de la mañana a las cuatro de la tarde.'])

# ---------------------------------------------------------------- bg30 bad (NUL-filled file)
write_source('bg30.md', raw=b'\x00' * 4096)
write_gold('bg30', family='bad',
           refusal_reason='no text: 4,096 NUL bytes (a file truncated or zero-filled by a crash or a failed copy)')
print('part3 ok')
