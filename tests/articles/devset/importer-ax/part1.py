#!/usr/bin/env python3
"""importer-ax part 1: files ax01..ax10."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- ax01 wire
write_source('ax01.md', """Turismo

# Cenotes de Homún reciben 40% más visitantes y ejidatarios piden reglas de carga

Por Itzel Canché Pool | Diario del Mayab | 12/03/2019 09:20

Foto: Diario del Mayab / Archivo

Los cenotes del municipio de Homún recibieron durante el último periodo vacacional cerca de 40 por ciento más visitantes que en el mismo lapso del año anterior, de acuerdo con el registro que llevan las cooperativas ejidales que administran los paradores.

Wilberth Ku Chan, presidente de una de las cooperativas, explicó que los fines de semana llegan hasta 30 camionetas de turismo antes del mediodía. "Nos da gusto que vengan, pero el agua se enturbia cuando entran más de cien personas a la vez", dijo. Te puede interesar: Así puedes llegar a los cenotes de Cuzamá sin auto propio Los ejidatarios proponen fijar un máximo de 60 bañistas por turno y exigir ducha previa sin bloqueador.   

La bióloga Marisol Tzec Euán, que estudia el anillo de cenotes desde hace una década, advirtió que los protectores solares y los repelentes forman una película sobre el agua que afecta a los peces ciegos y a las raíces de los árboles que bajan hasta el espejo de agua. Agregó que el acuífero de la península es uno de los más vulnerables del país, porque el suelo kárstico deja pasar casi todo lo que se vierte en la superficie.

Las cooperativas entregarán su propuesta al cabildo de Homún la próxima semana. Mientras tanto, pidieron a los visitantes llegar temprano, respetar los senderos marcados y llevarse su basura.

Síguenos en Instagram como @diariodelmayab_ex y en Facebook /DiarioDelMayabDigital
""")
write_gold('ax01', family='wire',
           title='Cenotes de Homún reciben 40% más visitantes y ejidatarios piden reglas de carga',
           date='2019-03-12', bylines=['Itzel Canché Pool'], source='Diario del Mayab',
           section='Turismo',
           body_first_words='Los cenotes del municipio de Homún recibieron',
           body_last_words='respetar los senderos marcados y llevarse su basura.',
           boilerplate=['Foto: Diario del Mayab / Archivo',
                        'Te puede interesar: Así puedes llegar a los cenotes de Cuzamá sin auto propio',
                        'Síguenos en Instagram como @diariodelmayab_ex y en Facebook /DiarioDelMayabDigital'],
           must_keep=['"Nos da gusto que vengan, pero el agua se enturbia cuando entran más de cien personas a la vez", dijo.',
                      'Los ejidatarios proponen fijar un máximo de 60 bañistas por turno y exigir ducha previa sin bloqueador.',
                      'Las cooperativas entregarán su propuesta al cabildo de Homún la próxima semana.'],
           photo_credit='Diario del Mayab / Archivo')

# ---------------------------------------------------------------- ax02 wire
write_source('ax02.txt', """PIDEN VEDA PERMANENTE DEL CARACOL ROSADO EN BANCO CHINCHORRO
Redacción Noticias de la Frontera Sur — 07/06/2011 13:05 hrs.

CHETUMAL, Q. Roo.— Pescadores de las cooperativas de Xcalak y Mahahual pidieron a las autoridades federales convertir en permanente la veda del caracol rosado en Banco Chinchorro, luego de que los muestreos de la última temporada encontraron muy pocos ejemplares adultos en los bajos del arrecife.

Mauro Chablé Ortiz, socio de una cooperativa con 31 años de trabajo en el banco, relató que hace dos décadas una lancha regresaba con más de cien caracoles por jornada y hoy apenas encuentran una docena. “Preferimos dejar de sacarlo a que nuestros nietos no lo conozcan”, dijo.

