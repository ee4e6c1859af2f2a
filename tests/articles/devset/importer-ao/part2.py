"""ao11-ao20."""
from common import emit, gold, bad_gold, NB

# ---------------------------------------------------------------- ao11 wire (EN VIVO label, Redacción, outlet+city line)
emit('ao11', 'md', """EN VIVO

# Transportistas bloquean la autopista México-Acapulco a la altura de Alpuyeca

El Vigía de Morelos — Cuernavaca | Redacción
Miércoles 9 de octubre de 2024, 11:05 h | Actualizado: 9 de octubre de 2024, 15:48 h

Lee también: ¿Viajas a Acapulco? Estas son las rutas alternas por la carretera federal Integrantes de la Alianza de Transportistas del Sur de Morelos mantienen bloqueados desde las 9:30 horas ambos sentidos de la autopista México-Acapulco a la altura de Alpuyeca, en el municipio de Xochitepec, para exigir la renovación de alrededor de 1,200 concesiones de transporte público que, afirman, están vencidas desde 2022.

De acuerdo con la concesionaria de la vía, la fila de vehículos varados supera los seis kilómetros en dirección a Cuernavaca y cuatro kilómetros hacia Puente de Ixtla. Decenas de autobuses de pasajeros y tractocamiones permanecen detenidos, mientras algunos automovilistas optaron por regresar y tomar la carretera federal.

El vocero de la agrupación, Rigoberto Alonso Ocampo, explicó que los transportistas han realizado trámites durante dos años sin obtener respuesta y que, mientras tanto, los operadores son multados en los operativos de revisión. “Pagamos derechos, pagamos seguros y nos siguen tratando como piratas”, reclamó.

12:20 h. Elementos de la Guardia Nacional llegaron al punto, pero se limitaron a desviar el tránsito hacia la carretera federal. Protección Civil de Xochitepec instaló una carpa con agua para las personas atrapadas en la fila.

14:05 h. Personal de la Secretaría de Gobierno estatal acudió al bloqueo y ofreció revisar los expedientes caso por caso. Los manifestantes rechazaron la propuesta y pidieron la presencia del titular de Movilidad y Transporte.

15:40 h. Los inconformes aceptaron liberar un carril en cada sentido luego de que la Secretaría de Movilidad y Transporte se comprometió a instalar una mesa de diálogo el jueves a las 10:00 horas en Cuernavaca. La circulación comenzó a fluir lentamente.

Recibe nuestro boletín matutino: suscríbete gratis en vigiamorelos.example.mx/boletin

© El Vigía de Morelos. Todos los derechos reservados.
""", bom=True)
gold('ao11', 'wire',
     title='Transportistas bloquean la autopista México-Acapulco a la altura de Alpuyeca',
     date='2024-10-09', bylines=[], source='El Vigía de Morelos', section=None,
     body_first_words='Integrantes de la Alianza de Transportistas del Sur de Morelos mantienen',
     body_last_words='a las 10:00 horas en Cuernavaca. La circulación comenzó a fluir lentamente.',
     boilerplate=['Lee también: ¿Viajas a Acapulco? Estas son las rutas alternas por la carretera federal',
                  'Recibe nuestro boletín matutino', 'vigiamorelos.example.mx/boletin',
                  'Todos los derechos reservados.', 'EN VIVO'],
     must_keep=['Integrantes de la Alianza de Transportistas del Sur de Morelos mantienen bloqueados desde las 9:30 horas ambos sentidos de la autopista México-Acapulco a la altura de Alpuyeca, en el municipio de Xochitepec, para exigir la renovación de alrededor de 1,200 concesiones de transporte público que, afirman, están vencidas desde 2022.',
                '“Pagamos derechos, pagamos seguros y nos siguen tratando como piratas”, reclamó.',
                'Protección Civil de Xochitepec instaló una carpa con agua para las personas atrapadas en la fila.'])

