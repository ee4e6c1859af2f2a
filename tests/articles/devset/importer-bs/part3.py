#!/usr/bin/env python3
"""importer-bs, files 21-30 (jekyll 21-23, generic 24-27, bad 28-30)."""
import textwrap
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- bs21 jekyll (Tseltal/Spanish community site, Chis.)
bs21 = """---
layout: nota
titulo: "Tenejapa defiende su manantial frente a una embotelladora"
titulo_tseltal: "Ya skoltayik sjol ja' te ants winiketik ta Tenejapa"
fecha: 23/06/2014
autor: Pascuala López Girón
traductor: Mateo Gómez Sántiz
categorias: [Territorio]
etiquetas: [agua, Tenejapa, tseltales]
sitio: Jlumaltik Noticias
---

Autoridades tradicionales de once parajes de Tenejapa, en los Altos de Chiapas, acordaron en asamblea no permitir que una empresa embotelladora instale una planta junto al manantial que abastece de agua a más de cuatro mil familias del municipio.

La asamblea se realizó el domingo en la explanada de la presidencia municipal y duró casi siete horas. Participaron hombres y mujeres de todas las edades, muchos de ellos con el traje tradicional de lana negra y los sombreros con listones que distinguen a las autoridades.

Antes de la votación, la anciana Micaela Girón Luna tomó la palabra en tseltal:

> Ja' jkuxlejaltik te ja'e. Ma' xju' ya jchontik.
> (El agua es nuestra vida. No podemos venderla.)

Según los comuneros, representantes de la empresa visitaron varias casas en mayo para ofrecer trabajo y una cuota mensual a cambio del permiso. Nadie firmó, aseguran, porque en los últimos años el manantial ha dado menos agua durante la temporada de secas.

La asamblea nombró a una comisión de doce personas que vigilará el manantial por turnos y que llevará el acta del acuerdo a las autoridades agrarias y a la Comisión Nacional del Agua.

Un integrante de la comisión dijo que no se oponen a que el municipio tenga nuevas fuentes de empleo, pero que el agua "no es mercancía" y pertenece a los parajes desde los tiempos de los abuelos.
"""
write_source('bs21.md', bs21)
write_gold('bs21', family='jekyll',
           title='Tenejapa defiende su manantial frente a una embotelladora',
           date='2014-06-23', bylines=['Pascuala López Girón'], source='Jlumaltik Noticias',
           section='Territorio',
           body_first_words='Autoridades tradicionales de once parajes de Tenejapa',
           body_last_words='desde los tiempos de los abuelos.',
           must_keep=["Ja' jkuxlejaltik te ja'e. Ma' xju' ya jchontik.",
                      '(El agua es nuestra vida. No podemos venderla.)',
                      'Nadie firmó, aseguran, porque en los últimos años el manantial ha dado menos agua durante la temporada de secas.'])

# ---------------------------------------------------------------- bs22 jekyll-family post with TOML front matter (Hugo), Yuc.
bs22 = """+++
title = "Cenotes de Homún: ejidatarios crean su propio reglamento de visitas"
date = 2008-09-14T10:00:00-05:00
draft = false
authors = ["Efraín Poot Canché"]
categories = ["Medio ambiente"]
tags = ["cenotes", "Homún", "turismo"]
+++

Los ejidatarios de Homún, a 50 kilómetros de Mérida, aprobaron en asamblea un reglamento para ordenar las visitas a los cenotes del ejido, que cada fin de semana reciben a cientos de bañistas llegados de la capital del estado.

El reglamento prohíbe el uso de bronceadores y repelentes antes de entrar al agua, limita a 40 el número de personas que pueden nadar al mismo tiempo en cada cenote y obliga a los visitantes a usar chaleco salvavidas. También prohíbe la venta de bebidas alcohólicas junto a las escaleras de acceso.

Los cenotes de Homún forman parte del llamado anillo de cenotes, una franja de pozos naturales que marca el borde del cráter de Chicxulub y que alimenta buena parte del agua subterránea de Yucatán.

Don Fermín Ucán Dzul, que administra con su familia uno de los cenotes más visitados, dijo que muchos turistas llegan con jabones y champú. "Nosotros tomamos de esa agua, no queremos que se eche a perder", explicó.

Los ejidatarios capacitaron a 25 jóvenes de la comunidad como guías y salvavidas, y planean construir baños ecológicos y un estacionamiento a la entrada del pueblo para que los autobuses no lleguen hasta la orilla de los cenotes.

El cobro por persona seguirá siendo de 20 pesos, y los ingresos se repartirán entre las familias que cuidan cada cenote y un fondo común para obras del ejido.
"""
write_source('bs22.md', bs22)
write_gold('bs22', family='jekyll',
           title='Cenotes de Homún: ejidatarios crean su propio reglamento de visitas',
           date='2008-09-14', bylines=['Efraín Poot Canché'], section='Medio ambiente',
           body_first_words='Los ejidatarios de Homún, a 50 kilómetros de Mérida',
           body_last_words='y un fondo común para obras del ejido.',
           must_keep=['También prohíbe la venta de bebidas alcohólicas junto a las escaleras de acceso.',
                      '"Nosotros tomamos de esa agua, no queremos que se eche a perder", explicó.',
                      'El cobro por persona seguirá siendo de 20 pesos, y los ingresos se repartirán entre las familias que cuidan cada cenote y un fondo común para obras del ejido.'])

