# ruff: noqa: E501
from common import F

FILES = []
A = FILES.append

# ---------------------------------------------------------------- wire
A(
    F(
        "2024-05-03-bacheo-guadalupe.md",
        "wire",
        """## Arranca programa de bacheo nocturno en Guadalupe; cerrarán tres avenidas

Por Laura Méndez Ríos | Diario Altiplano | 3 de mayo de 2024

⟦Foto: Especial⟧

«B»El ayuntamiento de Guadalupe inició este viernes un programa de bacheo nocturno que abarcará las avenidas Pedro Coronel, Arroyo de la Plata y el bulevar principal, con el propósito de reparar más de dos mil metros cuadrados de carpeta asfáltica antes del inicio de la temporada de lluvias.

⟪El director de Obras Públicas, Ernesto Villagrana, explicó que los trabajos se realizarán de las 22:00 a las 5:00 horas para no afectar el tránsito escolar.⟫ ⟦Lee también: Suben tarifas del transporte urbano en la zona conurbada⟧ ⟪Los comerciantes de la zona pidieron que se instalen señalamientos visibles desde temprano.⟫

De acuerdo con el funcionario, la inversión asciende a 4.8 millones de pesos provenientes de recursos propios y de un fondo estatal para infraestructura. Las cuadrillas trabajarán con mezcla caliente y no con material frío, que en años anteriores se desprendía a las pocas semanas.

Vecinos de la colonia Las Quintas señalaron que llevan más de un año reportando hoyos que han provocado daños en llantas y suspensiones. La dependencia habilitó un número de reporte ciudadano y prometió atender primero las calles con mayor circulación de transporte público.

El calendario completo se publicará en las redes sociales del municipio cada lunes, y los cierres parciales estarán señalizados con conos y personal de Tránsito.«E»

⟦Síguenos en Facebook e Instagram como @DiarioAltiplanoMX⟧
""",
        title="Arranca programa de bacheo nocturno en Guadalupe; cerrarán tres avenidas",
        date="2024-05-03",
        bylines=["Laura Méndez Ríos"],
        source="Diario Altiplano",
    )
)

A(
    F(
        "2023-11-21-pescadores-alvarado.txt",
        "wire",
        """NOTICIAS DEL GOLFO HOY
Martes 21 de noviembre de 2023

Pescadores de Alvarado exigen apoyo tras el paso del frente frío

Texto y fotos: Joaquín Herrera Uscanga

«B»Más de trescientos pescadores ribereños de Alvarado se manifestaron frente al palacio municipal para exigir que se adelante la entrega del apoyo por veda y que se reconozcan las pérdidas causadas por el frente frío número 12, que mantuvo cerrada la barra durante seis días.

Los inconformes explicaron que las lanchas permanecieron amarradas y que varias redes se perdieron cuando el viento del norte superó los 80 kilómetros por hora. Según sus cálculos, cada familia dejó de percibir alrededor de cuatro mil pesos en la última semana.

⟦Te puede interesar |⟧
⟦Cierran el puerto de Veracruz a la navegación menor por rachas de viento⟧

El líder de la cooperativa La Mojarra, Agustín Cruz Palma, dijo que desde septiembre solicitaron una reunión con la delegación de pesca sin obtener respuesta. "No pedimos regalado, pedimos lo que nos corresponde por ley", expresó frente a los regidores que salieron a recibirlos.

La síndica municipal se comprometió a gestionar una mesa de diálogo con autoridades estatales y federales la próxima semana, así como a entregar despensas a las familias más afectadas mientras se normaliza la actividad.

Los pescadores advirtieron que, si no hay respuesta, bloquearán el puente que comunica con la cabecera municipal.«E»

⟦Con información de Karla Ochoa⟧
⟦Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del Golfo⟧
""",
        title="Pescadores de Alvarado exigen apoyo tras el paso del frente frío",
        date="2023-11-21",
        bylines=["Joaquín Herrera Uscanga"],
        source="NOTICIAS DEL GOLFO HOY",
        crlf=True,
    )
)

A(
    F(
        "2024-02-14-feria-tlacotalpan.md",
        "wire",
        """14/02/2024

Tlacotalpan alista su feria de la Candelaria con menos presupuesto

La Voz de Sotavento

«B»⟦También te recomendamos: Cancelan embarque de toros en la ribera del Papaloapan⟧ ⟪El patronato de la fiesta de la Candelaria confirmó que este año contará con un presupuesto 30 por ciento menor al de 2023, debido a que el gobierno estatal redujo su aportación.⟫

Aun así, los organizadores garantizaron la presencia de grupos de son jarocho, el tradicional encuentro de jaraneros y la procesión fluvial de la Virgen, que congrega cada año a miles de visitantes de Veracruz, Oaxaca y Puebla.

El presidente del patronato, Rosendo Aguirre, detalló que los artesanos tendrán espacios gratuitos en el malecón y que los hoteles de la ciudad ya reportan una ocupación cercana al 85 por ciento para el fin de semana principal.

Protección Civil estatal recomendó a los visitantes hidratarse, evitar bañarse en el río y respetar las zonas acordonadas durante la quema de pirotecnia. También anunció que habrá módulos de atención médica en el parque Zaragoza y en la entrada del puente.

Comerciantes locales dijeron esperar una derrama similar a la del año pasado, pese a que las ventas de enero fueron bajas por el clima.«E»

⟦Más noticias en nuestra app: descárgala en Google Play y App Store⟧

Por Mariela Domínguez
""",
        title="Tlacotalpan alista su feria de la Candelaria con menos presupuesto",
        date="2024-02-14",
        bylines=["Mariela Domínguez"],
        source="La Voz de Sotavento",
    )
)

