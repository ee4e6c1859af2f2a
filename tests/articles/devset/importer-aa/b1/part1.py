# Files aa01-aa10
from common import enc, gold, bad

FILES = []

# ---------------------------------------------------------------- aa01 wire: raw agency feed, CRLF, trailing spaces, appended correction
t01 = """AGENCIA INFORMATIVA DEL PACÍFICO (AIP) — SERVICIO ESTATAL   
AIP-SIN-0311-PRESAS  
SECCIÓN: Campo
EMBARGO: No publicar antes de las 18:00 horas del 11 de marzo de 2024

Presas de Sinaloa llegan al 23 por ciento de su capacidad; productores piden adelantar apoyos

Por Héctor Lizárraga Osuna

CULIACÁN, Sin., 11 de marzo de 2024 (AIP).- Las once presas de Sinaloa almacenan en conjunto apenas 23 por ciento de su capacidad, el nivel más bajo registrado en un mes de marzo en la última década, informó este lunes la Comisión Estatal del Agua.   

El organismo detalló que la presa Adolfo López Mateos, la de mayor tamaño en la entidad, se encuentra al 11 por ciento, mientras que la Sanalona y la Eustaquio Buelna no superan el 18 por ciento.

Ante ese panorama, productores de los valles de Culiacán y Guasave solicitaron adelantar la entrega de apoyos para el ciclo primavera-verano. Rigoberto Camacho Beltrán, dirigente de la Asociación de Agricultores del Río Tamazula, explicó que al menos 40 mil hectáreas quedarán sin sembrar por falta de riego.  

“No estamos pidiendo regalos, estamos pidiendo que el dinero llegue antes de que perdamos la temporada”, dijo en conferencia de prensa.

La Secretaría de Agricultura estatal respondió que el padrón de beneficiarios estará listo a finales de abril. Mientras tanto, los módulos de riego aplicarán un esquema de tandeo de siete días para garantizar el abasto a los cultivos que ya están en pie.

Las autoridades pidieron a la población de Culiacán reducir el consumo doméstico, pues la Junta de Agua Potable prevé cortes programados en 26 colonias a partir de la próxima semana.

AIP/HLO/jrm
FIN

CORRECCIÓN (18:42 h): En la versión enviada a las 17:55 horas se indicó en el primer párrafo que el almacenamiento era de 32 por ciento; la cifra correcta es 23 por ciento. Favor de sustituir.
Servicio exclusivo para suscriptores de AIP. Prohibida su reproducción sin autorización.
"""
FILES.append(('aa01.txt', enc(t01, crlf=True), gold(
    'wire',
    'Presas de Sinaloa llegan al 23 por ciento de su capacidad; productores piden adelantar apoyos',
    '2024-03-11', ['Héctor Lizárraga Osuna'], 'Agencia Informativa del Pacífico', 'Campo', [],
    'Las once presas de Sinaloa almacenan en conjunto apenas 23 por ciento',
    'prevé cortes programados en 26 colonias a partir de la próxima semana.',
    ['AIP-SIN-0311-PRESAS',
     'EMBARGO: No publicar antes de las 18:00 horas del 11 de marzo de 2024',
     'CULIACÁN, Sin., 11 de marzo de 2024 (AIP).-',
     'AIP/HLO/jrm',
     'CORRECCIÓN (18:42 h): En la versión enviada a las 17:55 horas',
     'Favor de sustituir.',
     'Servicio exclusivo para suscriptores de AIP.'],
    ['El organismo detalló que la presa Adolfo López Mateos, la de mayor tamaño en la entidad, se encuentra al 11 por ciento, mientras que la Sanalona y la Eustaquio Buelna no superan el 18 por ciento.',
     'Las autoridades pidieron a la población de Culiacán reducir el consumo doméstico, pues la Junta de Agua Potable prevé cortes programados en 26 colonias a partir de la próxima semana.'],
    None)))

