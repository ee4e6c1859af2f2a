"""Files x11-x20 of set b1."""
from common import gold, bad

NB = '\u00a0'
FILES = []

# x11 - Jekyll, Pachuca en Línea (Hidalgo); day-first date, status: draft ---------------
FILES.append(dict(name='x11_pachuca_en_linea_medio_maraton', ext='md', enc='utf-8', eol='lf', text="""\
---
layout: post
title: 'Más de 4 mil corredores participarán en el Medio Maratón de la Bella Airosa'
date: 23/04/2019
author: Brenda Islas Cortés
outlet: Pachuca en Línea
category: Deportes
tags: [atletismo, Pachuca, medio maratón]
status: draft
---

Un total de 4 mil 200 corredores de 18 estados del país y de Kenia y Etiopía se inscribieron en la octava edición del Medio Maratón de la Bella Airosa, que se correrá el domingo 28 de abril con salida en la Plaza Independencia de Pachuca, a los pies del Reloj Monumental.

El recorrido de 21 kilómetros atravesará el bulevar Felipe Ángeles, la avenida Juárez y el bulevar Colosio, con un tramo de ascenso hacia la zona de Santa Julia que los organizadores consideran el más exigente. La bolsa total de premios asciende a 480 mil pesos.

Por la altitud de la ciudad, superior a los 2 mil 400 metros, el comité médico recomendó a los participantes llegar con al menos dos días de anticipación para aclimatarse y mantenerse hidratados. Habrá ocho puestos de abastecimiento y dos ambulancias en ruta.

La Secretaría de Seguridad Pública municipal informó que los cierres viales comenzarán a las 5:30 horas y se levantarán de forma escalonada conforme avance la competencia. Las rutas de transporte que circulan por el centro tendrán desvíos por la calle Guerrero.

La entrega de paquetes se realizará el viernes y el sábado en el Centro Deportivo Revolución, de 10:00 a 19:00 horas, con identificación oficial y comprobante de inscripción.
""", gold=gold(
    'jekyll', 'Más de 4 mil corredores participarán en el Medio Maratón de la Bella Airosa', '2019-04-23',
    'Un total de 4 mil 200 corredores',
    'con identificación oficial y comprobante de inscripción.',
    published=False, bylines=['Brenda Islas Cortés'], source='Pachuca en Línea', section='Deportes',
    boilerplate=['status: draft', 'outlet: Pachuca en Línea'],
    must_keep=['Habrá ocho puestos de abastecimiento y dos ambulancias en ruta.'])))

