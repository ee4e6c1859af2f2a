#!/usr/bin/env python3
"""importer-cl, files 17-30 (Jekyll, generic, bad)."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- cl17 jekyll (investigative collective, Son., Liquid includes)
cl17 = """---
layout: investigacion
title: "Agua para las granjas, sed para los pueblos: el acueducto que nadie termina"
date: 2020-11-03 23:50:00 -0700
author:
  - Paulina Encinas Ruiz
  - Joel Bórquez Lugo
categories: [Investigaciones]
tags: [agua, Guaymas, Empalme, acuacultura]
excerpt: "Una obra prometida en tres sexenios y un valle que se queda sin pozos."
image: /assets/img/2020/acueducto-guaymas.jpg
toc: true
---

{% include figure.html src="/assets/img/2020/acueducto-guaymas.jpg" caption="Tramo abandonado del acueducto en el ejido Santa María" credito="Foto: Joel Bórquez / Desierto Abierto" %}

En el ejido Santa María, a media hora de Guaymas, la tubería azul del acueducto aparece y desaparece entre los mezquites como una promesa a medias. Los tubos llegaron en 2014; la última cuadrilla se fue en 2017. Desde entonces, las familias del ejido siguen comprando agua en pipa dos veces por semana.

Durante siete meses revisamos contratos, actas de cabildo y respuestas a solicitudes de información de tres dependencias estatales y dos municipales. Los documentos muestran que la obra se ha licitado en cuatro ocasiones y que, en conjunto, se han pagado más de 380 millones de pesos por un sistema que todavía no entrega una sola gota a las viviendas.

Mientras tanto, a unos kilómetros de ahí, las granjas acuícolas y los campos de exportación del valle perforaron en la última década al menos 40 pozos nuevos, según el padrón federal de usuarios del agua. Los ejidatarios dicen que desde entonces sus norias se secan cada verano.

{% include cita.html texto="Nos dijeron que el agua venía en camino. Ya se nos murieron los abuelos esperándola." autor="Ejidataria de Santa María" %}

Las empresas constructoras que ganaron las licitaciones tienen domicilio en Hermosillo y en la Ciudad de México. Dos de ellas comparten representante legal. Ninguna respondió a las preguntas que les enviamos por correo y por teléfono.

La Comisión Estatal del Agua reconoció en una respuesta por escrito que la obra "presenta un avance físico de 62 por ciento" y que se buscan recursos para concluirla en 2021. No explicó por qué el avance reportado es el mismo que en 2017.

{% include donaciones.html %}

*¿Tienes información sobre este tema? Escríbenos a buzon@desiertoabierto.example.mx*
"""
write_source('cl17.md', cl17)
write_gold('cl17', family='jekyll',
           title='Agua para las granjas, sed para los pueblos: el acueducto que nadie termina',
           date='2020-11-03', bylines=['Paulina Encinas Ruiz', 'Joel Bórquez Lugo'],
           section='Investigaciones',
           body_first_words='En el ejido Santa María, a media hora de Guaymas',
           body_last_words='No explicó por qué el avance reportado es el mismo que en 2017.',
           boilerplate=['Tramo abandonado del acueducto en el ejido Santa María',
                        'Foto: Joel Bórquez / Desierto Abierto',
                        '{% include donaciones.html %}',
                        '¿Tienes información sobre este tema? Escríbenos a buzon@desiertoabierto.example.mx'],
           must_keep=['Los tubos llegaron en 2014; la última cuadrilla se fue en 2017.',
                      'Dos de ellas comparten representante legal.',
                      'Los ejidatarios dicen que desde entonces sus norias se secan cada verano.'],
           photo_credit='Joel Bórquez / Desierto Abierto')

# ---------------------------------------------------------------- cl18 jekyll (community site, BCS, Spanish keys, Spanish date, rule in body)
cl18 = """---
titulo: Pescadoras de Bahía Magdalena siembran almeja catarina en el estero
fecha: 5 de octubre de 2022
autor: "Isela Murillo Higuera"
categorias: [Portada, Pesca]
etiquetas: [Puerto San Carlos, mujeres, acuacultura]
sitio: La Voz del Estero
---