A(
    F(
        "2022-08-09-sargazo-tulum.txt",
        "wire",
        """Crónica Peninsular · Quintana Roo

Récord de sargazo obliga a cerrar dos playas públicas en Tulum

Redacción / Crónica Peninsular
Martes, 9 de agosto de 2022

«B»Las autoridades municipales de Tulum cerraron temporalmente las playas Pescadores y Santa Fe, luego de que el arribo de sargazo alcanzara niveles considerados excesivos por la red de monitoreo del Caribe mexicano.

Cuadrillas de la Zona Federal Marítimo Terrestre trabajan desde la madrugada con rastrillos y maquinaria ligera, aunque los encargados reconocieron que el alga regresa con cada marea. Prestadores de servicios turísticos estimaron que la ocupación cayó en la última semana.

⟪El director de Ecología, Samuel Canché, recomendó a los bañistas no meterse al mar en las zonas con acumulación, pues la descomposición libera ácido sulfhídrico.⟫ ⟦Relacionado: ¿Qué es el sargazo y por qué llega cada verano?⟧

La Secretaría de Marina mantiene dos barreras en altamar, pero pescadores aseguran que resultan insuficientes ante la cantidad de algas que se observa frente a la costa. Los hoteleros solicitaron que se destinen más recursos para la recolección y el traslado del sargazo a sitios de disposición final.

El municipio informó que la reapertura dependerá de la limpieza y de la evaluación que haga la Comisión Federal para la Protección contra Riesgos Sanitarios.«E»

⟦Foto: Crónica Peninsular / Archivo⟧
⟦Escríbenos a denuncias@cronicapeninsular.example⟧
""",
        title="Récord de sargazo obliga a cerrar dos playas públicas en Tulum",
        date="2022-08-09",
        bylines=[],
        source="Crónica Peninsular",
        enc="cp1252",
    )
)

A(
    F(
        "marcha-universitarios-la-paz.md",
        "wire",
        """# Universitarios marchan en La Paz por recorte a becas

El Faro de Cortés
⟦Actualizado hace 2 horas⟧

«B»Cientos de estudiantes de la universidad estatal recorrieron el malecón de La Paz para protestar contra el recorte de becas de manutención anunciado por la administración local, que afectaría a cerca de 1,200 alumnos de escasos recursos.

Los jóvenes portaron pancartas y exigieron una reunión pública con la rectoría y con la Secretaría de Educación del estado. Representantes del consejo estudiantil afirmaron que muchos alumnos provienen de comunidades de Comondú y Mulegé y que, sin el apoyo, no podrían pagar renta en la capital.

La rectoría emitió un comunicado en el que aseguró que no hay recorte, sino una reorganización de los padrones, y que ningún estudiante perderá la beca en el semestre en curso. Sin embargo, los manifestantes señalaron que la convocatoria publicada reduce el número de lugares disponibles.

La marcha concluyó frente a la sede del Congreso, donde una comisión de diputados recibió un pliego petitorio con siete puntos, entre ellos la publicación de los criterios de asignación y la ampliación del plazo de registro.

Los estudiantes anunciaron una asamblea para el próximo lunes.«E»

⟦MÁS NOTICIAS⟧
⟦- Reabren la carretera transpeninsular tras deslave⟧
⟦- Pescadores de Loreto reportan buena temporada de dorado⟧
⟦- Suspenden clases en Los Cabos por tormenta tropical⟧
""",
        title="Universitarios marchan en La Paz por recorte a becas",
        date=None,
        bylines=[],
        source="El Faro de Cortés",
    )
)

A(
    F(
        "2023-06-30-agua-monterrey.text",
        "wire",
        """PULSO NORTEÑO
jue 29 jun 2023 | Monterrey, N.L.

**Por Ricardo Garza Treviño, corresponsal**

Vecinos de Escobedo cumplen una semana sin agua; bloquean avenida

«B»Habitantes de la colonia Praderas de San Francisco, en el municipio de General Escobedo, bloquearon durante cuatro horas la avenida Raúl Salinas para exigir el restablecimiento del servicio de agua potable, suspendido desde hace siete días.

Los manifestantes colocaron tambos vacíos y cubetas sobre el asfalto. Afirmaron que las pipas enviadas por la paraestatal llegan una vez cada tres días y no alcanzan para las más de 400 viviendas del sector.

Personal de Agua y Drenaje explicó que la falla se debe a una bomba dañada en el pozo que abastece la zona y que la pieza de reemplazo llegaría a más tardar el fin de semana. Mientras tanto, se reforzará el reparto con dos pipas adicionales.

Los vecinos aceptaron retirar el bloqueo después de que un funcionario municipal firmó un documento con el compromiso de entregar agua diariamente. ⟪Advirtieron que volverán a cerrar la avenida si no se cumple el acuerdo.⟫ ⟦No te pierdas: Nuevo León invertirá en tres acueductos más⟧

El tráfico en la zona se normalizó alrededor de las 14:00 horas, de acuerdo con reportes de Tránsito municipal.«E»

⟦Suscríbete a nuestro boletín diario en pulsonorteno.example/boletin⟧
""",
        title="Vecinos de Escobedo cumplen una semana sin agua; bloquean avenida",
        date="2023-06-29",
        bylines=["Ricardo Garza Treviño"],
        source="PULSO NORTEÑO",
    )
)

