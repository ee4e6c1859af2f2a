# ruff: noqa: E501
from common import F

FILES = []
A = FILES.append

# ---------------------------------------------------------------- wire
A(
    F(
        "2023-11-08-garita-otay.md",
        "wire",
        """EL CENTINELA FRONTERIZO
Tijuana, B.C.
mié 8 nov 2023

## Cruces de hasta cinco horas en la garita de Otay por revisión extraordinaria

**Por Marisol Peña Ochoa**

«B»Automovilistas y peatones que cruzan diariamente hacia San Diego reportaron esperas de hasta cinco horas en la garita de Otay, luego de que las autoridades estadounidenses aplicaran una revisión extraordinaria a vehículos de carga y de pasajeros.

Trabajadores transfronterizos, estudiantes y comerciantes relataron que tuvieron que salir de sus casas desde las tres de la mañana para llegar a tiempo a sus actividades. Algunos optaron por dejar el automóvil en estacionamientos y cruzar a pie, aunque la fila peatonal también se extendió por varias cuadras.

⟪La Cámara de Comercio local estimó que las demoras generan pérdidas diarias para los negocios de ambos lados de la frontera.⟫ ⟦LEE: Aumentan las tarifas de estacionamiento junto a la línea internacional⟧ ⟪Su presidente pidió a los gobiernos de México y Estados Unidos instalar una mesa de coordinación permanente.⟫

Las autoridades aduanales estadounidenses no precisaron cuánto tiempo durarán las revisiones, aunque señalaron que forman parte de un operativo contra el tráfico de drogas sintéticas. En redes sociales, usuarios compartieron recomendaciones para cruzar en horarios de menor afluencia.

El ayuntamiento instaló módulos con agua y sanitarios portátiles en la zona de la fila vehicular.«E»

⟦Recibe nuestro boletín cada mañana: centinelafronterizo.example/suscribete⟧
""",
        title="Cruces de hasta cinco horas en la garita de Otay por revisión extraordinaria",
        date="2023-11-08",
        bylines=["Marisol Peña Ochoa"],
        source="EL CENTINELA FRONTERIZO",
    )
)

A(
    F(
        "2024-02-20-aguacate-uruapan.txt",
        "wire",
        """Productores de aguacate de Uruapan denuncian cobro de cuotas

Horizonte Purépecha
20 de febrero de 2024, 07:30 h
Por Ana Sofía Tapia, corresponsal

⟦Foto: Cortesía⟧

«B»Productores de aguacate de la región de Uruapan denunciaron ante autoridades estatales que grupos delictivos les exigen el pago de cuotas por cada hectárea cultivada y por cada caja cosechada, lo que ha provocado que algunos abandonen sus huertas.

En una reunión con funcionarios de seguridad, representantes de las asociaciones agrícolas señalaron que las extorsiones se intensificaron en los últimos meses, sobre todo en comunidades alejadas de la cabecera municipal, donde la presencia policial es limitada.

⟦Te recomendamos:⟧
⟦Exportaciones de aguacate a Estados Unidos alcanzan cifra récord⟧

Los productores pidieron la instalación de bases de operación mixta en los caminos de saca y la ampliación del programa de vigilancia en empaques. También solicitaron que las denuncias puedan presentarse de manera anónima, pues temen represalias.

El gobierno estatal informó que reforzará la presencia de la Guardia Civil en la región y que se abrirá una línea exclusiva para denuncias del sector agrícola. La fiscalía regional dijo que ya integra carpetas de investigación por extorsión.

Especialistas advierten que la violencia amenaza una de las principales fuentes de empleo del estado, que da trabajo a miles de jornaleros y cortadores durante la temporada.«E»
""",
        title="Productores de aguacate de Uruapan denuncian cobro de cuotas",
        date="2024-02-20",
        bylines=["Ana Sofía Tapia"],
        source="Horizonte Purépecha",
        crlf=True,
    )
)

A(
    F(
        "2024-07-04-ixmiquilpan-balnearios.md",
        "wire",
        """# Balnearios del Valle del Mezquital esperan temporada récord

Gaceta del Valle del Mezquital — 2024-07-04 23:15 (GMT-6)
Por Bernardo Ángeles Pérez y Redacción

«B»Los parques acuáticos y balnearios de aguas termales del Valle del Mezquital esperan recibir más de un millón de visitantes durante las vacaciones de verano, una cifra récord impulsada por la apertura de nuevos hoteles y la promoción en redes sociales.

Los balnearios de Ixmiquilpan, Tasquillo y Santiago de Anaya, muchos de ellos administrados por comunidades hñähñu, invirtieron en albercas, cabañas y áreas de campamento. Sus administradores dicen que los ingresos se reparten entre las familias ejidatarias y se destinan a obras comunitarias.

La Secretaría de Turismo estatal informó que el corredor de balnearios es uno de los destinos más visitados de la entidad, sobre todo por familias de la Ciudad de México y del Estado de México, que llegan en autobús o en automóvil los fines de semana.

Las autoridades pidieron a los visitantes respetar los aforos, atender las indicaciones de los salvavidas y no consumir bebidas alcohólicas dentro de las albercas, pues cada temporada se registran accidentes que pueden evitarse.

Las comunidades también invitaron a conocer los productos de ixtle, los bordados y la gastronomía local.«E»

⟦TAMBIÉN EN GACETA⟧
⟦• Reabren el mercado de Ixmiquilpan tras su remodelación⟧
⟦• Estudiantes de Actopan ganan concurso de robótica⟧
""",
        title="Balnearios del Valle del Mezquital esperan temporada récord",
        date="2024-07-04",
        bylines=["Bernardo Ángeles Pérez"],
        source="Gaceta del Valle del Mezquital",
    )
)

