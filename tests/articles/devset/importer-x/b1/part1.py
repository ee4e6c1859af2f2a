"""Files x01-x10 of set b1."""
from common import gold, bad

NB = '\u00a0'
FILES = []

# x01 - wire, Crónica Fronteriza (Ciudad Juárez, Chihuahua) ----------------------------
FILES.append(dict(name='x01_cronica_fronteriza_luminarias', ext='md', enc='utf-8', eol='lf', text=f"""\
## Instalan 120 luminarias LED en colonias del suroriente de Juárez

Por: Héctor Manuel Saucedo Ríos / Crónica Fronteriza
12 de septiembre de 2023

Foto: Crónica Fronteriza / Archivo

CIUDAD JUÁREZ, Chih. (Crónica Fronteriza).— Cuadrillas de la Dirección de Alumbrado Público concluyeron la instalación de 120 luminarias con tecnología LED en las colonias Parajes del Sur, Riberas del Bravo y Urbivilla del Cedro, donde los vecinos habían reportado calles a oscuras desde hace más de un año.

El director del área, Rogelio Tarango Beltrán, explicó que la inversión fue de 3.4{NB}millones de pesos y que cada lámpara consume hasta 60 por ciento menos energía que las de vapor de sodio que se retiraron. Las nuevas unidades cuentan con fotocelda, por lo que se encienden de manera automática al caer la tarde. Lee también: Reabren el paso peatonal del puente Santa Fe tras tres semanas de obras

Vecinos de Riberas del Bravo señalaron que la falta de luz facilitaba los robos a casa habitación y que las estudiantes de la secundaria técnica caminaban en grupo para llegar a la parada del camión. “Ya se puede salir a la tienda después de las ocho”, comentó Guadalupe Ontiveros, habitante de la calle Paseo del Río.

La dependencia informó que la segunda etapa del programa contempla otras 300 luminarias para el sector Aeropuerto, con una inversión similar, y que los reportes de lámparas fundidas pueden hacerse en la línea municipal 656{NB}555{NB}0100 o en la aplicación del Gobierno municipal.

Síguenos en Facebook e Instagram como @CronicaFronteriza
""", gold=gold(
    'wire', 'Instalan 120 luminarias LED en colonias del suroriente de Juárez', '2023-09-12',
    'Cuadrillas de la Dirección de Alumbrado Público concluyeron',
    'o en la aplicación del Gobierno municipal.',
    bylines=['Héctor Manuel Saucedo Ríos'], source='Crónica Fronteriza',
    boilerplate=['CIUDAD JUÁREZ, Chih. (Crónica Fronteriza).—',
                 'Lee también: Reabren el paso peatonal del puente Santa Fe tras tres semanas de obras',
                 'Síguenos en Facebook e Instagram como @CronicaFronteriza',
                 'Foto: Crónica Fronteriza / Archivo',
                 'Por: Héctor Manuel Saucedo Ríos'],
    must_keep=['Las nuevas unidades cuentan con fotocelda, por lo que se encienden de manera automática al caer la tarde.',
               'Cuadrillas de la Dirección de Alumbrado Público concluyeron la instalación de 120 luminarias con tecnología LED en las colonias Parajes del Sur, Riberas del Bravo y Urbivilla del Cedro, donde los vecinos habían reportado calles a oscuras desde hace más de un año.'],
    photo_credit='Crónica Fronteriza / Archivo')))