# ---------------------------------------------------------------- ao12 press (state electoral institute, Tlaxcala)
emit('ao12', 'txt', """Tlaxcala de Xicohténcatl, Tlax., 28 de abril de 2024.

INSTITUTO ELECTORAL DEL ESTADO DE TLAXCALA
Boletín IEET-CS-112/2024

Realiza IEET segundo simulacro del PREP con 98.6% de actas capturadas

El Instituto Electoral del Estado de Tlaxcala (IEET) llevó a cabo este domingo el segundo de tres simulacros del Programa de Resultados Electorales Preliminares (PREP), en el que se capturó y publicó 98.6 por ciento de las actas de prueba, por encima de la meta de 95 por ciento establecida por el Consejo General.

El ejercicio se desarrolló de las 8:00 a las 20:00 horas y en él participaron 214 capturistas y verificadores distribuidos en los 15 Centros de Acopio y Transmisión de Datos (CATD) instalados en las cabeceras de los consejos distritales. Por primera vez se utilizó el mecanismo &quot;PREP Casilla&quot;, que permite digitalizar el acta desde la casilla mediante un teléfono celular autorizado.

La consejera presidenta del IEET, Marisol Zempoalteca Rugerio, informó que durante el simulacro se detectaron demoras en la transmisión desde los distritos de Calpulalpan y Huamantla, atribuidas a la baja cobertura de internet móvil. Indicó que la empresa encargada del PREP instalará enlaces satelitales de respaldo en ambos centros antes del tercer simulacro, programado para el 26 de mayo.

Asimismo, el Comité Técnico Asesor del PREP presentó un informe preliminar en el que no encontró vulnerabilidades críticas en el sistema informático; el documento final se hará público antes de la jornada electoral.

El IEET recordó que la jornada electoral local se celebrará el 2 de junio y que los resultados preliminares comenzarán a publicarse a partir de las 20:00 horas de ese día en la página electrónica del instituto.

###

Área de Comunicación Social y Prensa | comunicacion@ieet.example.mx | Tel. 246 555 0113
""", eol='mixed')
gold('ao12', 'press_release',
     title='Realiza IEET segundo simulacro del PREP con 98.6% de actas capturadas',
     date='2024-04-28', source='INSTITUTO ELECTORAL DEL ESTADO DE TLAXCALA',
     bulletin_number='IEET-CS-112/2024', issuer='INSTITUTO ELECTORAL DEL ESTADO DE TLAXCALA',
     dateline_city='Tlaxcala de Xicohténcatl',
     body_first_words='El Instituto Electoral del Estado de Tlaxcala (IEET) llevó a cabo',
     body_last_words='a partir de las 20:00 horas de ese día en la página electrónica del instituto.',
     boilerplate=['###', 'Área de Comunicación Social y Prensa', 'comunicacion@ieet.example.mx',
                  'Tel. 246 555 0113'],
     must_keep=['Indicó que la empresa encargada del PREP instalará enlaces satelitales de respaldo en ambos centros antes del tercer simulacro, programado para el 26 de mayo.',
                'Asimismo, el Comité Técnico Asesor del PREP presentó un informe preliminar en el que no encontró vulnerabilidades críticas en el sistema informático; el documento final se hará público antes de la jornada electoral.'])