# ---------------------------------------------------------------- bs23 jekyll (2004 print archive migrated to Jekyll, OCR body, Camp.)
bs23 = """---
layout: archivo
title: "Inauguran muelle para pescadores ribereños en Isla Aguada"
date: 2004-05-02
edicion: "Año XII, Núm. 4018"
pagina: "5-A"
seccion: Local
autor: "Por la Redacción"
medio: Eco del Carmen
ocr: true
revisado: false
---

ISLA AGUADA, Camp.- Con una inversión de 4.2 millo-
nes de pesos, quedó inaugurado ayer el nuevo muelle
para pescadores ribereños de Isla Aguada, que bene-
ficiará a unas 180 familias que viven de la captura
de camarón, jaiba y escama en la Laguna de Términos.

El muelle tiene 120 metros de largo y cuenta con
una rampa para subir las lanchas, una fábrica de
hielo y una bodega para guardar redes y motores.
Hasta ahora, los pescadores amarraban sus embarca-
ciones a troncos clavados en la orilla.

El presidente de la cooperativa local, Martín Cha-
blé Moo, dijo que el muelle permitirá vender el pro-
ducto fresco directamente a los compradores de Ciu-
dad del Carmen. "Antes se nos echaba a perder la
mitad del camarón en el calor", afirmó.

Los pescadores pidieron a las autoridades reforzar
la vigilancia contra la pesca ilegal en la boca de
la laguna, donde, según dijeron, barcos de otros
estados capturan camarón en plena veda. Tambien so-
licitaron cursos para reparar sus motores fuera de
borda.

La obra forma parte de un programa de infraestruc-
tura pesquera que este año incluirá muelles simila-
res en Sabancuy y en Atasta, de acuerdo con lo in-
formado durante el acto.

La ceremonia terminó con una comida de pescado frito
y una regata de cayucos en la que participaron
veinte tripulaciones de la comunidad.
"""
write_source('bs23.md', bs23)
write_gold('bs23', family='jekyll',
           title='Inauguran muelle para pescadores ribereños en Isla Aguada',
           date='2004-05-02', bylines=[], source='Eco del Carmen', section='Local',
           body_first_words='Con una inversión de 4.2',
           body_last_words='veinte tripulaciones de la comunidad.',
           boilerplate=['ISLA AGUADA, Camp.-'],
           must_keep=['El muelle tiene 120 metros de largo y cuenta con',
                      'mitad del camarón en el calor", afirmó.',
                      'la vigilancia contra la pesca ilegal en la boca de'])

