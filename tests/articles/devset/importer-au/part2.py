#!/usr/bin/env python3
"""importer-au, files 11-20."""
import zlib
from common import write_source, write_gold, NBSP, SHY

# ---------------------------------------------------------------- au11 wire (agency)
au11 = """AIN | Servicio estatal | Economía
Culiacán, jueves 4 de mayo de 2023

Cierran 14 empacadoras de mango en el sur de Sinaloa por caída de exportaciones

Arturo Lizárraga Osuna / Agencia Informativa del Noroeste

CULIACÁN, Sin. (AIN).- Al menos catorce empacadoras de mango de los municipios de Escuinapa, Rosario y Concordia no abrirán esta temporada debido a la caída en los pedidos de Estados Unidos y al aumento de los costos de tratamiento hidrotérmico, informaron productores de la región.

El presidente del Sistema Producto Mango en el estado, Raúl Osuna Bernal, explicó que los compradores estadounidenses redujeron sus contratos en alrededor de 25 por ciento respecto a 2022, en parte porque la fruta de Perú y Ecuador llegó antes a los supermercados y a un precio menor.

“Con el peso tan fuerte, cada caja que mandamos nos deja menos dólares convertidos en pesos, y los costos aquí siguen subiendo”, dijo el dirigente en entrevista telefónica. Calculó que el cierre de las plantas dejará sin empleo temporal a unas 3 mil 500 personas, la mayoría mujeres que trabajan en la selección y el empaque de la fruta.

Las empacadoras que sí operarán, unas 31 en todo el sur del estado, trabajarán por debajo de su capacidad. Algunas anunciaron que solo abrirán tres días a la semana y que darán prioridad a la variedad Kent, que tiene mayor demanda en el mercado estadounidense, sobre la Tommy Atkins y la Ataulfo.

Los productores que no consigan colocar su cosecha en exportación tendrán que venderla en el mercado nacional, donde la caja de 28 kilos se cotiza en alrededor de 120 pesos, menos de la mitad de lo que se pagaba hace dos años en la central de abasto de Guadalajara.

El dirigente pidió a las autoridades estatales gestionar un programa de apoyo para la industrialización de la fruta, con el fin de que el mango de menor calidad pueda destinarse a la elaboración de pulpa, deshidratado y concentrados, en lugar de quedarse en los árboles.

La Secretaría de Agricultura y Ganadería del estado informó a esta agencia que ya prepara una reunión con industriales de Jalisco y Nayarit para buscar compradores, aunque reconoció que los tiempos son cortos, pues la cosecha en el sur de Sinaloa alcanza su punto más alto en la segunda quincena de junio.

AIN/alo/rgv

Prohibida su reproducción total o parcial sin autorización de AIN. Servicio exclusivo para suscriptores.
"""
write_source('au11.txt', au11)
write_gold('au11', family='wire',
    title='Cierran 14 empacadoras de mango en el sur de Sinaloa por caída de exportaciones',
    date='2023-05-04', bylines=['Arturo Lizárraga Osuna'], source='Agencia Informativa del Noroeste',
    section='Economía',
    body_first_words='Al menos catorce empacadoras de mango',
    body_last_words='en la segunda quincena de junio.',
    boilerplate=['AIN/alo/rgv',
                 'Prohibida su reproducción total o parcial sin autorización de AIN. Servicio exclusivo para suscriptores.'],
    must_keep=['“Con el peso tan fuerte, cada caja que mandamos nos deja menos dólares convertidos en pesos, y los costos aquí siguen subiendo”, dijo el dirigente en entrevista telefónica.',
               'Las empacadoras que sí operarán, unas 31 en todo el sur del estado, trabajarán por debajo de su capacidad.'])

