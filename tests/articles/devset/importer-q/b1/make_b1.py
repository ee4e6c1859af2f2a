#!/usr/bin/env python3
"""Generator for blind set importer-q/b1. Writes every source file as exact bytes
plus NAME.gold.yaml. Placeholders in texts: <TS> -> two trailing spaces, <NB> -> U+00A0."""
import os
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["readable", "family", "title", "date", "published", "bylines", "source", "section",
        "placement", "bulletin_number", "issuer", "dateline_city", "body_first_words",
        "body_last_words", "boilerplate", "must_keep", "photo_credit", "refusal_reason"]
FILES = []


def G(**kw):
    d = dict(readable=True, family=None, title=None, date=None, published=True, bylines=[],
             source=None, section=None, placement=[], bulletin_number=None, issuer=None,
             dateline_city=None, body_first_words=None, body_last_words=None, boilerplate=[],
             must_keep=[], photo_credit=None, refusal_reason=None)
    for k in kw:
        assert k in d, k
    d.update(kw)
    if d["family"] == "press_release":
        d["issuer"] = d["issuer"] or d["source"]
        d["source"] = d["source"] or d["issuer"]
    return {k: d[k] for k in KEYS}


def BAD(reason):
    d = {k: None for k in KEYS}
    d.update(readable=False, family="bad", bylines=[], placement=[], boilerplate=[],
             must_keep=[], refusal_reason=reason)
    return d


def add(name, text, gold, enc="utf-8", eol="\n", bom=False):
    FILES.append(dict(name=name, text=text, gold=gold, enc=enc, eol=eol, bom=bom))


def render(e):
    t = e["text"]
    if isinstance(t, bytes):
        return t
    t = t.replace("<TS>", "  ").replace("<NB>", "\u00a0")
    if e["eol"] == "mixed":
        lines = t.split("\n")
        out = []
        for i, ln in enumerate(lines):
            out.append(ln)
            if i < len(lines) - 1:
                out.append("\r\n" if i % 3 == 0 else "\n")
        t = "".join(out)
    elif e["eol"] != "\n":
        t = t.replace("\n", e["eol"])
    b = t.encode(e["enc"])
    if e["bom"]:
        b = b"\xef\xbb\xbf" + b
    return b


# === ENTRIES ===
# ---------------- q01: press release, municipality (Jalisco) -----------------
add("q01-arenales.md", """AYUNTAMIENTO DE ZAPOPAN
Dirección de Comunicación Social
Boletín 1102
Zapopan, Jalisco, 14 de marzo de 2024

**ARRANCA REHABILITACIÓN DE 40 CALLES
EN LA COLONIA ARENALES TAPATÍOS**

* **La inversión municipal supera los 62 millones de pesos**
* **Las obras concluirán antes de la temporada de lluvias**

El Ayuntamiento de Zapopan dio inicio este jueves a la rehabilitación integral de 40 calles de la colonia Arenales Tapatíos, una de las zonas con mayor número de reportes por baches y encharcamientos durante el último año.<TS>

Los trabajos incluyen la sustitución de la carpeta asfáltica por concreto hidráulico, la renovación de 3.8 kilómetros de red de drenaje sanitario y la construcción de banquetas accesibles con rampas en cada esquina. La Dirección de Obras Públicas estimó que la intervención beneficiará de manera directa a cerca de 11<NB>mil habitantes.

Durante el arranque, la presidenta municipal explicó que el proyecto fue definido en asambleas vecinales realizadas en enero, en las que se priorizaron las calles que conducen a escuelas y al centro de salud de la colonia. "Aquí los vecinos nos dijeron dónde se inunda y dónde se caen los niños; con esa información armamos el proyecto", afirmó.

Para reducir las afectaciones viales, las obras se realizarán por tramos de dos cuadras y se mantendrá al menos un carril abierto en las avenidas principales. Las rutas de transporte público 629 y 634 tendrán desvíos temporales que serán señalizados con anticipación.

El municipio instalará además un módulo de atención ciudadana en la explanada del templo de la colonia, donde las familias podrán presentar dudas o quejas sobre el avance de los trabajos de lunes a sábado.

---o0o---

Dirección de Comunicación Social
Tel. 33 3818 2200 ext. 1410
prensa@zapopan-municipio.example
@ZapopanGobMx
""", G(family="press_release", title="ARRANCA REHABILITACIÓN DE 40 CALLES EN LA COLONIA ARENALES TAPATÍOS",
       date="2024-03-14", source="Ayuntamiento de Zapopan", bulletin_number="1102",
       dateline_city="Zapopan", body_first_words="La inversión municipal supera los 62 millones",
       body_last_words="avance de los trabajos de lunes a sábado.",
       boilerplate=["Boletín 1102", "---o0o---", "Tel. 33 3818 2200 ext. 1410",
                    "prensa@zapopan-municipio.example", "@ZapopanGobMx", "Dirección de Comunicación Social"],
       must_keep=["Las rutas de transporte público 629 y 634 tendrán desvíos temporales que serán señalizados con anticipación."]),
    enc="utf-8", eol="\r\n", bom=True)

# ---------------- q02: wire, Yucatán -----------------
add("q02-progreso.md", """## Pescadores de Progreso reportan caída de 40% en captura de pulpo

Texto: Mariana Chablé Pech
Agencia Peninsular de Noticias | Progreso, Yucatán | 02/08/2023

![Lanchas pulperas en el muelle de Progreso](/uploads/2023/08/pulpo-progreso.jpg)
Foto: APN / Archivo

A dos días de iniciada la temporada de captura de pulpo, cooperativas pesqueras de Progreso reportaron una caída cercana al 40 por ciento en el volumen desembarcado respecto al mismo periodo del año pasado.

Lee también: Cierran puerto de abrigo en Celestún por mal tiempo

De acuerdo con los líderes de tres cooperativas consultadas, las lanchas regresan con apenas 15 a 20 kilos por jornada, cuando en 2022 el promedio superaba los 30 kilos. Atribuyen la baja al calentamiento del agua y a la presencia de embarcaciones furtivas que trabajan antes de la apertura oficial.

Te puede interesar | Sube precio del pulpo en mercados de Mérida La Secretaría de Pesca y Acuacultura Sustentable del estado informó que realizará muestreos en la costa para evaluar el tamaño de los ejemplares y que reforzará la vigilancia con la Armada en la zona de Chuburná.

Don Ramiro Canul, pescador con 30 años de experiencia, comentó que muchos compañeros ya piensan en salir a buscar el pulpo más lejos, aunque eso implica gastar más gasolina y poner en riesgo a las tripulaciones. "Si no sale el pulpo, no sale nada; toda la costa depende de esta temporada", dijo.

Los pescadores pidieron que el apoyo<NB>económico estatal para la veda se entregue completo y a tiempo, y que se revise el padrón de beneficiarios.

También te recomendamos: Así puedes tramitar tu credencial de pescador

Síguenos en Facebook e Instagram como @APNoticiasYuc
Únete a nuestro canal de WhatsApp y recibe las noticias de la península primero.
""", G(family="wire", title="Pescadores de Progreso reportan caída de 40% en captura de pulpo",
       date="2023-08-02", bylines=["Mariana Chablé Pech"], source="Agencia Peninsular de Noticias",
       body_first_words="A dos días de iniciada la temporada",
       body_last_words="se revise el padrón de beneficiarios.",
       boilerplate=["Lee también: Cierran puerto de abrigo en Celestún por mal tiempo",
                    "Te puede interesar | Sube precio del pulpo en mercados de Mérida",
                    "También te recomendamos: Así puedes tramitar tu credencial de pescador",
                    "Síguenos en Facebook e Instagram como @APNoticiasYuc",
                    "Únete a nuestro canal de WhatsApp y recibe las noticias de la península primero."],
       must_keep=["La Secretaría de Pesca y Acuacultura Sustentable del estado informó que realizará muestreos en la costa para evaluar el tamaño de los ejemplares y que reforzará la vigilancia con la Armada en la zona de Chuburná."],
       photo_credit="APN / Archivo"))