# ---------------------------------------------------------------- aa02 press: Congreso de Jalisco, bold bullets, -oOo-, contact block
t02 = """H. CONGRESO DEL ESTADO DE JALISCO
LXIV Legislatura
Coordinación de Comunicación Social

Boletín 1102

Guadalajara, Jalisco, a 3 de mayo de 2023

APRUEBA PLENO REFORMA PARA SANCIONAR EL MALTRATO ANIMAL EN ESPECTÁCULOS PÚBLICOS

**•** La iniciativa fue votada por 31 diputadas y diputados a favor, tres en contra y dos abstenciones
**•** Las multas podrán llegar hasta 500 veces el valor de la Unidad de Medida y Actualización

El Pleno del Congreso del Estado aprobó este miércoles reformas a la Ley de Protección y Cuidado de los Animales para sancionar a quienes organicen o permitan actos de maltrato en espectáculos públicos, ferias y eventos privados con venta de boletos.

La diputada Verónica Anaya Zepeda, presidenta de la Comisión de Medio Ambiente, explicó que la reforma responde a más de 200 denuncias ciudadanas presentadas durante el último año ante la Procuraduría Estatal de Protección al Ambiente.

“Lo que buscamos es que los ayuntamientos tengan herramientas claras para actuar y que las sanciones no se queden en el papel”, señaló durante su posicionamiento en tribuna.

De acuerdo con el dictamen, los municipios deberán verificar que los eventos cuenten con un responsable del bienestar animal y podrán suspender de inmediato cualquier espectáculo en el que se detecte crueldad. Las multas irán de 50 a 500 veces el valor de la UMA y, en caso de reincidencia, se cancelará el permiso al organizador.

El diputado Ramiro Estrada Gallo votó en contra al considerar que la redacción deja márgenes amplios de interpretación a las autoridades municipales.

La reforma será remitida al Poder Ejecutivo para su publicación en el Periódico Oficial “El Estado de Jalisco” y entrará en vigor 90 días después.

-oOo-

Coordinación de Comunicación Social
Tel. 33 0000 0000 ext. 1210
comunicacion@congresojal.example
Facebook: /CongresoJaliscoOficial | X: @CongresoJal_ex
"""
FILES.append(('aa02.txt', enc(t02), gold(
    'press_release',
    'APRUEBA PLENO REFORMA PARA SANCIONAR EL MALTRATO ANIMAL EN ESPECTÁCULOS PÚBLICOS',
    '2023-05-03', [], 'H. Congreso del Estado de Jalisco', None, [],
    'La iniciativa fue votada por 31 diputadas y diputados a favor',
    'y entrará en vigor 90 días después.',
    ['LXIV Legislatura', 'Boletín 1102', 'Guadalajara, Jalisco, a 3 de mayo de 2023', '-oOo-',
     'Tel. 33 0000 0000 ext. 1210', 'comunicacion@congresojal.example', '@CongresoJal_ex'],
    ['El Pleno del Congreso del Estado aprobó este miércoles reformas a la Ley de Protección y Cuidado de los Animales para sancionar a quienes organicen o permitan actos de maltrato en espectáculos públicos, ferias y eventos privados con venta de boletos.',
     'El diputado Ramiro Estrada Gallo votó en contra al considerar que la redacción deja márgenes amplios de interpretación a las autoridades municipales.'],
    None, bn='1102', issuer='H. Congreso del Estado de Jalisco', city='Guadalajara')))