También te recomendamos: Langosteros de Xcalak esperan buena temporada. Los pescadores propusieron que la vigilancia en la reserva se haga de manera conjunta entre cooperativas y autoridades, con recorridos nocturnos y un registro de embarcaciones que entren al atolón.

Según los propios socios, cerca de 40 familias de la zona sur dependen de la pesca en el banco. Para compensar el cierre, pidieron apoyo para diversificar la actividad hacia el buceo recreativo y el turismo de observación, que en Mahahual ha crecido con la llegada de cruceros.

Las cooperativas entregarán un documento con su propuesta durante la próxima reunión del consejo asesor de la reserva, prevista para finales de este mes.

Con información de Conapesca

MÁS NOTICIAS
» Inauguran muelle rehabilitado en Calderitas
» Suspenden clases en 12 escuelas de Bacalar por lluvias
» Chetumal celebra su feria con cartelera local
""", enc='cp1252', eol='crlf')
write_gold('ax02', family='wire',
           title='PIDEN VEDA PERMANENTE DEL CARACOL ROSADO EN BANCO CHINCHORRO',
           date='2011-06-07', bylines=[], source='Noticias de la Frontera Sur',
           body_first_words='Pescadores de las cooperativas de Xcalak y Mahahual',
           body_last_words='prevista para finales de este mes.',
           boilerplate=['CHETUMAL, Q. Roo.—',
                        'También te recomendamos: Langosteros de Xcalak esperan buena temporada.',
                        'Con información de Conapesca', 'MÁS NOTICIAS',
                        '» Inauguran muelle rehabilitado en Calderitas',
                        '» Suspenden clases en 12 escuelas de Bacalar por lluvias',
                        '» Chetumal celebra su feria con cartelera local'],
           must_keep=['“Preferimos dejar de sacarlo a que nuestros nietos no lo conozcan”, dijo.',
                      'Los pescadores propusieron que la vigilancia en la reserva se haga de manera conjunta entre cooperativas y autoridades, con recorridos nocturnos y un registro de embarcaciones que entren al atolón.',
                      'Según los propios socios, cerca de 40 familias de la zona sur dependen de la pesca en el banco.'])

# ---------------------------------------------------------------- ax03 wire (UTF-16)
write_source('ax03.md', """Nacional

## Pronostican temporada de huracanes por encima del promedio en el Atlántico

Gerardo Lozano Ríos | Agencia Mexicana del Sureste (AMS) | 15/05/2020

Ciudad de México, 15 de mayo (AMS).- Especialistas en meteorología prevén una temporada de ciclones en el océano Atlántico más activa que el promedio, con entre 15 y 19 sistemas con nombre, de los cuales hasta cuatro podrían alcanzar categoría mayor, informó un grupo de investigadores universitarios durante un foro a distancia.

El pronóstico, que se actualiza cada año antes del 1 de junio, toma en cuenta la temperatura del mar en el Caribe y la probable ausencia del fenómeno de El Niño durante el verano. "Con el agua tan caliente, basta una onda tropical para que se forme un sistema en pocos días", explicó la investigadora Rebeca Arjona Sosa.

Los especialistas recordaron que el número de tormentas no dice cuántas tocarán tierra, por lo que pidieron a la población de la península de Yucatán revisar desde ahora sus planes familiares de protección civil, ubicar los refugios temporales de su colonia y preparar una mochila con documentos, medicinas y agua.

Este año la temporada coincide con la emergencia sanitaria, por lo que las autoridades estatales analizan cómo operar los albergues con sana distancia. En Quintana Roo se contempla habilitar más inmuebles con menor capacidad cada uno.

La temporada en el Atlántico inicia oficialmente el 1 de junio y concluye el 30 de noviembre.

