#!/usr/bin/env python3
"""importer-ci, files 01-10."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- ci01 wire (agency teletype, Tamps., cp850)
ci01 = """AFN0231 4 LOC 0412 TAM /AFN-NLD
AGENCIA FRONTERIZA DE NOTICIAS - SERVICIO TAMAULIPAS
==
NLD-PUENTE-COMERCIO
==
Cruce de tractocamiones por el Puente III de Nuevo Laredo rompe récord en febrero
==
Por Mario Garza Tijerina
==
NUEVO LAREDO, Tamps., 18 de marzo de 2009 (AFN).- Un total de 142 mil 318 tractocamiones cruzaron en febrero por el Puente Internacional III, conocido como puente del Comercio Mundial, la cifra mensual más alta desde su apertura, informaron agentes aduanales de esta frontera.

El incremento, de 9 por ciento frente a febrero del año anterior, se explica por la llegada de autopartes y maquinaria para las plantas del Bajío y del centro del país, así como por el regreso de exportaciones de electrodomésticos fabricados en Nuevo León y Coahuila, dijo la asociación local de agentes aduanales.

Su presidente, Arnulfo Benavides Salinas, advirtió que las filas en el lado mexicano llegaron a superar las seis horas en los días de mayor movimiento. "Los operadores pasan la noche en el acotamiento de la carretera a Monterrey porque no hay patios suficientes", señaló.

Los transportistas piden ampliar el horario de los módulos de revisión y abrir dos carriles más para carga vacía. La Administración General de Aduanas informó en un comunicado que analiza la propuesta junto con las autoridades estadounidenses.

En lo que va del año, por esta aduana ha pasado cerca del 40 por ciento del comercio terrestre entre México y Estados Unidos, de acuerdo con las cifras de la asociación. Los agentes calculan que marzo cerrará con un volumen similar al de febrero.

AFN/MGT/rll
18-03-09 11:42 CST
"""
write_source('ci01.txt', ci01, enc='cp850', eol='crlf')
write_gold('ci01', family='wire',
           title='Cruce de tractocamiones por el Puente III de Nuevo Laredo rompe récord en febrero',
           date='2009-03-18', bylines=['Mario Garza Tijerina'],
           source='Agencia Fronteriza de Noticias',
           body_first_words='Un total de 142 mil 318 tractocamiones cruzaron en febrero',
           body_last_words='marzo cerrará con un volumen similar al de febrero.',
           boilerplate=['AFN0231 4 LOC 0412 TAM /AFN-NLD',
                        'AGENCIA FRONTERIZA DE NOTICIAS - SERVICIO TAMAULIPAS',
                        'NLD-PUENTE-COMERCIO',
                        'NUEVO LAREDO, Tamps., 18 de marzo de 2009 (AFN).-',
                        'AFN/MGT/rll', '18-03-09 11:42 CST'],
           must_keep=['"Los operadores pasan la noche en el acotamiento de la carretera a Monterrey porque no hay patios suficientes", señaló.',
                      'Los transportistas piden ampliar el horario de los módulos de revisión y abrir dos carriles más para carga vacía.',
                      'Los agentes calculan que marzo cerrará con un volumen similar al de febrero.'])

# ---------------------------------------------------------------- ci02 wire (business web outlet, N.L., copy-paste from browser)
ci02 = """MONTERREY INDUSTRIAL | Negocios e industria del noreste
Inicio › Industria

Acerera de Apodaca invertirá 310 millones de dólares en una nueva línea de laminado

Por Sofía Elizondo Cantú | 14 de agosto de 2023 | Lectura de 4 min

Compartir:  Facebook  X  WhatsApp  LinkedIn

Foto: Monterrey Industrial / Archivo

La siderúrgica Aceros Laminados del Norte anunció este lunes una inversión de 310 millones de dólares para instalar una nueva línea de laminado en frío en su planta de Apodaca, con la que prevé atender la demanda de lámina para carrocerías y electrodomésticos que llega con las empresas que se instalan en Nuevo León.

La obra comenzará en el último trimestre del año y generará alrededor de 650 empleos directos cuando entre en operación, a finales de 2025. Durante la construcción trabajarán en el sitio unas mil 200 personas, según la empresa. Lee también: Parques industriales de Santa Catarina, sin naves disponibles hasta 2024 La compañía no precisó el origen del financiamiento, aunque su director general dijo que la mayor parte provendrá de recursos propios.

