#!/usr/bin/env python3
"""importer-ci, files 11-20."""
from common import write_source, write_gold, NBSP, to_bytes

# ---------------------------------------------------------------- ci11 press (state civil protection, Coah., bold bullets)
ci11 = """GOBIERNO DEL ESTADO DE COAHUILA DE ZARAGOZA
COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL
AVISO PREVENTIVO No. 14/2024

Frente frío 32 traerá heladas y posible aguanieve a la región sureste

Saltillo, Coahuila de Zaragoza, 7 de febrero de 2024.

La Coordinación Estatal de Protección Civil informa que a partir de la noche de este miércoles el frente frío número 32, en interacción con una masa de aire polar, provocará un descenso marcado de las temperaturas en todo el estado, con heladas en la región sureste y posibilidad de aguanieve en las partes altas de la sierra de Arteaga.

De acuerdo con los pronósticos, el jueves y el viernes por la mañana se esperan las temperaturas más bajas en los siguientes municipios:

- **Arteaga:** de -6 a -8 °C en la zona de la sierra.
- **Saltillo:** de -3 a -5 °C, sobre todo en el sur de la ciudad.
- **Ramos Arizpe y General Cepeda:** de -2 a -4 °C.
- **Parras:** cercanas a 0 °C, con viento del norte.

Se recomienda a la población abrigarse con varias capas de ropa, proteger a niñas, niños y personas adultas mayores, y no utilizar anafres ni braseros dentro de habitaciones cerradas, porque el monóxido de carbono puede causar intoxicaciones mortales.

Los albergues temporales de Saltillo, Arteaga y Ramos Arizpe permanecerán abiertos las 24 horas mientras dure el aviso. Las personas en situación de calle pueden ser trasladadas por las unidades de Protección Civil con sólo llamar al número de emergencias.

A los automovilistas que transiten por la carretera Saltillo-Monterrey y por la autopista a Matehuala se les pide manejar con precaución, porque puede formarse hielo en los puentes durante la madrugada.

-oOo-

Síguenos en X: @ProteccionCivilCoahEj | Facebook: Protección Civil Coahuila Ej
Emergencias: 911
"""
write_source('ci11.md', ci11, eol='crlf')
write_gold('ci11', family='press_release',
           title='Frente frío 32 traerá heladas y posible aguanieve a la región sureste',
           date='2024-02-07', source='COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL',
           bulletin_number='14/2024', issuer='COORDINACIÓN ESTATAL DE PROTECCIÓN CIVIL',
           dateline_city='Saltillo',
           body_first_words='La Coordinación Estatal de Protección Civil informa que a partir de la noche de este miércoles',
           body_last_words='puede formarse hielo en los puentes durante la madrugada.',
           boilerplate=['GOBIERNO DEL ESTADO DE COAHUILA DE ZARAGOZA', 'AVISO PREVENTIVO No. 14/2024',
                        'Saltillo, Coahuila de Zaragoza, 7 de febrero de 2024.', '-oOo-',
                        'Síguenos en X: @ProteccionCivilCoahEj | Facebook: Protección Civil Coahuila Ej',
                        'Emergencias: 911'],
           must_keep=['**Arteaga:** de -6 a -8 °C en la zona de la sierra.',
                      'Los albergues temporales de Saltillo, Arteaga y Ramos Arizpe permanecerán abiertos las 24 horas mientras dure el aviso.',
                      'y no utilizar anafres ni braseros dentro de habitaciones cerradas, porque el monóxido de carbono puede causar intoxicaciones mortales.'])

