from common import emit, gold

NB = "\u00a0"

# 11 — Jekyll, Baja California, naive datetime, block categories with Portada, CRLF
t11 = """---
layout: post
title: "Tijuana abre 600 lugares en albergues ante llegada de frente frío"
date: 2025-02-14 09:30:00
author: "Karla Meléndez Soto"
categories:
  - Portada
  - Frontera
tags:
  - albergues
  - clima
image:
  path: /uploads/2025/02/albergue-tijuana.jpg
  alt: Albergue temporal en la Zona Norte
site_title: Puerta Norte Noticias
featured: true
---

El Gobierno de Tijuana habilitó 600 lugares en cuatro albergues temporales ante la llegada del frente frío número 29, que podría llevar la temperatura hasta 2 grados en la zona este de la ciudad.  

Protección Civil municipal pidió no encender anafres ni braseros dentro de viviendas cerradas, la principal causa de intoxicaciones por monóxido de carbono en temporada invernal.

Los albergues ubicados en Sánchez Taboada, Otay, la Zona Norte y Playas de Tijuana recibirán a personas en situación de calle y a familias migrantes.

El servicio incluye cena caliente, cobijas y atención médica básica hasta el 28 de febrero.
"""
emit("aj11", "md", t11, gold(
    family="jekyll",
    title="Tijuana abre 600 lugares en albergues ante llegada de frente frío",
    date="2025-02-14", bylines=["Karla Meléndez Soto"], source="Puerta Norte Noticias",
    section="Frontera", placement=["Portada"],
    body_first_words="El Gobierno de Tijuana habilitó 600 lugares en cuatro albergues temporales",
    body_last_words="cobijas y atención médica básica hasta el 28 de febrero.",
    must_keep=["Protección Civil municipal pidió no encender anafres ni braseros dentro de viviendas cerradas, la principal causa de intoxicaciones por monóxido de carbono en temporada invernal.",
               'Los albergues ubicados en Sánchez Taboada, Otay, la Zona Norte y Playas de Tijuana recibirán a personas en situación de calle y a familias migrantes.']),
    eol="crlf")

# 12 — wire, Veracruz, plain first-line title, Redacción, WhatsApp pitch mid-article, "Con información de", BOM
t12 = """Rescatan a 17 tortugas varadas en playas de Boca del Río
Redacción Golfo Diario
Boca del Río, Ver., 11 de enero de 2026

Personal de la Procuraduría Federal de Protección al Ambiente y voluntarios rescataron 17 tortugas verdes que quedaron varadas por el norte en playas de Boca del Río y Antón Lizardo.

Los ejemplares presentaban hipotermia y fueron trasladados a un centro de rehabilitación en el Acuario de Veracruz, donde permanecerán al menos dos semanas.

📲 Únete a nuestro canal de WhatsApp y recibe las noticias más importantes de Veracruz.

La bióloga Itzel Cházaro Lagunes explicó que el descenso de la temperatura del agua por debajo de 10 grados paraliza a las tortugas y las deja a merced del oleaje.

Las autoridades pidieron a quienes encuentren un ejemplar no devolverlo al mar y reportarlo al 911.

Con información de Golfo Diario y Profepa.
"""
emit("aj12", "md", t12, gold(
    family="wire",
    title="Rescatan a 17 tortugas varadas en playas de Boca del Río",
    date="2026-01-11", bylines=[], source="Golfo Diario",
    body_first_words="Personal de la Procuraduría Federal de Protección al Ambiente y voluntarios rescataron 17 tortugas verdes",
    body_last_words="no devolverlo al mar y reportarlo al 911.",
    boilerplate=["Únete a nuestro canal de WhatsApp y recibe las noticias más importantes de Veracruz.",
                 "Con información de Golfo Diario y Profepa."],
    must_keep=["Los ejemplares presentaban hipotermia y fueron trasladados a un centro de rehabilitación en el Acuario de Veracruz, donde permanecerán al menos dos semanas.",
               "La bióloga Itzel Cházaro Lagunes explicó que el descenso de la temperatura del agua por debajo de 10 grados paraliza a las tortugas y las deja a merced del oleaje."]),
    bom=True)

