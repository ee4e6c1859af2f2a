#!/usr/bin/env python3
"""Generator for the blind development set "importer-l" (b1/).

Every source file is written as BYTES so encodings, BOMs and line endings are
exactly controlled.  Each entry also writes NAME.gold.yaml next to it.
All people, outlets, offices, phones and e-mails are invented.
"""
import os
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "b1")

KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]

NBSP = "\u00a0"
ENTRIES = []


def gold(**kw):
    d = {"readable": True, "family": None, "title": None, "date": None,
         "published": True, "bylines": [], "source": None, "section": None,
         "placement": [], "bulletin_number": None, "issuer": None,
         "dateline_city": None, "body_first_words": None, "body_last_words": None,
         "boilerplate": [], "must_keep": [], "photo_credit": None,
         "refusal_reason": None}
    for k, v in kw.items():
        assert k in d, k
        d[k] = v
    return {k: d[k] for k in KEYS}


def gold_bad(reason):
    g = gold(readable=False, family="bad", published=None, refusal_reason=reason)
    return g


def add(name, text=None, g=None, enc="utf-8", bom=False, eol="\n", raw=None,
        eol_pattern=None):
    """text uses '\n'; eol converts; eol_pattern = list of eols cycled per line."""
    if raw is None:
        if eol_pattern:
            lines = text.split("\n")
            parts = []
            for i, ln in enumerate(lines[:-1]):
                parts.append(ln + eol_pattern[i % len(eol_pattern)])
            parts.append(lines[-1])
            s = "".join(parts)
        else:
            s = text.replace("\n", eol)
        data = s.encode(enc)
        if bom:
            data = b"\xef\xbb\xbf" + data
    else:
        data = raw
    ENTRIES.append((name, data, g))


# ---------------------------------------------------------------------------
# l01 press release: municipal government, Jalisco. cp1252 + CRLF, bullets "•"
# ---------------------------------------------------------------------------
add("l01-pozos-las-juntas.txt", """GOBIERNO DE SAN PEDRO TLAQUEPAQUE
Coordinación General de Comunicación Social

Boletín 1147

Arranca programa de rehabilitación de pozos en la zona de Las Juntas

• Se invertirán 18.4 millones de pesos en cinco pozos y dos tanques
• Vecinos de seis colonias tendrán servicio continuo antes de la temporada de lluvias

San Pedro Tlaquepaque, Jalisco, 14 de julio de 2023.- El Gobierno de San Pedro Tlaquepaque puso en marcha la rehabilitación de cinco pozos profundos y dos tanques de almacenamiento en la zona de Las Juntas, con el propósito de estabilizar el abasto de agua en colonias que durante la primavera recibieron el servicio por tandeo.

La presidenta municipal, Araceli Montaño Ruvalcaba, explicó que los trabajos incluyen el cambio de bombas sumergibles, la sustitución de tableros eléctricos y la instalación de medidores de caudal que permitirán conocer en tiempo real cuánta agua se extrae de cada pozo.

“Durante años se reparó sobre la marcha, cuando el equipo ya había fallado. Ahora vamos a trabajar con mantenimiento programado y con datos”, señaló durante el recorrido por el pozo número 7, ubicado en la calle Río Nilo. 

El director de Agua Potable, Ernesto Villalvazo Peña, detalló que las obras beneficiarán a cerca de 21 mil habitantes de las colonias Las Juntas, El Vergel, Loma Bonita Ejidal, La Duraznera, Artesanos y Francisco I. Madero.

Los trabajos se realizarán por etapas para evitar cortes prolongados; cada pozo estará fuera de operación un máximo de 48 horas, y durante ese lapso se enviarán pipas a los puntos que el municipio dará a conocer con anticipación.

La inversión proviene del fondo municipal de infraestructura y las obras deberán concluir a finales de septiembre, según el calendario presentado al Cabildo.

---o0o---

Coordinación General de Comunicación Social
Tel. 33 5550 1147 ext. 210
comunicacion@tlaquepaque-gob.example
Facebook / X: @TlaquepaqueGobEx
""", gold(
    family="press_release",
    title="Arranca programa de rehabilitación de pozos en la zona de Las Juntas",
    date="2023-07-14",
    source="Gobierno de San Pedro Tlaquepaque",
    bulletin_number="1147",
    issuer="Gobierno de San Pedro Tlaquepaque",
    dateline_city="San Pedro Tlaquepaque",
    body_first_words="Se invertirán 18.4 millones de pesos",
    body_last_words="según el calendario presentado al Cabildo.",
    boilerplate=["Boletín 1147", "---o0o---", "Coordinación General de Comunicación Social",
                 "Tel. 33 5550 1147 ext. 210", "comunicacion@tlaquepaque-gob.example",
                 "@TlaquepaqueGobEx"],
    must_keep=["Vecinos de seis colonias tendrán servicio continuo antes de la temporada de lluvias",
               "El Gobierno de San Pedro Tlaquepaque puso en marcha la rehabilitación de cinco pozos profundos y dos tanques de almacenamiento en la zona de Las Juntas, con el propósito de estabilizar el abasto de agua en colonias que durante la primavera recibieron el servicio por tandeo."],
), enc="cp1252", eol="\r\n")

# ---------------------------------------------------------------------------
# l02 wire: Diario del Bravo (Chihuahua). UTF-8 BOM, "##" title, teaser glued
# at the start of a paragraph, photo credit, social pitch
# ---------------------------------------------------------------------------
add("l02-filas-puente.md", """## Cierre parcial del puente Córdova-Américas provoca filas de hasta tres horas

Por Ana Lucía Ferriz Domínguez

Diario del Bravo | Ciudad Juárez, Chih. | 12 de marzo de 2023

![Filas de autos en el puente](/img/2023/03/puente-filas.jpg)
Foto: Diario del Bravo / Archivo

Automovilistas que cruzaban hacia El Paso reportaron filas de hasta tres horas este domingo, luego de que autoridades estadounidenses cerraron cuatro de los carriles del puente internacional Córdova-Américas para trabajos de mantenimiento.

Lee también: Suben a 14 los carriles exprés en garitas de Juárez Según reportes de la aplicación de tiempos de espera, los carriles generales superaron los 170 minutos alrededor del mediodía, mientras que los de viajero confiable promediaron 45 minutos.

Elvira Saucedo, quien trabaja como enfermera en un hospital de El Paso, contó que salió de su casa en la colonia Partido Romero a las seis de la mañana y llegó a su turno con más de una hora de retraso. “Nadie avisó con tiempo; nos enteramos ya estando en la fila”, dijo.

La Dirección de Tránsito municipal desplegó agentes en la avenida Abraham Lincoln y en el bulevar Juan Pablo II para ordenar la circulación y evitar que los vehículos bloquearan los cruces con semáforo.

De acuerdo con la oficina consular, el mantenimiento se extenderá hasta el próximo viernes en horario de 6:00 a 14:00 horas, por lo que recomendó utilizar los puentes Zaragoza y Paso del Norte o programar los cruces por la tarde.

Comerciantes del centro también resintieron el cierre: varios locatarios del mercado Cuauhtémoc dijeron que las ventas bajaron a la mitad porque los clientes que vienen del otro lado prefirieron no cruzar.

Síguenos en Facebook e Instagram como @DiarioDelBravoEx
""", gold(
    family="wire",
    title="Cierre parcial del puente Córdova-Américas provoca filas de hasta tres horas",
    date="2023-03-12",
    bylines=["Ana Lucía Ferriz Domínguez"],
    source="Diario del Bravo",
    body_first_words="Automovilistas que cruzaban hacia El Paso",
    body_last_words="prefirieron no cruzar.",
    boilerplate=["Lee también: Suben a 14 los carriles exprés en garitas de Juárez",
                 "Síguenos en Facebook e Instagram como @DiarioDelBravoEx"],
    must_keep=["Según reportes de la aplicación de tiempos de espera, los carriles generales superaron los 170 minutos alrededor del mediodía, mientras que los de viajero confiable promediaron 45 minutos.",
               "La Dirección de Tránsito municipal desplegó agentes en la avenida Abraham Lincoln y en el bulevar Juan Pablo II para ordenar la circulación y evitar que los vehículos bloquearan los cruces con semáforo."],
    photo_credit="Diario del Bravo / Archivo",
), bom=True)

# ---------------------------------------------------------------------------
# l03 jekyll: Crónica Serrana. date as YAML date, flow categories with a
# placement flag, outlet under "medio", published: yes
# ---------------------------------------------------------------------------
add("l03-manzana-heladas.md", """---
layout: post
title: "Productores de manzana de Zacatlán esperan repunte tras las heladas"
date: 2022-03-14
author: Heriberto Lima Cabrera
categories: [Portada, Campo]
tags: [manzana, heladas, Zacatlán]
medio: Crónica Serrana
published: yes
image: /assets/img/manzana-zacatlan.jpg
---

Los fruticultores de Zacatlán confían en que la cosecha de manzana de este año recupere parte de lo perdido en 2021, cuando dos heladas tardías quemaron la floración en las huertas de las comunidades más altas del municipio.

Según la asociación local de productores, alrededor de 600 familias dependen directamente del cultivo, y casi la mitad de ellas tuvo pérdidas superiores al 70 por ciento el año pasado.

Rosendo Arroyo Vázquez, quien cultiva cuatro hectáreas en la junta auxiliar de Tepeixco, explicó que esta temporada decidió invertir en mallas antigranizo y en quemadores para elevar la temperatura en las madrugadas más frías. “Es caro, pero si se pierde otra cosecha ya no hay forma de sostener la huerta”, comentó.

Los productores también buscan que la Feria de la Manzana, que se celebra cada agosto, incluya un espacio permanente para la venta directa de sidra, ate y deshidratados, con el fin de no depender únicamente de los intermediarios que llegan desde la Ciudad de México.

Técnicos de la asociación recomiendan revisar el estado de las yemas durante marzo y registrar las temperaturas mínimas con termómetros sencillos colocados a la altura de las ramas, ya que los pronósticos regionales no siempre reflejan lo que ocurre en las barrancas.

Si el clima acompaña, la cosecha comenzará a finales de julio con las variedades tempranas.
""", gold(
    family="jekyll",
    title="Productores de manzana de Zacatlán esperan repunte tras las heladas",
    date="2022-03-14",
    bylines=["Heriberto Lima Cabrera"],
    source="Crónica Serrana",
    section="Campo",
    placement=["Portada"],
    body_first_words="Los fruticultores de Zacatlán confían en",
    body_last_words="con las variedades tempranas.",
    must_keep=["Según la asociación local de productores, alrededor de 600 familias dependen directamente del cultivo, y casi la mitad de ellas tuvo pérdidas superiores al 70 por ciento el año pasado."],
))