Ese director, Rodrigo Leal Montemayor, explicó que hoy la empresa importa de Asia cerca de un tercio de la lámina que vende a sus clientes. “Queremos que el acero que va en un refrigerador hecho en Nuevo León también se lamine aquí”, dijo durante la presentación, a la que asistieron funcionarios de la Secretaría de Economía estatal.

Analistas del sector consideran que la inversión responde a la relocalización de cadenas de suministro hacia el norte de México. Sin embargo, advierten que el abasto de agua y de energía eléctrica en la zona metropolitana sigue siendo el principal obstáculo para proyectos de este tamaño.

La empresa aseguró que la nueva línea reciclará el 90 por ciento del agua que utilice y que firmó un contrato de suministro eléctrico de largo plazo con un parque solar de Coahuila.

Etiquetas: acero, Apodaca, nearshoring, inversión

Comentarios (0)
Deja un comentario
"""
write_source('ci02.md', ci02)
write_gold('ci02', family='wire',
           title='Acerera de Apodaca invertirá 310 millones de dólares en una nueva línea de laminado',
           date='2023-08-14', bylines=['Sofía Elizondo Cantú'], source='Monterrey Industrial',
           section='Industria',
           body_first_words='La siderúrgica Aceros Laminados del Norte anunció este lunes',
           body_last_words='con un parque solar de Coahuila.',
           boilerplate=['MONTERREY INDUSTRIAL | Negocios e industria del noreste', 'Inicio › Industria',
                        'Lectura de 4 min', 'Compartir:  Facebook  X  WhatsApp  LinkedIn',
                        'Foto: Monterrey Industrial / Archivo',
                        'Lee también: Parques industriales de Santa Catarina, sin naves disponibles hasta 2024',
                        'Etiquetas: acero, Apodaca, nearshoring, inversión',
                        'Comentarios (0)', 'Deja un comentario'],
           must_keep=['Durante la construcción trabajarán en el sitio unas mil 200 personas, según la empresa.',
                      'La compañía no precisó el origen del financiamiento, aunque su director general dijo que la mayor parte provendrá de recursos propios.',
                      '“Queremos que el acero que va en un refrigerador hecho en Nuevo León también se lamine aquí”, dijo durante la presentación, a la que asistieron funcionarios de la Secretaría de Economía estatal.'],
           photo_credit='Monterrey Industrial / Archivo')

# ---------------------------------------------------------------- ci03 wire (sports desk, Coah.)
ci03 = """Polideportivo
Keniano y saltillense ganan el Medio Maratón del Desierto con récord de participación
Redacción Marcador Norte
Saltillo, Coah. / 2 de junio de 2014
Foto: Cortesía Comité Organizador

Con una participación récord de 6 mil 400 corredores, el Medio Maratón del Desierto se corrió este domingo en Saltillo con triunfos del keniano Peter Kiprono Chebet en la rama varonil y de la saltillense Araceli Zertuche Dávila en la femenil.

Kiprono cruzó la meta en la Plaza de Armas con un tiempo de 1:04:52, a pesar de que la salida se dio a 1 600 metros sobre el nivel del mar y con una temperatura que a las ocho de la mañana ya rondaba los 24 grados. El segundo lugar fue para el duranguense Óscar Soto Medrano y el tercero para el etíope Tesfaye Bekele.

Te puede interesar: Saraperos anuncian pruebas de talento para jóvenes peloteros

En la rama femenil, Zertuche, maestra de educación física en una secundaria de Ramos Arizpe, se despegó del grupo en el kilómetro 15 y llegó sola a la meta con 1:15:37. “Entrené todo el año en estas calles y sabía que en la subida de Abasolo se iba a definir la carrera”, dijo al recibir su medalla.

La organización informó que 28 corredores recibieron atención médica por deshidratación y que ninguno fue trasladado al hospital. Los puestos de abastecimiento se colocaron cada dos kilómetros y medio, uno más que en la edición anterior.

El comité anunció que para 2015 el recorrido se modificará para evitar el tramo de terracería del parque Las Maravillas, que fue la principal queja de los participantes.