# x12 - wire, Atalaya del Golfo (Coatzacoalcos, Veracruz); WordPress leftovers ---------
FILES.append(dict(name='x12_atalaya_del_golfo_malecon', ext='md', enc='utf-8', eol='mixed', text="""\
<!-- wp:heading -->
## Rehabilitarán el malecón costero de Coatzacoalcos en tres etapas
<!-- /wp:heading -->

Rosa Elena Cruz Domínguez | Atalaya del Golfo | Coatzacoalcos, Ver.
Martes 7 de noviembre de 2023

[caption id="attachment_4512" align="aligncenter" width="800"]Foto: Atalaya del Golfo / Archivo[/caption]

<!-- wp:paragraph -->
Relacionado: Pescadores de Villa Allende piden apoyo tras el paso del frente frío. La rehabilitación del malecón costero de Coatzacoalcos arrancará a finales de noviembre y se realizará en tres etapas para no cerrar por completo el principal paseo de la ciudad, informó la Dirección de Obras Públicas municipal.
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
La primera fase comprende 1.2 kilómetros, desde la desembocadura del río hasta la altura de la avenida Zaragoza, e incluye la sustitución del barandal oxidado, nuevas banquetas de concreto estampado y 80 luminarias resistentes a la salinidad. El presupuesto de esta etapa es de 46 millones de pesos.
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
Comerciantes de mariscos y de artesanías que se instalan los fines de semana pidieron ser tomados en cuenta. "Aquí vendemos desde hace veinte años; queremos saber dónde nos van a poner mientras trabajan", dijo Marisela Toledo, quien ofrece cocteles frente a la playa.
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
El director de Obras Públicas, Abraham Lara Ventura, aseguró que se habilitará una zona provisional para los vendedores y que los trabajos se harán por tramos de 300 metros. Las etapas dos y tres, que llegarán hasta el puerto de cabotaje, se licitarán el próximo año.
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
Protección Civil recordó que durante la temporada de frentes fríos está prohibido ingresar al mar cuando la bandera roja esté izada.
<!-- /wp:paragraph -->

Envíanos tus denuncias y fotografías a denuncias@atalayadelgolfo.example
""", gold=gold(
    'wire', 'Rehabilitarán el malecón costero de Coatzacoalcos en tres etapas', '2023-11-07',
    'La rehabilitación del malecón costero de Coatzacoalcos arrancará',
    'cuando la bandera roja esté izada.',
    bylines=['Rosa Elena Cruz Domínguez'], source='Atalaya del Golfo',
    boilerplate=['<!-- wp:paragraph -->', '<!-- /wp:paragraph -->', '<!-- wp:heading -->',
                 '[caption id="attachment_4512" align="aligncenter" width="800"]',
                 '[/caption]', 'Foto: Atalaya del Golfo / Archivo',
                 'Relacionado: Pescadores de Villa Allende piden apoyo tras el paso del frente frío.',
                 'Envíanos tus denuncias y fotografías a denuncias@atalayadelgolfo.example',
                 '| Atalaya del Golfo | Coatzacoalcos, Ver.'],
    must_keep=['La rehabilitación del malecón costero de Coatzacoalcos arrancará a finales de noviembre y se realizará en tres etapas para no cerrar por completo el principal paseo de la ciudad, informó la Dirección de Obras Públicas municipal.',
               'El presupuesto de esta etapa es de 46 millones de pesos.'],
    photo_credit='Atalaya del Golfo / Archivo')))

# x13 - press release, Supremo Tribunal de Justicia de Sinaloa (court) ----------------
FILES.append(dict(name='x13_stj_sinaloa_juzgado_navolato', ext='text', enc='utf-8', eol='crlf', text="""\
COMUNICADO
Núm. 0318/2023

Culiacán Rosales, Sinaloa; 19 de octubre de 2023.

INAUGURAN EL PRIMER JUZGADO ESPECIALIZADO EN
VIOLENCIA FAMILIAR EN EL MUNICIPIO DE NAVOLATO

El órgano atenderá asuntos de seis sindicaturas y contará con una sala de audiencias adaptada para niñas y niños

El Pleno del Supremo Tribunal de Justicia del Estado de Sinaloa inauguró este jueves el Juzgado de Primera Instancia Especializado en Violencia Familiar del Distrito Judicial de Navolato, el primero de su tipo fuera de las ciudades de Culiacán, Mazatlán y Los Mochis.

La magistrada presidenta, Leticia Osuna Beltrán, explicó que el nuevo juzgado recibirá solicitudes de órdenes de protección, pensiones alimenticias provisionales y asuntos de custodia de las sindicaturas de Altata, Villa Juárez, San Pedro, Juan Aldama, Lic. Benito Juárez y la cabecera municipal. Hasta ahora, las personas de estas comunidades debían trasladarse a la capital del estado para cada audiencia.

El inmueble cuenta con una sala de espera separada para víctimas, un área de atención psicológica y una sala de audiencias con cámara de Gesell para recabar el testimonio de menores sin exponerlos al contacto con la persona agresora.

Durante 2022, los juzgados familiares de Culiacán recibieron 1 mil 940 asuntos provenientes del distrito de Navolato, de los cuales siete de cada diez estuvieron relacionados con violencia en el hogar.

El juzgado funcionará de lunes a viernes de 8:00 a 15:00 horas, con una guardia permanente para órdenes de protección urgentes los fines de semana y días festivos.

###

Unidad de Comunicación Social
Supremo Tribunal de Justicia del Estado de Sinaloa
Tel. 667 555 0190 | comunicacion@stj-sinaloa.example
""", gold=gold(
    'press_release',
    'INAUGURAN EL PRIMER JUZGADO ESPECIALIZADO EN VIOLENCIA FAMILIAR EN EL MUNICIPIO DE NAVOLATO',
    '2023-10-19',
    'El órgano atenderá asuntos de seis sindicaturas',
    'los fines de semana y días festivos.',
    source='Supremo Tribunal de Justicia del Estado de Sinaloa', bulletin_number='0318/2023',
    issuer='Supremo Tribunal de Justicia del Estado de Sinaloa', dateline_city='Culiacán Rosales',
    boilerplate=['COMUNICADO', 'Núm. 0318/2023', 'Culiacán Rosales, Sinaloa; 19 de octubre de 2023.',
                 '###', 'Unidad de Comunicación Social', 'Tel. 667 555 0190',
                 'comunicacion@stj-sinaloa.example'],
    must_keep=['El órgano atenderá asuntos de seis sindicaturas y contará con una sala de audiencias adaptada para niñas y niños',
               'Hasta ahora, las personas de estas comunidades debían trasladarse a la capital del estado para cada audiencia.'])))

