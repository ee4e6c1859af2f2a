"""Files ar21-ar30."""
from common import write, gold, bad

# ---------------------------------------------------------------- ar21 jekyll (quoted date, CRLF)
write("ar21", "md", """\
---
layout: post
title: "Mixquic recibe a 120 mil visitantes en la noche de la Alumbrada"
date: "2024-11-02"
author: Elsa Montaño
categories: ["Tradiciones", "Destacadas"]
tags: tlahuac mixquic dia-de-muertos
site_name: Voces del Oriente
comments: true
---

San Andrés Mixquic, en la alcaldía Tláhuac, recibió durante la noche del 1 y la madrugada del 2 de noviembre a cerca de 120 mil visitantes que llegaron para presenciar la tradicional Alumbrada, cuando las familias iluminan con miles de velas las tumbas del panteón que rodea al ex convento de San Andrés Apóstol.

La alcaldía desplegó un operativo con 900 elementos de seguridad, protección civil y servicios médicos, y habilitó estacionamientos provisionales en los ejidos cercanos para evitar que los autos ingresaran al centro del pueblo.<TS>

Los mayordomos del panteón calcularon que se encendieron más de 50 mil veladoras. Muchas familias llegaron desde la tarde para limpiar las tumbas, colocar flores de cempasúchil y terciopelo y preparar los platillos favoritos de sus difuntos.

“Mi abuela decía que la luz es para que los muertos encuentren el camino de regreso; por eso venimos todos, hasta los nietos que viven en Estados Unidos”, contó Herminia Galicia, de 64 años, frente a la tumba de sus padres.

Comerciantes de pan de muerto, tamales y atole reportaron ventas superiores a las del año pasado, aunque se quejaron del cobro de 300 pesos por espacio que impuso el comité de la feria.

Protección Civil reportó saldo blanco, con 47 atenciones médicas menores, la mayoría por golpes de calor durante la tarde y torceduras en las calles empedradas.

👉 Sigue el canal de Voces del Oriente en WhatsApp y recibe las noticias del oriente mexiquense.
""", eol="crlf", g=gold(
    "jekyll",
    title="Mixquic recibe a 120 mil visitantes en la noche de la Alumbrada",
    date="2024-11-02",
    bylines=["Elsa Montaño"],
    source="Voces del Oriente",
    section="Tradiciones",
    placement=["Destacadas"],
    body_first_words="San Andrés Mixquic, en la alcaldía Tláhuac, recibió durante la noche",
    body_last_words="por golpes de calor durante la tarde y torceduras en las calles empedradas.",
    boilerplate=[
        "Sigue el canal de Voces del Oriente en WhatsApp y recibe las noticias del oriente mexiquense.",
    ],
    must_keep=[
        "Los mayordomos del panteón calcularon que se encendieron más de 50 mil veladoras.",
        "Comerciantes de pan de muerto, tamales y atole reportaron ventas superiores a las del año pasado, aunque se quejaron del cobro de 300 pesos por espacio que impuso el comité de la feria.",
    ],
))

