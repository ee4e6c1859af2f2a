#!/usr/bin/env python3
"""importer-cd, files 11-20."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- cd11 press (state prosecutor, e-mail body)
cd11 = """De: Comunicación Social FGE Sinaloa <comunicacion@fgesinaloa.example.mx>
Enviado: martes, 6 de julio de 2021 13:05
Para: Lista Medios Culiacán
Asunto: Boletín 318 - Vinculan a proceso a dos por homicidio en Navolato

FISCALÍA GENERAL DEL ESTADO DE SINALOA
Boletín 318

Culiacán, Sinaloa, 6 de julio de 2021.

VINCULAN A PROCESO A DOS IMPUTADOS POR EL HOMICIDIO DE UN JORNALERO EN NAVOLATO

La Fiscalía General del Estado de Sinaloa informa que un Juez de Control del Distrito Judicial de Culiacán vinculó a proceso a Cristian Omar “N” y a Luis Fernando “N”, por su probable participación en el delito de homicidio calificado cometido en perjuicio de un jornalero agrícola de 42 años.

Los hechos ocurrieron la noche del 19 de junio en el campo agrícola conocido como El Bledal, en la sindicatura de Juan Aldama, municipio de Navolato, donde la víctima fue agredida con un arma punzocortante tras una discusión durante una reunión.

Con base en los datos de prueba aportados por el Ministerio Público, entre ellos testimonios de compañeros de trabajo y el dictamen de necropsia, el juzgador determinó que existen elementos suficientes para continuar con el proceso penal.

Como medida cautelar se impuso a ambos imputados la prisión preventiva oficiosa, y se otorgó un plazo de dos meses para el cierre de la investigación complementaria.

La Fiscalía General del Estado reitera su compromiso de investigar y llevar ante la justicia a los responsables de los delitos que afectan a la sociedad sinaloense, y pone a disposición de la ciudadanía la línea de denuncia anónima 089.

---o0o---

Unidad de Comunicación Social
Fiscalía General del Estado de Sinaloa
Tel. 667 555 0133
--
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información reservada.
"""
write_source('cd11.txt', cd11, enc='cp1252', eol='crlf')
write_gold('cd11', family='press_release',
           title='VINCULAN A PROCESO A DOS IMPUTADOS POR EL HOMICIDIO DE UN JORNALERO EN NAVOLATO',
           date='2021-07-06', source='FISCALÍA GENERAL DEL ESTADO DE SINALOA',
           bulletin_number='318', issuer='FISCALÍA GENERAL DEL ESTADO DE SINALOA',
           dateline_city='Culiacán',
           body_first_words='La Fiscalía General del Estado de Sinaloa informa que un Juez de Control',
           body_last_words='la línea de denuncia anónima 089.',
           boilerplate=['Asunto: Boletín 318 - Vinculan a proceso a dos por homicidio en Navolato',
                        'Boletín 318', 'Culiacán, Sinaloa, 6 de julio de 2021.', '---o0o---',
                        'Unidad de Comunicación Social', 'Tel. 667 555 0133',
                        'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de su destinatario y pueden contener información reservada.'],
           must_keep=['Como medida cautelar se impuso a ambos imputados la prisión preventiva oficiosa, y se otorgó un plazo de dos meses para el cierre de la investigación complementaria.',
                      'Los hechos ocurrieron la noche del 19 de junio en el campo agrícola conocido como El Bledal, en la sindicatura de Juan Aldama, municipio de Navolato, donde la víctima fue agredida con un arma punzocortante tras una discusión durante una reunión.',
                      'el juzgador determinó que existen elementos suficientes para continuar con el proceso penal.'])

# ---------------------------------------------------------------- cd12 press (state water utility, UTF-16 BE)
cd12 = """GOBIERNO DEL ESTADO DE BAJA CALIFORNIA
COMISIÓN ESTATAL DE SERVICIOS PÚBLICOS DE TIJUANA
Comunicado CESPT-DCS-214/2022

