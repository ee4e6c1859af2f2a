# ruff: noqa: E501
from common import F

FILES = []
A = FILES.append

# ---------------------------------------------------------------- wire
A(
    F(
        "2023-12-14-nogal-torreon.md",
        "wire",
        """## Productores de nuez de La Laguna reportan la peor cosecha en una década

Por Julián Arreola Nava / Tinta Lagunera
14-12-2023

«B»Los productores de nuez pecanera de la Comarca Lagunera cerraron la temporada con una caída cercana al 40 por ciento en su producción, la peor cifra de la última década, según estimaciones de la asociación regional de nogaleros.

La sequía prolongada y las altas temperaturas del verano provocaron que muchos árboles no llenaran el fruto. En huertas de Matamoros y San Pedro, los productores reportan nueces vanas o de tamaño pequeño, que se venden a menor precio en el mercado.

El presidente de la asociación, Rogelio Quiñones, explicó que el costo del bombeo de agua se elevó por el descenso del nivel de los pozos. ⟪Muchos productores pequeños, dijo, no tuvieron dinero para regar en los meses críticos.⟫ ⟦Checa también: Bajan los niveles de la presa Lázaro Cárdenas al 12 por ciento⟧

Los compradores estadounidenses, que adquieren buena parte de la producción, han reducido sus pedidos y ofrecen precios más bajos que el año pasado. Algunos productores prefieren almacenar su cosecha en bodegas refrigeradas a la espera de una mejor cotización.

La asociación solicitará a los gobiernos de Coahuila y Durango un programa de apoyo para la tecnificación del riego, con el fin de reducir el consumo de agua en las huertas.«E»

⟦LO MÁS LEÍDO⟧
⟦1. Cierran por obras el periférico Raúl López Sánchez⟧
⟦2. Suben casos de golpe de calor en Gómez Palacio⟧
⟦3. Santos Laguna presenta refuerzos para el torneo⟧
""",
        title="Productores de nuez de La Laguna reportan la peor cosecha en una década",
        date="2023-12-14",
        bylines=["Julián Arreola Nava"],
        source="Tinta Lagunera",
    )
)

A(
    F(
        "2023-07-22-huapango-xilitla.txt",
        "wire",
        """2023/07/22

Xilitla recibe a cientos de huapangueros en su festival anual

REPORTE HUASTECO | Cultura

⟦Foto: Ilustrativa⟧

«B»La cabecera municipal de Xilitla recibió a más de 400 músicos y bailadores de la Huasteca potosina, hidalguense, veracruzana y tamaulipeca durante el festival anual del huapango, que este año dedicó sus jornadas a los tríos fundadores de la región.

Durante tres días, la plaza principal se llenó de violines, jaranas y quintas huapangueras. Los concursos de zapateado reunieron a parejas de todas las edades, y los jueces destacaron la presencia de niñas y niños que aprendieron a bailar en talleres comunitarios.

⟦Relacionado:⟧
⟦El son huasteco, patrimonio vivo de seis estados⟧

El director de Cultura municipal, Emiliano Rubio, informó que la ocupación hotelera llegó al cien por ciento y que muchos visitantes tuvieron que hospedarse en Aquismón y Tamazunchale. Los comerciantes de la zona reportaron ventas superiores a las del año anterior.

Los organizadores anunciaron que el próximo año se agregará un encuentro de versadores para recuperar la tradición del verso improvisado, que se ha perdido entre las nuevas generaciones de músicos de la región.

El cierre del festival incluyó un homenaje al violinista Cándido Hernández, quien durante cincuenta años enseñó a tocar a jóvenes de comunidades indígenas.«E»

—Guadalupe Rivera Zúñiga
""",
        title="Xilitla recibe a cientos de huapangueros en su festival anual",
        date="2023-07-22",
        bylines=["Guadalupe Rivera Zúñiga"],
        source="REPORTE HUASTECO",
        crlf=True,
    )
)

A(
    F(
        "2022-09-10-cafe-cuetzalan.txt",
        "wire",
        """El Mirador de la Sierra
10.09.2022
Reportera: Itzel Navarro Cabrera

CAFETICULTORES DE CUETZALAN APUESTAN POR LA VENTA DIRECTA

«B»Ante los bajos precios que pagan los intermediarios, un grupo de 60 cafeticultores de Cuetzalan y Zacapoaxtla formó una cooperativa para tostar, empacar y vender su café directamente a cafeterías de Puebla y de la Ciudad de México.

Los productores explicaron que el kilo de café cereza se paga a menos de diez pesos en la región, mientras que una bolsa de café tostado de medio kilo se vende en más de 150 pesos en las ciudades. "Nosotros hacemos todo el trabajo y otros se quedan con la ganancia", afirmó Doña Herminia Tepole.

La cooperativa adquirió una tostadora con apoyo de una fundación y capacita a jóvenes de las comunidades en catación y atención al cliente. El objetivo, explicaron, es que los hijos de los productores no tengan que migrar para encontrar trabajo.

Este año la cooperativa espera vender cinco toneladas de café de altura, y ya negocia un acuerdo con una cadena de tiendas de productos orgánicos. También participa en ferias regionales para dar a conocer su marca.

Los productores pidieron a las autoridades apoyo para renovar los cafetales afectados por la roya, que todavía mantiene baja la producción en varias comunidades.«E»

⟦Con información de Ángel Tzompa⟧
⟦Recibe nuestras noticias en Telegram: t.me/miradorsierra⟧
""",
        title="CAFETICULTORES DE CUETZALAN APUESTAN POR LA VENTA DIRECTA",
        date="2022-09-10",
        bylines=["Itzel Navarro Cabrera"],
        source="El Mirador de la Sierra",
        enc="cp1252",
    )
)

