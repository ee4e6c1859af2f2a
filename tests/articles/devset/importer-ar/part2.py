"""Files ar11-ar20."""
from common import write, gold, bad

# ---------------------------------------------------------------- ar11 wire (enviada especial)
write("ar11", "md", """\
Valle de Bravo, al 28% de su capacidad: la presa más importante del Cutzamala enfrenta su peor estiaje

Itzel Carranza Moreno | Enviada especial | El Observador Nacional
Valle de Bravo, Edomex. · domingo 14 de abril de 2024

FOTO: Omar Villaseñor / El Observador Nacional

Los embarcaderos de Valle de Bravo lucen varados sobre una franja de lodo agrietado que hace un año estaba cubierta por el agua. La presa Miguel Alemán, principal almacenamiento del Sistema Cutzamala, se encuentra al 28<NB>por ciento de su capacidad, el nivel más bajo registrado en tres décadas.

Lancheros del muelle municipal calculan que el turismo ha caído a la mitad desde Semana Santa. “Antes sacábamos 15 viajes en un fin de semana; ahora, con suerte, cinco, porque la gente ve el lago seco y se regresa”, cuenta Abundio Reyes, quien trabaja en la presa desde hace 22 años.

La Comisión Nacional del Agua ha reducido la extracción desde Valle de Bravo para evitar que el embalse llegue a su nivel mínimo operativo, lo que ha obligado a disminuir el envío de agua a la Ciudad de México y a 11 municipios mexiquenses. También te recomendamos: Así puedes consultar si tu colonia tendrá tandeo esta semana

En la cortina de la presa, técnicos de la Conagua miden cada mañana el nivel del agua con una regla graduada. Uno de ellos, que pidió no ser identificado, explicó que sin lluvias abundantes en junio la recuperación podría tardar al menos dos temporadas.

Mientras tanto, los productores de trucha de la zona de Avándaro han tenido que sacar sus estanques del lago y trasladarlos a tinas de concreto que llenan con pipas, lo que ha elevado sus costos en casi 40 por ciento.

Para las autoridades municipales, el golpe es doble: la economía local depende del lago y, al mismo tiempo, sus propios pozos registran descensos de hasta seis metros.

Descarga la app de El Observador Nacional y activa las notificaciones para no perderte nada.
""", g=gold(
    "wire",
    title="Valle de Bravo, al 28% de su capacidad: la presa más importante del Cutzamala enfrenta su peor estiaje",
    date="2024-04-14",
    bylines=["Itzel Carranza Moreno"],
    source="El Observador Nacional",
    body_first_words="Los embarcaderos de Valle de Bravo lucen varados sobre una franja",
    body_last_words="y, al mismo tiempo, sus propios pozos registran descensos de hasta seis metros.",
    boilerplate=[
        "También te recomendamos: Así puedes consultar si tu colonia tendrá tandeo esta semana",
        "Descarga la app de El Observador Nacional y activa las notificaciones para no perderte nada.",
        "FOTO: Omar Villaseñor / El Observador Nacional",
        "Enviada especial",
    ],
    must_keep=[
        "La Comisión Nacional del Agua ha reducido la extracción desde Valle de Bravo para evitar que el embalse llegue a su nivel mínimo operativo, lo que ha obligado a disminuir el envío de agua a la Ciudad de México y a 11 municipios mexiquenses.",
        "En la cortina de la presa, técnicos de la Conagua miden cada mañana el nivel del agua con una regla graduada.",
        "Lancheros del muelle municipal calculan que el turismo ha caído a la mitad desde Semana Santa.",
    ],
    photo_credit="Omar Villaseñor / El Observador Nacional",
))

