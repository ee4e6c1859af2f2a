#!/usr/bin/env python3
"""importer-bx, files 11-20."""
from common import write_source, write_gold, mime_qp, NBSP, SHY

# ---------------------------------------------------------------- bx11 wire (regional outlet's WhatsApp group, exported chat, Tab.)
bx11 = """12/3/21 8:14 a. m. - Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos. Toca para obtener más información.
12/3/21 8:14 a. m. - Sureste Hoy: 🔴 *ÚLTIMA HORA*
12/3/21 8:16 a. m. - Sureste Hoy: <Multimedia omitido>
12/3/21 8:16 a. m. - Sureste Hoy: *Se abre socavón de ocho metros en avenida de Villahermosa; no hay lesionados*

_Redacción Sureste Hoy_

Un socavón de aproximadamente ocho metros de diámetro y cuatro de profundidad se abrió la madrugada de este viernes en el carril de baja velocidad de la avenida Paseo Usumacinta, a la altura de la colonia Tabasco 2000, en Villahermosa.

Vecinos reportaron un fuerte estruendo alrededor de las 4:30 de la mañana. Minutos después, un taxi que circulaba por la zona quedó con las llantas delanteras en el borde del hundimiento, aunque el conductor logró salir sin lesiones.

Elementos de Protección Civil municipal y de la Policía Estatal acordonaron el área y cerraron dos carriles en dirección a Ciudad Industrial, lo que provocó filas de varios kilómetros durante la hora pico.

Personal del Sistema de Agua y Saneamiento informó que el hundimiento fue causado por la ruptura de un colector de drenaje de 60 pulgadas que tiene más de cuarenta años de antigüedad. Los trabajos de reparación podrían durar hasta tres semanas.

Las autoridades recomendaron a los automovilistas tomar como vías alternas la avenida Ruiz Cortines y el Periférico Carlos Pellicer Cámara, y pidieron a los peatones no acercarse a la zona acordonada.

Es el tercer socavón que se abre en la capital tabasqueña en lo que va del año.
12/3/21 8:17 a. m. - Sureste Hoy: 👉 Lee la nota completa y mira el video en https://surestehoy.example.mx/2021/03/12/socavon-paseo-usumacinta
12/3/21 8:17 a. m. - Sureste Hoy: 📲 Comparte este grupo con tus contactos y mantente informado: https://chat.whatsapp.example.mx/SuresteHoyEj
"""
write_source('bx11.txt', bx11)
write_gold('bx11', family='wire',
           title='Se abre socavón de ocho metros en avenida de Villahermosa; no hay lesionados',
           date='2021-03-12', bylines=[], source='Sureste Hoy',
           body_first_words='Un socavón de aproximadamente ocho metros de diámetro',
           body_last_words='en lo que va del año.',
           boilerplate=['Los mensajes y las llamadas están cifrados de extremo a extremo.',
                        'ÚLTIMA HORA', '<Multimedia omitido>',
                        'Lee la nota completa y mira el video en https://surestehoy.example.mx/2021/03/12/socavon-paseo-usumacinta',
                        'Comparte este grupo con tus contactos y mantente informado: https://chat.whatsapp.example.mx/SuresteHoyEj'],
           must_keep=['Minutos después, un taxi que circulaba por la zona quedó con las llantas delanteras en el borde del hundimiento, aunque el conductor logró salir sin lesiones.',
                      'Los trabajos de reparación podrían durar hasta tres semanas.',
                      'Es el tercer socavón que se abre en la capital tabasqueña en lo que va del año.'])