# ---------------- q03: jekyll, offset date -----------------
add("q03-malecon.markdown", """---
layout: post
title: "Reabren el tramo norte del malecón tras seis meses de obras"
date: 2023-03-04 22:15:00 -0700
autor: Jesús Osuna Lizárraga
medio: El Faro de Mazatlán
categories: [Portada, Turismo]
tags: [malecón, obra pública, Mazatlán]
image: /assets/img/2023/malecon-norte.jpg
---

El tramo norte del malecón de Mazatlán, entre Valentino's y la glorieta de Playa Gaviotas, quedó abierto de nuevo al paso peatonal la noche de este sábado, luego de seis meses de trabajos de reforzamiento de la escollera.

La obra, a cargo del gobierno estatal, consistió en la colocación de 18 mil toneladas de roca para contener el oleaje que en la temporada de huracanes pasada destruyó parte de la banqueta y del barandal. También se renovaron las luminarias y se instalaron bancas de concreto con sombra.

Comerciantes de la zona dorada celebraron la reapertura, ya que durante los meses de cierre los visitantes preferían caminar por el centro histórico y la venta de artesanías bajó hasta la mitad. "Esta semana empiezan a llegar los cruceros y ya teníamos miedo de que el malecón siguiera con vallas", comentó Araceli Tirado, vendedora de conchas y collares.

Las autoridades pidieron a ciclistas y patinadores respetar el carril confinado y recordaron que los perros deben ir con correa. El tramo sur, frente a la Plaza de Toros, será intervenido a partir de mayo con un esquema similar, por lo que se prevé su cierre parcial durante al menos cuatro meses.

La inversión total del proyecto fue de 94 millones de pesos, según el reporte de la secretaría de obras.
""", G(family="jekyll", title="Reabren el tramo norte del malecón tras seis meses de obras",
       date="2023-03-04", bylines=["Jesús Osuna Lizárraga"], source="El Faro de Mazatlán",
       section="Turismo", placement=["Portada"],
       body_first_words="El tramo norte del malecón de Mazatlán",
       body_last_words="según el reporte de la secretaría de obras.",
       must_keep=["La inversión total del proyecto fue de 94 millones de pesos, según el reporte de la secretaría de obras."]))

# ---------------- q04: generic note, cp1252 -----------------
add("q04-mercado.txt", """Recorrido por el mercado Hidalgo antes de la temporada alta

Vendedores del mercado Hidalgo, en la capital de Guanajuato, se preparan para recibir a los miles de visitantes que llegan cada año durante el Festival Internacional Cervantino, aunque reconocen que las ventas de los últimos meses han sido bajas.

En el primer piso, donde se concentran los puestos de dulces típicos, las charamuscas con forma de momia y las cajetas de Celaya ya ocupan los mostradores. Doña Petra Mendoza, que heredó el local de su madre, cuenta que el turismo nacional dejó de comprar por kilo y ahora se lleva piezas sueltas "para la foto".

En la planta baja, los fonderos dicen que el precio del jitomate y del chile serrano subió casi un tercio desde agosto y que no han podido trasladar el aumento a los platillos. Una orden de enchiladas mineras se mantiene en 95 pesos en la mayoría de las cocinas.

Los locatarios pidieron a la administración del mercado que revise el sistema eléctrico, pues en la última semana hubo dos apagones que obligaron a cerrar antes de tiempo. También solicitan que se repare el elevador, que lleva más de un año fuera de servicio y que obliga a los adultos mayores a subir por la escalera.

Pese a todo, el ánimo es bueno: casi todos esperan que octubre compense las pérdidas del verano.
""", G(family="generic", title="Recorrido por el mercado Hidalgo antes de la temporada alta",
       body_first_words="Vendedores del mercado Hidalgo, en la capital",
       body_last_words="octubre compense las pérdidas del verano.",
       must_keep=["Una orden de enchiladas mineras se mantiene en 95 pesos en la mayoría de las cocinas."]),
    enc="cp1252")

# ---------------- q05: wire, Chihuahua, dateline in paragraph -----------------
add("q05-puente.text", """# Reportan esperas de hasta tres horas en el puente Zaragoza

Por Luis Ochoa y Daniela Barraza
Publicado: 17 de noviembre de 2023 | 08:42 hrs.

CIUDAD JUÁREZ, Chih. (Norte Informa).— Automovilistas que intentaban cruzar hacia El Paso por el puente Zaragoza-Ysleta reportaron la mañana de este viernes tiempos de espera de hasta tres horas, debido al cierre de cuatro carriles de inspección por parte de la autoridad aduanal estadounidense.

La fila de vehículos se extendía desde la garita hasta la avenida Tecnológico, lo que provocó congestionamiento en el bulevar Independencia y retrasos en rutas de transporte de personal de la industria maquiladora.

Trabajadores de al menos cinco plantas de la zona industrial de El Paso llegaron tarde a su turno. Algunos decidieron dejar el auto estacionado en colonias cercanas y cruzar caminando, aunque la fila peatonal también superaba la hora y media.

Representantes del sector empresarial local pidieron al consulado de Estados Unidos que se informe con anticipación sobre los cierres, pues las empresas podrían ajustar horarios de entrada y evitar pérdidas.

El Instituto Municipal de Investigación y Planeación recomendó utilizar el puente Libre o el puente Lerdo mientras se normaliza el flujo, y consultar las cámaras de la garita antes de salir.

Con información de Andrea Solís

MÁS NOTICIAS
- Suspenden clases en tres primarias por fuga de gas
- Detienen a dos por robo de cableado en el Pronaf
- Anuncian cierre del Paseo Triunfo de la República el domingo
""", G(family="wire", title="Reportan esperas de hasta tres horas en el puente Zaragoza",
       date="2023-11-17", bylines=["Luis Ochoa", "Daniela Barraza"], source="Norte Informa",
       body_first_words="Automovilistas que intentaban cruzar hacia El Paso",
       body_last_words="consultar las cámaras de la garita antes de salir.",
       boilerplate=["CIUDAD JUÁREZ, Chih. (Norte Informa).—", "Con información de Andrea Solís", "MÁS NOTICIAS",
                    "Suspenden clases en tres primarias por fuga de gas",
                    "Detienen a dos por robo de cableado en el Pronaf",
                    "Anuncian cierre del Paseo Triunfo de la República el domingo"],
       must_keep=["La fila de vehículos se extendía desde la garita hasta la avenida Tecnológico, lo que provocó congestionamiento en el bulevar Independencia y retrasos en rutas de transporte de personal de la industria maquiladora."]),
    enc="cp1252", eol="\r\n")

# ---------------- q06: press release, state secretariat (Puebla) -----------------
add("q06-dengue.md", """GOBIERNO DE PUEBLA
COMUNICADO
No. 318/2023

Intensifican acciones contra el dengue en la Sierra Nororiental
Brigadas visitarán 22 mil viviendas en Cuetzalan, Zacapoaxtla y Tlatlauquitepec

Heroica Puebla de Zaragoza, Pue., 9 de octubre de 2023.- La Secretaría de Salud del Estado de Puebla puso en marcha una jornada intensiva contra el dengue en la Sierra Nororiental, región donde en las últimas cuatro semanas se confirmaron 146 casos de la enfermedad.

Durante diez días, 60 brigadistas realizarán control larvario, nebulización y eliminación de criaderos en 22 mil viviendas de Cuetzalan del Progreso, Zacapoaxtla y Tlatlauquitepec. Las brigadas estarán identificadas con chaleco y gafete oficial, por lo que se pidió a la población permitir su acceso a patios y azoteas.

La dependencia recordó que el mosquito transmisor se reproduce en agua limpia estancada, por lo que recomendó tapar tinacos y cubetas, voltear botellas y llantas, y cambiar cada tercer día el agua de floreros y bebederos de animales.

Ante síntomas como fiebre alta, dolor detrás de los ojos, dolor muscular o sarpullido, se exhortó a acudir de inmediato a la unidad de salud más cercana y evitar la automedicación, en especial el uso de antiinflamatorios que pueden agravar el cuadro.

Los hospitales generales de Cuetzalan y Zacapoaxtla cuentan con áreas de hidratación y reserva suficiente de insumos para la atención de pacientes, informó la secretaría.

-30-

Comunicación Social SSEP
comunicacion.salud@puebla-estado.example
""", G(family="press_release", title="Intensifican acciones contra el dengue en la Sierra Nororiental",
       date="2023-10-09", source="Secretaría de Salud del Estado de Puebla", bulletin_number="318/2023",
       dateline_city="Heroica Puebla de Zaragoza",
       body_first_words="Brigadas visitarán 22 mil viviendas en Cuetzalan",
       body_last_words="para la atención de pacientes, informó la secretaría.",
       boilerplate=["GOBIERNO DE PUEBLA", "No. 318/2023", "-30-", "Comunicación Social SSEP",
                    "comunicacion.salud@puebla-estado.example"],
       must_keep=["Los hospitales generales de Cuetzalan y Zacapoaxtla cuentan con áreas de hidratación y reserva suficiente de insumos para la atención de pacientes, informó la secretaría."]),
    eol="\r\n")