A(
    F(
        "ganaderos-tuxtepec-sequia.md",
        "wire",
        """Diario Cuenca del Papaloapan
30 de febrero de 2024

# Ganaderos de Tuxtepec pierden cientos de cabezas por la sequía

Por Redacción

«B»⟦Te puede interesar | Piden declarar emergencia agrícola en la Cuenca⟧ ⟪Ganaderos de Tuxtepec, Loma Bonita y Cosolapa reportaron la muerte de cientos de cabezas de ganado por falta de agua y pastos, en una de las temporadas secas más severas que recuerdan los productores de la región.⟫

Los arroyos que abastecían a los potreros se secaron desde enero, y muchos productores tienen que acarrear agua en pipas desde el río Papaloapan, con un costo que no pueden sostener por mucho tiempo. Otros han optado por vender animales a precios bajos para no perderlos.

La asociación ganadera local calcula que el precio del becerro en pie cayó hasta 25 por ciento, pues los compradores saben que los productores tienen urgencia de vender. El forraje, en cambio, subió de precio por la escasez.

Los productores solicitaron al gobierno estatal la perforación de pozos comunitarios y la entrega de suplementos alimenticios para el ganado. También pidieron que se agilicen los pagos del seguro catastrófico, que en años anteriores tardaron meses.

Autoridades agropecuarias se comprometieron a realizar un censo de daños la próxima semana para determinar el monto de los apoyos.«E»

⟦Descarga la app de Diario Cuenca y activa las notificaciones⟧
""",
        title="Ganaderos de Tuxtepec pierden cientos de cabezas por la sequía",
        date=None,
        bylines=[],
        source="Diario Cuenca del Papaloapan",
    )
)

A(
    F(
        "2024-01-06-rosca-guadalajara.md",
        "wire",
        """⟦Last updated 3 hours ago⟧
Por Andrea Ibarra Solís y Luis Fernando Chávez
La Brújula Tapatía · sáb 6 ene 2024

Panaderías de Guadalajara venden roscas de hasta tres metros

«B»Las panaderías tradicionales de Guadalajara registraron largas filas desde la madrugada de este sábado para la compra de la rosca de Reyes, cuyo precio aumentó entre 10 y 15 por ciento en comparación con el año pasado por el encarecimiento de la harina, la mantequilla y la fruta cristalizada.

En el barrio de Analco, una panadería familiar elaboró roscas de hasta tres metros de largo por encargo de empresas y escuelas. Su propietario, Jesús Orozco, dijo que comenzaron a hornear desde el 2 de enero y que contrataron a seis ayudantes temporales para cumplir con los pedidos.

⟪La Procuraduría Federal del Consumidor realizó un sondeo de precios en 40 establecimientos de la zona metropolitana.⟫ ⟦Quizá te interese: ¿Quién debe pagar los tamales el 2 de febrero?⟧ ⟪El precio más bajo encontrado fue de 180 pesos por una rosca para diez personas.⟫

Los panaderos recomendaron a los consumidores verificar que la rosca esté fresca y que el relleno se conserve en refrigeración si se compra con anticipación. También pidieron preferir los negocios locales sobre las cadenas comerciales.

La tradición de partir la rosca se mantiene con fuerza en la ciudad, donde familias y oficinas organizan reuniones durante toda la semana.«E»

⟦Síguenos en X: @BrujulaTapatia.example⟧
""",
        title="Panaderías de Guadalajara venden roscas de hasta tres metros",
        date="2024-01-06",
        bylines=["Andrea Ibarra Solís", "Luis Fernando Chávez"],
        source="La Brújula Tapatía",
        bom=True,
    )
)

