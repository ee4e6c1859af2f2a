#!/usr/bin/env python3
"""importer-bf blind set, files 11-20."""
from common import write_source, write_gold, wrap, NBSP

# ---------------------------------------------------------------- bf11 wire (radio web desk, Campeche)
bf11 = '''**MEDIO AMBIENTE**

## Varan 40 tortugas blancas en playas de Sabancuy; liberan a 31 con vida

**Radio Faro Peninsular** | Por Redacción RFP | Miércoles 5 de junio, 2013 · 08:12 a.m.

📻 Escúchanos en vivo en el 98.5 FM y en rfp.example.mx/envivo

Pescadores y voluntarios de la villa de Sabancuy, en el municipio de El Carmen, rescataron la madrugada de este miércoles a 40 tortugas blancas que quedaron varadas en la playa tras el paso de un frente de mal tiempo, de las cuales 31 pudieron ser devueltas al mar con vida.

La bióloga del campamento tortuguero local, Itzel Moreno Chan, explicó que los ejemplares, en su mayoría juveniles, presentaban signos de hipotermia por el descenso repentino de la temperatura del agua. Te recomendamos ➡️ Alistan veda de camarón en la Sonda de Campeche Los animales fueron colocados en tinas con agua tibia y protegidos del viento durante varias horas antes de su liberación.

Nueve tortugas murieron y sus cuerpos fueron entregados a personal de la Procuraduría Federal de Protección al Ambiente, que levantará un registro para determinar si hubo alguna otra causa además del frío.

Moreno Chan pidió a la población que, si encuentra tortugas en la orilla, no intente regresarlas al agua de inmediato, sino que las cubra con una toalla húmeda, las mantenga a la sombra y llame al campamento al 982 555 0177.

Habitantes de la villa recordaron que un fenómeno similar ocurrió hace cuatro años y que desde entonces se formó una red de voluntarios que recorre la playa al amanecer en temporada de frentes. El campamento requiere donaciones de tinas, toallas y lámparas, que se reciben en la casa ejidal.

*Foto: RFP*

Con información de Roberto Uc Pacheco.

📲 Descarga nuestra app y recibe las noticias de Campeche en tu celular.
'''
write_source('bf11.md', bf11)
write_gold('bf11', family='wire', title='Varan 40 tortugas blancas en playas de Sabancuy; liberan a 31 con vida',
           date='2013-06-05', source='Radio Faro Peninsular', section='Medio ambiente',
           body_first_words='Pescadores y voluntarios de la villa de Sabancuy',
           body_last_words='que se reciben en la casa ejidal.',
           boilerplate=['📻 Escúchanos en vivo en el 98.5 FM y en rfp.example.mx/envivo',
                        'Te recomendamos ➡️ Alistan veda de camarón en la Sonda de Campeche',
                        '*Foto: RFP*', 'Con información de Roberto Uc Pacheco.',
                        '📲 Descarga nuestra app y recibe las noticias de Campeche en tu celular.'],
           must_keep=['presentaban signos de hipotermia por el descenso repentino de la temperatura del agua.',
                      'Los animales fueron colocados en tinas con agua tibia y protegidos del viento durante varias horas antes de su liberación.',
                      'las mantenga a la sombra y llame al campamento al 982 555 0177.'],
           photo_credit='RFP')