# ---------------------------------------------------------------------------
# l04 generic: plain-text notes, cp1252, trailing spaces, no date line
# ---------------------------------------------------------------------------
add("l04-reunion-olivos.txt", """Acuerdos de la asamblea de vecinos del fraccionamiento Los Olivos   

La asamblea se reunió en el salón de usos múltiples con la asistencia de 43 propietarios, lo que permitió alcanzar el quórum requerido por el reglamento interno. 

El primer punto fue el estado de la caseta de vigilancia. Se informó que la empresa contratada terminó su contrato y que durante dos semanas la caseta estuvo cubierta por vecinos voluntarios. Se acordó solicitar tres cotizaciones nuevas y presentarlas en la siguiente reunión.

El segundo punto fue la cuota de mantenimiento. La tesorera, Guadalupe Robles, presentó el reporte de ingresos y gastos del semestre: se recaudó el 68 por ciento de lo esperado y el faltante obligó a posponer la poda de los árboles del camellón. Varios asistentes pidieron publicar cada mes la lista de pagos para dar transparencia, sin incluir nombres, solo números de casa.

El tercer punto fue la fuga de agua en la calle Olivo Negro. Se acordó levantar un reporte formal ante el organismo operador y, si en diez días no hay respuesta, enviar un escrito firmado por todos los vecinos de esa calle.   

Finalmente se discutió el uso del área verde para fiestas particulares. Después de un largo debate se aprobó permitirlo solo los sábados, con un depósito reembolsable y la obligación de dejar el espacio limpio antes de las diez de la noche.

La próxima asamblea será convocada por la mesa directiva con al menos una semana de anticipación.
""", gold(
    family="generic",
    title="Acuerdos de la asamblea de vecinos del fraccionamiento Los Olivos",
    date=None,
    body_first_words="La asamblea se reunió en el salón",
    body_last_words="con al menos una semana de anticipación.",
    must_keep=["Se acordó solicitar tres cotizaciones nuevas y presentarlas en la siguiente reunión."],
), enc="cp1252")

# ---------------------------------------------------------------------------
# l05 wire: Sureste Informa (Yucatán). cp1252 + CRLF, plain first-line title,
# "Texto:" with two authors, dateline opening paragraph, teaser glued at END
# of a paragraph, MÁS NOTICIAS block
# ---------------------------------------------------------------------------
add("l05-cenotes-homun.txt", """Cenotes de Homún cierran temporalmente por mantenimiento
Texto: Mario Chan Pech y Leticia Canul Ek

MÉRIDA, Yuc., 7 de mayo de 2023 (Sureste Informa).- Los prestadores de servicios turísticos de Homún acordaron cerrar durante dos semanas los once cenotes que operan en el municipio, con el fin de realizar limpieza de fondos, reforzar escaleras y revisar los cables de las tirolesas.

La medida fue tomada en asamblea por la cooperativa de guías y paradores, que agrupa a 58 familias. Su presidente, Wilberth Cauich May, explicó que el cierre coincide con la temporada de menor afluencia y que la intención es reabrir antes de las vacaciones de verano. Te puede interesar | Abren convocatoria para guías de turismo comunitario

Durante el cierre, buzos voluntarios retirarán basura acumulada en los cuerpos de agua, principalmente botellas, lentes y teléfonos celulares que los visitantes dejan caer, además de medir la visibilidad y la temperatura del agua.

Los prestadores pidieron a los turistas respetar los letreros colocados en los accesos y no ingresar por caminos alternos, ya que algunas escaleras de madera serán desmontadas y el riesgo de caída es alto.

Cauich May señaló que también se revisarán los chalecos salvavidas y se capacitará a los mototaxistas que trasladan a los visitantes para que informen sobre el uso obligatorio de regadera antes de nadar, una regla que busca reducir la presencia de bloqueadores y repelentes en el agua.

Las autoridades municipales ofrecieron apoyo con recolección de residuos y señalización en la carretera de acceso.

MÁS NOTICIAS
Detienen a dos por robo de cableado en Kanasín
Pronostican lluvias fuertes para el fin de semana en Yucatán
Inauguran mercado de artesanías en Valladolid
""", gold(
    family="wire",
    title="Cenotes de Homún cierran temporalmente por mantenimiento",
    date="2023-05-07",
    bylines=["Mario Chan Pech", "Leticia Canul Ek"],
    source="Sureste Informa",
    body_first_words="Los prestadores de servicios turísticos de Homún",
    body_last_words="señalización en la carretera de acceso.",
    boilerplate=["Te puede interesar | Abren convocatoria para guías de turismo comunitario",
                 "MÁS NOTICIAS", "Detienen a dos por robo de cableado en Kanasín",
                 "Pronostican lluvias fuertes para el fin de semana en Yucatán",
                 "Inauguran mercado de artesanías en Valladolid"],
    must_keep=["Su presidente, Wilberth Cauich May, explicó que el cierre coincide con la temporada de menor afluencia y que la intención es reabrir antes de las vacaciones de verano."],
), enc="cp1252", eol="\r\n")

# ---------------------------------------------------------------------------
# l06 bad: front matter with no body
# ---------------------------------------------------------------------------
add("l06-cabildo-abierto.md", """---
layout: post
title: "Sesión de cabildo abierto en Tepic"
date: 2023-09-02
author: Redacción
categories: [Local]
---


""", gold_bad("El archivo solo contiene el encabezado de metadatos y no tiene cuerpo de texto que importar."))

# ---------------------------------------------------------------------------
# l07 press release: state secretariat, Puebla. Header COMUNICADO + No.,
# dateline in capitals on its own line BEFORE the "##" title, -30- marker
# ---------------------------------------------------------------------------
add("l07-semilla-mixteca.md", """COMUNICADO
No. 318/2023

PUEBLA, Pue., 22 de agosto de 2023

## Entregan 1,200 paquetes de semilla mejorada de maíz a productores de la Mixteca poblana

La Secretaría de Desarrollo Rural del Estado de Puebla entregó 1,200 paquetes de semilla mejorada de maíz y frijol a productores de temporal de once municipios de la Mixteca, entre ellos Acatlán, Tehuitzingo, Piaxtla y Chiautla de Tapia.

Cada paquete contiene semilla suficiente para una hectárea, además de un manual impreso con recomendaciones sobre fechas de siembra, densidad y control de plagas adaptadas a suelos con poca retención de humedad.

El titular de la dependencia, Leonel Aguirre Campos, explicó que las variedades fueron seleccionadas junto con técnicos de campo después de dos ciclos de pruebas en parcelas demostrativas de la región, donde mostraron mejor tolerancia a la sequía que las semillas comerciales.

Durante la entrega, realizada en la explanada municipal de Acatlán, los productores solicitaron apoyo para la rehabilitación de bordos y jagüeyes. El funcionario informó que se integrará un padrón para priorizar las obras de captación de agua en las comunidades con mayor pérdida de cosechas.

La dependencia dará seguimiento a las parcelas mediante visitas técnicas mensuales y levantará un registro de rendimientos al cierre del ciclo, con el fin de ajustar la selección de variedades para el siguiente año.

Los productores que no alcanzaron paquete podrán inscribirse en la lista de espera en las oficinas regionales.

-30-

Dirección de Comunicación Social
Secretaría de Desarrollo Rural del Estado de Puebla
Tel. 222 555 0318
prensa.sdr@puebla-gob.example
""", gold(
    family="press_release",
    title="Entregan 1,200 paquetes de semilla mejorada de maíz a productores de la Mixteca poblana",
    date="2023-08-22",
    source="Secretaría de Desarrollo Rural del Estado de Puebla",
    bulletin_number="318/2023",
    issuer="Secretaría de Desarrollo Rural del Estado de Puebla",
    dateline_city="PUEBLA",
    body_first_words="La Secretaría de Desarrollo Rural del",
    body_last_words="en las oficinas regionales.",
    boilerplate=["COMUNICADO", "No. 318/2023", "-30-", "Dirección de Comunicación Social",
                 "Tel. 222 555 0318", "prensa.sdr@puebla-gob.example"],
    must_keep=["Cada paquete contiene semilla suficiente para una hectárea, además de un manual impreso con recomendaciones sobre fechas de siembra, densidad y control de plagas adaptadas a suelos con poca retención de humedad."],
))