A(
    F(
        "tortugas-playa-ventura.text",
        "wire",
        """Liberan más de mil crías de tortuga golfina en Playa Ventura

Por Eusebio Cortés Salinas / Semanario Costa Chica
⟦Hace 45 minutos⟧

«B»Integrantes del campamento tortuguero de Playa Ventura, en el municipio de Copala, liberaron más de mil crías de tortuga golfina, como parte de la temporada de protección que inició en julio y que concluirá a finales de diciembre.

Los voluntarios recorren la playa cada noche para recolectar los huevos que depositan las hembras y trasladarlos a un corral de incubación, donde permanecen alrededor de 45 días protegidos de depredadores y de saqueadores que los venden de manera ilegal.

El coordinador del campamento, Valentín Moreno, explicó que este año se han protegido más de 300 nidos, cifra superior a la del año anterior. Sin embargo, advirtió que la contaminación por plásticos y la iluminación de nuevas construcciones frente al mar representan riesgos crecientes para las tortugas.

Turistas nacionales y extranjeros participaron en la liberación, guiados por los voluntarios, quienes explicaron la importancia de no tocar a las crías y dejar que lleguen solas al mar para que reconozcan la playa a la que regresarán.

El campamento recibe donativos y voluntarios durante toda la temporada.«E»

⟦Suscríbete gratis a nuestro newsletter semanal⟧
⟦Contacto: redaccion@costachica.example⟧
""",
        title="Liberan más de mil crías de tortuga golfina en Playa Ventura",
        date=None,
        bylines=["Eusebio Cortés Salinas"],
        source="Semanario Costa Chica",
    )
)

A(
    F(
        "2023-08-31-viento-juchitan.md",
        "wire",
        """VOCES DEL ISTMO
2023-08-31T23:50:00-06:00

## Rachas de viento derriban anuncios espectaculares en Juchitán

«B»Fuertes rachas de viento de hasta 90 kilómetros por hora derribaron al menos cuatro anuncios espectaculares y varios árboles en Juchitán de Zaragoza, sin que se reportaran personas lesionadas, informó Protección Civil municipal.

Uno de los anuncios cayó sobre la carretera Transístmica y obligó a cerrar la circulación durante dos horas, mientras cuadrillas retiraban la estructura metálica. Otro dañó el techo de una vivienda en la Séptima Sección.

⟦📌 Para que no te pierdas:⟧
⟦Reconstrucción en el Istmo, a seis años del sismo⟧

Las autoridades municipales anunciaron una revisión de todos los anuncios instalados en la ciudad, pues varios de ellos no cuentan con permiso vigente ni con el dictamen estructural que exige el reglamento de construcción.

Transportistas de carga pesada fueron advertidos de no circular por la zona de La Venta y La Ventosa mientras persistan las rachas, que suelen volcar tráileres vacíos. El Servicio Meteorológico Nacional prevé que el viento disminuya durante el fin de semana.

Vecinos pidieron que se retiren también los árboles secos que representan un riesgo en calles y escuelas.«E»

⟦Foto: Voces del Istmo⟧

Texto: Citlali Jiménez Regalado
""",
        title="Rachas de viento derriban anuncios espectaculares en Juchitán",
        date="2023-08-31",
        bylines=["Citlali Jiménez Regalado"],
        source="VOCES DEL ISTMO",
    )
)

# ---------------------------------------------------------------- press releases
A(
    F(
        "2024-02-08-iec-debates.md",
        "press_release",
        """COMUNICADO DE PRENSA
Instituto Electoral de Coahuila
⟦IEC/CS/045/2024⟧

Aprueba el IEC calendario de debates para la elección de ayuntamientos

Saltillo, Coahuila, a 8 de febrero de 2024.- «B»El Consejo General del Instituto Electoral de Coahuila aprobó el calendario y los lineamientos para la organización de los debates entre candidaturas a los 38 ayuntamientos de la entidad, que se realizarán durante el periodo de campañas.

De acuerdo con el documento, los debates serán obligatorios en los municipios con más de cien mil habitantes y opcionales en el resto, siempre que lo soliciten al menos dos de las candidaturas registradas. Las sesiones se transmitirán en las plataformas digitales del instituto y en los medios públicos del estado.

La consejera presidenta señaló que los formatos privilegiarán la interacción entre las candidaturas y la participación de la ciudadanía mediante preguntas recabadas en redes sociales y en las universidades. También se garantizará la interpretación en lengua de señas mexicana.

Los lineamientos establecen que las moderadoras y moderadores serán seleccionados mediante una convocatoria pública dirigida a periodistas y académicos, quienes deberán acreditar experiencia y no tener militancia partidista en los últimos tres años.

El calendario definitivo se publicará una vez concluido el registro de candidaturas.«E»

oo0oo

⟦Coordinación de Comunicación Social del IEC⟧
⟦844 000 7788 · comunicacion@iec.example⟧
""",
        title="Aprueba el IEC calendario de debates para la elección de ayuntamientos",
        date="2024-02-08",
        source="Instituto Electoral de Coahuila",
        number="IEC/CS/045/2024",
        city="Saltillo",
    )
)