Anuncia CESPT suspensión de 36 horas en el servicio de agua para 80 colonias del este de Tijuana

Tijuana, B.C., 25 de octubre de 2022.- La Comisión Estatal de Servicios Públicos de Tijuana (CESPT) informa que el próximo sábado 29 de octubre, a partir de las 6:00 horas, se suspenderá el suministro de agua potable en 80 colonias de las delegaciones La Presa, La Presa Este y Otay Centenario, por trabajos de interconexión en el acueducto Río Colorado-Tijuana.

Los trabajos consisten en la sustitución de una válvula de 42 pulgadas dañada y en la conexión de un nuevo tramo de línea de conducción, lo que permitirá reducir las fugas que se registran en la zona desde el año pasado.

Entre las colonias afectadas se encuentran:

• Villa del Campo
• El Florido
• Mariano Matamoros
• Terrazas del Valle
• Los Valles

El restablecimiento será gradual a partir de las 18:00 horas del domingo 30 de octubre; las colonias de las partes altas podrían tardar hasta 24 horas más en recuperar la presión normal.

La CESPT recomienda a la población almacenar agua en recipientes limpios y tapados, y hacer un uso racional del líquido durante el fin de semana. Se enviarán pipas a hospitales, clínicas y escuelas que lo soliciten.

Para reportar fugas o falta de agua, la ciudadanía puede comunicarse al 073 las 24 horas.

---000---

Departamento de Comunicación Social CESPT
comunicacion@cespt-bc.example.mx
#CESPTInforma
"""
write_source('cd12.txt', cd12, enc='utf-16-be', eol='crlf', bom=True)
write_gold('cd12', family='press_release',
           title='Anuncia CESPT suspensión de 36 horas en el servicio de agua para 80 colonias del este de Tijuana',
           date='2022-10-25', source='COMISIÓN ESTATAL DE SERVICIOS PÚBLICOS DE TIJUANA',
           bulletin_number='CESPT-DCS-214/2022', issuer='COMISIÓN ESTATAL DE SERVICIOS PÚBLICOS DE TIJUANA',
           dateline_city='Tijuana',
           body_first_words='La Comisión Estatal de Servicios Públicos de Tijuana (CESPT) informa',
           body_last_words='puede comunicarse al 073 las 24 horas.',
           boilerplate=['GOBIERNO DEL ESTADO DE BAJA CALIFORNIA', 'Comunicado CESPT-DCS-214/2022',
                        'Tijuana, B.C., 25 de octubre de 2022.-', '---000---',
                        'Departamento de Comunicación Social CESPT', 'comunicacion@cespt-bc.example.mx',
                        '#CESPTInforma'],
           must_keep=['Se enviarán pipas a hospitales, clínicas y escuelas que lo soliciten.',
                      'Para reportar fugas o falta de agua, la ciudadanía puede comunicarse al 073 las 24 horas.',
                      'Terrazas del Valle'])

# ---------------------------------------------------------------- cd13 press (fishing cooperative, forwarded by a reporter)
cd13 = """Va el boletín de la coope de Kino, me lo mandaron ayer en la noche. Dicen que el viernes dan rueda de prensa en el muelle.
Saludos,
Beto

---------- Forwarded message ---------
From: Coop. Brisas de Kino <brisasdekino.coop@correo.example.mx>
Date: Tue, Mar 22, 2022 at 9:14 AM
Subject: Boletín cierre de temporada jaiba
To: <alberto.ruelas@redaccion-hmo.example.mx>


SOCIEDAD COOPERATIVA DE PRODUCCIÓN PESQUERA BRISAS DE KINO S.C. DE R.L. DE C.V.
BOLETÍN INFORMATIVO No. 14/2022

Bahía de Kino, Hermosillo, Sonora, a 21 de marzo de 2022.