# ---------------------------------------------------------------- au12 press (port authority)
au12 = """# API YAVAROS
## Administración Portuaria Integral de Yavaros, S.A. de C.V.
### Comunicado de prensa 027/2023

**Llega a Yavaros el primer embarque de fertilizante a granel para el Valle del Mayo**

Yavaros, Huatabampo, Sonora, 8 de agosto de 2023 — La Administración Portuaria Integral de Yavaros recibió este martes el buque granelero Ocean Meridian, procedente del puerto de Ust-Luga, con 18 mil toneladas de urea a granel, el primer cargamento de fertilizante que se descarga en este recinto desde su ampliación.

El gerente general de la terminal, Cap. Octavio Lugo Valenzuela, explicó que hasta ahora los agricultores del sur de Sonora recibían este insumo a través de Guaymas o de Topolobampo, lo que implicaba traslados por carretera de entre 200 y 350 kilómetros. Con la llegada directa a Yavaros, dijo, el costo del flete terrestre podría reducirse hasta en 40 por ciento.

Las maniobras de descarga se realizan con dos grúas móviles y una tolva con capacidad para 600 toneladas por hora. El fertilizante se traslada en camiones a una bodega techada de 12 mil metros cuadrados que la empresa operadora construyó dentro del recinto portuario durante el primer semestre del año.

“Este embarque demuestra que Yavaros puede ser algo más que un puerto pesquero. Tenemos calado, tenemos patio y tenemos a los clientes a menos de cien kilómetros”, señaló Lugo Valenzuela durante un recorrido con representantes de asociaciones agrícolas de Huatabampo, Etchojoa y Navojoa.

El funcionario precisó que el dragado del canal de navegación, concluido en marzo, permitió alcanzar una profundidad de 11 metros, suficiente para buques de hasta 30 mil toneladas de peso muerto. Adelantó que para el ciclo agrícola otoño-invierno se tienen programados al menos otros cuatro arribos de fertilizantes.

Durante las maniobras se aplican protocolos de seguridad para evitar la dispersión de polvo en las colonias cercanas al puerto, entre ellos la cobertura de las tolvas y el riego de los caminos internos, además de un monitoreo de calidad del aire que se reporta semanalmente a las autoridades ambientales.

La flota pesquera que opera en el puerto mantendrá sus áreas de atraque habituales, ya que la descarga de graneles se concentra en el muelle de usos múltiples, construido en el extremo sur de la dársena.

# # #

Gerencia de Comercialización y Comunicación | comunicacion@apiyavaros.example.mx | (647) 555 0108
"""
write_source('au12.md', au12, eol='crlf')
write_gold('au12', family='press_release',
    title='Llega a Yavaros el primer embarque de fertilizante a granel para el Valle del Mayo',
    date='2023-08-08', source='Administración Portuaria Integral de Yavaros, S.A. de C.V.',
    bulletin_number='027/2023', issuer='Administración Portuaria Integral de Yavaros, S.A. de C.V.',
    dateline_city='Yavaros',
    body_first_words='La Administración Portuaria Integral de Yavaros recibió este martes',
    body_last_words='construido en el extremo sur de la dársena.',
    boilerplate=['API YAVAROS', '# # #',
                 'Gerencia de Comercialización y Comunicación | comunicacion@apiyavaros.example.mx | (647) 555 0108'],
    must_keep=['“Este embarque demuestra que Yavaros puede ser algo más que un puerto pesquero. Tenemos calado, tenemos patio y tenemos a los clientes a menos de cien kilómetros”, señaló Lugo Valenzuela durante un recorrido con representantes de asociaciones agrícolas de Huatabampo, Etchojoa y Navojoa.',
               'La flota pesquera que opera en el puerto mantendrá sus áreas de atraque habituales, ya que la descarga de graneles se concentra en el muelle de usos múltiples, construido en el extremo sur de la dársena.'])

