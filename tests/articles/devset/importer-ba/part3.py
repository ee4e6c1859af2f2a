#!/usr/bin/env python3
"""importer-ba blind set, part 3: Jekyll ba17-ba23, generic ba24-ba27, bad ba28-ba30."""
import io, zipfile
from common import write_source, write_gold, NBSP

# ---- Jekyll, site A "Montaña Adentro" (Spanish keys) ----
t = """---
layout: nota
sitio: Montaña Adentro
titulo: "Mujeres de Metlatónoc levantan cooperativa de tejido de palma"
fecha: 5 de octubre de 2022
autor: Bernardo Salgado Nava
categorias:
  - Portada
  - Comunidades
etiquetas:
  - Montaña
  - economía solidaria
---

En la comunidad de Francisco I. Madero, en el municipio de Metlatónoc, 32 mujeres na savi formaron una cooperativa para vender sombreros, petates y bolsas de palma directamente en Tlapa y en Chilpancingo, sin pasar por los intermediarios que durante décadas les pagaron centavos por pieza.

La iniciativa nació durante la pandemia, cuando los acaparadores dejaron de subir a la Montaña y las familias se quedaron sin ingresos. "Antes nos daban ocho pesos por un sombrero que allá abajo venden en ochenta", cuenta Catalina de Jesús, una de las socias fundadoras.

Con apoyo de una organización civil de Tlapa, las artesanas aprendieron a llevar un registro de ventas y a calcular el precio de su trabajo según las horas de tejido. Ahora cada sombrero se vende en 45 pesos y una bolsa grande en 180.

La cooperativa se reúne cada domingo en la comisaría, donde las mujeres tejen juntas mientras sus hijos juegan en la cancha. Las más jóvenes se encargan de tomar fotografías de los productos para ofrecerlos por mensajes de teléfono a clientes de Acapulco y de la Ciudad de México.

No todo ha sido sencillo. El camino de terracería hacia Tlapa se corta en temporada de lluvias y el envío de un paquete puede tardar hasta dos semanas. Además, algunas socias enfrentaron la desconfianza de sus esposos, que no veían bien que salieran a vender.

Para el próximo año, el grupo quiere comprar un molino para procesar la palma y construir una pequeña bodega. "Queremos que nuestras hijas ya no tengan que irse a los campos de Sinaloa", dice Catalina.
"""
write_source('ba17.md', t)
write_gold('ba17', family='jekyll',
    title='Mujeres de Metlatónoc levantan cooperativa de tejido de palma',
    date='2022-10-05', bylines=['Bernardo Salgado Nava'], source='Montaña Adentro', section='Comunidades',
    placement=['Portada'],
    body_first_words='En la comunidad de Francisco I. Madero, en el municipio de Metlatónoc',
    body_last_words='irse a los campos de Sinaloa", dice Catalina.',
    must_keep=['"Antes nos daban ocho pesos por un sombrero que allá abajo venden en ochenta", cuenta Catalina de Jesús, una de las socias fundadoras.',
               'Ahora cada sombrero se vende en 45 pesos y una bolsa grande en 180.',
               'No todo ha sido sencillo.'])

