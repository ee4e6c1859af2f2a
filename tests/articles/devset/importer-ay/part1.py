#!/usr/bin/env python3
"""importer-ay, files ay01-ay10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- ay01 wire (agency, NL)
t = """Seguridad

# Despliegan operativo en la carretera a Laredo tras ola de asaltos a transportistas

Por Rogelio Cantú Elizondo / Agencia Informativa del Noreste
Sábado 18 de julio de 2009, 14:05 h

MONTERREY, N.L., 18 de julio (AINE).– Elementos de la Policía Federal y de la Secretaría de Seguridad Pública estatal iniciaron este sábado un operativo permanente en la carretera federal 85, entre Monterrey y Nuevo Laredo, luego de que transportistas denunciaran al menos catorce asaltos en las últimas tres semanas.

El vocero de la corporación estatal, Héctor Garza Villarreal, explicó que se instalaron tres puntos de revisión en los municipios de Salinas Victoria, Ciénega de Flores y Sabinas Hidalgo, donde se concentran los reportes de robo de mercancía y de combustible.

Lee también: Cierran por obras la avenida Constitución hasta agosto Los choferes afectados coincidieron en que los asaltantes viajan en camionetas sin placas y detienen a los tractocamiones en los tramos sin iluminación, sobre todo entre la una y las cuatro de la madrugada.

"Nos bajan de la unidad, nos quitan el celular y se llevan la caja completa; ya nadie quiere hacer el viaje de noche", relató un operador de una empresa de autotransporte de Escobedo que pidió no publicar su nombre.

La delegación local de la cámara del autotransporte de carga estimó que las pérdidas por robo superan los 20 millones de pesos en lo que va del año y pidió que el operativo incluya patrullajes aéreos en los tramos más aislados.

Garza Villarreal indicó que los puntos de revisión funcionarán las 24 horas y que habrá coordinación con las autoridades de Tamaulipas para vigilar el tramo cercano a la frontera. Los transportistas pueden reportar cualquier incidente al número de emergencias 066.

Con información de Marisela Treviño.

AINE/RCE/mtg
###
"""
write_source('ay01.md', t)
write_gold('ay01', family='wire',
           title='Despliegan operativo en la carretera a Laredo tras ola de asaltos a transportistas',
           date='2009-07-18', bylines=['Rogelio Cantú Elizondo'],
           source='Agencia Informativa del Noreste', section='Seguridad',
           body_first_words='Elementos de la Policía Federal y de la Secretaría',
           body_last_words='al número de emergencias 066.',
           boilerplate=['MONTERREY, N.L., 18 de julio (AINE).–',
                        'Lee también: Cierran por obras la avenida Constitución hasta agosto',
                        'Con información de Marisela Treviño.', 'AINE/RCE/mtg', '###'],
           must_keep=['Los choferes afectados coincidieron en que los asaltantes viajan en camionetas sin placas y detienen a los tractocamiones en los tramos sin iluminación, sobre todo entre la una y las cuatro de la madrugada.',
                      'Los transportistas pueden reportar cualquier incidente al número de emergencias 066.'])

# ---------------------------------------------------------------- ay02 press (municipio, SLP)
t = """H. AYUNTAMIENTO DE CIUDAD VALLES, S.L.P.
ADMINISTRACIÓN 2015-2018
Dirección de Comunicación Social

BOLETÍN INFORMATIVO NÚM. 214

Arranca rehabilitación del malecón del río Valles
con inversión de 18 millones de pesos

Ciudad Valles, San Luis Potosí; a 9 de marzo de 2017.- Con una inversión de 18 millones de pesos provenientes del Fondo de Aportaciones para la Infraestructura Social y de recursos propios, el Ayuntamiento de Ciudad Valles dio el banderazo de arranque a la rehabilitación del malecón del río Valles, uno de los principales espacios de convivencia de las familias de la Huasteca.

El presidente municipal, Ramiro Olvera Santiago, explicó que los trabajos comprenden la sustitución de 1.2 kilómetros de andador, la instalación de luminarias con tecnología LED, la construcción de dos rampas de acceso para personas con discapacidad y la reforestación de la ribera con especies nativas como el sabino y el ébano.