A(
    F(
        "2023-08-15-oaxaca-juarez-mercados.txt",
        "press_release",
        """GOBIERNO MUNICIPAL DE OAXACA DE JUÁREZ
⟦Boletín No. 0097⟧
Oaxaca de Juárez, Oax., 15 de agosto de 2023

Reordenan comercio en vía pública del Centro Histórico

**• Se reubicará a 180 comerciantes en tres plazas.**
**• El acuerdo fue firmado con cinco organizaciones.**

«B»El Gobierno Municipal de Oaxaca de Juárez firmó un acuerdo con cinco organizaciones de comerciantes para reordenar la venta en vía pública del Centro Histórico, con el objetivo de liberar los andadores peatonales y mejorar la movilidad de habitantes y turistas.

Como parte del convenio, 180 comerciantes serán reubicados en tres plazas habilitadas con techumbre, sanitarios y servicio de vigilancia, donde podrán vender sus productos sin costo de renta durante el primer año de operación.

La autoridad municipal explicó que el padrón de comerciantes fue revisado durante cuatro meses y que se dio prioridad a artesanas y artesanos de comunidades indígenas de los Valles Centrales, quienes dependen de la venta diaria para su sustento.

Las organizaciones firmantes se comprometieron a respetar los espacios asignados y a no permitir la instalación de nuevos puestos en calles como Macedonio Alcalá, García Vigil y Las Casas. Inspectores municipales realizarán recorridos diarios para verificar el cumplimiento.

El reordenamiento comenzará la próxima semana y concluirá antes de las fiestas de septiembre.«E»

- - -
""",
        title="Reordenan comercio en vía pública del Centro Histórico",
        date="2023-08-15",
        source="GOBIERNO MUNICIPAL DE OAXACA DE JUÁREZ",
        number="0097",
        city="Oaxaca de Juárez",
        enc="cp1252",
    )
)

A(
    F(
        "2023-03-02-seg-leon-lectura.markdown",
        "press_release",
        """Secretaría de Educación de Guanajuato
Delegación Regional Centro Oeste

**Alumnos de primaria de León leen más de 40 mil libros
en el reto lector de invierno**

León, Gto., 2 de marzo de 2023.— «B»Estudiantes de 230 escuelas primarias de León concluyeron el reto lector de invierno con más de 40 mil libros leídos en diez semanas, informó la Delegación Regional Centro Oeste de la Secretaría de Educación de Guanajuato.

El programa invitó a niñas y niños de tercero a sexto grado a leer al menos un libro por semana y a compartir reseñas con sus compañeros en murales, audios y dibujos. Las bibliotecas escolares recibieron dotaciones de títulos nuevos de literatura infantil y divulgación científica.

La delegada regional destacó la participación de madres y padres de familia, quienes acompañaron la lectura en casa y asistieron a las ferias de cierre organizadas en cada plantel. Los grupos con mayor número de libros leídos recibirán una visita guiada al Museo de Ciencias.

Docentes señalaron que el reto ayudó a mejorar la comprensión lectora y la expresión oral de los alumnos, habilidades que se vieron afectadas durante los años de clases a distancia.

La Secretaría anunció que el programa se ampliará a secundarias en el próximo ciclo escolar.«E»

—oOo—
""",
        title="Alumnos de primaria de León leen más de 40 mil libros en el reto lector de invierno",
        date="2023-03-02",
        source="Delegación Regional Centro Oeste",
        number=None,
        city="León",
    )
)

A(
    F(
        "2023-07-19-jmas-chihuahua-tandeo.txt",
        "press_release",
        """JUNTA MUNICIPAL DE AGUA Y SANEAMIENTO DE CHIHUAHUA
Miércoles 19 de julio de 2023
⟦Boletín JMAS-118⟧

ANUNCIA JMAS HORARIOS DE TANDEO EN 42 COLONIAS
DEL SUR DE LA CIUDAD

Chihuahua, Chih.; 19 de julio.- «B»Debido al descenso en el nivel de los pozos que abastecen el sur de la ciudad, la Junta Municipal de Agua y Saneamiento de Chihuahua implementará un esquema de tandeo en 42 colonias a partir del próximo lunes, con horarios diferenciados por sector.

Las colonias del sector Sur recibirán el servicio de las 5:00 a las 13:00 horas, mientras que las del sector Sureste lo tendrán de las 14:00 a las 22:00 horas. El organismo recomendó a los usuarios almacenar agua en recipientes limpios y tapados y revisar que sus tinacos no tengan fugas.

El director del organismo explicó que se perforan dos pozos nuevos que entrarán en operación en septiembre y que permitirán regularizar el suministro. Mientras tanto, se reforzará el reparto con pipas en las zonas altas, donde la presión es menor.

La dependencia pidió a la población hacer un uso responsable del agua, evitar el lavado de autos con manguera y regar jardines solo durante la noche. Las fugas en la vía pública pueden reportarse a la línea de atención, que funciona las 24 horas.

Los horarios completos pueden consultarse en las oficinas y en los canales oficiales del organismo.«E»

-o0o-

⟦Para más información:⟧
⟦Departamento de Comunicación Social JMAS⟧
⟦Tel. 614 000 2233 · Facebook: JMASChihuahua.example⟧
""",
        title="ANUNCIA JMAS HORARIOS DE TANDEO EN 42 COLONIAS DEL SUR DE LA CIUDAD",
        date="2023-07-19",
        source="JUNTA MUNICIPAL DE AGUA Y SANEAMIENTO DE CHIHUAHUA",
        number="JMAS-118",
        city="Chihuahua",
        crlf=True,
    )
)

