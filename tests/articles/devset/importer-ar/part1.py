"""Files ar01-ar10."""
from common import write, gold, bad

# ---------------------------------------------------------------- ar01 wire
write("ar01", "md", """\
## Vecinos de Xochimilco denuncian desabasto de agua por tercera semana consecutiva

Por Mariana Téllez y Jorge Arriaga Solís | El Heraldo Metropolitano
03/05/2023 14:22

Foto: Especial

Habitantes de al menos seis barrios de San Gregorio Atlapulco, en la alcaldía Xochimilco, acumulan tres semanas sin recibir agua de manera regular en sus domicilios, pese a que las autoridades prometieron normalizar el servicio a finales de abril.

Los vecinos bloquearon durante casi cuatro horas la avenida Tláhuac-Xochimilco a la altura del embarcadero Nativitas para exigir la presencia de funcionarios del Sistema de Aguas de la Ciudad de México (Sacmex). Lee también: Sacmex anuncia recorte de 25 por ciento en el suministro del Cutzamala Según los manifestantes, las pipas que envía la alcaldía llegan cada cuatro o cinco días y no alcanzan para todas las familias.

“Tenemos que comprar garrafones para cocinar y bañar a los niños; una pipa particular cuesta hasta mil<NB>200 pesos”, relató Guadalupe Mendoza, vecina del barrio de San Juan.

De acuerdo con Sacmex, la falta de presión se debe a una falla en el rebombeo de la planta La Noria, cuya reparación concluirá, en el mejor de los casos, el próximo 10 de mayo.

Mientras tanto, el organismo se comprometió a enviar diez pipas adicionales por día a la zona y a instalar dos tinacos comunitarios de 10<NB>mil litros en la explanada de la coordinación territorial.

Los inconformes advirtieron que, si el servicio no se restablece antes del Día de las Madres, volverán a cerrar la vialidad.

Síguenos en Facebook, X e Instagram como @HeraldoMetroMX
""", g=gold(
    "wire",
    title="Vecinos de Xochimilco denuncian desabasto de agua por tercera semana consecutiva",
    date="2023-05-03",
    bylines=["Mariana Téllez", "Jorge Arriaga Solís"],
    source="El Heraldo Metropolitano",
    body_first_words="Habitantes de al menos seis barrios de San Gregorio Atlapulco, en",
    body_last_words="antes del Día de las Madres, volverán a cerrar la vialidad.",
    boilerplate=[
        "Lee también: Sacmex anuncia recorte de 25 por ciento en el suministro del Cutzamala",
        "Síguenos en Facebook, X e Instagram como @HeraldoMetroMX",
        "Foto: Especial",
    ],
    must_keep=[
        "Según los manifestantes, las pipas que envía la alcaldía llegan cada cuatro o cinco días y no alcanzan para todas las familias.",
        "Los vecinos bloquearon durante casi cuatro horas la avenida Tláhuac-Xochimilco a la altura del embarcadero Nativitas para exigir la presencia de funcionarios del Sistema de Aguas de la Ciudad de México (Sacmex).",
        "De acuerdo con Sacmex, la falta de presión se debe a una falla en el rebombeo de la planta La Noria, cuya reparación concluirá, en el mejor de los casos, el próximo 10 de mayo.",
    ],
    photo_credit="Especial",
))