# ---------------------------------------------------------------- bx12 press (municipality, raw e-mail, quoted-printable, Q. Roo)
hdr12 = """Return-Path: <comunicacion@fcp-qroo.example.mx>
Received: from mail.fcp-qroo.example.mx (mail.fcp-qroo.example.mx [192.0.2.41])
\tby mx.noticiasdelsur.example.mx with ESMTPS id 4HZ3k21xQwz9
\tfor <redaccion@noticiasdelsur.example.mx>; Thu, 21 Oct 2021 17:48:05 -0500
Message-ID: <20211021224803.7731@fcp-qroo.example.mx>
Date: Thu, 21 Oct 2021 17:48:03 -0500
From: =?UTF-8?Q?Comunicaci=C3=B3n_Social_FCP?= <comunicacion@fcp-qroo.example.mx>
To: redaccion@noticiasdelsur.example.mx
Subject: =?UTF-8?Q?Bolet=C3=ADn_245_-_Milperos_reciben_semilla_de_ma=C3=ADz_nativo?=
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable
"""
body12 = """H. Ayuntamiento de Felipe Carrillo Puerto
Administración 2021-2024
Boletín No. 245/2021

Milperos de Felipe Carrillo Puerto reciben semilla de maíz nativo para el próximo ciclo

Felipe Carrillo Puerto, Quintana Roo, a 21 de octubre de 2021.- Un total de 640 milperos de 38 comunidades mayas del municipio recibieron este jueves semilla de maíz nativo, frijol y calabaza para sembrar en el ciclo primavera-verano, como parte de un programa que busca conservar las variedades que las familias han cultivado durante generaciones.

La semilla fue reunida por el propio Ayuntamiento en las comunidades de Tihosuco, Señor, Tixcacal Guardia y Chunhuhub, donde los productores guardan todavía variedades como el xmejen nal (maíz de ciclo corto), que se cosecha en menos de tres meses y resiste mejor la sequía.

Durante la entrega, que se realizó en la explanada del palacio municipal, el jmeen (sacerdote maya) Felipe Chi Yam ofreció una ceremonia de agradecimiento. En su mensaje en maya pidió a los jóvenes no abandonar la milpa: «Le kool ku tséentik le kaajo'», dijo, y él mismo lo tradujo: «La milpa es la que alimenta al pueblo».

El director de Desarrollo Rural, ingeniero Manuel Dzib Pat, explicó que cada productor recibió 20 kilos de maíz y que a cambio se compromete a devolver la misma cantidad después de la cosecha, para formar un banco comunitario de semillas.

El Ayuntamiento informó que en noviembre se realizará una feria de semillas nativas en la cabecera municipal, donde los productores podrán intercambiar variedades y conocer técnicas para almacenarlas sin químicos.

-30-

Coordinación General de Comunicación Social
Tel. 983 555 0176
comunicacion@fcp-qroo.example.mx
"""
write_source('bx12.txt', raw=mime_qp(hdr12, body12))
ISS12 = 'H. Ayuntamiento de Felipe Carrillo Puerto'
write_gold('bx12', family='press_release',
           title='Milperos de Felipe Carrillo Puerto reciben semilla de maíz nativo para el próximo ciclo',
           date='2021-10-21', source=ISS12, bulletin_number='245/2021', issuer=ISS12,
           dateline_city='Felipe Carrillo Puerto',
           body_first_words='Un total de 640 milperos de 38 comunidades mayas del municipio',
           body_last_words='conocer técnicas para almacenarlas sin químicos.',
           boilerplate=['Return-Path: <comunicacion@fcp-qroo.example.mx>',
                        'Message-ID: <20211021224803.7731@fcp-qroo.example.mx>',
                        'Content-Transfer-Encoding: quoted-printable',
                        'Administración 2021-2024', 'Boletín No. 245/2021',
                        'Felipe Carrillo Puerto, Quintana Roo, a 21 de octubre de 2021.-', '-30-',
                        'Coordinación General de Comunicación Social', 'Tel. 983 555 0176',
                        'comunicacion@fcp-qroo.example.mx'],
           must_keep=['La semilla fue reunida por el propio Ayuntamiento en las comunidades de Tihosuco, Señor, Tixcacal Guardia y Chunhuhub',
                      '«Le kool ku tséentik le kaajo\'», dijo, y él mismo lo tradujo: «La milpa es la que alimenta al pueblo».',
                      'para formar un banco comunitario de semillas.'])

