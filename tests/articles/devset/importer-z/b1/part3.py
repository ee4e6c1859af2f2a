# Files z21-z30
from common import enc, G, BAD

FILES = []

# ---------------------------------------------------------------- z21 wire, Torreón, BOM, Staff, pitch glued to last sentence
t21 = """## Agua Saludable para La Laguna alcanza 85 % de avance; prevén operación total en diciembre

Noticiero Lagunero — Staff — 30 de septiembre de 2023

TORREÓN, Coah. (Noticiero Lagunero).— La planta potabilizadora del proyecto Agua Saludable para La Laguna registra un avance de 85 por ciento y podría operar a toda su capacidad en diciembre, informó la Comisión Nacional del Agua durante un recorrido con alcaldes de la región.

Foto: Especial

El director del organismo de cuenca, Ernesto Villalobos Rangel, explicó que ya se concluyó la obra de toma sobre el río Nazas y que actualmente se realizan pruebas de presión en los 62 kilómetros del acueducto que llevará el agua a Torreón, Gómez Palacio, Lerdo, Matamoros y Francisco I. Madero.

El proyecto busca sustituir parte del agua que hoy se extrae de pozos con altos niveles de arsénico, un problema que durante décadas ha afectado la salud de miles de familias laguneras.

Los alcaldes pidieron a la dependencia que la distribución dentro de las ciudades se coordine con los organismos municipales, pues algunas redes no están preparadas para recibir el nuevo caudal. Villalobos Rangel respondió que se conformará una mesa técnica para revisar cada caso.

Durante la primera etapa, la planta entregará 3 metros cúbicos por segundo, que se irán incrementando conforme se conecten los tanques de regulación. La segunda revisión del avance está programada para el 20 de octubre. Suscríbete a nuestro boletín y recibe cada mañana las noticias de La Laguna en tu correo.

Síguenos en Facebook: /NoticieroLagunero.example
"""
FILES.append(('z21.md', enc(t21, bom=True), G(
    family='wire',
    title='Agua Saludable para La Laguna alcanza 85 % de avance; prevén operación total en diciembre',
    date='2023-09-30', bylines=[], source='Noticiero Lagunero',
    body_first_words='La planta potabilizadora del proyecto Agua Saludable para La Laguna registra',
    body_last_words='La segunda revisión del avance está programada para el 20 de octubre.',
    boilerplate=['TORREÓN, Coah. (Noticiero Lagunero).—', 'Staff',
                 'Suscríbete a nuestro boletín y recibe cada mañana las noticias de La Laguna en tu correo.',
                 'Síguenos en Facebook: /NoticieroLagunero.example'],
    must_keep=['La segunda revisión del avance está programada para el 20 de octubre.',
               'Villalobos Rangel respondió que se conformará una mesa técnica para revisar cada caso.'],
    photo_credit='Especial')))

# ---------------------------------------------------------------- z22 press (Estado de México), cp1252, CRLF, -30-
t22 = """GOBIERNO DEL ESTADO DE MÉXICO
Secretaría del Medio Ambiente

No. 318/2023

Concluye campaña de reforestación con 40 mil árboles en el Nevado de Toluca

Toluca de Lerdo, Estado de México, 17 de octubre de 2023.- Con la plantación de 40 mil árboles de especies nativas en el Nevado de Toluca, la Secretaría del Medio Ambiente concluyó la campaña de reforestación 2023, en la que participaron más de 6 mil voluntarios de 35 municipios.

La titular de la dependencia, Guadalupe Arriaga Solís, informó que se sembraron principalmente oyameles y pinos hartwegii en 48 hectáreas afectadas por incendios forestales y plagas durante los últimos cinco años.

Explicó que, a diferencia de campañas anteriores, este año cada predio reforestado contará con un programa de mantenimiento de tres años, que incluye riegos de auxilio, podas y brechas cortafuego, con el fin de elevar la tasa de sobrevivencia de los árboles por encima del 70 por ciento.

En las jornadas participaron estudiantes de universidades públicas, empresas del valle de Toluca y brigadas de comuneros de Zinacantepec y Calimaya, quienes recibieron capacitación sobre técnicas de plantación en zonas de alta montaña.

Arriaga Solís agradeció a los voluntarios y recordó que el Nevado de Toluca es la fuente de recarga de los acuíferos que abastecen de agua a más de dos millones de personas en la región. Anunció que la campaña 2024 arrancará en julio, con el inicio de la temporada de lluvias.

-30-

Dirección de Comunicación Social · Tel. (722) 000 6060 · sma.comunicacion@edomex.example
"""
FILES.append(('z22.txt', enc(t22, 'cp1252', '\r\n'), G(
    family='press_release',
    title='Concluye campaña de reforestación con 40 mil árboles en el Nevado de Toluca',
    date='2023-10-17', source='Secretaría del Medio Ambiente',
    bulletin_number='318/2023', issuer='Secretaría del Medio Ambiente', dateline_city='Toluca de Lerdo',
    body_first_words='Con la plantación de 40 mil árboles de especies nativas en el Nevado de Toluca,',
    body_last_words='la campaña 2024 arrancará en julio, con el inicio de la temporada de lluvias.',
    boilerplate=['GOBIERNO DEL ESTADO DE MÉXICO', 'No. 318/2023',
                 'Toluca de Lerdo, Estado de México, 17 de octubre de 2023.-', '-30-',
                 'Dirección de Comunicación Social · Tel. (722) 000 6060',
                 'sma.comunicacion@edomex.example'],
    must_keep=['La titular de la dependencia, Guadalupe Arriaga Solís, informó que se sembraron principalmente oyameles y pinos hartwegii en 48 hectáreas afectadas por incendios forestales y plagas durante los últimos cinco años.',
               'Anunció que la campaña 2024 arrancará en julio, con el inicio de la temporada de lluvias.'])))