# x14 - generic Markdown note (Huamantla, Tlaxcala), no date ---------------------------
FILES.append(dict(name='x14_nota_huamantla_tapetes', ext='markdown', enc='utf-8', eol='lf', text="""\
# Huamantla afina los preparativos para la noche de los tapetes

Artesanos de al menos 20 barrios de Huamantla comenzaron a teñir aserrín y a cortar flores para la noche del 14 de agosto, cuando más de seis kilómetros de calles se cubrirán con tapetes y alfombras efímeras al paso de la imagen de la Virgen de la Caridad.

Cada tapete puede requerir hasta tres semanas de trabajo previo. Las familias se reparten las tareas: unos dibujan los moldes de madera, otros preparan los colorantes y los más jóvenes se encargan de cernir el aserrín para que el color quede parejo.

## Recorrido y horarios

La procesión saldrá de la basílica pasada la medianoche y recorrerá el centro hasta la madrugada. Las calles del recorrido quedarán cerradas a los automóviles desde las 18:00 horas del día 14, y se recomienda a los visitantes llegar a pie desde los estacionamientos habilitados en la salida a Puebla.

Los organizadores pidieron no pisar ni tocar los tapetes, no usar flash durante la elaboración nocturna y llevar ropa abrigadora, porque la temperatura en la madrugada suele bajar de los diez grados.

- Lleva agua y una linterna pequeña.
- Ubica los puestos de primeros auxilios en cada cruce principal.
- Respeta las vallas colocadas por los vecinos.

Se espera la visita de más de 300 mil personas durante las fiestas de agosto.
""", gold=gold(
    'generic', 'Huamantla afina los preparativos para la noche de los tapetes', None,
    'Artesanos de al menos 20 barrios de Huamantla',
    'más de 300 mil personas durante las fiestas de agosto.',
    must_keep=['Respeta las vallas colocadas por los vecinos.',
               'Cada tapete puede requerir hasta tres semanas de trabajo previo.'])))

