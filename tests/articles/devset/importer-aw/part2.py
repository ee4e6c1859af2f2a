#!/usr/bin/env python3
"""importer-aw, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- aw11 wire (national daily web, Col.)
aw11 = """VOLCÁN DE FUEGO
Volcán de Colima registra explosión con columna de tres kilómetros
Daniela Cárdenas Ruelas y Mauricio Ochoa Lepe | Heraldo Nacional
10.01.2017 | 07:32 hrs

El Volcán de Fuego de Colima registró a las 5:48 horas de este martes una explosión que generó una columna de ceniza de alrededor de tres kilómetros sobre el cráter, la más alta en lo que va del invierno, informó la Unidad Estatal de Protección Civil.

Relacionado: Evacuan La Yerbabuena por actividad del volcán Los vientos dominantes llevaron la ceniza hacia el noreste, por lo que se reportó caída ligera en Tonila, Zapotiltic y Ciudad Guzmán, en el sur de Jalisco. Las autoridades recomendaron cubrir tinacos y usar cubrebocas al salir a la calle.

El Centro Universitario de Estudios Vulcanológicos de la Universidad de Colima indicó que la explosión fue precedida por un enjambre de sismos de baja magnitud y que el domo de lava sigue creciendo dentro del cráter. Los especialistas no descartan nuevas explosiones en los próximos días.

El radio de exclusión de 12 kilómetros se mantiene sin cambios. Dentro de esa zona no hay población permanente, aunque algunos productores de las rancherías cercanas suben durante el día a atender su ganado.

El Aeropuerto Internacional de Guadalajara informó que sus operaciones se desarrollaban con normalidad, aunque las aerolíneas monitoreaban el desplazamiento de la nube. En Colima capital no se suspendieron las clases.

El coloso, de 3 mil 860 metros de altura, es considerado uno de los volcanes más activos de América del Norte. Su última gran erupción ocurrió en julio de 2015, cuando los flujos piroclásticos alcanzaron casi diez kilómetros de distancia.

Con información de Agencia Informativa del Centro

📲 Descarga la app de Heraldo Nacional y activa las alertas de última hora.
"""
write_source('aw11.txt', aw11, eol=('mixed', 7))
write_gold('aw11', family='wire',
           title='Volcán de Colima registra explosión con columna de tres kilómetros',
           date='2017-01-10', bylines=['Daniela Cárdenas Ruelas', 'Mauricio Ochoa Lepe'],
           source='Heraldo Nacional', section='VOLCÁN DE FUEGO',
           body_first_words='El Volcán de Fuego de Colima registró a las 5:48 horas',
           body_last_words='alcanzaron casi diez kilómetros de distancia.',
           boilerplate=['Relacionado: Evacuan La Yerbabuena por actividad del volcán',
                        'Con información de Agencia Informativa del Centro',
                        'Descarga la app de Heraldo Nacional y activa las alertas de última hora.'],
           must_keep=['Los vientos dominantes llevaron la ceniza hacia el noreste, por lo que se reportó caída ligera en Tonila, Zapotiltic y Ciudad Guzmán, en el sur de Jalisco.',
                      'El radio de exclusión de 12 kilómetros se mantiene sin cambios.',
                      'En Colima capital no se suspendieron las clases.'])

# ---------------------------------------------------------------- aw12 wire (agency, Nay.)
aw12 = """Pesca

**Pescadores de San Blas inician temporada de camarón con redes más selectivas**

Staff AON | Agencia Occidente de Noticias | 03/08/2021

TEPIC, Nay. (AON).- Alrededor de 600 pescadores ribereños de San Blas y Santiago Ixcuintla comenzaron este martes la temporada de captura de camarón en los esteros de Marismas Nacionales, con redes de luz de malla más amplia que permiten que escapen los ejemplares juveniles.

El cambio es resultado de un acuerdo entre las cooperativas y los investigadores del centro regional de investigación pesquera, quienes durante dos años probaron distintos diseños de atarraya. Según sus resultados, las nuevas redes reducen en casi la mitad la captura de camarón pequeño sin afectar el volumen total.

Leopoldo Ramírez Ceja, presidente de una de las cooperativas de la Boca de Camichín, dijo que los pescadores aceptaron el cambio porque el producto de mayor talla se vende mejor. “Antes sacábamos mucho, pero chiquito, y el comprador nos lo pagaba a como él quería”, contó.