# ---------------------------------------------------------------- z23 jekyll, plain date, placement-only category, CRLF, trailing spaces
t23 = """---
layout: post   
title:  Querétaro, segundo lugar nacional en empleo formal en el primer semestre
date:   2023-08-02
category: Destacadas
source: "Bitácora Queretana"
author: "Daniel Olvera Trejo"
excerpt: "El estado generó 21 mil 300 empleos formales entre enero y junio."
---

Querétaro generó 21 mil 300 empleos formales entre enero y junio de este año, lo que lo colocó en el segundo lugar nacional en creación de puestos de trabajo registrados ante el Instituto Mexicano del Seguro Social, sólo por detrás de Nuevo León.   

La mayor parte de los empleos se concentró en la industria manufacturera, particularmente en el sector aeroespacial y de autopartes, seguida por los servicios profesionales y el comercio. El corredor industrial de El Marqués y Colón aportó cerca de la mitad de las nuevas plazas.

El salario promedio de los trabajadores asegurados en la entidad llegó a 545 pesos diarios, por encima de la media nacional, aunque las cámaras empresariales advirtieron que la falta de vivienda accesible cerca de los parques industriales complica la contratación.  

Economistas de la universidad estatal señalaron que el crecimiento responde en parte a la llegada de empresas que trasladan su producción desde Asia para estar más cerca del mercado estadounidense, un fenómeno que podría mantenerse durante los próximos años.

Sin embargo, también advirtieron que la expansión industrial presiona el abasto de agua y la movilidad en la zona metropolitana, por lo que recomendaron acompañar la atracción de inversiones con obras de infraestructura urbana y transporte público.
"""
FILES.append(('z23.md', enc(t23, 'utf-8', '\r\n'), G(
    family='jekyll',
    title='Querétaro, segundo lugar nacional en empleo formal en el primer semestre',
    date='2023-08-02', bylines=['Daniel Olvera Trejo'], source='Bitácora Queretana',
    section=None, placement=['Destacadas'],
    body_first_words='Querétaro generó 21 mil 300 empleos formales entre enero y junio de este año,',
    body_last_words='acompañar la atracción de inversiones con obras de infraestructura urbana y transporte público.',
    boilerplate=['layout: post', 'excerpt: "El estado generó 21 mil 300 empleos formales entre enero y junio."'],
    must_keep=['El corredor industrial de El Marqués y Colón aportó cerca de la mitad de las nuevas plazas.',
               'La mayor parte de los empleos se concentró en la industria manufacturera, particularmente en el sector aeroespacial y de autopartes, seguida por los servicios profesionales y el comercio.'])))