# ---------------------------------------------------------------------------
# l08 jekyll: Pulso Lagunero. datetime with -0600 offset late at night (UTC
# would be the next day), block-style categories, Spanish author key,
# outlet under "publisher", no published key
# ---------------------------------------------------------------------------
add("l08-precio-leche.md", """---
layout: post
title: Ganaderos laguneros piden revisar el precio de la leche
date: 2021-11-30 23:40:00 -0600
autor: Mariana Ibarra Celis
publisher: Pulso Lagunero
categories:
  - Destacadas
  - Economía
tags:
  - leche
  - ganadería
---

Productores de leche de la Comarca Lagunera pidieron a las empresas acopiadoras revisar el precio que pagan por litro, luego de que el costo del alimento para ganado aumentó cerca de 30 por ciento en lo que va del año.

En una reunión celebrada en Gómez Palacio, representantes de pequeños establos señalaron que actualmente reciben entre 7.20 y 7.60 pesos por litro, una cifra que, aseguran, apenas cubre el costo de producción.

Foto: Pulso Lagunero / Archivo

Relacionado: Sequía reduce la producción de forraje en Francisco I. Madero

Gilberto Sarmiento Olvera, quien encabeza una agrupación de 140 establos familiares, explicó que el alfalfa y el maíz rolado son los insumos que más han subido, y que muchos productores ya vendieron parte de sus vacas para poder pagar deudas.

Las empresas acopiadoras no han dado una respuesta pública, aunque los ganaderos afirmaron que solicitaron una mesa de diálogo con la participación de autoridades estatales de Durango y Coahuila.

Los productores también plantearon la posibilidad de formar una cooperativa que les permita vender queso y crema directamente en mercados de Torreón, Lerdo y Gómez Palacio, con el fin de depender menos de las compras de las grandes empresas.

De no haber acuerdos antes de fin de año, advirtieron, al menos una tercera parte de los establos pequeños podría cerrar durante el primer semestre.
""", gold(
    family="jekyll",
    title="Ganaderos laguneros piden revisar el precio de la leche",
    date="2021-11-30",
    bylines=["Mariana Ibarra Celis"],
    source="Pulso Lagunero",
    section="Economía",
    placement=["Destacadas"],
    body_first_words="Productores de leche de la Comarca Lagunera",
    body_last_words="podría cerrar durante el primer semestre.",
    boilerplate=["Relacionado: Sequía reduce la producción de forraje en Francisco I. Madero"],
    must_keep=["En una reunión celebrada en Gómez Palacio, representantes de pequeños establos señalaron que actualmente reciben entre 7.20 y 7.60 pesos por litro, una cifra que, aseguran, apenas cubre el costo de producción."],
    photo_credit="Pulso Lagunero / Archivo",
))

# ---------------------------------------------------------------------------
# l09 wire: El Faro del Pacífico (Sinaloa). "#" title, "Outlet / Redacción"
# byline (no person), date line with weekday and middle dot, standalone
# "Relacionado:" teaser, WhatsApp-channel pitch, "Con información de", NBSP
# ---------------------------------------------------------------------------
add("l09-oleaje-mazatlan.markdown", """# Cierran playas de Mazatlán por mar de fondo; reportan dos rescates

El Faro del Pacífico / Redacción

Mazatlán, Sinaloa · domingo 15 de enero de 2023

Foto: Cortesía Protección Civil Mazatlán

La Capitanía de Puerto y las autoridades municipales cerraron a bañistas las playas de Olas Altas, Playa Norte y Cerritos luego de que el mar de fondo provocó olas de hasta tres metros durante la mañana de este domingo.

Salvavidas municipales rescataron a dos jóvenes que fueron arrastrados por la corriente frente al monumento al Pescador. Ambos fueron atendidos en el lugar y no requirieron traslado a un hospital.

Relacionado: Temporada de ballenas deja derrama récord en el puerto

El coordinador de Protección Civil municipal, Eduardo Zazueta Lizárraga, explicó que el fenómeno se debe a un sistema de baja presión lejos de la costa, por lo que no se esperan lluvias, pero sí oleaje irregular al menos hasta el martes.

Se colocaron banderas rojas en todos los accesos y se pidió a los prestadores de servicios náuticos suspender los paseos en lancha y las rentas de motos acuáticas. Las pangas de pescadores ribereños tampoco salieron a trabajar.

Restauranteros del malecón reportaron que el agua alcanzó la banqueta en algunos tramos cercanos a la Glorieta Sánchez Taboada, donde también se acumuló arena y piedra sobre el carril de circulación.

Las autoridades recomendaron a los visitantes disfrutar de la playa solo desde la arena y mantenerse atentos a los avisos oficiales antes de volver a entrar al mar.

Con información de Protección Civil Municipal

📲 Únete a nuestro canal de WhatsApp y recibe las noticias de Mazatlán al momento
""".replace("tres metros", "tres" + NBSP + "metros").replace("Olas Altas,", "Olas" + NBSP + "Altas,"), gold(
    family="wire",
    title="Cierran playas de Mazatlán por mar de fondo; reportan dos rescates",
    date="2023-01-15",
    bylines=[],
    source="El Faro del Pacífico",
    body_first_words="La Capitanía de Puerto y las autoridades",
    body_last_words="antes de volver a entrar al mar.",
    boilerplate=["El Faro del Pacífico / Redacción",
                 "Relacionado: Temporada de ballenas deja derrama récord en el puerto",
                 "Con información de Protección Civil Municipal",
                 "Únete a nuestro canal de WhatsApp y recibe las noticias de Mazatlán al momento"],
    must_keep=["Salvavidas municipales rescataron a dos jóvenes que fueron arrastrados por la corriente frente al monumento al Pescador."],
    photo_credit="Cortesía Protección Civil Mazatlán",
))

# ---------------------------------------------------------------------------
# l10 press release: autonomous electoral body, Durango. UTF-8 BOM + CRLF,
# issuer line in capitals, "Comunicado 071/2024", title in capitals wrapped
# over two lines, dateline "…; a 9 de abril de 2024.-", oo0oo, handles
# ---------------------------------------------------------------------------
add("l10-capacitacion-casillas.text", """INSTITUTO ESTATAL DE ELECCIONES Y PARTICIPACIÓN DE DURANGO
Área de Comunicación Social
Comunicado 071/2024

CONCLUYE CAPACITACIÓN A 3 MIL 400 FUNCIONARIOS
DE CASILLA EN LOS DISTRITOS DE LA LAGUNA

Victoria de Durango, Dgo.; a 9 de abril de 2024.- El Instituto Estatal de Elecciones y Participación de Durango concluyó la primera etapa de capacitación a 3 mil 400 ciudadanas y ciudadanos que fungirán como funcionarios de mesa directiva de casilla en los distritos de Gómez Palacio y Lerdo.

Durante cinco semanas, capacitadores asistentes recorrieron colonias, ejidos y rancherías para explicar el llenado de actas, el conteo de votos y el procedimiento para integrar los paquetes electorales al término de la jornada.

La consejera presidenta, Itzel Cabral Moncada, destacó que el porcentaje de personas que aceptaron participar fue mayor al registrado en el proceso anterior, lo que atribuyó a las visitas en horarios vespertinos y a la posibilidad de tomar el curso en línea.

En la segunda etapa se realizarán simulacros de la jornada electoral en escuelas y salones ejidales, donde los funcionarios practicarán con materiales idénticos a los que se usarán el día de la elección, incluidas las urnas y las mamparas.

El Instituto recordó que las personas designadas que no puedan cumplir con el encargo deben avisar con anticipación al consejo distrital correspondiente, con el fin de que se capacite a un suplente sin afectar la instalación de las casillas.

También invitó a la ciudadanía a consultar la ubicación de su casilla en el sistema de consulta que se habilitará en mayo.

oo0oo

Síguenos: Facebook /IEEPDurangoEx · X @IEEPD_Ex · Instagram @ieepd.ex
prensa@ieepd-durango.example
""", gold(
    family="press_release",
    title="CONCLUYE CAPACITACIÓN A 3 MIL 400 FUNCIONARIOS DE CASILLA EN LOS DISTRITOS DE LA LAGUNA",
    date="2024-04-09",
    source="Instituto Estatal de Elecciones y Participación de Durango",
    bulletin_number="071/2024",
    issuer="Instituto Estatal de Elecciones y Participación de Durango",
    dateline_city="Victoria de Durango",
    body_first_words="El Instituto Estatal de Elecciones y Participación",
    body_last_words="que se habilitará en mayo.",
    boilerplate=["Área de Comunicación Social", "Comunicado 071/2024", "oo0oo",
                 "Síguenos: Facebook /IEEPDurangoEx", "@IEEPD_Ex", "@ieepd.ex",
                 "prensa@ieepd-durango.example"],
    must_keep=["Durante cinco semanas, capacitadores asistentes recorrieron colonias, ejidos y rancherías para explicar el llenado de actas, el conteo de votos y el procedimiento para integrar los paquetes electorales al término de la jornada."],
), bom=True, eol="\r\n")