Con información de AMS
""", enc='utf-16', eol='crlf')
write_gold('ax03', family='wire',
           title='Pronostican temporada de huracanes por encima del promedio en el Atlántico',
           date='2020-05-15', bylines=['Gerardo Lozano Ríos'], source='Agencia Mexicana del Sureste',
           section='Nacional',
           body_first_words='Especialistas en meteorología prevén una temporada',
           body_last_words='inicia oficialmente el 1 de junio y concluye el 30 de noviembre.',
           boilerplate=['Ciudad de México, 15 de mayo (AMS).-', 'Con información de AMS'],
           must_keep=['"Con el agua tan caliente, basta una onda tropical para que se forme un sistema en pocos días", explicó la investigadora Rebeca Arjona Sosa.',
                      'En Quintana Roo se contempla habilitar más inmuebles con menor capacidad cada uno.'])

# ---------------------------------------------------------------- ax04 press
write_source('ax04.txt', """GOBIERNO DEL ESTADO DE YUCATÁN
Secretaría de Desarrollo Sustentable
Boletín 2417

Mérida, Yucatán, 22 de marzo de 2021

Arranca campaña de limpieza de costas y cenotes por el Día Mundial del Agua

Con la participación de más de 600 voluntarios, la Secretaría de Desarrollo Sustentable (SDS) puso en marcha este lunes la campaña de limpieza de costas y cenotes que se realizará en 18 municipios durante las próximas cuatro semanas.

La titular de la dependencia, Adriana Couoh Mena, explicó que las brigadas trabajarán en playas de Progreso, Telchac Puerto, Dzilam de Bravo y Celestún, así como en cenotes de Cuzamá, Homún y Yaxcabá, donde se retirarán residuos sólidos y se colocarán letreros sobre el cuidado del acuífero.

"En Yucatán no tenemos ríos: toda el agua que bebemos está bajo nuestros pies, y lo que tiramos en la superficie termina en ella", señaló la funcionaria ante estudiantes y representantes de organizaciones civiles.

Durante la primera jornada se recolectaron 2.3 toneladas de basura en la playa de Chelem, principalmente envases de plástico, colillas de cigarro y redes abandonadas. Los residuos reciclables serán entregados a centros de acopio municipales y el resto se llevará a rellenos sanitarios autorizados.

La SDS invitó a escuelas, empresas y grupos vecinales a sumarse a las jornadas sabatinas, cuya sede se dará a conocer cada semana en las redes sociales de la dependencia. Las personas interesadas deberán registrarse previamente para recibir guantes, bolsas y una breve capacitación.

---o0o---

Dirección de Comunicación Social SDS
Tel. (999) 555 0142 ext. 118
prensa.sds@yucatan-gob.example.mx
Twitter: @SDS_Yuc_ex | Facebook: SDSYucatanEx
""")
write_gold('ax04', family='press_release',
           title='Arranca campaña de limpieza de costas y cenotes por el Día Mundial del Agua',
           date='2021-03-22', source='Secretaría de Desarrollo Sustentable',
           bulletin_number='2417', issuer='Secretaría de Desarrollo Sustentable', dateline_city='Mérida',
           body_first_words='Con la participación de más de 600 voluntarios',
           body_last_words='guantes, bolsas y una breve capacitación.',
           boilerplate=['GOBIERNO DEL ESTADO DE YUCATÁN', 'Boletín 2417', 'Mérida, Yucatán, 22 de marzo de 2021',
                        '---o0o---', 'Dirección de Comunicación Social SDS', 'Tel. (999) 555 0142 ext. 118',
                        'prensa.sds@yucatan-gob.example.mx', 'Twitter: @SDS_Yuc_ex | Facebook: SDSYucatanEx'],
           must_keep=['"En Yucatán no tenemos ríos: toda el agua que bebemos está bajo nuestros pies, y lo que tiramos en la superficie termina en ella", señaló la funcionaria ante estudiantes y representantes de organizaciones civiles.',
                      'Durante la primera jornada se recolectaron 2.3 toneladas de basura en la playa de Chelem, principalmente envases de plástico, colillas de cigarro y redes abandonadas.',
                      'La SDS invitó a escuelas, empresas y grupos vecinales a sumarse a las jornadas sabatinas, cuya sede se dará a conocer cada semana en las redes sociales de la dependencia.'])

# ---------------------------------------------------------------- ax05 press
write_source('ax05.txt', """H. AYUNTAMIENTO CONSTITUCIONAL DE CENTRO
VILLAHERMOSA, TABASCO
Coordinación de Comunicación Social y Relaciones Públicas

