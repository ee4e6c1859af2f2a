#!/usr/bin/env python3
"""importer-bc, files 21-30."""
import io
import zipfile
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bc21 jekyll (team C, -0600 string, author object)
T21 = '''---
layout: article
title: "Huaquechula abre sus altares monumentales a los visitantes por Día de Muertos"
date: "2021-11-01 19:15:00 -0600"
last_modified_at: 2021-11-02 10:05:00 -0600
publisher: Cinco Volcanes Noticias
author:
  name: Citlali Romero Aco
  twitter: citlaromero_cv
categories: [Portada, Cultura]
tags: [Día de Muertos, Huaquechula, ofrendas]
image:
  path: /assets/2021/11/huaquechula-altar.jpg
  alt: "Altar monumental en Huaquechula"
---

Después de un año sin visitas por la pandemia, las familias de Huaquechula que perdieron a un ser querido en los últimos doce meses volvieron a abrir este lunes sus casas para mostrar los altares monumentales, la tradición que dio fama al municipio de la Mixteca poblana.

Los altares, de tres niveles y hasta cuatro metros de alto, se forran de satín blanco y se adornan con figuras de cartonería, ángeles de yeso, espejos y flores de cempasúchil y terciopelo. En el nivel más alto se coloca la fotografía de la persona fallecida, casi siempre reflejada en un espejo.

Este año, el ayuntamiento contabilizó 86 ofrendas nuevas, una cifra mayor que la de años anteriores. "Muchas son de personas que se llevó el covid; por eso la gente viene con más respeto que nunca", dijo Abundio Ariza, cartonero que ha hecho figuras para altares durante tres décadas.

Los visitantes recorren las casas siguiendo un mapa que entrega la presidencia municipal. La costumbre pide llevar una veladora o un cirio como ofrenda y, a cambio, las familias invitan tamales, pan de muerto y café de olla.

Para evitar aglomeraciones, el municipio limitó a veinte el número de personas dentro de cada casa y pidió usar cubrebocas. La visita a los altares es gratuita y se puede hacer hasta el 2 de noviembre.
'''
write_source('bc21.md', T21)
write_gold('bc21', family='jekyll',
           title='Huaquechula abre sus altares monumentales a los visitantes por Día de Muertos',
           date='2021-11-01', bylines=['Citlali Romero Aco'], source='Cinco Volcanes Noticias',
           section='Cultura', placement=['Portada'],
           body_first_words='Después de un año sin visitas por la pandemia',
           body_last_words='se puede hacer hasta el 2 de noviembre.',
           boilerplate=[],
           must_keep=['En el nivel más alto se coloca la fotografía de la persona fallecida',
                      'el ayuntamiento contabilizó 86 ofrendas nuevas',
                      'el municipio limitó a veinte el número de personas dentro de cada casa'])