# ---------------------------------------------------------------- ar02 press
write("ar02", "txt", """\
GOBIERNO DE LA CIUDAD DE MÉXICO<TS>
ALCALDÍA IZTAPALAPA
Boletín 1102

Abre Iztapalapa nuevo centro comunitario de cuidados en Santa Cruz Meyehualco<TS>

Iztapalapa, Ciudad de México, 14 de agosto de 2019.- La Alcaldía Iztapalapa puso en marcha el Centro Comunitario de Cuidados Meyehualco, un espacio de mil 800 metros cuadrados donde niñas, niños y personas mayores podrán recibir atención diurna mientras sus familiares trabajan.<TS>

El inmueble, ubicado en la calle Ermita Iztapalapa esquina con avenida Guelatao, cuenta con ludoteca, comedor para 120 personas, consultorio de medicina general, sala de fisioterapia y un huerto urbano atendido por integrantes del colectivo Mujeres de la Sierra de Santa Catarina.

Durante la apertura, la directora general de Desarrollo Social, Rocío Almaraz Quintero, explicó que la construcción requirió una inversión de 38.5 millones de pesos provenientes del presupuesto participativo y de recursos propios de la demarcación.

“Las mujeres de Iztapalapa dedican en promedio 40 horas a la semana a cuidar a otras personas sin recibir un solo peso; este centro les devuelve tiempo para estudiar, trabajar o descansar”, afirmó la funcionaria.<TS>

El centro atenderá de lunes a viernes de 7:00 a 19:00 horas y tendrá capacidad para 250 usuarios. Las inscripciones se realizarán a partir del 19 de agosto en la ventanilla única de la Dirección Territorial Aculco, con acta de nacimiento, CURP y comprobante de domicilio.

La alcaldía informó que este es el tercero de siete centros de cuidados que se prevé abrir antes de que concluya 2020, los cuales formarán parte de la red Iztapalapa Cuida.

---o0o---

Dirección General de Comunicación Social
Alcaldía Iztapalapa
Tel. 55 5804 1100 ext. 1321
prensa@iztapalapa.example.mx
@AlcIztapalapaPrensa
""", eol="crlf", g=gold(
    "press_release",
    title="Abre Iztapalapa nuevo centro comunitario de cuidados en Santa Cruz Meyehualco",
    date="2019-08-14",
    source="ALCALDÍA IZTAPALAPA",
    bulletin_number="1102",
    issuer="ALCALDÍA IZTAPALAPA",
    dateline_city="Iztapalapa",
    body_first_words="La Alcaldía Iztapalapa puso en marcha el Centro Comunitario de Cuidados",
    body_last_words="los cuales formarán parte de la red Iztapalapa Cuida.",
    boilerplate=[
        "---o0o---",
        "Dirección General de Comunicación Social",
        "Tel. 55 5804 1100 ext. 1321",
        "prensa@iztapalapa.example.mx",
        "@AlcIztapalapaPrensa",
        "GOBIERNO DE LA CIUDAD DE MÉXICO",
        "Boletín 1102",
    ],
    must_keep=[
        "Durante la apertura, la directora general de Desarrollo Social, Rocío Almaraz Quintero, explicó que la construcción requirió una inversión de 38.5 millones de pesos provenientes del presupuesto participativo y de recursos propios de la demarcación.",
        "El centro atenderá de lunes a viernes de 7:00 a 19:00 horas y tendrá capacidad para 250 usuarios.",
    ],
))