Comunicado CS/1288/2018

Instalan 14 cárcamos móviles en colonias bajas ante el frente frío número 9

Villahermosa, Tabasco, a 28 de octubre de 2018.- Con el fin de desalojar el agua acumulada por las lluvias del frente frío número 9, el Ayuntamiento de Centro instaló 14 cárcamos móviles en colonias de la zona baja de la ciudad, entre ellas Gaviotas Sur, La Manga y Casa Blanca.

El coordinador municipal de Protección Civil, Javier Hernández Ocaña, informó que los equipos operan las 24 horas y que cada uno puede extraer hasta 300 litros por segundo. Agregó que cuadrillas de limpieza retiran basura de las rejillas pluviales para evitar que el agua se estanque en las calles.

Las familias que requieran apoyo por encharcamientos pueden reportarlo al teléfono 555 310 3232, que atiende día y noche la Coordinación de Protección Civil.

El funcionario pidió a la población no sacar la basura en horario de lluvia y no cruzar calles inundadas a pie ni en vehículo, porque la corriente puede arrastrar a una persona aunque el nivel parezca bajo.

De acuerdo con el pronóstico, las lluvias continuarán al menos hasta el martes, por lo que el Ayuntamiento mantiene en alerta a sus brigadas y a los albergues temporales del municipio, que por ahora permanecen sin personas resguardadas.

Finalmente, recordó que los módulos de atención de las delegaciones también reciben reportes de fugas y hundimientos durante la contingencia.

-30-

www.centro-tabasco.example.mx
Facebook: AyuntamientoCentroEx   Twitter: @CentroTabEx
""", enc='cp1252', eol='crlf')
write_gold('ax05', family='press_release',
           title='Instalan 14 cárcamos móviles en colonias bajas ante el frente frío número 9',
           date='2018-10-28', source='H. AYUNTAMIENTO CONSTITUCIONAL DE CENTRO',
           bulletin_number='CS/1288/2018', issuer='H. AYUNTAMIENTO CONSTITUCIONAL DE CENTRO',
           dateline_city='Villahermosa',
           body_first_words='Con el fin de desalojar el agua acumulada',
           body_last_words='reportes de fugas y hundimientos durante la contingencia.',
           boilerplate=['VILLAHERMOSA, TABASCO', 'Coordinación de Comunicación Social y Relaciones Públicas',
                        'Comunicado CS/1288/2018', 'Villahermosa, Tabasco, a 28 de octubre de 2018.-', '-30-',
                        'www.centro-tabasco.example.mx', 'Facebook: AyuntamientoCentroEx', 'Twitter: @CentroTabEx'],
           must_keep=['Las familias que requieran apoyo por encharcamientos pueden reportarlo al teléfono 555 310 3232, que atiende día y noche la Coordinación de Protección Civil.',
                      'Agregó que cuadrillas de limpieza retiran basura de las rejillas pluviales para evitar que el agua se estanque en las calles.',
                      'Finalmente, recordó que los módulos de atención de las delegaciones también reciben reportes de fugas y hundimientos durante la contingencia.'])

# ---------------------------------------------------------------- ax06 press (Maya/Spanish)
write_source('ax06.md', """**H. Ayuntamiento de Felipe Carrillo Puerto 2021-2024**
**Noj Kaaj Felipe Carrillo Puerto**

COMUNICADO No. 056

