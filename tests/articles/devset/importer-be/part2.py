#!/usr/bin/env python3
"""importer-be, files 11-20 (press 11-16, jekyll 17-20)."""
from common import write_source, write_gold, NBSP

# ---------------------------------------------------------------- be11 press: state congress web page paste
be11 = """H. Congreso del Estado de Coahuila de Zaragoza
Coordinación de Comunicación Social
Sala de Prensa  ›  Boletines

Boletín CS-LXII/0877

Aprueban diputados reforma para proteger a trabajadoras del hogar

Saltillo, Coahuila de Zaragoza, a 5 de noviembre de 2022.

Por unanimidad, el Pleno del Congreso del Estado aprobó una reforma a la Ley para la Familia y a la Ley de Asistencia Social que obliga a las dependencias estatales a crear un padrón voluntario de personas trabajadoras del hogar, con el fin de facilitar su acceso a programas de salud, vivienda y capacitación.

La iniciativa fue presentada por la diputada Irma Leticia Castaño Robles, quien en tribuna señaló que en Coahuila más de 38 mil personas, en su mayoría mujeres, se dedican al trabajo doméstico remunerado y que nueve de cada diez no cuentan con seguridad social.

El dictamen establece que la Secretaría del Trabajo deberá difundir los derechos laborales de este sector en español y en lenguas indígenas, y que los municipios podrán firmar convenios para ofrecer guarderías a las hijas e hijos de las trabajadoras.

Durante la discusión, legisladores de distintos grupos parlamentarios coincidieron en que la reforma es un primer paso y que será necesario vigilar que el padrón no se utilice con fines distintos a los establecidos en la ley.

La reforma entrará en vigor al día siguiente de su publicación en el Periódico Oficial del Estado, y las dependencias contarán con 180 días para emitir los lineamientos correspondientes.

---ooOoo---

Compartir:  Facebook  Twitter  WhatsApp
« Boletín anterior  |  Boletín siguiente »
"""
write_source('be11.txt', be11)
write_gold('be11', family='press_release',
           title='Aprueban diputados reforma para proteger a trabajadoras del hogar',
           date='2022-11-05', bylines=[], source='H. Congreso del Estado de Coahuila de Zaragoza',
           bulletin_number='CS-LXII/0877', issuer='H. Congreso del Estado de Coahuila de Zaragoza',
           dateline_city='Saltillo',
           body_first_words='Por unanimidad, el Pleno del Congreso del Estado aprobó',
           body_last_words='contarán con 180 días para emitir los lineamientos correspondientes.',
           boilerplate=['Coordinación de Comunicación Social', 'Sala de Prensa  ›  Boletines',
                        'Boletín CS-LXII/0877', 'Saltillo, Coahuila de Zaragoza, a 5 de noviembre de 2022.',
                        '---ooOoo---', 'Compartir:  Facebook  Twitter  WhatsApp',
                        '« Boletín anterior  |  Boletín siguiente »'],
           must_keep=['nueve de cada diez no cuentan con seguridad social.',
                      'será necesario vigilar que el padrón no se utilice con fines distintos a los establecidos en la ley.'])