# ---------------------------------------------------------------- ci12 press (municipality, Tamps., PDF-to-text with page break)
ci12 = """                    GOBIERNO MUNICIPAL DE MATAMOROS, TAMAULIPAS
                           Administración 2021-2024
                     Dirección de Comunicación Social

Comunicado 071/2024

     Inicia pavimentación de 14 calles en colonias del poniente de Matamoros

Matamoros, Tamaulipas; a 3 de mayo de 2024.- El Gobierno Municipal arrancó este viernes la
pavimentación de 14 calles en las colonias Los Presidentes, Solidaridad y Valle Alto, donde
los vecinos esperaban la obra desde hace más de diez años, con una inversión de 46 millones
de pesos de recursos propios y del fondo federal de infraestructura social.

Los trabajos incluyen la construcción de guarniciones, banquetas, rampas para personas con
discapacidad y el cambio de las tuberías de agua potable y drenaje que tienen más de treinta
años de antigüedad. La Secretaría de Obras Públicas calcula que la obra estará lista en un
plazo de cinco meses.

Durante el arranque, el secretario de Obras Públicas, ingeniero Marco Antonio Salinas Leal,
explicó que se eligieron estas calles porque concentran rutas de transporte público y

Página 1 de 2
\f                    GOBIERNO MUNICIPAL DE MATAMOROS, TAMAULIPAS
                           Administración 2021-2024

accesos a escuelas. "Cuando llueve, los camiones dejan de entrar y los niños caminan entre
el lodo", dijo.

Vecinas de la colonia Valle Alto pidieron que la obra se haga por tramos para no dejar a
las familias sin salida a la calle. La dependencia respondió que cada tramo se cerrará un
máximo de tres semanas y que se colocarán pasos provisionales.

El Gobierno Municipal informó que en el segundo semestre licitará la pavimentación de
otras 20 calles en el sur de la ciudad.

-30-

Página 2 de 2
"""
write_source('ci12.txt', ci12)
write_gold('ci12', family='press_release',
           title='Inicia pavimentación de 14 calles en colonias del poniente de Matamoros',
           date='2024-05-03', source='GOBIERNO MUNICIPAL DE MATAMOROS, TAMAULIPAS',
           bulletin_number='071/2024', issuer='GOBIERNO MUNICIPAL DE MATAMOROS, TAMAULIPAS',
           dateline_city='Matamoros',
           body_first_words='El Gobierno Municipal arrancó este viernes la',
           body_last_words='otras 20 calles en el sur de la ciudad.',
           boilerplate=['GOBIERNO MUNICIPAL DE MATAMOROS, TAMAULIPAS',
                        'Administración 2021-2024', 'Dirección de Comunicación Social', 'Comunicado 071/2024',
                        'Matamoros, Tamaulipas; a 3 de mayo de 2024.-', 'Página 1 de 2', '-30-',
                        'Página 2 de 2'],
           must_keep=['La Secretaría de Obras Públicas calcula que la obra estará lista en un plazo de cinco meses.',
                      '"Cuando llueve, los camiones dejan de entrar y los niños caminan entre el lodo", dijo.',
                      'La dependencia respondió que cada tramo se cerrará un máximo de tres semanas y que se colocarán pasos provisionales.'])