A(
    F(
        "2023-03-07-leche-tepatitlan.md",
        "wire",
        """Tribuna de los Altos

Tepatitlán de Morelos, Jal., martes 7 de marzo de 2023

**Lecheros de Los Altos bloquean carretera por bajo precio del litro**

«B»⟦En contexto: Jalisco, primer productor de leche del país⟧ ⟪Productores de leche de Los Altos de Jalisco bloquearon durante varias horas la carretera federal a la altura de Tepatitlán para exigir un precio justo por litro, que actualmente se paga por debajo de sus costos de producción.⟫

Los inconformes, que llegaron en camionetas con tambos y pancartas, explicaron que las empresas acopiadoras redujeron el pago mientras el alimento para el ganado, la energía eléctrica y los medicamentos veterinarios siguen subiendo. Algunos derramaron leche sobre el asfalto en señal de protesta.

Representantes de los productores afirmaron que muchos pequeños ganaderos están vendiendo sus vacas porque ya no pueden sostener la actividad. Pidieron a la federación un precio de garantía y la compra de su producción por parte del programa de abasto social.

Funcionarios de la Secretaría de Agricultura estatal acudieron al lugar y acordaron una reunión con las empresas acopiadoras para la siguiente semana. Con ese compromiso, los productores liberaron la circulación cerca de las 15:00 horas.

La región de Los Altos concentra una de las cuencas lecheras más importantes del país.«E»

⟦Únete a nuestra comunidad en WhatsApp: wa.example/tribunaaltos⟧

/ Rocío Gutiérrez Navarro
""",
        title="Lecheros de Los Altos bloquean carretera por bajo precio del litro",
        date="2023-03-07",
        bylines=["Rocío Gutiérrez Navarro"],
        source="Tribuna de los Altos",
    )
)

A(
    F(
        "2023-05-18-tenek-huehuetlan.txt",
        "wire",
        """Jueves 18 de mayo de 2023
EL VIGÍA POTOSINO

Maestros bilingües de la Huasteca piden plazas y materiales en tének

Por Redacción

«B»Docentes de educación indígena de la Huasteca potosina se reunieron en Huehuetlán para exigir la regularización de sus plazas y la entrega de libros de texto en lengua tének y náhuatl, que según afirman no han llegado a las escuelas en los últimos dos ciclos escolares.

Los maestros explicaron que muchos de ellos trabajan con contratos temporales que se renuevan cada seis meses, sin prestaciones ni seguridad social, a pesar de tener más de diez años frente a grupo en comunidades de difícil acceso.

También señalaron que los materiales que reciben están escritos únicamente en español, lo que dificulta la enseñanza a niñas y niños que tienen como primera lengua el tének. Algunos docentes elaboran sus propios cuadernillos con recursos personales. ⟪Pidieron que la Secretaría de Educación los incluya en la planeación de los nuevos materiales.⟫ ⟦Mira: Lenguas indígenas en riesgo en San Luis Potosí⟧

Autoridades educativas se comprometieron a revisar la situación laboral de los docentes y a gestionar la impresión de materiales en lenguas originarias.«E»

⟦Foto: Especial⟧
⟦Con información de Brenda Hernández⟧
""",
        title="Maestros bilingües de la Huasteca piden plazas y materiales en tének",
        date="2023-05-18",
        bylines=[],
        source="EL VIGÍA POTOSINO",
        enc="cp1252",
    )
)

A(
    F(
        "camaron-mazatlan-veda.md",
        "wire",
        """MAREA INFORMATIVA · Mazatlán

Termina la veda y zarpan 300 barcos camaroneros desde Mazatlán

Reportero: Julio César Osuna
⟦Publicado hace 6 horas⟧

«B»Con la bendición de las embarcaciones y el sonido de la banda sinaloense, alrededor de 300 barcos camaroneros zarparon del puerto de Mazatlán para iniciar la temporada de pesca en altamar, tras el fin de la veda que se extendió durante casi seis meses.

Los armadores señalaron que la temporada comienza con expectativas moderadas, pues los costos del diésel y del mantenimiento de los barcos aumentaron, mientras que el precio del camarón en el mercado internacional se mantiene estable. Cada embarcación lleva una tripulación de entre seis y ocho pescadores.

Las autoridades pesqueras recordaron que los barcos deben contar con dispositivos excluidores de tortugas y respetar las zonas de protección, so pena de sanciones y de la suspensión de sus permisos. Inspectores realizarán revisiones aleatorias en altamar y en los muelles.

Familias de los pescadores despidieron a las tripulaciones en el malecón. Para muchas de ellas, la temporada representa el principal ingreso del año, y la veda significa meses de trabajos eventuales en la construcción o en el turismo.

Los primeros barcos regresarán al puerto en unas tres semanas con la primera captura.«E»

⟦Más sobre el tema:⟧
⟦- Pescadores ribereños acusan invasión de barcos en bahías⟧
⟦- El precio del camarón en la Semana Santa⟧
""",
        title="Termina la veda y zarpan 300 barcos camaroneros desde Mazatlán",
        date=None,
        bylines=["Julio César Osuna"],
        source="MAREA INFORMATIVA",
    )
)