# ---------------- q07: bad, saved web page -----------------
add("q07-nota.html", """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Inauguran ciclovía en avenida Juárez | Diario del Centro</title>
<link rel="stylesheet" href="./q07-nota_files/style.css">
<script src="./q07-nota_files/gtm.js"></script>
</head>
<body class="single-post">
<!-- saved from url=(0071)https://diario-centro.example/local/2024/05/inauguran-ciclovia-juarez/ -->
<header><nav><a href="/">Inicio</a> | <a href="/local">Local</a></nav></header>
<article>
<h1>Inauguran ciclovía en avenida Juárez</h1>
<p class="byline">Por Redacción</p>
<p>La nueva ciclovía de 3.2 kilómetros fue abierta este martes...</p>
</article>
<footer>&copy; 2024 Diario del Centro. Todos los derechos reservados.</footer>
</body>
</html>
""", BAD("El archivo es una página web guardada en HTML y no una nota de texto importable."))

# ---------------- q08: jekyll, day-first date, comma categories, published: no -----------------
add("q08-huamantla.md", """---
title: Huamantla afina los tapetes para la noche que nadie duerme
date: 23/04/2019
author: Verónica Cuapio
periodico: "Crónica Tlaxcalteca"
categories: "Destacadas, Cultura"
tags:
  - Huamantla
  - tradiciones
published: no
---

Aunque faltan todavía meses para la Noche que Nadie Duerme, en varios talleres de Huamantla ya se trabaja en el diseño de los tapetes de aserrín y flores que cubren cada agosto las calles del centro de la ciudad.

En la calle Allende, la familia Rugerio guarda en cajas las plantillas de madera que han usado durante tres generaciones. Cada figura se dibuja primero en papel de estraza y después se recorta para que el aserrín pintado caiga con precisión sobre el pavimento.

Los artesanos explican que el material se prepara con tiempo: el aserrín se tiñe con anilinas y se deja secar al sol durante varios días, mientras que las flores se compran la misma semana para que no se marchiten. Un tapete de diez metros puede requerir hasta 300 kilos de aserrín.

La organización corre a cargo de los barrios, que se turnan las calles y compiten de forma amistosa por el diseño más llamativo. Este año, varios grupos preparan motivos dedicados a la Virgen de la Caridad y a los paisajes del volcán La Malinche.

Los talleres están abiertos a visitantes los fines de semana, y algunos ofrecen clases breves para quienes quieran aprender la técnica.
""", G(family="jekyll", title="Huamantla afina los tapetes para la noche que nadie duerme",
       date="2019-04-23", published=False, bylines=["Verónica Cuapio"], source="Crónica Tlaxcalteca",
       section="Cultura", placement=["Destacadas"],
       body_first_words="Aunque faltan todavía meses para la Noche",
       body_last_words="quienes quieran aprender la técnica.",
       must_keep=["Un tapete de diez metros puede requerir hasta 300 kilos de aserrín."]))

# ---------------- q09: wire, Guanajuato, bold title, outlet/Redacción byline -----------------
add("q09-lluvias.md", """**Tromba deja 80 viviendas afectadas en colonias del sur de León**

La Voz del Bajío / Redacción
León, Gto. — 5 de junio de 2024

Foto: Cortesía Protección Civil León

Una tromba que se prolongó por casi dos horas la tarde del martes dejó al menos 80 viviendas con daños por inundación en las colonias San Juan de Abajo, Las Joyas y Los Castillos, en el sur de la ciudad.

Protección Civil municipal informó que el agua alcanzó hasta 60 centímetros dentro de algunos domicilios, por lo que 23 familias fueron trasladadas al albergue habilitado en el Polideportivo de Las Joyas. No se reportaron personas lesionadas, según el reporte. Relacionado: Inundaciones en el bulevar Delta dejan 30 autos varados

Cuadrillas de limpieza trabajaron durante la noche para retirar lodo y basura de las calles, mientras que el Sistema de Agua Potable y Alcantarillado desazolvó bocas de tormenta que se encontraban tapadas por bolsas de plástico y llantas.

Vecinos de Los Castillos señalaron que el arroyo que atraviesa la colonia se desborda cada temporada y que desde hace años piden que se construya un muro de contención. "Nos dicen que ya viene la obra, pero cada junio estamos igual, sacando el agua con cubetas", relató Gabriela Torres.

El ayuntamiento anunció que entregará despensas, colchonetas y artículos de limpieza a las familias afectadas, y que un equipo de Desarrollo Social levantará un censo casa por casa para definir apoyos adicionales.

El Servicio Meteorológico Nacional prevé más lluvias fuertes en Guanajuato durante el resto de la semana.

📩 Suscríbete a nuestro boletín y recibe cada mañana lo más importante del Bajío.
Etiquetas: lluvias, León, Protección Civil
""", G(family="wire", title="Tromba deja 80 viviendas afectadas en colonias del sur de León",
       date="2024-06-05", bylines=[], source="La Voz del Bajío",
       body_first_words="Una tromba que se prolongó por casi dos horas",
       body_last_words="durante el resto de la semana.",
       boilerplate=["Relacionado: Inundaciones en el bulevar Delta dejan 30 autos varados",
                    "Suscríbete a nuestro boletín y recibe cada mañana lo más importante del Bajío.",
                    "Etiquetas: lluvias, León, Protección Civil", "La Voz del Bajío / Redacción"],
       must_keep=["No se reportaron personas lesionadas, según el reporte."],
       photo_credit="Cortesía Protección Civil León"),
    bom=True)

# ---------------- q10: press release, university (Zacatecas), issuer only in logo line -----------------
add("q10-robotica.md", """![Logotipo Universidad Tecnológica de la Región Cañones](/img/logo-utrc.png)

Comunicado 071/2024

Estudiantes de Mecatrónica obtienen primer lugar en concurso nacional de robótica

Jalpa, Zacatecas; a 3 de mayo de 2024

Un equipo de cinco estudiantes del programa de Ingeniería en Mecatrónica obtuvo el primer lugar en la categoría de robots de rescate del Torneo Nacional de Robótica Aplicada, celebrado la semana pasada en Monterrey, Nuevo León.<TS>

El prototipo, bautizado como "Tlacuache", es un vehículo de orugas capaz de subir escaleras y transmitir video térmico en tiempo real. Fue diseñado para localizar personas atrapadas en derrumbes y se construyó casi por completo con piezas recicladas del laboratorio.

Los jóvenes compitieron contra 41 equipos de instituciones públicas y privadas de todo el país. El jurado destacó la autonomía de la batería, que permite operar durante 95 minutos continuos, y el bajo costo de fabricación, calculado en menos de 18 mil pesos.

El rector felicitó al equipo y anunció que la institución cubrirá los gastos de su participación en la etapa internacional, que se realizará en octubre en Bogotá, Colombia. Asimismo, informó que el laboratorio de automatización recibirá nuevo equipo para fortalecer los proyectos de los estudiantes de la región.

Los integrantes del equipo son originarios de Jalpa, Tabasco de Zacatecas y Juchipila, y cursan el sexto cuatrimestre de la carrera.

- - -

Coordinación de Comunicación Social
Tel. 463 955 1020 | comunicacion@utrc-zac.example
Facebook: UTRC Oficial
""", G(family="press_release", title="Estudiantes de Mecatrónica obtienen primer lugar en concurso nacional de robótica",
       date="2024-05-03", source="Universidad Tecnológica de la Región Cañones", bulletin_number="071/2024",
       dateline_city="Jalpa",
       body_first_words="Un equipo de cinco estudiantes del programa",
       body_last_words="cursan el sexto cuatrimestre de la carrera.",
       boilerplate=["Comunicado 071/2024", "- - -", "Coordinación de Comunicación Social",
                    "Tel. 463 955 1020", "comunicacion@utrc-zac.example", "Facebook: UTRC Oficial"],
       must_keep=["Los jóvenes compitieron contra 41 equipos de instituciones públicas y privadas de todo el país."]),
    eol="mixed")

