"""ao01-ao10."""
from common import emit, gold, bad_gold, NB

# ---------------------------------------------------------------- ao01 wire
emit('ao01', 'md', """Municipios

## Cabildo de Atlixco aprueba cobro diferenciado de agua para fraccionamientos nuevos

Por Mariana Tecuanhuey Ríos | Crónica Angelopolitana | Publicado: 12/03/2024 08:15 | Actualizado: 13/03/2024 10:02

Foto: Crónica Angelopolitana / Archivo

El Cabildo de Atlixco aprobó por mayoría una modificación a la Ley de Ingresos municipal que establece una tarifa diferenciada de agua potable para los fraccionamientos construidos a partir de 2020. Con once votos a favor y tres en contra, los regidores avalaron que las viviendas de esos desarrollos paguen una cuota mensual de 186 pesos, frente a los 112 pesos que cubren las colonias del centro y las juntas auxiliares.

De acuerdo con el director del Sistema Operador de Agua Potable de Atlixco, Gonzalo Pérez Amaro, los nuevos conjuntos habitacionales se conectaron a la red sin que las inmobiliarias construyeran los tanques de regulación comprometidos en sus licencias. Lee también: Vecinos de Metepec bloquean la carretera federal por falta de agua El organismo calcula que el rezago en infraestructura supera los 23 millones de pesos y que cuatro pozos operan al límite de su capacidad.

La regidora de Hacienda, Leticia Morales Sánchez, explicó que la diferencia de 74 pesos se destinará a un fondo etiquetado para perforar un pozo en la zona de La Carolina y rehabilitar la línea de conducción que abastece a los fraccionamientos del poniente. “No se trata de castigar a las familias, sino de que cada desarrollo pague lo que cuesta llevarle el agua”, dijo durante la sesión.

En contraste, el regidor Fernando Tlatelpa Cruz votó en contra al considerar que el cobro debió dirigirse a las constructoras y no a los compradores, quienes en muchos casos adquirieron su vivienda con un crédito hipotecario. Adelantó que presentará un punto de acuerdo para que la Contraloría revise las licencias otorgadas entre 2018 y 2021.

La nueva tarifa entrará en vigor en mayo, una vez que el Congreso del Estado publique la reforma en el Periódico Oficial. Mientras tanto, el organismo operador instalará módulos de atención en tres fraccionamientos para aclarar dudas sobre los recibos.

Síguenos en Facebook, X e Instagram como @CronicaAngelopolitana
""")
gold('ao01', 'wire',
     title='Cabildo de Atlixco aprueba cobro diferenciado de agua para fraccionamientos nuevos',
     date='2024-03-12', bylines=['Mariana Tecuanhuey Ríos'], source='Crónica Angelopolitana',
     section='Municipios',
     body_first_words='El Cabildo de Atlixco aprobó por mayoría una modificación a la',
     body_last_words='instalará módulos de atención en tres fraccionamientos para aclarar dudas sobre los recibos.',
     boilerplate=['Lee también: Vecinos de Metepec bloquean la carretera federal por falta de agua',
                  'Foto: Crónica Angelopolitana / Archivo',
                  'Síguenos en Facebook, X e Instagram como @CronicaAngelopolitana',
                  'Actualizado: 13/03/2024 10:02'],
     must_keep=['El organismo calcula que el rezago en infraestructura supera los 23 millones de pesos y que cuatro pozos operan al límite de su capacidad.',
                'De acuerdo con el director del Sistema Operador de Agua Potable de Atlixco, Gonzalo Pérez Amaro, los nuevos conjuntos habitacionales se conectaron a la red sin que las inmobiliarias construyeran los tanques de regulación comprometidos en sus licencias.',
                'Adelantó que presentará un punto de acuerdo para que la Contraloría revise las licencias otorgadas entre 2018 y 2021.'],
     photo_credit='Crónica Angelopolitana / Archivo')