A(
    F(
        "2022-10-27-cedh-morelos-migrantes.txt",
        "press_release",
        """⟦Comunicado No. 118/2022⟧

Comisión de Derechos Humanos del Estado de Morelos

Cuernavaca, Morelos, 27 de octubre de 2022.

Emite CDHEM recomendación por omisiones en la atención a personas migrantes

«B»La Comisión de Derechos Humanos del Estado de Morelos emitió una recomendación a dos ayuntamientos de la zona oriente por omisiones en la atención a personas migrantes que viajaban en el tren de carga y que fueron retenidas durante varias horas sin acceso a agua, alimentos ni atención médica.

De acuerdo con la investigación, las personas, entre ellas cuatro menores de edad, permanecieron en una bodega municipal sin que se notificara a las autoridades migratorias ni a la Procuraduría de Protección de Niñas, Niños y Adolescentes, como lo establece la ley.

El organismo solicitó a los ayuntamientos capacitar a su personal de seguridad pública en materia de derechos humanos de las personas en contexto de movilidad, así como elaborar un protocolo de atención que garantice el trato digno y la asistencia consular.

La Comisión recordó que la condición migratoria de una persona no puede ser motivo de detención por parte de autoridades municipales y que cualquier ciudadano puede presentar una queja cuando observe violaciones a los derechos de las personas migrantes.

Los ayuntamientos tienen quince días hábiles para informar si aceptan la recomendación.«E»

--- FIN ---

⟦Visítanos en cdhmorelos.example y en redes sociales como @CDHMorelos.example⟧
""",
        title="Emite CDHEM recomendación por omisiones en la atención a personas migrantes",
        date="2022-10-27",
        source="Comisión de Derechos Humanos del Estado de Morelos",
        number="118/2022",
        city="Cuernavaca",
    )
)

A(
    F(
        "2024-05-10-uatx-salud-nutricion.md",
        "press_release",
        """UNIVERSIDAD AUTÓNOMA DE TLAXCALA
Facultad de Ciencias de la Salud
⟦Núm. 211⟧

### Brigadas de Nutrición de la UATx atienden a 900 niños en Zacatelco

Zacatelco, Tlax., 10 de mayo de 2024.– «B»Estudiantes de la licenciatura en Nutrición de la Facultad de Ciencias de la Salud realizaron una jornada de valoración nutricional en 12 escuelas primarias de Zacatelco, donde atendieron a cerca de 900 niñas y niños de primero a sexto grado.

Durante las brigadas, los universitarios midieron peso, talla y circunferencia de cintura, y ofrecieron orientación a madres y padres sobre alimentación saludable, consumo de agua simple y reducción de bebidas azucaradas y productos ultraprocesados.

La coordinadora del programa, maestra Verónica Sánchez Flores, explicó que los resultados preliminares muestran que tres de cada diez estudiantes presentan sobrepeso u obesidad, cifra similar a la media estatal, mientras que un porcentaje menor presenta bajo peso para su edad.

Los datos serán entregados a las autoridades educativas y de salud del municipio para diseñar estrategias de seguimiento, como talleres de cocina saludable y actividades físicas durante el recreo. Las familias de los menores con mayor riesgo recibirán citas de seguimiento en la clínica universitaria.

La facultad prevé extender las brigadas a otros municipios del sur del estado durante el próximo semestre.«E»

ooOoo
""",
        title="Brigadas de Nutrición de la UATx atienden a 900 niños en Zacatelco",
        date="2024-05-10",
        source="Facultad de Ciencias de la Salud",
        number="211",
        city="Zacatelco",
    )
)

A(
    F(
        "2022-11-27-fiscalia-campeche-personas.md",
        "press_release",
        """FISCALÍA GENERAL DEL ESTADO DE CAMPECHE
Vicefiscalía General de Derechos Humanos
⟦Comunicado 0318⟧

Localiza Fiscalía a tres personas reportadas como desaparecidas en Escárcega

San Francisco de Campeche, Camp., 27 de noviembre de 2022.- «B»La Vicefiscalía General de Derechos Humanos informó que fueron localizadas con vida tres personas cuyo reporte de desaparición fue presentado la semana pasada en el municipio de Escárcega, gracias a los trabajos coordinados con corporaciones de seguridad estatales y federales.

Se trata de dos hombres y una mujer, originarios de Tabasco, quienes viajaban hacia Chetumal por motivos laborales y perdieron contacto con sus familiares. Las personas fueron halladas en buen estado de salud en una comunidad rural y se encuentran ya con sus familias.

La Fiscalía recordó que no es necesario esperar 72 horas para denunciar la desaparición de una persona y que las búsquedas deben iniciar de inmediato. Las denuncias pueden presentarse en cualquier agencia del Ministerio Público o mediante la línea de atención ciudadana.

Asimismo, se pidió a la población compartir únicamente las fichas de búsqueda oficiales y evitar difundir información no confirmada que pueda entorpecer las investigaciones o poner en riesgo a las víctimas y a sus familias.

Las carpetas de investigación permanecen abiertas para determinar las circunstancias del caso.«E»

FIN DEL COMUNICADO

⟦Fiscalía General del Estado de Campeche · Dirección de Comunicación · 981 000 4455⟧
""",
        title="Localiza Fiscalía a tres personas reportadas como desaparecidas en Escárcega",
        date="2022-11-27",
        source="Vicefiscalía General de Derechos Humanos",
        number="0318",
        city="San Francisco de Campeche",
        bom=True,
    )
)