A(
    F(
        "2024-03-09-tequio-mixteca.md",
        "wire",
        """Publicado: 2024-03-09T21:45:00-06:00
⟦Updated: March 10, 2024 at 8:12 am⟧

## Comunidades de la Mixteca reactivan el tequio para rehabilitar caminos

Enlace Mixteco — Tlaxiaco, Oaxaca

«B»Autoridades comunitarias de siete agencias municipales de Tlaxiaco convocaron a tequio para rehabilitar el camino que conecta con la carretera federal, luego de que las lluvias del año pasado dejaran tramos intransitables y aislaran a escuelas y centros de salud.

Más de 250 personas, entre hombres, mujeres y jóvenes, participaron en la jornada con picos, palas y carretillas. Las autoridades aportaron el combustible para una retroexcavadora que fue prestada por el municipio vecino.

El agente municipal de San Miguel, Tomás Sánchez Cruz, explicó que el tequio es una obligación comunitaria y que la participación se registra en un libro de actas. Quien no asiste debe aportar una cooperación económica o enviar a un familiar.

⟦Sigue leyendo: La Mixteca, entre la migración y el abandono de tierras⟧
⟪Los trabajos continuarán durante tres fines de semana más, hasta cubrir los once kilómetros del tramo.⟫ Las comunidades pidieron al gobierno estatal apoyo con grava y alcantarillas, pues el material que tienen no es suficiente para terminar la obra antes de la temporada de lluvias.«E»

⟦Lee, comenta y comparte: síguenos en Telegram t.me/enlacemixteco⟧

Por Rufina López y Redacción
""",
        title="Comunidades de la Mixteca reactivan el tequio para rehabilitar caminos",
        date="2024-03-09",
        bylines=["Rufina López"],
        source="Enlace Mixteco",
    )
)

# ---------------------------------------------------------------- press releases
A(
    F(
        "2023-05-03-ssy-dengue.txt",
        "press_release",
        """GOBIERNO DE YUCATÁN
Secretaría de Salud de Yucatán
⟦Boletín 1102⟧

INICIA CAMPAÑA INTENSIVA CONTRA EL DENGUE
EN 40 MUNICIPIOS DEL ESTADO

Mérida, Yucatán, 3 de mayo de 2023.- «B»La Secretaría de Salud de Yucatán puso en marcha la campaña intensiva de control del mosquito transmisor del dengue, que incluirá nebulización, descacharrización y visitas casa por casa en 40 municipios con mayor riesgo de contagio.

El titular de la dependencia explicó que durante las próximas ocho semanas participarán 600 brigadistas, quienes recorrerán colonias y comisarías para eliminar criaderos en patios, azoteas y terrenos baldíos. Además, se aplicará larvicida en depósitos de agua que no puedan vaciarse.

Las autoridades recordaron que los síntomas del dengue incluyen fiebre alta, dolor detrás de los ojos, dolor muscular y erupciones en la piel. Ante cualquiera de ellos, se recomienda acudir al centro de salud más cercano y evitar la automedicación, en especial con antiinflamatorios.

La campaña contempla también pláticas en escuelas primarias y secundarias, así como la colaboración con los ayuntamientos para la recolección de llantas y objetos que acumulan agua. La población puede reportar sitios con acumulación de cacharros en los módulos municipales.

La dependencia informó que en lo que va del año se han confirmado 87 casos, cifra menor a la del mismo periodo del año anterior.«E»

---o0o---

⟦Unidad de Comunicación Social⟧
⟦Tel. 999 000 1122 ext. 45⟧
⟦prensa.salud@yucatan.example⟧
""",
        title="INICIA CAMPAÑA INTENSIVA CONTRA EL DENGUE EN 40 MUNICIPIOS DEL ESTADO",
        date="2023-05-03",
        source="Secretaría de Salud de Yucatán",
        number="1102",
        city="Mérida",
    )
)