Las autoridades pesqueras recordaron que la veda en altamar continúa vigente y que las embarcaciones mayores no podrán salir sino hasta septiembre. Inspectores federales y elementos de la Secretaría de Marina vigilarán los esteros para evitar la pesca con redes prohibidas.

Para las familias de la costa norte de Nayarit, la temporada representa el principal ingreso del año. Muchos de los pescadores venden directamente a los restaurantes de San Blas y a los comerciantes que llegan desde Tepic y Guadalajara. Relacionado: Nayarit busca denominación de origen para el camarón de estero

Únete a nuestro canal de WhatsApp y recibe las noticias de Nayarit en tu celular.
"""
write_source('aw12.markdown', aw12, enc='cp1252')
write_gold('aw12', family='wire',
           title='Pescadores de San Blas inician temporada de camarón con redes más selectivas',
           date='2021-08-03', bylines=[], source='Agencia Occidente de Noticias', section='Pesca',
           body_first_words='Alrededor de 600 pescadores ribereños de San Blas',
           body_last_words='que llegan desde Tepic y Guadalajara.',
           boilerplate=['TEPIC, Nay. (AON).-',
                        'Relacionado: Nayarit busca denominación de origen para el camarón de estero',
                        'Únete a nuestro canal de WhatsApp y recibe las noticias de Nayarit en tu celular.'],
           must_keep=['Según sus resultados, las nuevas redes reducen en casi la mitad la captura de camarón pequeño sin afectar el volumen total.',
                      'Muchos de los pescadores venden directamente a los restaurantes de San Blas y a los comerciantes que llegan desde Tepic y Guadalajara.',
                      'Inspectores federales y elementos de la Secretaría de Marina vigilarán los esteros para evitar la pesca con redes prohibidas.'])

# ---------------------------------------------------------------- aw13 press (IEEG)
aw13 = """INSTITUTO ELECTORAL DEL ESTADO DE GUANAJUATO   
Boletín IEEG/UTCS/112/2021

CONCLUYEN CÓMPUTOS MUNICIPALES EN LOS 46 CONSEJOS DEL ESTADO

Guanajuato, Gto.; a 10 de junio de 2021.

Los 46 consejos municipales electorales del Instituto Electoral del Estado de Guanajuato (IEEG) concluyeron esta madrugada los cómputos de la elección de ayuntamientos, luego de tres días de sesiones permanentes en las que se recontaron los votos de 1{n}318 casillas.

En 41 municipios el resultado de los cómputos confirmó a la planilla que encabezaba el Programa de Resultados Electorales Preliminares, mientras que en cinco se realizó el recuento total de la votación porque la diferencia entre el primero y el segundo lugar fue menor a un punto porcentual.   

Al término de cada sesión, los consejos entregaron las constancias de mayoría a las planillas ganadoras y realizaron la asignación de regidurías de representación proporcional conforme a la ley electoral del estado.

La consejera presidenta del IEEG, Beatriz Anaya Corona, agradeció a las más de 20{n}000 personas que participaron como funcionarias de casilla y al personal de los consejos. “La jornada se vivió en paz y los resultados se construyeron a la vista de todos los partidos”, afirmó.

Los paquetes electorales quedarán resguardados en las bodegas de cada consejo hasta que concluyan los medios de impugnación. Los partidos políticos tienen un plazo de cinco días para presentar sus inconformidades ante el Tribunal Estatal Electoral.

- - -