# ---------------------------------------------------------------- ar22 wire (three writers, updated vs published)
write("ar22", "md", """\
# Simulacro en la CDMX: siete millones participan, pero fallan altavoces en 300 puntos

Daniela Ochoa, Héctor Luna y Berenice Maldonado / Nuevo Siglo
Publicado: 19 sep 2016, 22:10 | Actualizado: 20 sep 2016, 06:30

Alrededor de siete millones de personas participaron este lunes en el Simulacro de la Ciudad de México, realizado a las 11:00 horas con la hipótesis de un sismo de magnitud 8.1 con epicentro en la costa de Guerrero, de acuerdo con el balance preliminar de la Secretaría de Protección Civil.

La alerta sísmica sonó en la mayoría de las colonias, pero vecinos de al menos 300 puntos de las delegaciones Iztapalapa, Tlalpan y Gustavo A. Madero reportaron que los altavoces no se activaron o se escucharon con muy poco volumen. Te puede interesar | ¿Por qué suena la alerta sísmica? Esto debes saber

En el Centro Histórico, el desalojo de los edificios de gobierno tardó en promedio dos minutos con 40<NB>segundos, mientras que en escuelas de la delegación Cuauhtémoc se logró en menos de un minuto y medio.

Jacinto Oropeza Salas, titular de Protección Civil, reconoció que las fallas de audio se deben a que unos 900 altavoces siguen conectados a una red de radiofrecuencia antigua y que su reemplazo está previsto para el primer semestre de 2017.

En un edificio de departamentos de la calle Tehuantepec, en la colonia Roma Sur, los residentes salieron en orden a la banqueta, aunque varios admitieron que no sabían cuál era el punto de reunión asignado.

“Lo hacemos cada año, pero la verdad es que uno se confía; si de verdad temblara fuerte no sé si saldríamos tan tranquilos”, dijo Antonio Zárate, de 72 años.

Las autoridades recordaron que el siguiente simulacro se realizará en abril y pidieron a los ciudadanos elaborar un plan familiar de protección civil.

Con información de Agencias

Recibe cada mañana nuestro boletín: suscríbete en nuevosiglo.example.mx/boletin
""", g=gold(
    "wire",
    title="Simulacro en la CDMX: siete millones participan, pero fallan altavoces en 300 puntos",
    date="2016-09-19",
    bylines=["Daniela Ochoa", "Héctor Luna", "Berenice Maldonado"],
    source="Nuevo Siglo",
    body_first_words="Alrededor de siete millones de personas participaron este lunes en el Simulacro",
    body_last_words="pidieron a los ciudadanos elaborar un plan familiar de protección civil.",
    boilerplate=[
        "Te puede interesar | ¿Por qué suena la alerta sísmica? Esto debes saber",
        "Con información de Agencias",
        "Recibe cada mañana nuestro boletín: suscríbete en nuevosiglo.example.mx/boletin",
    ],
    must_keep=[
        "La alerta sísmica sonó en la mayoría de las colonias, pero vecinos de al menos 300 puntos de las delegaciones Iztapalapa, Tlalpan y Gustavo A. Madero reportaron que los altavoces no se activaron o se escucharon con muy poco volumen.",
        "Jacinto Oropeza Salas, titular de Protección Civil, reconoció que las fallas de audio se deben a que unos 900 altavoces siguen conectados a una red de radiofrecuencia antigua y que su reemplazo está previsto para el primer semestre de 2017.",
    ],
))

