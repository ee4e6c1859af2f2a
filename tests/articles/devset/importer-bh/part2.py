#!/usr/bin/env python3
"""importer-bh, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bh11 wire (radio/TV group, radio desk Hermosillo)
bh11 = """Mareas Noticias Hermosillo · 100.3 FM
**Clima**

# Hermosillo rompe récord de temperatura de agosto con 49.2 grados

Por Luis Fernando Bojórquez Leyva | 03/08/2020 | 21:47

La estación meteorológica del aeropuerto de Hermosillo registró este lunes a las 16:10 horas una temperatura de 49.2 grados centígrados, la más alta para un mes de agosto desde que existen registros en la capital sonorense, informó la Comisión Nacional del Agua.

En entrevista para el noticiero Primera Hora de Mareas 100.3 FM, el meteorólogo Gustavo Amaya Félix explicó que el calor se debe a un sistema de alta presión que se mantiene sobre el noroeste del país y que impide la formación de nubes. Dijo que las temperaturas superiores a 45 grados continuarán por lo menos hasta el jueves. 👉 Checa también: Así puedes pedir el descuento en tu recibo de luz por el calor

La Secretaría de Salud estatal reportó en lo que va de la temporada 38 casos de golpe de calor y cinco muertes en el estado, la mayoría de personas que trabajaban al aire libre o que vivían solas. Pidió a la población no salir entre las 11:00 y las 17:00 horas, tomar agua aunque no tenga sed y revisar a los adultos mayores de la familia.

El Ayuntamiento abrió cuatro centros de hidratación en las colonias Y Griega, Palo Verde, Café Combate y San Luis, donde se reparte agua y suero oral de manera gratuita. La Comisión Federal de Electricidad informó que la demanda de energía en la ciudad alcanzó un nivel histórico la tarde del lunes, sin que se reportaran apagones mayores.

🎙️ Escucha la entrevista completa en nuestro podcast.
[audio mp3="https://mareasnoticias.example.mx/audio/2020/08/amaya-calor.mp3"][/audio]

📻 Sintoniza Mareas 100.3 FM y Mareas TV Canal 6 · Descarga la app Mareas Noticias
"""
write_source('bh11.md', bh11)
write_gold('bh11', family='wire',
           title='Hermosillo rompe récord de temperatura de agosto con 49.2 grados',
           date='2020-08-03', bylines=['Luis Fernando Bojórquez Leyva'], source='Mareas Noticias Hermosillo',
           section='Clima',
           body_first_words='La estación meteorológica del aeropuerto de Hermosillo registró este lunes',
           body_last_words='sin que se reportaran apagones mayores.',
           boilerplate=['Mareas Noticias Hermosillo · 100.3 FM',
                        'Checa también: Así puedes pedir el descuento en tu recibo de luz por el calor',
                        'Escucha la entrevista completa en nuestro podcast.', '[audio mp3=',
                        'Sintoniza Mareas 100.3 FM y Mareas TV Canal 6', 'Descarga la app Mareas Noticias'],
           must_keep=['En entrevista para el noticiero Primera Hora de Mareas 100.3 FM, el meteorólogo Gustavo Amaya Félix explicó que el calor se debe a un sistema de alta presión que se mantiene sobre el noroeste del país y que impide la formación de nubes.',
                      'Dijo que las temperaturas superiores a 45 grados continuarán por lo menos hasta el jueves.',
                      'Pidió a la población no salir entre las 11:00 y las 17:00 horas, tomar agua aunque no tenga sed y revisar a los adultos mayores de la familia.'])

# ---------------------------------------------------------------- bh12 press (Sonora state secretariat, inline dateline with issuer acronym)
bh12 = """GOBIERNO DEL ESTADO DE SONORA
Secretaría de Agricultura, Ganadería, Recursos Hidráulicos, Pesca y Acuacultura
Dirección de Comunicación
Boletín 0087

Entregan apoyos a ganaderos del sur de Sonora afectados por la sequía

Hermosillo, Sonora, 9 de febrero de 2017 (SAGARHPA).- Un total de 1,240 productores pecuarios de los municipios de Álamos, Quiriego, Rosario y Navojoa recibieron este jueves los primeros apoyos del programa emergente de suplemento alimenticio para ganado, que busca evitar la muerte de vacas por la falta de pastos.