# ---------------------------------------------------------------- ci13 press (state university, Dgo., cp1252 curly quotes, FIN)
ci13 = """UNIVERSIDAD JUÁREZ DEL ESTADO DE DURANGO
Dirección de Comunicación Social
Boletín UJED/DCS/088/2019

Victoria de Durango, Dgo., 28 de agosto de 2019

Abre la UJED laboratorio para analizar la calidad del agua de los pozos de La Laguna

Con una inversión de 12 millones de pesos, la Universidad Juárez del Estado de Durango (UJED) inauguró este miércoles un laboratorio de análisis de agua que permitirá medir la presencia de arsénico, flúor y metales pesados en los pozos de la Comarca Lagunera y de los municipios del semidesierto duranguense.

El laboratorio, instalado en la Facultad de Ciencias Químicas en Gómez Palacio, cuenta con equipos de espectrometría que hasta ahora sólo existían en instituciones de la Ciudad de México y Monterrey. Podrá procesar hasta 300 muestras por semana y emitir resultados en un plazo de cinco días.

La directora de la facultad, doctora Verónica Ibarra Chávez, explicó que los municipios y los organismos operadores de agua podrán enviar sus muestras a un costo menor al de los laboratorios privados. \u201cDurante años mandamos las muestras fuera del estado y esperábamos semanas \u2014a veces meses\u2014 por un resultado\u201d, señaló.

El rector recordó que investigadores de la universidad han documentado desde hace dos décadas la presencia de arsénico por encima de la norma en pozos de Tlahualilo, Mapimí y Francisco I. Madero, y que el nuevo laboratorio permitirá dar seguimiento continuo a esas fuentes.

Estudiantes de licenciatura y posgrado harán prácticas y servicio social en el laboratorio, que abrirá sus servicios al público en octubre.

FIN

Dirección de Comunicación Social UJED
Tel. 618 555 0129 | comunicacion@ujed-prensa.example.mx
"""
write_source('ci13.txt', ci13, enc='cp1252')
write_gold('ci13', family='press_release',
           title='Abre la UJED laboratorio para analizar la calidad del agua de los pozos de La Laguna',
           date='2019-08-28', source='UNIVERSIDAD JUÁREZ DEL ESTADO DE DURANGO',
           bulletin_number='UJED/DCS/088/2019', issuer='UNIVERSIDAD JUÁREZ DEL ESTADO DE DURANGO',
           dateline_city='Victoria de Durango',
           body_first_words='Con una inversión de 12 millones de pesos, la Universidad Juárez del Estado de Durango',
           body_last_words='que abrirá sus servicios al público en octubre.',
           boilerplate=['Dirección de Comunicación Social', 'Boletín UJED/DCS/088/2019',
                        'Victoria de Durango, Dgo., 28 de agosto de 2019', 'FIN',
                        'Tel. 618 555 0129 | comunicacion@ujed-prensa.example.mx'],
           must_keep=['Podrá procesar hasta 300 muestras por semana y emitir resultados en un plazo de cinco días.',
                      '\u201cDurante años mandamos las muestras fuera del estado y esperábamos semanas \u2014a veces meses\u2014 por un resultado\u201d, señaló.',
                      'Estudiantes de licenciatura y posgrado harán prácticas y servicio social en el laboratorio, que abrirá sus servicios al público en octubre.'])