# ---------------------------------------------------------------- jekyll
A(
    F(
        "2022-06-18-cabildo-aguascalientes.md",
        "jekyll",
        """---
date: 2022-06-18 10:15:00
title: "Cabildo de Aguascalientes aprueba reglamento de movilidad ciclista"
author: Fernanda Lozano Ruvalcaba
categories: ["Principal", "Política", "Destacadas"]
---

«B»El Cabildo de Aguascalientes aprobó por mayoría el nuevo reglamento de movilidad ciclista, que establece la construcción de 35 kilómetros de ciclovías confinadas en los próximos tres años y sanciones para los automovilistas que invadan los carriles exclusivos.

La regidora que presentó la propuesta explicó que el documento fue elaborado con colectivos ciclistas, universidades y cámaras empresariales, y que retoma experiencias de otras ciudades del país donde el uso de la bicicleta creció tras la pandemia.

El reglamento contempla también la instalación de biciestacionamientos en edificios públicos, mercados y plazas, así como la obligación de que los nuevos fraccionamientos incluyan infraestructura ciclista en sus proyectos de urbanización.

Dos regidores votaron en contra al considerar que no se cuenta con presupuesto suficiente para las obras y que las ciclovías podrían reducir carriles en avenidas con mucho tráfico. El alcalde respondió que se buscará financiamiento federal y de organismos internacionales.

Los colectivos celebraron la aprobación y anunciaron que vigilarán el cumplimiento de las metas anuales. La primera ciclovía se construirá en la avenida Universidad durante el segundo semestre.«E»
""",
        title="Cabildo de Aguascalientes aprueba reglamento de movilidad ciclista",
        date="2022-06-18",
        bylines=["Fernanda Lozano Ruvalcaba"],
        section="Política",
        placement=["Principal", "Destacadas"],
    )
)

A(
    F(
        "2024-01-06-clasico-regio.markdown",
        "jekyll",
        """---
layout: post
title: Tigres y Rayados empatan en un clásico regio de pocas emociones
date: 2024-01-06T20:45:00-06:00
author: Omar Villarreal
categories:
  - Deportes
tags:
  - futbol
  - Liga MX
  - clásico
---
«B»Tigres y Rayados empataron sin goles en el primer clásico regio del año, en un partido de pocas llegadas que dejó inconformes a los más de 50 mil aficionados que llenaron el estadio universitario.

Los felinos tuvieron la posesión durante la mayor parte del encuentro, pero se toparon con una defensa albiazul bien plantada que cerró los espacios por el centro. La ocasión más clara llegó al minuto 67, cuando un disparo desde fuera del área se estrelló en el travesaño.

Rayados apostó por el contragolpe y estuvo cerca de anotar al final del primer tiempo, pero el portero local respondió con una atajada a mano cambiada. En la segunda mitad, ambos técnicos movieron la banca sin lograr romper el empate.

Al término del encuentro, el entrenador de Tigres reconoció que a su equipo le faltó profundidad, mientras que el de Rayados destacó el orden defensivo de sus jugadores en una cancha complicada.

Ambos equipos suman cuatro puntos tras dos jornadas. La próxima semana Tigres visitará a Pachuca y Rayados recibirá a Toluca en el Gigante de Acero.«E»
""",
        title="Tigres y Rayados empatan en un clásico regio de pocas emociones",
        date="2024-01-06",
        bylines=["Omar Villarreal"],
        section="Deportes",
        placement=[],
        crlf=True,
    )
)

A(
    F(
        "2023-09-14-grito-dolores.md",
        "jekyll",
        """---
titulo: Dolores Hidalgo se prepara para recibir a 80 mil visitantes en el Grito
fecha: 2023-09-13
autor: [Mónica Ledesma, Arturo Pedroza]
categories: [Portada, Estado]
---

«B»Dolores Hidalgo, cuna de la Independencia, espera recibir a más de 80 mil visitantes durante las fiestas patrias, con un programa que incluye la ceremonia del Grito en la parroquia, un desfile cívico y militar, conciertos y una muestra gastronómica en el jardín principal.

La dirección de Turismo municipal informó que los hoteles reportan ocupación total para la noche del 15 de septiembre y que se habilitaron estacionamientos en las afueras de la ciudad con servicio de transporte gratuito hacia el centro.

Los comerciantes de nieves tradicionales, uno de los atractivos más conocidos de la ciudad, prepararon sabores especiales como tequila, mole y aguacate, además de los ya conocidos de camarón y chicharrón, que atraen la curiosidad de los turistas.

Protección Civil y Seguridad Pública desplegarán a más de 600 elementos para resguardar los eventos. Se prohibirá el ingreso con bebidas alcohólicas y pirotecnia al primer cuadro de la ciudad durante la ceremonia.

Las autoridades recomendaron a los visitantes llegar con anticipación, llevar agua y ubicar los módulos de atención médica instalados alrededor de la plaza.«E»
""",
        title="Dolores Hidalgo se prepara para recibir a 80 mil visitantes en el Grito",
        date="2023-09-13",
        bylines=["Mónica Ledesma", "Arturo Pedroza"],
        section="Estado",
        placement=["Portada"],
    )
)