# ---------------------------------------------------------------- be12 press: Telegram channel export
be12 = """Fiscalía General del Estado de Chihuahua, [03.02.24 11:20]
[Forwarded from FGE Zona Centro]
🚨 COMUNICADO FGE-1123/2024 🚨

VINCULAN A PROCESO A DOS HOMBRES POR ROBO DE GANADO EN CUAUHTÉMOC

Chihuahua, Chih., 3 de febrero de 2024.- La Fiscalía General del Estado, a través de la Unidad Especializada en Delitos contra el Patrimonio de la Zona Occidente, obtuvo la vinculación a proceso de Juan "N" y Rogelio "N", de 34 y 41 años, por su probable participación en el delito de abigeato agravado.

De acuerdo con la carpeta de investigación, el pasado 22 de enero los imputados fueron sorprendidos por agentes de la Policía Estatal de Investigación cuando transportaban 17 cabezas de ganado bovino en un camión de redilas sobre un camino vecinal del ejido Anáhuac, en el municipio de Cuauhtémoc.

Los animales tenían el fierro de un rancho de la región, cuyo propietario había presentado la denuncia dos días antes. Los hombres no pudieron acreditar la propiedad del ganado ni presentar las guías de tránsito correspondientes.

Durante la audiencia, el agente del Ministerio Público aportó los datos de prueba suficientes, por lo que el juez de control dictó la vinculación a proceso, impuso como medida cautelar la prisión preventiva y fijó un plazo de dos meses para el cierre de la investigación complementaria.

La Fiscalía exhorta a los productores a registrar sus fierros y a denunciar cualquier robo al número 911 o a la línea de denuncia anónima 089.

#FGEChihuahua #ZonaOccidente
👁 2.4K  edited 11:24
"""
write_source('be12.txt', be12)
write_gold('be12', family='press_release',
           title='VINCULAN A PROCESO A DOS HOMBRES POR ROBO DE GANADO EN CUAUHTÉMOC',
           date='2024-02-03', bylines=[], source='Fiscalía General del Estado de Chihuahua',
           bulletin_number='FGE-1123/2024', issuer='Fiscalía General del Estado de Chihuahua',
           dateline_city='Chihuahua',
           body_first_words='La Fiscalía General del Estado, a través de la Unidad Especializada',
           body_last_words='a la línea de denuncia anónima 089.',
           boilerplate=['Fiscalía General del Estado de Chihuahua, [03.02.24 11:20]',
                        '[Forwarded from FGE Zona Centro]', '🚨 COMUNICADO FGE-1123/2024 🚨',
                        'Chihuahua, Chih., 3 de febrero de 2024.-', '#FGEChihuahua #ZonaOccidente',
                        '👁 2.4K  edited 11:24'],
           must_keep=['Los hombres no pudieron acreditar la propiedad del ganado ni presentar las guías de tránsito correspondientes.',
                      'impuso como medida cautelar la prisión preventiva'])

# ---------------------------------------------------------------- be13 press: municipal site, Hermosillo, UTF-16
be13 = """Ayuntamiento de Hermosillo
Dirección General de Comunicación Social

Boletín núm. 1,245

Arranca campaña de descacharrización contra el dengue en 60 colonias

Hermosillo, Sonora, a 19 de mayo de 2017 — Brigadas municipales y de la Secretaría de Salud Pública iniciaron este viernes la campaña de descacharrización en 60 colonias del norte y poniente de la ciudad, donde el año pasado se concentró la mayoría de los casos de dengue registrados en la capital.

El coordinador de Servicios Públicos, Francisco Javier Lugo Almada, informó que se prevé retirar más de 900 toneladas de llantas, botes, muebles viejos y otros objetos que acumulan agua y favorecen la reproducción del mosquito transmisor.

Los camiones recorrerán cada colonia según un calendario que se publicará en las redes sociales del Ayuntamiento y en los centros de salud; los vecinos deberán sacar los cacharros a la banqueta la noche anterior.

Las autoridades sanitarias recordaron que con la llegada del calor y de las primeras lluvias aumenta el riesgo de brotes, por lo que pidieron a la población lavar tinacos y cubetas, tapar depósitos de agua y mantener limpios patios y azoteas.

Además de la recolección, personal de vectores aplicará larvicida en los hogares que lo autoricen y fumigará parques, escuelas y panteones durante las próximas cuatro semanas.

— 000 —

Contacto de prensa:
Tel. (662) 555 0142 ext. 118
prensa@hermosillo-municipio.example.mx
"""
write_source('be13.txt', be13, enc='utf-16-le', eol='crlf', bom=True)
write_gold('be13', family='press_release',
           title='Arranca campaña de descacharrización contra el dengue en 60 colonias',
           date='2017-05-19', bylines=[], source='Ayuntamiento de Hermosillo',
           bulletin_number='1,245', issuer='Ayuntamiento de Hermosillo',
           dateline_city='Hermosillo',
           body_first_words='Brigadas municipales y de la Secretaría de Salud Pública',
           body_last_words='escuelas y panteones durante las próximas cuatro semanas.',
           boilerplate=['Dirección General de Comunicación Social', 'Boletín núm. 1,245',
                        'Hermosillo, Sonora, a 19 de mayo de 2017 —', '— 000 —', 'Contacto de prensa:',
                        'Tel. (662) 555 0142 ext. 118', 'prensa@hermosillo-municipio.example.mx'],
           must_keep=['los vecinos deberán sacar los cacharros a la banqueta la noche anterior.',
                      'tapar depósitos de agua y mantener limpios patios y azoteas.'])