A(
    F(
        "2022-11-02-tarahumara-frio.md",
        "wire",
        """⟦Published Nov 3, 2022, 01:12 AM⟧
Correo de la Sierra Tarahumara
2 de noviembre de 2022

## Comunidades rarámuri enfrentan las primeras heladas sin cobijas ni leña

Por Mateo Cruz Batista y Lucía Bustillos

«B»Las primeras heladas de la temporada llegaron a la Sierra Tarahumara con temperaturas de hasta ocho grados bajo cero en comunidades de Guachochi, Bocoyna y Urique, donde muchas familias rarámuri carecen de cobijas, ropa abrigadora y leña suficiente para pasar el invierno.

Promotores comunitarios informaron que en varias rancherías las viviendas son de madera o adobe con techos de lámina, por lo que el frío se cuela durante la noche. Los más afectados son niñas, niños y personas mayores, quienes presentan enfermedades respiratorias cada invierno.

⟪Organizaciones civiles de Chihuahua iniciaron una colecta de cobijas, chamarras y alimentos no perecederos.⟫ ⟦Relacionado → Frío extremo: cómo ayudar a la Sierra desde la ciudad⟧ ⟪Los centros de acopio recibirán donaciones hasta finales de diciembre en parroquias y escuelas.⟫

El gobierno estatal anunció la entrega de paquetes invernales en las comunidades más alejadas, aunque los habitantes señalaron que el apoyo suele llegar tarde y no alcanza para todas las familias. También pidieron que se reparen los caminos para que los apoyos puedan llegar en vehículo.

Las autoridades de salud recomendaron no usar braseros en habitaciones cerradas por el riesgo de intoxicación por monóxido de carbono.«E»
""",
        title="Comunidades rarámuri enfrentan las primeras heladas sin cobijas ni leña",
        date="2022-11-02",
        bylines=["Mateo Cruz Batista", "Lucía Bustillos"],
        source="Correo de la Sierra Tarahumara",
    )
)

# ---------------------------------------------------------------- press releases
A(
    F(
        "2024-03-22-sma-puebla-verificacion.md",
        "press_release",
        """GOBIERNO DEL ESTADO DE PUEBLA
Secretaría de Medio Ambiente del Estado de Puebla
⟦Boletín SMA-0412⟧

**Amplía SMA plazo de verificación vehicular para unidades con engomado amarillo**

Puebla, Pue., 22 de marzo de 2024.- «B»La Secretaría de Medio Ambiente del Estado de Puebla informó que se amplía por un mes el plazo para que los vehículos con engomado amarillo realicen la verificación vehicular correspondiente al primer semestre, debido a la alta demanda registrada en los centros autorizados.

La dependencia explicó que en las últimas dos semanas se formaron filas de varias horas en los verificentros de la zona metropolitana, por lo que se decidió otorgar más tiempo a las personas propietarias para evitar multas y recargos.

Asimismo, se recordó que la verificación es obligatoria para todos los vehículos con placas del estado y que su objetivo es reducir las emisiones contaminantes que afectan la calidad del aire, especialmente durante la temporada seca, cuando se registran más días con mala calidad del aire.

Las citas pueden programarse en la plataforma digital de la secretaría, donde también se consulta la ubicación de los centros y los documentos necesarios. Se recomienda acudir con la tarjeta de circulación, el comprobante de pago y la constancia de la verificación anterior.

La dependencia exhortó a la ciudadanía a denunciar cualquier cobro indebido en los verificentros.«E»

---o0o---

⟦Unidad de Comunicación Social SMA Puebla⟧
⟦Tel. 222 000 6677 · comunicacion.sma@puebla.example⟧
""",
        title="Amplía SMA plazo de verificación vehicular para unidades con engomado amarillo",
        date="2024-03-22",
        source="Secretaría de Medio Ambiente del Estado de Puebla",
        number="SMA-0412",
        city="Puebla",
    )
)