# ---------------------------------------------------------------- bs24 generic (community radio capsule, Spanish + Maya, UTF-16 BE)
bs24 = """Cápsula para la radio: cómo cuidar la milpa cuando no llueve

Buenos días a todas y a todos los que nos escuchan en las comunidades de Felipe Carrillo Puerto, José María Morelos y Tihosuco. En esta cápsula hablamos de lo que pueden hacer las familias milperas cuando las lluvias se retrasan, como ha pasado este año.

Ma'alob k'iin tech yéetel a láak'o'ob. Bejla'e' k'a'abéet k kanáantik le kool le ken ma' k'uchuk le cha'ako'.

Lo primero es no quemar más monte del necesario. Cuando la tierra está muy seca, el fuego se escapa con facilidad y puede acabar con el acahual de los vecinos y con la selva. Si tienen que quemar, háganlo temprano, con brecha limpia y con ayuda de otros milperos.

Lo segundo es guardar la semilla. Muchas familias siembran todo el maíz de una vez y, si no llueve, lo pierden. Los abuelos aconsejan sembrar por partes y dejar siempre una reserva de semilla criolla en la casa, bien guardada en el humo de la cocina.

Ma' a tuubsik a wiinalil ixi'im. Le ixi'im ts'o'ok u yantal ich a wotoch, u jaajil a kuxtal.

Lo tercero es sembrar juntos el maíz, el frijol y la calabaza. Las hojas de la calabaza dan sombra a la tierra y guardan la humedad por más tiempo, y el frijol le da fuerza al suelo.

Si tienen dudas, acérquense al técnico de su ejido o vengan a la cabina de la radio los días de mercado. Aquí les esperamos.
"""
write_source('bs24.txt', bs24, enc='utf-16-be', bom=True)
write_gold('bs24', family='generic',
           title='Cápsula para la radio: cómo cuidar la milpa cuando no llueve',
           body_first_words='Buenos días a todas y a todos los que nos escuchan',
           body_last_words='los días de mercado. Aquí les esperamos.',
           must_keep=["Ma'alob k'iin tech yéetel a láak'o'ob.",
                      'Lo segundo es guardar la semilla.',
                      'Las hojas de la calabaza dan sombra a la tierra y guardan la humedad por más tiempo, y el frijol le da fuerza al suelo.'])

# ---------------------------------------------------------------- bs25 generic (interview transcript with interpreter, cp1252, CR only)
bs25 = """Entrevista con doña Petrona Díaz Ruiz, partera de Chenalhó

La entrevista se hizo en tsotsil, en la casa de doña Petrona, con interpretación de Marcos Arias Pérez. Las respuestas se transcriben tal como las dio en español el intérprete.

PREGUNTA: ¿Cuántos años tiene usted trabajando como partera?

INTÉRPRETE: Dice que empezó cuando tenía 19 años, con su suegra, que también era partera. Ahora tiene 67, entonces son casi cincuenta años. No sabe cuántos niños ha recibido; dice que son más que la gente que vive en su paraje.

PREGUNTA: ¿Cómo aprendió el oficio?

INTÉRPRETE: Dice que su suegra la llevaba a los partos para que cargara el agua y las velas, y que así fue viendo. Después empezó a sobar a las mujeres embarazadas para acomodar al bebé. Dice que las manos aprenden solas si uno tiene paciencia.

PREGUNTA: ¿Ha cambiado su trabajo en estos años?

INTÉRPRETE: Dice que sí. Antes todas las mujeres se aliviaban en su casa. Ahora muchas van a la clínica de la cabecera o al hospital de San Cristóbal, sobre todo las jóvenes. Ella dice que está bien, que cuando hay peligro hay que ir al hospital, pero que en la clínica a veces no les hablan en su idioma y las mujeres tienen miedo.

PREGUNTA: ¿Hay jóvenes que quieran aprender?

INTÉRPRETE: Dice que una de sus nietas la acompaña desde hace dos años. Le está enseñando las plantas para después del parto y cómo se prepara el temazcal. Dice que quiere que su nieta también aprenda a escribir lo que sabe, para que no se pierda.
"""
write_source('bs25.txt', bs25, enc='cp1252', eol='cr')
write_gold('bs25', family='generic',
           title='Entrevista con doña Petrona Díaz Ruiz, partera de Chenalhó',
           body_first_words='La entrevista se hizo en tsotsil, en la casa de doña Petrona',
           body_last_words='aprenda a escribir lo que sabe, para que no se pierda.',
           must_keep=['La entrevista se hizo en tsotsil, en la casa de doña Petrona, con interpretación de Marcos Arias Pérez.',
                      'PREGUNTA: ¿Cómo aprendió el oficio?',
                      'Dice que las manos aprenden solas si uno tiene paciencia.'])