# ---------------------------------------------------------------- be14 press: university, "# # #"
be14 = """UNIVERSIDAD AUTÓNOMA DE BAJA CALIFORNIA
Campus Mexicali
Mexicali, B.C. a 28 de septiembre de 2009
Boletín de prensa No. 163

Investigadores estudian la calidad del aire en la frontera Mexicali-Calexico

Un grupo de investigadores del Instituto de Ingeniería de la universidad instaló cuatro estaciones de monitoreo en distintos puntos de la ciudad para medir la concentración de partículas suspendidas, como parte de un proyecto binacional sobre la calidad del aire en la región Mexicali-Calexico.

La responsable del proyecto, doctora Adriana Leyva Orozco, explicó que durante los meses de invierno las quemas agrícolas, el polvo de calles sin pavimentar y el tránsito de vehículos en las garitas elevan los niveles de contaminación por encima de la norma.

Los datos se compartirán con las autoridades ambientales de ambos países y con las escuelas cercanas a las estaciones, a fin de que puedan suspender actividades al aire libre en los días críticos.

La especialista detalló que en el estudio participan 12 estudiantes de licenciatura y posgrado, quienes también aplicarán encuestas en hogares para conocer la frecuencia de enfermedades respiratorias en niñas, niños y adultos mayores.

El proyecto cuenta con financiamiento de fondos mixtos y tendrá una duración de dos años. Los primeros resultados se presentarán en un foro público en la primavera de 2010.

# # #

Para mayor información:
Departamento de Información y Relaciones Públicas
Tel. (686) 555 3370 · difusion@uabc-mxl.example.mx
"""
write_source('be14.txt', be14, enc='cp1252')
write_gold('be14', family='press_release',
           title='Investigadores estudian la calidad del aire en la frontera Mexicali-Calexico',
           date='2009-09-28', bylines=[], source='UNIVERSIDAD AUTÓNOMA DE BAJA CALIFORNIA',
           bulletin_number='163', issuer='UNIVERSIDAD AUTÓNOMA DE BAJA CALIFORNIA',
           dateline_city='Mexicali',
           body_first_words='Un grupo de investigadores del Instituto de Ingeniería',
           body_last_words='se presentarán en un foro público en la primavera de 2010.',
           boilerplate=['Campus Mexicali', 'Mexicali, B.C. a 28 de septiembre de 2009',
                        'Boletín de prensa No. 163', '# # #', 'Para mayor información:',
                        'Departamento de Información y Relaciones Públicas',
                        'Tel. (686) 555 3370 · difusion@uabc-mxl.example.mx'],
           must_keep=['a fin de que puedan suspender actividades al aire libre en los días críticos.',
                      'El proyecto cuenta con financiamiento de fondos mixtos y tendrá una duración de dos años.'])

