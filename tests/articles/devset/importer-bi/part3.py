#!/usr/bin/env python3
"""importer-bi, files 21-30."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- bi21 wire (regional agency, two takes with -MÁS-, Gro.)
bi21 = """APSUR — Agencia Periodística del Sur
APSUR   GRO-LLUVIAS/1   08-07-2015   11:05
SERVICIO ESPECIAL PARA SUSCRIPTORES

Suman 21 comunidades incomunicadas en La Montaña por las lluvias

Por Eusebio Lagunas Vargas / Corresponsal

CHILPANCINGO, Gro., 8 de julio de 2015 (APSUR).- Al menos 21 comunidades de los municipios de Metlatónoc, Cochoapa el Grande y Atlamajalcingo del Monte permanecen incomunicadas por deslaves y crecidas de ríos, tras cuatro días de lluvias intensas en la región de La Montaña, informaron autoridades municipales y comisarios ejidales.

Los caminos de terracería que unen a esas localidades con Tlapa quedaron bloqueados por derrumbes en al menos nueve puntos, y el río que cruza la carretera hacia Cochoapa arrastró un puente colgante que usaban los estudiantes para llegar a la telesecundaria.

-MÁS-

APSUR   GRO-LLUVIAS/2   08-07-2015   11:12   (2a. parte)

Comisarios de las comunidades afectadas pidieron por radio el envío de despensas, medicamentos y lonas, pues varias familias perdieron el techo de sus casas y las milpas sembradas en las laderas. En algunas localidades la comida almacenada alcanza sólo para una semana.

Personal de Protección Civil estatal informó que dos helicópteros comenzarán a trasladar víveres a partir del jueves, si el clima lo permite, y que maquinaria de la Secretaría de Desarrollo Urbano trabaja desde este miércoles para abrir los caminos principales.

En Metlatónoc, uno de los municipios con mayores índices de pobreza del país, el centro de salud atendió a 14 personas con infecciones respiratorias y diarreas, sobre todo niñas y niños. Las autoridades sanitarias recomendaron hervir el agua y evitar el consumo de alimentos mojados.

Con información de corresponsales regionales.

APSUR/ELV/cgr/MAA
"""
write_source('bi21.txt', bi21, bom=True)
write_gold('bi21', family='wire',
           title='Suman 21 comunidades incomunicadas en La Montaña por las lluvias',
           date='2015-07-08', bylines=['Eusebio Lagunas Vargas'], source='Agencia Periodística del Sur',
           body_first_words='Al menos 21 comunidades de los municipios de Metlatónoc',
           body_last_words='evitar el consumo de alimentos mojados.',
           boilerplate=['APSUR GRO-LLUVIAS/1 08-07-2015 11:05', 'SERVICIO ESPECIAL PARA SUSCRIPTORES',
                        'Corresponsal', 'CHILPANCINGO, Gro., 8 de julio de 2015 (APSUR).-', '-MÁS-',
                        'APSUR GRO-LLUVIAS/2 08-07-2015 11:12 (2a. parte)',
                        'Con información de corresponsales regionales.', 'APSUR/ELV/cgr/MAA'],
           must_keep=['y el río que cruza la carretera hacia Cochoapa arrastró un puente colgante que usaban los estudiantes para llegar a la telesecundaria.',
                      'En algunas localidades la comida almacenada alcanza sólo para una semana.',
                      'Las autoridades sanitarias recomendaron hervir el agua y evitar el consumo de alimentos mojados.'])

# ---------------------------------------------------------------- bi22 jekyll (medium-to-markdown converter, byline in the body)
bi22 = """---
title: "Tlapa, la ciudad donde se cruzan tres lenguas"
description: "Mixtecos, nahuas y me’phaa comparten el tianguis de los domingos"
date: 2017-06-21T15:04:11.527Z
categories: []
keywords: []
slug: /@renatacuevas/tlapa-la-ciudad-donde-se-cruzan-tres-lenguas-4f2a91c0e7b3
---