# ---------------------------------------------------------------- bx13 jekyll (culture blog, offset date near midnight, draft, Tab.)
bx13 = """---
layout: post
title: "El cacao de la Chontalpa vuelve a las mesas de Villahermosa"
date: 2019-11-01T23:40:00-06:00
draft: true
author: Lucía Priego Zurita
category: Cultura
tags: [cacao, Comalcalco, Cunduacán]
excerpt: "Pequeñas chocolaterías rescatan recetas de las haciendas cacaoteras."
site_title: Cuadernos del Grijalva
---

En los últimos dos años han abierto en Villahermosa al menos nueve chocolaterías que trabajan con cacao de Comalcalco, Cunduacán y Cárdenas, y que ofrecen desde el tradicional pozol de cacao hasta tabletas con chile amashito o con pimienta de Tabasco.

Detrás de muchas de ellas hay familias que durante décadas vendieron el grano seco a intermediarios por unos cuantos pesos el kilo. Ahora fermentan y tuestan el cacao en sus propias haciendas y lo venden directamente, a un precio hasta cinco veces mayor.

Carmen Olán Jiménez, que heredó de su abuelo una plantación de cuatro hectáreas en la ranchería Cupilco, recuerda que de niña el chocolate se molía en metate para preparar la bebida de los domingos. “Lo que hacemos ahora es lo mismo, sólo que con mejores máquinas y con más cuidado en la fermentación”, dice.

El auge ha llegado también a los restaurantes del centro, que incluyen en sus menús platillos con cacao como el pato en salsa de chocolate o el dulce de cacao con coco, recetas que las cocineras de la Chontalpa conservaban sólo para las fiestas patronales.

Los productores reconocen, sin embargo, que la moniliasis, una enfermedad que pudre las mazorcas, sigue siendo su principal amenaza. Algunas cooperativas trabajan con técnicos agrícolas para renovar las plantaciones con árboles más resistentes sin perder el sabor del cacao criollo.
"""
write_source('bx13.md', bx13)
write_gold('bx13', family='jekyll',
           title='El cacao de la Chontalpa vuelve a las mesas de Villahermosa',
           date='2019-11-01', published=False, bylines=['Lucía Priego Zurita'],
           source='Cuadernos del Grijalva', section='Cultura',
           body_first_words='En los últimos dos años han abierto en Villahermosa',
           body_last_words='sin perder el sabor del cacao criollo.',
           must_keep=['Ahora fermentan y tuestan el cacao en sus propias haciendas y lo venden directamente, a un precio hasta cinco veces mayor.',
                      '“Lo que hacemos ahora es lo mismo, sólo que con mejores máquinas y con más cuidado en la fermentación”, dice.',
                      'Los productores reconocen, sin embargo, que la moniliasis, una enfermedad que pudre las mazorcas, sigue siendo su principal amenaza.'])

# ---------------------------------------------------------------- bx14 generic (classic-Mac note: MacRoman, CR line ends, setext title)
bx14 = """Apuntes sobre la jarana: el baile de las vaquerías yucatecas
=============================================================

La jarana es el baile tradicional de Yucatán y se escucha sobre todo en las vaquerías, las fiestas que acompañan a los gremios y a las corridas de toros de los pueblos. Su nombre viene, según algunos cronistas, de la palabra con que los españoles llamaban a las fiestas populares y ruidosas.

Se baila en parejas que no se tocan, frente a frente, con los brazos levantados a la altura de los hombros. Los pies marcan el zapateado mientras el torso permanece casi inmóvil. En los momentos de mayor destreza, las bailarinas sostienen una charola con botellas o un vaso de agua sobre la cabeza sin derramar una gota.

Las mujeres bailan con el terno, el traje de gala formado por el fustán, el hipil y el doble, bordados en punto de cruz, y con rebozo de Santa María. Los hombres visten guayabera o filipina blanca, pantalón blanco, alpargatas y sombrero de jipi.

La orquesta jaranera tiene clarinetes, trompetas, trombón, güiro, timbales y contrabajo. Cuando la música se interrumpe y alguien grita “¡bomba!”, el baile se detiene y un bailador recita unos versos pícaros dedicados a su pareja, que casi siempre provocan risas y aplausos.

Para el programa conviene grabar una vaquería completa, desde la llegada de la orquesta hasta el torito final, y entrevistar a las señoras que bordan los ternos en Tekit y en Hocabá.
"""
write_source('bx14.txt', bx14, enc='mac_roman', eol='cr')
write_gold('bx14', family='generic',
           title='Apuntes sobre la jarana: el baile de las vaquerías yucatecas',
           body_first_words='La jarana es el baile tradicional de Yucatán',
           body_last_words='que bordan los ternos en Tekit y en Hocabá.',
           must_keep=['Se baila en parejas que no se tocan, frente a frente, con los brazos levantados a la altura de los hombros.',
                      'Cuando la música se interrumpe y alguien grita “¡bomba!”, el baile se detiene y un bailador recita unos versos pícaros dedicados a su pareja, que casi siempre provocan risas y aplausos.',
                      'Los hombres visten guayabera o filipina blanca, pantalón blanco, alpargatas y sombrero de jipi.'])