El titular de la dependencia informó que se distribuirán 3 mil 600 toneladas de alimento balanceado y melaza con un costo de 21 millones de pesos, aportados por el estado y por los propios ganaderos, que cubren una tercera parte del valor.

Los beneficiarios fueron seleccionados por las asociaciones ganaderas locales, que levantaron un padrón de los ranchos con mayor pérdida de forraje. En la sierra baja de Álamos, donde no llueve de manera significativa desde septiembre, los productores reportaron la muerte de más de 700 cabezas en enero.

Además del alimento, el programa incluye la rehabilitación de 85 abrevaderos y la perforación de 12 pozos ganaderos, obras que se realizarán antes de que inicie la temporada más caliente del año. La Secretaría instaló una mesa de atención en Navojoa para recibir solicitudes de productores que aún no están en el padrón.

Los ganaderos pidieron que el apoyo llegue también a los municipios de la región del río Mayo y que se agilicen los pagos del seguro catastrófico, que en años anteriores tardaron hasta seis meses.

ooOoo

Dirección de Comunicación SAGARHPA
Tel. (662) 555 0131 · prensa@sagarhpa-son.example.mx
Facebook: SagarhpaSonoraEjemplo · Twitter: @SagarhpaSonEj
"""
write_source('bh12.txt', bh12, eol='crlf')
ISS12 = 'Secretaría de Agricultura, Ganadería, Recursos Hidráulicos, Pesca y Acuacultura'
write_gold('bh12', family='press_release',
           title='Entregan apoyos a ganaderos del sur de Sonora afectados por la sequía',
           date='2017-02-09', source=ISS12, bulletin_number='0087', issuer=ISS12,
           dateline_city='Hermosillo',
           body_first_words='Un total de 1,240 productores pecuarios de los municipios de Álamos',
           body_last_words='que en años anteriores tardaron hasta seis meses.',
           boilerplate=['GOBIERNO DEL ESTADO DE SONORA', 'Boletín 0087',
                        'Hermosillo, Sonora, 9 de febrero de 2017 (SAGARHPA).-', 'ooOoo',
                        'Dirección de Comunicación SAGARHPA', 'prensa@sagarhpa-son.example.mx',
                        'Twitter: @SagarhpaSonEj'],
           must_keep=['En la sierra baja de Álamos, donde no llueve de manera significativa desde septiembre, los productores reportaron la muerte de más de 700 cabezas en enero.',
                      'La Secretaría instaló una mesa de atención en Navojoa para recibir solicitudes de productores que aún no están en el padrón.',
                      'Un total de 1,240 productores pecuarios de los municipios de Álamos, Quiriego, Rosario y Navojoa recibieron este jueves los primeros apoyos del programa emergente de suplemento alimenticio para ganado'])

# ---------------------------------------------------------------- bh13 jekyll (hand-made, Ensenada)
bh13 = """---
# plantilla de nota v2 -- no borrar los comentarios
layout: post
title: >-
  Viñedos del Valle de Guadalupe adelantan la vendimia
  por la sequía y el calor
date: 2013-8-7 9:05:00
categoria: Vino
autor: Leticia Meza Ojeda   # corresponsal en el valle
tags:
  - vendimia
  - Valle de Guadalupe
  - agua
# imagen: pendiente
...

Las bodegas del Valle de Guadalupe comenzaron a cortar uva blanca hasta tres semanas antes que en una temporada normal. El calor de julio, con días de más de 40 grados, y un invierno con apenas la mitad de la lluvia habitual aceleraron la maduración de la fruta.

En los viñedos de San Antonio de las Minas los cortadores empiezan a las cuatro de la mañana para evitar el sol. “La uva llega al tanque más fresca y nosotros aguantamos la jornada”, dice Fermín Ruiz, que trabaja en la cosecha desde hace 15 años.

Los enólogos calculan que la producción será entre 15 y 20 por ciento menor que la del año pasado, aunque con uvas más concentradas. El problema de fondo, coinciden, es el agua: los pozos del acuífero del valle bajan cada año y varias bodegas pequeñas ya compran pipas para regar.

La asociación de vitivinicultores de Baja California insiste en que se construya el acueducto que traería agua tratada desde Ensenada, un proyecto que se anunció hace cuatro años y que sigue sin fecha de inicio.

