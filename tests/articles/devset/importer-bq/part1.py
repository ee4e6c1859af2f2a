#!/usr/bin/env python3
"""importer-bq, files 01-10."""
from common import write_source, write_gold, hard_wrap, NBSP, LRM, to_bytes

# ---------------------------------------------------------------- bq01 wire (state agency teletype, Tlax., cp850)
p = [
    'HUAMANTLA, Tlax., 14 de marzo de 2003 (ATI).- Habitantes de seis comunidades de las faldas de La Malinche concluyeron este viernes los trabajos de rescate de once manantiales que durante años estuvieron azolvados, con lo que unas 9 mil personas de los municipios de Huamantla, Ixtenco y Zitlaltepec tendrán agua entubada durante la temporada de secas.',
    'La obra fue realizada mediante faenas comunitarias, con materiales aportados por el gobierno del estado y por la Comisión Nacional del Agua. Los comités de agua de cada localidad organizaron grupos de veinte personas que trabajaron los fines de semana desde noviembre, retirando tierra, piedras y raíces de los ojos de agua.',
    'El presidente del comité de agua de San Juan Ixtenco, Cirilo Sánchez Flores, explicó que en los últimos años las mujeres tenían que caminar hasta dos horas para llenar sus cántaros en la época de estiaje. "Ahora el agua baja sola por la manguera hasta los tanques del pueblo", dijo.',
    'Técnicos de la Coordinación General de Ecología advirtieron que la tala clandestina en el Parque Nacional La Malinche reduce la recarga de los manantiales, por lo que pidieron a los ejidatarios vigilar los parajes donde todavía se extrae madera sin permiso.',
    'Como parte del programa se plantarán 40 mil árboles de pino y oyamel durante la próxima temporada de lluvias, en coordinación con las escuelas secundarias de la región. Los comités también acordaron cobrar una cuota simbólica de diez pesos al mes por familia para el mantenimiento de las tuberías.',
    'Las autoridades estatales informaron que el siguiente paso será construir dos tanques de almacenamiento en Zitlaltepec, con una capacidad conjunta de 300 mil litros.',
]
bq01 = ('ZCZC ATI0187 3 EST 0329\n'
        'Agencia Tlaxcalteca de Información (ATI) - Servicio estatal\n'
        'EST-TLAXCALA-AGUA\n'
        'RESCATAN MANANTIALES EN LAS FALDAS DE LA MALINCHE PARA ABASTECER A\n'
        'SEIS COMUNIDADES\n'
        'Por Gerardo Xicohténcatl Pérez (GXP/ATI)\n'
        '\n'
        + '\n'.join(hard_wrap(x, 68, indent='   ') for x in p) +
        '\n\nATI/GXP/jgc\n14-03-03 1742 HRS\nNNNN\n')
write_source('bq01.txt', bq01, enc='cp850', eol='crlf')
write_gold('bq01', family='wire',
           title='RESCATAN MANANTIALES EN LAS FALDAS DE LA MALINCHE PARA ABASTECER A SEIS COMUNIDADES',
           date='2003-03-14', bylines=['Gerardo Xicohténcatl Pérez'],
           source='Agencia Tlaxcalteca de Información',
           body_first_words='Habitantes de seis comunidades de las faldas de La Malinche',
           body_last_words='con una capacidad conjunta de 300 mil litros.',
           boilerplate=['ZCZC ATI0187 3 EST 0329', 'EST-TLAXCALA-AGUA',
                        'HUAMANTLA, Tlax., 14 de marzo de 2003 (ATI).-',
                        'ATI/GXP/jgc', '14-03-03 1742 HRS', 'NNNN'],
           must_keep=['La obra fue realizada mediante faenas comunitarias, con materiales aportados por el gobierno del estado y por la Comisión Nacional del Agua.',
                      '"Ahora el agua baja sola por la manguera hasta los tanques del pueblo", dijo.',
                      'Los comités también acordaron cobrar una cuota simbólica de diez pesos al mes por familia para el mantenimiento de las tuberías.'])