# ---------------------------------------------------------------- ao02 press (municipal, Puebla)
emit('ao02', 'txt', """H. AYUNTAMIENTO DE SAN ANDRÉS CHOLULA
Boletín 1102
San Andrés Cholula, Puebla, 14 de marzo de 2023

ARRANCA PROGRAMA DE BACHEO NOCTURNO EN 38 CALLES DE LA ZONA DE ANGELÓPOLIS

Con una inversión de 14.6 millones de pesos provenientes de recursos propios, el Ayuntamiento de San Andrés Cholula puso en marcha el programa de bacheo nocturno que atenderá 38 calles y avenidas de la zona de Angelópolis, Lomas de Angelópolis y la junta auxiliar de San Bernardino Tlaxcalancingo.

La presidenta municipal, Edith Sánchez Coyotl, explicó que los trabajos se realizarán de las 22:00 a las 5:00 horas para no afectar la circulación en vías de alto aforo. Detalló que se colocarán alrededor de 9 mil 400 metros cuadrados de mezcla asfáltica en caliente.

Por su parte, el secretario de Infraestructura y Servicios Públicos, Marco Antonio Juárez Tepox, informó que las cuadrillas trabajarán por sectores y que cada frente contará con señalamiento luminoso, abanderados y apoyo de la Dirección de Tránsito Municipal. Añadió que antes de cada intervención se avisará a los vecinos mediante volantes y mensajes en los grupos vecinales.{NB}

El programa incluye además la nivelación de 62 pozos de visita y el sellado de grietas en la lateral de la Recta a Cholula, donde los vecinos reportaron hundimientos tras la temporada de lluvias del año pasado.

El Ayuntamiento pidió a la ciudadanía reportar baches al número 222{NB}555{NB}0142 o a través de la aplicación municipal, y recordó que los trabajos concluirán a finales de mayo, antes del inicio del temporal.

-oOo-

Coordinación de Comunicación Social
H. Ayuntamiento de San Andrés Cholula
Tel. 222 555 0190 ext. 1204
prensa@sanandres.example.mx
""".replace('{NB}', NB), enc='cp1252', eol='\r\n')
gold('ao02', 'press_release',
     title='ARRANCA PROGRAMA DE BACHEO NOCTURNO EN 38 CALLES DE LA ZONA DE ANGELÓPOLIS',
     date='2023-03-14', source='H. AYUNTAMIENTO DE SAN ANDRÉS CHOLULA',
     bulletin_number='1102', issuer='H. AYUNTAMIENTO DE SAN ANDRÉS CHOLULA',
     dateline_city='San Andrés Cholula',
     body_first_words='Con una inversión de 14.6 millones de pesos provenientes de',
     body_last_words='recordó que los trabajos concluirán a finales de mayo, antes del inicio del temporal.',
     boilerplate=['-oOo-', 'Coordinación de Comunicación Social', 'Tel. 222 555 0190 ext. 1204',
                  'prensa@sanandres.example.mx', 'Boletín 1102'],
     must_keep=['Detalló que se colocarán alrededor de 9 mil 400 metros cuadrados de mezcla asfáltica en caliente.',
                'El programa incluye además la nivelación de 62 pozos de visita y el sellado de grietas en la lateral de la Recta a Cholula, donde los vecinos reportaron hundimientos tras la temporada de lluvias del año pasado.'])