# ---------------- q11: jekyll, Spanish long date, two authors, status draft -----------------
add("q11-loros.md", """---
layout: nota
title: >-
  Loros de Colima ya tienen estadio nuevo para la
  temporada de Liga Premier
fecha: 5 de octubre de 2022
autores:
  - Ernesto Larios
  - Paulina Vizcaíno
fuente: Voz de Colima
category: Deportes
status: draft
---

El club Loros de la Universidad de Colima jugará a partir de la próxima jornada en el remodelado estadio Colima, cuya capacidad pasó de 11 mil a 12 mil 500 aficionados tras una obra que duró casi un año.

Los trabajos incluyeron el cambio total del pasto natural, la instalación de un sistema de riego automático, nuevas butacas en la zona de preferente y una iluminación LED que permitirá transmitir partidos nocturnos en alta definición.

El director técnico del equipo dijo que el regreso a casa llega en un momento clave, ya que el plantel acumula tres derrotas seguidas como visitante y necesita sumar para mantenerse entre los primeros ocho lugares del grupo. "La gente de Colima es nuestro jugador número doce; con la tribuna llena cambia todo", afirmó.

La directiva informó que los abonos para el resto del torneo tendrán un descuento para estudiantes y trabajadores universitarios, y que habrá transporte gratuito desde Villa de Álvarez los días de partido.

El primer encuentro en el estadio renovado será contra los Cafetaleros de Chiapas, el sábado a las 19:00 horas. Las taquillas abrirán desde el jueves.
""", G(family="jekyll", title="Loros de Colima ya tienen estadio nuevo para la temporada de Liga Premier",
       date="2022-10-05", published=False, bylines=["Ernesto Larios", "Paulina Vizcaíno"],
       source="Voz de Colima", section="Deportes",
       body_first_words="El club Loros de la Universidad de Colima",
       body_last_words="Las taquillas abrirán desde el jueves.",
       must_keep=["Los trabajos incluyeron el cambio total del pasto natural, la instalación de un sistema de riego automático, nuevas butacas en la zona de preferente y una iluminación LED que permitirá transmitir partidos nocturnos en alta definición."]))

# ---------------- q12: generic service note, CRLF -----------------
add("q12-huracanes.md", """# Qué revisar en casa antes de la temporada de huracanes

Con la llegada de junio, en los municipios costeros conviene dedicar una tarde a revisar la vivienda y preparar lo indispensable por si es necesario resguardarse o evacuar.<TS>

Lo primero es el techo. Las láminas sueltas y los tinacos mal sujetos son los objetos que más daños causan cuando el viento supera los 100 kilómetros por hora. Hay que amarrarlos o asegurarlos con alambre y revisar que los canales de desagüe no estén tapados con hojas.

Después, la mochila de emergencia. Debe incluir copias de actas de nacimiento, escrituras y credenciales dentro de una bolsa de plástico, además de agua embotellada para tres días, alimentos enlatados, abrelatas, lámpara con pilas de repuesto, radio de baterías, medicamentos de uso diario y un botiquín básico.

- Identifique el refugio temporal más cercano a su domicilio.
- Acuerde con su familia un punto de reunión.
- Anote en papel los teléfonos importantes, por si el celular se descarga.

Si hay mascotas en casa, también necesitan croquetas, agua y una correa o transportadora, ya que la mayoría de los refugios solo las reciben en esas condiciones.

Por último, no hay que esperar al último momento: cuando se emite la alerta roja, las tiendas se vacían y las gasolineras se saturan en pocas horas.
""", G(family="generic", title="Qué revisar en casa antes de la temporada de huracanes",
       body_first_words="Con la llegada de junio, en los municipios costeros",
       body_last_words="las gasolineras se saturan en pocas horas.",
       must_keep=["Identifique el refugio temporal más cercano a su domicilio."]),
    eol="\r\n")

# ---------------- q13: wire, Oaxaca, plain title, teaser mid-paragraph, byline at the end -----------------
add("q13-maestros.txt", """Maestros de la Sección 22 bloquean accesos a Ciudad Administrativa

Oaxaca de Juárez, Oax., 28 de febrero de 2024 (Pacífico Sur Noticias)

Foto: Rosalba Ruiz / PSN

Integrantes de la Sección 22 del sindicato magisterial bloquearon desde las 7:00 horas de este miércoles los tres accesos a Ciudad Administrativa, en Tlalixtac de Cabrera, para exigir el pago de adeudos a docentes de nuevo ingreso.

Los maestros aseguran que al menos 640 trabajadores de la educación llevan más de cinco meses sin recibir su salario completo y que las mesas de diálogo con el instituto estatal de educación no han dado resultados. La dirigencia advirtió que las acciones podrían extenderse a otras regiones del estado si no hay respuesta. LEE TAMBIÉN: Bloqueo en la carretera 190 deja varados a cientos de viajeros Los manifestantes permitieron el paso de ambulancias y de personas con alguna discapacidad.

El bloqueo obligó a cientos de burócratas a regresar a sus domicilios. Algunas dependencias anunciaron que atenderían trámites en línea mientras duraba la protesta, aunque en la ventanilla de licencias de conducir se formaron filas en las calles aledañas.

Padres de familia de escuelas del Valle de Oaxaca expresaron su preocupación por la posibilidad de un paro indefinido a pocos meses del cierre del ciclo escolar. "Ya perdimos muchas clases en la pandemia; los niños no pueden seguir así", comentó una madre de familia en Santa Lucía del Camino.

Hasta el cierre de esta edición, el gobierno estatal no había emitido una postura oficial sobre el bloqueo.

Texto: Rosalba Ruiz Matus
Pacífico Sur Noticias · síguenos en X @PSNoticiasOax
""", G(family="wire", title="Maestros de la Sección 22 bloquean accesos a Ciudad Administrativa",
       date="2024-02-28", bylines=["Rosalba Ruiz Matus"], source="Pacífico Sur Noticias",
       body_first_words="Integrantes de la Sección 22 del sindicato magisterial",
       body_last_words="no había emitido una postura oficial sobre el bloqueo.",
       boilerplate=["LEE TAMBIÉN: Bloqueo en la carretera 190 deja varados a cientos de viajeros",
                    "síguenos en X @PSNoticiasOax"],
       must_keep=["La dirigencia advirtió que las acciones podrían extenderse a otras regiones del estado si no hay respuesta.",
                  "Los manifestantes permitieron el paso de ambulancias y de personas con alguna discapacidad."],
       photo_credit="Rosalba Ruiz / PSN"),
    enc="cp1252")

# ---------------- q14: press release, autonomous body (Tabasco) -----------------
add("q14-defensoria.text", """Villahermosa, Tabasco, a 21 de julio de 2023
Boletín No. 45

DEFENSORÍA DE LOS DERECHOS HUMANOS DEL PUEBLO DE TABASCO

Emite Defensoría recomendación a municipio de Cárdenas por omisiones en abasto de agua

La Defensoría de los Derechos Humanos del Pueblo de Tabasco emitió la recomendación 12/2023 al Ayuntamiento de Cárdenas, al acreditar violaciones al derecho humano al agua en perjuicio de habitantes de la ranchería Habanero, primera sección.<NB>

La investigación inició a partir de una queja presentada en febrero por 37 familias que señalaron que, durante más de cuatro meses, no recibieron servicio de agua potable por la red y que las pipas enviadas por el municipio llegaban de manera irregular.

Personal de la visitaduría general constató en recorridos de campo que el pozo que abastece a la comunidad permanecía sin bomba y que no existía un programa de distribución alternativo. También documentó casos de enfermedades gastrointestinales en menores de edad.

En la recomendación se solicita al ayuntamiento reparar el sistema de bombeo en un plazo no mayor a 60 días, establecer un calendario público de reparto de agua mientras se concluyen los trabajos y capacitar a su personal en materia de derechos humanos.

El organismo recordó que la autoridad municipal cuenta con 15 días hábiles para informar si acepta la recomendación. En caso de rechazo, deberá fundar y motivar su respuesta y podría ser llamada a comparecer ante el Congreso del Estado.

###

Dirección de Comunicación y Difusión
Tels. 993 315 3467 / 993 315 3545
Twitter e Instagram: @DefensoriaTab
""", G(family="press_release", title="Emite Defensoría recomendación a municipio de Cárdenas por omisiones en abasto de agua",
       date="2023-07-21", source="Defensoría de los Derechos Humanos del Pueblo de Tabasco", bulletin_number="45",
       dateline_city="Villahermosa",
       body_first_words="La Defensoría de los Derechos Humanos del Pueblo",
       body_last_words="podría ser llamada a comparecer ante el Congreso del Estado.",
       boilerplate=["Boletín No. 45", "###", "Dirección de Comunicación y Difusión",
                    "Tels. 993 315 3467 / 993 315 3545", "Twitter e Instagram: @DefensoriaTab"],
       must_keep=["El organismo recordó que la autoridad municipal cuenta con 15 días hábiles para informar si acepta la recomendación."]),
    enc="cp1252", eol="\r\n")