# ---------------------------------------------------------------- be15 press: municipal site, dateline without date
be15 = """Inicio / Sala de prensa / Boletines

# Instalan en Torreón el Consejo Municipal de Protección Civil para temporada de calor

Publicado el 07/07/2015 por Comunicación Social

**Municipio de Torreón**
**Boletín 2015-0714**

Torreón, Coah.- Con el propósito de coordinar acciones ante las altas temperaturas que se registran en la Comarca Lagunera, este martes quedó instalado el Consejo Municipal de Protección Civil, encabezado por el alcalde y con la participación de corporaciones de auxilio, hospitales y cámaras empresariales.

El director de Protección Civil, Ramiro Olvera Fuentes, informó que se habilitarán seis centros de hidratación en plazas públicas y que se reforzarán los recorridos en colonias con población vulnerable, como adultos mayores que viven solos.

Explicó que en lo que va del verano se han atendido 43 casos de golpe de calor, la mayoría en trabajadores de la construcción y vendedores ambulantes, por lo que se pidió a las empresas ajustar los horarios de trabajo al aire libre.

El consejo también acordó vigilar las instalaciones eléctricas en mercados y tianguis, donde la sobrecarga de ventiladores y refrigeradores ha provocado conatos de incendio.

Las autoridades recomendaron beber agua constantemente, evitar la exposición al sol entre las 11:00 y las 17:00 horas y no dejar a niñas, niños ni mascotas dentro de vehículos estacionados.

Cualquier emergencia puede reportarse al 911.

o-o-o

Etiquetas: protección civil, calor, Torreón
"""
write_source('be15.md', be15, eol='crlf')
write_gold('be15', family='press_release',
           title='Instalan en Torreón el Consejo Municipal de Protección Civil para temporada de calor',
           date='2015-07-07', bylines=[], source='Municipio de Torreón',
           bulletin_number='2015-0714', issuer='Municipio de Torreón',
           dateline_city='Torreón',
           body_first_words='Con el propósito de coordinar acciones ante las altas temperaturas',
           body_last_words='Cualquier emergencia puede reportarse al 911.',
           boilerplate=['Inicio / Sala de prensa / Boletines',
                        'Publicado el 07/07/2015 por Comunicación Social',
                        '**Municipio de Torreón**', '**Boletín 2015-0714**', 'Torreón, Coah.-', 'o-o-o',
                        'Etiquetas: protección civil, calor, Torreón'],
           must_keep=['se han atendido 43 casos de golpe de calor,',
                      'no dejar a niñas, niños ni mascotas dentro de vehículos estacionados.',
                      'Cualquier emergencia puede reportarse al 911.'])

# ---------------------------------------------------------------- be16 press: Gmail forward, signature + disclaimer
be16 = """---------- Mensaje reenviado ---------
De: Prensa SADM <prensa.sadm@aguaydrenaje-nl.example.mx>
Date: jue, 9 abr 2020 a las 19:32
Subject: COMUNICADO // Reducción de presión nocturna
To: <redaccion@noticiasnoreste.example.mx>


SERVICIOS DE AGUA Y DRENAJE DE MONTERREY, I.P.D.
COMUNICADO SADM-045-20

Monterrey, N.L., 9 de abril de 2020

Reducirá Agua y Drenaje presión en la red durante las noches

Ante la disminución de los niveles en la presa El Cuchillo y el aumento del consumo por la contingencia sanitaria, Servicios de Agua y Drenaje de Monterrey reducirá la presión en la red de distribución entre las 22:00 y las 05:00 horas a partir del próximo lunes.

El director de Operación, ingeniero Gerardo Salinas Leal, explicó que la medida permitirá ahorrar alrededor de 800 litros por segundo sin afectar el abasto durante el día, cuando las familias requieren más agua para el lavado de manos y la limpieza de sus hogares.

Los usuarios que viven en zonas altas de Monterrey, Guadalupe y San Pedro Garza García podrían notar una baja en la presión desde las 21:00 horas, por lo que se recomienda llenar tinacos y cisternas durante la tarde.

La dependencia informó que mantendrá en servicio las pipas para hospitales, clínicas y albergues, y que los reportes de fugas se atenderán las 24 horas a través de la línea 073.

También pidió a la población evitar el lavado de banquetas y automóviles con manguera y revisar las instalaciones domésticas para detectar fugas.

FIN DEL COMUNICADO

--
Lic. Mariana Quiroga Benavides
Jefa de Prensa
Tel. (81) 555 2207
Este correo electrónico y sus anexos pueden contener información confidencial. Antes de imprimirlo, piense en el medio ambiente.
"""
write_source('be16.txt', be16, eol='crlf')
write_gold('be16', family='press_release',
           title='Reducirá Agua y Drenaje presión en la red durante las noches',
           date='2020-04-09', bylines=[], source='SERVICIOS DE AGUA Y DRENAJE DE MONTERREY, I.P.D.',
           bulletin_number='SADM-045-20', issuer='SERVICIOS DE AGUA Y DRENAJE DE MONTERREY, I.P.D.',
           dateline_city='Monterrey',
           body_first_words='Ante la disminución de los niveles en la presa El Cuchillo',
           body_last_words='revisar las instalaciones domésticas para detectar fugas.',
           boilerplate=['---------- Mensaje reenviado ---------',
                        'De: Prensa SADM <prensa.sadm@aguaydrenaje-nl.example.mx>',
                        'Date: jue, 9 abr 2020 a las 19:32',
                        'Subject: COMUNICADO // Reducción de presión nocturna',
                        'To: <redaccion@noticiasnoreste.example.mx>', 'COMUNICADO SADM-045-20',
                        'Monterrey, N.L., 9 de abril de 2020', 'FIN DEL COMUNICADO',
                        'Lic. Mariana Quiroga Benavides', 'Jefa de Prensa', 'Tel. (81) 555 2207',
                        'Este correo electrónico y sus anexos pueden contener información confidencial.'],
           must_keep=['los reportes de fugas se atenderán las 24 horas a través de la línea 073.',
                      'por lo que se recomienda llenar tinacos y cisternas durante la tarde.'])