# ---------------------------------------------------------------- ar12 press (INFO CDMX)
write("ar12", "md", """\
Instituto de Transparencia, Acceso a la Información Pública, Protección de Datos Personales y Rendición de Cuentas de la Ciudad de México<TS>
Comunicado INFO-DCS/112/22

**INFO CDMX ordena a la alcaldía Cuauhtémoc transparentar contratos de poda de árboles**

Ciudad de México, a 27 de septiembre de 2022.- El Pleno del Instituto de Transparencia capitalino ordenó a la alcaldía Cuauhtémoc entregar las versiones públicas de los contratos de poda y derribo de árboles celebrados entre 2020 y 2022, luego de que la demarcación respondiera a una solicitud ciudadana que dicha información era inexistente.<TS>

Al resolver el recurso de revisión, la comisionada ponente, Alejandra Muñiz Carrasco, expuso que la propia alcaldía había publicado en su portal de obligaciones de transparencia al menos siete pagos a una empresa de jardinería por un monto acumulado de 23.4 millones de pesos.

“No se puede declarar inexistente un documento cuando hay evidencia pública de que los pagos se realizaron”, señaló la comisionada durante la sesión ordinaria.<TS>

La solicitante, integrante de un colectivo vecinal de la colonia Roma Norte, pidió conocer los contratos, las bitácoras de trabajo y los dictámenes técnicos que justificaron el derribo de 312 árboles en camellones de las avenidas Álvaro Obregón y Oaxaca.

El Instituto dio a la alcaldía un plazo de 10 días hábiles para realizar una búsqueda exhaustiva en la Dirección General de Obras y en la Dirección de Servicios Urbanos y entregar la información, con los datos personales de los trabajadores testados.

En caso de incumplimiento, el órgano garante podrá imponer medidas de apremio que van desde una amonestación pública hasta multas a las personas servidoras públicas responsables.

- - -

Síguenos en X: @InfoCdMx_prensa
Dirección de Comunicación Social · prensa@infocdmx.example.mx
""", g=gold(
    "press_release",
    title="INFO CDMX ordena a la alcaldía Cuauhtémoc transparentar contratos de poda de árboles",
    date="2022-09-27",
    source="Instituto de Transparencia, Acceso a la Información Pública, Protección de Datos Personales y Rendición de Cuentas de la Ciudad de México",
    bulletin_number="INFO-DCS/112/22",
    issuer="Instituto de Transparencia, Acceso a la Información Pública, Protección de Datos Personales y Rendición de Cuentas de la Ciudad de México",
    dateline_city="Ciudad de México",
    body_first_words="El Pleno del Instituto de Transparencia capitalino ordenó a la alcaldía Cuauhtémoc",
    body_last_words="hasta multas a las personas servidoras públicas responsables.",
    boilerplate=[
        "- - -",
        "Síguenos en X: @InfoCdMx_prensa",
        "prensa@infocdmx.example.mx",
        "Comunicado INFO-DCS/112/22",
    ],
    must_keep=[
        "Al resolver el recurso de revisión, la comisionada ponente, Alejandra Muñiz Carrasco, expuso que la propia alcaldía había publicado en su portal de obligaciones de transparencia al menos siete pagos a una empresa de jardinería por un monto acumulado de 23.4 millones de pesos.",
        "El Instituto dio a la alcaldía un plazo de 10 días hábiles para realizar una búsqueda exhaustiva en la Dirección General de Obras y en la Dirección de Servicios Urbanos y entregar la información, con los datos personales de los trabajadores testados.",
    ],
))