_Por Renata Cuevas Lorenzo_

![](https://cdn-images-1.medium.example.mx/max/800/1*Tz8tianguis.jpeg)

Foto: Renata Cuevas Lorenzo

Los domingos, desde antes de que salga el sol, las calles del centro de Tlapa de Comonfort se llenan de puestos. Llegan camionetas desde las comunidades de La Montaña cargadas de frutas, flores, ollas de barro, sombreros de palma y chiles secos, y en los pasillos del tianguis se oyen al mismo tiempo el español, el náhuatl, el mixteco y el me’phaa.

Para muchos comerciantes, hablar tres o cuatro lenguas no es un logro sino una necesidad. Don Fidencio, que vende sal y jabón desde hace treinta años, aprendió el mixteco de sus clientes y el náhuatl de su esposa. “Si no les hablas en su idioma, se van al puesto de al lado”, dice entre risas.

La ciudad creció con la migración. Las familias que bajaron de la montaña en busca de escuela y trabajo se asentaron en colonias de la periferia, y cada una conserva su fiesta y su banda de viento. En las escuelas primarias, sin embargo, las clases se siguen dando casi siempre en español.

Algunos jóvenes de la ciudad han empezado a grabar programas de radio por internet en sus lenguas, con noticias, música y entrevistas a los mayores. Dicen que quieren que sus hermanos menores escuchen el idioma de sus abuelos también fuera de la casa.

Al mediodía, cuando el calor aprieta, el tianguis empieza a recogerse. Las camionetas regresan a la montaña con bultos de azúcar, láminas y refrescos, y la ciudad vuelve a sonar en un solo idioma hasta el domingo siguiente.

_Originally published at [medium.example.mx](https://medium.example.mx/@renatacuevas/tlapa-4f2a91c0e7b3) on June 21, 2017._
"""
write_source('bi22.md', bi22)
write_gold('bi22', family='jekyll',
           title='Tlapa, la ciudad donde se cruzan tres lenguas',
           date='2017-06-21', bylines=['Renata Cuevas Lorenzo'],
           body_first_words='Los domingos, desde antes de que salga el sol',
           body_last_words='en un solo idioma hasta el domingo siguiente.',
           boilerplate=['Por Renata Cuevas Lorenzo', 'Foto: Renata Cuevas Lorenzo', 'Originally published at'],
           must_keep=['Para muchos comerciantes, hablar tres o cuatro lenguas no es un logro sino una necesidad.',
                      '“Si no les hablas en su idioma, se van al puesto de al lado”, dice entre risas.',
                      'En las escuelas primarias, sin embargo, las clases se siguen dando casi siempre en español.'],
           photo_credit='Renata Cuevas Lorenzo')

# ---------------------------------------------------------------- bi23 press (municipality, Gro.; header date with weekday + inline dateline)
bi23 = """H. AYUNTAMIENTO DE ACAPULCO DE JUÁREZ
DIRECCIÓN DE COMUNICACIÓN SOCIAL
Boletín: 0731
Acapulco, Gro., viernes 12 de agosto de 2022
Hora de envío: 14:35

Liberan más de 3 mil crías de tortuga golfina en playas de Acapulco Diamante

Acapulco, Gro., 12 de agosto de 2022.- Personal de la Dirección de Ecología y Protección al Medio Ambiente, junto con voluntarios y prestadores de servicios turísticos, liberó esta mañana 3 mil 240 crías de tortuga golfina en la playa Revolcadero, en la zona Diamante del puerto.

Las crías nacieron en el campamento tortuguero municipal, donde desde junio se resguardan los nidos que los vigilantes encuentran durante los recorridos nocturnos. En lo que va de la temporada se han protegido 412 nidos, casi el doble que el año pasado.

El responsable del campamento explicó que la liberación se hace al amanecer o al atardecer, cuando la arena está menos caliente y hay menos aves que puedan cazar a las crías. También pidió a los visitantes no tomar a las tortugas con las manos ni usar luces con flash, porque desorientan a los animales.

La temporada de anidación de la tortuga golfina se extiende hasta diciembre. El Ayuntamiento recordó que la venta y el consumo de huevo de tortuga están prohibidos y que cualquier saqueo de nidos puede denunciarse ante la Procuraduría Federal de Protección al Ambiente.

Las personas que deseen participar como voluntarias en los recorridos nocturnos pueden inscribirse en las oficinas de la Dirección de Ecología, en el edificio del Ayuntamiento, de lunes a viernes.

oo0oo

Síguenos: Facebook /AcapulcoGobiernoEj · X @AcapulcoComunicaEj
"""
write_source('bi23.txt', bi23, enc='cp1252', eol=('mixed', 6))
write_gold('bi23', family='press_release',
           title='Liberan más de 3 mil crías de tortuga golfina en playas de Acapulco Diamante',
           date='2022-08-12', source='H. AYUNTAMIENTO DE ACAPULCO DE JUÁREZ',
           bulletin_number='0731', issuer='H. AYUNTAMIENTO DE ACAPULCO DE JUÁREZ', dateline_city='Acapulco',
           body_first_words='Personal de la Dirección de Ecología y Protección al Medio Ambiente',
           body_last_words='en el edificio del Ayuntamiento, de lunes a viernes.',
           boilerplate=['DIRECCIÓN DE COMUNICACIÓN SOCIAL', 'Boletín: 0731', 'Acapulco, Gro., viernes 12 de agosto de 2022',
                        'Hora de envío: 14:35', 'Acapulco, Gro., 12 de agosto de 2022.-', 'oo0oo',
                        'Síguenos: Facebook /AcapulcoGobiernoEj · X @AcapulcoComunicaEj'],
           must_keep=['En lo que va de la temporada se han protegido 412 nidos, casi el doble que el año pasado.',
                      'También pidió a los visitantes no tomar a las tortugas con las manos ni usar luces con flash, porque desorientan a los animales.',
                      'La temporada de anidación de la tortuga golfina se extiende hasta diciembre.'])

# ---------------------------------------------------------------- bi24 generic (UTF-16 BE, CRLF; a community chronicle)
bi24 = """La noche de los tigres en Zitlala

Cada año, a principios de mayo, Zitlala se llena de tigres. Son hombres y muchachos del pueblo que se ponen máscaras de cuero pintadas de amarillo y negro, trajes con manchas y cuerdas de ixtle enrolladas en la mano, y que recorren las calles antes de enfrentarse en parejas en la plaza.

La fiesta forma parte de la petición de lluvias. Los mayores explican que los golpes y la sangre que cae al suelo son una ofrenda para que el agua llegue a tiempo a las milpas. Por eso la celebración coincide con los días de la Santa Cruz, cuando se suben ofrendas a los cerros.

Las máscaras se hacen en el mismo pueblo. Un artesano de la calle principal fabrica unas cuarenta cada temporada; tarda casi una semana en curtir, coser y pintar cada una. Algunas familias guardan máscaras que pasaron de abuelos a nietos y que sólo se sacan para la fiesta.

Las peleas tienen reglas. Cada barrio nombra a un juez que separa a los tigres cuando uno cae o cuando la pelea se vuelve peligrosa, y no se permite golpear a quien ya perdió la máscara. Al terminar, los contrincantes se abrazan y comparten mezcal con sus familias.

En los últimos años han llegado visitantes de otros estados y del extranjero con cámaras. Los vecinos los reciben, pero piden que respeten los rezos en la iglesia y que no se metan entre los tigres durante las peleas.
"""
write_source('bi24.txt', bi24, enc='utf-16-be', eol='crlf', bom=True)
write_gold('bi24', family='generic',
           title='La noche de los tigres en Zitlala',
           body_first_words='Cada año, a principios de mayo, Zitlala se llena de tigres.',
           body_last_words='que no se metan entre los tigres durante las peleas.',
           must_keep=['La fiesta forma parte de la petición de lluvias.',
                      'Un artesano de la calle principal fabrica unas cuarenta cada temporada; tarda casi una semana en curtir, coser y pintar cada una.',
                      'Al terminar, los contrincantes se abrazan y comparten mezcal con sus familias.'])

# ---------------------------------------------------------------- bi25 wire (digital outlet, Google Docs export: escapes, split bold)
bi25 = """**Istmo al Día** | **MEDIO AMBIENTE**

# **Vecinos de Salina Cruz lanzan \\#AireLimpioIstmo para exigir monitoreo de la refinería**

Por **Citlali** **Orozco Matus**  
3 de febrero de 2022

![][image1]

Foto: Cortesía Colectivo Aire Limpio

Vecinas y vecinos de las colonias cercanas a la refinería de Salina Cruz lanzaron la campaña \\#AireLimpioIstmo para exigir que se instalen estaciones públicas de monitoreo de la calidad del aire, luego de que el pasado fin de semana una nube de humo negro cubriera durante horas el barrio de Santa María Xadani y la colonia Petrolera.

El colectivo que impulsa la campaña reúne a madres de familia, maestros jubilados y pescadores. Sus integrantes aseguran que cada vez que hay una falla en la planta aumentan en los centros de salud las consultas por irritación de ojos, dolor de cabeza y problemas respiratorios\\.

Las peticiones del colectivo son tres:

1\\. Estaciones de monitoreo con datos abiertos en tiempo real\\.  
2\\. Un protocolo de aviso a las escuelas cuando haya emisiones\\.  
3\\. Un censo de salud en las colonias más cercanas\\.

**Te puede interesar:** [Pescadores de Salina Cruz denuncian manchas de hidrocarburo en la playa](https://istmoaldia.example.mx/pescadores-manchas)

La empresa informó en un comunicado que el humo se debió a un paro de emergencia de una de las plantas y que las emisiones se mantuvieron dentro de la norma. Los vecinos respondieron que no existe ninguna estación pública que permita comprobarlo.

Una maestra jubilada de la colonia Petrolera dijo que lleva tres décadas escuchando las mismas explicaciones. “Nosotros no estamos contra la refinería, de ahí comen muchas familias; sólo queremos saber qué respiramos”, afirmó.

La campaña reunió más de 2 mil firmas en dos días y será entregada al Ayuntamiento y a las autoridades ambientales federales la próxima semana.

---

📲 Síguenos en Facebook e Instagram: @IstmoAlDiaEj

[image1]: <data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==>
"""
write_source('bi25.md', bi25)
write_gold('bi25', family='wire',
           title='Vecinos de Salina Cruz lanzan #AireLimpioIstmo para exigir monitoreo de la refinería',
           date='2022-02-03', bylines=['Citlali Orozco Matus'], source='Istmo al Día',
           section='MEDIO AMBIENTE',
           body_first_words='Vecinas y vecinos de las colonias cercanas a la refinería de Salina Cruz',
           body_last_words='a las autoridades ambientales federales la próxima semana.',
           boilerplate=['Foto: Cortesía Colectivo Aire Limpio',
                        'Te puede interesar:', 'Pescadores de Salina Cruz denuncian manchas de hidrocarburo en la playa',
                        'https://istmoaldia.example.mx/pescadores-manchas',
                        'Síguenos en Facebook e Instagram: @IstmoAlDiaEj', 'data:image/png;base64'],
           must_keep=['Sus integrantes aseguran que cada vez que hay una falla en la planta aumentan en los centros de salud las consultas por irritación de ojos, dolor de cabeza y problemas respiratorios.',
                      'Los vecinos respondieron que no existe ninguna estación pública que permita comprobarlo.',
                      '“Nosotros no estamos contra la refinería, de ahí comen muchas familias; sólo queremos saber qué respiramos”, afirmó.'],
           photo_credit='Cortesía Colectivo Aire Limpio')

# ---------------------------------------------------------------- bi26 jekyll (published as the string "false"; author list with a desk)
bi26 = """---
layout: post
title:  "Maestros de Tumbalá piden libros de texto en ch’ol"
date:   2014-02-20 08:30:00 -0600
published: "false"
author:
  - Óscar Gómez Pech
  - Redacción
categories: [Portada, Educación]
tags: [ch'ol, Tumbalá, educación indígena]
site_title: Noticias de la Selva Norte
---

Maestras y maestros de educación indígena de Tumbalá, en la región Selva Norte de Chiapas, pidieron que los libros de texto gratuitos que llegarán para el próximo ciclo escolar incluyan materiales escritos en ch’ol, la lengua que hablan la mayoría de sus alumnos.

Los docentes explicaron que en las primarias bilingües de la zona los niños aprenden a leer con libros en español que muchos no entienden del todo al entrar a la escuela. Para suplir la falta de materiales, cada maestro elabora sus propias láminas y cuadernos con cuentos, adivinanzas y canciones de la comunidad.

Un grupo de 30 profesores trabaja desde hace dos años en una antología de relatos recogidos con los abuelos de Tumbalá, Hidalgo Joshil y otras localidades. El texto ya está listo, pero no tienen recursos para imprimirlo.

La supervisora de la zona escolar dijo que la enseñanza en la lengua materna mejora la comprensión lectora y que los alumnos que aprenden primero a leer en ch’ol después aprenden el español con mayor facilidad.

Los maestros entregaron su petición en las oficinas regionales de educación en Palenque y pidieron una respuesta antes de que termine el ciclo escolar, para tener los libros en agosto.
"""
write_source('bi26.md', bi26)
write_gold('bi26', family='jekyll',
           title='Maestros de Tumbalá piden libros de texto en ch’ol',
           date='2014-02-20', published=False, bylines=['Óscar Gómez Pech'],
           source='Noticias de la Selva Norte', section='Educación', placement=['Portada'],
           body_first_words='Maestras y maestros de educación indígena de Tumbalá',
           body_last_words='para tener los libros en agosto.',
           must_keep=['Para suplir la falta de materiales, cada maestro elabora sus propias láminas y cuadernos con cuentos, adivinanzas y canciones de la comunidad.',
                      'El texto ya está listo, pero no tienen recursos para imprimirlo.',
                      'los alumnos que aprenden primero a leer en ch’ol después aprenden el español con mayor facilidad.'])

# ---------------------------------------------------------------- bi27 press (state civil protection, Chis.; copied from its Facebook page)
bi27 = """Protección Civil Chiapas
3 de octubre de 2010 a las 0:12 ·

COMUNICADO | SPC/0765/2010

Secretaría de Protección Civil del Estado de Chiapas
Tuxtla Gutiérrez, Chiapas; 2 de octubre de 2010.

EMITEN ALERTA NARANJA EN LA COSTA Y EL SOCONUSCO POR LLUVIAS INTENSAS

La Secretaría de Protección Civil emitió la alerta naranja para los municipios de las regiones Costa, Istmo-Costa y Soconusco, ante el pronóstico de lluvias intensas a torrenciales en las próximas 48 horas por el paso de una onda tropical y la entrada de humedad del océano Pacífico.

Los municipios con mayor riesgo son Tonalá, Pijijiapan, Mapastepec, Acapetahua, Huixtla y Tapachula, donde los ríos que bajan de la sierra podrían desbordarse. Se pidió a la población que vive en las orillas de los ríos y en laderas identificar el albergue más cercano y tener a la mano documentos personales y medicamentos.

Brigadas de la dependencia se encuentran desplegadas en las cabeceras municipales y en coordinación con los comités comunitarios de protección civil, que vigilan el nivel de los ríos y avisan por radio de cualquier crecida.

Se recomienda no cruzar ríos ni arroyos crecidos, ni a pie ni en vehículo, y atender las indicaciones de las autoridades en caso de que sea necesario evacuar. Los pescadores deberán permanecer en puerto hasta nuevo aviso.

Los reportes de emergencia se reciben las 24 horas en el número de emergencias.

* * *

#ChiapasPrevenido #ProtecciónCivil
Me gusta: 214 · 56 comentarios · 402 veces compartido
"""
write_source('bi27.txt', bi27, eol='crlf')
write_gold('bi27', family='press_release',
           title='EMITEN ALERTA NARANJA EN LA COSTA Y EL SOCONUSCO POR LLUVIAS INTENSAS',
           date='2010-10-02', source='Secretaría de Protección Civil del Estado de Chiapas',
           bulletin_number='SPC/0765/2010', issuer='Secretaría de Protección Civil del Estado de Chiapas',
           dateline_city='Tuxtla Gutiérrez',
           body_first_words='La Secretaría de Protección Civil emitió la alerta naranja',
           body_last_words='las 24 horas en el número de emergencias.',
           boilerplate=['Protección Civil Chiapas', '3 de octubre de 2010 a las 0:12', 'COMUNICADO | SPC/0765/2010',
                        'Tuxtla Gutiérrez, Chiapas; 2 de octubre de 2010.', '* * *',
                        '#ChiapasPrevenido #ProtecciónCivil', 'Me gusta: 214 · 56 comentarios · 402 veces compartido'],
           must_keep=['Se pidió a la población que vive en las orillas de los ríos y en laderas identificar el albergue más cercano y tener a la mano documentos personales y medicamentos.',
                      'Los pescadores deberán permanecer en puerto hasta nuevo aviso.',
                      'que vigilan el nivel de los ríos y avisan por radio de cualquier crecida.'])

# ---------------------------------------------------------------- bi28 jekyll (bilingual community radio site, Zapotec words; BOM, CRLF)
bi28 = """---
layout: post
title: "Radios comunitarias del Istmo forman una red para informar en diidxazá"
date: 2024-05-18 19:20:00 -06:00
author: "Itzel Guerra Toledo y Baldomero López Luis"
categories:
  - Destacadas
  - Comunicación comunitaria
idiomas: [diidxazá, español]
radio: Radio Nisadó 101.3 FM
---

Padiuxi. Siete radios comunitarias de Juchitán, Unión Hidalgo, San Blas Atempa, Ixtepec y Santa María Xadani firmaron este sábado el acuerdo que crea la red Guendaliza’a, palabra que en diidxazá, el zapoteco del Istmo, nombra el parentesco y la ayuda mutua entre familias.

La red compartirá noticieros, cápsulas de salud y avisos de protección civil en zapoteco y en español. Cada emisora producirá una parte de la programación y la enviará a las demás por internet, para que las comunidades más pequeñas puedan transmitir información regional todos los días.

Las y los locutores explicaron que la idea nació después del sismo de 2017, cuando las radios comunitarias fueron, durante días, el único medio que informaba en la lengua de la gente. “En la emergencia nos dimos cuenta de que solos no alcanzábamos a cubrir todo”, dijo una de las fundadoras.

Además de las noticias, la red grabará a los mayores que todavía recuerdan palabras y cantos que ya no se usan. El archivo quedará disponible para las escuelas y para quien quiera aprender diidxazá.

Las emisoras pidieron a las autoridades que respeten las frecuencias de uso social indígena y que los trámites para renovar sus concesiones puedan hacerse en la región. La primera transmisión conjunta será el 1 de junio. Xquixe pe’ laatu.
"""
write_source('bi28.md', bi28, eol='crlf', bom=True)
write_gold('bi28', family='jekyll',
           title='Radios comunitarias del Istmo forman una red para informar en diidxazá',
           date='2024-05-18', bylines=['Itzel Guerra Toledo', 'Baldomero López Luis'],
           source='Radio Nisadó 101.3 FM', section='Comunicación comunitaria', placement=['Destacadas'],
           body_first_words='Padiuxi. Siete radios comunitarias de Juchitán',
           body_last_words='La primera transmisión conjunta será el 1 de junio. Xquixe pe’ laatu.',
           must_keep=['palabra que en diidxazá, el zapoteco del Istmo, nombra el parentesco y la ayuda mutua entre familias.',
                      '“En la emergencia nos dimos cuenta de que solos no alcanzábamos a cubrir todo”, dijo una de las fundadoras.',
                      'El archivo quedará disponible para las escuelas y para quien quiera aprender diidxazá.'])

# ---------------------------------------------------------------- bi29 generic (Word -> pandoc Markdown: setext title, footnotes, escapes)
bi29 = """Las salinas de Puerto Chiapas y el trabajo de las mujeres
==========================================================

*Documento de trabajo del taller de historia oral, segunda versión*

En la barra de San Simón, cerca de Puerto Chiapas, la sal todavía se cosecha a mano. Entre marzo y mayo, cuando no llueve, las familias abren pozas en la arena, las llenan con agua de la laguna y esperan a que el sol haga el resto\\[1\\]. El trabajo más duro, el de raspar y cargar la sal, lo hacen sobre todo las mujeres.

Doña Amalia, de 68 años, empezó a los doce. Cuenta que antes la sal se cambiaba por maíz y frijol con los comerciantes que bajaban de la sierra, y que su madre la llevaba en canoa hasta el mercado de Tapachula. "La sal era nuestro dinero", dice.[^1]

Hoy quedan pocas familias salineras. Los jóvenes prefieren trabajar en el puerto o en las fincas, y la sal industrial que llega de otros estados se vende más barata. Las salineras que siguen aseguran que su sal, más gruesa y con sabor a mar, es la que buscan las cocineras para los pescados y las salsas.

En el taller, las mujeres dibujaron un mapa de las pozas antiguas y de las que todavía funcionan. Descubrieron que más de la mitad desapareció en los últimos veinte años, cuando la laguna se azolvó y cambió la entrada del agua salada.

El grupo quiere formar una cooperativa para empacar la sal con una etiqueta propia y venderla en ferias. También quiere que la escuela de la barra incluya la historia de las salinas en sus clases, para que los niños sepan de dónde viene lo que comen.

[^1]: Entrevista realizada en la barra de San Simón, abril de 2019.
"""
write_source('bi29.md', bi29)
write_gold('bi29', family='generic',
           title='Las salinas de Puerto Chiapas y el trabajo de las mujeres',
           body_first_words='Documento de trabajo del taller de historia oral, segunda versión',
           body_last_words='Entrevista realizada en la barra de San Simón, abril de 2019.',
           must_keep=['El trabajo más duro, el de raspar y cargar la sal, lo hacen sobre todo las mujeres.',
                      'Los jóvenes prefieren trabajar en el puerto o en las fincas, y la sal industrial que llega de otros estados se vende más barata.',
                      'Descubrieron que más de la mitad desapareció en los últimos veinte años, cuando la laguna se azolvó y cambió la entrada del agua salada.'])

# ---------------------------------------------------------------- bi30 bad (front matter, body of blank lines only; CRLF)
bi30 = """---
layout: post
title: "Tabasco, listo para la temporada de frentes fríos"
date: 2019-10-28 10:00:00 -0600
author: Redacción Tabasco Hoy Digital
categories: [Estado]
---

   
\t

"""
write_source('bi30.md', bi30, eol='crlf')
write_gold('bi30', family='bad',
           refusal_reason='El archivo sólo contiene encabezado (front matter); el cuerpo está vacío (sólo espacios y saltos de línea).')