# ---------------------------------------------------------------- bc22 press (federal consumer office, 2026)
T22 = '''PROCURADURÍA FEDERAL DEL CONSUMIDOR
Oficina de Defensa del Consumidor Puebla

NOTA INFORMATIVA 003/2026

Profeco Puebla verifica básculas y precios en mercados durante la cuesta de enero

H. Puebla de Z., a 13 de enero de 2026.- La Oficina de Defensa del Consumidor (ODECO) de la Procuraduría Federal del Consumidor en Puebla inició un operativo de verificación en mercados municipales, tianguis y carnicerías de la zona metropolitana, con el fin de revisar que las básculas estén calibradas y que los precios estén a la vista.

Durante la primera semana se visitaron 146 establecimientos en Puebla capital, San Andrés Cholula, Amozoc y San Pedro Cholula. El personal verificador inmovilizó 31 básculas que no pesaban con exactitud o que no contaban con el holograma de verificación vigente, y colocó sellos de suspensión a dos negocios que se negaron a la revisión.

La titular de la oficina, Marisela Ávalos Tepox, explicó que en enero aumentan las quejas por cobros indebidos, en particular en la venta de carne, pollo y tortilla, y recordó que todos los comercios están obligados a exhibir precios totales, incluidos impuestos, y a respetar el precio anunciado.

Las personas consumidoras pueden presentar su queja en la oficina de la 5 Poniente, por teléfono o en el portal de la dependencia. La funcionaria recomendó conservar el ticket o una fotografía del precio exhibido, pues ayudan a resolver la queja con rapidez.

El operativo continuará hasta el 31 de enero y se extenderá a Tehuacán, Atlixco y Teziutlán.

—oOo—

Contacto: Departamento de Comunicación, ODECO Puebla
Tel. 222 555 0177 | odeco.puebla@profeco.example.mx
'''
write_source('bc22.txt', T22, eol='lf', bom=True)
write_gold('bc22', family='press_release',
           title='Profeco Puebla verifica básculas y precios en mercados durante la cuesta de enero',
           date='2026-01-13', source='PROCURADURÍA FEDERAL DEL CONSUMIDOR',
           bulletin_number='003/2026', issuer='PROCURADURÍA FEDERAL DEL CONSUMIDOR',
           dateline_city='H. Puebla de Z.',
           body_first_words='La Oficina de Defensa del Consumidor (ODECO) de la Procuraduría Federal',
           body_last_words='se extenderá a Tehuacán, Atlixco y Teziutlán.',
           boilerplate=['Oficina de Defensa del Consumidor Puebla', 'NOTA INFORMATIVA',
                        'H. Puebla de Z., a 13 de enero de 2026.-', '—oOo—',
                        'Contacto: Departamento de Comunicación, ODECO Puebla',
                        'Tel. 222 555 0177 | odeco.puebla@profeco.example.mx'],
           must_keep=['El personal verificador inmovilizó 31 básculas',
                      'todos los comercios están obligados a exhibir precios totales, incluidos impuestos',
                      'La funcionaria recomendó conservar el ticket o una fotografía del precio exhibido'])

# ---------------------------------------------------------------- bc23 wire (agency, entities, byline at the foot)
T23 = '''Medio Ambiente

**Vecinos de Jiutepec frenan tala en la barranca de Analco&nbsp;**

Cuernavaca, Mor. | 2 de septiembre de 2009 | AIM

Agencia Informativa Morelense

Vecinos de tres colonias de Jiutepec instalaron desde la madrugada de este miércoles un plantón en la orilla de la barranca de Analco para impedir que una empresa constructora siga talando árboles en un predio donde planea levantar un conjunto de 180 departamentos.

Los inconformes aseguran que en los últimos días se derribaron al menos 60 amates, ahuehuetes y guayabos, y que la obra no cuenta con el permiso de impacto ambiental del estado. &quot;Esta barranca es lo único que nos queda para que baje el agua y se recargue el manantial&quot;, dijo Leonor Salgado Vergara, vecina de la colonia Otilio Montaño.

Personal de la Procuraduría de Protección al Ambiente del estado acudió al lugar al mediodía y colocó sellos de clausura temporal mientras revisa la documentación. El representante de la constructora, que pidió no ser identificado, afirmó que la empresa cuenta con licencia municipal de construcción y que presentará sus permisos en los próximos días.

Las barrancas de la zona conurbada de Cuernavaca funcionan como corredores biológicos y como cauces naturales en temporada de lluvias. Ambientalistas han advertido desde hace años que su relleno y urbanización agravan las inundaciones en las partes bajas, como ocurrió en Jiutepec en 2004.

Los vecinos anunciaron que mantendrán el plantón hasta que la autoridad estatal resuelva y pidieron una reunión con el cabildo.

Texto: Gilberto Ayala Nava / Fotos: Marisol Pineda Ruiz

+ Noticias
+ Cierran por lluvias el paso a Tepoztlán
+ Alistan Feria de la Primavera con más seguridad
'''
write_source('bc23.md', T23)
write_gold('bc23', family='wire',
           title='Vecinos de Jiutepec frenan tala en la barranca de Analco',
           date='2009-09-02', bylines=['Gilberto Ayala Nava'],
           source='Agencia Informativa Morelense', section='Medio Ambiente',
           body_first_words='Vecinos de tres colonias de Jiutepec instalaron desde la madrugada',
           body_last_words='y pidieron una reunión con el cabildo.',
           boilerplate=['Texto: Gilberto Ayala Nava / Fotos: Marisol Pineda Ruiz', '+ Noticias',
                        'Cierran por lluvias el paso a Tepoztlán',
                        'Alistan Feria de la Primavera con más seguridad'],
           must_keep=['donde planea levantar un conjunto de 180 departamentos.',
                      'colocó sellos de clausura temporal mientras revisa la documentación.',
                      'agravan las inundaciones en las partes bajas, como ocurrió en Jiutepec en 2004.'],
           photo_credit='Fotos: Marisol Pineda Ruiz')