A(
    F(
        "2021-03-12-manglar-celestun.md",
        "jekyll",
        """---
draft: true
title: "Voluntarios reforestan manglar en la reserva de Celestún"
date: 12/03/2021
author: Renata Couoh
categories: Destacadas Ambiente
---

«B»Más de 150 voluntarios, entre pescadores, estudiantes y turistas, participaron en una jornada de reforestación de manglar en la Reserva de la Biosfera Ría Celestún, donde se plantaron cerca de cuatro mil propágulos de mangle rojo y mangle negro.

La actividad fue organizada por una cooperativa de mujeres que desde hace seis años opera un vivero comunitario en la localidad. Sus integrantes recolectan las semillas, las cuidan durante varios meses y luego las trasladan a las zonas que fueron afectadas por huracanes y por la apertura de caminos.

Biólogos de la reserva explicaron que el manglar funciona como barrera natural contra las tormentas, sirve de refugio para peces y aves y captura grandes cantidades de carbono. En la zona habitan flamencos, garzas y cocodrilos, que dependen de la salud de estos ecosistemas.

Los pescadores participantes señalaron que la recuperación del manglar se refleja en la pesca, pues especies como el pulpo y la jaiba encuentran alimento y protección en las raíces. También pidieron mayor vigilancia para evitar rellenos ilegales.

La cooperativa prevé realizar dos jornadas más antes del inicio de la temporada de lluvias, e invitó a quienes deseen participar a registrarse con anticipación.«E»
""",
        title="Voluntarios reforestan manglar en la reserva de Celestún",
        date="2021-03-12",
        published=False,
        bylines=["Renata Couoh"],
        section="Ambiente",
        placement=["Destacadas"],
    )
)

A(
    F(
        "mercado-sabado-comitan.md",
        "jekyll",
        """---
title: El mercado de los sábados de Comitán cumple cien años
date: "2022-02-30"
author: "Redacción"
category: Comunidad
---

«B»El tianguis sabatino de Comitán de Domínguez cumplió cien años de reunir a productores de las comunidades tojolabales, tseltales y mestizas de la región, quienes cada semana bajan a la ciudad con verduras, flores, pan, quesos y artesanías.

Las vendedoras más antiguas recuerdan que antes llegaban a pie o a lomo de mula, caminando desde la madrugada por veredas que hoy son carreteras. Muchas de ellas aprendieron el oficio de sus madres y abuelas, y ahora lo enseñan a sus nietas.

El ayuntamiento organizó una celebración con música de marimba, una exposición fotográfica sobre la historia del mercado y la entrega de reconocimientos a las familias con más generaciones de comerciantes. También se anunció la remodelación de los pasillos y sanitarios.

Los productores pidieron que la modernización respete el carácter tradicional del tianguis y que no se cobre un piso más alto a quienes venden en pequeñas cantidades, pues muchos apenas obtienen lo suficiente para pagar el transporte de regreso a sus comunidades.

Para los comitecos, el mercado de los sábados es parte de la identidad de la ciudad y un punto de encuentro entre el campo y la ciudad.«E»
""",
        title="El mercado de los sábados de Comitán cumple cien años",
        date=None,
        bylines=[],
        section="Comunidad",
        placement=[],
    )
)

A(
    F(
        "entrevista-cronista-tlaquepaque.md",
        "jekyll",
        """---
layout: entrevista
title: "La cronista de Tlaquepaque: «El barro cuenta la historia de este pueblo»"
autor: Rebeca Anaya
categories: [Entrevistas, Portada]
tags: alfarería Tlaquepaque cronistas
---

«B»Desde su estudio en una casona del centro de San Pedro Tlaquepaque, la cronista municipal Teresa Gallardo guarda cajas de documentos, fotografías antiguas y piezas de barro bruñido que, dice, cuentan mejor que cualquier libro la historia de este pueblo alfarero.

—¿Cómo empezó su interés por la historia de Tlaquepaque?

—Mi abuelo era alfarero y yo crecí entre hornos y tierra. De niña escuchaba las historias de los viejos en el taller, y cuando estudié historia me di cuenta de que nadie las había escrito.

—¿Qué ha cambiado en el oficio?

—Muchísimo. Antes casi todas las familias del barrio de San Juan trabajaban el barro. Hoy quedan pocos talleres, porque los jóvenes prefieren otros empleos y porque las piezas importadas se venden más baratas. Pero también hay una nueva generación de ceramistas que está recuperando técnicas antiguas y mezclándolas con diseño contemporáneo.

—¿Qué le pediría a las autoridades?

—Que protejan los talleres como patrimonio, no solo como atractivo turístico. Un taller que cierra es una historia que se pierde para siempre.«E»
""",
        title="La cronista de Tlaquepaque: «El barro cuenta la historia de este pueblo»",
        date=None,
        bylines=["Rebeca Anaya"],
        section="Entrevistas",
        placement=["Portada"],
        enc="cp1252",
    )
)