A(
    F(
        "2024-01-18-zacatecas-mercado.md",
        "press_release",
        """COMUNICADO

H. Ayuntamiento de Zacatecas

⟦Comunicado 071/2024⟧

# Rehabilitan el Mercado González Ortega con participación de locatarios

* **Se invierten 6.2 millones de pesos en techumbre, drenaje e instalación eléctrica.**
* **Las obras se realizarán por etapas para no cerrar el mercado.**

Zacatecas, Zac., a 18 de enero de 2024.– «B»El Ayuntamiento de Zacatecas arrancó los trabajos de rehabilitación del Mercado González Ortega, uno de los inmuebles más emblemáticos del Centro Histórico, con una inversión de 6.2 millones de pesos.

El presidente municipal señaló que el proyecto fue consensuado con los locatarios durante tres reuniones de trabajo, en las que se acordó que las obras avanzarían por secciones para que ningún comercio tenga que suspender sus ventas.

La primera etapa contempla la sustitución de la techumbre de lámina, que presentaba filtraciones, y la renovación del drenaje sanitario. En la segunda se cambiará la instalación eléctrica completa y se colocarán luminarias de bajo consumo.

El Instituto Nacional de Antropología e Historia supervisará los trabajos, ya que el edificio forma parte del perímetro declarado Patrimonio Mundial. Los locatarios agradecieron que, por primera vez, se les tomara en cuenta en el diseño.

Se estima que la rehabilitación concluya en el mes de junio.«E»

-30-
""",
        title="Rehabilitan el Mercado González Ortega con participación de locatarios",
        date="2024-01-18",
        source="H. Ayuntamiento de Zacatecas",
        number="071/2024",
        city="Zacatecas",
    )
)

A(
    F(
        "2022-09-12-cea-queretaro-presa.md",
        "press_release",
        """Santiago de Querétaro, Qro., 12 de septiembre de 2022

COMISIÓN ESTATAL DE AGUA DE QUERÉTARO
⟦No. 318/2022⟧

**La presa El Batán alcanza 92 por ciento de su capacidad; CEA pide no acercarse al vertedor**

«B»Tras las lluvias registradas durante el fin de semana en la zona metropolitana, la presa El Batán alcanzó el 92 por ciento de su capacidad de almacenamiento, informó la Comisión Estatal de Agua de Querétaro.

El organismo explicó que el vertedor podría comenzar a descargar en las próximas horas si las precipitaciones continúan, por lo que pidió a los habitantes de Corregidora y de las comunidades ribereñas no acercarse al cauce ni intentar cruzarlo a pie o en vehículo.

Personal técnico mantiene un monitoreo permanente de los niveles y coordina con Protección Civil municipal y estatal las acciones de prevención. Hasta el momento no se reportan viviendas afectadas.

La dependencia recordó que el agua de la presa no se destina al consumo humano directo, sino a la recarga del acuífero y al riego agrícola, por lo que el llenado representa una buena noticia para los productores del valle.

En caso de emergencia, la población puede comunicarse al número de atención ciudadana del sistema estatal de protección civil, disponible las 24 horas del día durante toda la temporada.«E»

###

⟦Para más información:⟧
⟦Dirección de Comunicación CEA — comunicacion@cea-qro.example — 442 000 3344⟧
""",
        title="La presa El Batán alcanza 92 por ciento de su capacidad; CEA pide no acercarse al vertedor",
        date="2022-09-12",
        source="COMISIÓN ESTATAL DE AGUA DE QUERÉTARO",
        number="318/2022",
        city="Santiago de Querétaro",
    )
)

A(
    F(
        "2023-10-05-uas-agronomia.text",
        "press_release",
        """UNIVERSIDAD AUTÓNOMA DE SINALOA
Facultad de Agronomía
Culiacán, Sinaloa, jueves 5 de octubre de 2023

Estudiantes de Agronomía desarrollan bioinsecticida a partir de semillas de neem

«B»Un equipo de estudiantes de la Facultad de Agronomía desarrolló un bioinsecticida elaborado con extracto de semillas de neem, que en pruebas de campo redujo hasta en 70 por ciento la presencia de mosca blanca en cultivos de tomate del valle de Culiacán.

La investigación, dirigida por la doctora Elena Quintero Lugo, se realizó durante dos ciclos agrícolas en parcelas experimentales de la facultad y en predios de productores cooperantes de Navolato, quienes permitieron comparar el producto con insecticidas químicos convencionales.

Los resultados muestran que el bioinsecticida tiene menor impacto en insectos benéficos como las abejas y las catarinas, además de que se degrada con rapidez en el suelo. El costo de producción, estimaron los estudiantes, sería menor a la mitad del de los productos comerciales.

El proyecto obtuvo el primer lugar en el concurso estatal de innovación agrícola y será presentado en un congreso nacional de sanidad vegetal el próximo mes. La facultad busca ahora registrar la fórmula y establecer convenios con asociaciones de productores.

Los interesados en participar en las pruebas pueden acudir a la coordinación de investigación de la facultad.«E»

* * *
⟦Coordinación de Comunicación UAS · @UASoficial.example⟧
""",
        title="Estudiantes de Agronomía desarrollan bioinsecticida a partir de semillas de neem",
        date="2023-10-05",
        source="Facultad de Agronomía",
        number=None,
        city="Culiacán",
        crlf=True,
    )
)