# ---------------------------------------------------------------- bc24 generic (UTF-16 BE)
T24 = '''Cómo sacar la copia certificada del acta de nacimiento sin salir de casa

Desde hace unos años, el acta de nacimiento puede tramitarse en línea en cualquier estado del país, sin importar dónde se haya registrado a la persona. El documento que se descarga tiene la misma validez que el impreso en la oficina del Registro Civil y sirve para inscripciones escolares, trámites de pasaporte y solicitudes de empleo.

Lo que se necesita:

1. La CURP de la persona cuya acta se solicita. Si no la recuerda, puede consultarla en la página oficial con su nombre y fecha de nacimiento.
2. Una tarjeta de crédito o débito, o bien la opción de pago en ventanilla bancaria, porque el trámite tiene costo y varía según el estado.
3. Una impresora o, si no la tiene, un lugar donde imprimir el archivo en hoja blanca tamaño carta.

El procedimiento es corto: se captura la CURP, se revisan los datos que aparecen en pantalla, se elige el estado de registro y se realiza el pago. Al terminar, el sistema permite descargar el acta en formato PDF. Conviene guardar el archivo en el teléfono o en un correo, porque puede volver a imprimirse cuantas veces sea necesario.

Si los datos aparecen con errores, por ejemplo un apellido mal escrito, el acta no debe descargarse: hay que acudir a la oficialía donde se hizo el registro para pedir una aclaración administrativa.

Las personas que nacieron en el extranjero y fueron registradas en México, o quienes tienen un registro muy antiguo que no ha sido capturado, tendrán que acudir a una oficina del Registro Civil con una identificación oficial.
'''
write_source('bc24.txt', T24, enc='utf-16-be', eol='lf', bom=True)
write_gold('bc24', family='generic',
           title='Cómo sacar la copia certificada del acta de nacimiento sin salir de casa',
           date=None, bylines=[], source=None,
           body_first_words='Desde hace unos años, el acta de nacimiento puede tramitarse en línea',
           body_last_words='con una identificación oficial.',
           boilerplate=[],
           must_keep=['1. La CURP de la persona cuya acta se solicita.',
                      'hay que acudir a la oficialía donde se hizo el registro para pedir una aclaración administrativa.',
                      'Conviene guardar el archivo en el teléfono o en un correo'])

# ---------------------------------------------------------------- bc25 jekyll (team C, quoted "false", agency source)
T25 = '''---
layout: article
title: Ixtapan de la Sal reabre balnearios con aforo de 50 por ciento
date: 2022-10-05
published: "false"
fuente: Agencia Valle de Toluca
author:
  name: Óscar Garduño Mercado
categories:
  - Destacadas
  - Estado de México
tags:
  - turismo
  - balnearios
---

Los balnearios públicos de Ixtapan de la Sal reabrieron este miércoles después de tres semanas cerrados por trabajos de mantenimiento en la red de aguas termales, con un aforo máximo de 50 por ciento mientras concluyen las pruebas de calidad del agua.

El ayuntamiento informó que se sustituyeron tuberías de conducción que tenían más de treinta años, se limpiaron los tanques de almacenamiento y se repararon las albercas de chapoteo del área infantil. La Secretaría de Salud estatal tomó muestras del agua de los cinco manantiales que abastecen a los balnearios y los resultados estarán listos a finales de mes.

Prestadores de servicios turísticos del centro dijeron que el cierre coincidió con la temporada baja, pero que las tres semanas sin visitantes les costaron ventas, sobre todo a fondas, hoteles pequeños y vendedores de dulces típicos. "Aquí vivimos del agua; si el balneario cierra, cerramos todos", resumió la restaurantera Guadalupe Arizmendi.

El director de Turismo municipal, Hugo Sotelo Estrada, adelantó que el aforo completo se restablecerá en noviembre, antes de la temporada de fin de año, y que se estudia ampliar los horarios los fines de semana.

La entrada general se mantiene en el mismo precio del año anterior, con descuento para personas residentes del municipio y para adultos mayores con credencial.
'''
write_source('bc25.md', T25)
write_gold('bc25', family='jekyll',
           title='Ixtapan de la Sal reabre balnearios con aforo de 50 por ciento',
           date='2022-10-05', published=False, bylines=['Óscar Garduño Mercado'],
           source='Agencia Valle de Toluca', section='Estado de México', placement=['Destacadas'],
           body_first_words='Los balnearios públicos de Ixtapan de la Sal reabrieron este miércoles',
           body_last_words='para adultos mayores con credencial.',
           boilerplate=[],
           must_keep=['con un aforo máximo de 50 por ciento mientras concluyen las pruebas de calidad del agua.',
                      'resumió la restaurantera Guadalupe Arizmendi.',
                      'el aforo completo se restablecerá en noviembre'])