“El malecón es de todos los vallenses; durante años se quedó sin mantenimiento y hoy lo vamos a recuperar para que vuelva a ser un lugar seguro para caminar, hacer ejercicio y convivir”, señaló el alcalde ante vecinos de las colonias Hidalgo y Obrera.

La directora de Obras Públicas, Teresa Rubio Castillo, detalló que la obra se realizará en tres etapas para no cerrar por completo el paseo y que la primera, entre el puente Valles y la calle Juárez, concluirá a finales de junio, antes de la temporada de lluvias.

Asimismo, informó que durante los trabajos se generarán alrededor de 90 empleos temporales y que se dará preferencia a la mano de obra local. Las empresas constructoras fueron seleccionadas mediante licitación pública, cuyo fallo puede consultarse en el portal de transparencia del municipio.

Finalmente, el Ayuntamiento pidió a la ciudadanía atender los señalamientos de desvío y reportar cualquier incidente a la Dirección de Protección Civil Municipal.

---o0o---

Dirección de Comunicación Social
Tel. (481) 555 0142 y 555 0143
comunicacion@ciudadvalles.example.mx
Facebook: /AyuntamientoCdValles | Twitter: @CdVallesGob
"""
write_source('ay02.txt', t, enc='cp1252', eol='crlf')
write_gold('ay02', family='press_release',
           title='Arranca rehabilitación del malecón del río Valles con inversión de 18 millones de pesos',
           date='2017-03-09', bulletin_number='214',
           issuer='H. AYUNTAMIENTO DE CIUDAD VALLES, S.L.P.', dateline_city='Ciudad Valles',
           body_first_words='Con una inversión de 18 millones de pesos provenientes',
           body_last_words='a la Dirección de Protección Civil Municipal.',
           boilerplate=['ADMINISTRACIÓN 2015-2018', 'BOLETÍN INFORMATIVO NÚM. 214',
                        'Ciudad Valles, San Luis Potosí; a 9 de marzo de 2017.-', '---o0o---',
                        'Tel. (481) 555 0142 y 555 0143', 'comunicacion@ciudadvalles.example.mx',
                        'Facebook: /AyuntamientoCdValles | Twitter: @CdVallesGob'],
           must_keep=['El presidente municipal, Ramiro Olvera Santiago, explicó que los trabajos comprenden la sustitución de 1.2 kilómetros de andador',
                      'Finalmente, el Ayuntamiento pidió a la ciudadanía atender los señalamientos de desvío y reportar cualquier incidente a la Dirección de Protección Civil Municipal.'])

# ---------------------------------------------------------------- ay03 jekyll (WordPress export)
t = """---
layout: post
title: Inauguran centro de salud con servicios ampliados en Tamazunchale
date: 2014-11-08 21:40:00.000000000 -06:00
type: post
published: true
status: publish
categories:
- Portada
- Región
tags:
- salud
- Tamazunchale
meta:
  _edit_last: '3'
  _thumbnail_id: '311'
author:
  login: mgarza
  email: mgarza@huastecahoy.example.mx
  display_name: Marisol Garza Ponce
  first_name: Marisol
  last_name: Garza Ponce
---
[caption id="attachment_311" align="aligncenter" width="640"]<img class="size-large wp-image-311" src="http://huastecahoy.example.mx/wp-content/uploads/2014/11/centro-salud.jpg" alt="centro-salud" width="640" height="427" /> Foto: Especial[/caption]

Con una ceremonia en la que participaron autoridades de salud y habitantes de comunidades náhuatl y tének, este sábado fue inaugurado el centro de salud con servicios ampliados de Tamazunchale, que atenderá a cerca de 60 mil personas de la Huasteca potosina.

<!--more-->

La unidad cuenta con consultorios de medicina general, odontología, un área de urgencias con dos camas de observación, laboratorio clínico y una sala de atención para mujeres embarazadas, informó el director de la jurisdicción sanitaria, Alfonso Medina Rangel.

"Antes, para un ultrasonido o unos análisis, la gente tenía que viajar hasta Ciudad Valles; ahora lo van a encontrar aquí, cerca de su casa", dijo Medina Rangel durante el recorrido por las instalaciones.