# ---------------------------------------------------------------- bf12 press (university, pasted from PDF)
hdr = 'UNIVERSIDAD JUÁREZ AUTÓNOMA DE TABASCO\nDirección General de Comunicación'
p = [
    'Con el objetivo de medir el avance de la erosión en la costa de Centla y Paraíso, '
    'investigadores de la División Académica de Ciencias Biológicas iniciaron un monitoreo '
    'permanente en 14 puntos del litoral tabasqueño, con apoyo de drones y estaciones de '
    'medición instaladas por los propios estudiantes.',
    'El responsable del proyecto, el doctor Efraín Ramírez Olán, explicó que en algunas zonas '
    'el mar ha avanzado hasta 12 metros en la última década, lo que pone en riesgo viviendas, '
    'caminos y manglares.',
    'Durante la presentación, el académico detalló que el proyecto cuenta con ﬁnanciamiento de '
    'un fondo sectorial y que los datos se compartirán con los ayuntamientos para que puedan '
    'planear obras de protección costera sin dañar el ecosistema.',
    'Los primeros resultados muestran que la pérdida de playa es mayor cerca de las '
    'desembocaduras de los ríos, donde la construcción de escolleras y el dragado han alterado el '
    'flujo natural de la arena.',
    'Ramírez Olán subrayó que el monitoreo se mantendrá al menos cinco años y que en él '
    'participan 22 alumnos de licenciatura y posgrado, quienes realizan sus tesis con la '
    'información recabada en campo.',
    'La universidad invitó a las comunidades costeras a colaborar reportando cambios en la línea '
    'de playa, así como la aparición de grietas o socavones, a través del micrositio del proyecto.',
]
bf12 = (hdr + '\n\n'
        'Boletín No. 214\n\n'
        'Villahermosa, Tabasco, a 9 de noviembre de 2017\n\n'
        'MONITOREAN INVESTIGADORES DE LA UJAT EROSIÓN EN\n'
        'COSTAS DE CENTLA Y PARAÍSO\n\n'
        + wrap(p[0], 78, True) + '\n\n' + wrap(p[1], 78, True) + '\n\n' + wrap(p[2], 78, True) + '\n\n'
        'Página 1 de 2\n'
        '\f' + hdr + '\n'
        'Boletín No. 214\n\n'
        + wrap(p[3], 78, True) + '\n\n' + wrap(p[4], 78, True) + '\n\n' + wrap(p[5], 78, True) + '\n\n'
        '---ooOoo---\n\n'
        'Dirección General de Comunicación UJAT\n'
        'Tel. (993) 555 0160 ext. 6012 | comunicacion@ujat-prensa.example.mx\n'
        'Página 2 de 2\n')
write_source('bf12.txt', bf12, eol='crlf', bom=True)
write_gold('bf12', family='press_release',
           title='MONITOREAN INVESTIGADORES DE LA UJAT EROSIÓN EN COSTAS DE CENTLA Y PARAÍSO',
           date='2017-11-09', source='UNIVERSIDAD JUÁREZ AUTÓNOMA DE TABASCO', bulletin_number='214',
           issuer='UNIVERSIDAD JUÁREZ AUTÓNOMA DE TABASCO', dateline_city='Villahermosa',
           body_first_words='Con el objetivo de medir el avance de la erosión',
           body_last_words='a través del micrositio del proyecto.',
           boilerplate=['Dirección General de Comunicación', 'Boletín No. 214',
                        'Villahermosa, Tabasco, a 9 de noviembre de 2017', 'Página 1 de 2',
                        '---ooOoo---', 'Tel. (993) 555 0160 ext. 6012 | comunicacion@ujat-prensa.example.mx',
                        'Página 2 de 2'],
           must_keep=['El responsable del proyecto, el doctor Efraín Ramírez Olán, explicó que en algunas zonas el mar ha avanzado hasta 12 metros en la última década, lo que pone en riesgo viviendas, caminos y manglares.',
                      'Los primeros resultados muestran que la pérdida de playa es mayor cerca de las desembocaduras de los ríos'])