# ---------------------------------------------------------------- ar13 jekyll (draft, BOM)
write("ar13", "md", """\
---
layout: post
title: "Naucalpan retira 300 toneladas de basura del río Hondo antes de la temporada de lluvias"
date: 2021-03-13 23:30:00 -0600
author: "Mónica Villegas Ruiz"
categories:
  - Destacadas
  - Municipios
tags: [Naucalpan, río Hondo, protección civil]
site_title: Valle Norte Noticias
published: false
---

El gobierno de Naucalpan retiró más de 300 toneladas de basura, llantas y cascajo del cauce del río Hondo durante una jornada de limpieza de tres semanas, con la que busca evitar inundaciones en las colonias ribereñas durante la próxima temporada de lluvias.

Los trabajos se concentraron en el tramo de 4.2 kilómetros que va del puente de San Mateo Nopala a la colonia Loma Linda, donde en septiembre de 2020 el desbordamiento del río afectó a más de 600 viviendas.

Lee también: Tlalnepantla prevé multas de hasta 8 mil pesos por tirar basura en barrancas El coordinador municipal de Protección Civil, Raymundo Galicia Torres, explicó que se utilizaron dos retroexcavadoras y 14 camiones de volteo, además de brigadas de 80 trabajadores que extrajeron los residuos a mano en las zonas de difícil acceso.

Entre los desechos se encontraron colchones, refrigeradores, restos de muebles y hasta la carrocería de un automóvil compacto, que fue remitida al corralón para investigar su procedencia.

Galicia Torres advirtió que el problema volverá si los vecinos no dejan de arrojar basura al río. “Limpiamos y a los 15 días ya hay bolsas otra vez en las orillas”, lamentó.

La administración municipal anunció que colocará cámaras en cuatro puntos del cauce y que las personas sorprendidas tirando residuos serán presentadas ante el juez cívico.
""", bom=True, g=gold(
    "jekyll",
    title="Naucalpan retira 300 toneladas de basura del río Hondo antes de la temporada de lluvias",
    date="2021-03-13",
    published=False,
    bylines=["Mónica Villegas Ruiz"],
    source="Valle Norte Noticias",
    section="Municipios",
    placement=["Destacadas"],
    body_first_words="El gobierno de Naucalpan retiró más de 300 toneladas de basura,",
    body_last_words="las personas sorprendidas tirando residuos serán presentadas ante el juez cívico.",
    boilerplate=[
        "Lee también: Tlalnepantla prevé multas de hasta 8 mil pesos por tirar basura en barrancas",
    ],
    must_keep=[
        "El coordinador municipal de Protección Civil, Raymundo Galicia Torres, explicó que se utilizaron dos retroexcavadoras y 14 camiones de volteo, además de brigadas de 80 trabajadores que extrajeron los residuos a mano en las zonas de difícil acceso.",
        "Galicia Torres advirtió que el problema volverá si los vecinos no dejan de arrojar basura al río.",
    ],
))

# ---------------------------------------------------------------- ar14 generic (md heading)
write("ar14", "md", """\
# Cómo funciona la fotocívica en la Ciudad de México

Desde 2019, las infracciones captadas por las cámaras y radares de la Ciudad de México ya no se pagan con dinero en la mayoría de los casos: se sancionan con puntos que se descuentan de la placa del vehículo.<TS>

## Cuántos puntos tiene cada placa

Cada placa inicia con 10<NB>puntos. Exceder el límite de velocidad resta entre uno y tres puntos, según qué tan rápido se circulaba, mientras que invadir el paso peatonal o el carril confinado del Metrobús resta dos.

Cuando la placa llega a seis puntos o menos, la persona propietaria debe tomar un curso en línea sobre seguridad vial. Si baja a tres, tendrá que realizar horas de trabajo comunitario, y si se queda sin puntos no podrá verificar el auto hasta regularizarse.

## Cómo consultar la placa

- Entra al portal de la Secretaría de Seguridad Ciudadana.
- Captura el número de placa y el número de serie del vehículo.
- Revisa el historial de infracciones &amp; puntos descontados.

Cada infracción aparece con la fecha, la hora, la ubicación de la cámara y una fotografía del vehículo. Si la persona propietaria considera que hubo un error, puede presentar una aclaración en línea dentro de los 30 días naturales siguientes.

## Lo que conviene saber

Los cursos y el trabajo comunitario se agendan en el mismo portal; los horarios más solicitados son los de fin de semana, por lo que suelen llenarse con dos o tres semanas de anticipación.

Los puntos se recuperan automáticamente después de un año sin nuevas infracciones, por lo que conviene revisar el historial al menos cada tres meses.
""", g=gold(
    "generic",
    title="Cómo funciona la fotocívica en la Ciudad de México",
    date=None,
    body_first_words="Desde 2019, las infracciones captadas por las cámaras y radares de",
    body_last_words="por lo que conviene revisar el historial al menos cada tres meses.",
    must_keep=[
        "Cada placa inicia con 10 puntos.",
        "Si la persona propietaria considera que hubo un error, puede presentar una aclaración en línea dentro de los 30 días naturales siguientes.",
    ],
))