COOPERATIVA DE BAHÍA DE KINO CIERRA TEMPORADA DE JAIBA CON LA MEJOR CAPTURA EN SEIS AÑOS

Los 84 socios de la Sociedad Cooperativa Brisas de Kino concluimos la temporada de jaiba 2021-2022 con una captura de 312 toneladas, la más alta desde 2016, gracias al respeto de las tallas mínimas y a la vigilancia comunitaria que hacemos desde hace tres años en el estero de Santa Cruz.

La cooperativa cuenta con la certificación de pesca sustentable para la jaiba azul, lo que nos permite vender a la planta procesadora de Hermosillo a mejor precio. Este año el kilo se pagó en promedio a 38 pesos, cinco más que la temporada anterior, y casi toda la producción se exportó a Estados Unidos.

Durante la veda, que inicia el 1 de abril, los socios participaremos en la limpieza de trampas y en el retiro de redes fantasma del fondo del estero, con apoyo de la Comisión Nacional de Acuacultura y Pesca.

Invitamos a los compradores a no adquirir jaiba durante la veda. Quien compra producto pescado fuera de temporada castiga el esfuerzo de las familias que sí cumplimos.

ATENTAMENTE
"Por un mar vivo y trabajo digno"
Consejo de Administración
"""
write_source('cd13.txt', cd13, eol=('mixed', 4))
write_gold('cd13', family='press_release',
           title='COOPERATIVA DE BAHÍA DE KINO CIERRA TEMPORADA DE JAIBA CON LA MEJOR CAPTURA EN SEIS AÑOS',
           date='2022-03-21',
           source='SOCIEDAD COOPERATIVA DE PRODUCCIÓN PESQUERA BRISAS DE KINO S.C. DE R.L. DE C.V.',
           bulletin_number='14/2022',
           issuer='SOCIEDAD COOPERATIVA DE PRODUCCIÓN PESQUERA BRISAS DE KINO S.C. DE R.L. DE C.V.',
           dateline_city='Bahía de Kino',
           body_first_words='Los 84 socios de la Sociedad Cooperativa Brisas de Kino concluimos',
           body_last_words='castiga el esfuerzo de las familias que sí cumplimos.',
           boilerplate=['Va el boletín de la coope de Kino, me lo mandaron ayer en la noche.',
                        'Dicen que el viernes dan rueda de prensa en el muelle.',
                        '---------- Forwarded message ---------',
                        'From: Coop. Brisas de Kino <brisasdekino.coop@correo.example.mx>',
                        'Date: Tue, Mar 22, 2022 at 9:14 AM',
                        'Subject: Boletín cierre de temporada jaiba',
                        'BOLETÍN INFORMATIVO No. 14/2022',
                        'Bahía de Kino, Hermosillo, Sonora, a 21 de marzo de 2022.',
                        'ATENTAMENTE', '"Por un mar vivo y trabajo digno"', 'Consejo de Administración'],
           must_keep=['Este año el kilo se pagó en promedio a 38 pesos, cinco más que la temporada anterior, y casi toda la producción se exportó a Estados Unidos.',
                      'Invitamos a los compradores a no adquirir jaiba durante la veda.',
                      'La cooperativa cuenta con la certificación de pesca sustentable para la jaiba azul, lo que nos permite vender a la planta procesadora de Hermosillo a mejor precio.'])

# ---------------------------------------------------------------- cd14 press (municipality, Los Cabos, BOM + CRLF)
cd14 = """GOBIERNO MUNICIPAL DE LOS CABOS
XIV AYUNTAMIENTO 2021-2024
Dirección Municipal de Comunicación Social
Boletín No. 1187/2023

Arranca limpieza de arroyos en San José del Cabo tras el paso del huracán Norma