# ---------------------------------------------------------------- ao03 jekyll (Spanish keys)
emit('ao03', 'md', """---
layout: entrada
titulo: "Cuernavaca suma 14 kilómetros de ciclovía confinada en avenida Morelos Sur"
fecha: 23/04/2019
autor: Daniela Ocampo Villalobos
categorias: [Portada, Movilidad]
etiquetas:
  - bicicleta
  - Cuernavaca
sitio:
  nombre: Pedaleando Morelos
  url: https://pedaleando.example.mx
---

El Ayuntamiento de Cuernavaca entregó el tramo final de la ciclovía confinada de avenida Morelos Sur, con lo que la ciudad suma 14 kilómetros de carril exclusivo para bicicletas entre el centro y la colonia Chipitlán.

La obra, que tardó siete meses, incluyó bolardos de concreto, 22 cruces pintados en verde y semáforos con fase para ciclistas en cuatro intersecciones. Según la Secretaría de Desarrollo Urbano municipal, costó 31 millones de pesos, financiados en partes iguales por el municipio y un fondo federal de movilidad.

En un recorrido realizado por este blog el domingo, contamos 146 ciclistas en una hora en el cruce con la calle Galeana, casi el triple de lo registrado en el aforo de 2017. Sin embargo, también encontramos automóviles estacionados sobre el carril en al menos tres puntos y dos bolardos derribados frente a una gasolinera.

Colectivos como Bici Tlahuica y Mujeres en Ruedas celebraron la apertura, pero pidieron que la obra se acompañe de biciestacionamientos y de una campaña dirigida a los conductores del transporte público, que siguen invadiendo el carril para subir pasaje.

El director de Movilidad, Arturo Salgado Beltrán, aseguró que a partir de mayo habrá operativos de grúa los fines de semana y que el siguiente tramo, sobre la avenida Plan de Ayala, se licitará en el segundo semestre.

{% include suscribete.html %}

¿Te gustó esta nota? Suscríbete a nuestro boletín semanal y recibe las rutas del fin de semana.
""")
gold('ao03', 'jekyll',
     title='Cuernavaca suma 14 kilómetros de ciclovía confinada en avenida Morelos Sur',
     date='2019-04-23', bylines=['Daniela Ocampo Villalobos'], source='Pedaleando Morelos',
     section='Movilidad', placement=['Portada'],
     body_first_words='El Ayuntamiento de Cuernavaca entregó el tramo final de la ciclovía',
     body_last_words='sobre la avenida Plan de Ayala, se licitará en el segundo semestre.',
     boilerplate=['{% include suscribete.html %}',
                  'Suscríbete a nuestro boletín semanal y recibe las rutas del fin de semana.'],
     must_keep=['En un recorrido realizado por este blog el domingo, contamos 146 ciclistas en una hora en el cruce con la calle Galeana, casi el triple de lo registrado en el aforo de 2017.',
                'La obra, que tardó siete meses, incluyó bolardos de concreto, 22 cruces pintados en verde y semáforos con fase para ciclistas en cuatro intersecciones.'])

# ---------------------------------------------------------------- ao04 wire (date before byline, byline before title)
emit('ao04', 'markdown', """5 de julio de 2021 | Chilpancingo, Gro.
Raúl Nava Salgado / Noticiario del Balsas

**Productores de mezcal de Chilapa piden frenar la compra de agave sin registro**

Integrantes de la Unión de Productores de Mezcal de la Montaña Baja pidieron al gobierno estatal y a la Secretaría de Agricultura federal que intervengan para detener la compra masiva de agave silvestre por parte de intermediarios que no cuentan con registro ni permisos de aprovechamiento.

En conferencia de prensa, el presidente de la organización, Eusebio Tlacotempa Morales, afirmó que desde enero han salido de los municipios de Chilapa, Zitlala y Ahuacuotzingo al menos 90 toneladas de maguey papalote, en su mayoría hacia destilerías de otros estados. Explicó que los compradores pagan hasta 9 pesos por kilo, casi el doble del precio local, lo que ha provocado que algunas familias corten plantas que aún no alcanzan la madurez. Te puede interesar | Chilapa celebra su primera feria del mezcal artesanal

El productor Juventino Rendón Casarrubias, de la comunidad de Acatlán, relató que un maguey papalote tarda entre ocho y doce años en estar listo, por lo que el corte prematuro pone en riesgo la producción de los próximos años. “Si seguimos así, en 2025 no vamos a tener con qué trabajar”, advirtió.

La organización, que agrupa a 214 palenques, propuso crear un padrón de compradores y que cada cargamento que salga de la región cuente con una guía de traslado expedida por la autoridad ambiental. También solicitó recursos para ampliar los viveros comunitarios, que este año producirán 60 mil plantas.

Hasta el cierre de esta edición, la Secretaría de Desarrollo Rural de Guerrero no había respondido a la solicitud de entrevista.

📲 Únete a nuestro canal de WhatsApp y recibe las noticias de Guerrero al momento.

Síguenos en X: @NoticiarioBalsas
""", eol='\r\n')
gold('ao04', 'wire',
     title='Productores de mezcal de Chilapa piden frenar la compra de agave sin registro',
     date='2021-07-05', bylines=['Raúl Nava Salgado'], source='Noticiario del Balsas',
     body_first_words='Integrantes de la Unión de Productores de Mezcal de la Montaña Baja',
     body_last_words='Desarrollo Rural de Guerrero no había respondido a la solicitud de entrevista.',
     boilerplate=['Te puede interesar | Chilapa celebra su primera feria del mezcal artesanal',
                  'Únete a nuestro canal de WhatsApp y recibe las noticias de Guerrero al momento.',
                  'Síguenos en X: @NoticiarioBalsas'],
     must_keep=['Explicó que los compradores pagan hasta 9 pesos por kilo, casi el doble del precio local, lo que ha provocado que algunas familias corten plantas que aún no alcanzan la madurez.',
                'También solicitó recursos para ampliar los viveros comunitarios, que este año producirán 60 mil plantas.',
                '“Si seguimos así, en 2025 no vamos a tener con qué trabajar”, advirtió.'])