# ---------------------------------------------------------------- z24 wire, Cuernavaca, "Texto:", teaser at start, * * * then links
t24 = """Zona Centro Noticias

# Suspenden venta de agua de pipas en Cuernavaca por falta de permisos; vecinos reportan desabasto

Cuernavaca, Mor. | lunes 4 de marzo de 2024
Texto: Jimena Salgado Ocampo
Sección: Morelos

Foto: Zona Centro / Archivo

El Sistema de Agua Potable y Saneamiento de Cuernavaca suspendió a 17 distribuidores privados de agua en pipas que no contaban con permisos de extracción vigentes, lo que provocó retrasos en el abasto en colonias del norte de la ciudad.

Lee también: Cuernavaca, entre las ciudades con más días sin lluvia en 2024 Vecinos de Ocotepec, Ahuatepec y Lomas de Cortés reportaron que desde el fin de semana esperan hasta tres días para recibir una pipa, y que algunos distribuidores elevaron el precio de 10 mil litros de 900 a mil 400 pesos.

El director del organismo, Ricardo Figueroa Benítez, explicó que la medida busca frenar la extracción irregular en pozos no autorizados, que afecta los niveles del acuífero. Aseguró que los distribuidores suspendidos podrán reanudar el servicio en cuanto regularicen su situación.

Mientras tanto, el organismo puso en marcha un programa emergente con 12 pipas municipales que darán prioridad a escuelas, centros de salud y viviendas con personas adultas mayores. Las solicitudes se reciben por teléfono y en las oficinas de la calle Motolinía.

Integrantes de la asociación de distribuidores de agua solicitaron una mesa de diálogo y advirtieron que la mayoría de los trámites lleva meses detenida en la Comisión Nacional del Agua.

El organismo informó que publicará en su sitio la lista de distribuidores con permiso vigente para que la población pueda verificarla antes de contratar el servicio.

* * *

Más en Zona Centro:
- Instalan puestos de hidratación en el Centro de Cuernavaca
- Temixco inaugura nueva unidad deportiva
"""
FILES.append(('z24.markdown', enc(t24), G(
    family='wire',
    title='Suspenden venta de agua de pipas en Cuernavaca por falta de permisos; vecinos reportan desabasto',
    date='2024-03-04', bylines=['Jimena Salgado Ocampo'], source='Zona Centro Noticias',
    section='Morelos',
    body_first_words='El Sistema de Agua Potable y Saneamiento de Cuernavaca suspendió a 17 distribuidores',
    body_last_words='para que la población pueda verificarla antes de contratar el servicio.',
    boilerplate=['Lee también: Cuernavaca, entre las ciudades con más días sin lluvia en 2024',
                 'Más en Zona Centro:', 'Instalan puestos de hidratación en el Centro de Cuernavaca',
                 'Temixco inaugura nueva unidad deportiva', 'Texto: Jimena Salgado Ocampo'],
    must_keep=['Vecinos de Ocotepec, Ahuatepec y Lomas de Cortés reportaron que desde el fin de semana esperan hasta tres días para recibir una pipa, y que algunos distribuidores elevaron el precio de 10 mil litros de 900 a mil 400 pesos.',
               'Aseguró que los distribuidores suspendidos podrán reanudar el servicio en cuanto regularicen su situación.'],
    photo_credit='Zona Centro / Archivo')))

# ---------------------------------------------------------------- z25 press (Durango), COMUNICADO, FIN, social handles
t25 = """COMUNICADO DE PRENSA
Instituto Estatal de Protección Civil de Durango
Boletín IEPC/092/2022

Activan plan invernal en 16 municipios de la Sierra de Durango por nevadas

Durango, Dgo., 19 de diciembre de 2022.

El Instituto Estatal de Protección Civil activó el plan invernal en 16 municipios de la zona serrana, ante el pronóstico de nevadas y temperaturas de hasta 15 grados bajo cero durante la próxima semana.

El director del Instituto, Gustavo Soto Cárdenas, informó que se habilitaron 54 refugios temporales en escuelas y salones ejidales de municipios como Tepehuanes, Guanaceví, Pueblo Nuevo, San Dimas y El Mezquital, con capacidad para atender a 4 mil personas.

Se distribuyeron además 8 mil cobertores y 3 mil despensas en comunidades de difícil acceso, con apoyo de la Guardia Nacional y de los ayuntamientos.

Soto Cárdenas recomendó a la población no usar braseros ni anafres en espacios cerrados, abrigar a niñas, niños y personas adultas mayores y evitar viajar por la carretera Durango-Mazatlán durante las nevadas, pues el tramo de El Salto a La Ciudad podría cerrarse de manera preventiva.

Ante cualquier emergencia, la ciudadanía puede comunicarse al 911, que opera las 24 horas del día.

FIN

Síguenos en redes sociales:
Facebook: Protección Civil Durango Oficial
X / Instagram: @PCivilDgo_example
"""
FILES.append(('z25.txt', enc(t25), G(
    family='press_release',
    title='Activan plan invernal en 16 municipios de la Sierra de Durango por nevadas',
    date='2022-12-19', source='Instituto Estatal de Protección Civil de Durango',
    bulletin_number='IEPC/092/2022', issuer='Instituto Estatal de Protección Civil de Durango',
    dateline_city='Durango',
    body_first_words='El Instituto Estatal de Protección Civil activó el plan invernal en 16 municipios',
    body_last_words='la ciudadanía puede comunicarse al 911, que opera las 24 horas del día.',
    boilerplate=['COMUNICADO DE PRENSA', 'Boletín IEPC/092/2022', 'Durango, Dgo., 19 de diciembre de 2022.',
                 'Síguenos en redes sociales:', 'Facebook: Protección Civil Durango Oficial',
                 '@PCivilDgo_example'],
    must_keep=['Se distribuyeron además 8 mil cobertores y 3 mil despensas en comunidades de difícil acceso, con apoyo de la Guardia Nacional y de los ayuntamientos.',
               'Ante cualquier emergencia, la ciudadanía puede comunicarse al 911, que opera las 24 horas del día.'])))