# x02 - press release, Ayuntamiento de Irapuato (Guanajuato), municipality -------------
FILES.append(dict(name='x02_ayto_irapuato_mercado', ext='md', enc='utf-8', eol='lf', text="""\
H. AYUNTAMIENTO DE IRAPUATO
Dirección General de Comunicación Social

Boletín 0457

# INICIA REHABILITACIÓN INTEGRAL DEL MERCADO HIDALGO

* **Los trabajos durarán cinco meses y el mercado no cerrará**
* **Se sustituirán las instalaciones eléctricas, hidráulicas y sanitarias**

Irapuato, Guanajuato, 3 de mayo de 2023.- La presidencia municipal dio el banderazo de arranque a la rehabilitación integral del Mercado Hidalgo, uno de los centros de abasto más antiguos de la ciudad, con una inversión de 18 millones de pesos provenientes de recursos municipales y estatales.

La directora de Obra Pública, Ingrid Maldonado Zárate, detalló que el proyecto incluye la sustitución completa de las instalaciones eléctricas, hidráulicas y sanitarias, la impermeabilización de la losa y la renovación de los 212 locales de la nave principal. Los trabajos se realizarán por etapas para que los comerciantes no suspendan sus ventas.

“Durante cincuenta años este mercado no había recibido una intervención de fondo; hoy los locatarios tendrán instalaciones seguras y dignas”, afirmó la funcionaria durante el recorrido con representantes de la Unión de Comerciantes.

Los locatarios serán reubicados de manera temporal en el estacionamiento norte, donde se instalaron toldos, tomas de luz y sanitarios provisionales. La calle Juárez permanecerá abierta a la circulación, aunque se habilitará una zona de carga y descarga de 6:00 a 9:00 horas.

El Ayuntamiento informó que la obra será supervisada por un comité ciudadano integrado por cinco comerciantes y dos vecinos de la zona centro, quienes recibirán reportes quincenales del avance físico y financiero.

---o0o---

Dirección General de Comunicación Social
Tel. 462 555 0147 ext. 2203
comunicacion@irapuato-gob.example
Facebook: /GobiernoIrapuatoEjemplo | X: @IrapuatoGobEj
""", gold=gold(
    'press_release', 'INICIA REHABILITACIÓN INTEGRAL DEL MERCADO HIDALGO', '2023-05-03',
    'La presidencia municipal dio el banderazo de arranque',
    'reportes quincenales del avance físico y financiero.',
    source='Ayuntamiento de Irapuato', bulletin_number='0457',
    issuer='Ayuntamiento de Irapuato', dateline_city='Irapuato',
    boilerplate=['H. AYUNTAMIENTO DE IRAPUATO', 'Boletín 0457',
                 'Irapuato, Guanajuato, 3 de mayo de 2023.-',
                 'Los trabajos durarán cinco meses y el mercado no cerrará',
                 '---o0o---', 'Tel. 462 555 0147 ext. 2203',
                 'comunicacion@irapuato-gob.example', 'X: @IrapuatoGobEj'],
    must_keep=['Los trabajos se realizarán por etapas para que los comerciantes no suspendan sus ventas.',
               'El Ayuntamiento informó que la obra será supervisada por un comité ciudadano integrado por cinco comerciantes y dos vecinos de la zona centro, quienes recibirán reportes quincenales del avance físico y financiero.'])))