# ---------------------------------------------------------------- bx15 wire (Cancún daily web, byline and date at the foot)
bx15 = """Turismo

Hoteleros de Cancún advierten escasez de agua en la zona hotelera en plena temporada alta

Al menos 18 hoteles de la zona hotelera de Cancún reportaron en los últimos diez días baja presión o cortes en el suministro de agua potable, justo cuando la ocupación supera el 85 por ciento por la llegada de turistas de Estados Unidos y Canadá, informó la asociación que agrupa a los hoteleros del destino.

Según los gerentes, los cortes ocurren sobre todo por la noche y en la madrugada, y obligan a los hoteles a comprar pipas para llenar sus cisternas. Algunos establecimientos pequeños del bulevar Kukulcán han tenido que cerrar temporalmente albercas y áreas de spa.

La concesionaria del servicio explicó que los problemas se deben a fallas en dos pozos de la zona de captación y a trabajos de sustitución de una línea de conducción. Aseguró que el abasto se normalizará antes del 20 de diciembre. Te recomendamos: Cancún espera 1.5 millones de visitantes en vacaciones de invierno

Vecinos de las supermanzanas cercanas al centro también se han quejado de la falta de agua, y algunos denunciaron en redes sociales que el servicio llega primero a los hoteles. La autoridad estatal del agua negó que exista un trato preferente y pidió a la población reportar las fallas al número de atención ciudadana.

Especialistas de la región han advertido desde hace años que el crecimiento de la infraestructura turística en el norte de Quintana Roo no ha ido acompañado de inversiones suficientes en el sistema de agua y drenaje.

Texto: Julio César Cab Alcocer
Fotos: Especial
Publicado el 14 de diciembre de 2022 a las 08:30
Síguenos en X e Instagram como @HeraldoCaribeEj
El Heraldo del Caribe · Todos los derechos reservados
"""
write_source('bx15.txt', bx15, eol=('alternate',))
write_gold('bx15', family='wire',
           title='Hoteleros de Cancún advierten escasez de agua en la zona hotelera en plena temporada alta',
           date='2022-12-14', bylines=['Julio César Cab Alcocer'], source='El Heraldo del Caribe',
           section='Turismo',
           body_first_words='Al menos 18 hoteles de la zona hotelera de Cancún',
           body_last_words='inversiones suficientes en el sistema de agua y drenaje.',
           boilerplate=['Te recomendamos: Cancún espera 1.5 millones de visitantes en vacaciones de invierno',
                        'Texto: Julio César Cab Alcocer', 'Fotos: Especial',
                        'Publicado el 14 de diciembre de 2022 a las 08:30',
                        'Síguenos en X e Instagram como @HeraldoCaribeEj',
                        'El Heraldo del Caribe · Todos los derechos reservados'],
           must_keep=['Aseguró que el abasto se normalizará antes del 20 de diciembre.',
                      'Algunos establecimientos pequeños del bulevar Kukulcán han tenido que cerrar temporalmente albercas y áreas de spa.',
                      'La autoridad estatal del agua negó que exista un trato preferente y pidió a la población reportar las fallas al número de atención ciudadana.'],
           photo_credit='Especial')