# ---------------------------------------------------------------- au13 jekyll (municipal press site)
au13 = """---
layout: boletin
titulo: Arranca rehabilitación del bulevar Rodolfo Elías Calles en Ciudad Obregón
fecha: 10/03/2025 11:20
sitio: Comunicación Social Cajeme
categorias:
- Destacadas
- Obras Públicas
autor: Dirección de Comunicación Social
---

Ciudad Obregón, Sonora, 10 de marzo de 2025.- Con una inversión de 64 millones de pesos, el Ayuntamiento de Cajeme dio inicio este lunes a la rehabilitación integral del bulevar Rodolfo Elías Calles, en el tramo comprendido entre la calle Jalisco y el bulevar Ramírez, una de las vialidades con mayor flujo vehicular de la ciudad.

La obra contempla el retiro de la carpeta asfáltica dañada y su sustitución por concreto hidráulico en los cuatro carriles, la reposición de 2.8 kilómetros de tubería de agua potable y drenaje, nuevas banquetas con rampas para personas con discapacidad y la instalación de 140 luminarias de tecnología LED.

El director de Obras Públicas, Arq. Fausto Ruelas Gámez, explicó que los trabajos se realizarán por etapas de cuatro cuadras para no cerrar por completo la circulación, y que la primera fase, entre las calles Jalisco y Sinaloa, deberá concluir a finales de mayo.

“Es una vialidad que tenía más de treinta años sin una intervención de fondo. Los vecinos nos pedían que no se hiciera solo un recarpeteo, porque en cada temporada de lluvias volvían a salir los baches”, comentó el funcionario durante el arranque.

Mientras duren los trabajos, el tránsito se desviará por las calles Guerrero y Sonora, donde se colocarán señalamientos y agentes de Tránsito Municipal en horas de mayor afluencia. Las rutas del transporte urbano que circulan por el bulevar también modificarán su recorrido, por lo que se pidió a los usuarios consultar los nuevos puntos de ascenso.

Comerciantes del tramo expresaron su preocupación por la posible baja en sus ventas. Ante ello, el Ayuntamiento informó que se mantendrá el acceso peatonal a todos los negocios y que se instalará una mesa de atención en la explanada del palacio municipal para recibir quejas y sugerencias durante la obra.

La rehabilitación forma parte del programa de pavimentación 2025, que incluye además trabajos en la calle 300, en la avenida Kino y en diversas colonias del poniente de la ciudad, con una inversión total superior a los 180 millones de pesos.

#OrgullosamenteCajeme
"""
write_source('au13.md', au13, bom=True)
write_gold('au13', family='jekyll',
    title='Arranca rehabilitación del bulevar Rodolfo Elías Calles en Ciudad Obregón',
    date='2025-03-10', bylines=[], source='Comunicación Social Cajeme',
    section='Obras Públicas', placement=['Destacadas'],
    body_first_words='Con una inversión de 64 millones de pesos',
    body_last_words='con una inversión total superior a los 180 millones de pesos.',
    boilerplate=['#OrgullosamenteCajeme'],
    must_keep=['“Es una vialidad que tenía más de treinta años sin una intervención de fondo. Los vecinos nos pedían que no se hiciera solo un recarpeteo, porque en cada temporada de lluvias volvían a salir los baches”, comentó el funcionario durante el arranque.',
               'Comerciantes del tramo expresaron su preocupación por la posible baja en sus ventas.'])