# ---------------------------------------------------------------- bf13 jekyll (Windows: BOM + CRLF, published "false", byline in body)
bf13 = '''---
title: "Xalapa ya tiene su primer mercado de trueque"
date: 2011-11-20 22:15:00 -0600
published: "false"
categories: [Ciudad]
tags: [trueque, economía solidaria]
sitio: El Cafecito Xalapeño
---

Por Luis Ángel Chi Zavaleta

Desde este domingo, el parque de Los Tecajetes tiene un nuevo inquilino: un mercado de trueque donde nadie paga con dinero. Los asistentes llevan frutas, ropa, libros o pan hecho en casa y los intercambian por lo que necesitan, con la ayuda de una moneda comunitaria llamada "tlaco".

La iniciativa es de un grupo de vecinos de la colonia Centro y de estudiantes de Economía que, cuentan, querían probar que se puede comerciar de otra manera. En la primera jornada participaron unas 70 personas y se registraron 150 intercambios, según la libreta que lleva la organización.

"Hay quien llega con diez kilos de naranja de su rancho y se va con zapatos para sus hijos; eso ya vale la pena", dice Mariana Cruz Landa, una de las coordinadoras.

Cada participante recibe al llegar una cantidad de tlacos según lo que aporta, y con ellos puede "comprar" en los otros puestos. No se permite la reventa ni la venta de productos industrializados, y toda la comida debe ser preparada por quien la ofrece.

El grupo planea reunirse el tercer domingo de cada mes y está buscando un espacio techado para la temporada de nortes. Quienes quieran sumarse pueden acercarse a la mesa de registro a partir de las 9 de la mañana.
'''
write_source('bf13.md', bf13, eol='crlf', bom=True)
write_gold('bf13', family='jekyll', title='Xalapa ya tiene su primer mercado de trueque',
           date='2011-11-20', published=False, bylines=['Luis Ángel Chi Zavaleta'], source='El Cafecito Xalapeño',
           section='Ciudad',
           body_first_words='Desde este domingo, el parque de Los Tecajetes',
           body_last_words='a partir de las 9 de la mañana.',
           boilerplate=['Por Luis Ángel Chi Zavaleta'],
           must_keep=['En la primera jornada participaron unas 70 personas y se registraron 150 intercambios',
                      'No se permite la reventa ni la venta de productos industrializados'])

# ---------------------------------------------------------------- bf14 wire (port daily web, tweet embed, mixed EOL)
bf14 = '''PUERTO NOTICIAS VERACRUZ
Economía | Puerto

Nuevo récord: puerto de Veracruz mueve más de 1.1 millones de contenedores en 2015

Por Ernesto Lagunes Ríos
Actualizado: 03/02/2016 19:40 · Publicado: 03/02/2016 09:15

Foto: Puerto Noticias / Archivo

El puerto de Veracruz cerró 2015 con un movimiento de 1 millón 100 mil contenedores, la cifra más alta de su historia, informó este miércoles la Administración Portuaria Integral, que atribuyó el resultado al crecimiento de las exportaciones automotrices y agroalimentarias.

El director de Operaciones del recinto explicó que el volumen creció 6% respecto al año anterior y que las terminales especializadas trabajaron al límite de su capacidad durante el último trimestre, con tiempos de espera de hasta dos días para algunos buques.

Nuevo récord histórico en el movimiento de contenedores 🚢 1.1 millones de TEU en 2015. Gracias a todos los que hacen posible el crecimiento del #PuertoDeVeracruz pic.twitter.com/Xq7Ab2example
— API Veracruz Ejemplo (@APIVerEjemplo) February 3, 2016

Agentes aduanales consultados señalaron que el récord también refleja el cuello de botella en los accesos terrestres: en temporada alta, las filas de tractocamiones sobre el bulevar llegan a varios kilómetros y generan quejas de vecinos y automovilistas.

Las autoridades portuarias confían en que la ampliación en la zona norte, cuya primera etapa debería entrar en operación hacia 2018, permita duplicar la capacidad del puerto en la próxima década. Mientras tanto, se prevé habilitar un patio regulador para ordenar la llegada de camiones.

Cámaras empresariales del estado pidieron que la derrama del crecimiento portuario se refleje en empleo local y en obras de movilidad para la zona conurbada Veracruz-Boca del Río.

LO MÁS LEÍDO
1. Cierran por norte el puerto a la navegación menor
2. Detienen a tres por robo de contenedores en Paso del Toro
3. ¿Cuándo es el Carnaval de Veracruz 2016?

Síguenos en Google Noticias y en nuestro canal de WhatsApp
'''
write_source('bf14.txt', bf14, eol=('mixed', 9))
write_gold('bf14', family='wire',
           title='Nuevo récord: puerto de Veracruz mueve más de 1.1 millones de contenedores en 2015',
           date='2016-02-03', bylines=['Ernesto Lagunes Ríos'], source='Puerto Noticias Veracruz', section='Economía',
           body_first_words='El puerto de Veracruz cerró 2015 con un movimiento',
           body_last_words='para la zona conurbada Veracruz-Boca del Río.',
           boilerplate=['Actualizado: 03/02/2016 19:40 · Publicado: 03/02/2016 09:15', 'Foto: Puerto Noticias / Archivo',
                        'Nuevo récord histórico en el movimiento de contenedores 🚢 1.1 millones de TEU en 2015. Gracias a todos los que hacen posible el crecimiento del #PuertoDeVeracruz pic.twitter.com/Xq7Ab2example',
                        '— API Veracruz Ejemplo (@APIVerEjemplo) February 3, 2016', 'LO MÁS LEÍDO',
                        '1. Cierran por norte el puerto a la navegación menor',
                        'Síguenos en Google Noticias y en nuestro canal de WhatsApp'],
           must_keep=['las filas de tractocamiones sobre el bulevar llegan a varios kilómetros',
                      'Mientras tanto, se prevé habilitar un patio regulador para ordenar la llegada de camiones.'],
           photo_credit='Puerto Noticias / Archivo')