# x03 - Jekyll, El Faro Hidrocálido (Aguascalientes) ----------------------------------
FILES.append(dict(name='x03_faro_hidrocalido_alameda', ext='md', enc='utf-8', eol='lf', text="""\
---
layout: post
title: "Reabren la Alameda tras ocho meses de obras; suma pista de trote y luminarias"
date: 2023-06-14
author: Mariana Esquivel Loera
source: El Faro Hidrocálido
categories: [Portada, Ciudad]
tags: [Alameda, espacios públicos, obra pública]
image: /assets/img/2023/alameda-reapertura.jpg
---

Después de ocho meses cerrada, la Alameda de la ciudad de Aguascalientes volvió a abrir sus puertas este miércoles con una pista de trote de 1.3 kilómetros, 96 luminarias nuevas, bebederos y un área de juegos incluyentes para niñas y niños con discapacidad.

La rehabilitación costó 27 millones de pesos y fue financiada con recursos del municipio y del programa estatal de espacios públicos. De acuerdo con la Secretaría de Obras Públicas municipal, se plantaron 340 árboles de especies nativas, entre ellos mezquites, huizaches y fresnos, y se recuperó el sistema de riego que llevaba años sin funcionar.

<!--more-->

Durante la reapertura, decenas de familias recorrieron los andadores desde temprano. Don Refugio Macías, quien camina en la Alameda desde hace cuarenta años, dijo que el cambio más notorio es la iluminación: "Antes a las siete de la tarde ya nadie se animaba a pasar por aquí".

El parque abrirá todos los días de 6:00 a 22:00 horas. Las autoridades pidieron a los visitantes no ingresar con mascotas sin correa y usar los contenedores de separación de residuos instalados junto a cada acceso.

Los comerciantes ambulantes que trabajaban en la zona serán reubicados en un corredor con 24 módulos sobre una calle lateral, cuya asignación se hará por sorteo la próxima semana.

{% include compartir.html %}
""", gold=gold(
    'jekyll', 'Reabren la Alameda tras ocho meses de obras; suma pista de trote y luminarias', '2023-06-14',
    'Después de ocho meses cerrada, la Alameda',
    'se hará por sorteo la próxima semana.',
    bylines=['Mariana Esquivel Loera'], source='El Faro Hidrocálido',
    section='Ciudad', placement=['Portada'],
    boilerplate=['<!--more-->', '{% include compartir.html %}', 'layout: post'],
    must_keep=['El parque abrirá todos los días de 6:00 a 22:00 horas.'])))

# x04 - wire, Voz del Mayab Noticias (Mérida, Yucatán) ---------------------------------
FILES.append(dict(name='x04_voz_del_mayab_calor_escuelas', ext='txt', enc='utf-8-sig', eol='crlf', text="""\
ALERTA POR CALOR
SUSPENDEN ACTIVIDADES AL AIRE LIBRE EN ESCUELAS
DE YUCATÁN POR LA OLA DE CALOR
Voz del Mayab Noticias | 08/05/2023

Te puede interesar | Vinculan a proceso a exfuncionario de Progreso por desvío de recursos
Las escuelas de educación básica de Yucatán suspenderán a partir de este martes las clases de educación física, los honores a la bandera en el patio y cualquier actividad al aire libre entre las 11:00 y las 16:00 horas, ante las temperaturas de hasta 43 grados que se esperan durante la semana.

La medida fue anunciada por la Secretaría de Educación estatal luego de que en la última semana se registraran 17 casos de golpe de calor en planteles de Mérida, Tizimín y Valladolid, ninguno de gravedad. Los directivos deberán garantizar el acceso a agua potable y permitir que los alumnos asistan con gorra o sombrero.

Madres y padres de familia de la colonia Francisco de Montejo señalaron que varias aulas no cuentan con ventiladores funcionales. "Los niños salen empapados de sudor y con dolor de cabeza", relató Mirna Dzib, cuyo hijo cursa el cuarto grado.

La Secretaría de Salud recomendó evitar la exposición al sol en las horas de mayor radiación, consumir al menos dos litros de agua al día y vigilar a personas mayores y a menores de cinco años. Ante síntomas como mareo, piel seca o confusión, se debe acudir de inmediato a la unidad médica más cercana.

La suspensión se mantendrá vigente hasta que las autoridades meteorológicas den por concluida la onda de calor.

Texto: Ana Lucía Chan Pech y Jorge Alberto Itzá Canul

MÁS NOTICIAS
- Cierran temporalmente el cenote Sac Ha' por mantenimiento
- Abren convocatoria para becas deportivas en Kanasín
- Reportan saldo blanco en la Noche Blanca de Mérida

Únete a nuestro canal de WhatsApp y recibe las noticias de Yucatán al momento: wa.example/vozdelmayab
""", gold=gold(
    'wire', 'SUSPENDEN ACTIVIDADES AL AIRE LIBRE EN ESCUELAS DE YUCATÁN POR LA OLA DE CALOR', '2023-05-08',
    'Las escuelas de educación básica de Yucatán suspenderán',
    'den por concluida la onda de calor.',
    bylines=['Ana Lucía Chan Pech', 'Jorge Alberto Itzá Canul'], source='Voz del Mayab Noticias',
    boilerplate=['ALERTA POR CALOR',
                 'Te puede interesar | Vinculan a proceso a exfuncionario de Progreso por desvío de recursos',
                 'Voz del Mayab Noticias | 08/05/2023',
                 'Texto: Ana Lucía Chan Pech y Jorge Alberto Itzá Canul',
                 'MÁS NOTICIAS',
                 "Cierran temporalmente el cenote Sac Ha' por mantenimiento",
                 'Abren convocatoria para becas deportivas en Kanasín',
                 'Reportan saldo blanco en la Noche Blanca de Mérida',
                 'Únete a nuestro canal de WhatsApp'],
    must_keep=['Las escuelas de educación básica de Yucatán suspenderán a partir de este martes las clases de educación física, los honores a la bandera en el patio y cualquier actividad al aire libre entre las 11:00 y las 16:00 horas, ante las temperaturas de hasta 43 grados que se esperan durante la semana.',
               'La suspensión se mantendrá vigente hasta que las autoridades meteorológicas den por concluida la onda de calor.'])))