# ---------------------------------------------------------------- generic
A(
    F(
        "protocolo-correcciones.text",
        "generic",
        """Protocolo para publicar correcciones y aclaraciones
---------------------------------------------------

«B»Cuando un lector, una fuente o un integrante de la redacción detecte un error en una nota publicada, la jefatura de la sección correspondiente deberá verificarlo en un plazo máximo de 24 horas y decidir si procede una corrección.

Los errores menores de ortografía o de formato se corrigen directamente en la versión digital, sin necesidad de aviso. Los errores de datos, como cifras, nombres, cargos o fechas, se corrigen y se agrega al final de la nota un párrafo que indique qué se modificó y cuándo.

Si el error afecta el sentido principal de la información o la reputación de una persona, la corrección se publicará también en la edición impresa, en el mismo espacio de la sección donde apareció la nota original, y se difundirá en las redes sociales donde se compartió.

Las aclaraciones solicitadas por personas mencionadas en una nota se publicarán cuando aporten información verificable. La redacción podrá agregar una respuesta si considera que la información original es correcta.

Nunca se elimina una nota publicada sin autorización de la dirección editorial. Todas las correcciones se registran en una bitácora compartida para revisar cada trimestre los errores más frecuentes y reforzar la capacitación del equipo.«E»
""",
        title="Protocolo para publicar correcciones y aclaraciones",
        date=None,
    )
)

A(
    F(
        "notas-informe-gobierno.txt",
        "generic",
        """Notas para la cobertura del informe de gobierno

«B»El gobernador entregará su informe por escrito al Congreso el martes por la mañana y dará un mensaje político en el teatro de la ciudad a las 18:00 horas. La acreditación de prensa cierra el viernes a mediodía, y cada medio puede registrar a un máximo de tres personas.

Reporteros asignados: una persona en el Congreso para la entrega del documento y las posturas de las bancadas; dos personas en el teatro, una para el mensaje y otra para entrevistas con alcaldes y funcionarios invitados; una persona en la redacción para procesar el documento.

Temas que conviene contrastar con datos propios: seguridad, con las cifras del secretariado nacional; empleo, con los registros del seguro social; obra pública, con los contratos publicados en la plataforma de transparencia; salud, con el abasto de medicamentos en hospitales regionales.

Para la edición digital se preparará una nota rápida con los diez anuncios principales, una verificación de frases y una galería de fotografías. Para la edición impresa, una crónica del mensaje, un análisis del documento y una nota de reacciones.

Recordar que el documento completo suele publicarse en línea después del mensaje, por lo que conviene descargarlo y guardar una copia antes de que se modifique.«E»
""",
        title="Notas para la cobertura del informe de gobierno",
        date=None,
    )
)

A(
    F(
        "solicitud-fotos-archivo.eml",
        "generic",
        """Fecha: 2024-04-02
Asunto: Solicitud de fotografías de archivo para el especial de aniversario

«B»Hola, equipo de fotografía:

Para el especial por el aniversario del periódico necesitamos reunir imágenes de archivo de los acontecimientos más importantes de las últimas cuatro décadas en el estado. La idea es publicar una galería impresa de ocho páginas y una versión digital ampliada con textos breves.

Les pedimos buscar en el archivo físico y en los discos de respaldo fotografías de las inundaciones de 1999, la visita papal, las elecciones de 2000, la construcción del nuevo puente, los campeonatos del equipo local y las primeras marchas de madres buscadoras, entre otros temas que consideren relevantes.

Cada imagen debe ir acompañada del nombre del autor, la fecha aproximada y una descripción breve. Las fotografías en negativo pueden digitalizarse en el escáner de la biblioteca, que estará disponible para este proyecto los martes y jueves por la tarde.

La fecha límite para entregar la selección preliminar es el 30 de abril. Después haremos una reunión con la dirección para elegir las imágenes definitivas y acordar el orden de las páginas.

Gracias por su apoyo con este proyecto tan especial para todos.«E»
""",
        title="Solicitud de fotografías de archivo para el especial de aniversario",
        date="2024-04-02",
        crlf=True,
    )
)

# ---------------------------------------------------------------- bad
_junk = bytes((i * 197 + 83) % 256 for i in range(2048))
A(
    F(
        "2023-03-03-respaldo-nota.md",
        "bad",
        raw=b"\x00\x01\x02\x03PK\x05\x06" + _junk,
        reason="binary junk",
    )
)
A(
    F(
        "2024-05-20-borrador-sin-texto.md",
        "bad",
        raw=(
            '---\nlayout: post\ntitle: "Inauguran hospital regional en Tizimín"\n'
            "date: 2024-05-20\nauthor: Redacción\ncategories: [Salud]\n---\n"
        ).encode(),
        reason="front matter with no body",
    )
)
