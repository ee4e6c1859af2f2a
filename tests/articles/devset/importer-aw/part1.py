#!/usr/bin/env python3
"""importer-aw, files 01-10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- aw01 wire (agency, Gto.)
aw01 = """Economía

## Exportaciones automotrices del Bajío caen 7% en el primer trimestre

*Agencia Informativa del Centro* · Por Rosalba Quintero Medina · 12/04/2018   

LEÓN, Gto. (AIC).— Las exportaciones de la industria automotriz instalada en el Bajío sumaron 6 mil 840 millones de dólares en el primer trimestre de 2018, una caída de 7 por ciento frente al mismo periodo del año anterior, de acuerdo con cifras preliminares que difundieron este miércoles las cámaras empresariales de la región.

El descenso se concentró en las plantas de Guanajuato y Aguascalientes, donde la producción de vehículos ligeros para el mercado estadounidense se redujo por la renegociación del Tratado de Libre Comercio de América del Norte y por ajustes de inventario en las armadoras. Te puede interesar | Abren en Celaya centro de capacitación para técnicos en manufactura En Querétaro y San Luis Potosí, en cambio, las ventas al exterior de autopartes crecieron 3 por ciento.  

Ernesto Villaseñor Pruneda, presidente del consejo regional de proveedores automotrices, explicó que las empresas del corredor industrial mantienen sus planes de inversión, aunque algunas pospusieron contrataciones hasta conocer las nuevas reglas de origen. “No vemos cierres, vemos cautela”, dijo en conferencia de prensa.

Según el organismo, en los cuatro estados trabajan alrededor de 190 mil personas en la cadena automotriz, la mayoría en parques industriales de Silao, Celaya, El Marqués, Villa de Reyes y el municipio de Aguascalientes.

Las cámaras pidieron a los gobiernos estatales reforzar la capacitación técnica y acelerar las obras del libramiento ferroviario de Celaya, que según sus cálculos reduciría en un día el traslado de mercancías hacia la frontera norte.

AIC/RQM/jlh
"""
write_source('aw01.md', aw01)
write_gold('aw01', family='wire',
           title='Exportaciones automotrices del Bajío caen 7% en el primer trimestre',
           date='2018-04-12', bylines=['Rosalba Quintero Medina'],
           source='Agencia Informativa del Centro', section='Economía',
           body_first_words='Las exportaciones de la industria automotriz instalada en el Bajío',
           body_last_words='el traslado de mercancías hacia la frontera norte.',
           boilerplate=['LEÓN, Gto. (AIC).—',
                        'Te puede interesar | Abren en Celaya centro de capacitación para técnicos en manufactura',
                        'AIC/RQM/jlh'],
           must_keep=['En Querétaro y San Luis Potosí, en cambio, las ventas al exterior de autopartes crecieron 3 por ciento.',
                      '“No vemos cierres, vemos cautela”, dijo en conferencia de prensa.',
                      'Según el organismo, en los cuatro estados trabajan alrededor de 190 mil personas en la cadena automotriz, la mayoría en parques industriales de Silao, Celaya, El Marqués, Villa de Reyes y el municipio de Aguascalientes.'])

# ---------------------------------------------------------------- aw02 wire (national daily web, Qro.)
aw02 = """Querétaro registra récord de llegada de turistas en Semana Santa
Diario Capital | Estados
Por Itzel Bocanegra Salinas
Publicado: 26/03/2016 14:05    Actualizado: 27/03/2016 09:10
Foto: Diario Capital / Archivo

La ocupación hotelera en la capital de Querétaro y en los pueblos mágicos del semidesierto alcanzó 87 por ciento durante la Semana Santa, la cifra más alta desde que la Secretaría de Turismo estatal lleva registro, informaron autoridades y hoteleros.

De acuerdo con el reporte preliminar, entre el domingo de Ramos y el sábado de Gloria llegaron al estado cerca de 412 mil visitantes, de los cuales una tercera parte pernoctó al menos una noche. La mayoría provino de la Ciudad de México, el Estado de México y Guanajuato.