# ---------------------------------------------------------------- bq02 wire (fact-checking collective, Mor.)
bq02 = """Salud

# ¿Es cierto que el agua del río Cuautla tiene arsénico y ya no sirve ni para regar?

**Calificación: ENGAÑOSO**

Por Itzel Bahena Ocampo y Marco Antonio Salgado Rivera | Contraste Verifica | 22 de mayo de 2019

![Río Cuautla](/imagenes/2019/05/rio-cuautla.jpg)
Foto: Marco Antonio Salgado Rivera

En los últimos días circuló en grupos de Facebook de Cuautla y Ayala una imagen del río Cuautla con un texto que asegura que sus aguas “ya tienen arsénico” y que “ni para regar sirven”. La publicación había sido compartida más de 8 mil veces hasta el martes.

Para verificar la afirmación consultamos los resultados de calidad del agua que la Comisión Nacional del Agua publica para sus sitios de monitoreo en el río, así como un estudio de la Universidad Autónoma del Estado de Morelos realizado en 2017 en el tramo entre Cuautla y Ayala.

Ninguno de los dos registra concentraciones de arsénico por encima de los límites establecidos en la norma para uso agrícola. Lo que sí muestran ambos es contaminación por coliformes fecales en los tramos que reciben descargas de drenaje sin tratar, sobre todo aguas abajo de la zona urbana de Cuautla.

La investigadora Rosalía Tepepa Mendoza, especialista en calidad del agua, explicó que la presencia de bacterias fecales obliga a tomar precauciones en el riego de hortalizas que se comen crudas, pero que eso no significa que el agua tenga metales pesados. “Son problemas distintos, con soluciones distintas”, dijo.

Lee también: Falso que el Popocatépetl vaya a hacer erupción este fin de semana

La imagen que acompaña la publicación tampoco corresponde al río Cuautla: con una búsqueda inversa encontramos que fue tomada en 2015 en un canal de aguas residuales de otro estado.

Por eso calificamos la publicación como engañosa: mezcla un problema real de contaminación con un dato falso sobre arsénico y una fotografía sacada de contexto.

¿Viste algo dudoso en tus redes? Envíanoslo por WhatsApp al 777 555 0143 y lo verificamos.

Contraste Verifica es un colectivo independiente de periodistas de Morelos. Conoce nuestra metodología en contraste-verifica.example.mx/metodo
"""
write_source('bq02.md', bq02)
write_gold('bq02', family='wire',
           title='¿Es cierto que el agua del río Cuautla tiene arsénico y ya no sirve ni para regar?',
           date='2019-05-22', bylines=['Itzel Bahena Ocampo', 'Marco Antonio Salgado Rivera'],
           source='Contraste Verifica', section='Salud',
           body_first_words='En los últimos días circuló en grupos de Facebook de Cuautla y Ayala',
           body_last_words='y una fotografía sacada de contexto.',
           boilerplate=['Calificación: ENGAÑOSO', '![Río Cuautla](/imagenes/2019/05/rio-cuautla.jpg)',
                        'Foto: Marco Antonio Salgado Rivera',
                        'Lee también: Falso que el Popocatépetl vaya a hacer erupción este fin de semana',
                        '¿Viste algo dudoso en tus redes? Envíanoslo por WhatsApp al 777 555 0143 y lo verificamos.',
                        'Contraste Verifica es un colectivo independiente de periodistas de Morelos.',
                        'Conoce nuestra metodología en contraste-verifica.example.mx/metodo'],
           must_keep=['Ninguno de los dos registra concentraciones de arsénico por encima de los límites establecidos en la norma para uso agrícola.',
                      '“Son problemas distintos, con soluciones distintas”, dijo.',
                      'La imagen que acompaña la publicación tampoco corresponde al río Cuautla: con una búsqueda inversa encontramos que fue tomada en 2015 en un canal de aguas residuales de otro estado.'],
           photo_credit='Marco Antonio Salgado Rivera')