San José del Cabo, B.C.S., a 9 de noviembre de 2023.- Con maquinaria pesada y cuadrillas de las direcciones de Servicios Públicos y de Protección Civil, el Gobierno Municipal de Los Cabos inició este jueves la limpieza de los arroyos San José, El Zacatal y La Cañada, donde el huracán Norma dejó acumulados troncos, escombro y basura que representan un riesgo ante nuevas lluvias.

Los trabajos se realizarán por tramos durante tres semanas y contemplan el retiro de alrededor de 12 mil metros cúbicos de material. Las autoridades pidieron a la población no cruzar los cauces mientras las máquinas estén operando y respetar los cierres señalizados.

El director municipal de Protección Civil, Isidro Geraldo Amador, explicó que la prioridad son los vados de las colonias Vista Hermosa, Las Veredas y Santa Rosa, que quedaron incomunicadas durante dos días. “Si vuelve a llover fuerte y los arroyos siguen tapados, el agua se va a meter otra vez a las casas”, advirtió.

Como parte del programa, el municipio recibirá en los centros de acopio colchones, muebles y aparatos dañados por la tormenta, que serán trasladados al relleno sanitario sin costo para las familias.

La ciudadanía puede reportar acumulación de basura en arroyos al número de atención 624 555 0190.

* * *

#GobiernoDeLosCabos #LosCabosSeReconstruye
Facebook: Gobierno de Los Cabos (ejemplo) | X: @LosCabosGobEj
"""
write_source('cd14.txt', cd14, eol='crlf', bom=True)
write_gold('cd14', family='press_release',
           title='Arranca limpieza de arroyos en San José del Cabo tras el paso del huracán Norma',
           date='2023-11-09', source='GOBIERNO MUNICIPAL DE LOS CABOS',
           bulletin_number='1187/2023', issuer='GOBIERNO MUNICIPAL DE LOS CABOS',
           dateline_city='San José del Cabo',
           body_first_words='Con maquinaria pesada y cuadrillas de las direcciones de Servicios Públicos',
           body_last_words='al número de atención 624 555 0190.',
           boilerplate=['XIV AYUNTAMIENTO 2021-2024', 'Dirección Municipal de Comunicación Social',
                        'Boletín No. 1187/2023', 'San José del Cabo, B.C.S., a 9 de noviembre de 2023.-',
                        '* * *', '#GobiernoDeLosCabos #LosCabosSeReconstruye',
                        'Facebook: Gobierno de Los Cabos (ejemplo) | X: @LosCabosGobEj'],
           must_keep=['Los trabajos se realizarán por tramos durante tres semanas y contemplan el retiro de alrededor de 12 mil metros cúbicos de material.',
                      '“Si vuelve a llover fuerte y los arroyos siguen tapados, el agua se va a meter otra vez a las casas”, advirtió.',
                      'La ciudadanía puede reportar acumulación de basura en arroyos al número de atención 624 555 0190.'])

# ---------------------------------------------------------------- cd15 press (border city, copied from a Facebook post)
cd15 = """H. Ayuntamiento de Nogales
12 de octubre de 2020 a las 14:31 · 🌎

📢 COMUNICADO 245/2020 📢

🚧 Cierran por obras el cruce de avenida Obregón y calle Elías Calles durante tres semanas 🚧

Heroica Nogales, Sonora; 12 de octubre de 2020.- A partir de este martes 13 de octubre permanecerá cerrado a la circulación vehicular el cruce de la avenida Álvaro Obregón y la calle Plutarco Elías Calles, en el centro de la ciudad, por los trabajos de sustitución del colector pluvial que realiza el Ayuntamiento de Nogales.

La obra busca terminar con las inundaciones que cada temporada de monzón afectan a los comercios de la zona, cuando el agua que baja de los cerros se acumula frente a los locales y llega hasta la línea internacional.

Los automovilistas que se dirijan a la garita DeConcini deberán tomar como vía alterna la calle Internacional o el periférico Luis Donaldo Colosio. Agentes de Tránsito Municipal estarán apostados en los cruces principales para orientar a los conductores.

