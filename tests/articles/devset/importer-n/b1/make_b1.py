#!/usr/bin/env python3
"""Generator for the blind development set "importer-n" (b1).

Writes every source file as BYTES so that encodings (UTF-8, UTF-8 with BOM,
Windows-1252), line endings (LF, CRLF, mixed), non-breaking spaces and
trailing spaces are exactly controlled.  Writes one NAME.gold.yaml per file.

Placeholders used inside the texts:
  <NBSP>  -> U+00A0 non-breaking space
  <TS>    -> two trailing spaces (placed right before a newline)
"""
import os
import random
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

KEYS = ["readable", "family", "title", "date", "published", "bylines", "source",
        "section", "placement", "bulletin_number", "issuer", "dateline_city",
        "body_first_words", "body_last_words", "boilerplate", "must_keep",
        "photo_credit", "refusal_reason"]

FILES = []   # (name, bytes, gold dict, meta dict)


def G(family, title=None, date=None, published=True, bylines=(), source=None,
      section=None, placement=(), bulletin_number=None, issuer=None,
      dateline_city=None, first=None, last=None, boilerplate=(), must_keep=(),
      photo_credit=None, refusal_reason=None):
    if family == "bad":
        return {"readable": False, "family": "bad", "title": None, "date": None,
                "published": None, "bylines": [], "source": None, "section": None,
                "placement": [], "bulletin_number": None, "issuer": None,
                "dateline_city": None, "body_first_words": None,
                "body_last_words": None, "boilerplate": [], "must_keep": [],
                "photo_credit": None, "refusal_reason": refusal_reason}
    return {"readable": True, "family": family, "title": title, "date": date,
            "published": published, "bylines": list(bylines), "source": source,
            "section": section, "placement": list(placement),
            "bulletin_number": bulletin_number, "issuer": issuer,
            "dateline_city": dateline_city, "body_first_words": first,
            "body_last_words": last, "boilerplate": list(boilerplate),
            "must_keep": list(must_keep), "photo_credit": photo_credit,
            "refusal_reason": None}