El edificio, cuya construcción comenzó a principios de 2013, tuvo un costo de 32 millones de pesos. Contará con una plantilla de 48 trabajadores, entre ellos nueve médicos, catorce enfermeras y dos intérpretes de lenguas indígenas que acompañarán a los pacientes durante las consultas.

Vecinos de las comunidades de Tezapotla y Chapulhuacanito pidieron que el transporte público amplíe sus horarios para llegar a tiempo a las citas de la mañana, pues muchos caminos rurales quedan intransitables durante la temporada de lluvias.

Las autoridades municipales se comprometieron a revisar las rutas con los concesionarios y a rehabilitar antes de fin de año el camino que comunica con la comunidad de Santa María Picula.
"""
write_source('ay03.md', t)
write_gold('ay03', family='jekyll',
           title='Inauguran centro de salud con servicios ampliados en Tamazunchale',
           date='2014-11-08', bylines=['Marisol Garza Ponce'], source=None,
           section='Región', placement=['Portada'],
           body_first_words='Con una ceremonia en la que participaron autoridades',
           body_last_words='con la comunidad de Santa María Picula.',
           boilerplate=['[caption id="attachment_311" align="aligncenter" width="640"]',
                        'Foto: Especial[/caption]', '<!--more-->'],
           must_keep=['La unidad cuenta con consultorios de medicina general, odontología, un área de urgencias con dos camas de observación',
                      'El edificio, cuya construcción comenzó a principios de 2013, tuvo un costo de 32 millones de pesos.'],
           photo_credit='Foto: Especial')

# ---------------------------------------------------------------- ay04 wire (national daily, Tamps.)
t = """Frío extremo deja tres muertos y miles de hogares sin luz en Tamaulipas
Por Ernesto Saldívar Lara, corresponsal | El Heraldo de la República
Ciudad Victoria, Tamps. | 16.02.2021 · 09:12 h
Foto: El Heraldo de la República / Archivo

Tres personas murieron por hipotermia y más de 40 mil hogares permanecían sin energía eléctrica la mañana de este martes en Tamaulipas, luego de que las temperaturas descendieran hasta nueve grados bajo cero en municipios del norte y del altiplano del estado.

De acuerdo con la Coordinación Estatal de Protección Civil, dos de las víctimas eran hombres en situación de calle localizados en Nuevo Laredo y Reynosa, mientras que la tercera fue una mujer de la tercera edad que vivía sola en una comunidad rural de Tula.

Los cortes de luz comenzaron la madrugada del lunes, cuando la falta de gas natural importado de Texas obligó a reducir la generación en varias centrales del noreste. TE PUEDE INTERESAR | ¿Por qué se fue la luz en el norte del país? Te lo explicamos

En Ciudad Victoria, la capital, se habilitaron once refugios temporales en escuelas y gimnasios, donde hasta la noche del lunes se habían atendido 640 personas. Voluntarios de la Cruz Roja repartieron cobijas, café y alimentos calientes.

“Llevamos más de veinte horas sin luz y sin agua, porque el tinaco se llena con bomba; dormimos todos juntos en un cuarto con cobijas”, contó Gloria Salinas, vecina de la colonia Mainero.

Las autoridades educativas suspendieron las clases a distancia en la entidad hasta el miércoles, ya que muchos alumnos no tienen forma de conectarse, y pidieron a la población no usar anafres ni braseros dentro de las viviendas para evitar intoxicaciones por monóxido de carbono.

MÁS NOTICIAS
- Reportan nevada en la sierra de Arteaga
- Productores de cítricos temen pérdidas por heladas
- Suben precios del gas LP en el norte