# ---------------------------------------------------------------- z26 bad: CSV export
t26 = """id,titulo,fecha,autor,seccion,estado
4411,"Arranca Feria de la Nuez en Parras",2021-08-20,Redacción,Región,publicado
4412,"Cierre parcial en bulevar Independencia por obras",2021-08-20,Karina Ibarra,Local,publicado
4413,"Mineros cae en casa ante Tapatío",2021-08-21,Héctor Delgado,Deportes,borrador
4414,"Ofrecen 300 vacantes en feria del empleo de Monclova",2021-08-21,Redacción,Región,publicado
4415,"Suspenden clases en 12 escuelas por lluvias",2021-08-22,Luis Arredondo,Local,publicado
"""
FILES.append(('z26.txt', enc(t26, 'utf-8', '\r\n'), BAD('Es una exportación CSV (tabla de notas), no el texto de una nota.')))

# ---------------------------------------------------------------- z27 generic, parish/community bulletin, trailing DOS EOF control byte, trailing spaces
t27 = """Banco de alimentos de Zacatepec reparte 2 toneladas de verduras a familias de la zona cañera   

Voluntarios del banco de alimentos comunitario de Zacatepec, Morelos, entregaron el sábado cerca de dos toneladas de verduras y frutas a 380 familias de las colonias Emiliano Zapata, Lázaro Cárdenas y Plan de Ayala, en su mayoría de trabajadores del ingenio y cortadores de caña.   

La entrega se realizó en el atrio de la parroquia de San Antonio y se organizó por turnos para evitar aglomeraciones. Cada familia recibió una bolsa con jitomate, calabaza, chayote, cebolla, plátano y naranja, además de un kilo de frijol.

El coordinador del grupo, Leopoldo Bahena Morales, explicó que los productos provienen de excedentes que donan comerciantes de la central de abasto de Cuautla y productores de la región, que de otra manera terminarían en la basura. “Lo que para el mercado ya no es vendible, para una familia es la comida de la semana”, dijo.

El banco funciona desde hace cuatro años con unos 40 voluntarios, entre jubilados, estudiantes y amas de casa, y no recibe apoyo de ningún nivel de gobierno. Para transportar la mercancía utilizan una camioneta prestada por un vecino.

Los organizadores informaron que buscan un espacio con refrigeración para almacenar los productos perecederos y así poder hacer entregas cada semana, en lugar de cada quince días. Quienes deseen apoyar pueden acudir los viernes por la tarde a la parroquia para ayudar a clasificar la mercancía.
\x1a"""
FILES.append(('z27.txt', enc(t27, 'utf-8', '\r\n'), G(
    family='generic',
    title='Banco de alimentos de Zacatepec reparte 2 toneladas de verduras a familias de la zona cañera',
    date=None, bylines=[], source=None,
    body_first_words='Voluntarios del banco de alimentos comunitario de Zacatepec, Morelos, entregaron el sábado',
    body_last_words='acudir los viernes por la tarde a la parroquia para ayudar a clasificar la mercancía.',
    boilerplate=[],
    must_keep=['Para transportar la mercancía utilizan una camioneta prestada por un vecino.',
               'La entrega se realizó en el atrio de la parroquia de San Antonio y se organizó por turnos para evitar aglomeraciones.'])))