# ---------------------------------------------------------------- ao05 generic (cp1252, trailing spaces)
emit('ao05', 'txt', """Reabre el mercado de Tlaxco tras ocho meses de remodelación   

Después de ocho meses de obras, el mercado municipal Miguel Hidalgo de Tlaxco reabrió este sábado con 146 locales, un área de comida con 40 mesas y un nuevo sistema de drenaje que sustituye las tuberías de barro instaladas en 1978.  

La remodelación costó 18.3 millones de pesos y se pagó con recursos del Fondo de Aportaciones para la Infraestructura Social y del presupuesto municipal. Incluyó la sustitución de la techumbre de lámina por una estructura metálica con domos, la instalación eléctrica completa y sanitarios con acceso para personas con discapacidad. 

Durante la obra, los comerciantes se trasladaron a un tianguis provisional sobre la calle Allende, donde, según la mesa directiva, las ventas cayeron hasta 40 por ciento. “Aguantamos porque sabíamos que el mercado se estaba cayendo; el techo ya tenía goteras en todos los pasillos”, contó Rosa María Hernández, quien vende barbacoa desde hace 27 años.   

No todos quedaron conformes. Once locatarios de la zona de flores señalaron que sus nuevos espacios son más pequeños que los anteriores y que no cuentan con tarja. El director de Obras Públicas, Ignacio Vázquez Luna, respondió que se harán ajustes en las próximas dos semanas y que las tarjas se instalarán sin costo para los comerciantes.

El mercado abrirá de lunes a domingo de 7:00 a 19:00 horas. Los días de plaza, martes y domingo, el estacionamiento posterior se habilitará para productores de la sierra que venden maíz, haba y pulque. 
""", enc='cp1252')
gold('ao05', 'generic',
     title='Reabre el mercado de Tlaxco tras ocho meses de remodelación',
     date=None,
     body_first_words='Después de ocho meses de obras, el mercado municipal Miguel Hidalgo',
     body_last_words='para productores de la sierra que venden maíz, haba y pulque.',
     boilerplate=[],
     must_keep=['No todos quedaron conformes.',
                '“Aguantamos porque sabíamos que el mercado se estaba cayendo; el techo ya tenía goteras en todos los pasillos”, contó Rosa María Hernández, quien vende barbacoa desde hace 27 años.',
                'La remodelación costó 18.3 millones de pesos y se pagó con recursos del Fondo de Aportaciones para la Infraestructura Social y del presupuesto municipal.'])

