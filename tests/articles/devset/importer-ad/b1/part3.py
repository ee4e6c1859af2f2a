# -*- coding: utf-8 -*-
"""Files ad21-ad30."""
from common import enc, gold, bad

NB = '\u00a0'
FILES = []

# ---------------------------------------------------------------- ad21 press Sonora, CRLF, * * *
t21 = """Hermosillo, Sonora, 2 de agosto de 2024

GOBIERNO DE SONORA
Comisión Estatal del Agua
Boletín CEA-0457

## Concluye rehabilitación del acueducto que abastece a 60 mil habitantes de Guaymas y Empalme

La Comisión Estatal del Agua (CEA) concluyó la rehabilitación de 11 kilómetros del acueducto Boca Abierta, que abastece a cerca de 60 mil habitantes de Guaymas y Empalme, con lo que se espera reducir las fugas y las interrupciones del servicio durante el verano.

El vocal ejecutivo de la CEA, Marco Antonio Gastélum Yocupicio, explicó que se sustituyeron tramos de tubería de asbesto con más de cuarenta años de antigüedad por tubería de polietileno de alta densidad, además de instalar válvulas de admisión y expulsión de aire.

Con estos trabajos, el caudal que llega a los tanques de almacenamiento pasó de 180 a 245 litros por segundo. Las colonias de la parte alta de Guaymas, que recibían agua sólo dos días por semana, contarán ahora con servicio diario en horario matutino.

La inversión fue de 87 millones de pesos, con recursos estatales y federales. Los trabajos se realizaron por etapas para no suspender el suministro por más de doce horas continuas.

El funcionario informó que en septiembre iniciará la perforación de dos pozos nuevos en el valle de Guaymas y la instalación de macromedidores para detectar tomas clandestinas.

La CEA pidió a la población cuidar el agua y reportar fugas en la vía pública a través de la línea gratuita del organismo operador.

* * *

Unidad de Comunicación Social CEA Sonora
Tel. 662 000 5501 | comunicacion.cea@sonora.example
"""
FILES.append(('ad21.md', enc(t21, eol='\r\n'), gold(
    'press_release', 'Concluye rehabilitación del acueducto que abastece a 60 mil habitantes de Guaymas y Empalme',
    '2024-08-02',
    'La Comisión Estatal del Agua (CEA) concluyó la rehabilitación de 11 kilómetros',
    'a través de la línea gratuita del organismo operador.',
    ['Con estos trabajos, el caudal que llega a los tanques de almacenamiento pasó de 180 a 245 litros por segundo.',
     'Los trabajos se realizaron por etapas para no suspender el suministro por más de doce horas continuas.'],
    ['Hermosillo, Sonora, 2 de agosto de 2024', 'GOBIERNO DE SONORA', 'Boletín CEA-0457', '* * *',
     'Unidad de Comunicación Social CEA Sonora', 'Tel. 662 000 5501', 'comunicacion.cea@sonora.example'],
    source='Comisión Estatal del Agua', bulletin_number='CEA-0457',
    issuer='Comisión Estatal del Agua', dateline_city='Hermosillo')))