# ---------------------------------------------------------------- bc26 press (state government, markdown, caption)
T26 = '''#### GOBIERNO DEL ESTADO DE MÉXICO
#### Coordinación General de Comunicación Social

**BOLETÍN No. 3412**

## Entregan invernaderos a floricultores de Villa Guerrero y Tenancingo

*Toluca de Lerdo, Estado de México, 5 de mayo de 2013*

La Secretaría de Desarrollo Agropecuario entregó este domingo 85 invernaderos de baja tecnología a floricultores de Villa Guerrero y Tenancingo, municipios que concentran la mayor parte de la producción de flor de corte del país.

El secretario del ramo, Heriberto Colín Arriaga, explicó que cada invernadero cubre mil metros cuadrados y cuenta con sistema de riego por goteo, lo que permite ahorrar hasta 40 por ciento de agua y proteger los cultivos de heladas y granizo, dos de las principales causas de pérdida en la región.

Pie de foto: Productores de flor de Villa Guerrero durante la entrega de invernaderos.

Los beneficiarios aportaron 30 por ciento del costo y el resto fue cubierto con recursos estatales y federales. Además, recibirán asesoría técnica durante un año para el manejo de plagas y la comercialización de rosa, gerbera, clavel y crisantemo.

Productoras de la comunidad de Zanjillas señalaron que el principal reto sigue siendo el precio: en temporada alta, como el Día de las Madres, la flor se vende bien, pero el resto del año los intermediarios pagan poco. El funcionario informó que se trabaja en un centro de acopio para que los productores vendan directamente a florerías de la Ciudad de México y de Toluca.

En lo que va del año se han entregado 210 invernaderos en el sur del estado.

— 0 —
'''
write_source('bc26.md', T26, eol='crlf')
write_gold('bc26', family='press_release',
           title='Entregan invernaderos a floricultores de Villa Guerrero y Tenancingo',
           date='2013-05-05', source='GOBIERNO DEL ESTADO DE MÉXICO',
           bulletin_number='3412', issuer='GOBIERNO DEL ESTADO DE MÉXICO',
           dateline_city='Toluca de Lerdo',
           body_first_words='La Secretaría de Desarrollo Agropecuario entregó este domingo',
           body_last_words='se han entregado 210 invernaderos en el sur del estado.',
           boilerplate=['Coordinación General de Comunicación Social',
                        'Toluca de Lerdo, Estado de México, 5 de mayo de 2013',
                        'Pie de foto: Productores de flor de Villa Guerrero durante la entrega de invernaderos.',
                        '— 0 —'],
           must_keep=['cada invernadero cubre mil metros cuadrados y cuenta con sistema de riego por goteo',
                      'Los beneficiarios aportaron 30 por ciento del costo',
                      'se trabaja en un centro de acopio para que los productores vendan directamente'])