# ---------------------------------------------------------------- au14 wire (regional daily)
au14 = """Diario del Fuerte > Local

Ahome aprueba reglamento para frenar las motocicletas con escape ruidoso

Nota de: Karla Yolanda Gastélum Ruiz
27.11.2013 | 07:15

Los Mochis, Sin.- Las motocicletas con escapes modificados o sin silenciador podrán ser retiradas de la circulación en Ahome, luego de que el Cabildo aprobara por mayoría las reformas al Reglamento de Tránsito y Vialidad que establecen multas de hasta 30 salarios mínimos para los propietarios.

Podría interesarte: Recuperan 40 motos robadas en Ahome. Durante la sesión ordinaria de este martes, los regidores votaron 14 a favor y 3 en contra de la propuesta presentada por la Comisión de Seguridad Pública, que se elaboró a partir de las quejas de vecinos de colonias como Jiquilpan, Scally y Las Fuentes.

El regidor Omar Cota Leyva, presidente de la comisión, explicó que el ruido de los escapes se convirtió en la segunda causa de reportes a la línea de emergencia durante las noches, solo por debajo de las riñas. &#8220;Hay motociclistas que recorren la ciudad a las dos o tres de la mañana haciendo arrancones, y las familias no pueden descansar&#8221;, afirmó.

Con la reforma, los agentes de Tránsito podrán medir el ruido con sonómetros y, si el vehículo rebasa los 96 decibeles, aplicar la sanción y trasladarlo al corralón. El propietario deberá reinstalar un silenciador de fábrica para recuperar su unidad.

Los regidores que votaron en contra argumentaron que la medida podría prestarse a abusos por parte de los agentes y pidieron que, antes de aplicar las multas, se realice una campaña informativa de al menos un mes en talleres y agencias de motocicletas.

La Dirección de Tránsito Municipal informó que ya cuenta con cuatro sonómetros y que capacitará a 20 agentes para su uso. La dependencia estima que en el municipio circulan alrededor de 18 mil motocicletas, de las cuales unas 2 mil tendrían algún tipo de modificación en el escape.

Propietarios de talleres consultados por este diario señalaron que la instalación de escapes deportivos es uno de los servicios más solicitados por los jóvenes, por lo que la nueva disposición les obligará a cambiar su oferta.

La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado, lo que se espera ocurra antes de que termine diciembre.

LO MÁS LEÍDO
1. Choque en la carretera federal deja tres lesionados
2. Anuncian cierre parcial del bulevar Centenario
3. Ganan los Azucareros en casa y recuperan el liderato
"""
write_source('au14.markdown', au14, enc='cp1252', eol='crlf')
write_gold('au14', family='wire',
    title='Ahome aprueba reglamento para frenar las motocicletas con escape ruidoso',
    date='2013-11-27', bylines=['Karla Yolanda Gastélum Ruiz'], source='Diario del Fuerte',
    section='Local',
    body_first_words='Las motocicletas con escapes modificados o sin silenciador',
    body_last_words='lo que se espera ocurra antes de que termine diciembre.',
    boilerplate=['Podría interesarte: Recuperan 40 motos robadas en Ahome.',
                 'LO MÁS LEÍDO', '1. Choque en la carretera federal deja tres lesionados',
                 '2. Anuncian cierre parcial del bulevar Centenario',
                 '3. Ganan los Azucareros en casa y recuperan el liderato'],
    must_keep=['Durante la sesión ordinaria de este martes, los regidores votaron 14 a favor y 3 en contra de la propuesta presentada por la Comisión de Seguridad Pública, que se elaboró a partir de las quejas de vecinos de colonias como Jiquilpan, Scally y Las Fuentes.',
               'El propietario deberá reinstalar un silenciador de fábrica para recuperar su unidad.',
               'La dependencia estima que en el municipio circulan alrededor de 18 mil motocicletas, de las cuales unas 2 mil tendrían algún tipo de modificación en el escape.'])

