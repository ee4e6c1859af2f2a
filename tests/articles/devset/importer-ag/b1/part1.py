"""Files ag01-ag10: eight wire articles and two press releases."""
from common import write, gold, NBSP

# ag01 - wire, metropolitan daily, ## title + pipe byline, teaser glued mid-paragraph
t = f"""Metrópoli

## Cablebús Línea 3 suma 40 mil viajes diarios a un año de su apertura

Por Daniela Ortega Salcedo | El Heraldo del Valle | Ciudad de México, 8 de julio de 2025

La Línea 3 del Cablebús, que conecta Constitución de 1917 con Los Pinos, registra en promedio 40{NBSP}mil viajes diarios, de acuerdo con cifras del organismo de transporte capitalino.   

Vecinos de Álvaro Obregón consultados por este diario dijeron que el tiempo de traslado hacia el metro se redujo de una hora a 25{NBSP}minutos. Lee también: Metro de la CDMX cierra estaciones de la Línea 1 por obras de modernización. La dependencia reconoció que en horas pico las filas en la estación Vasco de Quiroga superan la media hora.

“Antes bajábamos caminando hasta Observatorio; ahora subo a la cabina con mi bicicleta”, contó Rosa Elvia Mendoza, comerciante de la colonia Jalalpa.  

Foto: Especial

La titular de la Secretaría de Movilidad anunció que en septiembre se ampliará el horario de servicio hasta las 23:00 horas los fines de semana.

Síguenos en X como @HeraldoValleMX y en Facebook para más noticias de la capital.
"""
write("ag01.md", t, gold(
    family="wire", title="Cablebús Línea 3 suma 40 mil viajes diarios a un año de su apertura",
    date="2025-07-08", bylines=["Daniela Ortega Salcedo"], source="El Heraldo del Valle",
    section="Metrópoli",
    body_first_words="La Línea 3 del Cablebús, que conecta Constitución de 1917 con Los Pinos",
    body_last_words="hasta las 23:00 horas los fines de semana.",
    boilerplate=["Lee también: Metro de la CDMX cierra estaciones de la Línea 1 por obras de modernización",
                 "Síguenos en X como @HeraldoValleMX y en Facebook para más noticias de la capital."],
    must_keep=["Vecinos de Álvaro Obregón consultados por este diario dijeron que el tiempo de traslado hacia el metro se redujo de una hora a 25 minutos.",
               "La dependencia reconoció que en horas pico las filas en la estación Vasco de Quiroga superan la media hora.",
               "La titular de la Secretaría de Movilidad anunció que en septiembre se ampliará el horario de servicio hasta las 23:00 horas los fines de semana."],
    photo_credit="Especial"))

# ag02 - wire, ALL CAPS title, agency dateline, Windows-1252 + CRLF, teaser glued at paragraph end
t = """Región
LLUVIAS DEJAN 300 VIVIENDAS AFECTADAS EN TULANCINGO
Redacción | 15/09/2025 08:40

PACHUCA, Hgo. (Agencia Altiplano).— Al menos 300 viviendas resultaron afectadas por el desbordamiento del río Chico en Tulancingo, informó la Coordinación Estatal de Protección Civil.

Las colonias más dañadas son La Cañada, Jardines del Sur y Medias Tierras, donde el agua alcanzó hasta 1.20 metros de altura. Te puede interesar | Conagua prevé más lluvias fuertes en la Huasteca hidalguense

El ayuntamiento habilitó dos albergues, uno en el auditorio municipal y otro en la primaria Benito Juárez, con capacidad para 400 personas.

“No alcanzamos a sacar nada, el agua entró en diez minutos”, relató Gilberto Ramos, vecino de La Cañada.

Protección Civil pidió a la población no cruzar vados ni puentes peatonales mientras continúe la alerta.

Con información de Protección Civil Hidalgo
"""
write("ag02.txt", t, gold(
    family="wire", title="LLUVIAS DEJAN 300 VIVIENDAS AFECTADAS EN TULANCINGO",
    date="2025-09-15", bylines=[], source="Agencia Altiplano", section="Región",
    body_first_words="Al menos 300 viviendas resultaron afectadas por el desbordamiento del río Chico",
    body_last_words="no cruzar vados ni puentes peatonales mientras continúe la alerta.",
    boilerplate=["Te puede interesar | Conagua prevé más lluvias fuertes en la Huasteca hidalguense",
                 "Con información de Protección Civil Hidalgo"],
    must_keep=["Las colonias más dañadas son La Cañada, Jardines del Sur y Medias Tierras, donde el agua alcanzó hasta 1.20 metros de altura.",
               "El ayuntamiento habilitó dos albergues, uno en el auditorio municipal y otro en la primaria Benito Juárez, con capacidad para 400 personas."]),
    enc="cp1252", eol="crlf")