# ---------------- q15: bad, binary junk -----------------
_junk = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]) + bytes((i * 73 + 41) % 256 for i in range(1536))
add("q15-respaldo.txt", _junk, BAD("El archivo contiene datos binarios ilegibles y no un texto de noticia."))

# ---------------- q16: jekyll, offset date across midnight, block categories, Redacción author -----------------
add("q16-posada.md", """---
title: 'Familias despiden el año con posada monumental en el Jardín Guerrero'
date: "2023-12-31T23:40:00-06:00"
autor: Redacción Observador
sitio: Observador Queretano
categories:
  - Portada
  - Querétaro
tags: [fin de año, centro histórico]
published: true
permalink: /queretaro/posada-jardin-guerrero/
---

Cientos de familias se reunieron la noche de este domingo en el Jardín Guerrero, en el centro histórico de Querétaro, para despedir el año con una posada comunitaria organizada por comerciantes y asociaciones de vecinos del primer cuadro.

Desde las seis de la tarde se repartieron tamales, atole de guayaba y buñuelos, mientras grupos de música de viento y un coro infantil de la colonia Centro amenizaban la velada. Las piñatas de siete picos fueron colgadas entre los árboles del jardín y cada media hora se rompía una nueva.

Los organizadores calcularon que durante la noche se entregaron más de cuatro mil raciones de comida, financiadas con aportaciones de restaurantes y tiendas de la calle Madero. "La idea es que nadie se quede sin cenar en esta fecha, sobre todo quienes trabajan en el centro y no pueden viajar con sus familias", explicó uno de los coordinadores.

Elementos de la policía municipal y de Protección Civil vigilaron el evento, que transcurrió sin incidentes. Las calles aledañas permanecieron cerradas a la circulación hasta la una de la madrugada.

La posada se realiza de manera ininterrumpida desde hace once años.
""", G(family="jekyll", title="Familias despiden el año con posada monumental en el Jardín Guerrero",
       date="2023-12-31", bylines=[], source="Observador Queretano", section="Querétaro", placement=["Portada"],
       body_first_words="Cientos de familias se reunieron la noche",
       body_last_words="desde hace once años.",
       must_keep=["Las calles aledañas permanecieron cerradas a la circulación hasta la una de la madrugada."]))

# ---------------- q17: wire, Baja California, wrapped ## title, Gutenberg leftovers -----------------
add("q17-garita.md", """FRONTERA DIGITAL BC | Tijuana, Baja California | jueves 11 de enero de 2024

## Abren carril exclusivo para personas con discapacidad
en la garita de San Ysidro

Por: Karla Félix Arce

Foto: Frontera Digital / Archivo

<!-- wp:paragraph -->
A partir de este jueves, las personas con discapacidad y sus acompañantes podrán utilizar un carril exclusivo para cruzar a Estados Unidos por la garita de San Ysidro, informaron autoridades de ambos lados de la frontera.
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
El acceso se ubica en el extremo poniente del cruce peatonal de El Chaparral y funcionará de 6:00 a 22:00 horas. Para utilizarlo será necesario presentar una credencial o constancia médica que acredite la condición, además de los documentos migratorios habituales.
<!-- /wp:paragraph -->

>> Te puede interesar: ¿Cuánto tarda hoy el cruce? Así puedes consultarlo en tiempo real

<!-- wp:paragraph -->
Organizaciones civiles de Tijuana celebraron la medida, aunque señalaron que todavía falta adecuar las rampas y los pasillos del lado mexicano, donde las sillas de ruedas deben sortear escalones y banquetas en mal estado. "Es un avance, pero el trayecto hasta la garita sigue siendo una carrera de obstáculos", dijo Mónica Lugo, integrante de un colectivo de personas con discapacidad motriz.
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
El ayuntamiento se comprometió a iniciar en febrero la rehabilitación de las banquetas de la avenida Frontera y a instalar señalización en braille en la plaza de acceso. La obra, según la dirección de obras municipales, tendrá un costo aproximado de 7 millones de pesos.
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
De acuerdo con cifras de la aduana estadounidense, por San Ysidro cruzan a diario más de 40 mil peatones.
<!-- /wp:paragraph -->

Descarga la app de Frontera Digital en Google Play y App Store y activa las alertas.
""", G(family="wire", title="Abren carril exclusivo para personas con discapacidad en la garita de San Ysidro",
       date="2024-01-11", bylines=["Karla Félix Arce"], source="Frontera Digital BC",
       body_first_words="A partir de este jueves, las personas con discapacidad",
       body_last_words="cruzan a diario más de 40 mil peatones.",
       boilerplate=["<!-- wp:paragraph -->", "<!-- /wp:paragraph -->",
                    "Te puede interesar: ¿Cuánto tarda hoy el cruce? Así puedes consultarlo en tiempo real",
                    "Descarga la app de Frontera Digital en Google Play y App Store y activa las alertas."],
       must_keep=["El acceso se ubica en el extremo poniente del cruce peatonal de El Chaparral y funcionará de 6:00 a 22:00 horas."],
       photo_credit="Frontera Digital / Archivo"),
    bom=True, eol="\r\n")

# ---------------- q18: press release, state congress (Coahuila) -----------------
add("q18-congreso.md", """H. CONGRESO DEL ESTADO DE COAHUILA DE ZARAGOZA
LXIII LEGISLATURA
Coordinación de Comunicación Social

Saltillo, Coah., martes 7 de noviembre de 2023
Núm. 1187

APRUEBAN REFORMA PARA SANCIONAR EL MALTRATO
A ANIMALES DE COMPAÑÍA

● **Las multas podrán llegar a 500 Unidades de Medida y Actualización**
● **Se crea un registro estatal de personas sancionadas**

Por unanimidad, el Pleno del Congreso del Estado aprobó este martes una reforma a la Ley de Protección y Trato Digno a los Animales para endurecer las sanciones contra quienes maltraten o abandonen a perros, gatos y otros animales de compañía.

La iniciativa, presentada por diputadas y diputados de distintos grupos parlamentarios, establece multas de 50 a 500 Unidades de Medida y Actualización, así como trabajo comunitario en refugios y centros de control animal para las personas reincidentes.

El dictamen también crea un registro estatal de personas sancionadas por maltrato animal, que deberá ser consultado por los municipios antes de otorgar permisos para criaderos o tiendas de mascotas.

Durante la discusión, legisladores señalaron que en el último año las direcciones de ecología municipales recibieron más de mil 200 denuncias por maltrato, la mayoría en Saltillo, Torreón y Monclova, y que muy pocas concluyeron con una sanción.

La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado. Los ayuntamientos tendrán 180 días para armonizar sus reglamentos.

oo0oo
""", G(family="press_release", title="APRUEBAN REFORMA PARA SANCIONAR EL MALTRATO A ANIMALES DE COMPAÑÍA",
       date="2023-11-07", source="Congreso del Estado de Coahuila de Zaragoza", bulletin_number="1187",
       dateline_city="Saltillo",
       body_first_words="Las multas podrán llegar a 500 Unidades",
       body_last_words="tendrán 180 días para armonizar sus reglamentos.",
       boilerplate=["Núm. 1187", "oo0oo", "LXIII LEGISLATURA", "Coordinación de Comunicación Social"],
       must_keep=["El dictamen también crea un registro estatal de personas sancionadas por maltrato animal, que deberá ser consultado por los municipios antes de otorgar permisos para criaderos o tiendas de mascotas."]))

# ---------------- q19: generic note with a bare date line -----------------
add("q19-tianguis.text", """El último domingo del tianguis de la Soledad
4 de septiembre de 2023<TS>

Después de casi cuarenta años en la misma calle, el tianguis dominical de la Soledad, en el centro de Morelia, se instaló por última vez frente al jardín antes de mudarse a un predio techado a tres cuadras de distancia.

Desde temprano, los comerciantes de ropa de paca, herramienta usada y antojitos acomodaron sus lonas como cada semana, pero el ambiente era distinto. Muchos clientes llegaron solo para despedirse y tomarse una foto con los vendedores que conocen desde niños.

Don Abel Zavala, que vende discos de vinilo y casetes, dijo que el cambio le preocupa porque el nuevo espacio no tiene la misma circulación de gente. "Aquí pasaba todo el que iba a misa o al mercado; allá hay que ir a propósito", explicó mientras guardaba sus cajas.

Otros comerciantes ven la mudanza con mejores ojos. El predio cuenta con baños, luz eléctrica y techumbre, algo que agradecen sobre todo en temporada de lluvias, cuando la mercancía se mojaba y había que levantar todo antes del mediodía.

Los vecinos de la calle, por su parte, esperan recuperar el estacionamiento y el paso libre los domingos. Aun así, varios reconocieron que extrañarán el ruido y el olor a gorditas de nata que cada semana llenaba la cuadra.
""", G(family="generic", title="El último domingo del tianguis de la Soledad", date="2023-09-04",
       body_first_words="Después de casi cuarenta años en la misma calle",
       body_last_words="que cada semana llenaba la cuadra.",
       must_keep=["El predio cuenta con baños, luz eléctrica y techumbre, algo que agradecen sobre todo en temporada de lluvias, cuando la mercancía se mojaba y había que levantar todo antes del mediodía."]),
    bom=True)