Felipe Carrillo Puerto, Q. Roo; 21 de febrero de 2024

# Celebran el Día Internacional de la Lengua Materna con lectura de poesía en maya

Con una lectura de poesía en lengua maya en el parque central, el Ayuntamiento de Felipe Carrillo Puerto conmemoró este miércoles el Día Internacional de la Lengua Materna, con la participación de escritoras, escritores y estudiantes de bachillerato de las comunidades del municipio.

La directora municipal de Cultura, Elsy Poot Canul, recordó que en Felipe Carrillo Puerto la mayoría de las familias habla maya en casa y que el reto es que las niñas y los niños no dejen de usarla al llegar a la escuela. "Nuestra lengua no es del pasado: se habla en el mercado, en la radio y en los grupos de mensajes de los jóvenes", afirmó.

Durante la jornada se presentaron seis libros de autores locales y se entregaron reconocimientos a maestras y maestros de educación indígena con más de 25 años de servicio. La radio comunitaria transmitió la lectura completa para quienes no pudieron asistir.

El Ayuntamiento anunció que en marzo abrirá talleres gratuitos de lectura y escritura en maya en la biblioteca municipal, dirigidos a jóvenes y personas adultas.

Ich maaya t'aan:

Tu k'iinil u ki'imak óol u t'aanil u ch'i'ibalo'ob yóok'ol kaab, le Noj Kaajo' tu much'aj x-ts'íibo'ob yéetel j-ts'íibo'ob tu chúumukil u kaajil Felipe Carrillo Puerto. Jach Dios bo'otik ti' tuláakal máaxo'ob tu taalo'ob.

oo0oo

Comunicación Social FCP | Tel. 555 834 0071 | comunicacion@fcp-qroo.example.mx
Facebook e Instagram: @NojKaajFCP_ex
""", eol='lf', bom=True)
write_gold('ax06', family='press_release',
           title='Celebran el Día Internacional de la Lengua Materna con lectura de poesía en maya',
           date='2024-02-21', source='H. Ayuntamiento de Felipe Carrillo Puerto',
           bulletin_number='056', issuer='H. Ayuntamiento de Felipe Carrillo Puerto',
           dateline_city='Felipe Carrillo Puerto',
           body_first_words='Con una lectura de poesía en lengua maya en el parque central',
           body_last_words="Jach Dios bo'otik ti' tuláakal máaxo'ob tu taalo'ob.",
           boilerplate=['Noj Kaaj Felipe Carrillo Puerto', 'COMUNICADO No. 056',
                        'Felipe Carrillo Puerto, Q. Roo; 21 de febrero de 2024', 'oo0oo',
                        'Comunicación Social FCP | Tel. 555 834 0071 | comunicacion@fcp-qroo.example.mx',
                        'Facebook e Instagram: @NojKaajFCP_ex'],
           must_keep=['"Nuestra lengua no es del pasado: se habla en el mercado, en la radio y en los grupos de mensajes de los jóvenes", afirmó.',
                      'El Ayuntamiento anunció que en marzo abrirá talleres gratuitos de lectura y escritura en maya en la biblioteca municipal, dirigidos a jóvenes y personas adultas.',
                      "Jach Dios bo'otik ti' tuláakal máaxo'ob tu taalo'ob."])

# ---------------------------------------------------------------- ax07 jekyll (site A, Spanish keys)
write_source('ax07.md', """---
titulo: "Manatíes regresan a la laguna Chacmuchuch tras tres años de ausencia"
fecha: 2016-02-14 08:30
autores:
  - Paulina Dzib Herrera
  - Óscar Cen Balam
secciones: [Destacadas, Fauna]
etiquetas: [manatí, Isla Blanca, Quintana Roo]
sitio: Sureste Verde
publicado: no
---

Pescadores de Isla Blanca, al norte de Cancún, reportaron desde enero la presencia de al menos cuatro manatíes en la laguna Chacmuchuch, un cuerpo de agua donde no se habían visto desde 2013, cuando el dragado de un canal cambió la salinidad de la zona.