# ag03 - wire, "TÍTULO:" label, "Name / Outlet" byline, teaser glued to start of first paragraph,
#         WhatsApp pitch and MÁS NOTICIAS block; UTF-8 with BOM
t = """TÍTULO: Tren Interurbano México-Toluca amplía horario en fin de semana
Laura Gpe. Castañeda / Noticias Valle de Toluca
Toluca, Estado de México, 22 de febrero de 2024

También te recomendamos: Así funcionará la Línea 5 del Mexibús. El Tren Interurbano México-Toluca ampliará su horario de operación los sábados y domingos a partir del próximo 2 de marzo, informó el organismo operador.

Con el cambio, el primer tren saldrá de la estación Zinacantepec a las 5:30 horas y el último partirá de Observatorio a las 23:30 horas.

De acuerdo con la dependencia, durante los fines de semana de enero se registraron hasta 38 mil usuarios por día, principalmente visitantes que se dirigen a la capital del país.

Usuarios de Metepec y Lerma pidieron también aumentar la frecuencia de paso, que hoy es de 10 minutos en promedio.

Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del Valle de Toluca.

MÁS NOTICIAS
- Detienen a presunto extorsionador en Metepec
- Reabren el Cosmovitral tras trabajos de mantenimiento
- Alerta por heladas en las faldas del Nevado de Toluca
"""
write("ag03.md", t, gold(
    family="wire", title="Tren Interurbano México-Toluca amplía horario en fin de semana",
    date="2024-02-22", bylines=["Laura Gpe. Castañeda"], source="Noticias Valle de Toluca",
    body_first_words="El Tren Interurbano México-Toluca ampliará su horario de operación los sábados y domingos",
    body_last_words="la frecuencia de paso, que hoy es de 10 minutos en promedio.",
    boilerplate=["También te recomendamos: Así funcionará la Línea 5 del Mexibús.",
                 "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del Valle de Toluca.",
                 "MÁS NOTICIAS",
                 "Detienen a presunto extorsionador en Metepec",
                 "Reabren el Cosmovitral tras trabajos de mantenimiento",
                 "Alerta por heladas en las faldas del Nevado de Toluca"],
    must_keep=["El Tren Interurbano México-Toluca ampliará su horario de operación los sábados y domingos a partir del próximo 2 de marzo, informó el organismo operador.",
               "Con el cambio, el primer tren saldrá de la estación Zinacantepec a las 5:30 horas y el último partirá de Observatorio a las 23:30 horas."]),
    bom=True)

# ag04 - wire, radio station website, two authors, newsletter pitch and denuncias e-mail; mixed EOL
t = f"""# Vecinos de San Andrés Cholula bloquean la Recta por falta de agua

Por Itzel Montiel y Jorge Arturo Peña | Radio Tonantzin 104.1 FM | 3 de junio de 2024

Habitantes de las colonias Concepción La Cruz y San Bernardino Tlaxcalancingo bloquearon durante cinco horas la Recta a Cholula para exigir el restablecimiento del servicio de agua potable.   

Los manifestantes aseguraron que llevan 18{NBSP}días sin recibir el suministro y que las pipas contratadas por el ayuntamiento cobran hasta 1,500 pesos por viaje.

Suscríbete a nuestro boletín y recibe cada mañana en tu correo las noticias de Puebla.

En entrevista para el noticiero matutino, el director del organismo operador explicó que una falla en dos pozos dejó sin presión la red de la zona poniente.

El bloqueo se levantó pasadas las 14:00 horas, luego de que autoridades municipales se comprometieron a enviar pipas gratuitas a partir del miércoles.

Envíanos tus denuncias a denuncias@radiotonantzin.example.mx o al WhatsApp 222 555 0148.
"""
write("ag04.text", t, gold(
    family="wire", title="Vecinos de San Andrés Cholula bloquean la Recta por falta de agua",
    date="2024-06-03", bylines=["Itzel Montiel", "Jorge Arturo Peña"], source="Radio Tonantzin 104.1 FM",
    body_first_words="Habitantes de las colonias Concepción La Cruz y San Bernardino Tlaxcalancingo bloquearon",
    body_last_words="comprometieron a enviar pipas gratuitas a partir del miércoles.",
    boilerplate=["Suscríbete a nuestro boletín y recibe cada mañana en tu correo las noticias de Puebla.",
                 "Envíanos tus denuncias a denuncias@radiotonantzin.example.mx o al WhatsApp 222 555 0148."],
    must_keep=["Los manifestantes aseguraron que llevan 18 días sin recibir el suministro y que las pipas contratadas por el ayuntamiento cobran hasta 1,500 pesos por viaje.",
               "En entrevista para el noticiero matutino, el director del organismo operador explicó que una falla en dos pozos dejó sin presión la red de la zona poniente."]),
    eol="mixed")