# ---------------------------------------------------------------- bf15 generic (UTF-16 BE)
bf15 = '''El último cayuquero de Tlacotalpan

Don Anselmo Prieto construye cayucos desde que tenía once años. Aprendió el oficio de su padre, a la orilla del Papaloapan, cuando los cayucos todavía eran la forma principal de moverse entre las rancherías y el pueblo, y cuando cada familia tenía uno amarrado frente a la casa.

Hoy, a sus 78 años, es el único que sigue labrando las embarcaciones a partir de un solo tronco de cedro. Tarda tres semanas en terminar cada una y las vende sobre todo a coleccionistas y a algunos pescadores que prefieren la madera a la fibra de vidrio.

"El cayuco bien hecho dura treinta años si lo cuidas; la lancha de fibra se raja con el sol", dice mientras pasa la azuela por el costado de un tronco que llegó en una camioneta desde la sierra.

Sus hijos se fueron a trabajar a Veracruz y a Estados Unidos, y ninguno de sus nietos ha mostrado interés por aprender. Una asociación cultural del pueblo grabó hace dos años un video con todo el proceso, desde la selección del árbol hasta la botadura, para que al menos quede registro.

Cada febrero, durante las fiestas de la Candelaria, don Anselmo saca uno de sus cayucos al río y lo presta a los jóvenes para las regatas. Es, dice, la única forma que se le ocurre de que el oficio no se olvide del todo.
'''
write_source('bf15.txt', bf15, enc='utf-16-be', eol='crlf', bom=True)
write_gold('bf15', family='generic', title='El último cayuquero de Tlacotalpan',
           body_first_words='Don Anselmo Prieto construye cayucos',
           body_last_words='de que el oficio no se olvide del todo.',
           must_keep=['Hoy, a sus 78 años, es el único que sigue labrando las embarcaciones a partir de un solo tronco de cedro.',
                      '"El cayuco bien hecho dura treinta años si lo cuidas; la lancha de fibra se raja con el sol"'])