# ---------------------------------------------------------------- bq03 wire (1994 print archive typed back, Pue.)
bq03 = """El Vigía Poblano — Martes 14 de junio de 1994 — Págs. 1-A y 6-A
[Captura del archivo impreso: Ma. Fernanda Rojas Huerta, servicio social, 2021. Cotejó: L. Coyotl.]

Tras tres décadas de espera

Llega el agua
potable a San
Miguel Canoa

• Mil 200 familias de la junta auxiliar tendrán servicio diario
• El gobernador inaugurará el sistema el próximo sábado

Por José Luis Tecuanhuey Sánchez
Enviado

SAN MIGUEL CANOA, Pue.- Después de treinta años de gestiones, las mil 200 familias de esta junta auxiliar de la capital, asentada en las faldas de La Malinche, tendrán a partir de este mes agua potable todos los días, gracias a un sistema de bombeo que lleva el líquido desde dos pozos profundos hasta un tanque en la parte alta del pueblo.

La obra, con una inversión de 4.8 millones de nuevos pesos, fue realizada por el organismo operador del agua de la capital con recursos del programa Solidaridad y con la mano de obra de los propios vecinos, que abrieron las zanjas para la red de distribución.

Hasta ahora, los habitantes de Canoa se abastecían de pipas que subían dos veces por semana y de los jagüeyes que se llenan en temporada de lluvias. Las mujeres del pueblo hacían filas desde la madrugada con cubetas y tambos para alcanzar agua. (Pasa a la página 6-A)

Agua en Canoa
(Viene de la página 1-A)

Don Crescencio Xochitiotzi, inspector de la junta auxiliar, recordó que la primera solicitud formal se entregó en 1964 al entonces presidente municipal. «Mi padre firmó aquel papel; ahora me toca a mí ver correr el agua», dijo frente a la llave pública instalada en el atrio de la parroquia.

Los vecinos pagarán una cuota fija mensual que todavía no ha sido definida por el organismo operador. El comité de obra pidió que sea menor a la que se cobra en las colonias de la ciudad, porque la mayoría de las familias vive de la siembra de maíz y del trabajo en la construcción.

El gobernador del estado encabezará el sábado la ceremonia de inauguración, a la que se espera la asistencia de autoridades de las juntas auxiliares vecinas de San Miguel Espejo y La Resurrección.
"""
write_source('bq03.txt', bq03, enc='cp1252', eol='crlf')
write_gold('bq03', family='wire',
           title='Llega el agua potable a San Miguel Canoa',
           date='1994-06-14', bylines=['José Luis Tecuanhuey Sánchez'], source='El Vigía Poblano',
           body_first_words='Después de treinta años de gestiones, las mil 200 familias',
           body_last_words='de San Miguel Espejo y La Resurrección.',
           boilerplate=['El Vigía Poblano — Martes 14 de junio de 1994 — Págs. 1-A y 6-A',
                        '[Captura del archivo impreso: Ma. Fernanda Rojas Huerta, servicio social, 2021. Cotejó: L. Coyotl.]',
                        'Tras tres décadas de espera',
                        'Mil 200 familias de la junta auxiliar tendrán servicio diario',
                        'El gobernador inaugurará el sistema el próximo sábado',
                        'SAN MIGUEL CANOA, Pue.-', '(Pasa a la página 6-A)', 'Agua en Canoa',
                        '(Viene de la página 1-A)'],
           must_keep=['Las mujeres del pueblo hacían filas desde la madrugada con cubetas y tambos para alcanzar agua.',
                      '«Mi padre firmó aquel papel; ahora me toca a mí ver correr el agua», dijo frente a la llave pública instalada en el atrio de la parroquia.',
                      'Los vecinos pagarán una cuota fija mensual que todavía no ha sido definida por el organismo operador.'])

# ---------------------------------------------------------------- bq04 wire (diocesan radio web desk, Gro.; English headline)
bq04 = """**Migración**

# Familias de Tlapa reciben los restos de un migrante que murió en Nueva York
*Tlapa families receive the remains of a migrant who died in New York*

Por Agustín Cortés Nava · Tlapa de Comonfort, Guerrero · 3 de febrero de 2017
La Voz de la Montaña, radio diocesana

![](/img/2017/02/llegada-restos.jpg)
Foto: Archivo La Voz de la Montaña

Con rezos, música de banda de viento y copal, cientos de personas recibieron este viernes en Tlapa los restos de Abundio Ramírez Tepec, un joven de 24 años originario de la comunidad me'phaa de Totomixtlahuaca, que murió hace tres semanas al caer de un andamio en una obra del barrio de Queens, en Nueva York.

El traslado del cuerpo tardó casi un mes. La familia tuvo que reunir más de 90 mil pesos entre préstamos y cooperaciones de paisanos en Nueva York, porque el apoyo del gobierno del estado sólo cubre una parte del costo de la repatriación.

El párroco de la catedral, presbítero Celerino Villanueva Solís, celebró una misa de cuerpo presente antes de que la caravana partiera hacia la comunidad, a unas cinco horas de camino por terracería. «Cada mes despedimos a uno de nuestros hijos que se fue a buscar la vida y regresa en una caja», dijo en su homilía.

De acuerdo con organizaciones que acompañan a familias migrantes en la región, en 2016 regresaron a la Montaña los restos de al menos 38 personas que murieron en Estados Unidos, la mayoría en accidentes de trabajo en la construcción y en el campo.

La madre de Abundio, doña Felícitas Tepec, agradeció en su lengua a quienes ayudaron a pagar el traslado. Su hijo le enviaba cada mes dinero para la siembra y para los estudios de sus dos hermanas menores.

La Pastoral de Movilidad Humana de la diócesis pidió a los gobiernos federal y estatal crear un fondo permanente para repatriaciones, y recordó que las familias pueden solicitar orientación gratuita en sus oficinas de Tlapa.

🎙️ Escucha la entrevista completa en el noticiario «Caminando con la Montaña», de lunes a viernes a las 7:00 por el 1120 AM.
Esta nota también está disponible en tu'un savi y me'phaa en nuestra página.
"""
write_source('bq04.md', bq04, bom=True)
write_gold('bq04', family='wire',
           title='Familias de Tlapa reciben los restos de un migrante que murió en Nueva York',
           date='2017-02-03', bylines=['Agustín Cortés Nava'], source='La Voz de la Montaña',
           section='Migración',
           body_first_words='Con rezos, música de banda de viento y copal',
           body_last_words='solicitar orientación gratuita en sus oficinas de Tlapa.',
           boilerplate=['Tlapa families receive the remains of a migrant who died in New York',
                        '![](/img/2017/02/llegada-restos.jpg)',
                        'Foto: Archivo La Voz de la Montaña',
                        'Escucha la entrevista completa en el noticiario «Caminando con la Montaña», de lunes a viernes a las 7:00 por el 1120 AM.',
                        "Esta nota también está disponible en tu'un savi y me'phaa en nuestra página."],
           must_keep=['El traslado del cuerpo tardó casi un mes.',
                      '«Cada mes despedimos a uno de nuestros hijos que se fue a buscar la vida y regresa en una caja», dijo en su homilía.',
                      'Su hijo le enviaba cada mes dinero para la siembra y para los estudios de sus dos hermanas menores.'],
           photo_credit='Archivo La Voz de la Montaña')