Un grupo de 22 mujeres de Puerto San Carlos sembró este mes cerca de un millón de semillas de almeja catarina en un área de cultivo del estero de Bahía Magdalena, con la intención de recuperar una pesquería que prácticamente desapareció de la zona a finales de los años noventa.

Las integrantes de la cooperativa, la mayoría esposas e hijas de pescadores, pasaron dos años capacitándose con técnicos de un centro de investigación de La Paz. Aprendieron a cuidar las semillas en canastas suspendidas, a limpiar las redes y a medir el crecimiento de los organismos cada quince días.

---

La almeja catarina fue durante décadas una fuente importante de ingresos para la comunidad, pero la sobrepesca y los cambios en la temperatura del agua acabaron con los bancos naturales. Hoy casi toda la que se consume en los restaurantes de la región llega de otros estados.

Guadalupe Arce Villavicencio, presidenta de la cooperativa, cuenta que al principio muchos en el pueblo se reían de ellas. "Decían que el mar era cosa de hombres. Ahora vienen a preguntarnos cuándo vamos a cosechar", dice entre risas.

Si todo sale bien, la primera cosecha será en la primavera de 2023. Las socias ya buscan compradores en La Paz y en Los Cabos, y quieren abrir un pequeño local para vender la almeja preparada a los turistas que llegan a ver la ballena gris.
"""
write_source('cl18.md', cl18)
write_gold('cl18', family='jekyll',
           title='Pescadoras de Bahía Magdalena siembran almeja catarina en el estero',
           date='2022-10-05', bylines=['Isela Murillo Higuera'], source='La Voz del Estero',
           section='Pesca', placement=['Portada'],
           body_first_words='Un grupo de 22 mujeres de Puerto San Carlos sembró',
           body_last_words='a los turistas que llegan a ver la ballena gris.',
           must_keep=['Aprendieron a cuidar las semillas en canastas suspendidas, a limpiar las redes y a medir el crecimiento de los organismos cada quince días.',
                      'La almeja catarina fue durante décadas una fuente importante de ingresos para la comunidad, pero la sobrepesca y los cambios en la temperatura del agua acabaron con los bancos naturales.',
                      'Si todo sale bien, la primera cosecha será en la primavera de 2023.'])

# ---------------------------------------------------------------- cl19 jekyll (football club site, Son., evening offset, desk author)
cl19 = """---
layout: noticia
title: "Marlines rescata el empate en el último minuto ante Cimarrones del Norte"
date: 2024-02-11T21:30:00-07:00
author: Prensa Marlines
categories: [Primer Equipo, Portada]
tags: [jornada 6, Estadio Municipal, Guaymas]
image: /img/noticias/2024/j6-empate.jpg
---

Con un cabezazo de Aarón Valdez Cota en el minuto 93, el Club Deportivo Marlines de Guaymas rescató un empate 2-2 ante Cimarrones del Norte en la sexta jornada del torneo, disputada la noche de este domingo en un Estadio Municipal que registró su mejor entrada de la temporada.

La visita se adelantó en el marcador al minuto 14, luego de un contragolpe que terminó con un disparo cruzado imposible para el guardameta Saúl Yépiz. Marlines reaccionó antes del descanso: al 38, Kevin Amarillas aprovechó un rebote en el área chica para poner el 1-1.

En la segunda mitad el conjunto visitante volvió a ponerse al frente con un penalti, cuando faltaban veinte minutos para el final. El cuerpo técnico movió el banco con tres cambios ofensivos y el equipo terminó volcado sobre la portería rival.

El gol del empate llegó en la última jugada del partido, en un tiro de esquina cobrado por Amarillas. “Nunca dejamos de creer; la gente nos empujó hasta el final”, dijo Valdez Cota al término del encuentro.

