#!/usr/bin/env python3
"""Generator for blind set importer-o / b1.

Writes every source file as exact BYTES (encoding, BOM, line endings chosen per file)
plus NAME.gold.yaml. All people, outlets, offices, phones and e-mails are invented.
Placeholders inside texts: "␠" -> trailing space, "\u00a0" is a real NBSP.
"""
import os
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]
ENTRIES = []


def gold(**kw):
    g = {"readable": True, "family": None, "title": None, "date": None, "published": True,
         "bylines": [], "source": None, "section": None, "placement": [],
         "bulletin_number": None, "issuer": None, "dateline_city": None,
         "body_first_words": None, "body_last_words": None, "boilerplate": [],
         "must_keep": [], "photo_credit": None, "refusal_reason": None}
    for k in kw:
        assert k in g, k
    g.update(kw)
    return {k: g[k] for k in KEYS}


def bad(reason):
    g = gold(readable=False, family="bad", published=None, refusal_reason=reason)
    return g


def add(name, text=None, gold_=None, enc="utf-8", eol="lf", bom=False, raw=None):
    ENTRIES.append((name, text, gold_, enc, eol, bom, raw))


def encode(text, enc, eol, bom):
    text = text.replace("␠", " ")
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    elif eol == "mixed":
        # first half of the lines CRLF (pasted from a Windows editor), rest LF
        lines = text.split("\n")
        half = len(lines) // 2
        text = "\r\n".join(lines[:half]) + "\r\n" + "\n".join(lines[half:])
    data = text.encode(enc)
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data


# === ENTRIES ===

# o01 — wire, Guanajuato. Plain first-line title, "Texto:" byline, slash line with dotted date.
add("o01-mercado-incendio-leon.md", """Comerciantes del mercado Juárez piden reubicación
temporal tras el incendio del domingo

Texto: Mariana Oropeza Lira
León, Gto. / Diario del Bajío Hoy / 14.03.2023

Foto: Diario del Bajío Hoy / Archivo

Al menos 60 locatarios del mercado Juárez, en la zona centro de León, solicitaron al Ayuntamiento un espacio provisional para vender mientras se evalúan los daños que dejó el incendio registrado la madrugada del domingo en la nave de abarrotes.

Los comerciantes se reunieron desde temprano frente a la Presidencia Municipal con lonas y cajas de mercancía rescatada. Explicaron que llevan tres días sin ingresos y que muchos de ellos tienen créditos con proveedores que vencen esta semana.

“No pedimos regalado, pedimos un lugar donde poner la mesa. Aquí hay familias que viven al día”, dijo Rosario Villalpando, quien vende chiles secos desde hace 22 años en el mismo pasillo.

Lee también: Bomberos de León atienden 14 incendios en una semana Protección Civil municipal informó que el dictamen estructural de la nave estará listo en un plazo de diez días hábiles y que, hasta entonces, nadie podrá ingresar a los locales afectados.

La dirección de Mercados propuso habilitar el estacionamiento de la calle Hermanos Aldama como tianguis temporal, con 48 espacios techados, luz eléctrica y sanitarios portátiles. Los locatarios aceptaron revisar el plano, aunque pidieron que se respete el orden de los pasillos para que sus clientes puedan encontrarlos.

El director de Mercados, Joaquín Arellano Pérez, aseguró que la reubicación podría comenzar el lunes próximo si se firma el acuerdo con los representantes de cada giro.

Las causas del siniestro siguen bajo investigación.

Síguenos en Facebook e Instagram como @DiarioBajioHoy
""", gold(family="wire",
          title="Comerciantes del mercado Juárez piden reubicación temporal tras el incendio del domingo",
          date="2023-03-14", bylines=["Mariana Oropeza Lira"], source="Diario del Bajío Hoy",
          body_first_words="Al menos 60 locatarios del mercado Juárez",
          body_last_words="Las causas del siniestro siguen bajo investigación.",
          boilerplate=["Lee también: Bomberos de León atienden 14 incendios en una semana",
                       "Síguenos en Facebook e Instagram como @DiarioBajioHoy"],
          must_keep=["Protección Civil municipal informó que el dictamen estructural de la nave estará listo en un plazo de diez días hábiles y que, hasta entonces, nadie podrá ingresar a los locales afectados.",
                     "Las causas del siniestro siguen bajo investigación."],
          photo_credit="Diario del Bajío Hoy / Archivo"))

# o02 — press release, Yucatán municipality. Logo-text header, bulletin, balazos, dateline opens paragraph.
add("o02-calles-centro.txt", """AYUNTAMIENTO DE MÉRIDA · 2021-2024
Dirección de Comunicación Social
Boletín 1187

Con el programa “Calles Vivas” se rehabilitarán 40 cuadras del Centro Histórico

**• Se invertirán 18 millones de pesos en banquetas, alumbrado y arbolado**
**• Los trabajos se harán por tramos para no cerrar más de dos calles a la vez**

Mérida, Yucatán, martes 22 de agosto de 2023.- El Ayuntamiento de Mérida dio a conocer el programa “Calles Vivas”, con el que se rehabilitarán 40 cuadras del Centro Histórico entre septiembre y diciembre de este año, informó el director de Obras Públicas, Armando Cetina Pool.␠

El funcionario explicó que el proyecto incluye la ampliación de banquetas en las calles 60, 62 y 64, la sustitución de 320 luminarias por tecnología LED y la siembra de 150 árboles de especies nativas como ciricote, maculís y ramón.

“Queremos que el centro se camine con sombra y con seguridad. La idea es que el peatón recupere el espacio que por años se le dio al automóvil”, señaló Cetina Pool durante la presentación en el Salón de Cabildo.

Detalló que los trabajos se realizarán por tramos y en horario nocturno, de 22:00 a 6:00 horas, para reducir las afectaciones al comercio. En ningún momento habrá más de dos calles cerradas al mismo tiempo, y se colocarán señalamientos con las rutas alternas.␠

La inversión de 18 millones de pesos proviene de recursos propios del municipio. La Dirección de Obras Públicas publicará cada lunes en sus redes sociales el calendario de cierres de la semana.

Los comerciantes que tengan dudas podrán acudir al módulo de atención que se instalará en el Pasaje Picheta a partir del 1 de septiembre.

---o0o---

Dirección de Comunicación Social
Tel. (999) 000 4120, ext. 80
comunicacion@merida-ayto.example
""", gold(family="press_release",
          title="Con el programa “Calles Vivas” se rehabilitarán 40 cuadras del Centro Histórico",
          date="2023-08-22", source="Ayuntamiento de Mérida", issuer="Ayuntamiento de Mérida",
          bulletin_number="1187", dateline_city="Mérida",
          body_first_words="Se invertirán 18 millones de pesos en banquetas",
          body_last_words="a partir del 1 de septiembre.",
          boilerplate=["Boletín 1187", "---o0o---", "Dirección de Comunicación Social", "Tel. (999) 000 4120, ext. 80",
                       "comunicacion@merida-ayto.example"],
          must_keep=["Los trabajos se harán por tramos para no cerrar más de dos calles a la vez",
                     "Los comerciantes que tengan dudas podrán acudir al módulo de atención que se instalará en el Pasaje Picheta a partir del 1 de septiembre."]),
    bom=True)

# o03 — Jekyll, Jalisco site. Date with time and offset (UTC would be next day), placement in flow list.
add("o03-huerto-las-juntas.markdown", """---
layout: post
title: "Vecinos de Las Juntas convierten un predio abandonado en huerto comunitario"
date: 2023-03-01 22:40:00 -0600
categories: [Portada, Comunidad]
tags: [huertos, medio ambiente, San Pedro Tlaquepaque]
autor: Lucía Betancourt Ruelas
medio: El Faro de Tlaquepaque
image: /assets/img/2023/huerto-juntas.jpg
---

Lo que durante casi una década fue un terreno lleno de llantas y cascajo en la colonia Las Juntas, en San Pedro Tlaquepaque, hoy tiene surcos de maíz, calabaza, cilantro y jitomate. Un grupo de 25 vecinos, la mayoría mujeres jubiladas, limpió el predio durante cuatro fines de semana y lo convirtió en un huerto comunitario.

La idea surgió en una reunión de la asociación vecinal, cuando Graciela Navarro Ibarra propuso aprovechar el espacio antes de que volviera a ser tiradero. “Pedimos permiso al dueño, que vive en Tijuana, y nos dijo que mientras lo cuidáramos no había problema”, cuenta.

El agua sale de un tinaco que los propios vecinos compraron con una cooperación de 150 pesos por familia. Un estudiante de agronomía de la zona les enseñó a preparar composta con residuos de cocina y a sembrar en camas elevadas para aprovechar mejor la tierra, que estaba muy compactada.

Ahora el huerto abre los sábados de 8 a 11 de la mañana. Cualquier persona puede llegar a trabajar un rato y llevarse parte de la cosecha; lo que sobra se reparte entre adultos mayores que viven solos en la colonia.

Los vecinos buscan que el Ayuntamiento les ayude con una toma de agua y con una malla perimetral, pues en dos ocasiones se han robado las herramientas.

> “Aquí nadie es experto, todos vamos aprendiendo”, dice doña Graciela mientras riega las matas de chile.
""", gold(family="jekyll",
          title="Vecinos de Las Juntas convierten un predio abandonado en huerto comunitario",
          date="2023-03-01", bylines=["Lucía Betancourt Ruelas"], source="El Faro de Tlaquepaque",
          section="Comunidad", placement=["Portada"],
          body_first_words="Lo que durante casi una década fue un terreno",
          body_last_words="mientras riega las matas de chile.",
          must_keep=["Ahora el huerto abre los sábados de 8 a 11 de la mañana."]))