# ---------------------------------------------------------------- be17 jekyll: WordPress export (jekyll-import)
be17 = """---
layout: post
title: Largas filas en el Puente Internacional Córdova-Américas por revisión de verano
date: 2010-06-03 18:22:41.000000000 -05:00
type: post
parent_id: '0'
published: true
password: ''
status: publish
categories:
- Frontera
- Portada
tags: []
meta:
  _edit_last: '3'
  _thumbnail_id: '9127'
author:
  login: mvaldez
  email: mvaldez@fronteradigital-jrz.example.mx
  display_name: Miguel Valdez Orozco
  first_name: Miguel
  last_name: Valdez Orozco
wp_id: 4821
permalink: "/2010/06/03/largas-filas-puente-cordova-americas/"
---
<p>Automovilistas que cruzaron este jueves hacia El Paso por el Puente Internacional Córdova-Américas esperaron hasta tres horas para llegar a la garita, debido al operativo de revisión que las autoridades estadounidenses aplican cada verano.</p>
<!--more-->
[caption id="attachment_9127" align="aligncenter" width="600"]<img src="http://fronteradigital-jrz.example.mx/wp-content/uploads/2010/06/puente.jpg" alt="Puente" width="600" height="400" /> Foto: Frontera Digital / Archivo[/caption]

<p>La fila de vehículos llegó hasta la avenida Abraham Lincoln, frente al parque Chamizal, y en algunos momentos también afectó la circulación en el carril exclusivo para usuarios del programa de viajero confiable.</p>

<p>Comerciantes ambulantes aprovecharon la espera para vender agua, raspados y periódicos, mientras agentes de Vialidad intentaban ordenar el tránsito en los cruceros cercanos.</p>

<p>La oficina de Aduanas y Protección Fronteriza explicó que el operativo busca detectar armas, dinero en efectivo y drogas, y recomendó a los viajeros cruzar en horarios de menor afluencia, como antes de las seis de la mañana o después de las ocho de la noche.</p>

<p>Usuarios frecuentes, como estudiantes y trabajadores que laboran en El Paso, se quejaron de que el operativo coincide con el inicio de las vacaciones escolares. "Llegué tarde al trabajo tres veces esta semana", dijo Alejandra Mena, enfermera que cruza a diario.</p>

<p>Las autoridades municipales anunciaron que colocarán baños portátiles y un módulo de atención en las inmediaciones del puente mientras dure el operativo.</p>
"""
write_source('be17.md', be17)
write_gold('be17', family='jekyll',
           title='Largas filas en el Puente Internacional Córdova-Américas por revisión de verano',
           date='2010-06-03', published=True, bylines=['Miguel Valdez Orozco'], source=None,
           section='Frontera', placement=['Portada'],
           body_first_words='Automovilistas que cruzaron este jueves hacia El Paso',
           body_last_words='en las inmediaciones del puente mientras dure el operativo.',
           boilerplate=['<!--more-->',
                        '[caption id="attachment_9127" align="aligncenter" width="600"]',
                        'Foto: Frontera Digital / Archivo[/caption]'],
           must_keep=['recomendó a los viajeros cruzar en horarios de menor afluencia,',
                      '"Llegué tarde al trabajo tres veces esta semana", dijo Alejandra Mena, enfermera que cruza a diario.'],
           photo_credit='Foto: Frontera Digital / Archivo')