# ag05 - wire, plain-line title under kicker, byline with role, outlet/date line, "Relacionado:" glued mid-paragraph
t = """Seguridad
Aseguran 2 toneladas de huachicol en bodega de Texmelucan
Por Mariana Celis Robles, reportera
El Sol Poblano · 19 de noviembre de 2023

Elementos de la Guardia Nacional y de la Fiscalía General del Estado aseguraron 2 toneladas de combustible robado en una bodega de San Martín Texmelucan. Relacionado: Cae banda dedicada al robo de combustible en Puebla. Según la fiscalía, la bodega operaba desde hace al menos seis meses.

En el inmueble se encontraron 48 bidones, dos pipas sin placas y una toma clandestina conectada a un ducto de Pemex.

Foto: El Sol Poblano / Archivo

Un vecino que pidió el anonimato dijo que “todo el mundo sabía lo que pasaba ahí, pero nadie se atrevía a decir nada”.

La ‘ordeña’ de ductos en la región disminuyó 30 por ciento en el último año, de acuerdo con datos de la empresa productiva del Estado.
"""
write("ag05.md", t, gold(
    family="wire", title="Aseguran 2 toneladas de huachicol en bodega de Texmelucan",
    date="2023-11-19", bylines=["Mariana Celis Robles"], source="El Sol Poblano", section="Seguridad",
    body_first_words="Elementos de la Guardia Nacional y de la Fiscalía General del Estado aseguraron",
    body_last_words="de acuerdo con datos de la empresa productiva del Estado.",
    boilerplate=["Relacionado: Cae banda dedicada al robo de combustible en Puebla."],
    must_keep=["Elementos de la Guardia Nacional y de la Fiscalía General del Estado aseguraron 2 toneladas de combustible robado en una bodega de San Martín Texmelucan.",
               "Según la fiscalía, la bodega operaba desde hace al menos seis meses.",
               "Un vecino que pidió el anonimato dijo que “todo el mundo sabía lo que pasaba ahí, pero nadie se atrevía a decir nada”."],
    photo_credit="El Sol Poblano / Archivo"))

# ag06 - wire, Staff byline, dateline with full date opening paragraph, CRLF, stray BEL byte, app pitch
t = """Estudiantes de la UAQ diseñan prototipo para purificar agua de lluvia

Por Staff | La Voz del Bajío Queretano

QUERÉTARO, Qro., 12 de marzo de 2024 (LVBQ).— Un equipo de estudiantes de la Facultad de Ingeniería de la Universidad Autónoma de Querétaro diseñó un prototipo que capta y purifica agua de lluvia para uso doméstico.

Fotografía: Cortesía UAQ

El sistema combina filtros de arena, carbón activado y una lámpara ultravioleta alimentada por un panel solar, y su costo de fabricación es menor a 3 mil pesos.\x07

Descarga la app de La Voz del Bajío en Google Play y App Store.

Los alumnos probarán el equipo durante la temporada de lluvias en tres viviendas de la comunidad de Santa Rosa Jáuregui.

“Queremos que cualquier familia pueda armarlo con materiales de ferretería”, explicó Ximena Paredes, integrante del proyecto.
"""
write("ag06.txt", t, gold(
    family="wire", title="Estudiantes de la UAQ diseñan prototipo para purificar agua de lluvia",
    date="2024-03-12", bylines=[], source="La Voz del Bajío Queretano",
    body_first_words="Un equipo de estudiantes de la Facultad de Ingeniería de la Universidad Autónoma",
    body_last_words="materiales de ferretería”, explicó Ximena Paredes, integrante del proyecto.",
    boilerplate=["Descarga la app de La Voz del Bajío en Google Play y App Store."],
    must_keep=["Los alumnos probarán el equipo durante la temporada de lluvias en tres viviendas de la comunidad de Santa Rosa Jáuregui.",
               "“Queremos que cualquier familia pueda armarlo con materiales de ferretería”, explicó Ximena Paredes, integrante del proyecto."],
    photo_credit="Cortesía UAQ"),
    eol="crlf")