# ---------------------------------------------------------------------------
# l11 generic: markdown note with "#" heading and a "Fecha:" line, day-first
# ---------------------------------------------------------------------------
add("l11-biblioteca-horarios.markdown", """# Nuevos horarios de la biblioteca comunitaria de San Andrés

Fecha: 04/03/2024

A partir de esta semana la biblioteca comunitaria amplía su horario de atención. De lunes a viernes abrirá de 9:00 a 19:00 horas y los sábados de 10:00 a 14:00 horas, para que estudiantes y personas que trabajan puedan acudir por la tarde.

El préstamo a domicilio sigue siendo gratuito. Solo se necesita llenar una ficha con nombre, domicilio y un teléfono de contacto, y presentar una identificación o, en el caso de menores, la firma de una persona adulta. Cada usuario puede llevarse hasta tres libros por dos semanas, con posibilidad de renovar una vez.

Los martes y jueves, de 16:00 a 18:00 horas, habrá asesoría de tareas para primaria y secundaria a cargo de jóvenes voluntarios de la preparatoria. No es necesario inscribirse con anticipación, pero se pide llegar puntuales.

El rincón infantil recibió una donación de más de doscientos cuentos y libros ilustrados, que ya están clasificados por edades. Los sábados a las 11:00 horas habrá lectura en voz alta para niñas y niños de tres a siete años.

Se solicita a los usuarios devolver los libros en buen estado y no dejarlos en el buzón exterior cuando llueve. Si un libro se pierde, se puede reponer con otro ejemplar igual o con uno de tema similar acordado con el personal.

Las donaciones de libros se reciben cualquier día en horario de atención.
""", gold(
    family="generic",
    title="Nuevos horarios de la biblioteca comunitaria de San Andrés",
    date="2024-03-04",
    body_first_words="A partir de esta semana la biblioteca",
    body_last_words="cualquier día en horario de atención.",
    must_keep=["El préstamo a domicilio sigue siendo gratuito."],
))

# ---------------------------------------------------------------------------
# l12 jekyll: Tlaxcala al Día. day-first date 23/04/2019, tags only (one is a
# placement flag; no categories -> no section), author "Redacción",
# published: false, outlet under "site_name"
# ---------------------------------------------------------------------------
add("l12-libro-huamantla.md", """---
layout: nota
title: 'Huamantla celebra el Día del Libro con lectura de tapetes y cuentos'
date: 23/04/2019
author: Redacción
site_name: Tlaxcala al Día
tags: [Cultura, Portada, Huamantla]
published: false
---

Con una lectura colectiva en el jardín de la Parroquia de San Luis Obispo, estudiantes y artesanos de Huamantla celebraron el Día Internacional del Libro, en una jornada que combinó cuentos infantiles con la historia de los tapetes de aserrín que cada agosto cubren las calles de la ciudad.

La actividad fue organizada por la casa de cultura municipal y reunió a cerca de 300 alumnos de primarias y secundarias, quienes leyeron en voz alta fragmentos de leyendas locales recopiladas por cronistas del municipio.

Tapeteros de los barrios de San Antonio y La Preciosa explicaron a los asistentes cómo se preparan los moldes y el aserrín teñido, y relacionaron cada diseño con pasajes de libros sobre la historia de la región.

La directora de la casa de cultura, Verónica Sánchez Tecuapacho, informó que se instalará un librero de intercambio en el portal municipal, donde cualquier persona podrá dejar un libro y llevarse otro sin costo.

Además, se anunció un taller de escritura para jóvenes que se impartirá durante mayo, cuyo resultado será una pequeña antología de relatos sobre los barrios de Huamantla, que se presentará durante la feria de agosto.

Los organizadores agradecieron a las librerías de la ciudad de Tlaxcala que donaron ejemplares para los niños que participaron en la lectura.
""", gold(
    family="jekyll",
    title="Huamantla celebra el Día del Libro con lectura de tapetes y cuentos",
    date="2019-04-23",
    published=False,
    bylines=[],
    source="Tlaxcala al Día",
    section=None,
    placement=["Portada"],
    body_first_words="Con una lectura colectiva en el jardín",
    body_last_words="que participaron en la lectura.",
    must_keep=["La actividad fue organizada por la casa de cultura municipal y reunió a cerca de 300 alumnos de primarias y secundarias, quienes leyeron en voz alta fragmentos de leyendas locales recopiladas por cronistas del municipio."],
))

# ---------------------------------------------------------------------------
# l13 wire: Noticias Bajío Hoy (Guanajuato). bold title, "Redacción / Outlet" (reversed),
# "Sección:" label, day-first numeric date, teaser glued at the END of a
# paragraph, newsletter pitch, NBSP and trailing spaces
# ---------------------------------------------------------------------------
add("l13-exportaciones-calzado.text", """**Exportaciones de calzado leonés crecen 11 % en el primer semestre**

Redacción / Noticias Bajío Hoy
Sección: Economía
León, Guanajuato, 28/09/2022   

Las exportaciones de calzado fabricado en León crecieron 11 por ciento durante el primer semestre del año, impulsadas por la demanda de botas de trabajo y calzado de seguridad en Estados Unidos y Canadá, según cifras de la cámara local de la industria.  

El mayor crecimiento se concentró en empresas medianas que producen para marcas extranjeras bajo pedido, mientras que los talleres pequeños siguen enfrentando problemas para conseguir piel a precios estables. También te recomendamos: Curtidurías de León buscan certificación ambiental

El presidente de la cámara, Arturo Olivares Guerra, explicó que la llegada de nuevos compradores ha obligado a las fábricas a contratar personal para el segundo turno, sobre todo costureras y pespuntadores con experiencia.

Sin embargo, advirtió que la falta de mano de obra calificada puede frenar el ritmo de crecimiento, por lo que la cámara prepara un programa de formación en conjunto con escuelas técnicas de la ciudad para capacitar a 600 personas antes de que termine el año.

Los industriales también pidieron agilizar los trámites en las aduanas del norte del país, donde los embarques llegan a esperar hasta cinco días para cruzar, lo que encarece los fletes y retrasa las entregas de temporada.

Para el segundo semestre, la cámara estima un crecimiento menor, de entre seis y ocho por ciento, debido a la desaceleración prevista en el consumo estadounidense.

✉️ Suscríbete a nuestro newsletter y recibe cada mañana lo más importante del Bajío
""".replace("11 %", "11" + NBSP + "%").replace("11 por ciento", "11" + NBSP + "por" + NBSP + "ciento"), gold(
    family="wire",
    title="Exportaciones de calzado leonés crecen 11 % en el primer semestre",
    date="2022-09-28",
    bylines=[],
    source="Noticias Bajío Hoy",
    section="Economía",
    body_first_words="Las exportaciones de calzado fabricado en León",
    body_last_words="prevista en el consumo estadounidense.",
    boilerplate=["Redacción / Noticias Bajío Hoy",
                 "También te recomendamos: Curtidurías de León buscan certificación ambiental",
                 "Suscríbete a nuestro newsletter y recibe cada mañana lo más importante del Bajío"],
    must_keep=["El mayor crecimiento se concentró en empresas medianas que producen para marcas extranjeras bajo pedido, mientras que los talleres pequeños siguen enfrentando problemas para conseguir piel a precios estables."],
))

# ---------------------------------------------------------------------------
# l14 press release: intercultural university, Nayarit. Issuer only in the
# logo alt text, "Boletín UISN-045/2024", bold balazos as list items,
# dateline with municipality, -oOo-, photo credit, press block
# ---------------------------------------------------------------------------
add("l14-lenguas-originarias.md", """![Universidad Intercultural de la Sierra del Nayar](/logos/uisn-horizontal.png)

Boletín UISN-045/2024

# Estudiantes wixárikas y náayeris crean diccionario digital de plantas medicinales

- **El acervo reúne 320 plantas con nombres en tres lenguas**
- **Participaron 41 estudiantes y 18 médicos tradicionales de la sierra**

Foto: Cortesía UISN

Jesús María, Del Nayar, Nayarit, 2 de febrero de 2024.- Estudiantes de la licenciatura en Salud Intercultural presentaron un diccionario digital que documenta 320 plantas medicinales de la sierra, con sus nombres en wixárika, náayeri y español, así como sus usos tradicionales y las precauciones para su consumo.

El proyecto comenzó hace dos años como una actividad de campo y se convirtió en un trabajo colectivo en el que participaron 41 estudiantes y 18 médicos tradicionales de comunidades de El Nayar y La Yesca.

La coordinadora del proyecto, la doctora Eréndira Carrillo de la Cruz, explicó que cada ficha fue revisada por las personas que compartieron el conocimiento, quienes decidieron qué información podía hacerse pública y cuál debía quedarse dentro de las comunidades.

El diccionario puede consultarse sin conexión a internet, una característica pensada para las clínicas rurales y las escuelas de la sierra donde la señal es limitada. Incluye grabaciones de audio con la pronunciación correcta de cada nombre.

Los estudiantes presentarán el material en asambleas comunitarias durante la primavera para recoger correcciones antes de publicar una segunda versión.

-oOo-

Departamento de Difusión y Prensa
Tel. 319 555 0045 | difusion@uisn.example
""", gold(
    family="press_release",
    title="Estudiantes wixárikas y náayeris crean diccionario digital de plantas medicinales",
    date="2024-02-02",
    source="Universidad Intercultural de la Sierra del Nayar",
    bulletin_number="UISN-045/2024",
    issuer="Universidad Intercultural de la Sierra del Nayar",
    dateline_city="Jesús María",
    body_first_words="El acervo reúne 320 plantas con",
    body_last_words="antes de publicar una segunda versión.",
    boilerplate=["Boletín UISN-045/2024", "-oOo-", "Departamento de Difusión y Prensa",
                 "Tel. 319 555 0045", "difusion@uisn.example"],
    must_keep=["Participaron 41 estudiantes y 18 médicos tradicionales de la sierra",
               "El diccionario puede consultarse sin conexión a internet, una característica pensada para las clínicas rurales y las escuelas de la sierra donde la señal es limitada."],
    photo_credit="Cortesía UISN",
))