# ---------------------------------------------------------------- bx16 press (municipality, Tsotsil glosses, Chis.)
bx16 = """H. AYUNTAMIENTO MUNICIPAL CONSTITUCIONAL DE SAN CRISTÓBAL DE LAS CASAS
COORDINACIÓN DE COMUNICACIÓN SOCIAL
Comunicado 071/2024

Instalan señalética bilingüe en español y tsotsil en los mercados de San Cristóbal

San Cristóbal de Las Casas, Chiapas; 7 de marzo de 2024.- El Ayuntamiento Municipal instaló 180 letreros bilingües, en español y en tsotsil, en los mercados José Castillo Tielemans, Norte y del barrio de Santa Lucía, con el fin de facilitar la orientación de las y los compradores y vendedores que llegan de los municipios de Los Altos.

Los letreros indican la ubicación de los pasillos, los sanitarios, las salidas de emergencia y las oficinas de administración. Incluyen además frases de cortesía como K'uxi avo'onton (saludo que literalmente pregunta "¿cómo está tu corazón?") y Kolaval (gracias).

La traducción estuvo a cargo de un grupo de maestras y maestros bilingües de Chamula, Zinacantán y Chenalhó, quienes revisaron cada palabra con locatarias de los propios mercados para que los textos se entendieran en las distintas variantes de la lengua.

La directora de Mercados, licenciada Martha Gómez Hernández, informó que más de la mitad de las personas que venden en los mercados de la ciudad son hablantes de tsotsil o tseltal. "Muchas señoras nos decían que no sabían a qué oficina acudir para pagar su piso o presentar una queja", explicó.

En una segunda etapa, el Ayuntamiento prevé colocar letreros en tseltal y capacitar al personal de los mercados en frases básicas de ambas lenguas.

---000---

Coordinación de Comunicación Social
Tel. 967 555 0318 | comunicacion@sancristobal-chis.example.mx
"""
write_source('bx16.md', bx16)
ISS16 = 'H. AYUNTAMIENTO MUNICIPAL CONSTITUCIONAL DE SAN CRISTÓBAL DE LAS CASAS'
write_gold('bx16', family='press_release',
           title='Instalan señalética bilingüe en español y tsotsil en los mercados de San Cristóbal',
           date='2024-03-07', source=ISS16, bulletin_number='071/2024', issuer=ISS16,
           dateline_city='San Cristóbal de Las Casas',
           body_first_words='El Ayuntamiento Municipal instaló 180 letreros bilingües',
           body_last_words='en frases básicas de ambas lenguas.',
           boilerplate=['COORDINACIÓN DE COMUNICACIÓN SOCIAL', 'Comunicado 071/2024',
                        'San Cristóbal de Las Casas, Chiapas; 7 de marzo de 2024.-', '---000---',
                        'Tel. 967 555 0318 | comunicacion@sancristobal-chis.example.mx'],
           must_keep=['Incluyen además frases de cortesía como K\'uxi avo\'onton (saludo que literalmente pregunta "¿cómo está tu corazón?") y Kolaval (gracias).',
                      '"Muchas señoras nos decían que no sabían a qué oficina acudir para pagar su piso o presentar una queja", explicó.',
                      'En una segunda etapa, el Ayuntamiento prevé colocar letreros en tseltal y capacitar al personal de los mercados en frases básicas de ambas lenguas.'])