# ---------------------------------------------------------------- ar15 wire (republished, cp1252, CRLF)
write("ar15", "markdown", """\
# Juez frena construcción de torre de 18 pisos en la colonia Del Valle

*Este texto fue publicado originalmente por La Gaceta Nacional y se reproduce con autorización.*

Por Saúl Benítez y Alma Delia Rosas<TS>
Ciudad de México · 12.03.2024 · 21:07

Un juez de distrito en materia administrativa concedió una suspensión definitiva que detiene la construcción de una torre de 18 niveles en la calle Pilares, en la colonia Del Valle, luego de que vecinos acreditaran que el proyecto rebasa en diez pisos lo permitido por el programa de desarrollo urbano de la alcaldía Benito Juárez.

El amparo fue promovido por 46 residentes de las calles Pilares, Adolfo Prieto y Matías Romero, quienes argumentaron que la obra obtuvo su licencia mediante un certificado de uso de suelo que nunca fue validado por la Secretaría de Desarrollo Urbano y Vivienda. Lee también: Estos son los 10 edificios en riesgo tras el sismo del 19S

En su resolución, el juzgador consideró que continuar los trabajos podría causar daños de imposible reparación a los inmuebles colindantes, dos de los cuales ya presentan grietas en muros de carga, según un peritaje presentado por los quejosos.

La desarrolladora, Inmobiliaria Pilares Siete, S.A. de C.V., podrá impugnar la decisión ante un tribunal colegiado. Consultada para esta nota, la empresa no respondió.

Carmen Arellano, vocera del comité vecinal, dijo que la obra comenzó en octubre pasado y que desde entonces el polvo, el ruido y el paso de camiones de carga han sido constantes de lunes a sábado.

“No estamos contra la vivienda; estamos contra que se construya fuera de la ley y que nadie en la alcaldía nos dé la cara”, afirmó.

La alcaldía Benito Juárez informó que ya había impuesto una suspensión de actividades en enero, pero que la constructora reanudó los trabajos tras obtener una resolución favorable del Tribunal de Justicia Administrativa local.
""", enc="cp1252", eol="crlf", g=gold(
    "wire",
    title="Juez frena construcción de torre de 18 pisos en la colonia Del Valle",
    date="2024-03-12",
    bylines=["Saúl Benítez", "Alma Delia Rosas"],
    source="La Gaceta Nacional",
    body_first_words="Un juez de distrito en materia administrativa concedió una suspensión definitiva",
    body_last_words="tras obtener una resolución favorable del Tribunal de Justicia Administrativa local.",
    boilerplate=[
        "Lee también: Estos son los 10 edificios en riesgo tras el sismo del 19S",
        "Este texto fue publicado originalmente por La Gaceta Nacional y se reproduce con autorización.",
    ],
    must_keep=[
        "El amparo fue promovido por 46 residentes de las calles Pilares, Adolfo Prieto y Matías Romero, quienes argumentaron que la obra obtuvo su licencia mediante un certificado de uso de suelo que nunca fue validado por la Secretaría de Desarrollo Urbano y Vivienda.",
        "Consultada para esta nota, la empresa no respondió.",
    ],
))