# ---------------------------------------------------------------- ci14 press (private industry association, Coah., "Acerca de" block)
ci14 = """COMUNICADO DE PRENSA
PARA DIFUSIÓN INMEDIATA

Consejo de Proveedores Automotrices del Sureste de Coahuila, A.C.
Ref.: CPASC/CP/041/2017

Proveedores del sureste de Coahuila prevén crecer 12% en 2018 pese a la renegociación del TLCAN

Ramos Arizpe, Coahuila, 15 de noviembre de 2017.\u2013 Las empresas proveedoras de la industria automotriz del sureste de Coahuila prevén que sus ventas crecerán alrededor de 12 por ciento en 2018, impulsadas por los nuevos modelos que se fabricarán en las plantas armadoras de Ramos Arizpe y Derramadero, informó el Consejo de Proveedores Automotrices del Sureste de Coahuila (CPASC).

De acuerdo con la encuesta anual del organismo, aplicada a 96 empresas, siete de cada diez planean contratar personal el próximo año y la mitad ampliará sus instalaciones. Las áreas con mayor demanda son estampado, inyección de plásticos y ensamble de arneses.

El presidente del consejo, Gerardo Dávila Aguirre, reconoció que la renegociación del Tratado de Libre Comercio de América del Norte genera incertidumbre, pero dijo que los contratos de las armadoras ya están firmados para los próximos tres años. \u201cNuestros clientes no van a mover una línea de producción de un día para otro\u201d, afirmó.

El organismo advirtió, sin embargo, que la falta de técnicos especializados podría frenar el crecimiento, por lo que firmó un convenio con universidades tecnológicas de Saltillo y Ramos Arizpe para formar 800 técnicos en los próximos dos años.

Acerca del CPASC
El Consejo de Proveedores Automotrices del Sureste de Coahuila, A.C. agrupa a 140 empresas de la cadena de suministro automotriz de Saltillo, Ramos Arizpe, Arteaga y General Cepeda, que emplean a más de 45 mil personas.

###

Contacto para medios:
Paola Ramos Ugalde
paola.ramos@cpasc.example.mx | Cel. 844 555 0172
"""
write_source('ci14.txt', ci14)
write_gold('ci14', family='press_release',
           title='Proveedores del sureste de Coahuila prevén crecer 12% en 2018 pese a la renegociación del TLCAN',
           date='2017-11-15',
           source='Consejo de Proveedores Automotrices del Sureste de Coahuila, A.C.',
           bulletin_number='CPASC/CP/041/2017',
           issuer='Consejo de Proveedores Automotrices del Sureste de Coahuila, A.C.',
           dateline_city='Ramos Arizpe',
           body_first_words='Las empresas proveedoras de la industria automotriz del sureste de Coahuila',
           body_last_words='para formar 800 técnicos en los próximos dos años.',
           boilerplate=['COMUNICADO DE PRENSA', 'PARA DIFUSIÓN INMEDIATA', 'Ref.: CPASC/CP/041/2017',
                        'Ramos Arizpe, Coahuila, 15 de noviembre de 2017.\u2013',
                        'Acerca del CPASC',
                        'agrupa a 140 empresas de la cadena de suministro automotriz de Saltillo, Ramos Arizpe, Arteaga y General Cepeda, que emplean a más de 45 mil personas.',
                        '###', 'Contacto para medios:', 'Paola Ramos Ugalde',
                        'paola.ramos@cpasc.example.mx | Cel. 844 555 0172'],
           must_keep=['Las áreas con mayor demanda son estampado, inyección de plásticos y ensamble de arneses.',
                      '\u201cNuestros clientes no van a mover una línea de producción de un día para otro\u201d, afirmó.',
                      'De acuerdo con la encuesta anual del organismo, aplicada a 96 empresas, siete de cada diez planean contratar personal el próximo año y la mitad ampliará sus instalaciones.'])

# ---------------------------------------------------------------- ci15 press (state secretariat, SLP, Markdown with # title and bold bullets)
ci15 = """**GOBIERNO DEL ESTADO DE SAN LUIS POTOSÍ**
**Secretaría de Desarrollo Económico del Estado de San Luis Potosí**

Boletín 1102

# Llega a Villa de Reyes planta de baterías con inversión de 480 millones de dólares

San Luis Potosí, S.L.P., 4 de diciembre de 2025.- La empresa Voltana Baterías confirmó la construcción de una planta de ensamble de baterías para vehículos eléctricos en el municipio de Villa de Reyes, con una inversión de 480 millones de dólares, informó la Secretaría de Desarrollo Económico (Sedeco).

La planta se levantará en un terreno de 38 hectáreas dentro del parque industrial ubicado junto a la carretera federal 57 y abastecerá a armadoras instaladas en San Luis Potosí, Guanajuato y Nuevo León.

Los principales compromisos de la empresa son:

- **Empleos:** 1{n}200 plazas directas en la primera etapa.
- **Inicio de operaciones:** segundo semestre de 2027.
- **Agua:** un sistema de tratamiento que reutilizará el agua de proceso.

El titular de la Sedeco, Tomás Arredondo Zamarripa, dijo que la decisión de la empresa se tomó después de comparar sitios en otros tres estados. “Nos eligieron por la ubicación, por la gente preparada que egresa de nuestras universidades y por la certeza en los permisos”, afirmó.

La dependencia informó que coordinará con los municipios de la zona industrial un programa de vivienda y transporte para los nuevos trabajadores, y que las universidades tecnológicas de la entidad abrirán en 2026 una carrera de técnico en electromovilidad.

---000---

#SLPCrece #InversiónPotosina
X: @SedecoSLPEj | Facebook: SedecoSLPEj
""".replace('{n}', NBSP)
write_source('ci15.md', ci15, bom=True)
write_gold('ci15', family='press_release',
           title='Llega a Villa de Reyes planta de baterías con inversión de 480 millones de dólares',
           date='2025-12-04',
           source='Secretaría de Desarrollo Económico del Estado de San Luis Potosí',
           bulletin_number='1102',
           issuer='Secretaría de Desarrollo Económico del Estado de San Luis Potosí',
           dateline_city='San Luis Potosí',
           body_first_words='La empresa Voltana Baterías confirmó la construcción de una planta',
           body_last_words='una carrera de técnico en electromovilidad.',
           boilerplate=['GOBIERNO DEL ESTADO DE SAN LUIS POTOSÍ', 'Boletín 1102',
                        'San Luis Potosí, S.L.P., 4 de diciembre de 2025.-', '---000---',
                        '#SLPCrece #InversiónPotosina', 'X: @SedecoSLPEj | Facebook: SedecoSLPEj'],
           must_keep=['**Empleos:** 1 200 plazas directas en la primera etapa.',
                      '“Nos eligieron por la ubicación, por la gente preparada que egresa de nuestras universidades y por la certeza en los permisos”, afirmó.',
                      'La planta se levantará en un terreno de 38 hectáreas dentro del parque industrial ubicado junto a la carretera federal 57 y abastecerá a armadoras instaladas en San Luis Potosí, Guanajuato y Nuevo León.'])