# x05 - press release, Secretaría de Educación de Tamaulipas (state secretariat) --------
FILES.append(dict(name='x05_set_tamaulipas_regreso_clases', ext='txt', enc='cp1252', eol='crlf', text="""\
GOBIERNO DE TAMAULIPAS
SECRETARÍA DE EDUCACIÓN DE TAMAULIPAS
COMUNICADO No. SET-112/2023

Cd. Victoria, Tam., 28 de agosto de 2023.

REGRESAN A LAS AULAS 612 MIL ALUMNOS DE EDUCACIÓN BÁSICA; ARRANCA PROGRAMA DE DESAYUNOS CALIENTES

Un total de 612 mil niñas, niños y adolescentes de preescolar, primaria y secundaria regresaron este lunes a las aulas en los 43 municipios del estado, con el inicio del ciclo escolar 2023-2024.

La Secretaría de Educación de Tamaulipas informó que 4 mil 380 planteles abrieron sus puertas, de los cuales 212 recibieron durante el verano trabajos de impermeabilización, cambio de cableado eléctrico y rehabilitación de sanitarios. Otros 35 inmuebles continúan en obra y sus alumnos tomarán clases en aulas provisionales durante las primeras dos semanas.

El titular de la dependencia encabezó el acto de inicio en la escuela primaria Miguel Hidalgo, en la colonia Mainero, donde anunció que el programa de desayunos calientes llegará este año a 900 escuelas de zonas rurales y colonias con alta marginación, el doble que en el ciclo anterior.

Asimismo, recordó que la inscripción en escuelas públicas es gratuita y que ninguna institución puede condicionar la entrega de documentos o la permanencia de los estudiantes al pago de cuotas. Las madres y padres que enfrenten cobros indebidos pueden reportarlos en la supervisión escolar de su zona.

Finalmente, se informó que los libros de texto gratuitos ya fueron entregados en el 97 por ciento de los planteles y que el resto los recibirá antes del viernes 1 de septiembre.

---000---

Unidad de Comunicación Social
Secretaría de Educación de Tamaulipas
Tel. (834) 555 0126 | prensa.set@educacion-tam.example
""", gold=gold(
    'press_release', 'REGRESAN A LAS AULAS 612 MIL ALUMNOS DE EDUCACIÓN BÁSICA; ARRANCA PROGRAMA DE DESAYUNOS CALIENTES',
    '2023-08-28',
    'Un total de 612 mil niñas, niños y adolescentes',
    'el resto los recibirá antes del viernes 1 de septiembre.',
    source='Secretaría de Educación de Tamaulipas', bulletin_number='SET-112/2023',
    issuer='Secretaría de Educación de Tamaulipas', dateline_city='Cd. Victoria',
    boilerplate=['GOBIERNO DE TAMAULIPAS', 'COMUNICADO No. SET-112/2023',
                 'Cd. Victoria, Tam., 28 de agosto de 2023.', '---000---',
                 'Unidad de Comunicación Social', 'Tel. (834) 555 0126',
                 'prensa.set@educacion-tam.example'],
    must_keep=['Las madres y padres que enfrenten cobros indebidos pueden reportarlos en la supervisión escolar de su zona.'])))