# ---------------------------------------------------------------- ao13 jekyll (draft, quoted date, tags only)
emit('ao13', 'md', """---
layout: post
title: 'Restauración del antiguo hospital de San Lorenzo en Huamantla, detenida por adeudo a contratistas'
date: "2022-10-05"
author: Emiliano Cuapio Serrano
published: false
tags: [Huamantla, patrimonio, obra pública]
site_name: "Tlaxcala Abierta"
---

Los trabajos de restauración del antiguo hospital de San Lorenzo, en el centro de Huamantla, están detenidos desde hace siete semanas porque el gobierno municipal no ha pagado dos estimaciones a la empresa contratista, según documentos de la obra revisados por este medio.   

El proyecto, presentado en marzo con una inversión de 9.7 millones de pesos, contempla la consolidación de los muros de adobe, la sustitución de las vigas de la nave principal y la recuperación de un patio interior que estuvo cubierto por concreto durante décadas. Al momento de la suspensión, el avance físico era de 46 por ciento.

El representante legal de la constructora, Óscar Flores Tecpa, afirmó que el municipio adeuda 2.3 millones de pesos y que la empresa retiró a sus 28 trabajadores porque ya no podía cubrir la nómina. “Tenemos el andamio puesto sobre un muro que no está consolidado; si llueve fuerte, se puede perder parte de lo que ya se hizo”, advirtió.  

La tesorería municipal respondió por escrito que los pagos están condicionados a que la empresa entregue la bitácora completa y las pruebas de laboratorio de los morteros, documentos que, según la dependencia, fueron solicitados desde agosto.

Vecinos del barrio de San Lorenzo colocaron lonas para proteger la fachada y piden que el Cabildo explique en sesión pública el estado de la obra. El edificio, construido en el siglo XVIII, funcionó como hospital hasta 1910 y después como escuela y bodega.
""")
gold('ao13', 'jekyll',
     title='Restauración del antiguo hospital de San Lorenzo en Huamantla, detenida por adeudo a contratistas',
     date='2022-10-05', published=False, bylines=['Emiliano Cuapio Serrano'], source='Tlaxcala Abierta',
     section=None, placement=[],
     body_first_words='Los trabajos de restauración del antiguo hospital de San Lorenzo, en',
     body_last_words='funcionó como hospital hasta 1910 y después como escuela y bodega.',
     boilerplate=[],
     must_keep=['Al momento de la suspensión, el avance físico era de 46 por ciento.',
                'Vecinos del barrio de San Lorenzo colocaron lonas para proteger la fachada y piden que el Cabildo explique en sesión pública el estado de la obra.'])

# ---------------------------------------------------------------- ao14 generic (CRLF, NBSP, heading, photo credit)
emit('ao14', 'text', f"""# Campamento tortuguero de Barra de la Cruz libera 11 mil crías en la temporada

Foto: Archivo

El campamento tortuguero comunitario de Barra de la Cruz, en la costa de Oaxaca, cerró la temporada de anidación con 11{NB}mil 340 crías de tortuga golfina liberadas al mar, cifra superior en 18 por ciento a la del año anterior.

Los voluntarios del comité ecológico de la comunidad recorrieron cada noche, entre julio y diciembre, los cuatro kilómetros de playa para localizar nidos y trasladar los huevos a un corral de incubación protegido con malla. En total se reubicaron 164 nidadas; el resto se dejó en su sitio porque se encontraba lejos del alcance de la marea.

El coordinador del campamento, Ausencio Martínez Cruz, explicó que el aumento se debe en buena parte a que este año disminuyó el saqueo de huevos. Atribuyó el cambio a los rondines nocturnos que realizan jóvenes de la comunidad y a los acuerdos de la asamblea, que sanciona con trabajo comunitario a quien sea sorprendido extrayendo nidos.

Sin embargo, advirtió que la erosión de la playa sigue siendo un problema. Durante las tormentas de septiembre, el mar se llevó una franja de casi diez metros de arena y destruyó parte del corral, por lo que tuvieron que reconstruirlo con postes donados por pescadores de la zona.

El comité pidió a los visitantes no usar linternas blancas en la playa durante la noche, no tocar a las crías y respetar los horarios de liberación, que se anuncian en la caseta del campamento.
""", eol='\r\n')
gold('ao14', 'generic',
     title='Campamento tortuguero de Barra de la Cruz libera 11 mil crías en la temporada',
     date=None,
     body_first_words='El campamento tortuguero comunitario de Barra de la Cruz, en la',
     body_last_words='respetar los horarios de liberación, que se anuncian en la caseta del campamento.',
     boilerplate=['Foto: Archivo'],
     must_keep=['En total se reubicaron 164 nidadas; el resto se dejó en su sitio porque se encontraba lejos del alcance de la marea.',
                'Sin embargo, advirtió que la erosión de la playa sigue siendo un problema.',
                'El campamento tortuguero comunitario de Barra de la Cruz, en la costa de Oaxaca, cerró la temporada de anidación con 11 mil 340 crías de tortuga golfina liberadas al mar, cifra superior en 18 por ciento a la del año anterior.'],
     photo_credit='Archivo')