# ---- Jekyll, site B "Bitácora Mixteca": quoted date with offset late at night (UTC is next day) ----
t = """---
layout: post
site_title: Bitácora Mixteca
title: "Danza de los Diablos de Pinotepa: una tradición afromexicana que resiste"
date: "2019-04-23T23:40:00-05:00"
author: Ofelia Cruz Sandoval
categories: [Destacadas, Cultura]
tags: [Costa, afromexicanos, danza]
image: /assets/img/diablos-pinotepa.jpg
---

Cada año, entre finales de octubre y principios de noviembre, los caminos de Santiago Pinotepa Nacional y de los pueblos negros de la Costa Chica se llenan del sonido de la charrasca, la armónica y el bote, los instrumentos que acompañan a la Danza de los Diablos.

La danza, que los pueblos afromexicanos de Oaxaca y Guerrero bailan para recibir a los difuntos, tiene su origen, según los mayores, en los tiempos de la esclavitud, cuando los africanos traídos a las haciendas ganaderas de la región pedían a su deidad Ruja que los liberara.

Don Teódulo Mariche, de 71 años, ha encabezado la cuadrilla de su barrio durante más de tres décadas. En su casa guarda las máscaras de cuero de chivo y crin de caballo que él mismo fabrica. "Esto no es de disfraz; el diablo es nuestro abuelo que regresa a bailar con nosotros", explica.

Los jóvenes se incorporan a la danza desde niños. Aprenden los pasos, zapateados y ágiles, y el papel de la Minga, un personaje vestido de mujer que provoca las risas del público con sus coqueteos al Diablo Mayor.

En los últimos años, la danza ha ganado visibilidad gracias al reconocimiento constitucional de los pueblos afromexicanos en 2019 y a los festivales culturales de la región. Sin embargo, los danzantes advierten que la migración hacia Estados Unidos ha dejado a varias cuadrillas sin integrantes.

Para enfrentar esa situación, un colectivo de Pinotepa imparte talleres de elaboración de máscaras en las escuelas secundarias, con la esperanza de que la tradición no dependa sólo de los abuelos.
"""
write_source('ba18.md', t)
write_gold('ba18', family='jekyll',
    title='Danza de los Diablos de Pinotepa: una tradición afromexicana que resiste',
    date='2019-04-23', bylines=['Ofelia Cruz Sandoval'], source='Bitácora Mixteca', section='Cultura',
    placement=['Destacadas'],
    body_first_words='Cada año, entre finales de octubre y principios de noviembre',
    body_last_words='no dependa sólo de los abuelos.',
    must_keep=['"Esto no es de disfraz; el diablo es nuestro abuelo que regresa a bailar con nosotros", explica.',
               'Los jóvenes se incorporan a la danza desde niños.'])

# ---- Jekyll, site C "El Faro de Zihuatanejo": plain date, block categories with a placement flag, author block list, HTML body ----
t = """---
layout: article
site_name: El Faro de Zihuatanejo
title: Cocodrilo de tres metros aparece en la playa La Ropa
date: 2016-03-08
author:
  - Gerardo Vega Salmerón
  - Nadia Soberanis Ruiz
categories:
  - Principal
  - Ecología
featured: true
comments: false
---

<p>Un cocodrilo de río de aproximadamente tres metros de largo apareció la mañana de este martes en la playa La Ropa, en Zihuatanejo, lo que obligó a los salvavidas a desalojar a los bañistas durante casi dos horas.</p>

<p>El reptil salió del estero que se forma en el extremo sur de la playa, a un costado de los restaurantes, y permaneció asoleándose en la arena mientras turistas nacionales y extranjeros lo fotografiaban a distancia.</p>

<p>Personal de Protección Civil municipal y de la Procuraduría Federal de Protección al Ambiente acordonó la zona. Los especialistas explicaron que en esta época del año los cocodrilos se desplazan en busca de pareja y que no es raro que se acerquen a la bahía.</p>

<p>"No hay que alimentarlos ni acercarse; si uno los deja tranquilos, ellos regresan solos al estero", dijo el biólogo Anselmo Bravo Leyva, quien participó en el operativo.</p>

<p>Al mediodía, el animal volvió por su cuenta al agua dulce y las autoridades permitieron de nuevo el acceso a la playa, aunque mantuvieron letreros de precaución.</p>

<p>Los prestadores de servicios de La Ropa pidieron a las autoridades que se construya una cerca en la zona del estero, pues consideran que el estero y la playa están demasiado cerca. Ambientalistas, en cambio, pidieron no alterar el hábitat de la especie, que está sujeta a protección especial.</p>

<p>Protección Civil recordó que en caso de avistamiento se debe llamar al 911 y no intentar capturar al animal.</p>
"""
write_source('ba19.md', t)
write_gold('ba19', family='jekyll',
    title='Cocodrilo de tres metros aparece en la playa La Ropa',
    date='2016-03-08', bylines=['Gerardo Vega Salmerón', 'Nadia Soberanis Ruiz'], source='El Faro de Zihuatanejo',
    section='Ecología', placement=['Principal'],
    body_first_words='Un cocodrilo de río de aproximadamente tres metros',
    body_last_words='no intentar capturar al animal.',
    must_keep=['"No hay que alimentarlos ni acercarse; si uno los deja tranquilos, ellos regresan solos al estero", dijo el biólogo Anselmo Bravo Leyva, quien participó en el operativo.',
               'Protección Civil recordó que en caso de avistamiento se debe llamar al 911 y no intentar capturar al animal.'])