# o04 — generic: plain first-line title, no date, no family marks.
add("o04-secas-mixteca.txt", """Apuntes sobre la temporada de secas en la Mixteca

En las comunidades altas de la Mixteca oaxaqueña la temporada de secas ya no empieza en marzo, como recuerdan los abuelos, sino a mediados de febrero. Los jagüeyes, esas hondonadas donde se junta el agua de lluvia para el ganado, se vacían cada año un poco antes, y las familias tienen que caminar más lejos para encontrar un ojo de agua.

En Santiago Tilantongo y en los pueblos vecinos, los comités de agua llevan registros en cuadernos escolares: cuántas horas corre el manantial, cuántos tambos se llenan por familia, qué día se secó el pozo de la escuela. Esos cuadernos, escritos a lápiz y guardados en la agencia municipal, son a veces la única medición disponible.

Algunas comunidades han vuelto a las zanjas de infiltración y a los bordos de piedra que se construían con tequio. Otras han recibido cisternas de ferrocemento, aunque no siempre con capacitación para darles mantenimiento, y varias ya tienen grietas.

La conversación en las asambleas no es solo técnica. Se discute quién tiene derecho a regar, si se permite lavar carros con agua del sistema comunitario y qué hacer con las familias que regresan de Estados Unidos y construyen casas con baño de regadera.

Nada de esto aparece en las estadísticas nacionales, que miden presas y acuíferos grandes. Pero es ahí, en la escala de un manantial compartido, donde se decide si un pueblo puede seguir viviendo en su territorio durante los meses sin lluvia.
""", gold(family="generic", title="Apuntes sobre la temporada de secas en la Mixteca",
          body_first_words="En las comunidades altas de la Mixteca oaxaqueña",
          body_last_words="durante los meses sin lluvia.",
          must_keep=["Algunas comunidades han vuelto a las zanjas de infiltración y a los bordos de piedra que se construían con tequio."]))

# o05 — press release, Durango state secretariat. cp1252 + CRLF, government header, capitals title,
# subtitle line, dateline on its own line with "; a", end marker -oOo- and contact block.
add("o05-dengue-laguna.text", """GOBIERNO DEL ESTADO DE DURANGO
SECRETARÍA DE SALUD

COMUNICADO No. 1457/23

REFUERZA SALUD CAMPAÑA CONTRA EL DENGUE
EN LA LAGUNA DURANGUENSE

Brigadas visitarán 12 mil viviendas de Gómez Palacio y Lerdo

Victoria de Durango, Dgo.; a 9 de septiembre de 2023

Con la llegada de las lluvias, la Secretaría de Salud de Durango intensificó las acciones de prevención contra el dengue en los municipios de Gómez Palacio y Lerdo, donde en las últimas dos semanas se confirmaron 17 casos de la enfermedad.

El titular de la dependencia, Dr. Óscar Mijares Quiñones, informó que 60 brigadistas recorrerán casa por casa las colonias con mayor incidencia para eliminar criaderos del mosquito Aedes aegypti, aplicar larvicida en depósitos de agua y orientar a las familias sobre los síntomas de alarma.

Entre las colonias prioritarias se encuentran Santa Rosa, Filadelfia y El Castillo, en Gómez Palacio, así como Villa de Guadalupe y el centro de Lerdo. Además, se realizarán jornadas de nebulización en horario nocturno durante los próximos 15 días.

Mijares Quiñones recordó que la fiebre alta, el dolor detrás de los ojos, el dolor muscular y las manchas en la piel son señales para acudir de inmediato a la unidad de salud más cercana, y pidió no automedicarse, en especial con antiinflamatorios.

La dependencia exhortó a la población a voltear cubetas, tapar tinacos, cambiar el agua de floreros y bebederos cada tercer día y permitir el acceso al personal acreditado, que porta gafete y chaleco institucional.

En lo que va del año, Durango acumula 41 casos confirmados de dengue, ninguno de ellos grave.

-oOo-

Unidad de Comunicación Social
Tel. 618 000 4455 · comunicacion.salud@durango-gob.example
Twitter: @SaludDgo_ej
""", gold(family="press_release",
          title="REFUERZA SALUD CAMPAÑA CONTRA EL DENGUE EN LA LAGUNA DURANGUENSE",
          date="2023-09-09", source="Secretaría de Salud de Durango",
          issuer="Secretaría de Salud de Durango", bulletin_number="1457/23",
          dateline_city="Victoria de Durango",
          body_first_words="Brigadas visitarán 12 mil viviendas de Gómez Palacio y Lerdo",
          body_last_words="ninguno de ellos grave.",
          boilerplate=["GOBIERNO DEL ESTADO DE DURANGO", "COMUNICADO No. 1457/23", "-oOo-",
                       "Unidad de Comunicación Social", "Tel. 618 000 4455",
                       "comunicacion.salud@durango-gob.example", "@SaludDgo_ej"],
          must_keep=["En lo que va del año, Durango acumula 41 casos confirmados de dengue, ninguno de ellos grave."]),
    enc="cp1252", eol="crlf")

# o06 — wire, Tamaulipas. "##" title, two authors with "y", slash dateline, teaser glued at the
# END of a paragraph, MÁS NOTICIAS block, WhatsApp pitch. CRLF.
add("o06-puente-reynosa.txt", """## Transportistas bloquean por seis horas el puente Reynosa-Pharr; exigen agilizar revisiones

Por Héctor Ramírez Solís y Daniela Ochoa Treviño
Reynosa, Tamaulipas | La Voz Fronteriza | 12 de junio de 2023

Alrededor de 300 tractocamiones quedaron varados este lunes en el puente internacional Reynosa-Pharr luego de que un grupo de transportistas bloqueó los accesos en protesta por las largas filas en la revisión de carga del lado estadounidense.

El bloqueo comenzó a las 5:00 horas, cuando los operadores estacionaron sus unidades en los tres carriles de carga. Según la Cámara Nacional del Autotransporte de Carga en la región, las esperas para cruzar han llegado hasta 14 horas en las últimas semanas.

“Hay compañeros que duermen dos noches en la cabina. Se echa a perder la mercancía y nadie nos paga el tiempo”, dijo Ernesto Garza Leal, operador con 18 años de experiencia. Te puede interesar | Reabren garita de Nuevo Laredo tras dos días de cierre

Representantes de la aduana mexicana se reunieron con los inconformes cerca del mediodía y se comprometieron a gestionar con las autoridades estadounidenses un horario extendido para el carril FAST, destinado a empresas certificadas.

Hacia las 11:00 horas los transportistas liberaron de manera parcial el paso y a las 13:00 se restableció por completo la circulación, aunque las filas se extendieron por más de cinco kilómetros sobre la carretera a Monterrey.

Empresarios de la industria maquiladora advirtieron que los retrasos ya provocan paros de línea en algunas plantas que dependen de insumos que cruzan a diario. La reunión con funcionarios de ambos países quedó programada para el jueves en la ciudad de McAllen.

Foto: Cortesía

MÁS NOTICIAS
- Suspenden clases en 40 escuelas de Río Bravo por falta de agua
- Detienen a dos por robo de combustible en Valle Hermoso
- Inicia temporada de huracanes: lo que debes saber

📲 Únete al canal de WhatsApp de La Voz Fronteriza y recibe las noticias de Reynosa antes que nadie.
""", gold(family="wire",
          title="Transportistas bloquean por seis horas el puente Reynosa-Pharr; exigen agilizar revisiones",
          date="2023-06-12", bylines=["Héctor Ramírez Solís", "Daniela Ochoa Treviño"],
          source="La Voz Fronteriza",
          body_first_words="Alrededor de 300 tractocamiones quedaron varados",
          body_last_words="quedó programada para el jueves en la ciudad de McAllen.",
          boilerplate=["Te puede interesar | Reabren garita de Nuevo Laredo tras dos días de cierre",
                       "MÁS NOTICIAS",
                       "Suspenden clases en 40 escuelas de Río Bravo por falta de agua",
                       "Detienen a dos por robo de combustible en Valle Hermoso",
                       "Inicia temporada de huracanes: lo que debes saber",
                       "Únete al canal de WhatsApp de La Voz Fronteriza"],
          must_keep=["“Hay compañeros que duermen dos noches en la cabina. Se echa a perder la mercancía y nadie nos paga el tiempo”, dijo Ernesto Garza Leal, operador con 18 años de experiencia."],
          photo_credit="Cortesía"),
    eol="crlf")

# o07 — bad: saved web page.
add("o07-nota-guardada.html", """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Inauguran ciclovía en Xalapa | Portal Informativo</title>
<link rel="stylesheet" href="./Inauguran ciclovía_files/style.css">
<script src="./Inauguran ciclovía_files/gtm.js"></script>
</head>
<body class="single-post">
<header><nav><a href="/">Inicio</a> <a href="/estado">Estado</a></nav></header>
<article>
<h1>Inauguran ciclovía en la avenida Ávila Camacho</h1>
<p class="byline">Por Redacción</p>
<p>La nueva ciclovía de 3.2 kilómetros conecta el centro con la zona universitaria.</p>
</article>
<footer>&copy; 2023 Portal Informativo. Todos los derechos reservados.</footer>
</body>
</html>
""", bad("El archivo es una página web guardada en HTML, no una nota en texto, y no se importa."))