# ---------------------------------------------------------------- ar23 press (PJCDMX, mixed EOL, BEL)
write("ar23", "txt", """\
PODER JUDICIAL DE LA CIUDAD DE MÉXICO
Boletín 214/2025

PODER JUDICIAL CAPITALINO PONE EN MARCHA JUZGADOS EN LÍNEA PARA PENSIONES ALIMENTICIAS

Ciudad de México, 10 de julio de 2025.- El Poder Judicial de la Ciudad de México puso en marcha cuatro juzgados familiares en línea que tramitarán exclusivamente juicios de pensión alimenticia, con el fin de reducir de ocho meses a seis semanas el tiempo promedio para obtener una sentencia.

Los nuevos órganos jurisdiccionales funcionarán en un edificio de la calle Niños Héroes, en la colonia Doctores, pero las partes podrán presentar su demanda, desahogar audiencias y recibir notificaciones a través de la plataforma Tribunal Virtual, sin necesidad de acudir a las instalaciones.<BEL>

La magistrada presidenta, Beatriz Echeverría Landa, explicó que durante 2024 los juzgados familiares recibieron 31 mil 200 demandas de alimentos, la mayoría promovidas por madres que solicitan una pensión para sus hijas e hijos.

“Una pensión que llega ocho meses tarde es una pensión que no llegó a tiempo para comprar los zapatos, pagar la escuela o ir al médico”, afirmó durante la inauguración.

Para iniciar el trámite se requerirá una identificación oficial, el acta de nacimiento de las personas menores de edad y, de ser posible, algún documento que acredite los ingresos del deudor alimentario. Las personas que no cuenten con internet podrán acudir a los módulos de atención ubicados en las 16 alcaldías.

El Poder Judicial informó que, si el modelo da resultados, en 2026 se ampliará a juicios de guarda y custodia y de régimen de convivencia.

oo0oo

Dirección Ejecutiva de Comunicación Social
Tel. 55 9156 4997
comunicacion@pjcdmx.example.mx
X: @PJCDMX_prensa · Instagram: @pjcdmx.oficial
""", eol="mixed", g=gold(
    "press_release",
    title="PODER JUDICIAL CAPITALINO PONE EN MARCHA JUZGADOS EN LÍNEA PARA PENSIONES ALIMENTICIAS",
    date="2025-07-10",
    source="PODER JUDICIAL DE LA CIUDAD DE MÉXICO",
    bulletin_number="214/2025",
    issuer="PODER JUDICIAL DE LA CIUDAD DE MÉXICO",
    dateline_city="Ciudad de México",
    body_first_words="El Poder Judicial de la Ciudad de México puso en marcha cuatro",
    body_last_words="se ampliará a juicios de guarda y custodia y de régimen de convivencia.",
    boilerplate=[
        "oo0oo",
        "Dirección Ejecutiva de Comunicación Social",
        "Tel. 55 9156 4997",
        "comunicacion@pjcdmx.example.mx",
        "@PJCDMX_prensa",
        "Boletín 214/2025",
    ],
    must_keep=[
        "La magistrada presidenta, Beatriz Echeverría Landa, explicó que durante 2024 los juzgados familiares recibieron 31 mil 200 demandas de alimentos, la mayoría promovidas por madres que solicitan una pensión para sus hijas e hijos.",
        "Las personas que no cuenten con internet podrán acudir a los módulos de atención ubicados en las 16 alcaldías.",
    ],
))

# ---------------------------------------------------------------- ar24 generic (BOM, mixed EOL)
write("ar24", "text", """\
El último sastre de la calle Regina<TS>

En el número 54 de la calle Regina, en el Centro Histórico, Saturnino Labastida sigue cortando trajes a mano con las mismas tijeras alemanas que le heredó su padre en 1968.

Su taller ocupa un cuarto de cuatro por cinco metros con una ventana hacia la calle peatonal. Ahí conviven una máquina de coser de pedal, un maniquí sin cabeza y rollos de casimir inglés que, asegura, ya no se consiguen en ninguna tienda de la ciudad.<TS>

Hace 30 años había once sastrerías en esta cuadra y en las dos paralelas; hoy sólo queda la suya. Las demás se convirtieron en bares, cafeterías y tiendas de ropa de segunda mano que atienden a los jóvenes que llegan los fines de semana.

“Un traje bien hecho lleva tres pruebas y casi un mes de trabajo; la gente ya no tiene paciencia para eso”, dice mientras marca con gis una solapa.

A sus 79<NB>años, Labastida confecciona unos cinco trajes al mes, casi todos para novios y para abogados que trabajan en los juzgados cercanos. Cobra entre 9<NB>mil y 14<NB>mil pesos, según la tela.

No tiene aprendices. Su hija, contadora, le lleva las cuentas, pero nadie en la familia aprendió el oficio. Cuando se le pregunta qué pasará con el taller, sólo responde que seguirá abriendo mientras le alcance la vista.
""", bom=True, eol="mixed", g=gold(
    "generic",
    title="El último sastre de la calle Regina",
    date=None,
    body_first_words="En el número 54 de la calle Regina, en el Centro Histórico,",
    body_last_words="sólo responde que seguirá abriendo mientras le alcance la vista.",
    must_keep=[
        "Hace 30 años había once sastrerías en esta cuadra y en las dos paralelas; hoy sólo queda la suya.",
        "A sus 79 años, Labastida confecciona unos cinco trajes al mes, casi todos para novios y para abogados que trabajan en los juzgados cercanos.",
    ],
))