# ---------------------------------------------------------------- ar03 jekyll
write("ar03", "md", """\
---
layout: post
title: "Ixtapaluca instala 40 cámaras de videovigilancia en la carretera federal México-Puebla"
date: 2022-10-05 23:40:00 -0500
author: Esteban Quiroz
categories: [Portada, Seguridad]
tags: [Ixtapaluca, videovigilancia, C5]
site_name: Voces del Oriente
image: /assets/img/2022/10/camaras-ixtapaluca.jpg
---

_Foto: Voces del Oriente / Archivo_

El gobierno municipal de Ixtapaluca concluyó la instalación de 40 cámaras de videovigilancia a lo largo de 11 kilómetros de la carretera federal México-Puebla, entre el paraje Zoquiapan y el límite con Chalco, uno de los tramos con más asaltos a transporte público del oriente mexiquense.

Las cámaras, con capacidad de lectura de placas y visión nocturna, están enlazadas al Centro de Mando municipal y al C5 del Estado de México, lo que permitirá dar seguimiento a vehículos con reporte de robo en tiempo real.

El director de Seguridad Ciudadana, Arturo Nájera Villalobos, informó que entre enero y septiembre se denunciaron 212 robos a pasajeros en ese corredor, 30 por ciento más que en el mismo periodo de 2021.

“No basta con poner patrullas; necesitamos evidencia para que el Ministerio Público pueda judicializar los casos”, sostuvo el funcionario durante un recorrido por la caseta de San Marcos.

La obra costó 17.3 millones de pesos, cubiertos con recursos del Fondo de Aportaciones para el Fortalecimiento de los Municipios (Fortamun). El Ayuntamiento prevé colocar otras 25 cámaras en la avenida Cuauhtémoc y en los accesos a las unidades habitacionales San Buenaventura y Geovillas durante el primer trimestre de 2023.

Transportistas de la Ruta 28 &amp; Asociados pidieron que el monitoreo se complemente con botones de pánico en las unidades, una medida que, dijeron, se anunció desde 2019 y nunca se concretó.

**Relacionado:** Chalco y Valle de Chalco firman convenio para compartir videovigilancia
""", g=gold(
    "jekyll",
    title="Ixtapaluca instala 40 cámaras de videovigilancia en la carretera federal México-Puebla",
    date="2022-10-05",
    bylines=["Esteban Quiroz"],
    source="Voces del Oriente",
    section="Seguridad",
    placement=["Portada"],
    body_first_words="El gobierno municipal de Ixtapaluca concluyó la instalación de 40 cámaras",
    body_last_words="una medida que, dijeron, se anunció desde 2019 y nunca se concretó.",
    boilerplate=[
        "Relacionado:",
        "Chalco y Valle de Chalco firman convenio para compartir videovigilancia",
        "Foto: Voces del Oriente / Archivo",
    ],
    must_keep=[
        "El director de Seguridad Ciudadana, Arturo Nájera Villalobos, informó que entre enero y septiembre se denunciaron 212 robos a pasajeros en ese corredor, 30 por ciento más que en el mismo periodo de 2021.",
        "La obra costó 17.3 millones de pesos, cubiertos con recursos del Fondo de Aportaciones para el Fortalecimiento de los Municipios (Fortamun).",
    ],
    photo_credit="Voces del Oriente / Archivo",
))

# ---------------------------------------------------------------- ar04 wire (cp1252)
write("ar04", "txt", """\
Movilidad
Comerciantes de Reforma reportan caída de ventas por obras del Metrobús<TS>
Texto y foto: Rodrigo Baeza Lira<TS>
Diario Capital - Ciudad de México, miércoles 18 de enero de 2017

Dueños de restaurantes, tiendas de conveniencia y puestos de periódicos sobre Paseo de la Reforma aseguran que sus ventas han caído hasta 40 por ciento desde que iniciaron los trabajos de la Línea 7 del Metrobús, en noviembre pasado.<TS>

En el tramo comprendido entre la Glorieta de Colón y la calle Havre, las vallas metálicas ocupan parte de la banqueta y los clientes tienen que rodear zanjas de hasta dos metros de profundidad para llegar a los comercios.

“Diciembre siempre era nuestro mejor mes y este año apenas sacamos para la renta”, dijo Felipe Ordaz, encargado de una cafetería frente al Ángel de la Independencia, quien calculó pérdidas por 180 mil pesos.

La Secretaría de Obras y Servicios capitalina informó que la obra civil en ese segmento concluirá a finales de marzo y que los trabajos nocturnos se intensificarán para liberar las banquetas antes de Semana Santa.

La Canacope capitalina solicitó a las autoridades un programa de apoyo fiscal similar al que se aplicó durante la construcción de la Línea 5, que incluyó descuentos en el impuesto predial y en el pago de derechos de agua.

Por su parte, vecinos de la colonia Juárez se quejaron de que los desvíos vehiculares han trasladado el tráfico pesado a calles como Lucerna y Versalles, donde antes circulaban pocos autos.

MÁS NOTICIAS
Suspenden corridas de Ecobici en Polanco por mantenimiento
Cierran la Línea 1 del Metro por inundación en Pantitlán
Aumenta tarifa de taxis de sitio a partir de febrero
""", enc="cp1252", g=gold(
    "wire",
    title="Comerciantes de Reforma reportan caída de ventas por obras del Metrobús",
    date="2017-01-18",
    bylines=["Rodrigo Baeza Lira"],
    source="Diario Capital",
    section="Movilidad",
    body_first_words="Dueños de restaurantes, tiendas de conveniencia y puestos de periódicos sobre",
    body_last_words="a calles como Lucerna y Versalles, donde antes circulaban pocos autos.",
    boilerplate=[
        "MÁS NOTICIAS",
        "Suspenden corridas de Ecobici en Polanco por mantenimiento",
        "Cierran la Línea 1 del Metro por inundación en Pantitlán",
        "Aumenta tarifa de taxis de sitio a partir de febrero",
        "Texto y foto: Rodrigo Baeza Lira",
    ],
    must_keep=[
        "La Secretaría de Obras y Servicios capitalina informó que la obra civil en ese segmento concluirá a finales de marzo y que los trabajos nocturnos se intensificarán para liberar las banquetas antes de Semana Santa.",
        "En el tramo comprendido entre la Glorieta de Colón y la calle Havre, las vallas metálicas ocupan parte de la banqueta y los clientes tienen que rodear zanjas de hasta dos metros de profundidad para llegar a los comercios.",
    ],
    photo_credit="Rodrigo Baeza Lira",
))