Unidad Técnica de Comunicación Social
comunicacion@ieeg-ejemplo.example.mx
Facebook: /IEEGuanajuatoEj
""".replace('{n}', NBSP)
write_source('aw13.md', aw13)
write_gold('aw13', family='press_release',
           title='CONCLUYEN CÓMPUTOS MUNICIPALES EN LOS 46 CONSEJOS DEL ESTADO',
           date='2021-06-10', source='INSTITUTO ELECTORAL DEL ESTADO DE GUANAJUATO',
           bulletin_number='IEEG/UTCS/112/2021', issuer='INSTITUTO ELECTORAL DEL ESTADO DE GUANAJUATO',
           dateline_city='Guanajuato',
           body_first_words='Los 46 consejos municipales electorales del Instituto Electoral',
           body_last_words='ante el Tribunal Estatal Electoral.',
           boilerplate=['Boletín IEEG/UTCS/112/2021', 'Guanajuato, Gto.; a 10 de junio de 2021.', '- - -',
                        'Unidad Técnica de Comunicación Social', 'comunicacion@ieeg-ejemplo.example.mx',
                        'Facebook: /IEEGuanajuatoEj'],
           must_keep=['en las que se recontaron los votos de 1 318 casillas.',
                      '“La jornada se vivió en paz y los resultados se construyeron a la vista de todos los partidos”, afirmó.',
                      'Los partidos políticos tienen un plazo de cinco días para presentar sus inconformidades ante el Tribunal Estatal Electoral.'])

# ---------------------------------------------------------------- aw14 press (university, SLP)
aw14 = """UNIVERSIDAD POLITÉCNICA DEL ALTIPLANO POTOSINO
Comunicado DCU-088/2016

Estudiantes de la UPAP diseñan sistema para medir la calidad del agua en pozos rurales

Foto: Dirección de Comunicación Universitaria

San Luis Potosí, S.L.P., 21 de abril de 2016.- Un equipo de seis estudiantes de Ingeniería en Tecnologías Ambientales de la Universidad Politécnica del Altiplano Potosino (UPAP) desarrolló un dispositivo de bajo costo que mide en tiempo real la concentración de flúor y arsénico en el agua de pozos, un problema que afecta a decenas de comunidades del altiplano.

El aparato utiliza sensores que se conectan a un teléfono celular y envían las lecturas a una base de datos pública, de modo que las autoridades municipales y los propios habitantes puedan consultar el estado de su fuente de abastecimiento.

El proyecto nació de una práctica de campo en comunidades de los municipios de Villa de Ramos y Salinas, donde los alumnos encontraron que muchas familias desconocían que el agua que bebían superaba los límites permitidos por la norma oficial.

Su asesora, la doctora Carmen Zavala Hinojosa, explicó que el dispositivo cuesta menos de la décima parte de un equipo comercial. “Queríamos algo que pudiera quedarse en la comunidad, no un aparato que se lleva a un laboratorio y nunca regresa”, dijo.

El prototipo obtuvo el primer lugar en el concurso regional de innovación tecnológica y representará a la universidad en la etapa nacional, que se celebrará en octubre. Los estudiantes buscan ahora financiamiento para instalar los primeros veinte equipos.

-30-

Dirección de Comunicación Universitaria
Tel. 444 555 0381 | prensa@upap.example.mx
"""
write_source('aw14.txt', aw14, enc='cp1252', eol='crlf')
write_gold('aw14', family='press_release',
           title='Estudiantes de la UPAP diseñan sistema para medir la calidad del agua en pozos rurales',
           date='2016-04-21', source='UNIVERSIDAD POLITÉCNICA DEL ALTIPLANO POTOSINO',
           bulletin_number='DCU-088/2016', issuer='UNIVERSIDAD POLITÉCNICA DEL ALTIPLANO POTOSINO',
           dateline_city='San Luis Potosí',
           body_first_words='Un equipo de seis estudiantes de Ingeniería en Tecnologías Ambientales',
           body_last_words='para instalar los primeros veinte equipos.',
           boilerplate=['Comunicado DCU-088/2016', 'Foto: Dirección de Comunicación Universitaria',
                        'San Luis Potosí, S.L.P., 21 de abril de 2016.-', '-30-',
                        'Tel. 444 555 0381 | prensa@upap.example.mx'],
           must_keep=['El aparato utiliza sensores que se conectan a un teléfono celular y envían las lecturas a una base de datos pública, de modo que las autoridades municipales y los propios habitantes puedan consultar el estado de su fuente de abastecimiento.',
                      'Su asesora, la doctora Carmen Zavala Hinojosa, explicó que el dispositivo cuesta menos de la décima parte de un equipo comercial.',
                      'Los estudiantes buscan ahora financiamiento para instalar los primeros veinte equipos.'],
           photo_credit='Dirección de Comunicación Universitaria')

# ---------------------------------------------------------------- aw15 jekyll (hand-made static site, Ags.)
aw15 = """---
titulo: "Rescatan la antigua estación de tren de Aguascalientes como centro cultural"
fecha: 14/02/2013 19:30
autor: Marisol Esparza Lugo
seccion: Cultura
sitio: Crónica Hidrocálida
etiquetas: [patrimonio, ferrocarril, talleres]
---