# ---------------------------------------------------------------- aa03 jekyll: date with offset (UTC would be next day), flow categories with Portada
t03 = """---
layout: post
title: "Pescadores de Ensenada denuncian caída de 40% en la captura de erizo rojo"
date: 2023-02-14 21:30:00 -0800
author: Gabriela Ruiz Meza
categories: [Portada, Economía]
tags: [pesca, erizo, ensenada]
image: /assets/img/2023/erizo-rojo.jpg
image_credit: "Foto: El Faro Digital / Gabriela Ruiz"
medio: El Faro de Ensenada Digital
---

Las cooperativas pesqueras de Ensenada reportaron una caída de 40 por ciento en la captura de erizo rojo durante la temporada que concluye este mes, la peor en al menos ocho años, de acuerdo con cifras de la Federación de Cooperativas del Pacífico Norte.

Julián Arce Villavicencio, presidente de la federación, atribuyó la baja al calentamiento del agua frente a las costas de Baja California y a la pérdida de bosques de sargazo gigante, principal alimento de la especie.

“Antes sacábamos el erizo a diez metros; ahora hay que bajar a veinte y regresamos con la mitad”, relató el buzo Ernesto Valdivia, quien lleva 22 años en la actividad.

El erizo rojo se exporta casi en su totalidad a Japón y Corea del Sur, por lo que la baja representa pérdidas estimadas en 60 millones de pesos para las comunidades de El Sauzal, San Quintín y Eréndira.

Las cooperativas pidieron a la Comisión Nacional de Acuacultura y Pesca revisar las cuotas de la próxima temporada y apoyar proyectos de restauración de sargazo que ya se prueban en la bahía de Todos Santos.

La dependencia federal no respondió a la solicitud de entrevista de este medio.

*¿Te gustó esta nota? Suscríbete a nuestro boletín semanal y recibe lo más importante de Ensenada en tu correo.*
"""
FILES.append(('aa03.md', enc(t03), gold(
    'jekyll',
    'Pescadores de Ensenada denuncian caída de 40% en la captura de erizo rojo',
    '2023-02-14', ['Gabriela Ruiz Meza'], 'El Faro de Ensenada Digital', 'Economía', ['Portada'],
    'Las cooperativas pesqueras de Ensenada reportaron una caída de 40 por ciento',
    'La dependencia federal no respondió a la solicitud de entrevista de este medio.',
    ['Suscríbete a nuestro boletín semanal', 'recibe lo más importante de Ensenada en tu correo'],
    ['Las cooperativas pidieron a la Comisión Nacional de Acuacultura y Pesca revisar las cuotas de la próxima temporada y apoyar proyectos de restauración de sargazo que ya se prueban en la bahía de Todos Santos.',
     'La dependencia federal no respondió a la solicitud de entrevista de este medio.'],
    'El Faro Digital / Gabriela Ruiz')))

# ---------------------------------------------------------------- aa04 wire: local paper reselling agency copy, BOM, NBSP, (AGENCIA) dateline, glued teaser, MÁS NOTICIAS
t04 = """EL VIGÍA DE TEHUANTEPEC\u00a0· Estado

## Maestros de la Sección 22 instalan plantón en el zócalo de Oaxaca; exigen pago de bonos atrasados

**Agencia Sur Noticias** | Miércoles 5 de junio de 2023

![Plantón en el zócalo](/fotos/2023/06/planton.jpg)
Foto: Agencia Sur Noticias / Archivo

OAXACA DE JUÁREZ, Oax. (AGENCIA).— Integrantes de la Sección 22 del sindicato magisterial instalaron desde la madrugada de este miércoles un plantón en el zócalo de la capital oaxaqueña para exigir el pago de bonos y prestaciones que, aseguran, tienen más de seis meses de retraso.

De acuerdo con la dirigencia, alrededor de 3\u00a0500 docentes de las regiones de Valles Centrales, la Costa y el Istmo participan en la protesta, que mantiene cerradas cuatro calles del Centro Histórico. Los comerciantes de la zona reportaron ventas a la baja desde temprano. Lee también: Suspenden clases en 1,200 escuelas del Istmo por jornada de lucha

El secretario general de la sección, Abel Cruz Matus, afirmó que el adeudo con los trabajadores suma 310 millones de pesos y que no levantarán el plantón hasta recibir una respuesta por escrito del gobierno estatal.

“Hemos tocado todas las puertas y sólo recibimos promesas”, declaró frente al Palacio de Gobierno.

Por su parte, la Secretaría de Finanzas informó en un comunicado que el pago de la primera parte del adeudo se realizará el próximo 15 de junio y que la mesa de diálogo con el magisterio continuará esta misma semana.

Las autoridades municipales recomendaron a los automovilistas evitar las calles de Independencia, Hidalgo y Morelos durante los próximos días.

MÁS NOTICIAS
- Bloquean carretera a la Costa por falta de agua en Santa María Huatulco
- Inauguran feria del mezcal en Tlacolula con 80 productores

© El Vigía de Tehuantepec. Todos los derechos reservados.
"""
FILES.append(('aa04.md', enc(t04, bom=True), gold(
    'wire',
    'Maestros de la Sección 22 instalan plantón en el zócalo de Oaxaca; exigen pago de bonos atrasados',
    '2023-06-05', [], 'El Vigía de Tehuantepec', 'Estado', [],
    'Integrantes de la Sección 22 del sindicato magisterial instalaron desde la madrugada',
    'las calles de Independencia, Hidalgo y Morelos durante los próximos días.',
    ['EL VIGÍA DE TEHUANTEPEC', 'OAXACA DE JUÁREZ, Oax. (AGENCIA).—',
     'Lee también: Suspenden clases en 1,200 escuelas del Istmo por jornada de lucha',
     'MÁS NOTICIAS', 'Bloquean carretera a la Costa por falta de agua en Santa María Huatulco',
     'Inauguran feria del mezcal en Tlacolula con 80 productores',
     'Todos los derechos reservados.'],
    ['Los comerciantes de la zona reportaron ventas a la baja desde temprano.',
     'El secretario general de la sección, Abel Cruz Matus, afirmó que el adeudo con los trabajadores suma 310 millones de pesos y que no levantarán el plantón hasta recibir una respuesta por escrito del gobierno estatal.'],
    'Agencia Sur Noticias / Archivo')))