# 13 — press release, Guanajuato state congress, "Comunicado No. 2087", dateline with "a", ### end, social handles
t13 = """H. CONGRESO DEL ESTADO DE GUANAJUATO
LXV Legislatura
Coordinación de Comunicación Social

Comunicado No. 2087

Guanajuato, Gto., a 25 de noviembre de 2021

Aprueban reforma para sancionar el maltrato animal en espectáculos públicos

El Pleno del Congreso del Estado aprobó por 31 votos a favor y cuatro en contra la reforma al Código Penal que castiga con hasta tres años de prisión el maltrato animal en espectáculos públicos.

La diputada promovente, Rocío Arredondo Villalpando, señaló que la reforma responde a más de 4 mil denuncias ciudadanas recibidas desde 2019.

El dictamen será enviado al Ejecutivo para su publicación en el Periódico Oficial del Gobierno del Estado.

###

Síguenos: @CongresoGtoEj | facebook.com/CongresoGtoEj
comunicacion@congresogto-ejemplo.gob.mx
"""
emit("aj13", "md", t13, gold(
    family="press_release",
    title="Aprueban reforma para sancionar el maltrato animal en espectáculos públicos",
    date="2021-11-25", source="H. CONGRESO DEL ESTADO DE GUANAJUATO",
    bulletin_number="2087", issuer="H. CONGRESO DEL ESTADO DE GUANAJUATO", dateline_city="Guanajuato",
    body_first_words="El Pleno del Congreso del Estado aprobó por 31 votos a favor",
    body_last_words="para su publicación en el Periódico Oficial del Gobierno del Estado.",
    boilerplate=["Síguenos: @CongresoGtoEj | facebook.com/CongresoGtoEj",
                 "comunicacion@congresogto-ejemplo.gob.mx"],
    must_keep=["La diputada promovente, Rocío Arredondo Villalpando, señaló que la reforma responde a más de 4 mil denuncias ciudadanas recibidas desde 2019.",
               'El dictamen será enviado al Ejecutivo para su publicación en el Periódico Oficial del Gobierno del Estado.']))

# 14 — generic, Tamaulipas, community-radio script saved as plain text, cp1252, title line + body
t14 = """Cápsula: la pesca de camarón en la Laguna Madre abre con buenas expectativas

Los pescadores ribereños de San Fernando y Matamoros iniciaron la temporada de captura de camarón en la Laguna Madre con redes revisadas y la esperanza de superar las 3 mil toneladas del año anterior.

Las cooperativas calculan que cada lancha podrá sacar entre 40 y 60 kilos diarios durante las primeras semanas, cuando el producto tiene mejor talla.

Don Eleuterio Garza, con treinta años en el oficio, dice que el secreto está en respetar la veda: “Si la laguna descansa, la laguna paga”.

El precio de playa arrancó en 180 pesos por kilo de camarón café.
"""
emit("aj14", "txt", t14, gold(
    family="generic",
    title="Cápsula: la pesca de camarón en la Laguna Madre abre con buenas expectativas",
    body_first_words="Los pescadores ribereños de San Fernando y Matamoros iniciaron la temporada",
    body_last_words="arrancó en 180 pesos por kilo de camarón café.",
    must_keep=["Las cooperativas calculan que cada lancha podrá sacar entre 40 y 60 kilos diarios durante las primeras semanas, cuando el producto tiene mejor talla.",
               'El precio de playa arrancó en 180 pesos por kilo de camarón café.']),
    enc="cp1252")

# 15 — Jekyll, Puebla, day-first date string, flow tags, draft: true, single category key
t15 = """---
title: Cholula prepara la Noche de Museos con aforo limitado en la Gran Pirámide
date: 23/04/2024
author: Ximena Bretón Aguilar
category: Turismo
tags: [Cholula, turismo, INAH]
draft: true
thumbnail: /images/cholula-equinoccio.webp
---

El Instituto Nacional de Antropología e Historia limitará a 5 mil personas el acceso a la zona arqueológica de Cholula durante las actividades del próximo fin de semana.

La medida busca proteger los túneles y las escalinatas de la Gran Pirámide, que sufrieron desgaste tras la visita de más de 20 mil personas el año pasado.

Los boletos se entregarán en taquilla a partir de las 8:00 y no habrá venta anticipada.
"""
emit("aj15", "md", t15, gold(
    family="jekyll",
    title="Cholula prepara la Noche de Museos con aforo limitado en la Gran Pirámide",
    date="2024-04-23", published=False, bylines=["Ximena Bretón Aguilar"], source=None,
    section="Turismo",
    body_first_words="El Instituto Nacional de Antropología e Historia limitará a 5 mil personas",
    body_last_words="a partir de las 8:00 y no habrá venta anticipada.",
    must_keep=["La medida busca proteger los túneles y las escalinatas de la Gran Pirámide, que sufrieron desgaste tras la visita de más de 20 mil personas el año pasado.",
               'Los boletos se entregarán en taquilla a partir de las 8:00 y no habrá venta anticipada.']))