# ---------------------------------------------------------------- au15 press (state congress)
au15 = """H. CONGRESO DEL ESTADO DE BAJA CALIFORNIA
XXIII Legislatura
Mexicali, B.C., jueves 17 de septiembre de 2020
Boletín de prensa #231

APRUEBA PLENO REFORMA PARA GARANTIZAR BEBEDEROS DE AGUA POTABLE EN TODAS LAS ESCUELAS PÚBLICAS

Con 21 votos a favor y 2 abstenciones, el Pleno de la XXIII Legislatura aprobó este jueves una reforma a la Ley de Educación del Estado que obliga a las autoridades educativas a instalar y mantener bebederos de agua potable en todos los planteles públicos de nivel básico y medio superior de Baja California.

La iniciativa fue presentada por la diputada Alma Rosa Villaseñor Peraza, presidenta de la Comisión de Educación, Cultura, Ciencia y Tecnología, quien recordó que, de acuerdo con un diagnóstico realizado por la propia comisión, cuatro de cada diez escuelas del estado no cuentan con un sistema funcional de agua para consumo humano.

“En una entidad donde en verano se superan los 45 grados, no podemos seguir pidiendo a las niñas y los niños que lleven su agua de casa o que la compren en la tiendita escolar”, expresó la legisladora durante la presentación del dictamen en sesión virtual.

La reforma establece que los bebederos deberán contar con sistemas de filtración certificados y que su mantenimiento será responsabilidad compartida entre la Secretaría de Educación y los comités de participación de cada plantel. Además, prohíbe que las escuelas condicionen el acceso al agua a la compra de productos.

En la discusión, el diputado Julián Arvizu Medrano, quien se abstuvo, señaló que coincide con el propósito de la iniciativa, pero advirtió que el dictamen no precisa de dónde saldrán los recursos para equipar a más de 1,200 planteles, en un año en que el presupuesto estatal se ha visto presionado por la emergencia sanitaria.

En respuesta, la diputada Villaseñor Peraza explicó que el artículo transitorio del decreto prevé una implementación gradual en un plazo de tres ciclos escolares, comenzando por las escuelas de Mexicali, San Felipe y el valle, donde las temperaturas son más extremas.

El decreto será remitido al Poder Ejecutivo para su publicación en el Periódico Oficial del Estado, y entrará en vigor al día siguiente de su publicación.

-- 30 --

Comunicación Social del Congreso · comunicacion@congresobc.example.mx · Tel. (686) 555 0140
"""
write_source('au15.txt', au15, eol=('mixed', 6))
write_gold('au15', family='press_release',
    title='APRUEBA PLENO REFORMA PARA GARANTIZAR BEBEDEROS DE AGUA POTABLE EN TODAS LAS ESCUELAS PÚBLICAS',
    date='2020-09-17', source='H. CONGRESO DEL ESTADO DE BAJA CALIFORNIA',
    bulletin_number='231', issuer='H. CONGRESO DEL ESTADO DE BAJA CALIFORNIA',
    dateline_city='Mexicali',
    body_first_words='Con 21 votos a favor y 2 abstenciones',
    body_last_words='entrará en vigor al día siguiente de su publicación.',
    boilerplate=['XXIII Legislatura', '-- 30 --',
                 'Comunicación Social del Congreso · comunicacion@congresobc.example.mx · Tel. (686) 555 0140'],
    must_keep=['“En una entidad donde en verano se superan los 45 grados, no podemos seguir pidiendo a las niñas y los niños que lleven su agua de casa o que la compren en la tiendita escolar”, expresó la legisladora durante la presentación del dictamen en sesión virtual.',
               'Además, prohíbe que las escuelas condicionen el acceso al agua a la compra de productos.'])

# ---------------------------------------------------------------- au16 jekyll (front matter closed with "...")
au16 = """---
title: Granizada daña 3 mil hectáreas de manzano en Cuauhtémoc
date: 2015-6-3
author: Abraham Friesen Wall
categories: agro
site_name: Noticias de Cuauhtémoc
...

Una granizada de casi veinte minutos que cayó la tarde del martes sobre los campos menonitas y los ejidos del norte del municipio dañó alrededor de 3 mil hectáreas de huertas de manzano, según el primer recuento de la Unión Agrícola Regional de Fruticultores.

El fenómeno se concentró en los campos 6 y medio, 22 y 106, así como en los ejidos Álvaro Obregón y Lázaro Cárdenas, donde los productores reportaron piedras del tamaño de una canica que rompieron las mallas antigranizo en los tramos más viejos. Se puede [consultar el mapa de las zonas afectadas]({{ site.url }}/mapas/granizo-2015) elaborado con los reportes de los propios fruticultores.

El presidente de la organización, Cornelio Wiebe Klassen, explicó que en esta época la fruta apenas tiene el tamaño de una nuez, por lo que el golpe del granizo deja marcas que la hacen inservible para el mercado de fruta fresca. “Lo que se salve se irá a jugo, y el jugo se paga a una tercera parte del precio”, lamentó.

Los fruticultores calculan que las pérdidas podrían superar los 150 millones de pesos si se confirma el daño en las huertas que no cuentan con malla. De las casi 30 mil hectáreas de manzano que hay en la región, solo alrededor de 40 por ciento está protegido con este sistema, cuyo costo ronda los 300 mil pesos por hectárea.

En el ejido Álvaro Obregón, el productor Martín Quezada Loya mostró las ramas desgajadas y las manzanas perforadas en una huerta de ocho hectáreas. Dijo que es la segunda vez en tres años que pierde casi toda la cosecha y que no cuenta con seguro agrícola porque las primas aumentaron demasiado.

La Secretaría de Desarrollo Rural del estado enviará esta semana a sus técnicos para cuantificar los daños y determinar si procede una declaratoria de contingencia climatológica, que permitiría a los productores de menor superficie recibir apoyos directos por hectárea.

Mientras tanto, los fruticultores se preparan para la temporada de lluvias, que en los próximos meses suele traer nuevas tormentas. Algunos grupos analizan la compra de cañones antigranizo, aunque otros productores y ganaderos de la zona se oponen, pues aseguran que alejan la lluvia de sus potreros.
"""
write_source('au16.md', au16)
write_gold('au16', family='jekyll',
    title='Granizada daña 3 mil hectáreas de manzano en Cuauhtémoc',
    date='2015-06-03', bylines=['Abraham Friesen Wall'], source='Noticias de Cuauhtémoc',
    section='agro',
    body_first_words='Una granizada de casi veinte minutos',
    body_last_words='pues aseguran que alejan la lluvia de sus potreros.',
    boilerplate=[],
    must_keep=['“Lo que se salve se irá a jugo, y el jugo se paga a una tercera parte del precio”, lamentó.',
               'De las casi 30 mil hectáreas de manzano que hay en la región, solo alrededor de 40 por ciento está protegido con este sistema, cuyo costo ronda los 300 mil pesos por hectárea.'])