# ---------------------------------------------------------------- bq05 wire (university radio, Pue.; quote headline, 2 reporters + photographer)
bq05 = """Ciencia

“El volcán no avisa dos veces”: vulcanóloga pide a pueblos del Popocatépetl no bajar la guardia

La especialista recomendó revisar rutas de evacuación y tener lista una mochila de emergencia

Texto: Ximena Coyotzi Tecpanécatl y Daniel Pérez Ocotoxtle | Fotografía: Brenda Tlapale Cuaya
Onda Universitaria 96.7 FM · San Andrés Cholula, Pue. · 23/05/2023{n}–{n}14:10{n}h

La vulcanóloga Adriana Meneses Tzompantzi, investigadora del instituto de ciencias de la universidad, pidió a los habitantes de los municipios cercanos al Popocatépetl no confiarse ante la disminución de la caída de ceniza de las últimas horas, luego de que el semáforo de alerta volcánica cambiara el fin de semana a Amarillo Fase 3.

En entrevista para el noticiario de mediodía, la especialista explicó que la actividad del volcán es cíclica y que los periodos de calma aparente pueden preceder a nuevas explosiones. «El volcán no avisa dos veces; la preparación se hace antes, no cuando ya está cayendo la ceniza», dijo.

Meneses Tzompantzi recomendó a las familias de San Nicolás de los Ranchos, Santiago Xalitzintla y San Pedro Benito Juárez revisar las rutas de evacuación señaladas por Protección Civil, identificar el albergue que les corresponde y tener lista una mochila con documentos, medicamentos, agua y cubrebocas.

También pidió no difundir en redes sociales videos antiguos ni rumores sobre una supuesta erupción inminente, porque generan pánico y dificultan el trabajo de las autoridades. La información oficial, subrayó, es la que publica el Centro Nacional de Prevención de Desastres.

La investigadora recordó que la ceniza afecta sobre todo a personas con asma y enfermedades respiratorias, por lo que recomendó cubrir tinacos, barrer con la boca y la nariz cubiertas y no tirar la ceniza al drenaje.

Las clases presenciales permanecían suspendidas este martes en varios municipios cercanos al volcán.

📻 Escucha la entrevista completa en «Ciencia a la Mano», los martes a las 17:00{n}h por el 96.7{n}FM y en ondauniversitaria.example.mx
""".replace('{n}', NBSP)
write_source('bq05.md', bq05)
write_gold('bq05', family='wire',
           title='“El volcán no avisa dos veces”: vulcanóloga pide a pueblos del Popocatépetl no bajar la guardia',
           date='2023-05-23', bylines=['Ximena Coyotzi Tecpanécatl', 'Daniel Pérez Ocotoxtle'],
           source='Onda Universitaria 96.7 FM', section='Ciencia',
           body_first_words='La vulcanóloga Adriana Meneses Tzompantzi, investigadora del instituto',
           body_last_words='permanecían suspendidas este martes en varios municipios cercanos al volcán.',
           boilerplate=['La especialista recomendó revisar rutas de evacuación y tener lista una mochila de emergencia',
                        'Fotografía: Brenda Tlapale Cuaya',
                        'Escucha la entrevista completa en «Ciencia a la Mano», los martes a las 17:00 h por el 96.7 FM y en ondauniversitaria.example.mx'],
           must_keep=['«El volcán no avisa dos veces; la preparación se hace antes, no cuando ya está cayendo la ceniza», dijo.',
                      'La información oficial, subrayó, es la que publica el Centro Nacional de Prevención de Desastres.',
                      'Las clases presenciales permanecían suspendidas este martes en varios municipios cercanos al volcán.'],
           photo_credit='Brenda Tlapale Cuaya')