En Peña de Bernal las filas para subir al monolito comenzaron antes del amanecer, mientras que en Tequisquiapan y Cadereyta los restauranteros reportaron ventas superiores a las del año pasado. También te recomendamos: Cierran por mantenimiento el acueducto peatonal del centro histórico

Laura Ibarrola Treviño, presidenta de la asociación local de hoteles, dijo que el turismo de fin de semana se ha vuelto el principal motor del sector. “Ya no dependemos sólo del visitante de negocios que viene a los parques industriales”, comentó.

Las autoridades municipales desplegaron operativos de vialidad en la carretera federal 57 y en los accesos a San Juan del Río, donde se formaron filas de hasta cuatro kilómetros el domingo por la tarde. Protección Civil reportó saldo blanco en los balnearios y atendió únicamente casos de insolación y deshidratación.

Suscríbete a nuestro boletín y recibe las noticias más importantes de los estados cada mañana.

MÁS NOTICIAS
Guanajuato alista Festival Internacional Cervantino con 30 países invitados
Aguascalientes reporta saldo blanco en el inicio de la Feria de San Marcos
Jalisco invierte en nuevas rutas del transporte metropolitano
"""
write_source('aw02.txt', aw02, enc='cp1252', eol='crlf')
write_gold('aw02', family='wire',
           title='Querétaro registra récord de llegada de turistas en Semana Santa',
           date='2016-03-26', bylines=['Itzel Bocanegra Salinas'], source='Diario Capital',
           section='Estados',
           body_first_words='La ocupación hotelera en la capital de Querétaro',
           body_last_words='atendió únicamente casos de insolación y deshidratación.',
           boilerplate=['Foto: Diario Capital / Archivo',
                        'También te recomendamos: Cierran por mantenimiento el acueducto peatonal del centro histórico',
                        'Suscríbete a nuestro boletín y recibe las noticias más importantes de los estados cada mañana.',
                        'MÁS NOTICIAS',
                        'Guanajuato alista Festival Internacional Cervantino con 30 países invitados',
                        'Aguascalientes reporta saldo blanco en el inicio de la Feria de San Marcos',
                        'Jalisco invierte en nuevas rutas del transporte metropolitano'],
           must_keep=['En Peña de Bernal las filas para subir al monolito comenzaron antes del amanecer, mientras que en Tequisquiapan y Cadereyta los restauranteros reportaron ventas superiores a las del año pasado.',
                      '“Ya no dependemos sólo del visitante de negocios que viene a los parques industriales”, comentó.',
                      'La mayoría provino de la Ciudad de México, el Estado de México y Guanajuato.'],
           photo_credit='Diario Capital / Archivo')

# ---------------------------------------------------------------- aw03 press (IMSS Gto.)
aw03 = """GOBIERNO DE MÉXICO
INSTITUTO MEXICANO DEL SEGURO SOCIAL EN GUANAJUATO
Comunicado No. 045/2019

León, Guanajuato, a 14 de junio de 2019.

IMSS Guanajuato amplía horario de vacunación en 38 unidades de medicina familiar

A partir del próximo lunes, 38 Unidades de Medicina Familiar (UMF) del Instituto Mexicano del Seguro Social (IMSS) en Guanajuato ampliarán su horario de vacunación hasta las 19:00 horas, con el propósito de que las personas trabajadoras puedan completar sus esquemas sin faltar a sus labores.

La medida forma parte de la Segunda Semana Nacional de Salud y se aplicará en los municipios de León, Irapuato, Celaya, Salamanca, Silao, Guanajuato y San Miguel de Allende. En las unidades participantes se aplicarán vacunas contra sarampión, rubéola, hepatitis B, tétanos y virus del papiloma humano.

La coordinadora auxiliar de Salud Pública, doctora Mariana Ledesma Olvera, explicó que el año pasado una de cada cinco personas adultas que acudió a consulta tenía incompleto su esquema. “Muchos derechohabientes nos dicen que no pueden venir en la mañana porque perderían el día de trabajo”, señaló.