# ---------------------------------------------------------------- au17 generic (setext h2 title)
au17 = """Ficha: la presa El Tecolote y el abasto de agua en la sierra baja
-----------------------------------------------------------------

La presa El Tecolote se localiza en el cauce del arroyo del mismo nombre, unos 38 kilómetros al oriente de la cabecera municipal, en una zona de lomeríos y matorral que marca la transición entre la costa y la sierra baja de Sonora. Su construcción comenzó en 1987 y concluyó en 1991.

La cortina es de enrocamiento con cara de concreto, mide 46 metros de altura y tiene una longitud de corona de 410 metros. La capacidad de almacenamiento al nivel de aguas máximas ordinarias es de 62 millones de metros cúbicos, aunque en los años de sequía rara vez ha superado la mitad de ese volumen.

El embalse se proyectó con dos propósitos: abastecer de agua potable a la cabecera y a once comunidades rurales, y regar unas 2 mil hectáreas de la zona agrícola que se extiende río abajo. Con el tiempo, el crecimiento de la población hizo que el uso urbano desplazara al agrícola, y desde 2010 la mayor parte del volumen se destina al consumo humano.

La conducción hacia la ciudad se hace mediante un acueducto de 24 pulgadas y 41 kilómetros de longitud, con dos estaciones de bombeo. Las fallas eléctricas en esas estaciones son la causa más frecuente de los cortes de agua que se registran en los sectores altos de la cabecera durante el verano.

En el vaso de la presa opera una cooperativa de pescadores de tilapia y lobina con cerca de sesenta socios. La actividad se suspende cuando el almacenamiento baja del 20 por ciento, lo que ocurrió en 2012, 2013 y 2020.

Entre los temas pendientes que se mencionan con frecuencia están el azolve del vaso, que según estimaciones de ingenieros locales ya habría reducido la capacidad útil en cerca de 8 por ciento, y la falta de un plan de operación que ordene la prioridad de los usos cuando el agua escasea. También se discute desde hace años la construcción de una segunda línea de conducción, que permitiría dar mantenimiento al acueducto sin interrumpir el servicio.
"""
write_source('au17.md', au17)
write_gold('au17', family='generic',
    title='Ficha: la presa El Tecolote y el abasto de agua en la sierra baja',
    body_first_words='La presa El Tecolote se localiza en el cauce del arroyo',
    body_last_words='sin interrumpir el servicio.',
    must_keep=['Su construcción comenzó en 1987 y concluyó en 1991.',
               'La actividad se suspende cuando el almacenamiento baja del 20 por ciento, lo que ocurrió en 2012, 2013 y 2020.'])