Con este resultado, Marlines suma diez puntos y se mantiene en la cuarta posición de la tabla general. El próximo sábado el equipo visitará a los Halcones de la Sierra.

Los boletos para el siguiente partido en casa estarán a la venta a partir del miércoles en las taquillas del estadio.
"""
write_source('cl19.md', cl19)
write_gold('cl19', family='jekyll',
           title='Marlines rescata el empate en el último minuto ante Cimarrones del Norte',
           date='2024-02-11', bylines=[], section='Primer Equipo', placement=['Portada'],
           body_first_words='Con un cabezazo de Aarón Valdez Cota en el minuto 93',
           body_last_words='a partir del miércoles en las taquillas del estadio.',
           must_keep=['Marlines reaccionó antes del descanso: al 38, Kevin Amarillas aprovechó un rebote en el área chica para poner el 1-1.',
                      '“Nunca dejamos de creer; la gente nos empujó hasta el final”, dijo Valdez Cota al término del encuentro.',
                      'El próximo sábado el equipo visitará a los Halcones de la Sierra.'])

# ---------------------------------------------------------------- cl20 jekyll (Nayarit blog, day-first date, block tags)
cl20 = """---
layout: post
title: Mexcaltitán se prepara para la regata de San Pedro y San Pablo
date: 19/03/2008
author: Lorena Cambero Estrada
category: Cultura
tags:
  - Mexcaltitán
  - fiestas patronales
  - Santiago Ixcuintla
site: Bitácora de la Costa Nayarita
comments: true
---

En la isla de Mexcaltitán, en el municipio de Santiago Ixcuintla, los pescadores ya comenzaron a reparar las canoas que participarán a finales de junio en la regata de San Pedro y San Pablo, la fiesta más importante del pueblo y una de las más antiguas de la costa de Nayarit.

Cada año, dos canoas adornadas con flores y papel de colores, una con la imagen de San Pedro y otra con la de San Pablo, compiten alrededor de la isla. La tradición dice que si gana San Pedro, patrono de los pescadores, la temporada de camarón será buena.

Los preparativos empiezan meses antes. Las mujeres del pueblo organizan las comidas para los visitantes y ensayan las danzas, mientras que los mayordomos recorren las casas para reunir las cooperaciones que pagan la música y los cohetes.

Don Anselmo Ibarra, que ha participado en la regata desde que tenía doce años, dice que la fiesta ha cambiado poco. "Lo único que cambió es que ahora viene más gente de fuera a tomar fotos", comenta mientras calafatea una canoa en la orilla de la laguna.

Las autoridades municipales anunciaron que este año habrá lanchas adicionales para trasladar a los visitantes desde el embarcadero de La Batanga, y pidieron a los turistas no tirar basura en la laguna.
"""
write_source('cl20.md', cl20)
write_gold('cl20', family='jekyll',
           title='Mexcaltitán se prepara para la regata de San Pedro y San Pablo',
           date='2008-03-19', bylines=['Lorena Cambero Estrada'], source='Bitácora de la Costa Nayarita',
           section='Cultura',
           body_first_words='En la isla de Mexcaltitán, en el municipio de Santiago Ixcuintla',
           body_last_words='no tirar basura en la laguna.',
           must_keep=['La tradición dice que si gana San Pedro, patrono de los pescadores, la temporada de camarón será buena.',
                      'Los preparativos empiezan meses antes.',
                      '"Lo único que cambió es que ahora viene más gente de fuera a tomar fotos", comenta mientras calafatea una canoa en la orilla de la laguna.'])

# ---------------------------------------------------------------- cl21 jekyll (Chihuahua site, BOM + CRLF, folded title, author mapping)
cl21 = """---
layout: post
title: >-
  Sequía en la sierra Tarahumara: comunidades de Guachochi
  piden maíz para sembrar
date: 2011-09-16 08:00:00
author:
  name: Aurelio Chaparro Loya
  twitter: "@achaparro_ej"