La bióloga Julieta Moo Sandoval, de una organización que monitorea mamíferos marinos en el norte del estado, confirmó los avistamientos con fotografías y grabaciones tomadas desde una lancha. "Son una hembra con su cría y dos adultos más; comen pastos marinos en la orilla poniente", explicó.

Los manatíes del Caribe están en peligro de extinción y en Quintana Roo se concentran sobre todo en la bahía de Chetumal. Su regreso al norte indica que los pastos de la laguna se recuperaron, pero también los expone a las lanchas que entran a gran velocidad. Te puede interesar | Así se ve la bahía de Chetumal desde un dron La organización pidió a las autoridades colocar boyas de velocidad máxima en la boca de la laguna.

Los pescadores, por su parte, acordaron apagar el motor cuando vean un ejemplar cerca y avisar por radio a las demás embarcaciones. Algunos de ellos ya participan como monitores voluntarios y anotan en una bitácora la hora y el lugar de cada avistamiento.

La organización prepara un censo con dron para el mes de abril y busca voluntarios con experiencia en navegación.
""")
write_gold('ax07', family='jekyll',
           title='Manatíes regresan a la laguna Chacmuchuch tras tres años de ausencia',
           date='2016-02-14', published=False,
           bylines=['Paulina Dzib Herrera', 'Óscar Cen Balam'], source='Sureste Verde',
           section='Fauna', placement=['Destacadas'],
           body_first_words='Pescadores de Isla Blanca, al norte de Cancún',
           body_last_words='busca voluntarios con experiencia en navegación.',
           boilerplate=['Te puede interesar | Así se ve la bahía de Chetumal desde un dron'],
           must_keep=['Su regreso al norte indica que los pastos de la laguna se recuperaron, pero también los expone a las lanchas que entran a gran velocidad.',
                      'La organización pidió a las autoridades colocar boyas de velocidad máxima en la boca de la laguna.',
                      '"Son una hembra con su cría y dos adultos más; comen pastos marinos en la orilla poniente", explicó.'])

# ---------------------------------------------------------------- ax08 jekyll (site B, WordPress export)
write_source('ax08.md', """---
layout: post
title: Tulum pone a prueba el cobro del brazalete ambiental en la zona de playas
date: 2018-11-03 19:45:12.000000000 -06:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Portada
- Turismo
tags:
- Tulum
- derecho de saneamiento
meta:
  _edit_last: '2'
  _thumbnail_id: '4410'
  _yoast_wpseo_metadesc: Turistas pagarán una cuota para la limpieza de playas.
author:
  login: mcaamal
  email: mcaamal@rivieraviva.example.mx
  display_name: Mariana Caamal Puc
  first_name: Mariana
  last_name: Caamal Puc
permalink: "/2018/11/03/tulum-brazalete-ambiental/"
---
[caption id="attachment_4410" align="aligncenter" width="800"]<img class="size-full wp-image-4410" src="https://rivieraviva.example.mx/wp-content/uploads/2018/11/brazalete.jpg" alt="" width="800" height="533" /> Foto: Mariana Caamal Puc[/caption]