# x15 - wire, Enlace Tapatío 24 (Guadalajara, Jalisco); byline at the end --------------
FILES.append(dict(name='x15_enlace_tapatio_ciclovia', ext='text', enc='utf-8', eol='crlf', trail=True, text="""\
Ciclovía de avenida Revolución tendrá 4.2 kilómetros y conectará con el Centro

Enlace Tapatío 24 | Guadalajara, Jal. | 21/05/2024 | 14:32 hrs

La ciclovía de avenida Revolución tendrá una longitud de 4.2 kilómetros y conectará los barrios del oriente de Guadalajara con el Centro Histórico, informó este martes la agencia metropolitana encargada de la infraestructura para la movilidad.

El proyecto contempla carriles confinados en ambos sentidos, balizamiento nuevo y 14 cruces seguros con semáforo peatonal. Lee también: Reabren el paso a desnivel de López Mateos tras cuatro meses de obra. Los trabajos comenzarán en la primera semana de junio y durarán alrededor de cinco meses.

La inversión estimada es de 38 millones de pesos. Durante la obra se mantendrán abiertos dos carriles para automóviles en cada dirección, aunque se prevén cierres nocturnos en los cruces con la calzada Independencia y con la avenida Gigantes.

Colectivos ciclistas celebraron el anuncio, pero recordaron que en el último año murieron tres ciclistas atropellados en esa avenida. "Lo importante es que los bolardos sean firmes y que se respeten los tiempos de los semáforos", dijo Paulina Arreola, integrante de un colectivo de la colonia Oblatos.

Comerciantes de la zona pidieron que se garantice el acceso de vehículos de carga y descarga, pues temen perder clientes durante los meses de obra. La dependencia se comprometió a realizar mesas de trabajo con ellos antes del arranque.

Foto: Daniela Robles Ibarra

Por Luis Fernando Ochoa Grajeda

Suscríbete gratis a nuestro boletín matutino y recibe las noticias de Guadalajara en tu correo: enlacetapatio24.example/boletin
""", gold=gold(
    'wire', 'Ciclovía de avenida Revolución tendrá 4.2 kilómetros y conectará con el Centro', '2024-05-21',
    'La ciclovía de avenida Revolución tendrá una longitud',
    'realizar mesas de trabajo con ellos antes del arranque.',
    bylines=['Luis Fernando Ochoa Grajeda'], source='Enlace Tapatío 24',
    boilerplate=['Enlace Tapatío 24 | Guadalajara, Jal. | 21/05/2024 | 14:32 hrs',
                 'Lee también: Reabren el paso a desnivel de López Mateos tras cuatro meses de obra.',
                 'Foto: Daniela Robles Ibarra', 'Por Luis Fernando Ochoa Grajeda',
                 'Suscríbete gratis a nuestro boletín matutino'],
    must_keep=['El proyecto contempla carriles confinados en ambos sentidos, balizamiento nuevo y 14 cruces seguros con semáforo peatonal.',
               'Los trabajos comenzarán en la primera semana de junio y durarán alrededor de cinco meses.'],
    photo_credit='Daniela Robles Ibarra')))