# x06 - generic note (Cuernavaca, Morelos) ---------------------------------------------
FILES.append(dict(name='x06_nota_cuernavaca_bicicletas', ext='txt', enc='utf-8', eol='lf', trail=True, text="""\
Cuernavaca estrena sistema de bicicletas de préstamo en el centro
Publicado: 12 de julio de 2023

Desde este miércoles, quienes recorran el centro de Cuernavaca podrán usar de manera gratuita alguna de las 150 bicicletas del nuevo sistema de préstamo, distribuidas en diez estaciones entre el Jardín Borda, el Palacio de Cortés y la zona de Gualupita.

Para utilizarlas basta con registrarse una sola vez en el módulo de la plaza de Armas con una identificación oficial y un comprobante de domicilio. Cada préstamo dura un máximo de 45 minutos y se puede renovar tras quince minutos de espera. El horario de servicio es de 7:00 a 20:00 horas de lunes a domingo.

Los promotores del proyecto explicaron que la ubicación de las estaciones se definió con encuestas aplicadas a estudiantes, comerciantes y trabajadores del primer cuadro, quienes pidieron opciones para moverse sin auto en calles con pendientes moderadas. Por esa razón, 40 de las unidades cuentan con asistencia eléctrica.

Algunos ciclistas urbanos señalaron que todavía faltan carriles confinados en avenida Morelos y en la calle Galeana, donde el tránsito de transporte público es intenso. También pidieron instalar más señalización para que los automovilistas respeten el metro y medio de distancia al rebasar.

Si el esquema funciona durante los primeros seis meses, se prevé ampliarlo a la colonia Chapultepec y a la zona de hospitales con otras 80 bicicletas.
""", gold=gold(
    'generic', 'Cuernavaca estrena sistema de bicicletas de préstamo en el centro', '2023-07-12',
    'Desde este miércoles, quienes recorran el centro de Cuernavaca',
    'zona de hospitales con otras 80 bicicletas.',
    boilerplate=['Publicado: 12 de julio de 2023'],
    must_keep=['Por esa razón, 40 de las unidades cuentan con asistencia eléctrica.'])))