category: Sierra
tags: [sequía, Guachochi, rarámuri]
site_title: Crónica Serrana
---

Representantes de once comunidades rarámuri del municipio de Guachochi bajaron esta semana a la cabecera municipal para pedir a las autoridades semilla de maíz y frijol, porque aseguran que la sequía de este año acabó con la cosecha y con las reservas que guardaban para la próxima siembra.

En las comunidades de la barranca, las lluvias de julio y agosto apenas alcanzaron la tercera parte del promedio. Las milpas sembradas en las laderas se secaron antes de jilotear, y los aguajes donde bebe el ganado están vacíos desde hace meses.

El gobernador tradicional de una de las comunidades, que pidió no publicar su nombre, explicó que las familias comen ahora dos veces al día y que muchos jóvenes han salido a trabajar en los campos agrícolas de Cuauhtémoc y de Sinaloa. "Si no sembramos en primavera, el año que viene va a ser peor", dijo.

Las autoridades municipales informaron que solicitaron al gobierno del estado la declaratoria de emergencia para la región serrana, lo que permitiría entregar despensas y semilla certificada antes de que termine el año.

Organizaciones civiles de la ciudad de Chihuahua iniciaron una colecta de alimentos no perecederos y cobijas, que se entregarán en las próximas semanas en las comunidades más apartadas.
"""
write_source('cl21.md', cl21, eol='crlf', bom=True)
write_gold('cl21', family='jekyll',
           title='Sequía en la sierra Tarahumara: comunidades de Guachochi piden maíz para sembrar',
           date='2011-09-16', bylines=['Aurelio Chaparro Loya'], source='Crónica Serrana',
           section='Sierra',
           body_first_words='Representantes de once comunidades rarámuri del municipio de Guachochi',
           body_last_words='en las comunidades más apartadas.',
           must_keep=['Las milpas sembradas en las laderas se secaron antes de jilotear, y los aguajes donde bebe el ganado están vacíos desde hace meses.',
                      '"Si no sembramos en primavera, el año que viene va a ser peor", dijo.',
                      'Las autoridades municipales informaron que solicitaron al gobierno del estado la declaratoria de emergencia para la región serrana, lo que permitiría entregar despensas y semilla certificada antes de que termine el año.'])

# ---------------------------------------------------------------- cl22 jekyll (no title key: title is the first # heading)
cl22 = """---
layout: post
date: "2019-04-23"
author: Damián Preciado Urías
categories: [Migración]
tags: [Caborca, jornaleros, vid]
---

# Jornaleros del sur llegan a Caborca para la cosecha de uva de mesa

Desde mediados de abril, los autobuses que llegan a la central de Caborca vienen llenos de familias de Oaxaca, Guerrero y Chiapas que se emplearán en la cosecha de uva de mesa, que este año comenzará un par de semanas antes por el calor de la primavera.

Los campos agrícolas de la región necesitan alrededor de 25 mil trabajadores para la temporada, que dura hasta finales de julio. La mayoría vive en albergues construidos dentro de los propios campos, aunque cada año más familias rentan cuartos en las colonias de la periferia de la ciudad.

Los jornaleros cobran por caja cosechada. En un buen día, dicen, una persona con experiencia puede ganar el doble del salario mínimo, pero las jornadas empiezan antes del amanecer para evitar las horas de más calor, cuando el termómetro supera los 45 grados.

Josefina, originaria de la Mixteca, llegó con su esposo y sus dos hijos mayores. Es su quinta temporada en Caborca. "Aquí se gana más que en el pueblo, pero se gasta todo en comida y renta", cuenta a la salida de una tienda de la colonia.