# ---------------------------------------------------------------- bf16 press (state congress, Campeche)
bf16 = '''H. CONGRESO DEL ESTADO DE CAMPECHE
LXIV LEGISLATURA
Dirección de Comunicación Social

BOLETÍN LXIV/CS/087/2023

San Francisco de Campeche, Camp., a 7 de marzo de 2023.

**Aprueba Congreso reforma para garantizar traductores de lengua maya en juicios y trámites**

El Pleno del Congreso del Estado aprobó por unanimidad una reforma a la Ley de Derechos, Cultura y Organización de los Pueblos y Comunidades Indígenas del Estado, para garantizar que las personas hablantes de maya, ch'ol, tseltal y otras lenguas originarias cuenten con intérpretes y traductores en juicios, audiencias y trámites administrativos.

La iniciativa fue presentada por la diputada Guadalupe Tun Ehuán, quien señaló en tribuna que en Campeche viven más de 90 mil personas hablantes de alguna lengua indígena y que muchas de ellas "han sido juzgadas sin entender de qué se les acusaba".

La reforma establece que el Poder Judicial, la Fiscalía y los ayuntamientos deberán contar con un padrón de intérpretes certificados, y que ninguna actuación en la que participe una persona indígena será válida si no se le garantizó la asistencia en su lengua.

En la discusión, legisladores de distintas fuerzas políticas coincidieron en que el reto será el presupuesto, pues actualmente el estado cuenta con apenas 35 intérpretes certificados, concentrados en la capital y en los municipios de Calkiní y Hopelchén.

El dictamen prevé un plazo de 180 días para que las instituciones adecuen sus reglamentos y de un año para integrar el padrón. La diputada Tun Ehuán anunció que propondrá una partida específica en el próximo paquete económico para la formación de nuevos intérpretes.

-o-

Dirección de Comunicación Social del H. Congreso del Estado
981 555 0124 · comunicacion@congresocam.example.mx · X: @CongresoCamEx
'''
write_source('bf16.md', bf16, eol='crlf')
write_gold('bf16', family='press_release',
           title='Aprueba Congreso reforma para garantizar traductores de lengua maya en juicios y trámites',
           date='2023-03-07', source='H. CONGRESO DEL ESTADO DE CAMPECHE', bulletin_number='LXIV/CS/087/2023',
           issuer='H. CONGRESO DEL ESTADO DE CAMPECHE', dateline_city='San Francisco de Campeche',
           body_first_words='El Pleno del Congreso del Estado aprobó por unanimidad',
           body_last_words='para la formación de nuevos intérpretes.',
           boilerplate=['LXIV LEGISLATURA', 'Dirección de Comunicación Social', 'BOLETÍN LXIV/CS/087/2023',
                        'San Francisco de Campeche, Camp., a 7 de marzo de 2023.', '-o-',
                        '981 555 0124 · comunicacion@congresocam.example.mx · X: @CongresoCamEx'],
           must_keep=['La iniciativa fue presentada por la diputada Guadalupe Tun Ehuán',
                      'actualmente el estado cuenta con apenas 35 intérpretes certificados',
                      'El dictamen prevé un plazo de 180 días para que las instituciones adecuen sus reglamentos'])