El paso peatonal se mantendrá abierto por un andador protegido, por lo que los negocios de la avenida Obregón seguirán atendiendo en su horario habitual.

El Ayuntamiento ofrece una disculpa por las molestias y agradece la comprensión de vecinos, comerciantes y visitantes del otro lado.

#NogalesAvanza #ObrasQueSeVen

👍❤️ 214
37 comentarios · 58 veces compartido
Me gusta   Comentar   Compartir
"""
write_source('cd15.txt', cd15)
write_gold('cd15', family='press_release',
           title='Cierran por obras el cruce de avenida Obregón y calle Elías Calles durante tres semanas',
           date='2020-10-12', source='H. Ayuntamiento de Nogales',
           bulletin_number='245/2020', issuer='H. Ayuntamiento de Nogales',
           dateline_city='Heroica Nogales',
           body_first_words='A partir de este martes 13 de octubre permanecerá cerrado',
           body_last_words='agradece la comprensión de vecinos, comerciantes y visitantes del otro lado.',
           boilerplate=['12 de octubre de 2020 a las 14:31', 'COMUNICADO 245/2020',
                        'Heroica Nogales, Sonora; 12 de octubre de 2020.-',
                        '#NogalesAvanza #ObrasQueSeVen', '37 comentarios · 58 veces compartido',
                        'Me gusta   Comentar   Compartir'],
           must_keep=['Agentes de Tránsito Municipal estarán apostados en los cruces principales para orientar a los conductores.',
                      'El paso peatonal se mantendrá abierto por un andador protegido, por lo que los negocios de la avenida Obregón seguirán atendiendo en su horario habitual.',
                      'La obra busca terminar con las inundaciones que cada temporada de monzón afectan a los comercios de la zona, cuando el agua que baja de los cerros se acumula frente a los locales y llega hasta la línea internacional.'])

# ---------------------------------------------------------------- cd16 press (port city, form-style header with tabs)
cd16 = """GOBIERNO MUNICIPAL DE ENSENADA
XXIV Ayuntamiento
COMUNICADO DE PRENSA

Número:\t318/2023
Fecha:\t15/01/2023
Área:\tDirección de Turismo Municipal
Para publicación inmediata

Ensenada recibirá 27 cruceros en enero, la cifra más alta para un mes de invierno

Ensenada, B.C.- La Dirección de Turismo Municipal informó que durante enero arribarán al puerto 27 cruceros con cerca de 78 mil pasajeros, la cifra más alta para un mes de invierno desde que se tiene registro, impulsada por las nuevas rutas de fin de semana que salen de Los Ángeles y Long Beach.

La directora de Turismo, Leticia Gastélum Sepúlveda, explicó que cada crucerista gasta en promedio 65 dólares durante su estancia en la ciudad, principalmente en tours al Valle de Guadalupe, en La Bufadora y en los restaurantes y tiendas de la avenida López Mateos.

Para atender la llegada de visitantes, el municipio reforzó la presencia de policías turísticos en la zona centro y colocó módulos de información bilingüe en la terminal de cruceros y en el malecón. Los operadores de tours y los taxistas deberán portar su gafete de identificación vigente.

Los comerciantes del centro pidieron al Ayuntamiento mejorar el alumbrado y los baños públicos del malecón, pues muchos pasajeros recorren la zona caminando. La dirección se comprometió a atender las solicitudes antes del inicio de la temporada alta de primavera.

-30-