Síguenos en X, Facebook e Instagram como @HeraldoRepublica
"""
write_source('ay04.txt', t, eol='crlf', bom=True)
write_gold('ay04', family='wire',
           title='Frío extremo deja tres muertos y miles de hogares sin luz en Tamaulipas',
           date='2021-02-16', bylines=['Ernesto Saldívar Lara'],
           source='El Heraldo de la República', section=None,
           body_first_words='Tres personas murieron por hipotermia y más de 40 mil hogares',
           body_last_words='para evitar intoxicaciones por monóxido de carbono.',
           boilerplate=['Foto: El Heraldo de la República / Archivo',
                        'TE PUEDE INTERESAR | ¿Por qué se fue la luz en el norte del país? Te lo explicamos',
                        'MÁS NOTICIAS', 'Reportan nevada en la sierra de Arteaga',
                        'Productores de cítricos temen pérdidas por heladas',
                        'Suben precios del gas LP en el norte',
                        'Síguenos en X, Facebook e Instagram como @HeraldoRepublica'],
           must_keep=['Los cortes de luz comenzaron la madrugada del lunes, cuando la falta de gas natural importado de Texas obligó a reducir la generación en varias centrales del noreste.',
                      'Voluntarios de la Cruz Roja repartieron cobijas, café y alimentos calientes.'],
           photo_credit='Foto: El Heraldo de la República / Archivo')

# ---------------------------------------------------------------- ay05 press (state congress, Coah.)
t = """# H. Congreso del Estado de Coahuila de Zaragoza

## LXI Legislatura · Coordinación de Comunicación Social

**Comunicado Núm. 488**

### Aprueba el Pleno reforma para castigar con cárcel el maltrato animal

**Saltillo, Coahuila de Zaragoza, 21 de noviembre de 2019.**- Por unanimidad, el Pleno del Congreso del Estado aprobó una reforma al Código Penal de Coahuila de Zaragoza que establece penas de seis meses a dos años de prisión para quien cometa actos de crueldad contra animales domésticos.

La iniciativa, presentada por la diputada Lorena Aguirre Saucedo, contempla además multas de cien a trescientas veces el valor de la Unidad de Medida y Actualización, y prevé que la sanción aumente hasta en una mitad cuando el maltrato provoque la muerte del animal.

Durante la discusión, la legisladora recordó que en los últimos dos años las asociaciones protectoras de la entidad documentaron más de 300 casos de perros y gatos envenenados, abandonados en azoteas o golpeados, sin que ninguno llegara ante un juez.

“Hasta hoy, el maltrato animal en Coahuila se castigaba con una multa administrativa que casi nadie pagaba. Con esta reforma, quien lastime a un animal tendrá que responder ante la justicia”, afirmó.

El dictamen, elaborado por la Comisión de Medio Ambiente, también obliga a los municipios a contar con un área de control animal que reciba denuncias ciudadanas y a canalizar a la Fiscalía General del Estado los casos en que haya indicios de delito.

Las diputadas y los diputados acordaron que la reforma entre en vigor al día siguiente de su publicación en el Periódico Oficial del Estado, y que los ayuntamientos cuenten con un plazo de 180 días para adecuar sus reglamentos.

* * *

**Coordinación de Comunicación Social**
H. Congreso del Estado de Coahuila de Zaragoza
Tel. (844) 555 0190 · prensa@congresocoahuila.example.mx
www.congresocoahuila.example.mx
"""
write_source('ay05.md', t)
write_gold('ay05', family='press_release',
           title='Aprueba el Pleno reforma para castigar con cárcel el maltrato animal',
           date='2019-11-21', bulletin_number='488',
           issuer='H. Congreso del Estado de Coahuila de Zaragoza', dateline_city='Saltillo',
           body_first_words='Por unanimidad, el Pleno del Congreso del Estado aprobó',
           body_last_words='un plazo de 180 días para adecuar sus reglamentos.',
           boilerplate=['LXI Legislatura · Coordinación de Comunicación Social', 'Comunicado Núm. 488',
                        'Saltillo, Coahuila de Zaragoza, 21 de noviembre de 2019.', '* * *',
                        'Tel. (844) 555 0190 · prensa@congresocoahuila.example.mx',
                        'www.congresocoahuila.example.mx'],
           must_keep=['Con esta reforma, quien lastime a un animal tendrá que responder ante la justicia',
                      'El dictamen, elaborado por la Comisión de Medio Ambiente, también obliga a los municipios a contar con un área de control animal'])

# ---------------------------------------------------------------- ay06 generic (latin-1, CR only)
t = """La Feria de la Naranja vuelve a llenar las calles de Montemorelos