# ---------------------------------------------------------------- ao15 wire (two bylines, teaser glued at start, entities)
emit('ao15', 'md', """## Apizaco tendrá hospital general de 90 camas en 2026, anuncia Salud estatal
Por Itzel Cuahutle Pérez y Jorge Xochitiotzi Flores  
Tlaxcala al Minuto · 2 de septiembre de 2025 · Actualizado: 3 de septiembre de 2025  

La Secretaría de Salud de Tlaxcala anunció la construcción de un hospital general de 90 camas en Apizaco, que sustituirá al actual nosocomio de la avenida 16 de Septiembre, en operación desde 1982 y con daños estructurales detectados tras los sismos de 2017.  

El proyecto contempla quirófanos, unidad de cuidados intensivos con 12 camas, área de hemodiálisis y un servicio de urgencias con capacidad para atender a 180 pacientes al día. Se levantará en un predio de cuatro hectáreas donado por el municipio en la salida a Tlaxco y tendrá una inversión estimada de 1,450 millones de pesos.

También te recomendamos: Cierran por obras el bulevar Cuauhtémoc en Apizaco La construcción iniciará en noviembre y, de acuerdo con el calendario presentado, el hospital abrirá en el segundo semestre de 2026. Mientras tanto, el hospital actual seguirá funcionando con normalidad, aunque el área de hospitalización de medicina interna se trasladará a módulos provisionales.

El director de Infraestructura en Salud, Gerardo Meneses Ortega, explicó que el nuevo edificio se diseñó con aislamiento sísmico y que el hospital de &quot;la 16&quot; se convertirá en una clínica de especialidades una vez concluida la mudanza.

Médicos y enfermeras del hospital actual recibieron el anuncio con cautela. Una enfermera con 20 años de antigüedad, que pidió no publicar su nombre, señaló que la prioridad debe ser cubrir las 43 plazas vacantes de enfermería y no sólo construir edificios. &laquo;De qué sirve un hospital nuevo si no hay quién atienda&raquo;, dijo.

La dependencia informó que en octubre publicará la convocatoria para contratar a 310 trabajadores de la salud que se sumarán a la plantilla del nuevo hospital.
""")
gold('ao15', 'wire',
     title='Apizaco tendrá hospital general de 90 camas en 2026, anuncia Salud estatal',
     date='2025-09-02', bylines=['Itzel Cuahutle Pérez', 'Jorge Xochitiotzi Flores'],
     source='Tlaxcala al Minuto',
     body_first_words='La Secretaría de Salud de Tlaxcala anunció la construcción de un',
     body_last_words='310 trabajadores de la salud que se sumarán a la plantilla del nuevo hospital.',
     boilerplate=['También te recomendamos: Cierran por obras el bulevar Cuauhtémoc en Apizaco',
                  'Actualizado: 3 de septiembre de 2025'],
     must_keep=['La construcción iniciará en noviembre y, de acuerdo con el calendario presentado, el hospital abrirá en el segundo semestre de 2026.',
                'Se levantará en un predio de cuatro hectáreas donado por el municipio en la salida a Tlaxco y tendrá una inversión estimada de 1,450 millones de pesos.',
                'Médicos y enfermeras del hospital actual recibieron el anuncio con cautela.'])