A(
    F(
        "2024-04-23-congreso-tabasco-agua.md",
        "press_release",
        """**CONGRESO DEL ESTADO DE TABASCO**
Martes 23 de abril de 2024

## Aprueban en comisión reforma para garantizar agua potable en escuelas públicas

Villahermosa, Tabasco; a 23 de abril.- «B»Integrantes de la Comisión Ordinaria de Recursos Hidráulicos aprobaron por unanimidad el dictamen que reforma la Ley de Usos del Agua del Estado, con el fin de obligar a los organismos operadores a garantizar el suministro de agua potable en todas las escuelas públicas de educación básica.

La presidenta de la comisión, diputada Norma Alicia Pérez, explicó que la iniciativa surgió de las quejas de madres y padres de familia de Centro, Cárdenas y Comalcalco, quienes denunciaron que algunos planteles pasan semanas sin servicio y que los alumnos deben llevar garrafones desde casa.

El dictamen establece que los organismos operadores deberán priorizar a las escuelas en sus programas de distribución por pipas cuando haya desabasto, así como instalar bebederos con filtros en un plazo de tres años, en coordinación con la Secretaría de Educación.

Las y los diputados coincidieron en que el acceso al agua es un derecho humano y que su falta en las escuelas afecta tanto la salud como el aprovechamiento escolar. El documento será turnado al pleno para su discusión en la próxima sesión ordinaria.

La comisión acordó también solicitar un informe sobre el estado de las redes hidráulicas en los planteles de la entidad.«E»

-oOo-
""",
        title="Aprueban en comisión reforma para garantizar agua potable en escuelas públicas",
        date="2024-04-23",
        source="CONGRESO DEL ESTADO DE TABASCO",
        number=None,
        city="Villahermosa",
    )
)

A(
    F(
        "bienestar-nayarit-pension.txt",
        "press_release",
        """Oficina de Representación de la Secretaría de Bienestar en Nayarit

INICIA PAGO BIMESTRAL DE LA PENSIÓN PARA ADULTOS MAYORES EN LOS 20 MUNICIPIOS

Tepic, Nayarit, 31 de junio de 2023.- «B»La Oficina de Representación de la Secretaría de Bienestar en Nayarit informó que a partir del próximo lunes comenzará el pago bimestral de la Pensión para el Bienestar de las Personas Adultas Mayores en los 20 municipios de la entidad, con un calendario organizado por la primera letra del apellido.

En total, más de 135 mil derechohabientes recibirán su apoyo. Quienes cobran mediante tarjeta bancaria tendrán el depósito de forma directa, mientras que en las comunidades serranas de El Nayar y La Yesca se instalarán mesas de pago con acompañamiento de la Guardia Nacional.

La dependencia pidió a las personas beneficiarias no compartir su número de identificación personal con nadie y recordó que ningún servidor público está autorizado para solicitar dinero a cambio de la incorporación a los programas.

Los nuevos registros para personas que cumplan 65 años se recibirán en los módulos de atención de lunes a viernes, de 9:00 a 16:00 horas. Es necesario presentar identificación oficial, acta de nacimiento, CURP y comprobante de domicilio reciente, además de un número telefónico de contacto.

Para cualquier duda, las personas adultas mayores pueden acudir al módulo más cercano a su domicilio o comunicarse a la línea de atención del programa.«E»

FIN

⟦Síguenos: @BienestarNay.example | facebook.example/BienestarNayarit⟧
""",
        title="INICIA PAGO BIMESTRAL DE LA PENSIÓN PARA ADULTOS MAYORES EN LOS 20 MUNICIPIOS",
        date=None,
        source="Oficina de Representación de la Secretaría de Bienestar en Nayarit",
        number=None,
        city="Tepic",
    )
)

A(
    F(
        "2024-06-11-tsj-hidalgo-oralidad.md",
        "press_release",
        """Pachuca de Soto, Hgo., 11 de junio de 2024
⟦TSJEH/CS/045/2024⟧

PODER JUDICIAL DEL ESTADO DE HIDALGO
Tribunal Superior de Justicia del Estado de Hidalgo

Capacitan a 120 juezas y jueces en oralidad mercantil

«B»El Tribunal Superior de Justicia del Estado de Hidalgo concluyó el curso de actualización en juicios orales mercantiles, en el que participaron 120 juezas, jueces, secretarios de acuerdos y actuarios de los distritos judiciales de la entidad.

La capacitación, impartida durante seis semanas en modalidad mixta, abordó las reformas recientes al Código de Comercio, el desahogo de pruebas en audiencia y la redacción de sentencias en lenguaje claro, con el objetivo de reducir los tiempos de resolución de los asuntos.

La magistrada presidenta destacó que en el último año los juzgados orales mercantiles recibieron más de nueve mil demandas, la mayoría relacionadas con pagarés y créditos al consumo, por lo que es indispensable que el personal cuente con herramientas actualizadas.

Durante la clausura se entregaron constancias a las y los participantes, y se anunció una segunda etapa dirigida a personal de los juzgados de primera instancia de Tula, Huejutla y Tulancingo.

El Poder Judicial informó que las audiencias de los juzgados orales pueden consultarse en su portal mediante el sistema de videograbaciones, disponible para las partes acreditadas en cada uno de los expedientes.«E»

---000---

⟦Dirección de Comunicación Social del Poder Judicial del Estado de Hidalgo⟧
⟦comunicacion@pjhidalgo.example | 771 000 5566⟧
""",
        title="Capacitan a 120 juezas y jueces en oralidad mercantil",
        date="2024-06-11",
        source="Tribunal Superior de Justicia del Estado de Hidalgo",
        number="TSJEH/CS/045/2024",
        city="Pachuca de Soto",
        bom=True,
    )
)