# ---- site B: naive-with-offset date on New Year's Eve; published: borrador (draft); category scalar; CRLF ----
t = """---
layout: post
site_title: Bitácora Mixteca
title: Tlaxiaco recibe el Año Nuevo con calenda y quema de castillo
date: 2021-12-31 23:50:00 -0600
author: Ofelia Cruz Sandoval
category: Sociedad
tags:
- Tlaxiaco
- fiestas
published: borrador
---

Con una calenda que recorrió las calles del centro de Heroica Ciudad de Tlaxiaco, bandas de viento de cinco comunidades y la quema de un castillo de 18 metros, habitantes de la llamada París Chiquito despidieron el año en la plaza principal.

La celebración, organizada por la mayordomía del barrio de San Diego, comenzó a las 20:00 horas frente al templo de la Asunción. Las mujeres, vestidas con huipiles de la Mixteca Alta, cargaron canastas adornadas con flores de papel y velas, mientras los jóvenes bailaban con los monos de calenda.

El mayordomo, Hilario Sarmiento, explicó que la fiesta se había suspendido el año anterior por la pandemia y que este año se decidió realizarla con grupos reducidos y con gel antibacterial en cada esquina. "La gente necesitaba volver a juntarse, aunque fuera con cuidado", comentó.

A la medianoche, el cohetero Víctor Bautista encendió el castillo, construido durante tres semanas en su taller de San Miguel El Grande. Las ruedas de luces y los toritos iluminaron la plaza durante veinte minutos entre los aplausos de las familias.

Comerciantes de la plaza reportaron buenas ventas de atole, pan de yema y tamales de frijol. Los hoteles de la ciudad registraron ocupación completa por la llegada de migrantes que regresaron de Estados Unidos y del norte del país para pasar las fiestas.

La Policía Municipal informó saldo blanco y sólo atendió a dos personas por quemaduras leves con pirotecnia.
"""
write_source('ba20.md', t, eol='crlf')
write_gold('ba20', family='jekyll',
    title='Tlaxiaco recibe el Año Nuevo con calenda y quema de castillo',
    date='2021-12-31', published=False, bylines=['Ofelia Cruz Sandoval'], source='Bitácora Mixteca', section='Sociedad',
    body_first_words='Con una calenda que recorrió las calles del centro',
    body_last_words='quemaduras leves con pirotecnia.',
    must_keep=['"La gente necesitaba volver a juntarse, aunque fuera con cuidado", comentó.',
               'La Policía Municipal informó saldo blanco y sólo atendió a dos personas por quemaduras leves con pirotecnia.'])

# ---- site A: impossible day-first date (30/02/2024) -> no date; categorias scalar; etiquetas flow ----
t = """---
layout: nota
sitio: Montaña Adentro
titulo: Maestros de la CETEG marchan en Chilpancingo por pagos atrasados
fecha: 30/02/2024
autor: Bernardo Salgado Nava
categorias: Educación
etiquetas: [CETEG, Chilpancingo, magisterio]
---

Unos cinco mil maestros de la Coordinadora Estatal de Trabajadores de la Educación en Guerrero (CETEG) marcharon por las principales avenidas de Chilpancingo para exigir el pago de quincenas atrasadas y de la prima vacacional que, denuncian, no han recibido docentes de nuevo ingreso en la Montaña y la Costa Chica.

La movilización partió del monumento a Vicente Guerrero, en la entrada norte de la ciudad, y concluyó frente al Palacio de Gobierno, donde una comisión de 15 representantes fue recibida por funcionarios de la Secretaría de Educación Guerrero.

De acuerdo con la dirigencia de la Coordinadora, alrededor de 1,300 trabajadores de la educación tienen entre dos y seis meses sin cobrar, entre ellos maestros de preescolar indígena que trabajan en comunidades a las que sólo se llega caminando.

"Estamos dando clases sin sueldo, pagando de nuestro bolsillo el pasaje y la comida; así no se puede sostener la escuela", dijo la profesora Rosalía Chávez, quien imparte clases en una primaria de Cochoapa el Grande.

Los funcionarios estatales reconocieron un rezago en el pago a personal de nuevo ingreso y lo atribuyeron a la validación de plazas por parte de la federación. Se comprometieron a regularizar los pagos antes del cierre del ciclo escolar.

La CETEG anunció que, si no se cumplen los acuerdos, realizará un paro indefinido y se sumará a las movilizaciones nacionales de la CNTE previstas para mayo.

Durante la marcha el comercio del centro cerró sus cortinas de manera preventiva, pero no se registraron incidentes.
"""
write_source('ba21.md', t)
write_gold('ba21', family='jekyll',
    title='Maestros de la CETEG marchan en Chilpancingo por pagos atrasados',
    date=None, bylines=['Bernardo Salgado Nava'], source='Montaña Adentro', section='Educación',
    body_first_words='Unos cinco mil maestros de la Coordinadora Estatal',
    body_last_words='pero no se registraron incidentes.',
    must_keep=['"Estamos dando clases sin sueldo, pagando de nuestro bolsillo el pasaje y la comida; así no se puede sostener la escuela", dijo la profesora Rosalía Chávez, quien imparte clases en una primaria de Cochoapa el Grande.',
               'Se comprometieron a regularizar los pagos antes del cierre del ciclo escolar.'])