# ---------------------------------------------------------------- ar25 jekyll (CMS B, cp1252, fecha)
write("ar25", "markdown", """\
---
title: Ecatepec reabre el Parque Estatal Sierra de Guadalupe con aforo limitado
fecha: 2020-07-15
autores: [Óscar Beltrán]
categoria: "Estado de México"
etiquetas: [Ecatepec, "nueva normalidad", parques]
medio: Puente Metropolitano
estado: publicado
---
Después de casi cuatro meses cerrado por la emergencia sanitaria, el Parque Estatal Sierra de Guadalupe reabrió sus accesos en Ecatepec con un aforo máximo de 30 por ciento y un horario reducido de 7:00 a 14:00 horas, de martes a domingo.

La comisión estatal encargada de los parques naturales informó que sólo estarán abiertos los senderos para caminata y ciclismo; las palapas, los asadores y las áreas de juegos infantiles permanecerán cerrados hasta que el semáforo epidemiológico cambie a amarillo.

En el acceso de la avenida Insurgentes, personal del parque toma la temperatura a los visitantes, aplica gel antibacterial y verifica que todos porten cubrebocas. Los grupos no pueden ser de más de cinco personas.

**Lee también:** Ecatepec suma cuatro semanas a la baja en hospitalizaciones

Corredores habituales del parque, como Lizbeth Gómez, celebraron la reapertura. “En la casa no hay espacio para hacer ejercicio y las calles de aquí no son seguras para correr”, dijo.

Guardabosques señalaron que durante el cierre disminuyeron los incendios provocados y que en algunas zonas se ha visto de nuevo a coyotes, cacomixtles y halcones, por lo que pidieron a los visitantes no salirse de los senderos marcados.

El gobierno municipal anunció que enviará patrullas a los estacionamientos de los accesos de Santa Clara, donde antes de la pandemia se reportaban robos a automovilistas.
""", enc="cp1252", g=gold(
    "jekyll",
    title="Ecatepec reabre el Parque Estatal Sierra de Guadalupe con aforo limitado",
    date="2020-07-15",
    bylines=["Óscar Beltrán"],
    source="Puente Metropolitano",
    section="Estado de México",
    body_first_words="Después de casi cuatro meses cerrado por la emergencia sanitaria, el Parque",
    body_last_words="donde antes de la pandemia se reportaban robos a automovilistas.",
    boilerplate=[
        "Lee también:",
        "Ecatepec suma cuatro semanas a la baja en hospitalizaciones",
    ],
    must_keep=[
        "Los grupos no pueden ser de más de cinco personas.",
        "Corredores habituales del parque, como Lizbeth Gómez, celebraron la reapertura.",
    ],
))

# ---------------------------------------------------------------- ar26 wire (EN VIVO label, Staff, entities)
write("ar26", "text", """\
EN VIVO
# Miles de mujeres marchan del Monumento a la Revolución al Zócalo por el 8M

Staff | Capital Digital | Publicado: 2026-03-08 17:45 (hora del centro)

(Foto: Especial)

17:40 — La cabeza del contingente principal llegó al Zócalo capitalino, donde colectivas de madres buscadoras instalaron un mural con fotografías de mujeres desaparecidas en el Estado de México y la Ciudad de México.

16:55 — Sobre avenida Juárez, un bloque de estudiantes de la UNAM y del IPN encabezó consignas contra el acoso en planteles; frente al Palacio de Bellas Artes se realizó un minuto de silencio por las víctimas de feminicidio.

16:10 — La Secretaría de Gobierno capitalina estimó en 180 mil el número de asistentes, cifra que las organizadoras consideraron &quot;muy por debajo&quot; de la realidad.

15:30 — Integrantes del bloque negro derribaron parte de las vallas metálicas colocadas frente a Palacio Nacional. Policías del agrupamiento Ateneas, integrado sólo por mujeres, se replegaron sin responder con la fuerza.

14:45 — El contingente de trabajadoras del hogar, uno de los más numerosos de este año, exigió la inscripción obligatoria al IMSS y el cumplimiento de los contratos por escrito.

14:00 — La marcha partió del Monumento a la Revolución con al menos 40&nbsp;bloques, entre ellos colectivas de Ecatepec, Nezahualcóyotl y Chimalhuacán que viajaron desde temprano en camiones rentados.

MÁS NOTICIAS
- Cierres viales en el Centro Histórico por la marcha del 8M
- Metro cierra estaciones Zócalo y Allende por afluencia
- Así fue el 8M en Toluca y Ecatepec
""", g=gold(
    "wire",
    title="Miles de mujeres marchan del Monumento a la Revolución al Zócalo por el 8M",
    date="2026-03-08",
    bylines=[],
    source="Capital Digital",
    section=None,
    body_first_words="17:40 — La cabeza del contingente principal llegó al Zócalo capitalino,",
    body_last_words="Ecatepec, Nezahualcóyotl y Chimalhuacán que viajaron desde temprano en camiones rentados.",
    boilerplate=[
        "MÁS NOTICIAS",
        "Cierres viales en el Centro Histórico por la marcha del 8M",
        "Metro cierra estaciones Zócalo y Allende por afluencia",
        "Así fue el 8M en Toluca y Ecatepec",
        "Foto: Especial",
        "EN VIVO",
    ],
    must_keep=[
        "Policías del agrupamiento Ateneas, integrado sólo por mujeres, se replegaron sin responder con la fuerza.",
        "14:45 — El contingente de trabajadoras del hogar, uno de los más numerosos de este año, exigió la inscripción obligatoria al IMSS y el cumplimiento de los contratos por escrito.",
    ],
    photo_credit="Especial",
))