# ---------------------------------------------------------------- ad22 generic plain text, NBSP, underline title
t22 = f"""Comala, el pueblo blanco que vive del café y de los visitantes de fin de semana
==============================================================================

Los sábados por la mañana, la plaza principal de Comala se llena de familias que llegan desde Colima, Guadalajara y Manzanillo. Vienen por el pan de horno de leña, por el ponche de granada y por las botanas que los portales sirven gratis con cada bebida.

El pueblo, ubicado a unos diez kilómetros de la capital del estado, conserva las fachadas blancas y los techos de teja roja que le dieron fama. Las autoridades locales mantienen un reglamento que obliga a los propietarios a pintar sus casas de blanco cada dos años.

Además del turismo, el café sigue siendo una fuente de ingreso para decenas de familias de las comunidades de la sierra, como Suchitlán y Zacualpan. Los productores venden el grano tostado en pequeñas tiendas cerca del jardín, en bolsas de medio kilo que cuestan entre 120 y 180{NB}pesos.

Doña Eustolia Ramos, que atiende un puesto de dulces de leche desde hace 35{NB}años, asegura que los fines de semana vende lo mismo que el resto de la semana junto. "Entre semana es un pueblo tranquilo; el sábado parece feria", dice mientras acomoda las cocadas en una charola.

Los comerciantes han pedido más estacionamientos y un transporte público que conecte con Colima cada media hora. Mientras tanto, los visitantes siguen llegando, atraídos por la sombra de los almendros y por la vista del volcán cuando el cielo está despejado.
"""
FILES.append(('ad22.text', enc(t22), gold(
    'generic', 'Comala, el pueblo blanco que vive del café y de los visitantes de fin de semana', None,
    'Los sábados por la mañana, la plaza principal de Comala se llena',
    'por la vista del volcán cuando el cielo está despejado.',
    ['Las autoridades locales mantienen un reglamento que obliga a los propietarios a pintar sus casas de blanco cada dos años.',
     'Los comerciantes han pedido más estacionamientos y un transporte público que conecte con Colima cada media hora.'],
    [])))

# ---------------------------------------------------------------- ad23 jekyll, naive quoted datetime, NBSP, placement+section
t23 = f"""---
layout: article
title: "Colocan 300 nidos artificiales para tortuga golfina en playas de Tecomán"
date: '2021-06-30 08:05'
author:
  name: Noemí Barajas Larios
  twitter: nbarajas_ej
site_name: Costa Verde Colima
categories: [Principal, Medio Ambiente]
tags:
  - tortugas
  - Tecomán
---

Voluntarios y personal del campamento tortuguero de El Real, en Tecomán, colocaron 300{NB}nidos artificiales en corrales de protección para resguardar los huevos de tortuga golfina durante la temporada de anidación que inicia en julio.

El encargado del campamento, Lorenzo Pizano Bautista, explicó que los corrales se ubican a unos cien metros de la línea de marea y están cubiertos con malla para evitar el saqueo y el ataque de perros y aves.

Cada noche, brigadas de cuatro personas recorren doce kilómetros de playa en cuatrimoto para localizar a las hembras y trasladar los huevos al vivero. El año pasado se liberaron más de 48{NB}mil crías, una cifra récord para el campamento.

El principal problema sigue siendo el tránsito de vehículos sobre la arena y la iluminación de algunas palapas, que desorienta a las crías cuando salen del nido. Los voluntarios pidieron a los restauranteros apagar las luces que apuntan hacia el mar a partir de las diez de la noche.

El campamento recibe visitantes los fines de semana para participar en las liberaciones, previa reservación. Las donaciones se destinan a la compra de combustible, malla y lámparas de luz roja.

La temporada de anidación se extiende hasta diciembre y los voluntarios esperan superar la cifra de crías liberadas del año anterior.
"""
FILES.append(('ad23.md', enc(t23), gold(
    'jekyll', 'Colocan 300 nidos artificiales para tortuga golfina en playas de Tecomán', '2021-06-30',
    'Voluntarios y personal del campamento tortuguero de El Real, en Tecomán',
    'superar la cifra de crías liberadas del año anterior.',
    ['El año pasado se liberaron más de 48 mil crías, una cifra récord para el campamento.',
     'Las donaciones se destinan a la compra de combustible, malla y lámparas de luz roja.'],
    ['twitter: nbarajas_ej', 'layout: article'],
    bylines=['Noemí Barajas Larios'], source='Costa Verde Colima', section='Medio Ambiente',
    placement=['Principal'])))