Mientras tanto, las fiestas de la vendimia se celebrarán como cada agosto, con catas, cenas y conciertos en las bodegas. Los organizadores esperan a unos 40 mil visitantes en las dos semanas de festejos.
"""
write_source('bh13.md', bh13)
write_gold('bh13', family='jekyll',
           title='Viñedos del Valle de Guadalupe adelantan la vendimia por la sequía y el calor',
           date='2013-08-07', bylines=['Leticia Meza Ojeda'], section='Vino',
           body_first_words='Las bodegas del Valle de Guadalupe comenzaron a cortar uva blanca',
           body_last_words='a unos 40 mil visitantes en las dos semanas de festejos.',
           must_keep=['“La uva llega al tanque más fresca y nosotros aguantamos la jornada”, dice Fermín Ruiz, que trabaja en la cosecha desde hace 15 años.',
                      'El problema de fondo, coinciden, es el agua: los pozos del acuífero del valle bajan cada año y varias bodegas pequeñas ya compran pipas para regar.',
                      'Los organizadores esperan a unos 40 mil visitantes en las dos semanas de festejos.'])

# ---------------------------------------------------------------- bh14 wire (reader-mode copy of the trade weekly's web page)
bh14 = """elsurcoylared.example.mx
Productores de garbanzo de Sinaloa exportan 30% menos por la caída del precio en el Mediterráneo
Alfredo Sicairos Beltrán
5–6 minutos

Jueves 25 de mayo de 2023 · Agricultura

Los productores de garbanzo blanco del centro y norte de Sinaloa cerraron la cosecha del ciclo otoño-invierno con exportaciones 30 por ciento menores que las del año pasado, debido a que los compradores de España, Argelia y Turquía encontraron grano más barato en otros países.

La cosecha en el estado rondó las 98 mil toneladas, pero cerca de una cuarta parte permanece en bodegas de Culiacán y Guasave en espera de un mejor precio. Las comercializadoras ofrecen entre 13 y 15 pesos por kilo de garbanzo de calibre grande, cuando los productores calculan que su costo de producción ronda los 16 pesos.

Foto: Alfredo Sicairos / El Surco y la Red

Ramón Elenes Lugo, que siembra 60 hectáreas en el valle de Guasave, dijo que este año se endeudó para pagar el agua de riego y los fertilizantes. “El garbanzo ya no es el cultivo seguro de antes; ahora depende de lo que pase en el otro lado del mundo”, lamentó.

Las organizaciones de productores pidieron a la federación un esquema de apoyo a la comercialización, similar al que recibe el maíz, y un programa para promover el consumo de garbanzo en el mercado nacional, que absorbe apenas una décima parte de la producción.

Los exportadores, por su parte, señalaron que la calidad del garbanzo sinaloense sigue siendo la mejor valorada en Europa y que los precios podrían repuntar en el segundo semestre, cuando se conozcan las cosechas de Turquía y Canadá.

Este artículo se publicó en la edición impresa número 890 de El Surco y la Red. Suscripciones: suscripciones@elsurcoylared.example.mx
"""
write_source('bh14.txt', bh14, bom=True)
write_gold('bh14', family='wire',
           title='Productores de garbanzo de Sinaloa exportan 30% menos por la caída del precio en el Mediterráneo',
           date='2023-05-25', bylines=['Alfredo Sicairos Beltrán'], source='El Surco y la Red',
           section='Agricultura',
           body_first_words='Los productores de garbanzo blanco del centro y norte de Sinaloa',
           body_last_words='cuando se conozcan las cosechas de Turquía y Canadá.',
           boilerplate=['elsurcoylared.example.mx', '5–6 minutos', 'Foto: Alfredo Sicairos / El Surco y la Red',
                        'Este artículo se publicó en la edición impresa número 890 de El Surco y la Red.',
                        'Suscripciones: suscripciones@elsurcoylared.example.mx'],
           must_keep=['Las comercializadoras ofrecen entre 13 y 15 pesos por kilo de garbanzo de calibre grande, cuando los productores calculan que su costo de producción ronda los 16 pesos.',
                      '“El garbanzo ya no es el cultivo seguro de antes; ahora depende de lo que pase en el otro lado del mundo”, lamentó.',
                      'Ramón Elenes Lugo, que siembra 60 hectáreas en el valle de Guasave, dijo que este año se endeudó para pagar el agua de riego y los fertilizantes.'],
           photo_credit='Alfredo Sicairos / El Surco y la Red')

# ---------------------------------------------------------------- bh15 press (BCS state secretariat, Markdown release)
bh15 = """GOBIERNO DE BAJA CALIFORNIA SUR
SECRETARÍA DE PESCA, ACUACULTURA Y DESARROLLO AGROPECUARIO
Coordinación de Comunicación Social