MÁS DEPORTES
Acereros de Monclova buscan refuerzos para la segunda vuelta
Coahuila suma 12 medallas en el nacional de ciclismo de ruta
"""
write_source('ci03.txt', ci03.replace('1 600', '1' + NBSP + '600'), eol='crlf', bom=True)
write_gold('ci03', family='wire',
           title='Keniano y saltillense ganan el Medio Maratón del Desierto con récord de participación',
           date='2014-06-02', bylines=[], source='Marcador Norte', section='Polideportivo',
           body_first_words='Con una participación récord de 6 mil 400 corredores',
           body_last_words='que fue la principal queja de los participantes.',
           boilerplate=['Redacción Marcador Norte', 'Foto: Cortesía Comité Organizador',
                        'Te puede interesar: Saraperos anuncian pruebas de talento para jóvenes peloteros',
                        'MÁS DEPORTES',
                        'Acereros de Monclova buscan refuerzos para la segunda vuelta',
                        'Coahuila suma 12 medallas en el nacional de ciclismo de ruta'],
           must_keep=['El segundo lugar fue para el duranguense Óscar Soto Medrano y el tercero para el etíope Tesfaye Bekele.',
                      '“Entrené todo el año en estas calles y sabía que en la subida de Abasolo se iba a definir la carrera”, dijo al recibir su medalla.',
                      'Los puestos de abastecimiento se colocaron cada dos kilómetros y medio, uno más que en la edición anterior.'],
           photo_credit='Cortesía Comité Organizador')

# ---------------------------------------------------------------- ci04 wire (border wire service inside a forwarded e-mail, Tamps.)
ci04 = """Va la nota de SIF para la edición de mañana, checa las cifras con la gente de la asociación.
Saludos,
Lalo

Eduardo Rentería
Mesa de Información
Tel. 899 555 0163

---------- Mensaje reenviado ----------
De: Mesa SIF <mesa@sif-noticias.example.mx>
Fecha: mar, 9 oct 2012 a las 20:12
Asunto: NOTA REYNOSA - Maquiladoras temporada alta
Para: Redacción <redaccion@diario-tamaulipeco.example.mx>


SERVICIO INFORMATIVO DE LA FRONTERA

Maquiladoras de Reynosa abren 4 mil plazas para la temporada alta

Por Eduardo Cavazos Leal

REYNOSA, Tamps., 9 de octubre de 2012 (SIF).- Las plantas maquiladoras de Reynosa ofrecen alrededor de 4 mil vacantes para cubrir la temporada alta de fin de año, cuando aumentan los pedidos de componentes electrónicos y de arneses para la industria automotriz de Estados Unidos.

La asociación local de la industria de exportación informó que las empresas buscan sobre todo operadores de producción, técnicos en mantenimiento y personal de almacén, con sueldos de entrada que van de mil 100 a mil 600 pesos semanales, más bonos de asistencia y puntualidad.

Su vicepresidenta, Lorena Cárdenas Villarreal, dijo que la rotación de personal sigue siendo el mayor problema del sector. "Contratamos a cien personas en septiembre y para noviembre ya se nos fueron treinta a otra planta que paga cincuenta pesos más", explicó.

Para atraer trabajadores, varias plantas del parque industrial del Norte ofrecen transporte gratuito desde las colonias del poniente de la ciudad y guarderías dentro de sus instalaciones. Otras reclutan en Veracruz, San Luis Potosí y Tabasco, y pagan el traslado de quienes aceptan mudarse a la frontera.

La industria maquiladora emplea en Reynosa a cerca de 100 mil personas, la mayoría mujeres, según cifras de la asociación.

SIF/ECL