# ---------------------------------------------------------------- jekyll
A(
    F(
        "2023-04-12-festival-danzon.md",
        "jekyll",
        """---
layout: post
title: "Veracruz celebra 30 años del Festival del Danzón en los portales"
date: 2023-04-12
author: Adriana Bustos
categories: [Portada, Cultura]
image: /assets/img/danzon.jpg
---

«B»Con parejas llegadas de Cuba, Yucatán y la Ciudad de México, el Festival del Danzón celebró tres décadas de vida en los portales del puerto, donde cada noche se reunieron cientos de bailadores al ritmo de orquestas locales.

La organizadora, Carmen Lagunes, recordó que el festival comenzó como una reunión de amigos en el zócalo y que hoy es uno de los encuentros de baile popular más importantes del país. Este año se inscribieron 82 parejas al concurso, repartidas en tres categorías por edad.

Además de las veladas, hubo talleres gratuitos para principiantes en la explanada del Museo de la Ciudad, donde jóvenes y niños aprendieron los pasos básicos, el cuadrado y la cadencia característica del género.

Los restauranteros de la zona reportaron un aumento de ventas durante los cuatro días del festival, y el ayuntamiento anunció que buscará declararlo patrimonio cultural inmaterial del municipio.

La clausura estuvo a cargo de la Orquesta Danzonera Alma de Sotavento, que interpretó piezas clásicas como "Almendra" y "Nereidas" ante un público que bailó hasta pasada la medianoche.«E»
""",
        title="Veracruz celebra 30 años del Festival del Danzón en los portales",
        date="2023-04-12",
        bylines=["Adriana Bustos"],
        section="Cultura",
        placement=["Portada"],
    )
)

A(
    F(
        "2023-05-03-operativo-carretera.markdown",
        "jekyll",
        """---
title: Operativo de seguridad en la carretera Tampico-Mante tras asaltos a transportistas
date: 2023-05-03 23:30:00 -0600
autor:
  - Héctor Lara
  - Sofía Treviño Garza
categories:
  - Destacadas
  - Seguridad
  - Principal
---

«B»Elementos de la Guardia Estatal y de la Guardia Nacional instalaron puntos de revisión a lo largo de la carretera Tampico-Mante, luego de que transportistas denunciaran al menos seis asaltos en las últimas dos semanas en el tramo cercano a González.

Los operadores de carga señalaron que los delincuentes colocan piedras sobre el asfalto para obligarlos a detenerse, principalmente durante la madrugada. En algunos casos, los conductores fueron despojados de su mercancía y de sus teléfonos celulares.

⟦Lee también:⟧
⟦Transportistas amagan con paro en el sur de Tamaulipas⟧

La Secretaría de Seguridad Pública informó que los patrullajes se mantendrán las 24 horas y que se instalaron cámaras en dos puntos estratégicos. También pidió a los conductores viajar en convoy durante la noche y reportar cualquier situación sospechosa al número de emergencias.

Representantes de la cámara de autotransporte reconocieron la respuesta de las autoridades, pero insistieron en que se requieren acciones permanentes y no solo operativos temporales, pues la carretera es paso obligado para el traslado de productos agrícolas de la región.«E»
""",
        title="Operativo de seguridad en la carretera Tampico-Mante tras asaltos a transportistas",
        date="2023-05-03",
        bylines=["Héctor Lara", "Sofía Treviño Garza"],
        section="Seguridad",
        placement=["Destacadas", "Principal"],
    )
)

A(
    F(
        "2019-04-23-torneo-beisbol.md",
        "jekyll",
        """---
titulo: 'Los Cañeros de Los Mochis abren la temporada con triunfo en casa'
date: 23/04/2019
autor: "Redacción"
category: Deportes
---
«B»Los Cañeros de Los Mochis iniciaron con el pie derecho la temporada de la liga regional al vencer 6-2 a los Algodoneros de Guasave ante más de cuatro mil aficionados en el estadio Emilio Ibarra.

El abridor zurdo Iván Castro lanzó seis entradas completas en las que permitió solo cuatro imparables y ponchó a siete bateadores. La ofensiva local se encendió en la tercera entrada con un doble productor de dos carreras del jardinero Alfredo Soto.

Guasave respondió en la séptima con un cuadrangular solitario, pero el relevo de los Cañeros controló el resto del encuentro sin mayores complicaciones. El cerrador dominó la novena en orden para sellar la victoria.

El mánager local destacó la disciplina de sus peloteros en el turno al bate y dijo que el equipo llega mejor preparado que la temporada anterior, cuando quedó fuera de la postemporada por un solo juego.

La serie continuará este miércoles con el segundo juego en el mismo estadio, a partir de las 19:30 horas. Los boletos tendrán un precio especial para estudiantes presentando su credencial vigente.«E»
""",
        title="Los Cañeros de Los Mochis abren la temporada con triunfo en casa",
        date="2019-04-23",
        bylines=[],
        section="Deportes",
        placement=[],
        bom=True,
    )
)