A(
    F(
        "2023-12-04-congreso-sonora-presupuesto.txt",
        "press_release",
        """⟦COMUNICADO 214⟧
H. Congreso del Estado de Sonora
Hermosillo, Sonora, 4 de diciembre de 2023

RECIBE EL CONGRESO PAQUETE ECONÓMICO 2024; INICIA ANÁLISIS EN COMISIONES

* **El proyecto de presupuesto asciende a 94 mil millones de pesos.**
* **Comparecerán titulares de diez dependencias.**

«B»El Pleno del Congreso del Estado de Sonora recibió el paquete económico para el ejercicio fiscal 2024, integrado por la Ley de Ingresos, el Presupuesto de Egresos y diversas reformas a leyes fiscales, el cual será analizado en comisiones durante las próximas dos semanas.

La Comisión de Hacienda aprobó un calendario de comparecencias en el que participarán los titulares de las secretarías de Hacienda, Educación, Salud, Seguridad Pública e Infraestructura, entre otras, para explicar el destino de los recursos y los principales proyectos de inversión.

Diputadas y diputados de distintos grupos parlamentarios coincidieron en la necesidad de revisar con detalle las partidas destinadas a seguridad y salud, así como los recursos para los municipios de la sierra, que enfrentan rezagos en infraestructura básica.

El presidente de la Mesa Directiva informó que se realizarán foros con organizaciones civiles y cámaras empresariales para recibir propuestas ciudadanas antes de que los dictámenes se presenten al Pleno.

La votación del paquete económico deberá realizarse antes del 15 de diciembre, de acuerdo con el plazo que establece la ley.«E»

-30-
""",
        title="RECIBE EL CONGRESO PAQUETE ECONÓMICO 2024; INICIA ANÁLISIS EN COMISIONES",
        date="2023-12-04",
        source="H. Congreso del Estado de Sonora",
        number="214",
        city="Hermosillo",
    )
)

A(
    F(
        "2024-03-14-colima-alumbrado.txt",
        "press_release",
        """H. AYUNTAMIENTO DE COLIMA
Jueves 14 de marzo de 2024

Sustituye Ayuntamiento 2 mil luminarias en colonias del norte de la ciudad

Colima, Col.; a 14 de marzo.- «B»El H. Ayuntamiento de Colima concluyó la sustitución de dos mil luminarias en 18 colonias del norte de la ciudad, como parte del programa de modernización del alumbrado público que busca reducir el consumo de energía y mejorar la seguridad de las calles.

La Dirección de Servicios Públicos informó que las nuevas lámparas utilizan tecnología led, con una vida útil de hasta diez años y un consumo de energía 60 por ciento menor al de las luminarias anteriores, lo que representará ahorros importantes para el municipio.

Vecinos de las colonias Lomas de Vista Hermosa, El Tívoli y Placetas Estadio señalaron que durante años vivieron con calles oscuras que favorecían los robos y que ahora pueden caminar con mayor tranquilidad por las noches.

El programa continuará en las colonias del sur y del oriente durante los próximos meses, hasta completar más de siete mil luminarias. La autoridad municipal pidió a la ciudadanía reportar las lámparas apagadas o dañadas para atenderlas con rapidez.

Los reportes pueden hacerse de manera presencial en las oficinas de Servicios Públicos o a través de la línea de atención ciudadana del municipio.«E»

oOo
""",
        title="Sustituye Ayuntamiento 2 mil luminarias en colonias del norte de la ciudad",
        date="2024-03-14",
        source="H. AYUNTAMIENTO DE COLIMA",
        number=None,
        city="Colima",
        enc="cp1252",
    )
)

A(
    F(
        "2023-10-09-imaip-michoacan-solicitudes.md",
        "press_release",
        """Morelia, Michoacán, lunes 9 de octubre de 2023
⟦IMAIP/UCS/112/2023⟧
INSTITUTO MICHOACANO DE TRANSPARENCIA, ACCESO A LA INFORMACIÓN Y PROTECCIÓN DE DATOS PERSONALES

Crecen 30 por ciento las solicitudes de información
a los ayuntamientos michoacanos

«B»Las solicitudes de acceso a la información pública dirigidas a los 113 ayuntamientos de Michoacán crecieron 30 por ciento en el último año, de acuerdo con el informe trimestral presentado por el instituto ante su pleno.

Los temas más consultados fueron obra pública, nómina de servidores públicos, contratos de adquisiciones y seguridad pública. El informe señala que la mayoría de las solicitudes se presentaron a través de la plataforma nacional, aunque todavía existen municipios que no responden en los plazos legales.

La comisionada presidenta destacó que el aumento refleja un mayor interés de la ciudadanía por vigilar el uso de los recursos públicos, pero advirtió que varios ayuntamientos no cuentan con personal capacitado ni con archivos organizados para atender las peticiones.

Por ello, el instituto impartirá un programa de capacitación a las unidades de transparencia municipales durante el último trimestre del año, con talleres presenciales en las regiones de Tierra Caliente, la Meseta Purépecha y el Oriente.

El informe completo puede consultarse en el portal del instituto.«E»

###

⟦Contacto de prensa: prensa@imaip.example⟧
""",
        title="Crecen 30 por ciento las solicitudes de información a los ayuntamientos michoacanos",
        date="2023-10-09",
        source="INSTITUTO MICHOACANO DE TRANSPARENCIA, ACCESO A LA INFORMACIÓN Y PROTECCIÓN DE DATOS PERSONALES",
        number="IMAIP/UCS/112/2023",
        city="Morelia",
    )
)