Para recibir la vacuna no es necesario hacer cita; basta con presentar la Cartilla Nacional de Salud o una identificación oficial. Las personas que no tengan cartilla podrán solicitarla en el módulo de atención de su unidad.

El IMSS recordó que las vacunas son gratuitas y seguras, y exhortó a madres y padres de familia a revisar la cartilla de sus hijas e hijos antes del inicio del próximo ciclo escolar.

-oOo-

Coordinación de Comunicación Social
IMSS Guanajuato
Tel. 477 555 0192, ext. 31410
comunicacion.gto@imss-gto.example.mx
Twitter: @ImssGtoPrensaEj
"""
write_source('aw03.txt', aw03, eol='crlf')
write_gold('aw03', family='press_release',
           title='IMSS Guanajuato amplía horario de vacunación en 38 unidades de medicina familiar',
           date='2019-06-14', source='INSTITUTO MEXICANO DEL SEGURO SOCIAL EN GUANAJUATO',
           bulletin_number='045/2019', issuer='INSTITUTO MEXICANO DEL SEGURO SOCIAL EN GUANAJUATO',
           dateline_city='León',
           body_first_words='A partir del próximo lunes, 38 Unidades de Medicina Familiar',
           body_last_words='antes del inicio del próximo ciclo escolar.',
           boilerplate=['GOBIERNO DE MÉXICO', 'Comunicado No. 045/2019',
                        'León, Guanajuato, a 14 de junio de 2019.', '-oOo-',
                        'Coordinación de Comunicación Social', 'Tel. 477 555 0192, ext. 31410',
                        'comunicacion.gto@imss-gto.example.mx', 'Twitter: @ImssGtoPrensaEj'],
           must_keep=['En las unidades participantes se aplicarán vacunas contra sarampión, rubéola, hepatitis B, tétanos y virus del papiloma humano.',
                      'Para recibir la vacuna no es necesario hacer cita; basta con presentar la Cartilla Nacional de Salud o una identificación oficial.',
                      '“Muchos derechohabientes nos dicen que no pueden venir en la mañana porque perderían el día de trabajo”, señaló.'])

# ---------------------------------------------------------------- aw04 press (FGE Qro.)
aw04 = """**FISCALÍA GENERAL DEL ESTADO DE QUERÉTARO**
Comunicado FGE/CS/233/2022

**VINCULAN A PROCESO A DOS PERSONAS POR ROBO A TRANSPORTE DE CARGA EN LA CARRETERA 57**

Santiago de Querétaro, Qro., 9 de septiembre de 2022.- La Fiscalía General del Estado de Querétaro obtuvo la vinculación a proceso de dos hombres identificados como Jonathan \u201cN\u201d y Rigoberto \u201cN\u201d, a quienes se señala como probables responsables del robo de un tractocamión con mercancía en el kilómetro 187 de la carretera federal 57, en el municipio de Pedro Escobedo.

De acuerdo con la carpeta de investigación, el pasado 28 de agosto los imputados interceptaron la unidad, que transportaba electrodomésticos con destino a Nuevo León, y privaron de la libertad al conductor durante varias horas antes de abandonarlo en un camino vecinal.

Elementos de la Policía de Investigación del Delito localizaron el remolque dos días después en una bodega de la colonia Lomas de San Pedrito Peñuelas, donde aseguraron parte de la carga y dos vehículos con reporte de robo.

En la audiencia inicial, el Juez de Control consideró suficientes los datos de prueba presentados por el Ministerio Público y dictó como medida cautelar la prisión preventiva justificada. Se fijó un plazo de tres meses para el cierre de la investigación complementaria.

La Fiscalía reiteró que el combate al robo a transporte de carga es una prioridad en los tramos carreteros que conectan al estado con el centro y el norte del país, y pidió a transportistas y a la ciudadanía denunciar cualquier hecho de este tipo al número de emergencias.