--
Este mensaje y sus anexos son confidenciales y para uso exclusivo de su destinatario. Si lo recibió por error, le pedimos borrarlo y avisar al remitente.
"""
write_source('ci04.txt', ci04, enc='cp1252', eol='crlf')
write_gold('ci04', family='wire',
           title='Maquiladoras de Reynosa abren 4 mil plazas para la temporada alta',
           date='2012-10-09', bylines=['Eduardo Cavazos Leal'],
           source='Servicio Informativo de la Frontera',
           body_first_words='Las plantas maquiladoras de Reynosa ofrecen alrededor de 4 mil vacantes',
           body_last_words='la mayoría mujeres, según cifras de la asociación.',
           boilerplate=['Va la nota de SIF para la edición de mañana, checa las cifras con la gente de la asociación.',
                        'Tel. 899 555 0163', '---------- Mensaje reenviado ----------',
                        'De: Mesa SIF <mesa@sif-noticias.example.mx>',
                        'Fecha: mar, 9 oct 2012 a las 20:12',
                        'Asunto: NOTA REYNOSA - Maquiladoras temporada alta',
                        'Para: Redacción <redaccion@diario-tamaulipeco.example.mx>',
                        'REYNOSA, Tamps., 9 de octubre de 2012 (SIF).-', 'SIF/ECL',
                        'Este mensaje y sus anexos son confidenciales y para uso exclusivo de su destinatario.'],
           must_keep=['"Contratamos a cien personas en septiembre y para noviembre ya se nos fueron treinta a otra planta que paga cincuenta pesos más", explicó.',
                      'Otras reclutan en Veracruz, San Luis Potosí y Tabasco, y pagan el traslado de quienes aceptan mudarse a la frontera.',
                      'La industria maquiladora emplea en Reynosa a cerca de 100 mil personas, la mayoría mujeres, según cifras de la asociación.'])

# ---------------------------------------------------------------- ci05 wire (agency story inside a WhatsApp chat export, Coah.)
ci05 = """02/11/21 07:14 - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.
02/11/21 07:15 - Agencia Carbonífera ACN: *CFE reanuda la compra de carbón a pequeños productores de la Región Carbonífera*
Por Julián Treviño Villarreal | Agencia Carbonífera de Noticias

SABINAS, Coah., 2 de noviembre de 2021 (ACN).- La Comisión Federal de Electricidad reanudó este lunes la compra de carbón a pequeños productores de la Región Carbonífera, luego de casi un año sin contratos, con un primer pedido de 600 mil toneladas que se entregarán antes de marzo a las centrales de Nava.

Los productores, agrupados en cooperativas de Sabinas, San Juan de Sabinas, Múzquiz y Progreso, habían denunciado que la falta de pedidos los obligó a cerrar pozos y a despedir a cientos de trabajadores durante la pandemia.

El dirigente de una de las uniones de productores, Rogelio Flores Ibarra, dijo que el volumen apenas alcanza para reactivar una parte de las minas pequeñas. "Con esto comen las familias hasta marzo, pero luego volvemos a lo mismo si no hay un contrato de largo plazo", advirtió.

Las autoridades estatales informaron que acompañarán a los productores en la revisión de las condiciones de seguridad de los pozos que reabran, y que los inspectores federales del trabajo visitarán cada sitio antes de autorizar la extracción.

En la región viven de la minería del carbón alrededor de 8 mil familias, según las organizaciones de productores.
02/11/21 07:16 - Agencia Carbonífera ACN: <Multimedia omitido>
02/11/21 07:16 - Agencia Carbonífera ACN: Foto: ACN / Archivo
02/11/21 07:31 - Mesa Monterrey: Recibida, gracias 👍
"""
write_source('ci05.txt', ci05)
write_gold('ci05', family='wire',
           title='CFE reanuda la compra de carbón a pequeños productores de la Región Carbonífera',
           date='2021-11-02', bylines=['Julián Treviño Villarreal'],
           source='Agencia Carbonífera de Noticias',
           body_first_words='La Comisión Federal de Electricidad reanudó este lunes la compra de carbón',
           body_last_words='según las organizaciones de productores.',
           boilerplate=['Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        '02/11/21 07:15 - Agencia Carbonífera ACN:',
                        'SABINAS, Coah., 2 de noviembre de 2021 (ACN).-',
                        '02/11/21 07:16 - Agencia Carbonífera ACN: <Multimedia omitido>',
                        'Foto: ACN / Archivo',
                        '02/11/21 07:31 - Mesa Monterrey: Recibida, gracias'],
           must_keep=['"Con esto comen las familias hasta marzo, pero luego volvemos a lo mismo si no hay un contrato de largo plazo", advirtió.',
                      'Los productores, agrupados en cooperativas de Sabinas, San Juan de Sabinas, Múzquiz y Progreso, habían denunciado que la falta de pedidos los obligó a cerrar pozos y a despedir a cientos de trabajadores durante la pandemia.',
                      'En la región viven de la minería del carbón alrededor de 8 mil familias, según las organizaciones de productores.'],
           photo_credit='ACN / Archivo')

# ---------------------------------------------------------------- ci06 wire (OCR'd print page, La Laguna, Mac Roman, CR)
ci06 = """LA VOZ DE LA COMARCA \u00b7 Torreón, Coah. \u00b7 Martes 8 de marzo de 2005 \u00b7 Sección Local \u00b7 3B
________________________________________________________________

