#!/usr/bin/env python3
"""importer-bh, files 21-30."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bh21 wire (Atom entry saved as a file, Tijuana)
bh21 = """Entrada Atom guardada el 2010-11-09 11:30
feed: Garita Siete — Noticias de la frontera
title: Cruzar por San Ysidro tomó hasta tres horas por las nuevas revisiones de documentos
author/name: Nora Elizalde Pimentel
author/email: nelizalde@garitasiete.example.mx
published: 2010-11-06T22:15:00-07:00
updated: 2010-11-08T10:02:00-08:00
category: Frontera
id: tag:garitasiete.example.mx,2010:nota-4471
link: https://garitasiete.example.mx/frontera/2010/11/filas-san-ysidro

content (html):
<p>Automovilistas que cruzaron este sábado de Tijuana a San Diego por la garita de San Ysidro esperaron hasta tres horas en la fila, debido a que las autoridades estadounidenses comenzaron a revisar con más detalle los documentos de los pasajeros de cada vehículo.</p>
<p>La fila llegó hasta la avenida Internacional y la zona del río desde las seis de la mañana. En la línea peatonal, la espera fue de alrededor de hora y media, según reportes de usuarios y de comerciantes de la zona.</p>
<p>Armando Gallegos, que cruza diario para trabajar en una empresa de construcción en Chula Vista, dijo que salió de su casa a las cuatro de la mañana y aun así llegó tarde. <strong>&ldquo;Uno ya no sabe a qué hora salir, un día son 40 minutos y al otro son tres horas&rdquo;</strong>, comentó.</p>
<p>La Oficina de Aduanas y Protección Fronteriza de Estados Unidos informó en un comunicado que las revisiones forman parte de un operativo temporal y recomendó a los viajeros tener a la mano sus pasaportes o tarjetas de cruce antes de llegar a la caseta. También sugirió usar el carril de cruce rápido para quienes tienen ese permiso.</p>
<p>Los comerciantes del lado mexicano reportaron que las ventas a compradores estadounidenses bajaron durante el fin de semana, ya que muchos evitaron cruzar ante las largas filas.</p>
<p>¿Vas a cruzar? Consulta los tiempos de espera en vivo en nuestra cuenta @GaritaSieteTJej</p>
"""
write_source('bh21.txt', bh21)
write_gold('bh21', family='wire',
           title='Cruzar por San Ysidro tomó hasta tres horas por las nuevas revisiones de documentos',
           date='2010-11-06', bylines=['Nora Elizalde Pimentel'], source='Garita Siete', section='Frontera',
           body_first_words='Automovilistas que cruzaron este sábado de Tijuana a San Diego',
           body_last_words='ya que muchos evitaron cruzar ante las largas filas.',
           boilerplate=['Entrada Atom guardada el 2010-11-09 11:30', 'Noticias de la frontera',
                        'nelizalde@garitasiete.example.mx', 'tag:garitasiete.example.mx,2010:nota-4471',
                        'content (html):',
                        '¿Vas a cruzar? Consulta los tiempos de espera en vivo en nuestra cuenta @GaritaSieteTJej'],
           must_keep=['En la línea peatonal, la espera fue de alrededor de hora y media, según reportes de usuarios y de comerciantes de la zona.',
                      'Armando Gallegos, que cruza diario para trabajar en una empresa de construcción en Chula Vista, dijo que salió de su casa a las cuatro de la mañana y aun así llegó tarde.',
                      'También sugirió usar el carril de cruce rápido para quienes tienen ese permiso.'])

# ---------------------------------------------------------------- bh22 press (municipality of Bahía de Banderas, Nayarit)
bh22 = """H. AYUNTAMIENTO DE BAHÍA DE BANDERAS, NAYARIT
Dirección de Comunicación Social
BB/CS/041/2024

COMUNICADO

Valle de Banderas, Nayarit; martes 23 de enero de 2024.

Instalan 14 semáforos inteligentes en la carretera federal 200 a su paso por Bucerías y Mezcales