A(
    F(
        "2024-06-05-agricultura-chiapas-cafe.md",
        "press_release",
        """SECRETARÍA DE AGRICULTURA Y DESARROLLO RURAL
Oficina de Representación de Agricultura en Chiapas

⟦Comunicado No. 062/2024⟧

## Entregan plantas de café resistentes a la roya a productores de la Sierra Madre

Tuxtla Gutiérrez, Chiapas, a 5 de junio de 2024.- «B»La Oficina de Representación de Agricultura en Chiapas entregó más de 800 mil plantas de café de variedades resistentes a la roya a productoras y productores de pequeña escala de los municipios de Motozintla, Siltepec y Bella Vista, en la región Sierra Mariscal.

Las plantas fueron producidas en viveros comunitarios con asesoría técnica y se distribuirán en función de la superficie registrada por cada productor en el padrón cafetalero. Se estima que con esta entrega se renovarán alrededor de 160 hectáreas de cafetales envejecidos.

El representante de la dependencia explicó que la renovación de cafetales es fundamental para recuperar la productividad, que cayó en los últimos años por la roya, el envejecimiento de las plantas y los efectos del cambio climático en las zonas altas.

Además de las plantas, las y los productores recibirán acompañamiento técnico para la poda, la fertilización orgánica y el manejo de sombra, así como capacitación para mejorar la calidad en taza y acceder a mercados diferenciados.

La entrega continuará en las próximas semanas en la región Frailesca y en los Altos de Chiapas.«E»

-oOo-
""",
        title="Entregan plantas de café resistentes a la roya a productores de la Sierra Madre",
        date="2024-06-05",
        source="Oficina de Representación de Agricultura en Chiapas",
        number="062/2024",
        city="Tuxtla Gutiérrez",
    )
)

A(
    F(
        "2022-08-17-oomsapas-la-paz-fugas.txt",
        "press_release",
        """H. XVII Ayuntamiento de La Paz
Organismo Operador Municipal del Sistema de Agua Potable, Alcantarillado y Saneamiento de La Paz

La Paz, Baja California Sur, 17 de agosto de 2022

REPARA OOMSAPAS 120 FUGAS EN UNA SEMANA Y PIDE REPORTAR DESPERDICIOS

«B»Cuadrillas del Organismo Operador Municipal del Sistema de Agua Potable, Alcantarillado y Saneamiento de La Paz repararon 120 fugas en la red de distribución durante la última semana, principalmente en colonias del sur y del poniente de la ciudad.

El organismo explicó que muchas de las fugas se originan en tuberías antiguas que ya cumplieron su vida útil, por lo que se trabaja en un programa de sustitución de redes en los sectores con mayor número de reportes, con prioridad en las zonas donde el servicio es más irregular.

Ante la temporada de calor, el organismo pidió a la población reportar de inmediato cualquier fuga en la vía pública o en tomas domiciliarias, así como evitar el desperdicio al lavar banquetas y automóviles. Se recordó que la ciudad depende casi por completo del acuífero, que presenta sobreexplotación.

También se informó que se revisan los equipos de bombeo de los pozos para evitar fallas durante los meses de mayor consumo y que se mantiene el reparto de agua en pipas en las colonias sin red.

Los reportes se reciben las 24 horas del día en la línea de atención del organismo.«E»

//FIN//

⟦Unidad de Comunicación Social⟧
⟦Síguenos en redes: @OomsapasLaPaz.example⟧
""",
        title="REPARA OOMSAPAS 120 FUGAS EN UNA SEMANA Y PIDE REPORTAR DESPERDICIOS",
        date="2022-08-17",
        source="Organismo Operador Municipal del Sistema de Agua Potable, Alcantarillado y Saneamiento de La Paz",
        number=None,
        city="La Paz",
        bom=True,
    )
)

A(
    F(
        "tsj-quintana-roo-mediacion.md",
        "press_release",
        """PODER JUDICIAL DEL ESTADO DE QUINTANA ROO
Centro de Justicia Alternativa
⟦Boletín 0563⟧

Más de mil conflictos vecinales se resolvieron mediante mediación

Chetumal, Quintana Roo, 29 de febrero de 2023.- «B»El Centro de Justicia Alternativa del Poder Judicial del Estado de Quintana Roo informó que durante el último año más de mil conflictos vecinales, familiares y comerciales se resolvieron mediante mecanismos de mediación y conciliación, sin necesidad de llegar a un juicio.

Entre los casos atendidos destacan problemas por linderos, ruido, mascotas, adeudos menores y pensiones alimenticias. En la mayoría, las partes firmaron convenios que tienen la misma validez que una sentencia y que pueden hacerse cumplir ante un juzgado.

La directora del centro explicó que la mediación es gratuita, confidencial y voluntaria, y que un asunto puede resolverse en pocas semanas, mientras que un juicio puede tardar meses o incluso años. Además, ayuda a preservar las relaciones entre vecinos y familiares.

El centro cuenta con sedes en Chetumal, Cancún, Playa del Carmen, Cozumel y Felipe Carrillo Puerto, y ofrece el servicio en español y en lengua maya. También realiza sesiones en línea para quienes no pueden acudir de manera presencial.

Las personas interesadas pueden solicitar una cita en cualquiera de las sedes.«E»

---000---
""",
        title="Más de mil conflictos vecinales se resolvieron mediante mediación",
        date=None,
        source="Centro de Justicia Alternativa",
        number="0563",
        city="Chetumal",
    )
)