# ---------------------------------------------------------------- ar27 press (Hidalgo, umbrella, no number)
write("ar27", "md", """\
GOBIERNO DEL ESTADO DE HIDALGO<TS>
Secretaría de Movilidad y Transporte

**Tuzobús suma ruta alimentadora a La Providencia y Pachuquilla**

Foto: Semot Hidalgo

Pachuca de Soto, Hgo., 6 de junio de 2018.– La Secretaría de Movilidad y Transporte del estado puso en operación la ruta alimentadora número 19 del sistema Tuzobús, que conectará los fraccionamientos La Providencia y Pachuquilla, en Mineral de la Reforma, con la estación Central de Abasto.

La ruta tendrá un recorrido de 14.8<NB>kilómetros y contará con 11 unidades de piso bajo, con capacidad para 70 pasajeros cada una, que circularán con una frecuencia de paso de entre ocho y diez minutos en horas de máxima demanda.

El titular de la dependencia, Efrén Salazar Ocampo, precisó que la tarifa será de 10 pesos con la tarjeta del sistema y que las personas estudiantes, adultas mayores y con discapacidad pagarán la mitad con la credencial vigente.<TS>

Con esta incorporación, el Tuzobús suma 19 rutas alimentadoras que atienden a cerca de 95 mil usuarios al día en Pachuca y su zona metropolitana.

Habitantes de La Providencia habían solicitado la ruta desde 2016, ya que para llegar al centro de Pachuca debían tomar dos colectivos y caminar hasta un kilómetro por calles sin banqueta.

La Secretaría informó que en las próximas semanas se instalarán 23 paraderos con techumbre y señalización a lo largo del trayecto y pidió a los usuarios reportar cualquier irregularidad en el servicio al número de WhatsApp de atención ciudadana.

---000---

Síguenos: @SemotHgo_prensa
prensa.semot@hidalgo.example.mx
""", g=gold(
    "press_release",
    title="Tuzobús suma ruta alimentadora a La Providencia y Pachuquilla",
    date="2018-06-06",
    source="Secretaría de Movilidad y Transporte",
    bulletin_number=None,
    issuer="Secretaría de Movilidad y Transporte",
    dateline_city="Pachuca de Soto",
    body_first_words="La Secretaría de Movilidad y Transporte del estado puso en operación",
    body_last_words="reportar cualquier irregularidad en el servicio al número de WhatsApp de atención ciudadana.",
    boilerplate=[
        "---000---",
        "Síguenos: @SemotHgo_prensa",
        "prensa.semot@hidalgo.example.mx",
        "Foto: Semot Hidalgo",
        "GOBIERNO DEL ESTADO DE HIDALGO",
    ],
    must_keep=[
        "Con esta incorporación, el Tuzobús suma 19 rutas alimentadoras que atienden a cerca de 95 mil usuarios al día en Pachuca y su zona metropolitana.",
        "La ruta tendrá un recorrido de 14.8 kilómetros y contará con 11 unidades de piso bajo, con capacidad para 70 pasajeros cada una, que circularán con una frecuencia de paso de entre ocho y diez minutos en horas de máxima demanda.",
    ],
    photo_credit="Semot Hidalgo",
))