# ---------------------------------------------------------------- bq06 wire (regional web daily, Mor.; ALL-CAPS first line with outlet)
bq06 = """DIARIO AMANECER DE MORELOS | CIERRAN BALNEARIOS DE TEHUIXTLA POR FALTA DE AGUA EN LOS MANANTIALES
Redacción / Agencia
Jojutla, Mor. | Sección: Región Sur | 18/04/2012 09:35
(Foto: Agencia)

Dos de los siete balnearios del poblado de Tehuixtla, en el municipio de Jojutla, cerraron sus puertas en plena temporada de calor, debido a que el caudal de los manantiales que alimentan sus albercas bajó a menos de la mitad de lo habitual.

Los administradores explicaron que desde febrero notaron que el agua tardaba más en llenar las albercas y que el olor a azufre, característico de la zona, era cada vez más débil. Te puede interesar: Jojutla pide declaratoria de emergencia por sequía en la zona sur Por ahora, los cinco balnearios que siguen abiertos redujeron su horario y vaciaron las albercas más grandes.

Hortensia Álvarez Urióstegui, encargada de uno de los parques cerrados, dijo que abril y mayo son los meses de mayor afluencia. «Son los meses en que más gente viene a refrescarse; cerrar ahora es perder la mitad del año», lamentó.

Especialistas de la Comisión Estatal del Agua atribuyeron la disminución a la falta de lluvias del año pasado, uno de los más secos de las últimas décadas en el sur de Morelos, y a la perforación de pozos en la parte alta de la cuenca.

El ayuntamiento de Jojutla informó que gestionará apoyos para los trabajadores de los balnearios, que en su mayoría son habitantes del propio poblado, y pidió a los visitantes confirmar por teléfono antes de viajar.

Comparte esta nota: Facebook | Twitter | Correo
Etiquetas: Tehuixtla, Jojutla, balnearios, sequía
© 2012 Diario Amanecer de Morelos. Todos los derechos reservados.
"""
write_source('bq06.txt', bq06, enc='cp1252', eol=('mixed', 4))
write_gold('bq06', family='wire',
           title='CIERRAN BALNEARIOS DE TEHUIXTLA POR FALTA DE AGUA EN LOS MANANTIALES',
           date='2012-04-18', bylines=[], source='Diario Amanecer de Morelos', section='Región Sur',
           body_first_words='Dos de los siete balnearios del poblado de Tehuixtla',
           body_last_words='pidió a los visitantes confirmar por teléfono antes de viajar.',
           boilerplate=['(Foto: Agencia)',
                        'Te puede interesar: Jojutla pide declaratoria de emergencia por sequía en la zona sur',
                        'Comparte esta nota: Facebook | Twitter | Correo',
                        'Etiquetas: Tehuixtla, Jojutla, balnearios, sequía',
                        '© 2012 Diario Amanecer de Morelos. Todos los derechos reservados.'],
           must_keep=['Por ahora, los cinco balnearios que siguen abiertos redujeron su horario y vaciaron las albercas más grandes.',
                      '«Son los meses en que más gente viene a refrescarse; cerrar ahora es perder la mitad del año», lamentó.',
                      'y que el olor a azufre, característico de la zona, era cada vez más débil.'],
           photo_credit='Agencia')

# ---------------------------------------------------------------- bq07 wire (WhatsApp group export, Mor.)
bq07 = """12/9/21 7:58 a. m. - Cuautla al Momento: {lrm}IMG-20210912-WA0007.jpg (archivo adjunto)
12/9/21 8:02 a. m. - Cuautla al Momento: *SE DESBORDA EL RÍO CUAUTLA; EVACÚAN A 300 FAMILIAS DE LA COLONIA GABRIEL TEPEPA*

🔴 #Cuautla #Lluvias
✍️ Yaretzi Montes de Oca Linares

Alrededor de 300 familias de la colonia Gabriel Tepepa y de calles vecinas fueron desalojadas durante la madrugada de este domingo, luego de que el río Cuautla se desbordó por las lluvias que cayeron durante más de seis horas en la región oriente de Morelos.

Elementos de Protección Civil municipal, bomberos y policías recorrieron las calles con altavoces desde las tres de la mañana para pedir a los vecinos que salieran de sus casas. El agua alcanzó hasta un metro y medio de altura en las viviendas más cercanas al cauce.

Las familias fueron trasladadas a dos albergues habilitados en una escuela primaria y en el auditorio municipal, donde recibieron cobijas, colchonetas y alimentos. Hasta las siete de la mañana no se reportaban personas lesionadas ni desaparecidas.

Vecinos de la colonia dijeron que es la tercera vez en diez años que el río entra a sus casas. «Siempre nos dicen que van a hacer un bordo y nunca lo hacen; otra vez perdimos los muebles y la ropa», contó Marisol Barrera, quien salió con sus tres hijos cuando el agua ya le llegaba a las rodillas.

El ayuntamiento informó que en cuanto baje el nivel del río comenzará la limpieza de calles y el censo de daños, y pidió a la población evitar cruzar los puentes vehiculares de la zona mientras se revisan sus estructuras.

📲 Únete a nuestro grupo y comparte: chat.whatsapp.example.mx/CuautlaAlMomento
12/9/21 8:05 a. m. - Cuautla al Momento: Comparte la información 🙏 y mantente atento a los avisos de Protección Civil
12/9/21 8:11 a. m. - Cuautla al Momento: {lrm}IMG-20210912-WA0011.jpg (archivo adjunto)
""".replace('{lrm}', LRM)
write_source('bq07.txt', bq07)
write_gold('bq07', family='wire',
           title='SE DESBORDA EL RÍO CUAUTLA; EVACÚAN A 300 FAMILIAS DE LA COLONIA GABRIEL TEPEPA',
           date='2021-09-12', bylines=['Yaretzi Montes de Oca Linares'], source='Cuautla al Momento',
           body_first_words='Alrededor de 300 familias de la colonia Gabriel Tepepa',
           body_last_words='mientras se revisan sus estructuras.',
           boilerplate=['IMG-20210912-WA0007.jpg (archivo adjunto)', '🔴 #Cuautla #Lluvias',
                        'Únete a nuestro grupo y comparte: chat.whatsapp.example.mx/CuautlaAlMomento',
                        '12/9/21 8:05 a. m. - Cuautla al Momento:',
                        'Comparte la información 🙏 y mantente atento a los avisos de Protección Civil',
                        'IMG-20210912-WA0011.jpg (archivo adjunto)'],
           must_keep=['El agua alcanzó hasta un metro y medio de altura en las viviendas más cercanas al cauce.',
                      'Hasta las siete de la mañana no se reportaban personas lesionadas ni desaparecidas.',
                      '«Siempre nos dicen que van a hacer un bordo y nunca lo hacen; otra vez perdimos los muebles y la ropa», contó Marisol Barrera'])