# o08 — Jekyll, Zacatecas site. Quoted day-first date, singular category, block tags with a
# placement flag, English author key, outlet under `fuente`, published: yes. UTF-8 BOM.
add("o08-tianguis-fresnillo.md", """---
title: Tianguis de Fresnillo estrena reglamento y cobro por metro lineal
date: "23/04/2019"
category: Municipios
tags:
  - Destacadas
  - Fresnillo
  - comercio
author: Rogelio Saucedo Marín
fuente: Noticias del Llano
published: yes
---

El tianguis dominical de Fresnillo, uno de los más grandes de Zacatecas, funcionará a partir de mayo con un nuevo reglamento aprobado por el Cabildo, que establece el cobro de piso por metro lineal y prohíbe la venta de animales vivos.

De acuerdo con el documento, cada comerciante pagará 12 pesos por metro lineal ocupado, en lugar de la cuota fija de 40 pesos que se cobraba sin importar el tamaño del puesto. La Tesorería municipal calcula que el cambio permitirá recaudar alrededor de 30 por ciento más cada domingo.

El reglamento también fija un horario de instalación de las 5:00 a las 7:00 horas y obliga a retirar la basura de cada puesto al cierre. Quien no cumpla podrá perder su lugar después de tres faltas.

La prohibición de vender animales vivos, como pollos, conejos y cachorros, generó inconformidad entre algunos comerciantes del pasillo norte, quienes aseguran que es su única fuente de ingreso. El regidor de Comercio, Alfonso Delgado Ruvalcaba, dijo que se les ofrecerá reubicarse en otro giro sin costo durante los primeros tres meses.

Los líderes de las cuatro uniones de tianguistas firmaron el acuerdo, aunque pidieron que se instalen baños públicos y que se mejore el alumbrado de las calles aledañas antes de que entre en vigor el nuevo cobro.
""", gold(family="jekyll",
          title="Tianguis de Fresnillo estrena reglamento y cobro por metro lineal",
          date="2019-04-23", bylines=["Rogelio Saucedo Marín"], source="Noticias del Llano",
          section="Municipios", placement=["Destacadas"],
          body_first_words="El tianguis dominical de Fresnillo",
          body_last_words="antes de que entre en vigor el nuevo cobro.",
          must_keep=["Quien no cumpla podrá perder su lugar después de tres faltas."]),
    bom=True)

# o09 — wire, Quintana Roo. Bold title, "Outlet / Redacción" byline, dateline opening the first
# paragraph, teaser glued at the START of a paragraph, "Con información de", newsletter pitch.
# Mixed line endings and NBSPs.
add("o09-sargazo-mahahual.md", """**Llega a Mahahual el primer barco recolector de sargazo; operará frente a la costa sur**

Pulso Peninsular / Redacción

(Foto: Especial)

CHETUMAL, Q.\u00a0Roo, 5 de noviembre de 2022.— Un barco recolector de sargazo con capacidad para retirar hasta 40 toneladas diarias de la macroalga comenzó a operar frente a las costas de Mahahual, en el municipio de Othón P. Blanco, como parte de una prueba piloto que durará seis meses.

La embarcación, construida en un astillero de Campeche, cuenta con una banda transportadora que levanta el sargazo antes de que llegue a la playa y lo deposita en contenedores que luego se trasladan a un predio en tierra firme para su secado.

También te recomendamos: ¿Cómo saber si una playa tiene sargazo? Consulta el semáforo La capitanía de puerto informó que el barco trabajará en una franja de cinco kilómetros entre el muelle de cruceros y la zona de Xcalak, donde los prestadores de servicios turísticos han reportado las mayores acumulaciones.

Hoteleros y restauranteros de la zona celebraron la llegada de la embarcación, aunque advirtieron que no será suficiente durante los meses de mayor arribo, entre abril y agosto. “Con un solo barco no alcanzamos, pero al menos ya no tenemos que esperar a que el sargazo se pudra en la orilla”, comentó Fabiola Canché Uc, dueña de un restaurante frente al malecón.

Especialistas en biología marina han señalado que retirar el alga en el mar reduce el daño a los pastos marinos y a los corales, que sufren por la falta de oxígeno cuando el sargazo se descompone cerca de la costa.

Al término de la prueba piloto, las autoridades evaluarán si se adquieren dos embarcaciones más para el sur del estado.

Con información de Agencia Caribe Noticias

✉️ Suscríbete a nuestro boletín y recibe cada mañana lo más importante de Quintana Roo en tu correo.
""", gold(family="wire",
          title="Llega a Mahahual el primer barco recolector de sargazo; operará frente a la costa sur",
          date="2022-11-05", source="Pulso Peninsular",
          body_first_words="Un barco recolector de sargazo con capacidad",
          body_last_words="si se adquieren dos embarcaciones más para el sur del estado.",
          boilerplate=["También te recomendamos: ¿Cómo saber si una playa tiene sargazo? Consulta el semáforo",
                       "Con información de Agencia Caribe Noticias",
                       "Suscríbete a nuestro boletín y recibe cada mañana lo más importante de Quintana Roo en tu correo."],
          must_keep=["La capitanía de puerto informó que el barco trabajará en una franja de cinco kilómetros entre el muelle de cruceros y la zona de Xcalak, donde los prestadores de servicios turísticos han reportado las mayores acumulaciones."],
          photo_credit="Especial"),
    eol="mixed")

# o10 — press release, autonomous body (Coahuila). "COMUNICADO" first, city/date line BEFORE the
# title, numbering with prefix letters, title as "#" heading, end marker ### and social handles.
add("o10-defensoria-albergues.md", """COMUNICADO

Comunicado DDHC-021/2024

Saltillo, Coahuila de Zaragoza, a 14 de febrero de 2024

# Emite Defensoría recomendación a tres municipios por condiciones de albergues para personas migrantes

La Defensoría de los Derechos Humanos de Coahuila emitió la recomendación 04/2024 dirigida a los ayuntamientos de Piedras Negras, Acuña y Saltillo, tras constatar deficiencias en los albergues temporales que operan para personas migrantes en tránsito.

Durante las visitas de supervisión realizadas entre noviembre y enero, el personal de la Defensoría documentó hacinamiento, falta de agua caliente, ausencia de áreas separadas para mujeres con niñas y niños, así como la falta de personal médico en horario nocturno.

La titular del organismo, Mtra. Irene Valdés Cantú, explicó que la recomendación no busca señalar a las autoridades, sino establecer compromisos concretos y verificables. “Los albergues municipales han sido rebasados por la llegada de familias completas; lo que pedimos es un plan con fechas y presupuesto”, sostuvo.

Entre los puntos recomendados se encuentran la instalación de calentadores solares, la contratación de personal de enfermería para el turno de noche, la capacitación del personal en atención a la niñez migrante y la creación de un registro que permita dar seguimiento a las quejas.

Los ayuntamientos cuentan con un plazo de 15 días hábiles para informar si aceptan la recomendación y, en su caso, 30 días adicionales para presentar las pruebas de su cumplimiento.

La Defensoría recordó que cualquier persona puede presentar una queja de manera gratuita, sin importar su situación migratoria, en sus oficinas regionales o a través de su línea telefónica.

###

Síguenos: Facebook /DefensoriaDHCoahuilaEj · X @ddhc_coah_ej · Instagram @ddhc.coahuila.ej
Línea de quejas: 844 000 7700
""", gold(family="press_release",
          title="Emite Defensoría recomendación a tres municipios por condiciones de albergues para personas migrantes",
          date="2024-02-14", source="Defensoría de los Derechos Humanos de Coahuila",
          issuer="Defensoría de los Derechos Humanos de Coahuila", bulletin_number="DDHC-021/2024",
          dateline_city="Saltillo",
          body_first_words="La Defensoría de los Derechos Humanos de Coahuila emitió",
          body_last_words="en sus oficinas regionales o a través de su línea telefónica.",
          boilerplate=["Comunicado DDHC-021/2024", "###",
                       "Síguenos: Facebook /DefensoriaDHCoahuilaEj · X @ddhc_coah_ej · Instagram @ddhc.coahuila.ej",
                       "Línea de quejas: 844 000 7700"],
          must_keep=["Los ayuntamientos cuentan con un plazo de 15 días hábiles para informar si aceptan la recomendación y, en su caso, 30 días adicionales para presentar las pruebas de su cumplimiento."]))

# o11 — generic: "#" heading title, then a bare date line (counts as the note's date), subheads.
add("o11-bitacora-malinche.md", """# Bitácora de la brigada de reforestación en las faldas de La Malinche

14 de marzo de 2023

Salimos de Huamantla a las seis de la mañana en dos camionetas prestadas. Éramos 31 personas: estudiantes de preparatoria, cuatro ejidatarios de San Juan Ixtenco y un grupo de vecinos que se enteró de la jornada por el perifoneo del sábado.

## Lo que se plantó

Llevábamos 1,200 plántulas de pino hartwegii y de oyamel donadas por un vivero comunitario. El terreno asignado fue una ladera que se quemó hace dos años; todavía se ven los troncos negros entre los pastizales. Trabajamos en cuadrillas de cinco: uno abría la cepa, otro acomodaba la planta, dos acarreaban tierra y el último colocaba piedras alrededor para guardar la humedad.

## Lo que faltó

El agua. Calculamos mal y a mediodía ya no quedaba para las plantas, solo para beber. Don Eusebio, el ejidatario de mayor edad, nos explicó que lo mejor es plantar justo antes de las lluvias, en junio, y no en plena temporada seca. Lo anotamos para la próxima.

También faltaron guantes y palas. Varias personas trabajaron con las manos y terminaron con ampollas.

## Lo que sigue

Acordamos regresar cada quince días para revisar cuántas plántulas sobreviven y reponer las que se sequen. Los ejidatarios se ofrecieron a vigilar que no entre ganado a la ladera.

Al final de la jornada contamos 1,140 plantas sembradas. Si sobrevive la mitad, dijo Don Eusebio, será una buena cosecha.
""", gold(family="generic",
          title="Bitácora de la brigada de reforestación en las faldas de La Malinche",
          date="2023-03-14",
          body_first_words="Salimos de Huamantla a las seis de la mañana",
          body_last_words="será una buena cosecha.",
          must_keep=["También faltaron guantes y palas."]))