# ---------------------------------------------------------------- ao06 press (state prosecutor, Guerrero)
emit('ao06', 'txt', """FISCALÍA GENERAL DEL ESTADO DE GUERRERO  
COMUNICADO  
No. 318/2023

VINCULAN A PROCESO A DOS PROBABLES RESPONSABLES DE EXTORSIÓN A COMERCIANTES DEL MERCADO CENTRAL DE ACAPULCO  

Acapulco de Juárez, Guerrero, 9 de agosto de 2023.- La Fiscalía General del Estado, a través de la Fiscalía Especializada en Materia de Secuestro y Extorsión, obtuvo de un juez de control la vinculación a proceso de Julio César “N” y Brenda “N”, como probables responsables del delito de extorsión agravada cometido en agravio de comerciantes del Mercado Central de Acapulco.  

De acuerdo con la carpeta de investigación, entre marzo y junio de este año los imputados exigían a los locatarios pagos semanales de entre 500 y 2 mil pesos a cambio de no atentar contra su integridad ni la de sus familias. Las víctimas presentaron denuncia y aportaron mensajes de texto y registros de transferencias bancarias que permitieron identificar a los probables responsables.

Los imputados fueron detenidos el pasado 2 de agosto en la colonia Progreso por elementos de la Policía Investigadora Ministerial, en cumplimiento de una orden de aprehensión. En la audiencia inicial, el Ministerio Público presentó los datos de prueba que llevaron al juez a dictar la vinculación a proceso.  

El órgano jurisdiccional impuso como medida cautelar la prisión preventiva oficiosa y fijó un plazo de tres meses para el cierre de la investigación complementaria.

La Fiscalía General del Estado reitera su compromiso de combatir los delitos que afectan a la actividad económica y exhorta a la ciudadanía a denunciar cualquier intento de extorsión al número 089, de manera anónima y gratuita.

-30-

Fiscalía General del Estado de Guerrero
Facebook: FiscaliaGuerreroEjemplo | X: @FGE_Gro_ejemplo
""", bom=True)
gold('ao06', 'press_release',
     title='VINCULAN A PROCESO A DOS PROBABLES RESPONSABLES DE EXTORSIÓN A COMERCIANTES DEL MERCADO CENTRAL DE ACAPULCO',
     date='2023-08-09', source='FISCALÍA GENERAL DEL ESTADO DE GUERRERO',
     bulletin_number='318/2023', issuer='FISCALÍA GENERAL DEL ESTADO DE GUERRERO',
     dateline_city='Acapulco de Juárez',
     body_first_words='La Fiscalía General del Estado, a través de la Fiscalía Especializada',
     body_last_words='cualquier intento de extorsión al número 089, de manera anónima y gratuita.',
     boilerplate=['-30-', 'Facebook: FiscaliaGuerreroEjemplo | X: @FGE_Gro_ejemplo', 'No. 318/2023'],
     must_keep=['El órgano jurisdiccional impuso como medida cautelar la prisión preventiva oficiosa y fijó un plazo de tres meses para el cierre de la investigación complementaria.',
                'Los imputados fueron detenidos el pasado 2 de agosto en la colonia Progreso por elementos de la Policía Investigadora Ministerial, en cumplimiento de una orden de aprehensión.'])

# ---------------------------------------------------------------- ao07 wire (byline before title, agency rewrite)
emit('ao07', 'md', """Por Guadalupe Matus Cruz / Istmo y Valles Noticias
Juchitán de Zaragoza, Oaxaca. 19 de febrero de 2018.

# Entregan 312 viviendas reconstruidas en Juchitán a cinco meses del sismo

A cinco meses del sismo de magnitud 8.2 que sacudió el Istmo de Tehuantepec, 312 familias de Juchitán recibieron las llaves de viviendas reconstruidas con recursos de un fideicomiso estatal y aportaciones de fundaciones privadas, informaron autoridades locales.

Las casas, de 42 metros cuadrados, fueron edificadas con block y techo de losa en las secciones Séptima, Octava y Novena, las más afectadas por el terremoto del 7 de septiembre. Cada una tuvo un costo aproximado de 210 mil pesos y fue diseñada con un corredor exterior que respeta la distribución tradicional de la casa istmeña.

La coordinadora del programa en la región, Rosalinda Toledo Jiménez, reconoció que aún faltan alrededor de 2 mil viviendas por atender y que muchas familias continúan viviendo en casas de campaña o en cuartos improvisados con lámina. “Avanzamos, pero la temporada de lluvias nos alcanza en junio y todavía hay gente en la calle”, dijo.

Vecinos de la Séptima sección señalaron que el censo inicial dejó fuera a quienes rentaban o vivían en terrenos sin escrituras, por lo que pidieron abrir una segunda etapa de registro. La coordinadora indicó que las mesas de atención se instalarán en marzo en el palacio municipal provisional.

Con información de Agencia Meridiano

MÁS NOTICIAS
- Salina Cruz registra récord de carga en su puerto
- Habilitan albergue temporal en Ixtepec
- Productores de totopo reciben apoyos para hornos
""", enc='cp1252', eol='\r\n')
gold('ao07', 'wire',
     title='Entregan 312 viviendas reconstruidas en Juchitán a cinco meses del sismo',
     date='2018-02-19', bylines=['Guadalupe Matus Cruz'], source='Istmo y Valles Noticias',
     body_first_words='A cinco meses del sismo de magnitud 8.2 que sacudió el',
     body_last_words='las mesas de atención se instalarán en marzo en el palacio municipal provisional.',
     boilerplate=['Con información de Agencia Meridiano', 'MÁS NOTICIAS',
                  'Salina Cruz registra récord de carga en su puerto',
                  'Productores de totopo reciben apoyos para hornos'],
     must_keep=['Cada una tuvo un costo aproximado de 210 mil pesos y fue diseñada con un corredor exterior que respeta la distribución tradicional de la casa istmeña.',
                'La coordinadora indicó que las mesas de atención se instalarán en marzo en el palacio municipal provisional.'])