# ---------------------------------------------------------------- bq08 wire (weekly, PDF-to-text, Gro.)
head5 = 'El Tlacololero · Chilpancingo, Gro., lunes 7 de julio de 2008 · 5'
head6 = '6 · Región Centro · El Tlacololero'
p8a = [
    'Treinta familias productoras de mezcal de las comunidades de Acatlán y Ayahualulco, en el municipio de Chilapa, y de la cabecera municipal de Mochitlán registraron ante el Instituto Mexicano de la Propiedad Industrial una marca colectiva con la que buscan vender su bebida directamente en tiendas y restaurantes de la Ciudad de México, sin pasar por los acaparadores que cada temporada compran el mezcal a granel.',
    'Los productores elaboran el mezcal con maguey papalote, una variedad silvestre que crece en las laderas de la región y que tarda entre ocho y doce años en madurar. Hasta ahora, los intermediarios les pagaban alrededor de 35 pesos por litro, mientras que en la capital del país la misma bebida se vende embotellada en más de 300 pesos.',
]
p8b = [
    'Don Silvano Ayala Hernández, maestro mezcalero de Acatlán, explicó que la marca les permitirá poner su nombre en la botella. «Nuestros abuelos ya hacían mezcal y nunca supimos a dónde iba a parar», dijo mientras revisaba el horno de tierra donde se cuecen las piñas.',
    'El proyecto recibió asesoría de una organización civil de Chilpancingo y un crédito de la banca de desarrollo para comprar botellas, etiquetas y un alambique de cobre. Las familias también acordaron reforestar cada año con maguey joven las parcelas de donde extraen las plantas, para no agotar la variedad silvestre.',
    'La primera producción con la nueva marca, de unos 4 mil litros, saldrá a la venta en noviembre, durante una feria de productores en el zócalo de Chilpancingo.',
]
W = 58
bq08 = (head5 + '\n\n'
        'Región Centro\n\n'
        'Una marca colectiva para el mezcal papalote\n'
        'MEZCALEROS DE CHILAPA Y MOCHITLÁN\n'
        'SE UNEN PARA VENDER SIN INTERMEDIARIOS\n'
        'Treinta familias registran la marca ante el IMPI; buscan llegar a tiendas de la capital del país\n'
        'Información: Ana Karen Nava Tepec | Edición: Pável Rendón Bello\n\n'
        + '\n\n'.join(hard_wrap(x, W, hyphenate=True) for x in p8a) + '\n\n'
        'Don Silvano Ayala muestra el maguey papalote que cultiva en Acatlán. Foto: Ana Karen Nava Tepec\n\n'
        'Continúa en la página 6 ►\n'
        '\f' + head6 + '\n\n'
        'PUBLICIDAD\n'
        'Mezcal Tres Cerros · Pedidos al 747 555 0186\n\n'
        'Viene de la página 5 ◄\n\n'
        + '\n\n'.join(hard_wrap(x, W, hyphenate=True) for x in p8b) + '\n\n'
        'elTlacololero.example.mx · Síguenos en Facebook: /ElTlacololeroSemanario\n')