Desde temprano, el olor a azahar y a jugo recién exprimido anunciaba que algo distinto ocurría en la plaza principal de Montemorelos. Por primera vez en tres años, los productores citrícolas del municipio volvieron a instalar sus puestos para la tradicional Feria de la Naranja, que se prolongará hasta el domingo.

Más de cien expositores, la mayoría pequeños huerteros de la región citrícola de Nuevo León, ofrecen naranja valencia, toronja, mandarina y limón, además de mermeladas, licores y dulces elaborados por cooperativas de mujeres de las comunidades cercanas.

Don Eusebio Cavazos, de 71 años, lleva medio siglo cultivando cítricos en un terreno a orillas del río Pilón. Cuenta que las heladas y la sequía de los últimos años le quitaron casi la mitad de sus árboles, pero que la feria le permite vender directamente, sin intermediarios, a un precio justo.

El programa incluye la coronación de la reina de la feria, un torneo de lanzamiento de naranja para niños, bailes de música norteña en el kiosco y una muestra de maquinaria agrícola instalada junto al mercado municipal.

Los organizadores esperan la visita de unas 40 mil personas, muchas de ellas procedentes de Monterrey, Linares y Allende. Recomiendan llegar temprano, pues el estacionamiento es limitado y algunas calles del centro permanecerán cerradas a la circulación durante los cuatro días.

Al caer la tarde, las familias se sientan en las bancas de la plaza con un vaso de jugo en la mano, mientras los niños corren entre los puestos. Para muchos, la feria es mucho más que un mercado: es la forma en que Montemorelos recuerda que su historia está hecha de naranjos.
"""
write_source('ay06.txt', t, enc='latin-1', eol='cr')
write_gold('ay06', family='generic',
           title='La Feria de la Naranja vuelve a llenar las calles de Montemorelos',
           date=None,
           body_first_words='Desde temprano, el olor a azahar y a jugo recién exprimido',
           body_last_words='su historia está hecha de naranjos.',
           must_keep=['Más de cien expositores, la mayoría pequeños huerteros de la región citrícola de Nuevo León, ofrecen naranja valencia, toronja, mandarina y limón',
                      'El programa incluye la coronación de la reina de la feria, un torneo de lanzamiento de naranja para niños'])

# ---------------------------------------------------------------- ay07 jekyll (Drupal migration, draft)
t = """---
layout: post
title: "Ciudad Mante: inicia la zafra con un precio de garantía para la caña"
date: "2012-11-20 18:20"
drupal_nid: 4512
path: /noticias/2012/11/inicia-zafra-mante
author: redaccion
site_name: Noticias del Mante
published: "false"
category: Campo
tags: [zafra, caña de azúcar, El Mante]
---
<p>Con el arranque de la molienda en el ingenio de El Mante, más de tres mil productores de caña de la zona sur de Tamaulipas iniciaron este martes la zafra 2012-2013, que se extenderá hasta finales de mayo y para la que se prevé moler alrededor de un millón 400 mil toneladas.</p>

<p>Los dirigentes de las organizaciones cañeras informaron que, tras varias semanas de negociación, se acordó un precio de garantía de 520 pesos por tonelada, ligeramente superior al del ciclo anterior, aunque todavía por debajo de lo que esperaban los productores.</p>

<p>"Los fertilizantes, el diésel y el pago de los cortadores subieron mucho este año. Con este precio apenas salimos a mano", comentó Filiberto Ramos, productor del ejido Quintero, quien siembra 18 hectáreas.</p>

<p>Durante la temporada llegarán al municipio cerca de dos mil jornaleros procedentes de la Huasteca potosina y del norte de Veracruz, quienes se hospedan en albergues ubicados en las inmediaciones del ingenio. La Secretaría de Salud instalará un módulo para atenderlos y aplicar vacunas.</p>

<p>La dirección de Protección Civil municipal recordó a los automovilistas extremar precauciones en la carretera nacional y en los caminos vecinales, por el incremento en la circulación de camiones cargados de caña, especialmente durante la noche.</p>