# ---------------------------------------------------------------- bx17 jekyll (YAML closed with "...", Spanish date, CRLF, Camp.)
bx17 = """---
title: Los baluartes de Campeche se iluminan para el Festival de Otoño
date: 5 de octubre de 2022
author: Hilda Ehuán Cauich
categories: [Cultura]
tags:
  - baluartes
  - centro histórico
site_title: Bitácora Campechana
...

Los siete baluartes que sobreviven de la antigua muralla de San Francisco de Campeche lucen desde el pasado fin de semana una nueva iluminación escénica, que se estrenó con la inauguración del Festival de Otoño y que podrá verse todas las noches hasta diciembre.

El recorrido comienza en el baluarte de San Carlos, frente al mar, y sigue por la calle 8 hasta el de Santiago, donde se encuentra el jardín botánico. En cada uno, los visitantes pueden escuchar una breve narración grabada sobre los ataques de piratas que obligaron a fortificar la ciudad en el siglo XVII.

La primera noche, cientos de familias caminaron por el circuito de la muralla con los teléfonos en alto. Muchos campechanos dijeron que era la primera vez que subían a los baluartes desde que eran niños, cuando las escuelas organizaban visitas guiadas.

El programa del festival incluye conciertos de la orquesta sinfónica del estado, presentaciones de jarana y funciones de teatro en el patio del baluarte de la Soledad. Las actividades son gratuitas y comienzan a las siete de la noche.

Los comerciantes del centro histórico esperan que el festival atraiga a turistas de Mérida y de Ciudad del Carmen en los fines de semana largos de octubre y noviembre, una temporada en la que las ventas suelen caer.
"""
write_source('bx17.md', bx17, eol='crlf')
write_gold('bx17', family='jekyll',
           title='Los baluartes de Campeche se iluminan para el Festival de Otoño',
           date='2022-10-05', bylines=['Hilda Ehuán Cauich'], source='Bitácora Campechana',
           section='Cultura',
           body_first_words='Los siete baluartes que sobreviven de la antigua muralla',
           body_last_words='una temporada en la que las ventas suelen caer.',
           must_keep=['La primera noche, cientos de familias caminaron por el circuito de la muralla con los teléfonos en alto.',
                      'Las actividades son gratuitas y comienzan a las siete de la noche.',
                      'En cada uno, los visitantes pueden escuchar una breve narración grabada sobre los ataques de piratas que obligaron a fortificar la ciudad en el siglo XVII.'])

# ---------------------------------------------------------------- bx18 wire (print archive, text from a scanned page, Camp.)
bx18 = """LA VOZ DEL GOLFO          Ciudad del Carmen, Campeche, miércoles 3 de septiembre de 2008          4A
LOCAL

Pescadores de Isla Aguada exigen el dragado de la bocana

Por Gregorio Pech Mex / La Voz del Golfo

Pescadores de la villa de Isla Aguada mantuvieron ayer durante cinco horas un plantón
frente a la capitanía de puerto para exigir el dragado de la bocana de Puerto Real,
que desde hace meses impide la salida de las embarcaciones cuando baja la marea.

De acuerdo con los dirigentes de las cuatro cooperativas de la villa, al menos 90
lanchas han encallado desde enero en los bancos de arena que se forman en la entrada
de la Laguna de Términos. Dos de ellas perdieron el motor y una más se partió por la
mitad.

“Cada vez que salimos a pescar nos jugamos la lancha; así no se puede trabajar”,
dijo Jacinto Ek Caamal, pescador desde hace treinta años, quien recordó que el último
dragado se hizo en 2004.

                                                               PASA A LA 6A
\f6A          LA VOZ DEL GOLFO          Miércoles 3 de septiembre de 2008
ISLA AGUADA
VIENE DE LA 4A

Los inconformes explicaron que la falta de dragado también afecta la entrada de agua
de mar a la laguna, lo que ha reducido la captura de camarón y de jaiba en la zona.
Según sus cálculos, las cooperativas han perdido en lo que va del año la mitad de sus
ingresos.

El capitán de puerto recibió a una comisión de pescadores y se comprometió a gestio-
nar ante las autoridades federales una visita técnica para evaluar los trabajos. Los
pescadores advirtieron que, si no reciben una respuesta antes de que termine el mes,
bloquearán el puente que comunica a Isla Aguada con Ciudad del Carmen.
"""
write_source('bx18.txt', bx18)
write_gold('bx18', family='wire',
           title='Pescadores de Isla Aguada exigen el dragado de la bocana',
           date='2008-09-03', bylines=['Gregorio Pech Mex'], source='La Voz del Golfo',
           section='LOCAL',
           body_first_words='Pescadores de la villa de Isla Aguada mantuvieron ayer',
           body_last_words='que comunica a Isla Aguada con Ciudad del Carmen.',
           boilerplate=['LA VOZ DEL GOLFO          Ciudad del Carmen, Campeche, miércoles 3 de septiembre de 2008          4A',
                        'PASA A LA 6A', '6A          LA VOZ DEL GOLFO          Miércoles 3 de septiembre de 2008',
                        'ISLA AGUADA', 'VIENE DE LA 4A'],
           must_keep=['Dos de ellas perdieron el motor y una más se partió por la',
                      '“Cada vez que salimos a pescar nos jugamos la lancha; así no se puede trabajar”,',
                      'Según sus cálculos, las cooperativas han perdido en lo que va del año la mitad de sus'])