A(
    F(
        "2022-11-30-precio-tortilla.md",
        "jekyll",
        """---
layout: nota
published: false
date: "2022-11-30"
title: "Sube el precio de la tortilla en Morelia; molineros culpan al gas"
author: Gerardo Pineda
categories: "Portada Economía"
tags: [tortilla, inflación, Morelia]
---

«B»El kilo de tortilla alcanzó los 24 pesos en la mayoría de las tortillerías de Morelia, dos pesos más que hace un mes, de acuerdo con un recorrido realizado por comercios de las colonias Centro, Chapultepec y Villas del Pedregal.

Los dueños de los negocios atribuyeron el aumento al precio del gas LP y de la harina de maíz, que en el último trimestre subieron de manera constante. "Aguantamos lo más que pudimos, pero ya no salen las cuentas", dijo Rosa Elena Magaña, propietaria de una tortillería en la avenida Madero.

La Procuraduría Federal del Consumidor recordó que el precio de la tortilla no está regulado, pero que los comercios deben exhibirlo a la vista del público y respetar el peso exacto por kilo. Los consumidores pueden presentar quejas si detectan básculas alteradas.

Economistas locales advierten que el incremento golpea con mayor fuerza a las familias de menores ingresos, para quienes la tortilla representa una parte importante del gasto diario en alimentos.

La unión de molineros de la ciudad estima que el precio podría estabilizarse a principios del próximo año si baja el costo del energético.«E»
""",
        title="Sube el precio de la tortilla en Morelia; molineros culpan al gas",
        date="2022-11-30",
        published=False,
        bylines=["Gerardo Pineda"],
        section="Economía",
        placement=["Portada"],
    )
)

A(
    F(
        "vacunacion-influenza-durango.md",
        "jekyll",
        """---
title: Arranca vacunación contra influenza en Durango con 300 mil dosis
fecha: "5 de octubre de 2022"
author: [Redacción, Patricia Soto Bermúdez]
category: Salud
---

⟦Foto: Cortesía Secretaría de Salud⟧

«B»La campaña de vacunación contra la influenza estacional comenzó en Durango con una primera entrega de 300 mil dosis, que se aplicarán de manera gratuita en centros de salud, hospitales y módulos instalados en plazas comerciales.

La población prioritaria incluye a niñas y niños de seis meses a cinco años, personas mayores de 60 años, mujeres embarazadas y personas con enfermedades crónicas como diabetes, hipertensión u obesidad. También se vacunará al personal de salud y de educación.

Las autoridades sanitarias recomendaron no esperar a que comiencen los frentes fríos para vacunarse, pues el organismo tarda alrededor de dos semanas en generar defensas. La vacuna puede aplicarse el mismo día que el refuerzo contra covid-19.

En los municipios de la sierra, brigadas móviles recorrerán las comunidades más alejadas durante noviembre y diciembre. Se espera una segunda entrega de dosis a finales de octubre.

La Secretaría de Salud estatal recordó que la influenza puede complicarse en personas vulnerables y que ante síntomas como fiebre alta y dificultad para respirar se debe buscar atención médica de inmediato.«E»
""",
        title="Arranca vacunación contra influenza en Durango con 300 mil dosis",
        date="2022-10-05",
        bylines=["Patricia Soto Bermúdez"],
        section="Salud",
        placement=[],
    )
)

A(
    F(
        "2021-07-15-lluvias-chetumal.md",
        "jekyll",
        """---
layout: post
title: Lluvias dejan calles inundadas en al menos 15 colonias de Chetumal
author: Mauricio Chan Poot
categories: [Destacada]
---

«B»Las lluvias intensas registradas durante la madrugada dejaron calles inundadas en al menos 15 colonias de Chetumal, principalmente en la zona sur de la ciudad, donde el agua alcanzó hasta 40 centímetros de altura en algunos cruceros.

Protección Civil municipal informó que se acumularon más de 110 milímetros de lluvia en seis horas, cantidad que superó la capacidad del drenaje pluvial. Cuadrillas de Servicios Públicos trabajaron con bombas para desalojar el agua en las avenidas Insurgentes y Erick Paolo Martínez.

Vecinos de la colonia Proterritorio reportaron que el agua ingresó a sus viviendas y dañó muebles y aparatos eléctricos. El ayuntamiento instaló un refugio temporal en una escuela primaria, aunque hasta el mediodía ninguna familia había solicitado alojamiento.

El Servicio Meteorológico Nacional prevé que las lluvias continúen durante el resto de la semana por la presencia de una onda tropical, por lo que se pidió a la población no tirar basura en la calle y evitar cruzar zonas inundadas.

Las clases en las escuelas afectadas se suspendieron por un día mientras se realiza la limpieza de los planteles.«E»
""",
        title="Lluvias dejan calles inundadas en al menos 15 colonias de Chetumal",
        date="2021-07-15",
        bylines=["Mauricio Chan Poot"],
        section=None,
        placement=["Destacada"],
        crlf=True,
    )
)