def encode(text, enc="utf-8", nl="lf"):
    text = text.replace("<NBSP>", "\u00a0").replace("<TS>", "  ")
    lines = text.split("\n")
    if nl == "lf":
        text = "\n".join(lines)
    elif nl == "crlf":
        text = "\r\n".join(lines)
    elif nl == "mixed":
        # front part CRLF, then LF, then a few lone-CR-free CRLF again
        out = []
        for i, ln in enumerate(lines[:-1]):
            out.append(ln + ("\r\n" if (i // 4) % 2 == 0 else "\n"))
        out.append(lines[-1])
        text = "".join(out)
    else:
        raise ValueError(nl)
    if enc == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode(enc)


def add(name, text, gold, enc="utf-8", nl="lf", hazards=""):
    FILES.append((name, encode(text, enc, nl), gold,
                  {"enc": enc, "nl": nl, "hazards": hazards}))


def add_raw(name, data, gold, hazards=""):
    FILES.append((name, data, gold, {"enc": "binary", "nl": "-", "hazards": hazards}))


# ======================================================================
# n01 -- wire: Costa Grande Radio Noticias (Zihuatanejo, Guerrero)
# ======================================================================
add("n01-muelle.md", """# Pescadores de Zihuatanejo reciben nuevas lanchas
y motores tras temporada de huracanes

Redacción
Costa Grande Radio Noticias · Zihuatanejo, Gro. · 14 de junio de 2023

📲 Únete a nuestro canal de WhatsApp y recibe las noticias de la Costa Grande al momento

Un total de 46 cooperativas pesqueras de Zihuatanejo y Petatlán recibieron este martes embarcaciones de fibra de vidrio y motores fuera de borda, como parte del programa estatal de reactivación de la pesca ribereña tras la temporada de huracanes del año pasado.

Foto: Especial

La entrega se realizó en el muelle municipal, donde los pescadores explicaron que desde octubre trabajaban con lanchas prestadas o reparadas de manera provisional, lo que redujo sus capturas a menos de la mitad.

De acuerdo con la Secretaría de Pesca y Acuacultura del estado, la inversión asciende a 38 millones de pesos, de los cuales una parte corresponde a aportaciones federales y otra a créditos sin intereses que los propios productores pagarán en un plazo de cuatro años.

“Con el motor viejo salíamos a las cuatro de la mañana y regresábamos casi sin nada; ahora podemos llegar más lejos y volver antes de que cambie el tiempo”, relató Eusebio Cortés Nava, socio de la cooperativa Playa Larga.

Los beneficiarios deberán tomar un curso de seguridad en el mar y registrar sus embarcaciones ante la capitanía de puerto antes de finalizar julio. Las autoridades anunciaron una segunda entrega para comunidades de La Unión y Técpan de Galeana durante el otoño.

MÁS NOTICIAS
- Cierran temporalmente playa Las Gatas por mar de fondo
- Aumenta la ocupación hotelera en Ixtapa durante el puente

Síguenos en Facebook e Instagram como @CostaGrandeRadio
""", G("wire",
       title="Pescadores de Zihuatanejo reciben nuevas lanchas y motores tras temporada de huracanes",
       date="2023-06-14", bylines=[], source="Costa Grande Radio Noticias",
       first="Un total de 46 cooperativas pesqueras de Zihuatanejo",
       last="La Unión y Técpan de Galeana durante el otoño.",
       boilerplate=["Únete a nuestro canal de WhatsApp y recibe las noticias de la Costa Grande al momento",
                    "MÁS NOTICIAS",
                    "Cierran temporalmente playa Las Gatas por mar de fondo",
                    "Aumenta la ocupación hotelera en Ixtapa durante el puente",
                    "Síguenos en Facebook e Instagram como @CostaGrandeRadio"],
       must_keep=["Los beneficiarios deberán tomar un curso de seguridad en el mar y registrar sus embarcaciones ante la capitanía de puerto antes de finalizar julio."],
       photo_credit="Especial"),
    enc="utf-8-sig", nl="lf",
    hazards="UTF-8 BOM; '#' title wrapped over two lines; byline 'Redacción' alone; outlet/city/date line with middle dots; WhatsApp pitch with emoji before the body; photo credit between paragraphs; MÁS NOTICIAS block and social handle at the end.")

# ======================================================================
# n02 -- press release: Universidad Politécnica de la Sierra Norte (Puebla)
# ======================================================================
add("n02-cafetal.txt", """![Universidad Politécnica de la Sierra Norte](img/logo-upsn.png)

Departamento de Prensa y Difusión
Comunicado UPSN-112

ESTUDIANTES DE LA UPSN DISEÑAN SECADOR SOLAR PARA CAFÉ DE PEQUEÑOS PRODUCTORES

*El prototipo reduce a la mitad el tiempo de secado y se probará en cinco comunidades de la sierra*

Zacatlán, Pue., 9 de octubre de 2023.- Un equipo de seis estudiantes de Ingeniería Agroindustrial de la Universidad Politécnica de la Sierra Norte desarrolló un secador solar de bajo costo que permite deshidratar el grano de café en la mitad del tiempo que requiere el secado tradicional en patio.

El prototipo, construido con láminas de policarbonato, madera de la región y un pequeño ventilador alimentado por un panel fotovoltaico, mantiene una temperatura estable aun en días nublados, una condición frecuente en los municipios cafetaleros de la Sierra Norte.

La coordinadora del proyecto, la doctora Araceli Méndez Lobato, explicó que el diseño surgió de entrevistas con productores de Cuetzalan, Xochitlán y Zacapoaxtla, quienes señalaron que las lluvias tempranas provocan pérdidas de hasta una quinta parte de la cosecha.

Durante las próximas semanas, el secador se instalará en cinco comunidades, donde los propios productores registrarán la humedad del grano y la calidad de la taza con apoyo de estudiantes de servicio social.

El rector, maestro Gilberto Sosa Tirado, informó que la institución buscará registrar el diseño ante el Instituto Mexicano de la Propiedad Industrial y compartir los planos de manera gratuita con organizaciones campesinas interesadas.

-30-

Departamento de Prensa y Difusión UPSN
Tel. 797 975 0142 ext. 210
prensa@upsn.example
Facebook / Instagram: @UPSNoficial
""", G("press_release",
       title="ESTUDIANTES DE LA UPSN DISEÑAN SECADOR SOLAR PARA CAFÉ DE PEQUEÑOS PRODUCTORES",
       date="2023-10-09", source="Universidad Politécnica de la Sierra Norte",
       bulletin_number="UPSN-112", issuer="Universidad Politécnica de la Sierra Norte",
       dateline_city="Zacatlán",
       first="El prototipo reduce a la mitad el tiempo de secado",
       last="de manera gratuita con organizaciones campesinas interesadas.",
       boilerplate=["Comunicado UPSN-112", "-30-", "Departamento de Prensa y Difusión",
                    "Tel. 797 975 0142 ext. 210", "prensa@upsn.example", "@UPSNoficial"],
       must_keep=["El prototipo, construido con láminas de policarbonato, madera de la región y un pequeño ventilador alimentado por un panel fotovoltaico, mantiene una temperatura estable aun en días nublados, una condición frecuente en los municipios cafetaleros de la Sierra Norte."]),
    enc="utf-8", nl="crlf",
    hazards="CRLF; no issuer header: the issuer appears as the alt text of a logo image line (and again inside the first paragraph); press unit and bulletin before the title; title in capitals; italic subtitle line (body); dateline opening the first paragraph with abbreviated state; '-30-' end marker followed by contact block.")

# ======================================================================
# n03 -- jekyll: Radio Lagunera 101.5 Digital (Torreón, Coahuila)
# ======================================================================
add("n03-nocturna.md", """---
layout: post
title: "Más de cuatro mil corredores tomarán el Paseo Colón en la Carrera Nocturna del Nazas"
date: "2022-09-30 18:45"
author: "Redacción"
publisher: Radio Lagunera 101.5 Digital
categories:
  - Destacadas
  - Deportes
tags: [atletismo, Torreón, Nazas]
published: yes
image: /uploads/2022/09/carrera-nocturna.jpg
---

La Carrera Nocturna del Nazas regresa este sábado con más de cuatro mil corredores inscritos, la cifra más alta desde que se organizó la primera edición hace nueve años, informó el comité organizador en conferencia de prensa.

El recorrido de diez kilómetros saldrá a las 20:00 horas de la Plaza Mayor, avanzará por el Paseo Colón y la calzada Cuauhtémoc, y regresará por el bulevar Independencia hasta la meta, instalada frente al Museo Arocena.

También habrá una ruta de cinco kilómetros para principiantes y una categoría infantil de un kilómetro, que se correrá media hora antes de la salida principal.

**Lee también:** Arranca la venta de boletos para la Feria de Torreón

La Dirección de Tránsito y Vialidad anunció cierres parciales desde las 18:00 horas y recomendó a los automovilistas utilizar el periférico y la avenida Juárez como vías alternas mientras dure la competencia.

Los organizadores pidieron a los participantes recoger su paquete de corredor el viernes en el gimnasio municipal, llevar ropa reflejante y mantenerse hidratados, pues se prevé una temperatura cercana a los 27 grados al inicio de la prueba.

Parte de lo recaudado por inscripciones se destinará a la reforestación de la ribera del río Nazas.
""", G("jekyll",
       title="Más de cuatro mil corredores tomarán el Paseo Colón en la Carrera Nocturna del Nazas",
       date="2022-09-30", published=True, bylines=[], source="Radio Lagunera 101.5 Digital",
       section="Deportes", placement=["Destacadas"],
       first="La Carrera Nocturna del Nazas regresa este sábado",
       last="a la reforestación de la ribera del río Nazas.",
       boilerplate=["Lee también: Arranca la venta de boletos para la Feria de Torreón"],
       must_keep=["También habrá una ruta de cinco kilómetros para principiantes y una categoría infantil de un kilómetro, que se correrá media hora antes de la salida principal."]),
    enc="utf-8", nl="crlf",
    hazards="CRLF; date as quoted string with time; author 'Redacción'; outlet under 'publisher'; block-style categories with placement flag 'Destacadas'; published: yes; bold 'Lee también:' teaser on its own line.")

# ======================================================================
# n04 -- generic note (Tequisquiapan, Querétaro)
# ======================================================================
add("n04-libros.txt", """Feria del libro usado en la biblioteca de Tequisquiapan
Fecha: 12/05/2023

La biblioteca pública de Tequisquiapan organizará durante todo el fin de semana una feria del libro usado en el patio central del antiguo convento, con más de tres mil ejemplares donados por vecinos, maestros jubilados y dos librerías de la región.

Los libros se venderán a precios que van de diez a cincuenta pesos, y lo recaudado servirá para comprar mobiliario infantil y renovar la sala de consulta, cuyas mesas tienen más de treinta años de uso.

La encargada de la biblioteca, Rosalba Chávez Ugalde, contó que la idea surgió cuando una familia entregó cajas con la colección completa de un abuelo que durante décadas compró novelas, enciclopedias y revistas de historia.

Además de la venta, habrá lecturas en voz alta para niños, un taller de encuadernación artesanal y un espacio de intercambio donde cualquier persona podrá llevar un libro y llevarse otro sin costo.

El horario será de diez de la mañana a seis de la tarde. Quienes deseen donar ejemplares todavía pueden entregarlos en la recepción de la biblioteca de lunes a viernes.
""", G("generic",
       title="Feria del libro usado en la biblioteca de Tequisquiapan",
       date="2023-05-12", first="La biblioteca pública de Tequisquiapan organizará durante",
       last="en la recepción de la biblioteca de lunes a viernes.",
       must_keep=["Además de la venta, habrá lecturas en voz alta para niños, un taller de encuadernación artesanal y un espacio de intercambio donde cualquier persona podrá llevar un libro y llevarse otro sin costo."]),
    enc="cp1252", nl="lf",
    hazards="Windows-1252; plain first-line title; day-first 'Fecha: 12/05/2023' line (read day-first); no family marks.")

# ======================================================================
# n05 -- wire: El Vigía de Sonora (Hermosillo, Sonora)
# ======================================================================
add("n05-agostadero.md", """## Sequía obliga a ganaderos del Río Sonora a vender hasta 40% de su hato

Por<NBSP>Lucía Armenta Valdez<TS>
El Vigía de Sonora | Hermosillo, Son. | 14 de marzo de 2023<TS>

Foto: El Vigía / Archivo

Ganaderos de Ures, Baviácora, Aconchi y Arizpe han vendido entre 30 y 40 por ciento de sus cabezas de ganado en los últimos seis meses, ante la falta de lluvias y el encarecimiento del alimento, de acuerdo con asociaciones locales de productores.

En los agostaderos del Río Sonora, los bordos que normalmente guardan agua hasta abril están secos desde diciembre, y muchos productores acarrean pipas desde los pozos de las cabeceras municipales para mantener vivos a los animales que les quedan.

Lee también: Productores de nogal piden tarifa eléctrica especial para pozos La Unión Ganadera Regional estimó que el precio de la paca de alfalfa pasó de 95 a 160<NBSP>pesos en un año, un aumento que los pequeños productores no pueden absorber.

“Vendemos las vacas flacas y a mal precio, porque si esperamos se nos mueren en el corral”, dijo Ramón Figueroa Durazo, ganadero de Baviácora con más de treinta años en la actividad.<TS>

La Secretaría de Agricultura estatal informó que gestiona un apoyo emergente para la compra de forraje y la rehabilitación de pozos, aunque todavía no hay fecha para la entrega de los recursos.

Los productores piden además que se adelante la vacunación contra la garrapata, pues el ganado debilitado es más vulnerable a enfermedades durante la temporada de calor.

Con información de Nayeli Soto.

Recibe nuestro boletín diario en tu correo: vigiadesonora.example/boletin
Síguenos en X: @VigiaSonora
""", G("wire",
       title="Sequía obliga a ganaderos del Río Sonora a vender hasta 40% de su hato",
       date="2023-03-14", bylines=["Lucía Armenta Valdez"], source="El Vigía de Sonora",
       first="Ganaderos de Ures, Baviácora, Aconchi y Arizpe han vendido",
       last="más vulnerable a enfermedades durante la temporada de calor.",
       boilerplate=["Lee también: Productores de nogal piden tarifa eléctrica especial para pozos",
                    "Con información de Nayeli Soto",
                    "Recibe nuestro boletín diario en tu correo",
                    "vigiadesonora.example/boletin",
                    "Síguenos en X: @VigiaSonora"],
       must_keep=["La Unión Ganadera Regional estimó que el precio de la paca de alfalfa pasó de 95 a 160 pesos en un año, un aumento que los pequeños productores no pueden absorber."],
       photo_credit="El Vigía / Archivo"),
    enc="utf-8", nl="lf",
    hazards="'##' title; NBSP after 'Por' and inside a figure; trailing spaces on byline lines; pipe-separated outlet/city/date line; teaser glued to the START of a paragraph and running into the real sentence; 'Con información de' line; newsletter pitch and handle at the end.")

# ======================================================================
# n06 -- bad: saved HTML page
# ======================================================================
add("n06-portada.html", """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Reabren mercado municipal de Tlaquepaque tras remodelación | Noticias Occidente</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./portada_files/estilos.min.css">
<script src="./portada_files/analytics.js"></script>
</head>
<body class="single-post">
<header><nav><ul><li><a href="/">Inicio</a></li><li><a href="/jalisco">Jalisco</a></li><li><a href="/deportes">Deportes</a></li></ul></nav></header>
<main>
<article>
<h1>Reabren mercado municipal de Tlaquepaque tras remodelación</h1>
<p class="byline">Por Mariana Orozco | 2 de agosto de 2023</p>
<p>Comerciantes del mercado municipal volvieron a sus locales este miércoles, luego de ocho meses de obras en techumbre, drenaje e instalaciones eléctricas.</p>
<p>La administración municipal informó que la inversión fue de 31 millones de pesos.</p>
</article>
<aside class="newsletter">Suscríbete a nuestro boletín</aside>
</main>
<footer>&copy; 2023 Noticias Occidente. Todos los derechos reservados.</footer>
<script>window.dataLayer = window.dataLayer || [];</script>
</body>
</html>
""", G("bad", refusal_reason="El archivo es una página web guardada en HTML y no una nota de texto importable."),
    enc="utf-8", nl="lf",
    hazards="Saved web page (doctype, head, scripts, nav) that contains a readable article inside <article>; must be refused anyway.")

# ======================================================================
# n07 -- press release: H. Ayuntamiento de Campeche (Campeche)
# ======================================================================
add("n07-malecon.text", """H. AYUNTAMIENTO DE CAMPECHE
Dirección de Comunicación Social

Boletín 0457

Arranca rehabilitación del alumbrado en el malecón y seis colonias del centro

San Francisco de Campeche, Campeche, 3 de mayo de 2023.- Con una inversión de 24 millones de pesos, el H. Ayuntamiento de Campeche inició la sustitución de más de 2 mil 300 luminarias en el malecón y en seis colonias del centro histórico, informó la presidenta municipal, Carmen Elena Poot Canché.

Los trabajos contemplan el cambio de lámparas de vapor de sodio por tecnología LED, la reparación de postes dañados por la salinidad y el cableado subterráneo en las calles 8, 10 y 12, donde se concentra la mayor afluencia de visitantes.

La alcaldesa explicó que el nuevo sistema permitirá ahorrar cerca de 40 por ciento en el consumo de energía y reducirá las quejas ciudadanas por zonas oscuras, que el año pasado sumaron más de 900 reportes.

Las colonias beneficiadas son San Román, Santa Ana, Guadalupe, San Francisco, Santa Lucía y Barrio de San Martín. Las obras se realizarán en horario nocturno para no afectar la actividad comercial y concluirán en un plazo estimado de cuatro meses.

La Dirección de Servicios Públicos pidió a la ciudadanía reportar cualquier falla en el alumbrado al número de atención municipal o mediante la aplicación Campeche Responde.

---o0o---

Dirección de Comunicación Social
H. Ayuntamiento de Campeche
Tel. (981) 811 0457 ext. 1203
comunicacion@campeche-municipio.example
""", G("press_release",
       title="Arranca rehabilitación del alumbrado en el malecón y seis colonias del centro",
       date="2023-05-03", source="H. Ayuntamiento de Campeche", bulletin_number="0457",
       issuer="H. Ayuntamiento de Campeche", dateline_city="San Francisco de Campeche",
       first="Con una inversión de 24 millones de pesos,",
       last="o mediante la aplicación Campeche Responde.",
       boilerplate=["Boletín 0457", "---o0o---", "Dirección de Comunicación Social",
                    "Tel. (981) 811 0457 ext. 1203", "comunicacion@campeche-municipio.example"],
       must_keep=["Las obras se realizarán en horario nocturno para no afectar la actividad comercial y concluirán en un plazo estimado de cuatro meses."]),
    enc="cp1252", nl="crlf",
    hazards="Windows-1252 + CRLF; issuer header in capitals plus press unit; 'Boletín 0457' (leading zero kept); two-word city in dateline that opens the first paragraph; '---o0o---' then contact block repeating the issuer name.")

# ======================================================================
# n08 -- jekyll: Voces de Aguascalientes
# ======================================================================
add("n08-estacion.md", """---
title: Ferrocarrileros jubilados abren museo comunitario en el barrio de La Estación
date: 23/04/2019
autora: Renata Gallegos
periodico: Voces de Aguascalientes
tags:
  - cultura
  - ferrocarril
  - barrios
published: pendiente de revisión
---
Un grupo de ferrocarrileros jubilados abrió un pequeño museo comunitario en una casona del barrio de La Estación, donde durante décadas vivieron las familias que trabajaban en los talleres del ferrocarril de Aguascalientes.

La colección reúne más de 600 piezas: faroles de señales, relojes de bolsillo, uniformes, boletos de pasajeros, herramientas de los talleres y cientos de fotografías que los propios vecinos guardaban en cajas y álbumes familiares.

Don Efrén Macías Lozano, de 81 años, fue calderero durante 34 años y es uno de los guías del museo. Cada sábado recorre las salas con los visitantes y cuenta cómo era el trabajo en los talleres cuando llegaban las locomotoras de vapor.

El museo funciona sin apoyo oficial y se sostiene con cooperaciones voluntarias. Sus fundadores buscan ahora un convenio con el municipio para restaurar el techo de la casona, que presenta filtraciones en temporada de lluvias.

La entrada es libre los sábados y domingos de diez de la mañana a dos de la tarde, y las escuelas pueden solicitar visitas guiadas entre semana.
""", G("jekyll",
       title="Ferrocarrileros jubilados abren museo comunitario en el barrio de La Estación",
       date="2019-04-23", published=False, bylines=["Renata Gallegos"],
       source="Voces de Aguascalientes", section=None, placement=[],
       first="Un grupo de ferrocarrileros jubilados abrió un pequeño museo",
       last="pueden solicitar visitas guiadas entre semana.",
       must_keep=["El museo funciona sin apoyo oficial y se sostiene con cooperaciones voluntarias."]),
    enc="utf-8", nl="crlf",
    hazards="CRLF; unquoted day-first date 23/04/2019; Spanish author key 'autora'; outlet under 'periodico'; tags only (no section); unreadable 'published: pendiente de revisión' -> false; body starts right after the closing '---'.")

# ======================================================================
# n09 -- wire: El Mensajero de Oaxaca
# ======================================================================
add("n09-barro.txt", """**Artesanas de San Bartolo Coyotepec llevan el barro negro a una feria en Madrid**

Por Itzel Ramírez Cruz y Joaquín Bautista
OAXACA, Oax. — Martes 5 de septiembre de 2023

Doce alfareras de San Bartolo Coyotepec viajarán a finales de mes a Madrid para exponer y vender piezas de barro negro en una feria internacional de artesanía, la primera ocasión en que un colectivo de la comunidad participa sin intermediarios.

Foto: Cortesía

El grupo, integrado en su mayoría por mujeres de tres generaciones de una misma familia, preparó durante cinco meses cerca de 400 piezas, entre cántaros, lámparas caladas, figuras de animales y juegos de mezcal.

Relacionado: Turismo en los Valles Centrales crece 12% en el verano

Doña Catalina Mateo Pedro, la alfarera de mayor edad del colectivo, explicó que cada pieza se moldea a mano, se pule con cuarzo y se cuece en hornos de leña enterrados, un proceso que puede tomar hasta tres semanas.

“Nos pagaban muy poco por pieza y luego la veíamos en tiendas a diez veces el precio; ahora queremos que el trabajo se reconozca con nuestro nombre”, dijo Mateo Pedro.

El viaje fue posible gracias a una colecta en la comunidad y al apoyo de una fundación cultural, que cubrió los boletos de avión y el envío de las piezas en cajas especiales para evitar que se rompan.

Las artesanas esperan cerrar acuerdos con tiendas de diseño europeas y regresar con pedidos que den trabajo a más familias del pueblo durante el invierno.

Suscríbete a El Mensajero de Oaxaca y apoya el periodismo local: mensajerodeoaxaca.example/suscripcion
Escríbenos a redaccion@mensajerodeoaxaca.example
""", G("wire",
       title="Artesanas de San Bartolo Coyotepec llevan el barro negro a una feria en Madrid",
       date="2023-09-05", bylines=["Itzel Ramírez Cruz", "Joaquín Bautista"],
       source="El Mensajero de Oaxaca",
       first="Doce alfareras de San Bartolo Coyotepec viajarán a finales",
       last="a más familias del pueblo durante el invierno.",
       boilerplate=["Relacionado: Turismo en los Valles Centrales crece 12% en el verano",
                    "Suscríbete a El Mensajero de Oaxaca y apoya el periodismo local",
                    "mensajerodeoaxaca.example/suscripcion",
                    "Escríbenos a redaccion@mensajerodeoaxaca.example"],
       must_keep=["Las artesanas esperan cerrar acuerdos con tiendas de diseño europeas y regresar con pedidos que den trabajo a más familias del pueblo durante el invierno."],
       photo_credit="Cortesía"),
    enc="cp1252", nl="lf",
    hazards="Windows-1252; bold title; two authors joined by 'y'; capitalised city with em dash and weekday in the date line; 'Foto: Cortesía'; standalone 'Relacionado:' teaser; subscription pitch naming the outlet; contact e-mail.")

# ======================================================================
# n10 -- press release: H. Congreso del Estado de Durango
# ======================================================================
add("n10-cuidados.md", """LXX LEGISLATURA
H. Congreso del Estado de Durango
Coordinación de Comunicación Social

Boletín: 1102

Aprueban diputados reforma para proteger a personas cuidadoras<TS>

**• La iniciativa reconoce el trabajo de cuidado no remunerado**
**• Se crea un registro estatal de personas cuidadoras**

Victoria de Durango, Dgo., a 26 de abril de 2023.<TS>

El Pleno del H. Congreso del Estado de Durango aprobó por unanimidad una reforma a la Ley de Desarrollo Social que reconoce el trabajo de las personas que cuidan de manera permanente a familiares con discapacidad, enfermedades crónicas o en situación de dependencia.

La diputada Fabiola Arreola Contreras, promovente de la iniciativa, señaló que en la entidad más de 60<NBSP>mil personas, en su mayoría mujeres, dedican más de 40 horas a la semana a tareas de cuidado sin recibir salario ni seguridad social.

Con la reforma se crea un registro estatal de personas cuidadoras, que permitirá que las dependencias diseñen programas de apoyo económico, capacitación y atención psicológica dirigidos a este sector.

Además, se establece que los ayuntamientos deberán contar con al menos un centro de día para personas adultas mayores, donde las familias puedan dejar a sus familiares mientras trabajan o estudian.<TS>

El dictamen fue turnado al Ejecutivo estatal para su publicación en el Periódico Oficial, y entrará en vigor al día siguiente. La Secretaría de Bienestar Social tendrá 180<NBSP>días para emitir los lineamientos del registro.

* * *

Coordinación de Comunicación Social
Tel. 618 137 2200 | comunicacion@congresodgo.example
X: @CongresoDgo
""", G("press_release",
       title="Aprueban diputados reforma para proteger a personas cuidadoras",
       date="2023-04-26", source="H. Congreso del Estado de Durango", bulletin_number="1102",
       issuer="H. Congreso del Estado de Durango", dateline_city="Victoria de Durango",
       first="La iniciativa reconoce el trabajo de cuidado no remunerado",
       last="días para emitir los lineamientos del registro.",
       boilerplate=["LXX LEGISLATURA", "Boletín: 1102", "* * *", "Coordinación de Comunicación Social",
                    "Tel. 618 137 2200", "comunicacion@congresodgo.example", "@CongresoDgo"],
       must_keep=["Con la reforma se crea un registro estatal de personas cuidadoras, que permitirá que las dependencias diseñen programas de apoyo económico, capacitación y atención psicológica dirigidos a este sector."]),
    enc="utf-8", nl="lf",
    hazards="Legislature label above issuer and press unit; 'Boletín: 1102' with colon; trailing spaces on title and dateline; bold bullet balazos; dateline on its own line with 'a'; NBSP inside figures; '* * *' then contact block.")

# ======================================================================
# n11 -- generic note with an impossible date (Nezahualcóyotl, Edomex)
# ======================================================================
add("n11-comedor.text", """Un comedor comunitario de Nezahualcóyotl cumple diez años sirviendo desayunos
Actualizado: 31/06/2022

Lo que comenzó como una olla de frijoles en la cochera de una vecina se convirtió en un comedor comunitario que cada mañana sirve alrededor de 250 desayunos a niñas, niños y personas mayores de la colonia Benito Juárez, en Nezahualcóyotl.

El comedor funciona con donaciones de tianguistas, panaderías y una tortillería cercana, además de las cuotas simbólicas de diez pesos que pagan quienes pueden hacerlo. Nadie se queda sin comer por falta de dinero, aseguran sus organizadoras.

Guadalupe Hernández Solís, fundadora del proyecto, recuerda que la idea surgió cuando notó que varios niños llegaban a la escuela sin desayunar porque sus padres salían antes de las cinco de la mañana para trabajar en la capital.

Hoy participan 18 voluntarias que se turnan para cocinar, lavar trastes y llevar el registro de asistentes. Algunas comenzaron como comensales y ahora coordinan los menús de la semana.

Para celebrar el aniversario, el comedor organizará una comida abierta el próximo domingo y una rifa cuyos fondos servirán para cambiar la estufa y comprar un refrigerador industrial.
""", G("generic",
       title="Un comedor comunitario de Nezahualcóyotl cumple diez años sirviendo desayunos",
       date=None, first="Lo que comenzó como una olla de frijoles",
       last="cambiar la estufa y comprar un refrigerador industrial.",
       must_keep=["Hoy participan 18 voluntarias que se turnan para cocinar, lavar trastes y llevar el registro de asistentes."]),
    enc="utf-8-sig", nl="lf",
    hazards="UTF-8 BOM; plain first-line title; impossible day-first date 31/06/2022 -> null.")

# ======================================================================
# n12 -- jekyll: La Chispa de Colima
# ======================================================================
add("n12-mirador.markdown", """---
layout: nota
title: 'Volcán de Colima: reabren sendero al mirador de La Yerbabuena'
date: 2023-04-12
autor: Marisol Tapia Larios
medio: La Chispa de Colima
categories: [Portada, Turismo]
tags: [Comala, volcán, senderismo]
imagen: /img/2023/04/yerbabuena.jpg
---

Después de casi cuatro años cerrado por la actividad del Volcán de Colima, el sendero que conduce al mirador de La Yerbabuena, en el municipio de Comala, volvió a abrirse a visitantes este fin de semana con nuevas medidas de seguridad.

La Unidad Estatal de Protección Civil informó que el volcán se mantiene en semáforo amarillo, pero que la ruta de 3.5 kilómetros se encuentra fuera del radio de exclusión de doce kilómetros establecido alrededor del cráter.

El recorrido solo podrá hacerse acompañado de guías certificados de la comunidad, quienes portarán radios de comunicación y recibirán reportes diarios del monitoreo que realiza el observatorio vulcanológico de la universidad estatal.

Los habitantes de La Yerbabuena, que fueron reubicados en 2016, celebraron la reapertura porque el turismo de naturaleza es una de sus pocas fuentes de ingreso. Varias familias ya ofrecen comida, hospedaje rural y venta de café de altura.

El acceso tendrá un costo de 60 pesos para adultos y será gratuito para menores de doce años. El horario es de ocho de la mañana a cuatro de la tarde, de jueves a domingo.
""", G("jekyll",
       title="Volcán de Colima: reabren sendero al mirador de La Yerbabuena",
       date="2023-04-12", published=True, bylines=["Marisol Tapia Larios"],
       source="La Chispa de Colima", section="Turismo", placement=["Portada"],
       first="Después de casi cuatro años cerrado por la actividad",
       last="cuatro de la tarde, de jueves a domingo.",
       must_keep=["El recorrido solo podrá hacerse acompañado de guías certificados de la comunidad, quienes portarán radios de comunicación y recibirán reportes diarios del monitoreo que realiza el observatorio vulcanológico de la universidad estatal."]),
    enc="utf-8", nl="lf",
    hazards="Single-quoted title containing a colon; plain YAML date; Spanish author key 'autor'; outlet under 'medio'; flow categories mixing placement 'Portada' and section; no published key -> true.")

# ======================================================================
# n13 -- wire: Noticias Huasteca Hoy (Ciudad Valles, SLP)
# ======================================================================
add("n13-citricos.md", """**Productores de naranja de la Huasteca denuncian precios de hasta 80 centavos por kilo**

Texto: Ramiro Zúñiga y Ofelia Castañón
Ciudad Valles, S.L.P., 07/03/2024

Citricultores de Ciudad Valles, Tamuín y Axtla de Terrazas denunciaron que los intermediarios pagan entre 80 centavos y un peso por kilo de naranja, un precio que no alcanza para cubrir el corte ni el traslado de la fruta a las empacadoras.

Según la asociación local de productores, el costo de producción ronda los 1.60 pesos por kilo, por lo que muchos prefieren dejar la fruta en los árboles antes que venderla con pérdidas. La situación se repite desde el ciclo pasado. Te puede interesar | Cierran carretera a Tamazunchale por deslave Los productores calculan que en la región hay más de 20 mil hectáreas sembradas con cítricos.

“Un cortador cobra 250 pesos al día y el flete cuesta más que lo que nos pagan por la tonelada”, explicó Anselmo Reyes Martell, productor del ejido La Pimienta.

Los citricultores pidieron al gobierno estatal un programa de acopio con precios de garantía y apoyo para instalar una planta de jugos en la región, proyecto que fue anunciado hace tres años pero que no ha avanzado.

La Secretaría de Desarrollo Agropecuario estatal respondió que instalará una mesa de trabajo con productores y empacadoras la próxima semana para buscar compradores directos en Monterrey y la Ciudad de México.

MÁS NOTICIAS
» Vecinos de Xilitla exigen reparar puente colgante
» Arranca temporada de vuelos en globo en Aquismón

Descarga la app de Noticias Huasteca Hoy en Google Play y App Store
""", G("wire",
       title="Productores de naranja de la Huasteca denuncian precios de hasta 80 centavos por kilo",
       date="2024-03-07", bylines=["Ramiro Zúñiga", "Ofelia Castañón"],
       source="Noticias Huasteca Hoy",
       first="Citricultores de Ciudad Valles, Tamuín y Axtla de Terrazas",
       last="compradores directos en Monterrey y la Ciudad de México.",
       boilerplate=["Te puede interesar | Cierran carretera a Tamazunchale por deslave",
                    "MÁS NOTICIAS",
                    "Vecinos de Xilitla exigen reparar puente colgante",
                    "Arranca temporada de vuelos en globo en Aquismón",
                    "Descarga la app de Noticias Huasteca Hoy en Google Play y App Store"],
       must_keep=["La situación se repite desde el ciclo pasado.",
                  "Los productores calculan que en la región hay más de 20 mil hectáreas sembradas con cítricos."],
       photo_credit=None),
    enc="cp1252", nl="crlf",
    hazards="Windows-1252 + CRLF; bold title; 'Texto:' byline with two names; day-first numeric date 07/03/2024; teaser glued in the MIDDLE of a paragraph (sentence before and after); MÁS NOTICIAS with '»' bullets; app pitch; outlet named only in the app pitch at the very end.")

# ======================================================================
# n14 -- press release: Instituto de Transparencia ... de Nayarit
# ======================================================================
add("n14-nominas.md", """Comunicado 071/2024

Ayuntamientos de Nayarit, con rezago en publicación de nóminas: Instituto de Transparencia

Tepic, Nayarit; a 12 de marzo de 2024.– El Instituto de Transparencia y Acceso a la Información Pública de Nayarit dio a conocer que 11 de los 20 ayuntamientos de la entidad no han publicado completa la información de sus nóminas correspondiente al segundo semestre del año pasado, como lo establece la ley.

De acuerdo con la verificación realizada por el organismo autónomo, los municipios con mayor rezago no han cargado en la Plataforma Nacional de Transparencia los sueldos de su personal eventual ni los montos pagados por honorarios.

La comisionada presidenta, Yolanda Ibarra Cervantes, explicó que los ayuntamientos tendrán un plazo de 15 días hábiles para corregir las omisiones y que, de no hacerlo, el instituto podrá imponer amonestaciones públicas y multas a los responsables.

Ibarra Cervantes recordó que la publicación de las nóminas permite a la ciudadanía conocer cuánto gana cada servidor público y detectar posibles aviadores o pagos duplicados.

El instituto ofrecerá asesorías gratuitas a las unidades de transparencia municipales durante las próximas dos semanas, en su sede de Tepic y de manera virtual, para facilitar la carga de la información pendiente.

###

Contacto para medios: Unidad de Comunicación Social | 311 215 4410 | medios@itaipn.example
Síguenos: @ITAIPNayarit
""", G("press_release",
       title="Ayuntamientos de Nayarit, con rezago en publicación de nóminas: Instituto de Transparencia",
       date="2024-03-12", source="Instituto de Transparencia y Acceso a la Información Pública de Nayarit",
       bulletin_number="071/2024",
       issuer="Instituto de Transparencia y Acceso a la Información Pública de Nayarit",
       dateline_city="Tepic",
       first="El Instituto de Transparencia y Acceso a la Información",
       last="para facilitar la carga de la información pendiente.",
       boilerplate=["Comunicado 071/2024", "###", "Contacto para medios: Unidad de Comunicación Social",
                    "311 215 4410", "medios@itaipn.example", "Síguenos: @ITAIPNayarit"],
       must_keep=["Ibarra Cervantes recordó que la publicación de las nóminas permite a la ciudadanía conocer cuánto gana cada servidor público y detectar posibles aviadores o pagos duplicados."]),
    enc="utf-8-sig", nl="lf",
    hazards="UTF-8 BOM; bulletin number is the very first line; no government header, issuer named only inside the first paragraph; dateline '; a 12 de marzo de 2024.–' with EN DASH; '###' end marker (looks like a Markdown heading) then one-line contact.")

# ======================================================================
# n15 -- bad: front matter with no body
# ======================================================================
add("n15-kiosco.md", """---
layout: post
title: "Concierto de la Banda Sinfónica en el kiosco de Culiacán"
date: 2023-11-18 19:00:00 -0700
author: Julio Lizárraga
categories: [Cultura]
published: true
---


""", G("bad", refusal_reason="El archivo solo contiene el encabezado YAML y no tiene cuerpo de texto que importar."),
    enc="utf-8", nl="crlf",
    hazards="CRLF; complete, valid front matter followed only by blank lines -> refused.")

# ======================================================================
# n16 -- wire: Crónica del Altiplano (Zacatecas)
# ======================================================================
add("n16-canones.md", """Inicio > Salud

## Zacatecas suma 14 casos de dengue en lo que va del año; Salud intensifica fumigación

Por: Héctor Villagrana Robles
Crónica del Altiplano — Zacatecas, Zac., 30 de junio de 2022

La Secretaría de Salud de Zacatecas confirmó 14 casos de dengue en lo que va del año, la mayoría en los municipios de Jalpa, Juchipila y Moyahua, en la región de los cañones, donde las temperaturas y las primeras lluvias favorecen la reproducción del mosco transmisor.

Foto: Crónica del Altiplano / Archivo

Las brigadas de vectores aplicaron larvicida en más de nueve mil viviendas y realizaron fumigaciones nocturnas en colonias con casos confirmados, informó el jefe del departamento de epidemiología, Óscar Berumen Llamas.

El funcionario pidió a la población eliminar recipientes que acumulen agua, como llantas, cubetas y botellas, pues el mosquito necesita muy poca agua para depositar sus huevos. Las brigadas retirarán cacharros sin costo los fines de semana. LEE ADEMÁS: Hospital General de Fresnillo estrena área de urgencias pediátricas

Entre los síntomas más comunes del dengue se encuentran fiebre alta, dolor de cabeza, dolor detrás de los ojos y dolor muscular. Las autoridades recomendaron no automedicarse y acudir de inmediato a la unidad de salud más cercana.

Hasta ahora no se han registrado casos graves ni defunciones, pero Salud estatal advirtió que el número de contagios podría aumentar durante julio y agosto, los meses con más lluvias en la región.

¿Tienes una denuncia? Escríbenos al WhatsApp 492 100 2030
Sigue a Crónica del Altiplano en Facebook, Instagram y TikTok
""", G("wire",
       title="Zacatecas suma 14 casos de dengue en lo que va del año; Salud intensifica fumigación",
       date="2022-06-30", bylines=["Héctor Villagrana Robles"], source="Crónica del Altiplano",
       section="Salud",
       first="La Secretaría de Salud de Zacatecas confirmó 14 casos",
       last="los meses con más lluvias en la región.",
       boilerplate=["LEE ADEMÁS: Hospital General de Fresnillo estrena área de urgencias pediátricas",
                    "¿Tienes una denuncia? Escríbenos al WhatsApp 492 100 2030",
                    "Sigue a Crónica del Altiplano en Facebook, Instagram y TikTok"],
       must_keep=["Las brigadas retirarán cacharros sin costo los fines de semana."],
       photo_credit="Crónica del Altiplano / Archivo"),
    enc="utf-8-sig", nl="crlf",
    hazards="UTF-8 BOM + CRLF; breadcrumb line 'Inicio > Salud' gives the section; 'Por:' with colon; outlet — city — date line with em dash; teaser in capitals glued to the END of a paragraph; WhatsApp tip line and social pitch naming the outlet.")

# ======================================================================
# n17 -- jekyll: Semanario La Ceiba (Tabasco)
# ======================================================================
add("n17-laguna.md", """---
title: Pescadores de Centla reportan mortandad de peces en la laguna de El Viento
date: 5 de octubre de 2022
firma: Aurelio Jiménez Priego
sitio: Semanario La Ceiba
categories:
  - Medio Ambiente
tags: centla, pesca, humedales
published: true
---

Pescadores de la Reserva de la Biosfera Pantanos de Centla reportaron la muerte de miles de peces en la laguna de El Viento, uno de los cuerpos de agua más importantes para la pesca de mojarra y robalo en la zona.

![Peces muertos en la orilla de la laguna](/img/2022/10/centla.jpg)
*Foto: Aurelio Jiménez Priego*

Los primeros ejemplares aparecieron flotando el fin de semana cerca de la comunidad de Quintín Arauz, y para el martes la mancha de peces muertos cubría ya varios kilómetros de la orilla, según los testimonios recogidos por este semanario.

Mario Hernández de la Cruz, presidente de una cooperativa pesquera local, dijo que el agua cambió de color y despedía un olor fuerte días antes de la mortandad. Los pescadores sospechan de descargas provenientes de instalaciones petroleras cercanas.

La procuraduría ambiental estatal tomó muestras de agua y de peces para analizarlas en laboratorio, y pidió a la población no consumir producto capturado en la laguna hasta conocer los resultados, que estarían listos en unos diez<NBSP>días.

Investigadores de la universidad estatal explicaron que la falta de oxígeno por las altas temperaturas también puede provocar este tipo de eventos, aunque advirtieron que solo los análisis permitirán determinar la causa.

Mientras tanto, alrededor de 300<NBSP>familias que dependen de la pesca en El Viento se han quedado sin ingresos.
""", G("jekyll",
       title="Pescadores de Centla reportan mortandad de peces en la laguna de El Viento",
       date="2022-10-05", published=True, bylines=["Aurelio Jiménez Priego"],
       source="Semanario La Ceiba", section="Medio Ambiente", placement=[],
       first="Pescadores de la Reserva de la Biosfera Pantanos de Centla",
       last="en El Viento se han quedado sin ingresos.",
       must_keep=["Los pescadores sospechan de descargas provenientes de instalaciones petroleras cercanas."],
       photo_credit="Aurelio Jiménez Priego"),
    enc="utf-8", nl="lf",
    hazards="Spanish long-form date '5 de octubre de 2022' (YAML string); author under 'firma'; outlet under 'sitio'; block categories with a two-word section; tags as a comma string (no section); Markdown image plus italic 'Foto:' credit naming the author; NBSP in figures.")

# ======================================================================
# n18 -- press release: Sistema Intermunicipal de Agua de Uruapan (Michoacán)
# ======================================================================
add("n18-tandeo.txt", """Uruapan, Michoacán, 15 de junio de 2022

SISTEMA INTERMUNICIPAL DE AGUA DE URUAPAN
Comunicado SIAU/CS/088/22

Por estiaje, SIAU aplicará tandeo en 14 colonias del oriente de la ciudad

- El servicio se alternará por sectores de lunes a sábado
- El organismo instalará diez tomas públicas con tinacos

Debido a la disminución de más de 30 por ciento en el caudal de los manantiales de La Rodilla del Diablo y de los pozos profundos, el Sistema Intermunicipal de Agua de Uruapan aplicará a partir del lunes un programa de tandeo en 14 colonias del oriente de la ciudad.

El director general del organismo, ingeniero Salvador Ceja Magaña, explicó que cada sector recibirá agua durante tres días a la semana en horarios establecidos, los cuales se darán a conocer en las redes sociales del organismo y mediante perifoneo.

Entre las colonias incluidas se encuentran Revolución, Los Ángeles, Jucutacato, La Quinta y Lomas del Valle, donde las bombas no alcanzan a llenar los tanques elevados durante las horas de mayor demanda.

Para reducir las afectaciones, el organismo instalará diez tomas públicas con tinacos de cinco mil litros y mantendrá en operación cuatro pipas que atenderán de manera gratuita a escuelas, centros de salud y viviendas con personas enfermas.

El SIAU pidió a la población almacenar el agua en recipientes tapados, reparar fugas domiciliarias y evitar el lavado de banquetas y vehículos con manguera mientras duren las restricciones, que se prevé terminen con el inicio formal de la temporada de lluvias.

- - -

Coordinación de Comunicación Social SIAU
Tel. 452 523 0880
WhatsApp para reportes: 452 100 7744
comunicacion@siau.example
""", G("press_release",
       title="Por estiaje, SIAU aplicará tandeo en 14 colonias del oriente de la ciudad",
       date="2022-06-15", source="Sistema Intermunicipal de Agua de Uruapan",
       bulletin_number="SIAU/CS/088/22", issuer="Sistema Intermunicipal de Agua de Uruapan",
       dateline_city="Uruapan",
       first="El servicio se alternará por sectores de lunes a sábado",
       last="con el inicio formal de la temporada de lluvias.",
       boilerplate=["Comunicado SIAU/CS/088/22", "- - -", "Coordinación de Comunicación Social SIAU",
                    "Tel. 452 523 0880", "WhatsApp para reportes: 452 100 7744", "comunicacion@siau.example"],
       must_keep=["Entre las colonias incluidas se encuentran Revolución, Los Ángeles, Jucutacato, La Quinta y Lomas del Valle, donde las bombas no alcanzan a llenar los tanques elevados durante las horas de mayor demanda."]),
    enc="utf-8-sig", nl="crlf",
    hazards="UTF-8 BOM + CRLF; city/date line is the FIRST line, before the issuer; issuer in capitals (logo text) and again in the body; slash-coded bulletin number; plain '- ' balazos (not bold); '- - -' end marker resembling a list item; contact block with WhatsApp line.")

# ======================================================================
# n19 -- generic note with sub-headings, no date
# ======================================================================
add("n19-huerto.markdown", """# Un huerto en la azotea: guía básica para empezar en temporada de lluvias

Sembrar hortalizas en la azotea o en el patio no requiere mucho espacio ni herramientas costosas. Con algunas macetas recicladas, tierra de buena calidad y semillas de temporada es posible cosechar cilantro, rábanos y lechugas en pocas semanas.

## Qué se necesita

Lo primero es elegir un lugar que reciba al menos cinco horas de sol al día. Las cubetas de pintura, los garrafones cortados y las cajas de madera sirven como contenedores, siempre que tengan perforaciones en la base para que escurra el exceso de agua.

La mezcla de tierra puede prepararse con dos partes de tierra negra, una de composta y una de arena o tezontle fino. Conviene evitar la tierra del jardín, que suele compactarse y traer plagas.

## Qué sembrar primero

Para quienes empiezan, las mejores opciones son el rábano, que se cosecha en un mes, y las hierbas aromáticas como el cilantro, la hierbabuena y el epazote. Las lechugas de hoja suelta también crecen bien en macetas medianas.

Durante la temporada de lluvias hay que vigilar que las macetas no se encharquen y revisar las hojas cada semana para detectar caracoles o pulgones. Un poco de agua con jabón neutro suele bastar para controlar estas plagas sin usar químicos.
""", G("generic",
       title="Un huerto en la azotea: guía básica para empezar en temporada de lluvias",
       date=None, first="Sembrar hortalizas en la azotea o en el patio",
       last="suele bastar para controlar estas plagas sin usar químicos.",
       must_keep=["Conviene evitar la tierra del jardín, que suele compactarse y traer plagas."]),
    enc="utf-8", nl="lf",
    hazards="'#' title followed by '##' sub-headings inside the body (the title is the first heading only); no date line -> null; how-to text with no outlet, byline or release marks.")

# ======================================================================
# n20 -- wire: Pulso Fronterizo (Ciudad Juárez, Chihuahua)
# ======================================================================
add("n20-puente.md", """## Cruce peatonal en el puente Paso del Norte registra esperas de hasta tres horas

Por Daniela Ochoa
Pulso Fronterizo / Ciudad Juárez, Chihuahua
Publicado: 2023-08-19 21:40

Personas que cruzan a pie hacia El Paso, Texas, reportaron esta semana tiempos de espera de hasta tres horas en el puente internacional Paso del Norte, en su mayoría estudiantes y trabajadores que hacen el trayecto todos los días.

La fila llegó a extenderse por varias cuadras sobre la avenida Juárez durante la mañana del viernes, bajo temperaturas superiores a los 38 grados. Varias personas necesitaron atención por deshidratación mientras esperaban su turno. También te recomendamos: Juárez registra la noche más calurosa del año

Foto: Daniela Ochoa

De acuerdo con usuarios consultados por Pulso Fronterizo, solo funcionaban cuatro de las doce casetas de revisión en el lado estadounidense, lo que provocó que la fila avanzara lentamente desde las cinco de la mañana.

📩 ¿Te gusta lo que lees? Suscríbete gratis a El Pulso de la Mañana, nuestro boletín diario.

“Salgo de mi casa a las cuatro para llegar a clases a las nueve; ya no alcanza el tiempo ni para desayunar”, comentó Karla Villalobos, estudiante de enfermería que cruza cinco días a la semana.

Organizaciones civiles instalaron puestos de agua y sombrillas a lo largo de la fila, y pidieron a las autoridades de ambos países coordinar horarios y abrir más carriles en las horas pico, sobre todo al inicio del ciclo escolar.

La oficina de aduanas estadounidense atribuyó los retrasos a la falta de personal y aseguró que la operación se normalizará en las próximas semanas.

Síguenos en Instagram y TikTok: @pulsofronterizo
""", G("wire",
       title="Cruce peatonal en el puente Paso del Norte registra esperas de hasta tres horas",
       date="2023-08-19", bylines=["Daniela Ochoa"], source="Pulso Fronterizo",
       first="Personas que cruzan a pie hacia El Paso, Texas,",
       last="se normalizará en las próximas semanas.",
       boilerplate=["También te recomendamos: Juárez registra la noche más calurosa del año",
                    "¿Te gusta lo que lees? Suscríbete gratis a El Pulso de la Mañana, nuestro boletín diario.",
                    "Síguenos en Instagram y TikTok: @pulsofronterizo"],
       must_keep=["Varias personas necesitaron atención por deshidratación mientras esperaban su turno."],
       photo_credit="Daniela Ochoa"),
    enc="utf-8", nl="crlf",
    hazards="CRLF; outlet / city line separate from an ISO 'Publicado:' timestamp line; teaser glued to the END of a paragraph; photographer is the reporter; newsletter pitch with emoji between paragraphs; the outlet's name also appears inside a real sentence.")

# ======================================================================
# n21 -- press release: Secretaría de Salud de Tamaulipas
# ======================================================================
add("n21-albergues.md", """GOBIERNO DE TAMAULIPAS
Secretaría de Salud de Tamaulipas
No. 318/2023

Cd. Victoria, Tam., 18 de julio de 2023

Refuerza Salud vigilancia epidemiológica en albergues para migrantes
de Reynosa y Matamoros

**- Se aplicaron más de 3 mil dosis de vacunas en la última semana**
**- Brigadas médicas atienden a diario en siete albergues**

La Secretaría de Salud de Tamaulipas reforzó la vigilancia epidemiológica en los albergues para personas migrantes de Reynosa y Matamoros, donde brigadas médicas realizan consultas diarias, aplican vacunas y detectan de manera temprana enfermedades respiratorias y gastrointestinales.

El titular de la dependencia, doctor Leopoldo Garza Cárdenas, informó que durante la última semana se aplicaron más de 3 mil dosis de vacunas contra influenza, sarampión, tétanos y hepatitis, principalmente a niñas, niños y mujeres embarazadas.

Explicó que el personal de salud trabaja en coordinación con organizaciones religiosas y civiles que administran los albergues, a fin de mejorar las condiciones de higiene, el manejo de alimentos y el abasto de agua potable.

Las brigadas también brindan atención psicológica y orientación sobre salud sexual y reproductiva, y canalizan a los hospitales generales los casos que requieren atención especializada.

La Secretaría exhortó a la población migrante a acudir a los módulos instalados en los albergues ante cualquier síntoma de fiebre, tos o diarrea, y recordó que los servicios son gratuitos sin importar la nacionalidad o la situación migratoria de las personas.

-oOo-

Unidad de Comunicación Social
Secretaría de Salud de Tamaulipas
Tel. 834 318 6300
prensa.salud@tamaulipas.example
""", G("press_release",
       title="Refuerza Salud vigilancia epidemiológica en albergues para migrantes de Reynosa y Matamoros",
       date="2023-07-18", source="Secretaría de Salud de Tamaulipas", bulletin_number="318/2023",
       issuer="Secretaría de Salud de Tamaulipas", dateline_city="Cd. Victoria",
       first="Se aplicaron más de 3 mil dosis de vacunas",
       last="o la situación migratoria de las personas.",
       boilerplate=["GOBIERNO DE TAMAULIPAS", "No. 318/2023", "-oOo-", "Unidad de Comunicación Social",
                    "Tel. 834 318 6300", "prensa.salud@tamaulipas.example"],
       must_keep=["Las brigadas también brindan atención psicológica y orientación sobre salud sexual y reproductiva, y canalizan a los hospitales generales los casos que requieren atención especializada."]),
    enc="utf-8", nl="lf",
    hazards="Government header different from the issuing secretariat; 'No. 318/2023'; city/date line with abbreviated 'Cd.' BEFORE the title; title wrapped over two lines; bold balazos starting with '- '; '-oOo-' then contact block repeating the issuer.")

# ======================================================================
# n22 -- jekyll: Bitácora Peninsular (Mérida, Yucatán)
# ======================================================================
add("n22-alcoholimetro.md", """---
layout: post
title: "Operativo de fin de año en Mérida suma 37 detenidos por manejar ebrios antes de la medianoche"
date: 2021-12-31T23:10:00-06:00
category: Seguridad
tags: [Portada, Mérida, alcoholímetro]
autores:
  - Gabriel Pech
  - Sandra Uc Chablé
site_name: Bitácora Peninsular
published: false
---

El operativo de fin de año que mantiene la policía estatal en Mérida sumaba hasta las 22:00 horas de este viernes 37 personas detenidas por conducir en estado de ebriedad, informó la Secretaría de Seguridad Pública de Yucatán.

Los puntos de revisión con alcoholímetro se instalaron en el Periférico, la avenida Itzáes, el Paseo de Montejo y las principales salidas hacia la costa, donde cada año se concentra el tránsito de familias que celebran en Progreso y Chelem.

Los conductores detenidos fueron trasladados al ministerio público y sus vehículos enviados al corralón. Las sanciones incluyen multas de hasta 30 mil pesos y arresto administrativo de hasta 36 horas, además de la suspensión de la licencia.

La corporación recordó que el operativo se mantendrá hasta el mediodía del 1 de enero y pidió a quienes consuman bebidas alcohólicas designar a un conductor o utilizar taxis y plataformas de transporte.

En lo que va de la noche no se han reportado accidentes graves en la ciudad, aunque paramédicos atendieron a dos motociclistas con lesiones leves en la colonia García Ginerés.
""", G("jekyll",
       title="Operativo de fin de año en Mérida suma 37 detenidos por manejar ebrios antes de la medianoche",
       date="2021-12-31", published=False, bylines=["Gabriel Pech", "Sandra Uc Chablé"],
       source="Bitácora Peninsular", section="Seguridad", placement=["Portada"],
       first="El operativo de fin de año que mantiene",
       last="con lesiones leves en la colonia García Ginerés.",
       must_keep=["Los conductores detenidos fueron trasladados al ministerio público y sus vehículos enviados al corralón."]),
    enc="utf-8-sig", nl="lf",
    hazards="UTF-8 BOM before the front matter; timestamp with -06:00 offset whose UTC date is the next day AND next year; singular 'category'; placement flag 'Portada' inside tags; two authors under Spanish 'autores' block list; outlet under 'site_name'; published: false; prose mentions '1 de enero' (does not count).")

# ======================================================================
# n23 -- bad: binary junk
# ======================================================================
_rng = random.Random(2023)
_junk = bytes([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) + bytes(_rng.randrange(256) for _ in range(1400))
_junk = _junk[:300] + b"\x00" * 40 + _junk[300:]
add_raw("n23-respaldo.text", _junk,
        G("bad", refusal_reason="El archivo contiene datos binarios ilegibles y no es un texto que pueda importarse."),
        hazards="Binary bytes (ZIP-like signature, random bytes, a run of NULs) behind a text extension.")

# ======================================================================
# n24 -- wire: Agencia Informativa del Bajío (León, Guanajuato)
# ======================================================================
add("n24-calzado.md", """Sección: Economía

# Fabricantes de calzado de León recortan turnos por caída en pedidos de Estados Unidos

AIB / Redacción

León, Gto., 22 de noviembre de 2022 (AIB).- Al menos 35 fábricas de calzado de León redujeron sus jornadas de seis a cuatro días por semana debido a la caída en los pedidos de clientes de Estados Unidos, informaron representantes de la industria.

La cámara local del sector estimó que las exportaciones de calzado disminuyeron cerca de 18<NBSP>por ciento entre julio y octubre, en comparación con el mismo periodo del año anterior, por la acumulación de inventarios en las tiendas estadounidenses.

Los recortes afectan sobre todo a talleres medianos que fabrican botas de trabajo y calzado de vestir para hombre, y que dependen de dos o tres compradores extranjeros para colocar la mayor parte de su producción.

LEE: Guanajuato, segundo lugar nacional en generación de empleo formal

Trabajadores de la zona de El Coecillo señalaron que la reducción de turnos implica una pérdida de hasta una tercera parte de su salario semanal, pues buena parte del pago se calcula por destajo.

Empresarios del ramo pidieron a los gobiernos estatal y federal agilizar la devolución del IVA y abrir líneas de crédito para capital de trabajo, mientras buscan nuevos mercados en Canadá y Centroamérica para compensar la baja.

Con información de Verónica Ledesma<TS>

Recibe el resumen económico del Bajío cada lunes: suscríbete en aib.example/newsletter

© Agencia Informativa del Bajío. Prohibida su reproducción total o parcial sin autorización.
""", G("wire",
       title="Fabricantes de calzado de León recortan turnos por caída en pedidos de Estados Unidos",
       date="2022-11-22", bylines=[], source="Agencia Informativa del Bajío", section="Economía",
       first="Al menos 35 fábricas de calzado de León",
       last="en Canadá y Centroamérica para compensar la baja.",
       boilerplate=["LEE: Guanajuato, segundo lugar nacional en generación de empleo formal",
                    "Con información de Verónica Ledesma",
                    "Recibe el resumen económico del Bajío cada lunes",
                    "aib.example/newsletter",
                    "Prohibida su reproducción total o parcial sin autorización."],
       must_keep=["Los recortes afectan sobre todo a talleres medianos que fabrican botas de trabajo y calzado de vestir para hombre, y que dependen de dos o tres compradores extranjeros para colocar la mayor parte de su producción."]),
    enc="utf-8", nl="lf",
    hazards="Explicit 'Sección:' line above the title; '#' title; 'AIB / Redacción' byline (acronym, no person); wire dateline with agency tag '(AIB).-' opening the first paragraph (not body); bare 'LEE:' teaser; NBSP; full outlet name only in the copyright footer.")

# ======================================================================
# n25 -- press release: Oficina de Representación de Programas para el Bienestar en Chiapas
# ======================================================================
add("n25-pensiones.txt", """COMUNICADO
Núm. 045

Tuxtla Gutiérrez, Chiapas, a 21 de enero de 2022

Inicia pago de pensiones para adultos mayores en 52 municipios de la Sierra y la Frailesca

La Oficina de Representación de Programas para el Bienestar en Chiapas inició este viernes el pago bimestral de la pensión para personas adultas mayores en 52 municipios de las regiones Sierra Mariscal y Frailesca, donde se atenderá a más de 96 mil derechohabientes.

El representante estatal, licenciado Joel Aguilar Maza, explicó que los pagos se realizarán en 140 sedes instaladas en escuelas, casas ejidales y auditorios municipales, de acuerdo con un calendario organizado por la letra inicial del primer apellido.

Las personas beneficiarias deberán presentar una identificación oficial vigente y su comprobante de registro. Quienes no puedan acudir por motivos de salud podrán designar a un auxiliar previamente registrado ante la dependencia.

Aguilar Maza recordó que ningún servidor público está autorizado para cobrar cuotas, pedir credenciales de elector a cambio del apoyo o condicionar la entrega a la asistencia a eventos políticos, y pidió denunciar cualquier irregularidad.

Los operativos de pago contarán con el acompañamiento de elementos de la Guardia Nacional y personal de Protección Civil, y se prevé que concluyan el 4 de febrero.

FIN

Coordinación de Comunicación Social
Tel. 961 612 4590
comunicacion.chiapas@bienestar.example
""", G("press_release",
       title="Inicia pago de pensiones para adultos mayores en 52 municipios de la Sierra y la Frailesca",
       date="2022-01-21", source="Oficina de Representación de Programas para el Bienestar en Chiapas",
       bulletin_number="045",
       issuer="Oficina de Representación de Programas para el Bienestar en Chiapas",
       dateline_city="Tuxtla Gutiérrez",
       first="La Oficina de Representación de Programas para el Bienestar",
       last="y se prevé que concluyan el 4 de febrero.",
       boilerplate=["Núm. 045", "FIN", "Coordinación de Comunicación Social",
                    "Tel. 961 612 4590", "comunicacion.chiapas@bienestar.example"],
       must_keep=["Las personas beneficiarias deberán presentar una identificación oficial vigente y su comprobante de registro."]),
    enc="cp1252", nl="lf",
    hazards="Windows-1252; bare 'COMUNICADO' and 'Núm. 045' header; no issuer header at all (issuer only in the first sentence); city/date line with 'a' before the title; bare 'FIN' end marker; body mentions another date (4 de febrero) that does not count.")

# ======================================================================
# n26 -- jekyll: El Observador de Tlaxcala
# ======================================================================
add("n26-alfombras.md", """---
layout: post
title: >-
  Huamantla pospone su feria por la pandemia
  y prepara alfombras virtuales
fecha: 2020-07-08
fuente: El Observador de Tlaxcala
author: Rubén Sánchez Xochitiotzi
categories: Cultura
tags:
  - Destacadas
  - Huamantla
status: publish
---
El ayuntamiento de Huamantla anunció que la tradicional feria de agosto no se realizará de manera presencial este año debido a la emergencia sanitaria, aunque la noche en que se elaboran las alfombras de aserrín se transmitirá en línea.<TS>

Los artesanos que cada año cubren casi siete kilómetros de calles con alfombras y tapetes de flores trabajarán esta vez en sus propios patios, en grupos pequeños y con medidas de sana distancia, para que las imágenes se difundan por internet.

Maestros tapeteros consultados por este medio lamentaron la decisión, pero reconocieron que reunir a miles de visitantes en las calles sería un riesgo. Algunos preparan diseños dedicados al personal médico que atiende la pandemia.

La transmisión comenzará a las 21:00 horas del 14 de agosto y durará toda la noche, con enlaces en vivo desde distintos barrios y entrevistas con familias que han conservado la tradición por varias generaciones.<TS>

Las autoridades municipales pidieron a la población no salir a las calles esa noche y seguir la celebración desde casa.
""", G("jekyll",
       title="Huamantla pospone su feria por la pandemia y prepara alfombras virtuales",
       date="2020-07-08", published=True, bylines=["Rubén Sánchez Xochitiotzi"],
       source="El Observador de Tlaxcala", section="Cultura", placement=["Destacadas"],
       first="El ayuntamiento de Huamantla anunció que la tradicional feria",
       last="y seguir la celebración desde casa.",
       must_keep=["Algunos preparan diseños dedicados al personal médico que atiende la pandemia."]),
    enc="utf-8", nl="lf",
    hazards="Folded YAML block title ('>-') over two lines; date under Spanish 'fecha'; outlet under 'fuente'; scalar 'categories: Cultura'; placement 'Destacadas' in block tags; 'status: publish' and no published key -> true; trailing spaces in the body.")

# ======================================================================
# n27 -- generic note, heading wrapped over two lines (Tapachula, Chiapas)
# ======================================================================
add("n27-variedades.md", """## Recuerdos del cine Variedades,
## la sala que marcó a Tapachula

Durante casi cuatro décadas, el cine Variedades fue el lugar donde varias generaciones de Tapachula vieron por primera vez una película en pantalla grande. Hoy el edificio está cerrado, pero la marquesina todavía conserva algunas letras.

Quienes lo frecuentaron recuerdan las funciones dobles de los domingos, los cacahuates que se vendían en la entrada y el ventilador que apenas alcanzaba a refrescar la sala en las tardes de mayo.

Don Arnulfo Coutiño, que trabajó como proyeccionista desde 1968, guarda todavía un carrete de película y un cuaderno donde anotaba los títulos que se exhibían cada semana. Dice que las cintas de luchadores eran las que más llenaban la sala.

El cierre llegó a mediados de los noventa, cuando los complejos de varias salas se instalaron en las plazas comerciales y la gente dejó de ir al centro por las noches.

Un grupo de vecinos y estudiantes de arquitectura propone ahora rescatar el inmueble para convertirlo en cineclub y centro cultural, aunque el proyecto depende de que los propietarios acepten venderlo o rentarlo al municipio.
""", G("generic",
       title="Recuerdos del cine Variedades, la sala que marcó a Tapachula",
       date=None, first="Durante casi cuatro décadas, el cine Variedades",
       last="acepten venderlo o rentarlo al municipio.",
       must_keep=["Dice que las cintas de luchadores eran las que más llenaban la sala."]),
    enc="cp1252", nl="lf",
    hazards="Windows-1252; '##' title split over two '##' lines (joined with one space, markers dropped); no date; a year in prose (1968) that does not count.")

# ======================================================================
# n28 -- wire: Tribuna del Golfo (Coatzacoalcos, Veracruz)
# ======================================================================
add("n28-tambos.md", """## Vecinos de Coatzacoalcos bloquean avenida por falta de agua durante cinco días

Tribuna del Golfo / Redacción
Coatzacoalcos, Ver. | domingo 11 de febrero de 2024 | 08:15 h

Descarga la app de Tribuna del Golfo y activa las notificaciones 🔔

Habitantes de las colonias Puerto México, Benito Juárez Norte y Lomas de Barrillas bloquearon durante cuatro horas la avenida Universidad para exigir el restablecimiento del servicio de agua potable, suspendido desde el martes pasado.

Foto: Cortesía de vecinos

Los inconformes colocaron tambos vacíos y cubetas sobre el arroyo vehicular, lo que provocó largas filas de automóviles y obligó a desviar el transporte público hacia calles aledañas durante la mañana del sábado.

📌 Lee más: Comerciantes del mercado Morelos reportan baja en ventas

Rosario Hernández Cruz, vecina de Puerto México, contó que las familias han tenido que comprar garrafones y pagar hasta 600 pesos por una pipa para bañarse y lavar ropa, un gasto que muchas no pueden cubrir.

Personal de la Comisión Municipal de Agua acudió al sitio y explicó que la falla se debe a la ruptura de una línea de conducción de 24 pulgadas, cuya reparación requirió excavar bajo una calle de concreto hidráulico.

Tras un acuerdo con los funcionarios, los manifestantes liberaron la circulación alrededor del mediodía. El organismo se comprometió a enviar pipas gratuitas a las colonias afectadas y a restablecer el suministro a más tardar el lunes.

Con información de Tribuna Radio 97.3

Síguenos en WhatsApp: whatsapp.example/tribunadelgolfo
""", G("wire",
       title="Vecinos de Coatzacoalcos bloquean avenida por falta de agua durante cinco días",
       date="2024-02-11", bylines=[], source="Tribuna del Golfo",
       first="Habitantes de las colonias Puerto México, Benito Juárez Norte",
       last="restablecer el suministro a más tardar el lunes.",
       boilerplate=["Descarga la app de Tribuna del Golfo y activa las notificaciones",
                    "Lee más: Comerciantes del mercado Morelos reportan baja en ventas",
                    "Con información de Tribuna Radio 97.3",
                    "Síguenos en WhatsApp: whatsapp.example/tribunadelgolfo"],
       must_keep=["Tras un acuerdo con los funcionarios, los manifestantes liberaron la circulación alrededor del mediodía."],
       photo_credit="Cortesía de vecinos"),
    enc="utf-8", nl="mixed",
    hazards="MIXED line endings (CRLF and LF blocks); 'Outlet / Redacción' byline; pipe date line with weekday and hour; app pitch with emoji before the body; emoji-prefixed 'Lee más:' teaser; 'Con información de' a radio station; WhatsApp channel pitch.")

# ======================================================================
# n29 -- press release: Tribunal Superior de Justicia del Estado de Baja California Sur
# ======================================================================
add("n29-juzgado.md", """PODER JUDICIAL DEL ESTADO DE BAJA CALIFORNIA SUR
Tribunal Superior de Justicia
Comunicado Núm. 27/2024

Abren en Los Cabos primer juzgado especializado en violencia familiar del sur del estado

La Paz, B.C.S., a 4 de julio de 2024.- El Tribunal Superior de Justicia del Estado de Baja California Sur puso en marcha en San José del Cabo el primer juzgado especializado en violencia familiar de la zona sur de la entidad, que atenderá asuntos de los municipios de Los Cabos y La Paz.<TS>

La magistrada presidenta, Leticia Amador Geraldo, explicó que el nuevo órgano jurisdiccional contará con una jueza, dos secretarios de acuerdos y un equipo de psicología y trabajo social que acompañará a las víctimas durante todo el proceso.

Hasta ahora, las denuncias por violencia familiar se tramitaban en juzgados familiares mixtos que también resolvían divorcios, pensiones alimenticias y custodias, lo que generaba retrasos de varios meses en el dictado de medidas de protección.

Con el juzgado especializado, las órdenes de protección urgentes deberán resolverse en un plazo máximo de 24<NBSP>horas, y las audiencias podrán realizarse por videoconferencia cuando la víctima lo solicite.

La magistrada informó que el Poder Judicial capacitó durante seis meses al personal adscrito y que el juzgado operará con horario extendido de lunes a sábado, además de guardias los domingos para casos urgentes.

---000---

Unidad de Comunicación Social del Poder Judicial
comunicacion@tsjbcs.example | Facebook: /PoderJudicialBCS
""", G("press_release",
       title="Abren en Los Cabos primer juzgado especializado en violencia familiar del sur del estado",
       date="2024-07-04",
       source="Tribunal Superior de Justicia del Estado de Baja California Sur",
       bulletin_number="27/2024",
       issuer="Tribunal Superior de Justicia del Estado de Baja California Sur",
       dateline_city="La Paz",
       first="El Tribunal Superior de Justicia del Estado de Baja California Sur",
       last="además de guardias los domingos para casos urgentes.",
       boilerplate=["PODER JUDICIAL DEL ESTADO DE BAJA CALIFORNIA SUR", "Comunicado Núm. 27/2024",
                    "---000---", "Unidad de Comunicación Social del Poder Judicial",
                    "comunicacion@tsjbcs.example", "Facebook: /PoderJudicialBCS"],
       must_keep=["Hasta ahora, las denuncias por violencia familiar se tramitaban en juzgados familiares mixtos que también resolvían divorcios, pensiones alimenticias y custodias, lo que generaba retrasos de varios meses en el dictado de medidas de protección."]),
    enc="utf-8", nl="lf",
    hazards="Branch header (Poder Judicial) differs from the issuing court; short issuer line without the state; 'Comunicado Núm. 27/2024' (two words stripped); dateline city (La Paz) differs from the place of the story (San José del Cabo); NBSP; '---000---' (zeros) then contact block.")

# ======================================================================
# n30 -- jekyll: El Cenzontle Digital (Cuernavaca, Morelos)
# ======================================================================
add("n30-comercio.md", """---
layout: post
title: "Cabildo de Cuernavaca aprueba reordenamiento del comercio en el centro"
date: 2024-01-15 07:00:00
author: Perla Ocampo Bahena
outlet: El Cenzontle Digital
categories: "Política, Destacadas"
status: draft
---

El Cabildo de Cuernavaca aprobó por mayoría un plan de reordenamiento del comercio en vía pública que reducirá de 480 a 300 el número de puestos permitidos en el primer cuadro de la ciudad a partir de marzo.

El proyecto contempla reubicar a los comerciantes restantes en dos plazas cercanas al mercado Adolfo López Mateos, donde el ayuntamiento construirá módulos techados con servicios de agua, luz y sanitarios.

Representantes de las organizaciones de comerciantes advirtieron que no aceptarán el traslado mientras no se les garantice el mismo flujo de clientes y acusaron que el padrón utilizado para asignar los lugares está desactualizado.

La regidora de Desarrollo Económico, Itzel Salgado Román, respondió que el padrón se revisará durante febrero con la participación de los propios comerciantes y que nadie será retirado sin una alternativa de venta.

Vecinos del centro histórico, por su parte, celebraron la medida porque, dicen, las banquetas de calles como Guerrero y Galeana se encuentran prácticamente bloqueadas durante los fines de semana.

El acuerdo se publicará en la gaceta municipal y la primera etapa de la reubicación comenzará en el jardín Juárez.
""", G("jekyll",
       title="Cabildo de Cuernavaca aprueba reordenamiento del comercio en el centro",
       date="2024-01-15", published=False, bylines=["Perla Ocampo Bahena"],
       source="El Cenzontle Digital", section="Política", placement=["Destacadas"],
       first="El Cabildo de Cuernavaca aprobó por mayoría un plan",
       last="primera etapa de la reubicación comenzará en el jardín Juárez.",
       must_keep=["El proyecto contempla reubicar a los comerciantes restantes en dos plazas cercanas al mercado Adolfo López Mateos, donde el ayuntamiento construirá módulos techados con servicios de agua, luz y sanitarios."]),
    enc="cp1252", nl="lf",
    hazards="Windows-1252 front matter; naive timestamp; outlet under 'outlet'; comma-separated categories string mixing section and placement; status: draft -> false.")

# === END OF FILES ===


def main():
    out = os.path.join(HERE)
    for name, data, gold, meta in FILES:
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(data)
        stem = name.rsplit(".", 1)[0]
        ordered = {k: gold[k] for k in KEYS}
        with open(os.path.join(out, stem + ".gold.yaml"), "w", encoding="utf-8") as fh:
            yaml.safe_dump(ordered, fh, sort_keys=False, allow_unicode=True, width=1000)
    print("wrote %d files" % len(FILES))


if __name__ == "__main__":
    main()