# ---------------------------------------------------------------- bx19 press (state civil protection institute, Tab.)
bx19 = """GOBIERNO DE TABASCO
Instituto de Protección Civil del Estado de Tabasco
Boletín 1102 | Villahermosa, Tabasco, 28 de septiembre de 2023

Protección Civil instala 120 albergues temporales ante el pronóstico de frentes fríos y lluvias

El Instituto de Protección Civil del Estado de Tabasco (IPCET) informó que tiene listos 120 refugios temporales en los 17 municipios de la entidad, con capacidad para atender a cerca de 30 mil personas, ante el inicio de la temporada de frentes fríos y las lluvias intensas que se esperan en octubre y noviembre.

Los albergues se habilitarán en escuelas, centros de desarrollo comunitario y auditorios municipales, principalmente en Centro, Nacajuca, Jalpa de Méndez, Centla y Macuspana, donde históricamente se registra el mayor número de viviendas afectadas por desbordamientos.

El coordinador del IPCET, Luis Alberto Sastré Magaña, explicó que cada refugio cuenta con un responsable, un inventario de colchonetas, cobijas, agua y alimentos, y una ruta de evacuación previamente revisada con las autoridades locales. "Lo más importante es que la gente sepa a dónde ir antes de que suba el agua, y no esperar a que la corriente llegue a su casa", señaló.

El Instituto pidió a la población ubicar el albergue más cercano a su domicilio en la página oficial del gobierno del estado o preguntando a su delegado municipal, y tener a la mano una mochila con documentos personales, medicamentos, lámpara y ropa de cambio.

Asimismo, recordó que durante las lluvias no se deben cruzar calles o caminos inundados, ni a pie ni en vehículo, porque la corriente puede arrastrar a las personas aunque el nivel del agua parezca bajo.

FIN

Síguenos en redes sociales: @IPCETabascoEj
Teléfono de emergencias: 911
"""
write_source('bx19.txt', bx19, eol='crlf')
ISS19 = 'Instituto de Protección Civil del Estado de Tabasco'
write_gold('bx19', family='press_release',
           title='Protección Civil instala 120 albergues temporales ante el pronóstico de frentes fríos y lluvias',
           date='2023-09-28', source=ISS19, bulletin_number='1102', issuer=ISS19,
           dateline_city='Villahermosa',
           body_first_words='El Instituto de Protección Civil del Estado de Tabasco (IPCET) informó',
           body_last_words='aunque el nivel del agua parezca bajo.',
           boilerplate=['GOBIERNO DE TABASCO', 'Boletín 1102 | Villahermosa, Tabasco, 28 de septiembre de 2023',
                        'FIN', 'Síguenos en redes sociales: @IPCETabascoEj', 'Teléfono de emergencias: 911'],
           must_keep=['con capacidad para atender a cerca de 30 mil personas',
                      '"Lo más importante es que la gente sepa a dónde ir antes de que suba el agua, y no esperar a que la corriente llegue a su casa", señaló.',
                      'Asimismo, recordó que durante las lluvias no se deben cruzar calles o caminos inundados, ni a pie ni en vehículo'])

# ---------------------------------------------------------------- bx20 bad (front matter; body is only an excerpt marker)
bx20 = """---
layout: post
title: "Reabren la zona arqueológica de Edzná tras los trabajos de mantenimiento"
date: 2017-02-20 09:00:00 -0600
author: Redacción
categories: [Portada, Cultura]
---

<!--more-->

"""
write_source('bx20.md', bx20)
write_gold('bx20', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) y un marcador de resumen <!--more-->; no tiene cuerpo de texto.')