# o12 — Jekyll, Puebla site. Spanish long-form date string, comma-separated categories string
# (section first, placement second), `autora:`, outlet under `sitio:`, published: false.
add("o12-atlixco-flores.md", """---
titulo_seo: Floricultores de Atlixco
title: "Floricultores de Atlixco esperan repunte en ventas de cempasúchil pese a la sequía"
date: "5 de octubre de 2022"
categories: "Economía, Portada"
tags: [cempasúchil, Atlixco, Día de Muertos]
autora: Ximena Tlapa Cortés
sitio: Atlixco Hoy
published: false
---

Los productores de flor de cempasúchil del valle de Atlixco prevén vender alrededor de 350 mil macetas y 80 toneladas de flor de corte en la temporada de Día de Muertos, aunque la falta de lluvias en julio y agosto redujo el tamaño de las plantas en algunas parcelas.

En la junta auxiliar de Santa Cruz Tehuixpango, donde se concentra buena parte de los invernaderos, las familias trabajan desde las cinco de la mañana para tener listas las macetas que salen cada noche rumbo a la Ciudad de México, Tlaxcala y Veracruz.

“Este año tuvimos que regar con pipa. El agua nos costó casi el doble, pero si no regábamos se perdía todo”, explicó Rutilio Pérez Molina, quien siembra dos hectáreas junto con sus tres hijos.

El precio de la maceta mediana se mantendrá entre 35 y 45 pesos en el campo, mientras que el manojo de flor de corte se venderá entre 60 y 90 pesos, dependiendo de la calidad. Los productores piden a los consumidores comprar directamente en la zona para evitar intermediarios.

La Asociación de Floricultores de Atlixco informó que este año más de 400 familias sembraron cempasúchil, y que algunas parcelas ya experimentan con variedades enanas para venta en departamentos.

El tradicional corredor de venta sobre la carretera federal Atlixco-Puebla abrirá el 20 de octubre.
""", gold(family="jekyll",
          title="Floricultores de Atlixco esperan repunte en ventas de cempasúchil pese a la sequía",
          date="2022-10-05", published=False, bylines=["Ximena Tlapa Cortés"], source="Atlixco Hoy",
          section="Economía", placement=["Portada"],
          body_first_words="Los productores de flor de cempasúchil del valle de Atlixco",
          body_last_words="abrirá el 20 de octubre.",
          must_keep=["El tradicional corredor de venta sobre la carretera federal Atlixco-Puebla abrirá el 20 de octubre."]))

# o13 — wire, Chihuahua. cp1252. "#" title, section label, "Por:" byline, weekday date line,
# teaser glued in the MIDDLE of a paragraph, contact e-mail pitch at the end.
add("o13-nevada-guachochi.text", """Sección: Sierra

# Maestros de Guachochi llevan despensas a comunidades incomunicadas por la nevada

Por: Ismael Chaparro Loya
Guachochi, Chih., jueves 19 de enero de 2023 — El Informador Serrano

Un grupo de 18 maestros de escuelas primarias de Guachochi organizó una colecta de víveres y cobijas para las familias de cinco comunidades rarámuri que quedaron aisladas desde el fin de semana por la nevada que cubrió la parte alta de la Sierra Tarahumara.

Los docentes reunieron en dos días más de 300 despensas, 150 cobijas y medicamentos básicos donados por comerciantes y padres de familia. La entrega se hizo en camionetas de doble tracción, porque los caminos de terracería siguen cubiertos por hasta 40 centímetros de nieve en algunos tramos.

“Nuestros alumnos no pueden llegar a la escuela y sabemos que en sus casas se acabó la leña. No podíamos quedarnos sin hacer nada”, dijo la profesora Amalia Holguín Batista. Relacionado: Nevada deja 20 comunidades incomunicadas en Guadalupe y Calvo Los maestros explicaron que eligieron las comunidades a partir de las listas de asistencia, identificando a los niños que dejaron de ir a clases desde el lunes.

En Rejogochi, una de las localidades visitadas, las familias contaron que llevaban tres días comiendo solo pinole y tortillas. El gobernador indígena de la comunidad agradeció la ayuda y pidió que las autoridades abran el camino con maquinaria antes de que llegue el siguiente frente frío.

Protección Civil municipal informó que una motoconformadora trabaja desde el martes en el tramo hacia Norogachi, pero que las bajas temperaturas provocan que el lodo se congele durante la noche.

Foto: Ismael Chaparro

¿Tienes una denuncia o quieres que cubramos tu comunidad? Escríbenos a redaccion@informadorserrano.example
""", gold(family="wire",
          title="Maestros de Guachochi llevan despensas a comunidades incomunicadas por la nevada",
          date="2023-01-19", bylines=["Ismael Chaparro Loya"], source="El Informador Serrano",
          section="Sierra",
          body_first_words="Un grupo de 18 maestros de escuelas primarias de Guachochi",
          body_last_words="provocan que el lodo se congele durante la noche.",
          boilerplate=["Relacionado: Nevada deja 20 comunidades incomunicadas en Guadalupe y Calvo",
                       "¿Tienes una denuncia o quieres que cubramos tu comunidad? Escríbenos a redaccion@informadorserrano.example"],
          must_keep=["Los maestros explicaron que eligieron las comunidades a partir de las listas de asistencia, identificando a los niños que dejaron de ir a clases desde el lunes.",
                     "“Nuestros alumnos no pueden llegar a la escuela y sabemos que en sus casas se acabó la leña. No podíamos quedarnos sin hacer nada”, dijo la profesora Amalia Holguín Batista."],
          photo_credit="Ismael Chaparro"),
    enc="cp1252")

# o14 — press release, Michoacán institute. Issuer only in a logo-text line, "Núm." number,
# dateline "Cd.\u00a0Hidalgo" (NBSP) opening the paragraph, -30- then a department block. Trailing spaces.
add("o14-robotica-oriente.txt", """[logotipo] INSTITUTO TECNOLÓGICO SUPERIOR DEL ORIENTE DE MICHOACÁN␠␠
Departamento de Difusión y Vinculación␠
Núm. 45-2023

Estudiantes de Mecatrónica obtienen primer lugar en torneo nacional de robótica agrícola

Cd.\u00a0Hidalgo, Mich., 27 de octubre de 2023.- Un equipo de cinco estudiantes de la carrera de Ingeniería Mecatrónica obtuvo el primer lugar en la categoría de robótica agrícola del Torneo Nacional de Innovación Tecnológica, celebrado en la ciudad de Querétaro, con un prototipo que detecta plagas en cultivos de aguacate.␠

El robot, al que los estudiantes llamaron “Tlacuache”, recorre los surcos de manera autónoma y toma fotografías de las hojas, que después analiza con un programa de reconocimiento de imágenes entrenado por el propio equipo. Cuando detecta manchas asociadas a trips o ácaros, marca la ubicación del árbol en un mapa que el productor puede consultar desde su teléfono.

El equipo está integrado por Andrea Medina Zavala, Luis Fernando Correa Gil, Karla Sofía Ayala Pineda, Diego Ruiz Mondragón y Jesús Emmanuel Tapia Bucio, y fue asesorado por el profesor Raymundo Cázares Lemus.

“Muchos de nosotros somos hijos de productores y conocemos el problema de primera mano. Queríamos algo que se pudiera usar en huertas pequeñas, no solo en las grandes empresas”, explicó Andrea Medina durante la ceremonia de premiación.␠

El director general del Instituto felicitó a los estudiantes y anunció que la institución buscará registrar el prototipo ante el Instituto Mexicano de la Propiedad Industrial, además de presentarlo a las asociaciones de productores de la región oriente del estado.

Con este resultado, el equipo obtuvo su pase al certamen internacional que se celebrará en abril de 2024 en Monterrey.

-30-

Departamento de Difusión y Vinculación
Tel. 786 000 2319 | difusion@itsoriente-mich.example
""", gold(family="press_release",
          title="Estudiantes de Mecatrónica obtienen primer lugar en torneo nacional de robótica agrícola",
          date="2023-10-27", source="Instituto Tecnológico Superior del Oriente de Michoacán",
          issuer="Instituto Tecnológico Superior del Oriente de Michoacán", bulletin_number="45-2023",
          dateline_city="Cd. Hidalgo",
          body_first_words="Un equipo de cinco estudiantes de la carrera de Ingeniería Mecatrónica",
          body_last_words="que se celebrará en abril de 2024 en Monterrey.",
          boilerplate=["[logotipo]", "Núm. 45-2023", "-30-", "Departamento de Difusión y Vinculación",
                       "Tel. 786 000 2319 | difusion@itsoriente-mich.example"],
          must_keep=["Con este resultado, el equipo obtuvo su pase al certamen internacional que se celebrará en abril de 2024 en Monterrey."]))

# o15 — bad: front matter with no body.
add("o15-borrador-feria.md", """---
layout: post
title: "Feria del Elote 2023: cartelera completa"
date: 2023-08-10 09:00:00 -0500
categories: [Cultura]
author: Equipo editorial
---


""", bad("El archivo solo contiene el encabezado de metadatos y no tiene cuerpo de nota que importar."))