La antigua estación del ferrocarril de Aguascalientes, cerrada a los pasajeros desde finales de los años noventa, abrirá sus puertas en marzo como centro cultural, con salas de exposición, una biblioteca especializada y talleres para niñas y niños.

La restauración duró casi dos años. Los trabajadores recuperaron los pisos de mosaico, las bancas de madera de la sala de espera y el reloj de la fachada, que había dejado de funcionar hace más de veinte años. El antiguo andén se convertirá en un foro al aire libre.

Para muchas familias de la ciudad, la estación no es sólo un edificio. Aguascalientes creció alrededor de los talleres del ferrocarril, que llegaron a emplear a miles de obreros, y en los barrios de La Estación y Ferronales todavía viven hijos y nietos de rieleros.

Don Tiburcio Macías, jubilado de los talleres, fue invitado a la primera visita guiada. Recorrió la sala de espera en silencio y al final dijo que ahí se había despedido de su padre cuando se fue a trabajar a la frontera.

El museo ferrocarrilero que ya funcionaba a un costado se integrará al nuevo conjunto. Los organizadores preparan una exposición de fotografías donadas por las familias, y piden a quienes conserven imágenes, boletos o herramientas que los compartan para digitalizarlos.

La entrada será gratuita durante el primer año.
"""
write_source('aw15.md', aw15)
write_gold('aw15', family='jekyll',
           title='Rescatan la antigua estación de tren de Aguascalientes como centro cultural',
           date='2013-02-14', bylines=['Marisol Esparza Lugo'], source='Crónica Hidrocálida',
           section='Cultura',
           body_first_words='La antigua estación del ferrocarril de Aguascalientes',
           body_last_words='La entrada será gratuita durante el primer año.',
           must_keep=['El antiguo andén se convertirá en un foro al aire libre.',
                      'Recorrió la sala de espera en silencio y al final dijo que ahí se había despedido de su padre cuando se fue a trabajar a la frontera.',
                      'La entrada será gratuita durante el primer año.'])

# ---------------------------------------------------------------- aw16 jekyll (Blogger, flow categories)
aw16 = """---
layout: post
title: 'Los "Panzas Verdes" de barrio: la liga de San Juan de Dios cumple 50 años'
date: 2007-08-21 09:15:00 -05:00
author: Redacción
categories: [Portada, Deportes]
tags: [futbol llanero, León]
blogger_orig_url: http://deportesbajio.blogspot.example.mx/2007/08/liga-san-juan-de-dios.html
---

La liga de futbol amateur del barrio de San Juan de Dios, en León, cumple este mes medio siglo de jugar cada domingo en los campos de tierra junto al río de los Gómez. Para celebrarlo, los organizadores preparan un torneo relámpago con equipos de veteranos que jugaron en los años setenta.

La liga empezó con ocho equipos formados por trabajadores de las tenerías y de los talleres de calzado del barrio. Hoy tiene 36 equipos en cuatro categorías, incluida una femenil que se formó hace apenas tres temporadas y que ya llena las gradas improvisadas con cubetas y tablones.

El presidente de la liga, Rosendo Ortiz Guerrero, recuerda que durante muchos años los partidos se jugaron sin redes en las porterías. "Las hacían las señoras con hilo de pescar, y cada año había que remendarlas", cuenta.

De esta liga salieron al menos cinco jugadores que llegaron a la primera división, y varios entrenadores de fuerzas básicas de los clubes profesionales de la región todavía la visitan para buscar talentos.

El principal problema, dicen los delegados, es el estado de las canchas. En temporada de lluvias el río se desborda y los partidos se suspenden durante semanas. Los equipos han pedido al ayuntamiento que instale drenaje y pasto sintético en al menos una de las canchas.