write_source('bq08.txt', bq08)
write_gold('bq08', family='wire',
           title='MEZCALEROS DE CHILAPA Y MOCHITLÁN SE UNEN PARA VENDER SIN INTERMEDIARIOS',
           date='2008-07-07', bylines=['Ana Karen Nava Tepec'], source='El Tlacololero',
           section='Región Centro',
           body_first_words='Treinta familias productoras de mezcal de las comunidades de Acatlán',
           body_last_words='durante una feria de productores en el zócalo de Chilpancingo.',
           boilerplate=[head5, 'Una marca colectiva para el mezcal papalote',
                        'Treinta familias registran la marca ante el IMPI; buscan llegar a tiendas de la capital del país',
                        'Edición: Pável Rendón Bello',
                        'Don Silvano Ayala muestra el maguey papalote que cultiva en Acatlán. Foto: Ana Karen Nava Tepec',
                        'Continúa en la página 6 ►', head6, 'PUBLICIDAD',
                        'Mezcal Tres Cerros · Pedidos al 747 555 0186', 'Viene de la página 5 ◄',
                        'elTlacololero.example.mx · Síguenos en Facebook: /ElTlacololeroSemanario'],
           must_keep=['Los productores elaboran el mezcal con maguey papalote, una variedad silvestre que crece en las laderas de la región y que tarda entre ocho y doce años en madurar.',
                      '«Nuestros abuelos ya hacían mezcal y nunca supimos a dónde iba a parar», dijo mientras revisaba el horno de tierra donde se cuecen las piñas.',
                      'Las familias también acordaron reforestar cada año con maguey joven las parcelas de donde extraen las plantas, para no agotar la variedad silvestre.'],
           photo_credit='Ana Karen Nava Tepec')

# ---------------------------------------------------------------- bq09 press (municipality, Gro.; title only in the e-mail subject)
bq09 = """De: Comunicación Social Tlapa <comsocial.tlapa@tlapa-gro.example.mx>
Enviado el: lunes, 8 de abril de 2013 10:42 p. m.
Para: redacciones@lista-montana.example.mx
Asunto: RV: Boletín 045 - Inauguran comedor comunitario en la colonia Contlalco

{n}

________________________________
De: Lic. Rubén Olivera Cantú [mailto:rolivera.cs@correo-tlapa.example.mx]
Enviado el: lunes, 8 de abril de 2013 09:15 p. m.
Para: Comunicación Social Tlapa
Asunto: Boletín 045 - Inauguran comedor comunitario en la colonia Contlalco

[cid:image001.jpg@01CE34A6.7B81C2F0]

H. AYUNTAMIENTO CONSTITUCIONAL DE TLAPA DE COMONFORT, GRO.
COORDINACIÓN DE COMUNICACIÓN SOCIAL
ADMINISTRACIÓN 2012-2015

Tlapa de Comonfort, Gro., a 8 de abril de 2013.- Con el objetivo de garantizar una alimentación adecuada a niñas, niños y personas adultas mayores en situación de vulnerabilidad, el Gobierno Municipal de Tlapa de Comonfort inauguró este lunes un comedor comunitario en la colonia Contlalco, que brindará diariamente 250 raciones de comida caliente.

El comedor funcionará de lunes a sábado en un inmueble donado por la comunidad, y será atendido por un comité de doce madres de familia que recibieron capacitación en higiene y manejo de alimentos por parte del DIF municipal.

Durante el acto inaugural, el presidente municipal señaló que éste es el primero de cinco comedores que se abrirán este año en colonias de la periferia de la ciudad y en comunidades nahuas y me’phaa del municipio. “Nadie en Tlapa debe irse a dormir con el estómago vacío”, expresó.

Cada ración tendrá una cuota de recuperación de cinco pesos, aunque las personas que no puedan pagarla serán atendidas sin costo, explicó la presidenta del DIF municipal, Rosa Isela Morales Tapia.

A la ceremonia asistieron regidores, autoridades de la colonia, representantes de la Secretaría de Desarrollo Social del estado y vecinos que participaron en el acondicionamiento del local.

{n}

ATENTAMENTE
Lic. Rubén Olivera Cantú
Coordinador de Comunicación Social
Tel. (757) 555 0128 / Cel. 757 555 0991

Este mensaje y sus anexos son confidenciales y para uso exclusivo del destinatario.
""".replace('{n}', NBSP)
write_source('bq09.txt', bq09)
write_gold('bq09', family='press_release',
           title='Inauguran comedor comunitario en la colonia Contlalco',
           date='2013-04-08', source='H. AYUNTAMIENTO CONSTITUCIONAL DE TLAPA DE COMONFORT, GRO.',
           bulletin_number='045', issuer='H. AYUNTAMIENTO CONSTITUCIONAL DE TLAPA DE COMONFORT, GRO.',
           dateline_city='Tlapa de Comonfort',
           body_first_words='Con el objetivo de garantizar una alimentación adecuada',
           body_last_words='que participaron en el acondicionamiento del local.',
           boilerplate=['De: Comunicación Social Tlapa <comsocial.tlapa@tlapa-gro.example.mx>',
                        'Enviado el: lunes, 8 de abril de 2013 10:42 p. m.',
                        'Para: redacciones@lista-montana.example.mx',
                        'Asunto: RV: Boletín 045 - Inauguran comedor comunitario en la colonia Contlalco',
                        'De: Lic. Rubén Olivera Cantú [mailto:rolivera.cs@correo-tlapa.example.mx]',
                        '[cid:image001.jpg@01CE34A6.7B81C2F0]',
                        'COORDINACIÓN DE COMUNICACIÓN SOCIAL', 'ADMINISTRACIÓN 2012-2015',
                        'Tlapa de Comonfort, Gro., a 8 de abril de 2013.-', 'ATENTAMENTE',
                        'Tel. (757) 555 0128 / Cel. 757 555 0991',
                        'Este mensaje y sus anexos son confidenciales y para uso exclusivo del destinatario.'],
           must_keep=['“Nadie en Tlapa debe irse a dormir con el estómago vacío”, expresó.',
                      'Cada ración tendrá una cuota de recuperación de cinco pesos, aunque las personas que no puedan pagarla serán atendidas sin costo, explicó la presidenta del DIF municipal, Rosa Isela Morales Tapia.',
                      'El comedor funcionará de lunes a sábado en un inmueble donado por la comunidad'])