# ---------------------------------------------------------------- ao16 press (public university, Oaxaca)
emit('ao16', 'md', """UNIVERSIDAD ESTATAL DE LA SIERRA SUR
Boletín 045/2025

Investigadores de la UESS identifican tres variedades de maguey tolerantes a la sequía

Miahuatlán de Porfirio Díaz, Oax., a 12 de febrero de 2025.

Foto: Comunicación Universitaria UESS

Un equipo del Instituto de Estudios Agroecológicos de la Universidad Estatal de la Sierra Sur (UESS) identificó tres variedades locales de maguey espadín que mantienen su crecimiento con hasta 40 por ciento menos agua que las plantas cultivadas de manera convencional, resultado que podría ayudar a los productores de mezcal ante los periodos de sequía cada vez más prolongados.

La investigación, encabezada por la doctora Yolanda Ramírez Pacheco, se desarrolló durante cinco años en parcelas experimentales de los municipios de Miahuatlán, Sola de Vega y Ejutla. El equipo comparó 38 poblaciones de maguey recolectadas con apoyo de productores de la región y midió su desarrollo bajo distintos niveles de riego.

“Las tres variedades que sobresalieron provienen de terrenos pedregosos de ladera, donde los campesinos han seleccionado durante generaciones las plantas que resisten mejor el estiaje”, explicó la investigadora. Añadió que el siguiente paso será establecer viveros comunitarios para que las familias productoras tengan acceso a hijuelos certificados.

Los resultados fueron publicados en una revista científica especializada en zonas áridas y serán presentados a las autoridades agrarias de las comunidades participantes, que conservarán los derechos sobre el material vegetal.

El rector de la UESS, Efrén Díaz Lagunas, destacó que el proyecto se financió con recursos de la propia universidad y de un fondo estatal de ciencia, y que en él participaron 14 estudiantes de Agronomía que realizaron ahí sus tesis de licenciatura.

---000---

Dirección de Comunicación Universitaria
comunicacion@uess.example.mx
Síguenos en redes sociales: @UESSoficial
""", enc='cp1252', eol='\r\n')
gold('ao16', 'press_release',
     title='Investigadores de la UESS identifican tres variedades de maguey tolerantes a la sequía',
     date='2025-02-12', source='UNIVERSIDAD ESTATAL DE LA SIERRA SUR',
     bulletin_number='045/2025', issuer='UNIVERSIDAD ESTATAL DE LA SIERRA SUR',
     dateline_city='Miahuatlán de Porfirio Díaz',
     body_first_words='Un equipo del Instituto de Estudios Agroecológicos de la Universidad Estatal',
     body_last_words='14 estudiantes de Agronomía que realizaron ahí sus tesis de licenciatura.',
     boilerplate=['---000---', 'Dirección de Comunicación Universitaria', 'comunicacion@uess.example.mx',
                  'Síguenos en redes sociales: @UESSoficial', 'Foto: Comunicación Universitaria UESS'],
     must_keep=['El equipo comparó 38 poblaciones de maguey recolectadas con apoyo de productores de la región y midió su desarrollo bajo distintos niveles de riego.',
                'Añadió que el siguiente paso será establecer viveros comunitarios para que las familias productoras tengan acceso a hijuelos certificados.'],
     photo_credit='Comunicación Universitaria UESS')

# ---------------------------------------------------------------- ao17 jekyll (fecha key, Spanish date, draft: true)
emit('ao17', 'markdown', """---
layout: nota
title: Atlixco alista el Huey Atlixcáyotl con 34 delegaciones de las siete regiones de Puebla
fecha: "17 de agosto de 2015"
author: "Adriana Coyotl Huerta"
draft: true
categories: [Cultura, Portada]
tags:
  - Huey Atlixcáyotl
  - Cerro de San Miguel
site:
  title: Crónicas de Atlixco
  baseurl: /cronicas
---

Treinta y cuatro delegaciones de las siete regiones de Puebla participarán este año en el Huey Atlixcáyotl, la fiesta de danzas tradicionales que se celebra cada septiembre en la explanada del Cerro de San Miguel, confirmó el comité organizador.

La presidenta del comité, Lourdes Xochihua Campos, informó que por primera vez participarán grupos de Zoquitlán, en la Sierra Negra, y de Chiconcuautla, en la Sierra Norte, que presentarán danzas de negritos y de toreadores que no se habían visto en el festival. En total subirán al escenario alrededor de 1,100 danzantes y músicos.

La muestra gastronómica contará con 40 cocineras tradicionales y se instalará en el zócalo, y no en la ladera del cerro como en años anteriores, para evitar que los visitantes se aglomeren en las escalinatas. El comité también acordó ampliar a tres los horarios de transporte gratuito desde el centro hasta la explanada.

Los boletos para las gradas numeradas costarán 150 pesos y se pondrán a la venta el 1 de septiembre en la Casa de Cultura; la zona general será gratuita. Los organizadores calculan que asistirán cerca de 12 mil personas entre las dos funciones del domingo 27 de septiembre.

Artesanos de la región pidieron al comité espacios fijos para la venta de textiles y alfarería, pues en la edición anterior fueron retirados por inspectores municipales.
""")
gold('ao17', 'jekyll',
     title='Atlixco alista el Huey Atlixcáyotl con 34 delegaciones de las siete regiones de Puebla',
     date='2015-08-17', published=False, bylines=['Adriana Coyotl Huerta'], source='Crónicas de Atlixco',
     section='Cultura', placement=['Portada'],
     body_first_words='Treinta y cuatro delegaciones de las siete regiones de Puebla participarán',
     body_last_words='pues en la edición anterior fueron retirados por inspectores municipales.',
     boilerplate=[],
     must_keep=['En total subirán al escenario alrededor de 1,100 danzantes y músicos.',
                'Los boletos para las gradas numeradas costarán 150 pesos y se pondrán a la venta el 1 de septiembre en la Casa de Cultura; la zona general será gratuita.'])