# ---------------- q20: jekyll, placement only in tags, published: yes -----------------
add("q20-tuzos.markdown", """---
layout: single
title: "Pachuca presenta su nuevo centro de alto rendimiento femenil"
date: 2021-06-15
author: Leticia Islas Cerón
publisher: Hidalgo en Red
tags: [Destacadas, Pachuca, futbol femenil]
published: yes
---

El club Pachuca presentó este martes su nuevo centro de alto rendimiento para el equipo femenil, ubicado dentro de las instalaciones de la Universidad del Futbol, en el municipio de San Agustín Tlaxiaca.

El complejo cuenta con dos canchas de pasto natural, un gimnasio equipado, consultorios de fisioterapia y nutrición, así como dormitorios para 30 jugadoras de las categorías menores que llegan de otros estados.

La directiva explicó que la inversión forma parte de un plan para profesionalizar la rama femenil, que incluye ampliar el cuerpo técnico, contratar a una psicóloga deportiva de tiempo completo y organizar visorías en comunidades de la Sierra y la Huasteca hidalguense.

Jugadoras del primer equipo dijeron que hasta ahora compartían horarios de entrenamiento con otras categorías y que muchas veces tenían que esperar a que se desocuparan las canchas. "Tener un espacio propio cambia la forma en que nos preparamos", comentó la capitana durante el recorrido.

El centro comenzará a operar de manera formal la próxima semana, con la pretemporada rumbo al torneo de apertura. El club también anunció que abrirá algunas prácticas al público para acercar a las familias de la región al futbol femenil.
""", G(family="jekyll", title="Pachuca presenta su nuevo centro de alto rendimiento femenil",
       date="2021-06-15", published=True, bylines=["Leticia Islas Cerón"], source="Hidalgo en Red",
       section=None, placement=["Destacadas"],
       body_first_words="El club Pachuca presentó este martes",
       body_last_words="las familias de la región al futbol femenil.",
       must_keep=["El complejo cuenta con dos canchas de pasto natural, un gimnasio equipado, consultorios de fisioterapia y nutrición, así como dormitorios para 30 jugadoras de las categorías menores que llegan de otros estados."]))

# ---------------- q21: wire, Veracruz, outlet line first, ISO date, link teaser, NBSP -----------------
add("q21-refineria.md", """EL GOLFO AL DÍA • Coatzacoalcos, Ver. • 2023-09-19

## Vecinos de Allende denuncian olores a hidrocarburo cerca del río

Por Itzel Domínguez / El Golfo al Día

Foto: Cortesía vecinos de Allende

Habitantes de la congregación Allende, en la margen derecha del río Coatzacoalcos, denunciaron que desde hace una semana perciben fuertes olores a hidrocarburo por las noches, lo que ha provocado dolores de cabeza y náuseas en varios niños y adultos mayores.

Los vecinos aseguran que el olor proviene de una zona de ductos ubicada a menos de un kilómetro de las viviendas y que en la orilla del río se observan manchas oscuras sobre el agua.<NB>Pescadores de la zona dijeron que en los últimos días han encontrado mojarras y jaibas muertas entre los manglares.

Un grupo de 40 personas acudió a la oficina de Protección Civil municipal para entregar un escrito en el que piden una inspección urgente y análisis de la calidad del aire y del agua. El titular de la dependencia se comprometió a enviar personal durante la semana y a solicitar información a la empresa responsable de los ductos.

"No queremos esperar a que pase una desgracia. Aquí ya vivimos una explosión hace años y sabemos lo que es", expresó Guadalupe Hernández, integrante del comité vecinal.

Hasta el momento, ninguna autoridad ambiental federal se ha pronunciado sobre la denuncia.

Con información de Radio Coatza

Te puede interesar:
[Cierran playa de Coatzacoalcos por presencia de chapopote](https://golfo-aldia.example/cierran-playa-chapopote)

Lo más leído
1. Así quedará el nuevo puente Coatzacoalcos I
2. Suspenden servicio de agua en 15 colonias de Minatitlán
""", G(family="wire", title="Vecinos de Allende denuncian olores a hidrocarburo cerca del río",
       date="2023-09-19", bylines=["Itzel Domínguez"], source="El Golfo al Día",
       body_first_words="Habitantes de la congregación Allende, en la margen",
       body_last_words="se ha pronunciado sobre la denuncia.",
       boilerplate=["Con información de Radio Coatza", "Te puede interesar:",
                    "Cierran playa de Coatzacoalcos por presencia de chapopote", "Lo más leído",
                    "Así quedará el nuevo puente Coatzacoalcos I",
                    "Suspenden servicio de agua en 15 colonias de Minatitlán"],
       must_keep=["Pescadores de la zona dijeron que en los últimos días han encontrado mojarras y jaibas muertas entre los manglares."],
       photo_credit="Cortesía vecinos de Allende"),
    enc="cp1252")

# ---------------- q22: press release, water utility (Nayarit) -----------------
add("q22-tandeo.txt", """GOBIERNO MUNICIPAL DE TEPIC
Sistema Intermunicipal de Agua de Tepic
Comunicado SIAT/112/2024

**Anuncia SIAT tandeo en 38 colonias por mantenimiento del acueducto Jumatán**<TS>
Los trabajos se realizarán del 15 al 18 de abril<TS>

Tepic, Nayarit, 12 de abril de 2024.- El Sistema Intermunicipal de Agua de Tepic informó que, a partir del próximo lunes, se aplicará un programa de tandeo en 38 colonias del oriente y norte de la ciudad, debido a los trabajos de mantenimiento mayor en el acueducto que conduce agua desde los manantiales de Jumatán.<TS>

La línea, con más de 40 años de operación, presenta desgaste en válvulas y en tres tramos de tubería que serán sustituidos. Durante cuatro días el suministro llegará por sectores en horarios alternados, por lo que se recomienda a la población almacenar agua en recipientes limpios y tapados.

Entre las colonias que tendrán servicio intermitente se encuentran Lázaro Cárdenas, Los Fresnos, Infonavit Los Sauces, Jardines de la Cruz y El Mirador. El calendario completo por sector se publicará en los módulos de atención del organismo y en sus redes sociales.

El organismo dispondrá de diez pipas para abastecer de manera gratuita a hospitales, escuelas, guarderías y viviendas de personas adultas mayores que lo soliciten. Las solicitudes se atenderán en orden de llegada.

Se pidió a la ciudadanía hacer un uso responsable del agua durante esos días y reportar fugas.

-oOo-

Atención a usuarios: 311 211 0073
Facebook / Instagram: @SIATepicOficial
""", G(family="press_release", title="Anuncia SIAT tandeo en 38 colonias por mantenimiento del acueducto Jumatán",
       date="2024-04-12", source="Sistema Intermunicipal de Agua de Tepic", bulletin_number="SIAT/112/2024",
       dateline_city="Tepic",
       body_first_words="Los trabajos se realizarán del 15 al 18 de abril",
       body_last_words="durante esos días y reportar fugas.",
       boilerplate=["GOBIERNO MUNICIPAL DE TEPIC", "Comunicado SIAT/112/2024", "-oOo-",
                    "Atención a usuarios: 311 211 0073", "Facebook / Instagram: @SIATepicOficial"],
       must_keep=["Las solicitudes se atenderán en orden de llegada."]))

# ---------------- q23: bad, front matter without body -----------------
add("q23-borrador.md", """---
layout: post
title: "Pendiente: nota sobre la feria de San Marcos"
date: 2024-04-20
author: Mauricio Esparza
categories: [Aguascalientes]
---
""", BAD("El archivo solo contiene el encabezado de metadatos y no tiene cuerpo de nota."))