Organizaciones que trabajan con la población jornalera han pedido a las empresas y a las autoridades que se garantice el acceso a servicios de salud y a guarderías, y que se vigile que ningún menor de edad trabaje en los surcos.
"""
write_source('cl22.md', cl22)
write_gold('cl22', family='jekyll',
           title='Jornaleros del sur llegan a Caborca para la cosecha de uva de mesa',
           date='2019-04-23', bylines=['Damián Preciado Urías'], section='Migración',
           body_first_words='Desde mediados de abril, los autobuses que llegan a la central de Caborca',
           body_last_words='que ningún menor de edad trabaje en los surcos.',
           must_keep=['Los jornaleros cobran por caja cosechada.',
                      'Es su quinta temporada en Caborca.',
                      'La mayoría vive en albergues construidos dentro de los propios campos, aunque cada año más familias rentan cuartos en las colonias de la periferia de la ciudad.'])

# ---------------------------------------------------------------- cl23 jekyll (Sinaloa farm site, published as a quoted string "false")
cl23 = """---
layout: post
title: "Tomateros de Sinaloa temen perder la temporada de exportación por falta de agua"
date: 2017-02-28 16:00:00 -0700
published: "false"
authors:
  - Nayeli Camacho Soto
categories:
  - Portada
  - Agricultura
tags: [tomate, exportación, presas]
site_title: Valle Fértil Noticias
---

Los productores de tomate del centro y norte de Sinaloa advirtieron que la baja disponibilidad de agua en las presas podría obligarlos a terminar la temporada de exportación un mes antes de lo previsto, con pérdidas que calculan en varios cientos de millones de pesos.

El sistema de presas del estado se encuentra a poco más de la tercera parte de su capacidad, y los distritos de riego redujeron los volúmenes asignados a cada productor para garantizar el abasto de agua potable a las ciudades durante el verano.

Las empresas hortícolas del valle de Culiacán emplean en esta época del año a decenas de miles de jornaleros, muchos de ellos llegados de otros estados. Si la temporada se acorta, advirtieron los productores, los empleos se perderán también antes de tiempo.

Un agricultor de Navolato, que prefirió no dar su nombre, explicó que ya dejó de plantar los últimos lotes del ciclo. "Sin agua no hay forma de sostener una planta de tomate hasta mayo", dijo.

Los organismos de productores solicitaron a la autoridad federal del agua autorizar la perforación de pozos de emergencia y revisar los volúmenes que se destinan a otros cultivos de menor valor.
"""
write_source('cl23.md', cl23)
write_gold('cl23', family='jekyll',
           title='Tomateros de Sinaloa temen perder la temporada de exportación por falta de agua',
           date='2017-02-28', published=False, bylines=['Nayeli Camacho Soto'], source='Valle Fértil Noticias',
           section='Agricultura', placement=['Portada'],
           body_first_words='Los productores de tomate del centro y norte de Sinaloa advirtieron',
           body_last_words='que se destinan a otros cultivos de menor valor.',
           must_keep=['Si la temporada se acorta, advirtieron los productores, los empleos se perderán también antes de tiempo.',
                      '"Sin agua no hay forma de sostener una planta de tomate hasta mayo", dijo.',
                      'El sistema de presas del estado se encuentra a poco más de la tercera parte de su capacidad, y los distritos de riego redujeron los volúmenes asignados a cada productor para garantizar el abasto de agua potable a las ciudades durante el verano.'])

# ---------------------------------------------------------------- cl24 generic (transcript of a mayor's press conference, Sin.)
cl24 = """Versión estenográfica de la conferencia semanal del presidente municipal de Mazatlán

PRESIDENTE MUNICIPAL: Buenos días a todas y a todos, gracias por acompañarnos. Quiero empezar con el tema de la recolección de basura, porque sabemos que en las últimas dos semanas ha habido retrasos en varias colonias de la zona norte.

Tuvimos cuatro camiones recolectores descompuestos al mismo tiempo. Ya se repararon tres y el jueves llegan seis unidades nuevas que compramos con recursos propios, así que a partir del lunes las rutas deben regresar a su horario normal.

REPORTERA: Presidente, ¿qué va a pasar con los trabajos del malecón? Los comerciantes de Olas Altas dicen que las obras les han bajado las ventas a la mitad.