# ---------------------------------------------------------------- aa05 press: Instituto Electoral de Puebla, cp1252 + CRLF, dateline in first paragraph, ---o0o---
t05 = """COMUNICADO
Comunicado 071/2024

INSTITUTO ELECTORAL DEL ESTADO DE PUEBLA
Dirección de Comunicación Social

Concluye IEE Puebla primer simulacro del Programa de Resultados Electorales Preliminares

Heroica Puebla de Zaragoza, Pue., 14 de febrero de 2024.- El Instituto Electoral del Estado llevó a cabo este miércoles el primer simulacro del Programa de Resultados Electorales Preliminares (PREP), en el que participaron 1,840 capturistas y verificadores distribuidos en los 26 consejos distritales de la entidad.

Durante el ejercicio, que se extendió por seis horas, se procesaron 9,312 actas de escrutinio y cómputo ficticias, lo que representó el 98.7 por ciento del total previsto. La consejera presidenta, Lorena Espinosa Tlatelpa, destacó que los tiempos de digitalización se redujeron en 14 minutos respecto del proceso anterior.

“El objetivo es que la ciudadanía tenga certeza de que cada acta que se publique en la noche de la elección corresponde exactamente a lo que se contó en la casilla”, expresó.

El Instituto informó que se realizarán otros dos simulacros, el 17 de marzo y el 21 de abril, y que en el último participarán representantes de los partidos políticos y observadores electorales acreditados.

Asimismo, se recordó que el ente auditor del PREP entregará su informe final a más tardar diez días antes de la jornada electoral, el cual será público en la página institucional.

---o0o---

Síguenos en redes sociales: @ieepue_ex
Unidad de Comunicación Social · Tel. 222 000 0000 · prensa@ieepuebla.example
"""
FILES.append(('aa05.text', enc(t05, crlf=True, cp1252=True), gold(
    'press_release',
    'Concluye IEE Puebla primer simulacro del Programa de Resultados Electorales Preliminares',
    '2024-02-14', [], 'Instituto Electoral del Estado de Puebla', None, [],
    'El Instituto Electoral del Estado llevó a cabo este miércoles el primer simulacro',
    'el cual será público en la página institucional.',
    ['Comunicado 071/2024', 'Dirección de Comunicación Social',
     'Heroica Puebla de Zaragoza, Pue., 14 de febrero de 2024.-', '---o0o---',
     'Síguenos en redes sociales: @ieepue_ex', 'Tel. 222 000 0000', 'prensa@ieepuebla.example'],
    ['Durante el ejercicio, que se extendió por seis horas, se procesaron 9,312 actas de escrutinio y cómputo ficticias, lo que representó el 98.7 por ciento del total previsto.',
     'Asimismo, se recordó que el ente auditor del PREP entregará su informe final a más tardar diez días antes de la jornada electoral, el cual será público en la página institucional.'],
    None, bn='071/2024', issuer='Instituto Electoral del Estado de Puebla',
    city='Heroica Puebla de Zaragoza')))