# ---------------------------------------------------------------- ci16 press (state prosecutor, Tamps., date after the city's dash, number in the footer)
ci16 = """FISCALÍA GENERAL DE JUSTICIA DEL ESTADO DE TAMAULIPAS

Abre la Fiscalía un centro de atención a víctimas en Nuevo Laredo

Ciudad Victoria, Tamaulipas.- 14 de enero de 2020.- La Fiscalía General de Justicia del Estado de Tamaulipas puso en funcionamiento un Centro de Atención a Víctimas en Nuevo Laredo, donde personas que han sufrido un delito podrán recibir en un solo lugar asesoría jurídica, atención psicológica y acompañamiento durante el proceso penal.

El centro se ubica en el edificio de la delegación regional de la Fiscalía y atenderá de lunes a domingo, las 24 horas. Cuenta con un área de juegos para niñas y niños, y con una sala de entrevistas acondicionada para que menores de edad puedan declarar sin tener contacto con las personas imputadas.

La Fiscalía informó que el personal del centro, integrado por 22 especialistas entre abogados, psicólogos y trabajadores sociales, recibió capacitación en atención a víctimas de violencia familiar, desaparición de personas y delitos sexuales.

El fiscal especializado en atención a víctimas, licenciado Armando Lozano Treviño, señaló que antes las personas tenían que viajar a Ciudad Victoria para recibir este tipo de atención. “Son más de cuatro horas de carretera; muchas víctimas simplemente dejaban de venir”, explicó.

Con este centro suman cinco en el estado. La Fiscalía prevé abrir el siguiente en Reynosa durante el segundo semestre del año.

oo0oo

Comunicado FGJT/CS/012/2020
Coordinación de Comunicación Social | prensa@fgjtam.example.mx | 834 555 0190
"""
write_source('ci16.txt', ci16, eol=('mixed', 5))
write_gold('ci16', family='press_release',
           title='Abre la Fiscalía un centro de atención a víctimas en Nuevo Laredo',
           date='2020-01-14', source='FISCALÍA GENERAL DE JUSTICIA DEL ESTADO DE TAMAULIPAS',
           bulletin_number='FGJT/CS/012/2020',
           issuer='FISCALÍA GENERAL DE JUSTICIA DEL ESTADO DE TAMAULIPAS',
           dateline_city='Ciudad Victoria',
           body_first_words='La Fiscalía General de Justicia del Estado de Tamaulipas puso en funcionamiento',
           body_last_words='el siguiente en Reynosa durante el segundo semestre del año.',
           boilerplate=['Ciudad Victoria, Tamaulipas.- 14 de enero de 2020.-', 'oo0oo',
                        'Comunicado FGJT/CS/012/2020',
                        'Coordinación de Comunicación Social | prensa@fgjtam.example.mx | 834 555 0190'],
           must_keep=['Cuenta con un área de juegos para niñas y niños, y con una sala de entrevistas acondicionada para que menores de edad puedan declarar sin tener contacto con las personas imputadas.',
                      '“Son más de cuatro horas de carretera; muchas víctimas simplemente dejaban de venir”, explicó.',
                      'Con este centro suman cinco en el estado.'])