PRESIDENTE MUNICIPAL: Lo entendemos y por eso nos reunimos con ellos el martes. La empresa se comprometió a terminar el tramo de Olas Altas antes de Semana Santa y a trabajar de noche en la parte que está frente a los restaurantes. Vamos a instalar señalamientos para que la gente sepa que los negocios siguen abiertos.

REPORTERO: ¿Y el cobro del agua? Hay quejas de recibos con montos muy altos.

PRESIDENTE MUNICIPAL: La junta de agua revisó los casos. Hubo un error en la lectura de medidores en tres sectores y los recibos se van a corregir sin que las personas tengan que ir a las oficinas. (Inaudible) en los próximos días.

Lo que sí les pido es que, si alguien recibe un cobro que no corresponde, lo reporte. No queremos que nadie pague de más.

Sería todo, muchas gracias.

FIN DE LA TRANSCRIPCIÓN
Transcribió: Mesa de Redacción
"""
write_source('cl24.txt', cl24)
write_gold('cl24', family='generic',
           title='Versión estenográfica de la conferencia semanal del presidente municipal de Mazatlán',
           body_first_words='PRESIDENTE MUNICIPAL: Buenos días a todas y a todos',
           body_last_words='Sería todo, muchas gracias.',
           boilerplate=['FIN DE LA TRANSCRIPCIÓN', 'Transcribió: Mesa de Redacción'],
           must_keep=['Tuvimos cuatro camiones recolectores descompuestos al mismo tiempo.',
                      'REPORTERA: Presidente, ¿qué va a pasar con los trabajos del malecón?',
                      'No queremos que nadie pague de más.'])

# ---------------------------------------------------------------- cl25 generic (text exported from a PDF newsletter, Son.)
cl25 = """EL ANCLA
Boletín de la Sociedad Cooperativa Pesquera Punta Arena
Núm. 12 · Primavera

Veda de la curvina golfina: lo que cambia esta temporada

Este año la captura de curvina golfina en el Alto Golfo de California se
hará con una cuota por embarcación y no por cooperativa, como había suce-
dido hasta ahora. El cambio fue acordado en la última reunión del comité
de manejo de la pesquería, en la que participaron las cooperativas del
Golfo de Santa Clara y de San Felipe.

Cada panga tendrá derecho a capturar un volumen fijo durante las corridas
de marzo y abril, cuando la curvina entra al delta del río Colorado a
desovar. Quien termine su cuota antes no podrá comprar ni pedir prestada
la de otra embarcación.

El consejo de administración explicó a las y los socios que la cuota por
panga busca evitar lo que pasó el año pasado, cuando unas cuantas embar-
caciones grandes llenaron la cuota de la cooperativa en los primeros días.

                                           El Ancla · Núm. 12 · página 1
\f
Las pangas deberán descargar únicamente en los sitios autorizados del
muelle, donde personal de la cooperativa pesará el producto y entregará
el aviso de arribo. No se permitirá descargar en la playa.

También se recordó que está prohibido usar redes de enmalle fuera de las
zonas y horarios autorizados, y que las inspecciones de la autoridad
serán más frecuentes que en temporadas anteriores.

Las socias que trabajan en el fileteo y el salado de la curvina podrán
registrarse en la oficina para recibir el curso de manejo higiénico, que
se impartirá la primera semana de marzo.

Cualquier duda sobre las cuotas puede consultarse con el secretario del
consejo en la oficina de la cooperativa, de lunes a sábado por la mañana.

                                           El Ancla · Núm. 12 · página 2