# ---------------------------------------------------------------- ar16 press (IEEM, cp1252)
write("ar16", "txt", """\
INSTITUTO ELECTORAL DEL ESTADO DE MÉXICO
Comunicado IEEM/045/2023<TS>

IEEM aprueba la ubicación de 20 mil 514 casillas para la elección de gubernatura

Toluca de Lerdo, Estado de México, 28 de abril de 2023.- El Consejo General del Instituto Electoral del Estado de México (IEEM) aprobó en sesión extraordinaria la ubicación de 20 mil 514 casillas que se instalarán el próximo 4 de junio para la elección de la gubernatura, distribuidas en los 45 distritos electorales locales de la entidad.

Del total, 6 mil 820 serán casillas básicas, 12 mil 903 contiguas, 761 extraordinarias y 30 especiales, estas últimas destinadas a personas que el día de la jornada se encuentren fuera de la sección electoral que les corresponde.<TS>

El consejero presidente, Aurelio Montes de Oca Valdés, informó que la lista de ubicaciones se publicará en los estrados de las juntas distritales y en la página electrónica del Instituto a partir del 15 de mayo, para que la ciudadanía pueda consultar dónde votará.<VT>

Asimismo, el Consejo General aprobó los lineamientos para el cómputo distrital, que establecen que el recuento total de votos procederá cuando la diferencia entre el primero y el segundo lugar sea igual o menor a un punto porcentual.

En la misma sesión se dio cuenta del avance en la capacitación de funcionarias y funcionarios de casilla: hasta el 27 de abril se había capacitado a 87 por ciento de las 123 mil personas que se requieren para integrar las mesas directivas.

El IEEM recordó que las campañas concluirán el 31 de mayo y que, a partir de esa fecha, queda prohibida la difusión de encuestas sobre las preferencias electorales.

FIN

Unidad de Comunicación Social
Tel. 722 275 7300 ext. 2410
comunicacion.social@ieem.example.mx
""", enc="cp1252", g=gold(
    "press_release",
    title="IEEM aprueba la ubicación de 20 mil 514 casillas para la elección de gubernatura",
    date="2023-04-28",
    source="INSTITUTO ELECTORAL DEL ESTADO DE MÉXICO",
    bulletin_number="IEEM/045/2023",
    issuer="INSTITUTO ELECTORAL DEL ESTADO DE MÉXICO",
    dateline_city="Toluca de Lerdo",
    body_first_words="El Consejo General del Instituto Electoral del Estado de México (IEEM)",
    body_last_words="queda prohibida la difusión de encuestas sobre las preferencias electorales.",
    boilerplate=[
        "FIN",
        "Unidad de Comunicación Social",
        "Tel. 722 275 7300 ext. 2410",
        "comunicacion.social@ieem.example.mx",
        "Comunicado IEEM/045/2023",
    ],
    must_keep=[
        "Del total, 6 mil 820 serán casillas básicas, 12 mil 903 contiguas, 761 extraordinarias y 30 especiales, estas últimas destinadas a personas que el día de la jornada se encuentren fuera de la sección electoral que les corresponde.",
        "El consejero presidente, Aurelio Montes de Oca Valdés, informó que la lista de ubicaciones se publicará en los estrados de las juntas distritales y en la página electrónica del Instituto a partir del 15 de mayo, para que la ciudadanía pueda consultar dónde votará.",
    ],
))

# ---------------------------------------------------------------- ar17 jekyll (day-first date, draft, no site key)
write("ar17", "md", """\
---
layout: post
title: 'Feria del Caballo de Texcoco presenta cartel con 40 conciertos y palenque renovado'
date: 23/04/2019
author: Gerardo Ibarra
category: Cultura
tags:
  - Texcoco
  - feria
  - espectáculos
draft: true
---

Foto: Cortesía Feria del Caballo

El comité organizador de la Feria Internacional del Caballo de Texcoco presentó el cartel de la edición 2019, que se llevará a cabo del 10 de mayo al 2 de junio en el recinto ferial de la carretera Texcoco-Lechería e incluirá 40 conciertos, un palenque remodelado y un pabellón de artesanías con 180 expositores.

El presidente del comité, Joaquín Ramírez Espinosa, detalló que la remodelación del palenque costó 22 millones de pesos y permitió ampliar su capacidad de 4 mil 500 a 6 mil asistentes, además de instalar nuevas salidas de emergencia exigidas por Protección Civil estatal.

Entre los artistas confirmados hay intérpretes de banda, norteño y rock en español; los organizadores prometieron dar a conocer el resto de los nombres el próximo 2 de mayo.

El boleto de acceso general costará 60 pesos y habrá entrada gratuita para menores de 12 años y personas mayores con credencial del Inapam de lunes a jueves.

Comerciantes del centro de Texcoco pidieron que este año se refuerce el transporte público nocturno, ya que en ediciones anteriores los asistentes se quedaron varados tras los conciertos de medianoche. La Dirección de Movilidad municipal dijo que habrá rutas especiales hacia Chapingo, San Vicente Chicoloapan y la estación del Mexibús en Ecatepec.
""", g=gold(
    "jekyll",
    title="Feria del Caballo de Texcoco presenta cartel con 40 conciertos y palenque renovado",
    date="2019-04-23",
    published=False,
    bylines=["Gerardo Ibarra"],
    source=None,
    section="Cultura",
    body_first_words="El comité organizador de la Feria Internacional del Caballo de Texcoco presentó",
    body_last_words="San Vicente Chicoloapan y la estación del Mexibús en Ecatepec.",
    boilerplate=["Foto: Cortesía Feria del Caballo"],
    must_keep=[
        "El boleto de acceso general costará 60 pesos y habrá entrada gratuita para menores de 12 años y personas mayores con credencial del Inapam de lunes a jueves.",
        "Entre los artistas confirmados hay intérpretes de banda, norteño y rock en español; los organizadores prometieron dar a conocer el resto de los nombres el próximo 2 de mayo.",
    ],
    photo_credit="Cortesía Feria del Caballo",
))