# ---------------------------------------------------------------- generic
A(
    F(
        "minuta-consejo-editorial.md",
        "generic",
        """# Minuta del consejo editorial: cobertura de elecciones municipales

«B»Asistentes: dirección editorial, jefaturas de información, fotografía y redes sociales.

Se acordó que la cobertura de la jornada electoral se organizará en tres turnos, con reporteros asignados a los municipios de mayor población y corresponsales en la región serrana. Cada reportero enviará notas breves cada dos horas y un texto de cierre antes de las 23:00 horas.

La jefatura de fotografía propuso reducir el número de galerías y privilegiar imágenes de casillas con participación alta, incidentes y conteo de votos. Se pidió evitar fotografías de menores de edad sin autorización de sus padres.

Redes sociales publicará únicamente resultados oficiales del programa de resultados preliminares y de los consejos municipales; no se difundirán encuestas de salida de terceros ni conteos de los partidos sin contraste.

Se revisó la guía de verificación: toda denuncia de compra de votos deberá contar con al menos dos fuentes independientes o con evidencia documental antes de publicarse. Las notas sobre incidentes violentos deberán confirmarse con autoridades de seguridad.

Pendientes: actualizar la lista de teléfonos de los consejos municipales, confirmar el préstamo de dos vehículos para los traslados y reservar el servidor adicional para la noche de la elección.«E»
""",
        title="Minuta del consejo editorial: cobertura de elecciones municipales",
        date=None,
    )
)

A(
    F(
        "lista-verificacion-fotografos.txt",
        "generic",
        """Lista de verificación para fotógrafos en coberturas de riesgo
=============================================================

«B»Antes de salir a cualquier cobertura de manifestaciones, enfrentamientos o desastres naturales, cada fotógrafo debe avisar a la mesa de redacción su destino, la hora estimada de regreso y el nombre de la persona que lo acompaña.

Es obligatorio llevar el chaleco con la leyenda de prensa, la credencial vigente del periódico y un teléfono con batería cargada. Se recomienda también llevar agua, una linterna pequeña y una copia de la credencial en el teléfono por si se pierde la física.

En manifestaciones, los fotógrafos deben mantenerse en los extremos de la multitud y ubicar rutas de salida antes de comenzar a trabajar. Si la situación se vuelve violenta, la prioridad es la integridad física, no la fotografía.

Durante inundaciones o incendios, no se debe ingresar a zonas acordonadas sin autorización de Protección Civil. Las imágenes tomadas con dron requieren aviso previo a la coordinación de fotografía.

Al regresar, el material se descarga de inmediato en el servidor y se respalda en un segundo disco. Las tarjetas no se formatean hasta confirmar que el respaldo está completo y que los pies de foto llevan nombre, lugar y fecha.«E»
""",
        title="Lista de verificación para fotógrafos en coberturas de riesgo",
        date=None,
        enc="cp1252",
    )
)

A(
    F(
        "aviso-cambio-horario-cierre.eml",
        "generic",
        """⟦De: Jefatura de Información <jefatura@example.mx>⟧
⟦Para: redaccion@example.mx⟧
Fecha: lun, 11 mar 2024 09:14:02 -0600
Asunto: Cambio en el horario de cierre de la edición impresa

«B»Compañeras y compañeros:

A partir del lunes 18 de marzo, el cierre de la edición impresa se adelantará de las 23:30 a las 22:00 horas, debido al nuevo contrato con la imprenta y a los cambios en las rutas de distribución hacia los municipios del interior del estado.

Las notas de deportes de los partidos nocturnos se publicarán únicamente en la página web y en redes sociales, y al día siguiente se incluirá en la edición impresa una crónica ampliada con declaraciones y estadísticas.

Las jefaturas de sección deberán enviar sus planas completas a diseño a más tardar a las 21:15 horas. Cualquier nota que llegue después de esa hora tendrá que esperar a la edición del día siguiente, salvo que se trate de información de última hora autorizada por la dirección.

Les pedimos también revisar con cuidado los pies de foto y los créditos antes del envío, pues el tiempo de corrección será menor. La mesa de corrección tendrá un turno extra de lunes a viernes para apoyar en el cierre.

Cualquier duda, pueden comentarla en la junta del miércoles.«E»
""",
        title="Cambio en el horario de cierre de la edición impresa",
        date="2024-03-11",
    )
)

# ---------------------------------------------------------------- bad
A(F("2023-01-09-nota-vacia.md", "bad", raw=b"", reason="empty file"))
A(
    F(
        "2024-02-02-sismo-oaxaca.md",
        "bad",
        raw=(
            '<!DOCTYPE html>\n<html lang="es">\n<head>\n<meta charset="utf-8">\n'
            "<title>Sismo de 5.8 sacude Oaxaca | Portal Informativo</title>\n"
            '<link rel="stylesheet" href="/static/css/main.css">\n'
            '<script src="/static/js/analytics.js"></script>\n</head>\n<body>\n'
            '<nav><ul><li><a href="/">Inicio</a></li><li><a href="/estado">Estado</a></li></ul></nav>\n'
            "<article><h1>Sismo de 5.8 sacude Oaxaca</h1>\n"
            '<p class="byline">Redacción</p>\n'
            "<p>Un sismo de magnitud 5.8 se registró la mañana de este viernes con epicentro cerca de Pinotepa Nacional.</p>\n"
            "</article>\n<footer>&copy; 2024 Portal Informativo</footer>\n</body>\n</html>\n"
        ).encode(),
        reason="saved HTML page",
    )
)