# ---------------------------------------------------------------- z28 press (Nuevo León, municipal), title before number, "- - -"
t28 = """MUNICIPIO DE SAN PEDRO GARZA GARCÍA
Dirección de Comunicación Institucional

Abre San Pedro 3 nuevos parques de bolsillo en la colonia Revolución

Comunicado SPGG/045/2024
San Pedro Garza García, N.L., a 26 de febrero de 2024

El Municipio de San Pedro Garza García inauguró tres parques de bolsillo en la colonia Revolución, construidos en lotes baldíos que durante años acumularon basura y escombro, como parte del programa de recuperación de espacios públicos en el poniente del municipio.

Los nuevos espacios suman 2 mil 100 metros cuadrados e incluyen juegos infantiles, aparatos para hacer ejercicio, bancas, luminarias LED y 140 árboles de especies nativas como encino, anacahuita y palo blanco.

La secretaria de Obras Públicas, Claudia Elizondo Salinas, explicó que el diseño de los parques se definió en tres talleres con vecinos de la colonia, quienes pidieron priorizar la sombra y la iluminación para poder usarlos por la tarde y la noche.

La inversión fue de 11.6 millones de pesos. Los parques serán cuidados por comités vecinales que recibirán capacitación del Municipio en riego, poda y reporte de desperfectos.

Elizondo Salinas informó que este año se construirán otros cinco parques de bolsillo en las colonias Canteras, Los Pinos y San Pedro 400, donde existen predios municipales sin uso.

- - -

Para más información:
comunicacion@sanpedro.example
Tel. 81 000 2400
"""
FILES.append(('z28.md', enc(t28), G(
    family='press_release',
    title='Abre San Pedro 3 nuevos parques de bolsillo en la colonia Revolución',
    date='2024-02-26', source='MUNICIPIO DE SAN PEDRO GARZA GARCÍA',
    bulletin_number='SPGG/045/2024', issuer='MUNICIPIO DE SAN PEDRO GARZA GARCÍA',
    dateline_city='San Pedro Garza García',
    body_first_words='El Municipio de San Pedro Garza García inauguró tres parques de bolsillo',
    body_last_words='en las colonias Canteras, Los Pinos y San Pedro 400, donde existen predios municipales sin uso.',
    boilerplate=['Dirección de Comunicación Institucional', 'Comunicado SPGG/045/2024',
                 'San Pedro Garza García, N.L., a 26 de febrero de 2024', 'Para más información:',
                 'comunicacion@sanpedro.example', 'Tel. 81 000 2400'],
    must_keep=['La inversión fue de 11.6 millones de pesos.',
               'Los nuevos espacios suman 2 mil 100 metros cuadrados e incluyen juegos infantiles, aparatos para hacer ejercicio, bancas, luminarias LED y 140 árboles de especies nativas como encino, anacahuita y palo blanco.'])))

# ---------------------------------------------------------------- z29 jekyll, Spanish keys titulo/fecha, Redacción, liquid include, more marker
t29 = """---
titulo: "Congreso de Coahuila aprueba reforma para prohibir matrimonio infantil en usos y costumbres"
fecha: 2019-12-20 07:15:00
author: "Redacción"
categories:
  - Política
tags: [Congreso, derechos de la infancia, Coahuila]
medio: Coahuila en Línea
---

El Congreso de Coahuila aprobó por unanimidad una reforma al Código Civil del estado que elimina las excepciones que permitían el matrimonio de menores de 18 años con autorización de un juez o por usos y costumbres.

<!--more-->

La iniciativa fue presentada por la Comisión de Igualdad y Derechos de la Infancia, cuya presidenta, la diputada Graciela Villarreal Montemayor, señaló que aunque desde 2016 la edad mínima para casarse es de 18 años, en la práctica seguían registrándose uniones de adolescentes en algunos municipios.

{% include anuncio-medio.html %}

De acuerdo con datos del Registro Civil citados en el dictamen, entre 2016 y 2019 se inscribieron 37 actas de matrimonio en las que al menos uno de los contrayentes era menor de edad, la mayoría en municipios de la región Carbonífera y del desierto.

La reforma también obliga a los oficiales del Registro Civil a dar aviso a la Procuraduría para Niñas, Niños y la Familia cuando detecten intentos de registrar uniones de menores, y establece sanciones administrativas para quienes las autoricen.

Organizaciones civiles que acompañaron la iniciativa celebraron la aprobación, pero pidieron campañas informativas en comunidades rurales, donde las uniones informales de adolescentes siguen siendo frecuentes aunque no se registren ante ninguna autoridad.

La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.
"""
FILES.append(('z29.markdown', enc(t29), G(
    family='jekyll',
    title='Congreso de Coahuila aprueba reforma para prohibir matrimonio infantil en usos y costumbres',
    date='2019-12-20', bylines=[], source='Coahuila en Línea', section='Política',
    body_first_words='El Congreso de Coahuila aprobó por unanimidad una reforma al Código Civil',
    body_last_words='al día siguiente de su publicación en el Periódico Oficial del Estado.',
    boilerplate=['<!--more-->', '{% include anuncio-medio.html %}', 'medio: Coahuila en Línea'],
    must_keep=['De acuerdo con datos del Registro Civil citados en el dictamen, entre 2016 y 2019 se inscribieron 37 actas de matrimonio en las que al menos uno de los contrayentes era menor de edad, la mayoría en municipios de la región Carbonífera y del desierto.',
               'La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado.'])))