Contacto: Coordinación de Comunicación Social | 646 555 0163 | comunicacion@ensenada-gob.example.mx
"""
write_source('cd16.txt', cd16, enc='cp1252')
write_gold('cd16', family='press_release',
           title='Ensenada recibirá 27 cruceros en enero, la cifra más alta para un mes de invierno',
           date='2023-01-15', source='GOBIERNO MUNICIPAL DE ENSENADA',
           bulletin_number='318/2023', issuer='GOBIERNO MUNICIPAL DE ENSENADA',
           dateline_city='Ensenada',
           body_first_words='La Dirección de Turismo Municipal informó que durante enero arribarán',
           body_last_words='antes del inicio de la temporada alta de primavera.',
           boilerplate=['XXIV Ayuntamiento', 'COMUNICADO DE PRENSA', 'Número:\t318/2023',
                        'Fecha:\t15/01/2023', 'Área:\tDirección de Turismo Municipal',
                        'Para publicación inmediata', 'Ensenada, B.C.-', '-30-',
                        'Contacto: Coordinación de Comunicación Social | 646 555 0163 | comunicacion@ensenada-gob.example.mx'],
           must_keep=['Los operadores de tours y los taxistas deberán portar su gafete de identificación vigente.',
                      'principalmente en tours al Valle de Guadalupe, en La Bufadora y en los restaurantes y tiendas de la avenida López Mateos.',
                      'La dirección se comprometió a atender las solicitudes antes del inicio de la temporada alta de primavera.'])

# ---------------------------------------------------------------- cd17 jekyll (independent outlet A, Pacific offset)
cd17 = """---
layout: post
title: "Vecinos de Playas de Tijuana denuncian descargas de aguas negras en plena temporada"
date: 2023-08-19 21:45:00 -0700
author: Lorena Iñiguez Cota
categories: [Portada, Medio ambiente]
tags: [Playas de Tijuana, aguas residuales, CESPT]
image: /assets/img/2023/08/playas-descarga.jpg
site_name: Bajamar Periodismo Independiente
---

Vecinos de la sección Costa de Playas de Tijuana grabaron este sábado el momento en que un colector desbordado vertía aguas residuales directamente sobre la arena, a unos metros de donde se bañaban familias que llegaron a pasar el fin de semana.

![Descarga en la playa](/assets/img/2023/08/playas-descarga.jpg)
*Foto: Colectivo Fotográfico Costa Norte*

El video, que circuló en grupos de WhatsApp de la colonia, muestra un flujo oscuro que baja por la barranca junto al muro fronterizo. Según los vecinos, el olor se percibe desde hace al menos una semana y empeora por las tardes, cuando sube la marea.

“Aquí vienen niños de toda la ciudad porque es la playa que queda más cerca. Nadie pone un letrero, nadie avisa”, dijo Graciela Ortiz, integrante del comité vecinal, que lleva tres veranos documentando las descargas con su celular.

La contaminación de esta costa no es nueva. Del lado estadounidense, las autoridades de salud del condado de San Diego mantienen cerradas desde hace meses varias playas de Imperial Beach por la presencia de bacterias. Del lado mexicano, en cambio, no hay cierres oficiales ni señalización.

Bajamar solicitó una entrevista con el organismo operador del agua para conocer el estado del colector y las fechas de reparación, sin obtener respuesta hasta el cierre de esta edición.

Los vecinos anunciaron que el próximo fin de semana harán un recorrido con investigadores universitarios para tomar muestras del agua en cinco puntos de la playa.
"""
write_source('cd17.md', cd17)
write_gold('cd17', family='jekyll',
           title='Vecinos de Playas de Tijuana denuncian descargas de aguas negras en plena temporada',
           date='2023-08-19', bylines=['Lorena Iñiguez Cota'], source='Bajamar Periodismo Independiente',
           section='Medio ambiente', placement=['Portada'],
           body_first_words='Vecinos de la sección Costa de Playas de Tijuana grabaron este sábado',
           body_last_words='para tomar muestras del agua en cinco puntos de la playa.',
           boilerplate=['Foto: Colectivo Fotográfico Costa Norte'],
           must_keep=['La contaminación de esta costa no es nueva.',
                      'Del lado mexicano, en cambio, no hay cierres oficiales ni señalización.',
                      '“Aquí vienen niños de toda la ciudad porque es la playa que queda más cerca.'],
           photo_credit='Colectivo Fotográfico Costa Norte')

# ---------------------------------------------------------------- cd18 jekyll (independent outlet B, date only in the file name)
cd18 = """---
layout: nota
title: La última fábrica de tortillas de harina sobaqueras de Magdalena de Kino
author: Joaquín Valenzuela Ayón
tags:
  - Magdalena de Kino
  - comida
  - oficios