<p>El municipio de Tulum comenzó este fin de semana la prueba piloto del brazalete ambiental, una cuota que pagarán los visitantes que ingresen a la zona de playas y cuyo dinero, según el ayuntamiento, se destinará a la limpieza de arenales y al retiro de sargazo.</p>
<!--more-->
<p>En el primer día se vendieron poco más de 1,800 brazaletes en los tres módulos instalados sobre la carretera costera. Algunos turistas nacionales se quejaron de que no se les avisó con anticipación; otros dijeron estar de acuerdo si el dinero se ve en playas más limpias.</p>
<p>Hoteleros de la zona costera pidieron que los recursos se manejen en un fideicomiso con participación ciudadana. <strong>"Queremos saber cuánto se junta y en qué se gasta, mes con mes"</strong>, dijo Ramiro Solís Gamboa, integrante de una asociación de pequeños hoteles.</p>
<p>La cuota será de 100 pesos para visitantes nacionales y de 200 pesos para extranjeros. Las personas residentes del municipio, con credencial de elector de Tulum, quedarán exentas del pago.</p>
<p>La prueba durará dos meses y al final el cabildo decidirá si el cobro se vuelve permanente. Mientras tanto, los módulos abrirán de las 8:00 a las 18:00 horas todos los días.</p>
""")
write_gold('ax08', family='jekyll',
           title='Tulum pone a prueba el cobro del brazalete ambiental en la zona de playas',
           date='2018-11-03', bylines=['Mariana Caamal Puc'], source=None,
           section='Turismo', placement=['Portada'],
           body_first_words='El municipio de Tulum comenzó este fin de semana',
           body_last_words='de las 8:00 a las 18:00 horas todos los días.',
           boilerplate=['Foto: Mariana Caamal Puc'],
           must_keep=['Hoteleros de la zona costera pidieron que los recursos se manejen en un fideicomiso con participación ciudadana.',
                      'La cuota será de 100 pesos para visitantes nacionales y de 200 pesos para extranjeros.',
                      'La prueba durará dos meses y al final el cabildo decidirá si el cobro se vuelve permanente.'],
           photo_credit='Mariana Caamal Puc')

# ---------------------------------------------------------------- ax09 generic
write_source('ax09.text', """Cronología de la temporada de incendios en la reserva de Calakmul

Notas de la mesa de Campeche para el especial de fin de año. Fuentes: reportes diarios de las brigadas comunitarias y entrevistas de la corresponsalía de Xpujil.

\tMarzo. Las primeras quemas agrícolas se salen de control en ejidos del sur del municipio. Las brigadas comunitarias, formadas por ejidatarios con equipo básico, atienden cuatro incendios en una semana.

\tAbril. La sequía se agrava y el viento del sur empuja las llamas hacia la zona núcleo. Un brigadista de Nuevo Becal cuenta que durmieron tres noches en el monte, con agua racionada y sin radio.

* * *

Mayo fue el mes más difícil. Se registraron incendios simultáneos en cinco puntos de la reserva y llegaron brigadas de Quintana Roo y de Yucatán para apoyar a los combatientes locales. Las primeras lluvias, el día 28, apagaron los últimos focos.

Pendientes para el especial:

- confirmar con las brigadas el número de hectáreas afectadas;
- conseguir fotografías de los guardarrayas abiertos a mano;
- hablar con las familias que perdieron colmenas de abeja melipona.

La idea central del texto es que la reserva se defendió, sobre todo, con el trabajo de la gente de los ejidos, y que ese trabajo casi nunca tiene salario ni seguro.
""")
write_gold('ax09', family='generic',
           title='Cronología de la temporada de incendios en la reserva de Calakmul',
           body_first_words='Notas de la mesa de Campeche para el especial de fin de año.',
           body_last_words='casi nunca tiene salario ni seguro.',
           must_keep=['Mayo fue el mes más difícil.',
                      'Las primeras lluvias, el día 28, apagaron los últimos focos.',
                      'La idea central del texto es que la reserva se defendió, sobre todo, con el trabajo de la gente de los ejidos, y que ese trabajo casi nunca tiene salario ni seguro.'])

# ---------------------------------------------------------------- ax10 bad
write_source('ax10.md', """---
layout: post
title: "Inauguran malecón de Campeche tras remodelación"
date: 2017-05-02
author: Redacción
categories: [Portada, Ciudad]
---""")
write_gold('ax10', family='bad',
           refusal_reason='El archivo tiene encabezado (front matter) pero no tiene cuerpo: termina justo después de las líneas ---.')