Conagua autoriza primer desfogue de la presa
Lázaro Cárdenas para el ciclo agrícola

Por Rebeca Aguirre Soto

FOTO: ARCHIVO / LA VOZ

Los agricultores del Distrito de Riego 017 recibirán a
partir del próximo lunes el primer desfogue de la presa
Lázaro Cárdenas, conocida como El Palmito, con un volu-
men inicial de 350 millones de metros cúbicos para el
ciclo primavera-verano, informó ayer la gerencia local
de la Comisión Nacional del Agua.

El agua correrá por el cauce del río Nazas hasta la
presa derivadora San Fernando, desde donde se distribui-
rá por la red de canales a los módulos de riego de Lerdo,
Gómez Palacio, Torreón, Matamoros y Francisco I. Madero.
El recorrido tarda entre seis y ocho días.

El jefe del distrito, ingeniero Samuel Ortiz Lechuga,
explicó que el almacenamiento de la presa permite este
año un volumen total cercano a los 800 millones de metros
cúbicos, suficiente para sembrar alrededor de 65 mil
hectáreas de algodón, forrajes y nogal.

| La Voz de la Comarca                                  3B |

Los productores del ejido San Ignacio pidieron revisar
los horarios de entrega, pues el año pasado el agua llegó
de noche a las parcelas del final de los canales y buena
parte se perdió. "Nos tocó regar con lámpara y aun así se
nos fue media tanda al dren", dijo Fidel Castañeda Ríos,
comisariado ejidal.

La Conagua pidió a los habitantes de las márgenes del
Nazas no acercarse al cauce mientras dure el desfogue y
recordó que está prohibido extraer agua con bombas sin
permiso. Las cuadrillas de vigilancia recorrerán el río
desde Lerdo hasta San Pedro.
"""
write_source('ci06.txt', ci06, enc='mac_roman', eol='cr')
write_gold('ci06', family='wire',
           title='Conagua autoriza primer desfogue de la presa Lázaro Cárdenas para el ciclo agrícola',
           date='2005-03-08', bylines=['Rebeca Aguirre Soto'], source='La Voz de la Comarca',
           section='Local',
           body_first_words='Los agricultores del Distrito de Riego 017 recibirán a',
           body_last_words='desde Lerdo hasta San Pedro.',
           boilerplate=['LA VOZ DE LA COMARCA · Torreón, Coah. · Martes 8 de marzo de 2005 · Sección Local · 3B',
                        '________________________________________________________________',
                        'FOTO: ARCHIVO / LA VOZ',
                        '| La Voz de la Comarca                                  3B |'],
           must_keep=['El recorrido tarda entre seis y ocho días.',
                      '"Nos tocó regar con lámpara y aun así se nos fue media tanda al dren", dijo Fidel Castañeda Ríos, comisariado ejidal.',
                      'Las cuadrillas de vigilancia recorrerán el río desde Lerdo hasta San Pedro.'],
           photo_credit='ARCHIVO / LA VOZ')

# ---------------------------------------------------------------- ci07 wire (WordPress page copied from the browser, Reynosa)
ci07 = """Saltar al contenido
Frontera Bravo Noticias
Lo que pasa en la orilla del Bravo
Inicio  Reynosa  Matamoros  Río Bravo  Nacional  Deportes  Contacto
Este sitio utiliza cookies para mejorar tu experiencia. Si continúas navegando, aceptas su uso. Aceptar

Movilidad
Reynosa instala 40 semáforos inteligentes en el bulevar Hidalgo y la carretera a Monterrey
Publicado el 5 julio, 2019 por Mónica Saldívar Peña

El gobierno municipal de Reynosa terminó de instalar 40 semáforos inteligentes en los cruceros del bulevar Hidalgo y de la carretera a Monterrey, que a partir de este viernes ajustarán sus tiempos según el número de vehículos que detecten las cámaras colocadas en cada esquina.

La Dirección de Tránsito informó que el sistema se controla desde una central ubicada en el edificio de Seguridad Pública, donde los operadores pueden dar paso preferente a ambulancias y patrullas. En las horas de mayor tráfico, el recorrido entre el puente internacional y la salida a Monterrey debería reducirse de 45 a 30 minutos.