# ---------------------------------------------------------------- aa06 generic: heading + prose, no date, no byline
t06 = """# Vecinos de Santa Rosa Jáuregui organizan brigadas para rescatar el bordo de la comunidad

Cada sábado a las siete de la mañana, una veintena de vecinos de Santa Rosa Jáuregui, al norte del municipio de Querétaro, se reúne a la orilla del bordo El Salitre con palas, costales y guantes donados por una ferretería local.

La iniciativa comenzó hace cuatro meses, cuando la maestra jubilada Clementina Resendiz Olvera publicó en el grupo de mensajería de la colonia una fotografía del cuerpo de agua cubierto de llantas y bolsas de plástico. Desde entonces, las brigadas han retirado más de 11 toneladas de basura.

“Aquí aprendimos a nadar nuestros papás y nosotros. No podíamos dejar que se convirtiera en un tiradero”, cuenta mientras clasifica botellas en costales de colores.

El grupo ya presentó un escrito a la delegación para solicitar contenedores, alumbrado y vigilancia en el acceso por el camino a San Isidro, por donde llegan las camionetas que tiran escombro durante la noche.

Los jóvenes de la secundaria técnica de la comunidad se sumaron con un proyecto escolar: registrar en una libreta las aves que regresan al bordo conforme se limpia. Hasta ahora han contado garzas, patos y un martín pescador.

La próxima meta de los vecinos es reforestar el perímetro con mezquites y huizaches antes de la temporada de lluvias. Quien quiera sumarse sólo tiene que llegar el sábado con ropa cómoda y agua para beber.
"""
FILES.append(('aa06.md', enc(t06), gold(
    'generic',
    'Vecinos de Santa Rosa Jáuregui organizan brigadas para rescatar el bordo de la comunidad',
    None, [], None, None, [],
    'Cada sábado a las siete de la mañana, una veintena de vecinos',
    'sólo tiene que llegar el sábado con ropa cómoda y agua para beber.',
    [],
    ['La iniciativa comenzó hace cuatro meses, cuando la maestra jubilada Clementina Resendiz Olvera publicó en el grupo de mensajería de la colonia una fotografía del cuerpo de agua cubierto de llantas y bolsas de plástico.',
     'Hasta ahora han contado garzas, patos y un martín pescador.'],
    None)))