# ---------------------------------------------------------------- ar18 bad: front matter only
write("ar18", "markdown", """\
---
layout: post
title: "Cuautitlán Izcalli inaugura nuevo hospital municipal"
date: 2023-07-19 10:00:00 -0600
author: Redacción
categories: [Municipios, Salud]
site_name: Valle Norte Noticias
image: /assets/img/2023/07/hospital-izcalli.jpg
---

<TS>

""", g=bad("solo contiene front matter; la nota no tiene cuerpo"))

# ---------------------------------------------------------------- ar19 wire (photographer in byline block, BOM, CRLF)
write("ar19", "txt", """\
ALCALDÍA GAM RETIRA 400 PUESTOS AMBULANTES DEL ENTORNO DE LA BASÍLICA ANTES DEL 12 DE DICIEMBRE

Por Ana Lucía Ferrer Ruiz
Fotos: Ramiro Gil
La Voz Capitalina | 02 de diciembre de 2025 | 07:40

Personal de la alcaldía Gustavo A. Madero retiró durante la madrugada de este martes alrededor de 400 puestos semifijos de la Calzada de Guadalupe, la Calzada de los Misterios y la avenida Montiel, a diez días de la celebración a la Virgen de Guadalupe.

El operativo, que comenzó a las 3:00 horas, involucró a 600 trabajadores de vía pública, 150 policías de la Secretaría de Seguridad Ciudadana y 45 camiones de carga que trasladaron las estructuras metálicas a un predio en la colonia Martín Carrera.

Según la alcaldía, la medida busca liberar los accesos peatonales para los más de 11 millones de peregrinos que se esperan entre el 1 y el 12 de diciembre. Relacionado: Peregrinos ciclistas de Querétaro inician camino a la Basílica Los comerciantes, sin embargo, acusaron que no fueron notificados con anticipación.

“Tenemos permiso desde hace 18 años y nos quitan justo en la temporada en la que más vendemos”, dijo Rosalba Quintanar, quien vende veladoras e imágenes religiosas en la esquina de Montiel y Fray Juan de Zumárraga.

La alcaldía informó que los vendedores con permiso vigente podrán reubicarse en un corredor temporal sobre la avenida Ferrocarril Hidalgo, donde se habilitaron 220 espacios numerados con toldos y conexión eléctrica.

Al cierre de esta edición, un grupo de alrededor de 80 comerciantes mantenía un plantón frente a la sede de la alcaldía, en espera de ser recibidos por el alcalde.

Síguenos en Google Noticias para recibir las notas más relevantes de La Voz Capitalina.
""", bom=True, eol="crlf", g=gold(
    "wire",
    title="ALCALDÍA GAM RETIRA 400 PUESTOS AMBULANTES DEL ENTORNO DE LA BASÍLICA ANTES DEL 12 DE DICIEMBRE",
    date="2025-12-02",
    bylines=["Ana Lucía Ferrer Ruiz"],
    source="La Voz Capitalina",
    body_first_words="Personal de la alcaldía Gustavo A. Madero retiró durante la madrugada",
    body_last_words="frente a la sede de la alcaldía, en espera de ser recibidos por el alcalde.",
    boilerplate=[
        "Relacionado: Peregrinos ciclistas de Querétaro inician camino a la Basílica",
        "Síguenos en Google Noticias para recibir las notas más relevantes de La Voz Capitalina.",
        "Fotos: Ramiro Gil",
    ],
    must_keep=[
        "Según la alcaldía, la medida busca liberar los accesos peatonales para los más de 11 millones de peregrinos que se esperan entre el 1 y el 12 de diciembre.",
        "Los comerciantes, sin embargo, acusaron que no fueron notificados con anticipación.",
        "La alcaldía informó que los vendedores con permiso vigente podrán reubicarse en un corredor temporal sobre la avenida Ferrocarril Hidalgo, donde se habilitaron 220 espacios numerados con toldos y conexión eléctrica.",
    ],
    photo_credit="Ramiro Gil",
))