# ---------------------------------------------------------------- ci17 jekyll (digital-native outlet, N.L., Liquid + kramdown IAL)
ci17 = """---
layout: post
title: "Monterrey aprueba su primer reglamento de ciclovías: qué cambia para ciclistas y automovilistas"
date: 2016-09-15 23:30:00 -0500
author: Daniel Guajardo Leal
categories: [Portada, Ciudad]
tags:
  - bicicletas
  - movilidad
  - Cabildo
image: /assets/img/2016/09/ciclovia-constitucion.jpg
comments: true
---

El Cabildo de Monterrey aprobó la noche de este jueves el primer reglamento de ciclovías de la ciudad, que obliga a separar con bolardos los carriles exclusivos para bicicletas y prohíbe estacionarse sobre ellos, con multas de hasta 20 salarios mínimos.
{: .lead}

{% include figura.html src="/assets/img/2016/09/ciclovia-constitucion.jpg" pie="La ciclovía de la avenida Constitución, en una prueba piloto." %}

El reglamento llega después de dos años de pruebas en la avenida Constitución y en el centro, donde colectivos ciclistas documentaron 31 choques contra personas en bicicleta en lo que va de 2016. Ahora, cada nueva vialidad o remodelación de más de un kilómetro deberá incluir una ciclovía o justificar por qué no es posible construirla.

Para los automovilistas, el cambio más visible será la prohibición de invadir los carriles para dar vuelta a la derecha. Tránsito podrá retirar con grúa los vehículos estacionados sobre la ciclovía y las cámaras del centro registrarán las infracciones.

Los colectivos celebraron la aprobación, aunque advirtieron que el reglamento no sirve de nada sin presupuesto. “Una raya pintada no detiene a una camioneta”, dijo Marcela Torres Cavazos, integrante de un grupo de ciclistas urbanos que durante años instaló bicicletas blancas en los cruceros donde murieron ciclistas.

El municipio se comprometió a construir 18 kilómetros de ciclovías confinadas en los próximos dos años. Puedes consultar el mapa de las rutas propuestas [en nuestra sección de datos]({{ site.baseurl }}/datos/ciclovias-monterrey/).
"""
write_source('ci17.md', ci17)
write_gold('ci17', family='jekyll',
           title='Monterrey aprueba su primer reglamento de ciclovías: qué cambia para ciclistas y automovilistas',
           date='2016-09-15', bylines=['Daniel Guajardo Leal'], section='Ciudad', placement=['Portada'],
           body_first_words='El Cabildo de Monterrey aprobó la noche de este jueves',
           body_last_words='Puedes consultar el mapa de las rutas propuestas',
           must_keep=['Ahora, cada nueva vialidad o remodelación de más de un kilómetro deberá incluir una ciclovía o justificar por qué no es posible construirla.',
                      '“Una raya pintada no detiene a una camioneta”, dijo Marcela Torres Cavazos, integrante de un grupo de ciclistas urbanos que durante años instaló bicicletas blancas en los cruceros donde murieron ciclistas.',
                      'El municipio se comprometió a construir 18 kilómetros de ciclovías confinadas en los próximos dos años.'])