# o16 — wire, Oaxaca. Outlet/city/date line FIRST (above the title), "##" title, standalone teaser
# paragraph, byline at the END ("Por …"), TikTok pitch.
add("o16-pescadores-istmo.txt", """NOTICIAS ISTMO SUR • Juchitán de Zaragoza, Oaxaca • 02/07/2023

## Pescadores de la laguna Superior denuncian mortandad de peces tras lluvias atípicas

Foto: Noticias Istmo Sur

Cooperativas pesqueras de San Mateo del Mar y Álvaro Obregón reportaron la aparición de cientos de peces muertos en la orilla de la laguna Superior, luego de las lluvias atípicas que se registraron en la región durante la última semana de junio.

Los pescadores, en su mayoría ikoots y binnizá, explicaron que el agua cambió de color y que desde hace cuatro días no han podido salir a trabajar porque las redes regresan vacías o con peces en descomposición.

“Vivimos de lo que sacamos cada día. Si la laguna se enferma, nosotros también”, dijo Feliciano Ortiz Matus, presidente de una de las cooperativas afectadas.

Lee también: Reportan desabasto de agua potable en colonias de Salina Cruz

Los pescadores pidieron a las autoridades ambientales tomar muestras del agua para determinar si la mortandad se debe al arrastre de sedimentos, a la falta de oxígeno o a descargas de aguas residuales de las poblaciones cercanas. Señalaron que en años anteriores ya habían denunciado descargas sin tratamiento sin obtener respuesta.

Investigadores de una universidad de la región que visitaron la zona el fin de semana explicaron que las lluvias intensas pueden provocar cambios bruscos en la salinidad de la laguna, lo que afecta sobre todo a especies como la lisa y el robalo.

Las cooperativas solicitaron un apoyo económico de emergencia mientras se restablecen las condiciones para pescar, y advirtieron que si no reciben respuesta en una semana acudirán a la capital del estado.

Por Citlali Toledo Vicente

Síguenos en TikTok e Instagram: @istmosur.noticias
""", gold(family="wire",
          title="Pescadores de la laguna Superior denuncian mortandad de peces tras lluvias atípicas",
          date="2023-07-02", bylines=["Citlali Toledo Vicente"], source="Noticias Istmo Sur",
          body_first_words="Cooperativas pesqueras de San Mateo del Mar y Álvaro Obregón",
          body_last_words="acudirán a la capital del estado.",
          boilerplate=["Lee también: Reportan desabasto de agua potable en colonias de Salina Cruz",
                       "Síguenos en TikTok e Instagram: @istmosur.noticias"],
          must_keep=["“Vivimos de lo que sacamos cada día. Si la laguna se enferma, nosotros también”, dijo Feliciano Ortiz Matus, presidente de una de las cooperativas afectadas."],
          photo_credit="Noticias Istmo Sur"))

# o17 — Jekyll, Sonora site. Naive date with time, block-style categories holding a placement flag,
# two authors under `autores`, outlet under `publisher`, status: draft.
add("o17-beisbol-hermosillo.markdown", """---
layout: nota
title: Liga infantil de beisbol de Hermosillo recupera su estadio tras dos años de obras
date: 2022-07-16 08:15
categories:
  - Deportes
  - Destacadas
tags:
  - beisbol
  - Hermosillo
autores: [Joel Valenzuela Ibarra, Carmen Lucero Félix]
publisher: Hermosillo al Día
status: draft
---

Después de dos años de jugar en canchas prestadas, los 420 niños y niñas de la Liga Infantil de Beisbol Colonia Modelo volvieron este sábado a su estadio, que fue remodelado con una nueva pizarra electrónica, gradas techadas y un sistema de riego para el pasto.

La ceremonia de reinauguración comenzó a las siete de la mañana, para evitar el calor, con un desfile de los 32 equipos de la liga por las calles de la colonia. Los padres de familia acompañaron a los peloteros con matracas, tambores y pancartas hechas a mano.

El presidente de la liga, Efrén Moreno Quijada, recordó que las obras se retrasaron por falta de recursos y que en varias ocasiones los propios padres organizaron rifas y venta de comida para comprar material. “Este estadio es de las familias. Aquí cada ladrillo tiene nombre”, dijo.

La remodelación incluyó también baños nuevos, un área de primeros auxilios y una rampa de acceso para personas con discapacidad, que antes no existía.

El primer partido de la temporada enfrentó a los equipos Cachorros y Halcones, de la categoría de 9 y 10 años, y terminó con victoria de Halcones por 7 carreras a 5.

La liga, fundada en 1978, ha formado a varios peloteros que después jugaron en la Liga Mexicana del Pacífico. Las inscripciones para la temporada de invierno estarán abiertas hasta el 30 de agosto.
""", gold(family="jekyll",
          title="Liga infantil de beisbol de Hermosillo recupera su estadio tras dos años de obras",
          date="2022-07-16", published=False,
          bylines=["Joel Valenzuela Ibarra", "Carmen Lucero Félix"], source="Hermosillo al Día",
          section="Deportes", placement=["Destacadas"],
          body_first_words="Después de dos años de jugar en canchas prestadas",
          body_last_words="estarán abiertas hasta el 30 de agosto.",
          must_keep=["La remodelación incluyó también baños nuevos, un área de primeros auxilios y una rampa de acceso para personas con discapacidad, que antes no existía."]))

# o18 — press release, Nayarit congress. Two-line header with legislature, "Boletín No.", dateline on
# its own line with "; ", title in capitals wrapped over two lines, plain-dash balazos, FIN + press unit.
add("o18-ley-aguas-nayarit.md", """H. CONGRESO DEL ESTADO DE NAYARIT
XXXIII LEGISLATURA

Boletín No. 212

Tepic, Nayarit; 30 de noviembre de 2023

APRUEBA CONGRESO REFORMA PARA PROTEGER
MANGLARES DE LA COSTA NORTE

- Se prohíbe el relleno de humedales en San Blas, Santiago Ixcuintla y Tecuala
- Las multas podrán llegar a 20 mil Unidades de Medida y Actualización

Con 27 votos a favor y 2 abstenciones, el Pleno del Congreso del Estado de Nayarit aprobó la reforma a la Ley de Equilibrio Ecológico y Protección al Ambiente del estado, con la que se prohíbe el relleno, desecación o desmonte de manglares y humedales costeros en los municipios de la costa norte.

La iniciativa fue presentada por la diputada Rebeca Aguayo Sandoval, presidenta de la Comisión de Medio Ambiente, quien explicó en tribuna que en los últimos diez años se han perdido cerca de 1,800 hectáreas de manglar en Nayarit por la expansión de granjas acuícolas, desarrollos turísticos y caminos sin autorización.

La reforma establece que cualquier obra en zonas de humedal deberá contar con un dictamen previo de la autoridad ambiental estatal, y que los ayuntamientos no podrán otorgar licencias de construcción sin ese documento. Además, obliga a quien haya destruido manglar a restaurar una superficie equivalente al triple de la afectada.

Durante la discusión, legisladores de distintos grupos parlamentarios coincidieron en que el manglar protege a las comunidades costeras de huracanes y marejadas, y sostiene la pesca de camarón, de la que dependen miles de familias.

El decreto será enviado al Poder Ejecutivo para su publicación en el Periódico Oficial, y entrará en vigor al día siguiente.

FIN

Coordinación de Comunicación Social y Relaciones Públicas
comunicacion@congreso-nay.example · 311 000 1500
""", gold(family="press_release",
          title="APRUEBA CONGRESO REFORMA PARA PROTEGER MANGLARES DE LA COSTA NORTE",
          date="2023-11-30", source="Congreso del Estado de Nayarit",
          issuer="Congreso del Estado de Nayarit", bulletin_number="212", dateline_city="Tepic",
          body_first_words="Se prohíbe el relleno de humedales en San Blas",
          body_last_words="y entrará en vigor al día siguiente.",
          boilerplate=["Boletín No. 212", "FIN", "Coordinación de Comunicación Social y Relaciones Públicas",
                       "comunicacion@congreso-nay.example · 311 000 1500"],
          must_keep=["Las multas podrán llegar a 20 mil Unidades de Medida y Actualización",
                     "El decreto será enviado al Poder Ejecutivo para su publicación en el Periódico Oficial, y entrará en vigor al día siguiente."]),
    eol="crlf")

# o19 — generic: setext-underlined title, UTF-8 BOM + CRLF, no date.
add("o19-guia-registro.text", """Qué llevar para registrar a un bebé en el Registro Civil
=========================================================

Registrar a un recién nacido es gratuito en todo el país durante el primer año de vida, pero muchas familias pierden la cita por no llevar los documentos completos. Esta guía reúne lo que suelen pedir las oficialías en Tabasco, aunque conviene confirmar por teléfono antes de ir.

El documento principal es el certificado de nacimiento que entrega el hospital o la partera. Sin ese papel no se puede hacer el registro, y si se perdió hay que solicitar una reposición en la misma unidad médica donde nació el bebé.

Además, se necesitan las actas de nacimiento de la madre y del padre, sus identificaciones oficiales vigentes y un comprobante de domicilio reciente. Si los padres están casados, se lleva también el acta de matrimonio; si no lo están, ambos deben presentarse en persona para que el bebé lleve los dos apellidos.

Se piden dos testigos mayores de edad con identificación. Pueden ser familiares, vecinos o amistades, pero no pueden ser los propios padres.

El bebé debe estar presente. En algunas oficialías toman la huella del pie o una fotografía, y si el niño no va, la cita se reprograma.

Al final del trámite se entrega la primera copia certificada del acta sin costo. Vale la pena revisar con calma que los nombres, la fecha y el lugar de nacimiento estén bien escritos antes de firmar, porque corregir un error después requiere otro trámite que sí tiene costo y puede tardar semanas.
""", gold(family="generic", title="Qué llevar para registrar a un bebé en el Registro Civil",
          body_first_words="Registrar a un recién nacido es gratuito en todo el país",
          body_last_words="que sí tiene costo y puede tardar semanas.",
          must_keep=["El bebé debe estar presente."]),
    bom=True, eol="crlf")

