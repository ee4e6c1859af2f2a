#!/usr/bin/env python3
"""importer-by, files 11-20."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- by11 jekyll (headless CMS, Spanish keys, Sin.)
by11 = """---
titulo: "ESCUINAPA.- Productores de mango reportan pérdidas por lluvias atípicas."
antetitulo: Agro
fechaPublicacion: "10/03/2020 11:40 p.m."
fechaModificacion: "11/03/2020 08:05 a.m."
autores:
  - nombre: Brenda Lizárraga Osuna
    rol: Reportera
  - nombre: Martín Tirado Ceceña
    rol: Fotógrafo
seccion: Sinaloa
publicado: true
sitio: Pliego Sinaloa
imagenPrincipal: /media/2020/03/mango-escuinapa-20200308.jpg
creditoImagen: Martín Tirado Ceceña
---

![Huerta de mango en Escuinapa](/media/2020/03/mango-escuinapa-20200308.jpg)
*Foto: Martín Tirado Ceceña*

Las lluvias que cayeron fuera de temporada el fin de semana en el sur de Sinaloa tiraron buena parte de la floración de mango en las huertas de Escuinapa y Rosario, y los productores calculan que la cosecha de este año podría ser hasta 40 por ciento menor que la anterior.

En la huerta de la familia Osuna, en el camino a Teacapán, el suelo está cubierto de flores secas y de pequeños frutos que no alcanzaron a amarrar. "El árbol venía cargado, íbamos a tener una de las mejores temporadas, y en dos días se cayó todo", dijo Ramón Osuna Crespo, quien cultiva 12 hectáreas de mango Ataulfo y Kent.

La humedad también favorece la aparición de antracnosis, un hongo que mancha la fruta y la hace invendible para la exportación. Los técnicos de la junta local de sanidad vegetal recomendaron aplicar fungicidas autorizados en cuanto se seque el terreno y retirar la fruta dañada.

El sur de Sinaloa produce cada año alrededor de 250 mil toneladas de mango, buena parte destinada al mercado de Estados Unidos y Canadá. La cosecha da empleo temporal a miles de jornaleros y a las empacadoras de la región.

La asociación de productores pidió al gobierno del estado que incluya a los municipios afectados en el seguro agrícola catastrófico. Las autoridades estatales informaron que esta semana comenzará el recorrido para cuantificar los daños.
"""
write_source('by11.md', by11)
write_gold('by11', family='jekyll',
           title='Productores de mango reportan pérdidas por lluvias atípicas',
           date='2020-03-10', bylines=['Brenda Lizárraga Osuna'], source='Pliego Sinaloa',
           section='Sinaloa',
           body_first_words='Las lluvias que cayeron fuera de temporada el fin de semana',
           body_last_words='comenzará el recorrido para cuantificar los daños.',
           boilerplate=['Foto: Martín Tirado Ceceña'],
           must_keep=['La humedad también favorece la aparición de antracnosis, un hongo que mancha la fruta y la hace invendible para la exportación.',
                      '"El árbol venía cargado, íbamos a tener una de las mejores temporadas, y en dos días se cayó todo", dijo Ramón Osuna Crespo, quien cultiva 12 hectáreas de mango Ataulfo y Kent.',
                      'La cosecha da empleo temporal a miles de jornaleros y a las empacadoras de la región.'],
           photo_credit='Martín Tirado Ceceña')

# ---------------------------------------------------------------- by12 wire (digital outlet page copied with share buttons, B.C.)
by12 = """Línea Norte — Noticias de Tijuana
https://lineanorte.example.mx/2022/03/15/garitas-otay-carriles-peatonales/

GARITAS | Habilitan dos carriles peatonales más en la garita de Otay

15 MAR 2022 | 08:40 P.M. · Actualizado hace 3 horas

Texto: Daniela Ríos Camacho / Fotos: Iván Lizárraga Soto

Compartir en Facebook   Compartir en X   Copiar enlace

Las autoridades aduanales de Estados Unidos abrieron este martes dos carriles peatonales adicionales en la garita de Otay Mesa, con lo que el tiempo de espera para cruzar a pie hacia San Diego se redujo de más de dos horas a unos 40 minutos durante la mañana.