No. 0871/21

# Entregan permisos de pesca de almeja chocolata a cooperativas de Bahía Magdalena

*La Paz, Baja California Sur, 14 de julio de 2021*

Un total de 14 sociedades cooperativas de Puerto San Carlos, Puerto Adolfo López Mateos y Puerto Magdalena recibieron sus permisos para la extracción comercial de almeja chocolata durante los próximos cinco años, luego de concluir los estudios que demuestran que el recurso se encuentra en buen estado.

Los permisos amparan una cuota conjunta de 1,850 toneladas anuales y establecen una talla mínima de captura de 75 milímetros, así como zonas de refugio donde no se podrá extraer el molusco. Las cooperativas se comprometieron a llevar bitácoras de pesca y a participar en los muestreos que realizan los investigadores del Centro Regional de Investigación Acuícola y Pesquera.

El titular de la dependencia señaló que la almeja chocolata es una de las pesquerías más importantes del municipio de Comondú, pues da empleo a cerca de 600 buzos, pangueros y desconchadoras. Destacó que es la primera vez que los permisos se otorgan por cinco años y no por uno, lo que dará certeza a los pescadores para invertir en equipo.

Representantes de las cooperativas pidieron apoyo para instalar una planta de proceso en Puerto San Carlos, ya que actualmente la mayor parte del producto se vende fresco a intermediarios de Ensenada y Tijuana a precios bajos.

La Secretaría anunció que en agosto iniciará un programa de capacitación en buenas prácticas de manejo y de inocuidad para que el producto pueda venderse a cadenas de restaurantes.

-o0o-

Síguenos: Facebook /SepadaBCSejemplo · Twitter @SepadaBCSej · comunicacion@sepada-bcs.example.mx
"""
write_source('bh15.md', bh15, bom=True)
ISS15 = 'SECRETARÍA DE PESCA, ACUACULTURA Y DESARROLLO AGROPECUARIO'
write_gold('bh15', family='press_release',
           title='Entregan permisos de pesca de almeja chocolata a cooperativas de Bahía Magdalena',
           date='2021-07-14', source=ISS15, bulletin_number='0871/21', issuer=ISS15, dateline_city='La Paz',
           body_first_words='Un total de 14 sociedades cooperativas de Puerto San Carlos',
           body_last_words='para que el producto pueda venderse a cadenas de restaurantes.',
           boilerplate=['GOBIERNO DE BAJA CALIFORNIA SUR', 'Coordinación de Comunicación Social', 'No. 0871/21',
                        'La Paz, Baja California Sur, 14 de julio de 2021', '-o0o-',
                        'Síguenos: Facebook /SepadaBCSejemplo', 'comunicacion@sepada-bcs.example.mx'],
           must_keep=['Los permisos amparan una cuota conjunta de 1,850 toneladas anuales y establecen una talla mínima de captura de 75 milímetros, así como zonas de refugio donde no se podrá extraer el molusco.',
                      'Destacó que es la primera vez que los permisos se otorgan por cinco años y no por uno, lo que dará certeza a los pescadores para invertir en equipo.',
                      'La Secretaría anunció que en agosto iniciará un programa de capacitación en buenas prácticas de manejo y de inocuidad para que el producto pueda venderse a cadenas de restaurantes.'])

# ---------------------------------------------------------------- bh16 generic (chronicle with a scene break)
bh16 = """EL ÚLTIMO CINE DE BARRIO DE GUAYMAS

Por Rosendo Yocupicio Flores

El cine Lux abrió sus puertas en 1952, en la calle 20, cuando Guaymas vivía de la pesca del camarón y los barcos de la flota llenaban la bahía. Tenía 900 butacas de madera, un telón de terciopelo rojo y un proyector que llegó en barco desde Los Ángeles.

Durante tres décadas fue el centro de la vida del barrio. Los domingos se proyectaban dos películas por un solo boleto, y los vendedores de cacahuates y raspados esperaban en la banqueta a que terminara la primera función. Los pescadores que regresaban de la temporada llevaban ahí a sus familias antes de volver a embarcarse.

* * *

Don Ezequiel Moroyoqui fue proyeccionista del Lux durante 31 años. Hoy tiene 84 y todavía guarda la llave de la cabina. “Yo veía las películas al revés, por el agujerito, y me las sabía todas de memoria”, cuenta sentado en el portal de su casa, a dos cuadras del edificio.