# x16 - press release, Universidad Politécnica de la Costa Chica (Guerrero) -----------
FILES.append(dict(name='x16_upcch_guerrero_biofertilizante', ext='markdown', enc='utf-8', eol='mixed', text="""\
UNIVERSIDAD POLITÉCNICA DE LA COSTA CHICA
Dirección de Comunicación Universitaria
Boletín: UPCCH-045/2024

**ESTUDIANTES DE AGRONOMÍA DESARROLLAN BIOFERTILIZANTE A PARTIR DE CÁSCARA DE COCO**

Ometepec, Guerrero, a 22 de enero de 2024.- Un equipo de estudiantes de Ingeniería Agronómica de la Universidad Politécnica de la Costa Chica desarrolló un biofertilizante elaborado con cáscara de coco, estiércol de ganado y microorganismos de montaña, que en pruebas de campo elevó hasta 23 por ciento el rendimiento de parcelas de maíz.

El proyecto surgió ante la acumulación de cáscaras en las orillas de los caminos de Cuajinicuilapa, Marquelia y Copala, donde la venta de agua de coco es una actividad económica importante y los residuos suelen quemarse a cielo abierto.

La docente responsable, Dra. Ofelia Petatán Bello, explicó que la cáscara se tritura y se composta durante 60 días antes de mezclarse con los demás componentes. "Buscamos una alternativa barata para productores que hoy gastan hasta 8 mil pesos por hectárea en fertilizantes químicos", señaló.

Las pruebas se realizaron durante el ciclo primavera-verano en seis parcelas de ejidatarios de San Nicolás y Huehuetán, quienes aportaron el terreno y la mano de obra. Los resultados serán presentados en un congreso nacional de ciencia del suelo en marzo.

La universidad busca ahora registrar el producto y firmar convenios con asociaciones de productores de la región para fabricarlo a mayor escala en su planta piloto.

* * *

Contacto de prensa: Lic. Arturo Néstor Salmerón
comunicacion@upcch.example | Tel. 741 555 0168
Facebook e Instagram: @UPCostaChicaEj
""", gold=gold(
    'press_release', 'ESTUDIANTES DE AGRONOMÍA DESARROLLAN BIOFERTILIZANTE A PARTIR DE CÁSCARA DE COCO', '2024-01-22',
    'Un equipo de estudiantes de Ingeniería Agronómica',
    'a mayor escala en su planta piloto.',
    source='Universidad Politécnica de la Costa Chica', bulletin_number='UPCCH-045/2024',
    issuer='Universidad Politécnica de la Costa Chica', dateline_city='Ometepec',
    boilerplate=['Dirección de Comunicación Universitaria',
                 'Boletín: UPCCH-045/2024', 'Ometepec, Guerrero, a 22 de enero de 2024.-',
                 '* * *', 'Contacto de prensa: Lic. Arturo Néstor Salmerón',
                 'comunicacion@upcch.example', '@UPCostaChicaEj'],
    must_keep=['Un equipo de estudiantes de Ingeniería Agronómica de la Universidad Politécnica de la Costa Chica desarrolló un biofertilizante elaborado con cáscara de coco, estiércol de ganado y microorganismos de montaña, que en pruebas de campo elevó hasta 23 por ciento el rendimiento de parcelas de maíz.'])))

# x17 - Jekyll, no site key (Chetumal, Quintana Roo); fecha: in Spanish, cp1252 --------
FILES.append(dict(name='x17_jekyll_chetumal_manaties', ext='md', enc='cp1252', eol='lf', text="""\
---
layout: articulo
title: "Censo registra 38 manatíes en la bahía de Chetumal"
fecha: "5 de octubre de 2022"
author: Redacción Sureste
category: Medio ambiente
tags:
- manatí
- bahía de Chetumal
- conservación
---

El censo anual de manatí antillano realizado en la bahía de Chetumal contabilizó 38 ejemplares, entre ellos cinco crías, seis más que los registrados el año pasado, informaron investigadores que participaron en los sobrevuelos y recorridos en lancha.

Los conteos se hicieron durante tres días en la zona sujeta a conservación ecológica, desde la desembocadura del río Hondo hasta los alrededores de Calderitas, con apoyo de una avioneta ligera y de pescadores que conocen los sitios donde los animales suelen alimentarse.

[gallery ids="341,342,343"]

Los especialistas explicaron que el aumento puede deberse a una mejor cobertura de los recorridos y no necesariamente a un crecimiento de la población, por lo que pidieron tomar la cifra con cautela. Aun así, la presencia de crías es una buena señal sobre la salud de los pastos marinos.

Las principales amenazas para la especie siguen siendo los golpes con hélices de embarcaciones, las redes abandonadas y las descargas de aguas residuales sin tratamiento que llegan a la bahía desde varios puntos de la ciudad.

Autoridades ambientales recordaron que está prohibido perseguir, tocar o alimentar a los manatíes, y que cualquier ejemplar herido o varado debe reportarse de inmediato a la línea de atención de emergencias.

Durante noviembre se instalarán nuevas boyas de señalización para limitar la velocidad de las lanchas en las zonas de alimentación.
""", gold=gold(
    'jekyll', 'Censo registra 38 manatíes en la bahía de Chetumal', '2022-10-05',
    'El censo anual de manatí antillano',
    'la velocidad de las lanchas en las zonas de alimentación.',
    section='Medio ambiente',
    boilerplate=['[gallery ids="341,342,343"]', 'Redacción Sureste', 'layout: articulo'],
    must_keep=['Aun así, la presencia de crías es una buena señal sobre la salud de los pastos marinos.'])))