La medida responde a las quejas de estudiantes y trabajadores transfronterizos, que desde principios de año reportaban filas que comenzaban a las 4:00 a.m. y se extendían varias cuadras por la zona industrial. Muchos de ellos cruzan todos los días para estudiar o trabajar en el condado de San Diego. LEE: Tijuana registra el febrero con más cruces vehiculares en cinco años Según las autoridades, los nuevos carriles funcionarán de lunes a viernes de 5:00 a.m. a 10:00 a.m.

Mariana Castro, estudiante de enfermería que vive en la colonia Mesa de Otay, dijo que la diferencia se notó desde el primer día. "Antes salía de mi casa a las tres y media de la mañana; hoy pude desayunar", comentó.

Con información de la Agencia Mexicana de Servicios Informativos

Los comerciantes de la zona, en cambio, temen que la reducción de las filas afecte sus ventas de café, tamales y burritos, que dependían de las largas esperas. Algunos ya piensan en moverse hacia la garita de San Ysidro.

El gobierno municipal de Tijuana informó que mantendrá los operativos de vialidad en las calles cercanas a la garita y que colocará señalamientos para ordenar el ascenso y descenso de pasajeros del transporte público.

¿Tienes una denuncia? Escríbenos al WhatsApp 664 555 0199.
Suscríbete a nuestro newsletter y recibe lo más importante de la frontera cada mañana.
"""
write_source('by12.md', by12)
write_gold('by12', family='wire',
           title='Habilitan dos carriles peatonales más en la garita de Otay',
           date='2022-03-15', bylines=['Daniela Ríos Camacho'], source='Línea Norte',
           section='GARITAS',
           body_first_words='Las autoridades aduanales de Estados Unidos abrieron este martes',
           body_last_words='el ascenso y descenso de pasajeros del transporte público.',
           boilerplate=['https://lineanorte.example.mx/2022/03/15/garitas-otay-carriles-peatonales/',
                        'Fotos: Iván Lizárraga Soto',
                        'Compartir en Facebook   Compartir en X   Copiar enlace',
                        'LEE: Tijuana registra el febrero con más cruces vehiculares en cinco años',
                        'Con información de la Agencia Mexicana de Servicios Informativos',
                        '¿Tienes una denuncia? Escríbenos al WhatsApp 664 555 0199.',
                        'Suscríbete a nuestro newsletter y recibe lo más importante de la frontera cada mañana.'],
           must_keep=['Muchos de ellos cruzan todos los días para estudiar o trabajar en el condado de San Diego.',
                      'Según las autoridades, los nuevos carriles funcionarán de lunes a viernes de 5:00 a.m. a 10:00 a.m.',
                      '"Antes salía de mi casa a las tres y media de la mañana; hoy pude desayunar", comentó.'],
           photo_credit='Iván Lizárraga Soto')

# ---------------------------------------------------------------- by13 press (fisheries commission, PDF converted to text, Sin.)
by13 = """                                 GOBIERNO DE MÉXICO

                 COMISIÓN NACIONAL DE ACUACULTURA Y PESCA
                    Coordinación de Comunicación Social

Comunicado No. 118/2021                Mazatlán, Sinaloa, 27 de septiembre de 2021

       Concluye la veda de camarón en el Pacífico; zarpan más de 700 barcos

   Con la salida de más de 700 embarcaciones de los puertos de Mazatlán,
Topolobampo, Guaymas, Puerto Peñasco y San Felipe, concluyó este lunes la veda de
camarón en aguas marinas del océano Pacífico, informó la Comisión Nacional de
Acuacultura y Pesca.
   La temporada de captura inició en las zonas de altamar frente a las costas de
Sonora, Sinaloa y Baja California, una vez que los muestreos realizados por el
instituto de investigación pesquera confirmaron que el camarón alcanzó la talla
comercial adecuada.
   Las estimaciones indican una captura superior a la del año pasado. La
flota de Mazatlán, la más numerosa del litoral, aporta por sí sola cerca de una
tercera parte de las embarcaciones que salieron a la mar.
   Para vigilar el cumplimiento de la normatividad, inspectores federales y