# ---------------------------------------------------------------- aa07 jekyll: multilingual front matter, day-first quoted date, block tags
t07 = """---
layout: articulo
lang: es
ref: mercado-20-noviembre
title: "Locatarios del mercado 20 de Noviembre reciben capacitación en cobro digital"
title_en: "Vendors at 20 de Noviembre market trained in digital payments"
date: '23/04/2019'
autor: "Itzel Santiago Ramírez"
sitio: "Guelaguetza Digital"
category: Economía local
tags:
  - mercados
  - pagos digitales
  - Oaxaca de Juárez
translations:
  en: /en/2019/04/23/market-digital-payments/
  zap: /zap/2019/04/23/mercado-pagos/
---

Un total de 86 locatarios del mercado 20 de Noviembre, en el centro de Oaxaca de Juárez, concluyeron este martes un taller de tres semanas para aprender a cobrar con terminales bancarias y transferencias desde el teléfono celular.

El curso fue impartido por estudiantes de la licenciatura en Contaduría de una universidad privada, quienes acudieron cada tarde a los pasillos de fondas, tlayudas y chocolate para explicar el uso de las aplicaciones y cómo evitar fraudes.

Doña Felícitas Hernández, que vende tasajo desde hace 30 años, dijo que al principio desconfiaba. “Muchos turistas ya no traen efectivo y se iban sin comprar. Ahora les enseño el código y listo”, comentó.

La mesa directiva del mercado calcula que las ventas a visitantes extranjeros podrían crecer hasta 20 por ciento durante la temporada de la Guelaguetza, en julio.

Los organizadores anunciaron que el taller se repetirá en mayo en el mercado Benito Juárez y en la central de abasto, donde unos 300 comerciantes ya se inscribieron.

*Esta nota también está disponible en inglés y en zapoteco del Valle.*
"""
FILES.append(('aa07.markdown', enc(t07), gold(
    'jekyll',
    'Locatarios del mercado 20 de Noviembre reciben capacitación en cobro digital',
    '2019-04-23', ['Itzel Santiago Ramírez'], 'Guelaguetza Digital', 'Economía local', [],
    'Un total de 86 locatarios del mercado 20 de Noviembre',
    'donde unos 300 comerciantes ya se inscribieron.',
    ['Esta nota también está disponible en inglés y en zapoteco del Valle.'],
    ['La mesa directiva del mercado calcula que las ventas a visitantes extranjeros podrían crecer hasta 20 por ciento durante la temporada de la Guelaguetza, en julio.',
     'Los organizadores anunciaron que el taller se repetirá en mayo en el mercado Benito Juárez y en la central de abasto, donde unos 300 comerciantes ya se inscribieron.'],
    None)))

# ---------------------------------------------------------------- aa08 bad: Jekyll front matter without body
t08 = """---
layout: post
title: "Cabildo de Tepic aprueba presupuesto de egresos 2024"
date: 2023-12-19 13:00:00 -0700
author: Redacción Nayarit en Línea
categories: [Municipios]
tags: [tepic, presupuesto]
image: /assets/img/cabildo-tepic.jpg
published: true
---
"""
FILES.append(('aa08.md', enc(t08), bad('El archivo sólo contiene metadatos (front matter) y no tiene cuerpo de nota.')))

# ---------------------------------------------------------------- aa09 press: university in Yucatán, BOM, markdown heading, dateline bold own line, ### marker
t09 = """**UNIVERSIDAD AUTÓNOMA DEL MAYAB ORIENTAL**
Dirección General de Comunicación Institucional
Boletín UAMO/DGCI/245/2023

# Investigadores de la UAMO registran 17 especies de abejas nativas en cenotes del oriente de Yucatán

**Mérida, Yucatán, 3 de octubre de 2023.-**

Un equipo del Centro de Investigaciones Biológicas de la Universidad Autónoma del Mayab Oriental documentó 17 especies de abejas nativas sin aguijón en la vegetación que rodea a 12 cenotes de los municipios de Tizimín, Espita y Calotmul.

La doctora Xóchitl Canché Uc, responsable del proyecto, explicó que cuatro de esas especies no habían sido reportadas en la región desde la década de 1980, lo que confirma la importancia de conservar la selva mediana que aún existe alrededor de los cuerpos de agua.

“Los cenotes funcionan como islas de humedad durante la sequía; ahí encontramos flores cuando en el resto del paisaje ya no hay nada”, señaló la investigadora durante la presentación de resultados.

El estudio, financiado con recursos propios de la universidad, se realizó durante dos años con la participación de 14 estudiantes de licenciatura y posgrado, así como de meliponicultores de las comunidades.

Los resultados serán publicados en una revista científica internacional y se compartirán con las autoridades ejidales para elaborar un plan de manejo que permita el uso turístico de los cenotes sin dañar a los polinizadores.

La universidad anunció que el próximo año extenderá el muestreo a la costa norte del estado.

###

Dirección General de Comunicación Institucional
Tel. 999 000 0000 · comunicacion@uamo.example
"""
FILES.append(('aa09.md', enc(t09, bom=True), gold(
    'press_release',
    'Investigadores de la UAMO registran 17 especies de abejas nativas en cenotes del oriente de Yucatán',
    '2023-10-03', [], 'Universidad Autónoma del Mayab Oriental', None, [],
    'Un equipo del Centro de Investigaciones Biológicas de la Universidad Autónoma',
    'extenderá el muestreo a la costa norte del estado.',
    ['Boletín UAMO/DGCI/245/2023', 'Mérida, Yucatán, 3 de octubre de 2023.-', '###',
     'Tel. 999 000 0000', 'comunicacion@uamo.example'],
    ['El estudio, financiado con recursos propios de la universidad, se realizó durante dos años con la participación de 14 estudiantes de licenciatura y posgrado, así como de meliponicultores de las comunidades.',
     'La universidad anunció que el próximo año extenderá el muestreo a la costa norte del estado.'],
    None, bn='UAMO/DGCI/245/2023', issuer='Universidad Autónoma del Mayab Oriental', city='Mérida')))