<p>En la zafra anterior, la región reportó rendimientos de 72 toneladas por hectárea; para este ciclo, las lluvias de septiembre permiten anticipar una producción similar, siempre que no se presenten heladas en enero.</p>
"""
write_source('ay07.md', t)
write_gold('ay07', family='jekyll',
           title='Ciudad Mante: inicia la zafra con un precio de garantía para la caña',
           date='2012-11-20', published=False, bylines=[], source='Noticias del Mante',
           section='Campo',
           body_first_words='Con el arranque de la molienda en el ingenio de El Mante',
           body_last_words='siempre que no se presenten heladas en enero.',
           must_keep=['se acordó un precio de garantía de 520 pesos por tonelada, ligeramente superior al del ciclo anterior',
                      'La Secretaría de Salud instalará un módulo para atenderlos y aplicar vacunas.'])

# ---------------------------------------------------------------- ay08 bad (front matter, no body)
t = """---
title: "Inundaciones en Reynosa: cronología"
date: 2018-06-22
author: Marco Treviño
categories: [Portada, Tamaulipas]
---


   
\t
"""
write_source('ay08.md', t, eol='crlf')
write_gold('ay08', family='bad',
           refusal_reason='El archivo solo tiene encabezado (front matter) y ningún texto de cuerpo.')

# ---------------------------------------------------------------- ay09 wire (regional TV site, Tamps.)
t = """Cierran puente internacional Reynosa-Pharr por protesta de productores de sorgo

Telenoreste Noticias | Reynosa, Tamaulipas
Publicado el 04/09/2023 a las 20:15 · Actualizado el 05/09/2023 a las 07:40
Reportó: Abel Zamora Ruiz
Foto: Captura de video / Telenoreste

Productores de sorgo de los municipios de Río Bravo, Reynosa y Méndez bloquearon desde el mediodía de este lunes el acceso al puente internacional Reynosa-Pharr, para exigir un precio justo por tonelada y el pago de los apoyos a la comercialización prometidos desde la cosecha de primavera.

Con más de 80 tractores y camionetas, los agricultores cerraron los carriles de carga en dirección a Estados Unidos, lo que provocó una fila de tractocamiones de más de seis kilómetros sobre el bulevar que conduce a la garita.

El dirigente de los productores, Ismael Garza Ochoa, explicó que los compradores ofrecen alrededor de 4 mil pesos por tonelada, cuando los costos de producción superan los 4 mil 600. También te recomendamos: Así avanza la cosecha de sorgo en el norte de Tamaulipas “No venimos a perjudicar a nadie, venimos a que nos escuchen; si no vendemos a un precio justo, el próximo ciclo ya no vamos a poder sembrar”, dijo.

Agentes aduanales calcularon que cada hora de bloqueo retrasa el cruce de alrededor de 150 unidades con mercancía de la industria maquiladora y productos agrícolas.

Por la tarde, funcionarios federales de agricultura acudieron al lugar para instalar una mesa de diálogo con una comisión de productores. Al cierre de esta edición, los manifestantes permitían el paso de vehículos ligeros, pero mantenían detenidos los carriles de carga.

Los productores advirtieron que, si no reciben una respuesta por escrito, extenderán la protesta a los puentes de Río Bravo y Matamoros.