El cine cerró en 1994, cuando llegaron las videocaseteras y las salas del centro comercial. Desde entonces el edificio ha sido bodega, salón de fiestas y taller mecánico. La fachada, con sus letras de neón apagadas, sigue en pie.

Un grupo de jóvenes del colectivo cultural del barrio quiere recuperarlo para proyectar cine al aire libre y dar talleres de fotografía. Ya reunieron firmas y piden al Ayuntamiento que lo compre a los herederos del último dueño. Don Ezequiel dice que, si lo logran, él mismo les enseñará a enhebrar la película.
"""
write_source('bh16.txt', bh16, enc='cp1252', eol='crlf')
write_gold('bh16', family='generic',
           title='EL ÚLTIMO CINE DE BARRIO DE GUAYMAS', bylines=['Rosendo Yocupicio Flores'],
           body_first_words='El cine Lux abrió sus puertas en 1952, en la calle 20',
           body_last_words='él mismo les enseñará a enhebrar la película.',
           must_keep=['Los pescadores que regresaban de la temporada llevaban ahí a sus familias antes de volver a embarcarse.',
                      'El cine cerró en 1994, cuando llegaron las videocaseteras y las salas del centro comercial.',
                      'Don Ezequiel dice que, si lo logran, él mismo les enseñará a enhebrar la película.'])

# ---------------------------------------------------------------- bh17 jekyll (hand-made, Mazatlán; BOM + CRLF; kramdown/Liquid)
bh17 = """---
layout: post
title: 'Comparsas ensayan en Olas Altas a una semana del Carnaval'
date: 2022-02-26
author: Redacción
category: Carnaval
site_name: Puerto Adentro
image: /assets/img/2022/comparsas-ensayo.jpg
---

{% include figure.html src="/assets/img/2022/comparsas-ensayo.jpg" caption="Ensayo nocturno en el malecón" %}

Todas las noches, desde las ocho, el tramo del malecón frente a Olas Altas se llena de tambores, plumas y lentejuelas. Son las 22 comparsas que desfilarán en el Carnaval de Mazatlán y que aprovechan la brisa del mar para ensayar sus coreografías.
{: .lead}

Cada comparsa reúne entre 40 y 80 bailarines, la mayoría jóvenes de colonias populares que se preparan desde noviembre. Los trajes se confeccionan en talleres familiares del barrio de Los Pinos y del Centro, donde costureras trabajan jornadas de hasta doce horas en las últimas semanas.

Karla Osuna, coreógrafa de una de las agrupaciones, dice que este año el reto fue volver a reunir a los bailarines después de dos temporadas con restricciones. “Muchos se fueron a trabajar a los hoteles o a Estados Unidos, y tuvimos que empezar casi desde cero”, cuenta mientras marca el paso con un silbato.

Los vecinos de la zona se han acostumbrado al ruido y muchos salen a ver los ensayos con sillas plegables. Los vendedores de elotes y raspados también han encontrado ahí una clientela segura.

El Instituto de Cultura municipal informó que el primer desfile recorrerá 6 kilómetros del malecón, desde Valentino hasta Olas Altas, y que se instalarán gradas para 30 mil personas.
"""
write_source('bh17.md', bh17, eol='crlf', bom=True)
write_gold('bh17', family='jekyll',
           title='Comparsas ensayan en Olas Altas a una semana del Carnaval',
           date='2022-02-26', bylines=[], source='Puerto Adentro', section='Carnaval',
           body_first_words='Todas las noches, desde las ocho, el tramo del malecón frente a Olas Altas',
           body_last_words='y que se instalarán gradas para 30 mil personas.',
           boilerplate=['{% include figure.html', '{: .lead}'],
           must_keep=['Son las 22 comparsas que desfilarán en el Carnaval de Mazatlán y que aprovechan la brisa del mar para ensayar sus coreografías.',
                      '“Muchos se fueron a trabajar a los hoteles o a Estados Unidos, y tuvimos que empezar casi desde cero”, cuenta mientras marca el paso con un silbato.',
                      'Los vendedores de elotes y raspados también han encontrado ahí una clientela segura.'])

# ---------------------------------------------------------------- bh18 press (Sinaloa state government, PDF paste, CR line ends)
bh18 = """GOBIERNO DEL ESTADO DE SINALOA
Coordinación General de Comunicación Social
Boletín 1187