# ---------------------------------------------------------------- aa10 wire: regional paper, cp1252, teaser glued mid-paragraph, social pitch glued at end
t10 = """LA VOZ DE TIERRA CALIENTE
Sección: Región

Productores de limón de Apatzingán paran cortes por cobro de cuotas

Por Rosalba Pineda Arellano / Corresponsal
Publicado: 18/09/2022 - 10:45

Foto: Especial

Productores de limón del valle de Apatzingán suspendieron desde este domingo el corte y empaque de la fruta en protesta por las cuotas que, denuncian, les exigen grupos delictivos por cada caja que sale de las huertas.

Según la Unión de Limoneros de Tierra Caliente, el paro involucra a unas 2,500 hectáreas y a cerca de 30 empacadoras de Apatzingán, Buenavista y Parácuaro. Te puede interesar | Suben a 28 pesos el kilo de limón en la central de abasto de Morelia La organización calcula que cada día de paro representa pérdidas por 15 millones de pesos para la región.

Un productor que pidió omitir su nombre por seguridad explicó que el cobro ilegal llega a dos pesos por kilo, cantidad que, sumada a los bajos precios de compra, hace incosteable la cosecha.

“Preferimos dejar que la fruta se caiga del árbol a seguir trabajando para otros”, dijo.

La Guardia Nacional y la policía estatal instalaron puntos de revisión en los accesos a las empacadoras, mientras que el gobierno del estado convocó a una reunión con los productores para el martes en Morelia.

Los jornaleros, que dependen del corte diario, son los más afectados por la suspensión y pidieron apoyos temporales a las autoridades municipales. Síguenos en Facebook como La Voz de Tierra Caliente y entérate primero.

Con información de Mauricio Ceja.
"""
FILES.append(('aa10.text', enc(t10, cp1252=True), gold(
    'wire',
    'Productores de limón de Apatzingán paran cortes por cobro de cuotas',
    '2022-09-18', ['Rosalba Pineda Arellano'], 'La Voz de Tierra Caliente', 'Región', [],
    'Productores de limón del valle de Apatzingán suspendieron desde este domingo',
    'pidieron apoyos temporales a las autoridades municipales.',
    ['LA VOZ DE TIERRA CALIENTE',
     'Te puede interesar | Suben a 28 pesos el kilo de limón en la central de abasto de Morelia',
     'Síguenos en Facebook como La Voz de Tierra Caliente y entérate primero.',
     'Con información de Mauricio Ceja.', 'Corresponsal'],
    ['Según la Unión de Limoneros de Tierra Caliente, el paro involucra a unas 2,500 hectáreas y a cerca de 30 empacadoras de Apatzingán, Buenavista y Parácuaro.',
     'La organización calcula que cada día de paro representa pérdidas por 15 millones de pesos para la región.',
     'Los jornaleros, que dependen del corte diario, son los más afectados por la suspensión y pidieron apoyos temporales a las autoridades municipales.'],
    'Especial')))