Mira el reportaje completo en Telenoreste Noticias Edición Nocturna, a las 22:00 horas por el canal 8.1.
Únete al canal de WhatsApp de Telenoreste Noticias y recibe la información más importante del día.
"""
write_source('ay09.txt', t, enc='cp1252')
write_gold('ay09', family='wire',
           title='Cierran puente internacional Reynosa-Pharr por protesta de productores de sorgo',
           date='2023-09-04', bylines=['Abel Zamora Ruiz'], source='Telenoreste Noticias',
           section=None,
           body_first_words='Productores de sorgo de los municipios de Río Bravo',
           body_last_words='a los puentes de Río Bravo y Matamoros.',
           boilerplate=['Foto: Captura de video / Telenoreste',
                        'También te recomendamos: Así avanza la cosecha de sorgo en el norte de Tamaulipas',
                        'Mira el reportaje completo en Telenoreste Noticias Edición Nocturna, a las 22:00 horas por el canal 8.1.',
                        'Únete al canal de WhatsApp de Telenoreste Noticias y recibe la información más importante del día.'],
           must_keep=['El dirigente de los productores, Ismael Garza Ochoa, explicó que los compradores ofrecen alrededor de 4 mil pesos por tonelada, cuando los costos de producción superan los 4 mil 600.',
                      '“No venimos a perjudicar a nadie, venimos a que nos escuchen; si no vendemos a un precio justo, el próximo ciclo ya no vamos a poder sembrar”, dijo.'],
           photo_credit='Foto: Captura de video / Telenoreste')

# ---------------------------------------------------------------- ay10 press (state water utility, NL; UTF-16)
t = """GOBIERNO DE NUEVO LEÓN
SERVICIOS DE AGUA Y DRENAJE DE MONTERREY, I.P.D.
Gerencia de Comunicación e Imagen

No. 457/2022

Amplía Agua y Drenaje el horario de suministro en 38 colonias del poniente
Monterrey, Nuevo León, a 27 de junio de 2022

A partir de este martes, 38 colonias de los municipios de Monterrey, San Pedro Garza García y Santa Catarina recibirán agua potable durante un horario ampliado de seis a doce del día, gracias a la entrada en operación de dos nuevos pozos en la zona poniente del área metropolitana.

El director de Operación de la institución, Arturo Leal Cepeda, explicó que los pozos, perforados en el acuífero de Santa Catarina, aportarán en conjunto 450 litros por segundo a la red de distribución, lo que permitirá estabilizar la presión en sectores que en las últimas semanas recibían el servicio solo unas horas por la madrugada.

Entre las colonias beneficiadas se encuentran Cumbres, San Jerónimo, Valle de Santa Engracia y Lomas de Santa Catarina. El listado completo de colonias y horarios por sector puede consultarse en el sitio web de la institución.

Leal Cepeda recordó que el nivel de la presa La Boca se mantiene por debajo del uno por ciento de su capacidad y que la presa Cerro Prieto continúa fuera de operación, por lo que los horarios escalonados seguirán vigentes en el resto de la ciudad hasta que se recuperen las fuentes superficiales.

Asimismo, informó que se mantienen en servicio 420 pipas que abastecen a hospitales, escuelas y colonias ubicadas en las partes altas, donde la presión de la red no es suficiente para que el agua llegue a las viviendas.

La institución pidió a la población hacer un uso responsable del líquido, reparar fugas domésticas y reportar fugas en la vía pública a la línea de atención 073, disponible las 24 horas.

-oOo-

Gerencia de Comunicación e Imagen
Tel. (81) 555 0130, ext. 4120
comunicacion@sadm.example.mx
Síguenos: @aguaydrenajemty
"""
write_source('ay10.txt', t, enc='utf-16-le', eol='crlf', bom=True)
write_gold('ay10', family='press_release',
           title='Amplía Agua y Drenaje el horario de suministro en 38 colonias del poniente',
           date='2022-06-27', bulletin_number='457/2022',
           issuer='SERVICIOS DE AGUA Y DRENAJE DE MONTERREY, I.P.D.', dateline_city='Monterrey',
           body_first_words='A partir de este martes, 38 colonias de los municipios',
           body_last_words='a la línea de atención 073, disponible las 24 horas.',
           boilerplate=['GOBIERNO DE NUEVO LEÓN', 'Gerencia de Comunicación e Imagen', 'No. 457/2022',
                        'Monterrey, Nuevo León, a 27 de junio de 2022', '-oOo-',
                        'Tel. (81) 555 0130, ext. 4120', 'comunicacion@sadm.example.mx',
                        'Síguenos: @aguaydrenajemty'],
           must_keep=['Entre las colonias beneficiadas se encuentran Cumbres, San Jerónimo, Valle de Santa Engracia y Lomas de Santa Catarina.',
                      'La institución pidió a la población hacer un uso responsable del líquido, reparar fugas domésticas y reportar fugas en la vía pública a la línea de atención 073, disponible las 24 horas.'])