permalink: /:categories/:title/
---

En una esquina del barrio de San Isidro, en Magdalena de Kino, el comal de doña Efigenia Moreno Ruiz lleva encendido desde las cuatro de la mañana. Es la última fábrica de tortillas sobaqueras del pueblo, esas que se estiran sobre el antebrazo hasta quedar casi transparentes y de medio metro de diámetro.

<!--more-->

Doña Efigenia aprendió el oficio de su suegra en 1974. Entonces había en Magdalena seis o siete tortillerías de harina que surtían a las familias y a los peregrinos que llegan cada octubre a la fiesta de San Francisco. Hoy sólo queda la suya, atendida por ella, dos de sus hijas y una nieta que estudia en Hermosillo y viene los fines de semana.

La masa lleva harina, manteca de res, agua tibia y sal. No hay más secreto, dice, que las manos. “La máquina la deja gruesa, y la sobaquera tiene que quedar como papel de china”, explica mientras voltea una tortilla con la punta de los dedos.

Cada semana salen de su cocina unas 400 docenas. La mitad se va en hieleras a Nogales y a Tucson, donde las revenden paisanos que extrañan el sabor. Un cliente de Phoenix le pidió hace poco que le mandara por paquetería; ella todavía no se decide.

Las hijas ya tienen una [página para pedidos]({{ site.baseurl }}/pedidos/) y piensan en abrir un segundo comal. Doña Efigenia no está tan segura. Dice que el negocio está bien así, del tamaño de su cocina.
"""
write_source('cd18.md', cd18)
write_gold('cd18', family='jekyll',
           title='La última fábrica de tortillas de harina sobaqueras de Magdalena de Kino',
           date=None, bylines=['Joaquín Valenzuela Ayón'], source=None, section=None,
           body_first_words='En una esquina del barrio de San Isidro, en Magdalena de Kino',
           body_last_words='del tamaño de su cocina.',
           must_keep=['La masa lleva harina, manteca de res, agua tibia y sal.',
                      'La mitad se va en hieleras a Nogales y a Tucson, donde las revenden paisanos que extrañan el sabor.',
                      'Doña Efigenia aprendió el oficio de su suegra en 1974.'])

# ---------------------------------------------------------------- cd19 jekyll (Sonora blog, -07:00 late at night, desk author)
cd19 = """---
layout: post
title: "Garbanceros del valle del Mayo siembran menos por los precios de exportación"
date: 2019-11-03T23:30:00-07:00
author: "Redacción Sur de Sonora"
category: campo
tags: garbanzo Navojoa Huatabampo exportación
medio: Voz del Mayo
comments: true
---

Los productores de garbanzo del valle del Mayo sembrarán este ciclo alrededor de 9 mil hectáreas, casi la mitad que hace dos años, por la caída del precio que les pagan los exportadores y por la incertidumbre sobre el agua de las presas.

El garbanzo blanco de Sonora y Sinaloa se vende sobre todo a España, Argelia y Turquía. Pero el precio por tonelada bajó de 22 mil a menos de 14 mil pesos en dos temporadas, y los agricultores dicen que ya no alcanza para cubrir la renta de la tierra, la semilla y la cosecha.

“El broker te dice que el mercado está saturado y tú no tienes con quién más vender”, contó Rodolfo Yocupicio, que siembra 40 hectáreas en el ejido Tierra Blanca, en Navojoa. Este año dejará la mitad para trigo.