# ---------------------------------------------------------------- ar05 press (BOM)
write("ar05", "md", """\
COMUNICADO
Comisión de Derechos Humanos de la Ciudad de México
Boletín 087/2021
Ciudad de México, 22 de junio de 2021

# CDHCM emite recomendación a la Fiscalía capitalina por dilación en investigaciones de desaparición

La Comisión de Derechos Humanos de la Ciudad de México (CDHCM) emitió la Recomendación 04/2021, dirigida a la Fiscalía General de Justicia capitalina, tras acreditar que en 14 carpetas de investigación por desaparición de personas transcurrieron más de dos años sin que se realizaran diligencias básicas de búsqueda.

De acuerdo con el expediente, en nueve de los casos las familias tuvieron que entregar por su cuenta videos de cámaras de seguridad, registros telefónicos y testimonios, porque las agencias del Ministerio Público no los solicitaron en el plazo legal.

La presidenta del organismo, Leticia Solórzano Gaxiola, señaló que la falta de una búsqueda inmediata vulneró los derechos de acceso a la justicia, a la verdad y a la integridad personal de 41 familiares de las víctimas, en su mayoría madres y hermanas.

“Las primeras 72 horas son decisivas; cada día de omisión se traduce en evidencia que se pierde para siempre”, subrayó.

Entre los puntos recomendatorios, la CDHCM pide a la Fiscalía crear en un plazo de 180 días un protocolo de supervisión de carpetas rezagadas, ofrecer una disculpa pública a las familias y garantizar atención psicológica gratuita a quienes la soliciten.

La Fiscalía cuenta con 15 días hábiles para responder si acepta la Recomendación. En caso de rechazarla, deberá fundar y motivar su negativa ante el Congreso de la Ciudad de México.

-oOo-

Síguenos en redes sociales: @CDHCMx_prensa | Facebook: CDHCM Oficial
""", bom=True, g=gold(
    "press_release",
    title="CDHCM emite recomendación a la Fiscalía capitalina por dilación en investigaciones de desaparición",
    date="2021-06-22",
    source="Comisión de Derechos Humanos de la Ciudad de México",
    bulletin_number="087/2021",
    issuer="Comisión de Derechos Humanos de la Ciudad de México",
    dateline_city="Ciudad de México",
    body_first_words="La Comisión de Derechos Humanos de la Ciudad de México (CDHCM) emitió",
    body_last_words="deberá fundar y motivar su negativa ante el Congreso de la Ciudad de México.",
    boilerplate=[
        "-oOo-",
        "Síguenos en redes sociales: @CDHCMx_prensa",
        "Facebook: CDHCM Oficial",
        "Boletín 087/2021",
        "COMUNICADO",
    ],
    must_keep=[
        "De acuerdo con el expediente, en nueve de los casos las familias tuvieron que entregar por su cuenta videos de cámaras de seguridad, registros telefónicos y testimonios, porque las agencias del Ministerio Público no los solicitaron en el plazo legal.",
        "La Fiscalía cuenta con 15 días hábiles para responder si acepta la Recomendación.",
    ],
))