# ---------------- q24: jekyll, naive datetime, two placement flags, Liquid include -----------------
add("q24-sargazo.md", """---
title: Llega nueva oleada de sargazo a playas de Mahahual
date: 2022-08-09 18:00:00
firma: Ana Chi Poot
marca: Quintana Roo Semanal
categories: [Destacadas, Portada, Medio Ambiente]
tags: [sargazo, Othón P. Blanco]
---

Una nueva oleada de sargazo cubrió desde la madrugada de este martes gran parte de las playas de Mahahual, en el sur de Quintana Roo, donde prestadores de servicios turísticos calculan que la acumulación supera el metro de altura en algunos tramos.

La Secretaría de Marina desplegó cuadrillas para retirar el alga de la zona del malecón, mientras que trabajadores de hoteles y restaurantes hicieron lo propio frente a sus establecimientos con palas y carretillas.

{% include anuncio-medio.html %}

Los operadores de tours explicaron que los cruceristas que desembarcan en el muelle prefieren ahora contratar excursiones a la laguna de Bacalar o a las zonas arqueológicas, porque el mar luce café y el olor es intenso. "Perdemos clientes cada semana que el sargazo no se va", dijo un guía local.

Especialistas advierten que la descomposición del alga libera ácido sulfhídrico, que puede provocar irritación en ojos y vías respiratorias, y que su acumulación en la orilla afecta la anidación de tortugas marinas, que en esta temporada llegan a desovar a la costa sur del estado.

El semáforo de sargazo estatal mantiene a Mahahual en rojo, con arribo excesivo.
""", G(family="jekyll", title="Llega nueva oleada de sargazo a playas de Mahahual",
       date="2022-08-09", bylines=["Ana Chi Poot"], source="Quintana Roo Semanal",
       section="Medio Ambiente", placement=["Destacadas", "Portada"],
       body_first_words="Una nueva oleada de sargazo cubrió",
       body_last_words="mantiene a Mahahual en rojo, con arribo excesivo.",
       boilerplate=["{% include anuncio-medio.html %}"],
       must_keep=["La Secretaría de Marina desplegó cuadrillas para retirar el alga de la zona del malecón, mientras que trabajadores de hoteles y restaurantes hicieron lo propio frente a sus establecimientos con palas y carretillas."]))

# ---------------- q25: wire, San Luis Potosí, byline+outlet+date on one line, embed shortcode -----------------
add("q25-valles.md", """# Río Valles alcanza nivel de alerta; evacúan a 60 familias

Por Jorge Ávalos Rubio | Huasteca Hoy | Ciudad Valles, S.L.P.,<NB>14/07/2022 — 19:05

Foto: Huasteca Hoy

Protección Civil municipal evacuó este jueves a 60 familias de las colonias Rotarios, Obrera y Tantocob, luego de que el río Valles alcanzara el nivel de alerta tras las lluvias que desde el martes afectan a la Huasteca potosina.

El agua cubrió por completo el vado de la avenida Pedro Antonio Santos y obligó a cerrar el paso vehicular hacia el barrio de Santiago. Brigadistas recorrieron las calles con altavoces para pedir a los vecinos que abandonaran sus casas de manera preventiva. Lee también: Tamasopo suspende acceso a cascadas por crecida

[embed]https://video.huasteca-hoy.example/rio-valles-crecida[/embed]

Las familias fueron trasladadas al albergue instalado en la unidad deportiva municipal, donde reciben alimentos, cobijas y atención médica. Entre los evacuados hay 14 adultos mayores y una mujer embarazada, quienes fueron llevados en ambulancias de la Cruz Roja.

El organismo de agua informó que la planta potabilizadora opera al 50 por ciento por la turbiedad del río, por lo que el servicio podría interrumpirse en algunos sectores durante el fin de semana.

La Coordinación Estatal de Protección Civil mantiene el monitoreo en Tamuín, Ébano y San Vicente Tancuayalab, municipios que suelen recibir el escurrimiento de la parte alta de la cuenca.

**MÁS NOTICIAS**
▶ Cierran tramo de la carretera Valles-Rioverde por deslave
▶ Productores de caña reportan pérdidas por inundaciones

Recibe nuestras noticias en tu celular: únete al canal de WhatsApp de Huasteca Hoy.
""", G(family="wire", title="Río Valles alcanza nivel de alerta; evacúan a 60 familias",
       date="2022-07-14", bylines=["Jorge Ávalos Rubio"], source="Huasteca Hoy",
       body_first_words="Protección Civil municipal evacuó este jueves",
       body_last_words="el escurrimiento de la parte alta de la cuenca.",
       boilerplate=["Lee también: Tamasopo suspende acceso a cascadas por crecida",
                    "[embed]https://video.huasteca-hoy.example/rio-valles-crecida[/embed]", "MÁS NOTICIAS",
                    "Cierran tramo de la carretera Valles-Rioverde por deslave",
                    "Productores de caña reportan pérdidas por inundaciones",
                    "Recibe nuestras noticias en tu celular: únete al canal de WhatsApp de Huasteca Hoy."],
       must_keep=["Brigadistas recorrieron las calles con altavoces para pedir a los vecinos que abandonaran sus casas de manera preventiva."],
       photo_credit="Huasteca Hoy"),
    eol="\r\n")

# ---------------- q26: press release, federal delegation (Michoacán) -----------------
add("q26-pensiones.txt", """COMUNICADO
Morelia, Mich., 22 de enero de 2024
BOLETÍN: 009

DELEGACIÓN DE PROGRAMAS PARA EL BIENESTAR EN MICHOACÁN

Inicia registro a la Pensión para Adultos Mayores en 113 municipios

- **Las personas que cumplan 65 años podrán inscribirse en módulos y en visitas domiciliarias**
- **El registro estará abierto hasta el 29 de febrero**

La Delegación de Programas para el Bienestar en Michoacán informó que a partir de este lunes se instalaron 380 módulos de registro en los 113 municipios del estado para incorporar a la Pensión para el Bienestar de las Personas Adultas Mayores a quienes hayan cumplido 65 años.

Las personas interesadas deberán presentar identificación oficial vigente, acta de nacimiento, CURP, comprobante de domicilio reciente y un número telefónico de contacto. En caso de no poder acudir, podrán registrarse mediante una persona auxiliar que presente los mismos documentos y una identificación propia.

Para quienes tienen alguna discapacidad o enfermedad que les impide trasladarse, los servidores de la nación realizarán visitas domiciliarias previa solicitud en el módulo más cercano o por vía telefónica.

La dependencia recordó que el registro es gratuito y que ningún servidor público puede solicitar dinero ni datos bancarios a cambio de la inscripción. Cualquier irregularidad puede denunciarse de manera anónima.

Los horarios y ubicaciones de los módulos se encuentran disponibles en las presidencias municipales y en las oficinas de la delegación en Morelia, Uruapan, Zamora y Lázaro Cárdenas.

FIN

Unidad de Comunicación Social
Tel. 443 312 7780 · comunicacion.mich@bienestar-delegacion.example
""", G(family="press_release", title="Inicia registro a la Pensión para Adultos Mayores en 113 municipios",
       date="2024-01-22", source="Delegación de Programas para el Bienestar en Michoacán", bulletin_number="009",
       dateline_city="Morelia",
       body_first_words="Las personas que cumplan 65 años podrán",
       body_last_words="Morelia, Uruapan, Zamora y Lázaro Cárdenas.",
       boilerplate=["BOLETÍN: 009", "FIN", "Unidad de Comunicación Social", "Tel. 443 312 7780",
                    "comunicacion.mich@bienestar-delegacion.example"],
       must_keep=["Cualquier irregularidad puede denunciarse de manera anónima."]),
    enc="cp1252")

# ---------------- q27: generic note with an impossible date -----------------
add("q27-colecta.markdown", """## Colecta de juguetes para niños de la Montaña de Guerrero

Publicado: 30/02/2023

Un grupo de estudiantes de la Universidad de Chilpancingo organiza desde hace cinco años una colecta de juguetes, ropa y útiles escolares para niñas y niños de comunidades de la Montaña de Guerrero, y este año se propone reunir al menos dos mil paquetes.

Los centros de acopio se ubican en la explanada de la facultad de Derecho, en dos papelerías del centro y en una cafetería de la colonia Guadalupe. Se reciben juguetes nuevos o en buen estado, suéteres, cobijas, cuadernos y colores; no se aceptan juguetes bélicos ni ropa rota.

La entrega se hará en comunidades de Metlatónoc, Cochoapa el Grande y Tlacoapa, algunas de las cuales se encuentran a más de ocho horas de camino de la capital. Los organizadores explican que buscan apoyo para combustible, porque la mayoría de los traslados se hacen en camionetas prestadas.

Quienes no puedan donar objetos pueden sumarse como voluntarios para clasificar y empacar los paquetes los sábados por la mañana. También se busca a personas que hablen mixteco o tlapaneco para acompañar las entregas y explicar a las familias el propósito de la visita.

La colecta cerrará a mediados de diciembre, y la caravana saldrá la primera semana de enero para coincidir con el Día de Reyes.
""", G(family="generic", title="Colecta de juguetes para niños de la Montaña de Guerrero", date=None,
       body_first_words="Un grupo de estudiantes de la Universidad de Chilpancingo",
       body_last_words="para coincidir con el Día de Reyes.",
       must_keep=["Se reciben juguetes nuevos o en buen estado, suéteres, cobijas, cuadernos y colores; no se aceptan juguetes bélicos ni ropa rota."]))