personal de la Secretaría de Marina realizarán recorridos en los puertos y en las
zonas de pesca. Los barcos camaroneros deberán portar los dispositivos excluidores
de tortugas marinas y de peces, así como mantener encendido el sistema de
                                                                   Página 1 de 2
\f
CONAPESCA · Comunicado No. 118/2021

localización satelital durante toda la temporada.
   El comisionado nacional destacó que la pesquería de camarón es una de las más
importantes del país por su valor y por los empleos que genera. Más de 20 mil
familias dependen de esta actividad en el noroeste.
   La dependencia recordó que en los sistemas lagunarios y bahías la apertura de la
temporada se realiza en fechas distintas, de acuerdo con cada región.

                                     --- o0o ---

comunicacion@conapesca-mzt.example.mx · Tel. 669 555 0472
                                                                   Página 2 de 2
"""
write_source('by13.txt', by13)
write_gold('by13', family='press_release',
           title='Concluye la veda de camarón en el Pacífico; zarpan más de 700 barcos',
           date='2021-09-27', source='COMISIÓN NACIONAL DE ACUACULTURA Y PESCA',
           bulletin_number='118/2021', issuer='COMISIÓN NACIONAL DE ACUACULTURA Y PESCA',
           dateline_city='Mazatlán',
           body_first_words='Con la salida de más de 700 embarcaciones de los puertos de Mazatlán,',
           body_last_words='se realiza en fechas distintas, de acuerdo con cada región.',
           boilerplate=['GOBIERNO DE MÉXICO', 'Coordinación de Comunicación Social',
                        'Comunicado No. 118/2021', 'Mazatlán, Sinaloa, 27 de septiembre de 2021',
                        'Página 1 de 2', 'CONAPESCA · Comunicado No. 118/2021', '--- o0o ---',
                        'comunicacion@conapesca-mzt.example.mx · Tel. 669 555 0472', 'Página 2 de 2'],
           must_keep=['Las estimaciones indican una captura superior a la del año pasado.',
                      'localización satelital durante toda la temporada.',
                      'familias dependen de esta actividad en el noroeste.'])

# ---------------------------------------------------------------- by14 generic (radio script, B.C.)
by14 = """TÍTULO: Arranca la temporada de avistamiento de ballena gris en Ensenada
EMISIÓN: viernes 24 de enero de 2014 · 6:00 a.m.
REDACTÓ: Jazmín Montaño Ruelas
DURACIÓN: 1'40"

(ENTRA CORTINILLA DE NOTICIAS)

LOC 1: Con la llegada de las primeras ballenas grises a la bahía de Todos Santos, los prestadores de servicios turísticos de Ensenada iniciaron esta semana la temporada de avistamiento, que se extenderá hasta mediados de abril.

LOC 2: Las ballenas viajan desde los mares de Alaska hasta las lagunas de Baja California Sur, donde nacen sus crías. En su camino pasan frente a la costa de Ensenada, a veces a menos de un kilómetro de la orilla.

LOC 1: Este año operan 26 embarcaciones con permiso federal. Los recorridos salen del malecón por las mañanas y duran alrededor de tres horas. Las autoridades recuerdan que las lanchas deben mantener una distancia mínima de 60 metros de los animales y no pueden perseguirlos.