# ---------------------------------------------------------------- bs26 generic (reStructuredText with docinfo, Haab' month names)
bs26 = """=====================================================
Los 18 meses del calendario maya haab', explicados
=====================================================

:Autor: Jesús Canul Ek
:Fecha: 2011-05-20

El haab' es el calendario solar de los antiguos mayas. Tiene 365 días, repartidos en 18 meses de 20 días cada uno y un periodo final de cinco días. En las inscripciones de Yucatán y de Campeche aparece casi siempre junto al tzolk'in, el calendario ritual de 260 días.

Los nombres de los meses que se usan hoy vienen sobre todo de los textos coloniales escritos en maya yucateco. Son, en orden:

- Pop, Wo', Sip, Sotz', Sek y Xul;
- Yaxk'in, Mol, Ch'en, Yax, Sak' y Keh;
- Mak, K'ank'in, Muwan, Pax, K'ayab y Kumk'u.

Después de Kumk'u vienen los cinco días del Wayeb, que se consideraban peligrosos. Según las crónicas, en esos días la gente evitaba salir de casa, bañarse o peinarse, y esperaba el comienzo del nuevo año con ceremonias.

Una fecha completa combina los dos calendarios. Por ejemplo, "4 Ajaw 8 Kumk'u" es el día con el que comienza la cuenta larga, y el 21 de diciembre de 2012 correspondió a "4 Ajaw 3 K'ank'in". Como el haab' y el tzolk'in se combinan, la misma pareja de fechas sólo se repite cada 52 años, el periodo que los estudiosos llaman rueda calendárica.

Hoy, algunas radios comunitarias y periódicos bilingües de la península publican junto a la fecha del día su equivalente en el tzolk'in y en el haab', calculado con la correlación más aceptada por los especialistas. No es una costumbre antigua, sino una forma de recordar que los mayas contaron el tiempo a su manera durante siglos.
"""
write_source('bs26.text', bs26)
write_gold('bs26', family='generic',
           title="Los 18 meses del calendario maya haab', explicados",
           date='2011-05-20', bylines=['Jesús Canul Ek'],
           body_first_words="El haab' es el calendario solar de los antiguos mayas.",
           body_last_words='contaron el tiempo a su manera durante siglos.',
           boilerplate=[':Autor: Jesús Canul Ek', ':Fecha: 2011-05-20'],
           must_keep=["Mak, K'ank'in, Muwan, Pax, K'ayab y Kumk'u.",
                      "Después de Kumk'u vienen los cinco días del Wayeb, que se consideraban peligrosos.",
                      "Como el haab' y el tzolk'in se combinan, la misma pareja de fechas sólo se repite cada 52 años, el periodo que los estudiosos llaman rueda calendárica."])

# ---------------------------------------------------------------- bs27 generic (bold first-line title, bilingual FAQ, CRLF)
bs27 = """**Preguntas frecuentes sobre la Tarjeta de Visitante Regional**

Esta guía reúne las dudas que más escuchamos en la oficina de orientación de Ciudad Hidalgo. Las respuestas son generales; cada caso debe consultarse con el personal del Instituto Nacional de Migración. Para quienes no leen español, cada pregunta aparece también en inglés.

**¿Quién puede tramitarla? / Who can apply?**
Las personas de nacionalidad guatemalteca o beliceña que quieran visitar los estados de Chiapas, Tabasco, Campeche, Quintana Roo y Yucatán. No sirve para trabajar.

**¿Cuánto tiempo puedo quedarme? / How long can I stay?**
Cada visita puede durar hasta siete días, y la tarjeta permite entrar y salir las veces que sea necesario mientras esté vigente.

**¿Qué documentos necesito? / What documents do I need?**
Pasaporte vigente o, en algunos casos, documento de identidad nacional, además de una fotografía reciente. El trámite se hace en el punto de internación, en el puente fronterizo.

**¿Cuánto cuesta? / How much does it cost?**
El trámite no tiene costo. Si alguien le pide dinero para "agilizarlo", no pague y repórtelo en la oficina.

**¿Puedo viajar a la Ciudad de México con esta tarjeta? / Can I travel to Mexico City with this card?**
No. Si la autoridad le encuentra fuera de los estados permitidos, puede iniciar un procedimiento administrativo en su contra.

**¿Dónde pido ayuda si tengo un problema? / Where can I get help?**
En nuestra oficina de orientación, de lunes a sábado, o con las organizaciones de derechos humanos que atienden en el parque central de Tapachula.
"""
write_source('bs27.md', bs27, eol='crlf')
write_gold('bs27', family='generic',
           title='Preguntas frecuentes sobre la Tarjeta de Visitante Regional',
           body_first_words='Esta guía reúne las dudas que más escuchamos',
           body_last_words='que atienden en el parque central de Tapachula.',
           must_keep=['Cada visita puede durar hasta siete días, y la tarjeta permite entrar y salir las veces que sea necesario mientras esté vigente.',
                      'El trámite no tiene costo.',
                      '¿Cuánto cuesta? / How much does it cost?'])