# x07 - Jekyll, no site key (Zacatecas) ------------------------------------------------
FILES.append(dict(name='x07_jekyll_zacatecas_cantera_sonora', ext='markdown', enc='utf-8', eol='crlf', text="""\
---
layout: nota
title: Festival Cantera Sonora llenará de música el centro histórico de Zacatecas
date: 2022-11-03 23:45:00 -0600
author: "Por: Rodrigo Almanza Félix"
categories:
  - Destacadas
  - Cultura
tags:
  - festival
  - música
  - centro histórico
published: yes
---

Del 10 al 20 de noviembre, el centro histórico de Zacatecas será sede de la tercera edición del Festival Cantera Sonora, que reunirá a 60 agrupaciones de banda sinfónica, tamborazo, jazz y música de cámara en plazas, templos y callejones de la capital.

La organización informó que todas las presentaciones serán gratuitas y que el escenario principal se instalará en la Plaza de Armas, con funciones a partir de las 19:00 horas. El programa completo puede consultarse en los módulos de información turística de la avenida Hidalgo.

{% include galeria.html id="cantera-sonora-2022" %}

Entre las novedades de este año destaca un ciclo de conciertos en el mercado González Ortega y un taller de lutería para jóvenes de Guadalupe, Fresnillo y Jerez, quienes construirán violines con maderas recuperadas de la región.

El comité estimó una derrama económica cercana a 35 millones de pesos y una ocupación hotelera superior al 80 por ciento durante los fines de semana del festival. Restauranteros del centro adelantaron que ampliarán sus horarios hasta la medianoche.

Por seguridad, la calle Tacuba permanecerá cerrada al tránsito vehicular a partir de las 17:00 horas los días de concierto, y se habilitarán estacionamientos provisionales en la Alameda y en el antiguo cuartel.

*Foto: Cortesía del comité organizador*
""", gold=gold(
    'jekyll', 'Festival Cantera Sonora llenará de música el centro histórico de Zacatecas', '2022-11-03',
    'Del 10 al 20 de noviembre, el centro histórico',
    'en la Alameda y en el antiguo cuartel.',
    bylines=['Rodrigo Almanza Félix'], section='Cultura', placement=['Destacadas'],
    boilerplate=['{% include galeria.html id="cantera-sonora-2022" %}',
                 'Foto: Cortesía del comité organizador', 'Por: Rodrigo Almanza Félix'],
    must_keep=['El programa completo puede consultarse en los módulos de información turística de la avenida Hidalgo.'],
    photo_credit='Cortesía del comité organizador')))

# x08 - bad: front matter with no body -------------------------------------------------
FILES.append(dict(name='x08_solo_front_matter', ext='md', enc='utf-8', eol='lf', text="""\
---
layout: post
title: "Inauguran biblioteca pública en Rioverde"
date: 2021-03-09 10:00:00 -0600
author: Carmen Ledesma Torres
categories: [Cultura]
tags: [bibliotecas, lectura]
---


   
""", gold=bad('El archivo solo contiene el encabezado de metadatos (front matter) y no tiene cuerpo de texto que importar.')))

# x09 - wire, Pulso Oaxaqueño Digital (Oaxaca) -----------------------------------------
FILES.append(dict(name='x09_pulso_oaxaqueno_guelaguetza', ext='markdown', enc='cp1252', eol='lf', text=f"""\
**Guelaguetza 2022: esperan 40 mil visitantes en los Lunes del Cerro**

*La ocupación hotelera en la capital podría superar el 90 por ciento, según empresarios del ramo*

Redacción / Pulso Oaxaqueño Digital
Oaxaca de Juárez, Oax., 18 de julio de 2022

La capital oaxaqueña se prepara para recibir a unos 40{NB}mil visitantes durante los dos Lunes del Cerro de la Guelaguetza, que se celebrarán el 25 de julio y el 1 de agosto en el auditorio del cerro del Fortín, de acuerdo con estimaciones de la Secretaría de Turismo estatal.

Representantes de la asociación local de hoteles y moteles señalaron que las reservaciones para la última semana de julio ya superan el 85 por ciento y podrían llegar al 90 en los días de las presentaciones. Los hospedajes del Centro Histórico y de Jalatlaco son los más solicitados.

También te recomendamos: Así puedes obtener boletos para la Guelaguetza sin intermediarios

Este año participarán 16 delegaciones de las ocho regiones del estado. Las autoridades reiteraron que los boletos para las gradas A y B solo se venden en los módulos oficiales y en la plataforma estatal, y pidieron no comprarlos en redes sociales para evitar fraudes.

Para facilitar los traslados, funcionará un sistema de transporte gratuito desde el Paseo Juárez El Llano hasta el estacionamiento del auditorio, con salidas cada diez minutos a partir de las 6:00{NB}horas.

Prestadores de servicios del mercado 20 de Noviembre adelantaron que reforzarán su personal para atender la demanda de tlayudas, mole y chocolate, platillos que, afirman, son los más buscados por el turismo nacional.

Con información de Ana Karen Ruiz Matus

Etiquetas: Guelaguetza, turismo, Oaxaca de Juárez

Foto: Especial
""", gold=gold(
    'wire', 'Guelaguetza 2022: esperan 40 mil visitantes en los Lunes del Cerro', '2022-07-18',
    'La capital oaxaqueña se prepara para recibir',
    'los más buscados por el turismo nacional.',
    source='Pulso Oaxaqueño Digital',
    boilerplate=['Redacción / Pulso Oaxaqueño Digital',
                 'También te recomendamos: Así puedes obtener boletos para la Guelaguetza sin intermediarios',
                 'Con información de Ana Karen Ruiz Matus',
                 'Etiquetas: Guelaguetza, turismo, Oaxaca de Juárez',
                 'Foto: Especial'],
    must_keep=['Los hospedajes del Centro Histórico y de Jalatlaco son los más solicitados.',
               'Este año participarán 16 delegaciones de las ocho regiones del estado.'],
    photo_credit='Especial')))