# ---------------------------------------------------------------------------
# l15 bad: binary junk (a fake image/zip payload with NUL bytes)
# ---------------------------------------------------------------------------
def _junk(n=2048, seed=1547):
    x = seed
    out = bytearray(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00")
    while len(out) < n:
        x = (1103515245 * x + 12345) & 0x7FFFFFFF
        out.append((x >> 16) & 0xFF)
    return bytes(out)


add("l15-respaldo-nota.text", raw=_junk(),
    g=gold_bad("El archivo contiene datos binarios y no es un texto legible."))

# ---------------------------------------------------------------------------
# l16 jekyll: Ecos de Aguascalientes. UTF-8 BOM, "fecha:" in Spanish words,
# categories as one comma-separated string, status: draft, Spanish author key,
# outlet under "periodico"
# ---------------------------------------------------------------------------
add("l16-rieleros-playoffs.md", """---
layout: post
title: "Rieleros amarra su pase a la postemporada con triunfo en casa"
fecha: "5 de octubre de 2022"
autora: Daniela Femat Rangel
periodico: Ecos de Aguascalientes
categories: "Deportes, Portada"
status: draft
---

Con un rally de cuatro carreras en la séptima entrada, Rieleros venció 6-3 a su rival en el estadio Alberto Romo Chávez y aseguró su lugar en la postemporada de la liga invernal, ante poco más de nueve mil aficionados.

El abridor Iván Macías Quezada lanzó seis entradas de tres carreras y ocho ponches, aunque batalló en la tercera, cuando permitió un cuadrangular de dos carreras que puso a los visitantes arriba en el marcador.

La reacción llegó con dos outs: un doble de Raúl Esparza al jardín izquierdo empató el juego y un sencillo del receptor Tomás Lugo trajo las carreras de la ventaja. El cerrador sacó los últimos tres outs en orden.

El mánager del equipo dijo al término del encuentro que el grupo llega en su mejor momento físico de la temporada y que la rotación está completa, algo que no ocurría desde agosto por las lesiones de dos lanzadores.

La directiva anunció que los boletos para la serie de postemporada estarán a la venta a partir del viernes en las taquillas del estadio, con descuentos para estudiantes y personas adultas mayores.

El primer juego de la serie se realizará el próximo martes, con sede por definir según la posición final en la tabla.
""", gold(
    family="jekyll",
    title="Rieleros amarra su pase a la postemporada con triunfo en casa",
    date="2022-10-05",
    published=False,
    bylines=["Daniela Femat Rangel"],
    source="Ecos de Aguascalientes",
    section="Deportes",
    placement=["Portada"],
    body_first_words="Con un rally de cuatro carreras",
    body_last_words="según la posición final en la tabla.",
    must_keep=["El cerrador sacó los últimos tres outs en orden."],
), bom=True)

# ---------------------------------------------------------------------------
# l17 wire: La Voz de la Huasteca (San Luis Potosí). CRLF, "##" title wrapped
# over two lines, two authors joined by "y", em-dash date line, new teaser
# style "➡️ Checa también:" glued to the start of a paragraph, app pitch
# ---------------------------------------------------------------------------
add("l17-naranja-precios.md", """## Productores de naranja de la Huasteca denuncian
pagos de hasta 80 centavos por kilo

Por Rogelio Santiago Hernández y Karla Méndez Olvera

Ciudad Valles, S.L.P. — 3 de agosto de 2021

Citricultores de Ciudad Valles, Tamasopo y El Naranjo denunciaron que los intermediarios que compran la fruta en las huertas les pagan entre 80 centavos y un peso con veinte por kilo, un precio que no alcanza para cubrir el corte ni el acarreo hasta la carretera.

➡️ Checa también: Lluvias dañan caminos rurales en Aquismón Los productores explicaron que la sobreoferta de naranja temprana y la caída de la demanda de las juguerías del centro del país provocaron que los compradores bajaran el precio casi a la mitad en solo tres semanas.

Anselmo Rubio Castillo, quien tiene doce hectáreas en el ejido La Lima, contó que esta temporada prefirió dejar parte de la fruta en el árbol. “Sale más caro pagar a los cortadores que lo que nos dan por la caja”, dijo.

Los citricultores pidieron a las autoridades estatales instalar un centro de acopio regional que permita almacenar la fruta y venderla en mejores condiciones, así como apoyar la instalación de una pequeña planta de jugos administrada por las organizaciones de productores.

También solicitaron mesas de negociación con las empresas compradoras para fijar un precio mínimo por temporada, como ocurre en otras regiones citrícolas del Golfo.

Mientras tanto, algunos productores comenzaron a vender directamente en tianguis de la zona y en los mercados de la capital potosina, aunque reconocieron que solo pueden colocar una parte pequeña de su cosecha.

📱 Descarga la app de La Voz de la Huasteca en iOS y Android
""", gold(
    family="wire",
    title="Productores de naranja de la Huasteca denuncian pagos de hasta 80 centavos por kilo",
    date="2021-08-03",
    bylines=["Rogelio Santiago Hernández", "Karla Méndez Olvera"],
    source="La Voz de la Huasteca",
    body_first_words="Citricultores de Ciudad Valles, Tamasopo y",
    body_last_words="una parte pequeña de su cosecha.",
    boilerplate=["Checa también: Lluvias dañan caminos rurales en Aquismón",
                 "Descarga la app de La Voz de la Huasteca en iOS y Android"],
    must_keep=["Los productores explicaron que la sobreoferta de naranja temprana y la caída de la demanda de las juguerías del centro del país provocaron que los compradores bajaran el precio casi a la mitad en solo tres semanas."],
), eol="\r\n")

# ---------------------------------------------------------------------------
# l18 press release: federal representation office, Tabasco. cp1252, city and
# date line FIRST, then a government header that differs from the issuer,
# "Núm. 027", "###" end marker, contact block
# ---------------------------------------------------------------------------
add("l18-cacao-tabasco.txt", """Villahermosa, Tab., 30 de octubre de 2022

GOBIERNO DE MÉXICO
Núm. 027

Capacitan a productores de cacao de la Chontalpa en control de moniliasis

La Oficina de Representación de Agricultura en Tabasco capacitó a 260 productores de cacao de los municipios de Comalcalco, Cunduacán, Paraíso y Jalpa de Méndez en técnicas para prevenir y controlar la moniliasis, la enfermedad que más pérdidas causa en las plantaciones de la región.

Durante tres días, técnicos de campo realizaron demostraciones en parcelas de productores cooperantes, donde mostraron cómo identificar los primeros síntomas en las mazorcas, la importancia de retirar los frutos enfermos cada semana y el manejo de la sombra para reducir la humedad.

El representante de la oficina, Gerardo Hernández Zurita, señaló que en algunas plantaciones la enfermedad llega a destruir más de la mitad de la cosecha, por lo que la prevención es la herramienta más barata con la que cuentan los productores.

Los asistentes recibieron herramientas de poda y un calendario de labores culturales adaptado a la temporada de lluvias. También se les explicó cómo registrar sus parcelas para acceder a los programas de apoyo a la producción.

La capacitación continuará en noviembre en los municipios de Huimanguillo y Cárdenas, con la meta de llegar a 600 productores antes de que termine el año.

Las organizaciones cacaoteras pidieron que las visitas técnicas se mantengan durante la cosecha.

###

Para mayor información:
Enlace de Comunicación Social
Tel. 993 555 0027
comunicacion.tab@agricultura-rep.example
""", gold(
    family="press_release",
    title="Capacitan a productores de cacao de la Chontalpa en control de moniliasis",
    date="2022-10-30",
    source="Oficina de Representación de Agricultura en Tabasco",
    bulletin_number="027",
    issuer="Oficina de Representación de Agricultura en Tabasco",
    dateline_city="Villahermosa",
    body_first_words="La Oficina de Representación de Agricultura",
    body_last_words="se mantengan durante la cosecha.",
    boilerplate=["GOBIERNO DE MÉXICO", "Núm. 027", "###", "Para mayor información:",
                 "Enlace de Comunicación Social", "Tel. 993 555 0027",
                 "comunicacion.tab@agricultura-rep.example"],
    must_keep=["Los asistentes recibieron herramientas de poda y un calendario de labores culturales adaptado a la temporada de lluvias."],
), enc="cp1252")

# ---------------------------------------------------------------------------
# l19 generic: plain-text how-to, CRLF, first line is the title, no date
# ---------------------------------------------------------------------------
add("l19-huerto-traspatio.text", """Cómo preparar el huerto de traspatio antes de las lluvias

Las primeras lluvias son el mejor momento para sembrar hortalizas en casa, pero conviene preparar el terreno unas semanas antes para que la tierra absorba bien el agua y las plantas no se pudran.

Lo primero es limpiar el espacio de hierbas, piedras y basura. Después se afloja la tierra con una pala o un bieldo a unos veinte centímetros de profundidad y se mezcla con composta o estiércol bien seco. Si la tierra es muy arcillosa, se puede agregar un poco de arena para mejorar el drenaje.

Es importante revisar hacia dónde corre el agua cuando llueve. Los surcos deben trazarse de forma que el agua no se estanque junto a las plantas; en patios con pendiente, es mejor hacer terrazas pequeñas con tablas o piedras.

Para empezar, se recomiendan cultivos sencillos como cilantro, rábano, lechuga, calabacita y frijol ejotero. El jitomate y el chile requieren más cuidado, porque la humedad favorece hongos en las hojas.

Conviene guardar agua de lluvia en tambos o cubetas tapadas para los días secos, y cubrir la tierra con hojas secas o paja para que conserve la humedad y no se endurezca con el sol.

Por último, anote en un cuaderno qué sembró y en qué fecha. Esa información le ayudará a planear mejor el huerto del próximo año.
""", gold(
    family="generic",
    title="Cómo preparar el huerto de traspatio antes de las lluvias",
    date=None,
    body_first_words="Las primeras lluvias son el mejor momento",
    body_last_words="planear mejor el huerto del próximo año.",
    must_keep=["Lo primero es limpiar el espacio de hierbas, piedras y basura."],
), eol="\r\n")

# ---------------------------------------------------------------------------
# l20 jekyll: Bitácora Morelense. naive datetime, singular "category", list of
# two authors, unreadable published value, outlet under "outlet"
# ---------------------------------------------------------------------------
add("l20-dengue-cuautla.markdown", """---
layout: single
title: Aumentan casos de dengue en la zona oriente de Morelos
date: 2020-07-01 22:30
authors:
  - Paulina Ocampo Salgado
  - Julián Bahena Ortiz
category: Salud
tags: dengue, Cuautla, Yautepec
outlet: Bitácora Morelense
published: pendiente
---

Los servicios de salud de la zona oriente de Morelos registraron un aumento de casos de dengue durante junio, principalmente en Cuautla, Yautepec y Ayala, donde las lluvias de las últimas semanas dejaron encharcamientos en patios, lotes baldíos y llanteras.

De acuerdo con las brigadas de vectores, la mayoría de los criaderos de mosco se encuentran dentro de las viviendas: cubetas destapadas, floreros, bebederos de animales y llantas acumuladas en azoteas.

Este mes se realizarán jornadas de descacharrización casa por casa en 40 colonias, con el apoyo de camiones recolectores de los ayuntamientos para retirar objetos que puedan acumular agua.

El personal de salud recordó que los síntomas más comunes son fiebre alta, dolor detrás de los ojos, dolor muscular y de articulaciones, y manchas en la piel. Ante cualquiera de ellos, se recomienda acudir al centro de salud y evitar automedicarse, sobre todo con antiinflamatorios.

Vecinas de la colonia Gabriel Tepepa, en Cuautla, pidieron que la fumigación llegue también a los canales de riego que cruzan el barrio, donde aseguran que el agua se queda estancada varios días.

Las autoridades sanitarias insistieron en que la fumigación solo es efectiva si las familias eliminan los criaderos dentro de sus casas cada semana.
""", gold(
    family="jekyll",
    title="Aumentan casos de dengue en la zona oriente de Morelos",
    date="2020-07-01",
    published=False,
    bylines=["Paulina Ocampo Salgado", "Julián Bahena Ortiz"],
    source="Bitácora Morelense",
    section="Salud",
    body_first_words="Los servicios de salud de la zona",
    body_last_words="dentro de sus casas cada semana.",
    must_keep=["Este mes se realizarán jornadas de descacharrización casa por casa en 40 colonias, con el apoyo de camiones recolectores de los ayuntamientos para retirar objetos que puedan acumular agua."],
))

# ---------------------------------------------------------------------------
# l21 wire: Crónica Istmeña (Oaxaca). cp1252, plain title line, "Texto:" byline,
# outlet + city + date in one line with "; ", standalone "Lee también »"
# teaser, photo credit, contact-mail pitch
# ---------------------------------------------------------------------------
add("l21-mercado-juchitan.txt", """Comerciantes del mercado de Juchitán exigen concluir la reconstrucción
Texto: Benigno Orozco Jiménez
Crónica Istmeña — Juchitán de Zaragoza, Oax.; 19 de febrero de 2024

Foto: Crónica Istmeña / Archivo

Comerciantes del mercado 5 de Septiembre de Juchitán marcharon este lunes hacia el palacio municipal para exigir que se concluya la reconstrucción del inmueble, dañado por el sismo de 2017, y que se les permita regresar a sus locales antes de la temporada de velas de mayo.

Desde hace más de seis años, alrededor de 900 vendedoras y vendedores trabajan en puestos provisionales instalados sobre calles aledañas, donde padecen el calor, la falta de sanitarios y la competencia de vendedores ambulantes.

Lee también » Pescadores de Unión Hidalgo piden apoyo por veda del camarón

Ofelia Martínez Regalado, vendedora de totopos y queso desde hace tres décadas, aseguró que las ventas han caído porque muchos clientes ya no encuentran a sus marchantas de siempre. “Antes sabían dónde estaba cada una; ahora andamos regadas”, dijo.

Las representantes de los comerciantes señalaron que la obra tiene un avance de casi 80 por ciento, pero que lleva meses detenida por falta de pagos a la constructora y por diferencias sobre la distribución de los locales.

Autoridades municipales recibieron a una comisión y se comprometieron a presentar en quince días un calendario de conclusión de obra y un padrón definitivo de locatarios.

Los comerciantes advirtieron que, si no hay respuesta en ese plazo, instalarán un plantón frente al palacio.

¿Tienes una denuncia ciudadana? Escríbenos a redaccion@cronicaistmena.example
""", gold(
    family="wire",
    title="Comerciantes del mercado de Juchitán exigen concluir la reconstrucción",
    date="2024-02-19",
    bylines=["Benigno Orozco Jiménez"],
    source="Crónica Istmeña",
    body_first_words="Comerciantes del mercado 5 de Septiembre",
    body_last_words="instalarán un plantón frente al palacio.",
    boilerplate=["Lee también » Pescadores de Unión Hidalgo piden apoyo por veda del camarón",
                 "¿Tienes una denuncia ciudadana? Escríbenos a redaccion@cronicaistmena.example"],
    must_keep=["Desde hace más de seis años, alrededor de 900 vendedoras y vendedores trabajan en puestos provisionales instalados sobre calles aledañas, donde padecen el calor, la falta de sanitarios y la competencia de vendedores ambulantes."],
    photo_credit="Crónica Istmeña / Archivo",
), enc="cp1252")

# ---------------------------------------------------------------------------
# l22 press release: state congress, Querétaro. Legislature header, "Boletín:"
# with colon, dateline on its own line, "#" title plus an italic subtitle
# line, NBSP, "* * *" end marker and social handles
# ---------------------------------------------------------------------------
add("l22-reforma-movilidad.markdown", """H. CONGRESO DEL ESTADO DE QUERÉTARO
LX LEGISLATURA

Boletín: 0589

Santiago de Querétaro, Qro., a 16 de noviembre de 2023

# Aprueban reforma que obliga a construir ciclovías en vialidades nuevas

*La medida aplicará a obras que inicien a partir de 2025 en los 18 municipios*

El Pleno del Congreso del Estado de Querétaro aprobó por mayoría una reforma a la Ley de Movilidad que obliga a incluir infraestructura ciclista y banquetas accesibles en todas las vialidades primarias y secundarias que se construyan en la entidad.

La iniciativa fue presentada por la diputada Lorena Pacheco Ugalde, presidenta de la Comisión de Movilidad Sustentable, quien explicó que durante años se privilegió la construcción de carriles para automóviles sin considerar a las personas que caminan, usan bicicleta o se trasladan en silla de ruedas.

La reforma establece que los proyectos ejecutivos deberán incluir un dictamen de movilidad antes de ser aprobados, y que los municipios podrán solicitar excepciones solo cuando existan razones técnicas justificadas, como pendientes pronunciadas o zonas de conservación.

Durante la discusión, legisladores de oposición señalaron que los ayuntamientos necesitarán recursos adicionales para cumplir con la norma. La propuesta aprobada prevé un periodo de transición y la elaboración de lineamientos técnicos por parte del Ejecutivo estatal.

La reforma entrará en vigor al día siguiente de su publicación en el periódico oficial del estado.

* * *

Coordinación de Comunicación Social · LX Legislatura
X: @CongresoQroEx · comunicacion@congresoqro.example
""".replace("por mayoría", "por" + NBSP + "mayoría").replace("18 municipios", "18" + NBSP + "municipios"), gold(
    family="press_release",
    title="Aprueban reforma que obliga a construir ciclovías en vialidades nuevas",
    date="2023-11-16",
    source="Congreso del Estado de Querétaro",
    bulletin_number="0589",
    issuer="Congreso del Estado de Querétaro",
    dateline_city="Santiago de Querétaro",
    body_first_words="La medida aplicará a obras que",
    body_last_words="en el periódico oficial del estado.",
    boilerplate=["LX LEGISLATURA", "Boletín: 0589", "* * *", "Coordinación de Comunicación Social · LX Legislatura",
                 "@CongresoQroEx", "comunicacion@congresoqro.example"],
    must_keep=["La medida aplicará a obras que inicien a partir de 2025 en los 18 municipios",
               "La reforma establece que los proyectos ejecutivos deberán incluir un dictamen de movilidad antes de ser aprobados, y que los municipios podrán solicitar excepciones solo cuando existan razones técnicas justificadas, como pendientes pronunciadas o zonas de conservación."],
))

# ---------------------------------------------------------------------------
# l23 bad: a saved HTML web page
# ---------------------------------------------------------------------------
add("l23-pagina-guardada.html", """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Reabren el museo regional tras su remodelación | Noticias del Valle</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./pagina_files/main.css">
<script src="./pagina_files/analytics.js"></script>
</head>
<body class="single-post">
<header><nav><a href="/">Inicio</a> | <a href="/local">Local</a> | <a href="/cultura">Cultura</a></nav></header>
<main>
<article>
<h1>Reabren el museo regional tras su remodelación</h1>
<p class="byline">Por Redacción · 14 de mayo de 2022</p>
<p>El museo regional reabrió sus puertas este sábado después de dieciocho meses de obras de remodelación que incluyeron nuevas salas y un elevador.</p>
<p>La entrada será gratuita durante el primer mes.</p>
</article>
<aside class="mas-leidas"><h3>Lo más leído</h3><ul><li><a href="#">Nota 1</a></li></ul></aside>
</main>
<footer>© Noticias del Valle. Todos los derechos reservados.</footer>
</body>
</html>
""", gold_bad("El archivo es una página web guardada en formato HTML y no una nota de texto para importar."))

# ---------------------------------------------------------------------------
# l24 jekyll: Semanario La Ceiba. impossible date 2023-02-30, block categories
# with the section, placement flag only in tags, author under "por",
# outlet under "fuente", teaser line in the body
# ---------------------------------------------------------------------------
add("l24-ferry-isla.md", """---
layout: post
title: "Transbordador a la isla suspende corridas nocturnas por falta de personal"
date: 2023-02-30
por: Sergio Canché Poot
fuente: Semanario La Ceiba
categories:
  - Local
tags: [Portada, transporte]
published: true
---

La empresa que opera el transbordador entre el muelle fiscal y la isla suspendió desde esta semana las corridas de las 21:00 y 22:30 horas, debido a que no cuenta con suficientes marineros certificados para cubrir los turnos nocturnos.

Trabajadores que viven en la isla y laboran en hoteles y restaurantes de tierra firme son los más afectados, ya que muchos terminan su jornada después de las ocho de la noche y ahora deben pagar lanchas particulares que cobran hasta el triple.

Te puede interesar: Pescadores reportan buena temporada de pulpo

El gerente de operaciones, Raymundo Ek Balam, explicó que dos tripulantes renunciaron en enero y que la contratación de nuevos marineros tarda, porque requieren cursos y exámenes ante la autoridad marítima.

Habitantes de la isla entregaron a la capitanía un escrito con más de 400 firmas para pedir que se mantenga al menos una corrida nocturna, aunque sea con horario reducido los fines de semana.

La empresa prometió restablecer el servicio completo en un plazo de seis semanas y, mientras tanto, adelantará la última salida de la tarde a las 20:15 horas para que coincida con el cambio de turno en la zona hotelera.

Los comerciantes del muelle pidieron que los cambios se anuncien con anticipación y en lugares visibles.
""", gold(
    family="jekyll",
    title="Transbordador a la isla suspende corridas nocturnas por falta de personal",
    date=None,
    bylines=["Sergio Canché Poot"],
    source="Semanario La Ceiba",
    section="Local",
    placement=["Portada"],
    body_first_words="La empresa que opera el transbordador",
    body_last_words="con anticipación y en lugares visibles.",
    boilerplate=["Te puede interesar: Pescadores reportan buena temporada de pulpo"],
    must_keep=["Habitantes de la isla entregaron a la capitanía un escrito con más de 400 firmas para pedir que se mantenga al menos una corrida nocturna, aunque sea con horario reducido los fines de semana."],
))

# ---------------------------------------------------------------------------
# l25 wire: Golfo Express (Veracruz). UTF-8 BOM + CRLF, "##" title, byline,
# pipe-separated city/weekday/numeric date/time line, teaser in the MIDDLE of
# a paragraph running into the next sentence, "Con información de", handle
# ---------------------------------------------------------------------------
add("l25-derrame-rio.markdown", """## Pescadores del río Coatzacoalcos reportan mancha de hidrocarburo

Por Jesús Alberto Cruz Marín

Coatzacoalcos, Veracruz | Golfo Express | Jueves 10/11/2022 | 18:42 hrs

Foto: Especial

Pescadores de la zona de Allende y Nanchital reportaron la presencia de una mancha oscura con olor a combustible en el cauce del río Coatzacoalcos, a la altura de la desembocadura del arroyo Teapa, donde aseguran que desde el martes aparecieron peces muertos en la orilla.

La cooperativa de pescadores ribereños informó que al menos 35 lanchas dejaron de salir a trabajar. Lee también: Suspenden clases en escuelas de Minatitlán por lluvias El presidente de la cooperativa, Efrén Toledo Cabrera, explicó que las redes salen manchadas y que los compradores del mercado ya no quieren recibir el producto de esa zona.

Personal de protección civil municipal acudió al sitio y colocó barreras flotantes en dos puntos del río, aunque los pescadores consideran que la medida es insuficiente porque la corriente arrastra la mancha hacia los manglares.

Los pescadores pidieron que las autoridades ambientales tomen muestras del agua y de los peces, y que se identifique el origen del derrame, ya que en la zona hay ductos y una terminal de almacenamiento.

Vecinos de la congregación también denunciaron que el olor se percibe en las viviendas cercanas a la orilla y que varios niños presentaron irritación en la piel después de bañarse en el arroyo.

Hasta el cierre de esta edición, ninguna empresa había reconocido responsabilidad por la mancha.

Con información de corresponsales

Síguenos en X: @GolfoExpressEx
""", gold(
    family="wire",
    title="Pescadores del río Coatzacoalcos reportan mancha de hidrocarburo",
    date="2022-11-10",
    bylines=["Jesús Alberto Cruz Marín"],
    source="Golfo Express",
    body_first_words="Pescadores de la zona de Allende",
    body_last_words="responsabilidad por la mancha.",
    boilerplate=["Lee también: Suspenden clases en escuelas de Minatitlán por lluvias",
                 "Con información de corresponsales", "Síguenos en X: @GolfoExpressEx"],
    must_keep=["La cooperativa de pescadores ribereños informó que al menos 35 lanchas dejaron de salir a trabajar.",
               "El presidente de la cooperativa, Efrén Toledo Cabrera, explicó que las redes salen manchadas y que los compradores del mercado ya no quieren recibir el producto de esa zona."],
    photo_credit="Especial",
), bom=True, eol="\r\n")

# ---------------------------------------------------------------------------
# l26 press release: municipal water utility, Baja California. UTF-8 BOM,
# city/date line first, "Comunicado núm. 112", title with trailing spaces,
# "FIN" end marker and a "Contacto:" block
# ---------------------------------------------------------------------------
add("l26-tandeo-ensenada.txt", """Ensenada, B.C., 5 de junio de 2023
Comunicado núm. 112

Anuncian tandeos en el sector Valle Dorado por reparación de acueducto   

La Comisión de Servicios de Agua de Ensenada informa que a partir del miércoles 7 de junio se aplicará un programa de tandeo en las colonias del sector Valle Dorado, debido a la reparación de un tramo de 300 metros del acueducto que abastece a la zona.

El director general del organismo, Marco Antonio Sández Luján, explicó que las inspecciones realizadas en mayo detectaron fisuras en la tubería de acero, instalada hace más de cuarenta años, y que repararla ahora evitará una ruptura mayor durante el verano, cuando aumenta el consumo.

Durante los trabajos, las colonias Valle Dorado, Lomas de Valle Dorado, Bahía y Jardines del Sol recibirán agua en días alternos, de acuerdo con el calendario que se entregará casa por casa y se publicará en las oficinas comerciales del organismo.

Se habilitarán cuatro garzas de llenado para pipas y se dará prioridad a escuelas, centros de salud y estancias de personas adultas mayores.

El organismo pidió a la población almacenar agua en recipientes limpios y tapados, revisar que los tinacos no tengan fugas y reportar cualquier falla en el servicio a la línea de atención ciudadana.

Se estima que la reparación concluya en un plazo de tres semanas, siempre que las condiciones del terreno lo permitan.

FIN

Contacto:
Jefatura de Comunicación e Imagen
Tel. 646 555 0112 · comunicacion@agua-ensenada.example
""", gold(
    family="press_release",
    title="Anuncian tandeos en el sector Valle Dorado por reparación de acueducto",
    date="2023-06-05",
    source="Comisión de Servicios de Agua de Ensenada",
    bulletin_number="112",
    issuer="Comisión de Servicios de Agua de Ensenada",
    dateline_city="Ensenada",
    body_first_words="La Comisión de Servicios de Agua de Ensenada informa",
    body_last_words="las condiciones del terreno lo permitan.",
    boilerplate=["Comunicado núm. 112", "FIN", "Contacto:", "Jefatura de Comunicación e Imagen",
                 "Tel. 646 555 0112", "comunicacion@agua-ensenada.example"],
    must_keep=["Se habilitarán cuatro garzas de llenado para pipas y se dará prioridad a escuelas, centros de salud y estancias de personas adultas mayores."],
), bom=True)

# ---------------------------------------------------------------------------
# l27 generic: Markdown note with a setext ("=====") heading; dates only in
# prose (they do not count)
# ---------------------------------------------------------------------------
add("l27-recorrido-sierra.md", """Bitácora del recorrido por la sierra de Santa Rosa
==================================================

Salimos del poblado a las seis de la mañana, con cinco personas y dos mulas para cargar el agua. El camino de terracería estaba en buenas condiciones hasta el arroyo, pero después del cruce tuvimos que seguir a pie porque el deslave del 12 de marzo todavía cubre parte de la brecha.

En el primer tramo de subida encontramos huellas recientes de venado y excrementos de coyote. El guía, don Cruz, explicó que en esta época los animales bajan a tomar agua al amanecer y que por eso conviene caminar en silencio.

A medio camino hicimos una parada en el ojo de agua, que este año tiene menos caudal que el anterior. Llenamos los garrafones y revisamos las mangueras que llevan el agua hacia el rancho; una de ellas estaba rota y la reparamos con cinta y alambre.

El tramo más difícil fue la cuesta de piedra suelta antes del mirador. Una de las mulas resbaló, pero no se lastimó. Desde arriba se veía el valle completo y, al fondo, el humo de una quema agrícola.

Regresamos por la vereda del lado norte, que es más larga pero menos empinada. Llegamos al poblado a las cinco de la tarde, cansados pero sin contratiempos.

Para el próximo recorrido hay que llevar una manguera de repuesto, más cuerda y un botiquín completo.
""", gold(
    family="generic",
    title="Bitácora del recorrido por la sierra de Santa Rosa",
    date=None,
    body_first_words="Salimos del poblado a las seis",
    body_last_words="más cuerda y un botiquín completo.",
    must_keep=["Una de las mulas resbaló, pero no se lastimó."],
))

# ---------------------------------------------------------------------------
# l28 jekyll: El Mirador de Colima. single-quoted date, categories made only
# of placement flags (no section), author "Redacción Mirador" (not a person),
# published: off, outlet under "sitio", photo credit in the body
# ---------------------------------------------------------------------------
add("l28-volcan-actividad.md", """---
layout: post
title: 'Volcán de Colima mantiene baja actividad; reabren ruta a La Yerbabuena'
date: '2019-12-08'
author: Redacción Mirador
sitio: El Mirador de Colima
categories: [Destacadas, Portada]
tags: [volcán, Comala, protección civil]
published: off
---

Foto: Cortesía

Las autoridades de protección civil reabrieron el camino que comunica a Comala con la comunidad de La Yerbabuena, luego de que el monitoreo del Volcán de Colima confirmó que la actividad se mantiene baja desde hace varios meses, sin explosiones ni flujos de material.

El camino permaneció cerrado al tránsito turístico durante casi dos años y solo podían circular los habitantes de la zona, quienes debían registrarse en un puesto de control a la entrada del poblado.

Vecinos de La Yerbabuena recibieron la noticia con alivio, ya que muchas familias dependen de la venta de café, pan y comida a los visitantes que suben los fines de semana a ver el volcán desde los miradores.

Los especialistas del observatorio vulcanológico recordaron que la baja actividad no significa que el volcán esté apagado, por lo que el semáforo de alerta se mantiene y el radio de exclusión de ocho kilómetros alrededor del cráter sigue vigente.

Las autoridades pidieron a los visitantes no salir de los caminos marcados, no acampar en barrancas y atender las indicaciones de los guías locales.

Se instalarán nuevos letreros con rutas de evacuación y puntos de reunión antes de la temporada vacacional de fin de año.
""", gold(
    family="jekyll",
    title="Volcán de Colima mantiene baja actividad; reabren ruta a La Yerbabuena",
    date="2019-12-08",
    published=False,
    bylines=[],
    source="El Mirador de Colima",
    section=None,
    placement=["Destacadas", "Portada"],
    body_first_words="Las autoridades de protección civil reabrieron",
    body_last_words="la temporada vacacional de fin de año.",
    must_keep=["El camino permaneció cerrado al tránsito turístico durante casi dos años y solo podían circular los habitantes de la zona, quienes debían registrarse en un puesto de control a la entrada del poblado."],
    photo_credit="Cortesía",
))

# ---------------------------------------------------------------------------
# l29 wire: Enlace Capital Noticias (CDMX). MIXED line endings, "###" title,
# "Por:" byline, "Sección:" label, dotted day-first date with time, teaser
# "Te puede interesar |" in the MIDDLE of a paragraph, bulleted more-news
# block with its own header, "Con información de agencias"
# ---------------------------------------------------------------------------
add("l29-cablebus-linea.md", """### Nueva línea de Cablebús tendrá seis estaciones y conectará con el Metro

Por: Sofía Aranda Villaseñor
Sección: Metrópoli
Enlace Capital Noticias · Ciudad de México, 21.06.2023 · 14:05 h

La nueva línea de Cablebús que se construirá en el oriente de la capital tendrá seis estaciones y una longitud aproximada de diez kilómetros, con conexiones a dos estaciones del Metro y a una terminal de autobuses suburbanos.

El proyecto fue presentado por autoridades de movilidad en una reunión con vecinos de las alcaldías involucradas, quienes plantearon dudas sobre la ubicación de las torres y las expropiaciones. Te puede interesar | Amplían horario del Metrobús en Línea 2 Los funcionarios aseguraron que la mayoría de las torres se instalarán en camellones y predios públicos, y que solo se requerirá adquirir cuatro terrenos particulares.

Según la presentación, el recorrido completo tomará alrededor de 35 minutos, frente a la hora y media que actualmente tarda el trayecto en transporte público en horas pico.

La directora del proyecto, Rebeca Solís Landeros, explicó que las cabinas tendrán capacidad para diez personas y que el sistema podrá transportar hasta 4 mil pasajeros por hora en cada dirección.

Vecinos de la zona pidieron que las obras incluyan alumbrado, banquetas y senderos seguros hacia las estaciones, ya que algunas calles de acceso carecen de iluminación y han sido escenario de asaltos.

Las autoridades estimaron que la construcción iniciará el próximo año y durará alrededor de 20 meses.

Con información de agencias

Más noticias de Enlace Capital:
- Reabren bajo puente de Circuito Interior tras reparaciones
- Alertan por lluvias fuertes en el poniente de la ciudad
""", gold(
    family="wire",
    title="Nueva línea de Cablebús tendrá seis estaciones y conectará con el Metro",
    date="2023-06-21",
    bylines=["Sofía Aranda Villaseñor"],
    source="Enlace Capital Noticias",
    section="Metrópoli",
    body_first_words="La nueva línea de Cablebús que",
    body_last_words="durará alrededor de 20 meses.",
    boilerplate=["Te puede interesar | Amplían horario del Metrobús en Línea 2",
                 "Con información de agencias", "Más noticias de Enlace Capital:",
                 "Reabren bajo puente de Circuito Interior tras reparaciones",
                 "Alertan por lluvias fuertes en el poniente de la ciudad"],
    must_keep=["Los funcionarios aseguraron que la mayoría de las torres se instalarán en camellones y predios públicos, y que solo se requerirá adquirir cuatro terrenos particulares.",
               "El proyecto fue presentado por autoridades de movilidad en una reunión con vecinos de las alcaldías involucradas, quienes plantearon dudas sobre la ubicación de las torres y las expropiaciones."],
), eol_pattern=["\n", "\r\n", "\n", "\r\n", "\r\n", "\n"])

# ---------------------------------------------------------------------------
# l30 press release: state civil-protection secretariat, Guerrero. Government
# header differing from the issuer, "Boletín No. 1456", "##" title, bold
# em-dash balazos, dateline "Cd. Altamirano, Guerrero, … .-" opening the
# first paragraph, "---000---" then "- - -" before the contact block
# ---------------------------------------------------------------------------
add("l30-albergues-tierra-caliente.md", """GOBIERNO DEL ESTADO DE GUERRERO

Boletín No. 1456

## Habilitan 14 albergues en Tierra Caliente ante crecida del río Balsas

**— Permanecen en resguardo 620 personas de nueve comunidades ribereñas**

**— Brigadas revisan puentes y caminos dañados por las lluvias**

Cd. Altamirano, Guerrero, 18 de septiembre de 2021.- La Secretaría de Protección Civil del Estado de Guerrero habilitó 14 albergues temporales en los municipios de Pungarabato, Cutzamala de Pinzón, Tlapehuala y Coyuca de Catalán, ante la crecida del río Balsas provocada por las lluvias de los últimos cuatro días.

En los albergues permanecen 620 personas de nueve comunidades ribereñas, quienes reciben alimentación, atención médica y kits de higiene. La mayoría de las familias fue trasladada de manera preventiva durante la madrugada del viernes.

El titular de la dependencia, Rubén Figueroa Salmerón, informó que brigadas de protección civil y de obras públicas revisan el estado de cinco puentes vehiculares y de al menos doce caminos de terracería que presentan deslaves o socavones.

Asimismo, pidió a la población no intentar cruzar arroyos ni vados con corriente, aun cuando el nivel del agua parezca bajo, y mantenerse atenta a los avisos de las autoridades municipales.

Las brigadas continuarán los recorridos durante el fin de semana y el regreso a las viviendas se autorizará solo cuando se confirme que el nivel del río descendió de manera sostenida.

---000---

- - -

Unidad de Comunicación Social
comunicacion.spc@guerrero-gob.example · Tel. 747 555 1456
""", gold(
    family="press_release",
    title="Habilitan 14 albergues en Tierra Caliente ante crecida del río Balsas",
    date="2021-09-18",
    source="Secretaría de Protección Civil del Estado de Guerrero",
    bulletin_number="1456",
    issuer="Secretaría de Protección Civil del Estado de Guerrero",
    dateline_city="Cd. Altamirano",
    body_first_words="Permanecen en resguardo 620 personas de",
    body_last_words="descendió de manera sostenida.",
    boilerplate=["GOBIERNO DEL ESTADO DE GUERRERO", "Boletín No. 1456", "---000---", "- - -",
                 "Unidad de Comunicación Social", "comunicacion.spc@guerrero-gob.example",
                 "Tel. 747 555 1456"],
    must_keep=["Brigadas revisan puentes y caminos dañados por las lluvias",
               "En los albergues permanecen 620 personas de nueve comunidades ribereñas, quienes reciben alimentación, atención médica y kits de higiene."],
))

# === END ENTRIES ===


def main():
    os.makedirs(OUT, exist_ok=True)
    names = set()
    for name, data, g in ENTRIES:
        assert name not in names, name
        names.add(name)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        stem = name.rsplit(".", 1)[0]
        with open(os.path.join(OUT, stem + ".gold.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(g, f, sort_keys=False, allow_unicode=True, width=1000)
    print("wrote", len(ENTRIES), "files to", OUT)


if __name__ == "__main__":
    main()