Automovilistas consultados dijeron que en los primeros días hubo confusión porque algunos semáforos cambiaban antes de lo esperado. “Uno ya se sabía los tiempos de memoria y ahora hay que ir más atento”, comentó un taxista que trabaja en la zona centro.

El proyecto costó 38 millones de pesos, que se pagaron con recursos federales y municipales. La siguiente etapa incluirá el bulevar Morelos y la avenida Tecnológico, donde se registra el mayor número de choques de la ciudad.

Tránsito pidió a los conductores respetar los límites de velocidad y no detenerse sobre los pasos peatonales, porque las cámaras también registrarán esas infracciones a partir de agosto. Lee también: Listos los cursos de verano del DIF Reynosa

Comparte esto:
Facebook
Twitter
WhatsApp
Relacionado
Etiquetas: movilidad, Reynosa, semáforos
Entrada anterior
Listos los cursos de verano del DIF Reynosa
Deja una respuesta
Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *
© 2019 Frontera Bravo Noticias. Todos los derechos reservados.
"""
write_source('ci07.md', ci07)
write_gold('ci07', family='wire',
           title='Reynosa instala 40 semáforos inteligentes en el bulevar Hidalgo y la carretera a Monterrey',
           date='2019-07-05', bylines=['Mónica Saldívar Peña'], source='Frontera Bravo Noticias',
           section='Movilidad',
           body_first_words='El gobierno municipal de Reynosa terminó de instalar 40 semáforos inteligentes',
           body_last_words='registrarán esas infracciones a partir de agosto.',
           boilerplate=['Saltar al contenido', 'Lo que pasa en la orilla del Bravo',
                        'Inicio  Reynosa  Matamoros  Río Bravo  Nacional  Deportes  Contacto',
                        'Este sitio utiliza cookies para mejorar tu experiencia.',
                        'Lee también: Listos los cursos de verano del DIF Reynosa',
                        'Comparte esto:', 'Etiquetas: movilidad, Reynosa, semáforos',
                        'Entrada anterior', 'Deja una respuesta',
                        'Tu dirección de correo electrónico no será publicada.',
                        '© 2019 Frontera Bravo Noticias. Todos los derechos reservados.'],
           must_keep=['En las horas de mayor tráfico, el recorrido entre el puente internacional y la salida a Monterrey debería reducirse de 45 a 30 minutos.',
                      '“Uno ya se sabía los tiempos de memoria y ahora hay que ir más atento”, comentó un taxista que trabaja en la zona centro.',
                      'Tránsito pidió a los conductores respetar los límites de velocidad y no detenerse sobre los pasos peatonales, porque las cámaras también registrarán esas infracciones a partir de agosto.'])

# ---------------------------------------------------------------- ci08 wire (state web outlet, Dgo., ## title + outlet line, leap day)
ci08 = """## Nevada cierra la autopista Durango-Mazatlán y deja sin clases a 40 escuelas de la sierra

**Enlace Noticias Durango** | Estado | 29/02/2024 · 23:40
Por Itzel Reyes Galindo

![Nieve en El Salto](/fotos/2024/02/nevada-el-salto.jpg)
Foto: Enlace / Archivo

Te puede interesar | Durango registra la mañana más fría del invierno La caída de nieve que comenzó la tarde de este jueves en la región de El Salto, en el municipio de Pueblo Nuevo, obligó a cerrar la autopista Durango-Mazatlán en ambos sentidos entre los kilómetros 95 y 160, informó la Guardia Nacional.

Cientos de automovilistas quedaron varados en los paradores y en las gasolineras de la zona. Protección Civil del estado abrió dos albergues en El Salto y en La Ciudad, donde se repartieron cobijas, café y alimentos. Hasta la noche no se reportaban personas lesionadas.

La Secretaría de Educación suspendió las clases del viernes en 40 escuelas de Pueblo Nuevo, San Dimas y Tepehuanes, donde la capa de nieve superó los diez centímetros. En la capital del estado la temperatura bajó hasta cuatro grados bajo cero.

El coordinador estatal de Protección Civil, Hugo Soto Bermúdez, pidió a la población no viajar a la sierra para ver la nieve mientras la carretera permanezca cerrada. “Entendemos que es un espectáculo, pero la carpeta está congelada y las maniobras de rescate ponen en riesgo a todos”, advirtió.