# ---------------------------------------------------------------- jekyll
A(
    F(
        "2023-07-21-ruta-vino-ensenada.md",
        "jekyll",
        """---
layout: post
title: "Ruta del Vino de Ensenada alista fiestas de la vendimia con 90 actividades"
date: '2023-07-21 09:00:00'
author: Daniela Valenzuela
categories: [Turismo]
tags: vendimia vino Ensenada
---

«B»Las fiestas de la vendimia del Valle de Guadalupe contarán este año con 90 actividades entre catas, conciertos, cenas maridaje y recorridos por viñedos, informaron los organizadores en conferencia de prensa en Ensenada.

La asociación de vinicultores señaló que participarán más de 60 casas vinícolas, desde bodegas grandes hasta pequeños productores artesanales, y que se espera la visita de 40 mil personas durante las tres semanas que dura la celebración.

Los organizadores reconocieron que la escasez de agua en el valle es una preocupación creciente, pues los pozos han bajado su nivel y algunos productores tuvieron que reducir la superficie de riego. Por ello, parte de lo recaudado se destinará a un proyecto de tratamiento y reúso de aguas.

Autoridades de turismo pidieron a los visitantes contratar transporte o designar a un conductor, ya que la carretera que atraviesa el valle registra accidentes durante la temporada alta. También habrá operativos de revisión de alcoholemia.

Los boletos para los eventos principales ya están a la venta y varios conciertos se agotaron en los primeros días.«E»
""",
        title="Ruta del Vino de Ensenada alista fiestas de la vendimia con 90 actividades",
        date="2023-07-21",
        bylines=["Daniela Valenzuela"],
        section="Turismo",
        placement=[],
        bom=True,
    )
)

A(
    F(
        "2022-12-31-fin-de-anio-merida.md",
        "jekyll",
        """---
title: Miles despiden el año en la Plaza Grande de Mérida con música de trova
date: 2022-12-31 22:10:00 -06:00
autor:
  - Isabel Canul
  - Jorge Euán Pech
categories:
  - Portada
  - Principal
  - Sociedad
---

«B»Miles de familias meridanas y turistas se reunieron en la Plaza Grande para despedir el año con un concierto de trova yucateca, danzas jaranas y un espectáculo de luces proyectado sobre la fachada de la Catedral.

El programa comenzó desde las ocho de la noche con la Orquesta Típica Yukalpetén, que interpretó piezas tradicionales ante un público que llenó las bancas y los portales. Más tarde, tríos de trova cantaron boleros clásicos que muchos asistentes corearon.

La policía municipal desplegó un operativo de seguridad con más de 300 elementos y cerró a la circulación las calles que rodean la plaza. Se instalaron puestos de atención médica y módulos de información turística, además de sanitarios portátiles.

Los restaurantes del centro reportaron una ocupación casi total para la cena de fin de año, mientras que los hoteles registraron niveles superiores al 90 por ciento, con visitantes llegados sobre todo de la Ciudad de México, Nuevo León y el extranjero.

A la medianoche, las campanas de la Catedral anunciaron la llegada del nuevo año entre abrazos y buenos deseos.«E»
""",
        title="Miles despiden el año en la Plaza Grande de Mérida con música de trova",
        date="2022-12-31",
        bylines=["Isabel Canul", "Jorge Euán Pech"],
        section="Sociedad",
        placement=["Portada", "Principal"],
    )
)

A(
    F(
        "2024-01-12-regreso-clases-frio.markdown",
        "jekyll",
        """---
titulo: Regreso a clases con frío; escuelas de Toluca podrán cambiar horario
fecha: "12 de enero de 2024"
published: false
author: [Karina Estrada]
category: Educación
---

«B»Las escuelas de educación básica de Toluca y de los municipios del Valle de Toluca podrán modificar su horario de entrada durante las semanas de frío intenso, informaron las autoridades educativas del Estado de México al inicio del segundo periodo del ciclo escolar.

La medida permitirá que los planteles retrasen hasta media hora el ingreso de los alumnos cuando las temperaturas matutinas estén por debajo de cero grados, y que los estudiantes acudan con ropa abrigadora aunque no corresponda al uniforme oficial.

Madres y padres de familia habían solicitado el cambio, pues en las primeras horas de la mañana las temperaturas en zonas altas como Zinacantepec y Almoloya de Juárez llegan a cinco grados bajo cero, y muchos niños caminan largas distancias para llegar a la escuela.

Las autoridades de salud recomendaron abrigar bien a los menores, darles un desayuno caliente y estar atentos a síntomas de enfermedades respiratorias, como tos, fiebre y dolor de garganta, para evitar contagios en las aulas.

Cada consejo técnico escolar decidirá el horario que aplicará y deberá informarlo a las familias con anticipación.«E»
""",
        title="Regreso a clases con frío; escuelas de Toluca podrán cambiar horario",
        date="2024-01-12",
        published=False,
        bylines=["Karina Estrada"],
        section="Educación",
        placement=[],
    )
)