# ---------------------------------------------------------------- bc27 wire (regional site desk from agencies)
T27 = '''MORELOS

“Ya no hay dónde tirar”: relleno de Cuautla llega al límite y municipios buscan alternativa

Redacción / Agencias | Cinco Volcanes Noticias
25 de febrero de 2025 · 13:10 hrs

FOTO: ESPECIAL

El relleno sanitario que recibe la basura de Cuautla y de otros cinco municipios del oriente de Morelos alcanzó su capacidad máxima, por lo que los ayuntamientos tienen un plazo de dos meses para encontrar otro sitio de disposición final, informó la Secretaría de Desarrollo Sustentable del estado.

La dependencia explicó que el predio, que opera desde 2012, recibe cerca de 400 toneladas diarias y que una ampliación ya no es viable por la cercanía con zonas habitacionales. Vecinos de las colonias cercanas se han quejado durante años de malos olores, fauna nociva y escurrimientos de lixiviados hacia un canal de riego.

Te puede interesar |

Cuautla amplía horario de recolección en el centro

Los presidentes municipales de Cuautla, Ayala, Yecapixtla y Atlatlahucan se reunieron este martes para analizar la propuesta de un relleno regional, pero no hubo acuerdo sobre dónde ubicarlo. “Nadie quiere la basura cerca, pero todos la producimos”, reconoció uno de los asistentes.

Especialistas de la Universidad Autónoma del Estado de Morelos propusieron reducir el volumen que llega al relleno con programas de separación, composta de residuos orgánicos en los mercados y acuerdos con recicladores, que hoy trabajan sin reconocimiento.

Mientras se resuelve la situación, el gobierno estatal permitirá una operación de emergencia en una celda ya cerrada, con supervisión semanal y cobertura diaria de los residuos.

© 2025 Cinco Volcanes Noticias. Todos los derechos reservados.
Deja tu comentario
'''
write_source('bc27.txt', T27, eol='crlf')
write_gold('bc27', family='wire',
           title='“Ya no hay dónde tirar”: relleno de Cuautla llega al límite y municipios buscan alternativa',
           date='2025-02-25', bylines=[], source='Cinco Volcanes Noticias', section='Morelos',
           body_first_words='El relleno sanitario que recibe la basura de Cuautla',
           body_last_words='con supervisión semanal y cobertura diaria de los residuos.',
           boilerplate=['FOTO: ESPECIAL', 'Te puede interesar |',
                        'Cuautla amplía horario de recolección en el centro',
                        '© 2025 Cinco Volcanes Noticias. Todos los derechos reservados.',
                        'Deja tu comentario'],
           must_keep=['recibe cerca de 400 toneladas diarias',
                      '“Nadie quiere la basura cerca, pero todos la producimos”, reconoció uno de los asistentes.',
                      'el gobierno estatal permitirá una operación de emergencia en una celda ya cerrada'],
           photo_credit='FOTO: ESPECIAL')

# ---------------------------------------------------------------- bc28 jekyll (team C, year boundary, liquid figure)
T28 = '''---
layout: article
title: "Pachuca despide 2024 en el Reloj, por primera vez sin pirotecnia"
date: 2024-12-31T23:30:00-06:00
publisher: Cinco Volcanes Noticias
author: [Renata Olguín Islas, Jorge Cerón Vite]
categories: Municipios
tags: [Pachuca, Año Nuevo, pirotecnia]
excerpt_separator: <!--more-->
---

Miles de personas se reunieron esta noche en la plaza Independencia, frente al Reloj Monumental de Pachuca, para despedir 2024 en la primera celebración de fin de año sin cohetes ni castillos pirotécnicos en el centro de la capital.
{: .lead}

<!--more-->

{% include figure.html src="/assets/2024/12/reloj-pachuca.jpg" caption="La plaza Independencia, minutos antes de la medianoche." credit="Renata Olguín Islas" %}

En lugar de fuegos artificiales, el ayuntamiento programó un espectáculo de luces proyectadas sobre la torre del reloj, un concierto de la banda de viento municipal y una muestra de música huapanguera con tríos de la Huasteca.

La prohibición de pirotecnia en el primer cuadro fue aprobada por el cabildo en noviembre, tras los incendios de pastizales en el cerro de San Cristóbal durante las fiestas patrias. Algunos comerciantes de cohetes protestaron por la medida, pero la mayoría de los asistentes consultados la celebró, sobre todo familias con niños pequeños y con perros.

Protección Civil municipal desplegó 150 elementos y tres ambulancias, y hasta las 23:00 horas reportaba solo atenciones menores por deshidratación y una persona extraviada que fue localizada.

El transporte público amplió su horario hasta la 1:30 de la madrugada y se habilitaron rutas especiales hacia las colonias del sur. El ayuntamiento pidió a quienes celebren en sus casas no disparar armas al aire, una práctica que cada año deja lesionados en el estado.

Para consultar el programa completo, visite [la agenda municipal]({{ site.baseurl }}/agenda/).
'''
write_source('bc28.markdown', T28)
write_gold('bc28', family='jekyll',
           title='Pachuca despide 2024 en el Reloj, por primera vez sin pirotecnia',
           date='2024-12-31', bylines=['Renata Olguín Islas', 'Jorge Cerón Vite'],
           source='Cinco Volcanes Noticias', section='Municipios',
           body_first_words='Miles de personas se reunieron esta noche en la plaza Independencia',
           body_last_words='una práctica que cada año deja lesionados en el estado.',
           boilerplate=['{: .lead}', '<!--more-->',
                        '{% include figure.html src="/assets/2024/12/reloj-pachuca.jpg" caption="La plaza Independencia, minutos antes de la medianoche." credit="Renata Olguín Islas" %}',
                        '{{ site.baseurl }}'],
           must_keep=['en la primera celebración de fin de año sin cohetes ni castillos pirotécnicos',
                      'La prohibición de pirotecnia en el primer cuadro fue aprobada por el cabildo en noviembre',
                      'El transporte público amplió su horario hasta la 1:30 de la madrugada'],
           photo_credit='Renata Olguín Islas')