# ---------------------------------------------------------------- ci18 jekyll (sports site, N.L., Spanish long date in `date`)
ci18 = """---
layout: nota
title: Halcones de San Nicolás remontan y se coronan en la Liga Estatal de Béisbol
date: 5 de octubre de 2022
author: "Pablo Escamilla Ruiz"
category: Béisbol
tags: [Liga Estatal, Halcones, final]
site_name: Dugout Norte
---

Los Halcones de San Nicolás se coronaron campeones de la Liga Estatal de Béisbol de Nuevo León al vencer 6-4 a los Cañeros de Montemorelos en el séptimo juego de la final, disputado el martes por la noche en el estadio de la unidad deportiva Oriente, ante unas 3 mil personas.

Los Cañeros ganaban 4-1 en la séptima entrada, pero un doble de Iván Garza Olvera con las bases llenas empató el juego y, una entrada después, un elevado de sacrificio del receptor Luis Ángel Pedraza trajo la carrera de la ventaja. En la novena, el cerrador Jorge Medina Treviño retiró en orden a los tres bateadores que enfrentó.

Es el segundo título de la novena nicolaíta en cinco años y el primero desde que la liga volvió a jugar con público tras la pandemia. La serie se extendió a siete juegos por primera vez desde 2014.

“Nadie creía en nosotros cuando íbamos abajo 3-1 en la serie; este equipo se formó con muchachos de la colonia”, dijo el mánager Ramiro Salazar Cantú mientras sus jugadores lo bañaban con hielo.

Garza Olvera fue nombrado jugador más valioso de la final, con un promedio de bateo de .412 y nueve carreras producidas en los siete juegos. El jardinero de 19 años tiene previsto presentarse en enero a una prueba con una organización de la Liga Mexicana de Béisbol.

La liga anunció que la próxima temporada comenzará en abril con diez equipos, dos más que este año.
"""
write_source('ci18.md', ci18)
write_gold('ci18', family='jekyll',
           title='Halcones de San Nicolás remontan y se coronan en la Liga Estatal de Béisbol',
           date='2022-10-05', bylines=['Pablo Escamilla Ruiz'], source='Dugout Norte', section='Béisbol',
           body_first_words='Los Halcones de San Nicolás se coronaron campeones',
           body_last_words='comenzará en abril con diez equipos, dos más que este año.',
           must_keep=['En la novena, el cerrador Jorge Medina Treviño retiró en orden a los tres bateadores que enfrentó.',
                      'La serie se extendió a siete juegos por primera vez desde 2014.',
                      '“Nadie creía en nosotros cuando íbamos abajo 3-1 en la serie; este equipo se formó con muchachos de la colonia”, dijo el mánager Ramiro Salazar Cantú mientras sus jugadores lo bañaban con hielo.'])

# ---------------------------------------------------------------- ci19 jekyll family (the outlet's static-site successor: Hugo, TOML front matter)
ci19 = """+++
title = "Ocho años después, el arroyo Topo Chico sigue sin saneamiento"
date = 2023-05-04T08:00:00-06:00
lastmod = 2023-05-06T10:15:00-06:00
draft = false
authors = ["Renata Cisneros Oyervides", "Daniel Guajardo Leal"]
categories = ["Medio ambiente"]
tags = ["Topo Chico", "Escobedo", "aguas residuales"]

[params]
  medio = "Norte Abierto"
  imagen = "/img/2023/05/arroyo-topo-chico.jpg"
+++

En 2015, los gobiernos de Monterrey, San Nicolás y Escobedo firmaron un convenio para sanear el arroyo Topo Chico, que cruza el norte de la zona metropolitana y recibe descargas de aguas residuales de colonias y de pequeñas empresas. Ocho años después, el arroyo sigue oliendo a drenaje.

{{< figure src="/img/2023/05/arroyo-topo-chico.jpg" caption="El arroyo Topo Chico a su paso por la colonia Fomerrey 45." >}}

Un recorrido de este medio por los 14 kilómetros del cauce encontró al menos 23 tubos que descargan directamente al arroyo, la mayoría en Escobedo. En varios tramos, los vecinos han tapado el cauce con escombro para ganar espacio para estacionamiento.

Según solicitudes de información, de los 120 millones de pesos comprometidos en el convenio se ejercieron apenas 31, casi todos en la limpieza de basura durante las temporadas de lluvias. No se construyó ninguno de los dos colectores previstos.

“Cada que llueve fuerte se mete el agua a las casas y trae todo lo del drenaje”, contó Guadalupe Rodríguez Mata, vecina de la colonia Fomerrey 45 desde hace 30 años.

Los municipios atribuyen el retraso a la falta de recursos estatales. El organismo de agua del estado informó que prevé licitar uno de los colectores en el segundo semestre de 2023.
"""
write_source('ci19.md', ci19)
write_gold('ci19', family='jekyll',
           title='Ocho años después, el arroyo Topo Chico sigue sin saneamiento',
           date='2023-05-04', bylines=['Renata Cisneros Oyervides', 'Daniel Guajardo Leal'],
           source='Norte Abierto', section='Medio ambiente',
           body_first_words='En 2015, los gobiernos de Monterrey, San Nicolás y Escobedo firmaron un convenio',
           body_last_words='en el segundo semestre de 2023.',
           must_keep=['Ocho años después, el arroyo sigue oliendo a drenaje.',
                      'No se construyó ninguno de los dos colectores previstos.',
                      '“Cada que llueve fuerte se mete el agua a las casas y trae todo lo del drenaje”, contó Guadalupe Rodríguez Mata, vecina de la colonia Fomerrey 45 desde hace 30 años.'])