# ---------------------------------------------------------------- ar06 generic (cp1252, CRLF)
write("ar06", "txt", """\
Vuelven los libreros de viejo al pasaje de Pino Suárez<TS>

Después de casi dos años de ausencia, una veintena de vendedores de libros usados regresó al pasaje subterráneo que conecta las estaciones Pino Suárez y Zócalo del Metro, de donde fueron retirados durante unas obras de impermeabilización.<TS>

Los puestos, de apenas dos metros de frente, ofrecen desde novelas de bolsillo a diez pesos hasta primeras ediciones de autores mexicanos que superan los tres mil pesos.<FF>

“Aquí viene gente que busca un libro de texto de secundaria y se lleva también un poemario; eso no pasa en las librerías de plaza”, comenta Amparo Reséndiz, quien lleva 31 años vendiendo en la zona.

Los comerciantes pagan una cuota mensual al Sistema de Transporte Colectivo por el uso del espacio y se comprometieron a mantener libre un pasillo de al menos tres metros para el paso de los usuarios.<TS>

Entre los títulos más buscados, dicen, están las guías de calles antiguas, las historietas de aventuras de los años setenta y los libros sobre la historia de la ciudad publicados por el antiguo Departamento del Distrito Federal.

Los libreros planean organizar una feria de intercambio el último sábado de cada mes, en la que los lectores podrán cambiar dos libros usados por uno del acervo de los puestos.
""", enc="cp1252", eol="crlf", g=gold(
    "generic",
    title="Vuelven los libreros de viejo al pasaje de Pino Suárez",
    date=None,
    body_first_words="Después de casi dos años de ausencia, una veintena de vendedores",
    body_last_words="podrán cambiar dos libros usados por uno del acervo de los puestos.",
    must_keep=[
        "Los puestos, de apenas dos metros de frente, ofrecen desde novelas de bolsillo a diez pesos hasta primeras ediciones de autores mexicanos que superan los tres mil pesos.",
        "Los comerciantes pagan una cuota mensual al Sistema de Transporte Colectivo por el uso del espacio y se comprometieron a mantener libre un pasillo de al menos tres metros para el paso de los usuarios.",
    ],
))

# ---------------------------------------------------------------- ar07 jekyll (CMS B, CRLF)
write("ar07", "markdown", """\
---
title: "Tlalpan abre convocatoria para rehabilitar 15 mercados públicos"
fecha: 5 de octubre de 2022
autores:
  - Renata Obregón
  - Luis Ángel Cervantes
categoria: Alcaldías
etiquetas: [mercados, Tlalpan, comercio]
medio: Crónica Sur
---
La alcaldía Tlalpan publicó la convocatoria para que empresas constructoras participen en la rehabilitación de 15 mercados públicos, entre ellos el de La Paz, el de Villa Coapa y el de San Pedro Mártir, con una bolsa de 96 millones de pesos.

Los trabajos incluyen la sustitución de instalaciones eléctricas y de gas, la impermeabilización de techumbres y la construcción de cisternas, pues en al menos nueve de los inmuebles los locatarios dependen de pipas para lavar sus puestos.

Te puede interesar | Locatarios de la Merced piden revisión de extintores tras incendio Según el titular de Desarrollo Económico de la demarcación, Ismael Fuentes Arroyo, las propuestas se recibirán hasta el 28 de octubre y los fallos se darán a conocer en la primera semana de noviembre.

Los locatarios del mercado de Villa Coapa recibieron la noticia con cautela. Su representante, Josefina Linares, recordó que en 2019 se anunció una obra similar que quedó inconclusa y dejó sin techo el área de comidas durante toda la temporada de lluvias.

“Queremos que nos enseñen el proyecto antes de que empiecen a tirar paredes”, dijo Linares, quien pidió que las obras se hagan por etapas para no cerrar el mercado completo.

La alcaldía aseguró que cada mercado contará con un comité de seguimiento integrado por locatarios y que los trabajos se realizarán en horario nocturno cuando sea posible.
""", eol="crlf", g=gold(
    "jekyll",
    title="Tlalpan abre convocatoria para rehabilitar 15 mercados públicos",
    date="2022-10-05",
    bylines=["Renata Obregón", "Luis Ángel Cervantes"],
    source="Crónica Sur",
    section="Alcaldías",
    body_first_words="La alcaldía Tlalpan publicó la convocatoria para que empresas constructoras participen",
    body_last_words="los trabajos se realizarán en horario nocturno cuando sea posible.",
    boilerplate=[
        "Te puede interesar | Locatarios de la Merced piden revisión de extintores tras incendio",
    ],
    must_keep=[
        "Según el titular de Desarrollo Económico de la demarcación, Ismael Fuentes Arroyo, las propuestas se recibirán hasta el 28 de octubre y los fallos se darán a conocer en la primera semana de noviembre.",
        "Los locatarios del mercado de Villa Coapa recibieron la noticia con cautela.",
    ],
))