###
Fiscalía General del Estado de Querétaro
Dirección de Comunicación Social
prensa@fiscaliaqro.example.mx | 442 555 0147
"""
write_source('aw04.md', aw04, bom=True)
write_gold('aw04', family='press_release',
           title='VINCULAN A PROCESO A DOS PERSONAS POR ROBO A TRANSPORTE DE CARGA EN LA CARRETERA 57',
           date='2022-09-09', source='FISCALÍA GENERAL DEL ESTADO DE QUERÉTARO',
           bulletin_number='FGE/CS/233/2022', issuer='FISCALÍA GENERAL DEL ESTADO DE QUERÉTARO',
           dateline_city='Santiago de Querétaro',
           body_first_words='La Fiscalía General del Estado de Querétaro obtuvo la vinculación a proceso',
           body_last_words='denunciar cualquier hecho de este tipo al número de emergencias.',
           boilerplate=['Comunicado FGE/CS/233/2022', 'Santiago de Querétaro, Qro., 9 de septiembre de 2022.-',
                        '###', 'Dirección de Comunicación Social',
                        'prensa@fiscaliaqro.example.mx | 442 555 0147'],
           must_keep=['En la audiencia inicial, el Juez de Control consideró suficientes los datos de prueba presentados por el Ministerio Público y dictó como medida cautelar la prisión preventiva justificada.',
                      'Se fijó un plazo de tres meses para el cierre de la investigación complementaria.',
                      'a quienes se señala como probables responsables del robo de un tractocamión con mercancía en el kilómetro 187 de la carretera federal 57, en el municipio de Pedro Escobedo.'])

# ---------------------------------------------------------------- aw05 jekyll (Blogger export)
aw05 = """---
layout: post
title: Las huertas de guayaba de Calvillo esperan la mejor cosecha en una década
date: '2009-03-14T10:22:00.001-06:00'
author: Jorge Armando Lozano Dávila
tags:
- Calvillo
- campo
- guayaba
modified_time: '2009-03-15T08:01:47.512-06:00'
thumbnail: http://1.bp.blogspot.example.mx/_aBcD/guayaba/s72-c/huerta.jpg
blogger_id: tag:blogger.com,1999:blog-4471920385511.post-7731029938475512
blogger_orig_url: http://notasdecalvillo.blogspot.example.mx/2009/03/las-huertas-de-guayaba.html
---
<div>Los productores de guayaba del municipio de Calvillo, en el poniente de Aguascalientes, calculan que este año levantarán alrededor de 95 mil toneladas, la mejor cosecha en por lo menos diez años, gracias a unas lluvias de invierno que llegaron justo cuando los árboles comenzaban a florear.</div><div><br /></div>
<div>En los ejidos de Ojocaliente, La Labor y Malpaso los huerteros ya contratan cortadores para el mes de octubre. Don Aurelio Romo, que tiene seis hectáreas junto al río, dice que no recuerda una floración tan pareja desde que era niño. <i>"Ahorita nomás falta que no nos pegue la helada de marzo"</i>, comenta mientras revisa las ramas.</div><div><br /></div>
<div>El gusto, sin embargo, viene con preocupación por los precios. Los intermediarios que compran la fruta para llevarla a la central de abasto de Guadalajara y de la Ciudad de México pagaron el año pasado apenas tres pesos por kilo en plena temporada, y los productores temen que una cosecha grande hunda todavía más el precio.</div><div><br /></div>
<div>Por eso un grupo de 40 familias está organizando una cooperativa para deshidratar y empacar parte de la fruta, y venderla en rollitos, ates y mermeladas. La asociación local de productores gestiona ante el gobierno del estado un crédito para comprar hornos y una cámara de refrigeración.</div><div><br /></div>
<div>La Feria de la Guayaba, que se celebra cada diciembre en la cabecera municipal, será el escaparate de los nuevos productos, según los organizadores.</div>
"""
write_source('aw05.md', aw05)
write_gold('aw05', family='jekyll',
           title='Las huertas de guayaba de Calvillo esperan la mejor cosecha en una década',
           date='2009-03-14', bylines=['Jorge Armando Lozano Dávila'],
           body_first_words='Los productores de guayaba del municipio de Calvillo',
           body_last_words='será el escaparate de los nuevos productos, según los organizadores.',
           must_keep=['En los ejidos de Ojocaliente, La Labor y Malpaso los huerteros ya contratan cortadores para el mes de octubre.',
                      'La asociación local de productores gestiona ante el gobierno del estado un crédito para comprar hornos y una cámara de refrigeración.',
                      'Don Aurelio Romo, que tiene seis hectáreas junto al río, dice que no recuerda una floración tan pareja desde que era niño.'])

# ---------------------------------------------------------------- aw06 jekyll (Ghost converter, draft)
aw06 = """---
title: "Tarifa del transporte en Guadalajara: lo que cambia con el nuevo pago electrónico"
slug: tarifa-transporte-guadalajara-pago-electronico
date: 2021-10-29T17:15:00.000Z
status: draft
authors:
  - Valeria Ochoa Pelayo
  - Andrés Gil Camarena