# ---------------------------------------------------------------- ar20 press (Congreso CDMX, CRLF)
write("ar20", "md", """\
CONGRESO DE LA CIUDAD DE MÉXICO
Comunicado 071/2024

## Congreso local aprueba reforma que obliga a instalar bebederos en escuelas públicas

Ciudad de México, 15 de febrero de 2024.

El Pleno del Congreso de la Ciudad de México aprobó con 52 votos a favor, cero en contra y tres abstenciones una reforma a la Ley de Educación local que obliga a las autoridades a instalar y mantener bebederos de agua potable en todas las escuelas públicas de educación básica de la capital.

La iniciativa, presentada por la diputada Fernanda Olvera Cisneros, establece que la Secretaría de Educación, Ciencia, Tecnología e Innovación deberá elaborar en un plazo de 120<NB>días un diagnóstico de los planteles que carecen de bebederos o cuyos equipos no funcionan.

Durante la discusión, la legisladora citó datos de la Autoridad Educativa Federal según los cuales 38 por ciento de las primarias y secundarias públicas de la ciudad no cuenta con un bebedero en operación.

&ldquo;Las niñas y los niños pasan hasta ocho horas en la escuela; no puede ser que tengan que comprar refrescos porque no hay agua para tomar&rdquo;, expresó en tribuna.

El dictamen prevé que los bebederos cuenten con sistemas de filtración certificados y que los análisis de calidad del agua se realicen al menos dos veces por ciclo escolar, con resultados publicados en la página de cada plantel.

La reforma fue turnada a la Jefatura de Gobierno para su publicación en la Gaceta Oficial y entrará en vigor al día siguiente.

* * *

Coordinación de Comunicación Social
comunicacion@congresocdmx.example.mx
@CongresoCDMX_prensa
""", eol="crlf", g=gold(
    "press_release",
    title="Congreso local aprueba reforma que obliga a instalar bebederos en escuelas públicas",
    date="2024-02-15",
    source="CONGRESO DE LA CIUDAD DE MÉXICO",
    bulletin_number="071/2024",
    issuer="CONGRESO DE LA CIUDAD DE MÉXICO",
    dateline_city="Ciudad de México",
    body_first_words="El Pleno del Congreso de la Ciudad de México aprobó con 52 votos",
    body_last_words="para su publicación en la Gaceta Oficial y entrará en vigor al día siguiente.",
    boilerplate=[
        "* * *",
        "Coordinación de Comunicación Social",
        "comunicacion@congresocdmx.example.mx",
        "@CongresoCDMX_prensa",
        "Comunicado 071/2024",
    ],
    must_keep=[
        "Durante la discusión, la legisladora citó datos de la Autoridad Educativa Federal según los cuales 38 por ciento de las primarias y secundarias públicas de la ciudad no cuenta con un bebedero en operación.",
        "El dictamen prevé que los bebederos cuenten con sistemas de filtración certificados y que los análisis de calidad del agua se realicen al menos dos veces por ciclo escolar, con resultados publicados en la página de cada plantel.",
    ],
))