# ---------------------------------------------------------------- ao18 wire (agency rewrite, ALL CAPS, control byte)
emit('ao18', 'txt', """Puebla Express MX / Agencias
Puebla, Pue., lunes 16 de enero de 2023

SUBE A 24 PESOS EL KILO DE TORTILLA EN PUEBLA CAPITAL; TORTILLEROS CULPAN AL GAS Y AL MAÍZ

Foto: Especial

El precio del kilo de tortilla alcanzó los 24 pesos en al menos 300 establecimientos de la capital poblana, un incremento de tres pesos respecto a diciembre, de acuerdo con un sondeo realizado por organizaciones de la industria de la masa y la tortilla.

Los productores atribuyeron el aumento al encarecimiento del gas LP, que en la primera quincena de enero superó los 25 pesos por kilo en la zona metropolitana, y al alza del maíz blanco, cuyo precio por tonelada subió casi 30 por ciento en el último año. Relacionado: Canasta básica en Puebla, la más cara de la región centro\x0b

El representante de los tortilleros en la entidad, Salvador Huerta Jiménez, aseguró que muchos negocios pequeños trabajan con márgenes mínimos y que al menos 40 tortillerías de las juntas auxiliares cerraron en 2022. “No es que queramos subir, es que ya no salen las cuentas”, afirmó.

En mercados como el 5 de Mayo y La Acocota, el kilo todavía se vende entre 21 y 22 pesos, pero los comerciantes advirtieron que el precio podría ajustarse en las próximas semanas si continúa el alza de los insumos.

A nivel nacional, el precio promedio de la tortilla se ubicó en 21.80 pesos por kilo, según cifras oficiales de monitoreo de precios. Especialistas consultados señalaron que el alimento acumula incrementos superiores a la inflación general desde 2021.

La Procuraduría del Consumidor recordó que los establecimientos están obligados a exhibir el precio a la vista del público y pidió denunciar cobros distintos al anunciado.

Descarga la app de Puebla Express MX y activa las notificaciones para no perderte nada.
""")
gold('ao18', 'wire',
     title='SUBE A 24 PESOS EL KILO DE TORTILLA EN PUEBLA CAPITAL; TORTILLEROS CULPAN AL GAS Y AL MAÍZ',
     date='2023-01-16', bylines=[], source='Puebla Express MX',
     body_first_words='El precio del kilo de tortilla alcanzó los 24 pesos en',
     body_last_words='exhibir el precio a la vista del público y pidió denunciar cobros distintos al anunciado.',
     boilerplate=['Relacionado: Canasta básica en Puebla, la más cara de la región centro',
                  'Descarga la app de Puebla Express MX', 'Foto: Especial'],
     must_keep=['Los productores atribuyeron el aumento al encarecimiento del gas LP, que en la primera quincena de enero superó los 25 pesos por kilo en la zona metropolitana, y al alza del maíz blanco, cuyo precio por tonelada subió casi 30 por ciento en el último año.',
                '“No es que queramos subir, es que ya no salen las cuentas”, afirmó.',
                'Especialistas consultados señalaron que el alimento acumula incrementos superiores a la inflación general desde 2021.'],
     photo_credit='Especial')