La reapertura de la autopista dependerá de que las máquinas retiren el hielo de los puentes y túneles, trabajo que podría tomar hasta 24{n}horas, según la concesionaria.

Síguenos en Telegram y WhatsApp como @EnlaceDgoEj
""".replace('{n}', NBSP)
write_source('ci08.md', ci08, eol='crlf', bom=True)
write_gold('ci08', family='wire',
           title='Nevada cierra la autopista Durango-Mazatlán y deja sin clases a 40 escuelas de la sierra',
           date='2024-02-29', bylines=['Itzel Reyes Galindo'], source='Enlace Noticias Durango',
           section='Estado',
           body_first_words='La caída de nieve que comenzó la tarde de este jueves',
           body_last_words='podría tomar hasta 24 horas, según la concesionaria.',
           boilerplate=['Foto: Enlace / Archivo',
                        'Te puede interesar | Durango registra la mañana más fría del invierno',
                        'Síguenos en Telegram y WhatsApp como @EnlaceDgoEj'],
           must_keep=['Hasta la noche no se reportaban personas lesionadas.',
                      'En la capital del estado la temperatura bajó hasta cuatro grados bajo cero.',
                      '“Entendemos que es un espectáculo, pero la carpeta está congelada y las maniobras de rescate ponen en riesgo a todos”, advirtió.'],
           photo_credit='Enlace / Archivo')

# ---------------------------------------------------------------- ci09 press (state congress, N.L.)
ci09 = """H. CONGRESO DEL ESTADO DE NUEVO LEÓN
LXXVI LEGISLATURA
Coordinación de Comunicación Social

Boletín No. 457

Aprueban diputados que los fraccionamientos nuevos capten agua de lluvia

Monterrey, Nuevo León, a 12 de octubre de 2022.- Con 38 votos a favor y dos abstenciones, el Pleno del Congreso del Estado aprobó una reforma a la Ley de Asentamientos Humanos para que los fraccionamientos habitacionales que se autoricen a partir de 2023 cuenten con sistemas de captación y aprovechamiento de agua de lluvia.

La reforma obliga a los desarrolladores a instalar cisternas pluviales en las áreas comunes y a dejar preparadas las viviendas para conectar un depósito propio. Los municipios no podrán otorgar la licencia de construcción si el proyecto no incluye estas obras.

Al presentar el dictamen, la presidenta de la Comisión de Desarrollo Urbano, diputada Claudia Villarreal Garza, recordó que la zona metropolitana de Monterrey vivió durante el verano la peor crisis de abasto de su historia reciente. “No podemos seguir construyendo como si el agua fuera infinita”, dijo en tribuna.

Los legisladores que se abstuvieron señalaron que la medida encarecerá las viviendas de interés social y pidieron que el Ejecutivo ofrezca incentivos fiscales a los constructores. La comisión respondió que el costo estimado no supera el dos por ciento del valor de cada casa.

La reforma será enviada al Ejecutivo para su publicación en el Periódico Oficial del Estado y entrará en vigor al día siguiente. Los ayuntamientos tendrán 180 días para adecuar sus reglamentos.

---o0o---

Coordinación de Comunicación Social
H. Congreso del Estado de Nuevo León
Tel. 81 5550 2231 | comunicacion@congreso-nl.example.mx
@CongresoNLEj
"""
write_source('ci09.txt', ci09, enc='cp1252', eol='crlf')
write_gold('ci09', family='press_release',
           title='Aprueban diputados que los fraccionamientos nuevos capten agua de lluvia',
           date='2022-10-12', source='H. CONGRESO DEL ESTADO DE NUEVO LEÓN',
           bulletin_number='457', issuer='H. CONGRESO DEL ESTADO DE NUEVO LEÓN',
           dateline_city='Monterrey',
           body_first_words='Con 38 votos a favor y dos abstenciones, el Pleno del Congreso del Estado aprobó',
           body_last_words='tendrán 180 días para adecuar sus reglamentos.',
           boilerplate=['LXXVI LEGISLATURA', 'Coordinación de Comunicación Social', 'Boletín No. 457',
                        'Monterrey, Nuevo León, a 12 de octubre de 2022.-', '---o0o---',
                        'Tel. 81 5550 2231 | comunicacion@congreso-nl.example.mx', '@CongresoNLEj'],
           must_keep=['Los municipios no podrán otorgar la licencia de construcción si el proyecto no incluye estas obras.',
                      '“No podemos seguir construyendo como si el agua fuera infinita”, dijo en tribuna.',
                      'La comisión respondió que el costo estimado no supera el dos por ciento del valor de cada casa.'])

# ---------------------------------------------------------------- ci10 press (state water utility, N.L., release pasted in an e-mail)
ci10 = """De: Comunicación Social SADM <comunicacion@sadm-prensa.example.mx>
Enviado: jueves, 16 de marzo de 2023 18:05
Para: Medios NL <medios@listas-nl.example.mx>
Asunto: Boletín 112/2023 | Suspensión parcial por trabajos de interconexión