# o20 — wire, Sinaloa. "#" title, "Redacción | Outlet" byline, numeric date + time line, teaser at
# the START of the first paragraph, photo credit with archive, "MÁS NOTICIAS DE SINALOA" with » bullets,
# app pitch.
add("o20-presa-culiacan.md", """# Presas de Sinaloa llegan al 18% de su capacidad; agricultores reducen siembra de maíz

Redacción | Crónica Sinaloense Digital
07/03/2023 · 14:32 h · Culiacán

Foto: Crónica Sinaloense / Archivo

Lee también: Suben precios de tortilla en Los Mochis y Guasave El sistema de presas de Sinaloa se encuentra al 18 por ciento de su capacidad, el nivel más bajo registrado en los últimos 20 años para esta época, de acuerdo con el reporte semanal de los distritos de riego del estado.

Ante la escasez, los módulos de riego del valle de Culiacán acordaron reducir en 40 por ciento la superficie autorizada para la siembra de maíz del ciclo otoño-invierno, lo que dejará sin cultivar cerca de 90 mil hectáreas.

Productores reunidos en la Asociación de Agricultores del Río Culiacán advirtieron que la medida afectará a miles de jornaleros y a las empresas de transporte y maquinaria que dependen de la cosecha. “Sin agua no hay trabajo para nadie. Lo que se deje de sembrar hoy se va a sentir en todo el estado dentro de seis meses”, señaló el productor Germán Rocha Inzunza.

Los agricultores pidieron a las autoridades federales adelantar los apoyos para la reconversión a cultivos de menor consumo de agua, como el garbanzo y el cártamo, y revisar las cuotas de extracción de pozos profundos.

Especialistas en hidrología recordaron que el estado depende en gran medida de las lluvias del verano, por lo que la recuperación de las presas no se verá antes de julio.

Mientras tanto, la junta local de agua potable de Culiacán aseguró que el abasto para uso doméstico está garantizado.

MÁS NOTICIAS DE SINALOA
» Reabren carretera a Tamazula tras derrumbe
» Detienen a funcionario de Navolato por peculado
» Mazatlán alista operativo para el Carnaval

Descarga la app de Crónica Sinaloense en Google Play y App Store.
""", gold(family="wire",
          title="Presas de Sinaloa llegan al 18% de su capacidad; agricultores reducen siembra de maíz",
          date="2023-03-07", source="Crónica Sinaloense Digital",
          body_first_words="El sistema de presas de Sinaloa se encuentra al 18 por ciento",
          body_last_words="el abasto para uso doméstico está garantizado.",
          boilerplate=["Lee también: Suben precios de tortilla en Los Mochis y Guasave",
                       "MÁS NOTICIAS DE SINALOA", "Reabren carretera a Tamazula tras derrumbe",
                       "Detienen a funcionario de Navolato por peculado",
                       "Mazatlán alista operativo para el Carnaval",
                       "Descarga la app de Crónica Sinaloense en Google Play y App Store."],
          must_keep=["El sistema de presas de Sinaloa se encuentra al 18 por ciento de su capacidad, el nivel más bajo registrado en los últimos 20 años para esta época, de acuerdo con el reporte semanal de los distritos de riego del estado."],
          photo_credit="Crónica Sinaloense / Archivo"))

# o21 — press release, Hidalgo water utility. cp1252 + CRLF. Acronym header, "Boletín:" with colon,
# capitals dateline opening the paragraph, ---000--- then a service block.
add("o21-corte-agua-pachuca.txt", """COMISIÓN DE AGUA Y SANEAMIENTO DE PACHUCA (CAASP)
Gerencia de Comunicación e Imagen
Boletín: CAASP/087

Suspenderá CAASP el servicio de agua en 23 colonias por cambio de válvulas en el acueducto Tezontle

PACHUCA DE SOTO, HGO., 18 DE ABRIL DE 2024.- La Comisión de Agua y Saneamiento de Pachuca informa a la población que el próximo sábado 20 de abril, de las 6:00 a las 22:00 horas, se suspenderá el suministro de agua potable en 23 colonias del sur de la ciudad, debido a la sustitución de dos válvulas de seccionamiento en el acueducto Tezontle.

Los trabajos son necesarios porque las válvulas actuales, instaladas hace más de 30 años, presentan fugas que provocan la pérdida de aproximadamente 15 litros de agua por segundo, explicó el director general del organismo, Ing. Baltazar Islas Monroy.

Entre las colonias que resultarán afectadas se encuentran Campo de Tiro, Parque de Poblamiento, Carboneras, Céspedes, Santa Julia, Felipe Ángeles y Piracantos, además de los fraccionamientos cercanos al bulevar Luis Donaldo Colosio. La lista completa puede consultarse en la página oficial del organismo.

El servicio se restablecerá de manera gradual a partir de la noche del sábado, por lo que en las zonas altas el agua podría tardar hasta 24 horas en llegar con presión normal.

La CAASP recomienda a los usuarios almacenar agua suficiente el viernes, cerrar las llaves de paso para evitar la entrada de aire a las tuberías y reportar cualquier fuga una vez que se restablezca el suministro.

Durante la suspensión se enviarán pipas de manera gratuita a hospitales, escuelas y estancias de adultos mayores de las colonias afectadas.

---000---

Atención ciudadana 24 horas: 771 000 0800
Reporte de fugas por WhatsApp: 771 000 0811
""", gold(family="press_release",
          title="Suspenderá CAASP el servicio de agua en 23 colonias por cambio de válvulas en el acueducto Tezontle",
          date="2024-04-18", source="Comisión de Agua y Saneamiento de Pachuca",
          issuer="Comisión de Agua y Saneamiento de Pachuca", bulletin_number="CAASP/087",
          dateline_city="PACHUCA DE SOTO",
          body_first_words="La Comisión de Agua y Saneamiento de Pachuca informa a la población",
          body_last_words="estancias de adultos mayores de las colonias afectadas.",
          boilerplate=["Boletín: CAASP/087", "Gerencia de Comunicación e Imagen", "---000---",
                       "Atención ciudadana 24 horas: 771 000 0800",
                       "Reporte de fugas por WhatsApp: 771 000 0811"],
          must_keep=["Durante la suspensión se enviarán pipas de manera gratuita a hospitales, escuelas y estancias de adultos mayores de las colonias afectadas."]),
    enc="cp1252", eol="crlf")

# o22 — Jekyll, Tabasco site. `fecha:` key instead of date, block categories, placement only in a
# scalar `tags:` string, Spanish outlet key `periodico`, English `author` with a title prefix.
add("o22-calor-centla.md", """---
layout: post
title: "Centla instala módulos de hidratación por ola de calor"
fecha: 2020-08-14
categories:
  - Salud
tags: Portada
author: Dra. Paulina Arévalo Hernández
periodico: Tabasco en Línea Noticias
---

El Ayuntamiento de Centla instaló seis módulos de hidratación en Frontera y en las villas de Vicente Guerrero y Quintín Arauz, luego de que el termómetro superara los 42 grados centígrados durante tres días consecutivos.

Cada módulo cuenta con agua purificada, sobres de suero oral y una persona de enfermería que toma la presión arterial y la temperatura a quienes lo soliciten. Funcionan de las 11:00 a las 17:00 horas, el periodo de mayor radiación solar.

Según el personal de salud municipal, en la última semana se atendieron 37 casos de golpe de calor, la mayoría en trabajadores del campo, pescadores y vendedores ambulantes que pasan muchas horas expuestos al sol. Dos adultos mayores tuvieron que ser trasladados al hospital.

Las autoridades recomendaron beber agua aunque no se tenga sed, usar ropa holgada y de colores claros, evitar el alcohol y las bebidas azucaradas, y no dejar a niños ni mascotas dentro de vehículos estacionados.

También pidieron a la población estar atenta a síntomas como dolor de cabeza intenso, mareo, piel seca y caliente o confusión, y acudir de inmediato al centro de salud más cercano si se presentan.

Los módulos permanecerán instalados mientras dure la onda de calor, que de acuerdo con el pronóstico podría extenderse hasta finales de agosto.
""", gold(family="jekyll",
          title="Centla instala módulos de hidratación por ola de calor",
          date="2020-08-14", bylines=["Paulina Arévalo Hernández"], source="Tabasco en Línea Noticias",
          section="Salud", placement=["Portada"],
          body_first_words="El Ayuntamiento de Centla instaló seis módulos de hidratación",
          body_last_words="podría extenderse hasta finales de agosto.",
          must_keep=["Dos adultos mayores tuvieron que ser trasladados al hospital."]))