# ---------------------------------------------------------------- ad24 wire, curly quotes, Zihuatanejo
t24 = """Sur Pacífico Noticias › Guerrero › Costa Grande

“Ya no hay peces cerca”: pescadores de Zihuatanejo salen hasta 30 millas para completar la jornada

Fernanda Salgado Radilla | Zihuatanejo, Gro. | 11 de abril de 2023

Foto: Sur Pacífico / Fernanda Salgado

Los pescadores ribereños de Zihuatanejo aseguran que cada vez deben navegar más lejos para conseguir una captura que les permita cubrir el gasto de gasolina, que en las últimas semanas llegó a representar la mitad de sus ingresos diarios.

En la playa Municipal, donde cada mañana se venden pargo, huachinango y dorado, los pescadores relatan que hace diez años bastaba salir a cinco millas de la costa. “Ahora tenemos que ir hasta 30 millas y regresar con lo que haya”, cuenta Evaristo Galeana Bello, quien tiene 40 años en el oficio.

La cooperativa a la que pertenece agrupa a 62 socios y 28 lanchas. Sus integrantes atribuyen la escasez a la pesca industrial con redes de arrastre y al aumento de la temperatura del mar.

Relacionado: Marina decomisa 2 toneladas de pescado en veda en Petatlán Investigadores de una universidad pública de Guerrero realizan desde el año pasado un monitoreo de especies en la bahía y advierten que algunas poblaciones de peces de roca disminuyeron a la mitad.

Los pescadores solicitaron a las autoridades federales un programa de apoyo para la compra de motores de bajo consumo y la instalación de arrecifes artificiales frente a la bahía, una medida que ha funcionado en otras costas del Pacífico.

Mientras tanto, algunas familias han comenzado a ofrecer paseos turísticos en sus lanchas para completar el ingreso durante la temporada baja.

Lee más noticias de la Costa Grande en nuestra sección Guerrero.
Síguenos en Facebook: /SurPacificoNoticias.ej
"""
FILES.append(('ad24.md', enc(t24), gold(
    'wire', '“Ya no hay peces cerca”: pescadores de Zihuatanejo salen hasta 30 millas para completar la jornada',
    '2023-04-11',
    'Los pescadores ribereños de Zihuatanejo aseguran que cada vez deben navegar',
    'para completar el ingreso durante la temporada baja.',
    ['Sus integrantes atribuyen la escasez a la pesca industrial con redes de arrastre y al aumento de la temperatura del mar.',
     'Investigadores de una universidad pública de Guerrero realizan desde el año pasado un monitoreo de especies en la bahía y advierten que algunas poblaciones de peces de roca disminuyeron a la mitad.'],
    ['Relacionado: Marina decomisa 2 toneladas de pescado en veda en Petatlán',
     'Lee más noticias de la Costa Grande en nuestra sección Guerrero.',
     'Síguenos en Facebook: /SurPacificoNoticias.ej', 'Sur Pacífico Noticias › Guerrero › Costa Grande'],
    bylines=['Fernanda Salgado Radilla'], source='Sur Pacífico Noticias', section='Guerrero',
    photo_credit='Sur Pacífico / Fernanda Salgado')))

# ---------------------------------------------------------------- ad25 press Baja California, BOM, oo0oo
t25 = """Secretaría de Educación de Baja California
BOLETÍN No. SEBC/088/2023

MEXICALI, B.C., 28 DE FEBRERO DE 2023

Amplían horario de escuelas de tiempo completo en el Valle de Mexicali ante ola de calor anticipada

La Secretaría de Educación de Baja California (SEBC) informó que, a partir del 1 de marzo, 112 escuelas primarias del Valle de Mexicali modificarán su horario de salida para que los alumnos permanezcan en aulas climatizadas durante las horas de mayor temperatura.

La subsecretaria de Educación Básica, Martha Elena Vizcarra Ochoa, detalló que las escuelas ofrecerán actividades de lectura, deporte en espacios techados y talleres de arte hasta las 15:30 horas, con alimentos calientes preparados por comités de padres de familia.

En los últimos dos años, las temperaturas superiores a 40 grados comenzaron a registrarse desde finales de abril en el valle, lo que obligó a suspender clases presenciales en varias comunidades rurales.

La dependencia invirtió 34 millones de pesos en la reparación de 480 equipos de aire acondicionado y en la instalación de 60 nuevos, principalmente en los ejidos Jalapa, Nuevo León y Hechicera.

Las madres y padres de familia podrán consultar la lista de planteles participantes en la página oficial de la Secretaría. En caso de falla en los equipos, los directivos deberán reportarlo a la supervisión escolar para su atención en un plazo no mayor a 48 horas.

oo0oo

Coordinación de Comunicación Social SEBC
comunicacion@sebc.example | Tel. 686 000 9030
"""
FILES.append(('ad25.txt', enc(t25, bom=True), gold(
    'press_release', 'Amplían horario de escuelas de tiempo completo en el Valle de Mexicali ante ola de calor anticipada',
    '2023-02-28',
    'La Secretaría de Educación de Baja California (SEBC) informó que, a partir',
    'para su atención en un plazo no mayor a 48 horas.',
    ['En los últimos dos años, las temperaturas superiores a 40 grados comenzaron a registrarse desde finales de abril en el valle, lo que obligó a suspender clases presenciales en varias comunidades rurales.',
     'Las madres y padres de familia podrán consultar la lista de planteles participantes en la página oficial de la Secretaría.'],
    ['BOLETÍN No. SEBC/088/2023', 'MEXICALI, B.C., 28 DE FEBRERO DE 2023', 'oo0oo',
     'Coordinación de Comunicación Social SEBC', 'comunicacion@sebc.example'],
    source='Secretaría de Educación de Baja California', bulletin_number='SEBC/088/2023',
    issuer='Secretaría de Educación de Baja California', dateline_city='MEXICALI')))