# x18 - bad: a saved HTML page ---------------------------------------------------------
FILES.append(dict(name='x18_pagina_html_guardada', ext='txt', enc='utf-8', eol='lf', text="""\
<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pavimentan 12 calles en Tizayuca | Hidalgo Hoy Noticias</title>
<link rel="stylesheet" href="/static/css/main.3f9a1c.css">
<script async src="https://ads.example/tag.js"></script>
</head>
<body class="single-post">
<header class="site-header"><a href="/">Hidalgo Hoy Noticias</a>
<nav><ul><li><a href="/local">Local</a></li><li><a href="/deportes">Deportes</a></li></ul></nav>
</header>
<main>
<article>
<h1>Pavimentan 12 calles en Tizayuca</h1>
<p class="meta">Por Redacción | 2 de junio de 2022</p>
<p>El gobierno municipal concluyó la pavimentación con concreto hidráulico de 12 calles en las colonias Haciendas de Tizayuca y Rojo Gómez, con una inversión de 21 millones de pesos.</p>
<p>Las obras beneficiarán a unas 3 mil familias que durante años transitaron por calles de terracería.</p>
</article>
<aside class="related"><h3>Lo más leído</h3></aside>
</main>
<footer>&copy; 2022 Hidalgo Hoy Noticias</footer>
<script>window.dataLayer=window.dataLayer||[];</script>
</body>
</html>
""", gold=bad('El archivo es una página HTML guardada desde el navegador y no un texto de nota que se pueda importar.')))

# x19 - wire, Regio Reporte (Monterrey, Nuevo León); section label, Staff byline --------
FILES.append(dict(name='x19_regio_reporte_cerro_de_la_silla', ext='md', enc='utf-8', eol='lf', text="""\
Sección: Metrópoli

# REFORESTARÁN 15 HECTÁREAS DEL CERRO DE LA SILLA CON ENCINOS Y PINOS

Staff / Regio Reporte
Monterrey, N.L., lunes 4 de marzo de 2024

{% include banner_publicidad.html %}

Unas 15 hectáreas de la ladera norte del Cerro de la Silla, afectadas por el incendio forestal de abril del año pasado, serán reforestadas durante marzo con 12 mil ejemplares de encino, pino piñonero y palo blanco, informaron autoridades ambientales del estado.

La jornada principal se realizará el sábado 16 de marzo a partir de las 7:00 horas y podrán participar personas mayores de 14 años que se registren previamente. Los organizadores pidieron llevar guantes, gorra, bloqueador y al menos dos litros de agua por persona.

El coordinador de brigadas, Everardo Cantú Salinas, explicó que las plantas provienen de un vivero estatal en Guadalupe y tienen entre uno y dos años de edad, lo que aumenta su probabilidad de sobrevivir al verano. Cada árbol será marcado con una etiqueta para dar seguimiento a su crecimiento.

Especialistas de una universidad local monitorearán durante tres años la tasa de supervivencia, que en reforestaciones anteriores en el área metropolitana no ha superado el 40 por ciento por la falta de riego y el pisoteo.

Durante la jornada estará restringido el acceso a la vereda de La Ermita, y se pidió a los senderistas no subir con mascotas.

Lo más leído
1. Cierran carriles de avenida Constitución por obras de drenaje pluvial
2. Alertan por fraude con boletos falsos para conciertos en el Parque Fundidora
3. Suben tarifas de estacionamientos en el centro de Monterrey

Descarga nuestra app Regio Reporte y activa las notificaciones para no perderte nada.
""", gold=gold(
    'wire', 'REFORESTARÁN 15 HECTÁREAS DEL CERRO DE LA SILLA CON ENCINOS Y PINOS', '2024-03-04',
    'Unas 15 hectáreas de la ladera norte',
    'se pidió a los senderistas no subir con mascotas.',
    source='Regio Reporte', section='Metrópoli',
    boilerplate=['Sección: Metrópoli', 'Staff / Regio Reporte', '{% include banner_publicidad.html %}',
                 'Lo más leído', 'Cierran carriles de avenida Constitución por obras de drenaje pluvial',
                 'Alertan por fraude con boletos falsos para conciertos en el Parque Fundidora',
                 'Suben tarifas de estacionamientos en el centro de Monterrey',
                 'Descarga nuestra app Regio Reporte'],
    must_keep=['Durante la jornada estará restringido el acceso a la vereda de La Ermita, y se pidió a los senderistas no subir con mascotas.'])))