# o23 — wire, San Luis Potosí. Outlet banner line, "#" title, italic bajada (body), two-author byline
# with "y", dateline with "a", standalone emoji teaser, "Con información de" a person (not a byline).
add("o23-matehuala-mineria.markdown", """ALTIPLANO NOTICIAS — Matehuala, S.L.P., a 28 de mayo de 2024

# Ejidatarios de Cedral frenan exploración minera; acusan que no hubo consulta

*La empresa asegura que cuenta con todos los permisos federales*

Por Araceli Ponce Bárcenas y Tomás Guel Rangel

Foto: Altiplano Noticias

Ejidatarios de tres comunidades del municipio de Cedral instalaron un plantón en el camino de acceso a un predio donde una empresa minera realizaba perforaciones de exploración, al acusar que la asamblea ejidal nunca autorizó los trabajos.

Los inconformes, alrededor de 80 personas, colocaron piedras y troncos sobre la brecha desde la madrugada del lunes, y aseguran que no se retirarán hasta que la empresa presente el acta de asamblea en la que supuestamente se aprobó el uso del terreno.

“Aquí nadie firmó nada. Nos enteramos porque vimos las máquinas y el polvo”, afirmó Leopoldo Castillo Ruiz, comisariado ejidal de una de las comunidades. Explicó que su principal preocupación es el agua, pues en la zona solo hay dos pozos y ambos abastecen a más de mil habitantes.

Te recomendamos 👉 El Altiplano potosino, entre la sequía y la minería

En un comunicado, la compañía afirmó que cuenta con la concesión y con los permisos ambientales federales, y que las perforaciones son superficiales y no utilizan sustancias químicas. También dijo estar dispuesta a dialogar con los ejidatarios en presencia de autoridades agrarias.

La Procuraduría Agraria informó que enviará a un visitador para revisar los documentos de ambas partes. Mientras tanto, el plantón se mantenía hasta el cierre de esta edición.

Con información de Rubén Loredo

Sigue a Altiplano Noticias en X: @altiplanonoticias_ej
""", gold(family="wire",
          title="Ejidatarios de Cedral frenan exploración minera; acusan que no hubo consulta",
          date="2024-05-28", bylines=["Araceli Ponce Bárcenas", "Tomás Guel Rangel"],
          source="Altiplano Noticias",
          body_first_words="La empresa asegura que cuenta con todos los permisos federales",
          body_last_words="el plantón se mantenía hasta el cierre de esta edición.",
          boilerplate=["Te recomendamos 👉 El Altiplano potosino, entre la sequía y la minería",
                       "Con información de Rubén Loredo",
                       "Sigue a Altiplano Noticias en X: @altiplanonoticias_ej"],
          must_keep=["La Procuraduría Agraria informó que enviará a un visitador para revisar los documentos de ambas partes."],
          photo_credit="Altiplano Noticias"))

# o24 — bad: binary junk (a zipped .docx saved with a .txt name).
import random as _r
_rng = _r.Random(24)
_junk = (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml"
         + bytes(_rng.randrange(256) for _ in range(1500)))
add("o24-documento.txt", raw=_junk,
    gold_=bad("El archivo contiene datos binarios ilegibles y no un texto que se pueda importar."))

# o25 — press release, federal delegation in Chiapas. Federal government header (boilerplate),
# "Comunicado Núm.", square balazos, dateline ending in "." opening the paragraph, * * * marker,
# press contact with mobile phone. NBSPs and trailing spaces.
add("o25-cafe-roya-tapachula.md", """GOBIERNO DE MÉXICO␠
INSTITUTO NACIONAL DE FOMENTO CAFETALERO
Delegación Chiapas

Comunicado Núm. 09/2024

**Entregan 1.2 millones de plantas de café resistentes a roya en el Soconusco**

▪ Beneficiarán a 3 mil 400 pequeños productores de 11 municipios
▪ Las variedades fueron probadas durante cuatro años en parcelas demostrativas

Tapachula, Chiapas, 11 de marzo de 2024. La Delegación Chiapas del Instituto Nacional de Fomento Cafetalero inició la entrega de 1.2\u00a0millones de plantas de café de variedades tolerantes a la roya a pequeños productores de la región Soconusco, como parte del programa de renovación de cafetales.

El delegado, Ing. Abelardo Gómez Roblero, explicó que cada productor recibirá entre 300 y 500 plantas, de acuerdo con la superficie registrada en el padrón, así como asesoría técnica durante los primeros dos años de crecimiento.␠

Las plantas provienen de viveros comunitarios de Unión Juárez, Cacahoatán y Tuxtla Chico, donde se produjeron con semilla certificada. Las variedades fueron evaluadas durante cuatro años en parcelas demostrativas ubicadas entre los 600 y los 1,400 metros sobre el nivel del mar.

“La roya nos quitó casi la mitad de la producción hace una década. Muchos compañeros abandonaron sus cafetales y se fueron a trabajar a otro lado. Con estas plantas queremos que regresen”, dijo durante la entrega Herminia Velázquez Bravo, productora del ejido Toquián Grande.

La entrega se realizará por rutas hasta el 30 de abril en los centros de acopio de cada municipio. Los productores deberán presentar su credencial del padrón cafetalero y una identificación oficial.

La dependencia informó que en el segundo semestre se abrirá una nueva convocatoria para productores de la región Sierra.

* * *

Contacto de prensa: Lic. Mónica Zunún Pérez · Cel. 962\u00a0000 3344 · prensa.chiapas@infocafe.example
""", gold(family="press_release",
          title="Entregan 1.2 millones de plantas de café resistentes a roya en el Soconusco",
          date="2024-03-11", source="Delegación Chiapas del Instituto Nacional de Fomento Cafetalero",
          issuer="Delegación Chiapas del Instituto Nacional de Fomento Cafetalero",
          bulletin_number="09/2024", dateline_city="Tapachula",
          body_first_words="Beneficiarán a 3 mil 400 pequeños productores de 11 municipios",
          body_last_words="para productores de la región Sierra.",
          boilerplate=["GOBIERNO DE MÉXICO", "Comunicado Núm. 09/2024", "* * *",
                       "Contacto de prensa: Lic. Mónica Zunún Pérez · Cel. 962 000 3344 · prensa.chiapas@infocafe.example"],
          must_keep=["Las variedades fueron probadas durante cuatro años en parcelas demostrativas",
                     "La dependencia informó que en el segundo semestre se abrirá una nueva convocatoria para productores de la región Sierra."]))

# o26 — Jekyll, Baja California Sur site. Offset -07:00 (UTC would be next day), category holds
# ONLY a placement flag (no section), tags never give a section, author as a mapping,
# outlet under `source`, unreadable `published` value.
add("o26-tortugas-la-paz.md", """---
layout: single
title: 'Liberan 2 mil crías de tortuga golfina en playas de Todos Santos'
date: 2021-12-02T23:50:00-07:00
category: [Portada]
tags: [medio ambiente, tortugas, Todos Santos]
author:
  name: Iván Cota Geraldo
  twitter: ivancota_ej
source: Bahía Informa
published: pendiente
---

Voluntarios de un campamento tortuguero de Todos Santos liberaron esta semana a más de 2 mil crías de tortuga golfina, con lo que cerraron una temporada de anidación que consideran la mejor de los últimos cinco años en esa franja de la costa del Pacífico sudcaliforniano.

El campamento, que opera desde 2009 con apoyo de pescadores y estudiantes, registró 412 nidos entre julio y noviembre. Cada noche, grupos de voluntarios recorrieron cerca de diez kilómetros de playa en cuatrimotos para localizar a las hembras y trasladar los huevos a un corral protegido de perros, mapaches y saqueadores.

La coordinadora del proyecto, Soledad Amador Castro, explicó que el porcentaje de eclosión superó el 80 por ciento gracias a que este año se construyó una malla de sombra que evitó que la arena del corral se calentara demasiado.

“Cuando la arena pasa de cierta temperatura, los embriones mueren o nacen casi puras hembras. Cuidar la sombra es tan importante como cuidar el nido”, detalló.

Las liberaciones se hacen al atardecer y están abiertas al público, aunque los voluntarios piden no tocar a las crías, no usar linternas ni flash y mantenerse detrás de la línea marcada en la arena.

El campamento busca voluntarios para la próxima temporada y recibe donativos en especie, como linternas de luz roja, baterías y agua embotellada.
""", gold(family="jekyll",
          title="Liberan 2 mil crías de tortuga golfina en playas de Todos Santos",
          date="2021-12-02", published=False, bylines=["Iván Cota Geraldo"], source="Bahía Informa",
          placement=["Portada"],
          body_first_words="Voluntarios de un campamento tortuguero de Todos Santos",
          body_last_words="como linternas de luz roja, baterías y agua embotellada.",
          must_keep=["“Cuando la arena pasa de cierta temperatura, los embriones mueren o nacen casi puras hembras. Cuidar la sombra es tan importante como cuidar el nido”, detalló."]))

# o27 — generic: "##" heading as first line, cp1252, a numbered list in the body, trailing spaces.
add("o27-transporte-morelia.md", """## Cinco cosas que cambiaron en el transporte de Morelia este año␠

Quien toma combi o camión en Morelia todos los días habrá notado que el servicio no es el mismo que hace doce meses. Algunas cosas mejoraron, otras no tanto. Este es un repaso de los cambios más visibles para los usuarios.␠

1. La tarifa. El pasaje general subió de 10 a 12 pesos, mientras que estudiantes y personas adultas mayores siguen pagando la mitad con credencial. Muchos choferes todavía no dan cambio de billetes grandes.

2. Las rutas al sur. Se crearon dos rutas nuevas que conectan las colonias del sur con Ciudad Universitaria sin pasar por el centro, lo que ahorra hasta media hora en horas pico.

3. Las paradas. Se pintaron paradas oficiales en la avenida Madero y en el Libramiento, aunque en la práctica muchas unidades siguen deteniéndose donde el pasajero lo pide.

4. El pago con tarjeta. Se anunció una tarjeta recargable para todo el sistema, pero por ahora solo funciona en algunas unidades de tres rutas, y los puntos de recarga son pocos.

5. Las unidades. Una parte de la flota se renovó con camiones que tienen rampa y espacio para sillas de ruedas. El resto siguen siendo combis con más de quince años de uso.

Falta mucho por hacer, sobre todo en horarios nocturnos y en las colonias de la periferia, donde el último camión pasa antes de las diez de la noche. Por ahora, la recomendación de siempre sigue vigente: salir con tiempo y con cambio.
""", gold(family="generic", title="Cinco cosas que cambiaron en el transporte de Morelia este año",
          body_first_words="Quien toma combi o camión en Morelia todos los días",
          body_last_words="salir con tiempo y con cambio.",
          must_keep=["Muchos choferes todavía no dan cambio de billetes grandes."]),
    enc="cp1252")