El torneo de aniversario será el domingo 2 de septiembre a partir de las nueve de la mañana.
"""
write_source('aw16.md', aw16)
write_gold('aw16', family='jekyll',
           title='Los "Panzas Verdes" de barrio: la liga de San Juan de Dios cumple 50 años',
           date='2007-08-21', bylines=[], section='Deportes', placement=['Portada'],
           body_first_words='La liga de futbol amateur del barrio de San Juan de Dios',
           body_last_words='a partir de las nueve de la mañana.',
           must_keep=['Hoy tiene 36 equipos en cuatro categorías, incluida una femenil que se formó hace apenas tres temporadas y que ya llena las gradas improvisadas con cubetas y tablones.',
                      'En temporada de lluvias el río se desborda y los partidos se suspenden durante semanas.',
                      'El torneo de aniversario será el domingo 2 de septiembre a partir de las nueve de la mañana.'])

# ---------------------------------------------------------------- aw17 jekyll (Ghost, published_at, late night offset)
aw17 = """---
title: 'Manzanillo: comerciantes del malecón piden horario extendido en verano'
slug: manzanillo-comerciantes-malecon-horario
published_at: '2024-06-30T23:30:00.000-06:00'
updated_at: '2024-07-01T10:02:11.000-06:00'
status: published
authors: [Fernanda Quiñones Aguirre]
categories: ["Economía"]
tags: [Manzanillo, turismo, comercio]
site_title: Costa Colimense
---

Los comerciantes del malecón de Manzanillo pidieron al ayuntamiento que durante julio y agosto les permita abrir hasta la una de la mañana, dos horas más de lo que autoriza el reglamento actual, para aprovechar la llegada de turistas en las vacaciones de verano.

La petición la firmaron 74 negocios, entre restaurantes, neverías y tiendas de artesanías, que aseguran que la mayor parte de sus ventas ocurre después de la puesta de sol. “El turista nacional sale a cenar tarde, cuando ya bajó el calor”, explicó Ramón Villalvazo Torres, quien atiende una marisquería frente al jardín Álvaro Obregón.

Los vecinos del centro histórico, en cambio, se oponen. Dicen que la música de los bares ya se escucha hasta la madrugada y que el horario extendido empeorará el problema del estacionamiento en las calles angostas que suben al cerro.

El cabildo turnó la solicitud a la comisión de comercio, que deberá presentar un dictamen antes del 15 de julio. Entre las opciones que se discuten está un horario especial sólo para los viernes y sábados y la prohibición de música amplificada después de las once de la noche.

La Asociación de Hoteles y Moteles del puerto informó que espera una ocupación de 80 por ciento durante las vacaciones, impulsada por los visitantes de Guadalajara y del Bajío.
"""
write_source('aw17.markdown', aw17)
write_gold('aw17', family='jekyll',
           title='Manzanillo: comerciantes del malecón piden horario extendido en verano',
           date='2024-06-30', bylines=['Fernanda Quiñones Aguirre'], source='Costa Colimense',
           section='Economía',
           body_first_words='Los comerciantes del malecón de Manzanillo pidieron al ayuntamiento',
           body_last_words='impulsada por los visitantes de Guadalajara y del Bajío.',
           must_keep=['La petición la firmaron 74 negocios, entre restaurantes, neverías y tiendas de artesanías, que aseguran que la mayor parte de sus ventas ocurre después de la puesta de sol.',
                      'El cabildo turnó la solicitud a la comisión de comercio, que deberá presentar un dictamen antes del 15 de julio.',
                      '“El turista nacional sale a cenar tarde, cuando ya bajó el calor”, explicó Ramón Villalvazo Torres, quien atiende una marisquería frente al jardín Álvaro Obregón.'])

# ---------------------------------------------------------------- aw18 generic (# heading, CRLF)
aw18 = """# Guía rápida: qué hacer si tu colonia se queda sin agua en Querétaro

Cuando el servicio de agua potable se interrumpe por más de un día, lo primero es confirmar si se trata de una falla en tu calle o de un corte programado por el organismo operador. Los cortes programados se anuncian con al menos 48 horas de anticipación en la página del organismo y en sus redes sociales.

Si no hay aviso, conviene reportar la falla por teléfono y guardar el número de folio. Sin ese número es difícil dar seguimiento al reporte o pedir una pipa.

Algunas recomendaciones que repiten los técnicos:

- Cierra la llave de paso de tu casa mientras no haya servicio, para evitar que entre aire a la tubería.
- Cuando regrese el agua, deja correr la primera que salga durante un par de minutos antes de usarla para cocinar.
- Revisa que el tinaco tenga tapa y que el flotador funcione, porque muchas fugas domésticas empiezan ahí.
- Si tienes cisterna, límpiala al menos una vez al año.