# ---------------------------------------------------------------- ar28 jekyll (naive date, string categories, "Por" in author)
write("ar28", "md", """\
---
layout: post
title: "Tren Interurbano promedia 62 mil usuarios diarios tras llegar a Observatorio"
date: 2025-02-08 07:15
author: "Por Julio César Arriola"
categories: Portada Movilidad
sitio: Mexiquense Exprés
---

A un mes de que el Tren Interurbano México-Toluca comenzó a operar completo hasta la estación Observatorio, el sistema registra un promedio de 62 mil usuarios en días hábiles, informaron autoridades del transporte mexiquense.

La cifra es casi el triple de la que se reportaba cuando el tren sólo corría entre Zinacantepec y Santa Fe, aunque todavía está lejos de los 230 mil viajes diarios previstos en el proyecto original.

En la estación Lerma, los usuarios formados a las 6:30 horas coincidieron en que el tiempo de traslado se redujo hasta en una hora. “Antes me hacía dos horas y media en camión hasta Tacubaya; ahora llego en 45 minutos”, relató Diana Escamilla, enfermera en un hospital de la alcaldía Miguel Hidalgo.<TS>

Sin embargo, pasajeros se quejaron de la falta de transporte de conexión en las estaciones mexiquenses, donde las rutas de combis no tienen paraderos ordenados y cobran tarifas de hasta 25 pesos por trayectos cortos.

La tarifa del tren va de 15 a 90 pesos, según la distancia, lo que para algunos usuarios resulta elevado si se suma al costo del Metro y de otros transportes.

La Secretaría de Movilidad mexiquense adelantó que en marzo se pondrán en marcha tres rutas de autobús con tarifa preferente entre Metepec, el centro de Toluca y la estación Zinacantepec del tren.
""", eol="crlf", g=gold(
    "jekyll",
    title="Tren Interurbano promedia 62 mil usuarios diarios tras llegar a Observatorio",
    date="2025-02-08",
    bylines=["Julio César Arriola"],
    source="Mexiquense Exprés",
    section="Movilidad",
    placement=["Portada"],
    body_first_words="A un mes de que el Tren Interurbano México-Toluca comenzó a operar",
    body_last_words="entre Metepec, el centro de Toluca y la estación Zinacantepec del tren.",
    boilerplate=[],
    must_keep=[
        "La cifra es casi el triple de la que se reportaba cuando el tren sólo corría entre Zinacantepec y Santa Fe, aunque todavía está lejos de los 230 mil viajes diarios previstos en el proyecto original.",
        "La tarifa del tren va de 15 a 90 pesos, según la distancia, lo que para algunos usuarios resulta elevado si se suma al costo del Metro y de otros transportes.",
    ],
))