# o28 — wire, Veracruz. Plain first-line title, byline, date line with month name and comma,
# agency-style dateline "Xalapa, Ver. (Outlet).-" opening the paragraph, upper-case teaser glued at
# the END of a paragraph, "Noticias relacionadas" block, "Foto: Cortesía …".
add("o28-deslave-xalapa.txt", """Deslave en la colonia Revolución deja tres viviendas inhabitables en Xalapa
Por Gilberto Hernández Landa
09 septiembre, 2022

Xalapa, Ver. (Mirador Jarocho).- Tres viviendas de la colonia Revolución, al norte de Xalapa, quedaron inhabitables luego de que un talud se desgajara la noche del jueves tras más de diez horas de lluvia continua provocada por el paso de una onda tropical.

Los habitantes de las casas, nueve personas en total, lograron salir antes del derrumbe porque escucharon crujidos en las paredes y vieron que el agua brotaba del piso. No se reportaron personas lesionadas. LEE ADEMÁS: Alertan por lluvias intensas en la zona centro del estado

Elementos de Protección Civil municipal acordonaron la zona y evacuaron de manera preventiva a otras seis familias cuyas viviendas se encuentran en la parte alta del mismo talud. Las familias fueron trasladadas a un albergue instalado en una escuela primaria cercana.

Vecinos de la colonia señalaron que desde hace dos años habían pedido al Ayuntamiento la construcción de un muro de contención, porque en cada temporada de lluvias caían piedras y tierra sobre la calle.

“Aquí todos sabíamos que esto iba a pasar. Metimos oficios, vinieron a medir, pero nunca regresaron”, dijo Marisol Landa Contreras, quien vivía en una de las casas afectadas junto con sus dos hijos.

La Secretaría de Protección Civil del estado informó que personal técnico realizará un dictamen de riesgo en toda la ladera para determinar si es necesario reubicar a más familias.

Foto: Cortesía PC Xalapa

Noticias relacionadas:
- Rescatan a conductor arrastrado por la corriente en Banderilla
- Suspenden clases en escuelas de Coatepec por lluvias
""", gold(family="wire",
          title="Deslave en la colonia Revolución deja tres viviendas inhabitables en Xalapa",
          date="2022-09-09", bylines=["Gilberto Hernández Landa"], source="Mirador Jarocho",
          body_first_words="Tres viviendas de la colonia Revolución, al norte de Xalapa",
          body_last_words="si es necesario reubicar a más familias.",
          boilerplate=["LEE ADEMÁS: Alertan por lluvias intensas en la zona centro del estado",
                       "Noticias relacionadas:",
                       "Rescatan a conductor arrastrado por la corriente en Banderilla",
                       "Suspenden clases en escuelas de Coatepec por lluvias"],
          must_keep=["No se reportaron personas lesionadas."],
          photo_credit="Cortesía PC Xalapa"),
    bom=True)

# o29 — press release, Colima municipality. "H." logo line, pipe header with COMUNICADO, dotted
# day-first date and city (the dateline), no bulletin number, title + subtitle line, oo0oo, handles.
add("o29-bacheo-villa-alvarez.text", """H. AYUNTAMIENTO DE VILLA DE ÁLVAREZ, COLIMA
COMUNICADO | 06.01.2024 | Villa de Álvarez, Colima

Arranca programa emergente de bacheo en 35 colonias
Se atenderán más de 4 mil metros cuadrados antes del inicio de la Feria de Villa de Álvarez

El Ayuntamiento de Villa de Álvarez puso en marcha un programa emergente de bacheo que abarcará 35 colonias y las principales vialidades de acceso a la cabecera municipal, con el objetivo de reparar más de 4 mil metros cuadrados de carpeta asfáltica dañada por las lluvias del año pasado.

El director de Obras Públicas, Arq. Leonel Vuelvas Rincón, informó que se integraron cuatro cuadrillas que trabajarán de lunes a sábado en turnos matutino y vespertino. Los primeros trabajos se realizan en la avenida J. Merced Cabrera, la calzada Galván y el bulevar Rodolfo Chávez Carrillo, por donde circula la mayor parte del transporte público.

Explicó que se utiliza mezcla asfáltica en caliente y que, antes de tapar cada bache, se corta y se limpia el área dañada para que la reparación dure más tiempo. El programa cuenta con una inversión de 2.8 millones de pesos de recursos municipales.

La ciudadanía puede reportar baches a través de la línea de atención ciudadana o en las redes sociales del Ayuntamiento, indicando la calle, la colonia y una referencia cercana. Los reportes se agregarán a la ruta de las cuadrillas conforme avance el programa.

El funcionario pidió a las y los automovilistas respetar los señalamientos y reducir la velocidad en las zonas de trabajo, y agradeció la paciencia de los vecinos por las molestias que puedan ocasionar los cierres parciales de carriles.

oo0oo

Facebook: H. Ayuntamiento de Villa de Álvarez Ej | Instagram: @villadealvarez.gob.ej
""", gold(family="press_release",
          title="Arranca programa emergente de bacheo en 35 colonias",
          date="2024-01-06", source="Ayuntamiento de Villa de Álvarez",
          issuer="Ayuntamiento de Villa de Álvarez", dateline_city="Villa de Álvarez",
          body_first_words="Se atenderán más de 4 mil metros cuadrados antes del inicio",
          body_last_words="los cierres parciales de carriles.",
          boilerplate=["COMUNICADO | 06.01.2024 | Villa de Álvarez, Colima", "oo0oo",
                       "Facebook: H. Ayuntamiento de Villa de Álvarez Ej | Instagram: @villadealvarez.gob.ej"],
          must_keep=["El programa cuenta con una inversión de 2.8 millones de pesos de recursos municipales."]))

# o30 — Jekyll, Baja California site. Bare YAML date, space-separated categories string (Jekyll
# splits it), Spanish `autor`, outlet under `site`, published: true, an in-body teaser line.
add("o30-garita-tijuana.markdown", """---
layout: post
title: Comerciantes de la Zona Centro de Tijuana piden más vigilancia tras ola de asaltos
date: 2024-01-22
categories: Seguridad Portada
tags: [Tijuana, comercio, Zona Centro]
autor: Beatriz Lomelí Sandoval
site: Tijuana Semanal
published: true
---

Comerciantes de la avenida Revolución y de las calles aledañas en la Zona Centro de Tijuana pidieron al Ayuntamiento y a la policía municipal reforzar la vigilancia, luego de que en las primeras tres semanas del año se registraran al menos 14 asaltos a negocios de la zona.

La mayoría de los robos ocurrieron entre las 19:00 y las 22:00 horas, cuando los locales están por cerrar. Según los comerciantes, los asaltantes actúan en parejas, llegan a pie y se llevan el efectivo de la caja y los teléfonos de empleados y clientes.

“Ya no es solo el dinero. Mis empleadas tienen miedo de salir de noche a tomar el transporte”, dijo Álvaro Navarrete Félix, dueño de una tienda de artesanías con 30 años en la avenida.

**Lee también:** Aumentan reportes de robo de autopartes en Otay

La asociación de comerciantes del centro propuso instalar más cámaras conectadas al centro de monitoreo, mejorar el alumbrado en los callejones y asignar patrullajes a pie en el horario de cierre.

La Secretaría de Seguridad municipal respondió que ya se asignaron dos células de policía turística a la zona y que se revisará el funcionamiento de las cámaras existentes, varias de las cuales no graban desde hace meses.

Los comerciantes acordaron reunirse cada quince días con los mandos de la corporación para dar seguimiento a los reportes.
""", gold(family="jekyll",
          title="Comerciantes de la Zona Centro de Tijuana piden más vigilancia tras ola de asaltos",
          date="2024-01-22", bylines=["Beatriz Lomelí Sandoval"], source="Tijuana Semanal",
          section="Seguridad", placement=["Portada"],
          body_first_words="Comerciantes de la avenida Revolución y de las calles aledañas",
          body_last_words="para dar seguimiento a los reportes.",
          boilerplate=["Lee también: Aumentan reportes de robo de autopartes en Otay"],
          must_keep=["La asociación de comerciantes del centro propuso instalar más cámaras conectadas al centro de monitoreo, mejorar el alumbrado en los callejones y asignar patrullajes a pie en el horario de cierre."]))

# === END ENTRIES ===


def build():
    for name, text, g, enc, eol, bom, raw in ENTRIES:
        data = raw if raw is not None else encode(text, enc, eol, bom)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        stem = name.rsplit(".", 1)[0]
        with open(os.path.join(HERE, stem + ".gold.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(g, f, allow_unicode=True, sort_keys=False, width=1000)
    print(f"wrote {len(ENTRIES)} files")


if __name__ == "__main__":
    build()