Las pipas gratuitas se asignan primero a hospitales, escuelas y colonias donde el corte dura más de tres días. Si alguien te ofrece agua del organismo a cambio de dinero, la recomendación es no pagar y hacer la denuncia.

En temporada de estiaje, entre marzo y junio, los cortes son más frecuentes en las colonias de las partes altas de la ciudad, donde la presión de la red es menor. Ahí vale la pena almacenar agua para dos o tres días.
"""
write_source('aw18.md', aw18, eol='crlf')
write_gold('aw18', family='generic',
           title='Guía rápida: qué hacer si tu colonia se queda sin agua en Querétaro',
           body_first_words='Cuando el servicio de agua potable se interrumpe por más de un día',
           body_last_words='vale la pena almacenar agua para dos o tres días.',
           must_keep=['Sin ese número es difícil dar seguimiento al reporte o pedir una pipa.',
                      'Si alguien te ofrece agua del organismo a cambio de dinero, la recomendación es no pagar y hacer la denuncia.',
                      'Si tienes cisterna, límpiala al menos una vez al año.'])

# ---------------------------------------------------------------- aw19 generic (UTF-16 LE, plain first line)
aw19 = """Apuntes para la cápsula de historia: el Jardín de San Marcos
El Jardín de San Marcos, en Aguascalientes, es más antiguo que la feria que hoy lleva su nombre. Se trazó a principios del siglo XIX sobre los terrenos del antiguo pueblo de indios de San Marcos, que durante la época colonial estuvo separado de la villa por huertas y acequias.
La balaustrada de cantera que rodea el jardín se construyó en la década de 1840 y tiene cuatro puertas, una hacia cada punto cardinal. Por generaciones, las familias de la ciudad han paseado por sus calzadas los domingos, y en abril el jardín se convierte en el centro de la Feria Nacional.
El templo de San Marcos, al poniente del jardín, guarda en su sacristía una pintura de la Adoración de los Reyes que se atribuye a José de Alcíbar. Los vecinos del barrio cuentan que durante la Revolución el atrio sirvió de cuartel y que las marcas de las balas todavía se ven en la puerta lateral.
Para la cápsula de radio conviene mencionar también el Casino de la Feria y el Palenque, que se construyeron al lado del jardín en el siglo XX y cambiaron para siempre la vida del barrio. Durante la feria, los vecinos rentan sus cocheras y patios a los comerciantes que llegan de otros estados.
Duración sugerida: dos minutos. Leer despacio los nombres propios y cerrar con la invitación a visitar el barrio fuera de temporada, cuando el jardín recupera su calma.
"""
write_source('aw19.txt', aw19, enc='utf-16-le', bom=True)
write_gold('aw19', family='generic',
           title='Apuntes para la cápsula de historia: el Jardín de San Marcos',
           body_first_words='El Jardín de San Marcos, en Aguascalientes, es más antiguo',
           body_last_words='cuando el jardín recupera su calma.',
           must_keep=['La balaustrada de cantera que rodea el jardín se construyó en la década de 1840 y tiene cuatro puertas, una hacia cada punto cardinal.',
                      'Durante la feria, los vecinos rentan sus cocheras y patios a los comerciantes que llegan de otros estados.',
                      'Duración sugerida: dos minutos.'])

# ---------------------------------------------------------------- aw20 bad (PDF saved as .txt)
pdf = (b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
       b'2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'
       b'3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n'
       b'4 0 obj\n<< /Length 64 /Filter /FlateDecode >>\nstream\n'
       b'x\x9c\x0b\xc9\xc8,V\x00\xa2D\x85\x92\xd4\x8a\x12\x00\x00\x00\xff\xff\x03\x00\x8f\x1e\x07\xb2'
       b'\x00\x01\x02\x03\x04\x05\x88\x99\xaa\xbb\xcc\xdd\xee\xff' * 4 +
       b'\nendstream\nendobj\nxref\n0 5\n0000000000 65535 f \ntrailer\n<< /Size 5 /Root 1 0 R >>\n'
       b'startxref\n412\n%%EOF\n')
write_source('aw20.txt', raw=pdf)
write_gold('aw20', family='bad',
           refusal_reason='El archivo es un PDF (binario) guardado con extensión .txt; no es texto legible.')