# ---- site C: title with colon in single quotes; author flow list with a desk; space-separated categories string; body with --- rule and a photo credit ----
t = """---
layout: article
site_name: El Faro de Zihuatanejo
title: 'Ixtapa: hoteleros reportan 40% de cancelaciones por la violencia'
date: 2010-06-15 08:00:00
author: [Redacción, Gerardo Vega Salmerón]
categories: Turismo Portada
tags: [Ixtapa, hoteles]
---

Los hoteleros de Ixtapa-Zihuatanejo reportaron la cancelación de cerca del 40 por ciento de las reservaciones para el verano, luego de los hechos violentos registrados en las últimas semanas en la Costa Grande y de la difusión de alertas de viaje por parte de gobiernos extranjeros.

La presidenta de la Asociación de Hoteles y Empresarios Turísticos del destino, Marisela Ocampo Díaz, explicó que las cancelaciones provienen sobre todo de grupos de convenciones y de turismo estadounidense y canadiense, que representa la mayor derrama económica del puerto.

Foto: El Faro / Archivo

---

"Ixtapa es un destino seguro; lo que pasa en la sierra no ocurre en la zona hotelera, pero la imagen nos está pegando muy fuerte", afirmó la empresaria, quien pidió a los gobiernos estatal y federal una campaña de promoción en el extranjero.

Los restauranteros del muelle municipal también reportan una baja en las ventas. Algunos establecimientos recortaron personal y redujeron sus horarios, mientras que los lancheros que hacen el recorrido a la isla de Ixtapa aseguran que hay días en que no realizan ningún viaje.

El Ayuntamiento informó que se reforzará la presencia de la policía turística en las playas y en el bulevar, y que se buscará atraer al turismo nacional con paquetes de descuento en coordinación con las aerolíneas que llegan al aeropuerto internacional.

Los empresarios confían en que la temporada de vacaciones escolares de julio permita recuperar parte de las pérdidas.
"""
write_source('ba22.md', t)
write_gold('ba22', family='jekyll',
    title='Ixtapa: hoteleros reportan 40% de cancelaciones por la violencia',
    date='2010-06-15', bylines=['Gerardo Vega Salmerón'], source='El Faro de Zihuatanejo', section='Turismo',
    placement=['Portada'],
    body_first_words='Los hoteleros de Ixtapa-Zihuatanejo reportaron la cancelación',
    body_last_words='recuperar parte de las pérdidas.',
    boilerplate=['Foto: El Faro / Archivo'],
    must_keep=['"Ixtapa es un destino seguro; lo que pasa en la sierra no ocurre en la zona hotelera, pero la imagen nos está pegando muy fuerte", afirmó la empresaria, quien pidió a los gobiernos estatal y federal una campaña de promoción en el extranjero.',
               'Los empresarios confían en que la temporada de vacaciones escolares de julio permita recuperar parte de las pérdidas.'],
    photo_credit='El Faro / Archivo')