Con el fin de reducir los accidentes en el tramo más transitado del municipio, el Ayuntamiento de Bahía de Banderas concluyó la instalación de 14 semáforos con sensores de tráfico en la carretera federal 200, entre Mezcales y Bucerías, que ajustan la duración de la luz verde según el número de vehículos en cada sentido.

La Dirección de Seguridad Pública y Tránsito municipal informó que en 2023 se registraron 312 accidentes viales en ese tramo, 41 de ellos con personas lesionadas de gravedad. La mayoría ocurrió en cruces sin semáforo, donde los peatones y los ciclistas atravesaban la carretera para llegar a las paradas del transporte público.

Además de los semáforos, se pintaron cinco cruces peatonales con iluminación propia y se colocaron reductores de velocidad en las entradas a San Vicente y a El Porvenir. La inversión total fue de 23.5 millones de pesos, con recursos municipales y del fondo de infraestructura turística.

El director de Movilidad, Sergio Arámbula Quintero, pidió a los conductores respetar los límites de velocidad y recordó que cualquier emergencia vial puede reportarse al 911, que opera las 24 horas en coordinación con la policía estatal.

Los semáforos se enlazarán durante febrero con el centro de monitoreo municipal, desde donde se podrán modificar los tiempos en días de alta afluencia turística, como Semana Santa y las vacaciones de diciembre.

– 0 –

Comunicación Social Bahía de Banderas
WhatsApp de prensa: 322 555 0148
Facebook e Instagram: @BahiaDeBanderasGobEj
"""
write_source('bh22.txt', bh22, eol=('mixed', 9))
ISS22 = 'H. AYUNTAMIENTO DE BAHÍA DE BANDERAS, NAYARIT'
write_gold('bh22', family='press_release',
           title='Instalan 14 semáforos inteligentes en la carretera federal 200 a su paso por Bucerías y Mezcales',
           date='2024-01-23', source=ISS22, bulletin_number='BB/CS/041/2024', issuer=ISS22,
           dateline_city='Valle de Banderas',
           body_first_words='Con el fin de reducir los accidentes en el tramo más transitado del municipio',
           body_last_words='como Semana Santa y las vacaciones de diciembre.',
           boilerplate=['Dirección de Comunicación Social', 'BB/CS/041/2024', 'COMUNICADO',
                        'Valle de Banderas, Nayarit; martes 23 de enero de 2024.', '– 0 –',
                        'Comunicación Social Bahía de Banderas', 'WhatsApp de prensa: 322 555 0148',
                        'Facebook e Instagram: @BahiaDeBanderasGobEj'],
           must_keep=['La mayoría ocurrió en cruces sin semáforo, donde los peatones y los ciclistas atravesaban la carretera para llegar a las paradas del transporte público.',
                      'pidió a los conductores respetar los límites de velocidad y recordó que cualquier emergencia vial puede reportarse al 911, que opera las 24 horas en coordinación con la policía estatal.',
                      'La inversión total fue de 23.5 millones de pesos, con recursos municipales y del fondo de infraestructura turística.'])

# ---------------------------------------------------------------- bh23 generic (hurried note with desk notes; UTF-16 BE)
bh23 = """San Blas: pescaderias suben hasta 40% el precio del pescado por la cuaresma

OJO MESA: va para el jueves, falta foto del mercado, Arturo quedo de mandarla

en el mercado de mariscos del embarcadero de San Blas el kilo de huachinango entero ya se vende en 220 pesos, hace un mes estaba en 160. el de sierra paso de 90 a 120 y el camaron mediano de estero anda en 280 [checar cifra con Sanidad] y los comerciantes dicen q va a subir mas en semana santa

Doña Rosario Ibarra Cárdenas, que tiene puesto desde hace 25 años, dice que no es abuso sino que llega menos producto: "los muchachos salen y regresan con la mitad, el mar esta raro este año"
los pescadores de la cooperativa dicen que el agua esta mas fria de lo normal para marzo y el pescado se fue mas adentro, gastan mas gasolina por viaje

la gente de Tepic que baja los fines de semana sigue comprando pero menos, antes se llevaban 3 o 4 kilos y ahora uno, dice la encargada de una pescaderia
en los restaurantes de la playa del Borrego subieron el precio del pescado zarandeado de 250 a 300 el kilo