\f"""
write_source('cl25.txt', cl25)
write_gold('cl25', family='generic',
           title='Veda de la curvina golfina: lo que cambia esta temporada',
           body_first_words='Este año la captura de curvina golfina en el Alto Golfo de California se',
           body_last_words='de lunes a sábado por la mañana.',
           boilerplate=['EL ANCLA', 'Boletín de la Sociedad Cooperativa Pesquera Punta Arena',
                        'Núm. 12 · Primavera', 'El Ancla · Núm. 12 · página 1', 'El Ancla · Núm. 12 · página 2'],
           must_keep=['el aviso de arribo. No se permitirá descargar en la playa.',
                      'la de otra embarcación.',
                      'se impartirá la primera semana de marzo.'])

# ---------------------------------------------------------------- cl26 generic (chronicle with a dashed title box, Son., cp1252)
cl26 = """------------------------------------------------------------
La quema del mal humor en el Carnaval de Guaymas
------------------------------------------------------------

El sábado por la noche, frente a la bahía, miles de porteños se juntaron en el malecón para ver arder al mal humor. Este año el muñeco medía casi seis metros y tenía la cara de un funcionario imaginario con un portafolios lleno de promesas; nadie tuvo que explicar la broma.

La tradición es más vieja que cualquiera de los que estaban ahí. Los cronistas del puerto dicen que el carnaval de Guaymas se celebra desde finales del siglo XIX, cuando los comerciantes del puerto organizaban bailes de disfraces en los salones del centro antes de la Cuaresma.

La quema abre las fiestas. Antes de encender la mecha, un grupo de jóvenes leyó el "testamento" del mal humor, una lista de quejas en verso sobre los baches, el precio de la gasolina y el calor que ya se anuncia aunque apenas sea febrero. La gente se reía y repetía los versos más picantes.

Cuando el muñeco empezó a arder, la banda de viento tocó una marcha y los niños corrieron a ver de cerca las chispas. Una mujer mayor, sentada en una silla plegable que llevó desde su casa, dijo que no se ha perdido una quema desde 1960.

Después vinieron la coronación de la reina, los desfiles por la avenida Serdán y los bailes en la explanada. Pero para muchos guaymenses el carnaval empieza de verdad cuando el mal humor se hace ceniza y el viento del mar se lo lleva.
"""
write_source('cl26.txt', cl26, enc='cp1252', eol='crlf')
write_gold('cl26', family='generic',
           title='La quema del mal humor en el Carnaval de Guaymas',
           body_first_words='El sábado por la noche, frente a la bahía',
           body_last_words='el viento del mar se lo lleva.',
           must_keep=['La tradición es más vieja que cualquiera de los que estaban ahí.',
                      'Una mujer mayor, sentada en una silla plegable que llevó desde su casa, dijo que no se ha perdido una quema desde 1960.',
                      'La quema abre las fiestas.'])

# ---------------------------------------------------------------- cl27 generic (reporter's draft with newsroom labels, Nay.)
cl27 = """CABEZA: Productores de yaca de San Blas buscan vender fruta procesada en Estados Unidos
AUTOR: Rosario Félix Moroyoqui
TEXTO:
Un grupo de 35 productores de yaca de los ejidos de San Blas y Santiago Ixcuintla formó una empresa social para deshidratar y empacar la fruta, con la meta de enviar sus primeros contenedores a Estados Unidos antes de que termine el año.\t

La yaca, una fruta de origen asiático que se adaptó al clima húmedo de la costa de Nayarit, se cultiva en la región desde hace unas tres décadas. Nayarit concentra la mayor parte de la producción nacional, pero casi toda se vende fresca y a precios muy bajos a los intermediarios.

Los productores explicaron que una sola fruta puede pesar más de veinte kilos y que, una vez madura, se descompone en pocos días. Por eso, en temporada alta, buena parte de la cosecha se queda tirada en las huertas.

Con el apoyo de un programa de financiamiento para pequeñas agroindustrias, la empresa instaló en un galpón de la carretera a San Blas un deshidratador y una línea de empaque al vacío. La presidenta de la organización, Ofelia Pérez Ramos, dijo que ya tienen una carta de intención de una distribuidora de productos latinos en California.

Antes de exportar, deberán obtener la certificación sanitaria y registrar la marca. Mientras tanto, venden la fruta deshidratada en tiendas de Tepic y en la central de autobuses de San Blas.