# ---------------------------------------------------------------- ao19 bad (saved HTML page)
emit('ao19', 'txt', """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<title>Guerrero al Día | Reabren zona arqueológica de Palma Sola</title>
<link rel="stylesheet" href="/assets/css/main.min.css?v=4.2.1">
<script async src="/assets/js/ads.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body class="single-post">
<header class="site-header"><nav><ul><li><a href="/">Inicio</a></li><li><a href="/seccion/estado">Estado</a></li><li><a href="/seccion/acapulco">Acapulco</a></li></ul></nav></header>
<main>
<article>
<h1 class="entry-title">Reabren zona arqueol&oacute;gica de Palma Sola tras trabajos de mantenimiento</h1>
<div class="byline">Por <a href="/autor/hvargas">H&eacute;ctor Vargas</a> &middot; <time datetime="2019-02-11T09:12:00-06:00">11 febrero, 2019</time></div>
<div class="entry-content"><p>La zona arqueol&oacute;gica de Palma Sola, en Acapulco, reabri&oacute; sus puertas este lunes&hellip;</p>
<div class="ad-slot" id="div-gpt-ad-1549"></div>
</div>
</article>
</main>
<footer><p>&copy; 2019 Guerrero al D&iacute;a. Todos los derechos reservados.</p></footer>
</body>
</html>
""")
bad_gold('ao19', 'Es una página HTML guardada, no el texto de una nota')

# ---------------------------------------------------------------- ao20 press (state secretariat, Puebla; umbrella line)
emit('ao20', 'md', """GOBIERNO DE PUEBLA
Secretaría de Medio Ambiente y Ordenamiento Territorial
No. 0457

PLANTAN 12 MIL ÁRBOLES NATIVOS EN LA SIERRA DEL TENTZO CON APOYO DE 900 VOLUNTARIOS

Puebla, Pue., 22 de junio de 2019.- La Secretaría de Medio Ambiente y Ordenamiento Territorial encabezó una jornada de reforestación en la Sierra del Tentzo, en la que 900 voluntarios plantaron 12 mil árboles de especies nativas en una superficie de 15 hectáreas afectadas por incendios forestales en la temporada de estiaje.

Las especies plantadas son encino, copal, cazahuate y palo dulce, producidas en el vivero estatal a partir de semillas recolectadas en la propia sierra. La titular de la dependencia, Norma Angélica Ruiz Zacarías, explicó que el uso de plantas locales eleva la supervivencia hasta 70 por ciento, frente al 30 por ciento que se obtiene con especies traídas de otras regiones.

En la jornada participaron estudiantes de bachillerato y universidad, integrantes de grupos scouts, trabajadores de empresas de la zona metropolitana y habitantes de las juntas auxiliares de San Andrés Azumiatla y Santa María Malacatepec, quienes se encargarán del riego de auxilio durante los primeros meses.

La funcionaria detalló que la dependencia instalará 30 cajas de agua para captar lluvia en el área reforestada y que brigadas comunitarias realizarán tres monitoreos al año para medir la supervivencia de los árboles. Los datos se publicarán en el portal de la secretaría.

Asimismo, informó que este año se han combatido 64 incendios en el territorio estatal, la mayoría provocados por quemas agrícolas sin control, y exhortó a los productores a dar aviso a las autoridades antes de realizar cualquier quema.

---o0o---

Síguenos en @MedioAmbientePue_ej
comunicacion.smaot@puebla.example.mx
""", eol='\r\n')
gold('ao20', 'press_release',
     title='PLANTAN 12 MIL ÁRBOLES NATIVOS EN LA SIERRA DEL TENTZO CON APOYO DE 900 VOLUNTARIOS',
     date='2019-06-22', source='Secretaría de Medio Ambiente y Ordenamiento Territorial',
     bulletin_number='0457', issuer='Secretaría de Medio Ambiente y Ordenamiento Territorial',
     dateline_city='Puebla',
     body_first_words='La Secretaría de Medio Ambiente y Ordenamiento Territorial encabezó una jornada',
     body_last_words='a dar aviso a las autoridades antes de realizar cualquier quema.',
     boilerplate=['---o0o---', 'Síguenos en @MedioAmbientePue_ej', 'comunicacion.smaot@puebla.example.mx',
                  'GOBIERNO DE PUEBLA', 'No. 0457'],
     must_keep=['Las especies plantadas son encino, copal, cazahuate y palo dulce, producidas en el vivero estatal a partir de semillas recolectadas en la propia sierra.',
                'Los datos se publicarán en el portal de la secretaría.'])

print('part2 ok')