# 16 — wire, Michoacán, Staff byline, teaser glued at the start of a paragraph, "Foto: Especial"
t16 = """# Aguacateros de Uruapan denuncian cobro de cuotas en huertas

**Staff / Tierra Caliente Noticias**  
Uruapan, Michoacán · 4 de julio de 2022

*Foto: Especial*

Productores de aguacate de la región de Uruapan denunciaron ante la Fiscalía estatal que grupos armados les exigen una cuota de tres pesos por kilo cosechado.

Lee también: Exportaciones de aguacate a EU rompen récord en el primer semestre Según los quejosos, el cobro se realiza en los empaques y en los retenes instalados en caminos de terracería.

La Asociación de Productores y Empacadores pidió a la Guardia Nacional reforzar la vigilancia en las rutas de traslado hacia las empacadoras.

La Fiscalía informó que abrió cinco carpetas de investigación por extorsión en lo que va del año.
"""
emit("aj16", "markdown", t16, gold(
    family="wire",
    title="Aguacateros de Uruapan denuncian cobro de cuotas en huertas",
    date="2022-07-04", bylines=[], source="Tierra Caliente Noticias",
    body_first_words="Productores de aguacate de la región de Uruapan denunciaron ante la Fiscalía estatal",
    body_last_words="cinco carpetas de investigación por extorsión en lo que va del año.",
    boilerplate=["Lee también: Exportaciones de aguacate a EU rompen récord en el primer semestre"],
    must_keep=["Según los quejosos, el cobro se realiza en los empaques y en los retenes instalados en caminos de terracería.",
               "La Asociación de Productores y Empacadores pidió a la Guardia Nacional reforzar la vigilancia en las rutas de traslado hacia las empacadoras."],
    photo_credit="Especial"))

# 17 — press release, Campeche state government, no bulletin number, dateline opening paragraph, oo0oo
t17 = """GOBIERNO DE CAMPECHE
Secretaría de Turismo

CAMPECHE RECIBE A MÁS DE 40 MIL VISITANTES EN VACACIONES DE VERANO

San Francisco de Campeche, Campeche, 21 de agosto de 2023.- La Secretaría de Turismo estatal informó que durante el periodo vacacional de verano llegaron a Campeche más de 40 mil visitantes, con una ocupación hotelera promedio de 68 por ciento.

El circuito de zonas arqueológicas de Edzná y Calakmul registró un incremento de 22 por ciento en visitas respecto de 2022.

La dependencia atribuyó el resultado a la nueva ruta aérea con Monterrey y a la promoción del Tren Maya.

oo0oo
"""
emit("aj17", "txt", t17, gold(
    family="press_release",
    title="CAMPECHE RECIBE A MÁS DE 40 MIL VISITANTES EN VACACIONES DE VERANO",
    date="2023-08-21", source="GOBIERNO DE CAMPECHE",
    bulletin_number=None, issuer="GOBIERNO DE CAMPECHE", dateline_city="San Francisco de Campeche",
    body_first_words="La Secretaría de Turismo estatal informó que durante el periodo vacacional de verano",
    body_last_words="a la promoción del Tren Maya.",
    must_keep=["El circuito de zonas arqueológicas de Edzná y Calakmul registró un incremento de 22 por ciento en visitas respecto de 2022.",
               'La dependencia atribuyó el resultado a la nueva ruta aérea con Monterrey y a la promoción del Tren Maya.']))