NOTA PARA MESA: va con dos fotos mías (yaca_01.jpg, yaca_02.jpg); la presidenta autorizó su nombre.
CARACTERES: 1 790
"""
write_source('cl27.txt', cl27)
write_gold('cl27', family='generic',
           title='Productores de yaca de San Blas buscan vender fruta procesada en Estados Unidos',
           bylines=['Rosario Félix Moroyoqui'],
           body_first_words='Un grupo de 35 productores de yaca de los ejidos de San Blas',
           body_last_words='en la central de autobuses de San Blas.',
           boilerplate=['AUTOR: Rosario Félix Moroyoqui', 'TEXTO:',
                        'NOTA PARA MESA: va con dos fotos mías (yaca_01.jpg, yaca_02.jpg); la presidenta autorizó su nombre.',
                        'CARACTERES: 1 790'],
           must_keep=['Nayarit concentra la mayor parte de la producción nacional, pero casi toda se vende fresca y a precios muy bajos a los intermediarios.',
                      'Por eso, en temporada alta, buena parte de la cosecha se queda tirada en las huertas.',
                      'Antes de exportar, deberán obtener la certificación sanitaria y registrar la marca.'])

# ---------------------------------------------------------------- cl28 bad (saved HTML page: navigation only)
cl28 = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Noticias | El Pitic Digital</title>
<link rel="stylesheet" href="/css/estilos.css">
</head>
<body>
<header>
  <a class="logo" href="/"><img src="/img/logo-pitic.png" alt="El Pitic Digital"></a>
  <nav>
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/hermosillo/">Hermosillo</a></li>
      <li><a href="/sonora/">Sonora</a></li>
      <li><a href="/frontera/">Frontera</a></li>
      <li><a href="/deportes/">Deportes</a></li>
      <li><a href="/opinion/">Opinión</a></li>
      <li><a href="/contacto/">Contacto</a></li>
    </ul>
  </nav>
</header>
<main id="contenido">
  <!-- nota no disponible -->
</main>
<footer>
  <p>© 2018 El Pitic Digital. Todos los derechos reservados.</p>
  <p><a href="/aviso-de-privacidad/">Aviso de privacidad</a> · <a href="/publicidad/">Publicidad</a></p>
</footer>
</body>
</html>
"""
write_source('cl28.txt', cl28, eol='crlf')
write_gold('cl28', family='bad',
           refusal_reason='El archivo es una página HTML guardada que sólo contiene menús y pie de página; no hay texto de nota.')

# ---------------------------------------------------------------- cl29 bad (front matter, body only an HTML comment)
cl29 = """---
layout: post
title: "Llega a Topolobampo el primer crucero de la temporada"
date: 2015-11-08 10:00:00 -0700
author: Redacción
categories: [Portada, Turismo]
---

<!-- pendiente: pegar aquí el texto de la nota -->

"""
write_source('cl29.md', cl29, eol='crlf')
write_gold('cl29', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) y un comentario; no tiene cuerpo de texto.')

# ---------------------------------------------------------------- cl30 bad (photo forwarded from a messaging app, saved as .txt)
jpeg = (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
        b'\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c\x14\r\x0c\x0b\x0b\x0c\x19\x12\x13\x0f'
        b'\x14\x1d\x1a\x1f\x1e\x1d\x1a\x1c\x1c $.\' ",#\x1c\x1c(7),01444\x1f\'9=82<.342'
        b'\xff\xc0\x00\x11\x08\x00\x10\x00\x10\x03\x01"\x00\x02\x11\x01\x03\x11\x01'
        b'\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00?\x00' +
        bytes(range(256)) * 3 + b'\xff\xd9')
write_source('cl30.txt', raw=jpeg)
write_gold('cl30', family='bad',
           refusal_reason='El archivo es una imagen JPEG (binaria) guardada con extensión .txt; no es texto legible.')