# ---------------------------------------------------------------- bf17 jekyll (no title key, "07 de Julio del 2016", categories as a string)
bf17 = '''---
layout: post
fecha: "07 de Julio del 2016"
autor: Redacción El Pregonero
categoria: "Deportes, Destacadas"
imagen: /uploads/2016/07/regata.jpg
pie: "Las tripulaciones a su salida del muelle / Foto: Jesús Tec"
---

# Chetumal recibe la regata internacional Bahía de Chetumal con 28 veleros

La bahía de Chetumal recibió este jueves a 28 veleros procedentes de Belice, Guatemala y distintos puertos del Caribe Mexicano, que participan en la décima edición de la regata internacional, una de las competencias náuticas más antiguas del sur de Quintana Roo.

Las tripulaciones, integradas por más de 120 navegantes, zarparon a las 10 de la mañana desde el muelle fiscal hacia Calderitas, en la primera de las cinco etapas que se disputarán hasta el domingo. Los vientos del este, de entre 12 y 15 nudos, favorecieron a las embarcaciones de mayor eslora.

El comodoro del club organizador, Alfonso Dzib Carrillo, dijo que esta edición tiene la participación más alta en seis años y que por primera vez compiten tres tripulaciones integradas sólo por mujeres. "La bahía es tranquila, pero tiene sus secretos; aquí gana quien la conoce", advirtió.

Además de la competencia, el programa incluye una feria gastronómica en el boulevard, clínicas de vela para niños y una muestra de embarcaciones tradicionales de madera construidas en Xcalak y Mahahual.

La premiación se realizará el domingo por la tarde en la explanada del Museo de la Cultura Maya. Los organizadores pidieron a los lancheros y motonautas respetar el área delimitada con boyas durante las competencias para evitar accidentes.
'''
write_source('bf17.md', bf17)
write_gold('bf17', family='jekyll',
           title='Chetumal recibe la regata internacional Bahía de Chetumal con 28 veleros',
           date='2016-07-07', section='Deportes', placement=['Destacadas'],
           body_first_words='La bahía de Chetumal recibió este jueves a 28 veleros',
           body_last_words='durante las competencias para evitar accidentes.',
           must_keep=['"La bahía es tranquila, pero tiene sus secretos; aquí gana quien la conoce", advirtió.',
                      'Las tripulaciones, integradas por más de 120 navegantes, zarparon a las 10 de la mañana desde el muelle fiscal hacia Calderitas'],
           photo_credit='Jesús Tec')

# ---------------------------------------------------------------- bf18 wire (Mérida daily, two bylines, photographer)
bf18 = '''Local ▸ Mérida

# Vecinos de Chuburná denuncian inundaciones tras obras de repavimentación

*Por Ana Lilia Chablé Pech y Jorge Iván Cetina*
*Diario Peninsular del Mayab — 27/09/2021*

**Fotos: Martha Ku**

Vecinos de la colonia Chuburná de Hidalgo, en el norte de Mérida, denunciaron que desde que concluyeron los trabajos de repavimentación en la calle 21, cada aguacero convierte sus cocheras y patios en lagunas, porque el nuevo nivel de la calle quedó por encima del de las banquetas.

Doña Guadalupe Herrera, quien vive en la zona desde hace 35 años, mostró las marcas que dejó el agua en las paredes de su sala durante la tormenta del viernes. "Nunca se nos había metido el agua así; ahora tenemos que poner costales cada vez que se nubla", lamentó.

Los afectados aseguran que reportaron el problema a la línea de atención ciudadana y que personal de Obras Públicas acudió a revisar, pero hasta ahora no se ha programado ninguna corrección. Según sus cálculos, al menos 18 viviendas resultaron dañadas.

Consultado por este medio, el Ayuntamiento informó que las obras contemplaban la construcción de cuatro pozos de absorción que aún no han sido terminados y que, una vez concluidos, el agua deberá desalojarse en pocos minutos. Relacionado ► Ciclovía de la calle 60 tendrá nueva etapa

Los vecinos, sin embargo, dudan de la explicación y pidieron una reunión con el director de la dependencia. Advirtieron que si la situación no se resuelve antes del próximo huracán acudirán al Cabildo con fotografías y videos de los daños, y que presentarán una queja ante la Comisión de Derechos Humanos del Estado.
'''
write_source('bf18.md', bf18)
write_gold('bf18', family='wire',
           title='Vecinos de Chuburná denuncian inundaciones tras obras de repavimentación',
           date='2021-09-27', bylines=['Ana Lilia Chablé Pech', 'Jorge Iván Cetina'],
           source='Diario Peninsular del Mayab', section='Local',
           body_first_words='Vecinos de la colonia Chuburná de Hidalgo',
           body_last_words='ante la Comisión de Derechos Humanos del Estado.',
           boilerplate=['**Fotos: Martha Ku**', 'Relacionado ► Ciclovía de la calle 60 tendrá nueva etapa'],
           must_keep=['"Nunca se nos había metido el agua así; ahora tenemos que poner costales cada vez que se nubla", lamentó.',
                      'el agua deberá desalojarse en pocos minutos.',
                      'Según sus cálculos, al menos 18 viviendas resultaron dañadas.'],
           photo_credit='Martha Ku')