# ---------------------------------------------------------------- bq10 press (municipality, Gro.; OCR of an image)
p10 = [
    'Zitlala, Gro., a 2 de mayo de 2022.- Con la finalidad de reducir los riesgos durante el embarazo y el parto en las comunidades más alejadas, el Gobierno Municipal de Zitlala, a través de la Dirección de Salud, impartió un curso de capacitación a 35 parteras tradicionales de la cabecera municipal y de las comunidades de Acatempa, Topiltepec, Tlaltempanapa y Pochahuizco.',
    'Durante tres días, personal médico de la Jurisdicción Sanítaria 03 Centro y del hospital básico comunitario compartió con las parteras información sobre signos de alarrna, atención del recién nacido y referencia oportuna de pacientes al hospital.',
    'El director de Salud municipal, doctor Ismael Tlacotempa Cuevas, destacó que en Zitlala muchas mujeres siguen atendiéndose con parteras, por lo que es importante trabajar con ellas y no en su contra. "Ellas conocen a las familias y hablan su lengua; nosotros aprendemos también de su experiencia", señaló.',
    'Al finalizar el curso, cada partera recibió un maletín con materia| de curación, guantes, cinta umbilical y una báscula para bebés, además de una constancia de participación.',
    'El Ayuntamiento informó que en los próximos meses se realizará una segunda capacitación dirigida a parteras de las comunidades de la parte alta del municipio.',
]
bq10 = ('H. AYUNTAMIENTO CONSTITUCIONAL\n'
        'DE ZITLALA, GUERRERO\n'
        '2021 - 2024\n'
        "~ ' ., · '\n"
        'COMUNICADO No. 27\n\n'
        'CAPACITAN A 35\n'
        'PARTERAS\n'
        'TRADICIONALES\n'
        'DE ZITLALA Y SUS\n'
        'COMUNIDADES\n\n'
        + '\n\n'.join(hard_wrap(x, 64, hyphenate=True) for x in p10) +
        '\n\n#ZitlalaTrabajaParaTi | Página 1\n')
write_source('bq10.txt', bq10, enc='cp1252', eol='crlf')
write_gold('bq10', family='press_release',
           title='CAPACITAN A 35 PARTERAS TRADICIONALES DE ZITLALA Y SUS COMUNIDADES',
           date='2022-05-02', source='H. AYUNTAMIENTO CONSTITUCIONAL DE ZITLALA, GUERRERO',
           bulletin_number='27', issuer='H. AYUNTAMIENTO CONSTITUCIONAL DE ZITLALA, GUERRERO',
           dateline_city='Zitlala',
           body_first_words='Con la finalidad de reducir los riesgos durante el embarazo',
           body_last_words='de la parte alta del municipio.',
           boilerplate=['2021 - 2024', "~ ' ., · '", 'COMUNICADO No. 27',
                        'Zitlala, Gro., a 2 de mayo de 2022.-', '#ZitlalaTrabajaParaTi | Página 1'],
           must_keep=['"Ellas conocen a las familias y hablan su lengua; nosotros aprendemos también de su experiencia", señaló.',
                      'El director de Salud municipal, doctor Ismael Tlacotempa Cuevas, destacó que en Zitlala muchas mujeres siguen atendiéndose con parteras, por lo que es importante trabajar con ellas y no en su contra.',
                      'El Ayuntamiento informó que en los próximos meses se realizará una segunda capacitación dirigida a parteras de las comunidades de la parte alta del municipio.'])