categories:
  - Destacadas
  - Movilidad
tags: [camiones, tarifa, Mi Movilidad]
feature_image: /content/images/2021/10/parada-camion.jpg
custom_excerpt: "Usuarios y transportistas explican el cambio"
site_title: Ruta Tapatía
---

A partir del 1 de noviembre, quienes usan el transporte público en el Área Metropolitana de Guadalajara podrán pagar su pasaje con una tarjeta recargable en todas las rutas del sistema, y ya no sólo en las líneas troncales.

La tarifa general se mantendrá en 9.50 pesos, pero quienes paguen con la tarjeta tendrán derecho a un transbordo gratuito dentro de los siguientes 60 minutos. Estudiantes, personas adultas mayores y personas con discapacidad conservarán su descuento al registrar la tarjeta a su nombre.

Los choferes de las rutas que pasan por la avenida Vallarta dicen que el cambio reducirá los asaltos, porque cargarán menos efectivo. Sin embargo, reconocen que en los primeros días habrá filas en las paradas mientras los usuarios se acostumbran.

Las tarjetas se venderán en los módulos de las estaciones del tren ligero, en tiendas de conveniencia y en puntos de recarga instalados en mercados municipales. El costo del plástico será de 25 pesos, que quedarán como saldo para el primer viaje.

Organizaciones de usuarios pidieron que el pago en efectivo no desaparezca por completo, sobre todo en las rutas que llegan a colonias de Tlajomulco, Tonalá y El Salto, donde hay pocos puntos de recarga. Las autoridades respondieron que durante todo 2022 convivirán ambos sistemas.
"""
write_source('aw06.md', aw06)
write_gold('aw06', family='jekyll',
           title='Tarifa del transporte en Guadalajara: lo que cambia con el nuevo pago electrónico',
           date='2021-10-29', published=False,
           bylines=['Valeria Ochoa Pelayo', 'Andrés Gil Camarena'], source='Ruta Tapatía',
           section='Movilidad', placement=['Destacadas'],
           body_first_words='A partir del 1 de noviembre, quienes usan el transporte público',
           body_last_words='durante todo 2022 convivirán ambos sistemas.',
           must_keep=['La tarifa general se mantendrá en 9.50 pesos, pero quienes paguen con la tarjeta tendrán derecho a un transbordo gratuito dentro de los siguientes 60 minutos.',
                      'El costo del plástico será de 25 pesos, que quedarán como saldo para el primer viaje.',
                      'Las autoridades respondieron que durante todo 2022 convivirán ambos sistemas.'])

# ---------------------------------------------------------------- aw07 generic
aw07 = """Los portales de la plaza de armas de Colima, una historia de sombra y comercio

\tQuien haya caminado a mediodía por el centro de Colima sabe que los portales no son un adorno. Bajo sus arcos se refugian del sol los boleros, los vendedores de tuba y los jubilados que cada mañana leen el periódico en las bancas de hierro.