# ---------------------------------------------------------------- ar08 wire
write("ar08", "md", """\
**Habilitan el Hospital General de Tláhuac para atender solo pacientes con COVID-19**

Por la Redacción | Metrópoli Diario
7 abril, 2020 - 09:15 hrs

Foto: Agencia Enfoque

La Secretaría de Salud capitalina anunció que el Hospital General de Tláhuac dejará de recibir pacientes con otros padecimientos y se convertirá, a partir del próximo lunes, en una unidad dedicada exclusivamente a la atención de casos de COVID-19.

El nosocomio, ubicado sobre avenida La Turba, contará con 120 camas de hospitalización y 32 de terapia intensiva, de las cuales 20 tendrán ventiladores mecánicos enviados por el gobierno federal la semana pasada.

Las personas que actualmente reciben tratamiento en el hospital serán trasladadas al Hospital General de Iztapalapa y al Materno Infantil de Tláhuac, informó la dependencia en un comunicado.

Personal de enfermería del turno nocturno denunció en redes sociales que no ha recibido capacitación suficiente ni equipo de protección completo. &quot;Nos dieron dos cubrebocas N95 para toda la semana&quot;, escribió una de las trabajadoras.

Hasta la noche del lunes, la Ciudad de México acumulaba mil 117 casos confirmados y 41 defunciones por el nuevo coronavirus, según el reporte diario de las autoridades sanitarias.

La dependencia pidió a la población no acudir directamente al hospital en caso de síntomas leves y comunicarse primero a Locatel o enviar un mensaje de texto al 51515.

Con información de Karla Esquivel.

📲 Únete al canal de WhatsApp de Metrópoli Diario y recibe las noticias más importantes del día.
Suscríbete a nuestro newsletter: boletin@metropolidiario.example.mx
""", g=gold(
    "wire",
    title="Habilitan el Hospital General de Tláhuac para atender solo pacientes con COVID-19",
    date="2020-04-07",
    bylines=[],
    source="Metrópoli Diario",
    body_first_words="La Secretaría de Salud capitalina anunció que el Hospital General de Tláhuac",
    body_last_words="comunicarse primero a Locatel o enviar un mensaje de texto al 51515.",
    boilerplate=[
        "Con información de Karla Esquivel",
        "Únete al canal de WhatsApp de Metrópoli Diario",
        "Suscríbete a nuestro newsletter: boletin@metropolidiario.example.mx",
        "Foto: Agencia Enfoque",
        "Por la Redacción",
    ],
    must_keep=[
        "Personal de enfermería del turno nocturno denunció en redes sociales que no ha recibido capacitación suficiente ni equipo de protección completo.",
        "Hasta la noche del lunes, la Ciudad de México acumulaba mil 117 casos confirmados y 41 defunciones por el nuevo coronavirus, según el reporte diario de las autoridades sanitarias.",
    ],
    photo_credit="Agencia Enfoque",
))