# ---------------------------------------------------------------- be18 jekyll: migrated from Hugo, draft
be18 = """---
title: "Sonora registra su noviembre más cálido en dos décadas"
slug: noviembre-calido-sonora
date: "2018-11-04T22:30:00-07:00"
lastmod: 2018-11-05T08:10:00-07:00
draft: true
authors: ["Itzel Moreno Galaz"]
categories: ["Clima"]
tags: ["Sonora", "Hermosillo", "temperaturas"]
aliases:
  - /clima/2018/11/noviembre-calido/
images: ["/img/2018/11/termometro.jpg"]
toc: false
---

Hermosillo alcanzó este domingo una temperatura máxima de 36.8 grados centígrados, la más alta para un mes de noviembre desde 1998, de acuerdo con los registros de la estación meteorológica del aeropuerto internacional.

<!--more-->

El jefe de la oficina regional del Servicio Meteorológico Nacional, Octavio Burruel Encinas, explicó que un sistema de alta presión se ha mantenido sobre el noroeste del país durante casi dos semanas, lo que impide la entrada de frentes fríos y mantiene cielos despejados.

En ciudades como Guaymas, Navojoa y Ciudad Obregón, los termómetros superaron los 34 grados, cuando el promedio histórico para estas fechas ronda los 28.

Los productores de trigo del Valle del Yaqui expresaron preocupación porque las altas temperaturas podrían retrasar la siembra, que normalmente inicia a mediados de noviembre, y aumentar el consumo de agua de riego.

Por su parte, la Secretaría de Salud estatal recomendó mantener la hidratación y no bajar la guardia ante los golpes de calor, que suelen asociarse sólo con el verano.

Se espera que a partir del miércoles un frente frío haga descender las temperaturas entre cinco y ocho grados en la región.
"""
write_source('be18.md', be18)
write_gold('be18', family='jekyll',
           title='Sonora registra su noviembre más cálido en dos décadas',
           date='2018-11-04', published=False, bylines=['Itzel Moreno Galaz'], source=None,
           section='Clima',
           body_first_words='Hermosillo alcanzó este domingo una temperatura máxima',
           body_last_words='entre cinco y ocho grados en la región.',
           boilerplate=['<!--more-->'],
           must_keep=['la más alta para un mes de noviembre desde 1998,',
                      'cuando el promedio histórico para estas fechas ronda los 28.'])