\tLos primeros portales se levantaron a mediados del siglo XIX, cuando los comerciantes de la ciudad pidieron permiso al ayuntamiento para techar el frente de sus tiendas. El terremoto de 1941 derribó buena parte de ellos, y los que hoy vemos son, en su mayoría, reconstrucciones de los años cincuenta.

\tDurante décadas, el Portal Medellín fue el lugar de las cantinas y de los despachos de abogados; el Portal Morelos, el de las mercerías y las boticas. Todavía hay familias que conservan los libros de cuentas de aquellos negocios, con los precios anotados en pesos de plata.

\tEn los últimos años, los portales han cambiado de inquilinos. Las cafeterías y las neverías ocuparon los locales que dejaron las zapaterías, y por las noches las mesas se extienden hasta la banqueta. Los vecinos más antiguos se quejan del ruido, pero reconocen que la plaza nunca había estado tan viva.

\tEl cronista municipal prepara un pequeño libro con fotografías de cada portal en distintas épocas. La intención, dice, es que quien se siente a tomar un café sepa que está bajo un techo con más de cien años de historia.
"""
write_source('aw07.txt', aw07)
write_gold('aw07', family='generic',
           title='Los portales de la plaza de armas de Colima, una historia de sombra y comercio',
           body_first_words='Quien haya caminado a mediodía por el centro de Colima',
           body_last_words='bajo un techo con más de cien años de historia.',
           must_keep=['El terremoto de 1941 derribó buena parte de ellos, y los que hoy vemos son, en su mayoría, reconstrucciones de los años cincuenta.',
                      'Los vecinos más antiguos se quejan del ruido, pero reconocen que la plaza nunca había estado tan viva.',
                      'El cronista municipal prepara un pequeño libro con fotografías de cada portal en distintas épocas.'])

# ---------------------------------------------------------------- aw08 bad (front matter, no body)
aw08 = """---
layout: post
title: "Arranca la Feria Nacional Potosina con 120 espectáculos"
date: 2015-08-07 20:00:00 -0500
categories: [Portada, Espectáculos]
author: Redacción
---"""
write_source('aw08.md', aw08)
write_gold('aw08', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter) y no tiene cuerpo de texto.')

# ---------------------------------------------------------------- aw09 wire (regional radio group web desk, Jal.)
aw09 = """# Incendio forestal en el Bosque La Primavera consume 300 hectáreas

**Seguridad** · Radio Occidente Noticias · Redacción ROC · 18 de abril de 2021

Foto: Cortesía Protección Civil Zapopan

Un incendio forestal que comenzó la tarde del sábado en el paraje conocido como Las Tinajas, dentro del Bosque La Primavera, había consumido hasta la mañana de este domingo alrededor de 300 hectáreas de pastizal y hojarasca, informaron las autoridades de Protección Civil de Jalisco.

En el combate participan más de 180 brigadistas de la Comisión Nacional Forestal, del gobierno del estado y de los municipios de Zapopan, Tlajomulco y Tala, así como dos helicópteros que realizan descargas de agua desde la presa de El Salto.

El humo fue visible desde buena parte de la zona metropolitana de Guadalajara, por lo que la Secretaría de Medio Ambiente activó la contingencia atmosférica en las estaciones de monitoreo de Santa Fe, Las Pintas y Miravalle. Se recomendó a la población evitar actividades al aire libre y mantener cerradas puertas y ventanas.

El director del organismo público descentralizado que administra el bosque, Gustavo Ruelas Montaño, dijo que el fuego no ha alcanzado zonas habitadas. “La prioridad es que no cruce hacia los fraccionamientos de la carretera a Nogales”, explicó en entrevista con Radio Occidente.

Hasta ahora se desconoce el origen del siniestro, aunque las brigadas revisan la posibilidad de que haya sido provocado. En lo que va del año, el área natural protegida suma once incendios.