# ---------------------------------------------------------------- ar09 press (mixed EOL)
write("ar09", "text", """\
H. AYUNTAMIENTO DE NEZAHUALCÓYOTL
No. 318/2023

NEZAHUALCÓYOTL ENTREGA 2 MIL CALENTADORES SOLARES EN LA ZONA NORTE

Nezahualcóyotl, Méx.; a 9 de noviembre de 2023.– El Gobierno municipal entregó 2 mil calentadores solares a familias de las colonias Campestre Guadalupana, Ciudad Lago y Las Águilas, como parte del programa Neza Ahorra Energía, que busca reducir el gasto en gas LP de los hogares de la zona norte.

Los equipos, con capacidad de 150 litros, fueron adquiridos con una inversión de 14.6 millones de pesos y se instalarán sin costo para los beneficiarios, quienes fueron seleccionados mediante un estudio socioeconómico levantado entre junio y agosto.

El director de Desarrollo Urbano y Medio Ambiente, Gilberto Sandoval Pineda, explicó que un calentador de este tipo permite ahorrar hasta 70 por ciento del consumo de gas destinado al baño, lo que representa entre 250 y 400 pesos mensuales para una familia de cinco integrantes.

Durante la entrega, realizada en la explanada del Deportivo Ciudad Lago, vecinas como Marisol Herrera relataron que gastan cerca de mil pesos al mes en cilindros de gas. “Con lo que nos vamos a ahorrar podemos pagar los útiles de los niños”, dijo.

Las cuadrillas municipales comenzarán la instalación el lunes 13 de noviembre y prevén concluir en un plazo de seis semanas. Las familias que no alcanzaron lugar en esta etapa podrán registrarse a partir de enero de 2024 en las oficinas de la Dirección, ubicadas en el Palacio Municipal.

###

Unidad de Comunicación Social
Tel. 55 5716 9070
comunicacion@neza.example.mx
Facebook: /NezaGobiernoMx
""", eol="mixed", g=gold(
    "press_release",
    title="NEZAHUALCÓYOTL ENTREGA 2 MIL CALENTADORES SOLARES EN LA ZONA NORTE",
    date="2023-11-09",
    source="H. AYUNTAMIENTO DE NEZAHUALCÓYOTL",
    bulletin_number="318/2023",
    issuer="H. AYUNTAMIENTO DE NEZAHUALCÓYOTL",
    dateline_city="Nezahualcóyotl",
    body_first_words="El Gobierno municipal entregó 2 mil calentadores solares a familias de",
    body_last_words="en las oficinas de la Dirección, ubicadas en el Palacio Municipal.",
    boilerplate=[
        "###",
        "Unidad de Comunicación Social",
        "Tel. 55 5716 9070",
        "comunicacion@neza.example.mx",
        "Facebook: /NezaGobiernoMx",
        "No. 318/2023",
    ],
    must_keep=[
        "Los equipos, con capacidad de 150 litros, fueron adquiridos con una inversión de 14.6 millones de pesos y se instalarán sin costo para los beneficiarios, quienes fueron seleccionados mediante un estudio socioeconómico levantado entre junio y agosto.",
        "Durante la entrega, realizada en la explanada del Deportivo Ciudad Lago, vecinas como Marisol Herrera relataron que gastan cerca de mil pesos al mes en cilindros de gas.",
    ],
))

# ---------------------------------------------------------------- ar10 bad: saved HTML page
HTML = """\
<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cierran Periférico Norte por hundimiento en Tlalnepantla | Diario Capital</title>
<link rel="stylesheet" href="/static/css/main.4f2a9c.css">
<script async src="https://ads.diariocapital.example.mx/gpt.js"></script>
</head>
<body class="nota">
<header><nav><ul><li><a href="/">Inicio</a></li><li><a href="/metropoli">Metrópoli</a></li><li><a href="/edomex">Edomex</a></li></ul></nav></header>
<main>
<article>
<h1>Cierran Periférico Norte por hundimiento en Tlalnepantla</h1>
<p class="byline">Por <a href="/autor/lorena-vidal">Lorena Vidal</a> | 21/08/2021</p>
<p>Un hundimiento de aproximadamente tres metros de diámetro obligó al cierre de los carriles centrales del Periférico Norte, a la altura de Mundo E, en dirección a Cuautitlán.</p>
<div class="ad-slot" id="div-gpt-ad-1"></div>
<p>Protección Civil de Tlalnepantla informó que la oquedad se debe a una fuga en un colector de drenaje profundo.</p>
</article>
</main>
<footer>&copy; 2021 Diario Capital. Todos los derechos reservados.</footer>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'section':'edomex'});</script>
</body>
</html>
"""
write("ar10", "txt", raw=HTML.encode("utf-8"),
      g=bad("es una página HTML guardada, no el texto de una nota"))