# ---- site B: leap-day date; folded excerpt; nested image mapping; block tags; body with a --- rule ----
t = """---
layout: post
site_title: Bitácora Mixteca
title: Brigada médica atiende a 600 personas en Santiago Juxtlahuaca
date: 2008-02-29
author: Ofelia Cruz Sandoval
categories: [Salud]
excerpt: >
  Médicos voluntarios de la capital recorrieron durante tres días
  las comunidades triquis de Copala y Juxtlahuaca.
image:
  path: /assets/img/brigada-juxtlahuaca.jpg
  caption: Consulta en la agencia de San Miguel Copala
tags:
  - Juxtlahuaca
  - triquis
  - salud
---

Una brigada de 25 médicos, enfermeras y odontólogos voluntarios atendió durante tres días a cerca de 600 personas de Santiago Juxtlahuaca y de comunidades triquis de la región, en una jornada organizada por una asociación civil de Oaxaca de Juárez y por la parroquia local.

Las consultas se ofrecieron en el auditorio municipal y en las agencias de San Miguel Copala y Yosoyuxi, donde la mayoría de los pacientes sólo habla triqui. Para ello, la brigada contó con cuatro jóvenes intérpretes de la misma comunidad.

Los padecimientos más frecuentes fueron infecciones respiratorias, parasitosis intestinal y problemas dentales. También se detectaron 14 casos de desnutrición en menores de cinco años, que fueron canalizados al hospital de Juxtlahuaca.

---

La coordinadora de la brigada, la doctora Esperanza Lagunas, explicó que muchas de las familias no habían visto a un médico en más de un año porque el centro de salud más cercano queda a tres horas de camino. "Nos tocó atender a una señora que llevaba meses con una herida en el pie sin curar", relató.

Además de las consultas, se entregaron medicamentos, lentes graduados y cepillos dentales donados por farmacias de la capital del estado.

Las autoridades municipales agradecieron la visita y pidieron a los Servicios de Salud de Oaxaca enviar personal de manera permanente a las agencias de la zona alta, donde, dijeron, las clínicas llevan meses cerradas.

La asociación anunció que regresará en agosto con especialistas en ginecología y pediatría.
"""
write_source('ba23.md', t)
write_gold('ba23', family='jekyll',
    title='Brigada médica atiende a 600 personas en Santiago Juxtlahuaca',
    date='2008-02-29', bylines=['Ofelia Cruz Sandoval'], source='Bitácora Mixteca', section='Salud',
    body_first_words='Una brigada de 25 médicos, enfermeras y odontólogos voluntarios',
    body_last_words='especialistas en ginecología y pediatría.',
    must_keep=['"Nos tocó atender a una señora que llevaba meses con una herida en el pie sin curar", relató.',
               'También se detectaron 14 casos de desnutrición en menores de cinco años, que fueron canalizados al hospital de Juxtlahuaca.',
               'La asociación anunció que regresará en agosto con especialistas en ginecología y pediatría.'])

# ---- generic ----
t = """El tianguis de Ozumba, un siglo de trueque y regateo al pie del volcán

Los martes, desde antes de que salga el sol, las calles que rodean la plaza de Ozumba se llenan de lonas, huacales y costales. Llegan vendedores de Amecameca, de Tepetlixpa, de los pueblos de Morelos y hasta de Puebla, que cruzan el paso entre los volcanes con sus camionetas cargadas de fruta.

Doña Eufemia Ortega vende nopales desde que tenía nueve años. Su madre hacía lo mismo, y antes su abuela, que bajaba del cerro con el burro. "Antes aquí se cambiaba todo: maíz por sal, frijol por loza. Ahora ya todo es con dinero, pero todavía hay quien me cambia una cubeta de capulines por una de tunas", cuenta entre risas.

El tianguis ocupa una docena de calles y reúne a más de mil puestos. Hay zona de animales, donde se venden gallinas, guajolotes y borregos; zona de herramientas de campo; y un largo pasillo de comida en el que humean las ollas de barbacoa y las cazuelas de mole.

Los comerciantes más viejos recuerdan que el mercado ha sobrevivido a inundaciones, a la caída de ceniza del Popocatépetl y a la pandemia, cuando las autoridades intentaron cerrarlo y los vendedores se instalaron en los caminos de terracería a las afueras del pueblo.

Los jóvenes, sin embargo, cada vez se interesan menos en el oficio. Muchos prefieren emplearse en la Ciudad de México o cruzar a Estados Unidos. Doña Eufemia no se preocupa: dice que mientras haya gente que quiera comer nopales frescos, alguien vendrá a venderlos.

Al mediodía, cuando el calor aprieta, los puestos empiezan a levantarse. A las tres de la tarde sólo quedan las cáscaras y los perros que buscan sobras.
"""
write_source('ba24.txt', t)
write_gold('ba24', family='generic',
    title='El tianguis de Ozumba, un siglo de trueque y regateo al pie del volcán',
    body_first_words='Los martes, desde antes de que salga el sol',
    body_last_words='los perros que buscan sobras.',
    must_keep=['Doña Eufemia Ortega vende nopales desde que tenía nueve años.',
               'El tianguis ocupa una docena de calles y reúne a más de mil puestos.'])