# ---------------- q28: jekyll, unquoted ISO timestamp with offset, "Por" in author, unreadable published -----------------
add("q28-feria.md", """---
layout: post
title: "Panteón de la Cruz recibe a miles de visitantes en Día de Muertos"
date: 2020-11-02T20:30:00-06:00
autor: "Por Mauricio Esparza"
diario: Notas de Aguascalientes
categories: Portada
tags:
- Día de Muertos
- Aguascalientes
published: borrador
---

Pese a las restricciones sanitarias, miles de personas acudieron este lunes al Panteón de la Cruz, en la ciudad de Aguascalientes, para visitar las tumbas de sus familiares en el Día de Muertos.

El municipio estableció un horario de 8:00 a 17:00 horas, con aforo limitado y filtros de acceso en las dos puertas principales, donde se tomaba la temperatura y se entregaba gel antibacterial. El uso de cubrebocas fue obligatorio en todo el recinto.

Las familias llegaron con flores de cempasúchil, veladoras y comida para limpiar y adornar las tumbas. Muchas de ellas acudieron por primera vez a visitar a parientes fallecidos durante la pandemia, a quienes no pudieron despedir con un funeral.

Afuera del panteón, vendedores de flores reportaron ventas menores a las de otros años, aunque mejores de lo que esperaban. "Pensamos que iban a cerrar y ya teníamos la flor cortada; al menos sacamos para lo invertido", dijo un comerciante de Calvillo.

Al cierre de la jornada, las autoridades municipales reportaron saldo blanco y un total aproximado de 45 mil visitantes, cifra similar a la registrada el domingo en el panteón de los Ángeles.
""", G(family="jekyll", title="Panteón de la Cruz recibe a miles de visitantes en Día de Muertos",
       date="2020-11-02", published=False, bylines=["Mauricio Esparza"], source="Notas de Aguascalientes",
       section=None, placement=["Portada"],
       body_first_words="Pese a las restricciones sanitarias, miles de personas",
       body_last_words="registrada el domingo en el panteón de los Ángeles.",
       must_keep=["El uso de cubrebocas fue obligatorio en todo el recinto."]))

# ---------------- q29: wire, Sonora, dotted date, two authors with outlet suffix -----------------
add("q29-calor.md", """## Hermosillo rompe récord de consumo eléctrico por ola de calor

Por Saúl Valenzuela y Brenda Moreno / Mirador Sonorense
Hermosillo, Son. / 03.03.2023

Foto: Mirador Sonorense / Saúl Valenzuela

Lee también | Suspenden actividades al aire libre en escuelas de Hermosillo La demanda de energía eléctrica en Hermosillo alcanzó un máximo histórico para el mes de marzo, luego de que las temperaturas superaran los 40 grados centígrados durante tres días consecutivos.

De acuerdo con el centro de control regional, el pico de consumo se registró entre las 16:00 y las 18:00 horas, cuando miles de hogares y comercios encendieron al mismo tiempo los equipos de aire acondicionado. En algunos sectores del norte de la ciudad se presentaron apagones breves.

Vecinos de las colonias Pitic, Villa de Seris y El Sahuaro reportaron interrupciones de entre 20 minutos y dos horas. Comerciantes de la zona centro dijeron que tuvieron que cerrar antes porque sin aire acondicionado era imposible atender a los clientes.

La Secretaría de Salud estatal recordó que el golpe de calor puede ser mortal y pidió evitar la exposición al sol entre las 11:00 y las 17:00 horas, mantenerse hidratado y no dejar a niños ni mascotas dentro de vehículos estacionados.

Especialistas de la universidad estatal advirtieron que adelantar el calor extremo a marzo podría anticipar también la temporada de incendios forestales en la sierra.

¿Tienes una denuncia? Escríbenos a denuncias@mirador-sonorense.example
Sigue a Mirador Sonorense en Google Noticias.
""", G(family="wire", title="Hermosillo rompe récord de consumo eléctrico por ola de calor",
       date="2023-03-03", bylines=["Saúl Valenzuela", "Brenda Moreno"], source="Mirador Sonorense",
       body_first_words="La demanda de energía eléctrica en Hermosillo",
       body_last_words="la temporada de incendios forestales en la sierra.",
       boilerplate=["Lee también | Suspenden actividades al aire libre en escuelas de Hermosillo",
                    "¿Tienes una denuncia? Escríbenos a denuncias@mirador-sonorense.example",
                    "Sigue a Mirador Sonorense en Google Noticias."],
       must_keep=["La demanda de energía eléctrica en Hermosillo alcanzó un máximo histórico para el mes de marzo, luego de que las temperaturas superaran los 40 grados centígrados durante tres días consecutivos."],
       photo_credit="Mirador Sonorense / Saúl Valenzuela"),
    bom=True)

# ---------------- q30: press release, municipality (Campeche), Cd. abbreviation -----------------
add("q30-malecon-carmen.text", """H. AYUNTAMIENTO DE CARMEN · 2021-2024
Comunicado Núm. 457

Rehabilitan luminarias del malecón costero de Ciudad del Carmen

Foto: Comunicación Social

Cd. del Carmen, Campeche, 30 de junio de 2023.- El Ayuntamiento de Carmen concluyó la sustitución de 320 luminarias en el malecón costero, desde la glorieta del Camarón hasta la zona de Playa Norte, como parte del programa de recuperación de espacios públicos.

Las nuevas lámparas son de tecnología LED y cuentan con protección contra la salinidad, lo que permitirá reducir en un 45 por ciento el consumo de energía y ampliar su vida útil, de acuerdo con la Dirección de Servicios Públicos municipal.

Además de la iluminación, se repararon 600 metros de barandal, se pintaron las bancas y se habilitaron dos nuevos módulos de sanitarios cerca de las áreas de ejercicio al aire libre, que son utilizadas a diario por cientos de personas.

El alcalde señaló que el malecón es uno de los espacios más visitados por las familias carmelitas por las tardes y que mantenerlo iluminado contribuye a la seguridad de quienes lo recorren. Anunció que en la segunda etapa se instalarán cámaras de videovigilancia enlazadas al centro de mando municipal.

Las autoridades pidieron a la ciudadanía cuidar el mobiliario y reportar cualquier daño o lámpara apagada al número de atención ciudadana.

* * *

Dirección de Comunicación Social
comunicacion@carmen-ayuntamiento.example | Tel. 938 381 1700
""", G(family="press_release", title="Rehabilitan luminarias del malecón costero de Ciudad del Carmen",
       date="2023-06-30", source="Ayuntamiento de Carmen", bulletin_number="457",
       dateline_city="Cd. del Carmen",
       body_first_words="El Ayuntamiento de Carmen concluyó la sustitución",
       body_last_words="lámpara apagada al número de atención ciudadana.",
       boilerplate=["Comunicado Núm. 457", "* * *", "Dirección de Comunicación Social",
                    "comunicacion@carmen-ayuntamiento.example", "Tel. 938 381 1700"],
       must_keep=["Las nuevas lámparas son de tecnología LED y cuentan con protección contra la salinidad, lo que permitirá reducir en un 45 por ciento el consumo de energía y ampliar su vida útil, de acuerdo con la Dirección de Servicios Públicos municipal."],
       photo_credit="Comunicación Social"),
    bom=True, eol="\r\n")

# === END ENTRIES ===


def main():
    for e in FILES:
        with open(os.path.join(HERE, e["name"]), "wb") as f:
            f.write(render(e))
        stem = e["name"].rsplit(".", 1)[0]
        with open(os.path.join(HERE, stem + ".gold.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(e["gold"], f, allow_unicode=True, sort_keys=False, width=1000)
    print("wrote", len(FILES), "files")


if __name__ == "__main__":
    main()