INICIA VEDA DE CAMARÓN EN BAHÍAS, ESTEROS Y SISTEMAS LAGUNARIOS DE SINALOA

Culiacán, Sin., a 28 de marzo de 2008.— A partir de las cero horas del próximo lunes 31
de marzo entrará en vigor la veda de camarón en bahías, esteros y sistemas lagunarios
del estado, por lo que ninguna embarcación podrá capturar el crustáceo en esas aguas hasta
que las autoridades federales den a conocer la fecha de apertura de la siguiente temporada.
La medida busca proteger la reproducción y el crecimiento del camarón azul y del camarón
blanco, las dos especies más importantes para las 412 cooperativas pesqueras ribereñas
del estado, que agrupan a cerca de 28 mil pescadores.
El Gobierno del Estado informó que, en coordinación con la Comisión Nacional de Acuacultura
y Pesca y con la Secretaría de Marina, se realizarán recorridos de inspección y vigilancia
en las bahías de Santa María, Altata, Ohuira y Navachiste, así como en el sistema lagunario
de Huizache-Caimanero. Las embarca-
ciones y artes de pesca que se encuentren en operación durante la veda serán aseguradas.

Gobierno del Estado de Sinaloa · Boletín 1187 · 28/03/08
Página 1 de 2

Gobierno del Estado de Sinaloa · Boletín 1187 · 28/03/08

Para apoyar a las familias de pescadores durante los meses sin captura, el estado destinará
35 millones de pesos a un programa de empleo temporal en limpieza de esteros, reforestación
de manglar y rehabilitación de caminos a los campos pesqueros.
Los pescadores interesados deberán registrarse en las oficinas de pesca de sus municipios,
presentando su credencial de pescador y una identificación oficial.
El gobierno exhortó a restaurantes y mercados a no comprar camarón de bahía durante la veda,
ya que la comercialización de producto capturado ilegalmente también es sancionada por la
ley de pesca.

FIN DEL BOLETÍN

Coordinación General de Comunicación Social · Tel. (667) 555 0170
Página 2 de 2
"""
write_source('bh18.txt', bh18, enc='cp1252', eol='cr')
ISS18 = 'GOBIERNO DEL ESTADO DE SINALOA'
write_gold('bh18', family='press_release',
           title='INICIA VEDA DE CAMARÓN EN BAHÍAS, ESTEROS Y SISTEMAS LAGUNARIOS DE SINALOA',
           date='2008-03-28', source=ISS18, bulletin_number='1187', issuer=ISS18, dateline_city='Culiacán',
           body_first_words='A partir de las cero horas del próximo lunes 31 de marzo',
           body_last_words='también es sancionada por la ley de pesca.',
           boilerplate=['Coordinación General de Comunicación Social', 'Boletín 1187',
                        'Culiacán, Sin., a 28 de marzo de 2008.—',
                        'Gobierno del Estado de Sinaloa · Boletín 1187 · 28/03/08', 'Página 1 de 2',
                        'FIN DEL BOLETÍN', 'Tel. (667) 555 0170', 'Página 2 de 2'],
           must_keep=['La medida busca proteger la reproducción y el crecimiento del camarón azul y del camarón blanco, las dos especies más importantes para las 412 cooperativas pesqueras ribereñas del estado, que agrupan a cerca de 28 mil pescadores.',
                      'Los pescadores interesados deberán registrarse en las oficinas de pesca de sus municipios, presentando su credencial de pescador y una identificación oficial.',
                      'El Gobierno del Estado informó que, en coordinación con la Comisión Nacional de Acuacultura y Pesca y con la Secretaría de Marina'])

# ---------------------------------------------------------------- bh19 bad (Word 97-2003 binary saved as .txt)
def ole_doc():
    import struct
    hdr = bytearray(512)
    hdr[0:8] = b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'
    hdr[24:26] = struct.pack('<H', 0x003E)
    hdr[26:28] = struct.pack('<H', 0x0003)
    hdr[28:30] = b'\xfe\xff'
    hdr[30:32] = struct.pack('<H', 9)
    hdr[32:34] = struct.pack('<H', 6)
    hdr[44:48] = struct.pack('<I', 1)
    hdr[48:52] = struct.pack('<I', 1)
    hdr[56:60] = struct.pack('<I', 4096)
    hdr[60:64] = struct.pack('<I', 0xFFFFFFFE)
    hdr[68:72] = struct.pack('<I', 0xFFFFFFFE)
    for i in range(76, 512, 4):
        hdr[i:i + 4] = b'\xff\xff\xff\xff'
    hdr[76:80] = struct.pack('<I', 0)
    fat = bytearray(b'\xff' * 512)
    fat[0:4] = struct.pack('<I', 0xFFFFFFFD)
    fat[4:8] = struct.pack('<I', 0xFFFFFFFE)
    fat[8:12] = struct.pack('<I', 0xFFFFFFFE)
    dirent = bytearray(512)
    name = 'Root Entry'.encode('utf-16-le') + b'\x00\x00'
    dirent[0:len(name)] = name
    dirent[64:66] = struct.pack('<H', len(name))
    dirent[66] = 5
    word = bytearray(b'\xec\xa5\xc1\x00' + bytes(range(4, 64)) * 6)
    text = ('Pescadores de Teacapán piden dragado de la boca del estero\r'
            'ESCUINAPA, Sin.- Los pescadores ').encode('cp1252')
    body = bytes(word) + b'\x00' * 40 + text + bytes((i * 37 + 11) % 256 for i in range(1500))
    return bytes(hdr) + bytes(fat) + bytes(dirent) + body + b'\x00' * (4096 - len(body) % 4096)

write_source('bh19.txt', raw=ole_doc())
write_gold('bh19', family='bad',
           refusal_reason='El archivo es un documento binario de Word (.doc) guardado con extensión .txt; no es texto legible.')

# ---------------------------------------------------------------- bh20 jekyll (site migrated from Hugo, draft)
bh20 = """---
title: "Jornaleros de San Luis Río Colorado denuncian jornadas de 12 horas en la cosecha de espárrago"
date: 2020-04-18T19:00:00-07:00
lastmod: 2020-04-20T09:30:00-07:00
draft: true
slug: jornaleros-esparrago-slrc
authors: ["Óscar Valenzuela Moroyoqui"]
categories: ["Campo"]
tags: ["jornaleros", "espárrago", "San Luis Río Colorado"]
summary: "Trabajadores del valle describen la temporada en los campos del noroeste de Sonora."
weight: 10
---