# ---------------------------------------------------------------- ad26 bad: CSV export
t26 = """id,titulo,fecha,autor,seccion,estatus,url
4812,"Suben tarifas del transporte en Culiacán",2024-02-01,"Redacción",Sinaloa,publicado,https://ejemplo.example/4812
4813,"Inauguran malecón en Topolobampo",2024-02-01,"Irma Valdez",Región,publicado,https://ejemplo.example/4813
4814,"Detienen a presunto asaltante en Los Mochis",2024-02-02,"Staff",Seguridad,borrador,https://ejemplo.example/4814
4815,"Arranca feria ganadera de Guasave",2024-02-02,"José Leyva",Región,publicado,https://ejemplo.example/4815
4816,"Llueve en Mazatlán tras seis meses de sequía",2024-02-03,"Redacción",Clima,publicado,https://ejemplo.example/4816
"""
FILES.append(('ad26.txt', enc(t26, eol='\r\n'), bad(
    'El archivo es una exportación CSV de un listado de notas, no una nota.')))

# ---------------------------------------------------------------- ad27 jekyll, unpublished, tags block/categories flow
t27 = """---
layout: post
title: Huracán de papel - Presentan libro sobre el huracán Odile en Hermosillo
date: 2023-12-02 18:30:00 -0700
published: false
categories: ["Cultura", "Libros"]
author: Mauricio Leyva Esquer
fotografia: "Portada del libro. Foto: Desierto Editorial"
publicacion: Desierto Adentro
---

La periodista sonorense Camila Ortega Bórquez presentó en Hermosillo su libro *Huracán de papel*, una crónica sobre los días posteriores al paso del huracán Odile por el noroeste del país en septiembre de 2014.

La obra reúne testimonios de familias sonorenses que se encontraban de vacaciones en la península cuando el meteoro destruyó casas, hoteles y líneas eléctricas, y que tardaron hasta una semana en regresar a sus hogares.

Durante la presentación en la Casa de la Cultura, la autora explicó que dedicó tres años a localizar a las personas entrevistadas y a revisar los reportes oficiales de la emergencia. "Quería contar lo que pasó después, cuando las cámaras ya se habían ido", dijo.

El libro incluye fotografías de archivo, mapas de la trayectoria del huracán y un capítulo dedicado a los pilotos y tripulaciones que participaron en el puente aéreo que trasladó a miles de personas a Hermosillo, Guadalajara y la Ciudad de México.

Los comentaristas destacaron que la obra no se limita a la tragedia, sino que documenta las redes de solidaridad que se formaron entre desconocidos en los albergues improvisados.

El libro se encuentra a la venta en librerías de Sonora y en la tienda en línea de la editorial. En enero se presentará en Guaymas y Navojoa.
"""
FILES.append(('ad27.markdown', enc(t27), gold(
    'jekyll', 'Huracán de papel - Presentan libro sobre el huracán Odile en Hermosillo', '2023-12-02',
    'La periodista sonorense Camila Ortega Bórquez presentó en Hermosillo su libro',
    'En enero se presentará en Guaymas y Navojoa.',
    ['Los comentaristas destacaron que la obra no se limita a la tragedia, sino que documenta las redes de solidaridad que se formaron entre desconocidos en los albergues improvisados.',
     'El libro se encuentra a la venta en librerías de Sonora y en la tienda en línea de la editorial.'],
    ['layout: post', 'published: false'],
    published=False, bylines=['Mauricio Leyva Esquer'], source='Desierto Adentro', section='Cultura',
    photo_credit='Desierto Editorial')))