t = """# Guía para visitar Mixquic en Día de Muertos

San Andrés Mixquic, en la alcaldía Tláhuac, recibe cada año a miles de visitantes durante la celebración de Día de Muertos. La alumbrada del 2 de noviembre, cuando el panteón que rodea al antiguo convento agustino se ilumina con miles de velas, es el momento más esperado.

Antes de ir, conviene tomar en cuenta algunas recomendaciones:

1. Llegar temprano. A partir de las 16:00 horas el acceso vehicular se cierra y hay que caminar desde la avenida Tláhuac-Chalco.
2. Usar transporte público. Desde la estación Tláhuac de la Línea 12 salen microbuses que llevan hasta la entrada del pueblo.
3. Respetar las tumbas. Las familias pasan la noche junto a sus difuntos; no hay que sentarse sobre las lápidas ni tomar fotografías con flash sin permiso.
4. Llevar abrigo. En la madrugada la temperatura baja hasta cinco grados.

En la plaza principal se instalan puestos de pan de muerto, calaveritas de azúcar, tamales y atole de sabores. También hay una muestra de ofrendas elaboradas por las escuelas y los barrios, que concursan por el premio a la más tradicional.

> "Aquí los muertos no se van; cada año los esperamos con lo que les gustaba comer", dice Juana Ramírez, quien desde hace 40 años pone la ofrenda de su padre en el panteón.

Los vecinos piden a los visitantes no dejar basura y comprar a los productores locales, pues la fiesta es también la principal fuente de ingresos del pueblo en todo el año.

La celebración comienza desde el 31 de octubre con la llegada de los niños difuntos y termina el 2 de noviembre por la noche, cuando las campanas del templo despiden a las ánimas.
"""
write_source('ba25.md', t, eol='crlf')
write_gold('ba25', family='generic',
    title='Guía para visitar Mixquic en Día de Muertos',
    body_first_words='San Andrés Mixquic, en la alcaldía Tláhuac',
    body_last_words='cuando las campanas del templo despiden a las ánimas.',
    must_keep=['Antes de ir, conviene tomar en cuenta algunas recomendaciones:',
               'En la madrugada la temperatura baja hasta cinco grados.'])

# hard-wrapped at ~70 columns (pasted from a plain-text e-mail), ALL-CAPS first line, cp1252
t = """LA HUERTA DE AGUACATE QUE SE COMIO EL BOSQUE DE TANCITARO

Quien sube por la brecha que va de Tancítaro a la cumbre del volcán
ve, a la derecha, un paisaje que hace veinte años no existía: hileras
de árboles de aguacate bien alineadas donde antes había pinos y
encinos. Los comuneros mayores lo cuentan sin rodeos.

Don Salvador Magaña tiene 68 años y recuerda cuando el bosque llegaba
hasta la orilla del pueblo. "Uno iba por leña y se perdía entre los
árboles", dice. Hoy, desde su patio, se ven las redes antigranizo que
cubren las huertas de la ladera.

El cambio de uso de suelo es ilegal sin autorización, pero en la
región es común. Primero se tala el sotobosque, luego se abren
claros y finalmente se plantan los arbolitos. Cuando la autoridad
llega, el aguacate ya tiene varios años.

Los especialistas advierten que las huertas consumen mucha más agua
que el bosque. Varios manantiales de la zona se han secado y las
comunidades de la parte baja ya dependen de pipas en la temporada
de secas. Las lluvias tampoco son como antes.

Algunos productores jóvenes han empezado a buscar certificaciones
de huertas libres de deforestación para exportar a Europa. Otros
dicen que eso es un lujo que sólo pueden pagar los grandes.

Mientras tanto, las brigadas comunitarias de vigilancia recorren el
área natural protegida con radios y binoculares. No tienen armas ni
sueldo, sólo la convicción de que el volcán es de todos.
"""
write_source('ba26.txt', t, enc='cp1252')
write_gold('ba26', family='generic',
    title='LA HUERTA DE AGUACATE QUE SE COMIO EL BOSQUE DE TANCITARO',
    body_first_words='Quien sube por la brecha que va de Tancítaro',
    body_last_words='que el volcán es de todos.',
    must_keep=['Los comuneros mayores lo cuentan sin rodeos.',
               'Las lluvias tampoco son como antes.'])