# ---------------------------------------------------------------- ao08 jekyll (offset date, nested author)
emit('ao08', 'md', """---
layout: post
title: "Puebla capital respondió fuera de plazo 41% de las solicitudes de transparencia en 2020"
date: 2021-03-14 23:30:00 -0600
author:
  name: Sofía Xicale Méndez
  twitter: "@sofiaxicale"
categories:
  - Destacadas
  - Transparencia
tags: [solicitudes, acceso a la información, Puebla]
site_name: Observatorio Ciudadano de Puebla
---

Durante 2020, el Ayuntamiento de Puebla respondió fuera de plazo 41 por ciento de las solicitudes de acceso a la información que recibió, de acuerdo con una revisión de 1,874 expedientes publicados en la Plataforma Nacional de Transparencia que realizamos entre enero y marzo de este año.

<!--more-->

La ley estatal concede a los sujetos obligados diez días hábiles para responder, prorrogables por otros diez cuando existan razones fundadas. Sin embargo, encontramos 769 solicitudes respondidas después de ese límite, 212 de ellas con más de 40 días de retraso. La dependencia con peor desempeño fue la Secretaría de Seguridad Ciudadana, que contestó a tiempo apenas una de cada cuatro peticiones.

La pandemia explica sólo una parte del problema. Aunque el instituto de transparencia suspendió los plazos entre abril y junio, 58 por ciento de los retrasos ocurrió en el segundo semestre, cuando los términos ya se habían reanudado.

También revisamos el contenido de las respuestas. En 311 casos la autoridad declaró la información inexistente sin anexar el acta del comité de transparencia, como exige la ley, y en otros 97 remitió al solicitante a una página electrónica que ya no funciona.

Consultada para este análisis, la Unidad de Transparencia municipal atribuyó los retrasos a la falta de personal y al trabajo a distancia, y aseguró que este año contratará a seis enlaces adicionales. Publicaremos la base de datos completa la próxima semana para que cualquier persona pueda revisar los expedientes.

**Apoya nuestro trabajo:** haz un donativo en observatorio.example.mx/dona y ayúdanos a seguir revisando al poder.
""", eol='\r\n')
gold('ao08', 'jekyll',
     title='Puebla capital respondió fuera de plazo 41% de las solicitudes de transparencia en 2020',
     date='2021-03-14', bylines=['Sofía Xicale Méndez'], source='Observatorio Ciudadano de Puebla',
     section='Transparencia', placement=['Destacadas'],
     body_first_words='Durante 2020, el Ayuntamiento de Puebla respondió fuera de plazo 41',
     body_last_words='la próxima semana para que cualquier persona pueda revisar los expedientes.',
     boilerplate=['<!--more-->', 'Apoya nuestro trabajo:', 'observatorio.example.mx/dona'],
     must_keep=['La pandemia explica sólo una parte del problema.',
                'La dependencia con peor desempeño fue la Secretaría de Seguridad Ciudadana, que contestó a tiempo apenas una de cada cuatro peticiones.',
                'Publicaremos la base de datos completa la próxima semana para que cualquier persona pueda revisar los expedientes.'])