# ---------------------------------------------------------------- ci20 jekyll (Huasteca digital outlet, SLP: draft, late-evening offset)
ci20 = """---
title: 'Las cascadas de Tamul y Tamasopo, listas para el fin de semana largo'
date: '2025-01-14T23:30:00-06:00'
lastmod: '2025-01-20T09:00:00-06:00'
draft: true
author: Lucía Martell Rocha
categories: ["Turismo"]
tags: ["Huasteca", "Tamasopo", "Aquismón"]
site_name: Huasteca Viva
image: /uploads/2025/01/tamul.jpg
---

Los prestadores de servicios turísticos de la Huasteca Potosina esperan recibir a más de 40 mil visitantes durante el fin de semana largo de febrero, luego de que las lluvias de otoño devolvieron el color turquesa a las cascadas de Tamasopo y el caudal a la cascada de Tamul.

En Tamasopo, los ejidatarios que administran las pozas ampliaron el estacionamiento y contrataron a 12 salvavidas más. La entrada costará 100 pesos para adultos y 50 para niñas y niños, y el horario se extenderá hasta las 18:00 horas.

Para llegar a Tamul, en Aquismón, los paseos en lancha por el río Tampaón salen desde el embarcadero de La Morena. Los lancheros recordaron que el recorrido de ida se hace remando contra la corriente y dura alrededor de hora y media, por lo que no se recomienda a personas con problemas de salud.

Las autoridades municipales pidieron a los visitantes no llevar envases de unicel ni bocinas, y respetar las zonas donde está prohibido nadar. El año pasado, Protección Civil rescató a 17 personas en la temporada de mayor afluencia.

En Ciudad Valles, los hoteles del centro reportan una ocupación de 80 por ciento para ese fin de semana, y los operadores de turismo de aventura recomiendan reservar con anticipación el descenso en balsa por el río.
"""
write_source('ci20.md', ci20)
write_gold('ci20', family='jekyll',
           title='Las cascadas de Tamul y Tamasopo, listas para el fin de semana largo',
           date='2025-01-14', published=False, bylines=['Lucía Martell Rocha'],
           source='Huasteca Viva', section='Turismo',
           body_first_words='Los prestadores de servicios turísticos de la Huasteca Potosina',
           body_last_words='reservar con anticipación el descenso en balsa por el río.',
           must_keep=['La entrada costará 100 pesos para adultos y 50 para niñas y niños, y el horario se extenderá hasta las 18:00 horas.',
                      'El año pasado, Protección Civil rescató a 17 personas en la temporada de mayor afluencia.',
                      'Los lancheros recordaron que el recorrido de ida se hace remando contra la corriente y dura alrededor de hora y media, por lo que no se recomienda a personas con problemas de salud.'])