🎧 Escucha Radio Occidente en vivo en el 95.9 FM y en nuestra app.
Síguenos en Facebook e Instagram como @RadioOccidenteGDLej
"""
write_source('aw09.md', aw09)
write_gold('aw09', family='wire',
           title='Incendio forestal en el Bosque La Primavera consume 300 hectáreas',
           date='2021-04-18', bylines=[], source='Radio Occidente Noticias', section='Seguridad',
           body_first_words='Un incendio forestal que comenzó la tarde del sábado',
           body_last_words='el área natural protegida suma once incendios.',
           boilerplate=['Foto: Cortesía Protección Civil Zapopan',
                        'Escucha Radio Occidente en vivo en el 95.9 FM y en nuestra app.',
                        'Síguenos en Facebook e Instagram como @RadioOccidenteGDLej'],
           must_keep=['Se recomendó a la población evitar actividades al aire libre y mantener cerradas puertas y ventanas.',
                      '“La prioridad es que no cruce hacia los fraccionamientos de la carretera a Nogales”, explicó en entrevista con Radio Occidente.',
                      'En lo que va del año, el área natural protegida suma once incendios.'],
           photo_credit='Cortesía Protección Civil Zapopan')

# ---------------------------------------------------------------- aw10 press (CFE Jalisco, UTF-16)
aw10 = """Comisión Federal de Electricidad - División de Distribución Jalisco
Boletín de prensa 17/2014

CFE refuerza cuadrillas en la zona metropolitana por la temporada de lluvias

Guadalajara, Jalisco; a 22 de julio de 2014.- La Comisión Federal de Electricidad (CFE) informó que reforzó con 45 cuadrillas adicionales la atención de fallas en la red de distribución de la zona metropolitana de Guadalajara, ante el aumento de interrupciones provocadas por las tormentas de las últimas semanas.

Durante la noche del domingo, las descargas eléctricas y los vientos de más de 60 kilómetros por hora derribaron árboles sobre las líneas en colonias de Zapopan, Tlaquepaque y Tonalá, lo que dejó sin servicio a cerca de 120 mil usuarios. El 95 por ciento del suministro se restableció en menos de cuatro horas.

La empresa explicó que la mayoría de las fallas se deben a ramas que tocan los cables y a anuncios espectaculares mal sujetos, por lo que pidió a la población no intentar retirar por su cuenta objetos que hayan caído sobre las líneas.

Los usuarios pueden reportar la falta de energía al 071, desde la aplicación para teléfonos inteligentes o en la página de internet de la empresa. Al hacer el reporte se recomienda tener a la mano el número de servicio que aparece en el recibo.

La CFE también recordó que en esta temporada conviene desconectar los aparatos electrónicos durante las tormentas y revisar que las instalaciones eléctricas domésticas cuenten con tierra física.

---000---

Departamento de Comunicación Social
División de Distribución Jalisco
Tel. 33 5550 4417
prensa.jalisco@cfe-jal.example.mx
"""
write_source('aw10.txt', aw10, enc='utf-16-le', eol='crlf', bom=True)
write_gold('aw10', family='press_release',
           title='CFE refuerza cuadrillas en la zona metropolitana por la temporada de lluvias',
           date='2014-07-22',
           source='Comisión Federal de Electricidad - División de Distribución Jalisco',
           bulletin_number='17/2014',
           issuer='Comisión Federal de Electricidad - División de Distribución Jalisco',
           dateline_city='Guadalajara',
           body_first_words='La Comisión Federal de Electricidad (CFE) informó que reforzó',
           body_last_words='cuenten con tierra física.',
           boilerplate=['Boletín de prensa 17/2014', 'Guadalajara, Jalisco; a 22 de julio de 2014.-',
                        '---000---', 'Departamento de Comunicación Social', 'Tel. 33 5550 4417',
                        'prensa.jalisco@cfe-jal.example.mx'],
           must_keep=['El 95 por ciento del suministro se restableció en menos de cuatro horas.',
                      'Al hacer el reporte se recomienda tener a la mano el número de servicio que aparece en el recibo.',
                      'Los usuarios pueden reportar la falta de energía al 071, desde la aplicación para teléfonos inteligentes o en la página de internet de la empresa.'])