La asociación de productores de la región pidió a las autoridades federales un precio de garantía o apoyos a la comercialización, como los que reciben el maíz y el trigo. También busca compradores directos en Estados Unidos para vender garbanzo empacado sin intermediarios.

Los técnicos del distrito de riego advierten que, con el nivel actual de la presa Adolfo Ruiz Cortines, sólo habrá agua para dos riegos de auxilio, lo que favorece a cultivos de bajo consumo como el garbanzo. La paradoja, dicen, es que el cultivo que menos agua necesita es el que menos deja.
"""
write_source('cd19.md', cd19)
write_gold('cd19', family='jekyll',
           title='Garbanceros del valle del Mayo siembran menos por los precios de exportación',
           date='2019-11-03', bylines=[], source='Voz del Mayo', section='campo',
           body_first_words='Los productores de garbanzo del valle del Mayo sembrarán',
           body_last_words='es el que menos deja.',
           must_keep=['Este año dejará la mitad para trigo.',
                      'También busca compradores directos en Estados Unidos para vender garbanzo empacado sin intermediarios.',
                      'El garbanzo blanco de Sonora y Sinaloa se vende sobre todo a España, Argelia y Turquía.'])

# ---------------------------------------------------------------- cd20 jekyll (folded title, unpublished, author as list)
cd20 = """---
layout: post
title: >-
  Mazatlán prepara su carnaval con comparsas de colonias populares
  y un desfile más corto
date: 2020-01-28 19:00:00 -0700
published: false
author:
  - Aurora Zataráin Osuna
categories:
  - Cultura
site_title: Puerto Adentro
---

El Carnaval Internacional de Mazatlán tendrá este año un recorrido más corto por la avenida del Mar y, por primera vez, un bloque completo de comparsas formadas por vecinos de colonias populares, anunció el comité organizador.

El desfile del domingo pasará de 6 a 4 kilómetros, entre la Glorieta Sánchez Taboada y el monumento a la Continuidad de la Vida. Los organizadores explicaron que el año pasado las carrozas tardaron más de cinco horas en completar el trayecto y muchas familias se retiraron antes de que pasara la reina.

Las nuevas comparsas se formaron en talleres que se impartieron desde septiembre en las colonias Juárez, Flores Magón y Francisco Villa. Ahí, costureras, carpinteros y jóvenes de las escuelas de danza diseñaron sus vestuarios con materiales reciclados.

“Siempre veíamos el carnaval desde la banqueta. Ahora nos toca a nosotros”, dijo Maricela Tirado, que coordina la comparsa de la colonia Juárez y lleva cuatro meses cosiendo lentejuelas por las noches.

La tambora y la banda seguirán siendo el centro de la fiesta, con 14 agrupaciones contratadas para las noches de olas altas en el malecón. El comité espera más de 700 mil asistentes durante los seis días de celebración.
"""
write_source('cd20.markdown', cd20)
write_gold('cd20', family='jekyll',
           title='Mazatlán prepara su carnaval con comparsas de colonias populares y un desfile más corto',
           date='2020-01-28', published=False, bylines=['Aurora Zataráin Osuna'], source='Puerto Adentro',
           section='Cultura',
           body_first_words='El Carnaval Internacional de Mazatlán tendrá este año un recorrido más corto',
           body_last_words='durante los seis días de celebración.',
           must_keep=['Las nuevas comparsas se formaron en talleres que se impartieron desde septiembre en las colonias Juárez, Flores Magón y Francisco Villa.',
                      '“Siempre veíamos el carnaval desde la banqueta. Ahora nos toca a nosotros”, dijo Maricela Tirado, que coordina la comparsa de la colonia Juárez y lleva cuatro meses cosiendo lentejuelas por las noches.',
                      'El comité espera más de 700 mil asistentes durante los seis días de celebración.'])