# ---------------------------------------------------------------- z30 wire, setext title, Irapuato, corresponsal, glued teasers mid-paragraph, MÁS NOTICIAS
t30 = """VOZ DE IRAPUATO · Región

Fresa de Irapuato recupera mercado en Estados Unidos tras dos años de caída
===========================================================================

Por Tomás Arreola Ibarra, corresponsal
21/05/2021

Foto: Voz de Irapuato / Tomás Arreola

Las exportaciones de fresa de Irapuato hacia Estados Unidos crecieron 18 por ciento en la temporada 2020-2021, después de dos años de caídas provocadas por problemas sanitarios y por la competencia de productores de Michoacán y Baja California.

De acuerdo con la asociación de productores y empacadores del municipio, se enviaron 41 mil toneladas de fresa fresca y congelada, principalmente a Texas, Illinois y California. Te puede interesar: Abren convocatoria para 200 empleos en empacadoras de Irapuato El presidente de la agrupación, Ernesto Paniagua Lara, atribuyó la recuperación a la certificación de 60 huertas en buenas prácticas agrícolas, requisito que exigen las grandes cadenas de supermercados.

Paniagua Lara explicó que el siguiente reto es el agua. Los productores buscan sustituir el riego rodado por sistemas de goteo en al menos mil hectáreas, lo que permitiría ahorrar hasta 40 por ciento del agua que se extrae de los pozos.

Los jornaleros, por su parte, señalaron que los salarios no han crecido al mismo ritmo que las exportaciones. Un cortador gana en promedio 280 pesos por jornada, según datos de la propia asociación.

La temporada 2021-2022 comenzará en octubre, y los productores esperan mantener el volumen exportado si las condiciones climáticas lo permiten.

MÁS NOTICIAS
Irapuato tendrá nueva línea de transporte hacia la zona industrial
Cierran carril del bulevar Díaz Ordaz por obras de drenaje

Síguenos en Facebook e Instagram como @VozDeIrapuato_mx y escríbenos a noticias@vozdeirapuato.example
"""
FILES.append(('z30.text', enc(t30), G(
    family='wire',
    title='Fresa de Irapuato recupera mercado en Estados Unidos tras dos años de caída',
    date='2021-05-21', bylines=['Tomás Arreola Ibarra'], source='Voz de Irapuato', section='Región',
    body_first_words='Las exportaciones de fresa de Irapuato hacia Estados Unidos crecieron 18 por ciento',
    body_last_words='mantener el volumen exportado si las condiciones climáticas lo permiten.',
    boilerplate=['Te puede interesar: Abren convocatoria para 200 empleos en empacadoras de Irapuato',
                 'MÁS NOTICIAS', 'Irapuato tendrá nueva línea de transporte hacia la zona industrial',
                 'Cierran carril del bulevar Díaz Ordaz por obras de drenaje',
                 '@VozDeIrapuato_mx', 'noticias@vozdeirapuato.example', 'corresponsal'],
    must_keep=['De acuerdo con la asociación de productores y empacadores del municipio, se enviaron 41 mil toneladas de fresa fresca y congelada, principalmente a Texas, Illinois y California.',
               'El presidente de la agrupación, Ernesto Paniagua Lara, atribuyó la recuperación a la certificación de 60 huertas en buenas prácticas agrícolas, requisito que exigen las grandes cadenas de supermercados.'],
    photo_credit='Voz de Irapuato / Tomás Arreola')))