# x10 - press release, Congreso del Estado de Michoacán (congress) ---------------------
FILES.append(dict(name='x10_congreso_michoacan_cuidadoras', ext='md', enc='utf-8-sig', eol='lf', text="""\
H. CONGRESO DEL ESTADO DE MICHOACÁN DE OCAMPO
LXXV Legislatura
Comunicado No. 0214

**Aprueba el Pleno crear el Registro Estatal de Personas Cuidadoras**

**-** La reforma fue respaldada con 36 votos a favor y ninguno en contra
**-** El registro deberá operar a partir de enero de 2025

Morelia, Mich., a 14 de marzo de 2024.- Con 36 votos a favor, ninguno en contra y cero abstenciones, el Pleno de la Septuagésima Quinta Legislatura aprobó reformas a la Ley de Asistencia Social del Estado para crear el Registro Estatal de Personas Cuidadoras, que permitirá identificar a quienes atienden sin pago a personas con discapacidad, con enfermedades crónicas o adultas mayores.

El dictamen, elaborado por la Comisión de Igualdad Sustantiva y de Género, establece que el registro estará a cargo del Sistema DIF estatal y que sus datos servirán para diseñar programas de capacitación, apoyo psicológico y acceso preferente a servicios de salud.

La diputada presidenta de la comisión, Yolanda Cervantes Ayala, señaló que en Michoacán más de 180 mil personas, en su mayoría mujeres, dedican en promedio 28 horas a la semana a labores de cuidado. "Es un trabajo que sostiene a miles de familias y que hasta ahora no aparecía en ninguna política pública", expresó desde la tribuna.

La reforma obliga además a los ayuntamientos a designar un enlace municipal para orientar a las personas cuidadoras sobre el trámite de inscripción, que será gratuito y podrá realizarse en línea.

El decreto será enviado al Poder Ejecutivo para su publicación en el Periódico Oficial del Estado.

-oOo-

Coordinación de Comunicación Social
comunicacion@congreso-mich.example
X: @CongresoMichEj | Facebook: Congreso Michoacán Ejemplo
""", gold=gold(
    'press_release', 'Aprueba el Pleno crear el Registro Estatal de Personas Cuidadoras', '2024-03-14',
    'Con 36 votos a favor, ninguno en contra',
    'en el Periódico Oficial del Estado.',
    source='Congreso del Estado de Michoacán de Ocampo', bulletin_number='0214',
    issuer='Congreso del Estado de Michoacán de Ocampo', dateline_city='Morelia',
    boilerplate=['H. CONGRESO DEL ESTADO DE MICHOACÁN DE OCAMPO', 'Comunicado No. 0214',
                 'Morelia, Mich., a 14 de marzo de 2024.-',
                 'La reforma fue respaldada con 36 votos a favor y ninguno en contra',
                 '-oOo-', 'Coordinación de Comunicación Social',
                 'comunicacion@congreso-mich.example', 'X: @CongresoMichEj'],
    must_keep=['El decreto será enviado al Poder Ejecutivo para su publicación en el Periódico Oficial del Estado.'])))