la oficina de pesca del municipio dice que no puede controlar precios pero va a poner una mesa para que los pescadores vendan directo en la plaza los viernes de cuaresma, sin intermediarios

--
NOTAS: pedir dato oficial de captura a Conapesca el lunes
"""
write_source('bh23.txt', bh23, enc='utf-16-be', eol='crlf', bom=True)
write_gold('bh23', family='generic',
           title='San Blas: pescaderias suben hasta 40% el precio del pescado por la cuaresma',
           body_first_words='en el mercado de mariscos del embarcadero de San Blas',
           body_last_words='en la plaza los viernes de cuaresma, sin intermediarios',
           boilerplate=['OJO MESA: va para el jueves, falta foto del mercado, Arturo quedo de mandarla',
                        '[checar cifra con Sanidad]',
                        'NOTAS: pedir dato oficial de captura a Conapesca el lunes'],
           must_keep=['Doña Rosario Ibarra Cárdenas, que tiene puesto desde hace 25 años, dice que no es abuso sino que llega menos producto',
                      'en los restaurantes de la playa del Borrego subieron el precio del pescado zarandeado de 250 a 300 el kilo',
                      'los pescadores de la cooperativa dicen que el agua esta mas fria de lo normal para marzo y el pescado se fue mas adentro, gastan mas gasolina por viaje'])

# ---------------------------------------------------------------- bh24 jekyll (hand-made, Los Mochis)
bh24 = """---
layout: articulo
title: "Productores de maíz de Ahome inician la trilla con precios por debajo de sus costos"
date: "2021-06-05T21:40:00-06:00"
last_modified_at: 2021-06-07T10:15:00-06:00
author: [Jesús Alfonso Castro Leyva, Brenda Ruelas Soto]
categories: [Principal, Agricultura]
site_title: Norte Agrícola
image:
  path: /img/2021/trilla-maiz-ahome.jpg
  alt: Trilladora en un campo ejidal de Ahome
excerpt: >
  Los agricultores piden un precio de garantía mientras
  avanzan las trilladoras en el valle del Fuerte.
---

Las trilladoras comenzaron esta semana a levantar el maíz blanco en los campos de Ahome y El Fuerte, pero los productores advierten que el precio que ofrecen los compradores no alcanza para cubrir lo que invirtieron en el ciclo otoño-invierno.

Las comercializadoras pagan entre 5 mil 200 y 5 mil 400 pesos por tonelada, mientras que las organizaciones agrícolas calculan un costo de producción de alrededor de 5 mil 900 pesos por tonelada, con un rendimiento promedio de 11 toneladas por hectárea.

| Concepto | Pesos por hectárea |
|---|---|
| Semilla y fertilizantes | 28,400 |
| Agua y cuotas de riego | 6,900 |
| Renta de maquinaria y trilla | 13,100 |

El dirigente de una de las asociaciones del valle del Fuerte, Eleuterio Valdez Armenta, dijo que los agricultores pedirán una reunión con autoridades federales para que se establezca un precio de garantía. “Sembramos con el fertilizante más caro de los últimos diez años y ahora nos quieren pagar como si nada hubiera cambiado”, señaló.

En el norte de Sinaloa se sembraron este ciclo cerca de 150 mil hectáreas de maíz. Los productores estiman que la trilla terminará a mediados de julio, siempre que las lluvias no se adelanten.

Los compradores argumentan que el precio internacional del grano bajó en las últimas semanas y que las bodegas todavía tienen maíz del ciclo anterior.
"""
write_source('bh24.md', bh24)
write_gold('bh24', family='jekyll',
           title='Productores de maíz de Ahome inician la trilla con precios por debajo de sus costos',
           date='2021-06-05', bylines=['Jesús Alfonso Castro Leyva', 'Brenda Ruelas Soto'],
           source='Norte Agrícola', section='Agricultura', placement=['Principal'],
           body_first_words='Las trilladoras comenzaron esta semana a levantar el maíz blanco',
           body_last_words='las bodegas todavía tienen maíz del ciclo anterior.',
           must_keep=['Las comercializadoras pagan entre 5 mil 200 y 5 mil 400 pesos por tonelada',
                      '“Sembramos con el fertilizante más caro de los últimos diez años y ahora nos quieren pagar como si nada hubiera cambiado”, señaló.',
                      'Los productores estiman que la trilla terminará a mediados de julio, siempre que las lluvias no se adelanten.'])

# ---------------------------------------------------------------- bh25 wire (read-it-later / reader-mode copy, radio/TV group Nayarit desk)
bh25 = """mareasnoticias.example.mx — Mareas Noticias Nayarit
Guardado el 22/07/2025 08:14 · Tiempo de lectura: 3 min