# ag07 - wire, agency byline, "LEE TAMBIÉN:" line + markdown link, denuncia e-mail pitch
t = """Estados

# Suspenden clases en 12 escuelas de Cuernavaca por ola de calor

Agencia Sur Noticias
Cuernavaca, Mor., 6 de mayo de 2024.

El Instituto de la Educación Básica del Estado de Morelos autorizó la suspensión de clases presenciales en 12 escuelas de Cuernavaca que registraron temperaturas superiores a los 38 grados en sus aulas.

LEE TAMBIÉN:
[Morelos rompe récord de temperatura en Jojutla](https://surnoticias.example.mx/morelos/record-temperatura-jojutla)

Las escuelas trabajarán a distancia durante dos semanas, mientras se instalan ventiladores y se revisa la red eléctrica de los planteles.

Padres de familia de la primaria Emiliano Zapata denunciaron que desde marzo pidieron a las autoridades atender las fallas de energía.

¿Tienes una denuncia? Escríbenos a redaccion@surnoticias.example.mx

Con información de Agencia Sur Noticias
"""
write("ag07.markdown", t, gold(
    family="wire", title="Suspenden clases en 12 escuelas de Cuernavaca por ola de calor",
    date="2024-05-06", bylines=[], source="Agencia Sur Noticias", section="Estados",
    body_first_words="El Instituto de la Educación Básica del Estado de Morelos autorizó la suspensión",
    body_last_words="pidieron a las autoridades atender las fallas de energía.",
    boilerplate=["LEE TAMBIÉN:", "Morelos rompe récord de temperatura en Jojutla",
                 "¿Tienes una denuncia? Escríbenos a redaccion@surnoticias.example.mx",
                 "Con información de Agencia Sur Noticias"],
    must_keep=["Las escuelas trabajarán a distancia durante dos semanas, mientras se instalan ventiladores y se revisa la red eléctrica de los planteles.",
               "Padres de familia de la primaria Emiliano Zapata denunciaron que desde marzo pidieron a las autoridades atender las fallas de energía."]))

# ag08 - wire, published/updated timestamps (published date counts), inline photo credit, social pitch
t = """Cultura
## Tlaxcala inaugura su primer museo de arte contemporáneo en Apizaco

Redacción Tlaxcala al Día
Publicado: 13/02/2025 19:05 | Actualizado: 14/02/2025 10:32

El Museo de Arte Contemporáneo de Apizaco abrió sus puertas en la antigua estación de ferrocarril de la ciudad, con una colección inicial de 120 obras de artistas tlaxcaltecas. (Foto: Cuartoscuro)

La rehabilitación del edificio, construido a finales del siglo XIX, costó 46 millones de pesos y tardó dos años.

Te puede interesar: Huamantla alista la Noche que Nadie Duerme

La primera exposición, “Vías”, reúne pintura, grabado y fotografía sobre la historia ferroviaria del municipio.

La entrada será gratuita los domingos y el museo abrirá de martes a domingo de 10:00 a 18:00 horas.

Sigue a Tlaxcala al Día en Instagram, TikTok y Threads: @tlaxcalaaldia
"""
write("ag08.md", t, gold(
    family="wire", title="Tlaxcala inaugura su primer museo de arte contemporáneo en Apizaco",
    date="2025-02-13", bylines=[], source="Tlaxcala al Día", section="Cultura",
    body_first_words="El Museo de Arte Contemporáneo de Apizaco abrió sus puertas en la antigua estación",
    body_last_words="abrirá de martes a domingo de 10:00 a 18:00 horas.",
    boilerplate=["Te puede interesar: Huamantla alista la Noche que Nadie Duerme",
                 "Sigue a Tlaxcala al Día en Instagram, TikTok y Threads: @tlaxcalaaldia"],
    must_keep=["La rehabilitación del edificio, construido a finales del siglo XIX, costó 46 millones de pesos y tardó dos años.",
               "La primera exposición, “Vías”, reúne pintura, grabado y fotografía sobre la historia ferroviaria del municipio."],
    photo_credit="Cuartoscuro"))