# x20 - press release, Fiscalía General de Justicia de BCS (autonomous prosecutor) -----
FILES.append(dict(name='x20_fiscalia_bcs_pescador', ext='txt', enc='utf-8', eol='lf', trail=True, text=f"""\
FISCALÍA GENERAL DE JUSTICIA DEL ESTADO DE BAJA CALIFORNIA SUR
COMUNICADO: 211/2024

Localizan con vida a pescador reportado como desaparecido en Bahía Magdalena

- La búsqueda se extendió durante cuatro días y participaron 45 elementos
- El hombre fue trasladado a un hospital de Ciudad Constitución

La Paz, Baja California Sur, 11 de junio de 2024.- La Fiscalía General de Justicia del Estado informó que fue localizado con vida el pescador identificado como Ramiro A. M., de 52{NB}años, cuya desaparición fue reportada el pasado viernes por sus familiares en Puerto San Carlos, municipio de Comondú.

El hombre había salido a pescar en una panga de fibra de vidrio con motor fuera de borda y no regresó a la hora acordada. La embarcación fue ubicada a la deriva cerca de la isla Santa Margarita, con el motor averiado y sin combustible.

En las labores de búsqueda participaron 45 elementos de la Agencia Estatal de Investigación, de Protección Civil y de la Secretaría de Marina, además de cooperativas pesqueras que aportaron 12{NB}embarcaciones y un avión ligero.

El pescador presentaba deshidratación y quemaduras leves por exposición al sol, por lo que fue trasladado a un hospital de Ciudad Constitución, donde se reporta estable.

La Fiscalía recordó a las cooperativas la importancia de registrar cada salida ante la capitanía de puerto y de portar radio o dispositivo de localización. La carpeta de investigación abierta por la desaparición será concluida una vez que el pescador rinda su declaración.

-30-

Síguenos en redes: @FGJEBCS_Ej | prensa@fgje-bcs.example | Tel. 612 555 0134
""", gold=gold(
    'press_release', 'Localizan con vida a pescador reportado como desaparecido en Bahía Magdalena', '2024-06-11',
    'La búsqueda se extendió durante cuatro días',
    'una vez que el pescador rinda su declaración.',
    source='Fiscalía General de Justicia del Estado de Baja California Sur', bulletin_number='211/2024',
    issuer='Fiscalía General de Justicia del Estado de Baja California Sur', dateline_city='La Paz',
    boilerplate=['FISCALÍA GENERAL DE JUSTICIA DEL ESTADO DE BAJA CALIFORNIA SUR', 'COMUNICADO: 211/2024',
                 'La Paz, Baja California Sur, 11 de junio de 2024.-', '-30-',
                 'Síguenos en redes: @FGJEBCS_Ej', 'prensa@fgje-bcs.example', 'Tel. 612 555 0134'],
    must_keep=['El hombre fue trasladado a un hospital de Ciudad Constitución',
               'La Fiscalía General de Justicia del Estado informó que fue localizado con vida el pescador identificado como Ramiro A. M., de 52 años, cuya desaparición fue reportada el pasado viernes por sus familiares en Puerto San Carlos, municipio de Comondú.'])))