# ---------------------------------------------------------------- ad28 generic markdown, mixed EOL
t28 = """## Vecinos de Pueblo Nuevo, en Mexicali, organizan su propio centro de acopio para migrantes

Desde hace cuatro meses, un grupo de vecinas de la colonia Pueblo Nuevo, en Mexicali, recibe cada sábado donaciones de ropa, agua, alimentos enlatados y artículos de higiene para las personas migrantes que esperan una cita para solicitar asilo en Estados Unidos.

El centro de acopio funciona en la cochera de la casa de Leonor Camarena, una maestra jubilada que comenzó a repartir comida cuando vio a varias familias durmiendo en la banqueta frente a la garita. Hoy el grupo está formado por catorce mujeres y dos jóvenes de preparatoria.

Cada semana entregan alrededor de 200 despensas pequeñas. Los donativos llegan de comerciantes del barrio, de iglesias y de personas que se enteran del proyecto por recomendación. No reciben dinero en efectivo: piden productos específicos según lo que hace falta.

El mayor reto es el calor. En verano, la temperatura en Mexicali supera con frecuencia los 45 grados, por lo que el agua embotellada y los sueros orales son lo más solicitado. Las vecinas también consiguieron un ventilador industrial y una carpa para la espera.

Leonor dice que no pretende sustituir a los albergues ni a las instituciones. "Hacemos lo que podemos con lo que tenemos", resume. El grupo planea registrarse como asociación civil para poder recibir apoyos y ampliar el horario de atención.
"""
FILES.append(('ad28.markdown', enc(t28, eol='mixed'), gold(
    'generic', 'Vecinos de Pueblo Nuevo, en Mexicali, organizan su propio centro de acopio para migrantes', None,
    'Desde hace cuatro meses, un grupo de vecinas de la colonia',
    'para poder recibir apoyos y ampliar el horario de atención.',
    ['Cada semana entregan alrededor de 200 despensas pequeñas.',
     'No reciben dinero en efectivo: piden productos específicos según lo que hace falta.'],
    [])))

# ---------------------------------------------------------------- ad29 press Guerrero, cp1252, ---000---
t29 = """H. AYUNTAMIENTO DE ACAPULCO DE JUÁREZ
DIRECCIÓN DE COMUNICACIÓN SOCIAL
BOLETÍN No. 0933

Acapulco, Gro., 19 de septiembre de 2024

Recolectan 1,200 toneladas de basura tras el paso de la tormenta tropical en la zona Diamante

Personal de Servicios Públicos municipales recolectó en cinco días más de 1,200 toneladas de basura y desechos vegetales en la zona Diamante y en las colonias de la periferia afectadas por las lluvias de la tormenta tropical que se registró el fin de semana.

El director de Saneamiento Básico, Eleazar Nava Organista, informó que participaron 45 camiones recolectores, ocho volteos y cuatro retroexcavadoras en jornadas de hasta 16 horas. Las brigadas se concentraron en los cauces de Llano Largo, La Sabana y Puerto Marqués, donde se acumularon troncos y lodo.

Se solicitó a la población no sacar basura a la calle fuera del horario del camión recolector, ya que los residuos tapan las rejillas pluviales y provocan nuevas inundaciones. Los ciudadanos pueden reportar acumulaciones a través del número de atención ciudadana.

El Ayuntamiento informó que la próxima semana comenzará la limpieza de canales a cielo abierto en la colonia Emiliano Zapata y el desazolve de 300 bocas de tormenta en la avenida Costera Miguel Alemán.

La Secretaría de Protección Civil municipal mantiene la vigilancia en zonas de riesgo ante el pronóstico de más lluvias para los próximos días.

---000---

Dirección de Comunicación Social Acapulco
Correo: prensa@acapulco-ayto.example · Tel. 744 000 1500
"""
FILES.append(('ad29.text', enc(t29, encoding='cp1252'), gold(
    'press_release', 'Recolectan 1,200 toneladas de basura tras el paso de la tormenta tropical en la zona Diamante',
    '2024-09-19',
    'Personal de Servicios Públicos municipales recolectó en cinco días más de',
    'ante el pronóstico de más lluvias para los próximos días.',
    ['Las brigadas se concentraron en los cauces de Llano Largo, La Sabana y Puerto Marqués, donde se acumularon troncos y lodo.',
     'Los ciudadanos pueden reportar acumulaciones a través del número de atención ciudadana.'],
    ['H. AYUNTAMIENTO DE ACAPULCO DE JUÁREZ', 'BOLETÍN No. 0933', 'Acapulco, Gro., 19 de septiembre de 2024',
     '---000---', 'Dirección de Comunicación Social Acapulco', 'prensa@acapulco-ayto.example'],
    source='H. Ayuntamiento de Acapulco de Juárez', bulletin_number='0933',
    issuer='H. AYUNTAMIENTO DE ACAPULCO DE JUÁREZ', dateline_city='Acapulco')))