A(
    F(
        "2020-10-30-altares-huaquechula.md",
        "jekyll",
        """---
layout: post
title: "Los altares monumentales de Huaquechula abren sus puertas a los visitantes"
author: "Redacción"
categories: "Destacadas Cultura"
---

«B»Como cada año, las familias de Huaquechula que perdieron a un ser querido durante los últimos doce meses levantaron altares monumentales de hasta cuatro metros de altura, elaborados con papel blanco, satín, figuras de cartón y fotografías de los difuntos.

La tradición, reconocida como una de las expresiones más importantes del Día de Muertos en Puebla, consiste en abrir las casas a los visitantes, quienes llevan una vela o una ofrenda y reciben a cambio pan, tamales y café, en señal de agradecimiento de la familia.

Los altares se construyen en tres niveles que representan la tierra, el purgatorio y el cielo. En el centro se coloca la imagen de la persona fallecida, reflejada en un espejo, y alrededor se acomodan flores de cempasúchil, frutas, dulces y los platillos que más le gustaban.

Este año, las autoridades municipales recomendaron a los visitantes respetar el uso de cubrebocas y evitar las aglomeraciones dentro de las viviendas, por lo que algunas familias instalaron filas en la calle y limitaron el tiempo de visita.

Artesanos locales ofrecen talleres para enseñar la elaboración de las figuras de cartonería que decoran los altares.«E»
""",
        title="Los altares monumentales de Huaquechula abren sus puertas a los visitantes",
        date="2020-10-30",
        bylines=[],
        section="Cultura",
        placement=["Destacadas"],
        crlf=True,
    )
)

A(
    F(
        "2023-04-28-maraton-acapulco.md",
        "jekyll",
        """---
title: Corredores kenianos dominan el maratón internacional de Acapulco
date: 2023-04-28
author: Bruno Salgado Radilla
categories: [Principal]
tags:
  - atletismo
  - Acapulco
---

⟦Foto: Comité Organizador⟧

«B»Los corredores kenianos dominaron la edición del maratón internacional de Acapulco, al quedarse con los dos primeros lugares de la rama varonil y el primero de la femenil, en una carrera marcada por el calor y la humedad de la costera.

El ganador cruzó la meta con un tiempo de dos horas, catorce minutos, seguido de su compatriota a poco más de un minuto. El mejor mexicano fue un corredor de Chilpancingo que terminó en cuarto lugar y que dijo sentirse satisfecho por su preparación en la altura.

En la rama femenil, la ganadora impuso un ritmo constante desde el kilómetro diez y no fue alcanzada por sus perseguidoras. La primera mexicana, originaria de Toluca, llegó en tercer sitio y se mostró emocionada por subir al podio frente a su familia.

Más de cinco mil corredores participaron en las distancias de maratón, medio maratón y diez kilómetros. Los organizadores colocaron puestos de hidratación cada dos kilómetros y servicios médicos a lo largo del recorrido.

La costera Miguel Alemán permaneció cerrada durante la mañana y se reabrió a la circulación después del mediodía.«E»
""",
        title="Corredores kenianos dominan el maratón internacional de Acapulco",
        date="2023-04-28",
        bylines=["Bruno Salgado Radilla"],
        section=None,
        placement=["Principal"],
    )
)

A(
    F(
        "columna-cronica-del-puerto.md",
        "jekyll",
        """---
title: "Crónica del puerto: los estibadores que ya no están"
date: "03/11/2021"
draft: true
author:
  - Ignacio Barradas
category: Opinión
---

«B»Hubo un tiempo en que el puerto se movía a fuerza de espaldas. Los estibadores llegaban antes del amanecer, con un costal al hombro y un pañuelo en el cuello, y esperaban en la reja a que el capataz gritara los nombres de quienes trabajarían ese día.

Mi abuelo fue uno de ellos. Cargó sacos de café, de azúcar y de harina durante treinta años, y se retiró con la espalda curvada y una pensión que apenas le alcanzaba para las medicinas. Contaba que en los buenos tiempos los barcos se formaban en la bahía esperando su turno, y que el trabajo no se acababa nunca.

Los contenedores cambiaron todo. Una grúa hace hoy en una hora lo que antes hacían cien hombres en una semana. Los sindicatos se fueron quedando con menos agremiados, y las cantinas del malecón donde se pagaba la raya cerraron una tras otra.

No escribo esto por nostalgia, o no solo por ella. Escribo porque la historia del puerto se cuenta siempre desde las oficinas y los barcos, y casi nunca desde los muelles, donde miles de hombres dejaron la vida a cambio de un salario.

Algún día alguien debería levantarles un monumento.«E»
""",
        title="Crónica del puerto: los estibadores que ya no están",
        date="2021-11-03",
        published=False,
        bylines=["Ignacio Barradas"],
        section="Opinión",
        placement=[],
    )
)