# 18 — bad: a saved HTML page (Zacatecas outlet), stored as .txt
t18 = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Zacatecas registra heladas de -8 grados | El Sol de la Bufa</title>
<link rel="stylesheet" href="/static/css/main.8f3a.css">
<script async src="/static/js/ads.js"></script>
</head>
<body class="article">
<nav><ul><li><a href="/">Inicio</a></li><li><a href="/estado">Estado</a></li></ul></nav>
<article>
<h1>Zacatecas registra heladas de -8 grados en Sombrerete</h1>
<p class="byline">Por Anselmo Trejo | 12 de diciembre de 2024</p>
<p>La Coordinación Estatal de Protección Civil reportó temperaturas de hasta ocho grados bajo cero en la sierra de Sombrerete.</p>
<p>Se abrieron 35 refugios temporales en 12 municipios.</p>
</article>
<footer>&copy; 2024 El Sol de la Bufa. Todos los derechos reservados.</footer>
</body>
</html>
"""
emit("aj18", "txt", t18, gold(
    readable=False, family="bad", published=None,
    refusal_reason="saved HTML page, not an article file"))

# 19 — wire, Coahuila, "Name / Outlet" byline, Relacionado glued mid-paragraph, Síguenos + contact e-mail, NBSP
t19 = """Torreón invertirá 90 millones en el colector pluvial de la Nazas

Leonel Ibarra Zertuche / Noticias de La Laguna
Torreón, Coahuila, 30 de mayo de 2023

Foto: Noticias de La Laguna

El Ayuntamiento de Torreón anunció la construcción de un colector pluvial de 2.6{NB}kilómetros en la colonia Nazas, una de las zonas que cada verano se inundan con lluvias de apenas 30 milímetros.

El director de Obras Públicas explicó que la obra se licitará en junio y tardará ocho meses. Relacionado: Lluvias dejan 40 viviendas dañadas en Gómez Palacio Mientras tanto, el municipio colocará bombas de achique en los cruces más afectados.

Vecinos pidieron que los trabajos se hagan por etapas para no cerrar al mismo tiempo el bulevar Revolución y la calzada Colón.

Síguenos en X e Instagram: @NoticiasLagunaEj
¿Tienes una denuncia? Escríbenos a denuncias@noticiaslaguna-ejemplo.mx
""".replace("{NB}", NB)
emit("aj19", "md", t19, gold(
    family="wire",
    title="Torreón invertirá 90 millones en el colector pluvial de la Nazas",
    date="2023-05-30", bylines=["Leonel Ibarra Zertuche"], source="Noticias de La Laguna",
    body_first_words="El Ayuntamiento de Torreón anunció la construcción de un colector pluvial de 2.6 kilómetros",
    body_last_words="el bulevar Revolución y la calzada Colón.",
    boilerplate=["Relacionado: Lluvias dejan 40 viviendas dañadas en Gómez Palacio",
                 "Síguenos en X e Instagram: @NoticiasLagunaEj",
                 "¿Tienes una denuncia? Escríbenos a denuncias@noticiaslaguna-ejemplo.mx"],
    must_keep=["El director de Obras Públicas explicó que la obra se licitará en junio y tardará ocho meses.",
               "Mientras tanto, el municipio colocará bombas de achique en los cruces más afectados."],
    photo_credit="Noticias de La Laguna"))

# 20 — Jekyll, Hidalgo, quoted date string, flow categories with Destacadas, two authors
t20 = """---
layout: article
title: "Pachuca aprueba presupuesto participativo para 2023"
date: "2022-08-09"
authors:
  - Salvador Olvera Islas
  - Miriam Cervantes Ángeles
categories: [Destacadas, Política]
tags: [Pachuca, cabildo, presupuesto]
published: true
source_name: "Altiplano Hidalguense"
---

El cabildo de Pachuca aprobó por unanimidad destinar 45 millones de pesos al presupuesto participativo de 2023, que será asignado por votación vecinal en 60 colonias.

Cada colonia podrá proponer obras de alumbrado, banquetas, áreas verdes o seguridad, con un tope de 750 mil pesos por proyecto.

La consulta se realizará en noviembre con urnas electrónicas instaladas en escuelas y centros comunitarios.
"""
emit("aj20", "md", t20, gold(
    family="jekyll",
    title="Pachuca aprueba presupuesto participativo para 2023",
    date="2022-08-09", bylines=["Salvador Olvera Islas", "Miriam Cervantes Ángeles"],
    source="Altiplano Hidalguense", section="Política", placement=["Destacadas"],
    body_first_words="El cabildo de Pachuca aprobó por unanimidad destinar 45 millones de pesos",
    body_last_words="instaladas en escuelas y centros comunitarios.",
    must_keep=["Cada colonia podrá proponer obras de alumbrado, banquetas, áreas verdes o seguridad, con un tope de 750 mil pesos por proyecto.",
               'La consulta se realizará en noviembre con urnas electrónicas instaladas en escuelas y centros comunitarios.']))