# ---------------------------------------------------------------- be19 jekyll: day-first date with dashes, custom excerpt separator
be19 = """---
layout: nota
title: Maquiladoras de Juárez abren 4 mil vacantes en enero
date: 07-01-2015 10:00
draft: false
permalink: /economia/2015/01/maquiladoras-vacantes/
category: "Economía"
tags: "maquiladoras, empleo, Ciudad Juárez"
autor: Graciela Anchondo
excerpt_separator: <!--leer-->
medio: El Diario Fronterizo de Juárez
---
Las empresas maquiladoras de Ciudad Juárez ofrecen más de 4 mil vacantes durante las primeras semanas del año, principalmente para operadores de producción, técnicos en mantenimiento y personal de almacén, informó la asociación que agrupa a la industria de exportación en la ciudad.
<!--leer-->

La demanda de trabajadores se concentra en las plantas de arneses automotrices y de componentes electrónicos ubicadas en los parques industriales del suroriente, donde los salarios de entrada van de 800 a mil 100 pesos semanales, más bonos de puntualidad y transporte.

El vocero del organismo, Luis Fernando Almeida, explicó que la rotación de personal sigue siendo uno de los principales retos del sector, pues muchos trabajadores cambian de empresa por diferencias mínimas en el sueldo o en las prestaciones.

Las empresas han comenzado a ofrecer guarderías, comedores subsidiados y becas para que los empleados concluyan la preparatoria, con el fin de retener a su plantilla.

Ferias de empleo se realizarán los próximos sábados en la explanada del Monumento a Benito Juárez y en el Centro Comunitario de la colonia Riberas del Bravo, donde los interesados podrán recibir entrevistas en el momento.

Los solicitantes deben presentar acta de nacimiento, identificación oficial, comprobante de domicilio y número de seguridad social, si lo tienen.
"""
write_source('be19.md', be19)
write_gold('be19', family='jekyll',
           title='Maquiladoras de Juárez abren 4 mil vacantes en enero',
           date='2015-01-07', published=True, bylines=['Graciela Anchondo'],
           source='El Diario Fronterizo de Juárez', section='Economía',
           body_first_words='Las empresas maquiladoras de Ciudad Juárez ofrecen',
           body_last_words='y número de seguridad social, si lo tienen.',
           boilerplate=['<!--leer-->'],
           must_keep=['la rotación de personal sigue siendo uno de los principales retos del sector,',
                      'donde los interesados podrán recibir entrevistas en el momento.'])

# ---------------------------------------------------------------- be20 jekyll: offset without colon, placement words
be20 = """---
layout: post
title: 'Detienen a "El Chaparro", presunto jefe de célula delictiva en Parral'
date: 2022-10-05 23:40:00 -0600
wp_id: '77315'
permalink: /seguridad/:title/
author: "Redacción"
categories: [Destacadas, Seguridad, Portada]
tags: [Parral, detención, Policía Estatal]
site_name: "Noticias del Sur de Chihuahua"
---
Elementos de la Policía Estatal y de la Guardia Nacional detuvieron la noche de este miércoles en Hidalgo del Parral a un hombre identificado como Óscar "N", alias "El Chaparro", señalado como presunto jefe de una célula delictiva dedicada a la extorsión de comerciantes en la región sur del estado.

La captura se realizó en un domicilio de la colonia Altavista, donde los agentes aseguraron un arma larga, cargadores, 14 teléfonos celulares y libretas con anotaciones que, según las autoridades, corresponden a cobros de cuotas a negocios.

De acuerdo con la Secretaría de Seguridad Pública estatal, el detenido contaba con una orden de aprehensión por el delito de extorsión agravada y es investigado por su posible participación en el incendio de dos tiendas de abarrotes ocurrido en agosto.

El operativo provocó el cierre de calles durante casi dos horas y vecinos reportaron la presencia de un helicóptero sobrevolando la zona.

El hombre fue puesto a disposición del Ministerio Público, que deberá definir su situación jurídica en las próximas horas.

Las autoridades pidieron a los comerciantes que han sido víctimas de extorsión presentar su denuncia, y aseguraron que la identidad de los denunciantes será protegida.

En lo que va del año, la Fiscalía de la Zona Sur ha abierto 63 carpetas de investigación por este delito, casi el doble que en todo 2021.
"""
write_source('be20.md', be20)
write_gold('be20', family='jekyll',
           title='Detienen a "El Chaparro", presunto jefe de célula delictiva en Parral',
           date='2022-10-05', published=True, bylines=[], source='Noticias del Sur de Chihuahua',
           section='Seguridad', placement=['Destacadas', 'Portada'],
           body_first_words='Elementos de la Policía Estatal y de la Guardia Nacional detuvieron',
           body_last_words='casi el doble que en todo 2021.',
           boilerplate=[],
           must_keep=['el detenido contaba con una orden de aprehensión por el delito de extorsión agravada',
                      'aseguraron que la identidad de los denunciantes será protegida.'])