(ENTRA AUDIO: BIÓLOGA ROCÍO ARMENTA, 0'18")
"Lo más importante es que la gente entienda que estamos en la casa de ellas. Si la ballena se acerca, bien; si no, la dejamos seguir su camino."
(SALE AUDIO)

LOC 2: Los operadores esperan la visita de alrededor de 15 mil turistas durante la temporada, la mayoría procedentes de California y de la Ciudad de México. El costo del recorrido va de 600 a 900 pesos por persona.

LOC 1: Quienes quieran salir a ver ballenas deben contratar sólo a prestadores autorizados, que portan un distintivo visible en la embarcación y llevan chalecos salvavidas para todos los pasajeros.

(SALE CORTINILLA)
"""
write_source('by14.text', by14, eol='crlf', bom=True)
write_gold('by14', family='generic',
           title='Arranca la temporada de avistamiento de ballena gris en Ensenada',
           date='2014-01-24', bylines=['Jazmín Montaño Ruelas'],
           body_first_words='Con la llegada de las primeras ballenas grises a la bahía de Todos Santos',
           body_last_words='llevan chalecos salvavidas para todos los pasajeros.',
           boilerplate=['DURACIÓN: 1\'40"', '(ENTRA CORTINILLA DE NOTICIAS)', 'LOC 1:', 'LOC 2:',
                        '(ENTRA AUDIO: BIÓLOGA ROCÍO ARMENTA, 0\'18")', '(SALE AUDIO)', '(SALE CORTINILLA)'],
           must_keep=['Las ballenas viajan desde los mares de Alaska hasta las lagunas de Baja California Sur, donde nacen sus crías.',
                      '"Lo más importante es que la gente entienda que estamos en la casa de ellas. Si la ballena se acerca, bien; si no, la dejamos seguir su camino."',
                      'El costo del recorrido va de 600 a 900 pesos por persona.'])

# ---------------------------------------------------------------- by15 jekyll (headless CMS, camelCase English keys, B.C.)
by15 = """---
title: Mexicali despide el año con la noche más fría de la década
slug: mexicali-noche-mas-fria-decada
publishedAt: "2020-12-31T22:15:00-08:00"
createdAt: "2020-12-31T19:02:41-08:00"
updatedAt: "2021-01-01T09:30:12-08:00"
isDraft: false
authorName: Samuel Acosta Verdugo
authorRole: Reportero
primaryCategory: Clima
categories: ["Portada", "Clima", "Mexicali"]
siteName: Litoral Mexicali
heroImage: "https://cdn.litoral.example.mx/2021/01/frio-mexicali.jpg"
heroImageCredit: "Cortesía Protección Civil Mexicali"
---

La temperatura en Mexicali bajó a 1.2 grados bajo cero en la madrugada de este jueves, la más baja registrada en la ciudad en los últimos diez años, de acuerdo con la estación meteorológica de la Comisión Nacional del Agua en el valle.

En las colonias del oriente y en los ejidos del valle de Mexicali amanecieron con escarcha los techos de los automóviles y los campos de trigo. Los productores de hortalizas encendieron fogatas entre los surcos para evitar que la helada dañara los cultivos de brócoli y cebollín.

Protección Civil municipal abrió tres albergues temporales para personas en situación de calle y recordó a la población no utilizar anafres ni braseros dentro de las viviendas cerradas, porque el monóxido de carbono puede causar intoxicaciones mortales. En lo que va de diciembre se han atendido siete casos de intoxicación.

Para la noche de Año Nuevo se esperan temperaturas de entre 2 y 4 grados, por lo que las autoridades pidieron a quienes celebren al aire libre abrigarse bien y vigilar a los niños y a las personas mayores.

La Comisión Federal de Electricidad reportó un aumento en el consumo de energía por el uso de calentadores eléctricos, aunque no se registraron apagones mayores en la ciudad.
"""
write_source('by15.md', by15)
write_gold('by15', family='jekyll',
           title='Mexicali despide el año con la noche más fría de la década',
           date='2020-12-31', bylines=['Samuel Acosta Verdugo'], source='Litoral Mexicali',
           section='Clima', placement=['Portada'],
           body_first_words='La temperatura en Mexicali bajó a 1.2 grados bajo cero',
           body_last_words='no se registraron apagones mayores en la ciudad.',
           boilerplate=['Cortesía Protección Civil Mexicali'],
           must_keep=['Los productores de hortalizas encendieron fogatas entre los surcos para evitar que la helada dañara los cultivos de brócoli y cebollín.',
                      'En lo que va de diciembre se han atendido siete casos de intoxicación.',
                      'Para la noche de Año Nuevo se esperan temperaturas de entre 2 y 4 grados'],
           photo_credit='Cortesía Protección Civil Mexicali')

# ---------------------------------------------------------------- by16 press (water utility, Facebook post copied, Sin.)
by16 = """Junta Municipal de Agua Potable y Alcantarillado de Culiacán
14 de enero a las 11:32 a.m. · 🌎

📢 COMUNICADO 014/2020

‼️ SUSPENDERÁN EL SERVICIO DE AGUA EN 23 COLONIAS DEL SECTOR NORTE ‼️

Culiacán Rosales, Sinaloa, a 14 de enero de 2020.

La Junta Municipal de Agua Potable y Alcantarillado de Culiacán (JAPAC) informa que el próximo miércoles 15 de enero se suspenderá el servicio de agua potable en 23 colonias del sector norte de la ciudad, debido a los trabajos de interconexión de una nueva línea de conducción de 36 pulgadas en el bulevar Enrique Cabrera.

🕗 El corte será de 8:00 a.m. a 6:00 p.m. y el servicio se restablecerá de manera paulatina durante la noche.

🔹 Entre las colonias afectadas se encuentran Infonavit Humaya, Villa Universidad, Lomas del Humaya, Barrancos, Rosario Uzárraga y Colinas de San Miguel.

La obra permitirá aumentar la presión del agua en los sectores que cada verano padecen baja presión por el aumento del consumo. Con la nueva línea se beneficiarán alrededor de 60 mil habitantes del norte de Culiacán.

JAPAC recomienda a los usuarios almacenar agua suficiente para el día del corte, cerrar la llave de paso mientras no haya servicio y no dejar abiertas las llaves de lavabos y regaderas, para evitar inundaciones cuando regrese el suministro.

Durante los trabajos se contará con pipas para abastecer a hospitales, escuelas y centros de salud de la zona. Las personas que requieran el servicio de pipa podrán solicitarlo al número de atención de JAPAC, disponible las 24 horas.

#JAPACInforma #Culiacán

👍 Me gusta   💬 Comentar   ↗️ Compartir
214 comentarios · 563 veces compartido
"""
write_source('by16.txt', by16)
write_gold('by16', family='press_release',
           title='SUSPENDERÁN EL SERVICIO DE AGUA EN 23 COLONIAS DEL SECTOR NORTE',
           date='2020-01-14',
           source='Junta Municipal de Agua Potable y Alcantarillado de Culiacán',
           bulletin_number='014/2020',
           issuer='Junta Municipal de Agua Potable y Alcantarillado de Culiacán',
           dateline_city='Culiacán Rosales',
           body_first_words='La Junta Municipal de Agua Potable y Alcantarillado de Culiacán (JAPAC) informa',
           body_last_words='disponible las 24 horas.',
           boilerplate=['14 de enero a las 11:32 a.m. · 🌎', 'COMUNICADO 014/2020',
                        'Culiacán Rosales, Sinaloa, a 14 de enero de 2020.',
                        '#JAPACInforma #Culiacán', '👍 Me gusta   💬 Comentar   ↗️ Compartir',
                        '214 comentarios · 563 veces compartido'],
           must_keep=['El corte será de 8:00 a.m. a 6:00 p.m. y el servicio se restablecerá de manera paulatina durante la noche.',
                      'Entre las colonias afectadas se encuentran Infonavit Humaya, Villa Universidad, Lomas del Humaya, Barrancos, Rosario Uzárraga y Colinas de San Miguel.',
                      'Con la nueva línea se beneficiarán alrededor de 60 mil habitantes del norte de Culiacán.'])

# ---------------------------------------------------------------- by17 wire (radio group web desk, Ensenada)
by17 = """CLIMA
Cierran el puerto de Ensenada a la navegación menor por vientos de Santa Ana.
Redacción | Bahía Noticias
Ayer, jueves 9 de enero de 2020 a las 10:15 p.m.

La Capitanía de Puerto de Ensenada cerró desde la tarde de este jueves el puerto a la navegación de embarcaciones menores, debido a las rachas de viento de hasta 80 kilómetros por hora provocadas por la condición Santa Ana que afecta el norte de Baja California.   

La medida impide la salida de lanchas de pesca ribereña, embarcaciones de recreo y recorridos turísticos, incluidos los de avistamiento de ballena gris, que se encuentran en plena temporada. Los cruceros y buques de carga mantienen sus operaciones con precaución.

Protección Civil estatal pidió a la población asegurar láminas, anuncios y objetos que puedan ser arrastrados por el viento, y evitar hacer fogatas o quemar basura, ya que la baja humedad aumenta el riesgo de incendios forestales en las zonas de cerros y cañadas.

En la carretera escénica Tijuana-Ensenada se recomendó circular a baja velocidad, sobre todo a los conductores de vehículos altos y de remolques, por las ráfagas laterales en los tramos cercanos a Salsipuedes y La Misión.

El fenómeno se mantendrá hasta el sábado, cuando se espera que el viento disminuya gradualmente y la temperatura vuelva a los valores normales para la temporada.

Con información de la Capitanía de Puerto de Ensenada y Protección Civil estatal

🎙️ Escucha Bahía Noticias de lunes a viernes a las 7:00 a.m. por el 98.7 FM.
"""
write_source('by17.txt', by17, eol=('alternate',))
write_gold('by17', family='wire',
           title='Cierran el puerto de Ensenada a la navegación menor por vientos de Santa Ana',
           date='2020-01-09', bylines=[], source='Bahía Noticias', section='CLIMA',
           body_first_words='La Capitanía de Puerto de Ensenada cerró desde la tarde de este jueves',
           body_last_words='vuelva a los valores normales para la temporada.',
           boilerplate=['Con información de la Capitanía de Puerto de Ensenada y Protección Civil estatal',
                        'Escucha Bahía Noticias de lunes a viernes a las 7:00 a.m. por el 98.7 FM.'],
           must_keep=['Los cruceros y buques de carga mantienen sus operaciones con precaución.',
                      'En la carretera escénica Tijuana-Ensenada se recomendó circular a baja velocidad',
                      'El fenómeno se mantendrá hasta el sábado'])

# ---------------------------------------------------------------- by18 bad (headless CMS export: front matter, empty body key, no body)
by18 = """---
titulo: "Tijuana inaugura ciclovía en la zona Río"
fechaPublicacion: "22/09/2021 10:00 a.m."
autor: Redacción
seccion: Ciudad
publicado: true
cuerpo: ""
---

   
"""
write_source('by18.md', by18, eol='crlf')
write_gold('by18', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) con el campo de cuerpo vacío; no hay texto de la nota.')

# ---------------------------------------------------------------- by19 press (water utility, Tijuana)
by19 = """BOLETÍN INFORMATIVO
COMISIÓN ESTATAL DE SERVICIOS PÚBLICOS DE TIJUANA
CESPT/CS/231/2023

CESPT REHABILITA COLECTOR EN LA ZONA CENTRO ANTES DE LA TEMPORADA DE LLUVIAS

Tijuana, B.C., lunes 10 de julio de 2023.– La Comisión Estatal de Servicios Públicos de Tijuana (CESPT) inició la rehabilitación de 1.8 kilómetros del colector que corre por la avenida Constitución y la calle Segunda, en la Zona Centro, una de las tuberías de drenaje más antiguas de la ciudad.

El colector fue construido hace más de cincuenta años y presenta hundimientos y fracturas que en los últimos inviernos provocaron derrames de aguas residuales en la vía pública. La nueva tubería, de polietileno de alta densidad, tendrá mayor capacidad para conducir el agua de lluvia que se mezcla con el drenaje durante las tormentas.

Los trabajos se realizarán por tramos y en horario nocturno, de 10:00 p.m. a 6:00 a.m., para reducir las afectaciones al comercio y a la circulación. La CESPT coordinará con la Dirección de Tránsito los cierres parciales de carriles, que se anunciarán con anticipación.

El director general del organismo informó que la obra tiene una inversión de 46 millones de pesos y que deberá concluir en noviembre, antes de que comiencen las lluvias invernales. "Queremos que este invierno no se repitan las imágenes de drenaje brotando en las calles del centro", señaló.

La CESPT pidió a la ciudadanía no arrojar basura ni grasa a las coladeras, ya que son la principal causa de taponamientos en la red de alcantarillado.

* * *

#CESPTInforma
Unidad de Comunicación Social
Tel. 664 555 0311
"""
write_source('by19.md', by19, eol='crlf', bom=True)
write_gold('by19', family='press_release',
           title='CESPT REHABILITA COLECTOR EN LA ZONA CENTRO ANTES DE LA TEMPORADA DE LLUVIAS',
           date='2023-07-10', source='COMISIÓN ESTATAL DE SERVICIOS PÚBLICOS DE TIJUANA',
           bulletin_number='CESPT/CS/231/2023',
           issuer='COMISIÓN ESTATAL DE SERVICIOS PÚBLICOS DE TIJUANA',
           dateline_city='Tijuana',
           body_first_words='La Comisión Estatal de Servicios Públicos de Tijuana (CESPT) inició',
           body_last_words='la principal causa de taponamientos en la red de alcantarillado.',
           boilerplate=['BOLETÍN INFORMATIVO', 'CESPT/CS/231/2023',
                        'Tijuana, B.C., lunes 10 de julio de 2023.–', '* * *', '#CESPTInforma',
                        'Unidad de Comunicación Social', 'Tel. 664 555 0311'],
           must_keep=['El colector fue construido hace más de cincuenta años y presenta hundimientos y fracturas que en los últimos inviernos provocaron derrames de aguas residuales en la vía pública.',
                      'Los trabajos se realizarán por tramos y en horario nocturno, de 10:00 p.m. a 6:00 a.m., para reducir las afectaciones al comercio y a la circulación.',
                      '"Queremos que este invierno no se repitan las imágenes de drenaje brotando en las calles del centro", señaló.'])

# ---------------------------------------------------------------- by20 generic (reporter's template exported from a shared document)
by20 = """**NOTA PARA:** Edición dominical

**CABEZA:** Los tejedores de palma de San Ignacio no quieren que su oficio muera

**BALAZO:** Una decena de artesanos mantiene viva la tradición del sombrero de palma en la sierra

**AUTOR:** Gilberto Inzunza Páez

**FOTOS:** Nallely Osuna Ríos

**TEXTO:**

En los portales de las casas de adobe de San Ignacio, en la sierra de Sinaloa, todavía se ve a hombres y mujeres con una tira de palma entre los dedos, trenzando sin mirar mientras platican con los vecinos. Son los últimos tejedores de sombrero de un pueblo que durante décadas vistió a los vaqueros de la región.

La palma se corta en los cerros en la temporada de secas, se pone a blanquear al sol y se guarda en manojos. Con ella se tejen primero las trenzas, que luego se cosen en espiral hasta dar forma a la copa y al ala. Un sombrero fino puede llevar una semana de trabajo.

Don Crispín Zazueta, de 78 años, aprendió el oficio de su abuela. Dice que cuando era joven los arrieros compraban los sombreros por docena para venderlos en Cosalá y en Tayoltita. "Ahora el que viene a comprar es el turista, y se lleva uno para colgarlo en la pared", cuenta con una risa.

Los artesanos venden cada sombrero entre 150 y 400 pesos, un precio que apenas paga el tiempo invertido. Por eso los más jóvenes prefieren irse a trabajar a Mazatlán o a los campos agrícolas del valle de Culiacán.

Un grupo de maestras de la secundaria del pueblo organizó este año un taller para que los alumnos aprendan a tejer. Al principio llegaron cinco; hoy son veintidós. Don Crispín va cada jueves a enseñarles, y dice que algunos ya trenzan mejor que él.

**PIE DE FOTO:** Don Crispín Zazueta teje un sombrero en el portal de su casa. (Foto: Nallely Osuna Ríos)

**OBSERVACIONES:** Verificar con el Ayuntamiento la fecha de la feria. Va con galería de 8 fotos.
"""
write_source('by20.md', by20)
write_gold('by20', family='generic',
           title='Los tejedores de palma de San Ignacio no quieren que su oficio muera',
           bylines=['Gilberto Inzunza Páez'],
           body_first_words='En los portales de las casas de adobe de San Ignacio',
           body_last_words='algunos ya trenzan mejor que él.',
           boilerplate=['**PIE DE FOTO:** Don Crispín Zazueta teje un sombrero en el portal de su casa. (Foto: Nallely Osuna Ríos)',
                        'Verificar con el Ayuntamiento la fecha de la feria.',
                        'Va con galería de 8 fotos.'],
           must_keep=['Un sombrero fino puede llevar una semana de trabajo.',
                      'Al principio llegaron cinco; hoy son veintidós.',
                      'Los artesanos venden cada sombrero entre 150 y 400 pesos, un precio que apenas paga el tiempo invertido.'],
           photo_credit='Nallely Osuna Ríos')