# ---------------------------------------------------------------- ao09 press (state health services, Morelos)
emit('ao09', 'md', f"""GOBIERNO DE MORELOS
Servicios de Salud de Morelos

Comunicado 071/2024

Cuernavaca, Morelos; a 3 de mayo de 2024

Intensifican acciones contra el dengue en Cuautla, Jojutla y Temixco

Foto: SSM

Ante el incremento de casos de dengue registrado en las últimas cuatro semanas, los Servicios de Salud de Morelos (SSM) intensificaron las acciones de control del mosquito transmisor en los municipios de Cuautla, Jojutla y Temixco, que concentran 63{NB}por ciento de los casos confirmados en la entidad.

El director de Atención Médica, Héctor Iván Domínguez Trujillo, informó que en lo que va de 2024 se han confirmado 412{NB}casos, de los cuales 137 corresponden a dengue con signos de alarma o grave. Precisó que no se han registrado defunciones y que los hospitales generales cuentan con camas, soluciones y reactivos suficientes para atender a los pacientes.

Como parte de la estrategia, 96 brigadistas visitarán casa por casa 18 colonias prioritarias para eliminar criaderos, aplicar larvicida en tinacos y piletas y orientar a las familias sobre los síntomas de alarma. Además, se realizarán recorridos de nebulización en horario nocturno, de las 19:00 a las 23:00{NB}horas.

Los SSM recordaron que los síntomas del dengue incluyen fiebre alta, dolor de cabeza intenso, dolor detrás de los ojos, dolor muscular y articular, así como erupciones en la piel. Ante cualquiera de ellos, se recomienda acudir a la unidad de salud más cercana y evitar la automedicación.

La dependencia exhortó a la población a lavar, tapar, voltear y tirar los recipientes que puedan acumular agua, ya que la participación de las familias es fundamental para cortar el ciclo de reproducción del mosquito.

oo0oo

Unidad de Comunicación Social
Servicios de Salud de Morelos
Tels. 777{NB}555{NB}0174 y 777{NB}555{NB}0175
comunicacion.social@ssm.example.mx
Facebook e Instagram: @SaludMorelosEj | X: @SSM_Morelos_ej
""")
gold('ao09', 'press_release',
     title='Intensifican acciones contra el dengue en Cuautla, Jojutla y Temixco',
     date='2024-05-03', source='Servicios de Salud de Morelos',
     bulletin_number='071/2024', issuer='Servicios de Salud de Morelos',
     dateline_city='Cuernavaca',
     body_first_words='Ante el incremento de casos de dengue registrado en las últimas',
     body_last_words='fundamental para cortar el ciclo de reproducción del mosquito.',
     boilerplate=['oo0oo', 'Unidad de Comunicación Social', 'comunicacion.social@ssm.example.mx',
                  'Tels. 777 555 0174 y 777 555 0175', '@SSM_Morelos_ej', 'Foto: SSM', 'GOBIERNO DE MORELOS'],
     must_keep=['Precisó que no se han registrado defunciones y que los hospitales generales cuentan con camas, soluciones y reactivos suficientes para atender a los pacientes.',
                'El director de Atención Médica, Héctor Iván Domínguez Trujillo, informó que en lo que va de 2024 se han confirmado 412 casos, de los cuales 137 corresponden a dengue con signos de alarma o grave.',
                'Además, se realizarán recorridos de nebulización en horario nocturno, de las 19:00 a las 23:00 horas.'],
     photo_credit='SSM')

# ---------------------------------------------------------------- ao10 bad (front matter, no body)
emit('ao10', 'md', """---
layout: post
title: "Suspenden clases en 120 escuelas de Tehuacán por ola de calor"
date: 2024-05-21
author: Redacción
categories: [Educación, Portada]
---


""")
bad_gold('ao10', 'Solo contiene front matter; el archivo no tiene cuerpo de texto')

print('part1 ok')