Captura Protección Civil a un cocodrilo de tres metros en un canal pluvial de Nuevo Vallarta

Por Aurora Partida Ibarra · 19 julio, 2025

Elementos de Protección Civil y Bomberos de Bahía de Banderas capturaron la mañana de este sábado a un cocodrilo de río de casi tres metros de largo que permanecía desde hacía dos días en un canal pluvial junto a una zona de condominios de Nuevo Vallarta.

Vecinos del fraccionamiento reportaron al reptil el jueves por la tarde, cuando lo vieron tomar el sol a unos metros de una ciclovía. Desde entonces, la zona fue acordonada y se pidió a los residentes no acercarse ni arrojarle comida.

La captura tomó cerca de una hora. Los rescatistas utilizaron cuerdas y una pértiga, y cubrieron los ojos del animal para tranquilizarlo antes de subirlo a una camioneta. El ejemplar, un macho adulto, no presentaba lesiones y fue liberado en un estero alejado de la zona urbana, en coordinación con personal de la Procuraduría Federal de Protección al Ambiente.

El coordinador municipal de Protección Civil, Héctor Ulises Curiel, explicó que en temporada de lluvias es común que los cocodrilos se desplacen por los canales en busca de alimento. Recordó que se trata de una especie protegida y que cualquier avistamiento debe reportarse al 911 para que personal capacitado lo atienda.

En lo que va del año, la corporación ha reubicado a once cocodrilos en la zona de Nuevo Vallarta y Jarretaderas.