# setext === title, UTF-8 BOM, CRLF, a markdown table
t = """Precios de la canasta básica en mercados de Cuernavaca, segunda quincena de enero
==================================================================================

Un recorrido por los mercados Adolfo López Mateos, de la colonia Carolina y de Buenavista permitió comparar los precios de los productos básicos con los de diciembre. El aumento más notable se registró en el jitomate y el chile serrano, afectados por las heladas en las zonas productoras del norte del país.

| Producto | Diciembre | Enero |
|---|---|---|
| Jitomate saladet (kg) | 22 | 34 |
| Tortilla (kg) | 19 | 20 |
| Huevo blanco (kg) | 38 | 42 |
| Frijol negro (kg) | 30 | 30 |

Los locatarios explicaron que el jitomate llegó a la central de abasto de la capital morelense con un costo 50 por ciento mayor, lo que trasladaron al consumidor. "La gente ya compra por pieza, ya no por kilo", comentó una vendedora del pasillo de verduras.

El precio de la tortilla se mantuvo casi sin cambios, aunque algunos molinos de Jiutepec y Temixco anunciaron que podrían subir un peso en febrero por el aumento del gas.

El huevo, en cambio, subió cuatro pesos por kilo. Los comerciantes lo atribuyen a la demanda de la temporada de Cuaresma, que se adelanta en los mercados, y al costo del alimento para las gallinas.

Las amas de casa consultadas dijeron que han sustituido el jitomate por tomate verde en las salsas y que compran más frijol y arroz, cuyos precios se mantuvieron estables.

La Procuraduría Federal del Consumidor recomienda comparar precios entre mercados y tiendas de autoservicio antes de comprar, y reportar cualquier abuso.
"""
write_source('ba27.text', t, eol='crlf', bom=True)
write_gold('ba27', family='generic',
    title='Precios de la canasta básica en mercados de Cuernavaca, segunda quincena de enero',
    body_first_words='Un recorrido por los mercados Adolfo López Mateos',
    body_last_words='y reportar cualquier abuso.',
    must_keep=['"La gente ya compra por pieza, ya no por kilo", comentó una vendedora del pasillo de verduras.',
               'El huevo, en cambio, subió cuatro pesos por kilo.'])

# ---- bad ----
t = """---
layout: nota
sitio: Montaña Adentro
titulo: "Pendiente: nota de la feria de Olinalá"
fecha: 12 de agosto de 2023
autor: Bernardo Salgado Nava
categorias:
  - Cultura
---
\n   \n\t\n"""
write_source('ba28.md', t, eol='crlf')
write_gold('ba28', family='bad', refusal_reason='front matter with no body (only blank lines after the closing ---)')

buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in [('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
                       ('word/document.xml', '<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>Boletín 0912 Ayuntamiento de Zihuatanejo</w:t></w:r></w:p></w:body></w:document>')]:
        zi = zipfile.ZipInfo(name, date_time=(2014, 5, 6, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
write_source('ba29.txt', raw=buf.getvalue())
write_gold('ba29', family='bad', refusal_reason='binary: a Word .docx (ZIP container) saved with a .txt extension')

write_source('ba30.markdown', raw=b'')
write_gold('ba30', family='bad', refusal_reason='empty file (zero bytes)')