# ---------------------------------------------------------------- ar29 generic (setext heading, control byte)
write("ar29", "md", """\
Cierre de la Calzada de Tlalpan por la Carrera Nocturna
=======================================================

La Calzada de Tlalpan permanecerá cerrada a la circulación vehicular desde las 18:00 horas del sábado y hasta las 2:00 del domingo, entre el Periférico Sur y el Viaducto, por la realización de la Carrera Nocturna de 10 kilómetros.<SUB>

Se espera la participación de unos 25 mil corredores, que saldrán de la glorieta de Huipulco y llegarán a la explanada del Estadio Ciudad de los Deportes. Los carriles centrales se liberarán por tramos conforme avance el último grupo de participantes.

Alternativas viales sugeridas:

* Eje Central Lázaro Cárdenas y avenida División del Norte, para quienes viajan de sur a norte.
* Avenida Insurgentes Sur y Periférico, para traslados hacia el poniente.
* Eje 3 Oriente (Cafetales y Arneses) para la zona de Coapa &amp; Culhuacán.

La Línea 2 del Metro y el Tren Ligero darán servicio con horario normal, aunque las estaciones Nativitas y Portales podrían cerrar de manera temporal por afluencia.

Los vecinos que necesiten salir en automóvil durante el cierre podrán hacerlo por las calles laterales con apoyo de personal de tránsito, que estará presente en cada cruce principal.

Se recomienda a los asistentes llevar identificación, hidratarse antes de la salida y ubicar los módulos de atención médica instalados cada dos kilómetros a lo largo del recorrido.
""", g=gold(
    "generic",
    title="Cierre de la Calzada de Tlalpan por la Carrera Nocturna",
    date=None,
    body_first_words="La Calzada de Tlalpan permanecerá cerrada a la circulación vehicular desde las",
    body_last_words="módulos de atención médica instalados cada dos kilómetros a lo largo del recorrido.",
    must_keep=[
        "Los carriles centrales se liberarán por tramos conforme avance el último grupo de participantes.",
        "La Línea 2 del Metro y el Tren Ligero darán servicio con horario normal, aunque las estaciones Nativitas y Portales podrían cerrar de manera temporal por afluencia.",
    ],
))

# ---------------------------------------------------------------- ar30 bad: CMS data export (CSV)
rows = [
    "id,titulo,fecha,seccion,autor,estado,url",
    '48211,"Cierran Periférico Norte por hundimiento en Tlalnepantla",2021-08-21,Edomex,Lorena Vidal,publicado,/edomex/2021/08/21/cierran-periferico-norte',
    '48212,"Suben a 14 los casos de dengue en Iztapalapa",2021-08-21,Salud,Redacción,publicado,/salud/2021/08/21/dengue-iztapalapa',
    '48213,"Vecinos de Coyoacán frenan tala en Francisco Sosa",2021-08-21,Alcaldías,Teresa Alcocer,borrador,/alcaldias/2021/08/21/tala-francisco-sosa',
    '48214,"Metro reabre estación Tezozómoc tras falla eléctrica",2021-08-22,Movilidad,Redacción,publicado,/movilidad/2021/08/22/tezozomoc',
    '48215,"IEEM recibe 312 solicitudes de observadores electorales",2021-08-22,Política,Mauricio Peña,publicado,/politica/2021/08/22/ieem-observadores',
    '48216,"Congreso local cita a comparecer a titular de Sobse",2021-08-22,Política,Redacción,publicado,/politica/2021/08/22/comparecencia-sobse',
    '48217,"Neza instala 20 bebederos en primarias",2021-08-23,Edomex,Julio Arriola,publicado,/edomex/2021/08/23/neza-bebederos',
    '48218,"Texcoco alista Feria del Caballo con aforo reducido",2021-08-23,Cultura,Gerardo Ibarra,programado,/cultura/2021/08/23/feria-caballo',
    '48219,"CDHCM abre queja por desalojo en la Guerrero",2021-08-23,Justicia,Redacción,publicado,/justicia/2021/08/23/cdhcm-guerrero',
    '48220,"Ecobici suma 50 cicloestaciones en Azcapotzalco",2021-08-24,Movilidad,Elsa Montaño,publicado,/movilidad/2021/08/24/ecobici-azcapo',
    '48221,"Tribunal ordena reinstalar a 40 trabajadores de limpia",2021-08-24,Justicia,Saúl Benítez,publicado,/justicia/2021/08/24/reinstalan-limpia',
    '48222,"Granizada deja 30 autos varados en Viaducto",2021-08-24,Metrópoli,Redacción,publicado,/metropoli/2021/08/24/granizada-viaducto',
]
write("ar30", "txt", raw=("\r\n".join(rows) + "\r\n").encode("utf-8"),
      g=bad("es una exportación de datos (CSV del CMS), no una nota"))