📲 Únete al canal de WhatsApp de Mareas Noticias Nayarit y recibe las noticias de la bahía.
"""
write_source('bh25.txt', bh25.replace('Nuevo Vallarta.\n', 'Nuevo' + NBSP + 'Vallarta.\n'))
write_gold('bh25', family='wire',
           title='Captura Protección Civil a un cocodrilo de tres metros en un canal pluvial de Nuevo Vallarta',
           date='2025-07-19', bylines=['Aurora Partida Ibarra'], source='Mareas Noticias Nayarit',
           body_first_words='Elementos de Protección Civil y Bomberos de Bahía de Banderas',
           body_last_words='en la zona de Nuevo Vallarta y Jarretaderas.',
           boilerplate=['mareasnoticias.example.mx', 'Guardado el 22/07/2025 08:14', 'Tiempo de lectura: 3 min',
                        'Únete al canal de WhatsApp de Mareas Noticias Nayarit y recibe las noticias de la bahía.'],
           must_keep=['Desde entonces, la zona fue acordonada y se pidió a los residentes no acercarse ni arrojarle comida.',
                      'La captura tomó cerca de una hora.',
                      'Recordó que se trata de una especie protegida y que cualquier avistamiento debe reportarse al 911 para que personal capacitado lo atienda.'])

# ---------------------------------------------------------------- bh26 bad (YAML alias bomb in front matter, no body)
bh26 = """---
layout: post
a: &a ["ja","ja","ja","ja","ja","ja","ja","ja","ja"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
base: &base {x: *i, y: *i}
title:
  <<: [*base, *base, *base]
tags: *i
---
"""
write_source('bh26.md', bh26)
write_gold('bh26', family='bad',
           refusal_reason='El encabezado YAML es una bomba de alias (expansión exponencial, menos de 1 KB) y el archivo no tiene cuerpo de texto; se rechaza sin expandirlo.')

# ---------------------------------------------------------------- bh27 press (municipal civil protection, Ensenada)
bh27 = """GOBIERNO MUNICIPAL DE ENSENADA
Comunicación Social
Boletín 512

AVISO A LA POBLACIÓN

Habilitan seis albergues en Ensenada ante lluvias intensas por remanentes de ciclón

Ensenada, B.C., 16 de septiembre de 2015.- La Dirección de Bomberos y Protección Civil municipal habilitó seis albergues temporales ante el pronóstico de lluvias intensas para las próximas 48 horas, generadas por los remanentes de un ciclón tropical que se debilitó frente a las costas de Baja California Sur.

El Servicio Meteorológico Nacional prevé acumulados de entre 50 y 75 milímetros en la zona costera del municipio, así como rachas de viento de hasta 60 kilómetros por hora y oleaje de dos a tres metros en la bahía de Todos Santos.

Los albergues estarán abiertos las 24 horas a partir de las 18:00 horas de este miércoles en los siguientes puntos:

* Gimnasio del Centro Estatal de las Artes, zona centro.
* Escuela secundaria de la colonia Popular 89.
* Salón ejidal de Maneadero.
* Delegación municipal de San Quintín.
* Escuela primaria de El Sauzal.
* Auditorio de la delegación de Ojos Negros.

La dependencia recomendó a las personas que viven en laderas, cauces de arroyos y zonas bajas trasladarse con anticipación a casas de familiares o a los albergues, y llevar consigo documentos personales, medicamentos y ropa abrigadora.

También pidió a los pescadores ribereños no salir al mar hasta que la Capitanía de Puerto levante la restricción a la navegación de embarcaciones menores. Cualquier emergencia puede reportarse al 911 o al número de Bomberos, 066 en Ensenada.

o-o-o

Síguenos en redes: @EnsenadaGobEj · comunicacion@ensenada-gob.example.mx
"""
write_source('bh27.md', bh27)
ISS27 = 'GOBIERNO MUNICIPAL DE ENSENADA'
write_gold('bh27', family='press_release',
           title='Habilitan seis albergues en Ensenada ante lluvias intensas por remanentes de ciclón',
           date='2015-09-16', source=ISS27, bulletin_number='512', issuer=ISS27, dateline_city='Ensenada',
           body_first_words='La Dirección de Bomberos y Protección Civil municipal habilitó seis albergues',
           body_last_words='o al número de Bomberos, 066 en Ensenada.',
           boilerplate=['Comunicación Social', 'Boletín 512', 'AVISO A LA POBLACIÓN',
                        'Ensenada, B.C., 16 de septiembre de 2015.-', 'o-o-o',
                        'Síguenos en redes: @EnsenadaGobEj', 'comunicacion@ensenada-gob.example.mx'],
           must_keep=['Salón ejidal de Maneadero.',
                      'También pidió a los pescadores ribereños no salir al mar hasta que la Capitanía de Puerto levante la restricción a la navegación de embarcaciones menores.',
                      'El Servicio Meteorológico Nacional prevé acumulados de entre 50 y 75 milímetros en la zona costera del municipio'])

# ---------------------------------------------------------------- bh28 jekyll (hand-made, Tepic; no title key)
bh28 = """---
layout: post
date: 2009-05-02
autor: "Por Gilberto Ahumada Rentería"
categories:
  - Cultura
permalink: /cultura/artesanos-wixarika-plaza/
---

# Artesanos wixárika ganan espacio fijo en la plaza principal de Tepic

Después de años de ser retirados por inspectores municipales, los artesanos wixárika que venden piezas de chaquira y estambre en el centro de Tepic tendrán desde este mes un espacio fijo en el costado oriente de la plaza principal, con 24 puestos techados y un horario acordado con el Ayuntamiento.

El acuerdo se alcanzó después de tres meses de reuniones entre las familias artesanas, la dirección de comercio municipal y el consejo de ancianos de una de las comunidades de la sierra. Los artesanos pagarán una cuota simbólica y se comprometen a mantener limpio el espacio.

Marcelina de la Cruz, que llega cada quince días desde la sierra con sus hijos, dijo que antes tenían que cargar la mercancía y cambiarse de lugar varias veces al día. “Ahora la gente ya sabe dónde encontrarnos y no tenemos que andar corriendo”, contó mientras terminaba un venado de chaquira.

Las piezas, que van desde pulseras de 30 pesos hasta cuadros de estambre de varios miles, se venden sobre todo a turistas que pasan por Tepic rumbo a la costa. Los artesanos pidieron que el Ayuntamiento promueva el espacio en las oficinas de turismo y en la terminal de autobuses.

El director de comercio informó que cada puesto tendrá una credencial con el nombre de la familia y que se evitará la reventa de los lugares.
"""
write_source('bh28.md', bh28)
write_gold('bh28', family='jekyll',
           title='Artesanos wixárika ganan espacio fijo en la plaza principal de Tepic',
           date='2009-05-02', bylines=['Gilberto Ahumada Rentería'], section='Cultura',
           body_first_words='Después de años de ser retirados por inspectores municipales',
           body_last_words='y que se evitará la reventa de los lugares.',
           must_keep=['Los artesanos pagarán una cuota simbólica y se comprometen a mantener limpio el espacio.',
                      '“Ahora la gente ya sabe dónde encontrarnos y no tenemos que andar corriendo”, contó mientras terminaba un venado de chaquira.',
                      'Los artesanos pidieron que el Ayuntamiento promueva el espacio en las oficinas de turismo y en la terminal de autobuses.'])

# ---------------------------------------------------------------- bh29 generic (setext level-1 title after a comment)
bh29 = """

<!-- guía para reporteros nuevos, versión 3, no publicar sin revisar -->

Cómo leer un aviso de puerto cerrado de la Capitanía
====================================================

Cada temporada de ciclones, las redacciones del noroeste reciben decenas de avisos de cierre de puerto. Entenderlos bien evita errores que luego cuesta corregir, como decir que "se cerró el puerto" cuando sólo se suspendió la navegación de embarcaciones menores.

La Capitanía de Puerto es la autoridad que decide si un puerto se cierra y para qué tipo de embarcaciones. Un aviso normalmente distingue entre tres casos:

1. Cierre para embarcaciones menores: pangas y lanchas de pesca ribereña o turística.
2. Cierre para embarcaciones mayores: barcos de carga, cruceros y pesqueros de altura.
3. Cierre total del puerto a la navegación.

> Un cierre a embarcaciones menores no significa que los cruceros cancelen su llegada.

El aviso también indica desde qué hora aplica la restricción y, a veces, cuándo se revisará. Si el texto dice que la medida continúa "hasta nuevo aviso", conviene llamar a la Capitanía cada pocas horas antes de publicar una actualización.

Otra confusión frecuente es la de los puertos y las marinas turísticas. Las marinas privadas pueden tener sus propias reglas, pero no pueden autorizar la salida de una embarcación si la Capitanía cerró el puerto.

Por último, al citar cifras de oleaje y viento conviene tomar las del Servicio Meteorológico Nacional, no las de páginas de pronóstico para surfistas, que muchas veces usan otra escala.
"""
write_source('bh29.text', bh29, eol=('mixed', 6))
write_gold('bh29', family='generic',
           title='Cómo leer un aviso de puerto cerrado de la Capitanía',
           body_first_words='Cada temporada de ciclones, las redacciones del noroeste reciben',
           body_last_words='que muchas veces usan otra escala.',
           boilerplate=['<!-- guía para reporteros nuevos, versión 3, no publicar sin revisar -->'],
           must_keep=['La Capitanía de Puerto es la autoridad que decide si un puerto se cierra y para qué tipo de embarcaciones.',
                      'Un cierre a embarcaciones menores no significa que los cruceros cancelen su llegada.',
                      'Las marinas privadas pueden tener sus propias reglas, pero no pueden autorizar la salida de una embarcación si la Capitanía cerró el puerto.'])

# ---------------------------------------------------------------- bh30 bad (front matter and a "more" marker only)
bh30 = """---
layout: post
title: "Llega a La Paz la primera ballena gris de la temporada"
date: 2018-01-09 07:30:00 -0700
categories: [Destacadas, Medio Ambiente]
author: Redacción
---

<!-- more -->

"""
write_source('bh30.markdown', bh30)
write_gold('bh30', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) y un marcador <!-- more -->; no tiene cuerpo de texto.')