# ---------------------------------------------------------------- ad30 wire, plain, teaser glued at start
t30 = """Colima Noticias 24 / Estado

TÍTULO: Reabren la carretera Colima–Manzanillo tras deslave en el kilómetro 42

Por Joel Cisneros Larios, desde Armería
Viernes 27 de septiembre de 2024, 14:20

EN VIVO

También te recomendamos: Suspenden clases en Armería y Tecomán por lluvias — La circulación en la autopista Colima–Manzanillo fue restablecida en ambos sentidos este viernes por la tarde, luego de que maquinaria de la Secretaría de Infraestructura retirara el material que cayó sobre la cinta asfáltica a la altura del kilómetro 42.

El deslave ocurrió la madrugada del jueves tras más de diez horas de lluvia continua. Cerca de 600 vehículos, entre ellos tráileres con carga del puerto de Manzanillo, permanecieron varados durante casi un día.

La Guardia Nacional mantiene un carril de precaución en la zona, donde aún se observan grietas en el talud. Los automovilistas deben reducir la velocidad a 40 kilómetros por hora en el tramo afectado.

Transportistas calcularon pérdidas por el retraso en la entrega de contenedores, mientras que comerciantes de Armería aprovecharon la fila de vehículos para vender comida y agua a los conductores.

Protección Civil estatal informó que el suelo en la zona sigue saturado y no descarta nuevos deslizamientos si continúan las lluvias durante el fin de semana. Se recomienda usar como ruta alterna la carretera libre por Coquimatlán.

Las autoridades estiman que los trabajos de estabilización del talud tardarán al menos tres semanas.

Foto: Colima Noticias 24 / Joel Cisneros

Suscríbete a nuestro boletín semanal | Síguenos en @colimanoticias24_ej
"""
FILES.append(('ad30.txt', enc(t30), gold(
    'wire', 'Reabren la carretera Colima–Manzanillo tras deslave en el kilómetro 42', '2024-09-27',
    'La circulación en la autopista Colima–Manzanillo fue restablecida en ambos sentidos',
    'de estabilización del talud tardarán al menos tres semanas.',
    ['El deslave ocurrió la madrugada del jueves tras más de diez horas de lluvia continua.',
     'Los automovilistas deben reducir la velocidad a 40 kilómetros por hora en el tramo afectado.'],
    ['EN VIVO', 'TÍTULO:',
     'También te recomendamos: Suspenden clases en Armería y Tecomán por lluvias',
     'Suscríbete a nuestro boletín semanal', '@colimanoticias24_ej'],
    bylines=['Joel Cisneros Larios'], source='Colima Noticias 24', section='Estado',
    photo_credit='Colima Noticias 24 / Joel Cisneros')))