# ---------------------------------------------------------------- au18 wire (regional daily, 2012, soft hyphens)
au18 = """EL HERALDO SERRANO
Hidalgo del Parral, Chih. — Viernes 19 de Octubre de 2012

Región Serrana

Reparten cobijas y despensas en comunidades rarámuris de Guachochi ante las primeras heladas

—Fernando Loya Chaparro—

Crédito de imagen: Fernando Loya

Con temperaturas que la madrugada del jueves llegaron a seis grados bajo cero en las partes altas de la sierra, brigadas del Gobierno del Estado y del Ayuntamiento de Guachochi comenzaron a repartir cobijas, despensas y ropa invernal en las comunidades rarámuris más apartadas del municipio.

La primera entrega se realizó en Rocheachi, Tónachi y Norogachi, donde se distribuyeron 1,600 cobijas y 900 paquetes de alimentos. Los brigadistas tuvieron que recorrer más de cuatro horas de camino de terracería para llegar a algunos de los ranchos, donde las familias viven en casas de adobe y madera sin aislamiento.

El responsable de la oficina regional de atención a pueblos indígenas, Rogelio Holguín Bustillos, explicó que en esta temporada aumentan las enfermedades respiratorias, sobre todo entre niños y personas mayores, y que muchas familias no alcanzan a reunir leña suficiente para todo el invierno. “La helada llegó antes que el año pasado y todavía faltan dos meses de lo más duro”, advirtió.

En Rocheachi, la gobernadora indígena de la comunidad, María Cruz Batista, pidió que los apoyos no se limiten a la temporada de frío. Señaló que la sequía del año anterior dejó a muchas familias sin maíz ni frijol almacenado y que la cosecha de este año fue apenas suficiente para unos meses.

Las autoridades de salud de la Coordinación Sanitaria de la región instalaron módulos en las clínicas rurales para aplicar vacunas contra la influenza y revisar a los menores con síntomas de desnutrición. Hasta ahora se han atendido 340 consultas en lo que va de la semana.

Los organizadores informaron que en los próximos días las brigadas se dirigirán a las comunidades de los municipios de Batopilas y Morelos, donde los accesos son todavía más difíciles y en algunos casos será necesario trasladar los apoyos en avioneta.

Además, los comerciantes de Parral instalaron un centro de acopio en la plaza principal para recibir ropa abrigadora, cobijas y alimentos no perecederos, que se enviarán a la sierra a finales de mes.

Con datos de la Coordinación Estatal de la Tarahumara
Adquiere El Heraldo Serrano impreso en tu tienda de confianza o suscríbete: suscripciones@heraldoserrano.example.mx
"""
# soft hyphens pasted from the print layout, inside words that no gold string spans
for w, h in [('aislamiento', 'aisla' + SHY + 'miento'), ('respiratorias', 'respira' + SHY + 'torias'),
             ('desnutrición', 'desnu' + SHY + 'trición'), ('abrigadora', 'abriga' + SHY + 'dora')]:
    assert au18.count(w) == 1, w
    au18 = au18.replace(w, h)
write_source('au18.text', au18)
write_gold('au18', family='wire',
    title='Reparten cobijas y despensas en comunidades rarámuris de Guachochi ante las primeras heladas',
    date='2012-10-19', bylines=['Fernando Loya Chaparro'], source='El Heraldo Serrano',
    section='Región Serrana',
    body_first_words='Con temperaturas que la madrugada del jueves',
    body_last_words='que se enviarán a la sierra a finales de mes.',
    boilerplate=['Crédito de imagen: Fernando Loya',
                 'Con datos de la Coordinación Estatal de la Tarahumara',
                 'Adquiere El Heraldo Serrano impreso en tu tienda de confianza o suscríbete: suscripciones@heraldoserrano.example.mx'],
    must_keep=['“La helada llegó antes que el año pasado y todavía faltan dos meses de lo más duro”, advirtió.',
               'La primera entrega se realizó en Rocheachi, Tónachi y Norogachi, donde se distribuyeron 1,600 cobijas y 900 paquetes de alimentos.',
               'Hasta ahora se han atendido 340 consultas en lo que va de la semana.'],
    photo_credit='Fernando Loya')

# ---------------------------------------------------------------- au19 bad (a PDF saved as .txt)
stream = zlib.compress(b'BT /F1 11 Tf 72 720 Td (Boletin 0231 - Congreso) Tj ET\n' * 12)
pdf = (b'%PDF-1.5\n%\xe2\xe3\xcf\xd3\n'
       b'1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
       b'2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'
       b'3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n'
       b'4 0 obj\n<< /Length ' + str(len(stream)).encode() + b' /Filter /FlateDecode >>\nstream\n'
       + stream + b'\nendstream\nendobj\n'
       b'xref\n0 5\n0000000000 65535 f \ntrailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n')