# ---------------------------------------------------------------- bf19 press (Pemex region office, cp1252)
bf19 = '''PETRÓLEOS MEXICANOS
Pemex Exploración y Producción
Región Marina Suroeste

Comunicado Regional No. RMSO-019/2011

Evacúa PEP a 740 trabajadores de plataformas por tormenta tropical "Nate"

Cd. del Carmen, Camp., 12 de septiembre de 2011.- Pemex Exploración y Producción (PEP) informa que, como medida preventiva ante la formación de la tormenta tropical "Nate" en la Sonda de Campeche, se procedió a la evacuación de personal no indispensable de 14 plataformas marinas de la Región Marina Suroeste.

En total, 740 trabajadores fueron trasladados a tierra por vía aérea y marítima durante la madrugada y la mañana de este lunes, de acuerdo con el Plan de Respuesta a Emergencias de la empresa. Las instalaciones continúan operando con el personal mínimo necesario, bajo estrictas medidas de seguridad.

La producción de crudo y gas de la región no ha sufrido afectaciones hasta el momento. La empresa mantiene comunicación permanente con el Servicio Meteorológico Nacional, la Secretaría de Marina y las autoridades de Protección Civil para evaluar la evolución del fenómeno.

PEP reitera que la seguridad de sus trabajadores y de sus instalaciones es prioritaria, y que el regreso del personal a las plataformas se realizará en cuanto las condiciones meteorológicas lo permitan.

Asimismo, se pide a las familias de los trabajadores mantenerse informadas únicamente a través de los canales oficiales, ya que en redes sociales circulan versiones falsas sobre supuestos accidentes en instalaciones de la Sonda.

Las embarcaciones de apoyo y los helicópteros contratados permanecerán en el puerto de Ciudad del Carmen hasta que la Capitanía de Puerto autorice de nuevo la navegación, lo que se prevé para mediados de semana.

FIN

Gerencia de Comunicación Regional
Tel. 938 555 0133 | comunicacion.rmso@pep-prensa.example.mx
'''
write_source('bf19.txt', bf19, enc='cp1252', eol='crlf')
write_gold('bf19', family='press_release',
           title='Evacúa PEP a 740 trabajadores de plataformas por tormenta tropical "Nate"',
           date='2011-09-12', source='Pemex Exploración y Producción', bulletin_number='RMSO-019/2011',
           issuer='Pemex Exploración y Producción', dateline_city='Cd. del Carmen',
           body_first_words='Pemex Exploración y Producción (PEP) informa que',
           body_last_words='lo que se prevé para mediados de semana.',
           boilerplate=['PETRÓLEOS MEXICANOS', 'Comunicado Regional No. RMSO-019/2011',
                        'Cd. del Carmen, Camp., 12 de septiembre de 2011.-',
                        'Gerencia de Comunicación Regional',
                        'Tel. 938 555 0133 | comunicacion.rmso@pep-prensa.example.mx'],
           must_keep=['En total, 740 trabajadores fueron trasladados a tierra por vía aérea y marítima',
                      'La producción de crudo y gas de la región no ha sufrido afectaciones hasta el momento.',
                      'ya que en redes sociales circulan versiones falsas sobre supuestos accidentes en instalaciones de la Sonda.'])

# ---------------------------------------------------------------- bf20 bad (front matter, body only an HTML comment)
bf20 = '''---
layout: post
title: "Resultados del torneo de voleibol de playa 2014"
date: 2014-08-30
author: Comité Estudiantil
categories: [Deportes]
---

<!-- pendiente: pegar aquí el texto de la nota cuando lo manden -->

'''
write_source('bf20.md', bf20, eol='crlf')
write_gold('bf20', family='bad',
           refusal_reason='Sin cuerpo: el archivo sólo tiene front matter y un comentario HTML, no hay texto del artículo.')
print('part2 written')