# ---------------------------------------------------------------- bc29 generic (HTML comment, closed ATX heading)
T29 = '''<!-- migrado de Word por el equipo web; revisar acentos -->


# Memoria de los ferrocarrileros de Apizaco #

Apizaco nació con el ferrocarril. La estación, inaugurada en el siglo diecinueve sobre la línea México-Veracruz, dio trabajo a generaciones de maquinistas, garroteros, mecánicos y telegrafistas que levantaron sus casas alrededor de los talleres y de los patios de maniobras.

Don Aurelio Tecpa, de 84 años, entró a los talleres a los quince como aprendiz de caldereros. Recuerda el silbato que marcaba la entrada a las siete de la mañana y el olor a carbón que se quedaba en la ropa. "Mi madre lavaba los overoles con ceniza y piedra; nunca salían blancos", cuenta entre risas.

Con la privatización de los ferrocarriles, a finales de los años noventa, los talleres cerraron y cientos de familias tuvieron que buscar empleo en las fábricas del corredor industrial o en otras ciudades. La estación dejó de recibir pasajeros y, durante años, el edificio se deterioró.

Hoy una parte de los antiguos patios alberga un museo con locomotoras de vapor, carros de pasajeros y herramientas donadas por las propias familias. Cada año, el día del ferrocarrilero, los jubilados se reúnen ahí para pasar lista a los compañeros que ya no están.

Las hijas y los nietos de aquellos trabajadores han comenzado a grabar sus testimonios para que la historia no se pierda. "Apizaco sin el tren no se entiende", dice Rosa María Tecpa, hija de don Aurelio, mientras muestra la gorra de maquinista de su abuelo.
'''
write_source('bc29.text', T29, bom=True)
write_gold('bc29', family='generic',
           title='Memoria de los ferrocarrileros de Apizaco',
           date=None, bylines=[], source=None,
           body_first_words='Apizaco nació con el ferrocarril.',
           body_last_words='mientras muestra la gorra de maquinista de su abuelo.',
           boilerplate=['<!-- migrado de Word por el equipo web; revisar acentos -->'],
           must_keep=['entró a los talleres a los quince como aprendiz de caldereros.',
                      'los talleres cerraron y cientos de familias tuvieron que buscar empleo',
                      'los jubilados se reúnen ahí para pasar lista a los compañeros que ya no están.'])

# ---------------------------------------------------------------- bc30 bad (a .docx saved as .txt)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    def add(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2016, 3, 9, 10, 20, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/></Types>')
    add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships '
        'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
    add('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        '<w:p><w:r><w:t>BOLETÍN 118 Inauguran unidad deportiva en Apan</w:t></w:r></w:p>'
        '</w:body></w:document>')
write_source('bc30.txt', raw=buf.getvalue())
write_gold('bc30', family='bad',
           refusal_reason='archivo binario (documento de Word .docx, un ZIP) guardado con extensión .txt')