# ag09 - press release, transport agency, COMUNICADO + No. 318/2023, dateline own line, summary bullet, ---o0o---
t = """SISTEMA DE TRANSPORTE COLECTIVO METRO
COMUNICADO
No. 318/2023

Ciudad de México, 3 de mayo de 2023

EL METRO REHABILITA ESCALERAS ELÉCTRICAS EN 14 ESTACIONES DE LA LÍNEA 2

• Los trabajos concluirán en agosto y representan una inversión de 86 millones de pesos

El Sistema de Transporte Colectivo (STC) Metro informa que inició la rehabilitación integral de 52 escaleras eléctricas en 14 estaciones de la Línea 2, que corre de Cuatro Caminos a Tasqueña.

Los trabajos se realizarán en horario nocturno para no afectar la operación, por lo que durante el día las escaleras en mantenimiento permanecerán acordonadas.

El organismo recomienda a las personas usuarias con movilidad reducida utilizar los elevadores disponibles en las estaciones Zócalo/Tenochtitlan, Chabacano y Tasqueña.

---o0o---

Coordinación de Comunicación Social
Tel. 55 5709 8800 ext. 4410
comunicacion@stc.example.gob.mx
"""
write("ag09.txt", t, gold(
    family="press_release", title="EL METRO REHABILITA ESCALERAS ELÉCTRICAS EN 14 ESTACIONES DE LA LÍNEA 2",
    date="2023-05-03", source="SISTEMA DE TRANSPORTE COLECTIVO METRO",
    bulletin_number="318/2023", issuer="SISTEMA DE TRANSPORTE COLECTIVO METRO", dateline_city="Ciudad de México",
    body_first_words="Los trabajos concluirán en agosto y representan una inversión de 86 millones de pesos",
    body_last_words="en las estaciones Zócalo/Tenochtitlan, Chabacano y Tasqueña.",
    boilerplate=["---o0o---", "Tel. 55 5709 8800 ext. 4410", "comunicacion@stc.example.gob.mx"],
    must_keep=["El Sistema de Transporte Colectivo (STC) Metro informa que inició la rehabilitación integral de 52 escaleras eléctricas en 14 estaciones de la Línea 2, que corre de Cuatro Caminos a Tasqueña.",
               "Los trabajos se realizarán en horario nocturno para no afectar la operación, por lo que durante el día las escaleras en mantenimiento permanecerán acordonadas."]))

# ag10 - press release, state government, Comunicado 071/2024, dateline opening first paragraph, -oOo-; cp1252 CRLF
t = """GOBIERNO DEL ESTADO DE PUEBLA
Comunicado 071/2024

Entregan 1,200 tabletas a telebachilleratos de la Sierra Norte

Puebla, Pue., 5 de febrero de 2024.- La Secretaría de Educación del estado entregó mil 200 tabletas electrónicas a estudiantes de 34 telebachilleratos comunitarios de la Sierra Norte.

Los equipos cuentan con contenidos precargados para trabajar sin conexión a internet, ya que la mayoría de los planteles se ubica en localidades sin cobertura.

Durante la entrega en Zacapoaxtla, el titular de la dependencia señaló que en el segundo semestre se sumarán 18 planteles de la Mixteca.

-oOo-

Comunicación Social SEP Puebla
Tel. 222 555 0190 ext. 1240
Facebook: /SEPueblaEjemplo · X: @SEPueblaEjemplo
"""
write("ag10.txt", t, gold(
    family="press_release", title="Entregan 1,200 tabletas a telebachilleratos de la Sierra Norte",
    date="2024-02-05", source="GOBIERNO DEL ESTADO DE PUEBLA",
    bulletin_number="071/2024", issuer="GOBIERNO DEL ESTADO DE PUEBLA", dateline_city="Puebla",
    body_first_words="La Secretaría de Educación del estado entregó mil 200 tabletas electrónicas",
    body_last_words="en el segundo semestre se sumarán 18 planteles de la Mixteca.",
    boilerplate=["-oOo-", "Comunicación Social SEP Puebla", "Tel. 222 555 0190 ext. 1240",
                 "Facebook: /SEPueblaEjemplo · X: @SEPueblaEjemplo"],
    must_keep=["Los equipos cuentan con contenidos precargados para trabajar sin conexión a internet, ya que la mayoría de los planteles se ubica en localidades sin cobertura.",
               "Durante la entrega en Zacapoaxtla, el titular de la dependencia señaló que en el segundo semestre se sumarán 18 planteles de la Mixteca."]),
    enc="cp1252", eol="crlf")