# ---------------------------------------------------------------- bs28 bad (saved HTML page: navigation, cookie banner, footer; no article)
bs28 = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Riviera Express | Noticias de Cancún, Playa del Carmen y Tulum</title>
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.1.7">
<script async src="/assets/js/ads.js"></script>
</head>
<body class="home">
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/logo-riviera-express.svg" alt="Riviera Express"></a>
  <nav class="main-nav">
    <ul>
      <li><a href="/">Inicio</a></li>
      <li><a href="/cancun/">Cancún</a></li>
      <li><a href="/playa-del-carmen/">Playa del Carmen</a></li>
      <li><a href="/tulum/">Tulum</a></li>
      <li><a href="/chetumal/">Chetumal</a></li>
      <li><a href="/policiaca/">Policiaca</a></li>
      <li><a href="/en/">English Edition</a></li>
    </ul>
  </nav>
  <form class="search" action="/buscar/"><input type="search" name="q" placeholder="Buscar / Search"></form>
</header>
<main id="content">
  <div class="ad-slot" data-slot="top-728x90"></div>
  <div class="loading">Cargando\u2026 / Loading\u2026</div>
</main>
<div class="cookie-banner">Usamos cookies para mejorar tu experiencia. / We use cookies to improve your experience. <button>Aceptar / Accept</button></div>
<footer class="site-footer">
  <ul>
    <li><a href="/aviso-de-privacidad/">Aviso de privacidad / Privacy notice</a></li>
    <li><a href="/contacto/">Contacto</a></li>
    <li><a href="/publicidad/">Publicidad</a></li>
  </ul>
  <p>\u00a9 2024 Riviera Express. Todos los derechos reservados.</p>
</footer>
</body>
</html>
"""
write_source('bs28.txt', bs28)
write_gold('bs28', family='bad',
           refusal_reason='Página HTML guardada que sólo contiene menús, un aviso de cookies y el pie de página; no hay ningún artículo que importar.')

# ---------------------------------------------------------------- bs29 bad (front matter whose body is only an HTML comment)
bs29 = """---
layout: post
title: "Festival de la Trova en Valladolid reúne a 30 tríos"
title_maya: "U k'iinilo'ob k'aay tu kaajil Saki'"
date: 2015-11-21 19:00:00 -0600
author: Redacción
categories: [Cultura]
---

<!-- pendiente: texto en español y traducción al maya -->

"""
write_source('bs29.md', bs29)
write_gold('bs29', family='bad',
           refusal_reason='El archivo sólo tiene encabezado (front matter) y un comentario HTML; no tiene cuerpo de texto.')

# ---------------------------------------------------------------- bs30 bad (voice note forwarded through Signal, saved as .txt)
ogg = (b'OggS\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x7f\x3a\x11\x5c\x00\x00\x00\x00'
       b'\x9b\x1e\x4c\x8a\x01\x13OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00'
       b'OggS\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x7f\x3a\x11\x5c\x01\x00\x00\x00'
       b'\x12\xa4\x07\xe1\x01\x3bOpusTags\x0d\x00\x00\x00libopus 1.3.1\x01\x00\x00\x00'
       b'\x0e\x00\x00\x00ENCODER=Signal'
       + bytes(range(256)) * 3 +
       b'OggS\x00\x04\x00\x58\x02\x00\x00\x00\x00\x00\x7f\x3a\x11\x5c\x02\x00\x00\x00'
       + b'\xfc\xff\xfe' * 40)
write_source('bs30.txt', raw=ogg)
write_gold('bs30', family='bad',
           refusal_reason='El archivo es una nota de voz (audio Ogg Opus) guardada con extensión .txt; no es texto legible.')