write_source('au19.txt', raw=pdf)
write_gold('au19', family='bad',
    refusal_reason='archivo binario: es un PDF guardado con extensión .txt, no texto')

# ---------------------------------------------------------------- au20 press (public university)
au20 = """**Universidad Autónoma del Desierto Sudcaliforniano**
*Comunicado Núm. 44/2019*

## Investigadores de la UADS registran 94 tiburones ballena en la bahía de La Paz

La Paz, Baja California Sur; martes 26 de febrero de 2019.—

Un equipo del Departamento de Biología Marina de la Universidad Autónoma del Desierto Sudcaliforniano identificó a 94 tiburones ballena distintos en la bahía de La Paz durante la temporada 2018-2019, la cifra más alta desde que comenzó el programa de monitoreo, hace nueve años.

El responsable del proyecto, Dr. Leonel Aguilar Verdugo, explicó que cada ejemplar se reconoce por el patrón de manchas que tiene detrás de las branquias, el cual es único, como una huella digital. Las fotografías se toman desde embarcaciones y con nadadores, y después se comparan con un catálogo que ya reúne más de 400 individuos registrados desde 2010.

Fotografía: Difusión Universitaria

La mayoría de los animales observados son machos juveniles de entre cuatro y siete metros de longitud, que llegan a la bahía entre octubre y abril atraídos por la abundancia de plancton. “Que muchos de ellos regresen año con año nos dice que la bahía es una zona de alimentación clave para la especie en todo el Pacífico mexicano”, señaló el investigador.

El estudio también documentó las lesiones que presentan los tiburones. Cerca de uno de cada cinco ejemplares tiene cicatrices causadas por hélices de embarcaciones, un problema que, de acuerdo con los investigadores, se concentra en la zona cercana al canal de navegación de El Mogote.

Con base en estos resultados, la universidad entregó a las autoridades ambientales una propuesta para reducir la velocidad máxima de las embarcaciones dentro del área de avistamiento y para limitar el número de lanchas turísticas que pueden permanecer al mismo tiempo junto a un ejemplar.

En el proyecto participan doce estudiantes de licenciatura y posgrado, así como prestadores de servicios turísticos que comparten sus fotografías con el equipo de investigación. El Dr. Aguilar Verdugo invitó a los visitantes que naden con los tiburones a enviar sus imágenes al catálogo, pues cada aportación ayuda a conocer mejor los movimientos de la población.

Los resultados completos se presentarán en el congreso nacional de ciencias del mar que se celebrará en mayo en la ciudad de La Paz.

*-*-*

Difusión Universitaria UADS · Tel. 612 555 0177 · difusion@uads.example.mx · FB/IG: @UADSoficial_ex
"""
write_source('au20.md', au20, enc='cp1252', eol='crlf')
write_gold('au20', family='press_release',
    title='Investigadores de la UADS registran 94 tiburones ballena en la bahía de La Paz',
    date='2019-02-26', source='Universidad Autónoma del Desierto Sudcaliforniano',
    bulletin_number='44/2019', issuer='Universidad Autónoma del Desierto Sudcaliforniano',
    dateline_city='La Paz',
    body_first_words='Un equipo del Departamento de Biología Marina',
    body_last_words='que se celebrará en mayo en la ciudad de La Paz.',
    boilerplate=['Fotografía: Difusión Universitaria', '*-*-*',
                 'Difusión Universitaria UADS · Tel. 612 555 0177 · difusion@uads.example.mx · FB/IG: @UADSoficial_ex'],
    must_keep=['“Que muchos de ellos regresen año con año nos dice que la bahía es una zona de alimentación clave para la especie en todo el Pacífico mexicano”, señaló el investigador.',
               'El estudio también documentó las lesiones que presentan los tiburones.',
               'Cerca de uno de cada cinco ejemplares tiene cicatrices causadas por hélices de embarcaciones, un problema que, de acuerdo con los investigadores, se concentra en la zona cercana al canal de navegación de El Mogote.'],
    photo_credit='Difusión Universitaria')