# ---------------------------------------------------------------- generic
A(
    F(
        "pendientes-cierre-semana.txt",
        "generic",
        """Pendientes de la mesa de información para el cierre de semana

«B»1. Confirmar con la corresponsalía de la costa si habrá nota sobre la reapertura del puerto. Si no hay confirmación oficial antes del mediodía, se publica solo una breve con lo que declaró la capitanía.

2. Revisar la serie sobre desabasto de medicamentos: faltan las respuestas por escrito de dos hospitales regionales y la fotografía del almacén central. La entrega se pospone una semana si no llegan las respuestas.

3. Actualizar la base de datos de homicidios con las cifras del mes. El equipo de datos pidió que las cifras de la fiscalía y las del secretariado nacional se presenten por separado y se explique la diferencia.

4. Asignar cobertura para la feria regional del sábado: un reportero para inauguración y espectáculos, y un fotógrafo para la galería digital. Las notas de la feria van en la sección de Estado, no en Espectáculos.

5. Pedir a diseño las plantillas para la cobertura del partido del domingo. La nota principal se cerrará con el marcador final y la crónica completa se publicará en línea.

6. Recordar a todo el equipo que las vacaciones de diciembre se solicitan antes del día 15.«E»
""",
        title="Pendientes de la mesa de información para el cierre de semana",
        date=None,
    )
)

A(
    F(
        "glosario-terminos-judiciales.text",
        "generic",
        """# Glosario breve de términos judiciales para reporteros

«B»**Carpeta de investigación.** Es el expediente que integra el Ministerio Público a partir de una denuncia. No debe confundirse con un proceso judicial: una carpeta abierta no significa que haya una persona acusada formalmente.

**Vinculación a proceso.** Es la resolución de un juez que determina que hay elementos suficientes para continuar la investigación contra una persona. No equivale a una condena, por lo que en las notas debe mantenerse la presunción de inocencia.

**Prisión preventiva.** Es una medida cautelar que mantiene a la persona imputada en prisión mientras se desarrolla el proceso. Puede ser oficiosa, por el tipo de delito, o justificada, cuando la solicita el Ministerio Público.

**Suspensión condicional del proceso.** Permite que el proceso se detenga si la persona imputada cumple con un plan de reparación del daño y otras condiciones fijadas por el juez durante un periodo determinado.

**Amparo.** Es el juicio que protege a las personas frente a actos de autoridad que violen sus derechos. Una suspensión en un amparo detiene de manera temporal el acto reclamado, pero no resuelve el fondo del asunto.

Ante cualquier duda, consulte con la jefatura de información o con la asesoría jurídica del periódico.«E»
""",
        title="Glosario breve de términos judiciales para reporteros",
        date=None,
    )
)

A(
    F(
        "convocatoria-taller-datos.eml",
        "generic",
        """⟦Para: todo-el-equipo@example.mx⟧
Asunto: Convocatoria al taller interno de periodismo de datos
Fecha: mar 7 may 2024 08:30

«B»Buenos días a todas y todos:

Les invitamos al taller interno de periodismo de datos que se realizará los jueves de mayo y junio, de 16:00 a 18:00 horas, en la sala de juntas del segundo piso. El taller es gratuito y está abierto a reporteros, editores, fotógrafos y personal de redes sociales.

Durante las sesiones aprenderemos a buscar y descargar bases de datos públicas, a limpiarlas en una hoja de cálculo, a hacer cálculos básicos como porcentajes y tasas, y a elaborar gráficas sencillas que acompañen nuestras notas. En la última sesión cada participante presentará una pequeña historia basada en datos.

Es necesario traer computadora portátil con una hoja de cálculo instalada. Si alguien no cuenta con equipo, puede solicitar uno prestado en el área de sistemas con al menos dos días de anticipación.

El cupo es de veinte personas. Para inscribirse, respondan a este correo antes del viernes indicando su nombre y su sección. Daremos prioridad a quienes trabajan en las secciones de Estado y Seguridad.

Esperamos contar con su participación.«E»
""",
        title="Convocatoria al taller interno de periodismo de datos",
        date="2024-05-07",
        crlf=True,
    )
)

# ---------------------------------------------------------------- bad
A(F("2024-04-09-nota-en-blanco.txt", "bad", raw=b"   \n\t\n    \r\n  \n", reason="whitespace only"))
_png = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6"
    b"\x00\x00\x00\x19IDATx\x9cc\xfc\xcf\xc0\x00\x04L\x0c\x0c\x0c\x8c\xa3\x06\x8c\x1a0j\xc0\x00\x00\xa5\x1d\x03\x1f"
    b"\xc8\x9b\x0b\x9d\x00\x00\x00\x00IEND\xaeB`\x82"
)
A(F("2024-03-15-foto-portada.md", "bad", raw=_png, reason="image file renamed (PNG)"))