Buenas tardes, compartimos el siguiente boletín. Agradecemos su difusión.

SERVICIOS DE AGUA Y DRENAJE DE MONTERREY, I.P.D.
Dirección de Comunicación Social
Boletín 112/2023

Agua y Drenaje suspenderá parcialmente el servicio en cinco municipios por la conexión de una nueva línea de conducción

Monterrey, N.L., 16 de marzo de 2023

Servicios de Agua y Drenaje de Monterrey informa que el próximo sábado 18 de marzo, de las 6:00 a las 22:00 horas, realizará la interconexión de una nueva línea de conducción con la red de distribución, por lo que habrá baja presión o falta de agua en colonias de Monterrey, Guadalupe, Juárez, Apodaca y San Nicolás de los Garza.

Los trabajos consisten en unir la nueva tubería de 72 pulgadas con el anillo de transferencia que abastece al oriente de la zona metropolitana. Para hacerlo es necesario vaciar un tramo de casi tres kilómetros de la línea actual.

La institución recomienda a los usuarios almacenar el agua necesaria para el día, cerrar la llave de paso de sus domicilios mientras no haya servicio y abrirla con cuidado cuando se restablezca, para evitar que el aire dañe los medidores.

Durante la suspensión estarán disponibles 60 pipas para hospitales, clínicas, asilos y escuelas de tiempo completo. El servicio se restablecerá de manera gradual durante la madrugada del domingo; en las partes altas podría tardar hasta 12 horas más.

Los usuarios pueden consultar el mapa de colonias afectadas en el portal de la institución o reportar fugas al 073.

* * *

Atentamente,
Dirección de Comunicación Social
Servicios de Agua y Drenaje de Monterrey, I.P.D.
Tel. 81 5550 8800, ext. 1204

AVISO DE PRIVACIDAD: La información contenida en este correo es confidencial. Si usted no es el destinatario, le pedimos eliminarlo.
"""
write_source('ci10.txt', ci10)
write_gold('ci10', family='press_release',
           title='Agua y Drenaje suspenderá parcialmente el servicio en cinco municipios por la conexión de una nueva línea de conducción',
           date='2023-03-16', source='SERVICIOS DE AGUA Y DRENAJE DE MONTERREY, I.P.D.',
           bulletin_number='112/2023', issuer='SERVICIOS DE AGUA Y DRENAJE DE MONTERREY, I.P.D.',
           dateline_city='Monterrey',
           body_first_words='Servicios de Agua y Drenaje de Monterrey informa que el próximo sábado 18 de marzo',
           body_last_words='o reportar fugas al 073.',
           boilerplate=['De: Comunicación Social SADM <comunicacion@sadm-prensa.example.mx>',
                        'Enviado: jueves, 16 de marzo de 2023 18:05',
                        'Para: Medios NL <medios@listas-nl.example.mx>',
                        'Asunto: Boletín 112/2023 | Suspensión parcial por trabajos de interconexión',
                        'Buenas tardes, compartimos el siguiente boletín. Agradecemos su difusión.',
                        'Dirección de Comunicación Social', 'Boletín 112/2023',
                        'Monterrey, N.L., 16 de marzo de 2023', '* * *', 'Atentamente,',
                        'Tel. 81 5550 8800, ext. 1204',
                        'AVISO DE PRIVACIDAD: La información contenida en este correo es confidencial.'],
           must_keep=['Para hacerlo es necesario vaciar un tramo de casi tres kilómetros de la línea actual.',
                      'Durante la suspensión estarán disponibles 60 pipas para hospitales, clínicas, asilos y escuelas de tiempo completo.',
                      'El servicio se restablecerá de manera gradual durante la madrugada del domingo; en las partes altas podría tardar hasta 12 horas más.'])