Jornaleros que trabajan en la cosecha de espárrago en el valle de San Luis Río Colorado denunciaron que cumplen turnos de hasta 12 horas, sin pago de horas extra y con un solo descanso para comer, en plena temporada de calor.

Los trabajadores, muchos de ellos originarios de Oaxaca, Guerrero y Veracruz, llegan al valle en enero y se quedan hasta mayo. Viven en cuarterías cercanas a los campos, donde comparten un baño entre 20 o 30 personas, según relataron a este medio.

{{< youtube kT9xQe2LmZc >}}

Felipa Ramírez, de 34 años, contó que el pago es por caja cosechada y que en un buen día puede ganar 450 pesos. “Pero si hace viento o el espárrago sale chueco, no llegas ni a 300”, explicó. La mayoría no tiene contrato por escrito ni está inscrita en el Seguro Social.

Representantes de la asociación local de productores dijeron que las empresas cumplen con la ley y que los contratistas que reclutan a los jornaleros son los responsables de las condiciones de trabajo. Anunciaron que revisarán los casos denunciados.

La Oficina de Representación de la Secretaría del Trabajo en Sonora informó que realizará inspecciones en los campos de la región durante las próximas semanas, aunque reconoció que sólo cuenta con tres inspectores para todo el noroeste del estado.
"""
write_source('bh20.md', bh20)
write_gold('bh20', family='jekyll',
           title='Jornaleros de San Luis Río Colorado denuncian jornadas de 12 horas en la cosecha de espárrago',
           date='2020-04-18', published=False, bylines=['Óscar Valenzuela Moroyoqui'], section='Campo',
           body_first_words='Jornaleros que trabajan en la cosecha de espárrago en el valle de San Luis Río Colorado',
           body_last_words='sólo cuenta con tres inspectores para todo el noroeste del estado.',
           boilerplate=['{{< youtube kT9xQe2LmZc >}}'],
           must_keep=['“Pero si hace viento o el espárrago sale chueco, no llegas ni a 300”, explicó.',
                      'La mayoría no tiene contrato por escrito ni está inscrita en el Seguro Social.',
                      'Anunciaron que revisarán los casos denunciados.'])
